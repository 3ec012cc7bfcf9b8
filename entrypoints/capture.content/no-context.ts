/**
 * Stands in for WXT's `ContentScriptContext` in our content scripts (wxt.config.ts resolves WXT's
 * import of it here). They are injected on demand, read the page once and return plain data: they
 * use no context. WXT's context would cost every click its code (about 1 KB gzipped in each
 * script) and its work (a location watcher, listeners, an event and a `postMessage` to the page
 * announcing the script).
 */
export class ContentScriptContext {
  constructor(readonly contentScriptName: string) {}
}
