//! `crosswire bench`: throughput of the per-document core (decode + clean + metadata) on
//! plain-text reports, on one core and on all cores, run the same way every time.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crosswire::ingest::{decode, Inputs, Limits, Record, RecordFields};
use crosswire::model::InputFormat;
use crosswire::pipeline;
use rayon::prelude::*;

#[derive(clap::Subcommand)]
pub enum BenchCommand {
    /// Write a synthetic corpus with story structure, near-duplicates and reprints (JSONL).
    Gen(crate::gen::GenArgs),
    /// Ingest a synthetic corpus into a fresh store, then load-test the API with concurrent clients.
    Store(crate::bench_store::StoreBenchArgs),
    /// Near-duplicate pairs of the records' texts (MinHash + LSH), timed: the figure to compare
    /// with datasketch (`scripts/minhash_vs_datasketch.py`).
    Dedup(DedupArgs),
    /// HTML pages on one core: bare HTML parse (html5ever), main-content extraction with page
    /// metadata (`clean_html`), and the whole per-document pipeline, each timed over the same
    /// pages held in memory. The figures `scripts/extraction_speed.py` sets beside trafilatura's.
    Extraction(ExtractionArgs),
}

#[derive(clap::Args)]
pub struct ExtractionArgs {
    /// HTML pages (files or directories; gzip allowed).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Time each stage this many times and keep the fastest round.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// One core, pages in memory: bare parse, extraction, whole pipeline.
fn extraction(args: ExtractionArgs) -> anyhow::Result<ExitCode> {
    let records: Vec<Record> = Inputs::new(args.paths.clone(), Limits::default())
        .filter_map(Result::ok)
        .filter(|r| r.body_is_html)
        .collect();
    anyhow::ensure!(!records.is_empty(), "no HTML pages in {:?}", args.paths);
    let pages = records.len() as f64;
    let bytes: usize = records.iter().map(|r| r.body.len()).sum();
    let mb = bytes as f64 / 1e6;
    // The stages take turns within each round, so that a change in the machine's load during
    // the run (common on a shared machine) reaches all three alike; the best round of each
    // counts.
    let time = |f: &dyn Fn(&Record)| -> f64 {
        let t = Instant::now();
        records.iter().for_each(f);
        t.elapsed().as_secs_f64()
    };
    let (mut parse, mut extract, mut whole) = (f64::INFINITY, f64::INFINITY, f64::INFINITY);
    // Each round's own extraction / parse ratio: the two run back to back, so a change in the
    // machine's load between rounds moves both; the median of these is steadier than the
    // ratio of the two best rounds, which may come from different rounds.
    let mut round_ratios = Vec::new();
    for _ in 0..args.rounds.max(1) {
        let p = time(&|r| {
            std::hint::black_box(dom_query::Document::from(r.body.as_str()));
        });
        let e = time(&|r| {
            std::hint::black_box(crosswire::clean::clean_html(
                &r.body,
                r.fields.url.as_deref(),
            ));
        });
        parse = parse.min(p);
        extract = extract.min(e);
        round_ratios.push(e / p);
        whole = whole.min(time(&|r| {
            let _ = std::hint::black_box(pipeline::process_record(r));
        }));
    }
    round_ratios.sort_by(f64::total_cmp);
    let median_ratio = round_ratios[round_ratios.len() / 2];
    let (low, high) = (round_ratios[0], round_ratios[round_ratios.len() - 1]);
    let stage = |s: f64| serde_json::json!({"seconds": s, "pages_per_s": pages / s, "mb_per_s": mb / s, "ms_per_page": s * 1000.0 / pages});
    if args.json {
        println!(
            "{}",
            serde_json::json!({"pages": records.len(), "bytes": bytes, "rounds": args.rounds, "parse": stage(parse), "extraction": stage(extract), "pipeline": stage(whole), "extraction_over_parse": extract / parse, "round_ratio_median": median_ratio, "round_ratio_range": [low, high], "peak_rss_mb": peak_rss_mb()})
        );
    } else {
        println!(
            "{} HTML pages, {mb:.1} MB, one core, best of {} rounds:",
            records.len(),
            args.rounds
        );
        for (name, s) in [
            ("bare parse (html5ever)", parse),
            ("extraction + page metadata", extract),
            ("whole per-document pipeline", whole),
        ] {
            println!(
                "  {name:<28} {:>7.1} pages/s  {:>6.1} MB/s  {:>6.2} ms/page",
                pages / s,
                mb / s,
                s * 1000.0 / pages
            );
        }
        println!(
            "  extraction / bare parse: {:.2}x (best rounds); per round {median_ratio:.2}x median, {low:.2}–{high:.2}x; peak memory {:.0} MB",
            extract / parse,
            peak_rss_mb().unwrap_or(f64::NAN)
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct DedupArgs {
    /// Inputs (JSONL with `id` and `text`, or any other input).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write the pairs found (input ids or paths, tab-separated, with the estimated Jaccard).
    #[arg(long)]
    pairs: Option<PathBuf>,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// Signatures and LSH pairs over the records' bodies exactly as read, on one thread and on all.
fn dedup(args: DedupArgs) -> anyhow::Result<ExitCode> {
    use crosswire::cluster::minhash;
    let records: Vec<Record> = Inputs::new(args.paths.clone(), Limits::default())
        .filter_map(Result::ok)
        .collect();
    anyhow::ensure!(!records.is_empty(), "no records in {:?}", args.paths);
    let n = records.len() as f64;
    let t = Instant::now();
    let one: Vec<[u64; minhash::PERMUTATIONS]> = records
        .iter()
        .map(|r| minhash::signature(&r.body))
        .collect();
    let pairs_one = minhash::near_duplicates_exact(&one, |i| records[i].body.as_str(), 1000);
    let one_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let all: Vec<[u64; minhash::PERMUTATIONS]> = records
        .par_iter()
        .map(|r| minhash::signature(&r.body))
        .collect();
    let pairs = minhash::near_duplicates_exact(&all, |i| records[i].body.as_str(), 1000);
    let all_s = t.elapsed().as_secs_f64();
    assert_eq!(pairs_one.len(), pairs.len(), "same input, same pairs");
    if let Some(path) = &args.pairs {
        use std::io::Write;
        let name = |r: &Record| r.fields.input_id.clone().unwrap_or_else(|| r.path.clone());
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        for &(i, j, sim) in &pairs {
            writeln!(
                out,
                "{}\t{}\t{sim:.4}",
                name(&records[i]),
                name(&records[j])
            )?;
        }
        out.flush()?;
    }
    let threads = rayon::current_num_threads();
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "documents": records.len(), "pairs": pairs.len(),
                "one_core": {"seconds": one_s, "docs_per_s": n / one_s},
                "all_cores": {"threads": threads, "seconds": all_s, "docs_per_s": n / all_s},
            })
        );
    } else {
        println!(
            "MinHash + LSH near-duplicates: {} documents, {} pairs; 1 core {:.0} docs/s ({one_s:.2} s), {threads} threads {:.0} docs/s ({all_s:.2} s)",
            records.len(),
            pairs.len(),
            n / one_s,
            n / all_s
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Peak resident memory of this process so far, in MB (Linux; `None` elsewhere).
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BenchArgs {
    #[command(subcommand)]
    command: Option<BenchCommand>,
    /// Plain-text reports used as templates (files or directories).
    #[arg(default_value = "examples")]
    paths: Vec<PathBuf>,
    /// How many reports to process (templates are repeated, each copy made distinct).
    #[arg(long, default_value_t = 20_000)]
    articles: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
    /// Only read the inputs (decompress, frame, decode) and report records/s and MB/s.
    #[arg(long)]
    read_only: bool,
    /// Process the inputs' records exactly as read (any format, no copies), reading included,
    /// on one core: the figure to compare with the Python wheel inside Spark.
    #[arg(long, conflicts_with = "read_only")]
    as_is: bool,
}

/// Read and process every record of the inputs on one thread, as `crosswire analyze` does per
/// document.
fn as_is(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let (mut records, mut failed, mut bytes) = (0usize, 0usize, 0usize);
    for r in Inputs::new(args.paths.clone(), Limits::default()) {
        match r {
            Ok(r) => {
                bytes += r.input_bytes;
                match pipeline::process_record(&r) {
                    Ok(_) => records += 1,
                    Err(_) => failed += 1,
                }
            }
            Err(_) => failed += 1,
        }
    }
    let s = t.elapsed().as_secs_f64();
    if args.json {
        println!(
            "{}",
            serde_json::json!({"records": records, "failed": failed, "bytes": bytes, "one_core": {"seconds": s, "articles_per_s": records as f64 / s, "mb_per_s": bytes as f64 / 1e6 / s}})
        );
    } else {
        println!(
            "read + process as is (1 core): {records} articles ({failed} failed), {:.1} MB in {s:.2} s: {:.0} articles/s, {:.1} MB/s",
            bytes as f64 / 1e6,
            records as f64 / s,
            bytes as f64 / 1e6 / s
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Read every record of the inputs on one thread: the ingest layer alone.
fn read_only(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let (mut records, mut bytes, mut errors) = (0usize, 0usize, 0usize);
    for r in Inputs::new(args.paths.clone(), Limits::default()) {
        match r {
            Ok(r) => {
                records += 1;
                bytes += r.input_bytes;
            }
            Err(_) => errors += 1,
        }
    }
    let s = t.elapsed().as_secs_f64();
    if args.json {
        println!(
            "{}",
            serde_json::json!({"records": records, "errors": errors, "bytes": bytes, "seconds": s, "records_per_s": records as f64 / s, "mb_per_s": bytes as f64 / 1e6 / s})
        );
    } else {
        println!("read only (1 thread): {records} records, {errors} errors, {:.1} MB of record bytes in {s:.2} s: {:.0} records/s, {:.1} MB/s", bytes as f64 / 1e6, records as f64 / s, bytes as f64 / 1e6 / s);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        Some(BenchCommand::Gen(g)) => return crate::gen::run(g),
        Some(BenchCommand::Store(s)) => return crate::bench_store::run(s),
        Some(BenchCommand::Dedup(d)) => return dedup(d),
        Some(BenchCommand::Extraction(e)) => return extraction(e),
        None => {}
    }
    if args.read_only {
        return read_only(&args);
    }
    if args.as_is {
        return as_is(&args);
    }
    let templates: Vec<Vec<u8>> = Inputs::new(args.paths.clone(), Limits::default())
        .filter_map(Result::ok)
        .filter(|r| r.format == InputFormat::Text)
        .map(|r| r.body.into_bytes())
        .collect();
    anyhow::ensure!(
        !templates.is_empty(),
        "no plain-text reports found in {:?}",
        args.paths
    );
    // Distinct copies, so that nothing is cached by content.
    let inputs: Vec<Vec<u8>> = (0..args.articles)
        .map(|i| {
            let mut t = templates[i % templates.len()].clone();
            t.extend_from_slice(format!("\n\nThis copy is number {i}.").as_bytes());
            t
        })
        .collect();
    let bytes: usize = inputs.iter().map(Vec::len).sum();

    let one = |raw: &Vec<u8>| -> usize {
        let decoded = decode::decode(raw, None).expect("templates decode");
        let record = Record {
            path: "bench".into(),
            line: None,
            format: InputFormat::Text,
            input_bytes: raw.len(),
            body: decoded.text,
            body_is_html: false,
            fields: RecordFields::default(),
        };
        pipeline::process_record(&record)
            .map(|p| p.article.text.len())
            .unwrap_or(0)
    };

    // Warm up (resources, regexes).
    for raw in inputs.iter().take(100) {
        one(raw);
    }
    let t = Instant::now();
    let single: usize = inputs.iter().map(one).sum();
    let single_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let multi: usize = inputs.par_iter().map(one).sum();
    let multi_s = t.elapsed().as_secs_f64();
    assert_eq!(single, multi, "the same input must give the same output");

    let n = inputs.len() as f64;
    let mb = bytes as f64 / 1e6;
    let threads = rayon::current_num_threads();
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "articles": inputs.len(),
                "mean_bytes": bytes / inputs.len(),
                "one_core": {"seconds": single_s, "articles_per_s": n / single_s, "mb_per_s": mb / single_s},
                "all_cores": {"threads": threads, "seconds": multi_s, "articles_per_s": n / multi_s, "mb_per_s": mb / multi_s},
            })
        );
    } else {
        println!(
            "decode + clean + metadata, plain text: {} reports, mean {} bytes",
            inputs.len(),
            bytes / inputs.len()
        );
        println!(
            "  1 core:    {:>9.0} articles/s  {:>7.1} MB/s  ({:.2} s)",
            n / single_s,
            mb / single_s,
            single_s
        );
        println!(
            "  {threads} threads: {:>9.0} articles/s  {:>7.1} MB/s  ({:.2} s)",
            n / multi_s,
            mb / multi_s,
            multi_s
        );
    }
    Ok(ExitCode::SUCCESS)
}
