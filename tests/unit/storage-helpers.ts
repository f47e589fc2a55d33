/** Builders shared by the storage, background and export tests. */
import type { StorageArea } from '../../src/storage/types';
import type { Article, Figure } from '../../src/types';

/** A small valid Article "Story n" at news.example.org; tests override what they look at. */
export function article(n: number, overrides: Partial<Article> = {}): Article {
  return {
    url: `https://news.example.org/story/${n}`,
    title: `Story ${n}`,
    byline: null,
    siteName: 'Example News',
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    html: `<p>Story ${n} rose 5%.</p>`,
    text: `Story ${n} rose 5%.`,
    wordCount: 4,
    readingMinutes: 1,
    figures: [],
    related: [],
    removals: [],
    extractedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A "$500 million" money Figure, ranked first; tests override what they look at. */
export function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    text: '$500 million',
    value: 500_000_000,
    unit: 'USD',
    kind: 'money',
    measures: 'joint venture',
    sentence: 'Deals include a $500 million joint venture.',
    position: 0,
    mentions: 1,
    rank: 1,
    ...overrides,
  };
}

/** A storage area over a Map; `failWrites` makes every write throw. */
export function memoryArea(initial: Record<string, unknown> = {}, failWrites = false): StorageArea & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (keys) => {
      const names = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(names.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    set: async (items) => {
      if (failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}
