//! **Store**: articles and stories kept between runs, in SQLite (the embedded default: one file,
//! WAL) or PostgreSQL (for teams), with full-text search over articles, quotes and entities.
//!
//! What is kept: each report once (its id is the hash of its body, so the same report twice is
//! stored once), as the per-document stages made it, with the metadata needed to finish its
//! dates; and the stories the whole store forms now, rebuilt whenever reports arrive
//! ([`ingest::ingest`]). Every write is a transaction: an interruption loses at most the batch in
//! flight, and a store whose stories are stale says so (`dirty`) until they are rebuilt.
//!
//! ```
//! use crosswire_store::{Location, Store};
//! let dir = std::env::temp_dir().join(format!("crosswire-doc-store-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let mut store = Store::open(&Location::parse(dir.join("doc.db").to_str().unwrap())).unwrap();
//! assert_eq!(store.counts().unwrap().articles, 0);
//! ```

mod db;
pub mod ingest;

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use crosswire::meta::Meta;
use crosswire::model::{Analysis, Article, DateMention, Provenance, Story};
use crosswire::pipeline::Processed;
use serde::{Deserialize, Serialize};

use db::{Cell, Db, Val};

/// Where a store lives: a SQLite file, or a PostgreSQL server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite database file (created when missing).
    Sqlite(PathBuf),
    /// A PostgreSQL connection string (`postgres://user@host:port/db`).
    Postgres(String),
}

impl Location {
    /// `postgres://…` or `postgresql://…` is a server; anything else is a SQLite file path.
    pub fn parse(s: &str) -> Location {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Location::Postgres(s.to_string())
        } else {
            Location::Sqlite(PathBuf::from(s))
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "{}", p.display()),
            // Never print a password that the connection string may carry.
            Location::Postgres(url) => match url::Url::parse(url) {
                Ok(mut u) => {
                    if u.password().is_some() {
                        let _ = u.set_password(Some("***"));
                    }
                    write!(f, "{u}")
                }
                Err(_) => write!(f, "postgres://…"),
            },
        }
    }
}

/// A store error: the database could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL said no.
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
    /// Stored JSON that does not read back (a store written by an incompatible version).
    #[error("stored data does not read back: {0}")]
    Json(#[from] serde_json::Error),
    /// Anything else, said plainly.
    #[error("{0}")]
    Other(String),
}

/// Version of the tables this code writes; a store of another version is refused.
const SCHEMA_VERSION: &str = "1";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS crosswire_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    source TEXT,
    title TEXT,
    published TEXT,
    url TEXT,
    path TEXT NOT NULL,
    article TEXT NOT NULL,
    meta TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq);
CREATE TABLE IF NOT EXISTS article_story (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    completion TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_story_story ON article_story (story_id);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    date TEXT,
    summary TEXT NOT NULL,
    story TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_position ON stories (position);
CREATE TABLE IF NOT EXISTS story_facets (
    story_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_facets_lookup ON story_facets (kind, value);
CREATE TABLE IF NOT EXISTS imported_clusters (
    article_id TEXT PRIMARY KEY,
    cluster TEXT NOT NULL
);
";

// Full-text search differs by backend: SQLite's FTS5 ranks by BM25; PostgreSQL has no BM25, so
// it ranks with its own cover-density ranking over a GIN-indexed tsvector.
const SQLITE_SEARCH: &str = "CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    kind UNINDEXED, ref UNINDEXED, story UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2');";
const POSTGRES_SEARCH: &str = "
CREATE TABLE IF NOT EXISTS search (
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    story TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS
        (setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', body)) STORED
);
CREATE INDEX IF NOT EXISTS search_tsv ON search USING GIN (tsv);
CREATE INDEX IF NOT EXISTS search_kind ON search (kind);";

/// Markers around matched words in snippets (private-use characters, stripped from plain text).
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// How many reports and stories a store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Reports stored.
    pub articles: u64,
    /// Stories they form.
    pub stories: u64,
    /// True when reports arrived after the stories were last rebuilt (an interrupted ingest).
    pub stale: bool,
}

/// One line of the story list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorySummary {
    /// Story id.
    pub id: String,
    /// Representative headline.
    pub title: Option<String>,
    /// The story's date.
    pub date: Option<NaiveDate>,
    /// Reports in the story.
    pub articles: usize,
    /// Outlets that carried it (distinct sources), earliest first.
    pub outlets: Vec<String>,
    /// Distinct quotes.
    pub quotes: usize,
    /// Figures that outlets disagree on.
    pub disputed: usize,
    /// Terms that tie the story together.
    pub terms: Vec<String>,
}

/// Which stories to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryFilter {
    /// Stories dated on or after this day.
    pub from: Option<NaiveDate>,
    /// Stories dated on or before this day.
    pub to: Option<NaiveDate>,
    /// Stories naming this entity (a name or alias, any case).
    pub entity: Option<String>,
    /// Stories carried by this outlet (any case).
    pub source: Option<String>,
    /// At most this many (default 100).
    pub limit: Option<usize>,
    /// Skip this many first.
    pub offset: usize,
}

/// A search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// `article`, `quote` or `entity`.
    pub kind: String,
    /// The article, quote or entity id.
    pub id: String,
    /// The story it belongs to, when stories are built.
    pub story: Option<String>,
    /// The article's headline, the quote's speaker or the entity's name.
    pub title: String,
    /// Text around the matches.
    pub snippet: String,
    /// The same snippet as HTML: text escaped, matches in `<mark>`.
    pub snippet_html: String,
    /// Relevance (higher is better; BM25 on SQLite).
    pub score: f64,
}

/// What the story stage adds to a stored report (its dates finished within its story, copies).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Completion {
    published: Option<NaiveDate>,
    published_from: Option<Provenance>,
    reference_date: Option<NaiveDate>,
    reference_date_from: Option<Provenance>,
    dates: Vec<DateMention>,
    duplicate_of: Option<String>,
    duplicate_similarity: Option<f64>,
}

impl Completion {
    fn of(a: &Article) -> Self {
        Completion {
            published: a.published,
            published_from: a.published_from,
            reference_date: a.reference_date,
            reference_date_from: a.reference_date_from,
            dates: a.dates.clone(),
            duplicate_of: a.duplicate_of.clone(),
            duplicate_similarity: a.duplicate_similarity,
        }
    }

    fn apply(self, a: &mut Article) {
        a.published = self.published;
        a.published_from = self.published_from;
        a.reference_date = self.reference_date;
        a.reference_date_from = self.reference_date_from;
        a.dates = self.dates;
        a.duplicate_of = self.duplicate_of;
        a.duplicate_similarity = self.duplicate_similarity;
    }
}

/// An open store.
pub struct Store {
    db: Db,
    location: Location,
}

impl Store {
    /// Open (creating when missing) the store at `location`.
    pub fn open(location: &Location) -> Result<Store, StoreError> {
        let db = match location {
            Location::Sqlite(path) => {
                if path.is_dir() {
                    return Err(StoreError::Other(format!(
                        "{} is a directory, not a database file",
                        path.display()
                    )));
                }
                let c = rusqlite::Connection::open(path)?;
                // WAL: readers (the server) never block the writer (an ingest), and a crash
                // loses at most the transaction in flight.
                c.busy_timeout(std::time::Duration::from_secs(30))?;
                let mode: String = c.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
                if !mode.eq_ignore_ascii_case("wal") {
                    return Err(StoreError::Other(format!(
                        "{}: could not switch to WAL mode (got {mode})",
                        path.display()
                    )));
                }
                c.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")?;
                Db::Sqlite(c)
            }
            Location::Postgres(url) => {
                let client = postgres::Client::connect(url, postgres::NoTls)?;
                Db::Postgres(Box::new(client))
            }
        };
        let mut store = Store {
            db,
            location: location.clone(),
        };
        store.create_schema()?;
        Ok(store)
    }

    /// Where this store lives.
    pub fn location(&self) -> &Location {
        &self.location
    }

    fn create_schema(&mut self) -> Result<(), StoreError> {
        // A store that has its tables needs no write to open: readers (the server) must not
        // wait for an ingest's transaction just to open a connection.
        if let Ok(Some(version)) = self.info("schema") {
            if version == SCHEMA_VERSION {
                return Ok(());
            }
        }
        let search = if self.db.is_postgres() {
            POSTGRES_SEARCH
        } else {
            SQLITE_SEARCH
        };
        if self.db.is_postgres() {
            // Two processes creating the tables at once would race on the catalog.
            self.db
                .batch("BEGIN; SELECT pg_advisory_xact_lock(727470);")?;
        } else {
            self.db.batch("BEGIN IMMEDIATE;")?;
        }
        let created = self
            .db
            .batch(SCHEMA)
            .and_then(|_| self.db.batch(search))
            .and_then(|_| {
                self.db.exec(
                    "INSERT INTO crosswire_info (key, value) VALUES ('schema', $1) \
                     ON CONFLICT (key) DO NOTHING",
                    &[Val::Text(SCHEMA_VERSION)],
                )
            });
        if let Err(e) = created {
            let _ = self.db.batch("ROLLBACK");
            return Err(e);
        }
        self.db.batch("COMMIT")?;
        let version = self.info("schema")?.unwrap_or_default();
        if version != SCHEMA_VERSION {
            return Err(StoreError::Other(format!(
                "{} holds store schema version {version}; this crosswire reads version {SCHEMA_VERSION}",
                self.location
            )));
        }
        Ok(())
    }

    fn info(&mut self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .db
            .query(
                "SELECT value FROM crosswire_info WHERE key = $1",
                &[Val::Text(key)],
            )?
            .into_iter()
            .next()
            .and_then(|mut r| r.pop())
            .and_then(Cell::text))
    }

    fn set_info(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.db.exec(
            "INSERT INTO crosswire_info (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[Val::Text(key), Val::Text(value)],
        )?;
        Ok(())
    }

    /// Start a write transaction; writers are serialised (one ingest at a time per store).
    fn begin_write(&mut self) -> Result<(), StoreError> {
        if self.db.is_postgres() {
            self.db
                .batch("BEGIN; SELECT pg_advisory_xact_lock(727471);")
        } else {
            self.db.batch("BEGIN IMMEDIATE;")
        }
    }

    /// Run `f` inside a write transaction: committed when it succeeds, rolled back otherwise.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.begin_write()?;
        match f(self) {
            Ok(v) => {
                self.db.batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.db.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// How many reports and stories the store holds.
    pub fn counts(&mut self) -> Result<Counts, StoreError> {
        let rows = self.db.query(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories)",
            &[],
        )?;
        let (articles, stories) = rows
            .first()
            .map_or((0, 0), |r| (r[0].int() as u64, r[1].int() as u64));
        let stale = self.info("dirty")?.as_deref() == Some("1");
        Ok(Counts {
            articles,
            stories,
            stale,
        })
    }

    /// Which of `ids` are stored already.
    pub fn known(&mut self, ids: &[&str]) -> Result<HashSet<String>, StoreError> {
        let mut found = HashSet::new();
        for &id in ids {
            if !self
                .db
                .query("SELECT 1 FROM articles WHERE id = $1", &[Val::Text(id)])?
                .is_empty()
            {
                found.insert(id.to_string());
            }
        }
        Ok(found)
    }

    /// Store processed reports in one transaction (reports already stored are left as they
    /// are) and mark the stories stale. Returns how many were new.
    pub fn add(&mut self, items: &[(Article, Meta)]) -> Result<usize, StoreError> {
        self.write(|s| {
            let next = s
                .db
                .query("SELECT COALESCE(MAX(seq), 0) FROM articles", &[])?
                .first()
                .map_or(0, |r| r[0].int());
            let mut added = 0usize;
            for (article, meta) in items {
                let published = article.published.map(|d| d.to_string());
                let n = s.db.exec(
                    "INSERT INTO articles (id, seq, source, title, published, url, path, article, meta) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING",
                    &[
                        Val::Text(&article.id),
                        Val::Int(next + 1 + added as i64),
                        Val::OptText(article.source.as_deref()),
                        Val::OptText(article.title.as_deref()),
                        Val::OptText(published.as_deref()),
                        Val::OptText(article.url.as_deref()),
                        Val::Text(&article.path),
                        Val::Text(&serde_json::to_string(article)?),
                        Val::Text(&serde_json::to_string(meta)?),
                    ],
                )?;
                if n == 1 {
                    added += 1;
                    s.db.exec(
                        "INSERT INTO search (kind, ref, story, title, body) \
                         VALUES ('article', $1, NULL, $2, $3)",
                        &[
                            Val::Text(&article.id),
                            Val::Text(article.title.as_deref().unwrap_or("")),
                            Val::Text(&article.text),
                        ],
                    )?;
                }
            }
            if added > 0 {
                s.set_info("dirty", "1")?;
            }
            Ok(added)
        })
    }

    /// Record stories decided elsewhere: each (article id, cluster label) pair puts the article
    /// in the story of its label at the next rebuild. Importing the same pairs again changes
    /// nothing. Returns how many assignments were new or changed; marks the stories stale then.
    pub fn import_clusters(&mut self, pairs: &[(String, String)]) -> Result<usize, StoreError> {
        self.write(|s| {
            let mut changed = 0usize;
            for (article, cluster) in pairs {
                let current =
                    s.db.query(
                        "SELECT cluster FROM imported_clusters WHERE article_id = $1",
                        &[Val::Text(article)],
                    )?
                    .into_iter()
                    .next()
                    .and_then(|mut r| r.pop())
                    .and_then(Cell::text);
                if current.as_deref() == Some(cluster.as_str()) {
                    continue;
                }
                s.db.exec(
                    "INSERT INTO imported_clusters (article_id, cluster) VALUES ($1, $2) \
                     ON CONFLICT (article_id) DO UPDATE SET cluster = excluded.cluster",
                    &[Val::Text(article), Val::Text(cluster)],
                )?;
                changed += 1;
            }
            if changed > 0 {
                s.set_info("dirty", "1")?;
            }
            Ok(changed)
        })
    }

    /// The imported cluster label of every article that has one.
    pub fn imported_clusters(
        &mut self,
    ) -> Result<std::collections::HashMap<String, String>, StoreError> {
        Ok(self
            .db
            .query("SELECT article_id, cluster FROM imported_clusters", &[])?
            .into_iter()
            .filter_map(|mut r| {
                let cluster = r.pop().and_then(Cell::text)?;
                let article = r.pop().and_then(Cell::text)?;
                Some((article, cluster))
            })
            .collect())
    }

    /// Every stored report as the per-document stages left it, in arrival order, ready to be
    /// grouped again.
    pub fn load_processed(&mut self) -> Result<Vec<Processed>, StoreError> {
        let rows = self
            .db
            .query("SELECT article, meta FROM articles ORDER BY seq", &[])?;
        use rayon::prelude::*;
        rows.into_par_iter()
            .map(|mut r| {
                let meta = r.pop().and_then(Cell::text).unwrap_or_default();
                let article = r.pop().and_then(Cell::text).unwrap_or_default();
                let article: Article = serde_json::from_str(&article)?;
                let meta: Meta = serde_json::from_str(&meta)?;
                Ok(Processed::from_stored(article, meta))
            })
            .collect()
    }

    /// Replace the stories with those of `analysis` (built from every stored report), in one
    /// transaction, and mark the store fresh.
    pub fn replace_stories(&mut self, analysis: &Analysis) -> Result<(), StoreError> {
        let by_id: std::collections::HashMap<&str, &Article> = analysis
            .articles
            .iter()
            .map(|a| (a.id.as_str(), a))
            .collect();
        // Newest first, then the most covered.
        let mut order: Vec<&Story> = analysis.stories.iter().collect();
        order.sort_by(|a, b| {
            b.date
                .cmp(&a.date)
                .then(b.articles.len().cmp(&a.articles.len()))
                .then(a.id.cmp(&b.id))
        });
        self.write(|s| {
            s.db.batch(
                "DELETE FROM stories; DELETE FROM story_facets; DELETE FROM article_story; \
                 DELETE FROM search WHERE kind <> 'article';",
            )?;
            for (position, story) in order.iter().enumerate() {
                let summary = summarize(story, &by_id);
                let date = story.date.map(|d| d.to_string());
                s.db.exec(
                    "INSERT INTO stories (id, position, date, summary, story) VALUES ($1, $2, $3, $4, $5)",
                    &[
                        Val::Text(&story.id),
                        Val::Int(position as i64),
                        Val::OptText(date.as_deref()),
                        Val::Text(&serde_json::to_string(&summary)?),
                        Val::Text(&serde_json::to_string(story)?),
                    ],
                )?;
                let mut facets: Vec<(&str, String)> = Vec::new();
                for e in &story.entities {
                    facets.push(("entity", e.name.to_lowercase()));
                    for alias in &e.aliases {
                        facets.push(("entity", alias.to_lowercase()));
                    }
                }
                for outlet in &summary.outlets {
                    facets.push(("source", outlet.to_lowercase()));
                }
                facets.sort();
                facets.dedup();
                for (kind, value) in &facets {
                    s.db.exec(
                        "INSERT INTO story_facets (story_id, kind, value) VALUES ($1, $2, $3)",
                        &[Val::Text(&story.id), Val::Text(kind), Val::Text(value)],
                    )?;
                }
                for id in &story.articles {
                    if let Some(a) = by_id.get(id.as_str()) {
                        s.db.exec(
                            "INSERT INTO article_story (id, story_id, completion) VALUES ($1, $2, $3)",
                            &[
                                Val::Text(id),
                                Val::Text(&story.id),
                                Val::Text(&serde_json::to_string(&Completion::of(a))?),
                            ],
                        )?;
                    }
                }
                for q in &story.quotes {
                    s.db.exec(
                        "INSERT INTO search (kind, ref, story, title, body) VALUES ('quote', $1, $2, $3, $4)",
                        &[
                            Val::Text(&q.id),
                            Val::Text(&story.id),
                            Val::Text(q.speaker.as_deref().unwrap_or("")),
                            Val::Text(&q.text),
                        ],
                    )?;
                }
                for e in &story.entities {
                    let mut body = e.aliases.join(" · ");
                    for d in e.role.iter().chain(&e.descriptions) {
                        body.push_str(" · ");
                        body.push_str(d);
                    }
                    s.db.exec(
                        "INSERT INTO search (kind, ref, story, title, body) VALUES ('entity', $1, $2, $3, $4)",
                        &[
                            Val::Text(&e.id),
                            Val::Text(&story.id),
                            Val::Text(&e.name),
                            Val::Text(&body),
                        ],
                    )?;
                }
            }
            s.set_info("dirty", "0")?;
            Ok(())
        })
    }

    /// Stories, newest first.
    pub fn stories(&mut self, filter: &StoryFilter) -> Result<Vec<StorySummary>, StoreError> {
        let from = filter.from.map(|d| d.to_string());
        let to = filter.to.map(|d| d.to_string());
        let entity = filter.entity.as_ref().map(|e| e.trim().to_lowercase());
        let source = filter.source.as_ref().map(|e| e.trim().to_lowercase());
        let limit = filter.limit.unwrap_or(100).min(10_000) as i64;
        let rows = self.db.query(
            "SELECT summary FROM stories s \
             WHERE (CAST($1 AS TEXT) IS NULL OR s.date >= $1) \
             AND (CAST($2 AS TEXT) IS NULL OR s.date <= $2) \
             AND (CAST($3 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM story_facets f \
                  WHERE f.story_id = s.id AND f.kind = 'entity' AND f.value = $3)) \
             AND (CAST($4 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM story_facets f \
                  WHERE f.story_id = s.id AND f.kind = 'source' AND f.value = $4)) \
             ORDER BY s.position LIMIT $5 OFFSET $6",
            &[
                Val::OptText(from.as_deref()),
                Val::OptText(to.as_deref()),
                Val::OptText(entity.as_deref()),
                Val::OptText(source.as_deref()),
                Val::Int(limit),
                Val::Int(filter.offset as i64),
            ],
        )?;
        rows.into_iter()
            .map(|mut r| {
                let json = r.pop().and_then(Cell::text).unwrap_or_default();
                Ok(serde_json::from_str(&json)?)
            })
            .collect()
    }

    /// One story, as `analyze` reports it.
    pub fn story(&mut self, id: &str) -> Result<Option<Story>, StoreError> {
        let rows = self
            .db
            .query("SELECT story FROM stories WHERE id = $1", &[Val::Text(id)])?;
        match rows
            .into_iter()
            .next()
            .and_then(|mut r| r.pop())
            .and_then(Cell::text)
        {
            Some(json) => Ok(Some(serde_json::from_str(&json)?)),
            None => Ok(None),
        }
    }

    /// One report, with its dates as its story finished them.
    pub fn article(&mut self, id: &str) -> Result<Option<Article>, StoreError> {
        let rows = self.db.query(
            "SELECT a.article, c.completion FROM articles a \
             LEFT JOIN article_story c ON c.id = a.id WHERE a.id = $1",
            &[Val::Text(id)],
        )?;
        let Some(mut row) = rows.into_iter().next() else {
            return Ok(None);
        };
        let completion = row.pop().and_then(Cell::text);
        let json = row.pop().and_then(Cell::text).unwrap_or_default();
        let mut article: Article = serde_json::from_str(&json)?;
        if let Some(c) = completion {
            serde_json::from_str::<Completion>(&c)?.apply(&mut article);
        }
        Ok(Some(article))
    }

    /// The story an article belongs to.
    pub fn story_of(&mut self, article: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .db
            .query(
                "SELECT story_id FROM article_story WHERE id = $1",
                &[Val::Text(article)],
            )?
            .into_iter()
            .next()
            .and_then(|mut r| r.pop())
            .and_then(Cell::text))
    }

    /// The reports of a story, in the story's order.
    pub fn story_articles(&mut self, story: &Story) -> Result<Vec<Article>, StoreError> {
        let mut out = Vec::with_capacity(story.articles.len());
        for id in &story.articles {
            if let Some(a) = self.article(id)? {
                out.push(a);
            }
        }
        Ok(out)
    }

    /// Visit every stored report (finished as its story left it) in arrival order, with its story.
    pub fn for_each_article(
        &mut self,
        mut f: impl FnMut(Article, Option<String>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        // Pages of ids keep memory bounded on a large store.
        let mut after = 0i64;
        loop {
            let rows = self.db.query(
                "SELECT a.seq, a.article, c.completion, c.story_id FROM articles a \
                 LEFT JOIN article_story c ON c.id = a.id WHERE a.seq > $1 ORDER BY a.seq LIMIT 1000",
                &[Val::Int(after)],
            )?;
            if rows.is_empty() {
                return Ok(());
            }
            for mut row in rows {
                let story = row.pop().and_then(Cell::text);
                let completion = row.pop().and_then(Cell::text);
                let json = row.pop().and_then(Cell::text).unwrap_or_default();
                after = row.pop().map_or(after, |c| c.int());
                let mut article: Article = serde_json::from_str(&json)?;
                if let Some(c) = completion {
                    serde_json::from_str::<Completion>(&c)?.apply(&mut article);
                }
                f(article, story)?;
            }
        }
    }

    /// Every story, in list order.
    pub fn all_stories(&mut self) -> Result<Vec<Story>, StoreError> {
        let rows = self
            .db
            .query("SELECT story FROM stories ORDER BY position", &[])?;
        rows.into_iter()
            .map(|mut r| {
                let json = r.pop().and_then(Cell::text).unwrap_or_default();
                Ok(serde_json::from_str(&json)?)
            })
            .collect()
    }

    /// Full-text search over reports, quotes and entities, best first.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Vec<Hit>, StoreError> {
        let limit = limit.clamp(1, 1000) as i64;
        let rows = if self.db.is_postgres() {
            if query.trim().is_empty() {
                return Ok(Vec::new());
            }
            let options = format!(
                "StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""
            );
            self.db.query(
                "SELECT h.kind, h.ref, COALESCE(h.story, c.story_id), h.title, \
                        ts_headline('simple', h.body, h.q, $3), h.score \
                 FROM (SELECT s.kind, s.ref, s.story, s.title, s.body, q.q, \
                              ts_rank_cd(s.tsv, q.q)::float8 AS score \
                       FROM search s, (SELECT websearch_to_tsquery('simple', $1) AS q) q \
                       WHERE s.tsv @@ q.q ORDER BY score DESC, s.ref LIMIT $2) h \
                 LEFT JOIN article_story c ON h.kind = 'article' AND c.id = h.ref \
                 ORDER BY h.score DESC, h.ref",
                &[Val::Text(query), Val::Int(limit), Val::Text(&options)],
            )?
        } else {
            let Some((all, any)) = fts5_queries(query) else {
                return Ok(Vec::new());
            };
            let sql = format!(
                "SELECT h.kind, h.ref, COALESCE(h.story, c.story_id), h.title, h.snip, h.score \
                 FROM (SELECT kind, ref, story, title, \
                              snippet(search, 4, '{MARK_START}', '{MARK_END}', ' … ', 24) AS snip, \
                              -bm25(search, 0.0, 0.0, 0.0, 3.0, 1.0) AS score \
                       FROM search WHERE search MATCH $1 ORDER BY score DESC, ref LIMIT $2) h \
                 LEFT JOIN article_story c ON h.kind = 'article' AND c.id = h.ref \
                 ORDER BY h.score DESC, h.ref"
            );
            // Every word first; when no document has them all, any of them.
            let rows = self.db.query(&sql, &[Val::Text(&all), Val::Int(limit)])?;
            if rows.is_empty() && any != all {
                self.db.query(&sql, &[Val::Text(&any), Val::Int(limit)])?
            } else {
                rows
            }
        };
        Ok(rows
            .into_iter()
            .map(|r| {
                let mut it = r.into_iter();
                let mut next = || it.next().unwrap_or(Cell::Null);
                let kind = next().text().unwrap_or_default();
                let id = next().text().unwrap_or_default();
                let story = next().text();
                let title = next().text().unwrap_or_default();
                let marked = next().text().unwrap_or_default();
                let score = next().real();
                let (snippet, snippet_html) = render_snippet(&marked);
                Hit {
                    kind,
                    id,
                    story,
                    title,
                    snippet,
                    snippet_html,
                    score: (score * 1000.0).round() / 1000.0,
                }
            })
            .collect())
    }
}

/// The list line of a story.
fn summarize(story: &Story, by_id: &std::collections::HashMap<&str, &Article>) -> StorySummary {
    let mut outlets: Vec<String> = Vec::new();
    for id in &story.articles {
        if let Some(src) = by_id.get(id.as_str()).and_then(|a| a.source.clone()) {
            if !outlets.contains(&src) {
                outlets.push(src);
            }
        }
    }
    StorySummary {
        id: story.id.clone(),
        title: story.title.clone(),
        date: story.date,
        articles: story.articles.len(),
        outlets,
        quotes: story.quotes.len(),
        disputed: story
            .claims
            .iter()
            .filter(|c| c.status == crosswire::model::ClaimStatus::Disputed)
            .count(),
        terms: story.terms.clone(),
    }
}

/// A user's query as FTS5 queries (all words; any word), or `None` when it has no words.
///
/// Every word and "quoted phrase" becomes an FTS5 string, so no input can inject FTS5 syntax
/// (column filters, NEAR, prefix stars).
fn fts5_queries(query: &str) -> Option<(String, String)> {
    let mut terms: Vec<String> = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        let words: Vec<&str> = part
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            continue;
        }
        if i % 2 == 1 {
            // Inside quotes: a phrase.
            terms.push(format!("\"{}\"", words.join(" ")));
        } else {
            terms.extend(words.iter().map(|w| format!("\"{w}\"")));
        }
    }
    if terms.is_empty() {
        return None;
    }
    Some((terms.join(" "), terms.join(" OR ")))
}

/// A snippet with match markers → (plain text, HTML with `<mark>`).
fn render_snippet(marked: &str) -> (String, String) {
    let plain: String = marked
        .chars()
        .filter(|&c| c != MARK_START && c != MARK_END)
        .collect();
    let mut html = String::with_capacity(marked.len() + 16);
    for c in marked.chars() {
        match c {
            MARK_START => html.push_str("<mark>"),
            MARK_END => html.push_str("</mark>"),
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
    (plain.split_whitespace().collect::<Vec<_>>().join(" "), html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_cannot_inject_fts5_syntax() {
        let (all, any) = fts5_queries("title:foo* NEAR(\"a b\") -x").unwrap();
        assert_eq!(all, "\"title\" \"foo\" \"NEAR\" \"a b\" \"x\"");
        assert!(any.contains(" OR "));
        assert_eq!(fts5_queries("  *** "), None);
    }

    #[test]
    fn snippets_escape_text_and_mark_matches() {
        let (plain, html) = render_snippet("a <b>\u{E000}word\u{E001}</b>");
        assert_eq!(plain, "a <b>word</b>");
        assert_eq!(html, "a &lt;b&gt;<mark>word</mark>&lt;/b&gt;");
    }

    #[test]
    fn locations_tell_servers_from_files() {
        assert_eq!(
            Location::parse("postgres://u@h/db"),
            Location::Postgres("postgres://u@h/db".into())
        );
        assert_eq!(
            Location::parse("news.db"),
            Location::Sqlite(PathBuf::from("news.db"))
        );
        let shown = Location::parse("postgres://u:secret@h:5432/db").to_string();
        assert!(!shown.contains("secret"), "{shown}");
    }
}
