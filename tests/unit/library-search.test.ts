import { describe, expect, it } from 'vitest';
import { facets, passes, sortEntries, withTags } from '../../src/library/list';
import { LibrarySearch, type SearchBody } from '../../src/library/search';
import { TextIndex } from '../../src/library/text-index';
import { searchWords } from '../../src/library/words';
import type { IndexEntry } from '../../src/storage/types';
import type { Figure } from '../../src/types';

function entry(id: string, over: Partial<IndexEntry> = {}): IndexEntry {
  return {
    id,
    url: `https://example.org/${id}`,
    title: `Article ${id}`,
    siteName: 'Example',
    byline: null,
    savedAt: '2026-01-01T00:00:00.000Z',
    readingMinutes: 5,
    wordCount: 1000,
    topFigures: [],
    lang: 'en',
    tags: [],
    ...over,
  };
}

function figure(text: string, value: number, unit: string, over: Partial<Figure> = {}): Figure {
  return { text, value, unit, kind: 'money', measures: '', sentence: text, position: 0, mentions: 1, rank: 1, ...over };
}

/** A small library, newest first (as article/list gives it). */
const LIBRARY: [IndexEntry, SearchBody][] = [
  [
    entry('copper', { title: 'Copper smelter to double output', siteName: 'MineWire', byline: 'Marko Jovanović', topFigures: [{ text: '$500 million', measures: 'joint venture' }] }),
    {
      id: 'copper',
      text: 'A new smelter in the Abai region aims to double copper production to 1 million tons by 2029. Briquetted iron follows.',
      figures: [
        figure('$500 million', 500e6, 'USD', { rank: 2 }),
        figure('1 million tons by 2029', 1e6, 't', { kind: 'target', year: 2029, rank: 1 }),
        figure('40%', 40, '%', { kind: 'percent', rank: 3 }),
      ],
    },
  ],
  [
    entry('reading', { title: 'Keeping a reading list that you actually read', siteName: 'Field Notes', byline: 'Sam Whitaker' }),
    { id: 'reading', text: 'Most reading lists grow and never shrink. The list holds 214 links and a copper kettle.', figures: [figure('214', 214, 'links', { kind: 'count' })] },
  ],
  [
    entry('builds', { title: 'How we cut our build times in half', siteName: 'Field Notes' }),
    { id: 'builds', text: 'Our builds took 42 minutes. Caching brought the inflation of build times down by 55%.', figures: [figure('55%', 55, '%', { kind: 'percent' })] },
  ],
  [
    entry('rtl', { title: 'העיר מרחיבה את רשת האופניים', siteName: 'יומן העיר', lang: 'he' }),
    { id: 'rtl', text: 'העירייה הודיעה השבוע על תוכנית חדשה להרחבת רשת שבילי האופניים בעיר.', figures: [] },
  ],
];

function library(withBodies = true): LibrarySearch {
  const s = new LibrarySearch();
  for (const [e] of LIBRARY) s.addEntry(e);
  if (withBodies) for (const [, b] of LIBRARY) s.addBody(b);
  return s;
}

/** Query → the ids it must answer, in order. */
const ANSWERS: [string, string[]][] = [
  ['smelter', ['copper']],
  ['briquetted', ['copper']],
  ['briquet', ['copper']],
  ['briquettd', ['copper']],
  ['Jovanović', ['copper']],
  ['jovanovic', ['copper']],
  ['field notes', ['reading', 'builds']],
  ['reading list', ['reading']],
  ['copper', ['copper', 'reading']],
  ['copper kettle', ['reading']],
  ['build inflation', ['builds']],
  ['nothingatall', []],
  ['> $100 million', ['copper']],
  ['> $1 billion', []],
  // By the salience of the matching figure: 55% is its article's first figure, 40% the copper one's third.
  ['%', ['builds', 'copper']],
  ['>= 50%', ['builds']],
  ['2029', ['copper']],
  ['< 2 Mt', ['copper']],
  // One letter away (the article prefix ה): a near spelling.
  ['אופניים', ['rtl']],
  ['האופניים', ['rtl']],
  ['שבילי', ['rtl']],
];

describe('LibrarySearch', () => {
  it.each(ANSWERS)('answers %j', (query, ids) => {
    expect(library().search(query).ids).toEqual(ids);
  });

  it('reads figure queries and says so', () => {
    expect(library().search('> $100 million').figure).toEqual({ op: '>', value: 100e6, unit: 'USD' });
    expect(library().search('smelter').figure).toBeNull();
  });

  it('finds titles, sites and top figures before the bodies are read', () => {
    const s = library(false);
    expect(s.bodiesIndexed).toBe(0);
    expect(s.search('smelter').ids).toEqual(['copper']);
    expect(s.search('joint venture').ids).toEqual(['copper']);
    expect(s.search('briquetted').ids).toEqual([]);
    s.addBody(LIBRARY[0]![1]);
    expect(s.hasBody('copper')).toBe(true);
    expect(s.search('briquetted').ids).toEqual(['copper']);
  });

  it('leaves deleted articles out and brings them back', () => {
    const s = library();
    s.remove('copper');
    expect(s.search('copper').ids).toEqual(['reading']);
    expect(s.search('2029').ids).toEqual([]);
    s.addEntry(LIBRARY[0]![0]);
    expect(s.search('copper').ids).toEqual(['copper', 'reading']);
  });

  it('finds tags, and follows their changes', () => {
    const s = library();
    expect(s.search('favourites').ids).toEqual([]);
    s.addEntry({ ...LIBRARY[2]![0], tags: ['favourites'] });
    expect(s.search('favourites').ids).toEqual(['builds']);
    s.addEntry({ ...LIBRARY[2]![0], tags: [] });
    expect(s.search('favourites').ids).toEqual([]);
    expect(s.search('builds').ids).toEqual(['builds']);
  });

  it('ignores a body without an entry and a second body', () => {
    const s = library(false);
    s.addBody({ id: 'unknown', text: 'zebra', figures: [] });
    s.addBody(LIBRARY[1]![1]);
    s.addBody({ id: 'reading', text: 'zebra', figures: [] });
    expect(s.bodiesIndexed).toBe(1);
    expect(s.search('zebra').ids).toEqual([]);
  });
});

describe('TextIndex', () => {
  it('finds exact words, prefixes and near spellings, rarer words scoring higher', () => {
    const t = new TextIndex();
    t.add(0, 'The inflation rate rose.');
    t.add(1, 'Inflationary pressure and the rate.');
    t.add(2, 'Nothing to see here.');
    expect([...t.lookup('inflation', false).keys()].sort()).toEqual([0, 1]);
    const hits = t.lookup('inflation', false);
    expect(hits.get(0)).toBeGreaterThan(hits.get(1) ?? 0);
    expect([...t.lookup('inflaton', false).keys()]).toEqual([]);
    expect([...t.lookup('inflaton', true).keys()]).toEqual([0]);
    expect((t.lookup('the', false).get(0) ?? 0) < (t.lookup('rose', false).get(0) ?? 0)).toBe(true);
    expect(t.size).toBe(3);
  });
});

describe('searchWords', () => {
  it('splits any script into lower-case words', () => {
    expect(searchWords('Kazakhstan’s “Copper” — 2029, Ещё РАЗ; שבילי האופניים')).toEqual([
      "kazakhstan's",
      'copper',
      '2029',
      'ещё',
      'раз',
      'שבילי',
      'האופניים',
    ]);
  });
});

describe('library list', () => {
  const entries = [
    entry('b', { title: 'beta', siteName: 'Zeta', savedAt: '2026-01-03T00:00:00Z', readingMinutes: 9, tags: ['x'] }),
    entry('a', { title: 'Alpha', siteName: 'alpha site', savedAt: '2026-01-02T00:00:00Z', readingMinutes: 3, tags: ['x', 'y'] }),
    entry('c', { title: 'gamma', siteName: null, savedAt: '2026-01-04T00:00:00Z', readingMinutes: 5 }),
  ];
  const ids = (list: IndexEntry[]) => list.map((e) => e.id);

  it('sorts', () => {
    expect(ids(sortEntries(entries, 'newest'))).toEqual(['c', 'b', 'a']);
    expect(ids(sortEntries(entries, 'oldest'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortEntries(entries, 'title'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortEntries(entries, 'site'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortEntries(entries, 'reading'))).toEqual(['a', 'c', 'b']);
  });

  it('filters by site and tag, and lists both with counts', () => {
    expect(ids(entries.filter((e) => passes(e, { site: 'Zeta', tag: '' })))).toEqual(['b']);
    expect(ids(entries.filter((e) => passes(e, { site: '', tag: 'x' })))).toEqual(['b', 'a']);
    expect(ids(entries.filter((e) => passes(e, { site: 'alpha site', tag: 'y' })))).toEqual(['a']);
    expect(facets(entries)).toEqual({ sites: [['alpha site', 1], ['Zeta', 1]], tags: [['x', 2], ['y', 1]] });
  });

  it('adds typed tags without duplicates', () => {
    expect(withTags(['a'], ' b,  c  d , a,, ')).toEqual(['a', 'b', 'c d']);
    expect(withTags([], '   ')).toEqual([]);
  });

  it('treats an entry without tags as untagged', () => {
    const old = { ...entry('o') } as Partial<IndexEntry>;
    delete old.tags;
    expect(passes(old as IndexEntry, { site: '', tag: 'x' })).toBe(false);
  });
});
