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
        /// Group online (`crosswire stream`: reports in file order, each decided on arrival)
        /// instead of in batch.
        #[arg(long)]
        online: bool,
        /// With `--online`: reports decided together.
        #[arg(long, default_value_t = 1)]
        batch: usize,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Main content and publication dates of HTML pages, on every extraction set present.
    Extraction {
        /// Folder holding the sets (scrapinghub-article-extraction-benchmark, trafilatura-eval,
        /// wcxb, htmldate-eval).
        #[arg(long, default_value = "../shared/data/extraction")]
        data: PathBuf,
        /// Print this many worst pages per set.
        #[arg(long, default_value_t = 3)]
        worst: usize,
        /// Write each htmldate-eval page's gold and predicted date (with where it came from)
        /// as JSON lines to this file, for error analysis.
        #[arg(long)]
        dates_out: Option<PathBuf>,
        /// Write each trafilatura-eval page's missed `with` segments and kept `without`
        /// segments, with the extracted text, as JSON lines to this file, for error analysis.
        #[arg(long)]
        segments_out: Option<PathBuf>,
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
        /// Write every predicted quote occurrence as JSON lines (article, kind, start, end,
        /// speaker, cue) to this file, for error analysis.
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn quotes(
    data: &std::path::Path,
    split: &str,
    show_errors: usize,
    predictions_out: Option<&std::path::Path>,
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
    type Scored = (
        polnear::QuoteCounts,
        Vec<polnear::Mistake>,
        Vec<serde_json::Value>,
    );
    let want_lines = predictions_out.is_some();
    let results: Vec<Scored> = jobs
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
            let (counts, mistakes) = polnear::score_article_with_mistakes(&text, &gold, &predicted);
            let article = t.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let lines = if want_lines {
                predicted
                    .iter()
                    .flat_map(|q| {
                        q.occurrences.iter().map(move |o| {
                            serde_json::json!({
                                "article": article, "kind": q.kind, "start": o.start,
                                "end": o.end, "speaker": o.speaker_text, "occurrence_speaker": o.speaker,
                                "resolved_speaker": q.speaker, "cue": o.cue,
                            })
                        })
                    })
                    .collect()
            } else {
                Vec::new()
            };
            Some((counts, mistakes, lines))
        })
        .collect();
    let counts: Vec<polnear::QuoteCounts> = results.iter().map(|r| r.0).collect();
    if let Some(path) = predictions_out {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        for line in results.iter().flat_map(|r| &r.2) {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
    }
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
        for m in mistakes
            .iter()
            .filter(|m| matches!(m, polnear::Mistake::MissedReported(..)))
            .take(show_errors)
        {
            eprintln!("missed reported: {m:?}");
        }
        for m in mistakes
            .iter()
            .filter(|m| matches!(m, polnear::Mistake::Spurious(..)))
            .take(show_errors)
        {
            eprintln!("spurious: {m:?}");
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
        let named = (
            total.speaker_right - total.speaker_right_pronoun,
            total.speaker_judged - total.speaker_judged_pronoun,
        );
        println!(
            "    gold source named      {:.3}  ({} of {})",
            ratio(named.0, named.1),
            named.0,
            named.1
        );
        println!(
            "    gold source a pronoun  {:.3}  ({} of {}; resolved here to the last named source of its number and sex)",
            ratio(total.speaker_right_pronoun, total.speaker_judged_pronoun),
            total.speaker_right_pronoun,
            total.speaker_judged_pronoun
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(cmd: EvalCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        EvalCommand::Extraction {
            data,
            worst,
            dates_out,
            segments_out,
            json,
        } => extraction(
            &data,
            worst,
            dates_out.as_deref(),
            segments_out.as_deref(),
            json,
        ),
        EvalCommand::Quotes {
            data,
            split,
            errors,
            predictions,
            json,
        } => quotes(&data, &split, errors, predictions.as_deref(), json),
        EvalCommand::Clustering {
            data,
            story_threshold,
            online,
            batch,
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
            let gold_of = |a: &crosswire::model::Article| {
                let gold = a.extra.get("gold_event")?;
                Some(
                    gold.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| gold.to_string()),
                )
            };
            let items: Vec<(String, String)> = if online {
                // Online: each report decided on arrival; its story is where it ends up once
                // later merges are followed.
                let mut grouper = crosswire::cluster::online::Online::new(options.cluster);
                let mut merged_into: Vec<u32> = Vec::new();
                let mut assigned: Vec<(u32, String)> = Vec::new();
                let processed: Vec<pipeline::Processed> =
                    crosswire::ingest::Inputs::new(vec![docs], options.limits)
                        .filter_map(Result::ok)
                        .filter_map(|r| pipeline::process_guarded(&r).ok())
                        .collect();
                for chunk in processed.chunks(batch.max(1)) {
                    let docs: Vec<_> = chunk.iter().map(|p| p.doc.clone()).collect();
                    for (p, a) in chunk.iter().zip(grouper.add_batch(&docs)) {
                        if a.opened {
                            merged_into.push(a.story);
                        }
                        for &m in &a.merged {
                            merged_into[m as usize] = a.story;
                        }
                        if let Some(g) = gold_of(&p.article) {
                            assigned.push((a.story, g));
                        }
                    }
                }
                let root = |mut s: u32| {
                    while merged_into[s as usize] != s {
                        s = merged_into[s as usize];
                    }
                    s
                };
                assigned
                    .into_iter()
                    .map(|(s, g)| (root(s).to_string(), g))
                    .collect()
            } else {
                let (analysis, _) =
                    pipeline::analyze_paths(vec![docs], &options, |e| eprintln!("crosswire: {e}"));
                let story_of: std::collections::HashMap<&str, &str> = analysis
                    .stories
                    .iter()
                    .flat_map(|s| s.articles.iter().map(move |a| (a.as_str(), s.id.as_str())))
                    .collect();
                analysis
                    .articles
                    .iter()
                    .filter_map(|a| Some((story_of[a.id.as_str()].to_string(), gold_of(a)?)))
                    .collect()
            };
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
                    "clustering{} on {}: {} docs, {} stories predicted, {} gold events (threshold {:.2})",
                    if online {
                        format!(" (online, batches of {batch})")
                    } else {
                        String::new()
                    },
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

/// One page through the pipeline, read as `analyze` reads it (gzip, declared charset): its
/// clean text and publication date.
/// A page's main text, publication date, where the date came from, and whether the page was
/// judged an article.
type Extracted = (String, Option<chrono::NaiveDate>, Option<String>, bool);

fn extract_page(path: &std::path::Path, url: Option<&str>) -> Extracted {
    let inputs = crosswire::ingest::Inputs::new(vec![path.to_path_buf()], Default::default());
    let Some(Ok(mut record)) = inputs.into_iter().next() else {
        return (String::new(), None, None, false);
    };
    record.fields.url = url.map(str::to_string);
    match pipeline::process_record(&record) {
        Ok(p) => (
            p.article.text,
            p.article.published,
            p.article.published_from.map(|f| {
                serde_json::to_value(f)
                    .map(|v| v.to_string())
                    .unwrap_or_default()
            }),
            p.article.page.is_none_or(|v| v.is_article),
        ),
        Err(_) => (String::new(), None, None, false),
    }
}

fn extraction(
    data: &std::path::Path,
    worst: usize,
    dates_out: Option<&std::path::Path>,
    segments_out: Option<&std::path::Path>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    use crosswire::eval::extraction as m;
    use rayon::prelude::*;
    use serde_json::Value;
    if !data.is_dir() {
        println!(
            "skipped: {} not found (benchmark data is not in this checkout)",
            data.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut report = serde_json::Map::new();
    // Article pages the page verdict wrongly calls something else (every page of these two sets
    // is an article).
    let not_articles = std::sync::atomic::AtomicUsize::new(0);
    use std::sync::atomic::Ordering;
    let read_json = |p: std::path::PathBuf| -> anyhow::Result<Value> {
        let text = std::fs::read_to_string(&p)?.replace(": NaN", ": null");
        Ok(serde_json::from_str(&text)?)
    };
    let print_worst = |name: &str, mut pages: Vec<(f64, String)>| {
        pages.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (score, page) in pages.into_iter().take(worst) {
            eprintln!("  worst {name}: {score:.3} {page}");
        }
    };

    // Scrapinghub.
    let dir = data.join("scrapinghub-article-extraction-benchmark");
    if dir.is_dir() {
        let gold = read_json(dir.join("ground-truth.json"))?;
        let items: Vec<(&String, &Value)> = gold
            .as_object()
            .map(|o| o.iter().collect())
            .unwrap_or_default();
        let t = std::time::Instant::now();
        // (page id, (precision contribution, recall contribution))
        type PageScore = (String, (Option<f64>, Option<f64>));
        let pages: Vec<PageScore> = items
            .par_iter()
            .map(|(id, g)| {
                let (text, _, _, is_article) = extract_page(
                    &dir.join("html").join(format!("{id}.html.gz")),
                    g["url"].as_str(),
                );
                if !is_article {
                    not_articles.fetch_add(1, Ordering::Relaxed);
                }
                (
                    (*id).clone(),
                    m::scrapinghub_page(g["articleBody"].as_str().unwrap_or(""), &text),
                )
            })
            .collect();
        let secs = t.elapsed().as_secs_f64();
        let (p, r, f) = m::scrapinghub_score(&pages.iter().map(|x| x.1).collect::<Vec<_>>());
        let not_articles = not_articles.swap(0, Ordering::Relaxed);
        println!(
            "scrapinghub ({} pages): P {p:.3} R {r:.3} F1 {f:.3}  ({:.1} ms/page on {} threads); {not_articles} article pages judged not articles",
            pages.len(),
            secs * 1000.0 / pages.len() as f64,
            rayon::current_num_threads()
        );
        print_worst(
            "scrapinghub",
            pages
                .iter()
                .map(|(id, (p, r))| {
                    let (p, r) = (p.unwrap_or(0.0), r.unwrap_or(0.0));
                    (
                        if p + r > 0.0 {
                            2.0 * p * r / (p + r)
                        } else {
                            0.0
                        },
                        id.clone(),
                    )
                })
                .collect(),
        );
        report.insert("scrapinghub".into(), serde_json::json!({"pages": pages.len(), "precision": p, "recall": r, "f1": f, "ms_per_page": secs * 1000.0 / pages.len() as f64, "judged_not_articles": not_articles}));
    }

    // trafilatura-eval.
    let dir = data.join("trafilatura-eval");
    if dir.is_dir() {
        let gold = read_json(dir.join("evaldata.json"))?;
        let items: Vec<(&String, &Value)> = gold
            .as_object()
            .map(|o| o.iter().collect())
            .unwrap_or_default();
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        };
        let t = std::time::Instant::now();
        // (address, (tp, fn, fp, tn), the page's misses for `--segments-out`).
        type Scored = (String, (usize, usize, usize, usize), Value);
        let pages: Vec<Scored> = items
            .par_iter()
            .map(|(url, g)| {
                let file = g["file"].as_str().unwrap_or("");
                let (text, _, _, _) = extract_page(
                    &dir.join("html").join(format!("{file}.gz")),
                    Some(url.as_str()),
                );
                let (with, without) = (strings(&g["with"]), strings(&g["without"]));
                let counts = m::segments_page(&text, &with, &without);
                let misses = segments_out.map_or(Value::Null, |_| {
                    let found = |s: &String| m::segment_found(&text, s);
                    serde_json::json!({
                        "url": url, "file": file,
                        "missed": with.iter().take(6).filter(|s| !found(s)).collect::<Vec<_>>(),
                        "kept": without.iter().take(6).filter(|s| found(s)).collect::<Vec<_>>(),
                        "text": text,
                    })
                });
                ((*url).clone(), counts, misses)
            })
            .collect();
        let secs = t.elapsed().as_secs_f64();
        if let Some(out) = segments_out {
            use std::io::Write;
            let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
            for (_, c, misses) in &pages {
                if c.1 + c.2 > 0 {
                    writeln!(w, "{misses}")?;
                }
            }
            w.flush()?;
        }
        let (tp, fn_, fp, tn) = pages.iter().fold((0, 0, 0, 0), |a, (_, c, _)| {
            (a.0 + c.0, a.1 + c.1, a.2 + c.2, a.3 + c.3)
        });
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let acc = (tp + tn) as f64 / (tp + tn + fp + fn_).max(1) as f64;
        println!("trafilatura-eval ({} pages): P {p:.3} R {r:.3} F1 {f:.3} accuracy {acc:.3}  ({:.1} ms/page)", pages.len(), secs * 1000.0 / pages.len() as f64);
        print_worst(
            "trafilatura-eval",
            pages
                .iter()
                .map(|(u, c, _)| {
                    let total = (c.0 + c.1 + c.2 + c.3).max(1) as f64;
                    ((c.0 + c.3) as f64 / total, u.clone())
                })
                .collect(),
        );
        report.insert("trafilatura_eval".into(), serde_json::json!({"pages": pages.len(), "precision": p, "recall": r, "f1": f, "accuracy": acc}));
    }

    // WCXB dev (article pages).
    let dir = data.join("wcxb").join("dev");
    if dir.is_dir() {
        let mut golds: Vec<std::path::PathBuf> = std::fs::read_dir(dir.join("ground-truth"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        golds.sort();
        let t = std::time::Instant::now();
        let pages: Vec<(String, (f64, f64, f64))> = golds
            .par_iter()
            .filter_map(|g| {
                use std::io::Read;
                let mut s = String::new();
                flate2::read::GzDecoder::new(std::fs::File::open(g).ok()?)
                    .read_to_string(&mut s)
                    .ok()?;
                let v: Value = serde_json::from_str(&s).ok()?;
                let id = v["file_id"].as_str()?.to_string();
                let gold = v["ground_truth"]["main_content"].as_str().unwrap_or("");
                let (text, _, _, is_article) = extract_page(
                    &dir.join("html").join(format!("{id}.html.gz")),
                    v["url"].as_str(),
                );
                if !is_article {
                    not_articles.fetch_add(1, Ordering::Relaxed);
                }
                Some((id, m::wcxb_page(gold, &text)))
            })
            .collect();
        let secs = t.elapsed().as_secs_f64();
        let n = pages.len().max(1) as f64;
        let (p, r, f) = pages.iter().fold((0.0, 0.0, 0.0), |a, (_, x)| {
            (a.0 + x.0, a.1 + x.1, a.2 + x.2)
        });
        let not_articles = not_articles.swap(0, Ordering::Relaxed);
        println!(
            "wcxb dev articles ({} pages): P {:.3} R {:.3} F1 {:.3}  ({:.1} ms/page); {not_articles} judged not articles",
            pages.len(),
            p / n,
            r / n,
            f / n,
            secs * 1000.0 / n
        );
        print_worst(
            "wcxb",
            pages.iter().map(|(id, x)| (x.2, id.clone())).collect(),
        );
        report.insert("wcxb_dev".into(), serde_json::json!({"pages": pages.len(), "precision": p / n, "recall": r / n, "f1": f / n, "judged_not_articles": not_articles}));
    }

    // htmldate-eval.
    let dir = data.join("htmldate-eval");
    if dir.is_dir() {
        let in_traf: std::collections::HashSet<String> =
            read_json(dir.join("files-in-trafilatura-eval.json"))
                .ok()
                .and_then(|v| {
                    v.as_array().map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                })
                .unwrap_or_default();
        let mut items: Vec<(String, String, Option<String>)> = Vec::new();
        for f in ["eval_default.json", "eval_mediacloud_2020.json"] {
            let v = read_json(dir.join(f))?;
            for (url, e) in v.as_object().into_iter().flatten() {
                items.push((
                    url.clone(),
                    e["file"].as_str().unwrap_or("").to_string(),
                    e["date"].as_str().map(str::to_string),
                ));
            }
        }
        let traf_html = data.join("trafilatura-eval").join("html");
        let t = std::time::Instant::now();
        type DateRow = (
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
        );
        let results: Vec<DateRow> = items
            .par_iter()
            .map(|(url, file, gold)| {
                let own = dir.join("html").join(format!("{file}.gz"));
                let path = if own.is_file() || !in_traf.contains(file) {
                    own
                } else {
                    traf_html.join(format!("{file}.gz"))
                };
                let (_, date, from, _) = extract_page(&path, Some(url));
                (
                    url.clone(),
                    gold.clone(),
                    date.map(|d| d.to_string()),
                    from,
                    file.clone(),
                )
            })
            .collect();
        if let Some(out) = dates_out {
            use std::io::Write;
            let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
            for (url, gold, got, from, file) in &results {
                writeln!(
                    w,
                    "{}",
                    serde_json::json!({"url": url, "file": file, "gold": gold, "got": got, "from": from})
                )?;
            }
            w.flush()?;
        }
        let secs = t.elapsed().as_secs_f64();
        let (mut tp, mut fp, mut fn_, mut tn) = (0usize, 0usize, 0usize, 0usize);
        for (_, gold, got, _, _) in &results {
            match (gold, got) {
                (Some(g), Some(d)) if g == d => tp += 1,
                (_, Some(_)) => fp += 1,
                (Some(_), None) => fn_ += 1,
                (None, None) => {
                    tn += 1;
                    fn_ += 1;
                }
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let acc = (tp + tn) as f64 / results.len().max(1) as f64;
        println!("htmldate-eval ({} pages): accuracy {acc:.3} P {p:.3} R {r:.3} F1 {f:.3}  ({:.1} ms/page)", results.len(), secs * 1000.0 / results.len().max(1) as f64);
        report.insert("htmldate_eval".into(), serde_json::json!({"pages": results.len(), "accuracy": acc, "precision": p, "recall": r, "f1": f}));
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&Value::Object(report))?);
    }
    Ok(ExitCode::SUCCESS)
}
