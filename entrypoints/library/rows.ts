/** One row of the library list, built from an index entry (text only: no article HTML here). */
import { formatDate, t } from '../../lib/i18n';
import type { IndexEntry } from '../../src/storage/types';
import { tagsOf } from '../../src/library/list';
import { h } from '../../lib/dom';

/** What a row's controls do. */
export interface RowActions {
  selected: (id: string) => boolean;
  onSelect: (id: string, on: boolean) => void;
  onDelete: (id: string) => void;
  onTags: (id: string, tags: string[]) => void;
  /** Adds tags typed by the reader ("a, b") to the article. */
  onAddTags: (id: string, typed: string) => void;
}

/** The address of the reader view of a saved article. */
export function readerUrl(id: string): string {
  return `reader.html?id=${encodeURIComponent(id)}`;
}

/** A row of the list for `entry`. */
export function articleRow(entry: IndexEntry, actions: RowActions): HTMLLIElement {
  const title = entry.title || t('libraryUntitled');
  const check = h('input', { type: 'checkbox', class: 'select', 'aria-label': t('librarySelectLabel', title) });
  check.checked = actions.selected(entry.id);
  check.onchange = () => actions.onSelect(entry.id, check.checked);
  const del = h('button', { type: 'button', class: 'delete', 'aria-label': t('libraryDeleteLabel', title) }, t('libraryDelete'));
  del.onclick = () => actions.onDelete(entry.id);
  const main = h(
    'div',
    { class: 'article-main' },
    h('a', { class: 'article-title', href: readerUrl(entry.id), lang: entry.lang ?? undefined, dir: 'auto' }, title),
    meta(entry),
    figures(entry),
    tagsRow(entry, title, actions),
  );
  return h('li', { class: 'article', 'data-id': entry.id, tabindex: '-1' }, check, main, del);
}

function meta(entry: IndexEntry): HTMLElement {
  const parts: Node[] = [];
  if (entry.siteName) parts.push(h('span', { class: 'article-site', dir: 'auto' }, entry.siteName));
  parts.push(h('time', { class: 'article-saved', datetime: entry.savedAt }, formatDate(entry.savedAt)));
  parts.push(h('span', { class: 'article-reading' }, t('libraryReadingTime', String(entry.readingMinutes))));
  const p = h('p', { class: 'article-meta' });
  parts.forEach((part, i) => {
    if (i > 0) p.append(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '));
    p.append(part);
  });
  return p;
}

function figures(entry: IndexEntry): HTMLElement | null {
  if (entry.topFigures.length === 0) return null;
  return h(
    'ul',
    { class: 'article-figures', 'aria-label': t('libraryFiguresLabel') },
    ...entry.topFigures.map((f) =>
      h('li', {}, h('span', { class: 'figure-text' }, f.text), f.measures ? h('span', { class: 'figure-measures' }, ` ${f.measures}`) : null),
    ),
  );
}

function tagsRow(entry: IndexEntry, title: string, actions: RowActions): HTMLElement {
  const tags = tagsOf(entry);
  const list = h('ul', { class: 'article-tags', 'aria-label': t('libraryTagsLabel'), hidden: tags.length === 0 ? '' : undefined });
  for (const tag of tags) {
    const remove = h('button', { type: 'button', class: 'tag-remove', 'aria-label': t('libraryTagRemoveLabel', tag) }, '×');
    remove.onclick = () => actions.onTags(entry.id, tags.filter((x) => x !== tag));
    list.append(h('li', { class: 'tag', 'data-tag': tag }, h('span', {}, tag), remove));
  }
  const add = h('button', { type: 'button', class: 'tag-add', 'aria-label': t('libraryTagAddLabel', title) }, t('libraryTagAdd'));
  add.onclick = () => add.replaceWith(tagInput(entry.id, add, actions));
  return h('div', { class: 'article-tags-row' }, list, add);
}

function tagInput(id: string, button: HTMLButtonElement, actions: RowActions): HTMLInputElement {
  const input = h('input', { type: 'text', class: 'tag-input', 'aria-label': t('libraryTagInputLabel'), maxlength: '200' });
  input.onkeydown = (event) => {
    if (event.key === 'Enter' && input.value.trim()) actions.onAddTags(id, input.value);
    if (event.key === 'Escape' || event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      input.replaceWith(button);
      button.focus();
    }
  };
  queueMicrotask(() => input.focus());
  return input;
}
