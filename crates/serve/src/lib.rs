//! **Serve**: a JSON API and web pages over a crosswire store.
//!
//! Read endpoints are open; `POST /api/ingest` needs the token set when the server started.
//! Everything the pages show from an article is escaped ([`pages`]); every response carries a
//! Content-Security-Policy that allows no script at all; request bodies and handling time are
//! bounded; nothing is served from the file system, so there is no path to traverse.
//!
//! Store calls are blocking (rusqlite, postgres): they run on tokio's blocking pool, each with a
//! connection taken from a small pool, so readers run in parallel (SQLite in WAL mode lets them)
//! while ingests are serialised.

pub mod pages;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use crosswire::ingest::{Inputs, Limits};
use crosswire::pipeline::Options;
use crosswire_store::{ingest, Location, Store, StoreError, StoryFilter};
use serde::Deserialize;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store.
    pub location: Location,
    /// The token `POST /api/ingest` requires (`Authorization: Bearer …`); without one, ingest
    /// over HTTP is refused.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Longest a request may take before it is answered with 503.
    pub request_timeout: Duration,
    /// Longest an ingest request may take.
    pub ingest_timeout: Duration,
}

impl Config {
    /// Defaults for a store at `location`: 32 MiB bodies, 10 s reads, 10 min ingests.
    pub fn new(location: Location) -> Self {
        Config {
            location,
            token: None,
            max_body_bytes: 32 << 20,
            request_timeout: Duration::from_secs(10),
            ingest_timeout: Duration::from_secs(600),
        }
    }
}

struct AppState {
    config: Config,
    /// Idle store connections, reused across requests.
    idle: Mutex<Vec<Store>>,
    /// One ingest at a time.
    writer: tokio::sync::Mutex<()>,
}

impl Drop for AppState {
    fn drop(&mut self) {
        // A PostgreSQL client owns a small runtime, which must not be dropped on an async
        // thread (where the server's state ends): let a plain thread drop the connections.
        let idle = std::mem::take(self.idle.get_mut().unwrap_or_else(|e| e.into_inner()));
        let _ = std::thread::spawn(move || drop(idle)).join();
    }
}

type Shared = Arc<AppState>;

/// An error as the client sees it: a status and a plain message, never internals.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    fn not_found(what: &str) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, format!("no such {what}"))
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        // The details go to the server's log, not to the client.
        eprintln!("crosswire serve: store error: {e}");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

/// Run `f` with a store connection on the blocking pool.
async fn with_store<T: Send + 'static>(
    state: &Shared,
    f: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        let pooled = state.idle.lock().ok().and_then(|mut idle| idle.pop());
        let mut store = match pooled {
            Some(s) => s,
            None => Store::open(&state.config.location)?,
        };
        let result = f(&mut store);
        if result.is_ok() {
            if let Ok(mut idle) = state.idle.lock() {
                if idle.len() < 64 {
                    idle.push(store);
                }
            }
        }
        result
    })
    .await
    .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error"))?
    .map_err(ApiError::from)
}

/// A story and its reports, in the story's order.
async fn story_with_articles(
    state: &Shared,
    id: String,
) -> Result<Option<(crosswire::model::Story, Vec<crosswire::model::Article>)>, ApiError> {
    with_store(state, move |s| {
        let Some(story) = s.story(&id)? else {
            return Ok(None);
        };
        let articles = s.story_articles(&story)?;
        Ok(Some((story, articles)))
    })
    .await
}

/// A report and the story it belongs to.
async fn article_with_story(
    state: &Shared,
    id: String,
) -> Result<Option<(crosswire::model::Article, Option<String>)>, ApiError> {
    with_store(state, move |s| {
        let Some(a) = s.article(&id)? else {
            return Ok(None);
        };
        let story = s.story_of(&id)?;
        Ok(Some((a, story)))
    })
    .await
}

/// Ids are short words of letters, digits and dashes; anything else cannot name a stored item.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The application: API, pages and the security layers. Opens the store, which blocks: call it
/// outside async code (or through `spawn_blocking`).
pub fn app(config: Config) -> Result<Router, StoreError> {
    // Open once up front so that a bad location fails at start, not at the first request.
    let first = Store::open(&config.location)?;
    let max_body = config.max_body_bytes;
    let state: Shared = Arc::new(AppState {
        config,
        idle: Mutex::new(vec![first]),
        writer: tokio::sync::Mutex::new(()),
    });
    let read_timeout = state.config.request_timeout;
    let ingest_timeout = state.config.ingest_timeout;
    let reads = Router::new()
        .route("/openapi.json", get(openapi))
        .route("/api/stories", get(api_stories))
        .route("/api/stories/{id}", get(api_story))
        .route("/api/articles/{id}", get(api_article))
        .route("/api/search", get(api_search))
        .route("/", get(page_index))
        .route("/stories/{id}", get(page_story))
        .route("/articles/{id}", get(page_article))
        .route("/search", get(page_search))
        .route("/static/style.css", get(stylesheet))
        .fallback(not_found)
        .layer(axum::middleware::from_fn(
            move |req: Request, next: Next| async move { time_limit(read_timeout, req, next).await },
        ));
    let writes =
        Router::new()
            .route("/api/ingest", post(api_ingest))
            .layer(axum::middleware::from_fn(
                move |req: Request, next: Next| async move {
                    time_limit(ingest_timeout, req, next).await
                },
            ));
    Ok(reads
        .merge(writes)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn(security_headers))
        .with_state(state))
}

/// Serve `config` on `listener` until the process is stopped (Ctrl-C ends it cleanly).
pub async fn serve(config: Config, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    // Opening a store blocks (the PostgreSQL client runs its own small runtime): off the
    // async threads.
    let app = tokio::task::spawn_blocking(move || app(config))
        .await
        .map_err(std::io::Error::other)?
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

async fn time_limit(limit: Duration, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "request took too long").into_response()
        }
    }
}

/// Headers on every response: no script may run, nothing may frame the page, types are as sent.
async fn security_headers(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError::not_found("endpoint").into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            Html(pages::message("Not found", "There is no page here.")),
        )
            .into_response()
    }
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
        .into_response()
}

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        pages::STYLE,
    )
        .into_response()
}

/// Query parameters of the story list.
#[derive(Debug, Default, Deserialize)]
pub struct StoriesQuery {
    /// Stories dated on or after (YYYY-MM-DD).
    pub from: Option<String>,
    /// Stories dated on or before (YYYY-MM-DD).
    pub to: Option<String>,
    /// A single day (YYYY-MM-DD): the same as `from` = `to`.
    pub date: Option<String>,
    /// An entity name or alias.
    pub entity: Option<String>,
    /// An outlet.
    pub source: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<usize>,
    /// Skip this many.
    pub offset: Option<usize>,
}

impl StoriesQuery {
    fn filter(&self) -> Result<StoryFilter, ApiError> {
        let day = |v: &Option<String>, name: &str| -> Result<Option<chrono::NaiveDate>, ApiError> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map(Some)
                    .map_err(|_| {
                        ApiError::new(
                            StatusCode::BAD_REQUEST,
                            format!("{name} must be a date as YYYY-MM-DD"),
                        )
                    }),
            }
        };
        let date = day(&self.date, "date")?;
        let nonempty = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        Ok(StoryFilter {
            from: day(&self.from, "from")?.or(date),
            to: day(&self.to, "to")?.or(date),
            entity: nonempty(&self.entity),
            source: nonempty(&self.source),
            limit: Some(self.limit.unwrap_or(100).min(1000)),
            offset: self.offset.unwrap_or(0),
        })
    }
}

async fn api_stories(
    State(state): State<Shared>,
    Query(q): Query<StoriesQuery>,
) -> Result<Response, ApiError> {
    let filter = q.filter()?;
    let list = with_store(&state, move |s| s.stories(&filter)).await?;
    Ok(Json(serde_json::json!({ "stories": list })).into_response())
}

async fn api_story(
    State(state): State<Shared>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    if !valid_id(&id) {
        return Err(ApiError::not_found("story"));
    }
    let found = story_with_articles(&state, id).await?;
    let Some((story, articles)) = found else {
        return Err(ApiError::not_found("story"));
    };
    // The story as `analyze` reports it, and a short card for each of its reports.
    let mut value = serde_json::to_value(&story).map_err(|_| internal())?;
    let cards: Vec<serde_json::Value> = articles
        .iter()
        .map(|a| {
            serde_json::json!({
                "id": a.id, "source": a.source, "title": a.title, "url": a.url,
                "published": a.published, "duplicate_of": a.duplicate_of,
            })
        })
        .collect();
    value["reports"] = serde_json::Value::Array(cards);
    Ok(Json(value).into_response())
}

fn internal() -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
}

async fn api_article(
    State(state): State<Shared>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    if !valid_id(&id) {
        return Err(ApiError::not_found("article"));
    }
    let found = article_with_story(&state, id).await?;
    let Some((article, story)) = found else {
        return Err(ApiError::not_found("article"));
    };
    let mut value = serde_json::to_value(&article).map_err(|_| internal())?;
    value["story"] = serde_json::json!(story);
    Ok(Json(value).into_response())
}

/// Query parameters of search.
#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    /// Words, or "a phrase".
    pub q: Option<String>,
    /// At most this many results (default 20, at most 200).
    pub limit: Option<usize>,
}

async fn api_search(
    State(state): State<Shared>,
    Query(q): Query<SearchQuery>,
) -> Result<Response, ApiError> {
    let query = q.q.unwrap_or_default();
    if query.trim().is_empty() {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "q is required"));
    }
    if query.len() > 1000 {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "q is too long"));
    }
    let limit = q.limit.unwrap_or(20).min(200);
    let hits = with_store(&state, move |s| s.search(&query, limit)).await?;
    Ok(Json(serde_json::json!({ "hits": hits })).into_response())
}

/// Query parameters of ingest.
#[derive(Debug, Default, Deserialize)]
pub struct IngestQuery {
    /// A file name for the body (its extension helps tell the format: `.jsonl`, `.html`, `.warc`…).
    pub name: Option<String>,
}

async fn api_ingest(
    State(state): State<Shared>,
    Query(q): Query<IngestQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let Some(expected) = state.config.token.as_deref() else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "ingest over HTTP is off: start the server with a token",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "a valid bearer token is required",
        ));
    }
    if body.is_empty() {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "empty body"));
    }
    let name = upload_name(q.name.as_deref(), &headers);
    let _writer = state.writer.lock().await;
    let report = with_store(&state, move |s| {
        let inputs = Inputs::from_bytes(&name, body.to_vec(), Limits::default());
        ingest::ingest(s, inputs, &Options::default(), |_| {})
    })
    .await?;
    let status = if report.progress.added == 0 && !report.errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, Json(report)).into_response())
}

/// The name an upload is read under: the `name` parameter's file name, else one for its type.
fn upload_name(name: Option<&str>, headers: &HeaderMap) -> String {
    if let Some(n) = name {
        // Only the last path component, and only as a label: nothing is written to disk.
        let base = n.rsplit(['/', '\\']).next().unwrap_or("");
        let clean: String = base
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            .take(100)
            .collect();
        if !clean.is_empty() {
            return format!("upload/{clean}");
        }
    }
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let ext = if ctype.contains("json") {
        "jsonl"
    } else if ctype.contains("html") {
        "html"
    } else if ctype.contains("warc") {
        "warc"
    } else if ctype.contains("xml") {
        "xml"
    } else {
        "txt"
    };
    format!("upload/body.{ext}")
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn html_page(status: StatusCode, body: String) -> Response {
    (status, Html(body)).into_response()
}

fn page_error(e: ApiError) -> Response {
    let status = e.status;
    html_page(status, pages::message("Something went wrong", &e.message))
}

async fn page_index(State(state): State<Shared>, Query(q): Query<StoriesQuery>) -> Response {
    let filter = match q.filter() {
        Ok(f) => f,
        Err(e) => return page_error(e),
    };
    let shown = filter.clone();
    match with_store(&state, move |s| Ok((s.stories(&filter)?, s.counts()?))).await {
        Ok((list, counts)) => html_page(StatusCode::OK, pages::index(&list, &counts, &shown)),
        Err(e) => page_error(e),
    }
}

async fn page_story(State(state): State<Shared>, Path(id): Path<String>) -> Response {
    if !valid_id(&id) {
        return page_error(ApiError::not_found("story"));
    }
    let found = story_with_articles(&state, id).await;
    match found {
        Ok(Some((story, articles))) => html_page(StatusCode::OK, pages::story(&story, &articles)),
        Ok(None) => page_error(ApiError::not_found("story")),
        Err(e) => page_error(e),
    }
}

/// A span of the article to highlight (a citation being opened).
#[derive(Debug, Default, Deserialize)]
pub struct SpanQuery {
    /// Start byte of the cited span.
    pub start: Option<usize>,
    /// End byte of the cited span.
    pub end: Option<usize>,
}

async fn page_article(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(span): Query<SpanQuery>,
) -> Response {
    if !valid_id(&id) {
        return page_error(ApiError::not_found("article"));
    }
    let found = article_with_story(&state, id).await;
    match found {
        Ok(Some((a, story))) => html_page(
            StatusCode::OK,
            pages::article(&a, story.as_deref(), span.start.zip(span.end)),
        ),
        Ok(None) => page_error(ApiError::not_found("article")),
        Err(e) => page_error(e),
    }
}

async fn page_search(State(state): State<Shared>, Query(q): Query<SearchQuery>) -> Response {
    let query = q.q.unwrap_or_default();
    if query.trim().is_empty() || query.len() > 1000 {
        return html_page(StatusCode::OK, pages::search(&query, &[]));
    }
    let limit = q.limit.unwrap_or(50).min(200);
    let shown = query.clone();
    match with_store(&state, move |s| s.search(&query, limit)).await {
        Ok(hits) => html_page(StatusCode::OK, pages::search(&shown, &hits)),
        Err(e) => page_error(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_cannot_carry_paths_or_markup() {
        assert!(valid_id("s9d95b36b548e7e2b"));
        assert!(valid_id("a35d7176597e595ad-2"));
        for bad in [
            "",
            "../etc/passwd",
            "a/b",
            "<script>",
            "a b",
            &"x".repeat(65),
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn upload_names_keep_only_a_safe_file_name() {
        let h = HeaderMap::new();
        assert_eq!(upload_name(Some("../../x.jsonl"), &h), "upload/x.jsonl");
        assert_eq!(upload_name(Some("a\\b<c>.html"), &h), "upload/bc.html");
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            "text/html; charset=utf-8".parse().unwrap(),
        );
        assert_eq!(upload_name(None, &h), "upload/body.html");
    }

    #[test]
    fn token_comparison_needs_the_exact_token() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
    }
}
