//! The five seed reports against the hand annotation (`tests/fixtures/seeds.gold.json`):
//! boilerplate removed with reasons, every content line kept, metadata right, one story.

mod common;

use std::collections::BTreeSet;

use common::{analyze, article, check_spans, root};
use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/seeds.gold.json")).unwrap(),
    )
    .unwrap()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn boilerplate_is_removed_with_reasons_and_content_kept() {
    let gold = gold();
    let (code, analysis, stderr) = analyze(&[&root().join("examples/seeds")]);
    assert_eq!(code, 0, "{stderr}");
    let mut removed_lines_total = 0;
    for (file, g) in gold["articles"].as_object().unwrap() {
        let a = article(&analysis, file);
        let raw = std::fs::read_to_string(root().join("examples/seeds").join(file)).unwrap();
        let lines: Vec<&str> = raw.split('\n').collect();
        let boilerplate: BTreeSet<usize> = g["boilerplate_lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap() as usize)
            .collect();
        let title_line = g["title_line"].as_u64().map(|l| l as usize);

        // Whole lines removed: exactly the gold boilerplate lines (and the title line, which is
        // moved to `title`), each with a reason.
        let mut whole_lines_removed = BTreeSet::new();
        for r in a["removed"].as_array().unwrap() {
            assert!(
                !r["reason"].as_str().unwrap().is_empty(),
                "removal without a reason: {r}"
            );
            let line = r["line"]
                .as_u64()
                .expect("plain-text removals carry their line") as usize;
            if squash(lines[line - 1]) == squash(r["text"].as_str().unwrap()) {
                whole_lines_removed.insert(line);
            }
        }
        let mut expected = boilerplate.clone();
        expected.extend(title_line);
        assert_eq!(whole_lines_removed, expected, "{file}");
        removed_lines_total += boilerplate.len();

        // Every other non-empty line is in the clean text (a loose header run into the first
        // line is parsed away; the rest of that line stays).
        let text = a["text"].as_str().unwrap();
        for (i, line) in lines.iter().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || expected.contains(&n) {
                continue;
            }
            let mut content = squash(line);
            if let Some(header) = g["header"].as_str() {
                content = content
                    .strip_prefix(header)
                    .map(|c| c.trim().to_string())
                    .unwrap_or(content);
            }
            assert!(text.contains(&content), "{file} line {n} lost: {content}");
        }
    }
    assert_eq!(removed_lines_total, 13);
    check_spans(&analysis);
}

#[test]
fn metadata_matches_the_annotation() {
    let (_, analysis, _) = analyze(&[&root().join("examples/seeds")]);
    let a = |f: &str| article(&analysis, f).clone();
    let a001 = a("001_3d99511ff6c84048.txt");
    assert_eq!(a001["published"], "2025-05-08");
    assert_eq!(a001["published_from"], "header");
    assert_eq!(a001["dateline"]["place"], "WASHINGTON");
    let a002 = a("002_56bf569e7975ecb5.txt");
    assert_eq!(a002["dateline"]["place"], "New Delhi");
    assert_eq!(
        a002["title"],
        "US Asks India, Pakistan to \"Identify Methods to De-Escalate\": Rubio Tells Jaishankar"
    );
    // "May 10" in the dateline, the year from the story.
    assert_eq!(a002["published"], "2025-05-10");
    assert_eq!(a002["published_from"], "dateline");
    assert!(a002["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k == "Operation Sindoor"));
    let a004 = a("004_664e613bfae1bd6e.txt");
    assert_eq!(a004["source"], "channelnewsasia.com");
    assert_eq!(a004["dateline"]["place"], "WASHINGTON");
    assert_eq!(
        a004["published"],
        Value::Null,
        "its header says the date is unknown"
    );
    // "early Saturday (May 10)" gives the date the report's relative dates are read against.
    assert_eq!(a004["reference_date"], "2025-05-10");
    assert_eq!(a004["reference_date_from"], "text");
    for undated in ["000_1cbcbe7be8865816.txt", "003_b9882e595d678b98.txt"] {
        let x = a(undated);
        assert_eq!(x["published"], Value::Null);
        assert_eq!(
            x["reference_date"], "2025-05-10",
            "{undated}: the story's date"
        );
        assert_eq!(x["reference_date_from"], "story");
    }
    for x in analysis["articles"].as_array().unwrap() {
        assert_eq!(x["language"], "eng");
    }
    // Relative dates resolved against the reference date.
    let resolved = |x: &Value, expr: &str| -> String {
        x["dates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["text"] == expr)
            .unwrap_or_else(|| panic!("no date {expr}"))["resolved"]["date"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(resolved(&a001, "on Wednesday"), "2025-05-07");
    assert_eq!(resolved(&a001, "April 22"), "2025-04-22");
    assert_eq!(resolved(&a004, "last month"), "2025-04-01");
    assert_eq!(resolved(&a002, "on Friday"), "2025-05-09");
}

#[test]
fn the_seeds_are_one_story_and_unrelated_reports_stay_apart() {
    let (code, analysis, stderr) = analyze(&[
        &root().join("examples/seeds"),
        &root().join("tests/fixtures/unrelated"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let stories = analysis["stories"].as_array().unwrap();
    let ids_of = |dir: &str| -> BTreeSet<String> {
        analysis["articles"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["path"].as_str().unwrap().contains(dir))
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    };
    let seeds = ids_of("examples/seeds");
    assert_eq!(seeds.len(), 5);
    let seed_story: Vec<&Value> = stories
        .iter()
        .filter(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|id| seeds.contains(id.as_str().unwrap()))
        })
        .collect();
    assert_eq!(seed_story.len(), 1, "the five seeds form one story");
    let members: BTreeSet<String> = seed_story[0]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(members, seeds, "and nothing else joins it");
    // Every article in exactly one story.
    let mut all: Vec<String> = stories
        .iter()
        .flat_map(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
        })
        .collect();
    all.sort();
    let n = all.len();
    all.dedup();
    assert_eq!(all.len(), n);
    assert_eq!(n, analysis["articles"].as_array().unwrap().len());
    assert_eq!(stories.len(), 4);
}

#[test]
fn ids_are_stable_across_runs() {
    let (_, a, _) = analyze(&[&root().join("examples/seeds")]);
    let (_, b, _) = analyze(&[&root().join("examples/seeds")]);
    assert_eq!(a, b);
}
