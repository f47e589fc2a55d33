import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, htmlToText, readingMinutes } from '../../src/text';

const FIXTURES = join(import.meta.dirname, '../fixtures/text');

/** The sanitised article as the pipeline hands it over: the body of a parsed document. */
function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** [rule, input HTML, expected text] */
const CASES: Array<[string, string, string]> = [
  // blocks
  ['paragraphs are blocks', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
  ['headings are their own block, no markup', '<h2>Title</h2><p>Body</p><h3>Sub</h3>', 'Title\n\nBody\n\nSub'],
  ['text beside nested blocks', '<div>text<div>inner</div>tail</div>', 'text\n\ninner\n\ntail'],
  ['sections, header and footer', '<section><header>Head</header><p>Text</p><footer>Foot</footer></section>', 'Head\n\nText\n\nFoot'],
  ['address', '<p>a</p><address>Main St 1</address>', 'a\n\nMain St 1'],
  ['hr separates blocks without text', '<p>a</p><hr><p>b</p>', 'a\n\nb'],
  ['empty blocks leave nothing', '<p> </p><p>&nbsp;</p><div></div><p>x</p><p>\n</p>', 'x'],
  ['blockquote keeps its blocks, no ">"', '<blockquote><p>q1</p><p>q2</p></blockquote><p>after</p>', 'q1\n\nq2\n\nafter'],
  ['definition lists', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', 'Term\n\nMeaning'],
  // inline spacing
  ['inline join without space', '<p>a<b>b</b> c</p>', 'ab c'],
  ['no space invented before a link', '<p>word<a href="#">link</a></p>', 'wordlink'],
  ['space before a link kept', '<p>word <a href="#">link</a>.</p>', 'word link.'],
  ['spaces inside inline edges', '<p>Hello<em> big </em>world</p>', 'Hello big world'],
  ['space on both sides becomes one', '<p>a <span> b </span> c</p>', 'a b c'],
  ['source newlines and tabs collapse', '<p>  a \n\t b  \n c </p>', 'a b c'],
  ['NBSP is a space, runs collapse', '<p>10&nbsp;km&nbsp;&nbsp;away</p>', '10 km away'],
  ['code, sup and sub give their text', '<p>Run <code>npm test</code>: CO<sub>2</sub> and 10<sup>6</sup></p>', 'Run npm test: CO2 and 106'],
  ['soft hyphen and zero-width space dropped', '<p>Kasach\u00adstan\u200b grows</p>', 'Kasachstan grows'],
  ['output is NFC', '<p>Cafe\u0301</p>', 'Caf\u00e9'],
  // line breaks
  ['br is a new line', 'foo<br>bar', 'foo\nbar'],
  ['spaces around br dropped', '<p>foo <br> bar</p>', 'foo\nbar'],
  ['two br make a blank line', '<p>foo<br><br>bar</p>', 'foo\n\nbar'],
  ['br at block end adds nothing', '<p>foo<br></p><p>bar</p>', 'foo\n\nbar'],
  // lists
  ['ul items with bullets', '<ul><li>a</li><li>b</li></ul>', '• a\n• b'],
  ['ol items numbered', '<ol><li>a</li><li>b</li></ol>', '1. a\n2. b'],
  ['ol start=3', '<ol start="3"><li>a</li><li>b</li></ol>', '3. a\n4. b'],
  [
    'nested lists indented by two spaces',
    '<ul><li>a<ul><li>b</li><li>c<ol><li>x</li><li>y</li></ol></li></ul></li><li>d</li></ul>',
    '• a\n  • b\n  • c\n    1. x\n    2. y\n• d',
  ],
  ['list is one block between paragraphs', '<p>Before</p><ul><li>a</li><li>b</li></ul><p>After</p>', 'Before\n\n• a\n• b\n\nAfter'],
  ['paragraphs in an item are its lines', '<ul><li><p>first</p><p>second</p></li><li>next</li></ul>', '• first\n  second\n• next'],
  ['br in an item', '<ol><li>line<br>more</li></ol>', '1. line\n  more'],
  ['whitespace between items ignored', '<ul>\n  <li> a </li>\n  <li>\n b\n</li>\n</ul>', '• a\n• b'],
  ['list nested directly in a list', '<ul><li>a</li><ul><li>b</li></ul></ul>', '• a\n  • b'],
  ['empty item skipped, numbering goes on', '<ol><li>a</li><li> </li><li>c</li></ol>', '1. a\n3. c'],
  // tables
  [
    'table rows as lines, cells separated',
    '<table><thead><tr><th>Year</th><th>Output</th></tr></thead><tbody><tr><td>2024</td><td>4 <b>Mt</b></td></tr></tbody></table>',
    'Year | Output\n2024 | 4 Mt',
  ],
  ['table is one block', '<p>a</p><table><tr><td>1</td><td>2</td></tr></table><p>b</p>', 'a\n\n1 | 2\n\nb'],
  ['table caption first', '<table><caption>Cap</caption><tr><td>1</td><td>2</td></tr></table>', 'Cap\n1 | 2'],
  ['cell breaks become spaces', '<table><tr><td><p>a</p><p>b</p></td><td>c<br>d</td></tr></table>', 'a b | c d'],
  ['empty rows skipped, no double spaces', '<table><tr><td>1</td><td></td><td>3</td></tr><tr><td></td><td> </td><td></td></tr></table>', '1 | | 3'],
  ['layout table read as blocks', '<table><tr><td><h2>Head</h2><p>Body</p></td><td>Side</td></tr></table>', 'Head\n\nBody\n\nSide'],
  ['presentational table read as blocks', '<table role="presentation"><tr><td>a</td><td>b</td></tr></table>', 'a\n\nb'],
  ['single-column table read as blocks', '<table><tr><td>one</td></tr><tr><td>two</td></tr></table>', 'one\n\ntwo'],
  // pre
  ['pre keeps its whitespace', '<pre>  indented\n\tcode\n    end</pre><p>after</p>', '  indented\n\tcode\n    end\n\nafter'],
  ['pre: leading newline, trailing blank and spaces dropped', '<pre>\n\nx = 1   \ny = 2\n\n\n</pre>', 'x = 1\ny = 2'],
  ['pre: at most one blank line', '<pre>a\n\n\n\nb</pre>', 'a\n\nb'],
  ['pre with highlighted spans and br', '<pre><code><span>if</span> (a) {<br>  b();<br>}</code></pre>', 'if (a) {\n  b();\n}'],
  ['pre with one block per line', '<pre><div>line 1</div><div>  line 2</div></pre>', 'line 1\n  line 2'],
  // media and skipped content
  ['ruby annotations left out', '<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>に行く</p>', '東京に行く'],
  ['image alt text left out', '<p>See <img alt="icon" src="i.png"> here</p>', 'See here'],
  [
    'figure: caption left out (the text has no image for it), table caption kept',
    '<p>a</p><figure><img alt="A chart" src="c.png"><figcaption>Output in <em>2024</em></figcaption></figure><p>b</p>' +
      '<table><caption>Runs</caption><tr><td>1</td><td>2</td></tr></table>',
    'a\n\nb\n\nRuns\n1 | 2',
  ],
  [
    'scripts, styles, media, controls and hidden elements skipped',
    '<p>a</p><script>x()</script><style>p{}</style><noscript>nojs</noscript><video>old browser</video><p hidden>secret</p><p>b <button>Share</button></p>',
    'a\n\nb',
  ],
];

describe('htmlToText', () => {
  it.each(CASES)('%s', (_rule, html, expected) => {
    expect(htmlToText(body(html))).toBe(expected);
  });

  it.each(CASES)('output invariants: %s', (_rule, html) => {
    const text = htmlToText(body(html));
    // Trimmed, except the indentation of a <pre> that opens the text.
    expect(text).toBe(text.trimEnd());
    expect(text).not.toMatch(/^\s*\n/);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).not.toMatch(/[ \t]$/m);
    if (!html.includes('<pre')) expect(text).not.toMatch(/\S {2,}/);
    // Lines start with a space only as list indentation or inside <pre>.
    if (!html.includes('<pre') && !html.includes('<li')) expect(text).not.toMatch(/^ /m);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('reads a fragment, an element and a document alike', () => {
    const doc = new DOMParser().parseFromString('<title>T</title><p>One</p><ul><li>two</li></ul>', 'text/html');
    const fragment = doc.createDocumentFragment();
    fragment.append(...Array.from(doc.body.cloneNode(true).childNodes));
    expect(htmlToText(doc)).toBe('One\n\n• two');
    expect(htmlToText(doc.body)).toBe('One\n\n• two');
    expect(htmlToText(fragment)).toBe('One\n\n• two');
    expect(htmlToText(doc.body.querySelector('ul') as HTMLElement)).toBe('• two');
  });

  it('leaves the DOM unchanged', () => {
    const root = body('<p>a <b>b</b></p><pre>\n x</pre>');
    const before = root.innerHTML;
    htmlToText(root);
    expect(root.innerHTML).toBe(before);
  });

  describe('fixtures (tests/fixtures/text/<case>/input.html → expected.txt)', () => {
    const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory());
    it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((d) => d.name))('%s', (name) => {
      const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
      const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8');
      expect(htmlToText(body(html))).toBe(expected);
    });
  });
});

describe('countWords', () => {
  it.each<[string, string | null, number]>([
    ['The quick brown fox jumps.', 'en', 5],
    ['It costs $500 million — in 2024.', 'en', 6],
    ["Don't stop: well-known, e-mail.", 'en', 6], // ICU splits at hyphens
    ['Die Straßenbahn fährt über die Brücke.', 'de', 6],
    ['Größenordnung: 4,3 Prozent', 'de-DE', 3],
    ['我们今天去北京。', 'zh', 7],
    ['我们今天去北京。', 'zh-Hans-CN', 7],
    ['東京は日本の首都です。', 'ja', 10],
    ['我们 use Pith', 'zh', 4],
    ['Plain words without a language', null, 5],
    ['Bad tag still counts', 'not a tag!', 4],
    ['', 'en', 0],
    [' \n — … ', 'en', 0],
  ])('%j (%s) → %i', (text, lang, expected) => {
    expect(countWords(text, lang)).toBe(expected);
  });

  /** Word-like segments of the whole text, CJK characters one each: what countWords counts, without its shortcut. */
  function segmentedWhole(text: string, lang: string): number {
    let count = 0;
    for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
      if (isWordLike) count += segment.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 1;
    }
    return count;
  }

  it.each([
    "Plain words, (quoted) 'words' and \"more\" [words]; done: yes! no? 42 3.14 2,5 U.S. don't e-mail x@y.org",
    'rock\'n\'roll end. abc\u2019s naïve café \u0301abc a\u00adb x\u200bz \u00a0nbsp\u00a0words',
    '🇩🇪🇫🇷 flags 👩‍👩‍👧 family, 日本語のテキスト abc 我们 use Pith, ภาษาไทยง่าย test, שלום \'x\' ab"c, ٣٤ abc',
    'line\r\nbreaks\tand\ftabs  double  spaces\n\nend',
  ])('counts plain words apart exactly as segmenting the whole text: %j', (text) => {
    for (const lang of ['en', 'de', 'ja', 'zh', 'th', 'he']) expect(countWords(text, lang)).toBe(segmentedWhole(text, lang));
  });
});

describe('readingMinutes', () => {
  it.each<[number, string | null | undefined, number]>([
    [0, 'en', 1],
    [100, 'en', 1],
    [230, 'en', 1],
    [1000, 'en', 4],
    [2300, 'en-GB', 10],
    [460, 'de', 2],
    [1000, null, 4],
    [1000, undefined, 4],
    [1000, 'zh', 2],
    [1000, 'zh-Hant-TW', 2],
    [1500, 'ja', 3],
    [1500, 'JA_jp', 3],
  ])('%i words (%s) → %i min', (words, lang, expected) => {
    expect(readingMinutes(words, lang)).toBe(expected);
  });

  it('reads CJK text by characters, other text by words', () => {
    const zh = '稀土金属行业将扩大投资。'.repeat(100);
    expect(countWords(zh, 'zh')).toBe(1100);
    expect(readingMinutes(countWords(zh, 'zh'), 'zh')).toBe(2);
    const en = 'The industry is set to expand. '.repeat(100);
    expect(readingMinutes(countWords(en, 'en'), 'en')).toBe(3);
  });
});
