//! **Reconcile**: what several outlets say about one story, put together — one entity per
//! person, organisation and place, one quote with all its renderings, each figure marked agreed,
//! disputed, single-source or changed, and a timeline. Input: the story's articles; output: the
//! story-level fields of [`crate::model::Story`]. Pure functions of the articles.

pub mod entities;
