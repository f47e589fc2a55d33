import { test } from 'vitest';
import { extractFigures } from '../../src/figures';
const cases: [string, string?][] = [
  ['Published 12 March 2024. The meeting starts at 10:30 and ends at 3 p.m.'],
  ['Call +1 555 123 4567 or (555) 123-4567 for details.'],
  ['See Figure 3 and chapter 7; the iPhone 15 sold well in 2023.'],
  ['In 2023 people moved. The 42-year-old was one of the first.'],
  ['Revenue rose 5% to $3 billion, from $2.5 billion a year earlier.'],
  ['The company expects $3–5 billion in sales and between 10 and 20 people.'],
  ['Unemployment fell 2 percentage points to 4.5 per cent.'],
  ['Die Produktion stieg um 4,3 % auf 1.234,5 Tonnen im Wert von 2,5 Mrd. Euro.', 'de'],
  ['La production a atteint 1 234,5 tonnes et 3 500 personnes, soit 12,5 %.', 'fr'],
  ['The plant will add 500 MW by 2026 and 1.5 GW by the end of 2030; it employs 1,200 workers.'],
  ['€5m deal, £1.2bn fund, ¥300 billion, ₸10 billion and 50k users; 5m people; 5 m tall.'],
  ['Output of 2 Mt in 2022-23 and plans for 2025 to 2030.'],
  ['1. First item\n2. Second item with 20 homes\n• 30% of respondents'],
  ['Temperatures reached 45°C and 3 million barrels per day were pumped from the 300 km² field.'],
  ['The budget for the 2024-2030 plan reached 2.5 trillion tenge, or US$5 billion.'],
  ['COVID-19 cases, G20 summit, A320 jets, Windows 11, version 2.0, No. 5, page 12.'],
  ['In 2024 $500 million was invested.'],
];
test('x', () => {
  for (const [t, lang] of cases) {
    console.log('### ' + t);
    for (const f of extractFigures(t, { lang: lang ?? 'en' })) console.log(`  ${f.rank}. [${f.text}] ${f.kind} ${f.value}${f.valueMax ? '–' + f.valueMax : ''} ${f.unit}${f.year ? ' y' + f.year : ''} :: ${f.measures}`);
  }
});
