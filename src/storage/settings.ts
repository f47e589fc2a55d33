/**
 * The reader's settings, kept under one key of the same storage area as the
 * library, with their own version: the sites where Pith unlocks the page
 * every time its popup opens ("Always unlock on <host>").
 *
 * Layout (version 1): `settings` → `{ v: 1, alwaysUnlock: string[] }`, host
 * names in lower case, sorted. No `settings` key means the defaults. Older
 * versions are brought up to date on reading by SETTINGS_MIGRATIONS (in the
 * style of schema.ts); settings written by a newer Pith are read as far as
 * they can be, but never overwritten.
 *
 * The display settings (theme; shared by the popup and Pith's other pages)
 * are a second item: `uiSettings` → `{ v: 1, theme, reader… }`, see {@link UiSettings}.
 */
import { isRecord } from './shape';
import { fail, ok, type Result, type StorageArea } from './types';

/** The version of the settings layout this code writes. */
export const SETTINGS_VERSION = 1;

/** The storage key of the settings. */
export const SETTINGS_KEY = 'settings';

/** Most sites the reader can ask to always unlock. */
export const MAX_UNLOCK_HOSTS = 1000;

/** The settings as used. */
export interface Settings {
  /** Host names (`news.example.org`) where the page is unlocked whenever the popup opens. */
  alwaysUnlock: string[];
}

/** The settings as stored. */
export interface StoredSettings extends Settings {
  v: number;
}

type Item = Record<string, unknown>;

/** Migrations by the version they start from: `SETTINGS_MIGRATIONS[n]` turns version n into n + 1. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (item: Item) => Item>> = {};

/** The reader-facing texts of the settings' failures. */
export const SETTINGS_TEXTS = {
  badHost: 'Pith cannot keep a setting for this page: it has no site name.',
  newer: 'Your settings were saved by a newer version of Pith; update Pith to change them.',
  full: `Pith remembers at most ${MAX_UNLOCK_HOSTS} sites to unlock. Turn some off first.`,
  failed: (detail: string) => `Could not save the setting: ${detail}`,
} as const;

/** A host name as Pith keeps it: lower case, without a trailing dot; null when it is not one. */
export function normalHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  const isName = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(h);
  const isIpv6 = /^\[[0-9a-f:.]+\]$/.test(h);
  return h.length > 0 && h.length <= 253 && (isName || isIpv6) ? h : null;
}

/** Reading the stored settings: what could be read, and whether it may be written back. */
export interface ReadSettings {
  settings: Settings;
  /** False for settings of a newer version, which this Pith must not overwrite. */
  writable: boolean;
}

/** Reads stored settings of any version; anything unreadable gives the defaults. */
export function readSettings(
  raw: unknown,
  migrations: Readonly<Record<number, (item: Item) => Item>> = SETTINGS_MIGRATIONS,
): ReadSettings {
  const defaults: ReadSettings = { settings: { alwaysUnlock: [] }, writable: true };
  if (!isRecord(raw)) return defaults;
  const v = Number(raw.v);
  if (!Number.isInteger(v) || v < 0) return defaults;
  let item: Item = raw;
  for (let step = v; step < SETTINGS_VERSION; step++) {
    const migrate = migrations[step];
    if (!migrate) return defaults;
    item = migrate(item);
  }
  const hosts = Array.isArray(item.alwaysUnlock) ? item.alwaysUnlock : [];
  const alwaysUnlock = hosts.flatMap((h) => {
    const host = typeof h === 'string' ? normalHost(h) : null;
    return host ? [host] : [];
  });
  return { settings: { alwaysUnlock }, writable: v <= SETTINGS_VERSION };
}

/** The stored form of the settings. */
export function storedSettings(settings: Settings): StoredSettings {
  return { v: SETTINGS_VERSION, alwaysUnlock: [...new Set(settings.alwaysUnlock)].sort() };
}

/** The reader's settings in a storage area. Writes must be run one at a time (see queue.ts). */
export class SettingsStore {
  readonly #area: StorageArea;

  constructor(area: StorageArea) {
    this.#area = area;
  }

  /** Whether the page is unlocked whenever the popup opens on `host`. */
  async alwaysUnlock(host: string): Promise<Result<boolean>> {
    const h = normalHost(host);
    if (!h) return fail('error', SETTINGS_TEXTS.badHost);
    try {
      const { settings } = await this.#read();
      return ok(settings.alwaysUnlock.includes(h));
    } catch (error) {
      return fail('error', SETTINGS_TEXTS.failed(errorText(error)));
    }
  }

  /** Turns "always unlock" on or off for `host`; answers the new value. */
  async setAlwaysUnlock(host: string, always: boolean): Promise<Result<boolean>> {
    const h = normalHost(host);
    if (!h) return fail('error', SETTINGS_TEXTS.badHost);
    try {
      const { settings, writable } = await this.#read();
      if (!writable) return fail('error', SETTINGS_TEXTS.newer);
      const others = settings.alwaysUnlock.filter((x) => x !== h);
      if (always && others.length >= MAX_UNLOCK_HOSTS) return fail('full', SETTINGS_TEXTS.full);
      await this.#area.set({ [SETTINGS_KEY]: storedSettings({ alwaysUnlock: always ? [...others, h] : others }) });
      return ok(always);
    } catch (error) {
      return fail('error', SETTINGS_TEXTS.failed(errorText(error)));
    }
  }

  /** The display settings (defaults for what is not stored or not valid). */
  async uiSettings(): Promise<Result<UiSettings>> {
    try {
      return ok({ ...UI_DEFAULTS, ...uiSettingsIn(await this.#readUi()) });
    } catch (error) {
      return fail('error', SETTINGS_TEXTS.failed(errorText(error)));
    }
  }

  /** Changes the display settings given in `patch` (invalid values are ignored); answers all of them. */
  async setUiSettings(patch: Partial<UiSettings>): Promise<Result<UiSettings>> {
    try {
      const stored = await this.#readUi();
      if (isRecord(stored) && Number(stored.v) > UI_SETTINGS_VERSION) return fail('error', SETTINGS_TEXTS.newer);
      const settings: UiSettings = { ...UI_DEFAULTS, ...uiSettingsIn(stored), ...uiSettingsIn(patch) };
      await this.#area.set({ [UI_SETTINGS_KEY]: { v: UI_SETTINGS_VERSION, ...settings } });
      return ok(settings);
    } catch (error) {
      return fail('error', SETTINGS_TEXTS.failed(errorText(error)));
    }
  }

  async #readUi(): Promise<unknown> {
    return (await this.#area.get(UI_SETTINGS_KEY))[UI_SETTINGS_KEY];
  }

  async #read(): Promise<ReadSettings> {
    return readSettings((await this.#area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  }
}

// ---------------------------------------------------------------- display settings

/** The storage key of the display settings (themes; one item for the popup and the extension pages). */
export const UI_SETTINGS_KEY = 'uiSettings';

/** The version of the display settings layout this code writes. */
export const UI_SETTINGS_VERSION = 1;

/** The colour themes of Pith's pages; `system` follows the system's light or dark mode. */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** How Pith's pages look, for every page at once. */
export interface UiSettings {
  theme: Theme;
  /** The reader view's typeface. */
  readerFont: ReaderFont;
  /** The reader view's text size, in CSS pixels. */
  readerFontSize: number;
  /** The reader view's line width, in characters (`ch`). */
  readerLineWidth: number;
  /** The reader view's line height, as a multiple of the text size. */
  readerLineHeight: number;
}

/** The display settings when the reader has chosen nothing. */
export const UI_DEFAULTS: Readonly<UiSettings> = {
  theme: 'system',
  readerFont: 'serif',
  readerFontSize: 19,
  readerLineWidth: 68,
  readerLineHeight: 1.6,
};

/** The reader view's typefaces. */
export const READER_FONTS = ['serif', 'sans'] as const;

/** One of {@link READER_FONTS}. */
export type ReaderFont = (typeof READER_FONTS)[number];

/** The allowed range and step of each numeric reader setting (the reader page's sliders use the same). */
export const READER_RANGES = {
  readerFontSize: { min: 14, max: 30, step: 1 },
  readerLineWidth: { min: 40, max: 100, step: 2 },
  readerLineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

const inRange =
  (name: keyof typeof READER_RANGES) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= READER_RANGES[name].min && v <= READER_RANGES[name].max;

/** A check per display setting: a stored or requested value that fails it is ignored. */
export const UI_SETTING_CHECKS: { readonly [K in keyof UiSettings]: (value: unknown) => value is UiSettings[K] } = {
  theme: (v): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v),
  readerFont: (v): v is ReaderFont => typeof v === 'string' && (READER_FONTS as readonly string[]).includes(v),
  readerFontSize: inRange('readerFontSize'),
  readerLineWidth: inRange('readerLineWidth'),
  readerLineHeight: inRange('readerLineHeight'),
};

/** The valid display settings in `raw` (an object of any shape); the rest is left out. */
export function uiSettingsIn(raw: unknown): Partial<UiSettings> {
  if (!isRecord(raw)) return {};
  const valid: Partial<Record<keyof UiSettings, unknown>> = {};
  for (const [name, check] of Object.entries(UI_SETTING_CHECKS) as [keyof UiSettings, (v: unknown) => boolean][]) {
    if (check(raw[name])) valid[name] = raw[name];
  }
  return valid as Partial<UiSettings>;
}

/** Whether a request's `settings` is an object (unknown or invalid fields are ignored by {@link uiSettingsIn}). */
export const isUiSettingsPatch = (v: unknown): boolean => isRecord(v);

function errorText(error: unknown): string {
  return isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
}
