//! Attributions that frame a whole sentence: "As The Post reported, <content>.",
//! "<content>, according to <source>." closing a sentence with cues of its own, and what a
//! source is expected to do.

use super::content::past_adverbs;
use super::subjects::{source_after, speaker_ok};
use super::Found;
use crate::extract::quotes::{
    is_auxiliary, is_cue_at, is_time_word, main_clause_start, names_someone, phrase_after,
    phrase_before, RawQuote, ADDRESSEE_VERBS, MIN_WORDS, PREPOSITIONS,
};
use crate::extract::sentences::Sentence;
use crate::extract::tokens::Token;
use crate::resources;

/// "<subject> is expected to <verb> …" (also "are", "was", "widely", "not"): an expectation
/// without a source; the content is the subject and what is expected, the main clause to the
/// sentence's end ("who are expected to …" starts at the relative pronoun). The same frame holds
/// what seems ("The party seemed to …", "It appears that …", "Ohio seems stable") and how
/// something is perceived ("Ruiz is widely seen as …"); a complement or a perception is judged
/// of the main clause's subject, up to the next comma.
pub(super) fn expectation(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Option<Found> {
    let v = (1..toks.len().saturating_sub(1)).find(|&i| {
        let expected = toks[i].text == "expected"
            && matches!(
                toks[i - 1].lower().as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "widely" | "not"
            );
        // "The party seemed to be moving behind him", "It appears that …", "It seems like …".
        let seems = matches!(
            toks[i].text,
            "seems" | "seemed" | "seem" | "appears" | "appeared" | "appear"
        ) && toks[i + 1].joined
            // (Not a day or a place: "appeared Sunday with …".)
            && (toks[i + 1].text == "that"
                || toks
                    .get(i + 2)
                    .is_none_or(|t| !t.is_capitalised() || !t.joined));
        // ("It seems like …", "seemed certain to …", "seems increasingly likely that …".)
        let judged = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.joined
                    && matches!(
                        t.text,
                        "likely" | "unlikely" | "certain" | "inevitable" | "clear"
                    )
            })
        };
        // (Read only at a verb of seeming: `seems_with_complement` looks back over the clause.)
        let opens_view = || {
            matches!(toks[i + 1].text, "to" | "that" | "like")
                || judged(i + 1)
                || (toks[i + 1].text.ends_with("ly") && judged(i + 2))
                || seems_with_complement(toks, i)
        };
        // (A verb of seeming may follow an aside set off by commas: "The government, headed
        // by Lee, seems ready".)
        (toks[i].joined || seems)
            && toks[i + 1].joined
            && (expected && toks[i + 1].text == "to"
                || seems && opens_view()
                || perceived_passive(toks, i))
    })?;
    // From the sentence's start: an opening phrase ("In the coming weeks, …") belongs to it.
    let relative = (v.saturating_sub(4)..v)
        .rev()
        .find(|&i| matches!(toks[i].lower().as_str(), "who" | "which" | "that"));
    // (But "To its leaders, it must have seemed like …": an impersonal "it" after an opening
    // phrase starts the view.)
    let mut subject = v;
    while subject > 0 && is_auxiliary(&toks[subject - 1]) {
        subject -= 1;
    }
    let impersonal = (subject > 1 && toks[subject - 1].text == "it" && !toks[subject - 1].joined)
        .then_some(subject - 1);
    let from = relative.or(impersonal).unwrap_or(0);
    // A complement ("seemed rattled") is judged of the main clause's subject, up to the next
    // comma or semicolon: "Ohio seems stable, but that could change".
    let (from, end) = if seems_with_complement(toks, v) || perceived_passive(toks, v) {
        let end = (v + 2..toks.len())
            .find(|&k| text[toks[k - 1].end..toks[k].start].contains([',', ';', ':']))
            .map_or(s.end, |k| toks[k - 1].end);
        // (After a semicolon or a colon, its own clause: "…; the race appears closer".)
        // (Or after a comma and a conjunction: "…, but the fallout appears significant".)
        let clause = (1..v)
            .rev()
            .find(|&k| {
                let gap = &text[toks[k - 1].end..toks[k].start];
                gap.contains([';', ':'])
                    || (gap.contains(',') && matches!(toks[k].text, "but" | "and" | "yet"))
            })
            .map_or(0, |k| {
                k + usize::from(k + 1 < v && matches!(toks[k].text, "but" | "and" | "yet"))
            });
        // ("The government, headed by Lee, seems ready": the subject before an aside.)
        let clause = if toks[v].joined || clause > 0 {
            clause
        } else {
            0
        };
        (
            relative.unwrap_or(clause + main_clause_start(&toks[clause..v])),
            end,
        )
    } else {
        (from, s.end)
    };
    if from >= v || is_direct(toks[from].start, end) {
        return None;
    }
    Some(Found {
        cue: toks[v].text.to_string(),
        speaker: None,
        content: (toks[from].start, end),
    })
}

/// "Ruiz is seen as the favourite", "the bill was widely viewed as …", "Lee is known for …":
/// how someone or something is perceived, with no one named for it (a passive after a finite
/// form of "be", with an adverb between or not; not "will be seen", marked one time in five on
/// PolNeAR train).
fn perceived_passive(toks: &[Token<'_>], v: usize) -> bool {
    let t = &toks[v];
    let perceived = match t.text {
        "seen" | "considered" | "viewed" | "regarded" | "deemed" => true,
        "known" => toks
            .get(v + 1)
            .is_some_and(|n| n.joined && matches!(n.text, "as" | "for")),
        _ => false,
    };
    if !perceived || !t.joined {
        return false;
    }
    let w = past_adverbs(toks, v);
    // (Not a question, "Is it seen as …?", nor a name given in passing: "what is known as the
    // Purcell doctrine", "over what was widely considered a sham".)
    w > 1
        && toks[w].joined
        && matches!(toks[w - 1].text, "is" | "are" | "was" | "were")
        && !(toks[w - 1].joined && toks[w - 2].lower() == "what")
}

/// "The party seemed rattled", "Ohio seems stable": a verb of seeming with a complement (an
/// adjective, a participle, "ready", "closer"), in a main clause. Not in a relative or
/// subordinate clause ("cases that seemed poised to …", "if the reasons seem obvious"), where
/// PolNeAR train marks it less than half the time, nor a verb of appearing before anything
/// but a participle or a word of readiness ("appeared together", "appeared by video").
fn seems_with_complement(toks: &[Token<'_>], v: usize) -> bool {
    let Some(next) = toks.get(v + 1).filter(|n| n.joined && !n.is_capitalised()) else {
        return false;
    };
    let l = next.lower();
    // (Views read otherwise: "seems to", "seems like", "seems (increasingly) likely".)
    let judged = |w: &str| {
        matches!(
            w,
            "to" | "that" | "like" | "likely" | "unlikely" | "certain" | "inevitable" | "clear"
        )
    };
    if judged(&l) || (l.ends_with("ly") && toks.get(v + 2).is_some_and(|n| judged(n.text))) {
        return false;
    }
    let readiness = matches!(
        l.as_str(),
        "ready" | "poised" | "closer" | "intent" | "content" | "willing" | "unwilling" | "eager"
    ) || next.text.ends_with("ed");
    // (Where and how one appears is no view: "appeared together", "appeared live".)
    let appearance = matches!(
        l.as_str(),
        "together"
            | "alongside"
            | "live"
            | "twice"
            | "once"
            | "again"
            | "here"
            | "there"
            | "onstage"
            | "briefly"
            | "regularly"
            | "frequently"
            | "publicly"
            | "often"
    );
    let complement = if toks[v].text.starts_with("seem") || !appearance {
        !PREPOSITIONS.contains(&l.as_str())
            && !matches!(
                l.as_str(),
                "as" | "him"
                    | "her"
                    | "them"
                    | "it"
                    | "a"
                    | "an"
                    | "the"
                    | "so"
                    | "to"
                    | "that"
                    | "on"
                    | "in"
                    | "at"
                    | "with"
                    | "before"
                    | "after"
                    | "for"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
            )
            && !l.starts_with(|c: char| c.is_ascii_digit())
    } else {
        readiness
            || (matches!(
                l.as_str(),
                "more" | "less" | "most" | "somewhat" | "increasingly"
            ) && toks.get(v + 2).is_some_and(|n| n.joined))
    };
    // Within the clause before the verb: no relative pronoun, subordinator or question word.
    // (A possessive leaves the next word unjoined: "If the group's existence seems …".)
    let opens = (1..v)
        .rev()
        .find(|&k| !toks[k].joined && !toks[k - 1].possessive)
        .map_or(0, |k| k - 1);
    let subordinate = toks[opens..v].iter().any(|t| {
        matches!(
            t.lower().as_str(),
            "who"
                | "which"
                | "that"
                | "where"
                | "if"
                | "why"
                | "when"
                | "because"
                | "whether"
                | "how"
                | "what"
                | "none"
                | "as"
        )
    });
    // (Nor an infinitive: "an effort to appear more dignified".)
    complement && !subordinate && v > 0 && toks[v - 1].text != "to"
}

/// "To Ana Ruiz, the plan is a betrayal.": a view held by whoever an opening "To" names, a
/// name or "them", "him", "her", "many" (not "To some extent", "To her supporters"); the
/// content is the main clause after the comma, past a relative clause about the holder ("To
/// Lee, who has studied the rallies, …").
pub(super) fn view_of_someone(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Option<Found> {
    if toks.first()?.text != "To" || toks.len() < 5 {
        return None;
    }
    let comma_before = |k: usize| text[toks[k - 1].end..toks[k].start].contains(',');
    let comma = (2..toks.len().min(8)).find(|&k| comma_before(k))?;
    let holder = (toks[1].start, toks[comma - 1].end);
    let named = toks[1].is_capitalised()
        && toks[comma - 1].is_capitalised()
        && names_someone(&text[holder.0..holder.1]);
    if !(named || (comma == 2 && matches!(toks[1].text, "them" | "him" | "her" | "many"))) {
        return None;
    }
    let c = if matches!(toks[comma].text, "who" | "whom") {
        (comma + 2..toks.len()).find(|&k| comma_before(k))?
    } else {
        comma
    };
    (toks.len() - c >= MIN_WORDS && !is_direct(toks[c].start, s.end)).then(|| Found {
        cue: "To".into(),
        speaker: Some(holder),
        content: (toks[c].start, s.end),
    })
}

/// "As <source> <cue> (…), <content>": a sentence opening with "As", a speaker and a cue within
/// its first words, then a comma; the content is the main clause after it.
pub(super) fn as_reported(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    quotes: &[&RawQuote],
) -> Option<Found> {
    // (After a conjunction or a sentence adverb: "However, as The Post reported, …".)
    let opening = matches!(
        toks.first()?.text,
        "But" | "And" | "However" | "Yet" | "So" | "Still" | "Indeed"
    ) && toks.get(1).is_some_and(|t| t.text == "as");
    let toks = if opening { &toks[1..] } else { toks };
    if toks.first()?.text != "As" && !opening {
        return None;
    }
    // "As first reported by The Post, …": the source after "by".
    let passive = (1..toks.len().min(4))
        .find(|&i| toks[i].joined && toks[i].text == "by" && is_cue_at(toks, i - 1))
        .filter(|&by| {
            by == 2
                || (by == 3
                    && (toks[1].text.ends_with("ly")
                        || matches!(toks[1].text, "first" | "earlier")))
        })
        .and_then(|by| Some((by - 1, phrase_after(text, toks, by)?)));
    let (v, speaker) = match passive {
        Some(found) => found,
        None => {
            let v = (2..toks.len().min(10)).find(|&i| is_cue_at(toks, i) && toks[i].joined)?;
            (
                v,
                phrase_before(toks, v).filter(|np| np.0 == toks[1].start)?,
            )
        }
    };
    if !speaker_ok(&text[speaker.0..speaker.1]) {
        return None;
    }
    // The comma ending the attribution, within a few words of the cue (after the source
    // when it follows the cue).
    let from = toks
        .iter()
        .position(|t| t.start >= speaker.1)
        .unwrap_or(v + 1);
    let from = from.max(v + 1);
    let c = (from..toks.len().min(from + 8)).find(|&i| !toks[i].joined)?;
    if !text[toks[c - 1].end..toks[c].start].contains(',') || toks.len() - c < MIN_WORDS {
        return None;
    }
    // Not when the content is a quotation of its own.
    if quotes
        .iter()
        .any(|q| q.start <= toks[c].start + 3 && q.end + 3 >= s.end)
    {
        return None;
    }
    Some(Found {
        cue: toks[v].text.to_string(),
        speaker: Some(speaker),
        content: (toks[c].start, s.end),
    })
}

/// A sentence's closing ", according to <source>." when an attribution of another kind stands
/// before it (a cue other than "according to" itself): the token "according", where the content
/// before it ends (at its comma) and the source.
pub(super) fn closing_according_to(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
) -> Option<(usize, usize, (usize, usize))> {
    let k = toks
        .iter()
        .rposition(|t| t.text == "according" || t.text == "According")?;
    // (The comma may stand inside a closing quotation mark: "… “look for a psychiatrist,”
    // according to Reuters.")
    let before = text[..toks[k].start].trim_end();
    let before = before.strip_suffix(['"', '\u{201d}']).unwrap_or(before);
    let content_end = before.strip_suffix(',')?.len();
    if k < 2 || toks.get(k + 1).is_none_or(|n| n.text != "to") {
        return None;
    }
    let source = source_after(text, toks, k + 1, s.end)?;
    let rest = text[source.1..s.end].trim_matches(|c: char| c.is_whitespace() || c == '.');
    if !rest.is_empty() || !speaker_ok(&text[source.0..source.1]) {
        return None;
    }
    // Only when something before would claim the sentence: a cue.
    let r = resources::get();
    (0..k)
        .any(|i| is_cue_at(toks, i) || r.stance_verbs.contains(toks[i].text))
        .then_some((k, content_end, source))
}

/// A sentence's closing content-first attribution (", Ruiz said." / ", said Ana Ruiz, the
/// director …") when a cue or a stance verb stands before it ("… a state that she hoped to
/// carry, the race will be tight, said Ruiz"): the closing speaker's content is the whole head,
/// and a cue inside it reads no further than the head. Returns the first token of the
/// attribution, where the content before it ends (at its comma), the cue and the speaker.
pub(super) fn closing_attribution(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, usize, usize, (usize, usize))> {
    let r = resources::get();
    let n = toks.len();
    let comma_before = |i: usize| i > 0 && text[toks[i - 1].end..toks[i].start].contains(',');
    // (The speaker's apposition may be long: "…, said Dan Ruiz, director of the institute
    // and an analyst in New York City.")
    let k = (2..n)
        .rev()
        .take(30)
        .find(|&k| is_cue_at(toks, k) && !inside_quote(&toks[k]))?;
    let t = &toks[k];
    if !r.closing_cue_verbs.contains(t.text) {
        return None;
    }
    let (first, speaker) = if comma_before(k) {
        // ", said Ana Ruiz, the director of …": the speaker after the verb ends the sentence
        // or opens an apposition ("…, told her supporters" has an addressee instead).
        let np = phrase_after(text, toks, k).filter(|np| names_someone(&text[np.0..np.1]))?;
        let rest = text[np.1..s.end].trim_start();
        let head_word = text[np.0..np.1].split_whitespace().last().unwrap_or("");
        let named = head_word.starts_with(char::is_uppercase)
            || r.speaker_nouns.contains(&head_word.to_lowercase());
        if ADDRESSEE_VERBS.contains(&t.text)
            || !named
            || !(rest.is_empty() || rest.starts_with([',', '.', '!', '?']))
        {
            return None;
        }
        (k, np)
    } else {
        // ", Ruiz said (on Tuesday).": a short modifier at most after the cue.
        let np = phrase_before(toks, k).filter(|np| speaker_ok(&text[np.0..np.1]))?;
        let i = toks.iter().position(|x| x.start == np.0)?;
        // (What follows the cue is where or when, not what: "… said she doubted it".)
        // ("believes in …" is what is believed.)
        let modifier = toks.get(k + 1).is_none_or(|x| {
            (PREPOSITIONS.contains(&x.lower().as_str()) || is_time_word(x.text))
                && !matches!(t.text, "believes" | "believe" | "thinks" | "think")
        });
        if !comma_before(i)
            || !modifier
            || n - k - 1 > 6
            || text[t.end..s.end].contains([',', ';', ':'])
        {
            return None;
        }
        (i, np)
    };
    if first < MIN_WORDS + 1 {
        return None;
    }
    let head = text[s.start..toks[first].start].trim_end();
    let content_end = s.start + head.strip_suffix(',')?.len();
    // A quotation before the attribution is read as one; "Asked …," is the question.
    let opening = text[toks[0].start..content_end].trim_start();
    if opening.starts_with(['"', '\u{201c}', '\'', '\u{2018}']) || opening.starts_with("Asked ") {
        return None;
    }
    // Only when something before would claim the sentence: a cue or a stance verb (alone, the
    // sentence is read as before, a noun of saying's clause within it).
    (0..first - 1)
        .any(|i| {
            (is_cue_at(toks, i) || r.stance_verbs.contains(toks[i].text)) && !inside_quote(&toks[i])
        })
        .then_some((first, content_end, k, speaker))
}
