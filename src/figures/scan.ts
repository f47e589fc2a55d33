/**
 * Finding the figures of a text (a block of the article): blank out what is
 * no figure, then read each candidate once, left to right, with the
 * grammar's sticky regexes and alias tables — amount (currency, number,
 * scale), unit, range, deadline.
 */
import type { FigureKind } from '../types';
import { withClasses } from './aliases';
import { wordFigureValue, type Grammar, type ScaleMeaning, type SuffixMeaning } from './grammar';
import { normaliseNumber, scaled } from './parse';
import {
  COUNT_ADJECTIVES,
  COUNT_MIN,
  DURATION_UNITS,
  NOT_COUNTED,
  PERIOD_MIN_YEARS,
  PERIOD_AFTER,
  PERIOD_BEFORE,
  RANGE_WORDS,
  RATIO_UNIT,
  TARGET_BEFORE_REACH,
  TARGET_GAP_WORDS,
  TIME_JOINS,
  YEAR_BEFORE,
  YEAR_SPAN,
  YEAR_UNIT,
} from './rules';

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
  /** Written with a thousands separator or decimals ("24,000", "0.80"): a figure even without a unit. */
  exact: boolean;
  /** Written as a word ("four"): a figure only with a unit or a scale. */
  word: boolean;
  currency?: string;
  scale?: ScaleMeaning;
}

/** An amount with what follows it ("1.2 million tons", "$2.41 a share"). */
interface Side {
  amount: Amount;
  suffix?: SuffixMeaning;
  /** What the amount is counted per ("share" in "$2.41 a share"). */
  per?: string;
  end: number;
}

const PERIOD_BEFORE_SET = new Set(PERIOD_BEFORE.map((w) => w.toLowerCase()));
const PERIOD_AFTER_SET = new Set(PERIOD_AFTER.map((w) => w.toLowerCase()));
const YEAR_BEFORE_SET = new Set(YEAR_BEFORE.map((w) => w.toLowerCase()));
const RANGE_WORD_RULES = new Map(RANGE_WORDS.map((r) => [r.word.toLowerCase(), r]));
const NOT_COUNTED_SET = new Set(NOT_COUNTED);
const COUNT_ADJECTIVE_SET = new Set(COUNT_ADJECTIVES);
const DURATION_UNIT_SET = new Set(DURATION_UNITS);
const DECIMAL_OR_GROUPED = /\D/;
/** A letter, or a character inside a word ("U.S.", "year-end", "d’"). */
const WORD_CHAR = new RegExp(withClasses(String.raw`[{letter}'’.\-]`));
const LETTER = new RegExp(withClasses('[{letter}]'));
const NEXT_WORD = new RegExp(withClasses(String.raw`\s*([{letter}][{letter}'’\-]*)`), 'y');
/** Numbers that may be years, where deadlines are looked for. */
const YEARS = /(?<!\d)(?:1[89]|2[01])\d\d(?!\d)/g;
/** How far before a year its deadline words ("by the end of") are looked for. */
const DEADLINE_HEAD_REACH = 40;
/** What follows the last digit of a text. */
const AFTER_LAST_DIGIT = /(?<=\d)\D*$/;
const WORDS = /\S+/g;
/** The word (two letters or more) right after a number, only spaces between. */
const NOUN_AFTER = new RegExp(withClasses(String.raw`[\s\u00A0\u202F]+([{letter}][{letter}'’\-]+)`), 'y');
/** Hours followed by minutes: "2 hours 40 minutes", "3 heures et 10 minutes". */
const MINUTES_AFTER = new RegExp(
  withClasses(String.raw`[\s\u00A0]+(?:(?:${TIME_JOINS.join('|')})[\s\u00A0]+)?(?=\d)`),
  'iy',
);
const SPACE_CHAR = /\s/;
/** Longest word looked at before a number. */
const MAX_WORD = 24;
const PLAIN = /^\d+$/;
const SIGNS = /^[+\-−]/;
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

/** The text with what holds digits but is no figure (dates, times, phone numbers, labels) blanked to spaces. */
export function maskNonFigures(text: string, g: Grammar): string {
  return text.replace(g.mask, blank);
}

/**
 * The figures of a text, in order (`masked` is the text through
 * {@link maskNonFigures}). Dates, times, phone numbers, labels ("Figure 3")
 * and small bare numbers are not figures; a year range is one only where it
 * reads as a period ("for 2024–2028").
 */
export function findMentions(text: string, g: Grammar, masked = maskNonFigures(text, g)): Mention[] {
  // Figures written with words first ("1 in 6 patients", "в 2,5 раза"): their numbers are no figures of their own.
  const found = findWordFigures(masked, g);
  const rest = found.reduce((t, m) => t.slice(0, m.start) + blank(t.slice(m.start, m.end)) + t.slice(m.end), masked);
  const deadlines = findDeadlines(rest, g);
  g.start.lastIndex = 0;
  for (let m = g.start.exec(rest); m; m = g.start.exec(rest)) {
    const { mention, next } = readFigure(text, rest, m.index, g, deadlines);
    if (mention) found.push(mention);
    g.start.lastIndex = Math.max(next, m.index + 1);
  }
  found.push(...findRatios(rest, g, found));
  return found.sort((a, b) => a.start - b.start);
}

function readAmount(text: string, start: number, g: Grammar): Amount | undefined {
  const prefix = at(g.prefix, text, start);
  const numStart = prefix ? start + prefix[0].length : start;
  const num = at(g.number, text, numStart) ?? (prefix ? null : at(g.wordNumber, text, numStart));
  if (!num || LEADING_ZERO.test(num[0])) return undefined;
  const word = g.numberWords.get(num[0].toLowerCase());
  const numEnd = numStart + num[0].length;
  const scale = g.scales.lookup(text, numEnd);
  const currency = prefix?.[1] === undefined ? undefined : g.currencies.get(prefix[1]);
  const digits = word === undefined ? normaliseNumber(num[0], g.convention) : String(word);
  return {
    start,
    numEnd,
    end: scale?.end ?? numEnd,
    digits,
    plain: word === undefined && PLAIN.test(num[0]),
    exact: word === undefined && DECIMAL_OR_GROUPED.test(num[0].replace(SIGNS, '')),
    word: word !== undefined,
    ...(currency && { currency }),
    ...(scale && { scale: scale.value }),
  };
}

/** The unit right at `index`, unless it is a currency a number follows ("in 2024 $500": "$" belongs to 500). */
function readSuffix(text: string, index: number, g: Grammar): { meaning: SuffixMeaning; end: number } | undefined {
  const glued = !SPACE_CHAR.test(text[index] ?? ' ');
  const found = g.suffixes.lookup(text, index) ?? g.coins.lookup(text, index) ?? (glued ? g.glued.lookup(text, index) : undefined);
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
  const end = suffix?.end ?? amount.end;
  const per = readPer(text, end, g);
  return { amount, ...(suffix && { suffix: suffix.meaning }), ...(per && { per: per.per }), end: per?.end ?? end };
}

/** What an amount is counted per, right after it: "a share", "/MWh", "pro Quadratmeter"; not "a year earlier". */
function readPer(text: string, index: number, g: Grammar): { per: string; end: number } | undefined {
  const link = at(g.perLink, text, index);
  if (!link) return undefined;
  const found = g.perUnits.lookup(text, index + link[0].length);
  if (!found || at(g.timePointAfter, text, found.end) || at(g.numberNext, text, found.end)) return undefined;
  return { per: found.value, end: found.end };
}

/** The unit after an amount, also past a link after a scale word ("millones de dólares"). */
function readUnit(text: string, amount: Amount, g: Grammar): { meaning: SuffixMeaning; end: number } | undefined {
  const direct = readSuffix(text, amount.end, g);
  if (direct || !amount.scale || amount.scale.short) return direct;
  const link = at(g.scaleLink, text, amount.end);
  return link ? readSuffix(text, amount.end + link[0].length, g) : undefined;
}

function unitOf(side: Side): string | undefined {
  const unit = side.amount.currency ?? side.suffix?.unit;
  return side.per === undefined ? unit : `${unit ?? ''}/${side.per}`;
}

function kindOf(side: Side): FigureKind | undefined {
  if (side.amount.currency) return 'money';
  return side.suffix?.kind ?? (side.amount.scale ? 'count' : undefined);
}

function isBare(side: Side): boolean {
  return side.amount.plain && !side.amount.currency && !side.amount.scale && !side.suffix && !side.per;
}

/**
 * A number with no unit that still counts something: written exactly
 * ("24,000", "0.80"), or a whole number of at least {@link COUNT_MIN}
 * followed by a noun ("131 projects"), not by a word for years, times or a
 * continuation ("119 years", "57 ans").
 */
function bareKind(text: string, side: Side, g: Grammar): FigureKind | undefined {
  const { amount } = side;
  if (amount.word || side.suffix || amount.currency || amount.scale || yearOf(amount) !== undefined) return undefined;
  if (amount.exact) return amount.digits.includes('.') ? 'quantity' : 'count';
  if (!amount.plain || Number(amount.digits) < COUNT_MIN) return undefined;
  const next = at(NOUN_AFTER, text, side.end);
  let noun = next?.[1]?.toLowerCase();
  if (next && noun !== undefined && COUNT_ADJECTIVE_SET.has(noun)) noun = at(NOUN_AFTER, text, next.index + next[0].length)?.[1]?.toLowerCase();
  if (noun === undefined || NOT_COUNTED_SET.has(noun) || g.stopwords.has(noun) || g.verbs.has(noun)) return undefined;
  return 'count';
}

/** "three months ago", "hace tres meses": an amount of time that is a point in time. */
function isTimePoint(text: string, side: Side, g: Grammar): boolean {
  if (!side.suffix || !DURATION_UNIT_SET.has(side.suffix.unit)) return false;
  return at(g.timePointAfter, text, side.end) !== null || g.timePointBefore.test(text.slice(Math.max(0, side.amount.start - 16), side.amount.start));
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
function readFigure(text: string, masked: string, start: number, g: Grammar, deadlines: readonly Deadline[]): Read {
  const a = readSide(masked, start, g);
  if (!a) return { next: start + 1 };
  const range = readRange(masked, a, g);
  if (range) {
    const years = yearPeriod(masked, a, range.b);
    if (years) return { mention: { start, end: range.b.end, ...years, unit: YEAR_UNIT, kind: 'range' }, next: range.b.end };
    const span = yearOf(a.amount) === undefined ? valueRange(a, range.b, range.joins) : undefined;
    if (span) return withTarget(text, g, { start, end: range.b.end, ...span, kind: 'range' }, deadlines);
  }
  const kind = kindOf(a) ?? bareKind(masked, a, g);
  if (kind === undefined || isYearNotCount(masked, a) || isTimePoint(masked, a, g)) return { next: a.end };
  const value = scaled(a.amount.digits, (a.amount.scale?.pow ?? 0) + (a.suffix?.pow ?? 0));
  if (!Number.isFinite(value)) return { next: a.end };
  const minutes = a.suffix?.unit === 'h' ? minutesAfter(masked, a.end, g) : undefined;
  if (minutes) return { mention: { start, end: minutes.end, value: value * 60 + minutes.value, unit: 'min', kind }, next: minutes.end };
  return withTarget(text, g, { start, end: a.end, value, unit: unitOf(a) ?? '', kind }, deadlines);
}

/** The minutes after an amount of hours ("2 hours 40 minutes"), if any. */
function minutesAfter(text: string, index: number, g: Grammar): { value: number; end: number } | undefined {
  const join = at(MINUTES_AFTER, text, index);
  const b = join && readSide(text, index + join[0].length, g);
  if (!b || b.suffix?.unit !== 'min' || b.amount.scale || b.per) return undefined;
  return { value: Number(b.amount.digits), end: b.end };
}

/** "in 2023 people…": a year before a counted noun, not a count. */
function isYearNotCount(text: string, side: Side): boolean {
  return side.suffix?.kind === 'count' && yearOf(side.amount) !== undefined && YEAR_BEFORE_SET.has(previousWord(text, side.amount.start));
}

/** Adds a deadline ("by 2029", "by year-end") to a figure, which then becomes a target. */
function withTarget(text: string, g: Grammar, mention: Mention, deadlines: readonly Deadline[]): Read {
  const m = at(g.target, text, mention.end);
  if (!m) return withTargetBefore(text, g, mention, deadlines);
  const year = m.groups?.year === undefined ? undefined : Number(m.groups.year);
  const contiguous = !m.groups?.gap;
  const end = contiguous ? mention.end + m[0].length : mention.end;
  return { mention: { ...mention, end, kind: 'target', ...(year !== undefined && { year }) }, next: end };
}

/** A deadline year found in a text, with where it ends. */
interface Deadline {
  end: number;
  year: number;
}

/** The deadline years of a text ("bis 2028", "к 2030 году"), in order. */
function findDeadlines(text: string, g: Grammar): Deadline[] {
  const found: Deadline[] = [];
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(text); m; m = YEARS.exec(text)) {
    const window = text.slice(Math.max(0, m.index - DEADLINE_HEAD_REACH), m.index);
    const head = g.deadlineHead.exec(window);
    if (!head) continue;
    const headStart = m.index - window.length + head.index;
    if (isDeadlineOfFigureBefore(text.slice(Math.max(0, headStart - TARGET_BEFORE_REACH), headStart))) continue;
    const yearEnd = m.index + m[0].length;
    found.push({ end: yearEnd + (at(g.deadlineTail, text, yearEnd)?.[0].length ?? 0), year: Number(m[0]) });
  }
  return found;
}

/** A figure the clause opens with a deadline for ("к 2030 году добыча … до 100 млн тонн"): a target of that year. */
function withTargetBefore(text: string, g: Grammar, mention: Mention, deadlines: readonly Deadline[]): Read {
  let deadline: Deadline | undefined;
  for (const d of deadlines) if (d.end <= mention.start) deadline = d;
  const near = deadline && mention.start - deadline.end <= TARGET_BEFORE_REACH;
  if (!deadline || !near || mention.kind === 'range' || !g.deadlineGap.test(text.slice(deadline.end, mention.start))) {
    return { mention, next: mention.end };
  }
  return { mention: { ...mention, kind: 'target', year: deadline.year }, next: mention.end };
}

/** "1 500 MW de panneaux solaires d’ici 2030, pour …": the deadline closes the figure before it, not the one after. */
function isDeadlineOfFigureBefore(before: string): boolean {
  const tail = AFTER_LAST_DIGIT.exec(before)?.[0];
  return tail !== undefined && (tail.match(WORDS) ?? []).length <= TARGET_GAP_WORDS + 1;
}

/** The second end of a range after `a`, if the joining word allows one there. */
function readRange(text: string, a: Side, g: Grammar): { b: Side; joins: 'dash' | 'word' | 'change' } | undefined {
  const sep = at(g.rangeSep, text, a.end);
  if (!sep) return undefined;
  const word = sep[1]?.toLowerCase();
  const rule = word === undefined ? undefined : RANGE_WORD_RULES.get(word);
  const before = word === undefined ? '' : previousWord(text, a.amount.start);
  if (rule?.after && !rule.after.includes(before)) return undefined;
  const b = readSide(text, a.end + sep[0].length, g, a.amount.currency !== undefined);
  if (!b) return undefined;
  return { b, joins: word === undefined ? 'dash' : rule?.notAfter?.includes(before) ? 'change' : 'word' };
}

/** "for 2024–2028", "2024-25 plan": both ends are years and the words around make it a period. */
function yearPeriod(text: string, a: Side, b: Side): { value: number; valueMax: number } | undefined {
  const from = a.suffix ? undefined : yearOf(a.amount);
  if (from === undefined || !isBare(b)) return undefined;
  const digits = b.amount.digits;
  const to = digits.length === 2 ? from - (from % 100) + Number(digits) : digits.length === 4 ? Number(digits) : NaN;
  if (!(to - from >= PERIOD_MIN_YEARS && to - from <= 100)) return undefined;
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

/** Whether `[start, end)` overlaps a mention already found. */
function overlaps(taken: readonly Mention[], start: number, end: number): boolean {
  return taken.some((t) => t.start < end && start < t.end);
}

/** The number of a word figure's `n` group ("2,5", "quatre"), 1 when it has none. */
function wordFigureNumber(n: string | undefined, g: Grammar): number {
  if (n === undefined) return 1;
  return g.numberWords.get(n.toLowerCase()) ?? Number(normaliseNumber(n, g.convention));
}

/** Figures written with words: "ten times", "a third", "1 in 6", "multipliés par quatre", "в 2,5 раза". */
function findWordFigures(masked: string, g: Grammar): Mention[] {
  const found: Mention[] = [];
  g.wordFigure.lastIndex = 0;
  for (let m = g.wordFigure.exec(masked); m; m = g.wordFigure.exec(masked)) {
    const figure = g.wordFigures[m.findIndex((group, i) => i > 0 && group !== undefined) - 1];
    const parsed = figure && at(figure.sticky, masked, m.index);
    if (!figure || !parsed) continue;
    const start = m.index;
    const end = start + parsed[0].length;
    if (figure.rule.alone && isContentAfter(masked, end, g)) continue;
    const lastWord = parsed[0].split(/[\s\u00A0\u202F]+/).pop() ?? '';
    const value = wordFigureValue(figure.rule, wordFigureNumber(parsed.groups?.n, g), lastWord);
    if (!Number.isFinite(value)) continue;
    const unit = figure.rule.kind === 'ratio' ? RATIO_UNIT : '%';
    found.push({ start, end, value, unit, kind: figure.rule.kind });
  }
  return found;
}

/** Whether a content word (no function word or verb) follows `index`: "a third round", not "a third of". */
function isContentAfter(text: string, index: number, g: Grammar): boolean {
  const next = at(NOUN_AFTER, text, index)?.[1]?.toLowerCase();
  return next !== undefined && !g.stopwords.has(next) && !g.verbs.has(next);
}

/** Ratio verbs: "aims to double", "tripled". A base form needs a modal before it. */
function findRatios(masked: string, g: Grammar, taken: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  g.ratio.lastIndex = 0;
  for (let m = g.ratio.exec(masked); m; m = g.ratio.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    const meaning = g.ratios.get(m[0]);
    if (!meaning || overlaps(taken, start, end)) continue;
    if (meaning.needsModal && !g.modalEnd.test(masked.slice(Math.max(0, start - MODAL_REACH), start))) continue;
    found.push({ start, end, value: meaning.value, unit: RATIO_UNIT, kind: 'ratio' });
  }
  return found;
}
