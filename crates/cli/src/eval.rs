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
}

pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitCode> {
    match cmd {
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
