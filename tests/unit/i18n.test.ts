/**
 * The UI languages: every language has exactly the English keys of each area
 * file (plural texts: exactly the categories Intl.PluralRules gives for the
 * language), the same placeholders, every key the pages use exists, the
 * texts of src/ shown in the UI keep their English, and no page holds a text
 * of its own (HTML text without data-i18n, string literals set as UI text).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FAILURE_KEYS, REMOVAL_HEADING_KEYS, REMOVAL_LABEL_KEYS, STORAGE_FAILURE_KEYS, failureText, removalLines } from '../../lib/core-texts';
import { formatDate, localize, t, tn } from '../../lib/i18n';
import { POPUP_SHORTCUTS } from '../../entrypoints/popup/shortcuts';
import { FAILURE_MESSAGES } from '../../src/pipeline/failures';
import { describeRemovals, REPORT_HEADINGS } from '../../src/pipeline/report';
import type { Removal } from '../../src/types';
import { languages, mergedMessages } from '../../locales/merge.mjs';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = path.join(ROOT, 'locales');

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

const read = (lang: string, file: string): Messages => JSON.parse(readFileSync(path.join(LOCALES, lang, file), 'utf8'));
const areaFiles = (lang: string) => readdirSync(path.join(LOCALES, lang)).filter((f) => f.endsWith('.json')).sort();

/** A key without its plural category (`popupMinutes_few` → `popupMinutes`), and the category. */
function split(key: string): { base: string; category: string | null } {
  const at = key.lastIndexOf('_');
  const category = key.slice(at + 1);
  return at > 0 && CATEGORIES.has(category) ? { base: key.slice(0, at), category } : { base: key, category: null };
}

/** Plain keys, and plural families with the categories present. */
function shape(messages: Messages): { plain: string[]; plurals: Map<string, string[]> } {
  const plain: string[] = [];
  const plurals = new Map<string, string[]>();
  for (const key of Object.keys(messages)) {
    const { base, category } = split(key);
    if (category) plurals.set(base, [...(plurals.get(base) ?? []), category].sort());
    else plain.push(key);
  }
  return { plain: plain.sort(), plurals };
}

const pluralCategories = (lang: string) => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/** The placeholders of a text: `$1`…`$9` and named `$name$` (`$$` is a dollar sign). */
function placeholders(text: string): string[] {
  return [...new Set(text.replaceAll('$$', '').match(/\$(?:\d|[A-Za-z_]\w*\$)/g) ?? [])].sort();
}

const OTHER_LANGUAGES = languages(LOCALES).filter((lang: string) => lang !== 'en');

describe('locale files', () => {
  it('ship English and at least German, French, Spanish and Russian', () => {
    expect(languages(LOCALES)).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'ru']));
  });

  it('have valid keys and dollar signs, and merge without a key defined twice', () => {
    for (const lang of languages(LOCALES)) {
      const merged = mergedMessages(lang, LOCALES) as Messages;
      for (const [key, { message }] of Object.entries(merged)) {
        expect(key, `${lang}: key`).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
        expect(typeof message, `${lang}/${key}`).toBe('string');
        expect(message.trim(), `${lang}/${key} is empty`).not.toBe('');
        // A lone "$" would be read as a placeholder by the browser: "$$" writes one.
        expect(message.replace(/\$\$|\$\d|\$[A-Za-z_]\w*\$/g, ''), `${lang}/${key}: stray $`).not.toContain('$');
      }
    }
  });

  it('English plural texts have the English categories', () => {
    for (const file of areaFiles('en')) {
      for (const [base, categories] of shape(read('en', file)).plurals) {
        expect(categories, `en/${file}: ${base}`).toEqual(pluralCategories('en'));
      }
    }
  });

  for (const lang of OTHER_LANGUAGES) {
    describe(lang, () => {
      it('has every English area file and no other', () => {
        expect(areaFiles(lang)).toEqual(areaFiles('en'));
      });

      it('has exactly the English keys; plural texts with the categories of the language', () => {
        for (const file of areaFiles('en')) {
          const en = shape(read('en', file));
          const other = shape(read(lang, file));
          expect(other.plain, `${lang}/${file}`).toEqual(en.plain);
          expect([...other.plurals.keys()].sort(), `${lang}/${file} plurals`).toEqual([...en.plurals.keys()].sort());
          for (const [base, categories] of other.plurals) {
            expect(categories, `${lang}/${file}: ${base}`).toEqual(pluralCategories(lang));
          }
        }
      });

      it('keeps the placeholders of each English text', () => {
        for (const file of areaFiles('en')) {
          const en = read('en', file);
          for (const [key, { message }] of Object.entries(read(lang, file))) {
            const { base, category } = split(key);
            const english = en[key] ?? (category ? en[`${base}_other`] : undefined);
            expect(english, `${lang}/${file}: ${key} has no English`).toBeDefined();
            expect(placeholders(message), `${lang}/${file}: ${key}`).toEqual(placeholders(english?.message ?? ''));
            expect(Object.keys(en[key]?.placeholders ?? {}).sort(), `${lang}/${file}: ${key} named`).toEqual(
              Object.keys(read(lang, file)[key]?.placeholders ?? {}).sort(),
            );
          }
        }
      });
    });
  }
});

// ---------------------------------------------------------------- keys the code uses

/** Files under `dir` (recursively) whose names end with one of `exts`. */
function files(dir: string, exts: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, exts);
    return exts.some((ext) => name.endsWith(ext)) ? [full] : [];
  });
}

const UI_CODE = [...files(path.join(ROOT, 'entrypoints'), ['.ts']), ...files(path.join(ROOT, 'lib'), ['.ts'])];
const UI_HTML = files(path.join(ROOT, 'entrypoints'), ['.html']);
const ENGLISH = mergedMessages('en', LOCALES) as Messages;
const hasKey = (key: string) => Object.hasOwn(ENGLISH, key);
const hasPlural = (key: string) => pluralCategories('en').every((c) => hasKey(`${key}_${c}`));

describe('keys used by the pages', () => {
  it("every t('…') and tn('…') literal in entrypoints/ and lib/ exists in English", () => {
    let count = 0;
    for (const file of UI_CODE) {
      const code = readFileSync(file, 'utf8');
      for (const [, fn, key] of code.matchAll(/\b(tn?)\(\s*'([^']+)'/g)) {
        count++;
        if (fn === 'tn') expect(hasPlural(key ?? ''), `${path.relative(ROOT, file)}: tn('${key}')`).toBe(true);
        else expect(hasKey(key ?? '') || key?.startsWith('@@'), `${path.relative(ROOT, file)}: t('${key}')`).toBe(true);
      }
      // t(cond ? 'a' : 'b')
      for (const [, a, b] of code.matchAll(/\bt\(\s*[^'(),]+\?\s*'([^']+)'\s*:\s*'([^']+)'/g)) {
        for (const key of [a, b]) expect(hasKey(key ?? ''), `${path.relative(ROOT, file)}: t('${key}')`).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('every data-i18n key in the pages exists in English', () => {
    for (const file of UI_HTML) {
      const html = readFileSync(file, 'utf8');
      for (const [, key] of html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)) {
        expect(hasKey(key ?? ''), `${path.relative(ROOT, file)}: ${key}`).toBe(true);
      }
    }
  });

  it('the key tables point at English texts', () => {
    const keys = [
      ...Object.values(FAILURE_KEYS),
      ...Object.values(REMOVAL_HEADING_KEYS),
      ...Object.values(STORAGE_FAILURE_KEYS).flatMap((byCode) => Object.values(byCode)),
      ...POPUP_SHORTCUTS.map((s) => s.text),
    ];
    for (const key of keys) expect(hasKey(key), key).toBe(true);
    for (const byLabel of Object.values(REMOVAL_LABEL_KEYS)) {
      for (const key of Object.values(byLabel)) expect(hasKey(key) || hasPlural(key), key).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- texts of src/ in the UI

describe('texts of src/ shown in the UI', () => {
  it('failure reasons read in English as src/ says them', () => {
    for (const [reason, message] of Object.entries(FAILURE_MESSAGES)) {
      expect(failureText(reason as keyof typeof FAILURE_MESSAGES)).toBe(message);
    }
  });

  it('every stage heading of the removals report has a key', () => {
    expect(Object.keys(REMOVAL_HEADING_KEYS).sort()).toEqual(Object.keys(REPORT_HEADINGS).sort());
  });

  it('the removals report reads in English as describeRemovals says it, for every label, one and several', () => {
    for (const count of [1, 3]) {
      const removals: Removal[] = Object.entries(REMOVAL_LABEL_KEYS).flatMap(([stage, byLabel]) =>
        Object.keys(byLabel).map((what) => ({ stage, what, count })),
      );
      expect(removals.length).toBeGreaterThan(20);
      expect(removalLines(removals)).toEqual(describeRemovals(removals));
    }
    const unknown: Removal[] = [{ stage: 'later-stage', what: 'new thing', count: 2 }];
    expect(removalLines(unknown)).toEqual(describeRemovals(unknown));
  });
});

// ---------------------------------------------------------------- no text of their own

const LETTER = /\p{L}/u;

/** Elements of an HTML page that show a text not taken from the locale files. */
function untranslatedHtml(html: string): string[] {
  const doc = new JSDOM(html).window.document;
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const ownText = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('');
    if (LETTER.test(ownText) && !el.hasAttribute('data-i18n')) found.push(`<${el.localName}> "${ownText.trim()}"`);
    for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = el.getAttribute(attribute);
      if (value && LETTER.test(value) && !el.hasAttribute(`data-i18n-${attribute}`)) found.push(`<${el.localName} ${attribute}="${value}">`);
    }
  }
  return found;
}

/** A string or template literal: its quote and its text (one line). */
const LITERAL = "(['\"`])((?:(?!\\1).)*)\\1";

/** Where page code sets a literal as a text the reader sees; group 2 is the literal's text. */
const UI_TEXT_LITERALS = [
  // el.textContent = 'Saved' / el.title = `…` / el.ariaLabel = …
  String.raw`\.(?:textContent|innerText|title|ariaLabel|placeholder|alt)\s*=\s*`,
  // setAttribute('aria-label', 'Delete')
  String.raw`setAttribute\(\s*'(?:aria-label|title|placeholder|alt|aria-description)'\s*,\s*`,
  // h('button', { title: 'Show' }) / { 'aria-label': `Delete ${x}` }
  String.raw`(?:\btitle|'aria-label'|\bplaceholder|\balt)\s*:\s*`,
  // h('button', { … }, 'Open') — a text child
  String.raw`\bh\(\s*'[a-z0-9]+'\s*,\s*\{[^{}]*\}\s*,\s*`,
  // say('Copied') / say(`Exported ${x}`)
  String.raw`\bsay\(\s*`,
].map((prefix) => new RegExp(prefix + LITERAL, 'gu'));

/** Lines of page code that set a literal with a letter (outside `${…}`) as UI text. */
function untranslatedCode(code: string): string[] {
  return code.split('\n').filter(
    (line) =>
      !/^\s*(?:\/\/|\*|\/\*)/.test(line) &&
      UI_TEXT_LITERALS.some((re) => [...line.matchAll(re)].some((m) => LETTER.test((m[2] ?? '').replace(/\$\{[^}]*\}/g, '')))),
  );
}

describe('no hard-coded UI text', () => {
  it('the checks find texts of their own', () => {
    expect(untranslatedHtml('<p>Hello</p><p data-i18n="x">Hi</p><span> · </span><button aria-label="Close" data-i18n="y">x</button>')).toEqual([
      '<p> "Hello"',
      '<button aria-label="Close">',
    ]);
    expect(
      untranslatedCode(
        [
          "button.textContent = 'Saved';",
          "button.textContent = t('popupSaved');",
          "h('button', { type: 'button', 'aria-label': `Delete ${x}` }, t('popupDelete'))",
          "h('button', { type: 'button', class: 'open' }, 'Open')",
          "say(`Exported .${format}`);",
          "el.setAttribute('aria-label', 'Views');",
          "h('span', { class: 'sep' }, ' · ')",
          "h('span', { class: 'm' }, ` ${f.measures}`)",
        ].join('\n'),
      ),
    ).toHaveLength(5);
  });

  it('no HTML page shows a text without data-i18n', () => {
    expect(UI_HTML.length).toBeGreaterThan(0);
    for (const file of UI_HTML) expect(untranslatedHtml(readFileSync(file, 'utf8')), path.relative(ROOT, file)).toEqual([]);
  });

  it('no page code sets a string literal as UI text', () => {
    for (const file of UI_CODE) expect(untranslatedCode(readFileSync(file, 'utf8')), path.relative(ROOT, file)).toEqual([]);
  });
});

// ---------------------------------------------------------------- lib/i18n

describe('lib/i18n', () => {
  it('falls back to English with substitutions where the browser has no text', () => {
    expect(t('popupDeleteNamed', 'A “quoted” title')).toBe('Delete “A “quoted” title”');
    expect(tn('popupReadingTime', 4)).toBe('4 min read');
    expect(tn('popupSavedRelated', 1)).toBe('Saved 1 related post for later');
    expect(tn('popupSavedRelated', 3)).toBe('Saved 3 related posts for later');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('formats dates, leaving out missing ones and keeping unreadable ones', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate('2024-05-02T09:00:00Z')).toMatch(/2024/);
  });

  it('localize() fills texts and attributes from data-i18n and sets the page language', () => {
    const doc = new JSDOM(
      '<html><body><button data-i18n="popupSave" data-i18n-title="popupSaveTitle">x</button><nav data-i18n-aria-label="popupViewsLabel"></nav></body></html>',
    ).window.document;
    localize(doc);
    const button = doc.querySelector('button');
    expect(button?.textContent).toBe('Save');
    expect(button?.title).toBe('Keep this article in your library, readable offline');
    expect(doc.querySelector('nav')?.getAttribute('aria-label')).toBe('Views');
    expect(doc.documentElement.lang).toBeTruthy();
    expect(doc.documentElement.dir).toBe('ltr');
  });
});
