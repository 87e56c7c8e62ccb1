//! **Brief**: an [`Analysis`] rendered for a reader.
//!
//! For now the account is the analysis itself in Markdown: each story with its reports, their
//! outlets, dates and datelines, and what cleaning removed. Later stages (entities, quotes,
//! figures, timeline) extend it; every line shown stays traceable to its article.

use std::fmt::Write;

use crate::model::{Analysis, Article};

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
