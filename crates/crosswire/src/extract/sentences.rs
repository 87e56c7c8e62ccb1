//! Sentence boundaries in clean news text, as byte spans.
//!
//! Hand-written because news needs rules the general splitters (unicode-segmentation's UAX #29
//! sentence rules, for one) get wrong: abbreviations and initials ("U.S. State Department",
//! "K. Okafor", "Gen. Ruiz"), quotes closed after the full stop and followed by their
//! attribution ("… calm,” she said."), and datelines ("WASHINGTON: …"). Abbreviations come from
//! `data/abbreviations.txt`.
//!
//! ```
//! use crosswire::extract::sentences::split;
//! let text = "Gen. Ana Ruiz met U.S. officials. \u{201c}We will talk,\u{201d} he said.";
//! let s: Vec<&str> = split(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(s, ["Gen. Ana Ruiz met U.S. officials.", "\u{201c}We will talk,\u{201d} he said."]);
//! ```

use std::sync::OnceLock;

use foldhash::HashSet;

/// A sentence: the byte range `[start, end)` of the text, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// Words that end with a stop without ending a sentence (`data/abbreviations.txt`).
pub(crate) fn abbreviations() -> &'static HashSet<&'static str> {
    static A: OnceLock<HashSet<&'static str>> = OnceLock::new();
    A.get_or_init(|| {
        include_str!("../../data/abbreviations.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '\u{bb}'];
const OPENERS: &[char] = &['"', '\'', '\u{201c}', '\u{2018}', '(', '[', '\u{ab}'];

/// Split `text` into sentences. Paragraph breaks (a blank line) always end a sentence, and so
/// does a line break after a headline (a title-cased line with no closing stop: "Ruiz Says The
/// Port Will Reopen\nThe mayor said …").
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split("\n\n") {
        let mut from = para_start;
        let mut line_start = para_start;
        for line in para.split('\n') {
            let line_end = line_start + line.len();
            let next = text[line_end..para_start + para.len()]
                .trim_start()
                .chars()
                .next();
            if is_headline(line) && next.is_some_and(char::is_uppercase) {
                split_paragraph(text, from, line_end, &mut out);
                from = line_end;
            }
            line_start = line_end + 1;
        }
        split_paragraph(text, from, para_start + para.len(), &mut out);
        para_start += para.len() + 2;
    }
    out
}

/// A line that reads as a headline: three words or more, most of them capitalised, and no
/// stop or comma closing it.
fn is_headline(line: &str) -> bool {
    let line = line.trim();
    if line.ends_with(['.', '!', '?', ',', ';', ':', '\u{2026}']) {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for w in line.split_whitespace() {
        if let Some(c) = w.chars().find(|c| c.is_alphabetic()) {
            words += 1;
            if c.is_uppercase() {
                capitalised += 1;
            }
        }
    }
    words >= 3 && capitalised * 10 >= words * 7
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if start + lead < end - trail {
        out.push(Sentence {
            start: start + lead,
            end: end - trail,
        });
    }
}

fn split_paragraph(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let para = &text[start..end];
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut sentence_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            i += 1;
            continue;
        }
        // Take the whole run of terminal marks and closing quotes/brackets.
        let mut j = i + 1;
        while j < chars.len()
            && (matches!(chars[j].1, '.' | '!' | '?' | '\u{2026}') || CLOSERS.contains(&chars[j].1))
        {
            j += 1;
        }
        // A boundary needs whitespace, then the start of a new sentence.
        if j >= chars.len() || !chars[j].1.is_whitespace() {
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= chars.len() {
            break;
        }
        let next = chars[k].1;
        let next_starts = next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next);
        // "“Why now?” Smith asked.": a quote's own question or exclamation mark, then its
        // attribution, is one sentence.
        let closes_quote = chars[i + 1..j].iter().any(|(_, ch)| CLOSERS.contains(ch));
        let attribution_follows = matches!(c, '?' | '!')
            && closes_quote
            && para[chars[k].0..].split_whitespace().take(4).any(|w| {
                crate::resources::get()
                    .speech_verbs
                    .contains(w.trim_matches(|ch: char| !ch.is_alphabetic()))
            });
        if !next_starts || (c == '.' && is_abbreviation(para, pos, k)) || attribution_follows {
            i = j;
            continue;
        }
        let boundary = if j < chars.len() {
            chars[j].0
        } else {
            para.len()
        };
        push_trimmed(text, start + sentence_start, start + boundary, out);
        sentence_start = chars[k].0;
        i = k;
    }
    push_trimmed(text, start + sentence_start, end, out);
}

/// Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence;
/// `next`: where the word after it starts.
fn is_abbreviation(para: &str, dot: usize, next: usize) -> bool {
    let before = &para[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || OPENERS.contains(&c) || c == '-' || c == '\u{2014}')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter: an initial ("K. Okafor", "George W. Bush").
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        if first.is_uppercase() {
            return true;
        }
    }
    // Run-together initials ("J.J. MacNab", "George H.W. Bush"): single capitals between stops.
    let dotted_initials = word.contains('.')
        && word.split('.').all(|p| {
            let mut cs = p.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        });
    // "… entering the U.S. While Ruiz …": after a word with stops inside ("U.S.", "p.m."), a
    // capitalised function word ("While", "The", "He") opens a new sentence, since a name or a
    // noun ("U.S. Army", "U.S. officials") is what continues one. (A single initial, above, is
    // left alone: it stands inside a name.)
    let function_word_next = || {
        let next_word: String = para[next..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        next_word.starts_with(char::is_uppercase)
            && crate::resources::get()
                .stopwords
                .contains(&next_word.to_lowercase())
    };
    (dotted_initials || abbreviations().contains(word))
        && !(word.contains('.') && function_word_next())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sentences("In a call with Foreign Minister K. Okafor, the U.S. State Department spoke. Then Gen. Smith left."),
            [
                "In a call with Foreign Minister K. Okafor, the U.S. State Department spoke.",
                "Then Gen. Smith left."
            ]
        );
        assert_eq!(
            sentences("\u{201c}No,\u{201d} says J.J. MacNab, an expert. George H.W. Bush agreed."),
            [
                "\u{201c}No,\u{201d} says J.J. MacNab, an expert.",
                "George H.W. Bush agreed."
            ]
        );
        // Plural titles too.
        assert_eq!(
            sentences("Sens. Ana Ruiz and Tom Lee agreed. Reps. Stone and Park did not."),
            [
                "Sens. Ana Ruiz and Tom Lee agreed.",
                "Reps. Stone and Park did not."
            ]
        );
    }

    #[test]
    fn a_function_word_after_initials_opens_a_sentence() {
        assert_eq!(
            sentences(
                "Stone called to close the U.S. While Ruiz condemned it, the U.S. Army stayed."
            ),
            [
                "Stone called to close the U.S.",
                "While Ruiz condemned it, the U.S. Army stayed."
            ]
        );
        // A single initial stands inside a name.
        assert_eq!(sentences("George W. The").len(), 1);
    }

    #[test]
    fn quotes_and_attribution() {
        assert_eq!(
            sentences("\u{201c}If they stop, so will we,\u{201d} the minister said. \u{201c}We are ready.\u{201d} The talks ended."),
            [
                "\u{201c}If they stop, so will we,\u{201d} the minister said.",
                "\u{201c}We are ready.\u{201d}",
                "The talks ended."
            ]
        );
        assert_eq!(
            sentences("\u{201c}Why now?\u{201d} she asked. Nobody knew."),
            ["\u{201c}Why now?\u{201d} she asked.", "Nobody knew."]
        );
    }

    #[test]
    fn a_quoted_question_and_its_attribution_are_one_sentence() {
        assert_eq!(
            sentences("\u{201c}Why now?\u{201d} Senator Ruiz asked. Nobody knew."),
            [
                "\u{201c}Why now?\u{201d} Senator Ruiz asked.",
                "Nobody knew."
            ]
        );
    }

    #[test]
    fn datelines_numbers_and_paragraphs() {
        assert_eq!(
            sentences("WASHINGTON: Prices rose 3.5 percent. Markets fell.\n\nA new paragraph"),
            [
                "WASHINGTON: Prices rose 3.5 percent.",
                "Markets fell.",
                "A new paragraph"
            ]
        );
    }

    #[test]
    fn spans_cover_the_text_in_order() {
        let text = "One. Two!  Three?\n\nFour \u{2026} five. Six";
        let s = split(text);
        assert!(s.windows(2).all(|w| w[0].end <= w[1].start));
        assert_eq!(
            sentences(text),
            ["One.", "Two!", "Three?", "Four \u{2026} five.", "Six"]
        );
    }

    #[test]
    fn a_headline_line_ends_its_sentence() {
        let text = "Ruiz Says The Port Will Reopen Soon\nThe mayor said on Monday that it would.";
        let got: Vec<&str> = split(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "Ruiz Says The Port Will Reopen Soon",
                "The mayor said on Monday that it would."
            ]
        );
        // A line of running text breaks no sentence.
        let text = "The mayor said on Monday\nthat it would. Then she left.";
        assert_eq!(split(text).len(), 2);
    }
}
