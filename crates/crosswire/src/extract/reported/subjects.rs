//! Who is speaking: the subject of a cue found across relative clauses, appositions, brackets
//! and dashes, and the title that belongs to a name.

use crate::extract::quotes::{
    clause_subject, is_auxiliary, is_opening_word, main_clause_start, names_someone, speaker_like,
    EXCEPTION_HEADS, PREPOSITIONS, TIME_NOUNS,
};
use crate::extract::tokens::{after_title_stop, Token};
use crate::resources;

/// Capitalised words opening a sentence that never belong to the speaker after them ("And he",
/// "While Ruiz").
pub(super) const NOT_A_TITLE: &[&str] = &[
    "and", "but", "or", "so", "yet", "however", "still", "also", "then", "while", "although",
    "though", "because", "if", "when", "as", "after", "before", "since", "until", "unless",
    "whereas",
];

/// A speaker phrase with the capitalised words joined before it ("Ms." of "Ms. Ruiz"); a
/// pronoun stays alone, and a conjunction or subordinator opening the sentence ("And he", "While
/// Ruiz") is not a title.
pub(super) fn with_title(text: &str, toks: &[Token<'_>], np: (usize, usize)) -> (usize, usize) {
    let Some(mut i) = toks.iter().position(|t| t.start == np.0) else {
        return np;
    };
    if matches!(
        toks[i].lower().as_str(),
        "he" | "she" | "they" | "we" | "i" | "it"
    ) {
        return np;
    }
    while i > 0
        && toks[i - 1].is_capitalised()
        && !NOT_A_TITLE.contains(&toks[i - 1].lower().as_str())
        && (toks[i].joined || after_title_stop(text, &toks[i - 1], &toks[i]))
    {
        i -= 1;
    }
    (toks[i].start, np.1)
}

/// A speaker phrase right before a cue: a name, a person, a role, a document ("the court"), or
/// a poll's respondents ("75 percent of Democrats", "42%").
pub(super) fn speaker_ok(phrase: &str) -> bool {
    let r = resources::get();
    let head = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches(['%', ')'])
        .to_lowercase();
    // ("two-thirds", "a third": a share of the people asked.)
    let fraction = ["third", "thirds", "quarter", "quarters", "fifths"]
        .iter()
        .any(|f| {
            head.strip_suffix(f)
                .is_some_and(|n| n.is_empty() || n.ends_with('-'))
        });
    names_someone(phrase)
        || r.speaker_nouns.contains(&head)
        || fraction
        || phrase.contains('%')
        || phrase.contains(" percent")
        || speaker_like(phrase)
        // "all but two", "everyone but Ruiz" (as `phrase_before` reads them).
        || {
            let mut words = phrase.split_whitespace();
            words
                .next()
                .is_some_and(|w| EXCEPTION_HEADS.contains(&w.to_lowercase().as_str()))
                && words.next() == Some("but")
        }
}

/// The antecedent of a relative pronoun before cue `v`: "Ana Ruiz, who has long said …" gives
/// "Ana Ruiz" (or "who" itself when no name stands before it).
pub(super) fn relative_subject(text: &str, toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
    let w = relative_verb_group_start(toks, v);
    // ("who’ve already said": the auxiliary contracted onto the pronoun.)
    let relative = |x: &str| {
        matches!(x, "who" | "which")
            || x.strip_prefix("who")
                .is_some_and(|r| matches!(r, "’ve" | "'ve" | "’d" | "'d" | "’s" | "'s"))
    };
    if w == 0 || !toks[w].joined || !relative(toks[w - 1].text) {
        return None;
    }
    let who = w - 1;
    if who > 0 && !toks[who].joined && text[..toks[who].start].trim_end().ends_with(',') {
        // "Sen. Ana Ruiz of Florida, the ranking Democrat on the committee, who said …": the
        // name before a description set off by commas.
        let description = (1..who).rev().find(|&k| !toks[k].joined).filter(|&k| {
            text[..toks[k].start].trim_end().ends_with(',')
                && matches!(
                    toks[k].lower().as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                )
        });
        if let Some(name) = description.and_then(|k| capitalised_name_before(toks, k)) {
            return Some(name_span(toks, name, description.unwrap_or(who)));
        }
        if let Some(s) = capitalised_name_before(toks, who) {
            return Some(name_span(toks, s, who));
        }
    }
    // "one Democrat familiar with the talks, who said", "a campaign surrogate who said": the
    // noun phrase the pronoun follows, from its determiner, within the same clause.
    if let Some(d) = determiner_before(toks, who) {
        return Some((toks[d].start, toks[who - 1].end));
    }
    Some((toks[who].start, toks[who].end))
}

/// Where the verb group of cue `v` starts, past its auxiliaries and adverbs and a time after a
/// relative pronoun ("who has long said", "who last year threatened").
pub(super) fn relative_verb_group_start(toks: &[Token<'_>], v: usize) -> usize {
    let back = |mut w: usize| {
        while w > 0 && toks[w].joined && is_auxiliary(&toks[w - 1]) {
            w -= 1;
        }
        w
    };
    back(before_relative_time(toks, back(v)))
}

/// Where a time of two words right before token `w` starts ("last year", "this week", "in
/// May", "on Friday", "in 2015"), after a relative pronoun; `w` when there is none.
fn before_relative_time(toks: &[Token<'_>], w: usize) -> usize {
    if w < 3 || !toks[w].joined || !toks[w - 1].joined || !toks[w - 2].joined {
        return w;
    }
    let r = resources::get();
    let (first, second) = (toks[w - 2].text, &toks[w - 1]);
    let lower = second.lower();
    let time = match first {
        "last" | "this" | "earlier" => TIME_NOUNS.contains(&lower.as_str()),
        "in" | "on" => {
            r.months.contains_key(lower.as_str())
                || r.weekdays.contains_key(lower.as_str())
                || (second.text.len() == 4 && second.text.chars().all(|c| c.is_ascii_digit()))
        }
        _ => false,
    };
    let relative = matches!(toks[w - 3].text, "who" | "which");
    if time && relative {
        w - 2
    } else {
        w
    }
}

/// How many words a relative clause between a subject and its speech verb may have ("the groups
/// who wrote to her on Thursday say").
pub(super) const MAX_RELATIVE_CLAUSE_WORDS: usize = 10;

/// The subject of cue `v` across a relative clause with no commas: "the groups who wrote to her
/// on Thursday say …", "Ana Ruiz who ran in 2020 said …" (a cue inside the clause has the same
/// subject, by [`relative_subject`]).
pub(in crate::extract) fn subject_past_relative_clause(
    toks: &[Token<'_>],
    v: usize,
) -> Option<(usize, usize)> {
    let mut j = v;
    while j > 0 && v - j <= MAX_RELATIVE_CLAUSE_WORDS && toks[j].joined {
        j -= 1;
        if matches!(toks[j].text, "who" | "which") {
            // The clause has words of its own.
            if j + 1 >= v || j == 0 || !toks[j].joined {
                return None;
            }
            return match determiner_before(toks, j) {
                Some(d) => Some((toks[d].start, toks[j - 1].end)),
                None => capitalised_name_before(toks, j).map(|s| name_span(toks, s, j)),
            };
        }
    }
    None
}

/// Where the capitalised name ending right before token `end` (after a comma) starts, taking in
/// the place it is of ("Sen. Ana Ruiz of Florida"); `None` when no capitalised word is there.
pub(super) fn capitalised_name_before(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0 && toks[s - 1].is_capitalised() && (s == end || toks[s].joined) {
        s -= 1;
    }
    if s >= 3
        && s < end
        && toks[s].joined
        && toks[s - 1].text == "of"
        && toks[s - 1].joined
        && toks[s - 2].is_capitalised()
    {
        let mut p = s - 2;
        while p > 0 && toks[p - 1].is_capitalised() && toks[p].joined {
            p -= 1;
        }
        return Some(p);
    }
    (s < end).then_some(s)
}

/// The byte span of tokens `from..end`.
pub(super) fn name_span(toks: &[Token<'_>], from: usize, end: usize) -> (usize, usize) {
    (toks[from].start, toks[end - 1].end)
}

/// Most words between a relative pronoun and the determiner opening its antecedent.
pub(super) const MAX_ANTECEDENT_WORDS: usize = 6;

/// The determiner ("a", "the", "one", "another") opening the noun phrase that ends right before
/// token `at`: the farthest one within [`MAX_ANTECEDENT_WORDS`] words, so that the phrase keeps
/// its modifiers ("one Democrat familiar with the talks"), never across punctuation.
pub(super) fn determiner_before(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let mut found = None;
    let mut i = at;
    while i > 0 && at - i < MAX_ANTECEDENT_WORDS {
        // Punctuation before `at` itself (the comma of ", who") is allowed; any other ends the
        // phrase.
        if i < at && !toks[i].joined {
            break;
        }
        i -= 1;
        if i + 1 < at
            && matches!(
                toks[i].lower().as_str(),
                "a" | "an" | "the" | "one" | "another"
            )
        {
            found = Some(i);
        }
    }
    found
}

/// "After bragging about …, Ruiz is spending …", "Instead of calling himself …, Ruiz said":
/// a gerund opening the sentence after a preposition, or a participle opening it ("Noting that
/// …, Ruiz said …"), has the main clause's subject.
pub(super) fn opening_gerund_subject(toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
    let t = toks.get(v)?;
    // The preposition is capitalised: it opens the sentence (or follows its dateline).
    let opening = (v >= 1 && is_opening_word(&toks[v - 1]))
        || (v >= 2 && toks[v - 2].text == "Instead" && toks[v - 1].text == "of");
    // Or the participle itself opens it: "Noting that …, Lee said …", "Citing “obligations”,
    // the former senator …".
    let bare = v == 0 && t.is_capitalised();
    if !(opening && t.joined || bare) || !t.text.ends_with("ing") {
        return None;
    }
    let from = if bare {
        v
    } else if toks[v - 1].text == "of" {
        v - 2
    } else {
        v - 1
    };
    clause_subject(&toks[from..]).filter(|np| np.0 > t.end)
}

/// A speaker followed by a bracket before the cue: "Gov. Ana Ruiz (R-Ohio) said …".
pub(super) fn bracketed_subject(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
) -> Option<(usize, usize)> {
    let lead = text[..toks.get(v)?.start].trim_end();
    if v < 2 || toks[v].joined {
        return None;
    }
    // "Ruiz (R-Ohio) said", and between dashes: "Democratic leaders — and, in particular,
    // Ruiz — insisted".
    let open = if lead.ends_with(')') {
        lead.rfind('(')?
    } else if let Some(inner) = lead.strip_suffix(['\u{2014}', '\u{2013}']) {
        let open = inner.rfind(['\u{2014}', '\u{2013}'])?;
        // Within the sentence and not too far back.
        if open < toks[0].start || lead.len() - open > 200 {
            return None;
        }
        open
    } else {
        return None;
    };
    let w = toks.iter().rposition(|t| t.end <= open)?;
    if text[toks[w].end..open].trim() != "" || !toks[w].is_capitalised() {
        return None;
    }
    let mut s = w;
    while s > 0 && toks[s].joined && toks[s - 1].is_capitalised() && w - s < 5 {
        s -= 1;
    }
    Some((toks[s].start, toks[w].end))
}

/// The sentence's subject across an apposition or a bracket: "Ana Ruiz, a professor at the
/// university, said …", "Ruiz (who has 25 delegates) said …".
pub(super) fn apposition_subject(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, usize)> {
    // "Ruiz, who …, has vowed to …": the auxiliaries belong to the verb.
    let mut v = v;
    while v > 1 && toks[v].joined && is_auxiliary(&toks[v - 1]) {
        v -= 1;
    }
    if v == 0 || toks[v].joined || v > 30 {
        return None;
    }
    // (Or set off by dashes: "Many speakers at the service — including … — said".)
    let dash_before =
        |s: &str| s.ends_with(['\u{2014}', '\u{2013}']) || s.ends_with(" -") || s.ends_with("--");
    let dash_after = |s: &str| {
        s.starts_with(['\u{2014}', '\u{2013}']) || s.starts_with("- ") || s.starts_with("--")
    };
    let before = text[..toks[v].start].trim_end();
    if !(before.ends_with([',', ')']) || dash_before(before)) {
        return None;
    }
    // Past a label ending in a colon ("Turnout: Ruiz, whose …, said") and an opening phrase
    // ("Earlier this week, Ruiz, who …, said").
    let label = (1..v)
        .rev()
        .find(|&i| text[toks[i - 1].end..toks[i].start].contains(':'))
        .unwrap_or(0);
    let m = label + main_clause_start(&toks[label..v]);
    let first = &toks[m];
    if inside_quote(first) {
        return None;
    }
    let mut e = m;
    // A possessor belongs to the phrase ("Nevada's governor, Brian Sandoval, said").
    // (Names with their places, up to twelve words: "Ana Ruiz of Ohio and Li Stone of Utah".)
    let in_names = |k: usize| {
        toks[m..=k]
            .iter()
            .all(|t| t.is_capitalised() || matches!(t.text, "of" | "and"))
    };
    while e + 1 < v
        && (toks[e + 1].joined
            || toks[e].possessive
            || after_title_stop(text, &toks[e], &toks[e + 1]))
        && (e - m < 6 || (e - m < 12 && in_names(e + 1)))
    {
        e += 1;
    }
    // A longer phrase whose head opens it, up to the comma ("numerous veterans interviewed at
    // rallies in Ohio this week, including Lee, said"): a speaker by the words before its
    // modifier.
    let lead = usize::from(matches!(first.lower().as_str(), "but" | "and" | "yet"));
    let opening = &toks[m + lead];
    if e + 1 < v && toks[e + 1].joined && !opening.is_capitalised() {
        let end = (e + 1..v.min(m + 16)).find(|&i| !toks[i + 1].joined);
        let head_end = (m + lead + 1..=(m + lead + 4).min(e)).find(|&i| {
            let l = toks[i].lower();
            PREPOSITIONS.contains(&l.as_str())
                || matches!(
                    l.as_str(),
                    "who" | "that" | "interviewed" | "surveyed" | "polled"
                )
        });
        if let (Some(end), Some(h)) = (end, head_end) {
            if text[toks[end].end..].trim_start().starts_with(',')
                && resources::get()
                    .speaker_nouns
                    .contains(&toks[h - 1].lower())
            {
                return Some((opening.start, toks[end].end));
            }
        }
    }
    let np = (first.start, toks[e].end);
    let after = text[np.1..].trim_start();
    // "Ana R. Ruiz Jr., who …": past a name's suffix's stop.
    let after = match toks[e].text {
        "Jr" | "Sr" => after.strip_prefix('.').unwrap_or(after),
        _ => after,
    };
    if dash_before(before) && !dash_after(after) {
        // An aside between dashes after a description ("Lee, director of the group — which
        // Ruiz founded — said") or after a phrase ("insiders in two states — Nevada and
        // Ohio — said"): the speaker is the name before the comma, or the whole phrase.
        let inner = before.trim_end_matches(['\u{2014}', '\u{2013}', '-']);
        let aside = inner
            .rfind(['\u{2014}', '\u{2013}'])
            .into_iter()
            .chain(inner.rfind(" -"))
            .max()
            .filter(|&a| a >= np.1)?;
        let phrase = text[np.0..aside].trim_end();
        if after.starts_with(',') {
            let name = toks[m..=e].iter().all(|t| t.is_capitalised());
            return (name && e + 1 < v && speaker_ok(&text[np.0..np.1])).then_some(np);
        }
        let words = toks
            .iter()
            .filter(|t| t.start >= np.0 && t.end <= aside)
            .count();
        let plain = !phrase.contains([',', ';', '(', '\u{201c}', '"']);
        return (plain && words <= 8 && speaker_ok(phrase)).then_some((np.0, np.0 + phrase.len()));
    }
    let set_off = if dash_before(before) {
        dash_after(after)
    } else {
        after.starts_with([',', '('])
    };
    (set_off && e + 1 < v && speaker_ok(&text[np.0..np.1])).then_some(np)
}

/// The source after "according to": up to the next comma or the sentence's end, at most 16 words.
pub(super) fn source_after(
    text: &str,
    toks: &[Token<'_>],
    to: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let first = toks.get(to + 1)?;
    let stop = text[first.start..end]
        .find([',', ';', ':'])
        .map_or(end, |i| first.start + i);
    let last = toks
        .iter()
        .filter(|t| t.start >= first.start && t.end <= stop)
        .take(16)
        .last()?;
    Some((first.start, last.end.min(stop)))
}
