/**
 * The one check for "a plain object" that every shape check builds on. Its
 * own module, so that the injected script (src/header reads JSON-LD) does not
 * pull in the storage shape checks to get it.
 */

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
