/**
 * The snippet metric of the human-labelled corpus (../shared/corpus/trafilatura-eval/README.md),
 * exactly as trafilatura's tests/eval_common.py computes it: whitespace-normalise the extracted
 * plain text and each snippet, then match snippets as exact substrings.
 */

/**
 * Whitespace as Python's `re` `\s` matches it in a str pattern (the characters for which
 * `str.isspace()` is true): ASCII whitespace, the separators U+001C–U+001F, NEL, NBSP and the
 * Unicode space separators. Unlike JavaScript's `\s` it does not include U+FEFF (BOM).
 */
const WHITESPACE_RUN = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Every run of whitespace (NBSP included) becomes one space; the ends are trimmed. Nothing else changes. */
export function normaliseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').replace(/^ | $/g, '');
}

/** The annotation of one page: snippets that must and must not appear. */
export interface Annotation {
  with: readonly string[];
  without: readonly string[];
}

/** The four counts of a confusion matrix. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** The score of one page, with the snippets behind its errors. */
export interface PageScore extends Counts {
  /** `with` snippets not found (false negatives). */
  missing: string[];
  /** `without` snippets found (false positives). */
  leaked: string[];
}

/**
 * Scores one page. `text` is the extractor's plain text, or null when it crashed or returned
 * nothing: then TP = FP = 0 (every `with` snippet is missing, every `without` one absent).
 */
export function scorePage(text: string | null | undefined, annotation: Annotation): PageScore {
  const found = (snippet: string, haystack: string) => haystack.includes(normaliseWhitespace(snippet));
  const haystack = typeof text === 'string' ? normaliseWhitespace(text) : null;
  const missing = annotation.with.filter((s) => haystack === null || !found(s, haystack));
  const leaked = haystack === null ? [] : annotation.without.filter((s) => found(s, haystack));
  return {
    tp: annotation.with.length - missing.length,
    fn: missing.length,
    fp: leaked.length,
    tn: annotation.without.length - leaked.length,
    missing,
    leaked,
  };
}

/** Sums counts over pages. */
export function addCounts(pages: Iterable<Counts>): Counts {
  const sum: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pages) {
    sum.tp += p.tp;
    sum.fp += p.fp;
    sum.fn += p.fn;
    sum.tn += p.tn;
  }
  return sum;
}

/** Precision, recall, F1 and accuracy of summed counts (each 0 when its denominator is 0). */
export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const ratio = (num: number, den: number): number => (den ? num / den : 0);

/** precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN), accuracy = (TP+TN)/all. */
export function metrics(c: Counts): Metrics {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  };
}
