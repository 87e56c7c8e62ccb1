//! The pipeline wired end to end: ingest → clean → metadata → stories → story-level dates.
//!
//! Records are read as a stream and processed in parallel chunks; only the compact
//! [`Article`]s (and their grouping terms) are kept, never the raw input.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::clean::{self, Cleaned};
use crate::cluster::{self, Doc, Params};
use crate::ingest::{Inputs, Limits, Record};
use crate::meta::{self, DateFacts, Meta};
use crate::model::{Analysis, Article, InputError, Provenance, Story, FORMAT_VERSION};

use chrono::NaiveDate;

mod stream;
pub use stream::analyze_to_writer;

/// Options of a pipeline run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Input size limits.
    pub limits: Limits,
    /// Story grouping parameters.
    pub cluster: Params,
}

/// One article after the per-document stages, before story-level completion.
#[derive(Debug, Clone)]
pub struct Processed {
    /// The article (dates not yet completed by the story).
    pub article: Article,
    /// Its metadata, kept for story-level completion.
    pub meta: Meta,
    /// Its terms for grouping.
    pub doc: Doc,
    /// Its MinHash signature, for near-duplicates (dropped once copies are found).
    pub signature: Option<Box<[u64; cluster::minhash::PERMUTATIONS]>>,
}

impl Processed {
    /// Rebuild a processed article from what a store keeps (the per-document article and its
    /// metadata): the grouping terms and signature are recomputed from the text, exactly as
    /// [`process_record`] computed them.
    pub fn from_stored(article: Article, meta: Meta) -> Self {
        let doc = Doc::new(&article.text, meta.title.as_deref(), meta.published);
        let signature = Some(Box::new(cluster::minhash::signature(&article.text)));
        Processed {
            article,
            meta,
            doc,
            signature,
        }
    }
}

/// Time spent in each stage, for `crosswire bench`.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Reading and decoding input.
    pub ingest: Duration,
    /// Clean + metadata + terms, summed over threads' wall time of the parallel sections.
    pub per_document: Duration,
    /// Grouping into stories and story-level dates.
    pub stories: Duration,
    /// Input bytes read.
    pub bytes: u64,
    /// Within `stories`, when streamed ([`analyze_to_writer`]): TF-IDF vectors.
    pub vectors: Duration,
    /// Within `stories`: near-duplicate pairs.
    pub copies: Duration,
    /// Within `stories`: grouping (candidate pairs and agglomeration).
    pub grouping: Duration,
    /// Within `stories`: articles completed and written.
    pub write_articles: Duration,
    /// Within `stories`: stories built (reconcile, brief) and written.
    pub write_stories: Duration,
    /// Reports analyzed.
    pub articles: usize,
}

/// Largest HTML page read, in bytes (decoded). Real pages stay well under it (the largest of
/// the 3,800 benchmark pages is 1.8 MB); extraction's time and memory grow with the markup
/// (16 MB of it takes about 18 s and 2 GB), so a bigger page is refused rather than let stall a
/// batch.
pub const MAX_HTML_BYTES: usize = 8 << 20;

/// Longest one report may take in [`process_guarded`] before it is abandoned with an error and
/// the batch goes on.
pub const DOCUMENT_TIME_LIMIT: Duration = Duration::from_secs(30);

/// Reports smaller than this cannot come near the time limit (the pipeline reads several MB a
/// second), so they run without a watchdog thread.
const WATCHED_FROM_BYTES: usize = 256 << 10;

/// Clean and describe one record: the pure per-document core (same input, same output).
pub fn process_record(record: &Record) -> Result<Processed, InputError> {
    if record.body_is_html && record.body.len() > MAX_HTML_BYTES {
        return Err(InputError {
            path: record.path.clone(),
            line: record.line,
            message: format!(
                "HTML page of {:.1} MB is over the {} MB limit for one page: not read",
                record.body.len() as f64 / 1e6,
                MAX_HTML_BYTES >> 20
            ),
        });
    }
    if record.body_is_html {
        let depth = clean::html::nesting_depth(&record.body, clean::html::MAX_DEPTH);
        if depth > clean::html::MAX_DEPTH {
            return Err(InputError {
                path: record.path.clone(),
                line: record.line,
                message: format!(
                    "HTML nested more than {} elements deep: not read (such pages exhaust the parser)",
                    clean::html::MAX_DEPTH
                ),
            });
        }
    }
    let cleaned: Cleaned = if record.body_is_html {
        clean::clean_html(&record.body, record.fields.url.as_deref())
    } else {
        clean::clean_text(&record.body)
    };
    if cleaned.text.trim().is_empty() {
        return Err(InputError {
            path: record.path.clone(),
            line: record.line,
            message: format!(
                "no article text left after cleaning ({} pieces of boilerplate removed)",
                cleaned.removed.len()
            ),
        });
    }
    let meta = meta::describe(&record.fields, &cleaned);
    let id = article_id(record);
    let doc = Doc::new(&cleaned.text, meta.title.as_deref(), meta.published);
    let signature = Some(Box::new(cluster::minhash::signature(&cleaned.text)));
    let article = Article {
        id,
        input_id: record.fields.input_id.clone(),
        path: record.path.clone(),
        line: record.line,
        format: record.format,
        url: meta.url.clone(),
        source: meta.source.clone(),
        source_from: meta.source_from,
        title: meta.title.clone(),
        title_from: meta.title_from,
        dateline: meta.dateline.clone(),
        published: meta.published,
        published_from: meta.published_from,
        reference_date: meta.published,
        reference_date_from: meta.published_from,
        language: meta.language.clone(),
        authors: meta.authors.clone(),
        keywords: meta.keywords.clone(),
        text: cleaned.text,
        removed: cleaned.removed,
        repairs: cleaned.repairs,
        dates: Vec::new(),
        duplicate_of: None,
        duplicate_similarity: None,
        page: cleaned.html.as_ref().and_then(|h| h.verdict.clone()),
        extra: record.fields.extra.clone(),
    };
    Ok(Processed {
        article,
        meta,
        doc,
        signature,
    })
}

/// [`process_record`], with a panic (a bug, never expected) turned into an error for this one
/// record, and a report taking longer than [`DOCUMENT_TIME_LIMIT`] abandoned with an error, so
/// that the rest of the batch goes on.
pub fn process_guarded(record: &Record) -> Result<Processed, InputError> {
    process_within(record, DOCUMENT_TIME_LIMIT)
}

/// [`process_guarded`] with a given time limit. A large report runs on a thread of its own; if it
/// has not finished in `limit` its result is given up (the thread cannot be stopped from
/// outside and finishes in the background, its result dropped) and an error names the report.
pub fn process_within(record: &Record, limit: Duration) -> Result<Processed, InputError> {
    if record.body.len() < WATCHED_FROM_BYTES {
        return process_catching(record);
    }
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let owned = record.clone();
    let spawned = std::thread::Builder::new()
        .name("crosswire-report".into())
        .stack_size(8 << 20)
        .spawn(move || {
            // The receiver may have given up: nothing to do then.
            let _ = tx.send(process_catching(&owned));
        });
    if spawned.is_err() {
        return process_catching(record);
    }
    match rx.recv_timeout(limit) {
        Ok(result) => result,
        Err(_) => Err(InputError {
            path: record.path.clone(),
            line: record.line,
            message: format!(
                "processing took longer than {} s: abandoned so that the rest of the batch goes on",
                limit.as_secs_f64()
            ),
        }),
    }
}

/// [`process_record`] with a panic turned into an error.
fn process_catching(record: &Record) -> Result<Processed, InputError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process_record(record)))
        .unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(InputError {
                path: record.path.clone(),
                line: record.line,
                message: format!(
                    "internal error while processing this report (please report it): {what}"
                ),
            })
        })
}

/// Stable article id: a hash of the report's decoded body and of the fields its input gives
/// beside the body (URL, outlet, headline, date: a JSONL or WARC record's own metadata), so the
/// same report read twice has one id and a reprint under another outlet has its own.
pub fn article_id(record: &Record) -> String {
    let f = &record.fields;
    if f.url.is_none() && f.source.is_none() && f.title.is_none() && f.published.is_none() {
        return format!(
            "a{:016x}",
            xxhash_rust::xxh3::xxh3_64(record.body.as_bytes())
        );
    }
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(record.body.as_bytes());
    for (key, value) in [
        ("url", &f.url),
        ("source", &f.source),
        ("title", &f.title),
        ("published", &f.published),
    ] {
        if let Some(v) = value {
            h.update(b"\0");
            h.update(key.as_bytes());
            h.update(b"=");
            h.update(v.as_bytes());
        }
    }
    format!("a{:016x}", h.digest())
}

/// Run the whole pipeline over `paths`. Every input error is passed to `on_error` as it happens
/// (and also returned in [`Analysis::errors`]).
pub fn analyze_paths(
    paths: Vec<PathBuf>,
    options: &Options,
    mut on_error: impl FnMut(&InputError),
) -> (Analysis, Timings) {
    let mut timings = Timings::default();
    let mut errors = Vec::new();
    let mut processed: Vec<Processed> = Vec::new();
    let mut inputs = Inputs::new(paths, options.limits);
    loop {
        let chunk = next_chunk(&mut inputs, &mut timings, &mut on_error, &mut errors);
        if chunk.is_empty() {
            break;
        }
        let t = Instant::now();
        let results: Vec<Result<Processed, InputError>> =
            chunk.par_iter().map(process_guarded).collect();
        timings.per_document += t.elapsed();
        for r in results {
            match r {
                Ok(p) => processed.push(p),
                Err(e) => {
                    on_error(&e);
                    errors.push(e);
                }
            }
        }
    }
    let t = Instant::now();
    let analysis = assemble(processed, errors, &options.cluster);
    timings.stories = t.elapsed();
    (analysis, timings)
}

/// Records processed in parallel at a time.
const CHUNK: usize = 2048;

/// The next [`CHUNK`] records of `inputs` (fewer at the end, none when done); input errors go
/// to `on_error` and `errors` as they come.
fn next_chunk(
    inputs: &mut Inputs,
    timings: &mut Timings,
    on_error: &mut impl FnMut(&InputError),
    errors: &mut Vec<InputError>,
) -> Vec<Record> {
    let t = Instant::now();
    let mut chunk: Vec<Record> = Vec::with_capacity(CHUNK);
    for item in inputs.by_ref() {
        match item {
            Ok(r) => {
                timings.bytes += r.input_bytes as u64;
                chunk.push(r);
                if chunk.len() == CHUNK {
                    break;
                }
            }
            Err(e) => {
                on_error(&e);
                errors.push(e);
            }
        }
    }
    timings.ingest += t.elapsed();
    chunk
}

/// Group processed articles into stories and finish their dates.
pub fn assemble(processed: Vec<Processed>, errors: Vec<InputError>, params: &Params) -> Analysis {
    assemble_with_clusters(processed, errors, params, &std::collections::HashMap::new())
}

/// [`assemble`], with the story of some articles decided elsewhere: `clusters` maps an article id
/// to a cluster label (computed by another engine, say, and imported); articles with the same
/// label form one story, and the others are grouped as usual among themselves.
pub fn assemble_with_clusters(
    mut processed: Vec<Processed>,
    errors: Vec<InputError>,
    params: &Params,
    clusters: &std::collections::HashMap<String, String>,
) -> Analysis {
    dedupe_ids(&mut processed);
    // The term vectors are only needed for grouping: move them out rather than copy them.
    let docs: Vec<Doc> = processed
        .iter_mut()
        .map(|p| std::mem::take(&mut p.doc))
        .collect();
    // Copies: near-duplicate pairs, each copy pointing at the earliest report of its group.
    // Signatures move out of the articles: they are needed only here.
    let signatures: Vec<[u64; cluster::minhash::PERMUTATIONS]> = processed
        .iter_mut()
        .map(|p| {
            p.signature
                .take()
                .map_or([u64::MAX; cluster::minhash::PERMUTATIONS], |s| *s)
        })
        .collect();
    let pairs = cluster::minhash::near_duplicates_exact(
        &signatures,
        |i| processed[i].article.text.as_str(),
        MAX_BUCKET,
    );
    drop(signatures);
    let published: Vec<Option<NaiveDate>> = processed.iter().map(|p| p.meta.published).collect();
    let copies = find_copies(&pairs, &published);
    for (i, copy) in copies.iter().enumerate() {
        if let Some(copy) = copy {
            processed[i].article.duplicate_of = Some(processed[copy.original].article.id.clone());
            processed[i].article.duplicate_similarity = copy.similarity;
        }
    }
    let links: Vec<(usize, usize)> = pairs.iter().map(|&(a, b, _)| (a, b)).collect();
    let mut groups = cluster::group_with_links(&docs, params, &links);
    drop(docs);
    if !clusters.is_empty() {
        groups = impose_clusters(groups, &processed, clusters);
    }
    let (groups, story_count) =
        set_aside_non_articles(groups, |i| is_story_material(&processed[i].article));

    // Dates first: every article's reference date depends on its story.
    let facts: Vec<DateFacts> = processed.iter().map(|p| p.meta.date_facts()).collect();
    let (completed, story_dates) = complete_dates(&groups, &facts);
    processed
        .par_iter_mut()
        .zip(completed.par_iter())
        .for_each(|(p, c)| c.apply(&mut p.article));

    // Then what the story's articles say together; stories are independent of each other.
    let stories: Vec<Story> = groups[..story_count]
        .par_iter()
        .zip(story_dates[..story_count].par_iter())
        .map(|(members, &story_date)| {
            let articles: Vec<&Article> = members.iter().map(|&i| &processed[i].article).collect();
            build_story(&articles, story_date)
        })
        .collect();

    Analysis {
        format_version: FORMAT_VERSION,
        articles: processed.into_iter().map(|p| p.article).collect(),
        stories,
        errors,
    }
}

/// Whether a report can be part of a story: anything but a page judged not to be an article
/// (an index, a listing, a product page; see [`crate::model::PageVerdict`]).
pub fn is_story_material(article: &Article) -> bool {
    article.page.as_ref().is_none_or(|v| v.is_article)
}

/// Stories are made of articles: the reports `is_article` rejects leave their groups. Returns the
/// groups left (empty ones dropped) followed by one group of its own for each report set aside,
/// so that its dates are still completed, and how many of the groups are stories.
pub(crate) fn set_aside_non_articles(
    groups: Vec<Vec<usize>>,
    is_article: impl Fn(usize) -> bool,
) -> (Vec<Vec<usize>>, usize) {
    let mut set_aside = Vec::new();
    let mut stories: Vec<Vec<usize>> = groups
        .into_iter()
        .filter_map(|members| {
            let (kept, out): (Vec<usize>, Vec<usize>) =
                members.into_iter().partition(|&i| is_article(i));
            set_aside.extend(out);
            (!kept.is_empty()).then_some(kept)
        })
        .collect();
    let story_count = stories.len();
    stories.extend(set_aside.into_iter().map(|i| vec![i]));
    (stories, story_count)
}

/// Largest LSH bucket compared pair by pair (larger ones are sampled down: see
/// [`cluster::minhash::near_duplicates`]).
const MAX_BUCKET: usize = 1000;

/// An article's dates once its story is known.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Completed {
    published: Option<NaiveDate>,
    published_from: Option<Provenance>,
    reference_date: Option<NaiveDate>,
    reference_date_from: Option<Provenance>,
}

impl Completed {
    /// Write the completed dates into the article and resolve its date mentions against its
    /// reference date.
    fn apply(&self, a: &mut Article) {
        a.published = self.published;
        a.published_from = self.published_from;
        a.reference_date = self.reference_date;
        a.reference_date_from = self.reference_date_from;
        a.dates = meta::resolve_mentions(&a.text, a.reference_date);
    }
}

/// Every article's dates completed by its story, and each story's date: the latest publication
/// date, counting month-and-day datelines once they have their year from the dates already
/// known.
pub(crate) fn complete_dates(
    groups: &[Vec<usize>],
    facts: &[DateFacts],
) -> (Vec<Completed>, Vec<Option<NaiveDate>>) {
    let mut completed = vec![Completed::default(); facts.len()];
    let mut story_dates = Vec::with_capacity(groups.len());
    for members in groups {
        let known = members.iter().filter_map(|&i| facts[i].published).max();
        let story_date = members
            .iter()
            .filter_map(|&i| meta::finish_dates(&facts[i], known).0)
            .max()
            .or(known);
        for &i in members {
            let (published, published_from, reference_date, reference_date_from) =
                meta::finish_dates(&facts[i], story_date);
            completed[i] = Completed {
                published,
                published_from,
                reference_date,
                reference_date_from,
            };
        }
        story_dates.push(story_date);
    }
    (completed, story_dates)
}

/// One story from its member articles (in input order, dates completed): who, what, the
/// account.
pub(crate) fn build_story(members: &[&Article], story_date: Option<NaiveDate>) -> Story {
    // The grouping terms again, from the text: cheaper than keeping every article's terms as
    // strings until the end of a large batch.
    let member_docs: Vec<Doc> = members
        .iter()
        .map(|a| Doc::new(&a.text, a.title.as_deref(), None))
        .collect();
    let terms = cluster::top_terms(&member_docs.iter().collect::<Vec<_>>(), 8);
    let mut ordered: Vec<usize> = (0..members.len()).collect();
    ordered.sort_by_key(|&i| (members[i].published.is_none(), members[i].published, i));
    let title = representative_title(members, &terms);
    let articles: Vec<&Article> = ordered.iter().map(|&i| members[i]).collect();
    let parts = crate::reconcile::story(&articles);
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let mut sorted_ids = ids.clone();
    sorted_ids.sort();
    let mut story = Story {
        id: format!(
            "s{:016x}",
            xxhash_rust::xxh3::xxh3_64(sorted_ids.join(",").as_bytes())
        ),
        articles: ids,
        title,
        date: story_date,
        terms,
        entities: parts.entities,
        quotes: parts.quotes,
        claims: parts.claims,
        timeline: parts.timeline,
        brief: Vec::new(),
        coverage: Vec::new(),
    };
    crate::brief::complete(&mut story, &articles);
    story
}

/// Move articles with an imposed cluster label out of their computed groups into one group per
/// label (in order of first appearance); groups left empty disappear.
fn impose_clusters(
    groups: Vec<Vec<usize>>,
    processed: &[Processed],
    clusters: &std::collections::HashMap<String, String>,
) -> Vec<Vec<usize>> {
    let mut labelled: Vec<(String, Vec<usize>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut rest: Vec<Vec<usize>> = Vec::with_capacity(groups.len());
    for group in groups {
        let mut kept = Vec::with_capacity(group.len());
        for i in group {
            match clusters.get(&processed[i].article.id) {
                Some(label) => {
                    let slot = *index.entry(label.as_str()).or_insert_with(|| {
                        labelled.push((label.clone(), Vec::new()));
                        labelled.len() - 1
                    });
                    labelled[slot].1.push(i);
                }
                None => kept.push(i),
            }
        }
        if !kept.is_empty() {
            rest.push(kept);
        }
    }
    let mut out: Vec<Vec<usize>> = labelled
        .into_iter()
        .map(|(_, mut members)| {
            members.sort_unstable();
            members
        })
        .collect();
    out.extend(rest);
    out.sort_by_key(|g| g[0]);
    out
}

/// The member headline that carries most of the story's top terms.
fn representative_title(members: &[&Article], terms: &[String]) -> Option<String> {
    members
        .iter()
        .filter_map(|a| a.title.as_deref())
        .max_by_key(|t| {
            let lower = t.to_lowercase();
            terms
                .iter()
                .filter(|term| lower.contains(term.as_str()))
                .count()
        })
        .map(str::to_string)
}

/// A report that copies an earlier one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CopyOf {
    /// Index of the original: the earliest published report of the group of near-duplicates,
    /// then the first read.
    pub original: usize,
    /// Its highest similarity to another member, rounded to 3 decimals.
    pub similarity: Option<f64>,
}

/// For each report, the original it copies, if it is a copy (`published` gives each report's
/// publication date).
pub(crate) fn find_copies(
    pairs: &[(usize, usize, f64)],
    published: &[Option<NaiveDate>],
) -> Vec<Option<CopyOf>> {
    let n = published.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for &(a, b, _) in pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut original: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let key = |j: usize| (published[j].is_none(), published[j], j);
    let mut best: std::collections::HashMap<usize, f64> = std::collections::HashMap::new();
    for &(a, b, s) in pairs {
        for x in [a, b] {
            let e = best.entry(x).or_insert(0.0);
            *e = e.max(s);
        }
    }
    // Only members of some pair can be copies: everything else is its own original.
    let mut members: Vec<usize> = best.keys().copied().collect();
    members.sort_unstable();
    for &i in &members {
        let r = root(&mut parent, i);
        let e = original.entry(r).or_insert(i);
        if key(i) < key(*e) {
            *e = i;
        }
    }
    let mut out = vec![None; n];
    for &i in &members {
        let r = root(&mut parent, i);
        let o = original[&r];
        if o != i {
            out[i] = Some(CopyOf {
                original: o,
                similarity: best.get(&i).map(|s| (s * 1000.0).round() / 1000.0),
            });
        }
    }
    out
}

/// The same body read twice in one batch gets `-2`, `-3` … so ids stay unique.
fn dedupe_ids(processed: &mut [Processed]) {
    let mut seen = std::collections::HashMap::new();
    for p in processed.iter_mut() {
        unique_id(&mut seen, &mut p.article.id);
    }
}

/// Give `id` a `-2`, `-3` … suffix when `seen` (the ids so far, with their counts) already has
/// it; returns whether it changed.
fn unique_id(seen: &mut std::collections::HashMap<String, u32>, id: &mut String) -> bool {
    let n = seen.entry(id.clone()).or_insert(0);
    *n += 1;
    if *n > 1 {
        *id = format!("{id}-{n}");
    }
    *n > 1
}

#[cfg(test)]
mod limit_tests {
    use super::*;

    fn record(body: String) -> Record {
        crate::ingest::Inputs::from_bytes("big.txt", body.into_bytes(), Default::default())
            .next()
            .unwrap()
            .unwrap()
    }

    #[test]
    fn a_report_over_its_time_is_abandoned_with_an_error() {
        let big = record("The council met on Monday and voted on the budget. ".repeat(8_000));
        assert!(big.body.len() >= WATCHED_FROM_BYTES);
        let err = process_within(&big, Duration::from_nanos(1)).unwrap_err();
        assert_eq!(err.path, "big.txt");
        assert!(err.message.contains("took longer than"), "{}", err.message);
        // With time enough, the same report goes through.
        assert!(process_within(&big, Duration::from_secs(600)).is_ok());
        // Small reports run on the caller's thread, whatever the limit.
        let small = record("The council met on Monday.".to_string());
        assert!(process_within(&small, Duration::from_nanos(1)).is_ok());
    }
}

#[cfg(test)]
mod story_material_tests {
    use super::set_aside_non_articles;

    #[test]
    fn non_articles_leave_their_groups_and_stand_alone() {
        let groups = vec![vec![0, 1, 2], vec![3], vec![4, 5]];
        let (groups, stories) = set_aside_non_articles(groups, |i| i != 1 && i != 3);
        assert_eq!(stories, 2, "the group of 3 alone is gone");
        assert_eq!(&groups[..stories], &[vec![0, 2], vec![4, 5]]);
        assert_eq!(&groups[stories..], &[vec![1], vec![3]]);
        let (groups, stories) = set_aside_non_articles(vec![vec![0, 1]], |_| true);
        assert_eq!((groups, stories), (vec![vec![0, 1]], 1));
    }
}
