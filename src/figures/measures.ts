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
  kind: 'word' | 'number' | 'mark';
  start: number;
  end: number;
  /** Lower-cased text with typographic apostrophes made plain, made on first use by {@link lower}. */
  lower?: string;
}

/** What other figures are blanked to in the text given to {@link SentenceWords}. */
export const FIGURE_MARK = '¤';

const TOKEN = new RegExp(
  withClasses(
    String.raw`((?<![{letter}])(?:[dDlLsSjJmMnNtTcC]|[qQ]u)['’](?=[{letter}])|[{letter}][{letter}{digit}]*(?:[\-'’.&]+[{letter}][{letter}{digit}]*)*)|([{digit}](?:[.,]?[{digit}])*)|(\S)`,
  ),
  'g',
);
/** Currency signs, the percent sign and {@link FIGURE_MARK}: skipped with the amounts they belong to. */
const AMOUNT_MARK = /^[$%¢£¤¥€\u0E3F\u20A0-\u20CF]$/;
const APOSTROPHE = /’/g;
/** A text ending with an apostrophe: an elided article ("d’", "l'") the next word follows without a space. */
const ELIDED = /['’]$/;
const LINK = new Set(MEASURE_LINKS);
const INTRO = new Set(MEASURE_INTROS);
const TIME = new Set([...TIME_WORDS, ...Object.values(MONTHS).flat()].map((w) => w.toLowerCase()));

/**
 * The words of one sentence, read once for all its figures. Figures of the
 * sentence should be blanked to {@link FIGURE_MARK} so the look-back passes
 * over them ("rose 5% to $3 billion").
 */
export class SentenceWords {
  readonly #tokens: Token[] = [];
  readonly #g: Grammar;

  constructor(sentence: string, g: Grammar) {
    this.#g = g;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
      const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'mark';
      this.#tokens.push({ text: m[0], kind, start: m.index, end: m.index + m[0].length });
    }
  }

  /** A short phrase for what the figure at `[start, end)` of the sentence measures; '' when none is found. */
  measuresOf(start: number, end: number): string {
    const after = this.#ended(this.#phraseAfter(this.#firstAt(end)));
    if (after.length > 0) return phraseText(after);
    return phraseText(this.#ended(this.#phraseBefore(this.#firstAt(start) - 1)));
  }

  /** The phrase without the words at its end that cannot end a noun phrase ("margin widened", "Stellen abbauen", a link). */
  #ended(words: string[]): string[] {
    for (let last = words.at(-1); last !== undefined && (this.#g.notPhraseEnd.test(last) || LINK.has(last.toLowerCase())); last = words.at(-1)) {
      words.pop();
    }
    return words;
  }

  /** The index of the first token that starts at or after `offset` (the token count if none). */
  #firstAt(offset: number): number {
    let low = 0;
    let high = this.#tokens.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.#tokens[mid] as Token).start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * A word that can be part of the phrase: no function word, pronoun, number
   * word or word of time; a verb only where `verbOk` and it is also a noun ("a 40% increase").
   */
  #isContent(token: Token | undefined, verbOk: boolean): boolean {
    if (!token || token.kind !== 'word' || isTime(token)) return false;
    const word = lower(token);
    if (this.#g.stopwords.has(word) || this.#g.phraseHeads.has(word)) return false;
    return !this.#g.verbs.has(word) || (verbOk && this.#g.verbNouns.has(word));
  }

  /** The phrase from token `i` on: "increase in …", or what follows "of" ("of special-purpose steel"). */
  #phraseAfter(i: number): string[] {
    const first = this.#tokens[i];
    if (!first || first.kind !== 'word') return [];
    if (!INTRO.has(lower(first))) return this.#collect(i, true);
    let j = i + 1;
    for (let t = this.#tokens[j]; j < i + 3 && t?.kind === 'word' && !this.#isHead(t) && this.#g.stopwords.has(lower(t)); t = this.#tokens[++j]);
    return this.#collect(j, false);
  }

  /**
   * Words from token `from` on: content words, joined by links ("in", "and") only when content follows; a verb
   * that is also a noun first only if `firstMayBeVerb`, later always ("required cuts").
   */
  #collect(from: number, firstMayBeVerb: boolean): string[] {
    const words: string[] = [];
    for (let i = from; i < this.#tokens.length && words.length < MEASURE_MAX_WORDS; i++) {
      const token = this.#tokens[i] as Token;
      if (words.length > 0 && LINK.has(lower(token))) {
        if (!this.#isContent(this.#tokens[i + 1], false)) break;
        words.push(token.text);
      } else if (this.#isContent(token, words.length > 0 || firstMayBeVerb)) {
        words.push(token.text);
      } else break;
    }
    return words;
  }

  /**
   * Verbs (and words that cannot end a phrase), prepositions, words of time and other amounts, skipped when
   * looking back (pronouns and number words are not).
   */
  #skippable(token: Token): boolean {
    if (token.kind === 'number') return true;
    if (token.kind === 'mark') return AMOUNT_MARK.test(token.text);
    if (this.#isHead(token)) return false;
    const word = lower(token);
    return this.#g.stopwords.has(word) || this.#g.verbs.has(word) || isTime(token) || this.#g.notPhraseEnd.test(token.text);
  }

  /**
   * Whether token `i` joins the phrase `words` after it to a content word before it, with room for that word:
   * "von" in "Absatz von Wärmepumpen".
   */
  #isBackLink(i: number, words: readonly string[]): boolean {
    const token = this.#tokens[i];
    if (words.length === 0 || words.length >= MEASURE_MAX_WORDS - 1 || token?.kind !== 'word') return false;
    return this.#g.lookbackLinks.has(lower(token)) && this.#isContent(this.#tokens[i - 1], false);
  }

  /** Whether token `i` is a verb that is also a noun, after an article: "rise" in "a rise of". */
  #isArticleNoun(i: number): boolean {
    const token = this.#tokens[i];
    const before = this.#tokens[i - 1];
    return token?.kind === 'word' && before?.kind === 'word' && this.#g.verbNouns.has(lower(token)) && this.#g.articles.has(lower(before));
  }

  /** A pronoun or a number word ("six", "Forty-two"): a phrase of its own, where the look-back stops. */
  #isHead(token: Token): boolean {
    return token.kind === 'word' && lower(token).split('-').some((part) => this.#g.phraseHeads.has(part));
  }

  /**
   * The phrase ending before token `last`, past verbs and prepositions: "copper production" in "double copper
   * production to", through links ("sales of heat pumps"); none past a pronoun or a number word ("six of the
   * seven days").
   */
  #phraseBefore(last: number): string[] {
    let i = last;
    for (let skipped = 0; i >= 0 && skipped < MEASURE_MAX_SKIP && this.#skippable(this.#tokens[i] as Token) && !this.#isArticleNoun(i); skipped++) i--;
    if (i >= 0 && this.#isHead(this.#tokens[i] as Token)) return [];
    if (i >= 0 && this.#isArticleNoun(i)) return [(this.#tokens[i] as Token).text];
    const words: string[] = [];
    for (; i >= 0 && words.length < MEASURE_MAX_WORDS && (this.#isContent(this.#tokens[i], false) || this.#isBackLink(i, words)); i--) {
      words.unshift((this.#tokens[i] as Token).text);
    }
    return words;
  }
}

/** The words of a phrase as text: spaced, but none after an elided article ("chiffre d’affaires"). */
function phraseText(words: readonly string[]): string {
  return words.reduce((text, word, i) => (i === 0 || ELIDED.test(text) ? text + word : `${text} ${word}`), '');
}

function lower(token: Token): string {
  token.lower ??= token.text.toLowerCase().replace(APOSTROPHE, "'");
  return token.lower;
}

/** A word of time: "year", "March", "January-March". */
function isTime(token: Token): boolean {
  const word = lower(token);
  const dash = word.indexOf('-');
  return TIME.has(dash > 0 ? word.slice(0, dash) : word);
}
