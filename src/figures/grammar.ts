/**
 * The figure grammar of one page language, compiled once from the tables in
 * rules.ts and cached: the regexes that find and read figures, and the alias
 * tables that give their meaning.
 */
import type { FigureKind } from '../types';
import { AliasTable, SPACE, alternation, classBody, fill, firstLetterAnyCase, literal, withClasses, wordAlternation } from './aliases';
import { conventionFor, numberSource } from './parse';
import {
  ABBREVIATIONS,
  CURRENCIES,
  MONTHS,
  NOT_FIGURES,
  NOT_FIGURE_FIRST_CHARS,
  NUMBER_CONVENTIONS,
  NUMBER_LABELS,
  PERCENTS,
  RANGE_DASHES,
  RANGE_WORDS,
  RATIO_MODALS,
  RATIO_SUFFIXES,
  RATIO_UNIT,
  RATIO_WORDS,
  SCALES,
  SCALE_UNIT_LINKS,
  TARGET_GAP_WORDS,
  TARGET_PREPOSITIONS,
  TARGET_YEAR_END,
  TARGET_YEAR_QUALIFIERS,
  TARGET_YEAR_SUFFIXES,
  STOPWORDS,
  UNITS,
  VERBS,
  type NumberConvention,
} from './rules';

/** What a scale word does to its number. */
export interface ScaleMeaning {
  readonly pow: number;
  /** A one-letter abbreviation, only a scale next to a currency or a unit. */
  readonly short: boolean;
}

/** What a word or sign after a number makes of it. */
export interface SuffixMeaning {
  readonly unit: string;
  readonly kind: FigureKind;
  /** Power of ten to the canonical unit ("Mt" → 6). */
  readonly pow: number;
}

/** What a ratio word says. */
export interface RatioMeaning {
  readonly value: number;
  readonly needsModal: boolean;
}

/**
 * The compiled grammar of one language. The sticky (`y`) regexes are read
 * at a position by setting `lastIndex`; the global ones scan a text. Units,
 * scales and currency names are read with the alias tables, not regexes.
 */
export interface Grammar {
  readonly convention: NumberConvention;
  /** Global: text with digits that is no figure (dates, times, phone numbers, labels). */
  readonly mask: RegExp;
  /** Global: where a figure may start (a currency sign or a digit at a word start). */
  readonly start: RegExp;
  /** Sticky: a currency sign before the amount; group 1 is the sign. */
  readonly prefix: RegExp;
  /** Sticky: a number in the page's convention. */
  readonly number: RegExp;
  /** Sticky: a number right after a currency ("$" in "2024 $500"), which makes it no unit of the first. */
  readonly numberNext: RegExp;
  /** Sticky: a word between a scale and its unit ("millones de dólares"). */
  readonly scaleLink: RegExp;
  /** Sticky: what joins the ends of a range; group 1 is the word, if a word. */
  readonly rangeSep: RegExp;
  /** Sticky: a deadline after a figure; groups `gap` (words in between) and `year`. */
  readonly target: RegExp;
  /** Global: ratio words ("doubled", "threefold"). */
  readonly ratio: RegExp;
  /** Whether a text ends with a word that makes a base-form ratio verb a verb ("aims to"). */
  readonly modalEnd: RegExp;
  /** Whether a text may hold a figure at all (a digit or a ratio word). */
  readonly quick: RegExp;
  /** Whether a sentence ends with an abbreviation, so it goes on in the next segment. */
  readonly abbreviationEnd: RegExp;
  /** Lower-case function words of the language (and English). */
  readonly stopwords: ReadonlySet<string>;
  /** Lower-case verbs of the language (and English). */
  readonly verbs: ReadonlySet<string>;
  readonly currencies: AliasTable<string>;
  readonly scales: AliasTable<ScaleMeaning>;
  readonly suffixes: AliasTable<SuffixMeaning>;
  readonly ratios: AliasTable<RatioMeaning>;
}

const cache = new Map<string, Grammar>();

/** The grammar for a page language ("en", "de-CH", null for English), compiled on first use. */
export function grammarFor(lang: string | null | undefined): Grammar {
  const tag = (lang || 'en').toLowerCase();
  const primary = tag.split(/[-_]/)[0] ?? '';
  const convention = conventionFor(tag);
  const key = `${primary}:${NUMBER_CONVENTIONS.indexOf(convention)}`;
  let grammar = cache.get(key);
  if (!grammar) {
    grammar = compile(primary, convention);
    cache.set(key, grammar);
  }
  return grammar;
}

function applies(entry: { readonly langs?: readonly string[] }, primary: string): boolean {
  return !entry.langs || entry.langs.includes(primary);
}

/** The parts of a grammar that are the same in every language. */
type Shared = Omit<Grammar, 'convention' | 'mask' | 'number' | 'target' | 'stopwords' | 'verbs' | 'scales'>;

let shared: Shared | undefined;

const SIGN = String.raw`[+\-−]?`;

function compileShared(): Shared {
  const ratios = ratioTable();
  const prefixes = new AliasTable<string>();
  for (const c of CURRENCIES) prefixes.add(c.code, [], [...c.symbols, c.code]);
  const ratioWords = wordAlternation(RATIO_WORDS.flatMap((r) => r.words));
  return {
    start: new RegExp(
      withClasses(String.raw`(?=[\d+\-−${prefixes.firstChars}])(?<![{letter}{digit}_.,:/\\])(?<![{letter}{digit}][\-–‐])`) +
        String.raw`(?:(?:${prefixes.source})${SPACE}?)?${SIGN}\d`,
      'g',
    ),
    prefix: new RegExp(String.raw`(${prefixes.source})${SPACE}?(?=${SIGN}\d)`, 'y'),
    numberNext: new RegExp(String.raw`${SPACE}?${SIGN}\d`, 'y'),
    scaleLink: new RegExp(`${SPACE}+(?:${wordAlternation(SCALE_UNIT_LINKS)})${SPACE}*`, 'iy'),
    rangeSep: new RegExp(rangeSepSource(), 'iy'),
    ratio: new RegExp(
      withClasses(String.raw`(?=[${ratios.firstChars}])(?<![{letter}{digit}\-])(?:${ratioWords})(?![{letter}{digit}\-])`),
      'gi',
    ),
    modalEnd: new RegExp(withClasses(`(?<![{letter}])(?:${wordAlternation(RATIO_MODALS)})${SPACE}+$`), 'i'),
    quick: new RegExp(String.raw`\d|${ratioWords}`, 'i'),
    abbreviationEnd: new RegExp(withClasses(String.raw`(?<![{letter}.])(?:${wordAlternation(ABBREVIATIONS)})\s*$`)),
    currencies: currencyTable(),
    suffixes: suffixTable(),
    ratios,
  };
}

function compile(primary: string, convention: NumberConvention): Grammar {
  const months = alternation(
    [...(MONTHS.default ?? []), ...(MONTHS[primary] ?? [])].map((m) => ({ source: literal(m), length: m.length })),
  );
  shared ??= compileShared();
  return {
    ...shared,
    convention,
    mask: new RegExp(maskSource(months), 'g'),
    number: new RegExp(numberSource(convention), 'y'),
    target: new RegExp(targetSource(months), 'iy'),
    stopwords: wordSet(STOPWORDS, primary),
    verbs: wordSet(VERBS, primary),
    scales: scaleTable(primary),
  };
}

/** The default words and those of a language, lower-cased. */
function wordSet(lists: Readonly<Record<string, readonly string[]>>, primary: string): ReadonlySet<string> {
  return new Set([...(lists.default ?? []), ...(lists[primary] ?? [])].map((w) => w.toLowerCase()));
}

/** Currency signs, codes and names. */
function currencyTable(): AliasTable<string> {
  const table = new AliasTable<string>();
  for (const c of CURRENCIES) table.add(c.code, c.words, [...c.symbols, c.code]);
  return table;
}

/** Scale words; a language's own entries replace the general ones ("billion" in French). */
function scaleTable(primary: string): AliasTable<ScaleMeaning> {
  const table = new AliasTable<ScaleMeaning>();
  const scoped = SCALES.filter((s) => s.langs && applies(s, primary));
  for (const s of [...SCALES.filter((s) => !s.langs), ...scoped]) {
    table.add({ pow: s.pow, short: false }, s.words);
    table.add({ pow: s.pow, short: true }, [], s.short);
  }
  return table;
}

/** Everything that may follow a number: currencies, percents, units, ratio signs. */
function suffixTable(): AliasTable<SuffixMeaning> {
  const table = new AliasTable<SuffixMeaning>();
  for (const c of CURRENCIES) table.add({ unit: c.code, kind: 'money', pow: 0 }, c.words, [...c.symbols, c.code]);
  for (const p of PERCENTS) table.add({ unit: p.unit, kind: 'percent', pow: 0 }, p.words, p.symbols);
  for (const u of UNITS) table.add({ unit: u.unit, kind: u.kind, pow: u.pow ?? 0 }, u.words, u.symbols);
  table.add({ unit: RATIO_UNIT, kind: 'ratio', pow: 0 }, RATIO_SUFFIXES);
  return table;
}

function ratioTable(): AliasTable<RatioMeaning> {
  const table = new AliasTable<RatioMeaning>();
  for (const r of RATIO_WORDS) table.add({ value: r.value, needsModal: r.needsModal ?? false }, r.words);
  return table;
}

function maskSource(months: string): string {
  const labels = alternation(NUMBER_LABELS.map((l) => ({ source: firstLetterAnyCase(l), length: l.length })));
  const patterns = NOT_FIGURES.map((n) => withClasses(fill(n.pattern, { months, labels })));
  return `(?=[${NOT_FIGURE_FIRST_CHARS}])(?:${patterns.join('|')})`;
}

function rangeSepSource(): string {
  const words = wordAlternation(RANGE_WORDS.map((r) => r.word));
  return `${SPACE}*[${classBody(RANGE_DASHES)}]${SPACE}*|${SPACE}+(${words})${SPACE}+`;
}

/** A deadline after a figure, for a case-insensitive regex. */
function targetSource(months: string): string {
  const preps = wordAlternation(TARGET_PREPOSITIONS);
  const gapWord = withClasses(`${SPACE}+(?!(?:${preps})(?![{letter}]))[{letter}][{letter}'’\\-]*`);
  const qualifier = `(?:(?:${wordAlternation(TARGET_YEAR_QUALIFIERS)})${SPACE}*)?`;
  const month = `(?:(?:${months})${SPACE}+)?`;
  const yearSuffix = `(?:${SPACE}+(?:${wordAlternation(TARGET_YEAR_SUFFIXES)}))?`;
  const year = `${qualifier}${month}(?<year>(?:1[89]|2[01])\\d\\d)(?!\\d)${yearSuffix}`;
  return (
    `(?<gap>(?:${gapWord}){0,${TARGET_GAP_WORDS}}?)${SPACE}+(?:${preps})${SPACE}+` +
    withClasses(`(?:${year}|(?:${wordAlternation(TARGET_YEAR_END)}))(?![{letter}{digit}])`)
  );
}
