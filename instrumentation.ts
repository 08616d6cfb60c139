// Server start-up hook: arms the fast-path timers of scheduled articles and starts the
// background rounds (scheduled-publication poller, sweep of expired rows); see lib/jobs/start.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { armScheduledRefreshes } = await import('./lib/articles/publishing/schedule-boot');
    await armScheduledRefreshes();
  } catch (error) {
    console.error('could not arm scheduled refreshes', error);
  }
  try {
    const { startBackgroundJobs } = await import('./lib/jobs/start');
    startBackgroundJobs();
  } catch (error) {
    console.error('could not start background jobs', error);
  }
}
