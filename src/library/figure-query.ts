/**
 * Search by figure: a query such as "> $100 million", ">= 40%", "2029", "%"
 * or "< 5 km" read into a comparison, a value and a canonical unit, and the
 * test of a saved Figure against it. Units, currencies and scale words are the
 * figures' own tables, so "$100m", "100 million dollars" and "USD 100 mn" ask
 * for the same thing.
 */
import { CURRENCIES, PERCENTS, SCALES, UNITS } from '../figures/rules';
import type { Figure } from '../types';
import { COMPARISONS, QUERY_NUMBER, type Comparison } from './rules';

/** A query read as a figure. */
export interface FigureQuery {
  /** The comparison; null for a bare value ("2029" matches the value, a range holding it, or the year). */
  op: Comparison | null;
  /** The value with its scale and unit power applied; null for a unit alone ("%"). */
  value: number | null;
  /** Canonical unit as in Figure.unit ("USD", "%", "km"); null when the query names none. */
  unit: string | null;
}

interface Unit {
  unit: string;
  pow: number;
}

interface Lookup {
  /** Signs, matched exactly ("$", "km", "MW"). */
  symbols: Map<string, Unit>;
  /** Words and ISO codes, matched in lower case ("dollars", "usd", "per cent"). */
  words: Map<string, Unit>;
  /** Scale words in lower case ("million", "bn"). */
  scales: Map<string, number>;
  /** One-letter scales ("m", "k"), taken only next to a unit ("$5m"). */
  shortScales: Map<string, number>;
}

let lookup: Lookup | undefined;

function buildLookup(): Lookup {
  const l: Lookup = { symbols: new Map(), words: new Map(), scales: new Map(), shortScales: new Map() };
  const add = (unit: string, pow: number, symbols: readonly string[] = [], words: readonly string[] = []) => {
    for (const s of symbols) if (!l.symbols.has(s)) l.symbols.set(s, { unit, pow });
    for (const w of words) if (!l.words.has(w.toLowerCase())) l.words.set(w.toLowerCase(), { unit, pow });
  };
  for (const c of CURRENCIES) add(c.code, 0, c.symbols, [...c.words, c.code]);
  for (const p of PERCENTS) add(p.unit, 0, p.symbols, p.words);
  for (const u of UNITS) add(u.unit, u.pow ?? 0, [...(u.symbols ?? []), ...(u.glued ?? [])], [...(u.words ?? []), u.unit]);
  for (const s of SCALES) {
    if (s.langs) continue;
    for (const w of s.words) l.scales.set(w.toLowerCase(), s.pow);
    for (const w of s.short ?? []) l.shortScales.set(w, s.pow);
  }
  return l;
}

/** A unit written alone, as a sign or as a word. */
function unitOf(text: string, l: Lookup): Unit | undefined {
  return l.symbols.get(text) ?? l.words.get(text.toLowerCase());
}

/** The comparison at the start of `text`, and the rest. */
function readComparison(text: string): { op: Comparison | null; rest: string } {
  const lower = text.toLowerCase();
  let best: { op: Comparison; length: number } | null = null;
  for (const { op, words } of COMPARISONS) {
    for (const w of words) {
      const wordy = /^\p{L}/u.test(w);
      const follows = lower.charAt(w.length);
      if (!lower.startsWith(w) || (wordy && follows !== '' && !/\s/.test(follows))) continue;
      if (!best || w.length > best.length) best = { op, length: w.length };
    }
  }
  return best ? { op: best.op, rest: text.slice(best.length).trim() } : { op: null, rest: text };
}

/** A currency sign written before the amount ("$", "US$", "€"). */
function readLeadingSign(text: string, l: Lookup): { unit: Unit | null; rest: string } {
  let best: string | null = null;
  for (const sign of l.symbols.keys()) {
    if (text.startsWith(sign) && /^[-−]?\d/.test(text.slice(sign.length).trim()) && sign.length > (best?.length ?? 0)) best = sign;
  }
  return best ? { unit: l.symbols.get(best) ?? null, rest: text.slice(best.length).trim() } : { unit: null, rest: text };
}

/** The number at the start of `text` ("1,500.5"), and the rest. */
function readNumber(text: string): { value: number | null; rest: string } {
  const m = QUERY_NUMBER.exec(text);
  if (!m) return { value: null, rest: text };
  const value = Number(m[0].replace(/[,\s\u00A0\u202F]/g, '').replace('−', '-'));
  return { value: Number.isFinite(value) ? value : null, rest: text.slice(m[0].length).trim() };
}

/** A scale word and a unit after the number ("million dollars", "m", "bn", "km"). */
function readTail(text: string, hasUnit: boolean, l: Lookup): { pow: number; unit: Unit | null } | null {
  if (text === '') return { pow: 0, unit: null };
  // After a currency sign the tail is a scale ("$5m" is five million dollars, not metres).
  const whole = hasUnit ? undefined : unitOf(text, l);
  if (whole) return { pow: 0, unit: whole };
  const scale = /^(\S+?)(?:\s+|(?=[^\p{L}.])|$)(.*)$/u.exec(text);
  if (!scale) return null;
  const [, word = '', after = ''] = scale;
  const afterUnit = after.trim() === '' ? null : unitOf(after.trim(), l);
  const long = l.scales.get(word.toLowerCase());
  const short = l.shortScales.get(word);
  const pow = long ?? (hasUnit || afterUnit ? short : undefined);
  if (pow === undefined) return null;
  if (after.trim() === '') return { pow, unit: null };
  return afterUnit ? { pow, unit: afterUnit } : null;
}

/**
 * Reads a query as a figure, or null when it is not one (then it is searched
 * as words). A figure query is a number, a unit, or both, after an optional
 * comparison: "> $100 million", ">= 40%", "2029", "%", "< 5 km", "over 300 MW".
 */
export function parseFigureQuery(query: string): FigureQuery | null {
  const l = (lookup ??= buildLookup());
  const { op, rest: afterOp } = readComparison(query.trim().replace(/[.,;:!?]+$/, ''));
  const alone = unitOf(afterOp, l);
  if (alone && !/\d/.test(afterOp)) return op ? null : { op: null, value: null, unit: alone.unit };
  const sign = readLeadingSign(afterOp, l);
  const { value, rest } = readNumber(sign.rest);
  if (value === null) return null;
  const tail = readTail(rest, sign.unit !== null, l);
  if (!tail || (sign.unit && tail.unit)) return null;
  const unit = sign.unit ?? tail.unit;
  return { op, value: value * 10 ** (tail.pow + (unit?.pow ?? 0)), unit: unit?.unit ?? null };
}

/** Equal within rounding (values are scaled floats: 1.5e9 may be 1500000000.0000002). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether a saved figure answers a figure query. A range answers when any part of it does. */
export function matchesFigure(query: FigureQuery, figure: Pick<Figure, 'value' | 'valueMax' | 'unit' | 'year'>): boolean {
  if (query.unit !== null && figure.unit !== query.unit) return false;
  const v = query.value;
  if (v === null) return true;
  const lo = figure.value;
  const hi = figure.valueMax ?? figure.value;
  switch (query.op) {
    case '>':
      return hi > v && !same(hi, v);
    case '>=':
      return hi > v || same(hi, v);
    case '<':
      return lo < v && !same(lo, v);
    case '<=':
      return lo < v || same(lo, v);
    case '=':
      return (lo < v || same(lo, v)) && (hi > v || same(hi, v));
    case null:
      return (lo < v || same(lo, v)) && (hi > v || same(hi, v)) || (query.unit === null && figure.year === v);
  }
}
