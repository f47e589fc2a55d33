/**
 * A compact full-text index of the articles' text: each word of the
 * vocabulary points to the articles (by number) that contain it. Only
 * presence is kept, not positions or counts, so ten thousand long articles fit
 * in tens of megabytes; the vocabulary is MiniSearch's radix tree, which
 * answers prefix and fuzzy look-ups quickly.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { FUZZY_MIN_LENGTH, MATCH_WEIGHTS, MAX_PREFIX_POSTINGS, MIN_PREFIX_LENGTH } from './rules';
import { searchWords, typosAllowed } from './words';

/** Articles that contain a word, by article number, each with how well it matched (idf-weighted). */
export type Hits = Map<number, number>;

/** Word → article numbers, for the words of the articles' text. */
export class TextIndex {
  /** Word → article numbers (a hash map: adding words is fast). */
  readonly #postings = new Map<string, number[]>();
  /** The same words in a radix tree, for prefix and fuzzy look-ups. */
  readonly #vocabulary = new SearchableMap<true>();
  #docs = 0;

  /** How many articles were added. */
  get size(): number {
    return this.#docs;
  }

  /** Adds the words of one article's text under its number. Add each article once. */
  add(doc: number, text: string): void {
    for (const word of new Set(searchWords(text))) {
      const docs = this.#postings.get(word);
      if (docs) docs.push(doc);
      else {
        this.#postings.set(word, [doc]);
        this.#vocabulary.set(word, true);
      }
    }
    this.#docs++;
  }

  /**
   * The articles holding `word` exactly or a word it begins (when long
   * enough); with `near`, those holding a spelling one or two typos away instead.
   */
  lookup(word: string, near: boolean): Hits {
    const hits: Hits = new Map();
    if (near) return this.#near(word, hits);
    const exact = this.#postings.get(word);
    if (exact) this.#credit(hits, exact, MATCH_WEIGHTS.exact);
    if (word.length >= MIN_PREFIX_LENGTH) {
      let credited = 0;
      for (const term of this.#vocabulary.atPrefix(word).keys()) {
        const docs = term === word ? undefined : this.#postings.get(term);
        if (!docs) continue;
        this.#credit(hits, docs, MATCH_WEIGHTS.prefix);
        credited += docs.length;
        if (credited >= MAX_PREFIX_POSTINGS) break;
      }
    }
    return hits;
  }

  #near(word: string, hits: Hits): Hits {
    const typos = typosAllowed(word, FUZZY_MIN_LENGTH);
    if (typos === 0) return hits;
    for (const [term, [, distance]] of this.#vocabulary.fuzzyGet(word, typos)) {
      const docs = this.#postings.get(term);
      if (docs && term !== word) this.#credit(hits, docs, MATCH_WEIGHTS.fuzzy / distance);
    }
    return hits;
  }

  /** Gives each article in `docs` this match's weight times the word's rarity, keeping its best. */
  #credit(hits: Hits, docs: readonly number[], weight: number): void {
    const score = weight * Math.log(1 + this.#docs / docs.length);
    for (const d of docs) {
      if ((hits.get(d) ?? 0) < score) hits.set(d, score);
    }
  }
}
