/**
 * Pith's extraction pipeline: one orchestrator calling small named stages in a
 * fixed, documented order. It imports no browser API: the same code runs in the
 * injected script, in the popup, in Vitest and in the Node CLI.
 *
 * The pipeline has two parts, so that the reader's tab pays only for what needs the page:
 *  - the page part, `readPage` (page.ts), runs where the page is (the injected
 *    script). It works on a clone of the document (the text of same-origin
 *    frames copied in place of their iframes, frames.ts) and returns a plain,
 *    serialisable `PageResult`: the metadata, the related posts, what was
 *    removed, and the article HTML as Readability left it, NOT sanitised.
 *  - the finish part, `finishArticle` (finish.ts), runs in an extension page
 *    (the popup). It checks the shape of what the page sent (shape.ts),
 *    sanitises the HTML through the one wrapper (src/sanitize.ts) and derives
 *    the text and the figures: the same `Article` as reading it in one go.
 * {@link extractArticle} runs both, for the CLI, the tests and the benchmark.
 * The injected script imports page.ts only and the popup finish.ts only, so
 * neither bundle carries the other's code.
 *
 * Order (each stage sees what the ones before it left):
 *  1. unprotect   (page)   — neutralise copy protection: alerts, handlers, selection blocks, decoys, invisible characters
 *  2. related     (page)   — collect the page's own related posts, then take their blocks out of the text
 *  3. furniture   (page)   — remove ad slots, widgets, share bars and comment forms that Readability may keep
 *  4. header      (page)   — read the byline, date, kicker and standfirst from the header, which Readability drops
 *  5. images      (page)   — put each lazy-loaded image's real address in its src (src/media); mark captions by class (src/captions)
 *  6. lead        (page)   — note the first text blocks after the title while the page is whole (src/lead)
 *  7. readability (page)   — find the article and its metadata (@mozilla/readability)
 *  8. rejoin      (page)   — put back the standfirst and first paragraphs Readability left out under the title (src/lead)
 *  9. captions    (page)   — captions and photo credits written as paragraphs become figcaptions, out of the plain text (src/captions)
 * 10. trim        (page)   — cut tag lists, share prompts, author boxes, meta lines and "related" lists off the article's ends (src/trim)
 * 11. sanitize    (finish) — DOMPurify, through the one wrapper (src/sanitize.ts)
 * 12. text        (finish) — plain text that keeps paragraphs, headings and lists (captions left out)
 * 13. figures     (finish) — the key figures, from the text
 */
import type { ExtractResult } from '../types';
import { FAILURE_MESSAGES } from './failures';
import { finishArticle, FINISH_STAGES, type FinishContext, type FinishOptions } from './finish';
import { PAGE_STAGES, readPage, type PageContext, type PageOptions } from './page';
import { failure, type Stage, type StageTimings } from './stage';

export { FAILURE_MESSAGES, finishArticle, readPage };
export { isPageResult } from './shape';
export { LIMITS, type StageHook, type StageSide, type StageTimings, type StageView } from './stage';
export type { FinishOptions, PageOptions };

/** Options of the whole pipeline ({@link extractArticle}). */
export interface ExtractOptions extends PageOptions, FinishOptions {
  /** The window whose DOM implementation DOMPurify uses (defaults to the document's window). */
  win?: Window;
}

/** Every stage, in order, each with its side: the page stages, then the finish stages. */
export const STAGES: readonly (Stage<'page', PageContext> | Stage<'finish', FinishContext>)[] = [...PAGE_STAGES, ...FINISH_STAGES];

/**
 * The keys of an article's `timings`, in order: the page part's (its size
 * check, the clone, its stages and the article's serialisation), then the
 * finish part's stages.
 */
export const TIMING_KEYS = {
  page: ['precheck', 'clone', ...PAGE_STAGES.map((s) => s.name), 'html'],
  finish: FINISH_STAGES.map((s) => s.name),
} as const;

/**
 * Reads the article in `source` in one go: `readPage`, then `finishArticle`
 * in `opts.win` (default: the document's window). The document is never
 * changed: the stages work on a clone.
 */
export function extractArticle(source: Document, opts: ExtractOptions = {}): ExtractResult & { timings?: StageTimings } {
  const win = opts.win ?? source.defaultView;
  if (!win) return failure(new Error('extractArticle needs a window: pass opts.win'));
  return finishArticle(readPage(source, opts), win, opts);
}
