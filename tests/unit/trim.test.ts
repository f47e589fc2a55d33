/** The edge-trim stage (src/trim): boilerplate cut off the ends of Readability's article, each cut reported. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { trimEdges, type TrimOptions } from '../../src/trim';

const SENTENCE =
  'The harbour board met on Thursday to decide how the old grain store should be used, and after a long evening it chose a library.';
/** Four paragraphs of article text (over 500 characters). */
const BODY = `<p>${SENTENCE}</p>`.repeat(4);

/** Trims `html` (the inside of Readability's content element); returns the text left and the reports. */
function trim(html: string, opts: TrimOptions = {}): { text: string; reports: string[] } {
  const doc = new JSDOM(`<!doctype html><body><div id="content">${html}</div></body>`).window.document;
  const content = doc.getElementById('content') as Element;
  const reports: string[] = [];
  trimEdges(content, (what, n = 1) => reports.push(...Array<string>(n).fill(what)), opts);
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

  /** Meta lines between a standfirst and the text: a date with a few words around it. */
  const META_LINES: readonly string[] = [
    'von Anja Muster am 14. Mai 2014, 15:40 Uhr',
    'Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS',
    '24. März 2004, 19:49 | Genesis',
    '2021-10-16 | Botschaft',
    'Aktualisiert: 11.04.2020, 10:27',
  ];

  it.each(META_LINES)('removes the meta line "%s" after a standfirst', (line) => {
    const { text, reports } = trim(`<p>The board chose a library for the old grain store.</p><p>${line}</p>${BODY}`);
    expect(text).not.toContain(line);
    expect(text.startsWith('The board chose a library')).toBe(true);
    expect(reports).toEqual(['date or byline']);
  });

  it('keeps short sentences and headings that hold a date', () => {
    const lines = ['<p>On 14 May 2014 the board met.</p>', '<h3>Wochenbericht 14. - 20. Januar 2022</h3>', '<p>Die Saison 2019 | 2020 im Rückblick und was der Verein daraus lernte</p>'];
    for (const line of lines) {
      const { reports } = trim(`${line}${BODY}`);
      expect(reports, line).toEqual([]);
    }
  });

  it('removes a line that repeats the byline the reader sees apart from the text', () => {
    const { text, reports } = trim(`<p>By Jill Serjeant</p><p>4 Min Read</p>${BODY}`, { byline: 'Jill Serjeant' });
    expect(text.startsWith(SENTENCE)).toBe(true);
    expect(reports).toEqual(['date or byline', 'date or byline']);
    expect(trim(`<p>By Jill Serjeant</p>${BODY}`).reports).toEqual([]);
    expect(trim(`<h5>Mark Lavin</h5>${BODY}`, { byline: 'Mark Lavin' }).reports).toEqual(['date or byline']);
  });

  it('cuts the filing line and an author bio at the end', () => {
    const filed = trim(`${BODY}<p>This entry was posted in News. Bookmark the permalink.</p>`);
    expect(filed.text.endsWith(SENTENCE)).toBe(true);
    expect(filed.reports).toEqual(['date or byline']);
    const bio = trim(`${BODY}<h3>Über Kathrin</h3><p>Hallo, ich bin Foodbloggerin und backe seit meiner Kindheit.</p>`);
    expect(bio.text.endsWith(SENTENCE)).toBe(true);
    expect(bio.reports).toEqual(['author box']);
  });

  it('keeps a section about a subject, and one followed by a long text', () => {
    expect(trim(`${BODY}<h3>Über Wasserstoff</h3>${BODY}${BODY}`).reports).toEqual([]);
    expect(trim(`${BODY}<h3>Über den Hafen</h3><p>${SENTENCE}</p>`).reports).toEqual([]);
  });

  it('removes a menu or breadcrumb written as a list before the text, not a list of the text', () => {
    const menu = '<ul><li><a href="/">Home</a></li><li><a href="/beauty">Beauty</a></li><li><a href="/travel">Travel</a></li></ul>';
    const { text, reports } = trim(`${menu}${BODY}`);
    expect(text.startsWith(SENTENCE)).toBe(true);
    expect(reports).toEqual(['link list']);
    const own = '<ul><li>Flour, 500 g</li><li>Butter, 250 g</li></ul>';
    expect(trim(`${own}${BODY}`).reports).toEqual([]);
  });

  it('cuts a heading left with no text after it, and a source line', () => {
    for (const tail of ['<h3>Weitere Tourentipps</h3>', '<p>Kontakt:</p>', '<p>Źródło: ISBnews</p>']) {
      const { text, reports } = trim(`${BODY}${tail}`);
      expect(text.endsWith(SENTENCE), tail).toBe(true);
      expect(reports, tail).toHaveLength(1);
    }
    expect(trim(`${BODY}<h3>Weitere Tourentipps</h3>`).reports).toEqual(['heading without text']);
    expect(trim(`${BODY}<h3>The last word</h3><p>${SENTENCE}</p>`).reports).toEqual([]);
    expect(trim(`${BODY}<h4>It backs his version.</h4>`).reports).toEqual([]);
  });

  it('cuts a "related" heading that only a scrap of text follows', () => {
    const { text, reports } = trim(`${BODY}<h3>Empfohlene Beiträge</h3><p>Sopra Steria Blog on Instagram</p>`);
    expect(text.endsWith(SENTENCE)).toBe(true);
    expect(reports).toEqual(['related links']);
  });
});
