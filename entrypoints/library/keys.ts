/**
 * Keyboard use of the library list: "/" focuses search, j/k or the arrows
 * move between articles, Enter opens one, Delete deletes it, Esc clears the
 * search (the shortcuts are listed on the page, #shortcuts).
 */
import { readerUrl } from './rows';

/** What the keys act on. */
export interface KeyTargets {
  searchBox: HTMLInputElement;
  onDelete: (id: string) => void;
  onEscape: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && !(target instanceof HTMLInputElement && target.type === 'checkbox');
}

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('#articles > li.article')];
}

function currentRow(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('#articles > li.article') : null;
}

function move(step: 1 | -1): void {
  const all = rows();
  const at = currentRow();
  const i = at ? all.indexOf(at) + step : step === 1 ? 0 : all.length - 1;
  all[Math.max(0, Math.min(all.length - 1, i))]?.focus();
}

/** Installs the page's keyboard shortcuts. */
export function setupKeys(targets: KeyTargets): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = isTyping(event.target);
    if (event.key === 'Escape') {
      if (event.target === targets.searchBox || !typing) targets.onEscape();
      return;
    }
    if (event.target === targets.searchBox && event.key === 'ArrowDown') {
      event.preventDefault();
      return move(1);
    }
    if (typing) return;
    const row = currentRow();
    const act: Record<string, () => void> = {
      '/': () => targets.searchBox.focus(),
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
    };
    if (row && event.target === row) {
      act.Enter = () => location.assign(readerUrl(row.dataset.id ?? ''));
      act.Delete = () => targets.onDelete(row.dataset.id ?? '');
    }
    const action = act[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}
