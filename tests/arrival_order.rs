//! Arrival order does not change the stories. Batch grouping is a function of the set of reports
//! (weighted terms over the whole set; average-linkage merges taken most similar first, so the
//! order of merges follows the similarities and not the input; only exact ties of two scores are
//! broken by position), so the documented tolerance is zero: the same reports in any order, in one
//! batch or ingested into a store in pieces, give the same partition into stories.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn run(args: &[&str]) -> std::process::Output {
    common::run(args, None)
}

/// The stories of an analysis as a set of sets of article ids (order-free). The same report
/// read twice is one report (a batch suffixes the second copy's id, a store keeps it once).
fn partition(analysis: &Value) -> BTreeSet<BTreeSet<String>> {
    analysis["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| {
                    let id = id.as_str().unwrap();
                    id.split_once('-').map_or(id, |(base, _)| base).to_string()
                })
                .collect()
        })
        .collect()
}

fn analyze(path: &Path) -> Value {
    let out = run(&["analyze", "--format", "json", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn stories_do_not_depend_on_arrival_order() {
    let dir = std::env::temp_dir().join(format!("crosswire-order-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("corpus.jsonl");
    let out = run(&[
        "bench",
        "gen",
        "--articles",
        "1500",
        "--out",
        corpus.to_str().unwrap(),
        "--seed",
        "11",
    ]);
    assert!(out.status.success());
    let lines: Vec<String> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    // The same reports reversed, and interleaved (odd lines first).
    let reversed = dir.join("reversed.jsonl");
    let mut r = lines.clone();
    r.reverse();
    std::fs::write(&reversed, r.join("\n") + "\n").unwrap();
    let interleaved = dir.join("interleaved.jsonl");
    let mut i: Vec<String> = lines.iter().skip(1).step_by(2).cloned().collect();
    i.extend(lines.iter().step_by(2).cloned());
    std::fs::write(&interleaved, i.join("\n") + "\n").unwrap();

    let base = partition(&analyze(&corpus));
    assert!(
        base.len() > 100,
        "a corpus with many stories ({})",
        base.len()
    );
    assert_eq!(partition(&analyze(&reversed)), base, "reversed order");
    assert_eq!(partition(&analyze(&interleaved)), base, "interleaved order");

    // A store fed in two pieces, the second half first, ends with the same stories.
    let first_half = dir.join("first.jsonl");
    let second_half = dir.join("second.jsonl");
    std::fs::write(&first_half, lines[..750].join("\n") + "\n").unwrap();
    std::fs::write(&second_half, lines[750..].join("\n") + "\n").unwrap();
    let db = dir.join("pieces.db");
    let _ = std::fs::remove_file(&db);
    for piece in [&second_half, &first_half] {
        let out = run(&[
            "ingest",
            "--db",
            db.to_str().unwrap(),
            piece.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = run(&["export", "--format", "json", "--db", db.to_str().unwrap()]);
    let stored: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        partition(&stored),
        base,
        "ingested in pieces, in another order"
    );
}
