//! `crosswire._core`: the per-document core of crosswire for Python (Spark, datatrove).
//!
//! The functions take and return plain Python values (strings, ints, lists, tuples); the Python
//! package around them (`python/crosswire/__init__.py`) turns them into Arrow record batches. Every
//! function calls the same library code as the `crosswire` binary, so results are identical: a
//! record read here and processed here gives the article, metadata, MinHash signature and band
//! keys that `crosswire analyze` and `crosswire export` give for it.
//!
//! Work runs with the interpreter released (`Python::detach`), so Python threads can overlap it.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crosswire::cluster::minhash;
use crosswire::ingest::{Inputs, Limits, Record, RecordFields};
use crosswire::meta::Meta;
use crosswire::model::{Analysis, Article, InputFormat};
use crosswire::pipeline::{self, Processed};

/// A raw record as Python sees it: (path, line, format, body, body_is_html, fields as JSON).
type RawRecord = (String, Option<u64>, String, String, bool, String);

/// A processed record: (id, article JSON, metadata JSON, MinHash signature, band keys, error).
type ProcessedRecord = (
    String,
    Option<String>,
    Option<String>,
    Vec<u64>,
    Vec<u64>,
    Option<String>,
);

fn format_name(f: InputFormat) -> String {
    serde_json::to_value(f)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn to_raw(r: Record) -> RawRecord {
    let fields = serde_json::to_string(&r.fields).unwrap_or_else(|_| "{}".into());
    (
        r.path,
        r.line,
        format_name(r.format),
        r.body,
        r.body_is_html,
        fields,
    )
}

fn from_raw(raw: RawRecord) -> Result<Record, String> {
    let (path, line, format, body, body_is_html, fields) = raw;
    let format: InputFormat = serde_json::from_value(serde_json::Value::String(format.clone()))
        .map_err(|_| format!("unknown record format {format:?}"))?;
    let fields: RecordFields =
        serde_json::from_str(&fields).map_err(|e| format!("record fields are not valid: {e}"))?;
    let input_bytes = body.len();
    Ok(Record {
        path,
        line,
        format,
        body,
        body_is_html,
        fields,
        input_bytes,
    })
}

/// Read every record of the files or directories in `paths` (text, HTML, JSONL, WARC/WET,
/// RSS/Atom; gzip detected), exactly as `crosswire` reads them.
///
/// Returns (records, errors): records as (path, line, format, body, body_is_html, fields_json)
/// tuples, errors as "path: line N: what is wrong" strings.
#[pyfunction]
#[pyo3(signature = (paths, max_record_bytes = 16 << 20))]
fn read_paths(
    py: Python<'_>,
    paths: Vec<String>,
    max_record_bytes: usize,
) -> (Vec<RawRecord>, Vec<String>) {
    py.detach(|| {
        let mut records = Vec::new();
        let mut errors = Vec::new();
        let inputs = Inputs::new(
            paths.into_iter().map(Into::into).collect(),
            Limits { max_record_bytes },
        );
        for item in inputs {
            match item {
                Ok(r) => records.push(to_raw(r)),
                Err(e) => errors.push(e.to_string()),
            }
        }
        (records, errors)
    })
}

/// Process raw records (as [`read_paths`] returns them): clean, metadata, MinHash signature and
/// LSH band keys of each. A record that cannot be processed gets its error and empty fields.
#[pyfunction]
fn process_records(py: Python<'_>, records: Vec<RawRecord>) -> Vec<ProcessedRecord> {
    py.detach(|| {
        records
            .into_iter()
            .map(|raw| {
                let record = match from_raw(raw) {
                    Ok(r) => r,
                    Err(e) => return (String::new(), None, None, Vec::new(), Vec::new(), Some(e)),
                };
                let id = pipeline::article_id(&record);
                match pipeline::process_guarded(&record) {
                    Ok(p) => {
                        let sig = p
                            .signature
                            .as_deref()
                            .copied()
                            .unwrap_or_else(|| minhash::signature(&p.article.text));
                        let keys = minhash::band_keys(&sig).to_vec();
                        let article = serde_json::to_string(&p.article).ok();
                        let meta = serde_json::to_string(&p.meta).ok();
                        (id, article, meta, sig.to_vec(), keys, None)
                    }
                    Err(e) => (id, None, None, Vec::new(), Vec::new(), Some(e.to_string())),
                }
            })
            .collect()
    })
}

/// The MinHash signature of a clean text (128 values; the seeded permutations of `crosswire`).
#[pyfunction]
fn signature(py: Python<'_>, text: &str) -> Vec<u64> {
    py.detach(|| minhash::signature(text).to_vec())
}

/// The LSH band keys of a signature (16 bands of 8 rows).
#[pyfunction]
fn band_keys(signature: Vec<u64>) -> PyResult<Vec<u64>> {
    let sig: [u64; minhash::PERMUTATIONS] = signature.try_into().map_err(|v: Vec<u64>| {
        PyValueError::new_err(format!(
            "a signature has {} values, not {}",
            minhash::PERMUTATIONS,
            v.len()
        ))
    })?;
    Ok(minhash::band_keys(&sig).to_vec())
}

/// Group processed articles (article and metadata JSON, as [`process_records`] returns them, in
/// input order) into stories, exactly as `crosswire analyze` does. Returns the analysis as JSON.
#[pyfunction]
fn assemble(py: Python<'_>, articles: Vec<String>, metas: Vec<String>) -> PyResult<String> {
    if articles.len() != metas.len() {
        return Err(PyValueError::new_err(
            "articles and metas must have the same length",
        ));
    }
    py.detach(|| {
        let mut processed = Vec::with_capacity(articles.len());
        for (a, m) in articles.iter().zip(&metas) {
            let article: Article = serde_json::from_str(a)
                .map_err(|e| PyValueError::new_err(format!("article JSON: {e}")))?;
            let meta: Meta = serde_json::from_str(m)
                .map_err(|e| PyValueError::new_err(format!("meta JSON: {e}")))?;
            processed.push(Processed::from_stored(article, meta));
        }
        let analysis: Analysis =
            pipeline::assemble(processed, Vec::new(), &pipeline::Options::default().cluster);
        serde_json::to_string(&analysis).map_err(|e| PyValueError::new_err(e.to_string()))
    })
}

/// The crosswire version this module was built from.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(read_paths, m)?)?;
    m.add_function(wrap_pyfunction!(process_records, m)?)?;
    m.add_function(wrap_pyfunction!(signature, m)?)?;
    m.add_function(wrap_pyfunction!(band_keys, m)?)?;
    m.add_function(wrap_pyfunction!(assemble, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add("PERMUTATIONS", minhash::PERMUTATIONS)?;
    m.add("BANDS", minhash::BANDS)?;
    m.add("ROWS", minhash::ROWS)?;
    m.add("SHINGLE", minhash::SHINGLE)?;
    m.add("SEED", minhash::SEED)?;
    Ok(())
}
