import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { extractFigures } from '../../src/figures';
test('perf', () => {
  const seed = readFileSync('/work/shared/seeds/000_92aad6473f296140.txt', 'utf8');
  const paras = seed.split('\n\n');
  let text = ''; let i = 0;
  while (text.split(/\s+/).length < 10000) { text += paras[i % paras.length]!.replace(/\d+/g, (d) => String(Number(d) + i)) + '\n\n'; i++; }
  console.log('words', text.split(/\s+/).length, 'chars', text.length);
  let t = performance.now(); extractFigures(text, { lang: 'en' }); console.log('first', performance.now() - t);
  for (let k = 0; k < 5; k++) { t = performance.now(); const f = extractFigures(text, { lang: 'en' }); console.log('run', (performance.now() - t).toFixed(2), f.length); }
  const plain = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1500);
  t = performance.now(); extractFigures(plain); console.log('no digits', performance.now() - t);
  const evil = ('1 '.repeat(5000) + '9'.repeat(3000) + ' tons ').repeat(3);
  t = performance.now(); extractFigures(evil); console.log('evil', performance.now() - t);
  const evil2 = ('$1–2–3–4–5-6 by by by 2029 ').repeat(2000);
  t = performance.now(); extractFigures(evil2); console.log('evil2', performance.now() - t);
});
