import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './rules';

const TRACKING = new Set(TRACKING_PARAMS);

/** Resolves `href` against `base`; null when it is not a valid URL. */
export function resolveUrl(href: string | null | undefined, base: string | undefined): URL | null {
  const trimmed = (href ?? '').trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base);
  } catch {
    return null;
  }
}

/** Whether a query parameter only tracks the click (utm_*, fbclid, ref…). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** A copy of `url` without its hash and tracking parameters. */
export function cleanUrl(url: URL): URL {
  const clean = new URL(url.href);
  clean.hash = '';
  const tracking = [...clean.searchParams.keys()].filter(isTrackingParam);
  for (const name of tracking) clean.searchParams.delete(name);
  if (tracking.length && ![...clean.searchParams.keys()].length) clean.search = '';
  return clean;
}

/**
 * The identity of a cleaned URL, for comparing and merging: scheme-less,
 * without a trailing slash ("https://a.com/x/" and "http://a.com/x" are one post).
 */
export function urlKey(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
