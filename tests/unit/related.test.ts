import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectRelated } from '../../src/related';
import { titleFromSlug } from '../../src/related/metadata';
import { LIMITS } from '../../src/related/rules';
import { foldText, isInlineLabel, isPostNavigationText, isRelatedHeading, isUnrelatedHeading } from '../../src/related/text';
import { cleanUrl, urlKey } from '../../src/related/url';
import type { RelatedPost } from '../../src/types';

const FIXTURES = join(__dirname, '../fixtures/related');
const SEED_DIR = join(__dirname, '../fixtures/pages/seed-mining');
const SEED_PAGE = join(SEED_DIR, 'index.html');

/**
 * A golden case: `page.html` + `expected.json`. Besides `url` and `related`,
 * expected.json may say how many blocks are reported (`blocks`, default 1 when
 * posts are expected, 0 otherwise) and which texts must be gone from / kept in the page.
 */
interface Expected {
  url: string;
  related: RelatedPost[];
  blocks?: number;
  removedText?: string[];
  keptText?: string[];
}

interface Run {
  posts: RelatedPost[];
  reports: [string, number | undefined][];
  doc: Document;
  before: string;
}

function run(html: string, url: string): Run {
  const doc = new JSDOM(html, { url }).window.document;
  const before = doc.documentElement.outerHTML;
  const reports: [string, number | undefined][] = [];
  const posts = collectRelated(doc, url, (what, count) => reports.push([what, count]));
  return { posts, reports, doc, before };
}

/** Wraps a body fragment in a page at a fixed URL. */
const PAGE_URL = 'https://news.example/2024/05/main-story/';
function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}
const ARTICLE = `<article><h1>Main story</h1><p>${'A long paragraph of the article itself. '.repeat(12)}</p></article>`;

function bodyText(doc: Document): string {
  return doc.body.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('golden related-posts fixtures', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('has positive and trap cases', () => {
    const expectations = cases.map(
      (name) => JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected,
    );
    expect(expectations.filter((e) => e.related.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(expectations.filter((e) => e.related.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, () => {
      const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
      const { posts, reports, doc, before } = run(html, expected.url);

      expect(posts).toStrictEqual(expected.related);

      const blocks = expected.blocks ?? (expected.related.length ? 1 : 0);
      expect(reports).toStrictEqual(blocks ? [['related-posts block', blocks]] : []);
      if (!blocks) expect(doc.documentElement.outerHTML).toBe(before);

      const text = bodyText(doc);
      for (const gone of expected.removedText ?? []) expect(text).not.toContain(gone);
      for (const kept of expected.keptText ?? []) expect(text).toContain(kept);
    });
  }
});

/** The seed page's own golden data (written with the page): the fields this stage answers for. */
interface SeedExpected {
  url: string;
  related: { title: string; author: string; url: string; date: string; imageSrc: string }[];
}

describe.runIf(existsSync(SEED_PAGE))('seed page (tests/fixtures/pages/seed-mining)', () => {
  it('lists the three related posts by David Lazarevic and removes their block', () => {
    const html = readFileSync(join(SEED_DIR, 'index.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8')) as SeedExpected;
    const { posts, reports, doc } = run(html, expected.url);
    expect(posts).toStrictEqual(
      expected.related.map((p) => ({
        url: p.url,
        title: p.title,
        author: p.author,
        date: p.date,
        image: new URL(p.imageSrc, expected.url).href,
      })),
    );
    expect(posts.map((p) => p.author)).toStrictEqual(['David Lazarevic', 'David Lazarevic', 'David Lazarevic']);
    expect(reports).toStrictEqual([['related-posts block', 1]]);
    const text = bodyText(doc);
    expect(text).not.toContain('Related posts');
    expect(text).not.toContain('Surge in international tungsten market');
    expect(text).toContain('Sharlapayev');
  });
});

describe('heading phrases', () => {
  it.each([
    ['Related posts', true],
    ['RELATED ARTICLES:', true],
    ['You might also like…', true],
    ['Ähnliche Artikel', true],
    ['Das könnte Sie auch interessieren', true],
    ['A lire aussi', true],
    ['Sur le même sujet', true],
    ['Te puede interesar', true],
    ['Articoli correlati', true],
    ['Еще по теме', true],
    ['ЧИТАЙТЕ ТАКЖЕ', true],
    ['More from Mining News', true],
    ['More from', false],
    ['Related tags', false],
    ['Most read', false],
    ['Related posts about the rare earth market and everything else in the world', false],
  ])('%s → %s', (text, expected) => {
    expect(isRelatedHeading(text, false)).toBe(expected);
  });

  it('accepts "Read more" only as a real heading', () => {
    expect(isRelatedHeading('Read more', true)).toBe(true);
    expect(isRelatedHeading('Read more', false)).toBe(false);
  });

  it('recognises headings of other boxes', () => {
    expect(isUnrelatedHeading('Most read this week')).toBe(true);
    expect(isUnrelatedHeading('Related tags')).toBe(true);
    expect(isUnrelatedHeading('Самое читаемое')).toBe(true);
    expect(isUnrelatedHeading('Related posts')).toBe(false);
  });

  it('folds case, accents and punctuation', () => {
    expect(foldText('  À LIRE   aussi : ')).toBe('a lire aussi');
    expect(foldText('Ещё по теме')).toBe('еще по теме');
  });
});

describe('inline labels and post navigation', () => {
  it.each([
    ['Read more:', true],
    ['READ MORE: ', true],
    ['» Leia mais:', true],
    ['Lesen Sie auch', true],
    ['À lire aussi :', true],
    ['Читайте также:', true],
    ['Read more about this in', false],
    ['Lesen Sie auch den', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isInlineLabel(text)).toBe(expected);
  });

  it('recognises post-navigation captions at the start of a link text', () => {
    expect(isPostNavigationText('Previous Post Match report')).toBe(true);
    expect(isPostNavigationText('Next article: Plans for the stand')).toBe(true);
    expect(isPostNavigationText('Nächster Artikel')).toBe(true);
    expect(isPostNavigationText('Next posting schedule announced')).toBe(false);
    expect(isPostNavigationText('The next post office closes')).toBe(false);
  });
});

describe('in-article link paragraphs', () => {
  const body = (paragraph: string) =>
    page(`<article><h1>Main story</h1><p>${'Story text. '.repeat(20)}</p>${paragraph}<p>${'More story text. '.repeat(10)}</p></article>`);

  it.each([
    ['a bold label with a colon', '<p><strong>Read more:</strong> <a href="/2024/a-story/">A story worth reading</a></p>'],
    ['the label and link in one bold run', '<p><strong>READ MORE: <a href="/2024/a-story/">A story worth reading</a></strong></p>'],
    ['a plain label with a colon', '<p>Related: <a href="/2024/a-story/">A story worth reading</a>.</p>'],
    ['a bold label without a separator', '<p><b>See also</b> <a href="/2024/a-story/">A story worth reading</a></p>'],
  ])('takes %s', (_, paragraph) => {
    const { posts, reports, doc } = run(body(paragraph), PAGE_URL);
    expect(posts).toStrictEqual([{ url: 'https://news.example/2024/a-story/', title: 'A story worth reading' }]);
    expect(reports).toStrictEqual([['related-posts block', 1]]);
    expect(bodyText(doc)).not.toContain('A story worth reading');
    expect(bodyText(doc)).toContain('More story text.');
  });

  it.each([
    ['a plain label without a separator', '<p>Read more <a href="/2024/a-story/">about the story worth reading</a></p>'],
    ['a sentence that starts like a label', '<p>Read more: the council said <a href="/2024/a-story/">A story worth reading</a> was wrong.</p>'],
    ['a link that is not a title', '<p><strong>Read more:</strong> <a href="/2024/a-story/">here</a></p>'],
    ['a tag link', '<p><strong>Related:</strong> <a href="/tag/drought/">Drought news</a></p>'],
    ['too many links', `<p><b>Related:</b> ${[1, 2, 3, 4].map((i) => `<a href="/2024/s${i}/">Story number ${i}</a>`).join(', ')}</p>`],
    ['a long paragraph', `<p><b>Related:</b> <a href="/2024/a-story/">A story worth reading</a> ${'and a lot more words here '.repeat(20)}</p>`],
  ])('leaves %s alone', (_, paragraph) => {
    const { posts, reports, doc, before } = run(body(paragraph), PAGE_URL);
    expect(posts).toStrictEqual([]);
    expect(reports).toStrictEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('JSON-LD item lists', () => {
  const list = (name: string) =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name,
      itemListElement: [{ '@type': 'ListItem', position: 1, url: '/2024/listed/', name: 'A listed story' }],
    })}</script>`;

  it('reads a list named like a related block', () => {
    expect(run(page(ARTICLE, list('You may also like')), PAGE_URL).posts).toStrictEqual([
      { url: 'https://news.example/2024/listed/', title: 'A listed story' },
    ]);
  });

  it.each(['Most popular', 'Top stories', ''])('ignores a list named "%s"', (name) => {
    expect(run(page(ARTICLE, list(name)), PAGE_URL).posts).toStrictEqual([]);
  });
});

describe('URL cleaning', () => {
  it('removes tracking parameters and the hash, keeps the rest', () => {
    const url = new URL('https://a.example/x/?id=7&utm_source=nl&utm_medium=email&fbclid=abc&ref=home&gclid=1#top');
    expect(cleanUrl(url).href).toBe('https://a.example/x/?id=7');
  });

  it('drops an emptied query string', () => {
    expect(cleanUrl(new URL('https://a.example/x?mc_cid=1&mc_eid=2')).href).toBe('https://a.example/x');
  });

  it('keys URLs without scheme and trailing slash', () => {
    expect(urlKey(new URL('https://a.example/x/'))).toBe(urlKey(new URL('http://a.example/x')));
  });

  it('makes a title from a slug', () => {
    expect(titleFromSlug(new URL('https://a.example/2024/05/serbia-lithium-reserves-48213/'))).toBe(
      'Serbia lithium reserves',
    );
    expect(titleFromSlug(new URL('https://a.example/news/12345'))).toBeUndefined();
  });
});

describe('collectRelated', () => {
  it('resolves relative links against <base href> and strips tracking', () => {
    const html = page(
      `${ARTICLE}<div class="related-posts"><h3>Related posts</h3><ul>
        <li><a href="one/?utm_campaign=x#c">First related story</a></li>
        <li><a href="/2024/second-story/">Second related story</a></li></ul></div>`,
      '<base href="https://cdn.example/blog/">',
    );
    const { posts } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      { url: 'https://cdn.example/blog/one/', title: 'First related story' },
      { url: 'https://cdn.example/2024/second-story/', title: 'Second related story' },
    ]);
  });

  it('merges an image link and a title link to the same post, taking the image alt when needed', () => {
    const html = page(`${ARTICLE}<section><h2>Related articles</h2>
      <div class="item"><a href="/news/story-a/"><img data-src="/img/a.jpg" src="data:image/gif;base64,R0lGOD" alt="Alt of A"></a>
        <a href="/news/story-a/?utm_source=rel">Title of A</a></div>
      <div class="item"><a href="/news/story-b/"><img srcset="/img/b-300.jpg 300w, /img/b-600.jpg 600w" alt="Only an image B"></a></div>
    </section>`);
    const { posts } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      { url: 'https://news.example/news/story-a/', title: 'Title of A', image: 'https://news.example/img/a.jpg' },
      { url: 'https://news.example/news/story-b/', title: 'Only an image B', image: 'https://news.example/img/b-300.jpg' },
    ]);
  });

  it('merges duplicates across blocks and keeps page order', () => {
    const html = page(`${ARTICLE}
      <div class="yarpp"><h3>Related posts</h3><ol><li><a href="/2024/post-a/">Post A</a></li><li><a href="/2024/post-b/">Post B</a></li></ol></div>
      <div class="crp_related"><ul><li><a href="/2024/post-b/"><span class="crp_title">Post B</span></a><span class="crp_author"> by <a href="/author/ann/">Ann</a></span></li>
      <li><a href="/2024/post-c/"><span class="crp_title">Post C</span></a></li></ul></div>`);
    const { posts, reports } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      { url: 'https://news.example/2024/post-a/', title: 'Post A' },
      { url: 'https://news.example/2024/post-b/', title: 'Post B', author: 'Ann' },
      { url: 'https://news.example/2024/post-c/', title: 'Post C' },
    ]);
    expect(reports).toStrictEqual([['related-posts block', 2]]);
  });

  it(`returns at most ${LIMITS.maxPosts} posts but removes the whole block`, () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/p${i}/">Post number ${i}</a></li>`).join('');
    const { posts, doc } = run(page(`${ARTICLE}<div class="related-posts"><h3>Related</h3><ul>${items}</ul></div>`), PAGE_URL);
    expect(posts).toHaveLength(LIMITS.maxPosts);
    expect(posts[0]?.title).toBe('Post number 0');
    expect(posts.at(-1)?.title).toBe(`Post number ${LIMITS.maxPosts - 1}`);
    expect(doc.querySelector('.related-posts')).toBeNull();
  });

  it('skips links to the article itself, sponsored items and metadata links', () => {
    const html = page(
      `${ARTICLE}<div class="related-posts"><h3>Related posts</h3><ul>
        <li><a href="https://news.example/2024/05/main-story/?utm_source=x#comments">Main story</a></li>
        <li><a href="/2024/real-post/">A real related post</a> <a href="/category/world/">World</a> <a href="/2024/real-post/#comments">3 comments</a></li>
        <li class="is-sponsored"><a href="https://brand.example/savings/offer-2024">Buy this now</a></li>
        <li><a href="https://partner.example/stories/partner-story">Partner story</a> <span class="label">Anzeige</span></li>
      </ul></div>`,
      '<link rel="canonical" href="https://news.example/2024/05/main-story/">',
    );
    const { posts } = run(html, 'https://news.example/2024/05/main-story/?fbclid=zzz');
    expect(posts).toStrictEqual([{ url: 'https://news.example/2024/real-post/', title: 'A real related post' }]);
  });

  it('takes <time datetime>, else the date text', () => {
    const html = page(`${ARTICLE}<div class="related-posts"><h3>Related</h3>
      <div><a href="/2024/post-a/">Post A</a> <time datetime="2024-05-01T08:00:00Z">1 May</time></div>
      <div><a href="/2024/post-b/">Post B</a> <span class="post-date">April 3, 2024</span></div></div>`);
    const { posts } = run(html, PAGE_URL);
    expect(posts.map((p) => p.date)).toStrictEqual(['2024-05-01T08:00:00Z', 'April 3, 2024']);
  });

  it('takes a heading and the list after it when the heading has no container of its own', () => {
    const html = page(`<article><h1>Main story</h1><p>${'Body text of the story. '.repeat(20)}</p>
      <h2>See also</h2><ul><li><a href="/2024/story-x/">Story X</a></li><li><a href="/2024/story-y/">Story Y</a></li></ul>
      <p>Closing paragraph stays. ${'More body text. '.repeat(10)}</p></article>`);
    const { posts, doc, reports } = run(html, PAGE_URL);
    expect(posts.map((p) => p.title)).toStrictEqual(['Story X', 'Story Y']);
    expect(reports).toStrictEqual([['related-posts block', 1]]);
    expect(doc.querySelector('h2')).toBeNull();
    expect(doc.querySelector('ul')).toBeNull();
    expect(bodyText(doc)).toContain('Closing paragraph stays.');
    expect(bodyText(doc)).toContain('Body text of the story.');
  });

  it('does not take a heading-like span or a link text "Read more" as a block heading', () => {
    const html = page(`${ARTICLE}<div class="teaser"><span class="teaser-title">Read more</span>
      <ul><li><a href="/2024/story-x/">Story X</a></li></ul></div>`);
    const { posts, reports } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([]);
    expect(reports).toStrictEqual([]);
  });

  it('leaves a related heading over article text alone', () => {
    const html = page(`<article><h2>Related posts</h2><p>${'We wrote about this before, see <a href="/2023/older-piece/">our piece</a>, and many other things happened. '.repeat(6)}</p></article>`);
    const { posts, reports, doc, before } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([]);
    expect(reports).toStrictEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads JSON-LD relatedLink as a string, array or object, and <link rel="related">', () => {
    const head = `
      <link rel="related" href="/guides/linked/" title="Declared by a link element">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","relatedLink":"https://news.example/one-story/"}</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage","relatedLink":["/two-story/?utm_source=ld",{"@type":"WebPage","url":"/guides/three/","name":"Third, named"},"/tag/x/"]}]}</script>
      <script type="application/ld+json">{ not json </script>`;
    const html = page(`${ARTICLE}<p>See <a href="/one-story/">The first story, linked in text</a>.</p>`, head);
    const { posts, reports } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      { url: 'https://news.example/guides/linked/', title: 'Declared by a link element' },
      { url: 'https://news.example/one-story/', title: 'The first story, linked in text' },
      { url: 'https://news.example/two-story/', title: 'Two story' },
      { url: 'https://news.example/guides/three/', title: 'Third, named' },
    ]);
    expect(reports).toStrictEqual([]);
  });

  it('prefers the visible block over metadata for the same post', () => {
    const head = `<script type="application/ld+json">{"relatedLink":["/2024/post-a/","/2024/post-b/"]}</script>`;
    const html = page(
      `${ARTICLE}<div class="related-posts"><h3>Related</h3><ul><li><a href="/2024/post-b/">Visible B</a> <span class="author">by Kim</span></li></ul></div>`,
      head,
    );
    const { posts } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      { url: 'https://news.example/2024/post-b/', title: 'Visible B', author: 'Kim' },
      { url: 'https://news.example/2024/post-a/', title: 'Post a' },
    ]);
  });

  it('ignores a related heading that comes after the links (it heads nothing)', () => {
    const html = page(`<article><h1>Podcast 39</h1><div class="entry-content">
      <p>Live from the camp with <a href="/guests/anna-berg/">Anna Berg</a> and <a href="/guests/li-wei/">Li Wei</a>.</p>
      <p><a href="https://cdn.example/audio/episode-39.mp3">Download the episode</a></p>
      <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>
    </div></article>`);
    const { posts, reports, doc, before } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([]);
    expect(reports).toStrictEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("never takes the block's heading or its link as a post", () => {
    const html = page(`${ARTICLE}
      <div class="yarpp-related"><div class="inner"><h3>Ähnliche Artikel</h3><ol><li><a href="/2024/02/only-one-post/">The only related post</a></li></ol></div></div>
      <section class="teasers"><h2><a href="/thueringen/index.html">Mehr aus Thüringen</a></h2>
        <div class="teaser"><a href="/thueringen/2024/05/unfall-weimar/">Zwei Verletzte bei Unfall in Weimar</a></div>
        <div class="teaser"><a href="/thueringen/2024/05/suedbad-gotha/">Südbad in Gotha wieder offen</a></div></section>`);
    const { posts, reports } = run(html, PAGE_URL);
    expect(posts.map((p) => p.title)).toStrictEqual([
      'The only related post',
      'Zwei Verletzte bei Unfall in Weimar',
      'Südbad in Gotha wieder offen',
    ]);
    expect(reports).toStrictEqual([['related-posts block', 2]]);
  });

  it('prefers the headline over a kicker and over a "read more" link', () => {
    const html = page(`${ARTICLE}<div class="related-articles"><h2>Ähnliche Artikel</h2>
      <div class="teaser"><h3><span>Archiv</span></h3><h2><span>Warum wird das Erdöl knapp?</span></h2><p></p>
        <a class="btn more" href="/archiv/articles/erdoel-knapp.html">weiter</a><img src="/img/oel.jpg" alt="Ölplattform"></div>
      <div class="teaser"><h3><span>Archiv</span></h3><h2><span>Chemische Verbindungen</span></h2>
        <a class="btn more" href="/archiv/articles/chemische-verbindungen.html">weiter <span class="invisible">Chemische Verbindungen</span></a></div>
    </div>`);
    const { posts } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      {
        url: 'https://news.example/archiv/articles/erdoel-knapp.html',
        title: 'Warum wird das Erdöl knapp?',
        image: 'https://news.example/img/oel.jpg',
      },
      { url: 'https://news.example/archiv/articles/chemische-verbindungen.html', title: 'Chemische Verbindungen' },
    ]);
  });

  it('does not take social profiles, counters, section links or one-word labels as posts', () => {
    const html = page(`${ARTICLE}<div class="related-posts"><h3>Related posts</h3><ul>
      <li><a href="https://www.facebook.com/newsexample">Follow us on Facebook</a></li>
      <li><a href="/flag/like/125351?destination">168 Likes</a></li>
      <li><a href="/jobs">Jobs at the newsroom</a></li>
      <li><a href="/sections/tv/">TV</a></li>
      <li><a href="/2024/04/real-related-story/">A real related story</a></li>
    </ul></div>`);
    const { posts } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([{ url: 'https://news.example/2024/04/real-related-story/', title: 'A real related story' }]);
  });

  it('takes the author from a byline and skips avatars and tracking pixels for the image', () => {
    const html = page(`${ARTICLE}<div class="related-posts"><h3>Related</h3>
      <article class="card"><img class="avatar" src="/avatars/kim.png" alt=""><img src="/px.gif" width="1" height="1" alt="">
        <h4 class="card-title"><a href="/2024/03/card-story/">A card story</a></h4>
        <p class="byline">By <a href="/author/kim-lee/">Kim Lee</a> · <span class="post-date">3 March 2024</span></p>
        <img data-lazy-src="/media/card.jpg" src="data:image/gif;base64,R0lGOD" alt="">
        <p class="card-excerpt">What the card story is about, briefly.</p></article>
    </div>`);
    const { posts } = run(html, PAGE_URL);
    expect(posts).toStrictEqual([
      {
        url: 'https://news.example/2024/03/card-story/',
        title: 'A card story',
        author: 'Kim Lee',
        date: '3 March 2024',
        image: 'https://news.example/media/card.jpg',
        excerpt: 'What the card story is about, briefly.',
      },
    ]);
  });

  it('does nothing on a page without links', () => {
    const { posts, reports } = run(page(ARTICLE), PAGE_URL);
    expect(posts).toStrictEqual([]);
    expect(reports).toStrictEqual([]);
  });
});
