//! **Extract**: what a clean article says — sentences, names, quotes, figures — each item with
//! its byte span into the article's `text`. Per article and pure; the story-level merging of what
//! several articles say is `reconcile`'s job.

pub mod entities;
pub mod figures;
pub mod quotes;
mod reported;
pub mod sentences;
pub mod tokens;
