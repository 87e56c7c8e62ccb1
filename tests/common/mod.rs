//! Helpers shared by the end-to-end tests: run the real binary, parse its JSON.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The crate root (where `examples/` and `tests/fixtures/` live).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run `crosswire` with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosswire"))
        .args(args)
        .current_dir(root())
        // A store named in the environment must not leak into the tests.
        .env_remove("CROSSWIRE_DB")
        .env_remove("CROSSWIRE_TOKEN")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("crosswire runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

/// Run `crosswire analyze --format json` on `paths`; returns (exit code, JSON, stderr).
pub fn analyze(paths: &[&Path]) -> (i32, Value, String) {
    let mut args = vec!["analyze", "--format", "json"];
    let owned: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(owned.iter().map(String::as_str));
    let out = run(&args, None);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("analyze printed no JSON ({e}); stderr: {stderr}"));
    (out.status.code().unwrap_or(-1), json, stderr)
}

/// A fresh, empty temporary directory for one test.
pub fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosswire-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The article whose path ends with `suffix`.
pub fn article<'a>(analysis: &'a Value, suffix: &str) -> &'a Value {
    analysis["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"].as_str().unwrap().ends_with(suffix))
        .unwrap_or_else(|| panic!("no article from {suffix}"))
}

/// Every span-like object (`start`/`end` with a known article) must slice that article's text
/// on character boundaries and, where the object gives its `text`, equal it.
pub fn check_spans(analysis: &Value) {
    for a in analysis["articles"].as_array().unwrap() {
        let text = a["text"].as_str().unwrap();
        let mut spans: Vec<&Value> = Vec::new();
        if !a["dateline"].is_null() {
            spans.push(&a["dateline"]);
        }
        spans.extend(a["dates"].as_array().into_iter().flatten());
        spans.extend(a["repairs"].as_array().into_iter().flatten());
        for s in spans {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let slice = text
                .get(start..end)
                .unwrap_or_else(|| panic!("span {start}..{end} off text"));
            let expected = s
                .get("text")
                .or_else(|| s.get("original"))
                .and_then(Value::as_str)
                .unwrap();
            assert_eq!(slice, expected, "span {start}..{end} in {}", a["path"]);
        }
    }
}
