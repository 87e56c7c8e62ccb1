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
//! This file classifies paragraphs (`classify`); the verdict on one paragraph is `lines`', on a
//! run of paragraphs (link blocks, trailing links, contact and "More" blocks) `blocks`', and a
//! label run into a paragraph is split off first (`run_in`).
//!
//! ```
//! let c = crosswire::clean::clean_text("Date: 2025-01-02\nOfficials met on Monday.\nLatest News\n");
//! assert_eq!(c.text, "Officials met on Monday.");
//! assert_eq!(c.header.date.as_deref(), Some("2025-01-02"));
//! assert_eq!(c.removed.len(), 2);
//! ```

mod blocks;
pub(crate) mod html;
mod lines;
mod markup;
pub mod normalize;
pub mod page_date;
mod paragraphs;
pub(crate) mod prose;
mod run_in;

use foldhash::HashSet;

use crate::model::{Removal, RemovalKind, Repair};
use crate::resources;

use blocks::{
    is_address, mark_contact_block, mark_link_blocks, mark_more_block, mark_trailing_links,
    mark_trailing_short_lines, MIN_PROSE_LEFT,
};
use lines::{
    is_byline, is_copyright_notice, is_short_line, is_time_stamp, list_items, small_print_phrase,
    tagged_items, verdict_of, MAX_SMALL_PRINT_WORDS,
};
use run_in::split_run_in_labels;

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
    use super::lines::{caption_credit, is_tag_list, local_verdict};
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
