//! Headlines as attributions: "<Name>: <content>" and title-case headlines naming a speaker.

use crate::extract::quotes::{names_someone, tokens_in, QuoteKind, RawQuote, ADDRESSEE_VERBS};
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
            // ("Ruiz Praises Lee’s Editor: ‘Very Good Reporter’": a verb before the colon.)
            if !transcript {
                out.extend(title_case_headline(text, start, body, found, direct));
            }
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

/// Headlines in title case with their verbs: "Ruiz Says Talks Will Resume", "Stone Slams the
/// Budget Plan". The words before the verb are the speaker, the rest of the clause the content.
/// A second verb goes on with the same speaker ("Lee Backs Stone And Denounces Ruiz", "…,
/// Calls Plan ‘Reckless’"), and each part of a headline set off by a dash is read on its own
/// ("Photo Surfaces — Some Say It Proves She Cheated").
pub(super) fn title_case_headline(
    text: &str,
    start: usize,
    body: &str,
    found: &[RawQuote],
    direct: &[RawQuote],
) -> Vec<RawQuote> {
    // (A quotation opening the line is a direct quote's; one inside it is the content's:
    // "Lee Asked Men To “Redefine Masculinity”".)
    if body.len() > 200 || body.starts_with(['\u{201c}', '"']) {
        return Vec::new();
    }
    let all = tokens_in(text, (start, start + body.len()));
    if let Some(q) = closing_headline_attribution(text, &all, found, direct) {
        return vec![q];
    }
    let gap = |k: usize| &text[all[k - 1].end..all[k].start];
    let mut out = Vec::new();
    let mut from = 0;
    for to in (1..=all.len()).filter(|&k| {
        k == all.len() || gap(k).contains(['\u{2014}', '\u{2013}']) || gap(k).contains(" - ")
    }) {
        let part = &all[from..to];
        from = to;
        // (The last part runs to the line's end, past a closing quotation mark.)
        let part_end = if to == all.len() {
            start + body.len()
        } else {
            all[to - 1].end
        };
        out.extend(headline_part(text, part_end, part, found, direct));
    }
    out
}

/// Whether a capitalised headline word is a verb that attributes ("Says", "Slams", "Backs",
/// "Wants", "Promises"): a verb of saying, stance or intention, or of a promise.
fn is_headline_verb(t: &Token<'_>) -> bool {
    let r = resources::get();
    let l = t.lower();
    t.is_capitalised()
        && (r.speech_verbs.contains(&l)
            || r.stance_verbs.contains(&l)
            || r.characterization_verbs.contains(&l)
            || r.intention_verbs.contains(&l)
            || r.poll_verbs.contains(&l)
            // (Forms that are mostly plural nouns in running text are verbs here.)
            || matches!(l.as_str(), "promises" | "pledges"))
        && !r.speech_verbs_also_nouns.contains(&l)
}

/// One part of a title-case headline (`all`, the part ending at `line_end`): the speaker, the
/// verb and its content, then any verb that goes on with the same speaker.
fn headline_part(
    text: &str,
    line_end: usize,
    all: &[Token<'_>],
    found: &[RawQuote],
    direct: &[RawQuote],
) -> Vec<RawQuote> {
    let r = resources::get();
    // The headline's first clause: "Ruiz Says Talks Failed, Calls Plan ‘Reckless’" (a
    // quotation mark does not end it: "Lee Says Stone ‘Makes You Retch’").
    let clause_end = |from: usize| {
        (from + 1..all.len())
            .find(|&k| text[all[k - 1].end..all[k].start].contains([',', ';', ':', '.', '?', '!']))
            .unwrap_or(all.len())
    };
    let clause = clause_end(0);
    let toks = &all[..clause];
    if toks.len() < 4 || toks.iter().filter(|t| t.is_capitalised()).count() * 10 < toks.len() * 7 {
        return Vec::new();
    }
    let Some(v) = (1..toks.len().min(7) - 1).find(|&i| is_headline_verb(&toks[i])) else {
        return Vec::new();
    };
    // "Ruiz Just Revealed …", "Stone Is Now Calling …": the speaker without the verb's
    // adverbs and auxiliaries.
    // ("May" and "Will" stay: they are names too.)
    let Some(last) = (0..v).rev().find(|&k| {
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
    }) else {
        return Vec::new();
    };
    // (A speaker in capitals is a shout: "WE’RE GEEKING OUT OVER THE ‘WONDER …".)
    if v >= 3 && toks[..v].iter().all(|t| t.is_all_caps()) {
        return Vec::new();
    }
    let speaker = (toks[0].start, toks[last].end);
    let first = toks[0].lower();
    // ("Some Say …": a quantifier speaks for people.)
    let some = last == 0 && r.quantifier_pronouns.contains(&first);
    if !some && (r.stopwords.contains(&first) || !names_someone(&text[speaker.0..speaker.1])) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut v = v;
    let mut clause = clause;
    loop {
        // "… Backs Stone And Denounces Ruiz": "And" before a second verb ends the content.
        let and_verb = (v + 2..clause.saturating_sub(1))
            .find(|&k| all[k].text == "And" && is_headline_verb(&all[k + 1]));
        let end_tok = and_verb.unwrap_or(clause);
        // (When the first clause leaves the verb one word, a comma was inside the content:
        // "Lee Says Stone, ‘Alt Right’ Pose A Threat".)
        let (end_tok, next) = if and_verb.is_none() && clause < all.len() && clause <= v + 2 {
            (all.len(), all.len())
        } else {
            (end_tok, and_verb.map_or(clause, |k| k + 1))
        };
        // (A verb of stance may take one word, and any verb a name: "Lee Backs Stone And
        // Denounces Ruiz".)
        let one_name = all
            .get(v + 1)
            .is_some_and(|n| !r.stopwords.contains(&n.lower()) && end_tok == v + 2);
        let min = if r.speech_verbs.contains(&all[v].lower()) && !one_name {
            2
        } else {
            1
        };
        if end_tok < v + 1 + min {
            break;
        }
        let content_start = all[v + 1].start;
        let content_end = if end_tok == all.len() {
            // (The line's end, without its closing stop.)
            let line = &text[content_start..line_end.max(content_start)];
            content_start + line.trim_end().trim_end_matches('.').len()
        } else {
            all[end_tok - 1].end
        };
        let quoted_inside = |q: &RawQuote| content_start < q.start && q.end <= content_end + 3;
        let overlaps = found
            .iter()
            .chain(direct.iter().filter(|q| !quoted_inside(q)))
            .any(|q| q.start < content_end && content_start < q.end);
        if !overlaps {
            out.push(headline_quote(
                text,
                (content_start, content_end),
                all[v].text,
                speaker,
            ));
        }
        // A next clause that opens with a verb of its own has the same speaker.
        if next >= all.len() || !is_headline_verb(&all[next]) {
            break;
        }
        v = next;
        clause = clause_end(next);
    }
    out
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
    // The verb closes the line, or only its addressee follows ("…, Ruiz Tells Convention"). A
    // finding closes it too ("…, Board Of Election Finds").
    let v = (n.saturating_sub(4)..n).rev().find(|&k| {
        let verb = toks[k].lower();
        toks[k].is_capitalised()
            && verb.ends_with('s')
            && (r.speech_verbs.contains(&verb) || r.evidence_verbs.contains(&verb))
            && (k + 1 == n
                || (ADDRESSEE_VERBS.contains(&verb.as_str())
                    && toks[k + 1..].iter().all(|t| t.is_capitalised())))
    })?;
    if n < 5 || toks.iter().filter(|t| t.is_capitalised()).count() * 10 < n * 7 {
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
