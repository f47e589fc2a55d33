import type { ElementMarker } from './rules';
import { hasWord } from './text';

/** Whether `el` matches `marker` (see `ElementMarker`). */
export function matchesMarker(el: Element, marker: ElementMarker): boolean {
  if (marker.tags?.includes(el.localName)) return true;
  if (marker.itemprops && hasWord(el.getAttribute('itemprop'), marker.itemprops)) return true;
  if (marker.rels && hasWord(el.getAttribute('rel'), marker.rels)) return true;
  const fragments = marker.classFragments;
  const classes = fragments && el.getAttribute('class')?.toLowerCase();
  return !!fragments && !!classes && fragments.some((fragment) => classes.includes(fragment));
}
