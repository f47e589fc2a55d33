/**
 * The one DOMPurify wrapper. Page content is hostile: every piece of HTML
 * that reaches an extension page, and the article HTML the pipeline returns,
 * passes through here. Nothing else in Pith writes HTML.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** What may stay in article HTML. Data, apart from the logic below. */
export const ARTICLE_POLICY = {
  USE_PROFILES: { html: true },
  /** Interactive, embedded and styling elements have no place in clean text. */
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'source', 'track',
    'canvas', 'dialog', 'template', 'slot', 'noscript',
    // The extension page has its own main landmark: an article's <main> is unwrapped, its content kept.
    'main',
  ],
  /**
   * No styling and no identifiers: page ids and classes would collide with the
   * extension page's own (and invite DOM clobbering).
   */
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'tabindex', 'accesskey', 'autofocus', 'form', 'srcdoc'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
} as const satisfies Config;

/** How images are treated when HTML is rendered in an extension page. */
export type ImageMode =
  /** Keep `src`: the browser loads them (the reader is on that page already). */
  | 'load'
  /** Do not fetch anything: images become their alt text (saved articles read offline, privately). */
  | 'text';

const instances = new WeakMap<object, { purify: DOMPurify; mode: { images: ImageMode } }>();

/** Replaces images that were not loaded with their alt text, marked as an image. */
function imagesToText(root: DocumentFragment): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const alt = img.getAttribute('alt')?.trim() ?? '';
    const span = img.ownerDocument.createElement('span');
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', alt || 'image');
    span.textContent = alt ? `[${alt}]` : '';
    img.replaceWith(span);
  }
}

/** One DOMPurify instance per window, with Pith's hooks installed once. */
function purifier(win: Window) {
  let entry = instances.get(win);
  if (entry) return entry;
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  const mode = { images: 'load' as ImageMode };
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    const tag = el.localName;
    if (tag === 'a' && el.hasAttribute('href')) {
      // Links leave the extension page in a new tab, without opener or referrer.
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'img') {
      el.removeAttribute('srcset');
      el.removeAttribute('sizes');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('referrerpolicy', 'no-referrer');
      if (mode.images === 'text') {
        // Fetch nothing: the image becomes its alt text (imagesToText).
        el.removeAttribute('src');
      }
    }
  });
  entry = { purify, mode };
  instances.set(win, entry);
  return entry;
}

/**
 * Sanitises untrusted HTML into the body of an inert document (nothing in it
 * runs or loads), so the caller can both serialise it and walk it. A Node is
 * copied, never changed (this saves a serialise-and-parse round trip).
 */
export function sanitizeToBody(html: string | Node, win: Window): HTMLElement {
  const { purify, mode } = purifier(win);
  mode.images = 'load';
  return purify.sanitize(html, { ...ARTICLE_POLICY, RETURN_DOM: true }) as HTMLElement;
}

/** Sanitises untrusted HTML to a string of clean article HTML. */
export function sanitizeHtml(html: string, win: Window): string {
  return sanitizeToBody(html, win).innerHTML;
}

/**
 * Replaces the children of `target` with the sanitised form of `html`.
 * The only way Pith's extension pages put HTML on screen.
 */
export function renderHtml(target: Element, html: string, opts: { images?: ImageMode } = {}): void {
  const win = target.ownerDocument.defaultView;
  if (!win) throw new Error('renderHtml needs an element of a document with a window');
  const { purify, mode } = purifier(win);
  mode.images = opts.images ?? 'load';
  try {
    const fragment = purify.sanitize(html, { ...ARTICLE_POLICY, RETURN_DOM_FRAGMENT: true });
    if (mode.images === 'text') imagesToText(fragment);
    target.replaceChildren(fragment);
  } finally {
    mode.images = 'load';
  }
}
