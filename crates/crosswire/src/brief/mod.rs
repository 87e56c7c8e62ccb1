//! **Brief**: an [`Analysis`] rendered for a reader.
//!
//! For now the account is the analysis itself in Markdown: each story with its reports, their
//! outlets, dates and datelines, and what cleaning removed. Later stages (entities, quotes,
//! figures, timeline) extend it; every line shown stays traceable to its article.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use crate::extract::sentences;
use crate::model::{Analysis, Article, BriefSentence, Coverage, Span, Story};
use crate::resources;

/// Sentences in the extractive summary.
const SUMMARY_SENTENCES: usize = 5;

/// Fill a story's `brief` (extractive summary, every sentence with its sources) and `coverage`.
/// `articles`: the story's articles in the story's order.
pub fn complete(story: &mut Story, articles: &[&Article]) {
    story.brief = summary(articles);
    let earliest = articles.iter().filter_map(|a| a.published).min();
    story.coverage = articles
        .iter()
        .enumerate()
        .map(|(i, a)| Coverage {
            article: a.id.clone(),
            source: a.source.clone(),
            published: a.published,
            first: match earliest {
                Some(d) => a.published == Some(d),
                None => i == 0,
            },
            quotes: story
                .quotes
                .iter()
                .filter(|q| q.occurrences.iter().any(|o| o.article == a.id))
                .count(),
            figures: story
                .claims
                .iter()
                .flat_map(|c| &c.values)
                .filter(|v| v.article == a.id)
                .count(),
        })
        .collect();
}

struct Candidate<'a> {
    article: &'a Article,
    start: usize,
    end: usize,
    position: usize,
    stems: BTreeSet<String>,
}

fn stems(text: &str) -> BTreeSet<String> {
    let stop = &resources::get().stopwords;
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .filter(|w| !stop.contains(w))
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

/// The most central sentences of the story, each cited: its own span first, then the spans of
/// sentences in other articles that say nearly the same.
fn summary(articles: &[&Article]) -> Vec<BriefSentence> {
    let mut candidates: Vec<Candidate<'_>> = Vec::new();
    for a in articles {
        for (position, s) in sentences::split(&a.text).into_iter().enumerate() {
            let words = a.text[s.start..s.end].split_whitespace().count();
            if !(8..=60).contains(&words) {
                continue;
            }
            candidates.push(Candidate {
                article: a,
                start: s.start,
                end: s.end,
                position,
                stems: stems(&a.text[s.start..s.end]),
            });
        }
    }
    // How many articles use each word: words the outlets share are what the story is about.
    let mut df: HashMap<&str, usize> = HashMap::new();
    for a in articles {
        let words: BTreeSet<String> = stems(&a.text);
        for w in words {
            if let Some(k) = candidates
                .iter()
                .flat_map(|c| c.stems.iter())
                .find(|s| **s == w)
            {
                *df.entry(k.as_str()).or_default() += 1;
            }
        }
    }
    let score = |c: &Candidate<'_>| -> f64 {
        let shared: f64 = c
            .stems
            .iter()
            .map(|w| (df.get(w.as_str()).copied().unwrap_or(1) - 1) as f64)
            .sum();
        let lede = if c.position < 2 { 1.3 } else { 1.0 };
        lede * shared / (c.stems.len().max(1) as f64).sqrt()
    };
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&x, &y| {
        score(&candidates[y])
            .total_cmp(&score(&candidates[x]))
            .then(x.cmp(&y))
    });
    let overlap = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
        let common = a.intersection(b).count() as f64;
        common / (a.len().min(b.len()).max(1) as f64)
    };
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        if chosen.len() == SUMMARY_SENTENCES {
            break;
        }
        if chosen
            .iter()
            .any(|&c| overlap(&candidates[c].stems, &candidates[i].stems) >= 0.5)
        {
            continue;
        }
        chosen.push(i);
    }
    chosen
        .into_iter()
        .map(|i| {
            let c = &candidates[i];
            let mut sources = vec![Span {
                article: c.article.id.clone(),
                start: c.start,
                end: c.end,
            }];
            for o in &candidates {
                if o.article.id != c.article.id
                    && !sources.iter().any(|s| s.article == o.article.id)
                    && overlap(&o.stems, &c.stems) >= 0.5
                    && o.stems.intersection(&c.stems).count() >= 4
                {
                    sources.push(Span {
                        article: o.article.id.clone(),
                        start: o.start,
                        end: o.end,
                    });
                }
            }
            BriefSentence {
                text: c.article.text[c.start..c.end].to_string(),
                sources,
            }
        })
        .collect()
}

/// Render the analysis as Markdown.
pub fn markdown(analysis: &Analysis) -> String {
    let mut out = String::new();
    let by_id: std::collections::HashMap<&str, &Article> = analysis
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let _ = writeln!(
        out,
        "# crosswire: {} from {}\n",
        plural(analysis.stories.len(), "story", "stories"),
        plural(analysis.articles.len(), "report", "reports")
    );
    for (n, story) in analysis.stories.iter().enumerate() {
        let title = story
            .title
            .clone()
            .unwrap_or_else(|| story.terms.join(", "));
        let _ = writeln!(out, "## {}. {}\n", n + 1, md_escape(&title));
        let _ = writeln!(
            out,
            "Story `{}` · {} report{} · date {} · key terms: {}\n",
            story.id,
            story.articles.len(),
            if story.articles.len() == 1 { "" } else { "s" },
            story.date.map_or("unknown".to_string(), |d| d.to_string()),
            story.terms.join(", ")
        );
        for id in &story.articles {
            let Some(a) = by_id.get(id.as_str()) else {
                continue;
            };
            let _ = writeln!(
                out,
                "### {}\n",
                md_escape(a.title.as_deref().unwrap_or(&a.path))
            );
            let mut facts = vec![format!("`{}`", a.id), format!("file `{}`", a.path)];
            if let Some(s) = &a.source {
                facts.push(format!("source {}", md_escape(s)));
            }
            match (a.published, a.published_from) {
                (Some(d), Some(from)) => {
                    facts.push(format!("published {d} (from {})", provenance(from)))
                }
                _ => facts.push("publication date unknown".into()),
            }
            if let (Some(d), Some(from)) = (a.reference_date, a.reference_date_from) {
                if a.published.is_none() {
                    facts.push(format!(
                        "dates read against {d} (from {})",
                        provenance(from)
                    ));
                }
            }
            if let Some(dl) = &a.dateline {
                facts.push(format!("dateline {}", md_escape(&dl.place)));
            }
            if let Some(l) = &a.language {
                facts.push(format!("language {l}"));
            }
            let _ = writeln!(out, "{}\n", facts.join(" · "));
            for para in a.text.split("\n\n") {
                let _ = writeln!(out, "> {}\n>", md_escape(para));
            }
            out.push('\n');
            if !a.dates.is_empty() {
                let resolved: Vec<String> = a
                    .dates
                    .iter()
                    .filter(|d| d.relative)
                    .filter_map(|d| {
                        d.resolved
                            .map(|r| format!("\u{201c}{}\u{201d} = {}", md_escape(&d.text), r.date))
                    })
                    .collect();
                if !resolved.is_empty() {
                    let _ = writeln!(out, "Dates: {}\n", resolved.join("; "));
                }
            }
            if !a.removed.is_empty() {
                let _ = writeln!(out, "Removed:\n");
                for r in &a.removed {
                    let _ = writeln!(
                        out,
                        "- {} \u{2014} *{}*",
                        md_escape(&r.text),
                        md_escape(&r.reason)
                    );
                }
                out.push('\n');
            }
        }
    }
    if !analysis.errors.is_empty() {
        let _ = writeln!(out, "## Inputs that could not be read\n");
        for e in &analysis.errors {
            let _ = writeln!(out, "- {}", md_escape(&e.to_string()));
        }
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn provenance(p: crate::model::Provenance) -> &'static str {
    use crate::model::Provenance::*;
    match p {
        Header => "header",
        Record => "record",
        Dateline => "dateline",
        Url => "URL",
        HtmlMeta => "page metadata",
        Text => "text",
        Story => "story",
    }
}

/// Escape Markdown's inline markup so that article text shows as text.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_articles_is_escaped() {
        assert_eq!(
            md_escape("<script>*x*</script>"),
            "\\<script\\>\\*x\\*\\</script\\>"
        );
    }
}
