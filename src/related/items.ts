import type { LinkRef } from './links';

/** The links of one post inside a block, and the item elements that hold them. */
export interface PostGroup {
  /** Clean absolute URL of the post. */
  url: string;
  /** Identity of the post (see `urlKey`). */
  key: string;
  links: Element[];
  /** The largest elements around the links that hold no other post (the post's "card"). */
  items: Element[];
}

/** Marks an element that holds links to more than one post. */
const MIXED = '';

/**
 * For every element from each claiming element up to (not including) its
 * root: the one destination it holds, or MIXED. Post links and "other" links
 * (share buttons, home…) claim, and so does the block's heading; metadata links
 * (author, category) belong to the card they sit in.
 */
function ownership(links: readonly LinkRef[], roots: readonly Element[], heading: Element | null): Map<Element, string> {
  const claims = links
    .filter(({ info }) => info.kind === 'post' || info.kind === 'other')
    .map(({ el, info }) => ({ el, key: `${info.kind}:${info.key}` }));
  if (heading) claims.push({ el: heading, key: 'heading' });
  const owner = new Map<Element, string>();
  for (const { el, key } of claims) {
    for (let node: Element | null = el; node && !roots.includes(node); node = node.parentElement) {
      const known = owner.get(node);
      owner.set(node, known === undefined || known === key ? key : MIXED);
    }
  }
  return owner;
}

/**
 * The highest ancestor of `link` below its root that holds only the
 * destination `key` (never the root itself, nor anything around the heading).
 */
function itemOf(link: Element, key: string, owner: ReadonlyMap<Element, string>): Element {
  let item = link;
  for (let node: Element | null = link; node && owner.get(node) === key; node = node.parentElement) item = node;
  return item;
}

/**
 * Groups the post links under `roots` by post, in page order: an image link
 * and a title link to the same URL make one post, with the item elements
 * around them. Links that are not posts are ignored; `heading` is the block's
 * heading, which no item may span.
 */
export function groupPosts(links: readonly LinkRef[], roots: readonly Element[], heading: Element | null): PostGroup[] {
  const posts = links.filter((link) => link.info.kind === 'post');
  const owner = ownership(links, roots, heading);
  const groups = new Map<string, PostGroup>();
  for (const { el, info } of posts) {
    let group = groups.get(info.key);
    if (!group) {
      group = { url: info.url, key: info.key, links: [], items: [] };
      groups.set(info.key, group);
    }
    group.links.push(el);
    const item = itemOf(el, `post:${info.key}`, owner);
    if (!group.items.includes(item)) group.items.push(item);
  }
  return [...groups.values()];
}
