//! `crosswire`: the command-line tool. It only parses flags and wires library stages together.

mod bench;
mod bench_store;
mod eval;
mod gen;
mod parquet_out;
mod store;
mod stream;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use crosswire::pipeline::{self, Options};

#[derive(Parser)]
#[command(
    name = "crosswire",
    version,
    about = "Many raw news reports in, one cited account out."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read reports and print the machine-readable analysis (articles, stories).
    Analyze {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Indent JSON output.
        #[arg(long)]
        pretty: bool,
        /// Print the time of each stage, the articles per second and the peak memory on
        /// standard error.
        #[arg(long)]
        timings: bool,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Group reports into stories as they arrive (online): one JSON line per report with the
    /// story it joined or opened and the stories it merged.
    Stream(stream::StreamArgs),
    /// Read reports and print the account of each story, every sentence cited.
    Brief {
        /// Output format.
        #[arg(long, value_enum, default_value_t = BriefFormat::Markdown)]
        format: BriefFormat,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Store reports (once each, however often given) and update the stories they form.
    Ingest {
        #[command(flatten)]
        db: store::DbArgs,
        /// Files, directories (read recursively) or `-` for standard input; gzip is detected.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Largest single report accepted, in bytes.
        #[arg(long, default_value_t = 16 << 20)]
        max_record_bytes: usize,
        /// Print the final report as JSON on standard output.
        #[arg(long)]
        json: bool,
    },
    /// List the stored stories, newest first.
    Stories {
        #[command(flatten)]
        db: store::DbArgs,
        /// Only stories dated on or after this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Only stories dated on or before this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// Only stories naming this person, organisation or place (a name or alias).
        #[arg(long)]
        entity: Option<String>,
        /// Only stories carried by this outlet.
        #[arg(long)]
        source: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print one stored story's account.
    Story {
        #[command(flatten)]
        db: store::DbArgs,
        /// The story id (from `crosswire stories`).
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = store::StoryFormat::Markdown)]
        format: store::StoryFormat,
    },
    /// Search reports, quotes and entities (BM25-ranked, with snippets).
    Search {
        #[command(flatten)]
        db: store::DbArgs,
        /// Words, or "a phrase" in double quotes.
        query: String,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the store's articles and stories out.
    Export {
        #[command(flatten)]
        db: store::DbArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = store::ExportFormat::Json)]
        format: store::ExportFormat,
        /// For one-table formats: one row per article or per story.
        #[arg(long, value_enum, default_value_t = store::ExportWhat::Articles)]
        what: store::ExportWhat,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Serve the store: a JSON API (`/api/…`, `/openapi.json`) and web pages (`/`).
    Serve {
        #[command(flatten)]
        db: store::DbArgs,
        /// Address to listen on (loopback by default; port 0 picks a free port).
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: std::net::SocketAddr,
        /// Token that `POST /api/ingest` requires as `Authorization: Bearer TOKEN`; without
        /// one, ingest over HTTP is refused.
        #[arg(long, env = "CROSSWIRE_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Largest request body accepted, in bytes.
        #[arg(long, default_value_t = 32 << 20)]
        max_body_bytes: usize,
    },
    /// Take stories computed elsewhere (a Spark job, say): a Parquet file of (article id, cluster
    /// label) rows. Importing the same file again changes nothing.
    Import {
        #[command(flatten)]
        db: store::DbArgs,
        /// The Parquet file.
        file: PathBuf,
        /// The column holding article ids.
        #[arg(long, default_value = "id")]
        id_column: String,
        /// The column holding cluster labels (strings or integers).
        #[arg(long, default_value = "cluster")]
        cluster_column: String,
    },
    /// Print the JSON Schema of `analyze --format json`.
    Schema,
    /// Measure throughput of ingest + clean + metadata on plain-text reports.
    Bench(bench::BenchArgs),
    /// Measure quality on benchmark data.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
}

#[derive(clap::Args)]
struct InputArgs {
    /// Files, directories (read recursively) or `-` for standard input; gzip is detected.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Largest single report accepted, in bytes.
    #[arg(long, default_value_t = 16 << 20)]
    max_record_bytes: usize,
    /// Average similarity (TF-IDF cosine over all pairs of reports) at which two groups of
    /// reports join one story (0–1; default 0.15).
    #[arg(long)]
    story_threshold: Option<f32>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum BriefFormat {
    Markdown,
    Json,
    Html,
}

/// mimalloc instead of the system allocator: each page builds and drops a tree of many small
/// nodes and strings. `crosswire bench extraction` on the Scrapinghub pages, one core: 190–210
/// → 215–220 pages/s (the bare parse 606–631 → 617–675).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosswire: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Analyze {
            format,
            pretty,
            timings,
            input,
        } => report(input, format, pretty, timings),
        Command::Brief { format, input } => brief(input, format),
        Command::Ingest {
            db,
            paths,
            max_record_bytes,
            json,
        } => store::ingest(db, paths, max_record_bytes, json),
        Command::Stories {
            db,
            from,
            to,
            entity,
            source,
            limit,
            json,
        } => store::stories(
            db,
            crosswire_store::StoryFilter {
                from,
                to,
                entity,
                source,
                limit: Some(limit),
                offset: 0,
            },
            json,
        ),
        Command::Story { db, id, format } => store::story(db, &id, format),
        Command::Search {
            db,
            query,
            limit,
            json,
        } => store::search(db, &query, limit, json),
        Command::Export {
            db,
            format,
            what,
            output,
        } => store::export(db, format, what, output.as_deref()),
        Command::Serve {
            db,
            bind,
            token,
            max_body_bytes,
        } => serve(db, bind, token, max_body_bytes),
        Command::Import {
            db,
            file,
            id_column,
            cluster_column,
        } => store::import(db, &file, &id_column, &cluster_column),
        Command::Schema => {
            let schema = schemars::schema_for!(crosswire::model::Analysis);
            println!("{}", serde_json::to_string_pretty(&schema)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(args) => bench::run(args),
        Command::Stream(args) => stream::run(args),
        Command::Eval(cmd) => eval::run(cmd),
    }
}

fn options(input: &InputArgs) -> anyhow::Result<Options> {
    let mut options = Options::default();
    options.limits.max_record_bytes = input.max_record_bytes;
    if let Some(t) = input.story_threshold {
        anyhow::ensure!(
            (0.0..=1.0).contains(&t),
            "--story-threshold must be between 0 and 1"
        );
        options.cluster.threshold = t;
    }
    Ok(options)
}

/// Run the pipeline; input errors go to stderr as they happen.
fn run_pipeline(input: InputArgs) -> anyhow::Result<crosswire::model::Analysis> {
    let options = options(&input)?;
    let stderr = std::io::stderr();
    let (analysis, _) = pipeline::analyze_paths(input.paths, &options, |e| {
        let _ = writeln!(stderr.lock(), "crosswire: {e}");
    });
    Ok(analysis)
}

fn exit_code(analysis: &crosswire::model::Analysis) -> ExitCode {
    if analysis.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Print the account of each story.
fn brief(input: InputArgs, format: BriefFormat) -> anyhow::Result<ExitCode> {
    let analysis = run_pipeline(input)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        BriefFormat::Markdown => {
            out.write_all(crosswire::brief::account_markdown(&analysis).as_bytes())?
        }
        BriefFormat::Html => out.write_all(crosswire::brief::account_html(&analysis).as_bytes())?,
        BriefFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &analysis.stories)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(exit_code(&analysis))
}

/// Run the pipeline and print the analysis; input errors go to stderr as they happen.
fn report(
    input: InputArgs,
    format: Format,
    pretty: bool,
    show_timings: bool,
) -> anyhow::Result<ExitCode> {
    if format == Format::Json && !pretty {
        let start = std::time::Instant::now();
        // The streaming path: a few hundred bytes of memory per report, whatever the batch.
        let options = options(&input)?;
        let stderr = std::io::stderr();
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let (timings, errors) = pipeline::analyze_to_writer(
            input.paths,
            &options,
            |e| {
                let _ = writeln!(stderr.lock(), "crosswire: {e}");
            },
            &mut out,
        )?;
        writeln!(out)?;
        out.flush()?;
        if show_timings {
            print_timings(&timings, start.elapsed());
        }
        return Ok(if errors == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    let analysis = run_pipeline(input)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json if pretty => serde_json::to_writer_pretty(&mut out, &analysis)?,
        Format::Json => serde_json::to_writer(&mut out, &analysis)?,
        Format::Markdown => out.write_all(crosswire::brief::markdown(&analysis).as_bytes())?,
    }
    writeln!(out)?;
    out.flush()?;
    Ok(exit_code(&analysis))
}

/// The stages of a streamed `analyze`, on standard error.
fn print_timings(t: &pipeline::Timings, total: std::time::Duration) {
    let secs = |d: std::time::Duration| d.as_secs_f64();
    eprintln!(
        "analyzed {} reports ({:.1} MB) in {:.1} s: {:.0} reports/s; peak memory {}",
        t.articles,
        t.bytes as f64 / 1e6,
        secs(total),
        t.articles as f64 / secs(total).max(1e-9),
        bench::peak_rss_mb().map_or_else(|| "unknown".into(), |m| format!("{m:.0} MB"))
    );
    eprintln!(
        "  read {:.1} s | clean+metadata+terms {:.1} s | vectors {:.1} s | near-duplicates {:.1} s | grouping {:.1} s | write articles {:.1} s | stories (reconcile, brief) {:.1} s",
        secs(t.ingest),
        secs(t.per_document),
        secs(t.vectors),
        secs(t.copies),
        secs(t.grouping),
        secs(t.write_articles),
        secs(t.write_stories)
    );
}

/// Run the server until Ctrl-C.
fn serve(
    db: store::DbArgs,
    bind: std::net::SocketAddr,
    token: Option<String>,
    max_body_bytes: usize,
) -> anyhow::Result<ExitCode> {
    let location = db.location()?;
    let mut config = crosswire_serve::Config::new(location.clone());
    config.token = token.filter(|t| !t.is_empty());
    config.max_body_bytes = max_body_bytes;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
        let addr = listener.local_addr()?;
        eprintln!(
            "crosswire: serving {location} on http://{addr}/ (ingest over HTTP {})",
            if config.token.is_some() {
                "needs the token"
            } else {
                "off: no --token"
            }
        );
        crosswire_serve::serve(config, listener).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
