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

use super::quotes::{
    clause_subject, is_auxiliary, is_contracted_pronoun, is_cue_at, is_opening_word, is_time_word,
    main_clause_start, name_before_description, name_between_commas, names_participle_speaker,
    names_someone, phrase_after, phrase_before, speaker_like, tokens_in, QuoteKind, RawQuote,
    ADDRESSEE_VERBS, FINITE_AUXILIARIES, MIN_WORDS, PREPOSITIONS,
};
use super::sentences::Sentence;
use super::tokens::{after_title_stop, Token};
use crate::resources;

/// One attribution inside a sentence: cue, speaker span, content byte range.
struct Found {
    cue: String,
    speaker: Option<(usize, usize)>,
    content: (usize, usize),
}

/// Most words an attribution may leave after itself for the content before it to count
/// ("…, she said on Monday at a rally in the capital.").
const MAX_TAIL: usize = 8;

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
    out.extend(headlines(text, &out, direct));
    out
}

/// The attributions of one sentence.
fn in_sentence(text: &str, s: &Sentence, toks: &[Token<'_>], quotes: &[&RawQuote]) -> Vec<Found> {
    let r = resources::get();
    let mut found: Vec<Found> = Vec::new();
    // A content range is the direct quote's when a quote covers most of it, or when it starts
    // inside a quote (a sentence break inside the quotation).
    let is_direct = |start: usize, end: usize| {
        let words = (end.saturating_sub(start)).max(1);
        quotes.iter().any(|q| {
            let covered = q.end.min(end).saturating_sub(q.start.max(start));
            (q.start < start && start < q.end)
                || (q.start <= start + 3 && covered * 10 >= words * 7)
        })
    };
    let inside_quote = |t: &Token<'_>| quotes.iter().any(|q| q.start <= t.start && t.end <= q.end);
    // "called Stone “unhinged”": naming verbs count when the sentence quotes the words.
    let quoted =
        text[s.start..s.end].contains(['"', '\u{201c}']) || text[s.start..s.end].contains("''");
    let naming_ok =
        |t: &Token<'_>| quoted || !matches!(t.text, "called" | "described" | "continued");
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
    // Where the next content-first attribution's content may start.
    let mut clause_start = toks[0].start;
    let mut last_speaker: Option<(usize, usize)> = None;
    let mut v = 0;
    while v < toks.len() {
        let t = &toks[v];
        if inside_quote(t) {
            v += 1;
            continue;
        }
        let lower = t.lower();
        // "According to <source>, <content>" / "<content>, according to <source>".
        if lower == "according" && toks.get(v + 1).is_some_and(|n| n.text == "to") {
            let np = source_after(text, toks, v + 1, s.end);
            let lead = text[clause_start..t.start].trim();
            if lead.is_empty() || lead.split_whitespace().count() <= 1 {
                // Leading: the content follows the source's comma.
                if let Some(np) = np {
                    if let Some(c) = toks.iter().position(|x| x.start >= np.1) {
                        if !is_direct(toks[c].start, s.end) && toks.len() - c >= MIN_WORDS - 1 {
                            found.push(Found {
                                cue: "according to".into(),
                                speaker: Some(np),
                                content: (toks[c].start, s.end),
                            });
                        }
                    }
                }
                break;
            }
            if let Some(head) = text[clause_start..t.start].trim_end().strip_suffix(',') {
                let end = clause_start + head.len();
                // "In addition, according to the department, nine million …": the content is
                // what follows.
                let after_source = np.map_or(t.end, |n| n.1);
                let tail = text[after_source..s.end].trim_start();
                if tail.starts_with(',') && tokens_in(text, (clause_start, end)).len() < MIN_WORDS {
                    if let Some(c) = toks.iter().position(|x| x.start > after_source) {
                        if toks.len() - c >= MIN_WORDS && !is_direct(toks[c].start, s.end) {
                            found.push(Found {
                                cue: "according to".into(),
                                speaker: np,
                                content: (toks[c].start, s.end),
                            });
                        }
                    }
                    break;
                }
                // "At the heart of it, according to Ruiz, was a decision …": the attribution set
                // off inside the sentence, whose content runs on past it.
                let runs_on = tail.starts_with(',')
                    && tokens_in(text, (after_source, s.end)).len() >= MIN_WORDS;
                let content_end = if runs_on { s.end } else { end };
                if !is_direct(clause_start, content_end) {
                    found.push(Found {
                        cue: "according to".into(),
                        speaker: np,
                        content: (clause_start, content_end),
                    });
                }
                if runs_on {
                    break;
                }
                last_speaker = np;
                clause_start = np.map_or(t.end, |n| n.1);
            } else if let Some(np) = np.filter(|np| {
                // "Ruiz leads by 271 delegates according to a count by the AP.": with no comma,
                // a source that names someone and closes the sentence.
                names_someone(&text[np.0..np.1])
                    && text[np.1..s.end]
                        .trim_matches(|c: char| c == '.' || c.is_whitespace())
                        .is_empty()
            }) {
                // (A quotation closing right before is the direct quote's attribution.)
                let head = text[clause_start..t.start].trim_end();
                if tokens_in(text, (clause_start, t.start)).len() >= MIN_WORDS
                    && !head.ends_with(['"', '\u{201d}', '\''])
                    && !is_direct(clause_start, t.start)
                {
                    found.push(Found {
                        cue: "according to".into(),
                        speaker: Some(np),
                        content: (clause_start, text[..t.start].trim_end().len()),
                    });
                }
                break;
            }
            v += 2;
            continue;
        }
        // "his warning that …", "Obama's claim that …": a noun of saying after its speaker's
        // possessive; the content runs to the sentence's end.
        if v > 0
            && r.claim_nouns.contains(lower.as_str())
            && toks
                .get(v + 1)
                .is_some_and(|n| n.text == "that" && n.joined)
            // (A possessive "'s" leaves the next word unjoined.)
            && (t.joined || toks[v - 1].possessive)
        {
            let p = &toks[v - 1];
            let possessor = matches!(p.text, "his" | "her" | "their" | "its") || p.possessive;
            let content_start = toks.get(v + 2).map(|c| c.start);
            // "Stone's accusation that …, Ruiz said.": the sentence is someone else's, and the
            // content-first attribution below finds it.
            let closing_attribution = (v + 3..toks.len()).any(|j| {
                is_cue_at(toks, j)
                    && phrase_before(toks, j).is_some_and(|np| {
                        text[..np.0].trim_end().ends_with(',') && speaker_ok(&text[np.0..np.1])
                    })
            });
            if let (true, Some(start), false) = (possessor, content_start, closing_attribution) {
                if toks.len() - (v + 2) >= MIN_WORDS && !is_direct(start, s.end) {
                    found.push(Found {
                        cue: t.text.to_string(),
                        speaker: Some((p.start, p.end)),
                        content: (start, s.end),
                    });
                    last_speaker = Some((p.start, p.end));
                    clause_start = s.end;
                    v += 2;
                    continue;
                }
            }
        }
        // "Asked whether …, she said": the question is the content.
        // Also past a short modifier: "Asked specifically what …", "Asked by a reporter
        // whether …", "Asked on Monday to respond to …".
        let question = matches!(lower.as_str(), "asked" | "asking")
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
            let to = text[from..s.end].find(',').map_or(s.end, |i| from + i);
            if tokens_in(text, (from, to)).len() >= 3 {
                found.push(Found {
                    cue: t.text.to_string(),
                    speaker: phrase_before(toks, v).filter(|np| names_someone(&text[np.0..np.1])),
                    content: (from, to),
                });
            }
            v = q + 1;
            continue;
        }
        // Findings: "the poll shows …", "a review by the paper found …".
        // (The noun may stand further back with only its modifiers between: "A study by the
        // university and the state's graduate school of education found …".)
        let evidence_noun_before = (v.saturating_sub(14)..v).rev().any(|i| {
            r.evidence_nouns.contains(&toks[i].lower())
                && (v - i <= 6 || toks[i + 1..=v].iter().all(|x| x.joined))
        });
        if r.evidence_verbs.contains(&lower) && evidence_noun_before && toks[v].joined {
            let c = skip_that(toks, v + 1);
            if c < toks.len() && toks.len() - c >= 2 && !is_direct(toks[c].start, s.end) {
                found.push(Found {
                    cue: t.text.to_string(),
                    speaker: phrase_before(toks, v),
                    content: (toks[c].start, s.end),
                });
                break;
            }
        }
        // A position ("Ruiz wants to …"): speaker first, a named speaker, a clause after; or a
        // characterisation in quoted words ("attacked Stone for “the greed …”").
        let characterises = quoted && r.characterization_verbs.contains(t.text);
        // "Ruiz has called for new elections": a demand.
        let calls_for = matches!(t.text, "called" | "calls" | "calling" | "call")
            && toks.get(v + 1).is_some_and(|n| n.joined && n.text == "for");
        // "…,” Ruiz said, referring to the new law": whom or what the words were about.
        let refers_to = matches!(t.text, "referring" | "referred" | "refers" | "refer")
            && toks.get(v + 1).is_some_and(|n| n.joined && n.text == "to");
        // "is confident", "were deeply concerned", "has long been worried": the form of "be"
        // before an adjective of a held view (the subject stands before it).
        let attitude_be = (v > 0 && r.attitude_adjectives.contains(t.text))
            .then(|| {
                if BE_FORMS.contains(&toks[v - 1].text) {
                    Some(v - 1)
                } else {
                    (v > 1
                        && toks[v - 1].text.ends_with("ly")
                        && BE_FORMS.contains(&toks[v - 2].text))
                    .then_some(v - 2)
                }
            })
            .flatten();
        // A view held rather than said, whose content opens after the token this gives:
        // "Ruiz expressed dismay at the plan", "voiced confidence that …" (after the feeling's
        // preposition or "that"), "is confident that …", "made clear that …".
        let content_opens_after = if r.expression_verbs.contains(t.text) {
            (v + 2..toks.len().min(v + 5)).find(|&p| {
                toks[v + 1..=p].iter().all(|x| x.joined)
                    && matches!(
                        toks[p].text,
                        "that" | "at" | "over" | "about" | "for" | "with" | "in"
                    )
            })
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
        if (r.stance_verbs.contains(t.text)
            || characterises
            || calls_for
            || refers_to
            || content_opens_after.is_some())
            && !inside_quote(t)
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
            let speaker = before
                .filter(|np| !did && names_someone(&text[np.0..np.1]))
                .or_else(|| relative_subject(text, toks, v))
                .or_else(|| {
                    // "The agency, a major regulator, declined to …".
                    apposition_subject(text, toks, v, &inside_quote)
                        .filter(|np| names_someone(&text[np.0..np.1]))
                })
                .or_else(|| opening_gerund_subject(toks, v))
                .or_else(|| {
                    // "Ruiz fired back, attacking Stone for “…”".
                    (participle || did)
                        .then(|| last_speaker.or_else(|| clause_subject(&toks[..v])))
                        .flatten()
                })
                .map(|np| with_title(text, toks, np));
            let after = match content_opens_after {
                Some(p) => p,
                None if calls_for || refers_to => v + 1,
                None => v,
            };
            if let (Some(sp), Some(c)) = (speaker, content_after(text, toks, after)) {
                // "Ruiz endorsed Stone last week": the position is its object alone.
                let (end, resume) = if r.object_stance_verbs.contains(t.text) || refers_to {
                    (object_end(toks, c), None)
                } else {
                    content_end(text, toks, v, sp, s.end, &inside_quote)
                };
                let min = if end < s.end { 1 } else { 2 };
                if toks.len() - c >= min && end > toks[c].start && !is_direct(toks[c].start, end) {
                    found.push(Found {
                        cue: t.text.to_string(),
                        speaker: Some(sp),
                        content: (toks[c].start, end),
                    });
                    if let Some(next) = resume {
                        (v, clause_start) = (next, toks[next].start);
                        continue;
                    }
                    // "Ruiz, who endorsed Stone in May and said he would campaign with him, …":
                    // a verb of saying joined by "and" (or "but") to the position has the same
                    // speaker.
                    let and_says = (c + 1..toks.len()).find(|&k| {
                        toks[k].joined
                            && matches!(toks[k - 1].text, "and" | "but")
                            && toks[k].start >= end
                            && is_cue_at(toks, k)
                            && !inside_quote(&toks[k])
                    });
                    if let Some(k) = and_says {
                        last_speaker = Some(sp);
                        (v, clause_start) = (k, toks[k].start);
                        continue;
                    }
                    if let Some(subject) = main_clause_after_gerund(toks, t.end, sp) {
                        v = subject;
                        continue;
                    }
                    break;
                }
            }
            v += 1;
            continue;
        }
        if !is_cue_at(toks, v) || !naming_ok(t) || r.speech_verbs_without_content.contains(&lower) {
            v += 1;
            continue;
        }
        // "the battleground state of …": a noun, unless a subject or modal makes it a verb.
        if r.speech_verbs_also_nouns.contains(&lower)
            && !(v > 0 && toks[v].joined && VERB_MARKERS.contains(&toks[v - 1].lower().as_str()))
            && toks.get(v + 1).is_none_or(|n| n.lower() != "that")
        {
            v += 1;
            continue;
        }
        // ", adding that …", ", calling him “a stiff” and accusing him of …": more content,
        // up to the next such participle.
        let after_comma = text[..t.start].trim_end().ends_with(',');
        let after_and = v > 0 && t.joined && toks[v - 1].text == "and" && !found.is_empty();
        if v > 0 && is_continuing_participle(t) && (after_comma || after_and) {
            let c = skip_that(toks, v + 1);
            let next = (c + 1..toks.len()).find(|&i| {
                is_continuing_participle(&toks[i])
                    && (!toks[i].joined || toks[i - 1].text == "and")
                    && !inside_quote(&toks[i])
            });
            let end = next.map_or(s.end, |i| {
                let before = if toks[i - 1].text == "and" {
                    toks[i - 1].start
                } else {
                    toks[i].start
                };
                s.start + text[s.start..before].trim_end().trim_end_matches(',').len()
            });
            if c < toks.len() && end > toks[c].start && !is_direct(toks[c].start, end) {
                found.push(Found {
                    cue: t.text.to_string(),
                    speaker: last_speaker.or_else(|| clause_subject(&toks[..v])),
                    content: (toks[c].start, end),
                });
            }
            match next {
                Some(i) => {
                    v = i;
                    continue;
                }
                None => break,
            }
        }
        // Right before a participle ("… in April explaining", "hold banners proclaiming")
        // stands a speaker only if it names one.
        let participle = v > 0 && t.joined && t.text.ends_with("ing");
        let before = phrase_before(toks, v)
            .filter(|np| {
                let phrase = &text[np.0..np.1];
                if participle {
                    names_someone(phrase) && !is_time_word(phrase)
                } else {
                    speaker_ok(phrase)
                }
            })
            .or_else(|| relative_subject(text, toks, v))
            .or_else(|| subject_past_relative_clause(toks, v))
            .or_else(|| bracketed_subject(text, toks, v))
            // "Her lawyer, David E. Kendall, wrote": the name rather than the description.
            .or_else(|| name_between_commas(text, toks, v))
            .or_else(|| apposition_subject(text, toks, v, &inside_quote))
            .or_else(|| name_before_description(text, toks, v))
            .or_else(|| opening_gerund_subject(toks, v))
            // "He sent a memo in April explaining …": the clause's subject.
            .or_else(|| {
                let that = toks
                    .get(v + 1)
                    .is_some_and(|n| n.joined && n.text == "that");
                // "Ruiz, who …, on Friday called …".
                let after_day = v > 0 && is_time_word(toks[v - 1].text);
                (participle || that || after_day)
                    .then(|| clause_subject(&toks[..v]))
                    .flatten()
            })
            .map(|np| with_title(text, toks, np));
        // After "told" stands the addressee, not the speaker.
        let after = phrase_after(text, toks, v)
            .filter(|np| names_someone(&text[np.0..np.1]))
            .filter(|_| !ADDRESSEE_VERBS.contains(&lower.as_str()))
            // "Ana Ruiz, a party member, said Stone will win": a name followed by its verb is
            // the subject of what was said, not the one saying it.
            .filter(|np| {
                toks.iter()
                    .find(|x| x.start >= np.1)
                    .is_none_or(|x| !(x.joined && FINITE_AUXILIARIES.contains(&x.text)))
            });
        // Content first: "<content>, <speaker> said (tail)." / "<content>, said <speaker>."
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
            let head = text[clause_start.min(boundary)..boundary].trim_end();
            // "The permit, his campaign said, …": the speaker phrase starts at its noun, so its
            // possessive ("his") still stands before the boundary.
            let head = ["his", "her", "their", "its", "our"]
                .iter()
                .find_map(|p| {
                    head.strip_suffix(p)
                        .filter(|h| h.ends_with(char::is_whitespace))
                        .map(str::trim_end)
                })
                .unwrap_or(head);
            // "The FBI … did not find “ties,” said the director": the comma inside a closing
            // quotation mark ends a content that holds a partial quote.
            if let Some(h) = head
                .strip_suffix(['"', '\u{201d}'])
                .and_then(|h| h.strip_suffix(','))
            {
                let from = clause_start.min(boundary);
                let end = from + h.len();
                // Only a partial quote: the quotation holds less than half the content.
                let quoted: usize = quotes
                    .iter()
                    .map(|q| q.end.min(end).saturating_sub(q.start.max(from)))
                    .sum();
                if tokens_in(text, (from, end)).len() >= MIN_WORDS
                    && quoted * 2 < end - from
                    && !is_direct(from, end)
                {
                    found.push(Found {
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
            if let Some(head) = head {
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
                let addressee_end = if ADDRESSEE_VERBS.contains(&lower.as_str()) {
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
                let addressee = ADDRESSEE_VERBS.contains(&lower.as_str())
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
                let inside = resumed_text.trim_start().starts_with(',')
                    && resumed.len() >= MIN_WORDS
                    && resumed
                        .first()
                        .is_some_and(|x| !x.is_capitalised() || names_someone(x.text))
                    && !is_continuing_participle(resumed[0]);
                if inside && before.is_some() {
                    let from = resumed[0].start;
                    if !is_direct(from, s.end) {
                        found.push(Found {
                            cue: t.text.to_string(),
                            speaker,
                            content: (from, s.end),
                        });
                    }
                    let end = clause_start + head.len();
                    if tokens_in(text, (clause_start, end)).len() >= MIN_WORDS
                        && !is_direct(clause_start, end)
                    {
                        found.push(Found {
                            cue: t.text.to_string(),
                            speaker,
                            content: (clause_start, end),
                        });
                    }
                    break;
                }
                // "…, Ruiz said Tuesday in Paris, noting …": the participle after a modifier.
                let continues = continues
                    || (modifier > 0
                        && resumed
                            .first()
                            .is_some_and(|x| is_continuing_participle(x) && !x.joined));
                if closes || continues {
                    let end = clause_start + head.len();
                    if tokens_in(text, (clause_start, end)).len() >= MIN_WORDS - 1
                        && !is_direct(clause_start, end)
                    {
                        found.push(Found {
                            cue: t.text.to_string(),
                            speaker,
                            content: (clause_start, end),
                        });
                    }
                    last_speaker = speaker;
                    clause_start = attribution_end;
                    v = toks
                        .iter()
                        .position(|x| x.start >= attribution_end)
                        .unwrap_or(toks.len());
                    continue;
                }
            }
        }
        // Speaker first: "<speaker> said (that) <content>".
        if let Some(sp) = before {
            if let Some(c) = clause_after {
                // "<content>, Ruiz said, adding that <more>": what stands before the
                // attribution is the speaker's too.
                let participle_next = toks
                    .get(v + 1)
                    .is_some_and(|n| !n.joined && is_continuing_participle(n));
                let from = clause_start.min(sp.0);
                if let Some(head) = text[from..sp.0].trim_end().strip_suffix(',') {
                    let end = from + head.len();
                    if participle_next
                        && sp.1 <= t.start
                        && tokens_in(text, (from, end)).len() >= MIN_WORDS
                        && !is_direct(from, end)
                    {
                        found.push(Found {
                            cue: t.text.to_string(),
                            speaker: Some(sp),
                            content: (from, end),
                        });
                    }
                }
                let (end, resume) = content_end(text, toks, v, sp, s.end, &inside_quote);
                if end > toks[c].start && !is_direct(toks[c].start, end) {
                    found.push(Found {
                        cue: t.text.to_string(),
                        speaker: Some(sp),
                        content: (toks[c].start, end),
                    });
                }
                if let Some(next) = resume {
                    (v, clause_start) = (next, toks[next].start);
                    continue;
                }
                if let Some(subject) = main_clause_after_gerund(toks, t.end, sp) {
                    v = subject;
                    continue;
                }
                break;
            }
            last_speaker = Some(sp);
        }
        v += 1;
    }
    // "The bank is expected to act in December": an expectation no one is named for, unless
    // the whole sentence is someone's ("…, said Ana Ruiz").
    let attributed_whole = found
        .iter()
        .any(|f| f.speaker.is_some() && f.content.0 <= toks[0].start);
    if !attributed_whole {
        if let Some(f) = expectation(s, toks, &is_direct) {
            found.retain(|g| g.speaker.is_some());
            found.push(f);
        }
    }
    // A poll's findings ("Six in 10 say …"), where nothing above attributes their words.
    for f in poll_shares(text, s, toks, &is_direct) {
        if !found
            .iter()
            .any(|g| g.content.0 < f.content.1 && f.content.0 < g.content.1)
        {
            found.push(f);
        }
    }
    found
}

/// When the speaker `sp` of a cue ending at `cue_end` stands after it, the cue opened the
/// sentence as a gerund ("Speaking to reporters, Ruiz said …"): the main clause may attribute
/// more, so reading goes on from its subject, whose first token this returns.
fn main_clause_after_gerund(
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
fn object_end(toks: &[Token<'_>], c: usize) -> usize {
    let r = resources::get();
    let mut e = c;
    while e + 1 < toks.len() && e - c < 7 {
        let n = &toks[e + 1];
        let l = n.lower();
        let stop = !n.joined
            || PREPOSITIONS.contains(&l.as_str())
            || matches!(
                l.as_str(),
                "and"
                    | "but"
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

/// Words that qualify a share ("about half", "nearly 60 percent", "more than a third").
#[rustfmt::skip]
const SHARE_QUALIFIERS: &[&str] = &[
    "about", "nearly", "almost", "roughly", "only", "just", "around", "over", "under", "some",
    "barely", "fully", "approximately", "fewer", "less", "more", "than", "at", "least", "close",
    "to", "well", "a", "the", "large", "slim", "narrow", "clear", "vast", "solid", "bare", "small",
    "big", "overwhelming", "comfortable", "sizable", "sizeable", "wide",
];

/// Nouns of a share ("a majority", "two-thirds", "a quarter of").
#[rustfmt::skip]
const SHARE_NOUNS: &[&str] = &[
    "majority", "plurality", "minority", "half", "third", "thirds", "quarter", "quarters", "fifth",
    "fifths", "most", "many",
];

/// Whether a word between a share and its verb belongs to the verb group ("would vote for",
/// "are strongly opposed"): an auxiliary or adverb of [`is_auxiliary`], or one of these.
fn in_poll_verb_group(t: &Token<'_>) -> bool {
    is_auxiliary(t) || matches!(t.text, "are" | "now" | "somewhat" | "either")
}

/// Words that open another clause after a comma ("…, while 19 percent …").
const CLAUSE_JOINERS: &[&str] = &[
    "while", "but", "and", "whereas", "compared", "although", "though", "after",
];

/// Poll verbs (stems) whose content is their object: a choice, not a clause ("support Ruiz",
/// "chose Stone", "oppose the plan").
const OBJECT_POLL_VERBS: &[&str] = &[
    "support", "chose", "choose", "favo", "back", "oppos", "prefer", "like", "dislike", "trust",
    "distrust", "reject",
];

/// Whether a token is a number: digits ("56", "1,200", "9.5") or a number word, hyphenated ones
/// too ("forty-one").
fn is_number(t: &Token<'_>) -> bool {
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
fn poll_shares(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Vec<Found> {
    let mut found = Vec::new();
    // The first clause opens the sentence, or follows an opening prepositional phrase.
    let mut at = if is_opening_word(&toks[0]) || matches!(toks[0].lower().as_str(), "among" | "of")
    {
        match (1..toks.len().min(12)).find(|&k| !toks[k].joined) {
            Some(k) => k,
            None => return found,
        }
    } else {
        0
    };
    // Or follows a colon or semicolon ("… on social issues; 26% say they are
    // conservative", "… fighting terrorism: 47% say …").
    if poll_share(text, s, toks, at, is_direct).is_none() {
        match (at + 1..toks.len()).find(|&k| {
            text[toks[k - 1].end..toks[k].start].contains([';', ':'])
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
fn poll_share(
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

/// "<subject> is expected to <verb> …" (also "are", "was", "widely", "not"): an expectation
/// without a source; the content is the subject and what is expected, the main clause to the
/// sentence's end ("who are expected to …" starts at the relative pronoun).
fn expectation(
    s: &Sentence,
    toks: &[Token<'_>],
    is_direct: &dyn Fn(usize, usize) -> bool,
) -> Option<Found> {
    let v = (1..toks.len().saturating_sub(2)).find(|&i| {
        let expected = toks[i].text == "expected"
            && matches!(
                toks[i - 1].lower().as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "widely" | "not"
            );
        // "The party seemed to be moving behind him", "It appears that …".
        let seems = matches!(
            toks[i].text,
            "seems" | "seemed" | "seem" | "appears" | "appeared" | "appear"
        ) && toks[i + 1].joined
            && (toks[i + 1].text == "that" || !toks[i + 2].is_capitalised());
        toks[i].joined
            && toks[i + 1].joined
            && (expected && toks[i + 1].text == "to"
                || seems && matches!(toks[i + 1].text, "to" | "that"))
    })?;
    // From the sentence's start: an opening phrase ("In the coming weeks, …") belongs to it.
    let relative = (v.saturating_sub(4)..v)
        .rev()
        .find(|&i| matches!(toks[i].lower().as_str(), "who" | "which" | "that"));
    let from = relative.unwrap_or(0);
    if from >= v || is_direct(toks[from].start, s.end) {
        return None;
    }
    Some(Found {
        cue: toks[v].text.to_string(),
        speaker: None,
        content: (toks[from].start, s.end),
    })
}

/// "As <source> <cue> (…), <content>": a sentence opening with "As", a speaker and a cue within
/// its first words, then a comma; the content is the main clause after it.
fn as_reported(
    text: &str,
    s: &Sentence,
    toks: &[Token<'_>],
    quotes: &[&RawQuote],
) -> Option<Found> {
    if toks.first()?.text != "As" {
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
fn closing_according_to(
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

/// Capitalised words opening a sentence that never belong to the speaker after them ("And he",
/// "While Ruiz").
const NOT_A_TITLE: &[&str] = &[
    "and", "but", "or", "so", "yet", "however", "still", "also", "then", "while", "although",
    "though", "because", "if", "when", "as", "after", "before", "since", "until", "unless",
    "whereas",
];

/// A speaker phrase with the capitalised words joined before it ("Ms." of "Ms. Ruiz"); a
/// pronoun stays alone, and a conjunction or subordinator opening the sentence ("And he", "While
/// Ruiz") is not a title.
fn with_title(text: &str, toks: &[Token<'_>], np: (usize, usize)) -> (usize, usize) {
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
fn speaker_ok(phrase: &str) -> bool {
    let r = resources::get();
    let head = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches(['%', ')'])
        .to_lowercase();
    names_someone(phrase)
        || r.speaker_nouns.contains(&head)
        || phrase.contains('%')
        || phrase.contains(" percent")
        || speaker_like(phrase)
}

/// Words before a bare speech verb that make it a verb ("they state", "will answer").
const VERB_MARKERS: &[&str] = &[
    "i", "we", "you", "they", "to", "will", "would", "can", "could", "may", "might", "should",
    "must", "did", "do", "does", "not", "also",
];

/// Forms of "be" before an adjective of a held view ("is confident that").
const BE_FORMS: &[&str] = &[
    "is", "was", "are", "were", "am", "be", "been", "remains", "remained",
];

/// Particles that open a modifier, not a content, after a cue ("spoke up", "called off").
const NOT_CONTENT: &[&str] = &["up", "out", "off", "down", "back", "around", "as"];

/// Object pronouns: the addressee of "told him …".
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "me", "us", "you"];

/// Nouns of a stretch of time after "this", "last" or "next" ("this week").
const TIME_NOUNS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// A word of a time phrase ("earlier this week", "on Monday", "two days ago").
fn is_time_token(t: &Token<'_>) -> bool {
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
                | "days"
                | "weeks"
                | "months"
                | "years"
        )
}

/// Skip "that" (and a time word) opening a content.
fn skip_that(toks: &[Token<'_>], mut c: usize) -> usize {
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

/// Where the content after cue `v` starts, if it has one: after "that", an addressee ("told
/// reporters that …") or a participle continuing it; not a modifier ("said in a statement").
fn content_after(text: &str, toks: &[Token<'_>], v: usize) -> Option<usize> {
    let mut c = skip_that(toks, v + 1);
    // "told reporters in an interview that …": the content starts after "that"; without one,
    // an addressee ("told Breitbart News") is not content.
    if let Some(t) = (c..toks.len().min(c + 12)).find(|&i| toks[i].lower() == "that") {
        // Only a modifier or an addressee stands between the cue and "that"; "said he
        // understands X — and that …" keeps its first clause.
        let between = &text[toks[c].start..toks[t].start];
        let first = toks[c].lower();
        let modifier = PREPOSITIONS.contains(&first.as_str())
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
                && !n.text.ends_with('s')
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
    let after_that = c > v + 1 && toks[c - 1].text == "that";
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
            let l = toks[k].lower();
            let pronoun = matches!(l.as_str(), "he" | "she" | "they" | "it" | "we" | "i")
                || is_contracted_pronoun(&l);
            if pronoun && toks.len() - k >= 3 {
                return Some(c);
            }
        }
    }
    // "reported at least six planes …": a quantity, not a place.
    let quantity = first == "at"
        && toks
            .get(c + 1)
            .is_some_and(|n| n.joined && matches!(n.text, "least" | "most"));
    if (PREPOSITIONS.contains(&first.as_str()) && !quantity)
        || NOT_CONTENT.contains(&first.as_str())
        || !toks[c].joined && text[..toks[c].start].trim_end().ends_with(',')
    {
        return None;
    }
    Some(c)
}

/// Whether a quotation mark opens at `at` (or right before it).
fn quoted_at(text: &str, at: usize) -> bool {
    text[..at].trim_end().ends_with(['"', '\u{201c}']) || text[at..].starts_with(['"', '\u{201c}'])
}

/// The antecedent of a relative pronoun before cue `v`: "Ana Ruiz, who has long said …" gives
/// "Ana Ruiz" (or "who" itself when no name stands before it).
fn relative_subject(text: &str, toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
    let mut w = v;
    while w > 0 && toks[w].joined && is_auxiliary(&toks[w - 1]) {
        w -= 1;
    }
    if w == 0 || !toks[w].joined || !matches!(toks[w - 1].text, "who" | "which") {
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

/// How many words a relative clause between a subject and its speech verb may have ("the groups
/// who wrote to her on Thursday say").
const MAX_RELATIVE_CLAUSE_WORDS: usize = 10;

/// The subject of cue `v` across a relative clause with no commas: "the groups who wrote to her
/// on Thursday say …", "Ana Ruiz who ran in 2020 said …" (a cue inside the clause has the same
/// subject, by [`relative_subject`]).
pub(super) fn subject_past_relative_clause(toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
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
fn capitalised_name_before(toks: &[Token<'_>], end: usize) -> Option<usize> {
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
fn name_span(toks: &[Token<'_>], from: usize, end: usize) -> (usize, usize) {
    (toks[from].start, toks[end - 1].end)
}

/// Most words between a relative pronoun and the determiner opening its antecedent.
const MAX_ANTECEDENT_WORDS: usize = 6;

/// The determiner ("a", "the", "one", "another") opening the noun phrase that ends right before
/// token `at`: the farthest one within [`MAX_ANTECEDENT_WORDS`] words, so that the phrase keeps
/// its modifiers ("one Democrat familiar with the talks"), never across punctuation.
fn determiner_before(toks: &[Token<'_>], at: usize) -> Option<usize> {
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
/// a gerund opening the sentence after a preposition has the main clause's subject.
fn opening_gerund_subject(toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
    let t = toks.get(v)?;
    // The preposition is capitalised: it opens the sentence (or follows its dateline).
    let opening = (v >= 1 && is_opening_word(&toks[v - 1]))
        || (v >= 2 && toks[v - 2].text == "Instead" && toks[v - 1].text == "of");
    if !opening || !t.joined || !t.text.ends_with("ing") {
        return None;
    }
    let from = if toks[v - 1].text == "of" {
        v - 2
    } else {
        v - 1
    };
    clause_subject(&toks[from..]).filter(|np| np.0 > t.end)
}

/// Where a content after cue `t` ends: the sentence's end; when its speaker comes after the
/// cue (an opening gerund: "After bragging about …, Ruiz is …"), the clause before the speaker;
/// or, when a second attribution is joined to it ([`coordinated_attribution`]), before that one,
/// with the token where reading resumes so that it is read as a clause of its own.
fn content_end(
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
    match coordinated_attribution(text, toks, v, inside_quote) {
        Some((end, name)) => (end, Some(name)),
        None => (sentence_end, None),
    }
}

/// Conjunctions that open a subordinate clause before the main one ("While …, …").
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "whereas", "when", "after", "before", "because", "since", "if",
    "unless", "once", "until",
];

/// "While Ruiz has condemned the plan, the groups say …": a cue in the subordinate clause that
/// opens the sentence has that clause for content, to the comma before the main clause, when
/// the main clause has a cue of its own; it is then read on its own. Returns the last token of
/// the subordinate clause.
fn opening_clause_end(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<usize> {
    // (Or a preposition opening a phrase: "Amid what the Times called a “rough week”, …".)
    if !toks.first().is_some_and(|t| {
        let lower = t.lower();
        t.is_capitalised()
            && (SUBORDINATORS.contains(&lower.as_str())
                || PREPOSITIONS.contains(&lower.as_str())
                || matches!(lower.as_str(), "amid" | "despite" | "as"))
    }) {
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

/// A second attribution joined to the content after cue `v`: "Ruiz saying he was “very
/// encouraged” and Stone calling it a “great meeting”", "… said the plan would fail, while Lee
/// said it would not": "and", "while" or "but", then a name (up to four capitalised words) and
/// a verb of saying (`data/speech_verbs.txt`; "while Lee sought a compromise" goes on with the
/// content). Not inside a quotation. Returns where the first content ends (before the
/// conjunction) and the name's first token.
fn coordinated_attribution(
    text: &str,
    toks: &[Token<'_>],
    v: usize,
    inside_quote: &dyn Fn(&Token<'_>) -> bool,
) -> Option<(usize, usize)> {
    let r = resources::get();
    (v + 2..toks.len()).find_map(|j| {
        let t = &toks[j];
        if !matches!(t.text, "and" | "while" | "but") || inside_quote(t) {
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
        (name > 0 && speech).then(|| {
            (
                text[..t.start].trim_end().trim_end_matches(',').len(),
                j + 1,
            )
        })
    })
}

/// A speaker followed by a bracket before the cue: "Gov. Ana Ruiz (R-Ohio) said …".
fn bracketed_subject(text: &str, toks: &[Token<'_>], v: usize) -> Option<(usize, usize)> {
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
fn apposition_subject(
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
    // Past an opening phrase ("Earlier this week, Ruiz, who …, said").
    let m = main_clause_start(&toks[..v]);
    let first = &toks[m];
    if inside_quote(first) {
        return None;
    }
    let mut e = m;
    // A possessor belongs to the phrase ("Nevada's governor, Brian Sandoval, said").
    while e + 1 < v
        && (toks[e + 1].joined
            || toks[e].possessive
            || after_title_stop(text, &toks[e], &toks[e + 1]))
        && e - m < 6
    {
        e += 1;
    }
    let np = (first.start, toks[e].end);
    let after = text[np.1..].trim_start();
    // "Ana R. Ruiz Jr., who …": past a name's suffix's stop.
    let after = match toks[e].text {
        "Jr" | "Sr" => after.strip_prefix('.').unwrap_or(after),
        _ => after,
    };
    let set_off = if dash_before(before) {
        dash_after(after)
    } else {
        after.starts_with([',', '('])
    };
    (set_off && e + 1 < v && speaker_ok(&text[np.0..np.1])).then_some(np)
}

/// The source after "according to": up to the next comma or the sentence's end, at most 16 words.
fn source_after(text: &str, toks: &[Token<'_>], to: usize, end: usize) -> Option<(usize, usize)> {
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

/// Headlines of the form "<Name>: <content>" ("Ruiz: Talks Will Resume"), one line each.
fn headlines(text: &str, found: &[RawQuote], direct: &[RawQuote]) -> Vec<RawQuote> {
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
        let headline = (1..=6).contains(&words.len())
            && words.first().is_some_and(capitalised)
            && lower_words <= 1
            && named_again
            && body.len() <= 200;
        // Not a label ("UPDATE", "Q", "The Latest").
        if !(headline || transcript)
            || matches!(words[0], "The" | "A" | "An")
            || r.header_keys.contains_key(&who.to_lowercase())
            || r.navigation_labels.contains(&who.to_lowercase())
            || what.split_whitespace().count() < 3
            || transcript && !headline && !named_in_transcript(text, who)
        {
            continue;
        }
        let content_start =
            start + colon + 2 + (body[colon + 2..].len() - body[colon + 2..].trim_start().len());
        let content_end = start + body.len();
        if found
            .iter()
            .chain(direct)
            .any(|q| q.start < content_end && content_start < q.end)
        {
            continue;
        }
        out.push(RawQuote {
            text: what.to_string(),
            start: content_start,
            end: content_end,
            kind: QuoteKind::Reported,
            cue: Some(":".into()),
            speaker: Some(who.to_string()),
            speaker_span: Some((start, start + colon)),
            about: None,
            about_span: None,
            floating: false,
            continues_previous: false,
        });
    }
    out
}

/// A headline in title case with its verb: "Ruiz Says Talks Will Resume", "Stone Slams the
/// Budget Plan". The words before the verb are the speaker, the rest of the line the content.
fn title_case_headline(
    text: &str,
    start: usize,
    body: &str,
    found: &[RawQuote],
    direct: &[RawQuote],
) -> Option<RawQuote> {
    let r = resources::get();
    if body.len() > 200 || body.contains(['\u{201c}', '"']) {
        return None;
    }
    let all = tokens_in(text, (start, start + body.len()));
    // The headline's first clause: "Ruiz Says Talks Failed, Calls Plan ‘Reckless’".
    let clause = (1..all.len())
        // (A possessive leaves the next word unjoined: "Ruiz’s Son Says …".)
        .find(|&k| !all[k].joined && !all[k - 1].possessive)
        .unwrap_or(all.len());
    let toks = &all[..clause];
    if toks.len() < 4 || toks.iter().filter(|t| t.is_capitalised()).count() * 10 < toks.len() * 7 {
        return None;
    }
    let v = (1..toks.len().min(7) - 1).find(|&i| {
        let l = toks[i].lower();
        toks[i].is_capitalised()
            && (r.speech_verbs.contains(&l)
                || r.stance_verbs.contains(&l)
                || r.characterization_verbs.contains(&l))
            && !r.speech_verbs_also_nouns.contains(&l)
    })?;
    // "Ruiz Just Revealed …", "Stone Is Now Calling …": the speaker without the verb's
    // adverbs and auxiliaries.
    // ("May" and "Will" stay: they are names too.)
    let last = (0..v).rev().find(|&k| {
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
    })?;
    let speaker = (toks[0].start, toks[last].end);
    let first = toks[0].lower();
    if r.stopwords.contains(&first) || !names_someone(&text[speaker.0..speaker.1]) {
        return None;
    }
    let content_start = toks[v + 1].start;
    let content_end = if clause < all.len() {
        toks[clause - 1].end
    } else {
        start + body.trim_end_matches('.').len()
    };
    if toks.len() - v - 1 < 2
        || found
            .iter()
            .chain(direct)
            .any(|q| q.start < content_end && content_start < q.end)
    {
        return None;
    }
    Some(RawQuote {
        text: text[content_start..content_end].to_string(),
        start: content_start,
        end: content_end,
        kind: QuoteKind::Reported,
        cue: Some(toks[v].text.to_string()),
        speaker: Some(text[speaker.0..speaker.1].to_string()),
        speaker_span: Some(speaker),
        about: None,
        about_span: None,
        floating: false,
        continues_previous: false,
    })
}

/// A transcript's speaker label ("TAPPER") used again, as a label or as a name ("Tapper").
fn named_in_transcript(text: &str, who: &str) -> bool {
    let last = who.split_whitespace().last().unwrap_or(who);
    let mut name = String::new();
    for (i, c) in last.chars().enumerate() {
        if i == 0 {
            name.push(c);
        } else {
            name.extend(c.to_lowercase());
        }
    }
    text.matches(who).count() >= 2 || text.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::super::quotes::{find as find_quotes, QuoteKind};

    /// (content, speaker) of each reported quote.
    fn reported(text: &str) -> Vec<(String, Option<String>)> {
        find_quotes(text)
            .into_iter()
            .filter(|q| q.kind == QuoteKind::Reported)
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn pair(content: &str, speaker: &str) -> (String, Option<String>) {
        (content.to_string(), Some(speaker.to_string()))
    }

    #[test]
    fn contents_after_that_an_addressee_and_a_time() {
        // A contracted pronoun opens the content; it does not lengthen the addressee.
        let r =
            reported("Lee also told Breitbart News he'd support Ana Ruiz in a general election.");
        assert_eq!(
            r,
            vec![pair("he'd support Ana Ruiz in a general election", "Lee")]
        );
        // After "that", an opening phrase set off by a comma belongs to the content.
        let r = reported(
            "Lee said that in a race between Ruiz and Stone, he would support the former.",
        );
        assert_eq!(
            r,
            vec![pair(
                "in a race between Ruiz and Stone, he would support the former",
                "Lee"
            )]
        );
        let r = reported("Lee said that, during the war, the town was helping steer the work.");
        assert_eq!(
            r,
            vec![pair(
                "during the war, the town was helping steer the work",
                "Lee"
            )]
        );
        // "on Twitter" and "this week" are where and when, not what was said.
        let r = reported("Lee said on Twitter that the comment by Ana Ruiz was inappropriate.");
        assert_eq!(
            r,
            vec![pair("the comment by Ana Ruiz was inappropriate", "Lee")]
        );
        let r = reported("Lee told reporters earlier this week he would run again.");
        assert_eq!(r, vec![pair("he would run again", "Lee")]);
        // Only a time after the addressee: the content stands before the attribution.
        let r = reported(
            "The union will likely sit out the election altogether, Ana Ruiz told POLITICO earlier this week.",
        );
        assert_eq!(
            r,
            vec![pair(
                "The union will likely sit out the election altogether",
                "Ana Ruiz"
            )]
        );
        // A participle describing the addressee is not content.
        let r = reported("Lee told a meeting being held in a church in the city about it.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn an_addressee_ends_at_the_next_determiner_and_a_quantifier_opens_a_speaker() {
        let r = reported("Lee told the AP his firm worked closely with the group.");
        assert_eq!(
            r,
            vec![pair("his firm worked closely with the group", "Lee")]
        );
        let r = reported("The plan would fail in the end, one longtime friend said.");
        assert_eq!(
            r,
            vec![pair(
                "The plan would fail in the end",
                "one longtime friend"
            )]
        );
        let r = reported("The plan would fail in the end, some officials said.");
        assert_eq!(
            r,
            vec![pair("The plan would fail in the end", "some officials")]
        );
        let r = reported("The solution, the partner told them, was simple and cheap.");
        assert_eq!(r, vec![pair("was simple and cheap", "the partner")]);
    }

    #[test]
    fn a_closing_according_to_over_a_sentence_with_its_own_cue() {
        let r = reported("Lee was holding a meeting in his office and told aides that he viewed Ruiz as a threat, according to someone in attendance.");
        assert!(
            r.contains(&pair(
                "Lee was holding a meeting in his office and told aides that he viewed Ruiz as a threat",
                "someone in attendance"
            )),
            "{r:?}"
        );
        assert!(
            r.contains(&pair("he viewed Ruiz as a threat", "Lee")),
            "{r:?}"
        );
    }

    #[test]
    fn a_title_case_headline_after_a_possessive() {
        let r = reported("Ruiz’s Son Says The Battle Against Stone Will Be Unprecedented.\n\nRuiz spoke on Monday.");
        assert_eq!(
            r,
            vec![pair(
                "The Battle Against Stone Will Be Unprecedented",
                "Ruiz’s Son"
            )]
        );
    }

    #[test]
    fn speakers_with_a_suffix_or_a_possessor_and_tails_that_describe_them() {
        let r = reported(
            "Vice President Ana R. Ruiz Jr. warned this week that the man had raised the dangers.",
        );
        assert_eq!(
            r,
            vec![pair(
                "the man had raised the dangers",
                "Vice President Ana R. Ruiz Jr"
            )]
        );
        let r = reported(
            "The first step will be to help them keep their seats, the senator’s allies say.",
        );
        assert_eq!(
            r,
            vec![pair(
                "The first step will be to help them keep their seats",
                "the senator’s allies"
            )]
        );
        let r = reported("This is not about me, President Ruiz told his closest advisers as he labored over one of the last major addresses of his term.");
        assert_eq!(r, vec![pair("This is not about me", "President Ruiz")]);
        let r = reported("Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who point to his strong ties with organized labor.");
        assert_eq!(
            r,
            vec![pair(
                "Defending that terrain is squarely within his wheelhouse",
                "a handful of Democrats"
            )]
        );
        let r = reported("The plan is sickening and wrong, Lee said Tuesday in Paris, noting the nominee makes him retch.");
        assert_eq!(
            r,
            vec![
                pair("The plan is sickening and wrong", "Lee"),
                pair("the nominee makes him retch", "Lee")
            ]
        );
    }

    #[test]
    fn a_quantity_after_the_cue_and_according_to_after_a_quotation() {
        let r = reported("CNN reported at least six planes filled the skies with messages.");
        assert_eq!(
            r,
            vec![pair(
                "at least six planes filled the skies with messages",
                "CNN"
            )]
        );
        let r = reported("On Saturday, Ruiz made clear that the meeting was not political, saying that critics should \"look for a psychiatrist,\" according to Reuters.");
        assert!(
            r.iter()
                .any(|(c, sp)| c.starts_with("On Saturday, Ruiz made clear")
                    && sp.as_deref() == Some("Reuters")),
            "{r:?}"
        );
    }

    #[test]
    fn findings_further_from_their_noun_poll_shares_after_a_semicolon_and_a_closing_place() {
        let r = reported("A study by the state university and the graduate school of education found that tuition costs are the highest in the region.");
        assert!(
            r.iter()
                .any(|(c, _)| c == "tuition costs are the highest in the region"),
            "{r:?}"
        );
        let r = reported(
            "A video of the episode shows her clutching her phone among the shoving hands.",
        );
        assert!(
            r.iter()
                .any(|(c, _)| c.starts_with("her clutching her phone")),
            "{r:?}"
        );
        let r =
            reported("The generation leans left on social issues; 26% say they are conservative.");
        assert!(r.iter().any(|(c, _)| c == "they are conservative"), "{r:?}");
        let r = reported("His allegiance has shifted from Stone to Lee, Ruiz said during his campaign speech to the delegates.");
        assert_eq!(
            r,
            vec![pair("His allegiance has shifted from Stone to Lee", "Ruiz")]
        );
    }

    #[test]
    fn views_held_expressed_or_made_clear() {
        let r = reported(
            "Ruiz's aides have privately expressed frustration over Stone's continuing campaign.",
        );
        assert_eq!(r, vec![pair("Stone's continuing campaign", "Ruiz's aides")]);
        let r = reported("Ruiz is confident that the party could still come together.");
        assert_eq!(r, vec![pair("the party could still come together", "Ruiz")]);
        let r = reported("Aides were deeply concerned about the state of the campaign.");
        assert_eq!(r, vec![pair("the state of the campaign", "Aides")]);
        let r = reported("Ruiz made it clear that the party could still come together.");
        assert_eq!(r, vec![pair("the party could still come together", "Ruiz")]);
        // Past "been", the subject stands before the verb group.
        let r = reported("Ruiz's allies have long been concerned that the fund will run dry.");
        assert_eq!(r, vec![pair("the fund will run dry", "Ruiz's allies")]);
        // Not a view: "made" with an object.
        assert!(reported("Ruiz made a clear plan for the party.").is_empty());
    }

    #[test]
    fn verbs_of_knowing_are_cues_only_before_that() {
        let r = reported("Some delegates doubt that there will be any change to the rules.");
        assert_eq!(
            r,
            vec![pair(
                "there will be any change to the rules",
                "Some delegates"
            )]
        );
        let r = reported("Lee recognized that the plan had failed.");
        assert_eq!(r, vec![pair("the plan had failed", "Lee")]);
        // Without "that" they mean something else.
        assert!(reported("Lee recognized the new government in the spring.").is_empty());
        assert!(reported("Ruiz knew the city and its streets very well.").is_empty());
    }

    #[test]
    fn a_cue_joined_by_but_to_a_position_has_its_speaker() {
        let r = reported(
            "Lee endorsed Ruiz, but told the Harbor Times on Monday that he thought Stone would win.",
        );
        assert!(
            r.contains(&pair("he thought Stone would win", "Lee")),
            "{r:?}"
        );
    }

    #[test]
    fn a_cue_in_an_infinitive_after_went_on_and_a_noun_like_form_after_a_name() {
        let r = reported("Ruiz went on to say the convention failed to mention the war.");
        assert_eq!(
            r,
            vec![pair("the convention failed to mention the war", "Ruiz")]
        );
        let q =
            find_quotes("Ruiz went on to say, \u{201c}We will win this state by a mile.\u{201d}");
        assert_eq!(q[0].speaker.as_deref(), Some("Ruiz"));
        let r = reported("The Harbor Times reports Lee will endorse Ruiz at a rally on Saturday.");
        assert_eq!(
            r,
            vec![pair(
                "Lee will endorse Ruiz at a rally on Saturday",
                "The Harbor Times"
            )]
        );
    }

    #[test]
    fn a_subject_set_off_from_its_verb_by_dashes_or_after_a_suffix() {
        let r = reported("Many speakers at the service \u{2014} including Muslims, Christians, Catholics, Jews \u{2014} said the death is painful at this time.");
        assert_eq!(
            r,
            vec![pair(
                "the death is painful at this time",
                "Many speakers at the service"
            )]
        );
        let r = reported("Ruiz says, win or lose in Tuesday's primary, she's staying in the race.");
        assert_eq!(
            r,
            vec![pair(
                "win or lose in Tuesday's primary, she's staying in the race",
                "Ruiz"
            )]
        );
        let r = reported("The justice -- who has been in a scuffle with the nominee over the past few days -- said she regretted her remarks.");
        assert_eq!(r, vec![pair("she regretted her remarks", "The justice")]);
        let r = reported("Vice President Ana R. Ruiz Jr., who was to travel to Columbus, Ohio, on Wednesday, said the rules touched on a core issue.");
        assert!(
            r.iter()
                .any(|(c, sp)| c == "the rules touched on a core issue"
                    && sp.as_deref() == Some("Vice President Ana R. Ruiz Jr")),
            "{r:?}"
        );
    }

    #[test]
    fn content_before_an_attribution_that_goes_on_with_a_participle() {
        let r = reported("Ruiz intends to deliver an address at the club this month, Mr. Lee said, adding that she would also hold talks.");
        assert_eq!(
            r,
            vec![
                pair(
                    "Ruiz intends to deliver an address at the club this month",
                    "Mr. Lee"
                ),
                pair("she would also hold talks", "Mr. Lee"),
            ]
        );
    }

    #[test]
    fn a_passive_as_reported_by_and_a_saying_verb_after_a_position() {
        let r = reported("As first reported by The Post, the minister was made aware of her duty.");
        assert_eq!(
            r,
            vec![pair("the minister was made aware of her duty", "The Post")]
        );
        let r = reported("Ruiz, who endorsed Stone in late May and said he would probably campaign with him, did not show up.");
        assert!(r.contains(&pair("Stone", "Ruiz")), "{r:?}");
        assert!(
            r.iter()
                .any(|(c, sp)| c.starts_with("he would probably campaign")
                    && sp.as_deref() == Some("Ruiz")),
            "{r:?}"
        );
    }

    #[test]
    fn links_titles_and_an_according_to_after_a_question_are_not_contents() {
        let r = reported("The amount approved for the move, Ana Ruiz at the paper reports: http://example.com/1Ne.");
        assert!(r.iter().all(|(c, _)| !c.starts_with("http")), "{r:?}");
        let r = reported(
            "\"What does that mean?\" Ruiz asked, according to a transcript of the interview.",
        );
        assert!(
            r.iter().all(|(c, _)| !c.starts_with("to a transcript")),
            "{r:?}"
        );
        let q = find_quotes("\"Lee leaves the musical on its way to Broadway,\" by Times' Ana Ruiz: \"Lee is withdrawing as the director.\"");
        assert!(
            q.iter().all(|q| !q.text.starts_with("Lee leaves")),
            "{:?}",
            q.iter().map(|q| &q.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_attribution_inside_its_content_with_a_possessive_or_a_time_after_it() {
        let r = reported("The permit, his campaign said, had been very hard to get for the group.");
        assert_eq!(
            r,
            vec![pair("had been very hard to get for the group", "campaign")]
        );
        let r = reported("Facebook created the tool to help in times of crisis, Ana Ruiz said on Saturday, and it has activated it five times in the last year.");
        assert!(
            r.contains(&pair(
                "Facebook created the tool to help in times of crisis",
                "Ana Ruiz"
            )),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|(c, _)| c.contains("it has activated it five times")),
            "{r:?}"
        );
    }

    #[test]
    fn a_second_attribution_joined_by_and_ends_the_first_content() {
        let r = reported("Both men issued a statement – Ruiz saying he was \u{201c}very encouraged\u{201d} and Stone calling it a \u{201c}great meeting.\u{201d}");
        assert!(
            r.contains(&pair("he was \u{201c}very encouraged\u{201d}", "Ruiz")),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|(c, s)| c.contains("great meeting") && s.as_deref() == Some("Stone")),
            "{r:?}"
        );
        // The quotation in the first content is the first speaker's, not the second's; an
        // infinitive opening with a quotation mark is content.
        let q = find_quotes("Ruiz said he'd make sand \"glow in the dark,\" for instance, and Stone vowed to \"bomb the hell\" out of the group.");
        let glow = q
            .iter()
            .find(|q| q.text == "glow in the dark")
            .expect("direct quote");
        assert_eq!(glow.speaker.as_deref(), Some("Ruiz"), "{q:?}");
        assert!(
            q.iter().any(|q| q.text.starts_with("to \"bomb the hell\"")
                && q.speaker.as_deref() == Some("Stone")),
            "{q:?}"
        );
        // "while Ruiz sought a compromise" is no verb of saying: the content goes on.
        let r =
            reported("Stone said only he kept his promise, while Ruiz sought a compromise plan.");
        assert_eq!(
            r,
            vec![pair(
                "only he kept his promise, while Ruiz sought a compromise plan",
                "Stone"
            )]
        );
    }

    #[test]
    fn a_name_ending_in_a_month_is_no_opening_date() {
        assert_eq!(
            reported("Yin Myint May, 60, a doctor, said she was elated but feared the army."),
            vec![pair("she was elated but feared the army", "Yin Myint May")]
        );
        assert_eq!(
            reported("In May, the mayor said she was elated by the vote."),
            vec![pair("she was elated by the vote", "the mayor")]
        );
    }

    #[test]
    fn a_source_close_to_someone_and_a_new_report_are_speakers() {
        let r = reported(
            "Cruz will rethink how he approaches his colleagues, a source close to him said.",
        );
        assert_eq!(
            r,
            vec![pair(
                "Cruz will rethink how he approaches his colleagues",
                "a source"
            )]
        );
        let r =
            reported("Hackers compromised 12 workstations and 10 servers, the new report said.");
        assert_eq!(
            r,
            vec![pair(
                "Hackers compromised 12 workstations and 10 servers",
                "the new report"
            )]
        );
    }

    #[test]
    fn states_before_that_is_a_noun_unless_its_subject_stands_before_it() {
        assert!(reported(
            "Her poor showings in the four states that voted last Saturday hurt the campaign."
        )
        .is_empty());
        let r = reported("The report states that courts should not rule too close to an election.");
        assert_eq!(
            r,
            vec![pair(
                "courts should not rule too close to an election",
                "The report"
            )]
        );
    }

    #[test]
    fn a_polls_shares_and_what_each_thinks_or_chose() {
        let r = reported("Six in 10 say she is at least somewhat decisive, after half said so in the earlier poll.");
        assert!(
            r.contains(&pair("she is at least somewhat decisive", "Six in 10")),
            "{r:?}"
        );
        // A choice is its object, up to the comma; each clause holds its own share.
        let r = reported("Thirty-seven percent would vote for Ana Ruiz, a former senator, while only four percent would vote for Tom Hale.");
        assert_eq!(
            r,
            vec![
                pair("Ana Ruiz", "Thirty-seven percent"),
                pair("Tom Hale", "only four percent")
            ]
        );
        let r = reported("Among likely voters, a majority of Republicans support a temporary ban on imports from the region.");
        assert_eq!(
            r,
            vec![pair(
                "a temporary ban on imports from the region",
                "a majority of Republicans"
            )]
        );
        // Not a share: a title, or "the most" of a superlative.
        assert!(reported("Majority Leader Ana Ruiz agreed to a call on Wednesday.").is_empty());
        assert!(
            reported("Only the most painful contortions allow them to support Ruiz.").is_empty()
        );
    }

    #[test]
    fn a_characterisation_after_what_the_speaker_did_is_the_subjects() {
        let r = reported("Hours later, she issued a statement calling the plan \"a reckless gamble with our savings.\"");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("she"), "{r:?}");
    }

    #[test]
    fn a_content_closing_on_a_partial_quote_before_its_attribution() {
        assert_eq!(
            reported("The new strategy for the border is a \"very welcome tack,\" he said."),
            [pair(
                "The new strategy for the border is a \"very welcome tack",
                "he"
            )]
        );
        // A whole quotation before its attribution is direct only.
        assert!(
            reported("\u{201c}The new strategy is a very welcome tack,\u{201d} he said.")
                .is_empty()
        );
    }

    #[test]
    fn a_participle_or_a_that_clause_after_a_cue_has_the_clause_subject() {
        assert_eq!(
            reported("He sent a two-page memo to the newspaper in April explaining his plan for the border."),
            [pair("his plan for the border", "He")]
        );
        // A that-clause after a cue far from its subject.
        assert_eq!(
            reported("Senator Ana Ruiz, a Republican who is also in a difficult fight, used a closed-door luncheon to complain that the comments were obscuring the message."),
            [pair("the comments were obscuring the message", "Senator Ana Ruiz")]
        );
        let direct = find_quotes("She sent out an email as the committee meeting began vowing to \u{201c}fight for every single vote\u{201d} in the last primary.");
        assert!(
            direct.iter().all(|q| q.speaker.as_deref() == Some("She")),
            "{direct:?}"
        );
    }

    #[test]
    fn openings_conjunctions_and_appositions_around_the_speaker() {
        assert_eq!(
            reported("Earlier this week, Ana Ruiz, who served as minister when the decision was made, conceded the situation in the country is regrettable."),
            [pair("the situation in the country is regrettable", "Ana Ruiz")]
        );
        assert_eq!(
            reported("Stone says the plan will work. And he added that the cost would fall by half next year."),
            [
                pair("the plan will work", "Stone"),
                pair("the cost would fall by half next year", "he")
            ]
        );
        // After "told" stands the addressee; the speaker is the name set off by commas, and
        // their apposition is not content.
        assert_eq!(
            reported("Ruiz remains committed to the race until the convention, her top aide, Tom Hale, told The Daily Ledger."),
            [pair("Ruiz remains committed to the race until the convention", "Tom Hale")]
        );
    }

    #[test]
    fn a_gerund_after_an_opening_preposition_has_the_main_clause_subject() {
        // The preposition opening the sentence is not the speaker; the main clause's subject is.
        let found = reported("In responding Friday, the Ruiz campaign took the unusual step of criticizing the agency, accusing its officials of \"overclassification run amok.\"");
        assert!(
            found
                .iter()
                .all(|(_, speaker)| speaker.as_deref() != Some("In")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(_, speaker)| speaker.as_deref() == Some("Ruiz")),
            "{found:?}"
        );
        assert_eq!(
            reported("After bragging for a year about how cheaply he ran his campaign, Tom Stone is spending more freely now."),
            [pair(
                "for a year about how cheaply he ran his campaign",
                "Tom Stone"
            )]
        );
    }

    #[test]
    fn outlets_and_sources() {
        assert_eq!(
            reported("As The Daily Ledger reported on Friday, the city council approved the budget with two votes to spare."),
            [pair("the city council approved the budget with two votes to spare", "The Daily Ledger")]
        );
        // "As" opening a time clause is not an attribution.
        assert!(reported("As the sun set, the crowd left the square quietly.").is_empty());
        assert_eq!(
            reported("The Associated Press reported that she had reached the number of delegates needed."),
            [pair("she had reached the number of delegates needed", "The Associated Press")]
        );
    }

    #[test]
    fn a_modifier_after_a_quote_attribution_is_not_content() {
        assert!(reported("\u{201c}It is a rigged and dirty system,\u{201d} he said earlier this week at a rally in the city.").is_empty());
        // The topic is kept: PolNeAR and readers count "of …" as part of what was said.
        assert_eq!(
            reported("\u{201c}Who do they think they are?\u{201d} Ruiz said of the company, mocking its concerns about privacy.").len(),
            1
        );
        // Only before "that" does "maintained" attribute.
        assert!(
            reported("Ruiz maintains a commanding lead over her rivals in the polls.").is_empty()
        );
        assert_eq!(
            reported("Ruiz has always maintained that the server was secure."),
            [pair("the server was secure", "Ruiz")]
        );
    }

    #[test]
    fn positions_refusals_demands_and_references() {
        assert_eq!(
            reported("Governor Ana Ruiz endorsed Tom Stone last week and has appeared at his rallies since."),
            [pair("Tom Stone", "Governor Ana Ruiz")]
        );
        assert_eq!(
            reported("The FDIC, a major regulator, declined to say whether the rule applied."),
            [pair("to say whether the rule applied", "The FDIC")]
        );
        assert_eq!(
            reported(
                "Ruiz has called for the minister to release the transcripts of her speeches."
            ),
            [pair(
                "the minister to release the transcripts of her speeches",
                "Ruiz"
            )]
        );
        assert_eq!(
            reported("\u{201c}They will be the majority in thirty years,\u{201d} Ruiz said, referring to the growing Hispanic community, standing next to her aides."),
            [pair("the growing Hispanic community", "Ruiz")]
        );
    }

    #[test]
    fn a_later_clause_keeps_its_own_that() {
        let r = reported("Ruiz has pledged to support Stone as the nominee, Hale suggested that it would not be simple.");
        assert_eq!(r[0].1.as_deref(), Some("Ruiz"));
        assert!(
            r[0].0.starts_with("to support Stone as the nominee"),
            "{r:?}"
        );
        let r = reported("The council urged him to resign.");
        assert_eq!(r, [pair("to resign", "The council")]);
        let r = reported("Senator Ana Ruiz \u{2014} who chairs the committee \u{2014} insisted that the package include a delay.");
        assert_eq!(r, [pair("the package include a delay", "Senator Ana Ruiz")]);
        let r = reported("Ruiz believes, for example, that the tax should fall on the rich.");
        assert_eq!(r, [pair("the tax should fall on the rich", "Ruiz")]);
    }

    #[test]
    fn expectations_and_appearances_without_a_source() {
        let contents = |t: &str| -> Vec<String> { reported(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(
            contents("In the coming weeks, two rivals are expected to quit the race."),
            ["In the coming weeks, two rivals are expected to quit the race"]
        );
        assert_eq!(
            contents("Voters in the north, who are expected to decide the race, stayed home."),
            ["who are expected to decide the race, stayed home"]
        );
        assert_eq!(
            contents("A broader swath of voters appears to be moving behind the mayor."),
            ["A broader swath of voters appears to be moving behind the mayor"]
        );
        // An appearance on a stage is not one.
        assert!(contents("The mayor appeared on a morning show with her aides.").is_empty());
        // A sentence someone is named for is theirs.
        let r = reported("Her campaign appears to be taking much the same tack, said Ana Ruiz, director of the institute.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Ana Ruiz"), "{r:?}");
    }

    #[test]
    fn headlines_transcripts_and_questions() {
        let text = "NY Daily News: Budget Cuts Threaten the Transit System.\n\nThe Daily News said on Monday that cuts loom.\n\nTAPPER: Do you think the mayor has campaigned as a healer?\n\nRUIZ: Healing has been part of her message all along.\n\nTapper asked Ruiz about it.";
        let r = reported(text);
        for expected in [
            pair("Budget Cuts Threaten the Transit System.", "NY Daily News"),
            pair(
                "Do you think the mayor has campaigned as a healer?",
                "TAPPER",
            ),
            pair("Healing has been part of her message all along.", "RUIZ"),
        ] {
            assert!(r.contains(&expected), "{expected:?} in {r:?}");
        }
        assert_eq!(
            reported("Governor Ruiz Says Her Budget Will Not Raise Taxes.\n\nThe governor spoke on Monday."),
            [pair("Her Budget Will Not Raise Taxes", "Governor Ruiz")]
        );
        assert_eq!(
            reported(
                "Ruiz Just Revealed Who She Would Pick For The Cabinet\n\nThe governor spoke."
            ),
            [pair("Who She Would Pick For The Cabinet", "Ruiz")]
        );
        // Its first clause, when a comma sets off a second verb.
        assert_eq!(
            reported("Ruiz Says Hackers Stole Files, Calls Stone’s Remarks ‘Troubling’\n\nThe governor spoke on Monday."),
            [pair("Hackers Stole Files", "Ruiz")]
        );
        // A headline without a speech verb is not one.
        assert!(reported("Storm Batters the Coast for a Third Day.\n\nRain fell.").is_empty());
        let r =
            reported("Asked by a reporter whether the talks would resume, Ruiz shook her head.");
        assert_eq!(r[0].0, "whether the talks would resume");
        let r = reported("Asked on Monday to respond to the criticism, Stone declined.");
        assert_eq!(r[0].0, "to respond to the criticism");
    }

    #[test]
    fn speaker_first_across_appositions_and_relatives() {
        // "who" after a description set off by commas stands for the name before it.
        let r = reported("The plan was backed by Sen. Ana Ruiz of Ohio, the ranking member on the Budget Committee, who said none of the cuts would fall on schools.");
        assert_eq!(r[0].1.as_deref(), Some("Sen. Ana Ruiz of Ohio"), "{r:?}");
        let r = reported("Ana Ruiz, a professor of history at the university, said that the archive would reopen next year.");
        assert_eq!(
            r,
            [(
                "the archive would reopen next year".into(),
                Some("Ana Ruiz".into())
            )]
        );
        let r = reported(
            "The mayor met Tom Stone, who has repeatedly said the bridge is unsafe for trucks.",
        );
        assert_eq!(r[0].0, "the bridge is unsafe for trucks");
        assert_eq!(r[0].1.as_deref(), Some("Tom Stone"));
        // With no name before the pronoun, the noun phrase from its determiner.
        let r = reported(
            "The mayor met one engineer familiar with the plans, who said the bridge is unsafe.",
        );
        assert_eq!(
            r[0].1.as_deref(),
            Some("one engineer familiar with the plans")
        );
        let r = reported("A protester who said the bridge is unsafe was arrested.");
        assert_eq!(r[0].1.as_deref(), Some("A protester"));
        let r = reported("Some experts said it could be a difficult pledge to keep.");
        assert_eq!(r[0].1.as_deref(), Some("Some experts"));
        let r = reported("The governor has vowed to veto the budget bill next week.");
        assert_eq!(r[0].0, "to veto the budget bill next week");
    }

    #[test]
    fn content_first_and_parenthetical_attributions() {
        let r = reported(
            "The plant will close by the end of the year, a company spokesman said on Monday.",
        );
        assert_eq!(r[0].0, "The plant will close by the end of the year");
        let r = reported("Turnout was the highest in decades, said Ana Ruiz, the director of the institute, which tracks elections.");
        assert_eq!(r[0].1.as_deref(), Some("Ana Ruiz"));
        let r = reported(
            "In the end, Ms. Ruiz said, union voters almost always vote for the incumbent.",
        );
        assert_eq!(r[0].0, "union voters almost always vote for the incumbent");
        let r = reported("As for the mayor, he said he is not worried about the polls.");
        assert_eq!(
            r,
            [(
                "he is not worried about the polls".into(),
                Some("he".into())
            )]
        );
    }

    #[test]
    fn a_name_after_the_cue_followed_by_its_verb_is_not_the_speaker() {
        let r = reported("North Carolina's Ana Ruiz, one of only a handful of party members, said Stone will exceed expectations with young voters.");
        assert!(
            r.iter().all(|(_, sp)| sp.as_deref() != Some("Stone")),
            "{r:?}"
        );
    }

    #[test]
    fn a_possessor_opens_the_subject_across_appositions() {
        let r = reported("Nevada's governor, Ana Ruiz, a Republican, said Tuesday that she had voted for the measure.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("Nevada's governor"), "{r:?}");
        assert!(r[0].0.starts_with("she had voted"), "{r:?}");
    }

    #[test]
    fn according_to_inside_a_sentence_or_without_a_comma() {
        // Set off inside the sentence: the content is the whole sentence.
        let r = reported("At the heart of the trouble, according to a former envoy, was a decision to keep the allies at a distance.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].0.starts_with("At the heart of the trouble"), "{r:?}");
        assert!(r[0].0.ends_with("at a distance"), "{r:?}");
        assert_eq!(r[0].1.as_deref(), Some("a former envoy"));
        // Closing the sentence with no comma before it.
        let r = reported("Ruiz leads Stone by 271 pledged delegates according to a count by the Associated Press.");
        assert_eq!(
            r,
            [pair(
                "Ruiz leads Stone by 271 pledged delegates",
                "a count by the Associated Press"
            )]
        );
        // An idiom is no attribution.
        assert!(reported("The launch of the new rocket went ahead according to plan.").is_empty());
    }

    #[test]
    fn according_to_findings_and_questions() {
        let r = reported("According to the latest census figures, the city grew by 4 percent.");
        assert_eq!(r[0].0, "the city grew by 4 percent");
        let r = reported("The senator leads by nine points, according to a new poll.");
        assert_eq!(r[0].0, "The senator leads by nine points");
        let r = reported("A review of the records shows most of the hours were spent on travel.");
        assert_eq!(r[0].0, "most of the hours were spent on travel");
        let r = reported("Asked whether he would run again, the mayor smiled.");
        assert_eq!(r[0].0, "whether he would run again");
    }

    #[test]
    fn quoted_words_inside_a_clause() {
        let r = reported(
            "Ruiz spent the week describing rivals as \u{201c}weak and tired\u{201d} men.",
        );
        assert_eq!(r[0].0, "rivals as \u{201c}weak and tired\u{201d} men");
        assert_eq!(r[0].1.as_deref(), Some("Ruiz"));
        // A quoted title is not speech.
        assert!(reported(
            "The senator showed more of his personal side on \u{201c}The Late Show\u{201d} this week."
        )
        .is_empty());
    }

    #[test]
    fn a_partial_quote_beside_a_quotation_nobody_is_named_for() {
        // The second sentence's long quotation has no attribution of its own (it floats from
        // the first); the verb before it still attributes the clause.
        let all = find_quotes("\u{201c}We will win this state,\u{201d} Ana Ruiz said. Led by the mayor, the rally denounced the plan for \u{201c}a total and complete ban on new housing in the city\u{201d} on Friday.");
        let rep = all
            .iter()
            .find(|q| q.kind == QuoteKind::Reported)
            .expect("reported");
        assert!(rep.text.starts_with("the plan for"), "{all:?}");
        assert_eq!(rep.speaker.as_deref(), Some("the rally"), "{all:?}");
    }

    #[test]
    fn a_verb_casting_something_as_the_quoted_words() {
        let r = reported(
            "First, Ana Ruiz identified the judge as \u{201c}biased,\u{201d} and moved on.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].0.starts_with("the judge as"), "{r:?}");
    }

    #[test]
    fn an_addressee_and_a_place_before_the_content() {
        assert_eq!(
            reported(
                "Ana Ruiz told a gathering of nurses in Ohio she will protect their pensions."
            ),
            [pair("she will protect their pensions", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_quoted_title_is_words_only_when_a_verb_of_saying_governs_it() {
        let r = reported("Ana Ruiz and Dan Stone both denounced the nascent \u{201c}Neighbours For Growth\u{201d} movement on Thursday.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].0.starts_with("the nascent"), "{r:?}");
        // A programme a speaker appeared on is not what they said.
        assert!(reported(
            "Ana Ruiz said on Sunday that she appeared on \u{201c}Meet The Press\u{201d} once."
        )
        .iter()
        .all(|x| !x.0.starts_with("Meet")));
        assert!(reported(
            "Ruiz spoke at length in an interview on \u{201c}Meet The Press\u{201d} this week."
        )
        .is_empty());
        // Markup is not speech.
        assert!(reported("The post <tweet author=\"@ruiz\" id=\"123456\"> was shared.").is_empty());
    }

    #[test]
    fn a_noun_of_saying_after_its_speakers_possessive() {
        let r = reported(
            "The backlash followed his warning that Britain would go to the back of the queue.",
        );
        assert_eq!(r[0].0, "Britain would go to the back of the queue");
        assert_eq!(r[0].1.as_deref(), Some("his"));
        let r =
            reported("The vote came after Ruiz's claim that the budget was balanced this year.");
        assert_eq!(r[0].1.as_deref(), Some("Ruiz"));
        // A sentence someone else is said to say is theirs.
        let r = reported(
            "Stone's accusation that the mayor created the crisis had hurt the city, Ruiz said.",
        );
        assert_eq!(
            r,
            [pair(
                "Stone's accusation that the mayor created the crisis had hurt the city",
                "Ruiz"
            )]
        );
        // Without a possessor the noun is not a cue ("the warning that came too late").
        assert!(
            reported("The warning that the river would rise came too late for the town.")
                .is_empty()
        );
    }

    #[test]
    fn nouns_modifiers_and_direct_quotes_are_not_reported_speech() {
        assert!(reported(
            "The governor will campaign in the battleground state of Ohio next week."
        )
        .is_empty());
        assert!(reported(
            "Trump, speaking at his resort in Florida, was introduced by the governor."
        )
        .is_empty());
        assert!(
            reported("Ruiz told reporters on Friday at a convention in the capital.").is_empty()
        );
        assert!(reported(
            "\u{201c}We will rebuild every house in the valley,\u{201d} the mayor said on Monday."
        )
        .is_empty());
    }

    #[test]
    fn headlines_name_their_speaker_only_when_it_is_a_name() {
        let text =
            "Ruiz: The Talks Will Resume Soon\n\nMayor Ana Ruiz said the talks would resume.\n";
        assert!(find_quotes(text)
            .iter()
            .any(|q| q.cue.as_deref() == Some(":")));
        let text = "Breaking: The Talks Will Resume Soon\n\nThe talks would resume.\n";
        assert!(!find_quotes(text)
            .iter()
            .any(|q| q.cue.as_deref() == Some(":")));
    }
}
