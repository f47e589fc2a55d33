import { ISO_DATE_PREFIX, MONTH_NAME_DATE, YAML_UNSAFE } from './rules';

const WHITESPACE = /\s+/g;

/** A value on one line: whitespace runs (newlines included) become one space, trimmed. */
export function oneLine(value: string): string {
  return value.replace(WHITESPACE, ' ').trim();
}

/**
 * A date as YYYY-MM-DD: the date part of an ISO 8601 string as written (the
 * publisher's own day, whatever its time zone), else the local date of a
 * date written with a month name, else the value as given.
 */
export function formatDate(value: string): string {
  const trimmed = value.trim();
  const iso = ISO_DATE_PREFIX.exec(trimmed);
  if (iso?.[1]) return iso[1];
  const time = MONTH_NAME_DATE.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(time)) return trimmed;
  const date = new Date(time);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A YAML double-quoted scalar. JSON strings are YAML 1.2 double-quoted
 * scalars; the few characters YAML does not accept raw are escaped too.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    YAML_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
