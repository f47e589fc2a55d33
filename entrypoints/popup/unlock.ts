/**
 * "Unlock this page" in the popup. The #unlock button injects /unlock.js into
 * the page's own JavaScript world, which gives the reader back selection,
 * the context menu and copying on the page itself. The #always-unlock
 * checkbox remembers the site (through the background); when it is on, the
 * popup unlocks the page as it opens. Pith has no host permissions, so it can
 * only act when the reader clicks its button: "always" means every time the
 * popup is opened on that site.
 */
import { browser } from 'wxt/browser';
import { storageFailureText } from '../../lib/core-texts';
import { formatNumber, t } from '../../lib/i18n';
import { send } from '../../lib/send';
import { MAX_UNLOCK_HOSTS } from '../../src/storage/settings';
import type { UnlockReport } from '../../src/unprotect/unlock';
import { byId } from '../../lib/dom';

/** The texts of the unlock controls (locales/<lang>/popup.json). */
const UNLOCK_TEXTS = {
  button: () => t('popupUnlock'),
  done: () => t('popupUnlocked'),
  doneTitle: () => t('popupUnlockedTitle'),
  always: (host: string) => t('popupAlwaysUnlockOn', host),
  unlocked: () => t('popupUnlockDone'),
  refused: () => t('popupUnlockRefused'),
  alwaysOn: (host: string) => t('popupAlwaysOnStatus', host),
  alwaysOff: (host: string) => t('popupAlwaysOffStatus', host),
} as const;

/** Schemes of pages Pith can unlock (the browser refuses the others anyway). */
const UNLOCKABLE = /^(?:https?|file):$/;

/**
 * Shows the unlock controls for the tab and wires them; unlocks at once when
 * the reader chose "always" for its site. Hidden on pages that cannot be
 * unlocked (browser pages, the web store).
 */
export async function setupUnlock(tabId: number, say: (message: string) => void): Promise<void> {
  const host = await hostOf(tabId);
  if (!host) return;
  const bar = byId('unlock-bar');
  const button = byId<HTMLButtonElement>('unlock');
  const always = byId<HTMLInputElement>('always-unlock');
  byId('always-unlock-label').textContent = UNLOCK_TEXTS.always(host);
  button.textContent = UNLOCK_TEXTS.button();
  bar.hidden = false;

  const unlock = async () => {
    button.disabled = true;
    const ok = await unlockTab(tabId);
    document.body.dataset.unlock = ok ? 'done' : 'failed';
    button.disabled = ok;
    if (ok) {
      button.textContent = UNLOCK_TEXTS.done();
      button.title = UNLOCK_TEXTS.doneTitle();
    }
    say(ok ? UNLOCK_TEXTS.unlocked() : UNLOCK_TEXTS.refused());
  };
  button.onclick = unlock;
  always.onchange = async () => {
    const res = await send({ type: 'unlock/set', host, always: always.checked });
    if (!res.ok) {
      always.checked = !always.checked;
      return say(storageFailureText(res, 'settings', [formatNumber(MAX_UNLOCK_HOSTS)]));
    }
    say(res.value ? UNLOCK_TEXTS.alwaysOn(host) : UNLOCK_TEXTS.alwaysOff(host));
    if (res.value && document.body.dataset.unlock !== 'done') await unlock();
  };

  const setting = await send({ type: 'unlock/get', host });
  always.checked = setting.ok && setting.value;
  if (always.checked) await unlock();
}

/** The site of the tab's page, when Pith may unlock it. activeTab lets the popup see the tab's address. */
async function hostOf(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    const url = new URL(tab.url ?? '');
    return UNLOCKABLE.test(url.protocol) ? url.hostname || url.protocol.slice(0, -1) : null;
  } catch {
    return null;
  }
}

/** Injects the unlock into the page's own world. @returns whether the page was unlocked (now or before). */
async function unlockTab(tabId: number): Promise<boolean> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/unlock.js'], world: 'MAIN' });
    const report = results?.[0]?.result as UnlockReport | undefined;
    return typeof report === 'object' && report !== null && 'installed' in report;
  } catch (err) {
    console.info('Pith: the browser refused to unlock this tab:', err);
    return false;
  }
}
