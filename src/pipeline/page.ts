/**
 * The page part of the pipeline: what runs where the page is (the injected
 * script in the reader's tab). It clones the document, copies same-origin
 * frames in (frames.ts), runs the page stages and returns a plain, serialisable
 * {@link PageResult}. Nothing here sanitises or renders: the article HTML it
 * returns is page content, hostile until the finish part (finish.ts) has
 * passed it through src/sanitize.ts. Kept apart from finish.ts so that the
 * injected script carries none of DOMPurify, the text or the figures code.
 */
import { Readability } from '@mozilla/readability';
import { markCaptionClasses, markCaptions } from '../captions';
import { removeFurniture } from '../furniture';
import { trimEdges } from '../trim';
import { headerExtras, readHeader, type HeaderFields } from '../header';
import { declaresArticle } from '../kind';
import { restoreLead, scanLead, type LeadScan } from '../lead';
import { fixLazyImages } from '../media';
import { collectRelated } from '../related';
import type { PageResult, RelatedPost } from '../types';
import { neutraliseProtection } from '../unprotect';
import { viaSource, type StyleProbe } from '../unprotect/styles';
import { FAILURE_MESSAGES } from './failures';
import { inlineFrames, readFrame, type FrameReader } from './frames';
import { RemovalLog } from './report';
import { SourceMap } from './source-map';
import {
  failure,
  LIMITS,
  need,
  notArticle,
  runStages,
  Unreadable,
  type ParsedArticle,
  type Stage,
  type StageHook,
  type StageTimings,
} from './stage';

/** Options of the page part ({@link readPage}). */
export interface PageOptions {
  /** The page URL (defaults to the document's URL). */
  url?: string;
  /**
   * Answers from the live page's computed styles, about elements of `source`
   * (`liveStyleProbe(window)` in the injected script). Without it, only
   * inline styles and attributes tell what is hidden.
   */
  styles?: StyleProbe;
  /** Reads the document of a frame element of `source` (default: its same-origin `contentDocument`). */
  readFrame?: FrameReader;
  /** Called after each stage with what it left (the benchmark traces where text is lost). */
  onStage?: StageHook;
}

/** What the page stages share. Each stage reads what earlier stages left and adds its own part. */
export interface PageContext {
  /** The working copy: a clone of the caller's document. Stages may change it. */
  readonly doc: Document;
  readonly url: string;
  readonly log: RemovalLog;
  /** The live page's styles, asked about elements of the working copy. */
  readonly styles?: StyleProbe;
  related: RelatedPost[];
  /** What the article's header says (byline, date, kicker, standfirst), read before Readability drops it. */
  header: HeaderFields;
  /** The first text blocks after the title, noted before Readability changes the page (src/lead). */
  lead: LeadScan | null;
  parsed: ParsedArticle | null;
}

/** The page stages, in order (see the table in index.ts). */
export const PAGE_STAGES: readonly Stage<'page', PageContext>[] = [
  {
    name: 'unprotect',
    side: 'page',
    why: 'Copy protection must not leak its alerts, decoys or invisible characters into the text.',
    run: (ctx) => neutraliseProtection(ctx.doc, ctx.log.for('unprotect'), { styles: ctx.styles }),
  },
  {
    name: 'related',
    side: 'page',
    why: 'Readability deletes related-post lists: collect them first, then keep them out of the text.',
    run: (ctx) => {
      ctx.related = collectRelated(ctx.doc, ctx.url, ctx.log.for('related'));
    },
  },
  {
    name: 'furniture',
    side: 'page',
    why: 'Ad slots, widgets, share bars and comment forms that Readability may keep are not the article.',
    run: (ctx) => removeFurniture(ctx.doc, ctx.log.for('furniture')),
  },
  {
    name: 'header',
    side: 'page',
    why: 'Readability drops headers as unlikely content: read their byline, date, kicker and standfirst first.',
    run: (ctx) => {
      ctx.header = readHeader(ctx.doc);
    },
  },
  {
    name: 'images',
    side: 'page',
    why: 'Lazy-loaded images keep their real address outside `src`, which is all the sanitiser keeps; captions are known by class names Readability strips.',
    run: (ctx) => {
      fixLazyImages(ctx.doc);
      markCaptionClasses(ctx.doc);
    },
  },
  {
    name: 'lead',
    side: 'page',
    why: 'Readability often leaves out the standfirst and first paragraphs under the title: note them while the page is whole.',
    run: (ctx) => {
      ctx.lead = scanLead(ctx.doc);
    },
  },
  {
    name: 'readability',
    side: 'page',
    why: 'Find the article body and its metadata.',
    run: (ctx) => {
      // Read before Readability, which removes the scripts (JSON-LD) it looks at.
      const minChars = declaresArticle(ctx.doc) ? LIMITS.minDeclaredArticleChars : LIMITS.minArticleChars;
      const parsed = new Readability<Node>(ctx.doc, {
        maxElemsToParse: LIMITS.maxElements,
        serializer: (node) => node,
      }).parse();
      const length = parsed?.textContent?.trim().length ?? 0;
      if (!parsed?.content || length < minChars) notArticle();
      ctx.parsed = parsed;
    },
  },
  {
    name: 'rejoin',
    side: 'page',
    why: 'Put back the lead that Readability left out between the title and the text it chose.',
    run: (ctx) => {
      const parsed = need(ctx.parsed, 'rejoin');
      const content = need(parsed.content, 'rejoin') as Element;
      if (ctx.lead && restoreLead(content, ctx.lead, ctx.log.for('rejoin')) > 0) parsed.textContent = content.textContent ?? '';
    },
  },
  {
    name: 'captions',
    side: 'page',
    why: 'Captions and photo credits that pages write as paragraphs stay with their image, out of the plain text.',
    run: (ctx) => {
      markCaptions(need(ctx.parsed?.content, 'captions') as Element);
    },
  },
  {
    name: 'trim',
    side: 'page',
    why: 'Readability keeps tag lists, share prompts, author boxes and "related" lists at the ends of the article.',
    run: (ctx) =>
      trimEdges(need(ctx.parsed?.content, 'trim') as Element, ctx.log.for('trim'), {
        byline: clean(ctx.parsed?.byline) ?? clean(ctx.header.byline),
      }),
  },
];

// Numeric DOM constant: src/ may not use the global NodeFilter.
const SHOW_TEXT = 0x4;
const NOT_BLANK = /\S/;

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function precheckSize(source: Document): void {
  if (source.getElementsByTagName('*').length > LIMITS.maxElements) {
    throw new Unreadable('too-large', FAILURE_MESSAGES['too-large']);
  }
}

/** Refuses a document without a word in its body (stops at the first text that is not white space). */
function precheckText(doc: Document): void {
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (NOT_BLANK.test(node.nodeValue ?? '')) return;
  }
  throw new Unreadable('empty', FAILURE_MESSAGES.empty);
}

/**
 * Readability's article as HTML, ready to cross to the extension page (a
 * structured clone carries no nodes). DOMPurify drops an element that is a
 * customised built-in (is="…") with all it holds; the distinction means nothing
 * in clean text, so such elements become plain ones first (on Pith's own working
 * copy: removing the attribute is not enough, the serialiser writes it back).
 */
function articleHtml(root: Element): string {
  let top = root;
  for (const el of [root, ...root.querySelectorAll('[is]')]) {
    if (!el.hasAttribute('is')) continue;
    const plain = el.ownerDocument.createElementNS(el.namespaceURI, el.localName);
    for (const attr of el.attributes) if (attr.name !== 'is') plain.setAttributeNode(attr.cloneNode() as Attr);
    plain.append(...el.childNodes);
    el.replaceWith(plain);
    if (el === root) top = plain;
  }
  return top.outerHTML;
}

/** The working copy: a clone of `source` with its same-origin frames read in, and the map back to `source`. */
function workingCopy(source: Document, read: FrameReader): { doc: Document; map: SourceMap } {
  const doc = source.cloneNode(true) as Document;
  const map = new SourceMap(doc, source);
  inlineFrames(doc, map, read, LIMITS.minFrameChars);
  precheckText(doc);
  return { doc, map };
}

/**
 * The page part: reads the article in `source` up to and including
 * Readability, on a clone (the document is never changed). Needs no window:
 * nothing here renders or sanitises. The result's `content` is page HTML,
 * NOT sanitised: `finishArticle` (finish.ts) sanitises it.
 */
export function readPage(source: Document, opts: PageOptions = {}): PageResult {
  try {
    const t0 = performance.now();
    precheckSize(source);
    const t = performance.now();
    const { doc, map } = workingCopy(source, opts.readFrame ?? readFrame);
    const timings: StageTimings = { precheck: t - t0, clone: performance.now() - t };
    const ctx: PageContext = {
      doc,
      url: opts.url ?? source.URL,
      log: new RemovalLog(),
      styles: opts.styles && viaSource(opts.styles, (el) => map.source(el)),
      related: [],
      header: {},
      lead: null,
      parsed: null,
    };
    runStages(PAGE_STAGES, ctx, timings, (c) => ({ doc: c.doc, parsed: c.parsed, body: null, text: '' }), opts.onStage);
    const parsed = need(ctx.parsed, 'result');
    const th = performance.now();
    const content = articleHtml(need(parsed.content, 'result') as Element);
    timings.html = performance.now() - th;
    return {
      ok: true,
      timings,
      page: {
        url: ctx.url,
        title: clean(parsed.title) ?? clean(source.title) ?? ctx.url,
        byline: clean(parsed.byline) ?? clean(ctx.header.byline),
        siteName: clean(parsed.siteName),
        publishedTime: clean(parsed.publishedTime) ?? clean(ctx.header.publishedTime),
        ...headerExtras(ctx.header, parsed.textContent ?? ''),
        lang: parsed.lang || doc.documentElement.getAttribute('lang') || null,
        dir: parsed.dir ?? null,
        excerpt: clean(parsed.excerpt),
        content,
        related: ctx.related,
        removals: ctx.log.items,
      },
    };
  } catch (err) {
    return failure(err);
  }
}
