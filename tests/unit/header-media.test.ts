/** The header stage (src/header) and the lazy-images stage (src/media), on small documents. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headerExtras, readHeader } from '../../src/header';
import { fixLazyImages, isPlaceholder, largestInSrcset } from '../../src/media';

const doc = (body: string, head = '') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('readHeader', () => {
  it('reads a WordPress entry header: byline, published (not updated) time, kicker before and standfirst after the title', () => {
    const d = doc(`<article><header class="entry-header">
      <span class="cat-links"><a href="/c/" rel="category tag">Science</a></span>
      <h1 class="entry-title">A title</h1>
      <span class="posted-on"><time class="updated" datetime="2024-02-02T00:00:00Z">2 Feb</time><time class="entry-date published" datetime="2024-01-01T10:00:00Z">1 Jan</time></span>
      <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/a/">Ana Ruiz</a></span></span>
      <p class="entry-summary">A standfirst that says what the article is about.</p></header>
      <div class="entry-content"><p>Body.</p></div></article>`);
    expect(readHeader(d)).toEqual({
      byline: 'Ana Ruiz',
      publishedTime: '2024-01-01T10:00:00Z',
      kicker: 'Science',
      standfirst: 'A standfirst that says what the article is about.',
    });
  });

  it('takes the JSON-LD author given by @id in a @graph, and its datePublished', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BlogPosting', author: { '@id': '#p1' }, datePublished: '2023-05-05' },
        { '@type': 'Person', '@id': '#p1', name: 'Kim Lee' },
      ],
    });
    const d = doc('<h1>T</h1>', `<script type="application/ld+json">${ld}</script>`);
    expect(readHeader(d)).toEqual({ byline: 'Kim Lee', publishedTime: '2023-05-05' });
  });

  it('does not take an author or summary from outside the header around the title', () => {
    const d = doc(`<div><header class="post-header"><h1>T</h1></header></div>
      <aside><span class="author">Sidebar Person</span><p class="subtitle">A subtitle of another story in the sidebar.</p></aside>`);
    expect(readHeader(d)).toEqual({});
  });

  it('shows the standfirst and kicker only when the article text does not hold them', () => {
    const fields = { kicker: 'Energy', standfirst: 'The dek of the story.' };
    expect(headerExtras(fields, 'Body text only.')).toEqual(fields);
    expect(headerExtras(fields, 'Energy\n\nThe dek  of the story.\n\nBody.')).toEqual({});
  });
});

describe('fixLazyImages', () => {
  it('tells placeholders from images', () => {
    expect(isPlaceholder('data:image/gif;base64,R0lGOD')).toBe(true);
    expect(isPlaceholder('/img/lazy_placeholder.gif')).toBe(true);
    expect(isPlaceholder(null)).toBe(true);
    expect(isPlaceholder('/photos/harbour.jpg')).toBe(false);
  });

  it('picks the largest srcset candidate', () => {
    expect(largestInSrcset('a.jpg 400w, b.jpg 1200w, c.jpg 800w')).toBe('b.jpg');
    expect(largestInSrcset('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
    expect(largestInSrcset('')).toBeNull();
  });

  it('reads the <noscript> copy when the page was parsed with scripting on (its content is text)', () => {
    const d = doc('<p><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="x"><noscript></noscript></p>');
    d.querySelector('noscript')!.textContent = '<img src="https://example.org/real.jpg" alt="x">';
    expect(fixLazyImages(d)).toBe(1);
    expect(d.querySelector('img')!.getAttribute('src')).toBe('https://example.org/real.jpg');
  });

  it('leaves a real src alone unless the class says lazy', () => {
    const d = doc('<img src="/a.jpg" data-src="/b.jpg"><img class="lazyload" src="/small.jpg" data-src="/large.jpg">');
    expect(fixLazyImages(d)).toBe(1);
    expect([...d.images].map((i) => i.getAttribute('src'))).toEqual(['/a.jpg', '/large.jpg']);
  });
});
