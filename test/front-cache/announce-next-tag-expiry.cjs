// Test-only, temporary: forwards the tag expiries of Next's default incremental cache (what
// revalidatePath and revalidateTag write) to the cache bus, so the front cache drops what Next
// drops. The project's own cacheHandler announces on the bus itself; once it is configured
// Next's default cache is not used and this does nothing. Preloaded with node --require.
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- preloaded with --require, before any loader
  const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
  const set = tagsManifest.set.bind(tagsManifest);
  tagsManifest.set = (tag, expiry) => {
    set(tag, expiry);
    globalThis[Symbol.for('midad.cache.bus')]?.announce([tag]);
    return tagsManifest;
  };
} catch {
  // Not a Next server process (npx, tsx): nothing to forward.
}
