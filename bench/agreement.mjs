// Agreement with Readability's expectations: the readability-pages corpus (Readability 0.6.0's own test pages).
// Text similarity to expected.html and metadata agreement, for Pith and (as a check of this harness) bare Readability.
// Where Pith's text differs, each differing block is explained: removed by one of Pith's stages before Readability
// (furniture removed) or by the captions or trim stage after it (captions, edge boilerplate), changed, text recovered, or lost.
import { readFileSync } from 'node:fs';
import { readabilityPages, select, withPage } from './corpus.mjs';
import { htmlText, runPith, runReadability } from './extractors.mjs';
import {
  compact,
  compareMetadata,
  diffBlocks,
  LIMITS,
  METADATA_FIELDS,
  metaValue,
  normaliseWhitespace,
  STAGES,
  textSimilarity,
  traceSnippets,
} from './.build/node-entry.mjs';
import { progress } from './progress.mjs';
import { countBy, median } from './stats.mjs';

/** A missing and an extra block this similar are one block that a stage changed. */
const CHANGED_BLOCK_SIMILARITY = 0.8;
/** Texts this similar count as the same article. */
const SAME_TEXT = 0.999;
const READABILITY_INDEX = STAGES.findIndex((s) => s.name === 'readability');
/** Stages after Readability that take text out by design (not losses), and what the report calls what they took. */
const BY_DESIGN = new Map([
  ['captions', 'caption, kept with its image, out of the plain text'],
  // What the text stage drops that the expected text (rendered by the same htmlToText) keeps is a caption the
  // captions stage marked: the page stages' working text still holds figcaptions, the plain text does not.
  ['text', 'caption, kept with its image, out of the plain text'],
  ['trim', 'edge boilerplate trimmed'],
]);

/** Compares every selected page; returns the per-page rows and the summary. */
export async function runAgreement(opts = {}) {
  const pages = select(readabilityPages(), opts);
  const bar = progress('readability-pages', pages.length, 16);
  const rows = [];
  for (const [i, page] of pages.entries()) {
    bar.tick(i, page.name);
    rows.push(await withPage(page.file, page.url, (dom) => compareOnePage(dom, page)));
  }
  bar.done();
  return { pages: rows, summary: summarise(rows) };
}

function compareOnePage(dom, page) {
  const expectedText = htmlText(dom, readFileSync(page.expectedFile, 'utf8'));
  const expectedMeta = JSON.parse(readFileSync(page.metadataFile, 'utf8'));
  const pith = runPith(dom, page.url);
  const bare = runReadability(dom);
  const bareText = bare.parsed?.content ? htmlText(dom, bare.parsed.content) : '';
  return {
    name: page.name,
    pith: {
      ok: pith.ok,
      error: pith.error ?? null,
      similarity: textSimilarity(expectedText, pith.text ?? ''),
      metadata: compareMetadata(expectedMeta, pith.ok ? pith.article : null),
      metadataDiffs: metadataDiffs(expectedMeta, pith.ok ? pith.article : null),
      differences: pith.ok ? explain(dom, page, expectedText, pith.text) : [refusal(pith.error, expectedText)],
    },
    readability: {
      ok: bare.ok,
      similarity: textSimilarity(expectedText, bareText),
      metadata: compareMetadata(expectedMeta, bare.parsed),
    },
  };
}

/** The metadata fields where `actual` disagrees with `expected`, with both values. */
function metadataDiffs(expected, actual) {
  const agree = compareMetadata(expected, actual);
  return METADATA_FIELDS.filter((f) => !agree[f]).map((field) => ({ field, expected: metaValue(expected[field]), actual: metaValue(actual?.[field]) }));
}

/** Each block that differs, with its kind and size. */
function explain(dom, page, expectedText, pithText) {
  const { missing, extra } = diffBlocks(expectedText, pithText);
  if (!missing.length && !extra.length) return [];
  const doc = dom.window.document;
  const lostAt = missing.length ? traceSnippets(doc, dom.window, page.url, missing) : [];
  const pairedExtra = new Set();
  const out = missing.map((block, i) => {
    const twin = extra.find((e) => !pairedExtra.has(e) && textSimilarity(block, e) >= CHANGED_BLOCK_SIMILARITY);
    if (twin) pairedExtra.add(twin);
    return { kind: missingKind(lostAt[i] ?? null, !!twin), chars: block.length, text: short(block) };
  });
  const sourceText = compact(doc.body?.textContent ?? '');
  for (const block of extra) {
    if (pairedExtra.has(block)) continue;
    const kind = sourceText.includes(compact(block)) ? 'text recovered (in the page, not in Readability’s output)' : 'text added (not in the page text)';
    out.push({ kind, chars: block.length, text: short(block) });
  }
  return out;
}

/** A refused page: by design when the expected article is shorter than Pith's minimum, else a loss. */
function refusal(error, expectedText) {
  const chars = normaliseWhitespace(expectedText).length;
  const kind =
    chars < LIMITS.minArticleChars
      ? `refused by design (${error}: expected text under ${LIMITS.minArticleChars} characters)`
      : `loss: page refused (${error})`;
  return { kind, chars, text: short(normaliseWhitespace(expectedText)) };
}

/** The kind of a block of the expected text that Pith's text lacks, from the stage that lost it. */
function missingKind(stage, changed) {
  if (stage === null) return 'kept by every stage, rendered differently';
  if (stage === 'source') return 'not in the page text';
  const at = STAGES.findIndex((s) => s.name === stage);
  if (changed) return `block changed by ${stage}`;
  if (at >= 0 && at < READABILITY_INDEX) return `furniture removed (by ${stage})`;
  if (at === READABILITY_INDEX) return 'loss: Readability kept less after Pith’s stages';
  // The captions and trim stages take text out by design; the examples in the report show what they took.
  if (BY_DESIGN.has(stage)) return `${BY_DESIGN.get(stage)} (by ${stage})`;
  return `loss: dropped by ${stage}`;
}

/** A block for the report: one line, at most 100 characters. */
function short(block) {
  const s = normaliseWhitespace(block);
  return s.length > 100 ? `${s.slice(0, 97)}…` : s;
}

function summarise(rows) {
  const agree = (who) =>
    Object.fromEntries(METADATA_FIELDS.map((f) => [f, rows.filter((r) => r[who].metadata[f]).length]));
  const diffs = rows.flatMap((r) => r.pith.differences.map((d) => ({ ...d, page: r.name })));
  const pagesWith = (kind) => new Set(diffs.filter((d) => d.kind === kind).map((d) => d.page)).size;
  const kinds = Object.keys(countBy(diffs, (d) => d.kind));
  return {
    pages: rows.length,
    similarity: {
      pith: { median: median(rows.map((r) => r.pith.similarity)), mean: mean(rows.map((r) => r.pith.similarity)) },
      readability: { median: median(rows.map((r) => r.readability.similarity)), mean: mean(rows.map((r) => r.readability.similarity)) },
    },
    sameText: {
      pith: rows.filter((r) => r.pith.similarity >= SAME_TEXT).length,
      readability: rows.filter((r) => r.readability.similarity >= SAME_TEXT).length,
    },
    metadataAgreement: { pith: agree('pith'), readability: agree('readability') },
    refused: rows.filter((r) => !r.pith.ok).map((r) => ({ name: r.name, error: r.pith.error })),
    differences: Object.fromEntries(
      kinds.map((k) => [
        k,
        { pages: pagesWith(k), blocks: diffs.filter((d) => d.kind === k).length, chars: sum(diffs.filter((d) => d.kind === k).map((d) => d.chars)) },
      ]),
    ),
    differing: rows
      .filter((r) => r.pith.differences.length)
      .sort((a, b) => a.pith.similarity - b.pith.similarity)
      .map((r) => ({ name: r.name, similarity: r.pith.similarity, differences: topDifferences(r.pith.differences) })),
    metadataDiffs: rows.flatMap((r) => r.pith.metadataDiffs.map((d) => ({ page: r.name, ...d }))),
  };
}

/** A page's differences by kind, biggest first, with one example each. */
function topDifferences(differences) {
  const byKind = new Map();
  for (const d of differences) {
    const e = byKind.get(d.kind) ?? { kind: d.kind, chars: 0, example: d.text };
    e.chars += d.chars;
    byKind.set(d.kind, e);
  }
  return [...byKind.values()].sort((a, b) => b.chars - a.chars);
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const mean = (xs) => (xs.length ? sum(xs) / xs.length : NaN);
