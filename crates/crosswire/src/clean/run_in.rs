//! Run-in labels: a label set at the start of a paragraph ("Related: …", "READ MORE …") is
//! split off so the label and the prose after it are judged apart.

use super::{ends_like_sentence, word_count, Paragraph};
use crate::resources;

/// The paragraphs with each run-in label ([`run_in_label`]) and what follows it split off as a
/// paragraph of its own, and beside each paragraph the label it opens with, if it was split off.
pub(super) fn split_run_in_labels(
    paragraphs: Vec<Paragraph>,
) -> (Vec<Paragraph>, Vec<Option<String>>) {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut labels = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        let Some((at, label)) = run_in_label(&p.text) else {
            out.push(p);
            labels.push(None);
            continue;
        };
        let label = label.to_string();
        let (head, tail) = p.text.split_at(at);
        let (head, tail) = (head.trim_end().to_string(), tail.to_string());
        if !head.is_empty() {
            out.push(Paragraph {
                text: head,
                line: p.line,
                link: p.link,
            });
            labels.push(None);
        }
        out.push(Paragraph {
            text: tail,
            line: p.line,
            link: false,
        });
        labels.push(Some(label));
    }
    (out, labels)
}

/// Most words after a run-in label: a longer tail is more than a row of links.
pub(super) const MAX_RUN_IN_TAIL_WORDS: usize = 60;

/// Fewest words of a sentence that makes a run-in label's tail prose.
pub(super) const MIN_TAIL_SENTENCE_WORDS: usize = 8;

/// Where a navigation, related-link or tag label is run into a paragraph of HTML content with
/// only links after it ("… 5000 Euro. Das könnte Sie auch interessieren 05.11.2023 Hoher
/// Sachschaden …", "… Papers Previous articleTransforming …"): the label's byte offset and the
/// label as written. The extractor renders a row of inline links as words of the paragraph
/// before it, so a label that stands alone on the page can arrive mid-paragraph.
///
/// The label must be set off: it is capitalised, at the paragraph's start or after punctuation
/// or a capitalised word (a row of links), not mid-sentence; and a single-word tag label needs
/// its colon ("Schlagworte: …"). After a label of one or two words, what follows must not be
/// prose: no sentence of [`MIN_TAIL_SENTENCE_WORDS`] words, at most [`MAX_RUN_IN_TAIL_WORDS`]
/// words in all. A longer label ("Das könnte Sie auch interessieren") opens the block of other
/// articles whatever their teasers say (trafilatura-eval F1 +0.0005, the other sets unchanged).
pub(super) fn run_in_label(text: &str) -> Option<(usize, &str)> {
    let r = resources::get();
    for m in r.run_in_labels.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let label = &text[start..end];
        if !label.starts_with(char::is_uppercase) {
            continue;
        }
        let after = text[end..].chars().next();
        // "Previous articleTransforming …": a link's text glued to the label is a boundary too.
        let glued_link =
            after.is_some_and(char::is_uppercase) && label.ends_with(|c: char| c.is_lowercase());
        if after.is_some_and(char::is_alphanumeric) && !glued_link {
            continue;
        }
        if !label.contains(' ') && after != Some(':') {
            continue;
        }
        let head = text[..start].trim_end();
        if head.len() == start && start > 0 {
            // No space before: the label is the end of a longer word.
            continue;
        }
        let set_off = head.is_empty()
            || head.ends_with([
                '.', '!', '?', ':', '…', '|', '»', ')', '"', '\u{201d}', '-', '–', '—',
            ])
            || head
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        if !set_off {
            continue;
        }
        // A label of three words or more ("Das könnte Sie auch interessieren", "You may also
        // like") opens the block of other articles whatever their teasers say.
        if word_count(label) >= 3 {
            return Some((start, label));
        }
        // A later label's tail is shorter and may be links only: keep looking.
        let tail = &text[start..];
        if word_count(tail) > MAX_RUN_IN_TAIL_WORDS {
            continue;
        }
        let prose = tail
            .split_inclusive(['.', '!', '?'])
            .any(|s| ends_like_sentence(s) && word_count(s) >= MIN_TAIL_SENTENCE_WORDS);
        if prose {
            continue;
        }
        return Some((start, label));
    }
    None
}
