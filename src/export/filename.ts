import type { Article } from '../types';
import {
  FALLBACK_FILENAME,
  FILENAME_MAX_BYTES,
  FILENAME_MAX_CHARS,
  FILENAME_SEPARATORS,
  LATIN_ACCENTS,
  WINDOWS_RESERVED_NAME,
} from './rules';

const EDGE_HYPHENS = /^-+|-+$/g;

/**
 * A safe filename for an export: a lower-case slug of the title (else the
 * site name, else "article") plus the extension. Letters of every script are
 * kept; accents on Latin letters are dropped; everything else, including
 * filesystem-forbidden characters, becomes a hyphen. At most 80 characters,
 * cut at a hyphen where that keeps most of the title. `suffix` goes before
 * the extension ("-figures").
 *
 * @example exportFilename(article, 'txt') // "kazakhstan-rare-earth-metals-industry-set-to-expand.txt"
 */
export function exportFilename(article: Article, ext: 'txt' | 'md' | 'html' | 'json' | 'csv', suffix = ''): string {
  let stem = slug(article.title) || slug(article.siteName ?? '') || FALLBACK_FILENAME;
  if (WINDOWS_RESERVED_NAME.test(stem)) stem = `${stem}-${FALLBACK_FILENAME}`;
  return `${stem}${suffix}.${ext}`;
}

function slug(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(FILENAME_SEPARATORS, '-')
    .replace(EDGE_HYPHENS, '');
  return truncate(words);
}

/** Cuts a slug to the length limits, at its last hyphen when that is past the middle. */
function truncate(slugText: string): string {
  let cut = '';
  let chars = 0;
  let bytes = 0;
  for (const char of slugText) {
    bytes += utf8Length(char.codePointAt(0) ?? 0);
    if (++chars > FILENAME_MAX_CHARS || bytes > FILENAME_MAX_BYTES) {
      const hyphen = cut.lastIndexOf('-');
      if (hyphen > cut.length / 2) cut = cut.slice(0, hyphen);
      return cut.replace(EDGE_HYPHENS, '');
    }
    cut += char;
  }
  return cut;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
