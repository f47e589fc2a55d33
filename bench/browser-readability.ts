/**
 * Bare @mozilla/readability for the in-page (Chromium) timing, bundled by bench/build.mjs into
 * an IIFE the same way the extension's scripts are bundled. Evaluated in the page, it clones the
 * document, parses it with default options and returns the text to score.
 */
import { Readability } from '@mozilla/readability';

/** Runs bare Readability on a clone of `doc`, as `new Readability(clone).parse()`, timing both steps. */
export function readBare(doc: Document): { ok: boolean; text: string | null; timings: Record<string, number> } {
  const t = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const cloned = performance.now();
  const parsed = new Readability(clone).parse();
  const timings = { clone: cloned - t, parse: performance.now() - cloned };
  return { ok: !!parsed?.content, text: parsed?.textContent ?? null, timings };
}
