/**
 * "Unlock this page" (src/unprotect/unlock.ts) on jsdom windows: events,
 * handlers, selection, clipboard, dialogs, styles, frames. Each test gets its
 * own window, since the unlock changes the window's prototypes. Real-browser
 * behaviour (drag selection, the clipboard, layers hit-tested by layout) is
 * covered end to end in tests/e2e/unlock.e2e.test.mjs.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { installUnlock, unlockCss } from '../../src/unprotect/unlock';

const TEXT = 'The harbour wall was rebuilt in granite after the storm of 1953 took most of the old one.';

/** A page; `handlers` makes jsdom compile inline `on…` attributes (it runs no page code otherwise). */
function page(body: string, { handlers = false } = {}): { win: Window & typeof globalThis; doc: Document } {
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`, {
    url: 'https://harbour.example/story',
    virtualConsole: new VirtualConsole(),
    ...(handlers ? { runScripts: 'dangerously' as const } : {}),
  });
  const win = dom.window as unknown as Window & typeof globalThis;
  return { win, doc: win.document };
}

/** Dispatches a cancelable event of `type`; true when nothing cancelled it. */
function fire(win: Window & typeof globalThis, target: EventTarget, type: string, init: Record<string, unknown> = {}): boolean {
  const Kind = type.startsWith('key') ? win.KeyboardEvent : type.startsWith('mouse') || type === 'contextmenu' ? win.MouseEvent : win.Event;
  return target.dispatchEvent(new Kind(type, { bubbles: true, cancelable: true, ...init }));
}

function select(win: Window & typeof globalThis, node: Node): Selection {
  const range = win.document.createRange();
  range.selectNodeContents(node);
  const sel = win.getSelection() as Selection;
  sel.removeAllRanges();
  sel.addRange(range);
  return sel;
}

describe('cancelled events', () => {
  it('wins against a capture listener registered on window before it ran', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p>`);
    win.addEventListener('contextmenu', (e) => e.preventDefault(), true);
    win.addEventListener('copy', (e) => { e.preventDefault(); e.stopImmediatePropagation(); }, true);
    const p = doc.getElementById('p') as Element;
    expect(fire(win, p, 'contextmenu')).toBe(false);
    installUnlock(win);
    expect(fire(win, p, 'contextmenu')).toBe(true);
    expect(fire(win, p, 'copy')).toBe(true);
    expect(fire(win, p, 'selectstart')).toBe(true);
    expect(fire(win, p, 'dragstart')).toBe(true);
  });

  it('ignores `return false` and returnValue from handlers, set before and after it ran', () => {
    const { win, doc } = page(`<p id="p" oncontextmenu="return false">${TEXT}</p>`, { handlers: true });
    expect(fire(win, doc.getElementById('p') as Element, 'contextmenu')).toBe(false);
    const calls: string[] = [];
    const block = () => {
      calls.push('block');
      return false;
    };
    doc.oncontextmenu = block;
    doc.body.setAttribute('ondragstart', 'return false');
    const report = installUnlock(win);
    expect(report.handlers).toBe(3);
    const p = doc.getElementById('p') as Element;
    expect(fire(win, p, 'contextmenu')).toBe(true);
    expect(fire(win, p, 'dragstart')).toBe(true);
    expect(doc.oncontextmenu).toBe(block); // the page still sees its own handler
    doc.oncontextmenu = block; // re-armed by a timer
    (doc.body as HTMLElement).oncut = (e: Event) => {
      e.returnValue = false;
    };
    expect(fire(win, p, 'contextmenu')).toBe(true);
    expect(fire(win, p, 'cut')).toBe(true);
    expect(calls).toEqual(['block', 'block']); // the handlers still run
    expect(fire(win, doc.createElement('input'), 'keydown', { key: 'Enter' })).toBe(true);
  });

  it('leaves form fields, the page’s controls and other events to the page', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p><textarea id="t"></textarea><button id="b">Go</button>`);
    installUnlock(win);
    const cancel = (e: Event) => e.preventDefault();
    for (const type of ['contextmenu', 'copy', 'click', 'mousedown', 'keydown']) doc.addEventListener(type, cancel);
    expect(fire(win, doc.getElementById('t') as Element, 'contextmenu')).toBe(false);
    expect(fire(win, doc.getElementById('t') as Element, 'copy')).toBe(false);
    expect(fire(win, doc.getElementById('p') as Element, 'click')).toBe(false);
    expect(fire(win, doc.getElementById('b') as Element, 'mousedown', { button: 0 })).toBe(false);
    expect(fire(win, doc.getElementById('p') as Element, 'mousedown', { button: 0 })).toBe(true);
    expect(fire(win, doc.getElementById('p') as Element, 'mousedown', { button: 1 })).toBe(false);
  });

  it('lets the copy and inspect shortcuts through, and no other keys', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p><textarea id="t"></textarea>`);
    installUnlock(win);
    doc.addEventListener('keydown', (e) => e.preventDefault(), true);
    const p = doc.getElementById('p') as Element;
    expect(fire(win, p, 'keydown', { key: 'a', ctrlKey: true })).toBe(true);
    expect(fire(win, p, 'keydown', { key: 'C', metaKey: true })).toBe(true);
    expect(fire(win, p, 'keydown', { key: 'F12' })).toBe(true);
    expect(fire(win, p, 'keydown', { key: 'I', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(fire(win, p, 'keydown', { key: 'a' })).toBe(false);
    expect(fire(win, p, 'keydown', { key: 'Enter' })).toBe(false);
    expect(fire(win, p, 'keydown', { key: 's', ctrlKey: true })).toBe(false);
    expect(fire(win, doc.getElementById('t') as Element, 'keydown', { key: 'a', ctrlKey: true })).toBe(false);
  });
});

describe('the reader’s selection', () => {
  it('survives timers, selectionchange and copy handlers that wipe or swap it', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p><div id="junk">Read more at harbour.example</div>`);
    installUnlock(win);
    const sel = select(win, doc.getElementById('p') as Node); // the reader's selection (no script is running)
    sel.removeAllRanges();
    sel.collapse(doc.body, 0);
    sel.selectAllChildren(doc.getElementById('junk') as Node);
    sel.empty();
    doc.addEventListener('copy', () => sel.selectAllChildren(doc.getElementById('junk') as Node));
    fire(win, doc.getElementById('p') as Element, 'copy');
    expect(String(sel)).toBe(TEXT);
  });

  it('lets the page select when there is no selection to protect, and change one in editable text', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p><div id="ed" contenteditable="true">draft text</div>`);
    installUnlock(win);
    const sel = select(win, doc.getElementById('ed') as Node); // from no selection: allowed
    expect(String(sel)).toBe('draft text');
    sel.removeAllRanges(); // inside editable text: allowed
    expect(sel.rangeCount).toBe(0);
    expect(String(select(win, doc.getElementById('p') as Node))).toBe(TEXT);
  });
});

describe('clipboard and dialogs', () => {
  it('keeps a script from rewriting the clipboard behind the reader’s back', async () => {
    const { win, doc } = page(`<p>${TEXT}</p>`);
    const written: string[] = [];
    class Clipboard {
      writeText(text: string): Promise<void> {
        written.push(text);
        return Promise.resolve();
      }
    }
    Object.assign(win, { Clipboard });
    const clipboard = new Clipboard();
    const exec = vi.fn(() => true);
    Object.defineProperty(win.Document.prototype, 'execCommand', { configurable: true, writable: true, value: exec });
    installUnlock(win);
    await clipboard.writeText('Copying is not permitted');
    expect(written).toEqual([]);
    expect(doc.execCommand('copy')).toBe(false);
    expect(exec).not.toHaveBeenCalled();
    doc.execCommand('bold');
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it('silences alerts from protection, and only those', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p>`);
    const shown: string[] = [];
    win.alert = (message?: unknown) => shown.push(String(message));
    installUnlock(win);
    doc.addEventListener('contextmenu', () => win.alert('Nope'));
    fire(win, doc.getElementById('p') as Element, 'contextmenu');
    win.alert('Content is protected !!');
    win.alert('Your comment was saved.');
    expect(shown).toEqual(['Your comment was saved.']);
  });
});

describe('styles and size traps', () => {
  it('adds its style sheet in its own cascade layer', () => {
    const { win, doc } = page(`<p>${TEXT}</p>`);
    installUnlock(win);
    const css = Array.from(doc.querySelectorAll('style'), (s) => s.textContent).join('\n');
    expect(css).toBe(unlockCss());
    expect(css).toMatch(/^@layer pith-unlock \{/);
    expect(css).toContain('user-select: text !important');
    expect(css).toContain('::selection');
    expect(css).toContain('#wpcp-error-message');
  });

  it('clears inline selection blocks, now and when a script puts them back', async () => {
    const { win, doc } = page(
      `<article id="a" unselectable="on" style="color: red; user-select: none !important; -webkit-user-select: none !important"><p id="p">${TEXT}</p></article>`,
    );
    const report = installUnlock(win);
    expect(report.selectionBlocks).toBe(1);
    const a = doc.getElementById('a') as HTMLElement;
    expect(a.hasAttribute('unselectable')).toBe(false);
    expect(a.getAttribute('style')).not.toMatch(/user-select/);
    expect(a.style.color).toBe('red');
    (doc.getElementById('p') as HTMLElement).setAttribute('style', 'user-select: none !important');
    await new Promise((r) => setTimeout(r, 0));
    expect(doc.getElementById('p')?.getAttribute('style')).not.toMatch(/user-select/);
  });

  it('wraps a handler set later through an attribute', async () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p><p id="q" oncontextmenu="return false">${TEXT}</p>`, { handlers: true });
    expect(fire(win, doc.getElementById('q') as Element, 'contextmenu')).toBe(false);
    installUnlock(win);
    doc.getElementById('p')?.setAttribute('oncontextmenu', 'return false');
    await new Promise((r) => setTimeout(r, 0));
    expect(fire(win, doc.getElementById('p') as Element, 'contextmenu')).toBe(true);
  });

  it('shows developer-tools size checks no docked tools', () => {
    const { win } = page(`<p>${TEXT}</p>`);
    installUnlock(win);
    expect(win.outerWidth - win.innerWidth).toBe(0);
    expect(win.outerHeight - win.innerHeight).toBe(0);
  });
});

describe('installing', () => {
  it('is done once per page', () => {
    const { win, doc } = page(`<p id="p">${TEXT}</p>`);
    let runs = 0;
    doc.oncontextmenu = () => {
      runs++;
      return false;
    };
    expect(installUnlock(win).installed).toBe(true);
    expect(installUnlock(win)).toEqual({ installed: false, frames: 0, overlays: 0, selectionBlocks: 0, handlers: 0 });
    expect(fire(win, doc.getElementById('p') as Element, 'contextmenu')).toBe(true);
    expect(runs).toBe(1);
  });

  it('unlocks same-origin frames with the page', () => {
    const { win, doc } = page(`<p>${TEXT}</p><iframe id="f"></iframe>`);
    const frameWin = (doc.getElementById('f') as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
    const fp = frameWin.document.createElement('p');
    fp.id = 'fp';
    fp.textContent = TEXT;
    frameWin.document.body.append(fp);
    frameWin.document.addEventListener('contextmenu', (e) => e.preventDefault());
    expect(installUnlock(win).frames).toBe(1);
    expect(fire(frameWin, frameWin.document.getElementById('fp') as Element, 'contextmenu')).toBe(true);
    expect(installUnlock(frameWin).installed).toBe(false);
  });
});
