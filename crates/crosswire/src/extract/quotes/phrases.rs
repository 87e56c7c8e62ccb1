//! Speaker phrases: the words naming who speaks before or after a cue ("Foreign Minister Ana
//! Ruiz", "the senator's allies"), a clause's subject, and the word lists that bound them.

use super::cues::{is_cue_at, is_speech_verb};
use crate::extract::tokens::{after_title_stop, title_stop_between, Token};
use crate::resources;

/// Tokens inside a byte range.
pub(in crate::extract) fn tokens_in(text: &str, range: (usize, usize)) -> Vec<Token<'_>> {
    let mut toks: Vec<Token<'_>> = crate::extract::tokens::tokenize_range(text, range.0, range.1)
        .into_iter()
        .filter(|t| t.start >= range.0)
        .collect();
    // "Rep. Ana Ruiz (D-Ore.) said": a party and state label after a name is left out, and the
    // name runs on to the verb as if it were not there.
    let mut i = 1;
    while i < toks.len() {
        let label = &toks[i];
        let open = text[toks[i - 1].end..label.start].trim() == "(";
        let close_gap = toks
            .get(i + 1)
            .map_or(&text[label.end..range.1], |n| &text[label.end..n.start]);
        let after_label = close_gap.trim_start().trim_start_matches('.');
        let closes = after_label.starts_with(')') && after_label[1..].trim().is_empty();
        if open
            && closes
            && toks[i - 1].is_capitalised()
            && label.is_capitalised()
            && label.text.len() <= 8
            && label
                .text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
        {
            toks.remove(i);
            if let Some(next) = toks.get_mut(i) {
                next.joined = true;
            }
        }
        i += 1;
    }
    toks
}

/// Words a speaker phrase may contain besides names and nouns.
pub(super) const PHRASE_GLUE: &[&str] = &[
    "the", "a", "an", "and", "of", "its", "his", "her", "their", "those", "these", "our",
];

/// Words that open a speaker with an exception ("all but two", "everyone but Ruiz").
pub(in crate::extract) const EXCEPTION_HEADS: &[&str] = &[
    "all",
    "everyone",
    "everybody",
    "none",
    "nobody",
    "anyone",
    "each",
];

/// Auxiliaries between a speaker and the verb ("Ruiz has said").
pub(in crate::extract) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "also", "later", "earlier", "further",
    "then", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do",
    "not", "never", "once", "often", "already", "still", "again", "first", "only", "just", "even",
    // ("has since said".)
    "since",
];

/// Finite forms of "be", "have" and "do" and the modals: a word that, right after a name, makes
/// the name a clause's subject ("Stone will win").
pub(in crate::extract) const FINITE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
    "might", "should", "must", "did", "does", "do",
];

/// An auxiliary, modal or adverb between a subject and its verb ("has repeatedly said").
pub(in crate::extract) fn is_auxiliary(t: &Token<'_>) -> bool {
    AUXILIARIES.contains(&t.text)
        || (t.text.len() > 4 && t.text.ends_with("ly") && !t.is_capitalised())
        || t.text.ends_with("n't")
        || t.text.ends_with("n\u{2019}t")
}

/// A lower-case function word ("what", "during", "has"): never part of a speaker phrase. Nouns
/// that name speakers ("statement", "officials") are not function words even where the
/// clustering stop list has them.
pub(in crate::extract) fn is_function_word(t: &Token<'_>) -> bool {
    let r = resources::get();
    let lower = t.lower();
    !t.is_capitalised()
        && (r.stopwords.contains(&lower) || is_contracted_pronoun(&lower))
        && !r.document_nouns.contains(&lower)
        && !r.medium_nouns.contains(&lower)
        && !r.person_nouns.contains(&lower)
}

/// A pronoun with a verb contracted onto it ("he'd", "they’re", "I'm"). The stop-word list
/// leaves these out, as story grouping weighs them as terms.
pub(in crate::extract) fn is_contracted_pronoun(lower: &str) -> bool {
    lower
        .split_once(['\'', '\u{2019}'])
        .is_some_and(|(pronoun, verb)| {
            matches!(
                pronoun,
                "i" | "you" | "he" | "she" | "it" | "we" | "they" | "that" | "there"
            ) && matches!(verb, "m" | "d" | "ve" | "ll" | "re" | "s")
        })
}

/// A word capitalised only because it opens the sentence and never part of a speaker:
/// a preposition or a sentence adverb ("In responding …", "However, …").
pub(in crate::extract) fn is_opening_word(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.is_capitalised()
        && (PREPOSITIONS.contains(&lower.as_str())
            || OPENING_WORDS.contains(&lower.as_str())
            || resources::get().sentence_adverbs.contains(&lower))
}

/// A number in digits or a small one in words, inside a speaker phrase ("all five states",
/// "all but two").
fn is_small_number(t: &Token<'_>) -> bool {
    t.text.chars().all(|c| c.is_ascii_digit())
        || matches!(t.text, "one" | "two" | "three" | "four" | "five" | "six")
}

/// The speaker phrase ending right before token `v` (joined words back to punctuation, a
/// function word or another verb): "Foreign Minister Ana Ruiz", "the Indian commander",
/// "Indian military sources".
pub(in crate::extract) fn phrase_before(toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
    let mut end = v;
    // "can be heard asking", "has been saying": before a participle, a passive of perception
    // and forms of "be" belong to the verb group.
    let participle = toks[v].text.ends_with("ing");
    // "has always maintained", "had long said": auxiliaries and the adverbs between them.
    while end > 0
        && toks[end].joined
        && (is_auxiliary(&toks[end - 1])
            || VERB_GROUP_ADVERBS.contains(&toks[end - 1].text)
            || (participle
                && matches!(
                    toks[end - 1].text,
                    "be" | "been" | "heard" | "seen" | "caught"
                )))
    {
        end -= 1;
    }
    // "Ruiz went on to say", "was quick to add", "continued to argue": the verb that carries
    // the infinitive belongs to the verb group too.
    if end >= 2 && toks[end].joined && toks[end - 1].text == "to" && toks[end - 1].joined {
        let carrier = match toks[end - 2].text {
            "on" if end >= 3
                && matches!(toks[end - 3].text, "went" | "goes" | "go" | "going")
                && toks[end - 2].joined =>
            {
                Some(end - 3)
            }
            "quick" if end >= 3 && matches!(toks[end - 3].text, "was" | "were" | "is" | "are") => {
                Some(end - 3)
            }
            "continued" | "continues" | "proceeded" | "seemed" | "appeared" | "began" => {
                Some(end - 2)
            }
            // "tried to portray Ruiz as weak", "failed to mention the attack": an attempt.
            "tried" | "tries" | "trying" | "attempted" | "attempts" | "attempting" | "sought"
            | "seeks" | "seeking" | "started" | "starts" | "failed" | "fails" | "forgot" => {
                Some(end - 2)
            }
            // "were more likely to say": the comparison too.
            "likely" | "unlikely"
                if end >= 3 && matches!(toks[end - 3].text, "more" | "less" | "most") =>
            {
                Some(end - 3)
            }
            _ => None,
        };
        if let Some(c) = carrier.filter(|&c| c > 0 && toks[c].joined) {
            end = c;
            while end > 0 && toks[end].joined && is_auxiliary(&toks[end - 1]) {
                end -= 1;
            }
        }
    }
    // "Ana R. Ruiz Jr. warned": a name's suffix keeps its stop.
    let after_suffix = end > 0
        && matches!(toks[end - 1].text, "Jr" | "Sr")
        && toks[end].start == toks[end - 1].end + 2;
    // "Ruiz offered him a job, then said …": a verb joined to the clause before by "then".
    if end > 0 && toks[end].text == "then" && !toks[end].joined {
        return clause_subject(&toks[..end]);
    }
    if end == 0 || !(toks[end].joined || after_suffix) {
        return None;
    }
    // "Obama on Friday declared": the time between subject and verb is not the speaker.
    let end = before_time_adverbial(toks, end);
    // "he supported X over Clinton and said": the speaker is the clause's subject.
    if matches!(toks[end - 1].text, "and" | "but") {
        // "with Ruiz tweeting that … and asking": a participle joined to an earlier one has
        // its speaker; "Lazar said he welcomed … and added": a verb joined to the sentence's
        // first cue has that cue's.
        {
            let cue = |j: &usize| {
                toks[*j].text.ends_with("ing") == participle
                    && toks[*j].joined
                    && is_cue_at(toks, *j)
            };
            let earlier: Vec<usize> = if participle {
                (1..end - 1).rev().filter(cue).collect()
            } else {
                (1..end - 1).filter(cue).collect()
            };
            // Its speaker a name, after "with" or nothing that makes it an object ("in April
            // explaining").
            let named = |np: &(usize, usize)| {
                let first = toks.iter().position(|t| t.start == np.0);
                first.is_some_and(|f| {
                    toks[f].is_capitalised()
                        && (f == 0
                            || toks[f - 1].text == "with"
                            || !PREPOSITIONS.contains(&toks[f - 1].lower().as_str()))
                })
            };
            if let Some(np) = earlier
                .into_iter()
                .find_map(|j| phrase_before(toks, j).filter(named))
            {
                return Some(np);
            }
        }
        return clause_subject(&toks[..end - 1]);
    }
    // "“…,” he said": a personal pronoun is the whole phrase (resolved later, in the story).
    if matches!(
        toks[end - 1].text,
        "he" | "she" | "they" | "we" | "I" | "He" | "She" | "They" | "We"
    ) {
        return Some((toks[end - 1].start, toks[end - 1].end));
    }
    // "most of them said", "all of us agreed": a share of a group named by a pronoun.
    if end >= 3
        && matches!(toks[end - 1].text, "them" | "us")
        && toks[end - 2].text == "of"
        && toks[end - 1].joined
        && toks[end - 2].joined
        && is_share_word(toks[end - 3].text)
    {
        return Some((toks[end - 3].start, toks[end - 1].end));
    }
    // "But few believe …", "and most think …": a quantifier standing for people, opening its
    // clause, is the whole phrase too.
    if resources::get()
        .quantifier_pronouns
        .contains(toks[end - 1].text)
        && (end == 1
            || !toks[end - 1].joined
            || matches!(
                toks[end - 2].text,
                "But" | "And" | "Yet" | "but" | "and" | "yet"
            ))
    {
        return Some((toks[end - 1].start, toks[end - 1].end));
    }
    // "…, they’ve suggested", "she’d said": the pronoun without the auxiliary contracted onto it.
    let last = toks[end - 1].lower();
    if is_contracted_pronoun(&last)
        && !last.starts_with("it")
        && !last.starts_with("that")
        && !last.starts_with("there")
        && (last.ends_with("ve") || last.ends_with('d') || last.ends_with('s'))
    {
        let apostrophe = toks[end - 1].text.find(['\'', '\u{2019}']).unwrap_or(0);
        return Some((toks[end - 1].start, toks[end - 1].start + apostrophe));
    }
    let mut s = end;
    while s > 0 && end - s < 7 {
        let t = &toks[s - 1];
        let glue = PHRASE_GLUE.contains(&t.text);
        // Adverbs ("publicly"), negations ("didn't") and subordinators end a speaker phrase.
        let lower = t.lower();
        let adverb = lower.ends_with("ly") && !t.is_capitalised();
        let negation = lower.ends_with("n't") || lower.ends_with("n\u{2019}t");
        let subordinator = matches!(
            lower.as_str(),
            "while" | "although" | "when" | "if" | "because" | "as"
        );
        // A speech verb's form after "of" or a determiner is a noun ("secretary of state"),
        // also with one word between ("the new report", "a congressional report").
        // (Also capitalised, opening the sentence: "The report found …".)
        let determiner = |i: usize| {
            matches!(
                toks[i].lower().as_str(),
                "of" | "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
        };
        // (A past form is no noun: "The union asked whether …".)
        let noun_form = s >= 2
            && !lower.ends_with("ed")
            && (determiner(s - 2)
                || (s >= 3
                    && determiner(s - 3)
                    && toks[s - 2].joined
                    && !is_speech_verb(&toks[s - 2])));
        // "Ruiz issued a statement saying", "His office put out a statement saying": before a
        // participle, the object of a verb in the past (and its particle) is what its subject
        // did; the speaker is that subject.
        if participle && s >= 2 && end > s && !t.is_capitalised() {
            let is_past = |t: &Token<'_>| {
                let lower = t.lower();
                !t.is_capitalised()
                    && ((lower.len() > 4 && lower.ends_with("ed"))
                        || resources::get().irregular_pasts.contains(lower.as_str()))
            };
            let verb = if matches!(t.text, "out" | "up" | "off") && t.joined {
                (s >= 3 && is_past(&toks[s - 2])).then_some(s - 2)
            } else {
                is_past(t).then_some(s - 1)
            };
            if let Some(np) = verb.and_then(|v| phrase_before(toks, v)) {
                return Some(np);
            }
        }
        // "one longtime friend", "some officials", "other experts": a quantifier opens the
        // phrase.
        let quantifier = end > s
            && (matches!(
                lower.as_str(),
                "one"
                    | "some"
                    | "several"
                    | "many"
                    | "few"
                    | "other"
                    | "both"
                    | "most"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
            )
            // ("voters in all five states": "all" before a number.)
                || (lower == "all" && is_small_number(&toks[s])));
        // "new" is in the function-word list but is an adjective in a phrase ("the new report").
        // (A sentence-opening conjunction is no part of it: "But loyalists were adamant".)
        let conjunction = matches!(t.text, "But" | "And" | "Yet" | "So" | "Or" | "Nor");
        if (is_function_word(t) && !glue && t.text != "new" && !quantifier)
            || is_opening_word(t)
            || conjunction
            || (is_speech_verb(t) && !noun_form)
            || adverb
            || negation
            || subordinator
        {
            break;
        }
        s -= 1;
        // "Rep. Ana Ruiz’s office said": the possessor belongs to the phrase.
        // So does "the senator’s" of "the senator’s allies said".
        // (Also with a word between: "the prime minister’s spokesman", "the Texas senator’s
        // allies".)
        let determiner_at = |i: usize| {
            matches!(
                toks[i].lower().as_str(),
                "the" | "a" | "his" | "her" | "their"
            )
        };
        let possessor = s > 0
            && toks[s - 1].possessive
            && (toks[s - 1].is_capitalised()
                || (s > 1 && toks[s - 1].joined && determiner_at(s - 2))
                || (s > 2 && toks[s - 1].joined && toks[s - 2].joined && determiner_at(s - 3)));
        // "Rep. Ana Ruiz said": a title's stop does not end the phrase (". " between an
        // abbreviation and a name; the tokens alone tell, as in `tokens::after_title_stop`).
        let title = s > 0 && title_stop_between(&toks[s - 1], &toks[s]);
        // "the Nov. 8 election": a month's abbreviation before its day.
        let month_day = s > 0
            && toks[s - 1].is_capitalised()
            && resources::get()
                .months
                .contains_key(toks[s - 1].lower().trim_end_matches('.'))
            && toks[s].text.chars().all(|c| c.is_ascii_digit());
        if !toks[s].joined && !possessor && !title && !month_day {
            break;
        }
    }
    // "Everyone but Ruiz said", "all but two said": the exception belongs to the phrase.
    // (A number alone ends the loop above before it is taken: "all but two".)
    let first = if s == end && is_small_number(&toks[end - 1]) {
        end - 1
    } else {
        s
    };
    if first >= 2
        && first < end
        && toks[first].joined
        && toks[first - 1].joined
        && toks[first - 1].text == "but"
        && EXCEPTION_HEADS.contains(&toks[first - 2].lower().as_str())
    {
        return Some((toks[first - 2].start, toks[end - 1].end));
    }
    // "a person familiar with the talks said", "people close to him said": the phrase is the
    // person, not the talks.
    let object = if s == end && matches!(toks[end - 1].text, "him" | "her" | "them") {
        end - 1
    } else {
        s
    };
    let close_to = |i: usize| {
        matches!(
            (toks[i - 2].text, toks[i - 1].text),
            ("familiar", "with") | ("close", "to")
        )
    };
    if object >= 3 && object < end && close_to(object) && toks[object].joined {
        let head = object - 3;
        let mut h = head;
        while h > 0
            && head - h < 3
            && toks[h].joined
            && !is_speech_verb(&toks[h - 1])
            && (!is_function_word(&toks[h - 1])
                || matches!(toks[h - 1].text, "a" | "an" | "the" | "one" | "another"))
        {
            h -= 1;
        }
        return Some((toks[h].start, toks[head].end));
    }
    while s < end
        && PHRASE_GLUE.contains(&toks[s].text)
        && toks[s].text != "the"
        && toks[s].text != "a"
    {
        s += 1;
    }
    // "…, on Friday described": a day or a month alone is no speaker.
    if end - s == 1 && is_time_word(toks[s].text) {
        return None;
    }
    // "an official who spoke anonymously to discuss internal strategy said": the phrase ends a
    // relative clause; the speaker is the one it describes, before "who".
    if s > 2 && s < end && toks[s].joined && !toks[s].is_capitalised() {
        let who = (s.saturating_sub(8)..s)
            .rev()
            .take_while(|&i| toks[i + 1].joined)
            .find(|&i| toks[i].text == "who");
        if let Some(w) = who.filter(|&w| w > 0 && toks[w].joined) {
            if let Some(np) = phrase_before(toks, w).filter(|np| np.1 <= toks[w].start) {
                return Some(np);
            }
        }
    }
    // "a Democratic staffer in the room wondered", "the nominee for the Nov. 8 election said":
    // the phrase after a preposition modifies the one before it, which is the speaker; with no
    // phrase before it ("who has in the past described"), there is none here.
    // Not in a share ("four in 10 voters") nor after a verb ("a textbook published for …").
    // The preposition may stand before a possessive the phrase has dropped ("Ruiz in her
    // announcement speech called").
    let p = if s > 1
        && toks[s].joined
        && matches!(toks[s - 1].text, "his" | "her" | "their" | "its" | "our")
    {
        s - 1
    } else {
        s
    };
    if p > 1 && p < end && toks[p].joined && MODIFIER_PREPOSITIONS.contains(&toks[p - 1].text) {
        let head = &toks[p - 2];
        let share = head.text.starts_with(|c: char| c.is_ascii_digit())
            || resources::get()
                .number_words
                .contains_key(head.lower().as_str());
        let verb_form =
            !head.is_capitalised() && (head.text.ends_with("ed") || head.text.ends_with("ing"));
        if !share && !verb_form {
            return phrase_before(toks, p - 1);
        }
    }
    // "Another intelligence source speaking to Fox News said": a participle and its phrase
    // modify the speaker before them.
    if s > 2
        && s < end
        && toks[s].joined
        && toks[s - 1].joined
        && matches!(toks[s - 1].text, "to" | "on" | "in" | "at" | "with" | "for")
        && toks[s - 2].text.ends_with("ing")
        && !toks[s - 2].is_capitalised()
        && is_speech_verb(&toks[s - 2])
    {
        return phrase_before(toks, s - 2).filter(|np| np.1 < toks[s - 2].start);
    }
    (s < end).then(|| (toks[s].start, toks[end - 1].end))
}

/// Prepositions whose phrase, between a speaker and the verb, modifies the speaker ("a staffer
/// in the room said").
pub(super) const MODIFIER_PREPOSITIONS: &[&str] =
    &["in", "at", "for", "from", "on", "inside", "near"];

/// Nouns of a stretch of time after "this", "last" or "next" ("this week").
pub(in crate::extract) const TIME_NOUNS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Where a time adverbial standing just before `end` ("on Friday", "Tuesday morning", "this week",
/// "yesterday") starts, or `end` itself when there is none or it is not joined to what precedes.
pub(super) fn before_time_adverbial(toks: &[Token<'_>], end: usize) -> usize {
    let r = resources::get();
    let weekday = |t: &Token<'_>| t.text.len() > 3 && r.weekdays.contains_key(t.lower().as_str());
    let mut s = end;
    // A time that names itself ("this week") may follow any noun, not only a name or pronoun.
    let mut time_named = false;
    if s > 1
        && matches!(
            toks[s - 1].lower().as_str(),
            "morning" | "afternoon" | "evening" | "night"
        )
        && weekday(&toks[s - 2])
    {
        s -= 1;
    }
    if s > 0 && weekday(&toks[s - 1]) {
        s -= 1;
        if s > 0 && toks[s - 1].text == "on" {
            s -= 1;
        }
    } else if s > 0
        && matches!(
            toks[s - 1].lower().as_str(),
            "yesterday" | "today" | "tonight"
        )
    {
        s -= 1;
    } else if s > 2
        && matches!(toks[s - 2].text, "this" | "last" | "next")
        && toks[s - 1].joined
        && TIME_NOUNS.contains(&toks[s - 1].text)
    {
        // "The committee this week announced", "Ruiz earlier this month said".
        s -= 2;
        time_named = true;
        if s > 1 && matches!(toks[s - 1].text, "earlier" | "later") && toks[s].joined {
            s -= 1;
        }
    } else if s > 2 && toks[s - 1].text == "ago" {
        // "less than two weeks ago", "a month ago": a span of time counted back.
        let counts_back = |t: &Token<'_>| {
            let lower = t.lower();
            r.number_words.contains_key(lower.as_str())
                || t.text.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    lower.as_str(),
                    "a" | "an"
                        | "few"
                        | "several"
                        | "than"
                        | "less"
                        | "more"
                        | "about"
                        | "nearly"
                        | "just"
                        | "some"
                )
                || matches!(
                    lower.strip_suffix('s').unwrap_or(&lower),
                    "day" | "week" | "month" | "year"
                )
        };
        let mut k = s - 1;
        while k > 0 && s - k < 6 && toks[k].joined && counts_back(&toks[k - 1]) {
            k -= 1;
        }
        if k < s - 2 {
            s = k;
        }
    }
    // "Ruiz later Thursday told": an auxiliary or adverb of the verb group before the time.
    if s < end {
        while s > 1 && toks[s].joined && is_auxiliary(&toks[s - 1]) {
            s -= 1;
        }
    }
    let subject = toks.get(s.wrapping_sub(1)).is_some_and(|t| {
        t.is_capitalised()
            || matches!(t.text, "he" | "she" | "they" | "we")
            || (time_named && !is_function_word(t))
    });
    if s == end || s == 0 || !toks[s].joined || !subject {
        return end;
    }
    s
}

/// The subject opening a clause: its first personal pronoun or name ("Eight years ago, he …",
/// "Sharpton left …"), within its first words, past an opening phrase ([`main_clause_start`]).
pub(in crate::extract) fn clause_subject(toks: &[Token<'_>]) -> Option<(usize, usize)> {
    let r = resources::get();
    let toks = &toks[main_clause_start(toks)..];
    // "The town released a statement, saying …", "Hundreds of demonstrators marched …,
    // chanting": a description opening the clause (with an article or a number word), up to
    // its verb.
    // Or with a possessive: "His campaign sent out a text message …, saying".
    if toks.first().is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
        ) || r.number_words.contains_key(t.lower().as_str())
    }) {
        let verb = (2..toks.len().min(6)).find(|&k| {
            let t = &toks[k];
            !t.is_capitalised()
                && (t.text.ends_with("ed")
                    || r.irregular_pasts.contains(t.text)
                    || is_speech_verb(t)
                    || is_auxiliary(t))
        });
        if let Some(k) = verb.filter(|&k| toks[1..=k].iter().all(|t| t.joined)) {
            // "The billionaire businessman began by talking …": a function word inside means
            // the verb came before it.
            let function = (1..k)
                .find(|&i| is_function_word(&toks[i]) && !PHRASE_GLUE.contains(&toks[i].text));
            match function {
                None => return Some((toks[0].start, toks[k - 1].end)),
                Some(f) if f >= 3 => return Some((toks[0].start, toks[f - 2].end)),
                Some(_) => {}
            }
        }
        // The clause cut right before its verb ("the rally" of "the rally denounced"): the
        // whole short description.
        if verb.is_none()
            && (2..=4).contains(&toks.len())
            && toks[1..]
                .iter()
                .all(|t| t.joined && !is_function_word(t) && !t.text.ends_with("ed"))
        {
            return Some((toks[0].start, toks[toks.len() - 1].end));
        }
    }
    for (i, t) in toks.iter().enumerate().take(8) {
        if matches!(
            t.text,
            "he" | "she" | "He" | "She" | "they" | "They" | "I" | "we" | "We"
        ) {
            return Some((t.start, t.end));
        }
        // "Nobody …", "Neither …": a subject, but no one a later pronoun continues.
        if r.indefinite_pronouns.contains(&t.lower()) {
            return None;
        }
        // "New" opens a name ("New York") when a capitalised word follows.
        let opens_name = t.text == "New"
            && toks
                .get(i + 1)
                .is_some_and(|n| n.joined && n.is_capitalised());
        if t.is_capitalised()
            && (!r.stopwords.contains(&t.lower()) || opens_name)
            && !PREPOSITIONS.contains(&t.lower().as_str())
            && !OPENING_WORDS.contains(&t.lower().as_str())
            && !r.sentence_adverbs.contains(&t.lower())
            && !r.months.contains_key(&t.lower())
            && !r.weekdays.contains_key(&t.lower())
            && !r.number_words.contains_key(&t.lower())
        {
            // A title's stop does not end the name ("Texas Sen. Ana Ruiz").
            let next_in_name = |e: usize| {
                e + 1 < toks.len()
                    && toks[e + 1].is_capitalised()
                    && (toks[e + 1].joined || title_stop_between(&toks[e], &toks[e + 1]))
            };
            let mut e = i;
            while next_in_name(e) {
                e += 1;
            }
            // "Republican presidential candidate Ana Ruiz is …": lower-case words ending in a
            // role noun, then a name, are one description of the subject.
            let role_end = (e + 1..toks.len().min(e + 4))
                .take_while(|&k| toks[k].joined && !toks[k].is_capitalised())
                .take_while(|&k| !is_function_word(&toks[k]) && !is_speech_verb(&toks[k]))
                .last()
                .filter(|&k| {
                    let noun = toks[k].lower();
                    r.speaker_nouns.contains(&noun) || r.title_set.contains(&noun)
                });
            // "Former US secretary of state Ana Ruiz": the role's own "of" phrase.
            let role_end = role_end.map(|k| {
                let of_phrase = toks.get(k + 1).is_some_and(|n| n.joined && n.text == "of")
                    && toks
                        .get(k + 2)
                        .is_some_and(|n| n.joined && !n.is_capitalised() && !is_function_word(n))
                    && toks
                        .get(k + 3)
                        .is_some_and(|n| n.joined && n.is_capitalised());
                if of_phrase {
                    k + 2
                } else {
                    k
                }
            });
            if let Some(k) = role_end {
                if toks
                    .get(k + 1)
                    .is_some_and(|n| n.joined && n.is_capitalised())
                {
                    e = k + 1;
                    while next_in_name(e) {
                        e += 1;
                    }
                }
            }
            return Some((t.start, toks[e].end));
        }
    }
    None
}

/// The subject opening the sentence at `sentence` (a byte range of `text`), as
/// [`clause_subject`] finds it; `None` for a sentence that opens with a quotation, whose first
/// words are what someone said rather than who is acting.
pub fn sentence_subject(text: &str, sentence: (usize, usize)) -> Option<(usize, usize)> {
    let opening = text.get(sentence.0..sentence.1)?.trim_start();
    if opening.starts_with(['"', '\u{201c}', '\u{2018}', '\'']) {
        return None;
    }
    clause_subject(&tokens_in(text, sentence))
}

/// Where a sentence's main clause starts: past an opening prepositional phrase or a dateline
/// ("In Columbia, …", "WASHINGTON — …"), an opening participle ("Speaking at a rally, …") or a
/// sentence adverb ("However, …"), at the first word after its comma or dash.
pub(in crate::extract) fn main_clause_start(toks: &[Token<'_>]) -> usize {
    let Some(first) = toks.first() else {
        return 0;
    };
    // A dateline with its agency, "Washington (AFP) – Clinton …": up to three capitalised words,
    // an agency in capitals set off by brackets, then the sentence's own capitalised subject.
    let place = toks
        .iter()
        .take(4)
        .skip(1)
        .position(|t| !t.joined)
        .map(|i| i + 1);
    if let Some(k) = place {
        let agency = &toks[k];
        let words_capitalised = toks[..k].iter().all(Token::is_capitalised);
        let agency_like = (2..=5).contains(&agency.text.len()) && agency.is_all_caps();
        if words_capitalised
            && agency_like
            && toks
                .get(k + 1)
                .is_some_and(|t| !t.joined && t.is_capitalised())
        {
            return k + 1;
        }
    }
    // A title's or an initial's stop is no break ("Mr. Ruiz, …", "In St. Louis, …").
    let stop_in_name = |i: usize| title_stop_between(&toks[i - 1], &toks[i]);
    let lower = first.lower();
    // "But after the vote, Ruiz …", "And almost immediately after she did, Ruiz …": a
    // conjunction and adverbs before the opening phrase.
    let lead = toks
        .iter()
        .take(3)
        .take_while(|t| {
            let l = t.lower();
            matches!(
                l.as_str(),
                "but" | "and" | "yet" | "so" | "almost" | "just" | "only" | "right" | "soon"
            ) || (l.ends_with("ly")
                // (Capitalised, only adverbs: "Kelly", "Italy" are names.)
                && (!t.is_capitalised() || matches!(l.as_str(), "shortly" | "immediately" | "early")))
        })
        .count();
    if lead > 0 && lead < toks.len() && toks[1..=lead].iter().all(|t| t.joined) {
        let m = main_clause_start(&toks[lead..]);
        if m > 0 {
            return m + lead;
        }
    }
    let second = toks.get(1);
    // "Speaking at a town hall, Ruiz …": a participle opening the sentence (not a name such
    // as "Manning said": the next word is neither capitalised nor a speech verb).
    // Past participles too: "Led by the speaker, the rally …", "Preceded at the lectern by …".
    let participle = (lower.ends_with("ing") || lower.ends_with("ed") || lower == "led")
        && second.is_some_and(|n| n.joined && !n.is_capitalised() && !is_speech_verb(n));
    // "However, he …": a sentence adverb set off by a comma.
    let r = resources::get();
    // "Immediately after the attacks, …", "Here in Columbia, …": an adverb leading a
    // prepositional phrase.
    let adverb_phrase = (lower.ends_with("ly")
        || matches!(
            lower.as_str(),
            "here" | "there" | "back" | "later" | "earlier" | "elsewhere" | "once" | "even"
        ))
        && second.is_some_and(|n| n.joined && PREPOSITIONS.contains(&n.lower().as_str()));
    let adverb = second.is_some_and(|n| !n.joined)
        && !stop_in_name(1)
        && (r.stopwords.contains(&lower)
            || r.sentence_adverbs.contains(&lower)
            || lower.ends_with("ly"));
    // "Earlier this week, …", "Hours later, …", "On Monday, …": a time phrase before a comma.
    let chunk = toks.iter().skip(1).position(|t| !t.joined).map(|i| i + 1);
    // A month only where it dates ("In May, …", "May 5, …"), not ending a name ("Ana May, a
    // doctor, said").
    let dating_month = |i: usize| {
        let t = &toks[i];
        t.is_capitalised()
            && r.months.contains_key(&t.lower())
            && (i == 0
                || !toks[i - 1].is_capitalised()
                || is_opening_word(&toks[i - 1])
                || toks
                    .get(i + 1)
                    .is_some_and(|n| n.joined && n.text.starts_with(|c: char| c.is_ascii_digit())))
    };
    let time_phrase = chunk.is_some_and(|n| {
        n <= 4
            && (0..n).any(|i| {
                let l = toks[i].lower();
                TIME_WORDS.contains(&l.as_str()) || r.weekdays.contains_key(&l) || dating_month(i)
            })
    });
    let opener = PREPOSITIONS.contains(&lower.as_str())
        || OPENING_WORDS.contains(&lower.as_str())
        || time_phrase
        || participle
        || adverb
        || adverb_phrase
        || (first.is_all_caps() && first.text.len() > 2);
    if !opener {
        return 0;
    }
    // (A possessive leaves the next word unjoined without ending the phrase: "When told Ruiz
    // was in the mayor's cabinet, Stone …".)
    let breaks = |i: usize| !toks[i].joined && !toks[i - 1].possessive;
    let Some(start) = (1..toks.len()).find(|&i| breaks(i) && !stop_in_name(i)) else {
        return 0;
    };
    // "Speaking in Salem, New Hampshire, Ruiz …": a place set off after a place ends the
    // opening phrase too.
    let chunk_end = (start + 1..toks.len())
        .find(|&i| breaks(i))
        .unwrap_or(toks.len());
    let chunk = &toks[start..chunk_end];
    let place_after_place = chunk.len() <= 3
        && chunk_end < toks.len()
        && toks[start - 1].is_capitalised()
        && chunk.iter().all(Token::is_capitalised)
        && (r
            .places
            .contains_key(&chunk.iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
            || toks[chunk_end].is_capitalised()
            || matches!(toks[chunk_end].text, "he" | "she" | "they" | "we"));
    if place_after_place {
        chunk_end
    } else {
        start
    }
}

/// A speaker phrase starting right after token `v` ("said Stone", "according to the readout").
pub(in crate::extract) fn phrase_after(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
) -> Option<(usize, usize)> {
    let first = v + 1;
    let t = toks.get(first)?;
    // "said former Sen. Ana Ruiz", "said master of ceremonies Ana Ruiz": lower-case words of a
    // role before a name belong to it.
    let role_word = |t: &Token<'_>| {
        t.joined
            && !t.is_capitalised()
            && !is_speech_verb(t)
            && (!is_function_word(t) || t.text == "of")
    };
    let adjective_before_name = !t.is_capitalised()
        && !is_function_word(t)
        && !is_speech_verb(t)
        && (first + 1..toks.len().min(first + 4))
            .find(|&k| !role_word(&toks[k]))
            .is_some_and(|k| toks[k].joined && toks[k].is_capitalised());
    if !t.joined
        || !(t.is_capitalised()
            || matches!(
                t.text,
                "the"
                    | "a"
                    | "an"
                    | "one"
                    | "another"
                    | "two"
                    | "three"
                    | "several"
                    | "some"
                    // "said his campaign manager Jeff Weaver".
                    | "his"
                    | "her"
                    | "their"
            )
            || adjective_before_name)
    {
        return None;
    }
    let mut e = first;
    // "wrote the authors of the “Growth and Opportunity Project,”": a quoted title after an
    // article or "of" belongs to the phrase.
    let opens_title = |a: &Token<'_>, b: &Token<'_>| {
        matches!(a.text, "the" | "of" | "a")
            && b.is_capitalised()
            && text
                .get(a.end..b.start)
                .is_some_and(|gap| matches!(gap.trim(), "\u{201c}" | "\""))
    };
    // A title's stop ("Sen. Ana Ruiz") does not end the phrase.
    while e + 1 < toks.len()
        && (toks[e + 1].joined
            || after_title_stop(text, &toks[e], &toks[e + 1])
            || opens_title(&toks[e], &toks[e + 1]))
        && e - first < 8
    {
        let n = &toks[e + 1];
        // "a person close to the campaign".
        let close_to = n.text == "to" && matches!(toks[e].text, "close" | "closest");
        // "the base chief known as Bob": the name the description goes by.
        let known_as = n.text == "as"
            && toks[e].text == "known"
            && toks
                .get(e + 2)
                .is_some_and(|m| m.joined && m.is_capitalised());
        // "told the AP his firm …": a determiner right after a noun opens another phrase.
        let next_phrase = matches!(
            n.text,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "those" | "these"
        ) && !is_function_word(&toks[e]);
        if (is_function_word(n) && !PHRASE_GLUE.contains(&n.text) && !close_to && !known_as)
            || is_speech_verb(n)
            || next_phrase
        {
            break;
        }
        e += 1;
    }
    Some((toks[first].start, toks[e].end))
}

/// "…, his top aide, Tom Hale, told the paper": the name set off by commas right before cue `v`
/// (capitalised words only, at most five).
pub(in crate::extract) fn name_between_commas(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
) -> Option<(usize, usize)> {
    if v < 2 || toks[v].joined || !text[..toks[v].start].trim_end().ends_with(',') {
        return None;
    }
    let mut s = v - 1;
    while s > 0 && toks[s].joined && v - s < 5 {
        s -= 1;
    }
    if toks[s].joined || !text[..toks[s].start].trim_end().ends_with(',') {
        return None;
    }
    // "in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich., said": after a place named
    // with a preposition, the words between commas are its state or country, not a speaker.
    if s >= 2
        && toks[s - 1].is_capitalised()
        && toks[s - 1].joined
        && matches!(toks[s - 2].text, "in" | "of" | "from" | "near" | "at")
    {
        return None;
    }
    toks[s..v]
        .iter()
        .all(|t| t.is_capitalised() && !resources::get().stopwords.contains(&t.lower()))
        .then(|| (toks[s].start, toks[v - 1].end))
}

/// Most words of a description set off by commas between a name and its cue.
pub(super) const MAX_DESCRIPTION_WORDS: usize = 10;

/// "…, while Ana Ruiz, the former governor, proposed …": the capitalised name before a
/// description (opening with a determiner or a possessive) set off by commas before cue `v`,
/// wherever the clause starts.
pub(in crate::extract) fn name_before_description(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
) -> Option<(usize, usize)> {
    if v < 3 || toks[v].joined || !text[..toks[v].start].trim_end().ends_with(',') {
        return None;
    }
    let mut d = v - 1;
    while d > 0 && toks[d].joined && v - d <= MAX_DESCRIPTION_WORDS {
        d -= 1;
    }
    let opens_description = matches!(
        toks[d].lower().as_str(),
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "former"
    );
    if toks[d].joined
        || d == 0
        || !opens_description
        || !text[..toks[d].start].trim_end().ends_with(',')
        || (d + 1..v).any(|k| is_cue_at(toks, k))
    {
        return None;
    }
    let e = d - 1;
    let mut s = e;
    while s > 0 && toks[s].joined && toks[s - 1].is_capitalised() && e - s < 4 {
        s -= 1;
    }
    let name = &toks[s..=e];
    (name.len() >= 2
        && name
            .iter()
            .all(|t| t.is_capitalised() && !resources::get().stopwords.contains(&t.lower())))
    .then(|| (toks[s].start, toks[e].end))
}

/// ", Ana Ruiz, legal director of the group, said …": the name right after the quote, set off by
/// commas from the cue at `v`.
pub(super) fn apposed_name(text: &str, toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
    let first = toks.first()?;
    if v < 2 || toks[v].joined || !first.is_capitalised() || is_function_word(first) {
        return None;
    }
    let mut e = 0;
    while e + 1 < v && toks[e + 1].joined && toks[e + 1].is_capitalised() {
        e += 1;
    }
    (e + 1 < v && text[toks[e].end..].trim_start().starts_with(',') && e < 5)
        .then_some((first.start, toks[e].end))
}

/// Whether the phrase `np` right before a participle cue ("… in April explaining", "hold banners
/// proclaiming", "issued a statement saying") is its speaker; `before` are the tokens before the
/// cue. It must name someone (a person, a pronoun, a role, a document), and be neither a time
/// ("in April") nor a verb's object: a phrase after a preposition ("an email to supporters", but
/// "with Ruiz calling for …" makes Ruiz the one calling) or
/// one opened by a lower-case past-tense verb ("issued a statement", "placed national newspaper
/// ads") is what someone did; the speaker is that verb's subject.
pub(in crate::extract) fn names_participle_speaker(
    text: &str,
    before: &[Token<'_>],
    np: (usize, usize),
) -> bool {
    let phrase = &text[np.0..np.1];
    let opens_with_past_verb = phrase.split_whitespace().next().is_some_and(|first| {
        first.starts_with(char::is_lowercase)
            && (first.ends_with("ed") || resources::get().irregular_pasts.contains(first))
    });
    let after_preposition = before
        .iter()
        .rev()
        .find(|t| t.end <= np.0)
        // "with Ruiz calling for …" makes Ruiz the one calling.
        .is_some_and(|t| t.lower() != "with" && PREPOSITIONS.contains(&t.lower().as_str()));
    names_someone(phrase) && !is_time_word(phrase) && !opens_with_past_verb && !after_preposition
}

/// Adverbs standing inside a verb group ("has always said", "had long maintained"), and the
/// emphatic reflexives that may stand there too ("Ford itself said").
#[rustfmt::skip]
pub(in crate::extract) const VERB_GROUP_ADVERBS: &[&str] = &[
    "always", "long", "never", "also", "already", "often", "still", "just", "once", "now", "even",
    "ever", "again", "then", "soon", "here", "there",
    "itself", "himself", "herself", "themselves",
];

/// Words of a time phrase opening a sentence ("Earlier this week, …", "Hours later, …").
pub(super) const TIME_WORDS: &[&str] = &[
    "earlier",
    "later",
    "ago",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "day",
    "days",
    "hours",
    "minutes",
    "moments",
    "morning",
    "afternoon",
    "evening",
    "night",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "meanwhile",
    "previously",
];

/// Words that open a modifier after a speech verb ("said in a statement", "spoke at a rally").
pub(in crate::extract) const PREPOSITIONS: &[&str] = &[
    "at", "in", "during", "to", "with", "by", "from", "after", "before", "while", "into",
    "through", "via", "without", "under", "outside",
];

/// Words besides [`PREPOSITIONS`] that open a phrase before a sentence's main clause ("On
/// Monday, …", "Despite …", "When …").
pub(super) const OPENING_WORDS: &[&str] = &[
    "on",
    "as",
    "for",
    "despite",
    "since",
    "when",
    "of",
    "like",
    "unlike",
    "amid",
    "among",
    "following",
    "amidst",
    "against",
    "upon",
    "across",
    "around",
    "beyond",
    "inside",
    "near",
    "throughout",
    "within",
    "behind",
    "along",
    "although",
    "though",
    "if",
    "unless",
    "until",
    "whereas",
    "because",
];

/// Verbs whose object is the person spoken to, not what was said ("told reporters").
pub(in crate::extract) const ADDRESSEE_VERBS: &[&str] = &[
    "told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded", "warned", "urged",
];

/// A phrase's last word, lower-cased: the head of a noun phrase.
pub(in crate::extract) fn head_word(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase()
}

/// A phrase that can be a speaker: it has a name, or its head is a person or role noun.
pub(in crate::extract) fn names_someone(phrase: &str) -> bool {
    let r = resources::get();
    let head = head_word(phrase);
    // (A preposition capitalised because it opens the sentence names no one: "Amid …".)
    let named = phrase.split_whitespace().any(|w| {
        let lower = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            && !matches!(w, "The" | "A" | "An")
            && !PREPOSITIONS.contains(&lower.as_str())
            && !OPENING_WORDS.contains(&lower.as_str())
    });
    named
        || matches!(
            head.as_str(),
            "he" | "she"
                | "they"
                | "i"
                | "we"
                | "sources"
                | "source"
                | "spokesperson"
                | "spokesman"
                | "spokeswoman"
        )
        || r.person_nouns.contains(&head)
        || r.title_set.contains(&head)
        || r.document_nouns.contains(&head)
        || r.medium_nouns.contains(&head)
        || r.speaker_nouns.contains(&head)
        // A plural of people by what they do or study ("environmentalists", "historians").
        || (head.len() > 6
            && (head.ends_with("ists") || head.ends_with("ians"))
            && !matches!(
                head.as_str(),
                "insists" | "persists" | "resists" | "consists" | "assists" | "enlists"
            ))
        // A pronoun or quantifier standing alone for people: "others insist", "many feel".
        || (phrase.split_whitespace().count() == 1
            && (r.indefinite_pronouns.contains(&head) || r.quantifier_pronouns.contains(&head)))
        // A share of people: "most of them", "some of the workers", "all of us".
        || phrase
            .split_once(' ')
            .and_then(|(share, rest)| Some((share, rest.strip_prefix("of ")?)))
            .is_some_and(|(share, group)| {
                is_share_word(share)
                    && (matches!(group, "them" | "us" | "those" | "these")
                        || names_someone(group))
            })
}

/// A word that counts part of a group before "of" ("most", "some", "all", "none", "half"; not
/// a number: "one of many reasons").
fn is_share_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    resources::get().quantifier_pronouns.contains(&lower)
        || matches!(lower.as_str(), "all" | "none" | "half")
}

/// A phrase whose last word is a month or a weekday ("in April", "last Tuesday").
pub(in crate::extract) fn is_time_word(phrase: &str) -> bool {
    let r = resources::get();
    let head = head_word(phrase);
    r.months.contains_key(&head) || r.weekdays.contains_key(&head)
}

/// Looser than [`names_someone`], for the phrase next to a cue right beside a quote: any phrase
/// ending in a noun ("the campaign"), never in a function word ("along the").
pub(in crate::extract) fn speaker_like(phrase: &str) -> bool {
    let head = head_word(phrase);
    // "the 43-year-old": an age stands for a person.
    let age = head
        .strip_suffix("-year-old")
        .or_else(|| head.strip_suffix("-year-olds"))
        .is_some_and(|n| !n.is_empty());
    names_someone(phrase)
        || age
        || (head.len() > 2
            && head.chars().all(char::is_alphabetic)
            && !resources::get().stopwords.contains(&head))
}
