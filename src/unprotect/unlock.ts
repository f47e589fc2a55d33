/**
 * "Unlock this page": runs in the page's own JavaScript world (injected by
 * the popup) and gives the reader back selection, the context menu, Ctrl+A,
 * Ctrl+C and copies of exactly what they selected.
 *
 * It does not race the page's listeners: the page may have registered
 * capture listeners on window before it ran, and may re-arm handlers on a
 * timer. Instead it changes what those listeners can do, at the prototype:
 * - `preventDefault()` and `returnValue = false` do nothing for the events
 *   protection cancels (selectstart, contextmenu, copy, cut, dragstart,
 *   mousedown on text, the copy shortcuts), outside form fields and the
 *   page's controls; `on…` handlers, now and later, have their
 *   `return false` ignored for those events;
 * - the reader's selection cannot be wiped or swapped by the page (timers,
 *   selectionchange and copy handlers) unless the reader used one of the
 *   page's controls; nor can the clipboard be rewritten behind their back;
 * - a style sheet in its own cascade layer makes text selectable with a
 *   visible highlight whatever the page's `!important` rules say; inline
 *   `user-select` is cleared, now and whenever a script sets it again;
 * - alert(), confirm() and prompt() from protection stay silent;
 * - empty layers over the text let clicks and selection through;
 * - window-size checks for open developer tools see none.
 * Links, buttons and forms keep working: their events are never touched.
 *
 * Pure DOM: takes the Window (jsdom in tests). Safe to run twice.
 */
import { MESSAGE_HINT } from './phrases';
import {
  EDITABLE_SELECTOR,
  FREED_EVENTS,
  FREED_KEYS,
  FREED_PLAIN_KEYS,
  FREED_SHIFT_KEYS,
  INTERACTIVE_SELECTOR,
  MAX_LAYER_CHARS,
  MAX_OVERLAY_PROBES,
  PROTECTION_MESSAGE_CLASSES,
  PROTECTION_MESSAGE_IDS,
  SELECTION_BLOCK_DECLARATION,
  SELECTION_METHODS,
  SILENCED_DIALOGS,
  TEXT_BLOCK_SELECTOR,
  UNLOCK_LAYER,
  UNSELECTABLE_ATTRIBUTE,
  USER_GESTURES,
} from './rules';

/** What "Unlock this page" did in one page. */
export interface UnlockReport {
  /** False when the page was already unlocked (nothing was done again). */
  installed: boolean;
  /** Same-origin frames unlocked with the page. */
  frames: number;
  /** Layers over the text made to let clicks and selection through. */
  overlays: number;
  /** Inline styles and attributes that blocked selection, cleared. */
  selectionBlocks: number;
  /** `on…` handlers that blocked an action, defused. */
  handlers: number;
}

type PageWindow = Window & typeof globalThis;

const INSTALLED = Symbol.for('pith.unlock');
const ELEMENT_NODE = 1;
const SHOW_ELEMENT = 0x1;
const HANDLER_NAMES = [...FREED_EVENTS].map((type) => `on${type}`);
const INLINE_BLOCK = /(?:^|;)\s*(?:-(?:webkit|moz|ms|khtml)-)?(?:user-select|touch-callout)\s*:\s*none/i;
const SELECTION_PROPERTIES = ['user-select', '-webkit-user-select', '-moz-user-select', '-webkit-touch-callout'];

/** Unlocks the page shown in `win` and its same-origin frames. */
export function installUnlock(win: Window): UnlockReport {
  const w = win as PageWindow;
  const report: UnlockReport = { installed: false, frames: 0, overlays: 0, selectionBlocks: 0, handlers: 0 };
  const marked = w as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return report;
  marked[INSTALLED] = true;
  report.installed = true;

  freeDefaults(w);
  report.handlers = defuseHandlers(w);
  guardSelection(w);
  guardClipboard(w);
  silenceDialogs(w);
  calmSizeTraps(w);
  addStyles(w);
  report.selectionBlocks = clearInlineBlocks(w.document.documentElement);
  report.overlays = clearOverlays(w);
  watch(w, report);
  report.frames = unlockFrames(w.document);
  return report;
}

// ---------------------------------------------------------------- which events are freed

/** The element an event is aimed at (text nodes give their parent; document and window give null). */
function elementOf(target: EventTarget | null): Element | null {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Whether the page's cancelling of this event is ignored. */
function isFreed(e: Event): boolean {
  if (!FREED_EVENTS.has(e.type)) return false;
  const el = elementOf(e.target);
  if (el?.closest(EDITABLE_SELECTOR)) return false;
  switch (e.type) {
    case 'mousedown': {
      const button = (e as MouseEvent).button;
      return (button === 0 || button === 2) && !el?.closest(INTERACTIVE_SELECTOR);
    }
    case 'keydown':
      return isFreedKey(e as KeyboardEvent);
    case 'dragstart':
      return !el?.closest('[draggable="true"]');
    default:
      return true;
  }
}

function isFreedKey(e: KeyboardEvent): boolean {
  const key = (e.key ?? '').toLowerCase();
  if (FREED_PLAIN_KEYS.has(e.key)) return true;
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  return e.shiftKey ? FREED_SHIFT_KEYS.has(key) : FREED_KEYS.has(key);
}

/** Whether the event being dispatched now is the reader using one of the page's controls. */
function readerUsedControl(w: PageWindow): boolean {
  const e = (w as unknown as { event?: Event }).event;
  if (!e || !e.isTrusted || !USER_GESTURES.has(e.type)) return false;
  return elementOf(e.target)?.closest(`${INTERACTIVE_SELECTOR}, ${EDITABLE_SELECTOR}`) != null;
}

// ---------------------------------------------------------------- cancelling

/** `preventDefault()` and `returnValue = false` do nothing for freed events. */
function freeDefaults(w: PageWindow): void {
  const proto = w.Event.prototype;
  const prevent = proto.preventDefault;
  Object.defineProperty(proto, 'preventDefault', {
    configurable: true,
    writable: true,
    value: function preventDefault(this: Event) {
      if (!isFreed(this)) prevent.call(this);
    },
  });
  const returnValue = Object.getOwnPropertyDescriptor(proto, 'returnValue');
  const setReturnValue = returnValue?.set;
  if (returnValue && setReturnValue) {
    Object.defineProperty(proto, 'returnValue', {
      ...returnValue,
      set(this: Event, value: boolean) {
        if (value === false && isFreed(this)) return;
        setReturnValue.call(this, value);
      },
    });
  }
}

/**
 * `on…` handlers for freed events keep running, but their `return false`
 * no longer cancels: those set now (properties and attributes) are wrapped,
 * and so is every one set later, through the properties' setters.
 * @returns how many handlers were set when the unlock ran.
 */
function defuseHandlers(w: PageWindow): number {
  const originals = new WeakMap<object, unknown>();
  const wrap = (fn: unknown): unknown => {
    if (typeof fn !== 'function' || originals.has(fn)) return fn;
    const handler = fn as (this: unknown, e: Event) => unknown;
    const wrapped = function (this: unknown, e: Event) {
      const result = handler.call(this, e);
      return isFreed(e) ? undefined : result;
    };
    originals.set(wrapped, fn);
    return wrapped;
  };
  // Chrome keeps window's handler properties on window itself, Firefox on Window.prototype.
  const owners: object[] = [w, w.Window.prototype, w.Document.prototype, w.HTMLElement.prototype, w.SVGElement.prototype];
  for (const owner of owners) {
    for (const name of HANDLER_NAMES) {
      const d = Object.getOwnPropertyDescriptor(owner, name);
      const { get, set } = d ?? {};
      if (!d?.configurable || !get || !set) continue;
      Object.defineProperty(owner, name, {
        ...d,
        get(this: unknown) {
          const current = get.call(this) as unknown;
          return (current !== null && typeof current === 'object') || typeof current === 'function'
            ? (originals.get(current as object) ?? current)
            : current;
        },
        set(this: unknown, fn: unknown) {
          set.call(this, wrap(fn));
        },
      });
    }
  }
  const doc = w.document;
  let count = rewrap(w) + rewrap(doc);
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) count += rewrap(node);
  return count;
}

/** Sends an object's current freed-event handlers through the wrapping setters. @returns how many it had. */
function rewrap(target: object): number {
  const handlers = target as Record<string, unknown>;
  let count = 0;
  for (const name of HANDLER_NAMES) {
    const fn = handlers[name];
    if (typeof fn !== 'function') continue;
    handlers[name] = fn;
    count++;
  }
  return count;
}

// ---------------------------------------------------------------- selection and clipboard

/**
 * The page may not wipe or replace a selection the reader made outside
 * form fields, except when the reader used one of its controls.
 */
function guardSelection(w: PageWindow): void {
  const proto = w.Selection.prototype as unknown as Record<string, unknown>;
  for (const name of SELECTION_METHODS) {
    const native = proto[name];
    if (typeof native !== 'function') continue;
    proto[name] = function (this: Selection, ...args: unknown[]) {
      if (protectsReaderSelection(w, this)) return undefined;
      return (native as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

function protectsReaderSelection(w: PageWindow, sel: Selection): boolean {
  if (sel.rangeCount === 0 || sel.isCollapsed) return false;
  if (elementOf(sel.anchorNode)?.closest(EDITABLE_SELECTOR)) return false;
  return !readerUsedControl(w);
}

/** The page may write to the clipboard only when the reader used one of its controls ("Copy link" buttons). */
function guardClipboard(w: PageWindow): void {
  const clipboard = (w as unknown as { Clipboard?: { prototype: Record<string, unknown> } }).Clipboard?.prototype;
  for (const name of ['writeText', 'write']) {
    const native = clipboard?.[name];
    if (!clipboard || typeof native !== 'function') continue;
    clipboard[name] = function (this: unknown, ...args: unknown[]) {
      if (!readerUsedControl(w)) return Promise.resolve();
      return (native as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  const doc = w.Document.prototype as unknown as Record<string, unknown>;
  const execCommand = doc.execCommand as ((...a: unknown[]) => boolean) | undefined;
  if (typeof execCommand !== 'function') return;
  doc.execCommand = function (this: Document, command: string, ...rest: unknown[]) {
    const copies = /^(?:copy|cut)$/i.test(String(command));
    if (copies && !readerUsedControl(w) && !elementOf(this.activeElement)?.closest(EDITABLE_SELECTOR)) return false;
    return execCommand.call(this, command, ...rest);
  };
}

// ---------------------------------------------------------------- dialogs and traps

/**
 * alert(), confirm() and prompt() stay silent when protection calls them:
 * with one of its messages, or while a freed event or a right click is
 * dispatched.
 */
function silenceDialogs(w: PageWindow): void {
  const dialogs = w as unknown as Record<string, unknown>;
  for (const [name, silentAnswer] of Object.entries(SILENCED_DIALOGS)) {
    const native = dialogs[name];
    if (typeof native !== 'function') continue;
    dialogs[name] = function (this: unknown, ...args: unknown[]) {
      const e = (w as unknown as { event?: Event }).event;
      const byProtection = (e && (isFreed(e) || (e as MouseEvent).button === 2)) || MESSAGE_HINT.test(String(args[0] ?? ''));
      if (byProtection) return silentAnswer;
      return (native as (...a: unknown[]) => unknown).apply(w, args);
    };
  }
}

/** Developer-tools checks that compare the window's outer and inner size see no docked tools. */
function calmSizeTraps(w: PageWindow): void {
  for (const [outer, inner] of [
    ['outerWidth', 'innerWidth'],
    ['outerHeight', 'innerHeight'],
  ] as const) {
    const d = Object.getOwnPropertyDescriptor(w, outer);
    if (d && !d.configurable) continue;
    Object.defineProperty(w, outer, { configurable: true, get: () => w[inner] });
  }
}

// ---------------------------------------------------------------- styles and layers

/** The unlock's style sheet: in its own cascade layer, so its `!important` beats the page's. */
export function unlockCss(): string {
  const messages = [
    ...PROTECTION_MESSAGE_IDS.map((id) => `#${id}`),
    ...PROTECTION_MESSAGE_CLASSES.map((c) => `.${c}`),
  ].join(', ');
  return `@layer ${UNLOCK_LAYER} {
  html, body, body :not(input, textarea, select, button) {
    -webkit-user-select: text !important; user-select: text !important; -webkit-touch-callout: default !important;
  }
  ::selection { background-color: Highlight !important; color: HighlightText !important; }
  ${TEXT_BLOCK_SELECTOR} { pointer-events: auto !important; }
  ${messages} { display: none !important; }
}`;
}

function addStyles(w: PageWindow): void {
  const doc = w.document;
  const css = unlockCss();
  const Sheet = w.CSSStyleSheet;
  // A constructed sheet is not subject to the page's Content-Security-Policy for inline styles.
  if (typeof Sheet === 'function' && Array.isArray(doc.adoptedStyleSheets) && 'replaceSync' in Sheet.prototype) {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
}

/**
 * Clears selection blocks set on elements themselves: `user-select:none`
 * in the style attribute (which beats any style sheet when `!important`)
 * and the `unselectable` attribute, in `root` and below.
 * @returns how many elements had one.
 */
function clearInlineBlocks(root: Element): number {
  let count = 0;
  const found = [root, ...Array.from(root.querySelectorAll(`[style], [${UNSELECTABLE_ATTRIBUTE}]`))];
  for (const el of found) if (clearInlineBlock(el)) count++;
  return count;
}

function clearInlineBlock(el: Element): boolean {
  let cleared = false;
  if (el.hasAttribute(UNSELECTABLE_ATTRIBUTE)) {
    el.removeAttribute(UNSELECTABLE_ATTRIBUTE);
    cleared = true;
  }
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && INLINE_BLOCK.test(el.getAttribute('style') ?? '')) {
    for (const name of SELECTION_PROPERTIES) style.removeProperty(name);
    // Whatever the browser could not name (prefixed forms it does not know) goes by text.
    const rest = (el.getAttribute('style') ?? '').split(';').filter((d) => !SELECTION_BLOCK_DECLARATION.test(d));
    el.setAttribute('style', rest.join(';'));
    cleared = true;
  }
  return cleared;
}

/**
 * Finds layers laid over the text (transparent shields) at the text blocks
 * in view, and lets clicks and selection through them. A layer is an
 * element on top of a text block that does not contain it, holds little
 * text and none of the page's controls.
 * @returns how many layers were found.
 */
function clearOverlays(w: PageWindow): number {
  const doc = w.document;
  if (typeof doc.elementsFromPoint !== 'function') return 0;
  const layers = new Set<Element>();
  const blocks = Array.from(doc.querySelectorAll(TEXT_BLOCK_SELECTOR)).slice(0, MAX_OVERLAY_PROBES * 4);
  let probes = 0;
  for (const block of blocks) {
    if (probes >= MAX_OVERLAY_PROBES) break;
    const rect = block.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1 || rect.bottom < 0 || rect.top > w.innerHeight) continue;
    if ((block.textContent ?? '').trim().length < 20) continue;
    probes++;
    const x = rect.left + Math.min(20, rect.width / 2);
    const y = rect.top + Math.min(10, rect.height / 2);
    for (const el of doc.elementsFromPoint(x, y)) {
      if (el === block || block.contains(el) || el.contains(block)) break;
      if (isShield(el)) layers.add(el);
    }
  }
  for (const el of layers) (el as HTMLElement).style.setProperty('pointer-events', 'none', 'important');
  return layers.size;
}

function isShield(el: Element): boolean {
  if (el.matches(INTERACTIVE_SELECTOR) || el.querySelector(INTERACTIVE_SELECTOR)) return false;
  return (el.textContent ?? '').trim().length <= MAX_LAYER_CHARS;
}

// ---------------------------------------------------------------- later changes and frames

/**
 * Keeps the page unlocked as it changes: handlers set through attributes are
 * wrapped, selection blocks a script puts back are cleared, new frames are
 * unlocked, and layers are looked for again after scrolling.
 */
function watch(w: PageWindow, report: UnlockReport): void {
  const doc = w.document;
  const Observer = w.MutationObserver;
  if (typeof Observer === 'function') {
    new Observer((records) => {
      for (const r of records) {
        if (r.type === 'attributes') {
          const el = r.target as Element;
          if (r.attributeName?.startsWith('on')) rewrap(el);
          else clearInlineBlock(el);
        } else {
          for (const node of Array.from(r.addedNodes)) if (node.nodeType === ELEMENT_NODE) adopt(node as Element);
        }
      }
    }).observe(doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [...HANDLER_NAMES, 'style', UNSELECTABLE_ATTRIBUTE],
    });
  }
  let pending: number | undefined;
  w.addEventListener(
    'scroll',
    () => {
      if (pending !== undefined) return;
      pending = w.setTimeout(() => {
        pending = undefined;
        report.overlays += clearOverlays(w);
      }, 200);
    },
    { capture: true, passive: true },
  );
}

/** Unlocks an element added to the page: its handlers, inline blocks and frames. */
function adopt(el: Element): void {
  clearInlineBlocks(el);
  for (const node of [el, ...Array.from(el.querySelectorAll(HANDLER_NAMES.map((n) => `[${n}]`).join(', ')))]) {
    rewrap(node);
  }
  unlockFrames(el);
}

/** Unlocks the same-origin frames in `root` now, and each again when it loads a new page. @returns how many. */
function unlockFrames(root: Document | Element): number {
  let count = 0;
  for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
    if (unlockFrame(frame)) count++;
    frame.addEventListener('load', () => unlockFrame(frame));
  }
  return count;
}

function unlockFrame(frame: Element): boolean {
  try {
    const win = (frame as HTMLIFrameElement).contentWindow;
    if (!win?.document?.documentElement) return false;
    installUnlock(win);
    return true;
  } catch {
    return false; // a cross-origin frame: its page is not this one's to change
  }
}
