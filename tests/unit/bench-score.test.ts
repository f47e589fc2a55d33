/**
 * The benchmark's scorer (bench/score.ts): the snippet metric of the human-labelled corpus,
 * as trafilatura's tests/eval_common.py computes it.
 */
import { describe, expect, it } from 'vitest';
import { addCounts, metrics, normaliseWhitespace, scorePage } from '../../bench/score';

describe('normaliseWhitespace', () => {
  it.each([
    { name: 'runs of spaces, tabs and new lines', input: 'a  b\t\tc\n\n d', out: 'a b c d' },
    { name: 'the ends', input: ' \n a b \t', out: 'a b' },
    { name: 'NBSP and narrow NBSP', input: 'a\u00a0b\u202fc', out: 'a b c' },
    { name: 'Unicode space separators', input: 'a\u2009b\u3000c\u1680d\u205fe', out: 'a b c d e' },
    { name: 'line and paragraph separators, NEL', input: 'a\u2028b\u2029c\u0085d', out: 'a b c d' },
    { name: 'the ASCII information separators Python counts as space', input: 'a\u001cb\u001fc', out: 'a b c' },
    { name: 'a mix in one run', input: 'a \u00a0\n\u2003 b', out: 'a b' },
  ])('collapses $name', ({ input, out }) => {
    expect(normaliseWhitespace(input)).toBe(out);
  });

  it.each([
    { name: 'a BOM (not whitespace in Python)', input: '\ufeffa', out: '\ufeffa' },
    { name: 'a zero-width space', input: 'a\u200bb', out: 'a\u200bb' },
    { name: 'case, punctuation and quotes', input: '„Ja“, SAGTE er…', out: '„Ja“, SAGTE er…' },
    { name: 'decomposed letters (no NFC)', input: 'u\u0308ber', out: 'u\u0308ber' },
  ])('keeps $name', ({ input, out }) => {
    expect(normaliseWhitespace(input)).toBe(out);
  });
});

describe('scorePage', () => {
  const text = 'The mayor said:\n\n“We will build it.”\u00a0Work starts in May.\n\n• Item one\n• Item two';

  it.each([
    {
      name: 'with found, without absent',
      annotation: { with: ['The mayor said:', 'Work starts in May.'], without: ['Cookie settings'] },
      counts: { tp: 2, fp: 0, fn: 0, tn: 1 },
    },
    {
      name: 'a with snippet that crosses a paragraph break and an NBSP',
      annotation: { with: ['said: “We will build it.” Work starts'], without: [] },
      counts: { tp: 1, fp: 0, fn: 0, tn: 0 },
    },
    {
      name: 'snippets with their own odd whitespace',
      annotation: { with: ['  The\u00a0mayor\n said:  '], without: ['Item\tone'] },
      counts: { tp: 1, fp: 1, fn: 0, tn: 0 },
    },
    {
      name: 'a missing with snippet and a leaked without snippet',
      annotation: { with: ['Work ends in June.', 'The mayor'], without: ['Item two', 'Newsletter'] },
      counts: { tp: 1, fp: 1, fn: 1, tn: 1 },
    },
    {
      name: 'case is not folded',
      annotation: { with: ['the mayor said'], without: ['ITEM ONE'] },
      counts: { tp: 0, fp: 0, fn: 1, tn: 1 },
    },
    {
      name: 'list bullets are part of the text',
      annotation: { with: ['Item one Item two'], without: [] },
      counts: { tp: 0, fp: 0, fn: 1, tn: 0 },
    },
  ])('counts $name', ({ annotation, counts }) => {
    expect(scorePage(text, annotation)).toMatchObject(counts);
  });

  it('names the snippets behind the errors', () => {
    const score = scorePage(text, { with: ['Work ends in June.', 'The mayor'], without: ['Item two', 'Newsletter'] });
    expect(score.missing).toEqual(['Work ends in June.']);
    expect(score.leaked).toEqual(['Item two']);
  });

  it.each([
    { name: 'a crash (null)', result: null },
    { name: 'no result (undefined)', result: undefined },
    { name: 'an empty text', result: '' },
    { name: 'a text of white space', result: ' \n\u00a0' },
  ])('gives TP = FP = 0 for $name', ({ result }) => {
    const score = scorePage(result, { with: ['a', 'b'], without: ['c', 'd', 'e'] });
    expect(score).toMatchObject({ tp: 0, fp: 0, fn: 2, tn: 3, leaked: [] });
    expect(score.missing).toEqual(['a', 'b']);
  });
});

describe('metrics', () => {
  it('adds counts over pages, then computes precision, recall, F1 and accuracy', () => {
    const sum = addCounts([
      { tp: 3, fp: 1, fn: 1, tn: 2 },
      { tp: 1, fp: 0, fn: 2, tn: 3 },
    ]);
    expect(sum).toEqual({ tp: 4, fp: 1, fn: 3, tn: 5 });
    const m = metrics(sum);
    expect(m.precision).toBeCloseTo(4 / 5, 12);
    expect(m.recall).toBeCloseTo(4 / 7, 12);
    expect(m.f1).toBeCloseTo(8 / 12, 12);
    expect(m.accuracy).toBeCloseTo(9 / 13, 12);
  });

  it('is the harmonic mean of precision and recall', () => {
    const m = metrics({ tp: 70, fp: 13, fn: 29, tn: 40 });
    expect(m.f1).toBeCloseTo((2 * m.precision * m.recall) / (m.precision + m.recall), 12);
  });

  it('gives 0, not NaN, for empty denominators', () => {
    expect(metrics({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
    expect(metrics({ tp: 0, fp: 0, fn: 4, tn: 2 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 2 / 6 });
  });
});
