//! HTML pages → main content and page metadata.
//!
//! Main-content extraction is `rs-trafilatura`'s: on the Scrapinghub benchmark its published
//! output scores F1 0.970 against 0.865 for `dom_smoothie` (the readability port), re-scored with
//! the benchmark's own metric (`shared/data/extraction/.../system-outputs`). What is ours: the
//! paragraph split and the same boilerplate pass as plain text (captions, teasers, tag lists,
//! promos that slip through), and keeping the page's metadata with its provenance.

use chrono::{DateTime, Utc};
use foldhash::HashSet;

use super::{classify, squash, squash_into, Cleaned, Paragraph};
use crate::model::{PageKind, PageVerdict};
use crate::resources::ZoneRule;

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

/// The page with the bodies of its scripts, style sheets and inline SVG images left out (their
/// tags kept), for parsing: no extraction reads them (SVG titles of icons, "Arrow", only leaked
/// into text), and they took about an eighth of the parse on the Scrapinghub pages. Scripts
/// holding data (`type` naming JSON: JSON-LD metadata, embedded state) are kept whole. A
/// `<noscript>` holding paragraphs of prose becomes a `<div>` ([`is_prose_markup`]).
/// Comments are left out too (a commented-out `<script` opens nothing, and a comment inside a
/// word or figure, `tripl<!-- -->e`, `$<!-- -->1.21`, no longer splits it into two text nodes
/// that the extractor joins with a space); like
/// [`nesting_depth`], the scan does not track attribute values, so a `<script` written
/// unescaped inside one is taken for a tag. (The extractor's parse takes the pieces directly:
/// [`parse_without_script_bodies`].)
#[cfg(test)]
fn without_script_bodies(html: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut whole = false;
    script_free_pieces(html, &mut HeadTagScan::default(), |piece, _navigation| {
        whole = std::ptr::eq(piece, html);
        out.push_str(piece);
    });
    if whole {
        return std::borrow::Cow::Borrowed(html);
    }
    std::borrow::Cow::Owned(out)
}

/// The page of [`without_script_bodies`], parsed into the tree the extractor reads, as
/// `dom_query::Document::from` parses (scripting off): its pieces go to the parser one by one,
/// with no copy of the page put together first.
///
/// On a page that declares itself an article ([`declared_article`], returned too), the bodies of
/// its navigation blocks (`<nav>`, not a breadcrumb trail) are left out as well: the extractor
/// removes them before it reads the content, and they were a fifth of the markup left to parse
/// on the Scrapinghub pages. Other pages keep them, for the extractor's page-type classifier
/// counts their links.
fn parse_without_script_bodies(
    html: &str,
) -> (
    dom_query::Document,
    MarkupSeen,
    HeadTags<'_>,
    Option<String>,
) {
    use html5ever::tendril::{StrTendril, TendrilSink};
    let opts = html5ever::ParseOpts {
        tokenizer: Default::default(),
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
    };
    let mut parser = html5ever::parse_document(dom_query::Document::default(), opts);
    let mut head = HeadTagScan::default();
    // Whether the page is an article is known only once its head is read: the pieces wait.
    let mut pieces: Vec<(&str, bool)> = Vec::new();
    let seen = script_free_pieces(html, &mut head, |piece, navigation| {
        if !piece.is_empty() {
            pieces.push((piece, navigation));
        }
    });
    // A scan that stopped early (an unclosed comment or script) did not reach every tag.
    let head_tags = if seen.whole {
        HeadTags::from_scan(html, head)
    } else {
        HeadTags::read(html)
    };
    let declared = declared_article(html, &head_tags);
    for (piece, navigation) in pieces {
        if !(navigation && declared.is_some()) {
            parser.process(StrTendril::from_slice(piece));
        }
    }
    (parser.finish(), seen, head_tags, declared)
}

/// The pieces of [`without_script_bodies`]'s page, in order, to `emit`: slices of `html` and the
/// few bytes put in their place (the whole of `html` in one piece when nothing is left out).
fn script_free_pieces<'h>(
    html: &'h str,
    head: &mut HeadTagScan<'h>,
    mut emit: impl FnMut(&'h str, bool),
) -> MarkupSeen {
    let head_end = crate::model::floor_char_boundary(html, HEAD_TAGS_READ);
    let b = html.as_bytes();
    let mut seen = MarkupSeen {
        whole: true,
        ..MarkupSeen::default()
    };
    let (mut copied, mut i) = (0usize, 0usize);
    // Where the `</noscript` of a `<noscript>` read as a `<div>` starts.
    let mut noscript_end = None;
    // Where the next `data-` is (see [`unread_attributes`]).
    let mut next_data = next_data_from(b, 0);
    // The body of the navigation block being read, if any: the pieces inside it go out marked
    // (see [`parse_without_script_bodies`]).
    let region = std::cell::Cell::new((0usize, 0usize));
    // `html[from..to]`, cut where the region starts and ends, or `lit` written at `from`.
    let mut put = |from: usize, to: usize, lit: Option<&'static str>| {
        let (s, e) = region.get();
        let inside = |at: usize| s <= at && at < e;
        if let Some(text) = lit {
            emit(text, inside(from));
            return;
        }
        let mut a = from;
        for cut in [s, e] {
            if a < cut && cut < to {
                emit(&html[a..cut], inside(a));
                a = cut;
            }
        }
        emit(&html[a..to], inside(a));
    };
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let at = i + off;
        i = at + 1;
        if noscript_end == Some(at) {
            put(copied, at, None);
            put(at, at, Some("</div"));
            copied = at + "</noscript".len();
            i = copied;
            noscript_end = None;
            continue;
        }
        if b[i..].starts_with(b"!--") {
            match memchr::memmem::find(&b[i..], b"-->") {
                Some(e) => {
                    i += e + 3;
                    // The comment goes too (`<!-->` closes at once for the parser: kept).
                    if e >= 3 {
                        put(copied, at, None);
                        copied = i;
                    }
                }
                None => {
                    seen.whole = false;
                    break;
                }
            }
            continue;
        }
        if noscript_end.is_none()
            && b.get(i..i + 8)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"noscript"))
        {
            let after = i + 8;
            let Some(gt) = memchr::memchr(b'>', &b[after..]).map(|e| after + e) else {
                seen.whole = false;
                break;
            };
            if let Some(end) = find_end_tag(&b[gt + 1..], b"noscript").map(|e| gt + 1 + e) {
                if is_prose_markup(&b[gt + 1..end]) {
                    put(copied, at, None);
                    put(at, at, Some("<div"));
                    copied = after;
                    noscript_end = Some(end);
                }
            }
            i = gt + 1;
            continue;
        }
        let name: &[u8] = match b.get(i..i + 6) {
            Some(n) if n.eq_ignore_ascii_case(b"script") => b"script",
            _ => match b.get(i..i + 5) {
                Some(n) if n.eq_ignore_ascii_case(b"style") => b"style",
                _ => match b.get(i..i + 3) {
                    Some(n) if n.eq_ignore_ascii_case(b"svg") => b"svg",
                    Some(n) if n.eq_ignore_ascii_case(b"nav") => b"nav",
                    _ => {
                        if at < head_end {
                            head.note(html, at, head_end);
                        }
                        if let Some(end) = unread_attributes(b, at, &mut next_data, |from, to| {
                            put(copied, from, None);
                            copied = to;
                        }) {
                            i = end;
                        }
                        continue;
                    }
                },
            },
        };
        let after = i + name.len();
        if !b
            .get(after)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        {
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', &b[after..]).map(|e| after + e) else {
            seen.whole = false;
            break;
        };
        let attributes = &b[after..gt];
        let data = name == b"script"
            && attributes
                .windows(4)
                .any(|w| w.eq_ignore_ascii_case(b"json"));
        let body = gt + 1;
        let Some(end) = find_end_tag(&b[body..], name).map(|e| body + e) else {
            // An unclosed navigation block is parsed as written.
            if name == b"nav" {
                i = body;
                continue;
            }
            seen.whole = false;
            break;
        };
        // A character reference may spell it (`ld&#x2B;json`): such a script counts too.
        if data
            && (attributes.contains(&b'&')
                || attributes
                    .windows(7)
                    .any(|w| w.eq_ignore_ascii_case(b"ld+json")))
        {
            seen.json_ld = true;
            seen.article_body |= memchr::memmem::find(&b[body..end], b"articleBody").is_some();
        }
        if name == b"nav" {
            // A navigation block's body is marked as such (its links are the site's, which the
            // extractor removes with the block), unless it holds another (its first end tag
            // would be the inner one's) or is a breadcrumb trail (the page's section). Its
            // inside is read on like the rest of the page.
            let nested = b[body..end]
                .windows(4)
                .any(|w| w[0] == b'<' && w[1..].eq_ignore_ascii_case(b"nav"));
            let breadcrumb = attributes
                .windows(10)
                .any(|w| w.eq_ignore_ascii_case(b"breadcrumb"));
            // A `>` inside a quoted attribute value (a script's `=>`) is not the tag's end.
            let quotes_open = |q: u8| attributes.iter().filter(|&&c| c == q).count() % 2 == 1;
            let tag_read = !quotes_open(b'"') && !quotes_open(b'\'');
            if tag_read && !nested && !breadcrumb && end > body && region.get().1 <= at {
                // What came before goes out first, cut by the region before this one.
                put(copied, body, None);
                copied = body;
                region.set((body, end));
            }
            i = body;
            continue;
        }
        if !data && end > body {
            put(copied, body, None);
            // An icon between two words parts them as its markup did.
            if name == b"svg" {
                put(body, body, Some(" "));
            }
            copied = end;
        }
        i = end + 2;
    }
    put(copied, html.len(), None);
    seen
}

/// What [`script_free_pieces`] saw of the page on its way: it reads every `<script>` tag, so
/// the extractor is spared its walks of the tree for the parts a page does not hold.
#[derive(Debug, Default, Clone, Copy)]
struct MarkupSeen {
    /// Whether the scan read the page to its end (it stops at an unclosed comment or element).
    whole: bool,
    /// A `<script>` whose attributes name `ld+json` (any case).
    json_ld: bool,
    /// The text `articleBody` in such a script.
    article_body: bool,
}

impl MarkupSeen {
    /// What the extractor need not look for in `html`: nothing, unless the scan was whole.
    fn lacks(self, html: &str) -> rs_trafilatura::MarkupLacks {
        if !self.whole {
            return rs_trafilatura::MarkupLacks::default();
        }
        rs_trafilatura::MarkupLacks {
            json_ld: !self.json_ld,
            article_body: !self.article_body,
            discourse_state: memchr::memmem::find(html.as_bytes(), b"data-preloaded").is_none(),
        }
    }
}

/// Data attributes (`data-*`) that something downstream reads: the extractor's rules, lazy
/// images (`data-src…`) and forum state. Every other `data-*` attribute is scripts' state, which
/// no extraction reads.
const READ_DATA_ATTRIBUTES: [&[u8]; 9] = [
    b"data-src",
    b"data-preloaded",
    b"data-section",
    b"data-test",
    b"data-role",
    b"data-component",
    b"data-lp-replacement-content",
    b"data-controller",
    b"data-json",
];

/// Where the first `data-` at or after `from` is.
fn next_data_from(b: &[u8], from: usize) -> Option<usize> {
    static DATA: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let data = DATA.get_or_init(|| memchr::memmem::Finder::new(b"data-"));
    data.find(&b[from..]).map(|d| from + d)
}

/// The `data-*` attributes of the start tag opening at `at` (`<` then a letter) that nothing reads
/// ([`READ_DATA_ATTRIBUTES`]), each given to `skip` as the byte range to leave out (its leading
/// space included); returns where the tag ends (after its `>`) when it held one.
///
/// They are a twelfth of a news page's markup once scripts are out, and every later walk of the
/// tree (cleaning, clone, attribute lookups, drop) pays for them again: left out, extraction
/// ran 8 % faster on the Scrapinghub pages, with the same text on all four benchmark sets. The
/// tag is read as the HTML tokenizer reads one (names end at space, `/`, `>` or `=`; values
/// quoted or up to a space or `>`); a tag that ends the page unclosed is left as it is.
fn unread_attributes(
    b: &[u8],
    at: usize,
    next_data: &mut Option<usize>,
    mut skip: impl FnMut(usize, usize),
) -> Option<usize> {
    if !b.get(at + 1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    // The page's next `data-` is found once for all the tags before it (one search of the page
    // in all); a tag is read only when it comes before the tag's first `>`.
    if next_data.is_some_and(|d| d < at) {
        *next_data = next_data_from(b, at);
    }
    let d = (*next_data)?;
    if d - at > 4096 || memchr::memchr(b'>', &b[at..d]).is_some() {
        return None;
    }
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c);
    let mut j = at + 1;
    while j < b.len() && !space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let (mut drops, mut attributes) = (Vec::new(), 0);
    loop {
        let attribute_start = j;
        while j < b.len() && (space(b[j]) || b[j] == b'/') {
            j += 1;
        }
        match b.get(j) {
            None => return None,
            Some(b'>') => break,
            _ => {}
        }
        let name_start = j;
        // A name may open with `=`; it ends at the next space, `/`, `>` or `=`.
        j += 1;
        while j < b.len() && !space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let name = &b[name_start..j];
        let mut k = j;
        while k < b.len() && space(b[k]) {
            k += 1;
        }
        if b.get(k) == Some(&b'=') {
            k += 1;
            while k < b.len() && space(b[k]) {
                k += 1;
            }
            match b.get(k) {
                None => return None,
                Some(&q @ (b'"' | b'\'')) => k += 1 + memchr::memchr(q, &b[k + 1..])? + 1,
                Some(_) => {
                    while k < b.len() && !space(b[k]) && b[k] != b'>' {
                        k += 1;
                    }
                }
            }
            j = k;
        }
        let unread = name.len() > 5
            && name[..5].eq_ignore_ascii_case(b"data-")
            && !READ_DATA_ATTRIBUTES
                .iter()
                .any(|r| name.len() >= r.len() && name[..r.len()].eq_ignore_ascii_case(r));
        attributes += 1;
        if unread {
            drops.push((attribute_start, j));
        }
    }
    // An element keeps one attribute when it had only unread ones: the extractor tells a bare
    // `<div>` from one with attributes (a page lost half its text when its ad slots lost theirs).
    if !drops.is_empty() && drops.len() == attributes {
        drops.remove(0);
    }
    if drops.is_empty() {
        return None;
    }
    for (from, to) in drops {
        skip(from, to);
    }
    Some(j + 1)
}

/// Whether markup holds paragraphs of prose: at least two `<p>` elements and 400 bytes. A
/// `<noscript>` holding them is the article as the page shows it without scripts (blog
/// platforms write the post as a script template and again in a `<noscript>`), and is read as a
/// `<div>`; the parser keeps a `<noscript>`'s content as raw text, which no extraction reads.
/// Tracking pixels and "enable JavaScript" notes are not prose and stay raw text.
fn is_prose_markup(body: &[u8]) -> bool {
    body.len() >= 400
        && memchr::memmem::find_iter(body, b"<p")
            .filter(|&at| {
                body.get(at + 2)
                    .is_some_and(|c| c.is_ascii_whitespace() || *c == b'>')
            })
            .take(2)
            .count()
            == 2
}

/// Where the end tag `</name` (any case) starts in `hay`: each `</` found by memchr is tested.
fn find_end_tag(hay: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(hay, b"</").find(|&at| {
        hay.get(at + 2..at + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
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

/// The dates a page's markup and address give, each read as [`HtmlMeta`] describes.
struct PageDates {
    declared: Option<chrono::NaiveDate>,
    time_element: Option<chrono::NaiveDate>,
    loose_declared: Option<chrono::NaiveDate>,
    page_date: Option<(chrono::NaiveDate, super::page_date::PageDateEvidence)>,
    linked_url_date: Option<chrono::NaiveDate>,
    labelled_date: Option<chrono::NaiveDate>,
    /// The page's address carries a date.
    url_dated: bool,
    /// The extractor's metadata found a date.
    extractor_dated: bool,
}

impl PageDates {
    /// `extractor_dated`: the extractor's metadata found a date (the looser readings are then
    /// not needed).
    fn read(
        html: &str,
        head_tags: &HeadTags<'_>,
        url: Option<&str>,
        extractor_dated: bool,
    ) -> Self {
        let zone_hint = url.and_then(utc_offset_of_domain);
        // Each weaker reading only when nothing stronger dates the page (the order of trust of
        // `meta::read`): a declared date outranks the `<time>` element, and both, with the
        // address's and the labelled date, the loosely named `<meta>`.
        let declared = declared_date_in(html, head_tags, Declared::Published, zone_hint);
        let time_element = if declared.is_none() {
            declared_date_in(html, head_tags, Declared::TimeElement, zone_hint)
        } else {
            None
        };
        // The looser reading costs a scan of the page: only when nothing better dates it.
        let url_dated = url.and_then(crate::meta::dates::date_from_url).is_some();
        let page_date =
            if declared.is_none() && time_element.is_none() && !extractor_dated && !url_dated {
                page_date_of(html)
            } else {
                None
            };
        let linked_url_date = if url_dated {
            None
        } else {
            linked_url_date(head_tags)
        };
        // Ranked below the declared and address dates: only read when there are none.
        let labelled_date = if declared.is_none() && !url_dated && linked_url_date.is_none() {
            super::page_date::labelled_date(html, Utc::now().date_naive())
        } else {
            None
        };
        let loose_declared = if declared.or(time_element).or(labelled_date).is_none()
            && !extractor_dated
            && !url_dated
            && linked_url_date.is_none()
        {
            declared_date_in(html, head_tags, Declared::Loose, zone_hint)
        } else {
            None
        };
        PageDates {
            declared,
            time_element,
            loose_declared,
            page_date,
            linked_url_date,
            labelled_date,
            url_dated,
            extractor_dated,
        }
    }

    /// The page's metadata holding these dates, the rest left empty.
    fn into_meta(self) -> HtmlMeta {
        HtmlMeta {
            declared_date: self.declared,
            time_element_date: self.time_element,
            page_date: self.page_date,
            linked_url_date: self.linked_url_date,
            labelled_date: self.labelled_date,
            loose_declared_date: self.loose_declared,
            ..HtmlMeta::default()
        }
    }

    /// Whether a date stands, the extractor's own included.
    fn dated(&self) -> bool {
        self.declared.or(self.time_element).is_some()
            || self.extractor_dated
            || self.url_dated
            || self.page_date.is_some()
    }
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

/// How much of a page [`HeadTags`] and the declared-date patterns read.
const HEAD_TAGS_READ: usize = 400_000;

/// The page's `<meta>` and `<link>` tags in its first 400 KB, with their offsets, gathered in
/// one pass: the patterns that read only these tags read them here, since each scan of the
/// whole page cost as much as all the tags together.
struct HeadTags<'a> {
    /// Each tag with its offset in the page.
    tags: Vec<(usize, &'a str)>,
    /// Where the first `<time` (any case) starts, if anywhere in the part read.
    first_time_tag: Option<usize>,
    /// The part of the page read, ASCII letters lower-cased, made when first asked for.
    lower: std::cell::OnceCell<String>,
    /// The part of the page read.
    head: &'a str,
}

/// The `<meta>` and `<link>` tags and the first `<time` that [`script_free_pieces`] passes in
/// the part of the page [`HeadTags`] reads: the scan visits every tag anyway, so the page is
/// not walked a second time for them.
#[derive(Default)]
struct HeadTagScan<'a> {
    tags: Vec<(usize, &'a str)>,
    first_time_tag: Option<usize>,
    /// A `<meta` or `<link` with no `>` after it was met: no later tag is complete either.
    done: bool,
}

impl<'a> HeadTagScan<'a> {
    /// Note the tag whose `<` is at `at` (before `head_end`): a `<meta` or `<link` (any case,
    /// then a byte that is not an ASCII letter, digit or `_`) through the next `>`, or the first
    /// `<time`. Returns where a noted `<meta` or `<link` tag ends (past its `>`).
    fn note(&mut self, html: &'a str, at: usize, head_end: usize) -> Option<usize> {
        if self.done {
            return None;
        }
        let b = &html.as_bytes()[..head_end];
        let name = |n: &[u8]| {
            b.get(at + 1..at + 1 + n.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(n))
        };
        if self.first_time_tag.is_none() && name(b"time") {
            self.first_time_tag = Some(at);
            return None;
        }
        if !(name(b"meta") || name(b"link")) {
            return None;
        }
        let after = at + 5;
        if b.get(after)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            return None;
        }
        // No `>` after this one: none after a later `<` either.
        let Some(gt) = memchr::memchr(b'>', &b[after.min(b.len())..]).map(|e| after + e) else {
            self.done = true;
            return None;
        };
        self.tags.push((at, &html[at..=gt]));
        Some(gt + 1)
    }
}

impl<'a> HeadTags<'a> {
    /// The tags [`script_free_pieces`] noted on a whole scan of `html`.
    fn from_scan(html: &'a str, scan: HeadTagScan<'a>) -> Self {
        HeadTags {
            tags: scan.tags,
            first_time_tag: scan.first_time_tag,
            lower: std::cell::OnceCell::new(),
            head: &html[..crate::model::floor_char_boundary(html, HEAD_TAGS_READ)],
        }
    }

    /// The tags of `html` read on their own (when the pre-parse scan stopped early), each tag as
    /// [`HeadTagScan::note`] reads it.
    ///
    /// By hand rather than with a regex: one `memchr` walk over the page's `<` and a compare
    /// of the bytes after each took a quarter of the time of a case-blind pattern search, and
    /// the same walk notes the first `<time`.
    fn read(html: &'a str) -> Self {
        let head_end = crate::model::floor_char_boundary(html, HEAD_TAGS_READ);
        let b = &html.as_bytes()[..head_end];
        let mut scan = HeadTagScan::default();
        let mut from = 0;
        while let Some(off) = memchr::memchr(b'<', &b[from..]) {
            let at = from + off;
            from = scan.note(html, at, head_end).unwrap_or(at + 1);
            if scan.done {
                break;
            }
        }
        Self::from_scan(html, scan)
    }

    /// Where `needle` (lower case ASCII) first occurs in the part of the page read, ASCII case
    /// ignored. The patterns that open on a name search from there, or not at all: a byte
    /// search in a lower-cased copy made once costs a fraction of each pattern's own case-blind
    /// scan of the page.
    fn first_ignoring_case(&self, needle: &[u8]) -> Option<usize> {
        memchr::memmem::find(self.lower(), needle)
    }

    /// The part of the page read, ASCII letters lower-cased (same offsets).
    fn lower(&self) -> &[u8] {
        self.lower
            .get_or_init(|| self.head.to_ascii_lowercase())
            .as_bytes()
    }
}

/// The date in the first address the page gives for itself (`<link rel="canonical">`,
/// `<link rel="amphtml">`, `og:url`) in its first 200 KB that carries one.
fn linked_url_date(tags: &HeadTags<'_>) -> Option<chrono::NaiveDate> {
    use regex::Regex;
    use std::sync::OnceLock;
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"(?i)<link[^>]+rel\s*=\s*["'](?:canonical|amphtml)["'][^>]*href\s*=\s*["']([^"']+)|<link[^>]+href\s*=\s*["']([^"']+)["'][^>]*rel\s*=\s*["'](?:canonical|amphtml)["']|<meta[^>]+property\s*=\s*["']og:url["'][^>]*content\s*=\s*["']([^"']+)"#).unwrap()
    });
    // Each tag is first tested for the pattern's three names in the page's lower-cased copy:
    // the pattern's captures on every tag cost more than all those tests together.
    static NAMES: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        aho_corasick::AhoCorasick::new(["canonical", "amphtml", "og:url"])
            .expect("three names build an automaton")
    });
    let lower = tags.lower();
    tags.tags
        .iter()
        .take_while(|(at, _)| *at < 200_000)
        .find_map(|&(at, tag)| {
            if !names.is_match(&lower[at..at + tag.len()]) {
                return None;
            }
            let c = re.captures(tag)?;
            let url = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?.as_str();
            crate::meta::dates::date_from_url(url)
        })
}

fn page_date_of(html: &str) -> Option<(chrono::NaiveDate, super::page_date::PageDateEvidence)> {
    super::page_date::page_date(html, Utc::now().date_naive())
}

/// Which of the markup's dates [`declared_date`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Declared {
    /// JSON-LD `datePublished`, a `<meta>` named for publication, a microdata element.
    Published,
    /// A `<meta>` named only "date" (or `dc.date`, `dcterms.date`), an RDF `dc:date`: content
    /// systems fill these with creation or edit dates too.
    Loose,
    /// The first `<time datetime>`.
    TimeElement,
}

/// The date the markup declares, of the `kind` asked for.
#[cfg(test)]
fn declared_date(
    html: &str,
    kind: Declared,
    zone_hint: Option<ZoneRule>,
) -> Option<chrono::NaiveDate> {
    declared_date_in(html, &HeadTags::read(html), kind, zone_hint)
}

/// The date the markup declares, of the `kind` asked for, read in the page's `tags`.
/// `zone_hint`: the publisher's clock when the page gives no zone, from its domain.
fn declared_date_in(
    html: &str,
    tags: &HeadTags<'_>,
    kind: Declared,
    zone_hint: Option<ZoneRule>,
) -> Option<chrono::NaiveDate> {
    use regex::Regex;
    use std::sync::OnceLock;
    // Keys that name the publication date, and looser ones that content systems also fill
    // with a creation or last-edit date: the looser come after everything that says
    // "published".
    const KEYS: &str = r"article:published_time|og:published_time|published_time|pubdate|publishdate|publish-date|publication_date|date\.published|dc\.date\.issued|datepublished|sailthru\.date|parsely-pub-date|cxenseparse:recs:publishtime|article\.published|originalpublicationdate";
    const LOOSE: &str = r"date|dc\.date|dcterms\.created|dcterms\.date";
    static RES: OnceLock<[Regex; 8]> = OnceLock::new();
    // The keys as text, lower case, for the test each tag passes before a `<meta>` pattern
    // reads it (published keys, loose keys).
    static KEY_NAMES: OnceLock<[aho_corasick::AhoCorasick; 2]> = OnceLock::new();
    let key_names = KEY_NAMES.get_or_init(|| {
        [KEYS, LOOSE].map(|keys| {
            crate::resources::phrase_automaton(keys.split('|').map(|k| k.replace(r"\.", ".")))
                .expect("literal keys build an automaton")
        })
    });
    let res = RES.get_or_init(|| {
        let (keys, loose) = (KEYS, LOOSE);
        let time = r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?";
        let meta = |keys: &str| {
            [
                Regex::new(&format!(r#"(?i)<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:{keys})["'][^>]*content\s*=\s*["']\s*{time}"#)).unwrap(),
                Regex::new(&format!(r#"(?i)<meta[^>]+content\s*=\s*["']\s*{time}[^"']*["'][^>]*(?:property|name|itemprop)\s*=\s*["'](?:{keys})["']"#)).unwrap(),
            ]
        };
        let [published_a, published_b] = meta(keys);
        let [loose_a, loose_b] = meta(loose);
        [
            // JSON-LD keys are case-sensitive (and a case-blind scan of the page costs 8× more).
            Regex::new(&format!(r#""datePublished"\s*:\s*"(?i:{time})"#)).unwrap(),
            published_a,
            published_b,
            // An element of the page marked as the publication date (microdata).
            // Anchored on the attribute: a pattern starting at every `<p` and `<a` was slow.
            Regex::new(&format!(r#"(?i)(?-u:\b)itemprop\s*=\s*["']datePublished["'][^>]*(?:datetime|content|title)\s*=\s*["']\s*{time}"#)).unwrap(),
            loose_a,
            loose_b,
            // An RDF description's date attribute (blog platforms embed one per entry).
            Regex::new(&format!(r#"(?i)(?-u:\b)dc:date\s*=\s*["']\s*{time}"#)).unwrap(),
            Regex::new(&format!(r#"(?i)<time[^>]+datetime\s*=\s*["']\s*{time}"#)).unwrap(),
        ]
    });
    // The head and the start of the body hold these; very long pages are not scanned whole.
    let head = &html[..crate::model::floor_char_boundary(html, HEAD_TAGS_READ)];
    // The page's own UTC offset costs a scan of the page: read once, and only for a UTC time.
    let page_offset = std::cell::OnceCell::new();
    let offset = |day: chrono::NaiveDate| {
        page_offset
            .get_or_init(|| page_utc_offset(head))
            .or_else(|| zone_hint.map(|z| z.offset_on(day)))
    };
    // The `<meta>` patterns (1, 2, 4, 5) read only the page's tags ([`HeadTags`]); they
    // begin with `<meta` and stop at a tag's end, so the `<link>` tags among them never match.
    const IN_META_TAGS: [bool; 8] = [false, true, true, false, true, true, false, false];
    let range = match kind {
        Declared::Published => 0..4,
        Declared::Loose => 4..7,
        Declared::TimeElement => 7..8,
    };
    range
        .into_iter()
        .find_map(|i| {
            if IN_META_TAGS[i] {
                let keys = &key_names[usize::from(i >= 4)];
                return meta_tag_date(&res[i], tags, keys, &offset);
            }
            // The two patterns that open on a tag or attribute name start their search where
            // that name first occurs (found by cheaper means), or not at all.
            let from = match i {
                3 => tags.first_ignoring_case(b"itemprop")?,
                6 => tags.first_ignoring_case(b"dc:date")?,
                7 => tags.first_time_tag?,
                _ => 0,
            };
            read_declared(&res[i], head, from, &offset)
        })
        .or_else(|| {
            (kind == Declared::Published)
                .then(|| loose_json_ld_date(html))
                .flatten()
        })
}

/// A JSON-LD `datePublished` written in a form other than ISO 8601 ("Tue Jan 28 15:28:56 CET
/// 2020", "Tue, Sep 15 2020 10:01:41 EDT"), read as pages print dates; or one placed past the
/// part of the page the patterns read (a byte search costs little).
fn loose_json_ld_date(html: &str) -> Option<chrono::NaiveDate> {
    let at = memchr::memmem::find(html.as_bytes(), b"\"datePublished\"")?;
    let rest = html[at + "\"datePublished\"".len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let value = &rest[..rest.find('"')?];
    let value = &value[..crate::model::floor_char_boundary(value, 64)];
    super::page_date::parse_first(value).filter(|d| *d <= Utc::now().date_naive())
}

/// The date a `<meta>` pattern reads in the page's tags (see [`first_meta_match`]): a tag is
/// read only when it holds one of the pattern's `keys`.
fn meta_tag_date(
    re: &regex::Regex,
    tags: &HeadTags<'_>,
    keys: &aho_corasick::AhoCorasick,
    offset: &dyn Fn(chrono::NaiveDate) -> Option<i32>,
) -> Option<chrono::NaiveDate> {
    first_meta_match(re, tags, |tag| keys.is_match(tag)).and_then(|c| declared_in(&c, offset))
}

/// What a `<meta>` pattern captures in the first of the page's tags it matches, as if run on
/// all the tags one per line (a match ends within its tag: the patterns stop at `>`). A tag is
/// read only when it holds `<meta` and `content`, and passes `holds` (given the tag with ASCII
/// letters lower-cased), which every match needs: the case-blind patterns cost a tenth of
/// extraction's time when run over every tag.
fn first_meta_match<'t>(
    re: &regex::Regex,
    tags: &HeadTags<'t>,
    holds: impl Fn(&[u8]) -> bool,
) -> Option<regex::Captures<'t>> {
    let lower = tags.lower();
    tags.tags
        .iter()
        .filter(|&&(at, tag)| {
            let tag_lower = &lower[at..at + tag.len()];
            memchr::memmem::find(tag_lower, b"content").is_some()
                && memchr::memmem::find(tag_lower, b"<meta").is_some()
                && holds(tag_lower)
        })
        .find_map(|&(_, tag)| re.captures(tag))
}

/// The date `re` captures in `text` (day, then optional UTC hour, minute and zone), moved to the
/// page's own zone when it is a UTC time.
/// `offset`: the page's UTC offset in minutes on a day, if known.
fn read_declared(
    re: &regex::Regex,
    text: &str,
    from: usize,
    offset: &dyn Fn(chrono::NaiveDate) -> Option<i32>,
) -> Option<chrono::NaiveDate> {
    declared_in(&re.captures_at(text, from)?, offset)
}

/// The date of a declared-date pattern's captures (see [`read_declared`]).
fn declared_in(
    c: &regex::Captures<'_>,
    offset: &dyn Fn(chrono::NaiveDate) -> Option<i32>,
) -> Option<chrono::NaiveDate> {
    let day = chrono::NaiveDate::parse_from_str(&c[1], "%Y-%m-%d").ok()?;
    // A UTC time is moved to the page's own zone when the page writes one elsewhere.
    let utc_time = c.get(2).zip(c.get(3)).and_then(|(h, m)| {
        let h: i64 = h.as_str().parse().ok()?;
        let m: i64 = m.as_str().parse().ok()?;
        Some(h * 60 + m)
    });
    match (utc_time, c.get(4).map(|z| z.as_str())) {
        (Some(minutes), Some(zone)) if is_utc(zone) => match offset(day) {
            Some(offset) => {
                let shifted = minutes + i64::from(offset);
                Some(day + chrono::Duration::days(shifted.div_euclid(24 * 60)))
            }
            None => Some(day),
        },
        _ => Some(day),
    }
}

/// The clock of the country whose domain `url` is on (`data/tld_utc_offsets.tsv`).
fn utc_offset_of_domain(url: &str) -> Option<ZoneRule> {
    let host = url
        .split("://")
        .nth(1)?
        .split(['/', ':', '?', '#'])
        .next()?;
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    crate::resources::get().tld_utc_offsets.get(&tld).copied()
}

fn is_utc(zone: &str) -> bool {
    matches!(
        zone.trim(),
        "Z" | "z" | "+00:00" | "+0000" | "-00:00" | "+00"
    )
}

/// The UTC offset (minutes) the page writes its other timestamps with, if any: the most
/// common non-zero one.
///
/// Timestamps of the form `2020-05-06T12:00(:00(.000))+02(:)00`, found by hand from each
/// hyphen: a regex without a literal to start from ran its automaton over every byte of the
/// page (2 % of an extraction); hyphens are found by `memchr` and checked in a few compares.
fn page_utc_offset(html: &str) -> Option<i32> {
    let b = html.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let two = |i: usize| -> Option<i32> {
        (digit(i) && digit(i + 1)).then(|| i32::from(b[i] - b'0') * 10 + i32::from(b[i + 1] - b'0'))
    };
    let mut counts: std::collections::BTreeMap<i32, usize> = std::collections::BTreeMap::new();
    let mut resume = 0;
    for hyphen in memchr::memchr_iter(b'-', b) {
        // The year's four digits before the first hyphen.
        // The second hyphen and the date's end first: they rule out nearly every hyphen of a
        // page (words, class names, addresses) in two compares.
        if b.get(hyphen + 3) != Some(&b'-') || !matches!(b.get(hyphen + 6), Some(b'T' | b' ')) {
            continue;
        }
        let Some(s) = hyphen.checked_sub(4).filter(|&s| s >= resume) else {
            continue;
        };
        let date_time = (s..s + 4).all(digit)
            && two(s + 5).is_some()
            && b.get(s + 7) == Some(&b'-')
            && two(s + 8).is_some()
            && matches!(b.get(s + 10), Some(b'T' | b' '))
            && two(s + 11).is_some()
            && b.get(s + 13) == Some(&b':')
            && two(s + 14).is_some();
        if !date_time {
            continue;
        }
        let mut j = s + 16;
        if b.get(j) == Some(&b':') && two(j + 1).is_some() {
            j += 3;
            if b.get(j) == Some(&b'.') && digit(j + 1) {
                j += 1;
                while digit(j) {
                    j += 1;
                }
            }
        }
        let sign = match b.get(j) {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => continue,
        };
        let Some(h) = two(j + 1) else { continue };
        let k = if b.get(j + 3) == Some(&b':') {
            j + 4
        } else {
            j + 3
        };
        let Some(m) = two(k) else { continue };
        resume = k + 2;
        let offset = sign * (h * 60 + m);
        if offset != 0 && offset.abs() <= 14 * 60 {
            *counts.entry(offset).or_default() += 1;
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(o, _)| o)
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
