//! Plain text → header fields and paragraphs.

use std::sync::OnceLock;

use regex::Regex;

use super::{squash, HeaderFields, Paragraph};
use crate::model::{Removal, RemovalKind};
use crate::resources;

/// "Key: value" header line.
fn header_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\s*([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(.*?)\s*$").unwrap())
}

/// A loose "date 2025-05-08" header run into the first line of the body.
fn inline_date_header() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)^\s*(date|dated|published|posted|updated)\s*:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+",
        )
        .unwrap()
    })
}

/// Split `body` into paragraphs, consuming header lines at the top into `header` (each recorded
/// as a removal).
pub(crate) fn split(
    body: &str,
    header: &mut HeaderFields,
    removed: &mut Vec<Removal>,
) -> Vec<Paragraph> {
    let lines: Vec<&str> = body.split('\n').collect();
    let mut i = 0;
    // Header block: leading "Key: value" lines with known keys.
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        match parse_header_line(line) {
            Some((field, value)) => {
                let usable = store_field(header, field, value);
                removed.push(Removal {
                    text: line.trim().to_string(),
                    kind: RemovalKind::MetadataHeader,
                    reason: if usable {
                        format!("metadata header, parsed into the {field} field")
                    } else {
                        format!("metadata header for the {field} field, with no usable value")
                    },
                    line: Some(i + 1),
                });
                i += 1;
            }
            None => break,
        }
    }
    // A loose date header run into the first body line.
    let mut first_line_override: Option<(usize, String)> = None;
    if i < lines.len() {
        if let Some(m) = inline_date_header().captures(lines[i]) {
            let whole = m.get(0).unwrap();
            let key = m[1].to_lowercase();
            let field = if key == "updated" { "updated" } else { "date" };
            store_field(header, field, &m[2]);
            removed.push(Removal {
                text: whole.as_str().trim().to_string(),
                kind: RemovalKind::MetadataHeader,
                reason: format!(
                    "metadata header at the start of the first line, parsed into the {field} field"
                ),
                line: Some(i + 1),
            });
            first_line_override = Some((i, lines[i][whole.end()..].to_string()));
        }
    }

    // Blocks of consecutive non-empty lines.
    let mut blocks: Vec<Vec<(usize, String)>> = Vec::new();
    let mut current: Vec<(usize, String)> = Vec::new();
    for (idx, raw) in lines.iter().enumerate().skip(i) {
        let line = match &first_line_override {
            Some((at, text)) if *at == idx => text.as_str(),
            _ => raw,
        };
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push((idx + 1, line.to_string()));
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }

    let mut out = Vec::new();
    for block in blocks {
        if is_hard_wrapped(&block) {
            let text = squash(
                &block
                    .iter()
                    .map(|(_, l)| l.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            out.push(Paragraph {
                text,
                line: Some(block[0].0),
                link: false,
            });
        } else {
            for (line, text) in block {
                out.push(Paragraph {
                    text: squash(&text),
                    line: Some(line),
                    link: false,
                });
            }
        }
    }
    out
}

/// A block whose lines were wrapped at a fixed width: most lines long, similar in length, and
/// ending mid-sentence.
fn is_hard_wrapped(block: &[(usize, String)]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let inner = &block[..block.len() - 1];
    let lens: Vec<usize> = inner
        .iter()
        .map(|(_, l)| l.trim_end().chars().count())
        .collect();
    let max = *lens.iter().max().unwrap_or(&0);
    let mid_sentence = inner
        .iter()
        .filter(|(_, l)| !super::ends_like_sentence(l))
        .count();
    (40..=200).contains(&max)
        && lens.iter().all(|&n| n * 10 >= max * 6)
        && mid_sentence * 2 > inner.len()
}

/// `Some((field, value))` when `line` is a header line with a known key.
fn parse_header_line(line: &str) -> Option<(&'static str, &str)> {
    if line.len() > 300 {
        return None;
    }
    let caps = header_line().captures(line)?;
    let key = caps.get(1)?.as_str().trim().to_lowercase();
    let field = resources::get().header_keys.get(&key)?;
    let value = caps.get(2)?.as_str();
    // A title can be long; other fields are short values, not sentences.
    if field != "title" && value.split_whitespace().count() > 12 {
        return None;
    }
    Some((intern(field), value))
}

fn intern(field: &str) -> &'static str {
    const FIELDS: &[&str] = &[
        "date", "updated", "source", "location", "url", "title", "author", "section", "language",
        "tags", "id",
    ];
    FIELDS
        .iter()
        .find(|f| **f == field)
        .copied()
        .unwrap_or("other")
}

const UNKNOWN_VALUES: &[&str] = &["", "unknown", "n/a", "na", "none", "null", "-", "?", "tbd"];

/// Store a header value; returns whether it was usable.
fn store_field(header: &mut HeaderFields, field: &str, value: &str) -> bool {
    let value = value.trim();
    if UNKNOWN_VALUES.contains(&value.to_lowercase().as_str()) {
        return false;
    }
    let v = Some(value.to_string());
    match field {
        "date" => header.date = v,
        "updated" => header.updated = v,
        "source" => header.source = v,
        "location" => header.location = v,
        "url" => header.url = v,
        "title" => header.title = v,
        "author" => header.author = v,
        "section" => header.section = v,
        "language" => header.language = v,
        "tags" => {
            header.tags = value
                .split([',', ';', '|'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        }
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_inline_date() {
        let mut h = HeaderFields::default();
        let mut removed = Vec::new();
        let ps = split(
            "Date: unknown\nLocation: www.example.com\n date 2025-05-08 WASHINGTON: Talks began.\nNext line.",
            &mut h,
            &mut removed,
        );
        assert_eq!(h.date.as_deref(), Some("2025-05-08"));
        assert_eq!(h.location.as_deref(), Some("www.example.com"));
        assert_eq!(removed.len(), 3);
        assert!(removed[0].reason.contains("no usable value"));
        assert_eq!(removed[2].text, "date 2025-05-08");
        assert_eq!(ps[0].text, "WASHINGTON: Talks began.");
        assert_eq!(ps[0].line, Some(3));
        assert_eq!(ps[1].line, Some(4));
    }

    #[test]
    fn a_body_line_with_a_colon_is_not_a_header() {
        let mut h = HeaderFields::default();
        let mut removed = Vec::new();
        let ps = split(
            "Update: the minister said on Monday that the talks would continue next week.\n",
            &mut h,
            &mut removed,
        );
        assert!(removed.is_empty());
        assert_eq!(ps.len(), 1);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let mut h = HeaderFields::default();
        let text = "The council met on Monday to discuss the flooding that\nhas affected the northern districts since the start\nof the month.\n\nA second paragraph.";
        let ps = split(text, &mut h, &mut Vec::new());
        assert_eq!(ps.len(), 2);
        assert!(ps[0].text.starts_with("The council met") && ps[0].text.ends_with("month."));
    }
}
