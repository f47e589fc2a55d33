/**
 * Pith's extraction pipeline: one orchestrator calling small named stages in a
 * fixed, documented order. It takes a Document (the live page in the injected
 * script, a jsdom document in Vitest and the CLI), works on a clone of it and
 * returns a plain, serialisable result. It imports no browser API.
 *
 * Before the stages: the document is cloned, and the text of same-origin
 * frames is copied into the clone in place of their iframes (frames.ts).
 *
 * Order (each stage sees what the ones before it left):
 *  1. unprotect   — neutralise copy protection: alerts, handlers, selection blocks, decoys, invisible characters
 *  2. related     — collect the page's own related posts, then take their blocks out of the text
 *  3. furniture   — remove ad slots, widgets, share bars and comment forms that Readability may keep
 *  4. readability — find the article and its metadata (@mozilla/readability)
 *  5. sanitize    — DOMPurify, through the one wrapper (src/sanitize.ts)
 *  6. text        — plain text that keeps paragraphs, headings and lists
 *  7. figures     — the key figures, from the text
 */
import { Readability } from '@mozilla/readability';
import { extractFigures } from '../figures';
import { removeFurniture } from '../furniture';
import { collectRelated } from '../related';
import { sanitizeToBody } from '../sanitize';
import { countWords, htmlToText, readingMinutes } from '../text';
import type { ExtractResult, FailReason, Figure, RelatedPost } from '../types';
import { neutraliseProtection } from '../unprotect';
import { viaSource, type StyleProbe } from '../unprotect/styles';
import { FAILURE_MESSAGES } from './failures';
import { inlineFrames, readFrame, type FrameReader } from './frames';
import { RemovalLog } from './report';
import { SourceMap } from './source-map';

export { FAILURE_MESSAGES };

/** Limits, named. */
export const LIMITS = {
  /** Pages with more elements than this are refused rather than freezing the tab. */
  maxElements: 200_000,
  /** Less article text than this (characters) does not read as an article. */
  minArticleChars: 250,
  /** A same-origin frame with less text than this (characters) is not read with the page. */
  minFrameChars: 250,
} as const;

export interface ExtractOptions {
  /** The page URL (defaults to the document's URL). */
  url?: string;
  /** The window whose DOM implementation DOMPurify uses (defaults to the document's window). */
  win?: Window;
  /**
   * Answers from the live page's computed styles, about elements of `source`
   * (`liveStyleProbe(window)` in the injected script). Without it, only
   * inline styles and attributes tell what is hidden.
   */
  styles?: StyleProbe;
  /** Reads the document of a frame element of `source` (default: its same-origin `contentDocument`). */
  readFrame?: FrameReader;
  /** The time of extraction (tests pass a fixed one). */
  now?: Date;
  /** Called after each stage with what it left (the benchmark traces where text is lost). */
  onStage?: (name: string, view: StageView) => void;
}

type ParsedArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

/** What the stages share. Each stage reads what earlier stages left and adds its own part. */
interface Context {
  /** The working copy: a clone of the caller's document. Stages may change it. */
  readonly doc: Document;
  readonly win: Window;
  readonly url: string;
  readonly log: RemovalLog;
  /** The live page's styles, asked about elements of the working copy. */
  readonly styles?: StyleProbe;
  related: RelatedPost[];
  parsed: ParsedArticle | null;
  body: HTMLElement | null;
  text: string;
  figures: Figure[];
}

/** What a stage left, as `onStage` sees it. */
export type StageView = Readonly<Pick<Context, 'doc' | 'parsed' | 'body' | 'text'>>;

/** A pipeline stage: a name, the reason it exists, and what it does to the context. */
export interface Stage {
  readonly name: string;
  readonly why: string;
  run(ctx: Context): void;
}

/** Thrown by a stage to end the pipeline with a reason the reader is told. */
class Unreadable extends Error {
  constructor(
    readonly reason: FailReason,
    message: string,
  ) {
    super(message);
  }
}

function need<T>(value: T | null | undefined, stage: string): T {
  if (value == null) throw new Error(`stage ${stage} ran before its input was ready`);
  return value;
}

/** The stages, in order. */
export const STAGES: readonly Stage[] = [
  {
    name: 'unprotect',
    why: 'Copy protection must not leak its alerts, decoys or invisible characters into the text.',
    run: (ctx) => neutraliseProtection(ctx.doc, ctx.log.for('unprotect'), { styles: ctx.styles }),
  },
  {
    name: 'related',
    why: 'Readability deletes related-post lists: collect them first, then keep them out of the text.',
    run: (ctx) => {
      ctx.related = collectRelated(ctx.doc, ctx.url, ctx.log.for('related'));
    },
  },
  {
    name: 'furniture',
    why: 'Ad slots, widgets, share bars and comment forms that Readability may keep are not the article.',
    run: (ctx) => removeFurniture(ctx.doc, ctx.log.for('furniture')),
  },
  {
    name: 'readability',
    why: 'Find the article body and its metadata.',
    run: (ctx) => {
      const parsed = new Readability<Node>(ctx.doc, {
        maxElemsToParse: LIMITS.maxElements,
        serializer: (node) => node,
      }).parse();
      const length = parsed?.textContent?.trim().length ?? 0;
      if (!parsed?.content || length < LIMITS.minArticleChars) {
        throw new Unreadable('not-article', FAILURE_MESSAGES['not-article']);
      }
      ctx.parsed = parsed;
    },
  },
  {
    name: 'sanitize',
    why: 'Page content is hostile: only sanitised HTML leaves the pipeline.',
    run: (ctx) => {
      const content = need(ctx.parsed?.content, 'sanitize');
      // DOMPurify drops a node-input element that carries is="…" (a customised built-in) with all it
      // holds; the attribute means nothing in clean text, so it goes first (on Pith's own working copy).
      if (content.nodeType === 1) for (const el of (content as Element).querySelectorAll('[is]')) el.removeAttribute('is');
      ctx.body = sanitizeToBody(content, ctx.win);
    },
  },
  {
    name: 'text',
    why: 'Plain text that keeps paragraphs, headings and lists, for reading, export and figures.',
    run: (ctx) => {
      ctx.text = htmlToText(need(ctx.body, 'text'));
      // Whatever happened on the way, an article with (almost) no text is not one.
      if (ctx.text.length < LIMITS.minArticleChars) throw new Unreadable('not-article', FAILURE_MESSAGES['not-article']);
    },
  },
  {
    name: 'figures',
    why: 'The numbers that matter, with their units, meaning and sentence.',
    run: (ctx) => {
      const parsed = need(ctx.parsed, 'figures');
      ctx.figures = extractFigures(ctx.text, { title: parsed.title ?? '', standfirst: parsed.excerpt, lang: articleLang(ctx) });
    },
  },
];

function articleLang(ctx: Context): string | null {
  return ctx.parsed?.lang || ctx.doc.documentElement.getAttribute('lang') || null;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function precheckSize(source: Document): void {
  if (source.getElementsByTagName('*').length > LIMITS.maxElements) {
    throw new Unreadable('too-large', FAILURE_MESSAGES['too-large']);
  }
}

function precheckText(doc: Document): void {
  const body = doc.body;
  if (!body || !body.textContent?.trim()) throw new Unreadable('empty', FAILURE_MESSAGES.empty);
}

/** Per-stage times in milliseconds, for the benchmark. */
export type StageTimings = Record<string, number>;

/**
 * Reads the article in `source`. The document is never changed: the stages
 * work on a clone.
 */
export function extractArticle(
  source: Document,
  opts: ExtractOptions = {},
): ExtractResult & { timings?: StageTimings } {
  const timings: StageTimings = {};
  try {
    precheckSize(source);
    const win = opts.win ?? source.defaultView;
    if (!win) throw new Error('extractArticle needs a window: pass opts.win');
    let t = performance.now();
    const doc = source.cloneNode(true) as Document;
    const map = new SourceMap(doc, source);
    inlineFrames(doc, map, opts.readFrame ?? readFrame, LIMITS.minFrameChars);
    precheckText(doc);
    timings.clone = performance.now() - t;
    const ctx: Context = {
      doc,
      win,
      url: opts.url ?? source.URL,
      log: new RemovalLog(),
      styles: opts.styles && viaSource(opts.styles, (el) => map.source(el)),
      related: [],
      parsed: null,
      body: null,
      text: '',
      figures: [],
    };
    for (const stage of STAGES) {
      t = performance.now();
      stage.run(ctx);
      timings[stage.name] = performance.now() - t;
      opts.onStage?.(stage.name, ctx);
    }
    const parsed = need(ctx.parsed, 'result');
    const lang = articleLang(ctx);
    const wordCount = countWords(ctx.text, lang);
    return {
      ok: true,
      timings,
      article: {
        url: ctx.url,
        title: clean(parsed.title) ?? clean(source.title) ?? ctx.url,
        byline: clean(parsed.byline),
        siteName: clean(parsed.siteName),
        publishedTime: clean(parsed.publishedTime),
        lang,
        dir: parsed.dir ?? null,
        excerpt: clean(parsed.excerpt),
        html: need(ctx.body, 'result').innerHTML,
        text: ctx.text,
        wordCount,
        readingMinutes: readingMinutes(wordCount, lang),
        figures: ctx.figures,
        related: ctx.related,
        removals: ctx.log.items,
        extractedAt: (opts.now ?? new Date()).toISOString(),
      },
    };
  } catch (err) {
    if (err instanceof Unreadable) return { ok: false, reason: err.reason, message: err.message };
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ok: false, reason: 'error', message: FAILURE_MESSAGES.error, detail };
  }
}
