/** The edge-trim stage (src/trim): boilerplate cut off the ends of Readability's article, each cut reported. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { trimEdges } from '../../src/trim';

const SENTENCE =
  'The harbour board met on Thursday to decide how the old grain store should be used, and after a long evening it chose a library.';
/** Four paragraphs of article text (over 500 characters). */
const BODY = `<p>${SENTENCE}</p>`.repeat(4);

/** Trims `html` (the inside of Readability's content element); returns the text left and the reports. */
function trim(html: string): { text: string; reports: string[] } {
  const doc = new JSDOM(`<!doctype html><body><div id="content">${html}</div></body>`).window.document;
  const content = doc.getElementById('content') as Element;
  const reports: string[] = [];
  trimEdges(content, (what, n = 1) => reports.push(...Array<string>(n).fill(what)));
  return { text: (content.textContent ?? '').replace(/\s+/g, ' ').trim(), reports };
}

describe('trimEdges', () => {
  it('cuts a "related" heading and the links after it', () => {
    const { text, reports } = trim(
      `${BODY}<h3>Related articles</h3><ul><li><a href="/a">Ferry times change</a></li><li><a href="/b">A new bridge</a></li></ul>`,
    );
    expect(text).toContain(SENTENCE);
    expect(text).not.toContain('Related articles');
    expect(text).not.toContain('Ferry times change');
    expect(reports).toEqual(['related links']);
  });

  it('reads the end markers of other languages', () => {
    for (const heading of ['Das könnte Sie auch interessieren', 'À lire aussi', 'Zobacz też', 'Te puede interesar']) {
      const { text } = trim(`${BODY}<h2>${heading}</h2><p><a href="/x">Another story entirely</a></p>`);
      expect(text, heading).not.toContain(heading);
      expect(text, heading).not.toContain('Another story');
    }
  });

  it('keeps a "read also" label in the middle of the text when the article goes on after it', () => {
    const { text, reports } = trim(`${BODY}<p>Read also</p>${BODY}`);
    expect(text).toContain('Read also');
    expect(text.split(SENTENCE).length - 1).toBe(8);
    expect(reports).toEqual([]);
  });

  it('cuts comments, author boxes and newsletter asks only after most of the text', () => {
    const late = trim(`${BODY}<h3>Comments</h3><p>Great piece, thanks for writing it.</p>`);
    expect(late.text).not.toContain('Great piece');
    expect(late.reports).toEqual(['comments']);
    const early = trim(`<p>${SENTENCE}</p><h3>Comments</h3>${BODY}`);
    expect(early.text).toContain('Comments');
    expect(early.reports).toEqual([]);
  });

  it('removes tag lines, calls to action and link lines at the end, and says why', () => {
    const { text, reports } = trim(
      `${BODY}<p>Tags: <a href="/t/port">port</a>, <a href="/t/library">library</a></p>` +
        '<p>Follow us on Mastodon and subscribe to our newsletter so you never miss a story.</p>' +
        '<p><a href="/prev">Previous post</a> | <a href="/next">Next post</a></p>',
    );
    expect(text.endsWith(SENTENCE)).toBe(true);
    expect(reports).toEqual(['link list', 'share prompt', 'tag list']);
  });

  it('keeps a last paragraph of text, even one with a link in it', () => {
    const last = 'The library opens in May; the <a href="/plan">building plan</a> is on the council website.';
    const { text, reports } = trim(`${BODY}<p>${last}</p>`);
    expect(text).toContain('The library opens in May');
    expect(reports).toEqual([]);
  });

  it('removes breadcrumbs and date lines before the text but keeps the headings', () => {
    const { text, reports } = trim(
      '<p><a href="/">Home</a> › <a href="/news/">News</a></p><p>Published: 14.03.2025, 09:30</p><p>7. Oktober 2020</p>' +
        `<h2>A library in the grain store</h2>${BODY}`,
    );
    expect(text.startsWith('A library in the grain store')).toBe(true);
    expect(reports).toEqual(['breadcrumb', 'date or byline', 'date or byline']);
  });

  it('leaves short content alone', () => {
    const { text, reports } = trim(`<p>${SENTENCE}</p><p>Tags: <a href="/t">port</a></p>`);
    expect(text).toContain('Tags: port');
    expect(reports).toEqual([]);
  });
});
