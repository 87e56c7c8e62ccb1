//! The pipeline for batches too large to hold: `analyze` streamed to a writer.
//!
//! [`super::analyze_paths`] keeps every article in memory until the end, which is what the
//! store, the tests and small batches want. A million reports do not fit that way (their texts
//! alone can take gigabytes), so this path keeps in memory only what grouping needs, a few
//! hundred bytes per report:
//!
//! | kept per report | why |
//! |---|---|
//! | id, offset and length in the spill file | to find the article again |
//! | [`DateFacts`] | story-level date completion |
//! | LSH band keys (16 × 8 bytes) | near-duplicate candidates |
//! | TF-IDF vector (≤ 60 terms × 8 bytes) | grouping |
//!
//! Articles go to an anonymous temporary file as JSON as soon as they are processed, their
//! keyed terms to a second one (document frequencies must be known before any vector is made).
//! After grouping, the articles are read back in input order, completed and written out; then
//! stories are built a batch at a time from their members read back by offset. The output is
//! the same JSON document [`super::analyze_paths`] gives, byte for byte (a test compares them).

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;

use super::{
    build_story, complete_dates, find_copies, next_chunk, process_guarded, unique_id, Timings,
    CHUNK,
};
use crate::cluster::{self, minhash, TermStats};
use crate::ingest::{Inputs, Record};
use crate::meta::DateFacts;
use crate::model::{Article, InputError, FORMAT_VERSION};

/// Member articles read back for one parallel batch of stories.
const STORY_BATCH_ARTICLES: usize = 16_384;

/// What is kept in memory of one report.
struct Kept {
    id: String,
    offset: u64,
    len: u32,
    facts: DateFacts,
    keys: [u64; minhash::BANDS],
    /// Whether it can be part of a story ([`super::is_story_material`]).
    story_material: bool,
}

/// Run the whole pipeline over `paths` and write the `analyze` JSON document (compact) to
/// `out`, holding a few hundred bytes per report in memory. Input errors are passed to
/// `on_error` as they happen and written at the end of the document; the count is returned.
pub fn analyze_to_writer(
    paths: Vec<PathBuf>,
    options: &super::Options,
    mut on_error: impl FnMut(&InputError),
    out: impl Write,
) -> io::Result<(Timings, usize)> {
    let mut timings = Timings::default();
    let mut errors: Vec<InputError> = Vec::new();
    let mut spill = Spill::new()?;
    let mut terms_file = BufWriter::new(tempfile::tempfile()?);
    let mut stats = TermStats::default();
    let mut kept: Vec<Kept> = Vec::new();
    let mut seen_ids = std::collections::HashMap::new();
    let mut inputs = Inputs::new(paths, options.limits);
    loop {
        let chunk = next_chunk(&mut inputs, &mut timings, &mut on_error, &mut errors);
        if chunk.is_empty() {
            break;
        }
        let t = Instant::now();
        let results: Vec<Result<Prepared, InputError>> = chunk
            .par_iter()
            .map(|r| process_guarded(r).and_then(|p| Prepared::new(p, r)))
            .collect();
        drop(chunk);
        timings.per_document += t.elapsed();
        for r in results {
            match r {
                Ok(mut p) => {
                    // The same body read twice in one batch gets `-2`, `-3` … (as in memory).
                    if unique_id(&mut seen_ids, &mut p.article.id) {
                        p.json = serde_json::to_vec(&p.article)?;
                    }
                    let offset = spill.append(&p.json)?;
                    write_terms(&mut terms_file, &p.terms)?;
                    stats.add(p.terms.iter().map(|t| t.0));
                    kept.push(Kept {
                        story_material: super::is_story_material(&p.article),
                        id: p.article.id,
                        offset,
                        len: p.json.len() as u32,
                        facts: p.facts,
                        keys: p.keys,
                    });
                }
                Err(e) => {
                    on_error(&e);
                    errors.push(e);
                }
            }
        }
    }
    drop(seen_ids);
    let t = Instant::now();
    spill.finish()?;

    timings.articles = kept.len();
    // Vectors, now that document frequencies are known.
    let stage = Instant::now();
    let mut terms_file = terms_file.into_inner().map_err(|e| e.into_error())?;
    terms_file.seek(SeekFrom::Start(0))?;
    let mut reader = BufReader::new(terms_file);
    let k = options.cluster.terms_per_doc;
    let mut vecs: Vec<Vec<(u32, f32)>> = Vec::with_capacity(kept.len());
    for _ in 0..kept.len() {
        let terms = read_terms(&mut reader)?;
        vecs.push(stats.vector(&terms, k));
    }
    drop(reader);
    timings.vectors = stage.elapsed();

    // Copies: candidates from the band keys, confirmed on the texts read back.
    let stage = Instant::now();
    let keys: Vec<[u64; minhash::BANDS]> = kept.iter().map(|k| k.keys).collect();
    let mut read_error: Option<io::Error> = None;
    let pairs = minhash::near_duplicates_from_keys(
        &keys,
        |i| match spill.article(kept[i].offset, kept[i].len) {
            Ok(a) => a.text,
            Err(e) => {
                read_error.get_or_insert(e);
                String::new()
            }
        },
        super::MAX_BUCKET,
    );
    if let Some(e) = read_error {
        return Err(e);
    }
    drop(keys);
    let published: Vec<_> = kept.iter().map(|k| k.facts.published).collect();
    let copies = find_copies(&pairs, &published);
    let links: Vec<(usize, usize)> = pairs.iter().map(|&(a, b, _)| (a, b)).collect();
    timings.copies = stage.elapsed();
    let stage = Instant::now();
    let groups = cluster::group_vectors(
        vecs,
        stats.document_frequencies(),
        &published,
        &options.cluster,
        &links,
    );
    drop(stats);
    let (groups, story_count) = super::set_aside_non_articles(groups, |i| kept[i].story_material);
    timings.grouping = stage.elapsed();
    let facts: Vec<DateFacts> = kept.iter().map(|k| k.facts).collect();
    let (completed, story_dates) = complete_dates(&groups, &facts);
    drop(facts);
    let finish = |i: usize, a: &mut Article| {
        completed[i].apply(a);
        if let Some(c) = copies[i] {
            a.duplicate_of = Some(kept[c.original].id.clone());
            a.duplicate_similarity = c.similarity;
        }
    };

    // The document: articles in input order, then stories, then errors.
    let stage = Instant::now();
    let mut out = BufWriter::with_capacity(1 << 20, out);
    write!(out, "{{\"format_version\":{FORMAT_VERSION},\"articles\":[")?;
    for (c, range) in (0..kept.len())
        .collect::<Vec<_>>()
        .chunks(CHUNK)
        .enumerate()
    {
        let pieces: Vec<io::Result<Vec<u8>>> = range
            .par_iter()
            .map(|&i| {
                let mut a = spill.article(kept[i].offset, kept[i].len)?;
                finish(i, &mut a);
                Ok(serde_json::to_vec(&a)?)
            })
            .collect();
        for (x, piece) in pieces.into_iter().enumerate() {
            if c + x > 0 {
                out.write_all(b",")?;
            }
            out.write_all(&piece?)?;
        }
    }
    out.write_all(b"],\"stories\":[")?;
    timings.write_articles = stage.elapsed();
    let stage = Instant::now();
    let mut start = 0;
    while start < story_count {
        let mut end = start;
        let mut members = 0;
        while end < story_count && (end == start || members < STORY_BATCH_ARTICLES) {
            members += groups[end].len();
            end += 1;
        }
        let pieces: Vec<io::Result<Vec<u8>>> = groups[start..end]
            .par_iter()
            .zip(story_dates[start..end].par_iter())
            .map(|(members, &story_date)| {
                let articles = members
                    .iter()
                    .map(|&i| {
                        let mut a = spill.article(kept[i].offset, kept[i].len)?;
                        finish(i, &mut a);
                        Ok(a)
                    })
                    .collect::<io::Result<Vec<Article>>>()?;
                let refs: Vec<&Article> = articles.iter().collect();
                Ok(serde_json::to_vec(&build_story(&refs, story_date))?)
            })
            .collect();
        for (x, piece) in pieces.into_iter().enumerate() {
            if start + x > 0 {
                out.write_all(b",")?;
            }
            out.write_all(&piece?)?;
        }
        start = end;
    }
    out.write_all(b"],\"errors\":")?;
    serde_json::to_writer(&mut out, &errors)?;
    out.write_all(b"}")?;
    out.flush()?;
    timings.write_stories = stage.elapsed();
    timings.stories = t.elapsed();
    Ok((timings, errors.len()))
}

/// One processed report, ready to be spilled.
struct Prepared {
    article: Article,
    json: Vec<u8>,
    terms: Vec<(u64, f32)>,
    facts: DateFacts,
    keys: [u64; minhash::BANDS],
}

impl Prepared {
    fn new(p: super::Processed, record: &Record) -> Result<Self, InputError> {
        let json = serde_json::to_vec(&p.article).map_err(|e| InputError {
            path: record.path.clone(),
            line: record.line,
            message: format!("could not serialize the article: {e}"),
        })?;
        let signature = p
            .signature
            .map_or([u64::MAX; minhash::PERMUTATIONS], |s| *s);
        Ok(Prepared {
            terms: p.doc.keyed_terms(),
            facts: p.meta.date_facts(),
            keys: minhash::band_keys(&signature),
            json,
            article: p.article,
        })
    }
}

fn write_terms(out: &mut impl Write, terms: &[(u64, f32)]) -> io::Result<()> {
    out.write_all(&(terms.len() as u32).to_le_bytes())?;
    for &(k, w) in terms {
        out.write_all(&k.to_le_bytes())?;
        out.write_all(&w.to_le_bytes())?;
    }
    Ok(())
}

fn read_terms(input: &mut impl Read) -> io::Result<Vec<(u64, f32)>> {
    let mut n = [0u8; 4];
    input.read_exact(&mut n)?;
    let n = u32::from_le_bytes(n) as usize;
    let mut terms = Vec::with_capacity(n);
    let mut entry = [0u8; 12];
    for _ in 0..n {
        input.read_exact(&mut entry)?;
        let k = u64::from_le_bytes(entry[..8].try_into().expect("8 bytes"));
        let w = f32::from_le_bytes(entry[8..].try_into().expect("4 bytes"));
        terms.push((k, w));
    }
    Ok(terms)
}

/// The articles of a batch as JSON in an anonymous temporary file (removed by the system when
/// closed, even after a crash), read back by offset from any thread.
struct Spill {
    writer: Option<BufWriter<File>>,
    file: Option<File>,
    len: u64,
}

impl Spill {
    fn new() -> io::Result<Self> {
        Ok(Spill {
            writer: Some(BufWriter::with_capacity(1 << 20, tempfile::tempfile()?)),
            file: None,
            len: 0,
        })
    }

    /// Append one article's JSON; returns its offset.
    fn append(&mut self, json: &[u8]) -> io::Result<u64> {
        let w = self.writer.as_mut().expect("spill still open for writing");
        w.write_all(json)?;
        let offset = self.len;
        self.len += json.len() as u64;
        Ok(offset)
    }

    /// End the writing; from now on articles can be read.
    fn finish(&mut self) -> io::Result<()> {
        if let Some(w) = self.writer.take() {
            self.file = Some(w.into_inner().map_err(|e| e.into_error())?);
        }
        Ok(())
    }

    fn article(&self, offset: u64, len: u32) -> io::Result<Article> {
        let file = self.file.as_ref().expect("spill finished before reading");
        let mut buf = vec![0u8; len as usize];
        read_exact_at(file, &mut buf, offset)?;
        Ok(serde_json::from_slice(&buf)?)
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_read(file, buf, offset)?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        buf = &mut buf[n..];
        offset += n as u64;
    }
    Ok(())
}
