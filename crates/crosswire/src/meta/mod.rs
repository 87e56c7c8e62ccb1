//! **Metadata**: source, title, dateline, language, authors, keywords and dates of one report,
//! each with where it came from.
//!
//! Input: the record's own fields and the [`Cleaned`] report. Output: [`Meta`]. Dates that need
//! the story (a dateline's month and day without a year, a reference date for an undated report)
//! are finished by [`finish_dates`] once stories are known; date expressions in the text are then
//! resolved against each article's reference date by [`resolve_mentions`].
//!
//! ```
//! use crosswire::{clean, ingest::RecordFields, meta};
//! let cleaned = clean::clean_text("Date: 2025-05-08\nWASHINGTON: Talks began on Wednesday.");
//! let m = meta::describe(&RecordFields::default(), &cleaned);
//! assert_eq!(m.dateline.unwrap().place, "WASHINGTON");
//! assert_eq!(m.published.unwrap().to_string(), "2025-05-08");
//! ```

pub mod dateline;
pub mod dates;

use crate::clean::page_date::PageDateEvidence;
use chrono::NaiveDate;

use crate::clean::Cleaned;
use crate::ingest::RecordFields;
use crate::model::{DateMention, Dateline, Provenance};
use dates::DateExpr;

/// Metadata of one report, before story-level completion.
// Serializable so that a store can keep it and finish a report's dates when its story changes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    /// URL.
    pub url: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Where `source` came from.
    pub source_from: Option<Provenance>,
    /// Headline.
    pub title: Option<String>,
    /// Where `title` came from.
    pub title_from: Option<Provenance>,
    /// Dateline with its span in the clean text.
    pub dateline: Option<Dateline>,
    /// Publication date, when complete.
    pub published: Option<NaiveDate>,
    /// Where `published` came from.
    pub published_from: Option<Provenance>,
    /// A publication month and day without a year (from a dateline), waiting for the story.
    pub published_month_day: Option<(u32, u32)>,
    /// A date the text gives for "now" ("Saturday (May 10)"), when there is no publication date.
    pub text_date: Option<DateExpr>,
    /// ISO 639-3 language code.
    pub language: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Keywords and tags.
    pub keywords: Vec<String>,
}

/// Describe one cleaned report.
pub fn describe(fields: &RecordFields, cleaned: &Cleaned) -> Meta {
    let mut m = Meta::default();
    let header = &cleaned.header;
    let html = cleaned.html.as_ref();

    m.url = header
        .url
        .clone()
        .or_else(|| fields.url.clone())
        .or_else(|| html.and_then(|h| h.url.clone()));

    // Source: a named outlet first, then a domain.
    let mut source_candidates: Vec<(Option<String>, Provenance)> = vec![
        (header.source.clone(), Provenance::Header),
        (
            header.location.as_deref().and_then(domain_of),
            Provenance::Header,
        ),
        (fields.source.clone(), Provenance::Record),
        (html.and_then(|h| h.site_name.clone()), Provenance::HtmlMeta),
    ];
    source_candidates.push((m.url.as_deref().and_then(domain_of), Provenance::Url));
    source_candidates.push((
        html.and_then(|h| h.hostname.as_deref().and_then(domain_of)),
        Provenance::HtmlMeta,
    ));
    if let Some((s, from)) = source_candidates
        .into_iter()
        .find_map(|(s, from)| s.filter(|s| !s.trim().is_empty()).map(|s| (s, from)))
    {
        m.source = Some(s.trim().to_string());
        m.source_from = Some(from);
    }

    let title_candidates = [
        (header.title.clone(), Provenance::Header),
        (fields.title.clone(), Provenance::Record),
        (html.and_then(|h| h.title.clone()), Provenance::HtmlMeta),
        (cleaned.title.clone(), Provenance::Text),
    ];
    if let Some((t, from)) = title_candidates
        .into_iter()
        .find_map(|(t, from)| t.filter(|t| !t.trim().is_empty()).map(|t| (t, from)))
    {
        m.title = Some(t);
        m.title_from = Some(from);
    }

    // Dateline: at the start of the first paragraph.
    let found = dateline::find(&cleaned.text);
    if let Some(d) = &found {
        m.dateline = Some(Dateline {
            place: d.place.clone(),
            date: match d.date {
                Some(DateExpr::Absolute(v)) => Some(v.date),
                _ => None,
            },
            text: cleaned.text[..d.len].trim_end().to_string(),
            start: 0,
            end: cleaned.text[..d.len].trim_end().len(),
        });
    }

    // The address's date, or the date in the address the page gives for itself.
    let url_date = m
        .url
        .as_deref()
        .and_then(dates::date_from_url)
        .or_else(|| html.and_then(|h| h.linked_url_date));
    // Publication date, in order of trust.
    let date_candidates = [
        (
            header.date.as_deref().and_then(dates::parse_date_value),
            Provenance::Header,
        ),
        (
            fields
                .published
                .as_deref()
                .and_then(dates::parse_date_value),
            Provenance::Record,
        ),
        (
            html.and_then(|h| h.declared_date)
                .map(crate::model::DateValue::day),
            Provenance::HtmlMeta,
        ),
        (url_date.map(crate::model::DateValue::day), Provenance::Url),
        (
            html.and_then(|h| h.labelled_date)
                .map(crate::model::DateValue::day),
            Provenance::HtmlMeta,
        ),
        (
            html.and_then(|h| h.date)
                .map(|d| crate::model::DateValue::day(d.date_naive())),
            Provenance::HtmlMeta,
        ),
        (
            html.and_then(|h| h.time_element_date)
                .map(crate::model::DateValue::day),
            Provenance::HtmlMeta,
        ),
        (
            html.and_then(|h| h.loose_declared_date)
                .map(crate::model::DateValue::day),
            Provenance::HtmlMeta,
        ),
        (
            html.and_then(|h| h.page_date)
                .filter(|(_, e)| {
                    !matches!(e, PageDateEvidence::PageText | PageDateEvidence::Summary)
                })
                .map(|(d, _)| crate::model::DateValue::day(d)),
            Provenance::HtmlMeta,
        ),
        (
            match found.as_ref().and_then(|d| d.date) {
                Some(DateExpr::Absolute(v)) => Some(v),
                _ => None,
            },
            Provenance::Dateline,
        ),
        (
            html.and_then(|h| h.page_date)
                .filter(|(_, e)| *e == PageDateEvidence::PageText)
                .map(|(d, _)| crate::model::DateValue::day(d)),
            Provenance::Text,
        ),
        (
            html.and_then(|h| h.page_date)
                .filter(|(_, e)| *e == PageDateEvidence::Summary)
                .map(|(d, _)| crate::model::DateValue::day(d)),
            Provenance::HtmlMeta,
        ),
    ];
    if let Some((mut v, mut from)) = date_candidates.into_iter().find_map(|(v, from)| {
        v.filter(|v| v.precision == crate::model::Precision::Day)
            .map(|v| (v, from))
    }) {
        // Markup often gives the time in UTC, a day off the publisher's own date; the URL
        // carries the local one.
        if let Some(u) = url_date {
            if from == Provenance::HtmlMeta && (v.date - u).num_days().abs() == 1 {
                v = crate::model::DateValue::day(u);
                from = Provenance::Url;
            }
        }
        m.published = Some(v.date);
        m.published_from = Some(from);
    } else if let Some(DateExpr::MonthDay { month, day }) = found.as_ref().and_then(|d| d.date) {
        m.published_month_day = Some((month, day));
    }
    if m.published.is_none() {
        m.text_date = text_date(&cleaned.text);
    }

    m.language = detect_language(&cleaned.text);

    m.authors = fields.authors.clone();
    for a in [header.author.clone(), html.and_then(|h| h.author.clone())]
        .into_iter()
        .flatten()
    {
        if !m.authors.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
            m.authors.push(a);
        }
    }
    m.keywords = cleaned.keywords.clone();
    let extra_tags = header
        .tags
        .iter()
        .chain(html.map(|h| h.tags.iter()).into_iter().flatten());
    for t in extra_tags {
        if !m.keywords.iter().any(|k| k.eq_ignore_ascii_case(t)) {
            m.keywords.push(t.clone());
        }
    }
    m
}

/// "Now" as the lede gives it: a weekday next to a date ("early Saturday (May 10)",
/// "on Thursday, May 8"). A bare date in the lede is not enough — it is as often the date of an
/// earlier event.
fn text_date(text: &str) -> Option<DateExpr> {
    let lede_end = text.find("\n\n").unwrap_or(text.len());
    let lede = &text[..lede_end];
    let found = dates::find(lede);
    found.windows(2).find_map(|w| {
        let (a, b) = (&w[0], &w[1]);
        let gap = &lede[a.end..b.start];
        let adjacent = gap
            .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '(')
            .is_empty();
        match (a.expr, b.expr, adjacent) {
            (
                DateExpr::Weekday { .. },
                e @ (DateExpr::MonthDay { .. } | DateExpr::Absolute(_)),
                true,
            ) => Some(e),
            _ => None,
        }
    })
}

/// `example.com` from a URL or a bare host name (`www.example.com`); `None` for anything that
/// is not a host name.
pub fn domain_of(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let host = if s.contains("://") {
        url::Url::parse(s).ok()?.host_str()?.to_string()
    } else {
        s.split('/').next()?.to_string()
    };
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let labels: Vec<&str> = host.split('.').collect();
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()));
    (labels.len() >= 2
        && tld_ok
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')))
    .then(|| host.to_string())
}

/// ISO 639-3 code of the text's language, when whatlang is confident enough.
pub fn detect_language(text: &str) -> Option<String> {
    // whatlang's cost grows with the sample (about 50 us at 300 bytes, 110 us at 600 here); a
    // lede's worth of text tells the language of a news report.
    let end = crate::model::floor_char_boundary(text, 320);
    let info = whatlang::detect(&text[..end])?;
    // Short texts rarely reach whatlang's own reliability bar; a quarter of its confidence scale
    // still separates languages well on a paragraph of news.
    (info.is_reliable() || info.confidence() >= 0.25).then(|| info.lang().code().to_string())
}

/// What [`finish_dates`] needs of a report's metadata: small enough to keep for every report of
/// a batch that is too large to keep whole.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DateFacts {
    /// Publication date, when known.
    pub published: Option<NaiveDate>,
    /// Where it came from.
    pub published_from: Option<Provenance>,
    /// A dateline's month and day without a year.
    pub published_month_day: Option<(u32, u32)>,
    /// The first date the text gives, when nothing better is known.
    pub text_date: Option<DateExpr>,
}

impl Meta {
    /// The facts [`finish_dates`] works from.
    pub fn date_facts(&self) -> DateFacts {
        DateFacts {
            published: self.published,
            published_from: self.published_from,
            published_month_day: self.published_month_day,
            text_date: self.text_date,
        }
    }
}

/// Story-level completion of one article's dates: the year of a month-and-day dateline, and a
/// reference date. `story_date`: the latest complete publication date in the story.
pub fn finish_dates(
    m: &DateFacts,
    story_date: Option<NaiveDate>,
) -> (
    Option<NaiveDate>,
    Option<Provenance>,
    Option<NaiveDate>,
    Option<Provenance>,
) {
    let mut published = m.published;
    let mut published_from = m.published_from;
    if published.is_none() {
        if let (Some((month, day)), Some(sd)) = (m.published_month_day, story_date) {
            published = dates::nearest_month_day(sd, month, day);
            published_from = published.map(|_| Provenance::Dateline);
        }
    }
    if let Some(p) = published {
        return (Some(p), published_from, Some(p), published_from);
    }
    if let Some(expr) = m.text_date {
        let resolved = match expr {
            DateExpr::Absolute(v) => Some(v.date),
            DateExpr::MonthDay { month, day } => {
                story_date.and_then(|sd| dates::nearest_month_day(sd, month, day))
            }
            _ => None,
        };
        if let Some(r) = resolved {
            return (None, None, Some(r), Some(Provenance::Text));
        }
    }
    (
        None,
        None,
        story_date,
        story_date.map(|_| Provenance::Story),
    )
}

/// Find the date expressions of `text` and resolve them against `reference`.
pub fn resolve_mentions(text: &str, reference: Option<NaiveDate>) -> Vec<DateMention> {
    dates::find(text)
        .into_iter()
        .map(|f| DateMention {
            text: text[f.start..f.end].to_string(),
            start: f.start,
            end: f.end,
            relative: f.expr.is_relative(),
            resolved: dates::resolve(f.expr, reference),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean;

    #[test]
    fn page_dates_rank_markup_url_and_text() {
        let fields = |url: &str| RecordFields {
            url: Some(url.to_string()),
            ..Default::default()
        };
        let page = |head: &str, body: &str| {
            format!("<html><head>{head}</head><body><article><h1>Harbour reopens</h1><p>{body}</p><p>The harbour reopened to ferries after repairs that took most of the winter and cost the town more than it had planned.</p></article></body></html>")
        };
        // A UTC timestamp a day off the URL's date: the URL has the publisher's own day.
        let html = page(
            r#"<meta property="article:published_time" content="2023-11-09T03:28:35Z">"#,
            "Ferries run again.",
        );
        let m = describe(
            &fields("https://news.example/2023/11/08/harbour/"),
            &clean::clean_html(&html, None),
        );
        assert_eq!(m.published.unwrap().to_string(), "2023-11-08");
        assert_eq!(m.published_from, Some(Provenance::Url));
        // A sidebar's <time> does not outrank the URL.
        let html = page(
            "",
            r#"Ferries run again. <time datetime="2009-04-11">old post</time>"#,
        );
        let m = describe(
            &fields("https://news.example/2019/10/22/harbour/"),
            &clean::clean_html(&html, None),
        );
        assert_eq!(m.published.unwrap().to_string(), "2019-10-22");
        // Nothing declared: the date the page prints.
        let html = page(
            "",
            r#"<span class="date">3. August 2015</span> Ferries run again."#,
        );
        let m = describe(
            &fields("https://news.example/harbour"),
            &clean::clean_html(&html, None),
        );
        assert_eq!(m.published.unwrap().to_string(), "2015-08-03");
    }

    #[test]
    fn domains() {
        assert_eq!(
            domain_of("www.ChannelNewsAsia.com").as_deref(),
            Some("channelnewsasia.com")
        );
        assert_eq!(
            domain_of("https://www.bbc.co.uk/news/x").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(domain_of("New Delhi"), None);
        assert_eq!(domain_of("unknown"), None);
    }

    #[test]
    fn header_location_gives_source_and_unknown_date_gives_none() {
        let c = clean::clean_text("Date: unknown\nLocation: www.example.org\nWASHINGTON: Talks resumed early Saturday (May 10), officials said.");
        let m = describe(&RecordFields::default(), &c);
        assert_eq!(m.source.as_deref(), Some("example.org"));
        assert_eq!(m.source_from, Some(Provenance::Header));
        assert_eq!(m.published, None);
        assert_eq!(m.text_date, Some(DateExpr::MonthDay { month: 5, day: 10 }));
        let sd = NaiveDate::from_ymd_opt(2025, 5, 8);
        let (p, _, r, rf) = finish_dates(&m.date_facts(), sd);
        assert_eq!(p, None);
        assert_eq!(r, NaiveDate::from_ymd_opt(2025, 5, 10));
        assert_eq!(rf, Some(Provenance::Text));
    }

    #[test]
    fn dateline_month_day_takes_the_story_year() {
        let c = clean::clean_text("New Delhi, May 10 \u{2013} Talks resumed.");
        let m = describe(&RecordFields::default(), &c);
        assert_eq!(m.dateline.as_ref().unwrap().place, "New Delhi");
        assert_eq!(m.published_month_day, Some((5, 10)));
        let (p, pf, ..) = finish_dates(&m.date_facts(), NaiveDate::from_ymd_opt(2025, 5, 8));
        assert_eq!(p, NaiveDate::from_ymd_opt(2025, 5, 10));
        assert_eq!(pf, Some(Provenance::Dateline));
    }

    #[test]
    fn language() {
        assert_eq!(
            detect_language(
                "The government said on Monday that it would raise taxes on fuel next year."
            )
            .as_deref(),
            Some("eng")
        );
        assert_eq!(detect_language("Die Regierung hat am Montag angekündigt, die Steuern auf Kraftstoff im nächsten Jahr zu erhöhen.").as_deref(), Some("deu"));
    }
}
