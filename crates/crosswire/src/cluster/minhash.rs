//! Exact and near-duplicate reports: MinHash signatures over word shingles, LSH banding for
//! candidates, and the estimated Jaccard similarity to confirm them. A reprint or syndicated copy
//! is marked as a copy of the earliest report, so that it never counts as a second source.
//!
//! Parameters (fixed, so that the same signature comes out wherever it is computed): 5-word
//! shingles of the lower-cased words; 128 hash functions `(a·h + b) mod (2^61 − 1)` over the
//! shingle's 64-bit xxh3 hash, with `a` and `b` drawn from splitmix64 seeded with [`SEED`]; 16
//! bands of 8 rows (candidates from about 0.7 Jaccard); a pair is a near-duplicate at a Jaccard
//! of [`NEAR_DUPLICATE`] or more — estimated, and where the estimate is near the threshold and the
//! texts are at hand ([`near_duplicates_exact`]), exact.

use foldhash::{HashMap, HashMapExt};

/// Number of hash functions (signature length).
pub const PERMUTATIONS: usize = 128;
/// Bands × rows = permutations.
pub const BANDS: usize = 16;
/// Rows per band.
pub const ROWS: usize = PERMUTATIONS / BANDS;
/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Seed of the hash-function parameters.
pub const SEED: u64 = 0x63_72_6f_73_73_77_69_72; // "crosswir"
/// Estimated Jaccard similarity from which two reports are copies of one another.
pub const NEAR_DUPLICATE: f64 = 0.8;

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn parameters() -> &'static [(u64, u64); PERMUTATIONS] {
    static P: std::sync::OnceLock<[(u64, u64); PERMUTATIONS]> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut state = SEED;
        let mut p = [(0u64, 0u64); PERMUTATIONS];
        for slot in p.iter_mut() {
            let a = splitmix64(&mut state) | 1;
            let b = splitmix64(&mut state);
            *slot = (a, b);
        }
        p
    })
}

/// The MinHash signature of a text.
///
/// Each shingle's hash `h` is permuted 128 times as `a·h + b` (wrapping 64-bit multiply-add
/// with odd `a`: a multiply-shift family, which keeps the loop free of divisions so that the
/// compiler vectorises it); the signature keeps each permutation's minimum.
pub fn signature(text: &str) -> [u64; PERMUTATIONS] {
    let mut sig = [u64::MAX; PERMUTATIONS];
    let params = parameters();
    for_each_shingle(text, |h| {
        for (slot, &(a, b)) in sig.iter_mut().zip(params.iter()) {
            let v = (a | 1).wrapping_mul(h).wrapping_add(b);
            if v < *slot {
                *slot = v;
            }
        }
    });
    sig
}

/// Call `f` with the 64-bit hash of every 5-word shingle of the lower-cased words of `text` (one
/// shingle of all the words when there are fewer than five).
fn for_each_shingle(text: &str, mut f: impl FnMut(u64)) {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 5);
    let mut lower = String::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        lower.clear();
        if w.is_ascii() {
            lower.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            lower.extend(w.chars().flat_map(char::to_lowercase));
        }
        words.push(xxhash_rust::xxh3::xxh3_64(lower.as_bytes()));
    }
    let shingle_hash = |ws: &[u64]| {
        let mut bytes = [0u8; SHINGLE * 8];
        for (i, w) in ws.iter().enumerate() {
            bytes[i * 8..(i + 1) * 8].copy_from_slice(&w.to_le_bytes());
        }
        xxhash_rust::xxh3::xxh3_64(&bytes[..ws.len() * 8])
    };
    if words.len() < SHINGLE {
        if !words.is_empty() {
            f(shingle_hash(&words));
        }
    } else {
        for ws in words.windows(SHINGLE) {
            f(shingle_hash(ws));
        }
    }
}

/// The set of shingle hashes of a text (sorted, without repeats): what a signature estimates.
pub fn shingle_set(text: &str) -> Vec<u64> {
    let mut set = Vec::new();
    for_each_shingle(text, |h| set.push(h));
    set.sort_unstable();
    set.dedup();
    set
}

/// Exact Jaccard similarity of two shingle sets from [`shingle_set`].
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// The LSH band keys of a signature (one 64-bit key per band).
pub fn band_keys(sig: &[u64; PERMUTATIONS]) -> [u64; BANDS] {
    let mut keys = [0u64; BANDS];
    for (band, key) in keys.iter_mut().enumerate() {
        let rows = &sig[band * ROWS..(band + 1) * ROWS];
        let mut bytes = [0u8; ROWS * 8 + 1];
        bytes[0] = band as u8;
        for (i, v) in rows.iter().enumerate() {
            bytes[1 + i * 8..1 + (i + 1) * 8].copy_from_slice(&v.to_le_bytes());
        }
        *key = xxhash_rust::xxh3::xxh3_64(&bytes);
    }
    keys
}

/// Share of equal signature slots: the estimate of the texts' Jaccard similarity.
pub fn similarity(a: &[u64; PERMUTATIONS], b: &[u64; PERMUTATIONS]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / PERMUTATIONS as f64
}

/// Near-duplicate pairs `(i, j, similarity)` with `i < j`, found through the band keys only
/// (buckets larger than `max_bucket` are sampled down, so no step is quadratic in the input).
pub fn near_duplicates(
    sigs: &[[u64; PERMUTATIONS]],
    max_bucket: usize,
) -> Vec<(usize, usize, f64)> {
    candidates(sigs, max_bucket, NEAR_DUPLICATE)
}

/// Below this estimate a candidate is not worth checking exactly (at a true Jaccard of 0.8 the
/// estimate from 128 hashes falls below 0.65 about once in 10^5).
const CHECK_FROM: f64 = 0.65;

/// [`near_duplicates`], with the estimate confirmed on the texts: candidates whose estimated
/// similarity is near the threshold are decided by their exact shingle Jaccard (`text(i)` gives
/// document `i`'s text), so no copy is lost to the estimate's noise. The similarity reported is
/// the exact one for the pairs checked.
pub fn near_duplicates_exact<'t>(
    sigs: &[[u64; PERMUTATIONS]],
    text: impl Fn(usize) -> &'t str,
    max_bucket: usize,
) -> Vec<(usize, usize, f64)> {
    let mut sets: HashMap<usize, Vec<u64>> = HashMap::new();
    let mut out = Vec::new();
    for (i, j, est) in candidates(sigs, max_bucket, CHECK_FROM) {
        if est >= 0.95 {
            out.push((i, j, est));
            continue;
        }
        for k in [i, j] {
            sets.entry(k).or_insert_with(|| shingle_set(text(k)));
        }
        let exact = jaccard(&sets[&i], &sets[&j]);
        if exact >= NEAR_DUPLICATE {
            out.push((i, j, exact));
        }
    }
    out
}

/// [`near_duplicates_exact`] for a batch that keeps only band keys in memory: signatures and
/// shingle sets are computed again, from `text(i)`, for the documents of candidate pairs only.
/// Gives exactly the pairs [`near_duplicates_exact`] gives on the same texts.
pub fn near_duplicates_from_keys(
    keys: &[[u64; BANDS]],
    mut text: impl FnMut(usize) -> String,
    max_bucket: usize,
) -> Vec<(usize, usize, f64)> {
    struct Known {
        signature: [u64; PERMUTATIONS],
        shingles: Option<Vec<u64>>,
        text: String,
    }
    let mut known: HashMap<u32, Known> = HashMap::new();
    let mut out = Vec::new();
    for (i, j) in candidate_pairs(keys.len(), |d| keys[d], max_bucket) {
        for k in [i, j] {
            known.entry(k).or_insert_with(|| {
                let t = text(k as usize);
                Known {
                    signature: signature(&t),
                    shingles: None,
                    text: t,
                }
            });
        }
        let est = similarity(&known[&i].signature, &known[&j].signature);
        if est < CHECK_FROM {
            continue;
        }
        if est >= 0.95 {
            out.push((i as usize, j as usize, est));
            continue;
        }
        for k in [i, j] {
            let e = known.get_mut(&k).expect("inserted above");
            if e.shingles.is_none() {
                e.shingles = Some(shingle_set(&e.text));
            }
        }
        let exact = jaccard(
            known[&i].shingles.as_deref().unwrap_or_default(),
            known[&j].shingles.as_deref().unwrap_or_default(),
        );
        if exact >= NEAR_DUPLICATE {
            out.push((i as usize, j as usize, exact));
        }
    }
    out
}

/// Pairs `(i, j)`, `i < j`, of documents sharing a band key (`keys(d)` gives document `d`'s),
/// sorted; buckets larger than `max_bucket` contribute the pairs of their first `max_bucket`
/// documents only.
fn candidate_pairs(
    n: usize,
    keys: impl Fn(usize) -> [u64; BANDS],
    max_bucket: usize,
) -> Vec<(u32, u32)> {
    let mut buckets: HashMap<u64, Vec<u32>> = HashMap::new();
    for i in 0..n {
        for k in keys(i) {
            buckets.entry(k).or_default().push(i as u32);
        }
    }
    let mut pairs = Vec::new();
    for list in buckets.values() {
        if list.len() < 2 {
            continue;
        }
        let list = &list[..list.len().min(max_bucket)];
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Pairs sharing a band key whose estimated similarity is at least `from`.
fn candidates(
    sigs: &[[u64; PERMUTATIONS]],
    max_bucket: usize,
    from: f64,
) -> Vec<(usize, usize, f64)> {
    candidate_pairs(sigs.len(), |d| band_keys(&sigs[d]), max_bucket)
        .into_iter()
        .filter_map(|(i, j)| {
            let s = similarity(&sigs[i as usize], &sigs[j as usize]);
            (s >= from).then_some((i as usize, j as usize, s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_found_and_different_texts_are_not() {
        let a = "The council approved the new tram line on Wednesday after two years of debate, and construction will start in the spring, the mayor said at a news conference in the city hall.";
        let b = "The council approved the new tram line on Wednesday after two years of debate, and construction will start in the spring, the mayor said at a news conference in the city hall. (Reuters)";
        let c = "Heavy rain flooded three coastal towns on Friday as rivers rose to levels not seen in decades and emergency crews worked through the night to rescue residents.";
        let sigs = [signature(a), signature(b), signature(c)];
        assert!(similarity(&sigs[0], &sigs[1]) > 0.8);
        assert!(similarity(&sigs[0], &sigs[2]) < 0.1);
        let pairs = near_duplicates(&sigs, 1000);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].0, pairs[0].1), (0, 1));
    }

    #[test]
    fn exact_confirmation_decides_by_the_shingle_sets() {
        let words: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let a = words.join(" ");
        // 4 words changed near the end: 20 of 196 shingles differ, Jaccard about 0.81, where
        // the estimate alone is a coin toss.
        let mut changed = words.clone();
        for w in changed.iter_mut().skip(160).step_by(10) {
            *w = format!("{w}x");
        }
        let b = changed.join(" ");
        let c: String = words[..100].join(" ");
        let (sa, sb, sc) = (shingle_set(&a), shingle_set(&b), shingle_set(&c));
        let ab = jaccard(&sa, &sb);
        assert!((0.78..0.85).contains(&ab), "{ab}");
        assert!(jaccard(&sa, &sc) < 0.6);
        assert_eq!(jaccard(&sa, &sa), 1.0);
        let texts = [a.as_str(), b.as_str(), c.as_str()];
        let sigs: Vec<_> = texts.iter().map(|t| signature(t)).collect();
        let pairs = near_duplicates_exact(&sigs, |i| texts[i], 1000);
        let found = pairs.iter().any(|&(i, j, _)| (i, j) == (0, 1));
        assert_eq!(
            found,
            ab >= NEAR_DUPLICATE,
            "decided by the exact Jaccard {ab}"
        );
        assert!(pairs.iter().all(|&(i, j, _)| (i, j) != (0, 2)));
    }

    #[test]
    fn keys_only_give_the_same_pairs() {
        let words: Vec<String> = (0..120).map(|i| format!("w{i}")).collect();
        let mut texts: Vec<String> = Vec::new();
        for v in 0..12 {
            let mut w = words.clone();
            // Copies with 0 to 11 words changed, and every fourth text unrelated.
            for x in w.iter_mut().step_by(11).take(v) {
                x.push('x');
            }
            if v % 4 == 3 {
                w = (0..120).map(|i| format!("v{v}u{i}")).collect();
            }
            texts.push(w.join(" "));
        }
        let sigs: Vec<_> = texts.iter().map(|t| signature(t)).collect();
        let keys: Vec<_> = sigs.iter().map(band_keys).collect();
        let exact = near_duplicates_exact(&sigs, |i| texts[i].as_str(), 1000);
        let lazy = near_duplicates_from_keys(&keys, |i| texts[i].clone(), 1000);
        assert!(exact.len() > 5, "{exact:?}");
        assert_eq!(exact, lazy);
    }

    #[test]
    fn signatures_are_fixed() {
        // The same text gives the same signature in every process (a later issue computes it
        // inside Spark and must agree bit for bit).
        let s = signature("one two three four five six");
        assert_eq!(s, signature("One two, three four five six!"));
        // Golden values: a change here changes every stored signature and band key.
        assert_eq!(s[0], 1689546761383631557);
        assert_eq!(s[127], 5464776453896720432);
        assert_eq!(band_keys(&s)[0], 10357303950893122666);
    }
}
