import type { Removal } from '../types';

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
};

/**
 * One sentence per stage for the reader, e.g.
 * "Copy protection removed: selection block, right-click block, 1 alert message".
 * A count is shown only when it is more than one.
 */
export function describeRemovals(removals: readonly Removal[]): string[] {
  const byStage = new Map<string, string[]>();
  for (const r of removals) {
    const part = r.count > 1 ? `${r.count} × ${r.what}` : r.what;
    byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), part]);
  }
  return [...byStage].map(([stage, parts]) => `${REPORT_HEADINGS[stage] ?? stage}: ${parts.join(', ')}`);
}
