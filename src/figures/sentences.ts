/**
 * Sentences around figures, found lazily with `Intl.Segmenter`: only the
 * sentences that hold a figure are segmented, and a break the segmenter
 * makes after an abbreviation ("2,5 Mrd. Euro", "Mr. Smith") is undone.
 */

/** A span of a block, [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Characters a sentence can end at; a block without them is one sentence. */
const TERMINATOR = /[.!?…。！？؟।]/;
/** How far from a segment's end an abbreviation is looked for. */
const ABBREVIATION_REACH = 16;
const segmenters = new Map<string, Intl.Segmenter | null>();

/** A sentence segmenter for a language (English if the tag is unknown); null where `Intl.Segmenter` is missing. */
function segmenterFor(lang: string | null | undefined): Intl.Segmenter | null {
  const tag = lang || 'en';
  let segmenter = segmenters.get(tag);
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? newSegmenter(tag) : null;
    segmenters.set(tag, segmenter);
  }
  return segmenter;
}

function newSegmenter(tag: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(tag, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter('en', { granularity: 'sentence' });
  }
}

/** The sentences of one block (one line of the article text). */
export class SentenceFinder {
  readonly #block: string;
  readonly #segments: Intl.Segments | null;
  readonly #abbreviationEnd: RegExp;

  /**
   * @param block the text to find sentences in.
   * @param lang its language; the segmenter is only made for a block with a sentence end.
   * @param abbreviationEnd matches a segment that ends with an abbreviation.
   */
  constructor(block: string, lang: string | null | undefined, abbreviationEnd: RegExp) {
    this.#block = block;
    this.#segments = TERMINATOR.test(block) ? (segmenterFor(lang)?.segment(block) ?? null) : null;
    this.#abbreviationEnd = abbreviationEnd;
  }

  /** The sentence (or run of sentences) that holds `[from, to)`. */
  around(from: number, to: number): Span {
    const segments = this.#segments;
    const length = this.#block.length;
    const first = segments?.containing(from);
    if (!segments || !first) return { start: 0, end: length };
    let start = first.index;
    for (let prev = segments.containing(start - 1); prev && this.#endsWithAbbreviation(prev.segment); ) {
      start = prev.index;
      prev = segments.containing(start - 1);
    }
    let last = first;
    let end = first.index + first.segment.length;
    while (end < length && (end < to || this.#endsWithAbbreviation(last.segment))) {
      const next = segments.containing(end);
      if (!next) break;
      last = next;
      end = next.index + next.segment.length;
    }
    return { start, end };
  }

  #endsWithAbbreviation(segment: string): boolean {
    return this.#abbreviationEnd.test(segment.slice(-ABBREVIATION_REACH));
  }
}

/**
 * Groups offsets-sorted spans of a block by the sentence that holds them.
 *
 * @returns each sentence's span and the items in it.
 */
export function* bySentence<T extends Span>(items: readonly T[], sentences: SentenceFinder): Generator<{ sentence: Span; items: T[] }> {
  let i = 0;
  while (i < items.length) {
    const head = items[i] as T;
    let sentence = sentences.around(head.start, head.end);
    let j = i + 1;
    for (let item = items[j]; item && item.start < sentence.end; item = items[++j]) {
      if (item.end > sentence.end) sentence = sentences.around(head.start, item.end);
    }
    yield { sentence, items: items.slice(i, j) };
    i = j;
  }
}
