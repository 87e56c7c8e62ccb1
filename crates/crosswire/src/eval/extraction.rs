//! Main-content and date extraction metrics, as each benchmark defines them.
//!
//! * Scrapinghub: `\w+` tokens (case kept), multisets of 4-token shingles, per-page tp/fp/fn
//!   normalised to sum 1, macro-averaged precision and recall, F1 of the two means.
//! * trafilatura-eval: whitespace-normalised `with`/`without` segments (at most 6 of each per
//!   page) found as substrings, counts pooled over the corpus.
//! * WCXB: lower-cased `\w+` bag of words per page, P/R/F1 per page, means over pages.
//! * htmldate: day-level comparison; no output with a gold date is a false negative.

use std::collections::HashMap;

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Per-page precision and recall contributions of the Scrapinghub metric (`None` where the
/// benchmark skips the page for that measure).
pub fn scrapinghub_page(gold: &str, predicted: &str) -> (Option<f64>, Option<f64>) {
    fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
        let toks = words(text);
        let mut m = HashMap::new();
        if toks.len() < 4 {
            if !toks.is_empty() {
                m.insert(toks, 1);
            }
            return m;
        }
        for w in toks.windows(4) {
            *m.entry(w.to_vec()).or_insert(0) += 1;
        }
        m
    }
    let (g, p) = (shingles(gold), shingles(predicted));
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (k, &c) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        tp += c.min(gc);
        fp += c.saturating_sub(gc);
    }
    let fn_: usize = g
        .iter()
        .map(|(k, &c)| c.saturating_sub(p.get(k).copied().unwrap_or(0)))
        .sum();
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return (Some(1.0), Some(1.0));
    }
    let (tp, fp, fn_) = (tp as f64 / total, fp as f64 / total, fn_ as f64 / total);
    let precision = (tp + fp > 0.0).then(|| tp / (tp + fp));
    let recall = (tp + fn_ > 0.0).then(|| tp / (tp + fn_));
    (precision, recall)
}

/// Macro P, R and the F1 of the two means, from per-page contributions.
pub fn scrapinghub_score(pages: &[(Option<f64>, Option<f64>)]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let p = mean(pages.iter().filter_map(|x| x.0).collect());
    let r = mean(pages.iter().filter_map(|x| x.1).collect());
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a trafilatura-eval segment occurs in the predicted text (whitespace squashed).
pub fn segment_found(predicted: &str, segment: &str) -> bool {
    squash(predicted).contains(&squash(segment))
}

/// (tp, fn, fp, tn) of one trafilatura-eval page.
pub fn segments_page(
    predicted: &str,
    with: &[String],
    without: &[String],
) -> (usize, usize, usize, usize) {
    let text = squash(predicted);
    let mut c = (0, 0, 0, 0);
    for w in with.iter().take(6) {
        if text.contains(&squash(w)) {
            c.0 += 1;
        } else {
            c.1 += 1;
        }
    }
    for w in without.iter().take(6) {
        if text.contains(&squash(w)) {
            c.2 += 1;
        } else {
            c.3 += 1;
        }
    }
    c
}

/// WCXB per-page (P, R, F1) over lower-cased bags of words.
pub fn wcxb_page(gold: &str, predicted: &str) -> (f64, f64, f64) {
    let bag = |t: &str| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for w in words(t) {
            *m.entry(w.to_lowercase()).or_insert(0) += 1;
        }
        m
    };
    let (g, p) = (bag(gold), bag(predicted));
    let (gn, pn): (usize, usize) = (g.values().sum(), p.values().sum());
    if gn == 0 {
        let v = if pn == 0 { 1.0 } else { 0.0 };
        return (v, v, v);
    }
    let overlap: usize = p
        .iter()
        .map(|(k, &c)| c.min(g.get(k).copied().unwrap_or(0)))
        .sum();
    let precision = if pn == 0 {
        0.0
    } else {
        overlap as f64 / pn as f64
    };
    let recall = overlap as f64 / gn as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrapinghub_metric() {
        let (p, r) = scrapinghub_page("one two three four five", "one two three four five");
        assert_eq!((p, r), (Some(1.0), Some(1.0)));
        let (p, r) = scrapinghub_page("one two three four five", "one two three four");
        // Gold shingles {1234, 2345}, predicted {1234}: tp 1, fn 1.
        assert_eq!(p, Some(1.0));
        assert_eq!(r, Some(0.5));
    }

    #[test]
    fn segments_and_bags() {
        let with = vec!["the  bridge opened".to_string()];
        let without = vec!["Share this".to_string()];
        assert_eq!(
            segments_page(
                "The bridge opened. the bridge opened\nShare this",
                &with,
                &without
            ),
            (1, 0, 1, 0)
        );
        let (p, r, _) = wcxb_page("A b b c", "a b x");
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    }
}
