/**
 * Stable ids for saved pages: the same page saved twice gets the same id, so a
 * second save updates the first instead of adding a copy.
 */
import { canonicalUrl } from '../url';

export { canonicalUrl };

/**
 * cyrb53 (bryc, public domain): a fast 53-bit string hash with good spread,
 * ample for telling a reader's saved pages apart.
 */
export function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id of the page at `url`: its canonical URL, hashed, in base 36. */
export function urlId(url: string): string {
  return cyrb53(canonicalUrl(url)).toString(36);
}
