/**
 * The data tables of key-figure extraction: currencies, scale words, units,
 * number conventions, target and period phrases, the contexts that are not
 * figures, the word lists of the `measures` heuristic and the rank weights.
 * Traversal and parsing live in the other files of this folder; a new
 * language, unit or currency is a new row here.
 *
 * Word conventions used below: `words` match case-insensitively and are
 * whole words; `symbols` match exactly as written (case matters: "Mt" is a
 * megatonne, "MW" a megawatt, "m" a metre). A space in an entry matches any
 * run of spaces, including no-break and narrow no-break spaces.
 */
import type { FigureKind } from '../types';

/** An entry that only applies to pages in some languages (primary subtags, "fr", "de"). */
interface LangScoped {
  /** Primary language subtags the entry is limited to; every language when absent. */
  readonly langs?: readonly string[];
}

/** How one family of languages writes numbers. */
export interface NumberConvention extends LangScoped {
  /** Characters that group thousands ("1,234", "1.234", "1 234", "1'234"); one number uses one of them. */
  readonly group: readonly string[];
  /** The decimal mark. */
  readonly decimal: string;
}

/**
 * Number conventions, matched against the page language: a full tag
 * ("de-ch") first, then its primary subtag; the entry without `langs` is the
 * default (English style).
 */
export const NUMBER_CONVENTIONS: readonly NumberConvention[] = [
  { group: [',', '\u00A0', '\u202F', '\u2009'], decimal: '.' },
  {
    langs: ['de', 'es', 'it', 'nl', 'pt', 'id', 'tr', 'da', 'el', 'ro', 'hr', 'sl', 'sr', 'is', 'ca', 'gl'],
    group: ['.', ' ', '\u00A0', '\u202F', '\u2009'],
    decimal: ',',
  },
  {
    langs: ['fr', 'ru', 'pl', 'cs', 'sk', 'uk', 'be', 'sv', 'fi', 'nb', 'nn', 'no', 'hu', 'bg', 'kk', 'lt', 'lv', 'et'],
    group: [' ', '\u00A0', '\u202F', '\u2009'],
    decimal: ',',
  },
  { langs: ['de-ch', 'fr-ch', 'it-ch', 'de-li', 'rm'], group: ["'", '\u2019', '\u00A0', '\u202F', '\u2009'], decimal: '.' },
];

/** A currency: its ISO code is also matched, before or after the amount ("USD 5m", "5m USD"). */
export interface CurrencyRule {
  /** ISO 4217 code, the figure's unit. */
  readonly code: string;
  /** Signs written before or after the amount, exactly ("US$", "€", "Rs"). */
  readonly symbols: readonly string[];
  /** Names written after the amount ("dollars", "euros"). */
  readonly words: readonly string[];
}

/** Currencies. A sign shared by several currencies ("$", "¥") belongs to the most common one. */
export const CURRENCIES: readonly CurrencyRule[] = [
  {
    code: 'USD',
    symbols: ['US$', 'U.S.$', '$'],
    words: ['US dollars', 'U.S. dollars', 'US-Dollar', 'US-Dollars', 'dollars', 'dollar', 'dólares', 'dollari', 'долларов', 'доллара', 'доллар'],
  },
  { code: 'EUR', symbols: ['€'], words: ['euros', 'euro', 'евро'] },
  { code: 'GBP', symbols: ['£'], words: ['pounds sterling', 'sterling'] },
  { code: 'JPY', symbols: ['¥', 'JP¥'], words: ['yen'] },
  { code: 'CNY', symbols: ['CN¥', 'RMB'], words: ['yuan', 'renminbi', 'юаней'] },
  { code: 'KZT', symbols: ['₸'], words: ['tenge', 'тенге'] },
  { code: 'INR', symbols: ['₹', 'Rs.', 'Rs'], words: ['rupees', 'rupee'] },
  { code: 'RUB', symbols: ['₽', 'руб.'], words: ['rubles', 'roubles', 'рублей', 'рубля'] },
  { code: 'UAH', symbols: ['₴'], words: ['hryvnias', 'hryvnia', 'гривен'] },
  { code: 'CHF', symbols: [], words: ['Swiss francs', 'Franken'] },
  { code: 'CAD', symbols: ['C$', 'CA$'], words: ['Canadian dollars'] },
  { code: 'AUD', symbols: ['A$', 'AU$'], words: ['Australian dollars'] },
  { code: 'NZD', symbols: ['NZ$'], words: ['New Zealand dollars'] },
  { code: 'HKD', symbols: ['HK$'], words: ['Hong Kong dollars'] },
  { code: 'SGD', symbols: ['S$'], words: ['Singapore dollars'] },
  { code: 'BRL', symbols: ['R$'], words: ['reais', 'reals'] },
  { code: 'KRW', symbols: ['₩'], words: ['won'] },
  { code: 'TRY', symbols: ['₺'], words: ['lira', 'liras'] },
  { code: 'PLN', symbols: ['zł'], words: ['zloty', 'złoty', 'złotych'] },
  { code: 'NGN', symbols: ['₦'], words: ['naira'] },
  { code: 'ILS', symbols: ['₪'], words: ['shekels'] },
  { code: 'ZAR', symbols: [], words: ['rand'] },
  { code: 'MXN', symbols: ['MX$'], words: ['Mexican pesos'] },
  { code: 'SEK', symbols: [], words: ['Swedish kronor'] },
  { code: 'NOK', symbols: [], words: ['Norwegian kroner'] },
  { code: 'DKK', symbols: [], words: ['Danish kroner'] },
  { code: 'AED', symbols: [], words: ['dirhams'] },
  { code: 'SAR', symbols: [], words: ['riyals'] },
];

/** A scale word: "million" multiplies by 10^6. */
export interface ScaleRule extends LangScoped {
  /** Power of ten the number is multiplied by. */
  readonly pow: number;
  readonly words: readonly string[];
  /**
   * One-letter abbreviations ("m", "k", "bn" is a word). They are taken as a
   * scale only next to a currency or a unit ("$5m", "5m people"), since
   * "5 m" alone is five metres.
   */
  readonly short?: readonly string[];
}

/**
 * Scale words. A language-scoped entry overrides a general one with the same
 * word ("billion" is 10^12 in French and German).
 */
export const SCALES: readonly ScaleRule[] = [
  { pow: 3, words: ['thousand', 'thousands', 'Tausend', 'тыс.', 'тысяч', 'тысячи'], short: ['k', 'K'] },
  { langs: ['es', 'pt', 'ca'], pow: 3, words: ['mil'] },
  { langs: ['it', 'fr'], pow: 3, words: ['mila', 'mille'] },
  {
    pow: 6,
    words: [
      'million', 'millions', 'mn', 'mln', 'mio', 'Mio.', 'Millionen', 'millón', 'millones', 'milione', 'milioni',
      'miljoen', 'milhões', 'milhão', 'млн', 'млн.', 'миллион', 'миллиона', 'миллионов',
    ],
    short: ['m', 'M'],
  },
  {
    pow: 9,
    words: [
      'billion', 'billions', 'bn', 'bln', 'milliard', 'milliards', 'Milliarde', 'Milliarden', 'Mrd.', 'Mrd',
      'mil millones', 'miliardo', 'miliardi', 'miljard', 'млрд', 'млрд.', 'миллиард', 'миллиарда', 'миллиардов',
    ],
    short: ['b', 'B'],
  },
  {
    pow: 12,
    words: ['trillion', 'trillions', 'tn', 'trn', 'trln', 'billón', 'billones', 'трлн', 'трлн.', 'триллион', 'триллиона', 'триллионов'],
  },
  { langs: ['fr', 'de', 'nl', 'it', 'pl', 'da', 'sv', 'nb', 'no'], pow: 12, words: ['billion', 'billions', 'Billionen'] },
];

/** A percent-like unit. */
export interface PercentRule {
  /** "%", "pp" (percentage points) or "bp" (basis points). */
  readonly unit: string;
  readonly symbols: readonly string[];
  readonly words: readonly string[];
}

/** Percentages, percentage points, basis points. */
export const PERCENTS: readonly PercentRule[] = [
  {
    unit: '%',
    symbols: ['%', '٪', '％'],
    words: ['per cent', 'percent', 'pct', 'Prozent', 'pour cent', 'por ciento', 'per cento', 'procent', 'процентов', 'процента', 'процент'],
  },
  {
    unit: 'pp',
    symbols: ['pp', 'ppt', 'p.p.', 'п.п.'],
    words: ['percentage points', 'percentage point', 'Prozentpunkte', 'points de pourcentage', 'puntos porcentuales', 'процентных пункта', 'процентных пунктов'],
  },
  { unit: 'bp', symbols: ['bp', 'bps'], words: ['basis points', 'basis point'] },
];

/** A unit of measure or a counted noun, with its canonical name. */
export interface UnitRule {
  /** Canonical unit: "t", "MW", "km²", "people"… */
  readonly unit: string;
  /** "quantity" for measures, "count" for counted things (people, jobs). */
  readonly kind: Extract<FigureKind, 'quantity' | 'count'>;
  /** Power of ten the value is multiplied by to reach the canonical unit ("Mt" → 6). */
  readonly pow?: number;
  readonly symbols?: readonly string[];
  readonly words?: readonly string[];
}

/** Units with their aliases. */
export const UNITS: readonly UnitRule[] = [
  {
    unit: 't',
    kind: 'quantity',
    symbols: ['t', 'т'],
    words: ['metric tons', 'metric tonnes', 'tons', 'tonnes', 'ton', 'tonne', 'Tonnen', 'toneladas', 'tonnellate', 'тонн', 'тонны', 'тонна'],
  },
  { unit: 't', kind: 'quantity', pow: 3, symbols: ['kt'], words: ['kilotons', 'kilotonnes'] },
  { unit: 't', kind: 'quantity', pow: 6, symbols: ['Mt'], words: ['megatons', 'megatonnes'] },
  { unit: 'kg', kind: 'quantity', symbols: ['kg'], words: ['kilograms', 'kilogrammes', 'kilos'] },
  { unit: 'oz', kind: 'quantity', symbols: ['oz'], words: ['troy ounces', 'ounces'] },
  { unit: 'bbl/d', kind: 'quantity', symbols: ['bpd', 'b/d', 'bbl/d'], words: ['barrels per day', 'barrels a day'] },
  { unit: 'bbl', kind: 'quantity', symbols: ['bbl'], words: ['barrels', 'barrel', 'Barrel'] },
  { unit: 'm³', kind: 'quantity', symbols: ['m³', 'm3'], words: ['cubic metres', 'cubic meters'] },
  { unit: 'm³', kind: 'quantity', pow: 9, symbols: ['bcm'], words: ['billion cubic metres', 'billion cubic meters'] },
  { unit: 'L', kind: 'quantity', symbols: ['L', 'l'], words: ['litres', 'liters', 'litre', 'liter'] },
  { unit: 'kW', kind: 'quantity', symbols: ['kW'], words: ['kilowatts'] },
  { unit: 'MW', kind: 'quantity', symbols: ['MW'], words: ['megawatts', 'megawatt'] },
  { unit: 'GW', kind: 'quantity', symbols: ['GW'], words: ['gigawatts', 'gigawatt'] },
  { unit: 'kWh', kind: 'quantity', symbols: ['kWh'], words: ['kilowatt-hours', 'kilowatt hours'] },
  { unit: 'MWh', kind: 'quantity', symbols: ['MWh'], words: ['megawatt-hours', 'megawatt hours'] },
  { unit: 'GWh', kind: 'quantity', symbols: ['GWh'], words: ['gigawatt-hours', 'gigawatt hours'] },
  { unit: 'TWh', kind: 'quantity', symbols: ['TWh'], words: ['terawatt-hours', 'terawatt hours'] },
  { unit: 'km²', kind: 'quantity', symbols: ['km²', 'km2', 'sq km'], words: ['square kilometres', 'square kilometers'] },
  { unit: 'm²', kind: 'quantity', symbols: ['m²', 'm2', 'sq m', 'sqm'], words: ['square metres', 'square meters'] },
  { unit: 'ha', kind: 'quantity', symbols: ['ha'], words: ['hectares', 'hectare'] },
  { unit: 'acres', kind: 'quantity', words: ['acres'] },
  { unit: 'km', kind: 'quantity', symbols: ['km'], words: ['kilometres', 'kilometers', 'kilometre', 'kilometer'] },
  { unit: 'm', kind: 'quantity', symbols: ['m'], words: ['metres', 'meters', 'metre', 'meter'] },
  { unit: 'mi', kind: 'quantity', words: ['miles'] },
  { unit: '°C', kind: 'quantity', symbols: ['°C', '℃'], words: ['degrees Celsius', 'degrees C'] },
  { unit: '°F', kind: 'quantity', symbols: ['°F', '℉'], words: ['degrees Fahrenheit', 'degrees F'] },
  { unit: 'people', kind: 'count', words: ['people', 'persons', 'person', 'individuals', 'Menschen', 'personnes', 'personas', 'человек'] },
  { unit: 'jobs', kind: 'count', words: ['jobs', 'Arbeitsplätze', 'emplois', 'empleos', 'рабочих мест'] },
  { unit: 'homes', kind: 'count', words: ['homes', 'houses', 'households', 'dwellings', 'Haushalte', 'logements'] },
  { unit: 'workers', kind: 'count', words: ['workers', 'employees', 'staff', 'Mitarbeiter', 'Beschäftigte', 'salariés', 'сотрудников'] },
  { unit: 'residents', kind: 'count', words: ['residents', 'inhabitants', 'Einwohner', 'habitants', 'жителей'] },
  { unit: 'students', kind: 'count', words: ['students', 'pupils', 'children'] },
  { unit: 'patients', kind: 'count', words: ['patients'] },
  { unit: 'users', kind: 'count', words: ['users', 'subscribers'] },
  { unit: 'customers', kind: 'count', words: ['customers', 'clients'] },
  { unit: 'visitors', kind: 'count', words: ['visitors', 'tourists', 'passengers'] },
  { unit: 'deaths', kind: 'count', words: ['deaths', 'fatalities', 'casualties'] },
];

/** A canonical unit for the periods of years ("2024–2028"). */
export const YEAR_UNIT = 'year';

/** The unit of ratios ("double" → 2 ×). */
export const RATIO_UNIT = '×';

/** Earliest and latest years taken as years (not amounts) in periods and targets. */
export const YEAR_SPAN = { min: 1800, max: 2199 } as const;

/** Words between a scale word and its unit: "10 millones de dólares", "28 millions d’habitants". */
export const SCALE_UNIT_LINKS: readonly string[] = ['de', 'di', "d'", 'd’'];

/** Words or signs between the two ends of a range: "3–5", "2024 to 2028", "between 10 and 20". */
export const RANGE_DASHES = ['-', '–', '—', '‐', '−'] as const;

/**
 * Range words. `after` is a word that must come right before the range for
 * the word to join its ends ("between 10 and 20"); `notAfter` one that turns
 * it into a change instead ("from 5% to 7%" is two figures). Years are
 * always a range with these words ("from 2024 to 2028").
 */
export const RANGE_WORDS: readonly { readonly word: string; readonly after?: string; readonly notAfter?: string }[] = [
  { word: 'to', notAfter: 'from' },
  { word: 'and', after: 'between' },
  { word: 'through', notAfter: 'from' },
  { word: 'bis' },
];

/** Words right before a year range that make it a period: "for 2024–2028", "in 2024-2028". */
export const PERIOD_BEFORE: readonly string[] = [
  'for', 'in', 'during', 'over', 'from', 'between', 'through', 'throughout', 'covering', 'spanning', 'until',
  'für', 'im', 'pour', 'en', 'para', 'на', 'в',
];

/** Words right after a year range (or one word later) that make it a period: "the 2024–2028 plan", "2025-2035 climate plan". */
export const PERIOD_AFTER: readonly string[] = [
  'plan', 'plans', 'period', 'programme', 'program', 'budget', 'strategy', 'season', 'term', 'cycle', 'timeframe',
  'window', 'roadmap', 'forecast', 'outlook', 'fiscal', 'years',
];

/** Words right before a year-like number that make it a year, not an amount ("in 2023 people…"). */
export const YEAR_BEFORE: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'mid', 'early', 'late', 'end', 'year',
  'fiscal', 'FY',
];

/** Words that tie a figure to a deadline: "1 million tons by 2029". */
export const TARGET_PREPOSITIONS: readonly string[] = [
  'by', 'until', 'till', 'before', 'no later than', 'bis', "d'ici", 'd’ici', "d'ici à", 'd’ici à', 'para',
  'hasta', 'entro', 'к', 'до',
];

/** Qualifiers between the target preposition and its year: "by the end of 2030", "by mid-2026". */
export const TARGET_YEAR_QUALIFIERS: readonly string[] = [
  'the end of', 'end of', 'the middle of', 'the start of', 'the beginning of', 'the close of', 'the end of fiscal',
  'the end of FY', 'end-', 'mid-', 'early', 'late', 'fiscal', 'FY', 'Ende', 'la fin de', 'fin de', 'fines de',
  'fine', 'конца',
];

/** Year-end deadlines without a year: "by year-end". */
export const TARGET_YEAR_END: readonly string[] = [
  'year-end', 'year end', 'the end of the year', 'end of the year', 'the end of this year', 'end-year', 'the year’s end',
  "the year's end", 'Jahresende', "la fin de l'année", 'la fin de l’année', "fin d'année", 'fin de año', 'finales de año',
  'fine anno', 'конца года',
];

/** Words after a target year that belong to it ("к 2030 году"). */
export const TARGET_YEAR_SUFFIXES: readonly string[] = ['году', 'года', 'г.'];

/** Most words allowed between a figure and its "by <year>" ("1 million tons of copper by 2029"). */
export const TARGET_GAP_WORDS = 3;

/**
 * Words that state a multiple. A base form (`needsModal`) counts only after
 * one of {@link RATIO_MODALS} ("aims to double"), since "a double blow" is no figure.
 */
export const RATIO_WORDS: readonly { readonly words: readonly string[]; readonly value: number; readonly needsModal?: boolean }[] = [
  { words: ['double'], value: 2, needsModal: true },
  { words: ['doubled', 'doubling', 'twofold', 'two-fold'], value: 2 },
  { words: ['triple'], value: 3, needsModal: true },
  { words: ['tripled', 'tripling', 'threefold', 'three-fold'], value: 3 },
  { words: ['quadruple'], value: 4, needsModal: true },
  { words: ['quadrupled', 'quadrupling', 'fourfold', 'four-fold'], value: 4 },
  { words: ['tenfold', 'ten-fold'], value: 10 },
  { words: ['halve'], value: 0.5, needsModal: true },
  { words: ['halved', 'halving'], value: 0.5 },
];

/** Signs after a number that make it a multiple: "a 3-fold rise". */
export const RATIO_SUFFIXES: readonly string[] = ['-fold', 'fold'];

/** Words that make a base-form ratio verb a verb: "to double", "will triple". */
export const RATIO_MODALS: readonly string[] = [
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'nearly', 'almost', 'more than',
];

/** Month names per language (the default list is always used), for dates and time words. */
export const MONTHS: Readonly<Record<string, readonly string[]>> = {
  default: [
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  de: ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/**
 * Character classes (regex class bodies) used in the patterns as
 * `{letter}`, `{digit}`, `{upper}`, `{lower}`. Figures' regexes avoid Unicode
 * property escapes (`\p{L}`), which are slow to compile on every page load.
 * `letter` holds the scripts that put spaces between words, and combining
 * marks; scripts without spaces (Chinese, Japanese, Thai) are left out so a
 * number glued to their words is still read.
 */
export const CHAR_CLASSES: Readonly<Record<'letter' | 'digit' | 'upper' | 'lower', string>> = {
  letter:
    'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F' +
    '\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u066E-\\u06D3\\u0900-\\u0963\\u10A0-\\u10FF\\u1E00-\\u1FFF',
  digit: '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u2070-\\u2089\\uFF10-\\uFF19',
  upper: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F',
  lower: 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u03B1-\\u03C9\\u0430-\\u044F',
};

/**
 * Labels followed by a number that names a thing rather than measures it
 * ("Figure 3", "chapter 7", "No. 5", "Windows 11"). Matched with either case of
 * the first letter.
 */
export const NUMBER_LABELS: readonly string[] = [
  'Figure', 'Fig.', 'Table', 'Chart', 'Chapter', 'Section', 'Page', 'p.', 'pp.', 'Article', 'Art.', 'Item', 'No.',
  'Nr.', 'Number', 'Version', 'v.', 'Vol.', 'Episode', 'Season', 'Part', 'Room', 'Route', 'Flight', 'Gate',
  'Platform', 'Phase', 'Grade', 'Floor', 'Suite', 'Apartment', 'Highway', 'Interstate',
  'Paragraph', 'Clause', 'Annex', 'Appendix', 'Exhibit', 'Batch', 'ISBN', 'ID', 'Windows', 'Android', 'iOS',
  'macOS', 'Galaxy', 'Pixel', 'PlayStation', 'Xbox', 'Boeing', 'Airbus', 'Formula', 'Model',
  'Kapitel', 'Seite', 'Abbildung', 'Tabelle', 'chapitre', 'Nummer', 'capítulo', 'página',
];

/**
 * Text that holds digits but no figure, blanked out before figures are
 * looked for. `{months}` and `{labels}` are filled from {@link MONTHS} and
 * {@link NUMBER_LABELS}, `{letter}` and the like from {@link CHAR_CLASSES}. All are compiled together into one Unicode regex
 * that is only tried where a text has one of {@link NOT_FIGURE_FIRST_CHARS},
 * so every pattern must start matching at one of them; words before the
 * digits are checked with a lookbehind (and stay, having no digits).
 */
export const NOT_FIGURES: readonly { readonly what: string; readonly pattern: string }[] = [
  { what: 'ISO date or timestamp', pattern: String.raw`\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b` },
  { what: 'numeric date', pattern: String.raw`\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b(?![.,]\d)` },
  { what: 'day and month', pattern: String.raw`\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?:{months})(?![{letter}])\.?(?:,?\s+\d{4}\b)?` },
  { what: 'month and day', pattern: String.raw`(?<=(?<![{letter}])(?:{months})\.?\s+)\d{1,2}(?:st|nd|rd|th)?\b(?![.,:]?\d)(?:,?\s+\d{4}\b)?` },
  { what: 'time of day', pattern: String.raw`\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))?` },
  { what: 'hour', pattern: String.raw`\b\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[AP]M\b|[ap]m\b|Uhr\b|o['’]clock\b)` },
  { what: 'international phone number', pattern: String.raw`\+\d{1,3}[\s.\-]?\(?\d{1,4}\)?[\s.\-]?\d{2,4}[\s.\-]?\d{2,4}(?:[\s.\-]?\d{2,4})?` },
  { what: 'phone number', pattern: String.raw`\(\d{3}\)\s?\d{3}[\s.\-]\d{4}\b|\b\d{3}[.\-]\d{3}[.\-]\d{4}\b|\b0\d(?:[\s.]\d{2}){4}\b` },
  { what: 'ordinal', pattern: String.raw`\b\d+(?:st|nd|rd|th)\b` },
  { what: 'age', pattern: String.raw`\b\d{1,3}[-\s]years?[-\s]old\b|(?<=(?<![{letter}])(?:aged|age|ages)\s)\d{1,3}\b` },
  { what: 'footnote marker', pattern: String.raw`\[\d{1,3}\]` },
  { what: 'list number', pattern: String.raw`(?<=^\s*)\d{1,3}[.)](?=\s)` },
  { what: 'numbered label', pattern: String.raw`(?<=(?<![{letter}{digit}])(?:{labels})\s?#?)\d[{letter}{digit}.\-]*` },
  { what: 'number sign', pattern: String.raw`[#№]\s?\d[{letter}{digit}.\-]*` },
  { what: 'product name', pattern: String.raw`(?<=(?<![{letter}])[{lower}]+[{upper}][{letter}]*\s?)\d[{letter}{digit}.\-]*` },
];

/** The characters every {@link NOT_FIGURES} pattern starts matching at (a regex class body). */
export const NOT_FIGURE_FIRST_CHARS = String.raw`\d+(\[#№`;

/**
 * Function words and auxiliaries of the `measures` heuristic: a phrase never
 * starts, ends or runs through them (links are the exception, see
 * {@link MEASURE_LINKS}); the look-back skips them. Per language; the
 * default (English) list is always used.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  default: [
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'it', 'they',
    'he', 'she', 'we', 'you', 'i', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'while', 'as', 'at', 'by',
    'for', 'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'with', 'within', 'without', 'through', 'over', 'under',
    'about', 'around', 'across', 'after', 'before', 'between', 'during', 'per', 'than', 'then', 'and', 'or', 'but', 'nor',
    'so', 'if', 'because', 'since', 'until', 'up', 'down', 'out', 'off', 'also', 'just', 'only', 'even', 'still',
    'some', 'any', 'all', 'each', 'every', 'both', 'more', 'less', 'most', 'least', 'nearly', 'almost', 'roughly',
    'approximately', 'another', 'other', 'such', 'same', 'first', 'second', 'higher', 'lower', 'above', 'below',
    'third', 'last', 'next', 'one', 'two', 'three', 'not', 'no', 'there', 'here', 'thus', 'however', 'already', 'now',
    'said', 'says', 'according', 'against', 'via', 'upon', 'among', 'amid', 'toward', 'towards', 'like', 'very',
    'annually', 'year-on-year', 'year-over-year', 'respectively', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
    'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did',
    "it's", "that's", "there's", "here's", "what's", "he's", "she's", "we're", "they're", "you're", "i'm", "isn't",
    "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "can't", "it'll", "we'll", "they'll",
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'auf', 'um', 'im',
    'von', 'vom', 'mit', 'für', 'zu', 'zum', 'zur', 'bei', 'bis', 'über', 'unter', 'nach', 'vor', 'aus', 'am', 'als',
    'wie', 'ist', 'sind', 'war', 'wurde', 'wird', 'werden', 'hat', 'haben', 'soll', 'sollen', 'rund', 'etwa', 'fast',
    'mehr', 'weniger', 'sich', 'sie', 'er', 'es',
  ],
  fr: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par',
    'avec', 'est', 'sont', 'a', 'ont', 'été', 'soit', 'environ', 'près', 'plus', 'moins', 'qui', 'que', 'se', 'sa', 'son',
    'ses', 'leur', 'leurs', 'il', 'elle', 'ils',
  ],
  es: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'y', 'o', 'en', 'con', 'por', 'para', 'es', 'son',
    'fue', 'ha', 'han', 'al', 'que', 'se', 'su', 'sus', 'cerca', 'más', 'menos',
  ],
};

/**
 * Verbs and change words: a phrase stops at them (except a first word right
 * after the figure: "a 40% increase"), and the look-back skips them. Per
 * language; the default (English) list is always used.
 */
export const VERBS: Readonly<Record<string, readonly string[]>> = {
  default: [
    'set', 'expected', 'projected', 'forecast', 'planned', 'aims',
    'aim', 'aimed', 'aiming', 'plans', 'planning', 'seeks', 'seeking', 'targets', 'targeted', 'targeting', 'increase',
    'increases', 'increased', 'increasing', 'rise', 'rises', 'rose', 'risen', 'rising', 'grow', 'grows', 'grew',
    'grown', 'growing', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'decline', 'declines',
    'declined', 'boost', 'boosts', 'boosted', 'boosting', 'double', 'doubled', 'doubling', 'triple', 'tripled', 'halve',
    'halved', 'reach', 'reaches', 'reached', 'reaching', 'hit', 'hits', 'total', 'totals', 'totalled', 'totaled',
    'exceed', 'exceeds', 'exceeded', 'climb', 'climbs', 'climbed', 'jump', 'jumps', 'jumped', 'surge', 'surged', 'soar',
    'soared', 'expand', 'expands', 'expanded', 'cut', 'cuts', 'reduce', 'reduces', 'reduced', 'raise', 'raises',
    'raised', 'lift', 'lifted', 'invest', 'invests', 'invested', 'investing', 'produce', 'produces', 'produced',
    'generate', 'generated', 'earn', 'earned', 'lose', 'lost', 'cost', 'costs', 'costing', 'worth', 'valued', 'estimated',
    'stand', 'stands', 'stood', 'amount', 'amounts', 'amounted', 'account', 'accounts', 'accounted', 'make', 'makes',
    'made', 'include', 'includes', 'included', 'including', 'get', 'gets', 'got', 'receive', 'received', 'allocate',
    'allocated', 'spend', 'spent', 'pay', 'paid', 'sign', 'signed', 'approve', 'approved', 'announce', 'announced',
    'see', 'sees', 'saw', 'post', 'posted', 'record', 'recorded', 'report', 'reported', 'add', 'added', 'gain',
    'gained', 'contribute', 'contributed', 'employ', 'employs', 'employed', 'hire', 'hired', 'bring', 'brings',
    'brought', 'compared', 'stated', 'emphasized', 'noted',
  ],
  de: [
    'stieg', 'steigt', 'gestiegen', 'sank', 'sinkt', 'gesunken', 'wuchs', 'wächst', 'gewachsen', 'erreichte', 'erreicht',
    'beträgt', 'betrug', 'liegt', 'lag', 'investiert', 'investieren', 'soll', 'plant', 'verdoppeln', 'steigern',
  ],
  fr: [
    'atteint', 'atteindre', 'augmenté', 'augmente', 'progressé', 'progresse', 'baissé', 'baisse', 'recule', 'reculé',
    'représente', 'investir', 'investi', 'prévoit', 'doubler',
  ],
  es: ['aumentó', 'aumenta', 'creció', 'crece', 'alcanzó', 'alcanza', 'cayó', 'cae', 'subió', 'bajó', 'invertirá', 'prevé'],
};

/** Words that may join two parts of a phrase after a figure: "increase in investment and production volume". */
export const MEASURE_LINKS: readonly string[] = ['in', 'of', 'with', 'and', 'on'];

/** Words after a figure that introduce what it measures: "$5 billion in revenue", "1.2 million tons of steel". */
export const MEASURE_INTROS: readonly string[] = ['of', 'in', 'on', 'for'];

/** Words of time a phrase stops before ("uptick in January-March", "rise in 2023"). */
export const TIME_WORDS: readonly string[] = [
  'year', 'years', 'quarter', 'quarters', 'half', 'month', 'months', 'week', 'weeks', 'day', 'days', 'period', 'time',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'fiscal', 'today', 'yesterday', 'spring', 'summer', 'autumn', 'fall', 'winter',
];

/**
 * Abbreviations a sentence does not end at, though the segmenter may break
 * after their dot ("2,5 Mrd. Euro", "Mr. Smith").
 */
export const ABBREVIATIONS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'Ltd.', 'Inc.', 'Co.', 'Corp.', 'Bros.', 'U.S.', 'U.K.',
  'U.N.', 'E.U.', 'No.', 'Nos.', 'Nr.', 'vs.', 'e.g.', 'i.e.', 'approx.', 'est.', 'Fig.', 'p.', 'pp.', 'Vol.', 'Art.',
  'Mio.', 'Mrd.', 'Rs.', 'bzw.', 'ca.', 'z.B.', 'млн.', 'млрд.', 'трлн.', 'тыс.', 'руб.', 'г.',
];

/** Most words in a `measures` phrase; the words nearest the figure are kept. */
export const MEASURE_MAX_WORDS = 8;

/** Most words the look-back skips (verbs, prepositions) before it must find the phrase. */
export const MEASURE_MAX_SKIP = 6;

/** Rank: base weight of each kind. */
export const KIND_WEIGHTS: Readonly<Record<FigureKind, number>> = {
  money: 3,
  target: 3,
  percent: 2.5,
  range: 1.5,
  quantity: 1.5,
  count: 1.5,
  ratio: 1,
};

/** Rank: bonuses for where and how often a figure appears. */
export const RANK_BONUS = {
  /** The figure is in the headline. */
  title: 3,
  /** The figure is in the lead (the first {@link LEAD_BLOCKS} substantial blocks). */
  lead: 2,
  /** Scaled by how early the first mention is (1 at the start, 0 at the end). */
  early: 1.5,
  /** Per repeated mention, up to `maxMentions`. */
  mention: 0.5,
  maxMentions: 3,
} as const;

/** How many substantial blocks make the lead. */
export const LEAD_BLOCKS = 2;

/** Fewest words for a block to count as a substantial paragraph (not a label or a dateline). */
export const LEAD_MIN_WORDS = 8;

/** Default cap on the number of figures returned. */
export const DEFAULT_MAX_FIGURES = 12;
