//! `crosswire export --format parquet`: articles (with their story, MinHash signature and LSH
//! band keys, so that a cluster job elsewhere can pick up where this one stops) or stories, as
//! Parquet through arrow-rs. Rows are written in batches, so a large store never sits in memory.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{
    Date32Builder, ListBuilder, StringBuilder, UInt32Builder, UInt64Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use crosswire::cluster::minhash;
use crosswire::model::{Article, Story};
use crosswire_store::{Store, StoreError};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

const BATCH: usize = 4096;

fn days(d: Option<NaiveDate>) -> Option<i32> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    d.map(|d| (d - epoch).num_days() as i32)
}

fn u64_list() -> DataType {
    DataType::List(Arc::new(Field::new("item", DataType::UInt64, true)))
}

fn str_list() -> DataType {
    DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)))
}

/// The articles table: one row per stored report.
pub fn article_schema() -> Schema {
    Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("story", DataType::Utf8, true),
        Field::new("source", DataType::Utf8, true),
        Field::new("title", DataType::Utf8, true),
        Field::new("published", DataType::Date32, true),
        Field::new("url", DataType::Utf8, true),
        Field::new("language", DataType::Utf8, true),
        Field::new("duplicate_of", DataType::Utf8, true),
        Field::new("path", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, false),
        // MinHash over word shingles with the documented, seeded parameters (cluster::minhash):
        // identical wherever computed, so another engine can join on band keys.
        Field::new("minhash", u64_list(), false),
        Field::new("band_keys", u64_list(), false),
        // What the story found in this article, as JSON arrays with byte spans into `text`:
        // quotes (with the story's resolved speaker), entity mentions, figures (with their
        // status across outlets).
        Field::new("quotes", DataType::Utf8, false),
        Field::new("entities", DataType::Utf8, false),
        Field::new("figures", DataType::Utf8, false),
    ])
}

/// Per-article extractions (quotes, entity mentions, figures) as JSON arrays, from the stories.
#[derive(Default)]
struct Extractions {
    quotes: Vec<serde_json::Value>,
    entities: Vec<serde_json::Value>,
    figures: Vec<serde_json::Value>,
}

fn extractions_by_article(stories: &[Story]) -> std::collections::HashMap<String, Extractions> {
    use serde_json::json;
    let mut by: std::collections::HashMap<String, Extractions> = std::collections::HashMap::new();
    for s in stories {
        for q in &s.quotes {
            for o in &q.occurrences {
                by.entry(o.article.clone()).or_default().quotes.push(json!({
                    "quote": q.id, "kind": q.kind, "speaker": q.speaker, "text": o.text,
                    "cue": o.cue, "start": o.start, "end": o.end,
                }));
            }
        }
        for e in &s.entities {
            for m in &e.mentions {
                by.entry(m.article.clone()).or_default().entities.push(json!({
                    "entity": e.id, "name": e.name, "type": e.kind, "start": m.start, "end": m.end,
                }));
            }
        }
        for c in &s.claims {
            for v in &c.values {
                by.entry(v.article.clone())
                    .or_default()
                    .figures
                    .push(json!({
                        "claim": c.id, "about": c.about, "status": c.status, "text": v.text,
                        "value": v.value, "unit": v.unit, "start": v.start, "end": v.end,
                    }));
            }
        }
    }
    by
}

struct ArticleColumns {
    id: StringBuilder,
    story: StringBuilder,
    source: StringBuilder,
    title: StringBuilder,
    published: Date32Builder,
    url: StringBuilder,
    language: StringBuilder,
    duplicate_of: StringBuilder,
    path: StringBuilder,
    text: StringBuilder,
    minhash: ListBuilder<UInt64Builder>,
    band_keys: ListBuilder<UInt64Builder>,
    quotes: StringBuilder,
    entities: StringBuilder,
    figures: StringBuilder,
    rows: usize,
}

impl ArticleColumns {
    fn new() -> Self {
        ArticleColumns {
            id: StringBuilder::new(),
            story: StringBuilder::new(),
            source: StringBuilder::new(),
            title: StringBuilder::new(),
            published: Date32Builder::new(),
            url: StringBuilder::new(),
            language: StringBuilder::new(),
            duplicate_of: StringBuilder::new(),
            path: StringBuilder::new(),
            text: StringBuilder::new(),
            minhash: ListBuilder::new(UInt64Builder::new()),
            band_keys: ListBuilder::new(UInt64Builder::new()),
            quotes: StringBuilder::new(),
            entities: StringBuilder::new(),
            figures: StringBuilder::new(),
            rows: 0,
        }
    }

    fn push(&mut self, a: &Article, story: Option<&str>, found: Option<&Extractions>) {
        self.id.append_value(&a.id);
        self.story.append_option(story);
        self.source.append_option(a.source.as_deref());
        self.title.append_option(a.title.as_deref());
        self.published.append_option(days(a.published));
        self.url.append_option(a.url.as_deref());
        self.language.append_option(a.language.as_deref());
        self.duplicate_of.append_option(a.duplicate_of.as_deref());
        self.path.append_value(&a.path);
        self.text.append_value(&a.text);
        let sig = minhash::signature(&a.text);
        self.minhash.values().append_slice(&sig);
        self.minhash.append(true);
        self.band_keys
            .values()
            .append_slice(&minhash::band_keys(&sig));
        self.band_keys.append(true);
        let array = |v: Option<&Vec<serde_json::Value>>| {
            serde_json::to_string(v.map_or(&[][..], |v| v.as_slice())).unwrap_or_default()
        };
        self.quotes.append_value(array(found.map(|f| &f.quotes)));
        self.entities
            .append_value(array(found.map(|f| &f.entities)));
        self.figures.append_value(array(found.map(|f| &f.figures)));
        self.rows += 1;
    }

    fn finish(&mut self, schema: &Arc<Schema>) -> Result<RecordBatch, arrow_schema::ArrowError> {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.id.finish()),
            Arc::new(self.story.finish()),
            Arc::new(self.source.finish()),
            Arc::new(self.title.finish()),
            Arc::new(self.published.finish()),
            Arc::new(self.url.finish()),
            Arc::new(self.language.finish()),
            Arc::new(self.duplicate_of.finish()),
            Arc::new(self.path.finish()),
            Arc::new(self.text.finish()),
            Arc::new(self.minhash.finish()),
            Arc::new(self.band_keys.finish()),
            Arc::new(self.quotes.finish()),
            Arc::new(self.entities.finish()),
            Arc::new(self.figures.finish()),
        ];
        self.rows = 0;
        RecordBatch::try_new(schema.clone(), columns)
    }
}

fn writer<W: Write + Send>(out: W, schema: &Arc<Schema>) -> anyhow::Result<ArrowWriter<W>> {
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    Ok(ArrowWriter::try_new(out, schema.clone(), Some(props))?)
}

fn other(e: impl std::fmt::Display) -> StoreError {
    StoreError::Other(e.to_string())
}

/// Write every stored article as Parquet.
pub fn write_articles<W: Write + Send>(store: &mut Store, out: W) -> anyhow::Result<usize> {
    let schema = Arc::new(article_schema());
    let mut w = writer(out, &schema)?;
    let found = extractions_by_article(&store.all_stories()?);
    let mut cols = ArticleColumns::new();
    let mut total = 0usize;
    store.for_each_article(|a, story| {
        cols.push(&a, story.as_deref(), found.get(&a.id));
        total += 1;
        if cols.rows == BATCH {
            let batch = cols.finish(&schema).map_err(other)?;
            w.write(&batch).map_err(other)?;
        }
        Ok(())
    })?;
    if cols.rows > 0 {
        w.write(&cols.finish(&schema)?)?;
    }
    w.close()?;
    Ok(total)
}

/// The stories table: one row per story.
pub fn story_schema() -> Schema {
    Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("title", DataType::Utf8, true),
        Field::new("date", DataType::Date32, true),
        Field::new("articles", str_list(), false),
        Field::new("terms", str_list(), false),
        Field::new("quotes", DataType::UInt32, false),
        Field::new("claims", DataType::UInt32, false),
        Field::new("disputed", DataType::UInt32, false),
        // The whole story as `analyze` reports it, for consumers that want every detail.
        Field::new("story_json", DataType::Utf8, false),
    ])
}

/// Write every story as Parquet.
pub fn write_stories<W: Write + Send>(store: &mut Store, out: W) -> anyhow::Result<usize> {
    let schema = Arc::new(story_schema());
    let stories: Vec<Story> = store.all_stories()?;
    let mut w = writer(out, &schema)?;
    for chunk in stories.chunks(BATCH) {
        let mut id = StringBuilder::new();
        let mut title = StringBuilder::new();
        let mut date = Date32Builder::new();
        let mut articles = ListBuilder::new(StringBuilder::new());
        let mut terms = ListBuilder::new(StringBuilder::new());
        let mut quotes = UInt32Builder::new();
        let mut claims = UInt32Builder::new();
        let mut disputed = UInt32Builder::new();
        let mut json = StringBuilder::new();
        for s in chunk {
            id.append_value(&s.id);
            title.append_option(s.title.as_deref());
            date.append_option(days(s.date));
            for a in &s.articles {
                articles.values().append_value(a);
            }
            articles.append(true);
            for t in &s.terms {
                terms.values().append_value(t);
            }
            terms.append(true);
            quotes.append_value(s.quotes.len() as u32);
            claims.append_value(s.claims.len() as u32);
            disputed.append_value(
                s.claims
                    .iter()
                    .filter(|c| c.status == crosswire::model::ClaimStatus::Disputed)
                    .count() as u32,
            );
            json.append_value(serde_json::to_string(s)?);
        }
        let columns: Vec<ArrayRef> = vec![
            Arc::new(id.finish()),
            Arc::new(title.finish()),
            Arc::new(date.finish()),
            Arc::new(articles.finish()),
            Arc::new(terms.finish()),
            Arc::new(quotes.finish()),
            Arc::new(claims.finish()),
            Arc::new(disputed.finish()),
            Arc::new(json.finish()),
        ];
        w.write(&RecordBatch::try_new(schema.clone(), columns)?)?;
    }
    w.close()?;
    Ok(stories.len())
}

/// Read (article id, cluster label) pairs from a Parquet file: `id_column` holds article ids,
/// `cluster_column` labels (strings or integers). Rows with a null in either are skipped.
pub fn read_clusters(
    path: &std::path::Path,
    id_column: &str,
    cluster_column: &str,
) -> anyhow::Result<Vec<(String, String)>> {
    use anyhow::Context;
    use arrow_array::Array;
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .with_context(|| format!("{}: not a Parquet file", path.display()))?
        .with_batch_size(BATCH)
        .build()?;
    let mut pairs = Vec::new();
    for batch in reader {
        let batch = batch.with_context(|| format!("reading {}", path.display()))?;
        let column = |name: &str| -> anyhow::Result<Vec<Option<String>>> {
            let col = batch.column_by_name(name).with_context(|| {
                format!("{}: no column {name:?} (columns: {:?})", path.display(), {
                    batch
                        .schema()
                        .fields()
                        .iter()
                        .map(|f| f.name().clone())
                        .collect::<Vec<_>>()
                })
            })?;
            let any = col.as_any();
            let values: Vec<Option<String>> =
                if let Some(a) = any.downcast_ref::<arrow_array::StringArray>() {
                    a.iter().map(|v| v.map(str::to_string)).collect()
                } else if let Some(a) = any.downcast_ref::<arrow_array::LargeStringArray>() {
                    a.iter().map(|v| v.map(str::to_string)).collect()
                } else if let Some(a) = any.downcast_ref::<arrow_array::Int64Array>() {
                    a.iter().map(|v| v.map(|v| v.to_string())).collect()
                } else if let Some(a) = any.downcast_ref::<arrow_array::Int32Array>() {
                    a.iter().map(|v| v.map(|v| v.to_string())).collect()
                } else if let Some(a) = any.downcast_ref::<arrow_array::UInt64Array>() {
                    a.iter().map(|v| v.map(|v| v.to_string())).collect()
                } else {
                    anyhow::bail!(
                        "{}: column {name:?} is {}, not strings or integers",
                        path.display(),
                        col.data_type()
                    );
                };
            debug_assert_eq!(values.len(), col.len());
            Ok(values)
        };
        let ids = column(id_column)?;
        let clusters = column(cluster_column)?;
        pairs.extend(
            ids.into_iter()
                .zip(clusters)
                .filter_map(|(i, c)| Some((i?, c?))),
        );
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_days_since_the_epoch() {
        assert_eq!(days(NaiveDate::from_ymd_opt(1970, 1, 2)), Some(1));
        assert_eq!(days(NaiveDate::from_ymd_opt(2025, 5, 8)), Some(20216));
        assert_eq!(days(None), None);
    }
}
