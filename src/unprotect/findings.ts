/**
 * What the neutraliser's walk finds, shared by the walk (index.ts) and the
 * decisions taken after it (reveal.ts).
 */
import { PAGE_LEVEL_TAGS, type UnprotectLabel } from './rules';
import type { StyleProbe } from './styles';

/** Where a block applied: one element, or the whole page (`html`, `body`, page scripts). */
type BlockTarget = Element | 'page';

/** Text an empty inline element draws with CSS, to put into it. */
export interface Drawn {
  el: Element;
  before: string;
  after: string;
}

/** What is decided after the walk, once the whole page's text is known. */
export interface Pending {
  /** Blocks hidden by an attribute or inline style (Readability drops them). */
  hiddenBlocks: Element[];
  /** In-page buttons and links that say "Read more". */
  toggles: Element[];
  /** Elements named like a paywall. */
  paywalls: Element[];
  /** Elements named or styled like a layer over the page. */
  layers: Element[];
  drawn: Drawn[];
  /** Characters of text in the page (counted while walking, or on first need). */
  textChars: () => number;
  /** Characters of text seen by the walk so far. */
  textSeen: number;
}

/**
 * What one walk found: counts per label, the places each kind of block
 * applied to, the elements to remove with the label to count for each
 * removal (null: nothing to count), and what is decided after the walk.
 */
export interface Findings {
  counts: Map<UnprotectLabel, number>;
  blocks: Map<UnprotectLabel, Set<BlockTarget>>;
  removals: Map<Element, UnprotectLabel | null>;
  styles: StyleProbe | undefined;
  pending: Pending;
  /** Whether a class or id value may hold a layer's or paywall's name, per value (pages repeat their class names). */
  named: Map<string, boolean>;
  /** The class names of each class attribute value seen (shared, never changed). */
  classLists: Map<string, readonly string[]>;
}

/** Empty findings. */
export function newFindings(styles: StyleProbe | undefined): Findings {
  return {
    counts: new Map(),
    blocks: new Map(),
    removals: new Map(),
    styles,
    pending: { hiddenBlocks: [], toggles: [], paywalls: [], layers: [], drawn: [], textChars: () => 0, textSeen: 0 },
    named: new Map(),
    classLists: new Map(),
  };
}

/** Adds `n` to a label's count. */
export function tally(findings: Findings, label: UnprotectLabel, n = 1): void {
  findings.counts.set(label, (findings.counts.get(label) ?? 0) + n);
}

/** Notes a block; blocks are counted once per place they apply to. */
export function block(findings: Findings, label: UnprotectLabel, el: Element): void {
  const target: BlockTarget = PAGE_LEVEL_TAGS.has(el.localName) ? 'page' : el;
  const targets = findings.blocks.get(label) ?? new Set<BlockTarget>();
  targets.add(target);
  findings.blocks.set(label, targets);
}
