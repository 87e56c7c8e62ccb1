//! Quotes in one article: direct quotes (straight or curly marks, attribution before, after or
//! around them, quotes that float after an attributed one) and reported speech ("X said that …"),
//! each with its cue verb and the phrase that names its speaker. Resolving that phrase to a story
//! entity (names, pronouns, roles, "the statement") is `reconcile::quotes`' job.
//!
//! This file finds the quotation marks and ties each quotation to its attribution; the parts
//! it calls on (`phrases` and `cues` serve `reported` too):
//! - `attribution`: the speaker and cue before, after or around a quotation;
//! - `cues`: where a word is a verb of saying;
//! - `phrases`: speaker phrases, a clause's subject and the word lists that bound them.

use super::sentences::{self, Sentence};
use super::tokens::{tokenize, Token};
use crate::resources;

mod attribution;
mod cues;
mod phrases;

pub(super) use cues::is_cue_at;
pub use phrases::sentence_subject;
pub(super) use phrases::{
    clause_subject, head_word, is_auxiliary, is_contracted_pronoun, is_function_word,
    is_opening_word, is_time_word, main_clause_start, name_before_description, name_between_commas,
    names_participle_speaker, names_someone, phrase_after, phrase_before, speaker_like, tokens_in,
    ADDRESSEE_VERBS, EXCEPTION_HEADS, FINITE_AUXILIARIES, PREPOSITIONS, TIME_NOUNS,
    VERB_GROUP_ADVERBS,
};

use attribution::{
    attribution_after, attribution_before, colon_subject, first_person_subject,
    introduction_before, possessive_claim_before, short_attribution_before, signed_below,
    speaker_verb_after, subject_before, verb_object,
};

/// Direct (in quotation marks) or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// In quotation marks.
    Direct,
    /// "X said that …".
    Reported,
}

/// A quote as one article gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct RawQuote {
    /// The quoted words (without the marks, without a trailing comma).
    pub text: String,
    /// Byte offset of the words in the text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// The cue ("said", "according to"), if one was found.
    pub cue: Option<String>,
    /// The phrase naming the speaker ("Foreign Minister Ana Ruiz", "he", "the readout").
    pub speaker: Option<String>,
    /// Where that phrase stands.
    pub speaker_span: Option<(usize, usize)>,
    /// The subject the words are about when another person reports them ("Ruiz, …, “…,” Stone
    /// said": about Ruiz), as written.
    pub about: Option<String>,
    /// Where `about` stands.
    pub about_span: Option<(usize, usize)>,
    /// The attribution is carried over from the previous quote (no cue in its own sentence).
    pub floating: bool,
    /// The second part of a quote broken by its attribution ("“…,” she said, “…”").
    pub continues_previous: bool,
}

/// Fewest words for a quotation to count as a quote; shorter ones are scare quotes or terms
/// ("terrorist infrastructure").
pub(super) const MIN_WORDS: usize = 4;

/// Find the quotes of `text`.
pub fn find(text: &str) -> Vec<RawQuote> {
    let sentences = sentences::split(text);
    let mut out: Vec<RawQuote> = Vec::new();
    for (open, close) in quote_marks(text) {
        let inner = &text[open.1..close.0];
        let trimmed_end = inner.trim_end().trim_end_matches(',').trim_end();
        let lead = inner.len() - inner.trim_start().len();
        let (start, end) = (open.1 + lead, open.1 + trimmed_end.len());
        if start >= end {
            continue;
        }
        // "“Ruiz wins the runoff,” by Times' Ana Stone: …": an article's title and byline.
        let byline = inner.trim_end().ends_with(',')
            && text[close.1..]
                .trim_start()
                .strip_prefix("by ")
                .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        if byline || names_a_work(text, open.0, &text[start..end]) {
            continue;
        }
        let short = tokenize(&text[start..end]).len() < MIN_WORDS;
        let s_open = sentence_of(&sentences, open.0);
        let s_close = sentence_of(&sentences, close.0);
        let before = (s_open.start.min(open.0), open.0);
        let after = (close.1, s_close.end.max(close.1));
        // "“… today?” Miller said.": the splitter ends the sentence at the quote's own stop;
        // the attribution is the next sentence when it follows on the same line and opens
        // with the speaker or the cue.
        let next_sentence_attribution = || {
            if !text[after.0..after.1].trim().is_empty() {
                return None;
            }
            let next = sentences.iter().find(|s| s.start >= close.1)?;
            let gap = &text[close.1..next.start];
            if !gap.trim().is_empty() || gap.contains('\n') {
                return None;
            }
            // After a quotation closed by a full stop, only a short sentence is its
            // attribution ("Ruiz said."), not a new statement ("Ruiz said the buyer was …").
            let closed_by_stop = inner.trim_end().ends_with('.');
            if closed_by_stop && tokens_in(text, (next.start, next.end)).len() > 8 {
                return None;
            }
            attribution_after(text, (close.1, next.end))
                .filter(|(_, span)| span.0 <= next.start + 12)
        };
        let mut q = RawQuote {
            text: text[start..end].to_string(),
            start,
            end,
            kind: QuoteKind::Direct,
            cue: None,
            speaker: None,
            speaker_span: None,
            about: None,
            about_span: None,
            floating: false,
            continues_previous: false,
        };
        // "“…,” the judge exclaimed, “…”": the second part continues the first, whatever its
        // length.
        if let Some(prev) = out.last() {
            let between = text.get(prev.end..open.0).unwrap_or("");
            let gap = between.trim_start_matches(['\u{201d}', '"', ',', ' ']);
            // The first part closed by a comma ("“…,” the judge"), not a full stop ("“….” At the
            // same time, the aide added, “…”": a new sentence with its own attribution).
            let first_part_open = between
                .trim_start()
                .trim_start_matches(['\u{201d}', '"'])
                .starts_with(',');
            if prev.kind == QuoteKind::Direct
                && prev.speaker.is_some()
                && first_part_open
                && between.trim_end().ends_with(',')
                && gap.split_whitespace().count() <= 8
                && !between.contains(['.', '!', '?', '\n'])
            {
                q.speaker = prev.speaker.clone();
                q.speaker_span = prev.speaker_span;
                q.cue = prev.cue.clone();
                q.continues_previous = true;
                out.push(q);
                continue;
            }
        }
        if short {
            // A short quotation is a scare quote or a title ("“border trade”") unless it is
            // spoken: closed by speech punctuation and attributed right after ("“We lost,” Ruiz
            // said.").
            let spoken = inner.trim_end().ends_with([',', '.', '!', '?']);
            let attributed = spoken
                .then(|| {
                    let toks = tokens_in(text, after);
                    let cue_near = (0..toks.len().min(4)).any(|i| is_cue_at(&toks, i));
                    // Or the speaker right after the quote ("“We lost,” Ana Ruiz, a spokeswoman
                    // for the campaign, said").
                    let first = toks.first().map(|t| t.start);
                    attribution_after(text, after)
                        .filter(|(_, span)| cue_near || Some(span.0) == first)
                        .or_else(|| speaker_verb_after(text, after))
                })
                .flatten()
                .or_else(|| {
                    // Introduced right before: "The crowd chanted back, “Send them home.”"
                    let lead = text[before.0..before.1].trim_end();
                    let toks = tokens_in(text, before);
                    let n = toks.len();
                    if lead.ends_with(':') {
                        // "The rally had one message: “Dump Stone.”"
                        let cue_last = (n.saturating_sub(4)..n).any(|i| is_cue_at(&toks, i));
                        return cue_last
                            .then(|| attribution_before(text, before))
                            .flatten()
                            .or_else(|| clause_subject(&toks).map(|np| (":".to_string(), np)));
                    }
                    if !lead.ends_with(',') {
                        // Or named by the word right before it: "a sign that read “15%!”",
                        // "an ad titled “Scam.”", "she often called him “Gert.”", "mouthing
                        // “thank you”".
                        // Also past its object and an article: "calling it a “Chinese menu.”"
                        let filler = |t: &Token<'_>, words: &[&str]| words.contains(&t.text);
                        const OBJECTS: &[&str] = &["it", "him", "her", "them", "this", "that"];
                        const ARTICLES: &[&str] = &["a", "an", "the"];
                        let mut k = n.checked_sub(1)?;
                        if k >= 1 && filler(&toks[k], ARTICLES) {
                            k -= 1;
                        }
                        if k >= 1 && filler(&toks[k], OBJECTS) {
                            k -= 1;
                        }
                        let verb = &toks[k];
                        let last = toks.last()?;
                        let r = resources::get();
                        let naming = text[last.end..before.1].trim().is_empty()
                            && (matches!(verb.text, "read" | "reads" | "titled" | "named")
                                || r.characterization_verbs.contains(&verb.lower())
                                || is_cue_at(&toks, k));
                        if !naming {
                            return None;
                        }
                        return attribution_before(text, before).or_else(|| {
                            clause_subject(&toks[..k]).map(|np| (verb.text.to_string(), np))
                        });
                    }
                    let cue_last = (n.saturating_sub(4)..n).any(|i| is_cue_at(&toks, i));
                    cue_last.then(|| attribution_before(text, before)).flatten()
                })
                .or_else(|| possessive_claim_before(text, before));
            let Some((cue, span)) = attributed else {
                continue;
            };
            q.cue = Some(cue);
            q.speaker = Some(text[span.0..span.1].to_string());
            q.speaker_span = Some(span);
            out.push(q);
            continue;
        }
        let spoken = inner.trim_end().ends_with([',', '?', '!']);
        let found = attribution_after(text, after)
            .or_else(|| spoken.then(|| speaker_verb_after(text, after)).flatten())
            .or_else(next_sentence_attribution)
            .or_else(|| colon_subject(text, before))
            .or_else(|| possessive_claim_before(text, before))
            .or_else(|| attribution_before(text, before))
            .or_else(|| signed_below(text, close.1));
        match found {
            Some((cue, span)) => {
                q.cue = Some(cue);
                q.speaker = Some(text[span.0..span.1].to_string());
                q.speaker_span = Some(span);
            }
            None => {
                // An introduction ending the paragraph or sentence before: "X said:".
                if let Some((cue, span)) = introduction_before(text, &sentences, open.0)
                    .or_else(|| short_attribution_before(text, &sentences, open.0))
                    .or_else(|| verb_object(text, before))
                {
                    q.cue = Some(cue);
                    q.speaker = Some(text[span.0..span.1].to_string());
                    q.speaker_span = Some(span);
                } else if let Some(span) = first_person_subject(text, before, &q.text) {
                    q.speaker = Some(text[span.0..span.1].to_string());
                    q.speaker_span = Some(span);
                } else if let Some(prev) = out
                    .iter()
                    .rev()
                    .find(|p| p.kind == QuoteKind::Direct && p.speaker.is_some())
                {
                    // A floating quote continues the previous speaker: within two sentences, or
                    // in the next paragraph when nothing else was said in between.
                    let between = &text[prev.end.min(start)..start];
                    let gap = sentences
                        .iter()
                        .filter(|s| s.start >= prev.end && s.end <= start)
                        .count();
                    let paragraphs = between.matches("\n\n").count();
                    if gap <= 2 || (paragraphs <= 1 && gap <= 3) {
                        q.speaker = prev.speaker.clone();
                        q.speaker_span = prev.speaker_span;
                        q.cue = prev.cue.clone();
                        q.floating = true;
                    }
                }
            }
        }
        if let Some(span) = subject_before(text, before) {
            if Some(span) != q.speaker_span {
                q.about = Some(text[span.0..span.1].to_string());
                q.about_span = Some(span);
            }
        }
        out.push(q);
    }
    let reported = super::reported::find(text, &sentences, &out);
    // A quote nobody is named for, right after reported speech ("Kerry said that 100,000 would
    // be accepted.\n\n“That adds up …”"), continues that speaker.
    // So does a quote carried over from an earlier one when the reported speech came after that
    // one ("“…,” MacNab said. ¶ Coan, Santilli's attorney, argues that his client … “The
    // government is alleging …”" is Coan's).
    for i in 0..out.len() {
        let q = &out[i];
        if q.kind != QuoteKind::Direct || !(q.speaker.is_none() || q.floating) {
            continue;
        }
        let carried_from = out[..i]
            .iter()
            .rev()
            .find(|p| p.kind == QuoteKind::Direct && p.speaker.is_some())
            .map_or(0, |p| p.end);
        let Some(prev) = reported
            .iter()
            .filter(|r| r.end <= q.start && r.speaker.is_some())
            .max_by_key(|r| r.end)
            .filter(|r| q.speaker.is_none() || r.start >= carried_from)
        else {
            continue;
        };
        let q = &mut out[i];
        let gap = sentences
            .iter()
            .filter(|s| s.start >= prev.end && s.end <= q.start)
            .count();
        if gap == 0 && text[prev.end..q.start].matches("\n\n").count() <= 1 {
            q.speaker = prev.speaker.clone();
            q.speaker_span = prev.speaker_span;
            q.cue = prev.cue.clone();
            q.floating = true;
        }
    }
    // A quotation inside reported speech ("Ruiz has said that she would “cut the budget …”") is
    // that speaker's, not the one a floating quote would carry over from before.
    for q in out
        .iter_mut()
        .filter(|q| q.kind == QuoteKind::Direct && (q.speaker.is_none() || q.floating))
    {
        if let Some(r) = reported
            .iter()
            .find(|r| r.speaker.is_some() && r.start <= q.start && q.start < r.end)
        {
            q.speaker = r.speaker.clone();
            q.speaker_span = r.speaker_span;
            q.cue = r.cue.clone();
            q.floating = false;
        }
    }
    // "The senator said he rarely campaigns for others, “except for …”": a "he" or "she" that
    // opens reported content is its speaker, named right before ("said he …").
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
        let Some(span) = q.speaker_span else { continue };
        if !matches!(&text[span.0..span.1], "he" | "she" | "He" | "She") {
            continue;
        }
        if let Some(r) = reported.iter().find(|r| {
            r.start == span.0
                && r.end > q.start
                && r.speaker_span.is_some_and(|sp| {
                    !matches!(
                        &text[sp.0..sp.1],
                        "he" | "she" | "He" | "She" | "they" | "They"
                    )
                })
        }) {
            q.speaker = r.speaker.clone();
            q.speaker_span = r.speaker_span;
            q.cue = r.cue.clone();
        }
    }
    // "The governor, Ana Ruiz, said, “…”": reported content that is all one quotation has
    // given the quote its speaker above; it is the same words, so it is not a second quote.
    let mut reported = reported;
    reported.retain(|r| {
        !out.iter().any(|q| {
            let covered = q.end.min(r.end).saturating_sub(q.start.max(r.start));
            q.kind == QuoteKind::Direct && covered * 10 >= (r.end - r.start) * 9
        })
    });
    let around = partial_quote_contents(text, &sentences, &out, &reported);
    out.extend(reported);
    out.extend(around);
    out.sort_by_key(|q| q.start);
    out
}

/// "Ruiz said on Monday the plan will “cut the deficit in half”": a quotation that ends a clause
/// its attribution opens is part of that reported content, which is found here when reported
/// speech has not found it already: from after the cue to the sentence's end.
fn partial_quote_contents(
    text: &str,
    sentences: &[Sentence],
    direct: &[RawQuote],
    reported: &[RawQuote],
) -> Vec<RawQuote> {
    let mut out = Vec::new();
    for q in direct.iter().filter(|q| q.kind == QuoteKind::Direct) {
        let (Some(span), Some(cue)) = (q.speaker_span, q.cue.as_deref()) else {
            continue;
        };
        let s = sentence_of(sentences, q.start);
        if span.1 > q.start || span.0 < s.start || q.continues_previous || q.floating {
            continue;
        }
        if reported
            .iter()
            .any(|r| r.start <= q.start && q.start < r.end)
        {
            continue;
        }
        let toks = tokens_in(text, (span.1, q.start));
        let Some(v) = toks.iter().position(|t| t.text == cue) else {
            continue;
        };
        let mut c = v + 1;
        if toks.get(c).is_some_and(|t| t.text == "that") {
            c += 1;
        }
        // At least three words of the clause before the quotation opens, not a modifier of
        // the cue ("said during an interview on “State of the Union”") …
        let clause_before = toks.len().saturating_sub(c) >= 3
            && toks[c..].iter().all(|t| t.joined)
            && !PREPOSITIONS.contains(&toks[c].text);
        // … or three after it closes, the clause running on past the quotation ("acknowledged
        // “it will be very hard for us to win” if he continues to lose").
        let close = text[q.end..]
            .char_indices()
            .find(|&(_, ch)| matches!(ch, '"' | '\u{201d}'))
            .map_or(q.end, |(i, ch)| q.end + i + ch.len_utf8());
        let after = tokens_in(text, (close, s.end.max(close)));
        let clause_after = close < s.end
            && after.len() >= 3
            && !text[close..after[0].start].contains(',')
            && !is_cue_at(&after, 0);
        let start = if clause_before {
            toks[c].start
        } else if clause_after {
            // From the opening mark.
            text[..q.start].rfind(['"', '\u{201c}']).unwrap_or(q.start)
        } else {
            continue;
        };
        let body = text[start..s.end.max(q.end)].trim_end_matches(['.', ' ', ',', ';', '\n']);
        out.push(RawQuote {
            text: body.to_string(),
            start,
            end: start + body.len(),
            kind: QuoteKind::Reported,
            cue: q.cue.clone(),
            speaker: q.speaker.clone(),
            speaker_span: q.speaker_span,
            about: None,
            about_span: None,
            floating: false,
            continues_previous: false,
        });
    }
    out
}

/// A title-cased quotation (opening at byte `open`) that names a work rather than quoting
/// anyone: after a noun for a work ("her memoir, “Hard Choices”", "the movie “Harbor”") or
/// after "on" and the broadcaster it was said on ("said on ABC's “This Week”", "host of
/// MSNBC’s “Morning Joe”"), or after a broadcaster's possessive ("CNBC's “Secret Lives …”").
fn names_a_work(text: &str, open: usize, inner: &str) -> bool {
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // Short function words may stay lower case ("Tough Choices", "A Time for Truth").
    let title_cased = (1..=12).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() <= 3
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
    if !title_cased {
        return false;
    }
    let line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
    // The words before the quotation mark, nearest first.
    let lead: Vec<&str> = text[line_start..open]
        .split_whitespace()
        .rev()
        .take(4)
        .collect();
    let Some(last) = lead.first() else {
        return false;
    };
    if resources::get()
        .work_title_nouns
        .contains(&last.trim_end_matches(',').to_lowercase())
    {
        return true;
    }
    // A broadcaster's possessive right before: an acronym ("MSNBC's “The Rachel Maddow Show”",
    // "was CNBC's “Secret Lives …”") or a channel ("Fox News channel’s “Sunday Morning …”").
    let possessor = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .unwrap_or("");
    if (possessor.len() >= 2 && possessor.chars().all(|c| c.is_ascii_uppercase()))
        || matches!(possessor, "channel" | "Channel" | "network" | "Network")
    {
        return true;
    }
    for (i, word) in lead.iter().enumerate().take(3) {
        if word.eq_ignore_ascii_case("on") || (*word == "of" && lead.get(i + 1) == Some(&"host")) {
            return true;
        }
        // Only a broadcaster's name stands between "on" and the title ("ABC News's").
        if !word.starts_with(char::is_uppercase) || word.ends_with(',') {
            return false;
        }
    }
    false
}

fn sentence_of(sentences: &[Sentence], at: usize) -> Sentence {
    sentences
        .iter()
        .find(|s| s.start <= at && at < s.end.max(s.start + 1))
        .copied()
        .unwrap_or(Sentence { start: at, end: at })
}

/// Pairs of (opening mark range, closing mark range), paragraph by paragraph. Besides straight
/// and curly marks, the typewriter convention of some wire archives counts: two apostrophes
/// (`''`) for a straight mark and two backticks for an opening one.
fn quote_marks(text: &str) -> Vec<((usize, usize), (usize, usize))> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, char)> = None;
    // A quotation open around the one in `open`, in the other kind of mark ("… stated: \"The
    // department isn't about “Equal Justice” anymore.\""): it resumes when the inner one closes.
    let mut outer: Option<(usize, usize, char)> = None;
    let bytes = text.as_bytes();
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        let doubled = matches!(c, '\'' | '`') && bytes.get(i + 1) == Some(&(c as u8));
        let (c, len) = match (c, doubled) {
            ('\'', true) => ('"', 2),
            ('`', true) => ('\u{201c}', 2),
            _ => (c, c.len_utf8()),
        };
        skip_to = i + len;
        let range = (i, i + len);
        match c {
            '\n' if text[i..].starts_with("\n\n") => {
                // A quote running over paragraphs leaves its mark open and reopens the next
                // paragraph: the paragraph's part ends at the break.
                outer = None;
                if let Some((s, e, _)) = open.take() {
                    let next = text[i..].trim_start();
                    if next.starts_with(['\u{201c}', '"']) || next.starts_with("''") {
                        out.push(((s, e), (i, i)));
                    }
                }
            }
            '\u{201c}' | '\u{201e}' => {
                let closes_word = text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| !p.is_whitespace() && !"([—–-:".contains(p));
                match open {
                    // "… for her here,“": an opening mark typed where the closing one belongs.
                    Some((s, e, _)) if closes_word => {
                        out.push(((s, e), range));
                        open = outer.take();
                    }
                    Some(straight @ (_, _, '"')) if outer.is_none() => {
                        outer = Some(straight);
                        open = Some((range.0, range.1, c));
                    }
                    _ => open = Some((range.0, range.1, c)),
                }
            }
            '\u{201d}' => match open.take() {
                Some((s, e, _)) => {
                    out.push(((s, e), range));
                    open = outer.take();
                }
                // "posted ”Sorry …”": a closing mark typed where the opening one belongs.
                None => {
                    let prev = text[..i].chars().next_back();
                    let next = text[i + len..].chars().next();
                    if prev.is_none_or(|p| p.is_whitespace() || p == ':')
                        && next.is_some_and(char::is_alphanumeric)
                    {
                        open = Some((range.0, range.1, '\u{201c}'));
                    }
                }
            },
            '"' => match open {
                Some((s, e, '"' | '\u{201c}')) if len == 2 || text[s..e] == *"\"" => {
                    out.push(((s, e), range));
                    open = outer.take();
                }
                // "“So I was disappointed.\"": a curly quote closed by a straight mark that
                // ends a word.
                Some((s, e, '\u{201c}'))
                    if text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|p| !p.is_whitespace()) =>
                {
                    out.push(((s, e), range));
                    open = outer.take();
                }
                _ => {
                    // A straight mark opens a quote when it does not close a word.
                    let prev = text[..i].chars().next_back();
                    if prev.is_none_or(|p| p.is_whitespace() || "([—–-:".contains(p)) {
                        open = Some((range.0, range.1, '"'));
                    }
                }
            },
            _ => {}
        }
    }
    // A quotation inside another is part of its words, not one of its own.
    out.sort_by_key(|(o, _)| o.0);
    let mut kept: Vec<((usize, usize), (usize, usize))> = Vec::with_capacity(out.len());
    for pair in out {
        if kept.last().is_none_or(|k| k.1 .1 < pair.1 .1) {
            kept.push(pair);
        }
    }
    kept
}

#[cfg(test)]
mod tests;
