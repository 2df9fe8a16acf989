/**
 * A host element with an open shadow root styled by `css`. Constructable stylesheets are exempt
 * from the page's CSP; a `<style>` is the fallback (Firefox content scripts cannot adopt).
 */
export function createShadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const view = doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet };
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  const mount = doc.createElement('div');
  shadow.append(mount);
  return { host, mount };
}
