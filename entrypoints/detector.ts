import { reportDetection } from '@/utils/detector';

// Runs on every http(s) page (listed in wxt.config.ts as a plain content script, without WXT's
// content-script runtime, to stay a few kilobytes). The reader is injected only on demand.
export default defineUnlistedScript(() => {
  const api = globalThis as { browser?: { runtime: never }; chrome?: { runtime: never } };
  reportDetection(document, location, (api.browser ?? api.chrome)!.runtime);
});
