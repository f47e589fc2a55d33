import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/furniture';
import { RemovalLog } from '../../src/pipeline/report';
import { neutraliseProtection, type UnprotectOptions } from '../../src/unprotect';

function page(body: string, head = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

function run(doc: Document, opts?: UnprotectOptions): Record<string, number> {
  const log = new RemovalLog();
  neutraliseProtection(doc, log.for('unprotect'), opts);
  return Object.fromEntries(log.items.map((r) => [r.what, r.count]));
}

const LONG = 'Kazakhstan has forged agreements with foreign partners to bolster its position in the global market.';

describe('protection messages', () => {
  const cases: { name: string; body: string; gone: string; kept?: string; count: number }[] = [
    {
      name: 'WP Content Copy Protection alert (by selector)',
      body: `<p>${LONG}</p><div id="wpcp-error-message" class="msgmsg-box-wpcp hideme"><span>error: </span>Content is protected !!</div>`,
      gone: 'Content is protected',
      kept: LONG,
      count: 1,
    },
    {
      name: 'Secure Copy Content Protection tooltip',
      body: `<p>${LONG}</p><div id="ays_tooltip"><div id="ays_tooltip_block"><p>You cannot copy content of this page</p></div></div>`,
      gone: 'You cannot copy',
      count: 1,
    },
    {
      name: 'unknown alert box, found by its text',
      body: `<p>${LONG}</p><div class="rc-alert"><div class="rc-inner"><strong>Alert:</strong> Right-click is disabled!</div></div>`,
      gone: 'Right-click is disabled',
      count: 1,
    },
    {
      name: 'message box whose text spacing and case differ',
      body: `<p>${LONG}</p><span class="toast">COPYING IS NOT   ALLOWED.</span>`,
      gone: 'COPYING',
      count: 1,
    },
  ];
  it.each(cases)('$name', ({ body, gone, kept, count }) => {
    const doc = page(body);
    expect(run(doc)['copy-protection message']).toBe(count);
    expect(doc.body.textContent).not.toContain(gone);
    if (kept) expect(doc.body.textContent).toContain(kept);
  });

  it('keeps a sentence that merely mentions protected content', () => {
    const sentence = 'Content is protected by copyright law in most countries, the court said.';
    const doc = page(`<p>${sentence}</p><p>Right click disabled users can still read it.</p>`);
    const counts = run(doc);
    expect(counts['copy-protection message']).toBeUndefined();
    expect(doc.body.textContent).toContain(sentence);
    expect(doc.body.textContent).toContain('Right click disabled users');
  });

  it('counts a box matched by selector and by text once', () => {
    const doc = page('<div id="wpcp-error-message"><span>error: </span>Content is protected !!</div>');
    expect(run(doc)['copy-protection message']).toBe(1);
  });

  it('never removes the body or the article for its text', () => {
    const doc = page('<article>Content is protected</article>');
    run(doc);
    expect(doc.querySelector('article')).not.toBeNull();
  });
});

describe('event handlers', () => {
  it.each([
    ['oncontextmenu', 'return false', 'right-click block'],
    ['onselectstart', 'return false;', 'selection block'],
    ['onmousedown', 'return false', 'selection block'],
    ['ondragstart', 'return false', 'copy block'],
    ['oncopy', 'event.preventDefault()', 'copy block'],
    ['oncut', 'return false', 'copy block'],
    ['onpaste', 'return false', 'copy block'],
    ['onkeydown', 'return disableKeys(event)', 'key block'],
  ])('%s="%s" is a %s', (attr, code, label) => {
    const doc = page(`<div id="c" ${attr}="${code}"><p>${LONG}</p></div>`);
    expect(run(doc)).toEqual({ [label]: 1 });
    expect(doc.getElementById('c')?.hasAttribute(attr)).toBe(false);
  });

  it('drops other handlers silently: they are not protection', () => {
    const doc = page(`<p><a href="/x" onclick="track(this)" onmousedown="ga('send')">x</a> ${LONG}</p>`);
    expect(run(doc)).toEqual({});
    const a = doc.querySelector('a');
    expect(a?.hasAttribute('onclick')).toBe(false);
    expect(a?.hasAttribute('onmousedown')).toBe(false);
  });

  it('counts each block once per place: body handlers and page scripts are the page', () => {
    const doc = page(
      `<p oncopy="return false" oncut="return false">${LONG}</p><p oncopy="return false">${LONG}</p>`,
      '<script>document.oncopy = function () { return false; };</script>',
    );
    doc.body.setAttribute('oncopy', 'return false');
    expect(run(doc)).toEqual({ 'copy block': 3 });
  });
});

describe('selection blocks', () => {
  it('removes the unselectable attribute and class', () => {
    const doc = page(`<div id="a" unselectable="on"><p class="lead unselectable">${LONG}</p></div>`);
    expect(run(doc)).toEqual({ 'selection block': 2 });
    expect(doc.getElementById('a')?.hasAttribute('unselectable')).toBe(false);
    expect(doc.querySelector('p')?.className).toBe('lead');
  });

  it('removes user-select:none and touch-callout declarations, keeping the rest', () => {
    const doc = page(
      `<div id="a" style="color: red; -webkit-user-select:none; -moz-user-select: none; user-select: none !important; -webkit-touch-callout: none; margin: 0">${LONG}</div>`,
    );
    expect(run(doc)).toEqual({ 'selection block': 1 });
    const style = doc.getElementById('a')?.getAttribute('style') ?? '';
    expect(style).not.toMatch(/user-select|touch-callout/);
    expect(style).toContain('color: red');
    expect(style).toContain('margin: 0');
  });

  it('leaves user-select:text and other styles alone', () => {
    const doc = page(`<div id="a" style="user-select: text; display: block">${LONG}</div>`);
    expect(run(doc)).toEqual({});
    expect(doc.getElementById('a')?.getAttribute('style')).toBe('user-select: text; display: block');
  });
});

describe('protection scripts', () => {
  it('recognises the WP Content Copy Protection scripts and drops them', () => {
    const head = `
      <script id="wpcp_disable_selection" type="text/javascript">
        function disableEnterKey(e) { if (e.ctrlKey) { return false; } }
        document.onkeydown = disableEnterKey;
        document.onselectstart = disable_copy_ie;
        document.onmousedown = disable_copy;
      </script>
      <script id="wpcp_disable_Right_Click" type="text/javascript">
        document.ondragstart = function() { return false; }
        function nocontext(e) { return false; }
        document.oncontextmenu = nocontext;
      </script>`;
    const doc = page(`<p>${LONG}</p>`, head);
    expect(run(doc)).toEqual({ 'selection block': 1, 'right-click block': 1, 'copy block': 1, 'key block': 1 });
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('recognises jQuery and addEventListener forms', () => {
    const doc = page(
      `<p>${LONG}</p><script>$(document).on("contextmenu", function (e) { e.preventDefault(); });
       document.addEventListener('copy', function (e) { e.preventDefault(); });</script>`,
    );
    expect(run(doc)).toEqual({ 'right-click block': 1, 'copy block': 1 });
  });

  it('leaves ordinary, external and data scripts alone', () => {
    const doc = page(
      `<p>${LONG}</p>
       <script>document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeMenu(); });</script>
       <script src="/wp-content/plugins/wp-content-copy-protector/x.js"></script>
       <script type="application/ld+json">{"description": "document.oncontextmenu = nocontext"}</script>`,
    );
    expect(run(doc)).toEqual({});
    expect(doc.querySelectorAll('script')).toHaveLength(3);
  });
});

describe('invisible characters', () => {
  it.each([
    ['zero-width space and soft hyphen', 'Ka\u200Bzakh\u00ADstan', 'Kazakhstan', 2],
    ['word joiner and BOM', 'cop\u2060per \uFEFFsmelter', 'copper smelter', 2],
    ['joiners between Latin letters', 'li\u200Cthi\u200Dum', 'lithium', 2],
    ['a run of zero-width characters', 'st\u200B\u200C\u200D\u200Beel', 'steel', 4],
    ['Persian non-joiner, which is spelling', 'می\u200Cخواهم', 'می\u200Cخواهم', 0],
    ['Devanagari joiner', 'क्\u200Dष', 'क्\u200Dष', 0],
    ['emoji ZWJ sequence', 'family 👨\u200D👩\u200D👧 here', 'family 👨\u200D👩\u200D👧 here', 0],
  ])('%s', (_name, input, output, removed) => {
    const doc = page('<p id="p"></p>');
    const p = doc.getElementById('p');
    p?.append(doc.createTextNode(input));
    const counts = run(doc);
    expect(p?.textContent).toBe(output);
    expect(counts['invisible characters']).toBe(removed === 0 ? undefined : removed);
  });

  it('does not touch script or style text', () => {
    const doc = page('<p>a</p><script type="application/json">{"a":"x\u200By"}</script>');
    expect(run(doc)).toEqual({});
    expect(doc.querySelector('script')?.textContent).toContain('\u200B');
  });
});

describe('decoy text', () => {
  const decoys: [string, string][] = [
    ['display:none', 'display:none'],
    ['visibility:hidden', 'visibility: hidden'],
    ['font-size:0', 'font-size:0px'],
    ['opacity:0', 'opacity: 0'],
    ['off-screen', 'position:absolute; left:-9999px'],
  ];
  it.each(decoys)('removes an inline decoy hidden with %s', (_name, style) => {
    const doc = page(`<p>The Kazakh<span style="${style}">qx7</span>stan plan was approved.</p>`);
    expect(run(doc)).toEqual({ 'decoy text': 1 });
    expect(doc.querySelector('p')?.textContent).toBe('The Kazakhstan plan was approved.');
  });

  it('removes a decoy the live page hides by stylesheet (isHidden)', () => {
    const doc = page('<p>Copper <i class="cp-x">wxyz</i>output doubled.</p>');
    const counts = run(doc, { isHidden: (el) => el.classList.contains('cp-x') });
    expect(counts).toEqual({ 'decoy text': 1 });
    expect(doc.querySelector('p')?.textContent).toBe('Copper output doubled.');
  });

  it('keeps screen-reader text even when the live page hides it', () => {
    const doc = page('<p><a href="/x">Read more<span class="screen-reader-text"> about lithium</span></a> today</p>');
    expect(run(doc, { isHidden: (el) => el.tagName === 'SPAN' })).toEqual({});
    expect(doc.querySelector('.screen-reader-text')).not.toBeNull();
  });

  it.each([
    ['a hidden paragraph of the article', `<div><p>${LONG}</p><p style="display:none">${LONG}</p></div>`],
    ['a hidden inline element with long text', `<p>Intro <span style="display:none">${LONG}</span> end.</p>`],
    ['a hidden inline element alone in its block', '<p><span style="display:none">Cancel reply</span></p>'],
    ['a hidden span inside a hidden paragraph', '<p style="display:none">Hidden <span style="display:none">x</span> too</p>'],
    ['a visible inline element', '<p>Steel <span style="color:red">output</span> rose.</p>'],
  ])('keeps %s', (_name, body) => {
    const doc = page(body);
    const before = doc.body.innerHTML;
    expect(run(doc)).toEqual({});
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('the seed page', () => {
  const dir = join(__dirname, '..', 'fixtures', 'pages', 'seed-mining');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { paragraphs: string[] };
  const html = readFileSync(join(dir, 'index.html'), 'utf8');

  it('loses its protection and furniture but keeps every article paragraph', () => {
    const doc = new JSDOM(html).window.document;
    const log = new RemovalLog();
    neutraliseProtection(doc, log.for('unprotect'));
    removeFurniture(doc, log.for('furniture'));

    const markup = doc.documentElement.outerHTML;
    for (const gone of ['Content is protected', '20.7', 'Supported by']) expect(markup).not.toContain(gone);
    const withHandlers = Array.from(doc.querySelectorAll('*')).filter((el) =>
      el.getAttributeNames().some((name) => /^on/i.test(name)),
    );
    expect(withHandlers).toEqual([]);
    expect(doc.querySelector('.unselectable, [unselectable]')).toBeNull();

    const paragraphs = Array.from(doc.querySelectorAll('p'), (p) => p.textContent);
    for (const paragraph of expected.paragraphs) expect(paragraphs).toContain(paragraph);
    expect(doc.querySelector('.related-posts')).not.toBeNull();

    expect(log.items).toEqual([
      { stage: 'unprotect', what: 'copy-protection message', count: 1 },
      { stage: 'unprotect', what: 'selection block', count: 1 },
      { stage: 'unprotect', what: 'right-click block', count: 1 },
      { stage: 'unprotect', what: 'copy block', count: 1 },
      { stage: 'unprotect', what: 'key block', count: 1 },
      { stage: 'furniture', what: 'ad slot', count: 1 },
      { stage: 'furniture', what: 'weather widget', count: 1 },
      { stage: 'furniture', what: 'share bar', count: 1 },
      { stage: 'furniture', what: 'comments', count: 1 },
      { stage: 'furniture', what: 'newsletter box', count: 1 },
    ]);
  });
});
