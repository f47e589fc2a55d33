import { CJK_CHARACTER, DEFAULT_WORDS_PER_MINUTE, READING_SPEED } from './rules';

const segmenters = new Map<string, Intl.Segmenter>();

/** A word segmenter for a language, created once; the default locale when the tag is not valid. */
function wordSegmenter(lang: string | null | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(key || undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** The primary language subtag, lower-cased ("zh" for "zh-Hant-TW"). */
function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * A token between ASCII white space (or the text's ends) that is one ASCII
 * word or number, with opening and closing punctuation that never joins it to
 * anything: exactly one word-like segment under the Unicode word-break rules
 * (UAX #29), whatever surrounds it, and no Chinese or Japanese character. Most
 * of a text's tokens are such words: counting them with one regular expression
 * spares the segmenter (slow: one object per segment) all but the rest.
 */
const PLAIN_WORD = /(?<![^ \t\n\r\f])[("'[]*[A-Za-z0-9]+[.,;:!?)"'\]]*(?![^ \t\n\r\f])/g;
const BLANK = /^[ \t\n\r\f]*$/;

/**
 * Counts the words of a text with `Intl.Segmenter` (word granularity, word-like
 * segments only, so punctuation and spaces never count). Chinese and Japanese
 * characters (Han, hiragana, katakana) count one each, as CJK word counts do;
 * `readingMinutes` reads them at a characters-per-minute speed.
 *
 * Plain ASCII words ({@link PLAIN_WORD}) are counted first and taken out; the
 * white space around them stays, so the segmenter sees every other token in the
 * same surroundings as in the whole text and splits it the same way.
 *
 * @param lang the text's language (BCP 47), which guides segmentation.
 */
export function countWords(text: string, lang?: string | null): number {
  const plain = text.match(PLAIN_WORD)?.length ?? 0;
  const rest = plain > 0 ? text.replace(PLAIN_WORD, '') : text;
  return plain + (BLANK.test(rest) ? 0 : countSegmented(rest, lang));
}

/** Counts the word-like segments of a text, CJK characters one each. */
function countSegmented(text: string, lang?: string | null): number {
  let count = 0;
  for (const { segment, isWordLike } of wordSegmenter(lang).segment(text)) {
    if (!isWordLike) continue;
    const cjk = segment.match(CJK_CHARACTER)?.length ?? 0;
    count += cjk > 0 ? cjk : 1;
  }
  return count;
}

/**
 * Estimated reading time in whole minutes, at least 1: about 230 words a
 * minute, or 500 characters a minute for Chinese and Japanese (see `READING_SPEED`).
 *
 * @param words the count from `countWords`.
 */
export function readingMinutes(words: number, lang?: string | null): number {
  const speed = READING_SPEED[primaryLanguage(lang)] ?? DEFAULT_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / speed));
}
