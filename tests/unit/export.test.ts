import { describe, expect, it } from 'vitest';
import { exportFilename, toMarkdown, toPlainText } from '../../src/export';
import type { Article, RelatedPost } from '../../src/types';
import { figure as makeFigure } from './storage-helpers';

/** A small Article; tests override what they look at. */
function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.org/2024/05/smelter-plan',
    title: 'Smelter plan approved',
    byline: 'Jane Roe',
    siteName: 'Example News',
    publishedTime: '2024-05-02T09:30:00+06:00',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A new smelter.',
    html: '<p>The plan was approved.</p>',
    text: 'The plan was approved.',
    wordCount: 4,
    readingMinutes: 1,
    figures: [],
    related: [],
    removals: [],
    extractedAt: '2024-05-03T10:00:00.000Z',
    ...overrides,
  };
}

function makeRelated(overrides: Partial<RelatedPost> = {}): RelatedPost {
  return { url: 'https://news.example.org/other', title: 'Another post', ...overrides };
}

/** The front matter block of a Markdown export, as key → raw value. */
function frontMatter(md: string): Map<string, string> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(match, 'front matter at the top').not.toBeNull();
  const entries = (match?.[1] ?? '').split('\n').map((line) => {
    const colon = line.indexOf(': ');
    return [line.slice(0, colon), line.slice(colon + 2)] as [string, string];
  });
  return new Map(entries);
}

/** The Markdown after the front matter. */
function markdownBody(md: string): string {
  return md.replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

describe('toPlainText', () => {
  it('writes title, byline, source, date, a blank line, then the text', () => {
    const article = makeArticle({ text: 'First paragraph.\n\n• one\n• two\n\nLast.' });
    expect(toPlainText(article)).toBe(
      'Smelter plan approved\n' +
        'By Jane Roe\n' +
        'Source: https://news.example.org/2024/05/smelter-plan\n' +
        'Published: 2024-05-02\n' +
        '\n' +
        'First paragraph.\n\n• one\n• two\n\nLast.\n',
    );
  });

  it('leaves out what the article does not have', () => {
    const article = makeArticle({ byline: null, publishedTime: null, url: '' });
    expect(toPlainText(article)).toBe('Smelter plan approved\n\nThe plan was approved.\n');
  });

  it('does not double "By" and keeps header fields on one line', () => {
    const article = makeArticle({ title: 'Smelter\n  plan', byline: 'by  Jane\nRoe' });
    expect(toPlainText(article).split('\n').slice(0, 2)).toEqual(['Smelter plan', 'By Jane Roe']);
  });

  it.each([
    ['2024-05-02', '2024-05-02'],
    ['2024-05-02T23:30:00-08:00', '2024-05-02'],
    ['May 2, 2024', '2024-05-02'],
    ['2 May 2024', '2024-05-02'],
    ['Spring 2024', 'Spring 2024'],
    ['May 2024', 'May 2024'],
    ['02/05/2024', '02/05/2024'],
  ])('formats the published date %j as %j', (publishedTime, shown) => {
    expect(toPlainText(makeArticle({ publishedTime }))).toContain(`\nPublished: ${shown}\n\n`);
  });

  it('ends with exactly one newline and holds no HTML', () => {
    const out = toPlainText(makeArticle({ text: 'Body.\n\n' }));
    expect(out.endsWith('Body.\n')).toBe(true);
    expect(out).not.toMatch(/<[a-z]/i);
  });
});

describe('toMarkdown', () => {
  const html = [
    '<h2>Background</h2>',
    '<p>The plan, worth <strong>$1.2 billion</strong>, is <em>ambitious</em>; see <a href="https://gov.example.org/plan">the ministry</a>.</p>',
    '<ul><li>Smelter<ul><li>acid plant</li></ul></li><li>Rail</li></ul>',
    '<ol start="3"><li>Review</li></ol>',
    '<figure><img src="https://news.example.org/site.jpg" alt="The site"><figcaption>The site in May.</figcaption></figure>',
    '<table><thead><tr><th>Year</th><th>Output</th></tr></thead><tbody><tr><td>2024</td><td>4 | 5 Mt</td></tr><tr><td>2025</td></tr></tbody></table>',
    '<pre><code class="language-python">total = a + b\nprint(total)</code></pre>',
    '<blockquote><p>A quote.</p></blockquote>',
  ].join('');

  it('writes front matter with the metadata, quoted', () => {
    const fm = frontMatter(toMarkdown(makeArticle({ html }), document));
    expect(Object.fromEntries(fm)).toEqual({
      title: '"Smelter plan approved"',
      author: '"Jane Roe"',
      source: '"https://news.example.org/2024/05/smelter-plan"',
      site: '"Example News"',
      published: '"2024-05-02"',
      saved: '"2024-05-03"',
    });
  });

  it('leaves out empty metadata', () => {
    const md = toMarkdown(makeArticle({ byline: null, siteName: null, publishedTime: null, url: '' }), document);
    expect([...frontMatter(md).keys()]).toEqual(['title', 'saved']);
  });

  it.each([
    'Kazakhstan: "rare" earths #1',
    'Title with a line\u2028separator and a \\ backslash',
    "It's 'quoted' - {not} [yaml] & *bold*: yes",
    '---\nnot: front matter',
  ])('escapes the title %j in front matter and heading', (title) => {
    const md = toMarkdown(makeArticle({ title }), document);
    const raw = frontMatter(md).get('title') ?? '';
    expect(raw.startsWith('"')).toBe(true);
    expect(raw).not.toMatch(/[\n\u2028]/);
    // A YAML double-quoted scalar written as JSON reads back as the one-line title.
    expect(JSON.parse(raw)).toBe(title.replace(/\s+/g, ' '));
    expect(md.split('\n---\n').length).toBe(2);
  });

  it('converts the article body', () => {
    const body = markdownBody(toMarkdown(makeArticle({ html }), document));
    expect(body).toBe(
      [
        '# Smelter plan approved',
        '',
        '## Background',
        '',
        'The plan, worth **\\$1.2 billion**, is _ambitious_; see [the ministry](https://gov.example.org/plan).',
        '',
        '-   Smelter',
        '    -   acid plant',
        '-   Rail',
        '',
        '3.  Review',
        '',
        '![The site](https://news.example.org/site.jpg)',
        '',
        'The site in May.',
        '',
        '| Year | Output |',
        '| --- | --- |',
        '| 2024 | 4 \\| 5 Mt |',
        '| 2025 | |',
        '',
        '```python',
        'total = a + b',
        'print(total)',
        '```',
        '',
        '> A quote.',
        '',
      ].join('\n'),
    );
  });

  it('escapes the title heading and does not repeat a title the body starts with', () => {
    const title = 'C# and #hashtags: a #';
    const withTitle = markdownBody(toMarkdown(makeArticle({ title, html: `<h1>${title}</h1><p>x</p>` }), document));
    expect(withTitle).toBe('# C# and #hashtags: a #\n\nx\n');
    const without = markdownBody(toMarkdown(makeArticle({ title, html: '<p>x</p>' }), document));
    expect(without).toBe('# C# and #hashtags: a \\#\n\nx\n');
  });

  it('makes a table of a table without a header row and keeps a caption', () => {
    const body = markdownBody(
      toMarkdown(makeArticle({ html: '<table><caption>Output</caption><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d<br>e</td></tr></table>' }), document),
    );
    expect(body).toContain('Output\n\n| a | b |\n| --- | --- |\n| c | d e |\n');
  });

  it('reads layout tables as blocks, not as a Markdown table', () => {
    const body = markdownBody(
      toMarkdown(makeArticle({ html: '<table><tr><td><h2>Head</h2><p>Body text.</p></td><td>Side</td></tr></table>' }), document),
    );
    expect(body).toContain('## Head\n\nBody text.\n\nSide');
    expect(body).not.toContain('|');
  });

  it('escapes Markdown and HTML in text', () => {
    const body = markdownBody(toMarkdown(makeArticle({ html: '<p>Use &lt;div&gt; and *stars* for $5 and $6_000</p>' }), document));
    expect(body).toContain('Use \\<div> and \\*stars\\* for \\$5 and \\$6\\_000');
  });

  it('adds a Key figures table', () => {
    const figures = [
      makeFigure(),
      makeFigure({ text: '40%', measures: 'increase | growth', sentence: 'A projected\n40% increase.', rank: 2 }),
    ];
    const md = toMarkdown(makeArticle({ figures }), document);
    expect(md).toContain(
      [
        '## Key figures',
        '',
        '| Figure | Measures | Sentence |',
        '| --- | --- | --- |',
        '| \\$500 million | joint venture | Deals include a \\$500 million joint venture. |',
        '| 40% | increase \\| growth | A projected 40% increase. |',
      ].join('\n'),
    );
  });

  it('adds a Related posts list', () => {
    const related = [
      makeRelated({ title: 'Tungsten [market]', url: 'https://news.example.org/a_(b)', author: 'David Lazarevic', date: '2024-04-30T08:00:00Z' }),
      makeRelated(),
    ];
    const md = toMarkdown(makeArticle({ related }), document);
    expect(md.endsWith(
      [
        '## Related posts',
        '',
        '- [Tungsten \\[market\\]](https://news.example.org/a_\\(b\\)) — David Lazarevic · 2024-04-30',
        '- [Another post](https://news.example.org/other)',
        '',
      ].join('\n'),
    )).toBe(true);
  });

  it('has no figures or related sections when there are none, and ends with one newline', () => {
    const md = toMarkdown(makeArticle(), document);
    expect(md).not.toContain('## Key figures');
    expect(md).not.toContain('## Related posts');
    expect(md.endsWith('The plan was approved.\n')).toBe(true);
  });

  it('parses the HTML in a separate document: the given one is not touched', () => {
    const before = document.documentElement.outerHTML;
    const md = toMarkdown(makeArticle({ html: '<p id="probe">x</p>' }), document);
    expect(md).toContain('\nx\n');
    expect(document.getElementById('probe')).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('exportFilename', () => {
  it.each<[string, string, 'txt' | 'md' | 'html' | 'json']>([
    ['Kazakhstan Rare Earth Metals Industry set to expand', 'kazakhstan-rare-earth-metals-industry-set-to-expand.txt', 'txt'],
    ['The "Best" Article — Ever!', 'the-best-article-ever.md', 'md'],
    ['Café crème à la niño, Straße', 'cafe-creme-a-la-nino-straße.md', 'md'],
    ['Новости: рынок редкоземельных металлов', 'новости-рынок-редкоземельных-металлов.txt', 'txt'],
    ['Ёлка и йод', 'ёлка-и-йод.txt', 'txt'],
    ['北京的新闻：稀土', '北京的新闻-稀土.json', 'json'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार.html', 'html'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.txt', 'txt'],
    ['../../etc/passwd', 'etc-passwd.txt', 'txt'],
    ['  --Leading and trailing--  ', 'leading-and-trailing.txt', 'txt'],
    ['Report\u202Etxt.exe', 'report-txt-exe.txt', 'txt'],
    ['CON', 'con-article.txt', 'txt'],
    ['🎉🎉', 'example-news.txt', 'txt'],
  ])('%j → %j', (title, expected, ext) => {
    expect(exportFilename(makeArticle({ title }), ext)).toBe(expected);
  });

  it('falls back to "article" without a usable title or site name', () => {
    expect(exportFilename(makeArticle({ title: '', siteName: null }), 'md')).toBe('article.md');
  });

  it('cuts very long titles at a hyphen, within 80 characters', () => {
    const title = 'The Kazakhstan Rare and Rare Earth Metals Industry set to expand with new investment and partnerships';
    const name = exportFilename(makeArticle({ title }), 'txt');
    expect(name).toBe('the-kazakhstan-rare-and-rare-earth-metals-industry-set-to-expand-with-new.txt');
    expect(name.length - '.txt'.length).toBeLessThanOrEqual(80);
  });

  it('cuts a long word without hyphens at 80 characters', () => {
    expect(exportFilename(makeArticle({ title: 'x'.repeat(200) }), 'md')).toBe(`${'x'.repeat(80)}.md`);
  });

  it('keeps long non-Latin titles within 200 UTF-8 bytes', () => {
    const name = exportFilename(makeArticle({ title: '稀土'.repeat(100) }), 'md');
    expect(new TextEncoder().encode(name.replace(/\.md$/, '')).length).toBeLessThanOrEqual(200);
    expect(name).toBe(`${'稀土'.repeat(33)}.md`);
  });
});
