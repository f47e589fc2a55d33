/** The reading list tab of the library page: saved links, mark read, delete. */
import { t } from '../../lib/i18n';
import { send } from '../../lib/send';
import type { ListedLink } from '../../src/storage/types';
import { byId, h } from '../../lib/dom';
import { readerUrl } from './rows';

/** Loads and shows the reading list; `say` reports failures and results. */
export async function showLinks(say: (message: string) => void): Promise<void> {
  const res = await send({ type: 'link/list' });
  if (!res.ok) return say(res.message);
  const list = byId<HTMLUListElement>('links');
  list.replaceChildren(...res.value.links.map((link) => linkRow(link, say)));
  byId('links-empty').hidden = res.value.links.length > 0;
}

function linkRow(link: ListedLink, say: (message: string) => void): HTMLLIElement {
  const li = h('li', { class: 'link', 'data-id': link.id, 'data-read': link.read ? '1' : '0' });
  const read = h('button', { type: 'button', class: 'mark-read' }, t(link.read ? 'libraryMarkUnread' : 'libraryMarkRead'));
  read.onclick = async () => {
    const res = await send({ type: 'link/set-read', id: link.id, read: li.dataset.read !== '1' });
    if (!res.ok) return say(res.message);
    li.dataset.read = res.value.read ? '1' : '0';
    read.textContent = t(res.value.read ? 'libraryMarkUnread' : 'libraryMarkRead');
  };
  const del = h('button', { type: 'button', class: 'delete', 'aria-label': t('libraryDeleteLabel', link.title) }, t('libraryDelete'));
  del.onclick = async () => {
    const res = await send({ type: 'link/delete', id: link.id });
    if (!res.ok) return say(res.message);
    li.remove();
    byId('links-empty').hidden = byId('links').childElementCount > 0;
    say(t('libraryDeleted', link.title));
  };
  li.append(
    h(
      'div',
      { class: 'link-main' },
      h('a', { class: 'link-title', href: link.url, rel: 'noopener noreferrer', target: '_blank' }, link.title),
      link.fromTitle ? h('p', { class: 'link-from muted' }, t('libraryLinkFrom', link.fromTitle)) : null,
      link.articleId ? h('a', { class: 'link-article', href: readerUrl(link.articleId) }, t('libraryLinkSavedArticle')) : null,
    ),
    read,
    del,
  );
  return li;
}
