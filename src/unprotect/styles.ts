/**
 * What the live page's styles say about an element: hidden, laid over the
 * page as a layer, or drawing text with `::before` / `::after`. The
 * judgements here are pure (they read a computed-style object); asking the
 * live page is live.ts's job, and a working copy is judged through the
 * element it was cloned from ({@link viaSource}).
 */
import { DRAWN_TEXT_ICON, HIDDEN_LIMITS, MAX_DRAWN_CHARS, SEE_THROUGH_OPACITY } from './rules';

/** A pseudo-element that can draw text. */
export type Pseudo = '::before' | '::after';

/** Answers questions about elements from the styles the reader's browser computed for them. */
export interface StyleProbe {
  /**
   * Whether the element shows none of its text: not displayed, invisible,
   * fully transparent, zero font size, transparent text colour, off screen,
   * clipped away or scaled to nothing.
   */
  isHidden(el: Element): boolean;
  /** Whether the element is a layer over the page: positioned, and letting clicks through or see-through. */
  isLayer(el: Element): boolean;
  /** The text the element's `::before` or `::after` draws ('' when it draws none, or only icons). */
  drawnText(el: Element, pseudo: Pseudo): string;
}

/** A computed style: the judgements read it by property name only (jsdom lacks some named properties). */
export interface StyleLike {
  getPropertyValue(name: string): string;
}

const POSITIONED = new Set(['absolute', 'fixed']);
/** A colour whose alpha is zero: `transparent`, `rgba(r, g, b, 0)`, `hsla(…, 0)`, or `… / 0)` in the space-separated syntax. */
const TRANSPARENT_COLOUR = /^transparent$|^(?:rgba?|hsla?)\((?:[^,)]*,){3}\s*0(?:\.0*)?%?\s*\)$|\/\s*0(?:\.0*)?%?\s*\)$/;
/** A clip rectangle with no area: top equals bottom or left equals right. */
const CLIP_RECT = /^rect\(\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px\s*\)$/;
const CLIP_PATH_NOTHING = /^(?:inset\(\s*(?:50|100)%|circle\(\s*0(?:px|%)?\b|polygon\(\s*0(?:px)? 0(?:px)?,\s*0(?:px)? 0(?:px)?,)/;
const ZERO_SCALE = /^matrix(?:3d)?\(\s*0,\s*0,\s*0,\s*0,/;

/** A computed property's value, trimmed ('' when the browser does not know it). */
function v(cs: StyleLike, name: string): string {
  return (cs.getPropertyValue(name) ?? '').trim();
}

/** Pixels of a computed length: a px value or a bare 0 ('auto' and percentages give NaN). */
function px(value: string): number {
  return value.endsWith('px') || /^-?0*\.?0+$/.test(value) ? Number.parseFloat(value) : Number.NaN;
}

/** Whether text drawn with this computed style is invisible (transparent colour, not painted through background-clip:text). */
function transparentText(cs: StyleLike): boolean {
  const fill = v(cs, '-webkit-text-fill-color');
  const transparent = TRANSPARENT_COLOUR.test(v(cs, 'color')) || (fill !== '' && TRANSPARENT_COLOUR.test(fill));
  if (!transparent) return false;
  const clip = v(cs, 'background-clip') || v(cs, '-webkit-background-clip');
  return !clip.includes('text');
}

function offScreen(cs: StyleLike): boolean {
  if (px(v(cs, 'text-indent')) <= HIDDEN_LIMITS.offScreenPx) return true;
  if (!POSITIONED.has(v(cs, 'position'))) return false;
  return ['left', 'top', 'right'].some((side) => px(v(cs, side)) <= HIDDEN_LIMITS.offScreenPx);
}

function clippedAway(cs: StyleLike): boolean {
  const rect = CLIP_RECT.exec(v(cs, 'clip'));
  if (rect && POSITIONED.has(v(cs, 'position'))) {
    const [top, right, bottom, left] = rect.slice(1).map(Number) as [number, number, number, number];
    if (top >= bottom || left >= right || right - left <= 1 || bottom - top <= 1) return true;
  }
  return CLIP_PATH_NOTHING.test(v(cs, 'clip-path')) || ZERO_SCALE.test(v(cs, 'transform'));
}

/** A box with no width or no height that hides what overflows it. */
function zeroBox(cs: StyleLike): boolean {
  if (!['overflow', 'overflow-x', 'overflow-y'].some((name) => /^(?:hidden|clip)\b/.test(v(cs, name)))) return false;
  return px(v(cs, 'width')) <= 0.5 || px(v(cs, 'height')) <= 0.5;
}

/** Whether an element with this computed style shows none of its text. */
export function isHiddenStyle(cs: StyleLike): boolean {
  return (
    v(cs, 'display') === 'none' ||
    /^(?:hidden|collapse)$/.test(v(cs, 'visibility')) ||
    Number.parseFloat(v(cs, 'opacity')) <= HIDDEN_LIMITS.opacity ||
    Number.parseFloat(v(cs, 'font-size')) === 0 ||
    transparentText(cs) ||
    offScreen(cs) ||
    clippedAway(cs) ||
    zeroBox(cs)
  );
}

/** Whether an element with this computed style is a layer over the page (positioned; click-through or see-through). */
export function isLayerStyle(cs: StyleLike): boolean {
  if (!POSITIONED.has(v(cs, 'position'))) return false;
  return v(cs, 'pointer-events') === 'none' || Number.parseFloat(v(cs, 'opacity')) < SEE_THROUGH_OPACITY;
}

/** One token of a `content` value: a string, an attr() reference, or anything else (counters, quotes, images). */
const CONTENT_TOKEN = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|attr\(\s*([\w-]+)\s*\)|\S+/g;
const CSS_ESCAPE = /\\(?:([0-9a-fA-F]{1,6})\s?|([\s\S]))/g;

function unescapeCss(text: string): string {
  return text.replace(CSS_ESCAPE, (_m, hex: string | undefined, ch: string | undefined) => {
    if (hex === undefined) return ch === '\n' ? '' : (ch ?? '');
    const code = Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/**
 * The text a computed `content` value draws for `el`: its strings and
 * attr() values, in order; '' for none/normal, counters, quotes and images
 * alone, for icon glyphs and for overlong text.
 */
export function contentText(value: string, el: Element): string {
  let text = '';
  for (const m of value.matchAll(CONTENT_TOKEN)) {
    const [, double, single, attr] = m;
    if (double !== undefined || single !== undefined) text += unescapeCss(double ?? single ?? '');
    else if (attr !== undefined) text += el.getAttribute(attr) ?? '';
  }
  return text.length > MAX_DRAWN_CHARS || DRAWN_TEXT_ICON.test(text) ? '' : text;
}

/**
 * A probe for a working copy: each element is judged by the element of the
 * live page it was cloned from (`locate`); an element without one is shown,
 * no layer, and draws nothing. Answers about hiding are remembered.
 */
export function viaSource(probe: StyleProbe, locate: (el: Element) => Element | null): StyleProbe {
  const hidden = new WeakMap<Element, boolean>(); // parents are asked about once per inline child
  return {
    isHidden: (el) => {
      let answer = hidden.get(el);
      if (answer === undefined) {
        const source = locate(el);
        answer = source !== null && probe.isHidden(source);
        hidden.set(el, answer);
      }
      return answer;
    },
    isLayer: (el) => {
      const source = locate(el);
      return source !== null && probe.isLayer(source);
    },
    drawnText: (el, pseudo) => {
      const source = locate(el);
      return source === null ? '' : probe.drawnText(source, pseudo);
    },
  };
}
