//! One entity per person, organisation and place of a story, whatever the outlets call it:
//! "A. Odhiambo" = "Amina Odhiambo" = "Odhiambo"; "State Department" = "US Department of
//! State"; "Nairbi" (a typo) and "kenia" (a sound-alike) = "Nairobi" / "Kenya",
//! marked as variants with a confidence.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt, HashSet};

use crate::extract::entities::{self, Mention};
use crate::extract::tokens::tokenize;
use crate::model::{Entity, EntityType, Span, Variant};
use crate::resources;

/// An article as entity reconciliation reads it.
pub struct ArticleText<'a> {
    /// Article id.
    pub id: &'a str,
    /// Clean text.
    pub text: &'a str,
}

/// The story's entities, with a lookup from written names to entities.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    /// The entities.
    pub entities: Vec<Entity>,
    /// Every alias (as written) → entity index.
    by_alias: HashMap<String, usize>,
}

impl EntityIndex {
    /// The entity a phrase names: the longest alias it contains (on word boundaries).
    pub fn find_in(&self, phrase: &str) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (alias, &idx) in &self.by_alias {
            if alias.len() > best.map_or(0, |b| b.0) && contains_word(phrase, alias) {
                best = Some((alias.len(), idx));
            }
        }
        best.map(|b| b.1)
    }
}

/// Whether `hay` contains `needle` with word boundaries on both sides.
pub fn contains_word(hay: &str, needle: &str) -> bool {
    find_word(hay, needle, 0).is_some()
}

/// The byte offset of the first whole-word `needle` in `hay` at or after `from`.
pub fn find_word(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = hay.get(at..)?.find(needle) {
        let s = at + i;
        let e = s + needle.len();
        let before = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(s);
        }
        at = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[derive(Default)]
struct Draft {
    kind: Option<EntityType>,
    canonical: Option<String>,
    names: BTreeMap<String, usize>,
    roles: BTreeMap<String, usize>,
    variants: Vec<Variant>,
}

fn surname(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase()
}

fn first_name(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    (parts.len() >= 2).then(|| parts[0].trim_end_matches('.').to_lowercase())
}

/// "S" is compatible with "subrahmanyam"; equal names are compatible.
fn first_names_compatible(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
        // Transliterations one letter apart ("Yiannis"/"Giannis", "Carolos"/"Karolos").
        || (a.chars().count() >= 4 && damerau_levenshtein(a, b) == 1)
        // Short forms: a prefix ("Ken"/"Kenneth") or a known nickname ("Bill"/"William").
        || (a.chars().count() >= 3 && b.chars().count() > a.chars().count() + 1 && b.starts_with(a))
        || (b.chars().count() >= 3 && a.chars().count() > b.chars().count() + 1 && a.starts_with(b))
        || crate::resources::get()
            .nicknames
            .contains(&(a.to_string(), b.to_string()))
}

/// Organisation key: country prefix dropped, "Department of State" read as "State Department".
fn org_key(name: &str) -> String {
    let r = resources::get();
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && (r.places.contains_key(words[0]) || r.demonyms.contains_key(words[0]))
    {
        words.remove(0);
    }
    if words.len() == 3 && matches!(words[1], "of" | "for") {
        words = vec![words[2], words[0]];
    }
    words.join(" ").to_lowercase()
}

fn draft_for(
    key_of: &mut HashMap<String, usize>,
    drafts: &mut Vec<Draft>,
    key: String,
    kind: EntityType,
) -> usize {
    *key_of.entry(key).or_insert_with(|| {
        drafts.push(Draft {
            kind: Some(kind),
            ..Default::default()
        });
        drafts.len() - 1
    })
}

/// Build the story's entities from its articles.
pub fn reconcile(articles: &[ArticleText<'_>]) -> EntityIndex {
    let per_article: Vec<Vec<Mention>> = articles.iter().map(|a| entities::find(a.text)).collect();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut key_of: HashMap<String, usize> = HashMap::new();

    // People: full names with evidence, grouped by surname and compatible first names.
    let known_people: Vec<String> = per_article
        .iter()
        .flatten()
        .filter(|m| m.kind == Some(EntityType::Person))
        .map(|m| m.text.clone())
        .collect();
    let mut people: Vec<(String, String, usize)> = Vec::new(); // (surname, first, draft)
    for m in per_article.iter().flatten() {
        let is_person = m.kind == Some(EntityType::Person)
            || (m.kind.is_none()
                && m.text.split_whitespace().count() >= 2
                && known_people.contains(&m.text));
        if !is_person {
            continue;
        }
        let sn = surname(&m.text);
        let first = first_name(&m.text).unwrap_or_default();
        let existing = people
            .iter()
            .find(|(s, f, _)| *s == sn && first_names_compatible(f, &first))
            .map(|p| p.2);
        let idx = match existing {
            Some(i) => i,
            None => {
                let i = draft_for(
                    &mut key_of,
                    &mut drafts,
                    format!("person:{sn}:{first}"),
                    EntityType::Person,
                );
                people.push((sn.clone(), first.clone(), i));
                i
            }
        };
        *drafts[idx].names.entry(m.text.clone()).or_default() += 1;
        if let Some(role) = &m.role {
            *drafts[idx].roles.entry(role.clone()).or_default() += 1;
        }
    }

    // Places and organisations named as such.
    for m in per_article.iter().flatten() {
        let idx = match m.kind {
            Some(EntityType::Place) => {
                let key = m.canonical.clone().unwrap_or_else(|| m.text.clone());
                let i = draft_for(
                    &mut key_of,
                    &mut drafts,
                    format!("place:{key}"),
                    EntityType::Place,
                );
                drafts[i].canonical.get_or_insert(key);
                i
            }
            Some(EntityType::Organization) => draft_for(
                &mut key_of,
                &mut drafts,
                format!("org:{}", org_key(&m.text)),
                EntityType::Organization,
            ),
            _ => continue,
        };
        *drafts[idx].names.entry(m.text.clone()).or_default() += 1;
    }

    // A lone given name that speaks ("Bob said", a source the article names by first name
    // only) and is no one's surname or first name is a person of its own, not a place by a
    // cue elsewhere ("spoke to Bob"): places do not speak.
    let r = resources::get();
    let speaking_given: HashSet<String> = per_article
        .iter()
        .flatten()
        .filter(|m| {
            m.speaks
                && m.kind.is_none()
                && !m.text.contains(char::is_whitespace)
                && !r.places.contains_key(m.text.as_str())
                && !r.capitals.contains_key(m.text.as_str())
        })
        .map(|m| m.text.to_lowercase())
        .filter(|w| r.given_names.contains_key(w) && !people.iter().any(|p| p.0 == *w || p.1 == *w))
        .collect();
    // Lone names: a surname or first name of one person, a known place, or a place by its cue.
    for m in per_article.iter().flatten() {
        if m.kind.is_some() && m.text.split_whitespace().count() > 1 {
            continue;
        }
        if m.kind.is_some() && m.role.is_none() {
            continue;
        }
        let word = m.text.trim_end_matches('.').to_lowercase();
        let by_surname: Vec<usize> = people.iter().filter(|p| p.0 == word).map(|p| p.2).collect();
        let by_first: Vec<usize> = people.iter().filter(|p| p.1 == word).map(|p| p.2).collect();
        let target = if by_surname.len() == 1 {
            Some(by_surname[0])
        } else if by_surname.len() > 1 {
            // A surname two people share ("Ruiz") is the one named in full far more often,
            // else nobody; never a place, whatever preposition stands before it.
            dominant(&drafts, &by_surname)
        } else if by_first.len() == 1 {
            Some(by_first[0])
        } else if speaking_given.contains(&word) {
            let i = draft_for(
                &mut key_of,
                &mut drafts,
                format!("person::{word}"),
                EntityType::Person,
            );
            if !people.iter().any(|p| p.2 == i) {
                people.push((String::new(), word.clone(), i));
            }
            Some(i)
        } else if let Some(&i) = key_of.get(&format!("place:{}", m.text)) {
            Some(i)
        } else if m.place_cue && m.kind.is_none() {
            Some(draft_for(
                &mut key_of,
                &mut drafts,
                format!("place:{}", m.text),
                EntityType::Place,
            ))
        } else {
            None
        };
        if let Some(i) = target {
            *drafts[i].names.entry(m.text.clone()).or_default() += 1;
            if let Some(role) = &m.role {
                *drafts[i].roles.entry(role.clone()).or_default() += 1;
            }
        }
    }

    // Variants: a capitalised word one edit from a name, or any word with a name's sound.
    let mut single_names: Vec<(String, usize)> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        for n in d.names.keys() {
            for w in n.split_whitespace() {
                if w.chars().count() >= 5 && w.chars().all(char::is_alphabetic) {
                    single_names.push((w.to_string(), i));
                }
            }
        }
    }
    single_names.sort();
    single_names.dedup();
    let known_words: std::collections::HashSet<String> =
        single_names.iter().map(|(w, _)| w.to_lowercase()).collect();
    let stop = &resources::get().stopwords;
    let mut seen_variant = std::collections::HashSet::new();
    for a in articles {
        for t in tokenize(a.text) {
            let w = t.text;
            let lw = w.to_lowercase();
            if w.chars().count() < 6
                || known_words.contains(&lw)
                || stop.contains(&lw)
                || !w.chars().all(char::is_alphabetic)
                || resources::get().demonyms.contains_key(w)
                || resources::get().places.contains_key(w)
            {
                continue;
            }
            if !seen_variant.insert(w.to_string()) {
                continue;
            }
            let wlen = lw.chars().count();
            for (name, idx) in &single_names {
                if drafts[*idx].kind == Some(EntityType::Organization) {
                    continue;
                }
                // Cheap bounds before any edit distance: lengths within three letters.
                if wlen.abs_diff(name.chars().count()) > 3 {
                    continue;
                }
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                if capital && damerau_levenshtein(&lw, &name.to_lowercase()) == 1 {
                    drafts[*idx].variants.push(Variant {
                        text: w.to_string(),
                        kind: "misspelling".into(),
                        confidence: 0.8,
                    });
                    break;
                }
                let name_lower = name.to_lowercase();
                let key = phonetic_key(&lw);
                let first_sound = |w: &str| {
                    w.chars()
                        .next()
                        .map(|c| if matches!(c, 'c' | 'k' | 'q') { 'k' } else { c })
                };
                if !capital
                    && first_sound(&lw) == first_sound(&name_lower)
                    && key.len() >= 4
                    && key == phonetic_key(&name_lower)
                    && damerau_levenshtein(&lw, &name_lower) <= 3
                {
                    drafts[*idx].variants.push(Variant {
                        text: w.to_string(),
                        kind: "sound_alike".into(),
                        confidence: 0.6,
                    });
                    break;
                }
            }
        }
    }

    finish(drafts, articles)
}

/// Of several drafts sharing a name, the one whose names are written at least twice as often
/// as any other's.
fn dominant(drafts: &[Draft], candidates: &[usize]) -> Option<usize> {
    let weight = |i: usize| drafts[i].names.values().sum::<usize>();
    let mut by_weight: Vec<(usize, usize)> = candidates.iter().map(|&i| (weight(i), i)).collect();
    by_weight.sort_unstable_by(|a, b| b.cmp(a));
    match by_weight.as_slice() {
        [(top, i), (next, _), ..] if *top >= 2 * *next => Some(*i),
        _ => None,
    }
}

/// An entity with its names decided, before its mentions are found.
struct Drafted {
    draft: Draft,
    kind: EntityType,
    name: String,
    role: Option<String>,
    aliases: Vec<String>,
    forms: Vec<String>,
}

fn finish(drafts: Vec<Draft>, articles: &[ArticleText<'_>]) -> EntityIndex {
    let mut index = EntityIndex::default();
    let mut drafted: Vec<Drafted> = Vec::new();
    for d in drafts {
        let Some(kind) = d.kind else { continue };
        let aliases: Vec<String> = d.names.keys().cloned().collect();
        if aliases.is_empty() {
            continue;
        }
        let name = match kind {
            EntityType::Person => aliases
                .iter()
                .filter(|a| {
                    a.split_whitespace().count() >= 2
                        && !a.split_whitespace().next().unwrap_or("").ends_with('.')
                })
                .max_by_key(|a| (a.split_whitespace().count(), d.names[*a], a.len()))
                .or_else(|| aliases.iter().max_by_key(|a| a.len()))
                .cloned()
                .unwrap(),
            EntityType::Place => d.canonical.clone().unwrap_or_else(|| {
                aliases
                    .iter()
                    .max_by_key(|a| (d.names[*a], a.len()))
                    .cloned()
                    .unwrap()
            }),
            EntityType::Organization => aliases
                .iter()
                .max_by_key(|a| (d.names[*a], a.len()))
                .cloned()
                .unwrap(),
        };
        let role = d
            .roles
            .iter()
            .max_by_key(|(r, c)| (**c, r.len()))
            .map(|(r, _)| r.clone());
        let forms: Vec<String> = aliases
            .iter()
            .cloned()
            .chain(d.variants.iter().map(|v| v.text.clone()))
            .filter(|f| !f.is_empty())
            .collect();
        drafted.push(Drafted {
            draft: d,
            kind,
            name,
            role,
            aliases,
            forms,
        });
    }
    // Mentions: every alias and variant of every entity, found in one pass over each article
    // (Aho-Corasick, leftmost-longest, word boundaries checked), so the cost is the text's length
    // and not entities × aliases × text.
    let mut patterns: Vec<&str> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, entry) in drafted.iter().enumerate() {
        for f in &entry.forms {
            patterns.push(f.as_str());
            owner.push(i);
        }
    }
    let mut found: Vec<(Vec<Span>, Vec<String>)> = vec![(Vec::new(), Vec::new()); drafted.len()];
    if let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&patterns)
    {
        for a in articles {
            for m in ac.find_iter(a.text) {
                let (s, e) = (m.start(), m.end());
                let before = a.text[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after = a.text[e..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if !(before && after) {
                    continue;
                }
                let who = owner[m.pattern().as_usize()];
                let (spans, arts) = &mut found[who];
                spans.push(Span {
                    article: a.id.to_string(),
                    start: s,
                    end: e,
                });
                if arts.last().map(String::as_str) != Some(a.id) {
                    arts.push(a.id.to_string());
                }
            }
        }
    }
    for (e, (mentions, arts)) in drafted.into_iter().zip(found) {
        let Drafted {
            draft: d,
            kind,
            name,
            role,
            aliases,
            ..
        } = e;
        if mentions.is_empty() {
            continue;
        }
        let idx = index.entities.len();
        for a in &aliases {
            index.by_alias.entry(a.clone()).or_insert(idx);
        }
        for v in &d.variants {
            index.by_alias.entry(v.text.clone()).or_insert(idx);
        }
        index.entities.push(Entity {
            id: String::new(),
            name,
            kind,
            role,
            aliases,
            variants: d.variants,
            descriptions: Vec::new(),
            articles: arts,
            mentions,
        });
    }
    add_descriptions(&mut index.entities, articles);
    // People first, then organisations, then places; most mentioned first.
    let mut order: Vec<usize> = (0..index.entities.len()).collect();
    order.sort_by_key(|&i| {
        let e = &index.entities[i];
        (e.kind, std::cmp::Reverse(e.mentions.len()), e.name.clone())
    });
    let mut remap = vec![0; order.len()];
    let mut sorted = Vec::with_capacity(order.len());
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
        sorted.push(index.entities[old].clone());
    }
    for (n, e) in sorted.iter_mut().enumerate() {
        e.id = format!("e{}", n + 1);
    }
    index.entities = sorted;
    for v in index.by_alias.values_mut() {
        *v = remap[*v];
    }
    index
}

/// Descriptions that point at one person through their role: "the secretary of state", "the
/// Indian commander", "Pakistan's foreign minister". Added as mentions when exactly one person of
/// the story has a role with that title (and, when the description names a country, that
/// country or none).
fn add_descriptions(entities: &mut [Entity], articles: &[ArticleText<'_>]) {
    let r = resources::get();
    let roles: Vec<(usize, String)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person)
        .filter_map(|(i, e)| e.role.as_ref().map(|role| (i, role.to_lowercase())))
        .collect();
    if roles.is_empty() {
        return;
    }
    for a in articles {
        let toks = tokenize(a.text);
        let mut i = 0;
        while i < toks.len() {
            // A determiner or a possessive country opens the description.
            let opener = toks[i].lower();
            let possessive_country = toks[i].possessive && r.places.contains_key(toks[i].text);
            if opener != "the" && !possessive_country {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut country: Option<String> =
                possessive_country.then(|| r.places[toks[i].text].to_lowercase());
            if let Some(t) = toks.get(j) {
                if let Some(c) = r.demonyms.get(t.text) {
                    country = Some(c.to_lowercase());
                    j += 1;
                }
            }
            let mut best = 0;
            for len in 1..=4 {
                if j + len > toks.len() || toks[j..j + len].iter().any(|t| !t.joined) {
                    break;
                }
                let phrase: Vec<String> = toks[j..j + len].iter().map(|t| t.lower()).collect();
                if r.title_set.contains(&phrase.join(" ")) {
                    best = len;
                }
            }
            // A title followed by a name is a title, not a description.
            if best == 0
                || toks
                    .get(j + best)
                    .is_some_and(|t| t.joined && t.is_capitalised())
            {
                i += 1;
                continue;
            }
            let title: Vec<String> = toks[j..j + best].iter().map(|t| t.lower()).collect();
            let title = title.join(" ");
            let matches: Vec<usize> = roles
                .iter()
                .filter(|(_, role)| role.contains(&title))
                // A description that names a country needs a role that names it too: "the Saudi
                // foreign minister" is not a foreign minister of unknown country.
                .filter(|(_, role)| {
                    country.as_ref().is_none_or(|c| {
                        let demonyms_of_c: Vec<String> = r
                            .demonyms
                            .iter()
                            .filter(|(_, v)| v.to_lowercase() == *c)
                            .map(|(d, _)| d.to_lowercase())
                            .collect();
                        role.contains(c.as_str())
                            || demonyms_of_c.iter().any(|d| role.contains(d.as_str()))
                    })
                })
                .map(|(i, _)| *i)
                .collect();
            if matches.len() == 1 {
                let (s, e) = (toks[i].start, toks[j + best - 1].end);
                let e_idx = matches[0];
                let entity = &mut entities[e_idx];
                if !entity
                    .mentions
                    .iter()
                    .any(|m| m.article == a.id && m.start < e && s < m.end)
                {
                    entity.mentions.push(Span {
                        article: a.id.to_string(),
                        start: s,
                        end: e,
                    });
                    let text = a.text[s..e].to_string();
                    if !entity.descriptions.contains(&text) {
                        entity.descriptions.push(text);
                    }
                    if !entity.articles.iter().any(|x| x == a.id) {
                        entity.articles.push(a.id.to_string());
                    }
                }
            }
            i = j + best;
        }
    }
    for e in entities.iter_mut() {
        e.mentions
            .sort_by(|x, y| (x.article.as_str(), x.start).cmp(&(y.article.as_str(), y.start)));
    }
}

/// Edit distance with transpositions (optimal string alignment), for short names.
pub fn damerau_levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[n][m]
}

/// A coarse phonetic key (a Metaphone-like reduction): how a word sounds, so that a machine
/// translation's "kaliforna" meets "California". Consonant sounds are folded (c/k/q, s/z, ph/f,
/// sh/ch), vowels and h/w/y after the first letter dropped, doubled letters collapsed.
pub fn phonetic_key(word: &str) -> String {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let mut out = String::new();
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        let next = w.get(i + 1).copied();
        let (code, skip) = match (c, next) {
            ('s' | 'c', Some('h')) => ('X', 2),
            ('p', Some('h')) => ('F', 2),
            ('c', Some('e' | 'i' | 'y')) => ('S', 1),
            ('c' | 'k' | 'q', _) => ('K', 1),
            ('z', _) => ('S', 1),
            ('x', _) => ('K', 1),
            ('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w', _) => {
                if i == 0 {
                    ('A', 1)
                } else {
                    i += 1;
                    continue;
                }
            }
            (c, _) => (c.to_ascii_uppercase(), 1),
        };
        if !out.ends_with(code) {
            out.push(code);
        }
        i += skip;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phonetics_and_edits() {
        assert_eq!(phonetic_key("kaliforna"), phonetic_key("California"));
        assert_ne!(phonetic_key("kaliforna"), phonetic_key("Colombia"));
        assert_eq!(damerau_levenshtein("nairboi", "nairobi"), 1);
        assert_eq!(damerau_levenshtein("kenya", "kenya"), 0);
        assert!(first_names_compatible("karolos", "carolos"));
        assert!(first_names_compatible("s", "subrahmanyam"));
        assert!(!first_names_compatible("ana", "ava"));
    }

    #[test]
    fn a_speaking_lone_given_name_is_a_person_not_a_place() {
        let a = ArticleText {
            id: "a1",
            text: "The book blames the base chief, known only as Bob, for the delay. Reporters spoke to Bob in Virginia. Bob said the account was wrong.",
        };
        let idx = reconcile(&[a]);
        let bob = idx
            .entities
            .iter()
            .find(|e| e.name == "Bob")
            .expect("an entity");
        assert_eq!(bob.kind, EntityType::Person, "{bob:?}");
        // A given name that never speaks stays what its cue says.
        let a = ArticleText {
            id: "a1",
            text: "The storm moved on to Jordan late on Monday.",
        };
        let idx = reconcile(&[a]);
        assert!(
            idx.entities.iter().all(|e| e.kind != EntityType::Person),
            "{:?}",
            idx.entities
        );
    }

    #[test]
    fn short_given_names_merge() {
        let a = ArticleText { id: "a1", text: "Former prosecutor Kenneth Starr spoke on Monday. Senator Bill Hale agreed with him." };
        let b = ArticleText {
            id: "a2",
            text: "Ken Starr said the case was closed. William Hale said nothing.",
        };
        let idx = reconcile(&[a, b]);
        let people: Vec<&str> = idx
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(people.len(), 2, "{people:?}");
        assert!(
            first_names_compatible("ken", "kenneth") && first_names_compatible("bill", "william")
        );
        assert!(!first_names_compatible("ken", "kent") && !first_names_compatible("dan", "diane"));
    }

    #[test]
    fn a_surname_two_people_share_is_the_dominant_one_and_never_a_place() {
        let text = "Hillary Clinton spoke in Ohio. Hillary Clinton thanked voters. Bill Clinton \
                    stayed home. Voters turned to Clinton after the debate.";
        let index = reconcile(&[ArticleText { id: "a", text }]);
        assert!(
            !index
                .entities
                .iter()
                .any(|e| e.kind == EntityType::Place && e.name == "Clinton"),
            "{:#?}",
            index.entities
        );
        let hillary = index
            .entities
            .iter()
            .find(|e| e.name == "Hillary Clinton")
            .unwrap();
        assert!(
            hillary.aliases.iter().any(|a| a == "Clinton"),
            "{hillary:#?}"
        );
    }

    #[test]
    fn aliases_merge_across_articles() {
        let a = ArticleText { id: "a1", text: "Kenya's Foreign Minister Amina Odhiambo met officials in Nairobi. Odhiambo said talks would go on." };
        let b = ArticleText { id: "a2", text: "Foreign Minister A. Odhiambo spoke to the U.S. Department of State. The State Department said the Nairbi talks were useful." };
        let arts = [a, b];
        let idx = reconcile(&arts);
        let person = idx
            .entities
            .iter()
            .find(|e| e.kind == EntityType::Person)
            .unwrap();
        assert_eq!(person.name, "Amina Odhiambo");
        assert_eq!(person.role.as_deref(), Some("Kenya's Foreign Minister"));
        assert!(
            person.aliases.contains(&"A. Odhiambo".to_string())
                && person.aliases.contains(&"Odhiambo".to_string())
        );
        assert_eq!(person.articles, ["a1", "a2"]);
        let orgs: Vec<_> = idx
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Organization)
            .collect();
        assert_eq!(orgs.len(), 1, "{orgs:?}");
        let nairobi = idx.entities.iter().find(|e| e.name == "Nairobi").unwrap();
        assert_eq!(nairobi.variants[0].text, "Nairbi");
        for e in &idx.entities {
            for m in &e.mentions {
                let text = if m.article == "a1" {
                    arts[0].text
                } else {
                    arts[1].text
                };
                assert!(text.get(m.start..m.end).is_some());
            }
        }
        assert_eq!(
            idx.find_in("the minister Odhiambo")
                .map(|i| idx.entities[i].kind),
            Some(EntityType::Person)
        );
    }
}
