/**
 * Decisions the neutraliser takes after its walk, when the page's whole text
 * is known: which hidden blocks are an article's truncated (or
 * script-blanked) text to show again, which "Read more" toggles go with
 * them, which paywall overlays and protective layers go, and the text drawn
 * by CSS put back in place.
 */
import { hasAncestorIn } from '../prune';
import { block, tally, type Findings } from './findings';
import {
  BLANKED_SHARE,
  LAYER_STYLE,
  MAX_LAYER_CHARS,
  MAX_PAYWALL_CHARS,
  MIN_BLANKED_CHARS,
  MIN_TRUNCATED_CHARS,
  PAYWALL_OFFER_TEXT,
  TRUNCATION_DECLARATION,
  TRUNCATION_TOKEN,
  UNPROTECT_LABELS as L,
} from './rules';

const CLASS_SEPARATOR = /\s+/;

/**
 * Takes the decisions left for after the walk. Asks the live page's styles
 * before anything changes the document's structure; the drawn text goes in
 * last. Removals are only recorded (in `findings.removals`).
 */
export function decideAfterWalk(findings: Findings): void {
  const revealed = revealHidden(findings);
  for (const toggle of findings.pending.toggles) {
    const target = truncatedNear(toggle, revealed, findings);
    if (!target) continue;
    findings.removals.set(toggle, null);
    block(findings, L.truncation, target);
  }
  for (const el of findings.pending.paywalls) {
    const text = textOf(el);
    if (text.length <= MAX_PAYWALL_CHARS && PAYWALL_OFFER_TEXT.test(text)) findings.removals.set(el, L.paywall);
  }
  for (const el of findings.pending.layers) {
    if (!findings.removals.has(el) && textOf(el).length <= MAX_LAYER_CHARS && isLayer(el, findings)) {
      findings.removals.set(el, L.layer);
    }
  }
  for (const { el, before, after } of findings.pending.drawn) {
    el.append(...[before, after].filter(Boolean));
    tally(findings, L.drawn);
  }
}

/** Shows again the hidden blocks that are the page's text or an article's truncated rest. */
function revealHidden(findings: Findings): Set<Element> {
  const { pending, removals } = findings;
  const revealed = new Set<Element>();
  for (const el of pending.hiddenBlocks) {
    if (removals.has(el) || hasAncestorIn(el, removals)) continue;
    const length = textOf(el).length;
    if (length >= MIN_BLANKED_CHARS && length >= BLANKED_SHARE * pending.textChars()) {
      block(findings, L.blanking, el);
    } else if (length >= MIN_TRUNCATED_CHARS && (isNamedTruncation(el) || pending.toggles.some((t) => near(t).includes(el)))) {
      block(findings, L.truncation, el);
    } else {
      continue;
    }
    show(el);
    revealed.add(el);
  }
  return revealed;
}

/** Removes what hides a block: the hidden and aria-hidden attributes, and hiding inline declarations. */
function show(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.split(';').filter((d) => !TRUNCATION_DECLARATION.test(d)).join(';'));
}

/** The truncated block a toggle opens: a revealed block next to it, or one named or hidden like a truncation. */
function truncatedNear(toggle: Element, revealed: ReadonlySet<Element>, findings: Findings): Element | null {
  for (const el of near(toggle)) {
    if (revealed.has(el)) return el;
    const truncated = isNamedTruncation(el) || (findings.styles?.isHidden(el) ?? false);
    if (truncated && textOf(el).length >= MIN_TRUNCATED_CHARS) return el;
  }
  return null;
}

/** The elements a toggle may open: its element siblings, its parent's, and the one it names in aria-controls. */
function near(toggle: Element): Element[] {
  const parent = toggle.parentElement;
  const controlled = toggle.getAttribute('aria-controls');
  const candidates = [
    toggle.previousElementSibling,
    toggle.nextElementSibling,
    parent?.previousElementSibling,
    parent?.nextElementSibling,
    controlled ? toggle.ownerDocument.getElementById(controlled) : null,
  ];
  return candidates.filter((el): el is Element => el != null);
}

function isNamedTruncation(el: Element): boolean {
  const names = [...(el.getAttribute('class') ?? '').split(CLASS_SEPARATOR), el.id];
  return names.some((n) => n !== '' && TRUNCATION_TOKEN.test(n));
}

/** Whether the live page shows the element as a layer (or, without it, its inline style says so). */
function isLayer(el: Element, findings: Findings): boolean {
  if (findings.styles) return findings.styles.isLayer(el);
  const style = el.getAttribute('style') ?? '';
  return LAYER_STYLE.every((re) => re.test(style));
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
