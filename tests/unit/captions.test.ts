/** The captions stage (src/captions): captions and photo credits written as paragraphs become figcaptions. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markCaptionClasses, markCaptions } from '../../src/captions';
import { htmlToText } from '../../src/text';

const PROSE =
  'The harbour board met on Thursday to decide how the old grain store should be used, and after a long evening it chose a library.';
const IMG = '<img src="https://example.org/a.jpg" alt="">';

/** Runs the stage on `html` (the inside of Readability's content); returns the captions marked and the plain text. */
function run(html: string): { captions: string[]; text: string; count: number } {
  const doc = new JSDOM(`<!doctype html><body><div id="content">${html}</div></body>`).window.document;
  const content = doc.getElementById('content') as Element;
  const count = markCaptions(content);
  const captions = Array.from(content.querySelectorAll('figcaption'), (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { captions, text: htmlToText(content), count };
}

/** Lines that are captions or credits, each after an image and before prose. */
const CAPTIONS: readonly [string, string][] = [
  ['a credit label', 'Foto: Sean Gallup/Getty Images'],
  ['a credit in parentheses', '(Credit: Clayton Aldern / Grist)'],
  ['photograph by', 'Photograph by Ed Marshall, Redonda Restoration Programme'],
  ['a copyright sign', '© Bundesrat | Frank Bräuer'],
  ['a stock library', 'Judy Eddy/WENN.com'],
  ['a caption ending with its credit', 'Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)'],
  ['a caption with a credit label at the end', 'Ein Kippmoment: Die lachende Menge wird zum Mob. Bild: Gregory Batardon/Theater'],
  ['a numbered figure', 'Abbildung 4: klassische Schwachschicht in der Schneedecke'],
];

/** Lines that must stay text. */
const PROSE_LINES: readonly [string, string][] = [
  ['a paragraph after an image', PROSE],
  ['a news paragraph naming an agency', 'Berlin (dpa) - Der Bundestag hat am Donnerstag das Gesetz beschlossen, wie die Agentur berichtet.'],
  ['a sentence about photos', 'Photos of the harbour were shown at the meeting, and the board liked them a lot.'],
];

describe('markCaptions', () => {
  it.each(CAPTIONS)('marks %s next to an image as a caption', (_, line) => {
    const { captions, text } = run(`<p>${PROSE}</p>${IMG}<p>${line}</p><p>${PROSE}</p>`);
    expect(captions).toEqual([line]);
    expect(text).not.toContain(line);
    expect(text.split(PROSE).length - 1).toBe(2);
  });

  it.each(PROSE_LINES)('keeps %s as text', (_, line) => {
    const { captions, text } = run(`<p>${PROSE}</p>${IMG}<p>${line}</p>`);
    expect(captions).toEqual([]);
    expect(text).toContain(line);
  });

  it('marks a credit line even away from an image', () => {
    const { captions } = run(`<p>${PROSE}</p><p>Foto: Max Muster</p><p>${PROSE}</p>`);
    expect(captions).toEqual(['Foto: Max Muster']);
  });

  it('needs an image beside a caption that only ends with a credit', () => {
    const line = 'Die Altstadt im Abendlicht, kurz vor dem Fest. Foto: Max Muster';
    expect(run(`<p>${PROSE}</p><p>${line}</p>`).captions).toEqual([]);
    expect(run(`<div>${IMG}<p>${line}</p></div>`).captions).toEqual([line]);
  });

  it('reads the text of a figure as its caption, but not a table or quote inside it', () => {
    const { captions, text } = run(
      `<figure>${IMG}<p>The old grain store in 1910</p></figure><figure><blockquote><p>${PROSE}</p></blockquote></figure>`,
    );
    expect(captions).toEqual(['The old grain store in 1910']);
    expect(text).toContain(PROSE);
  });

  it('leaves existing captions, headings and list items alone', () => {
    const { count } = run(`<figure>${IMG}<figcaption>Foto: A</figcaption></figure><h3>Foto: B</h3><ul><li>Foto: C</li></ul>`);
    expect(count).toBe(0);
  });
});

describe('markCaptionClasses', () => {
  /** Marks `html` by class, then runs the captions stage on the same element (as if Readability kept it all). */
  function marked(html: string): string[] {
    const doc = new JSDOM(`<!doctype html><body><div id="content">${html}</div></body>`).window.document;
    markCaptionClasses(doc);
    const content = doc.getElementById('content') as Element;
    markCaptions(content);
    expect(content.querySelector('[data-pith-caption]')).toBeNull();
    return Array.from(content.querySelectorAll('figcaption'), (c) => c.textContent ?? '');
  }

  it('marks captions and credits by their class names or ids', () => {
    const html =
      `<div class="wp-caption">${IMG}<p class="wp-caption-text">The grain store</p></div>` +
      `<span class="image-credit">Max Muster</span><h2 class="figure__caption">A quay at dusk</h2><div id="bildunterschrift-3">Der Hafen</div><p>${PROSE}</p>`;
    expect(marked(html)).toEqual(['The grain store', 'Max Muster', 'A quay at dusk', 'Der Hafen']);
  });

  it('leaves wrappers with images, long blocks, table cells and names that only contain the word', () => {
    const html =
      `<div class="caption-wrap">${IMG}<span>x</span></div><div class="credits">${PROSE.repeat(3)}</div>` +
      '<table><tr><td class="caption">Cell</td></tr></table><p class="discreditable">Not a caption</p>';
    expect(marked(html)).toEqual([]);
  });
});
