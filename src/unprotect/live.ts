/**
 * Asks the live page how it shows an element, from the styles the browser
 * computed (getComputedStyle): never changes the page, never reads layout.
 * Takes the Window as a parameter, so the injected script passes the page's
 * and Vitest passes jsdom's. Elements of same-origin frames are asked in
 * their own frame's window.
 */
import { contentText, isHiddenStyle, isLayerStyle, type Pseudo, type StyleProbe } from './styles';

/** A `::before` / `::after` rule of a style sheet, for windows that do not compute pseudo-element styles. */
interface PseudoRule {
  /** The selector without its pseudo-element. */
  base: string;
  pseudo: Pseudo;
  content: string;
  hidden: boolean;
}

/** A selector that ends in a pseudo-element drawing text (CSS2 one-colon forms too). */
const PSEUDO_AT_END = /::?(before|after)\s*$/i;
const PRINT_MEDIA = /\bprint\b/i;
const SCREEN_MEDIA = /\b(?:screen|all)\b/i;

/**
 * A probe of the live page shown in `win` (and its same-origin frames).
 * Each question costs one getComputedStyle call: callers ask only about
 * the few elements that need an answer.
 */
export function liveStyleProbe(win: Window): StyleProbe {
  const computesPseudo = new WeakMap<Window, boolean>();
  const declared = new WeakMap<Document, PseudoRule[]>();
  const windowOf = (el: Element): Window => el.ownerDocument.defaultView ?? win;

  const supportsPseudo = (w: Window): boolean => {
    let known = computesPseudo.get(w);
    if (known === undefined) {
      // A browser computes no content for a pseudo-element the page does not style ('none'),
      // where a window without pseudo-element styles answers with the element's own ('normal').
      const root = w.document.documentElement;
      known = w.getComputedStyle(root, '::before').getPropertyValue('content') !== w.getComputedStyle(root).getPropertyValue('content');
      computesPseudo.set(w, known);
    }
    return known;
  };

  const rulesOf = (doc: Document, w: Window): PseudoRule[] => {
    let rules = declared.get(doc);
    if (!rules) {
      rules = readPseudoRules(doc, w);
      declared.set(doc, rules);
    }
    return rules;
  };

  return {
    isHidden: (el) => isHiddenStyle(windowOf(el).getComputedStyle(el)),
    isLayer: (el) => isLayerStyle(windowOf(el).getComputedStyle(el)),
    drawnText: (el, pseudo) => {
      const w = windowOf(el);
      if (supportsPseudo(w)) {
        const cs = w.getComputedStyle(el, pseudo);
        return cs.getPropertyValue('display') === 'none' ? '' : contentText(cs.getPropertyValue('content'), el);
      }
      const rule = lastMatching(rulesOf(el.ownerDocument, w), el, pseudo);
      return rule && !rule.hidden ? contentText(rule.content, el) : '';
    },
  };
}

/** The last rule (in document order) for `pseudo` whose selector matches `el`. */
function lastMatching(rules: readonly PseudoRule[], el: Element, pseudo: Pseudo): PseudoRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule?.pseudo === pseudo && matchesSafely(el, rule.base)) return rule;
  }
  return undefined;
}

function matchesSafely(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector this DOM does not understand
  }
}

/** The `::before` / `::after` rules with a `content` of the document's readable style sheets, in document order. */
function readPseudoRules(doc: Document, win: Window): PseudoRule[] {
  const rules: PseudoRule[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet cannot be read
    }
    collectPseudoRules(list, win, rules);
  }
  return rules;
}

function collectPseudoRules(list: CSSRuleList, win: Window, into: PseudoRule[]): void {
  for (const rule of Array.from(list)) {
    if ('selectorText' in rule && 'style' in rule) {
      const style = rule.style as CSSStyleDeclaration;
      const content = style.getPropertyValue('content');
      if (content) addPseudoRule(String(rule.selectorText), content, style.getPropertyValue('display') === 'none', into);
    } else if ('cssRules' in rule && (!('media' in rule) || mediaApplies(rule.media as MediaList, win))) {
      collectPseudoRules(rule.cssRules as CSSRuleList, win, into);
    }
  }
}

function addPseudoRule(selectorText: string, content: string, hidden: boolean, into: PseudoRule[]): void {
  for (const selector of selectorText.split(',')) {
    const m = PSEUDO_AT_END.exec(selector);
    if (!m) continue;
    const base = selector.slice(0, m.index).trim() || '*';
    into.push({ base, pseudo: m[1]?.toLowerCase() === 'before' ? '::before' : '::after', content, hidden });
  }
}

function mediaApplies(media: MediaList, win: Window): boolean {
  const text = media.mediaText;
  if (!text) return true;
  if (typeof win.matchMedia === 'function') return win.matchMedia(text).matches;
  return !PRINT_MEDIA.test(text) || SCREEN_MEDIA.test(text);
}
