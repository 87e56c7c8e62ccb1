//! A page's publication date as the page declares it: `<meta>` and `<link>` tags in the head,
//! JSON-LD, a date in a linked URL, with the time zone the page or its domain implies.

use super::HtmlMeta;
use crate::resources::ZoneRule;
use chrono::Utc;

/// The dates a page's markup and address give, each read as [`HtmlMeta`] describes.
pub(super) struct PageDates {
    declared: Option<chrono::NaiveDate>,
    time_element: Option<chrono::NaiveDate>,
    loose_declared: Option<chrono::NaiveDate>,
    page_date: Option<(chrono::NaiveDate, crate::clean::page_date::PageDateEvidence)>,
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
    pub(super) fn read(
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
            crate::clean::page_date::labelled_date(html, Utc::now().date_naive())
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
    pub(super) fn into_meta(self) -> HtmlMeta {
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
    pub(super) fn dated(&self) -> bool {
        self.declared.or(self.time_element).is_some()
            || self.extractor_dated
            || self.url_dated
            || self.page_date.is_some()
    }
}

/// How much of a page [`HeadTags`] and the declared-date patterns read.
pub(super) const HEAD_TAGS_READ: usize = 400_000;

/// The page's `<meta>` and `<link>` tags in its first 400 KB, with their offsets, gathered in
/// one pass: the patterns that read only these tags read them here, since each scan of the
/// whole page cost as much as all the tags together.
pub(super) struct HeadTags<'a> {
    /// Each tag with its offset in the page.
    pub(super) tags: Vec<(usize, &'a str)>,
    /// Where the first `<time` (any case) starts, if anywhere in the part read.
    pub(super) first_time_tag: Option<usize>,
    /// The part of the page read, ASCII letters lower-cased, made when first asked for.
    lower: std::cell::OnceCell<String>,
    /// The part of the page read.
    head: &'a str,
}

/// The `<meta>` and `<link>` tags and the first `<time` that [`script_free_pieces`] passes in
/// the part of the page [`HeadTags`] reads: the scan visits every tag anyway, so the page is
/// not walked a second time for them.
#[derive(Default)]
pub(super) struct HeadTagScan<'a> {
    tags: Vec<(usize, &'a str)>,
    first_time_tag: Option<usize>,
    /// A `<meta` or `<link` with no `>` after it was met: no later tag is complete either.
    done: bool,
}

impl<'a> HeadTagScan<'a> {
    /// Note the tag whose `<` is at `at` (before `head_end`): a `<meta` or `<link` (any case,
    /// then a byte that is not an ASCII letter, digit or `_`) through the next `>`, or the first
    /// `<time`. Returns where a noted `<meta` or `<link` tag ends (past its `>`).
    pub(super) fn note(&mut self, html: &'a str, at: usize, head_end: usize) -> Option<usize> {
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
    pub(super) fn from_scan(html: &'a str, scan: HeadTagScan<'a>) -> Self {
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
    pub(super) fn read(html: &'a str) -> Self {
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
    pub(super) fn first_ignoring_case(&self, needle: &[u8]) -> Option<usize> {
        memchr::memmem::find(self.lower(), needle)
    }

    /// The part of the page read, ASCII letters lower-cased (same offsets).
    pub(super) fn lower(&self) -> &[u8] {
        self.lower
            .get_or_init(|| self.head.to_ascii_lowercase())
            .as_bytes()
    }
}

/// The date in the first address the page gives for itself (`<link rel="canonical">`,
/// `<link rel="amphtml">`, `og:url`) in its first 200 KB that carries one.
pub(super) fn linked_url_date(tags: &HeadTags<'_>) -> Option<chrono::NaiveDate> {
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

pub(super) fn page_date_of(
    html: &str,
) -> Option<(chrono::NaiveDate, crate::clean::page_date::PageDateEvidence)> {
    crate::clean::page_date::page_date(html, Utc::now().date_naive())
}

/// Which of the markup's dates [`declared_date`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Declared {
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
pub(super) fn declared_date(
    html: &str,
    kind: Declared,
    zone_hint: Option<ZoneRule>,
) -> Option<chrono::NaiveDate> {
    declared_date_in(html, &HeadTags::read(html), kind, zone_hint)
}

/// The date the markup declares, of the `kind` asked for, read in the page's `tags`.
/// `zone_hint`: the publisher's clock when the page gives no zone, from its domain.
pub(super) fn declared_date_in(
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
pub(super) fn loose_json_ld_date(html: &str) -> Option<chrono::NaiveDate> {
    let at = memchr::memmem::find(html.as_bytes(), b"\"datePublished\"")?;
    let rest = html[at + "\"datePublished\"".len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let value = &rest[..rest.find('"')?];
    let value = &value[..crate::model::floor_char_boundary(value, 64)];
    crate::clean::page_date::parse_first(value).filter(|d| *d <= Utc::now().date_naive())
}

/// The date a `<meta>` pattern reads in the page's tags (see [`first_meta_match`]): a tag is
/// read only when it holds one of the pattern's `keys`.
pub(super) fn meta_tag_date(
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
pub(super) fn first_meta_match<'t>(
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
pub(super) fn read_declared(
    re: &regex::Regex,
    text: &str,
    from: usize,
    offset: &dyn Fn(chrono::NaiveDate) -> Option<i32>,
) -> Option<chrono::NaiveDate> {
    declared_in(&re.captures_at(text, from)?, offset)
}

/// The date of a declared-date pattern's captures (see [`read_declared`]).
pub(super) fn declared_in(
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
pub(super) fn utc_offset_of_domain(url: &str) -> Option<ZoneRule> {
    let host = url
        .split("://")
        .nth(1)?
        .split(['/', ':', '?', '#'])
        .next()?;
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    crate::resources::get().tld_utc_offsets.get(&tld).copied()
}

pub(super) fn is_utc(zone: &str) -> bool {
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
pub(super) fn page_utc_offset(html: &str) -> Option<i32> {
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
