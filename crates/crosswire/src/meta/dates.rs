//! Dates: parsing written dates, finding date expressions in text, and resolving relative ones
//! ("on Thursday", "last month", "May 10") against a reference date.
//!
//! Hand-written because no crate both finds date expressions in running news text with their
//! byte spans and resolves them against a per-article reference date with news conventions
//! (a bare weekday means the most recent one unless the sentence looks ahead). Month and weekday
//! names come from `data/months.tsv` and `data/weekdays.tsv`.

use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate};
use regex::Regex;

use crate::model::{DateValue, Precision};
use crate::resources;

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DateExpr {
    /// A complete date or period ("2025-05-08", "May 8, 2025", "May 2025", "in 2024").
    Absolute(DateValue),
    /// Month and day without a year ("May 10", "10 May").
    MonthDay {
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
    /// A month without a year ("in April", "at the end of April").
    Month {
        /// 1–12.
        month: u32,
    },
    /// A weekday ("on Thursday", "last Friday", "next Monday").
    Weekday {
        /// ISO weekday, Monday = 1.
        weekday: u32,
        /// -1: the most recent one (default), +1: the coming one.
        direction: i8,
        /// True for "last Friday" (never the reference day itself).
        strictly: bool,
    },
    /// A day offset from the reference ("yesterday" = -1, "today" = 0, "3 days ago" = -3).
    DayOffset(i64),
    /// A week offset ("last week" = -1).
    WeekOffset(i64),
    /// A month offset ("last month" = -1, "this month" = 0).
    MonthOffset(i64),
    /// A year offset ("last year" = -1).
    YearOffset(i64),
}

impl DateExpr {
    /// Whether it needs a reference date to mean anything.
    pub fn is_relative(&self) -> bool {
        !matches!(self, DateExpr::Absolute(_))
    }
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte offset in the text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it says.
    pub expr: DateExpr,
}

fn month_number(name: &str) -> Option<u32> {
    resources::get()
        .months
        .get(name.trim_end_matches('.').to_lowercase().as_str())
        .copied()
}

fn weekday_number(name: &str) -> Option<u32> {
    resources::get()
        .weekdays
        .get(name.to_lowercase().as_str())
        .copied()
}

/// Alternation of capitalised names from a resource table (longest first, so "Sept" beats "Sep").
fn capitalised_alternation(names: impl Iterator<Item = String>) -> String {
    let mut names: Vec<String> = names
        .map(|n| {
            let mut c = n.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => n,
            }
        })
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names.join("|")
}

struct Patterns {
    expr: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let r = resources::get();
        // Abbreviations only with a full stop or a day number; "Sun", "Sat", "Mar" and "May"
        // are ordinary words too, so weekdays need their full names.
        let months = capitalised_alternation(r.months.keys().cloned());
        let weekdays = capitalised_alternation(r.weekdays.keys().filter(|k| k.len() > 4).cloned());
        let expr = format!(
            r"(?x)
            (?-u:\b)(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))(?-u:\b)
          | (?-u:\b)(?:(?:in|since|until|by|from|on)\s+)?(?P<md>(?P<mdm>{months})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<mdy>\d{{4}})(?-u:\b))?)
          | (?-u:\b)(?:(?:in|since|until|by|from|on)\s+)?(?P<dm>(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{months})(?-u:\b)\.?(?:,?\s+(?P<dmy>\d{{4}})(?-u:\b))?)
          | (?-u:\b)(?:(?:in|since|until|by|from|of|early|late|mid-?)\s+)?(?P<my>(?P<mym>{months})\s+(?P<myy>\d{{4}}))(?-u:\b)
          | (?-u:\b)(?P<mo>(?:(?:at\s+the\s+)?(?:end|start|beginning|middle)\s+of|in|since|until|early|late|mid-?)\s+(?P<mom>{months}))(?-u:\b)
          | (?-u:\b)(?P<wd>(?:(?P<wdq>last|next|this|coming)\s+|(?:(?:early|late)\s+)?(?:on\s+)?)(?P<wdn>{weekdays}))(?:['’]s)?(?-u:\b)
          | (?-u:\b)(?P<rel>(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|this|next)\s+(?:week|month|year)))(?-u:\b)
          | (?-u:\b)(?P<ago>(?P<agon>\d{{1,3}}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<agou>days?|weeks?|months?|years?)\s+ago)(?-u:\b)
          | (?-u:\b)(?:in|since|until|by|of|during)\s+(?P<yr>(?:19|20)\d{{2}})(?-u:\b)
            "
        );
        Patterns {
            expr: Regex::new(&expr).expect("date pattern compiles"),
        }
    })
}

fn small_number(s: &str) -> Option<i64> {
    Some(match s.to_lowercase().as_str() {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        n => n.parse().ok()?,
    })
}

/// Words before a weekday that make it look ahead ("will meet on Friday").
fn looks_ahead(before: &str) -> bool {
    let window: String = before
        .chars()
        .rev()
        .take(60)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let sentence = window
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    [
        " will ",
        " shall ",
        " is due ",
        " are due ",
        " scheduled ",
        " is expected to ",
        " are expected to ",
        " plans to ",
        " is set to ",
        " are set to ",
    ]
    .iter()
    .any(|cue| sentence.contains(cue) || sentence.starts_with(cue.trim_start()))
}

/// Find the date expressions in `text`, in order.
pub fn find(text: &str) -> Vec<FoundDate> {
    let p = patterns();
    let mut out = Vec::new();
    for c in p.expr.captures_iter(text) {
        let found = |name: &str, expr: DateExpr| {
            let m = c.name(name).unwrap();
            Some(FoundDate {
                start: m.start(),
                end: m.end(),
                expr,
            })
        };
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
        let item = if c.name("iso").is_some() {
            NaiveDate::from_ymd_opt(
                num("iy").unwrap(),
                num("im").unwrap() as u32,
                num("id").unwrap() as u32,
            )
            .and_then(|d| found("iso", DateExpr::Absolute(DateValue::day(d))))
        } else if c.name("md").is_some() || c.name("dm").is_some() {
            let (whole, m, d, y) = if c.name("md").is_some() {
                ("md", "mdm", "mdd", "mdy")
            } else {
                ("dm", "dmm", "dmd", "dmy")
            };
            let month = month_number(&c[m]);
            let day = num(d).map(|d| d as u32).filter(|d| (1..=31).contains(d));
            match (month, day, num(y)) {
                (Some(month), Some(day), Some(year)) => NaiveDate::from_ymd_opt(year, month, day)
                    .and_then(|date| found(whole, DateExpr::Absolute(DateValue::day(date)))),
                (Some(month), Some(day), None) => found(whole, DateExpr::MonthDay { month, day }),
                _ => None,
            }
        } else if c.name("my").is_some() {
            month_number(&c["mym"])
                .and_then(|m| NaiveDate::from_ymd_opt(num("myy")?, m, 1))
                .and_then(|date| {
                    found(
                        "my",
                        DateExpr::Absolute(DateValue {
                            date,
                            precision: Precision::Month,
                        }),
                    )
                })
        } else if c.name("mo").is_some() {
            // "May" alone is also a verb; with a preposition before it, it is the month.
            month_number(&c["mom"]).and_then(|month| found("mo", DateExpr::Month { month }))
        } else if c.name("wd").is_some() {
            let weekday = weekday_number(&c["wdn"]);
            let qualifier = c.name("wdq").map(|m| m.as_str().to_lowercase());
            let start = c.name("wd").unwrap().start();
            weekday.and_then(|weekday| {
                let (direction, strictly) = match qualifier.as_deref() {
                    Some("last") => (-1, true),
                    Some("next") | Some("coming") => (1, true),
                    Some("this") => (if looks_ahead(&text[..start]) { 1 } else { -1 }, false),
                    _ => (if looks_ahead(&text[..start]) { 1 } else { -1 }, false),
                };
                found(
                    "wd",
                    DateExpr::Weekday {
                        weekday,
                        direction,
                        strictly,
                    },
                )
            })
        } else if let Some(m) = c.name("rel") {
            let words: Vec<String> = m
                .as_str()
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            let last = words.last().map(String::as_str).unwrap_or("");
            let first = words[0].as_str();
            let offset = match first {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let expr = match (first, last) {
                ("yesterday", _) => DateExpr::DayOffset(-1),
                ("tomorrow", _) => DateExpr::DayOffset(1),
                ("today" | "tonight", _) => DateExpr::DayOffset(0),
                ("last", "night") => DateExpr::DayOffset(-1),
                ("this", "morning" | "afternoon" | "evening") => DateExpr::DayOffset(0),
                (_, "week") => DateExpr::WeekOffset(offset),
                (_, "month") => DateExpr::MonthOffset(offset),
                (_, "year") => DateExpr::YearOffset(offset),
                _ => continue,
            };
            found("rel", expr)
        } else if c.name("ago").is_some() {
            let n = small_number(&c["agon"]).unwrap_or(1);
            let unit = c["agou"].to_lowercase();
            let expr = if unit.starts_with("day") {
                DateExpr::DayOffset(-n)
            } else if unit.starts_with("week") {
                DateExpr::WeekOffset(-n)
            } else if unit.starts_with("month") {
                DateExpr::MonthOffset(-n)
            } else {
                DateExpr::YearOffset(-n)
            };
            found("ago", expr)
        } else if c.name("yr").is_some() {
            NaiveDate::from_ymd_opt(num("yr").unwrap(), 1, 1).and_then(|date| {
                found(
                    "yr",
                    DateExpr::Absolute(DateValue {
                        date,
                        precision: Precision::Year,
                    }),
                )
            })
        } else {
            None
        };
        out.extend(item);
    }
    out
}

/// Resolve `expr` against `reference` (the article's reference date).
pub fn resolve(expr: DateExpr, reference: Option<NaiveDate>) -> Option<DateValue> {
    let month_value = |date: NaiveDate| DateValue {
        date,
        precision: Precision::Month,
    };
    match expr {
        DateExpr::Absolute(v) => Some(v),
        _ => {
            let r = reference?;
            match expr {
                DateExpr::Absolute(_) => unreachable!(),
                DateExpr::MonthDay { month, day } => {
                    nearest_month_day(r, month, day).map(DateValue::day)
                }
                DateExpr::Month { month } => {
                    // The most recent such month (this one included), or the coming one when it
                    // is at most a month ahead.
                    let this_year = NaiveDate::from_ymd_opt(r.year(), month, 1)?;
                    let ahead = month as i32 - r.month() as i32;
                    let date = if ahead <= 1 {
                        this_year
                    } else {
                        NaiveDate::from_ymd_opt(r.year() - 1, month, 1)?
                    };
                    Some(month_value(date))
                }
                DateExpr::Weekday {
                    weekday,
                    direction,
                    strictly,
                } => {
                    let today = r.weekday().number_from_monday() as i64;
                    let w = weekday as i64;
                    let days = if direction < 0 {
                        let back = (today - w).rem_euclid(7);
                        -(if back == 0 && strictly { 7 } else { back })
                    } else {
                        let fwd = (w - today).rem_euclid(7);
                        if fwd == 0 && strictly {
                            7
                        } else {
                            fwd
                        }
                    };
                    add_days(r, days).map(DateValue::day)
                }
                DateExpr::DayOffset(n) => add_days(r, n).map(DateValue::day),
                DateExpr::WeekOffset(n) => {
                    let monday = add_days(r, -(r.weekday().num_days_from_monday() as i64))?;
                    Some(DateValue {
                        date: add_days(monday, 7 * n)?,
                        precision: Precision::Week,
                    })
                }
                DateExpr::MonthOffset(n) => {
                    let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
                    let date = if n < 0 {
                        first.checked_sub_months(Months::new((-n) as u32))?
                    } else {
                        first.checked_add_months(Months::new(n as u32))?
                    };
                    Some(month_value(date))
                }
                DateExpr::YearOffset(n) => Some(DateValue {
                    date: NaiveDate::from_ymd_opt(r.year() + n as i32, 1, 1)?,
                    precision: Precision::Year,
                }),
            }
        }
    }
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new((-n) as u64))
    }
}

/// The date with this month and day closest to `r` (within half a year either way).
pub fn nearest_month_day(r: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    (r.year() - 1..=r.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - r).num_days().abs())
}

/// Parse a written date or timestamp as found in headers, records and page metadata:
/// ISO 8601 / RFC 3339, RFC 2822, "May 8, 2025", "8 May 2025", "May 2025", `2025/05/08`,
/// `08.05.2025`, Unix seconds.
pub fn parse_date_value(s: &str) -> Option<DateValue> {
    let s = s.trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    // ISO date with anything after it (time, zone): the calendar date as written, so that the
    // local date of the publisher is kept.
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(DateValue::day(d));
        }
        for fmt in ["%Y/%m/%d", "%d.%m.%Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(head, fmt) {
                return Some(DateValue::day(d));
            }
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(DateValue::day(dt.date_naive()));
    }
    if s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = s.parse().ok()?;
        return chrono::DateTime::from_timestamp(secs, 0).map(|d| DateValue::day(d.date_naive()));
    }
    // Written dates: take the first complete expression.
    find(s).into_iter().find_map(|f| match f.expr {
        DateExpr::Absolute(v) => Some(v),
        _ => None,
    })
}

/// A date in a URL path (`/2025/05/08/`, `/2025-05-08-`, `/20250508/`).
pub fn date_from_url(url: &str) -> Option<NaiveDate> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)",
        )
        .unwrap()
    });
    if let Some(c) = re.captures(url) {
        return NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    // Day first ("/29-10-2021"), read only when the order is certain: the first number cannot
    // be a month (or both are the same).
    static DAY_FIRST: OnceLock<Regex> = OnceLock::new();
    let day_first = DAY_FIRST.get_or_init(|| {
        Regex::new(
            r"[/_-](0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?:[/_.-]|$)",
        )
        .unwrap()
    });
    let c = day_first.captures(url)?;
    let (day, month): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    if day <= 12 && day != month {
        return None;
    }
    NaiveDate::from_ymd_opt(c[3].parse().ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn resolve_in(text: &str, reference: &str) -> Vec<(String, Option<String>)> {
        find(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.start..f.end].to_string(),
                    resolve(f.expr, Some(d(reference))).map(|v| v.date.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn weekdays_resolve_to_the_most_recent_one() {
        // 2025-05-08 was a Thursday.
        let r = resolve_in(
            "Talks began on Wednesday and continued late on Thursday; the minister said Saturday it was over.",
            "2025-05-08",
        );
        assert_eq!(r[0], ("on Wednesday".into(), Some("2025-05-07".into())));
        assert_eq!(r[1], ("late on Thursday".into(), Some("2025-05-08".into())));
        assert_eq!(r[2], ("Saturday".into(), Some("2025-05-03".into())));
    }

    #[test]
    fn a_sentence_that_looks_ahead_takes_the_coming_weekday() {
        let r = resolve_in("The ministers will meet on Friday.", "2025-05-08");
        assert_eq!(r[0].1.as_deref(), Some("2025-05-09"));
        let r = resolve_in("They met last Thursday.", "2025-05-08");
        assert_eq!(r[0].1.as_deref(), Some("2025-05-01"));
    }

    #[test]
    fn months_and_month_days() {
        let r = resolve_in(
            "an attack on April 22 and another at the end of April; last month; on 6 May 2025; in December",
            "2025-05-10",
        );
        let got: Vec<_> = r.iter().map(|(t, d)| (t.as_str(), d.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("April 22", Some("2025-04-22")),
                ("at the end of April", Some("2025-04-01")),
                ("last month", Some("2025-04-01")),
                ("6 May 2025", Some("2025-05-06")),
                ("in December", Some("2024-12-01")),
            ]
        );
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(find("Officials may meet again. They may 5 times...")
            .iter()
            .all(|f| !matches!(f.expr, DateExpr::Month { .. })));
        assert!(find("The ban may be lifted.").is_empty());
    }

    #[test]
    fn relative_words() {
        let r = resolve_in(
            "yesterday, three days ago, last week and last year",
            "2025-05-10",
        );
        let got: Vec<_> = r.iter().map(|(_, d)| d.clone().unwrap()).collect();
        assert_eq!(
            got,
            ["2025-05-09", "2025-05-07", "2025-04-28", "2024-01-01"]
        );
    }

    #[test]
    fn year_closest_to_the_reference() {
        assert_eq!(
            nearest_month_day(d("2025-01-03"), 12, 30),
            Some(d("2024-12-30"))
        );
        assert_eq!(
            nearest_month_day(d("2025-05-08"), 5, 10),
            Some(d("2025-05-10"))
        );
    }

    #[test]
    fn written_dates_parse() {
        for (s, want) in [
            ("2025-05-08", "2025-05-08"),
            ("2025-05-08T23:10:00-04:00", "2025-05-08"),
            ("Thu, 08 May 2025 10:00:00 +0000", "2025-05-08"),
            ("May 8, 2025", "2025-05-08"),
            ("8 May 2025", "2025-05-08"),
            ("08.05.2025", "2025-05-08"),
            ("1746698400", "2025-05-08"),
        ] {
            assert_eq!(
                parse_date_value(s).map(|v| v.date.to_string()).as_deref(),
                Some(want),
                "{s}"
            );
        }
        assert_eq!(parse_date_value("unknown"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_from_url("https://x.com/world/2025/05/08/talks"),
            Some(d("2025-05-08"))
        );
        assert_eq!(
            date_from_url("https://x.com/news-20250508-talks.html"),
            Some(d("2025-05-08"))
        );
        assert_eq!(date_from_url("https://x.com/id/123456789"), None);
        // Day first only when the order is certain.
        assert_eq!(
            date_from_url("https://x.org/news/29-10-2021"),
            Some(d("2021-10-29"))
        );
        assert_eq!(date_from_url("https://x.org/news/05-04-2021-talks"), None);
    }
}
