/**
 * The phrase tables of the related stage and the patterns built from them. The patterns fold a whole table in one
 * pass (src/related/text.ts), which folds each phrase as `foldText` would only if every phrase is a single line
 * that starts and ends with a letter or digit: these tests hold the tables to that, and check that every phrase is
 * recognised as written, in capitals and without its accents.
 */
import { describe, expect, it } from 'vitest';
import * as rules from '../../src/related/rules';
import type { PhraseTable } from '../../src/related/rules';
import {
  isInlineLabel,
  isNonPostLinkText,
  isPostNavigationText,
  isReadMoreText,
  isRelatedHeading,
  isSponsoredLabel,
  isUnrelatedHeading,
  startsWithInlineLabel,
} from '../../src/related/text';

const TABLES: Record<string, PhraseTable> = {
  RELATED_HEADING_PHRASES: rules.RELATED_HEADING_PHRASES,
  STRICT_HEADING_PHRASES: rules.STRICT_HEADING_PHRASES,
  RELATED_HEADING_PREFIXES: rules.RELATED_HEADING_PREFIXES,
  UNRELATED_HEADING_PHRASES: rules.UNRELATED_HEADING_PHRASES,
  NON_POST_LINK_TEXTS: rules.NON_POST_LINK_TEXTS,
  COUNTER_WORDS: { all: rules.COUNTER_WORDS },
  READ_MORE_TEXTS: rules.READ_MORE_TEXTS,
  POST_NAVIGATION_CAPTIONS: rules.POST_NAVIGATION_CAPTIONS,
  INLINE_LABEL_PHRASES: rules.INLINE_LABEL_PHRASES,
  SPONSORED_LABELS: rules.SPONSORED_LABELS,
};

const phrases = (table: PhraseTable): string[] => Object.values(table).flat();
/** The phrase in capitals and without its accents: what folding must see through. */
const variants = (phrase: string): string[] => [
  phrase,
  phrase.toUpperCase(),
  phrase.normalize('NFD').replace(/\p{M}/gu, ''),
  `  ${phrase.replace(/ /g, '\u00a0 ')} :`,
];

describe('related phrase tables', () => {
  it.each(Object.entries(TABLES))('%s: every phrase is one line, starting and ending with a letter or digit', (_, table) => {
    for (const phrase of phrases(table)) {
      expect(phrase, phrase).toMatch(/^[\p{L}\p{N}](?:[^\n\r\u2028\u2029]*[\p{L}\p{N}])?$/u);
    }
  });

  const cases: [string, PhraseTable, (text: string) => boolean][] = [
    ['RELATED_HEADING_PHRASES', rules.RELATED_HEADING_PHRASES, (text) => isRelatedHeading(text, false)],
    ['STRICT_HEADING_PHRASES', rules.STRICT_HEADING_PHRASES, (text) => isRelatedHeading(text, true)],
    ['RELATED_HEADING_PREFIXES', rules.RELATED_HEADING_PREFIXES, (text) => isRelatedHeading(`${text} Mining News`, false)],
    ['UNRELATED_HEADING_PHRASES', rules.UNRELATED_HEADING_PHRASES, isUnrelatedHeading],
    ['NON_POST_LINK_TEXTS', rules.NON_POST_LINK_TEXTS, isNonPostLinkText],
    ['COUNTER_WORDS', { all: rules.COUNTER_WORDS }, (text) => isNonPostLinkText(`168 ${text}`)],
    ['READ_MORE_TEXTS', rules.READ_MORE_TEXTS, isReadMoreText],
    ['POST_NAVIGATION_CAPTIONS', rules.POST_NAVIGATION_CAPTIONS, (text) => isPostNavigationText(`${text} Counting birds`)],
    ['INLINE_LABEL_PHRASES', rules.INLINE_LABEL_PHRASES, isInlineLabel],
    ['INLINE_LABEL_PHRASES (opening)', rules.INLINE_LABEL_PHRASES, (text) => startsWithInlineLabel(`${text}: Counting birds`)],
    ['SPONSORED_LABELS', rules.SPONSORED_LABELS, isSponsoredLabel],
  ];
  it.each(cases)('%s: every phrase is recognised as written, in capitals and without accents', (_, table, test) => {
    for (const phrase of phrases(table)) {
      for (const text of variants(phrase)) expect(test(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('phrases are matched whole, not as parts of other words', () => {
    expect(isRelatedHeading('Related postscript', false)).toBe(false);
    expect(isRelatedHeading('Unrelated', false)).toBe(false);
    expect(isRelatedHeading('Read more', false)).toBe(false);
    expect(isInlineLabel('Read moreover')).toBe(false);
    expect(startsWithInlineLabel('Readers say')).toBe(false);
  });
});
