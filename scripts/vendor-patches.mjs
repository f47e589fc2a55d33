// Build-time patches to the two libraries that run on page content, so that no
// bundle assigns HTML through innerHTML (addons.mozilla.org's linter flags every
// such assignment, and Mozilla's advice is to build nodes instead).
// Each patch replaces an exact line of a pinned version and fails the build when
// that line is not found, so a version bump cannot silently drop a patch.
// Used by wxt.config.ts (the extension), vitest.config.ts (tests run the patched
// code) and scripts/build-cli.mjs and bench/build.mjs (Node bundles).

/** The patches: which file, what it says, what it says instead, and why. */
export const VENDOR_PATCHES = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCacheHtml = page.cloneNode(true);',
    why: 'Keep a copy of the page to retry from as nodes, not as HTML to parse again.',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'page.innerHTML = pageCacheHtml;',
    replace: 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);',
    why: 'Restore the page from that copy (the same nodes innerHTML would have parsed).',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace: 'tmp.replaceChildren(...noscript.cloneNode(true).childNodes);',
    why: 'Reached only when the <noscript> holds one image as an element (_isSingleImage): copy that element.',
  },
  {
    file: /dompurify[\\/]dist[\\/]purify\.(?:es\.mjs|cjs\.js)$/,
    find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    replace: '/* Pith: no innerHTML fallback; DOMParser handles the HTML namespace, the only one Pith uses */',
    why: 'The fallback for non-HTML namespaces, which Pith never configures; without it such input sanitises to nothing.',
  },
];

/** Applies the patches that match `id` to `code`; throws when a patch's line is missing. */
export function applyVendorPatches(code, id) {
  let out = code;
  for (const patch of VENDOR_PATCHES) {
    if (!patch.file.test(id)) continue;
    if (!out.includes(patch.find)) {
      throw new Error(`vendor patch failed: "${patch.find}" is not in ${id} (was the library upgraded?)`);
    }
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

/** The patches as a Vite plugin. */
export function vendorPatches() {
  return {
    name: 'pith-vendor-patches',
    enforce: 'pre',
    transform(code, id) {
      const clean = id.split('?')[0];
      if (!VENDOR_PATCHES.some((p) => p.file.test(clean))) return null;
      return { code: applyVendorPatches(code, clean), map: null };
    },
  };
}
