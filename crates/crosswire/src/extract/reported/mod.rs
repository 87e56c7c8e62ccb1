//! Reported speech: what someone said, thought or found, without (or beyond) quotation marks.
//!
//! News attributes in a handful of orders, and this module reads each of them sentence by
//! sentence, with the cue verbs of `data/speech_verbs.txt`:
//! - speaker first: "<speaker> said (that) <content>", also across an apposition ("Ana Ruiz, a
//!   professor at the university, said …") and after "and" ("… and said …");
//! - content first: "<content>, <speaker> said." / ", said <speaker>." / ", according to …";
//! - "According to <source>, <content>.";
//! - a participle continuing an attribution: "…, adding that <content>";
//! - a question: "Asked whether <content>, …";
//! - findings: "<a poll / the study> shows|found <content>" (`data/evidence_*.txt`);
//! - a poll's shares: "Six in 10 say <content>", "56 percent would vote for <content>"
//!   (`data/poll_verbs.txt`);
//! - a headline "<Name>: <content>".
//!
//! The content is the clause as written, so a partial quotation inside it ("X called the plan
//! “a disaster”") is found with its context. A sentence whose content is itself a direct quote
//! is left to the direct quote (see `quotes`).
//!
//! This file reads a sentence's cues in turn (`in_sentence`, with a `SentenceReader` that tries
//! one method per pattern at each token); the parts it calls on:
//! - `content`: where a content starts (past "that", an addressee, a time) and ends;
//! - `subjects`: who speaks, across relative clauses, appositions, brackets and dashes;
//! - `frames`: attributions that frame the whole sentence ("As … reported,", a closing
//!   "according to");
//! - `polls`: a poll's shares;
//! - `headlines`: headlines naming a speaker.

use super::quotes::{
    clause_subject, head_word, is_auxiliary, is_cue_at, is_time_word, main_clause_start,
    name_before_description, name_between_commas, names_participle_speaker, names_someone,
    phrase_after, phrase_before, tokens_in, QuoteKind, RawQuote, ADDRESSEE_VERBS,
    FINITE_AUXILIARIES, MIN_WORDS, TIME_NOUNS,
};
use super::sentences::Sentence;
use super::tokens::Token;
use crate::resources;

mod content;
mod frames;
mod headlines;
mod polls;
mod subjects;

use content::{
    content_after, content_end, is_time_token, main_clause_after_gerund, modified_phrase_end,
    object_end, opening_clause_end, opening_phrase_end, skip_that, through_quoted_name, BE_FORMS,
    DETERMINERS, OBJECT_PRONOUNS, SUBORDINATORS, VERB_MARKERS,
};
use frames::{
    as_reported, closing_according_to, closing_attribution, expectation, view_of_someone,
};
use headlines::headlines;
use polls::{in_poll, poll_shares};
pub(super) use subjects::subject_past_relative_clause;
use subjects::{
    apposition_subject, bracketed_subject, opening_gerund_subject, relative_subject, source_after,
    speaker_ok, with_title,
};

/// One attribution inside a sentence: cue, speaker span, content byte range.
struct Found {
    cue: String,
    speaker: Option<(usize, usize)>,
    content: (usize, usize),
}

/// Most words an attribution may leave after itself for the content before it to count
/// ("…, she said on Monday at a rally in the capital.").
const MAX_TAIL: usize = 8;

/// After the verb at `v`, an object and then a noun phrase naming it: "it a tax", "him a
/// socialist", "Stone her friend", "the incident a reason for …". The object is a pronoun, a
/// name of up to four words or a determined noun phrase of up to four words; the name given
/// opens with an article or a possessive.
fn named_object_then_name(toks: &[Token<'_>], v: usize) -> bool {
    const OBJECTS: &[&str] = &[
        "it",
        "him",
        "her",
        "them",
        "this",
        "himself",
        "herself",
        "themselves",
    ];
    const OPENERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];
    let Some(first) = toks.get(v + 1).filter(|n| n.joined) else {
        return false;
    };
    // ("her fallen son her hero": "her" opening a noun phrase.)
    let possessive_her = first.text == "her"
        && toks
            .get(v + 2)
            .is_some_and(|n| n.joined && !OPENERS.contains(&n.text));
    let object_end = if OBJECTS.contains(&first.text) && !possessive_her {
        Some(v + 1)
    } else if first.is_capitalised() {
        (v + 1..toks.len().min(v + 5))
            .take_while(|&k| toks[k].joined && toks[k].is_capitalised())
            .last()
    } else if matches!(
        first.text,
        "the" | "his" | "her" | "their" | "its" | "this" | "that"
    ) {
        (v + 2..toks.len().min(v + 6))
            .take_while(|&k| {
                toks[k].joined
                    && !OPENERS.contains(&toks[k].text)
                    && !super::quotes::is_function_word(&toks[k])
            })
            .last()
    } else {
        None
    };
    object_end.is_some_and(|e| {
        toks.get(e + 1)
            .is_some_and(|n| n.joined && OPENERS.contains(&n.text))
    })
}

/// Whether a speaker closes the sentence after a comma from token `from` on ("…, Ruiz said."):
/// the sentence is then that speaker's, and the content-first attribution finds it.
fn speaker_closes_after(text: &str, toks: &[Token<'_>], from: usize) -> bool {
    (from..toks.len()).any(|j| {
        is_cue_at(toks, j)
            && phrase_before(toks, j).is_some_and(|np| {
                text[..np.0].trim_end().ends_with(',') && speaker_ok(&text[np.0..np.1])
            })
    })
}

/// Whether a subject phrase can hold a position: a name, a person or a noun of people that
/// speak ("developers", "investors"; `data/speaker_nouns.txt`).
fn holds_views(phrase: &str) -> bool {
    names_someone(phrase) || resources::get().speaker_nouns.contains(&head_word(phrase))
}

/// Participles that continue an attribution with more content (", adding that …").
fn is_continuing_participle(t: &Token<'_>) -> bool {
    t.text.ends_with("ing") && is_cue_at(std::slice::from_ref(t), 0)
}

/// A sentence that quotes a few words inside its own clause ("portraying Mexican immigrants as
/// “rapists”", "his promise of “free college”") attributes them: the content runs from the word
/// after the nearest verb of saying or characterising before the quotation to the sentence's end,
/// and the speaker is that clause's subject.
fn around_partial_quote(text: &str, s: &Sentence, toks: &[Token<'_>]) -> Option<Found> {
    let r = resources::get();
    let sentence = &text[s.start..s.end];
    let open = sentence.find(['\u{201c}', '"'])?;
    let open_at = s.start + open;
    // A quoted title ("The View", "Saturday Night Live") names a work, not words someone said.
    let mark_len = sentence[open..].chars().next().map_or(1, char::len_utf8);
    let inner = &sentence[open + mark_len..];
    let close = inner.find(['\u{201d}', '"']).unwrap_or(inner.len());
    let quoted = &inner[..close];
    let words: Vec<&str> = quoted.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let title = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()));
    // A quotation that opens the sentence is a direct quote's business.
    let q = toks.iter().position(|t| t.start >= open_at)?;
    if q < 2 {
        return None;
    }
    let verb = (q.saturating_sub(12)..q)
        .rev()
        .find(|&i| {
            let lower = toks[i].lower();
            r.speech_verbs.contains(&lower)
                || r.characterization_verbs.contains(&lower)
                || r.stance_verbs.contains(&lower)
                || r.claim_nouns.contains(&lower)
        })
        .or_else(|| {
            // "identified the judge as “Spanish,”", "known as “issue ownership”": any verb
            // that casts something as the quoted words.
            let mut a = q - 1;
            if matches!(toks[a].text, "a" | "an" | "the") && a > 0 {
                a -= 1;
            }
            (toks[a].text == "as")
                .then(|| {
                    (a.saturating_sub(6)..a).rev().find(|&i| {
                        let t = &toks[i];
                        !t.is_capitalised()
                            && !super::quotes::is_function_word(t)
                            && (t.text.ends_with("ed") || t.text.ends_with("es"))
                    })
                })
                .flatten()
        })?;
    // A quoted title ("said on “Meet the Press”") names a work, unless a verb of saying
    // governs it from close by, with no preposition between ("denounced the “Neighbours For
    // Growth” movement", "called it “Crooked Stone”").
    let markup = sentence[..open].ends_with('=')
        || !words
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_alphabetic()));
    if markup {
        return None;
    }
    if title
        && (q - verb > 3
            || toks[verb + 1..q].iter().any(|t| {
                super::quotes::PREPOSITIONS.contains(&t.text) || matches!(t.text, "of" | "on")
            }))
    {
        return None;
    }
    let content_start = toks.get(verb + 1)?.start;
    Some(Found {
        cue: toks[verb].text.to_string(),
        speaker: super::quotes::clause_subject(&toks[..verb]),
        content: (content_start, s.end),
    })
}

/// Find the reported speech of `text`, given its sentences and its direct quotes.
pub(super) fn find(text: &str, sentences: &[Sentence], direct: &[RawQuote]) -> Vec<RawQuote> {
    let mut out = Vec::new();
    for s in sentences {
        let quotes: Vec<&RawQuote> = direct
            .iter()
            .filter(|q| q.start < s.end && s.start < q.end)
            .collect();
        let toks = tokens_in(text, (s.start, s.end));
        if toks.len() < 3 {
            continue;
        }
        let mut found = in_sentence(text, s, &toks, &quotes);
        // A sentence whose quotations have no attribution of their own (none, or carried over
        // from an earlier quote) may still attribute them around a verb.
        if quotes.iter().all(|q| q.speaker.is_none() || q.floating) {
            // Unless a content found already reaches past its start (holds or follows it).
            if let Some(f) = around_partial_quote(text, s, &toks) {
                if !found.iter().any(|g| g.content.1 > f.content.0) {
                    found.push(f);
                }
            }
        }
        for f in found {
            // (Every rule ends a content after its start; an empty one is dropped.)
            let Some(body) = text.get(f.content.0..f.content.1) else {
                continue;
            };
            let body = body.trim_end_matches(['.', ' ', ',', ';']);
            let body = body.trim_start();
            // "…, Ruiz reports: http://…": a link is not what was said.
            let link = !body.contains(char::is_whitespace)
                && (body.starts_with("http") || body.starts_with("www."));
            if body.is_empty() || link {
                continue;
            }
            let start = f.content.0
                + (text[f.content.0..f.content.1].len()
                    - text[f.content.0..f.content.1].trim_start().len());
            out.push(RawQuote {
                text: body.to_string(),
                start,
                end: start + body.len(),
                kind: QuoteKind::Reported,
                cue: Some(f.cue),
                speaker: f.speaker.map(|sp| text[sp.0..sp.1].to_string()),
                speaker_span: f.speaker,
                about: None,
                about_span: None,
                floating: false,
                continues_previous: false,
            });
        }
    }
    let turns = headlines(text, &out, direct);
    // Inside a transcript's turn, what the speaker says of themselves ("I think …") is the
    // turn's own words.
    out.retain(|q| {
        !turns.iter().any(|turn| {
            turn.cue.as_deref() == Some(":")
                && turn.start <= q.start
                && q.end <= turn.end
                && q.speaker
                    .as_deref()
                    .is_some_and(|sp| matches!(sp, "I" | "we" | "We"))
        })
    });
    out.extend(turns);
    out
}

/// What reading a sentence does after the pattern at one token.
enum Flow {
    /// Read on from this token.
    At(usize),
    /// The sentence is done.
    Stop,
}

/// Whether a content range is a direct quote's: a quote covers most of it, or it starts inside
/// a quote (a sentence break inside the quotation).
fn covers_direct(quotes: &[&RawQuote], start: usize, end: usize) -> bool {
    let words = (end.saturating_sub(start)).max(1);
    quotes.iter().any(|q| {
        let covered = q.end.min(end).saturating_sub(q.start.max(start));
        (q.start < start && start < q.end) || (q.start <= start + 3 && covered * 10 >= words * 7)
    })
}

/// What stands before a comma set inside a closing quotation mark ("… did not find “ties,”"),
/// the mark and the comma left off.
fn before_comma_in_closing_quote(s: &str) -> Option<&str> {
    s.strip_suffix("''")
        .or_else(|| s.strip_suffix(['"', '\u{201d}']))?
        .strip_suffix(',')
}

/// Whether a token stands inside a direct quote.
fn in_quote(quotes: &[&RawQuote], t: &Token<'_>) -> bool {
    quotes.iter().any(|q| q.start <= t.start && t.end <= q.end)
}

/// Reading one sentence's cues in turn: the patterns tried at each token, and what they have
/// found so far.
struct SentenceReader<'a> {
    text: &'a str,
    s: &'a Sentence,
    toks: &'a [Token<'a>],
    quotes: &'a [&'a RawQuote],
    /// Whether the sentence quotes any words ("called Stone “unhinged”").
    quoted: bool,
    found: Vec<Found>,
    /// Where the next content-first attribution's content may start.
    clause_start: usize,
    /// The speaker of the last attribution read, for a participle that continues it.
    last_speaker: Option<(usize, usize)>,
    /// Where reading resumed after a content cut short, with that content's speaker: the
    /// subject of a main clause whose verb comes after a relative clause ("Ruiz, who said …,
    /// added …").
    resumed_after: Option<(usize, (usize, usize))>,
    /// Claims nobody in the sentence owns ("amid complaints that …"): kept only where nothing
    /// else reads their words.
    unowned: Vec<Found>,
}

/// "Ruiz began by talking about …", "answered while criticizing …": a participle after a
/// preposition or subordinator has the subject of the clause it is part of.
fn subject_of_adverbial_participle(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
) -> Option<(usize, usize)> {
    let t = &toks[v];
    (v > 1
        && t.joined
        && t.text.ends_with("ing")
        && matches!(
            toks[v - 1].text,
            "by" | "while" | "when" | "after" | "before" | "without"
        ))
    .then(|| clause_subject(&toks[..v - 1]))
    .flatten()
    .filter(|np| names_someone(&text[np.0..np.1]))
}

impl SentenceReader<'_> {
    /// The subject recorded for a verb group starting where reading resumed
    /// ([`SentenceReader::resumed_after`]), for the verb at `v`.
    fn resumed_subject(&self, v: usize) -> Option<(usize, usize)> {
        let toks = self.toks;
        let mut w = v;
        while w > 0 && toks[w].joined && is_auxiliary(&toks[w - 1]) {
            w -= 1;
        }
        self.resumed_after
            .filter(|&(k, _)| k == w)
            .map(|(_, subject)| subject)
    }

    /// "called Stone “unhinged”": naming verbs count when the sentence quotes the words, and
    /// "described" also when "as" follows its object ("described the country as beset by …").
    fn naming_ok(&self, v: usize) -> bool {
        let t = &self.toks[v];
        let described_as = t.text == "described"
            && self.toks[v + 1..]
                .iter()
                .take(7)
                .take_while(|x| x.joined)
                .any(|x| x.text == "as");
        // "Ruiz described a day at home": with a named subject, what was described.
        let described_by_someone = matches!(t.text, "described" | "describes")
            && t.joined
            && phrase_before(self.toks, v).is_some_and(|np| names_someone(&self.text[np.0..np.1]));
        // ("called out Stone for …": a phrasal cue, not a name given.)
        let called_out = t.text == "called"
            && self
                .toks
                .get(v + 1)
                .is_some_and(|n| n.joined && n.text == "out");
        self.quoted
            || described_as
            || described_by_someone
            || called_out
            || !matches!(t.text, "called" | "described" | "continued")
    }

    /// "According to <source>, <content>" and "<content>, according to <source>".
    fn according_to(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        // "According to <source>, <content>" / "<content>, according to <source>".
        if lower == "according" && toks.get(v + 1).is_some_and(|n| n.text == "to") {
            let np = source_after(text, toks, v + 1, s.end);
            let lead = text[self.clause_start..t.start].trim();
            // "That’s according to a count by the AP.": what "that" stands for, said before.
            let pointer = ["That’s", "That's", "This is", "That is", "This’s"]
                .iter()
                .find(|p| lead == **p);
            if let (Some(p), Some(np)) = (pointer, np) {
                let word = p.split(['’', '\'', ' ']).next().unwrap_or("");
                let start = self.clause_start + text[self.clause_start..].find(word).unwrap_or(0);
                self.found.push(Found {
                    cue: "according to".into(),
                    speaker: Some(np),
                    content: (start, start + word.len()),
                });
                return Some(Flow::Stop);
            }
            if lead.is_empty() || lead.split_whitespace().count() <= 1 {
                // Leading: the content follows the source's comma.
                if let Some(np) = np {
                    if let Some(c) = toks.iter().position(|x| x.start >= np.1) {
                        if !covers_direct(quotes, toks[c].start, s.end)
                            && toks.len() - c >= MIN_WORDS - 1
                        {
                            self.found.push(Found {
                                cue: "according to".into(),
                                speaker: Some(np),
                                content: (toks[c].start, s.end),
                            });
                        }
                    }
                }
                return Some(Flow::Stop);
            }
            if let Some(head) = text[self.clause_start..t.start]
                .trim_end()
                .strip_suffix(',')
            {
                let end = self.clause_start + head.len();
                // "In addition, according to the department, nine million …": the content is
                // what follows.
                let after_source = np.map_or(t.end, |n| n.1);
                let tail = text[after_source..s.end].trim_start();
                if tail.starts_with(',')
                    && tokens_in(text, (self.clause_start, end)).len() < MIN_WORDS
                {
                    if let Some(c) = toks.iter().position(|x| x.start > after_source) {
                        if toks.len() - c >= MIN_WORDS
                            && !covers_direct(quotes, toks[c].start, s.end)
                        {
                            self.found.push(Found {
                                cue: "according to".into(),
                                speaker: np,
                                content: (toks[c].start, s.end),
                            });
                        }
                    }
                    return Some(Flow::Stop);
                }
                // "At the heart of it, according to Ruiz, was a decision …": the attribution set
                // off inside the sentence, whose content runs on past it.
                let runs_on = tail.starts_with(',')
                    && tokens_in(text, (after_source, s.end)).len() >= MIN_WORDS;
                let content_end = if runs_on { s.end } else { end };
                if !covers_direct(quotes, self.clause_start, content_end) {
                    self.found.push(Found {
                        cue: "according to".into(),
                        speaker: np,
                        content: (self.clause_start, content_end),
                    });
                }
                if runs_on {
                    return Some(Flow::Stop);
                }
                self.last_speaker = np;
                self.clause_start = np.map_or(t.end, |n| n.1);
            } else if let Some(np) = np.filter(|np| {
                // "Ruiz leads by 271 delegates according to a count by the AP.": with no comma,
                // a source that names someone and closes the sentence.
                names_someone(&text[np.0..np.1])
                    && text[np.1..s.end]
                        .trim_matches(|c: char| c == '.' || c.is_whitespace())
                        .is_empty()
            }) {
                // (A quotation closing right before is the direct quote's attribution.)
                let head = text[self.clause_start..t.start].trim_end();
                if tokens_in(text, (self.clause_start, t.start)).len() >= MIN_WORDS
                    && !head.ends_with(['"', '\u{201d}', '\''])
                    && !covers_direct(quotes, self.clause_start, t.start)
                {
                    self.found.push(Found {
                        cue: "according to".into(),
                        speaker: Some(np),
                        content: (self.clause_start, text[..t.start].trim_end().len()),
                    });
                }
                return Some(Flow::Stop);
            }
            return Some(Flow::At(v + 2));
        }
        None
    }

    /// A noun of saying after its speaker's possessive ("his warning that …").
    fn claim_noun(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        let r = resources::get();
        // "his warning that …", "Obama's claim that …": a noun of saying after its speaker's
        // possessive; the content runs to the sentence's end.
        if v > 0
            && r.claim_nouns.contains(lower)
            && toks
                .get(v + 1)
                .is_some_and(|n| n.text == "that" && n.joined)
            // (A possessive "'s" leaves the next word unjoined.)
            && (t.joined || toks[v - 1].possessive)
        {
            // The possessor may stand before a few adjectives ("Ruiz's recent evidence-free
            // claim that …").
            let is_possessor =
                |p: &Token<'_>| matches!(p.text, "his" | "her" | "their" | "its") || p.possessive;
            let p = (v.saturating_sub(4)..v)
                .rev()
                .take_while(|&i| {
                    let between = &toks[i + 1];
                    i + 1 == v
                        || (!between.is_capitalised()
                            && !super::quotes::is_function_word(between)
                            && (between.joined || toks[i].possessive))
                })
                .map(|i| &toks[i])
                .find(|p| is_possessor(p))
                .unwrap_or(&toks[v - 1]);
            let possessor = is_possessor(p);
            let content_start = toks.get(v + 2).map(|c| c.start);
            // "Stone's accusation that …, Ruiz said.": the sentence is someone else's, and the
            // content-first attribution below finds it.
            if let (true, Some(start), false) = (
                possessor,
                content_start,
                speaker_closes_after(text, toks, v + 3),
            ) {
                if toks.len() - (v + 2) >= MIN_WORDS && !covers_direct(quotes, start, s.end) {
                    self.found.push(Found {
                        cue: t.text.to_string(),
                        speaker: Some((p.start, p.end)),
                        content: (start, s.end),
                    });
                    self.last_speaker = Some((p.start, p.end));
                    self.clause_start = s.end;
                    return Some(Flow::At(v + 2));
                }
            }
        }
        None
    }

    /// A noun of saying that nobody in the sentence owns ("amid complaints that …", "the
    /// assumption that …"): the clause is still what was claimed. Read after the cues, so that
    /// a verb governing the noun ("defend the view that …") keeps its speaker.
    fn unowned_claim(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        let r = resources::get();
        if v == 0
            || !t.joined
            || !r.claim_nouns.contains(lower)
            || !toks
                .get(v + 1)
                .is_some_and(|n| n.text == "that" && n.joined)
        {
            return None;
        }
        let start = toks.get(v + 2)?.start;
        // Not a relative clause: "a claim that originated in …", "…, a charge that Ruiz has
        // denied".
        let relative = toks.get(v + 2).is_some_and(|n| {
            !n.is_capitalised() && (FINITE_AUXILIARIES.contains(&n.text) || n.text.ends_with("ed"))
        }) || (matches!(toks[v - 1].text, "a" | "an") && !toks[v - 1].joined);
        // The sentence's subject ("The warning that the river would rise came too late"):
        // where its clause ends is the main verb's business, not read here.
        // (A determiner and at most one adjective before the noun.)
        let subject = v <= 2
            && DETERMINERS.contains(&toks[0].lower().as_str())
            && (v == 1
                || (!toks[1].is_capitalised() && !super::quotes::is_function_word(&toks[1])));
        let within_found = self
            .found
            .iter()
            .chain(&self.unowned)
            .any(|f| f.content.0 <= t.start && t.end <= f.content.1);
        if relative
            || subject
            || within_found
            || speaker_closes_after(text, toks, v + 3)
            || toks.len() - (v + 2) < MIN_WORDS
            || covers_direct(quotes, start, s.end)
        {
            return None;
        }
        let end = opening_phrase_end(text, toks, v + 2, &|t| in_quote(quotes, t)).unwrap_or(s.end);
        self.unowned.push(Found {
            cue: t.text.to_string(),
            speaker: None,
            content: (start, end),
        });
        Some(Flow::At(v + 2))
    }

    /// A question as content ("Asked whether …, she said").
    fn question(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let (text, s, toks) = (self.text, self.s, self.toks);
        let t = &toks[v];
        // "Asked whether …, she said": the question is the content.
        // Also past a short modifier: "Asked specifically what …", "Asked by a reporter
        // whether …", "Asked on Monday to respond to …".
        let question = matches!(lower, "asked" | "asking")
            .then(|| {
                (v + 1..toks.len().min(v + 8))
                    .take_while(|&i| i == v + 1 || toks[i].joined)
                    .find(|&i| {
                        matches!(
                            toks[i].text,
                            "whether"
                                | "if"
                                | "why"
                                | "how"
                                | "what"
                                | "who"
                                | "whom"
                                | "which"
                                | "when"
                                | "where"
                                | "about"
                        ) || (toks[i].text == "to"
                            && i > v + 1
                            // Not "…,” she asked, according to a transcript.".
                            && toks[v + 1].joined
                            && toks.get(i + 1).is_some_and(|n| {
                                n.joined && !n.is_capitalised() && !n.text.ends_with('s')
                            }))
                    })
            })
            .flatten();
        if let Some(q) = question {
            let from = toks[q].start;
            // To the first comma, unless a relative clause follows it ("whether candidates
            // supported the act, which would …").
            let mut to = text[from..s.end].find(',').map_or(s.end, |i| from + i);
            let relative = text[to..s.end]
                .trim_start_matches([',', ' '])
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "which" | "who" | "whose"));
            if relative && to < s.end {
                to = s.end;
            }
            // ("Asked about Stone," is a question too.)
            let fewest = if toks[q].text == "about" { 2 } else { 3 };
            if tokens_in(text, (from, to)).len() >= fewest {
                self.found.push(Found {
                    cue: t.text.to_string(),
                    speaker: phrase_before(toks, v).filter(|np| names_someone(&text[np.0..np.1])),
                    content: (from, to),
                });
            }
            return Some(Flow::At(q + 1));
        }
        None
    }

    /// A finding ("the poll shows …", "a review by the paper found …").
    fn finding(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let (s, toks, quotes) = (self.s, self.toks, self.quotes);
        let t = &toks[v];
        let r = resources::get();
        // (Only a verb of finding is read here; the checks below look back many tokens.)
        if !r.evidence_verbs.contains(lower) {
            return None;
        }
        // Findings: "the poll shows …", "a review by the paper found …".
        // (The noun may stand further back with only its modifiers between: "A study by the
        // university and the state's graduate school of education found …".)
        // (Or past a description set off by commas: "The poll, released on Wednesday by the
        // institute, showed …".)
        let set_off = |i: usize| {
            !toks[i + 1].joined
                && self.text[toks[i].end..toks[i + 1].start].contains(',')
                && self.text[toks[v - 1].end..toks[v].start].contains(',')
                && toks[i + 2..v].iter().all(|x| x.joined)
        };
        let described = (v.saturating_sub(18)..v.saturating_sub(1))
            .find(|&i| r.evidence_nouns.contains(&toks[i].lower()) && v - i > 2 && set_off(i))
            .map(|i| {
                // (The noun phrase before the description speaks: "The poll".)
                let mut first = i;
                while first > 0 && toks[first].joined {
                    first -= 1;
                }
                (toks[first].start, toks[i].end)
            });
        let evidence_noun_before = described.is_some()
            || (v.saturating_sub(14)..v).rev().any(|i| {
                r.evidence_nouns.contains(&toks[i].lower())
                    && (v - i <= 6 || toks[i + 1..=v].iter().all(|x| x.joined))
            });
        // Or anyone who found that something is so ("the researchers found that …", "he has
        // found that …"): a "that" clause after the verb, a speaker before it.
        let that_next = toks
            .get(v + 1)
            .is_some_and(|n| n.joined && n.text == "that")
            || (toks.get(v + 1).is_some_and(|n| n.text.ends_with("ly"))
                && toks
                    .get(v + 2)
                    .is_some_and(|n| n.joined && n.text == "that"));
        // (A verb of saying, "suggested that", is read as a cue, up to the next one.)
        let finder = that_next
            && !is_cue_at(toks, v)
            && phrase_before(toks, v).is_some_and(|np| speaker_ok(&self.text[np.0..np.1]));
        // ("a strong showing in Iowa", "her poor showing and …": the noun.)
        let noun_showing = lower.ends_with("ing")
            && v > 0
            && (toks[v - 1].possessive
                || DETERMINERS.contains(&toks[v - 1].lower().as_str())
                || toks.get(v + 1).is_none_or(|n| {
                    super::quotes::PREPOSITIONS.contains(&n.text)
                        || matches!(n.text, "and" | "or" | "of" | "on" | "since")
                        || !n.joined
                }));
        if (evidence_noun_before || finder)
            && (toks[v].joined || described.is_some())
            && !noun_showing
        {
            let c = skip_that(toks, v + 1);
            if c < toks.len() && toks.len() - c >= 2 && !covers_direct(quotes, toks[c].start, s.end)
            {
                self.found.push(Found {
                    cue: t.text.to_string(),
                    speaker: phrase_before(toks, v).or(described),
                    content: (toks[c].start, s.end),
                });
                return Some(Flow::Stop);
            }
            // Content first: "<content>, a study by the council found." The finding's phrase
            // runs from the last comma to the verb, which ends the sentence.
            let mut i = v;
            while i > 0 && v - i < 14 && toks[i].joined {
                i -= 1;
            }
            let after_comma = i > 0 && self.text[toks[i - 1].end..toks[i].start].contains(',');
            if after_comma && v + 1 == toks.len() {
                let from = self.clause_start;
                let end = toks[i - 1].end;
                // "… a new poll has found": the auxiliary is not the speaker's.
                let mut subject_end = v;
                while subject_end > i + 1 && is_auxiliary(&toks[subject_end - 1]) {
                    subject_end -= 1;
                }
                let is_noun = (i..subject_end).any(|k| r.evidence_nouns.contains(&toks[k].lower()));
                if is_noun
                    && tokens_in(self.text, (from, end)).len() >= MIN_WORDS
                    && !covers_direct(quotes, from, end)
                {
                    self.found.push(Found {
                        cue: t.text.to_string(),
                        speaker: Some((toks[i].start, toks[subject_end - 1].end)),
                        content: (from, end),
                    });
                    return Some(Flow::Stop);
                }
            }
        }
        None
    }

    /// The passive with its source after "by": "The ban was first reported by the Tribune."
    /// The content is the subject, from where the clause starts to the form of "be".
    fn passive_by(&mut self, v: usize) -> Option<Flow> {
        let (text, toks) = (self.text, self.toks);
        let t = &toks[v];
        if v == 0 || !t.joined || !resources::get().passive_cue_verbs.contains(t.text) {
            return None;
        }
        // "by" right after the participle, or after a time ("endorsed the day before by",
        // "announced on Thursday by"): time words only, one of them more than a preposition.
        let by = (v + 1..toks.len().min(v + 5)).find(|&k| toks[k].text == "by")?;
        let between = &toks[v + 1..by];
        let time_between = between
            .iter()
            .all(|x| x.joined && (is_time_token(x) || matches!(x.text, "the" | "before")))
            && between
                .iter()
                .any(|x| is_time_token(x) && !matches!(x.text, "on" | "in" | "this" | "last"));
        if !toks[by].joined || !(by == v + 1 || time_between) {
            return None;
        }
        // "was first reported", "has been widely criticized".
        let mut b = v - 1;
        if b > 0 && toks[b].joined && !BE_FORMS.contains(&toks[b].text) {
            b -= 1;
        }
        if !(toks[b].joined && BE_FORMS.contains(&toks[b].text)) {
            return None;
        }
        // The agent: up to a comma or a clause of its own.
        let first = by + 1;
        let mut last = first;
        while last + 1 < toks.len()
            && last - first < 8
            && toks[last + 1].joined
            && !matches!(
                toks[last + 1].text,
                "for"
                    | "because"
                    | "after"
                    | "during"
                    | "since"
                    | "when"
                    | "while"
                    | "who"
                    | "which"
                    | "that"
                    | "in"
                    | "on"
                    | "at"
                    | "as"
                    | "and"
                    | "but"
            )
        {
            last += 1;
        }
        let agent = (first < toks.len()).then(|| (toks[first].start, toks[last].end))?;
        // The subject: joined words from the clause's start, not a subordinate clause.
        let from = toks.iter().position(|x| x.start >= self.clause_start)?;
        // ("has been criticized": the auxiliary is not the subject's.)
        let mut end = b;
        while end > from && is_auxiliary(&toks[end - 1]) {
            end -= 1;
        }
        if from >= end {
            return None;
        }
        let subject = &toks[from..end];
        // ("This proposal was rejected by …" has a subject; "this was rejected by …" none to
        // read.)
        let opens_subordinate = subject.first().is_some_and(|x| {
            SUBORDINATORS.contains(&x.lower().as_str())
                || matches!(x.lower().as_str(), "it" | "that" | "which" | "who")
                || (x.lower() == "this" && subject.len() == 1)
        });
        if subject.is_empty()
            || subject.len() > 12
            || text[subject[0].start..subject[subject.len() - 1].end]
                .contains([',', ';', ':', '(', '\u{2014}', '"', '\u{201c}'])
            || opens_subordinate
            || in_quote(self.quotes, t)
        {
            return None;
        }
        let content = (subject[0].start, subject[subject.len() - 1].end);
        if !covers_direct(self.quotes, content.0, content.1) {
            self.found.push(Found {
                cue: t.text.to_string(),
                speaker: Some(agent),
                content,
            });
        }
        // "was criticized by Lee for failing to …": the reason is what the agent said too.
        if toks
            .get(last + 1)
            .is_some_and(|f| f.text == "for" && f.joined)
            && toks.len() > last + 3
            && !covers_direct(self.quotes, toks[last + 2].start, self.s.end)
        {
            self.found.push(Found {
                cue: t.text.to_string(),
                speaker: Some(agent),
                content: (toks[last + 1].start, self.s.end),
            });
            return Some(Flow::Stop);
        }
        Some(Flow::At(last + 1))
    }

    /// A position, a view held or a characterisation ("Ruiz wants to …", "is confident that …").
    fn position(&mut self, v: usize) -> Option<Flow> {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        let r = resources::get();
        // A position ("Ruiz wants to …"): speaker first, a named speaker, a clause after; or a
        // characterisation in quoted words ("attacked Stone for “the greed …”").
        let characterises = self.quoted && r.characterization_verbs.contains(t.text);
        // "Ruiz has called for new elections": a demand.
        // (Also "called on the council to act", "called upon the city to …".)
        // (Or pushed for: "Sanders has continued to push for a single-payer system", not "his
        // push for".)
        let pushes_for = matches!(t.text, "pushed" | "pushes" | "pushing" | "push")
            && toks.get(v + 1).is_some_and(|n| n.joined && n.text == "for")
            // (Not a duration: "has pushed for months", "for nearly a decade".)
            && toks.get(v + 2).is_some_and(|n| {
                !is_time_word(n.text)
                    && !matches!(
                        n.text,
                        "months" | "years" | "weeks" | "decades" | "days" | "nearly" | "more"
                    )
            })
            && v > 0
            && (t.text != "push"
                || matches!(
                    toks[v - 1].lower().as_str(),
                    "to" | "will" | "would" | "they" | "we" | "i" | "you" | "also"
                )
                || toks[v - 1].is_capitalised()
                || toks[v - 1].text.ends_with("ly"));
        let calls_for = pushes_for
            || matches!(t.text, "called" | "calls" | "calling" | "call")
                && toks.get(v + 1).is_some_and(|n| {
                    n.joined
                        && (n.text == "for"
                            || (matches!(n.text, "on" | "upon")
                                && toks[v + 2..toks.len().min(v + 10)]
                                    .iter()
                                    .take_while(|x| x.joined)
                                    .any(|x| x.text == "to")))
                });
        // "Critics call it a tax on the poor", "Lee calls himself a socialist", "Ruiz called the
        // actions a mistake": a name given without quotation marks (an object, then a noun
        // phrase).
        let calls_it = matches!(t.text, "call" | "calls" | "called" | "calling")
            && v > 0
            && !BE_FORMS.contains(&toks[v - 1].text)
            && named_object_then_name(toks, v);
        // "Ruiz talked about the economy", "is talking to voters about health care": the
        // topic spoken of (the token of "about"). Not a passive ("was talked about"), nor the
        // noun ("tough talk about"): a bare "talk" needs "to", a modal or a subject before it.
        let talks_about = if v > 0
            && matches!(
                t.text,
                "talk" | "talks" | "talked" | "talking" | "spoke" | "speaks" | "speaking"
            ) {
            // ("spoke of his faith": "of" after a form of "speak".)
            let about = (v + 1..toks.len().min(v + 6))
                .take_while(|&k| toks[k].joined)
                .find(|&k| {
                    toks[k].text == "about"
                        || (k == v + 1 && toks[k].text == "of" && t.text.starts_with("sp"))
                })
                // (Or after an adverb: "talked openly about".)
                .filter(|&k| {
                    k == v + 1
                        || matches!(toks[v + 1].text, "to" | "with")
                        || (k == v + 2 && toks[v + 1].text.ends_with("ly"))
                });
            let before = toks[v - 1].lower();
            let verb = t.text != "talk"
                || FINITE_AUXILIARIES.contains(&before.as_str())
                || matches!(
                    before.as_str(),
                    "to" | "we" | "they" | "i" | "you" | "not" | "don't" | "don’t"
                )
                || toks[v - 1].is_capitalised()
                // ("Lee and his supporters talk about …": people before it.)
                || phrase_before(toks, v).is_some_and(|np| {
                    text[np.0..np.1].contains(' ') && names_someone(&text[np.0..np.1])
                });
            let passive = t.text == "talked" && BE_FORMS.contains(&toks[v - 1].text);
            about.filter(|_| verb && !passive && t.joined)
        } else {
            None
        };
        // "Ruiz weighed in on the dispute", "took aim at Stone", "railed against the deal",
        // "distanced herself from the bill" (`data/topic_phrases.txt`): the token ending the
        // phrase.
        let talks_about = talks_about.or_else(|| {
            r.topic_phrases.get(t.text)?.iter().find_map(|rest| {
                let end = v + rest.len();
                (end < toks.len()
                    && rest
                        .iter()
                        .zip(&toks[v + 1..=end])
                        .all(|(w, x)| x.joined && x.text == w))
                .then_some(end)
            })
        });
        // "…,” Ruiz said, referring to the new law": whom or what the words were about.
        // (Not a referral: "was referred to the FBI".)
        // (Also an allusion, a hint or a point touched on: "alluding to his rival", "hinted at a
        // shakeup", "elaborated on the message".)
        let preposition = match t.text {
            "referring" | "referred" | "refers" | "refer" | "alluding" | "alluded" | "alludes"
            | "allude" => "to",
            "hinting" | "hinted" | "hints" | "hint" => "at",
            "touched" | "touches" | "touching" | "elaborated" | "elaborates" | "elaborating"
            | "elaborate" => "on",
            _ => "",
        };
        // ("touched briefly on": an adverb between.)
        let adverb = toks
            .get(v + 1)
            .is_some_and(|n| n.joined && n.text.ends_with("ly") && n.text.len() > 4);
        let refers_to = !preposition.is_empty()
            && toks
                .get(v + 1 + usize::from(adverb))
                .is_some_and(|n| n.joined && n.text == preposition)
            && !(t.text == "referred" && v > 0 && BE_FORMS.contains(&toks[v - 1].text));
        // "Ruiz pointed to the polls as proof": what is offered as evidence (not "the point
        // to", "at one point to").
        let points_to = matches!(t.text, "pointed" | "points" | "point" | "pointing")
            && toks.get(v + 1).is_some_and(|n| n.joined && n.text == "to")
            && !(v > 0
                && matches!(
                    toks[v - 1].lower().as_str(),
                    "the" | "a" | "one" | "this" | "that" | "some" | "any" | "percentage"
                ));
        // "Ruiz wants to build …", "Stone plans to visit …": an intention, when its subject
        // opens the clause ("the things he wants to do" is a relative clause).
        // (Not inside a content whose speaker closes the sentence: "… but plans to watch the
        // case, Lee says.")
        let intends = v > 0
            && r.intention_verbs.contains(t.text)
            && toks.get(v + 1).is_some_and(|n| n.joined && n.text == "to")
            && toks
                .get(v + 2)
                .is_some_and(|n| n.joined && n.text.starts_with(char::is_lowercase))
            && !speaker_closes_after(text, toks, v + 1)
            && {
                // The subject stands right before, past an adverb: a name or a pronoun ("his
                // plans to", "scrapped plans to" are nouns).
                let mut w = v - 1;
                while w > 0 && matches!(toks[w].text, "also" | "still" | "now" | "reportedly") {
                    w -= 1;
                }
                // (Not a possessor: "His plans to …", "Ruiz's plans to …".)
                let possessor = toks[w].possessive
                    || matches!(
                        toks[w].lower().as_str(),
                        "his" | "her" | "their" | "its" | "our" | "my" | "your"
                    );
                !possessor && toks[w].is_capitalised()
                    || matches!(toks[w].text, "he" | "she" | "it" | "they" | "who" | "which")
                    // ("The candidate plans to …", "the campaign wants to …": a noun that
                    // speaks.)
                    || (r.speaker_nouns.contains(toks[w].text) && !toks[w].possessive)
                    // ("…, but plans to …": the clause's subject, read by `phrase_before`.)
                    || matches!(toks[w].text, "but" | "and")
            }
            && phrase_before(toks, v).is_some_and(|np| opens_clause(text, toks, np.0));
        // "Democrats see Stone as a threat": a view, "as" within a few words of the verb.
        // (Not "as" opening a clause: "saw the truck turn as they left".)
        // "Ruiz encouraged the state to release the emails", "pressed Stone to sign": someone
        // named or a pronoun, then an infinitive, is what was urged.
        let urges = matches!(
            t.text,
            "encouraged" | "encourages" | "pressed" | "presses" | "implored" | "begged"
        ) && (v + 2..toks.len().min(v + 7))
            .find(|&k| toks[k].text == "to")
            .is_some_and(|k| {
                toks[v + 1..=k].iter().all(|x| x.joined)
                    && toks.get(k + 1).is_some_and(|n| {
                        n.joined && !n.is_capitalised() && !DETERMINERS.contains(&n.text)
                    })
                    && (matches!(toks[v + 1].text, "him" | "her" | "them" | "us" | "me")
                        // (Not a plea made for someone else: "pressed for Congress to …".)
                        || (!matches!(toks[v + 1].text, "for" | "on" | "with" | "about")
                            && !super::quotes::PREPOSITIONS.contains(&toks[v + 1].text)
                            && names_someone(&text[toks[v + 1].start..toks[k - 1].end])))
            });
        // (Or a likeness: "compared Stone to a used-car salesman", "likened the race to …".)
        let likens = matches!(
            t.text,
            "compared" | "compares" | "comparing" | "likened" | "likens" | "likening"
        );
        let link = if likens { "to" } else { "as" };
        let views_as = (r.view_verbs.contains(t.text) || likens)
            && (v + 2..toks.len().min(v + 9))
                .find(|&k| toks[k].text == link)
                .is_some_and(|k| {
                    // (Past a possessive: "sees Lee's plan as …"; a title's stop is joined.)
                    (v + 1..=k).all(|i| toks[i].joined || toks[i - 1].possessive)
                        && toks.get(k + 1).is_some_and(|n| {
                            !matches!(n.text, "he" | "she" | "it" | "they" | "we" | "I" | "you")
                        })
                });
        // "Ruiz thanked the voters for their support", "knocked Stone over his vote": praise or
        // blame with its reason after the object.
        let for_reason = r.reason_verbs.contains(t.text)
            && (v + 2..toks.len().min(v + 10))
                .find(|&k| matches!(toks[k].text, "for" | "over"))
                .is_some_and(|k| toks[v + 1..=k].iter().all(|x| x.joined));
        // "Ruiz rebuked Stone in December", "assailed Mrs. Lee from several angles": blame
        // without a reason, when its object is named (not "attacked the base").
        let blame_object = !for_reason
            && r.reason_verbs.contains(t.text)
            && !r.object_stance_verbs.contains(t.text)
            && toks.get(v + 1).is_some_and(|n| {
                let lower = n.lower();
                n.joined
                    && n.is_capitalised()
                    && !r.months.contains_key(lower.as_str())
                    && !r.weekdays.contains_key(lower.as_str())
            });
        // A position whose content is its object: a stance that takes one, or blame.
        // "expressed their support for Stone", "voiced his disapproval of the ruling",
        // "expressed shock.": a feeling that is owned, or has nothing after it, is itself the
        // position (a bare one with a preposition is not: "expressed dismay at the plan").
        let expression = r.expression_verbs.contains(t.text);
        let expression_prep = expression
            .then(|| {
                (v + 2..toks.len().min(v + 5)).find(|&p| {
                    toks[v + 1..=p].iter().all(|x| x.joined)
                        && matches!(
                            toks[p].text,
                            "that" | "at" | "over" | "about" | "for" | "with" | "in"
                        )
                })
            })
            .flatten();
        // (Not the noun: "Their voices drowned out …", "She became a voice for …".)
        let expressed_object = expression
            && !matches!(t.text, "voice" | "voices")
            && !(v > 0
                && (DETERMINERS.contains(&toks[v - 1].lower().as_str())
                    || toks[v - 1].possessive
                    || matches!(toks[v - 1].lower().as_str(), "other" | "many" | "some")))
            && toks.get(v + 1).is_some_and(|n| {
                n.joined
                    && (matches!(
                        n.text,
                        "his" | "her" | "their" | "its" | "my" | "our" | "the"
                    ) || n.possessive
                        || expression_prep.is_none())
            });
        // "Ruiz is backing Stone", "they were supporting the bill": the progressive of
        // support is a position held now (the bare participle is mostly a group's name: "a
        // super PAC supporting Stone"; a relative clause describes someone).
        let backs_now = matches!(t.text, "supporting" | "backing")
            && toks.get(v + 1).is_some_and(|n| {
                n.joined && !matches!(n.text, "up" | "down" | "away" | "off" | "out")
            })
            && {
                let mut w = v;
                while w > 1
                    && matches!(
                        toks[w - 1].text,
                        "now" | "also" | "still" | "strongly" | "openly" | "quietly"
                    )
                {
                    w -= 1;
                }
                w > 1
                    && toks[w].joined
                    && matches!(toks[w - 1].text, "is" | "are" | "was" | "were")
                    && !matches!(
                        toks[w - 2].lower().as_str(),
                        "who" | "which" | "that" | "they" | "we" | "you" | "people"
                    )
            };
        let object_stance =
            r.object_stance_verbs.contains(t.text) || blame_object || expressed_object || backs_now;
        // "is confident", "were deeply concerned", "has long been worried": the form of "be"
        // before an adjective of a held view (the subject stands before it).
        let attitude_be = (v > 0 && r.attitude_adjectives.contains(t.text))
            .then(|| {
                if BE_FORMS.contains(&toks[v - 1].text) {
                    Some(v - 1)
                } else if v > 1
                    && toks[v - 1].text.ends_with("ly")
                    && BE_FORMS.contains(&toks[v - 2].text)
                {
                    Some(v - 2)
                } else {
                    None
                }
            })
            .flatten();
        // A view held rather than said, whose content opens after the token this gives:
        // "Ruiz expressed dismay at the plan", "voiced confidence that …" (after the feeling's
        // preposition or "that"), "is confident that …", "made clear that …".
        let content_opens_after = if expression {
            expression_prep.filter(|_| !expressed_object)
        } else if attitude_be.is_some() {
            // "Ruiz is confident that …", "aides were deeply concerned about …".
            toks.get(v + 1)
                .filter(|n| n.joined && matches!(n.text, "that" | "about" | "of"))
                .map(|_| v + 1)
        } else if matches!(t.text, "made" | "makes" | "making" | "make") {
            // "Ruiz made clear that …", "made it clear that …", "made the case that …".
            let words: Vec<&str> = toks[v + 1..toks.len().min(v + 4)]
                .iter()
                .take_while(|x| x.joined)
                .map(|x| x.text)
                .collect();
            match words.as_slice() {
                ["clear", "that", ..] => Some(v + 2),
                ["it", "clear", "that", ..] | ["the", "case", "that", ..] => Some(v + 3),
                _ => None,
            }
        } else {
            None
        };
        // ("met with Lee to discuss plans": a purpose, not a topic discussed by someone.)
        let purpose = t.text.starts_with("discuss") && v > 0 && toks[v - 1].text == "to";
        if (r.stance_verbs.contains(t.text) && !purpose
            || backs_now
            || characterises
            || calls_for
            || refers_to
            || points_to
            || intends
            || views_as
            || for_reason
            || blame_object
            || urges
            || calls_it
            || talks_about.is_some()
            || content_opens_after.is_some()
            || expressed_object)
            && !in_quote(quotes, t)
        {
            let participle = v > 0 && t.text.ends_with("ing") && !t.joined;
            // "placed newspaper ads calling …": the phrase before a participle may be what the
            // speaker did; then the speaker is that clause's subject.
            // (Past "been", the subject is found from the form of "be": "Ruiz has long been
            // concerned that …".)
            let before = match attitude_be {
                Some(b) if toks[b].text == "been" => phrase_before(toks, b),
                _ => phrase_before(toks, v),
            };
            let did = t.text.ends_with("ing")
                && before.is_some_and(|np| {
                    names_someone(&text[np.0..np.1])
                        && !names_participle_speaker(text, &toks[..v], np)
                });
            // (Not inside a question: "asked whether candidates supported the bill".)
            let in_question = |np: &(usize, usize)| {
                text[np.0..np.1]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| matches!(w, "whether" | "if" | "why" | "how" | "what"))
            };
            let speaker = self
                .resumed_subject(v)
                .or_else(|| {
                    before.filter(|np| !did && !in_question(np) && holds_views(&text[np.0..np.1]))
                })
                .or_else(|| relative_subject(text, toks, v))
                .or_else(|| {
                    // "The agency, a major regulator, declined to …".
                    apposition_subject(text, toks, v, &|t: &Token<'_>| in_quote(quotes, t))
                        .filter(|np| names_someone(&text[np.0..np.1]))
                })
                // As for a verb of saying: "Ruiz, who chairs the panel, cited …", "The
                // director (a former aide) backed …", "The other man, his cousin Tom Lee, 40,
                // cited …".
                .or_else(|| subject_past_relative_clause(toks, v))
                .or_else(|| bracketed_subject(text, toks, v))
                .or_else(|| {
                    name_before_description(text, toks, v)
                        .filter(|np| names_someone(&text[np.0..np.1]))
                })
                // "the state's senator, Ana Ruiz, had already endorsed …".
                .or_else(|| {
                    let mut w = v;
                    while w > 1
                        && toks[w].joined
                        && (is_auxiliary(&toks[w - 1])
                            || matches!(toks[w - 1].text, "already" | "also" | "long" | "since"))
                    {
                        w -= 1;
                    }
                    name_between_commas(text, toks, w)
                })
                .or_else(|| {
                    // "Ruiz, who chairs the team, on Sunday defended …".
                    let day = v.saturating_sub(1);
                    let opens = if v > 2 && toks[day].joined && toks[day - 1].text == "on" {
                        day - 1
                    } else {
                        day
                    };
                    let after_day = v > 1
                        && t.joined
                        && is_time_word(toks[day].text)
                        && text[..toks[opens].start].trim_end().ends_with(',');
                    after_day
                        .then(|| clause_subject(&toks[..v]))
                        .flatten()
                        .filter(|np| names_someone(&text[np.0..np.1]))
                })
                .or_else(|| opening_gerund_subject(toks, v))
                .or_else(|| subject_of_adverbial_participle(text, toks, v))
                .or_else(|| {
                    // "Ruiz fired back, attacking Stone for “…”".
                    (participle || did)
                        .then(|| self.last_speaker.or_else(|| clause_subject(&toks[..v])))
                        .flatten()
                })
                .map(|np| with_title(text, toks, np));
            let after = match content_opens_after.or(talks_about) {
                Some(p) => p,
                None if refers_to => v + 1 + usize::from(adverb),
                None if calls_for || points_to => v + 1,
                None => v,
            };
            // "Ruiz endorsed Stone.": one name (or "him", "her") is object enough.
            // (Also after a topic's or a reference's preposition: "talked about CNN.")
            let sole_object = ((object_stance || talks_about.is_some() || refers_to)
                && toks.len() == after + 2
                && toks[after + 1].joined
                && (toks[after + 1].is_capitalised()
                    || expressed_object
                    || matches!(toks[after + 1].text, "him" | "her" | "them")))
            .then_some(after + 1);
            // (What is seen as something, or urged, is the object right after the verb.)
            let content = if views_as || urges {
                Some(v + 1)
            } else {
                content_after(text, toks, after).or(sole_object)
            };
            // ("a fact he often mentions on the trail": an object's verb before a preposition
            // has its object before it.)
            // Nor a particle ("backed away"), an object after punctuation ("a deal she once
            // supported - makes sense"), or a passive ("was widely supported among …").
            // ("issued a statement saying …": what the statement says is the content, read at
            // its own cue; a report, a ruling or a plan issued is content itself.)
            let content = content.filter(|&c| {
                !(t.text == "issued"
                    && toks[c..toks.len().min(c + 3)]
                        .iter()
                        .any(|x| matches!(x.text, "statement" | "statements")))
            });
            let content = content.filter(|&c| {
                !(object_stance
                    && (super::quotes::PREPOSITIONS.contains(&toks[c].lower().as_str())
                        || matches!(toks[c].text, "of" | "on" | "away" | "off" | "down" | "up")
                        || (c == v + 1 && !toks[c].joined)
                        || {
                            // Past adverbs, "not" and auxiliaries: a passive ("was not widely
                            // supported") or a relative clause that describes someone ("Lee,
                            // who once backed Stone, …"; 6 of 19 such supports and backings
                            // are marked on PolNeAR train, but most endorsements and
                            // oppositions are).
                            let mut w = v;
                            while w > 0
                                && (toks[w - 1].text.ends_with("ly")
                                    || matches!(toks[w - 1].text, "not" | "once" | "also")
                                    || (is_auxiliary(&toks[w - 1])
                                        && !BE_FORMS.contains(&toks[w - 1].text)))
                            {
                                w -= 1;
                            }
                            w > 0
                                && ((BE_FORMS.contains(&toks[w - 1].text) && !backs_now)
                                    || (matches!(toks[w - 1].lower().as_str(), "who" | "which")
                                        && !t.text.starts_with("endors")
                                        && !t.text.starts_with("oppos")))
                        }))
            });
            if let (Some(sp), Some(c)) = (speaker, content) {
                // "Ruiz endorsed Stone last week": the position is its object alone.
                // Evidence, a view or a reason ends where the speaker (or a new one) goes on
                // with a cue of their own: "pointed to the polls, noting that …", "… and
                // praised her". Past a given byte, or reading runs to the sentence's end.
                // (Read only where a content ends at the next cue: not for a plain stance,
                // whose content runs to the clause's end.)
                let next_cue = (object_stance
                    || for_reason
                    || refers_to
                    || talks_about.is_some()
                    || points_to
                    || views_as)
                    .then(|| self.next_cue_after(c))
                    .flatten();
                let next_cue_end = next_cue.map_or(s.end, |(e, _)| e);
                let mut until_next_cue = |past: usize| match next_cue {
                    Some((e, resume)) if e > past => {
                        self.last_speaker = Some(sp);
                        (e, Some(resume))
                    }
                    _ => (s.end, None),
                };
                // ("talked about how …", "spoke about deporting …": a clause or a gerund
                // runs on like evidence.)
                let topic_clause = talks_about.is_some()
                    && (toks[c].text.ends_with("ing")
                        || matches!(
                            toks[c].lower().as_str(),
                            "how" | "what" | "why" | "whether" | "where" | "when" | "who"
                        ));
                let topic_phrase = talks_about.is_some() && !topic_clause;
                // ("discussed how the law would change": a clause for object runs on.)
                let clause_object = object_stance
                    && matches!(
                        toks[c].lower().as_str(),
                        "how" | "what" | "why" | "whether" | "where" | "when" | "who"
                    );
                let (end, resume) = if clause_object {
                    until_next_cue(toks[c].start)
                } else if object_stance || for_reason {
                    // An object keeps its modifiers; before a reason, it is the bare noun
                    // phrase ("thanked the voters for …").
                    let end = if for_reason {
                        object_end(toks, c)
                    } else {
                        modified_phrase_end(text, toks, c, next_cue_end)
                    };
                    let end = through_quoted_name(text, toks, end, s.end);
                    // The reason after the object belongs to it ("thanked the voters for …").
                    let reason_next = for_reason
                        && toks
                            .iter()
                            .find(|x| x.start >= end)
                            .is_some_and(|x| x.joined && matches!(x.text, "for" | "over"));
                    if reason_next {
                        until_next_cue(end)
                    } else {
                        (end, None)
                    }
                } else if refers_to || topic_phrase {
                    // Both end before the main clause after an opening subordinate one ("After
                    // talking about security, Lee suggested …") or a cue that goes on.
                    let (end, resume) =
                        match opening_clause_end(text, toks, v, &|t| in_quote(quotes, t)) {
                            Some(comma) => (toks[comma].end, Some(comma + 1)),
                            None => until_next_cue(toks[c].start),
                        };
                    if topic_phrase {
                        // A topic spoken of is a noun phrase with its modifiers.
                        (modified_phrase_end(text, toks, c, end), resume)
                    } else {
                        // What is referred to runs on, up to an apposition, another clause or
                        // a participle of manner ("referring to Ana Lee, his adviser at the
                        // time", "…, but the council is divided", "…, standing next to her
                        // aides").
                        let apposition = (c + 1..toks.len())
                            .take_while(|&k| toks[k].start < end)
                            .find(|&k| {
                                let t = &toks[k];
                                text[toks[k - 1].end..t.start].contains(',')
                                    && (DETERMINERS.contains(&t.text)
                                        || matches!(
                                            t.text,
                                            "but" | "while" | "although" | "though" | "whereas"
                                        )
                                        || (t.text.ends_with("ing")
                                            && !t.text.contains('-')
                                            && t.text != "including"))
                            });
                        match apposition {
                            Some(k) => (toks[k - 1].end, resume),
                            None => (end, resume),
                        }
                    }
                } else if points_to || views_as || topic_clause {
                    until_next_cue(toks[c].start)
                } else {
                    let (end, resume) = content_end(text, toks, v, sp, s.end, &|t: &Token<'_>| {
                        in_quote(quotes, t)
                    });
                    // "declined to comment, saying that …": a participle of saying
                    // after a comma is the same speaker's next cue.
                    match self.participle_cue_after(c, end) {
                        Some((e, k)) => {
                            self.last_speaker = Some(sp);
                            (e, Some(k))
                        }
                        None => (end, resume),
                    }
                };
                // "called on Congress to act and said …": a verb of saying joined by "and"
                // ends the position (and is read next, with the same speaker).
                let end = self.joined_saying(c, end).map_or(end, |(_, e)| e);
                // "plans to send a nominee, but it is unlikely …": an intention ends before a
                // new clause joined by a comma and a conjunction.
                let end = if intends {
                    (c + 2..toks.len())
                        .take_while(|&k| toks[k].start < end)
                        .find(|&k| {
                            matches!(toks[k - 1].text, "but" | "and" | "while" | "although")
                                && text[toks[k - 2].end..toks[k - 1].start].contains(',')
                                && (matches!(
                                    toks[k].lower().as_str(),
                                    "he" | "she" | "it" | "they" | "we" | "i" | "the" | "there"
                                ) || toks[k].is_capitalised())
                        })
                        .map_or(end, |k| toks[k - 2].end)
                } else {
                    end
                };
                // (A sole object may close the sentence: "he repeatedly talked about CNN.")
                let min = if end < s.end || sole_object == Some(c) {
                    1
                } else {
                    2
                };
                if toks.len() - c >= min
                    && end > toks[c].start
                    && !covers_direct(quotes, toks[c].start, end)
                {
                    self.found.push(Found {
                        cue: t.text.to_string(),
                        speaker: Some(sp),
                        content: (toks[c].start, end),
                    });
                    if let Some(next) = resume {
                        self.clause_start = toks[next].start;
                        self.resumed_after = Some((next, sp));
                        return Some(Flow::At(next));
                    }
                    // "Ruiz, who endorsed Stone in May and said he would campaign with him, …":
                    // a verb of saying joined by "and" (or "but") to the position has the same
                    // speaker.
                    let and_says = (c + 1..toks.len()).find(|&k| {
                        toks[k].joined
                            && matches!(toks[k - 1].text, "and" | "but")
                            && toks[k].start >= end
                            && is_cue_at(toks, k)
                            && !in_quote(quotes, &toks[k])
                    });
                    if let Some(k) = and_says {
                        self.last_speaker = Some(sp);
                        self.clause_start = toks[k].start;
                        return Some(Flow::At(k));
                    }
                    if let Some(subject) = main_clause_after_gerund(toks, t.end, sp) {
                        return Some(Flow::At(subject));
                    }
                    // "support it, and all but two said …": past an object, reading goes on.
                    if (object_stance || talks_about.is_some()) && end < s.end {
                        let next = toks
                            .iter()
                            .position(|x| x.start >= end)
                            .unwrap_or(toks.len());
                        self.clause_start = toks.get(next).map_or(s.end, |x| x.start);
                        return Some(Flow::At(next));
                    }
                    return Some(Flow::Stop);
                }
            }
            return Some(Flow::At(v + 1));
        }
        None
    }

    /// "Ruiz reportedly met Stone in May": a report with no source named; the content is the
    /// clause the adverb at `v` stands in, from its subject (or the word after a comma) to a
    /// semicolon, a subordinate clause or the sentence's end. ("allegedly" and "apparently" are
    /// marked less than one time in five on PolNeAR train, "reportedly" two times in three.)
    /// With `passive`, the same for an agentless passive at `v` ("Ruiz was booed at the
    /// rally"), which also ends before a comma that opens a clause of its own.
    fn unsourced_clause(&mut self, v: usize, passive: bool) -> Option<Flow> {
        // (Capitalised only opening the sentence: not in a title-case headline.)
        if v > 0 && self.toks[v].is_capitalised() {
            return None;
        }
        let (text, s, toks) = (self.text, self.s, self.toks);
        let at = toks[v].start;
        if self
            .found
            .iter()
            .any(|f| f.content.0 <= at && at < f.content.1)
        {
            return None;
        }
        let breaks = |k: usize| text[toks[k - 1].end..toks[k].start].contains([',', ';', ':']);
        let clause = (1..=v).rev().find(|&k| breaks(k)).unwrap_or(0);
        let start = if clause == v {
            // "Reportedly, he …": the clause after the adverb.
            v + 1
        } else {
            clause + main_clause_start(&toks[clause..v])
        };
        // "He won acclaim … and was reportedly targeted …": the second verb's clause.
        let start = (start + 1..v)
            .rev()
            .find(|&k| {
                matches!(toks[k - 1].text, "and" | "but")
                    && !toks[k].is_capitalised()
                    && !DETERMINERS.contains(&toks[k].text)
            })
            .unwrap_or(start);
        // Up to a semicolon or a subordinate clause ("… as it nears the end of …"); a passive
        // also up to a comma before a clause of its own ("…, and the police said …").
        let end = (v + 1..toks.len())
            .find(|&k| {
                let gap = &text[toks[k - 1].end..toks[k].start];
                gap.contains(';')
                    || (passive
                        && gap.contains(',')
                        && matches!(
                            toks[k].text,
                            "and" | "but" | "which" | "who" | "while" | "only" | "even" | "after"
                        ))
                    || (toks[k].joined
                        && (matches!(
                            toks[k].text,
                            "while" | "although" | "though" | "whereas" | "because" | "unless"
                        ) || (toks[k].text == "if" && !passive)
                            || (toks[k].text == "as"
                                && toks.get(k + 1).is_some_and(|n| {
                                    OBJECT_PRONOUNS.contains(&n.text)
                                        || matches!(n.text, "it" | "he" | "she" | "they" | "the")
                                }))))
            })
            .map_or(s.end, |k| toks[k - 1].end);
        // (A passive with what it is about after it: not "Ruiz was asked." alone.)
        let after = toks[v + 1..].iter().take_while(|x| x.start < end).count();
        if start >= toks.len()
            || end <= toks[start].end
            || (passive && after < 2)
            || covers_direct(self.quotes, toks[start].start, end)
        {
            return None;
        }
        self.found.push(Found {
            cue: toks[v].text.to_string(),
            speaker: None,
            content: (toks[start].start, end),
        });
        Some(Flow::At(v + 1))
    }

    /// "Ruiz was booed", "Lee has been criticized for …", "he was asked whether …": a
    /// participle of `data/agentless_passive_verbs.txt` after a form of "be" ("is", "was",
    /// "been", "being", a modal's "be"; adverbs between), with no agent after it ("by" is read
    /// by [`SentenceReader::passive_by`]).
    fn agentless_passive(&self, v: usize) -> bool {
        let toks = self.toks;
        let t = &toks[v];
        if v == 0 || !t.joined || !resources::get().agentless_passive_verbs.contains(t.text) {
            return false;
        }
        let w = content::past_adverbs(toks, v);
        let be = matches!(
            toks[w - 1].text,
            "is" | "are" | "was" | "were" | "been" | "being" | "be"
        );
        let by_follows = toks[v + 1..]
            .iter()
            .take(4)
            .take_while(|x| x.joined)
            .any(|x| x.text == "by");
        toks[w].joined && be && !by_follows
    }

    /// A word that is no cue here: reading goes on at the next.
    fn not_a_cue(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let toks = self.toks;
        let r = resources::get();
        if !is_cue_at(toks, v)
            || !self.naming_ok(v)
            || r.speech_verbs_without_content.contains(lower)
        {
            return Some(Flow::At(v + 1));
        }
        // "the battleground state of …": a noun, unless a subject or modal makes it a verb,
        // or a clause's subject follows ("Candidates promise they will …", not "his promise
        // he would …").
        // ("claim it will …": "it" with a verb after it.)
        let it_clause = toks.get(v + 1).is_some_and(|n| n.text == "it")
            && toks
                .get(v + 2)
                .is_some_and(|n| n.joined && FINITE_AUXILIARIES.contains(&n.text));
        let clause_after = toks.get(v + 1).is_some_and(|n| {
            n.joined && (matches!(n.text, "he" | "she" | "they" | "we" | "I") || it_clause)
        }) && v > 0
            && toks[v].joined
            && !matches!(
                toks[v - 1].lower().as_str(),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
                    | "every"
                    | "no"
            )
            && !toks[v - 1].possessive;
        // "Ruiz claims he is …", "the paper notes the …" are verbs; "interesting claims culled
        // from …", "have claims in the area", "claims of momentum" are plural nouns.
        let plural_noun = matches!(lower, "claims" | "notes")
            && v > 0
            && toks.get(v + 1).is_none_or(|n| n.text != "that")
            && (toks[v - 1].possessive
                || DETERMINERS.contains(&toks[v - 1].lower().as_str())
                || matches!(
                    toks[v - 1].text,
                    "have" | "has" | "had" | "made" | "make" | "probe" | "take" | "took" | "struck"
                )
                || toks.get(v + 1).is_some_and(|n| {
                    n.joined && matches!(n.text, "of" | "in" | "about" | "on" | "for" | "from")
                }));
        if plural_noun {
            return Some(Flow::At(v + 1));
        }
        if r.speech_verbs_also_nouns.contains(lower)
            && !(v > 0 && toks[v].joined && VERB_MARKERS.contains(&toks[v - 1].lower().as_str()))
            && !clause_after
            && toks.get(v + 1).is_none_or(|n| n.lower() != "that")
        {
            return Some(Flow::At(v + 1));
        }
        None
    }

    /// More content after an attribution (", adding that …").
    fn continuing_participle(&mut self, v: usize) -> Option<Flow> {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        // ", adding that …", ", calling him “a stiff” and accusing him of …": more content,
        // up to the next such participle.
        // (Or a dash: "… on the spot – saying he …".)
        // (Not an aside that a second dash closes: "… - adding one digit - does not …".)
        let before = text[..t.start].trim_end();
        let dash = (before.ends_with(['\u{2013}', '\u{2014}']) || before.ends_with(" -"))
            && !text[t.end..s.end].contains(['\u{2013}', '\u{2014}'])
            && !text[t.end..s.end].contains(" - ");
        let after_comma = before.ends_with(',') || dash;
        let after_and = v > 0 && t.joined && toks[v - 1].text == "and" && !self.found.is_empty();
        // ("…, pointing out that …": with its particle.)
        let cue_end = content::past_particle(toks, v);
        let participle = is_continuing_participle(t) || (cue_end > v && t.text.ends_with("ing"));
        if v > 0 && participle && (after_comma || after_and) {
            let c = skip_that(toks, cue_end + 1);
            let next = (c + 1..toks.len()).find(|&i| {
                is_continuing_participle(&toks[i])
                    && (!toks[i].joined || toks[i - 1].text == "and")
                    && !in_quote(quotes, &toks[i])
            });
            let end = next.map_or(s.end, |i| {
                let before = if toks[i - 1].text == "and" {
                    toks[i - 1].start
                } else {
                    toks[i].start
                };
                s.start + text[s.start..before].trim_end().trim_end_matches(',').len()
            });
            if c < toks.len() && end > toks[c].start && !covers_direct(quotes, toks[c].start, end) {
                self.found.push(Found {
                    cue: t.text.to_string(),
                    speaker: self.last_speaker.or_else(|| clause_subject(&toks[..v])),
                    content: (toks[c].start, end),
                });
            }
            match next {
                Some(i) => {
                    return Some(Flow::At(i));
                }
                None => return Some(Flow::Stop),
            }
        }
        None
    }

    /// A verb of saying: content first ("<content>, Ruiz said.") or speaker first ("Ruiz said
    /// (that) <content>").
    fn cue(&mut self, v: usize, lower: &str) -> Option<Flow> {
        let (text, toks, quotes) = (self.text, self.toks, self.quotes);
        let t = &toks[v];
        // Right before a participle ("… in April explaining", "hold banners proclaiming")
        // stands a speaker only if it names one.
        let participle = v > 0 && t.joined && t.text.ends_with("ing");
        let before = self
            .resumed_subject(v)
            .or_else(|| {
                phrase_before(toks, v).filter(|np| {
                    let phrase = &text[np.0..np.1];
                    if participle {
                        names_someone(phrase) && !is_time_word(phrase)
                    } else {
                        speaker_ok(phrase)
                    }
                })
            })
            .or_else(|| relative_subject(text, toks, v))
            .or_else(|| subject_past_relative_clause(toks, v))
            .or_else(|| bracketed_subject(text, toks, v))
            // "Her lawyer, David E. Kendall, wrote": the name rather than the description.
            .or_else(|| name_between_commas(text, toks, v))
            .or_else(|| apposition_subject(text, toks, v, &|t: &Token<'_>| in_quote(quotes, t)))
            .or_else(|| name_before_description(text, toks, v))
            .or_else(|| opening_gerund_subject(toks, v))
            .or_else(|| subject_of_adverbial_participle(text, toks, v))
            // "He sent a memo in April explaining …": the clause's subject.
            .or_else(|| {
                let that = toks
                    .get(v + 1)
                    .is_some_and(|n| n.joined && n.text == "that");
                // "Ruiz, who …, on Friday called …".
                // (Or "…, last week said".)
                // (Not past a comma: "… in December, said Ana Ruiz".)
                let after_day = v > 0
                    && toks[v].joined
                    && (is_time_word(toks[v - 1].text)
                        || TIME_NOUNS.contains(&toks[v - 1].lower().as_str()));
                (participle || that || after_day)
                    .then(|| clause_subject(&toks[..v]))
                    .flatten()
            })
            .map(|np| with_title(text, toks, np))
            // "… would fail and Lee said": not into the content read before.
            .map(
                |np| match toks.iter().find(|x| x.start >= self.clause_start) {
                    Some(x) if np.0 < x.start && x.start < np.1 => (x.start, np.1),
                    _ => np,
                },
            );
        // After "told" stands the addressee, not the speaker.
        let after = phrase_after(text, toks, v)
            .filter(|np| names_someone(&text[np.0..np.1]))
            .filter(|_| !ADDRESSEE_VERBS.contains(&lower))
            // "Ana Ruiz, a party member, said Stone will win": a name followed by its verb is
            // the subject of what was said, not the one saying it.
            .filter(|np| {
                toks.iter()
                    .find(|x| x.start >= np.1)
                    .is_none_or(|x| !(x.joined && FINITE_AUXILIARIES.contains(&x.text)))
            });
        // Content first: "<content>, <speaker> said (tail)." / "<content>, said <speaker>."
        // "…, said Ana Ruiz, with …": after a comma, a name closing the attribution is the
        // speaker, whatever stands before the comma.
        // (Past the name, the sentence ends, or a relative clause or a phrase that describes
        // the speaker follows: not "said Stone, the mayor, would lose".)
        let closing_name = !t.joined
            && after.is_some_and(|a| {
                let rest = text[a.1..self.s.end].trim_start();
                let next = rest
                    .strip_prefix(',')
                    .and_then(|r| r.split_whitespace().next())
                    .unwrap_or("");
                rest.is_empty()
                    || rest.starts_with('.')
                    || matches!(next, "who" | "whose" | "which")
                    || super::quotes::PREPOSITIONS.contains(&next)
            });
        let before = before.filter(|_| !closing_name);
        let (boundary, speaker, attribution_end) = match (before, after) {
            (Some(b), _) if b.1 <= t.start => (b.0, Some(b), t.end),
            (_, Some(a)) => (t.start, Some(a), a.1),
            _ => (t.start, None, t.end),
        };
        // "“…,” he said on “Meet the Press.”": an attribution right after a quotation is that
        // quotation's; a time or place after the cue is a modifier, not more content …
        let closes_quote = before.is_some_and(|b| {
            quotes.iter().any(|q| {
                q.end <= b.0
                    && text[q.end..b.0]
                        .chars()
                        .all(|c| c.is_whitespace() || ",.!?'\"\u{201d}\u{2019}".contains(c))
            })
        });
        let clause_after = before
            .and_then(|_| content_after(text, toks, v))
            .filter(|&c| {
                // … unless it is the topic or the question ("he said of Ruiz", "when asked …").
                let first = toks[c].lower();
                let r = resources::get();
                !closes_quote
                    || !(matches!(
                        first.as_str(),
                        "on" | "in"
                            | "of"
                            | "about"
                            | "when"
                            | "at"
                            | "during"
                            | "to"
                            | "with"
                            | "from"
                            | "after"
                            | "before"
                            | "while"
                            | "over"
                            | "earlier"
                            | "later"
                            | "last"
                            | "this"
                            | "and"
                            | "then"
                            | "yesterday"
                            | "today"
                            | "tonight"
                            | "as"
                    ) || r.weekdays.contains_key(&first)
                        || r.months.contains_key(&first))
            });
        if speaker.is_some() && clause_after.is_none() {
            let flow = self.content_first(v, lower, before, speaker, boundary, attribution_end);
            if flow.is_some() {
                return flow;
            }
        }
        // Speaker first: "<speaker> said (that) <content>".
        if let Some(sp) = before {
            match clause_after {
                Some(c) => return Some(self.speaker_first(v, sp, c)),
                None => self.last_speaker = Some(sp),
            }
        }
        None
    }

    /// Content first: "<content>, <speaker> said (tail)." / "<content>, said <speaker>.", the
    /// speaker standing before or after the cue at `v` and the attribution ending at
    /// `attribution_end`.
    fn content_first(
        &mut self,
        v: usize,
        lower: &str,
        before: Option<(usize, usize)>,
        speaker: Option<(usize, usize)>,
        boundary: usize,
        attribution_end: usize,
    ) -> Option<Flow> {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        let head = text[self.clause_start.min(boundary)..boundary].trim_end();
        // "The permit, his campaign said, …": the speaker phrase starts at its noun, so its
        // possessive ("his") still stands before the boundary.
        // (So does a demonstrative: "In the end, those Democrats argued, …", and the "as" of
        // "…, as Ruiz has acknowledged.")
        // ("…, as The Times reported, <content>": what follows is the content, not the head.)
        // Only verbs of telling what is so: "as Ruiz proposes" or "as Lee speaks" is not one.
        let as_clause = head
            .strip_suffix("as")
            .is_some_and(|h| h.ends_with(char::is_whitespace));
        let as_verb = matches!(
            t.text,
            "reported"
                | "reports"
                | "noted"
                | "notes"
                | "said"
                | "says"
                | "acknowledged"
                | "wrote"
                | "writes"
                | "explained"
                | "observed"
                | "pointed"
                | "told"
                | "recalled"
                | "argued"
                | "argues"
                | "found"
                | "put"
        );
        if as_clause && !as_verb {
            return None;
        }
        let head = ["his", "her", "their", "its", "our", "these", "those", "as"]
            .iter()
            .find_map(|p| {
                head.strip_suffix(p)
                    .filter(|h| h.ends_with(char::is_whitespace))
                    .map(str::trim_end)
            })
            .unwrap_or(head);
        // ("…, but as Lee noted, …": the conjunction before "as" too.)
        let head = if as_clause {
            ["but", "and"]
                .iter()
                .find_map(|c| {
                    head.strip_suffix(c)
                        .filter(|h| h.ends_with(char::is_whitespace))
                        .map(str::trim_end)
                })
                .unwrap_or(head)
        } else {
            head
        };
        // "The FBI … did not find “ties,” said the director": the comma inside a closing
        // quotation mark ends a content that holds a partial quote.
        if let Some(h) = before_comma_in_closing_quote(head) {
            let from = self.clause_start.min(boundary);
            let end = from + h.len();
            // Only a partial quote: the content opens with words of its own, at least two
            // outside the quotation ("No Child Left Behind was “very assertive,”").
            let words = tokens_in(text, (from, end));
            let unquoted = words
                .iter()
                .filter(|w| !quotes.iter().any(|q| q.start <= w.start && w.end <= q.end))
                .count();
            let opens_quoted = text[from..end]
                .trim_start()
                .starts_with(['"', '\u{201c}', '\'', '\u{2018}']);
            // (Not a quoted predicate after its bare subject: "Earlier she “emphasised that …,”
            // Hale said" is the direct quote's, about her. With more words of the writer's own it
            // is content: "Ruiz, though, would have to “go more to center,” Lee said".)
            let quoted_predicate = unquoted <= 4
                && quotes
                    .iter()
                    .any(|q| q.about.is_some() && from <= q.start && q.start < end);
            if words.len() >= MIN_WORDS
                && unquoted >= 2
                && !opens_quoted
                && !quoted_predicate
                && !covers_direct(quotes, from, end)
            {
                self.found.push(Found {
                    cue: t.text.to_string(),
                    speaker,
                    content: (from, end),
                });
            }
        }
        // "…, her top aide, Tom Hale, told …": the speaker's apposition is not content.
        let set_off = before.is_some() && before == name_between_commas(text, toks, v);
        // The description may follow a quotation's closing mark ("…,” her aide, Tom Hale,
        // said").
        let head = head.strip_suffix(',').map(|h| {
            let Some((rest, chunk)) = h.rsplit_once(',') else {
                return h;
            };
            let description = chunk.trim_start_matches(['"', '\u{201d}']).trim();
            let is_description = set_off
                && chunk.starts_with([' ', '"', '\u{201d}'])
                && description.split_whitespace().count() <= 6
                && description.split_whitespace().next().is_some_and(|w| {
                    matches!(w, "his" | "her" | "their" | "its" | "a" | "an" | "the")
                });
            if is_description {
                rest
            } else {
                h
            }
        });
        // "Asked whether he would run, Ruiz said …": the question put, not the answer.
        let asked = ["Asked ", "When asked ", "If asked "]
            .iter()
            .any(|p| text[self.clause_start..].starts_with(p));
        if let Some(head) = head.filter(|_| !asked) {
            let tail: Vec<&Token<'_>> =
                toks.iter().filter(|x| x.start >= attribution_end).collect();
            let continues = tail
                .first()
                .is_some_and(|x| is_continuing_participle(x) && !x.joined);
            let tail_text = &text[attribution_end..s.end];
            // The tail is a modifier or an apposition of the speaker ("…, said Ana Ruiz,
            // the director of the institute, which …"), not more content.
            // "…, Ruiz told his advisers as he labored over …": after the addressee, a
            // clause of time or manner is the attribution's modifier too.
            let addressee_end = if ADDRESSEE_VERBS.contains(&lower) {
                phrase_after(text, toks, v)
                    .map_or(0, |np| tail.iter().take_while(|x| x.start < np.1).count())
            } else {
                0
            };
            // "…, said a handful of Democrats who point to …": a relative clause
            // describes the speaker.
            let subordinate = tail.get(addressee_end).is_some_and(|x| {
                x.joined
                    && matches!(
                        x.text,
                        "as" | "when" | "while" | "after" | "before" | "who" | "whose"
                    )
            });
            // "…, Ruiz said during his speech to the delegates.": a phrase of place or
            // time, with no clause after it.
            let place_or_time = tail
                .get(addressee_end)
                .is_some_and(|x| x.joined && matches!(x.text, "during" | "in" | "at" | "on"))
                && !tail_text.contains([';', ','])
                && !tail.iter().any(|x| x.text == "that");
            let closes = (tail.len() <= MAX_TAIL
                || tail_text.trim_start().starts_with(',')
                || subordinate
                || place_or_time)
                && !tail_text.contains([':', '\u{201c}']);
            // "…, Ruiz said on Saturday, and it has …": a short modifier of the attribution
            // ("on Saturday", "in a statement") may stand before the comma that resumes the
            // content.
            let modifier = tail
                .first()
                .filter(|x| {
                    !tail_text.trim_start().starts_with(',')
                        && (matches!(
                            x.text,
                            "on" | "in" | "at" | "during" | "after" | "last" | "this"
                        ) || is_time_word(x.text))
                })
                .and_then(|_| {
                    tail.iter()
                        .take(5)
                        .position(|x| text[x.end..].starts_with(','))
                })
                .map_or(0, |i| i + 1);
            // "The solution, the partner told them, was simple.": the addressee too.
            let addressee = ADDRESSEE_VERBS.contains(&lower)
                && tail.first().is_some_and(|x| {
                    OBJECT_PRONOUNS.contains(&x.text) && text[x.end..].starts_with(',')
                });
            let modifier = if addressee { 1 } else { modifier };
            let resumed = &tail[modifier..];
            let resumed_text = match modifier {
                0 => tail_text,
                m => &text[tail[m - 1].end..s.end],
            };
            // "In the end, Ruiz said, voters …": the attribution stands inside the content.
            // ("This campaign, he says, is different.": two short parts make one content.)
            let head_words =
                tokens_in(text, (self.clause_start, self.clause_start + head.len())).len();
            let inside = resumed_text.trim_start().starts_with(',')
                && (resumed.len() >= MIN_WORDS
                    || (resumed.len() >= 2 && resumed.len() + head_words >= MIN_WORDS))
                && resumed
                    .first()
                    .is_some_and(|x| !x.is_capitalised() || names_someone(x.text))
                // ", he said, smiling at the crowd": a participle after the attribution tells
                // how it was said, not more of what (and ", adding that …" is read on its own).
                && (!resumed[0].text.ends_with("ing") || resumed[0].text == "including");
            if inside && before.is_some() {
                let from = resumed[0].start;
                if !covers_direct(quotes, from, s.end) {
                    self.found.push(Found {
                        cue: t.text.to_string(),
                        speaker,
                        content: (from, s.end),
                    });
                }
                let end = self.clause_start + head.len();
                if (head_words >= MIN_WORDS || (head_words >= 2 && resumed.len() < MIN_WORDS))
                    && !as_clause
                    && !covers_direct(quotes, self.clause_start, end)
                {
                    self.found.push(Found {
                        cue: t.text.to_string(),
                        speaker,
                        content: (self.clause_start, end),
                    });
                }
                return Some(Flow::Stop);
            }
            // "…, Ruiz said Tuesday in Paris, noting …": the participle after a modifier.
            let continues = continues
                || (modifier > 0
                    && resumed
                        .first()
                        .is_some_and(|x| is_continuing_participle(x) && !x.joined));
            if closes || continues {
                let end = self.clause_start + head.len();
                if tokens_in(text, (self.clause_start, end)).len() >= MIN_WORDS - 1
                    && !covers_direct(quotes, self.clause_start, end)
                {
                    self.found.push(Found {
                        cue: t.text.to_string(),
                        speaker,
                        content: (self.clause_start, end),
                    });
                }
                self.last_speaker = speaker;
                self.clause_start = attribution_end;
                return Some(Flow::At(
                    toks.iter()
                        .position(|x| x.start >= attribution_end)
                        .unwrap_or(toks.len()),
                ));
            }
        }
        None
    }

    /// The cue that goes on after a content opening at token `c` ("pointed to the polls,
    /// noting that …", "… and praised her", "… to say that …", "…, and a third said …"):
    /// where the content ends (before the comma or conjunction) and the token where reading
    /// resumes.
    fn next_cue_after(&self, c: usize) -> Option<(usize, usize)> {
        let (text, toks) = (self.text, self.toks);
        let r = resources::get();
        let comma_before = |i: usize| text[toks[i - 1].end..toks[i].start].contains(',');
        let (first, resume) = (c + 1..toks.len()).find_map(|k| {
            if in_quote(self.quotes, &toks[k])
                || !(is_cue_at(toks, k) || r.stance_verbs.contains(toks[k].text))
            {
                return None;
            }
            if comma_before(k) && toks[k].text.ends_with("ing") {
                return Some((k, k));
            }
            if toks[k].joined && matches!(toks[k - 1].text, "and" | "but" | "to") {
                return Some((k - 1, k));
            }
            // A new subject after a comma and "and", a few words before the cue.
            (k.saturating_sub(4).max(c + 1)..k)
                .find(|&j| matches!(toks[j].text, "and" | "but") && comma_before(j))
                .map(|j| (j, j + 1))
        })?;
        let end = text[..toks[first].start]
            .trim_end()
            .trim_end_matches(',')
            .trim_end()
            .len();
        Some((end, resume))
    }

    /// A participle of saying after a comma, past a content opening at token `c` and before
    /// byte `end` ("declined to comment, saying that …"): where the content ends (before the
    /// comma) and the participle's token.
    fn participle_cue_after(&self, c: usize, end: usize) -> Option<(usize, usize)> {
        let (text, toks) = (self.text, self.toks);
        let k = (c + 1..toks.len())
            .take_while(|&k| toks[k].start < end)
            .find(|&k| {
                toks[k].text.ends_with("ing")
                    && text[toks[k - 1].end..toks[k].start].contains(',')
                    && is_cue_at(toks, k)
                    && !in_quote(self.quotes, &toks[k])
            })?;
        let before = text[..toks[k].start]
            .trim_end()
            .trim_end_matches(',')
            .trim_end();
        Some((before.len(), k))
    }

    /// A verb of saying joined by "and" or "but" to a content opening at token `c` and ending at
    /// byte `end` ("said the plan would pass and added that …"): its token and where the first
    /// content ends, before the conjunction.
    fn joined_saying(&self, c: usize, end: usize) -> Option<(usize, usize)> {
        let (text, s, toks) = (self.text, self.s, self.toks);
        let r = resources::get();
        let k = (c + 1..toks.len()).find(|&k| {
            toks[k].start < end
                && toks[k].joined
                && matches!(toks[k - 1].text, "and" | "but")
                && r.closing_cue_verbs.contains(toks[k].text)
                && !in_quote(self.quotes, &toks[k])
        })?;
        let before = text[s.start..toks[k - 1].start]
            .trim_end()
            .trim_end_matches(',');
        Some((k, s.start + before.len()))
    }

    /// Speaker first: "<speaker> said (that) <content>", the speaker `sp` before the cue at `v`
    /// and the content from token `c`.
    fn speaker_first(&mut self, v: usize, sp: (usize, usize), c: usize) -> Flow {
        let (text, s, toks, quotes) = (self.text, self.s, self.toks, self.quotes);
        let t = &toks[v];
        // "<content>, Ruiz said, adding that <more>": what stands before the
        // attribution is the speaker's too.
        let participle_next = toks
            .get(v + 1)
            .is_some_and(|n| !n.joined && is_continuing_participle(n));
        let from = self.clause_start.min(sp.0);
        // (The comma may stand inside a closing quotation mark: "… will play the “woman card,”
        // Ruiz said, adding …".)
        let before_speaker = text[from..sp.0].trim_end();
        let head = before_speaker
            .strip_suffix(',')
            .or_else(|| before_comma_in_closing_quote(before_speaker));
        if let Some(head) = head {
            let end = from + head.len();
            if participle_next
                && sp.1 <= t.start
                && tokens_in(text, (from, end)).len() >= MIN_WORDS
                && !covers_direct(quotes, from, end)
            {
                self.found.push(Found {
                    cue: t.text.to_string(),
                    speaker: Some(sp),
                    content: (from, end),
                });
            }
        }
        let (end, resume) = content_end(text, toks, v, sp, s.end, &|t: &Token<'_>| {
            in_quote(quotes, t)
        });
        // "said the plan would pass and added that …": the second verb has its own content.
        let joined = self.joined_saying(c, end);
        let end = joined.map_or(end, |(_, e)| e);
        if end > toks[c].start && !covers_direct(quotes, toks[c].start, end) {
            self.found.push(Found {
                cue: t.text.to_string(),
                speaker: Some(sp),
                content: (toks[c].start, end),
            });
        }
        if let Some((k, _)) = joined {
            self.last_speaker = Some(sp);
            self.clause_start = toks[k].start;
            return Flow::At(k);
        }
        if let Some(next) = resume {
            self.clause_start = toks[next].start;
            self.resumed_after = Some((next, sp));
            return Flow::At(next);
        }
        if let Some(subject) = main_clause_after_gerund(toks, t.end, sp) {
            return Flow::At(subject);
        }
        Flow::Stop
    }
}

/// The attributions of one sentence.
fn in_sentence(text: &str, s: &Sentence, toks: &[Token<'_>], quotes: &[&RawQuote]) -> Vec<Found> {
    let is_direct = |start: usize, end: usize| covers_direct(quotes, start, end);
    let inside_quote = |t: &Token<'_>| in_quote(quotes, t);
    // "As The Post reported on Friday, <content>.": the main clause after the comma.
    if let Some(f) = as_reported(text, s, toks, quotes) {
        return vec![f];
    }
    // "<content>, according to <source>." closing a sentence with attributions of its own
    // ("Ruiz told aides that …, according to someone in attendance"): the source's content
    // is all before the comma; the rest is read as a sentence of its own.
    if let Some((k, end, source)) = closing_according_to(text, s, toks) {
        let inner = Sentence {
            start: s.start,
            end,
        };
        let mut found = in_sentence(text, &inner, &toks[..k], quotes);
        let opens_quote = text[s.start..end]
            .trim_start()
            .starts_with(['"', '\u{201c}', '\'']);
        if k >= MIN_WORDS && !opens_quote && !is_direct(toks[0].start, end) {
            found.push(Found {
                cue: "according to".into(),
                speaker: Some(source),
                content: (toks[0].start, end),
            });
        }
        return found;
    }
    // "…, a state she hoped to carry, the race will be tight, said Ana Ruiz.": the closing
    // speaker's content is the whole head, read on its own for the cues inside it.
    if let Some((first, end, k, speaker)) = closing_attribution(text, s, toks, &inside_quote) {
        let inner = Sentence {
            start: s.start,
            end,
        };
        let mut found = in_sentence(text, &inner, &toks[..first], quotes);
        // The whole head has its speaker: no expectation without one.
        found.retain(|g| g.speaker.is_some());
        if !is_direct(toks[0].start, end) {
            found.push(Found {
                cue: toks[k].text.to_string(),
                speaker: Some(speaker),
                content: (toks[0].start, end),
            });
        }
        return found;
    }
    // Each token in turn: the first pattern that applies there says where reading goes on.
    let mut reader = SentenceReader {
        text,
        s,
        toks,
        quotes,
        quoted: text[s.start..s.end].contains(['"', '\u{201c}'])
            || text[s.start..s.end].contains("''"),
        found: Vec::new(),
        clause_start: toks[0].start,
        last_speaker: None,
        resumed_after: None,
        unowned: Vec::new(),
    };
    let mut v = 0;
    while v < toks.len() {
        if inside_quote(&toks[v]) {
            v += 1;
            continue;
        }
        let lower = toks[v].lower();
        let flow = reader
            .according_to(v, &lower)
            .or_else(|| reader.claim_noun(v, &lower))
            .or_else(|| reader.question(v, &lower))
            .or_else(|| reader.finding(v, &lower))
            .or_else(|| reader.passive_by(v))
            .or_else(|| reader.position(v))
            .or_else(|| {
                // A noun that is no cue ("complaints") is read here; one that is ("claim") gets
                // the cues' reading first.
                (resources::get().claim_nouns.contains(&lower) && !is_cue_at(toks, v))
                    .then(|| reader.unowned_claim(v, &lower))
                    .flatten()
            })
            .or_else(|| {
                (lower == "reportedly")
                    .then(|| reader.unsourced_clause(v, false))
                    .flatten()
            })
            // (Before the cues' reading: the subject of a passive is no speaker.)
            .or_else(|| {
                reader
                    .agentless_passive(v)
                    .then(|| reader.unsourced_clause(v, true))
                    .flatten()
            })
            .or_else(|| reader.not_a_cue(v, &lower))
            .or_else(|| reader.continuing_participle(v))
            .or_else(|| reader.cue(v, &lower))
            .or_else(|| reader.unowned_claim(v, &lower))
            .unwrap_or(Flow::At(v + 1));
        match flow {
            Flow::At(next) => v = next,
            Flow::Stop => break,
        }
    }
    let (mut found, unowned) = (reader.found, reader.unowned);
    // "The bank is expected to act in December": an expectation no one is named for, unless
    // the whole sentence is someone's ("…, said Ana Ruiz").
    let attributed_whole = found
        .iter()
        .any(|f| f.speaker.is_some() && f.content.0 <= toks[0].start);
    if !attributed_whole {
        if let Some(f) = expectation(text, s, toks, &is_direct) {
            // (The subject of "is expected" is no speaker: the frame's content holds it.)
            found.retain(|g| g.speaker.is_some() && g.cue != f.cue);
            found.push(f);
        } else if found.is_empty() {
            found.extend(view_of_someone(text, s, toks, &is_direct));
        }
    }
    // Claims nobody owns yield to a verb that attributes the sentence's quotations (`find`
    // reads those around the quote later).
    let unowned = if !unowned.is_empty()
        && quotes.iter().all(|q| q.speaker.is_none() || q.floating)
        && around_partial_quote(text, s, toks).is_some()
    {
        Vec::new()
    } else {
        unowned
    };
    // (Nested in a content found above, or holding one, a claim is a relation of its own:
    // "repeating a false claim that …"; the same words read by another cue are not.)
    for f in unowned {
        if !found.iter().any(|g| {
            g.content.0 <= f.content.0
                && f.content.0 - g.content.0 <= 8
                && g.content.1 >= f.content.1
        }) {
            found.push(f);
        }
    }
    // A poll's findings ("Six in 10 say …", "In a poll released Monday, …"), where nothing
    // above attributes their words.
    for f in poll_shares(text, s, toks, &is_direct)
        .into_iter()
        .chain(in_poll(text, s, toks, &is_direct))
    {
        if !found
            .iter()
            .any(|g| g.content.0 < f.content.1 && f.content.0 < g.content.1)
        {
            found.push(f);
        }
    }
    found
}

/// Whether the phrase starting at byte `start` opens a clause: the sentence's first word, or
/// after a comma, a colon, a semicolon, a conjunction or a subordinator.
fn opens_clause(text: &str, toks: &[Token<'_>], start: usize) -> bool {
    let Some(i) = toks.iter().position(|t| t.start == start) else {
        return false;
    };
    if i == 0 || text[toks[i - 1].end..start].contains([',', ';', ':']) {
        return true;
    }
    let before = toks[i - 1].lower();
    SUBORDINATORS.contains(&before.as_str())
        || matches!(
            before.as_str(),
            "and" | "but" | "so" | "as" | "that" | "now" | "yet"
        )
}

#[cfg(test)]
mod tests;
