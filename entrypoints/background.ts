import { startBackground } from '@/utils/background/handlers';

export default defineBackground(() => {
  startBackground();
});
