//! Names in one article: people, organisations and places, with the titles and roles that stand
//! beside them ("Kenya's Foreign Minister Amina Odhiambo", "spokeswoman Lena
//! Park"). Aliases are merged across a story by `reconcile::entities`.
//!
//! Hand-written rules over capitalised runs: no statistical NER model can ship here (none comes
//! from a registry package small enough to build with the project), and news names follow strong
//! conventions — a title before a name, a gazetteer of countries and capitals, organisation words
//! ("Department", "House") — that rules capture with byte-exact spans.

use super::tokens::{tokenize, Token};
use crate::model::EntityType;
use crate::resources;

/// One name found in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The name as written.
    pub text: String,
    /// Byte offset in the text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// What it is, when the article tells; `None` for a lone capitalised word or a bare name
    /// that the story may resolve (a surname, a place).
    pub kind: Option<EntityType>,
    /// The title or role written with it ("US Secretary of State").
    pub role: Option<String>,
    /// Canonical name for gazetteer places ("US" → "United States").
    pub canonical: Option<String>,
    /// A preposition or demonym before it suggests a place ("in Kisumu", "Kenyan Rift Valley").
    pub place_cue: bool,
    /// Stands next to a speech verb ("Singh said").
    pub speaks: bool,
}

/// Words that open names of operations, events and documents rather than people.
const EVENT_HEADS: &[&str] = &[
    "Operation",
    "Battle",
    "War",
    "Treaty",
    "Act",
    "Agreement",
    "Summit",
    "Cup",
    "Games",
    "Day",
    "Festival",
    "Award",
    "Prize",
    "Conference",
    "Olympics",
    "Championship",
];

/// Nouns of incidents that a place name stands before ("the Garissa attack").
const INCIDENT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "blast",
    "explosion",
    "massacre",
    "shooting",
    "earthquake",
    "flood",
    "floods",
    "raid",
    "strike",
    "strikes",
    "killings",
    "crash",
    "fire",
    "riots",
];

const CONNECTORS: &[&str] = &[
    "of", "de", "da", "del", "al", "bin", "van", "von", "der", "la", "for",
];

const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "across", "from", "to", "into", "of", "across", "outside", "inside",
];

/// Find the names in `text`.
pub fn find(text: &str) -> Vec<Mention> {
    let r = resources::get();
    let tokens = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_capitalised() || is_adjective_compound(tokens[i].text) {
            i += 1;
            continue;
        }
        // A run of capitalised words (with connectors inside), joined by spaces only.
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].joined && !tokens[j - 1].possessive {
            let t = &tokens[j];
            let name_word = t.is_capitalised() && !is_adjective_compound(t.text);
            let connector = CONNECTORS.contains(&t.text)
                && j + 1 < tokens.len()
                && tokens[j + 1].joined
                && tokens[j + 1].is_capitalised();
            if !(name_word || connector) {
                break;
            }
            j += 1;
        }
        analyse_run(text, &tokens, i, j, r, &mut out);
        i = j;
    }
    out
}

/// "Pakistan-controlled", "India-administered": an adjective, not a name.
fn is_adjective_compound(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_lowercase))
}

/// Length (in tokens) of the longest title starting at `tokens[at]`.
fn title_at(tokens: &[Token<'_>], at: usize, end: usize) -> usize {
    let r = resources::get();
    let mut best = 0;
    for len in 1..=4.min(end - at) {
        let phrase: Vec<String> = tokens[at..at + len]
            .iter()
            .map(|t| t.text.to_lowercase())
            .collect();
        let phrase = phrase.join(" ");
        if r.title_set.contains(&phrase) {
            best = len;
        }
    }
    best
}

fn span_text(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> (usize, usize, String) {
    let (s, e) = (tokens[a].start, tokens[b - 1].end);
    (s, e, text[s..e].to_string())
}

fn analyse_run(
    text: &str,
    tokens: &[Token<'_>],
    mut a: usize,
    b: usize,
    r: &resources::Resources,
    out: &mut Vec<Mention>,
) {
    // Leading function words ("The", "In", "But") are not part of a name, unless the run is a
    // known place ("New Delhi") or the word is joined mid-sentence to the rest.
    let whole = &text[tokens[a].start..tokens[b - 1].end];
    if !r.places.contains_key(whole) && !r.capitals.contains_key(whole) {
        while a < b
            && r.stopwords.contains(&tokens[a].lower())
            && (a == 0 || !tokens[a].joined || matches!(tokens[a].text, "The" | "A" | "An"))
        {
            a += 1;
        }
    }
    if a >= b {
        return;
    }
    // "Republican Christine Todd Whitman", "Mexican Ana Ruiz": a party or nationality before a
    // given name is not part of the name.
    if b - a >= 3
        && (r.demonyms.contains_key(tokens[a].text) || r.speaker_nouns.contains(&tokens[a].lower()))
        && r.given_names.contains_key(&tokens[a + 1].lower())
        && tokens[a + 1].joined
    {
        a += 1;
    }
    // Titles: the last title in the run splits role from name ("US Secretary of State | Marco
    // Kerry"); a run that is only a title is a role mention for the story to resolve.
    let mut name_start = a;
    let mut k = a;
    let mut last_title_end = None;
    while k < b {
        let len = title_at(tokens, k, b);
        if len > 0 {
            last_title_end = Some(k + len);
            k += len;
        } else if last_title_end.is_some() && k < b {
            break;
        } else {
            k += 1;
        }
    }
    let mut role: Option<String> = None;
    if let Some(end) = last_title_end {
        // The role: from the start of the run (a country or demonym may lead) to the title's end.
        let role_start = role_start_before(tokens, a);
        let (rs, _, _) = span_text(text, tokens, role_start, end);
        role = Some(text[rs..tokens[end - 1].end].to_string());
        // Organisation tokens before the title are a mention of their own ("State Department").
        let title_first = (a..end).find(|&x| title_at(tokens, x, b) > 0).unwrap_or(a);
        if title_first > a {
            analyse_run(text, tokens, a, title_first, r, out);
        }
        name_start = end;
    } else if let Some(prev_role) = lowercase_title_before(text, tokens, a) {
        role = Some(prev_role);
    } else if let Some(prev_role) = appositive_title_before(text, tokens, a) {
        role = Some(prev_role);
    } else if let Some(prev_role) = abbreviated_title_before(text, tokens, a) {
        role = Some(prev_role);
    }
    // "House Intelligence Republican Mike Pompeo": an organisation's words before a given name
    // and a surname are the person's role, not part of the name (nor do they make it an
    // organisation).
    if role.is_none() {
        let has_org = |from: usize, to: usize| has_org_word(&tokens[from..to], r);
        let split = (name_start + 1..b.saturating_sub(1)).find(|&p| {
            b - p <= 3
                && tokens[p].joined
                && r.given_names.contains_key(&tokens[p].lower())
                && tokens[p..b].iter().all(|t| t.is_capitalised())
                && has_org(name_start, p)
                && !has_org(p, b)
        });
        if let Some(p) = split {
            role = Some(text[tokens[name_start].start..tokens[p - 1].end].to_string());
            name_start = p;
        }
    }
    // A name starts with a capital: "Minister of Pakistan Defense" is a role, not a name.
    if name_start >= b || !tokens[name_start].is_capitalised() {
        return;
    }
    let (start, end, name) = span_text(text, tokens, name_start, b);
    let first = &tokens[name_start];
    let words = b - name_start;
    let speaks = speaks_near(tokens, name_start, b);
    let place_cue = name_start > 0 && {
        let prev = &tokens[name_start - 1];
        (PLACE_PREPOSITIONS.contains(&prev.text) && prev.end + 1 >= first.start)
            || r.demonyms.contains_key(prev.text)
            || (is_adjective_compound(prev.text) && first.joined)
            || (name_start >= 2 && tokens[name_start - 2].text == "city" && prev.text == "of")
    };
    let mut mention = Mention {
        text: name.clone(),
        start,
        end,
        kind: None,
        role: role.clone(),
        canonical: None,
        place_cue,
        speaks,
    };
    // Gazetteer places.
    if let Some(country) = r.places.get(name.as_str()) {
        mention.kind = Some(EntityType::Place);
        mention.canonical = Some(country.clone());
        out.push(mention);
        return;
    }
    if r.capitals.contains_key(name.as_str()) {
        mention.kind = Some(EntityType::Place);
        out.push(mention);
        return;
    }
    // A demonym alone is an adjective; before a name it hints at a place ("Kenyan Rift Valley").
    if r.demonyms.contains_key(first.text) {
        if words == 1 {
            return;
        }
        if role.is_none() {
            analyse_run(text, tokens, name_start + 1, b, r, out);
            if let Some(m) = out.last_mut() {
                if m.start == tokens[name_start + 1].start {
                    m.place_cue = m.kind.is_none();
                }
            }
            return;
        }
    }
    if EVENT_HEADS.contains(&first.text) {
        return;
    }
    // Months and weekdays are dates, not names.
    if words == 1
        && (r.months.contains_key(&first.lower()) || r.weekdays.contains_key(&first.lower()))
    {
        return;
    }
    // "Indians", "Americans": people of a country, not a name.
    if words == 1
        && first
            .text
            .strip_suffix('s')
            .is_some_and(|d| r.demonyms.contains_key(d))
    {
        return;
    }
    // "the Garissa attack": a single name before an attack noun is where it happened.
    if words == 1 && !mention.place_cue {
        mention.place_cue = tokens.get(b..b + 2).is_some_and(|next| {
            next.iter()
                .any(|t| t.joined && INCIDENT_NOUNS.contains(&t.text))
        }) || tokens
            .get(b)
            .is_some_and(|t| t.joined && INCIDENT_NOUNS.contains(&t.text));
    }
    // Organisation words anywhere ("State Department"), hyphenated too ("Journal-Constitution"),
    // or an acronym leading the name ("NBC New York").
    let is_org = has_org_word(&tokens[name_start..b], r)
        || (words == 1 && is_acronym(first.text))
        // "NBC New York", but not "JD Vance": a leading acronym of three letters or more, and no
        // person's title before it.
        || (words >= 2 && role.is_none() && is_acronym(first.text) && first.text.len() >= 3);
    if is_org {
        mention.kind = Some(EntityType::Organization);
        out.push(mention);
        return;
    }
    let alphabetic = tokens[name_start..b].iter().all(|t| {
        t.text
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'' || c == '\u{2019}')
    });
    if !alphabetic || words > 4 {
        return;
    }
    // A person: a name with a title or a speech verb, or opening with a common given name.
    let given = words <= 3 && r.given_names.contains_key(&first.lower());
    if words >= 2
        && (role.is_some()
            || speaks
            || given
            || apposed_role(text, tokens, b)
            || relative_who_after(text, tokens, b))
    {
        mention.kind = Some(EntityType::Person);
    }
    out.push(mention);
}

/// "…, Ana Ruiz, who spoke …": "who" set off by a comma right after a name is said of a
/// person (an organisation takes "which").
fn relative_who_after(text: &str, tokens: &[Token<'_>], b: usize) -> bool {
    let (Some(prev), Some(next)) = (b.checked_sub(1).map(|i| &tokens[i]), tokens.get(b)) else {
        return false;
    };
    next.text == "who" && text.get(prev.end..next.start).map(str::trim) == Some(",")
}

/// Whether any of `tokens` is an organisation word ("Department"), hyphenated ones too
/// ("Journal-Constitution").
fn has_org_word(tokens: &[Token<'_>], r: &resources::Resources) -> bool {
    tokens
        .iter()
        .any(|t| t.text.split('-').any(|part| r.org_words.contains(part)))
}

/// "Ana Ruiz, a longtime supporter and president of …": a name set off by a comma and a
/// description holding a person's role (`data/titles.txt`, `data/person_roles.txt`).
fn apposed_role(text: &str, tokens: &[Token<'_>], b: usize) -> bool {
    let r = resources::get();
    let (Some(prev), Some(det)) = (b.checked_sub(1).map(|i| &tokens[i]), tokens.get(b)) else {
        return false;
    };
    if text.get(prev.end..det.start).map(str::trim) != Some(",") {
        return false;
    }
    let is_role = |t: &Token<'_>| {
        let w = t.lower();
        !t.is_capitalised() && (r.title_set.contains(&w) || r.person_roles.contains(&w))
    };
    if !matches!(det.text, "a" | "an" | "the") {
        // "Ana Ruiz, president of …", "…, executive director for …": a role with no article
        // counts when it heads a phrase of what the person is the role of.
        let words = &tokens[b..tokens.len().min(b + 4)];
        return words.iter().enumerate().any(|(i, t)| {
            words[..=i].iter().all(|w| !w.is_capitalised())
                && words[1..=i].iter().all(|w| w.joined)
                && is_role(t)
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.joined && matches!(n.text, "of" | "for" | "at"))
        });
    }
    tokens[b + 1..tokens.len().min(b + 5)]
        .iter()
        .take_while(|t| t.joined)
        .any(is_role)
}

/// "G7", "NATO", "CNN": an organisation's acronym.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
    !word.contains('.')
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && ((2..=6).contains(&letters) && digits == 0
            || (letters >= 1 && digits >= 1 && word.len() <= 4))
}

/// Where a role begins: a joined country, demonym or possessive country before the title.
fn role_start_before(tokens: &[Token<'_>], a: usize) -> usize {
    let r = resources::get();
    if a > 0 {
        let prev = &tokens[a - 1];
        let joined = tokens[a].joined || prev.possessive;
        if joined && (r.demonyms.contains_key(prev.text) || r.places.contains_key(prev.text)) {
            return a - 1;
        }
    }
    a
}

/// A lower-case title right before a name ("spokeswoman Lena Park", "army chief Omar Haji"),
/// with what qualifies it ("U.S. State Department spokesperson", "Pakistani army chief").
fn lowercase_title_before(text: &str, tokens: &[Token<'_>], a: usize) -> Option<String> {
    if a == 0 || !tokens[a].joined {
        return None;
    }
    let r = resources::get();
    for len in (1..=2).rev() {
        if a < len {
            continue;
        }
        let start = a - len;
        if tokens[start + 1..=a].iter().any(|t| !t.joined) {
            continue;
        }
        let phrase: Vec<String> = tokens[start..a]
            .iter()
            .map(|t| t.text.to_lowercase())
            .collect();
        if r.title_set.contains(&phrase.join(" ")) {
            // Extend back over a joined capitalised qualifier ("State Department", "Pakistani").
            let mut q = start;
            while q > 0
                && tokens[q].joined
                && tokens[q - 1].is_capitalised()
                && !tokens[q - 1].possessive
                && start - q < 4
            {
                q -= 1;
            }
            if q > 0
                && q == start
                && tokens[q - 1].possessive
                && r.places.contains_key(tokens[q - 1].text)
            {
                q -= 1;
            }
            let s = tokens[q].start;
            return Some(text[s..tokens[a - 1].end].to_string());
        }
    }
    None
}

/// A title in apposition before a name: "the Chilean Prime Minister, Tomas Vidal".
fn appositive_title_before(text: &str, tokens: &[Token<'_>], a: usize) -> Option<String> {
    if a == 0 || tokens[a].joined {
        return None;
    }
    let between = &text[tokens[a - 1].end..tokens[a].start];
    if between.trim() != "," {
        return None;
    }
    // Walk back over the previous run and look for a title ending it.
    let end = a;
    let mut start = a - 1;
    while start > 0
        && tokens[start].joined
        && (tokens[start - 1].is_capitalised() || CONNECTORS.contains(&tokens[start - 1].text))
    {
        start -= 1;
    }
    for s in start..end {
        let len = title_at(tokens, s, end);
        if len > 0 && s + len == end {
            let rs = role_start_before(tokens, start);
            return Some(text[tokens[rs].start..tokens[end - 1].end].to_string());
        }
    }
    None
}

/// An abbreviated title ending with its full stop right before the name ("Rep. Glenn
/// Thompson", "Indiana Gov. Mike Pence", "Lt. Gen. Ana Ruiz").
fn abbreviated_title_before(text: &str, tokens: &[Token<'_>], a: usize) -> Option<String> {
    if a == 0 || tokens[a].joined {
        return None;
    }
    let between = &text[tokens[a - 1].end..tokens[a].start];
    if between.trim() != "." {
        return None;
    }
    let r = resources::get();
    if !r.title_set.contains(&tokens[a - 1].lower()) {
        return None;
    }
    // Walk back over joined capitalised words and further abbreviated titles ("Lt. Gen.").
    let mut start = a - 1;
    while start > 0
        && ((tokens[start].joined && tokens[start - 1].is_capitalised())
            || (text[tokens[start - 1].end..tokens[start].start].trim() == "."
                && r.title_set.contains(&tokens[start - 1].lower())))
    {
        start -= 1;
    }
    let rs = role_start_before(tokens, start);
    Some(text[tokens[rs].start..tokens[a - 1].end + 1].to_string())
}

/// A speech verb right after the name, or right before it ("Stone said", "said Stone").
fn speaks_near(tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    let verbs = &resources::get().speech_verbs;
    let after = tokens
        .get(b)
        .is_some_and(|t| t.joined && verbs.contains(&t.lower()));
    let before = a > 0 && tokens[a].joined && verbs.contains(&tokens[a - 1].lower());
    after || before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<EntityType>, Option<String>)> {
        find(text)
            .into_iter()
            .map(|m| (m.text, m.kind, m.role))
            .collect()
    }

    #[test]
    fn a_name_described_by_a_persons_role_is_a_person() {
        let kind = |text: &str, name: &str| {
            find(text)
                .into_iter()
                .find(|m| m.text == name)
                .and_then(|m| m.kind)
        };
        assert_eq!(
            kind("Neera Tanden, a Clinton supporter and president of a think tank, asked about the banks.", "Neera Tanden"),
            Some(EntityType::Person)
        );
        assert_eq!(
            kind(
                "He was joined by Zorvan Quade, president of a rights group, on the call.",
                "Zorvan Quade"
            ),
            Some(EntityType::Person)
        );
        // A body of people is no person.
        assert_ne!(
            kind(
                "Blue Harbor, a group that lobbies for fishermen, opposed the plan.",
                "Blue Harbor"
            ),
            Some(EntityType::Person)
        );
        assert_ne!(
            kind(
                "Blue Harbor, maker of boats for the coast, opposed the plan.",
                "Blue Harbor"
            ),
            Some(EntityType::Person)
        );
        // "who" after the comma is said of a person; "which" of anything else.
        assert_eq!(
            kind(
                "At center stage was his eldest daughter, Zorvana Quade, who spoke next.",
                "Zorvana Quade"
            ),
            Some(EntityType::Person)
        );
        assert_ne!(
            kind(
                "The deal went to Blue Harbor, which builds boats for the coast.",
                "Blue Harbor"
            ),
            Some(EntityType::Person)
        );
    }

    #[test]
    fn an_organisations_words_before_a_given_name_are_a_role() {
        let found = names("House Intelligence Republican Ana Ruiz agreed with that point.");
        assert!(
            found.contains(&(
                "Ana Ruiz".to_string(),
                Some(EntityType::Person),
                Some("House Intelligence Republican".to_string())
            )),
            "{found:?}"
        );
        // An organisation named after a person stays whole: no given name follows its words.
        let found = names("The Ford Foundation gave the money.");
        assert_eq!(found[0].1, Some(EntityType::Organization), "{found:?}");
    }

    #[test]
    fn a_party_or_nationality_before_a_name_is_not_part_of_it() {
        let m =
            find("Republican Christine Todd Whitman told the paper she would rather stay home.");
        let person = m
            .iter()
            .find(|m| m.text.contains("Whitman"))
            .expect("found");
        assert_eq!(person.text, "Christine Todd Whitman");
        assert_eq!(person.kind, Some(EntityType::Person));
    }

    #[test]
    fn titles_split_role_from_name() {
        let n = names("Kenya's Foreign Minister Amina Odhiambo met US Secretary of State John Kerry in Nairobi.");
        assert!(
            n.contains(&(
                "Amina Odhiambo".into(),
                Some(EntityType::Person),
                Some("Kenya's Foreign Minister".into())
            )),
            "{n:?}"
        );
        assert!(
            n.contains(&(
                "John Kerry".into(),
                Some(EntityType::Person),
                Some("US Secretary of State".into())
            )),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "Nairobi" && m.1 == Some(EntityType::Place)),
            "{n:?}"
        );
        // A title of several words, one of them "of", after an organisation's initials.
        let n = names("That, RNC Chief of Staff Dana Ortiz explained, is by design.");
        assert!(
            n.contains(&(
                "Dana Ortiz".into(),
                Some(EntityType::Person),
                Some("RNC Chief of Staff".into())
            )),
            "{n:?}"
        );
    }

    #[test]
    fn lowercase_and_appositive_roles() {
        let n = names("the Foreign Ministry spokeswoman Lena Park said. Later the Chilean Prime Minister, Tomas Vidal, spoke.");
        assert!(
            n.iter()
                .any(|m| m.0 == "Lena Park"
                    && m.2.as_deref() == Some("Foreign Ministry spokeswoman")),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "Foreign Ministry" && m.1 == Some(EntityType::Organization)),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "Tomas Vidal" && m.2.as_deref() == Some("Chilean Prime Minister")),
            "{n:?}"
        );
    }

    #[test]
    fn organisations_places_and_adjectives() {
        let n = names(
            "The U.S. State Department and the G7 met in Indian-run Kerala, said the White House.",
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "State Department" || m.0 == "U.S. State Department"),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "G7" && m.1 == Some(EntityType::Organization)),
            "{n:?}"
        );
        assert!(
            n.iter()
                .any(|m| m.0 == "White House" && m.1 == Some(EntityType::Organization)),
            "{n:?}"
        );
        let kerala = find("The U.S. met in Indian-run Kerala.")
            .into_iter()
            .find(|m| m.text == "Kerala")
            .unwrap();
        assert!(kerala.kind.is_none() && kerala.place_cue);
        let operation = names("after Operation Thunder began");
        assert!(operation.is_empty(), "{operation:?}");
    }
}
