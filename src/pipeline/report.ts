import type { Removal } from '../types';
import { UNPROTECT_LABELS, UNPROTECT_PLURALS } from '../unprotect/rules';

/**
 * A stage says what it removed or neutralised through a Reporter:
 * `report('copy-protection alert')`, `report('decoy span', 3)`.
 * Counts for the same label are added up.
 */
export type Reporter = (what: string, count?: number) => void;

/** Collects the removals of all stages, in the order they were first reported. */
export class RemovalLog {
  readonly #items: Removal[] = [];

  /** A Reporter bound to one stage's name. */
  for(stage: string): Reporter {
    return (what, count = 1) => {
      if (count <= 0) return;
      const found = this.#items.find((r) => r.stage === stage && r.what === what);
      if (found) found.count += count;
      else this.#items.push({ stage, what, count });
    };
  }

  get items(): Removal[] {
    return this.#items.map((r) => ({ ...r }));
  }
}

/** How the popup names each stage's removals in its one-line report. */
export const REPORT_HEADINGS: Record<string, string> = {
  unprotect: 'Copy protection removed',
  furniture: 'Left out',
  related: 'Kept apart',
  trim: 'Trimmed at the edges',
  rejoin: 'Put back',
};

/** How a stage names its removals: kinds of protection without a count, counted things with their plural. */
interface StagePhrases {
  kinds: ReadonlySet<string>;
  plurals: Readonly<Partial<Record<string, string>>>;
}

/** Stages that name their removals their own way; any label not listed here reads "N × label". */
export const REPORT_PHRASES: Readonly<Record<string, StagePhrases>> = {
  unprotect: {
    kinds: new Set(Object.values(UNPROTECT_LABELS).filter((label) => !(label in UNPROTECT_PLURALS))),
    plurals: UNPROTECT_PLURALS,
  },
};

function phrase({ stage, what, count }: Removal): string {
  const phrases = REPORT_PHRASES[stage];
  const plural = phrases?.plurals[what];
  if (plural !== undefined) return `${count} ${count === 1 ? what : plural}`;
  if (phrases?.kinds.has(what)) return what;
  return count > 1 ? `${count} × ${what}` : what;
}

/**
 * One sentence per stage for the reader, e.g.
 * "Copy protection removed: selection block, right-click block, clipboard rewrite, 3 decoy spans, 1 alert message".
 * Kinds of protection are named once; what was removed one by one is counted
 * ({@link REPORT_PHRASES}); other labels show a count when it is more than one.
 */
export function describeRemovals(removals: readonly Removal[]): string[] {
  const byStage = new Map<string, string[]>();
  for (const r of removals) byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), phrase(r)]);
  return [...byStage].map(([stage, parts]) => `${REPORT_HEADINGS[stage] ?? stage}: ${parts.join(', ')}`);
}
