/**
 * Finds, for an element of the working copy, the live element it was cloned
 * from, so that questions only the live page can answer (its computed styles)
 * are asked about the right element. Nothing is walked up front: a lookup
 * pairs the element children of each ancestor on the way, in order, only as
 * far as the child it needs, and remembers where it stopped, so asking about a
 * few hundred elements costs at most one pass over their parents' element
 * children (text and comments are never visited: no question is asked about
 * them). Valid until the working copy's structure changes, except that a
 * paired child may be replaced by a grafted one (an inlined frame), and that
 * scripts and style sheets may leave the copy (src/unprotect drops them).
 */
import { DROPPED_CODE_TAGS } from '../unprotect/rules';

export class SourceMap {
  readonly #links = new WeakMap<Node, Node>();
  /** Per copy node whose element children are being paired: the next copy child and source child to pair (null: done). */
  readonly #cursors = new WeakMap<Node, Cursor | null>();

  /** Maps the copy `copyRoot` (a clone of `sourceRoot`). */
  constructor(copyRoot: Node, sourceRoot: Node) {
    this.#links.set(copyRoot, sourceRoot);
  }

  /**
   * Declares that the element children of `copy` were cloned from those of
   * `source` (an inlined frame's body standing in for its iframe).
   */
  graft(copy: Node, source: Node): void {
    this.#links.set(copy, source);
  }

  /** The live element `el` was cloned from, or null when it has none (added to the copy, or changed since). */
  source<T extends Element>(el: T): T | null {
    const known = this.#links.get(el);
    if (known) return known as T;
    const path: Element[] = [];
    let up: Node | null = el;
    while (up && !this.#links.has(up)) {
      path.push(up as Element);
      up = up.parentNode;
    }
    if (!up) return null;
    for (let i = path.length - 1; i >= 0; i--) {
      const child = path[i] as Element;
      const parent = child.parentNode;
      if (!parent || !this.#pairUpTo(parent as ParentNode & Node, child)) return null;
    }
    return (this.#links.get(el) as T | undefined) ?? null;
  }

  /**
   * Pairs the element children of a mapped copy node with its source's, in
   * order, up to the first that differs, going on from where the last call
   * stopped and stopping once `target` is paired.
   * @returns whether `target` is paired.
   */
  #pairUpTo(copy: ParentNode & Node, target: Element): boolean {
    let cursor = this.#cursors.get(copy);
    if (cursor === undefined) {
      const source = this.#links.get(copy) as (ParentNode & Node) | undefined;
      if (!source) return false;
      cursor = { copy: copy.firstElementChild, source: source.firstElementChild };
    }
    if (cursor === null) return this.#links.has(target);
    let { copy: c, source: s } = cursor;
    let found = false;
    for (; c && s && !found; c = c.nextElementSibling, s = s.nextElementSibling) {
      found = c === target;
      if (this.#links.has(c)) continue; // grafted: already points into its frame
      while (s && c.nodeName !== s.nodeName && DROPPED_CODE_TAGS.has(s.localName)) s = s.nextElementSibling;
      if (!s || c.nodeName !== s.nodeName) {
        c = null; // the rest of the children are not paired
        break;
      }
      this.#links.set(c, s);
    }
    this.#cursors.set(copy, c && s ? { copy: c, source: s } : null);
    return found || this.#links.has(target);
  }
}

/** Where the pairing of a node's element children goes on from. */
interface Cursor {
  copy: Element | null;
  source: Element | null;
}
