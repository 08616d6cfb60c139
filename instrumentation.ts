// Server start-up hook: re-arms the cache refresh of scheduled articles (see lib/articles/scheduler.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { armScheduledRefreshes } = await import('./lib/articles/schedule-boot');
    await armScheduledRefreshes();
  } catch (error) {
    console.error('could not arm scheduled refreshes', error);
  }
}
