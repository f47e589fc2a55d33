/**
 * The store packages: `wxt zip` for Chromium and Firefox, built into a
 * throwaway folder. The extension zips carry the manifest of their browser;
 * the Firefox sources zip (for AMO review) holds what builds the extension
 * and no test material (tests, fixtures, results, bench, build output).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
/** Path prefixes and fragments that must never be in the sources zip. */
const FORBIDDEN_IN_SOURCES = [/^tests\//, /^test-results\//, /^bench-results\//, /^bench\//, /fixtures/i, /^dist\//, /^\.output\//, /node_modules\//];
/** What a reviewer needs to rebuild the Firefox package from the sources zip. */
const NEEDED_IN_SOURCES = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'scripts/vendor-patches.mjs', 'locales/merge.mjs', 'entrypoints/popup/main.ts', 'src/pipeline/index.ts'];

let outDir: string;
let zips: Record<string, Record<string, Uint8Array>>;

/** Runs `wxt zip` with the given arguments, building into `outDir`. */
function wxtZip(args: string[]): void {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['zip', ...args], {
    cwd: ROOT,
    env: { ...process.env, PITH_OUT_DIR: outDir },
    stdio: 'pipe',
  });
}

/** The one zip in `outDir` whose name ends with `suffix`, unpacked in memory. */
function zipEnding(suffix: string): Record<string, Uint8Array> {
  const names = readdirSync(outDir).filter((n) => n.endsWith(suffix));
  expect(names, `zips ending in ${suffix}`).toHaveLength(1);
  return unzipSync(readFileSync(join(outDir, names[0] ?? '')));
}

const manifestOf = (files: Record<string, Uint8Array>) => {
  const raw = files['manifest.json'];
  expect(raw, 'manifest.json in the zip').toBeDefined();
  return JSON.parse(strFromU8(raw ?? new Uint8Array())) as Record<string, unknown>;
};

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'pith-zip-'));
  wxtZip([]);
  wxtZip(['-b', 'firefox']);
  zips = { chrome: zipEnding('-chrome.zip'), firefox: zipEnding('-firefox.zip'), sources: zipEnding('-sources.zip') };
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('wxt zip', () => {
  it('packs the Chromium build with its MV3 manifest at the root', () => {
    const manifest = manifestOf(zips.chrome ?? {});
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toBeUndefined();
    expect(Object.keys(zips.chrome ?? {})).toEqual(expect.arrayContaining(['popup.html', 'background.js', 'extract.js']));
  });

  it('packs the Firefox build with its MV2 manifest and add-on id at the root', () => {
    const manifest = manifestOf(zips.firefox ?? {});
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: 'pith@pith-reader.org' } });
    expect(Object.keys(zips.firefox ?? {})).toEqual(expect.arrayContaining(['popup.html', 'background.js', 'extract.js']));
  });

  it('keeps test material out of the sources zip', () => {
    const files = Object.keys(zips.sources ?? {});
    const leaked = files.filter((f) => FORBIDDEN_IN_SOURCES.some((re) => re.test(f)));
    expect(leaked).toEqual([]);
  });

  it('keeps what a reviewer needs to rebuild the extension in the sources zip', () => {
    expect(Object.keys(zips.sources ?? {})).toEqual(expect.arrayContaining(NEEDED_IN_SOURCES));
  });
});
