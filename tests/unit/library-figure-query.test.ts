import { describe, expect, it } from 'vitest';
import { matchesFigure, parseFigureQuery, type FigureQuery } from '../../src/library/figure-query';

/** Queries and how they are read. */
const PARSED: [string, FigureQuery | null][] = [
  ['> $100 million', { op: '>', value: 100e6, unit: 'USD' }],
  ['>$100m', { op: '>', value: 100e6, unit: 'USD' }],
  ['over 100 million dollars', { op: '>', value: 100e6, unit: 'USD' }],
  ['>= 40%', { op: '>=', value: 40, unit: '%' }],
  ['at least 40 per cent', { op: '>=', value: 40, unit: '%' }],
  ['2029', { op: null, value: 2029, unit: null }],
  ['%', { op: null, value: null, unit: '%' }],
  ['$', { op: null, value: null, unit: 'USD' }],
  ['< 5 km', { op: '<', value: 5, unit: 'km' }],
  ['<5km', { op: '<', value: 5, unit: 'km' }],
  ['under 2 Mt', { op: '<', value: 2e6, unit: 't' }],
  ['€3bn', { op: null, value: 3e9, unit: 'EUR' }],
  ['= 1,500', { op: '=', value: 1500, unit: null }],
  ['≤ 1.5 billion euros', { op: '<=', value: 1.5e9, unit: 'EUR' }],
  ['300 MW', { op: null, value: 300, unit: 'MW' }],
  ['10 million tons', { op: null, value: 10e6, unit: 't' }],
  ['5 m', { op: null, value: 5, unit: 'm' }],
  // Words, not figures: searched as text.
  ['inflation', null],
  ['copper 2029', null],
  ['> inflation', null],
  ['> %', null],
  ['', null],
  ['$ abc', null],
];

describe('parseFigureQuery', () => {
  it.each(PARSED)('reads %j', (query, expected) => {
    const got = parseFigureQuery(query);
    if (expected === null || got === null) expect(got).toEqual(expected);
    else {
      expect(got.op).toBe(expected.op);
      expect(got.unit).toBe(expected.unit);
      if (expected.value === null) expect(got.value).toBeNull();
      else expect(got.value).toBeCloseTo(expected.value, 6);
    }
  });
});

type F = { value: number; valueMax?: number; unit: string; year?: number };

/** Query, figure, whether the figure answers it. */
const MATCHES: [string, F, boolean][] = [
  ['> $100 million', { value: 500e6, unit: 'USD' }, true],
  ['> $100 million', { value: 100e6, unit: 'USD' }, false],
  ['>= $100 million', { value: 100e6, unit: 'USD' }, true],
  ['> $100 million', { value: 500e6, unit: 'EUR' }, false],
  ['> $100 million', { value: 50e6, valueMax: 150e6, unit: 'USD' }, true],
  ['< $100 million', { value: 50e6, valueMax: 150e6, unit: 'USD' }, true],
  ['< $10 million', { value: 50e6, valueMax: 150e6, unit: 'USD' }, false],
  ['>= 40%', { value: 40, unit: '%' }, true],
  ['>= 40%', { value: 39.9, unit: '%' }, false],
  ['%', { value: 4.3, unit: '%' }, true],
  ['%', { value: 4.3, unit: 'pp' }, false],
  ['2029', { value: 1e6, unit: 't', year: 2029 }, true],
  ['2029', { value: 2024, valueMax: 2030, unit: '' }, true],
  ['2029', { value: 2029, unit: '' }, true],
  ['2029', { value: 2028, unit: '' }, false],
  ['< 5 km', { value: 3, unit: 'km' }, true],
  ['< 5 km', { value: 3, unit: 'm' }, false],
  ['€1.5bn', { value: 1.5e9, unit: 'EUR' }, true],
  ['= 1,500', { value: 1500, unit: 'people' }, true],
  ['> 1000', { value: 1500, unit: 'people' }, true],
];

describe('matchesFigure', () => {
  it.each(MATCHES)('%j against %j → %s', (query, figure, expected) => {
    const q = parseFigureQuery(query);
    expect(q).not.toBeNull();
    expect(matchesFigure(q as FigureQuery, figure)).toBe(expected);
  });
});
