//! A direct quote's attribution: the speaker and cue before, after or around the quotation
//! ("Ruiz said:", "…,” said Ruiz.", "In a statement, Ruiz wrote …", a signature below a letter).

use super::cues::is_cue_at;
use super::phrases::{
    apposed_name, clause_subject, is_function_word, main_clause_start, name_before_description,
    name_between_commas, names_participle_speaker, names_someone, phrase_after, phrase_before,
    speaker_like, tokens_in, ADDRESSEE_VERBS, PREPOSITIONS,
};
use crate::extract::sentences::Sentence;
use crate::extract::tokens::{title_stop_between, Token};
use crate::resources;

/// A quotation closing its paragraph and signed on the next line: "“…”\n\n—Ana Ruiz, Ohio".
pub(super) fn signed_below(text: &str, at: usize) -> Option<(String, (usize, usize))> {
    let rest = &text[at..];
    let line_start = rest.len() - rest.trim_start().len();
    if !rest[..line_start].contains('\n') {
        return None;
    }
    let line = rest[line_start..].lines().next()?;
    let name = line.strip_prefix(['-', '\u{2014}', '\u{2013}'])?;
    let lead = line.len() - name.len() + (name.len() - name.trim_start().len());
    let name = name.trim_start();
    let end = name.find([',', '.', '(']).unwrap_or(name.len());
    let words: Vec<&str> = name[..end].split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || !words[0].starts_with(char::is_uppercase) {
        return None;
    }
    let start = at + line_start + lead;
    Some((
        "\u{2014}".to_string(),
        (start, start + name[..end].trim_end().len()),
    ))
}

/// "When Stone suggested …, Ruiz fired back: “…”": a quotation introduced by a colon belongs
/// to the subject of the main clause before it, whatever its verb, when a cue stands only in the
/// opening clause (whose speaker is someone else).
pub(super) fn colon_subject(
    text: &str,
    before: (usize, usize),
) -> Option<(String, (usize, usize))> {
    if !text[before.0..before.1].trim_end().ends_with(':') {
        return None;
    }
    let toks = tokens_in(text, before);
    let m = main_clause_start(&toks);
    if m == 0 || (m..toks.len()).any(|i| is_cue_at(&toks, i)) {
        return None;
    }
    let np = clause_subject(&toks)?;
    // The subject opens the main clause: right after the opening clause's comma.
    (np.0 >= toks[m].start && text[..np.0].trim_end().ends_with(',')).then(|| (":".to_string(), np))
}

/// How many words may stand between a possessive's noun of saying and the quotation it governs
/// ("Stone's claim that the plan, announced on Monday, would “…”").
pub(super) const CLAIM_REACH: usize = 16;

/// "Comey's conclusion that her actions were “extremely careless”", "Stone's controversial
/// pledge to be “neutral”": a quotation in the clause of a noun of saying (`claim_nouns`) is the
/// words of the name in the possessive before that noun, whoever the sentence's subject is
/// ("Ruiz blamed the media for Stone's claim that …"), when no speech verb stands between.
pub(super) fn possessive_claim_before(
    text: &str,
    before: (usize, usize),
) -> Option<(String, (usize, usize))> {
    let toks = tokens_in(text, before);
    let r = resources::get();
    let n = toks.len();
    for i in (1..n).rev().take(CLAIM_REACH) {
        let lower = toks[i].lower();
        if !r.claim_nouns.contains(&lower) {
            if is_cue_at(&toks, i) {
                return None;
            }
            continue;
        }
        // The possessive right before the noun, or before one modifier ("controversial").
        let owner = if toks[i - 1].possessive {
            i - 1
        } else if i >= 2
            && toks[i].joined
            && toks[i - 2].possessive
            && !toks[i - 1].is_capitalised()
            && !is_cue_at(&toks, i - 1)
        {
            i - 2
        } else {
            return None;
        };
        if !toks[owner].is_capitalised() {
            return None;
        }
        // The name the possessive ends: capitalised words joined to it ("FBI Director Ana
        // Ruiz's"), without a capitalised function word opening the sentence ("But Ruiz's").
        let mut first = owner;
        while first > 0
            && toks[first].joined
            && toks[first - 1].is_capitalised()
            && !toks[first - 1].possessive
            && !r.stopwords.contains(&toks[first - 1].lower())
        {
            first -= 1;
        }
        return Some((
            toks[i].text.to_string(),
            (toks[first].start, toks[owner].end),
        ));
    }
    None
}

/// "Ruiz, co-founder of the institute, welcomed “the recognition that …”": a quotation
/// right after a past-tense verb is its object, the words of the clause's subject.
pub(super) fn verb_object(text: &str, before: (usize, usize)) -> Option<(String, (usize, usize))> {
    let toks = tokens_in(text, before);
    // "Moore thanked him for “…”", "praised the president for “…”": the verb before its object
    // and "for".
    // Or "for" opening the quotation: "thanked its members “for their support”".
    let n = toks.len();
    let quoted_for = text[before.1..]
        .trim_start_matches(['"', '\u{201c}'])
        .starts_with("for ");
    let object_end = match toks.last() {
        Some(t) if t.text == "for" && t.joined => Some(n - 1),
        Some(_) if quoted_for => Some(n),
        _ => None,
    };
    let for_what = object_end.and_then(|o| {
        (n.saturating_sub(5)..o).rev().find(|&k| {
            let t = &toks[k];
            k > 0
                && k + 1 < n
                && !t.is_capitalised()
                && t.text.ends_with("ed")
                && (k + 1..n).all(|j| toks[j].joined)
        })
    });
    if let Some(k) = for_what {
        let verb = &toks[k];
        if !is_function_word(verb) {
            // The verb's own clause: after a "that" opening it ("… such a presence that Ruiz
            // thanked …").
            let clause = toks[..k]
                .iter()
                .rposition(|t| t.text == "that")
                .map_or(0, |j| j + 1);
            let np = clause_subject(&toks[clause..k])?;
            return names_someone(&text[np.0..np.1]).then(|| (verb.text.to_string(), np));
        }
    }
    let verb = toks.last()?;
    // Or a verb that characterises, in any form: "released a statement condemning “…”".
    let characterises = resources::get().characterization_verbs.contains(verb.text);
    if !text[verb.end..before.1].trim().is_empty()
        || verb.is_capitalised()
        || !(verb.text.ends_with("ed") || characterises)
        || is_function_word(verb)
    {
        return None;
    }
    let np = clause_subject(&toks[..toks.len() - 1])?;
    names_someone(&text[np.0..np.1]).then(|| (verb.text.to_string(), np))
}

/// "Dianne Bystrom agreed. “…”": a short sentence of a speaker and a cue right before a
/// quotation that opens its own sentence in the same paragraph introduces it.
pub(super) fn short_attribution_before(
    text: &str,
    sentences: &[Sentence],
    at: usize,
) -> Option<(String, (usize, usize))> {
    let before = text[..at].trim_end();
    if !before.ends_with('.') || text[before.len()..at].contains('\n') {
        return None;
    }
    let prev = sentences.iter().rev().find(|s| s.start < before.len())?;
    // Not a sentence inside a quotation ("Well, I said it before."): the marks of its
    // paragraph before it are balanced, and it holds none itself.
    let para_start = text[..prev.start].rfind("\n\n").map_or(0, |i| i + 2);
    let lead = &text[para_start..prev.start];
    let opened = lead.matches('\u{201c}').count() > lead.matches('\u{201d}').count()
        || lead.matches('"').count() % 2 == 1;
    if opened || text[prev.start..before.len()].contains(['"', '\u{201c}', '\u{201d}']) {
        return None;
    }
    let toks = tokens_in(text, (prev.start, before.len()));
    let last = toks.len().checked_sub(1)?;
    // The cue closes the sentence, with at most an adverb ("Ruiz agreed wholeheartedly.") or
    // a short modifier ("Ruiz said in a statement.") after it.
    let v = (last.saturating_sub(5)..=last)
        .rev()
        .find(|&i| is_cue_at(&toks, i))?;
    let tail = &toks[v + 1..];
    let modifier = tail.is_empty()
        || (tail.len() == 1 && tail[0].text.ends_with("ly"))
        || (PREPOSITIONS.contains(&tail[0].text) && tail.iter().all(|t| t.joined));
    if !modifier {
        return None;
    }
    // A short sentence, or a subject set off by its apposition ("Dan Lee, the party's
    // spokesman, said in a statement.").
    let np = (v <= 6)
        .then(|| phrase_before(&toks, v))
        .flatten()
        .or_else(|| subject_before(text, (prev.start, toks[v].start)))
        .filter(|np| names_someone(&text[np.0..np.1]))?;
    Some((toks[v].text.to_string(), np))
}

/// "Cruz said:" closing the sentence (or paragraph) right before a quote that opens its own.
pub(super) fn introduction_before(
    text: &str,
    sentences: &[Sentence],
    at: usize,
) -> Option<(String, (usize, usize))> {
    let before = text[..at].trim_end();
    if !before.ends_with(':') {
        return None;
    }
    let prev = sentences.iter().rev().find(|s| s.start < before.len())?;
    attribution_before(text, (prev.start, before.len())).or_else(|| {
        // "Republican pollster Ana Ruiz: “…”": a name introducing the quote on its own.
        let toks = tokens_in(text, (prev.start, before.len() - 1));
        let last = toks.len().checked_sub(1)?;
        let mut s = last;
        while s > 0 && toks[s].joined && toks[s - 1].is_capitalised() {
            s -= 1;
        }
        let name: Vec<&Token<'_>> = toks[s..].iter().filter(|t| t.is_capitalised()).collect();
        let r = resources::get();
        // Set off by a dash, the name opens its own part of the sentence ("The interplay has
        // mattered - Philip Bump: “…”").
        let after_dash = s > 0
            && text[toks[s - 1].end..toks[s].start]
                .trim()
                .chars()
                .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
            && !text[toks[s - 1].end..toks[s].start].trim().is_empty();
        (name.len() == toks.len() - s
            && name.iter().all(|t| {
                let l = t.lower();
                !r.stopwords.contains(&l)
                    && !r.months.contains_key(&l)
                    && !r.weekdays.contains_key(&l)
            })
            && s > 0
            && (toks[s].joined || after_dash))
            .then(|| (":".to_string(), (toks[s].start, toks[last].end)))
            .filter(|(_, np)| looks_like_a_person(&text[np.0..np.1]))
            // "Kaine has adopted the stance of many: “…”": the sentence's subject, at most a
            // few words into its main clause ("17-year-old Jared Potts echoed: “…”").
            .or_else(|| {
                let toks = tokens_in(text, (prev.start, before.len() - 1));
                let np = clause_subject(&toks)?;
                let m = main_clause_start(&toks);
                let lead = toks[m..].iter().take_while(|t| t.start < np.0).count();
                (lead <= 3 && toks[m..m + lead].iter().all(|t| !t.is_capitalised()))
                    .then(|| (":".to_string(), np))
            })
            // "From the report: “…”": the source the words are taken from.
            .or_else(|| {
                let toks = tokens_in(text, (prev.start, before.len() - 1));
                let from = toks.iter().rposition(|t| t.text == "From")?;
                let np = (toks.get(from + 1)?.start, toks.last()?.end);
                (toks.len() - from <= 6
                    && toks[from + 1..].iter().all(|t| t.joined)
                    && names_someone(&text[np.0..np.1]))
                .then(|| ("from".to_string(), np))
            })
            // "As Ana Ruiz, the party's whip, put it: “…”": the name the opening "As" leads.
            .or_else(|| {
                let toks = tokens_in(text, (prev.start, before.len() - 1));
                (toks.first()?.text == "As" && toks.get(1)?.is_capitalised())
                    .then(|| clause_subject(&toks[1..]))
                    .flatten()
                    .map(|np| (":".to_string(), np))
            })
    })
}

/// Two or more capitalised words, the first not a function word: "Ana Ruiz", "Gov. Tom Stone".
/// "Sanders credited Clinton's victory to “a closed primary, something I am not all that
/// enthusiastic about”": a quotation in the first person that a sentence runs into, with no
/// cue, is the words of the sentence's subject (the "I" must be someone, and the sentence is
/// about its subject). `before` is the sentence up to the quotation.
pub(super) fn first_person_subject(
    text: &str,
    before: (usize, usize),
    quote: &str,
) -> Option<(usize, usize)> {
    let in_first_person = quote
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .any(|w| {
            let w = w.split(['\'', '\u{2019}']).next().unwrap_or("");
            w == "I"
                || matches!(
                    w,
                    "me" | "my" | "mine" | "myself" | "we" | "We" | "our" | "Our" | "us" | "My"
                )
        });
    if !in_first_person {
        return None;
    }
    let toks = tokens_in(text, before);
    // The sentence must run into the quotation: words of its own before it.
    if toks.len() < 3 {
        return None;
    }
    clause_subject(&toks)
}

pub(super) fn looks_like_a_person(phrase: &str) -> bool {
    phrase.split_whitespace().count() >= 2
}

/// Attribution after a quote: ", Stone said", ", said Stone", ", according to the readouts",
/// ", including …, Colonel Eva Stone alleged".
pub(super) fn attribution_after(
    text: &str,
    range: (usize, usize),
) -> Option<(String, (usize, usize))> {
    let toks = tokens_in(text, range);
    for (i, t) in toks.iter().enumerate().take(40) {
        // A conjunction opening a clause of its own: its cue is not this quotation's.
        if matches!(t.text, "and" | "but" | "while" | "or") {
            // "“…,” for instance, and Stone vowed …": before a new subject. Not a list of
            // speakers ("Ruiz, Stone and Lee said", "Ruiz, Stone, and Lee said").
            let new_subject = i > 0
                && t.text != "or"
                && !t.joined
                && !toks[i - 1].is_capitalised()
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.joined && n.is_capitalised());
            // "thanked them “…” and called the group “…”": a verb right after the quotation,
            // joined to the sentence before it, has that sentence's subject; the words after
            // it are its object.
            let joined_verb = i == 0 && t.text != "while" && is_cue_at(&toks, 1);
            if new_subject || joined_verb {
                return None;
            }
        }
        if t.lower() == "according" && toks.get(i + 1).is_some_and(|n| n.text == "to") {
            let np = phrase_after(text, &toks, i + 1)?;
            return Some(("according to".into(), np));
        }
        // "“…,” reads a Wednesday editorial in the Register": a document's words, named right
        // after the quotation.
        if i == 0 && matches!(t.text, "reads" | "read") && text[range.0..t.start].trim().is_empty()
        {
            if let Some(np) =
                phrase_after(text, &toks, i).filter(|np| speaker_like(&text[np.0..np.1]))
            {
                return Some((t.text.to_string(), np));
            }
        }
        if is_cue_at(&toks, i) {
            // "told The Post": after an addressee verb stands the addressee, not the speaker.
            let addressee = ADDRESSEE_VERBS.contains(&t.text);
            // "“…?” asked Ruiz": right after the quotation, the one asking is the speaker.
            let inverted = i == 0 && text[range.0..t.start].trim().is_empty();
            let np = phrase_before(&toks, i)
                .filter(|np| speaker_like(&text[np.0..np.1]))
                .or_else(|| apposed_name(text, &toks, i))
                // "“…,” her top strategist, Tom Hale, said".
                .or_else(|| name_between_commas(text, &toks, i))
                .or_else(|| {
                    phrase_after(text, &toks, i)
                        .filter(|np| (!addressee || inverted) && speaker_like(&text[np.0..np.1]))
                });
            if let Some(np) = np {
                return Some((t.text.to_string(), np));
            }
        }
    }
    None
}

/// "“…,” an angry Ruiz retaliated." / "“…,” Stone shot back": a quote closed by a comma,
/// question or exclamation mark, then someone and a past-tense verb no cue list holds — the
/// order itself says who spoke.
pub(super) fn speaker_verb_after(
    text: &str,
    range: (usize, usize),
) -> Option<(String, (usize, usize))> {
    let toks = tokens_in(text, range);
    let first = toks.first()?;
    if !text[range.0..first.start].trim().is_empty() {
        return None;
    }
    // Inverted: "“This is fantastic!” beamed Ana Ruiz of Madison".
    if !first.is_capitalised() && first.text.ends_with("ed") && !is_function_word(first) {
        if let Some(np) = phrase_after(text, &toks, 0)
            .filter(|np| toks[1].is_capitalised() && names_someone(&text[np.0..np.1]))
        {
            return Some((first.text.to_string(), np));
        }
    }
    // The phrase: up to six joined words, then a lower-case past-tense verb ("retaliated",
    // "shot back").
    let v = (1..toks.len().min(7)).find(|&i| {
        let t = &toks[i];
        !t.is_capitalised()
            && (t.text.ends_with("ed")
                || toks
                    .get(i + 1)
                    .is_some_and(|n| n.joined && matches!(n.text, "back" | "out" | "up")))
    })?;
    if toks[1..=v].iter().any(|t| !t.joined) || is_function_word(&toks[v - 1]) {
        return None;
    }
    let np = (first.start, toks[v - 1].end);
    names_someone(&text[np.0..np.1]).then(|| (toks[v].text.to_string(), np))
}

/// Attribution before a quote: "the Indian military officers said: “…”", "X said that … “…”".
pub(super) fn attribution_before(
    text: &str,
    range: (usize, usize),
) -> Option<(String, (usize, usize))> {
    let toks = tokens_in(text, range);
    for i in (0..toks.len()).rev() {
        if is_cue_at(&toks, i) {
            // Right before a participle ("… in April explaining", "… the meeting began vowing",
            // "hold banners proclaiming") stands a speaker only if it names one.
            let participle = i > 0 && toks[i].text.ends_with("ing");
            if let Some(np) = phrase_before(&toks, i).filter(|np| {
                let phrase = &text[np.0..np.1];
                if participle {
                    names_participle_speaker(text, &toks[..i], *np)
                } else {
                    speaker_like(phrase)
                }
            }) {
                return Some((toks[i].text.to_string(), np));
            }
            if let Some(np) = crate::extract::reported::subject_past_relative_clause(&toks, i)
                .or_else(|| name_before_description(text, &toks, i))
            {
                return Some((toks[i].text.to_string(), np));
            }
            // "Because of how the party set the calendar, explained Ana Ruiz, “…”": a cue set
            // off by a comma, then the name, inverted.
            if i > 0 && !toks[i].joined && text[..toks[i].start].trim_end().ends_with(',') {
                if let Some(np) = phrase_after(text, &toks, i).filter(|np| {
                    text[np.0..np.1].starts_with(char::is_uppercase)
                        && names_someone(&text[np.0..np.1])
                        && text[np.1..range.1].trim_start().starts_with([',', ':'])
                }) {
                    return Some((toks[i].text.to_string(), np));
                }
            }
            // "Said Ana Ruiz, who …, “…”".
            if i == 0 && toks[i].is_capitalised() {
                if let Some(np) = phrase_after(text, &toks, i) {
                    return Some((toks[i].text.to_string(), np));
                }
            }
            // "Ruiz went on the attack, saying, “…”": the speaker of an attribution earlier in
            // the sentence ("…, Spicer said, adding, “…”"), else the main clause's subject
            // (past an opening phrase: "In Columbia, Sanders stepped up …, saying").
            if i > 0 && toks[i].text.ends_with("ing") {
                // (Naming someone: in "his home state of Vermont" the verb's form is a noun.)
                let earlier = (0..i).rev().find_map(|j| {
                    if !is_cue_at(&toks, j) {
                        return None;
                    }
                    // "“…,” said Ana Ruiz at the time, adding that …": after a quotation the
                    // speaker follows the cue; the words before it are the quotation's.
                    let after_quotation =
                        j > 0 && text[toks[j - 1].end..toks[j].start].contains(['\u{201d}', '"']);
                    if after_quotation {
                        return phrase_after(text, &toks, j)
                            .filter(|np| names_someone(&text[np.0..np.1]));
                    }
                    phrase_before(&toks, j).filter(|np| names_someone(&text[np.0..np.1]))
                });
                if let Some(np) = earlier.or_else(|| clause_subject(&toks[..i])) {
                    return Some((toks[i].text.to_string(), np));
                }
            }
            // "X, an outspoken critic of …, said …": the subject across an apposition.
            if let Some(np) = subject_before(text, (range.0, toks[i].start)) {
                return Some((toks[i].text.to_string(), np));
            }
        }
        if toks[i].lower() == "according" && toks.get(i + 1).is_some_and(|n| n.text == "to") {
            if let Some(np) = phrase_after(text, &toks, i + 1) {
                return Some(("according to".into(), np));
            }
        }
        // "As Ruiz put it, “…”": the idiom stands for a speech verb.
        if i > 0 && toks[i].lower() == "it" && toks[i - 1].lower() == "put" && toks[i].joined {
            if let Some(np) =
                phrase_before(&toks, i - 1).filter(|np| speaker_like(&text[np.0..np.1]))
            {
                return Some(("put it".into(), np));
            }
        }
    }
    None
}

/// The subject opening the sentence before a quote ("Ruiz, in both phone calls, “…”"), or a
/// pronoun right before it ("during which he “emphasized …”").
pub(super) fn subject_before(text: &str, range: (usize, usize)) -> Option<(usize, usize)> {
    let toks = tokens_in(text, range);
    if let Some(last) = toks.last() {
        if matches!(last.text, "he" | "she" | "He" | "She")
            && text[last.end..range.1].trim().is_empty()
        {
            return Some((last.start, last.end));
        }
    }
    // Past an opening phrase ("Of the plan, Ruiz, who …, said").
    let m = main_clause_start(&toks);
    let first = toks.get(m)?;
    if !first.is_capitalised() || resources::get().stopwords.contains(&first.lower()) {
        return None;
    }
    let mut e = m;
    // "Gov. Ana Ruiz, said": a title's stop does not end the subject.
    while e + 1 < toks.len()
        && toks[e + 1].is_capitalised()
        && (toks[e + 1].joined || title_stop_between(&toks[e], &toks[e + 1]))
    {
        e += 1;
    }
    // The subject must be followed by a comma or the quote's verb, not be a whole clause.
    let after = &text[toks[e].end..range.1];
    (after.trim_start().starts_with(',') || after.trim().is_empty())
        .then_some((first.start, toks[e].end))
}
