/**
 * The key-figures regression gate: Pith's full pipeline on the labelled set
 * (tests/fixtures/figures/<case>/{page.html,labels.json}, our own labels),
 * scored by bench/figures-score.ts, must meet the targets. `npm run bench`
 * (its figures part, bench/figures.mjs) prints the same numbers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIGURE_TARGETS,
  isNotKeyText,
  labelProblems,
  loadFigureCases,
  runFigureBench,
  sameFigureText,
  selectCases,
  summariseFigures,
  type FigureRow,
} from '../../bench/figures-score';
import { extractArticle } from '../../src/pipeline';

const ROOT = join(__dirname, '..', 'fixtures', 'figures');
const cases = loadFigureCases(ROOT);

describe('the labelled set', () => {
  it('has at least 25 articles in at least 4 languages, some held out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.labels.lang.split('-')[0])).size).toBeGreaterThanOrEqual(4);
    expect(selectCases(cases, 'heldout').length).toBeGreaterThanOrEqual(5);
    expect(selectCases(cases, 'tuning').length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: every label is in the article, once', (_, c) => {
    expect(labelProblems(c)).toEqual([]);
    expect(c.labels.figures.some((f) => f.importance === 1)).toBe(true);
  });
});

describe('matching reported figures to labels', () => {
  it.each([
    ['$500 million', '$500 million', true],
    ['1 million tons', '1 million tons by 2029', true],
    ['1 million tons by 2029', '1 million tons', true],
    ['3,000', '3,000 people', true],
    ['about half', 'half', true],
    ['1\u00a0500\u00a0MW', '1 500 MW', true],
    ['5%', '15%', false],
    ['$18 billion', '$18 billion and $20 billion', false],
    ['2 hours', '2 hours 40 minutes', false],
    ['2024', '2024–2028', false],
  ])('%s ~ %s: %s', (reported, label, same) => {
    expect(sameFigureText(reported, label)).toBe(same);
  });

  it('counts a reported number that is, holds or is part of a non-key number', () => {
    expect(isNotKeyText('52', '52 analysts')).toBe(true);
    expect(isNotKeyText('2024–25', '2024–25')).toBe(true);
    expect(isNotKeyText('5%', '15%')).toBe(false);
  });

  it('summarises rows as micro averages', () => {
    const row = (found: number, labelled: number, reported: number, nonKey: number): FigureRow => ({
      name: 'x', lang: 'en', heldOut: false, labelled, labelledImportance1: 1, found, foundImportance1: 1,
      topImportance1: 1, topKey: 1, topReported: 1, reported, nonKeyReported: nonKey, unlabelledReported: 0, outside: 0,
      missed: [], figures: [], ms: 1,
    });
    const summary = summariseFigures([row(9, 10, 10, 1), row(1, 10, 30, 0)]);
    expect(summary.recallAll).toBe(0.5);
    expect(summary.nonKeyShare).toBe(1 / 40);
    expect(summary.figuresPerArticle).toBe(20);
  });
});

describe('key figures on the labelled set (full pipeline)', () => {
  const extract = (doc: Document, opts: { url?: string; win?: Window }) => extractArticle(doc, opts);

  it.each(['tuning', 'heldout'] as const)('%s set meets the targets', (set) => {
    const { summary, rows } = runFigureBench({ root: ROOT, extract, set });
    const report = rows
      .filter((r) => r.missed.some((m) => m.importance === 1) || r.outside > 0 || r.error)
      .map((r) => `${r.name}: missed ${JSON.stringify(r.missed)} outside ${r.outside} ${r.error ?? ''}`);
    expect(rows.every((r) => !r.error), report.join('\n')).toBe(true);
    expect(summary.recallImportance1, report.join('\n')).toBeGreaterThanOrEqual(FIGURE_TARGETS.recallImportance1);
    expect(summary.recallAll).toBeGreaterThanOrEqual(FIGURE_TARGETS.recallAll);
    expect(summary.nonKeyShare).toBeLessThanOrEqual(FIGURE_TARGETS.nonKeyShare);
    expect(summary.outsideArticle, report.join('\n')).toBe(FIGURE_TARGETS.outsideArticle);
    // Not every number: about as many figures reported as labelled.
    expect(summary.figuresPerArticle).toBeLessThanOrEqual(summary.labelledPerArticle * 1.25);
  }, 120_000);
});
