//! A page's publication date when its metadata does not declare one the usual way: read from
//! any date-like `<meta>` tag, from the elements that carry dates (`class="date"`,
//! `itemprop="datePublished"`, a post's byline), and last from the page's text.
//!
//! Hand-written because no crate reads dates in the loose forms pages print them ("3. August
//! 2015", "20.06.2019 11:43", "8 January 2020, 3:51 pm", "May 5th, 2021"), in several languages
//! (month names from `data/months.tsv` and `data/months_intl.tsv`). Modification, expiry and
//! comment dates are not publication dates and are passed over where the markup says so.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::markup::strip_tags;
use crate::resources;

/// Where a page date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageDateEvidence {
    /// A `<meta>` tag whose name speaks of a date ("DC:date", "citation_date").
    MetaTag,
    /// An element that carries the date (`class="date"`, `itemprop="datePublished"`).
    DateElement,
    /// The first date in the page's text.
    PageText,
    /// A date in the page's summary (`description` meta tags) or in the address of its preview
    /// image (`og:image` …/2016/05/04/…): read only when nothing else dates the page.
    Summary,
}

/// Earliest year accepted: the web's.
const MIN_YEAR: i32 = 1995;

/// Bytes of markup read at a time when looking for a date in the text.
const TEXT_SLICE: usize = 32_768;

/// How much of a page is searched (the date sits near the top; a huge page is not read whole).
const SCAN_LIMIT: usize = 600_000;

/// The page's publication date and where it was found, not after `latest` (the fetch date, or
/// today).
pub fn page_date(html: &str, latest: NaiveDate) -> Option<(NaiveDate, PageDateEvidence)> {
    let html = &html[..crate::model::floor_char_boundary(html, SCAN_LIMIT)];
    let ok = |d: &NaiveDate| d.year() >= MIN_YEAR && *d <= latest;
    if let Some(d) = meta_tag_date(html, &ok) {
        return Some((d, PageDateEvidence::MetaTag));
    }
    if let Some(d) = script_key_date(html, &ok) {
        return Some((d, PageDateEvidence::MetaTag));
    }
    if let Some(d) = element_date(html, &ok) {
        return Some((d, PageDateEvidence::DateElement));
    }
    if let Some(d) = text_date(html, &ok) {
        return Some((d, PageDateEvidence::PageText));
    }
    summary_date(html, &ok).map(|d| (d, PageDateEvidence::Summary))
}

/// A date written in the page's description ("News of 14 January 2020"), else the date in the
/// address of its preview image (uploaded with the article).
fn summary_date(html: &str, ok: &dyn Fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r#"(?i)<meta[^>]+(?:name|property)\s*=\s*["'](description|og:description|twitter:description|og:image|twitter:image)["'][^>]*content\s*=\s*["']([^"']{1,600})["']"#)
            .unwrap()
    });
    let mut image = None;
    for c in re.captures_iter(html) {
        if c[1].to_ascii_lowercase().ends_with("image") {
            image = image.or_else(|| crate::meta::dates::date_from_url(&c[2]).filter(|d| ok(d)));
        } else if let Some(d) = parse_first(&c[2]).filter(|d| ok(d)) {
            return Some(d);
        }
    }
    image
}

/// A date the page prints right after a publication label ("Veröffentlicht am 16.08.2019",
/// "Published on May 5, 2021"; `data/publication_labels.txt`), not after `latest`. Ranked above
/// a page's first `<time>`, which is as often a comment's or a sidebar's.
pub fn labelled_date(html: &str, latest: NaiveDate) -> Option<NaiveDate> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let mut labels = resources::get().publication_labels.clone();
        labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
        let alternatives: Vec<String> = labels.iter().map(|l| regex::escape(l)).collect();
        // ASCII word boundaries: the Unicode ones make this scan several times slower.
        Regex::new(&format!(
            r"(?i)(?-u:\b)(?:{})(?-u:\b)",
            alternatives.join("|")
        ))
        .unwrap()
    });
    let html = &html[..crate::model::floor_char_boundary(html, SCAN_LIMIT)];
    re.find_iter(html).find_map(|m| {
        let after = &html[m.end()..crate::model::floor_char_boundary(html, m.end() + 160)];
        let text = strip_tags(after, false);
        let head: String = text.trim_start().chars().take(32).collect();
        parse_first(&head).filter(|d| d.year() >= MIN_YEAR && *d <= latest)
    })
}

fn is_not_publication(name: &str) -> bool {
    [
        "modif", "updat", "expir", "revis", "comment", "birth", "event", "start", "end", "valid",
        "join",
    ]
    .iter()
    .any(|w| name.contains(w))
}

/// `<meta name|property|itemprop="…date…" content="…">`.
fn meta_tag_date(html: &str, ok: &dyn Fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    static META: OnceLock<Regex> = OnceLock::new();
    static ATTR: OnceLock<Regex> = OnceLock::new();
    let meta = META.get_or_init(|| Regex::new(r"(?is)<meta\s[^>]{0,600}>").unwrap());
    let attr = ATTR.get_or_init(|| {
        Regex::new(
            r#"(?is)(name|property|itemprop|content|http-equiv)\s*=\s*(?:"([^"]*)"|'([^']*)')"#,
        )
        .unwrap()
    });
    for tag in meta.find_iter(html) {
        let (mut name, mut content) = (String::new(), None);
        for c in attr.captures_iter(tag.as_str()) {
            let value = c.get(2).or_else(|| c.get(3)).map_or("", |m| m.as_str());
            match &c[1].to_ascii_lowercase()[..] {
                "content" => content = Some(value),
                _ => name = value.to_ascii_lowercase(),
            }
        }
        let dated = ["date", "publish", "created", "issued"]
            .iter()
            .any(|w| name.contains(w));
        if !dated || is_not_publication(&name) {
            continue;
        }
        if let Some(d) = content.and_then(parse_first).filter(|d| ok(d)) {
            return Some(d);
        }
    }
    None
}

/// A publication key in a page's scripts or data ("published_at": "…", 'publishdate': '…').
fn script_key_date(html: &str, ok: &dyn Fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    static KEY: OnceLock<Regex> = OnceLock::new();
    let key = KEY.get_or_init(|| {
        Regex::new(r#"(?i)["'](?:published_?at|publish_?date|pub_?date|date_?published|published_?date|publication_?date|first_?published(?:_at)?|created_?at|date_?created)["']\s*:\s*["']((?:19|20)\d\d-\d\d-\d\d)"#)
            .unwrap()
    });
    key.captures_iter(html)
        .filter_map(|c| NaiveDate::parse_from_str(&c[1], "%Y-%m-%d").ok())
        .find(|d| ok(d))
}

/// The text right after an element whose class, id or itemprop names a date.
fn element_date(html: &str, ok: &dyn Fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    static OPEN: OnceLock<Regex> = OnceLock::new();
    let open = OPEN.get_or_init(|| {
        // An attribute naming a date, not the whole tag: a pattern for whole tags tried at every
        // `<` of the page and was the slowest part of the scan.
        Regex::new(r#"(?i)(?-u:\b)(?:class|id|itemprop)\s*=\s*["'][^"'<>]*["']"#).unwrap()
    });
    // Publication markers first, then any date-like element.
    let mut fallback = None;
    // Matches, not captures: the value is what lies between the match's first quotation mark
    // (the name and `=` hold none) and its last byte, the closing mark; capturing it cost a
    // second search of every attribute of the page.
    for m in open.find_iter(html) {
        let matched = m.as_str();
        let Some(quote) = matched.find(['"', '\'']) else {
            continue;
        };
        let names = matched[quote + 1..matched.len() - 1].to_ascii_lowercase();
        let strong = names.contains("datepublished")
            || names.contains("publish")
            || names.contains("posted")
            || names.contains("entry-date")
            || names.contains("pubdate");
        let weak = names.contains("date")
            || names.contains("time")
            || names.contains("byline")
            || names.contains("postmeta")
            || names.contains("post-meta")
            || names.contains("datum")
            || names.contains("meta");
        if !(strong || weak) || is_not_publication(&names) {
            continue;
        }
        // The text after the end of the tag holding the attribute.
        let attr_end = m.end();
        let Some(close) = html[attr_end..].find('>') else {
            break;
        };
        let end = attr_end + close + 1;
        // The tag's own date attributes first (`<span class="date" title="2020-09-20T14:20Z">3
        // hours ago</span>`), then the text after it.
        let start = html[..m.start()].rfind('<').unwrap_or(0);
        let after = &html[end..crate::model::floor_char_boundary(html, end + 300)];
        let Some(d) = attribute_date(&html[start..end])
            .filter(|d| ok(d))
            .or_else(|| parse_first(&strip_tags(after, false)).filter(|d| ok(d)))
        else {
            continue;
        };
        if strong {
            return Some(d);
        }
        fallback.get_or_insert(d);
    }
    fallback
}

/// A date in a tag's `datetime`, `title` or `content` attribute.
fn attribute_date(tag: &str) -> Option<NaiveDate> {
    static ATTR: OnceLock<Regex> = OnceLock::new();
    let attr = ATTR.get_or_init(|| {
        Regex::new(r#"(?i)(?-u:\b)(?:datetime|title|content)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
            .unwrap()
    });
    attr.captures_iter(tag).find_map(|c| {
        let value = c.get(1).or_else(|| c.get(2))?.as_str().trim();
        // An ISO timestamp ("2020-09-20T14:20:02Z") runs the day into the time.
        value
            .get(..10)
            .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
            .or_else(|| parse_first(value))
    })
}

/// The first date in the page's visible text.
fn text_date(html: &str, ok: &dyn Fn(&NaiveDate) -> bool) -> Option<NaiveDate> {
    let body = html
        .find("<body")
        .or_else(|| html.find("<BODY"))
        .map_or(html, |i| &html[i..]);
    // Read in slices, stopping at the first slice that has a date: most pages date themselves
    // near the top.
    let mut from = 0;
    while from < body.len() {
        let to = crate::model::floor_char_boundary(body, from + TEXT_SLICE);
        // Cut at a tag's start so that no tag is split between slices, and before a script or
        // style left open (its code is not text).
        let mut to = if to < body.len() {
            body[..to].rfind('<').filter(|&i| i > from).unwrap_or(to)
        } else {
            to
        };
        let lower = body[from..to].to_ascii_lowercase();
        for (open, close) in [("<script", "</script"), ("<style", "</style")] {
            if let Some(o) = lower.rfind(open) {
                if !lower[o..].contains(close) && o > 0 {
                    to = to.min(from + o);
                }
            }
        }
        let text = strip_tags(&body[from..to], false);
        if let Some(d) = dates(&text).find(|d| ok(d)) {
            return Some(d);
        }
        from = to;
    }
    None
}

/// The first date written in `s`, in any of the forms pages use.
pub fn parse_first(s: &str) -> Option<NaiveDate> {
    dates(s).next()
}

fn month_number(name: &str) -> Option<u32> {
    let r = resources::get();
    let lower = name.trim_end_matches('.').to_lowercase();
    r.months
        .get(&lower)
        .or_else(|| r.months_intl.get(&lower))
        .copied()
}

fn date_patterns() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let r = resources::get();
        let mut names: Vec<&str> = r
            .months
            .keys()
            .chain(r.months_intl.keys())
            .map(String::as_str)
            .collect();
        // Longest first, so that "june" wins over "jun".
        // ASCII word boundaries: with Unicode ones the fast automaton gives up on the first
        // non-ASCII letter of a page and the slow one reads the rest (5 % of an extraction).
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let month = names
            .iter()
            .map(|n| regex::escape(n))
            .collect::<Vec<_>>()
            .join("|");
        Regex::new(&format!(
            r"(?ix)
            (?-u:\b)(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?-u:\b)
            | (?-u:\b)(?P<dd>\d{{1,2}})\.\s?(?P<dm>\d{{1,2}})\.\s?(?P<dy>(?:19|20)\d\d)(?-u:\b)
            | (?-u:\b)(?P<td>\d{{2}})\.(?P<tm>\d{{2}})\.(?P<ty>\d{{2}})(?-u:\b)(?:[^.\d]|$)
            | (?-u:\b)(?P<sa>\d{{1,2}})[/-](?P<sb>\d{{1,2}})[/-](?P<sy>(?:19|20)\d\d)(?-u:\b)
            | (?-u:\b)(?P<nd>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?(?P<nm>{month})\.?,?\s*(?:de\s+)?(?P<ny>(?:19|20)\d\d)(?-u:\b)
            | (?-u:\b)(?P<mm>{month})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d\d)(?-u:\b)
            | (?-u:\b)(?P<jm>{month})\s+(?P<jd>\d{{1,2}})\s+\d{{1,2}}:\d\d(?::\d\d)?\s+[A-Z]{{2,5}}\s+(?P<jy>(?:19|20)\d\d)(?-u:\b)"
        ))
        .unwrap()
    })
}

/// Every date written in `s`, in order, read as far as the caller goes.
fn dates(s: &str) -> impl Iterator<Item = NaiveDate> + '_ {
    let num =
        |c: &regex::Captures<'_>, k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
    date_patterns().captures_iter(s).filter_map(move |c| {
        let ymd = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(y as i32, m, d);
        if let (Some(y), Some(m), Some(d)) = (num(&c, "iy"), num(&c, "im"), num(&c, "id")) {
            return ymd(y, m, d);
        }
        if let (Some(d), Some(m), Some(y)) = (num(&c, "dd"), num(&c, "dm"), num(&c, "dy")) {
            return ymd(y, m, d);
        }
        if let (Some(d), Some(m), Some(y)) = (num(&c, "td"), num(&c, "tm"), num(&c, "ty")) {
            // "02.12.19": this century (older web dates are written with four digits).
            return ymd(2000 + y, m, d);
        }
        if let (Some(a), Some(b), Some(y)) = (num(&c, "sa"), num(&c, "sb"), num(&c, "sy")) {
            // Month first unless it cannot be ("25/12/2020").
            return if a > 12 {
                ymd(y, b, a)
            } else {
                ymd(y, a, b).or_else(|| ymd(y, b, a))
            };
        }
        if let (Some(d), Some(m), Some(y)) = (
            num(&c, "nd"),
            c.name("nm").and_then(|m| month_number(m.as_str())),
            num(&c, "ny"),
        ) {
            return ymd(y, m, d);
        }
        if let (Some(m), Some(d), Some(y)) = (
            c.name("mm").and_then(|m| month_number(m.as_str())),
            num(&c, "md"),
            num(&c, "my"),
        ) {
            return ymd(y, m, d);
        }
        // Java's and Unix `date`'s "Jan 28 15:28:56 CET 2020".
        if let (Some(m), Some(d), Some(y)) = (
            c.name("jm").and_then(|m| month_number(m.as_str())),
            num(&c, "jd"),
            num(&c, "jy"),
        ) {
            return ymd(y, m, d);
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_after_publication_labels() {
        let today = d("2026-01-01");
        let page = "<p>Veröffentlicht am 16.08.2019<br/> Dauer: 1 Stunde</p><time datetime=\"2019-08-24\">";
        assert_eq!(labelled_date(page, today), Some(d("2019-08-16")));
        let page = "<span class=\"l\">Published on</span> <b>May 5, 2021</b>";
        assert_eq!(labelled_date(page, today), Some(d("2021-05-05")));
        // Other labels, a date too far from the label, or one in the future, are not taken.
        assert_eq!(labelled_date("<p>Updated: 03.01.2020</p>", today), None);
        assert_eq!(
            labelled_date(&format!("Posted {} 03.01.2020", "x".repeat(60)), today),
            None
        );
        assert_eq!(labelled_date("Published: 03.01.2030", today), None);
    }

    #[test]
    fn loose_forms_in_several_languages() {
        for (text, want) in [
            ("20.06.2019 11:43", "2019-06-20"),
            ("3. August 2015 · Filed", "2015-08-03"),
            ("10. November 2021", "2021-11-10"),
            ("8 January 2020, 3:51 pm", "2020-01-08"),
            ("Posted May 5th, 2021", "2021-05-05"),
            ("le 12 février 2019", "2019-02-12"),
            ("2009/09/15", "2009-09-15"),
            ("12/25/2020", "2020-12-25"),
            ("25/12/2020", "2020-12-25"),
            ("26. Mai 2008 um 21:07", "2008-05-26"),
            ("02.12.19 In the media", "2019-12-02"),
            ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28"),
            ("Tue, Sep 15 2020 10:01:41 EDT", "2020-09-15"),
        ] {
            assert_eq!(parse_first(text), Some(d(want)), "{text}");
        }
        assert_eq!(parse_first("room 12.5 at 10:30"), None);
    }

    #[test]
    fn markup_before_text_and_no_modification_dates() {
        let today = d("2026-01-01");
        let html = r#"<html><head><meta name="DC:date" content="2009-09-15"><meta name="last-modified" content="2012-01-01"></head><body>x</body></html>"#;
        assert_eq!(
            page_date(html, today),
            Some((d("2009-09-15"), PageDateEvidence::MetaTag))
        );
        let html = r#"<body><p>Copyright 2001</p><div class="info"><div class="date" itemprop="datePublished">20.06.2019 11:43</div></div><p>On 1 May 2018 it rained.</p></body>"#;
        assert_eq!(
            page_date(html, today),
            Some((d("2019-06-20"), PageDateEvidence::DateElement))
        );
        // The element's own date attribute before its text.
        let html = r#"<body><div class="news-time-ago" title="2020-09-20T14:20:02Z">3 hours ago</div><p>1 May 2018</p></body>"#;
        assert_eq!(
            page_date(html, today),
            Some((d("2020-09-20"), PageDateEvidence::DateElement))
        );
        let html = "<body><p class=\"date\">15 августа 2016, 13:43</p></body>";
        assert_eq!(
            page_date(html, today),
            Some((d("2016-08-15"), PageDateEvidence::DateElement))
        );
        let html = "<body><script>var d='2030-01-01';</script><p>Written 4 March 2017.</p></body>";
        assert_eq!(
            page_date(html, today),
            Some((d("2017-03-04"), PageDateEvidence::PageText))
        );
        let html = "<body><p>Due 4 March 2027.</p></body>";
        assert_eq!(page_date(html, today), None, "no date after the fetch");
        // With nothing else, the description's date, then the preview image's address.
        let html = r#"<meta name="description" content="Bears: a record year (News of 14 Gennaio 2020)"><body><p>No date.</p></body>"#;
        assert_eq!(
            page_date(html, today),
            Some((d("2020-01-14"), PageDateEvidence::Summary))
        );
        let html = r#"<meta property="og:image" content="https://example.org/files/2016/05/04/cover.png"><body><p>No date.</p></body>"#;
        assert_eq!(
            page_date(html, today),
            Some((d("2016-05-04"), PageDateEvidence::Summary))
        );
    }
}
