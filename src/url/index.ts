/** URL cleaning shared by saved-page ids and related-post links. */
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './rules';

/** Whether a query parameter only tracks the visit or the click (utm_*, fbclid, ref…). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The names of `url`'s query parameters, in order. Spreads the URLSearchParams itself: in a Firefox
 * content script the iterator from `searchParams.keys()` comes through an Xray wrapper and is not iterable.
 */
export function paramNames(url: URL): string[] {
  return [...url.searchParams].map(([name]) => name);
}

/** A copy of `url` without its fragment and tracking parameters; the other parameters keep their order. */
export function withoutTracking(url: URL): URL {
  const clean = new URL(url.href);
  clean.hash = '';
  const tracking = paramNames(clean).filter(isTrackingParam);
  for (const name of tracking) clean.searchParams.delete(name);
  if (tracking.length && !paramNames(clean).length) clean.search = '';
  return clean;
}

/**
 * The URL that identifies a page: without the fragment and tracking
 * parameters, the remaining parameters in a fixed order. A string that is not
 * a URL is returned trimmed.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  const clean = withoutTracking(parsed);
  clean.searchParams.sort();
  return clean.href;
}
