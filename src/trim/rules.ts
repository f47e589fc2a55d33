/**
 * Data tables for the edge-trim stage (src/trim/index.ts): the boilerplate
 * Readability keeps at the ends of the article it found — tag lists, share
 * prompts, author boxes, "related" and "more from" lists, newsletter and
 * comment prompts after the text; breadcrumbs and date lines before it.
 *
 * Readability has already stripped class names from the content, so these
 * rules read only text, tags and links. Phrases are matched against the whole
 * text of one short block, lower-cased, in several languages (the pages Pith
 * reads are not all English).
 */

/** What the stage reports, as shown to the reader. */
export const TRIM_LABELS = {
  related: 'related links',
  tags: 'tag list',
  share: 'share prompt',
  author: 'author box',
  comments: 'comments',
  newsletter: 'newsletter prompt',
  links: 'link list',
  credit: 'photo credit',
  meta: 'date or byline',
  breadcrumb: 'breadcrumb',
  heading: 'heading without text',
} as const;

/** One of the labels in {@link TRIM_LABELS}. */
export type TrimLabel = (typeof TRIM_LABELS)[keyof typeof TRIM_LABELS];

/** A phrase rule: a block whose whole (short) text matches `pattern` is this kind of boilerplate. */
export interface PhraseRule {
  readonly label: TrimLabel;
  readonly pattern: RegExp;
}

const L = TRIM_LABELS;

/** Optional trailing punctuation after a heading-like phrase ("Related:", "Tags –", "Mehr zum Thema »"). */
const END = String.raw`\s*[:：.!?…»›>\-–—]*\s*$`;
/** A whole-block phrase, case-insensitive, Unicode-aware. */
const whole = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})${END}`, 'iu');
/** A phrase that opens a block ("Tags: a, b, c", "Share this article on …"). */
const opening = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})`, 'iu');

/**
 * Headings and short lines that open the boilerplate after an article: the
 * block they are in and everything after it go. Each must be the whole text
 * of its block (a heading, a line of its own), never words inside a sentence.
 */
export const END_MARKERS: readonly PhraseRule[] = [
  {
    label: L.related,
    pattern: whole(
      [
        // English
        String.raw`related(?: (?:articles?|posts?|stories|content|reading|news|topics|links|coverage|videos?))?`,
        String.raw`(?:you|we think you) (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)(?: (?:this|these|reading))?`,
        String.raw`more (?:from|on|about|in|stories|articles|news|posts|to read|like this)(?: [\p{L}\p{N}' &-]{1,40})?`,
        String.raw`(?:read|see) (?:also|more|next)`,
        String.raw`also (?:read|on|in)(?: [\p{L}\p{N}' &-]{1,40})?`,
        String.raw`recommended(?: for you| reading| articles| stories)?`,
        String.raw`(?:further|suggested|recommended) reading`,
        String.raw`(?:most (?:read|popular|viewed|shared|commented)|popular (?:posts|articles|stories|now)|trending(?: now)?)`,
        String.raw`(?:latest|recent|other|similar) (?:news|posts|articles|stories)`,
        String.raw`what to read next|don't miss|editor's picks|(?:see|read) (?:more|all) (?:stories|articles|news)|keep reading|up next|more stories`,
        // German
        String.raw`(?:das|dies) (?:könnte|dürfte) (?:sie|dich) (?:auch |ebenfalls )?interessieren`,
        String.raw`(?:auch|ebenfalls) interessant`,
        String.raw`mehr (?:zum thema|zu (?:diesem|dem) thema|dazu|aus (?:dem|der|den|diesem|dieser) [\p{L} -]{1,30}|(?:artikel|beiträge|nachrichten|news|meldungen|geschichten)(?: [\p{L} -]{1,30})?)`,
        String.raw`(?:weitere|ähnliche|verwandte|passende|aktuelle|neueste) (?:artikel|beiträge|nachrichten|meldungen|themen|news|geschichten|links|berichte|texte)(?: [\p{L} -]{1,30})?`,
        String.raw`lesen sie (?:auch|mehr|weiter)(?: zum thema)?|zum weiterlesen|weiterlesen|auch lesenswert`,
        String.raw`meist(?:gelesen|kommentiert|geteilt)e?(?: artikel)?|empfehlungen(?: der redaktion)?|unsere empfehlungen?`,
        String.raw`(?:weitere|empfohlene|ähnliche|passende) (?:beiträge|artikel|links|themen) (?:zum|zu diesem) thema|empfohlene (?:beiträge|artikel)|weiterführende (?:links|artikel|informationen|beiträge)`,
        String.raw`siehe auch|schon gelesen\??|zum weiterlesen|mehr themen|noch mehr [\p{L} ]{1,30}|entdecke(?:n sie)? (?:weitere|mehr|jetzt) [\p{L} ]{1,30}|lesen sie auch (?:die folgenden|diese) (?:beiträge|artikel)|(?:das|dieses) thema könnte (?:sie|dich) (?:auch )?interessieren|aktuelle [\p{L}]{3,20}`,
        // French
        String.raw`(?:à )?lire aussi|à lire également|sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:similaires|liés|connexes|recommandés)|voir aussi|les plus lus|vous aimerez aussi|vous (?:pourriez|pouvez) aussi aimer`,
        // Spanish, Portuguese, Italian
        String.raw`(?:te|le) puede interesar|también te puede interesar|noticias relacionadas|artículos relacionados|lee también|te recomendamos|más noticias|lo más leído`,
        String.raw`leia (?:também|mais)|veja também|notícias relacionadas|mais lidas`,
        String.raw`leggi anche|articoli correlati|potrebbe interessarti|ti potrebbe interessare|più letti`,
        // Polish, Dutch
        String.raw`zobacz (?:też|także|również)|czytaj (?:też|także|również|więcej)|polecamy|podobne artykuły|powiązane(?: artykuły)?|najczęściej czytane`,
        String.raw`lees (?:ook|meer)|gerelateerde artikelen|meer nieuws`,
      ].join('|'),
    ),
  },
  {
    label: L.tags,
    pattern: whole(
      [
        String.raw`tags?|tagged(?: with)?|keywords|filed under`,
        String.raw`schlagw(?:ö|o)rter|schlagworte|stichw(?:ö|o)rter|stichworte|themen in diesem artikel`,
        String.raw`mots[- ]clés|étiquettes|etiquetas|tagi|słowa kluczowe|parole chiave`,
      ].join('|'),
    ),
  },
  {
    label: L.author,
    pattern: whole(
      [
        String.raw`about the author|about (?:the )?authors|the author|author bio`,
        String.raw`über (?:den|die) autor(?:in|en|innen)?|zu(?:r|m) (?:person|autor(?:in)?)|der autor|die autorin|autor(?:in)?`,
        String.raw`à propos de l'auteur|l'auteur|sobre el autor|sobre o autor|l'autore|o autorze`,
      ].join('|'),
    ),
  },
  {
    label: L.comments,
    pattern: whole(
      [
        String.raw`(?:\d+ )?comments?(?: \(\d+\))?|\d+ (?:responses?|replies)|leave a (?:comment|reply)|add (?:a )?comment|join the discussion|what do you think\??`,
        String.raw`(?:\d+ )?kommentare?(?: \(\d+\))?|kommentar (?:schreiben|verfassen|abgeben)|kommentieren|diskutieren sie mit|ihre meinung(?: ist gefragt)?|leserkommentare`,
        String.raw`(?:\d+ )?commentaires?|laisser un commentaire|réagir|(?:\d+ )?comentarios?|deja (?:tu|un) comentario|(?:\d+ )?komentarz(?:e|y)?|dodaj komentarz|(?:\d+ )?commenti|lascia un commento|(?:\d+ )?reacties?`,
      ].join('|'),
    ),
  },
  {
    label: L.newsletter,
    pattern: whole(
      [
        String.raw`(?:sign up for |subscribe to )?(?:our |the )?newsletters?|(?:sign up|subscribe)(?: (?:now|today|here))?`,
        String.raw`newsletter (?:abonnieren|bestellen)|(?:jetzt )?(?:newsletter )?abonnieren|(?:jetzt )?anmelden`,
        String.raw`abonnez-vous(?: à (?:notre|la) newsletter)?|suscríbete(?: a (?:nuestro|la) newsletter)?|zapisz się(?: do newslettera)?|iscriviti(?: alla newsletter)?`,
      ].join('|'),
    ),
  },
];

/**
 * Lines that are boilerplate on their own at the end of an article (each
 * tested on one short block, from the last one back), or at its start. Share
 * prompts are here, not among the end markers: share bars also sit between
 * the text and the article's own lists of sources or downloads.
 */
export const EDGE_LINES: readonly PhraseRule[] = [
  {
    label: L.tags,
    pattern: opening(
      String.raw`(?:tags?|tagged(?: with)?|topics|keywords|categor(?:y|ies)|filed under|posted in|schlagw(?:ö|o)rter|schlagworte|stichw(?:ö|o)rter|themen|kategorien?|mots[- ]clés|étiquettes|etiquetas|tagi|temat(?:y)?)\s*[:：]`,
    ),
  },
  {
    label: L.share,
    pattern: whole(
      [
        String.raw`share(?: (?:this|the|on|via))?(?: (?:article|post|story|page))?(?: (?:on|via|with))?(?: [\p{L}]+)?`,
        String.raw`(?:artikel|beitrag|seite) (?:teilen|empfehlen|drucken)|teilen(?: sie (?:diesen|den) (?:artikel|beitrag))?|jetzt teilen|diesen (?:artikel|beitrag) teilen`,
        String.raw`partager(?: cet article| sur [\p{L}]+)?|compartir(?: en [\p{L}]+)?|compartilhe|condividi|udostępnij|deel (?:dit|dit artikel)`,
        String.raw`follow us(?: on [\p{L} ]+)?|folg(?:en sie|e) uns(?: auf [\p{L} ]+)?|suivez-nous|síguenos|obserwuj nas`,
      ].join('|'),
    ),
  },
  {
    label: L.share,
    pattern: opening(
      String.raw`(?:share (?:this|on|via)|(?:diesen )?(?:artikel|beitrag) (?:teilen|empfehlen|drucken|versenden)|partager (?:cet|sur)|compartir en|follow us on|folgen sie uns|like us on)\b`,
    ),
  },
  {
    label: L.credit,
    pattern: opening(
      String.raw`(?:photos?|fotos?|bilder?|image|pictures?|credits?|bildquellen?|titelbild|beitragsbild|quellen?|quellenangaben|sources?|źródło|fuente|fonte|источник|zdjęci[ae]|fot\.|crédits?|crédito)\s*[:：©]|©|\(c\) `,
    ),
  },
  {
    label: L.meta,
    pattern: opening(
      String.raw`(?:(?:zuletzt )?(?:aktualisiert|veröffentlicht|erstellt|geändert)(?: am)?|stand|posted(?: on)?|published(?: on)?|updated(?: on)?|last (?:updated|modified)(?: on)?|publié le|mis à jour le|publicado(?: el)?|actualizado(?: el)?|opublikowano|aktualizacja)\s*[:：]?\s*\d`,
    ),
  },
  {
    label: L.meta,
    // A label and a date: "Publikacja: 04.05.2021", "Veröffentlichung: 2. Februar 2022", "Aktualisiert: 11.04.2020, 10:27".
    pattern: opening(
      String.raw`(?:veröffentlich(?:t|ung)|aktualisiert|publiziert|erschienen|datum|date|publikacja|publication|publicado|publié)\s*(?:am|on|le|el)?\s*[:：]?\s*\d`,
    ),
  },
  {
    label: L.meta,
    // A date in words on its own: "7. Oktober 2020", "16 marca 2021", "March 14, 2025".
    pattern: /^(?:\p{L}{2,10},?\s+)?(?:\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})(?:[,\s|–-]+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?$/iu,
  },
  {
    label: L.meta,
    // Reading time: "4 Min Read", "Lesezeit: 3 Minuten", "Ten tekst przeczytasz w mniej niż minutę".
    pattern: /^(?:(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\s*[:：]?\s*)?(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute[ns]?|\.|s)?|minutos?)\.?(?:\s+(?:read|lesezeit|lectura|de lecture|lesen))?$|^ten tekst przeczytasz/iu,
  },
  {
    label: L.meta,
    // A date on its own, with an optional time: 12.03.2021, 2021-03-12 14:05, 12/3/21.
    pattern: /^(?:\p{L}{2,10},?\s+)?(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2})(?:[,\s|–-]+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?$/iu,
  },
];

/**
 * Dates and times as meta lines write them: "14. Mai 2014", "19.10.2019",
 * "2021-10-16", "March 14, 2025", "16 marca 2021", "15:40 Uhr".
 */
export const DATE_TOKENS: readonly RegExp[] = [
  /\d{4}-\d{2}-\d{2}(?:[T ][\d:.+-]+)?/gu,
  /\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/gu,
  /\d{1,2}\/\d{1,2}\/\d{2,4}/gu,
  /\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}/gu,
  /\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}/gu,
  /\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?/giu,
];

/**
 * Words that go with dates and names in a meta line ("von … am … um … Uhr",
 * "Posted in … | 0 comments"): they do not count as the line's own words.
 */
export const META_WORDS =
  /^(?:von|vom|by|par|por|przez|di|door|от|am|um|on|at|le|el|il|de|uhr|h|pm|in|im|and|und|et|y|i|posted|published|updated|veröffentlicht|aktualisiert|erstellt|verfasst|geschrieben|publiziert|stand|publié|mis|à|jour|publicado|actualizado|opublikowano|aktualizacja|autor(?:in)?|author|kategorie|category|rubrik|comments?|kommentare?|commentaires?|\d+|vor|ago|min|minuten?|minutes?|read|lesezeit)$/iu;

/**
 * A heading that introduces the author at the end: "Über Kathrin", "About
 * Jane Doe", "À propos de Marie" — the preposition and one to three
 * capitalised words (case matters: it is a name).
 */
export const AUTHOR_ABOUT = /^(?:[ÜüUu]ber|[Aa]bout|À propos de|[Ss]obre|[Oo])\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** What opens a byline: "Von Anja Muster", "By Jill Serjeant", "Verfasst von: …". */
export const BYLINE_OPENER =
  /^(?:von|by|par|por|przez|door|di|от|verfasst von|geschrieben von|autor(?:in)?|author|text(?: und fotos?)?)\s*[:：]?\s+/iu;

/** Separators between the parts of a meta line ("Freitag | 14. Juni 2019 | 15:49"). */
export const META_SEPARATORS = /[|•·]/u;

/**
 * Lines after an article that say where and when it was filed, how it is
 * licensed, or whose opinion it is: WordPress's "This entry was posted in…",
 * "Der Beitrag wurde am … veröffentlicht", disclaimers of blog communities.
 */
export const POST_META: readonly PhraseRule[] = [
  {
    label: L.meta,
    pattern:
      /^(?:this (?:entry|post|article) was (?:posted|published|filed)|(?:der|dieser) (?:beitrag|artikel|eintrag) wurde am|erstellt am .{3,60} (?:abgelegt|veröffentlicht)|posted (?:in|on|by) .{2,80}(?:bookmark|permalink)|bookmark the permalink|kommentarfeed\b|(?:dieser|der) beitrag gibt die meinung|bei diesem beitrag handelt es sich um ein blog|zeige alle beiträge von|view all posts by|alle beiträge von .{2,40} anzeigen|veröffentlicht von \p{Lu})/iu,
  },
];

/**
 * Calls to action: a short block at the end of an article that asks the
 * reader to subscribe, follow, share, comment, log in or support the site.
 * Matched anywhere in the block (at most {@link TRIM_LIMITS.maxPromptChars}).
 */
export const PROMPTS: readonly PhraseRule[] = [
  {
    label: L.newsletter,
    pattern:
      /\b(?:subscribe|subscription|sign up|newsletter|abonn(?:ieren|iere|ez|ement)|suscr[ií]b|zapisz się|prenumerat|iscriviti|download (?:the|our) [\p{L} ]{0,20}apps?|unsere app|hazte miembro|become a (?:member|subscriber|patron)|werden sie mitglied|support (?:our|us|independent)|unterstützen sie|spende)/iu,
  },
  {
    label: L.share,
    pattern:
      /\b(?:follow (?:us|the|@)|folg(?:en sie|e) uns|folgt uns|síguenos|siga-nos|nos siga|obserwuj|suivez-nous|(?:artikel|beitrag|post|article) (?:gefallen|teilen|mit anderen teilen)|share (?:this|it|with)|vergiss nicht zu teilen|(?:like|find|join) us on|canal de (?:youtube|telegram))/iu,
  },
  {
    label: L.comments,
    pattern:
      /\b(?:kommentar(?:e|en)? (?:schreiben|verfassen|insgesamt|geschlossen)|kommentieren|eingeloggt|log(?:ged)? in to|leave a (?:comment|reply)|comments? (?:are )?closed|letters? to the editor|(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|artikel bewerten|bewertungen?\)|valora esta|rate this (?:article|post)|was this (?:article|post) helpful)/iu,
  },
];

/** Limits, named. */
export const TRIM_LIMITS = {
  /** Content with less text than this (characters) is left alone. */
  minContentChars: 500,
  /** Text a trim must leave: at least this many characters… */
  minKeptChars: 400,
  /** …and at least this share of the content's text before an end marker… */
  minKeptShare: 0.5,
  /** …or this share, when the text after the marker is mostly links. */
  minLinkedKeptShare: 0.2,
  /** The most text (characters) one short block may have to be read as a phrase or edge line. */
  maxLineChars: 120,
  /** A block with at least this share of its text in links is a link block… */
  linkDensity: 0.6,
  /** …when it holds at most this much text (characters). */
  maxLinkBlockChars: 300,
  /** After a "related" heading, at least this share of the text must be links for it to end the article. */
  relatedLinkDensity: 0.35,
  /** The most text (characters) a block may have to be read as a call to action ({@link PROMPTS}). */
  maxPromptChars: 250,
  /** The most text (characters) the edge-line rules may take from the end without an end marker. */
  maxTailChars: 1500,
  /** After a "related" heading, this little text (characters) is what is left of a list, whatever its links. */
  maxOrphanChars: 200,
  /** The most text (characters) of a line ending with a colon that is read as a heading ("Kontakt:"). */
  maxLabelLineChars: 60,
  /** The most text (characters) taken from the start. */
  maxHeadChars: 300,
  /** Meta lines (dates, bylines) are looked for among this many first blocks, past a standfirst… */
  metaHeadBlocks: 4,
  /** …and within this much text (characters) from the start. */
  metaHeadChars: 700,
  /** The most text (characters) a meta line may have. */
  maxMetaChars: 100,
  /** The most words of its own (not dates, not {@link META_WORDS}) a meta line may have. */
  maxMetaWords: 4,
  /** The most text (characters) after an {@link AUTHOR_ABOUT} heading: an author's short bio, not a section. */
  maxAuthorBioChars: 600,
} as const;
