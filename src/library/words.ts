/** The words of a text as search sees them: letters and digits in any script, in lower case. */
import { MAX_WORD_LENGTH, WORD_PATTERN } from './rules';

/** Splits a text into search words (lower case, apostrophes kept inside a word, very long runs dropped). */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_PATTERN)) {
    const w = m[0].toLowerCase().replace('’', "'");
    if (w.length <= MAX_WORD_LENGTH) out.push(w);
  }
  return out;
}

/** How many typos a word of this length may carry and still match (0 for short words). */
export function typosAllowed(word: string, minLength: number): number {
  if (word.length < minLength) return 0;
  return word.length >= 2 * minLength ? 2 : 1;
}
