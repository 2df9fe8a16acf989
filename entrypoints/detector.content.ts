import { reportDetection } from '@/utils/detector';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const api = (globalThis as { browser?: { runtime: never }; chrome?: { runtime: never } });
    reportDetection(document, location, (api.browser ?? api.chrome)!.runtime);
  },
});
