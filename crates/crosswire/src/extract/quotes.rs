//! Quotes in one article: direct quotes (straight or curly marks, attribution before, after or
//! around them, quotes that float after an attributed one) and reported speech ("X said that …"),
//! each with its cue verb and the phrase that names its speaker. Resolving that phrase to a story
//! entity (names, pronouns, roles, "the statement") is `reconcile::quotes`' job.

use super::sentences::{self, Sentence};
use super::tokens::{after_title_stop, title_stop_between, tokenize, Token};
use crate::resources;

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
        if byline {
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

/// A speech verb used as a verb: not after a determiner ("the disputed border").
pub(super) fn is_cue_at(toks: &[Token<'_>], i: usize) -> bool {
    // "Said Comey, “…”": a capitalised verb opening an inverted attribution.
    let inverted = i == 0
        && toks[i].is_capitalised()
        && toks.get(1).is_some_and(|n| n.joined && n.is_capitalised())
        && resources::get().speech_verbs.contains(&toks[i].lower());
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
    let before_that_only = resources::get()
        .cue_verbs_before_that
        .contains(toks[i].text)
        && toks.get(i + 1).is_none_or(|n| n.text != "that");
    (is_speech_verb(&toks[i])
        || inverted
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
                "the" | "a" | "an" | "The" | "A" | "An" | "its" | "their" | "of"
            ))
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
fn is_bare_form(lower: &str) -> bool {
    !lower.ends_with('s')
        && !lower.ends_with("ed")
        && !lower.ends_with("ing")
        && !resources::get().irregular_pasts.contains(lower)
}

/// "notes", "claims", "replies": the "-s" form of a speech verb whose bare form is mostly a noun
/// (`data/speech_verbs_also_nouns.txt`).
fn is_plural_of_noun_like_verb(word: &str) -> bool {
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

fn is_speech_verb(t: &Token<'_>) -> bool {
    // Lower case only: "States" in "United States" is a name, not a verb.
    t.text.chars().next().is_some_and(char::is_lowercase)
        && resources::get().speech_verbs.contains(t.text)
}

/// Tokens inside a byte range.
pub(super) fn tokens_in(text: &str, range: (usize, usize)) -> Vec<Token<'_>> {
    let mut toks: Vec<Token<'_>> = super::tokens::tokenize_range(text, range.0, range.1)
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
const PHRASE_GLUE: &[&str] = &[
    "the", "a", "an", "and", "of", "its", "his", "her", "their", "those", "these", "our",
];
/// Auxiliaries between a speaker and the verb ("Ruiz has said").
pub(super) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "also", "later", "earlier", "then", "will", "would",
    "can", "could", "may", "might", "should", "must", "did", "does", "do", "not", "never", "once",
    "often", "already", "still", "again", "first", "only", "just", "even",
];

/// Finite forms of "be", "have" and "do" and the modals: a word that, right after a name, makes
/// the name a clause's subject ("Stone will win").
pub(super) const FINITE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
    "might", "should", "must", "did", "does", "do",
];

/// An auxiliary, modal or adverb between a subject and its verb ("has repeatedly said").
pub(super) fn is_auxiliary(t: &Token<'_>) -> bool {
    AUXILIARIES.contains(&t.text)
        || (t.text.len() > 4 && t.text.ends_with("ly") && !t.is_capitalised())
        || t.text.ends_with("n't")
        || t.text.ends_with("n\u{2019}t")
}

/// A lower-case function word ("what", "during", "has"): never part of a speaker phrase. Nouns
/// that name speakers ("statement", "officials") are not function words even where the
/// clustering stop list has them.
pub(super) fn is_function_word(t: &Token<'_>) -> bool {
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
pub(super) fn is_contracted_pronoun(lower: &str) -> bool {
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
pub(super) fn is_opening_word(t: &Token<'_>) -> bool {
    let lower = t.lower();
    t.is_capitalised()
        && (PREPOSITIONS.contains(&lower.as_str())
            || OPENING_WORDS.contains(&lower.as_str())
            || resources::get().sentence_adverbs.contains(&lower))
}

/// The speaker phrase ending right before token `v` (joined words back to punctuation, a
/// function word or another verb): "Foreign Minister Ana Ruiz", "the Indian commander",
/// "Indian military sources".
pub(super) fn phrase_before(toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
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
        let determiner = |i: usize| {
            matches!(
                toks[i].text,
                "of" | "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
        };
        let noun_form = s >= 2
            && (determiner(s - 2)
                || (s >= 3
                    && determiner(s - 3)
                    && toks[s - 2].joined
                    && !toks[s - 2].is_capitalised()
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
            ));
        // "new" is in the function-word list but is an adjective in a phrase ("the new report").
        if (is_function_word(t) && !glue && t.text != "new" && !quantifier)
            || is_opening_word(t)
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
        let possessor = s > 0
            && toks[s - 1].possessive
            && (toks[s - 1].is_capitalised()
                || (s > 1
                    && toks[s - 1].joined
                    && matches!(
                        toks[s - 2].lower().as_str(),
                        "the" | "a" | "his" | "her" | "their"
                    )));
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
const MODIFIER_PREPOSITIONS: &[&str] = &["in", "at", "for", "from", "on", "inside", "near"];

/// Where a time adverbial standing just before `end` ("on Friday", "Tuesday morning",
/// "yesterday") starts, or `end` itself when there is none or it is not joined to what precedes.
fn before_time_adverbial(toks: &[Token<'_>], end: usize) -> usize {
    let r = resources::get();
    let weekday = |t: &Token<'_>| t.text.len() > 3 && r.weekdays.contains_key(t.lower().as_str());
    let mut s = end;
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
    let subject = toks
        .get(s.wrapping_sub(1))
        .is_some_and(|t| t.is_capitalised() || matches!(t.text, "he" | "she" | "they" | "we"));
    if s == end || s == 0 || !toks[s].joined || !subject {
        return end;
    }
    s
}

/// The subject opening a clause: its first personal pronoun or name ("Eight years ago, he …",
/// "Sharpton left …"), within its first words, past an opening phrase ([`main_clause_start`]).
pub(super) fn clause_subject(toks: &[Token<'_>]) -> Option<(usize, usize)> {
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
pub(super) fn main_clause_start(toks: &[Token<'_>]) -> usize {
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
pub(super) fn phrase_after(text: &str, toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
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

/// A quotation closing its paragraph and signed on the next line: "“…”\n\n—Ana Ruiz, Ohio".
fn signed_below(text: &str, at: usize) -> Option<(String, (usize, usize))> {
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
fn colon_subject(text: &str, before: (usize, usize)) -> Option<(String, (usize, usize))> {
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
const CLAIM_REACH: usize = 16;

/// "Comey's conclusion that her actions were “extremely careless”", "Stone's controversial
/// pledge to be “neutral”": a quotation in the clause of a noun of saying (`claim_nouns`) is the
/// words of the name in the possessive before that noun, whoever the sentence's subject is
/// ("Ruiz blamed the media for Stone's claim that …"), when no speech verb stands between.
fn possessive_claim_before(text: &str, before: (usize, usize)) -> Option<(String, (usize, usize))> {
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
fn verb_object(text: &str, before: (usize, usize)) -> Option<(String, (usize, usize))> {
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
fn short_attribution_before(
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
fn introduction_before(
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
fn first_person_subject(text: &str, before: (usize, usize), quote: &str) -> Option<(usize, usize)> {
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

fn looks_like_a_person(phrase: &str) -> bool {
    phrase.split_whitespace().count() >= 2
}

/// Attribution after a quote: ", Stone said", ", said Stone", ", according to the readouts",
/// ", including …, Colonel Eva Stone alleged".
fn attribution_after(text: &str, range: (usize, usize)) -> Option<(String, (usize, usize))> {
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
fn speaker_verb_after(text: &str, range: (usize, usize)) -> Option<(String, (usize, usize))> {
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

/// "…, his top aide, Tom Hale, told the paper": the name set off by commas right before cue `v`
/// (capitalised words only, at most five).
pub(super) fn name_between_commas(
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
const MAX_DESCRIPTION_WORDS: usize = 10;

/// "…, while Ana Ruiz, the former governor, proposed …": the capitalised name before a
/// description (opening with a determiner or a possessive) set off by commas before cue `v`,
/// wherever the clause starts.
pub(super) fn name_before_description(
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
fn apposed_name(text: &str, toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
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

/// Attribution before a quote: "the Indian military officers said: “…”", "X said that … “…”".
fn attribution_before(text: &str, range: (usize, usize)) -> Option<(String, (usize, usize))> {
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
            if let Some(np) = super::reported::subject_past_relative_clause(&toks, i)
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

/// Whether the phrase `np` right before a participle cue ("… in April explaining", "hold banners
/// proclaiming", "issued a statement saying") is its speaker; `before` are the tokens before the
/// cue. It must name someone (a person, a pronoun, a role, a document), and be neither a time
/// ("in April") nor a verb's object: a phrase after a preposition ("an email to supporters", but
/// "with Ruiz calling for …" makes Ruiz the one calling) or
/// one opened by a lower-case past-tense verb ("issued a statement", "placed national newspaper
/// ads") is what someone did; the speaker is that verb's subject.
pub(super) fn names_participle_speaker(
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

/// The subject opening the sentence before a quote ("Ruiz, in both phone calls, “…”"), or a
/// pronoun right before it ("during which he “emphasized …”").
fn subject_before(text: &str, range: (usize, usize)) -> Option<(usize, usize)> {
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

/// Adverbs standing inside a verb group ("has always said", "had long maintained").
const VERB_GROUP_ADVERBS: &[&str] = &[
    "always", "long", "never", "also", "already", "often", "still", "just", "once", "now", "even",
    "ever", "again", "then", "soon",
];

/// Words of a time phrase opening a sentence ("Earlier this week, …", "Hours later, …").
const TIME_WORDS: &[&str] = &[
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
pub(super) const PREPOSITIONS: &[&str] = &[
    "at", "in", "during", "to", "with", "by", "from", "after", "before", "while", "into",
    "through", "via", "without", "under", "outside",
];

/// Words besides [`PREPOSITIONS`] that open a phrase before a sentence's main clause ("On
/// Monday, …", "Despite …", "When …").
const OPENING_WORDS: &[&str] = &[
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
pub(super) const ADDRESSEE_VERBS: &[&str] = &[
    "told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded", "warned", "urged",
];

/// A phrase's last word, lower-cased: the head of a noun phrase.
fn head_word(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase()
}

/// A phrase that can be a speaker: it has a name, or its head is a person or role noun.
pub(super) fn names_someone(phrase: &str) -> bool {
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
}

/// A phrase whose last word is a month or a weekday ("in April", "last Tuesday").
pub(super) fn is_time_word(phrase: &str) -> bool {
    let r = resources::get();
    let head = head_word(phrase);
    r.months.contains_key(&head) || r.weekdays.contains_key(&head)
}

/// Looser than [`names_someone`], for the phrase next to a cue right beside a quote: any phrase
/// ending in a noun ("the campaign"), never in a function word ("along the").
pub(super) fn speaker_like(phrase: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn direct(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        find(text)
            .into_iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .map(|q| (q.text, q.speaker, q.cue))
            .collect()
    }

    #[test]
    fn a_first_person_quotation_a_sentence_runs_into_is_its_subjects() {
        let q = direct("Ana Ruiz's campaign lost after \u{201c}a closed primary, something I never liked, where independents cannot vote.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"));
        assert_eq!(q[0].2, None);
        let q = direct(
            "She blamed the defeat on \u{201c}a closed primary, something we never liked.\u{201d}",
        );
        assert_eq!(q[0].1.as_deref(), Some("She"));
        // Not in the first person: the words may be anyone's (a slogan, a report's phrase).
        let q = direct("Ana Ruiz's campaign lost after \u{201c}a closed primary, which many voters never liked at all.\u{201d}");
        assert_eq!(q[0].1, None);
    }

    #[test]
    fn a_phrase_after_a_preposition_modifies_the_speaker_before_it() {
        let q = direct("\u{201c}Will he be the next attorney general?\u{201d} a senior staffer in the room wondered.");
        assert_eq!(q[0].1.as_deref(), Some("a senior staffer"), "{q:?}");
        // "in the past" after a relative pronoun: no speaker phrase at all, not "the past".
        let q = direct("Ruiz, who has in the past described the mayor as \u{201c}a man without any plan for the town,\u{201d} spoke first.");
        assert_ne!(q[0].1.as_deref(), Some("the past"), "{q:?}");
        // A participle and its phrase modify the speaker too.
        assert_eq!(
            speaker_phrase_of("Another intelligence source speaking to Fox News said"),
            "Another intelligence source"
        );
        // A span of time counted back stands between speaker and verb.
        assert_eq!(
            speaker_phrase_of("The State Department less than two weeks ago said"),
            "The State Department"
        );
        // A month's abbreviation and its day stay inside the phrase they date; an adverb of
        // the verb group may stand before the day of the week.
        assert_eq!(
            speaker_phrase_of("The Republican nominee for the Nov. 8 election later said"),
            "The Republican nominee"
        );
        assert_eq!(
            speaker_phrase_of("Ana Ruiz later Thursday told"),
            "Ana Ruiz"
        );
        // In a share ("four in 10") the preposition modifies nothing before it.
        assert_eq!(
            speaker_phrase_of("About four in 10 voters say"),
            "10 voters"
        );
    }

    /// The phrase `phrase_before` finds before the last word of `text`.
    fn speaker_phrase_of(text: &str) -> String {
        let toks = tokens_in(text, (0, text.len()));
        phrase_before(&toks, toks.len() - 1)
            .map(|(s, e)| text[s..e].to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_state_after_a_town_is_no_name_between_commas() {
        let text = "Ruiz, during a meeting in Columbus, Ohio, said";
        let toks = tokens_in(text, (0, text.len()));
        assert_eq!(name_between_commas(text, &toks, toks.len() - 1), None);
        let text = "The mayor, Ana Ruiz, said";
        let toks = tokens_in(text, (0, text.len()));
        assert!(name_between_commas(text, &toks, toks.len() - 1).is_some());
    }

    #[test]
    fn a_bare_form_after_a_and_one_word_is_a_noun_not_a_cue() {
        // Not "a similar" (the phrase before "challenge").
        let q = direct("In rejecting a similar challenge to the law, the court ruled against the move \u{2014} \u{201c}so that all officials know once and for all what the rule means.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("the court"), "{q:?}");
        let q = direct("A senior aide said on Monday: \u{201c}We will not accept the terms of the deal.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("A senior aide"));
        // A capitalised word between does not make the noun a verb ("a Twitter comment").
        let q = direct("Ana Ruiz posted a Twitter comment of her own, saying, \u{201c}We are so excited to meet our new neighbours!\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    }

    #[test]
    fn attribution_in_every_order() {
        let q = direct("\u{201c}We will not back down from this,\u{201d} Foreign Minister Ana Ruiz said on Monday.");
        assert_eq!(
            q[0],
            (
                "We will not back down from this".into(),
                Some("Foreign Minister Ana Ruiz".into()),
                Some("said".into())
            )
        );
        let q = direct("\"The talks will resume next week,\" said Ruiz.");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
        let q = direct(
            "\u{201c}We call on both sides to stop the fighting now,\u{201d} the statement said.",
        );
        assert_eq!(q[0].1.as_deref(), Some("the statement"));
        let q = direct(
            "The officers said: \u{201c}The army reiterated its commitment to calm.\u{201d}",
        );
        assert_eq!(q[0].1.as_deref(), Some("The officers"));
        let q = direct(
            "He \u{201c}urged both sides to find ways to talk,\u{201d} according to the readout.",
        );
        assert_eq!(
            (q[0].1.as_deref(), q[0].2.as_deref()),
            (Some("the readout"), Some("according to"))
        );
        let q = direct("Rebels \u{201c}attacked the convoy near the border crossing,\u{201d} including trucks, Colonel Eva Stone alleged.");
        assert_eq!(q[0].1.as_deref(), Some("Colonel Eva Stone"));
        // A time between the speaker and the verb is not the speaker.
        let q = direct(
            "Governor Ana Ruiz on Friday said, \u{201c}We will rebuild every school.\u{201d}",
        );
        assert_eq!(q[0].1.as_deref(), Some("Governor Ana Ruiz"));
        let q = direct("Ruiz Tuesday morning said, \u{201c}We will rebuild every school.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
        // A passive of perception belongs to the verb group of a participle.
        let q = direct("\u{201c}Should there be a register of every visitor here?\u{201d} a reporter can be heard asking the mayor.");
        assert_eq!(q[0].1.as_deref(), Some("a reporter"));
    }

    #[test]
    fn a_dateline_with_its_agency_is_not_the_subject() {
        let text = "Washington (AFP) \u{2013} Senator Ana Ruiz has taken a swipe at her rival, saying that \u{201c}loud comments do more harm than good.\u{201d}";
        let q = find(text);
        assert!(!q.is_empty(), "{q:?}");
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() == Some("Senator Ana Ruiz")),
            "{q:?}"
        );
    }

    #[test]
    fn sentence_subjects_past_roles_places_and_titles() {
        let subject = |text: &str| {
            sentence_subject(text, (0, text.len())).map(|(s, e)| text[s..e].to_string())
        };
        assert_eq!(
            subject("Republican presidential candidate Ana Ruiz is spending the day in Ohio.")
                .as_deref(),
            Some("Republican presidential candidate Ana Ruiz")
        );
        assert_eq!(
            subject("Speaking at a town hall in Salem, New Hampshire, Ruiz went after Stone.")
                .as_deref(),
            Some("Ruiz")
        );
        assert_eq!(
            subject("Mr. Kopachko, the pollster, said Mr. Stone had a plan.").as_deref(),
            Some("Kopachko")
        );
        // A verb between two names is no role: the subject is the first name.
        assert_eq!(subject("Ruiz beat Stone in Ohio.").as_deref(), Some("Ruiz"));
        assert_eq!(
            subject("Former US secretary of state Ana Ruiz, a party member, fanned controversy over her remark.").as_deref(),
            Some("Former US secretary of state Ana Ruiz")
        );
        // An opening preposition is no subject.
        assert_ne!(
            subject("Across town, Ruiz is knocking on doors.").as_deref(),
            Some("Across")
        );
    }

    #[test]
    fn days_adverbs_and_prepositions_are_no_speakers() {
        let speakers = |text: &str| -> Vec<Option<String>> {
            find(text).into_iter().map(|q| q.speaker).collect()
        };
        for (text, who) in [
            ("Ana Ruiz, who has been feuding with party leaders this week, on Friday described her intent to lead a \u{201c}big tent party for every voter.\u{201d}", "Ana Ruiz"),
            ("Immediately after the attacks, Ruiz issued a statement, \u{201c}Last night, our nation was attacked by terrorists.\u{201d}", "Ruiz"),
            ("Here in Columbia, Ruiz stepped up her emphasis on justice, saying, \u{201c}We have got to achieve the day when people walk safely.\u{201d}", "Ruiz"),
            ("Sen. Ana Ruiz of Florida, who spoke in the debate, mused that the rival was \u{201c}disqualified from being the commander in chief.\u{201d}", "Sen. Ana Ruiz of Florida"),
            ("Amid responses from some readers, columnist Tom Hale provided a justification, saying it is necessary to \u{201c}identify the traitors and remember their names.\u{201d}", "Tom Hale"),
        ] {
            let found = speakers(text);
            assert!(!found.is_empty(), "{text}");
            assert!(
                found.iter().all(|s| s.as_deref() == Some(who)),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_name_set_off_after_its_description_is_the_speaker() {
        for text in [
            "\u{201c}We will win this state and the next one,\u{201d} her top strategist, Tom Hale, said on Sunday.",
            "Her personal lawyer, Tom E. Hale, wrote that such a request was \u{201c}futile and could not succeed.\u{201d}",
        ] {
            let q = find(text);
            assert!(!q.is_empty(), "{text}");
            assert!(
                q.iter()
                    .all(|q| q.speaker.as_deref().is_some_and(|s| s.starts_with("Tom"))),
                "{q:?}"
            );
        }
    }

    #[test]
    fn as_someone_put_it_attributes_the_quote() {
        let text = "At the time, as prosecutor Marc Vidal put it, \u{201c}there was not much to complain about in the strict terms of the law.\u{201d}";
        let q = find(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].speaker.as_deref(),
            Some("prosecutor Marc Vidal"),
            "{q:?}"
        );
        assert_eq!(q[0].cue.as_deref(), Some("put it"));
    }

    #[test]
    fn attributions_beyond_speech_verbs() {
        // A verb whose form is also a plural noun, closing the attribution after a name.
        let q =
            direct("\"Look at the statement the mayor put out after the storm,\" Conway notes.");
        assert_eq!(q[0].1.as_deref(), Some("Conway"), "{q:?}");
        // A document's words are read.
        let q = direct("\u{201c}If she wants to lead the city, the mayor should act like it,\u{201d} the editorial read.");
        assert_eq!(q[0].1.as_deref(), Some("the editorial"), "{q:?}");
        // A colon after the subject and its verb, a few words into the clause.
        let q = direct("17-year-old Jared Potts echoed:\n\n\u{201c}He speaks his mind, and that is what the town needs.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Jared Potts"), "{q:?}");
        let q = direct("As Ana Ruiz, the party's whip, put it: \"This person will not be confirmed this year.\"");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
        // Phrases that run past a function word.
        let q = direct("\"There will not be a path for the rival to succeed,\" said one of those advisers, who asked not to be named.");
        assert_eq!(q[0].1.as_deref(), Some("one of those advisers"), "{q:?}");
        let q = direct("\"The drop we see now is directly due to the emails,\" said a person close to the campaign.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("a person close to the campaign"),
            "{q:?}"
        );
    }

    #[test]
    fn speakers_with_labels_ages_roles_and_questions() {
        let q = direct("\u{201c}There is tremendous energy in a whole new generation,\u{201d} Rep. Ana Ruiz (D-Ore.) said.");
        assert_eq!(q[0].1.as_deref(), Some("Rep. Ana Ruiz"), "{q:?}");
        let q = direct("\u{201c}What if the mayor had elocution lessons?\u{201d} the 43-year-old asked in the description.");
        assert_eq!(q[0].1.as_deref(), Some("the 43-year-old"), "{q:?}");
        let q =
            direct("\"Is this what the party has come to now?\" asked Bennett, now a radio host.");
        assert_eq!(q[0].1.as_deref(), Some("Bennett"), "{q:?}");
        let q = direct("At the rally, the secretary of state said she was \"not only here to do my job\" but also to back her candidate.");
        assert_eq!(q[0].1.as_deref(), Some("the secretary of state"), "{q:?}");
        let q = direct("\"Thanks, Clarkston, for welcoming these families,\" said master of ceremonies Ana Ruiz, an engineer.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("master of ceremonies Ana Ruiz"),
            "{q:?}"
        );
    }

    #[test]
    fn a_quotation_ending_a_reported_clause_is_part_of_it() {
        let all = find("Ana Ruiz promised Sunday at a Las Vegas rally to end \u{201c}the excessively wasteful deportation regime.\u{201d}");
        let rep = all
            .iter()
            .find(|q| q.kind == QuoteKind::Reported)
            .expect("reported");
        assert!(
            rep.text.starts_with("Sunday at a Las Vegas rally to end"),
            "{all:?}"
        );
        assert_eq!(rep.speaker.as_deref(), Some("Ana Ruiz"));
        // A clause running on past the quotation.
        let all = find("Ana Ruiz acknowledged in a forum on Monday night \"it will be very hard for us to win\" if she keeps losing in the south.");
        let rep = all
            .iter()
            .find(|q| q.kind == QuoteKind::Reported)
            .expect("reported");
        assert!(
            rep.text.ends_with("if she keeps losing in the south"),
            "{all:?}"
        );
        // A modifier of the cue is not content.
        let all = find("\u{201c}Of course we will release the records,\u{201d} Ruiz said during an interview on \u{201c}State of the Union\u{201d} on Sunday.");
        assert!(all.iter().all(|q| q.kind == QuoteKind::Direct), "{all:?}");
    }

    #[test]
    fn short_quotations_named_or_exclaimed() {
        let q = direct("Ana Ruiz hoisted a sign that read \u{201c}15%!\u{201d} at the rally.");
        assert_eq!(q.len(), 1, "{q:?}");
        let q = direct("\u{201c}This is fantastic!\u{201d} beamed Donald Hartley of Madison.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("Donald Hartley of Madison"),
            "{q:?}"
        );
        let q = direct("\"Nooooo!\" the crowd cried out, booing.");
        assert_eq!(q[0].1.as_deref(), Some("the crowd"), "{q:?}");
        let q = direct("The rally had one message: \"Dump Stone.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        let q =
            direct("He waved the sign around, mouthing \u{201c}thank you\u{201d} to the crowd.");
        assert_eq!(q.len(), 1, "{q:?}");
        // A scare quote after an ordinary word is no one's words.
        assert!(direct("The plan is a \u{201c}border deal\u{201d} in all but name.").is_empty());
    }

    #[test]
    fn a_quotation_as_a_verbs_object_is_the_subjects() {
        let q = direct("\"We are done here for today,\" said Dan Stone. Ruiz, co-founder of the institute, welcomed \"the recognition that we do not have all the tools we need.\"");
        assert_eq!(q[1].1.as_deref(), Some("Ruiz"), "{q:?}");
    }

    #[test]
    fn a_short_sentence_introduces_the_quote_after_it() {
        let q = direct("\"We are done,\" said Dan Stone. Professor Ana Ruiz agreed. \"Mainstream voters are running out of time to find an alternative.\"");
        assert_eq!(q[1].1.as_deref(), Some("Professor Ana Ruiz"), "{q:?}");
        let q = direct("\"We are done,\" said Dan Stone. Ana Ruiz, the party's spokeswoman, said in a statement. \"There are no paper ballots to count again.\"");
        assert_eq!(q[1].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
        // A longer sentence is not an introduction: the quote continues the last speaker.
        let q = direct("\"We are done,\" said Dan Stone. Professor Ana Ruiz agreed with him on the budget and many other things. \"Mainstream voters are running out of time.\"");
        assert_eq!(q[1].1.as_deref(), Some("Dan Stone"), "{q:?}");
    }

    #[test]
    fn a_quotation_inside_reported_speech_is_its_speakers() {
        let q = direct("\u{201c}We will win the state,\u{201d} Dan Stone said. Sen. Ana Ruiz has said that she would \"cut the budget by half. I do not know if the agencies can survive.\"");
        let inner = q
            .iter()
            .find(|x| x.0.starts_with("cut the budget"))
            .unwrap();
        assert_eq!(inner.1.as_deref(), Some("Sen. Ana Ruiz"), "{q:?}");
    }

    #[test]
    fn a_quote_after_reported_speech_is_that_speakers_not_an_earlier_ones() {
        let q = direct("\u{201c}The movement was ready,\u{201d} Dan Stone said.\n\nLee, the defendant's attorney, argues that his client never urged violence. \u{201c}The government is alleging things he never said.\u{201d}");
        let later = q
            .iter()
            .find(|x| x.0.starts_with("The government"))
            .unwrap();
        assert_eq!(later.1.as_deref(), Some("Lee"), "{q:?}");
        // With nothing reported in between, the earlier speaker goes on.
        let q = direct("\u{201c}The movement was ready,\u{201d} Dan Stone said. The trial opens today. \u{201c}We will see what the jury makes of all the evidence.\u{201d}");
        assert_eq!(q[1].1.as_deref(), Some("Dan Stone"), "{q:?}");
    }

    #[test]
    fn quotes_broken_by_attribution_and_over_paragraphs() {
        let all = find("\u{201c}Everything you said and everything I said,\u{201d} the judge exclaimed, \u{201c}has overlapped.\u{201d}");
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[1].continues_previous);
        assert_eq!(all[1].speaker.as_deref(), Some("the judge"));
        let all = find("Ruiz said: \u{201c}The first part of what I have to say runs on.\n\n\u{201c}And the second part ends here.\u{201d}");
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].text, "The first part of what I have to say runs on.");
        assert_eq!(all[1].speaker.as_deref(), Some("Ruiz"));
    }

    #[test]
    fn floating_quotes_and_scare_quotes() {
        let q = direct("The army \u{201c}is moving troops to the front,\u{201d} the commander said. \u{201c}Our forces remain ready for any attack.\u{201d} Talks on \u{201c}border trade\u{201d} stalled.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].1.as_deref(), Some("the commander"));
    }

    #[test]
    fn mismatched_quotation_marks_still_pair() {
        // Curly open, straight close.
        let q = direct("\u{201c}I was hoping to see more of that,\u{201d} Ruiz said. \u{201c}So I was disappointed when he spoke.\" The rally ended.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].0, "So I was disappointed when he spoke.");
        // An opening mark typed for the closing one, and the other way round.
        let q = direct("\u{201c}That could create new problems for her here,\u{201c} Ruiz said.");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"), "{q:?}");
        let q = direct("Hale posted \u{201d}Sorry Ana, you should have said so sooner!!\u{201d}");
        assert_eq!(
            q[0].0, "Sorry Ana, you should have said so sooner!!",
            "{q:?}"
        );
    }

    #[test]
    fn a_cue_word_after_in_or_with_is_a_noun() {
        let text = "She answered with claims that the count was wrong, in saying so.";
        let toks = tokenize(text);
        let at = |w: &str| toks.iter().position(|t| t.text == w).unwrap();
        assert!(!is_cue_at(&toks, at("claims")));
        assert!(is_cue_at(&toks, at("saying")));
    }

    #[test]
    fn before_a_participle_the_speaker_is_who_did_what_the_phrase_says() {
        // What someone did (a verb and its object) is not who spoke: the clause's subject is.
        let q = direct("At the time, she released a statement saying, \u{201c}The company has been a trusted partner for years and we look forward to more.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("she"), "{q:?}");
        // An object after a preposition is not the speaker either; a possessive description
        // opens the clause.
        let q = direct("Even before Ruiz took the stage, his campaign sent out a text message to supporters saying: \u{201c}With your help, we were just declared the winner tonight!\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("his campaign"), "{q:?}");
        // "with X -ing": X is the one speaking.
        let q = direct("The parties split, with Ruiz calling for \u{201c}a complete halt to all new permits until we know more\u{201d} on Monday.");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"), "{q:?}");
        // "“…,” said X, adding that “…”": the earlier attribution's speaker follows its cue.
        let q = direct("\u{201c}It is not new in Virginia,\u{201d} said Rep. Ana Ruiz at the time, adding that \u{201c}we have been electing such candidates for a long time.\u{201d}");
        assert_eq!(q[1].1.as_deref(), Some("Rep. Ana Ruiz"), "{q:?}");
    }

    #[test]
    fn introductions_by_a_dash_a_source_or_a_characterising_verb() {
        // A name set off by a dash before the colon.
        let q = direct("The economy has mattered more than expected - Ana Ruiz: \u{201c}Two weeks ago, his strongest ground had been the South. Now it is the North.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
        // "From <source>:".
        let q = direct("Not all panels are equal. From the report: \u{201c}In general, samples with more careful weighting produced more accurate results.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("the report"), "{q:?}");
        // A verb that characterises, right before the quotation.
        let q = direct("In the capital, Mayor Ana Ruiz released a statement condemning \u{201c}what appears to be a cowardly attack on families at the market.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Mayor Ana Ruiz"), "{q:?}");
    }

    #[test]
    fn a_pronoun_opening_reported_content_is_its_speaker() {
        let q = direct("The longtime senator said he rarely asks others to campaign for him, \u{201c}except for people I am very close to. And I am not close to him.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("The longtime senator"), "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("said"), "{q:?}");
    }

    #[test]
    fn speakers_the_cue_lists_do_not_name() {
        // A verb no list holds, after a spoken quote.
        let q = direct("\u{201c}France will always be France,\u{201d} an angry Ruiz retaliated.");
        assert_eq!(q[0].1.as_deref(), Some("an angry Ruiz"), "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("retaliated"));
        let q =
            direct("\u{201c}They want it all for free,\u{201d} Bennett shot back with a laugh.");
        assert_eq!(q[0].1.as_deref(), Some("Bennett"), "{q:?}");
        // Not after a quote closed by a full stop: that verb is the next sentence's.
        let q = direct("He called it \u{201c}a fair deal for all of us.\u{201d} Stone objected.");
        assert_ne!(q[0].1.as_deref(), Some("Stone"), "{q:?}");
        // A possessor is part of the speaker.
        let q =
            direct("\u{201c}The suit is meritless,\u{201d} Rep. Ana Ruiz\u{2019}s office said.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("Rep. Ana Ruiz\u{2019}s office"),
            "{q:?}"
        );
        // An opening participle or adverb is not the subject.
        let q = direct("Speaking at a rally in Salem, Stone went after Ruiz, calling him \u{201c}a total stiff and a loser.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Stone"), "{q:?}");
        // A speaker after the cue that opens with a number word.
        let q = direct("\u{201c}One of my criteria was whether they support him,\u{201d} said one district party leader.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("one district party leader"),
            "{q:?}"
        );
        // A short spoken quote whose speaker stands right after it, with an apposition.
        let q = direct("\u{201c}They\u{2019}d be wrong,\u{201d} Tom Hale, a spokesman for Ruiz, said in an interview.");
        assert_eq!(q[0].1.as_deref(), Some("Tom Hale"), "{q:?}");
        // An opening phrase before the subject and its apposition.
        let q = direct("Of the plan, Hale, who has given money to Ruiz, said, \u{201c}It is flat-out scary to me.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Hale"), "{q:?}");
        // "A person familiar with …" is the person; a description opening the clause is the
        // subject of a participle.
        let q = direct(
            "A person familiar with the talks said, \u{201c}The deal will close this week.\u{201d}",
        );
        assert_eq!(q[0].1.as_deref(), Some("A person"), "{q:?}");
        let q = direct("The town released a statement about Ruiz on Wednesday, saying \u{201c}the city has made progress this year.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("The town"), "{q:?}");
        // A statement introduced by its issuer's sentence.
        let q = direct("In response to the attack, Governor Ana Ruiz issued the following statement:\n\n\u{201c}Our prayers are with all those affected tonight.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Governor Ana Ruiz"), "{q:?}");
        // A title's stop inside a subject set off by commas; a comma after a short place name
        // is no title's stop.
        let q =
            direct("Gov. Ana Ruiz, said, \u{201c}I am getting ready to win this state.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Gov. Ana Ruiz"), "{q:?}");
        let q = direct(
            "After winning Ohio, Ana Ruiz said, \u{201c}We will go on to the convention.\u{201d}",
        );
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
        // The subject of a participle: a description opening with a number word; past a
        // speech verb's form used as a noun ("his home state").
        let q = direct("Hundreds of demonstrators marched through Center City on Monday, chanting \u{201c}No deal, no vote, no way,\u{201d} as the talks went on.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("Hundreds of demonstrators"),
            "{q:?}"
        );
        let q = direct("Ana Ruiz, celebrating a victory in her home state of Oregon, is pledging to \u{201c}win many hundreds of delegates\u{201d} next week.");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
    }

    #[test]
    fn a_quote_is_not_also_reported_speech() {
        // The quotation alone after "said" is the direct quote, not also reported content.
        let all = find(
            "The governor, Ana Ruiz, said, \u{201c}I am getting ready to win this state.\u{201d}",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].kind, QuoteKind::Direct);
        assert_eq!(all[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn about_and_reported_speech() {
        let all = find("Ruiz, in both calls, \u{201c}stressed the need for calm and restraint,\u{201d} Stone said. Local officials said that the bridge would reopen next month.");
        assert_eq!(all[0].about.as_deref(), Some("Ruiz"));
        assert_eq!(all[0].speaker.as_deref(), Some("Stone"));
        let rep = all.iter().find(|q| q.kind == QuoteKind::Reported).unwrap();
        assert_eq!(rep.speaker.as_deref(), Some("Local officials"));
        assert_eq!(rep.text, "the bridge would reopen next month");
    }

    #[test]
    fn a_quotation_after_a_full_stop_has_its_own_attribution() {
        let q = direct("Ana Ruiz said, \u{201c}We will certainly try to reach more voters.\u{201d} At the same time, the aide added, \u{201c}the endorsements did not do much good.\u{201d}");
        assert_eq!(q[1].1.as_deref(), Some("the aide"));
        // A first part closed by a comma is continued.
        let q = direct("\u{201c}We will certainly try to reach more voters,\u{201d} Ana Ruiz said, \u{201c}and we will win the state.\u{201d}");
        assert_eq!(q[1].1.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_description_runs_on_to_the_name_it_is_known_as() {
        let q = direct("\u{201c}There never was an order to stand down,\u{201d} said the station chief known as Bob, speaking for the first time.");
        assert_eq!(q[0].1.as_deref(), Some("the station chief known as Bob"));
    }

    #[test]
    fn a_verb_form_after_a_possessive_is_a_noun() {
        let text = "a source familiar with Ruiz\u{2019}s thinking";
        let toks = tokens_in(text, (0, text.len()));
        assert!(!is_cue_at(&toks, toks.len() - 1));
        let text = "a source familiar with it, thinking";
        let toks = tokens_in(text, (0, text.len()));
        assert!(is_cue_at(&toks, toks.len() - 1));
    }

    #[test]
    fn a_verb_joined_after_the_quotation_takes_no_object_as_speaker() {
        let q = direct("Ruiz thanked the volunteers \u{201c}for all of their work this year\u{201d} and called Harbor Relief \u{201c}the best partner we ever had.\u{201d}");
        assert!(q
            .iter()
            .all(|(_, speaker, _)| speaker.as_deref() != Some("Harbor Relief")));
    }

    #[test]
    fn a_quotation_in_a_possessive_claim_is_the_possessors() {
        let q = direct("Gov. Ana Ruiz blamed the media for making an issue out of Tom Stone\u{2019}s claim that the mayor \u{201c}founded the cartel,\u{201d} on Thursday.");
        assert_eq!(q[0].1.as_deref(), Some("Tom Stone"));
        let q = direct(
            "The talks go beyond Stone's controversial pledge to be \"neutral\" during the vote.",
        );
        assert_eq!(q[0].1.as_deref(), Some("Stone"));
        // Without a noun of saying the short quotation stays a scare quote.
        assert!(direct(
            "The talks go beyond Stone's controversial plan to be \"neutral\" during the vote."
        )
        .is_empty());
    }

    #[test]
    fn a_subject_across_a_relative_clause_or_an_opening_clause() {
        let q = direct("While Ruiz has condemned the plan, the groups who wrote to her on Thursday say they are \u{201c}concerned your campaign is sending mixed messages about it.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("the groups"));
        let q = direct("But almost immediately after she did, Tom Stone, who was an adviser to the mayor, tweeted this: \"She did it again and I will say it again, it is misleading.\"");
        assert_eq!(q[0].1.as_deref(), Some("Tom Stone"));
    }

    #[test]
    fn a_participle_joined_to_an_earlier_one_has_its_speaker() {
        let q = direct("Republicans were quick to chime in, with Ana Ruiz tweeting that it was a \"disaster\" for Stone and asking, \"How can someone with such bad judgement be our next mayor?\"");
        assert_eq!(q.last().unwrap().1.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_speaker_after_the_cue_may_open_with_a_possessive() {
        let q = direct("\u{201c}We are going to start chipping away at the lead,\u{201d} said his campaign manager Tom Stone.");
        assert_eq!(q[0].1.as_deref(), Some("his campaign manager Tom Stone"));
    }

    #[test]
    fn an_outer_quotation_holds_an_inner_one_of_the_other_mark() {
        let q = direct("Dr. Ruiz stated:\n\n\"The department isn\u{2019}t about \u{201c}Equal Justice Under Law\u{201d} anymore. It is about the vision of the mayor.\"");
        assert_eq!(q.len(), 1);
        assert!(q[0].0.starts_with("The department"));
        assert_eq!(q[0].1.as_deref(), Some("Dr. Ruiz"));
    }

    #[test]
    fn a_name_before_its_description_and_a_verb_joined_to_the_first_cue() {
        let q = direct("Gov. Tom Stone on Monday signed an order to block the plan, while Ana Ruiz, the former governor, proposed we \"wake up and smell the coffee\" and more.");
        assert_eq!(q[0].1.as_deref(), Some("Ana Ruiz"));
        let q = direct("In a wide-ranging, in-prison interview with journalist Tom Stone last year, Ruiz said he welcomed extradition and added, \"I will plead guilty, no problem.\"");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
    }

    #[test]
    fn before_a_participle_a_past_verbs_subject_is_the_speaker() {
        let q = direct("Harbor Relief issued a statement saying it took the action \"because of the unsafe conditions created for our communities.\"");
        assert_eq!(q[0].1.as_deref(), Some("Harbor Relief"));
    }

    #[test]
    fn a_naming_verb_past_its_object_and_a_document_that_reads() {
        let q = direct("Party members were irritated about the lack of detail, with Sen. Ana Ruiz calling it a \u{201c}Chinese menu.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Sen. Ana Ruiz"));
        let q = direct("\u{201c}There are invertebrates that have shown more spine than the mayor,\u{201d} reads a Wednesday editorial in The Harbor Courier.");
        assert_eq!(q[0].1.as_deref(), Some("a Wednesday editorial"));
    }

    #[test]
    fn a_capitalised_preposition_is_no_subject() {
        let q = direct("Amid what the New York Times called a \u{201c}rough week\u{201d} for Stone, the polls moved.");
        assert_eq!(q[0].1.as_deref(), Some("the New York Times"));
    }

    #[test]
    fn a_verb_thanking_for_a_quotation_and_a_statement_put_out() {
        let q = direct("Stone thanked him for \u{201c}stepping up and taking action when the council would not.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Stone"));
        let q = direct("It has become such a presence that Ruiz during a Sunday thanked its members \u{201c}for their support in my campaign\u{201d} at length.");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
        let q = direct("His office put out a statement saying the city \u{201c}does not have the capacity to properly vet every incoming request.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("His office"));
    }

    #[test]
    fn an_inverted_cue_set_off_by_a_comma_before_the_quotation() {
        let q = direct("Because of how the party crafted the calendar, explained Ruiz, \u{201c}with this thing being over by mid-March, we will be fine with it.\u{201d}");
        assert_eq!(q[0].1.as_deref(), Some("Ruiz"));
        assert_eq!(q[0].2.as_deref(), Some("explained"));
    }

    #[test]
    fn a_possessive_does_not_end_an_opening_phrase() {
        let q = direct("When told Lee was in the mayor's Cabinet and in the running for a bigger job, Stone thought for a moment and said that in the current climate, \"I think it is kind of an advantage not to be a celebrity.\"");
        assert_eq!(q[0].1.as_deref(), Some("Stone"));
    }

    #[test]
    fn a_speaker_after_the_cue_runs_through_a_quoted_title() {
        let q = direct("\u{201c}If we want young voters to support us, we have to engage them and show our sincerity,\u{201d} wrote the authors of the \u{201c}Harbor Renewal Project,\u{201d} giving an example.");
        assert_eq!(
            q[0].1.as_deref(),
            Some("the authors of the \u{201c}Harbor Renewal Project")
        );
    }
}
