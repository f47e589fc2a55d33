/**
 * Search over the library: MiniSearch over each article's title, byline,
 * site and top figures (from the index, available at once), a compact
 * {@link TextIndex} over the article text and all its figures (added as the
 * bodies are read), and search by figure ("> $100 million", "2029", "%").
 * Pure: the library page feeds it, the tests run it as is.
 */
import MiniSearch from 'minisearch';
import type { IndexEntry } from '../storage/types';
import { tagsOf } from './list';
import type { Figure } from '../types';
import { matchesFigure, parseFigureQuery, type FigureQuery } from './figure-query';
import { FIELD_BOOSTS, FUZZY_MIN_LENGTH, MIN_PREFIX_LENGTH, TEXT_WEIGHT } from './rules';
import { TextIndex, type Hits } from './text-index';
import { searchWords, typosAllowed } from './words';

/** What search needs of an article's body. */
export type SearchBody = { id: string; text: string; figures: readonly Figure[] };

/** The part of a figure search keeps for search by figure. */
type FigureKey = Pick<Figure, 'value' | 'valueMax' | 'unit' | 'year' | 'rank'>;

/** The answer to a query: article ids, best first, and how the query was read. */
export interface SearchAnswer {
  ids: string[];
  /** The query read as a figure, or null when it was searched as words only. */
  figure: FigureQuery | null;
}

interface MetaDoc {
  id: number;
  title: string;
  byline: string;
  siteName: string;
  figures: string;
  tags: string;
}

/** The fields of an entry MiniSearch indexes. */
function metaDoc(n: number, entry: IndexEntry): MetaDoc {
  return {
    id: n,
    title: entry.title,
    byline: entry.byline ?? '',
    siteName: entry.siteName ?? '',
    figures: entry.topFigures.map((f) => `${f.text} ${f.measures}`).join(' '),
    tags: tagsOf(entry).join(' '),
  };
}

/** The library's search index. Articles are added newest first, so ties go to the newest. */
export class LibrarySearch {
  readonly #meta = new MiniSearch<MetaDoc>({
    fields: ['title', 'byline', 'siteName', 'figures', 'tags'],
    tokenize: searchWords,
    processTerm: (term) => term,
  });
  readonly #text = new TextIndex();
  /** Article number → id, and back. */
  readonly #ids: string[] = [];
  readonly #numbers = new Map<string, number>();
  readonly #figures = new Map<number, FigureKey[]>();
  readonly #withBody = new Set<number>();
  readonly #gone = new Set<number>();
  /** Each article's tags as indexed, to re-index an article whose tags changed. */
  readonly #tags = new Map<number, string>();

  /** How many articles have their text in the index. */
  get bodiesIndexed(): number {
    return this.#withBody.size;
  }

  /** Adds an article from its index entry, or brings it back (after {@link remove}) with its current tags. */
  addEntry(entry: IndexEntry): void {
    const known = this.#numbers.get(entry.id);
    const n = known ?? this.#ids.push(entry.id) - 1;
    const doc = metaDoc(n, entry);
    if (known === undefined) {
      this.#numbers.set(entry.id, n);
      this.#meta.add(doc);
    } else {
      this.#gone.delete(n);
      if (this.#tags.get(n) !== doc.tags) this.#meta.replace(doc);
    }
    this.#tags.set(n, doc.tags);
  }

  /** Whether the article's text is indexed. */
  hasBody(id: string): boolean {
    const n = this.#numbers.get(id);
    return n !== undefined && this.#withBody.has(n);
  }

  /** Adds an article's text and figures (its entry must be added first; a second call is ignored). */
  addBody(body: SearchBody): void {
    const n = this.#numbers.get(body.id);
    if (n === undefined || this.#withBody.has(n)) return;
    const figureWords = body.figures.map((f) => `${f.text} ${f.measures}`).join('\n');
    this.#text.add(n, `${body.text}\n${figureWords}`);
    this.#figures.set(
      n,
      body.figures.map(({ value, valueMax, unit, year, rank }) => ({ value, valueMax, unit, year, rank })),
    );
    this.#withBody.add(n);
  }

  /** Leaves an article out of answers (deleted); {@link addEntry} brings it back. */
  remove(id: string): void {
    const n = this.#numbers.get(id);
    if (n !== undefined) this.#gone.add(n);
  }

  /**
   * Article ids answering `query`, best first. A figure query answers with the
   * articles holding a matching figure (the more salient the figure, the
   * higher); a bare number or value ("2029", "40%") is also searched as words,
   * after them. Several words must all be found, each in any field.
   */
  search(query: string): SearchAnswer {
    const figure = parseFigureQuery(query);
    const byFigure = figure ? this.#byFigure(figure) : [];
    const wordsToo = !figure || figure.op === null;
    const byWords = wordsToo ? this.#byWords(searchWords(query)) : [];
    const seen = new Set(byFigure);
    const ids = [...byFigure, ...byWords.filter((n) => !seen.has(n))].map((n) => this.#ids[n] ?? '');
    return { ids, figure };
  }

  /** Article numbers with a figure answering `q`, by the best rank of such a figure, then newest. */
  #byFigure(q: FigureQuery): number[] {
    const found: [number, number][] = [];
    for (const [n, figures] of this.#figures) {
      if (this.#gone.has(n)) continue;
      let best = Infinity;
      for (const f of figures) if (f.rank < best && matchesFigure(q, f)) best = f.rank;
      if (best < Infinity) found.push([n, best]);
    }
    return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([n]) => n);
  }

  /** Article numbers holding every word, by summed score, then newest. */
  #byWords(words: readonly string[]): number[] {
    if (words.length === 0) return [];
    let total: Hits | null = null;
    for (const word of new Set(words)) {
      const hits = this.#wordHits(word);
      if (total === null) total = hits;
      else {
        const next: Hits = new Map();
        for (const [n, s] of hits) {
          const before = total.get(n);
          if (before !== undefined) next.set(n, before + s);
        }
        total = next;
      }
      if (total.size === 0) return [];
    }
    return [...(total ?? new Map<number, number>())]
      .filter(([n]) => !this.#gone.has(n))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([n]) => n);
  }

  /**
   * Articles matching one word in any field: the index fields' score plus the
   * text's. Near spellings are tried only when the word itself (or a longer
   * word it begins) is found nowhere, which keeps common words fast.
   */
  #wordHits(word: string): Hits {
    const hits = this.#weighted(this.#text.lookup(word, false));
    this.#addMeta(hits, word, 0);
    if (hits.size > 0) return hits;
    const typos = typosAllowed(word, FUZZY_MIN_LENGTH);
    if (typos === 0) return hits;
    const near = this.#weighted(this.#text.lookup(word, true));
    this.#addMeta(near, word, typos);
    return near;
  }

  /** Text hits weighed against the index fields. */
  #weighted(hits: Hits): Hits {
    for (const [n, s] of hits) hits.set(n, s * TEXT_WEIGHT);
    return hits;
  }

  /** Adds the index fields' matches for `word` (prefix, and `typos` typos) to `hits`. */
  #addMeta(hits: Hits, word: string, typos: number): void {
    const meta = this.#meta.search(word, { prefix: word.length >= MIN_PREFIX_LENGTH, fuzzy: typos, boost: FIELD_BOOSTS });
    for (const r of meta) {
      const n = r.id as number;
      hits.set(n, (hits.get(n) ?? 0) + r.score);
    }
  }
}
