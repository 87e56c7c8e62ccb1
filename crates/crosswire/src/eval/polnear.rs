//! PolNeAR attribution relations (brat standoff) and the quote measures of the attribution
//! issue: direct quotes found (gold content with quote marks, matched when half its tokens are
//! covered by a predicted quote), all attributions found, precision of predicted quotes (half their
//! tokens inside gold content), and speaker accuracy on direct quotes (the speaker predicted for
//! that occurrence — its own attribution, else its quote's — names the gold source; a gold pronoun
//! counts once resolved to the last named source before it — not a description such as "the
//! Vermont senator"; for "he" and "she", the last that may be one person (no plural, no
//! organisation, no "X and Y") and is not of the other sex by given name, a surname alone taking
//! the given name the article writes before it —, a relative pronoun — "who",
//! "which" — to the words right before it; a description named in its modifiers — "a longtime
//! adviser to Ruiz" — is also named by its head, "a longtime adviser").

use crate::model::{Quote, QuoteOccurrence};

/// One gold attribution relation, with byte ranges into the article text.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldAttribution {
    /// Content fragments (byte ranges).
    pub content: Vec<(usize, usize)>,
    /// Source span (byte range), if the relation has one.
    pub source: Option<(usize, usize)>,
}

/// Parse a brat `.ann` file whose character offsets point into `text`.
pub fn parse_ann(ann: &str, text: &str) -> Vec<GoldAttribution> {
    // Character offset → byte offset.
    let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_at.push(text.len());
    let to_byte = |c: usize| byte_at.get(c).copied().unwrap_or(text.len());
    // Text-bound id → (label, byte ranges).
    type Ranges = Vec<(usize, usize)>;
    let mut spans: std::collections::HashMap<&str, (&str, Ranges)> =
        std::collections::HashMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let mut parts = body.splitn(2, ' ');
            let label = parts.next().unwrap_or("");
            let ranges: Vec<(usize, usize)> = parts
                .next()
                .unwrap_or("")
                .split(';')
                .filter_map(|r| {
                    let mut se = r.split_whitespace();
                    let (a, b) = (
                        to_byte(se.next()?.parse().ok()?),
                        to_byte(se.next()?.parse().ok()?),
                    );
                    Some((a.min(b), a.max(b)))
                })
                .collect();
            spans.insert(id, (label, ranges));
        } else if id.starts_with('E') {
            relations.push(body.to_string());
        }
    }
    relations
        .iter()
        .filter_map(|rel| {
            let mut content = None;
            let mut source = None;
            let mut cue = None;
            for arg in rel.split_whitespace() {
                let (role, id) = arg.split_once(':')?;
                match role {
                    "Content" => content = spans.get(id).map(|s| s.1.clone()),
                    "Source" => source = spans.get(id).and_then(|s| s.1.first().copied()),
                    "Cue" => cue = spans.get(id).and_then(|s| s.1.first().copied()),
                    _ => {}
                }
            }
            // Labels swapped by the annotator ("“…,” Bolton said" with "said" as the source and
            // "Bolton" as the cue): a source that is a speech verb, beside a cue that is none,
            // is read the other way round.
            let verbs = &crate::resources::get().speech_verbs;
            let written = |span: (usize, usize)| text.get(span.0..span.1).unwrap_or("").trim();
            if let (Some(s), Some(c)) = (source, cue) {
                let (source_text, cue_text) = (written(s), written(c));
                // A verb as written (lower case: "State" is a name), and a cue holding a word
                // but no speech verb.
                let swapped = (verbs.contains(source_text)
                    || source_text.eq_ignore_ascii_case("according to"))
                    && cue_text.chars().any(char::is_alphabetic)
                    && !cue_text
                        .split_whitespace()
                        .any(|w| verbs.contains(w.to_lowercase().as_str()));
                if swapped {
                    source = Some(c);
                }
            }
            // A source span that cuts a word ("o" of "Shook": an offset slip) is widened to the
            // whole word.
            let source = source.map(|(start, end)| {
                let word = |c: char| c.is_alphanumeric();
                let start = text[..start]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| word(c))
                    .last()
                    .map_or(start, |(i, _)| i);
                let end = end
                    + text[end..]
                        .char_indices()
                        .take_while(|&(_, c)| word(c))
                        .last()
                        .map_or(0, |(i, c)| i + c.len_utf8());
                (start, end)
            });
            Some(GoldAttribution {
                content: content?,
                source,
            })
        })
        .collect()
}

/// A mistake, for `crosswire eval quotes --errors`.
#[derive(Debug, Clone, PartialEq)]
pub enum Mistake {
    /// A gold direct quote no predicted quote covers.
    MissedDirect(String),
    /// A direct quote found with the wrong speaker: (quote, gold source, predicted speaker,
    /// the speaker as the article writes it).
    WrongSpeaker(String, String, String, String),
    /// A gold attribution without quote marks that no prediction covers: (content, source).
    MissedReported(String, String),
    /// A predicted occurrence mostly outside every gold content.
    Spurious(String),
}

/// Counts for the quote measures, summed over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct QuoteCounts {
    /// Gold contents with quote marks.
    pub gold_direct: usize,
    /// … of which found.
    pub direct_found: usize,
    /// All gold contents.
    pub gold_all: usize,
    /// … of which found.
    pub all_found: usize,
    /// Predicted quote occurrences.
    pub predicted: usize,
    /// … of which inside gold content.
    pub predicted_correct: usize,
    /// Found direct quotes with a gold source we can compare.
    pub speaker_judged: usize,
    /// … of which the predicted speaker names the gold source.
    pub speaker_right: usize,
    /// Of `speaker_judged`, those whose gold source is a pronoun ("he said"), judged against
    /// the named source it is resolved to here (PolNeAR has no coreference, so this
    /// resolution is itself a guess and these are the least certain judgements).
    pub speaker_judged_pronoun: usize,
    /// … of which right.
    pub speaker_right_pronoun: usize,
}

fn word_ranges(text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[range.0..range.1].char_indices() {
        let i = range.0 + i;
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, range.1));
    }
    out
}

fn covered(words: &[(usize, usize)], by: &[(usize, usize)]) -> usize {
    words
        .iter()
        .filter(|w| by.iter().any(|b| b.0 <= w.0 && w.1 <= b.1))
        .count()
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "i", "we", "it", "his", "her", "him", "them", "you",
];

/// The words of a phrase, lower-cased, punctuation trimmed from each.
fn lower_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The capitalised words of a phrase, lower-cased: its names. A capitalised function word
/// opening a sentence ("The campaign", "Another source") is not a name.
fn name_tokens(s: &str) -> Vec<String> {
    let stop = &crate::resources::get().stopwords;
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .filter(|w| !stop.contains(w))
        .collect()
}

/// The phrase a relative pronoun at byte `at` refers to: up to six words right before it (past
/// a comma), back to the sentence's or clause's punctuation ("…, Ana Ruiz, who" → "Ana Ruiz").
fn relative_antecedent(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?.trim_end().trim_end_matches(',').trim_end();
    let start = before
        .rfind(['.', ',', ';', ':', '(', '\n', '"', '\u{201c}', '\u{201d}'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let stretch = before[start..].trim();
    // The sixth word from the end (or the first), as a slice of `stretch`.
    let first = stretch.split_whitespace().rev().take(6).last()?;
    let phrase = &stretch[first.as_ptr() as usize - stretch.as_ptr() as usize..];
    // "…, and Sanders, who says": the conjunction opening the stretch joins it to what came
    // before; it is not part of the name.
    Some(
        ["and ", "or ", "but "]
            .iter()
            .find_map(|c| phrase.strip_prefix(c))
            .unwrap_or(phrase),
    )
}

/// A source phrase that describes rather than names ("the Vermont senator", "a recent Post-ABC
/// News poll", "The Cruz campaign"): it opens with an article and its last word is lower-case.
/// Its capitalised words are modifiers, so it is no named antecedent for a pronoun.
fn is_description(phrase: &str) -> bool {
    let words: Vec<&str> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && matches!(words[0].to_lowercase().as_str(), "the" | "a" | "an")
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// A one-word source that is a capitalised plural ("Republicans", "Progressives", "Others"): it
/// ends in "s" and the article also has the word without it ("Republican"), which tells it from
/// a surname ending in "s" ("Sanders", "Jones").
fn is_plural_name(text: &str, phrase: &str) -> bool {
    let word = phrase.trim();
    if word.contains(char::is_whitespace) {
        return false;
    }
    let Some(singular) = word.strip_suffix('s') else {
        return false;
    };
    if singular.len() < 3 || singular.ends_with('s') {
        return false;
    }
    let lower = singular.to_lowercase();
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w.to_lowercase() == lower)
}

/// The sex of a source by its given name; for a surname alone ("Sanders"), by the given name
/// the article writes before that surname elsewhere ("Bernie Sanders"), when every such
/// full name agrees.
fn sex_in(text: &str, phrase: &str) -> Option<char> {
    use crate::reconcile::quotes::sex_of_name;
    if let Some(sex) = sex_of_name(phrase) {
        return Some(sex);
    }
    let surname = phrase.trim();
    if surname.contains(char::is_whitespace)
        || !surname.starts_with(char::is_uppercase)
        || surname.len() < 2
    {
        return None;
    }
    let mut found = None;
    let mut from = 0;
    while let Some(i) = text[from..].find(surname) {
        let at = from + i;
        from = at + surname.len();
        let before = &text[..at];
        if !before.ends_with(' ') || text[from..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let Some(given) = before.trim_end().rsplit(char::is_whitespace).next() else {
            continue;
        };
        if let Some(sex) = sex_of_name(&format!("{given} {surname}")) {
            match found {
                None => found = Some(sex),
                Some(s) if s != sex => return None,
                _ => {}
            }
        }
    }
    found
}

/// Whether a source phrase can be what "he" or "she" stands for: not a plural description
/// ("Sanders aides", "excerpts of his speech released by …") and not an organisation ("the FBI",
/// "the White House").
fn may_be_one_person(phrase: &str) -> bool {
    let words: Vec<&str> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // The head: the last word before a preposition or a relative clause.
    let head = words
        .iter()
        .position(|w| matches!(*w, "of" | "from" | "at" | "in" | "for" | "who" | "with"))
        .map_or(words.last(), |i| {
            i.checked_sub(1).and_then(|i| words.get(i))
        });
    let Some(head) = head else { return true };
    let plural_noun = head.chars().next().is_some_and(char::is_lowercase)
        && head.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| head.ends_with(e));
    let orgs = &crate::resources::get().org_words;
    let acronym = words.len() <= 2
        && words
            .last()
            .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    // "Ruiz and Stone"; "Another", "Others" (a quantifier standing alone).
    let several = phrase
        .split(',')
        .next()
        .is_some_and(|np| np.contains(" and "))
        || (words.len() == 1
            && matches!(
                words[0].to_lowercase().as_str(),
                "another"
                    | "other"
                    | "others"
                    | "some"
                    | "many"
                    | "several"
                    | "both"
                    | "most"
                    | "all"
                    | "few"
            ));
    !plural_noun && !acronym && !several && !orgs.contains(*head)
}

/// The description that heads a source phrase, before its modifiers ("a longtime adviser" of "a
/// longtime adviser to Ruiz", "the designer" of "the designer, who works at G-III"), when it
/// opens in lower case (or with a capitalised article) and names no one itself.
fn description_core(source: &str) -> Option<&str> {
    let source = source.trim();
    // An article capitalised only because the phrase opens a sentence ("The senator from
    // Vermont") still opens a description.
    let determiner = ["The ", "A ", "An "].iter().any(|d| source.starts_with(d));
    if !source.starts_with(|c: char| c.is_lowercase()) && !determiner {
        return None;
    }
    let cut = [
        ",", "(", " who ", " which ", " that ", " to ", " of ", " at ", " for ", " from ",
        " with ", " in ", " on ",
    ]
    .iter()
    .filter_map(|m| source.find(m))
    .min()
    .unwrap_or(source.len());
    let core = source[..cut].trim();
    (!core.is_empty() && name_tokens(core).is_empty()).then_some(core)
}

/// A phrase up to its first modifier (a comma, a preposition, a relative pronoun), where its
/// head word ends; the whole phrase when it opens with one.
fn head_part(phrase: &str) -> &str {
    let cut = [
        ",", "(", " who ", " which ", " that ", " of ", " at ", " for ", " from ", " with ",
        " in ", " on ",
    ]
    .iter()
    .filter_map(|m| phrase.find(m))
    .min()
    .unwrap_or(phrase.len());
    let part = phrase[..cut].trim();
    if part.is_empty() {
        phrase
    } else {
        part
    }
}

/// Score the predicted quotes of one article against its gold attributions.
pub fn score_article(text: &str, gold: &[GoldAttribution], predicted: &[Quote]) -> QuoteCounts {
    score_article_with_mistakes(text, gold, predicted).0
}

/// [`score_article`], also returning the mistakes.
pub fn score_article_with_mistakes(
    text: &str,
    gold: &[GoldAttribution],
    predicted: &[Quote],
) -> (QuoteCounts, Vec<Mistake>) {
    let mut mistakes = Vec::new();
    let mut c = QuoteCounts::default();
    let pred_spans: Vec<(usize, usize, &Quote, &QuoteOccurrence)> = predicted
        .iter()
        .flat_map(|q| q.occurrences.iter().map(move |o| (o.start, o.end, q, o)))
        .collect();
    let pred_ranges: Vec<(usize, usize)> = pred_spans.iter().map(|p| (p.0, p.1)).collect();
    let gold_ranges: Vec<(usize, usize)> = gold
        .iter()
        .flat_map(|g| g.content.iter().copied())
        .collect();
    // Sources in text order, for resolving a gold pronoun to the last named source before it.
    let mut named_sources: Vec<(usize, String)> = gold
        .iter()
        .filter_map(|g| g.source)
        .map(|s| (s.0, text[s.0..s.1].to_string()))
        .filter(|(_, t)| {
            !PRONOUNS.contains(&t.to_lowercase().as_str())
                && !name_tokens(t).is_empty()
                && !is_description(t)
        })
        .collect();
    named_sources.sort();
    for g in gold {
        let words: Vec<(usize, usize)> = g
            .content
            .iter()
            .flat_map(|&r| word_ranges(text, r))
            .collect();
        if words.is_empty() {
            continue;
        }
        let direct = g.content.iter().any(|&(s, e)| {
            text.get(s.min(e)..e.max(s))
                .is_some_and(|t| t.contains(['"', '\u{201c}', '\u{201d}']))
        });
        c.gold_all += 1;
        let found = covered(&words, &pred_ranges) * 2 >= words.len();
        if found {
            c.all_found += 1;
        }
        let gold_text = || -> String {
            g.content
                .iter()
                .filter_map(|&(s, e)| text.get(s..e))
                .collect::<Vec<_>>()
                .join(" … ")
        };
        if !direct {
            if !found {
                let source = g
                    .source
                    .and_then(|(s, e)| text.get(s..e))
                    .unwrap_or("")
                    .to_string();
                mistakes.push(Mistake::MissedReported(gold_text(), source));
            }
            continue;
        }
        c.gold_direct += 1;
        if !found {
            mistakes.push(Mistake::MissedDirect(gold_text()));
            continue;
        }
        c.direct_found += 1;
        let Some(src) = g.source else { continue };
        let mut source_text = text[src.0..src.1].to_string();
        // A relative pronoun ("Ana Ruiz, who said …") stands for the words right before it.
        if matches!(
            source_text.to_lowercase().as_str(),
            "who" | "whom" | "which" | "that"
        ) {
            match relative_antecedent(text, src.0) {
                Some(antecedent) => source_text = antecedent.to_string(),
                None => continue,
            }
        }
        let pronoun = source_text.to_lowercase();
        let gold_pronoun = PRONOUNS.contains(&pronoun.as_str());
        if gold_pronoun {
            let singular = matches!(pronoun.as_str(), "he" | "she" | "him" | "his" | "her");
            // "she" never stands for a source whose given name is a man's, nor "he" for a
            // woman's: the one constraint every right antecedent meets.
            let sex = match pronoun.as_str() {
                "he" | "him" | "his" => Some('m'),
                "she" | "her" => Some('f'),
                _ => None,
            };
            let agrees =
                |named: &str| sex.is_none_or(|want| sex_in(text, named).is_none_or(|s| s == want));
            match named_sources.iter().rev().find(|(at, named)| {
                *at < src.0
                    && (!singular || (may_be_one_person(named) && !is_plural_name(text, named)))
                    && agrees(named)
            }) {
                Some((_, named)) => source_text = named.clone(),
                None => continue,
            }
        }
        let gold_names = name_tokens(&source_text);
        let gold_words = lower_words(&source_text);
        // The predicted quote covering most of this content.
        let best = pred_spans
            .iter()
            .max_by_key(|p| covered(&words, &[(p.0, p.1)]));
        let Some(&(_, _, q, occurrence)) = best else {
            continue;
        };
        c.speaker_judged += 1;
        c.speaker_judged_pronoun += usize::from(gold_pronoun);
        // This rendering's own attribution; the quote's (all renderings') when it has none.
        let written = occurrence.speaker_text.as_deref();
        let speaker = if written.is_some() {
            occurrence
                .speaker
                .clone()
                .or_else(|| written.map(str::to_string))
        } else {
            q.speaker.clone()
        }
        .unwrap_or_default();
        let predicted_names = name_tokens(&speaker);
        // A description ("officials", "the campaign", "The president"): the same head word,
        // in the speaker as resolved or as the article writes it (a description cannot be
        // checked against the name it was resolved to).
        let same_head_as = |words: &[String]| {
            let same_head = |phrase: &str| {
                // The head stands before the phrase's modifiers ("group" of "a group of 32
                // experts at the institute"), as in `description_core`.
                let phrase = head_part(phrase);
                let head = phrase
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                !head.is_empty() && words.contains(&head)
            };
            same_head(&speaker) || written.is_some_and(same_head)
        };
        let right = if gold_names.is_empty() {
            same_head_as(&gold_words)
        } else {
            predicted_names.iter().any(|n| gold_names.contains(n))
                // A description whose names are in its modifiers ("a longtime adviser to
                // Ruiz", "the designer, who works at G-III") is also named by its head.
                || description_core(&source_text).is_some_and(|core| same_head_as(&lower_words(core)))
        };
        if right {
            c.speaker_right += 1;
            c.speaker_right_pronoun += usize::from(gold_pronoun);
        } else {
            mistakes.push(Mistake::WrongSpeaker(
                gold_text(),
                if source_text == text[src.0..src.1] {
                    source_text.clone()
                } else {
                    format!("{} → {source_text}", &text[src.0..src.1])
                },
                speaker,
                written.unwrap_or("").to_string(),
            ));
        }
    }
    for &(s, e, _, _) in &pred_spans {
        let words = word_ranges(text, (s, e));
        c.predicted += 1;
        if !words.is_empty() && covered(&words, &gold_ranges) * 2 >= words.len() {
            c.predicted_correct += 1;
        } else {
            mistakes.push(Mistake::Spurious(text.get(s..e).unwrap_or("").to_string()));
        }
    }
    (c, mistakes)
}

impl QuoteCounts {
    /// Add another article's counts.
    pub fn add(&mut self, o: &QuoteCounts) {
        self.gold_direct += o.gold_direct;
        self.direct_found += o.direct_found;
        self.gold_all += o.gold_all;
        self.all_found += o.all_found;
        self.predicted += o.predicted;
        self.predicted_correct += o.predicted_correct;
        self.speaker_judged += o.speaker_judged;
        self.speaker_right += o.speaker_right;
        self.speaker_judged_pronoun += o.speaker_judged_pronoun;
        self.speaker_right_pronoun += o.speaker_right_pronoun;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, words: &str, resolved: &str, written: &str) -> Quote {
        let start = text.find(words).unwrap();
        Quote {
            id: "q1".into(),
            text: words.into(),
            kind: "direct".into(),
            speaker: Some(resolved.into()),
            speaker_entity: None,
            about: None,
            cue: Some("said".into()),
            corroborated: false,
            occurrences: vec![crate::model::QuoteOccurrence {
                article: "a".into(),
                text: words.into(),
                start,
                end: start + words.len(),
                speaker_text: Some(written.into()),
                speaker: None,
                cue: Some("said".into()),
                matched: "exact".into(),
                confidence: 1.0,
            }],
        }
    }

    #[test]
    fn a_relative_pronoun_stands_for_the_words_before_it() {
        let text = "At the rally, Senator Ana Ruiz, who spoke first, said “we will win.”";
        let at = text.find("who").unwrap();
        assert_eq!(relative_antecedent(text, at), Some("Senator Ana Ruiz"));
        let text = "He read the \u{201c}long\u{201d} report, which said little.";
        let at = text.find("which").unwrap();
        assert_eq!(relative_antecedent(text, at), Some("report"));
        let text = "Contrast that with Stone, who called it \u{201c}insanity,\u{201d} and Lee, who says it is bad.";
        let at = text.rfind("who").unwrap();
        assert_eq!(relative_antecedent(text, at), Some("Lee"));
    }

    #[test]
    fn he_or_she_stands_for_one_person() {
        assert!(may_be_one_person("Ana Ruiz, a lawyer from Ohio"));
        assert!(may_be_one_person("House Speaker Tom Hale"));
        assert!(!may_be_one_person("Sanders aides"));
        assert!(!may_be_one_person(
            "excerpts of his speech released by the White House"
        ));
        assert!(!may_be_one_person("the FBI"));
        assert!(!may_be_one_person("the State Department"));
        assert!(!may_be_one_person("Trump and Lewandowski"));
        assert!(!may_be_one_person("Another"));
        assert!(may_be_one_person("Ed Rendell, a former governor and mayor"));
    }

    #[test]
    fn descriptions_plurals_and_surnames_are_told_apart_for_pronouns() {
        assert!(is_description("the Vermont senator"));
        assert!(is_description("a recent Post-ABC News poll"));
        assert!(!is_description("the Washington Post"));
        assert!(!is_description("Bernie Sanders"));
        let text = "Every Republican came. Republicans said so. Sanders spoke; Jones too.";
        assert!(is_plural_name(text, "Republicans"));
        assert!(!is_plural_name(text, "Sanders"));
        assert!(!is_plural_name(text, "Jones"));
        let text = "Bernie Sanders and Hillary Clinton met. Bill Clinton came too. Sanders spoke.";
        assert_eq!(sex_in(text, "Sanders"), Some('m'));
        assert_eq!(sex_in(text, "Hillary Clinton"), Some('f'));
        // Two given names of different sexes before the same surname: unknown.
        assert_eq!(sex_in(text, "Clinton"), None);
    }

    #[test]
    fn a_head_stands_before_its_modifiers() {
        assert_eq!(
            head_part("a group of 32 experts at the institute"),
            "a group"
        );
        assert_eq!(head_part("officials in Washington"), "officials");
        assert_eq!(head_part("the spokesman"), "the spokesman");
        assert_eq!(head_part(", and"), ", and");
    }

    #[test]
    fn a_description_opening_a_sentence_is_still_a_description() {
        assert_eq!(
            description_core("The senator from Vermont"),
            Some("The senator")
        );
        assert_eq!(description_core("a reporter for AFP"), Some("a reporter"));
        assert_eq!(description_core("Ana Ruiz of Ohio"), None);
    }

    #[test]
    fn names_are_judged_by_name_descriptions_by_description() {
        let text = "\u{201c}We will build the bridge next year,\u{201d} the president said.";
        let ann = |s: usize, e: usize| {
            format!("T1\tSource {s} {e}\tx\nT2\tContent 0 39\tx\nE1\tAttribution:T2 Content:T2 Source:T1\n")
        };
        let chars = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        let gold = parse_ann(
            &ann(chars("the president"), chars("the president") + 13),
            text,
        );
        let words = "We will build the bridge next year";
        // The description as written matches, whatever name it was resolved to.
        let c = score_article(
            text,
            &gold,
            &[quote(text, words, "Ana Ruiz", "the president")],
        );
        assert_eq!((c.speaker_judged, c.speaker_right), (1, 1));
        let c = score_article(text, &gold, &[quote(text, words, "Ana Ruiz", "the mayor")]);
        assert_eq!((c.speaker_judged, c.speaker_right), (1, 0));
    }

    #[test]
    fn a_description_named_in_its_modifiers_is_named_by_its_head() {
        let text = "\u{201c}We will build the bridge next year,\u{201d} said a longtime adviser to Ana Ruiz.";
        let chars = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        let (s, e) = (chars("a longtime"), text.chars().count() - 1);
        let ann = format!(
            "T1\tSource {s} {e}\tx\nT2\tContent 0 39\tx\nE1\tAttribution:T2 Content:T2 Source:T1\n"
        );
        let gold = parse_ann(&ann, text);
        let words = "We will build the bridge next year";
        let judge = |speaker: &str| {
            let c = score_article(text, &gold, &[quote(text, words, speaker, speaker)]);
            (c.speaker_judged, c.speaker_right)
        };
        assert_eq!(judge("a longtime adviser"), (1, 1));
        assert_eq!(judge("a longtime friend"), (1, 0));
        assert_eq!(
            description_core("a longtime adviser to Ana Ruiz"),
            Some("a longtime adviser")
        );
        assert_eq!(description_core("Ana Ruiz, a lawyer"), None);
    }

    #[test]
    fn a_gold_pronoun_stands_for_the_last_named_source_of_its_sex() {
        let text = "Ana Ruiz said the bridge was safe. Tom Hale said it was not. \u{201c}We will build the bridge next year,\u{201d} she said.";
        let chars = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        let span = |needle: &str| (chars(needle), chars(needle) + needle.chars().count());
        let (a, t, q, she) = (
            span("Ana Ruiz"),
            span("Tom Hale"),
            span("\u{201c}We will build the bridge next year,\u{201d}"),
            span("she"),
        );
        let (ac, tc) = (span("the bridge was safe"), span("it was not"));
        let ann = format!(
            "T1\tSource {} {}\tx\nT2\tContent {} {}\tx\nE1\tAttribution:T2 Content:T2 Source:T1\n\
             T3\tSource {} {}\tx\nT4\tContent {} {}\tx\nE2\tAttribution:T4 Content:T4 Source:T3\n\
             T5\tSource {} {}\tx\nT6\tContent {} {}\tx\nE3\tAttribution:T6 Content:T6 Source:T5\n",
            a.0, a.1, ac.0, ac.1, t.0, t.1, tc.0, tc.1, she.0, she.1, q.0, q.1
        );
        let gold = parse_ann(&ann, text);
        let words = "We will build the bridge next year";
        let judge = |speaker: &str| {
            let c = score_article(text, &gold, &[quote(text, words, speaker, speaker)]);
            (c.speaker_judged_pronoun, c.speaker_right_pronoun)
        };
        // Tom Hale is named last, but "she" is not him.
        assert_eq!(judge("Ana Ruiz"), (1, 1));
        assert_eq!(judge("Tom Hale"), (1, 0));
    }

    #[test]
    fn a_description_is_judged_without_its_punctuation() {
        let text = "\u{201c}We will build the bridge next year,\u{201d} said one of the advisers, who spoke.";
        let chars = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        let (s, e) = (chars("one of"), chars(" who"));
        let ann = format!(
            "T1\tSource {s} {e}\tx\nT2\tContent 0 39\tx\nE1\tAttribution:T2 Content:T2 Source:T1\n"
        );
        let gold = parse_ann(&ann, text);
        let words = "We will build the bridge next year";
        let c = score_article(
            text,
            &gold,
            &[quote(text, words, "", "one of the advisers")],
        );
        assert_eq!((c.speaker_judged, c.speaker_right), (1, 1));
    }

    #[test]
    fn brat_with_unicode_offsets_and_fragments() {
        let text = "Caf\u{e9} owner Ana Ruiz said \u{201c}we are open,\u{201d} and more.";
        let ann = "T1\tSource 11 19\tAna Ruiz\nT2\tCue 20 24\tsaid\nT3\tContent 25 39\t\u{201c}we are open,\u{201d}\nT4\tAttribution 20 24\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let gold = parse_ann(ann, text);
        assert_eq!(gold.len(), 1);
        let (s, e) = gold[0].source.unwrap();
        assert_eq!(&text[s..e], "Ana Ruiz");
        let (cs, ce) = gold[0].content[0];
        assert_eq!(&text[cs..ce], "\u{201c}we are open,\u{201d}");
    }

    #[test]
    fn a_source_and_cue_labelled_the_wrong_way_round_are_read_swapped() {
        let text = "\u{201c}We are open,\u{201d} said Ana Ruiz. The State spoke.";
        // "said" labelled the source, "Ana Ruiz" the cue.
        let swapped = "T1\tSource 15 19\tsaid\nT2\tCue 20 28\tAna Ruiz\nT3\tContent 0 14\t\u{201c}We are open,\u{201d}\nE1\tContent:T3 Cue:T2 Source:T1\n";
        let (s, e) = parse_ann(swapped, text)[0].source.unwrap();
        assert_eq!(&text[s..e], "Ana Ruiz");
        // "According to" labelled the source.
        let text2 = "According to Ana Ruiz, the bridge will reopen next month.";
        let according = "T1\tSource 0 12\tAccording to\nT2\tCue 13 21\tAna Ruiz\nT3\tContent 23 56\tthe bridge will reopen next month\nE1\tContent:T3 Cue:T2 Source:T1\n";
        let (s, e) = parse_ann(according, text2)[0].source.unwrap();
        assert_eq!(&text2[s..e], "Ana Ruiz");
        // A capitalised name that is also a verb ("State") stays the source.
        let named = "T1\tSource 34 39\tState\nT2\tCue 40 45\tspoke\nT3\tContent 0 14\t\u{201c}We are open,\u{201d}\nE1\tContent:T3 Cue:T2 Source:T1\n";
        let (s, e) = parse_ann(named, text)[0].source.unwrap();
        assert_eq!(&text[s..e], "State");
        // A source span cutting a word ("u" of "Ruiz") stands for the whole word.
        let cut = "T1\tSource 25 26\tu\nT3\tContent 0 14\t\u{201c}We are open,\u{201d}\nE1\tContent:T3 Source:T1\n";
        let (s, e) = parse_ann(cut, text)[0].source.unwrap();
        assert_eq!(&text[s..e], "Ruiz");
    }
}
