import type { Reporter } from '../pipeline/report';
import { removeOutermost } from '../prune';
import { INVISIBLE_CHAR, removeInvisibleChars } from './chars';
import { block, newFindings, tally, type Findings, type Pending } from './findings';
import { MESSAGE_HINT, MESSAGE_WHOLE } from './phrases';
import { decideAfterWalk } from './reveal';
import {
  BLOCKING_HANDLER_CODE,
  DECOY_TAGS,
  DRAWN_NUMBER_MARKS,
  DRAWN_TEXT_WORDY,
  EVENT_HANDLER_ATTRIBUTE,
  HIDING_STYLES,
  ICON_CLASS,
  INLINE_HIDDEN_STYLE,
  JAVASCRIPT_TYPES,
  KEPT_SCRIPT_TYPES,
  LAYER_STYLE_HINT,
  LAYER_TOKENS,
  MAX_DECOY_CHARS,
  MAX_LAYER_CHARS,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGE_DEPTH,
  MAX_PROTECTION_SCRIPT_CHARS,
  MAX_TOGGLE_CHARS,
  NAME_HINT,
  NEVER_MESSAGE_TAGS,
  NON_TEXT_PARENTS,
  PAYWALL_TOKEN,
  PROTECTION_HANDLERS,
  PROTECTION_MESSAGE_CLASSES,
  PROTECTION_MESSAGE_IDS,
  PROTECTION_SCRIPT_HINT,
  PROTECTION_SCRIPT_SIGNATURES,
  SCREEN_READER_CLASSES,
  SELECTION_BLOCK_CLASSES,
  SELECTION_BLOCK_DECLARATION,
  SELECTION_BLOCK_HINT,
  SELECTION_BLOCK_SHEET,
  TEXT_BLOCKS,
  TOGGLE_HREF,
  TOGGLE_ROLES,
  TOGGLE_TAGS,
  TRUNCATION_TOGGLE_TEXT,
  UNPROTECT_LABELS,
  UNSELECTABLE_ATTRIBUTE,
  type UnprotectLabel,
} from './rules';
import type { Pseudo, StyleProbe } from './styles';

/** Options of {@link neutraliseProtection}. */
export interface UnprotectOptions {
  /**
   * The live page's styles, asked about elements of the document being
   * neutralised (hidden decoys, layers, text drawn by CSS). Without it only
   * inline styles and attributes tell.
   */
  styles?: StyleProbe;
}

// Numeric DOM constants: src/ may not use the globals Node / NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const PSEUDOS: readonly Pseudo[] = ['::before', '::after'];

const MESSAGE_IDS: ReadonlySet<string> = new Set(PROTECTION_MESSAGE_IDS);
const MESSAGE_CLASSES: ReadonlySet<string> = new Set(PROTECTION_MESSAGE_CLASSES);
const SCREEN_READER: ReadonlySet<string> = new Set(SCREEN_READER_CLASSES);
const SELECTION_BLOCKING: ReadonlySet<string> = new Set(SELECTION_BLOCK_CLASSES);
const CLASS_SEPARATOR = /\s+/;

/** The attributes of one element that the neutraliser looks at, read once. */
interface Attrs {
  id: string | null;
  /** Shared between elements with the same class attribute: never changed. */
  classes: readonly string[];
  style: string | null;
  hidden: boolean;
  ariaHidden: boolean;
  unselectable: boolean;
  toggles: boolean;
  handlers: string[];
  /** Whether the element carries a class, id or style that a hiding rule can use. */
  styled: boolean;
  /** Whether its class or id may hold a layer's or paywall's name ({@link NAME_HINT}). */
  named: boolean;
}

/**
 * Neutralises copy protection in a clone of the page, before extraction:
 * removes protection alerts and tooltips, inline event handlers and
 * protection scripts, selection blocks (`unselectable`, `user-select:none`),
 * invisible characters inside text, hidden decoy text inside paragraphs,
 * protective layers and paywall overlays; restores text drawn by CSS and
 * the hidden rest of truncated (or script-blanked) articles. Reports each
 * kind with how many were neutralised; blocks count once per place they
 * apply to (an element, or the whole page).
 *
 * Scripts and style sheets are read first, then leave the copy (JSON-LD
 * stays): they are code, not text. Then one walk over the document. Every
 * question to the live page's styles is asked before the rest of the
 * document's structure changes (see SourceMap, which steps over the dropped
 * scripts and style sheets); elements are removed after it.
 */
export function neutraliseProtection(doc: Document, report: Reporter, opts: UnprotectOptions = {}): void {
  const root = doc.documentElement;
  if (!root) return;
  const findings = newFindings(opts.styles);
  readAndDropCode(doc, findings);

  // Most pages have no invisible character and no protection message anywhere in their text: one
  // look at the whole text spares a visit to every text node (their length is counted only if needed).
  const allText = root.textContent ?? '';
  const textMatters = INVISIBLE_CHAR.test(allText) || MESSAGE_HINT.test(allText);
  visitElement(root, findings);
  const walker = doc.createTreeWalker(root, textMatters ? SHOW_ELEMENT | SHOW_TEXT : SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) visitElement(node as Element, findings);
    else if (node.nodeType === TEXT_NODE) visitText(node as Text, findings);
  }
  const { pending } = findings;
  pending.textChars = textMatters ? () => pending.textSeen : once(() => textLength(doc, root));
  decideAfterWalk(findings);

  for (const label of removeOutermost(findings.removals)) tally(findings, label);
  for (const [label, targets] of findings.blocks) tally(findings, label, targets.size);
  for (const label of Object.values(UNPROTECT_LABELS)) report(label, findings.counts.get(label) ?? 0);
}

/**
 * Notes the protections that inline scripts and style sheets set up, then
 * removes every script but JSON-LD ({@link KEPT_SCRIPT_TYPES}) and every style
 * sheet from the working copy: no later stage reads code, and their text
 * (often most of a page's) would otherwise be read by every `textContent`.
 */
function readAndDropCode(doc: Document, findings: Findings): void {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const labels = protectionScriptLabels(script);
    for (const label of labels) block(findings, label, script);
    if (labels.length > 0 || !KEPT_SCRIPT_TYPES.has(scriptType(script))) script.remove();
  }
  for (const style of Array.from(doc.getElementsByTagName('style'))) {
    if (SELECTION_BLOCK_SHEET.test(style.textContent ?? '')) block(findings, UNPROTECT_LABELS.selection, style);
    style.remove();
  }
}

function scriptType(script: Element): string {
  return (script.getAttribute('type') ?? '').trim().toLowerCase();
}

/** Tags an element without attributes can matter for (besides empty inline elements, which may draw text). */
const BARE_TAGS_THAT_MATTER: ReadonlySet<string> = new Set(['button']);

function visitElement(el: Element, findings: Findings): void {
  // Most elements carry no attribute: such an element matters only by its tag, or as an empty inline element.
  if (!el.hasAttributes() && !BARE_TAGS_THAT_MATTER.has(el.localName) && !mayDrawText(el, findings)) return;
  const attrs = readAttrs(el, findings);
  for (const name of attrs.handlers) {
    const label = PROTECTION_HANDLERS[name.toLowerCase()];
    if (label && BLOCKING_HANDLER_CODE.test(el.getAttribute(name) ?? '')) block(findings, label, el);
    el.removeAttribute(name); // no handler can run in the clone
  }
  if (unblockSelection(el, attrs)) block(findings, UNPROTECT_LABELS.selection, el);

  const tag = el.localName;
  if (isMessageElement(attrs)) {
    findings.removals.set(el, UNPROTECT_LABELS.message);
  } else if (DECOY_TAGS.has(tag) && isDecoy(el, attrs, findings.styles)) {
    findings.removals.set(el, UNPROTECT_LABELS.decoy);
    return;
  } else if (isStrongLayer(attrs) && (el.textContent ?? '').trim().length <= MAX_LAYER_CHARS) {
    findings.removals.set(el, UNPROTECT_LABELS.layer);
  }
  noteForLater(el, tag, attrs, findings);
}

/** Records what is decided after the walk, when the whole page's text is known. */
function noteForLater(el: Element, tag: string, attrs: Attrs, findings: Findings): void {
  const { pending } = findings;
  const isBlock = !DECOY_TAGS.has(tag) && !NON_TEXT_PARENTS.has(tag);
  if (isBlock && (attrs.hidden || attrs.ariaHidden || INLINE_HIDDEN_STYLE.test(attrs.style ?? ''))) {
    pending.hiddenBlocks.push(el);
  }
  if (isPaywallNamed(attrs)) pending.paywalls.push(el);
  if (isWeakLayer(attrs) || LAYER_STYLE_HINT.test(attrs.style ?? '')) pending.layers.push(el);
  if (attrs.toggles && TOGGLE_TAGS.has(tag) && isToggleText(el)) pending.toggles.push(el);
  if (mayDrawText(el, findings) && !attrs.classes.some((c) => ICON_CLASS.test(c))) {
    noteDrawnText(el, findings.styles, pending);
  }
}

/** Whether the element may draw text with CSS: an empty inline element, when the live page's styles can be asked. */
function mayDrawText(el: Element, findings: Findings): findings is Findings & { styles: StyleProbe } {
  return findings.styles !== undefined && DECOY_TAGS.has(el.localName) && el.firstChild === null;
}

/**
 * An empty inline element in prose may draw its text with `::before` /
 * `::after`: words and digits are kept; the marks of a number ("£", ",",
 * "%") only next to other drawn text or a digit.
 */
function noteDrawnText(el: Element, styles: StyleProbe, pending: Pending): void {
  const parent = el.parentElement;
  if (!parent || !(TEXT_BLOCKS.has(parent.localName) || DECOY_TAGS.has(parent.localName))) return;
  const [before, after] = PSEUDOS.map((p) => styles.drawnText(el, p)) as [string, string];
  const drawn = before + after;
  if (!drawn || !(DRAWN_TEXT_WORDY.test(drawn) || (DRAWN_NUMBER_MARKS.test(drawn) && besideNumber(el)))) return;
  if (!styles.isHidden(el)) pending.drawn.push({ el, before, after });
}

/** Is the element next to an empty inline element (more drawn text) or a digit? */
function besideNumber(el: Element): boolean {
  return [el.previousSibling, el.nextSibling].some((sib, i) => {
    if (!sib) return false;
    if (sib.nodeType === ELEMENT_NODE) return DECOY_TAGS.has((sib as Element).localName) && sib.firstChild === null;
    const text = sib.textContent ?? '';
    return /\d/.test(i === 0 ? text.slice(-1) : text.charAt(0));
  });
}

/** Whether a class or id value may hold a layer's or paywall's name ({@link NAME_HINT}), remembered per value. */
function mayBeNamed(value: string, seen: Map<string, boolean>): boolean {
  let named = seen.get(value);
  if (named === undefined) {
    named = NAME_HINT.test(value);
    seen.set(value, named);
  }
  return named;
}

/** The class names of a class attribute value, split once per value (pages repeat their class attributes). */
function classList(value: string, lists: Map<string, readonly string[]>): readonly string[] {
  let list = lists.get(value);
  if (list === undefined) {
    list = value.trim().split(CLASS_SEPARATOR);
    lists.set(value, list);
  }
  return list;
}

function readAttrs(el: Element, { named: seen, classLists }: Findings): Attrs {
  const toggles = el.localName === 'button';
  // Most elements carry no attribute at all: one question instead of a list to read.
  if (!el.hasAttributes()) return toggles ? { ...NO_ATTRS, toggles } : NO_ATTRS;
  const attrs: Attrs = { ...NO_ATTRS, handlers: [], toggles };
  for (const name of el.getAttributeNames()) {
    if (name === 'class') {
      const value = el.getAttribute(name) ?? '';
      attrs.classes = classList(value, classLists);
      attrs.named ||= mayBeNamed(value, seen);
    } else if (name === 'id') {
      attrs.id = el.getAttribute(name);
      attrs.named ||= mayBeNamed(attrs.id ?? '', seen);
    } else if (name === 'style') attrs.style = el.getAttribute(name);
    else if (name === 'hidden') attrs.hidden = true;
    else if (name === 'aria-hidden') attrs.ariaHidden = el.getAttribute(name) === 'true';
    else if (name === UNSELECTABLE_ATTRIBUTE) attrs.unselectable = true;
    else if (name === 'href') attrs.toggles ||= TOGGLE_HREF.test((el.getAttribute(name) ?? '').trim());
    else if (name === 'aria-expanded' || name === 'aria-controls') attrs.toggles = true;
    else if (name === 'role') attrs.toggles ||= TOGGLE_ROLES.has(el.getAttribute(name) ?? '');
    else if (EVENT_HANDLER_ATTRIBUTE.test(name)) {
      attrs.handlers.push(name);
      if (name === 'onclick') attrs.toggles = true;
    }
  }
  attrs.styled = attrs.classes.length > 0 || attrs.id !== null || attrs.style !== null;
  return attrs;
}

/** The attributes of an element without any (shared: never changed). */
const NO_ATTRS: Readonly<Attrs> = Object.freeze({
  id: null,
  classes: [],
  style: null,
  hidden: false,
  ariaHidden: false,
  unselectable: false,
  toggles: false,
  handlers: [],
  styled: false,
  named: false,
});

function names(attrs: Attrs): readonly string[] {
  return attrs.id ? [...attrs.classes, attrs.id] : attrs.classes;
}

function isStrongLayer(attrs: Attrs): boolean {
  return attrs.named && names(attrs).some((n) => LAYER_TOKENS.strong.test(n));
}

function isWeakLayer(attrs: Attrs): boolean {
  return attrs.named && names(attrs).some((n) => LAYER_TOKENS.weak.test(n));
}

function isPaywallNamed(attrs: Attrs): boolean {
  return attrs.named && names(attrs).some((n) => PAYWALL_TOKEN.test(n));
}

function isToggleText(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_TOGGLE_CHARS && TRUNCATION_TOGGLE_TEXT.test(text);
}

/** `compute`, run on the first call only. */
function once(compute: () => number): () => number {
  let value: number | undefined;
  return () => (value ??= compute());
}

/** The characters of the page's text, as the walk counts them (text in scripts, styles and the like left out). */
function textLength(doc: Document, root: Element): number {
  let chars = 0;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !NON_TEXT_PARENTS.has(parent.localName)) chars += (node as Text).data.length;
  }
  return chars;
}

function visitText(text: Text, findings: Findings): void {
  const parent = text.parentElement;
  if (!parent || NON_TEXT_PARENTS.has(parent.localName)) return;
  const removed = removeInvisibleChars(text);
  if (removed > 0) tally(findings, UNPROTECT_LABELS.invisible, removed);
  const data = text.data;
  findings.pending.textSeen += data.length;
  if (data.length > MAX_MESSAGE_CHARS || !MESSAGE_HINT.test(data)) return;
  const box = messageBox(parent);
  if (box) findings.removals.set(box, UNPROTECT_LABELS.message);
}

/** Is this a known plugin's alert or tooltip element (by id or class)? */
function isMessageElement(attrs: Attrs): boolean {
  return (attrs.id !== null && MESSAGE_IDS.has(attrs.id)) || attrs.classes.some((c) => MESSAGE_CLASSES.has(c));
}

/**
 * Removes the `unselectable` attribute, selection-blocking classes and
 * `user-select:none` / `-webkit-touch-callout:none` inline declarations.
 * @returns whether the element blocked selection.
 */
function unblockSelection(el: Element, attrs: Attrs): boolean {
  let blocked = false;
  if (attrs.unselectable) {
    el.removeAttribute(UNSELECTABLE_ATTRIBUTE);
    blocked = true;
  }
  if (attrs.classes.some((c) => SELECTION_BLOCKING.has(c))) {
    el.classList.remove(...attrs.classes.filter((c) => SELECTION_BLOCKING.has(c)));
    blocked = true;
  }
  const style = attrs.style;
  if (style && SELECTION_BLOCK_HINT.test(style)) {
    const declarations = style.split(';');
    const kept = declarations.filter((decl) => !SELECTION_BLOCK_DECLARATION.test(decl));
    if (kept.length < declarations.length) {
      el.setAttribute('style', kept.join(';'));
      blocked = true;
    }
  }
  return blocked;
}

/** The protections an inline script sets up (none for external, non-JS or very large scripts). */
function protectionScriptLabels(script: Element): UnprotectLabel[] {
  if (script.hasAttribute('src')) return [];
  if (!JAVASCRIPT_TYPES.has(scriptType(script))) return [];
  const code = script.textContent ?? '';
  if (code.length > MAX_PROTECTION_SCRIPT_CHARS || !PROTECTION_SCRIPT_HINT.test(code)) return [];
  return PROTECTION_SCRIPT_SIGNATURES.filter((s) => s.pattern.test(code)).map((s) => s.label);
}

/**
 * The box of a protection message: the largest of the text's element and its
 * closest ancestors whose whole text is the message.
 */
function messageBox(start: Element): Element | null {
  let box: Element | null = null;
  let el: Element | null = start;
  for (let depth = 0; el && depth <= MAX_MESSAGE_DEPTH; depth++, el = el.parentElement) {
    if (NEVER_MESSAGE_TAGS.has(el.localName) || !isWholeMessage(el)) break;
    box = el;
  }
  return box;
}

function isWholeMessage(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= MAX_MESSAGE_CHARS && MESSAGE_WHOLE.test(text.replace(/\s+/g, ' ').trim());
}

/**
 * A decoy: a hidden inline element with a little text, set among the visible
 * text of its parent. Hidden paragraphs and other blocks are never decoys,
 * nor is text hidden for screen readers.
 */
function isDecoy(el: Element, attrs: Attrs, styles: StyleProbe | undefined): boolean {
  const hiddenInline = attrs.hidden || hiddenByStyle(attrs.style);
  // Without a class, id or style, only a rule hiding every such element could hide it: not a decoy.
  if (!hiddenInline && !(styles && attrs.styled)) return false;
  const parent = el.parentElement;
  if (!parent || !isAmongText(el) || attrs.classes.some((c) => SCREEN_READER.has(c))) return false;
  const length = (el.textContent ?? '').trim().length;
  if (length === 0 || length > MAX_DECOY_CHARS) return false;
  if (!hiddenInline && !styles?.isHidden(el)) return false;
  return !isHiddenElement(parent, styles);
}

function hiddenByStyle(style: string | null): boolean {
  if (!style) return false;
  const lower = style.toLowerCase();
  return HIDING_STYLES.some((all) => all.every((re) => re.test(lower)));
}

function isHiddenElement(el: Element, styles: StyleProbe | undefined): boolean {
  if (el.hasAttribute('hidden') || hiddenByStyle(el.getAttribute('style'))) return true;
  return styles?.isHidden(el) ?? false;
}

/** Has the element visible text right next to it (text or inline siblings)? */
function isAmongText(el: Element): boolean {
  return hasTextNeighbour(el, 'previousSibling') || hasTextNeighbour(el, 'nextSibling');
}

function hasTextNeighbour(el: Element, direction: 'previousSibling' | 'nextSibling'): boolean {
  for (let sib = el[direction], steps = 0; sib && steps < 3; sib = sib[direction], steps++) {
    const isText = sib.nodeType === TEXT_NODE;
    const isInline = sib.nodeType === ELEMENT_NODE && DECOY_TAGS.has((sib as Element).localName);
    if ((isText || isInline) && sib.textContent?.trim()) return true;
    if (!isText) return false; // a block or an empty inline element ends the run of text
  }
  return false;
}
