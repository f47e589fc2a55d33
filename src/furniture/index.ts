import type { Reporter } from '../pipeline/report';
import { hasAncestorIn, removeOutermost } from '../prune';
import { collapse } from '../related/text';
import {
  AD_LABEL_TAGS,
  AD_LABEL_TRAILER,
  AD_LABELS,
  AD_MEDIA_SELECTOR,
  ARTICLE_MARKERS,
  FURNITURE_LABELS,
  FURNITURE_RULES,
  MAX_AD_CONTAINER_DEPTH,
  MAX_AD_EXTRA_TEXT,
  MAX_AD_LABEL_CHARS,
  NEVER_FURNITURE_TAGS,
  NOT_AN_AD_SELECTOR,
  TERM_CLASS,
  type FurnitureLabel,
  type FurnitureRule,
} from './rules';

// Numeric DOM constants: src/ may not use the globals Node / NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;

const AD_LABEL_SET: ReadonlySet<string> = new Set(AD_LABELS.map((l) => l.toLowerCase()));
const MARKER_TAGS: ReadonlySet<string> = new Set(ARTICLE_MARKERS.tags);
const MARKER_CLASSES: ReadonlySet<string> = new Set(ARTICLE_MARKERS.classes);
const MARKER_ITEMPROPS: ReadonlySet<string> = new Set(ARTICLE_MARKERS.itemprops);
const CLASS_SEPARATOR = /\s+/;
const NO_NAMES: readonly string[] = [];

/** For each name a rule lists, the bit mask of the rules (bit i: FURNITURE_RULES[i]) listing it. */
function indexBy(list: (rule: FurnitureRule) => readonly string[] | undefined): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  FURNITURE_RULES.forEach((rule, i) => {
    for (const name of list(rule) ?? []) index.set(name, (index.get(name) ?? 0) | (1 << i));
  });
  return index;
}
const BY_CLASS = indexBy((r) => r.classes);
const BY_ID = indexBy((r) => r.ids);
const BY_TAG = indexBy((r) => r.tags);
const BY_ATTRIBUTE = indexBy((r) => r.attributes);
const WITH_PREFIXES = FURNITURE_RULES.flatMap((rule, i) =>
  rule.idPrefixes ? [{ bit: 1 << i, prefixes: rule.idPrefixes }] : [],
);
const WITH_TOKEN = FURNITURE_RULES.flatMap((rule, i) => (rule.token ? [{ bit: 1 << i, token: rule.token }] : []));
/** Quick test: can a name match any rule's token? */
const TOKEN_HINT = new RegExp(WITH_TOKEN.map((t) => t.token.source).join('|'), 'i');

/** What the walk collects; guards are applied after it, once the article is known. */
interface Scan {
  candidates: { el: Element; rules: FurnitureRule[] }[];
  labels: Element[];
  markers: Element[];
}

/**
 * Removes page furniture that Readability may keep inside or next to the
 * article: ad slots (by their markup, and by their "Advertisement" /
 * "Supported by"… labels), weather widgets, share bars, comment forms and
 * lists, newsletter boxes. Runs on the clone before Readability and reports
 * each removal by kind. Never removes an element that is or holds the article
 * ({@link ARTICLE_MARKERS}).
 *
 * One walk over the body; elements are removed after it.
 */
export function removeFurniture(doc: Document, report: Reporter): void {
  const body = doc.body;
  if (!body) return;
  const { candidates, labels, markers } = scan(doc, body);
  const article = withAncestors(markers, body);

  const found = new Map<Element, FurnitureLabel | null>();
  for (const { el, rules } of candidates) {
    if (hasAncestorIn(el, found)) continue; // goes with the furniture around it
    const rule = rules.find((r) => passesGuards(el, r, article));
    if (rule) found.set(el, rule.label);
  }
  for (const label of labels) {
    if (!hasAncestorIn(label, found)) addSlot(found, adSlotOf(label, article));
  }

  const removed = removeOutermost(found);
  for (const label of Object.values(FURNITURE_LABELS)) report(label, removed.filter((r) => r === label).length);
}

function scan(doc: Document, body: HTMLElement): Scan {
  const result: Scan = { candidates: [], labels: [], markers: [] };
  const seen: Seen = { tokens: new Map(), classes: new Map() };
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const { isArticle, rules } = marksOf(el, seen);
      if (isArticle) result.markers.push(el);
      if (rules !== 0) result.candidates.push({ el, rules: rulesOf(rules) });
    } else {
      const label = adLabelElement(node as Text);
      if (label) result.labels.push(label);
    }
  }
  return result;
}

/** What an element is marked by: article marker and the rules (bit mask) that mark it. */
interface Marks {
  isArticle: boolean;
  rules: number;
}

/** What one walk remembers, since pages repeat their class names: per name, per class attribute value. */
interface Seen {
  /** The token rules of each class name and id. */
  tokens: Map<string, number>;
  /** The marks of each class attribute value. */
  classes: Map<string, Marks>;
}

/** What marks an element. */
function marksOf(el: Element, seen: Seen): Marks {
  const tag = el.localName;
  const marks: Marks = { isArticle: MARKER_TAGS.has(tag), rules: BY_TAG.get(tag) ?? 0 };
  if (!el.hasAttributes()) return marks;
  const { tokens } = seen;
  for (const attr of el.getAttributeNames()) {
    if (attr === 'class') {
      const byClass = classMarks(el.getAttribute(attr), seen);
      marks.rules |= byClass.rules;
      marks.isArticle ||= byClass.isArticle;
    } else if (attr === 'id') {
      const id = el.getAttribute(attr) ?? '';
      marks.rules |= (BY_ID.get(id) ?? 0) | knownTokenRules(id, tokens) | prefixRules(id);
    } else if (attr === 'itemprop') {
      if (splitNames(el.getAttribute(attr)).some((p) => MARKER_ITEMPROPS.has(p))) marks.isArticle = true;
    } else {
      marks.rules |= BY_ATTRIBUTE.get(attr) ?? 0;
    }
  }
  return marks;
}

/** The marks a class attribute value gives, remembered per value. */
function classMarks(value: string | null, seen: Seen): Readonly<Marks> {
  const key = value ?? '';
  let marks = seen.classes.get(key);
  if (marks === undefined) {
    marks = { isArticle: false, rules: 0 };
    for (const name of splitNames(key)) {
      marks.rules |= (BY_CLASS.get(name) ?? 0) | knownTokenRules(name, seen.tokens);
      if (MARKER_CLASSES.has(name)) marks.isArticle = true;
    }
    seen.classes.set(key, marks);
  }
  return marks;
}

function splitNames(value: string | null): readonly string[] {
  const trimmed = value?.trim();
  return trimmed ? trimmed.split(CLASS_SEPARATOR) : NO_NAMES;
}

/** {@link tokenRules}, remembered per name in `tokens`. */
function knownTokenRules(name: string, tokens: Map<string, number>): number {
  let bits = tokens.get(name);
  if (bits === undefined) {
    bits = tokenRules(name);
    tokens.set(name, bits);
  }
  return bits;
}

/** Rules whose token the class name or id matches; never names taken from the post's terms. */
function tokenRules(name: string): number {
  if (name === '' || !TOKEN_HINT.test(name) || TERM_CLASS.test(name)) return 0;
  return WITH_TOKEN.reduce((bits, { bit, token }) => (token.test(name) ? bits | bit : bits), 0);
}

function prefixRules(id: string): number {
  if (id === '') return 0;
  return WITH_PREFIXES.reduce(
    (bits, { bit, prefixes }) => (prefixes.some((p) => id.startsWith(p)) ? bits | bit : bits),
    0,
  );
}

/** The rules of a bit mask, in table order. */
function rulesOf(bits: number): FurnitureRule[] {
  return FURNITURE_RULES.filter((_, i) => bits & (1 << i));
}

/** The article markers and all their ancestors up to the body. */
function withAncestors(markers: readonly Element[], body: Element): ReadonlySet<Element> {
  const set = new Set<Element>();
  for (const marker of markers) {
    for (let el: Element | null = marker; el && el !== body && !set.has(el); el = el.parentElement) set.add(el);
  }
  return set;
}

function passesGuards(el: Element, rule: FurnitureRule, article: ReadonlySet<Element>): boolean {
  if (NEVER_FURNITURE_TAGS.has(el.localName) || article.has(el)) return false;
  if (rule.requires && !el.querySelector(rule.requires)) return false;
  return rule.maxText === Number.POSITIVE_INFINITY || textLength(el) <= rule.maxText;
}

/** Adds a labelled ad slot: its first element is counted, the rest go with it. */
function addSlot(found: Map<Element, FurnitureLabel | null>, [main, ...rest]: [Element, ...Element[]]): void {
  if (!found.has(main)) found.set(main, FURNITURE_LABELS.ad);
  for (const el of rest) if (!found.has(el)) found.set(el, null);
}

function textLength(el: Element): number {
  return collapse(el.textContent).length;
}


/** An ad label's key: its text lower-cased, without trailing colon or dash. */
function labelKey(text: string): string {
  return collapse(text).replace(AD_LABEL_TRAILER, '').toLowerCase();
}

/** The element that is an ad label, when this text node is the whole of one. */
function adLabelElement(text: Text): Element | null {
  // The cheap questions first (its length, without reading the text): most text is long, blank, or in an
  // element no label is written in.
  if (text.length > MAX_AD_LABEL_CHARS) return null;
  let el = text.parentElement;
  if (!el || !AD_LABEL_TAGS.has(el.localName)) return null;
  const trimmed = text.data.trim();
  if (trimmed === '') return null;
  const key = labelKey(trimmed);
  if (!AD_LABEL_SET.has(key) || labelKey(el.textContent ?? '') !== key) return null;
  for (let up = el.parentElement; up && AD_LABEL_TAGS.has(up.localName); up = up.parentElement) {
    if (labelKey(up.textContent ?? '') !== key) break;
    el = up;
  }
  return el;
}

/**
 * A label's ad slot: the nearest ancestor holding the label, an ad's media
 * and little other text. Without one, the label and, when it looks like the
 * ad, the element right after it.
 */
function adSlotOf(label: Element, article: ReadonlySet<Element>): [Element, ...Element[]] {
  const labelLength = textLength(label);
  let anc = label.parentElement;
  for (let depth = 0; anc && depth < MAX_AD_CONTAINER_DEPTH; depth++, anc = anc.parentElement) {
    if (NEVER_FURNITURE_TAGS.has(anc.localName) || article.has(anc)) break;
    if (textLength(anc) - labelLength > MAX_AD_EXTRA_TEXT) break;
    if (anc.querySelector(AD_MEDIA_SELECTOR)) return [anc];
  }
  const next = label.nextElementSibling;
  return next && looksLikeAd(next, article) ? [label, next] : [label];
}

/** Media with little text, or an empty slot waiting for its ad; never an article figure. */
function looksLikeAd(el: Element, article: ReadonlySet<Element>): boolean {
  if (article.has(el) || el.matches(NOT_AN_AD_SELECTOR) || el.querySelector(NOT_AN_AD_SELECTOR)) return false;
  const length = textLength(el);
  if (length === 0) return true;
  const hasMedia = el.matches(AD_MEDIA_SELECTOR) || el.querySelector(AD_MEDIA_SELECTOR) !== null;
  return hasMedia && length <= MAX_AD_EXTRA_TEXT;
}
