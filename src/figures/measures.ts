/**
 * What a figure measures: a short phrase from its sentence. After the figure
 * it is the noun phrase that follows ("40% increase in investment", "1.2
 * million tons of special-purpose steel"); failing that, the noun phrase the
 * figure is the amount of, found by looking back over verbs and
 * prepositions ("double copper production to 1 million tons").
 */
import { withClasses } from './aliases';
import type { Grammar } from './grammar';
import { MEASURE_INTROS, MEASURE_LINKS, MEASURE_MAX_SKIP, MEASURE_MAX_WORDS, MONTHS, TIME_WORDS } from './rules';

interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  kind: 'word' | 'number' | 'mark';
}

const TOKEN = new RegExp(
  withClasses(String.raw`([{letter}][{letter}{digit}]*(?:[\-'’.&]+[{letter}][{letter}{digit}]*)*)|([{digit}][{digit}.,]*)|(\S)`),
  'g',
);
/** Currency signs and the percent sign, skipped with the amounts they belong to. */
const AMOUNT_MARK = /^[$%¢£¤¥€\u0E3F\u20A0-\u20CF]$/;
const APOSTROPHE = /’/g;
const LINK = new Set(MEASURE_LINKS);
const INTRO = new Set(MEASURE_INTROS);
const TIME = new Set([...TIME_WORDS, ...Object.values(MONTHS).flat()].map((w) => w.toLowerCase()));
/** How much text on each side of a figure is read (ample for the longest phrase). */
const WINDOW = 120;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'mark';
    tokens.push({ text: m[0], lower: m[0].toLowerCase().replace(APOSTROPHE, "'"), kind });
  }
  return tokens;
}

/** A word of time: "year", "March", "January-March". */
function isTime(token: Token): boolean {
  return token.kind === 'word' && TIME.has(token.lower.split('-')[0] ?? token.lower);
}

/** A word that can be part of the phrase; a verb only where `verbOk` ("a 40% increase"). */
function isContent(token: Token | undefined, verbOk: boolean, g: Grammar): boolean {
  if (!token || token.kind !== 'word' || g.stopwords.has(token.lower) || isTime(token)) return false;
  return verbOk || !g.verbs.has(token.lower);
}

/** Words from `from` on: content words, joined by links ("in", "and") only when content follows. */
function collect(tokens: readonly Token[], from: number, firstMayBeVerb: boolean, g: Grammar): string[] {
  const words: string[] = [];
  for (let i = from; i < tokens.length && words.length < MEASURE_MAX_WORDS; i++) {
    const token = tokens[i];
    if (!token) break;
    if (words.length > 0 && LINK.has(token.lower)) {
      if (!isContent(tokens[i + 1], false, g)) break;
      words.push(token.text);
    } else if (isContent(token, words.length === 0 && firstMayBeVerb, g)) {
      words.push(token.text);
    } else break;
  }
  while (words.length > 0 && LINK.has(words[words.length - 1]?.toLowerCase() ?? '')) words.pop();
  return words;
}

/** The phrase right after the figure: "increase in …", or "of special-purpose steel". */
function phraseAfter(tokens: readonly Token[], g: Grammar): string[] {
  const first = tokens[0];
  if (!first || first.kind !== 'word') return [];
  if (!INTRO.has(first.lower)) return collect(tokens, 0, true, g);
  let i = 1;
  while (i < 3 && tokens[i]?.kind === 'word' && g.stopwords.has(tokens[i]?.lower ?? '')) i++;
  return collect(tokens, i, false, g);
}

/** Verbs, prepositions and other figures (blanked to {@link FIGURE_MARK}), skipped when looking back. */
function skippable(token: Token, g: Grammar): boolean {
  if (token.kind === 'number') return true;
  if (token.kind === 'mark') return AMOUNT_MARK.test(token.text);
  return g.stopwords.has(token.lower) || g.verbs.has(token.lower);
}

/** The phrase before the figure, past verbs and prepositions: "copper production" in "double copper production to". */
function phraseBefore(reversed: readonly Token[], g: Grammar): string[] {
  let i = 0;
  while (i < reversed.length && i < MEASURE_MAX_SKIP) {
    const token = reversed[i];
    if (!token || !skippable(token, g)) break;
    i++;
  }
  const words: string[] = [];
  for (; i < reversed.length && words.length < MEASURE_MAX_WORDS; i++) {
    const token = reversed[i];
    if (!token || !isContent(token, false, g)) break;
    words.unshift(token.text);
  }
  return words;
}

/** What other figures are blanked to in the text given to {@link measuresOf}. */
export const FIGURE_MARK = '¤';

/**
 * A short phrase, from its sentence, for what the figure at
 * `sentence.slice(start, end)` measures; '' when none is found. Other
 * figures of the sentence should be blanked to {@link FIGURE_MARK} so the
 * look-back passes over them ("rose 5% to $3 billion").
 */
export function measuresOf(sentence: string, start: number, end: number, g: Grammar): string {
  const after = phraseAfter(tokenize(sentence.slice(end, end + WINDOW)), g);
  if (after.length > 0) return after.join(' ');
  const from = Math.max(0, start - WINDOW);
  const before = tokenize(sentence.slice(from, start));
  if (from > 0) before.shift();
  return phraseBefore(before.reverse(), g).join(' ');
}
