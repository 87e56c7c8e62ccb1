//! A poll's shares as attributions: "Six in 10 say <content>", "56 percent would vote for
//! <content>" (`data/poll_verbs.txt`).

use super::content::skip_that;
use super::Found;
use crate::extract::quotes::{is_auxiliary, is_cue_at, is_opening_word};
use crate::extract::sentences::Sentence;
use crate::extract::tokens::Token;
use crate::resources;

/// Words that qualify a share ("about half", "nearly 60 percent", "more than a third").
#[rustfmt::skip]
pub(super) const SHARE_QUALIFIERS: &[&str] = &[
    "about", "nearly", "almost", "roughly", "only", "just", "around", "over", "under", "some",
    "barely", "fully", "approximately", "fewer", "less", "more", "than", "at", "least", "close",
    "to", "well", "a", "the", "large", "slim", "narrow", "clear", "vast", "solid", "bare", "small",
    "big", "overwhelming", "comfortable", "sizable", "sizeable", "wide",
];

/// Nouns of a share ("a majority", "two-thirds", "a quarter of").
#[rustfmt::skip]
pub(super) const SHARE_NOUNS: &[&str] = &[
    "majority", "plurality", "minority", "half", "third", "thirds", "quarter", "quarters", "fifth",
    "fourth", "fourths", "fifths", "most", "many",
];

/// Whether a word between a share and its verb belongs to the verb group ("would vote for",
/// "are strongly opposed"): an auxiliary or adverb of [`is_auxiliary`], or one of these.
pub(super) fn in_poll_verb_group(t: &Token<'_>) -> bool {
    is_auxiliary(t) || matches!(t.text, "are" | "now" | "somewhat" | "either")
}

/// Words that open another clause after a comma ("…, while 19 percent …").
pub(super) const CLAUSE_JOINERS: &[&str] = &[
    "while", "but", "and", "whereas", "compared", "although", "though", "after",
];

/// Poll verbs (stems) whose content is their object: a choice, not a clause ("support Ruiz",
/// "chose Stone", "oppose the plan").
pub(super) const OBJECT_POLL_VERBS: &[&str] = &[
    "support", "chose", "choose", "favo", "back", "oppos", "prefer", "like", "dislike", "trust",
    "distrust", "reject",
];

/// Whether a token is a number: digits ("56", "1,200", "9.5") or a number word, hyphenated ones
/// too ("forty-one").
pub(super) fn is_number(t: &Token<'_>) -> bool {
    let r = resources::get();
    let lower = t.lower();
    lower.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && lower
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        || lower.split('-').all(|w| r.number_words.contains_key(w))
}

/// "Six in 10 say he is decisive", "56 percent would vote for Ruiz", "a majority of Republicans
/// support the plan": a share of those asked opens the clause (after an opening phrase such as
/// "Among likely voters,"), then a verb of opinion or choice (`data/poll_verbs.txt`). The share
/// is the source and what follows the verb the content. The share is read before its verb, so
/// "support" or "see" count only here, where they report a poll.
/// Each finding runs to the end of its clause: "37 percent would vote for Ruiz, while only 4
/// percent would vote for Stone" holds two.
pub(super) fn poll_shares(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Vec<Found> {
    let mut found = Vec::new();
    // The first clause opens the sentence, or follows an opening prepositional phrase.
    // ("Only about 4 in 10 …": a sentence adverb may open the share itself.)
    let opening_phrase = (is_opening_word(&toks[0])
        || matches!(toks[0].lower().as_str(), "among" | "of"))
        && poll_share(text, s, toks, 0, is_direct).is_none();
    let mut at = if opening_phrase {
        match (1..toks.len().min(12)).find(|&k| !toks[k].joined) {
            Some(k) => k,
            None => return found,
        }
    } else {
        0
    };
    // Or follows a colon or semicolon ("… on social issues; 26% say they are
    // conservative", "… fighting terrorism: 47% say …"), or a comma and a word joining
    // clauses ("Voters say …, and three-fourths say …").
    if poll_share(text, s, toks, at, is_direct).is_none() {
        match (at + 1..toks.len()).find(|&k| {
            let joined_clause = k >= 2
                && CLAUSE_JOINERS.contains(&toks[k - 1].lower().as_str())
                && text[toks[k - 2].end..toks[k - 1].start].contains(',');
            (joined_clause || text[toks[k - 1].end..toks[k].start].contains([';', ':']))
                && poll_share(text, s, toks, k, is_direct).is_some()
        }) {
            Some(k) => at = k,
            None => return found,
        }
    }
    while let Some((f, c)) = poll_share(text, s, toks, at, is_direct) {
        // The clause ends at a semicolon, or at a comma before a word joining another clause.
        let joins = |k: usize| CLAUSE_JOINERS.contains(&toks[k].lower().as_str());
        let next = (c + 1..toks.len()).find(|&k| {
            (!toks[k].joined && joins(k)) || text[toks[k - 1].end..toks[k].start].contains(';')
        });
        let end = next.map_or(s.end, |k| toks[k - 1].end);
        found.push(Found {
            content: (f.content.0, end.min(f.content.1)),
            ..f
        });
        // The next share opens after the joining word: "…, while 19 percent …", "…, and a
        // third said …", "…; 46 percent said …".
        match next {
            Some(k) => at = if joins(k) { k + 1 } else { k },
            None => break,
        }
    }
    found
}

/// One finding of [`poll_shares`] whose share starts at token `from`, and the index of its
/// content's first token.
pub(super) fn poll_share(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    from: usize,
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Option<(Found, usize)> {
    let r = resources::get();
    let mut i = from;
    let mut share = false;
    // The share: qualifiers, then a number with "percent" or "in N", or a share noun.
    while i < toks.len() && i - from < 8 {
        let t = &toks[i];
        let lower = t.lower();
        if i > from && !t.joined {
            return None;
        }
        if is_number(t) {
            let percent_sign = text[t.end..].starts_with('%');
            let next = toks.get(i + 1).map(|n| n.lower());
            if percent_sign || next.as_deref() == Some("percent") {
                share = true;
                i += if percent_sign { 1 } else { 2 };
                break;
            }
            // "Six in 10", "one out of four".
            let over = match next.as_deref() {
                Some("in") => Some(i + 2),
                Some("out") if toks.get(i + 2).is_some_and(|n| n.text == "of") => Some(i + 3),
                _ => None,
            };
            if let Some(k) = over.filter(|&k| toks.get(k).is_some_and(is_number)) {
                share = true;
                i = k + 1;
                break;
            }
            // "two-thirds" is a number word and a share noun joined.
            if lower.split('-').any(|w| SHARE_NOUNS.contains(&w)) {
                share = true;
                i += 1;
                break;
            }
            // "a third": "a" is a number word too; "third" comes next.
            if !matches!(lower.as_str(), "a" | "an" | "one") {
                return None;
            }
            i += 1;
            continue;
        }
        let hyphenated = lower.contains('-')
            && lower
                .split('-')
                .next_back()
                .is_some_and(|w| SHARE_NOUNS.contains(&w));
        if hyphenated || SHARE_NOUNS.contains(&lower.as_str()) {
            let opens = i == from;
            let fits = match lower.as_str() {
                // "Most voters say", not "the most painful …".
                "most" | "many" => opens,
                "half" => true,
                // "a majority", "the third": a noun after its determiner or qualifier, and not
                // a title ("Majority Leader Ana Ruiz").
                _ => {
                    let title =
                        t.is_capitalised() && toks.get(i + 1).is_some_and(|n| n.is_capitalised());
                    hyphenated || !(opens || title)
                }
            };
            if !fits {
                return None;
            }
            share = true;
            i += 1;
            break;
        }
        if !SHARE_QUALIFIERS.contains(&lower.as_str()) {
            return None;
        }
        i += 1;
    }
    if !share {
        return None;
    }
    // (A word after a percent sign is joined to it: "26% say".)
    let joined =
        |k: usize| toks[k].joined || (k > 0 && text[toks[k - 1].end..toks[k].start] == *"% ");
    // Whom the share is of ("of Republicans polled", "voters"), up to the verb group.
    let verb_at = (i..toks.len().min(i + 12)).find(|&k| {
        let lower = toks[k].lower();
        joined(k) && (in_poll_verb_group(&toks[k]) || r.poll_verbs.contains(&lower))
    })?;
    // A clause of its own ("… complained that …", "… allow them to support") is no share's
    // description.
    if (i..verb_at)
        .any(|k| !joined(k) || matches!(toks[k].text, "to" | "that") || is_cue_at(toks, k))
    {
        return None;
    }
    // "A majority of those who said …": the verb of a relative clause, not the share's.
    if matches!(toks[verb_at - 1].lower().as_str(), "who" | "which" | "that") {
        return None;
    }
    let mut v = verb_at;
    while v < toks.len() && in_poll_verb_group(&toks[v]) && joined(v) {
        v += 1;
    }
    let verb = toks.get(v).filter(|_| joined(v))?;
    if !r.poll_verbs.contains(&verb.lower()) {
        return None;
    }
    let mut c = v + 1;
    let lower = verb.lower();
    // "would vote for Ruiz", "approve of", "agree with": the preposition is the verb's.
    let preposition = match lower.get(..4) {
        Some("vote") => "for",
        Some("appr" | "disa") if lower.contains("pprov") => "of",
        Some("agre" | "disa") => "with",
        _ => "",
    };
    if toks
        .get(c)
        .is_some_and(|n| n.joined && n.text == preposition)
    {
        c += 1;
    }
    let cue_end = toks[c - 1].end;
    let c = skip_that(toks, c);
    // A choice's content is whom or what was chosen ("56 percent support Ruiz, a former …").
    let chooses =
        OBJECT_POLL_VERBS.iter().any(|stem| lower.starts_with(stem)) || !preposition.is_empty();
    let content = toks.get(c).filter(|t| t.joined || t.text.len() > 1)?;
    if is_direct(content.start, s.end) {
        return None;
    }
    // (It runs to the comma: "a ban on those who …", but not ", a former senator".)
    let end = if chooses {
        (c + 1..toks.len())
            .find(|&k| !toks[k].joined)
            .map_or(s.end, |k| toks[k - 1].end)
    } else {
        s.end
    };
    Some((
        Found {
            cue: text[toks[verb_at].start..cue_end].to_string(),
            speaker: Some((toks[from].start, toks[verb_at - 1].end)),
            content: (content.start, end),
        },
        c,
    ))
}

/// "In a national poll released Monday, 50 percent chose Ruiz …": a sentence opening with "In"
/// and a poll or survey (its phrase set off by a comma within a few words) reports that poll's
/// finding, the clause after the comma, with the poll as its source.
pub(super) fn in_poll(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Option<Found> {
    if toks.first()?.text != "In" {
        return None;
    }
    // The opening phrase: words up to its comma (a slash or a possessive may stand between:
    // "In an NBC/WSJ poll", "In Monday’s poll").
    let comma = (1..toks.len().min(16)).find(|&k| {
        let gap = &text[toks[k - 1].end..toks[k].start];
        gap.contains(',') || !(toks[k].joined || gap == "/" || toks[k - 1].possessive)
    })?;
    if !text[toks[comma - 1].end..toks[comma].start].contains(',') {
        return None;
    }
    let noun =
        (1..comma).find(|&k| matches!(toks[k].text, "poll" | "polls" | "survey" | "surveys"))?;
    // The phrase names the poll ("In an NBC News poll", "In exit polls"), not its place.
    if noun > 9 || toks.len() - comma < MIN_CLAUSE_WORDS {
        return None;
    }
    // "In the new poll, conducted March 11-13, 40 percent …": the poll's own participle phrase
    // is not the finding.
    let mut first = comma;
    if matches!(
        toks[first].text,
        "conducted" | "released" | "taken" | "published"
    ) {
        first = (first + 1..toks.len().min(first + 10))
            .find(|&k| !toks[k].joined && text[toks[k - 1].end..toks[k].start].contains(','))?;
    }
    if toks.len() - first < MIN_CLAUSE_WORDS {
        return None;
    }
    let content = (toks[first].start, s.end);
    (!is_direct(content.0, content.1)).then(|| Found {
        cue: "in".into(),
        speaker: Some((toks[1].start, toks[noun].end)),
        content,
    })
}

/// Fewest words of a poll's finding.
const MIN_CLAUSE_WORDS: usize = 4;
