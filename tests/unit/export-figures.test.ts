/** The key-figures exports (src/export/figures.ts and figuresToMarkdown): CSV per RFC 4180, JSON, Markdown table. */
import { describe, expect, it } from 'vitest';
import { exportFilename, figuresToCsv, figuresToJson, figuresToMarkdown } from '../../src/export';
import { csvField, figureValueText, figuresMarkdownTable } from '../../src/export/figures';
import type { Article, Figure } from '../../src/types';
import { parseCsv } from '../support/csv.mjs';
import { figure as makeFigure } from './storage-helpers';

/** The shared "$500 million" figure, 120 characters into its article. */
function figure(over: Partial<Figure> = {}): Figure {
  return makeFigure({ position: 120, ...over });
}

const RANGE = figure({
  text: '$3–5 billion',
  value: 3e9,
  valueMax: 5e9,
  kind: 'range',
  measures: 'spending, "capex"',
  sentence: 'It will spend\n$3–5 billion, it said.',
  rank: 2,
  mentions: 2,
});


describe('figuresToCsv', () => {
  it('writes a header and one row per figure, CRLF line ends, quoting only where needed', () => {
    const csv = figuresToCsv([figure(), RANGE]);
    expect(csv.split('\r\n')).toEqual([
      'rank,text,value,value_max,unit,kind,measures,year,mentions,position,sentence',
      '1,$500 million,500000000,,USD,money,joint venture,,1,120,Deals include a $500 million joint venture.',
      '2,$3–5 billion,3000000000,5000000000,USD,range,"spending, ""capex""",,2,120,"It will spend $3–5 billion, it said."',
      '',
    ]);
  });

  it('round-trips through an RFC 4180 parser', () => {
    const rows = parseCsv(figuresToCsv([figure(), RANGE]));
    expect(rows).toHaveLength(3);
    expect(rows[2]?.[6]).toBe('spending, "capex"');
    expect(rows[2]?.[10]).toBe('It will spend $3–5 billion, it said.');
  });

  it('neutralises text a spreadsheet would run as a formula, not numbers', () => {
    const hostile = figure({ text: '+1,8 °C', value: -2, measures: '=HYPERLINK("http://x")', sentence: '@SUM(A1)' });
    const row = parseCsv(figuresToCsv([hostile]))[1] ?? [];
    expect(row[1]).toBe("'+1,8 °C");
    expect(row[2]).toBe('-2');
    expect(row[6]).toBe('\'=HYPERLINK("http://x")');
    expect(row[10]).toBe("'@SUM(A1)");
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('writes only the header for no figures', () => {
    expect(figuresToCsv([])).toBe('rank,text,value,value_max,unit,kind,measures,year,mentions,position,sentence\r\n');
  });
});

describe('figuresToJson', () => {
  it('keeps every field of every figure, with the article it comes from', () => {
    const article = { title: 'T', url: 'https://x.example/a', extractedAt: '2024-05-06T10:00:00.000Z', figures: [figure(), RANGE] };
    const parsed = JSON.parse(figuresToJson(article)) as typeof article;
    expect(parsed).toEqual(article);
  });
});

describe('figures as a Markdown table', () => {
  it('shows rank, figure, value (a range as low–high), unit, measures and sentence, escaped', () => {
    const md = figuresToMarkdown({ title: 'Costs | *rise*', url: 'https://x.example/a_(b)', figures: [figure(), RANGE] });
    expect(md).toBe(
      [
        '# Key figures: Costs | \\*rise\\*',
        '',
        'Source: [https://x.example/a\\_(b)](https://x.example/a_\\(b\\))',
        '',
        '| # | Figure | Value | Unit | Measures | Sentence |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 1 | \\$500 million | 500000000 | USD | joint venture | Deals include a \\$500 million joint venture. |',
        '| 2 | \\$3–5 billion | 3000000000–5000000000 | USD | spending, "capex" | It will spend \\$3–5 billion, it said. |',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes in cells and keeps each row on one line', () => {
    const table = figuresMarkdownTable([figure({ measures: 'a | b', sentence: 'x\ny' })], ['Measures', 'Sentence'], (t) => t);
    expect(table.split('\n')).toEqual(['| Measures | Sentence |', '| --- | --- |', '| a \\| b | x y |']);
  });

  it('writes a value or a range of values', () => {
    expect(figureValueText({ value: 40 })).toBe('40');
    expect(figureValueText({ value: 2024, valueMax: 2028 })).toBe('2024–2028');
  });
});

describe('figure export filenames', () => {
  it('adds a suffix before the extension', () => {
    const article = { title: 'Copper output to double', siteName: null } as unknown as Article;
    expect(exportFilename(article, 'csv', '-figures')).toBe('copper-output-to-double-figures.csv');
    expect(exportFilename(article, 'json')).toBe('copper-output-to-double.json');
  });
});
