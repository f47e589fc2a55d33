/** Small DOM helpers shared by the extension's pages (popup, library, reader). Text only: HTML goes through src/sanitize.ts. */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) el.append(child);
  }
  return el;
}

/** The element with this id; a missing one is a bug in the page's index.html. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`${location.pathname}: #${id} is missing`);
  return el as T;
}

/** Offers `data` (text or bytes) to the reader as a downloaded file. */
export function download(filename: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
