/** The parts of `runtime.MessageSender` the check reads. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
}

/**
 * Whether a message comes from one of the extension's own pages (popup, dashboard): sent by this
 * extension (`id`) from a document at its own root URL (`url`). A content script shares the
 * extension's id but runs in a web page, so its `url` is the page's: refused. Any content script
 * can be driven by the page it runs in, so nothing it sends may write, read the database or
 * reach the AI provider.
 */
export function isFromExtensionPage(
  sender: MessageSenderInfo | undefined,
  runtimeId: string,
  extensionRoot: string,
): boolean {
  if (!sender || !runtimeId || sender.id !== runtimeId || typeof sender.url !== 'string') return false;
  // `extensionRoot` is runtime.getURL('/'), e.g. chrome-extension://<id>/. A prefix check, not
  // URL.origin: for non-web schemes that is "null" in some engines, and "null" equals "null".
  const root = extensionRoot.endsWith('/') ? extensionRoot : `${extensionRoot}/`;
  return root.includes('://') && sender.url.startsWith(root);
}
