//! `analyze --format json` streams (articles spilled to a temporary file, a few hundred bytes per
//! report kept in memory); `analyze --pretty` and the library's `analyze_paths` hold everything.
//! Both must give the same document.

mod common;

use std::path::Path;

use serde_json::Value;

/// The streamed document and the in-memory one for the same inputs, with both exit codes.
fn both(paths: &[&str]) -> ((i32, Value), (i32, Value)) {
    let mut args = vec!["analyze"];
    args.extend(paths);
    let streamed = common::run(&args, None);
    let mut args = vec!["analyze", "--pretty"];
    args.extend(paths);
    let held = common::run(&args, None);
    let parse = |out: &std::process::Output| -> (i32, Value) {
        let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "no JSON ({e}); stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (out.status.code().unwrap_or(-1), v)
    };
    (parse(&streamed), parse(&held))
}

#[test]
fn the_streamed_document_is_the_one_held_in_memory() {
    let dir = common::tempdir("streaming");
    let corpus = dir.join("corpus.jsonl");
    // A corpus with stories, near-duplicates and reprints; plus a broken file and an empty one
    // in the same batch, and the seeds twice (the same bodies read again get `-2` ids).
    let out = common::run(
        &[
            "bench",
            "gen",
            "--articles",
            "3000",
            "--out",
            corpus.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    std::fs::write(
        dir.join("broken.warc"),
        b"WARC/1.0\r\nContent-Length: 99999\r\n\r\nshort",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    let (broken, empty) = (dir.join("broken.warc"), dir.join("empty.txt"));
    let paths = [
        corpus.to_str().unwrap(),
        "examples/seeds",
        broken.to_str().unwrap(),
        "examples/seeds",
        empty.to_str().unwrap(),
    ];
    let ((code_s, streamed), (code_h, held)) = both(&paths);
    assert_eq!(code_s, 1, "input errors give exit code 1");
    assert_eq!(code_s, code_h);
    assert!(!streamed["errors"].as_array().unwrap().is_empty());
    let copies = streamed["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["duplicate_of"].is_string())
        .count();
    assert!(copies > 100, "the corpus has copies: {copies}");
    assert!(streamed["articles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["id"].as_str().unwrap().ends_with("-2")));
    assert_eq!(streamed, held);
}

#[test]
fn the_streamed_document_matches_on_benchmark_pages() {
    let warc = common::root().join("../shared/data/warc");
    if !Path::new(&warc).is_dir() {
        eprintln!("skipped: {} not found", warc.display());
        return;
    }
    let ((_, streamed), (_, held)) = both(&[warc.to_str().unwrap()]);
    assert!(!streamed["stories"].as_array().unwrap().is_empty());
    assert_eq!(streamed, held);
}
