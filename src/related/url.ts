import { withoutTracking } from '../url';

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

/** A copy of `url` without its hash and tracking parameters. */
export const cleanUrl = withoutTracking;

/**
 * The identity of a cleaned URL, for comparing and merging: scheme-less,
 * without a trailing slash ("https://a.com/x/" and "http://a.com/x" are one post).
 */
export function urlKey(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
