//! **Extract**: what a clean article says — its sentences now; entities, quotes, figures and dated
//! events as the story-intelligence work lands. Every item carries a byte span into the article's
//! `text`.

pub mod sentences;
