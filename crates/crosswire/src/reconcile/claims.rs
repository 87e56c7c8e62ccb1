//! Figures and positions across outlets. The same quantity (same thing counted, same event) from
//! several articles is **agreed** when the values match and **disputed** when they do not; a
//! figure only one article gives is **single-source**; the same number of different things is
//! never merged. A position denied in an earlier report and affirmed in a later one ("has not
//! offered to mediate" on 8 May, "the first such offer" on 10 May) is a **change**, shown with its
//! dates, not a contradiction.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;

use super::entities::EntityIndex;
use crate::extract::figures::{self, Figure};
use crate::extract::sentences;
use crate::model::{Article, Claim, ClaimStatus, ClaimValue, EntityType};
use crate::resources;

/// Reconcile the figures and positions of a story's articles (in the story's order).
pub fn reconcile(articles: &[&Article], index: &EntityIndex) -> Vec<Claim> {
    let mut claims = figure_claims(articles);
    claims.extend(position_changes(articles, index));
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
    }
    claims
}

fn value_of(a: &Article, f: &Figure) -> ClaimValue {
    ClaimValue {
        article: a.id.clone(),
        text: f.text.clone(),
        value: Some(f.value),
        unit: Some(f.unit.clone()),
        bound: f.bound.clone(),
        total: f.total,
        affirmed: None,
        date: a.reference_date,
        start: f.start,
        end: f.end,
    }
}

fn figure_claims(articles: &[&Article]) -> Vec<Claim> {
    let origin: std::collections::HashMap<&str, &str> = articles
        .iter()
        .filter_map(|a| a.duplicate_of.as_deref().map(|o| (a.id.as_str(), o)))
        .collect();
    // Key: what is counted, and the event when one is named. A figure with no event joins a
    // group of the same unit only when that group has no event either.
    let mut groups: BTreeMap<(String, String), Vec<ClaimValue>> = BTreeMap::new();
    for a in articles {
        for f in figures::find(&a.text) {
            let key = (f.unit.clone(), f.event.clone().unwrap_or_default());
            let values = groups.entry(key).or_default();
            // One value per article and quantity: a repeat in the same report is no new source.
            if !values
                .iter()
                .any(|v| v.article == a.id && v.value == Some(f.value))
            {
                values.push(value_of(a, &f));
            }
        }
    }
    groups
        .into_iter()
        .map(|((unit, event), values)| {
            // Independent reports: a copy counts with the report it copies.
            let articles: std::collections::BTreeSet<&str> = values
                .iter()
                .map(|v| {
                    origin
                        .get(v.article.as_str())
                        .copied()
                        .unwrap_or(v.article.as_str())
                })
                .collect();
            let distinct: std::collections::BTreeSet<String> = values
                .iter()
                .map(|v| {
                    format!(
                        "{}{}",
                        v.bound.clone().unwrap_or_default(),
                        v.value.unwrap_or_default()
                    )
                })
                .collect();
            let status = if articles.len() < 2 {
                ClaimStatus::SingleSource
            } else if distinct.len() == 1 {
                ClaimStatus::Agreed
            } else {
                ClaimStatus::Disputed
            };
            Claim {
                id: String::new(),
                about: if event.is_empty() {
                    unit
                } else {
                    format!("{unit} \u{b7} {event}")
                },
                status,
                values,
            }
        })
        .collect()
}

/// "has not offered", "did not agree", "have not yet decided": a denied action and its verb.
fn negation() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:has|have|had|did|does|do|is|are|was|were)\s+not\s+(?:yet\s+|formally\s+|officially\s+|publicly\s+)?([a-z]+)").unwrap()
    })
}

fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            return w[..w.len() - suffix.len()].to_string();
        }
    }
    w
}

/// The actors named in `[start, end)` of an article: entities, with capitals read as their
/// country ("Washington" → United States).
fn actors(a: &Article, start: usize, end: usize, index: &EntityIndex) -> Vec<String> {
    let r = resources::get();
    let mut out = Vec::new();
    for e in &index.entities {
        if e.kind == EntityType::Place
            && !r.places.contains_key(&e.name)
            && !r.capitals.contains_key(&e.name)
        {
            continue;
        }
        if e.mentions
            .iter()
            .any(|m| m.article == a.id && m.start >= start && m.end <= end)
        {
            out.push(
                r.capitals
                    .get(&e.name)
                    .cloned()
                    .unwrap_or_else(|| e.name.clone()),
            );
        }
    }
    out
}

fn position_changes(articles: &[&Article], index: &EntityIndex) -> Vec<Claim> {
    let mut out = Vec::new();
    for a in articles {
        let Some(da) = a.reference_date else { continue };
        for s in sentences::split(&a.text) {
            let sentence = &a.text[s.start..s.end];
            for c in negation().captures_iter(sentence) {
                let verb = stem(&c[1]);
                if verb.len() < 4 || resources::get().stopwords.contains(&c[1].to_lowercase()) {
                    continue;
                }
                let who = actors(a, s.start, s.end, index);
                if who.is_empty() {
                    continue;
                }
                // A later report affirming the same action by the same actor.
                let later = articles
                    .iter()
                    .filter(|b| b.reference_date.is_some_and(|db| db > da))
                    .find_map(|b| {
                        sentences::split(&b.text)
                            .into_iter()
                            .find(|t| {
                                let bs = &b.text[t.start..t.end];
                                let lower = bs.to_lowercase();
                                !negation().is_match(bs)
                                    && !lower.contains(" not ")
                                    && lower
                                        .split(|ch: char| !ch.is_alphanumeric())
                                        .any(|w| w.starts_with(&verb))
                                    && actors(b, t.start, t.end, index)
                                        .iter()
                                        .any(|x| who.contains(x))
                            })
                            .map(|t| (b, t))
                    });
                let Some((b, t)) = later else { continue };
                let shared: Vec<String> = actors(b, t.start, t.end, index)
                    .into_iter()
                    .filter(|x| who.contains(x))
                    .collect();
                out.push(Claim {
                    id: String::new(),
                    about: format!("{} ({})", &c[1].to_lowercase(), shared.join(", ")),
                    status: ClaimStatus::Changed,
                    values: vec![
                        ClaimValue {
                            article: a.id.clone(),
                            text: sentence.to_string(),
                            value: None,
                            unit: None,
                            bound: None,
                            total: None,
                            affirmed: Some(false),
                            date: Some(da),
                            start: s.start,
                            end: s.end,
                        },
                        ClaimValue {
                            article: b.id.clone(),
                            text: b.text[t.start..t.end].to_string(),
                            value: None,
                            unit: None,
                            bound: None,
                            total: None,
                            affirmed: Some(true),
                            date: b.reference_date,
                            start: t.start,
                            end: t.end,
                        },
                    ],
                });
                break;
            }
        }
    }
    out
}
