/**
 * Data tables for the captions stage (src/captions/index.ts): how an image
 * caption or a photo credit reads once Readability has stripped the page's
 * classes — by its words and by where it sits (next to an image).
 *
 * A caption found here becomes a `<figcaption>`: it stays with its image in
 * the article HTML (popup, reader, Markdown and HTML exports) and is left out
 * of the plain text, where there is no image for it to describe.
 */

/** A credit label and what follows it: "Foto: dpa", "Bild: Max Muster", "Photo: AFP", "Abbildung 3: …". */
const CREDIT_LABEL = String.raw`(?:photos?|fotos?|fotografie|bild(?:er|quellen?)?|titelbild|beitragsbild|headerbild|image|picture|pictures|credits?|crédits?(?: photos?)?|crédito|photographs?|illustration|grafik|infografik|abbildung(?:\s+\d+)?|abb\.\s*\d+|fig(?:ure|\.)?\s*\d+|fot\.|zdjęcie|źródło zdjęcia|copyright)`;

/**
 * A short line that is only a credit: "Foto: Sean Gallup/Getty Images",
 * "(Credit: Clayton Aldern / Grist)", "Photograph by Ed Marshall", "© dpa",
 * "Bild via", "iStock/cjp", "Judy Eddy/WENN.com".
 */
export const CREDIT_LINE: readonly RegExp[] = [
  new RegExp(String.raw`^[(\[]?\s*${CREDIT_LABEL}\s*[:：©]`, 'iu'),
  /^[([]?\s*(?:©|\(c\)\s|copyright\b)/iu,
  /^[([]?\s*(?:photo(?:graph)?|picture|image|foto|bild)\s+(?:by|von|via|de|par|courtesy)\b/iu,
];

/** Photo agencies and stock libraries: a short line naming one is a credit ("mlharing / iStock.com"). */
export const PHOTO_AGENCIES =
  /\b(?:getty ?images|shutterstock|istock(?:photo)?(?:\.com)?|adobe ?stock|fotolia|unsplash|pixabay|pexels|pixelio(?:\.de)?|picture[- ]alliance|imago(?: images)?|keystone|bestimage|abaca(?:press)?|wenn(?:\.com)?|dpa[- ]?(?:bildfunk|picture)|ap photo|afp photo|reuters\/|epa[- ]efe|clipdealer|depositphotos|123rf|dreamstime|alamy|stock\.adobe\.com)\b/iu;

/**
 * A caption that ends with its credit: "… auf Mallorca. Foto: Max Muster",
 * "… (mlharing / iStock.com)", "… © Presse- und Informationsamt".
 */
export const TRAILING_CREDIT = new RegExp(
  String.raw`(?:[.!?)»"“”]\s*|\s[|/–—-]\s*|\s\(|\s)(?:${CREDIT_LABEL}\s*[:：]|©|\(c\)\s)[^.!?]{2,80}\)?\.?$`,
  'iu',
);

/**
 * Class names and ids that mark a caption or a credit ("wp-caption-text",
 * "figure__caption", "image-credit", "bildunterschrift"), read before
 * Readability strips them. Matched as whole parts of a name.
 */
export const CAPTION_CLASS =
  /(?:^|[-_])(?:(?:fig|wp-)?caption(?:-text)?|bildunterschrift|(?:image|photo|img|picture|bild|foto)-?(?:credits?|caption|quelle|nachweis)|fotoquelle|credits?|copyright|bildnachweis|fotonachweis|bildquelle)(?:$|[-_])/i;

/** Words every {@link CAPTION_CLASS} name contains: one cheap test on a whole class attribute before splitting it. */
export const CAPTION_HINT = /caption|credit|copyright|bildunterschrift|nachweis|bildquelle|fotoquelle/i;

/** The attribute that carries a caption mark from before Readability (which keeps it) to the captions stage. */
export const CAPTION_MARK = 'data-pith-caption';

/** Limits, named. */
export const CAPTION_LIMITS = {
  /** The most text (characters) a credit line may have. */
  maxCreditChars: 100,
  /** The most words a line naming a photo agency may have to be read as a credit. */
  maxAgencyWords: 8,
  /** The most text (characters) a caption next to an image may have. */
  maxCaptionChars: 300,
} as const;
