//! Word lists for the figure finder. Everything is lower-case.

/// Qualifiers before a number, longest first so "just over" beats "over".
pub const QUALIFIERS: &[&str] = &[
    "no fewer than", "no more than", "in excess of", "upwards of", "as many as", "as much as",
    "as few as", "an estimated", "more than", "less than", "fewer than", "greater than",
    "at least", "at most", "just over", "just under", "well over", "close to", "up to", "nearly",
    "almost", "about", "around", "roughly", "approximately", "some", "over", "under",
    "estimated",
];

pub const UNITS_WORDS: &[(&str, u64)] = &[
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
    ("eighteen", 18), ("nineteen", 19),
];

pub const TENS_WORDS: &[(&str, u64)] = &[
    ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
    ("seventy", 70), ("eighty", 80), ("ninety", 90),
];

/// Scale words after a number ("2.5 million", "1.2 bn").
pub const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9),
    ("mn", 1e6), ("tn", 1e12), ("mln", 1e6), ("bln", 1e9),
];

/// Scale suffixes glued to digits ("1.2bn", "$5m", "30k"); "m" means
/// million only with a currency, else metres.
pub const GLUED_SCALES: &[(&str, f64)] = &[
    ("bn", 1e9), ("b", 1e9), ("mn", 1e6), ("m", 1e6), ("k", 1e3), ("tn", 1e12), ("trn", 1e12),
];

/// Vague amounts and the ranges readers take them to mean.
pub const APPROXIMATE: &[(&str, f64, f64)] = &[
    ("dozens", 12.0, 120.0), ("hundreds", 100.0, 1e3), ("thousands", 1e3, 1e4),
    ("millions", 1e6, 1e7), ("billions", 1e9, 1e10),
];

/// Vague amounts that are figures only before "of" ("scores of people").
pub const APPROXIMATE_OF: &[(&str, f64, f64)] = &[
    ("scores", 40.0, 200.0), ("a handful", 2.0, 5.0), ("a dozen", 12.0, 12.0),
];

/// Currency symbols before the number.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₴", "UAH"), ("₽", "RUB"),
    ("₹", "INR"), ("₩", "KRW"),
];

/// ISO codes, before or after the number.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "CHF", "CAD", "AUD", "KRW", "BRL",
    "TRY", "PLN", "SEK", "NOK", "DKK", "MXN", "ZAR", "HKD", "SGD", "NZD", "ILS",
];

/// Currency names after the number.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"), ("dollar", "USD"), ("euros", "EUR"), ("euro", "EUR"),
    ("pounds sterling", "GBP"), ("sterling", "GBP"), ("rubles", "RUB"), ("roubles", "RUB"),
    ("ruble", "RUB"), ("rouble", "RUB"), ("hryvnias", "UAH"), ("hryvnia", "UAH"),
    ("hryvnas", "UAH"), ("yuan", "CNY"), ("renminbi", "CNY"), ("yen", "JPY"),
    ("rupees", "INR"), ("rupee", "INR"), ("francs", "CHF"), ("won", "KRW"), ("pesos", "MXN"),
    ("shekels", "ILS"), ("zlotys", "PLN"), ("lira", "TRY"), ("cents", "USD-cent"),
];

/// Percent words after the number.
pub const PERCENT_WORDS: &[(&str, &str)] = &[
    ("percentage points", "percentage points"), ("percentage point", "percentage points"),
    ("per cent", "%"), ("percent", "%"), ("pct", "%"),
];

/// Units of measure after the number: surface form -> unit.
pub const MEASURE_UNITS: &[(&str, &str)] = &[
    ("square kilometres", "km²"), ("square kilometers", "km²"), ("square miles", "sq mi"),
    ("square mile", "sq mi"), ("square metres", "m²"), ("square meters", "m²"),
    ("square feet", "sq ft"), ("sq km", "km²"), ("sq mi", "sq mi"), ("km/h", "km/h"),
    ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"), ("kilometer", "km"),
    ("km", "km"), ("miles", "mi"), ("mile", "mi"), ("metres", "m"), ("meters", "m"),
    ("metre", "m"), ("meter", "m"), ("centimetres", "cm"), ("centimeters", "cm"), ("cm", "cm"),
    ("millimetres", "mm"), ("millimeters", "mm"), ("mm", "mm"), ("feet", "ft"), ("foot", "ft"),
    ("ft", "ft"), ("inches", "in"), ("inch", "in"), ("yards", "yd"), ("kilograms", "kg"),
    ("kilogram", "kg"), ("kg", "kg"), ("grams", "g"), ("gram", "g"), ("tonnes", "t"),
    ("tonne", "t"), ("tons", "t"), ("ton", "t"), ("pounds", "lb"), ("lbs", "lb"), ("lb", "lb"),
    ("ounces", "oz"), ("mph", "mph"), ("kph", "km/h"), ("knots", "kn"), ("acres", "acre"),
    ("acre", "acre"), ("hectares", "ha"), ("hectare", "ha"), ("litres", "L"), ("liters", "L"),
    ("litre", "L"), ("liter", "L"), ("gallons", "gal"), ("barrels", "bbl"), ("megawatts", "MW"),
    ("mw", "MW"), ("gigawatts", "GW"), ("kilowatts", "kW"), ("degrees celsius", "°C"),
    ("degrees fahrenheit", "°F"), ("seconds", "s"), ("minutes", "min"), ("hours", "h"),
    ("days", "d"), ("weeks", "week"), ("months", "month"), ("years", "year"),
    ("decades", "decade"), ("centuries", "century"), ("hour", "h"), ("day", "d"),
    ("week", "week"), ("month", "month"), ("year", "year"),
];

/// Words before a bare number that make it a label, not a quantity.
pub const LABEL_WORDS: &[&str] = &[
    "page", "pages", "chapter", "section", "article", "no", "no.", "number", "room", "route",
    "flight", "gate", "platform", "level", "grade", "vol", "vol.", "version", "phase",
    "season", "episode", "act", "figure", "fig", "table", "line", "item", "rule", "paragraph",
    "clause", "step", "apartment", "suite", "unit", "building", "highway", "interstate", "bus",
    "channel", "model", "series", "week", "day", "round", "game", "stage", "match", "district",
    "ward", "precinct", "region", "zone", "exit", "row", "seat", "lane", "pier", "terminal",
];

pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Words after a number that make it a clock time.
pub const TIME_WORDS: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst",
    "cet", "cest", "o'clock", "hrs",
];

/// Words that end a counted noun phrase: function words and common verbs.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "from",
    "with", "by", "as", "into", "onto", "over", "under", "than", "that", "which", "who", "whom",
    "whose", "this", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his",
    "her", "we", "our", "you", "your", "i", "is", "are", "was", "were", "be", "been", "being",
    "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "not", "no", "so", "if", "then", "there", "here", "when",
    "where", "while", "after", "before", "since", "until", "per", "each", "every", "more",
    "less", "most", "least", "said", "says", "say", "according", "about", "around", "between",
    "among", "during", "through", "across", "against", "without", "within", "also", "only",
    "just", "still", "yet", "already", "ago", "later", "earlier", "now", "today", "yesterday",
    "tomorrow", "again", "too", "very", "all", "both", "some", "any", "other", "another",
    "such", "up", "down", "out", "off", "away", "back", "last", "next", "times", "percent",
    "what", "how", "why",
];

/// Plural nouns that do not end in -s.
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep",
    "fish", "deer", "aircraft", "livestock", "crew", "militia", "youth", "mice", "geese",
    "teeth", "feet", "data", "media", "clergy", "offspring", "infantry", "cavalry",
];

/// Singular words after "one" that are not what is counted.
pub const NOT_COUNTED: &[&str] = &["another", "other", "others", "thing", "way", "time"];
