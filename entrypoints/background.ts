/**
 * The background owns every storage write. Pith's pages send it typed requests
 * (src/messages.ts); it answers only the extension's own pages and runs all
 * writes through one queue. It also runs the context menus and the "save this
 * page" shortcut (lib/actions.ts), whose writes go through the same queue.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SAVE_PAGE_COMMAND, createMenus, onMenuClick, savePage } from '../lib/actions';
import { isOwnPage } from '../src/messages';
import { Library } from '../src/storage/library';
import { createDispatcher, type Dispatcher } from '../src/storage/router';
import { SettingsStore } from '../src/storage/settings';
import type { Result, UpgradeReport } from '../src/storage/types';

export default defineBackground(() => {
  const area = browser.storage.local;
  // The background is the one writer, so it keeps the library's index in memory; a change of the stored
  // index that is not its own (storage cleared, a developer's edit) drops that copy.
  const library = new Library(area, { cacheIndex: true });
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local') library.noticeStorageChange(changes);
  });
  const dispatcher = createDispatcher({ library, settings: new SettingsStore(area) });
  const extensionBase = browser.runtime.getURL('/');
  void dispatcher.upgrade().then(logUpgrade);
  browser.runtime.onMessage.addListener((message, sender) =>
    isOwnPage(sender, browser.runtime.id, extensionBase) ? dispatcher.handle(message) : undefined,
  );
  wireActions(dispatcher);
});

/**
 * The context menus and the "save this page" shortcut. Browsers without
 * menus or commands (Firefox for Android) still get storage.
 */
function wireActions(dispatcher: Dispatcher): void {
  try {
    void createMenus(import.meta.env.MANIFEST_VERSION).catch((error: unknown) => console.warn('Pith: no context menus:', error));
    browser.contextMenus.onClicked.addListener((info, tab) => onMenuClick(dispatcher, info, tab));
    browser.commands.onCommand.addListener(async (command, tab) => {
      if (command !== SAVE_PAGE_COMMAND) return;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await savePage(dispatcher, tabId);
    });
  } catch (error) {
    console.warn('Pith: no context menus or keyboard shortcuts in this browser:', error);
  }
}

function logUpgrade(result: Result<UpgradeReport>): void {
  if (!result.ok) console.warn(`Pith: ${result.message}`);
  else for (const problem of result.value.problems) console.warn(`Pith: ${problem}`);
}
