//! **Reconcile**: what several outlets say about one story, put together — one entity per
//! person, organisation and place, one quote with all its renderings, each figure marked agreed,
//! disputed, single-source or changed, and a timeline. Input: the story's articles; output: the
//! story-level fields of [`crate::model::Story`]. Pure functions of the articles.

pub mod claims;
pub mod entities;
pub mod quotes;
pub mod timeline;

use crate::model::{Article, Claim, Entity, Quote, TimelineEntry};

/// The story-level account of a group of articles.
#[derive(Debug, Clone, Default)]
pub struct StoryParts {
    /// Entities with aliases merged.
    pub entities: Vec<Entity>,
    /// Quotes with all their renderings.
    pub quotes: Vec<Quote>,
    /// Figures and positions across outlets.
    pub claims: Vec<Claim>,
    /// Dated events.
    pub timeline: Vec<TimelineEntry>,
}

/// Reconcile what a story's articles say (articles in the story's order, earliest first).
pub fn story(articles: &[&Article]) -> StoryParts {
    let texts: Vec<entities::ArticleText<'_>> = articles
        .iter()
        .map(|a| entities::ArticleText {
            id: &a.id,
            text: &a.text,
        })
        .collect();
    let index = entities::reconcile(&texts);
    let quote_inputs: Vec<quotes::ArticleQuotes<'_>> = articles
        .iter()
        .map(|a| quotes::ArticleQuotes {
            id: &a.id,
            text: &a.text,
            origin: a.duplicate_of.as_deref().unwrap_or(&a.id),
        })
        .collect();
    let quotes = quotes::reconcile(&quote_inputs, &index);
    let claims = claims::reconcile(articles, &index);
    let timeline = timeline::build(articles);
    StoryParts {
        entities: index.entities,
        quotes,
        claims,
        timeline,
    }
}
