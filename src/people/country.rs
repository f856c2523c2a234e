//! Countries, territories and blocs by name and demonym: an office word
//! they own is a public office ("North Korean leader NAME", "Hong Kong
//! Chief Executive NAME", "the EU's chief negotiator NAME"). Read by the
//! role rules only, never a tagger feature (the model stays as trained).

use super::features::Fx;
use super::lc;
use crate::tokens::Token;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Country and territory names, and blocs that negotiate as one.
/// Lower-case; several words where the name has them.
pub const COUNTRY_NAMES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "andorra",
    "angola",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahamas",
    "bahrain",
    "bangladesh",
    "barbados",
    "belarus",
    "belgium",
    "belize",
    "benin",
    "bhutan",
    "bolivia",
    "bosnia",
    "botswana",
    "brazil",
    "britain",
    "great britain",
    "brunei",
    "bulgaria",
    "burkina faso",
    "burma",
    "burundi",
    "cambodia",
    "cameroon",
    "canada",
    "chad",
    "chile",
    "china",
    "colombia",
    "comoros",
    "congo",
    "costa rica",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "czech republic",
    "denmark",
    "djibouti",
    "dominica",
    "dominican republic",
    "ecuador",
    "egypt",
    "el salvador",
    "england",
    "eritrea",
    "estonia",
    "eswatini",
    "ethiopia",
    "fiji",
    "finland",
    "france",
    "gabon",
    "gambia",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "grenada",
    "guatemala",
    "guinea",
    "guyana",
    "haiti",
    "honduras",
    "hong kong",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "ivory coast",
    "jamaica",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kiribati",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lebanon",
    "lesotho",
    "liberia",
    "libya",
    "liechtenstein",
    "lithuania",
    "luxembourg",
    "macau",
    "madagascar",
    "malawi",
    "malaysia",
    "maldives",
    "mali",
    "malta",
    "mauritania",
    "mauritius",
    "mexico",
    "moldova",
    "monaco",
    "mongolia",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nauru",
    "nepal",
    "netherlands",
    "new zealand",
    "nicaragua",
    "niger",
    "nigeria",
    "north korea",
    "north macedonia",
    "northern ireland",
    "norway",
    "oman",
    "pakistan",
    "palau",
    "palestine",
    "panama",
    "papua new guinea",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "puerto rico",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "samoa",
    "san marino",
    "saudi arabia",
    "scotland",
    "senegal",
    "serbia",
    "seychelles",
    "sierra leone",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "south africa",
    "south korea",
    "south sudan",
    "spain",
    "sri lanka",
    "sudan",
    "suriname",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "timor-leste",
    "east timor",
    "togo",
    "tonga",
    "trinidad",
    "tunisia",
    "turkey",
    "türkiye",
    "turkmenistan",
    "tuvalu",
    "uganda",
    "ukraine",
    "united arab emirates",
    "uae",
    "united kingdom",
    "uk",
    "u.k.",
    "united states",
    "us",
    "u.s.",
    "usa",
    "uruguay",
    "uzbekistan",
    "vanuatu",
    "vatican",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zimbabwe",
    "european union",
    "eu",
    "e.u.",
    "united nations",
    "un",
    "u.n.",
];

/// Demonyms of the countries above (adjectives of a state, not of a faith
/// or a people without one).
pub const COUNTRY_DEMONYMS: &[&str] = &[
    "afghan",
    "albanian",
    "algerian",
    "american",
    "angolan",
    "argentine",
    "argentinian",
    "armenian",
    "australian",
    "austrian",
    "azerbaijani",
    "bahraini",
    "bangladeshi",
    "belarusian",
    "belgian",
    "bolivian",
    "bosnian",
    "brazilian",
    "british",
    "bulgarian",
    "burmese",
    "cambodian",
    "cameroonian",
    "canadian",
    "chadian",
    "chilean",
    "chinese",
    "colombian",
    "congolese",
    "croatian",
    "cuban",
    "cypriot",
    "czech",
    "danish",
    "dutch",
    "ecuadorian",
    "egyptian",
    "emirati",
    "english",
    "eritrean",
    "estonian",
    "ethiopian",
    "european",
    "filipino",
    "finnish",
    "french",
    "georgian",
    "german",
    "ghanaian",
    "greek",
    "guatemalan",
    "haitian",
    "honduran",
    "hungarian",
    "icelandic",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "ivorian",
    "jamaican",
    "japanese",
    "jordanian",
    "kazakh",
    "kenyan",
    "korean",
    "north korean",
    "south korean",
    "kosovan",
    "kuwaiti",
    "kyrgyz",
    "lao",
    "latvian",
    "lebanese",
    "liberian",
    "libyan",
    "lithuanian",
    "luxembourgish",
    "malagasy",
    "malawian",
    "malaysian",
    "maldivian",
    "malian",
    "maltese",
    "mexican",
    "moldovan",
    "mongolian",
    "montenegrin",
    "moroccan",
    "mozambican",
    "namibian",
    "nepalese",
    "nepali",
    "new zealand",
    "nicaraguan",
    "nigerian",
    "nigerien",
    "norwegian",
    "omani",
    "pakistani",
    "palestinian",
    "panamanian",
    "paraguayan",
    "peruvian",
    "philippine",
    "polish",
    "portuguese",
    "qatari",
    "romanian",
    "russian",
    "rwandan",
    "saudi",
    "scottish",
    "senegalese",
    "serbian",
    "singaporean",
    "slovak",
    "slovenian",
    "somali",
    "south african",
    "south sudanese",
    "spanish",
    "sri lankan",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "tajik",
    "tanzanian",
    "thai",
    "tunisian",
    "turkish",
    "turkmen",
    "ugandan",
    "ukrainian",
    "uruguayan",
    "uzbek",
    "venezuelan",
    "vietnamese",
    "welsh",
    "yemeni",
    "zambian",
    "zimbabwean",
];

/// Phrases by their first word: (phrase, is a name rather than a demonym).
type Index = HashMap<&'static str, Vec<(&'static str, bool)>, Fx>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m = Index::default();
        for (list, name) in [(COUNTRY_NAMES, true), (COUNTRY_DEMONYMS, false)] {
            for p in list {
                let head = p.split(' ').next().unwrap_or_default();
                m.entry(head).or_default().push((p, name));
            }
        }
        m
    })
}

/// The longest country name or demonym written at `i` with capitals (every
/// word capitalised or in capitals, on one line): (its end, is a name).
pub(super) fn country_at(tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    let capital = |t: &Token| t.is_capitalized() || t.is_all_caps();
    let t = tokens.get(i)?;
    if !t.is_word() || !capital(t) || t.text.len() > 24 {
        return None;
    }
    // Asked for many capitalised words: lower-case ASCII on the stack.
    let mut buf = [0u8; 24];
    let key: std::borrow::Cow<str> = if t.text.is_ascii() {
        let b = &mut buf[..t.text.len()];
        b.copy_from_slice(t.text.as_bytes());
        b.make_ascii_lowercase();
        std::borrow::Cow::Borrowed(std::str::from_utf8(b).ok()?)
    } else {
        lc(t)
    };
    let mut best: Option<(usize, bool)> = None;
    for &(p, name) in index().get(&*key)? {
        let mut j = i;
        let all = p.split(' ').all(|w| {
            let ok = tokens
                .get(j)
                .is_some_and(|x| (j == i || !x.line_start) && capital(x) && lc(x) == w);
            j += 1;
            ok
        });
        if all && best.is_none_or(|(b, _)| j > b) {
            best = Some((j, name));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn names_and_demonyms_of_several_words() {
        let t = toks("North Korean leader");
        assert_eq!(country_at(&t, 0), Some((2, false)));
        let t = toks("Hong Kong Chief Executive");
        assert_eq!(country_at(&t, 0), Some((2, true)));
        let t = toks("the EU's chief negotiator");
        assert_eq!(country_at(&t, 1), Some((2, true)));
        let t = toks("North Pole french us");
        assert_eq!(country_at(&t, 0), None);
        assert_eq!(country_at(&t, 2), None, "lower case is no country");
        assert_eq!(country_at(&t, 3), None, "the pronoun is no country");
    }
}
