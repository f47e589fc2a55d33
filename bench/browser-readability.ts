/**
 * Bare @mozilla/readability for the in-page (Chromium) timing, bundled by bench/build.mjs into
 * an IIFE the same way the extension's scripts are bundled. Evaluated in the page, it clones the
 * document, parses it with default options and returns the text to score.
 */
import { Readability } from '@mozilla/readability';

/** Runs bare Readability on a clone of `doc`, as `new Readability(clone).parse()`. */
export function readBare(doc: Document): { ok: boolean; text: string | null } {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  return { ok: !!parsed?.content, text: parsed?.textContent ?? null };
}
