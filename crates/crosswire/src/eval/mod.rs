//! Evaluation metrics, reproduced exactly as the benchmarks define them.
//!
//! Quotes (PolNeAR): [`polnear`] reads brat standoff attribution relations and scores predicted
//! quotes against them.
//!
//! Clustering: BCubed precision/recall/F1 (Bagga & Baldwin), pairwise precision/recall/F1 and the
//! adjusted Rand index (Hubert & Arabie), all computed from the contingency table of predicted
//! against gold labels, so they cost O(n) and not O(n²).

use std::collections::HashMap;
use std::hash::Hash;

/// Scores of a predicted clustering against gold labels.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct ClusteringScores {
    /// Items scored.
    pub items: usize,
    /// Predicted clusters.
    pub predicted_clusters: usize,
    /// Gold clusters.
    pub gold_clusters: usize,
    /// BCubed precision.
    pub bcubed_precision: f64,
    /// BCubed recall.
    pub bcubed_recall: f64,
    /// BCubed F1.
    pub bcubed_f1: f64,
    /// Pairwise precision.
    pub pairwise_precision: f64,
    /// Pairwise recall.
    pub pairwise_recall: f64,
    /// Pairwise F1.
    pub pairwise_f1: f64,
    /// Adjusted Rand index.
    pub ari: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn pairs(n: usize) -> f64 {
    (n as f64) * (n as f64 - 1.0) / 2.0
}

/// Score `(predicted, gold)` label pairs, one per item.
pub fn clustering<P: Hash + Eq, G: Hash + Eq>(items: &[(P, G)]) -> ClusteringScores {
    let n = items.len();
    let mut cell: HashMap<(&P, &G), usize> = HashMap::new();
    let mut pred: HashMap<&P, usize> = HashMap::new();
    let mut gold: HashMap<&G, usize> = HashMap::new();
    for (p, g) in items {
        *cell.entry((p, g)).or_default() += 1;
        *pred.entry(p).or_default() += 1;
        *gold.entry(g).or_default() += 1;
    }
    // BCubed: each item in cell (p, g) has |C ∩ G| = n_pg.
    let (mut bp, mut br) = (0.0, 0.0);
    for ((p, g), &n_pg) in &cell {
        let n_pg = n_pg as f64;
        bp += n_pg * n_pg / pred[p] as f64;
        br += n_pg * n_pg / gold[g] as f64;
    }
    let nf = n.max(1) as f64;
    let (bp, br) = (bp / nf, br / nf);
    let same_both: f64 = cell.values().map(|&c| pairs(c)).sum();
    let same_pred: f64 = pred.values().map(|&c| pairs(c)).sum();
    let same_gold: f64 = gold.values().map(|&c| pairs(c)).sum();
    let pp = if same_pred > 0.0 {
        same_both / same_pred
    } else {
        1.0
    };
    let pr = if same_gold > 0.0 {
        same_both / same_gold
    } else {
        1.0
    };
    let expected = if n > 1 {
        same_pred * same_gold / pairs(n)
    } else {
        0.0
    };
    let max = (same_pred + same_gold) / 2.0;
    let ari = if (max - expected).abs() < f64::EPSILON {
        1.0
    } else {
        (same_both - expected) / (max - expected)
    };
    ClusteringScores {
        items: n,
        predicted_clusters: pred.len(),
        gold_clusters: gold.len(),
        bcubed_precision: bp,
        bcubed_recall: br,
        bcubed_f1: f1(bp, br),
        pairwise_precision: pp,
        pairwise_recall: pr,
        pairwise_f1: f1(pp, pr),
        ari,
    }
}

pub mod extraction;
pub mod polnear;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_lumped() {
        let perfect = clustering(&[(1, 'a'), (1, 'a'), (2, 'b')]);
        assert_eq!(perfect.bcubed_f1, 1.0);
        assert_eq!(perfect.ari, 1.0);
        let lumped = clustering(&[(1, 'a'), (1, 'a'), (1, 'b'), (1, 'b')]);
        assert_eq!(lumped.bcubed_recall, 1.0);
        assert!((lumped.bcubed_precision - 0.5).abs() < 1e-12);
        assert!((lumped.pairwise_precision - 2.0 / 6.0).abs() < 1e-12);
        assert!(lumped.ari.abs() < 1e-12);
    }

    #[test]
    fn known_ari() {
        // sklearn.metrics.adjusted_rand_score([0,0,1,1],[0,0,1,2]) == 0.5714285714285715
        let s = clustering(&[(0, 0), (0, 0), (1, 1), (1, 2)]);
        assert!((s.ari - 0.5714285714285715).abs() < 1e-12, "{}", s.ari);
    }
}
