//! `crosswire bench store`: ingest throughput into a fresh store, then the API's latency under
//! concurrent clients on loopback (a bounded load test: a fixed number of requests).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crosswire::ingest::{Inputs, Limits};
use crosswire::pipeline::Options;
use crosswire_store::{ingest, Location, Store, StoryFilter};

#[derive(clap::Args)]
pub struct StoreBenchArgs {
    /// Synthetic reports to ingest (plain text in JSONL, from `bench gen`).
    #[arg(long, default_value_t = 20_000)]
    articles: usize,
    /// The store to fill (default: a new SQLite file in a temporary folder). Must be empty.
    #[arg(long)]
    db: Option<String>,
    /// Concurrent API clients.
    #[arg(long, default_value_t = 50)]
    clients: usize,
    /// API requests in all.
    #[arg(long, default_value_t = 10_000)]
    requests: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: StoreBenchArgs) -> anyhow::Result<ExitCode> {
    let dir = std::env::temp_dir().join(format!("crosswire-bench-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let corpus = dir.join("corpus.jsonl");
    crate::gen::write(std::fs::File::create(&corpus)?, args.articles, 8, 1)?;
    let location = match &args.db {
        Some(db) => Location::parse(db),
        None => Location::Sqlite(dir.join("bench.db")),
    };
    let mut store = Store::open(&location)?;
    anyhow::ensure!(
        store.counts()?.articles == 0,
        "{location} is not empty: bench needs an empty store"
    );

    // Ingest: read, process, store, rebuild the stories — what `crosswire ingest` does.
    let t = Instant::now();
    let inputs = Inputs::new(vec![corpus.clone()], Limits::default());
    let report = ingest::ingest(&mut store, inputs, &Options::default(), |_| {})?;
    let ingest_s = t.elapsed().as_secs_f64();
    let read = report.progress.read as f64;

    // Load: clients fetch random stories over keep-alive connections.
    let ids: Vec<String> = store
        .stories(&StoryFilter {
            limit: Some(10_000),
            ..Default::default()
        })?
        .into_iter()
        .map(|s| s.id)
        .collect();
    anyhow::ensure!(!ids.is_empty(), "no stories to request");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    let config = crosswire_serve::Config::new(location.clone());
    runtime.spawn(async move {
        let _ = crosswire_serve::serve(config, listener).await;
    });
    let per_client = args.requests.div_ceil(args.clients.max(1));
    let t = Instant::now();
    let handles: Vec<_> = (0..args.clients.max(1))
        .map(|c| {
            let ids = ids.clone();
            std::thread::spawn(move || -> anyhow::Result<Vec<Duration>> {
                let mut conn = Conn::open(&addr.to_string())?;
                let mut latencies = Vec::with_capacity(per_client);
                let mut x = c as u64 * 0x9e37_79b9 + 1;
                for _ in 0..per_client {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let id = &ids[(x % ids.len() as u64) as usize];
                    let t = Instant::now();
                    let status = conn.get(&format!("/api/stories/{id}"))?;
                    latencies.push(t.elapsed());
                    anyhow::ensure!(status == 200, "status {status} for {id}");
                }
                Ok(latencies)
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::new();
    for h in handles {
        latencies.extend(
            h.join()
                .map_err(|_| anyhow::anyhow!("a client thread panicked"))??,
        );
    }
    let load_s = t.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies[((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len()) - 1]
            .as_secs_f64()
            * 1000.0
    };
    let figures = serde_json::json!({
        "articles": report.articles,
        "stories": report.stories,
        "records_read": report.progress.read,
        "ingest_seconds": ingest_s,
        "ingest_articles_per_s": read / ingest_s,
        "store_seconds": report.store_time.as_secs_f64(),
        "rebuild_seconds": report.rebuild_time.as_secs_f64(),
        "clients": args.clients,
        "requests": latencies.len(),
        "requests_per_s": latencies.len() as f64 / load_s,
        "latency_ms": {"p50": pct(0.50), "p90": pct(0.90), "p99": pct(0.99), "max": pct(1.0)},
        "peak_rss_mb": crate::bench::peak_rss_mb(),
    });
    if args.json {
        println!("{figures}");
    } else {
        println!(
            "ingest: {} records → {} reports in {} stories in {ingest_s:.2} s: {:.0} reports/s \
             (store {:.2} s, rebuild stories {:.2} s)",
            report.progress.read,
            report.articles,
            report.stories,
            read / ingest_s,
            report.store_time.as_secs_f64(),
            report.rebuild_time.as_secs_f64()
        );
        println!(
            "API GET /api/stories/{{id}}: {} clients, {} requests in {load_s:.2} s ({:.0}/s); latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            args.clients,
            latencies.len(),
            latencies.len() as f64 / load_s,
            pct(0.5),
            pct(0.9),
            pct(0.99),
            pct(1.0)
        );
    }
    drop(runtime);
    if args.db.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        let _ = std::fs::remove_file(&corpus);
    }
    Ok(ExitCode::SUCCESS)
}

/// One keep-alive HTTP/1.1 connection (the load generator needs nothing more).
struct Conn {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    host: String,
}

impl Conn {
    fn open(addr: &str) -> std::io::Result<Conn> {
        let s = TcpStream::connect(addr)?;
        s.set_nodelay(true)?;
        s.set_read_timeout(Some(Duration::from_secs(30)))?;
        Ok(Conn {
            reader: BufReader::new(s.try_clone()?),
            writer: s,
            host: addr.to_string(),
        })
    }

    /// GET `path`; returns the status after reading the whole body.
    fn get(&mut self, path: &str) -> anyhow::Result<u16> {
        write!(
            self.writer,
            "GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.host
        )?;
        let mut line = String::new();
        self.reader.read_line(&mut line)?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| anyhow::anyhow!("bad status line {line:?}"))?;
        let mut length = 0usize;
        loop {
            line.clear();
            self.reader.read_line(&mut line)?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse()?;
                }
            }
        }
        let mut body = vec![0u8; length];
        self.reader.read_exact(&mut body)?;
        Ok(status)
    }
}
