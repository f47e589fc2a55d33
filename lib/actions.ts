/**
 * What the background does beyond answering messages: the context menus
 * ("Open Pith library" on the toolbar button, "Save link to Pith" on links)
 * and the "save this page" keyboard shortcut. Storage still goes through the
 * dispatcher, so these writes wait in the same queue as the pages' writes.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Response } from '../src/messages';
import type { Dispatcher } from '../src/storage/router';
import type { ExtractResult } from '../src/types';
import { failureText } from './core-texts';
import { t } from './i18n';

/** The ids of Pith's context-menu items. */
export const MENU_IDS = { openLibrary: 'pith-open-library', saveLink: 'pith-save-link' } as const;

/** The manifest command that saves the current tab's article. */
export const SAVE_PAGE_COMMAND = 'save-page';

/** The script injected for that command (entrypoints/save-page.ts). */
export const SAVE_PAGE_SCRIPT = '/save-page.js';

/** The library page. */
export const LIBRARY_PAGE = '/library.html';

/** What the toolbar button's badge shows after a save by shortcut. */
export const BADGE = { saved: '✓', failed: '!' } as const;

const BADGE_COLORS = { saved: '#2e7d32', failed: '#c62828' } as const;

/** The toolbar button's API: `action` (MV3), `browserAction` (Firefox MV2). */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** (Re)creates the context-menu items; run at every start of the background (removeAll avoids duplicate ids). */
export async function createMenus(manifestVersion: number): Promise<void> {
  await browser.contextMenus.removeAll();
  const onButton = (manifestVersion === 2 ? 'browser_action' : 'action') as Browser.contextMenus.ContextType;
  browser.contextMenus.create({ id: MENU_IDS.openLibrary, title: t('backgroundMenuOpenLibrary'), contexts: [onButton] });
  browser.contextMenus.create({ id: MENU_IDS.saveLink, title: t('backgroundMenuSaveLink'), contexts: ['link'] });
}

/** What a context-menu click tells the extension (the part Pith reads; Firefox adds `linkText`). */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  linkText?: string;
  pageUrl?: string;
}

/**
 * Handles a click on one of Pith's menu items: opens the library in a tab,
 * or saves the link to the reading list (titled with the link's text where
 * the browser gives it, else its address; found on the page it was on).
 * Answers the storage response of a saved link, null otherwise.
 */
export async function onMenuClick(dispatcher: Dispatcher, info: MenuClick, tab?: Browser.tabs.Tab): Promise<Response | null> {
  if (info.menuItemId === MENU_IDS.openLibrary) {
    await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
    return null;
  }
  if (info.menuItemId !== MENU_IDS.saveLink || !info.linkUrl) return null;
  const title = info.linkText?.trim() || info.linkUrl;
  const from = info.pageUrl ? { url: info.pageUrl, title: tab?.title ?? '' } : undefined;
  const answer = await dispatcher.handle({ type: 'link/save', post: { url: info.linkUrl, title }, ...(from ? { from } : {}) });
  if (tab?.id !== undefined) await showOutcome(tab.id, answer.ok ? t('backgroundLinkSaved', title) : answer.message, answer.ok);
  return answer;
}

/**
 * The "save this page" shortcut: reads the tab with the full pipeline (the
 * injected script; the shortcut granted activeTab), saves the article through
 * the dispatcher, and shows the outcome on the toolbar button: "✓" and the
 * title, or "!" and the reason, as badge and tooltip.
 */
export async function savePage(dispatcher: Dispatcher, tabId: number): Promise<Response> {
  const read = await readTab(tabId);
  const answer: Response = read.ok
    ? await dispatcher.handle({ type: 'article/save', article: read.article })
    : { ok: false, code: 'error', message: failureText(read.reason) };
  const text = answer.ok && read.ok ? t('backgroundSaved', read.article.title) : t('backgroundNotSaved', answer.ok ? '' : answer.message);
  await showOutcome(tabId, text, answer.ok);
  return answer;
}

async function readTab(tabId: number): Promise<ExtractResult> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [SAVE_PAGE_SCRIPT] });
    const result = first?.result as ExtractResult | undefined;
    if (result && typeof result === 'object' && 'ok' in result) return result;
  } catch (error) {
    console.info('Pith: the browser refused to let Pith read this tab:', error);
    return { ok: false, reason: 'restricted', message: failureText('restricted') };
  }
  return { ok: false, reason: 'error', message: failureText('error') };
}

/** Badge and tooltip on the toolbar button, for this tab only (they go when the tab navigates). */
async function showOutcome(tabId: number, title: string, saved: boolean): Promise<void> {
  const button = toolbarButton();
  const kind = saved ? 'saved' : 'failed';
  try {
    await Promise.all([
      button.setBadgeText({ tabId, text: BADGE[kind] }),
      button.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[kind] }),
      button.setTitle({ tabId, title }),
    ]);
  } catch (error) {
    // The tab may have closed meanwhile; the save itself is done.
    console.info('Pith: could not show the outcome on the toolbar button:', error);
  }
}
