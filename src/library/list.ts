/**
 * The library list's pure parts: sorting, filtering by site and tag, the
 * choices the filters offer, and tag editing. Everything works on the index
 * entries alone (never on article bodies), so a list of ten thousand is quick.
 */
import type { IndexEntry } from '../storage/types';

/** How the list can be sorted. */
export const SORTS = ['newest', 'oldest', 'title', 'site', 'reading'] as const;

/** One of {@link SORTS}. */
export type Sort = (typeof SORTS)[number];

/** Whether a string names a sort. */
export function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

/** What the list is narrowed to: a site name and a tag ('' = any). */
export interface ListFilter {
  site: string;
  tag: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The tags of an entry (none for entries written before tags were indexed). */
export function tagsOf(entry: IndexEntry): readonly string[] {
  return Array.isArray(entry.tags) ? entry.tags : [];
}

/** The entries sorted (a new array; ties keep the given order, newest first from the index). */
export function sortEntries(entries: readonly IndexEntry[], sort: Sort): IndexEntry[] {
  // Each entry's key is worked out once (a library may hold ten thousand).
  const keyed = entries.map((e) => ({ e, time: Date.parse(e.savedAt) || 0 }));
  const order: Record<Sort, (a: (typeof keyed)[number], b: (typeof keyed)[number]) => number> = {
    newest: (a, b) => b.time - a.time,
    oldest: (a, b) => a.time - b.time,
    title: (a, b) => collator.compare(a.e.title, b.e.title),
    site: (a, b) => collator.compare(a.e.siteName ?? '', b.e.siteName ?? '') || b.time - a.time,
    reading: (a, b) => a.e.readingMinutes - b.e.readingMinutes,
  };
  return keyed.sort(order[sort]).map(({ e }) => e);
}

/** Whether an entry passes the filter. */
export function passes(entry: IndexEntry, filter: ListFilter): boolean {
  return (filter.site === '' || (entry.siteName ?? '') === filter.site) && (filter.tag === '' || tagsOf(entry).includes(filter.tag));
}

/** The site names and the tags found in the entries, each with how many entries have it, sorted by name. */
export function facets(entries: readonly IndexEntry[]): { sites: [string, number][]; tags: [string, number][] } {
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const e of entries) {
    if (e.siteName) sites.set(e.siteName, (sites.get(e.siteName) ?? 0) + 1);
    for (const t of tagsOf(e)) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const byName = (a: [string, number], b: [string, number]) => collator.compare(a[0], b[0]);
  return { sites: [...sites].sort(byName), tags: [...tags].sort(byName) };
}

/** Tags typed by the reader ("climate, energy") added to an entry's tags, without duplicates. */
export function withTags(current: readonly string[], typed: string): string[] {
  const added = typed
    .split(',')
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => t !== '');
  return [...new Set([...current, ...added])];
}
