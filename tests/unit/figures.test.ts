import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures';
import { conventionFor, normaliseNumber } from '../../src/figures/parse';
import { DEFAULT_MAX_FIGURES } from '../../src/figures/rules';
import type { Figure } from '../../src/types';

/** The figure whose text is `text`, failing the test when there is none. */
function find(figures: readonly Figure[], text: string): Figure {
  const found = figures.find((f) => f.text === text);
  if (!found) throw new Error(`no figure "${text}" in ${JSON.stringify(figures.map((f) => f.text))}`);
  return found;
}

type Expected = Partial<Omit<Figure, 'sentence' | 'position' | 'rank'>> & { text: string };

interface Case {
  name: string;
  input: string;
  lang?: string;
  expected: Expected[];
}

const KINDS: Case[] = [
  {
    name: 'money with a symbol and a scale word',
    input: 'Deals include a $500 million joint venture.',
    expected: [{ text: '$500 million', kind: 'money', value: 500_000_000, unit: 'USD' }],
  },
  {
    name: 'money with scale abbreviations and other currencies',
    input: 'A €5m deal, a £1.2bn fund, US$3 mn in cash, ₸10 billion, ₹2 trillion and ¥300 billion.',
    expected: [
      { text: '€5m', kind: 'money', value: 5_000_000, unit: 'EUR' },
      { text: '£1.2bn', kind: 'money', value: 1_200_000_000, unit: 'GBP' },
      { text: 'US$3 mn', kind: 'money', value: 3_000_000, unit: 'USD' },
      { text: '₸10 billion', kind: 'money', value: 10_000_000_000, unit: 'KZT' },
      { text: '₹2 trillion', kind: 'money', value: 2_000_000_000_000, unit: 'INR' },
      { text: '¥300 billion', kind: 'money', value: 300_000_000_000, unit: 'JPY' },
    ],
  },
  {
    name: 'money with the currency after the amount',
    input: 'It raised 500 million USD, then 20 million euros and 3.5 billion tenge; $50k went to 12k users.',
    expected: [
      { text: '500 million USD', kind: 'money', value: 500_000_000, unit: 'USD' },
      { text: '20 million euros', kind: 'money', value: 20_000_000, unit: 'EUR' },
      { text: '3.5 billion tenge', kind: 'money', value: 3_500_000_000, unit: 'KZT' },
      { text: '$50k', kind: 'money', value: 50_000, unit: 'USD' },
      { text: '12k users', kind: 'count', value: 12_000, unit: 'users' },
    ],
  },
  {
    name: 'percentages and percentage points',
    input: 'Sales rose 40% and margins 4.3%; unemployment fell 2 percentage points to 4.5 per cent, a 3-point gap of 25 bps.',
    expected: [
      { text: '40%', kind: 'percent', value: 40, unit: '%' },
      { text: '4.3%', kind: 'percent', value: 4.3, unit: '%' },
      { text: '2 percentage points', kind: 'percent', value: 2, unit: 'pp' },
      { text: '4.5 per cent', kind: 'percent', value: 4.5, unit: '%' },
      { text: '25 bps', kind: 'percent', value: 25, unit: 'bp' },
    ],
  },
  {
    name: 'quantities with units and scales',
    input:
      'The mine shipped 1 million tons, the smelter 4 Mt and 300 kt, the field 3 million barrels per day and 20 bbl. ' +
      'The plant has 500 MW, the grid 2.5 GW and 120 GWh; the road is 80 km long across 300 km² and 5,000 m²; ' +
      'the tank holds 600 litres at 45°C.',
    expected: [
      { text: '1 million tons', kind: 'quantity', value: 1_000_000, unit: 't' },
      { text: '4 Mt', kind: 'quantity', value: 4_000_000, unit: 't' },
      { text: '300 kt', kind: 'quantity', value: 300_000, unit: 't' },
      { text: '3 million barrels per day', kind: 'quantity', value: 3_000_000, unit: 'bbl/d' },
      { text: '20 bbl', kind: 'quantity', value: 20, unit: 'bbl' },
      { text: '500 MW', kind: 'quantity', value: 500, unit: 'MW' },
      { text: '2.5 GW', kind: 'quantity', value: 2.5, unit: 'GW' },
      { text: '120 GWh', kind: 'quantity', value: 120, unit: 'GWh' },
      { text: '80 km', kind: 'quantity', value: 80, unit: 'km' },
      { text: '300 km²', kind: 'quantity', value: 300, unit: 'km²' },
      { text: '5,000 m²', kind: 'quantity', value: 5000, unit: 'm²' },
      { text: '600 litres', kind: 'quantity', value: 600, unit: 'L' },
      { text: '45°C', kind: 'quantity', value: 45, unit: '°C' },
    ],
  },
  {
    name: 'counts of people, jobs, homes and workers',
    input: 'The project employs 1,200 workers, creates 3,000 jobs, powers 50,000 homes and serves 2.5 million people.',
    expected: [
      { text: '1,200 workers', kind: 'count', value: 1200, unit: 'workers' },
      { text: '3,000 jobs', kind: 'count', value: 3000, unit: 'jobs' },
      { text: '50,000 homes', kind: 'count', value: 50_000, unit: 'homes' },
      { text: '2.5 million people', kind: 'count', value: 2_500_000, unit: 'people' },
    ],
  },
  {
    name: 'targets tied to a year, a year-end or the end of a year',
    input:
      'It aims to double copper production to 1 million tons by 2029 and steel output to 4 million tons by year-end, ' +
      'to add 2 GW by the end of 2030, to cut costs 15% by mid-2026 and to invest $5 billion until 2035.',
    expected: [
      { text: 'double', kind: 'ratio', value: 2, unit: '×' },
      { text: '1 million tons by 2029', kind: 'target', value: 1_000_000, unit: 't', year: 2029 },
      { text: '4 million tons by year-end', kind: 'target', value: 4_000_000, unit: 't' },
      { text: '2 GW by the end of 2030', kind: 'target', value: 2, unit: 'GW', year: 2030 },
      { text: '15% by mid-2026', kind: 'target', value: 15, unit: '%', year: 2026 },
      { text: '$5 billion until 2035', kind: 'target', value: 5_000_000_000, unit: 'USD', year: 2035 },
    ],
  },
  {
    name: 'a target with words between the figure and its year keeps the figure as text',
    input: 'The smelter will produce 1.2 million tons of copper by 2030.',
    expected: [{ text: '1.2 million tons', kind: 'target', value: 1_200_000, unit: 't', year: 2030 }],
  },
  {
    name: 'periods of years and ranges of amounts',
    input:
      'The plan for 2024–2028 was approved; in 2024-2028 output grows. The 2030-35 strategy costs $3–5 billion, ' +
      'with 10-15% more staff and between 200 and 300 people hired from 2025 to 2027.',
    expected: [
      { text: '2024–2028', kind: 'range', value: 2024, valueMax: 2028, unit: 'year', mentions: 2 },
      { text: '2030-35', kind: 'range', value: 2030, valueMax: 2035, unit: 'year' },
      { text: '$3–5 billion', kind: 'range', value: 3_000_000_000, valueMax: 5_000_000_000, unit: 'USD' },
      { text: '10-15%', kind: 'range', value: 10, valueMax: 15, unit: '%' },
      { text: '200 and 300 people', kind: 'range', value: 200, valueMax: 300, unit: 'people' },
      { text: '2025 to 2027', kind: 'range', value: 2025, valueMax: 2027, unit: 'year' },
    ],
  },
  {
    name: 'a change "from … to …" is two figures, not a range',
    input: 'Revenue rose from $2.5 billion to $3 billion.',
    expected: [
      { text: '$2.5 billion', kind: 'money', value: 2_500_000_000 },
      { text: '$3 billion', kind: 'money', value: 3_000_000_000 },
    ],
  },
  {
    name: 'ratio verbs',
    input: 'The company aims to double copper production, and exports tripled.',
    expected: [
      { text: 'double', kind: 'ratio', value: 2, unit: '×' },
      { text: 'tripled', kind: 'ratio', value: 3, unit: '×' },
    ],
  },
];

describe('extractFigures: kinds', () => {
  it.each(KINDS)('$name', ({ input, lang, expected }) => {
    const figures = extractFigures(input, { lang: lang ?? 'en', max: 50 });
    for (const e of expected) expect(find(figures, e.text)).toMatchObject(e);
    expect(figures).toHaveLength(expected.length);
  });
});

const NOT_FIGURES: { name: string; input: string }[] = [
  { name: 'dates', input: 'Published 12 March 2024. Updated March 14, 2024, and on 2024-03-12 and 12/03/2024.' },
  { name: 'times of day', input: 'The meeting starts at 10:30 and ends at 5 pm, or 17:45:10.' },
  { name: 'phone numbers', input: 'Call +1 555 123 4567, (555) 123-4567 or 555-123-4567, or in France 01 23 45 67 89.' },
  { name: 'labels and model numbers', input: 'See Figure 3, Table 2, chapter 7, page 12, No. 5, #4, version 2 and Windows 11.' },
  { name: 'product names and codes', input: 'The iPhone 15, the A320 and the G20 met COVID-19 rules.' },
  { name: 'bare years', input: 'In 2023 the firm grew. Since 2019, and by 2030, it changed.' },
  { name: 'years before counted nouns', input: 'In 2023 people moved away.' },
  { name: 'ages, ordinals, "one of" and "first"', input: 'The 42-year-old, aged 42, came 3rd; one of the first to arrive.' },
  { name: 'the second half of a hyphenated number word', input: 'Forty-two households joined; thirty-five times the cooperative met.' },
  { name: 'footnote markers and list numbers', input: '1. Introduction with a note[12]' },
  { name: 'bare numbers and a year range without a period word', input: 'He scored 3 goals; the score was 2-1; it ran 2019-2021.' },
  { name: 'weather widget text', input: '20.7 C' },
  { name: 'hostnames', input: 'Host: 3pp.io and 5km.example.org' },
  { name: 'a base-form ratio word without a modal', input: 'It was a double blow.' },
  { name: 'phone numbers in groups', input: 'Call 01 4000 8000, 0161 496 0011 or 91 583 91 00 for advice.' },
  { name: 'French hours', input: 'Le numéro est joignable de 9 h à 19 h, tous les jours.' },
  { name: 'model numbers after an acronym', input: 'The EQ 300 and the RTX 4090 were shown next to DAX 18.508,65.' },
  { name: 'small bare counts, ages and years before a noun', input: 'It opened 6 new regions; Smith, 54, left after 119 years of records.' },
  { name: 'ordinal fractions and times of a frequency', input: 'In the first half of the third quarter it paid twice a year.' },
  { name: 'a stock ticker left in the text', input: 'DAX 18.508,65 ▼ 0,4 % EUR/USD 1,0821 Gold 2.412 $' },
  { name: 'a line of quotes without a sentence', input: 'Strom Base 78,40 €/MWh Gas 38,90 € CO2 71,20 €' },
];

const MORE: Case[] = [
  {
    name: 'per-unit prices and rates',
    input:
      'Brent traded at $80 a barrel, copper at €3.50 per kg and power at £58.87/MWh; the deal pays $2.41 a share, ' +
      '£60 million-a-year and A$608 a fortnight.',
    expected: [
      { text: '$80 a barrel', kind: 'money', value: 80, unit: 'USD/bbl' },
      { text: '€3.50 per kg', kind: 'money', value: 3.5, unit: 'EUR/kg' },
      { text: '£58.87/MWh', kind: 'money', value: 58.87, unit: 'GBP/MWh' },
      { text: '$2.41 a share', kind: 'money', value: 2.41, unit: 'USD/share' },
      { text: '£60 million-a-year', kind: 'money', value: 60_000_000, unit: 'GBP/year' },
      { text: 'A$608 a fortnight', kind: 'money', value: 608, unit: 'AUD/fortnight' },
    ],
  },
  {
    name: 'a rate is not read from "a year earlier"',
    input: 'Sales rose 5% a year earlier and 7% a year.',
    expected: [
      { text: '5%', unit: '%' },
      { text: '7% a year', unit: '%/year' },
    ],
  },
  {
    name: 'coins of a currency',
    input: 'The dividend rose to 44 cents a share.',
    expected: [{ text: '44 cents a share', kind: 'money', value: 0.44, unit: 'USD/share' }],
  },
  {
    name: 'changes written with words: fractions, multiples, shares',
    input:
      'The crop fell by a third and exports by almost half of last year’s level. Prices are twice the 2021 level and ' +
      'ten times higher than in 1990; 1 in 6 patients stopped. Sales quadrupled.',
    expected: [
      { text: 'a third', kind: 'percent', value: 100 / 3, unit: '%' },
      { text: 'almost half', kind: 'percent', value: 50, unit: '%' },
      { text: 'twice', kind: 'ratio', value: 2, unit: '×' },
      { text: 'ten times', kind: 'ratio', value: 10, unit: '×' },
      { text: '1 in 6', kind: 'percent', value: 100 / 6, unit: '%' },
      { text: 'quadrupled', kind: 'ratio', value: 4, unit: '×' },
    ],
  },
  {
    name: 'numbers written in words before a scale or a unit',
    input: 'Four million people live there; the works take fifteen days.',
    expected: [
      { text: 'Four million people', kind: 'count', value: 4_000_000, unit: 'people' },
      { text: 'fifteen days', kind: 'quantity', value: 15, unit: 'days' },
    ],
  },
  {
    name: 'amounts of time, hours and minutes joined, "ago" left out',
    input: 'The line cuts the trip to 2 hours 40 minutes, a wait of 36 days, down from 18 weeks three months ago.',
    expected: [
      { text: '2 hours 40 minutes', kind: 'quantity', value: 160, unit: 'min' },
      { text: '36 days', kind: 'quantity', value: 36, unit: 'days' },
      { text: '18 weeks', kind: 'quantity', value: 18, unit: 'weeks' },
    ],
  },
  {
    name: 'counts without a unit: a noun after a number of 10 or more, or an exact number',
    input: 'The round awarded 131 projects and 120 more officers, up from 95; it received 24,000 bids and a ratio of 0.80.',
    expected: [
      { text: '131', kind: 'count', value: 131, unit: '' },
      { text: '120', kind: 'count', value: 120, unit: '' },
      { text: '24,000', kind: 'count', value: 24_000, unit: '' },
      { text: '0.80', kind: 'quantity', value: 0.8, unit: '' },
    ],
  },
  {
    name: 'a deadline at the start of the clause makes a target; one that closes the figure before does not',
    input: 'By 2030, output could reach 100 million tons. It will add 1,500 MW by 2030, at a cost of $1.2 billion.',
    expected: [
      { text: '100 million tons', kind: 'target', year: 2030 },
      { text: '1,500 MW by 2030', kind: 'target', year: 2030 },
      { text: '$1.2 billion', kind: 'money' },
    ],
  },
  {
    name: 'a change "by … to …" is two figures; a season is no period',
    input: 'The budget was raised by £500 million to £1.5 billion for the 2023-24 season.',
    expected: [
      { text: '£500 million', kind: 'money' },
      { text: '£1.5 billion', kind: 'money' },
    ],
  },
  {
    name: 'degrees glued to the number',
    input: 'Warming could reach between 2.6C and 2.8C, and 45°C was measured.',
    expected: [
      { text: '2.6C and 2.8C', kind: 'range', value: 2.6, valueMax: 2.8, unit: '°C' },
      { text: '45°C', kind: 'quantity', value: 45, unit: '°C' },
    ],
  },
];

describe('extractFigures: rates, changes, words and counts', () => {
  it.each(MORE)('$name', ({ input, lang, expected }) => {
    const figures = extractFigures(input, { lang: lang ?? 'en', max: 50 });
    for (const e of expected) expect(find(figures, e.text)).toMatchObject(e);
    expect(figures.map((f) => f.text)).toHaveLength(expected.length);
  });
});

const LANGUAGES: Case[] = [
  {
    name: 'German: Mio./Mrd., Prozent, pro Quadratmeter, im Monat, die Hälfte, ranges with bis and zwischen … und',
    lang: 'de',
    input:
      'Die Mieten liegen bei 11,20 Euro pro Quadratmeter, also 1.050 Euro im Monat. Der Absatz sank um die Hälfte, ' +
      'die Marge soll 5,5 bis 6 Prozent erreichen; eine Pumpe kostet zwischen 25.000 und 35.000 Euro, 3,2 Mio. Euro ' +
      'gab der Bund, 2 Mrd. Euro das Land, fünf Monate lang.',
    expected: [
      { text: '11,20 Euro pro Quadratmeter', kind: 'money', value: 11.2, unit: 'EUR/m²' },
      { text: '1.050 Euro im Monat', kind: 'money', value: 1050, unit: 'EUR/month' },
      { text: 'die Hälfte', kind: 'percent', value: 50 },
      { text: '5,5 bis 6 Prozent', kind: 'range', value: 5.5, valueMax: 6, unit: '%' },
      { text: '25.000 und 35.000 Euro', kind: 'range', value: 25_000, valueMax: 35_000, unit: 'EUR' },
      { text: '3,2 Mio. Euro', kind: 'money', value: 3_200_000, unit: 'EUR' },
      { text: '2 Mrd. Euro', kind: 'money', value: 2_000_000_000, unit: 'EUR' },
      { text: 'fünf Monate', kind: 'quantity', value: 5, unit: 'months' },
    ],
  },
  {
    name: 'French: millions d’hectolitres, par hectare, fois, multipliés par, un sur N, deux tiers',
    lang: 'fr',
    input:
      'La récolte atteint 39,3 millions d’hectolitres, avec une aide de 6\u202f000 euros par hectare. Le déficit est ' +
      'trois fois plus élevé, les passages ont été multipliés par quatre, un patient sur cinq attend et deux tiers des décès.',
    expected: [
      { text: '39,3 millions d’hectolitres', kind: 'quantity', value: 3_930_000_000, unit: 'L' },
      { text: '6\u202f000 euros par hectare', kind: 'money', value: 6000, unit: 'EUR/ha' },
      { text: 'trois fois', kind: 'ratio', value: 3 },
      { text: 'multipliés par quatre', kind: 'ratio', value: 4 },
      { text: 'un patient sur cinq', kind: 'percent', value: 20 },
      { text: 'deux tiers', kind: 'percent', value: 200 / 3 },
    ],
  },
  {
    name: 'Spanish: millones de euros, por kilo, el doble, un tercio, entre … y',
    lang: 'es',
    input:
      'El aceite cuesta 4,10 euros por kilo, el gasto llegó a 126.282 millones de euros, casi el doble; creció un tercio ' +
      'entre 2024 y 2026 y los billones: 1,9 billones de pesos.',
    expected: [
      { text: '4,10 euros por kilo', kind: 'money', value: 4.1, unit: 'EUR/kg' },
      { text: '126.282 millones de euros', kind: 'money', value: 126_282_000_000, unit: 'EUR' },
      { text: 'el doble', kind: 'ratio', value: 2 },
      { text: 'un tercio', kind: 'percent', value: 100 / 3 },
      { text: '2024 y 2026', kind: 'range', value: 2024, valueMax: 2026, unit: 'year' },
      { text: '1,9 billones de pesos', kind: 'money', value: 1.9e12, unit: 'MXN' },
    ],
  },
  {
    name: 'Russian: млн тонн, тыс. баррелей в сутки, рублей за тонну, в 2,5 раза, треть, к 2030 году',
    lang: 'ru',
    input:
      'Добыча составила 90,4 млн тонн, квота — 82 тыс. баррелей в сутки, цена — 16\u00a0500 рублей за тонну, зарплата ' +
      'в 2,5 раза выше, почти треть нефти, а к 2030 году добыча может вырасти до 100 млн тонн.',
    expected: [
      { text: '90,4 млн тонн', kind: 'quantity', value: 90_400_000, unit: 't' },
      { text: '82 тыс. баррелей в сутки', kind: 'quantity', value: 82_000, unit: 'bbl/d' },
      { text: '16\u00a0500 рублей за тонну', kind: 'money', value: 16_500, unit: 'RUB/t' },
      { text: 'в 2,5 раза', kind: 'ratio', value: 2.5 },
      { text: 'треть', kind: 'percent', value: 100 / 3 },
      { text: '100 млн тонн', kind: 'target', value: 100_000_000, year: 2030 },
    ],
  },
];

describe('extractFigures: languages', () => {
  it.each(LANGUAGES)('$name', ({ input, lang, expected }) => {
    const figures = extractFigures(input, { lang: lang ?? 'en', max: 50 });
    for (const e of expected) expect(find(figures, e.text)).toMatchObject(e);
    expect(figures).toHaveLength(expected.length);
  });

  it('finds what a figure measures in German, French, Spanish and Russian sentences', () => {
    const cases: [string, string, string, string][] = [
      ['de', 'Der Umsatz sank im Quartal um 4,9 Prozent auf 36,4 Mrd. Euro.', '36,4 Mrd. Euro', 'Umsatz'],
      ['fr', 'La dette nette atteint 24,4 milliards d’euros.', '24,4 milliards d’euros', 'dette nette'],
      ['es', 'El gasto medio diario se situó en 187 euros.', '187 euros', 'gasto medio diario'],
      ['ru', 'Экспорт нефти увеличился на 8,9%, до 70,5 млн тонн.', '70,5 млн тонн', 'Экспорт нефти'],
    ];
    for (const [lang, input, text, measures] of cases) expect(find(extractFigures(input, { lang }), text).measures).toBe(measures);
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each(NOT_FIGURES)('$name', ({ input }) => {
    expect(extractFigures(input, { lang: 'en' }).map((f) => f.text)).toEqual([]);
  });

  it('keeps a real figure next to non-figures', () => {
    const figures = extractFigures('On 12 March 2024 at 10:30, Acme (tel. +1 555 123 4567) said sales rose 8%.');
    expect(figures.map((f) => f.text)).toEqual(['8%']);
  });
});

const FORMATS: { lang: string; input: string; text: string; value: number; unit: string }[] = [
  { lang: 'en', input: 'It cost $1,234.5 million.', text: '$1,234.5 million', value: 1_234_500_000, unit: 'USD' },
  { lang: 'en-US', input: 'They counted 12,500 people.', text: '12,500 people', value: 12_500, unit: 'people' },
  { lang: 'de', input: 'Es kostet 1.234,5 Millionen Euro.', text: '1.234,5 Millionen Euro', value: 1_234_500_000, unit: 'EUR' },
  { lang: 'es', input: 'Costó 2.500 millones de dólares.', text: '2.500 millones de dólares', value: 2_500_000_000, unit: 'USD' },
  { lang: 'it', input: 'Sono 1.234,5 tonnellate.', text: '1.234,5 tonnellate', value: 1234.5, unit: 't' },
  { lang: 'fr', input: 'Il y a 1 234,5 tonnes.', text: '1 234,5 tonnes', value: 1234.5, unit: 't' },
  { lang: 'fr', input: 'Il y a 1\u00A0234,5\u00A0tonnes.', text: '1\u00A0234,5\u00A0tonnes', value: 1234.5, unit: 't' },
  { lang: 'fr', input: 'Une hausse de 3,5\u202F%.', text: '3,5\u202F%', value: 3.5, unit: '%' },
  { lang: 'fr', input: 'Il faut 2 billions d’euros.', text: '2 billions d’euros', value: 2e12, unit: 'EUR' },
  { lang: 'ru', input: 'Выпуск составил 1\u202F234,5 тонн.', text: '1\u202F234,5 тонн', value: 1234.5, unit: 't' },
  { lang: 'ru', input: 'Инвестиции 2,5 млрд рублей.', text: '2,5 млрд рублей', value: 2_500_000_000, unit: 'RUB' },
  { lang: 'de-CH', input: 'Der Schaden beträgt 80\'000 Franken.', text: '80\'000 Franken', value: 80_000, unit: 'CHF' },
  { lang: 'de-CH', input: 'Er investiert 1,2 Milliarden Franken.', text: '1,2 Milliarden Franken', value: 1_200_000_000, unit: 'CHF' },
  { lang: 'de-CH', input: 'Die Aktie stieg auf 93.50 Franken.', text: '93.50 Franken', value: 93.5, unit: 'CHF' },
];

describe('extractFigures: number formats of the page language', () => {
  it.each(FORMATS)('$lang: $text', ({ lang, input, text, value, unit }) => {
    expect(find(extractFigures(input, { lang }), text)).toMatchObject({ value, unit });
  });

  it('reads English style when the language is unknown or not a valid tag', () => {
    expect(find(extractFigures('It cost $1,234.5 million.', { lang: null }), '$1,234.5 million').value).toBe(1_234_500_000);
    expect(find(extractFigures('It cost $1,234.5 million.', { lang: '%%' }), '$1,234.5 million').value).toBe(1_234_500_000);
  });

  it('does not read another convention’s grouping ("1,23" in English is no number)', () => {
    expect(extractFigures('A ratio of 1,23 tons.', { lang: 'en' }).map((f) => f.text)).toEqual([]);
  });

  it('normalises numbers by convention', () => {
    expect(normaliseNumber('1.234,5', conventionFor('de-AT'))).toBe('1234.5');
    expect(normaliseNumber('1\u202F234,5', conventionFor('fr-FR'))).toBe('1234.5');
    expect(normaliseNumber("1'234.5", conventionFor('de-CH'))).toBe('1234.5');
    expect(normaliseNumber('−3.5', conventionFor('en'))).toBe('-3.5');
  });

  it('asks the platform (Intl.NumberFormat) for languages the table does not list', () => {
    expect(conventionFor('vi')).toMatchObject({ decimal: ',' });
    expect(conventionFor('vi').group).toContain('.');
    expect(normaliseNumber('1.234,5', conventionFor('vi'))).toBe('1234.5');
    expect(conventionFor('xx-unknown')).toMatchObject({ decimal: '.' });
  });
});

describe('extractFigures: merging, positions and sentences', () => {
  const text =
    'Output reached 4 million tons last year.\n\nThe firm plans 4 million tons by 2029, it said. Prices rose 5%.\n\nOutput of 4 million tons was a record.';

  it('merges repeated mentions of a value and unit, keeping the first position and the more specific text', () => {
    const figures = extractFigures(text);
    const tons = figures.filter((f) => f.unit === 't');
    expect(tons).toHaveLength(1);
    expect(tons[0]).toMatchObject({ text: '4 million tons by 2029', kind: 'target', year: 2029, mentions: 3 });
    expect(tons[0]?.position).toBe(text.indexOf('4 million tons'));
    expect(tons[0]?.sentence).toBe('Output reached 4 million tons last year.');
  });

  it('keeps targets with different years apart', () => {
    const figures = extractFigures('It wants 5 GW by 2030. It wants 5 GW by 2035.');
    expect(figures.map((f) => f.text)).toEqual(['5 GW by 2030', '5 GW by 2035']);
  });

  it('gives each figure its sentence and its offset in the text', () => {
    for (const f of extractFigures(text)) {
      expect(text.slice(f.position)).toMatch(/^\d/);
      expect(text).toContain(f.sentence);
    }
    const percent = find(extractFigures(text), '5%');
    expect(percent.position).toBe(text.indexOf('5%'));
    expect(percent.sentence).toBe('Prices rose 5%.');
  });

  it('keeps a sentence whole across abbreviations the segmenter breaks at', () => {
    const figures = extractFigures('Der Umsatz lag bei 2,5 Mrd. Euro. Mr. Smith sagte das.', { lang: 'de' });
    expect(find(figures, '2,5 Mrd. Euro')).toMatchObject({ value: 2_500_000_000, unit: 'EUR' });
    expect(find(figures, '2,5 Mrd. Euro').sentence).toBe('Der Umsatz lag bei 2,5 Mrd. Euro.');
  });
});

describe('extractFigures: what a figure measures', () => {
  const cases: { input: string; text: string; contains: string }[] = [
    { input: 'It saw a projected 40% increase in investment and production volume, he said.', text: '40%', contains: 'increase in investment and production volume' },
    { input: 'The sector saw a 4.3% production uptick in January-March.', text: '4.3%', contains: 'production uptick' },
    { input: 'It aims to double copper production to 1 million tons by 2029.', text: '1 million tons by 2029', contains: 'copper production' },
    { input: 'There are plans to boost steel mill output to 4 million tons by year-end.', text: '4 million tons by year-end', contains: 'steel mill output' },
    { input: 'It is targeting 1.2 million tons of special-purpose steel.', text: '1.2 million tons', contains: 'special-purpose steel' },
    { input: 'Steel production is set to increase to 10 million tons through new projects.', text: '10 million tons', contains: 'steel production' },
    { input: 'Deals include a $500 million joint venture with German company HMS Bergbau AG for lithium.', text: '$500 million', contains: 'joint venture with' },
    { input: 'Exports rose 5% to $3 billion.', text: '$3 billion', contains: 'exports' },
    { input: 'The group reported $12 billion in revenue.', text: '$12 billion', contains: 'revenue' },
    { input: 'The Islamists held power from 2011 to 2013, of having been slow to act.', text: '2011 to 2013', contains: 'held power' },
    { input: 'Sales rose 8% to $1.2 billion in fiscal 2023.', text: '$1.2 billion', contains: 'sales' },
  ];
  it.each(cases)('$text in "$input"', ({ input, text, contains }) => {
    const measures = find(extractFigures(input), text).measures;
    expect(measures.toLowerCase()).toContain(contains.toLowerCase());
    expect(measures.split(' ').length).toBeLessThanOrEqual(8);
  });

  // What a figure measures is a noun phrase, or nothing: never a number word, a pronoun, a word of amount or a verb.
  const exact: { lang: string; input: string; text: string; measures: string }[] = [
    { lang: 'en', input: 'The weather held for six of the seven days, which on this ridge counts as a small miracle.', text: 'seven days', measures: '' },
    { lang: 'en', input: 'We caught the later one with ten minutes to spare and slept most of the way down.', text: 'ten minutes', measures: '' },
    { lang: 'en', input: 'The last two days dropped gently to the lake at the far end of the ridge.', text: 'two days', measures: '' },
    { lang: 'en', input: 'The first climb is the steepest: nine hundred metres of switchbacks through larch forest.', text: 'nine hundred metres', measures: 'switchbacks' },
    { lang: 'en', input: 'On the second day the path narrows to a ledge with a fixed chain for about two hundred metres.', text: 'two hundred metres', measures: 'fixed chain' },
    { lang: 'en', input: 'Deals include a $500 million investment in the port.', text: '$500 million', measures: 'investment' },
    { lang: 'en', input: 'Chile mines 40% of the copper.', text: '40%', measures: 'copper' },
    { lang: 'en', input: 'It aims to double copper production to 1 million tons by 2029.', text: '1 million tons by 2029', measures: 'copper production' },
    { lang: 'en', input: 'Operating margin widened 3.2 percentage points to 31.5%.', text: '31.5%', measures: 'Operating margin' },
    { lang: 'en', input: 'Monitoring found a rise of around six per cent on two side roads.', text: 'six per cent', measures: 'rise' },
    { lang: 'en', input: 'The project created 12,000 construction jobs, 70% of them held by local residents.', text: '70%', measures: 'construction jobs' },
    { lang: 'en', input: 'The bridge is 120 metres long.', text: '120 metres', measures: 'bridge' },
    { lang: 'en', input: 'Exports fell to 19.4 million tonnes from a record 31.8 million tonnes.', text: '31.8 million tonnes', measures: 'Exports' },
    { lang: 'en', input: 'Unemployment claims had topped 6 million for the second week in a row.', text: '6 million', measures: 'Unemployment claims' },
    { lang: 'en', input: 'In 1914, about 25,000 Germans lived in the colonies, slightly less than half of them in the south.', text: 'less than half', measures: 'Germans' },
    { lang: 'en', input: 'Solar and wind could deliver 27% of the required cuts by 2030.', text: '27%', measures: 'required cuts' },
    { lang: 'en', input: 'Because the crossing itself is eight minutes shorter, nothing changes.', text: 'eight minutes', measures: '' },
    { lang: 'en', input: 'Global supply rose 5%.', text: '5%', measures: 'Global supply' },
    { lang: 'en', input: 'The family spent $500.', text: '$500', measures: 'family' },
    { lang: 'de', input: 'Die Mieten sind um 38 Prozent gestiegen.', text: '38 Prozent', measures: 'Mieten' },
    { lang: 'de', input: 'Das Schienennetz ist 33.400 Kilometer lang.', text: '33.400 Kilometer', measures: 'Schienennetz' },
    { lang: 'de', input: 'Der Gesamthaushalt umfasst 481 Milliarden Euro.', text: '481 Milliarden Euro', measures: 'Gesamthaushalt' },
    { lang: 'de', input: 'Der Absatz von Wärmepumpen in Deutschland ist im ersten Halbjahr um 54 Prozent eingebrochen.', text: '54 Prozent', measures: 'Absatz von Wärmepumpen in Deutschland' },
    { lang: 'de', input: 'Die Mittel in Höhe von 5 Mrd. Euro fließen in den Ausbau.', text: '5 Mrd. Euro', measures: 'Mittel' },
    { lang: 'de', input: 'Sechs der sieben Tage waren sonnig.', text: 'sieben Tage', measures: '' },
    { lang: 'fr', input: 'La récolte devrait atteindre 39 millions d’hectolitres, soit une baisse de 18 % par rapport à 2023.', text: '18 %', measures: 'baisse' },
    { lang: 'fr', input: 'La production de vin devrait atteindre 39 millions d’hectolitres.', text: '39 millions d’hectolitres', measures: 'production de vin' },
    { lang: 'fr', input: 'Le chiffre d’affaires du groupe a progressé de 1,2 %.', text: '1,2 %', measures: 'chiffre d’affaires du groupe' },
    { lang: 'fr', input: 'Les ventes progressaient de 12 % sur un an.', text: '12 %', measures: 'ventes' },
    { lang: 'fr', input: 'Trois des sept jours ont été pluvieux.', text: 'sept jours', measures: '' },
    { lang: 'es', input: 'Las exportaciones aumentaron un 17 %.', text: '17 %', measures: 'exportaciones' },
    { lang: 'es', input: 'Las obras emplearon a 2.000 trabajadores.', text: '2.000 trabajadores', measures: 'obras' },
    { lang: 'es', input: 'En la fase de operación trabajarán 25 personas.', text: '25 personas', measures: 'fase de operación' },
    { lang: 'ru', input: 'Экспорт пшеницы уменьшился на 10%.', text: '10%', measures: 'Экспорт пшеницы' },
  ];
  it.each(exact)('$lang: $text in "$input"', ({ lang, input, text, measures }) => {
    expect(find(extractFigures(input, { lang }), text).measures).toBe(measures);
  });

  it('stops before time words and leaves out the sentence’s verbs and function words', () => {
    const measures = find(extractFigures('The sector saw a 4.3% production uptick in January-March.'), '4.3%').measures;
    expect(measures).toBe('production uptick');
  });
});

describe('extractFigures: ranking', () => {
  it('ranks from 1 in order and caps the number returned', () => {
    const lots = DEFAULT_MAX_FIGURES + 5;
    const text = Array.from({ length: lots }, (_, i) => `Lot number ${i + 1} sold ${i + 1}0 tons.`).join(' ');
    const figures = extractFigures(text, { max: 5 });
    expect(figures).toHaveLength(5);
    expect(figures.map((f) => f.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(extractFigures(text, { max: lots })).toHaveLength(lots);
    expect(extractFigures(text)).toHaveLength(DEFAULT_MAX_FIGURES);
  });

  it('puts figures of the headline first', () => {
    const text = 'Shares rose 3%. Profit was 12 tons of gold.\n\nLater, much later, the firm reported that revenue was $9 billion.';
    const figures = extractFigures(text, { title: 'Firm posts $9 billion revenue' });
    expect(figures[0]?.text).toBe('$9 billion');
  });

  it('favours the lead, money, percentages and targets over later plain quantities', () => {
    const filler = 'Nothing of note happened in this paragraph at all, which goes on for a while. ';
    const text = [
      'The company will invest $2 billion and lift output 30% in the coming years, its chief executive said today.',
      filler.repeat(3),
      filler.repeat(3),
      'It also owns 40 km of track and 12 ha of land.',
    ].join('\n\n');
    const texts = extractFigures(text).map((f) => f.text);
    expect(texts.slice(0, 2)).toEqual(['$2 billion', '30%']);
    expect(texts.indexOf('40 km')).toBeGreaterThan(1);
  });

  it('breaks ties by position', () => {
    const figures = extractFigures('It owns 40 km of track. It owns 12 ha of land.');
    expect(figures.map((f) => f.text)).toEqual(['40 km', '12 ha']);
  });

  it('ranks repeated figures above single ones of the same kind and place', () => {
    const text = 'Margins were 7%. Costs fell 3%. Margins of 7% are rare. Yes, 7% again.';
    expect(extractFigures(text)[0]).toMatchObject({ text: '7%', mentions: 3 });
  });
});

describe('extractFigures: hostile text', () => {
  it('returns only finite values and stays linear on long runs of digits and words', () => {
    const text = `${'9'.repeat(400)} tons of it.\n\n${'1 '.repeat(20_000)}\n\nAnd ${'5 tons of of of by '.repeat(2_000)}.`;
    // No time limit here (speed is measured by `npm run bench`); catastrophic backtracking would hit the test timeout.
    const figures = extractFigures(text);
    expect(figures.every((f) => Number.isFinite(f.value))).toBe(true);
    expect(figures.map((f) => f.text)).toEqual(['5 tons']);
    expect(figures[0]?.mentions).toBe(2_000);
  });

  it('accepts an empty text and odd options', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('Sales rose 5%.', { max: 0 })).toEqual([]);
    expect(extractFigures('Sales rose 5%.', { title: '', lang: '' })).toHaveLength(1);
  });
});

describe('extractFigures: a long article', () => {
  // Its speed is measured by `npm run bench`, not asserted here.
  it('reads every mention in a 10,000-word article with hundreds of figures', () => {
    const paragraph =
      'The company said on Tuesday that revenue in the first quarter rose 4.3% to $1.2 billion, helped by strong demand ' +
      'for its products in Europe and Asia, while output at its main plant reached 2.5 million tons. The chief executive, ' +
      'speaking to analysts on 12 March, said the group would add 500 MW of capacity by 2027 and hire 1,200 workers for ' +
      'the 2024–2028 programme. Analysts said the results were better than expected, although costs remain a concern ' +
      'for investors, who have watched the shares fall in recent months as the wider market weakened.';
    const article = Array.from({ length: 107 }, (_, i) => paragraph.replace(/\d/, String(i % 10))).join('\n\n');
    expect(article.split(/\s+/).length).toBeGreaterThanOrEqual(10_000);
    expect(extractFigures(article, { max: 1000 }).reduce((n, f) => n + f.mentions, 0)).toBeGreaterThanOrEqual(500);
  });
});

interface Golden {
  options: { title?: string; lang?: string | null; max?: number };
  figures: (Expected & { measuresIncludes?: string[] })[];
  /** Substrings no figure's text may contain. */
  absent?: string[];
  /** Figure texts that must rank in this relative order. */
  order?: string[];
  /** The exact number of figures. */
  count?: number;
}

const GOLDEN = join(__dirname, '..', 'golden-figures');

describe('extractFigures: golden articles', () => {
  const cases = readdirSync(GOLDEN, { withFileTypes: true }).filter((d) => d.isDirectory());
  expect(cases.length).toBeGreaterThan(0);
  it.each(cases.map((d) => d.name))('%s', (name) => {
    const input = readFileSync(join(GOLDEN, name, 'input.txt'), 'utf8');
    const golden = JSON.parse(readFileSync(join(GOLDEN, name, 'expected.json'), 'utf8')) as Golden;
    const figures = extractFigures(input, golden.options);
    for (const { measuresIncludes = [], ...expected } of golden.figures) {
      const figure = find(figures, expected.text);
      expect(figure).toMatchObject(expected);
      for (const words of measuresIncludes) expect(figure.measures.toLowerCase()).toContain(words.toLowerCase());
      expect(input).toContain(figure.sentence);
    }
    for (const part of golden.absent ?? []) expect(figures.filter((f) => f.text.includes(part))).toEqual([]);
    const ranks = (golden.order ?? []).map((text) => find(figures, text).rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    if (golden.count !== undefined) expect(figures).toHaveLength(golden.count);
    expect(figures.map((f) => f.rank)).toEqual(figures.map((_, i) => i + 1));
  });
});
