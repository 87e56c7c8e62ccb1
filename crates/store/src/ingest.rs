//! Ingest: a stream of records into a store, incrementally and idempotently.
//!
//! Records arrive in chunks; a chunk's reports not yet stored are processed in parallel and
//! stored in one transaction, so an interruption loses at most the chunk in flight and a rerun
//! skips everything already committed. When reports were added (by this run or by one that was
//! interrupted), the stories are rebuilt from every stored report.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use crosswire::ingest::Record;
use crosswire::model::InputError;
use crosswire::pipeline::{self, Options};
use rayon::prelude::*;

use crate::{Store, StoreError};

/// How far an ingest has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    /// Records read.
    pub read: u64,
    /// Reports newly stored.
    pub added: u64,
    /// Reports that were stored already (by an earlier run, or earlier in this one).
    pub already: u64,
    /// Inputs that could not be read or held no article.
    pub failed: u64,
    /// Input bytes read.
    pub bytes: u64,
}

/// What an ingest reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// A chunk was committed.
    Progress(&'a Progress),
    /// An input failed (the rest go on).
    Error(&'a InputError),
    /// All reports are stored; stories are being rebuilt.
    Rebuilding {
        /// Reports in the store.
        articles: u64,
    },
}

/// The result of an ingest.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// Final counts.
    pub progress: Progress,
    /// Stories in the store afterwards.
    pub stories: u64,
    /// Reports in the store afterwards.
    pub articles: u64,
    /// Every input that failed.
    pub errors: Vec<InputError>,
    /// Time spent processing and storing reports.
    #[serde(with = "secs")]
    pub store_time: Duration,
    /// Time spent rebuilding stories.
    #[serde(with = "secs")]
    pub rebuild_time: Duration,
}

mod secs {
    pub fn serialize<S: serde::Serializer>(
        d: &std::time::Duration,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_f64((d.as_secs_f64() * 1000.0).round() / 1000.0)
    }
}

/// Records per transaction: large enough that commits are cheap, small enough that an
/// interruption loses little.
pub const CHUNK: usize = 1024;

/// Store every record of `records` not stored yet, then rebuild the stories if anything changed.
pub fn ingest(
    store: &mut Store,
    records: impl Iterator<Item = Result<Record, InputError>>,
    options: &Options,
    mut on_event: impl FnMut(Event),
) -> Result<Report, StoreError> {
    let mut report = Report::default();
    let started = Instant::now();
    let mut records = records;
    loop {
        let mut chunk: Vec<Record> = Vec::with_capacity(CHUNK);
        for item in records.by_ref() {
            report.progress.read += 1;
            match item {
                Ok(r) => {
                    report.progress.bytes += r.input_bytes as u64;
                    chunk.push(r);
                    if chunk.len() == CHUNK {
                        break;
                    }
                }
                Err(e) => {
                    report.progress.failed += 1;
                    on_event(Event::Error(&e));
                    report.errors.push(e);
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        // Reports already stored, or repeated within this chunk, are skipped before the work.
        let ids: Vec<String> = chunk.par_iter().map(pipeline::article_id).collect();
        let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let known = store.known(&id_refs)?;
        let mut seen: HashSet<&str> = HashSet::new();
        let fresh: Vec<&Record> = chunk
            .iter()
            .zip(&ids)
            .filter(|(_, id)| !known.contains(id.as_str()) && seen.insert(id.as_str()))
            .map(|(r, _)| r)
            .collect();
        report.progress.already += (chunk.len() - fresh.len()) as u64;
        let results: Vec<_> = fresh
            .par_iter()
            .map(|r| pipeline::process_guarded(r))
            .collect();
        let mut items = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(p) => items.push((p.article, p.meta)),
                Err(e) => {
                    report.progress.failed += 1;
                    on_event(Event::Error(&e));
                    report.errors.push(e);
                }
            }
        }
        let added = store.add(&items)?;
        report.progress.added += added as u64;
        report.progress.already += (items.len() - added) as u64;
        on_event(Event::Progress(&report.progress));
    }
    report.store_time = started.elapsed();
    let counts = store.counts()?;
    if counts.stale {
        on_event(Event::Rebuilding {
            articles: counts.articles,
        });
        let started = Instant::now();
        rebuild(store, options)?;
        report.rebuild_time = started.elapsed();
    }
    let counts = store.counts()?;
    report.articles = counts.articles;
    report.stories = counts.stories;
    Ok(report)
}

/// Rebuild the stories from every stored report (imported clusters decide the stories of the
/// articles they name).
pub fn rebuild(store: &mut Store, options: &Options) -> Result<(), StoreError> {
    let processed = store.load_processed()?;
    let clusters = store.imported_clusters()?;
    let analysis =
        pipeline::assemble_with_clusters(processed, Vec::new(), &options.cluster, &clusters);
    store.replace_stories(&analysis)
}
