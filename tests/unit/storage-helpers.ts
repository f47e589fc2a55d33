/** Builders shared by the storage, background and library-export tests. */
import type { Article } from '../../src/types';

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
