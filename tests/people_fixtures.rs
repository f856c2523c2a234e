//! The person recogniser's patterns, one case each: (text, expected
//! mentions as (mention text, name, official, role)). Negatives expect none.

fn people(s: &str) -> Vec<(String, String, bool, Option<String>)> {
    factlight::people::find(s)
        .into_iter()
        .map(|p| (p.text, p.name, p.official, p.role))
        .collect()
}

fn has(s: &str, text: &str, name: &str, official: bool, role: Option<&str>) {
    let p = people(s);
    assert!(
        p.iter()
            .any(|m| m.0 == text && m.1 == name && m.2 == official && m.3.as_deref() == role),
        "{text:?} as {name:?}/{official}/{role:?} in {s:?}: {p:#?}"
    );
}

#[test]
fn particles_initials_hyphens_diacritics() {
    has(
        "Ursula von der Leyen met them on Monday.",
        "Ursula von der Leyen",
        "Ursula von der Leyen",
        false,
        None,
    );
    has(
        "George W. Bush spoke on Monday.",
        "George W. Bush",
        "George W. Bush",
        false,
        None,
    );
    has(
        "He met Jean-Claude Juncker in Brussels.",
        "Jean-Claude Juncker",
        "Jean-Claude Juncker",
        false,
        None,
    );
    has(
        "Turkish President Recep Tayyip Erdoğan called.",
        "Turkish President Recep Tayyip Erdoğan",
        "Recep Tayyip Erdoğan",
        true,
        Some("Turkish President"),
    );
}

#[test]
fn titles_with_nationality_or_organisation() {
    let s = "NATO Secretary General Jens Stoltenberg and Israeli Prime Minister Naftali Bennett met Secretary of State Antony Blinken.";
    has(
        s,
        "NATO Secretary General Jens Stoltenberg",
        "Jens Stoltenberg",
        true,
        Some("NATO Secretary General"),
    );
    has(
        s,
        "Israeli Prime Minister Naftali Bennett",
        "Naftali Bennett",
        true,
        Some("Israeli Prime Minister"),
    );
    has(
        s,
        "Secretary of State Antony Blinken",
        "Antony Blinken",
        true,
        Some("Secretary of State"),
    );
    let s = "Mayor Vitali Klitschko and Gen. Mark Milley spoke. Chancellor Olaf Scholz agreed.";
    has(
        s,
        "Mayor Vitali Klitschko",
        "Vitali Klitschko",
        true,
        Some("Mayor"),
    );
    has(s, "Gen. Mark Milley", "Mark Milley", true, Some("Gen."));
    has(
        s,
        "Chancellor Olaf Scholz",
        "Olaf Scholz",
        true,
        Some("Chancellor"),
    );
}

#[test]
fn appositives_and_said_spokesman() {
    let s = "Sergei Lavrov, the minister of foreign affairs, said they lied. Later Lavrov left.";
    has(
        s,
        "Sergei Lavrov",
        "Sergei Lavrov",
        true,
        Some("minister of foreign affairs"),
    );
    // A role stated once applies to every later mention.
    has(
        s,
        "Lavrov",
        "Sergei Lavrov",
        true,
        Some("minister of foreign affairs"),
    );
    has(
        "“We will not give up,” said Dmitry Peskov, a spokesman for the Kremlin.",
        "Dmitry Peskov",
        "Dmitry Peskov",
        true,
        Some("spokesman for the Kremlin"),
    );
}

#[test]
fn surnames_and_possessives_link_back() {
    let s = "Russian President Vladimir Putin spoke. Later, Putin’s office said Putin would call.";
    let p = people(s);
    let short: Vec<_> = p.iter().filter(|m| m.0 == "Putin").collect();
    assert_eq!(short.len(), 2, "{p:#?}");
    assert!(short
        .iter()
        .all(|m| m.1 == "Vladimir Putin" && m.2 && m.3.as_deref() == Some("Russian President")));
}

#[test]
fn business_and_media_roles_are_persons_not_officials() {
    let s = "Tesla chief executive Elon Musk and CNN anchor Jake Tapper argued.";
    has(
        s,
        "chief executive Elon Musk",
        "Elon Musk",
        false,
        Some("chief executive"),
    );
    has(
        s,
        "CNN anchor Jake Tapper",
        "Jake Tapper",
        false,
        Some("CNN anchor"),
    );
}

#[test]
fn transliterated_names_found_by_the_tagger() {
    has(
        "Officials said Mykhailo Podolyak had arrived with Abdullah Abdullah.",
        "Mykhailo Podolyak",
        "Mykhailo Podolyak",
        false,
        None,
    );
}

#[test]
fn negatives() {
    for s in [
        "Foreign Ministry of Belarus / Handout/Anadolu Agency via Getty Images",
        "Kyiv was shelled. Belarusians protested. The Kremlin said CNN lied.",
        "President Announces New Plan For Ukraine Talks",
        "BREAKING NEWS LIVE UPDATES SUBSCRIBE NOW",
        "LOADINGERROR LOADING",
        "Meanwhile, officials met in Minsk.",
        "General Motors said sales rose.",
    ] {
        assert!(people(s).is_empty(), "{s}: {:?}", people(s));
    }
}
