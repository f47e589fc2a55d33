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
 * Counts the words of a text with `Intl.Segmenter` (word granularity, word-like
 * segments only, so punctuation and spaces never count). Chinese and Japanese
 * characters (Han, hiragana, katakana) count one each, as CJK word counts do;
 * `readingMinutes` reads them at a characters-per-minute speed.
 *
 * @param lang the text's language (BCP 47), which guides segmentation.
 */
export function countWords(text: string, lang?: string | null): number {
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
