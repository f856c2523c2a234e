//! Word lists for the person finder. Lower-case; multi-word phrases first
//! where one is a prefix of another.

/// Titles of public office: a person holding one is an official.
pub const OFFICIAL_TITLES: &[&str] = &[
    "deputy prime minister", "prime minister", "foreign minister", "defence minister",
    "defense minister", "interior minister", "finance minister", "economy minister",
    "health minister", "justice minister", "energy minister", "trade minister",
    "vice president", "vice-president", "president-elect", "secretary of state",
    "secretary-general", "secretary general", "foreign secretary", "home secretary",
    "defense secretary", "defence secretary", "press secretary", "attorney general",
    "chief of staff", "national security adviser", "national security advisor",
    "supreme leader", "crown prince", "first minister", "state secretary", "foreign affairs minister",
    "president", "minister", "chancellor", "senator", "sen.", "rep.", "representative",
    "congressman", "congresswoman", "governor", "gov.", "mayor", "general", "gen.", "lt. gen.",
    "colonel", "col.", "major general", "brigadier general", "admiral", "adm.", "ambassador",
    "envoy", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "king",
    "queen", "prince", "princess", "emperor", "sheikh", "speaker", "premier", "commissioner",
    "judge", "justice", "prosecutor", "sheriff", "commander", "diplomat", "lawmaker",
    "legislator", "mp", "councillor", "councilman", "councilwoman", "secretary", "deputy",
    "governor-general", "lieutenant", "captain", "sergeant", "chairman of the joint chiefs",
];

/// Roles that name a person without making them an official.
pub const OTHER_TITLES: &[&str] = &[
    "chief executive", "first lady", "co-founder", "oligarch", "businessman", "businesswoman",
    "billionaire", "tycoon", "ceo", "founder", "chairman", "chairwoman", "investor",
    "entrepreneur", "actor", "actress", "singer", "rapper", "musician", "director",
    "filmmaker", "author", "writer", "novelist", "journalist", "reporter", "correspondent",
    "editor", "columnist", "anchor", "host", "photographer", "professor", "prof.", "dr.",
    "analyst", "economist", "scientist", "researcher", "expert", "lawyer", "attorney",
    "activist", "coach", "player", "star", "striker", "goalkeeper", "artist", "comedian",
    "designer", "pastor", "rabbi", "bishop", "archbishop", "cardinal", "pope", "mr.", "mrs.",
    "ms.", "dr", "mr", "mrs", "ms",
];

/// Words before a title that belong to the role ("former President").
pub const ROLE_MODIFIERS: &[&str] = &[
    "former", "deputy", "acting", "interim", "then", "vice", "top", "senior", "chief",
    "assistant", "associate", "foreign", "defense", "defence", "presidential",
];

/// Particles inside names: "Ursula von der Leyen", "Osama bin Laden".
pub const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "di", "du", "le", "la",
    "ter", "dos", "das", "del", "abu",
];

/// Capitalised words that are never part of a person's name.
pub const NOT_NAME: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "with", "by", "to",
    "from", "as", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "dr", "sir", "dame",
    // Organisation words: "General Motors", "President Hotel".
    "motors", "electric", "assembly", "council", "committee", "house", "office", "ministry",
    "department", "agency", "court", "party", "union", "bank", "group", "company", "corp",
    "inc", "university", "college", "school", "hospital", "army", "navy", "force", "forces",
    "police", "government", "administration", "services", "news", "times", "post", "media",
    "network", "affairs", "security", "health", "state", "states", "nations", "republic",
    "kingdom", "federation", "street", "avenue", "square", "airport", "station", "hotel",
    "museum", "foundation", "institute", "center", "centre", "club", "team", "league",
    "images", "press", "reuters", "associated", "staff", "general", "minister", "president",
];

/// Nationality-like endings: "Belarusian", "Israeli", "Chinese", "Polish".
pub const DEMONYM_ENDINGS: &[&str] = &["ian", "ean", "an", "ese", "ish", "i", "ch", "ic"];
