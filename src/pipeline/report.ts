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
