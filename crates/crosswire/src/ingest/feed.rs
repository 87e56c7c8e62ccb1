//! RSS and Atom feeds: each item with text becomes a [`Record`] with its link, dates, title and
//! the feed's title as source. Parsing is `feed-rs`'s (RSS 0.9x/1.0/2.0, Atom, JSON Feed).

use super::{Record, RecordFields};
use crate::model::{InputError, InputFormat};

/// The records of a feed document.
pub(crate) fn records(path: &str, bytes: &[u8]) -> Vec<Result<Record, InputError>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Err(InputError {
                path: path.to_string(),
                line: None,
                message: format!("not a readable RSS/Atom feed: {e}"),
            })]
        }
    };
    let source = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    feed.entries
        .into_iter()
        .filter_map(|entry| {
            let body = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
                .filter(|b| !b.trim().is_empty())?;
            let is_html = body.contains('<') && (body.contains("</") || body.contains("/>"));
            let mut extra = serde_json::Map::new();
            if let Some(u) = entry.updated {
                extra.insert("updated".into(), serde_json::Value::String(u.to_rfc3339()));
            }
            if !entry.categories.is_empty() {
                extra.insert(
                    "categories".into(),
                    entry
                        .categories
                        .iter()
                        .map(|c| serde_json::Value::String(c.term.clone()))
                        .collect(),
                );
            }
            Some(Ok(Record {
                path: path.to_string(),
                line: None,
                format: if is_html {
                    InputFormat::Html
                } else {
                    InputFormat::Text
                },
                input_bytes: body.len(),
                body_is_html: is_html,
                fields: RecordFields {
                    input_id: Some(entry.id.clone()).filter(|i| !i.is_empty()),
                    title: entry.title.as_ref().map(|t| t.content.trim().to_string()),
                    url: entry.links.first().map(|l| l.href.clone()),
                    source: source.clone(),
                    published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
                    authors: entry
                        .authors
                        .iter()
                        .filter_map(|a| a.name.clone())
                        .collect(),
                    extra,
                },
                body,
            }))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_records() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Daily</title>
<item><title>Port strike ends</title><link>https://harbour.test/strike</link><guid>s1</guid>
<pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate><description>Dock workers ended their strike on Tuesday after a pay deal.</description></item>
<item><title>No text</title><link>https://harbour.test/empty</link></item>
</channel></rss>"#;
        let recs: Vec<Record> = records("f.xml", rss)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(recs.len(), 1);
        let r = &recs[0];
        assert_eq!(r.fields.title.as_deref(), Some("Port strike ends"));
        assert_eq!(r.fields.url.as_deref(), Some("https://harbour.test/strike"));
        assert_eq!(r.fields.source.as_deref(), Some("Harbour Daily"));
        assert!(r
            .fields
            .published
            .as_deref()
            .unwrap()
            .starts_with("2024-06-04"));
        assert!(r.body.starts_with("Dock workers"));
    }

    #[test]
    fn atom_and_garbage() {
        let atom = br#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>w</id><updated>2024-06-05T10:00:00Z</updated>
<entry><title>Bridge opens</title><id>e1</id><link href="https://wire.test/bridge"/><updated>2024-06-05T09:00:00Z</updated><content type="html">&lt;p&gt;The new bridge opened on Wednesday.&lt;/p&gt;</content></entry></feed>"#;
        let recs: Vec<Record> = records("a.xml", atom)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert!(recs[0].body_is_html);
        assert_eq!(recs[0].fields.input_id.as_deref(), Some("e1"));
        let bad = records("b.xml", b"<rss><channel><item>");
        assert!(bad[0].as_ref().unwrap_err().message.contains("feed"));
    }
}
