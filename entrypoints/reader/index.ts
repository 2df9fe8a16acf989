import { installReader } from '@/utils/reader/install';

// Injected on demand by the background (scripting.executeScript), never on page load.
export default defineUnlistedScript(() => {
  installReader(window);
});
