/**
 * How close an extraction is to Readability's expected output (the readability-pages corpus):
 * a text similarity and the blocks that differ. Pure functions on plain text.
 */
import { normaliseWhitespace } from './score';
import { compact } from './text-match';

const WORD = /[\p{L}\p{N}]+/gu;

/** Word multiset of a text (case kept: the metric compares texts, not topics). */
function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [w] of text.normalize('NFC').matchAll(WORD)) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/**
 * Dice similarity of the two texts' word multisets: 2·|A∩B| / (|A|+|B|), 1 for the same words,
 * 0 for none in common (1 when both are empty). Word order is not compared.
 */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const n of wa.values()) sizeA += n;
  for (const [w, n] of wb) {
    sizeB += n;
    common += Math.min(n, wa.get(w) ?? 0);
  }
  return sizeA + sizeB ? (2 * common) / (sizeA + sizeB) : 1;
}

/** The blocks of structured plain text (separated by blank lines), trimmed, empty ones dropped. Lines stay lines. */
export function blocksOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** Blocks of one text that the other lacks. */
export interface BlockDiff {
  /** Blocks of `expected` not found (whitespace ignored) anywhere in `actual`. Blocks keep their lines (`normaliseWhitespace` to show them). */
  missing: string[];
  /** Blocks of `actual` not found anywhere in `expected`. */
  extra: string[];
}

/** Compares two structured texts block by block; a block counts as present if it occurs anywhere in the other text. */
export function diffBlocks(expected: string, actual: string): BlockDiff {
  const inExpected = compact(expected);
  const inActual = compact(actual);
  return {
    missing: blocksOf(expected).filter((b) => !inActual.includes(compact(b))),
    extra: blocksOf(actual).filter((b) => !inExpected.includes(compact(b))),
  };
}

/** Metadata compared with Readability's expectations. */
export const METADATA_FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'publishedTime', 'lang', 'dir'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** A metadata value as compared: whitespace collapsed and trimmed; empty, null and missing are all null. */
export function metaValue(value: unknown): string | null {
  if (value == null) return null;
  const v = normaliseWhitespace(String(value));
  return v ? v : null;
}

/** Per field, whether `actual` agrees with `expected` (after `metaValue`). */
export function compareMetadata(
  expected: Partial<Record<MetadataField, unknown>>,
  actual: Partial<Record<MetadataField, unknown>> | null,
): Record<MetadataField, boolean> {
  const out = {} as Record<MetadataField, boolean>;
  for (const f of METADATA_FIELDS) out[f] = metaValue(expected[f]) === metaValue(actual?.[f]);
  return out;
}
