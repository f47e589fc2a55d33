import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/furniture';
import { describeRemovals, RemovalLog } from '../../src/pipeline/report';
import { neutraliseProtection, type UnprotectOptions } from '../../src/unprotect';
import type { StyleProbe } from '../../src/unprotect/styles';

function page(body: string, head = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

function run(doc: Document, opts?: UnprotectOptions): Record<string, number> {
  const log = new RemovalLog();
  neutraliseProtection(doc, log.for('unprotect'), opts);
  return Object.fromEntries(log.items.map((r) => [r.what, r.count]));
}

/** A style probe answering "no" to everything but what the test gives. */
function probe(answers: Partial<StyleProbe>): StyleProbe {
  return { isHidden: () => false, isLayer: () => false, drawnText: () => '', ...answers };
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
    expect(run(doc)['alert message']).toBe(count);
    expect(doc.body.textContent).not.toContain(gone);
    if (kept) expect(doc.body.textContent).toContain(kept);
  });

  it('keeps a sentence that merely mentions protected content', () => {
    const sentence = 'Content is protected by copyright law in most countries, the court said.';
    const doc = page(`<p>${sentence}</p><p>Right click disabled users can still read it.</p>`);
    const counts = run(doc);
    expect(counts['alert message']).toBeUndefined();
    expect(doc.body.textContent).toContain(sentence);
    expect(doc.body.textContent).toContain('Right click disabled users');
  });

  it('counts a box matched by selector and by text once', () => {
    const doc = page('<div id="wpcp-error-message"><span>error: </span>Content is protected !!</div>');
    expect(run(doc)['alert message']).toBe(1);
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

  it('reports nothing for ordinary, external and data scripts; only JSON-LD stays in the copy', () => {
    const doc = page(
      `<p>${LONG}</p>
       <script>document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeMenu(); });</script>
       <script src="/wp-content/plugins/wp-content-copy-protector/x.js"></script>
       <script type="application/ld+json">{"description": "document.oncontextmenu = nocontext"}</script>`,
    );
    expect(run(doc)).toEqual({});
    const kept = Array.from(doc.querySelectorAll('script'));
    expect(kept.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(kept[0]?.textContent).toContain('document.oncontextmenu = nocontext');
  });

  it('drops every style sheet from the copy, reporting only those that block selection', () => {
    const doc = page(`<p>${LONG}</p><style>p { color: red }</style><style>body { user-select: none }</style>`);
    expect(run(doc)).toEqual({ 'selection block': 1 });
    expect(doc.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('invisible character', () => {
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
    expect(counts['invisible character']).toBe(removed === 0 ? undefined : removed);
  });

  it('does not touch the JSON-LD the metadata reads', () => {
    const doc = page('<p>a</p><script type="application/ld+json">{"a":"x\u200By"}</script>');
    expect(run(doc)).toEqual({});
    expect(doc.querySelector('script')?.textContent).toContain('\u200B');
  });
});

describe('decoy span', () => {
  const decoys: [string, string][] = [
    ['display:none', 'display:none'],
    ['visibility:hidden', 'visibility: hidden'],
    ['font-size:0', 'font-size:0px'],
    ['opacity:0', 'opacity: 0'],
    ['off-screen', 'position:absolute; left:-9999px'],
  ];
  it.each(decoys)('removes an inline decoy hidden with %s', (_name, style) => {
    const doc = page(`<p>The Kazakh<span style="${style}">qx7</span>stan plan was approved.</p>`);
    expect(run(doc)).toEqual({ 'decoy span': 1 });
    expect(doc.querySelector('p')?.textContent).toBe('The Kazakhstan plan was approved.');
  });

  it('removes a decoy the live page hides by stylesheet (styles.isHidden)', () => {
    const doc = page('<p>Copper <i class="cp-x">wxyz</i>output doubled.</p>');
    const counts = run(doc, { styles: probe({ isHidden: (el) => el.classList.contains('cp-x') }) });
    expect(counts).toEqual({ 'decoy span': 1 });
    expect(doc.querySelector('p')?.textContent).toBe('Copper output doubled.');
  });

  it('keeps screen-reader text even when the live page hides it', () => {
    const doc = page('<p><a href="/x">Read more<span class="screen-reader-text"> about lithium</span></a> today</p>');
    expect(run(doc, { styles: probe({ isHidden: (el) => el.tagName === 'SPAN' }) })).toEqual({});
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
      { stage: 'unprotect', what: 'selection block', count: 1 },
      { stage: 'unprotect', what: 'right-click block', count: 1 },
      { stage: 'unprotect', what: 'copy block', count: 1 },
      { stage: 'unprotect', what: 'key block', count: 1 },
      { stage: 'unprotect', what: 'alert message', count: 1 },
      { stage: 'furniture', what: 'ad slot', count: 1 },
      { stage: 'furniture', what: 'weather widget', count: 1 },
      { stage: 'furniture', what: 'share bar', count: 1 },
      { stage: 'furniture', what: 'comments', count: 1 },
      { stage: 'furniture', what: 'newsletter box', count: 1 },
    ]);
  });
});

describe('more invisible characters', () => {
  it.each([
    ['direction marks inside a Latin word', 'cop\u200Eper ore', 'copper ore', 1],
    ['an isolate around a Latin word', 'the \u2066smelter\u2069 plan', 'the smelter plan', 2],
    ['invisible operators and fillers', 'ir\u2062on o\u3164re', 'iron ore', 2],
    ['a direction mark between Hebrew and Latin, which is layout', 'שלום\u200E Pith', 'שלום\u200E Pith', 0],
  ])('%s', (_name, input, output, removed) => {
    const doc = page('<p id="p"></p>');
    doc.getElementById('p')?.append(doc.createTextNode(input));
    const counts = run(doc);
    expect(doc.getElementById('p')?.textContent).toBe(output);
    expect(counts['invisible character']).toBe(removed === 0 ? undefined : removed);
  });
});

describe('style sheets and scripts', () => {
  it('reports a style sheet that blocks selection or hides the highlight, once for the page', () => {
    const doc = page(`<p>${LONG}</p>`, '<style>html{user-select:none}</style><style>::selection{background:transparent}</style>');
    expect(run(doc)).toEqual({ 'selection block': 1 });
  });

  it.each([
    ['clipboard rewrite', `window.addEventListener('copy', function () { var s = getSelection(); s.selectAllChildren(box); });`],
    ['clipboard rewrite', `document.addEventListener('copy', function (e) { e.clipboardData.setData('text/plain', 'x'); e.preventDefault(); });`],
    ['selection wipe', `setInterval(function () { window.getSelection().removeAllRanges(); }, 100);`],
    ['selection wipe', `document.onmouseup = function () { getSelection().empty(); };`],
    ['devtools trap', `setInterval(function () { if (window.outerWidth - window.innerWidth > 160) blank(); }, 500);`],
    ['key block', `window.addEventListener('keydown', function (e) { if (e.ctrlKey && e.key === 'c') e.preventDefault(); }, true);`],
    ['right-click block', `addEventListener("contextmenu", function (e) { e.preventDefault(); }, true);`],
  ])('recognises a %s script', (label, code) => {
    const doc = page(`<p>${LONG}</p><script>${code}</script>`);
    expect(run(doc)).toHaveProperty([label], 1);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('does not take a copy-button script or a framework hook for protection', () => {
    const doc = page(
      `<p>${LONG}</p><script>btn.onclick = function () { navigator.clipboard.writeText(code.textContent); };</script>
       <script>window.__REACT_DEVTOOLS_GLOBAL_HOOK__ && init();</script>`,
    );
    expect(run(doc)).toEqual({});
  });
});

describe('alert messages', () => {
  it('removes a devtools warning made of two message sentences', () => {
    const doc = page(`<div id="w" hidden>Developer tools are not allowed on this site. Please close the developer tools and reload the page.</div><p>${LONG}</p>`);
    expect(run(doc)).toEqual({ 'alert message': 1 });
    expect(doc.getElementById('w')).toBeNull();
  });
});

describe('text drawn by CSS', () => {
  const drawn: Record<string, string> = { d4: '4', d2: '2', pct: '%', gbp: '£', sep: '/', icon: '' };
  const styles = probe({
    drawnText: (el, pseudo) => (pseudo === (el.className === 'pct' ? '::after' : '::before') ? (drawn[el.className] ?? '') : ''),
  });

  it('puts digits and the marks of a number back in place', () => {
    const doc = page('<p>Prices rose <span class="gbp"></span><span class="d4"></span><span class="d2"></span> or <span class="d4"></span><span class="pct"></span> this year.</p>');
    expect(run(doc, { styles })).toEqual({ 'text drawn by CSS': 5 });
    expect(doc.querySelector('p')?.textContent).toBe('Prices rose £42 or 4% this year.');
  });

  it('leaves a lone mark, an icon and hidden or non-empty elements alone', () => {
    const doc = page(
      '<p>Home <span class="sep"></span> News</p><p><i class="icon"></i> Alerts</p><p>a <span class="d4" style="display:none"></span> b</p><p>c <span class="d2">x</span> d</p>',
    );
    const hidden = probe({ ...styles, isHidden: (el) => el.getAttribute('style') === 'display:none' });
    expect(run(doc, { styles: hidden })).toEqual({});
    expect(doc.body.textContent).toBe('Home  News Alertsa  bc x d');
  });

  it('reads nothing drawn without the live page', () => {
    const doc = page('<p>Up <span class="d4"></span> points</p>');
    expect(run(doc)).toEqual({});
  });
});

describe('layers over the text', () => {
  it('removes a watermark or copy shield by its name, with its short text', () => {
    const doc = page(`<div class="post"><p>${LONG}</p><div class="watermark">© Site · do not copy</div><div class="copy-shield"></div></div>`);
    expect(run(doc)).toEqual({ 'overlay layer': 2 });
    expect(doc.body.textContent).not.toContain('do not copy');
  });

  it('removes an "overlay" only when the live page shows it as a layer', () => {
    const body = `<p>${LONG}</p><div class="text-overlay">Site name · site.example</div><div class="hero-overlay">Photo: A. Lens</div>`;
    const live = page(body);
    expect(run(live, { styles: probe({ isLayer: (el) => el.className === 'text-overlay' }) })).toEqual({ 'overlay layer': 1 });
    expect(live.body.textContent).toContain('Photo: A. Lens');
    const offline = page(body);
    expect(run(offline)).toEqual({});
  });

  it('without the live page, takes an inline click-through positioned layer', () => {
    const doc = page(`<p>${LONG}</p><div style="position:absolute;inset:0;pointer-events:none;opacity:.1">site.example</div>`);
    expect(run(doc)).toEqual({ 'overlay layer': 1 });
  });

  it('never removes a named layer holding the article', () => {
    const doc = page(`<div class="content-overlay">${`<p>${LONG}</p>`.repeat(4)}</div>`);
    expect(run(doc, { styles: probe({ isLayer: () => true }) })).toEqual({});
  });
});

describe('truncated and blanked articles', () => {
  const rest = `<p>${LONG} ${LONG}</p>`;

  it('shows the hidden rest of a truncated article and drops its toggle', () => {
    const doc = page(`<article><p>${LONG}</p><div id="more" style="display:none; margin:0">${rest}</div><button aria-controls="more">Read more</button></article>`);
    expect(run(doc)).toEqual({ 'read-more truncation': 1 });
    const more = doc.getElementById('more');
    expect(more?.getAttribute('style')).not.toMatch(/display/);
    expect(more?.getAttribute('style')).toContain('margin:0');
    expect(doc.querySelector('button')).toBeNull();
  });

  it('shows a hidden block named as the rest, and one hidden with an attribute next to a "Continue reading" link', () => {
    const named = page(`<p>${LONG}</p><div class="entry-rest" hidden>${rest}</div>`);
    expect(run(named)).toEqual({ 'read-more truncation': 1 });
    expect(named.querySelector('.entry-rest')?.hasAttribute('hidden')).toBe(false);
    const linked = page(`<p>${LONG}</p><div aria-hidden="true">${rest}</div><p><a href="#" class="x">Continue reading →</a></p>`);
    expect(run(linked)).toEqual({ 'read-more truncation': 1 });
    expect(linked.querySelector('a')).toBeNull();
  });

  it('drops a toggle next to a block the live page hides by its style sheet', () => {
    const doc = page(`<p>${LONG}</p><div class="more-content">${rest}</div><button type="button">Show more</button>`);
    expect(run(doc, { styles: probe({ isHidden: (el) => el.className === 'more-content' }) })).toEqual({ 'read-more truncation': 1 });
    expect(doc.querySelector('button')).toBeNull();
  });

  it('keeps hidden menus, a "Read more" link to another page, and short hidden blocks', () => {
    const body = `<nav><ul class="sub-menu" style="display:none"><li><a href="/a">Alpha</a></li></ul></nav><p>${LONG}</p><div hidden>Short note.</div><a href="/next-story">Read more</a>`;
    const doc = page(body);
    expect(run(doc)).toEqual({});
    expect(doc.querySelector('.sub-menu')?.getAttribute('style')).toBe('display:none');
    expect(doc.querySelector('a[href="/next-story"]')).not.toBeNull();
  });

  it('shows a page a script has blanked (most of its text hidden)', () => {
    const doc = page(`<div id="warn">Please close the developer tools</div><div id="page" style="display: none">${`<p>${LONG}</p>`.repeat(6)}</div>`);
    expect(run(doc)).toEqual({ 'page blanking': 1, 'alert message': 1 });
    expect(doc.getElementById('page')?.hasAttribute('style')).toBe(true);
    expect(doc.getElementById('page')?.getAttribute('style')).not.toMatch(/none/);
  });
});

describe('paywall overlays', () => {
  it('removes the offer box over a blurred article, keeping the article', () => {
    const doc = page(
      `<div class="premium"><div class="blurred"><p>${LONG}</p></div><div class="paywall-overlay"><h3>Subscribe to keep reading</h3><p>£1 for your first month</p><a href="/login">Sign in</a></div></div>`,
    );
    expect(run(doc)).toEqual({ 'paywall overlay': 1 });
    expect(doc.body.textContent).toContain(LONG);
    expect(doc.body.textContent).not.toContain('Subscribe');
  });

  it('keeps a paywall-named wrapper that holds the article, and a box with no offer', () => {
    const doc = page(`<div class="paywall">${`<p>${LONG}</p>`.repeat(10)}</div><div class="paywall-note">Thanks for reading.</div>`);
    expect(run(doc)).toEqual({});
  });
});

describe('the report', () => {
  it('names kinds once and counts what was removed one by one, in reading order', () => {
    expect(
      describeRemovals([
        { stage: 'unprotect', what: 'selection block', count: 3 },
        { stage: 'unprotect', what: 'right-click block', count: 1 },
        { stage: 'unprotect', what: 'clipboard rewrite', count: 1 },
        { stage: 'unprotect', what: 'decoy span', count: 3 },
        { stage: 'unprotect', what: 'alert message', count: 1 },
        { stage: 'furniture', what: 'ad slot', count: 2 },
      ]),
    ).toEqual([
      'Copy protection removed: selection block, right-click block, clipboard rewrite, 3 decoy spans, 1 alert message',
      'Left out: 2 × ad slot',
    ]);
  });

  it('reports the neutraliser labels in the order the sentence reads them', () => {
    const doc = page(
      `<p>Ka<span style="display:none">x</span>zakh\u200Bstan ${LONG}</p><div id="wpcp-error-message">Content is protected !!</div>`,
      '<style>html{user-select:none}</style>',
    );
    const log = new RemovalLog();
    neutraliseProtection(doc, log.for('unprotect'));
    expect(describeRemovals(log.items)).toEqual([
      'Copy protection removed: selection block, 1 decoy span, 1 invisible character, 1 alert message',
    ]);
  });
});

describe('elements the walk must not pass over', () => {
  // Most elements carry plain class names or attributes the neutraliser ignores, and are passed over after a lookup
  // or two; each element here carries one thing that matters, among such company, and must be acted on.
  const plain = '<div class="row"><span data-x="1" title="t">plain</span><img src="a.png" alt="a" width="3"></div>';
  const rest = `<p>${LONG} ${LONG}</p>`;
  const cases: { name: string; body: string; styles?: StyleProbe; counts: Record<string, number>; check?: (doc: Document) => void }[] = [
    {
      name: 'a blocking handler beside plain attributes',
      body: `<div class="row" data-id="4" oncopy="return false">${LONG}</div>`,
      counts: { 'copy block': 1 },
      check: (doc) => expect(doc.querySelector('[oncopy]')).toBeNull(),
    },
    {
      name: 'any other handler, on an element with no other attribute',
      body: `<img onerror="track()"><p>${LONG}</p>`,
      counts: {},
      check: (doc) => expect(doc.querySelector('img')?.hasAttribute('onerror')).toBe(false),
    },
    {
      name: 'a handler on an element of another namespace (svg)',
      body: `<svg><g ONCONTEXTMENU="return false"></g></svg><p>${LONG}</p>`,
      counts: { 'right-click block': 1 },
    },
    {
      name: 'the unselectable attribute beside a class',
      body: `<div class="row" unselectable="on">${LONG}</div>`,
      counts: { 'selection block': 1 },
      check: (doc) => expect(doc.querySelector('[unselectable]')).toBeNull(),
    },
    {
      name: 'a selection-blocking class among plain ones (a class attribute alone)',
      body: `<div class="row noselect wide">${LONG}</div>`,
      counts: { 'selection block': 1 },
      check: (doc) => expect(doc.querySelector('.wide')?.className).toBe('row wide'),
    },
    {
      name: 'a message class alone',
      body: `<p>${LONG}</p><div class="ays_tooltip_class">Nope!</div>`,
      counts: { 'alert message': 1 },
    },
    {
      name: 'a message id beside plain attributes',
      body: `<p>${LONG}</p><div id="wpcp-error-message" data-role="x">Nope!</div>`,
      counts: { 'alert message': 1 },
    },
    {
      name: 'a layer named by its class alone',
      body: `<p>${LONG}</p><div class="watermark-text">© Example</div>`,
      counts: { 'overlay layer': 1 },
    },
    {
      name: 'a hidden attribute on a named truncation',
      body: `<p>${LONG}</p><div class="entry-rest" data-x="y" hidden>${rest}</div>`,
      counts: { 'read-more truncation': 1 },
    },
    {
      name: 'a toggle known by its role alone, beside a block hidden by aria-hidden',
      body: `<p>${LONG}</p><div aria-hidden="true">${rest}</div><div role="button">Read more</div>`,
      counts: { 'read-more truncation': 1 },
      check: (doc) => expect(doc.querySelector('[role]')).toBeNull(),
    },
    {
      name: 'a decoy with a class alone, hidden by the live page',
      body: `<p>Copper <b class="k1">wxyz</b>output doubled.</p>`,
      styles: probe({ isHidden: (el) => el.className === 'k1' }),
      counts: { 'decoy span': 1 },
    },
    {
      name: 'a decoy link with an id and an ignored attribute, hidden by the live page',
      body: `<p>Copper <a id="k2" rel="x">wxyz</a>output doubled.</p>`,
      styles: probe({ isHidden: (el) => el.id === 'k2' }),
      counts: { 'decoy span': 1 },
    },
    {
      name: 'an empty inline element with only ignored attributes, drawing text',
      body: '<p>Up <span data-v="4" title="four"></span> points</p>',
      styles: probe({ drawnText: (el, pseudo) => (el.localName === 'span' && pseudo === '::before' ? '4' : '') }),
      counts: { 'text drawn by CSS': 1 },
      check: (doc) => expect(doc.querySelector('p')?.textContent).toBe('Up 4 points'),
    },
  ];
  it.each(cases)('$name', ({ body, styles, counts, check }) => {
    const doc = page(plain + body + plain);
    expect(run(doc, styles ? { styles } : undefined)).toEqual(counts);
    check?.(doc);
  });

  it('passes over plain elements untouched', () => {
    const doc = page(`${plain}<p class="lead" data-x="1">${LONG}</p>${plain}`);
    const before = doc.body.innerHTML;
    expect(run(doc, { styles: probe({}) })).toEqual({});
    expect(doc.body.innerHTML).toBe(before);
  });
});
