/**
 * Key figures of an article: money, percentages, quantities, counts,
 * ranges and targets, found in the plain text, each with what it measures,
 * merged across repeated mentions and ranked by salience.
 */
import type { Figure } from '../types';
import { grammarFor, type Grammar } from './grammar';
import { FIGURE_MARK, SentenceWords } from './measures';
import { FigureSet, figureKey } from './merge';
import { rankFigures } from './rank';
import { DEFAULT_MAX_FIGURES, LEAD_BLOCKS, LEAD_MIN_WORDS } from './rules';
import { findMentions, type Mention } from './scan';
import { SentenceFinder, bySentence } from './sentences';

/** Options of {@link extractFigures}. */
export interface FigureOptions {
  /** The headline: figures it repeats rank higher. */
  title?: string;
  /** The page language (BCP 47), for number formats and words; English when absent. */
  lang?: string | null;
  /** Most figures returned (default 12). */
  max?: number;
}

const BLOCK = /[^\n]+/g;
const WORD = /\S+/g;

/** Whether a block has at least `LEAD_MIN_WORDS` words (a paragraph, not a label). */
function isSubstantial(block: string): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(block) && ++words < LEAD_MIN_WORDS);
  return words >= LEAD_MIN_WORDS;
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

/** The figures of one sentence (mention offsets relative to it), rank not yet set. */
function figuresOf(sentence: string, offset: number, mentions: readonly Mention[], g: Grammar): Figure[] {
  const trimmed = sentence.trim();
  const words = new SentenceWords(mentions.length > 1 ? blankFigures(sentence, mentions) : sentence, g);
  return mentions.map((m) => ({
    text: sentence.slice(m.start, m.end),
    value: m.value,
    ...(m.valueMax !== undefined && { valueMax: m.valueMax }),
    unit: m.unit,
    kind: m.kind,
    measures: words.measuresOf(m.start, m.end),
    ...(m.year !== undefined && { year: m.year }),
    sentence: trimmed,
    position: offset + m.start,
    mentions: 1,
    rank: 0,
  }));
}

/** The figures of one block of the text, in order; `offset` is the block's offset in the text. */
function blockFigures(block: string, offset: number, lang: string | null | undefined, g: Grammar): Figure[] {
  const mentions = findMentions(block, g);
  if (mentions.length === 0) return [];
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
    for (const figure of blockFigures(body, block.index, opts.lang, g)) found.add(figure);
  }
  const titleKeys = new Set(title ? findMentions(title, g).map(figureKey) : []);
  return rankFigures(
    found.figures,
    { textLength: text.length, leadEnd, inTitle: (f) => titleKeys.has(figureKey(f)) },
    opts.max ?? DEFAULT_MAX_FIGURES,
  );
}
