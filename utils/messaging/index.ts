import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { isMessage, type Message, type MessageData, type MessageResult, type MessageType } from './protocol';

export * from './protocol';

type Sender = Runtime.MessageSender;
export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: Sender,
) => MessageResult<K> | Promise<MessageResult<K>>;
export type Handlers = { [K in MessageType]?: Handler<K> };

/** Sends a message to the extension (background). */
export function sendMessage<K extends MessageType>(type: K, data: MessageData<K>): Promise<MessageResult<K>> {
  const message: Message<K> = { jeongdok: 1, type, data };
  return browser.runtime.sendMessage(message) as Promise<MessageResult<K>>;
}

/** Sends a message to the content scripts of one tab (top frame only). */
export function sendTabMessage<K extends MessageType>(tabId: number, type: K, data: MessageData<K>): Promise<MessageResult<K>> {
  const message: Message<K> = { jeongdok: 1, type, data };
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<MessageResult<K>>;
}

/**
 * Registers handlers. Only messages from this extension are answered, and only types listed in
 * `handlers`: other listeners in the same context (the detector beside the reader) stay silent
 * instead of answering for them.
 */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[message.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data as never, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
