/**
 * The display settings (src/storage/settings.ts): the theme every Pith page
 * shows, kept as one storage item, and its two requests.
 */
import { describe, expect, it } from 'vitest';
import { isRequest, isWrite } from '../../src/messages';
import { SettingsStore, THEMES, UI_DEFAULTS, UI_SETTINGS_KEY, UI_SETTINGS_VERSION, uiSettingsIn } from '../../src/storage/settings';
import { memoryArea } from './storage-helpers';

describe('display settings', () => {
  it('start from the defaults: the theme follows the system', async () => {
    expect(UI_DEFAULTS.theme).toBe('system');
    expect(await new SettingsStore(memoryArea()).uiSettings()).toEqual({ ok: true, value: UI_DEFAULTS });
  });

  it('remember each theme as one versioned item', async () => {
    const area = memoryArea();
    const store = new SettingsStore(area);
    for (const theme of THEMES) {
      expect(await store.setUiSettings({ theme })).toEqual({ ok: true, value: { ...UI_DEFAULTS, theme } });
      expect(area.data.get(UI_SETTINGS_KEY)).toMatchObject({ v: UI_SETTINGS_VERSION, theme });
      expect((await store.uiSettings()).ok && (await store.uiSettings())).toMatchObject({ value: { theme } });
    }
  });

  it('ignore invalid values, stored or asked for', async () => {
    expect(uiSettingsIn({ theme: 'neon', other: 1 })).toEqual({});
    expect(uiSettingsIn('dark')).toEqual({});
    const store = new SettingsStore(memoryArea({ [UI_SETTINGS_KEY]: { v: 1, theme: 'purple' } }));
    expect(await store.uiSettings()).toEqual({ ok: true, value: UI_DEFAULTS });
    await store.setUiSettings({ theme: 'sepia' });
    expect(await store.setUiSettings({ theme: 'neon' } as never)).toMatchObject({ ok: true, value: { theme: 'sepia' } });
  });

  it('never overwrite settings of a newer Pith', async () => {
    const newer = { v: UI_SETTINGS_VERSION + 1, theme: 'dark', somethingNew: true };
    const area = memoryArea({ [UI_SETTINGS_KEY]: newer });
    const res = await new SettingsStore(area).setUiSettings({ theme: 'light' });
    expect(res.ok).toBe(false);
    expect(area.data.get(UI_SETTINGS_KEY)).toEqual(newer);
  });

  it('are asked for and changed by well-formed requests; the change is a write', () => {
    expect(isRequest({ type: 'ui/get-settings' })).toBe(true);
    const set = { type: 'ui/set-settings', settings: { theme: 'dark' } };
    expect(isRequest(set)).toBe(true);
    expect(isRequest({ type: 'ui/set-settings', settings: 'dark' })).toBe(false);
    expect(isRequest({ type: 'ui/set-settings' })).toBe(false);
    if (isRequest(set)) expect(isWrite(set)).toBe(true);
  });
});
