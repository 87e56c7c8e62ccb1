//! Headlines as attributions: "<Name>: <content>" and title-case headlines naming a speaker.

use crate::extract::quotes::{names_someone, tokens_in, QuoteKind, RawQuote};
use crate::extract::tokens::Token;
use crate::resources;

/// Headlines of the form "<Name>: <content>" ("Ruiz: Talks Will Resume"), one line each.
pub(super) fn headlines(text: &str, found: &[RawQuote], direct: &[RawQuote]) -> Vec<RawQuote> {
    let r = resources::get();
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        let Some(colon) = body.find(": ") else {
            out.extend(title_case_headline(text, start, body, found, direct));
            continue;
        };
        let (who, what) = (&body[..colon], body[colon + 2..].trim());
        let words: Vec<&str> = who.split_whitespace().collect();
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
        // A transcript's speaker: "TAPPER: …", "JAKE TAPPER: …" (the whole paragraph is theirs).
        let transcript = (1..=3).contains(&words.len())
            && who.len() >= 3
            && who.chars().any(char::is_alphabetic)
            && !who.chars().any(char::is_lowercase);
        // A headline's source: capitalised words ("NY Daily News", "Gov. Ana Ruiz") with at
        // most one lower-case word ("Clinton camp", "Ruiz on the budget"), one of its names
        // written again in the text ("Breaking:" or "Revealed:" never are).
        let lower_words = words.iter().filter(|w| !capitalised(w)).count();
        let named_again = words.iter().any(|w| {
            w.len() > 2
                && capitalised(w)
                && w.chars().any(char::is_lowercase)
                && !r.stopwords.contains(&w.to_lowercase())
                && text.matches(w).count() >= 2
        });
        // Or a person's name that opens with a given name ("Ana Ruiz: …"), or a poll, a report
        // or a noun that speaks as a source ("Poll: Ruiz leads in Ohio", "Insiders: …";
        // `data/evidence_nouns.txt`, `data/speaker_nouns.txt`).
        let person = (2..=3).contains(&words.len())
            && words.iter().all(capitalised)
            && r.given_names.contains_key(&words[0].to_lowercase());
        let evidence = words.len() <= 2
            && words.last().is_some_and(|w| {
                let w = w.to_lowercase();
                r.evidence_nouns.contains(&w) || r.speaker_nouns.contains(&w)
            });
        let headline = (1..=6).contains(&words.len())
            && words.first().is_some_and(capitalised)
            && lower_words <= 1
            && (named_again || person || evidence)
            && body.len() <= 200;
        // Not a label ("UPDATE", "Q", "The Latest").
        if !(headline || transcript)
            || matches!(words[0], "The" | "A" | "An")
            || r.header_keys.contains_key(&who.to_lowercase())
            || r.navigation_labels.contains(&who.to_lowercase())
            || what.split_whitespace().count() < 3
            || transcript && !headline && !named_in_transcript(text, who)
        {
            continue;
        }
        let content_start =
            start + colon + 2 + (body[colon + 2..].len() - body[colon + 2..].trim_start().len());
        let content_end = start + body.len();
        // A transcript's turn is the speaker's whole paragraph, whatever was found inside it
        // (`find` drops what the speaker says of themselves there: "I think …").
        let overlapping = |q: &&RawQuote| q.start < content_end && content_start < q.end;
        if found
            .iter()
            .filter(|_| !transcript)
            .chain(direct)
            .any(|q| overlapping(&q))
        {
            continue;
        }
        out.push(headline_quote(
            text,
            (content_start, content_end),
            ":",
            (start, start + colon),
        ));
    }
    out
}

/// A headline in title case with its verb: "Ruiz Says Talks Will Resume", "Stone Slams the
/// Budget Plan". The words before the verb are the speaker, the rest of the line the content.
pub(super) fn title_case_headline(
    text: &str,
    start: usize,
    body: &str,
    found: &[RawQuote],
    direct: &[RawQuote],
) -> Option<RawQuote> {
    let r = resources::get();
    if body.len() > 200 || body.contains(['\u{201c}', '"']) {
        return None;
    }
    let all = tokens_in(text, (start, start + body.len()));
    if let Some(q) = closing_headline_attribution(text, &all, found, direct) {
        return Some(q);
    }
    // The headline's first clause: "Ruiz Says Talks Failed, Calls Plan ‘Reckless’" (a
    // quotation mark does not end it: "Lee Says Stone ‘Makes You Retch’").
    let clause = (1..all.len())
        .find(|&k| {
            text[all[k - 1].end..all[k].start]
                .contains([',', ';', ':', '.', '?', '!', '\u{2014}', '\u{2013}'])
        })
        .unwrap_or(all.len());
    let toks = &all[..clause];
    if toks.len() < 4 || toks.iter().filter(|t| t.is_capitalised()).count() * 10 < toks.len() * 7 {
        return None;
    }
    let v = (1..toks.len().min(7) - 1).find(|&i| {
        let l = toks[i].lower();
        toks[i].is_capitalised()
            && (r.speech_verbs.contains(&l)
                || r.stance_verbs.contains(&l)
                || r.characterization_verbs.contains(&l))
            && !r.speech_verbs_also_nouns.contains(&l)
    })?;
    // "Ruiz Just Revealed …", "Stone Is Now Calling …": the speaker without the verb's
    // adverbs and auxiliaries.
    // ("May" and "Will" stay: they are names too.)
    let last = (0..v).rev().find(|&k| {
        !matches!(
            toks[k].lower().as_str(),
            "just"
                | "now"
                | "finally"
                | "also"
                | "still"
                | "reportedly"
                | "again"
                | "officially"
                | "is"
                | "was"
                | "has"
                | "have"
                | "had"
                | "not"
                | "got"
                | "would"
                | "could"
        )
    })?;
    // (A speaker in capitals is a shout: "WE’RE GEEKING OUT OVER THE ‘WONDER …".)
    if v >= 3 && toks[..v].iter().all(|t| t.is_all_caps()) {
        return None;
    }
    let speaker = (toks[0].start, toks[last].end);
    let first = toks[0].lower();
    if r.stopwords.contains(&first) || !names_someone(&text[speaker.0..speaker.1]) {
        return None;
    }
    let content_start = toks[v + 1].start;
    // (When the first clause leaves the verb one word, a comma was inside the content: "Lee
    // Says Stone, ‘Alt Right’ Pose A Threat".)
    let content_end = if clause < all.len() && clause > v + 2 {
        toks[clause - 1].end
    } else {
        start + body.trim_end_matches('.').len()
    };
    if all.len() - v - 1 < 2 || overlaps_any(found, direct, (content_start, content_end)) {
        return None;
    }
    Some(headline_quote(
        text,
        (content_start, content_end),
        toks[v].text,
        speaker,
    ))
}

/// A title-case headline whose attribution closes it: "Talks Will Resume, Ana Ruiz Says." (up
/// to four capitalised words and a verb of saying after the last comma, ending the line).
fn closing_headline_attribution(
    text: &str,
    toks: &[Token<'_>],
    found: &[RawQuote],
    direct: &[RawQuote],
) -> Option<RawQuote> {
    let r = resources::get();
    let n = toks.len();
    let v = n.checked_sub(1)?;
    let verb = toks[v].lower();
    if n < 5
        || !toks[v].is_capitalised()
        || !(r.speech_verbs.contains(&verb) && verb.ends_with('s'))
        || toks.iter().filter(|t| t.is_capitalised()).count() * 10 < n * 7
    {
        return None;
    }
    // The speaker: the words after the last comma, all capitalised.
    let first = (1..v)
        .rev()
        .find(|&k| text[toks[k - 1].end..toks[k].start].contains(','))?;
    let speaker = (toks[first].start, toks[v - 1].end);
    if !(1..=4).contains(&(v - first))
        || !toks[first..v].iter().all(|t| t.is_capitalised())
        || !names_someone(&text[speaker.0..speaker.1])
        || first < 3
    {
        return None;
    }
    let (content_start, content_end) = (toks[0].start, toks[first - 1].end);
    let content = text[content_start..content_end].trim_end_matches([',', '\u{2019}', '\'']);
    let content_end = content_start + content.len();
    if overlaps_any(found, direct, (content_start, content_end)) {
        return None;
    }
    Some(headline_quote(
        text,
        (content_start, content_end),
        toks[v].text,
        speaker,
    ))
}

/// A transcript's speaker label ("TAPPER", "JAKE TAPPER") used again, as a label, by its last
/// word or as a name ("Tapper").
pub(super) fn named_in_transcript(text: &str, who: &str) -> bool {
    let last = who.split_whitespace().last().unwrap_or(who);
    let mut name = String::new();
    for (i, c) in last.chars().enumerate() {
        if i == 0 {
            name.push(c);
        } else {
            name.extend(c.to_lowercase());
        }
    }
    text.matches(who).count() >= 2 || text.matches(last).count() >= 2 || text.contains(&name)
}

/// A headline's (or a transcript turn's) reported words at `content`, said by `speaker`.
fn headline_quote(
    text: &str,
    content: (usize, usize),
    cue: &str,
    speaker: (usize, usize),
) -> RawQuote {
    RawQuote {
        text: text[content.0..content.1].to_string(),
        start: content.0,
        end: content.1,
        kind: QuoteKind::Reported,
        cue: Some(cue.to_string()),
        speaker: Some(text[speaker.0..speaker.1].to_string()),
        speaker_span: Some(speaker),
        about: None,
        about_span: None,
        floating: false,
        continues_previous: false,
    }
}

/// Whether a quote already found overlaps `range`.
fn overlaps_any(found: &[RawQuote], direct: &[RawQuote], range: (usize, usize)) -> bool {
    found
        .iter()
        .chain(direct)
        .any(|q| q.start < range.1 && range.0 < q.end)
}
