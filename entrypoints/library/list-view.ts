/**
 * The article list of the library page: which entries match the search and
 * filters, in what order, and their rows rendered a page at a time (the first
 * page at once, the next ones on "Show more" or when it scrolls into view).
 */
import { formatNumber, t, tn } from '../../lib/i18n';
import { facets, passes, sortEntries, type ListFilter, type Sort } from '../../src/library/list';
import type { SearchAnswer } from '../../src/library/search';
import type { IndexEntry } from '../../src/storage/types';
import { byId, h } from '../../lib/dom';
import { articleRow, type RowActions } from './rows';

/** Rows rendered per page. */
export const PAGE_SIZE = 100;

/** What the list shows. */
export interface ListQuery {
  search: string;
  sort: Sort;
  filter: ListFilter;
}

/** The list: all entries, the matching ones in order, and how many rows are on the page. */
export class ListView {
  entries: IndexEntry[] = [];
  /** The matching entries, in display order. */
  matching: IndexEntry[] = [];
  /**
   * Articles not received yet: the page paints the newest ones first and gets
   * the rest right after (only the unfiltered newest-first list is shown meanwhile).
   */
  missing = 0;
  #shown = 0;
  readonly #list = byId<HTMLUListElement>('articles');
  readonly #more = byId<HTMLButtonElement>('show-more');

  readonly #actions: RowActions;

  constructor(actions: RowActions) {
    this.#actions = actions;
    this.#more.onclick = () => this.showMore();
    new IntersectionObserver((seen) => {
      if (seen.some((e) => e.isIntersecting) && !this.#more.hidden && !this.#more.disabled) this.showMore();
    }).observe(this.#more);
  }

  /** The entry with this id. */
  entry(id: string): IndexEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Recomputes the matching entries (`answer`: the search's, when searching) and renders the first page. */
  update(query: ListQuery, answer: SearchAnswer | null, searchMs: number | null): void {
    this.#match(query, answer);
    this.#list.dataset.query = query.search;
    if (searchMs !== null) this.#list.dataset.searchMs = searchMs.toFixed(1);
    this.#list.replaceChildren();
    this.#shown = 0;
    this.showMore();
    this.#showEmpty(query);
  }

  /**
   * Takes the whole list once it has arrived (`query`: the unsearched one
   * shown meanwhile). The rows on screen stay (with focus, scroll and
   * selection) when they are still the first ones; otherwise the list is
   * rendered again.
   */
  complete(entries: IndexEntry[], query: ListQuery): void {
    const shown = [...this.#list.querySelectorAll<HTMLElement>(':scope > li.article')].map((li) => li.dataset.id);
    this.entries = entries;
    this.missing = 0;
    this.#match(query, null);
    if (shown.length !== Math.min(PAGE_SIZE, this.matching.length) || shown.some((id, i) => this.matching[i]?.id !== id)) {
      this.update(query, null, null);
      return;
    }
    this.#showMoreButton();
  }

  /** Renders the next page of rows. */
  showMore(): void {
    const next = this.matching.slice(this.#shown, this.#shown + PAGE_SIZE);
    this.#list.append(...next.map((e) => articleRow(e, this.#actions)));
    this.#shown += next.length;
    this.#list.dataset.shown = String(this.#shown);
    this.#showMoreButton();
  }

  #match(query: ListQuery, answer: SearchAnswer | null): void {
    if (answer) {
      const byId = new Map(this.entries.map((e) => [e.id, e]));
      this.matching = answer.ids.flatMap((id) => {
        const e = byId.get(id);
        return e && passes(e, query.filter) ? [e] : [];
      });
    } else {
      this.matching = sortEntries(this.entries.filter((e) => passes(e, query.filter)), query.sort);
    }
    const total = this.matching.length + this.missing;
    this.#list.dataset.total = String(total);
    byId('result-count').textContent = answer ? tn('libraryResultCount', total) : tn('libraryArticleCount', total);
  }

  /** "Show more (N left)"; it waits (disabled) while the rest of the list is on its way. */
  #showMoreButton(): void {
    const left = this.matching.length + this.missing - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.disabled = this.missing > 0;
    this.#more.textContent = t('libraryShowMore', formatNumber(left));
  }

  /** Replaces one rendered row (after its tags changed). */
  refreshRow(entry: IndexEntry): void {
    const old = this.#list.querySelector(`li.article[data-id="${CSS.escape(entry.id)}"]`);
    old?.replaceWith(articleRow(entry, this.#actions));
  }

  /** Fills the site and tag menus from the entries, keeping the current choice. */
  fillFilters(): void {
    const { sites, tags } = facets(this.entries);
    fill(byId<HTMLSelectElement>('filter-site'), sites);
    fill(byId<HTMLSelectElement>('filter-tag'), tags);
  }

  #showEmpty(query: ListQuery): void {
    const empty = byId('empty');
    const filtered = query.search !== '' || query.filter.site !== '' || query.filter.tag !== '';
    empty.hidden = this.matching.length > 0;
    empty.textContent = filtered ? t('libraryNoResults') : t('libraryEmpty');
  }
}

function fill(select: HTMLSelectElement, values: [string, number][]): void {
  const chosen = select.value;
  const all = select.options[0];
  select.replaceChildren(...(all ? [all] : []), ...values.map(([v, n]) => h('option', { value: v }, t('libraryFacetOption', [v, formatNumber(n)]))));
  select.value = values.some(([v]) => v === chosen) ? chosen : '';
}
