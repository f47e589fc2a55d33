/**
 * The colour theme of Pith's pages: `<html data-theme="system|light|dark|sepia">`,
 * kept in the display settings through the background. The pages' CSS reads
 * the attribute (colours as custom properties, `system` follows the system).
 */
import type { Theme } from '../src/storage/settings';
import { storageFailureText } from './core-texts';
import { send } from './send';

/** Shows the page in `theme`. */
export function applyTheme(theme: Theme, doc: Document = document): void {
  doc.documentElement.dataset.theme = theme;
}

/** Applies the reader's stored theme; answers it (`system` when none could be read). */
export async function loadTheme(doc: Document = document): Promise<Theme> {
  const res = await send({ type: 'ui/get-settings' });
  const theme = res.ok ? res.value.theme : 'system';
  applyTheme(theme, doc);
  return theme;
}

/** Applies `theme` at once and remembers it; answers the failure message (in the UI language) when it could not be kept. */
export async function saveTheme(theme: Theme, doc: Document = document): Promise<string | null> {
  applyTheme(theme, doc);
  const res = await send({ type: 'ui/set-settings', settings: { theme } });
  return res.ok ? null : storageFailureText(res, 'settings');
}
