/** The lead stage (src/lead): the standfirst and first paragraphs Readability leaves out between the title and its text. */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { missingLead, restoreLead, scanLead, titleHeading } from '../../src/lead';
import { LEAD_LIMITS } from '../../src/lead/rules';
import { extractArticle } from '../../src/pipeline';

const doc = (body: string) => new JSDOM(`<!doctype html><html><head><title>Harbour library</title></head><body>${body}</body></html>`).window.document;

const SENTENCE = 'The harbour board met on Thursday to decide how the old grain store should be used, and after a long evening it chose a library.';
const BODY = Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE} Paragraph ${i + 1} goes on about shelves, opening hours and the cost.</p>`).join('');
const LEAD = 'The town will get its first public library in forty years, in a building that has stood empty since the port closed.';

/** An article whose lead paragraph sits in the header with the title, apart from the body Readability chooses. */
const ARTICLE = `<main><article>
  <header class="article-header"><h1>Harbour library</h1>
    <p class="article-meta">By Ana Ruiz · 12 March 2024</p>
    <div class="intro"><p>${LEAD}</p></div>
    <figure><img src="/a.jpg"><figcaption>The grain store, seen from the quay, on a grey morning in the spring.</figcaption></figure>
  </header>
  <div class="article-body"><div class="text">${BODY}</div><ul class="links"><li><a href="/x">Ferry times</a></li></ul></div>
</article></main>`;

/** Runs the scan, Readability and the restore as the page stages do; returns the text and the reports. */
function readWithLead(body: string): { text: string; reports: string[]; added: number } {
  const d = doc(body);
  const scan = scanLead(d);
  const parsed = new Readability<Node>(d, { serializer: (n) => n }).parse();
  const content = parsed?.content as Element;
  const reports: string[] = [];
  const added = scan ? restoreLead(content, scan, (what, n = 1) => reports.push(...Array<string>(n).fill(what))) : 0;
  return { text: (content.textContent ?? '').replace(/\s+/g, ' ').trim(), reports, added };
}

describe('scanLead', () => {
  it('notes the text blocks after the title, and which of them read as prose', () => {
    const scan = scanLead(doc(ARTICLE));
    expect(scan?.blocks.map((b) => [b.text.slice(0, 20), b.prose]).slice(0, 3)).toEqual([
      ['By Ana Ruiz · 12 Mar', false],
      [LEAD.slice(0, 20), true],
      [SENTENCE.slice(0, 20), true],
    ]);
  });

  it('skips captions and hidden blocks, and stops at the next title', () => {
    const scan = scanLead(
      doc(`<h1>One</h1><figure><figcaption>${LEAD}</figcaption></figure><div style="color: red; visibility: hidden"><p>${LEAD}</p></div><p>${SENTENCE}</p><h1>Two</h1><p>${LEAD}</p>`),
    );
    expect(scan?.blocks.map((b) => b.text)).toEqual([SENTENCE]);
  });

  it('starts at the heading most like the page title, not at a logo heading', () => {
    const d = new JSDOM(`<!doctype html><html><head><meta property="og:title" content="Harbour library opens in the old grain store - Daily Tide">
      </head><body><h1>Daily Tide</h1><nav><a href="/">Home</a></nav><h2 class="headline">Harbour library opens in the old grain store</h2><p>${LEAD}</p></body></html>`).window.document;
    expect(titleHeading(d)?.textContent).toBe('Harbour library opens in the old grain store');
    expect(scanLead(d)?.blocks.map((b) => b.text)).toEqual([LEAD]);
  });

  it('does not read a byline with a date as prose', () => {
    const scan = scanLead(doc(`<h1>Harbour library</h1><div>Staff reporter for the Daily Tide | May 10, 2022 01:52 PM</div><p>${SENTENCE}</p>`));
    expect(scan?.blocks.map((b) => b.prose)).toEqual([false, true]);
  });

  it('does not read the messages of a video player as prose', () => {
    const scan = scanLead(doc(`<h1>Harbour library</h1><div class="video-player"><div><p>Unfortunately, this video is not available in your region today.</p></div></div><p>${SENTENCE}</p>`));
    expect(scan?.blocks.map((b) => b.prose)).toEqual([false, true]);
  });

  it('does not read a teaser inside a link as prose', () => {
    const scan = scanLead(doc(`<h1>Harbour library</h1><a href="/next"><div>Up next: the ferry timetable changes again on the first of the month</div></a><p>${SENTENCE}</p>`));
    expect(scan?.blocks.map((b) => b.prose)).toEqual([false, true]);
  });

  it('does not read an author box before the body as prose', () => {
    const scan = scanLead(doc(`<h1>Harbour library</h1><div class="row author-box"><div class="col"><div class="field"><p>${LEAD}</p></div></div></div><p>${SENTENCE}</p>`));
    expect(scan?.blocks.map((b) => b.prose)).toEqual([false, true]);
  });

  it('is null without a title heading', () => {
    expect(scanLead(doc(BODY))).toBeNull();
  });
});

describe('restoreLead', () => {
  it('puts back the lead paragraph Readability left in the header, and only it', () => {
    const { text, reports } = readWithLead(ARTICLE);
    expect(text.startsWith(LEAD)).toBe(true);
    expect(text).toContain(SENTENCE);
    expect(text).not.toContain('Ana Ruiz');
    expect(text).not.toContain('grain store, seen from the quay');
    expect(reports).toEqual(['lead paragraph']);
  });

  it('does not take a caption that follows an image, or a photo credit', () => {
    const withCaptions = ARTICLE.replace(
      '<div class="intro">',
      `<div><img src="/b.jpg"></div><p>Readers in the reading room of the old grain store, last winter.</p><p>The new shelves arrive in May, the town says (Foto: Ana Ruiz)</p><div class="intro">`,
    );
    const { text } = readWithLead(withCaptions);
    expect(text.startsWith(LEAD)).toBe(true);
    expect(text).not.toContain('reading room');
    expect(text).not.toContain('new shelves');
  });

  it('adds nothing when Readability already has the lead', () => {
    const { added, text } = readWithLead(`<article><h1>Harbour library</h1><p>${LEAD}</p>${BODY}</article>`);
    expect(added).toBe(0);
    expect(text.split(LEAD).length).toBe(2);
  });

  it('adds nothing when Readability chose a block away from the title', () => {
    const scan = { blocks: [{ copy: doc('').body, text: LEAD, prose: true }, { copy: doc('').body, text: SENTENCE, prose: true }] };
    // The text does not start with the block after the lead: Readability's block is elsewhere.
    const elsewhere = 'Another story entirely, about a ferry. '.repeat(Math.ceil(LEAD_LIMITS.maxAnchorOffset / 30));
    expect(missingLead(scan, `${elsewhere}${SENTENCE}`)).toEqual([]);
    expect(missingLead(scan, `${SENTENCE} More.`).map((b) => b.text)).toEqual([LEAD]);
  });

  it('is reported as a pipeline stage, and the lead is in the article text', () => {
    const result = extractArticle(doc(ARTICLE), { url: 'https://example.org/harbour' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.startsWith(LEAD)).toBe(true);
    expect(result.article.removals).toContainEqual({ stage: 'rejoin', what: 'lead paragraph', count: 1 });
    // Shown once: the header's standfirst is not repeated beside a text that now holds it.
    expect(result.article.standfirst ?? null).toBeNull();
  });
});
