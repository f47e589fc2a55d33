import { Readability } from "@mozilla/readability";
import createDOMPurify from "dompurify";
// src/figures/rules.ts
/**
* Number conventions, matched against the page language: a full tag
* ("de-ch") first, then its primary subtag; the entry without `langs` is the
* default (English style).
*/
var NUMBER_CONVENTIONS = [
	{
		group: [
			",",
			"\xA0",
			" ",
			" "
		],
		decimal: "."
	},
	{
		langs: [
			"de",
			"es",
			"it",
			"nl",
			"pt",
			"id",
			"tr",
			"da",
			"el",
			"ro",
			"hr",
			"sl",
			"sr",
			"is",
			"ca",
			"gl"
		],
		group: [
			".",
			" ",
			"\xA0",
			" ",
			" "
		],
		decimal: ","
	},
	{
		langs: [
			"fr",
			"ru",
			"pl",
			"cs",
			"sk",
			"uk",
			"be",
			"sv",
			"fi",
			"nb",
			"nn",
			"no",
			"hu",
			"bg",
			"kk",
			"lt",
			"lv",
			"et"
		],
		group: [
			" ",
			"\xA0",
			" ",
			" "
		],
		decimal: ","
	},
	{
		langs: [
			"de-ch",
			"fr-ch",
			"it-ch",
			"de-li",
			"rm"
		],
		group: [
			"'",
			"’",
			"\xA0",
			" ",
			" "
		],
		decimal: "."
	}
];
/** Currencies. A sign shared by several currencies ("$", "¥") belongs to the most common one. */
var CURRENCIES = [
	{
		code: "USD",
		symbols: [
			"US$",
			"U.S.$",
			"$"
		],
		words: [
			"US dollars",
			"U.S. dollars",
			"US-Dollar",
			"US-Dollars",
			"dollars",
			"dollar",
			"dólares",
			"dollari",
			"долларов",
			"доллара",
			"доллар"
		]
	},
	{
		code: "EUR",
		symbols: ["€"],
		words: [
			"euros",
			"euro",
			"евро"
		]
	},
	{
		code: "GBP",
		symbols: ["£"],
		words: ["pounds sterling", "sterling"]
	},
	{
		code: "JPY",
		symbols: ["¥", "JP¥"],
		words: ["yen"]
	},
	{
		code: "CNY",
		symbols: ["CN¥", "RMB"],
		words: [
			"yuan",
			"renminbi",
			"юаней"
		]
	},
	{
		code: "KZT",
		symbols: ["₸"],
		words: ["tenge", "тенге"]
	},
	{
		code: "INR",
		symbols: [
			"₹",
			"Rs.",
			"Rs"
		],
		words: ["rupees", "rupee"]
	},
	{
		code: "RUB",
		symbols: ["₽", "руб."],
		words: [
			"rubles",
			"roubles",
			"рублей",
			"рубля"
		]
	},
	{
		code: "UAH",
		symbols: ["₴"],
		words: [
			"hryvnias",
			"hryvnia",
			"гривен"
		]
	},
	{
		code: "CHF",
		symbols: [],
		words: ["Swiss francs", "Franken"]
	},
	{
		code: "CAD",
		symbols: ["C$", "CA$"],
		words: ["Canadian dollars"]
	},
	{
		code: "AUD",
		symbols: ["A$", "AU$"],
		words: ["Australian dollars"]
	},
	{
		code: "NZD",
		symbols: ["NZ$"],
		words: ["New Zealand dollars"]
	},
	{
		code: "HKD",
		symbols: ["HK$"],
		words: ["Hong Kong dollars"]
	},
	{
		code: "SGD",
		symbols: ["S$"],
		words: ["Singapore dollars"]
	},
	{
		code: "BRL",
		symbols: ["R$"],
		words: ["reais", "reals"]
	},
	{
		code: "KRW",
		symbols: ["₩"],
		words: ["won"]
	},
	{
		code: "TRY",
		symbols: ["₺"],
		words: ["lira", "liras"]
	},
	{
		code: "PLN",
		symbols: ["zł"],
		words: [
			"zloty",
			"złoty",
			"złotych"
		]
	},
	{
		code: "NGN",
		symbols: ["₦"],
		words: ["naira"]
	},
	{
		code: "ILS",
		symbols: ["₪"],
		words: ["shekels"]
	},
	{
		code: "ZAR",
		symbols: [],
		words: ["rand"]
	},
	{
		code: "MXN",
		symbols: ["MX$"],
		words: ["Mexican pesos"]
	},
	{
		code: "SEK",
		symbols: [],
		words: ["Swedish kronor"]
	},
	{
		code: "NOK",
		symbols: [],
		words: ["Norwegian kroner"]
	},
	{
		code: "DKK",
		symbols: [],
		words: ["Danish kroner"]
	},
	{
		code: "AED",
		symbols: [],
		words: ["dirhams"]
	},
	{
		code: "SAR",
		symbols: [],
		words: ["riyals"]
	}
];
/**
* Scale words. A language-scoped entry overrides a general one with the same
* word ("billion" is 10^12 in French and German).
*/
var SCALES = [
	{
		pow: 2,
		words: ["hundred", "hundert"]
	},
	{
		pow: 3,
		words: [
			"thousand",
			"thousands",
			"Tausend",
			"тыс.",
			"тысяч",
			"тысячи",
			"тысяча"
		],
		short: ["k", "K"]
	},
	{
		langs: [
			"es",
			"pt",
			"ca"
		],
		pow: 3,
		words: ["mil"]
	},
	{
		langs: ["it", "fr"],
		pow: 3,
		words: ["mila", "mille"]
	},
	{
		pow: 6,
		words: [
			"million",
			"millions",
			"mn",
			"mln",
			"mio",
			"Mio.",
			"Millionen",
			"millón",
			"millones",
			"milione",
			"milioni",
			"miljoen",
			"milhões",
			"milhão",
			"млн",
			"млн.",
			"миллион",
			"миллиона",
			"миллионов"
		],
		short: ["m", "M"]
	},
	{
		pow: 9,
		words: [
			"billion",
			"billions",
			"bn",
			"bln",
			"milliard",
			"milliards",
			"Milliarde",
			"Milliarden",
			"Mrd.",
			"Mrd",
			"mil millones",
			"miliardo",
			"miliardi",
			"miljard",
			"млрд",
			"млрд.",
			"миллиард",
			"миллиарда",
			"миллиардов"
		],
		short: ["b", "B"]
	},
	{
		pow: 12,
		words: [
			"trillion",
			"trillions",
			"tn",
			"trn",
			"trln",
			"billón",
			"billones",
			"трлн",
			"трлн.",
			"триллион",
			"триллиона",
			"триллионов"
		]
	},
	{
		langs: [
			"fr",
			"de",
			"nl",
			"it",
			"pl",
			"da",
			"sv",
			"nb",
			"no"
		],
		pow: 12,
		words: [
			"billion",
			"billions",
			"Billionen"
		]
	}
];
/** Percentages, percentage points, basis points. */
var PERCENTS = [
	{
		unit: "%",
		symbols: [
			"%",
			"٪",
			"％"
		],
		words: [
			"per cent",
			"percent",
			"pct",
			"Prozent",
			"pour cent",
			"por ciento",
			"per cento",
			"procent",
			"процентов",
			"процента",
			"процент"
		]
	},
	{
		unit: "pp",
		symbols: [
			"pp",
			"ppt",
			"p.p.",
			"п.п."
		],
		words: [
			"percentage points",
			"percentage point",
			"Prozentpunkte",
			"points de pourcentage",
			"puntos porcentuales",
			"процентных пункта",
			"процентных пунктов"
		]
	},
	{
		unit: "bp",
		symbols: ["bp", "bps"],
		words: ["basis points", "basis point"]
	}
];
/** Units with their aliases. */
var UNITS = [
	{
		unit: "t",
		kind: "quantity",
		symbols: ["t", "т"],
		words: [
			"metric tons",
			"metric tonnes",
			"tons",
			"tonnes",
			"ton",
			"tonne",
			"Tonnen",
			"Tonne",
			"toneladas",
			"tonelada",
			"tonnellate",
			"тонн",
			"тонны",
			"тонна",
			"тонну"
		]
	},
	{
		unit: "t",
		kind: "quantity",
		pow: 3,
		symbols: ["kt"],
		words: ["kilotons", "kilotonnes"]
	},
	{
		unit: "t",
		kind: "quantity",
		pow: 6,
		symbols: ["Mt"],
		words: ["megatons", "megatonnes"]
	},
	{
		unit: "kg",
		kind: "quantity",
		symbols: ["kg", "кг"],
		words: [
			"kilograms",
			"kilogrammes",
			"kilos",
			"Kilogramm",
			"kilogramos"
		]
	},
	{
		unit: "g",
		kind: "quantity",
		symbols: ["g"],
		words: [
			"grams",
			"grammes",
			"Gramm",
			"gramos"
		]
	},
	{
		unit: "mg",
		kind: "quantity",
		symbols: ["mg"],
		words: [
			"milligrams",
			"milligrammes",
			"Milligramm"
		]
	},
	{
		unit: "oz",
		kind: "quantity",
		symbols: ["oz"],
		words: ["troy ounces", "ounces"]
	},
	{
		unit: "bbl/d",
		kind: "quantity",
		symbols: [
			"bpd",
			"b/d",
			"bbl/d"
		],
		words: [
			"barrels per day",
			"barrels a day",
			"Barrel pro Tag",
			"barils par jour",
			"barriles diarios",
			"barriles al día",
			"баррелей в сутки"
		]
	},
	{
		unit: "bbl",
		kind: "quantity",
		symbols: ["bbl"],
		words: [
			"barrels",
			"barrel",
			"Barrel",
			"barils",
			"barriles",
			"баррелей",
			"барреля"
		]
	},
	{
		unit: "m³",
		kind: "quantity",
		symbols: ["m³", "m3"],
		words: [
			"cubic metres",
			"cubic meters",
			"Kubikmeter",
			"mètres cubes",
			"metros cúbicos",
			"кубометров"
		]
	},
	{
		unit: "m³",
		kind: "quantity",
		pow: 9,
		symbols: ["bcm"],
		words: [
			"billion cubic metres",
			"billion cubic meters",
			"млрд кубометров"
		]
	},
	{
		unit: "L",
		kind: "quantity",
		symbols: ["L", "l"],
		words: [
			"litres",
			"liters",
			"litre",
			"liter",
			"Liter",
			"litros",
			"литров"
		]
	},
	{
		unit: "L",
		kind: "quantity",
		pow: 2,
		symbols: ["hl", "hL"],
		words: [
			"hectolitres",
			"hectoliters",
			"hectolitros",
			"Hektoliter"
		]
	},
	{
		unit: "gal",
		kind: "quantity",
		words: ["gallons", "gallon"]
	},
	{
		unit: "kW",
		kind: "quantity",
		symbols: ["kW", "кВт"],
		words: [
			"kilowatts",
			"Kilowatt",
			"kilovatios"
		]
	},
	{
		unit: "MW",
		kind: "quantity",
		symbols: ["MW", "МВт"],
		words: [
			"megawatts",
			"megawatt",
			"Megawatt",
			"mégawatts",
			"megavatios",
			"мегаватт"
		]
	},
	{
		unit: "GW",
		kind: "quantity",
		symbols: ["GW", "ГВт"],
		words: [
			"gigawatts",
			"gigawatt",
			"Gigawatt",
			"gigawatts",
			"gigavatios",
			"гигаватт"
		]
	},
	{
		unit: "kWh",
		kind: "quantity",
		symbols: ["kWh", "кВт·ч"],
		words: [
			"kilowatt-hours",
			"kilowatt hours",
			"Kilowattstunden",
			"kilovatios hora"
		]
	},
	{
		unit: "MWh",
		kind: "quantity",
		symbols: ["MWh", "МВт·ч"],
		words: [
			"megawatt-hours",
			"megawatt hours",
			"Megawattstunden",
			"megavatios hora"
		]
	},
	{
		unit: "GWh",
		kind: "quantity",
		symbols: ["GWh", "ГВт·ч"],
		words: [
			"gigawatt-hours",
			"gigawatt hours",
			"Gigawattstunden",
			"gigavatios hora"
		]
	},
	{
		unit: "TWh",
		kind: "quantity",
		symbols: ["TWh", "ТВт·ч"],
		words: [
			"terawatt-hours",
			"terawatt hours",
			"Terawattstunden",
			"teravatios hora"
		]
	},
	{
		unit: "km²",
		kind: "quantity",
		symbols: [
			"km²",
			"km2",
			"sq km",
			"км²"
		],
		words: [
			"square kilometres",
			"square kilometers",
			"Quadratkilometer",
			"kilomètres carrés",
			"kilómetros cuadrados",
			"квадратных километров"
		]
	},
	{
		unit: "m²",
		kind: "quantity",
		symbols: [
			"m²",
			"m2",
			"sq m",
			"sqm",
			"м²"
		],
		words: [
			"square metres",
			"square meters",
			"Quadratmeter",
			"Quadratmetern",
			"mètres carrés",
			"metros cuadrados",
			"квадратных метров"
		]
	},
	{
		unit: "ha",
		kind: "quantity",
		symbols: ["ha", "га"],
		words: [
			"hectares",
			"hectare",
			"Hektar",
			"hectáreas",
			"гектаров",
			"гектара"
		]
	},
	{
		unit: "acres",
		kind: "quantity",
		words: ["acres", "acre"]
	},
	{
		unit: "km",
		kind: "quantity",
		symbols: ["km", "км"],
		words: [
			"kilometres",
			"kilometers",
			"kilometre",
			"kilometer",
			"Kilometer",
			"Kilometern",
			"kilomètres",
			"kilómetros",
			"километров"
		]
	},
	{
		unit: "m",
		kind: "quantity",
		symbols: ["m"],
		words: [
			"metres",
			"meters",
			"metre",
			"meter",
			"Meter",
			"mètres",
			"metros",
			"метров"
		]
	},
	{
		unit: "nm",
		kind: "quantity",
		symbols: ["nm"],
		words: [
			"nanometres",
			"nanometers",
			"nanometre",
			"nanometer"
		]
	},
	{
		unit: "mi",
		kind: "quantity",
		words: ["miles", "mile"]
	},
	{
		unit: "nmi",
		kind: "quantity",
		words: ["nautical miles"]
	},
	{
		unit: "in",
		kind: "quantity",
		words: ["inches"]
	},
	{
		unit: "ly",
		kind: "quantity",
		words: [
			"light-years",
			"light years",
			"Lichtjahre",
			"années-lumière",
			"años luz",
			"световых лет"
		]
	},
	{
		unit: "km/h",
		kind: "quantity",
		symbols: ["km/h", "км/ч"],
		words: [
			"kilometres per hour",
			"kilometers per hour",
			"Stundenkilometer"
		]
	},
	{
		unit: "mph",
		kind: "quantity",
		symbols: ["mph"],
		words: ["miles per hour"]
	},
	{
		unit: "ppm",
		kind: "quantity",
		symbols: ["ppm"],
		words: ["parts per million"]
	},
	{
		unit: "TEU",
		kind: "quantity",
		symbols: ["TEU", "TEUs"]
	},
	{
		unit: "°C",
		kind: "quantity",
		symbols: [
			"°C",
			"℃",
			"° C"
		],
		words: [
			"degrees Celsius",
			"degrees C",
			"Grad Celsius",
			"Grad",
			"degrés",
			"grados",
			"градусов"
		]
	},
	{
		unit: "°C",
		kind: "quantity",
		glued: ["C"]
	},
	{
		unit: "°F",
		kind: "quantity",
		symbols: ["°F", "℉"],
		words: ["degrees Fahrenheit", "degrees F"]
	},
	{
		unit: "K",
		kind: "quantity",
		words: ["kelvin", "Kelvin"]
	},
	{
		unit: "min",
		kind: "quantity",
		symbols: ["min"],
		words: [
			"minutes",
			"minute",
			"Minuten",
			"minutos",
			"минут",
			"минуты"
		]
	},
	{
		unit: "h",
		kind: "quantity",
		words: [
			"hours",
			"hour",
			"Stunden",
			"heures",
			"horas",
			"часов",
			"часа"
		]
	},
	{
		unit: "days",
		kind: "quantity",
		words: [
			"days",
			"Tage",
			"Tagen",
			"jours",
			"días",
			"дней",
			"дня",
			"суток"
		]
	},
	{
		unit: "weeks",
		kind: "quantity",
		words: [
			"weeks",
			"Wochen",
			"semaines",
			"semanas",
			"недель",
			"недели"
		]
	},
	{
		unit: "months",
		kind: "quantity",
		words: [
			"months",
			"month",
			"Monate",
			"Monaten",
			"mois",
			"meses",
			"месяцев",
			"месяца"
		]
	},
	{
		unit: "people",
		kind: "count",
		words: [
			"people",
			"persons",
			"person",
			"individuals",
			"Menschen",
			"Personen",
			"personnes",
			"personas",
			"человек",
			"жителей"
		]
	},
	{
		unit: "jobs",
		kind: "count",
		words: [
			"jobs",
			"Arbeitsplätze",
			"Stellen",
			"emplois",
			"empleos",
			"puestos de trabajo",
			"рабочих мест"
		]
	},
	{
		unit: "homes",
		kind: "count",
		words: [
			"homes",
			"houses",
			"households",
			"dwellings",
			"Haushalte",
			"Wohnungen",
			"logements",
			"hogares",
			"viviendas",
			"квартир"
		]
	},
	{
		unit: "workers",
		kind: "count",
		words: [
			"workers",
			"employees",
			"staff",
			"Mitarbeiter",
			"Beschäftigte",
			"salariés",
			"trabajadores",
			"empleados",
			"сотрудников",
			"работников"
		]
	},
	{
		unit: "residents",
		kind: "count",
		words: [
			"residents",
			"inhabitants",
			"Einwohner",
			"habitants",
			"habitantes"
		]
	},
	{
		unit: "students",
		kind: "count",
		words: [
			"students",
			"pupils",
			"children",
			"Schüler",
			"élèves",
			"alumnos",
			"учеников"
		]
	},
	{
		unit: "patients",
		kind: "count",
		words: [
			"patients",
			"Patienten",
			"pacientes",
			"пациентов"
		]
	},
	{
		unit: "users",
		kind: "count",
		words: [
			"users",
			"subscribers",
			"Nutzer",
			"Abonnenten",
			"utilisateurs",
			"abonnés",
			"usuarios",
			"пользователей"
		]
	},
	{
		unit: "customers",
		kind: "count",
		words: [
			"customers",
			"clients",
			"Kunden",
			"clientes",
			"клиентов"
		]
	},
	{
		unit: "visitors",
		kind: "count",
		words: [
			"visitors",
			"tourists",
			"passengers",
			"Besucher",
			"Touristen",
			"Fahrgäste",
			"visiteurs",
			"touristes",
			"voyageurs",
			"passagers",
			"visitantes",
			"turistas",
			"pasajeros",
			"туристов",
			"пассажиров"
		]
	},
	{
		unit: "deaths",
		kind: "count",
		words: [
			"deaths",
			"fatalities",
			"casualties",
			"Tote",
			"décès",
			"morts",
			"muertos",
			"fallecidos",
			"погибших"
		]
	}
];
/**
* Coins of a currency, as a unit after the amount: "44 cents" is 0.44 USD.
* `langs` limits a row to pages in those languages.
*/
var CURRENCY_SUBUNITS = [
	{
		code: "USD",
		pow: -2,
		words: ["cents", "cent"]
	},
	{
		langs: [
			"de",
			"fr",
			"es",
			"it",
			"nl",
			"pt"
		],
		code: "EUR",
		pow: -2,
		words: [
			"Cent",
			"Cents",
			"centimes",
			"céntimos",
			"centesimi"
		]
	},
	{
		code: "GBP",
		pow: -2,
		words: ["pence"]
	},
	{
		code: "RUB",
		pow: -2,
		words: ["копеек", "копейки"]
	}
];
/**
* Words joining an amount to what it is counted per: "$2.41 a share", "€3.50
* per kg", "11,20 Euro pro Quadratmeter", "1.050 Euro im Monat", "$80 за
* баррель". A slash ("£58.87/MWh") and a hyphenated "-a-"/"-per-" ("£60
* million-a-year") join too.
*/
var PER_LINKS = [
	"a",
	"an",
	"per",
	"each",
	"pro",
	"je",
	"im",
	"par",
	"por",
	"al",
	"за",
	"в"
];
/** What an amount may be counted per, with the canonical name after the unit's slash ("USD/share"). */
var PER_UNITS = [
	{
		per: "year",
		words: [
			"year",
			"annum",
			"Jahr",
			"an",
			"année",
			"año",
			"год"
		]
	},
	{
		per: "month",
		words: [
			"month",
			"Monat",
			"mois",
			"mes",
			"месяц"
		]
	},
	{
		per: "week",
		words: [
			"week",
			"Woche",
			"semaine",
			"semana",
			"неделю"
		]
	},
	{
		per: "fortnight",
		words: ["fortnight"]
	},
	{
		per: "day",
		words: [
			"day",
			"Tag",
			"jour",
			"día",
			"день",
			"сутки"
		]
	},
	{
		per: "night",
		words: [
			"night",
			"Nacht",
			"nuit",
			"noche",
			"ночь"
		]
	},
	{
		per: "hour",
		words: [
			"hour",
			"Stunde",
			"heure",
			"hora",
			"час"
		]
	},
	{
		per: "share",
		words: [
			"share",
			"Aktie",
			"action",
			"acción",
			"акцию"
		]
	},
	{
		per: "trip",
		words: [
			"trip",
			"journey",
			"Fahrt",
			"voyage",
			"viaje",
			"поездку"
		]
	},
	{
		per: "person",
		words: [
			"person",
			"head",
			"capita",
			"adult",
			"Person",
			"Kopf",
			"personne",
			"habitant",
			"adulte",
			"persona",
			"человека"
		]
	},
	{
		per: "bbl",
		words: [
			"barrel",
			"Barrel",
			"baril",
			"barril",
			"баррель"
		]
	},
	{
		per: "t",
		symbols: ["t", "т"],
		words: [
			"tonne",
			"ton",
			"Tonne",
			"tonelada",
			"тонну"
		]
	},
	{
		per: "kg",
		symbols: ["kg", "кг"],
		words: [
			"kilo",
			"kilogram",
			"kilogramme",
			"Kilo",
			"Kilogramm",
			"kilogramo"
		]
	},
	{
		per: "bu",
		words: ["bushel"]
	},
	{
		per: "L",
		symbols: ["l", "L"],
		words: [
			"litre",
			"liter",
			"Liter",
			"litro",
			"литр"
		]
	},
	{
		per: "kWh",
		symbols: ["kWh", "кВт·ч"],
		words: [
			"kilowatt-hour",
			"kilowatt hour",
			"Kilowattstunde",
			"kilovatio hora"
		]
	},
	{
		per: "MWh",
		symbols: ["MWh", "МВт·ч"],
		words: [
			"megawatt-hour",
			"megawatt hour",
			"Megawattstunde",
			"mégawattheure",
			"megavatio hora"
		]
	},
	{
		per: "m²",
		symbols: [
			"m²",
			"m2",
			"sq m",
			"sqm",
			"м²"
		],
		words: [
			"square metre",
			"square meter",
			"Quadratmeter",
			"mètre carré",
			"metro cuadrado",
			"квадратный метр"
		]
	},
	{
		per: "sq ft",
		symbols: ["sq ft"],
		words: ["square foot"]
	},
	{
		per: "ha",
		symbols: ["ha", "га"],
		words: [
			"hectare",
			"Hektar",
			"hectárea",
			"гектар"
		]
	},
	{
		per: "USD",
		symbols: ["$"],
		words: [
			"dollar",
			"dólar",
			"доллар"
		]
	}
];
/**
* Words after a bare number that make it no count: years and ages ("119
* years of records", "57 ans"), and words that continue a name or a
* reference. Matched lower-cased.
*/
var NOT_COUNTED = [
	"year",
	"years",
	"yr",
	"yrs",
	"jahr",
	"jahre",
	"jahren",
	"jahres",
	"an",
	"ans",
	"année",
	"années",
	"año",
	"años",
	"год",
	"года",
	"лет",
	"times",
	"fois",
	"veces",
	"mal",
	"раз",
	"раза",
	"point",
	"points",
	"plus",
	"minus"
];
/** Words between a bare number and the noun it counts: "120 more officers", "6 new regions". */
var COUNT_ADJECTIVES = [
	"more",
	"new",
	"additional",
	"extra",
	"further",
	"other",
	"mehr",
	"neue",
	"neuen",
	"weitere",
	"weiteren",
	"zusätzliche",
	"nouveaux",
	"nouvelles",
	"autres",
	"nuevos",
	"nuevas",
	"más",
	"otros",
	"новых",
	"других"
];
/**
* Words right after an amount of time that make it a point in time ("three
* months ago", "a year earlier"): a duration is then no figure, and "a year"
* no rate ("5% a year earlier").
*/
var TIME_POINT_AFTER = [
	"ago",
	"earlier",
	"later",
	"before",
	"zuvor",
	"später",
	"plus tôt",
	"plus tard",
	"atrás",
	"después",
	"назад",
	"спустя"
];
/** Words right before an amount of time that make it a point in time ("hace tres meses", "il y a deux semaines"). */
var TIME_POINT_BEFORE = [
	"hace",
	"vor",
	"il y a",
	"через"
];
/** The units of amounts of time, which {@link TIME_POINT_AFTER} and {@link TIME_POINT_BEFORE} can turn into points in time. */
var DURATION_UNITS = [
	"min",
	"h",
	"days",
	"weeks",
	"months"
];
/** A canonical unit for the periods of years ("2024–2028"). */
var YEAR_UNIT = "year";
/** Earliest and latest years taken as years (not amounts) in periods and targets. */
var YEAR_SPAN = {
	min: 1800,
	max: 2199
};
/** Words joining hours and minutes into one amount of time: "2 hours 40 minutes", "3 heures et 10 minutes". */
var TIME_JOINS = [
	"and",
	"und",
	"et",
	"y",
	"и"
];
/** Words between a scale word and its unit: "10 millones de dólares", "28 millions d’habitants". */
var SCALE_UNIT_LINKS = [
	"de",
	"di",
	"d'",
	"d’"
];
/** Words or signs between the two ends of a range: "3–5", "2024 to 2028", "between 10 and 20". */
var RANGE_DASHES = [
	"-",
	"–",
	"—",
	"‐",
	"−"
];
/**
* Range words. `after` lists words one of which must come right before the
* range for the word to join its ends ("between 10 and 20"); `notAfter`
* words that turn it into a change instead ("from 5% to 7%", "by £500
* million to £1.5 billion" are two figures). Years are always a range with
* these words ("from 2024 to 2028").
*/
var RANGE_WORDS = [
	{
		word: "to",
		notAfter: ["from", "by"]
	},
	{
		word: "and",
		after: ["between"]
	},
	{
		word: "through",
		notAfter: ["from"]
	},
	{ word: "bis" },
	{
		word: "und",
		after: ["zwischen"]
	},
	{
		word: "et",
		after: ["entre"]
	},
	{
		word: "y",
		after: ["entre"]
	},
	{
		word: "и",
		after: ["между"]
	}
];
/** Words right before a year range that make it a period: "for 2024–2028", "in 2024-2028". */
var PERIOD_BEFORE = [
	"for",
	"in",
	"during",
	"over",
	"from",
	"between",
	"through",
	"throughout",
	"covering",
	"spanning",
	"until",
	"years",
	"für",
	"im",
	"jahren",
	"jahre",
	"zwischen",
	"pour",
	"en",
	"entre",
	"années",
	"para",
	"años",
	"на",
	"в",
	"между"
];
/** Words right after a year range (or one word later) that make it a period: "the 2024–2028 plan", "2025-2035 climate plan". */
var PERIOD_AFTER = [
	"plan",
	"plans",
	"period",
	"programme",
	"program",
	"budget",
	"strategy",
	"season",
	"term",
	"cycle",
	"timeframe",
	"window",
	"roadmap",
	"forecast",
	"outlook",
	"fiscal",
	"years",
	"годы",
	"годов"
];
/** Words right before a year-like number that make it a year, not an amount ("in 2023 people…"). */
var YEAR_BEFORE = [
	"in",
	"since",
	"by",
	"until",
	"till",
	"from",
	"during",
	"before",
	"after",
	"mid",
	"early",
	"late",
	"end",
	"year",
	"fiscal",
	"FY"
];
/** Words that tie a figure to a deadline: "1 million tons by 2029". */
var TARGET_PREPOSITIONS = [
	"by",
	"until",
	"till",
	"before",
	"no later than",
	"bis",
	"d'ici",
	"d’ici",
	"d'ici à",
	"d’ici à",
	"para",
	"hasta",
	"entro",
	"к",
	"до"
];
/** Qualifiers between the target preposition and its year: "by the end of 2030", "by mid-2026". */
var TARGET_YEAR_QUALIFIERS = [
	"the end of",
	"end of",
	"the middle of",
	"the start of",
	"the beginning of",
	"the close of",
	"the end of fiscal",
	"the end of FY",
	"end-",
	"mid-",
	"early",
	"late",
	"fiscal",
	"FY",
	"Ende",
	"la fin de",
	"fin de",
	"fines de",
	"fine",
	"конца"
];
/** Year-end deadlines without a year: "by year-end". */
var TARGET_YEAR_END = [
	"year-end",
	"year end",
	"the end of the year",
	"end of the year",
	"the end of this year",
	"end-year",
	"the year’s end",
	"the year's end",
	"Jahresende",
	"la fin de l'année",
	"la fin de l’année",
	"fin d'année",
	"fin de año",
	"finales de año",
	"fine anno",
	"конца года"
];
/** Words after a target year that belong to it ("к 2030 году"). */
var TARGET_YEAR_SUFFIXES = [
	"году",
	"года",
	"г."
];
/**
* Words that state a multiple. A base form (`needsModal`) counts only after
* one of {@link RATIO_MODALS} ("aims to double"), since "a double blow" is no figure.
*/
var RATIO_WORDS = [
	{
		words: ["double"],
		value: 2,
		needsModal: true
	},
	{
		words: [
			"doubled",
			"doubling",
			"twofold",
			"two-fold"
		],
		value: 2
	},
	{
		words: ["triple"],
		value: 3,
		needsModal: true
	},
	{
		words: [
			"tripled",
			"tripling",
			"threefold",
			"three-fold"
		],
		value: 3
	},
	{
		words: ["quadruple"],
		value: 4,
		needsModal: true
	},
	{
		words: [
			"quadrupled",
			"quadrupling",
			"fourfold",
			"four-fold"
		],
		value: 4
	},
	{
		words: ["tenfold", "ten-fold"],
		value: 10
	},
	{
		words: ["halve"],
		value: .5,
		needsModal: true
	},
	{
		words: ["halved", "halving"],
		value: .5
	}
];
/** Signs after a number that make it a multiple: "a 3-fold rise". */
var RATIO_SUFFIXES = ["-fold", "fold"];
/** Words that make a base-form ratio verb a verb: "to double", "will triple". */
var RATIO_MODALS = [
	"to",
	"will",
	"would",
	"could",
	"can",
	"may",
	"might",
	"should",
	"must",
	"shall",
	"nearly",
	"almost",
	"more than"
];
/**
* Cardinal number words per language (the default, English, list is always
* used). They are read as numbers where a unit, a scale or a multiple
* follows ("four million people", "fünf Monate", "ten times", "multipliés par
* quatre"), never alone. "One" is left out ("one of the first"): see
* {@link ONE_WORDS}.
*/
var NUMBER_WORDS = {
	default: {
		two: 2,
		three: 3,
		four: 4,
		five: 5,
		six: 6,
		seven: 7,
		eight: 8,
		nine: 9,
		ten: 10,
		eleven: 11,
		twelve: 12,
		fifteen: 15,
		twenty: 20,
		thirty: 30,
		forty: 40,
		fifty: 50
	},
	de: {
		zwei: 2,
		drei: 3,
		vier: 4,
		fünf: 5,
		sechs: 6,
		sieben: 7,
		acht: 8,
		neun: 9,
		zehn: 10,
		elf: 11,
		zwölf: 12,
		zwanzig: 20,
		dreißig: 30
	},
	fr: {
		deux: 2,
		trois: 3,
		quatre: 4,
		cinq: 5,
		six: 6,
		sept: 7,
		huit: 8,
		dix: 10,
		onze: 11,
		douze: 12,
		quinze: 15,
		vingt: 20,
		trente: 30
	},
	es: {
		dos: 2,
		tres: 3,
		cuatro: 4,
		cinco: 5,
		seis: 6,
		siete: 7,
		ocho: 8,
		nueve: 9,
		diez: 10,
		doce: 12,
		quince: 15,
		veinte: 20,
		treinta: 30
	},
	ru: {
		два: 2,
		две: 2,
		двух: 2,
		три: 3,
		трёх: 3,
		трех: 3,
		четыре: 4,
		четырёх: 4,
		четырех: 4,
		пять: 5,
		пяти: 5,
		шесть: 6,
		шести: 6,
		семь: 7,
		восемь: 8,
		девять: 9,
		десять: 10,
		десяти: 10
	}
};
/** Words for "one" in fractions and shares ("a third", "un voyageur sur quatre"), per language; the default list is always used. */
var ONE_WORDS = {
	default: [
		"a",
		"an",
		"one",
		"1"
	],
	de: [
		"ein",
		"eine",
		"einen",
		"einem",
		"einer"
	],
	fr: ["un", "une"],
	es: [
		"un",
		"una",
		"uno"
	],
	ru: [
		"одна",
		"один",
		"одну",
		"одной"
	]
};
/** After "N times": a frequency ("twice a year"), which is no multiple. */
var NOT_FREQUENCY = String.raw`(?!{space}+(?:a|an|per|each|every|a-year|a-week)(?![{letter}]))`;
/** Figures written with words, per language (rows without `langs` apply to every page). */
var WORD_FIGURES = [
	{
		pattern: `{n}[ -]times${NOT_FREQUENCY}`,
		kind: "ratio",
		times: 1
	},
	{
		pattern: `twice${NOT_FREQUENCY}`,
		kind: "ratio",
		times: 2
	},
	{
		pattern: `thrice${NOT_FREQUENCY}`,
		kind: "ratio",
		times: 3
	},
	{
		pattern: "(?:fivefold|five-fold)",
		kind: "ratio",
		times: 5
	},
	{
		pattern: "(?:sixfold|six-fold)",
		kind: "ratio",
		times: 6
	},
	{
		pattern: "(?:twentyfold|hundredfold)",
		kind: "ratio",
		times: 20
	},
	{
		pattern: "{one}{space}+in{space}+{n}",
		kind: "percent",
		per: 100
	},
	{
		pattern: "{one}{space}+out{space}+of{space}+{n}",
		kind: "percent",
		per: 100
	},
	{
		pattern: "{one}{space}+(?:third|quarter|fifth|tenth)",
		kind: "percent",
		fraction: true,
		alone: true
	},
	{
		pattern: "{n}{space}+thirds",
		kind: "percent",
		times: 100 / 3
	},
	{
		pattern: "{n}{space}+quarters",
		kind: "percent",
		times: 25,
		alone: true
	},
	{
		pattern: "(?:almost|nearly|about|roughly|around|over|more than|less than|by){space}+half",
		kind: "percent",
		times: 50,
		alone: true
	},
	{
		pattern: "(?<!(?:first|second|last|other|the){space}+)half(?={space}+of{space})",
		kind: "percent",
		times: 50
	},
	{
		langs: ["de"],
		pattern: "{n}[ -]?mal",
		kind: "ratio",
		times: 1
	},
	{
		langs: ["de"],
		pattern: "die{space}+Hälfte",
		kind: "percent",
		times: 50
	},
	{
		langs: ["de"],
		pattern: "{one}{space}+(?:Drittel|Viertel|Fünftel|Zehntel)",
		kind: "percent",
		fraction: true
	},
	{
		langs: ["de"],
		pattern: "{n}{space}+Drittel",
		kind: "percent",
		times: 100 / 3
	},
	{
		langs: ["fr"],
		pattern: `{n}{space}+fois(?!{space}+(?:par|chaque)(?![{letter}]))`,
		kind: "ratio",
		times: 1
	},
	{
		langs: ["fr"],
		pattern: "multipli(?:é|ée|és|ées){space}+par{space}+{n}",
		kind: "ratio",
		times: 1
	},
	{
		langs: ["fr"],
		pattern: "divis(?:é|ée|és|ées){space}+par{space}+{n}",
		kind: "ratio",
		per: 1
	},
	{
		langs: ["fr"],
		pattern: "le{space}+double",
		kind: "ratio",
		times: 2
	},
	{
		langs: ["fr"],
		pattern: "le{space}+triple",
		kind: "ratio",
		times: 3
	},
	{
		langs: ["fr"],
		pattern: "la{space}+moitié",
		kind: "percent",
		times: 50
	},
	{
		langs: ["fr"],
		pattern: "{one}{space}+(?:tiers|quart|cinquième|dixième)",
		kind: "percent",
		fraction: true,
		alone: true
	},
	{
		langs: ["fr"],
		pattern: "{n}{space}+tiers",
		kind: "percent",
		times: 100 / 3
	},
	{
		langs: ["fr"],
		pattern: "{one}(?:{space}+[{letter}]+){0,2}{space}+sur{space}+{n}",
		kind: "percent",
		per: 100
	},
	{
		langs: ["es"],
		pattern: `{n}{space}+veces(?!{space}+(?:al|por|cada)(?![{letter}]))`,
		kind: "ratio",
		times: 1
	},
	{
		langs: ["es"],
		pattern: "multiplicad[oa]s?{space}+por{space}+{n}",
		kind: "ratio",
		times: 1
	},
	{
		langs: ["es"],
		pattern: "dividid[oa]s?{space}+(?:por|entre){space}+{n}",
		kind: "ratio",
		per: 1
	},
	{
		langs: ["es"],
		pattern: "el{space}+doble",
		kind: "ratio",
		times: 2
	},
	{
		langs: ["es"],
		pattern: "el{space}+triple",
		kind: "ratio",
		times: 3
	},
	{
		langs: ["es"],
		pattern: "la{space}+mitad",
		kind: "percent",
		times: 50
	},
	{
		langs: ["es"],
		pattern: "{one}{space}+(?:tercio|quinto)",
		kind: "percent",
		fraction: true,
		alone: true
	},
	{
		langs: ["es"],
		pattern: "{n}{space}+tercios",
		kind: "percent",
		times: 100 / 3
	},
	{
		langs: ["es"],
		pattern: "{one}{space}+de{space}+cada{space}+{n}",
		kind: "percent",
		per: 100
	},
	{
		langs: ["ru"],
		pattern: "в{space}+{n}{space}+раза?",
		kind: "ratio",
		times: 1
	},
	{
		langs: ["ru"],
		pattern: "вдвое",
		kind: "ratio",
		times: 2
	},
	{
		langs: ["ru"],
		pattern: "втрое",
		kind: "ratio",
		times: 3
	},
	{
		langs: ["ru"],
		pattern: "(?<!(?:перв|втор)[а-яё]*{space}+)половин[аыуе]",
		kind: "percent",
		times: 50
	},
	{
		langs: ["ru"],
		pattern: "треть(?:ю)?",
		kind: "percent",
		times: 100 / 3
	},
	{
		langs: ["ru"],
		pattern: "{n}{space}+трети",
		kind: "percent",
		times: 100 / 3
	},
	{
		langs: ["ru"],
		pattern: "четверть(?:ю)?",
		kind: "percent",
		times: 25
	}
];
/** Fractions named by a word, as a share of 100 ("a third" is 33.3…%); the word of a `{one} …` fraction rule is looked up here. */
var FRACTION_WORDS = {
	third: 100 / 3,
	quarter: 25,
	fifth: 20,
	tenth: 10,
	drittel: 100 / 3,
	viertel: 25,
	fünftel: 20,
	zehntel: 10,
	tiers: 100 / 3,
	quart: 25,
	cinquième: 20,
	dixième: 10,
	tercio: 100 / 3,
	quinto: 20
};
/**
* Prose, not a widget: a block of the text is read for figures only if it
* has at least `minWords` words and `wordsPerNumber` words for each number
* left once dates, times and phone numbers are masked, and is no line of
* bare quotes (a stock ticker "DAX 18.508,65 ▼ 0,4 % Gold 2.412 $" or
* "Strom Base 78,40 €/MWh Gas TTF 38,90 €" that the page left in the
* article).
*/
var PROSE = {
	minWords: 2,
	wordsPerNumber: 1.5,
	/** Most figures in a line that is no sentence (no end mark) and no list item: a heading has one, a ticker more. */
	maxFiguresWithoutSentence: 1,
	/** Signs of a market ticker or a scoreboard. */
	widgetMarks: "▲▼△▽↑↓⬆⬇▴▾"
};
/** Month names per language (the default list is always used), for dates and time words. */
var MONTHS = {
	default: [
		"January",
		"February",
		"March",
		"April",
		"May",
		"June",
		"July",
		"August",
		"September",
		"October",
		"November",
		"December",
		"Jan",
		"Feb",
		"Mar",
		"Apr",
		"Jun",
		"Jul",
		"Aug",
		"Sep",
		"Sept",
		"Oct",
		"Nov",
		"Dec"
	],
	de: [
		"Januar",
		"Jänner",
		"Februar",
		"März",
		"April",
		"Mai",
		"Juni",
		"Juli",
		"August",
		"September",
		"Oktober",
		"November",
		"Dezember"
	],
	fr: [
		"janvier",
		"février",
		"mars",
		"avril",
		"mai",
		"juin",
		"juillet",
		"août",
		"septembre",
		"octobre",
		"novembre",
		"décembre"
	],
	es: [
		"enero",
		"febrero",
		"marzo",
		"abril",
		"mayo",
		"junio",
		"julio",
		"agosto",
		"septiembre",
		"octubre",
		"noviembre",
		"diciembre"
	],
	it: [
		"gennaio",
		"febbraio",
		"marzo",
		"aprile",
		"maggio",
		"giugno",
		"luglio",
		"agosto",
		"settembre",
		"ottobre",
		"novembre",
		"dicembre"
	],
	ru: [
		"января",
		"февраля",
		"марта",
		"апреля",
		"мая",
		"июня",
		"июля",
		"августа",
		"сентября",
		"октября",
		"ноября",
		"декабря"
	]
};
/**
* Character classes (regex class bodies) used in the patterns as
* `{letter}`, `{digit}`, `{upper}`, `{lower}`. Figures' regexes avoid Unicode
* property escapes (`\p{L}`), which are slow to compile on every page load.
* `letter` holds the scripts that put spaces between words, and combining
* marks; scripts without spaces (Chinese, Japanese, Thai) are left out so a
* number glued to their words is still read.
*/
var CHAR_CLASSES = {
	letter: "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u066E-\\u06D3\\u0900-\\u0963\\u10A0-\\u10FF\\u1E00-\\u1FFF",
	digit: "0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u2070-\\u2089\\uFF10-\\uFF19",
	upper: "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F",
	lower: "a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u03B1-\\u03C9\\u0430-\\u044F"
};
/**
* Labels followed by a number that names a thing rather than measures it
* ("Figure 3", "chapter 7", "No. 5", "Windows 11"). Matched with either case of
* the first letter.
*/
var NUMBER_LABELS = [
	"Figure",
	"Fig.",
	"Table",
	"Chart",
	"Chapter",
	"Section",
	"Page",
	"p.",
	"pp.",
	"Article",
	"Art.",
	"Item",
	"No.",
	"Nr.",
	"Number",
	"Version",
	"v.",
	"Vol.",
	"Episode",
	"Season",
	"Part",
	"Room",
	"Route",
	"Flight",
	"Gate",
	"Platform",
	"Phase",
	"Grade",
	"Floor",
	"Suite",
	"Apartment",
	"Highway",
	"Interstate",
	"Paragraph",
	"Clause",
	"Annex",
	"Appendix",
	"Exhibit",
	"Batch",
	"ISBN",
	"ID",
	"Windows",
	"Android",
	"iOS",
	"macOS",
	"Galaxy",
	"Pixel",
	"PlayStation",
	"Xbox",
	"Boeing",
	"Airbus",
	"Formula",
	"Model",
	"Kapitel",
	"Seite",
	"Abbildung",
	"Tabelle",
	"chapitre",
	"Nummer",
	"capítulo",
	"página",
	"Form",
	"Bill",
	"Resolution",
	"Line",
	"Linie",
	"ligne",
	"línea",
	"Halle",
	"Gleis",
	"Traktandum",
	"Artikel",
	"Paragraf",
	"§",
	"artículo",
	"parcela",
	"polígono",
	"n°",
	"nº",
	"N°",
	"Nº",
	"статья",
	"статьи",
	"пункт",
	"линия"
];
/**
* Text that holds digits but no figure, blanked out before figures are
* looked for. `{months}` and `{labels}` are filled from {@link MONTHS} and
* {@link NUMBER_LABELS}, `{codes}` with the currency codes of {@link CURRENCIES}, `{letter}` and the like from {@link CHAR_CLASSES}. All are compiled together into one Unicode regex
* that is only tried where a text has one of {@link NOT_FIGURE_FIRST_CHARS},
* so every pattern must start matching at one of them; words before the
* digits are checked with a lookbehind (and stay, having no digits).
*/
var NOT_FIGURES = [
	{
		what: "ISO date or timestamp",
		pattern: String.raw`\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`
	},
	{
		what: "numeric date",
		pattern: String.raw`\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b(?![.,]\d)`
	},
	{
		what: "day and month",
		pattern: String.raw`\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?:{months})(?![{letter}])\.?(?:,?\s+\d{4}\b)?`
	},
	{
		what: "month and day",
		pattern: String.raw`(?<=(?<![{letter}])(?:{months})\.?\s+)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]?\d)(?:,?\s+\d{4}\b)?`
	},
	{
		what: "time of day",
		pattern: String.raw`\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))?`
	},
	{
		what: "hour",
		pattern: String.raw`\b\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[AP]M\b|[ap]m\b|Uhr\b|o['’]clock\b|h(?![{letter}]))`
	},
	{
		what: "international phone number",
		pattern: String.raw`\+\d{1,3}[\s.\-]?\(?\d{1,4}\)?[\s.\-]?\d{2,4}[\s.\-]?\d{2,4}(?:[\s.\-]?\d{2,4})?`
	},
	{
		what: "phone number",
		pattern: String.raw`\(\d{3}\)\s?\d{3}[\s.\-]\d{4}\b|\b\d{3}[.\-]\d{3}[.\-]\d{4}\b|\b0\d(?:[\s.]\d{2}){4}\b`
	},
	{
		what: "phone number in groups",
		pattern: String.raw`(?<![{digit},.])\(?\d{1,4}\)?(?=(?:[\s.\-]\d{2,4})*[\s.\-](?:\d{2}|\d{4})(?![{digit}]))(?:[\s.\-]\d{2,4}){2,5}(?![{digit}]|[.,]\d)`
	},
	{
		what: "ordinal",
		pattern: String.raw`\b\d+(?:st|nd|rd|th)\b`
	},
	{
		what: "age",
		pattern: String.raw`\b\d{1,3}[-\s]years?[-\s]old\b|(?<=(?<![{letter}])(?:aged|age|ages)\s)\d{1,3}\b`
	},
	{
		what: "footnote marker",
		pattern: String.raw`\[\d{1,3}\]`
	},
	{
		what: "list number",
		pattern: String.raw`(?<=^\s*)\d{1,3}[.)](?=\s)`
	},
	{
		what: "numbered label",
		pattern: String.raw`(?<=(?<![{letter}{digit}])(?:{labels})\s?#?)\d(?:[{letter}{digit}.\-]*[{letter}{digit}])?`
	},
	{
		what: "number sign",
		pattern: String.raw`[#№]\s?\d(?:[{letter}{digit}.\-]*[{letter}{digit}])?`
	},
	{
		what: "product name",
		pattern: String.raw`(?<=(?<![{letter}])[{lower}]+[{upper}][{letter}]*\s?)\d(?:[{letter}{digit}.\-]*[{letter}{digit}])?`
	},
	{
		what: "model or index number after an acronym",
		pattern: String.raw`(?<=(?<![{letter}{digit}])[{upper}]{2,6}[\s\u00A0])(?<!(?:{codes})[\s\u00A0])\d[{letter}{digit}.,’'\-]*(?![{letter}{digit}.,’'\-])(?![\s\u00A0]?%)`
	}
];
/** The characters every {@link NOT_FIGURES} pattern starts matching at (a regex class body). */
var NOT_FIGURE_FIRST_CHARS = String.raw`\d+(\[#№`;
/**
* Function words and auxiliaries of the `measures` heuristic: a phrase never
* starts, ends or runs through them (links are the exception, see
* {@link MEASURE_LINKS}); the look-back skips them. Per language; the
* default (English) list is always used.
*/
var STOPWORDS = {
	default: [
		"a",
		"an",
		"the",
		"this",
		"that",
		"these",
		"those",
		"its",
		"their",
		"his",
		"her",
		"our",
		"your",
		"my",
		"it",
		"they",
		"he",
		"she",
		"we",
		"you",
		"i",
		"which",
		"who",
		"whom",
		"whose",
		"what",
		"where",
		"when",
		"while",
		"as",
		"at",
		"by",
		"for",
		"from",
		"in",
		"into",
		"of",
		"on",
		"onto",
		"to",
		"with",
		"within",
		"without",
		"through",
		"over",
		"under",
		"about",
		"around",
		"across",
		"after",
		"before",
		"between",
		"during",
		"per",
		"than",
		"then",
		"and",
		"or",
		"but",
		"nor",
		"so",
		"if",
		"because",
		"since",
		"until",
		"up",
		"down",
		"out",
		"off",
		"also",
		"just",
		"only",
		"even",
		"still",
		"some",
		"any",
		"all",
		"each",
		"every",
		"both",
		"more",
		"less",
		"most",
		"least",
		"nearly",
		"almost",
		"roughly",
		"approximately",
		"another",
		"other",
		"such",
		"same",
		"first",
		"second",
		"higher",
		"lower",
		"above",
		"below",
		"third",
		"last",
		"next",
		"one",
		"two",
		"three",
		"not",
		"no",
		"there",
		"here",
		"thus",
		"however",
		"already",
		"now",
		"said",
		"says",
		"according",
		"against",
		"via",
		"upon",
		"among",
		"amid",
		"toward",
		"towards",
		"like",
		"very",
		"annually",
		"year-on-year",
		"year-over-year",
		"respectively",
		"is",
		"are",
		"was",
		"were",
		"be",
		"been",
		"being",
		"has",
		"have",
		"had",
		"will",
		"would",
		"could",
		"should",
		"may",
		"might",
		"can",
		"must",
		"shall",
		"do",
		"does",
		"did",
		"it's",
		"that's",
		"there's",
		"here's",
		"what's",
		"he's",
		"she's",
		"we're",
		"they're",
		"you're",
		"i'm",
		"isn't",
		"aren't",
		"wasn't",
		"weren't",
		"don't",
		"doesn't",
		"didn't",
		"won't",
		"can't",
		"it'll",
		"we'll",
		"they'll"
	],
	de: [
		"der",
		"die",
		"das",
		"den",
		"dem",
		"des",
		"ein",
		"eine",
		"einen",
		"einem",
		"einer",
		"und",
		"oder",
		"auf",
		"um",
		"im",
		"von",
		"vom",
		"mit",
		"für",
		"zu",
		"zum",
		"zur",
		"bei",
		"bis",
		"über",
		"unter",
		"nach",
		"vor",
		"aus",
		"am",
		"als",
		"wie",
		"ist",
		"sind",
		"war",
		"wurde",
		"wird",
		"werden",
		"hat",
		"haben",
		"soll",
		"sollen",
		"rund",
		"etwa",
		"fast",
		"mehr",
		"weniger",
		"sich",
		"sie",
		"er",
		"es",
		"ab",
		"an",
		"in",
		"ins",
		"durch",
		"gegen",
		"ohne",
		"seit",
		"zwischen",
		"dass",
		"davon",
		"damit",
		"dabei",
		"sowie",
		"nun",
		"noch",
		"bereits",
		"schon",
		"nur",
		"auch",
		"statt",
		"zuvor",
		"nach",
		"insgesamt",
		"derzeit",
		"rund",
		"knapp",
		"gut",
		"bis",
		"zu",
		"dem",
		"seine",
		"seiner",
		"ihre",
		"ihrer",
		"sein",
		"hatte",
		"hätte",
		"habe",
		"wäre",
		"würde",
		"worden",
		"sei",
		"seien",
		"kann",
		"können",
		"muss",
		"müssen",
		"will",
		"wollen",
		"damit",
		"jährlich",
		"pro",
		"je",
		"schnitt",
		"durchschnitt",
		"inzwischen",
		"allerdings",
		"jedoch",
		"aber"
	],
	fr: [
		"le",
		"la",
		"les",
		"un",
		"une",
		"des",
		"du",
		"de",
		"et",
		"ou",
		"à",
		"au",
		"aux",
		"en",
		"dans",
		"sur",
		"pour",
		"par",
		"avec",
		"est",
		"sont",
		"a",
		"ont",
		"été",
		"soit",
		"environ",
		"près",
		"plus",
		"moins",
		"qui",
		"que",
		"se",
		"sa",
		"son",
		"ses",
		"leur",
		"leurs",
		"il",
		"elle",
		"ils",
		"d'",
		"l'",
		"s'",
		"qu'",
		"n'",
		"c'",
		"j'",
		"m'",
		"ce",
		"cette",
		"ces",
		"mais",
		"sans",
		"sous",
		"entre",
		"contre",
		"depuis",
		"selon",
		"vers",
		"après",
		"avant",
		"déjà",
		"encore",
		"aussi",
		"seulement",
		"presque",
		"quelque",
		"quelques",
		"tout",
		"tous",
		"toute",
		"toutes",
		"sera",
		"seront",
		"était",
		"avait",
		"fait",
		"peut",
		"doit",
		"désormais",
		"lui",
		"y",
		"dont",
		"où",
		"ne",
		"pas",
		"moyenne",
		"contre"
	],
	es: [
		"el",
		"la",
		"los",
		"las",
		"un",
		"una",
		"unos",
		"unas",
		"de",
		"del",
		"y",
		"o",
		"en",
		"con",
		"por",
		"para",
		"es",
		"son",
		"fue",
		"ha",
		"han",
		"al",
		"que",
		"se",
		"su",
		"sus",
		"cerca",
		"más",
		"menos",
		"lo",
		"le",
		"les",
		"este",
		"esta",
		"estos",
		"estas",
		"ese",
		"esa",
		"como",
		"pero",
		"sin",
		"sobre",
		"entre",
		"hasta",
		"desde",
		"según",
		"ya",
		"casi",
		"unos",
		"media",
		"hace",
		"era",
		"será",
		"está",
		"están",
		"muy",
		"también",
		"aproximadamente",
		"alrededor",
		"frente",
		"durante",
		"tras"
	],
	ru: [
		"и",
		"в",
		"во",
		"на",
		"с",
		"со",
		"по",
		"до",
		"от",
		"за",
		"из",
		"к",
		"ко",
		"о",
		"об",
		"у",
		"что",
		"это",
		"как",
		"а",
		"но",
		"или",
		"его",
		"её",
		"ее",
		"их",
		"он",
		"она",
		"они",
		"мы",
		"вы",
		"я",
		"который",
		"которая",
		"которые",
		"которого",
		"также",
		"уже",
		"ещё",
		"еще",
		"около",
		"более",
		"менее",
		"почти",
		"всего",
		"только",
		"при",
		"для",
		"без",
		"над",
		"под",
		"между",
		"через",
		"после",
		"перед",
		"же",
		"ли",
		"бы",
		"не",
		"ни",
		"то",
		"этот",
		"эта",
		"этом",
		"этого",
		"все",
		"всех",
		"так",
		"ещё",
		"примерно",
		"порядка",
		"свыше",
		"уровне",
		"уровень",
		"размере",
		"счёт",
		"счет",
		"среднем",
		"средняя",
		"средний",
		"является",
		"был",
		"была",
		"были",
		"будет",
		"будут"
	]
};
/**
* Verbs and change words: a phrase stops at them (except a first word right
* after the figure: "a 40% increase"), and the look-back skips them. Per
* language; the default (English) list is always used.
*/
var VERBS = {
	default: [
		"set",
		"expected",
		"projected",
		"forecast",
		"planned",
		"aims",
		"aim",
		"aimed",
		"aiming",
		"plans",
		"planning",
		"seeks",
		"seeking",
		"targets",
		"targeted",
		"targeting",
		"increase",
		"increases",
		"increased",
		"increasing",
		"rise",
		"rises",
		"rose",
		"risen",
		"rising",
		"grow",
		"grows",
		"grew",
		"grown",
		"growing",
		"fall",
		"falls",
		"fell",
		"fallen",
		"falling",
		"drop",
		"drops",
		"dropped",
		"decline",
		"declines",
		"declined",
		"boost",
		"boosts",
		"boosted",
		"boosting",
		"double",
		"doubled",
		"doubling",
		"triple",
		"tripled",
		"halve",
		"halved",
		"reach",
		"reaches",
		"reached",
		"reaching",
		"hit",
		"hits",
		"total",
		"totals",
		"totalled",
		"totaled",
		"exceed",
		"exceeds",
		"exceeded",
		"climb",
		"climbs",
		"climbed",
		"jump",
		"jumps",
		"jumped",
		"surge",
		"surged",
		"soar",
		"soared",
		"expand",
		"expands",
		"expanded",
		"cut",
		"cuts",
		"reduce",
		"reduces",
		"reduced",
		"raise",
		"raises",
		"raised",
		"lift",
		"lifted",
		"invest",
		"invests",
		"invested",
		"investing",
		"produce",
		"produces",
		"produced",
		"generate",
		"generated",
		"earn",
		"earned",
		"lose",
		"lost",
		"cost",
		"costs",
		"costing",
		"worth",
		"valued",
		"estimated",
		"stand",
		"stands",
		"stood",
		"amount",
		"amounts",
		"amounted",
		"account",
		"accounts",
		"accounted",
		"make",
		"makes",
		"made",
		"include",
		"includes",
		"included",
		"including",
		"get",
		"gets",
		"got",
		"receive",
		"received",
		"allocate",
		"allocated",
		"spend",
		"spent",
		"pay",
		"paid",
		"sign",
		"signed",
		"approve",
		"approved",
		"announce",
		"announced",
		"see",
		"sees",
		"saw",
		"post",
		"posted",
		"record",
		"recorded",
		"report",
		"reported",
		"add",
		"added",
		"gain",
		"gained",
		"contribute",
		"contributed",
		"employ",
		"employs",
		"employed",
		"hire",
		"hired",
		"bring",
		"brings",
		"brought",
		"compared",
		"stated",
		"emphasized",
		"noted"
	],
	de: [
		"stieg",
		"steigt",
		"gestiegen",
		"sank",
		"sinkt",
		"gesunken",
		"wuchs",
		"wächst",
		"gewachsen",
		"erreichte",
		"erreicht",
		"beträgt",
		"betrug",
		"liegt",
		"lag",
		"investiert",
		"investieren",
		"soll",
		"plant",
		"verdoppeln",
		"steigern",
		"brach",
		"setzte",
		"verkaufte",
		"verkauft",
		"verlor",
		"erwartet",
		"erwarten",
		"rechnet",
		"kostet",
		"kosten",
		"beschäftigt",
		"senken",
		"sinken",
		"steigen",
		"stecken",
		"abbauen",
		"ausgeliefert",
		"geschrieben",
		"gestiegen",
		"eingebrochen",
		"verkauft",
		"installieren",
		"erhalten",
		"gingen",
		"entstehen",
		"bieten",
		"beträgt",
		"zurück",
		"fiel",
		"fällt",
		"trägt",
		"bei",
		"sollen",
		"wird",
		"werden",
		"wurden",
		"sind",
		"kommen",
		"gibt",
		"ausgegeben",
		"fordert",
		"senkte",
		"erzielte",
		"meldete",
		"ausgewertet",
		"fällig",
		"erwartete",
		"lief",
		"kündigte",
		"gedrosselt",
		"verteidigte"
	],
	fr: [
		"atteint",
		"atteindre",
		"augmenté",
		"augmente",
		"progressé",
		"progresse",
		"baissé",
		"baisse",
		"recule",
		"reculé",
		"représente",
		"investir",
		"investi",
		"prévoit",
		"doubler",
		"transporté",
		"transportés",
		"élève",
		"s'élève",
		"établi",
		"établie",
		"compte",
		"emploie",
		"affiche",
		"accueilli",
		"enregistré",
		"chuté",
		"chute",
		"perd",
		"perdu",
		"prévoit",
		"estime",
		"estimée",
		"estimés",
		"estimées",
		"devrait",
		"devraient",
		"passé",
		"commandé",
		"débloqué",
		"versé",
		"recrutés",
		"fermés",
		"reculé",
		"grimpé",
		"tombé",
		"dépassé",
		"réduire",
		"réduit",
		"cédait",
		"abaissé",
		"vu"
	],
	es: [
		"aumentó",
		"aumenta",
		"creció",
		"crece",
		"alcanzó",
		"alcanza",
		"cayó",
		"cae",
		"subió",
		"bajó",
		"invertirá",
		"prevé",
		"recibió",
		"gastó",
		"situó",
		"aportó",
		"dio",
		"registraron",
		"registró",
		"obtuvo",
		"ganó",
		"superó",
		"ocupa",
		"cuenta",
		"emplea",
		"exportó",
		"producirá",
		"ocupa",
		"requerido",
		"costado",
		"invertido",
		"evitará",
		"abastecerá",
		"subirá",
		"eliminará",
		"mantiene",
		"mantuvo",
		"cotiza",
		"subieron",
		"cuesta",
		"cuestan",
		"estima",
		"prevén",
		"llegó",
		"llegaron"
	],
	ru: [
		"составила",
		"составил",
		"составило",
		"составили",
		"составит",
		"составят",
		"составляет",
		"вырос",
		"выросла",
		"выросло",
		"выросли",
		"вырасти",
		"увеличился",
		"увеличилась",
		"увеличилось",
		"увеличить",
		"сократился",
		"сократилась",
		"сократить",
		"снизился",
		"снизилась",
		"снизится",
		"достиг",
		"достигла",
		"достигли",
		"достигнет",
		"может",
		"могут",
		"сообщило",
		"сообщил",
		"заявил",
		"отметил",
		"планирует",
		"планируется",
		"рассчитывает",
		"ожидается",
		"прогнозируются",
		"запланированы",
		"запланирован",
		"предусмотрено",
		"выделят",
		"выделит",
		"направят",
		"превысит",
		"превысят",
		"обязался",
		"превысила",
		"поставлено",
		"добывается",
		"позволит",
		"подорожали",
		"понизило",
		"собрано",
		"сохранится",
		"вырастут"
	]
};
/** Words that may join two parts of a phrase after a figure: "increase in investment and production volume". */
var MEASURE_LINKS = [
	"in",
	"of",
	"with",
	"and",
	"on"
];
/** Words after a figure that introduce what it measures: "$5 billion in revenue", "1.2 million tons of steel". */
var MEASURE_INTROS = [
	"of",
	"in",
	"on",
	"for"
];
/** Words of time a phrase stops before ("uptick in January-March", "rise in 2023"). */
var TIME_WORDS = [
	"year",
	"years",
	"quarter",
	"quarters",
	"half",
	"month",
	"months",
	"week",
	"weeks",
	"day",
	"days",
	"period",
	"time",
	"q1",
	"q2",
	"q3",
	"q4",
	"h1",
	"h2",
	"fy",
	"fiscal",
	"today",
	"yesterday",
	"spring",
	"summer",
	"autumn",
	"fall",
	"winter",
	"season",
	"decade",
	"monday",
	"tuesday",
	"wednesday",
	"thursday",
	"friday",
	"saturday",
	"sunday",
	"morning",
	"evening",
	"night",
	"tonight",
	"weekend",
	"jahr",
	"jahre",
	"jahren",
	"jahres",
	"vorjahr",
	"vorjahres",
	"vorjahreszeitraum",
	"quartal",
	"halbjahr",
	"monat",
	"monate",
	"monaten",
	"woche",
	"tag",
	"montag",
	"dienstag",
	"mittwoch",
	"donnerstag",
	"freitag",
	"samstag",
	"sonntag",
	"mittwochvormittag",
	"gesamtjahr",
	"zeitraum",
	"an",
	"ans",
	"année",
	"années",
	"trimestre",
	"semestre",
	"mois",
	"semaine",
	"jour",
	"jours",
	"lundi",
	"mardi",
	"mercredi",
	"jeudi",
	"vendredi",
	"samedi",
	"dimanche",
	"été",
	"hiver",
	"año",
	"años",
	"mes",
	"meses",
	"semana",
	"día",
	"días",
	"lunes",
	"martes",
	"miércoles",
	"jueves",
	"viernes",
	"sábado",
	"domingo",
	"campaña",
	"год",
	"года",
	"году",
	"лет",
	"квартал",
	"квартале",
	"месяц",
	"месяца",
	"неделю",
	"день",
	"итогам",
	"сезоне",
	"сезон",
	"полугодие"
];
/**
* Abbreviations a sentence does not end at, though the segmenter may break
* after their dot ("2,5 Mrd. Euro", "Mr. Smith").
*/
var ABBREVIATIONS = [
	"Mr.",
	"Mrs.",
	"Ms.",
	"Dr.",
	"Prof.",
	"St.",
	"Jr.",
	"Sr.",
	"Ltd.",
	"Inc.",
	"Co.",
	"Corp.",
	"Bros.",
	"U.S.",
	"U.K.",
	"U.N.",
	"E.U.",
	"No.",
	"Nos.",
	"Nr.",
	"vs.",
	"e.g.",
	"i.e.",
	"approx.",
	"est.",
	"Fig.",
	"p.",
	"pp.",
	"Vol.",
	"Art.",
	"Mio.",
	"Mrd.",
	"Rs.",
	"bzw.",
	"ca.",
	"z.B.",
	"млн.",
	"млрд.",
	"трлн.",
	"тыс.",
	"руб.",
	"г."
];
/**
* Rank: base weight of each kind. A range or a target of money or
* percentages weighs as money or a percentage (plus `target` for a target).
*/
var KIND_WEIGHTS = {
	money: 3,
	target: 3,
	percent: 2.5,
	range: 1.5,
	quantity: 1.5,
	count: 1.5,
	ratio: 1
};
/** Rank: bonuses for where and how often a figure appears, and how large it is. */
var RANK_BONUS = {
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
	mention: .5,
	maxMentions: 3,
	/** A target (a figure tied to a deadline) over the weight of its unit. */
	target: .5,
	/**
	* The largest amount of its unit (money, quantities) gets this much;
	* amounts `magnitudeDecades` powers of ten smaller get nothing.
	*/
	magnitude: 1.5,
	magnitudeDecades: 3,
	/** Subtracted for a bare number with no unit ("24,000"). */
	bare: .5
};
/** Units whose figures weigh as percentages, for ranges and targets. */
var PERCENT_UNITS = [
	"%",
	"pp",
	"bp"
];
// src/figures/aliases.ts
/**
* Alias tables: many spellings of one meaning ("tons", "tonnes", "t" → t).
* Spellings in `words` match in any case, `symbols` only as written; spaces
* match any run of spaces. A table reads the longest spelling at a position
* of a text by looking its next few space-separated tokens up in a map, so
* hundreds of spellings cost no regex compilation.
*/
/** A regex character class for the spaces found between a number and its unit. */
var SPACE$1 = "[\\s\\u00A0\\u202F\\u2009]";
var SPACE_RUN = /\s+/g;
var PLACEHOLDER = /\{(\w+)\}/g;
var SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
var CLASS_SYNTAX = /[\\\]^-]/g;
/**
* The token right after a number (glued to it or after one space) and the
* next ones: runs of characters up to a space or punctuation that no
* spelling holds ("percent.“We" → "percent.").
*/
var FIRST_TOKEN = /\s?([^\s,;:!?()[\]{}"“”„«»…–—]{1,40})/y;
var NEXT_TOKEN = /\s+([^\s,;:!?()[\]{}"“”„«»…–—]{1,40})/y;
/** Punctuation that may end a token after a spelling ("tons.", "year’"). */
var TRAILING = /[.'’]+$/;
/** A token's head before a hyphen ("%-owned", "km-long"). */
var HYPHENATED = new RegExp(withClasses("^([^\\-‐]{2,}|[^{letter}\\-‐])[\\-‐]"));
var LEADING_HYPHEN = /^[-‐]/;
/**
* A regex source with `{name}` placeholders filled from `values`; unknown
* names stay as written.
*/
function fill(pattern, values) {
	return pattern.replace(PLACEHOLDER, (whole, name) => values[name] ?? whole);
}
/** A regex source with `{letter}`, `{digit}`, `{upper}`, `{lower}` filled from {@link CHAR_CLASSES}. */
function withClasses(pattern) {
	return fill(pattern, CHAR_CLASSES);
}
/** `text` as a regex source matching it literally. */
function literal(text) {
	return text.replace(SYNTAX, "\\$&");
}
/** `chars` as the body of a regex character class. */
function classBody(chars) {
	return [...chars].map((c) => c.replace(CLASS_SYNTAX, "\\$&")).join("");
}
/** A regex source for a spelling, letters in either case when `anyCase` and spaces as any space run. */
function spelling(alias, anyCase) {
	if (!anyCase && !/\s/.test(alias)) return literal(alias);
	let source = "";
	for (const char of alias) {
		if (/\s/.test(char)) {
			if (!source.endsWith(`[\\s\\u00A0\\u202F\\u2009]+`)) source += `${SPACE$1}+`;
			continue;
		}
		const lower = char.toLowerCase();
		const upper = char.toUpperCase();
		const foldable = anyCase && lower !== upper && [...lower].length === 1 && [...upper].length === 1;
		source += foldable ? `[${lower}${upper}]` : literal(char);
	}
	return source;
}
/** A regex source matching a label with either case of its first letter ("Figure", "figure"). */
function firstLetterAnyCase(label) {
	const [first = "", ...rest] = [...label];
	return spelling(first, true) + spelling(rest.join(""), false);
}
/** Regex sources joined into one alternation, longest first so "MWh" wins over "MW". */
function alternation(sources) {
	const unique = /* @__PURE__ */ new Map();
	for (const { source, length } of sources) unique.set(source, Math.max(length, unique.get(source) ?? 0));
	const sorted = [...unique].sort((a, b) => b[1] - a[1]);
	return sorted.length ? sorted.map(([source]) => source).join("|") : "(?!)";
}
/** Words as an alternation matching them in any case without the `i` flag, longest first. */
function anyCaseAlternation(words) {
	return alternation(words.map((w) => ({
		source: spelling(w, true),
		length: w.length
	})));
}
/** Plain words as an alternation for a case-insensitive regex, longest first. */
function wordAlternation(words) {
	return alternation(words.map((w) => ({
		source: spelling(w, false),
		length: w.length
	})));
}
/** The key a spelling is stored and looked up under. */
function keyOf(text) {
	return text.replace(SPACE_RUN, " ");
}
/** Reads a sticky regex at a position. */
function at$1(re, text, index) {
	re.lastIndex = index;
	return re.exec(text);
}
/**
* Ways a spelling may sit in its token, as [spelling, offset in the token]:
* whole, before trailing punctuation and, right after the number, before or
* after a hyphen ("%-owned", "$500-million").
*/
function readings(token, first) {
	const found = [[token, 0]];
	const trimmed = token.replace(TRAILING, "");
	if (trimmed !== token && trimmed) found.push([trimmed, 0]);
	if (!first) return found;
	const head = HYPHENATED.exec(token)?.[1];
	if (head) found.push([head, 0]);
	if (LEADING_HYPHEN.test(token)) for (const [inner] of readings(token.slice(1), true)) found.push([inner, 1]);
	return found;
}
/** Spellings of meanings of type T, looked up by the text that follows a number. */
var AliasTable = class {
	#exact = /* @__PURE__ */ new Map();
	#folded = /* @__PURE__ */ new Map();
	/** Lower-cased first words of spellings of several words ("per" of "per cent"). */
	#multiwordStarts = /* @__PURE__ */ new Set();
	#spellings = [];
	#firstChars = /* @__PURE__ */ new Set();
	#maxWords = 1;
	/** Adds `words` (any case) and `symbols` (as written). A later spelling replaces an earlier one. */
	add(value, words = [], symbols = []) {
		for (const word of words) this.#add(word, value, true);
		for (const symbol of symbols) this.#add(symbol, value, false);
		return this;
	}
	#add(alias, value, anyCase) {
		const key = keyOf(alias.trim());
		if (anyCase) this.#folded.set(key.toLowerCase(), value);
		else this.#exact.set(key, value);
		const words = key.split(" ");
		if (words.length > 1) this.#multiwordStarts.add((words[0] ?? "").toLowerCase());
		this.#maxWords = Math.max(this.#maxWords, words.length);
		this.#spellings.push({
			alias,
			anyCase
		});
		const [first = ""] = alias;
		this.#firstChars.add(first);
		if (anyCase) this.#firstChars.add(first.toLowerCase()).add(first.toUpperCase());
	}
	/** The meaning of a spelling. */
	get(text) {
		return this.#get(keyOf(text));
	}
	/** The meaning of a spelling whose spaces are single spaces. */
	#get(key) {
		return this.#exact.get(key) ?? this.#folded.get(key.toLowerCase());
	}
	/**
	* The longest spelling that starts right at `index` (or after one space)
	* and fills whole tokens, with where it ends.
	*/
	lookup(text, index) {
		const tokens = this.#tokensAt(text, index);
		for (let n = tokens.length; n > 0; n--) {
			const head = tokens.slice(0, n - 1).map((t) => t.text);
			const last = tokens[n - 1];
			for (const [reading, offset] of readings(last.text, n === 1)) {
				const value = this.#get(n === 1 ? reading : `${head.join(" ")} ${reading}`);
				if (value !== void 0) return {
					value,
					end: last.start + offset + reading.length
				};
			}
		}
	}
	/** The tokens at `index`: one, or as many as a spelling has words when the first starts one of several words. */
	#tokensAt(text, index) {
		const first = at$1(FIRST_TOKEN, text, index);
		if (!first?.[1]) return [];
		let pos = first.index + first[0].length;
		const tokens = [{
			text: first[1],
			start: pos - first[1].length
		}];
		if (!this.#multiwordStarts.has(first[1].toLowerCase())) return tokens;
		while (tokens.length < this.#maxWords) {
			const next = at$1(NEXT_TOKEN, text, pos);
			if (!next?.[1]) break;
			pos = next.index + next[0].length;
			tokens.push({
				text: next[1],
				start: pos - next[1].length
			});
		}
		return tokens;
	}
	/** A regex source matching any spelling, longest first (no group of its own). */
	get source() {
		return alternation(this.#spellings.map(({ alias, anyCase }) => ({
			source: spelling(alias, anyCase),
			length: alias.length
		})));
	}
	/** A regex character-class body of the characters a spelling can start with, for a fast lookahead. */
	get firstChars() {
		return classBody(this.#firstChars);
	}
};
// src/figures/parse.ts
/**
* Numbers as the page writes them: the convention of a language, the regex
* source of a number in it, and exact parsing with a power of ten applied.
*/
var MINUS = /[−-]/;
/**
* The number convention of a language tag ("de-CH" → 1'234.5, "fr" →
* 1 234,5): the full tag first, then its primary subtag, else English style.
*/
function conventionFor(lang) {
	const tag = (lang ?? "").toLowerCase().replace(/_/g, "-");
	const primary = tag.split("-")[0] ?? "";
	const byLang = (code) => NUMBER_CONVENTIONS.find((c) => c.langs?.includes(code));
	return byLang(tag) ?? byLang(primary) ?? NUMBER_CONVENTIONS.find((c) => !c.langs) ?? {
		group: [","],
		decimal: "."
	};
}
/**
* A regex source for a signed number in a convention: thousands grouped in
* threes with one of its separators, or not grouped; an optional decimal
* part; not followed by more digits ("1,23" in English is no number).
*/
function numberSource(convention) {
	const decimal = `(?:${literal(convention.decimal)}\\d+)?`;
	return `[+\\-−]?(?:(?:${convention.group.map((g) => `\\d{1,3}(?:${literal(g)}\\d{3})+`).join("|")})${decimal}|\\d+${decimal})(?!\\d|[.,]\\d)`;
}
/** A matched number as JavaScript writes it ("1 234,5" → "1234.5", "−3" → "-3"). */
function normaliseNumber(text, convention) {
	let out = "";
	for (const char of text) {
		if (convention.group.includes(char) || char === "+") continue;
		if (char === convention.decimal) out += ".";
		else out += MINUS.test(char) ? "-" : char;
	}
	return out;
}
/** A normalised number times 10^pow, without binary rounding noise (1.2 × 10^6 → 1200000). */
function scaled(normalised, pow) {
	return Number(`${normalised}e${pow}`);
}
// src/figures/grammar.ts
/** One rule of {@link WORD_FIGURES} and its sticky regex (groups `n`, a number, and `one`), compiled on first use. */
var WordFigure = class {
	rule;
	#source;
	#sticky;
	constructor(rule, source) {
		this.rule = rule;
		this.#source = source;
	}
	/** The rule's regex, to read a match at a position. */
	get sticky() {
		this.#sticky ??= new RegExp(this.#source, "iy");
		return this.#sticky;
	}
};
var cache = /* @__PURE__ */ new Map();
/** The grammar for a page language ("en", "de-CH", null for English), compiled on first use. */
function grammarFor(lang) {
	const tag = (lang || "en").toLowerCase();
	const primary = tag.split(/[-_]/)[0] ?? "";
	const convention = conventionFor(tag);
	const key = `${primary}:${NUMBER_CONVENTIONS.indexOf(convention)}`;
	let grammar = cache.get(key);
	if (!grammar) {
		grammar = compile(primary, convention);
		cache.set(key, grammar);
	}
	return grammar;
}
function applies(entry, primary) {
	return !entry.langs || entry.langs.includes(primary);
}
var shared;
var SIGN = String.raw`[+\-−]?`;
function compileShared() {
	const ratios = ratioTable();
	const prefixes = new AliasTable();
	for (const c of CURRENCIES) prefixes.add(c.code, [], [...c.symbols, c.code]);
	const perUnits = new AliasTable();
	for (const p of PER_UNITS) perUnits.add(p.per, p.words, p.symbols);
	const glued = new AliasTable();
	for (const u of UNITS) glued.add({
		unit: u.unit,
		kind: u.kind,
		pow: u.pow ?? 0
	}, [], u.glued);
	return {
		startSource: withClasses(String.raw`(?=[\d+\-−${prefixes.firstChars}])(?<![{letter}{digit}_.,:/\\])(?<![{letter}{digit}][\-–‐])`) + String.raw`(?:(?:${prefixes.source})${SPACE$1}?)?${SIGN}\d`,
		ratioWords: wordAlternation(RATIO_WORDS.flatMap((r) => r.words)),
		prefix: new RegExp(String.raw`(${prefixes.source})${SPACE$1}?(?=${SIGN}\d)`, "y"),
		numberNext: new RegExp(String.raw`${SPACE$1}?${SIGN}\d`, "y"),
		scaleLink: new RegExp(`${SPACE$1}+(?:${wordAlternation(SCALE_UNIT_LINKS)})${SPACE$1}*`, "iy"),
		rangeSep: new RegExp(rangeSepSource(), "iy"),
		ratio: new RegExp(withClasses(String.raw`(?=[${ratios.firstChars}])(?<![{letter}{digit}\-])(?:${wordAlternation(RATIO_WORDS.flatMap((r) => r.words))})(?![{letter}{digit}\-])`), "gi"),
		modalEnd: new RegExp(withClasses(`(?<![{letter}])(?:${wordAlternation(RATIO_MODALS)})${SPACE$1}+$`), "i"),
		abbreviationEnd: new RegExp(withClasses(String.raw`(?<![{letter}.])(?:${wordAlternation(ABBREVIATIONS)})\s*$`)),
		perLink: new RegExp(withClasses(String.raw`${SPACE$1}*/${SPACE$1}*|[\-‐](?:a|per)[\-‐]|${SPACE$1}+(?:${wordAlternation(PER_LINKS)})${SPACE$1}+(?=[^\s])`), "iy"),
		timePointAfter: new RegExp(withClasses(`${SPACE$1}+(?:${wordAlternation(TIME_POINT_AFTER)})(?![{letter}])`), "iy"),
		timePointBefore: new RegExp(withClasses(`(?<![{letter}])(?:${wordAlternation(TIME_POINT_BEFORE)})${SPACE$1}+$`), "i"),
		currencies: currencyTable(),
		suffixes: suffixTable(),
		glued,
		perUnits,
		ratios
	};
}
function compile(primary, convention) {
	const months = alternation([...MONTHS.default ?? [], ...MONTHS[primary] ?? []].map((m) => ({
		source: literal(m),
		length: m.length
	})));
	const { startSource, ratioWords, ...rest } = shared ??= compileShared();
	const numberWords = new Map([...Object.entries(NUMBER_WORDS.default ?? {}), ...Object.entries(NUMBER_WORDS[primary] ?? {})].map(([w, v]) => [w.toLowerCase(), v]));
	const numberWord = withClasses(`(?<![{letter}{digit}])(?:${anyCaseAlternation([...numberWords.keys()])})(?![{letter}{digit}])`);
	const number = numberSource(convention);
	const wordFigures = WORD_FIGURES.filter((r) => applies(r, primary)).map((rule) => new WordFigure(rule, wordFigureSource(rule, primary, number, [...numberWords.keys()], true)));
	const anyWordFigure = wordFigures.map((w) => `(${wordFigureSource(w.rule, primary, number, [...numberWords.keys()], false)})`).join("|");
	return {
		...rest,
		convention,
		start: new RegExp(`${startSource}|${numberWord}`, "g"),
		wordNumber: new RegExp(numberWord, "y"),
		numberWords,
		wordFigure: new RegExp(withClasses(`(?<![{letter}{digit}])(?:${anyWordFigure})(?![{letter}{digit}])`), "gi"),
		wordFigures,
		mask: new RegExp(maskSource(months), "g"),
		number: new RegExp(number, "y"),
		target: new RegExp(targetSource(months), "iy"),
		deadline: new RegExp(deadlineSource(), "gi"),
		deadlineGap: new RegExp(withClasses(`^,?(?:${SPACE$1}+[{letter}][{letter}'’\\-]*,?){0,6}${SPACE$1}+$`)),
		quick: new RegExp(withClasses(`\\d|${ratioWords}|(?<![{letter}])(?:${anyWordFigure})`), "i"),
		stopwords: wordSet(STOPWORDS, primary),
		verbs: wordSet(VERBS, primary),
		scales: scaleTable(primary),
		coins: coinTable(primary)
	};
}
/**
* The regex source of a word-figure rule: `{n}` a number in digits or words,
* `{one}` a word for one; captured as the groups `n` and `one` when `groups`.
*/
function wordFigureSource(rule, primary, number, numberWords, groups) {
	const ones = wordAlternation([...ONE_WORDS.default ?? [], ...ONE_WORDS[primary] ?? []]);
	const n = `(?:${number}|${wordAlternation(numberWords)})`;
	return withClasses(fill(rule.pattern, {
		n: groups ? `(?<n>${n})` : n,
		one: groups ? `(?<one>${ones})` : `(?:${ones})`,
		space: `${SPACE$1}`
	}));
}
/** The value of a word figure: `n` and the last word of the match (for fractions). */
function wordFigureValue(rule, n, lastWord) {
	if (rule.fraction) return n * (FRACTION_WORDS[lastWord.toLowerCase()] ?? NaN);
	if (rule.per !== void 0) return rule.per / n;
	return (rule.times ?? 1) * n;
}
/** The default words and those of a language, lower-cased. */
function wordSet(lists, primary) {
	return new Set([...lists.default ?? [], ...lists[primary] ?? []].map((w) => w.toLowerCase()));
}
/** Currency signs, codes and names. */
function currencyTable() {
	const table = new AliasTable();
	for (const c of CURRENCIES) table.add(c.code, c.words, [...c.symbols, c.code]);
	return table;
}
/** Scale words; a language's own entries replace the general ones ("billion" in French). */
function scaleTable(primary) {
	const table = new AliasTable();
	const scoped = SCALES.filter((s) => s.langs && applies(s, primary));
	for (const s of [...SCALES.filter((s) => !s.langs), ...scoped]) {
		table.add({
			pow: s.pow,
			short: false
		}, s.words);
		table.add({
			pow: s.pow,
			short: true
		}, [], s.short);
	}
	return table;
}
/** The coins of a language's currencies. */
function coinTable(primary) {
	const table = new AliasTable();
	for (const c of CURRENCY_SUBUNITS.filter((c) => applies(c, primary))) table.add({
		unit: c.code,
		kind: "money",
		pow: c.pow
	}, c.words);
	return table;
}
/** Everything that may follow a number: currencies, percents, units, ratio signs. */
function suffixTable() {
	const table = new AliasTable();
	for (const c of CURRENCIES) table.add({
		unit: c.code,
		kind: "money",
		pow: 0
	}, c.words, [...c.symbols, c.code]);
	for (const p of PERCENTS) table.add({
		unit: p.unit,
		kind: "percent",
		pow: 0
	}, p.words, p.symbols);
	for (const u of UNITS) table.add({
		unit: u.unit,
		kind: u.kind,
		pow: u.pow ?? 0
	}, u.words, u.symbols);
	table.add({
		unit: "×",
		kind: "ratio",
		pow: 0
	}, RATIO_SUFFIXES);
	return table;
}
function ratioTable() {
	const table = new AliasTable();
	for (const r of RATIO_WORDS) table.add({
		value: r.value,
		needsModal: r.needsModal ?? false
	}, r.words);
	return table;
}
function maskSource(months) {
	const labels = alternation(NUMBER_LABELS.map((l) => ({
		source: firstLetterAnyCase(l),
		length: l.length
	})));
	const codes = alternation(CURRENCIES.flatMap((c) => [c.code, ...c.symbols]).map((code) => ({
		source: literal(code),
		length: code.length
	})));
	return `(?=[${NOT_FIGURE_FIRST_CHARS}])(?:${NOT_FIGURES.map((n) => withClasses(fill(n.pattern, {
		months,
		labels,
		codes
	}))).join("|")})`;
}
function rangeSepSource() {
	const words = wordAlternation(RANGE_WORDS.map((r) => r.word));
	return `${SPACE$1}*[${classBody(RANGE_DASHES)}]${SPACE$1}*|${SPACE$1}+(${words})${SPACE$1}+`;
}
/** A deadline year that may open the clause of a figure: "bis 2028", "by the end of 2030", "к 2030 году". */
function deadlineSource() {
	const preps = TARGET_PREPOSITIONS.map((p) => ({
		source: literal(p).replace(/ /g, `${SPACE$1}+`),
		length: p.length
	}));
	const qualifier = `(?:(?:${wordAlternation(TARGET_YEAR_QUALIFIERS)})${SPACE$1}*)?`;
	const yearSuffix = `(?:${SPACE$1}+(?:${wordAlternation(TARGET_YEAR_SUFFIXES)}))?`;
	return withClasses(`(?<![{letter}])(?:${alternation(preps)})${SPACE$1}+${qualifier}(?<year>(?:1[89]|2[01])\\d\\d)(?![{digit}])${yearSuffix}`);
}
/** A deadline after a figure, for a case-insensitive regex. */
function targetSource(months) {
	const preps = wordAlternation(TARGET_PREPOSITIONS);
	const gapWord = withClasses(`${SPACE$1}+(?!(?:${preps})(?![{letter}]))[{letter}][{letter}'’\\-]*`);
	const year = `${`(?:(?:${wordAlternation(TARGET_YEAR_QUALIFIERS)})${SPACE$1}*)?`}${`(?:(?:${months})${SPACE$1}+)?`}(?<year>(?:1[89]|2[01])\\d\\d)(?!\\d)${`(?:${SPACE$1}+(?:${wordAlternation(TARGET_YEAR_SUFFIXES)}))?`}`;
	return `(?<gap>(?:${gapWord}){0,3}?)${SPACE$1}+(?:${preps})${SPACE$1}+` + withClasses(`(?:${year}|(?:${wordAlternation(TARGET_YEAR_END)}))(?![{letter}{digit}])`);
}
// src/figures/measures.ts
/**
* What a figure measures: a short phrase from its sentence. After the figure
* it is the noun phrase that follows ("40% increase in investment", "1.2
* million tons of special-purpose steel"); failing that, the noun phrase the
* figure is the amount of, found by looking back over verbs and
* prepositions ("double copper production to 1 million tons").
*/
var TOKEN = new RegExp(withClasses(String.raw`((?<![{letter}])(?:[dDlLsSjJmMnNtTcC]|[qQ]u)['’](?=[{letter}])|[{letter}][{letter}{digit}]*(?:[\-'’.&]+[{letter}][{letter}{digit}]*)*)|([{digit}](?:[.,]?[{digit}])*)|(\S)`), "g");
/** Currency signs, the percent sign and {@link FIGURE_MARK}: skipped with the amounts they belong to. */
var AMOUNT_MARK = /^[$%¢£¤¥€\u0E3F\u20A0-\u20CF]$/;
var APOSTROPHE = /’/g;
var LINK = new Set(MEASURE_LINKS);
var INTRO = new Set(MEASURE_INTROS);
var TIME = new Set([...TIME_WORDS, ...Object.values(MONTHS).flat()].map((w) => w.toLowerCase()));
/**
* The words of one sentence, read once for all its figures. Figures of the
* sentence should be blanked to {@link FIGURE_MARK} so the look-back passes
* over them ("rose 5% to $3 billion").
*/
var SentenceWords = class {
	#tokens = [];
	#g;
	constructor(sentence, g) {
		this.#g = g;
		TOKEN.lastIndex = 0;
		for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
			const kind = m[1] !== void 0 ? "word" : m[2] !== void 0 ? "number" : "mark";
			this.#tokens.push({
				text: m[0],
				kind,
				start: m.index,
				end: m.index + m[0].length
			});
		}
	}
	/** A short phrase for what the figure at `[start, end)` of the sentence measures; '' when none is found. */
	measuresOf(start, end) {
		const first = this.#firstAt(end);
		const after = this.#phraseAfter(first);
		if (after.length > 0) return after.join(" ");
		return this.#phraseBefore(this.#firstAt(start) - 1).join(" ");
	}
	/** The index of the first token that starts at or after `offset` (the token count if none). */
	#firstAt(offset) {
		let low = 0;
		let high = this.#tokens.length;
		while (low < high) {
			const mid = low + high >>> 1;
			if (this.#tokens[mid].start < offset) low = mid + 1;
			else high = mid;
		}
		return low;
	}
	/** A word that can be part of the phrase; a verb only where `verbOk` ("a 40% increase"). */
	#isContent(token, verbOk) {
		if (!token || token.kind !== "word" || this.#g.stopwords.has(lower(token)) || isTime(token)) return false;
		return verbOk || !this.#g.verbs.has(lower(token));
	}
	/** The phrase from token `i` on: "increase in …", or what follows "of" ("of special-purpose steel"). */
	#phraseAfter(i) {
		const first = this.#tokens[i];
		if (!first || first.kind !== "word") return [];
		if (!INTRO.has(lower(first))) return this.#collect(i, true);
		let j = i + 1;
		for (let t = this.#tokens[j]; j < i + 3 && t?.kind === "word" && this.#g.stopwords.has(lower(t)); t = this.#tokens[++j]);
		return this.#collect(j, false);
	}
	/** Words from token `from` on: content words, joined by links ("in", "and") only when content follows. */
	#collect(from, firstMayBeVerb) {
		const words = [];
		for (let i = from; i < this.#tokens.length && words.length < 8; i++) {
			const token = this.#tokens[i];
			if (words.length > 0 && LINK.has(lower(token))) {
				if (!this.#isContent(this.#tokens[i + 1], false)) break;
				words.push(token.text);
			} else if (this.#isContent(token, words.length === 0 && firstMayBeVerb)) words.push(token.text);
			else break;
		}
		while (words.length > 0 && LINK.has(words[words.length - 1]?.toLowerCase() ?? "")) words.pop();
		return words;
	}
	/** Verbs, prepositions, words of time and other amounts, skipped when looking back. */
	#skippable(token) {
		if (token.kind === "number") return true;
		if (token.kind === "mark") return AMOUNT_MARK.test(token.text);
		return this.#g.stopwords.has(lower(token)) || this.#g.verbs.has(lower(token)) || isTime(token);
	}
	/** The phrase ending before token `last`, past verbs and prepositions: "copper production" in "double copper production to". */
	#phraseBefore(last) {
		let i = last;
		for (let skipped = 0; i >= 0 && skipped < 6 && this.#skippable(this.#tokens[i]); skipped++) i--;
		const words = [];
		for (; i >= 0 && words.length < 8 && this.#isContent(this.#tokens[i], false); i--) words.unshift(this.#tokens[i].text);
		return words;
	}
};
function lower(token) {
	token.lower ??= token.text.toLowerCase().replace(APOSTROPHE, "'");
	return token.lower;
}
/** A word of time: "year", "March", "January-March". */
function isTime(token) {
	const word = lower(token);
	const dash = word.indexOf("-");
	return TIME.has(dash > 0 ? word.slice(0, dash) : word);
}
// src/figures/merge.ts
/** The identity of a figure's number, for merging and for matching the headline. */
function figureKey(figure) {
	return `${figure.value}|${figure.valueMax ?? ""}|${figure.unit}`;
}
/** How much a mention says beyond its number: a deadline, a range, a year. */
function specificity(figure) {
	return (figure.kind === "target" ? 2 : 0) + (figure.valueMax !== void 0 ? 1 : 0) + (figure.year !== void 0 ? 1 : 0);
}
/**
* Whether two mentions with the same number are one figure: no clashing
* years, and one text holds the other ("4 million tons", "4 million tons by
* 2029") or they measure something in common. "20%" of forests and "a
* fifth" of aviation stay apart.
*/
function sameFigure(a, b) {
	if (a.year !== void 0 && b.year !== void 0 && a.year !== b.year) return false;
	if (a.kind === "ratio") return a.measures === b.measures;
	const [ta, tb] = [plain(a.text), plain(b.text)];
	return ta.includes(tb) || tb.includes(ta) || sharesWord(a.measures, b.measures);
}
var WORD$2 = /[^\s,;:()]+/g;
var DASHES = /[‐‑‒–—−]/g;
var SPACES = /\s+/g;
/** A figure's text with dashes and spaces of any kind made plain, for comparing wordings. */
function plain(text) {
	return text.replace(DASHES, "-").replace(SPACES, " ");
}
/** Whether two phrases share a word (case aside). */
function sharesWord(a, b) {
	if (!a || !b) return false;
	const words = new Set(a.toLowerCase().match(WORD$2));
	return (b.toLowerCase().match(WORD$2) ?? []).some((w) => words.has(w));
}
/** Figures in order of first mention, repeated mentions counted. */
var FigureSet = class {
	#byKey = /* @__PURE__ */ new Map();
	#all = [];
	/** Adds a mention: a new figure, or one more mention of a known one (its more specific wording kept). */
	add(figure) {
		const key = figureKey(figure);
		const same = this.#byKey.get(key) ?? [];
		const known = same.find((f) => sameFigure(f, figure));
		if (!known) {
			same.push(figure);
			this.#byKey.set(key, same);
			this.#all.push(figure);
			return;
		}
		known.mentions += 1;
		if (!known.measures) known.measures = figure.measures;
		if ((specificity(figure) - specificity(known) || (figure.kind === known.kind ? figure.text.length - known.text.length : 0)) > 0) {
			known.text = figure.text;
			known.kind = figure.kind;
			if (figure.year !== void 0) known.year = figure.year;
		}
	}
	/** The figures, first mention first. */
	get figures() {
		return this.#all;
	}
};
// src/figures/rank.ts
var CURRENCY_CODES = new Set(CURRENCIES.map((c) => c.code));
var PERCENT_UNIT_SET = new Set(PERCENT_UNITS);
/** The unit without what it is counted per ("USD/share" → "USD"). */
function baseUnit(figure) {
	const slash = figure.unit.indexOf("/");
	return slash > 0 ? figure.unit.slice(0, slash) : figure.unit;
}
/** The kind a figure weighs as: a range or target of money is money, of percentages a percentage. */
function weighsAs(figure) {
	const unit = baseUnit(figure);
	if (CURRENCY_CODES.has(unit)) return "money";
	if (PERCENT_UNIT_SET.has(unit)) return "percent";
	return figure.kind;
}
/** Largest value of each unit among amounts (money, quantities, counts with a unit). */
function largestByUnit(figures) {
	const largest = /* @__PURE__ */ new Map();
	for (const f of figures) {
		if (!f.unit || weighsAs(f) === "percent" || f.kind === "ratio" || f.unit === "year") continue;
		largest.set(f.unit, Math.max(Math.abs(f.value), largest.get(f.unit) ?? 0));
	}
	return largest;
}
/** Up to `RANK_BONUS.magnitude` for the largest amounts of a unit, less for smaller ones. */
function magnitude(figure, largest) {
	const max = largest.get(figure.unit);
	const value = Math.abs(figure.value);
	if (!max || !value) return 0;
	const decades = Math.log10(max / value);
	return RANK_BONUS.magnitude * Math.max(0, 1 - decades / RANK_BONUS.magnitudeDecades);
}
function score(figure, ctx, largest) {
	const earliness = ctx.textLength > 0 ? 1 - figure.position / ctx.textLength : 1;
	return KIND_WEIGHTS[weighsAs(figure)] + (figure.kind === "target" ? RANK_BONUS.target : 0) + (figure.unit ? 0 : -RANK_BONUS.bare) + (ctx.inTitle(figure) ? RANK_BONUS.title : 0) + (ctx.inStandfirst(figure) ? RANK_BONUS.standfirst : 0) + (ctx.inHeading(figure) ? RANK_BONUS.heading : 0) + (figure.position < ctx.leadEnd ? RANK_BONUS.lead : 0) + RANK_BONUS.early * earliness + RANK_BONUS.mention * Math.min(figure.mentions - 1, RANK_BONUS.maxMentions) + magnitude(figure, largest);
}
/** The figures sorted by salience, the first `max` of them, with `rank` set from 1. */
function rankFigures(figures, ctx, max) {
	const largest = largestByUnit(figures);
	return figures.map((figure) => ({
		figure,
		score: score(figure, ctx, largest)
	})).sort((a, b) => b.score - a.score || a.figure.position - b.figure.position).slice(0, Math.max(0, max)).map(({ figure }, i) => ({
		...figure,
		rank: i + 1
	}));
}
// src/figures/scan.ts
var PERIOD_BEFORE_SET = new Set(PERIOD_BEFORE.map((w) => w.toLowerCase()));
var PERIOD_AFTER_SET = new Set(PERIOD_AFTER.map((w) => w.toLowerCase()));
var YEAR_BEFORE_SET = new Set(YEAR_BEFORE.map((w) => w.toLowerCase()));
var RANGE_WORD_RULES = new Map(RANGE_WORDS.map((r) => [r.word.toLowerCase(), r]));
var NOT_COUNTED_SET = new Set(NOT_COUNTED);
var COUNT_ADJECTIVE_SET = new Set(COUNT_ADJECTIVES);
var DURATION_UNIT_SET = new Set(DURATION_UNITS);
var DECIMAL_OR_GROUPED = /\D/;
/** A letter, or a character inside a word ("U.S.", "year-end", "d’"). */
var WORD_CHAR = new RegExp(withClasses(String.raw`[{letter}'’.\-]`));
var LETTER = new RegExp(withClasses("[{letter}]"));
var NEXT_WORD = new RegExp(withClasses(String.raw`\s*([{letter}][{letter}'’\-]*)`), "y");
/** A number that may be a year, for a cheap test before the deadline regex. */
var YEAR_LIKE = /(?:1[89]|2[01])\d\d/;
/** What follows the last digit of a text. */
var AFTER_LAST_DIGIT = /(?<=\d)\D*$/;
var WORDS = /\S+/g;
/** The word (two letters or more) right after a number, only spaces between. */
var NOUN_AFTER = new RegExp(withClasses(String.raw`[\s\u00A0\u202F]+([{letter}][{letter}'’\-]+)`), "y");
/** Hours followed by minutes: "2 hours 40 minutes", "3 heures et 10 minutes". */
var MINUTES_AFTER = new RegExp(withClasses(String.raw`[\s\u00A0]+(?:(?:${TIME_JOINS.join("|")})[\s\u00A0]+)?(?=\d)`), "iy");
var SPACE_CHAR = /\s/;
/** Longest word looked at before a number. */
var MAX_WORD = 24;
var PLAIN = /^\d+$/;
var SIGNS = /^[+\-−]/;
/** "000", "07": a leading zero before more digits is a code or a fragment, no amount. */
var LEADING_ZERO = /^[+\-−]?0\d/;
/** How far back a modal before a ratio verb is looked for. */
var MODAL_REACH = 24;
/** Reads a sticky regex at a position. */
function at(re, text, index) {
	re.lastIndex = index;
	return re.exec(text);
}
/** The word right before `index` (only spaces between), lower-cased, or ''. */
function previousWord(text, index) {
	let end = index;
	while (end > 0 && SPACE_CHAR.test(text[end - 1] ?? "")) end--;
	let start = end;
	while (start > 0 && end - start < MAX_WORD && WORD_CHAR.test(text[start - 1] ?? "")) start--;
	while (start < end && !LETTER.test(text[start] ?? "")) start++;
	return text.slice(start, end).toLowerCase();
}
/** The two words right after `index` (only spaces between), lower-cased ("climate plan"). */
function nextWords(text, index) {
	const first = at(NEXT_WORD, text, index);
	if (!first?.[1]) return [];
	const second = at(NEXT_WORD, text, first.index + first[0].length)?.[1];
	return [first[1], ...second ? [second] : []].map((w) => w.toLowerCase());
}
function blank(match) {
	return " ".repeat(match.length);
}
/** The text with what holds digits but is no figure (dates, times, phone numbers, labels) blanked to spaces. */
function maskNonFigures(text, g) {
	return text.replace(g.mask, blank);
}
/**
* The figures of a text, in order (`masked` is the text through
* {@link maskNonFigures}). Dates, times, phone numbers, labels ("Figure 3")
* and small bare numbers are not figures; a year range is one only where it
* reads as a period ("for 2024–2028").
*/
function findMentions(text, g, masked = maskNonFigures(text, g)) {
	const found = [];
	const deadlines = findDeadlines(masked, g);
	g.start.lastIndex = 0;
	for (let m = g.start.exec(masked); m; m = g.start.exec(masked)) {
		const { mention, next } = readFigure(text, masked, m.index, g, deadlines);
		if (mention) found.push(mention);
		g.start.lastIndex = Math.max(next, m.index + 1);
	}
	found.push(...findWordFigures(masked, g, found));
	found.push(...findRatios(masked, g, found));
	return found.sort((a, b) => a.start - b.start);
}
function readAmount(text, start, g) {
	const prefix = at(g.prefix, text, start);
	const numStart = prefix ? start + prefix[0].length : start;
	const num = at(g.number, text, numStart) ?? (prefix ? null : at(g.wordNumber, text, numStart));
	if (!num || LEADING_ZERO.test(num[0])) return void 0;
	const word = g.numberWords.get(num[0].toLowerCase());
	const numEnd = numStart + num[0].length;
	const scale = g.scales.lookup(text, numEnd);
	const currency = prefix?.[1] === void 0 ? void 0 : g.currencies.get(prefix[1]);
	const digits = word === void 0 ? normaliseNumber(num[0], g.convention) : String(word);
	return {
		start,
		numEnd,
		end: scale?.end ?? numEnd,
		digits,
		plain: word === void 0 && PLAIN.test(num[0]),
		exact: word === void 0 && DECIMAL_OR_GROUPED.test(num[0].replace(SIGNS, "")),
		word: word !== void 0,
		...currency && { currency },
		...scale && { scale: scale.value }
	};
}
/** The unit right at `index`, unless it is a currency a number follows ("in 2024 $500": "$" belongs to 500). */
function readSuffix(text, index, g) {
	const glued = !SPACE_CHAR.test(text[index] ?? " ");
	const found = g.suffixes.lookup(text, index) ?? g.coins.lookup(text, index) ?? (glued ? g.glued.lookup(text, index) : void 0);
	if (!found || found.value.kind === "money" && at(g.numberNext, text, found.end)) return void 0;
	return {
		meaning: found.value,
		end: found.end
	};
}
/**
* An amount and its unit. A one-letter scale without a currency (here or,
* for a range's second end, `inCurrency`) or a unit is dropped: "5 m" is
* metres. After a currency only another currency may follow ("$0 people pay").
*/
function readSide(text, start, g, inCurrency = false) {
	let amount = readAmount(text, start, g);
	if (!amount) return void 0;
	const money = inCurrency || amount.currency !== void 0;
	let suffix = readUnit(text, amount, g);
	if (amount.scale?.short && !money && !suffix) {
		const { scale: _short, ...unscaled } = amount;
		amount = {
			...unscaled,
			end: amount.numEnd
		};
		suffix = readUnit(text, amount, g);
	}
	if (suffix && amount.currency && suffix.meaning.kind !== "money") suffix = void 0;
	const end = suffix?.end ?? amount.end;
	const per = readPer(text, end, g);
	return {
		amount,
		...suffix && { suffix: suffix.meaning },
		...per && { per: per.per },
		end: per?.end ?? end
	};
}
/** What an amount is counted per, right after it: "a share", "/MWh", "pro Quadratmeter"; not "a year earlier". */
function readPer(text, index, g) {
	const link = at(g.perLink, text, index);
	if (!link) return void 0;
	const found = g.perUnits.lookup(text, index + link[0].length);
	if (!found || at(g.timePointAfter, text, found.end) || at(g.numberNext, text, found.end)) return void 0;
	return {
		per: found.value,
		end: found.end
	};
}
/** The unit after an amount, also past a link after a scale word ("millones de dólares"). */
function readUnit(text, amount, g) {
	const direct = readSuffix(text, amount.end, g);
	if (direct || !amount.scale || amount.scale.short) return direct;
	const link = at(g.scaleLink, text, amount.end);
	return link ? readSuffix(text, amount.end + link[0].length, g) : void 0;
}
function unitOf(side) {
	const unit = side.amount.currency ?? side.suffix?.unit;
	return side.per === void 0 ? unit : `${unit ?? ""}/${side.per}`;
}
function kindOf$1(side) {
	if (side.amount.currency) return "money";
	return side.suffix?.kind ?? (side.amount.scale ? "count" : void 0);
}
function isBare(side) {
	return side.amount.plain && !side.amount.currency && !side.amount.scale && !side.suffix && !side.per;
}
/**
* A number with no unit that still counts something: written exactly
* ("24,000", "0.80"), or a whole number of at least {@link COUNT_MIN}
* followed by a noun ("131 projects"), not by a word for years, times or a
* continuation ("119 years", "57 ans").
*/
function bareKind(text, side, g) {
	const { amount } = side;
	if (amount.word || side.suffix || amount.currency || amount.scale || yearOf(amount) !== void 0) return void 0;
	if (amount.exact) return amount.digits.includes(".") ? "quantity" : "count";
	if (!amount.plain || Number(amount.digits) < 10) return void 0;
	const next = at(NOUN_AFTER, text, side.end);
	let noun = next?.[1]?.toLowerCase();
	if (next && noun !== void 0 && COUNT_ADJECTIVE_SET.has(noun)) noun = at(NOUN_AFTER, text, next.index + next[0].length)?.[1]?.toLowerCase();
	if (noun === void 0 || NOT_COUNTED_SET.has(noun) || g.stopwords.has(noun) || g.verbs.has(noun)) return void 0;
	return "count";
}
/** "three months ago", "hace tres meses": an amount of time that is a point in time. */
function isTimePoint(text, side, g) {
	if (!side.suffix || !DURATION_UNIT_SET.has(side.suffix.unit)) return false;
	return at(g.timePointAfter, text, side.end) !== null || g.timePointBefore.test(text.slice(Math.max(0, side.amount.start - 16), side.amount.start));
}
/** The year an amount written as bare digits stands for, if it can be one. */
function yearOf(amount) {
	if (!amount.plain || amount.currency || amount.scale || amount.digits.length !== 4) return void 0;
	const year = Number(amount.digits);
	return year >= YEAR_SPAN.min && year <= YEAR_SPAN.max ? year : void 0;
}
/** The figure starting at `start`, if any, and where to scan on. `text` is as written, `masked` with non-figures blanked. */
function readFigure(text, masked, start, g, deadlines) {
	const a = readSide(masked, start, g);
	if (!a) return { next: start + 1 };
	const range = readRange(masked, a, g);
	if (range) {
		const years = yearPeriod(masked, a, range.b);
		if (years) return {
			mention: {
				start,
				end: range.b.end,
				...years,
				unit: YEAR_UNIT,
				kind: "range"
			},
			next: range.b.end
		};
		const span = yearOf(a.amount) === void 0 ? valueRange(a, range.b, range.joins) : void 0;
		if (span) return withTarget(text, g, {
			start,
			end: range.b.end,
			...span,
			kind: "range"
		}, deadlines);
	}
	const kind = kindOf$1(a) ?? bareKind(masked, a, g);
	if (kind === void 0 || isYearNotCount(masked, a) || isTimePoint(masked, a, g)) return { next: a.end };
	const value = scaled(a.amount.digits, (a.amount.scale?.pow ?? 0) + (a.suffix?.pow ?? 0));
	if (!Number.isFinite(value)) return { next: a.end };
	const minutes = a.suffix?.unit === "h" ? minutesAfter(masked, a.end, g) : void 0;
	if (minutes) return {
		mention: {
			start,
			end: minutes.end,
			value: value * 60 + minutes.value,
			unit: "min",
			kind
		},
		next: minutes.end
	};
	return withTarget(text, g, {
		start,
		end: a.end,
		value,
		unit: unitOf(a) ?? "",
		kind
	}, deadlines);
}
/** The minutes after an amount of hours ("2 hours 40 minutes"), if any. */
function minutesAfter(text, index, g) {
	const join = at(MINUTES_AFTER, text, index);
	const b = join && readSide(text, index + join[0].length, g);
	if (!b || b.suffix?.unit !== "min" || b.amount.scale || b.per) return void 0;
	return {
		value: Number(b.amount.digits),
		end: b.end
	};
}
/** "in 2023 people…": a year before a counted noun, not a count. */
function isYearNotCount(text, side) {
	return side.suffix?.kind === "count" && yearOf(side.amount) !== void 0 && YEAR_BEFORE_SET.has(previousWord(text, side.amount.start));
}
/** Adds a deadline ("by 2029", "by year-end") to a figure, which then becomes a target. */
function withTarget(text, g, mention, deadlines) {
	const m = at(g.target, text, mention.end);
	if (!m) return withTargetBefore(text, g, mention, deadlines);
	const year = m.groups?.year === void 0 ? void 0 : Number(m.groups.year);
	const end = !m.groups?.gap ? mention.end + m[0].length : mention.end;
	return {
		mention: {
			...mention,
			end,
			kind: "target",
			...year !== void 0 && { year }
		},
		next: end
	};
}
/** The deadline years of a text ("bis 2028", "к 2030 году"), in order. */
function findDeadlines(text, g) {
	const found = [];
	if (!YEAR_LIKE.test(text)) return found;
	g.deadline.lastIndex = 0;
	for (let m = g.deadline.exec(text); m; m = g.deadline.exec(text)) if (!isDeadlineOfFigureBefore(text.slice(Math.max(0, m.index - 80), m.index))) found.push({
		end: m.index + m[0].length,
		year: Number(m.groups?.year)
	});
	return found;
}
/** A figure the clause opens with a deadline for ("к 2030 году добыча … до 100 млн тонн"): a target of that year. */
function withTargetBefore(text, g, mention, deadlines) {
	let deadline;
	for (const d of deadlines) if (d.end <= mention.start) deadline = d;
	const near = deadline && mention.start - deadline.end <= 80;
	if (!deadline || !near || mention.kind === "range" || !g.deadlineGap.test(text.slice(deadline.end, mention.start))) return {
		mention,
		next: mention.end
	};
	return {
		mention: {
			...mention,
			kind: "target",
			year: deadline.year
		},
		next: mention.end
	};
}
/** "1 500 MW de panneaux solaires d’ici 2030, pour …": the deadline closes the figure before it, not the one after. */
function isDeadlineOfFigureBefore(before) {
	const tail = AFTER_LAST_DIGIT.exec(before)?.[0];
	return tail !== void 0 && (tail.match(WORDS) ?? []).length <= 4;
}
/** The second end of a range after `a`, if the joining word allows one there. */
function readRange(text, a, g) {
	const sep = at(g.rangeSep, text, a.end);
	if (!sep) return void 0;
	const word = sep[1]?.toLowerCase();
	const rule = word === void 0 ? void 0 : RANGE_WORD_RULES.get(word);
	const before = word === void 0 ? "" : previousWord(text, a.amount.start);
	if (rule?.after && !rule.after.includes(before)) return void 0;
	const b = readSide(text, a.end + sep[0].length, g, a.amount.currency !== void 0);
	if (!b) return void 0;
	return {
		b,
		joins: word === void 0 ? "dash" : rule?.notAfter?.includes(before) ? "change" : "word"
	};
}
/** "for 2024–2028", "2024-25 plan": both ends are years and the words around make it a period. */
function yearPeriod(text, a, b) {
	const from = a.suffix ? void 0 : yearOf(a.amount);
	if (from === void 0 || !isBare(b)) return void 0;
	const digits = b.amount.digits;
	const to = digits.length === 2 ? from - from % 100 + Number(digits) : digits.length === 4 ? Number(digits) : NaN;
	if (!(to - from >= 2 && to - from <= 100)) return void 0;
	return PERIOD_BEFORE_SET.has(previousWord(text, a.amount.start)) || nextWords(text, b.end).some((w) => PERIOD_AFTER_SET.has(w)) ? {
		value: from,
		valueMax: to
	} : void 0;
}
/** "$3–5 billion", "3% to 5%": ends in one unit, the scale of one end shared, low before high. */
function valueRange(a, b, joins) {
	if (joins === "change") return void 0;
	const unitA = unitOf(a);
	const unitB = unitOf(b);
	if (unitA && unitB && unitA !== unitB) return void 0;
	const scaleA = a.amount.scale?.pow ?? b.amount.scale?.pow ?? 0;
	const scaleB = b.amount.scale?.pow ?? a.amount.scale?.pow ?? 0;
	const unit = unitA ?? unitB;
	if (unit === void 0 && scaleA === 0) return void 0;
	const low = scaled(a.amount.digits, scaleA + ((a.suffix ?? b.suffix)?.pow ?? 0));
	const high = scaled(b.amount.digits, scaleB + ((b.suffix ?? a.suffix)?.pow ?? 0));
	return high > low && Number.isFinite(high) ? {
		value: low,
		valueMax: high,
		unit: unit ?? ""
	} : void 0;
}
/** Whether `[start, end)` overlaps a mention already found. */
function overlaps(taken, start, end) {
	return taken.some((t) => t.start < end && start < t.end);
}
/** The number of a word figure's `n` group ("2,5", "quatre"), 1 when it has none. */
function wordFigureNumber(n, g) {
	if (n === void 0) return 1;
	return g.numberWords.get(n.toLowerCase()) ?? Number(normaliseNumber(n, g.convention));
}
/** Figures written with words: "ten times", "a third", "1 in 6", "multipliés par quatre", "в 2,5 раза". */
function findWordFigures(masked, g, taken) {
	const found = [];
	g.wordFigure.lastIndex = 0;
	for (let m = g.wordFigure.exec(masked); m; m = g.wordFigure.exec(masked)) {
		const figure = g.wordFigures[m.findIndex((group, i) => i > 0 && group !== void 0) - 1];
		const parsed = figure && at(figure.sticky, masked, m.index);
		if (!figure || !parsed) continue;
		const start = m.index;
		const end = start + parsed[0].length;
		if (overlaps(taken, start, end) || figure.rule.alone && isContentAfter(masked, end, g)) continue;
		const lastWord = parsed[0].split(/[\s\u00A0\u202F]+/).pop() ?? "";
		const value = wordFigureValue(figure.rule, wordFigureNumber(parsed.groups?.n, g), lastWord);
		if (!Number.isFinite(value)) continue;
		const unit = figure.rule.kind === "ratio" ? "×" : "%";
		found.push({
			start,
			end,
			value,
			unit,
			kind: figure.rule.kind
		});
	}
	return found;
}
/** Whether a content word (no function word or verb) follows `index`: "a third round", not "a third of". */
function isContentAfter(text, index, g) {
	const next = at(NOUN_AFTER, text, index)?.[1]?.toLowerCase();
	return next !== void 0 && !g.stopwords.has(next) && !g.verbs.has(next);
}
/** Ratio verbs: "aims to double", "tripled". A base form needs a modal before it. */
function findRatios(masked, g, taken) {
	const found = [];
	g.ratio.lastIndex = 0;
	for (let m = g.ratio.exec(masked); m; m = g.ratio.exec(masked)) {
		const start = m.index;
		const end = start + m[0].length;
		const meaning = g.ratios.get(m[0]);
		if (!meaning || overlaps(taken, start, end)) continue;
		if (meaning.needsModal && !g.modalEnd.test(masked.slice(Math.max(0, start - MODAL_REACH), start))) continue;
		found.push({
			start,
			end,
			value: meaning.value,
			unit: "×",
			kind: "ratio"
		});
	}
	return found;
}
// src/figures/sentences.ts
/** Characters a sentence can end at; a block without them is one sentence. */
var TERMINATOR = /[.!?…。！？؟।]/;
var segmenters$1 = /* @__PURE__ */ new Map();
/** A sentence segmenter for a language (English if the tag is unknown); null where `Intl.Segmenter` is missing. */
function segmenterFor(lang) {
	const tag = lang || "en";
	let segmenter = segmenters$1.get(tag);
	if (segmenter === void 0) {
		segmenter = typeof Intl.Segmenter === "function" ? newSegmenter(tag) : null;
		segmenters$1.set(tag, segmenter);
	}
	return segmenter;
}
function newSegmenter(tag) {
	try {
		return new Intl.Segmenter(tag, { granularity: "sentence" });
	} catch {
		return new Intl.Segmenter("en", { granularity: "sentence" });
	}
}
/** The sentences of one block (one line of the article text). */
var SentenceFinder = class {
	#block;
	#segments;
	#abbreviationEnd;
	/**
	* @param block the text to find sentences in.
	* @param lang its language; the segmenter is only made for a block with a sentence end.
	* @param abbreviationEnd matches a segment that ends with an abbreviation.
	*/
	constructor(block, lang, abbreviationEnd) {
		this.#block = block;
		this.#segments = TERMINATOR.test(block) ? segmenterFor(lang)?.segment(block) ?? null : null;
		this.#abbreviationEnd = abbreviationEnd;
	}
	/** The sentence (or run of sentences) that holds `[from, to)`. */
	around(from, to) {
		const segments = this.#segments;
		const length = this.#block.length;
		const first = segments?.containing(from);
		if (!segments || !first) return {
			start: 0,
			end: length
		};
		let start = first.index;
		for (let prev = segments.containing(start - 1); prev && this.#endsWithAbbreviation(prev.segment);) {
			start = prev.index;
			prev = segments.containing(start - 1);
		}
		let last = first;
		let end = first.index + first.segment.length;
		while (end < length && (end < to || this.#endsWithAbbreviation(last.segment))) {
			const next = segments.containing(end);
			if (!next) break;
			last = next;
			end = next.index + next.segment.length;
		}
		return {
			start,
			end
		};
	}
	#endsWithAbbreviation(segment) {
		return this.#abbreviationEnd.test(segment.slice(-16));
	}
};
/**
* Groups offsets-sorted spans of a block by the sentence that holds them.
*
* @returns each sentence's span and the items in it.
*/
function* bySentence(items, sentences) {
	let i = 0;
	while (i < items.length) {
		const head = items[i];
		let sentence = sentences.around(head.start, head.end);
		let j = i + 1;
		for (let item = items[j]; item && item.start < sentence.end; item = items[++j]) if (item.end > sentence.end) sentence = sentences.around(head.start, item.end);
		yield {
			sentence,
			items: items.slice(i, j)
		};
		i = j;
	}
}
// src/figures/index.ts
var BLOCK = /[^\n]+/g;
var WORD$1 = /\S+/g;
/** A word of prose (two letters or more) or a number (a range of numbers counts as one), for {@link isProse}. */
var PROSE_TOKEN = new RegExp(withClasses("([{letter}]{2,})|\\d+(?:[.,\\s\\u00A0\\u202F\\-–]\\d+)*"), "g");
var WIDGET_MARK = new RegExp(`[${PROSE.widgetMarks}]`);
/** A sentence (an end mark, maybe inside quotes or brackets, at the end) or a list item ("• ", "1. "). */
var SENTENCE_OR_ITEM = /[.!?…:;。！？؟।]["'“”„‘’‚«»‹›)\]]*\s*$|^\s*(?:[•◦▪‣–—-]|\d{1,3}[.)])\s/;
/** Whether a block has at least `LEAD_MIN_WORDS` words (a paragraph, not a label). */
function isSubstantial(block) {
	WORD$1.lastIndex = 0;
	let words = 0;
	while (WORD$1.exec(block) && ++words < 8);
	return words >= 8;
}
/**
* Whether a block reads as prose rather than a widget the page left in the
* article (a stock ticker): enough words, and enough of them per number
* once its non-figures are masked (`masked`); more than one figure (of
* `figures` found) only in a sentence or a list item.
*/
function isProse(block, masked, figures) {
	if (WIDGET_MARK.test(block)) return false;
	if (figures > PROSE.maxFiguresWithoutSentence && !SENTENCE_OR_ITEM.test(block)) return false;
	let words = 0;
	let numbers = 0;
	PROSE_TOKEN.lastIndex = 0;
	for (let m = PROSE_TOKEN.exec(masked); m; m = PROSE_TOKEN.exec(masked)) if (m[1] === void 0) numbers += 1;
	else words += 1;
	return words >= PROSE.minWords && words >= PROSE.wordsPerNumber * numbers;
}
/** Whether a block is a subheading: a short line that is no sentence. */
function isHeading$1(block) {
	if (SENTENCE_OR_ITEM.test(block)) return false;
	WORD$1.lastIndex = 0;
	let words = 0;
	while (WORD$1.exec(block) && ++words <= 14);
	return words <= 14;
}
/** The sentence with its figures blanked to one mark each, offsets kept. */
function blankFigures(sentence, mentions) {
	let out = "";
	let last = 0;
	for (const m of mentions) {
		out += sentence.slice(last, m.start) + "¤" + " ".repeat(m.end - m.start - 1);
		last = m.end;
	}
	return out + sentence.slice(last);
}
/**
* The phrases of a sentence's figures, an empty one taken from the figure
* before it (else after it) in the sentence: in "revenue of $14.2 billion,
* up 28%", the 28% is revenue's too.
*/
function withNeighbours(phrases) {
	const before = [];
	let last = "";
	for (const phrase of phrases) before.push(last = phrase || last);
	const out = new Array(phrases.length);
	let next = "";
	for (let i = phrases.length - 1; i >= 0; i--) {
		next = phrases[i] || next;
		out[i] = phrases[i] || before[i] || next;
	}
	return out;
}
/** The figures of one sentence (mention offsets relative to it), rank not yet set. */
function figuresOf(sentence, offset, mentions, g) {
	const trimmed = sentence.trim();
	const words = new SentenceWords(mentions.length > 1 ? blankFigures(sentence, mentions) : sentence, g);
	const measures = withNeighbours(mentions.map((m) => words.measuresOf(m.start, m.end)));
	return mentions.map((m, i) => ({
		text: sentence.slice(m.start, m.end),
		value: m.value,
		...m.valueMax !== void 0 && { valueMax: m.valueMax },
		unit: m.unit,
		kind: m.kind,
		measures: measures[i] ?? "",
		...m.year !== void 0 && { year: m.year },
		sentence: trimmed,
		position: offset + m.start,
		mentions: 1,
		rank: 0
	}));
}
/** The figures of one block of the text, in order; `offset` is the block's offset in the text. */
function blockFigures(block, offset, lang, g) {
	const masked = maskNonFigures(block, g);
	const mentions = findMentions(block, g, masked);
	if (mentions.length === 0 || !isProse(block, masked, mentions.length)) return [];
	const figures = [];
	const finder = new SentenceFinder(block, lang, g.abbreviationEnd);
	for (const { sentence, items } of bySentence(mentions, finder)) {
		const local = items.map((m) => ({
			...m,
			start: m.start - sentence.start,
			end: m.end - sentence.start
		}));
		figures.push(...figuresOf(block.slice(sentence.start, sentence.end), offset + sentence.start, local, g));
	}
	return figures;
}
/**
* The key figures of an article's plain text (blocks separated by blank
* lines), most salient first: `rank` 1 is the top figure and `position` the
* offset of its first mention in `text`.
*
* @example extractFigures('Sales rose 40% to $500 million.') // "$500 million", "40%"
*/
function extractFigures(text, opts = {}) {
	const g = grammarFor(opts.lang);
	const title = (opts.title ?? "").trim();
	const found = new FigureSet();
	const headingKeys = /* @__PURE__ */ new Set();
	let leadBlocks = 0;
	let leadEnd = 0;
	BLOCK.lastIndex = 0;
	for (let block = BLOCK.exec(text); block; block = BLOCK.exec(text)) {
		const body = block[0];
		if (leadBlocks < 2 && body.trim() !== title && isSubstantial(body)) {
			leadBlocks += 1;
			leadEnd = block.index + body.length;
		}
		if (!g.quick.test(body)) continue;
		const heading = isHeading$1(body);
		for (const figure of blockFigures(body, block.index, opts.lang, g)) {
			found.add(figure);
			if (heading) headingKeys.add(figureKey(figure));
		}
	}
	const keysOf = (line) => new Set(line ? findMentions(line, g).map(figureKey) : []);
	const titleKeys = keysOf(title);
	const standfirstKeys = keysOf(opts.standfirst);
	return rankFigures(found.figures, {
		textLength: text.length,
		leadEnd,
		inTitle: (f) => titleKeys.has(figureKey(f)),
		inStandfirst: (f) => standfirstKeys.has(figureKey(f)),
		inHeading: (f) => headingKeys.has(figureKey(f))
	}, opts.max ?? 40);
}
// src/prune.ts
/**
* Removes found elements from their document, outermost first: an element
* inside another found element goes with it and is not counted again.
* Independent of the order the elements were found in (jsdom's
* querySelectorAll does not always return selector lists in document order).
*
* @param found each element with what to count for it (null: nothing).
* @returns what to count for each element removed, in the order found.
*/
function removeOutermost(found) {
	const removed = [];
	for (const [el, what] of found) {
		if (!el.isConnected || hasAncestorIn(el, found)) continue;
		el.remove();
		if (what !== null) removed.push(what);
	}
	return removed;
}
/** Is one of the element's ancestors a key of `found`? */
function hasAncestorIn(el, found) {
	for (let up = el.parentElement; up; up = up.parentElement) if (found.has(up)) return true;
	return false;
}
// src/furniture/rules.ts
/**
* Data tables for the page-furniture stage (src/furniture/index.ts): the
* ad slots, widgets, share bars, comment forms and newsletter boxes that
* Readability may keep inside or next to the article.
*/
/** What the stage reports, as shown to the reader. */
var FURNITURE_LABELS = {
	ad: "ad slot",
	weather: "weather widget",
	share: "share bar",
	commentForm: "comment form",
	comments: "comments",
	newsletter: "newsletter box",
	cookie: "cookie notice"
};
/**
* Class names WordPress and other CMSs derive from the post's own terms
* (`tag-weather`, `category-newsletter`): they say what the post is about,
* not what the element is, and never make an element furniture.
*/
var TERM_CLASS = /^(?:tag|category|cat|format|type|status|post|page|postid|author|term|topic|section)[-_]/i;
var L$1 = FURNITURE_LABELS;
var NO_TEXT_LIMIT = Number.POSITIVE_INFINITY;
/** The furniture rules, in the order they are tried on each element. */
var FURNITURE_RULES = [
	{
		label: L$1.ad,
		classes: [
			"adsbygoogle",
			"google-auto-placed",
			"ad",
			"ads",
			"advert",
			"adverts",
			"advertisement",
			"advertising",
			"adsense",
			"adslot",
			"adunit",
			"ad-slot",
			"ad-unit",
			"ad-container",
			"ad-wrapper",
			"ad-wrap",
			"ad-box",
			"ad-banner",
			"ad-block",
			"ad-placement",
			"ad-zone",
			"wp-block-ad"
		],
		idPrefixes: ["div-gpt-ad", "google_ads_iframe"],
		attributes: ["data-ad-slot"],
		tags: ["amp-ad"],
		token: /^code-block-\d+$/,
		maxText: 300
	},
	{
		label: L$1.weather,
		token: /(?:^|[-_])weather(?:$|[-_])/i,
		maxText: 200
	},
	{
		label: L$1.share,
		classes: [
			"sharedaddy",
			"share-buttons",
			"social-share",
			"social-sharing",
			"share-bar",
			"post-share",
			"entry-share",
			"addtoany_share_save_container",
			"a2a_kit",
			"heateor_sss_sharing_container",
			"shareaholic-canvas",
			"sharethis-inline-share-buttons",
			"ss-inline-share-wrapper",
			"swp_social_panel",
			"essb_links",
			"jeg_share_button",
			"td-post-sharing",
			"wp-block-jetpack-sharing-buttons"
		],
		maxText: 300
	},
	{
		label: L$1.commentForm,
		ids: ["respond", "commentform"],
		classes: ["comment-respond"],
		maxText: 3e3
	},
	{
		label: L$1.comments,
		ids: ["comments", "disqus_thread"],
		classes: [
			"comments-area",
			"comment-list",
			"commentlist",
			"wp-block-comments"
		],
		maxText: NO_TEXT_LIMIT
	},
	{
		label: L$1.newsletter,
		classes: [
			"widget_mc4wp_form_widget",
			"mc4wp-form",
			"tnp-subscription",
			"jetpack_subscription_widget",
			"wp-block-jetpack-subscriptions"
		],
		maxText: 600
	},
	{
		label: L$1.cookie,
		ids: [
			"cookie-notice",
			"cookie-law-info-bar",
			"moove_gdpr_cookie_info_bar",
			"CybotCookiebotDialog",
			"onetrust-banner-sdk",
			"onetrust-consent-sdk",
			"usercentrics-root"
		],
		classes: [
			"cc-window",
			"cky-consent-container",
			"cmplz-cookiebanner"
		],
		token: /^(?:cookies?|gdpr|consent)$|(?:^|[-_])(?:cookies?|gdpr|consent)[-_](?:banner|bar|notice|notification|popup|consent|box|law|message|overlay|modal|wrapper|container)$/i,
		maxText: 800
	},
	{
		label: L$1.newsletter,
		token: /(?:^|[-_])newsletter(?:$|[-_])/i,
		requires: "form, input[type=\"email\"]",
		maxText: 600
	}
];
/**
* Marks of the article itself: an element that is or holds one of them is
* never furniture, whatever its classes say.
*/
var ARTICLE_MARKERS = {
	/** Lower-case tag names. */
	tags: ["h1"],
	classes: [
		"entry-content",
		"post-content",
		"article-content",
		"article-body",
		"td-post-content"
	],
	/** `itemprop` values. */
	itemprops: ["articleBody"]
};
/**
* Ad labels: an element whose whole text is one of these (case-insensitive,
* trailing colon or dash ignored) marks an ad slot.
*/
var AD_LABELS = [
	"Supported by",
	"Advertisement",
	"Advertisements",
	"Advertising",
	"Ad",
	"Ads",
	"Sponsored",
	"Sponsored content",
	"Sponsored by",
	"Paid content",
	"Promoted",
	"Anzeige",
	"Werbung",
	"Publicité",
	"Publicidad",
	"Publicidade",
	"Pubblicità",
	"Reclame",
	"Reklama",
	"Reklame",
	"Annons",
	"Mainos",
	"Реклама",
	"广告",
	"広告",
	"광고"
];
/** Trailing punctuation an ad label may carry ("Advertisement:", "Anzeige –"). */
var AD_LABEL_TRAILER = /[\s:：\-–—]+$/;
/** Elements (lower-case tag names) an ad label may be written in: never table cells, list items, links or big headings. */
var AD_LABEL_TAGS = /* @__PURE__ */ new Set([
	"p",
	"div",
	"span",
	"small",
	"strong",
	"b",
	"em",
	"i",
	"h4",
	"h5",
	"h6",
	"header"
]);
/** Elements (lower-case tag names) never furniture, whatever classes they carry or whatever they hold. */
var NEVER_FURNITURE_TAGS = /* @__PURE__ */ new Set([
	"html",
	"body",
	"main"
]);
// src/furniture/index.ts
var ELEMENT_NODE$2 = 1;
var AD_LABEL_SET = new Set(AD_LABELS.map((l) => l.toLowerCase()));
var MARKER_TAGS = new Set(ARTICLE_MARKERS.tags);
var MARKER_CLASSES = new Set(ARTICLE_MARKERS.classes);
var MARKER_ITEMPROPS = new Set(ARTICLE_MARKERS.itemprops);
var CLASS_SEPARATOR$2 = /\s+/;
var NO_NAMES = [];
/** For each name a rule lists, the bit mask of the rules (bit i: FURNITURE_RULES[i]) listing it. */
function indexBy(list) {
	const index = /* @__PURE__ */ new Map();
	FURNITURE_RULES.forEach((rule, i) => {
		for (const name of list(rule) ?? []) index.set(name, (index.get(name) ?? 0) | 1 << i);
	});
	return index;
}
var BY_CLASS = indexBy((r) => r.classes);
var BY_ID = indexBy((r) => r.ids);
var BY_TAG = indexBy((r) => r.tags);
var BY_ATTRIBUTE = indexBy((r) => r.attributes);
var WITH_PREFIXES = FURNITURE_RULES.flatMap((rule, i) => rule.idPrefixes ? [{
	bit: 1 << i,
	prefixes: rule.idPrefixes
}] : []);
var WITH_TOKEN = FURNITURE_RULES.flatMap((rule, i) => rule.token ? [{
	bit: 1 << i,
	token: rule.token
}] : []);
/** Quick test: can a name match any rule's token? */
var TOKEN_HINT = new RegExp(WITH_TOKEN.map((t) => t.token.source).join("|"), "i");
/**
* Removes page furniture that Readability may keep inside or next to the
* article: ad slots (by their markup, and by their "Advertisement" /
* "Supported by"… labels), weather widgets, share bars, comment forms and
* lists, newsletter boxes. Runs on the clone before Readability and reports
* each removal by kind. Never removes an element that is or holds the article
* ({@link ARTICLE_MARKERS}).
*
* One walk over the body; elements are removed after it.
*/
function removeFurniture(doc, report) {
	const body = doc.body;
	if (!body) return;
	const { candidates, labels, markers } = scan(doc, body);
	const article = withAncestors(markers, body);
	const found = /* @__PURE__ */ new Map();
	for (const { el, rules } of candidates) {
		if (hasAncestorIn(el, found)) continue;
		const rule = rules.find((r) => passesGuards(el, r, article));
		if (rule) found.set(el, rule.label);
	}
	for (const label of labels) if (!hasAncestorIn(label, found)) addSlot(found, adSlotOf(label, article));
	const removed = removeOutermost(found);
	for (const label of Object.values(FURNITURE_LABELS)) report(label, removed.filter((r) => r === label).length);
}
function scan(doc, body) {
	const result = {
		candidates: [],
		labels: [],
		markers: []
	};
	const walker = doc.createTreeWalker(body, 5);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === ELEMENT_NODE$2) {
		const el = node;
		const { isArticle, rules } = marksOf(el);
		if (isArticle) result.markers.push(el);
		if (rules !== 0) result.candidates.push({
			el,
			rules: rulesOf(rules)
		});
	} else {
		const label = adLabelElement(node);
		if (label) result.labels.push(label);
	}
	return result;
}
function marksOf(el) {
	const marks = {
		isArticle: MARKER_TAGS.has(el.localName),
		rules: BY_TAG.get(el.localName) ?? 0
	};
	for (const attr of el.getAttributeNames()) if (attr === "class") for (const name of splitNames(el.getAttribute(attr))) {
		marks.rules |= (BY_CLASS.get(name) ?? 0) | tokenRules(name);
		if (MARKER_CLASSES.has(name)) marks.isArticle = true;
	}
	else if (attr === "id") {
		const id = el.getAttribute(attr) ?? "";
		marks.rules |= (BY_ID.get(id) ?? 0) | tokenRules(id) | prefixRules(id);
	} else if (attr === "itemprop") {
		if (splitNames(el.getAttribute(attr)).some((p) => MARKER_ITEMPROPS.has(p))) marks.isArticle = true;
	} else marks.rules |= BY_ATTRIBUTE.get(attr) ?? 0;
	return marks;
}
function splitNames(value) {
	const trimmed = value?.trim();
	return trimmed ? trimmed.split(CLASS_SEPARATOR$2) : NO_NAMES;
}
/** Rules whose token the class name or id matches; never names taken from the post's terms. */
function tokenRules(name) {
	if (name === "" || !TOKEN_HINT.test(name) || TERM_CLASS.test(name)) return 0;
	return WITH_TOKEN.reduce((bits, { bit, token }) => token.test(name) ? bits | bit : bits, 0);
}
function prefixRules(id) {
	if (id === "") return 0;
	return WITH_PREFIXES.reduce((bits, { bit, prefixes }) => prefixes.some((p) => id.startsWith(p)) ? bits | bit : bits, 0);
}
/** The rules of a bit mask, in table order. */
function rulesOf(bits) {
	return FURNITURE_RULES.filter((_, i) => bits & 1 << i);
}
/** The article markers and all their ancestors up to the body. */
function withAncestors(markers, body) {
	const set = /* @__PURE__ */ new Set();
	for (const marker of markers) for (let el = marker; el && el !== body && !set.has(el); el = el.parentElement) set.add(el);
	return set;
}
function passesGuards(el, rule, article) {
	if (NEVER_FURNITURE_TAGS.has(el.localName) || article.has(el)) return false;
	if (rule.requires && !el.querySelector(rule.requires)) return false;
	return rule.maxText === Number.POSITIVE_INFINITY || textLength$1(el) <= rule.maxText;
}
/** Adds a labelled ad slot: its first element is counted, the rest go with it. */
function addSlot(found, [main, ...rest]) {
	if (!found.has(main)) found.set(main, FURNITURE_LABELS.ad);
	for (const el of rest) if (!found.has(el)) found.set(el, null);
}
function textLength$1(el) {
	return normalise(el.textContent ?? "").length;
}
function normalise(text) {
	return text.replace(/\s+/g, " ").trim();
}
/** An ad label's key: its text lower-cased, without trailing colon or dash. */
function labelKey(text) {
	return normalise(text).replace(AD_LABEL_TRAILER, "").toLowerCase();
}
/** The element that is an ad label, when this text node is the whole of one. */
function adLabelElement(text) {
	if (text.data.length > 40) return null;
	const trimmed = text.data.trim();
	if (trimmed === "") return null;
	const key = labelKey(trimmed);
	if (!AD_LABEL_SET.has(key)) return null;
	let el = text.parentElement;
	if (!el || !AD_LABEL_TAGS.has(el.localName) || labelKey(el.textContent ?? "") !== key) return null;
	for (let up = el.parentElement; up && AD_LABEL_TAGS.has(up.localName); up = up.parentElement) {
		if (labelKey(up.textContent ?? "") !== key) break;
		el = up;
	}
	return el;
}
/**
* A label's ad slot: the nearest ancestor holding the label, an ad's media
* and little other text. Without one, the label and, when it looks like the
* ad, the element right after it.
*/
function adSlotOf(label, article) {
	const labelLength = textLength$1(label);
	let anc = label.parentElement;
	for (let depth = 0; anc && depth < 4; depth++, anc = anc.parentElement) {
		if (NEVER_FURNITURE_TAGS.has(anc.localName) || article.has(anc)) break;
		if (textLength$1(anc) - labelLength > 60) break;
		if (anc.querySelector("img, picture, iframe, ins, video, object, embed, svg, canvas, amp-ad")) return [anc];
	}
	const next = label.nextElementSibling;
	return next && looksLikeAd(next, article) ? [label, next] : [label];
}
/** Media with little text, or an empty slot waiting for its ad; never an article figure. */
function looksLikeAd(el, article) {
	if (article.has(el) || el.matches("figure, figcaption, h1, h2, h3, table, ul, ol") || el.querySelector("figure, figcaption, h1, h2, h3, table, ul, ol")) return false;
	const length = textLength$1(el);
	if (length === 0) return true;
	return (el.matches("img, picture, iframe, ins, video, object, embed, svg, canvas, amp-ad") || el.querySelector("img, picture, iframe, ins, video, object, embed, svg, canvas, amp-ad") !== null) && length <= 60;
}
// src/related/dom.ts
/** `NodeFilter.SHOW_ELEMENT`, without the global. */
var SHOW_ELEMENT = 1;
/** `root` and every element under it, in document order (one tree walk, no selector engine). */
function* elementsOf(root) {
	const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
	for (let node = root; node; node = walker.nextNode()) yield node;
}
// src/related/rules.ts
/** Headings that announce a related-posts block: the whole heading must be one of these. */
var RELATED_HEADING_PHRASES = {
	en: [
		"Related",
		"Related posts",
		"Related post",
		"Related articles",
		"Related article",
		"Related stories",
		"Related story",
		"Related news",
		"Related content",
		"Related reading",
		"Related coverage",
		"Read also",
		"Also read",
		"Read next",
		"What to read next",
		"You may also like",
		"You might also like",
		"You may also be interested in",
		"You might be interested in",
		"More like this",
		"Recommended",
		"Recommended for you",
		"Recommended articles",
		"Recommended reading",
		"See also",
		"Further reading",
		"More on this topic",
		"More on this story",
		"More coverage",
		"Similar posts",
		"Similar articles",
		"Keep reading"
	],
	de: [
		"Ähnliche Artikel",
		"Ähnliche Beiträge",
		"Verwandte Artikel",
		"Lesen Sie auch",
		"Lies auch",
		"Auch interessant",
		"Mehr zum Thema",
		"Das könnte Sie auch interessieren",
		"Das könnte dich auch interessieren"
	],
	fr: [
		"À lire aussi",
		"À lire également",
		"Lire aussi",
		"Sur le même sujet",
		"Sur le même thème",
		"Articles similaires",
		"Articles liés",
		"Articles connexes",
		"Vous aimerez aussi",
		"Vous aimerez peut-être aussi"
	],
	es: [
		"Artículos relacionados",
		"Entradas relacionadas",
		"Noticias relacionadas",
		"Te puede interesar",
		"También te puede interesar",
		"Lee también",
		"Te recomendamos"
	],
	it: [
		"Leggi anche",
		"Articoli correlati",
		"Articoli simili",
		"Potrebbe interessarti",
		"Ti potrebbe interessare"
	],
	pt: [
		"Posts relacionados",
		"Artigos relacionados",
		"Notícias relacionadas",
		"Leia também",
		"Veja também"
	],
	nl: ["Gerelateerde artikelen", "Lees ook"],
	pl: [
		"Powiązane artykuły",
		"Czytaj też",
		"Czytaj także",
		"Zobacz też"
	],
	ru: [
		"Похожие статьи",
		"Похожие записи",
		"Читайте также",
		"Ещё по теме",
		"Смотрите также",
		"Материалы по теме"
	]
};
/**
* Headings that announce a related-posts block only when they are a real
* heading element (h2–h6): as link or label text they mean something else.
*/
var STRICT_HEADING_PHRASES = { en: [
	"Read more",
	"More stories",
	"More articles",
	"More news"
] };
/** Heading openings followed by a name: "More from Mining News", "Mehr aus Wirtschaft". */
var RELATED_HEADING_PREFIXES = {
	en: [
		"More from",
		"More in",
		"More on",
		"More about"
	],
	de: ["Mehr aus", "Mehr von"],
	es: ["Más de"]
};
/**
* Words in a block's own heading that say it is NOT a list of related posts
* (popularity boxes, sponsored slots, tag clouds…). Matched as whole words anywhere in the heading.
*/
var UNRELATED_HEADING_PHRASES = {
	en: [
		"Most read",
		"Most popular",
		"Popular",
		"Trending",
		"Most viewed",
		"Most shared",
		"Most commented",
		"Top stories",
		"Sponsored",
		"Promoted",
		"Partner content",
		"From our partners",
		"Around the web",
		"Tags",
		"Topics",
		"Categories",
		"Comments",
		"Share"
	],
	de: [
		"Meistgelesen",
		"Meistgelesene",
		"Beliebt",
		"Anzeige",
		"Werbung",
		"Schlagworte"
	],
	fr: [
		"Les plus lus",
		"Populaires",
		"Sponsorisé",
		"Tendances"
	],
	es: [
		"Más leídos",
		"Lo más leído",
		"Populares",
		"Patrocinado",
		"Tendencias"
	],
	it: [
		"Più letti",
		"Popolari",
		"Sponsorizzato"
	],
	ru: [
		"Популярное",
		"Самое читаемое",
		"Реклама",
		"Теги",
		"Метки"
	]
};
/** Real heading elements: they may also use `STRICT_HEADING_PHRASES`. */
var HEADING_TAGS = [
	"h2",
	"h3",
	"h4",
	"h5",
	"h6"
];
/**
* Heading-like labels: these tags head a block when one of their class names
* contains a `HEADING_CLASS_WORDS` word (`<span class="widget-title">`).
* `<header>` and `[role="heading"]` count too.
*/
var HEADING_LIKE_TAGS = [
	"strong",
	"span",
	"div"
];
/** See `HEADING_LIKE_TAGS`. */
var HEADING_CLASS_WORDS = ["title", "heading"];
/**
* Widgets and theme blocks that list related posts. Each selector is a single
* class (`.name`) or id (`#name`), so the page scan can test it without a
* selector engine. A match still has to hold article links (an empty widget is not a block).
*/
var RELATED_BLOCK_SELECTORS = [
	{
		selector: "#jp-relatedposts",
		source: "Jetpack Related Posts (classic)"
	},
	{
		selector: ".jp-relatedposts-i2",
		source: "Jetpack Related Posts (block)"
	},
	{
		selector: ".wp-block-jetpack-related-posts",
		source: "Jetpack Related Posts (block)"
	},
	{
		selector: ".yarpp-related",
		source: "YARPP"
	},
	{
		selector: ".yarpp",
		source: "YARPP"
	},
	{
		selector: ".crp_related",
		source: "Contextual Related Posts"
	},
	{
		selector: ".td_block_related_posts",
		source: "tagDiv Newspaper"
	},
	{
		selector: ".jnews_related_post_container",
		source: "JNews"
	},
	{
		selector: ".jnews_inline_related_post",
		source: "JNews"
	},
	{
		selector: ".ast-single-related-posts-container",
		source: "Astra"
	},
	{
		selector: ".entry-related",
		source: "Kadence"
	},
	{
		selector: "#related-posts",
		source: "Jannah / common themes"
	},
	{
		selector: "#related_posts",
		source: "Sahifa / common themes"
	},
	{
		selector: ".related-posts",
		source: "common themes"
	},
	{
		selector: ".related_posts",
		source: "common themes"
	},
	{
		selector: ".related-post",
		source: "common themes"
	},
	{
		selector: ".relatedposts",
		source: "common themes"
	},
	{
		selector: ".related-articles",
		source: "common themes"
	},
	{
		selector: "#related-articles",
		source: "common themes"
	}
];
/**
* Ancestors that make a heading or block navigation, not related posts:
* menus, navigation bars, pagination. (A matched widget may itself be a
* `<nav>`, as Jetpack's block is; only its ancestors are checked.)
*/
var NAVIGATION_SELECTOR = [
	"nav",
	"[role=\"navigation\"]",
	"[role=\"menu\"]",
	"[role=\"menubar\"]",
	".menu",
	".sub-menu",
	".dropdown-menu",
	".mega-menu",
	".navbar",
	".navigation",
	".pagination"
].join(", ");
/** Recommendation widgets of ad networks (Outbrain, Taboola): paid links, never the site's related posts. */
var AD_NETWORK_SELECTOR = [
	".OUTBRAIN",
	"[class*=\"ob-widget\"]",
	"[data-ob-template]",
	"[id^=\"taboola-\"]",
	"[class*=\"taboola\"]",
	"[class*=\"trc_rbox\"]",
	".trc_related_container"
].join(", ");
/**
* Class or id words that disqualify a block (one class name must contain the
* word between `-`/`_` separators or at its ends): "widget_popular_posts", "related-tags".
*/
var UNRELATED_BLOCK_CLASS_WORDS = [
	"popular",
	"trending",
	"most-read",
	"mostread",
	"most-viewed",
	"most-popular",
	"sponsored",
	"promoted",
	"taboola",
	"outbrain",
	"tags",
	"tag-cloud",
	"topics"
];
/**
* Class names marking item metadata (author, date, category, tags, comments):
* the word must end the class name, optionally followed by a suffix from
* `META_CLASS_SUFFIXES` ("crp_author", "td-post-category", "cat-links",
* "td-post-author-name"), so WordPress post classes like "category-news" do not count.
*/
var META_CLASS_WORDS = [
	"author",
	"authors",
	"byline",
	"avatar",
	"date",
	"time",
	"timestamp",
	"category",
	"categories",
	"cat",
	"tag",
	"tags",
	"comment",
	"comments"
];
/** Suffixes allowed after a `META_CLASS_WORDS` word. */
var META_CLASS_SUFFIXES = [
	"name",
	"link",
	"links",
	"list",
	"label",
	"meta"
];
/** Class words of share buttons. */
var SHARE_CLASS_WORDS = [
	"share",
	"sharing",
	"social",
	"sharedaddy"
];
/** URL paths of tag, category, author, search, account and archive pages (tested on the pathname). */
var META_PATH_PATTERNS = [
	/\/(?:tag|tags|category|categories|topic|topics|thema|themen|author|authors|autor|auteur|autore|profile|profil|user|users|member|members|label|search|schlagwort|stichwort)(?:\/|$)/i,
	/^\/\d{4}(?:\/\d{1,2}){0,2}\/?$/,
	/^\/\p{L}+\/?$/u,
	/^\/@[^/]+\/?$/,
	/\/(?:signin|sign-in|login|log-in|signup|sign-up|register|account)(?:\/|$)/i,
	/\/feed\/?$/i,
	/\/wp-(?:login|admin)/i
];
/** `rel` words of metadata links (WordPress prints `rel="category tag"`, `rel="author"`). */
var META_LINK_RELS = [
	"tag",
	"category",
	"author"
];
/** `rel` words of pagination links. */
var PAGINATION_LINK_RELS = ["next", "prev"];
/** Query parameters that make a URL a tag/category/author/search page. */
var META_QUERY_PARAMS = [
	"cat",
	"tag",
	"author",
	"s",
	"replytocom"
];
/** URL paths of pagination. */
var PAGINATION_PATH_PATTERN = /\/page\/\d+\/?$/i;
/** Query parameters of pagination. */
var PAGINATION_QUERY_PARAMS = ["page", "paged"];
/** Hashes that point at a post's comments, or at one comment ("#comment-12", "#li-comment-12"). */
var COMMENT_HASH_PATTERN = /^#(?:comments?|respond|reply|disqus_thread|(?:li-|div-)?comment-[\w-]+)$/i;
/**
* Share endpoints (host + path, without "www.") on hosts that otherwise hold
* real articles, so share buttons are never posts. (Social networks are in `FOREIGN_HOSTS`.)
*/
var SHARE_URL_PATTERNS = [
	/^reddit\.com\/submit/i,
	/^tumblr\.com\/(?:share|widgets\/share)/i,
	/^news\.ycombinator\.com\/submitlink/i,
	/^getpocket\.com\/(?:save|edit)/i,
	/^flipboard\.com\/bookmarklet/i
];
/**
* Hosts whose links are never the site's related posts: social networks
* (profiles, pages) and recommendation/ad networks ("Powered by Outbrain").
*/
var FOREIGN_HOSTS = [
	"outbrain.com",
	"taboola.com",
	"revcontent.com",
	"mgid.com",
	"doubleclick.net",
	"facebook.com",
	"twitter.com",
	"x.com",
	"instagram.com",
	"youtube.com",
	"linkedin.com",
	"xing.com",
	"tiktok.com",
	"pinterest.com",
	"threads.net",
	"bsky.app",
	"mastodon.social",
	"vk.com",
	"t.me",
	"telegram.me",
	"wa.me",
	"whatsapp.com"
];
/**
* Link texts of navigation, never a post: "view all", pagination. The whole
* (folded) link text must match; such links are ignored.
*/
var NON_POST_LINK_TEXTS = {
	en: [
		"view all",
		"see all",
		"show all",
		"show more",
		"load more",
		"next",
		"previous",
		"prev",
		"older posts",
		"newer posts",
		"leave a comment"
	],
	de: [
		"alle anzeigen",
		"alle artikel",
		"zurück",
		"vor"
	],
	fr: [
		"voir tout",
		"tout voir",
		"suivant",
		"précédent"
	],
	es: [
		"ver todo",
		"ver todos",
		"siguiente",
		"anterior"
	],
	it: [
		"vedi tutti",
		"successivo",
		"precedente"
	],
	ru: [
		"все",
		"показать все",
		"все новости"
	]
};
/**
* "Read more" link texts: the link still leads to the post (a teaser may link
* only there), but its text is never the post's title.
*/
var READ_MORE_TEXTS = {
	en: [
		"more",
		"read more",
		"continue reading",
		"read the article",
		"full story"
	],
	de: [
		"mehr",
		"weiter",
		"weiterlesen",
		"mehr lesen",
		"zum artikel"
	],
	fr: [
		"lire la suite",
		"lire plus",
		"en savoir plus"
	],
	es: [
		"leer más",
		"seguir leyendo",
		"ver más"
	],
	it: [
		"leggi tutto",
		"leggi di più",
		"continua a leggere"
	],
	ru: [
		"далее",
		"читать далее",
		"подробнее"
	]
};
/** Words that follow a number in counter links ("168 Likes", "3 Kommentare"), which are never posts. */
var COUNTER_WORDS = [
	"like",
	"likes",
	"comment",
	"comments",
	"share",
	"shares",
	"views",
	"kommentar",
	"kommentare",
	"commentaire",
	"commentaires",
	"comentario",
	"comentarios",
	"commento",
	"commenti",
	"комментарий",
	"комментария",
	"комментариев"
];
/** Class-name fragments that mark a sponsored item inside an otherwise related block. */
var SPONSORED_CLASS_FRAGMENTS = [
	"sponsor",
	"advertorial",
	"paid-content",
	"promoted-content",
	"native-ad"
];
/** Attributes that mark a sponsored item. */
var SPONSORED_ATTRIBUTES = ["data-sponsored"];
/** `rel` words that mark a sponsored link. */
var SPONSORED_RELS = ["sponsored"];
/** Short labels that mark a sponsored item ("Sponsored", "Anzeige"…): the whole label must match. */
var SPONSORED_LABELS = {
	en: [
		"sponsored",
		"promoted",
		"advertisement",
		"ad",
		"paid content",
		"partner"
	],
	de: [
		"anzeige",
		"werbung",
		"gesponsert"
	],
	fr: [
		"sponsorisé",
		"publicité",
		"contenu sponsorisé"
	],
	es: ["patrocinado", "publicidad"],
	it: ["sponsorizzato", "pubblicità"],
	ru: ["реклама", "спонсор"]
};
/** Elements that may carry a sponsored label. */
var SPONSORED_LABEL_TAGS = [
	"span",
	"small",
	"em",
	"b",
	"strong",
	"i",
	"div",
	"p",
	"mark"
];
/** Where an item's title may sit (the innermost usable match wins). */
var TITLE_MARKER = {
	tags: [
		"h1",
		"h2",
		"h3",
		"h4",
		"h5",
		"h6"
	],
	itemprops: ["headline"],
	classFragments: ["title", "headline"]
};
/**
* Kickers, overlines and subtitles set above or below a headline ("Archiv",
* "Nach 15 Jahren Rechtsstreit"): never the title, and left out of the title
* element that holds them.
*/
var KICKER_MARKER = { classFragments: [
	"kicker",
	"dachzeile",
	"spitzmarke",
	"overline",
	"topline",
	"eyebrow",
	"supratitle",
	"surtitle",
	"pretitle",
	"pre-title",
	"preheadline",
	"pre-headline",
	"subtitle",
	"subheadline"
] };
/** Where an item's author may sit. */
var AUTHOR_MARKER = {
	itemprops: ["author"],
	rels: ["author"],
	classFragments: [
		"author",
		"byline",
		"autor",
		"auteur"
	]
};
/** Inside an author element, the name itself when marked. */
var AUTHOR_NAME_MARKER = {
	tags: ["a"],
	itemprops: ["name"]
};
/** Words that open a byline ("by David", "von Anna", "Автор: …"), removed from the author. */
var AUTHOR_PREFIXES = [
	"by",
	"von",
	"par",
	"por",
	"di",
	"de",
	"door",
	"av",
	"przez",
	"от",
	"автор",
	"author",
	"autor",
	"auteur"
];
/**
* Where an item's date may sit, in order of preference. With `attr`, the
* element must have that attribute and its value (machine-readable) is the date;
* otherwise the element's text is.
*/
var DATE_SOURCES = [
	{
		marker: { tags: ["time"] },
		attr: "datetime"
	},
	{
		marker: { itemprops: ["datePublished"] },
		attr: "content"
	},
	{ marker: { itemprops: ["datePublished"] } },
	{ marker: { tags: ["time"] } },
	{ marker: { classFragments: ["date"] } }
];
/** Where an item's excerpt may sit. */
var EXCERPT_MARKER = {
	itemprops: ["description"],
	classFragments: [
		"excerpt",
		"summary",
		"description"
	]
};
/** Image attributes holding a URL, in order of preference (lazy loaders keep the real one in data-*). */
var IMAGE_URL_ATTRS = [
	"data-src",
	"data-lazy-src",
	"data-original",
	"src"
];
/** Image attributes holding a srcset; the first candidate is used. */
var IMAGE_SRCSET_ATTRS = [
	"data-srcset",
	"data-lazy-srcset",
	"srcset"
];
/** Images that are not thumbnails: author avatars (tracking pixels are caught by their size). */
var NON_THUMBNAIL_IMAGE_MARKER = { classFragments: ["avatar"] };
/**
* Post navigation ("← Previous post · Next post →") is not a list of related
* posts: links inside these containers are never posts, wherever they sit.
*/
var POST_NAVIGATION_SELECTOR = [
	".post-navigation",
	".posts-navigation",
	".nav-links",
	".nav-previous",
	".nav-next",
	".post-nav",
	"[class*=\"prevnext\"]",
	"[class*=\"prev-next\"]",
	"[class*=\"next-prev\"]"
].join(", ");
/**
* Captions of post-navigation links: a link whose text starts with one of
* these ("Previous post Counting birds in winter") leads to the neighbouring
* post, not to a related one.
*/
var POST_NAVIGATION_CAPTIONS = {
	en: [
		"Previous post",
		"Next post",
		"Previous article",
		"Next article",
		"Previous story",
		"Next story",
		"Previous entry",
		"Next entry",
		"Older post",
		"Newer post"
	],
	de: [
		"Vorheriger Artikel",
		"Nächster Artikel",
		"Vorheriger Beitrag",
		"Nächster Beitrag"
	],
	fr: ["Article précédent", "Article suivant"],
	es: [
		"Artículo anterior",
		"Artículo siguiente",
		"Entrada anterior",
		"Entrada siguiente"
	],
	it: ["Articolo precedente", "Articolo successivo"],
	ru: [
		"Предыдущая статья",
		"Следующая статья",
		"Предыдущая запись",
		"Следующая запись"
	]
};
/**
* Labels of in-article link paragraphs: "Read more: <a>…</a>", "<b>Lesen Sie
* auch:</b> <a>…</a>". The whole text before the first link must be one of
* these, ended by an `INLINE_LABEL_SEPARATORS` character or set in bold.
*/
var INLINE_LABEL_PHRASES = {
	en: [
		"Read more",
		"Read also",
		"Also read",
		"Read next",
		"Related",
		"Related story",
		"Related article",
		"Related coverage",
		"See also",
		"Also see",
		"More",
		"Further reading",
		"Recommended",
		"Must read",
		"Don't miss"
	],
	de: [
		"Lesen Sie auch",
		"Lesen Sie mehr",
		"Lies auch",
		"Auch interessant",
		"Mehr zum Thema",
		"Siehe auch",
		"Passend dazu",
		"Zum Thema"
	],
	fr: [
		"À lire aussi",
		"À lire également",
		"Lire aussi",
		"Voir aussi",
		"Sur le même sujet",
		"À voir aussi"
	],
	es: [
		"Lee también",
		"Lea también",
		"Te puede interesar",
		"También te puede interesar",
		"Ver también",
		"Relacionado",
		"Noticia relacionada"
	],
	it: [
		"Leggi anche",
		"Vedi anche",
		"Potrebbe interessarti"
	],
	pt: [
		"Leia também",
		"Leia mais",
		"Veja também",
		"Saiba mais"
	],
	nl: [
		"Lees ook",
		"Lees meer",
		"Zie ook"
	],
	pl: [
		"Czytaj też",
		"Czytaj także",
		"Zobacz też",
		"Przeczytaj też"
	],
	ru: [
		"Читайте также",
		"Читайте еще",
		"Смотрите также",
		"По теме",
		"Ещё по теме"
	]
};
/** Characters that end an inline label ("Read more:", "Lire aussi »", "Related |"). */
var INLINE_LABEL_SEPARATORS = ":：»›→|–—>";
/** Tags that set an inline label apart without a separator ("<strong>Read also</strong> <a>…</a>"). */
var INLINE_LABEL_TAGS = [
	"strong",
	"b",
	"em"
];
/** Words that may join the links of an inline paragraph ("<a>…</a> and <a>…</a>"). */
var INLINE_JOINERS = [
	"and",
	"or",
	"und",
	"oder",
	"et",
	"ou",
	"y",
	"o",
	"e",
	"en",
	"i",
	"и",
	"или"
];
/** Punctuation that may sit between and around the links of an inline paragraph. */
var INLINE_PUNCTUATION = ",;|/·•–—-+&.!?()[]\"'«»„“”‘’…";
/** JSON-LD types of a list of posts (`ItemList` named like a related block). */
var ITEM_LIST_TYPES = ["ItemList"];
/**
* JSON-LD types of an item that is an article (a list entry of another type,
* such as a product, is not a post). An entry without a type is accepted.
*/
var ARTICLE_TYPES = [
	"Article",
	"NewsArticle",
	"BlogPosting",
	"Report",
	"ScholarlyArticle",
	"TechArticle",
	"AnalysisNewsArticle",
	"OpinionNewsArticle",
	"ReportageNewsArticle",
	"ReviewNewsArticle",
	"BackgroundNewsArticle",
	"LiveBlogPosting",
	"SocialMediaPosting",
	"Review",
	"CreativeWork",
	"WebPage",
	"ListItem"
];
/** Size limits of the heuristics. */
var LIMITS$1 = {
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
	minLinkDensity: .1,
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
	maxInlineLinks: 3
};
// src/related/text.ts
/** Whether the space-separated `value` (a rel, itemprop or class attribute) holds one of `words`, case-insensitively. */
function hasWord(value, words) {
	if (!value) return false;
	const present = value.toLowerCase().split(/\s+/);
	return words.some((word) => present.includes(word.toLowerCase()));
}
/** Collapses runs of whitespace to one space and trims. */
function collapse(text) {
	return (text ?? "").replace(/\s+/g, " ").trim();
}
/**
* Folds text for phrase matching: whitespace collapsed, lower case, accents
* and other combining marks removed (so "ё" folds to "е", "À" to "a"), typographic
* apostrophes made plain, and punctuation at both ends dropped.
*/
function foldText(text) {
	return collapse(text).normalize("NFD").replace(/\p{M}+/gu, "").replace(/[’‘`´]/g, "'").toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}
function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** The folded, escaped alternatives of a phrase table, longest first. */
function alternatives(table) {
	return [...new Set(Object.values(table).flat().map(foldText))].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}
var RELATED_HEADING_RE = new RegExp(`^(?:${alternatives(RELATED_HEADING_PHRASES)})$`, "u");
var STRICT_HEADING_RE = new RegExp(`^(?:${alternatives(STRICT_HEADING_PHRASES)})$`, "u");
var PREFIX_HEADING_RE = new RegExp(`^(?:${alternatives(RELATED_HEADING_PREFIXES)})(?: \\S+){1,6}$`, "u");
var UNRELATED_HEADING_RE = new RegExp(`(?:^| )(?:${alternatives(UNRELATED_HEADING_PHRASES)})(?: |$)`, "u");
var NON_POST_LINK_RE = new RegExp(`^(?:${alternatives(NON_POST_LINK_TEXTS)}|\\d+|\\d[\\d.,]* ?(?:${alternatives({ all: COUNTER_WORDS })}))$`, "u");
var READ_MORE_RE = new RegExp(`^(?:${alternatives(READ_MORE_TEXTS)})$`, "u");
var POST_NAVIGATION_RE = new RegExp(`^(?:${alternatives(POST_NAVIGATION_CAPTIONS)})(?![\\p{L}\\p{N}])`, "u");
var INLINE_LABEL_RE = new RegExp(`^(?:${alternatives(INLINE_LABEL_PHRASES)})$`, "u");
var SPONSORED_LABEL_RE = new RegExp(`^(?:${alternatives(SPONSORED_LABELS)})$`, "u");
var AUTHOR_PREFIX_RE = new RegExp(`^(?:${AUTHOR_PREFIXES.map(escapeRegExp).join("|")})(?:\\s*:\\s*|\\s+)`, "iu");
/**
* Whether a heading's text announces related posts. `strict` is true for real
* heading elements (h2–h6), which may also use the strict phrases ("Read more").
*/
function isRelatedHeading(text, strict) {
	const folded = foldText(text);
	if (RELATED_HEADING_RE.test(folded) || PREFIX_HEADING_RE.test(folded)) return true;
	return strict && STRICT_HEADING_RE.test(folded);
}
/** Whether a block's heading says it is something else (most read, sponsored, tags…). */
function isUnrelatedHeading(text) {
	return UNRELATED_HEADING_RE.test(foldText(text));
}
/** Whether a link's text says it is not a post ("View all", "Read more", a page number, "168 Likes"). */
function isNonPostLinkText(text) {
	return NON_POST_LINK_RE.test(foldText(text));
}
/** Whether a link's text is a "read more" that never names the post. */
function isReadMoreText(text) {
	return READ_MORE_RE.test(foldText(text));
}
/** Whether a link's text opens with a post-navigation caption ("Previous post …", "Nächster Artikel …"). */
function isPostNavigationText(text) {
	return POST_NAVIGATION_RE.test(foldText(text));
}
/** Whether the text before an in-article link names it as related ("Read more:", "Lesen Sie auch:"). */
function isInlineLabel(text) {
	return INLINE_LABEL_RE.test(foldText(text));
}
/** Whether a short label marks sponsored content ("Sponsored", "Anzeige"). */
function isSponsoredLabel(text) {
	return SPONSORED_LABEL_RE.test(foldText(text));
}
/** Scripts written without spaces between words (CJK, kana, Hangul, Thai). */
var UNSPACED_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
/**
* Whether a text reads as a post title rather than a section label ("TV",
* "Jobs", "Archiv"): at least two words, or enough characters of a script
* written without spaces.
*/
function looksLikeTitle(text) {
	return collapse(text).split(" ").filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 2 || (text.match(UNSPACED_SCRIPT_RE)?.length ?? 0) >= 4;
}
/** An author name without its byline word and separators: "by David Lazarevic –" → "David Lazarevic". */
function cleanAuthor(text) {
	return collapse(text).replace(AUTHOR_PREFIX_RE, "").replace(/^[\s|·•,:–—-]+|[\s|·•,:–—-]+$/g, "");
}
/**
* Builds a matcher for class names holding one of `words` between `-`/`_`
* separators. With `endSuffixes`, the word must end the class name, optionally
* followed by one of those suffixes ("crp_author", "td-post-author-name", but not "category-news").
*/
function classWordMatcher(words, endSuffixes) {
	const alts = words.map(escapeRegExp).join("|");
	if (!endSuffixes) return new RegExp(`(?:^|[-_])(?:${alts})(?:$|[-_])`, "i");
	const suffix = endSuffixes.map(escapeRegExp).join("|");
	return new RegExp(`(?:^|[-_])(?:${alts})(?:[-_](?:${suffix}))?$`, "i");
}
/** Whether any class name (or the id) of `el` matches `re`. */
function hasClassMatching(el, re) {
	return `${el.getAttribute("class") ?? ""} ${el.id}`.split(/\s+/).some((name) => name !== "" && re.test(name));
}
// src/url/rules.ts
/**
* Data tables for cleaning URLs: query parameters that only track a visit or a
* click. One place for the saved-page ids (src/storage) and related-post links
* (src/related): a new tracking parameter is a one-line change.
*/
/** Query parameters starting with one of these (lower-cased) only track: utm_source, pk_campaign… */
var TRACKING_PARAM_PREFIXES = [
	"utm_",
	"pk_",
	"mtm_",
	"hsa_",
	"oly_",
	"vero_"
];
/** Query parameters (lower-cased) that only track: ad click ids, newsletter ids, analytics, referrers. */
var TRACKING_PARAMS = /* @__PURE__ */ new Set([
	"fbclid",
	"gclid",
	"gclsrc",
	"dclid",
	"gbraid",
	"wbraid",
	"msclkid",
	"yclid",
	"twclid",
	"ttclid",
	"igshid",
	"li_fat_id",
	"mc_cid",
	"mc_eid",
	"mkt_tok",
	"_ga",
	"_gl",
	"_hsenc",
	"_hsmi",
	"oly_anon_id",
	"oly_enc_id",
	"vero_id",
	"wickedid",
	"s_cid",
	"ref",
	"source",
	"ref_src",
	"ref_url",
	"ocid",
	"cmpid",
	"spm",
	"xtor",
	"at_medium",
	"at_campaign",
	"relatedposts_hit",
	"relatedposts_origin",
	"relatedposts_position"
]);
// src/url/index.ts
/** URL cleaning shared by saved-page ids and related-post links. */
/** Whether a query parameter only tracks the visit or the click (utm_*, fbclid, ref…). */
function isTrackingParam(name) {
	const lower = name.toLowerCase();
	return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
/** A copy of `url` without its fragment and tracking parameters; the other parameters keep their order. */
function withoutTracking(url) {
	const clean = new URL(url.href);
	clean.hash = "";
	const tracking = [...clean.searchParams.keys()].filter(isTrackingParam);
	for (const name of tracking) clean.searchParams.delete(name);
	if (tracking.length && ![...clean.searchParams.keys()].length) clean.search = "";
	return clean;
}
// src/related/url.ts
/** Resolves `href` against `base`; null when it is not a valid URL. */
function resolveUrl(href, base) {
	const trimmed = (href ?? "").trim();
	if (!trimmed) return null;
	try {
		return new URL(trimmed, base);
	} catch {
		return null;
	}
}
/** A copy of `url` without its hash and tracking parameters. */
var cleanUrl = withoutTracking;
/**
* The identity of a cleaned URL, for comparing and merging: scheme-less,
* without a trailing slash ("https://a.com/x/" and "http://a.com/x" are one post).
*/
function urlKey(url) {
	return `${url.host}${url.pathname.replace(/\/+$/, "")}${url.search}`;
}
// src/related/links.ts
/** Class names of item metadata (author, date, category…); see `META_CLASS_WORDS`. */
var META_CLASS_RE = classWordMatcher(META_CLASS_WORDS, META_CLASS_SUFFIXES);
var SHARE_CLASS_RE = classWordMatcher(SHARE_CLASS_WORDS);
var META_PARAMS = new Set(META_QUERY_PARAMS);
var PAGINATION_PARAMS = new Set(PAGINATION_QUERY_PARAMS);
/** How many elements (the link and its nearest ancestors) are checked for metadata/share classes. */
var CLASS_CHECK_DEPTH = 3;
function hasParam(url, names) {
	return [...url.searchParams.keys()].some((name) => names.has(name.toLowerCase()));
}
/** Classifies a URL by its shape alone (no element context). `raw` keeps the hash. */
function classifyUrl(raw, clean, ctx) {
	if (raw.protocol !== "http:" && raw.protocol !== "https:") return "other";
	const host = raw.hostname.replace(/^www\./, "");
	if (FOREIGN_HOSTS.some((foreign) => host === foreign || host.endsWith(`.${foreign}`))) return "other";
	if (SHARE_URL_PATTERNS.some((re) => re.test(`${host}${raw.pathname}`))) return "other";
	if (ctx.selfKeys.has(urlKey(clean))) return "skip";
	if (COMMENT_HASH_PATTERN.test(raw.hash)) return "meta";
	if (META_PATH_PATTERNS.some((re) => re.test(raw.pathname)) || hasParam(raw, META_PARAMS)) return "meta";
	if (PAGINATION_PATH_PATTERN.test(raw.pathname) || hasParam(raw, PAGINATION_PARAMS)) return "skip";
	if (/^\/?$/.test(clean.pathname) && !clean.search) return "other";
	return "post";
}
/** Whether `el` or one of its nearest ancestors has a class matching `re`. */
function classNear(el, re) {
	let node = el;
	for (let i = 0; node && i < CLASS_CHECK_DEPTH; i++, node = node.parentElement) if (hasClassMatching(node, re)) return true;
	return false;
}
/**
* Refines a post link by its element: rel, metadata/share classes, post
* navigation, "view all" and heading-like texts.
*/
function classifyElement(a) {
	const rel = a.getAttribute("rel");
	if (hasWord(rel, META_LINK_RELS)) return "meta";
	if (hasWord(rel, PAGINATION_LINK_RELS) || a.closest(POST_NAVIGATION_SELECTOR)) return "skip";
	if (classNear(a, META_CLASS_RE)) return "meta";
	if (classNear(a, SHARE_CLASS_RE)) return "other";
	const text = a.textContent ?? "";
	if (text.trim() && (isNonPostLinkText(text) || isRelatedHeading(text, true) || isPostNavigationText(text))) return "skip";
	return "post";
}
function classifyLink(a, ctx) {
	const href = a.getAttribute("href");
	if (href === null || /^\s*(?:#|javascript:)/i.test(href)) return {
		kind: "skip",
		url: "",
		key: ""
	};
	const raw = resolveUrl(href, ctx.base);
	if (!raw) return {
		kind: "skip",
		url: "",
		key: ""
	};
	const clean = cleanUrl(raw);
	const byUrl = classifyUrl(raw, clean, ctx);
	return {
		kind: byUrl === "post" ? classifyElement(a) : byUrl,
		url: clean.href,
		key: urlKey(clean)
	};
}
/**
* The links under `root` (and `root` itself when it is a link), classified.
* Classification is cached per element, so climbing ancestors costs no reclassification.
*/
function scanLinks(root, ctx) {
	return [...root.localName === "a" && root.hasAttribute("href") ? [root] : [], ...root.querySelectorAll("a[href]")].map((el) => {
		let info = ctx.cache.get(el);
		if (!info) {
			info = classifyLink(el, ctx);
			ctx.cache.set(el, info);
		}
		return {
			el,
			info
		};
	});
}
// src/related/inline.ts
/** `NodeFilter.SHOW_TEXT`, without the global. */
var SHOW_TEXT = 4;
/** Escapes characters for use inside a regex character class. */
function classOf(chars) {
	return chars.replace(/[\]\\^-]/g, "\\$&");
}
var LABEL_END_RE = new RegExp(`[${classOf(INLINE_LABEL_SEPARATORS)}]\\s*$`, "u");
var PUNCTUATION_RE = new RegExp(`[${classOf(INLINE_PUNCTUATION)}]`, "gu");
var JOINERS = new Set(INLINE_JOINERS);
var LABEL_TAGS = INLINE_LABEL_TAGS.join(", ");
/** The nearest ancestor of `node` inside `root` that matches `selector`, if any. */
function within(node, root, selector) {
	const found = node.parentElement?.closest(selector) ?? null;
	return found && root.contains(found) ? found : null;
}
/** Splits the paragraph's text into the label before its first link and the rest outside links. */
function splitText(p) {
	const walker = p.ownerDocument.createTreeWalker(p, SHOW_TEXT);
	let label = "";
	let labelSetApart = true;
	let rest = "";
	let seenLink = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.nodeValue ?? "";
		if (within(node, p, "a")) seenLink ||= text.trim() !== "";
		else if (seenLink) rest += text;
		else {
			label += text;
			if (text.trim() && !within(node, p, LABEL_TAGS)) labelSetApart = false;
		}
	}
	return {
		label,
		labelSetApart,
		rest
	};
}
/** Whether the text between and after the links is only punctuation and joining words ("and", "und"). */
function onlyJoiners(text) {
	return text.replace(PUNCTUATION_RE, " ").toLowerCase().split(/\s+/).every((word) => word === "" || JOINERS.has(word));
}
/** Whether every link leads to an article and is named by a title. */
function allTitledPosts(links) {
	return links.every(({ el, info }) => {
		const text = collapse(el.textContent);
		return info.kind === "post" && text.length <= LIMITS$1.maxTitleChars && !isReadMoreText(text) && looksLikeTitle(text);
	});
}
/**
* The paragraph as a related-posts block, when it is an in-article link
* paragraph: short, its text before the first link a related label ("Read
* more:", "Lesen Sie auch", ended by a separator or set in bold), then 1 to
* `LIMITS.maxInlineLinks` article links named by their titles, with nothing
* else but punctuation and joining words.
*/
function inlineBlock(p, ctx) {
	const count = p.getElementsByTagName("a").length;
	if (count === 0 || count > LIMITS$1.maxInlineLinks) return null;
	if (collapse(p.textContent).length > LIMITS$1.maxInlineChars) return null;
	const { label, labelSetApart, rest } = splitText(p);
	if (!isInlineLabel(label) || !(labelSetApart || LABEL_END_RE.test(label)) || !onlyJoiners(rest)) return null;
	const links = scanLinks(p, ctx);
	return links.length > 0 && allTitledPosts(links) ? {
		parts: [p],
		heading: null
	} : null;
}
// src/related/items.ts
/** Marks an element that holds links to more than one post. */
var MIXED = "";
/**
* For every element from each claiming element up to (not including) its
* root: the one destination it holds, or MIXED. Post links and "other" links
* (share buttons, home…) claim, and so does the block's heading; metadata links
* (author, category) belong to the card they sit in.
*/
function ownership(links, roots, heading) {
	const claims = links.filter(({ info }) => info.kind === "post" || info.kind === "other").map(({ el, info }) => ({
		el,
		key: `${info.kind}:${info.key}`
	}));
	if (heading) claims.push({
		el: heading,
		key: "heading"
	});
	const owner = /* @__PURE__ */ new Map();
	for (const { el, key } of claims) for (let node = el; node && !roots.includes(node); node = node.parentElement) {
		const known = owner.get(node);
		owner.set(node, known === void 0 || known === key ? key : MIXED);
	}
	return owner;
}
/**
* The highest ancestor of `link` below its root that holds only the
* destination `key` (never the root itself, nor anything around the heading).
*/
function itemOf(link, key, owner) {
	let item = link;
	for (let node = link; node && owner.get(node) === key; node = node.parentElement) item = node;
	return item;
}
/**
* Groups the post links under `roots` by post, in page order: an image link
* and a title link to the same URL make one post, with the item elements
* around them. Links that are not posts are ignored; `heading` is the block's
* heading, which no item may span.
*/
function groupPosts(links, roots, heading) {
	const posts = links.filter((link) => link.info.kind === "post");
	const owner = ownership(links, roots, heading);
	const groups = /* @__PURE__ */ new Map();
	for (const { el, info } of posts) {
		let group = groups.get(info.key);
		if (!group) {
			group = {
				url: info.url,
				key: info.key,
				links: [],
				items: []
			};
			groups.set(info.key, group);
		}
		group.links.push(el);
		const item = itemOf(el, `post:${info.key}`, owner);
		if (!group.items.includes(item)) group.items.push(item);
	}
	return [...groups.values()];
}
// src/related/scan.ts
var HEADINGS = /* @__PURE__ */ new Set([...HEADING_TAGS, "header"]);
var HEADING_LIKE = new Set(HEADING_LIKE_TAGS);
var unsupported = RELATED_BLOCK_SELECTORS.find((rule) => !/^[.#][\w-]+$/.test(rule.selector));
if (unsupported) throw new Error(`related: selector "${unsupported.selector}" must be a single class or id`);
function widgetNames(prefix) {
	return RELATED_BLOCK_SELECTORS.filter((rule) => rule.selector.startsWith(prefix)).map((rule) => rule.selector.slice(1));
}
var WIDGET_IDS = new Set(widgetNames("#"));
/** Any widget class as a whole class name within a class attribute. */
var WIDGET_CLASS_RE = new RegExp(`(?:^|\\s)(?:${widgetNames(".").join("|")})(?:\\s|$)`);
/** Whether an element with this id and class attribute matches the widget/theme table. */
function isWidgetMarkup(id, classes) {
	return id !== "" && WIDGET_IDS.has(id) || classes !== null && WIDGET_CLASS_RE.test(classes);
}
/** Whether an element with this tag and class attribute is a heading or heading-like label. */
function isHeadingMarkup(el, tag, classes) {
	if (HEADINGS.has(tag)) return true;
	if (classes !== null && HEADING_LIKE.has(tag) && HEADING_CLASS_WORDS.some((word) => classes.includes(word))) return true;
	return el.getAttribute("role") === "heading";
}
/** Whether `el` is a heading or a heading-like label (see `HEADING_LIKE_TAGS`). */
function isHeading(el) {
	return isHeadingMarkup(el, el.localName, el.getAttribute("class"));
}
/** Files head elements: base, canonical/og:url, JSON-LD and related links. Returns false for other elements. */
function scanHeadElement(el, scan) {
	switch (el.localName) {
		case "base":
			if (scan.baseHref === null && el.hasAttribute("href")) scan.baseHref = el.getAttribute("href");
			return true;
		case "link": {
			const rel = el.getAttribute("rel");
			const href = el.getAttribute("href");
			if (href && hasWord(rel, ["canonical"])) scan.ownUrls.push(href);
			if (href && hasWord(rel, ["related"])) scan.metadata.push(el);
			return true;
		}
		case "meta": {
			const content = el.getAttribute("content");
			if (content && el.getAttribute("property") === "og:url") scan.ownUrls.push(content);
			return true;
		}
		case "script":
			if (el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json") scan.metadata.push(el);
			return true;
		default: return false;
	}
}
/**
* Finds the candidate elements in a single walk over the document's elements
* (attributes are read only on elements that have some).
*/
function scanPage(doc) {
	const scan = {
		widgets: [],
		headings: [],
		paragraphs: [],
		metadata: [],
		baseHref: null,
		ownUrls: []
	};
	for (const el of elementsOf(doc.documentElement)) {
		if (scanHeadElement(el, scan)) continue;
		const tag = el.localName;
		if (tag === "p") scan.paragraphs.push(el);
		if (!el.hasAttributes()) {
			if (HEADINGS.has(tag)) scan.headings.push(el);
			continue;
		}
		const classes = el.getAttribute("class");
		if (isWidgetMarkup(el.id, classes)) scan.widgets.push(el);
		if (isHeadingMarkup(el, tag, classes)) scan.headings.push(el);
	}
	return scan;
}
// src/related/blocks.ts
var UNRELATED_CLASS_RE = classWordMatcher(UNRELATED_BLOCK_CLASS_WORDS);
var HEADING_ELEMENTS = /* @__PURE__ */ new Set(["h1", ...HEADING_TAGS]);
var HEADING_SELECTOR = [...HEADING_ELEMENTS].join(", ");
/** `Node.DOCUMENT_POSITION_FOLLOWING`, without the global. */
var FOLLOWING = 4;
/** Elements whose text is not shown. */
var HIDDEN_TEXT_TAGS = [
	"script",
	"style",
	"noscript",
	"template"
];
/** Length of the text of `el` without scripts and styles, whitespace collapsed. */
function visibleTextLength(el) {
	let length = collapse(el.textContent).length;
	for (const tag of HIDDEN_TEXT_TAGS) for (const hidden of el.getElementsByTagName(tag)) length -= collapse(hidden.textContent).length;
	return length;
}
function sum(values) {
	return values.reduce((total, value) => total + value, 0);
}
function textLength(elements) {
	return sum(elements.map(visibleTextLength));
}
/**
* Whether `root` reads as a list of posts, not prose: it holds article links
* that outnumber other links (share buttons, home…); little text sits outside
* the post items (a heading, a "view all"); each item is a teaser, not a
* paragraph; and links make a fair share of the items' text.
*/
function isPostList(root, allLinks, heading) {
	const links = outsideHeading(allLinks, heading);
	const groups = groupPosts(links, [root], heading);
	const postLinks = sum(groups.map((group) => group.links.length));
	if (!postLinks || links.filter((link) => link.info.kind === "other").length > postLinks) return false;
	const itemText = groups.map((group) => textLength(group.items));
	const linkText = groups.map((group) => textLength(group.links));
	if (visibleTextLength(root) - sum(itemText) > LIMITS$1.outsideTextBase + LIMITS$1.outsideTextPerPost * groups.length) return false;
	if (itemText.some((text, i) => text - (linkText[i] ?? 0) > LIMITS$1.maxItemLooseText)) return false;
	return sum(linkText) >= LIMITS$1.minLinkDensity * sum(itemText);
}
/** Whether an ancestor of `el` (not `el` itself, not body) is navigation. */
function inNavigation(el) {
	for (let node = el.parentElement; node && node.localName !== "body"; node = node.parentElement) if (node.matches(NAVIGATION_SELECTOR)) return true;
	return false;
}
/** Whether `el` sits where related posts never are: navigation, or an ad network's widget. */
function offLimits(el) {
	return inNavigation(el) || el.closest(AD_NETWORK_SELECTOR) !== null;
}
/** The links not inside `heading` (a heading's own link leads to an archive, not a post). */
function outsideHeading(links, heading) {
	return heading ? links.filter((link) => !heading.contains(link.el)) : [...links];
}
/** Whether `heading` comes before the first post link outside it (a heading heads what follows it). */
function precedesPosts(heading, links) {
	const first = outsideHeading(links, heading).find((link) => link.info.kind === "post")?.el;
	return !!first && (heading.compareDocumentPosition(first) & FOLLOWING) !== 0;
}
/** The heading a widget gives itself: inside it before its first post link, or just before it. */
function ownHeading(widget, links) {
	const inside = [...elementsOf(widget)].slice(1).find(isHeading);
	if (inside && precedesPosts(inside, links)) return inside;
	const before = widget.previousElementSibling;
	return before && HEADING_ELEMENTS.has(before.localName) ? before : null;
}
/** A widget matched by the selector table, if it really lists related posts. */
function widgetBlock(widget, ctx) {
	if (hasClassMatching(widget, UNRELATED_CLASS_RE) || offLimits(widget)) return null;
	const links = scanLinks(widget, ctx);
	const heading = ownHeading(widget, links);
	if (heading && isUnrelatedHeading(heading.textContent ?? "")) return null;
	const inside = heading && widget.contains(heading) ? heading : null;
	return isPostList(widget, links, inside) ? {
		parts: [widget],
		heading: inside
	} : null;
}
/** The rank of a heading element (h1 → 1 … h6 → 6); other elements rank below every h-tag. */
function headingRank(el) {
	return HEADING_ELEMENTS.has(el.localName) ? Number(el.localName.slice(1)) : 7;
}
/**
* Whether `root` holds the heading of another box: an h-tag ranked like `own`
* or higher, not a post's linked title, that names something else ("Most
* viewed", "Tags"). A related heading over an empty placeholder must not take
* in the box that follows it.
*/
function holdsOtherBox(root, own) {
	const rank = headingRank(own);
	for (const el of root.querySelectorAll(HEADING_SELECTOR)) {
		if (el === own || headingRank(el) > rank || el.closest("a") || el.querySelector("a")) continue;
		if (isUnrelatedHeading(el.textContent ?? "")) return true;
	}
	return false;
}
/** Whether `el`'s text, short enough to be a heading, announces related posts. */
function announcesRelated(el) {
	const text = el.textContent ?? "";
	if (text.length > LIMITS$1.maxHeadingChars * 4 || collapse(text).length > LIMITS$1.maxHeadingChars) return false;
	return isRelatedHeading(text, HEADING_TAGS.includes(el.localName));
}
/**
* The heading (or the wrapper holding only it) plus the following siblings
* that list posts.
*/
function siblingBlock(start, heading, ctx) {
	if (visibleTextLength(start) > LIMITS$1.maxHeadingChars) return null;
	const parts = [start];
	for (let sib = start.nextElementSibling; sib && parts.length <= LIMITS$1.maxSiblingParts && !HEADING_ELEMENTS.has(sib.localName); sib = sib.nextElementSibling) {
		if (!isPostList(sib, scanLinks(sib, ctx), null) || holdsOtherBox(sib, heading)) break;
		parts.push(sib);
	}
	return parts.length > 1 ? {
		parts,
		heading
	} : null;
}
/**
* The block a related heading heads: its nearest ancestor holding article
* links, if the heading comes before them and the ancestor is a post list;
* otherwise the heading (or its wrapper) with the post lists that follow it.
*/
function headingBlock(heading, ctx) {
	if (!announcesRelated(heading) || heading.closest("a") || offLimits(heading)) return null;
	let current = heading;
	for (let level = 0; level < LIMITS$1.maxHeadingClimb; level++) {
		const parent = current.parentElement;
		if (!parent || parent.localName === "body" || parent.localName === "html") break;
		const links = scanLinks(parent, ctx);
		if (outsideHeading(links, heading).some((link) => link.info.kind === "post")) {
			if (precedesPosts(heading, links) && isPostList(parent, links, heading) && parent.getElementsByTagName("h1").length === 0 && !holdsOtherBox(parent, heading)) return hasClassMatching(parent, UNRELATED_CLASS_RE) ? null : {
				parts: [parent],
				heading
			};
			break;
		}
		current = parent;
	}
	return siblingBlock(current, heading, ctx);
}
/** Whether every part of `inner` lies inside a part of `outer`. */
function covers(outer, inner) {
	return inner.parts.every((part) => outer.parts.some((container) => container.contains(part)));
}
function isInside(el, blocks) {
	return blocks.some((block) => block.parts.some((part) => part.contains(el)));
}
/** Adds `block` unless already covered; a wider block replaces the ones it covers. */
function addBlock(blocks, block) {
	if (blocks.some((known) => covers(known, block))) return;
	const kept = blocks.filter((known) => !covers(block, known));
	blocks.splice(0, blocks.length, ...kept, block);
}
/**
* A paragraph as a block: a label heading the list after it ("<p><b>Related
* posts:</b></p><ul>…"), or an in-article link paragraph ("Read more: <a>…</a>").
*/
function paragraphBlock(p, ctx) {
	const inline = headingBlock(p, ctx) ?? inlineBlock(p, ctx);
	return inline && !offLimits(p) ? inline : null;
}
/** Adds the blocks that `find` makes of `candidates`, skipping those already inside a block. */
function addFound(blocks, candidates, find) {
	for (const el of candidates) {
		if (isInside(el, blocks)) continue;
		const block = find(el);
		if (block) addBlock(blocks, block);
	}
}
/**
* The related-posts blocks of a page, in document order: widgets of the
* selector table first, then blocks found by their heading, then paragraphs.
*/
function findBlocks(scan, ctx) {
	const blocks = [];
	addFound(blocks, scan.widgets, (widget) => widgetBlock(widget, ctx));
	addFound(blocks, scan.headings, (heading) => headingBlock(heading, ctx));
	addFound(blocks, scan.paragraphs, (p) => paragraphBlock(p, ctx));
	return blocks.sort((a, b) => a.parts[0].compareDocumentPosition(b.parts[0]) & FOLLOWING ? -1 : 1);
}
// src/related/marker.ts
/** Whether `el` matches `marker` (see `ElementMarker`). */
function matchesMarker(el, marker) {
	if (marker.tags?.includes(el.localName)) return true;
	if (marker.itemprops && hasWord(el.getAttribute("itemprop"), marker.itemprops)) return true;
	if (marker.rels && hasWord(el.getAttribute("rel"), marker.rels)) return true;
	const fragments = marker.classFragments;
	const classes = fragments && el.getAttribute("class")?.toLowerCase();
	return !!fragments && !!classes && fragments.some((fragment) => classes.includes(fragment));
}
// src/related/extract.ts
var SPONSORED_LABEL_TAG_SET = new Set(SPONSORED_LABEL_TAGS);
/** Block-level elements: inside a link, each holds one piece of a card (kicker, headline, excerpt). */
var BLOCK_TAGS$1 = /* @__PURE__ */ new Set([
	"div",
	"p",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"header",
	"footer",
	"section",
	"figure",
	"figcaption",
	"li",
	"ul",
	"ol",
	"blockquote"
]);
/** Walks the post's items once, keeping every element below them. */
function withInner(group) {
	const inner = group.items.flatMap((item) => [...elementsOf(item)].slice(1).map((el) => ({
		el,
		item
	})));
	return {
		...group,
		inner
	};
}
/** The elements of the post's items that match `marker`, in order. */
function marked(post, marker) {
	return post.inner.filter(({ el }) => matchesMarker(el, marker));
}
/** Whether `el` sits in item metadata (author, date, category…) below `item`. */
function inMeta(el, item) {
	for (let node = el; node && node !== item; node = node.parentElement) if (hasClassMatching(node, META_CLASS_RE)) return true;
	return false;
}
/** Whether `el` holds one of the post's own links. */
function holdsPostLink(el, post) {
	return post.links.some((link) => el.contains(link));
}
/** Whether `el` holds a link that is not one of the post's. */
function holdsOtherLink(el, post) {
	return post.inner.some(({ el: other }) => other.localName === "a" && el.contains(other) && !post.links.includes(other));
}
/** Text that is usable: non-empty and not longer than `max`. */
function usable(text, max) {
	const clean = collapse(text);
	return clean && clean.length <= max ? clean : void 0;
}
/** The text of a title element without the kickers it holds ("<h2><span class="kicker">Archiv</span> Title</h2>"). */
function titleText(el) {
	let text = el.textContent ?? "";
	for (const inner of elementsOf(el)) if (inner !== el && matchesMarker(inner, KICKER_MARKER)) text = text.replace(inner.textContent ?? "", " ");
	return text;
}
/**
* The title from a title element of the item: the innermost ones, not
* kickers, metadata, block-like labels ("More coverage") or another link's;
* one holding or inside the post's link wins, else the longest (a kicker like
* "Archive" above the real headline loses).
*/
function titleFromElement(post) {
	const candidates = marked(post, TITLE_MARKER).filter(({ el }) => !matchesMarker(el, KICKER_MARKER));
	const titles = [];
	for (const { el, item } of candidates) {
		if (inMeta(el, item) || candidates.some((other) => other.el !== el && el.contains(other.el))) continue;
		const link = el.closest("a");
		if (link && item.contains(link) && !post.links.includes(link) || holdsOtherLink(el, post)) continue;
		const text = usable(titleText(el), LIMITS$1.maxTitleChars);
		if (text && !isReadMoreText(text) && !isRelatedHeading(text, true)) titles.push({
			text,
			linked: !!link || holdsPostLink(el, post)
		});
	}
	return titles.find((title) => title.linked)?.text ?? titles.sort((a, b) => b.text.length - a.text.length)[0]?.text;
}
/** The title from an image-only link: the image's alt or title, or the link's title attribute. */
function titleFromAttributes(post) {
	for (const link of post.links) {
		const img = link.getElementsByTagName("img")[0];
		const candidates = [
			img?.getAttribute("alt"),
			img?.getAttribute("title"),
			link.getAttribute("title")
		];
		for (const candidate of candidates) {
			const text = usable(candidate?.split(/\n/)[0], LIMITS$1.maxTitleChars);
			if (text) return text;
		}
	}
}
/** Whether `el`, or an element between it and `root`, is a kicker. */
function inKicker(el, root) {
	for (let node = el; node && node !== root; node = node.parentElement) if (matchesMarker(node, KICKER_MARKER)) return true;
	return false;
}
/**
* The text a link names its post by. A link that wraps a whole card (kicker,
* headline, excerpt in blocks of their own) names it by its first text block
* that is not a kicker and reads as a title; other links by their whole text.
*/
function linkTitle(link) {
	const blocks = [...elementsOf(link)].slice(1).filter((el) => BLOCK_TAGS$1.has(el.localName));
	const leaves = blocks.filter((el) => !blocks.some((other) => other !== el && el.contains(other)));
	return (leaves.length ? leaves.filter((el) => !inKicker(el, link)).map((el) => usable(el.textContent, LIMITS$1.maxTitleChars)) : [usable(link.textContent, LIMITS$1.maxTitleChars)]).find((text) => text && !isReadMoreText(text) && (leaves.length === 0 || looksLikeTitle(text)));
}
/** The post's title, if it reads as one (see `looksLikeTitle`). */
function titleOf(post) {
	const fromLink = post.links.map(linkTitle).find((text) => text !== void 0);
	const title = titleFromElement(post) ?? fromLink ?? titleFromAttributes(post);
	return title && looksLikeTitle(title) ? title : void 0;
}
function authorOf(post) {
	for (const { el } of marked(post, AUTHOR_MARKER)) {
		if (holdsPostLink(el, post)) continue;
		const author = usable(cleanAuthor(([...elementsOf(el)].slice(1).find((inner) => matchesMarker(inner, AUTHOR_NAME_MARKER)) ?? el).textContent ?? ""), LIMITS$1.maxAuthorChars);
		if (author) return author;
	}
}
function dateOf(post) {
	for (const { marker, attr } of DATE_SOURCES) for (const { el } of marked(post, marker)) {
		if (attr && !el.hasAttribute(attr)) continue;
		if (holdsPostLink(el, post) && !post.links.includes(el)) continue;
		const date = usable(attr ? el.getAttribute(attr) : el.textContent, LIMITS$1.maxDateChars);
		if (date) return date;
	}
}
/** The URL an image shows: lazy-loading attributes first, then src, then the first srcset candidate. */
function imageUrl(img) {
	const direct = IMAGE_URL_ATTRS.map((attr) => img.getAttribute(attr)?.trim()).find((value) => value && !value.startsWith("data:"));
	if (direct) return direct;
	return IMAGE_SRCSET_ATTRS.map((attr) => img.getAttribute(attr)?.trim().split(/\s+/)[0]?.replace(/,$/, "")).find((value) => value && !value.startsWith("data:"));
}
/** Whether an image is a tracking pixel, by its width or height attribute. */
function isPixel(img) {
	return ["width", "height"].some((attr) => {
		const size = Number.parseInt(img.getAttribute(attr) ?? "", 10);
		return size >= 0 && size < LIMITS$1.maxPixelSide;
	});
}
function imageOf$1(post, ctx) {
	for (const { el, item } of post.inner) {
		if (el.localName !== "img" || matchesMarker(el, NON_THUMBNAIL_IMAGE_MARKER) || isPixel(el)) continue;
		if (inMeta(el, item)) continue;
		const url = resolveUrl(imageUrl(el), ctx.base);
		if (url && (url.protocol === "http:" || url.protocol === "https:")) return url.href;
	}
}
function excerptOf(post, title) {
	for (const { el } of marked(post, EXCERPT_MARKER)) {
		if (holdsPostLink(el, post)) continue;
		const excerpt = usable(el.textContent, LIMITS$1.maxExcerptChars);
		if (excerpt && excerpt !== title) return excerpt;
	}
}
/** Whether `el` marks sponsored content: by class, rel or attribute, or as a short "Sponsored" label. */
function marksSponsored(el) {
	const classes = el.getAttribute("class") ?? "";
	if (SPONSORED_CLASS_FRAGMENTS.some((fragment) => classes.includes(fragment))) return true;
	if (hasWord(el.getAttribute("rel"), SPONSORED_RELS)) return true;
	if (SPONSORED_ATTRIBUTES.some((attr) => el.hasAttribute(attr))) return true;
	if (!SPONSORED_LABEL_TAG_SET.has(el.localName)) return false;
	const text = el.textContent ?? "";
	return text.length <= LIMITS$1.maxLabelChars && isSponsoredLabel(text);
}
/** Whether the post is a sponsored slot: an item or an element in it marks it so. */
function isSponsored(post) {
	return post.items.some(marksSponsored) || post.inner.some(({ el }) => marksSponsored(el));
}
/** Builds the post of a group; null when it has no usable title. */
function toPost(post, ctx) {
	const title = titleOf(post);
	if (!title) return null;
	const result = {
		url: post.url,
		title
	};
	const author = authorOf(post);
	const date = dateOf(post);
	const image = imageOf$1(post, ctx);
	const excerpt = excerptOf(post, title);
	if (author) result.author = author;
	if (date) result.date = date;
	if (image) result.image = image;
	if (excerpt) result.excerpt = excerpt;
	return result;
}
/** The posts a block lists, in page order, without sponsored slots and untitled links. */
function extractPosts(block, ctx) {
	return groupPosts(outsideHeading(block.parts.flatMap((part) => scanLinks(part, ctx)), block.heading), block.parts, block.heading).map(withInner).filter((post) => !isSponsored(post)).map((post) => toPost(post, ctx)).filter((post) => post !== null);
}
// src/related/metadata.ts
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asText(value) {
	return typeof value === "string" ? value : void 0;
}
/** The first entry of a value that may be one value or an array of them. */
function first(value) {
	return Array.isArray(value) ? value[0] : value;
}
/** Whether a JSON-LD object's `@type` (a string or an array) is one of `types`. */
function hasType(value, types) {
	const declared = value["@type"];
	return (Array.isArray(declared) ? declared : [declared]).some((name) => typeof name === "string" && types.includes(name.replace(/^schema:/, "")));
}
/** A name: a string, or an object's `name` (a Person, an Organization). */
function nameOf(value) {
	const one = first(value);
	return asText(one) ?? (isRecord(one) ? asText(one.name) : void 0);
}
/** An image URL: a string, or an ImageObject's `url` / `contentUrl`. */
function imageOf(value) {
	const one = first(value);
	return asText(one) ?? (isRecord(one) ? asText(one.url) ?? asText(one.contentUrl) : void 0);
}
/** Adds the link of a JSON-LD entity (a URL string, or an object with `url` / `@id`) and whatever it says about the post. */
function readEntity(value, out) {
	if (typeof value === "string") {
		out.push({ href: value });
		return;
	}
	if (!isRecord(value)) return;
	const href = asText(value.url) ?? asText(value["@id"]);
	if (!href) return;
	const fields = {
		title: asText(value.name) ?? asText(value.headline),
		author: nameOf(value.author),
		date: asText(value.datePublished),
		image: imageOf(value.image) ?? imageOf(value.thumbnailUrl),
		excerpt: asText(value.description)
	};
	const link = { href };
	for (const [key, field] of Object.entries(fields)) if (field) link[key] = field;
	out.push(link);
}
/** Reads a `relatedLink` value: a URL, an object with url/@id and name, or an array of them. */
function readRelatedLink(value, out) {
	if (Array.isArray(value)) for (const entry of value) readRelatedLink(entry, out);
	else readEntity(value, out);
}
/** Whether a JSON-LD object is an item list named like a related block ("Related articles", "More from Mining"). */
function isRelatedList(value) {
	if (!hasType(value, ITEM_LIST_TYPES)) return false;
	const name = asText(value.name) ?? asText(value.headline) ?? "";
	return isRelatedHeading(name, true) && !isUnrelatedHeading(name);
}
/** One entry of an item list as one entity: a ListItem's fields with those of its `item` (an object or a URL). */
function listEntry(entry) {
	if (!isRecord(entry) || entry.item === void 0) return entry;
	return isRecord(entry.item) ? {
		...entry,
		...entry.item
	} : {
		...entry,
		url: entry.item
	};
}
/** Reads the entries of a related item list (ListItems, articles or URLs), leaving out entries that are not articles. */
function readItemList(list, out) {
	const entries = list.itemListElement;
	for (const raw of Array.isArray(entries) ? entries : [entries]) {
		const entry = listEntry(raw);
		if (isRecord(entry) && entry["@type"] !== void 0 && !hasType(entry, ARTICLE_TYPES)) continue;
		readEntity(entry, out);
	}
}
/** Collects every `relatedLink` and every related item list in a JSON-LD value (in `@graph`, nested entities…). */
function collectRelatedLinks(value, out, depth) {
	if (depth > LIMITS$1.maxJsonDepth) return;
	if (Array.isArray(value)) for (const entry of value) collectRelatedLinks(entry, out, depth + 1);
	else if (isRecord(value)) {
		if (isRelatedList(value)) {
			readItemList(value, out);
			return;
		}
		for (const [key, entry] of Object.entries(value)) if (key === "relatedLink") readRelatedLink(entry, out);
		else collectRelatedLinks(entry, out, depth + 1);
	}
}
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
/** The related links declared by JSON-LD `relatedLink` and `<link rel="related">`. */
function declaredLinks(elements) {
	const out = [];
	for (const el of elements) if (el.localName === "link") {
		const href = el.getAttribute("href");
		const title = el.getAttribute("title");
		if (href) out.push(title ? {
			href,
			title
		} : { href });
	} else collectRelatedLinks(parseJson(el.textContent ?? ""), out, 0);
	return out;
}
/**
* A title made from the URL's last path segment, without numeric ids:
* "/2024/05/serbia-lithium-reserves-48213/" → "Serbia lithium reserves".
*/
function titleFromSlug(url) {
	const segment = url.pathname.split("/").filter(Boolean).pop() ?? "";
	let decoded = segment;
	try {
		decoded = decodeURIComponent(segment);
	} catch {}
	const words = collapse(decoded.replace(/\.(?:html?|php|aspx?)$/i, "").replace(/[-_+]+/g, " ").replace(/^\d{5,} | \d{5,}$/g, ""));
	if (!/\p{L}/u.test(words)) return void 0;
	return words.charAt(0).toUpperCase() + words.slice(1);
}
/** Looks titles up in the page's own links, reading them only when first needed. */
function anchorTitles(doc, ctx) {
	let titles;
	return (key) => {
		if (!titles) {
			titles = /* @__PURE__ */ new Map();
			for (const a of doc.querySelectorAll("a[href]")) {
				const url = resolveUrl(a.getAttribute("href"), ctx.base);
				const text = collapse(a.textContent);
				if (!url || !text || text.length > LIMITS$1.maxTitleChars) continue;
				const linkKey = urlKey(cleanUrl(url));
				if (!titles.has(linkKey)) titles.set(linkKey, text);
			}
		}
		return titles.get(key);
	};
}
/** The optional fields of a declared link, cleaned; the image resolved to an absolute http(s) URL. */
function declaredFields(link, ctx) {
	const fields = {};
	const author = collapse(link.author);
	const date = collapse(link.date);
	const excerpt = collapse(link.excerpt);
	const image = resolveUrl(link.image, ctx.base);
	if (author && author.length <= LIMITS$1.maxAuthorChars) fields.author = author;
	if (date && date.length <= LIMITS$1.maxDateChars) fields.date = date;
	if (image && (image.protocol === "http:" || image.protocol === "https:")) fields.image = image.href;
	if (excerpt && excerpt.length <= LIMITS$1.maxExcerptChars) fields.excerpt = excerpt;
	return fields;
}
/**
* The posts declared in metadata (JSON-LD `relatedLink`, JSON-LD item lists
* named like a related block, `<link rel="related">`) that are not in `known`
* yet. Titles come from the metadata, else from a link to the same URL in the
* page, else from the URL's slug; author, date, image and excerpt from the
* metadata when it gives them.
*/
function metadataPosts(elements, doc, ctx, known) {
	const titleInPage = anchorTitles(doc, ctx);
	const seen = new Set(known);
	const posts = [];
	for (const link of declaredLinks(elements)) {
		const raw = resolveUrl(link.href, ctx.base);
		if (!raw) continue;
		const clean = cleanUrl(raw);
		const key = urlKey(clean);
		if (seen.has(key) || classifyUrl(raw, clean, ctx) !== "post") continue;
		const name = collapse(link.title) || titleInPage(key) || titleFromSlug(clean);
		if (!name || name.length > LIMITS$1.maxTitleChars) continue;
		seen.add(key);
		posts.push({
			url: clean.href,
			title: name,
			...declaredFields(link, ctx)
		});
	}
	return posts;
}
// src/related/index.ts
/** An absolute http(s) URL, or null. */
function httpUrl(href, base) {
	const url = resolveUrl(href, base);
	return url && (url.protocol === "http:" || url.protocol === "https:") ? url : null;
}
/** The page's base URL and its own addresses (page URL, canonical, og:url). */
function createContext(doc, pageUrl, scan) {
	const page = httpUrl(pageUrl) ?? httpUrl(doc.URL);
	const base = httpUrl(scan.baseHref, page?.href) ?? page;
	const own = [page, ...scan.ownUrls.map((href) => httpUrl(href, base?.href))];
	const selfKeys = new Set(own.filter((url) => url !== null).map((url) => urlKey(cleanUrl(url))));
	return {
		base: base?.href,
		selfKeys,
		cache: /* @__PURE__ */ new WeakMap()
	};
}
/** Posts merged by URL, in first-seen order, capped at `LIMITS.maxPosts`; later duplicates fill missing fields. */
var PostList = class {
	#posts = /* @__PURE__ */ new Map();
	get keys() {
		return new Set(this.#posts.keys());
	}
	add(post) {
		const key = urlKey(new URL(post.url));
		const known = this.#posts.get(key);
		if (known) this.#posts.set(key, {
			...post,
			...known
		});
		else if (this.#posts.size < LIMITS$1.maxPosts) this.#posts.set(key, post);
	}
	get list() {
		return [...this.#posts.values()];
	}
};
/**
* Finds the blocks `doc` lists as related posts, returns their posts (page
* order, merged by URL, tracking parameters removed, at most `LIMITS.maxPosts`)
* and removes the blocks from `doc`, reporting `'related-posts block'` with
* their count. Posts declared only in metadata (JSON-LD `relatedLink`,
* `<link rel="related">`) follow the visible ones.
*
* @param doc A clone of the page, before Readability (it is modified).
* @param pageUrl The page's URL, to resolve relative links against (unless `<base href>` says otherwise).
* @param report The stage's reporter.
*/
function collectRelated(doc, pageUrl, report) {
	const scan = scanPage(doc);
	const ctx = createContext(doc, pageUrl, scan);
	const posts = new PostList();
	const kept = [];
	for (const block of findBlocks(scan, ctx)) {
		const found = extractPosts(block, ctx);
		if (!found.length) continue;
		kept.push(block);
		found.forEach((post) => posts.add(post));
	}
	metadataPosts(scan.metadata, doc, ctx, posts.keys).forEach((post) => posts.add(post));
	for (const block of kept) block.parts.forEach((part) => part.remove());
	if (kept.length) report("related-posts block", kept.length);
	return posts.list;
}
// src/sanitize.ts
/**
* The one DOMPurify wrapper. Page content is hostile: every piece of HTML
* that reaches an extension page, and the article HTML the pipeline returns,
* passes through here. Nothing else in Pith writes HTML.
*/
/** What may stay in article HTML. Data, apart from the logic below. */
var ARTICLE_POLICY = {
	USE_PROFILES: { html: true },
	/** Interactive, embedded and styling elements have no place in clean text. */
	FORBID_TAGS: [
		"style",
		"link",
		"meta",
		"base",
		"form",
		"input",
		"button",
		"textarea",
		"select",
		"option",
		"iframe",
		"frame",
		"frameset",
		"object",
		"embed",
		"video",
		"audio",
		"source",
		"track",
		"canvas",
		"dialog",
		"template",
		"slot",
		"noscript"
	],
	/**
	* No styling and no identifiers: page ids and classes would collide with the
	* extension page's own (and invite DOM clobbering).
	*/
	FORBID_ATTR: [
		"style",
		"class",
		"id",
		"name",
		"tabindex",
		"accesskey",
		"autofocus",
		"form",
		"srcdoc"
	],
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false
};
var instances = /* @__PURE__ */ new WeakMap();
/** One DOMPurify instance per window, with Pith's hooks installed once. */
function purifier(win) {
	let entry = instances.get(win);
	if (entry) return entry;
	const purify = createDOMPurify(win);
	const mode = { images: "load" };
	purify.addHook("afterSanitizeAttributes", (node) => {
		const el = node;
		if (el.nodeType !== 1) return;
		const tag = el.localName;
		if (tag === "a" && el.hasAttribute("href")) {
			el.setAttribute("target", "_blank");
			el.setAttribute("rel", "noopener noreferrer");
		}
		if (tag === "img") {
			el.removeAttribute("srcset");
			el.removeAttribute("sizes");
			el.setAttribute("loading", "lazy");
			el.setAttribute("referrerpolicy", "no-referrer");
			if (mode.images === "text") el.removeAttribute("src");
		}
	});
	entry = {
		purify,
		mode
	};
	instances.set(win, entry);
	return entry;
}
/**
* Sanitises untrusted HTML into the body of an inert document (nothing in it
* runs or loads), so the caller can both serialise it and walk it. A Node is
* copied, never changed (this saves a serialise-and-parse round trip).
*/
function sanitizeToBody(html, win) {
	const { purify, mode } = purifier(win);
	mode.images = "load";
	return purify.sanitize(html, {
		...ARTICLE_POLICY,
		RETURN_DOM: true
	});
}
// src/text/rules.ts
/**
* Data tables for the plain-text stage: which elements make blocks, which are
* skipped, list markers, whitespace classes and reading speeds. Traversal code
* lives in `html-to-text.ts` and `words.ts`; the heuristics live here.
*/
/** Elements that start and end a block (a paragraph of the plain text). */
var BLOCK_TAGS = /* @__PURE__ */ new Set([
	"address",
	"article",
	"aside",
	"blockquote",
	"body",
	"caption",
	"center",
	"dd",
	"details",
	"dialog",
	"div",
	"dl",
	"dt",
	"fieldset",
	"figcaption",
	"figure",
	"footer",
	"form",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"header",
	"hgroup",
	"hr",
	"legend",
	"li",
	"main",
	"nav",
	"ol",
	"p",
	"pre",
	"section",
	"summary",
	"table",
	"tbody",
	"td",
	"tfoot",
	"th",
	"thead",
	"tr",
	"ul"
]);
/**
* Elements whose content is never text the reader reads: media, embedded
* code, form controls, and ruby annotations (furigana would run into the words).
*/
var SKIP_TAGS = /* @__PURE__ */ new Set([
	"area",
	"audio",
	"button",
	"canvas",
	"embed",
	"head",
	"iframe",
	"img",
	"input",
	"map",
	"noscript",
	"object",
	"picture",
	"rp",
	"rt",
	"script",
	"select",
	"source",
	"style",
	"svg",
	"template",
	"textarea",
	"title",
	"track",
	"video"
]);
/** Lists whose items are numbered. */
var ORDERED_LIST_TAGS = /* @__PURE__ */ new Set(["ol"]);
/** Lists of any kind (`menu` is an unordered list in HTML). */
var LIST_TAGS = /* @__PURE__ */ new Set([
	"ul",
	"ol",
	"menu"
]);
/** Table cells. */
var CELL_TAGS = /* @__PURE__ */ new Set(["td", "th"]);
/** Marker of an unordered list item. */
var BULLET = "• ";
/** Marker of an ordered list item with number `n`. */
var numberMarker = (n) => `${n}. `;
/** HTML collapsible whitespace plus NBSP, which plain text keeps as an ordinary space. */
var COLLAPSIBLE_SPACE = /[ \t\n\r\f\u00a0]+/g;
/** Invisible characters dropped from the text: soft hyphen, zero-width space, BOM. */
var INVISIBLE = /[\u00ad\u200b\ufeff]/g;
/** Trailing spaces or tabs at the end of a line (in preformatted text). */
var TRAILING_LINE_SPACE = /[ \t]+$/gm;
/** Two or more blank lines in a row. */
var EXTRA_BLANK_LINES = /\n{3,}/g;
/**
* Reading speed per primary language subtag, in the units `countWords` counts:
* words, or for Chinese and Japanese, characters (each Han/kana character
* counts as one).
*/
var READING_SPEED = {
	zh: 500,
	ja: 500
};
/** Characters counted one by one, as CJK word counts do (Han ideographs, hiragana, katakana). */
var CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// src/text/buffer.ts
var SPACE = 32;
var LEADING_NEWLINES = /^\n+/;
/**
* Accumulates plain text while the DOM is walked. Whitespace and breaks are
* kept pending and only written before the next visible text, so the output
* never has doubled spaces, spaces at line ends, or breaks at its edges.
*/
var TextBuffer = class {
	#out = "";
	#break = 0;
	#space = false;
	#preFresh = false;
	#maxBreak;
	/** @param maxBreak the strongest break this buffer writes (1 inside list items and table cells). */
	constructor(maxBreak) {
		this.#maxBreak = maxBreak;
	}
	/** Adds collapsible (normal-flow) text. */
	text(data) {
		const s = data.replace(INVISIBLE, "").replace(COLLAPSIBLE_SPACE, " ");
		if (s === "") return;
		const leading = s.charCodeAt(0) === SPACE;
		const trailing = s.charCodeAt(s.length - 1) === SPACE;
		const core = s.slice(leading ? 1 : 0, trailing ? -1 : void 0);
		if (leading) this.#space = true;
		if (core === "") return;
		this.#flush();
		this.#out += core;
		this.#space = trailing;
	}
	/** Requests a break before the next text; the strongest request wins. */
	break(strength) {
		this.#break = Math.min(this.#maxBreak, Math.max(this.#break, strength));
		this.#space = false;
	}
	/** A `<br>`: a new line, or a blank line when it follows another `<br>`. */
	lineBreak() {
		this.break(this.#break === 1 ? 2 : 1);
	}
	/** Adds text that is already laid out (a rendered list or table) as its own block. */
	block(laidOut) {
		if (laidOut === "") return;
		this.break(2);
		this.#flush();
		this.#out += laidOut;
		this.break(2);
	}
	/** Starts preformatted text: leading newlines of the first chunk are dropped. */
	startPre() {
		this.#preFresh = true;
	}
	/** Adds preformatted text verbatim (NBSP as a space, invisible characters dropped). */
	raw(data) {
		let s = data.replace(INVISIBLE, "").replaceAll("\xA0", " ");
		if (this.#preFresh) s = s.replace(LEADING_NEWLINES, "");
		if (s === "") return;
		this.#preFresh = false;
		this.#flush();
		this.#out += s;
	}
	/** Ends preformatted text: its trailing whitespace is dropped. */
	endPre() {
		this.#preFresh = false;
		this.#out = this.#out.trimEnd();
	}
	/** The text so far, without pending breaks or spaces. */
	get value() {
		return this.#out;
	}
	#flush() {
		if (this.#out !== "") {
			if (this.#break > 0) this.#out += "\n".repeat(this.#break);
			else if (this.#space) this.#out += " ";
		}
		this.#break = 0;
		this.#space = false;
	}
};
// src/text/table.ts
/**
* Whether a table is used for layout rather than data: it is marked
* presentational, holds a nested table or headings, or no row has more than
* one cell. Layout tables are read as ordinary blocks; data tables as rows
* of cells.
*/
function isLayoutTable(table) {
	if (table.matches("[role=\"presentation\"], [role=\"none\"]") || table.querySelector("table, h1, h2, h3, h4, h5, h6")) return true;
	for (const row of table.querySelectorAll("tr")) if (cellsOf(row).length > 1) return false;
	return true;
}
/** The cells (`td`, `th`) of a table row, in order. */
function cellsOf(row) {
	const cells = [];
	for (const child of row.children) if (CELL_TAGS.has(child.localName)) cells.push(child);
	return cells;
}
// src/text/html-to-text.ts
var ELEMENT_NODE$1 = 1;
var TEXT_NODE$1 = 3;
var CDATA_SECTION_NODE = 4;
var DOCUMENT_NODE = 9;
var LINE_BREAKS = /\s*\n\s*/g;
var SPACE_RUNS = / {2,}/g;
/**
* Plain text of clean article HTML that keeps its structure: blocks
* (paragraphs, headings, figures, whole lists and tables) separated by one
* blank line, list items as "• item" / "1. item" lines with nested lists
* indented, table rows as "a | b" lines, `<br>` as a new line, `<pre>`
* verbatim, other whitespace collapsed. Image alt text is left out.
* The DOM is walked once. The result is NFC-normalised and trimmed.
*
* @param root the sanitised article: an element, a fragment or a document (its body is read).
*/
function htmlToText(root) {
	const buffer = new TextBuffer(2);
	if (root.nodeType === DOCUMENT_NODE) {
		const doc = root;
		const body = doc.body ?? doc.documentElement;
		if (body) renderNode(body, buffer, false);
	} else if (root.nodeType === ELEMENT_NODE$1) renderNode(root, buffer, false);
	else renderChildren(root, buffer, false);
	return buffer.value.replace(TRAILING_LINE_SPACE, "").replace(EXTRA_BLANK_LINES, "\n\n").trimEnd().normalize("NFC");
}
function renderChildren(parent, buffer, pre) {
	for (let child = parent.firstChild; child; child = child.nextSibling) renderNode(child, buffer, pre);
}
function renderNode(node, buffer, pre) {
	const type = node.nodeType;
	if (type === TEXT_NODE$1 || type === CDATA_SECTION_NODE) {
		const data = node.data;
		if (pre) buffer.raw(data);
		else buffer.text(data);
		return;
	}
	if (type === ELEMENT_NODE$1) renderElement(node, buffer, pre);
}
function renderElement(el, buffer, pre) {
	const tag = el.localName;
	if (SKIP_TAGS.has(tag) || el.hasAttribute("hidden")) return;
	if (tag === "br") {
		if (pre) buffer.raw("\n");
		else buffer.lineBreak();
	} else if (LIST_TAGS.has(tag)) buffer.block(renderList(el));
	else if (tag === "table" && !isLayoutTable(el)) buffer.block(renderTable(el));
	else if (tag === "pre") {
		buffer.break(pre ? 1 : 2);
		buffer.startPre();
		renderChildren(el, buffer, true);
		buffer.endPre();
		buffer.break(pre ? 1 : 2);
	} else if (BLOCK_TAGS.has(tag)) {
		buffer.break(pre ? 1 : 2);
		renderChildren(el, buffer, pre);
		buffer.break(pre ? 1 : 2);
	} else renderChildren(el, buffer, pre);
}
/** The content of an element (list item, table cell) as text whose blocks are single lines. */
function renderLines(node) {
	const buffer = new TextBuffer(1);
	renderNode(node, buffer, false);
	return buffer.value;
}
/** A list as lines: one per item, continuation lines and nested lists indented. */
function renderList(list) {
	const ordered = ORDERED_LIST_TAGS.has(list.localName);
	let number = startNumber(list);
	const lines = [];
	for (let child = list.firstChild; child; child = child.nextSibling) {
		const isItem = child.nodeType === ELEMENT_NODE$1 && child.localName === "li";
		const text = renderLines(child);
		if (isItem) {
			const marker = ordered ? numberMarker(number++) : BULLET;
			if (text !== "") pushHanging(lines, marker, text);
		} else if (text !== "") {
			const nested = child.nodeType === ELEMENT_NODE$1 && LIST_TAGS.has(child.localName);
			for (const line of text.split("\n")) lines.push(nested && line !== "" ? "  " + line : line);
		}
	}
	return lines.join("\n");
}
function startNumber(list) {
	const start = Number.parseInt(list.getAttribute("start") ?? "", 10);
	return Number.isFinite(start) ? start : 1;
}
/** Adds an item's text: the marker before its first line, the other lines indented. */
function pushHanging(lines, marker, text) {
	const [first = "", ...rest] = text.split("\n");
	lines.push(marker + first);
	for (const line of rest) lines.push(line === "" ? line : "  " + line);
}
/** A data table as lines: its caption, then one line per row with the cells separated. */
function renderTable(table) {
	const lines = [];
	const caption = table.querySelector("caption");
	if (caption) {
		const text = flatten(renderLines(caption));
		if (text !== "") lines.push(text);
	}
	for (const row of table.querySelectorAll("tr")) {
		const cells = cellsOf(row).map((cell) => flatten(renderLines(cell)));
		if (cells.some((cell) => cell !== "")) lines.push(cells.join(" | ").replace(SPACE_RUNS, " ").trim());
	}
	return lines.join("\n");
}
/** Text on one line: line breaks become spaces. */
function flatten(text) {
	return text.replace(LINE_BREAKS, " ");
}
// src/text/words.ts
var segmenters = /* @__PURE__ */ new Map();
/** A word segmenter for a language, created once; the default locale when the tag is not valid. */
function wordSegmenter(lang) {
	const key = lang ?? "";
	let segmenter = segmenters.get(key);
	if (!segmenter) {
		try {
			segmenter = new Intl.Segmenter(key || void 0, { granularity: "word" });
		} catch {
			segmenter = new Intl.Segmenter(void 0, { granularity: "word" });
		}
		segmenters.set(key, segmenter);
	}
	return segmenter;
}
/** The primary language subtag, lower-cased ("zh" for "zh-Hant-TW"). */
function primaryLanguage(lang) {
	return (lang ?? "").split(/[-_]/)[0]?.toLowerCase() ?? "";
}
/**
* Counts the words of a text with `Intl.Segmenter` (word granularity, word-like
* segments only, so punctuation and spaces never count). Chinese and Japanese
* characters (Han, hiragana, katakana) count one each, as CJK word counts do;
* `readingMinutes` reads them at a characters-per-minute speed.
*
* @param lang the text's language (BCP 47), which guides segmentation.
*/
function countWords(text, lang) {
	let count = 0;
	for (const { segment, isWordLike } of wordSegmenter(lang).segment(text)) {
		if (!isWordLike) continue;
		const cjk = segment.match(CJK_CHARACTER)?.length ?? 0;
		count += cjk > 0 ? cjk : 1;
	}
	return count;
}
/**
* Estimated reading time in whole minutes, at least 1: about 230 words a
* minute, or 500 characters a minute for Chinese and Japanese (see `READING_SPEED`).
*
* @param words the count from `countWords`.
*/
function readingMinutes(words, lang) {
	const speed = READING_SPEED[primaryLanguage(lang)] ?? 230;
	return Math.max(1, Math.round(words / speed));
}
// src/unprotect/rules.ts
/**
* Data tables for the copy-protection neutraliser (src/unprotect/index.ts).
* Every technique Pith knows is a row here; the traversal code holds no
* selectors, words or patterns of its own.
*/
/**
* What the neutraliser reports, as shown to the reader ("Copy protection
* removed: …"), in the order the report names them: kinds of protection
* first, then what was removed one by one.
*/
var UNPROTECT_LABELS = {
	selection: "selection block",
	rightClick: "right-click block",
	copy: "copy block",
	keys: "key block",
	clipboard: "clipboard rewrite",
	selectionWipe: "selection wipe",
	devtools: "devtools trap",
	blanking: "page blanking",
	truncation: "read-more truncation",
	drawn: "text drawn by CSS",
	paywall: "paywall overlay",
	layer: "overlay layer",
	decoy: "decoy span",
	invisible: "invisible character",
	message: "alert message"
};
/**
* How the report names each label. Kinds of protection ("selection block")
* are named without a count: how many places a page set one up in means
* nothing to the reader. Things removed one by one are counted, with their
* plural ("3 decoy spans", "1 alert message").
*/
var UNPROTECT_PLURALS = {
	"alert message": "alert messages",
	"paywall overlay": "paywall overlays",
	"overlay layer": "overlay layers",
	"decoy span": "decoy spans",
	"invisible character": "invisible characters"
};
var L = UNPROTECT_LABELS;
/**
* Ids of the alert and tooltip elements protection plugins keep in the page
* to show when the reader tries to select, copy or right-click.
*/
var PROTECTION_MESSAGE_IDS = [
	"wpcp-error-message",
	"ays_tooltip",
	"disabled_click"
];
/** Class names of such alert and tooltip elements. */
var PROTECTION_MESSAGE_CLASSES = ["msgmsg-box-wpcp", "ays_tooltip_class"];
/**
* Messages protection scripts show. An element is a message box when its
* whole text is one of these, optionally after a short prefix
* ({@link MESSAGE_PREFIXES}) and followed by punctuation.
* Spaces and hyphens in a phrase match any run of spaces or hyphens.
*/
var PROTECTION_MESSAGE_TEXTS = [
	"Content is protected",
	"Content is copyright protected",
	"This content is protected",
	"You cannot copy content of this page",
	"You cannot copy content from this page",
	"You are not allowed to copy content or view source",
	"You are not allowed to copy content",
	"Copying is not allowed",
	"Copying is not allowed on this website",
	"Copying content is not allowed",
	"Right click disabled",
	"Right click is disabled",
	"Right click is disabled on this page",
	"Right clicking is discouraged",
	"Context menu disabled",
	"Text selection is disabled",
	"Selection is disabled",
	"You are not allowed to save images",
	"Copying text is disabled",
	"Content copying is disabled",
	"This page is copy protected",
	"Sorry, this content is protected",
	"Developer tools are not allowed",
	"Developer tools are not allowed on this site",
	"Developer tools detected",
	"DevTools detected",
	"Please close the developer tools",
	"Please close the developer tools and reload the page",
	"Inspect element is disabled",
	"View source is disabled"
];
/** Prefixes protection messages start with ("error: Content is protected !!"). */
var MESSAGE_PREFIXES = [
	"error",
	"alert",
	"warning",
	"notice",
	"info"
];
/** Elements (lower-case tag names) never removed as a message box, whatever their text. */
var NEVER_MESSAGE_TAGS = /* @__PURE__ */ new Set([
	"html",
	"body",
	"main",
	"article",
	"head"
]);
/**
* Inline event-handler attributes that protection uses, with what they
* block. A handler counts as protection only when its code blocks the
* action ({@link BLOCKING_HANDLER_CODE}); every `on…` attribute is dropped
* from the clone either way, since it can never run there.
*/
var PROTECTION_HANDLERS = {
	onselectstart: L.selection,
	onmousedown: L.selection,
	onmouseup: L.selection,
	ondragstart: L.copy,
	oncontextmenu: L.rightClick,
	oncopy: L.copy,
	oncut: L.copy,
	onpaste: L.copy,
	onbeforecopy: L.copy,
	onbeforecut: L.copy,
	onkeydown: L.keys,
	onkeypress: L.keys,
	onkeyup: L.keys
};
/** Handler code that cancels the action it handles. */
var BLOCKING_HANDLER_CODE = /return\s*false|preventDefault|stopImmediatePropagation|nocontext|disable|protect|removeAllRanges|clearSelection/i;
/**
* Elements (lower-case tag names) whose blocks apply to the whole page: scripts and style sheets too. A block is
* reported once per place, so `body` handlers and page scripts doing the
* same thing count once.
*/
var PAGE_LEVEL_TAGS = /* @__PURE__ */ new Set([
	"html",
	"body",
	"script",
	"style"
]);
/** Attribute names that are inline event handlers. */
var EVENT_HANDLER_ATTRIBUTE = /^on[a-z]+$/i;
/** Attribute IE-era protection sets to block selection (`unselectable="on"`). */
var UNSELECTABLE_ATTRIBUTE = "unselectable";
/** Class names protection plugins put on `body` or content to block selection. */
var SELECTION_BLOCK_CLASSES = [
	"unselectable",
	"noselect",
	"no-select",
	"disable-select"
];
/** Inline-style declarations that block selection or the touch callout menu. */
var SELECTION_BLOCK_DECLARATION = /^\s*(?:(?:-(?:webkit|moz|ms|khtml)-)?user-select|-webkit-touch-callout)\s*:\s*none\b/i;
/** Quick test: may this style attribute hold a {@link SELECTION_BLOCK_DECLARATION}? */
var SELECTION_BLOCK_HINT = /user-select|touch-callout/i;
/** A call of addEventListener on window, document or body (or a bare one) for one of the event names in `events`. */
function listenerFor(events) {
	return `(?:(?:document|window|body|documentElement)\\s*\\)?\\s*\\.|^|[^.\\w$])addEventListener\\(\\s*["'](?:${events})["']`;
}
/**
* Inline scripts whose code sets up a protection. Each matching label is
* reported once per script; matching scripts are dropped from the clone.
*/
var PROTECTION_SCRIPT_SIGNATURES = [
	{
		label: L.rightClick,
		pattern: new RegExp(`\\.oncontextmenu\\s*=|${listenerFor("contextmenu")}|\\(\\s*(?:document|window|["']body["'])\\s*\\)\\s*\\.(?:on|bind)\\(\\s*["']contextmenu["']`)
	},
	{
		label: L.selection,
		pattern: new RegExp(`\\.on(?:selectstart|mousedown)\\s*=|${listenerFor("selectstart")}|setAttribute\\(\\s*["']unselectable["']|(?:MozUserSelect|webkitUserSelect|userSelect)\\s*=\\s*["']none["']`)
	},
	{
		label: L.copy,
		pattern: new RegExp(`\\.on(?:copy|cut|dragstart)\\s*=|${listenerFor("copy|cut|dragstart")}`)
	},
	{
		label: L.keys,
		pattern: new RegExp(`(?:document|window|body)\\.on(?:keydown|keypress)\\s*=|${listenerFor("keydown|keypress")}[\\s\\S]{0,800}?(?:ctrlKey|metaKey|keyCode\\s*==+\\s*123)`)
	},
	{
		label: L.clipboard,
		pattern: /clipboardData\.setData\(|(?:["']copy["']|\.oncopy\s*=)[\s\S]{0,800}?(?:selectAllChildren|addRange|clipboard\.writeText)/
	},
	{
		label: L.selectionWipe,
		pattern: /(?:setInterval|selectionchange|\.onmouseup\s*=|["']mouseup["'])[\s\S]{0,400}?(?:removeAllRanges\(|\.empty\(\)|\.collapse(?:ToStart|ToEnd)?\()/
	},
	{
		label: L.devtools,
		pattern: /outer(?:Width|Height)\s*-\s*(?:window\.)?inner(?:Width|Height)|devtools?[-_]?(?:open|detect|change)|disable-?devtool|\bdebugger\b[\s\S]{0,200}?(?:performance\.now|Date\.now|new Date)|(?:performance\.now|Date\.now|new Date)[\s\S]{0,200}?\bdebugger\b/i
	}
];
/**
* Style sheets that block selection for the whole page: `user-select:none`,
* or a transparent selection highlight. Reported once, as the page's.
*/
var SELECTION_BLOCK_SHEET = /user-select\s*:\s*none|::?(?:-moz-)?selection\s*\{[^}]*background(?:-color)?\s*:\s*(?:transparent|rgba\([^)]*,\s*0(?:\.0+)?\s*\))/i;
/** Quick test run before the signatures: can this script hold any of them? */
var PROTECTION_SCRIPT_HINT = /contextmenu|selectstart|unselectable|UserSelect|\.on(?:copy|cut|dragstart|keydown|keypress|mousedown)\b|["'](?:copy|cut|dragstart|keydown)["']|clipboardData|removeAllRanges|getSelection|outerWidth|outerHeight|debugger|devtools/i;
/** Script `type`s that hold JavaScript (an absent type does too). */
var JAVASCRIPT_TYPES = /* @__PURE__ */ new Set([
	"",
	"text/javascript",
	"application/javascript",
	"module",
	"text/ecmascript",
	"application/ecmascript"
]);
/** Elements (lower-case tag names) whose text is not page text: their text nodes are skipped. */
var NON_TEXT_PARENTS = /* @__PURE__ */ new Set([
	"script",
	"style",
	"noscript",
	"template",
	"textarea",
	"title"
]);
/**
* Invisible characters inserted into text to spoil copies: zero-width space,
* non-joiner and joiner, direction marks, embeddings and isolates, word
* joiner, invisible operators, the Mongolian vowel separator, Hangul and
* Khmer fillers, the zero-width no-break space (BOM) and the soft hyphen.
*/
var INVISIBLE_CHARS = /[\u00AD\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]/g;
/**
* Invisible characters that are real spelling or layout in some scripts
* (joiners in Persian, Indic scripts and emoji; direction marks in mixed
* right-to-left text): removed only between neighbours that need none.
*/
var CONTEXTUAL_INVISIBLES = /* @__PURE__ */ new Set([
	"‌",
	"‍",
	"‎",
	"‏",
	"‪",
	"‫",
	"‬",
	"‭",
	"‮",
	"⁦",
	"⁧",
	"⁨",
	"⁩"
]);
/**
* Neighbours next to which a contextual invisible has no meaning and is
* removed: Latin, Greek, Cyrillic, Armenian and Georgian letters, CJK,
* digits, punctuation and spaces. Next to anything else (Arabic, Hebrew,
* Indic scripts, emoji…) it is kept.
*/
var JOINER_FREE_NEIGHBOUR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{N}\p{P}\p{Z}\s]/u;
/** Inline elements (lower-case tag names) that decoy text is hidden in. */
var DECOY_TAGS = /* @__PURE__ */ new Set([
	"span",
	"font",
	"i",
	"b",
	"em",
	"strong",
	"small",
	"sub",
	"sup",
	"u",
	"s",
	"mark",
	"abbr",
	"cite",
	"q",
	"ins",
	"del",
	"a"
]);
/** Classes of text hidden for screen readers only: kept, never called decoys. */
var SCREEN_READER_CLASSES = [
	"screen-reader-text",
	"screen-reader-only",
	"sr-only",
	"visually-hidden",
	"visuallyhidden",
	"hidden-visually",
	"u-visually-hidden",
	"element-invisible",
	"assistive-text",
	"a11y-hidden"
];
/**
* Inline styles that hide an element. Each row is a set of patterns that
* must all match the (lower-cased) style attribute.
*/
var HIDING_STYLES = [
	[/(?:^|;)\s*display\s*:\s*none\b/],
	[/(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/],
	[/(?:^|;)\s*font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!\s*important\s*)?(?:;|$)/],
	[/(?:^|;)\s*opacity\s*:\s*0(?:\.0+)?\s*(?:!\s*important\s*)?(?:;|$)/],
	[/(?:^|;)\s*color\s*:\s*transparent\b/],
	[/(?:^|;)\s*position\s*:\s*(?:absolute|fixed)\b/, /(?:^|;)\s*(?:left|top|right|bottom|margin-left|margin-top)\s*:\s*-(?:[5-9]\d{2,}|\d{4,})(?:\.\d+)?px\b/],
	[/(?:^|;)\s*text-indent\s*:\s*-(?:[5-9]\d{2,}|\d{4,})(?:\.\d+)?px\b/]
];
/**
* Blocks whose text is prose: an empty inline element inside one of these
* may draw its text with CSS (`::before` / `::after` `content`).
*/
var TEXT_BLOCKS = /* @__PURE__ */ new Set([
	"p",
	"li",
	"dd",
	"dt",
	"td",
	"th",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"blockquote",
	"figcaption",
	"caption",
	"pre"
]);
/** Text drawn by CSS that is kept by itself: it has a letter or digit. */
var DRAWN_TEXT_WORDY = /[\p{L}\p{N}]/u;
/**
* Text drawn by CSS that is kept only beside other drawn text or a digit:
* the punctuation, signs and currency symbols of numbers ("£", ",", "%").
*/
var DRAWN_NUMBER_MARKS = /^[\s.,:;%‰°'’+\-–−/\p{Sc}]+$/u;
/**
* Class and id tokens of the layers protection lays over the text: copy
* shields, watermarks, protective masks. An element so named whose text is
* short is removed with its text; "overlay" alone only when the live page
* shows it as a layer (positioned, letting clicks through or see-through).
*/
var LAYER_TOKENS = {
	/** Names that make an element a protective layer by themselves. */
	strong: /^(?:watermark|wm|copy-?(?:shield|guard|protect(?:ion)?|mask)|no-?copy(?:-layer|-overlay)?|anti-?copy|protect(?:ion)?-(?:layer|overlay|shield|mask|cover)|content-?shield|text-?shield|shield(?:-layer|-overlay)?)(?:[-_].*)?$/i,
	/** Names that do only when the live page shows the element as a layer. */
	weak: /(?:^|[-_])(?:overlay|cover|mask|layer|veil|curtain)(?:$|[-_])/i
};
/**
* Quick test on an element's whole class and id text before the name
* patterns ({@link LAYER_TOKENS}, {@link PAYWALL_TOKEN}) are tried on each
* name: every name they match contains one of these.
*/
var NAME_HINT = /wm|watermark|shield|copy|protect|overlay|cover|mask|layer|veil|curtain|pay-?wall|reg(?:istration)?-?wall|subscri|piano|tp-|meter|gate|premium|offer/i;
/**
* Class and id tokens of "read more" truncation: the hidden rest of an
* article that a button reveals.
*/
var TRUNCATION_TOKEN = /(?:^|[-_])(?:more|rest|truncat\w*|collaps\w*|expand\w*|hidden-?(?:text|content)|full-?(?:text|article|story)|continued|remainder|remaining)(?:$|[-_])/i;
/** Texts of the buttons and links that reveal a truncated article. */
var TRUNCATION_TOGGLE_TEXT = /^(?:[+›»▼↓…\s]*)(?:read|show|see|view)\s+(?:the\s+)?(?:more|full\s+(?:article|story|text)|whole\s+(?:article|story)|rest(?:\s+of\s+(?:the\s+)?(?:article|story))?)|continue\s+reading|expand(?:\s+article)?|mehr\s+(?:lesen|anzeigen)|weiterlesen|lire\s+la\s+suite|en\s+lire\s+plus|leer\s+m[aá]s|seguir\s+leyendo|continua\s+a\s+leggere|leggi\s+(?:di\s+)?(?:più|tutto)|ler\s+mais|continuar\s+lendo|lees\s+(?:meer|verder)|czytaj\s+dalej|читать\s+(?:далее|полностью)|devamını\s+oku/i;
/**
* Inline declarations that hide or clip a truncated block; removed when the
* block is revealed.
*/
var TRUNCATION_DECLARATION = /^\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:max-)?height\s*:\s*0(?:px)?|overflow\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?)\b/i;
/** Class and id tokens of soft-paywall and registration-wall overlays. */
var PAYWALL_TOKEN = /(?:^|[-_])(?:paywall|pay-wall|regwall|reg-wall|registration-?wall|subscri(?:be|ption|ber)-?(?:wall|gate|overlay|prompt|modal|offer|box)|piano|tp-(?:modal|backdrop|container)|meter(?:ed)?-?(?:wall|overlay|prompt)?|content-?gate|article-?gate|premium-?(?:gate|overlay|wall|prompt)|offer-?(?:overlay|box|wall))(?:$|[-_])/i;
/** Words of a paywall's offer; an overlay must use one to be removed as a paywall. */
var PAYWALL_OFFER_TEXT = /subscri(?:be|ption|ber)|sign\s*(?:in|up)|log\s*in|register|free\s+trial|per\s+(?:month|week|year)|\/\s*(?:month|mo|week|year)|already\s+(?:a\s+)?(?:member|subscriber)|unlock|abonn|anmelden|suscr[ií]b/i;
/**
* Inline styles of a click-through layer laid over the page, read from the
* style attribute: every pattern must match. Used when there is no live page
* to ask, and to find layers the live page is then asked about.
*/
var LAYER_STYLE = [/pointer-events\s*:\s*none/i, /position\s*:\s*(?:absolute|fixed)/i];
/** Quick test: may this style attribute be a layer's ({@link LAYER_STYLE})? */
var LAYER_STYLE_HINT = /pointer-events\s*:\s*none/i;
/**
* Inline styles Readability takes for "not shown" and drops the element
* for: a truncated article's rest hidden this way must be shown again first.
*/
var INLINE_HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/**
* Elements (lower-case tag names) that can toggle a truncated article open
* without leaving the page; links count only when they go nowhere
* ({@link TOGGLE_HREF}) or say what they expand (`aria-expanded`, `aria-controls`).
*/
var TOGGLE_TAGS = /* @__PURE__ */ new Set([
	"button",
	"a",
	"span",
	"div",
	"label"
]);
/** Roles of elements that act as a button or a link (a toggle may be any element with one). */
var TOGGLE_ROLES = /* @__PURE__ */ new Set([
	"button",
	"link",
	"tab"
]);
/**
* Class names of icon fonts: their empty elements draw glyphs, never text,
* and are not asked what they draw.
*/
var ICON_CLASS = /^(?:fa[a-z]?|fa-.+|icon|icon-.+|.+-icon|icons?|glyphicon.*|dashicons.*|bi|bi-.+|material-icons.*|ti-.+|eicon-.+)$/i;
/** Link targets of an in-page toggle. */
var TOGGLE_HREF = /^(?:#.*|javascript:.*|)$/i;
// src/unprotect/chars.ts
/**
* Invisible characters inside words: zero-width spaces, soft hyphens,
* direction marks and the like, set between letters so that copies and
* searches of the text break. Contextual ones (joiners, direction marks) are
* kept where the script around them needs them.
*/
/** One invisible character (the table's pattern without its global flag). */
var INVISIBLE_CHAR = new RegExp(INVISIBLE_CHARS.source);
/**
* Removes invisible characters from a text node.
* @returns how many characters were removed.
*/
function removeInvisibleChars(text) {
	const data = text.data;
	if (!INVISIBLE_CHAR.test(data)) return 0;
	let removed = 0;
	const cleaned = data.replace(INVISIBLE_CHARS, (ch, offset) => {
		if (CONTEXTUAL_INVISIBLES.has(ch) && !isMeaningless(data, offset)) return ch;
		removed++;
		return "";
	});
	if (removed > 0) text.data = cleaned;
	return removed;
}
/** A contextual invisible means nothing when its nearest visible neighbours need none. */
function isMeaningless(data, offset) {
	return [visibleNeighbour(data, offset, -1), visibleNeighbour(data, offset, 1)].every((ch) => ch === void 0 || JOINER_FREE_NEIGHBOUR.test(ch));
}
/** The nearest character before (step -1) or after (step 1) `offset` that is not invisible. */
function visibleNeighbour(data, offset, step) {
	for (let i = offset + step; i >= 0 && i < data.length; i += step) {
		if (INVISIBLE_CHAR.test(data.charAt(i))) continue;
		const code = data.charCodeAt(i);
		const start = step < 0 && code >= 56320 && code <= 57343 && i > 0 ? i - 1 : i;
		return String.fromCodePoint(data.codePointAt(start) ?? code);
	}
}
// src/unprotect/findings.ts
/**
* What the neutraliser's walk finds, shared by the walk (index.ts) and the
* decisions taken after it (reveal.ts).
*/
/** Empty findings. */
function newFindings(styles) {
	return {
		counts: /* @__PURE__ */ new Map(),
		blocks: /* @__PURE__ */ new Map(),
		removals: /* @__PURE__ */ new Map(),
		styles,
		pending: {
			hiddenBlocks: [],
			toggles: [],
			paywalls: [],
			layers: [],
			drawn: [],
			textChars: 0
		}
	};
}
/** Adds `n` to a label's count. */
function tally(findings, label, n = 1) {
	findings.counts.set(label, (findings.counts.get(label) ?? 0) + n);
}
/** Notes a block; blocks are counted once per place they apply to. */
function block(findings, label, el) {
	const target = PAGE_LEVEL_TAGS.has(el.localName) ? "page" : el;
	const targets = findings.blocks.get(label) ?? /* @__PURE__ */ new Set();
	targets.add(target);
	findings.blocks.set(label, targets);
}
// src/unprotect/phrases.ts
/**
* The messages protection shows ("error: Content is protected !!"), as
* patterns: for finding their boxes in a page, and for silencing their
* alert() calls on an unlocked one.
*/
/** Escapes a phrase for a RegExp; spaces and hyphens match any run of them. */
function phrasePattern(phrase) {
	return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").split(/[\s-]+/).join("[\\s\\-]+");
}
var MESSAGE_PHRASES = PROTECTION_MESSAGE_TEXTS.map(phrasePattern).join("|");
/** Does a text hold a protection message somewhere? */
var MESSAGE_HINT = new RegExp(MESSAGE_PHRASES, "i");
/** Is a whole text a protection message (one or more of the phrases, after an optional prefix)? */
var MESSAGE_WHOLE = new RegExp(`^(?:(?:${MESSAGE_PREFIXES.join("|")})\\s*:\\s*)?(?:${MESSAGE_PHRASES})(?:[\\s!.]+(?:${MESSAGE_PHRASES}))*[\\s!.]*$`, "i");
// src/unprotect/reveal.ts
/**
* Decisions the neutraliser takes after its walk, when the page's whole text
* is known: which hidden blocks are an article's truncated (or
* script-blanked) text to show again, which "Read more" toggles go with
* them, which paywall overlays and protective layers go, and the text drawn
* by CSS put back in place.
*/
var CLASS_SEPARATOR$1 = /\s+/;
/**
* Takes the decisions left for after the walk. Asks the live page's styles
* before anything changes the document's structure; the drawn text goes in
* last. Removals are only recorded (in `findings.removals`).
*/
function decideAfterWalk(findings) {
	const revealed = revealHidden(findings);
	for (const toggle of findings.pending.toggles) {
		const target = truncatedNear(toggle, revealed, findings);
		if (!target) continue;
		findings.removals.set(toggle, null);
		block(findings, UNPROTECT_LABELS.truncation, target);
	}
	for (const el of findings.pending.paywalls) {
		const text = textOf(el);
		if (text.length <= 800 && PAYWALL_OFFER_TEXT.test(text)) findings.removals.set(el, UNPROTECT_LABELS.paywall);
	}
	for (const el of findings.pending.layers) if (!findings.removals.has(el) && textOf(el).length <= 300 && isLayer(el, findings)) findings.removals.set(el, UNPROTECT_LABELS.layer);
	for (const { el, before, after } of findings.pending.drawn) {
		el.append(before, after);
		tally(findings, UNPROTECT_LABELS.drawn);
	}
}
/** Shows again the hidden blocks that are the page's text or an article's truncated rest. */
function revealHidden(findings) {
	const { pending, removals } = findings;
	const revealed = /* @__PURE__ */ new Set();
	for (const el of pending.hiddenBlocks) {
		if (removals.has(el) || hasAncestorIn(el, removals)) continue;
		const length = textOf(el).length;
		if (length >= 500 && length >= .5 * pending.textChars) block(findings, UNPROTECT_LABELS.blanking, el);
		else if (length >= 120 && (isNamedTruncation(el) || pending.toggles.some((t) => near(t).includes(el)))) block(findings, UNPROTECT_LABELS.truncation, el);
		else continue;
		show(el);
		revealed.add(el);
	}
	return revealed;
}
/** Removes what hides a block: the hidden and aria-hidden attributes, and hiding inline declarations. */
function show(el) {
	el.removeAttribute("hidden");
	el.removeAttribute("aria-hidden");
	const style = el.getAttribute("style");
	if (style) el.setAttribute("style", style.split(";").filter((d) => !TRUNCATION_DECLARATION.test(d)).join(";"));
}
/** The truncated block a toggle opens: a revealed block next to it, or one named or hidden like a truncation. */
function truncatedNear(toggle, revealed, findings) {
	for (const el of near(toggle)) {
		if (revealed.has(el)) return el;
		if ((isNamedTruncation(el) || (findings.styles?.isHidden(el) ?? false)) && textOf(el).length >= 120) return el;
	}
	return null;
}
/** The elements a toggle may open: its element siblings, its parent's, and the one it names in aria-controls. */
function near(toggle) {
	const parent = toggle.parentElement;
	const controlled = toggle.getAttribute("aria-controls");
	return [
		toggle.previousElementSibling,
		toggle.nextElementSibling,
		parent?.previousElementSibling,
		parent?.nextElementSibling,
		controlled ? toggle.ownerDocument.getElementById(controlled) : null
	].filter((el) => el != null);
}
function isNamedTruncation(el) {
	return [...(el.getAttribute("class") ?? "").split(CLASS_SEPARATOR$1), el.id].some((n) => n !== "" && TRUNCATION_TOKEN.test(n));
}
/** Whether the live page shows the element as a layer (or, without it, its inline style says so). */
function isLayer(el, findings) {
	if (findings.styles) return findings.styles.isLayer(el);
	const style = el.getAttribute("style") ?? "";
	return LAYER_STYLE.every((re) => re.test(style));
}
function textOf(el) {
	return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}
// src/unprotect/index.ts
var ELEMENT_NODE = 1;
var TEXT_NODE = 3;
var PSEUDOS = ["::before", "::after"];
var MESSAGE_IDS = new Set(PROTECTION_MESSAGE_IDS);
var MESSAGE_CLASSES = new Set(PROTECTION_MESSAGE_CLASSES);
var SCREEN_READER = new Set(SCREEN_READER_CLASSES);
var SELECTION_BLOCKING = new Set(SELECTION_BLOCK_CLASSES);
var CLASS_SEPARATOR = /\s+/;
/**
* Neutralises copy protection in a clone of the page, before extraction:
* removes protection alerts and tooltips, inline event handlers and
* protection scripts, selection blocks (`unselectable`, `user-select:none`),
* invisible characters inside text, hidden decoy text inside paragraphs,
* protective layers and paywall overlays; restores text drawn by CSS and
* the hidden rest of truncated (or script-blanked) articles. Reports each
* kind with how many were neutralised; blocks count once per place they
* apply to (an element, or the whole page).
*
* One walk over the document. Every question to the live page's styles is
* asked before the document's structure changes (see SourceMap); elements
* are removed after it.
*/
function neutraliseProtection(doc, report, opts = {}) {
	const root = doc.documentElement;
	if (!root) return;
	const findings = newFindings(opts.styles);
	visitElement(root, findings);
	const walker = doc.createTreeWalker(root, 5);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === ELEMENT_NODE) visitElement(node, findings);
	else if (node.nodeType === TEXT_NODE) visitText(node, findings);
	decideAfterWalk(findings);
	for (const label of removeOutermost(findings.removals)) tally(findings, label);
	for (const [label, targets] of findings.blocks) tally(findings, label, targets.size);
	for (const label of Object.values(UNPROTECT_LABELS)) report(label, findings.counts.get(label) ?? 0);
}
function visitElement(el, findings) {
	const attrs = readAttrs(el);
	for (const name of attrs.handlers) {
		const label = PROTECTION_HANDLERS[name.toLowerCase()];
		if (label && BLOCKING_HANDLER_CODE.test(el.getAttribute(name) ?? "")) block(findings, label, el);
		el.removeAttribute(name);
	}
	if (unblockSelection(el, attrs)) block(findings, UNPROTECT_LABELS.selection, el);
	const tag = el.localName;
	if (isMessageElement(attrs)) findings.removals.set(el, UNPROTECT_LABELS.message);
	else if (tag === "style") {
		if (SELECTION_BLOCK_SHEET.test(el.textContent ?? "")) block(findings, UNPROTECT_LABELS.selection, el);
	} else if (tag === "script") {
		const labels = protectionScriptLabels(el);
		for (const label of labels) block(findings, label, el);
		if (labels.length > 0) findings.removals.set(el, null);
	} else if (DECOY_TAGS.has(tag) && isDecoy(el, attrs, findings.styles)) {
		findings.removals.set(el, UNPROTECT_LABELS.decoy);
		return;
	} else if (isStrongLayer(attrs) && (el.textContent ?? "").trim().length <= 300) findings.removals.set(el, UNPROTECT_LABELS.layer);
	noteForLater(el, tag, attrs, findings);
}
/** Records what is decided after the walk, when the whole page's text is known. */
function noteForLater(el, tag, attrs, findings) {
	const { pending, styles } = findings;
	if (!DECOY_TAGS.has(tag) && !NON_TEXT_PARENTS.has(tag) && (attrs.hidden || attrs.ariaHidden || INLINE_HIDDEN_STYLE.test(attrs.style ?? ""))) pending.hiddenBlocks.push(el);
	if (isPaywallNamed(attrs)) pending.paywalls.push(el);
	if (isWeakLayer(attrs) || LAYER_STYLE_HINT.test(attrs.style ?? "")) pending.layers.push(el);
	if (attrs.toggles && TOGGLE_TAGS.has(tag) && isToggleText(el)) pending.toggles.push(el);
	if (styles && DECOY_TAGS.has(tag) && el.firstChild === null && !attrs.classes.some((c) => ICON_CLASS.test(c))) noteDrawnText(el, styles, pending);
}
/**
* An empty inline element in prose may draw its text with `::before` /
* `::after`: words and digits are kept; the marks of a number ("£", ",",
* "%") only next to other drawn text or a digit.
*/
function noteDrawnText(el, styles, pending) {
	const parent = el.parentElement;
	if (!parent || !(TEXT_BLOCKS.has(parent.localName) || DECOY_TAGS.has(parent.localName))) return;
	const [before, after] = PSEUDOS.map((p) => styles.drawnText(el, p));
	const drawn = before + after;
	if (!drawn || !(DRAWN_TEXT_WORDY.test(drawn) || DRAWN_NUMBER_MARKS.test(drawn) && besideNumber(el))) return;
	if (!styles.isHidden(el)) pending.drawn.push({
		el,
		before,
		after
	});
}
/** Is the element next to an empty inline element (more drawn text) or a digit? */
function besideNumber(el) {
	return [el.previousSibling, el.nextSibling].some((sib, i) => {
		if (!sib) return false;
		if (sib.nodeType === ELEMENT_NODE) return DECOY_TAGS.has(sib.localName) && sib.firstChild === null;
		const text = sib.textContent ?? "";
		return /\d/.test(i === 0 ? text.slice(-1) : text.charAt(0));
	});
}
function readAttrs(el) {
	const attrs = {
		id: null,
		classes: [],
		style: null,
		hidden: false,
		ariaHidden: false,
		unselectable: false,
		toggles: el.localName === "button",
		handlers: [],
		styled: false,
		named: false
	};
	for (const name of el.getAttributeNames()) if (name === "class") {
		const value = el.getAttribute(name) ?? "";
		attrs.classes = value.trim().split(CLASS_SEPARATOR);
		attrs.named ||= NAME_HINT.test(value);
	} else if (name === "id") {
		attrs.id = el.getAttribute(name);
		attrs.named ||= NAME_HINT.test(attrs.id ?? "");
	} else if (name === "style") attrs.style = el.getAttribute(name);
	else if (name === "hidden") attrs.hidden = true;
	else if (name === "aria-hidden") attrs.ariaHidden = el.getAttribute(name) === "true";
	else if (name === "unselectable") attrs.unselectable = true;
	else if (name === "href") attrs.toggles ||= TOGGLE_HREF.test((el.getAttribute(name) ?? "").trim());
	else if (name === "aria-expanded" || name === "aria-controls") attrs.toggles = true;
	else if (name === "role") attrs.toggles ||= TOGGLE_ROLES.has(el.getAttribute(name) ?? "");
	else if (EVENT_HANDLER_ATTRIBUTE.test(name)) {
		attrs.handlers.push(name);
		if (name === "onclick") attrs.toggles = true;
	}
	attrs.styled = attrs.classes.length > 0 || attrs.id !== null || attrs.style !== null;
	return attrs;
}
function names(attrs) {
	return attrs.id ? [...attrs.classes, attrs.id] : attrs.classes;
}
function isStrongLayer(attrs) {
	return attrs.named && names(attrs).some((n) => LAYER_TOKENS.strong.test(n));
}
function isWeakLayer(attrs) {
	return attrs.named && names(attrs).some((n) => LAYER_TOKENS.weak.test(n));
}
function isPaywallNamed(attrs) {
	return attrs.named && names(attrs).some((n) => PAYWALL_TOKEN.test(n));
}
function isToggleText(el) {
	const text = (el.textContent ?? "").trim();
	return text.length > 0 && text.length <= 40 && TRUNCATION_TOGGLE_TEXT.test(text);
}
function visitText(text, findings) {
	const parent = text.parentElement;
	if (!parent || NON_TEXT_PARENTS.has(parent.localName)) return;
	const removed = removeInvisibleChars(text);
	if (removed > 0) tally(findings, UNPROTECT_LABELS.invisible, removed);
	findings.pending.textChars += text.data.length;
	if (text.data.length > 200 || !MESSAGE_HINT.test(text.data)) return;
	const box = messageBox(parent);
	if (box) findings.removals.set(box, UNPROTECT_LABELS.message);
}
/** Is this a known plugin's alert or tooltip element (by id or class)? */
function isMessageElement(attrs) {
	return attrs.id !== null && MESSAGE_IDS.has(attrs.id) || attrs.classes.some((c) => MESSAGE_CLASSES.has(c));
}
/**
* Removes the `unselectable` attribute, selection-blocking classes and
* `user-select:none` / `-webkit-touch-callout:none` inline declarations.
* @returns whether the element blocked selection.
*/
function unblockSelection(el, attrs) {
	let blocked = false;
	if (attrs.unselectable) {
		el.removeAttribute(UNSELECTABLE_ATTRIBUTE);
		blocked = true;
	}
	const blocking = attrs.classes.filter((c) => SELECTION_BLOCKING.has(c));
	if (blocking.length > 0) {
		el.classList.remove(...blocking);
		blocked = true;
	}
	const style = attrs.style;
	if (style && SELECTION_BLOCK_HINT.test(style)) {
		const declarations = style.split(";");
		const kept = declarations.filter((decl) => !SELECTION_BLOCK_DECLARATION.test(decl));
		if (kept.length < declarations.length) {
			el.setAttribute("style", kept.join(";"));
			blocked = true;
		}
	}
	return blocked;
}
/** The protections an inline script sets up (none for external, non-JS or very large scripts). */
function protectionScriptLabels(script) {
	if (script.hasAttribute("src")) return [];
	const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
	if (!JAVASCRIPT_TYPES.has(type)) return [];
	const code = script.textContent ?? "";
	if (code.length > 1e5 || !PROTECTION_SCRIPT_HINT.test(code)) return [];
	return PROTECTION_SCRIPT_SIGNATURES.filter((s) => s.pattern.test(code)).map((s) => s.label);
}
/**
* The box of a protection message: the largest of the text's element and its
* closest ancestors whose whole text is the message.
*/
function messageBox(start) {
	let box = null;
	let el = start;
	for (let depth = 0; el && depth <= 4; depth++, el = el.parentElement) {
		if (NEVER_MESSAGE_TAGS.has(el.localName) || !isWholeMessage(el)) break;
		box = el;
	}
	return box;
}
function isWholeMessage(el) {
	const text = el.textContent ?? "";
	return text.length <= 200 && MESSAGE_WHOLE.test(text.replace(/\s+/g, " ").trim());
}
/**
* A decoy: a hidden inline element with a little text, set among the visible
* text of its parent. Hidden paragraphs and other blocks are never decoys,
* nor is text hidden for screen readers.
*/
function isDecoy(el, attrs, styles) {
	const hiddenInline = attrs.hidden || hiddenByStyle(attrs.style);
	if (!hiddenInline && !(styles && attrs.styled)) return false;
	const parent = el.parentElement;
	if (!parent || !isAmongText(el) || attrs.classes.some((c) => SCREEN_READER.has(c))) return false;
	const length = (el.textContent ?? "").trim().length;
	if (length === 0 || length > 60) return false;
	if (!hiddenInline && !styles?.isHidden(el)) return false;
	return !isHiddenElement(parent, styles);
}
function hiddenByStyle(style) {
	if (!style) return false;
	const lower = style.toLowerCase();
	return HIDING_STYLES.some((all) => all.every((re) => re.test(lower)));
}
function isHiddenElement(el, styles) {
	if (el.hasAttribute("hidden") || hiddenByStyle(el.getAttribute("style"))) return true;
	return styles?.isHidden(el) ?? false;
}
/** Has the element visible text right next to it (text or inline siblings)? */
function isAmongText(el) {
	return hasTextNeighbour(el, "previousSibling") || hasTextNeighbour(el, "nextSibling");
}
function hasTextNeighbour(el, direction) {
	for (let sib = el[direction], steps = 0; sib && steps < 3; sib = sib[direction], steps++) {
		const isText = sib.nodeType === TEXT_NODE;
		const isInline = sib.nodeType === ELEMENT_NODE && DECOY_TAGS.has(sib.localName);
		if ((isText || isInline) && sib.textContent?.trim()) return true;
		if (!isText) return false;
	}
	return false;
}
// src/unprotect/styles.ts
/**
* A probe for a working copy: each element is judged by the element of the
* live page it was cloned from (`locate`); an element without one is shown,
* no layer, and draws nothing. Answers about hiding are remembered.
*/
function viaSource(probe, locate) {
	const hidden = /* @__PURE__ */ new WeakMap();
	return {
		isHidden: (el) => {
			let answer = hidden.get(el);
			if (answer === void 0) {
				const source = locate(el);
				answer = source !== null && probe.isHidden(source);
				hidden.set(el, answer);
			}
			return answer;
		},
		isLayer: (el) => {
			const source = locate(el);
			return source !== null && probe.isLayer(source);
		},
		drawnText: (el, pseudo) => {
			const source = locate(el);
			return source === null ? "" : probe.drawnText(source, pseudo);
		}
	};
}
// src/pipeline/failures.ts
/** What the reader is told when a page cannot be read. Plain words, no traces. */
var FAILURE_MESSAGES = {
	restricted: "Browsers do not let extensions read this page (browser pages, the extension store and built-in viewers are off limits).",
	"not-article": "This page does not look like an article, so there is no text for Pith to read here.",
	empty: "This page is empty: there is no text for Pith to read.",
	"too-large": "This page is too large for Pith to read without freezing the tab.",
	error: "Pith could not read this page. Reloading it and trying again may help."
};
// src/pipeline/frames.ts
/** Reads a frame's document through the DOM (`contentDocument`, null for cross-origin frames). */
var readFrame = (frame) => {
	try {
		return frame.contentDocument ?? null;
	} catch {
		return null;
	}
};
/**
* Replaces each iframe of the working copy whose live frame shows at least
* `minChars` characters of text with a `div` holding a copy of that frame's
* body, and tells `map` where the copied nodes came from.
* @returns how many frames were inlined.
*/
function inlineFrames(copy, map, read, minChars) {
	const found = [];
	for (const frame of Array.from(copy.getElementsByTagName("iframe"))) {
		const live = map.source(frame);
		const body = live ? read(live)?.body : null;
		if (body && (body.textContent ?? "").trim().length >= minChars) found.push({
			frame,
			body
		});
	}
	for (const { frame, body } of found) {
		const box = copy.createElement("div");
		for (const child of Array.from(body.childNodes)) box.append(copy.importNode(child, true));
		map.graft(box, body);
		frame.replaceWith(box);
	}
	return found.length;
}
// src/pipeline/report.ts
/** Collects the removals of all stages, in the order they were first reported. */
var RemovalLog = class {
	#items = [];
	/** A Reporter bound to one stage's name. */
	for(stage) {
		return (what, count = 1) => {
			if (count <= 0) return;
			const found = this.#items.find((r) => r.stage === stage && r.what === what);
			if (found) found.count += count;
			else this.#items.push({
				stage,
				what,
				count
			});
		};
	}
	get items() {
		return this.#items.map((r) => ({ ...r }));
	}
};
new Set(Object.values(UNPROTECT_LABELS).filter((label) => !(label in UNPROTECT_PLURALS)));
// src/pipeline/source-map.ts
/**
* Finds, for a node of the working copy, the live node it was cloned from,
* so that questions only the live page can answer (its computed styles) are
* asked about the right element. Nothing is walked up front: a lookup pairs
* the children of each ancestor on the way once, and remembers them, so
* asking about a few hundred elements costs about one pass over their
* parents' children. Valid until the working copy's structure changes.
*/
var SourceMap = class {
	#links = /* @__PURE__ */ new WeakMap();
	#paired = /* @__PURE__ */ new WeakSet();
	/** Maps the copy `copyRoot` (a clone of `sourceRoot`). */
	constructor(copyRoot, sourceRoot) {
		this.#links.set(copyRoot, sourceRoot);
	}
	/**
	* Declares that the children of `copy` were cloned from the children of
	* `source` (an inlined frame's body standing in for its iframe).
	*/
	graft(copy, source) {
		this.#links.set(copy, source);
	}
	/** The live node `node` was cloned from, or null when it has none (added to the copy, or changed since). */
	source(node) {
		const known = this.#links.get(node);
		if (known) return known;
		const path = [];
		let up = node;
		while (up && !this.#links.has(up)) {
			path.push(up);
			up = up.parentNode;
		}
		if (!up) return null;
		for (let i = path.length - 1; i >= 0; i--) {
			const parent = path[i]?.parentNode;
			if (!parent || !this.#pair(parent)) return null;
		}
		return this.#links.get(node) ?? null;
	}
	/** Pairs the children of a mapped copy node with its source's, in order, up to the first that differs. */
	#pair(copy) {
		if (this.#paired.has(copy)) return true;
		const source = this.#links.get(copy);
		if (!source) return false;
		this.#paired.add(copy);
		let s = source.firstChild;
		for (let c = copy.firstChild; c && s; c = c.nextSibling, s = s.nextSibling) {
			if (this.#links.has(c)) continue;
			if (c.nodeName !== s.nodeName) break;
			this.#links.set(c, s);
		}
		return true;
	}
};
// src/pipeline/index.ts
/**
* Pith's extraction pipeline: one orchestrator calling small named stages in a
* fixed, documented order. It takes a Document (the live page in the injected
* script, a jsdom document in Vitest and the CLI), works on a clone of it and
* returns a plain, serialisable result. It imports no browser API.
*
* Before the stages: the document is cloned, and the text of same-origin
* frames is copied into the clone in place of their iframes (frames.ts).
*
* Order (each stage sees what the ones before it left):
*  1. unprotect   — neutralise copy protection: alerts, handlers, selection blocks, decoys, invisible characters
*  2. related     — collect the page's own related posts, then take their blocks out of the text
*  3. furniture   — remove ad slots, widgets, share bars and comment forms that Readability may keep
*  4. readability — find the article and its metadata (@mozilla/readability)
*  5. sanitize    — DOMPurify, through the one wrapper (src/sanitize.ts)
*  6. text        — plain text that keeps paragraphs, headings and lists
*  7. figures     — the key figures, from the text
*/
/** Limits, named. */
var LIMITS = {
	/** Pages with more elements than this are refused rather than freezing the tab. */
	maxElements: 2e5,
	/** Less article text than this (characters) does not read as an article. */
	minArticleChars: 250,
	/** A same-origin frame with less text than this (characters) is not read with the page. */
	minFrameChars: 250
};
/** Thrown by a stage to end the pipeline with a reason the reader is told. */
var Unreadable = class extends Error {
	reason;
	constructor(reason, message) {
		super(message);
		this.reason = reason;
	}
};
function need(value, stage) {
	if (value == null) throw new Error(`stage ${stage} ran before its input was ready`);
	return value;
}
/** The stages, in order. */
var STAGES = [
	{
		name: "unprotect",
		why: "Copy protection must not leak its alerts, decoys or invisible characters into the text.",
		run: (ctx) => neutraliseProtection(ctx.doc, ctx.log.for("unprotect"), { styles: ctx.styles })
	},
	{
		name: "related",
		why: "Readability deletes related-post lists: collect them first, then keep them out of the text.",
		run: (ctx) => {
			ctx.related = collectRelated(ctx.doc, ctx.url, ctx.log.for("related"));
		}
	},
	{
		name: "furniture",
		why: "Ad slots, widgets, share bars and comment forms that Readability may keep are not the article.",
		run: (ctx) => removeFurniture(ctx.doc, ctx.log.for("furniture"))
	},
	{
		name: "readability",
		why: "Find the article body and its metadata.",
		run: (ctx) => {
			const parsed = new Readability(ctx.doc, {
				maxElemsToParse: LIMITS.maxElements,
				serializer: (node) => node
			}).parse();
			const length = parsed?.textContent?.trim().length ?? 0;
			if (!parsed?.content || length < LIMITS.minArticleChars) throw new Unreadable("not-article", FAILURE_MESSAGES["not-article"]);
			ctx.parsed = parsed;
		}
	},
	{
		name: "sanitize",
		why: "Page content is hostile: only sanitised HTML leaves the pipeline.",
		run: (ctx) => {
			ctx.body = sanitizeToBody(need(ctx.parsed?.content, "sanitize"), ctx.win);
		}
	},
	{
		name: "text",
		why: "Plain text that keeps paragraphs, headings and lists, for reading, export and figures.",
		run: (ctx) => {
			ctx.text = htmlToText(need(ctx.body, "text"));
		}
	},
	{
		name: "figures",
		why: "The numbers that matter, with their units, meaning and sentence.",
		run: (ctx) => {
			const parsed = need(ctx.parsed, "figures");
			ctx.figures = extractFigures(ctx.text, {
				title: parsed.title ?? "",
				standfirst: parsed.excerpt,
				lang: articleLang(ctx)
			});
		}
	}
];
function articleLang(ctx) {
	return ctx.parsed?.lang || ctx.doc.documentElement.getAttribute("lang") || null;
}
function clean(value) {
	const v = value?.replace(/\s+/g, " ").trim();
	return v ? v : null;
}
function precheckSize(source) {
	if (source.getElementsByTagName("*").length > LIMITS.maxElements) throw new Unreadable("too-large", FAILURE_MESSAGES["too-large"]);
}
function precheckText(doc) {
	const body = doc.body;
	if (!body || !body.textContent?.trim()) throw new Unreadable("empty", FAILURE_MESSAGES.empty);
}
/**
* Reads the article in `source`. The document is never changed: the stages
* work on a clone.
*/
function extractArticle(source, opts = {}) {
	const timings = {};
	try {
		precheckSize(source);
		const win = opts.win ?? source.defaultView;
		if (!win) throw new Error("extractArticle needs a window: pass opts.win");
		let t = performance.now();
		const doc = source.cloneNode(true);
		const map = new SourceMap(doc, source);
		inlineFrames(doc, map, opts.readFrame ?? readFrame, LIMITS.minFrameChars);
		precheckText(doc);
		timings.clone = performance.now() - t;
		const ctx = {
			doc,
			win,
			url: opts.url ?? source.URL,
			log: new RemovalLog(),
			styles: opts.styles && viaSource(opts.styles, (el) => map.source(el)),
			related: [],
			parsed: null,
			body: null,
			text: "",
			figures: []
		};
		for (const stage of STAGES) {
			t = performance.now();
			stage.run(ctx);
			timings[stage.name] = performance.now() - t;
		}
		const parsed = need(ctx.parsed, "result");
		const lang = articleLang(ctx);
		const wordCount = countWords(ctx.text, lang);
		return {
			ok: true,
			timings,
			article: {
				url: ctx.url,
				title: clean(parsed.title) ?? clean(source.title) ?? ctx.url,
				byline: clean(parsed.byline),
				siteName: clean(parsed.siteName),
				publishedTime: clean(parsed.publishedTime),
				lang,
				dir: parsed.dir ?? null,
				excerpt: clean(parsed.excerpt),
				html: need(ctx.body, "result").innerHTML,
				text: ctx.text,
				wordCount,
				readingMinutes: readingMinutes(wordCount, lang),
				figures: ctx.figures,
				related: ctx.related,
				removals: ctx.log.items,
				extractedAt: (opts.now ?? /* @__PURE__ */ new Date()).toISOString()
			}
		};
	} catch (err) {
		if (err instanceof Unreadable) return {
			ok: false,
			reason: err.reason,
			message: err.message
		};
		const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
		return {
			ok: false,
			reason: "error",
			message: FAILURE_MESSAGES.error,
			detail
		};
	}
}
// bench/score.ts
/**
* The snippet metric of the human-labelled corpus (../shared/corpus/trafilatura-eval/README.md),
* exactly as trafilatura's tests/eval_common.py computes it: whitespace-normalise the extracted
* plain text and each snippet, then match snippets as exact substrings.
*/
/**
* Whitespace as Python's `re` `\s` matches it in a str pattern (the characters for which
* `str.isspace()` is true): ASCII whitespace, the separators U+001C–U+001F, NEL, NBSP and the
* Unicode space separators. Unlike JavaScript's `\s` it does not include U+FEFF (BOM).
*/
var WHITESPACE_RUN = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/** Every run of whitespace (NBSP included) becomes one space; the ends are trimmed. Nothing else changes. */
function normaliseWhitespace(text) {
	return text.replace(WHITESPACE_RUN, " ").replace(/^ | $/g, "");
}
/**
* Scores one page. `text` is the extractor's plain text, or null when it crashed or returned
* nothing: then TP = FP = 0 (every `with` snippet is missing, every `without` one absent).
*/
function scorePage(text, annotation) {
	const found = (snippet, haystack) => haystack.includes(normaliseWhitespace(snippet));
	const haystack = typeof text === "string" ? normaliseWhitespace(text) : null;
	const missing = annotation.with.filter((s) => haystack === null || !found(s, haystack));
	const leaked = haystack === null ? [] : annotation.without.filter((s) => found(s, haystack));
	return {
		tp: annotation.with.length - missing.length,
		fn: missing.length,
		fp: leaked.length,
		tn: annotation.without.length - leaked.length,
		missing,
		leaked
	};
}
/** Sums counts over pages. */
function addCounts(pages) {
	const sum = {
		tp: 0,
		fp: 0,
		fn: 0,
		tn: 0
	};
	for (const p of pages) {
		sum.tp += p.tp;
		sum.fp += p.fp;
		sum.fn += p.fn;
		sum.tn += p.tn;
	}
	return sum;
}
var ratio = (num, den) => den ? num / den : 0;
/** precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN), accuracy = (TP+TN)/all. */
function metrics(c) {
	return {
		precision: ratio(c.tp, c.tp + c.fp),
		recall: ratio(c.tp, c.tp + c.fn),
		f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
		accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn)
	};
}
// bench/text-match.ts
/**
* How the benchmark's diagnostics compare texts: "is it there", not "is it spaced the same".
* (The score itself matches exactly, after whitespace normalisation only: see score.ts.)
*/
/** Whitespace as the scorer counts it, plus the zero-width characters a page may hide in words. */
var SPACE_OR_INVISIBLE = /[\s\x1c-\x1f\x85\u200b-\u200d\u2060]+/g;
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** List markers the plain-text stage puts at the start of a line ("• ", "1. "). */
var LINE_MARKER = new RegExp(`^[ \\t]*(?:${escape(BULLET)}|\\d+\\. )`, "gm");
var CELL_GAP = new RegExp(escape(" | "), "g");
/**
* Text without the markers Pith's text stage adds (list bullets and numbers at line starts,
* table cell separators): the page's own words.
*/
function withoutMarkers(text) {
	return text.replace(LINE_MARKER, "").replace(CELL_GAP, " ");
}
/** Text for presence tests: markers dropped, NFC, no whitespace at all. */
function compact(text) {
	return withoutMarkers(text).normalize("NFC").replace(SPACE_OR_INVISIBLE, "");
}
// bench/trace.ts
/**
* Where in Pith's pipeline a piece of text is lost. Runs the pipeline's own STAGES, in order,
* on a clone of the page, and after each stage checks which snippets are still in the working
* text (the page body before Readability, its article after, then the sanitised body, then the
* plain text). A diagnostic for the benchmark: it does not replace `extractArticle` (and, like the
* CLI in jsdom, it passes no live styles and reads no frames).
*/
/** The text a stage left: the plain text once there is one, else the sanitised body, the article, the page. */
function workingText(ctx) {
	if (ctx.text) return ctx.text;
	if (ctx.body) return ctx.body.textContent ?? "";
	if (ctx.parsed) return ctx.parsed.content?.textContent ?? "";
	return ctx.doc.body?.textContent ?? "";
}
/**
* Runs Pith's stages on a clone of `source` and tells, for each snippet, the stage after which
* it is no longer in the working text. A stage that throws (a refused page) loses everything
* still there.
*/
function traceSnippets(source, win, url, snippets) {
	const wanted = snippets.map(compact);
	const lostAt = snippets.map(() => null);
	const sourceText = compact(source.body?.textContent ?? "");
	const alive = /* @__PURE__ */ new Set();
	wanted.forEach((s, i) => sourceText.includes(s) ? alive.add(i) : lostAt[i] = "source");
	const ctx = {
		doc: source.cloneNode(true),
		win,
		url,
		log: new RemovalLog(),
		related: [],
		parsed: null,
		body: null,
		text: "",
		figures: []
	};
	for (const stage of STAGES) {
		if (alive.size === 0) break;
		let text;
		try {
			stage.run(ctx);
			text = compact(workingText(ctx));
		} catch {
			text = null;
		}
		for (const i of [...alive]) if (text === null || !text.includes(wanted[i] ?? "")) {
			lostAt[i] = text === null ? `${stage.name} (page refused)` : stage.name;
			alive.delete(i);
		}
		if (text === null) break;
	}
	return lostAt;
}
// bench/kinds.ts
/** Whole name tokens, between separators: "ad" matches "ad-slot" but not "header" or "add-to-cart". */
var token = (words) => new RegExp(`(?:^|[\\s_-])(?:${words})(?:$|[\\s_-])`);
/**
* Where leaked or missing text lives, most specific first. The nearest ancestor matching any
* rule decides; within one element, the first rule in this order.
*/
var PLACE_RULES = [
	{
		kind: "comments",
		names: /comment|disqus|respond|repl(?:y|ies)|kommentar|komentarz|discussion|forum/
	},
	{
		kind: "cookie / consent",
		names: /cookie|consent|gdpr|dsgvo|cmp-|onetrust|privacy-?(?:banner|notice)/
	},
	{
		kind: "newsletter / subscribe / paywall",
		names: /newsletter|subscri|signup|sign-up|paywall|abo-|premium|register/
	},
	{
		kind: "share / social",
		names: /share|sharing|social|follow|teilen|whatsapp|facebook|twitter/
	},
	{
		kind: "ads / sponsored",
		names: token("ad|ads|adv|advert\\w*|anzeige\\w*|sponsor\\w*|promo\\w*|banner\\w*|werbung|reklama|dfp|gpt\\w*|adslot\\w*|adunit\\w*")
	},
	{
		kind: "related / teasers / more stories",
		names: /related|recommend|read-?more|more-|teaser|also|popular|trending|most-|weitere|empfehl|polecan|zobacz|outbrain|taboola|next-|prev-|story-list|article-list/
	},
	{
		kind: "tags / categories / breadcrumb",
		names: /(?:^|[\s_-])tags?(?:$|[\s_-])|categor|breadcrumb|rubrik|schlagw|keyword|topics/
	},
	{
		kind: "byline / date / article meta",
		tags: ["time", "address"],
		names: /byline|author|autor|dateline|date|time|posted|published|meta|entry-info|article-info|credit/
	},
	{
		kind: "navigation / menu",
		tags: ["nav"],
		roles: [
			"navigation",
			"menu",
			"menubar"
		],
		names: /nav|menu|pagination|pager|skip-|toolbar|tabs/
	},
	{
		kind: "sidebar / widget",
		tags: ["aside"],
		roles: ["complementary"],
		names: /sidebar|side-bar|widget|aside|rail|sidebox|marginal/
	},
	{
		kind: "page header",
		tags: ["header"],
		roles: ["banner"],
		names: /header|masthead|topbar|top-bar|logo|branding/
	},
	{
		kind: "page footer / legal",
		tags: ["footer"],
		roles: ["contentinfo"],
		names: /footer|copyright|impressum|imprint|legal|disclaimer|bottom/
	},
	{
		kind: "caption / figure",
		tags: [
			"figcaption",
			"figure",
			"caption"
		],
		names: /caption|credit|photo|image|bild/
	},
	{
		kind: "form",
		tags: [
			"form",
			"label",
			"button",
			"select"
		]
	}
];
/** Word rules, tried in order, when no ancestor matches a PLACE_RULE. */
var TEXT_RULES = [
	{
		kind: "cookie / consent",
		pattern: /cookie|datenschutzerkl|privacy policy|consent/i
	},
	{
		kind: "newsletter / subscribe / paywall",
		pattern: /newsletter|abonn|subscribe|anmelden|sign up|registrier/i
	},
	{
		kind: "comments",
		pattern: /kommentar|comment|antworten|reply|komentarz/i
	},
	{
		kind: "page footer / legal",
		pattern: /©|copyright|impressum|imprint|all rights reserved|alle rechte|nutzungsbedingungen|terms of/i
	},
	{
		kind: "share / social",
		pattern: /teilen|share|facebook|twitter|whatsapp|instagram/i
	},
	{
		kind: "byline / date / article meta",
		pattern: /^\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?\s*$|aufrufe|\bviews\b|gelesen|lesezeit|reading time/i
	},
	{
		kind: "byline / date / article meta",
		pattern: /^\s*(?:von|by|autor|author)\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\.?\s+\d{4}\b/i
	}
];
/** Kinds of places a missing `with` snippet lives in the article (a tag on or above it). */
var CONTENT_PLACES = [
	{
		kind: "table",
		tags: ["table"]
	},
	{
		kind: "list",
		tags: [
			"ul",
			"ol",
			"dl",
			"menu"
		]
	},
	{
		kind: "quote",
		tags: ["blockquote", "q"]
	},
	{
		kind: "heading",
		tags: [
			"h1",
			"h2",
			"h3",
			"h4",
			"h5",
			"h6"
		]
	},
	{
		kind: "caption",
		tags: ["figcaption", "caption"]
	},
	{
		kind: "code",
		tags: ["pre", "code"]
	}
];
// bench/locate.ts
/**
* Finds where a snippet lives in a page and says what kind of page part that is
* (comments, navigation, a related-posts list, a cookie box…), for the benchmark's
* failure analysis. Reads the document only.
*/
/** The deepest element whose text holds the snippet (whitespace ignored), or null when the page's text lacks it. */
function locate(doc, snippet) {
	const wanted = compact(snippet);
	let here = doc.body;
	if (!here || !compact(here.textContent ?? "").includes(wanted)) return null;
	for (;;) {
		let next = null;
		for (let child = here.firstElementChild; child; child = child.nextElementSibling) if (compact(child.textContent ?? "").includes(wanted)) {
			next = child;
			break;
		}
		if (!next) return here;
		here = next;
	}
}
/** The names an element carries: id and class, lower case. */
function namesOf(el) {
	return `${el.id} ${el.getAttribute("class") ?? ""}`.toLowerCase();
}
/** The kind of the nearest ancestor (or the element itself) that a PLACE_RULE recognises. */
function kindByPlace(el) {
	for (let up = el; up; up = up.parentElement) {
		const tag = up.localName;
		const role = up.getAttribute("role") ?? "";
		const names = namesOf(up);
		for (const rule of PLACE_RULES) if (rule.tags?.includes(tag) || role && rule.roles?.includes(role) || names.trim() && rule.names?.test(names)) return rule.kind;
	}
	return null;
}
/** What kind of page part holds `snippet`: by its place in the page, else by its words. */
function kindOf(doc, snippet) {
	const el = locate(doc, snippet);
	if (!el) return "not in the page text";
	const byPlace = kindByPlace(el);
	if (byPlace) return byPlace;
	const byText = TEXT_RULES.find((r) => r.pattern.test(snippet));
	return byText ? `${byText.kind} (by its words)` : "other";
}
/** The article structure holding a snippet (list, table, quote, heading…), or 'paragraph / other'. */
function contentPlaceOf(doc, snippet) {
	const el = locate(doc, snippet);
	if (!el) return "not in the page text";
	for (let up = el; up; up = up.parentElement) {
		const tag = up.localName;
		const place = CONTENT_PLACES.find((p) => p.tags.includes(tag));
		if (place) return place.kind;
	}
	return "paragraph / other";
}
/**
* Where a missing snippet sits relative to the `with` snippets that were found, in page order:
* before all of them (a cut start), after all (a cut ending), between (dropped inside), or
* 'no article text found' when none was found.
*/
function positionOf(doc, missing, found) {
	const text = compact(doc.body?.textContent ?? "");
	const at = text.indexOf(compact(missing));
	if (at < 0) return "not in the page text";
	const others = found.map((s) => text.indexOf(compact(s))).filter((i) => i >= 0);
	if (!others.length) return "no article text found";
	if (at > Math.max(...others)) return "after the text found (cut ending)";
	if (at < Math.min(...others)) return "before the text found (cut start)";
	return "inside the text found (dropped block)";
}
// bench/agree.ts
/**
* How close an extraction is to Readability's expected output (the readability-pages corpus):
* a text similarity and the blocks that differ. Pure functions on plain text.
*/
var WORD = /[\p{L}\p{N}]+/gu;
/** Word multiset of a text (case kept: the metric compares texts, not topics). */
function words(text) {
	const bag = /* @__PURE__ */ new Map();
	for (const [w] of text.normalize("NFC").matchAll(WORD)) bag.set(w, (bag.get(w) ?? 0) + 1);
	return bag;
}
/**
* Dice similarity of the two texts' word multisets: 2·|A∩B| / (|A|+|B|), 1 for the same words,
* 0 for none in common (1 when both are empty). Word order is not compared.
*/
function textSimilarity(a, b) {
	const wa = words(a);
	const wb = words(b);
	let sizeA = 0;
	let sizeB = 0;
	let common = 0;
	for (const n of wa.values()) sizeA += n;
	for (const [w, n] of wb) {
		sizeB += n;
		common += Math.min(n, wa.get(w) ?? 0);
	}
	return sizeA + sizeB ? 2 * common / (sizeA + sizeB) : 1;
}
/** The blocks of structured plain text (separated by blank lines), trimmed, empty ones dropped. Lines stay lines. */
function blocksOf(text) {
	return text.split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean);
}
/** Compares two structured texts block by block; a block counts as present if it occurs anywhere in the other text. */
function diffBlocks(expected, actual) {
	const inExpected = compact(expected);
	const inActual = compact(actual);
	return {
		missing: blocksOf(expected).filter((b) => !inActual.includes(compact(b))),
		extra: blocksOf(actual).filter((b) => !inExpected.includes(compact(b)))
	};
}
/** Metadata compared with Readability's expectations. */
var METADATA_FIELDS = [
	"title",
	"byline",
	"excerpt",
	"siteName",
	"publishedTime",
	"lang",
	"dir"
];
/** A metadata value as compared: whitespace collapsed and trimmed; empty, null and missing are all null. */
function metaValue(value) {
	if (value == null) return null;
	const v = normaliseWhitespace(String(value));
	return v ? v : null;
}
/** Per field, whether `actual` agrees with `expected` (after `metaValue`). */
function compareMetadata(expected, actual) {
	const out = {};
	for (const f of METADATA_FIELDS) out[f] = metaValue(expected[f]) === metaValue(actual?.[f]);
	return out;
}
export { LIMITS, METADATA_FIELDS, STAGES, addCounts, compact, compareMetadata, contentPlaceOf, diffBlocks, extractArticle, htmlToText, kindOf, metaValue, metrics, normaliseWhitespace, positionOf, scorePage, textSimilarity, traceSnippets };
