// @vitest-environment node
/**
 * The CLI runs the text stage and the exports in plain Node with a jsdom
 * document and no DOM globals. This file runs without them (no `document`,
 * `window`, `Node`), so a stray global in src/text or src/export, or Turndown
 * picking a string parser, fails here.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/export';
import { htmlToText } from '../../src/text';
import type { Article } from '../../src/types';

const HTML =
  '<h2>Plan</h2><p>Worth <strong>$1.2 billion</strong>, see <a href="https://gov.example.org/">the ministry</a>.</p>' +
  '<ul><li>one</li><li>two</li></ul><table><tr><th>Year</th><th>t</th></tr><tr><td>2024</td><td>4</td></tr></table>';

const article: Article = {
  url: 'https://news.example.org/plan',
  title: 'Plan approved',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  html: HTML,
  text: '',
  wordCount: 0,
  readingMinutes: 1,
  figures: [],
  related: [],
  removals: [],
  extractedAt: '2024-05-03T10:00:00.000Z',
};

describe('text and export in Node without DOM globals', () => {
  it('really has no DOM globals', () => {
    expect(typeof globalThis.document).toBe('undefined');
    expect(typeof (globalThis as { Node?: unknown }).Node).toBe('undefined');
  });

  it('htmlToText reads a jsdom body', () => {
    const { document } = new JSDOM(`<!doctype html><body>${HTML}</body>`).window;
    expect(htmlToText(document.body)).toBe(
      'Plan\n\nWorth $1.2 billion, see the ministry.\n\n• one\n• two\n\nYear | t\n2024 | 4',
    );
  });

  it('toMarkdown converts with a jsdom document', () => {
    const { document } = new JSDOM('<!doctype html>').window;
    expect(toMarkdown(article, document)).toBe(
      [
        '---',
        'title: "Plan approved"',
        'source: "https://news.example.org/plan"',
        'saved: "2024-05-03"',
        '---',
        '',
        '# Plan approved',
        '',
        '## Plan',
        '',
        'Worth **\\$1.2 billion**, see [the ministry](https://gov.example.org/).',
        '',
        '-   one',
        '-   two',
        '',
        '| Year | t |',
        '| --- | --- |',
        '| 2024 | 4 |',
        '',
      ].join('\n'),
    );
  });
});
