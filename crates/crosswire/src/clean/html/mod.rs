//! HTML pages → main content and page metadata.
//!
//! Main-content extraction is `rs-trafilatura`'s: on the Scrapinghub benchmark its published
//! output scores F1 0.970 against 0.865 for `dom_smoothie` (the readability port), re-scored with
//! the benchmark's own metric (`shared/data/extraction/.../system-outputs`). What is ours: the
//! paragraph split and the same boilerplate pass as plain text (captions, teasers, tag lists,
//! promos that slip through), and keeping the page's metadata with its provenance.
//!
//! `scan` reads the raw markup once before parsing (what to leave out of the tree, what the
//! page holds); `dates` reads the dates the page declares. This file runs the extractor and
//! judges its result.

use chrono::{DateTime, Utc};
use foldhash::HashSet;

use super::{classify, squash, squash_into, Cleaned, Paragraph};
use crate::model::{PageKind, PageVerdict};

mod dates;
mod scan;

use dates::{first_meta_match, HeadTags, PageDates, HEAD_TAGS_READ};
use scan::{find_end_tag, parse_without_script_bodies};

/// Metadata read from an HTML page's markup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlMeta {
    /// `<title>`, OpenGraph or JSON-LD headline.
    pub title: Option<String>,
    /// Author(s).
    pub author: Option<String>,
    /// Site name.
    pub site_name: Option<String>,
    /// Host name of the canonical URL.
    pub hostname: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication date from the markup (the extractor's reading).
    pub date: Option<DateTime<Utc>>,
    /// Publication date declared in the markup itself: JSON-LD `datePublished` or a
    /// publication `<meta>` tag, in that order of trust.
    pub declared_date: Option<chrono::NaiveDate>,
    /// The first `<time datetime>` of the page: weaker (a sidebar's or a comment's time may come
    /// first), so a date in the URL outranks it.
    pub time_element_date: Option<chrono::NaiveDate>,
    /// Publication date read more loosely: any date-like `<meta>`, an element carrying the
    /// date, or the page's first date (see [`super::page_date`]).
    pub page_date: Option<(chrono::NaiveDate, super::page_date::PageDateEvidence)>,
    /// The date in the page's canonical, AMP or `og:url` address, when the address it was read
    /// from has none (a feed proxy's, say).
    pub linked_url_date: Option<chrono::NaiveDate>,
    /// A date in a loosely named `<meta>` ("date", `dcterms.date`) or an RDF `dc:date`:
    /// often a creation or edit date, so ranked below the page's own `<time>`.
    pub loose_declared_date: Option<chrono::NaiveDate>,
    /// A date printed right after a publication label ("Published on …").
    pub labelled_date: Option<chrono::NaiveDate>,
    /// Declared or detected language (ISO 639-1).
    pub language: Option<String>,
    /// Tags and categories.
    pub tags: Vec<String>,
    /// The extractor's page type (`article`, `listing`, `product`, …).
    pub page_type: Option<String>,
    /// Whether the page is an article at all, with the evidence.
    pub verdict: Option<PageVerdict>,
}

/// Deepest element nesting accepted. Real pages stay under a hundred; the HTML parser and
/// extractor work in time that grows with the square of the depth and recurse on it, so a page
/// nested thousands deep (hostile or broken) would take minutes or overflow the stack.
pub const MAX_DEPTH: usize = 512;

/// The element nesting depth of `html`, counted up to `limit` (a cheap scan before parsing).
///
/// Written by hand because it must run before any parser: start tags open a level, end tags
/// close one; void elements, self-closing tags, comments, doctype and the raw text of `script`
/// and `style` do not count, nor do elements whose end tag is usually implied (`p`, `li`, `td`…),
/// so sloppy but ordinary pages are not mistaken for deep ones.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody",
        "thead", "tfoot", "colgroup", "rb", "rt", "rp", "optgroup",
    ];
    let b = html.as_bytes();
    let (mut i, mut depth, mut max) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        i += off + 1;
        if b[i..].starts_with(b"!--") {
            match memchr::memmem::find(&b[i..], b"-->") {
                Some(e) => i += e + 3,
                None => break,
            }
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        // Lower-cased on the stack: every name this scan tells apart is short, and a longer
        // one is simply an element that opens a level (a copy per tag was a third of the scan).
        let mut lowered = [0u8; 8];
        let name: &[u8] = if name_len <= lowered.len() {
            for (l, c) in lowered
                .iter_mut()
                .zip(&b[name_start..name_start + name_len])
            {
                *l = c.to_ascii_lowercase();
            }
            &lowered[..name_len]
        } else {
            b""
        };
        let is_void = VOID.iter().any(|v| v.as_bytes() == name);
        let end = memchr::memchr(b'>', &b[name_start..]).map_or(b.len(), |e| name_start + e);
        if closing {
            if !is_void {
                depth = depth.saturating_sub(1);
            }
        } else if name == b"script" || name == b"style" {
            // Raw text up to the matching end tag ("</script", any case).
            let rest = &b[end.min(b.len())..];
            match find_end_tag(rest, name) {
                // Past the end tag's name: its own "</" must not close a level.
                Some(e) => i = end + e + 2 + name.len(),
                None => break,
            }
            continue;
        } else {
            let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
            if is_void || self_closing {
                i = end.min(b.len());
                continue;
            }
            depth += 1;
            max = max.max(depth);
            if max > limit {
                return max;
            }
        }
        i = end.min(b.len());
    }
    max
}

/// Extract the main content of an HTML page and clean it. `url`: the page's address when the
/// input gives one (helps metadata).
pub fn clean_html(html: &str, url: Option<&str>) -> Cleaned {
    // A page that declares itself an article is extracted as one: the extractor's own guess from
    // the URL and layout sends some articles through its listing or service profile.
    let (tree, seen, head_tags, declared_article) = parse_without_script_bodies(html);
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        page_type: declared_article
            .as_ref()
            .map(|_| rs_trafilatura::page_type::PageType::Article),
        // Nothing here reads a licence: the walk of the page that looks for one is spared.
        extract_license: false,
        markup_lacks: seen.lacks(html),
        ..Default::default()
    };
    let mut cleaned = Cleaned::default();
    // The page's tree comes back with the result: the second opinion reads it without a second
    // parse.
    let (result, tree) = rs_trafilatura::extract_document_with_tree(tree, html.len(), &options);
    let result = match result {
        Ok(r) => r,
        Err(_) => {
            // The extractor found no main content; fall back to the page's visible text so that
            // nothing the page says is silently lost.
            // The markup's dates stand without a main content: a page whose text the extractor
            // could not place is still dated by what it declares.
            let dates = PageDates::read(html, &head_tags, url, false);
            let dated = dates.dated();
            cleaned.html = Some(HtmlMeta {
                verdict: Some(page_verdict(declared_article, None, dated, "")),
                ..dates.into_meta()
            });
            let text = super::prose::densest_prose(&tree)
                .filter(|t| prose_words(t) >= MIN_SECOND_OPINION)
                .unwrap_or_else(|| super::markup::strip_tags(html, true));
            classify(paragraphs_of(&text), &mut cleaned, false);
            return cleaned;
        }
    };
    let m = result.metadata;
    let dates = PageDates::read(html, &head_tags, url, m.date.is_some());
    let extractor_type = m.page_type.clone();
    let mut tags = m.tags;
    tags.extend(m.categories);
    let dated = dates.dated();
    cleaned.html = Some(HtmlMeta {
        title: m.title.map(|t| squash(&t)).filter(|t| !t.is_empty()),
        author: m.author,
        site_name: m.sitename,
        hostname: m.hostname,
        url: m.url,
        date: m.date,
        language: m.language,
        tags,
        verdict: None,
        page_type: m.page_type,
        ..dates.into_meta()
    });
    let content = match second_opinion(&tree, &result.content_text) {
        Some(better) => better,
        None => match listing_reading(html, &result.content_text, &extractor_type, &options) {
            Some(better) => better,
            None => result.content_text,
        },
    };
    let mut paragraphs = paragraphs_of(&content);
    mark_links(&tree, &mut paragraphs);
    paragraphs = drop_other_posts(html, &tree, paragraphs, &mut cleaned.removed);
    if let Some(body) = declared_body(html) {
        paragraphs = keep_declared(paragraphs, &body, &mut cleaned.removed);
    }
    classify(paragraphs, &mut cleaned, false);
    let verdict = page_verdict(
        declared_article,
        extractor_type.as_deref(),
        dated,
        &cleaned.text,
    );
    if let Some(meta) = cleaned.html.as_mut() {
        meta.verdict = Some(verdict);
    }
    cleaned
}

/// Paragraphs that only other posts hold. Blog engines (WordPress and its themes) mark a single
/// post's page with the body class `postid-N` and each post's element with `post-N` (class or
/// id): text found only in elements of other posts (a "you may like" grid of excerpts) is not
/// this page's story. The page's own first post element is the story; when it holds the others,
/// nothing is dropped.
fn drop_other_posts(
    html: &str,
    tree: &dom_query::Document,
    paragraphs: Vec<Paragraph>,
    removed: &mut Vec<crate::model::Removal>,
) -> Vec<Paragraph> {
    // The body's class read from the markup: a selector query walks the whole tree, and most
    // pages name no post.
    if memchr::memmem::find(html.as_bytes(), b"postid-").is_none() {
        return paragraphs;
    }
    // The body is the `html` element's child (the parser puts it there); the selector engine
    // would match every element against `body`.
    let Some(body_class) = tree.body().and_then(|b| b.attr("class")) else {
        return paragraphs;
    };
    let Some(id) = body_class
        .split_whitespace()
        .find_map(|c| c.strip_prefix("postid-"))
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    else {
        return paragraphs;
    };
    let own = format!("post-{id}");
    let post_of = |node: &dom_query::NodeRef| -> Option<String> {
        let names = format!(
            "{} {}",
            node.attr("class").as_deref().unwrap_or(""),
            node.attr("id").as_deref().unwrap_or("")
        );
        names
            .split_whitespace()
            .find(|n| {
                n.strip_prefix("post-")
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            })
            .map(str::to_string)
    };
    let (mut own_text, mut others) = (None, String::new());
    // `article, div.post, div.hentry`, each element tested in place rather than through the
    // selector engine (class names as the engine reads them: whole, case kept).
    let posts = tree.root().descendants_it().filter(|n| {
        n.query_or(false, |t| {
            t.as_element().is_some_and(|e| match &*e.name.local {
                "article" => true,
                "div" => e.has_class("post") || e.has_class("hentry"),
                _ => false,
            })
        })
    });
    for node in posts {
        match post_of(&node) {
            Some(post) if post == own => {
                own_text.get_or_insert_with(|| squash(&node.text()));
            }
            Some(_) => {
                others.push_str(&squash(&node.text()));
                others.push('\n');
            }
            None => {}
        }
    }
    let Some(own_text) = own_text else {
        return paragraphs;
    };
    if others.is_empty() {
        return paragraphs;
    }
    let keep: Vec<bool> = paragraphs
        .iter()
        .map(|p| {
            super::word_count(&p.text) < 3
                || own_text.contains(&p.text)
                || !others.contains(&p.text)
        })
        .collect();
    // Nothing is dropped unless the story keeps some prose.
    let prose_kept = paragraphs
        .iter()
        .zip(&keep)
        .any(|(p, &k)| k && super::word_count(&p.text) >= 12);
    if !prose_kept {
        return paragraphs;
    }
    let mut kept = Vec::with_capacity(paragraphs.len());
    for (p, k) in paragraphs.into_iter().zip(keep) {
        if k {
            kept.push(p);
        } else {
            removed.push(crate::model::Removal {
                text: p.text,
                kind: crate::model::RemovalKind::Teaser,
                reason: "paragraph of another post on the page (the page names its own post; \
                         this one sits in another post's element)"
                    .to_string(),
                line: None,
            });
        }
    }
    kept
}

/// The article text the page declares in its JSON-LD (`articleBody`), when it is long enough to
/// judge by and does not look cut short (many sites put only a teaser there).
fn declared_body(html: &str) -> Option<String> {
    let at = memchr::memmem::find(html.as_bytes(), b"\"articleBody\"")?;
    let rest = &html[at + "\"articleBody\"".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    // The JSON string literal, escapes and all, decoded by the JSON parser.
    let bytes = rest.as_bytes();
    if bytes.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    let literal = rest.get(..=i)?;
    let body: String = serde_json::from_str(literal).ok()?;
    let trimmed = body.trim_end();
    let cut = trimmed.ends_with("...") || trimmed.ends_with('…') || trimmed.ends_with("[…]");
    (super::word_count(&body) >= MIN_DECLARED_WORDS && !cut).then_some(body)
}

/// Paragraphs of prose of at least this many words before the declared text's start (a
/// standfirst) or after its end are kept.
const TRAILING_PROSE_WORDS: usize = 15;

/// Shortest declared `articleBody` (words) trusted as the whole article.
const MIN_DECLARED_WORDS: usize = 150;

/// The paragraphs the declared article text contains (by word trigrams), the others up to the
/// last contained one removed with the reason — provided the extraction and the declared text
/// are the same article (the kept paragraphs cover at least half of it); otherwise all are kept.
fn keep_declared(
    paragraphs: Vec<Paragraph>,
    body: &str,
    removed: &mut Vec<crate::model::Removal>,
) -> Vec<Paragraph> {
    use foldhash::HashSetExt;
    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }
    // Each word is hashed once and a trigram is the hash of its three words' hashes: no string
    // is built per trigram.
    fn trigrams(words: &[String]) -> impl Iterator<Item = u64> {
        let hashes: Vec<u64> = words
            .iter()
            .map(|w| xxhash_rust::xxh3::xxh3_64(w.as_bytes()))
            .collect();
        (0..hashes.len().saturating_sub(2)).map(move |i| {
            let mut bytes = [0u8; 24];
            for (k, h) in hashes[i..i + 3].iter().enumerate() {
                bytes[k * 8..k * 8 + 8].copy_from_slice(&h.to_le_bytes());
            }
            xxhash_rust::xxh3::xxh3_64(&bytes)
        })
    }
    let body_words = words(body);
    let body_vocab: HashSet<&str> = body_words.iter().map(String::as_str).collect();
    let body_grams: HashSet<u64> = trigrams(&body_words).collect();
    let mut covered: HashSet<u64> = HashSet::new();
    let verdicts: Vec<bool> = paragraphs
        .iter()
        .map(|p| {
            let w = words(&p.text);
            if w.len() < 3 {
                return w.iter().all(|x| body_vocab.contains(x.as_str()));
            }
            let grams: Vec<u64> = trigrams(&w).collect();
            let inside = grams.iter().filter(|g| body_grams.contains(g)).count();
            // Words glued where the declared text joins elements break trigrams: a paragraph
            // whose words are nearly all in it counts as inside too.
            let known = w.iter().filter(|x| body_vocab.contains(x.as_str())).count();
            let keep = inside * 2 >= grams.len() || known * 10 >= w.len() * 9;
            if keep {
                covered.extend(grams.into_iter().filter(|g| body_grams.contains(g)));
            }
            keep
        })
        .collect();
    if covered.len() * 2 < body_grams.len() || verdicts.iter().all(|&k| k) {
        return paragraphs;
    }
    // Prose after the last paragraph the declared text contains stays: many sites declare only
    // the first part of the article. Short lines there (links, labels) still go.
    let last_inside = verdicts.iter().rposition(|&k| k).unwrap_or(0);
    let first_inside = verdicts.iter().position(|&k| k).unwrap_or(0);
    let mut kept = Vec::with_capacity(paragraphs.len());
    for (i, (p, keep)) in paragraphs.into_iter().zip(verdicts).enumerate() {
        // A sentence of prose before it is the standfirst, which many sites leave out of the
        // declared text.
        let lede = i < first_inside
            && super::word_count(&p.text) >= TRAILING_PROSE_WORDS
            && super::ends_like_sentence(&p.text);
        if keep || lede || (i > last_inside && super::word_count(&p.text) >= TRAILING_PROSE_WORDS) {
            kept.push(p);
        } else {
            removed.push(crate::model::Removal {
                text: p.text,
                kind: crate::model::RemovalKind::OutsideDeclaredBody,
                reason: "not in the article text the page declares (JSON-LD articleBody)"
                    .to_string(),
                line: None,
            });
        }
    }
    kept
}

/// The densest prose of the page instead of the extractor's result, when that result looks
/// wrong: the page's text run together (a text dump), or little prose of its own (a rail of
/// links, a form) where the page has [`SECOND_OPINION_FACTOR`] times more in one container.
fn second_opinion(tree: &dom_query::Document, extracted: &str) -> Option<String> {
    if is_text_dump(extracted) {
        // The page's text run together (the extractor's last resort): the densest structured
        // prose, when it holds a short article's worth, is a better account of the article.
        let other = super::prose::densest_prose(tree)?;
        let (words, dump) = (prose_words(&other), super::word_count(extracted));
        return (words >= MIN_DUMP_REPLACEMENT && words < dump).then_some(other);
    }
    let words = prose_words(extracted);
    if words >= SUSPICIOUS_BELOW {
        return None;
    }
    let other = super::prose::densest_prose(tree)?;
    let other_words = prose_words(&other);
    // With no prose at all in the result (menus, a file name), a short article's worth will do.
    let needed = if words == 0 {
        MIN_DUMP_REPLACEMENT
    } else {
        MIN_SECOND_OPINION
    };
    (other_words >= needed && other_words >= words * SECOND_OPINION_FACTOR).then_some(other)
}

/// How many times the extractor's prose the second opinion needs to replace it. Measured: at
/// 2 (was 4) trafilatura-eval F1 0.9239 -> 0.9243 and WCXB 0.9485 -> 0.9495, Scrapinghub
/// unchanged; at 1.4 Scrapinghub falls to 0.9746.
const SECOND_OPINION_FACTOR: usize = 2;

/// Extracted prose (words in lines of 12 or more) below which the result is checked.
const SUSPICIOUS_BELOW: usize = 400;
/// The extractor's listing reading of a page whose article reading ran the whole page together:
/// on simple pages its per-block scoring keeps the story and drops the rails.
fn listing_reading(
    html: &str,
    extracted: &str,
    page_type: &Option<String>,
    options: &rs_trafilatura::Options,
) -> Option<String> {
    if !is_text_dump(extracted) || page_type.as_deref() == Some("listing") {
        return None;
    }
    let options = rs_trafilatura::Options {
        page_type: Some(rs_trafilatura::page_type::PageType::Listing),
        ..options.clone()
    };
    let again = rs_trafilatura::extract_with_options(html, &options).ok()?;
    let text = again.content_text;
    (!is_text_dump(&text) && prose_words(&text) >= 40).then_some(text)
}

/// Prose the second opinion needs to replace the extractor's result.
const MIN_SECOND_OPINION: usize = 200;

/// Prose the second opinion needs to replace a text dump (a short article's worth).
const MIN_DUMP_REPLACEMENT: usize = 100;

/// Whether `text` is a page's text run together rather than extracted paragraphs: at most three
/// lines, one of them over 250 words.
fn is_text_dump(text: &str) -> bool {
    let mut lines = 0;
    let mut longest = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        lines += 1;
        if lines > 3 {
            return false;
        }
        longest = longest.max(super::word_count(line));
    }
    longest > 250
}

/// Words in the lines of `text` long enough to be prose.
fn prose_words(text: &str) -> usize {
    text.lines()
        .map(super::word_count)
        .filter(|&w| w >= 12)
        .sum()
}

/// The article type the page's markup declares (JSON-LD `NewsArticle`, `BlogPosting`…, or
/// `og:type` "article"), described for a reason.
fn declared_article(html: &str, tags: &HeadTags<'_>) -> Option<String> {
    use regex::Regex;
    use std::sync::OnceLock;
    static RES: OnceLock<[Regex; 2]> = OnceLock::new();
    let [json_ld, og] = RES.get_or_init(|| {
        [
            Regex::new(r#"(?i)"@type"\s*:\s*\[?\s*"((?:[A-Za-z]*NewsArticle)|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)""#).unwrap(),
            Regex::new(r#"(?i)<meta[^>]+(?:property|name)\s*=\s*["']og:type["'][^>]*content\s*=\s*["']\s*(article|news[a-z_.]*)["']|<meta[^>]+content\s*=\s*["']\s*(article|news[a-z_.]*)["'][^>]*(?:property|name)\s*=\s*["']og:type["']"#).unwrap(),
        ]
    });
    let head = &html[..crate::model::floor_char_boundary(html, HEAD_TAGS_READ)];
    tags.first_ignoring_case(b"\"@type\"")
        .and_then(|from| json_ld.captures_at(head, from))
        .map(|c| format!("JSON-LD @type {}", &c[1]))
        .or_else(|| {
            // The `og:type` pattern stays inside one `<meta>` tag: read among the tags alone.
            let og_type = |tag: &[u8]| memchr::memmem::find(tag, b"og:type").is_some();
            first_meta_match(og, tags, og_type).map(|c| {
                format!(
                    "og:type {}",
                    c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str())
                )
            })
        })
}

/// Whether the page is an article. Markup that declares an article (a JSON-LD `NewsArticle`,
/// `BlogPosting`…, or `og:type` "article") settles it: publishers declare their stories, and the
/// extractor's guess from URL shape and layout is wrong more often than they are. Without such a
/// declaration the extractor's page type (URL patterns, structured data and a small classifier)
/// decides, except that a dated page whose main content is running prose is an article whatever
/// its layout suggested (the extractor takes many blog posts and how-to articles for service,
/// forum or documentation pages). A page it could not read at all is called a listing only when
/// nothing says article.
fn page_verdict(
    declared: Option<String>,
    extractor_type: Option<&str>,
    dated: bool,
    text: &str,
) -> PageVerdict {
    let extractor_kind = extractor_type.map(|t| match t {
        "listing" => PageKind::Listing,
        "collection" => PageKind::Collection,
        "product" => PageKind::Product,
        "forum" => PageKind::Forum,
        "documentation" => PageKind::Documentation,
        "service" => PageKind::Service,
        _ => PageKind::Article,
    });
    let (kind, reason) = match (declared, extractor_kind) {
        (Some(d), _) => (
            PageKind::Article,
            format!("the page declares an article ({d})"),
        ),
        (None, Some(PageKind::Article)) => (
            PageKind::Article,
            "the extractor classifies the page as an article".to_string(),
        ),
        (None, Some(k)) if dated && prose_is_article(k, text).is_some() => {
            let (words, paragraphs) = prose_is_article(k, text).unwrap_or_default();
            (
                PageKind::Article,
                format!(
                    "dated page whose main content is prose ({words} words in {paragraphs} sentence paragraphs), though laid out like a {} page",
                    extractor_type.unwrap_or_default()
                ),
            )
        }
        (None, Some(k)) => (
            k,
            format!(
                "the extractor classifies the page as a {} page and its markup declares no article",
                extractor_type.unwrap_or_default()
            ),
        ),
        (None, None) => (
            PageKind::Listing,
            "no main content found and the markup declares no article".to_string(),
        ),
    };
    PageVerdict {
        is_article: kind == PageKind::Article,
        kind,
        reason,
    }
}

/// Running prose in `text`: (words, paragraphs) counted over paragraphs of at least 12 words
/// that end like a sentence, when there is enough of it to be an article rather than a page of
/// the `kind` the layout suggested. Lists of teasers are sentences too, so pages laid out as
/// listings need more of it; a product page's description never makes it an article.
fn prose_is_article(kind: PageKind, text: &str) -> Option<(usize, usize)> {
    let (words, paragraphs) = text
        .split("\n\n")
        .map(super::word_count)
        .zip(text.split("\n\n"))
        .filter(|&(w, p)| w >= 12 && super::ends_like_sentence(p))
        .fold((0, 0), |(w, n), (pw, _)| (w + pw, n + 1));
    let (min_words, min_paragraphs) = match kind {
        PageKind::Service | PageKind::Forum | PageKind::Documentation => (250, 5),
        PageKind::Listing | PageKind::Collection => (600, 8),
        PageKind::Product | PageKind::Article => return None,
    };
    (words >= min_words && paragraphs >= min_paragraphs).then_some((words, paragraphs))
}

fn paragraphs_of(text: &str) -> Vec<Paragraph> {
    text.split('\n')
        .map(|line| {
            // Soft hyphens and zero-width spaces are layout hints, invisible on the page: left
            // in, they split the words they sit in for search and matching.
            if line.contains(['\u{ad}', '\u{200b}']) {
                squash(&line.replace(['\u{ad}', '\u{200b}'], ""))
            } else {
                squash(line)
            }
        })
        .filter(|p| !p.is_empty())
        .map(|text| Paragraph {
            text,
            line: None,
            link: false,
        })
        .collect()
}

/// Most words a paragraph may have to be compared with the page's links.
const MAX_LINK_WORDS: usize = 20;

/// Mark the paragraphs closing the content that are wholly the text of one link (`<a>`) of the
/// page (only those are asked about).
fn mark_links(tree: &dom_query::Document, paragraphs: &mut [Paragraph]) {
    // Only the short paragraphs after the last long one: when the content ends with prose,
    // the page's links are not read at all.
    let short: HashSet<&str> = paragraphs
        .iter()
        .rev()
        .take_while(|p| super::word_count(&p.text) <= MAX_LINK_WORDS)
        .map(|p| p.text.as_str())
        .collect();
    if short.is_empty() {
        return;
    }
    // A link's text is squashed only when its count of bytes outside white space is a
    // candidate's.
    let solid = |t: &str| {
        t.chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let sizes: HashSet<usize> = short.iter().map(|t| solid(t)).collect();
    let mut links: HashSet<String> = HashSet::default();
    // One buffer for every link's squashed text: most are looked up and dropped.
    let mut text = String::new();
    for node in tree.root().descendants_it() {
        if !node.has_name("a") {
            continue;
        }
        let raw = node.text();
        if !sizes.contains(&solid(&raw)) {
            continue;
        }
        squash_into(&raw, &mut text);
        if short.contains(text.as_str()) && !links.contains(&text) {
            links.insert(text.clone());
        }
    }
    drop(short);
    if links.is_empty() {
        return;
    }
    for p in paragraphs.iter_mut() {
        p.link = links.contains(&p.text);
    }
}

#[cfg(test)]
mod tests {
    use super::dates::{
        declared_date, linked_url_date, page_utc_offset, utc_offset_of_domain, Declared,
        HeadTagScan,
    };
    use super::scan::{script_free_pieces, without_script_bodies};
    use super::*;

    #[test]
    fn article_page() {
        let html = r#"<!DOCTYPE html><html lang="en"><head><title>Storm hits coast | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1>
<p>Heavy rain flooded three coastal towns on Friday, officials said, as rivers rose to levels not seen in decades and emergency crews worked through the night.</p>
<p>"We have never seen water this high," the mayor told reporters at a briefing in the town hall, adding that schools would stay closed until Monday.</p>
<p>Forecasters expect more rain over the weekend, and the regional government has asked residents of low-lying streets to move to higher ground.</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"#;
        let c = clean_html(html, Some("https://example.com/2024/03/01/storm"));
        assert!(c.text.contains("Heavy rain flooded"), "{}", c.text);
        assert!(c.text.contains("\n\n\"We have never seen"), "{}", c.text);
        assert!(!c.text.contains("Copyright"));
        assert!(!c.text.contains("Home"));
        let meta = c.html.unwrap();
        assert_eq!(meta.site_name.as_deref(), Some("Example News"));
        assert_eq!(meta.date.unwrap().date_naive().to_string(), "2024-03-01");
        assert_eq!(meta.declared_date.unwrap().to_string(), "2024-03-01");
        assert_eq!(
            declared_date(r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2023-07-09T10:00:00Z"}</script>"#, Declared::Published, None).unwrap().to_string(),
            "2023-07-09"
        );
        assert_eq!(
            declared_date(
                r#"<meta content="2022-01-05" name="pubdate">"#,
                Declared::Published,
                None
            )
            .unwrap()
            .to_string(),
            "2022-01-05"
        );
        assert_eq!(
            declared_date(
                r#"<p>Posted <time datetime="2021-02-03T08:00">Feb 3</time></p>"#,
                Declared::TimeElement,
                None
            )
            .unwrap()
            .to_string(),
            "2021-02-03"
        );
        // A UTC time on a page that writes its other times at +01:00 is the next day there.
        let page = r#"<meta property="article:published_time" content="2021-11-04T23:00Z"><meta property="article:modified_time" content="2021-11-05T10:00:00+01:00">"#;
        assert_eq!(
            declared_date(page, Declared::Published, None)
                .unwrap()
                .to_string(),
            "2021-11-05"
        );
        // With no zone on the page, the domain's country places a late UTC time.
        let page = r#"<meta property="article:published_time" content="2021-11-04T23:00Z">"#;
        assert_eq!(
            declared_date(
                page,
                Declared::Published,
                utc_offset_of_domain("https://www.example.de/x")
            )
            .unwrap()
            .to_string(),
            "2021-11-05"
        );
        assert_eq!(utc_offset_of_domain("https://example.com/2021/x"), None);
        // Summer time: 22:04 UTC is past midnight in Vienna in October, not in November.
        let page = |day: &str| {
            format!(r#"<meta property="article:published_time" content="{day}T22:04:00Z">"#)
        };
        let vienna = utc_offset_of_domain("https://www.example.at/x");
        assert_eq!(
            declared_date(&page("2019-10-18"), Declared::Published, vienna)
                .unwrap()
                .to_string(),
            "2019-10-19"
        );
        assert_eq!(
            declared_date(&page("2019-11-18"), Declared::Published, vienna)
                .unwrap()
                .to_string(),
            "2019-11-18"
        );
        // Seconds written with one digit still carry the zone.
        let page = r#"<meta itemprop="datePublished" content="2020-12-05T23:15:0Z">"#;
        assert_eq!(
            declared_date(page, Declared::Published, vienna)
                .unwrap()
                .to_string(),
            "2020-12-06"
        );
        // A long value in any script is cut at a character, not in one.
        let page = format!(r#"{{"datePublished":"{}"}}"#, "€".repeat(40));
        assert_eq!(declared_date(&page, Declared::Published, None), None);
        // A JSON-LD date in a form other than ISO.
        let page = r#"{"datePublished":"Tue Jan 28 15:28:56 CET 2020","dateModified":"x"}"#;
        assert_eq!(
            declared_date(page, Declared::Published, None)
                .unwrap()
                .to_string(),
            "2020-01-28"
        );
        let page = r#"<meta property="article:published_time" content="2021-11-04T23:00Z">"#;
        assert_eq!(
            declared_date(page, Declared::Published, None)
                .unwrap()
                .to_string(),
            "2021-11-04"
        );
    }

    #[test]
    fn the_parse_fed_in_pieces_builds_the_tree_of_the_page_put_together() {
        for page in [
            "<p>plain page, nothing left out</p>",
            concat!(
                "<html><head><script>var a = '<p>x</p>';</script><style>p{}</style></head>",
                "<body><p>Sto<svg><path d=\"M0\"/></svg>ry</p><noscript><p>",
                "One paragraph of prose long enough to count as the article the page shows ",
                "without scripts, and more words to pass four hundred bytes of markup here.</p><p>",
                "A second paragraph, so that the noscript reads as a div of prose and not as ",
                "raw text, with more words again to pass the size a prose block must reach.</p>",
                "</noscript><script type=\"application/ld+json\">{\"a\":1}</script>",
                "<p>caf\u{e9} <b>bold</b></p></body></html>"
            ),
            "",
            "<script>unclosed",
        ] {
            let pieces = parse_without_script_bodies(page);
            let whole = dom_query::Document::from(&*without_script_bodies(page));
            assert_eq!(pieces.0.html(), whole.html(), "{page}");
        }
    }

    #[test]
    fn a_declared_articles_navigation_blocks_are_left_out_of_the_parse() {
        let body = concat!(
            "<body><nav class=\"menu\"><a href=\"/a\">Sections</a></nav>",
            "<nav class=\"breadcrumb\"><a href=\"/p\">Politics</a></nav>",
            "<nav x-data=\"{ go() { a => b } }\"><a href=\"/q\">Quoted</a></nav>",
            "<nav><nav><a href=\"/n\">Nested</a></nav></nav>",
            "<p>The story.</p></body>"
        );
        let article = format!("<head><meta property=\"og:type\" content=\"article\"></head>{body}");
        let (tree, _, _, declared) = parse_without_script_bodies(&article);
        assert!(declared.is_some());
        let text = tree.root().text().to_string();
        // The menu's body is gone, its element kept, and so is the inner block of two nested
        // ones (the outer's first end tag is the inner's); a breadcrumb trail and a tag whose
        // end cannot be told stay whole.
        assert!(
            !text.contains("Sections") && !text.contains("Nested"),
            "{text}"
        );
        assert_eq!(tree.select("nav").length(), 5);
        for kept in ["Politics", "Quoted", "The story."] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
        // A page that does not declare itself an article keeps every block (the extractor's
        // page-type classifier counts their links).
        let (tree, _, _, declared) = parse_without_script_bodies(body);
        assert!(declared.is_none());
        assert!(tree.root().text().contains("Sections"));
    }

    #[test]
    fn script_bodies_are_left_out_of_the_parse() {
        let page = concat!(
            "<head><script>var a = '<p>not text</p>';</script>",
            "<SCRIPT type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</SCRIPT>",
            "<style>p { color: red }</Style></head>",
            "<body><!-- <script> --><p>Story</p><script src=x.js></script>",
            "<p>Next<svg viewBox=\"0 0 9 9\"><title>Arrow</title><path d=\"M0 0\"/></svg>page</p></body>"
        );
        assert_eq!(
            without_script_bodies(page),
            concat!(
                "<head><script></script>",
                "<SCRIPT type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</SCRIPT>",
                "<style></Style></head>",
                "<body><p>Story</p><script src=x.js></script>",
                "<p>Next<svg viewBox=\"0 0 9 9\"> </svg>page</p></body>"
            )
        );
        // Nothing to leave out: the page itself, not a copy.
        let plain = "<p>Story</p><scripted>x</scripted>";
        assert!(matches!(
            without_script_bodies(plain),
            std::borrow::Cow::Borrowed(_)
        ));
        // A script never closed keeps the rest of the page, as the parser would read it.
        let open = "<p>Story</p><script>var a = 1;";
        assert_eq!(without_script_bodies(open), open);
    }

    #[test]
    fn a_noscript_holding_the_post_is_read_as_a_div() {
        let para = "<p>Over the past few years the threats on the web have become far more sophisticated, and phishing sites now rotate their domains quickly to avoid being blocked.</p>";
        let post = format!(
            "<div class='post-body'><script type='text/template'>{para}{para}{para}</script><noscript class='n'>{para}<script>x()</script>{para}{para}</noscript></div>"
        );
        let read = without_script_bodies(&post);
        assert_eq!(
            read,
            format!("<div class='post-body'><script type='text/template'></script><div class='n'>{para}<script></script>{para}{para}</div></div>")
        );
        // A tracking pixel or a note to enable scripts stays as the parser reads it.
        let pixel = r#"<noscript><img src="/pixel.gif"></noscript><p>Story</p>"#;
        assert_eq!(without_script_bodies(pixel), pixel);
        let note = "<noscript><p>Please enable JavaScript.</p><p>Thanks.</p></noscript>";
        assert_eq!(without_script_bodies(note), note);
    }

    #[test]
    fn comments_are_left_out_of_the_parse() {
        assert_eq!(
            without_script_bodies(
                "<p>tripl<!-- x -->e $<!---->1.21</p><!--[if IE]><p>Old</p><![endif]-->"
            ),
            "<p>triple $1.21</p>"
        );
        // `<!-->` is an empty comment to the parser: kept for it to read as one.
        assert_eq!(without_script_bodies("<p>a<!-->b</p>"), "<p>a<!-->b</p>");
    }

    #[test]
    fn data_attributes_nothing_reads_are_left_out_of_the_parse() {
        // Scripts' state goes; the attributes the extractor reads stay, as does the rest of the tag.
        let page = r#"<div class="a" data-tracker='{"x":"a>b"}' data-src="i.jpg" id=b data-n=3>Text</div>"#;
        assert_eq!(
            without_script_bodies(page),
            r#"<div class="a" data-src="i.jpg" id=b>Text</div>"#
        );
        // An element whose only attributes go keeps the first: a bare element reads differently.
        assert_eq!(
            without_script_bodies(r#"<div data-advert="LB" data-target="LB">Ad</div>"#),
            r#"<div data-advert="LB">Ad</div>"#
        );
        // `data-` in a value, or past a `>` in a value, is no attribute; an unclosed tag stays.
        for page in [
            r#"<a href="/data-sets">Data</a>"#,
            r#"<a title="1 > 0" data-n="1">x</a>"#,
            r#"<p>x</p><div data-n="1""#,
        ] {
            assert_eq!(without_script_bodies(page), page);
        }
    }

    #[test]
    fn hostile_tags_never_break_the_scan() {
        // Unclosed quotes and tags, names and values in other scripts, `data-` at the very end:
        // each page comes back whole or with only whole `data-*` attributes left out.
        for page in [
            "<a data-x",
            "<a data-x='",
            "<a data-x=\"1",
            "<div a=\"x\"\u{e9} data-y=2 data-z>é</div>",
            "<div \u{e9}\u{e9} data-\u{e9}=\u{e9}\u{e9} data-n=\u{e9}>x</div>",
            "<p data-=1 data-x=>x</p><",
            "<<<data-x>>>",
            "<a/data-x/data-y=1/>x</a>data-",
        ] {
            let out = without_script_bodies(page);
            assert!(out.len() <= page.len(), "{page} -> {out}");
            let parsed = parse_without_script_bodies(page).0;
            assert!(!parsed.html().is_empty(), "{page}");
        }
        assert_eq!(
            without_script_bodies("<div a=\"x\"\u{e9} data-y=2 data-z>é</div>"),
            "<div a=\"x\"\u{e9}>é</div>"
        );
    }

    #[test]
    fn the_parse_scan_notes_the_head_tags_a_reading_of_their_own_finds() {
        let page = concat!(
            "<html><head><META name=\"date\" content=\"2020-05-06\">",
            "<link rel=\"canonical\" href=\"https://example.org/a\"><metadata x>",
            "<script>var s = '<meta name=\"x\" content=\"y\">';</script>",
            "<!-- <meta property=\"article:published_time\" content=\"2019-01-01\"> -->",
            "</head><body><p>Text <time datetime=\"2020-05-06\">May 6</time></p>",
            "<meta itemprop=\"datePublished\" content=\"2020-05-06\"></body></html>"
        );
        let (_, seen, from_scan, _) = parse_without_script_bodies(page);
        assert!(seen.whole);
        let read = HeadTags::read(page);
        // The scan skips what the parse never sees: a script's body and a comment.
        let expected: Vec<_> = read
            .tags
            .iter()
            .filter(|(_, t)| !t.contains("\"x\"") && !t.contains("2019"))
            .collect();
        assert_eq!(from_scan.tags.iter().collect::<Vec<_>>(), expected);
        assert_eq!(from_scan.tags.len(), 3);
        assert_eq!(from_scan.first_time_tag, read.first_time_tag);
        assert!(from_scan.first_time_tag.is_some());
        // An unclosed comment stops the scan: the tags are then read on their own.
        let (_, seen, tags, _) =
            parse_without_script_bodies("<meta name=\"a\" content=\"b\"><!-- open");
        assert!(!seen.whole);
        assert_eq!(tags.tags.len(), 1);
    }

    #[test]
    fn the_scan_tells_the_extractor_what_the_page_lacks() {
        let lacks = |page: &str| {
            script_free_pieces(page, &mut HeadTagScan::default(), |_, _| {}).lacks(page)
        };
        let plain = lacks("<html><body><p>Text</p><script>var a = 1;</script></body></html>");
        assert!(plain.json_ld && plain.article_body && plain.discourse_state);
        let ld = lacks(r#"<script type="application/ld+json">{"headline": "H"}</script><p>x</p>"#);
        assert!(!ld.json_ld && ld.article_body);
        let body = lacks(r#"<script type="application/ld+json">{"articleBody": "B"}</script>"#);
        assert!(!body.json_ld && !body.article_body);
        // Spelled with a character reference, the type still counts.
        let encoded = lacks(r#"<script type="application/ld&#x2B;json">{}</script>"#);
        assert!(!encoded.json_ld);
        let forum = lacks(r#"<div id="data-preloaded" data-preloaded="{}"></div>"#);
        assert!(!forum.discourse_state);
        // A scan that stopped early (an unclosed script) knows nothing.
        let unclosed = lacks(r#"<script type="application/json">{"#);
        assert_eq!(unclosed, rs_trafilatura::MarkupLacks::default());
    }

    #[test]
    fn links_after_the_last_paragraph_lead_away() {
        let page = |tail: &str| {
            format!(
                r#"<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1>
<p>Heavy rain flooded three coastal towns on Friday, officials said, as rivers rose to levels not seen in decades and emergency crews worked through the night.</p>
<p>Forecasters expect more rain over the weekend, and the regional government has asked residents of low-lying streets to move to higher ground.</p>
<p>Ferries stayed in port for a second day while engineers checked the harbour walls.</p>
{tail}</article></body></html>"#
            )
        };
        let c = clean_html(
            &page(
                r#"<p>Read on:</p><p><a href="/a">Council approves the new harbour budget</a></p>
<p><a href="/b">Schools reopen after the holidays</a></p>"#,
            ),
            None,
        );
        assert!(c.text.ends_with("harbour walls."), "{}", c.text);
        for gone in ["Read on:", "Schools reopen after the holidays"] {
            let r = c.removed.iter().find(|r| r.text == gone).unwrap();
            assert_eq!(r.kind, crate::model::RemovalKind::RelatedHeadline, "{r:?}");
        }
        // A link in a paragraph of its own that spells out an address is the report's source.
        let c = clean_html(
            &page(r#"<p><a href="https://example.org/floods">https://example.org/floods</a></p>"#),
            None,
        );
        assert!(c.text.ends_with("https://example.org/floods"), "{}", c.text);
    }

    #[test]
    fn ruby_and_inline_markup_do_not_split_japanese_words() {
        let html = r#"<html><head><title>法律</title></head><body><article>
<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<a href="/x">体罰</a>を禁止することになりました。</p>
<p><ruby>最近<rt>さいきん</rt></ruby>、<ruby>親<rt>おや</rt></ruby>に虐待された子どもを児童相談所が守ることができなくて、子どもが亡くなる事件が続いています。</p>
<p>The <b>English</b> words keep their spaces.</p>
{more}</article></body></html>"#;
        // Enough text that the extractor's main path reads it (a short page goes to a fallback).
        let more = "<p>児童相談所は、相談する弁護士を決めておかなければなりません。法律では虐待をした親に専門家が子どもの育て方を教えることになりました。</p>\n".repeat(4);
        let html = html.replace("{more}", &more);
        let c = clean_html(&html, None);
        assert!(
            c.text.contains(
                "子どもへの虐待をなくすための法律ができて、体罰を禁止することになりました。"
            ),
            "{}",
            c.text
        );
        assert!(c.text.contains("The English words"), "{}", c.text);
    }

    #[test]
    fn page_verdicts() {
        // A section front: a list of teasers, no article declared.
        let teasers: String = (0..12)
            .map(|i| format!("<li><a href=\"/world/story-{i}\">Headline number {i} about events</a><p>Short teaser {i}.</p></li>"))
            .collect();
        let listing = format!(
            "<html><head><title>World news</title></head><body><ul>{teasers}</ul></body></html>"
        );
        let c = clean_html(&listing, Some("https://example.com/category/world/"));
        let v = c.html.unwrap().verdict.unwrap();
        assert!(!v.is_article, "{v:?}");
        assert_ne!(v.kind, PageKind::Article);
        // The same layout declaring itself an article is one.
        let declared = listing.replace(
            "<title>",
            "<meta property=\"og:type\" content=\"article\"><title>",
        );
        let v = clean_html(&declared, Some("https://example.com/category/world/"))
            .html
            .unwrap()
            .verdict
            .unwrap();
        assert!(v.is_article, "{v:?}");
        assert!(v.reason.contains("og:type article"), "{}", v.reason);
        let json_ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>"#;
        assert!(
            page_verdict(
                declared_article(json_ld, &HeadTags::read(json_ld)),
                Some("listing"),
                false,
                ""
            )
            .is_article
        );
        // Dated prose outweighs a service-like layout; undated, or a product, it does not.
        let prose =
            "This sentence is long enough to count as running prose in the article body here. "
                .repeat(4)
                .trim_end()
                .to_string();
        let text = vec![prose; 8].join("\n\n");
        assert!(page_verdict(None, Some("service"), true, &text).is_article);
        assert!(!page_verdict(None, Some("service"), false, &text).is_article);
        assert!(!page_verdict(None, Some("product"), true, &text).is_article);
        assert!(!page_verdict(None, None, false, "").is_article);
    }

    #[test]
    fn declared_body_filters_what_the_page_does_not_declare() {
        let sentence = |i: usize| {
            format!("Paragraph {i} of the declared story says something distinct about item number {i} today.")
        };
        let story: Vec<String> = (0..12).map(sentence).collect();
        let json = serde_json::to_string(&story.join("\n")).unwrap();
        let html = format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","articleBody": {json}}}</script>"#
        );
        let body = declared_body(&html).unwrap();
        assert!(body.contains("item number 11"));
        // A teaser cut short is not the article.
        let teaser = format!(r#"{{"articleBody": "{} ..."}}"#, "word ".repeat(200));
        assert_eq!(declared_body(&teaser), None);

        let mut lines: Vec<String> = story.clone();
        lines.insert(
            3,
            "Photo: a caption the declared text does not have at all".into(),
        );
        lines.push("More from the section".into());
        lines.push("A long closing paragraph the site left out of its declared text, perhaps the end of the article itself.".into());
        // A standfirst before the declared text stays; a label there goes.
        lines.insert(0, "A standfirst of prose that the site left out of its declared text, summing up the story.".into());
        lines.insert(0, "Section menu".into());
        let paragraphs = Paragraph::from_lines(&lines);
        let mut removed = Vec::new();
        let kept: Vec<String> = keep_declared(paragraphs, &body, &mut removed)
            .into_iter()
            .map(|p| p.text)
            .collect();
        let removed: Vec<&str> = removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            removed,
            [
                "Section menu",
                "Photo: a caption the declared text does not have at all",
                "More from the section"
            ]
        );
        assert_eq!(kept.len(), 14);
        assert!(kept[0].starts_with("A standfirst"));
        assert!(kept[13].starts_with("A long closing paragraph"));
        // Another article's text is no judge: nothing is removed.
        let other = (0..12)
            .map(|i| {
                format!(
                    "Unrelated sentence {i} about a different matter entirely, with its own words."
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        let paragraphs = Paragraph::from_lines(&lines);
        let mut removed = Vec::new();
        assert_eq!(
            keep_declared(paragraphs, &other, &mut removed).len(),
            lines.len()
        );
        assert!(removed.is_empty());
    }

    /// A sentence of prose, and a page whose post body holds it twelve times (numbered).
    const PROSE: &str =
        "A sentence of the article itself, long enough to be counted as real prose by the check.";
    fn twelve_paragraph_page() -> dom_query::Document {
        let body: String = (0..12)
            .map(|i| format!("<p>{PROSE} Number {i}.</p>"))
            .collect();
        dom_query::Document::from(format!(
            "<html><body><div class=\"post-body\">{body}</div></body></html>"
        ))
    }

    #[test]
    fn second_opinion_replaces_a_rail_of_links() {
        let para = PROSE;
        let rail = "Recent posts:\nHow to type children\nDec 19, 2025";
        let tree = twelve_paragraph_page();
        let better = second_opinion(&tree, rail).unwrap();
        assert!(better.contains("Number 11."), "{better}");
        // A result with prose of its own stands.
        let own = vec![para; 40].join("\n");
        assert_eq!(second_opinion(&tree, &own), None);
    }

    #[test]
    fn other_posts_on_a_single_post_page() {
        let own = "The post itself, a paragraph long enough to count as prose on any page at all.";
        let other = "Another post's excerpt, also long enough to count as prose on this page here.";
        let page = |body_class: &str| {
            dom_query::Document::from(format!(
                r#"<html><body class="single {body_class}"><article class="post-7 post">
                <p>{own}</p></article><section><h3>You may like</h3>
                <article id="post-9" class="post-9 post"><p>{other}</p></article></section>
                </body></html>"#
            ))
        };
        let paragraphs = || Paragraph::from_lines(&[own, other]);
        let mut removed = Vec::new();
        let html = |class: &str| page(class).html().to_string();
        let kept = drop_other_posts(
            &html("postid-7"),
            &page("postid-7"),
            paragraphs(),
            &mut removed,
        );
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].text, own);
        assert_eq!(removed[0].text, other);
        // A page that names no post of its own keeps everything.
        let kept = drop_other_posts(&html("home"), &page("home"), paragraphs(), &mut removed);
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn listing_reading_replaces_a_text_dump() {
        let page = twelve_paragraph_page().html().to_string();
        let options = rs_trafilatura::Options::default();
        let dump = format!("Home News {} Contact", vec![PROSE; 20].join(" "));
        let article = Some("article".to_string());
        let better = listing_reading(&page, &dump, &article, &options).unwrap();
        assert_eq!(
            better.lines().filter(|l| !l.is_empty()).count(),
            12,
            "{better}"
        );
        // Paragraphs are not a dump; a listing reading is not read again.
        assert_eq!(listing_reading(&page, PROSE, &article, &options), None);
        let listing = Some("listing".to_string());
        assert_eq!(listing_reading(&page, &dump, &listing, &options), None);
    }

    #[test]
    fn second_opinion_replaces_a_text_dump() {
        let para = PROSE;
        let tree = twelve_paragraph_page();
        // The whole page's text on one line: navigation, the article, the footer.
        let dump = format!(
            "Home News Sport {} Contact Imprint Privacy",
            vec![para; 20].join(" ")
        );
        assert!(is_text_dump(&dump));
        let better = second_opinion(&tree, &dump).unwrap();
        assert_eq!(better.lines().count(), 12, "{better}");
        // Paragraphs as extracted are not a dump, however long.
        assert!(!is_text_dump(&vec![para; 40].join("\n")));
    }

    #[test]
    fn the_page_utc_offset_is_its_most_common_non_zero_one() {
        let page = r#"<time datetime="2021-03-04T10:15:00+01:00"></time> nav-item 1999-12
            "published":"2021-03-04 10:15:00.123+0100", "modified":"2021-03-05T08:00:00Z",
            <span data-x="2021-03-04T22:10-05:00"></span>"#;
        assert_eq!(page_utc_offset(page), Some(60));
        assert_eq!(
            page_utc_offset("2021-03-04T10:15:00-0500 and 12021-03-04T10:15-05:00"),
            Some(-300)
        );
        // Zero offsets, offsets past 14 hours and broken stamps count for nothing.
        assert_eq!(
            page_utc_offset("2021-03-04T10:15:00+00:00 2021-03-04T10:15+15:00 2021-3-04T10:15+01:00 2021-03-04T1:15+01:00"),
            None
        );
    }

    #[test]
    fn dates_from_linked_addresses_and_rdf() {
        let page =
            r#"<link rel="amphtml" href="https://example.pt/2020/10/11/sociedade/noticia/x">"#;
        assert_eq!(
            linked_url_date(&HeadTags::read(page)).unwrap().to_string(),
            "2020-10-11"
        );
        let page =
            r#"<meta property="og:url" content="https://example.com/news/2019/06/24/y.html">"#;
        assert_eq!(
            linked_url_date(&HeadTags::read(page)).unwrap().to_string(),
            "2019-06-24"
        );
        assert_eq!(
            linked_url_date(&HeadTags::read(
                r#"<link rel="canonical" href="https://example.com/about">"#
            )),
            None
        );
        let rdf = r#"<rdf:Description dc:title="Entry" dc:date="2020-07-03T17:16:22+09:00" />"#;
        assert_eq!(
            declared_date(rdf, Declared::Loose, None)
                .unwrap()
                .to_string(),
            "2020-07-03"
        );
        // A loose "date" meta yields to an element marked datePublished.
        let page = r#"<meta name="date" content="2022-01-21T15:38:44+01:00"><time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>"#;
        assert_eq!(
            declared_date(page, Declared::Published, None)
                .unwrap()
                .to_string(),
            "2022-01-27"
        );
    }

    #[test]
    fn nesting_depth_counts_real_nesting_only() {
        assert_eq!(
            nesting_depth("<html><body><div><p>a<p>b</div></body></html>", 100),
            3
        );
        assert_eq!(nesting_depth("<div><br><img src=x><hr/></div>", 100), 1);
        assert_eq!(
            nesting_depth("<script>if (a<b) { '<div>' }</script><div></div>", 100),
            1
        );
        assert_eq!(
            nesting_depth("<div><style>p{}</style><div>x</div></div>", 100),
            2
        );
        assert_eq!(nesting_depth("<!-- <div><div> --><span></span>", 100), 1);
        let deep = "<div>".repeat(10_000);
        assert!(nesting_depth(&deep, MAX_DEPTH) > MAX_DEPTH);
        let tables = "<table><tr><td>".repeat(2_000);
        assert!(nesting_depth(&tables, MAX_DEPTH) > MAX_DEPTH);
        // Thousands of unclosed paragraphs and list items are ordinary, not deep.
        assert!(nesting_depth(&"<p>text ".repeat(5_000), MAX_DEPTH) <= 1);
        assert_eq!(nesting_depth("<", 10), 0);
        assert_eq!(nesting_depth("<div", 10), 1);
    }
}
