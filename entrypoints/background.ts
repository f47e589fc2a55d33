/**
 * The background owns every storage write. Pith's pages send it typed requests
 * (src/messages.ts); it answers only the extension's own pages and runs all
 * writes through one queue.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isOwnPage } from '../src/messages';
import { Library } from '../src/storage/library';
import { createDispatcher } from '../src/storage/router';
import { SettingsStore } from '../src/storage/settings';
import type { Result, UpgradeReport } from '../src/storage/types';

export default defineBackground(() => {
  const area = browser.storage.local;
  const dispatcher = createDispatcher({ library: new Library(area), settings: new SettingsStore(area) });
  const extensionBase = browser.runtime.getURL('/');
  void dispatcher.upgrade().then(logUpgrade);
  browser.runtime.onMessage.addListener((message, sender) =>
    isOwnPage(sender, browser.runtime.id, extensionBase) ? dispatcher.handle(message) : undefined,
  );
});

function logUpgrade(result: Result<UpgradeReport>): void {
  if (!result.ok) console.warn(`Pith: ${result.message}`);
  else for (const problem of result.value.problems) console.warn(`Pith: ${problem}`);
}
