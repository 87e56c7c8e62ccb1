//! Runs of paragraphs that are page furniture together: link blocks, trailing links and short
//! lines after the story, "More …" blocks and contact blocks.

use super::lines::{is_cut_off, is_short_line, is_time_stamp};
use super::{ends_like_sentence, word_count, Paragraph};
use crate::model::RemovalKind;
use crate::resources;

/// Fewest short lines that make a block of links rather than, say, two subheadings.
pub(super) const MIN_LINK_BLOCK: usize = 3;

/// Fewest words of prose that must remain outside a block for it to be furniture.
pub(super) const MIN_PROSE_LEFT: usize = 30;

/// Fewest lines of sure furniture (labels, cut-off teasers, bare time stamps) in such a block.
pub(super) const MIN_FURNITURE: usize = 2;

/// Mark blocks of short lines at either edge of an HTML page's main content: section lists,
/// "most read" teasers, other articles' headline–byline–time stamp triples, comment-form
/// labels. The extractor keeps these when they sit in the article's container. No single short
/// line is a sure sign, and an article may end with a list of its own (tour dates, results), so
/// a block must also hold lines only furniture has: known labels, teasers cut off with dots,
/// bare time stamps. Nothing is marked unless prose remains.
pub(super) fn mark_link_blocks(
    paragraphs: &[Paragraph],
    verdicts: &mut [Option<(RemovalKind, String)>],
) {
    let n = paragraphs.len();
    let short: Vec<bool> = paragraphs.iter().map(|p| is_short_line(&p.text)).collect();
    let open = |i: usize, v: &[Option<(RemovalKind, String)>]| short[i] || v[i].is_some();
    let mut blocks: Vec<(std::ops::Range<usize>, &str)> = Vec::new();
    let lead = (0..n).take_while(|&i| open(i, verdicts)).count();
    if lead < n {
        blocks.push((0..lead, "before"));
        let tail = (0..n).rev().take_while(|&i| open(i, verdicts)).count();
        blocks.push((n - tail..n, "after"));
    }
    for (range, place) in blocks {
        let lines = range
            .clone()
            .filter(|&i| short[i] && verdicts[i].is_none())
            .count();
        // Lists that are content (tour dates, results, a product's parts) are runs of short
        // lines too: a block needs lines that only furniture has.
        let furniture = range
            .clone()
            .filter(|&i| {
                verdicts[i].is_some()
                    || is_cut_off(&paragraphs[i].text)
                    || is_time_stamp(&paragraphs[i].text)
            })
            .count();
        // A sentence left over (a comment policy) is not an article: a list may be the
        // article, unless the block is mostly sure furniture.
        let prose_words: usize = (0..n)
            .filter(|&i| !range.contains(&i) && verdicts[i].is_none() && !short[i])
            .map(|i| word_count(&paragraphs[i].text))
            .sum();
        let prose_left =
            prose_words >= MIN_PROSE_LEFT || (prose_words > 0 && furniture * 2 >= range.len());
        if lines < MIN_LINK_BLOCK || furniture < MIN_FURNITURE || !prose_left {
            continue;
        }
        for i in range {
            if verdicts[i].is_some() {
                continue;
            }
            verdicts[i] = Some((
                RemovalKind::LinkBlock,
                format!("one of {lines} short lines (links, labels, time stamps, cut-off teasers) {place} the article, not its prose"),
            ));
        }
    }
}

/// Most words of a label that introduces a list ("Read more from our columnists:").
pub(super) const MAX_LABEL_WORDS: usize = 8;

/// Mark the links that close an HTML page's main content: after the article's last paragraph,
/// a paragraph that is wholly the text of a link ("Previous article: …", another story's
/// headline, "More columns") leads away from the story, as does the label above them ("Read
/// on:"). A link written as an address is the author's reference and stays. Nothing is marked
/// unless prose remains.
pub(super) fn mark_trailing_links(
    paragraphs: &[Paragraph],
    verdicts: &mut [Option<(RemovalKind, String)>],
) {
    let mut marked: Vec<(usize, &str)> = Vec::new();
    for i in (0..paragraphs.len()).rev() {
        let p = &paragraphs[i];
        if verdicts[i].is_some() {
            continue;
        }
        if p.link && !is_address(&p.text) {
            marked.push((
                i,
                "a link to another page after the article's last paragraph",
            ));
            continue;
        }
        // The label of those links ("Read on:"), or one whose list was left out.
        if word_count(&p.text) <= MAX_LABEL_WORDS && p.text.trim_end().ends_with(':') {
            marked.push((
                i,
                "a label after the article's last paragraph, introducing links or nothing",
            ));
        }
        break;
    }
    if marked.is_empty() {
        return;
    }
    let prose_left: usize = paragraphs
        .iter()
        .zip(verdicts.iter())
        .enumerate()
        .filter(|(i, (_, v))| v.is_none() && !marked.iter().any(|(m, _)| m == i))
        .map(|(_, (p, _))| word_count(&p.text))
        .sum();
    if prose_left < MIN_PROSE_LEFT {
        return;
    }
    for (i, reason) in marked {
        verdicts[i] = Some((RemovalKind::RelatedHeadline, reason.to_string()));
    }
}

/// Most words of a line after the article's last sentence that is still furniture.
pub(super) const MAX_TRAILING_LINE_WORDS: usize = 6;

/// Most such lines: more are a list the article ends with (results, a programme, prices), not
/// furniture. On Scrapinghub, lifting this cap removes such lists (F1 0.977 -> 0.975).
pub(super) const MAX_TRAILING_LINES: usize = 3;

/// Fewest words of a paragraph that counts as the article's last sentence paragraph.
pub(super) const MIN_CLOSING_PROSE_WORDS: usize = 12;

/// Fewest words of prose before that paragraph for what follows it to be judged.
pub(super) const MIN_PROSE_BEFORE_TAIL: usize = 60;

/// Mark the short lines under an HTML page's last paragraph of prose: labels, names, section
/// links and teasers ("Originalpublikation", "Auch auf example.de", "Noch mehr Infos für
/// dich") that the extractor keeps because they share the article's container. Prose does not
/// end in a line of a few words that is not a sentence; a longer line there may be a
/// reference or a note and stays, and so does a list (more than [`MAX_TRAILING_LINES`] lines).
/// On trafilatura-eval this lifts F1 0.9130 -> 0.9143; the other sets are unchanged.
pub(super) fn mark_trailing_short_lines(
    paragraphs: &[Paragraph],
    verdicts: &mut [Option<(RemovalKind, String)>],
) {
    let kept = |i: &usize| verdicts[*i].is_none();
    let Some(last_prose) = (0..paragraphs.len()).filter(kept).rev().find(|&i| {
        let text = &paragraphs[i].text;
        word_count(text) >= MIN_CLOSING_PROSE_WORDS && ends_like_sentence(text)
    }) else {
        return;
    };
    let prose_before: usize = (0..=last_prose)
        .filter(kept)
        .map(|i| word_count(&paragraphs[i].text))
        .sum();
    if prose_before < MIN_PROSE_BEFORE_TAIL {
        return;
    }
    let short: Vec<usize> = (last_prose + 1..paragraphs.len())
        .filter(|&i| {
            let text = &paragraphs[i].text;
            verdicts[i].is_none()
                && word_count(text) <= MAX_TRAILING_LINE_WORDS
                && !ends_like_sentence(text)
                && !is_address(text)
        })
        .collect();
    if short.len() > MAX_TRAILING_LINES {
        return;
    }
    for i in short {
        verdicts[i] = Some((
            RemovalKind::Navigation,
            "a short line under the article's last paragraph of prose".to_string(),
        ));
    }
}

/// Most words of a label that introduces more of the site's content ("Weitere Videos").
pub(super) const MAX_MORE_LABEL_WORDS: usize = 8;

/// Most words of a line of the block under such a label (a headline, a section name).
pub(super) const MAX_MORE_LINE_WORDS: usize = 16;

/// Mark a block of other content at the end of an HTML page's text, opened by a label whose
/// first word offers more ("Weitere Videos", "Mehr Kolumnen auf MeinMMO:", "More from
/// Politics", `data/more_words.txt`) and made of short lines to the end: headlines, section
/// names, dates. A list the article ends with has no such label.
pub(super) fn mark_more_block(
    paragraphs: &[Paragraph],
    verdicts: &mut [Option<(RemovalKind, String)>],
) {
    let n = paragraphs.len();
    let kept = |i: &usize| verdicts[*i].is_none();
    // The first label in the trailing run of lines short enough for such a block.
    let start = trailing_run(paragraphs, verdicts, MAX_MORE_LINE_WORDS);
    let Some(label_at) = (start..n)
        .filter(kept)
        .find(|&i| is_more_label(&paragraphs[i].text))
    else {
        return;
    };
    let prose_before: usize = (0..label_at)
        .filter(kept)
        .map(|i| word_count(&paragraphs[i].text))
        .sum();
    if label_at + 1 == n || prose_before < MIN_PROSE_BEFORE_TAIL {
        return;
    }
    let label = paragraphs[label_at].text.trim().to_string();
    for verdict in &mut verdicts[label_at..] {
        if verdict.is_none() {
            *verdict = Some((
                RemovalKind::LinkBlock,
                format!("under the label \u{201c}{label}\u{201d} after the article's last paragraph: more of the site, not the article"),
            ));
        }
    }
}

/// A short label offering more of the site ("Weitere Videos", "More from Politics:"): not a
/// sentence, its first word from `data/more_words.txt`.
pub(super) fn is_more_label(text: &str) -> bool {
    let words = word_count(text);
    if words == 0 || words > MAX_MORE_LABEL_WORDS {
        return false;
    }
    let t = text.trim();
    if t.ends_with(['.', '!', '?']) || !t.starts_with(char::is_uppercase) {
        return false;
    }
    let first = t
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    resources::get().more_words.contains(&first)
}

/// Most words of a line of a contact block (a name, a role, an address, a number).
pub(super) const MAX_CONTACT_LINE_WORDS: usize = 10;

/// Mark a press release's contact block at the end of an HTML page's text: a label from
/// `data/contact_labels.txt` ("Pressekontakt", "Ansprechpartnerin zum Thema:"), then short
/// lines of names, addresses and numbers to the end, at least one of them an e-mail address or
/// a telephone number. The first such label in the trailing run of short lines opens the block.
pub(super) fn mark_contact_block(
    paragraphs: &[Paragraph],
    verdicts: &mut [Option<(RemovalKind, String)>],
) {
    let n = paragraphs.len();
    let start = trailing_run(paragraphs, verdicts, MAX_CONTACT_LINE_WORDS);
    // Never the whole text: a page of contact details alone is what it is.
    if start == 0 {
        return;
    }
    let Some(label_at) =
        (start..n).find(|&i| verdicts[i].is_none() && is_contact_label(&paragraphs[i].text))
    else {
        return;
    };
    if !(label_at..n).any(|i| has_contact_detail(&paragraphs[i].text)) {
        return;
    }
    for verdict in &mut verdicts[label_at..] {
        if verdict.is_none() {
            *verdict = Some((
                RemovalKind::Navigation,
                "the sender's contact block at the end (names, telephone, e-mail)".to_string(),
            ));
        }
    }
}

/// Where the run of paragraphs at the end of the text that are already marked or have at most
/// `max_words` words begins.
pub(super) fn trailing_run(
    paragraphs: &[Paragraph],
    verdicts: &[Option<(RemovalKind, String)>],
    max_words: usize,
) -> usize {
    let mut start = paragraphs.len();
    while start > 0
        && (verdicts[start - 1].is_some() || word_count(&paragraphs[start - 1].text) <= max_words)
    {
        start -= 1;
    }
    start
}

/// A line opening with a contact label ("Pressekontakt", "Ansprechpartner Presse bei …",
/// "Media contact:").
pub(super) fn is_contact_label(text: &str) -> bool {
    if word_count(text) > 8 {
        return false;
    }
    let lower = text.trim().to_lowercase();
    let labels = &resources::get().contact_labels;
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_end_matches([':', '.']))
        .collect();
    (1..=words.len().min(3)).any(|k| labels.contains(&words[..k].join(" ")))
}

/// A line with an e-mail address or a telephone number (seven digits or more).
pub(super) fn has_contact_detail(text: &str) -> bool {
    text.contains('@')
        || text.contains("[email")
        || text.chars().filter(char::is_ascii_digit).count() >= 7
}

/// A line that is only a web address ("https://example.org/report", "www.example.org").
pub(super) fn is_address(text: &str) -> bool {
    let t = text.trim();
    !t.contains(' ') && (t.starts_with("http") || t.starts_with("www."))
}
