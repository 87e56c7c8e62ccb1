//! Parquet interchange through the binary: clusters computed elsewhere come back with
//! `crosswire import`, idempotently; a bad file is a clear error.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::{ArrayRef, Int64Array, RecordBatch, StringArray};
use serde_json::Value;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosswire-ix-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> std::process::Output {
    common::run(args, None)
}

fn stories(db: &Path) -> Vec<Value> {
    let out = run(&["stories", "--json", "--db", db.to_str().unwrap()]);
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn write_clusters(path: &Path, ids: &[String], clusters: &[i64]) {
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(StringArray::from(ids.to_vec())) as ArrayRef),
        (
            "cluster",
            Arc::new(Int64Array::from(clusters.to_vec())) as ArrayRef,
        ),
    ])
    .unwrap();
    let mut w = parquet::arrow::ArrowWriter::try_new(
        std::fs::File::create(path).unwrap(),
        batch.schema(),
        None,
    )
    .unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

#[test]
fn clusters_computed_elsewhere_are_imported_once() {
    let dir = scratch("import");
    let db = dir.join("s.db");
    let seeds = common::root().join("examples/seeds");
    assert!(run(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        seeds.to_str().unwrap()
    ])
    .status
    .success());
    let before = stories(&db);
    assert_eq!(before.len(), 1);
    let out = run(&[
        "story",
        before[0]["id"].as_str().unwrap(),
        "--format",
        "json",
        "--db",
        db.to_str().unwrap(),
    ]);
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<String> = analysis["stories"][0]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let file = dir.join("clusters.parquet");
    write_clusters(&file, &ids, &[7, 7, 9, 9, 9]);

    for round in 0..2 {
        let out = run(&[
            "import",
            "--db",
            db.to_str().unwrap(),
            file.to_str().unwrap(),
        ]);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{said}");
        let changed = if round == 0 {
            "5 new or changed"
        } else {
            "0 new or changed"
        };
        assert!(said.contains(changed), "{said}");
        let after = stories(&db);
        let mut sizes: Vec<u64> = after
            .iter()
            .map(|s| s["articles"].as_u64().unwrap())
            .collect();
        sizes.sort();
        assert_eq!(sizes, vec![2, 3], "round {round}");
    }

    // A file that is not Parquet, or lacks the columns, is a clear error naming it.
    let bogus = dir.join("bogus.parquet");
    std::fs::write(&bogus, b"not parquet at all").unwrap();
    let out = run(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        bogus.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bogus.parquet"));
    let out = run(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        file.to_str().unwrap(),
        "--cluster-column",
        "story",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no column \"story\""));
    assert_eq!(stories(&db).len(), 2, "a failed import changes nothing");
}
