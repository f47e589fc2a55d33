/**
 * The finish part of the pipeline: what runs in an extension page (the
 * popup) on what the page part returned. It checks the shape of that result
 * (it crossed from the page: untrusted), sanitises its HTML through the one
 * wrapper (src/sanitize.ts), and derives the text, the word count, the
 * reading time and the key figures: the same {@link Article} as reading the
 * page in one go. Kept apart from page.ts so the popup carries none of the
 * page stages.
 */
import { extractFigures } from '../figures';
import { sanitizeToBody } from '../sanitize';
import { countWords, htmlToText, readingMinutes } from '../text';
import type { ExtractResult, Figure, PageArticle } from '../types';
import { isPageResult } from './shape';
import { failure, LIMITS, need, notArticle, runStages, type Stage, type StageHook, type StageTimings } from './stage';

/** Options of the finish part ({@link finishArticle}). */
export interface FinishOptions {
  /** The time of extraction (tests pass a fixed one). */
  now?: Date;
  /** Called after each stage with what it left. */
  onStage?: StageHook;
}

/** What the finish stages share. */
export interface FinishContext {
  /** What the page part found. */
  readonly page: PageArticle;
  /** The window DOMPurify parses in (an extension page's). */
  readonly win: Window;
  body: HTMLElement | null;
  text: string;
  figures: Figure[];
}

/** The finish stages, in order (see the table in index.ts). */
export const FINISH_STAGES: readonly Stage<'finish', FinishContext>[] = [
  {
    name: 'sanitize',
    side: 'finish',
    why: 'Page content is hostile: only sanitised HTML leaves the pipeline.',
    run: (ctx) => {
      ctx.body = sanitizeToBody(ctx.page.content, ctx.win);
    },
  },
  {
    name: 'text',
    side: 'finish',
    why: 'Plain text that keeps paragraphs, headings and lists, for reading, export and figures.',
    run: (ctx) => {
      ctx.text = htmlToText(need(ctx.body, 'text'));
      // Whatever happened on the way, an article with (almost) no text is not one. The page part
      // decided how short an article may be (shorter when the page says it is one, src/kind).
      if (ctx.text.length < LIMITS.minDeclaredArticleChars) notArticle();
    },
  },
  {
    name: 'figures',
    side: 'finish',
    why: 'The numbers that matter, with their units, meaning and sentence.',
    run: (ctx) => {
      const { title, excerpt, lang } = ctx.page;
      ctx.figures = extractFigures(ctx.text, { title, standfirst: excerpt, lang });
    },
  },
];

/**
 * The finish part: turns what `readPage` (page.ts) returned into the
 * article, in `win` (an extension page's window: DOMPurify parses there).
 * `page` is untrusted (it crossed from the page): its shape is checked first,
 * and its HTML passes through the one sanitiser before anything reads it.
 * Failures of the page part come back as they are (without their timings).
 */
export function finishArticle(page: unknown, win: Window, opts: FinishOptions = {}): ExtractResult & { timings?: StageTimings } {
  if (!isPageResult(page)) return failure(new Error('the page part returned something that is not a PageResult'));
  if (!page.ok) {
    const { timings: _, ...failed } = page;
    return failed;
  }
  try {
    const timings: StageTimings = { ...page.timings };
    const ctx: FinishContext = { page: page.page, win, body: null, text: '', figures: [] };
    runStages(FINISH_STAGES, ctx, timings, (c) => ({ doc: null, parsed: null, body: c.body, text: c.text }), opts.onStage);
    const { content: _, ...meta } = page.page;
    const wordCount = countWords(ctx.text, meta.lang);
    return {
      ok: true,
      timings,
      article: {
        ...meta,
        html: need(ctx.body, 'result').innerHTML,
        text: ctx.text,
        wordCount,
        readingMinutes: readingMinutes(wordCount, meta.lang),
        figures: ctx.figures,
        extractedAt: (opts.now ?? new Date()).toISOString(),
      },
    };
  } catch (err) {
    return failure(err);
  }
}
