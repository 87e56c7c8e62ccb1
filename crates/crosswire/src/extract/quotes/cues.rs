//! Cues: where a word is a verb of saying ("said", "tells", "notes" after a name, "the
//! editorial read"), and where it is a noun instead.

use crate::extract::tokens::Token;
use crate::resources;

/// A speech verb used as a verb: not after a determiner ("the disputed border").
pub(in crate::extract) fn is_cue_at(toks: &[Token<'_>], i: usize) -> bool {
    // "Said Comey, “…”": a capitalised verb opening an inverted attribution.
    let inverted = i == 0
        && toks[i].is_capitalised()
        && toks.get(1).is_some_and(|n| n.joined && n.is_capitalised())
        && resources::get().speech_verbs.contains(&toks[i].lower());
    // "Noting that …, Ruiz said …": a participle opening the sentence.
    // (Not a likeness or a possession: "Reflecting his father's brashness", "Boasting 108,000
    // residents"; these speak only before "on", "that", "about".)
    let opening_participle = i == 0
        && toks[i].is_capitalised()
        && toks[i].text.ends_with("ing")
        && resources::get().speech_verbs.contains(&toks[i].lower())
        && (!matches!(toks[i].text, "Reflecting" | "Boasting")
            || toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.text, "on" | "that" | "about")));
    // "Ruiz notes that …", "the report claims that …": a verb whose form is also a plural noun
    // ("notes", "claims", "reports") is a cue before "that".
    // Its subject stands right before it: a name, a pronoun or a noun of documents or speakers
    // ("the report states that"); after anything else the form is a noun ("in the four states
    // that voted").
    let subject_before = i > 0 && {
        let r = resources::get();
        let before = toks[i - 1].lower();
        toks[i].joined
            && (toks[i - 1].is_capitalised()
                || matches!(
                    before.as_str(),
                    "he" | "she" | "it" | "they" | "who" | "which"
                )
                || r.document_nouns.contains(&before)
                || r.medium_nouns.contains(&before)
                || r.speaker_nouns.contains(&before)
                || r.person_nouns.contains(&before))
    };
    let noun_form_before_that = toks.get(i + 1).is_some_and(|n| n.text == "that")
        && toks[i].text.starts_with(char::is_lowercase)
        && (subject_before
            || !resources::get()
                .speech_verbs_mostly_plural_nouns
                .contains(toks[i].text))
        && is_plural_of_noun_like_verb(toks[i].text);
    // "“…,” Ruiz notes.": the same form closing an attribution right after a name.
    let noun_form_after_name = i > 0
        && toks[i - 1].is_capitalised()
        && toks[i].joined
        && toks.get(i + 1).is_none_or(|n| !n.joined)
        && is_plural_of_noun_like_verb(toks[i].text);
    // "The Washington Times reports Beck will …": the same form between a name and the
    // subject of a clause.
    let noun_form_before_clause = i > 1
        && toks[i - 1].is_capitalised()
        && toks[i].joined
        && toks.get(i + 1).is_some_and(|n| {
            n.joined && (n.is_capitalised() || matches!(n.text, "he" | "she" | "they" | "it"))
        })
        && toks
            .get(i + 2)
            .is_some_and(|n| n.joined && !n.is_capitalised())
        && is_plural_of_noun_like_verb(toks[i].text);
    // "“…,” the editorial read.": a document's words are read.
    let document_reads = i > 0 && matches!(toks[i].text, "read" | "reads") && toks[i].joined && {
        let r = resources::get();
        let noun = toks[i - 1].lower();
        r.document_nouns.contains(&noun) || r.medium_nouns.contains(&noun)
    };
    // ("recognized long ago that", "knew privately that": an adverb may stand between.)
    let that_next = |k: usize| toks.get(k).is_some_and(|n| n.text == "that" && n.joined);
    let adverb_then_that = toks.get(i + 1).is_some_and(|n| {
        n.joined
            && (n.text.ends_with("ly") || matches!(n.text, "long" | "early" | "now"))
            && (that_next(i + 2)
                || (n.text == "long"
                    && toks.get(i + 2).is_some_and(|m| m.text == "ago")
                    && that_next(i + 3)))
    });
    let before_that_only = resources::get()
        .cue_verbs_before_that
        .contains(toks[i].text)
        && toks.get(i + 1).is_none_or(|n| n.text != "that")
        && !adverb_then_that;
    // "Ruiz points out that …": a verb form that is a cue only before "out" (and not after a
    // number: "ten points out of twelve").
    let before_out = toks.get(i + 1).is_some_and(|n| n.joined && n.text == "out")
        && resources::get().phrasal_cue_verbs.contains(toks[i].text)
        && !(i > 0 && {
            let before = toks[i - 1].lower();
            before.starts_with(|c: char| c.is_ascii_digit())
                || resources::get().number_words.contains_key(&before)
        });
    (is_speech_verb(&toks[i])
        || before_out
        || inverted
        || opening_participle
        || noun_form_before_that
        || noun_form_after_name
        || noun_form_before_clause
        || document_reads)
        && !before_that_only
        // After a determiner or "of" the word is a noun ("the statement", "secretary of
        // state").
        && !(i > 0
            && matches!(
                toks[i - 1].text,
                "the"
                    | "a"
                    | "an"
                    | "The"
                    | "A"
                    | "An"
                    | "its"
                    | "their"
                    | "of"
            ))
        // After a singular determiner a bare form is a noun ("in each state"); the verb after
        // such a pronoun agrees ("each says", "another said").
        && !(i > 0
            && matches!(
                toks[i - 1].lower().as_str(),
                "each" | "every" | "another" | "this" | "any"
            )
            && is_bare_form(&toks[i].lower()))
        // "a similar challenge to …": after "a" and one word, a bare form is a noun; a speaker
        // so written takes an inflected verb ("a spokesman said", "an aide warns").
        && !(i >= 2
            && matches!(toks[i - 2].text, "a" | "an" | "A" | "An")
            && toks[i - 1].joined
            && toks[i].joined
            && is_bare_form(&toks[i].lower()))
        // After a possessive ("Cruz’s thinking", "the mayor's statement").
        && !(i > 0 && toks[i - 1].possessive)
        // After "in" or "with" too, unless a gerund ("in regards to", "with claims of", but
        // "in saying so").
        && !(i > 0
            && matches!(toks[i - 1].lower().as_str(), "in" | "with")
            && !toks[i].text.ends_with("ing"))
}

/// A verb in its bare form ("challenge", "warn"): not "-s", "-ed", "-ing" or an irregular past
/// (`data/irregular_pasts.txt`).
pub(super) fn is_bare_form(lower: &str) -> bool {
    !lower.ends_with('s')
        && !lower.ends_with("ed")
        && !lower.ends_with("ing")
        && !resources::get().irregular_pasts.contains(lower)
}

/// "notes", "claims", "replies": the "-s" form of a speech verb whose bare form is mostly a noun
/// (`data/speech_verbs_also_nouns.txt`).
pub(super) fn is_plural_of_noun_like_verb(word: &str) -> bool {
    let nouns = &resources::get().speech_verbs_also_nouns;
    word.strip_suffix("ies")
        .is_some_and(|stem| nouns.contains(&format!("{stem}y")))
        || word
            .strip_suffix('s')
            .is_some_and(|stem| nouns.contains(stem))
        || word
            .strip_suffix("es")
            .is_some_and(|stem| nouns.contains(stem))
}

pub(super) fn is_speech_verb(t: &Token<'_>) -> bool {
    // Lower case only: "States" in "United States" is a name, not a verb.
    t.text.chars().next().is_some_and(char::is_lowercase)
        && resources::get().speech_verbs.contains(t.text)
}
