//! **Clean**: a decoded report → its clean body, with the reason for every removal.
//!
//! Input: the text of a plain-text report (loose header lines allowed) or an HTML page. Output:
//! [`Cleaned`] — paragraphs joined by a blank line, the [`Removal`]s with reasons, header fields
//! parsed out of the text, the headline, keywords from tag lists, and spots repaired for matching.
//!
//! Boilerplate is recognised by generic signals — position, length, sentence punctuation, an
//! ellipsis that cuts a line off, headline shape, comma-list shape, a trailing photo credit,
//! and how many of a line's words the rest of the article shares — plus small generic word lists
//! in `data/` (navigation labels, promotion cues, photo credits). No phrase of any particular
//! story is known here.
//!
//! ```
//! let c = crosswire::clean::clean_text("Date: 2025-01-02\nOfficials met on Monday.\nLatest News\n");
//! assert_eq!(c.text, "Officials met on Monday.");
//! assert_eq!(c.header.date.as_deref(), Some("2025-01-02"));
//! assert_eq!(c.removed.len(), 2);
//! ```

pub(crate) mod html;
mod markup;
pub mod normalize;
pub mod page_date;
mod paragraphs;
pub(crate) mod prose;

use foldhash::HashSet;

use crate::model::{Removal, RemovalKind, Repair};
use crate::resources;

pub use html::{clean_html, HtmlMeta};

/// Fields read from loose header lines ("Date: …", "Location: …", " date 2025-05-08 …").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderFields {
    /// Publication date, as written.
    pub date: Option<String>,
    /// Last update, as written.
    pub updated: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// "Location" header (often the site's domain in scraped text).
    pub location: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Author or byline.
    pub author: Option<String>,
    /// Section or category.
    pub section: Option<String>,
    /// Declared language.
    pub language: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
}

/// The clean body of one report and what was learnt while cleaning it.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Paragraphs joined by `"\n\n"`, original wording kept.
    pub text: String,
    /// Everything left out, with reasons.
    pub removed: Vec<Removal>,
    /// Parsed header fields.
    pub header: HeaderFields,
    /// The headline found in the text (a first line shaped like a headline).
    pub title: Option<String>,
    /// Keywords from tag lists.
    pub keywords: Vec<String>,
    /// Spots of `text` safe to repair for matching.
    pub repairs: Vec<Repair>,
    /// Metadata of an HTML page.
    pub html: Option<HtmlMeta>,
}

/// Clean a plain-text report: parse its header lines, then sort its paragraphs into body and
/// boilerplate.
pub fn clean_text(body: &str) -> Cleaned {
    let mut cleaned = Cleaned::default();
    let paragraphs = paragraphs::split(body, &mut cleaned.header, &mut cleaned.removed);
    classify(paragraphs, &mut cleaned, true);
    cleaned
}

/// One paragraph of the input with the 1-based line it starts on.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub text: String,
    pub line: Option<usize>,
    /// The whole paragraph is the text of one link of the page (HTML only).
    pub link: bool,
}

#[cfg(test)]
impl Paragraph {
    /// Paragraphs of HTML content (no line numbers), one per line given.
    pub(crate) fn from_lines(lines: &[impl AsRef<str>]) -> Vec<Paragraph> {
        lines
            .iter()
            .map(|t| Paragraph {
                text: t.as_ref().to_string(),
                line: None,
                link: false,
            })
            .collect()
    }
}

/// Sort paragraphs into body and boilerplate, fill `cleaned.text`, `removed`, `title`,
/// `keywords` and `repairs`.
///
/// `plain_text`: the paragraphs come from text without markup, so structure (a headline, page
/// furniture between paragraphs) must be inferred from shape. Paragraphs of an HTML page's main
/// content have been through the extractor's structural filter already; only the surer signals
/// apply to them (captions with credits, known labels, and furniture at the edges), since their
/// subheadings, list items and table rows are content that merely lacks sentence punctuation.
pub(crate) fn classify(paragraphs: Vec<Paragraph>, cleaned: &mut Cleaned, plain_text: bool) {
    // An HTML paragraph that runs on into a label and the links after it ("… Flüssiggas. Link
    // Mail Whatsapp Beitrag teilen") is cut where the label starts; the rest is removed below.
    let (paragraphs, run_in) = if plain_text {
        let none = vec![None; paragraphs.len()];
        (paragraphs, none)
    } else {
        split_run_in_labels(paragraphs)
    };
    let n = paragraphs.len();
    let mut verdicts: Vec<Option<(RemovalKind, String)>> = vec![None; n];
    let known_title = cleaned
        .header
        .title
        .clone()
        .or_else(|| cleaned.html.as_ref().and_then(|h| h.title.clone()))
        .map(|t| squash(&t).to_lowercase());
    let mut first_body_seen = false;
    // Words of prose on the page (counted when first asked): a label is only furniture beside
    // a story.
    let prose_words = std::cell::OnceCell::new();
    let prose_words = || {
        *prose_words.get_or_init(|| {
            paragraphs
                .iter()
                .filter(|p| !is_short_line(&p.text))
                .map(|p| word_count(&p.text))
                .sum::<usize>()
        })
    };
    for (i, p) in paragraphs.iter().enumerate() {
        let edge = i < 2 || i + 2 >= n;
        // The paragraph's words and lower-cased text, counted and made once for every test.
        let words = word_count(&p.text);
        let lower = std::cell::OnceCell::new();
        let run_in_verdict = run_in[i].clone().map(|label| {
            (
                RemovalKind::Navigation,
                format!("the label \u{201c}{label}\u{201d} run into a paragraph, and the links after it (not prose)"),
            )
        });
        let verdict = verdict_of(&p.text, words, &lower, edge, plain_text)
            .or(run_in_verdict)
            .or_else(|| {
                // A page whose only text is its copyright line keeps it: a report with no text is
                // an error, and its date and title are lost with it.
                (edge && n > 1 && is_copyright_notice(&p.text)).then(|| {
                    (
                        RemovalKind::Navigation,
                        "the site's copyright notice".to_string(),
                    )
                })
            })
            .or_else(|| {
                // The site's small print may stand anywhere: a reprint notice where the report
                // ends (often with advertisements after it), a disclosure where it begins.
                let phrase = (n > 1 && words <= MAX_SMALL_PRINT_WORDS)
                    .then(|| small_print_phrase(lower.get_or_init(|| p.text.to_lowercase())))
                    .flatten()?;
                Some((
                    RemovalKind::Navigation,
                    format!("the site's small print: a copyright, reprint or advertising notice (\u{201c}{phrase}\u{201d})"),
                ))
            });
        // An HTML page's time stamp line at the edge of its content is page furniture (the
        // date is read from the markup), as is one that leads a line of byline and section
        // ("05/10/2018 - Posted by: … - Category: …"); in plain text it may be the only date
        // there is.
        let verdict = verdict.or_else(|| {
            if plain_text || !edge || n < 2 {
                return None;
            }
            let stamped = is_time_stamp(&p.text)
                || (words <= 25
                    && !ends_like_sentence(&p.text)
                    && [" - ", " | ", " · "].iter().any(|sep| {
                        p.text
                            .split_once(sep)
                            .is_some_and(|(first, _)| is_time_stamp(first))
                            || p.text.rsplit_once(sep).is_some_and(|(first, last)| {
                                is_time_stamp(last) && is_byline(first)
                            })
                    }));
            stamped.then(|| {
                (
                    RemovalKind::Navigation,
                    "a bare date or time stamp at the edge of the page, not prose".to_string(),
                )
            })
        });
        let verdict = match verdict {
            Some(v) => Some(v),
            None if !ends_like_sentence(&p.text) => {
                if known_title.as_deref() == Some(squash(&p.text).to_lowercase().as_str()) {
                    Some((
                        RemovalKind::Title,
                        "repeats the headline given in the metadata".to_string(),
                    ))
                } else if !plain_text {
                    // A lone label opening or closing the content ("Latest", "Source:");
                    // an address there is the author's reference.
                    (words <= 3
                        && (i == 0 || i + 1 == n)
                        && prose_words() >= MIN_PROSE_LEFT
                        && !is_address(&p.text))
                        .then(|| {
                        (
                            RemovalKind::Navigation,
                            format!("short label ({words} words, not a sentence) at the edge of the page's content"),
                        )
                    })
                } else if !first_body_seen
                    && cleaned.title.is_none()
                    && known_title.is_none()
                    && (3..=30).contains(&words)
                    && starts_upper(&p.text)
                {
                    cleaned.title = Some(squash(&p.text));
                    Some((
                        RemovalKind::Title,
                        "headline-shaped first line (no sentence punctuation); moved to title"
                            .to_string(),
                    ))
                } else if words <= 4 && edge {
                    Some((
                        RemovalKind::Navigation,
                        format!(
                            "short label ({words} words, not a sentence) at the edge of the page"
                        ),
                    ))
                } else if words >= 5 && starts_upper(&p.text) && first_body_seen {
                    Some((
                        RemovalKind::RelatedHeadline,
                        "headline-shaped line (no sentence punctuation) between body paragraphs"
                            .to_string(),
                    ))
                } else {
                    None
                }
            }
            None => None,
        };
        if verdict.is_none() {
            first_body_seen = true;
        }
        verdicts[i] = verdict;
    }

    if !plain_text {
        mark_link_blocks(&paragraphs, &mut verdicts);
        mark_trailing_links(&paragraphs, &mut verdicts);
        mark_trailing_short_lines(&paragraphs, &mut verdicts);
        mark_contact_block(&paragraphs, &mut verdicts);
        mark_more_block(&paragraphs, &mut verdicts);
    }

    // A headline needs a body under it: a lone headline-shaped paragraph is the body.
    if verdicts.iter().all(Option::is_some) {
        if let Some(i) = verdicts
            .iter()
            .position(|v| matches!(v, Some((RemovalKind::Title, _))))
        {
            verdicts[i] = None;
            cleaned.title = None;
        }
    }

    // How much of a removed line's vocabulary the kept body shares: evidence for the reason.
    let needs_overlap = verdicts.iter().any(|v| {
        matches!(
            v,
            Some((RemovalKind::Teaser | RemovalKind::RelatedHeadline, _))
        )
    });
    let body_words: HashSet<String> = if needs_overlap {
        paragraphs
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_none())
            .flat_map(|(p, _)| content_words(&p.text))
            .collect()
    } else {
        HashSet::default()
    };

    let mut kept: Vec<&str> = Vec::new();
    for (p, verdict) in paragraphs.iter().zip(verdicts) {
        match verdict {
            None => kept.push(&p.text),
            Some((kind, mut reason)) => {
                if matches!(kind, RemovalKind::Teaser | RemovalKind::RelatedHeadline) {
                    let words: Vec<String> = content_words(&p.text).collect();
                    if !words.is_empty() {
                        let shared = words.iter().filter(|w| body_words.contains(*w)).count();
                        reason.push_str(&format!(
                            "; shares {shared} of its {} content words with the article",
                            words.len()
                        ));
                    }
                }
                if kind == RemovalKind::TagList {
                    for tag in list_items(tagged_items(&p.text).unwrap_or(&p.text)) {
                        if !cleaned.keywords.iter().any(|k| k.eq_ignore_ascii_case(tag)) {
                            cleaned.keywords.push(tag.to_string());
                        }
                    }
                }
                cleaned.removed.push(Removal {
                    text: p.text.clone(),
                    kind,
                    reason,
                    line: p.line,
                });
            }
        }
    }
    cleaned.text = kept.join("\n\n");
    cleaned.repairs = normalize::find_repairs(&cleaned.text);
}

/// Fewest short lines that make a block of links rather than, say, two subheadings.
const MIN_LINK_BLOCK: usize = 3;
/// Fewest words of prose that must remain outside a block for it to be furniture.
const MIN_PROSE_LEFT: usize = 30;
/// Fewest lines of sure furniture (labels, cut-off teasers, bare time stamps) in such a block.
const MIN_FURNITURE: usize = 2;

/// Mark blocks of short lines at either edge of an HTML page's main content: section lists,
/// "most read" teasers, other articles' headline–byline–time stamp triples, comment-form
/// labels. The extractor keeps these when they sit in the article's container. No single short
/// line is a sure sign, and an article may end with a list of its own (tour dates, results), so
/// a block must also hold lines only furniture has: known labels, teasers cut off with dots,
/// bare time stamps. Nothing is marked unless prose remains.
fn mark_link_blocks(paragraphs: &[Paragraph], verdicts: &mut [Option<(RemovalKind, String)>]) {
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
const MAX_LABEL_WORDS: usize = 8;

/// Mark the links that close an HTML page's main content: after the article's last paragraph,
/// a paragraph that is wholly the text of a link ("Previous article: …", another story's
/// headline, "More columns") leads away from the story, as does the label above them ("Read
/// on:"). A link written as an address is the author's reference and stays. Nothing is marked
/// unless prose remains.
fn mark_trailing_links(paragraphs: &[Paragraph], verdicts: &mut [Option<(RemovalKind, String)>]) {
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
const MAX_TRAILING_LINE_WORDS: usize = 6;
/// Most such lines: more are a list the article ends with (results, a programme, prices), not
/// furniture. On Scrapinghub, lifting this cap removes such lists (F1 0.977 -> 0.975).
const MAX_TRAILING_LINES: usize = 3;
/// Fewest words of a paragraph that counts as the article's last sentence paragraph.
const MIN_CLOSING_PROSE_WORDS: usize = 12;
/// Fewest words of prose before that paragraph for what follows it to be judged.
const MIN_PROSE_BEFORE_TAIL: usize = 60;

/// Mark the short lines under an HTML page's last paragraph of prose: labels, names, section
/// links and teasers ("Originalpublikation", "Auch auf example.de", "Noch mehr Infos für
/// dich") that the extractor keeps because they share the article's container. Prose does not
/// end in a line of a few words that is not a sentence; a longer line there may be a
/// reference or a note and stays, and so does a list (more than [`MAX_TRAILING_LINES`] lines).
/// On trafilatura-eval this lifts F1 0.9130 -> 0.9143; the other sets are unchanged.
fn mark_trailing_short_lines(
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

/// Most words of a paragraph of the site's small print (a copyright notice, an advertising
/// disclosure of three sentences).
const MAX_SMALL_PRINT_WORDS: usize = 60;

/// Most words of a label that introduces more of the site's content ("Weitere Videos").
const MAX_MORE_LABEL_WORDS: usize = 8;
/// Most words of a line of the block under such a label (a headline, a section name).
const MAX_MORE_LINE_WORDS: usize = 16;

/// Mark a block of other content at the end of an HTML page's text, opened by a label whose
/// first word offers more ("Weitere Videos", "Mehr Kolumnen auf MeinMMO:", "More from
/// Politics", `data/more_words.txt`) and made of short lines to the end: headlines, section
/// names, dates. A list the article ends with has no such label.
fn mark_more_block(paragraphs: &[Paragraph], verdicts: &mut [Option<(RemovalKind, String)>]) {
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
fn is_more_label(text: &str) -> bool {
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
const MAX_CONTACT_LINE_WORDS: usize = 10;

/// Mark a press release's contact block at the end of an HTML page's text: a label from
/// `data/contact_labels.txt` ("Pressekontakt", "Ansprechpartnerin zum Thema:"), then short
/// lines of names, addresses and numbers to the end, at least one of them an e-mail address or
/// a telephone number. The first such label in the trailing run of short lines opens the block.
fn mark_contact_block(paragraphs: &[Paragraph], verdicts: &mut [Option<(RemovalKind, String)>]) {
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
fn trailing_run(
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
fn is_contact_label(text: &str) -> bool {
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
fn has_contact_detail(text: &str) -> bool {
    text.contains('@')
        || text.contains("[email")
        || text.chars().filter(char::is_ascii_digit).count() >= 7
}

/// A line that is only a web address ("https://example.org/report", "www.example.org").
fn is_address(text: &str) -> bool {
    let t = text.trim();
    !t.contains(' ') && (t.starts_with("http") || t.starts_with("www."))
}

/// A teaser cut off with dots ("Minister resigns after..").
fn is_cut_off(text: &str) -> bool {
    let t = text.trim_end();
    word_count(t) <= 15 && (t.ends_with("..") || t.ends_with('…'))
}

/// A line that is only a date or time, perhaps with a label ("11/20/2019 01:14 PM",
/// "Posted: 2018-09-28 17:32", "3 hours ago").
fn is_time_stamp(text: &str) -> bool {
    let r = resources::get();
    let (mut dated, mut number, mut month, mut other) = (false, false, false, 0);
    for token in text.split(|c: char| c.is_whitespace() || "[](),|".contains(c)) {
        let token = token.trim_matches(|c: char| c.is_ascii_punctuation() && c != ':');
        let token = token.trim_end_matches(':');
        if token.is_empty() {
            continue;
        }
        let lower = token.to_lowercase();
        let digits = token.chars().filter(char::is_ascii_digit).count();
        let separators = token.chars().filter(|c| "/-.:".contains(*c)).count();
        if digits > 0 && digits + separators == token.chars().count() {
            // 11/20/2019, 2018-09-28, 17:32, 07.11.2023 are dates or times; a bare 40 is not.
            if separators > 0 && digits >= 3 {
                dated = true;
            } else {
                number = true;
            }
        } else if r.months.contains_key(lower.trim_end_matches('.'))
            || r.months_intl.contains_key(lower.trim_end_matches('.'))
        {
            month = true;
        } else if r.weekdays.contains_key(lower.as_str())
            || matches!(
                lower.as_str(),
                "am" | "pm"
                    | "a.m"
                    | "p.m"
                    | "ago"
                    | "hours"
                    | "hour"
                    | "minutes"
                    | "mins"
                    | "gmt"
                    | "utc"
                    | "first"
                    | "last"
                    | "published"
                    | "posted"
                    | "updated"
                    | "modified"
                    | "on"
                    | "at"
                    // The small words dates are written with elsewhere ("22 de janeiro de
                    // 2018 às 0:13", "le 3 mai", "am 4. Mai").
                    | "de"
                    | "del"
                    | "às"
                    | "à"
                    | "le"
                    | "um"
                    | "the"
                    | "of"
            )
        {
            continue;
        } else {
            other += 1;
            // A second word of another kind settles it: prose is not read to its end.
            if other > 1 {
                return false;
            }
        }
    }
    (dated || (month && number)) && other <= 1
}

/// A line too short to be prose: a link, label, byline, time stamp, a teaser cut off with dots,
/// or another article's headline (up to 16 words without sentence punctuation). A short sentence
/// is prose unless it is only a word or two.
fn is_short_line(text: &str) -> bool {
    let words = word_count(text);
    if words > 16 {
        return false;
    }
    let t = text.trim_end();
    let cut = t.ends_with("..") || t.ends_with('…');
    let sentence = !cut
        && t.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '»'])
            .ends_with(['.', '!', '?']);
    !sentence || words <= 2
}

/// [`verdict_of`] for a paragraph alone, counting its words itself (for tests).
#[cfg(test)]
fn local_verdict(text: &str, edge: bool, plain_text: bool) -> Option<(RemovalKind, String)> {
    verdict_of(
        text,
        word_count(text),
        &std::cell::OnceCell::new(),
        edge,
        plain_text,
    )
}

/// Verdicts that need only the paragraph itself. `words`: its word count; `lower`: its
/// lower-cased text, made when first needed and shared with the caller's other tests.
fn verdict_of(
    text: &str,
    words: usize,
    lower: &std::cell::OnceCell<String>,
    edge: bool,
    plain_text: bool,
) -> Option<(RemovalKind, String)> {
    let r = resources::get();
    if let Some(label) = related_link_label(text) {
        return Some((
            RemovalKind::RelatedHeadline,
            format!("link to another article (\u{201c}{label}: …\u{201d})"),
        ));
    }
    if let Some(tag) = link_media_tag(text) {
        return Some((
            RemovalKind::RelatedHeadline,
            format!("a link to another article, marked \u{201c}[{tag}]\u{201d}"),
        ));
    }
    if !plain_text && !edge && is_shouted_headline(text) {
        return Some((
            RemovalKind::RelatedHeadline,
            "a line in capitals between paragraphs: a link to another article".to_string(),
        ));
    }
    if words <= 80 && look_alike_words(text) >= MIN_LOOK_ALIKE_WORDS {
        return Some((
            RemovalKind::Promotion,
            "an insert spelt with look-alike letters of another script (\u{201c}Yоur\u{201d} with a Cyrillic \u{201c}о\u{201d}), written to slip past filters".to_string(),
        ));
    }
    if let Some(credit) = caption_credit(text) {
        return Some((
            RemovalKind::PhotoCaption,
            format!("photo caption ending with the credit \u{201c}{credit}\u{201d}"),
        ));
    }
    // Labels, promotions and paywall notices are short; long paragraphs skip the lower-casing.
    let lower = (words <= 40).then(|| lower.get_or_init(|| text.to_lowercase()).as_str());
    if let Some(lower) = lower.filter(|_| words <= 20) {
        let label =
            lower.trim_end_matches(|c: char| ":»›>|-–—!?.…".contains(c) || c.is_whitespace());
        if r.navigation_labels.contains(label) || is_gallery_counter(label) {
            return Some((
                RemovalKind::Navigation,
                "navigation label of the page".to_string(),
            ));
        }
        // At an HTML page's edge a short sentence with a cue is an insert too ("Let our news
        // meet your inbox."); inside a report it may be news about a newsletter.
        if (plain_text || edge) && (!ends_like_sentence(text) || words <= 8 || !plain_text) {
            if let Some(cue) = first_listed_phrase(lower, &r.promo_matcher, &r.promo_cues) {
                return Some((
                    RemovalKind::Promotion,
                    format!("short promotional insert (\u{201c}{cue}\u{201d}), not a sentence of the report"),
                ));
            }
        }
    }
    // A paywall's notice may stand anywhere (where the free part ends) and is a sentence.
    if let Some(lower) = lower {
        if let Some(phrase) = paywall_phrase(lower) {
            return Some((
                RemovalKind::Promotion,
                format!("a paywall, log-in or sign-up notice (\u{201c}{phrase}\u{201d})"),
            ));
        }
    }
    if !plain_text && !edge {
        return None;
    }
    let trimmed = text.trim_end();
    if (plain_text || words <= 25) && (trimmed.ends_with('…') || trimmed.ends_with("...")) {
        return Some((
            RemovalKind::Teaser,
            "line cut off with an ellipsis: a teaser of another article".to_string(),
        ));
    }
    if words <= 40 && is_credit_line(text) {
        return Some((
            RemovalKind::Navigation,
            "the report's staff credits (reporting, writing, editing)".to_string(),
        ));
    }
    if tagged_items(text).is_some() {
        return Some((
            RemovalKind::TagList,
            "the page's line of tags (kept as keywords)".to_string(),
        ));
    }
    if is_tag_list(text) {
        return Some((
            RemovalKind::TagList,
            "comma-separated list of short capitalised phrases: tags (kept as keywords)"
                .to_string(),
        ));
    }
    None
}

/// Words of look-alike letters that make a paragraph an insert written to slip past filters.
const MIN_LOOK_ALIKE_WORDS: usize = 3;

/// Words that mix Latin letters with Cyrillic or Greek ones ("Yоur", "соntеnt" with Cyrillic
/// "о", "е"): no language spells a word so; advertisers do, so that filters miss their text.
fn look_alike_words(text: &str) -> usize {
    if text.is_ascii() {
        return 0;
    }
    text.split_whitespace()
        .filter(|w| {
            let latin = w.chars().any(|c| c.is_ascii_alphabetic());
            let other = w
                .chars()
                .any(|c| matches!(c, '\u{0370}'..='\u{03ff}' | '\u{0400}'..='\u{04ff}'));
            latin && other
        })
        .count()
}

/// The label of a line that links to another article: a label from
/// `data/related_link_labels.txt`, a colon (or `|`, `»`), then a headline ("Read more: …").
fn related_link_label(text: &str) -> Option<&str> {
    // Some pages set the link off in brackets: "( Read also: … )".
    let t = text
        .trim_start()
        .trim_start_matches(['(', '['])
        .trim_start();
    let head = &t[..crate::model::floor_char_boundary(t, 48)];
    let at = head.find([':', '|', '»'])?;
    let label = t[..at].trim();
    let rest = t[at..].trim_start_matches([':', '|', '»']).trim();
    if rest.is_empty() || word_count(rest) > 30 {
        return None;
    }
    resources::get()
        .related_link_labels
        .contains(&label.to_lowercase())
        .then_some(label)
}

/// A line of five or more words written in capitals ("SEAN SPICER ELIMINATED FROM THE SHOW"):
/// news pages set links to other articles this way between paragraphs.
fn is_shouted_headline(text: &str) -> bool {
    // Word count and ending first: most paragraphs are too long or are sentences.
    if !(5..=30).contains(&word_count(text)) || ends_like_sentence(text) {
        return false;
    }
    let (mut upper, mut lower) = (0, 0);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 15 && lower * 10 <= upper
}

/// The items of a labelled line of tags ("Tags: Budget, Parliament" → "Budget, Parliament"): a
/// label from `data/tag_labels.txt`, then up to 15 words that are not a sentence.
fn tagged_items(text: &str) -> Option<&str> {
    let t = text.trim();
    if word_count(t) > 16 || t.ends_with(['.', '!', '?']) {
        return None;
    }
    let lower = t.to_lowercase();
    let label = resources::get().tag_labels.iter().find(|l| {
        lower.starts_with(l.as_str())
            && lower[l.len()..].starts_with(|c: char| c == ':' || c.is_whitespace())
    })?;
    // Lower-casing keeps these labels' byte lengths (ASCII and two-byte umlauts alike).
    let rest = t.get(label.len()..)?.trim_start_matches(':').trim();
    (!rest.is_empty()).then_some(rest)
}

/// The tag a link to another article ends with: one word in brackets, in capitals or naming a
/// medium ("… marmot [INSIGHT]", "… power station [Video]").
fn link_media_tag(text: &str) -> Option<&str> {
    let t = text.trim_end().trim_end_matches(['|', ' ']);
    let inner = t.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    let tag = inner[open + 1..].trim();
    let before = inner[..open].trim();
    if tag.is_empty() || tag.contains(' ') || word_count(before) < 3 || word_count(before) > 20 {
        return None;
    }
    let media = [
        "video", "videos", "photos", "gallery", "pics", "audio", "podcast", "watch",
    ];
    let shouted = tag.chars().all(|c| c.is_uppercase()) && tag.chars().count() >= 4;
    (shouted || media.contains(&tag.to_lowercase().as_str())).then_some(tag)
}

/// A closing credit line: "Reporting by …; Editing by …", "Jane Roe contributed to this report."
fn is_credit_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_start_matches(['(', '[', ' ']);
    resources::get().credit_line_cues.iter().any(|cue| {
        lower.starts_with(cue.as_str())
            || (cue.starts_with("contributed") && contains_phrase(lower, cue))
    })
}

/// "By Jane Roe", "Von Max Muster", "Par Jean Dupont": a byline of at most six words.
fn is_byline(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    ["by ", "von ", "par ", "por ", "di ", "door "]
        .iter()
        .any(|b| lower.starts_with(b))
        && word_count(text) <= 6
}

/// A slideshow's counter ("Image 1 of 5", "Foto 3 von 12", "2/7").
fn is_gallery_counter(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match words[..] {
        [n] => n
            .split_once('/')
            .is_some_and(|(a, b)| number(a) && number(b)),
        [_, a, of, b] => {
            number(a) && number(b) && ["of", "von", "de", "di", "sur", "z"].contains(&of)
        }
        _ => false,
    }
}

/// A site's short copyright line ("© 2019 Example Media", "Copyright Example 2019 - ISSN …",
/// "All rights reserved.").
fn is_copyright_notice(text: &str) -> bool {
    if word_count(text) > 20 {
        return false;
    }
    let lower = text.to_lowercase();
    let t = lower.trim_start();
    t.starts_with('©')
        || t.starts_with("(c) ")
        || t.starts_with("copyright ")
        || lower.contains("all rights reserved")
}

/// Whether `s` is a photo credit. Short credits written in capitals ("AP", "EPA", "PTI") must
/// match exactly, so that "(ePA)" in running text is not a credit; longer ones match whatever
/// their case ("GETTY IMAGES").
fn is_credit(s: &str) -> bool {
    let s = s.trim();
    resources::get()
        .photo_credits
        .iter()
        .any(|c| credit_matches(s, c))
}

fn credit_matches(s: &str, credit: &str) -> bool {
    if credit.len() <= 4 {
        s == credit
    } else {
        s.eq_ignore_ascii_case(credit)
    }
}

/// Whether `s` ends with a credit standing as a word of its own (cheap pre-test).
fn ends_with_credit(s: &str) -> bool {
    let b = s.as_bytes();
    resources::get().photo_credits.iter().any(|c| {
        b.len() >= c.len()
            && s.is_char_boundary(b.len() - c.len())
            && credit_matches(&s[b.len() - c.len()..], c)
            && (b.len() == c.len() || !b[b.len() - c.len() - 1].is_ascii_alphanumeric())
    })
}

/// The credit that ends a photo caption ("… on 6 May 2025. Getty Images"), if `text` is one.
fn caption_credit(text: &str) -> Option<String> {
    if text.len() > 400 {
        return None;
    }
    let t = text.trim().trim_end_matches(['.', ')', ']']).trim_end();
    // "… (credit: NASA/Jane Roe)", "… (Foto: dpa)": a labelled credit in closing brackets.
    if let Some(open) = text.trim_end().strip_suffix(')').and_then(|t| t.rfind('(')) {
        let inside = &text.trim_end()[open + 1..text.trim_end().len() - 1];
        if let Some((label, credit)) = inside.split_once(':') {
            let labelled = resources::get()
                .caption_labels
                .contains(&label.trim().to_lowercase());
            if labelled && (1..=8).contains(&word_count(credit)) {
                return Some(inside.trim().to_string());
            }
        }
    }
    // Cheap test first: a caption ends with a credit, names a photographer after a slash, or
    // opens with "Photo:".
    let opens_with_label = t.as_bytes()[..t.len().min(16)].contains(&b':');
    if !ends_with_credit(t) && !opens_with_label && !t.contains('/') {
        return None;
    }
    // ASCII lower-casing keeps byte offsets equal between `t` and `lower`.
    let lower = t.to_ascii_lowercase();
    if opens_with_label && word_count(t) <= 12 {
        let r = resources::get();
        if let Some((label, _)) = lower.split_once(':') {
            if r.caption_labels.contains(label.trim()) {
                return Some(t.to_string());
            }
        }
    }
    // "REUTERS/Jane Doe", "AP Photo/John Roe": an agency, a slash, a photographer's name.
    if let Some(slash) = t.rfind('/') {
        // "© Reuters / David Mercado" spaces the slash.
        let before = t[..slash]
            .trim_end()
            .rsplit([' ', '(', '.'])
            .next()
            .unwrap_or("");
        let after = t[slash + 1..].trim();
        let name_like = (1..=4).contains(&word_count(after))
            && after
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        if name_like && (is_credit(before) || ends_with_credit(&t[..slash])) {
            let start = t[..slash].rfind(['.', '(', '|']).map_or(0, |i| i + 1);
            return Some(t[start..].trim().to_string());
        }
    }
    // A sentence, then a credit after the last full stop, bar, dash or copyright sign.
    let cut = [
        ". ",
        " | ",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        "(",
        "\u{a9}",
    ]
    .iter()
    .filter_map(|sep| t.rfind(sep).map(|i| i + sep.len()))
    .max()?;
    let tail = t[cut..].trim();
    let tail = tail
        .strip_prefix("Photo:")
        .or_else(|| tail.strip_prefix("Photo by"))
        .unwrap_or(tail)
        .trim();
    if tail.is_empty() {
        return None;
    }
    // After a copyright sign, a credit may name the rights holder before the agency ("©
    // Augusta National/Getty Images").
    let after_copyright = t[..cut].ends_with('\u{a9}');
    let credited = is_credit(tail)
        || tail
            .split([',', '/', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .all(is_credit)
        || (after_copyright
            && word_count(tail) <= 8
            && tail.rsplit('/').next().is_some_and(|s| is_credit(s.trim())));
    credited.then(|| t[cut..].trim().to_string())
}

/// A line of short capitalised items separated by commas (or bars, bullets, semicolons).
fn is_tag_list(text: &str) -> bool {
    let t = text.trim();
    if t.ends_with(['.', '!', '?']) {
        return false;
    }
    let items: Vec<&str> = list_items(t).collect();
    if items.len() < 3 {
        return false;
    }
    let words: Vec<usize> = items.iter().map(|i| word_count(i)).collect();
    let capitalised = items
        .iter()
        .filter(|i| starts_upper(i) || i.starts_with(|c: char| c.is_ascii_digit() || c == '#'))
        .count();
    // Tags are capitalised, or many ("stock car brasil, stock car cascavel, …").
    let many = items.len() >= 6;
    words.iter().all(|&w| w <= if many { 6 } else { 5 })
        && (words.iter().sum::<usize>() as f64 / items.len() as f64) <= 3.5
        && (capitalised * 4 >= items.len() * 3 || many)
}

fn list_items(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', '|', ';', '•', '·'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The paragraphs with each run-in label ([`run_in_label`]) and what follows it split off as a
/// paragraph of its own, and beside each paragraph the label it opens with, if it was split off.
fn split_run_in_labels(paragraphs: Vec<Paragraph>) -> (Vec<Paragraph>, Vec<Option<String>>) {
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
const MAX_RUN_IN_TAIL_WORDS: usize = 60;
/// Fewest words of a sentence that makes a run-in label's tail prose.
const MIN_TAIL_SENTENCE_WORDS: usize = 8;

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
fn run_in_label(text: &str) -> Option<(usize, &str)> {
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

/// Does the paragraph end as a sentence does (full stop, question or exclamation mark, colon,
/// possibly inside closing quotes or brackets)?
pub(crate) fn ends_like_sentence(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '»', '*']);
    t.ends_with(['.', '!', '?', ':', ';', '…'])
}

fn starts_upper(text: &str) -> bool {
    text.trim_start()
        .trim_start_matches(['"', '\'', '\u{201c}', '\u{2018}', '('])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Words of `text` as `split_whitespace` counts them. The paragraph classifier asks for many
/// counts of every paragraph, and decoding each character to test it for Unicode whitespace was
/// a tenth of its time: the bytes are counted on ASCII white space alone (a byte of a multi-byte
/// character is part of a word), unless the text holds one of the rare multi-byte white-space
/// characters.
pub(crate) fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    if has_multibyte_space(text) {
        return text.split_whitespace().count();
    }
    // Eight bytes at a time: the high bit of each byte of `space` says whether that byte is
    // one of the ASCII characters `char::is_whitespace` accepts (space, U+0009 to U+000D); a
    // word starts at a byte outside them whose byte before is inside (or which opens the text).
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let space = |x: u64| -> u64 {
        let blank = x ^ (ONES * u64::from(b' '));
        // High bit set exactly where a byte of `blank` is zero.
        let is_blank = !(((blank & LOW) + LOW) | blank | LOW);
        let low7 = x & LOW;
        let at_least_tab = (low7 + ONES * (0x80 - 0x09)) & HIGH;
        let past_return = (low7 + ONES * (0x80 - 0x0E)) & HIGH;
        let control = at_least_tab & !past_return & !x & HIGH;
        is_blank | control
    };
    let mut words = 0;
    let mut in_word = false;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let blanks = space(x);
        let before = (blanks << 8) | if in_word { 0 } else { 0x80 };
        words += (!blanks & before & HIGH).count_ones() as usize;
        in_word = blanks >> 63 == 0;
    }
    for &b in chunks.remainder() {
        let space = is_ascii_white(b);
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

/// The ASCII characters `char::is_whitespace` accepts: space and U+0009 to U+000D (one more
/// than `u8::is_ascii_whitespace`, which leaves out the vertical tab).
fn is_ascii_white(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// Whether `text` holds a white-space character beyond ASCII (U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000): only the characters whose first byte is
/// 0xC2, 0xE1, 0xE2 or 0xE3 are decoded.
fn has_multibyte_space(text: &str) -> bool {
    let bytes = text.as_bytes();
    let space_at = |i: usize| {
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_whitespace)
    };
    !text.is_ascii()
        && (memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).any(space_at)
            || memchr::memchr_iter(0xE1, bytes).any(space_at))
}

/// Collapse runs of whitespace to one space.
pub(crate) fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    squash_into(text, &mut out);
    out
}

/// [`squash`] into `out` (cleared first), for callers that squash many texts and keep few.
pub(crate) fn squash_into(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        // Most lines are ASCII: bytes, not decoded characters.
        let mut pending_space = false;
        for &b in text.as_bytes() {
            if is_ascii_white(b) {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(char::from(b));
            }
        }
        return;
    }
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// The paywall phrase (`data/paywall_notices.txt`) a lower-cased paragraph holds as whole words.
fn paywall_phrase(lower: &str) -> Option<&'static str> {
    let r = resources::get();
    phrase_in(lower, &r.paywall_matcher, &r.paywall_notices)
}

/// The phrase of the site's small print (copyright, reprint or advertising notice,
/// `data/small_print.txt`) in a lower-cased paragraph, on word boundaries.
fn small_print_phrase(lower: &str) -> Option<&'static str> {
    let r = resources::get();
    phrase_in(lower, &r.small_print_matcher, &r.small_print)
}

/// The first of `phrases` (the patterns of `matcher`) that occurs in `lower` on word boundaries.
fn phrase_in<'a>(
    lower: &str,
    matcher: &aho_corasick::AhoCorasick,
    phrases: &'a [String],
) -> Option<&'a str> {
    matcher
        .find_overlapping_iter(lower)
        .find(|m| on_word_boundaries(lower, m))
        .map(|m| phrases[m.pattern().as_usize()].as_str())
}

/// Whether match `m` in `lower` stands on word boundaries (no letter or digit just before or
/// after it).
fn on_word_boundaries(lower: &str, m: &aho_corasick::Match) -> bool {
    let before = lower[..m.start()].chars().next_back();
    let after = lower[m.end()..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The first of `phrases` in list order (the patterns of `matcher`, built with every
/// occurrence reported) that occurs in `lower` on word boundaries: the list's order ranks them,
/// as a search per phrase in that order would, in one pass over the text.
fn first_listed_phrase<'a>(
    lower: &str,
    matcher: &aho_corasick::AhoCorasick,
    phrases: &'a [String],
) -> Option<&'a str> {
    matcher
        .find_overlapping_iter(lower)
        .filter(|m| on_word_boundaries(lower, m))
        .map(|m| m.pattern().as_usize())
        .min()
        .map(|i| phrases[i].as_str())
}

/// Whether `phrase` occurs in `lower` on word boundaries.
fn contains_phrase(lower: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let start = from + i;
        let end = start + phrase.len();
        let before_ok = !lower[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !lower[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return true;
        }
        from = start + phrase.len().max(1);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// Lower-cased content words (letters, at least 3, not stop words).
fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    let stop = &resources::get().stopwords;
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(move |w| !stop.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_joins_the_words_split_whitespace_finds() {
        let pieces = [
            "a", "bc", " ", "  ", "\t", "\n", "\x0B", "\x0C", "\r", "\u{a0}", "é", "\u{2003}",
            "x.y",
        ];
        let mut state = 7u64;
        let mut out = String::new();
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..(state % 9) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
            squash_into(&text, &mut out);
            assert_eq!(out, want, "{text:?}");
            state = state.wrapping_add(1);
        }
    }

    fn kinds(c: &Cleaned) -> Vec<RemovalKind> {
        c.removed.iter().map(|r| r.kind).collect()
    }

    #[test]
    fn word_count_counts_as_split_whitespace_does() {
        for text in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tnew\nline\rcarriage\x0bvertical\x0cfeed",
            "\x1cnot\x1fspace",
            "caf\u{e9} au\u{a0}lait\u{2003}ici",
            "a\u{85}b\u{1680}c\u{2028}d\u{2029}e\u{202f}f\u{205f}g\u{3000}h",
            "\u{201c}quoted\u{201d} \u{2014}dash\u{2014} 5\u{20ac} \u{a2}\u{1e01}\u{3003}",
            "\u{a0}\u{a0}lead and trail\u{3000}",
            "a-b c_d",
        ] {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
        // Texts of every length and mix of white space, control, ASCII and multi-byte
        // characters, at every position of the eight-byte blocks.
        let alphabet = [
            " ",
            "\t",
            "\n",
            "\r",
            "\x0b",
            "\x0c",
            "\x08",
            "\x0e",
            "\x1f",
            "!",
            "a",
            "Z",
            "\x7f",
            "\u{e9}",
            "\u{a0}",
            "\u{2014}",
            "\u{2003}",
            "\u{201c}",
            "\u{1f600}",
            "\u{3000}",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..4000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for i in 0..(seed % 40) {
                let pick = (seed.rotate_left(i as u32 * 5) % alphabet.len() as u64) as usize;
                text.push_str(alphabet[pick]);
            }
            assert_eq!(
                word_count(&text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn captions_with_credits() {
        assert!(caption_credit("The minister at the summit on 6 May. Getty Images").is_some());
        assert!(caption_credit("Rescuers search the rubble. REUTERS/Jane Doe").is_some());
        assert!(caption_credit("Flood waters in the city (AFP)").is_some());
        assert!(caption_credit("Photo: Handout").is_some());
        assert_eq!(
            caption_credit(
                "The champion at the 1975 tournament. | \u{a9} Augusta National/Getty Images"
            )
            .as_deref(),
            Some("Augusta National/Getty Images")
        );
        // A slash in a sentence after a copyright sign is no credit without an agency.
        assert!(caption_credit("Prices rose. \u{a9} 2020 Acme and/or its partners").is_none());
        assert!(caption_credit("The minister said the talks went well.").is_none());
        assert!(caption_credit("Officials spoke to Reuters.").is_none());
        assert!(
            caption_credit("He told AP that the vote would go ahead on Monday. It did").is_none()
        );
    }

    #[test]
    fn links_to_other_articles_and_caption_labels() {
        for line in [
            "Read more: Looted colonial art",
            "Lea también: Impiden ingreso a reportero",
            "VEA TAMBIÉN: Entre heces y guaricha",
            "Lesen Sie auch | Der neue Plan der Stadt",
        ] {
            let v = local_verdict(line, false, false).map(|(kind, _)| kind);
            assert_eq!(v, Some(RemovalKind::RelatedHeadline), "{line}");
        }
        // Any short line after such a label and its colon links away; a sentence that merely
        // opens with the words does not.
        assert_eq!(
            local_verdict("More: the council will vote again next week.", false, false)
                .map(|(k, _)| k),
            Some(RemovalKind::RelatedHeadline)
        );
        assert_eq!(
            local_verdict("Read more about the plan.", false, false),
            None
        );
        assert_eq!(
            local_verdict("Foto: Ingo Pertramer", false, false).map(|(k, _)| k),
            Some(RemovalKind::PhotoCaption)
        );
        assert_eq!(
            local_verdict(
                "A cyclist rides past a blocked plant, November 19, 2019. © Reuters / Jane Roe",
                false,
                false
            )
            .map(|(k, _)| k),
            Some(RemovalKind::PhotoCaption)
        );
        assert_eq!(local_verdict("Zeit: 19 Uhr im Saal", false, false), None);
        assert_eq!(
            local_verdict(
                "The core stage at the assembly plant in November. (credit: NASA/Jane Roe)",
                false,
                false
            )
            .map(|(k, _)| k),
            Some(RemovalKind::PhotoCaption)
        );
        assert_eq!(
            local_verdict(
                "He said the plan (time: two years) would work.",
                false,
                false
            ),
            None
        );
        // Links marked with their medium or a label in capitals.
        for line in [
            "Holidaymakers die after eating marmot [INSIGHT]",
            "My new go-to wireless gaming headset [Video]",
            "China furious at Macron for protest jibe [ INSIGHT]|",
        ] {
            let v = local_verdict(line, false, false).map(|(kind, _)| kind);
            assert_eq!(v, Some(RemovalKind::RelatedHeadline), "{line}");
        }
        assert_eq!(
            local_verdict("The law was passed [in 2019].", false, false),
            None
        );
        assert_eq!(
            local_verdict("He said the UN [United Nations] agreed.", false, false),
            None
        );
        // Staff credits at the end of a report.
        for line in [
            "Reporting by Jane Roe; Editing by John Doe",
            "Fox News’ Jane Roe contributed to this report.",
        ] {
            let v = local_verdict(line, true, false).map(|(kind, _)| kind);
            assert_eq!(v, Some(RemovalKind::Navigation), "{line}");
        }
        assert_eq!(
            local_verdict("The reporting by local papers was thin.", true, false),
            None
        );
        // Slideshow counters, comment-form labels, labelled tag lines at the page's edge.
        for line in [
            "Image 1 of 5",
            "Foto 3 von 12",
            "Leave a Reply Cancel reply",
        ] {
            let v = local_verdict(line, false, false).map(|(kind, _)| kind);
            assert_eq!(v, Some(RemovalKind::Navigation), "{line}");
        }
        assert_eq!(local_verdict("1 of the 5 reasons", false, false), None);
        assert_eq!(
            tagged_items("Tags: BGR Deals, Apple"),
            Some("BGR Deals, Apple")
        );
        assert_eq!(
            tagged_items("Schlagworte Energie Wasserstoff"),
            Some("Energie Wasserstoff")
        );
        assert_eq!(
            tagged_items("Topics discussed at the meeting were many."),
            None
        );
        assert_eq!(tagged_items("Tagesordnung"), None);
        let c = html_paragraphs(&[
            "The council approved the budget on Tuesday after a long debate about the cost of new schools.",
            "Tags: Budget, Schools",
        ]);
        assert_eq!(c.keywords, ["Budget", "Schools"]);
        // Related links written in capitals between paragraphs of a page.
        assert_eq!(
            local_verdict("SEAN SPICER ELIMINATED FROM THE DANCE SHOW", false, false)
                .map(|(k, _)| k),
            Some(RemovalKind::RelatedHeadline)
        );
        assert_eq!(
            local_verdict("NATO AND THE EU AGREED TO MEET.", false, false),
            None
        );
        assert_eq!(
            local_verdict(
                "( Leggi anche su: I Cavalieri dello Zodiaco )",
                false,
                false
            )
            .map(|(k, _)| k),
            Some(RemovalKind::RelatedHeadline)
        );
    }

    #[test]
    fn navigation_labels_in_other_languages() {
        for label in [
            "Lesen Sie auch:",
            "Das könnte Sie auch interessieren!",
            "Veja também",
            "ZOBACZ TAKŻE",
        ] {
            let v = local_verdict(label, false, false).map(|(kind, _)| kind);
            assert_eq!(v, Some(RemovalKind::Navigation), "{label}");
        }
        // A sentence that starts like a label is not one.
        assert_eq!(
            local_verdict("Lesen Sie auch, was der Minister sagte.", false, false),
            None
        );
    }

    #[test]
    fn tag_lists() {
        assert!(is_tag_list(
            "Elections, Budget 2026, Parliament, Finance Ministry,"
        ));
        assert!(!is_tag_list(
            "He visited Paris, Berlin and Rome, and then flew home."
        ));
        assert!(!is_tag_list("Paris, Berlin"));
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_like_sentence("He left."));
        assert!(ends_like_sentence(
            "\u{201c}We will stay,\u{201d} she said.\u{201d}"
        ));
        assert!(ends_like_sentence("It was \u{201c}enough.\u{201d}"));
        assert!(!ends_like_sentence("Minister resigns over budget row"));
    }

    #[test]
    fn a_report_with_furniture() {
        let input = "\
Date: 2024-03-01
Source: Example Wire
Storm Hits Coastal Towns as Rivers Rise
Heavy rain flooded three towns on Friday, officials said.
Rescuers in Town Square on Friday. Getty Images
Council approves new budget for road repairs in the north
\"We have never seen water this high,\" the mayor said.
Weather, Floods, Emergency Services, Coastal Towns,
Markets rally as central bank holds rates and investors cheer the…
Sign up for our daily newsletter
Latest News";
        let c = clean_text(input);
        assert_eq!(
            c.text,
            "Heavy rain flooded three towns on Friday, officials said.\n\n\"We have never seen water this high,\" the mayor said."
        );
        assert_eq!(
            kinds(&c),
            [
                RemovalKind::MetadataHeader,
                RemovalKind::MetadataHeader,
                RemovalKind::Title,
                RemovalKind::PhotoCaption,
                RemovalKind::RelatedHeadline,
                RemovalKind::TagList,
                RemovalKind::Teaser,
                RemovalKind::Promotion,
                RemovalKind::Navigation,
            ]
        );
        assert_eq!(
            c.title.as_deref(),
            Some("Storm Hits Coastal Towns as Rivers Rise")
        );
        assert_eq!(c.header.source.as_deref(), Some("Example Wire"));
        assert_eq!(
            c.keywords,
            ["Weather", "Floods", "Emergency Services", "Coastal Towns"]
        );
        assert_eq!(c.removed[3].line, Some(5));
        assert!(c.removed.iter().all(|r| !r.reason.is_empty()));
        // The teaser shares nothing with the report; the reason says so.
        assert!(
            c.removed[6].reason.contains("shares 0 of"),
            "{}",
            c.removed[6].reason
        );
    }

    /// A paragraph of a report's prose.
    const PROSE: &str = "The council approved the budget on Tuesday after a long debate about the cost of new schools.";

    fn html_paragraphs(lines: &[&str]) -> Cleaned {
        let mut c = Cleaned::default();
        classify(Paragraph::from_lines(lines), &mut c, false);
        c
    }

    /// The removed texts with their kinds.
    fn removals(c: &Cleaned) -> Vec<(&str, RemovalKind)> {
        c.removed
            .iter()
            .map(|r| (r.text.as_str(), r.kind))
            .collect()
    }

    #[test]
    fn paywall_notices_anywhere() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            prose,
            "To view the full story, please subscribe to The Example Times.",
            prose,
            "If you are already a subscriber, you can log in for immediate access to this story.",
            prose,
            prose,
        ]);
        let removed = removals(&c);
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert!(removed.iter().all(|(_, k)| *k == RemovalKind::Promotion));
        // A report about subscriptions is not a notice.
        let c = html_paragraphs(&[
            prose,
            prose,
            "The streaming service said it lost a million subscribers in the quarter, its first fall in a decade.",
            prose,
            prose,
        ]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn reprint_notices_and_look_alike_inserts_anywhere() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            prose,
            prose,
            prose,
            "This article is the copyrighted property of The Example Times. Written permission must be obtained before reprint.",
            "Аdvеrtіѕе wіth uѕ: уоur соntеnt іѕ dеlіvеrеd tо thоuѕаndѕ оf rеаdеrѕ.",
            prose,
            prose,
        ]);
        let removed = removals(&c);
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert_eq!(removed[0].1, RemovalKind::Navigation);
        assert_eq!(removed[1].1, RemovalKind::Promotion);
        // Cyrillic words beside Latin ones are no look-alikes; nor is a page of one notice.
        let c = html_paragraphs(&[
            prose,
            "The mayor of Київ, Vitali Klitschko, met the Москва delegation at the border today.",
            prose,
        ]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
        let c = html_paragraphs(&["© 2020 Example Mills. All rights reserved."]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
    }

    #[test]
    fn a_block_of_more_content_under_the_article() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            prose,
            prose,
            prose,
            prose,
            "Weitere Videos",
            "Wintersport - Sonstiges",
            "Action! Anna Gasser im Olympia-Interview",
            "RB Salzburg: Gespräche mit \"Haudegen\" Ulmer",
        ]);
        assert_eq!(c.text, [prose; 4].join("\n\n"));
        // The article's own closing list has no such label.
        let c = html_paragraphs(&[
            prose,
            prose,
            "The results:",
            "1. Anna Gasser, Austria",
            "2. Zoe Sadowski, New Zealand",
            "3. Kokomo Murase, Japan",
            "4. Jamie Anderson, United States",
        ]);
        assert!(c.text.contains("Zoe Sadowski"), "{}", c.text);
    }

    #[test]
    fn a_press_contact_block_at_the_end() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            prose,
            prose,
            "Pressekontakt",
            "Anna Beispiel",
            "Example Verband e.V.",
            "Tel.: (030) 78 95 47 78",
            "E-Mail: presse@example.org",
        ]);
        assert_eq!(c.text, format!("{prose}\n\n{prose}"));
        assert_eq!(c.removed.len(), 5, "{:?}", c.removed);
        // A contact label with no e-mail or number after it, or a contact line in the middle
        // of the report, stays.
        let kept = html_paragraphs(&[prose, prose, "Contact", "Anna Beispiel", "The Example Band"]);
        assert!(kept
            .removed
            .iter()
            .all(|r| !r.reason.contains("contact block")));
        let kept = html_paragraphs(&[prose, "Kontakt: presse@example.org", prose, prose]);
        assert!(kept.removed.is_empty(), "{:?}", kept.removed);
    }

    #[test]
    fn labels_run_into_a_paragraph_are_cut_with_the_links_after_them() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            prose,
            "The vote was close. Link Mail Whatsapp Share this article Facebook Twitter",
            "Schools will open in the autumn, the mayor said. Tags: Budget Schools",
        ]);
        assert_eq!(
            c.text,
            format!("{prose}\n\nThe vote was close. Link Mail Whatsapp\n\nSchools will open in the autumn, the mayor said.")
        );
        let removed: Vec<&str> = c.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            removed,
            [
                "Share this article Facebook Twitter",
                "Tags: Budget Schools"
            ]
        );
        assert!(c.removed[0].reason.contains("Share this article"));
        // Mid-sentence, or before prose, a label's words are the report's.
        let kept = [
            "Officials said they would share this article of the treaty with the press on Monday.",
            "She said: Read more about the plan and its cost, which the council will publish next week.",
        ];
        let c = html_paragraphs(&[prose, kept[0], kept[1], prose]);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
        // A label of three words or more opens the block of other articles, whatever their
        // teasers say.
        let c = html_paragraphs(&[
            prose,
            "Der Schaden liegt bei 5000 Euro. Das könnte Sie auch interessieren 05.11.2023 Hoher Sachschaden: Ein Motorradfahrer ist am Sonntag bei Leinburg schwer verletzt worden, teilte die Polizei mit.",
        ]);
        assert_eq!(
            c.text,
            format!("{prose}\n\nDer Schaden liegt bei 5000 Euro.")
        );
    }

    #[test]
    fn short_lines_under_the_last_paragraph_of_prose() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            prose,
            prose,
            prose,
            prose,
            "Originalpublikation",
            "Noch mehr Infos für dich",
            "Thanks for reading.",
        ]);
        let removed: Vec<&str> = c.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(removed, ["Originalpublikation", "Noch mehr Infos für dich"]);
        assert!(c.text.ends_with("Thanks for reading."));
        // A list the article ends with stays whole.
        let mut lines = vec![prose, prose, prose, prose, "Results"];
        lines.extend(["Ana Ruiz: 10.2 s", "Tom Hale: 10.4 s", "Li Wei: 10.9 s"]);
        let c = html_paragraphs(&lines);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
        // Without prose above them, short lines are the page.
        let c = html_paragraphs(&["Kontakt", "Impressum"]);
        assert!(c
            .removed
            .iter()
            .all(|r| !r.reason.contains("last paragraph of prose")));
    }

    #[test]
    fn labels_and_promotions_at_the_edges_of_html_content() {
        let prose = PROSE;
        let c = html_paragraphs(&[
            "Aktuell",
            prose,
            prose,
            "Suscríbete a nuestro canal de Telegram",
            "Schwerpunkte",
        ]);
        assert_eq!(c.text, format!("{prose}\n\n{prose}"));
        assert_eq!(
            kinds(&c),
            [
                RemovalKind::Navigation,
                RemovalKind::Promotion,
                RemovalKind::Navigation
            ]
        );
        // Inside the content a short line is a subheading; beside no prose, it is the content.
        let c = html_paragraphs(&[prose, "Next steps", prose]);
        assert!(c.removed.is_empty());
        assert_eq!(html_paragraphs(&["Opening hours"]).text, "Opening hours");
    }

    #[test]
    fn link_blocks_at_the_edges() {
        let prose = PROSE;
        // Other articles' headline, byline and time stamp after the body.
        let c = html_paragraphs(&[
            prose,
            prose,
            "Minister resigns over budget row",
            "By STAFF WRITER",
            "11/20/2019 01:14 PM",
            "Floods close the main road north",
            "By REUTERS",
            "11/20/2019 10:08 AM",
            // A longer headline, the page's last line, is one of them.
            "Prime minister to rival: let's form a unity government and settle the border question",
        ]);
        assert_eq!(c.text, format!("{prose}\n\n{prose}"));
        // The time stamp next to the page's edge is furniture on its own.
        assert_eq!(kinds(&c)[5], RemovalKind::Navigation);
        assert!(kinds(&c)
            .iter()
            .enumerate()
            .all(|(i, k)| i == 5 || *k == RemovalKind::LinkBlock));
        assert!(
            c.removed[0].reason.contains("6 short lines"),
            "{}",
            c.removed[0].reason
        );
        // Teasers cut off with dots before it.
        let c = html_paragraphs(&[
            "Most read",
            "Council votes to close..",
            "Storm damage in the..",
            "Police name the..",
            prose,
        ]);
        assert_eq!(c.text, prose);
        // A list that is the article's own (tour dates) stays: nothing in it is furniture.
        let tour = [
            prose,
            "June 24 -- Arena One, Bristow",
            "June 26 -- Center Hall, Allentown",
            "June 27 -- Open Air Pavilion, Camden",
        ];
        assert_eq!(html_paragraphs(&tour).text, tour.join("\n\n"));
        // Nor is anything removed when no prose would remain.
        let only = ["Section", "News..", "Sport..", "Weather.."];
        assert_eq!(html_paragraphs(&only).text, only.join("\n\n"));
        // A label with dots and a copyright line are furniture enough for the block under
        // them: related headlines that look like any other line.
        let c = html_paragraphs(&[
            prose,
            prose,
            "You may also be interested in...",
            "Design Week | A tribute to the lamp makers",
            "Design Week | Clocks at the Triennale",
            "More in Milan",
            "copyright Example Media 2019 - ISSN: 2283-5474",
        ]);
        assert_eq!(c.text, format!("{prose}\n\n{prose}"));
        // A page whose only text is its copyright line keeps it.
        assert_eq!(
            html_paragraphs(&["© 2020 Example Mills"]).text,
            "© 2020 Example Mills"
        );
        // A list that is the whole article, with only a comment policy after it, stays.
        let list: Vec<String> = (1..=6)
            .map(|i| format!("Stage {i}: {i} March – Interlagos"))
            .collect();
        let mut page: Vec<&str> = vec!["Tags", "Race calendar"];
        page.extend(list.iter().map(String::as_str));
        page.extend([
            "Tags",
            "Comments that insult other readers will not be approved by the moderator.",
        ]);
        assert!(html_paragraphs(&page).text.contains("Stage 6"));
        assert!(is_time_stamp(
            "segunda-feira, 22 de janeiro de 2018 às 0:13"
        ));
        assert!(is_time_stamp("First Published on Nov 20, 2019 01:38 pm"));
        // A byline with its date, at the page's edge.
        let c = html_paragraphs(&["By Jane Roe - 2019-04-10", prose, prose]);
        assert_eq!(c.text, format!("{prose}\n\n{prose}"));
        // A date leading a line of byline and section at the page's edge.
        let c = html_paragraphs(&[
            "05/10/2018 - Posted by: Jane Roe - Category: Health",
            prose,
            prose,
        ]);
        assert_eq!(c.text, format!("{prose}\n\n{prose}"));
        // Many lower-case tags.
        assert!(is_tag_list(
            "stock car 2018, stock car brasil, stock car cascavel, stock car santa cruz do sul, stock car taruma, stock car velopark"
        ));
        assert!(is_time_stamp("Posted: 2018-09-28 17:32"));
        assert!(is_time_stamp("November 20, 2019"));
        assert!(!is_time_stamp("40"));
        assert!(!is_time_stamp("June 24 -- Arena One, Bristow"));
    }

    #[test]
    fn body_paragraphs_without_furniture_are_all_kept() {
        let input = "One sentence here.\n\nAnother one, with a list: apples, pears, plums.\n\nA final line!";
        let c = clean_text(input);
        assert!(c.removed.is_empty(), "{:?}", c.removed);
        assert_eq!(c.text, input);
    }
}
