/**
 * The popup's related posts and reading list: "Save for later" and "Save all"
 * on the article's related posts, and the Saved view's reading list, where a
 * saved link opens in a new tab, is marked read or unread, is deleted, and
 * shows "Saved as article" once the reader has saved its page.
 */
import { storageFailureText } from '../../lib/core-texts';
import { formatDate, t, tn } from '../../lib/i18n';
import { send } from '../../lib/send';
import { urlId } from '../../src/storage/id';
import type { ListedLink } from '../../src/storage/types';
import type { Article, RelatedPost } from '../../src/types';
import { byId, h } from '../../lib/dom';

/** Shows a short status message. */
type Say = (message: string) => void;

/** What the reading list needs from the rest of the popup. */
export interface ReadingListActions {
  say: Say;
  /** Renders the Saved view again (after a delete). */
  refresh: () => Promise<void>;
  /** Opens a saved article in the article view. */
  openArticle: (id: string) => Promise<void>;
}

function relatedMeta(post: RelatedPost): string {
  return [post.author, formatDate(post.date)].filter(Boolean).join(' · ');
}

/** Shows a button as done ("Saved"), for good. */
function markDone(button: HTMLButtonElement, label: string): void {
  button.dataset.saved = '1';
  button.textContent = label;
}

/** A link to `url` that opens in a new tab, without telling the page who opened it. */
function newTabLink(url: string, text: string, className?: string): HTMLAnchorElement {
  return h('a', { class: className, href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** Marks the posts already on the reading list as saved, and "Save all" when they all are. */
async function markSavedPosts(posts: RelatedPost[], buttons: HTMLButtonElement[], all: HTMLButtonElement): Promise<void> {
  const res = await send({ type: 'link/list' });
  if (!res.ok) return;
  const saved = new Set(res.value.links.map((link) => link.id));
  const known = posts.map((post) => saved.has(urlId(post.url)));
  known.forEach((isSaved, i) => {
    const button = buttons[i];
    if (isSaved && button) markDone(button, t('popupLinkSaved'));
  });
  if (known.every(Boolean)) markDone(all, t('popupAllSaved'));
}

/**
 * Lists the article's related posts (`#related`), each with "Save for later",
 * and "Save all" (`#related-save-all`), which saves every post in one request.
 */
export function renderRelated(article: Article, say: Say): void {
  const posts = article.related;
  const from = { url: article.url, title: article.title };
  const all = byId<HTMLButtonElement>('related-save-all');
  byId('related-section').hidden = posts.length === 0;
  delete all.dataset.saved;
  all.textContent = t('popupSaveAll');
  const buttons = posts.map((post) => {
    const button = h('button', { type: 'button', class: 'save-link' }, t('popupSaveForLater'));
    button.onclick = async () => {
      const res = await send({ type: 'link/save', post, from });
      if (!res.ok) return say(storageFailureText(res, 'links'));
      markDone(button, t('popupLinkSaved'));
      say(t('popupSavedForLater', post.title));
    };
    return button;
  });
  all.onclick = async () => {
    const res = await send({ type: 'link/save-many', posts, from });
    if (!res.ok) return say(storageFailureText(res, 'links'));
    buttons.forEach((button) => markDone(button, t('popupLinkSaved')));
    markDone(all, t('popupAllSaved'));
    say(tn('popupSavedRelated', res.value.length));
  };
  byId('related').replaceChildren(
    ...posts.map((post, i) =>
      h(
        'li',
        { class: 'related-post' },
        h('div', {}, newTabLink(post.url, post.title, 'related-title'), h('span', { class: 'related-meta' }, relatedMeta(post))),
        buttons[i],
      ),
    ),
  );
  if (posts.length) void markSavedPosts(posts, buttons, all);
}

/** Shows a reading-list item as read or unread. */
function showRead(item: HTMLLIElement, button: HTMLButtonElement, read: boolean): void {
  item.dataset.read = read ? '1' : '0';
  button.textContent = t(read ? 'popupMarkUnread' : 'popupMarkRead');
  button.setAttribute('aria-pressed', String(read));
}

/**
 * One reading-list item (`li.saved-link[data-id][data-read]`): the link (opens
 * in a new tab), where it was found, "Saved as article" with an Open button
 * when its page is in the library, "Mark read" / "Mark unread" and Delete.
 */
export function readingListItem(link: ListedLink, actions: ReadingListActions): HTMLLIElement {
  const { say } = actions;
  const markRead = h('button', { type: 'button', class: 'mark-read' });
  const del = h('button', { type: 'button', class: 'delete', 'aria-label': t('popupDeleteNamed', link.title) }, t('popupDelete'));
  const open =
    link.articleId !== undefined &&
    h('button', { type: 'button', class: 'open', 'aria-label': t('popupOpenNamed', link.title) }, t('popupOpen'));
  const meta = [link.author, link.fromTitle && t('popupFrom', link.fromTitle)].filter(Boolean).join(' · ');
  const item = h(
    'li',
    { class: 'saved-link', 'data-id': link.id },
    h(
      'div',
      {},
      newTabLink(link.url, link.title),
      h('span', { class: 'saved-meta' }, meta),
      link.articleId !== undefined && h('span', { class: 'saved-as-article' }, t('popupSavedAsArticle')),
    ),
    h('span', { class: 'row-actions' }, open, markRead, del),
  );
  showRead(item, markRead, link.read);
  markRead.onclick = async () => {
    const read = item.dataset.read !== '1';
    const res = await send({ type: 'link/set-read', id: link.id, read });
    if (!res.ok) return say(storageFailureText(res, 'links'));
    showRead(item, markRead, res.value.read);
    say(t(res.value.read ? 'popupMarkedRead' : 'popupMarkedUnread', link.title));
  };
  del.onclick = async () => {
    const res = await send({ type: 'link/delete', id: link.id });
    say(res.ok ? t('popupDeleted', link.title) : storageFailureText(res, 'links'));
    await actions.refresh();
  };
  if (open) open.onclick = () => actions.openArticle(link.articleId ?? link.id);
  return item;
}
