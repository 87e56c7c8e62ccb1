//! The story's dated events: each sentence that carries a resolved date (day or month) is an
//! event candidate; candidates with the same date that share enough words are one event, cited
//! by every sentence that reports it; a month-precise mention ("last month", "at the end of
//! April") joins a day-precise event of that month when they share enough words.

use std::collections::BTreeSet;

use crate::extract::sentences;
use crate::model::{Article, Precision, Span, TimelineEntry};

struct Candidate {
    date: chrono::NaiveDate,
    precision: Precision,
    text: String,
    span: Span,
    words: BTreeSet<String>,
}

use crate::extract::tokens::{content_words as words, overlap};

/// Build the timeline of a story's articles (with their dates already resolved).
pub fn build(articles: &[&Article]) -> Vec<TimelineEntry> {
    let mut candidates = Vec::new();
    for a in articles {
        let sents = sentences::split(&a.text);
        for d in &a.dates {
            let Some(v) = d.resolved else { continue };
            if !matches!(v.precision, Precision::Day | Precision::Month) {
                continue;
            }
            let Some(s) = sents.iter().find(|s| s.start <= d.start && d.end <= s.end) else {
                continue;
            };
            // One candidate per sentence and date.
            if candidates.iter().any(|c: &Candidate| {
                c.span.article == a.id && c.span.start == s.start && c.date == v.date
            }) {
                continue;
            }
            let text = a.text[s.start..s.end].to_string();
            candidates.push(Candidate {
                date: v.date,
                precision: v.precision,
                words: words(&text),
                text,
                span: Span {
                    article: a.id.clone(),
                    start: s.start,
                    end: s.end,
                },
            });
        }
    }
    // Day events first, so that month mentions can join them.
    candidates.sort_by_key(|c| (c.precision != Precision::Day, c.date));
    let mut events: Vec<(Candidate, Vec<Span>, BTreeSet<String>)> = Vec::new();
    for c in candidates {
        let same_period = |e: &Candidate| match c.precision {
            Precision::Day => e.precision == Precision::Day && e.date == c.date,
            _ => e.date.format("%Y-%m").to_string() == c.date.format("%Y-%m").to_string(),
        };
        let threshold = if c.precision == Precision::Day {
            0.3
        } else {
            0.2
        };
        let best = events
            .iter_mut()
            .filter(|(e, _, _)| same_period(e))
            .map(|ev| {
                let o = overlap(&ev.2, &c.words);
                (o, ev)
            })
            .filter(|(o, _)| *o >= threshold)
            .max_by(|x, y| x.0.total_cmp(&y.0));
        match best {
            Some((_, ev)) => {
                if !ev
                    .1
                    .iter()
                    .any(|s| s.article == c.span.article && s.start == c.span.start)
                {
                    ev.1.push(c.span.clone());
                }
                ev.2.extend(c.words.iter().cloned());
            }
            None => {
                let spans = vec![c.span.clone()];
                let w = c.words.clone();
                events.push((c, spans, w));
            }
        }
    }
    let mut out: Vec<TimelineEntry> = events
        .into_iter()
        .map(|(c, sources, _)| TimelineEntry {
            date: c.date,
            precision: c.precision,
            text: c.text,
            sources,
        })
        .collect();
    out.sort_by_key(|e| (e.date, e.precision));
    out
}
