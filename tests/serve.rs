//! End to end: the store commands and the server, through the real binary — ingest twice, the
//! API, the pages in headless Chromium, hostile markup, the ingest token, and a kill -9 mid-ingest.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_crosswire")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosswire-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn crosswire(args: &[&str]) -> std::process::Output {
    common::run(args, None)
}

fn ingest_json(db: &Path, paths: &[&Path]) -> Value {
    let mut args = vec!["ingest", "--json", "--db", db.to_str().unwrap()];
    let owned: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(owned.iter().map(String::as_str));
    let out = crosswire(&args);
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("ingest --json prints JSON")
}

/// A running `crosswire serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(db: &Path, token: Option<&str>) -> Server {
        let mut cmd = Command::new(bin());
        cmd.args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--db",
            db.to_str().unwrap(),
        ])
        .env_remove("CROSSWIRE_TOKEN")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
        if let Some(t) = token {
            cmd.args(["--token", t]);
        }
        let mut child = cmd.spawn().expect("serve starts");
        let mut line = String::new();
        BufReader::new(child.stderr.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .unwrap_or_else(|| panic!("serve says where it listens: {line}"))
            .to_string();
        Server { child, addr }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A response: status, headers (lower-case names), body.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&self.body));
        })
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A minimal HTTP/1.1 client (one request per connection), enough for these tests.
fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // A server may answer (413) and close before a large body is sent: read the answer anyway.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Response {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&b[..eol]).unwrap().trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 2 + size + 2..];
    }
}

fn get(server: &Server, path: &str) -> Response {
    http(&server.addr, "GET", path, &[], b"")
}

const HOSTILE: &str = "GENEVA: The harbour authority said on Tuesday that the ferry service would \
resume next week after repairs. <script>document.title='pwned';document.body.innerHTML='pwned'</script> \
Officials said the repairs had cost more than expected. <img src=x onerror=\"document.title='pwned'\">\n";

#[test]
fn ingest_twice_stores_once_and_the_api_serves_the_story() {
    let dir = scratch("api");
    let db = dir.join("news.db");
    let seeds = common::root().join("examples/seeds");
    let first = ingest_json(&db, &[&seeds]);
    assert_eq!(first["progress"]["added"], 5);
    assert_eq!(first["articles"], 5);
    let second = ingest_json(&db, &[&seeds]);
    assert_eq!(second["progress"]["added"], 0);
    assert_eq!(second["progress"]["already"], 5);
    assert_eq!(
        second["articles"], 5,
        "the same reports twice are stored once"
    );
    assert_eq!(second["stories"], 1);

    // The CLI reads the same store.
    let out = crosswire(&["stories", "--json", "--db", db.to_str().unwrap()]);
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let story_id = list[0]["id"].as_str().unwrap().to_string();
    let out = crosswire(&["story", &story_id, "--db", db.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Rubio"));
    let out = crosswire(&[
        "search",
        "Jaishankar",
        "--json",
        "--db",
        db.to_str().unwrap(),
    ]);
    let hits: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(hits
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["kind"] == "entity"));
    for (format, marker) in [
        ("json", "\"format_version\""),
        ("ndjson", "\"story\""),
        ("csv", "id,story,source"),
    ] {
        let out = crosswire(&["export", "--format", format, "--db", db.to_str().unwrap()]);
        assert!(out.status.success(), "export {format}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(marker),
            "export {format}"
        );
    }
    let out = crosswire(&["export", "--format", "json", "--db", db.to_str().unwrap()]);
    let exported: Value = serde_json::from_slice(&out.stdout).expect("export json is JSON");
    assert_eq!(exported["articles"].as_array().unwrap().len(), 5);
    assert_eq!(exported["stories"].as_array().unwrap().len(), 1);

    // Parquet: articles with their signatures and band keys, and stories, read back with arrow-rs.
    for (what, rows) in [("articles", 5), ("stories", 1)] {
        let file = dir.join(format!("{what}.parquet"));
        let out = crosswire(&[
            "export",
            "--format",
            "parquet",
            "--what",
            what,
            "-o",
            file.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
            std::fs::File::open(&file).unwrap(),
        )
        .unwrap()
        .build()
        .unwrap();
        let batches: Vec<_> = reader.map(Result::unwrap).collect();
        assert_eq!(
            batches.iter().map(|b| b.num_rows()).sum::<usize>(),
            rows,
            "{what}"
        );
        if what == "articles" {
            use arrow_array::Array;
            let keys = batches[0]
                .column_by_name("band_keys")
                .unwrap()
                .as_any()
                .downcast_ref::<arrow_array::ListArray>()
                .unwrap()
                .value(0);
            assert_eq!(keys.len(), crosswire::cluster::minhash::BANDS);
            let stories = batches[0].column_by_name("story").unwrap();
            assert_eq!(stories.null_count(), 0, "every article has its story");
            // The story's extractions, per article, with spans into the article's text.
            let quotes = batches[0]
                .column_by_name("quotes")
                .unwrap()
                .as_any()
                .downcast_ref::<arrow_array::StringArray>()
                .unwrap();
            let found: usize = (0..quotes.len())
                .map(|i| {
                    serde_json::from_str::<Vec<Value>>(quotes.value(i))
                        .unwrap()
                        .len()
                })
                .sum();
            assert!(found >= 10, "quotes per article: {found}");
        }
    }
    let out = crosswire(&[
        "export",
        "--format",
        "parquet",
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(!out.status.success(), "parquet needs --output");

    let server = Server::start(&db, Some("s3cret-token"));
    let r = get(&server, "/api/stories");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["stories"][0]["id"], story_id.as_str());
    assert!(r
        .header("content-security-policy")
        .is_some_and(|v| v.contains("default-src 'none'")));

    let r = get(&server, &format!("/api/stories/{story_id}"));
    assert_eq!(r.status, 200);
    let story = r.json();
    let quotes = story["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 5);
    assert!(quotes.iter().any(|q| q["text"]
        .as_str()
        .unwrap()
        .contains("identify methods to de-escalate")));
    assert!(story["claims"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["status"] == "disputed"));
    assert_eq!(story["reports"].as_array().unwrap().len(), 5);
    for key in ["brief", "timeline", "coverage", "entities"] {
        assert!(!story[key].as_array().unwrap().is_empty(), "{key}");
    }

    let article_id = story["articles"][0].as_str().unwrap();
    let r = get(&server, &format!("/api/articles/{article_id}"));
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["story"], story_id.as_str());

    let r = get(&server, "/api/stories?entity=subrahmanyam%20jaishankar");
    assert_eq!(r.json()["stories"].as_array().unwrap().len(), 1);
    let r = get(&server, "/api/stories?source=nowhere.example");
    assert_eq!(r.json()["stories"].as_array().unwrap().len(), 0);
    let r = get(&server, "/api/stories?date=not-a-date");
    assert_eq!(r.status, 400);
    assert!(r.json()["error"].as_str().unwrap().contains("YYYY-MM-DD"));

    let r = get(&server, "/api/search?q=de-escalate");
    assert_eq!(r.status, 200);
    assert!(!r.json()["hits"].as_array().unwrap().is_empty());
    assert_eq!(get(&server, "/api/search").status, 400);

    let r = get(&server, "/openapi.json");
    assert_eq!(r.status, 200);
    let doc = r.json();
    for path in [
        "/api/stories",
        "/api/stories/{id}",
        "/api/articles/{id}",
        "/api/search",
        "/api/ingest",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} documented");
    }

    // Nothing outside the store can be reached, and errors say nothing of the internals.
    for path in [
        "/../../etc/passwd",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/stories/%3Cscript%3E",
        "/static/../Cargo.toml",
    ] {
        let r = get(&server, path);
        assert_eq!(r.status, 404, "{path}");
        assert!(!r.text().contains("root:"), "{path}");
    }

    // Ingest over HTTP needs the token.
    let r = http(&server.addr, "POST", "/api/ingest", &[], HOSTILE.as_bytes());
    assert_eq!(r.status, 401);
    let r = http(
        &server.addr,
        "POST",
        "/api/ingest",
        &[("Authorization", "Bearer wrong")],
        HOSTILE.as_bytes(),
    );
    assert_eq!(r.status, 401);
    assert_eq!(
        get(&server, "/api/stories").json()["stories"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let r = http(
        &server.addr,
        "POST",
        "/api/ingest?name=ferry.txt",
        &[("Authorization", "Bearer s3cret-token")],
        HOSTILE.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["progress"]["added"], 1);
    assert_eq!(r.json()["articles"], 6);
    // Too large a body is refused.
    let big = vec![b'a'; 40 << 20];
    let r = http(
        &server.addr,
        "POST",
        "/api/ingest",
        &[("Authorization", "Bearer s3cret-token")],
        &big,
    );
    assert_eq!(r.status, 413);
}

/// Chromium is needed where `.ci/run` installs it; elsewhere the page test says it skipped.
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|n| PathBuf::from("/usr/bin").join(n))
        .find(|p| p.exists());
    if found.is_none() {
        assert!(
            std::env::var_os("CROSSWIRE_REQUIRE_CHROMIUM").is_none(),
            "Chromium is required here but not installed"
        );
        eprintln!("skipped: Chromium not installed (apt-get install chromium)");
    }
    found
}

/// The page as headless Chromium renders it (after any script would have run).
fn render(browser: &Path, url: &str) -> String {
    let profile = scratch(&format!("chromium-{}", url.len()));
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
            &format!("--user-data-dir={}", profile.display()),
            "--dump-dom",
            url,
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn story_page_renders_in_chromium_with_quotes_and_the_disputed_figure() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = scratch("pages");
    let db = dir.join("news.db");
    let hostile = dir.join("hostile.txt");
    std::fs::write(&hostile, HOSTILE).unwrap();
    ingest_json(&db, &[&common::root().join("examples/seeds"), &hostile]);
    let server = Server::start(&db, None);
    let stories = get(&server, "/api/stories").json();
    let seed_story = stories["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["articles"] == 5)
        .expect("the seed story")["id"]
        .as_str()
        .unwrap()
        .to_string();

    let index = render(&browser, &server.url("/"));
    assert!(index.contains(&format!("/stories/{seed_story}")), "{index}");

    let page = render(&browser, &server.url(&format!("/stories/{seed_story}")));
    assert!(page.contains("<h2>Quotes</h2>"), "{page}");
    assert!(page.contains("identify methods to de-escalate"));
    assert!(page.contains("class=\"status disputed\">disputed</span>"));
    assert!(page.contains("25 Hindu tourists and a guide") && page.contains("26 tourists"));
    assert!(page.contains("<h2>Timeline</h2>") && page.contains("Coverage by outlet"));
    // Citations open onto their source sentence, linked to the span in its report.
    assert!(page.contains("<details class=\"cite\">"));
    let cited = page
        .split("href=\"/articles/")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a citation link")
        .replace("&amp;", "&");
    let source = render(&browser, &server.url(&format!("/articles/{cited}")));
    assert!(source.contains("<mark id=\"cited\">"), "{source}");

    // A report carrying markup shows it as text; no script of its own runs.
    let hostile_id = get(&server, "/api/search?q=ferry").json()["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["kind"] == "article")
        .expect("the hostile report is searchable")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let page = render(&browser, &server.url(&format!("/articles/{hostile_id}")));
    assert!(
        page.contains("&lt;script&gt;document.title='pwned'"),
        "{page}"
    );
    assert!(!page.contains("<script"), "no script element: {page}");
    assert!(!page.contains("<img"), "no image element: {page}");
    assert!(!page.contains("<title>pwned"), "{page}");
    let results = render(&browser, &server.url("/search?q=ferry+%3Cscript%3E"));
    assert!(results.contains("<mark>ferry</mark>"), "{results}");
    assert!(!results.contains("<script"), "{results}");
}

#[test]
fn a_kill_during_ingest_loses_nothing_committed_and_a_rerun_completes() {
    let dir = scratch("kill");
    let corpus = dir.join("corpus.jsonl");
    let out = crosswire(&[
        "bench",
        "gen",
        "--articles",
        "6000",
        "--out",
        corpus.to_str().unwrap(),
        "--seed",
        "7",
    ]);
    assert!(out.status.success());
    let db = dir.join("killed.db");
    let mut child = Command::new(bin())
        .args([
            "ingest",
            "--db",
            db.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first committed chunk, then kill -9 (SIGKILL: no chance to clean up).
    let started = Instant::now();
    let committed = loop {
        let n = count_articles(&db);
        if n > 0 {
            break n;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no chunk committed"
        );
        if child.try_wait().unwrap().is_some() {
            break n;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap();
    child.wait().unwrap();
    let after_kill = count_articles(&db);
    assert!(after_kill >= committed, "nothing committed is lost");
    assert!(after_kill < 6000, "killed before the end ({after_kill})");

    let rerun = ingest_json(&db, &[&corpus]);
    let fresh = ingest_json(&dir.join("fresh.db"), &[&corpus]);
    assert_eq!(
        rerun["articles"], fresh["articles"],
        "no duplicates, nothing missing"
    );
    assert_eq!(
        rerun["progress"]["already"].as_u64().unwrap()
            + rerun["progress"]["added"].as_u64().unwrap(),
        fresh["progress"]["added"].as_u64().unwrap()
            + fresh["progress"]["already"].as_u64().unwrap()
    );
    assert_eq!(rerun["stories"], fresh["stories"]);
    let ids = |name: &str| -> Vec<String> {
        let out = crosswire(&[
            "stories",
            "--json",
            "--limit",
            "100000",
            "--db",
            dir.join(name).to_str().unwrap(),
        ]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut ids: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(
        ids("killed.db"),
        ids("fresh.db"),
        "the same stories as an uninterrupted ingest"
    );
}

fn count_articles(db: &Path) -> u64 {
    if !db.exists() {
        return 0;
    }
    // Read-only peek, as another process would.
    match crosswire_store::Store::open(&crosswire_store::Location::Sqlite(db.to_path_buf())) {
        Ok(mut s) => s.counts().map(|c| c.articles).unwrap_or(0),
        Err(_) => 0,
    }
}

#[test]
fn the_server_works_the_same_over_postgresql() {
    let Some(admin) = std::env::var("CROSSWIRE_TEST_POSTGRES")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        eprintln!("skipped: CROSSWIRE_TEST_POSTGRES not set");
        return;
    };
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    client
        .batch_execute("DROP DATABASE IF EXISTS crosswire_e2e")
        .unwrap();
    client
        .batch_execute("CREATE DATABASE crosswire_e2e")
        .unwrap();
    let (base, _) = admin.rsplit_once('/').unwrap();
    let url = format!("{base}/crosswire_e2e");
    let seeds = common::root().join("examples/seeds");
    for expected_added in [5, 0] {
        let out = crosswire(&["ingest", "--json", "--db", &url, seeds.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["progress"]["added"], expected_added);
        assert_eq!(report["articles"], 5);
    }
    let mut server = Server::start(Path::new(&url), Some("t"));
    let list = get(&server, "/api/stories").json();
    let id = list["stories"][0]["id"].as_str().unwrap().to_string();
    let story = get(&server, &format!("/api/stories/{id}")).json();
    assert!(story["quotes"].as_array().unwrap().len() >= 5);
    let hits = get(&server, "/api/search?q=de-escalate").json();
    assert!(!hits["hits"].as_array().unwrap().is_empty());
    let page = get(&server, &format!("/stories/{id}")).text();
    assert!(page.contains("disputed"));
    server.child.kill().unwrap();
}
