/**
 * Data tables for the related-posts stage: the phrases, selectors, URL shapes
 * and limits that decide what a "related posts" block is. Traversal code lives
 * in the other files of this folder; widening detection means adding rows here.
 *
 * Phrases are matched case- and accent-insensitively (see `foldText`), so
 * "A lire aussi" matches "À lire aussi" and "Еще по теме" matches "Ещё по теме".
 */

/** A phrase table keyed by language (ISO 639-1), for readability only. */
export type PhraseTable = Readonly<Record<string, readonly string[]>>;

/** Headings that announce a related-posts block: the whole heading must be one of these. */
export const RELATED_HEADING_PHRASES: PhraseTable = {
  en: [
    'Related',
    'Related posts',
    'Related post',
    'Related articles',
    'Related article',
    'Related stories',
    'Related story',
    'Related news',
    'Related content',
    'Related reading',
    'Related coverage',
    'Read also',
    'Also read',
    'Read next',
    'What to read next',
    'You may also like',
    'You might also like',
    'You may also be interested in',
    'You might be interested in',
    'More like this',
    'Recommended',
    'Recommended for you',
    'Recommended articles',
    'Recommended reading',
    'See also',
    'Further reading',
    'More on this topic',
    'More on this story',
    'More coverage',
    'Similar posts',
    'Similar articles',
    'Keep reading',
  ],
  de: [
    'Ähnliche Artikel',
    'Ähnliche Beiträge',
    'Verwandte Artikel',
    'Lesen Sie auch',
    'Lies auch',
    'Auch interessant',
    'Mehr zum Thema',
    'Das könnte Sie auch interessieren',
    'Das könnte dich auch interessieren',
  ],
  fr: [
    'À lire aussi',
    'À lire également',
    'Lire aussi',
    'Sur le même sujet',
    'Sur le même thème',
    'Articles similaires',
    'Articles liés',
    'Articles connexes',
    'Vous aimerez aussi',
    'Vous aimerez peut-être aussi',
  ],
  es: [
    'Artículos relacionados',
    'Entradas relacionadas',
    'Noticias relacionadas',
    'Te puede interesar',
    'También te puede interesar',
    'Lee también',
    'Te recomendamos',
  ],
  it: ['Leggi anche', 'Articoli correlati', 'Articoli simili', 'Potrebbe interessarti', 'Ti potrebbe interessare'],
  pt: ['Posts relacionados', 'Artigos relacionados', 'Notícias relacionadas', 'Leia também', 'Veja também'],
  nl: ['Gerelateerde artikelen', 'Lees ook'],
  pl: ['Powiązane artykuły', 'Czytaj też', 'Czytaj także', 'Zobacz też'],
  ru: [
    'Похожие статьи',
    'Похожие записи',
    'Читайте также',
    'Ещё по теме',
    'Смотрите также',
    'Материалы по теме',
  ],
};

/**
 * Headings that announce a related-posts block only when they are a real
 * heading element (h2–h6): as link or label text they mean something else.
 */
export const STRICT_HEADING_PHRASES: PhraseTable = {
  en: ['Read more', 'More stories', 'More articles', 'More news'],
};

/** Heading openings followed by a name: "More from Mining News", "Mehr aus Wirtschaft". */
export const RELATED_HEADING_PREFIXES: PhraseTable = {
  en: ['More from', 'More in', 'More on', 'More about'],
  de: ['Mehr aus', 'Mehr von'],
  es: ['Más de'],
};

/** Words that may follow a heading prefix, at most. */
export const PREFIX_HEADING_MAX_WORDS = 6;

/**
 * Words in a block's own heading that say it is NOT a list of related posts
 * (popularity boxes, sponsored slots, tag clouds…). Matched as whole words anywhere in the heading.
 */
export const UNRELATED_HEADING_PHRASES: PhraseTable = {
  en: [
    'Most read',
    'Most popular',
    'Popular',
    'Trending',
    'Most viewed',
    'Most shared',
    'Most commented',
    'Top stories',
    'Sponsored',
    'Promoted',
    'Partner content',
    'From our partners',
    'Around the web',
    'Tags',
    'Topics',
    'Categories',
    'Comments',
    'Share',
  ],
  de: ['Meistgelesen', 'Meistgelesene', 'Beliebt', 'Anzeige', 'Werbung', 'Schlagworte'],
  fr: ['Les plus lus', 'Populaires', 'Sponsorisé', 'Tendances'],
  es: ['Más leídos', 'Lo más leído', 'Populares', 'Patrocinado', 'Tendencias'],
  it: ['Più letti', 'Popolari', 'Sponsorizzato'],
  ru: ['Популярное', 'Самое читаемое', 'Реклама', 'Теги', 'Метки'],
};

/** Real heading elements: they may also use `STRICT_HEADING_PHRASES`. */
export const HEADING_TAGS: readonly string[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Heading-like labels: these tags head a block when one of their class names
 * contains a `HEADING_CLASS_WORDS` word (`<span class="widget-title">`).
 * `<header>` and `[role="heading"]` count too.
 */
export const HEADING_LIKE_TAGS: readonly string[] = ['strong', 'span', 'div'];

/** See `HEADING_LIKE_TAGS`. */
export const HEADING_CLASS_WORDS: readonly string[] = ['title', 'heading'];

/** A related-posts widget or theme block recognised by its markup. */
export interface BlockSelectorRule {
  selector: string;
  /** Which plugin or theme prints it. */
  source: string;
}

/**
 * Widgets and theme blocks that list related posts. Each selector is a single
 * class (`.name`) or id (`#name`), so the page scan can test it without a
 * selector engine. A match still has to hold article links (an empty widget is not a block).
 */
export const RELATED_BLOCK_SELECTORS: readonly BlockSelectorRule[] = [
  { selector: '#jp-relatedposts', source: 'Jetpack Related Posts (classic)' },
  { selector: '.jp-relatedposts-i2', source: 'Jetpack Related Posts (block)' },
  { selector: '.wp-block-jetpack-related-posts', source: 'Jetpack Related Posts (block)' },
  { selector: '.yarpp-related', source: 'YARPP' },
  { selector: '.yarpp', source: 'YARPP' },
  { selector: '.crp_related', source: 'Contextual Related Posts' },
  { selector: '.td_block_related_posts', source: 'tagDiv Newspaper' },
  { selector: '.jnews_related_post_container', source: 'JNews' },
  { selector: '.jnews_inline_related_post', source: 'JNews' },
  { selector: '.ast-single-related-posts-container', source: 'Astra' },
  { selector: '.entry-related', source: 'Kadence' },
  { selector: '#related-posts', source: 'Jannah / common themes' },
  { selector: '#related_posts', source: 'Sahifa / common themes' },
  { selector: '.related-posts', source: 'common themes' },
  { selector: '.related_posts', source: 'common themes' },
  { selector: '.related-post', source: 'common themes' },
  { selector: '.relatedposts', source: 'common themes' },
  { selector: '.related-articles', source: 'common themes' },
  { selector: '#related-articles', source: 'common themes' },
];

/**
 * Ancestors that make a heading or block navigation, not related posts:
 * menus, navigation bars, pagination. (A matched widget may itself be a
 * `<nav>`, as Jetpack's block is; only its ancestors are checked.)
 */
export const NAVIGATION_SELECTOR = [
  'nav',
  '[role="navigation"]',
  '[role="menu"]',
  '[role="menubar"]',
  '.menu',
  '.sub-menu',
  '.dropdown-menu',
  '.mega-menu',
  '.navbar',
  '.navigation',
  '.pagination',
].join(', ');

/** Recommendation widgets of ad networks (Outbrain, Taboola): paid links, never the site's related posts. */
export const AD_NETWORK_SELECTOR = [
  '.OUTBRAIN',
  '[class*="ob-widget"]',
  '[data-ob-template]',
  '[id^="taboola-"]',
  '[class*="taboola"]',
  '[class*="trc_rbox"]',
  '.trc_related_container',
].join(', ');

/**
 * Class or id words that disqualify a block (one class name must contain the
 * word between `-`/`_` separators or at its ends): "widget_popular_posts", "related-tags".
 */
export const UNRELATED_BLOCK_CLASS_WORDS: readonly string[] = [
  'popular',
  'trending',
  'most-read',
  'mostread',
  'most-viewed',
  'most-popular',
  'sponsored',
  'promoted',
  'taboola',
  'outbrain',
  'tags',
  'tag-cloud',
  'topics',
];

/**
 * Class names marking item metadata (author, date, category, tags, comments):
 * the word must end the class name, optionally followed by a suffix from
 * `META_CLASS_SUFFIXES` ("crp_author", "td-post-category", "cat-links",
 * "td-post-author-name"), so WordPress post classes like "category-news" do not count.
 */
export const META_CLASS_WORDS: readonly string[] = [
  'author',
  'authors',
  'byline',
  'avatar',
  'date',
  'time',
  'timestamp',
  'category',
  'categories',
  'cat',
  'tag',
  'tags',
  'comment',
  'comments',
];

/** Suffixes allowed after a `META_CLASS_WORDS` word. */
export const META_CLASS_SUFFIXES: readonly string[] = ['name', 'link', 'links', 'list', 'label', 'meta'];

/** Class words of share buttons. */
export const SHARE_CLASS_WORDS: readonly string[] = ['share', 'sharing', 'social', 'sharedaddy'];

/** URL paths of tag, category, author, search, account and archive pages (tested on the pathname). */
export const META_PATH_PATTERNS: readonly RegExp[] = [
  /\/(?:tag|tags|category|categories|topic|topics|thema|themen|author|authors|autor|auteur|autore|profile|profil|user|users|member|members|label|search|schlagwort|stichwort)(?:\/|$)/i,
  /^\/\d{4}(?:\/\d{1,2}){0,2}\/?$/, // date archives: /2024/, /2024/05/, /2024/05/03/
  /^\/\p{L}+\/?$/u, // one-word top-level sections and pages: /tv/, /jobs, /about/
  /^\/@[^/]+\/?$/, // profile handles: /@name
  /\/(?:signin|sign-in|login|log-in|signup|sign-up|register|account)(?:\/|$)/i, // account pages, bookmark buttons
  /\/feed\/?$/i,
  /\/wp-(?:login|admin)/i,
];

/** `rel` words of metadata links (WordPress prints `rel="category tag"`, `rel="author"`). */
export const META_LINK_RELS: readonly string[] = ['tag', 'category', 'author'];

/** `rel` words of pagination links. */
export const PAGINATION_LINK_RELS: readonly string[] = ['next', 'prev'];

/** Query parameters that make a URL a tag/category/author/search page. */
export const META_QUERY_PARAMS: readonly string[] = ['cat', 'tag', 'author', 's', 'replytocom'];

/** URL paths of pagination. */
export const PAGINATION_PATH_PATTERN = /\/page\/\d+\/?$/i;
/** Query parameters of pagination. */
export const PAGINATION_QUERY_PARAMS: readonly string[] = ['page', 'paged'];

/** Hashes that point at a post's comments, or at one comment ("#comment-12", "#li-comment-12"). */
export const COMMENT_HASH_PATTERN = /^#(?:comments?|respond|reply|disqus_thread|(?:li-|div-)?comment-[\w-]+)$/i;

/**
 * Share endpoints (host + path, without "www.") on hosts that otherwise hold
 * real articles, so share buttons are never posts. (Social networks are in `FOREIGN_HOSTS`.)
 */
export const SHARE_URL_PATTERNS: readonly RegExp[] = [
  /^reddit\.com\/submit/i,
  /^tumblr\.com\/(?:share|widgets\/share)/i,
  /^news\.ycombinator\.com\/submitlink/i,
  /^getpocket\.com\/(?:save|edit)/i,
  /^flipboard\.com\/bookmarklet/i,
];

/**
 * Hosts whose links are never the site's related posts: social networks
 * (profiles, pages) and recommendation/ad networks ("Powered by Outbrain").
 */
export const FOREIGN_HOSTS: readonly string[] = [
  'outbrain.com',
  'taboola.com',
  'revcontent.com',
  'mgid.com',
  'doubleclick.net',
  'facebook.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'linkedin.com',
  'xing.com',
  'tiktok.com',
  'pinterest.com',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'vk.com',
  't.me',
  'telegram.me',
  'wa.me',
  'whatsapp.com',
];

/**
 * Link texts of navigation, never a post: "view all", pagination. The whole
 * (folded) link text must match; such links are ignored.
 */
export const NON_POST_LINK_TEXTS: PhraseTable = {
  en: [
    'view all',
    'see all',
    'show all',
    'show more',
    'load more',
    'next',
    'previous',
    'prev',
    'older posts',
    'newer posts',
    'leave a comment',
  ],
  de: ['alle anzeigen', 'alle artikel', 'zurück', 'vor'],
  fr: ['voir tout', 'tout voir', 'suivant', 'précédent'],
  es: ['ver todo', 'ver todos', 'siguiente', 'anterior'],
  it: ['vedi tutti', 'successivo', 'precedente'],
  ru: ['все', 'показать все', 'все новости'],
};

/**
 * "Read more" link texts: the link still leads to the post (a teaser may link
 * only there), but its text is never the post's title.
 */
export const READ_MORE_TEXTS: PhraseTable = {
  en: ['more', 'read more', 'continue reading', 'read the article', 'full story'],
  de: ['mehr', 'weiter', 'weiterlesen', 'mehr lesen', 'zum artikel'],
  fr: ['lire la suite', 'lire plus', 'en savoir plus'],
  es: ['leer más', 'seguir leyendo', 'ver más'],
  it: ['leggi tutto', 'leggi di più', 'continua a leggere'],
  ru: ['далее', 'читать далее', 'подробнее'],
};

/** Words that follow a number in counter links ("168 Likes", "3 Kommentare"), which are never posts. */
export const COUNTER_WORDS: readonly string[] = [
  'like',
  'likes',
  'comment',
  'comments',
  'share',
  'shares',
  'views',
  'kommentar',
  'kommentare',
  'commentaire',
  'commentaires',
  'comentario',
  'comentarios',
  'commento',
  'commenti',
  'комментарий',
  'комментария',
  'комментариев',
];

/** Class-name fragments that mark a sponsored item inside an otherwise related block. */
export const SPONSORED_CLASS_FRAGMENTS: readonly string[] = [
  'sponsor',
  'advertorial',
  'paid-content',
  'promoted-content',
  'native-ad',
];

/** Attributes that mark a sponsored item. */
export const SPONSORED_ATTRIBUTES: readonly string[] = ['data-sponsored'];

/** `rel` words that mark a sponsored link. */
export const SPONSORED_RELS: readonly string[] = ['sponsored'];

/** Short labels that mark a sponsored item ("Sponsored", "Anzeige"…): the whole label must match. */
export const SPONSORED_LABELS: PhraseTable = {
  en: ['sponsored', 'promoted', 'advertisement', 'ad', 'paid content', 'partner'],
  de: ['anzeige', 'werbung', 'gesponsert'],
  fr: ['sponsorisé', 'publicité', 'contenu sponsorisé'],
  es: ['patrocinado', 'publicidad'],
  it: ['sponsorizzato', 'pubblicità'],
  ru: ['реклама', 'спонсор'],
};

/** Elements that may carry a sponsored label. */
export const SPONSORED_LABEL_TAGS: readonly string[] = ['span', 'small', 'em', 'b', 'strong', 'i', 'div', 'p', 'mark'];


/**
 * How an element inside a post item is recognised, without a selector engine:
 * it matches when any listed property matches (its tag; a word of its
 * `itemprop` or `rel`; a fragment of its class attribute, case-insensitive).
 */
export interface ElementMarker {
  tags?: readonly string[];
  itemprops?: readonly string[];
  rels?: readonly string[];
  classFragments?: readonly string[];
}

/** Where an item's title may sit (the innermost usable match wins). */
export const TITLE_MARKER: ElementMarker = {
  tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  itemprops: ['headline'],
  classFragments: ['title', 'headline'],
};

/**
 * Kickers, overlines and subtitles set above or below a headline ("Archiv",
 * "Nach 15 Jahren Rechtsstreit"): never the title, and left out of the title
 * element that holds them.
 */
export const KICKER_MARKER: ElementMarker = {
  classFragments: [
    'kicker',
    'dachzeile',
    'spitzmarke',
    'overline',
    'topline',
    'eyebrow',
    'supratitle',
    'surtitle',
    'pretitle',
    'pre-title',
    'preheadline',
    'pre-headline',
    'subtitle',
    'subheadline',
  ],
};

/** Where an item's author may sit. */
export const AUTHOR_MARKER: ElementMarker = {
  itemprops: ['author'],
  rels: ['author'],
  classFragments: ['author', 'byline', 'autor', 'auteur'],
};

/** Inside an author element, the name itself when marked. */
export const AUTHOR_NAME_MARKER: ElementMarker = { tags: ['a'], itemprops: ['name'] };

/** Words that open a byline ("by David", "von Anna", "Автор: …"), removed from the author. */
export const AUTHOR_PREFIXES: readonly string[] = [
  'by',
  'von',
  'par',
  'por',
  'di',
  'de',
  'door',
  'av',
  'przez',
  'от',
  'автор',
  'author',
  'autor',
  'auteur',
];

/**
 * Where an item's date may sit, in order of preference. With `attr`, the
 * element must have that attribute and its value (machine-readable) is the date;
 * otherwise the element's text is.
 */
export const DATE_SOURCES: readonly { marker: ElementMarker; attr?: string }[] = [
  { marker: { tags: ['time'] }, attr: 'datetime' },
  { marker: { itemprops: ['datePublished'] }, attr: 'content' },
  { marker: { itemprops: ['datePublished'] } },
  { marker: { tags: ['time'] } },
  { marker: { classFragments: ['date'] } },
];

/** Where an item's excerpt may sit. */
export const EXCERPT_MARKER: ElementMarker = {
  itemprops: ['description'],
  classFragments: ['excerpt', 'summary', 'description'],
};

/** Image attributes holding a URL, in order of preference (lazy loaders keep the real one in data-*). */
export const IMAGE_URL_ATTRS: readonly string[] = ['data-src', 'data-lazy-src', 'data-original', 'src'];

/** Image attributes holding a srcset; the first candidate is used. */
export const IMAGE_SRCSET_ATTRS: readonly string[] = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** Images that are not thumbnails: author avatars (tracking pixels are caught by their size). */
export const NON_THUMBNAIL_IMAGE_MARKER: ElementMarker = { classFragments: ['avatar'] };

/**
 * Post navigation ("← Previous post · Next post →") is not a list of related
 * posts: links inside these containers are never posts, wherever they sit.
 */
export const POST_NAVIGATION_SELECTOR = [
  '.post-navigation',
  '.posts-navigation',
  '.nav-links',
  '.nav-previous',
  '.nav-next',
  '.post-nav',
  '[class*="prevnext"]',
  '[class*="prev-next"]',
  '[class*="next-prev"]',
].join(', ');

/**
 * Captions of post-navigation links: a link whose text starts with one of
 * these ("Previous post Counting birds in winter") leads to the neighbouring
 * post, not to a related one.
 */
export const POST_NAVIGATION_CAPTIONS: PhraseTable = {
  en: [
    'Previous post',
    'Next post',
    'Previous article',
    'Next article',
    'Previous story',
    'Next story',
    'Previous entry',
    'Next entry',
    'Older post',
    'Newer post',
  ],
  de: ['Vorheriger Artikel', 'Nächster Artikel', 'Vorheriger Beitrag', 'Nächster Beitrag'],
  fr: ['Article précédent', 'Article suivant'],
  es: ['Artículo anterior', 'Artículo siguiente', 'Entrada anterior', 'Entrada siguiente'],
  it: ['Articolo precedente', 'Articolo successivo'],
  ru: ['Предыдущая статья', 'Следующая статья', 'Предыдущая запись', 'Следующая запись'],
};

/**
 * Labels of in-article link paragraphs: "Read more: <a>…</a>", "<b>Lesen Sie
 * auch:</b> <a>…</a>". The whole text before the first link must be one of
 * these, ended by an `INLINE_LABEL_SEPARATORS` character or set in bold.
 */
export const INLINE_LABEL_PHRASES: PhraseTable = {
  en: [
    'Read more',
    'Read also',
    'Also read',
    'Read next',
    'Related',
    'Related story',
    'Related article',
    'Related coverage',
    'See also',
    'Also see',
    'More',
    'Further reading',
    'Recommended',
    'Must read',
    "Don't miss",
    'Read the full story',
    'More on this',
  ],
  de: [
    'Lesen Sie auch',
    'Lesen Sie mehr',
    'Lesen Sie hier',
    'Lesen Sie dazu',
    'Lesen Sie dazu auch',
    'Hier lesen Sie',
    'Lies auch',
    'Auch interessant',
    'Auch lesenswert',
    'Lesetipp',
    'Mehr zum Thema',
    'Mehr dazu',
    'Siehe auch',
    'Passend dazu',
    'Dazu passend',
    'Zum Thema',
  ],
  fr: ['À lire aussi', 'À lire également', 'Lire aussi', 'Voir aussi', 'Sur le même sujet', 'À voir aussi', 'À découvrir', 'Lire la suite'],
  es: [
    'Lee también',
    'Lea también',
    'Lea más',
    'Lee más',
    'Lea',
    'Lee',
    'Mire',
    'Mira',
    'Vea también',
    'Ve también',
    'Puedes ver',
    'Te recomendamos',
    'Te puede interesar',
    'También te puede interesar',
    'Ver también',
    'Relacionado',
    'Noticia relacionada',
  ],
  it: ['Leggi anche', 'Vedi anche', 'Potrebbe interessarti'],
  pt: ['Leia também', 'Leia mais', 'Veja também', 'Saiba mais', 'Confira'],
  nl: ['Lees ook', 'Lees meer', 'Zie ook'],
  pl: ['Czytaj też', 'Czytaj także', 'Czytaj więcej', 'Zobacz też', 'Zobacz także', 'Przeczytaj też', 'Przeczytaj także', 'Dowiedz się więcej', 'Polecamy'],
  ru: ['Читайте также', 'Читайте еще', 'Смотрите также', 'По теме', 'Ещё по теме'],
};

/** Characters that end an inline label ("Read more:", "Lire aussi »", "Related |"). */
export const INLINE_LABEL_SEPARATORS = ':：»›→|–—>';

/** Tags that set an inline label apart without a separator ("<strong>Read also</strong> <a>…</a>"). */
export const INLINE_LABEL_TAGS: readonly string[] = ['strong', 'b', 'em'];

/** Words that may join the links of an inline paragraph ("<a>…</a> and <a>…</a>"). */
export const INLINE_JOINERS: readonly string[] = ['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'en', 'i', 'и', 'или'];

/** Punctuation that may sit between and around the links of an inline paragraph. */
export const INLINE_PUNCTUATION = ',;|/·•–—-+&.!?()[]"\'«»„“”‘’…';

/** JSON-LD types of a list of posts (`ItemList` named like a related block). */
export const ITEM_LIST_TYPES: readonly string[] = ['ItemList'];

/**
 * JSON-LD types of an item that is an article (a list entry of another type,
 * such as a product, is not a post). An entry without a type is accepted.
 */
export const ARTICLE_TYPES: readonly string[] = [
  'Article',
  'NewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Review',
  'CreativeWork',
  'WebPage',
  'ListItem',
];

/** Size limits of the heuristics. */
export const LIMITS = {
  /** At most this many posts are returned. */
  maxPosts: 20,
  /** A heading longer than this is not a block heading. */
  maxHeadingChars: 80,
  /** How many ancestors of a heading are tried as the block. */
  maxHeadingClimb: 4,
  /** How many siblings after a heading may form the block when no container fits. */
  maxSiblingParts: 3,
  /** Text a block may hold outside its post items: a fixed allowance (heading, "view all")… */
  outsideTextBase: 80,
  /** …plus this much per post (separators, labels between items). */
  outsideTextPerPost: 40,
  /** Text an item may hold besides its links (author, date, excerpt): more is a paragraph. */
  maxItemLooseText: 350,
  /** Share of the items' text that must be link text (prose has far less). */
  minLinkDensity: 0.1,
  /** Longest title, author, date and sponsored label accepted. */
  maxTitleChars: 300,
  maxAuthorChars: 80,
  maxDateChars: 60,
  maxLabelChars: 24,
  maxExcerptChars: 600,
  /** An image with a width or height attribute this small is a tracking pixel. */
  maxPixelSide: 2,
  /** How deep JSON-LD is searched for `relatedLink` and related item lists. */
  maxJsonDepth: 8,
  /** Longest in-article link paragraph ("Read more: <a>…</a>"), in characters. */
  maxInlineChars: 320,
  /** Most links an in-article link paragraph may hold. */
  maxInlineLinks: 3,
} as const;
