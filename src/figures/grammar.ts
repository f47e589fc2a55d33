/**
 * The figure grammar of one page language, compiled once from the tables in
 * rules.ts and cached: the regexes that find and read figures, and the alias
 * tables that give their meaning.
 */
import type { FigureKind } from '../types';
import { AliasTable, SPACE, alternation, anyCaseAlternation, classBody, fill, firstLetterAnyCase, literal, withClasses, wordAlternation } from './aliases';
import { conventionFor, numberSource } from './parse';
import {
  ABBREVIATIONS,
  CHAR_CLASSES,
  CURRENCIES,
  CURRENCY_SUBUNITS,
  FRACTION_WORDS,
  NUMBER_WORDS,
  ONE_WORDS,
  PER_LINKS,
  PER_UNITS,
  TIME_POINT_AFTER,
  TIME_POINT_BEFORE,
  WORD_FIGURES,
  MONTHS,
  NOT_FIGURES,
  NOT_FIGURE_FIRST_CHARS,
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
  TARGET_BEFORE_WORDS,
  TARGET_GAP_WORDS,
  TARGET_PREPOSITIONS,
  TARGET_YEAR_END,
  TARGET_YEAR_QUALIFIERS,
  TARGET_YEAR_SUFFIXES,
  STOPWORDS,
  UNITS,
  VERBS,
  AMOUNT_WORDS,
  ARTICLES,
  LOOKBACK_LINKS,
  MEASURE_PRONOUNS,
  NOT_PHRASE_ENDS,
  VERB_NOUNS,
  type NumberConvention,
  type WordFigureRule,
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

/** One rule of {@link WORD_FIGURES} and its sticky regex (groups `n`, a number, and `one`), compiled on first use. */
export class WordFigure {
  readonly rule: WordFigureRule;
  readonly #source: string;
  #sticky: RegExp | undefined;

  constructor(rule: WordFigureRule, source: string) {
    this.rule = rule;
    this.#source = source;
  }

  /** The rule's regex, to read a match at a position. */
  get sticky(): RegExp {
    this.#sticky ??= new RegExp(this.#source, 'iy');
    return this.#sticky;
  }
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
  /** Global: where a figure may start (a currency sign or a digit at a word start, or a number word). */
  readonly start: RegExp;
  /** Sticky: a number written as a word ("four", "fünf"); its value is in `numberWords`. */
  readonly wordNumber: RegExp;
  /** Lower-case number words of the language (and English) and their values. */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Global: any figure written with words (multiples, fractions, shares); group i + 1 is `wordFigures[i]`. */
  readonly wordFigure: RegExp;
  readonly wordFigures: readonly WordFigure[];
  /** Sticky: what joins an amount to what it is counted per ("a", "per", "/", "-a-"). */
  readonly perLink: RegExp;
  /** Sticky: words after an amount of time that make it a point in time ("ago"). */
  readonly timePointAfter: RegExp;
  /** Whether a text ends with words that make the amount of time after it a point in time ("hace"). */
  readonly timePointBefore: RegExp;
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
  /** What comes before a year that makes it a deadline ("bis ", "by the end of "), matched at the end of a text. */
  readonly deadlineHead: RegExp;
  /** Sticky: what may follow a deadline year ("году"). */
  readonly deadlineTail: RegExp;
  /** The words (and commas) between a deadline and the figure after it in one clause ("will Nordstern"), matched whole. */
  readonly deadlineGap: RegExp;
  /** Global: ratio words ("doubled", "threefold"). */
  readonly ratio: RegExp;
  /** Whether a text ends with a word that makes a base-form ratio verb a verb ("aims to"). */
  readonly modalEnd: RegExp;
  /** Whether a text may hold a figure at all (a digit or a ratio word). */
  readonly quick: RegExp;
  /** Whether a sentence ends with an abbreviation, so it goes on in the next segment. */
  readonly abbreviationEnd: RegExp;
  /** Lower-case function words and words of amount of the language (and English): never part of what a figure measures. */
  readonly stopwords: ReadonlySet<string>;
  /** Lower-case verbs of the language (and English). */
  readonly verbs: ReadonlySet<string>;
  /** Lower-case verbs that are also nouns, which may start the phrase after a figure or follow an article before it. */
  readonly verbNouns: ReadonlySet<string>;
  /** Lower-case articles of the language (and English). */
  readonly articles: ReadonlySet<string>;
  /** Lower-case prepositions the look-back goes on through between two noun phrases ("of", "von"). */
  readonly lookbackLinks: ReadonlySet<string>;
  /** Lower-case pronouns and number words, where the look-back for what a figure measures stops with nothing. */
  readonly phraseHeads: ReadonlySet<string>;
  /** Words (tested as written) that cannot end what a figure measures: verb forms, in German any word in lower case. */
  readonly notPhraseEnd: RegExp;
  readonly currencies: AliasTable<string>;
  readonly scales: AliasTable<ScaleMeaning>;
  readonly suffixes: AliasTable<SuffixMeaning>;
  /** Coins of the language's currencies ("44 cents", "9,8 Cent"). */
  readonly coins: AliasTable<SuffixMeaning>;
  /** Units that count only glued to the number ("1.5C"). */
  readonly glued: AliasTable<SuffixMeaning>;
  /** What an amount may be counted per ("share", "Quadratmeter"), to its canonical name. */
  readonly perUnits: AliasTable<string>;
  readonly ratios: AliasTable<RatioMeaning>;
}

const cache = new Map<string, Grammar>();

/** The grammar for a page language ("en", "de-CH", null for English), compiled on first use. */
export function grammarFor(lang: string | null | undefined): Grammar {
  const tag = (lang || 'en').toLowerCase();
  const primary = tag.split(/[-_]/)[0] ?? '';
  const convention = conventionFor(tag);
  const key = `${primary}:${convention.decimal}${convention.decimalAlt ?? ''}${convention.group.join('')}`;
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
type Shared = Pick<
  Grammar,
  'prefix' | 'numberNext' | 'scaleLink' | 'rangeSep' | 'ratio' | 'modalEnd' | 'abbreviationEnd' | 'currencies' | 'suffixes' | 'glued' | 'perUnits' | 'perLink' | 'timePointAfter' | 'timePointBefore' | 'ratios'
> & {
  /** The start of `start` without number words: currency signs and digits. */
  readonly startSource: string;
  readonly ratioWords: string;
};

let shared: Shared | undefined;

const SIGN = String.raw`[+\-−]?`;
/** A lookbehind a word-figure pattern may start with. */
const LEADING_LOOKBEHIND = /^\(\?<!(?:[^()]|\([^()]*\))*\)/;
/** A group of literal words a word-figure pattern may start with: "(?:almost|nearly)". */
const LEADING_GROUP = /^\(\?:([^()]*)\)/;

/**
 * Where a number written as a word may start: not inside a word, and not as
 * the second half of a hyphenated one ("two" in "Forty-two", which is not 2).
 */
const WORD_NUMBER_START = String.raw`(?<![{letter}{digit}])(?<![{letter}{digit}]-)`;

function compileShared(): Shared {
  const ratios = ratioTable();
  const prefixes = new AliasTable<string>();
  for (const c of CURRENCIES) prefixes.add(c.code, [], [...c.symbols, c.code]);
  const perUnits = new AliasTable<string>();
  for (const p of PER_UNITS) perUnits.add(p.per, p.words, p.symbols);
  const glued = new AliasTable<SuffixMeaning>();
  for (const u of UNITS) glued.add({ unit: u.unit, kind: u.kind, pow: u.pow ?? 0 }, [], u.glued);
  return {
    startSource:
      withClasses(String.raw`(?=[\d+\-−${prefixes.firstChars}])(?<![{letter}{digit}_.,:/\\])(?<![{letter}{digit}][\-–‐])`) +
      String.raw`(?:(?:${prefixes.source})${SPACE}?)?${SIGN}\d`,
    ratioWords: wordAlternation(RATIO_WORDS.flatMap((r) => r.words)),
    prefix: new RegExp(String.raw`(${prefixes.source})${SPACE}?(?=${SIGN}\d)`, 'y'),
    numberNext: new RegExp(String.raw`${SPACE}?${SIGN}\d`, 'y'),
    scaleLink: new RegExp(`${SPACE}+(?:${wordAlternation(SCALE_UNIT_LINKS)})${SPACE}*`, 'iy'),
    rangeSep: new RegExp(rangeSepSource(), 'iy'),
    ratio: new RegExp(
      withClasses(
        String.raw`(?=[${ratios.firstChars}])(?<![{letter}{digit}\-])(?:${wordAlternation(RATIO_WORDS.flatMap((r) => r.words))})(?![{letter}{digit}\-])`,
      ),
      'gi',
    ),
    modalEnd: new RegExp(withClasses(`(?<![{letter}])(?:${wordAlternation(RATIO_MODALS)})${SPACE}+$`), 'i'),
    abbreviationEnd: new RegExp(withClasses(String.raw`(?<![{letter}.])(?:${wordAlternation(ABBREVIATIONS)})\s*$`)),
    perLink: new RegExp(
      withClasses(String.raw`${SPACE}*/${SPACE}*|[\-‐](?:a|per)[\-‐]|${SPACE}+(?:${wordAlternation(PER_LINKS)})${SPACE}+(?=[^\s])`),
      'iy',
    ),
    timePointAfter: new RegExp(withClasses(`${SPACE}+(?:${wordAlternation(TIME_POINT_AFTER)})(?![{letter}])`), 'iy'),
    timePointBefore: new RegExp(withClasses(`(?<![{letter}])(?:${wordAlternation(TIME_POINT_BEFORE)})${SPACE}+$`), 'i'),
    currencies: currencyTable(),
    suffixes: suffixTable(),
    glued,
    perUnits,
    ratios,
  };
}

function compile(primary: string, convention: NumberConvention): Grammar {
  const months = alternation(
    [...(MONTHS.default ?? []), ...(MONTHS[primary] ?? [])].map((m) => ({ source: literal(m), length: m.length })),
  );
  const base = (shared ??= compileShared());
  const { startSource, ratioWords, ...rest } = base;
  const numberWords = new Map(
    [...Object.entries(NUMBER_WORDS.default ?? {}), ...Object.entries(NUMBER_WORDS[primary] ?? {})].map(([w, v]) => [w.toLowerCase(), v]),
  );
  const numberWord = withClasses(`${WORD_NUMBER_START}(?:${anyCaseAlternation([...numberWords.keys()])})(?![{letter}{digit}])`);
  const number = numberSource(convention);
  const wordFigures = rulesOf(primary).map(
    (rule) => new WordFigure(rule, wordFigureSource(rule, primary, number, [...numberWords.keys()], true)),
  );
  const anyWordFigure = wordFigures.map((w) => `(${wordFigureSource(w.rule, primary, number, [...numberWords.keys()], false)})`).join('|');
  return {
    ...rest,
    convention,
    start: new RegExp(`${startSource}|${numberWord}`, 'g'),
    wordNumber: new RegExp(numberWord, 'y'),
    numberWords,
    wordFigure: new RegExp(
      withClasses(`(?=[${wordFigureStarts(rulesOf(primary), [...numberWords.keys()], onesOf(primary))}])${WORD_NUMBER_START}(?:${anyWordFigure})(?![{letter}{digit}])`),
      'gi',
    ),
    wordFigures,
    mask: new RegExp(maskSource(months), 'g'),
    number: new RegExp(number, 'y'),
    target: new RegExp(targetSource(months), 'iy'),
    deadlineHead: new RegExp(deadlineHeadSource(), 'i'),
    deadlineTail: new RegExp(`${SPACE}+(?:${wordAlternation(TARGET_YEAR_SUFFIXES)})(?![${CHAR_CLASSES.letter}])`, 'iy'),
    deadlineGap: new RegExp(withClasses(`^,?(?:${SPACE}+[{letter}][{letter}'’\\-]*,?){0,${TARGET_BEFORE_WORDS}}${SPACE}+$`)),
    quick: new RegExp(withClasses(`\\d|${ratioWords}|(?<![{letter}])(?:${anyWordFigure}|${wordAlternation([...numberWords.keys()])})`), 'i'),
    stopwords: new Set([...wordSet(STOPWORDS, primary), ...wordSet(AMOUNT_WORDS, primary)]),
    verbs: wordSet(VERBS, primary),
    verbNouns: wordSet(VERB_NOUNS, primary),
    articles: wordSet(ARTICLES, primary),
    lookbackLinks: wordSet(LOOKBACK_LINKS, primary),
    phraseHeads: new Set([...wordSet(MEASURE_PRONOUNS, primary), ...numberWords.keys()]),
    notPhraseEnd: new RegExp([NOT_PHRASE_ENDS.default, NOT_PHRASE_ENDS[primary]].filter(Boolean).join('|'), 'u'),
    scales: scaleTable(primary),
    coins: coinTable(primary),
  };
}

/** The word-figure rules of a language. */
function rulesOf(primary: string): WordFigureRule[] {
  return WORD_FIGURES.filter((r) => applies(r, primary));
}

/** The words for one of a language (and English). */
function onesOf(primary: string): string[] {
  return [...(ONE_WORDS.default ?? []), ...(ONE_WORDS[primary] ?? [])];
}

/**
 * The regex source of a word-figure rule: `{n}` a number in digits or words,
 * `{one}` a word for one; captured as the groups `n` and `one` when `groups`.
 */
function wordFigureSource(rule: WordFigureRule, primary: string, number: string, numberWords: readonly string[], groups: boolean): string {
  const ones = wordAlternation(onesOf(primary));
  const n = `(?:${number}|${wordAlternation(numberWords)})`;
  return withClasses(
    fill(rule.pattern, {
      n: groups ? `(?<n>${n})` : n,
      one: groups ? `(?<one>${ones})` : `(?:${ones})`,
      space: `${SPACE}`,
    }),
  );
}

/** The value of a word figure: `n` and the last word of the match (for fractions). */
export function wordFigureValue(rule: WordFigureRule, n: number, lastWord: string): number {
  if (rule.fraction) return n * (FRACTION_WORDS[lastWord.toLowerCase()] ?? Number.NaN);
  if (rule.per !== undefined) return rule.per / n;
  return (rule.times ?? 1) * n;
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

/** The coins of a language's currencies. */
function coinTable(primary: string): AliasTable<SuffixMeaning> {
  const table = new AliasTable<SuffixMeaning>();
  for (const c of CURRENCY_SUBUNITS.filter((c) => applies(c, primary))) table.add({ unit: c.code, kind: 'money', pow: c.pow }, c.words);
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
  const codes = alternation(
    CURRENCIES.flatMap((c) => [c.code, ...c.symbols]).map((code) => ({ source: literal(code), length: code.length })),
  );
  const patterns = NOT_FIGURES.map((n) => withClasses(fill(n.pattern, { months, labels, codes })));
  return `(?=[${NOT_FIGURE_FIRST_CHARS}])(?:${patterns.join('|')})`;
}

function rangeSepSource(): string {
  const words = wordAlternation(RANGE_WORDS.map((r) => r.word));
  return `${SPACE}*[${classBody(RANGE_DASHES)}]${SPACE}*|${SPACE}+(${words})${SPACE}+`;
}

/** The words before a deadline year ("bis ", "by the end of ", "к "), at the end of the text before the year. */
function deadlineHeadSource(): string {
  const preps = TARGET_PREPOSITIONS.map((p) => ({ source: literal(p).replace(/ /g, `${SPACE}+`), length: p.length }));
  const qualifier = `(?:(?:${wordAlternation(TARGET_YEAR_QUALIFIERS)})${SPACE}*)?`;
  return withClasses(`(?<![{letter}])(?:${alternation(preps)})${SPACE}+${qualifier}$`);
}

/** A regex class body of the first characters of words, in both cases: a cheap lookahead before an alternation. */
function firstCharsOf(words: Iterable<string>): string {
  const chars = new Set<string>();
  for (const w of words) {
    const [first = ''] = w;
    chars.add(first.toLowerCase()).add(first.toUpperCase());
  }
  return classBody(chars);
}

/**
 * The characters a word figure can start with: a digit, the first letter of
 * a number word or a word for one, or of the literal words rules start with
 * (after a lookbehind: `(?<!…)`; inside a group: `(?:almost|nearly|…)`).
 */
function wordFigureStarts(rules: readonly WordFigureRule[], numberWords: readonly string[], ones: readonly string[]): string {
  const words: string[] = [...numberWords, ...ones];
  for (const { pattern } of rules) {
    const head = pattern.replace(LEADING_LOOKBEHIND, '');
    if (head.startsWith('{n}') || head.startsWith('{one}')) continue;
    const group = LEADING_GROUP.exec(head)?.[1];
    words.push(...(group === undefined ? [head] : group.split('|')));
  }
  return `\\d${firstCharsOf(words)}`;
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
