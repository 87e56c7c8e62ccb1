//! One pass over the raw markup before parsing: script, style and SVG bodies, comments and the
//! `data-*` attributes nothing reads are left out of the tree, and what the page holds (JSON-LD,
//! an `articleBody`, forum state, prose markup) is noted for the extractor.

use super::dates::{HeadTagScan, HeadTags, HEAD_TAGS_READ};
use super::declared_article;

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
pub(super) fn without_script_bodies(html: &str) -> std::borrow::Cow<'_, str> {
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
pub(super) fn parse_without_script_bodies(
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
pub(super) fn script_free_pieces<'h>(
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
pub(super) struct MarkupSeen {
    /// Whether the scan read the page to its end (it stops at an unclosed comment or element).
    pub(super) whole: bool,
    /// A `<script>` whose attributes name `ld+json` (any case).
    json_ld: bool,
    /// The text `articleBody` in such a script.
    article_body: bool,
}

impl MarkupSeen {
    /// What the extractor need not look for in `html`: nothing, unless the scan was whole.
    pub(super) fn lacks(self, html: &str) -> rs_trafilatura::MarkupLacks {
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
pub(super) const READ_DATA_ATTRIBUTES: [&[u8]; 9] = [
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
pub(super) fn next_data_from(b: &[u8], from: usize) -> Option<usize> {
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
pub(super) fn unread_attributes(
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
pub(super) fn is_prose_markup(body: &[u8]) -> bool {
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
pub(super) fn find_end_tag(hay: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(hay, b"</").find(|&at| {
        hay.get(at + 2..at + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}
