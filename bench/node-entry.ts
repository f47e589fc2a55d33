/**
 * What the Node benchmark needs from Pith's TypeScript, bundled by bench/build.mjs into
 * bench/.build/node-entry.mjs (dependencies stay external, so the bundled pipeline and the bare
 * Readability baseline share the one installed @mozilla/readability).
 */
export { extractArticle, LIMITS, readPage, STAGES, TIMING_KEYS } from '../src/pipeline';
export { sanitizeToBody } from '../src/sanitize';
export { htmlToText } from '../src/text';
export { addCounts, metrics, normaliseWhitespace, scorePage } from './score';
export { traceSnippets } from './trace';
export { compact } from './text-match';
export { contentPlaceOf, kindOf, positionOf } from './locate';
export { compareMetadata, diffBlocks, METADATA_FIELDS, metaValue, textSimilarity } from './agree';
