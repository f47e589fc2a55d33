/**
 * The popup's keyboard shortcuts, listed in the popup (`#shortcut-list`):
 * Alt+Shift plus a letter for views and copying (no single-key shortcuts, which
 * would get in the way of screen readers), the browser's shortcuts for Pith
 * (the manifest's `commands`: open Pith, save the page; the reader can change
 * them in the browser), Tab to move and Esc to close.
 */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { byId, h } from '../../lib/dom';

/** What the shortcuts do. */
export interface ShortcutActions {
  copy: () => unknown;
  article: () => unknown;
  saved: () => unknown;
}

/** The popup's own shortcuts: the letter pressed with Alt+Shift, the keys shown, the description's key. */
export const POPUP_SHORTCUTS = [
  { letter: 'A', keys: 'Alt+Shift+A', text: 'popupShortcutArticle', action: 'article' },
  { letter: 'L', keys: 'Alt+Shift+L', text: 'popupShortcutSaved', action: 'saved' },
  { letter: 'C', keys: 'Alt+Shift+C', text: 'popupShortcutCopy', action: 'copy' },
] as const satisfies readonly { letter: string; keys: string; text: string; action: keyof ShortcutActions }[];

/** The letter of a key press: the one on the key in the reader's layout, or (where Alt makes another character, as on macOS) the key's position. */
function letterOf(event: KeyboardEvent): string {
  return /^[a-z]$/i.test(event.key) ? event.key.toUpperCase() : event.code.replace(/^Key/, '');
}

/** The browser's shortcuts for Pith (the manifest's commands, as the reader has set them): keys and what they do. */
async function browserShortcuts(): Promise<[keys: string, text: string][]> {
  try {
    const commands = await browser.commands.getAll();
    return commands.map((c) => {
      const opens = c.name === '_execute_action' || c.name === '_execute_browser_action';
      return [c.shortcut || t('popupShortcutNone'), opens ? t('popupShortcutOpen') : (c.description ?? c.name ?? '')];
    });
  } catch {
    return [];
  }
}

function row(keys: string, text: string): HTMLElement[] {
  return [h('dt', {}, h('kbd', {}, keys)), h('dd', {}, text)];
}

/** Wires the shortcuts and lists them. */
export function setupShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const letter = letterOf(event);
    const shortcut = POPUP_SHORTCUTS.find((s) => s.letter === letter);
    if (!shortcut) return;
    event.preventDefault();
    void actions[shortcut.action]();
  });
  const list = byId('shortcut-list');
  list.replaceChildren(
    ...POPUP_SHORTCUTS.flatMap((s) => row(s.keys, t(s.text))),
    ...row(t('popupKeyTab'), t('popupShortcutMove')),
    ...row(t('popupKeyEsc'), t('popupShortcutClose')),
  );
  void browserShortcuts().then((shortcuts) => list.prepend(...shortcuts.flatMap(([keys, text]) => row(keys, text))));
}
