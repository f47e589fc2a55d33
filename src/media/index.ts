/**
 * The lazy-images stage: puts each image's real address in its `src` before
 * Readability runs. Lazy-loading pages ship a placeholder (a 1×1 GIF, an empty
 * SVG, "blank.gif") and keep the real URL in `data-src`, a `data-srcset`, a
 * `<picture>`'s `<source data-srcset>` or a `<noscript>` copy. Readability
 * fixes some of these, only when the image's class says "lazy" and (for
 * `<noscript>`) only where the page was parsed with scripting off; the
 * sanitiser then keeps `src` alone. Only images whose `src` is missing or a
 * placeholder (or whose class says "lazy") are changed.
 */
import {
  LAZY_CLASS,
  LAZY_SRC_ATTRS,
  LAZY_SRCSET_ATTRS,
  NOSCRIPT_IMG_SRC,
  PLACEHOLDER_FILE,
  SRCSET_CANDIDATE,
} from './rules';

/** Whether `src` is no image to show: missing, a data: URL, or a placeholder file. */
export function isPlaceholder(src: string | null): boolean {
  const value = src?.trim() ?? '';
  return value === '' || /^data:/i.test(value) || PLACEHOLDER_FILE.test(value);
}

function usable(url: string | null | undefined): string | null {
  const value = url?.trim();
  return value && !isPlaceholder(value) ? value : null;
}

/** The largest candidate of a srcset (by width or density; the last one when none says). */
export function largestInSrcset(srcset: string | null): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of (srcset ?? '').split(/,\s+/)) {
    const match = SRCSET_CANDIDATE.exec(part);
    if (!match?.[1]) continue;
    const size = match[2] ? Number(match[2]) : 0;
    if (size >= bestSize && usable(match[1])) {
      best = match[1];
      bestSize = size;
    }
  }
  return best;
}

/** The real URL a `<picture>`'s sources give: the first source without a media query. */
function fromPicture(img: Element): string | null {
  const picture = img.parentElement;
  if (picture?.localName !== 'picture') return null;
  for (const source of picture.querySelectorAll('source:not([media])')) {
    for (const attr of LAZY_SRCSET_ATTRS) {
      const url = largestInSrcset(source.getAttribute(attr));
      if (url) return url;
    }
  }
  return null;
}

/** The image in a `<noscript>` right after the image (parsed, or as text where scripting was on). */
function fromNoscript(img: Element): string | null {
  const next = (img.parentElement?.localName === 'picture' ? img.parentElement : img).nextElementSibling;
  if (next?.localName !== 'noscript') return null;
  const parsed = next.querySelector('img')?.getAttribute('src');
  return usable(parsed ?? NOSCRIPT_IMG_SRC.exec(next.textContent ?? '')?.[1]);
}

/** The image's real URL, from its lazy-loading attributes, its `<picture>` or its `<noscript>` copy. */
function realSource(img: Element): string | null {
  for (const attr of LAZY_SRC_ATTRS) {
    const url = usable(img.getAttribute(attr));
    if (url) return url;
  }
  for (const attr of LAZY_SRCSET_ATTRS) {
    const url = largestInSrcset(img.getAttribute(attr));
    if (url) return url;
  }
  return fromPicture(img) ?? fromNoscript(img);
}

/**
 * Gives every lazy-loaded image of `doc` its real address in `src`. Returns
 * how many images it changed. Looks at images only.
 */
export function fixLazyImages(doc: Document): number {
  let fixed = 0;
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    const src = img.getAttribute('src');
    if (!isPlaceholder(src) && !LAZY_CLASS.test(img.getAttribute('class') ?? '')) continue;
    const real = realSource(img);
    if (!real || real === src) continue;
    img.setAttribute('src', real);
    fixed++;
  }
  return fixed;
}
