/**
 * The finish part of Pith's pipeline for the in-browser (Chromium) timing, bundled by
 * bench/build.mjs into an IIFE the way the popup's code is bundled. Evaluated in a tab of the
 * same browser on what the shipped extract.js returned in the page, as the popup does with it.
 */
import { finishArticle } from '../src/pipeline/finish';

/** Finishes `page` (extract.js's result) in this window; returns the text to score and the step timings. */
export function finish(page: unknown): { ok: boolean; text: string | null; timings: Record<string, number> | null; error?: string } {
  const result = finishArticle(page, window);
  if (!result.ok) return { ok: false, text: null, timings: null, error: result.reason + (result.detail ? `: ${result.detail}` : '') };
  return { ok: true, text: result.article.text, timings: result.timings ?? null };
}
