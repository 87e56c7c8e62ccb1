//! One quote, many outlets: the renderings of the same words across a story's articles grouped
//! into one [`Quote`] — exact copies, spelling variants (emphasized/emphasised), fragments (a
//! 5-word piece of a 20-word quote) and paraphrases or machine translations (fuzzy, with a
//! confidence) — and each speaker phrase resolved to a story entity (names, pronouns, roles,
//! "the statement" → the organisation that issued it).

use foldhash::HashSet;

use super::entities::EntityIndex;
use crate::clean::normalize;
use crate::extract::quotes::{self, QuoteKind, RawQuote};
use crate::model::{Entity, EntityType, Quote, QuoteOccurrence};
use crate::resources;

/// An article as quote reconciliation reads it.
pub struct ArticleQuotes<'a> {
    /// Article id.
    pub id: &'a str,
    /// Clean text.
    pub text: &'a str,
    /// The independent report this one is (its own id, or the id of the report it copies).
    pub origin: &'a str,
}

struct Occ {
    article: usize,
    raw: RawQuote,
    speaker: Option<usize>,
    about: Option<usize>,
    tokens: Vec<String>,
    content: HashSet<String>,
}

/// Who a sentence is about, by the subject opening it: what a later "he said" may continue.
enum Subject {
    /// A person of the story.
    Person(usize),
    /// A name no entity stands for ("Haldane, 33, …"), as written.
    Name(String),
}

/// The person-like subjects opening an article's sentences, with each sentence's start, in text
/// order. Sentences opened by a pronoun, a quotation, or an organisation or place are left out:
/// the first continue whoever came before, the others cannot be a "he" or a "she".
fn sentence_subjects(
    a: &ArticleQuotes<'_>,
    index: &EntityIndex,
    speakers: &HashSet<String>,
) -> Vec<(usize, Subject)> {
    let quoted = quoted_regions(a.text);
    // Words the article also writes in lower case are ordinary words capitalised by their
    // place ("Asked about …", "Voters …"), not names.
    let lower_words: HashSet<&str> = a
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .collect();
    // A name the entity index missed counts when a given name opens it ("Wayne Borders", a
    // lone "Bob"), when the article names it as a speaker elsewhere ("Haldane said"), or when a
    // given name stands before it elsewhere ("Borders", after "Wayne Borders").
    let given = |w: &str| resources::get().given_names.contains_key(&w.to_lowercase());
    // Words written right after a given name, collected in one pass (a scan per candidate
    // would cost sentences × text on a long page).
    let after_given: HashSet<&str> = crate::extract::tokens::tokenize(a.text)
        .windows(2)
        .filter(|pair| pair[1].joined && pair[1].is_capitalised() && given(pair[0].text))
        .map(|pair| pair[1].text)
        .collect();
    let unknown_name = |phrase: &str| {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        looks_like_a_name(phrase)
            && words
                .iter()
                .all(|w| !lower_words.contains(w.to_lowercase().as_str()))
            && (given(words[0]) || speakers.contains(phrase) || after_given.contains(words[0]))
    };
    crate::extract::sentences::split(a.text)
        .iter()
        .filter_map(|s| {
            let span = quotes::sentence_subject(a.text, (s.start, s.end))?;
            if quoted.iter().any(|&(q0, q1)| q0 <= span.0 && span.0 < q1) {
                return None;
            }
            let phrase = &a.text[span.0..span.1];
            if matches!(
                phrase.to_lowercase().as_str(),
                "he" | "she" | "they" | "i" | "we" | "it"
            ) {
                return None;
            }
            // A possessive opens a description of something else ("Stone's accusation …").
            if a.text[span.1..].starts_with(['\'', '\u{2019}']) {
                return None;
            }
            let subject = match resolve(a, span, index, false) {
                Some(e) if index.entities[e].kind == EntityType::Person => Subject::Person(e),
                Some(_) => return None,
                None if unknown_name(phrase) => Subject::Name(phrase.to_string()),
                None => return None,
            };
            Some((s.start, subject))
        })
        .collect()
}

/// The sex a written name tells by its given name, if any.
/// The first given name before the surname, past any title ("Attorney General Eric Holder"):
/// for a name as written and for an entity's fullest form alike.
pub fn sex_of_name(name: &str) -> Option<char> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let (_surname, before) = words.split_last()?;
    let r = resources::get();
    // A short form ("Bill") has the sex of its full name ("William").
    let sex = |w: &String| {
        r.given_names.get(w).copied().or_else(|| {
            r.nicknames
                .iter()
                .find(|(short, _)| short == w)
                .and_then(|(_, full)| r.given_names.get(full).copied())
        })
    };
    before.iter().find_map(|w| match sex(w) {
        Some('m') => Some('m'),
        Some('f') => Some('f'),
        _ => None,
    })
}

/// A speaker phrase that is a bare "he" or "she", resolved by who came before.
fn is_he_or_she(phrase: &str) -> bool {
    matches!(phrase, "he" | "she" | "He" | "She")
}

/// A speaker named earlier in an article.
enum LastSpeaker {
    /// Resolved to a person of the story.
    Entity(usize),
    /// A name no entity stands for, as written.
    Name(String),
}

/// How far (bytes) back a named speaker is still the one a later "he said" continues.
const MAX_SPEAKER_DISTANCE: usize = 2000;

/// Find, resolve and group the quotes of a story's articles.
pub fn reconcile(articles: &[ArticleQuotes<'_>], index: &EntityIndex) -> Vec<Quote> {
    let mut occs: Vec<Occ> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        // The last speaker named in the article, and where it ends: an entity, or a name no
        // entity stands for ("Khan said", when only "Khan" is ever written). Journalists let a
        // later "he said" continue the speaker just named, even when another person was
        // mentioned in between ("Singh said he wanted to see a Ruiz rally. “…,” he said").
        let mut last_speaker: Option<(usize, LastSpeaker)> = None;
        let raws = quotes::find(a.text);
        // Names the article itself writes as speakers ("Haldane said"): people, whatever the
        // entity index made of them.
        let speakers: HashSet<String> = raws
            .iter()
            .filter_map(|q| q.speaker.clone())
            .filter(|p| looks_like_a_name(p))
            .collect();
        // Only a "he" or "she" speaker needs the sentence subjects (each resolved against the
        // story's entities), so an article without one skips them.
        let pronoun_speaker = raws
            .iter()
            .any(|q| q.speaker.as_deref().is_some_and(is_he_or_she));
        let subjects = if pronoun_speaker {
            sentence_subjects(a, index, &speakers)
        } else {
            Vec::new()
        };
        for mut raw in raws {
            let mut speaker = raw
                .speaker_span
                .and_then(|span| resolve(a, span, index, false));
            if let Some(span) = raw.speaker_span {
                let phrase = &a.text[span.0..span.1];
                if is_he_or_she(phrase) {
                    let want = if phrase.eq_ignore_ascii_case("she") {
                        'f'
                    } else {
                        'm'
                    };
                    // Unless someone else opened a sentence since: "Dottie Deans … is supporting
                    // Sanders. “…,” she said" is Deans.
                    let since = last_speaker
                        .as_ref()
                        .map_or(0, |(at, _)| *at)
                        .max(span.0.saturating_sub(MAX_SPEAKER_DISTANCE));
                    let new_subject = subjects
                        .iter()
                        .rev()
                        .skip_while(|(at, _)| *at >= span.0)
                        .take_while(|(at, _)| *at >= since)
                        .find(|(_, s)| match s {
                            Subject::Person(e) => {
                                sex_of(&index.entities[*e]).is_none_or(|s| s == want)
                            }
                            Subject::Name(n) => sex_of_name(n).is_none_or(|s| s == want),
                        });
                    // Named before this pronoun (an attribution after a quote can end past it)
                    // and close enough.
                    let near = |at: usize| {
                        span.0
                            .checked_sub(at)
                            .is_some_and(|d| d <= MAX_SPEAKER_DISTANCE)
                    };
                    match &last_speaker {
                        _ if new_subject.is_some() => match new_subject {
                            Some((_, Subject::Person(e))) => speaker = Some(*e),
                            Some((_, Subject::Name(n))) => {
                                speaker = None;
                                raw.speaker = Some(n.clone());
                            }
                            None => {}
                        },
                        Some((at, LastSpeaker::Entity(e)))
                            if near(*at)
                                && sex_of(&index.entities[*e]).is_none_or(|s| s == want) =>
                        {
                            speaker = Some(*e);
                        }
                        Some((at, LastSpeaker::Name(name))) if near(*at) => {
                            speaker = None;
                            raw.speaker = Some(name.clone());
                        }
                        _ => {}
                    }
                } else if let Some(e) = speaker {
                    if index.entities[e].kind == EntityType::Person {
                        last_speaker = Some((span.1, LastSpeaker::Entity(e)));
                    } else {
                        last_speaker = None;
                    }
                } else if looks_like_a_name(phrase) {
                    last_speaker = Some((span.1, LastSpeaker::Name(phrase.to_string())));
                }
            }
            let about = raw
                .about_span
                .and_then(|span| resolve(a, span, index, true))
                .filter(|&e| Some(e) != speaker);
            let tokens = match_tokens(&raw.text);
            let content = content_stems(&tokens);
            occs.push(Occ {
                article: ai,
                raw,
                speaker,
                about,
                tokens,
                content,
            });
        }
    }

    // Group renderings of the same words.
    let n = occs.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Every rule below needs two shared content stems, so only pairs that share two are
    // compared: candidates come from an index of stems (very common stems left out), which keeps
    // a big story's quotes from costing quotes².
    let mut postings: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, o) in occs.iter().enumerate() {
        for stem in &o.content {
            postings.entry(stem.as_str()).or_default().push(i);
        }
    }
    let cap = 200.max(n / 20);
    let mut shared: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    for list in postings.values().filter(|l| l.len() <= cap) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&(_, c)| c >= 2)
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    // The parts of a quote broken by its attribution are one quote.
    for i in 1..n {
        if occs[i].raw.continues_previous && occs[i - 1].article == occs[i].article {
            let (a, b) = (root(&mut parent, i - 1), root(&mut parent, i));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    for (i, j) in pairs {
        if same_words(&occs[i], &occs[j]) {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of = vec![usize::MAX; n];
    for i in 0..n {
        let r = root(&mut parent, i);
        if group_of[r] == usize::MAX {
            group_of[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[group_of[r]].push(i);
    }

    let mut out: Vec<Quote> = groups
        .into_iter()
        .filter_map(|members| build(&members, &occs, articles, index))
        .collect();
    out.sort_by_key(|q| std::cmp::Reverse(distinct_articles(q)));
    for (i, q) in out.iter_mut().enumerate() {
        q.id = format!("q{}", i + 1);
    }
    out
}

fn distinct_articles(q: &Quote) -> usize {
    q.occurrences
        .iter()
        .map(|o| o.article.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

fn build(
    members: &[usize],
    occs: &[Occ],
    articles: &[ArticleQuotes<'_>],
    index: &EntityIndex,
) -> Option<Quote> {
    // The main rendering: a direct one if any, the longest.
    let main = *members.iter().max_by_key(|&&i| {
        (
            occs[i].raw.kind == QuoteKind::Direct,
            occs[i].tokens.len(),
            std::cmp::Reverse(i),
        )
    })?;
    let direct = members
        .iter()
        .any(|&i| occs[i].raw.kind == QuoteKind::Direct);
    // A group of reported speech alone is kept; reported renderings inside a direct group too.
    // One vote per outlet and speaker: an article that quotes a fragment again ("Harbor Relief
    // says it “effectively countered …”" beside its director's full statement) is one source.
    let votes: std::collections::BTreeSet<(usize, usize)> = members
        .iter()
        .filter_map(|&i| occs[i].speaker.map(|sp| (occs[i].article, sp)))
        .collect();
    let speaker = most_common(votes.into_iter().map(|(_, sp)| sp), occs[main].speaker);
    let about = most_common(
        members.iter().filter_map(|&i| occs[i].about),
        occs[main].about,
    );
    let m = &occs[main];
    let occurrences: Vec<QuoteOccurrence> = members
        .iter()
        .map(|&i| {
            let o = &occs[i];
            let (matched, confidence) = match_kind(o, m);
            QuoteOccurrence {
                article: articles[o.article].id.to_string(),
                text: o.raw.text.clone(),
                start: o.raw.start,
                end: o.raw.end,
                speaker_text: o.raw.speaker.clone(),
                speaker: o.speaker.map(|e| index.entities[e].name.clone()),
                cue: o.raw.cue.clone(),
                matched: matched.to_string(),
                confidence,
            }
        })
        .collect();
    // Corroborated: carried by two independent reports (a reprint is not a second source).
    let corroborated = members
        .iter()
        .map(|&i| articles[occs[i].article].origin)
        .collect::<HashSet<_>>()
        .len()
        > 1;
    Some(Quote {
        id: String::new(),
        text: m.raw.text.clone(),
        kind: if direct { "direct" } else { "reported" }.to_string(),
        speaker: speaker
            .map(|e| index.entities[e].name.clone())
            .or_else(|| m.raw.speaker.clone()),
        speaker_entity: speaker.map(|e| index.entities[e].id.clone()),
        about: about.map(|e| index.entities[e].name.clone()),
        cue: m.raw.cue.clone(),
        corroborated,
        occurrences,
    })
}

/// The most frequent item; ties go to `prefer` (the main rendering's), then the first entity.
fn most_common(items: impl Iterator<Item = usize>, prefer: Option<usize>) -> Option<usize> {
    let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(i, c)| (c, Some(i) == prefer, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
}

/// Lower-case word tokens of the matching view, with British spellings folded to American.
fn match_tokens(text: &str) -> Vec<String> {
    let n = normalize::for_matching(text, &normalize::find_repairs(text));
    n.text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(fold_spelling)
        .collect()
}

fn fold_spelling(w: &str) -> String {
    for (from, to) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("our", "or"),
    ] {
        if w.len() > from.len() + 3 && w.ends_with(from) {
            return format!("{}{}", &w[..w.len() - from.len()], to);
        }
    }
    w.to_string()
}

/// Content words, crudely stemmed ("starting" and "start" meet).
fn content_stems(tokens: &[String]) -> HashSet<String> {
    let stop = &resources::get().stopwords;
    tokens
        .iter()
        .filter(|t| t.len() > 2 && !stop.contains(t.as_str()))
        .map(|t| stem(t))
        .collect()
}

fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            return w[..w.len() - suffix.len()].to_string();
        }
    }
    w.to_string()
}

fn containment<T: std::hash::Hash + Eq>(a: &HashSet<T>, b: &HashSet<T>) -> (usize, f32) {
    let common = a.intersection(b).count();
    let smaller = a.len().min(b.len()).max(1);
    (common, common as f32 / smaller as f32)
}

/// Whether two renderings are the same words.
fn same_words(a: &Occ, b: &Occ) -> bool {
    let ta: HashSet<&String> = a.tokens.iter().collect();
    let tb: HashSet<&String> = b.tokens.iter().collect();
    let (common_all, all) = containment(&ta, &tb);
    let (common_content, content) = containment(&a.content, &b.content);
    let same_speaker = a.speaker.is_some() && a.speaker == b.speaker;
    // Exact, spelling variant or fragment: nearly all words of the shorter in the longer.
    (all >= 0.8 && common_all >= 3 && common_content >= 2)
        // Paraphrase or machine translation: most content words shared.
        || (content >= 0.6 && common_content >= 4)
        // The same speaker's words through a translation: fewer words, more trust.
        || (same_speaker && all >= 0.5 && content >= 0.5 && common_content >= 2)
}

fn match_kind(o: &Occ, main: &Occ) -> (&'static str, f32) {
    if o.raw.text == main.raw.text {
        return ("exact", 1.0);
    }
    if o.tokens == main.tokens {
        return ("variant", 0.95);
    }
    let to: HashSet<&String> = o.tokens.iter().collect();
    let tm: HashSet<&String> = main.tokens.iter().collect();
    let (_, all) = containment(&to, &tm);
    if all >= 0.9 && o.tokens.len() < main.tokens.len() {
        return ("fragment", 0.9);
    }
    let (_, content) = containment(&o.content, &main.content);
    ("fuzzy", (content * 100.0).round() / 100.0)
}

/// Words that say how many spoke, alone a subject but no name ("Many said …").
const QUANTIFIERS: &[&str] = &["many", "several", "some", "both", "few", "most", "all"];

/// A speaker phrase that is a name: one to three capitalised words, not opening with a
/// function word ("Khan", "Jane Doe"; not "The Times", not "In another").
fn looks_like_a_name(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let r = resources::get();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !r.stopwords.contains(&words[0].to_lowercase())
        && !r.indefinite_pronouns.contains(&words[0].to_lowercase())
        // "Many said …", "Some shouted": how many, not who.
        && (words.len() > 1 || !QUANTIFIERS.contains(&words[0].to_lowercase().as_str()))
        && !r.weekdays.contains_key(&words[0].to_lowercase())
        && !r.months.contains_key(&words[0].to_lowercase())
}

/// Resolve a speaker (or subject) phrase at `span` of an article to an entity.
fn resolve(
    a: &ArticleQuotes<'_>,
    span: (usize, usize),
    index: &EntityIndex,
    people_only: bool,
) -> Option<usize> {
    let phrase = &a.text[span.0..span.1];
    let r = resources::get();
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let head = words.last().cloned().unwrap_or_default();
    let kind_ok = |e: usize| !people_only || index.entities[e].kind == EntityType::Person;
    // Pronouns: the subject of the sentence (its first person), or of the sentence before
    // when the pronoun itself opens the sentence.
    if matches!(head.as_str(), "he" | "she" | "his" | "her") && words.len() == 1 {
        let want = if matches!(head.as_str(), "he" | "his") {
            'm'
        } else {
            'f'
        };
        // Else the person named last, unless of the other sex: then the antecedent is someone
        // the index does not hold, and no guess is better than a wrong one.
        return pronoun_antecedent(a, span.0, index).or_else(|| {
            last_mentioned(a, span.0, index, |e| e.kind == EntityType::Person)
                .filter(|&e| sex_of(&index.entities[e]).is_none_or(|s| s == want))
        });
    }
    // "GOP front-runner Ana Ruiz - who previously said …": a relative pronoun stands for the
    // entity named right before it (only a comma or dash between).
    if head == "who" && words.len() == 1 {
        let before = a.text[..span.0]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '-' | '\u{2013}' | '\u{2014}')
            })
            .len();
        return (0..index.entities.len()).find(|&e| {
            kind_ok(e)
                && index.entities[e]
                    .mentions
                    .iter()
                    .any(|m| m.article == a.id && m.end == before)
        });
    }
    // "Her chief policy aide, Jake Sullivan, calls …": a description with the person's name set
    // off right after it is that person.
    if let Some(e) = apposed_person(a, span, index) {
        return Some(e);
    }
    // "It said …": the organisation named last (a company, an agency, a group).
    if head == "it" && words.len() == 1 {
        return (!people_only)
            .then(|| last_mentioned(a, span.0, index, |e| e.kind == EntityType::Organization))
            .flatten();
    }
    // A named speaker: prefer a person named in the phrase, else the longest name.
    let mut named: Vec<usize> = index
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.aliases
                .iter()
                .any(|al| super::entities::contains_word(phrase, al))
        })
        .map(|(i, _)| i)
        .collect();
    // Where each of an entity's names written in the phrase ends.
    let alias_ends = |i: usize| {
        index.entities[i]
            .aliases
            .iter()
            .filter_map(|al| super::entities::find_word(phrase, al, 0).map(|s| s + al.len()))
    };
    // Of several people, the one named last is the head ("Sanders strategist Tad Devine",
    // "Gowdy spokesman Jamal Ware"); then the fullest name.
    named.sort_by_cached_key(|&i| {
        (
            index.entities[i].kind != EntityType::Person,
            std::cmp::Reverse(alias_ends(i).max().unwrap_or(0)),
            std::cmp::Reverse(index.entities[i].name.len()),
        )
    });
    let documentish = words.iter().any(|w| r.document_nouns.contains(w));
    if let Some(&e) = named.first() {
        let person = index.entities[e].kind == EntityType::Person;
        let place = index.entities[e].kind == EntityType::Place;
        // "Chicago Alderman Jason C. Ervin", "U.S. Attorney Maya D. Song": a place followed by
        // two words or more ending in a capitalised head only qualifies the speaker, a person
        // the index missed; the phrase as written names them better than the place.
        let words_after_place = || {
            alias_ends(e).min().map_or(0, |end| {
                let after: Vec<&str> = phrase[end..]
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .collect();
                // "Tennessee and Georgia": more places, not a qualified name.
                if after.iter().any(|w| matches!(*w, "and" | "or" | "&")) {
                    0
                } else {
                    after.len()
                }
            })
        };
        let head = phrase.split_whitespace().last().unwrap_or("");
        let qualifies_a_name =
            place && head.starts_with(char::is_uppercase) && words_after_place() >= 2;
        // "the Florida senator", "the Texas delegation": a place before a lower-case head
        // only qualifies the speaker the head names.
        let qualifies_a_noun =
            place && head.starts_with(char::is_lowercase) && words_after_place() >= 1;
        if qualifies_a_name {
            return None;
        }
        if !qualifies_a_noun
            && (person || !documentish || !people_only)
            && kind_ok(e)
            && (!place || !documentish)
        {
            return Some(e);
        }
    }
    if people_only {
        return None;
    }
    // "the statement", "the readout": the organisation that issued such a document earlier in
    // the article ("State Department readouts"), else the organisation named last before it.
    if documentish {
        return issuer(a, span.0, &words, index)
            .or_else(|| last_mentioned(a, span.0, index, |e| e.kind == EntityType::Organization));
    }
    // A role: "the Indian commander" → the one person whose role has "commander" (and "Indian").
    if r.title_set.contains(&head) {
        let qualifiers: Vec<&String> = words
            .iter()
            .filter(|w| !matches!(w.as_str(), "the" | "a"))
            .collect();
        let candidates: Vec<usize> = index
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
            .filter(|(_, e)| {
                let role = e.role.clone().unwrap_or_default().to_lowercase();
                role.contains(head.as_str())
                    && qualifiers.iter().all(|q| {
                        let country = r.demonyms.get(&capitalise(q));
                        role.contains(q.as_str())
                            || country.is_some_and(|c| role.contains(&c.to_lowercase()))
                            // A demonym cannot contradict a role that names no country.
                            || (country.is_some() && !role_names_country(&role))
                            || q.as_str() == head
                    })
            })
            .map(|(i, _)| i)
            .collect();
        if candidates.len() == 1 {
            return Some(candidates[0]);
        }
        if candidates.len() > 1 {
            return last_mentioned(a, span.0, index, |e| e.kind == EntityType::Person)
                .filter(|e| candidates.contains(e));
        }
    }
    None
}

/// The person named in apposition right after a description at `span` ("the campaign's
/// manager, Ana Ruiz, said"): a mention of a person of the index that starts after the
/// description's comma and is closed by a comma of its own. A description only: a phrase that
/// holds a name itself is resolved by that name.
fn apposed_person(
    a: &ArticleQuotes<'_>,
    span: (usize, usize),
    index: &EntityIndex,
) -> Option<usize> {
    let phrase = &a.text[span.0..span.1];
    let first = phrase.split_whitespace().next()?;
    let description = matches!(
        first.to_lowercase().as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "one" | "another"
    ) && !phrase
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase));
    if !description {
        return None;
    }
    let after = a.text.get(span.1..)?;
    let gap = after.len() - after.strip_prefix(',')?.trim_start().len();
    let at = span.1 + gap;
    index
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person)
        .find(|(_, e)| {
            e.mentions.iter().any(|m| {
                m.article == a.id
                    && m.start == at
                    && a.text
                        .get(m.end..)
                        .is_some_and(|rest| rest.starts_with(','))
            })
        })
        .map(|(i, _)| i)
}

/// An organisation written right before an earlier use of the same document noun
/// ("… according to State Department readouts …" → State Department).
fn issuer(
    a: &ArticleQuotes<'_>,
    before: usize,
    words: &[String],
    index: &EntityIndex,
) -> Option<usize> {
    let r = resources::get();
    let noun = words.iter().rev().find(|w| r.document_nouns.contains(*w))?;
    let stem = noun.trim_end_matches('s');
    let lower = a.text[..before].to_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(stem) {
        let at = from + i;
        for (ei, e) in index.entities.iter().enumerate() {
            if e.kind == EntityType::Organization
                && e.mentions
                    .iter()
                    .any(|m| m.article == a.id && m.end <= at && at - m.end <= 2)
            {
                return Some(ei);
            }
        }
        from = at + stem.len();
    }
    None
}

fn role_names_country(role: &str) -> bool {
    let r = resources::get();
    role.split(|c: char| !c.is_alphanumeric() && c != '.')
        .any(|w| {
            r.places.contains_key(&capitalise(w))
                || r.demonyms.contains_key(&capitalise(w))
                || r.places.contains_key(&w.to_uppercase())
        })
}

/// The person a "he"/"she" at `at` points back to: the first person named (outside quotation
/// marks) in the sentence before the pronoun, else in the sentences before, skipping people of
/// the other sex (by their given name or title) and sentences whose own subject is the pronoun.
fn pronoun_antecedent(a: &ArticleQuotes<'_>, at: usize, index: &EntityIndex) -> Option<usize> {
    let sents = crate::extract::sentences::split(a.text);
    let pos = sents.iter().position(|s| s.start <= at && at < s.end)?;
    let pronoun = a.text[at..]
        .split(|c: char| !c.is_alphabetic())
        .next()?
        .to_lowercase();
    let want = match pronoun.as_str() {
        "he" | "his" => Some('m'),
        "she" | "her" => Some('f'),
        _ => None,
    };
    let quoted = quoted_regions(a.text);
    let in_quote = |p: usize| quoted.iter().any(|&(s, e)| s <= p && p < e);
    let r = resources::get();
    // A mention written as someone speaking: a speech verb right after it ("Kunin said") or
    // right before it ("said Kunin").
    let speaks = |start: usize, end: usize| {
        let next = a.text[end..]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty());
        let prev = a.text[..start]
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .rsplit(|c: char| !c.is_alphabetic())
            .next();
        let adjacent_after = a.text[end..].starts_with([' ', ',']);
        (adjacent_after && next.is_some_and(|w| r.speech_verbs.contains(&w.to_lowercase())))
            || prev.is_some_and(|w| r.speech_verbs.contains(&w.to_lowercase()))
    };
    // People named in [start, end) that agree with the pronoun: the ones written as speaking
    // first (the pronoun most often continues the last speaker), then in text order.
    let people_in = |start: usize, end: usize| -> Vec<(usize, usize)> {
        let mut found: Vec<(bool, usize, usize)> = index
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
            .filter(|(_, e)| match (want, sex_of(e)) {
                (Some(w), Some(s)) => w == s,
                _ => true,
            })
            .flat_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(|m| m.article == a.id && m.start >= start && m.end <= end)
                    .filter(|m| !in_quote(m.start))
                    .map(move |m| (!speaks(m.start, m.end), m.start, i))
            })
            .collect();
        found.sort_unstable();
        found.into_iter().map(|(_, at, e)| (at, e)).collect()
    };
    let opens_with_pronoun = |p: usize| {
        let t = a.text[sents[p].start..sents[p].end].trim_start();
        t.starts_with("He ") || t.starts_with("She ")
    };
    if !opens_with_pronoun(pos) {
        if let Some(&(_, e)) = people_in(sents[pos].start, at).first() {
            return Some(e);
        }
    }
    // A sentence wholly inside a quotation is the speaker's words, not the narration the
    // pronoun continues: it does not count towards how far back to look.
    let narrates = |p: usize| {
        a.text[sents[p].start..sents[p].end]
            .char_indices()
            .any(|(i, c)| c.is_alphabetic() && !in_quote(sents[p].start + i))
    };
    (0..pos)
        .rev()
        .filter(|&p| narrates(p))
        .take(4)
        .find_map(|p| {
            let people = people_in(sents[p].start, sents[p].end);
            // A sentence that opens with the pronoun is about the same person: keep looking back,
            // unless it names nobody else either.
            if opens_with_pronoun(p) && people.is_empty() {
                return None;
            }
            people.first().map(|&(_, e)| e)
        })
}

/// The sex a person's given name or title tells (`m` or `f`), if any.
fn sex_of(e: &Entity) -> Option<char> {
    let role = e.role.as_deref().unwrap_or("").to_lowercase();
    if role.contains("woman") || role.starts_with("mrs") || role.starts_with("ms") {
        return Some('f');
    }
    if role.starts_with("mr") {
        return Some('m');
    }
    // Not "spokesman", which news writes for women too ("campaign spokesman Ana Ruiz").
    sex_of_name(e.aliases.iter().max_by_key(|n| n.len()).unwrap_or(&e.name))
}

/// Byte ranges between quotation marks (curly pairs; straight marks toggling), paragraph by
/// paragraph: names inside a quotation are what someone said, not who is speaking.
fn quoted_regions(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            '\u{201c}' => open = Some(i),
            '\u{201d}' => {
                if let Some(s) = open.take() {
                    out.push((s, i));
                }
            }
            '"' => match straight.take() {
                Some(s) => out.push((s, i)),
                None => straight = Some(i),
            },
            '\n' if bytes.get(i + 1) == Some(&b'\n') => {
                open = None;
                straight = None;
            }
            _ => {}
        }
    }
    out
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The entity `wanted` accepts mentioned last before byte `before` in the article.
fn last_mentioned(
    a: &ArticleQuotes<'_>,
    before: usize,
    index: &EntityIndex,
    wanted: impl Fn(&Entity) -> bool,
) -> Option<usize> {
    index
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| wanted(e))
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(|m| m.article == a.id && m.end <= before)
                .map(|m| m.end)
                .max()
                .map(|end| (end, i))
        })
        .max()
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::entities::{self, ArticleText};

    #[test]
    fn how_many_is_not_who() {
        for phrase in ["Others", "Many", "Some", "Most"] {
            assert!(!looks_like_a_name(phrase), "{phrase}");
        }
        assert!(looks_like_a_name("Ana Ruiz"));
    }

    #[test]
    fn renderings_group_and_speakers_resolve() {
        let a1 = "Foreign Minister Ana Ruiz spoke on Monday. She \u{201c}emphasized that both sides need to find ways to restore calm and reopen the border,\u{201d} according to the ministry. \u{201c}We will not accept any delay in the talks,\u{201d} Ruiz said.";
        let a2 = "\u{201c}Both sides need to find ways to restore calm,\u{201d} said Foreign Minister Ana Ruiz. Earlier she \u{201c}emphasised that both sides need to find ways to restore calm and reopen the border,\u{201d} spokesman Tom Hale said.";
        let texts = [
            ArticleText { id: "a1", text: a1 },
            ArticleText { id: "a2", text: a2 },
        ];
        let index = entities::reconcile(&texts);
        let qs = reconcile(
            &[
                ArticleQuotes {
                    id: "a1",
                    text: a1,
                    origin: "a1",
                },
                ArticleQuotes {
                    id: "a2",
                    text: a2,
                    origin: "a2",
                },
            ],
            &index,
        );
        let main = &qs[0];
        assert_eq!(main.occurrences.len(), 3, "{qs:#?}");
        assert!(main.corroborated);
        assert!(main.occurrences.iter().any(|o| o.matched == "variant"));
        assert!(main.occurrences.iter().any(|o| o.matched == "fragment"));
        let delay = qs.iter().find(|q| q.text.contains("delay")).unwrap();
        assert!(!delay.corroborated);
        assert_eq!(delay.speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn each_occurrence_keeps_its_own_speaker_and_it_is_an_organisation() {
        let a = "The Daily Ledger Company confirmed the sale on Monday. It said, \u{201c}We want no part in the listing on our site.\u{201d} Ana Ruiz said the buyer, a local firm, was pleased with the price.";
        let index = entities::reconcile(&[ArticleText { id: "a", text: a }]);
        let qs = reconcile(
            &[ArticleQuotes {
                id: "a",
                text: a,
                origin: "a",
            }],
            &index,
        );
        let listing = qs.iter().find(|q| q.text.contains("listing")).unwrap();
        assert_eq!(
            listing.occurrences[0].speaker.as_deref(),
            Some("Daily Ledger Company"),
            "{qs:#?}"
        );
        let sale = qs.iter().find(|q| q.text.contains("buyer")).unwrap();
        assert_eq!(sale.occurrences[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    fn one_article(a: &str) -> Vec<Quote> {
        let index = entities::reconcile(&[ArticleText { id: "a", text: a }]);
        reconcile(
            &[ArticleQuotes {
                id: "a",
                text: a,
                origin: "a",
            }],
            &index,
        )
    }

    /// Assert the speaker (resolved, else as written) of the quote starting with `words` in an
    /// article of its own.
    fn assert_speaker(article: &str, words: &str, expected: Option<&str>) {
        let qs = one_article(article);
        assert_eq!(speaker_of(&qs, words).as_deref(), expected, "{qs:#?}");
    }

    /// The speaker of the occurrence whose words start with `words`: resolved, else as written.
    fn speaker_of(qs: &[Quote], words: &str) -> Option<String> {
        let o = qs
            .iter()
            .flat_map(|q| &q.occurrences)
            .find(|o| o.text.starts_with(words))?;
        o.speaker.clone().or_else(|| o.speaker_text.clone())
    }

    #[test]
    fn an_outlet_quoting_a_fragment_again_is_one_vote_for_the_speaker() {
        let qs = one_article("Harbor Relief says it \u{201c}effectively countered and answered\u{201d} the attack on Saturday. \u{201c}Our forces remain ready, and all hostile actions have been effectively countered and answered in full,\u{201d} Ana Ruiz said at a briefing.");
        let q = qs
            .iter()
            .find(|q| q.text.starts_with("Our forces remain ready"))
            .expect("the full quote");
        assert!(q.occurrences.len() >= 2, "{qs:#?}");
        assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"), "{qs:#?}");
    }

    #[test]
    fn a_relative_pronoun_speaks_for_the_name_right_before_it() {
        assert_speaker("Ana Ruiz spoke first. Front-runner Dan Stone - who previously said he would \u{201c}bomb the oil fields until nothing is left of them\u{201d} - spoke on Monday.", "bomb the oil", Some("Dan Stone"));
    }

    #[test]
    fn a_place_before_a_role_noun_is_not_the_speaker() {
        assert_speaker("Ana Ruiz campaigned in Florida on Monday. \u{201c}We will win this state by a wide margin,\u{201d} the Florida senator said.", "We will win", Some("the Florida senator"));
    }

    #[test]
    fn a_description_with_a_name_in_apposition_is_that_person() {
        assert_speaker("Ana Ruiz met the mayor on Monday. Her chief policy aide, Tom Hale, calls the plan \u{201c}a blueprint for the whole region and its towns.\u{201d}", "a blueprint", Some("Tom Hale"));
    }

    #[test]
    fn a_pronoun_continues_the_subject_that_opened_the_last_sentence() {
        // "Groberg" is a name the entity index does not hold; it opened the sentence after the
        // last named speaker, so the "he" is Groberg's, not Hillary Clinton's.
        assert_speaker("Dan Groberg is a lifelong Republican. Wayne Groberg spoke about Hillary Clinton on Thursday. \u{201c}She has been in public life for forty years,\u{201d} Hillary Clinton said in reply. Groberg then went on to explain what he likes about Clinton. \u{201c}For all of her faults, she has the experience we need,\u{201d} he said.", "For all of her faults", Some("Groberg"));
    }

    #[test]
    fn a_sentence_adverb_is_no_subject_a_pronoun_continues() {
        // "However" and "Nobody" open their sentences, capitalised, but are nobody a later
        // "he" could mean: the speaker is the last person named.
        let article = "\u{201c}We start today,\u{201d} Tom Stone said. However, he held his fire on the mayor. \u{201c}The mayor is a decent man,\u{201d} he said. Nobody on the council answered. \u{201c}We will wait for the vote,\u{201d} he added.";
        assert_speaker(article, "The mayor is a decent man", Some("Tom Stone"));
        assert_speaker(article, "We will wait", Some("Tom Stone"));
    }

    #[test]
    fn a_pronoun_continues_a_name_the_article_writes_as_a_speaker() {
        // "Stoltz" is never given a first name, so the index does not hold it; the article
        // writes it as a speaker, so it is a person when it opens a sentence.
        assert_speaker("\u{201c}We will not wait for the others,\u{201d} Stoltz said. Dan Ruiz spoke next. \u{201c}The plan has no money behind it,\u{201d} Ruiz said. And Stoltz, for all the progress he made with the council, seems to agree. \u{201c}We do not yet know what will work best,\u{201d} he said.", "We do not yet know", Some("Stoltz"));
    }

    #[test]
    fn a_pronoun_continues_the_speaker_of_the_sentence_before() {
        // Both are named in the sentence before; the pronoun continues the one who spoke
        // there, not the one named first.
        assert_speaker("The race between Hillary Clinton and Sanders will take time to \u{201c}cool off,\u{201d} Madeleine Kunin said in an interview. \u{201c}His normal demeanor is grumpy and always has been,\u{201d} she said.", "His normal demeanor", Some("Madeleine Kunin"));
    }

    #[test]
    fn spokesman_tells_no_sex() {
        assert_speaker("Tom Stone said the group is not a political committee. Ruiz spokesman Hope Hicks confirmed that the group was created independently from the campaign. \u{201c}They are not affiliated with the campaign in any way,\u{201d} she said.", "They are not affiliated", Some("Hope Hicks"));
    }

    #[test]
    fn a_pronoun_never_goes_to_a_person_of_the_other_sex() {
        let qs = one_article("Several delegates asked former Attorney General Eric Holder about the committee. She said she asked the question \u{201c}to build on the earlier comments about the banks.\u{201d}");
        let speaker = speaker_of(&qs, "to build on");
        assert_ne!(speaker.as_deref(), Some("Eric Holder"), "{qs:#?}");
    }

    #[test]
    fn of_two_people_in_a_speaker_phrase_the_last_is_the_head() {
        let qs = one_article("Senator Ana Ruiz leads the race. Ruiz strategist Tom Hale told reporters that the campaign \u{201c}will not slow down before the vote.\u{201d}");
        let o = qs
            .iter()
            .flat_map(|q| &q.occurrences)
            .find(|o| o.text.starts_with("will not"))
            .expect("quote");
        assert_eq!(o.speaker.as_deref(), Some("Tom Hale"), "{qs:#?}");
    }

    #[test]
    fn a_place_qualifying_a_name_is_not_the_speaker() {
        let qs = one_article("Prosecutors met in Chicago on Monday. Chicago Alderman Dana Q. Ervin said the mayor and his staff \u{201c}need to be more collaborative with us.\u{201d} Officials in Tennessee and Georgia said they were \u{201c}very worried.\u{201d}");
        let speaker = speaker_of(&qs, "need to be");
        assert!(
            speaker.as_deref().is_some_and(|s| s.ends_with("Ervin")),
            "{qs:#?}"
        );
        // Places joined by "and" are still places.
        let speaker = speaker_of(&qs, "very worried");
        assert_ne!(speaker.as_deref(), Some("Tennessee and Georgia"), "{qs:#?}");
    }

    #[test]
    fn a_colon_gives_the_quote_to_the_main_clause_subject() {
        assert_speaker("When Dan Stone suggested that the city would sue the state over the deal, Ana Ruiz fired back forcefully: \u{201c}If they sue us in a court here, they are going to lose,\u{201d} referencing the many voters from the island.", "If they sue us", Some("Ana Ruiz"));
    }

    #[test]
    fn a_pronoun_looks_back_past_a_long_quotation_not_into_it() {
        // Five quoted sentences stand between the pronoun and its antecedent; the name said in
        // the quotation is not who speaks next.
        let text = "Dan Stone called out his rival on Monday. Stone said, \u{201c}One thing. Two things. Three things. Four things. Tom Hale is wrong.\u{201d} He added, \u{201c}We will win.\u{201d}";
        let index = entities::reconcile(&[ArticleText { id: "a", text }]);
        let a = ArticleQuotes {
            id: "a",
            text,
            origin: "a",
        };
        let at = text.find("He added").unwrap();
        let e = pronoun_antecedent(&a, at, &index).map(|e| index.entities[e].name.clone());
        assert_eq!(e.as_deref(), Some("Dan Stone"), "{index:#?}");
    }

    #[test]
    fn spelling_folds() {
        assert_eq!(fold_spelling("emphasised"), "emphasized");
        assert_eq!(fold_spelling("neighbour"), "neighbor");
        assert_eq!(fold_spelling("our"), "our");
    }
}
