/**
 * Data tables for the page-furniture stage (src/furniture/index.ts): the
 * ad slots, widgets, share bars, comment forms and newsletter boxes that
 * Readability may keep inside or next to the article.
 */

/** What the stage reports, as shown to the reader. */
export const FURNITURE_LABELS = {
  ad: 'ad slot',
  weather: 'weather widget',
  share: 'share bar',
  commentForm: 'comment form',
  comments: 'comments',
  newsletter: 'newsletter box',
  cookie: 'cookie notice',
  author: 'author box',
} as const;

/** One of the labels in {@link FURNITURE_LABELS}. */
export type FurnitureLabel = (typeof FURNITURE_LABELS)[keyof typeof FURNITURE_LABELS];

/**
 * One kind of furniture. An element is marked by the rule when it has one of
 * the class names, ids, id prefixes, attributes or tag names listed, or a
 * class name or id matching {@link FurnitureRule.token}. Names match whole
 * (`ad` never matches "header" or "download").
 */
export interface FurnitureRule {
  /** The label reported for each removal. */
  label: FurnitureLabel;
  /** Class names, matched whole. */
  classes?: readonly string[];
  /** Ids, matched whole. */
  ids?: readonly string[];
  /** Id prefixes (`div-gpt-ad` for `div-gpt-ad-1700000000000-0`). */
  idPrefixes?: readonly string[];
  /** Attributes whose presence marks the element. */
  attributes?: readonly string[];
  /** Lower-case tag names. */
  tags?: readonly string[];
  /** A class name or id matching this marks the element (except names from the post's terms, {@link TERM_CLASS}). */
  token?: RegExp;
  /** When set, the element must also contain a match of this selector. */
  requires?: string;
  /** Most text (characters) the element may hold; with more it is kept as probably content. */
  maxText: number;
}

/**
 * Class names WordPress and other CMSs derive from the post's own terms
 * (`tag-weather`, `category-newsletter`): they say what the post is about,
 * not what the element is, and never make an element furniture.
 */
export const TERM_CLASS = /^(?:tag|category|cat|format|type|status|post|page|postid|author|term|topic|section)[-_]/i;

const L = FURNITURE_LABELS;
const NO_TEXT_LIMIT = Number.POSITIVE_INFINITY;

/** The furniture rules, in the order they are tried on each element. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    label: L.ad,
    classes: [
      'adsbygoogle', // AdSense <ins>
      'google-auto-placed',
      'ad',
      'ads',
      'advert',
      'adverts',
      'advertisement',
      'advertising',
      'adsense',
      'adslot',
      'adunit',
      'ad-slot',
      'ad-unit',
      'ad-container',
      'ad-wrapper',
      'ad-wrap',
      'ad-box',
      'ad-banner',
      'ad-block',
      'ad-placement',
      'ad-zone',
      'wp-block-ad',
    ],
    idPrefixes: ['div-gpt-ad', 'google_ads_iframe'], // Google Publisher Tag
    attributes: ['data-ad-slot'],
    tags: ['amp-ad'],
    // Ad Inserter numbers its blocks: class="code-block code-block-3".
    // A bare "code-block" is a source-code box and stays.
    token: /^code-block-\d+$/,
    maxText: 300,
  },
  {
    // Any class or id with "weather" as a whole part: #wp-weather, .wpc-weather
    // (WP Cloudy), .awesome-weather-wrap, .jeg_top_weather (JNews), .weather-widget…
    label: L.weather,
    token: /(?:^|[-_])weather(?:$|[-_])/i,
    maxText: 200,
  },
  {
    label: L.share,
    classes: [
      'sharedaddy', // Jetpack
      'share-buttons',
      'social-share',
      'social-sharing',
      'share-bar',
      'post-share',
      'entry-share',
      'addtoany_share_save_container', // AddToAny
      'a2a_kit',
      'heateor_sss_sharing_container', // Sassy Social Share
      'shareaholic-canvas',
      'sharethis-inline-share-buttons',
      'ss-inline-share-wrapper', // Social Snap
      'swp_social_panel', // Social Warfare
      'essb_links', // Easy Social Share Buttons
      'jeg_share_button', // JNews
      'td-post-sharing', // Newspaper
      'wp-block-jetpack-sharing-buttons',
    ],
    maxText: 300,
  },
  {
    label: L.commentForm,
    ids: ['respond', 'commentform'],
    classes: ['comment-respond'],
    maxText: 3000,
  },
  {
    label: L.comments,
    ids: ['comments', 'disqus_thread'],
    classes: ['comments-area', 'comment-list', 'commentlist', 'wp-block-comments'],
    maxText: NO_TEXT_LIMIT,
  },
  {
    label: L.newsletter,
    classes: [
      'widget_mc4wp_form_widget', // Mailchimp for WordPress
      'mc4wp-form',
      'tnp-subscription', // Newsletter plugin
      'jetpack_subscription_widget',
      'wp-block-jetpack-subscriptions',
    ],
    maxText: 600,
  },
  {
    label: L.cookie,
    ids: [
      'cookie-notice', // Cookie Notice & Compliance
      'cookie-law-info-bar', // CookieYes / GDPR Cookie Consent
      'moove_gdpr_cookie_info_bar', // GDPR Cookie Compliance
      'CybotCookiebotDialog', // Cookiebot
      'onetrust-banner-sdk', // OneTrust
      'onetrust-consent-sdk',
      'usercentrics-root',
    ],
    classes: ['cc-window', 'cky-consent-container', 'cmplz-cookiebanner'],
    // .cookie, .cookie-banner, #gdpr-consent, .consent-bar…
    token: /^(?:cookies?|gdpr|consent)$|(?:^|[-_])(?:cookies?|gdpr|consent)[-_](?:banner|bar|notice|notification|popup|consent|box|law|message|overlay|modal|wrapper|container)$/i,
    maxText: 800,
  },
  {
    // Author boxes: WordPress themes and plugins (Simple Author Box, Molongui…),
    // "about the author" sections. Short: an author's bio, never an article.
    label: L.author,
    // Exact names, since names starting "author-" are otherwise read as the post's terms (TERM_CLASS).
    classes: [
      'author-box', 'author-bio', 'author-info', 'author-card', 'author-profile', 'author-description', 'author-details',
      'author_box', 'author_bio', 'authorbox', 'about-author', 'about-the-author', 'post-author-box', 'entry-author-box',
      'autor-box', 'autorenbox', 'saboxplugin-wrap', 'abh_box', 'molongui-author-box', 'wp-block-post-author', 'article--authors',
    ],
    ids: ['author-box', 'author-bio', 'about-author', 'authorbox', 'author-info'],
    // Any other "…-author-box", "…-author-bio": .bmg-author-box, .td-author-box, .single-author-bio.
    token: /[-_]authors?[-_](?:box|bio)(?:$|[-_])/i,
    maxText: 1200,
  },
  {
    label: L.newsletter,
    token: /(?:^|[-_])newsletter(?:$|[-_])/i,
    requires: 'form, input[type="email"]',
    maxText: 600,
  },
];

/**
 * Marks of the article itself: an element that is or holds one of them is
 * never furniture, whatever its classes say.
 */
export const ARTICLE_MARKERS = {
  /** Lower-case tag names. */
  tags: ['h1'],
  classes: ['entry-content', 'post-content', 'article-content', 'article-body', 'td-post-content'],
  /** `itemprop` values. */
  itemprops: ['articleBody'],
} as const;

/**
 * Ad labels: an element whose whole text is one of these (case-insensitive,
 * trailing colon or dash ignored) marks an ad slot.
 */
export const AD_LABELS: readonly string[] = [
  'Supported by',
  'Advertisement',
  'Advertisements',
  'Advertising',
  'Ad',
  'Ads',
  'Sponsored',
  'Sponsored content',
  'Sponsored by',
  'Paid content',
  'Promoted',
  'Anzeige',
  'Werbung',
  'Publicité',
  'Publicidad',
  'Publicidade',
  'Pubblicità',
  'Reclame',
  'Reklama',
  'Reklame',
  'Annons',
  'Mainos',
  'Реклама',
  '广告',
  '広告',
  '광고',
];

/** Trailing punctuation an ad label may carry ("Advertisement:", "Anzeige –"). */
export const AD_LABEL_TRAILER = /[\s:：\-–—]+$/;

/** Longest text (characters) a text node may have to be tried as an ad label. */
export const MAX_AD_LABEL_CHARS = 40;

/** Elements (lower-case tag names) an ad label may be written in: never table cells, list items, links or big headings. */
export const AD_LABEL_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'span',
  'small',
  'strong',
  'b',
  'em',
  'i',
  'h4',
  'h5',
  'h6',
  'header',
]);

/** What an ad slot shows: an ad container holds one of these. */
export const AD_MEDIA_SELECTOR = 'img, picture, iframe, ins, video, object, embed, svg, canvas, amp-ad';

/** Most text (characters) an ad container may hold besides its label. */
export const MAX_AD_EXTRA_TEXT = 60;

/** How many ancestors above the label are searched for its ad container. */
export const MAX_AD_CONTAINER_DEPTH = 4;

/** Elements (lower-case tag names) never furniture, whatever classes they carry or whatever they hold. */
export const NEVER_FURNITURE_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/** Never taken for the ad next to a lone label: captioned figures are article images. */
export const NOT_AN_AD_SELECTOR = 'figure, figcaption, h1, h2, h3, table, ul, ol';
