//! # crosswire
//!
//! Many raw news reports in, one trustworthy, cited account out.
//!
//! The library is a pipeline of stages, each a module with a small typed interface; data flows
//! one way, from raw bytes to stories:
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | ingest | [`ingest`] | paths → [`ingest::Record`]s (decoded text or HTML, record fields) |
//! | clean | [`clean`] | a record's body → [`clean::Cleaned`] (clean text, removals with reasons) |
//! | metadata | [`meta`] | cleaned text + fields → [`meta::Meta`] (source, title, dateline, dates) |
//! | extract | [`extract`] | clean text → sentences (entities, quotes, figures to come) |
//! | stories | [`cluster`] | articles' terms → groups of articles |
//! | brief | [`brief`] | an [`model::Analysis`] → a readable account |
//!
//! [`pipeline`] wires them; [`model`] holds the shared vocabulary (articles, spans, dates with
//! provenance). Every stage below `pipeline` is a pure function of its input.
//!
//! ```
//! let dir = std::env::temp_dir().join("crosswire-doc-lib");
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), "date 2025-05-08 WASHINGTON: Talks began on Wednesday.").unwrap();
//! let (analysis, _) = crosswire::pipeline::analyze_paths(vec![dir], &Default::default(), |_| {});
//! let article = &analysis.articles[0];
//! assert_eq!(article.text, "WASHINGTON: Talks began on Wednesday.");
//! assert_eq!(article.dates[0].resolved.unwrap().date.to_string(), "2025-05-07");
//! ```
#![deny(missing_docs)]

pub mod brief;
pub mod clean;
pub mod cluster;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod meta;
pub mod model;
pub mod pipeline;
pub mod reconcile;
pub mod resources;
