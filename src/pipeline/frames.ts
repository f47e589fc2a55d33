/**
 * Same-origin frames: an article shown inside an iframe of the page is part
 * of what the reader sees. Its body is copied into the working copy in place
 * of the iframe, so the stages read it like the rest of the page.
 */
import type { SourceMap } from './source-map';

/** Reads the document shown in a frame element: null when there is none or it is cross-origin. */
export type FrameReader = (frame: Element) => Document | null;

/** Reads a frame's document through the DOM (`contentDocument`, null for cross-origin frames). */
export const readFrame: FrameReader = (frame) => {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
};

/**
 * Whether a frame's `src` names another origin than its document's: such a
 * frame's document is never readable, so it is not looked up at all (ad and
 * embed frames are most of a page's frames). A frame without `src`, or with
 * one that does not parse, is looked up.
 */
function isCrossOrigin(frame: Element, page: { base: string; origin: string | null }): boolean {
  const src = frame.getAttribute('src');
  if (!src) return false;
  try {
    const url = new URL(src, page.base);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== page.origin;
  } catch {
    return false;
  }
}

/** The origin of a document's URL (null when it does not parse). */
function originOf(doc: Document): string | null {
  try {
    return new URL(doc.URL).origin;
  } catch {
    return null;
  }
}

/**
 * Replaces each iframe of the working copy whose live frame shows at least
 * `minChars` characters of text with a `div` holding a copy of that frame's
 * body, and tells `map` where the copied nodes came from.
 * @returns how many frames were inlined.
 */
export function inlineFrames(copy: Document, map: SourceMap, read: FrameReader, minChars: number): number {
  // Find every live frame first: the map stays valid only while the copy's structure is unchanged.
  const found: { frame: Element; body: HTMLElement }[] = [];
  const frames = Array.from(copy.getElementsByTagName('iframe'));
  // The page's base and origin, read once (jsdom looks for a <base> element on each read of baseURI).
  const page = frames.length > 0 ? { base: copy.baseURI, origin: originOf(copy) } : { base: '', origin: null };
  for (const frame of frames) {
    if (isCrossOrigin(frame, page)) continue; // its document cannot be read: no need to find the live frame
    const live = map.source(frame);
    const body = live ? read(live)?.body : null;
    if (body && (body.textContent ?? '').trim().length >= minChars) found.push({ frame, body });
  }
  for (const { frame, body } of found) {
    const box = copy.createElement('div');
    for (const child of Array.from(body.childNodes)) box.append(copy.importNode(child, true));
    map.graft(box, body);
    frame.replaceWith(box);
  }
  return found.length;
}
