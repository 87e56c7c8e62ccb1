//! Every kind of bad input gets one clear error line naming the file (and line); the rest of the
//! batch goes on; the exit code says that something failed; nothing panics or hangs.

mod common;

use std::io::Write;

use common::{analyze, tempdir};

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn each_bad_input_is_reported_and_the_batch_goes_on() {
    let dir = tempdir("bad");
    let good = "WASHINGTON: The talks resumed on Monday, officials said.\n";
    std::fs::write(dir.join("a_good.txt"), good).unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), [0x7f, b'E', b'L', b'F', 0, 1, 2, 3]).unwrap();
    std::fs::write(
        dir.join("undecodable.txt"),
        b"\xef\xbb\xbfThe BOM says UTF-8 but \xff\xfe\xfd is not.",
    )
    .unwrap();
    let mut truncated = gzip(&good.repeat(400).into_bytes());
    truncated.truncate(truncated.len() / 2);
    std::fs::write(dir.join("truncated.txt.gz"), truncated).unwrap();
    std::fs::write(
        dir.join("lines.jsonl"),
        "{\"id\": \"ok1\", \"text\": \"The first record is fine.\"}\n{not json\n{\"id\": \"ok2\", \"text\": \"The third record is fine.\"}\n",
    )
    .unwrap();
    // A 50 MB single line, as plain text and as a JSONL line.
    let huge = "word ".repeat(10 << 20);
    std::fs::write(dir.join("huge.txt"), &huge).unwrap();
    std::fs::write(
        dir.join("huge.jsonl"),
        format!("{{\"text\": \"{huge}\"}}\n{{\"text\": \"After the huge line.\"}}\n"),
    )
    .unwrap();
    // A FIFO would block a naive reader forever.
    let fifo = dir.join("pipe.txt");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let missing = dir.join("missing.txt");
    // Pages nested thousands deep would take minutes or overflow the parser's stack.
    std::fs::write(
        dir.join("deep.html"),
        format!("<html><body>{}x</body></html>", "<div>".repeat(200_000)),
    )
    .unwrap();
    std::fs::write(
        dir.join("tables.html"),
        format!(
            "<html><body>{}x</body></html>",
            "<table><tr><td>".repeat(20_000)
        ),
    )
    .unwrap();
    // 9 MB of markup: extraction would take seconds and gigabytes.
    std::fs::write(
        dir.join("huge.html"),
        format!("<html><body>{}</body></html>", "<p>word ".repeat(1_200_000)),
    )
    .unwrap();

    let (code, analysis, stderr) = analyze(&[&dir, &missing]);
    assert_eq!(
        code, 1,
        "the exit code says something failed; stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    let texts: Vec<&str> = analysis["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "WASHINGTON: The talks resumed on Monday, officials said.",
            "After the huge line.",
            "The first record is fine.",
            "The third record is fine."
        ]
    );

    let line_for = |file: &str| -> String {
        let lines: Vec<&str> = stderr.lines().filter(|l| l.contains(file)).collect();
        assert_eq!(lines.len(), 1, "one error line for {file}: {stderr}");
        lines[0].to_string()
    };
    assert!(line_for("empty.txt").contains("empty file"));
    assert!(line_for("binary.txt").contains("binary file"));
    assert!(line_for("undecodable.txt").contains("not valid UTF-8"));
    assert!(line_for("truncated.txt.gz").contains("truncated gzip"));
    assert!(line_for("lines.jsonl").contains("lines.jsonl: line 2: not JSON"));
    assert!(line_for("huge.txt").contains("limit"));
    assert!(line_for("huge.jsonl").contains("huge.jsonl: line 1:"));
    assert!(line_for("missing.txt").contains("no such file"));
    assert!(line_for("deep.html").contains("nested more than 512 elements deep"));
    assert!(line_for("tables.html").contains("nested more than 512 elements deep"));
    assert!(line_for("huge.html").contains("over the 8 MB limit for one page"));
    if made_fifo {
        assert!(line_for("pipe.txt").contains("not a regular file"));
    }
    let errors = analysis["errors"].as_array().unwrap();
    assert_eq!(errors.len(), if made_fifo { 12 } else { 11 });
}

#[test]
fn truncated_gzip_jsonl_keeps_the_lines_before_the_damage() {
    let dir = tempdir("gzjsonl");
    let mut body = String::new();
    for i in 0..2000 {
        body.push_str(&format!("{{\"id\": \"r{i}\", \"text\": \"Record number {i} reports a vote in parliament on Monday.\"}}\n"));
    }
    let mut gz = gzip(body.as_bytes());
    gz.truncate(gz.len() * 2 / 3);
    std::fs::write(dir.join("cut.jsonl.gz"), gz).unwrap();
    let (code, analysis, stderr) = analyze(&[&dir]);
    assert_eq!(code, 1);
    let n = analysis["articles"].as_array().unwrap().len();
    assert!(n > 100 && n < 2000, "kept {n} records before the damage");
    assert!(
        stderr.contains("cut.jsonl.gz: line") && stderr.contains("gzip"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2_without_output() {
    let out = common::run(&["analyze"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
