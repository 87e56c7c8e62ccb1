//! **Ingest**: files, directories and standard input → a stream of decoded [`Record`]s.
//!
//! Input: paths (files, directories walked recursively in name order, `-` for stdin); any input
//! may be gzip-compressed (told by its magic bytes, not its name). Output: one `Record` per
//! report — a whole plain-text or HTML file, or one line of a JSONL file — or an [`InputError`]
//! naming the file (and line) and what is wrong. An error never stops the stream.
//!
//! ```
//! use crosswire::ingest::{Inputs, Limits};
//! let dir = std::env::temp_dir().join("crosswire-doc-ingest");
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), "WASHINGTON: Officials met on Monday.").unwrap();
//! let records: Vec<_> = Inputs::new(vec![dir.into()], Limits::default()).collect();
//! assert!(records[0].as_ref().unwrap().body.contains("Officials met"));
//! ```

pub mod decode;
mod feed;
mod jsonl;
mod warc;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::model::{InputError, InputFormat};

pub use jsonl::RecordFields;

/// One report as read from its input, decoded to text but not yet cleaned.
#[derive(Debug, Clone)]
pub struct Record {
    /// The file it came from (`-` for stdin).
    pub path: String,
    /// 1-based line for line-oriented inputs.
    pub line: Option<u64>,
    /// The format it is in.
    pub format: InputFormat,
    /// The body: plain text, or HTML source for [`InputFormat::Html`] (and JSONL records whose
    /// body is HTML).
    pub body: String,
    /// True when `body` is HTML markup.
    pub body_is_html: bool,
    /// Fields the record itself carries (JSONL).
    pub fields: RecordFields,
    /// Bytes the record occupied in its input (decoded), for throughput figures.
    pub input_bytes: usize,
}

/// Size limits that keep one hostile input from exhausting memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest single report (a text or HTML file, or one JSONL line), in bytes after gunzip.
    pub max_record_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_record_bytes: 16 << 20,
        }
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sniffed {
    Text,
    Html,
    Jsonl,
    Warc,
    Feed,
}

fn sniff(head: &[u8], path: &str) -> Sniffed {
    // The name's extension, looking through a compression suffix ("page.html.gz" → "html").
    let name = Path::new(path);
    let name = match name.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("gz") => Path::new(name.file_stem().unwrap_or_default()),
        _ => name,
    };
    let ext = name
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let mut head = head;
    if let Some((_, n)) = decode::bom(head) {
        head = &head[n..];
    }
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    let lower: Vec<u8> = head[..head.len().min(1024)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let has = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
    if head.starts_with(b"WARC/") {
        return Sniffed::Warc;
    }
    if head.starts_with(b"<") {
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Sniffed::Feed;
        }
        if has(b"<html")
            || has(b"<!doctype html")
            || has(b"<head")
            || has(b"<body")
            || has(b"<div")
            || has(b"<p")
            || has(b"<article")
            || has(b"<meta")
            || has(b"<title")
        {
            return Sniffed::Html;
        }
    }
    match ext.as_deref() {
        Some("jsonl" | "ndjson" | "json") => return Sniffed::Jsonl,
        Some("html" | "htm" | "xhtml") => return Sniffed::Html,
        _ => {}
    }
    if head.starts_with(b"{") {
        return Sniffed::Jsonl;
    }
    Sniffed::Text
}

/// A stream of records from a list of paths: an iterator of `Result<Record, InputError>`.
///
/// Files are opened one at a time and JSONL files are read line by line, so memory stays
/// bounded by the largest single record, not the input.
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    limits: Limits,
    current: Option<Box<dyn Iterator<Item = Result<Record, InputError>> + Send>>,
    queued: VecDeque<Result<Record, InputError>>,
}

impl Inputs {
    /// Read `paths` (files, directories, or `-` for stdin) with `limits`.
    pub fn new(paths: Vec<PathBuf>, limits: Limits) -> Self {
        Inputs {
            pending: paths.into(),
            limits,
            current: None,
            queued: VecDeque::new(),
        }
    }

    /// Read one in-memory input (an upload, say) named `name`: the name's extension helps tell
    /// the format, as a file's would.
    pub fn from_bytes(name: &str, bytes: Vec<u8>, limits: Limits) -> Self {
        let mut inputs = Inputs::new(Vec::new(), limits);
        inputs.start_stream(name.to_string(), Box::new(io::Cursor::new(bytes)));
        inputs
    }

    fn open(&mut self, path: PathBuf) {
        let name = path.display().to_string();
        let err = |message: String| InputError {
            path: name.clone(),
            line: None,
            message,
        };
        if name == "-" {
            self.start_stream(name.clone(), Box::new(io::stdin()));
            return;
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return self.queued.push_back(Err(err(io_message(&e)))),
        };
        if meta.is_dir() {
            match list_dir(&path) {
                Ok(children) => {
                    for child in children.into_iter().rev() {
                        self.pending.push_front(child);
                    }
                }
                Err(e) => self.queued.push_back(Err(err(io_message(&e)))),
            }
            return;
        }
        if !meta.is_file() {
            // A FIFO or device would block or never end.
            return self.queued.push_back(Err(err(
                "not a regular file (a pipe, socket or device); skipped".into(),
            )));
        }
        match File::open(&path) {
            Ok(f) => self.start_stream(name, Box::new(f)),
            Err(e) => self.queued.push_back(Err(err(io_message(&e)))),
        }
    }

    /// Wrap `raw` in gunzip when it starts with gzip's magic, sniff the format and either read a
    /// whole record or start a line reader.
    fn start_stream(&mut self, name: String, raw: Box<dyn Read + Send>) {
        let err = |message: String| InputError {
            path: name.clone(),
            line: None,
            message,
        };
        let mut raw = BufReader::with_capacity(64 << 10, raw);
        let gzipped = match raw.fill_buf() {
            Ok(buf) => buf.starts_with(&GZIP_MAGIC),
            Err(e) => return self.queued.push_back(Err(err(io_message(&e)))),
        };
        let reader: Box<dyn BufRead + Send> = if gzipped {
            Box::new(BufReader::with_capacity(
                64 << 10,
                flate2::bufread::MultiGzDecoder::new(raw),
            ))
        } else {
            Box::new(raw)
        };
        let mut reader = reader;
        let head = match reader.fill_buf() {
            Ok(buf) => buf.to_vec(),
            Err(e) => return self.queued.push_back(Err(err(stream_message(&e, gzipped)))),
        };
        if head.is_empty() {
            return self
                .queued
                .push_back(Err(err("empty file: no text to read".into())));
        }
        let utf16 = decode::bom(&head)
            .map(|(e, _)| e != encoding_rs::UTF_8)
            .unwrap_or(false)
            || decode::sniff_utf16(&head).is_some();
        let sniffed = if utf16 {
            // UTF-16 cannot be split on b'\n'; read it whole and sniff the decoded text.
            Sniffed::Text
        } else {
            sniff(&head, &name)
        };
        match sniffed {
            Sniffed::Jsonl => {
                self.current = Some(Box::new(jsonl::JsonlReader::new(name, reader, self.limits)));
            }
            Sniffed::Warc => {
                self.current = Some(Box::new(warc::WarcReader::new(name, reader, self.limits)));
            }
            Sniffed::Feed => {
                // A feed is one XML document: read it whole (capped), then one record per item.
                match read_capped(&mut reader, self.limits.max_record_bytes.saturating_mul(4)) {
                    Ok(Some(bytes)) => self.queued.extend(feed::records(&name, &bytes)),
                    Ok(None) => self
                        .queued
                        .push_back(Err(err("feed is over the size limit; skipped".into()))),
                    Err(e) => self.queued.push_back(Err(err(stream_message(&e, gzipped)))),
                }
            }
            Sniffed::Text | Sniffed::Html => {
                let bytes = match read_capped(&mut reader, self.limits.max_record_bytes) {
                    Ok(Some(b)) => b,
                    Ok(None) => {
                        return self.queued.push_back(Err(err(format!(
                            "larger than the {} limit for one report; skipped",
                            human_bytes(self.limits.max_record_bytes)
                        ))))
                    }
                    Err(e) => return self.queued.push_back(Err(err(stream_message(&e, gzipped)))),
                };
                self.queued
                    .push_back(whole_file_record(&name, &bytes, sniffed));
            }
        }
    }
}

/// Decode a whole file into one record.
fn whole_file_record(name: &str, bytes: &[u8], sniffed: Sniffed) -> Result<Record, InputError> {
    let err = |message: String| InputError {
        path: name.to_string(),
        line: None,
        message,
    };
    let declared = if sniffed == Sniffed::Html {
        decode::html_declared_charset(bytes)
    } else {
        None
    };
    let decoded = decode::decode(bytes, declared).map_err(err)?;
    if decoded.text.trim().is_empty() {
        return Err(err("empty file: no text to read".into()));
    }
    // A UTF-16 file is sniffed only now that it is text.
    let is_html = match sniffed {
        Sniffed::Html => true,
        _ => sniff(decoded.text.as_bytes(), name) == Sniffed::Html,
    };
    Ok(Record {
        path: name.to_string(),
        line: None,
        format: if is_html {
            InputFormat::Html
        } else {
            InputFormat::Text
        },
        input_bytes: bytes.len(),
        body: decoded.text,
        body_is_html: is_html,
        fields: RecordFields::default(),
    })
}

impl Iterator for Inputs {
    type Item = Result<Record, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.queued.pop_front() {
                return Some(item);
            }
            if let Some(reader) = &mut self.current {
                match reader.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            self.open(path);
        }
    }
}

/// Read at most `cap` bytes; `None` when the input is longer. Stops reading at `cap + 1`, so a
/// huge input costs no more than the limit.
fn read_capped(reader: &mut dyn BufRead, cap: usize) -> io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    reader.take(cap as u64 + 1).read_to_end(&mut out)?;
    Ok((out.len() <= cap).then_some(out))
}

fn list_dir(path: &Path) -> io::Result<Vec<PathBuf>> {
    let mut children: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            // Hidden files (editor swap files, .DS_Store) are not reports.
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    children.sort();
    Ok(children)
}

pub(crate) fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// An I/O error while reading a possibly gzipped stream, worded for a person.
pub(crate) fn stream_message(e: &io::Error, gzipped: bool) -> String {
    if gzipped {
        match e.kind() {
            io::ErrorKind::UnexpectedEof => {
                "truncated gzip stream (ends before the compressed data does)".into()
            }
            _ => format!("corrupt gzip stream: {e}"),
        }
    } else {
        io_message(e)
    }
}

pub(crate) fn human_bytes(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1 << 10 {
        format!("{:.1} KiB", n as f64 / 1024.0)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn tmpdir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("crosswire-ingest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    fn read(paths: Vec<PathBuf>, limits: Limits) -> (Vec<Record>, Vec<InputError>) {
        let mut ok = Vec::new();
        let mut errs = Vec::new();
        for r in Inputs::new(paths, limits) {
            match r {
                Ok(r) => ok.push(r),
                Err(e) => errs.push(e),
            }
        }
        (ok, errs)
    }

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"<!DOCTYPE html><html>", "x"), Sniffed::Html);
        assert_eq!(sniff(b"  <p>hi</p>", "x.txt"), Sniffed::Html);
        assert_eq!(sniff(b"{\"text\": \"a\"}\n", "x"), Sniffed::Jsonl);
        assert_eq!(sniff(b"WARC/1.0\r\n", "x"), Sniffed::Warc);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><rss>", "x"), Sniffed::Feed);
        assert_eq!(sniff(b"Plain report text.", "x.txt"), Sniffed::Text);
        assert_eq!(sniff(b"<b>bold</b> opening", "x.html"), Sniffed::Html);
        assert_eq!(sniff(b"Text before any tag", "page.html.gz"), Sniffed::Html);
        assert_eq!(sniff(b"Text before any tag", "notes.txt.gz"), Sniffed::Text);
    }

    #[test]
    fn directories_are_walked_in_order_and_gzip_detected_by_magic() {
        let dir = tmpdir("walk");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.txt"), "Second report.").unwrap();
        std::fs::write(dir.join("a.txt"), "First report.").unwrap();
        // Compressed, with a name that does not say so.
        std::fs::write(dir.join("sub/c.dat"), gzip(b"Third report.")).unwrap();
        std::fs::write(dir.join(".hidden"), "not a report").unwrap();
        let (ok, errs) = read(vec![dir.clone()], Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        let bodies: Vec<_> = ok.iter().map(|r| r.body.as_str()).collect();
        assert_eq!(bodies, ["First report.", "Second report.", "Third report."]);
    }

    #[test]
    fn bad_inputs_give_one_clear_error_each_and_the_batch_goes_on() {
        let dir = tmpdir("bad");
        std::fs::write(dir.join("empty.txt"), "").unwrap();
        std::fs::write(dir.join("blank.txt"), "  \n\n ").unwrap();
        std::fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
        let mut truncated = gzip(&b"A long enough report body. ".repeat(200));
        truncated.truncate(truncated.len() / 2);
        std::fs::write(dir.join("truncated.txt.gz"), truncated).unwrap();
        std::fs::write(dir.join("huge.txt"), "x".repeat(5000)).unwrap();
        std::fs::write(dir.join("good.txt"), "A good report.").unwrap();
        let missing = dir.join("missing.txt");
        let limits = Limits {
            max_record_bytes: 4096,
        };
        let (ok, errs) = read(vec![dir.clone(), missing], limits);
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].body, "A good report.");
        let msg = |file: &str| {
            errs.iter()
                .find(|e| e.path.ends_with(file))
                .unwrap_or_else(|| panic!("no error for {file}: {errs:?}"))
                .message
                .clone()
        };
        assert!(msg("empty.txt").contains("empty"));
        assert!(msg("blank.txt").contains("empty"));
        assert!(msg("image.txt").contains("PNG"));
        assert!(msg("truncated.txt.gz").contains("truncated gzip"));
        assert!(msg("huge.txt").contains("limit"));
        assert!(msg("missing.txt").contains("no such file"));
        assert_eq!(errs.len(), 6);
    }

    #[test]
    fn utf16_file_is_read() {
        let dir = tmpdir("utf16");
        let mut bytes = vec![0xff, 0xfe];
        for u in "Report in UTF-16.\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        std::fs::write(dir.join("u.txt"), bytes).unwrap();
        let (ok, errs) = read(vec![dir], Limits::default());
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(ok[0].body, "Report in UTF-16.\n");
    }
}
