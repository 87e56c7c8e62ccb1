//! JSONL: one article per line, read as a stream with a per-line size cap.

use std::io::{self, BufRead};

use serde_json::{Map, Value};

use super::{decode, human_bytes, stream_message, Limits, Record};
use crate::model::{InputError, InputFormat};

/// Fields an input record carries about itself (JSONL keys; later, WARC headers).
// Serializable so that a record can cross a process boundary (a Spark task, the Python wheel)
// and be processed exactly as it would be here.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct RecordFields {
    /// The record's own id.
    pub input_id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// URL of the article.
    pub url: Option<String>,
    /// Outlet name or domain.
    pub source: Option<String>,
    /// Publication date or timestamp, as given.
    pub published: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Everything else, kept as it was.
    pub extra: Map<String, Value>,
}

const BODY_KEYS: &[&str] = &["text", "body", "content", "article", "maintext", "html"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url"];
const SOURCE_KEYS: &[&str] = &[
    "source",
    "source_domain",
    "domain",
    "site",
    "publisher",
    "outlet",
];
const DATE_KEYS: &[&str] = &[
    "published",
    "date",
    "published_at",
    "date_publish",
    "pubdate",
    "publish_date",
    "datetime",
    "timestamp",
];
const AUTHOR_KEYS: &[&str] = &["authors", "author", "byline"];
const ID_KEYS: &[&str] = &["id", "_id", "uuid", "doc_id"];

/// Reads one JSONL stream line by line.
pub(crate) struct JsonlReader {
    path: String,
    reader: Box<dyn BufRead + Send>,
    limits: Limits,
    line_no: u64,
    done: bool,
    buf: Vec<u8>,
}

impl JsonlReader {
    pub(crate) fn new(path: String, reader: Box<dyn BufRead + Send>, limits: Limits) -> Self {
        JsonlReader {
            path,
            reader,
            limits,
            line_no: 0,
            done: false,
            buf: Vec::new(),
        }
    }

    fn err(&self, message: String) -> InputError {
        InputError {
            path: self.path.clone(),
            line: Some(self.line_no),
            message,
        }
    }

    /// Read the next line into `self.buf`, keeping at most `cap` bytes. Returns `Ok(None)` at the
    /// end, `Ok(Some(full_len))` otherwise (`full_len > cap` means the line was cut).
    fn read_line(&mut self) -> io::Result<Option<usize>> {
        self.buf.clear();
        let cap = self.limits.max_record_bytes;
        let mut total = 0usize;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok((total > 0).then_some(total));
            }
            let (take, found) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            if total < cap {
                let keep = take.min(cap - total);
                self.buf.extend_from_slice(&chunk[..keep]);
            }
            total += take;
            self.reader.consume(take + found as usize);
            if found {
                return Ok(Some(total));
            }
        }
    }
}

impl Iterator for JsonlReader {
    type Item = Result<Record, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line_no += 1;
            let len = match self.read_line() {
                Ok(Some(len)) => len,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    let gz = matches!(
                        e.kind(),
                        io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidInput
                    ) || e.to_string().contains("deflate");
                    let message =
                        format!("{}; the lines before it were read", stream_message(&e, gz));
                    return Some(Err(self.err(message)));
                }
            };
            if len > self.limits.max_record_bytes {
                return Some(Err(self.err(format!(
                    "line is {}, over the {} limit for one report; skipped",
                    human_bytes(len),
                    human_bytes(self.limits.max_record_bytes)
                ))));
            }
            let line = trim_ascii(&self.buf);
            if line.is_empty() {
                continue;
            }
            return Some(parse_line(line).map_err(|m| self.err(m)).map(
                |(body, is_html, fields)| Record {
                    path: self.path.clone(),
                    line: Some(self.line_no),
                    format: InputFormat::Jsonl,
                    input_bytes: len,
                    body,
                    body_is_html: is_html,
                    fields,
                },
            ));
        }
        None
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

fn value_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parse one line into (body, body is HTML, fields).
fn parse_line(line: &[u8]) -> Result<(String, bool, RecordFields), String> {
    let text = match std::str::from_utf8(line) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        // JSON must be UTF-8, but exports from old systems are not always; read what they meant.
        Err(_) => std::borrow::Cow::Owned(decode::decode(line, None)?.text),
    };
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        let mut m = format!("not JSON: {e}");
        if text.len() > 60 {
            m.push_str(&format!(" (line starts {:?})", truncate(&text, 40)));
        }
        m
    })?;
    let Value::Object(mut obj) = value else {
        return Err("not a JSON object (expected one article per line)".into());
    };
    let mut take = |keys: &[&str]| -> Option<Value> {
        keys.iter().find_map(|k| {
            let v = obj.get(*k)?;
            if v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty()) {
                return None;
            }
            obj.remove(*k)
        })
    };
    let body_value = take(BODY_KEYS).ok_or_else(|| {
        format!(
            "no article text (expected a non-empty string field: {})",
            BODY_KEYS.join(", ")
        )
    })?;
    let Value::String(body) = body_value else {
        return Err("article text field is not a string".into());
    };
    let mut fields = RecordFields {
        input_id: take(ID_KEYS).as_ref().and_then(value_string),
        title: take(TITLE_KEYS).as_ref().and_then(value_string),
        url: take(URL_KEYS).as_ref().and_then(value_string),
        source: take(SOURCE_KEYS).as_ref().and_then(value_string),
        published: take(DATE_KEYS).as_ref().and_then(value_string),
        authors: Vec::new(),
        extra: Map::new(),
    };
    match take(AUTHOR_KEYS) {
        Some(Value::String(s)) => fields.authors.push(s.trim().to_string()),
        Some(Value::Array(items)) => fields.authors.extend(items.iter().filter_map(value_string)),
        _ => {}
    }
    fields.extra = obj;
    let body = normalize_newlines(&body);
    let is_html = looks_like_html(&body);
    Ok((body, is_html, fields))
}

fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

/// A body that opens with a tag and has closing tags is markup.
fn looks_like_html(body: &str) -> bool {
    let t = body.trim_start();
    t.starts_with('<') && (t.contains("</") || t.contains("/>"))
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn read_all(input: &str, limits: Limits) -> Vec<Result<Record, InputError>> {
        JsonlReader::new(
            "in.jsonl".into(),
            Box::new(Cursor::new(input.as_bytes().to_vec())),
            limits,
        )
        .collect()
    }

    #[test]
    fn fields_are_mapped_and_unknown_kept() {
        let rows = read_all(
            concat!(
                r#"{"id": 7, "title": "T", "text": "Body one.", "url": "https://x.org/a", "#,
                r#""source": "X", "published": "2025-05-08", "lang_hint": "en"}"#,
                "\n\n",
                r#"{"id": "b", "content": "<p>Para</p>", "authors": ["A", "B"]}"#,
                "\n"
            ),
            Limits::default(),
        );
        let a = rows[0].as_ref().unwrap();
        assert_eq!(a.line, Some(1));
        assert_eq!(a.body, "Body one.");
        assert_eq!(a.fields.input_id.as_deref(), Some("7"));
        assert_eq!(a.fields.published.as_deref(), Some("2025-05-08"));
        assert_eq!(a.fields.extra["lang_hint"], "en");
        let b = rows[1].as_ref().unwrap();
        assert_eq!(b.line, Some(3));
        assert!(b.body_is_html);
        assert_eq!(b.fields.authors, ["A", "B"]);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let rows = read_all(
            "{\"text\": \"ok\"}\nnot json at all\n[1,2]\n{\"title\": \"no body\"}\n{\"text\": \"ok too\"}",
            Limits::default(),
        );
        assert_eq!(rows.len(), 5);
        let e = rows[1].as_ref().unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.starts_with("not JSON"), "{}", e.message);
        assert!(rows[2]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not a JSON object"));
        assert!(rows[3]
            .as_ref()
            .unwrap_err()
            .message
            .contains("no article text"));
        assert_eq!(rows[4].as_ref().unwrap().body, "ok too");
    }

    #[test]
    fn an_overlong_line_is_skipped_without_keeping_it() {
        let long = format!("{{\"text\": \"{}\"}}", "y".repeat(10_000));
        let input = format!("{long}\n{{\"text\": \"short\"}}\n");
        let rows = read_all(
            &input,
            Limits {
                max_record_bytes: 1000,
            },
        );
        assert!(rows[0].as_ref().unwrap_err().message.contains("over the"));
        assert_eq!(rows[1].as_ref().unwrap().body, "short");
    }
}
