//! `crosswire eval`: quality on public benchmark data, reproducing each benchmark's own metric.

use std::path::PathBuf;
use std::process::ExitCode;

use crosswire::pipeline::{self, Options};

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Story grouping against gold events (ECB+: `docs.jsonl` with `doc_id` and `gold_event`).
    Clustering {
        /// Folder holding `docs.jsonl`.
        #[arg(long, default_value = "../shared/data/clustering/ecbplus")]
        data: PathBuf,
        /// Similarity threshold to evaluate (default: the pipeline's).
        #[arg(long)]
        story_threshold: Option<f32>,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Quote and speaker attribution against PolNeAR's attribution relations.
    Quotes {
        /// PolNeAR folder (holding `data/<split>/text` and `data/<split>/attributions`).
        #[arg(long, default_value = "../shared/data/quotes/polnear")]
        data: PathBuf,
        /// Split to score.
        #[arg(long, default_value = "train")]
        split: String,
        /// Print this many mistakes of each kind (missed quotes, wrong speakers) to stderr.
        #[arg(long, default_value_t = 0)]
        errors: usize,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn quotes(
    data: &std::path::Path,
    split: &str,
    show_errors: usize,
    json: bool,
) -> anyhow::Result<ExitCode> {
    use crosswire::eval::polnear;
    use crosswire::reconcile::{entities, quotes};
    use rayon::prelude::*;
    let text_dir = data.join("data").join(split).join("text");
    let ann_dir = data.join("data").join(split).join("attributions");
    if !text_dir.is_dir() {
        println!(
            "skipped: {} not found (benchmark data is not in this checkout)",
            text_dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut anns: Vec<PathBuf> = std::fs::read_dir(&ann_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    anns.sort();
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&text_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    texts.sort();
    // One annotation per text: the first annotator's, in name order.
    let jobs: Vec<(PathBuf, PathBuf)> = texts
        .into_iter()
        .filter_map(|t| {
            let stem = t.file_stem()?.to_str()?.to_string();
            let ann = anns.iter().find(|a| {
                a.file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| s.rsplit_once('_').is_some_and(|(name, _)| name == stem))
            })?;
            Some((t, ann.clone()))
        })
        .collect();
    let start = std::time::Instant::now();
    let results: Vec<(polnear::QuoteCounts, Vec<polnear::Mistake>)> = jobs
        .par_iter()
        .filter_map(|(t, a)| {
            let text = std::fs::read_to_string(t).ok()?;
            let ann = std::fs::read_to_string(a).ok()?;
            let gold = polnear::parse_ann(&ann, &text);
            let id = "a";
            let index = entities::reconcile(&[entities::ArticleText { id, text: &text }]);
            let predicted = quotes::reconcile(
                &[quotes::ArticleQuotes {
                    id,
                    text: &text,
                    origin: id,
                }],
                &index,
            );
            Some(polnear::score_article_with_mistakes(
                &text, &gold, &predicted,
            ))
        })
        .collect();
    let counts: Vec<polnear::QuoteCounts> = results.iter().map(|r| r.0).collect();
    if show_errors > 0 {
        let mistakes: Vec<&polnear::Mistake> = results.iter().flat_map(|r| &r.1).collect();
        for m in mistakes
            .iter()
            .filter(|m| matches!(m, polnear::Mistake::MissedDirect(_)))
            .take(show_errors)
        {
            eprintln!("missed: {m:?}");
        }
        for m in mistakes
            .iter()
            .filter(|m| matches!(m, polnear::Mistake::WrongSpeaker(..)))
            .take(show_errors)
        {
            eprintln!("speaker: {m:?}");
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut total = polnear::QuoteCounts::default();
    for c in &counts {
        total.add(c);
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let scores = serde_json::json!({
        "articles": counts.len(),
        "direct_found": ratio(total.direct_found, total.gold_direct),
        "all_found": ratio(total.all_found, total.gold_all),
        "precision": ratio(total.predicted_correct, total.predicted),
        "speaker_accuracy_direct": ratio(total.speaker_right, total.speaker_judged),
        "articles_per_s": counts.len() as f64 / seconds,
        "counts": total,
    });
    if json {
        println!("{}", serde_json::to_string_pretty(&scores)?);
    } else {
        println!("quotes on PolNeAR {split}: {} articles ({:.0} articles/s, entities + quotes, {} threads)", counts.len(), counts.len() as f64 / seconds, rayon::current_num_threads());
        println!(
            "  direct quotes found   {:.3}  ({} of {})",
            ratio(total.direct_found, total.gold_direct),
            total.direct_found,
            total.gold_direct
        );
        println!(
            "  all attributions found {:.3}  ({} of {})",
            ratio(total.all_found, total.gold_all),
            total.all_found,
            total.gold_all
        );
        println!(
            "  precision of quotes    {:.3}  ({} of {})",
            ratio(total.predicted_correct, total.predicted),
            total.predicted_correct,
            total.predicted
        );
        println!(
            "  speaker accuracy (direct) {:.3}  ({} of {})",
            ratio(total.speaker_right, total.speaker_judged),
            total.speaker_right,
            total.speaker_judged
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        EvalCommand::Quotes {
            data,
            split,
            errors,
            json,
        } => quotes(&data, &split, errors, json),
        EvalCommand::Clustering {
            data,
            story_threshold,
            json,
        } => {
            let docs = data.join("docs.jsonl");
            if !docs.is_file() {
                println!(
                    "skipped: {} not found (benchmark data is not in this checkout)",
                    docs.display()
                );
                return Ok(ExitCode::SUCCESS);
            }
            let mut options = Options::default();
            if let Some(t) = story_threshold {
                options.cluster.threshold = t;
            }
            let (analysis, _) =
                pipeline::analyze_paths(vec![docs], &options, |e| eprintln!("crosswire: {e}"));
            let story_of: std::collections::HashMap<&str, &str> = analysis
                .stories
                .iter()
                .flat_map(|s| s.articles.iter().map(move |a| (a.as_str(), s.id.as_str())))
                .collect();
            let items: Vec<(&str, String)> = analysis
                .articles
                .iter()
                .filter_map(|a| {
                    let gold = a.extra.get("gold_event")?;
                    Some((
                        story_of[a.id.as_str()],
                        gold.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| gold.to_string()),
                    ))
                })
                .collect();
            anyhow::ensure!(
                !items.is_empty(),
                "no article in {} carries a gold_event",
                data.display()
            );
            let s = crosswire::eval::clustering(&items);
            if json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!(
                    "clustering on {}: {} docs, {} stories predicted, {} gold events (threshold {:.2})",
                    data.display(),
                    s.items,
                    s.predicted_clusters,
                    s.gold_clusters,
                    options.cluster.threshold
                );
                println!(
                    "  BCubed    P {:.3}  R {:.3}  F1 {:.3}",
                    s.bcubed_precision, s.bcubed_recall, s.bcubed_f1
                );
                println!(
                    "  pairwise  P {:.3}  R {:.3}  F1 {:.3}",
                    s.pairwise_precision, s.pairwise_recall, s.pairwise_f1
                );
                println!("  ARI {:.3}", s.ari);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
