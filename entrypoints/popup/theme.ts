/**
 * The popup's theme menu (`#theme`): light, dark, sepia or follow the system.
 * The choice is kept in the display settings (lib/theme.ts), shared with Pith's other pages.
 */
import { t } from '../../lib/i18n';
import { loadTheme, saveTheme } from '../../lib/theme';
import { THEMES, type Theme } from '../../src/storage/settings';
import { byId } from '../../lib/dom';

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

/** Shows the stored theme and keeps the reader's next choice; `say` reports a failure to keep it. */
export async function setupTheme(say: (message: string) => void): Promise<void> {
  const menu = byId<HTMLSelectElement>('theme');
  menu.onchange = async () => {
    if (!isTheme(menu.value)) return;
    const failed = await saveTheme(menu.value);
    if (failed) say(failed);
  };
  menu.value = await loadTheme();
  menu.title = t('popupThemeLabel');
}
