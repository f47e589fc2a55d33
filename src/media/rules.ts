/**
 * Data tables for the lazy-images stage (src/media): where lazy-loading
 * scripts keep an image's real address until it scrolls into view, and what a
 * placeholder looks like. Readability copies some of these itself (only on
 * images whose class says "lazy"), and the sanitiser keeps `src` alone (it
 * drops `srcset` and `<source>`), so the real address must end up in `src`.
 */

/** Attributes holding the real image URL, most specific first. */
export const LAZY_SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
] as const;

/** Attributes holding a srcset ("url 800w, url 1600w"), most specific first; `srcset` itself last. */
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'] as const;

/** A class that says a script will swap the image in (lazysizes' "lazyload", "lazy", "js-lazy"…). */
export const LAZY_CLASS = /(?:^|[\s_-])lazy/i;

/**
 * A file that is only there to be replaced: a blank, spacer, 1×1 or loading
 * image ("blank.gif", "lazy_placeholder.gif", "spacer.png", "1x1.png").
 */
export const PLACEHOLDER_FILE =
  /(?:^|[/_.-])(?:blank|placeholder|lazy[-_]?placeholder|spacer|transparent|pixel|empty|loading|loader|grey|gray|1x1)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

/** The `src` of the first `<img>` in the text of a `<noscript>` (where scripting is on, its content is text). */
export const NOSCRIPT_IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/i;

/** One srcset candidate: its URL and its width ("800w") or density ("2x"). */
export const SRCSET_CANDIDATE = /^\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)[wx])?\s*$/;
