//! The web pages: server-rendered HTML with no script at all (the CSP forbids it), one
//! stylesheet served from the binary. Every string that comes from an article goes through
//! [`esc`]; URLs from articles become links only when they are http(s).
//!
//! Citations are `<details>` elements: opening one shows the source sentence and links to the
//! report with that span highlighted, so a reader can check every sentence without leaving the page.

use std::collections::HashMap;
use std::fmt::Write;

use crosswire::brief::html_escape as esc;
use crosswire::model::{Article, ClaimStatus, EntityType, Span, Story};
use crosswire_store::{Counts, Hit, StoryFilter, StorySummary};

/// The stylesheet.
pub const STYLE: &str = include_str!("style.css");

fn layout(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · crosswire</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>\
         <body><header><a class=\"brand\" href=\"/\">crosswire</a>\
         <form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" \
         placeholder=\"Search reports, quotes, people\" aria-label=\"Search\"><button>Search</button></form>\
         </header><main>{body}</main></body></html>\n",
        esc(title)
    )
}

/// A page with one message (errors, not found).
pub fn message(title: &str, text: &str) -> String {
    layout(
        title,
        &format!("<h1>{}</h1><p>{}</p>", esc(title), esc(text)),
    )
}

/// The story list.
pub fn index(list: &[StorySummary], counts: &Counts, filter: &StoryFilter) -> String {
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>Stories</h1><p class=\"muted\">{} reports in {} stories{}</p>",
        counts.articles,
        counts.stories,
        if counts.stale {
            " · stories are being rebuilt"
        } else {
            ""
        }
    );
    let active: Vec<String> = [
        filter.entity.as_ref().map(|e| format!("naming {e}")),
        filter.source.as_ref().map(|s| format!("from {s}")),
        filter.from.map(|d| format!("from {d}")),
        filter.to.map(|d| format!("until {d}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !active.is_empty() {
        let _ = write!(
            b,
            "<p>Showing stories {} · <a href=\"/\">all stories</a></p>",
            esc(&active.join(", "))
        );
    }
    if list.is_empty() {
        b.push_str("<p>No stories yet. Add reports with <code>crosswire ingest PATH</code>.</p>");
    }
    b.push_str("<ol class=\"stories\">");
    for s in list {
        let title = s.title.clone().unwrap_or_else(|| s.terms.join(", "));
        let _ = write!(
            b,
            "<li><a href=\"/stories/{id}\">{title}</a><div class=\"muted\">{date} · {n} report{plural} · {outlets}{quotes}{disputed}</div></li>",
            id = esc(&s.id),
            title = esc(&title),
            date = s.date.map_or("undated".to_string(), |d| d.to_string()),
            n = s.articles,
            plural = if s.articles == 1 { "" } else { "s" },
            outlets = esc(&s.outlets.join(", ")),
            quotes = if s.quotes > 0 { format!(" · {} quotes", s.quotes) } else { String::new() },
            disputed = if s.disputed > 0 {
                format!(" · <span class=\"disputed\">{} disputed figure{}</span>", s.disputed, if s.disputed == 1 { "" } else { "s" })
            } else {
                String::new()
            },
        );
    }
    b.push_str("</ol>");
    layout("Stories", &b)
}

/// Citation numbers and labels of a story's reports.
struct Sources<'a> {
    by_id: HashMap<&'a str, (usize, &'a Article)>,
}

impl<'a> Sources<'a> {
    fn new(articles: &'a [Article]) -> Self {
        Sources {
            by_id: articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.as_str(), (i + 1, a)))
                .collect(),
        }
    }

    fn outlet(&self, article: &str) -> String {
        self.by_id
            .get(article)
            .map_or_else(|| article.to_string(), |(_, a)| outlet(a))
    }

    /// Openable citations for spans: the numbers of the reports cited, which open onto each
    /// cited passage with a link to it, highlighted, in its report.
    fn cite(&self, spans: &[Span]) -> String {
        let mut numbers: Vec<usize> = Vec::new();
        let mut passages = String::new();
        for sp in spans {
            let Some(&(n, a)) = self.by_id.get(sp.article.as_str()) else {
                continue;
            };
            if numbers.contains(&n) {
                continue;
            }
            numbers.push(n);
            let cited = a.text.get(sp.start..sp.end).unwrap_or("");
            let _ = write!(
                passages,
                "<li><span class=\"n\">{n}</span> \u{201c}{}\u{201d} \
                 <a href=\"/articles/{}?start={}&amp;end={}#cited\">{}</a></li>",
                esc(cited),
                esc(&a.id),
                sp.start,
                sp.end,
                esc(&outlet(a)),
            );
        }
        if numbers.is_empty() {
            return String::new();
        }
        let label: Vec<String> = numbers.iter().map(|n| format!("[{n}]")).collect();
        format!(
            "<details class=\"cite\"><summary title=\"Show the source passages\">{}</summary><ul class=\"sources\">{passages}</ul></details>",
            label.join("")
        )
    }
}

fn outlet(a: &Article) -> String {
    a.source
        .clone()
        .or_else(|| {
            a.url.as_deref().and_then(|u| {
                let rest = u.split_once("://")?.1;
                let host = rest.split(['/', '?', '#']).next()?;
                (!host.is_empty()).then(|| host.trim_start_matches("www.").to_string())
            })
        })
        .unwrap_or_else(|| a.path.rsplit('/').next().unwrap_or(&a.path).to_string())
}

/// A story's page: summary with citations, quotes with their outlets, figures with agreement
/// and dispute, timeline, who's who and coverage by outlet.
pub fn story(story: &Story, articles: &[Article]) -> String {
    let src = Sources::new(articles);
    let title = story
        .title
        .clone()
        .unwrap_or_else(|| story.terms.join(", "));
    let mut b = String::new();
    let mut outlets: Vec<&str> = Vec::new();
    for a in articles {
        if let Some(src) = a.source.as_deref() {
            if !outlets.contains(&src) {
                outlets.push(src);
            }
        }
    }
    let unnamed = articles.iter().filter(|a| a.source.is_none()).count();
    let mut from = esc(&outlets.join(", "));
    if unnamed > 0 {
        if !from.is_empty() {
            from.push_str(" and ");
        }
        from.push_str(&format!(
            "{unnamed} report{} without a named outlet",
            if unnamed == 1 { "" } else { "s" }
        ));
    }
    let _ = write!(
        b,
        "<article><h1>{}</h1><p class=\"muted\">{} · {} report{}: {from}</p>",
        esc(&title),
        story.date.map_or("undated".to_string(), |d| d.to_string()),
        articles.len(),
        if articles.len() == 1 { "" } else { "s" },
    );

    if !story.brief.is_empty() {
        b.push_str("<section id=\"summary\"><h2>Summary</h2><ul class=\"brief\">");
        for s in &story.brief {
            let _ = write!(b, "<li>{} {}</li>", esc(&s.text), src.cite(&s.sources));
        }
        b.push_str("</ul></section>");
    }

    if !story.quotes.is_empty() {
        b.push_str("<section id=\"quotes\"><h2>Quotes</h2>");
        let mut quotes: Vec<_> = story.quotes.iter().collect();
        // Direct quotes first, then the most widely carried.
        quotes.sort_by_key(|q| (q.kind != "direct", std::cmp::Reverse(q.occurrences.len())));
        for q in quotes {
            let spans = q.spans();
            let mut carried: Vec<String> = Vec::new();
            for o in &q.occurrences {
                let name = src.outlet(&o.article);
                if !carried.contains(&name) {
                    carried.push(name);
                }
            }
            let text = if q.kind == "direct" {
                format!("\u{201c}{}\u{201d}", esc(&q.text))
            } else {
                esc(&q.text)
            };
            let _ = write!(
                b,
                "<blockquote class=\"quote {kind}\"><p>{text}</p><footer>\u{2014} {speaker} \
                 <span class=\"muted\">· {kind_label} · carried by {carried}{single}</span> {cites}</footer></blockquote>",
                kind = if q.kind == "direct" { "direct" } else { "reported" },
                speaker = esc(q.speaker.as_deref().unwrap_or("unattributed")),
                kind_label = if q.kind == "direct" { "direct quote" } else { "reported speech" },
                carried = esc(&carried.join(", ")),
                single = if q.corroborated { "" } else { " · single source" },
                cites = src.cite(&spans),
            );
        }
        b.push_str("</section>");
    }

    if !story.claims.is_empty() {
        b.push_str("<section id=\"figures\"><h2>Figures and positions</h2><ul class=\"claims\">");
        let mut claims: Vec<_> = story.claims.iter().collect();
        claims.sort_by_key(|c| match c.status {
            ClaimStatus::Disputed => 0,
            ClaimStatus::Changed => 1,
            ClaimStatus::Agreed => 2,
            ClaimStatus::SingleSource => 3,
        });
        for c in claims {
            let (class, label) = (c.status.short(), c.status.label());
            let values: Vec<String> = c
                .values
                .iter()
                .map(|v| {
                    let span = [v.span()];
                    format!(
                        "<li>\u{201c}{}\u{201d} <span class=\"muted\">{}{}</span> {}</li>",
                        esc(&v.text),
                        esc(&src.outlet(&v.article)),
                        v.date.map_or(String::new(), |d| format!(", {d}")),
                        src.cite(&span)
                    )
                })
                .collect();
            let _ = write!(
                b,
                "<li class=\"claim {class}\"><b>{}</b> <span class=\"status {class}\">{label}</span><ul>{}</ul></li>",
                esc(&c.about),
                values.join("")
            );
        }
        b.push_str("</ul></section>");
    }

    if !story.timeline.is_empty() {
        b.push_str("<section id=\"timeline\"><h2>Timeline</h2><ol class=\"timeline\">");
        for t in &story.timeline {
            let _ = write!(
                b,
                "<li><time datetime=\"{d}\">{d}</time> {} {}</li>",
                esc(&t.text),
                src.cite(&t.sources),
                d = t.date
            );
        }
        b.push_str("</ol></section>");
    }

    if !story.entities.is_empty() {
        b.push_str("<section id=\"people\"><h2>Who\u{2019}s who</h2><ul class=\"entities\">");
        let mut entities: Vec<_> = story.entities.iter().collect();
        entities.sort_by_key(|e| {
            (
                e.kind != EntityType::Person,
                std::cmp::Reverse(e.articles.len()),
            )
        });
        for e in entities.iter().take(40) {
            let kind = match e.kind {
                EntityType::Person => "person",
                EntityType::Organization => "organisation",
                EntityType::Place => "place",
            };
            let aliases: Vec<&String> = e.aliases.iter().filter(|a| **a != e.name).collect();
            let _ = write!(
                b,
                "<li><a href=\"/?entity={}\">{}</a> <span class=\"muted\">{kind}{}{} · in {} report{}</span></li>",
                esc(&url_component(&e.name)),
                esc(&e.name),
                e.role.as_ref().map_or(String::new(), |r| format!(" · {}", esc(r))),
                if aliases.is_empty() {
                    String::new()
                } else {
                    format!(
                        " · also {}",
                        esc(&aliases.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
                    )
                },
                e.articles.len(),
                if e.articles.len() == 1 { "" } else { "s" }
            );
        }
        b.push_str("</ul></section>");
    }

    b.push_str(
        "<section id=\"coverage\"><h2>Coverage by outlet</h2><table><thead><tr><th>#</th><th>Outlet</th>\
         <th>Published</th><th>Headline</th><th>Quotes</th><th>Figures</th><th></th></tr></thead><tbody>",
    );
    for c in &story.coverage {
        let Some(&(n, a)) = src.by_id.get(c.article.as_str()) else {
            continue;
        };
        let note = match (&c.copy_of, c.first) {
            (Some(orig), _) => format!("copy of {}", esc(&src.outlet(orig))),
            (None, true) => "first report".to_string(),
            _ => String::new(),
        };
        let _ = write!(
            b,
            "<tr><td>{n}</td><td><a href=\"/articles/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"muted\">{note}</td></tr>",
            esc(&a.id),
            esc(&outlet(a)),
            c.published.map_or("unknown".to_string(), |d| d.to_string()),
            esc(a.title.as_deref().unwrap_or("")),
            c.quotes,
            c.figures,
        );
    }
    b.push_str("</tbody></table></section></article>");
    layout(&title, &b)
}

/// One report, with a cited span highlighted when given.
pub fn article(a: &Article, story: Option<&str>, span: Option<(usize, usize)>) -> String {
    let title = a.title.clone().unwrap_or_else(|| outlet(a));
    let mut b = String::new();
    let _ = write!(b, "<article><h1>{}</h1><p class=\"muted\">", esc(&title));
    let mut facts: Vec<String> = vec![esc(&outlet(a))];
    if let Some(d) = a.published {
        facts.push(d.to_string());
    }
    if let Some(l) = &a.language {
        facts.push(esc(l));
    }
    if let Some(url) = &a.url {
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            facts.push(format!(
                "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">original</a>",
                esc(url)
            ));
        } else {
            facts.push(esc(url));
        }
    }
    if let Some(s) = story {
        facts.push(format!("<a href=\"/stories/{}\">the story</a>", esc(s)));
    }
    b.push_str(&facts.join(" · "));
    b.push_str("</p>");
    if let Some(orig) = &a.duplicate_of {
        let _ = write!(
            b,
            "<p class=\"note\">A copy of <a href=\"/articles/{0}\">{0}</a>: not a second source.</p>",
            esc(orig)
        );
    }
    b.push_str("<div class=\"text\">");
    let text = &a.text;
    match span {
        Some((start, end))
            if start < end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end) =>
        {
            let _ = write!(
                b,
                "{}<mark id=\"cited\">{}</mark>{}",
                esc(&text[..start]),
                esc(&text[start..end]),
                esc(&text[end..])
            );
        }
        _ => b.push_str(&esc(text)),
    }
    b.push_str("</div>");
    if !a.removed.is_empty() {
        let _ = write!(
            b,
            "<details class=\"removed\"><summary>{} piece{} of page furniture left out</summary><ul>",
            a.removed.len(),
            if a.removed.len() == 1 { "" } else { "s" }
        );
        for r in &a.removed {
            let _ = write!(
                b,
                "<li><span class=\"muted\">{}:</span> {}</li>",
                esc(&r.reason),
                esc(&r.text)
            );
        }
        b.push_str("</ul></details>");
    }
    b.push_str("</article>");
    layout(&title, &b)
}

/// Search results.
pub fn search(query: &str, hits: &[Hit]) -> String {
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>Search</h1><form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"{}\" aria-label=\"Search\"><button>Search</button></form>",
        esc(query)
    );
    if !query.trim().is_empty() {
        let _ = write!(
            b,
            "<p class=\"muted\">{} result{} for \u{201c}{}\u{201d}</p>",
            hits.len(),
            if hits.len() == 1 { "" } else { "s" },
            esc(query)
        );
    }
    b.push_str("<ol class=\"hits\">");
    for h in hits {
        let link = match (h.kind.as_str(), &h.story) {
            ("article", _) => format!("/articles/{}", url_component(&h.id)),
            (_, Some(s)) => format!("/stories/{}", url_component(s)),
            _ => "/".to_string(),
        };
        let label = match h.kind.as_str() {
            "quote" => "quote",
            "entity" => "person, place or organisation",
            _ => "report",
        };
        let _ = write!(
            b,
            "<li><a href=\"{}\">{}</a> <span class=\"muted\">{label}</span><p>{}</p></li>",
            esc(&link),
            esc(if h.title.is_empty() { &h.id } else { &h.title }),
            // Already escaped by the store, with matches in <mark>.
            h.snippet_html
        );
    }
    b.push_str("</ol>");
    layout("Search", &b)
}

/// Percent-encode for a URL path segment or query value.
fn url_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_components_are_encoded() {
        assert_eq!(
            url_component("S. Jones & <co>"),
            "S.%20Jones%20%26%20%3Cco%3E"
        );
    }

    #[test]
    fn hostile_article_text_is_shown_as_text() {
        let a: Article = serde_json::from_value(serde_json::json!({
            "id": "a1", "input_id": null, "path": "x.txt", "format": "text",
            "url": "javascript:alert(1)", "source": "<b>evil</b>", "source_from": null,
            "title": "<script>alert(1)</script>", "title_from": null, "dateline": null,
            "published": null, "published_from": null, "reference_date": null,
            "reference_date_from": null, "language": null,
            "text": "Hello <img src=x onerror=alert(1)> world", "removed": []
        }))
        .unwrap();
        let page = article(&a, None, Some((6, 34)));
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img"));
        assert!(!page.contains("href=\"javascript:"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(page.contains("<mark id=\"cited\">&lt;img src=x onerror=alert(1)&gt;</mark>"));
        // Out-of-range or split-character spans are ignored, not a panic.
        article(&a, None, Some((6, 10_000)));
    }
}
