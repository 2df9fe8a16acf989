import { onMessages } from '../messaging';
import { ReaderController } from './controller';

const INSTALLED = Symbol.for('jeongdok.reader');

/** Installs one reader per page, however many times the script is injected. */
export function installReader(win: Window): ReaderController {
  const scope = win as unknown as Record<symbol, ReaderController | undefined>;
  const existing = scope[INSTALLED];
  if (existing) return existing;
  const controller = new ReaderController(win);
  scope[INSTALLED] = controller;
  onMessages({ readerAction: (data) => controller.handle(data.action, data) });
  return controller;
}
