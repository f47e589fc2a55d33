/**
 * Numbers as the page writes them: the convention of a language, the regex
 * source of a number in it, and exact parsing with a power of ten applied.
 */
import { NUMBER_CONVENTIONS, type NumberConvention } from './rules';
import { literal } from './aliases';

const MINUS = /[−-]/;
/** Spaces every convention groups thousands with. */
const SPACES = ['\u00A0', '\u202F', '\u2009'];

/**
 * The number convention of a language tag ("de-CH" → 1'234.5, "fr" →
 * 1 234,5): the full tag first, then its primary subtag, else English style.
 */
export function conventionFor(lang: string | null | undefined): NumberConvention {
  const tag = (lang ?? '').toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0] ?? '';
  const byLang = (code: string) => NUMBER_CONVENTIONS.find((c) => c.langs?.includes(code));
  const fallback = NUMBER_CONVENTIONS.find((c) => !c.langs) ?? { group: [','], decimal: '.' };
  return byLang(tag) ?? byLang(primary) ?? (primary && primary !== 'en' ? platformConvention(tag) : undefined) ?? fallback;
}

const platformConventions = new Map<string, NumberConvention | undefined>();

/**
 * The convention the platform's `Intl.NumberFormat` uses for a language
 * the table does not list ("1.234,5" for Indonesian), with the spaces
 * every convention groups with; undefined for an unknown tag.
 */
function platformConvention(tag: string): NumberConvention | undefined {
  if (platformConventions.has(tag)) return platformConventions.get(tag);
  let convention: NumberConvention | undefined;
  try {
    const parts = new Intl.NumberFormat(tag).formatToParts(1234.5);
    const group = parts.find((p) => p.type === 'group')?.value;
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    const latin = parts.every((p) => p.type !== 'integer' || /^\d+$/.test(p.value));
    if (group && decimal && latin && group !== decimal) convention = { group: [...new Set([group, ...SPACES])], decimal };
  } catch {
    convention = undefined;
  }
  platformConventions.set(tag, convention);
  return convention;
}

/**
 * A regex source for a signed number in a convention: thousands grouped in
 * threes with one of its separators, or not grouped; an optional decimal
 * part; not followed by more digits ("1,23" in English is no number).
 */
export function numberSource(convention: NumberConvention): string {
  const marks = convention.decimalAlt === undefined ? literal(convention.decimal) : `[${literal(convention.decimal)}${literal(convention.decimalAlt)}]`;
  const decimal = `(?:${marks}\\d+)?`;
  const grouped = convention.group.map((g) => `\\d{1,3}(?:${literal(g)}\\d{3})+`).join('|');
  return `[+\\-−]?(?:(?:${grouped})${decimal}|\\d+${decimal})(?!\\d|[.,]\\d)`;
}

/** A matched number as JavaScript writes it ("1 234,5" → "1234.5", "−3" → "-3"). */
export function normaliseNumber(text: string, convention: NumberConvention): string {
  let out = '';
  for (const char of text) {
    if (convention.group.includes(char) || char === '+') continue;
    if (char === convention.decimal || char === convention.decimalAlt) out += '.';
    else out += MINUS.test(char) ? '-' : char;
  }
  return out;
}

/** A normalised number times 10^pow, without binary rounding noise (1.2 × 10^6 → 1200000). */
export function scaled(normalised: string, pow: number): number {
  return Number(`${normalised}e${pow}`);
}
