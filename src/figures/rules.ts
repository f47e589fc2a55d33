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
  /**
   * A second decimal mark pages in the language also use: Swiss German
   * writes "1,2 Milliarden" and "93.50 Franken".
   */
  readonly decimalAlt?: string;
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
  {
    langs: ['de-ch', 'fr-ch', 'it-ch', 'de-li', 'rm'],
    group: ["'", '\u2019', '\u00A0', '\u202F', '\u2009'],
    decimal: '.',
    decimalAlt: ',',
  },
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
  { code: 'MXN', symbols: ['MX$'], words: ['Mexican pesos', 'pesos mexicanos', 'pesos', 'peso'] },
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
  { pow: 2, words: ['hundred', 'hundert'] },
  { pow: 3, words: ['thousand', 'thousands', 'Tausend', 'тыс.', 'тысяч', 'тысячи', 'тысяча'], short: ['k', 'K'] },
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
  /** Signs that are this unit only glued to the number ("1.5C"; "20.7 C" is no figure). */
  readonly glued?: readonly string[];
}

/** Units with their aliases. */
export const UNITS: readonly UnitRule[] = [
  {
    unit: 't',
    kind: 'quantity',
    symbols: ['t', 'т'],
    words: [
      'metric tons', 'metric tonnes', 'tons', 'tonnes', 'ton', 'tonne', 'Tonnen', 'Tonne', 'toneladas', 'tonelada',
      'tonnellate', 'тонн', 'тонны', 'тонна', 'тонну',
    ],
  },
  { unit: 't', kind: 'quantity', pow: 3, symbols: ['kt'], words: ['kilotons', 'kilotonnes'] },
  { unit: 't', kind: 'quantity', pow: 6, symbols: ['Mt'], words: ['megatons', 'megatonnes'] },
  // Russian crop yields are given in centners (ц, 100 kg): "41,6 центнера с гектара".
  { unit: 't', kind: 'quantity', pow: -1, symbols: ['ц'], words: ['центнеров', 'центнера', 'центнер'] },
  { unit: 'kg', kind: 'quantity', symbols: ['kg', 'кг'], words: ['kilograms', 'kilogrammes', 'kilos', 'Kilogramm', 'kilogramos'] },
  { unit: 'g', kind: 'quantity', symbols: ['g'], words: ['grams', 'grammes', 'Gramm', 'gramos'] },
  { unit: 'mg', kind: 'quantity', symbols: ['mg'], words: ['milligrams', 'milligrammes', 'Milligramm'] },
  { unit: 'oz', kind: 'quantity', symbols: ['oz'], words: ['troy ounces', 'ounces'] },
  {
    unit: 'bbl/d',
    kind: 'quantity',
    symbols: ['bpd', 'b/d', 'bbl/d'],
    words: ['barrels per day', 'barrels a day', 'Barrel pro Tag', 'barils par jour', 'barriles diarios', 'barriles al día', 'баррелей в сутки'],
  },
  { unit: 'bbl', kind: 'quantity', symbols: ['bbl'], words: ['barrels', 'barrel', 'Barrel', 'barils', 'barriles', 'баррелей', 'барреля'] },
  { unit: 'm³', kind: 'quantity', symbols: ['m³', 'm3'], words: ['cubic metres', 'cubic meters', 'Kubikmeter', 'mètres cubes', 'metros cúbicos', 'кубометров'] },
  { unit: 'm³', kind: 'quantity', pow: 9, symbols: ['bcm'], words: ['billion cubic metres', 'billion cubic meters', 'млрд кубометров'] },
  // Spanish reservoirs are reported in hectómetros cúbicos (1 hm³ = 1 million m³).
  { unit: 'm³', kind: 'quantity', pow: 6, symbols: ['hm³', 'hm3'], words: ['hectómetros cúbicos', 'hectómetro cúbico'] },
  { unit: 'L', kind: 'quantity', symbols: ['L', 'l'], words: ['litres', 'liters', 'litre', 'liter', 'Liter', 'litros', 'литров'] },
  { unit: 'L', kind: 'quantity', pow: 2, symbols: ['hl', 'hL'], words: ['hectolitres', 'hectoliters', 'hectolitros', 'Hektoliter'] },
  { unit: 'gal', kind: 'quantity', words: ['gallons', 'gallon'] },
  { unit: 'kW', kind: 'quantity', symbols: ['kW', 'кВт'], words: ['kilowatts', 'Kilowatt', 'kilovatios'] },
  { unit: 'MW', kind: 'quantity', symbols: ['MW', 'МВт'], words: ['megawatts', 'megawatt', 'Megawatt', 'mégawatts', 'megavatios', 'мегаватт'] },
  { unit: 'GW', kind: 'quantity', symbols: ['GW', 'ГВт'], words: ['gigawatts', 'gigawatt', 'Gigawatt', 'gigawatts', 'gigavatios', 'гигаватт'] },
  { unit: 'kWh', kind: 'quantity', symbols: ['kWh', 'кВт·ч'], words: ['kilowatt-hours', 'kilowatt hours', 'Kilowattstunden', 'kilovatios hora'] },
  { unit: 'MWh', kind: 'quantity', symbols: ['MWh', 'МВт·ч'], words: ['megawatt-hours', 'megawatt hours', 'Megawattstunden', 'megavatios hora'] },
  { unit: 'GWh', kind: 'quantity', symbols: ['GWh', 'ГВт·ч'], words: ['gigawatt-hours', 'gigawatt hours', 'Gigawattstunden', 'gigavatios hora'] },
  { unit: 'TWh', kind: 'quantity', symbols: ['TWh', 'ТВт·ч'], words: ['terawatt-hours', 'terawatt hours', 'Terawattstunden', 'teravatios hora'] },
  {
    unit: 'km²',
    kind: 'quantity',
    symbols: ['km²', 'km2', 'sq km', 'км²'],
    words: ['square kilometres', 'square kilometers', 'Quadratkilometer', 'kilomètres carrés', 'kilómetros cuadrados', 'квадратных километров'],
  },
  {
    unit: 'm²',
    kind: 'quantity',
    symbols: ['m²', 'm2', 'sq m', 'sqm', 'м²'],
    words: ['square metres', 'square meters', 'Quadratmeter', 'Quadratmetern', 'mètres carrés', 'metros cuadrados', 'квадратных метров'],
  },
  { unit: 'ha', kind: 'quantity', symbols: ['ha', 'га'], words: ['hectares', 'hectare', 'Hektar', 'hectáreas', 'гектаров', 'гектара'] },
  { unit: 'acres', kind: 'quantity', words: ['acres', 'acre'] },
  {
    unit: 'km',
    kind: 'quantity',
    symbols: ['km', 'км'],
    words: ['kilometres', 'kilometers', 'kilometre', 'kilometer', 'Kilometer', 'Kilometern', 'kilomètres', 'kilómetros', 'километров'],
  },
  { unit: 'm', kind: 'quantity', symbols: ['m'], words: ['metres', 'meters', 'metre', 'meter', 'Meter', 'mètres', 'metros', 'метров'] },
  { unit: 'nm', kind: 'quantity', symbols: ['nm'], words: ['nanometres', 'nanometers', 'nanometre', 'nanometer'] },
  { unit: 'mi', kind: 'quantity', words: ['miles', 'mile'] },
  { unit: 'nmi', kind: 'quantity', words: ['nautical miles'] },
  { unit: 'in', kind: 'quantity', words: ['inches'] },
  { unit: 'ly', kind: 'quantity', words: ['light-years', 'light years', 'Lichtjahre', 'années-lumière', 'años luz', 'световых лет'] },
  { unit: 'km/h', kind: 'quantity', symbols: ['km/h', 'км/ч'], words: ['kilometres per hour', 'kilometers per hour', 'Stundenkilometer'] },
  { unit: 'mph', kind: 'quantity', symbols: ['mph'], words: ['miles per hour'] },
  { unit: 'ppm', kind: 'quantity', symbols: ['ppm'], words: ['parts per million'] },
  { unit: 'TEU', kind: 'quantity', symbols: ['TEU', 'TEUs'] },
  { unit: '°C', kind: 'quantity', symbols: ['°C', '℃', '° C'], words: ['degrees Celsius', 'degrees C', 'Grad Celsius', 'Grad', 'degrés', 'grados', 'градусов'] },
  { unit: '°C', kind: 'quantity', glued: ['C'] },
  { unit: '°F', kind: 'quantity', symbols: ['°F', '℉'], words: ['degrees Fahrenheit', 'degrees F'] },
  { unit: 'K', kind: 'quantity', words: ['kelvin', 'Kelvin'] },
  { unit: 'min', kind: 'quantity', symbols: ['min'], words: ['minutes', 'minute', 'Minuten', 'minutos', 'минут', 'минуты'] },
  { unit: 'h', kind: 'quantity', words: ['hours', 'hour', 'Stunden', 'heures', 'horas', 'часов', 'часа'] },
  { unit: 'days', kind: 'quantity', words: ['days', 'Tage', 'Tagen', 'jours', 'días', 'дней', 'дня', 'суток'] },
  { unit: 'weeks', kind: 'quantity', words: ['weeks', 'Wochen', 'semaines', 'semanas', 'недель', 'недели'] },
  { unit: 'months', kind: 'quantity', words: ['months', 'month', 'Monate', 'Monaten', 'mois', 'meses', 'месяцев', 'месяца'] },
  {
    unit: 'people',
    kind: 'count',
    words: ['people', 'persons', 'person', 'individuals', 'Menschen', 'Personen', 'personnes', 'personas', 'человек', 'жителей'],
  },
  { unit: 'jobs', kind: 'count', words: ['jobs', 'Arbeitsplätze', 'Stellen', 'emplois', 'empleos', 'puestos de trabajo', 'рабочих мест'] },
  { unit: 'homes', kind: 'count', words: ['homes', 'houses', 'households', 'dwellings', 'Haushalte', 'Wohnungen', 'logements', 'hogares', 'viviendas', 'квартир'] },
  {
    unit: 'workers',
    kind: 'count',
    words: ['workers', 'employees', 'staff', 'Mitarbeiter', 'Beschäftigte', 'salariés', 'trabajadores', 'empleados', 'сотрудников', 'работников'],
  },
  { unit: 'residents', kind: 'count', words: ['residents', 'inhabitants', 'Einwohner', 'habitants', 'habitantes'] },
  { unit: 'students', kind: 'count', words: ['students', 'pupils', 'children', 'Schüler', 'élèves', 'alumnos', 'учеников'] },
  { unit: 'patients', kind: 'count', words: ['patients', 'Patienten', 'pacientes', 'пациентов'] },
  { unit: 'users', kind: 'count', words: ['users', 'subscribers', 'Nutzer', 'Abonnenten', 'utilisateurs', 'abonnés', 'usuarios', 'пользователей'] },
  { unit: 'customers', kind: 'count', words: ['customers', 'clients', 'Kunden', 'clientes', 'клиентов'] },
  { unit: 'visitors', kind: 'count', words: ['visitors', 'tourists', 'passengers', 'Besucher', 'Touristen', 'Fahrgäste', 'visiteurs', 'touristes', 'voyageurs', 'passagers', 'visitantes', 'turistas', 'pasajeros', 'туристов', 'пассажиров'] },
  { unit: 'deaths', kind: 'count', words: ['deaths', 'fatalities', 'casualties', 'Tote', 'décès', 'morts', 'muertos', 'fallecidos', 'погибших'] },
];

/**
 * Coins of a currency, as a unit after the amount: "44 cents" is 0.44 USD.
 * `langs` limits a row to pages in those languages.
 */
export const CURRENCY_SUBUNITS: readonly (LangScoped & { readonly code: string; readonly pow: number; readonly words: readonly string[] })[] = [
  { code: 'USD', pow: -2, words: ['cents', 'cent'] },
  { langs: ['de', 'fr', 'es', 'it', 'nl', 'pt'], code: 'EUR', pow: -2, words: ['Cent', 'Cents', 'centimes', 'céntimos', 'centesimi'] },
  { code: 'GBP', pow: -2, words: ['pence'] },
  { code: 'RUB', pow: -2, words: ['копеек', 'копейки'] },
];

/**
 * Words joining an amount to what it is counted per: "$2.41 a share", "€3.50
 * per kg", "11,20 Euro pro Quadratmeter", "1.050 Euro im Monat", "$80 за
 * баррель", "41,6 центнера с гектара". A slash ("£58.87/MWh") and a
 * hyphenated "-a-"/"-per-" ("£60 million-a-year") join too.
 */
export const PER_LINKS: readonly string[] = [
  'a', 'an', 'per', 'each', 'pro', 'je', 'im', 'par', 'por', 'al', 'за', 'в', 'с',
];

/** What an amount may be counted per, with the canonical name after the unit's slash ("USD/share"). */
export const PER_UNITS: readonly { readonly per: string; readonly words?: readonly string[]; readonly symbols?: readonly string[] }[] = [
  { per: 'year', words: ['year', 'annum', 'Jahr', 'an', 'année', 'año', 'год'] },
  { per: 'month', words: ['month', 'Monat', 'mois', 'mes', 'месяц'] },
  { per: 'week', words: ['week', 'Woche', 'semaine', 'semana', 'неделю'] },
  { per: 'fortnight', words: ['fortnight'] },
  { per: 'day', words: ['day', 'Tag', 'jour', 'día', 'день', 'сутки'] },
  { per: 'night', words: ['night', 'Nacht', 'nuit', 'noche', 'ночь'] },
  { per: 'hour', words: ['hour', 'Stunde', 'heure', 'hora', 'час'] },
  { per: 'share', words: ['share', 'Aktie', 'action', 'acción', 'акцию'] },
  { per: 'trip', words: ['trip', 'journey', 'Fahrt', 'voyage', 'viaje', 'поездку'] },
  { per: 'person', words: ['person', 'head', 'capita', 'adult', 'Person', 'Kopf', 'personne', 'habitant', 'adulte', 'persona', 'человека'] },
  { per: 'bbl', words: ['barrel', 'Barrel', 'baril', 'barril', 'баррель'] },
  { per: 't', symbols: ['t', 'т'], words: ['tonne', 'ton', 'Tonne', 'tonelada', 'тонну'] },
  { per: 'kg', symbols: ['kg', 'кг'], words: ['kilo', 'kilogram', 'kilogramme', 'Kilo', 'Kilogramm', 'kilogramo'] },
  { per: 'bu', words: ['bushel'] },
  { per: 'L', symbols: ['l', 'L'], words: ['litre', 'liter', 'Liter', 'litro', 'литр'] },
  { per: 'kWh', symbols: ['kWh', 'кВт·ч'], words: ['kilowatt-hour', 'kilowatt hour', 'Kilowattstunde', 'kilovatio hora'] },
  { per: 'MWh', symbols: ['MWh', 'МВт·ч'], words: ['megawatt-hour', 'megawatt hour', 'Megawattstunde', 'mégawattheure', 'megavatio hora'] },
  { per: 'm²', symbols: ['m²', 'm2', 'sq m', 'sqm', 'м²'], words: ['square metre', 'square meter', 'Quadratmeter', 'mètre carré', 'metro cuadrado', 'квадратный метр'] },
  { per: 'sq ft', symbols: ['sq ft'], words: ['square foot'] },
  { per: 'ha', symbols: ['ha', 'га'], words: ['hectare', 'Hektar', 'hectárea', 'гектар', 'гектара'] },
  { per: 'USD', symbols: ['$'], words: ['dollar', 'dólar', 'доллар'] },
];

/** Bare counts: a number with no unit is a figure when it counts something ("131 projects") and is at least this. */
export const COUNT_MIN = 10;

/**
 * Words after a bare number that make it no count: years and ages ("119
 * years of records", "57 ans"), and words that continue a name or a
 * reference. Matched lower-cased.
 */
export const NOT_COUNTED: readonly string[] = [
  'year', 'years', 'yr', 'yrs', 'jahr', 'jahre', 'jahren', 'jahres', 'an', 'ans', 'année', 'années', 'año', 'años',
  'год', 'года', 'лет', 'times', 'fois', 'veces', 'mal', 'раз', 'раза', 'point', 'points', 'plus', 'minus',
];

/** Words between a bare number and the noun it counts: "120 more officers", "6 new regions". */
export const COUNT_ADJECTIVES: readonly string[] = [
  'more', 'new', 'additional', 'extra', 'further', 'other', 'mehr', 'neue', 'neuen', 'weitere', 'weiteren', 'zusätzliche',
  'nouveaux', 'nouvelles', 'autres', 'nuevos', 'nuevas', 'más', 'otros', 'новых', 'других',
];

/**
 * Words right after an amount of time that make it a point in time ("three
 * months ago", "a year earlier"): a duration is then no figure, and "a year"
 * no rate ("5% a year earlier").
 */
export const TIME_POINT_AFTER: readonly string[] = [
  'ago', 'earlier', 'later', 'before', 'zuvor', 'später', 'plus tôt', 'plus tard', 'atrás', 'después', 'назад', 'спустя',
];

/** Words right before an amount of time that make it a point in time ("hace tres meses", "il y a deux semaines"). */
export const TIME_POINT_BEFORE: readonly string[] = ['hace', 'vor', 'il y a', 'через'];

/** The units of amounts of time, which {@link TIME_POINT_AFTER} and {@link TIME_POINT_BEFORE} can turn into points in time. */
export const DURATION_UNITS: readonly string[] = ['min', 'h', 'days', 'weeks', 'months'];

/** A canonical unit for the periods of years ("2024–2028"). */
export const YEAR_UNIT = 'year';

/** The unit of ratios ("double" → 2 ×). */
export const RATIO_UNIT = '×';

/** Earliest and latest years taken as years (not amounts) in periods and targets. */
export const YEAR_SPAN = { min: 1800, max: 2199 } as const;

/**
 * Fewest years a period of years spans: "2024–2028" is a period, "2023-24"
 * a season or a fiscal year, which dates a figure rather than being one.
 */
export const PERIOD_MIN_YEARS = 2;

/** Words joining hours and minutes into one amount of time: "2 hours 40 minutes", "3 heures et 10 minutes". */
export const TIME_JOINS: readonly string[] = ['and', 'und', 'et', 'y', 'и'];

/** Words between a scale word and its unit: "10 millones de dólares", "28 millions d’habitants". */
export const SCALE_UNIT_LINKS: readonly string[] = ['de', 'di', "d'", 'd’'];

/** Words or signs between the two ends of a range: "3–5", "2024 to 2028", "between 10 and 20". */
export const RANGE_DASHES = ['-', '–', '—', '‐', '−'] as const;

/**
 * Range words. `after` lists words one of which must come right before the
 * range for the word to join its ends ("between 10 and 20"); `notAfter`
 * words that turn it into a change instead ("from 5% to 7%", "by £500
 * million to £1.5 billion" are two figures). Years are always a range with
 * these words ("from 2024 to 2028").
 */
export const RANGE_WORDS: readonly { readonly word: string; readonly after?: readonly string[]; readonly notAfter?: readonly string[] }[] = [
  { word: 'to', notAfter: ['from', 'by'] },
  { word: 'and', after: ['between'] },
  { word: 'through', notAfter: ['from'] },
  { word: 'bis' },
  { word: 'und', after: ['zwischen'] },
  { word: 'et', after: ['entre'] },
  { word: 'y', after: ['entre'] },
  { word: 'и', after: ['между'] },
];

/** Words right before a year range that make it a period: "for 2024–2028", "in 2024-2028". */
export const PERIOD_BEFORE: readonly string[] = [
  'for', 'in', 'during', 'over', 'from', 'between', 'through', 'throughout', 'covering', 'spanning', 'until', 'years',
  'für', 'im', 'jahren', 'jahre', 'zwischen', 'pour', 'en', 'entre', 'années', 'para', 'años', 'на', 'в', 'между',
];

/** Words right after a year range (or one word later) that make it a period: "the 2024–2028 plan", "2025-2035 climate plan". */
export const PERIOD_AFTER: readonly string[] = [
  'plan', 'plans', 'period', 'programme', 'program', 'budget', 'strategy', 'season', 'term', 'cycle', 'timeframe',
  'window', 'roadmap', 'forecast', 'outlook', 'fiscal', 'years', 'годы', 'годов',
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

/** Most words allowed between a "by <year>" and the figure after it ("by 2030, output could reach 100 million tons"). */
export const TARGET_BEFORE_WORDS = 6;

/** How far before a figure (characters) a deadline is looked for. */
export const TARGET_BEFORE_REACH = 80;

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

/**
 * Cardinal number words per language (the default, English, list is always
 * used). They are read as numbers where a unit, a scale or a multiple
 * follows ("four million people", "fünf Monate", "ten times", "multipliés par
 * quatre"), never alone. "One" is left out ("one of the first"): see
 * {@link ONE_WORDS}.
 */
export const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  default: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
    twenty: 20, thirty: 30, forty: 40, fifty: 50,
  },
  de: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30 },
  es: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15, veinte: 20, treinta: 30 },
  ru: {
    два: 2, две: 2, двух: 2, три: 3, трёх: 3, трех: 3, четыре: 4, четырёх: 4, четырех: 4, пять: 5, пяти: 5, шесть: 6, шести: 6,
    семь: 7, восемь: 8, девять: 9, десять: 10, десяти: 10,
  },
};

/** Words for "one" in fractions and shares ("a third", "un voyageur sur quatre"), per language; the default list is always used. */
export const ONE_WORDS: Readonly<Record<string, readonly string[]>> = {
  default: ['a', 'an', 'one', '1'],
  de: ['ein', 'eine', 'einen', 'einem', 'einer'],
  fr: ['un', 'une'],
  es: ['un', 'una', 'uno'],
  ru: ['одна', 'один', 'одну', 'одной'],
};

/**
 * Figures written with words: multiples, fractions and shares. In `pattern`
 * (a regex source, matched case-insensitively as whole words), `{n}` is a
 * number in digits or in {@link NUMBER_WORDS}, `{one}` a word of
 * {@link ONE_WORDS}, `{space}` any run of spaces and `{letter}` a letter.
 * The value is `times` × n, `per` ÷ n, or for a `fraction` n times the
 * share its last word names in {@link FRACTION_WORDS} (n is 1 without `{n}`).
 * `alone`: the phrase must not be followed by a content word ("a third of",
 * "by a third." are figures; "a third round" is an ordinal).
 */
export interface WordFigureRule extends LangScoped {
  readonly pattern: string;
  readonly kind: 'ratio' | 'percent';
  readonly times?: number;
  readonly per?: number;
  readonly fraction?: boolean;
  readonly alone?: boolean;
}

/** After "N times": a frequency ("twice a year"), which is no multiple. */
const NOT_FREQUENCY = String.raw`(?!{space}+(?:a|an|per|each|every|a-year|a-week)(?![{letter}]))`;

/** Figures written with words, per language (rows without `langs` apply to every page). */
export const WORD_FIGURES: readonly WordFigureRule[] = [
  { pattern: `{n}[ -]times${NOT_FREQUENCY}`, kind: 'ratio', times: 1 },
  { pattern: `twice${NOT_FREQUENCY}`, kind: 'ratio', times: 2 },
  { pattern: `thrice${NOT_FREQUENCY}`, kind: 'ratio', times: 3 },
  { pattern: '(?:fivefold|five-fold)', kind: 'ratio', times: 5 },
  { pattern: '(?:sixfold|six-fold)', kind: 'ratio', times: 6 },
  { pattern: '(?:twentyfold|hundredfold)', kind: 'ratio', times: 20 },
  { pattern: '{one}{space}+in{space}+{n}', kind: 'percent', per: 100 },
  { pattern: '{one}{space}+out{space}+of{space}+{n}', kind: 'percent', per: 100 },
  { pattern: '{one}{space}+(?:third|quarter|fifth|tenth)', kind: 'percent', fraction: true, alone: true },
  { pattern: '{n}{space}+thirds', kind: 'percent', times: 100 / 3 },
  { pattern: '{n}{space}+quarters', kind: 'percent', times: 25, alone: true },
  { pattern: '(?:almost|nearly|about|roughly|around|over|more than|less than|by){space}+half', kind: 'percent', times: 50, alone: true },
  { pattern: '(?<!(?:first|second|last|other|the){space}+)half(?={space}+of{space})', kind: 'percent', times: 50 },
  { langs: ['de'], pattern: '{n}[ -]?mal', kind: 'ratio', times: 1 },
  { langs: ['de'], pattern: 'die{space}+Hälfte', kind: 'percent', times: 50 },
  { langs: ['de'], pattern: '{one}{space}+(?:Drittel|Viertel|Fünftel|Zehntel)', kind: 'percent', fraction: true },
  { langs: ['de'], pattern: '{n}{space}+Drittel', kind: 'percent', times: 100 / 3 },
  { langs: ['fr'], pattern: `{n}{space}+fois(?!{space}+(?:par|chaque)(?![{letter}]))`, kind: 'ratio', times: 1 },
  { langs: ['fr'], pattern: 'multipli(?:é|ée|és|ées){space}+par{space}+{n}', kind: 'ratio', times: 1 },
  { langs: ['fr'], pattern: 'divis(?:é|ée|és|ées){space}+par{space}+{n}', kind: 'ratio', per: 1 },
  { langs: ['fr'], pattern: 'le{space}+double', kind: 'ratio', times: 2 },
  { langs: ['fr'], pattern: 'le{space}+triple', kind: 'ratio', times: 3 },
  { langs: ['fr'], pattern: 'la{space}+moitié', kind: 'percent', times: 50 },
  { langs: ['fr'], pattern: '{one}{space}+(?:tiers|quart|cinquième|dixième)', kind: 'percent', fraction: true, alone: true },
  { langs: ['fr'], pattern: '{n}{space}+tiers', kind: 'percent', times: 100 / 3 },
  { langs: ['fr'], pattern: '{one}(?:{space}+[{letter}]+){0,2}{space}+sur{space}+{n}', kind: 'percent', per: 100 },
  { langs: ['es'], pattern: `{n}{space}+veces(?!{space}+(?:al|por|cada)(?![{letter}]))`, kind: 'ratio', times: 1 },
  { langs: ['es'], pattern: 'multiplicad[oa]s?{space}+por{space}+{n}', kind: 'ratio', times: 1 },
  { langs: ['es'], pattern: 'dividid[oa]s?{space}+(?:por|entre){space}+{n}', kind: 'ratio', per: 1 },
  { langs: ['es'], pattern: 'el{space}+doble', kind: 'ratio', times: 2 },
  { langs: ['es'], pattern: 'el{space}+triple', kind: 'ratio', times: 3 },
  { langs: ['es'], pattern: 'la{space}+mitad', kind: 'percent', times: 50 },
  { langs: ['es'], pattern: '{one}{space}+(?:tercio|quinto)', kind: 'percent', fraction: true, alone: true },
  { langs: ['es'], pattern: '{n}{space}+tercios', kind: 'percent', times: 100 / 3 },
  { langs: ['es'], pattern: '{one}{space}+de{space}+cada{space}+{n}', kind: 'percent', per: 100 },
  { langs: ['ru'], pattern: 'в{space}+{n}{space}+раза?', kind: 'ratio', times: 1 },
  { langs: ['ru'], pattern: 'вдвое', kind: 'ratio', times: 2 },
  { langs: ['ru'], pattern: 'втрое', kind: 'ratio', times: 3 },
  { langs: ['ru'], pattern: '(?<!(?:перв|втор)[а-яё]*{space}+)половин[аыуе]', kind: 'percent', times: 50 },
  { langs: ['ru'], pattern: 'треть(?:ю)?', kind: 'percent', times: 100 / 3 },
  { langs: ['ru'], pattern: '{n}{space}+трети', kind: 'percent', times: 100 / 3 },
  { langs: ['ru'], pattern: 'четверть(?:ю)?', kind: 'percent', times: 25 },
];

/** Fractions named by a word, as a share of 100 ("a third" is 33.3…%); the word of a `{one} …` fraction rule is looked up here. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  third: 100 / 3, quarter: 25, fifth: 20, tenth: 10,
  drittel: 100 / 3, viertel: 25, fünftel: 20, zehntel: 10,
  tiers: 100 / 3, quart: 25, cinquième: 20, dixième: 10,
  tercio: 100 / 3, quinto: 20,
};

/**
 * Prose, not a widget: a block of the text is read for figures only if it
 * has at least `minWords` words and `wordsPerNumber` words for each number
 * left once dates, times and phone numbers are masked, and is no line of
 * bare quotes (a stock ticker "DAX 18.508,65 ▼ 0,4 % Gold 2.412 $" or
 * "Strom Base 78,40 €/MWh Gas TTF 38,90 €" that the page left in the
 * article).
 */
export const PROSE = {
  minWords: 2,
  wordsPerNumber: 1.5,
  /** Most figures in a line that is no sentence (no end mark) and no list item: a heading has one, a ticker more. */
  maxFiguresWithoutSentence: 1,
  /** Signs of a market ticker or a scoreboard. */
  widgetMarks: '▲▼△▽↑↓⬆⬇▴▾',
  /** A sentence this long per figure (characters) is prose without counting its words. */
  charsPerFigure: 60,
} as const;

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
  'Kapitel', 'Seite', 'Abbildung', 'Tabelle', 'chapitre', 'Nummer', 'capítulo', 'página', 'Form', 'Bill', 'Resolution',
  'Line', 'Linie', 'ligne', 'línea', 'Halle', 'Gleis', 'Traktandum', 'Artikel', 'Paragraf', '§', 'artículo', 'parcela',
  'polígono', 'n°', 'nº', 'N°', 'Nº', 'статья', 'статьи', 'пункт', 'линия',
];

/**
 * Text that holds digits but no figure, blanked out before figures are
 * looked for. `{months}` and `{labels}` are filled from {@link MONTHS} and
 * {@link NUMBER_LABELS}, `{codes}` with the currency codes of {@link CURRENCIES}, `{letter}` and the like from {@link CHAR_CLASSES}. All are compiled together into one Unicode regex
 * that is only tried where a text has one of {@link NOT_FIGURE_FIRST_CHARS},
 * so every pattern must start matching at one of them; words before the
 * digits are checked with a lookbehind (and stay, having no digits).
 */
export const NOT_FIGURES: readonly { readonly what: string; readonly pattern: string }[] = [
  { what: 'ISO date or timestamp', pattern: String.raw`\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b` },
  { what: 'numeric date', pattern: String.raw`\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b(?![.,]\d)` },
  { what: 'day and month', pattern: String.raw`\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?:{months})(?![{letter}])\.?(?:,?\s+\d{4}\b)?` },
  { what: 'month and day', pattern: String.raw`(?<=(?<![{letter}])(?:{months})\.?\s+)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]?\d)(?:,?\s+\d{4}\b)?` },
  { what: 'time of day', pattern: String.raw`\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))?` },
  { what: 'hour', pattern: String.raw`\b\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[AP]M\b|[ap]m\b|Uhr\b|o['’]clock\b|h(?![{letter}]))` },
  { what: 'international phone number', pattern: String.raw`\+\d{1,3}[\s.\-]?\(?\d{1,4}\)?[\s.\-]?\d{2,4}[\s.\-]?\d{2,4}(?:[\s.\-]?\d{2,4})?` },
  { what: 'phone number', pattern: String.raw`\(\d{3}\)\s?\d{3}[\s.\-]\d{4}\b|\b\d{3}[.\-]\d{3}[.\-]\d{4}\b|\b0\d(?:[\s.]\d{2}){4}\b` },
  {
    what: 'phone number in groups',
    pattern: String.raw`(?<![{digit},.])\(?\d{1,4}\)?(?=(?:[\s.\-]\d{2,4})*[\s.\-](?:\d{2}|\d{4})(?![{digit}]))(?:[\s.\-]\d{2,4}){2,5}(?![{digit}]|[.,]\d)`,
  },
  { what: 'ordinal', pattern: String.raw`\b\d+(?:st|nd|rd|th)\b` },
  { what: 'age', pattern: String.raw`\b\d{1,3}[-\s]years?[-\s]old\b|(?<=(?<![{letter}])(?:aged|age|ages)\s)\d{1,3}\b` },
  { what: 'footnote marker', pattern: String.raw`\[\d{1,3}\]` },
  { what: 'list number', pattern: String.raw`(?<=^\s*)\d{1,3}[.)](?=\s)` },
  { what: 'numbered label', pattern: String.raw`(?<=(?<![{letter}{digit}])(?:{labels})\s?#?)\d(?:[{letter}{digit}.\-]*[{letter}{digit}])?` },
  { what: 'number sign', pattern: String.raw`[#№]\s?\d(?:[{letter}{digit}.\-]*[{letter}{digit}])?` },
  { what: 'product name', pattern: String.raw`(?<=(?<![{letter}])[{lower}]+[{upper}][{letter}]*\s?)\d(?:[{letter}{digit}.\-]*[{letter}{digit}])?` },
  {
    what: 'model or index number after an acronym',
    pattern: String.raw`(?<=(?<![{letter}{digit}])[{upper}]{2,6}[\s\u00A0])(?<!(?:{codes})[\s\u00A0])\d[{letter}{digit}.,’'\-]*(?![{letter}{digit}.,’'\-])(?![\s\u00A0]?%)`,
  },
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
    'so', 'if', 'because', 'since', 'until', 'although', 'though', 'whether', 'unless', 'whereas', 'up', 'down', 'out', 'off', 'also', 'just', 'only', 'even', 'still',
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
    'mehr', 'weniger', 'sich', 'sie', 'er', 'es', 'ab', 'an', 'in', 'ins', 'durch', 'gegen', 'ohne', 'seit', 'zwischen',
    'dass', 'davon', 'damit', 'dabei', 'sowie', 'nun', 'noch', 'bereits', 'schon', 'nur', 'auch', 'statt', 'zuvor', 'nach',
    'insgesamt', 'derzeit', 'rund', 'knapp', 'gut', 'bis', 'zu', 'dem', 'seine', 'seiner', 'ihre', 'ihrer', 'sein', 'hatte',
    'hätte', 'habe', 'wäre', 'würde', 'worden', 'sei', 'seien', 'kann', 'können', 'muss', 'müssen', 'will', 'wollen',
    'damit', 'jährlich', 'pro', 'je', 'schnitt', 'durchschnitt', 'inzwischen', 'allerdings', 'jedoch', 'aber',
    'innerhalb', 'außerhalb', 'während', 'wegen', 'trotz', 'laut', 'gemäß', 'diese', 'dieser', 'dieses', 'diesen', 'diesem',
    'wenn', 'weil', 'ob', 'wer', 'was', 'wo', 'weitere', 'weiteren', 'alle', 'aller', 'allen', 'waren', 'wären', 'gewesen',
    'selbst',
  ],
  fr: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par',
    'avec', 'est', 'sont', 'a', 'ont', 'été', 'soit', 'environ', 'près', 'plus', 'moins', 'qui', 'que', 'se', 'sa', 'son',
    'ses', 'leur', 'leurs', 'il', 'elle', 'ils', "d'", "l'", "s'", "qu'", "n'", "c'", "j'", "m'", 'ce', 'cette', 'ces',
    'mais', 'sans', 'sous', 'entre', 'contre', 'depuis', 'selon', 'vers', 'après', 'avant', 'déjà', 'encore', 'aussi',
    'seulement', 'presque', 'quelque', 'quelques', 'tout', 'tous', 'toute', 'toutes', 'sera', 'seront', 'était', 'avait',
    'fait', 'peut', 'doit', 'désormais', 'lui', 'y', 'dont', 'où', 'ne', 'pas', 'moyenne', 'contre',
  ],
  es: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'y', 'o', 'en', 'con', 'por', 'para', 'es', 'son',
    'fue', 'ha', 'han', 'al', 'que', 'se', 'su', 'sus', 'cerca', 'más', 'menos', 'lo', 'le', 'les', 'este', 'esta', 'estos',
    'estas', 'ese', 'esa', 'como', 'pero', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'según', 'ya', 'casi', 'unos', 'media',
    'hace', 'era', 'será', 'está', 'están', 'muy', 'también', 'aproximadamente', 'alrededor', 'frente', 'durante', 'tras',
    'encima', 'debajo', 'dentro', 'fuera',
  ],
  ru: [
    'и', 'в', 'во', 'на', 'с', 'со', 'по', 'до', 'от', 'за', 'из', 'к', 'ко', 'о', 'об', 'у', 'что', 'это', 'как', 'а', 'но',
    'или', 'его', 'её', 'ее', 'их', 'он', 'она', 'они', 'мы', 'вы', 'я', 'который', 'которая', 'которые', 'которого', 'также',
    'уже', 'ещё', 'еще', 'около', 'более', 'менее', 'почти', 'всего', 'только', 'при', 'для', 'без', 'над', 'под', 'между',
    'через', 'после', 'перед', 'же', 'ли', 'бы', 'не', 'ни', 'то', 'этот', 'эта', 'этом', 'этого', 'все', 'всех', 'так',
    'ещё', 'примерно', 'порядка', 'свыше', 'уровне', 'уровень', 'размере', 'счёт', 'счет', 'среднем', 'средняя', 'средний',
    'является', 'был', 'была', 'были', 'будет', 'будут',
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
    'beträgt', 'betrug', 'liegt', 'lag', 'investiert', 'investieren', 'soll', 'plant', 'verdoppeln', 'steigern', 'brach',
    'setzte', 'verkaufte', 'verkauft', 'verlor', 'erwartet', 'erwarten', 'rechnet', 'kostet', 'kosten', 'beschäftigt',
    'senken', 'sinken', 'steigen', 'stecken', 'abbauen', 'ausgeliefert', 'geschrieben', 'gestiegen', 'eingebrochen',
    'verkauft', 'installieren', 'erhalten', 'gingen', 'entstehen', 'bieten', 'beträgt', 'zurück', 'fiel', 'fällt',
    'trägt', 'bei', 'sollen', 'wird', 'werden', 'wurden', 'sind', 'kommen', 'gibt', 'ausgegeben', 'fordert', 'senkte',
    'erzielte', 'meldete', 'ausgewertet', 'fällig', 'erwartete', 'lief', 'kündigte', 'gedrosselt', 'verteidigte',
  ],
  fr: [
    'atteint', 'atteindre', 'augmenté', 'augmente', 'progressé', 'progresse', 'baissé', 'baisse', 'recule', 'reculé',
    'représente', 'investir', 'investi', 'prévoit', 'doubler', 'transporté', 'transportés', 'élève', "s'élève", 'établi',
    'établie', 'compte', 'emploie', 'affiche', 'accueilli', 'enregistré', 'chuté', 'chute', 'perd', 'perdu', 'prévoit',
    'estime', 'estimée', 'estimés', 'estimées', 'devrait', 'devraient', 'passé', 'commandé', 'débloqué', 'versé',
    'recrutés', 'fermés', 'reculé', 'grimpé', 'tombé', 'dépassé', 'réduire', 'réduit', 'cédait', 'abaissé', 'vu',
  ],
  es: [
    'aumentó', 'aumenta', 'creció', 'crece', 'alcanzó', 'alcanza', 'cayó', 'cae', 'subió', 'bajó', 'invertirá', 'prevé',
    'recibió', 'gastó', 'situó', 'aportó', 'dio', 'registraron', 'registró', 'obtuvo', 'ganó', 'superó', 'ocupa', 'cuenta',
    'emplea', 'exportó', 'producirá', 'ocupa', 'requerido', 'costado', 'invertido', 'evitará', 'abastecerá', 'subirá',
    'eliminará', 'mantiene', 'mantuvo', 'cotiza', 'subieron', 'cuesta', 'cuestan', 'estima', 'prevén', 'llegó', 'llegaron',
  ],
  ru: [
    'составила', 'составил', 'составило', 'составили', 'составит', 'составят', 'составляет', 'вырос', 'выросла', 'выросло',
    'выросли', 'вырасти', 'увеличился', 'увеличилась', 'увеличилось', 'увеличить', 'сократился', 'сократилась',
    'сократить', 'снизился', 'снизилась', 'снизится', 'достиг', 'достигла', 'достигли', 'достигнет', 'может', 'могут',
    'сообщило', 'сообщил', 'заявил', 'отметил', 'планирует', 'планируется', 'рассчитывает', 'ожидается', 'прогнозируются',
    'запланированы', 'запланирован', 'предусмотрено', 'выделят', 'выделит', 'направят', 'превысит', 'превысят', 'обязался',
    'превысила', 'поставлено', 'добывается', 'позволит', 'подорожали', 'понизило', 'собрано', 'сохранится', 'вырастут',
  ],
};

/** Words that may join two parts of a phrase after a figure: "increase in investment and production volume". */
export const MEASURE_LINKS: readonly string[] = ['in', 'of', 'with', 'and', 'on'];

/**
 * Prepositions that join a noun phrase to the one before it, which the
 * look-back goes on through ("Absatz von Wärmepumpen in Deutschland ist um
 * 54 Prozent eingebrochen", "production de vin devrait atteindre"). Per
 * language; the default (English) list is always used.
 */
export const LOOKBACK_LINKS: Readonly<Record<string, readonly string[]>> = {
  default: ['of', 'in'],
  de: ['von'],
  fr: ['de', "d'", 'du', 'des', 'en'],
  es: ['de', 'del', 'en'],
};

/** Words after a figure that introduce what it measures: "$5 billion in revenue", "1.2 million tons of steel". */
export const MEASURE_INTROS: readonly string[] = ['of', 'in', 'on', 'for'];

/**
 * Words that say how far, how big, how long ago or in what order an amount
 * is, never what it measures ("ten minutes later", "5 km long", "10 times
 * brighter", "the second"): a phrase never holds them, like
 * {@link STOPWORDS}, and the look-back skips them. Per language; the default
 * (English) list is always used.
 */
export const AMOUNT_WORDS: Readonly<Record<string, readonly string[]>> = {
  default: [
    'later', 'earlier', 'sooner', 'ago', 'away', 'apart', 'ahead', 'behind', 'long', 'wide', 'high', 'deep', 'tall', 'old',
    'thick', 'late', 'early', 'longer', 'shorter', 'wider', 'deeper', 'taller', 'older', 'younger', 'larger', 'smaller',
    'bigger', 'faster', 'slower', 'cheaper', 'brighter', 'heavier', 'lighter', 'further', 'farther', 'much', 'many',
    'previous', 'overall', 'nationally', 'alone', 'together', 'apiece', 'instead', 'too', 'enough', 'fewer',
  ],
  de: [
    'später', 'früher', 'zuvor', 'lang', 'breit', 'hoch', 'tief', 'alt', 'entfernt', 'weiter', 'teurer', 'billiger',
    'günstiger', 'höher', 'niedriger', 'höchstens', 'mindestens', 'weltweit', 'gegenüber', 'zweiten', 'dritten', 'selben',
    'gleichen', 'zusammen', 'jeweils', 'viel', 'viele', 'höhe',
  ],
  fr: ['tard', 'tôt', 'long', 'large', 'haut', 'loin', 'chacun', 'chacune', 'ensemble', 'beaucoup', 'second', 'seconde', 'deuxième'],
  es: ['después', 'antes', 'tarde', 'largo', 'ancho', 'alto', 'cada', 'juntos', 'mismo', 'misma', 'anterior', 'mucho', 'muchos', 'segundo', 'segunda'],
  ru: ['спустя', 'позже', 'раньше', 'назад', 'длиной', 'шириной', 'высотой', 'больше', 'меньше', 'каждый', 'вместе', 'второй', 'втором'],
};

/**
 * Words that head a phrase of their own, which is never what a figure
 * measures: the look-back stops at them with nothing ("six of the seven
 * days", "the later one with ten minutes"), as it does at the language's
 * {@link NUMBER_WORDS}. Per language; the default (English) list is always used.
 */
export const MEASURE_PRONOUNS: Readonly<Record<string, readonly string[]>> = {
  default: ['one', 'ones', 'it', 'itself', 'they', 'them', 'themselves', 'we', 'us', 'he', 'him', 'she', 'i', 'me', 'you'],
  de: ['man', 'es', 'sie', 'wir', 'er', 'ich', 'ihn', 'ihm', 'ihnen', 'uns'],
  fr: ['il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'on', 'celui', 'celle', 'ceux', 'celles'],
  es: ['él', 'ella', 'ellos', 'ellas', 'nosotros', 'uno'],
  ru: ['он', 'она', 'оно', 'они', 'мы', 'вы', 'я'],
};

/**
 * Words of {@link VERBS} that are also nouns, so they may start the phrase
 * right after a figure ("a 40% increase", "a 3% drop") or go on one ("27%
 * of the required cuts"); any other verb there ("two days dropped",
 * "3.500 Stellen abbauen") leaves the phrase empty.
 * Per language; the default (English) list is always used.
 */
export const VERB_NOUNS: Readonly<Record<string, readonly string[]>> = {
  default: [
    'increase', 'increases', 'rise', 'rises', 'fall', 'falls', 'drop', 'drops', 'decline', 'declines', 'boost', 'boosts',
    'cut', 'cuts', 'jump', 'jumps', 'surge', 'raise', 'raises', 'lift', 'cost', 'costs', 'gain', 'climb', 'climbs', 'worth',
  ],
  fr: ['baisse', 'chute', 'compte'],
  es: ['cuenta'],
};

/**
 * Articles: a word of {@link VERB_NOUNS} right after one is a noun, and
 * the look-back takes it ("a rise of around 6%"). Per language; the default
 * (English) list is always used.
 */
export const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  default: ['a', 'an', 'the'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  fr: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
};

/**
 * Per language, a regex (source, tested on one word) of words that cannot
 * end a phrase, since they are no nouns: English regular past forms
 * ("margin widened") and adverbs in -ly ("slightly"; not "family",
 * "supply", "assembly"), Russian reflexive past forms, Spanish preterites,
 * French imperfects, and in German, which writes every noun with a
 * capital, any word in lower case ("Stellen abbauen"). A phrase drops such
 * words at its end, and is empty if nothing is left; the look-back skips
 * them as it skips verbs.
 */
export const NOT_PHRASE_ENDS: Readonly<Record<string, string>> = {
  default: String.raw`^[a-z]{2,}(?:[^e]ed|[^aeioulpfyb]ly|ally|ely)$`,
  de: String.raw`^[^\p{Lu}]`,
  fr: String.raw`\p{L}{2,}aient$`,
  es: String.raw`^\p{L}{2,}(?:aron|ieron|ó|rán|rían)$`,
  ru: String.raw`^\p{L}{2,}(?:лся|лась|лось|лись)$`,
};

/** Words of time a phrase stops before ("uptick in January-March", "rise in 2023"). */
export const TIME_WORDS: readonly string[] = [
  'year', 'years', 'quarter', 'quarters', 'half', 'month', 'months', 'week', 'weeks', 'day', 'days', 'period', 'time',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'fiscal', 'today', 'yesterday', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'season', 'decade', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening',
  'night', 'tonight', 'weekend', 'jahr', 'jahre', 'jahren', 'jahres', 'vorjahr', 'vorjahres', 'vorjahreszeitraum', 'quartal',
  'halbjahr', 'monat', 'monate', 'monaten', 'woche', 'tag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag',
  'samstag', 'sonntag', 'mittwochvormittag', 'gesamtjahr', 'zeitraum', 'anfang', 'mitte', 'ende', 'an', 'ans', 'année', 'années', 'trimestre',
  'semestre', 'mois', 'semaine', 'jour', 'jours', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'été', 'hiver', 'año', 'años', 'mes', 'meses', 'semana', 'día', 'días', 'lunes', 'martes', 'miércoles', 'jueves',
  'viernes', 'sábado', 'domingo', 'campaña', 'год', 'года', 'году', 'лет', 'квартал', 'квартале', 'месяц', 'месяца',
  'неделю', 'день', 'итогам', 'сезоне', 'сезон', 'полугодие',
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

/**
 * Rank: base weight of each kind. A range or a target of money or
 * percentages weighs as money or a percentage (plus `target` for a target).
 */
export const KIND_WEIGHTS: Readonly<Record<FigureKind, number>> = {
  money: 3,
  target: 3,
  percent: 2.5,
  range: 1.5,
  quantity: 1.5,
  count: 1.5,
  ratio: 1,
};

/** Rank: bonuses for where and how often a figure appears, and how large it is. */
export const RANK_BONUS = {
  /** The figure is in the headline. */
  title: 3,
  /** The figure is in the standfirst (the page's description or excerpt). */
  standfirst: 2,
  /** The figure is in a subheading of the article. */
  heading: 1.5,
  /** The figure is in the lead (the first {@link LEAD_BLOCKS} substantial blocks). */
  lead: 2,
  /** Scaled by how early the first mention is (1 at the start, 0 at the end). */
  early: 1.5,
  /** Per repeated mention, up to `maxMentions`. */
  mention: 0.5,
  maxMentions: 3,
  /** A target (a figure tied to a deadline) over the weight of its unit. */
  target: 0.5,
  /**
   * The largest amount of its unit (money, quantities) gets this much;
   * amounts `magnitudeDecades` powers of ten smaller get nothing.
   */
  magnitude: 1.5,
  magnitudeDecades: 3,
  /** Subtracted for a bare number with no unit ("24,000"). */
  bare: 0.5,
} as const;

/** Units whose figures weigh as percentages, for ranges and targets. */
export const PERCENT_UNITS: readonly string[] = ['%', 'pp', 'bp'];

/** Most words of a block read as a subheading (a line with no sentence end). */
export const HEADING_MAX_WORDS = 14;

/** How many substantial blocks make the lead. */
export const LEAD_BLOCKS = 2;

/** Fewest words for a block to count as a substantial paragraph (not a label or a dateline). */
export const LEAD_MIN_WORDS = 8;

/** Default cap on the number of figures returned. */
export const DEFAULT_MAX_FIGURES = 40;
