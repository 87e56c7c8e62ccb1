//! `crosswire ingest | stories | story | search | export`: the commands that work on a store.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::ValueEnum;
use crosswire::ingest::{Inputs, Limits};
use crosswire::model::{Analysis, Article, Story, FORMAT_VERSION};
use crosswire::pipeline::Options;
use crosswire_store::{ingest, Location, Store, StoryFilter};

/// Where the store is: `--db`, else `CROSSWIRE_DB`, else `db = "…"` in the config file, else
/// `crosswire.db` in the working directory.
#[derive(clap::Args, Clone)]
pub struct DbArgs {
    /// The store: a SQLite file path or a `postgres://` URL.
    #[arg(long, env = "CROSSWIRE_DB")]
    pub db: Option<String>,
}

/// The config file: `CROSSWIRE_CONFIG`, else `./crosswire.toml`, else
/// `$XDG_CONFIG_HOME/crosswire/config.toml` (or `~/.config/crosswire/config.toml`).
fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CROSSWIRE_CONFIG") {
        return Some(PathBuf::from(p));
    }
    let local = PathBuf::from("crosswire.toml");
    if local.is_file() {
        return Some(local);
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    let p = base.join("crosswire").join("config.toml");
    p.is_file().then_some(p)
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    db: Option<String>,
}

impl DbArgs {
    /// The store's location, by the rule above.
    pub fn location(&self) -> anyhow::Result<Location> {
        if let Some(db) = &self.db {
            return Ok(Location::parse(db));
        }
        if let Some(path) = config_path() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading config file {}", path.display()))?;
            let config: ConfigFile =
                toml::from_str(&text).with_context(|| format!("config file {}", path.display()))?;
            if let Some(db) = config.db {
                return Ok(Location::parse(&db));
            }
        }
        Ok(Location::Sqlite(PathBuf::from("crosswire.db")))
    }

    /// Open the store.
    pub fn open(&self) -> anyhow::Result<Store> {
        let location = self.location()?;
        Store::open(&location).with_context(|| format!("opening the store {location}"))
    }
}

/// `crosswire ingest`.
pub fn ingest(
    db: DbArgs,
    paths: Vec<PathBuf>,
    max_record_bytes: usize,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let mut store = db.open()?;
    let options = Options {
        limits: Limits { max_record_bytes },
        ..Options::default()
    };
    let inputs = Inputs::new(paths, options.limits);
    // A spinner with counts and rate on a terminal; nothing when stderr is not one (logs, CI).
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {elapsed} {pos} reports read ({per_sec}) {msg}",
        )
        .expect("valid template"),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let started = std::time::Instant::now();
    let report = ingest::ingest(&mut store, inputs, &options, |event| match event {
        ingest::Event::Progress(p) => {
            bar.set_position(p.read);
            bar.set_message(format!("· {} new · {} already stored", p.added, p.already));
        }
        ingest::Event::Error(e) => bar.suspend(|| eprintln!("crosswire: {e}")),
        ingest::Event::Rebuilding { articles } => {
            bar.set_message(format!("· rebuilding the stories of {articles} reports"))
        }
    })?;
    bar.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    if json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        let p = &report.progress;
        eprintln!(
            "crosswire: {} new reports stored, {} already stored, {} failed, in {elapsed:.2} s ({:.0} reports/s); {} holds {} reports in {} stories",
            p.added,
            p.already,
            p.failed,
            p.read as f64 / elapsed.max(1e-9),
            store.location(),
            report.articles,
            report.stories
        );
    }
    Ok(if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `crosswire stories`.
pub fn stories(db: DbArgs, filter: StoryFilter, json: bool) -> anyhow::Result<ExitCode> {
    let mut store = db.open()?;
    let list = store.stories(&filter)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
    } else {
        for s in &list {
            writeln!(
                out,
                "{}  {}  {:>3} reports  {}",
                s.id,
                s.date.map_or("----------".to_string(), |d| d.to_string()),
                s.articles,
                one_line(s.title.as_deref().unwrap_or(&s.terms.join(", ")))
            )?;
        }
        if list.is_empty() {
            eprintln!("crosswire: no stories (ingest reports first: crosswire ingest PATH)");
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Output formats of `crosswire story`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum StoryFormat {
    /// The account in Markdown.
    Markdown,
    /// The account as a self-contained HTML page.
    Html,
    /// The story as `analyze` reports it, with its articles.
    Json,
}

/// `crosswire story ID`.
pub fn story(db: DbArgs, id: &str, format: StoryFormat) -> anyhow::Result<ExitCode> {
    let mut store = db.open()?;
    let Some(story) = store.story(id)? else {
        eprintln!("crosswire: no story {id} in {}", store.location());
        return Ok(ExitCode::from(1));
    };
    let articles = store.story_articles(&story)?;
    let analysis = Analysis {
        format_version: FORMAT_VERSION,
        articles,
        stories: vec![story],
        errors: Vec::new(),
    };
    let text = match format {
        StoryFormat::Markdown => crosswire::brief::account_markdown(&analysis),
        StoryFormat::Html => crosswire::brief::account_html(&analysis),
        StoryFormat::Json => serde_json::to_string_pretty(&analysis)? + "\n",
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `crosswire search QUERY`.
pub fn search(db: DbArgs, query: &str, limit: usize, json: bool) -> anyhow::Result<ExitCode> {
    let mut store = db.open()?;
    let hits = store.search(query, limit)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &hits)?;
        writeln!(out)?;
    } else {
        for h in &hits {
            writeln!(
                out,
                "{:>7.3}  {:<7} {}  story {}  {}\n         {}",
                h.score,
                h.kind,
                h.id,
                h.story.as_deref().unwrap_or("-"),
                one_line(&h.title),
                one_line(&h.snippet)
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Formats of `crosswire export`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON document, as `analyze` writes it (articles and stories).
    Json,
    /// One JSON object per line (articles with their story, or stories).
    Ndjson,
    /// Comma-separated values (articles or stories, one row each).
    Csv,
    /// Apache Parquet (articles with MinHash signatures and band keys, or stories); needs `--output`.
    Parquet,
}

/// What `crosswire export` writes, for the one-table formats.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportWhat {
    /// One row per report.
    Articles,
    /// One row per story.
    Stories,
}

/// `crosswire export`.
pub fn export(
    db: DbArgs,
    format: ExportFormat,
    what: ExportWhat,
    out_path: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let mut store = db.open()?;
    if format == ExportFormat::Parquet {
        let path = out_path.context("--format parquet writes a file: give it with --output")?;
        let file =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let rows = match what {
            ExportWhat::Articles => crate::parquet_out::write_articles(&mut store, file)?,
            ExportWhat::Stories => crate::parquet_out::write_stories(&mut store, file)?,
        };
        eprintln!("crosswire: wrote {rows} rows to {}", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let sink: Box<dyn Write> = match out_path {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    match format {
        ExportFormat::Json => {
            // Streamed, so that a large store never sits in memory as one value.
            write!(out, "{{\"format_version\":{FORMAT_VERSION},\"articles\":[")?;
            let mut first = true;
            store.for_each_article(|a, _| {
                if !first {
                    out.write_all(b",").map_err(io_err)?;
                }
                first = false;
                serde_json::to_writer(&mut out, &a)?;
                Ok(())
            })?;
            write!(out, "],\"stories\":")?;
            serde_json::to_writer(&mut out, &store.all_stories()?)?;
            writeln!(out, ",\"errors\":[]}}")?;
        }
        ExportFormat::Ndjson => match what {
            ExportWhat::Articles => store.for_each_article(|a, story| {
                serde_json::to_writer(&mut out, &ArticleLine { story, article: &a })?;
                out.write_all(b"\n").map_err(io_err)?;
                Ok(())
            })?,
            ExportWhat::Stories => {
                for s in store.all_stories()? {
                    serde_json::to_writer(&mut out, &s)?;
                    out.write_all(b"\n")?;
                }
            }
        },
        ExportFormat::Parquet => unreachable!("written above"),
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            match what {
                ExportWhat::Articles => {
                    w.write_record([
                        "id",
                        "story",
                        "source",
                        "title",
                        "published",
                        "published_from",
                        "url",
                        "language",
                        "duplicate_of",
                        "path",
                        "text",
                    ])?;
                    store.for_each_article(|a, story| {
                        w.write_record(article_row(&a, story.as_deref()))
                            .map_err(|e| crosswire_store::StoreError::Other(e.to_string()))
                    })?;
                }
                ExportWhat::Stories => {
                    w.write_record([
                        "id", "title", "date", "articles", "quotes", "claims", "terms",
                    ])?;
                    for s in store.all_stories()? {
                        w.write_record(story_row(&s))?;
                    }
                }
            }
            w.flush()?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct ArticleLine<'a> {
    story: Option<String>,
    #[serde(flatten)]
    article: &'a Article,
}

fn io_err(e: std::io::Error) -> crosswire_store::StoreError {
    crosswire_store::StoreError::Other(e.to_string())
}

fn article_row(a: &Article, story: Option<&str>) -> Vec<String> {
    let json_name = |v: &Option<crosswire::model::Provenance>| {
        v.and_then(|p| serde_json::to_value(p).ok())
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    vec![
        a.id.clone(),
        story.unwrap_or_default().to_string(),
        a.source.clone().unwrap_or_default(),
        a.title.clone().unwrap_or_default(),
        a.published.map(|d| d.to_string()).unwrap_or_default(),
        json_name(&a.published_from),
        a.url.clone().unwrap_or_default(),
        a.language.clone().unwrap_or_default(),
        a.duplicate_of.clone().unwrap_or_default(),
        a.path.clone(),
        a.text.clone(),
    ]
}

fn story_row(s: &Story) -> Vec<String> {
    vec![
        s.id.clone(),
        s.title.clone().unwrap_or_default(),
        s.date.map(|d| d.to_string()).unwrap_or_default(),
        s.articles.join(" "),
        s.quotes.len().to_string(),
        s.claims.len().to_string(),
        s.terms.join(" "),
    ]
}

/// Text on one terminal line: control characters (an article's own escape sequences) dropped.
fn one_line(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect()
}

/// `crosswire import`.
pub fn import(
    db: DbArgs,
    file: &Path,
    id_column: &str,
    cluster_column: &str,
) -> anyhow::Result<ExitCode> {
    let pairs = crate::parquet_out::read_clusters(file, id_column, cluster_column)?;
    let mut store = db.open()?;
    let ids: Vec<&str> = pairs.iter().map(|(i, _)| i.as_str()).collect();
    let known = store.known(&ids)?;
    let unknown = pairs.len() - pairs.iter().filter(|(i, _)| known.contains(i)).count();
    let changed = store.import_clusters(&pairs)?;
    if store.counts()?.stale {
        ingest::rebuild(&mut store, &Options::default())?;
    }
    let counts = store.counts()?;
    eprintln!(
        "crosswire: {} cluster assignments read, {changed} new or changed, {unknown} for articles not in the store (kept for when they arrive); {} holds {} reports in {} stories",
        pairs.len(),
        store.location(),
        counts.articles,
        counts.stories
    );
    Ok(ExitCode::SUCCESS)
}
