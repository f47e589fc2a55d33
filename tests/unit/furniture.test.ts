import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/furniture';
import { RemovalLog } from '../../src/pipeline/report';

const P1 =
  'According to him, Kazakhstan has forged agreements with foreign partners to bolster its position in the global market.';
const P2 =
  'The metallurgical sector witnessed a 4.3% production uptick in January-March, with plans to boost steel mill output.';

function page(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).window.document;
}

function run(doc: Document): Record<string, number> {
  const log = new RemovalLog();
  removeFurniture(doc, log.for('furniture'));
  return Object.fromEntries(log.items.map((r) => [r.what, r.count]));
}

/** An article body with the snippet between two real paragraphs. */
function inArticle(snippet: string): string {
  return `<article class="post"><h1>Title</h1><div class="entry-content"><p>${P1}</p>${snippet}<p>${P2}</p></div></article>`;
}

interface Case {
  name: string;
  body: string;
  /** The removals reported, by label. */
  removed: Record<string, number>;
  /** Text that must be gone afterwards. */
  gone?: string[];
  /** Text that must still be there. */
  kept?: string[];
}

function check({ body, removed, gone = [], kept = [] }: Case): void {
  const doc = page(body);
  expect(run(doc)).toEqual(removed);
  const text = doc.body.textContent ?? '';
  for (const g of gone) expect(text).not.toContain(g);
  for (const k of [...kept, ...[P1, P2].filter((p) => body.includes(p))]) expect(text).toContain(k);
}

describe('ad slots by selector', () => {
  it.each<Case>([
    {
      name: 'Ad Inserter block with a sponsor label',
      body: inArticle(
        `<div class='code-block code-block-2' style='margin: 8px auto;'><p>Supported by</p><a href="/go/x"><img src="b.png" alt="Expo"></a></div>`,
      ),
      removed: { 'ad slot': 1 },
      gone: ['Supported by'],
    },
    {
      name: 'AdSense unit',
      body: inArticle('<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="42"></ins>'),
      removed: { 'ad slot': 1 },
    },
    {
      name: 'Google Publisher Tag slot',
      body: inArticle('<div id="div-gpt-ad-1700000000000-0" style="min-height:250px"></div>'),
      removed: { 'ad slot': 1 },
    },
    {
      name: 'generic ad-slot wrapper with its nested parts counted once',
      body: inArticle('<div class="ad-slot"><div class="advert"><iframe src="about:blank"></iframe></div></div>'),
      removed: { 'ad slot': 1 },
    },
  ])('removes $name', check);

  it.each<Case>([
    {
      name: 'a source-code box (bare code-block class)',
      body: inArticle('<div class="code-block"><pre><code>npm install pith</code></pre></div>'),
      removed: {},
      kept: ['npm install pith'],
    },
    {
      name: 'classes that merely contain "ad"',
      body: `<div class="header"><span class="badge">New</span></div><a class="download" href="/f">Download report</a><div class="read-more shadow">Read on</div>${inArticle('')}`,
      removed: {},
      kept: ['New', 'Download report', 'Read on'],
    },
    {
      name: 'an "ad" element that holds the article',
      body: `<div class="ad">${inArticle('')}</div>`,
      removed: {},
    },
  ])('keeps $name', check);
});

describe('ad slots by label', () => {
  it.each<Case>([
    {
      name: 'label inside a media container',
      body: inArticle('<div class="sponsor"><p>Advertisement</p><a href="/go"><img src="b.png"></a></div>'),
      removed: { 'ad slot': 1 },
      gone: ['Advertisement'],
    },
    {
      name: 'label with the ad as its next sibling',
      body: inArticle('<p>Advertisement</p><div><a href="/go"><img src="b.png" alt="Buy"></a></div>'),
      removed: { 'ad slot': 1 },
      gone: ['Advertisement'],
    },
    {
      name: 'lone label whose ad did not load',
      body: inArticle('<p>Advertisement</p>'),
      removed: { 'ad slot': 1 },
      gone: ['Advertisement'],
    },
    {
      name: 'label with trailing colon in a wrapper',
      body: inArticle('<div class="x"><span><small>Advertisement:</small></span></div><div class="slot"></div>'),
      removed: { 'ad slot': 1 },
      gone: ['Advertisement'],
    },
    ...['Anzeige', 'Publicité', 'Publicidad', 'Реклама', 'Sponsored', 'SUPPORTED BY'].map((label) => ({
      name: `label "${label}"`,
      body: inArticle(`<div class="box"><span>${label}</span><iframe src="about:blank"></iframe></div>`),
      removed: { 'ad slot': 1 },
      gone: [label],
    })),
  ])('removes $name', check);

  it.each<Case>([
    {
      name: 'a sentence that mentions support',
      body: inArticle('<p>The programme is supported by the ministry.</p>'),
      removed: {},
      kept: ['supported by the ministry'],
    },
    {
      name: 'a sentence about advertisement',
      body: inArticle('<p>Advertisement spending rose 12% in the first quarter.</p>'),
      removed: {},
      kept: ['Advertisement spending'],
    },
    {
      name: 'a table cell reading "Ad"',
      body: inArticle('<table><tr><th>Type</th></tr><tr><td>Ad</td></tr></table>'),
      removed: {},
      kept: ['Ad'],
    },
    {
      name: 'an article figure after a lone label',
      body: inArticle('<p>Sponsored</p><figure><img src="mine.jpg"><figcaption>The Rudny plant</figcaption></figure>'),
      removed: { 'ad slot': 1 },
      gone: ['Sponsored'],
      kept: ['The Rudny plant'],
    },
  ])('keeps $name', check);

  it('removes only the label when its parent holds article paragraphs', () => {
    const doc = page(`<div class="content"><p>${P1}</p><p>Advertisement</p><img src="x.png"><p>${P2}</p></div>`);
    expect(run(doc)).toEqual({ 'ad slot': 1 });
    expect(doc.querySelectorAll('p')).toHaveLength(2);
    expect(doc.querySelector('.content')).not.toBeNull();
  });
});

describe('widgets, share bars, comments, newsletters', () => {
  it.each<Case>([
    {
      name: 'WP Cloudy style weather widget',
      body: `<div id="wpc-weather-id-7" class="wpc-weather-id wpc-weather"><div class="wpc-temp">20.7 C</div><div>Astana</div></div>${inArticle('')}`,
      removed: { 'weather widget': 1 },
      gone: ['20.7', 'Astana'],
    },
    {
      name: 'weather widget by id',
      body: `<aside id="wp-weather"><span>18 °C</span></aside>${inArticle('')}`,
      removed: { 'weather widget': 1 },
      gone: ['18 °C'],
    },
    {
      name: 'Jetpack share bar',
      body: inArticle('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li></ul></div>'),
      removed: { 'share bar': 1 },
      gone: ['Share this:'],
    },
    {
      name: 'AddToAny share bar',
      body: inArticle('<div class="addtoany_share_save_container addtoany_content"><div class="a2a_kit"><a class="a2a_button_x" href="#">X</a></div></div>'),
      removed: { 'share bar': 1 },
    },
    {
      name: 'comment form',
      body: `${inArticle('')}<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form id="commentform"><textarea></textarea></form></div>`,
      removed: { 'comment form': 1 },
      gone: ['Leave a Reply'],
    },
    {
      name: 'comments with a long discussion',
      body: `${inArticle('')}<div id="comments" class="comments-area"><ol class="comment-list">${`<li><p>${P1} I disagree.</p></li>`.repeat(30)}</ol></div>`,
      removed: { comments: 1 },
      gone: ['I disagree'],
    },
    {
      name: 'Mailchimp for WordPress form',
      body: `${inArticle('')}<form class="mc4wp-form"><p>Get the weekly digest.</p><input type="email"></form>`,
      removed: { 'newsletter box': 1 },
      gone: ['weekly digest'],
    },
    {
      name: 'newsletter box with a form',
      body: `${inArticle('')}<div class="footer-newsletter"><h4>Newsletter</h4><form><input type="email"></form></div>`,
      removed: { 'newsletter box': 1 },
    },
    {
      name: 'a cookie banner by class',
      body: `${inArticle('')}<div class="cookie">We use cookies to understand how you use this site. <button>Accept</button></div>`,
      removed: { 'cookie notice': 1 },
      gone: ['We use cookies'],
    },
    {
      name: 'a consent platform banner by id',
      body: `${inArticle('')}<div id="onetrust-banner-sdk"><p>We and our partners store data on your device.</p></div>`,
      removed: { 'cookie notice': 1 },
      gone: ['our partners store'],
    },
  ])('removes $name', check);

  it.each<Case>([
    {
      name: 'a post whose tag is weather',
      body: `<article class="post tag-weather category-climate"><h1>Heatwave</h1><div class="entry-content"><p>${P1}</p><p>${P2}</p></div></article>`,
      removed: {},
    },
    {
      name: 'post cards whose terms are weather and newsletter',
      body: `<ul><li class="post-7 post tag-weather"><a href="/7">Heatwave hits Astana</a></li><li class="post-8 post category-newsletter"><form><input type="email"></form><a href="/8">Issue 12</a></li></ul>${inArticle('')}`,
      removed: {},
      kept: ['Heatwave hits Astana', 'Issue 12'],
    },
    {
      name: 'a weather report section full of text',
      body: `<section class="weather-report"><p>${P1}</p><p>${P2}</p><p>${P1}</p></section>`,
      removed: {},
    },
    {
      name: 'words that contain "weather" without being it',
      body: `<div class="weatherproof-gear"><span>Weatherford</span></div>${inArticle('')}`,
      removed: {},
      kept: ['Weatherford'],
    },
    {
      name: 'an article about cookies, by its class',
      body: `<div class="cookie-recipes"><p>${P1}</p><p>${P2}</p></div>`,
      removed: {},
    },
    {
      name: 'a newsletter issue without a sign-up form',
      body: `<div class="newsletter-issue"><p>${P1}</p></div>`,
      removed: {},
    },
    {
      name: 'a share bar that wraps the headline',
      body: `<div class="social-share"><h1>Headline</h1><p>${P1}</p></div>`,
      removed: {},
    },
  ])('keeps $name', check);
});

describe('author boxes', () => {
  const BIO = '<p>Jane Doe writes about harbours and libraries. She lives in Kiel.</p>';
  it.each<Case>([
    {
      name: 'a plugin author box',
      body: inArticle(`<div class="saboxplugin-wrap"><div class="saboxplugin-desc">${BIO}</div></div>`),
      removed: { 'author box': 1 },
      gone: ['Jane Doe writes'],
    },
    {
      name: 'a theme author box named by its own prefix',
      body: inArticle(`<section class="bmg-content-box bmg-author-box">${BIO}</section>`),
      removed: { 'author box': 1 },
      gone: ['Jane Doe writes'],
    },
    {
      name: 'an "about the author" block',
      body: inArticle(`<div class="about-author">${BIO}</div>`),
      removed: { 'author box': 1 },
    },
  ])('removes $name', check);

  it.each<Case>([
    {
      name: 'a class taken from the post author (a term class)',
      body: `<article class="post author-jane"><h1>Title</h1><div class="entry-content"><p>${P1}</p><p>${P2}</p></div></article>`,
      removed: {},
    },
    {
      name: 'a long block that only says author',
      body: inArticle(`<div class="author-box">${`<p>${P1}</p>`.repeat(12)}</div>`),
      removed: {},
    },
  ])('keeps $name', check);
});
