/**
 * What bench/figures.mjs needs from TypeScript, bundled into bench/.build/figures.mjs:
 * the labelled-set scorer and the pipeline it scores.
 */
export { FIGURE_TARGETS, labelProblems, loadFigureCases, runFigureBench } from './figures-score';
export { extractArticle } from '../src/pipeline';
