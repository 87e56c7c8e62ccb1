//! WARC and WET files (Common Crawl, CC-NEWS): `response` records with an HTML payload and WET
//! `conversion` records become [`Record`]s with the record's URL, fetch time and HTTP headers.
//!
//! Hand-written rather than through the `warc` crate: records arrive from the same multi-member
//! gzip stream as every other input (flate2's `MultiGzDecoder`, not a second deflate crate), each
//! record's block is read with the per-record size cap, and a damaged file reports the record at
//! which the damage starts while keeping every record before it. The format itself is a header
//! block and a `Content-Length` — a few lines of code. Common Crawl stores payloads already
//! decoded (`X-Crawler-Content-Encoding` and friends), so nothing is inflated or de-chunked twice.

use std::io::{self, BufRead, Read};

use serde_json::{Map, Value};

use super::{decode, human_bytes, Limits, Record, RecordFields};
use crate::model::{InputError, InputFormat};

/// Reads WARC records from a (decompressed) stream.
pub(crate) struct WarcReader {
    path: String,
    reader: Box<dyn BufRead + Send>,
    limits: Limits,
    records: u64,
    done: bool,
}

impl WarcReader {
    pub(crate) fn new(path: String, reader: Box<dyn BufRead + Send>, limits: Limits) -> Self {
        WarcReader {
            path,
            reader,
            limits,
            records: 0,
            done: false,
        }
    }

    fn err(&self, message: String) -> InputError {
        InputError {
            path: self.path.clone(),
            line: None,
            message: format!("record {}: {message}", self.records),
        }
    }

    fn read_line(&mut self, line: &mut Vec<u8>) -> io::Result<usize> {
        line.clear();
        // Header lines are short; a huge "line" means this is not WARC.
        let n = (&mut self.reader).take(64 << 10).read_until(b'\n', line)?;
        Ok(n)
    }

    /// Read one record's header block; `None` at a clean end of the file.
    fn header(&mut self) -> io::Result<Option<Vec<(String, String)>>> {
        let mut line = Vec::new();
        // Skip the blank lines that end the previous record.
        loop {
            if self.read_line(&mut line)? == 0 {
                return Ok(None);
            }
            if !line.iter().all(|b| b.is_ascii_whitespace()) {
                break;
            }
        }
        if !line.starts_with(b"WARC/") {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "expected a WARC/1.x record header",
            ));
        }
        let mut fields = Vec::new();
        loop {
            if self.read_line(&mut line)? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "file ends inside a record header",
                ));
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end();
            if text.is_empty() {
                break;
            }
            if let Some((k, v)) = text.split_once(':') {
                fields.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        Ok(Some(fields))
    }
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Header name-value pairs, in order.
type Headers = Vec<(String, String)>;

/// Split an HTTP response into (status, headers, body).
fn http_parts(block: &[u8]) -> Option<(u16, Headers, &[u8])> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Some((status, headers, &block[end.1..]))
}

impl Iterator for WarcReader {
    type Item = Result<Record, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let fields = match self.header() {
                Ok(Some(f)) => f,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    self.records += 1;
                    return Some(Err(self.err(damage(&e))));
                }
            };
            self.records += 1;
            let length: usize = match field(&fields, "Content-Length").and_then(|v| v.parse().ok())
            {
                Some(n) => n,
                None => {
                    self.done = true;
                    return Some(Err(
                        self.err("record header has no Content-Length; stopped here".into())
                    ));
                }
            };
            let kind = field(&fields, "WARC-Type")
                .unwrap_or("")
                .to_ascii_lowercase();
            let wanted = matches!(kind.as_str(), "response" | "conversion" | "resource");
            // A block we do not want, or one over the limit, is read past without being kept.
            let keep = wanted && length <= self.limits.max_record_bytes;
            let mut block = Vec::with_capacity(if keep { length } else { 0 });
            let read = if keep {
                (&mut self.reader)
                    .take(length as u64)
                    .read_to_end(&mut block)
                    .map(|n| n as u64)
            } else {
                io::copy(&mut (&mut self.reader).take(length as u64), &mut io::sink())
            };
            match read {
                Ok(n) if n as usize == length => {}
                Ok(_) => {
                    self.done = true;
                    return Some(Err(
                        self.err("truncated: the file ends inside this record".into())
                    ));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.err(damage(&e))));
                }
            }
            if !keep {
                if wanted {
                    return Some(Err(self.err(format!(
                        "{} block is over the {} limit for one report; skipped",
                        human_bytes(length),
                        human_bytes(self.limits.max_record_bytes)
                    ))));
                }
                continue;
            }
            if let Some(record) = self.to_record(&fields, &kind, &block) {
                return Some(record);
            }
        }
        None
    }
}

fn damage(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => format!("truncated ({e}); the records before it were read"),
        io::ErrorKind::InvalidData => {
            format!("not a valid WARC record ({e}); the records before it were read")
        }
        _ => format!("corrupt ({e}); the records before it were read"),
    }
}

impl WarcReader {
    fn to_record(
        &self,
        fields: &[(String, String)],
        kind: &str,
        block: &[u8],
    ) -> Option<Result<Record, InputError>> {
        let url = field(fields, "WARC-Target-URI").map(str::to_string);
        let mut extra = Map::new();
        for (k, v) in fields {
            if matches!(
                k.as_str(),
                "WARC-Record-ID"
                    | "WARC-Date"
                    | "WARC-Type"
                    | "WARC-Refers-To"
                    | "WARC-Identified-Payload-Type"
            ) {
                extra.insert(
                    k.to_ascii_lowercase().replace('-', "_"),
                    Value::String(v.clone()),
                );
            }
        }
        let (body, is_html) = if kind == "response" {
            let (status, headers, payload) = http_parts(block)?;
            if !(200..300).contains(&status) {
                return None;
            }
            let content_type = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("Content-Type"))
                .map(|(_, v)| v.to_ascii_lowercase())
                .unwrap_or_default();
            if !content_type.is_empty()
                && !content_type.contains("html")
                && !content_type.contains("text")
            {
                return None;
            }
            let header_map: Map<String, Value> = headers
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect();
            extra.insert("http_headers".into(), Value::Object(header_map));
            extra.insert("http_status".into(), Value::from(status));
            // Charset: the HTTP header, then the page's own declaration, then sniffing.
            let declared = content_type
                .split("charset=")
                .nth(1)
                .and_then(|c| {
                    encoding_rs::Encoding::for_label(c.trim().trim_matches('"').as_bytes())
                })
                .or_else(|| decode::html_declared_charset(payload));
            match decode::decode(payload, declared) {
                Ok(d) => (d.text, true),
                Err(m) => return Some(Err(self.err(m))),
            }
        } else {
            match decode::decode(block, None) {
                Ok(d) => (d.text, false),
                Err(m) => return Some(Err(self.err(m))),
            }
        };
        if body.trim().is_empty() {
            return None;
        }
        let published = None;
        Some(Ok(Record {
            path: self.path.clone(),
            line: None,
            format: if is_html {
                InputFormat::Html
            } else {
                InputFormat::Text
            },
            input_bytes: block.len(),
            body,
            body_is_html: is_html,
            fields: RecordFields {
                input_id: field(fields, "WARC-Record-ID")
                    .map(|v| v.trim_matches(['<', '>']).to_string()),
                title: None,
                url,
                source: None,
                published,
                authors: Vec::new(),
                extra,
            },
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    pub(crate) fn warc_record(kind: &str, uri: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            uri.len(),
            block.len()
        )
    }

    fn read(bytes: Vec<u8>) -> Vec<Result<Record, InputError>> {
        WarcReader::new(
            "t.warc".into(),
            Box::new(Cursor::new(bytes)),
            Limits::default(),
        )
        .collect()
    }

    #[test]
    fn responses_and_conversions_become_records() {
        let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\nX-Crawler-Content-Encoding: gzip\r\n\r\n<html><body><p>Caf\u{e9}</p></body></html>";
        // The payload is ISO-8859-1 as the header says.
        let (enc, _, _) = encoding_rs::WINDOWS_1252.encode(html);
        let mut file = warc_record("warcinfo", "", "software: test").into_bytes();
        let mut resp = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.test/a\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Length: {}\r\n\r\n",
            enc.len()
        )
        .into_bytes();
        resp.extend_from_slice(&enc);
        resp.extend_from_slice(b"\r\n\r\n");
        file.extend(resp);
        file.extend(
            warc_record("request", "https://news.test/a", "GET / HTTP/1.1\r\n\r\n").into_bytes(),
        );
        file.extend(
            warc_record(
                "conversion",
                "https://news.test/b",
                "Plain text of the page.",
            )
            .into_bytes(),
        );
        let recs: Vec<Record> = read(file).into_iter().map(Result::unwrap).collect();
        assert_eq!(recs.len(), 2);
        assert!(recs[0].body_is_html && recs[0].body.contains("Café"));
        assert_eq!(recs[0].fields.url.as_deref(), Some("https://news.test/a"));
        assert_eq!(recs[0].fields.extra["warc_date"], "2024-05-01T10:00:00Z");
        assert_eq!(
            recs[0].fields.extra["http_headers"]["X-Crawler-Content-Encoding"],
            "gzip"
        );
        assert_eq!(recs[1].body, "Plain text of the page.");
    }

    #[test]
    fn truncation_keeps_what_came_before() {
        let mut file =
            warc_record("conversion", "https://news.test/1", "First record text.").into_bytes();
        let second = warc_record(
            "conversion",
            "https://news.test/2",
            "Second record text, cut off.",
        );
        file.extend_from_slice(&second.as_bytes()[..second.len() - 15]);
        let out = read(file);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].as_ref().unwrap().body, "First record text.");
        let e = out[1].as_ref().unwrap_err();
        assert!(
            e.message.starts_with("record 2: truncated"),
            "{}",
            e.message
        );
        // Not WARC at all.
        let out = read(b"WARC/1.0\r\nno length here\r\n\r\nbody".to_vec());
        assert!(out[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("Content-Length"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"x").unwrap();
    }
}
