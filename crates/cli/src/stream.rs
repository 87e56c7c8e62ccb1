//! `crosswire stream`: group reports into stories as they arrive (online), one line of JSON per
//! report saying which story it joined, opened or merged. Reading `-` follows standard input
//! line by line, so a feed piped in is grouped live.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crosswire::cluster::online::Online;
use crosswire::ingest::Inputs;
use crosswire::pipeline;
use rayon::prelude::*;

#[derive(clap::Args)]
pub struct StreamArgs {
    /// Files, directories or `-` for standard input (JSONL and WARC are followed record by
    /// record).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Average similarity at which a report joins a story (0–1).
    #[arg(long)]
    story_threshold: Option<f32>,
    /// Reports decided together (1: each as it arrives). Larger batches decide better and
    /// still follow arrival order between batches; from a pipe a batch waits until it is full.
    #[arg(long, default_value_t = 1)]
    batch: usize,
}

/// One output line.
#[derive(serde::Serialize)]
struct Line<'a> {
    id: &'a str,
    /// The story: the id of the report that opened it; none for a page that is not an article.
    story: Option<&'a str>,
    opened: bool,
    /// Why the report is in no story: the page is not an article (an index, a listing…).
    #[serde(skip_serializing_if = "Option::is_none")]
    not_an_article: Option<&'a str>,
    /// Stories (by the id of the report that opened them) folded into `story` by this report.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    merged: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<chrono::NaiveDate>,
}

pub fn run(args: StreamArgs) -> anyhow::Result<ExitCode> {
    let mut options = pipeline::Options::default();
    if let Some(t) = args.story_threshold {
        anyhow::ensure!(
            (0.0..=1.0).contains(&t),
            "--story-threshold must be between 0 and 1"
        );
        options.cluster.threshold = t;
    }
    let chunk_size = args.batch.max(1);
    let mut online = Online::new(options.cluster);
    let mut opened_by: Vec<String> = Vec::new();
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut inputs = Inputs::new(args.paths, options.limits);
    loop {
        let mut chunk = Vec::with_capacity(chunk_size);
        for item in inputs.by_ref() {
            match item {
                Ok(r) => {
                    chunk.push(r);
                    if chunk.len() == chunk_size {
                        break;
                    }
                }
                Err(e) => {
                    failed = true;
                    eprintln!("crosswire: {e}");
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        let processed: Vec<_> = chunk
            .par_iter()
            .map(pipeline::process_guarded)
            .filter_map(|p| match p {
                Ok(p) => Some(p),
                Err(e) => {
                    eprintln!("crosswire: {e}");
                    None
                }
            })
            .collect();
        failed |= processed.len() < chunk.len();
        // Pages that are not articles join no story (and open none); they are still reported.
        let docs: Vec<_> = processed
            .iter()
            .filter(|p| pipeline::is_story_material(&p.article))
            .map(|p| p.doc.clone())
            .collect();
        let mut assignments = online.add_batch(&docs).into_iter();
        for p in &processed {
            let a = if pipeline::is_story_material(&p.article) {
                assignments.next()
            } else {
                None
            };
            let verdict = p.article.page.as_ref().filter(|v| !v.is_article);
            if a.as_ref().is_some_and(|a| a.opened) {
                opened_by.push(p.article.id.clone());
            }
            let line = Line {
                id: &p.article.id,
                story: a.as_ref().map(|a| opened_by[a.story as usize].as_str()),
                opened: a.as_ref().is_some_and(|a| a.opened),
                not_an_article: verdict.map(|v| v.reason.as_str()),
                merged: a.as_ref().map_or_else(Vec::new, |a| {
                    a.merged
                        .iter()
                        .map(|&s| opened_by[s as usize].as_str())
                        .collect()
                }),
                title: p.article.title.as_deref(),
                published: p.article.published,
            };
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
