/**
 * The reader view's theme and typography: applied as `data-theme` /
 * `data-font` and CSS custom properties on :root, changed from the toolbar
 * and remembered in the display settings (through the background).
 */
import { t } from '../../lib/i18n';
import { send } from '../../lib/send';
import { applyTheme } from '../../lib/theme';
import { READER_RANGES, UI_DEFAULTS, uiSettingsIn, type UiSettings } from '../../src/storage/settings';
import { byId } from '../../lib/dom';

/** The slider of each numeric setting, and the CSS property it sets. */
const SLIDERS = [
  { id: 'font-size', name: 'readerFontSize', css: '--font-size', unit: 'px' },
  { id: 'line-width', name: 'readerLineWidth', css: '--line-width', unit: 'ch' },
  { id: 'line-height', name: 'readerLineHeight', css: '--line-height', unit: '' },
] as const;

/** Pause after the last change before saving, in milliseconds. */
const SAVE_DELAY_MS = 300;

/** Shows the page with these settings. */
export function applySettings(s: UiSettings, doc: Document = document): void {
  applyTheme(s.theme, doc);
  const root = doc.documentElement;
  root.dataset.font = s.readerFont;
  for (const { name, css, unit } of SLIDERS) root.style.setProperty(css, `${s[name]}${unit}`);
}

/** Loads the stored settings into the page and its controls, and saves the reader's changes. */
export async function setupSettings(say: (message: string) => void): Promise<void> {
  const res = await send({ type: 'ui/get-settings' });
  let current: UiSettings = { ...UI_DEFAULTS, ...(res.ok ? uiSettingsIn(res.value) : {}) };
  applySettings(current);
  const theme = byId<HTMLSelectElement>('theme');
  const font = byId<HTMLSelectElement>('font');
  theme.value = current.theme;
  font.value = current.readerFont;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const change = (patch: Partial<UiSettings>) => {
    current = { ...current, ...uiSettingsIn(patch) };
    applySettings(current);
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const saved = await send({ type: 'ui/set-settings', settings: current });
      if (!saved.ok) say(t('readerSettingSaveFailed', saved.message));
    }, SAVE_DELAY_MS);
  };
  theme.onchange = () => change({ theme: theme.value as UiSettings['theme'] });
  font.onchange = () => change({ readerFont: font.value as UiSettings['readerFont'] });
  for (const { id, name } of SLIDERS) {
    const slider = byId<HTMLInputElement>(id);
    const range = READER_RANGES[name];
    Object.assign(slider, { min: String(range.min), max: String(range.max), step: String(range.step), value: String(current[name]) });
    slider.oninput = () => change({ [name]: Number(slider.value) });
  }
}
