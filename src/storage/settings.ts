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

  async #read(): Promise<ReadSettings> {
    return readSettings((await this.#area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  }
}

function errorText(error: unknown): string {
  return isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
}
