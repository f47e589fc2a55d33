/**
 * Key figures of an article: money, percentages, quantities, counts,
 * ranges and targets, found in the plain text, each with what it measures,
 * merged across repeated mentions and ranked by salience.
 */
import type { Figure } from '../types';
import { withClasses } from './aliases';
import { grammarFor, type Grammar } from './grammar';
import { FIGURE_MARK, SentenceWords } from './measures';
import { FigureSet, figureKey } from './merge';
import { rankFigures } from './rank';
import { DEFAULT_MAX_FIGURES, HEADING_MAX_WORDS, LEAD_BLOCKS, LEAD_MIN_WORDS, PROSE } from './rules';
import { findMentions, maskNonFigures, type Mention } from './scan';
import { SentenceFinder, bySentence } from './sentences';

/** Options of {@link extractFigures}. */
export interface FigureOptions {
  /** The headline: figures it repeats rank higher. */
  title?: string;
  /** The standfirst (the page's description or excerpt): figures it repeats rank higher too. */
  standfirst?: string | null;
  /** The page language (BCP 47), for number formats and words; English when absent. */
  lang?: string | null;
  /** Most figures returned (default 12). */
  max?: number;
}

const BLOCK = /[^\n]+/g;
const WORD = /\S+/g;
/** A word of prose (two letters or more) or a number (a range of numbers counts as one), for {@link isProse}. */
const PROSE_TOKEN = new RegExp(withClasses('([{letter}]{2,})|\\d+(?:[.,\\s\\u00A0\\u202F\\-–]\\d+)*'), 'g');
const WIDGET_MARK = new RegExp(`[${PROSE.widgetMarks}]`);
/** A sentence (an end mark, maybe inside quotes or brackets, at the end) or a list item ("• ", "1. "). */
const SENTENCE_OR_ITEM = /[.!?…:;。！？؟।]["'“”„‘’‚«»‹›)\]]*\s*$|^\s*(?:[•◦▪‣–—-]|\d{1,3}[.)])\s/;

/** Whether a block has at least `LEAD_MIN_WORDS` words (a paragraph, not a label). */
function isSubstantial(block: string): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(block) && ++words < LEAD_MIN_WORDS);
  return words >= LEAD_MIN_WORDS;
}

/**
 * Whether a block reads as prose rather than a widget the page left in the
 * article (a stock ticker): enough words, and enough of them per number
 * once its non-figures are masked (`masked`); more than one figure (of
 * `figures` found) only in a sentence or a list item.
 */
function isProse(block: string, masked: string, figures: number): boolean {
  if (WIDGET_MARK.test(block)) return false;
  const sentence = SENTENCE_OR_ITEM.test(block);
  if (figures > PROSE.maxFiguresWithoutSentence && !sentence) return false;
  // A long sentence with few figures is prose: no need to count its words.
  if (sentence && block.length >= PROSE.charsPerFigure * figures) return true;
  let words = 0;
  let numbers = 0;
  PROSE_TOKEN.lastIndex = 0;
  for (let m = PROSE_TOKEN.exec(masked); m; m = PROSE_TOKEN.exec(masked)) {
    if (m[1] === undefined) numbers += 1;
    else words += 1;
  }
  return words >= PROSE.minWords && words >= PROSE.wordsPerNumber * numbers;
}

/** Whether a block is a subheading: a short line that is no sentence. */
function isHeading(block: string): boolean {
  if (SENTENCE_OR_ITEM.test(block)) return false;
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(block) && ++words <= HEADING_MAX_WORDS);
  return words <= HEADING_MAX_WORDS;
}

/** The sentence with its figures blanked to one mark each, offsets kept. */
function blankFigures(sentence: string, mentions: readonly Mention[]): string {
  let out = '';
  let last = 0;
  for (const m of mentions) {
    out += sentence.slice(last, m.start) + FIGURE_MARK + ' '.repeat(m.end - m.start - 1);
    last = m.end;
  }
  return out + sentence.slice(last);
}

/**
 * The phrases of a sentence's figures, an empty one taken from the figure
 * before it (else after it) in the sentence: in "revenue of $14.2 billion,
 * up 28%", the 28% is revenue's too.
 */
function withNeighbours(phrases: readonly string[]): string[] {
  const before: string[] = [];
  let last = '';
  for (const phrase of phrases) before.push((last = phrase || last));
  const out = new Array<string>(phrases.length);
  let next = '';
  for (let i = phrases.length - 1; i >= 0; i--) {
    next = phrases[i] || next;
    out[i] = phrases[i] || before[i] || next;
  }
  return out;
}

/** The figures of one sentence (mention offsets relative to it), rank not yet set. */
function figuresOf(sentence: string, offset: number, mentions: readonly Mention[], g: Grammar): Figure[] {
  const trimmed = sentence.trim();
  const words = new SentenceWords(mentions.length > 1 ? blankFigures(sentence, mentions) : sentence, g);
  const measures = withNeighbours(mentions.map((m) => words.measuresOf(m.start, m.end)));
  return mentions.map((m, i) => ({
    text: sentence.slice(m.start, m.end),
    value: m.value,
    ...(m.valueMax !== undefined && { valueMax: m.valueMax }),
    unit: m.unit,
    kind: m.kind,
    measures: measures[i] ?? '',
    ...(m.year !== undefined && { year: m.year }),
    sentence: trimmed,
    position: offset + m.start,
    mentions: 1,
    rank: 0,
  }));
}

/** The figures of one block of the text, in order; `offset` is the block's offset in the text. */
function blockFigures(block: string, offset: number, lang: string | null | undefined, g: Grammar): Figure[] {
  const masked = maskNonFigures(block, g);
  const mentions = findMentions(block, g, masked);
  if (mentions.length === 0 || !isProse(block, masked, mentions.length)) return [];
  const figures: Figure[] = [];
  const finder = new SentenceFinder(block, lang, g.abbreviationEnd);
  for (const { sentence, items } of bySentence(mentions, finder)) {
    const local = items.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
    figures.push(...figuresOf(block.slice(sentence.start, sentence.end), offset + sentence.start, local, g));
  }
  return figures;
}

/**
 * The key figures of an article's plain text (blocks separated by blank
 * lines), most salient first: `rank` 1 is the top figure and `position` the
 * offset of its first mention in `text`.
 *
 * @example extractFigures('Sales rose 40% to $500 million.') // "$500 million", "40%"
 */
export function extractFigures(text: string, opts: FigureOptions = {}): Figure[] {
  const g = grammarFor(opts.lang);
  const title = (opts.title ?? '').trim();
  const found = new FigureSet();
  const headingKeys = new Set<string>();
  let leadBlocks = 0;
  let leadEnd = 0;
  BLOCK.lastIndex = 0;
  for (let block = BLOCK.exec(text); block; block = BLOCK.exec(text)) {
    const body = block[0];
    if (leadBlocks < LEAD_BLOCKS && body.trim() !== title && isSubstantial(body)) {
      leadBlocks += 1;
      leadEnd = block.index + body.length;
    }
    if (!g.quick.test(body)) continue;
    const heading = isHeading(body);
    for (const figure of blockFigures(body, block.index, opts.lang, g)) {
      found.add(figure);
      if (heading) headingKeys.add(figureKey(figure));
    }
  }
  const keysOf = (line: string | null | undefined): Set<string> => new Set(line ? findMentions(line, g).map(figureKey) : []);
  const titleKeys = keysOf(title);
  const standfirstKeys = keysOf(opts.standfirst);
  return rankFigures(
    found.figures,
    {
      textLength: text.length,
      leadEnd,
      inTitle: (f) => titleKeys.has(figureKey(f)),
      inStandfirst: (f) => standfirstKeys.has(figureKey(f)),
      inHeading: (f) => headingKeys.has(figureKey(f)),
    },
    opts.max ?? DEFAULT_MAX_FIGURES,
  );
}
