/**
 * UI texts through the extension i18n system. Texts live in
 * `locales/<lang>/<area>.json` (merged into `_locales` at build time, see
 * locales/merge.mjs); pages call `t(key)` and never hold a text of their own.
 *
 * Plurals: chrome.i18n has none, so a plural text has one key per CLDR
 * category (`savedCount_one`, `savedCount_other`, …) and `tn` picks one with
 * Intl.PluralRules. Numbers and dates are formatted with Intl in the UI
 * language.
 */
import { browser } from 'wxt/browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

// English, bundled: the fallback where the browser has no i18n (unit tests) or a key is missing.
const ENGLISH: Messages = Object.assign(
  {},
  ...Object.values(import.meta.glob<Messages>('../locales/en/*.json', { eager: true, import: 'default' })),
);

/** Substitutions for `$1`…`$9` in a text. */
export type Substitutions = string | number | readonly (string | number)[];

function list(subs: Substitutions | undefined): string[] {
  if (subs === undefined) return [];
  return (Array.isArray(subs) ? subs : [subs]).map(String);
}

function fromEnglish(key: string, subs: string[]): string {
  const entry = ENGLISH[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replaceAll('$$', '$');
}

/** The text for `key` in the reader's language. */
export function t(key: string, subs?: Substitutions): string {
  const values = list(subs);
  let text = '';
  try {
    // The browser's typing lists only the predefined keys; Pith's own keys are checked by tests/unit/i18n.test.ts.
    text = browser.i18n?.getMessage(key as '@@ui_locale', values) ?? '';
  } catch {
    // No i18n here (unit tests): English below.
  }
  return text || fromEnglish(key, values);
}

/** The language the browser's UI is in (BCP 47). */
export function uiLanguage(): string {
  try {
    return browser.i18n?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

let plurals: Intl.PluralRules | undefined;

// Formatters are costly to create (a list of thousands of rows formats a date each): one per set of options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, options: object | undefined, make: () => F): F {
  const key = JSON.stringify(options ?? {});
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** The plural text for `count` (`key_one`, `key_few`, `key_many`, `key_other`…), with `count` formatted as `$1`. */
export function tn(key: string, count: number, subs: readonly (string | number)[] = []): string {
  plurals ??= new Intl.PluralRules(uiLanguage());
  const category = plurals.select(count);
  const shown = formatNumber(count);
  const specific = t(`${key}_${category}`, [shown, ...subs]);
  return specific !== `${key}_${category}` ? specific : t(`${key}_other`, [shown, ...subs]);
}

/** A number in the UI language. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormats, options, () => new Intl.NumberFormat(uiLanguage(), options)).format(n);
}

/** A date in the UI language ("27 Nov 2026"); '' for none, the text as given when it is not a date. */
export function formatDate(
  iso: string | null | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : cached(dateFormats, options, () => new Intl.DateTimeFormat(uiLanguage(), options)).format(date);
}

/** Attributes a page's HTML translates: `data-i18n-title="key"` sets `title`, and so on. */
export const LOCALIZED_ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'] as const;

/**
 * Puts the texts of a page's HTML in the reader's language: an element with
 * `data-i18n="key"` gets `t(key)` as its text, `data-i18n-<attribute>="key"`
 * sets that attribute ({@link LOCALIZED_ATTRIBUTES}); `<html>` gets the UI
 * language and direction. Pages call it once at startup.
 */
export function localize(doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
  const dir = t('@@bidi_dir');
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const attribute of LOCALIZED_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(`[data-i18n-${attribute}]`)) {
      el.setAttribute(attribute, t(el.getAttribute(`data-i18n-${attribute}`) ?? ''));
    }
  }
}
