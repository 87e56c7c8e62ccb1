//! Where a content starts and ends: past "that", an addressee, a time or an opening phrase,
//! and up to the next attribution, subordinate clause or sentence end.

use super::is_continuing_participle;
use super::polls::{is_number, SHARE_NOUNS};
use super::subjects::{opening_gerund_subject, relative_verb_group_start};
use crate::extract::quotes::{
    is_auxiliary, is_contracted_pronoun, is_cue_at, is_time_word, names_someone, phrase_after,
    ADDRESSEE_VERBS, FINITE_AUXILIARIES, PREPOSITIONS, TIME_NOUNS, VERB_GROUP_ADVERBS,
};
use crate::extract::tokens::{title_stop_between, Token};
use crate::resources;

/// When the speaker `sp` of a cue ending at `cue_end` stands after it, the cue opened the
/// sentence as a gerund ("Speaking to reporters, Ruiz said …"): the main clause may attribute
/// more, so reading goes on from its subject, whose first token this returns.
pub(super) fn main_clause_after_gerund(
    toks: &[Token<'_>],
    cue_end: usize,
    sp: (usize, usize),
) -> Option<usize> {
    (sp.0 > cue_end).then(|| {
        toks.iter()
            .position(|x| x.start >= sp.0)
            .unwrap_or(toks.len())
    })
}

/// Where the noun phrase opening at token `c` ends: before a comma, a preposition, a
/// conjunction, a relative pronoun or a time word, at most eight words on.
pub(super) fn object_end(toks: &[Token<'_>], c: usize) -> usize {
    let r = resources::get();
    let mut e = c;
    while e + 1 < toks.len() && e - c < 7 {
        let n = &toks[e + 1];
        let l = n.lower();
        // (A possessive leaves the next word unjoined: "endorsed Ruiz’s nomination of …"; so
        // does a title's stop: "backed Sen. Ana Ruiz".)
        let stop = (!n.joined && !toks[e].possessive && !title_stop_between(&toks[e], n))
            || PREPOSITIONS.contains(&l.as_str())
            // ("and" goes on with a second object: "Lee and his wife", "Ruiz and Stone".)
            || (l == "and"
                && toks.get(e + 2).is_none_or(|m| {
                    !(m.is_capitalised() || matches!(m.text, "his" | "her" | "their" | "the" | "its"))
                }))
            || matches!(
                l.as_str(),
                "but"
                    | "or"
                    | "who"
                    | "which"
                    | "that"
                    | "on"
                    | "for"
                    | "as"
                    | "last"
                    | "this"
                    | "earlier"
                    | "because"
                    | "despite"
                    | "over"
            )
            || r.weekdays.contains_key(&l)
            || r.months.contains_key(&l);
        if stop {
            break;
        }
        e += 1;
    }
    toks[e].end
}

/// Where a noun phrase with its modifiers opening at token `c` ends, before byte `limit`: the
/// phrase keeps its prepositions, infinitives and relative clauses ("an increase to the federal
/// minimum wage", "efforts to pressure the council") and ends at a comma, a subordinate clause,
/// a time ("… last week") or "and" before a verb ("… and made comments").
pub(super) fn modified_phrase_end(text: &str, toks: &[Token<'_>], c: usize, limit: usize) -> usize {
    let r = resources::get();
    let stop = (c + 1..toks.len())
        .take_while(|&k| toks[k].start < limit)
        .find(|&k| {
            let l = toks[k].lower();
            text[toks[k - 1].end..toks[k].start]
                .contains([',', ';', ':', '-', '\u{2013}', '\u{2014}'])
                || SUBORDINATORS.contains(&l.as_str())
                || matches!(
                    l.as_str(),
                    "because"
                        | "despite"
                        | "last"
                        | "earlier"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        // Where, when and how it was done: "endorsed Ruiz at a news
                        // conference", "… during the primaries", "… by name". (Not "in":
                        // more often than not it still modifies the object, "a request in a
                        // civil lawsuit", on PolNeAR train.)
                        | "at"
                        | "during"
                        | "by"
                        | "as"
                        | "up"
                        | "directly"
                )
                || r.weekdays.contains_key(&l)
                || (r.months.contains_key(&l) && toks[k].is_capitalised())
                || (matches!(l.as_str(), "in" | "on") && in_names_an_occasion(toks, k))
                || (matches!(l.as_str(), "and" | "but" | "or")
                    && toks.get(k + 1).is_some_and(|n| {
                        // A verb goes on with the subject's next act ("… and made comments");
                        // a noun is a second object ("… and restrictions on abortion").
                        !n.is_capitalised()
                            && !DETERMINERS.contains(&n.text)
                            && n.text != "other"
                            && (n.text.ends_with("ed")
                                || r.irregular_pasts.contains(n.text)
                                || is_auxiliary(n)
                                || is_cue_at(toks, k + 1)
                                || OBJECT_PRONOUNS.contains(&n.text)
                                || matches!(n.text, "he" | "she" | "they" | "it" | "we" | "I"))
                    }))
        });
    match stop {
        Some(k) => toks[k - 1].end,
        None => toks
            .iter()
            .take_while(|x| x.start < limit)
            .last()
            .map_or(limit, |x| x.end.min(limit)),
    }
}

/// Whether "in" or "on" at token `k` says where or when something was done rather than
/// modifying the object before it: after a name or a pronoun ("endorsed Stone in late
/// October"), or before a time, a named medium ("on Twitter") or an occasion of saying ("in
/// speeches", "in the debate"; `data/occasion_nouns.txt`).
fn in_names_an_occasion(toks: &[Token<'_>], k: usize) -> bool {
    let r = resources::get();
    let before = &toks[k - 1];
    let mut n = k + 1;
    if toks.get(n).is_some_and(|t| {
        DETERMINERS.contains(&t.text)
            || matches!(t.text, "late" | "early" | "mid" | "this" | "that")
    }) {
        n += 1;
    }
    // (An adjective may stand before the occasion: "in a televised debate".)
    let occasion = |t: &Token<'_>| r.occasion_nouns.contains(&t.lower());
    before.is_capitalised()
        || OBJECT_PRONOUNS.contains(&before.text)
        || toks.get(n).is_some_and(|t| {
            // ("on Twitter", "on the Fox News Channel": a medium.)
            // (A time: a month, a weekday, a year, "late October".)
            (toks[k].text == "on" && t.is_capitalised())
                || is_time_token(t)
                || occasion(t)
                || toks.get(n + 1).is_some_and(|u| u.joined && occasion(u))
        })
}

/// "referred to the governor as “Chris.”": after an object ending at byte `end`, "as" and a name
/// in quotation marks (after "a" or "the" at most) belong to the content, up to the closing mark.
pub(super) fn through_quoted_name(
    text: &str,
    toks: &[Token<'_>],
    end: usize,
    sentence_end: usize,
) -> usize {
    let Some(a) = toks.iter().position(|x| x.start >= end) else {
        return end;
    };
    if toks[a].text != "as" || !toks[a].joined {
        return end;
    }
    let rest = &text[toks[a].end..sentence_end];
    let after_article = ["a ", "an ", "the "]
        .iter()
        .find_map(|p| rest.trim_start().strip_prefix(p))
        .unwrap_or(rest.trim_start());
    let Some(opened) = after_article.strip_prefix(['"', '\u{201c}']) else {
        return end;
    };
    match opened.find(['"', '\u{201d}']) {
        Some(close) => {
            let close_at = sentence_end - opened.len() + close;
            close_at + text[close_at..].chars().next().map_or(0, char::len_utf8)
        }
        None => end,
    }
}

/// Words before a bare speech verb that make it a verb ("they state", "will answer").
pub(super) const VERB_MARKERS: &[&str] = &[
    "i", "we", "you", "they", "to", "will", "would", "can", "could", "may", "might", "should",
    "must", "did", "do", "does", "not", "also", "who",
];

/// Forms of "be" before an adjective of a held view ("is confident that").
pub(super) const BE_FORMS: &[&str] = &[
    "is", "was", "are", "were", "am", "be", "been", "remains", "remained",
];

/// Where the verb group of the participle at `v` starts past the adverbs before it ("is widely
/// seen", "has long been known", "is now best known"; the verb group's adverbs of
/// [`VERB_GROUP_ADVERBS`] and "best", "better"): the token after the form of "be", which the
/// callers check.
pub(super) fn past_adverbs(toks: &[Token<'_>], v: usize) -> usize {
    let mut w = v;
    while w > 1
        && toks[w].joined
        && (toks[w - 1].text.ends_with("ly")
            || VERB_GROUP_ADVERBS.contains(&toks[w - 1].text)
            || matches!(toks[w - 1].text, "best" | "better"))
    {
        w -= 1;
    }
    w
}

/// Particles that open a modifier, not a content, after a cue ("spoke up", "called off").
pub(super) const NOT_CONTENT: &[&str] = &["up", "out", "off", "down", "back", "around", "as"];

/// Articles and possessives that open a noun phrase ("a", "the", "his").
pub(super) const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// Object pronouns: the addressee of "told him …".
pub(super) const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "me", "us", "you"];

/// A word of a time phrase ("earlier this week", "on Monday", "two days ago").
pub(super) fn is_time_token(t: &Token<'_>) -> bool {
    let r = resources::get();
    let l = t.lower();
    r.weekdays.contains_key(&l)
        || r.months.contains_key(&l)
        || is_number(t)
        || TIME_NOUNS.contains(&l.as_str())
        || matches!(
            l.as_str(),
            "earlier"
                | "later"
                | "this"
                | "last"
                | "next"
                | "on"
                | "in"
                | "today"
                | "yesterday"
                | "tonight"
                | "recently"
                | "ago"
                | "day"
                | "days"
                | "weeks"
                | "months"
                | "years"
        )
}

/// Skip "that" (and a time word) opening a content.
pub(super) fn skip_that(toks: &[Token<'_>], mut c: usize) -> usize {
    let r = resources::get();
    let is_time = |t: &Token<'_>| {
        let l = t.lower();
        r.weekdays.contains_key(&l)
            || r.months.contains_key(&l)
            || matches!(l.as_str(), "today" | "yesterday" | "tuesday's")
    };
    while c < toks.len() {
        let l = toks[c].lower();
        let skip = is_time(&toks[c])
            || matches!(
                l.as_str(),
                "that" | "early" | "late" | "earlier" | "later" | "again" | "also"
            )
            || (l.len() > 4 && l.ends_with("ly"))
            || (l == "on" && toks.get(c + 1).is_some_and(is_time));
        // "believes, for example, that …": a parenthetical set off by commas.
        let parenthetical = matches!(
            (l.as_str(), toks.get(c + 1).map(|n| n.lower())),
            ("for", Some(ref n)) if n == "example" || n == "instance"
        ) || (l == "in" && toks.get(c + 1).is_some_and(|n| n.text == "fact"))
            || (l == "of" && toks.get(c + 1).is_some_and(|n| n.text == "course"));
        if parenthetical && toks.get(c + 2).is_some_and(|n| !n.joined) {
            c += 2;
            continue;
        }
        // "says, however, that …".
        if matches!(l.as_str(), "however" | "though" | "instead")
            && toks.get(c + 1).is_some_and(|n| !n.joined)
        {
            c += 1;
            continue;
        }
        // "told reporters this week (that) …".
        let this_week = matches!(l.as_str(), "this" | "last")
            && toks
                .get(c + 1)
                .is_some_and(|n| TIME_NOUNS.contains(&n.text));
        if this_week {
            c += 2;
            continue;
        }
        if !skip {
            break;
        }
        c += 1;
    }
    c
}

/// The cue at token `v` with its particle ("pointed out the polls"): the particle's token, or
/// `v` when there is none.
pub(super) fn past_particle(toks: &[Token<'_>], v: usize) -> usize {
    let particle = toks.get(v + 1).is_some_and(|n| n.joined && n.text == "out")
        && resources::get().phrasal_cue_verbs.contains(toks[v].text);
    if particle {
        v + 1
    } else {
        v
    }
}

/// Where the content after cue `v` starts, if it has one: after "that", an addressee ("told
/// reporters that …") or a participle continuing it; not a modifier ("said in a statement").
pub(super) fn content_after(text: &str, toks: &[Token<'_>], v: usize) -> Option<usize> {
    let v = past_particle(toks, v);
    // "Ruiz told the story of …", "exit polls told a tale of two parties": what is told is the
    // object itself.
    let tells_a_story = matches!(toks[v].text, "told" | "tells" | "tell" | "telling")
        && toks[v + 1..toks.len().min(v + 5)].iter().any(|x| {
            matches!(
                x.text,
                "story" | "stories" | "tale" | "joke" | "jokes" | "anecdote" | "lie" | "lies"
            )
        })
        && toks.get(v + 1).is_some_and(|n| {
            n.joined
                && matches!(
                    n.text,
                    "a" | "an" | "the" | "his" | "her" | "their" | "this" | "that" | "one"
                )
        });
    if tells_a_story {
        return Some(v + 1);
    }
    let mut c = skip_that(toks, v + 1);
    // "…, many had expected, particularly given …": past a comma only an adverb was skipped; what
    // follows modifies the clause.
    if c > v + 1
        && toks.get(v + 1).is_some_and(|n| !n.joined)
        && text[toks[v].end..toks[v + 1].start].contains(',')
        && toks
            .get(c)
            .is_some_and(|n| n.text != "that" && toks[c - 1].text != "that")
    {
        return None;
    }
    // "told reporters in an interview that …": the content starts after "that"; without one,
    // an addressee ("told Breitbart News") is not content.
    // (Not past a second verb of saying joined by "and": "told reporters the plan would pass
    // but warned that …" has its own "that".)
    let coordinated = (c + 1..toks.len())
        .find(|&k| {
            toks[k].joined && matches!(toks[k - 1].text, "and" | "but") && is_cue_at(toks, k)
        })
        .unwrap_or(toks.len());
    if let Some(t) = (c..coordinated.min(c + 12)).find(|&i| toks[i].lower() == "that") {
        // Only a modifier or an addressee stands between the cue and "that"; "said he
        // understands X — and that …" keeps its first clause.
        let between = &text[toks[c].start..toks[t].start];
        let first = toks[c].lower();
        // ("recognized long ago that", "argued privately that": an adverb of time or manner.)
        let adverb = is_time_word(&first)
            || (first.ends_with("ly") && t <= c + 2)
            || matches!(first.as_str(), "long" | "earlier" | "later" | "again");
        // (After a verb of stance "to" opens an infinitive, whose own "that" is no
        // complementizer: "refused to sign the bill that …".)
        let infinitive = first == "to" && {
            let r = resources::get();
            r.stance_verbs.contains(toks[v].text) || r.intention_verbs.contains(toks[v].text)
        };
        // ("reported at least 20 victims at a center that …": a number, not a place.)
        let quantity = first == "at"
            && toks
                .get(c + 1)
                .is_some_and(|n| matches!(n.text, "least" | "most"));
        let modifier = (PREPOSITIONS.contains(&first.as_str()) && !infinitive && !quantity)
            || adverb
            || NOT_CONTENT.contains(&first.as_str())
            || OBJECT_PRONOUNS.contains(&first.as_str())
            || first == "of"
            // "said on Twitter that …".
            || first == "on"
            || ADDRESSEE_VERBS.contains(&toks[v].lower().as_str());
        // Not across a comma and another clause ("pledged to support Ruiz, Stone suggested
        // that …"): that "that" is the other clause's.
        let other_clause = between.contains(',')
            && toks[c..t]
                .iter()
                .enumerate()
                .any(|(k, x)| k > 0 && !x.joined && x.is_capitalised());
        if t == c || (modifier && !other_clause && !between.contains(['"', '\u{201c}'])) {
            c = t + 1;
        }
    } else if ADDRESSEE_VERBS.contains(&toks[v].lower().as_str()) {
        // The addressee: a name, a pronoun or a short noun phrase ("told reporters").
        if let Some(np) = phrase_after(text, toks, v) {
            while c < toks.len() && toks[c].start < np.1 {
                c += 1;
            }
        } else if c < toks.len() && OBJECT_PRONOUNS.contains(&toks[c].lower().as_str()) {
            c += 1;
        } else if c < toks.len()
            && matches!(
                toks[c].lower().as_str(),
                "his" | "her" | "their" | "its" | "our" | "my" | "your"
            )
        {
            // "told his closest advisers …": a possessive and up to three words.
            let mut e = c + 1;
            while e < toks.len() && e < c + 4 && toks[e].joined && !toks[e].is_capitalised() {
                if PREPOSITIONS.contains(&toks[e].lower().as_str())
                    || matches!(toks[e].text, "that" | "as" | "he" | "she" | "they")
                {
                    break;
                }
                e += 1;
            }
            c = e;
        } else {
            let r = resources::get();
            let mut e = c;
            while e < toks.len()
                && e < c + 3
                && toks[e].joined
                && !toks[e].is_capitalised()
                && !r.stopwords.contains(&toks[e].lower())
            {
                e += 1;
            }
            if e > c && e < c + 3 {
                c = e;
            }
        }
        // "told a gathering in Washington she will …": a place or time after the addressee,
        // then the content's own subject.
        if c < toks.len() && PREPOSITIONS.contains(&toks[c].lower().as_str()) {
            if let Some(k) = (c + 1..toks.len().min(c + 6))
                .find(|&k| matches!(toks[k].text, "he" | "she" | "they" | "it" | "we" | "I"))
            {
                if toks[c..=k].iter().skip(1).all(|t| t.joined) {
                    c = k;
                }
            }
        }
        c = skip_that(toks, c);
        // "told a meeting being held in a church": what follows describes the addressee.
        if toks.get(c).is_some_and(|t| t.text == "being") {
            return None;
        }
        // "urged him to resign": an infinitive of two words is content enough.
        let infinitive = toks.get(c).is_some_and(|t| t.text == "to");
        if toks.len().saturating_sub(c) < if infinitive { 2 } else { 3 } {
            return None;
        }
    }
    // "…, Ruiz told POLITICO earlier this week.": only a time is left after the addressee.
    if c < toks.len() && toks.len() - c <= 5 && toks[c..].iter().all(is_time_token) {
        return None;
    }
    // "said in a statement, adding that …"
    if c < toks.len() && !toks[c].joined && is_continuing_participle(&toks[c]) {
        c = skip_that(toks, c + 1);
    }
    // "Asked if he would run, Ruiz said yes.": a one-word answer.
    let answer = toks.len() == c + 1
        && matches!(toks[c].lower().as_str(), "yes" | "no")
        && matches!(toks[v].text, "said" | "says" | "say");
    if answer {
        return Some(c);
    }
    if c >= toks.len() || toks.len() - c < 2 {
        return None;
    }
    // "said in a statement", "spoke at a rally": a modifier, not what was said.
    let first = toks[c].lower();
    // "vowed to veto it", "urged them to vote": an infinitive is what was promised or urged;
    // "said to reporters" is not.
    let infinitive = first == "to"
        && toks.get(c + 1).is_some_and(|n| {
            // "vowed to “bomb the hell” out of …": an opening quotation mark may stand between.
            let opens_quote = matches!(
                text[toks[c].end..n.start].trim(),
                "\"" | "\u{201c}" | "\u{2018}"
            );
            (n.joined || opens_quote)
                && !n.is_capitalised()
                // ("to reporters" is no infinitive; "to press", "to focus" are.)
                && !(n.text.ends_with('s') && !n.text.ends_with("ss") && !n.text.ends_with("us"))
                && !matches!(
                    n.lower().as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "my"
                        | "our"
                        | "your"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "him"
                        | "them"
                        | "me"
                        | "us"
                        | "you"
                        | "it"
                        | "whom"
                        | "which"
                        | "what"
                        | "all"
                        | "some"
                        | "any"
                        | "each"
                        | "every"
                        | "both"
                )
        });
    if infinitive {
        return Some(c);
    }
    // "said that in a race between them, he would …", "said that, during the period when …,
    // Stone was …": after "that", an opening phrase set off by a comma, then the clause.
    // (Not the pronoun after a preposition: "hinted at that in a news conference".)
    let after_that = c > v + 1
        && toks[c - 1].text == "that"
        && !PREPOSITIONS.contains(&toks[c - 2].lower().as_str());
    if after_that
        && (c + 1..toks.len()).any(|k| {
            !toks[k].joined
                && text[toks[k - 1].end..toks[k].start].contains(',')
                && toks.len() - k >= 3
                && (k > c + 1 || text[toks[c - 1].end..toks[c].start].contains(','))
        })
    {
        return Some(c);
    }
    // "Ruiz says, win or lose in Tuesday's primary, she's staying in the race": after a comma,
    // an opening phrase set off by another, then the clause with a pronoun for its subject.
    let after_comma =
        c == v + 1 && !toks[c].joined && text[..toks[c].start].trim_end().ends_with(',');
    if after_comma && !quoted_at(text, toks[c].start) {
        let subject = (c + 1..toks.len().min(c + 12))
            .find(|&k| !toks[k].joined && text[toks[k - 1].end..toks[k].start].contains(','));
        if let Some(k) = subject {
            if is_subject_pronoun(&toks[k]) && toks.len() - k >= 3 {
                return Some(c);
            }
        }
    }
    // "said in a statement Thursday night they pulled …": a modifier of place or time, then the
    // content's own subject, a pronoun.
    if PREPOSITIONS.contains(&first.as_str()) || is_time_token(&toks[c]) {
        let subject = (c + 1..toks.len().min(c + 8)).find(|&k| is_subject_pronoun(&toks[k]));
        if let Some(k) = subject {
            let plain_modifier = toks[c + 1..=k].iter().all(|t| {
                t.joined
                    && !matches!(
                        t.text,
                        "who"
                            | "which"
                            | "that"
                            | "where"
                            | "when"
                            | "as"
                            | "while"
                            | "after"
                            | "before"
                            | "and"
                            | "but"
                            | "if"
                            | "because"
                    )
            });
            if plain_modifier && toks.len() - k >= 3 {
                return Some(k);
            }
        }
    }
    // "posted on Facebook.", "wrote on his blog.": where it was said, with nothing said after.
    let on_a_medium = first == "on" && toks.len() - c <= 5 && {
        let last = &toks[toks.len() - 1];
        // (One name: "on Twitter", not "heaped praise on Ana Lee".)
        (last.is_capitalised() && toks.len() - c == 2)
            || last.text.contains(['@', '.'])
            || resources::get().medium_nouns.contains(&last.lower())
    };
    if on_a_medium {
        return None;
    }
    // "reported at least six planes …": a quantity, not a place.
    let quantity = first == "at"
        && toks
            .get(c + 1)
            .is_some_and(|n| n.joined && matches!(n.text, "least" | "most"));
    // "…, Ruiz's allies believe — backers she will need": after a dash, an aside.
    if c == v + 1 && text[toks[v].end..toks[c].start].contains(['\u{2014}', '\u{2013}']) {
        return None;
    }
    // (After "that", a preposition opens the content: "said that as president he would …".)
    if !after_that
        && ((PREPOSITIONS.contains(&first.as_str()) && !quantity)
            || NOT_CONTENT.contains(&first.as_str())
            || !toks[c].joined && text[..toks[c].start].trim_end().ends_with(','))
    {
        return None;
    }
    Some(c)
}

/// A personal pronoun that can open a clause as its subject ("he", "they", "she's").
fn is_subject_pronoun(t: &Token<'_>) -> bool {
    let l = t.lower();
    matches!(l.as_str(), "he" | "she" | "they" | "it" | "we" | "i") || is_contracted_pronoun(&l)
}

/// Whether a quotation mark opens at `at` (or right before it).
pub(super) fn quoted_at(text: &str, at: usize) -> bool {
    text[..at].trim_end().ends_with(['"', '\u{201c}']) || text[at..].starts_with(['"', '\u{201c}'])
}

/// Where a content after cue `t` ends: the sentence's end; when its speaker comes after the
/// cue (an opening gerund: "After bragging about …, Ruiz is …"), the clause before the speaker;
/// or, when a second attribution is joined to it ([`coordinated_attribution`]), before that one,
/// with the token where reading resumes so that it is read as a clause of its own.
pub(super) fn content_end(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    speaker: (usize, usize),
    sentence_end: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> (usize, Option<usize>) {
    if speaker.0 > toks[v].end && opening_gerund_subject(toks, v).is_some() {
        return (
            text[..speaker.0].trim_end().trim_end_matches(',').len(),
            None,
        );
    }
    if let Some(comma) = opening_clause_end(text, toks, v, inside_quote) {
        return (toks[comma].end, Some(comma + 1));
    }
    if let Some(main) = relative_clause_end(text, toks, v, speaker, inside_quote) {
        return (toks[main - 1].end, Some(main));
    }
    match coordinated_attribution(text, toks, v, inside_quote) {
        Some((end, name)) => (end, Some(name)),
        None => (sentence_end, None),
    }
}

/// "Ruiz, who threatened to veto the bill, said …": a cue in a relative clause set off by
/// commas, about the subject opening the sentence (`speaker`), has that clause for content, up
/// to the comma before the main clause's verb (a finite auxiliary or a past form, perhaps after
/// an adverb) once the content has a verb of its own ("who suggested that Lee, under fire,
/// would …" goes on). Returns the verb's token, where reading resumes.
pub(super) fn relative_clause_end(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    speaker: (usize, usize),
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<usize> {
    let w = relative_verb_group_start(toks, v);
    if w < 2
        || !toks[w].joined
        || !matches!(toks[w - 1].text, "who" | "which")
        || !text[..toks[w - 1].start].trim_end().ends_with(',')
    {
        return None;
    }
    // The subject opens the sentence (after an opening phrase or a conjunction at most):
    // not a relative clause inside a content ("warned that groups like Acme, which …, are").
    let first = toks.iter().position(|t| t.start >= speaker.0)?;
    let opens = first == 0
        || text[..speaker.0].trim_end().ends_with(',')
        || (first == 1 && toks[0].is_capitalised() && !toks[0].joined);
    if !opens {
        return None;
    }
    let r = resources::get();
    let verb_like = |t: &Token<'_>| {
        !t.is_capitalised()
            && (FINITE_AUXILIARIES.contains(&t.text)
                || (t.text.len() > 4 && t.text.ends_with("ed"))
                || r.irregular_pasts.contains(t.text))
    };
    // The content is complete with an infinitive, an object, or a verb of its own.
    let infinitive = toks.get(v + 1).is_some_and(|n| n.text == "to");
    let object = r.object_stance_verbs.contains(toks[v].text);
    (v + 2..toks.len()).find(|&k| {
        let t = &toks[k];
        text[toks[k - 1].end..t.start].contains(',')
            && !inside_quote(t)
            && !inside_quote(&toks[k - 1])
            && (verb_like(t)
                || (t.text.ends_with("ly")
                    && !t.is_capitalised()
                    && toks.get(k + 1).is_some_and(|n| n.joined && verb_like(n))))
            && (infinitive || object || toks[v + 2..k].iter().any(&verb_like))
    })
}

/// Conjunctions that open a subordinate clause before the main one ("While …, …").
pub(super) const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "whereas", "when", "after", "before", "because", "since", "if",
    "unless", "once", "until",
];

/// Whether the sentence opens with a subordinate clause or a phrase set before its main clause:
/// a subordinator or a preposition ("While Ruiz …", "Amid what the Times called …").
fn opens_with_subordinate(toks: &[Token<'_>]) -> bool {
    toks.first().is_some_and(|t| {
        let lower = t.lower();
        t.is_capitalised()
            && (SUBORDINATORS.contains(&lower.as_str())
                || PREPOSITIONS.contains(&lower.as_str())
                || matches!(lower.as_str(), "amid" | "despite" | "as"))
    })
}

/// "While Ruiz has condemned the plan, the groups say …": a cue in the subordinate clause that
/// opens the sentence has that clause for content, to the comma before the main clause, when
/// the main clause has a cue of its own; it is then read on its own. Returns the last token of
/// the subordinate clause.
pub(super) fn opening_clause_end(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<usize> {
    if !opens_with_subordinate(toks) {
        return None;
    }
    // The first comma of the sentence, outside quotation marks, after the cue's first word.
    let comma = (1..toks.len().saturating_sub(1))
        .find(|&j| text[toks[j].end..toks[j + 1].start].contains(','))?;
    // The main clause says who speaks there: a cue of its own.
    (comma > v + 1
        && !inside_quote(&toks[comma])
        && !inside_quote(&toks[comma + 1])
        && (comma + 1..toks.len()).any(|k| is_cue_at(toks, k) && !inside_quote(&toks[k])))
    .then_some(comma)
}

/// "Despite complaints that …, Ruiz pressed on": a content inside the phrase or subordinate
/// clause that opens the sentence ends at the comma before the main clause. Returns the end
/// of the last token before that comma, for a content starting at token `c`.
pub(super) fn opening_phrase_end(
    text: &str,
    toks: &[Token<'_>],
    c: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<usize> {
    let opens = opens_with_subordinate(toks);
    // (The content must lie in that opening phrase: no comma before it.)
    let comma_before =
        (0..c.saturating_sub(1)).any(|j| text[toks[j].end..toks[j + 1].start].contains(','));
    if !opens || comma_before {
        return None;
    }
    (c..toks.len().saturating_sub(1))
        .find(|&j| {
            text[toks[j].end..toks[j + 1].start].contains(',')
                && !inside_quote(&toks[j])
                && !inside_quote(&toks[j + 1])
        })
        .map(|j| toks[j].end)
}

/// A second attribution joined to the content after cue `v`: "Ruiz saying he was “very
/// encouraged” and Stone calling it a “great meeting”", "… said the plan would fail, while Lee
/// said it would not": "and", "while" or "but", then a name (up to four capitalised words) and
/// a verb of saying (`data/speech_verbs.txt`; "while Lee sought a compromise" goes on with the
/// content). Not inside a quotation. Returns where the first content ends (before the
/// conjunction) and the name's first token.
pub(super) fn coordinated_attribution(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, usize)> {
    let r = resources::get();
    // At least two words before the conjunction: "said he and Stone agreed" joins subjects.
    let first = skip_that(toks, v + 1);
    (first + 2..toks.len()).find_map(|j| {
        let t = &toks[j];
        // ("said both he and Stone promised …": a pronoun before "and" is a joined subject.)
        if !matches!(t.text, "and" | "while" | "but")
            || inside_quote(t)
            || (t.text == "and" && is_subject_pronoun(&toks[j - 1]))
        {
            return None;
        }
        // Capitalised words, not one opening a clause ("The", "He").
        let name = toks[j + 1..]
            .iter()
            .take(4)
            .take_while(|n| n.joined && n.is_capitalised() && !r.stopwords.contains(&n.lower()))
            .count();
        let k = j + 1 + name;
        let speech = toks
            .get(k)
            .is_some_and(|c| c.joined && r.speech_verbs.contains(&c.lower()) && is_cue_at(toks, k));
        // Or, after a comma, a speaker that is no name: "…, and three-fourths say …", "…,
        // but critics said …" (a pronoun goes on with the same speaker's words: "…, and he
        // added that …").
        let other_speaker = || {
            text[toks[j - 1].end..t.start].contains(',')
                && toks.get(j + 1).is_some_and(|n| {
                    let l = n.lower();
                    // (Nor a phrase or clause of time or place: "but in a later interview
                    // said", "but when Lee mentioned".)
                    !is_subject_pronoun(n)
                        && !matches!(l.as_str(), "i" | "we" | "you")
                        && !PREPOSITIONS.contains(&l.as_str())
                        && !SUBORDINATORS.contains(&l.as_str())
                })
                && (j + 2..toks.len().min(j + 6)).any(|k| {
                    // (A hyphen may stand between: "three-fourths".)
                    (j + 1..=k).all(|i| {
                        toks[i].joined || text[toks[i - 1].end..toks[i].start] == *"-"
                    })
                        && r.speech_verbs.contains(&toks[k].lower())
                        && is_cue_at(toks, k)
                        && (names_someone(&text[toks[j + 1].start..toks[k - 1].end])
                            // (Or a share of those polled: "three-fourths", "most".)
                            || toks[j + 1..k].iter().any(|x| {
                                is_number(x)
                                    || x.lower().split('-').any(|w| SHARE_NOUNS.contains(&w))
                            }))
                        // ("but late Saturday he announced", "but ultimately Lee thinks": a
                        // time or an adverb opens a clause of the same speaker's.)
                        && !toks[j + 1..k].iter().any(|x| {
                            is_subject_pronoun(x) || is_time_word(x.text) || x.text.ends_with("ly")
                        })
                })
        };
        ((name > 0 && speech) || (name == 0 && other_speaker())).then(|| {
            (
                text[..t.start].trim_end().trim_end_matches(',').len(),
                j + 1,
            )
        })
    })
}
