/**
 * Invisible characters inside words: zero-width spaces, soft hyphens,
 * direction marks and the like, set between letters so that copies and
 * searches of the text break. Contextual ones (joiners, direction marks) are
 * kept where the script around them needs them.
 */
import { CONTEXTUAL_INVISIBLES, INVISIBLE_CHARS, JOINER_FREE_NEIGHBOUR } from './rules';

/** One invisible character (the table's pattern without its global flag). */
export const INVISIBLE_CHAR = new RegExp(INVISIBLE_CHARS.source);

/**
 * Removes invisible characters from a text node.
 * @returns how many characters were removed.
 */
export function removeInvisibleChars(text: Text): number {
  const data = text.data;
  if (!INVISIBLE_CHAR.test(data)) return 0;
  let removed = 0;
  const cleaned = data.replace(INVISIBLE_CHARS, (ch: string, offset: number) => {
    if (CONTEXTUAL_INVISIBLES.has(ch) && !isMeaningless(data, offset)) return ch;
    removed++;
    return '';
  });
  if (removed > 0) text.data = cleaned;
  return removed;
}

/** A contextual invisible means nothing when its nearest visible neighbours need none. */
function isMeaningless(data: string, offset: number): boolean {
  const sides = [visibleNeighbour(data, offset, -1), visibleNeighbour(data, offset, 1)];
  return sides.every((ch) => ch === undefined || JOINER_FREE_NEIGHBOUR.test(ch));
}

/** The nearest character before (step -1) or after (step 1) `offset` that is not invisible. */
function visibleNeighbour(data: string, offset: number, step: -1 | 1): string | undefined {
  for (let i = offset + step; i >= 0 && i < data.length; i += step) {
    if (INVISIBLE_CHAR.test(data.charAt(i))) continue;
    const code = data.charCodeAt(i);
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    const start = step < 0 && isLowSurrogate && i > 0 ? i - 1 : i;
    return String.fromCodePoint(data.codePointAt(start) ?? code);
  }
  return undefined;
}
