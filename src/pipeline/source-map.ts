/**
 * Finds, for a node of the working copy, the live node it was cloned from,
 * so that questions only the live page can answer (its computed styles) are
 * asked about the right element. Nothing is walked up front: a lookup pairs
 * the children of each ancestor on the way once, and remembers them, so
 * asking about a few hundred elements costs about one pass over their
 * parents' children. Valid until the working copy's structure changes.
 */
export class SourceMap {
  readonly #links = new WeakMap<Node, Node>();
  readonly #paired = new WeakSet<Node>();

  /** Maps the copy `copyRoot` (a clone of `sourceRoot`). */
  constructor(copyRoot: Node, sourceRoot: Node) {
    this.#links.set(copyRoot, sourceRoot);
  }

  /**
   * Declares that the children of `copy` were cloned from the children of
   * `source` (an inlined frame's body standing in for its iframe).
   */
  graft(copy: Node, source: Node): void {
    this.#links.set(copy, source);
  }

  /** The live node `node` was cloned from, or null when it has none (added to the copy, or changed since). */
  source<T extends Node>(node: T): T | null {
    const known = this.#links.get(node);
    if (known) return known as T;
    const path: Node[] = [];
    let up: Node | null = node;
    while (up && !this.#links.has(up)) {
      path.push(up);
      up = up.parentNode;
    }
    if (!up) return null;
    for (let i = path.length - 1; i >= 0; i--) {
      const parent = path[i]?.parentNode;
      if (!parent || !this.#pair(parent)) return null;
    }
    return (this.#links.get(node) as T | undefined) ?? null;
  }

  /** Pairs the children of a mapped copy node with its source's, in order, up to the first that differs. */
  #pair(copy: Node): boolean {
    if (this.#paired.has(copy)) return true;
    const source = this.#links.get(copy);
    if (!source) return false;
    this.#paired.add(copy);
    let s = source.firstChild;
    for (let c = copy.firstChild; c && s; c = c.nextSibling, s = s.nextSibling) {
      if (this.#links.has(c)) continue; // grafted: already points into its frame
      if (c.nodeName !== s.nodeName) break;
      this.#links.set(c, s);
    }
    return true;
  }
}
