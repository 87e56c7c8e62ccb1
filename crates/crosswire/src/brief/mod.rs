//! **Brief**: an [`Analysis`] rendered for a reader.
//!
//! For now the account is the analysis itself in Markdown: each story with its reports, their
//! outlets, dates and datelines, and what cleaning removed. Later stages (entities, quotes,
//! figures, timeline) extend it; every line shown stays traceable to its article.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use crate::extract::sentences;
use crate::model::{Analysis, Article, BriefSentence, Coverage, Span, Story};

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
            copy_of: a.duplicate_of.clone(),
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

use crate::extract::tokens::content_words as stems;

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
    let mut df: HashMap<String, usize> = HashMap::new();
    for a in articles {
        for w in stems(&a.text) {
            *df.entry(w).or_default() += 1;
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
    let overlap = crate::extract::tokens::overlap;
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

/// One citation list: `[1][3]` for the articles of `spans`, numbered by their place in the
/// story.
fn cite(spans: &[Span], numbers: &std::collections::HashMap<&str, usize>) -> String {
    let mut seen = Vec::new();
    for s in spans {
        if let Some(n) = numbers.get(s.article.as_str()) {
            if !seen.contains(n) {
                seen.push(*n);
            }
        }
    }
    seen.iter().map(|n| format!("[{n}]")).collect()
}

fn label(a: &Article) -> String {
    a.source
        .clone()
        .or_else(|| a.title.clone())
        .unwrap_or_else(|| a.path.rsplit('/').next().unwrap_or(&a.path).to_string())
}

fn articles_by_id(analysis: &Analysis) -> HashMap<&str, &Article> {
    analysis
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect()
}

/// A story's articles in its order, and the citation number ([1], [2], …) of each.
fn story_sources<'a>(
    story: &Story,
    by_id: &HashMap<&str, &'a Article>,
) -> (Vec<&'a Article>, HashMap<&'a str, usize>) {
    let arts: Vec<&Article> = story
        .articles
        .iter()
        .filter_map(|id| by_id.get(id.as_str()).copied())
        .collect();
    let numbers = arts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i + 1))
        .collect();
    (arts, numbers)
}

/// The account of each story in Markdown: summary with citations, who's who, quotes with the
/// outlets that carried them, figures with agreement, timeline, coverage and sources.
pub fn account_markdown(analysis: &Analysis) -> String {
    let by_id = articles_by_id(analysis);
    let mut out = String::new();
    for story in &analysis.stories {
        let (arts, numbers) = story_sources(story, &by_id);
        let title = story
            .title
            .clone()
            .unwrap_or_else(|| story.terms.join(", "));
        let _ = writeln!(out, "# {}\n", md_escape(&title));
        let dates: Vec<_> = arts.iter().filter_map(|a| a.published).collect();
        let _ = writeln!(
            out,
            "*{} · {}*\n",
            plural(arts.len(), "report", "reports"),
            match (dates.iter().min(), dates.iter().max()) {
                (Some(a), Some(b)) if a != b => format!("published {a} to {b}"),
                (Some(a), _) => format!("published {a}"),
                _ => "publication dates unknown".to_string(),
            }
        );
        if !story.brief.is_empty() {
            let _ = writeln!(out, "## Summary\n");
            for s in &story.brief {
                let _ = writeln!(
                    out,
                    "- {} {}",
                    md_escape(&s.text),
                    cite(&s.sources, &numbers)
                );
            }
            out.push('\n');
        }
        if !story.entities.is_empty() {
            let _ = writeln!(out, "## Who's who\n");
            for e in &story.entities {
                let mut line = format!("- **{}**", md_escape(&e.name));
                if let Some(r) = &e.role {
                    line.push_str(&format!(", {}", md_escape(r)));
                }
                let other: Vec<String> = e
                    .aliases
                    .iter()
                    .filter(|a| **a != e.name)
                    .map(|a| md_escape(a))
                    .collect();
                if !other.is_empty() {
                    line.push_str(&format!(" (also: {})", other.join(", ")));
                }
                if !e.variants.is_empty() {
                    let v: Vec<String> = e
                        .variants
                        .iter()
                        .map(|v| {
                            format!(
                                "\u{201c}{}\u{201d} ({})",
                                md_escape(&v.text),
                                v.kind.replace('_', " ")
                            )
                        })
                        .collect();
                    line.push_str(&format!("; written as {}", v.join(", ")));
                }
                let kind = match e.kind {
                    crate::model::EntityType::Person => "person",
                    crate::model::EntityType::Organization => "organisation",
                    crate::model::EntityType::Place => "place",
                };
                let _ = writeln!(
                    out,
                    "{line} \u{2014} {kind}, {}",
                    plural(e.articles.len(), "report", "reports")
                );
            }
            out.push('\n');
        }
        let direct: Vec<&crate::model::Quote> =
            story.quotes.iter().filter(|q| q.kind == "direct").collect();
        if !direct.is_empty() {
            let _ = writeln!(out, "## Quotes\n");
            for q in direct {
                let spans = q.spans();
                let who = q.speaker.clone().unwrap_or_else(|| "unattributed".into());
                let about = q
                    .about
                    .as_ref()
                    .map(|a| format!(" (about {})", md_escape(a)))
                    .unwrap_or_default();
                let status = if q.corroborated {
                    ""
                } else {
                    " \u{b7} *uncorroborated: one outlet*"
                };
                let _ = writeln!(
                    out,
                    "> \u{201c}{}\u{201d}\n> \u{2014} {}{} {}{}\n",
                    md_escape(&q.text),
                    md_escape(&who),
                    about,
                    cite(&spans, &numbers),
                    status
                );
            }
        }
        if !story.claims.is_empty() {
            let _ = writeln!(out, "## Figures and positions\n");
            for c in &story.claims {
                let status = match c.status {
                    crate::model::ClaimStatus::Disputed | crate::model::ClaimStatus::Changed => {
                        format!("**{}**", c.status.label())
                    }
                    _ => c.status.label().to_string(),
                };
                let values: Vec<String> = c
                    .values
                    .iter()
                    .map(|v| {
                        let date = match (c.status, v.date) {
                            (crate::model::ClaimStatus::Changed, Some(d)) => format!("{d}: "),
                            _ => String::new(),
                        };
                        let total = v
                            .total
                            .map(|t| format!(" (= {t} in all)"))
                            .unwrap_or_default();
                        let n = numbers
                            .get(v.article.as_str())
                            .map(|n| format!(" [{n}]"))
                            .unwrap_or_default();
                        format!("{date}\u{201c}{}\u{201d}{total}{n}", md_escape(&v.text))
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "- {} \u{2014} {status}: {}",
                    md_escape(&c.about),
                    values.join("; ")
                );
            }
            out.push('\n');
        }
        if !story.timeline.is_empty() {
            let _ = writeln!(out, "## Timeline\n");
            for t in &story.timeline {
                let when = match t.precision {
                    crate::model::Precision::Month => t.date.format("%Y-%m").to_string(),
                    _ => t.date.to_string(),
                };
                let _ = writeln!(
                    out,
                    "- **{when}** {} {}",
                    md_escape(&t.text),
                    cite(&t.sources, &numbers)
                );
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "## Coverage\n\n| # | outlet | published | quotes | figures |\n|---|---|---|---|---|"
        );
        for (i, c) in story.coverage.iter().enumerate() {
            let a = arts[i];
            let _ = writeln!(
                out,
                "| [{}] | {}{} | {} | {} | {} |",
                i + 1,
                md_escape(&label(a)),
                if c.first { " (first)" } else { "" },
                c.published.map_or("unknown".to_string(), |d| d.to_string()),
                c.quotes,
                c.figures
            );
        }
        let _ = writeln!(out, "\n## Sources\n");
        for (i, a) in arts.iter().enumerate() {
            let _ = writeln!(
                out,
                "[{}] {} \u{2014} `{}` ({})",
                i + 1,
                md_escape(&label(a)),
                a.id,
                md_escape(&a.path)
            );
        }
        out.push('\n');
    }
    out
}

/// Escape text for HTML.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The account as a self-contained HTML page (no external assets); every citation shows its
/// source sentence on hover and links to the source list. All article text is escaped.
pub fn account_html(analysis: &Analysis) -> String {
    let by_id = articles_by_id(analysis);
    let mut out = String::from("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>crosswire brief</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}sup a{text-decoration:none}blockquote{border-left:3px solid #999;margin:1rem 0;padding-left:1rem}.disputed,.changed{color:#a40}.muted{color:#666}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}</style></head><body>");
    for (si, story) in analysis.stories.iter().enumerate() {
        let (arts, numbers) = story_sources(story, &by_id);
        let cite_html = |spans: &[Span]| -> String {
            let mut seen: Vec<usize> = Vec::new();
            let mut s = String::new();
            for sp in spans {
                let Some(&n) = numbers.get(sp.article.as_str()) else {
                    continue;
                };
                if seen.contains(&n) {
                    continue;
                }
                seen.push(n);
                let sentence = by_id
                    .get(sp.article.as_str())
                    .and_then(|a| a.text.get(sp.start..sp.end))
                    .unwrap_or("");
                s.push_str(&format!(
                    "<sup><a href=\"#s{si}-{n}\" title=\"{}\">[{n}]</a></sup>",
                    html_escape(sentence)
                ));
            }
            s
        };
        let title = story
            .title
            .clone()
            .unwrap_or_else(|| story.terms.join(", "));
        out.push_str(&format!("<article><h1>{}</h1>", html_escape(&title)));
        if !story.brief.is_empty() {
            out.push_str("<h2>Summary</h2><ul>");
            for b in &story.brief {
                out.push_str(&format!(
                    "<li>{} {}</li>",
                    html_escape(&b.text),
                    cite_html(&b.sources)
                ));
            }
            out.push_str("</ul>");
        }
        out.push_str("<h2>Quotes</h2>");
        for q in story.quotes.iter().filter(|q| q.kind == "direct") {
            let spans = q.spans();
            out.push_str(&format!(
                "<blockquote>\u{201c}{}\u{201d}<br><span class=\"muted\">\u{2014} {}</span> {}{}</blockquote>",
                html_escape(&q.text),
                html_escape(q.speaker.as_deref().unwrap_or("unattributed")),
                cite_html(&spans),
                if q.corroborated { "" } else { " <span class=\"muted\">uncorroborated</span>" }
            ));
        }
        out.push_str("<h2>Figures and positions</h2><ul>");
        for c in &story.claims {
            let (class, status) = (c.status.short(), c.status.label());
            let values: Vec<String> = c
                .values
                .iter()
                .map(|v| {
                    let span = [v.span()];
                    format!(
                        "\u{201c}{}\u{201d}{}",
                        html_escape(&v.text),
                        cite_html(&span)
                    )
                })
                .collect();
            out.push_str(&format!(
                "<li class=\"{class}\">{} \u{2014} <b>{status}</b>: {}</li>",
                html_escape(&c.about),
                values.join("; ")
            ));
        }
        out.push_str("</ul><h2>Timeline</h2><ul>");
        for t in &story.timeline {
            out.push_str(&format!(
                "<li><b>{}</b> {} {}</li>",
                t.date,
                html_escape(&t.text),
                cite_html(&t.sources)
            ));
        }
        out.push_str("</ul><h2>Sources</h2><ol>");
        for (i, a) in arts.iter().enumerate() {
            out.push_str(&format!(
                "<li id=\"s{si}-{}\">{} <span class=\"muted\">{} \u{b7} {}</span></li>",
                i + 1,
                html_escape(&label(a)),
                html_escape(&a.path),
                a.published
                    .map_or("date unknown".to_string(), |d| d.to_string())
            ));
        }
        out.push_str("</ol></article>");
    }
    out.push_str("</body></html>\n");
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
