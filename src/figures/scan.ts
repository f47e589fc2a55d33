/**
 * Finding the figures of a text (a block of the article): blank out what is
 * no figure, then read each candidate once, left to right, with the
 * grammar's sticky regexes and alias tables — amount (currency, number,
 * scale), unit, range, deadline.
 */
import type { FigureKind } from '../types';
import { withClasses } from './aliases';
import type { Grammar, ScaleMeaning, SuffixMeaning } from './grammar';
import { normaliseNumber, scaled } from './parse';
import { PERIOD_AFTER, PERIOD_BEFORE, RANGE_WORDS, RATIO_UNIT, YEAR_BEFORE, YEAR_SPAN, YEAR_UNIT } from './rules';

/** One figure as found in a text; offsets are within that text. */
export interface Mention {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string;
  kind: FigureKind;
  year?: number;
}

/** A currency, number and scale as read ("$3", "1.2 million"). */
interface Amount {
  start: number;
  numEnd: number;
  end: number;
  /** The number as JavaScript writes it. */
  digits: string;
  /** Written as bare digits (no sign, grouping or decimals): may be a year. */
  plain: boolean;
  currency?: string;
  scale?: ScaleMeaning;
}

/** An amount with what follows it ("1.2 million tons"). */
interface Side {
  amount: Amount;
  suffix?: SuffixMeaning;
  end: number;
}

const PERIOD_BEFORE_SET = new Set(PERIOD_BEFORE.map((w) => w.toLowerCase()));
const PERIOD_AFTER_SET = new Set(PERIOD_AFTER.map((w) => w.toLowerCase()));
const YEAR_BEFORE_SET = new Set(YEAR_BEFORE.map((w) => w.toLowerCase()));
const RANGE_WORD_RULES = new Map(RANGE_WORDS.map((r) => [r.word.toLowerCase(), r]));
/** A letter, or a character inside a word ("U.S.", "year-end", "d’"). */
const WORD_CHAR = new RegExp(withClasses(String.raw`[{letter}'’.\-]`));
const LETTER = new RegExp(withClasses('[{letter}]'));
const NEXT_WORD = new RegExp(withClasses(String.raw`\s*([{letter}][{letter}'’\-]*)`), 'y');
const SPACE_CHAR = /\s/;
/** Longest word looked at before a number. */
const MAX_WORD = 24;
const PLAIN = /^\d+$/;
/** "000", "07": a leading zero before more digits is a code or a fragment, no amount. */
const LEADING_ZERO = /^[+\-−]?0\d/;
/** How far back a modal before a ratio verb is looked for. */
const MODAL_REACH = 24;

/** Reads a sticky regex at a position. */
function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/** The word right before `index` (only spaces between), lower-cased, or ''. */
function previousWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && SPACE_CHAR.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  while (start < end && !LETTER.test(text[start] ?? '')) start++;
  return text.slice(start, end).toLowerCase();
}

/** The two words right after `index` (only spaces between), lower-cased ("climate plan"). */
function nextWords(text: string, index: number): string[] {
  const first = at(NEXT_WORD, text, index);
  if (!first?.[1]) return [];
  const second = at(NEXT_WORD, text, first.index + first[0].length)?.[1];
  return [first[1], ...(second ? [second] : [])].map((w) => w.toLowerCase());
}

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/**
 * The figures of a text, in order. Dates, times, phone numbers, labels
 * ("Figure 3") and bare numbers are not figures; a year range is one only
 * where it reads as a period ("for 2024–2028").
 */
export function findMentions(text: string, g: Grammar): Mention[] {
  const masked = text.replace(g.mask, blank);
  const found: Mention[] = [];
  g.start.lastIndex = 0;
  for (let m = g.start.exec(masked); m; m = g.start.exec(masked)) {
    const { mention, next } = readFigure(text, masked, m.index, g);
    if (mention) found.push(mention);
    g.start.lastIndex = Math.max(next, m.index + 1);
  }
  found.push(...findRatios(masked, g, found));
  return found.sort((a, b) => a.start - b.start);
}

function readAmount(text: string, start: number, g: Grammar): Amount | undefined {
  const prefix = at(g.prefix, text, start);
  const numStart = prefix ? start + prefix[0].length : start;
  const num = at(g.number, text, numStart);
  if (!num || LEADING_ZERO.test(num[0])) return undefined;
  const numEnd = numStart + num[0].length;
  const scale = g.scales.lookup(text, numEnd);
  const currency = prefix?.[1] === undefined ? undefined : g.currencies.get(prefix[1]);
  return {
    start,
    numEnd,
    end: scale?.end ?? numEnd,
    digits: normaliseNumber(num[0], g.convention),
    plain: PLAIN.test(num[0]),
    ...(currency && { currency }),
    ...(scale && { scale: scale.value }),
  };
}

/** The unit right at `index`, unless it is a currency a number follows ("in 2024 $500": "$" belongs to 500). */
function readSuffix(text: string, index: number, g: Grammar): { meaning: SuffixMeaning; end: number } | undefined {
  const found = g.suffixes.lookup(text, index);
  if (!found || (found.value.kind === 'money' && at(g.numberNext, text, found.end))) return undefined;
  return { meaning: found.value, end: found.end };
}

/**
 * An amount and its unit. A one-letter scale without a currency (here or,
 * for a range's second end, `inCurrency`) or a unit is dropped: "5 m" is
 * metres. After a currency only another currency may follow ("$0 people pay").
 */
function readSide(text: string, start: number, g: Grammar, inCurrency = false): Side | undefined {
  let amount = readAmount(text, start, g);
  if (!amount) return undefined;
  const money = inCurrency || amount.currency !== undefined;
  let suffix = readUnit(text, amount, g);
  if (amount.scale?.short && !money && !suffix) {
    const { scale: _short, ...unscaled } = amount;
    amount = { ...unscaled, end: amount.numEnd };
    suffix = readUnit(text, amount, g);
  }
  if (suffix && amount.currency && suffix.meaning.kind !== 'money') suffix = undefined;
  return { amount, ...(suffix && { suffix: suffix.meaning }), end: suffix?.end ?? amount.end };
}

/** The unit after an amount, also past a link after a scale word ("millones de dólares"). */
function readUnit(text: string, amount: Amount, g: Grammar): { meaning: SuffixMeaning; end: number } | undefined {
  const direct = readSuffix(text, amount.end, g);
  if (direct || !amount.scale || amount.scale.short) return direct;
  const link = at(g.scaleLink, text, amount.end);
  return link ? readSuffix(text, amount.end + link[0].length, g) : undefined;
}

function unitOf(side: Side): string | undefined {
  return side.amount.currency ?? side.suffix?.unit;
}

function kindOf(side: Side): FigureKind | undefined {
  if (side.amount.currency) return 'money';
  return side.suffix?.kind ?? (side.amount.scale ? 'count' : undefined);
}

function isBare(side: Side): boolean {
  return side.amount.plain && !side.amount.currency && !side.amount.scale && !side.suffix;
}

/** The year an amount written as bare digits stands for, if it can be one. */
function yearOf(amount: Amount): number | undefined {
  if (!amount.plain || amount.currency || amount.scale || amount.digits.length !== 4) return undefined;
  const year = Number(amount.digits);
  return year >= YEAR_SPAN.min && year <= YEAR_SPAN.max ? year : undefined;
}

interface Read {
  mention?: Mention;
  /** Where scanning goes on. */
  next: number;
}

/** The figure starting at `start`, if any, and where to scan on. `text` is as written, `masked` with non-figures blanked. */
function readFigure(text: string, masked: string, start: number, g: Grammar): Read {
  const a = readSide(masked, start, g);
  if (!a) return { next: start + 1 };
  const range = readRange(masked, a, g);
  if (range) {
    const years = yearPeriod(masked, a, range.b);
    if (years) return { mention: { start, end: range.b.end, ...years, unit: YEAR_UNIT, kind: 'range' }, next: range.b.end };
    const span = yearOf(a.amount) === undefined ? valueRange(a, range.b, range.joins) : undefined;
    if (span) return withTarget(text, g, { start, end: range.b.end, ...span, kind: 'range' });
  }
  const kind = kindOf(a);
  if (kind === undefined || isYearNotCount(masked, a)) return { next: a.end };
  const value = scaled(a.amount.digits, (a.amount.scale?.pow ?? 0) + (a.suffix?.pow ?? 0));
  if (!Number.isFinite(value)) return { next: a.end };
  return withTarget(text, g, { start, end: a.end, value, unit: unitOf(a) ?? '', kind });
}

/** "in 2023 people…": a year before a counted noun, not a count. */
function isYearNotCount(text: string, side: Side): boolean {
  return side.suffix?.kind === 'count' && yearOf(side.amount) !== undefined && YEAR_BEFORE_SET.has(previousWord(text, side.amount.start));
}

/** Adds a deadline ("by 2029", "by year-end") to a figure, which then becomes a target. */
function withTarget(text: string, g: Grammar, mention: Mention): Read {
  const m = at(g.target, text, mention.end);
  if (!m) return { mention, next: mention.end };
  const year = m.groups?.year === undefined ? undefined : Number(m.groups.year);
  const contiguous = !m.groups?.gap;
  const end = contiguous ? mention.end + m[0].length : mention.end;
  return { mention: { ...mention, end, kind: 'target', ...(year !== undefined && { year }) }, next: end };
}

/** The second end of a range after `a`, if the joining word allows one there. */
function readRange(text: string, a: Side, g: Grammar): { b: Side; joins: 'dash' | 'word' | 'change' } | undefined {
  const sep = at(g.rangeSep, text, a.end);
  if (!sep) return undefined;
  const word = sep[1]?.toLowerCase();
  const rule = word === undefined ? undefined : RANGE_WORD_RULES.get(word);
  const before = word === undefined ? '' : previousWord(text, a.amount.start);
  if (rule?.after && before !== rule.after) return undefined;
  const b = readSide(text, a.end + sep[0].length, g, a.amount.currency !== undefined);
  if (!b) return undefined;
  return { b, joins: word === undefined ? 'dash' : rule?.notAfter === before ? 'change' : 'word' };
}

/** "for 2024–2028", "2024-25 plan": both ends are years and the words around make it a period. */
function yearPeriod(text: string, a: Side, b: Side): { value: number; valueMax: number } | undefined {
  const from = a.suffix ? undefined : yearOf(a.amount);
  if (from === undefined || !isBare(b)) return undefined;
  const digits = b.amount.digits;
  const to = digits.length === 2 ? from - (from % 100) + Number(digits) : digits.length === 4 ? Number(digits) : NaN;
  if (!(to > from && to - from <= 100)) return undefined;
  const period = PERIOD_BEFORE_SET.has(previousWord(text, a.amount.start)) || nextWords(text, b.end).some((w) => PERIOD_AFTER_SET.has(w));
  return period ? { value: from, valueMax: to } : undefined;
}

/** "$3–5 billion", "3% to 5%": ends in one unit, the scale of one end shared, low before high. */
function valueRange(a: Side, b: Side, joins: 'dash' | 'word' | 'change'): Omit<Mention, 'start' | 'end' | 'kind'> | undefined {
  if (joins === 'change') return undefined;
  const unitA = unitOf(a);
  const unitB = unitOf(b);
  if (unitA && unitB && unitA !== unitB) return undefined;
  const scaleA = a.amount.scale?.pow ?? b.amount.scale?.pow ?? 0;
  const scaleB = b.amount.scale?.pow ?? a.amount.scale?.pow ?? 0;
  const unit = unitA ?? unitB;
  if (unit === undefined && scaleA === 0) return undefined;
  const low = scaled(a.amount.digits, scaleA + ((a.suffix ?? b.suffix)?.pow ?? 0));
  const high = scaled(b.amount.digits, scaleB + ((b.suffix ?? a.suffix)?.pow ?? 0));
  return high > low && Number.isFinite(high) ? { value: low, valueMax: high, unit: unit ?? '' } : undefined;
}

/** Ratio verbs: "aims to double", "tripled". A base form needs a modal before it. */
function findRatios(masked: string, g: Grammar, taken: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  g.ratio.lastIndex = 0;
  for (let m = g.ratio.exec(masked); m; m = g.ratio.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    const meaning = g.ratios.get(m[0]);
    if (!meaning || taken.some((t) => t.start < end && start < t.end)) continue;
    if (meaning.needsModal && !g.modalEnd.test(masked.slice(Math.max(0, start - MODAL_REACH), start))) continue;
    found.push({ start, end, value: meaning.value, unit: RATIO_UNIT, kind: 'ratio' });
  }
  return found;
}
