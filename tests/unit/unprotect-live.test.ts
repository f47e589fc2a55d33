/**
 * Asking the live page: computed-style judgements (styles.ts), the live probe
 * over a window (live.ts, here jsdom's: style sheets and inline styles, no
 * layout), the map from the working copy back to the live page, and
 * same-origin frames read with the page.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline';
import { inlineFrames } from '../../src/pipeline/frames';
import { SourceMap } from '../../src/pipeline/source-map';
import { liveStyleProbe } from '../../src/unprotect/live';
import { contentText, isHiddenStyle, isLayerStyle, viaSource, type StyleProbe } from '../../src/unprotect/styles';

function dom(body: string, head = ''): JSDOM {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, {
    url: 'https://news.example/story',
    virtualConsole: new VirtualConsole(),
  });
}

/** A computed style made of the given properties (everything else unset). */
function style(props: Record<string, string>): { getPropertyValue(name: string): string } {
  return { getPropertyValue: (name) => props[name] ?? '' };
}

const PARAGRAPH =
  'The ferry company will add a second daily crossing from June, after a winter in which passenger numbers rose by a fifth and cars were turned away on most weekends.';

describe('isHiddenStyle', () => {
  it.each([
    ['display none', { display: 'none' }],
    ['visibility hidden', { visibility: 'hidden' }],
    ['opacity 0', { opacity: '0' }],
    ['font size 0', { 'font-size': '0px' }],
    ['transparent colour', { color: 'rgba(0, 0, 0, 0)' }],
    ['transparent modern colour', { color: 'color(srgb 1 0 0 / 0)' }],
    ['transparent hsla colour', { color: 'hsla(120, 50%, 50%, 0)' }],
    ['transparent text fill', { color: 'rgb(0, 0, 0)', '-webkit-text-fill-color': 'transparent' }],
    ['off screen to the left', { position: 'absolute', left: '-9999px' }],
    ['off screen by text-indent', { 'text-indent': '-10000px' }],
    ['clipped to nothing', { position: 'absolute', clip: 'rect(1px, 1px, 1px, 1px)' }],
    ['clip-path inset', { 'clip-path': 'inset(50%)' }],
    ['scaled to nothing', { transform: 'matrix(0, 0, 0, 0, 0, 0)' }],
    ['a zero-width box hiding its overflow', { display: 'inline-block', width: '0px', overflow: 'hidden' }],
  ])('%s is hidden', (_name, props) => {
    expect(isHiddenStyle(style(props))).toBe(true);
  });

  it.each([
    ['plain text', { display: 'inline', color: 'rgb(20, 20, 20)', opacity: '1', 'font-size': '16px' }],
    ['gradient text (transparent fill painted through background-clip)', { color: 'transparent', 'background-clip': 'text' }],
    ['a positioned element on screen', { position: 'absolute', left: '12px', top: '-20px' }],
    ['half-transparent text', { opacity: '0.5' }],
    ['black text', { color: 'rgb(0, 0, 0)' }],
    ['yellow text (no blue)', { color: 'rgb(255, 200, 0)' }],
    ['opaque modern colour', { color: 'color(srgb 0 0 0 / 1)' }],
  ])('%s is shown', (_name, props) => {
    expect(isHiddenStyle(style(props))).toBe(false);
  });
});

describe('isLayerStyle', () => {
  it('takes positioned elements that let clicks through or are see-through', () => {
    expect(isLayerStyle(style({ position: 'absolute', 'pointer-events': 'none' }))).toBe(true);
    expect(isLayerStyle(style({ position: 'fixed', opacity: '0.08' }))).toBe(true);
    expect(isLayerStyle(style({ position: 'absolute', opacity: '1' }))).toBe(false);
    expect(isLayerStyle(style({ position: 'static', 'pointer-events': 'none' }))).toBe(false);
  });
});

describe('contentText', () => {
  const el = new JSDOM('<span data-n="42" title="km"></span>').window.document.querySelector('span') as Element;
  it.each([
    ['"7"', '7'],
    ['"\\00A3" attr(data-n)', '£42'],
    ["attr(data-n) ' ' attr(title)", '42 km'],
    ['"a\\"b"', 'a"b'],
    ['none', ''],
    ['normal', ''],
    ['counter(item) ". "', '. '],
    ['"\\f0e7"', ''],
    ['url(x.png)', ''],
  ])('%s draws %j', (value, text) => {
    expect(contentText(value, el)).toBe(text);
  });
});

describe('liveStyleProbe over jsdom', () => {
  const page = dom(
    `<p id="p">Steel <span class="x">qz</span><span class="ok">output</span> <span class="n" data-v="4"></span><span class="pct"></span> <span class="wm">wm</span> <span class="printed"></span></p>`,
    `<style>
      .x { display: none }
      .n::before { content: attr(data-v) "" }
      .pct::after { content: "%" }
      .wm { position: absolute; pointer-events: none }
      @media print { .printed::before { content: "Printed from news.example" } }
    </style>`,
  );
  const probe = liveStyleProbe(page.window as unknown as Window);
  const $ = (sel: string) => page.window.document.querySelector(sel) as Element;

  it('judges elements by the page’s style sheets', () => {
    expect(probe.isHidden($('.x'))).toBe(true);
    expect(probe.isHidden($('.ok'))).toBe(false);
    expect(probe.isLayer($('.wm'))).toBe(true);
    expect(probe.isLayer($('.ok'))).toBe(false);
  });

  it('reads text drawn by ::before and ::after from the sheets when the window computes no pseudo-elements', () => {
    expect(probe.drawnText($('.n'), '::before')).toBe('4');
    expect(probe.drawnText($('.pct'), '::after')).toBe('%');
    expect(probe.drawnText($('.pct'), '::before')).toBe('');
  });

  it('skips rules for print', () => {
    expect(probe.drawnText($('.printed'), '::before')).toBe('');
  });

  it('never changes the page', () => {
    const before = page.serialize();
    probe.isHidden($('.x'));
    probe.drawnText($('.n'), '::before');
    expect(page.serialize()).toBe(before);
  });
});

describe('SourceMap', () => {
  it('maps working-copy elements back to the live ones, through grafted frames', () => {
    const live = dom('<main><p>One <b>two</b></p><div id="frame"></div><p>three</p></main>').window.document;
    const copy = live.cloneNode(true) as Document;
    const map = new SourceMap(copy, live);
    expect(map.source(copy.querySelector('b') as Element)).toBe(live.querySelector('b'));
    expect(map.source(copy.querySelectorAll('p')[1] as Element)).toBe(live.querySelectorAll('p')[1]);

    const frameBody = dom('<article><p>framed</p></article>').window.document.body;
    const box = copy.createElement('section');
    box.append(copy.importNode(frameBody.firstChild as Node, true));
    map.graft(box, frameBody);
    copy.getElementById('frame')?.replaceWith(box);
    expect(map.source(box.querySelector('p') as Element)).toBe(frameBody.querySelector('p'));
  });

  it('answers null for what the copy added', () => {
    const live = dom('<p>One</p>').window.document;
    const copy = live.cloneNode(true) as Document;
    const map = new SourceMap(copy, live);
    const added = copy.createElement('em');
    copy.body.append(added);
    expect(map.source(added)).toBeNull();
  });

  it('pairs only as far as asked, and still finds the siblings after a frame replaced once it was asked about', () => {
    const live = dom('<main><p>one</p><div id="frame"></div><p>two</p><p>three</p></main>').window.document;
    const copy = live.cloneNode(true) as Document;
    const map = new SourceMap(copy, live);
    const frame = copy.getElementById('frame') as Element;
    expect(map.source(frame)).toBe(live.getElementById('frame'));
    const box = copy.createElement('section');
    map.graft(box, dom('<p>framed</p>').window.document.body);
    frame.replaceWith(box);
    expect(map.source(copy.querySelectorAll('p')[2] as Element)).toBe(live.querySelectorAll('p')[2]);
    expect(map.source(copy.querySelectorAll('p')[1] as Element)).toBe(live.querySelectorAll('p')[1]);
  });

  it('stops pairing a node’s children at the first that differs', () => {
    const live = dom('<main><p>one</p><p>two</p><p>three</p></main>').window.document;
    const copy = live.cloneNode(true) as Document;
    const [first, second, third] = Array.from(copy.querySelectorAll('p'));
    second?.replaceWith(copy.createElement('div'));
    const map = new SourceMap(copy, live);
    expect(map.source(first as Element)).toBe(live.querySelector('p'));
    expect(map.source(third as Element)).toBeNull();
    expect(map.source(copy.querySelector('div') as Element)).toBeNull();
  });

  it('steps over the scripts and style sheets the copy dropped, and only those', () => {
    const live = dom(
      '<main><script>var a;</script><p>one</p><style>p{}</style><script type="application/ld+json">{}</script><p>two</p></main>',
    ).window.document;
    const copy = live.cloneNode(true) as Document;
    for (const el of Array.from(copy.querySelectorAll('script:not([type]), style'))) el.remove();
    const map = new SourceMap(copy, live);
    const [one, two] = Array.from(copy.querySelectorAll('p'));
    expect(map.source(two as Element)).toBe(live.querySelectorAll('p')[1]);
    expect(map.source(one as Element)).toBe(live.querySelectorAll('p')[0]);

    const changed = live.cloneNode(true) as Document;
    changed.querySelector('p')?.remove();
    const other = new SourceMap(changed, live);
    expect(other.source(changed.querySelector('p') as Element)).toBeNull();
  });

  it('lets a probe judge the copy by the live page', () => {
    const live = dom('<p><span class="x">hidden</span></p>', '<style>.x{display:none}</style>');
    const copy = live.window.document.cloneNode(true) as Document;
    const map = new SourceMap(copy, live.window.document);
    const probe: StyleProbe = viaSource(liveStyleProbe(live.window as unknown as Window), (el) => map.source(el));
    expect(probe.isHidden(copy.querySelector('.x') as Element)).toBe(true);
    expect(probe.isHidden(copy.createElement('span'))).toBe(false);
  });
});

describe('same-origin frames', () => {
  const framed = dom(`<article><h1>Ferry timetable</h1>${`<p>${PARAGRAPH}</p>`.repeat(3)}</article>`);
  const host = dom('<header>Archive · Collections · Search</header><iframe id="f" src="doc.html"></iframe><iframe id="ad" src="ad.html"></iframe>');
  const reader = (frame: Element) => (frame.id === 'f' ? framed.window.document : null);

  it('copies a frame’s body into the working copy in place of its iframe', () => {
    const copy = host.window.document.cloneNode(true) as Document;
    const map = new SourceMap(copy, host.window.document);
    expect(inlineFrames(copy, map, reader, 250)).toBe(1);
    expect(copy.getElementById('f')).toBeNull();
    expect(copy.getElementById('ad')).not.toBeNull();
    expect(copy.body.textContent).toContain(PARAGRAPH);
    expect(map.source(copy.querySelector('h1') as Element)).toBe(framed.window.document.querySelector('h1'));
  });

  it('reads an article shown in a frame, leaving both pages untouched', () => {
    const before = [host.serialize(), framed.serialize()];
    const result = extractArticle(host.window.document, {
      win: host.window as unknown as Window,
      readFrame: reader,
      styles: liveStyleProbe(host.window as unknown as Window),
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text.split('\n\n')).toContain(PARAGRAPH);
    expect([host.serialize(), framed.serialize()]).toEqual(before);
  });

  it('skips frames with too little text', () => {
    const copy = host.window.document.cloneNode(true) as Document;
    expect(inlineFrames(copy, new SourceMap(copy, host.window.document), reader, 5000)).toBe(0);
  });
});
