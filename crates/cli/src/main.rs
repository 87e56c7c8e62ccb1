//! `crosswire`: the command-line tool. It only parses flags and wires library stages together.

mod bench;
mod eval;
mod gen;

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
        #[command(flatten)]
        input: InputArgs,
    },
    /// Read reports and print the account of each story, every sentence cited.
    Brief {
        /// Output format.
        #[arg(long, value_enum, default_value_t = BriefFormat::Markdown)]
        format: BriefFormat,
        #[command(flatten)]
        input: InputArgs,
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
    /// Similarity at which two reports join one story (0–1).
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
            input,
        } => report(input, format, pretty),
        Command::Brief { format, input } => brief(input, format),
        Command::Schema => {
            let schema = schemars::schema_for!(crosswire::model::Analysis);
            println!("{}", serde_json::to_string_pretty(&schema)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(args) => bench::run(args),
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
fn report(input: InputArgs, format: Format, pretty: bool) -> anyhow::Result<ExitCode> {
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
