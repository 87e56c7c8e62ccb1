//! `crosswire stream`: online grouping, one JSON line per report as it arrives.

mod common;

use std::collections::HashMap;

use serde_json::Value;

/// Each report's final story label, following the merges announced on later lines.
fn final_stories(stdout: &[u8]) -> Vec<(String, String)> {
    let lines: Vec<Value> = String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let mut into: HashMap<String, String> = HashMap::new();
    for l in &lines {
        let story = l["story"].as_str().unwrap().to_string();
        if l["opened"].as_bool().unwrap() {
            assert_eq!(
                l["id"], l["story"],
                "a story is named by the report that opened it"
            );
        }
        for m in l["merged"].as_array().into_iter().flatten() {
            into.insert(m.as_str().unwrap().to_string(), story.clone());
        }
    }
    let root = |mut s: String| {
        while let Some(next) = into.get(&s) {
            s = next.clone();
        }
        s
    };
    lines
        .iter()
        .map(|l| {
            (
                l["id"].as_str().unwrap().to_string(),
                root(l["story"].as_str().unwrap().to_string()),
            )
        })
        .collect()
}

#[test]
fn seeds_are_one_story_online_and_unrelated_reports_stay_apart() {
    let out = common::run(
        &["stream", "examples/seeds", "tests/fixtures/unrelated"],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stories = final_stories(&out.stdout);
    assert_eq!(stories.len(), 8);
    let seed_story = &stories[0].1;
    for (id, story) in &stories[..5] {
        assert_eq!(story, seed_story, "seed {id} joins the seed story");
    }
    for (id, story) in &stories[5..] {
        assert_ne!(story, seed_story, "unrelated {id} stays apart");
    }
}

#[test]
fn a_pipe_is_grouped_record_by_record() {
    let dir = common::tempdir("online");
    let corpus = dir.join("corpus.jsonl");
    let out = common::run(
        &[
            "bench",
            "gen",
            "--articles",
            "400",
            "--out",
            corpus.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    let mut input = std::fs::read(&corpus).unwrap();
    // A broken line in the middle: reported, and the stream goes on.
    let middle = input.iter().position(|&b| b == b'\n').unwrap() + 1;
    input.splice(middle..middle, b"{not json\n".iter().copied());
    let out = common::run(&["stream", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    let stories = final_stories(&out.stdout);
    assert_eq!(stories.len(), 400);
    // The generator's gold stories are recovered online too (by BCubed precision and recall
    // over the 400 reports).
    let gold: Vec<String> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["story"].to_string())
        .collect();
    let items: Vec<(&str, &str)> = stories
        .iter()
        .zip(&gold)
        .map(|((_, s), g)| (s.as_str(), g.as_str()))
        .collect();
    let scores = crosswire::eval::clustering(&items);
    assert!(
        scores.bcubed_precision > 0.95 && scores.bcubed_recall > 0.95,
        "{scores:?}"
    );
}
