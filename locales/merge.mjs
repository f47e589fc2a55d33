/**
 * Pith's UI texts live in `locales/<lang>/<area>.json` (one file per page or
 * area, in the extension i18n "messages.json" format), so each part of the UI
 * owns its file. The build merges each language's files into the
 * `_locales/<lang>/messages.json` that browsers read; a key defined twice in
 * one language fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder holding one subfolder per language. */
export const LOCALES_DIR = new URL('.', import.meta.url).pathname;

/** The languages Pith ships, from the folders present. */
export function languages(dir = LOCALES_DIR) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** One language's messages, merged from its area files. Throws on a key defined twice. */
export function mergedMessages(lang, dir = LOCALES_DIR) {
  const merged = {};
  const owner = {};
  for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
    for (const [key, value] of Object.entries(messages)) {
      if (Object.hasOwn(merged, key)) throw new Error(`locales/${lang}: "${key}" is in both ${owner[key]} and ${file}`);
      merged[key] = value;
      owner[key] = file;
    }
  }
  return merged;
}

/** The generated `_locales/<lang>/messages.json` files, as WXT public files. */
export function localeFiles(dir = LOCALES_DIR) {
  return languages(dir).map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: `${JSON.stringify(mergedMessages(lang, dir), null, 2)}\n`,
  }));
}
