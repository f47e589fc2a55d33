/**
 * Alias tables: many spellings of one meaning ("tons", "tonnes", "t" → t).
 * Spellings in `words` match in any case, `symbols` only as written; spaces
 * match any run of spaces. A table reads the longest spelling at a position
 * of a text by looking its next few space-separated tokens up in a map, so
 * hundreds of spellings cost no regex compilation.
 */

import { CHAR_CLASSES } from './rules';

/** A regex character class for the spaces found between a number and its unit. */
export const SPACE = '[\\s\\u00A0\\u202F\\u2009]';

const SPACE_RUN = /\s+/g;
const PLACEHOLDER = /\{(\w+)\}/g;
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const CLASS_SYNTAX = /[\\\]^-]/g;
/**
 * The token right after a number (glued to it or after one space) and the
 * next ones: runs of characters up to a space or punctuation that no
 * spelling holds ("percent.“We" → "percent.").
 */
const FIRST_TOKEN = /\s?([^\s,;:!?()[\]{}"“”„«»…–—]{1,40})/y;
const NEXT_TOKEN = /\s+([^\s,;:!?()[\]{}"“”„«»…–—]{1,40})/y;
/** Punctuation that may end a token after a spelling ("tons.", "year’"). */
const TRAILING = /[.'’]+$/;
/** A token's head before a hyphen ("%-owned", "km-long"). */
const HYPHENATED = new RegExp(withClasses('^([^\\-‐]{2,}|[^{letter}\\-‐])[\\-‐]'));
const LEADING_HYPHEN = /^[-‐]/;

/**
 * A regex source with `{name}` placeholders filled from `values`; unknown
 * names stay as written.
 */
export function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** A regex source with `{letter}`, `{digit}`, `{upper}`, `{lower}` filled from {@link CHAR_CLASSES}. */
export function withClasses(pattern: string): string {
  return fill(pattern, CHAR_CLASSES);
}

/** `text` as a regex source matching it literally. */
export function literal(text: string): string {
  return text.replace(SYNTAX, '\\$&');
}

/** `chars` as the body of a regex character class. */
export function classBody(chars: Iterable<string>): string {
  return [...chars].map((c) => c.replace(CLASS_SYNTAX, '\\$&')).join('');
}

/** A regex source for a spelling, letters in either case when `anyCase` and spaces as any space run. */
function spelling(alias: string, anyCase: boolean): string {
  if (!anyCase && !/\s/.test(alias)) return literal(alias);
  let source = '';
  for (const char of alias) {
    if (/\s/.test(char)) {
      if (!source.endsWith(`${SPACE}+`)) source += `${SPACE}+`;
      continue;
    }
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const foldable = anyCase && lower !== upper && [...lower].length === 1 && [...upper].length === 1;
    source += foldable ? `[${lower}${upper}]` : literal(char);
  }
  return source;
}

/** A regex source matching a label with either case of its first letter ("Figure", "figure"). */
export function firstLetterAnyCase(label: string): string {
  const [first = '', ...rest] = [...label];
  return spelling(first, true) + spelling(rest.join(''), false);
}

/** Regex sources joined into one alternation, longest first so "MWh" wins over "MW". */
export function alternation(sources: Iterable<{ readonly source: string; readonly length: number }>): string {
  const unique = new Map<string, number>();
  for (const { source, length } of sources) unique.set(source, Math.max(length, unique.get(source) ?? 0));
  const sorted = [...unique].sort((a, b) => b[1] - a[1]);
  return sorted.length ? sorted.map(([source]) => source).join('|') : '(?!)';
}

/** Words as an alternation matching them in any case without the `i` flag, longest first. */
export function anyCaseAlternation(words: readonly string[]): string {
  return alternation(words.map((w) => ({ source: spelling(w, true), length: w.length })));
}

/** Plain words as an alternation for a case-insensitive regex, longest first. */
export function wordAlternation(words: readonly string[]): string {
  return alternation(words.map((w) => ({ source: spelling(w, false), length: w.length })));
}

/** The key a spelling is stored and looked up under. */
function keyOf(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

/** Reads a sticky regex at a position. */
function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/** A token after a number, with its offset. */
interface Token {
  readonly text: string;
  readonly start: number;
}

/**
 * Ways a spelling may sit in its token, as [spelling, offset in the token]:
 * whole, before trailing punctuation and, right after the number, before or
 * after a hyphen ("%-owned", "$500-million").
 */
function readings(token: string, first: boolean): [string, number][] {
  const found: [string, number][] = [[token, 0]];
  const trimmed = token.replace(TRAILING, '');
  if (trimmed !== token && trimmed) found.push([trimmed, 0]);
  if (!first) return found;
  const head = HYPHENATED.exec(token)?.[1];
  if (head) found.push([head, 0]);
  if (LEADING_HYPHEN.test(token)) for (const [inner] of readings(token.slice(1), true)) found.push([inner, 1]);
  return found;
}

/** Spellings of meanings of type T, looked up by the text that follows a number. */
export class AliasTable<T> {
  readonly #exact = new Map<string, T>();
  readonly #folded = new Map<string, T>();
  /** Lower-cased first words of spellings of several words ("per" of "per cent"). */
  readonly #multiwordStarts = new Set<string>();
  readonly #spellings: { alias: string; anyCase: boolean }[] = [];
  readonly #firstChars = new Set<string>();
  #maxWords = 1;

  /** Adds `words` (any case) and `symbols` (as written). A later spelling replaces an earlier one. */
  add(value: T, words: readonly string[] = [], symbols: readonly string[] = []): this {
    for (const word of words) this.#add(word, value, true);
    for (const symbol of symbols) this.#add(symbol, value, false);
    return this;
  }

  #add(alias: string, value: T, anyCase: boolean): void {
    const key = keyOf(alias.trim());
    if (anyCase) this.#folded.set(key.toLowerCase(), value);
    else this.#exact.set(key, value);
    const words = key.split(' ');
    if (words.length > 1) this.#multiwordStarts.add((words[0] ?? '').toLowerCase());
    this.#maxWords = Math.max(this.#maxWords, words.length);
    this.#spellings.push({ alias, anyCase });
    const [first = ''] = alias;
    this.#firstChars.add(first);
    if (anyCase) this.#firstChars.add(first.toLowerCase()).add(first.toUpperCase());
  }

  /** The meaning of a spelling. */
  get(text: string): T | undefined {
    return this.#get(keyOf(text));
  }

  /** The meaning of a spelling whose spaces are single spaces. */
  #get(key: string): T | undefined {
    return this.#exact.get(key) ?? this.#folded.get(key.toLowerCase());
  }

  /**
   * The longest spelling that starts right at `index` (or after one space)
   * and fills whole tokens, with where it ends.
   */
  lookup(text: string, index: number): { value: T; end: number } | undefined {
    const tokens = this.#tokensAt(text, index);
    for (let n = tokens.length; n > 0; n--) {
      const head = tokens.slice(0, n - 1).map((t) => t.text);
      const last = tokens[n - 1] as Token;
      for (const [reading, offset] of readings(last.text, n === 1)) {
        const value = this.#get(n === 1 ? reading : `${head.join(' ')} ${reading}`);
        if (value !== undefined) return { value, end: last.start + offset + reading.length };
      }
    }
    return undefined;
  }

  /** The tokens at `index`: one, or as many as a spelling has words when the first starts one of several words. */
  #tokensAt(text: string, index: number): Token[] {
    const first = at(FIRST_TOKEN, text, index);
    if (!first?.[1]) return [];
    let pos = first.index + first[0].length;
    const tokens: Token[] = [{ text: first[1], start: pos - first[1].length }];
    if (!this.#multiwordStarts.has(first[1].toLowerCase())) return tokens;
    while (tokens.length < this.#maxWords) {
      const next = at(NEXT_TOKEN, text, pos);
      if (!next?.[1]) break;
      pos = next.index + next[0].length;
      tokens.push({ text: next[1], start: pos - next[1].length });
    }
    return tokens;
  }

  /** A regex source matching any spelling, longest first (no group of its own). */
  get source(): string {
    return alternation(this.#spellings.map(({ alias, anyCase }) => ({ source: spelling(alias, anyCase), length: alias.length })));
  }

  /** A regex character-class body of the characters a spelling can start with, for a fast lookahead. */
  get firstChars(): string {
    return classBody(this.#firstChars);
  }
}
