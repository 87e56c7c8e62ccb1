//! **Cluster**: articles → stories (groups of reports of one event).
//!
//! Input: one [`Doc`] per article (its weighted terms and date). Output: groups of article
//! indices. Method:
//!
//! 1. TF-IDF vectors over content words (a capitalised word inside a sentence, most likely a
//!    name, counts [`NAME_WEIGHT`] times), the heaviest [`Params::terms_per_doc`] kept.
//! 2. Candidate pairs through an inverted index: only documents sharing a term are scored, and
//!    terms carried by more than a tenth of the batch (at most [`MAX_POSTINGS`] documents) are
//!    skipped, so no step is quadratic in the batch.
//! 3. Average-linkage agglomeration, most similar groups first, while the average similarity of
//!    two groups reaches [`Params::threshold`] and their dates come within
//!    [`Params::max_days_apart`]; two groups that are each a story of their own join only when
//!    their link is close to their own cohesion ([`Params::cohesion_ratio`]): the rule that
//!    keeps two earthquakes, or two arrests of one team's players, apart.
//!
//! Parameters were chosen once on ECB+ (topics 1-35, `crosswire eval clustering`), on a plateau
//! of the grid (see `docs/evaluation.md`), and are the same for every story.
//!
//! ```
//! use crosswire::cluster::{group, Doc, Params};
//! let docs = [
//!     Doc::new("Flood waters rose in Valencia as rescuers searched for survivors.", None, None),
//!     Doc::new("Rescuers in Valencia searched flood waters for survivors on Tuesday.", None, None),
//!     Doc::new("The central bank raised interest rates by a quarter point.", None, None),
//! ];
//! let stories = group(&docs, &Params::default());
//! assert_eq!(stories, vec![vec![0, 1], vec![2]]);
//! ```

pub mod minhash;
pub mod online;

use foldhash::{HashMap, HashMapExt};

use chrono::NaiveDate;

use crate::resources;

/// Parameters of story grouping.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// Average similarity (cosine of TF-IDF vectors, averaged over all pairs of members) at
    /// which two groups of articles join.
    pub threshold: f32,
    /// Largest gap in days between the date spans of two groups that join, when both are known.
    pub max_days_apart: i64,
    /// Terms kept per article (the heaviest).
    pub terms_per_doc: usize,
    /// Two groups of at least [`Params::min_story_for_cohesion`] articles join only when their
    /// average similarity reaches this share of the cohesion (average internal similarity) of
    /// each.
    pub cohesion_ratio: f32,
    /// Size from which a group counts as a story of its own for [`Params::cohesion_ratio`].
    pub min_story_for_cohesion: u32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            // On ECB+ BCubed F1 stays within 0.925-0.930 from 0.08 to 0.16; 0.15 (0.928) for
            // precision on large batches, where more unrelated reports share words (100,000
            // synthetic reports: precision 0.879 at 0.10, 0.980 at 0.15).
            threshold: 0.15,
            // A story runs for weeks (follow-ups, reactions), and ECB+ holds reports of one
            // event published up to months apart: 7 days 0.921, 30 days 0.930, none 0.948. A
            // month keeps a stream's stories bounded while losing little.
            max_days_apart: 30,
            terms_per_doc: 60,
            // ECB+: ratio 0.75-0.85 and size 5-8 all score 0.917-0.930; without the rule 0.899.
            cohesion_ratio: 0.8,
            min_story_for_cohesion: 6,
        }
    }
}

/// The words of one article that grouping looks at.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Term → raw weight (term frequency with names and headline words counted extra).
    pub terms: Vec<(String, f32)>,
    /// Publication or reference date.
    pub date: Option<NaiveDate>,
}

impl Doc {
    /// Build a document from an article's text, headline and date.
    pub fn new(text: &str, title: Option<&str>, date: Option<NaiveDate>) -> Self {
        let mut counts: HashMap<String, f32> = HashMap::new();
        add_terms(&mut counts, text, 1.0);
        if let Some(t) = title {
            add_terms(&mut counts, t, 1.0);
        }
        let mut terms: Vec<(String, f32)> = counts.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        Doc { terms, date }
    }
}

fn add_terms(counts: &mut HashMap<String, f32>, text: &str, weight: f32) {
    let stop = &resources::get().stopwords;
    let bytes = text.as_bytes();
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-';
    let mut start = None;
    let mut lower = String::new();
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                start = None;
                let word = text[s..i].trim_matches(|c: char| !c.is_alphanumeric());
                // Possessive "Kenya's" -> "kenya".
                let word = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("\u{2019}s"))
                    .unwrap_or(word);
                if word.chars().count() < 3 || !word.chars().any(char::is_alphabetic) {
                    continue;
                }
                lower.clear();
                if word.is_ascii() {
                    lower.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
                } else {
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                }
                if stop.contains(lower.as_str()) {
                    continue;
                }
                // A capitalised word inside a sentence is most likely a name: the strongest
                // signal of which event a report is about.
                let is_name = word.chars().next().is_some_and(char::is_uppercase)
                    && !opens_sentence(&bytes[..s]);
                let add = if is_name {
                    NAME_WEIGHT * weight
                } else {
                    weight
                };
                // Look up by &str first: most words repeat, and only new ones allocate.
                match counts.get_mut(lower.as_str()) {
                    Some(w) => *w += add,
                    None => {
                        counts.insert(lower.clone(), add);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether a word preceded by `before` opens a sentence: only spaces and opening quotes or
/// brackets between it and the start, a paragraph break, or a full stop.
fn opens_sentence(before: &[u8]) -> bool {
    for &b in before.iter().rev() {
        match b {
            b' ' | b'\t' | b'"' | b'\'' | b'(' | b'[' => continue,
            // Bytes of multi-byte quote marks (U+201C/U+2018: E2 80 9C / E2 80 98).
            0xE2 | 0x80 | 0x9C | 0x98 => continue,
            b'.' | b'!' | b'?' | b'\n' | b':' => return true,
            _ => return false,
        }
    }
    true
}

/// How many times a name (a capitalised word inside a sentence) counts: names are the
/// strongest sign of which event a report is about (ECB+: 2 → 0.920, 3 → 0.930, 4 → 0.924).
pub const NAME_WEIGHT: f32 = 3.0;

/// Size of the virtual background corpus added to document frequencies (see [`vectors`]).
const BACKGROUND_DOCS: f32 = 100.0;

/// The key of a term: a 64-bit hash of its lower-cased form, so that a batch too large to keep
/// its terms as strings keeps eight bytes per distinct term of an article.
pub fn term_key(term: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(term.as_bytes())
}

/// Document frequencies of a batch, gathered one document at a time (so a streaming pipeline
/// can count them without holding the documents), and the TF-IDF vectors they give.
#[derive(Debug, Default)]
pub struct TermStats {
    ids: HashMap<u64, u32>,
    df: Vec<u32>,
    docs: usize,
}

impl TermStats {
    /// Count one document's terms (term keys with their raw weights, no key twice).
    pub fn add(&mut self, terms: impl IntoIterator<Item = u64>) {
        self.docs += 1;
        for key in terms {
            let next = self.ids.len() as u32;
            let id = *self.ids.entry(key).or_insert(next);
            if id as usize == self.df.len() {
                self.df.push(0);
            }
            self.df[id as usize] += 1;
        }
    }

    /// Documents counted.
    pub fn docs(&self) -> usize {
        self.docs
    }

    /// The TF-IDF weighted, L2-normalised vector of a counted document over term ids, its
    /// heaviest `k` terms kept, sorted by term id.
    pub fn vector(&self, terms: &[(u64, f32)], k: usize) -> Vec<(u32, f32)> {
        // A virtual background of documents that share no term: in a small batch, batch IDF
        // alone would call a name that every report carries "uninformative"; in a large batch
        // the background fades out and the IDF is the batch's own.
        let n = self.docs as f32 + BACKGROUND_DOCS;
        let mut v: Vec<(u32, f32)> = terms
            .iter()
            .filter_map(|&(key, tf)| {
                let id = *self.ids.get(&key)?;
                let idf = ((n + 1.0) / (self.df[id as usize] as f32 + 1.0)).ln() + 1.0;
                Some((id, (1.0 + tf.ln()) * idf))
            })
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(k);
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(1e-9);
        for e in &mut v {
            e.1 /= norm;
        }
        v.sort_by_key(|e| e.0);
        v.shrink_to_fit();
        v
    }

    /// Document frequency by term id.
    pub fn document_frequencies(&self) -> &[u32] {
        &self.df
    }
}

impl Doc {
    /// The document's terms as keys ([`term_key`]) with their raw weights, in the order of
    /// [`Doc::terms`].
    pub fn keyed_terms(&self) -> Vec<(u64, f32)> {
        self.terms.iter().map(|(t, w)| (term_key(t), *w)).collect()
    }
}

/// TF-IDF weighted, L2-normalised, top-`k` sparse vectors over term ids, and the document
/// frequency of each id.
fn vectors(docs: &[Doc], k: usize) -> (Vec<Vec<(u32, f32)>>, Vec<u32>) {
    let keyed: Vec<Vec<(u64, f32)>> = docs.iter().map(Doc::keyed_terms).collect();
    let mut stats = TermStats::default();
    for terms in &keyed {
        stats.add(terms.iter().map(|t| t.0));
    }
    let vecs = keyed.iter().map(|t| stats.vector(t, k)).collect();
    (vecs, stats.df)
}

/// Group `docs` into stories: each inner vector holds the indices of one story's articles in
/// ascending order; stories are ordered by their first article.
pub fn group(docs: &[Doc], params: &Params) -> Vec<Vec<usize>> {
    group_with_links(docs, params, &[])
}

/// [`group`], with pairs that must share a story whatever their similarity (copies of one
/// report).
pub fn group_with_links(
    docs: &[Doc],
    params: &Params,
    links: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let (vecs, df) = vectors(docs, params.terms_per_doc);
    let dates: Vec<Option<NaiveDate>> = docs.iter().map(|d| d.date).collect();
    group_vectors(vecs, &df, &dates, params, links)
}

/// [`group_with_links`] over vectors already made by [`TermStats::vector`] (`df` from
/// [`TermStats::document_frequencies`]), one date per vector: the entry point of a pipeline
/// that streams its documents and keeps only their vectors.
pub fn group_vectors(
    vecs: Vec<Vec<(u32, f32)>>,
    df: &[u32],
    dates: &[Option<NaiveDate>],
    params: &Params,
    links: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let n = vecs.len();
    let edges = similar_pairs(&vecs, df, dates, params);
    let mut agglomeration = Agglomeration::new(vecs, dates, params);
    for &(a, b) in links {
        agglomeration.force(a, b);
    }
    agglomeration.run(&edges);

    let mut by_root: HashMap<usize, usize> = HashMap::new();
    let mut stories: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        let root = agglomeration.find(i);
        let idx = *by_root.entry(root).or_insert_with(|| {
            stories.push(Vec::new());
            stories.len() - 1
        });
        stories[idx].push(i);
    }
    stories
}

/// Pairs of documents whose cosine similarity reaches the threshold (and whose dates are close
/// enough), found through an inverted index so that only pairs sharing a term are scored.
///
/// Terms carried by more than a tenth of the batch, and never more than [`MAX_POSTINGS`]
/// documents, are left out of the index and of these scores: they say little about which event
/// a report is about, and their lists would make the cost grow with the square of the batch.
/// (The agglomeration then compares groups on all their terms.)
fn similar_pairs(
    vecs: &[Vec<(u32, f32)>],
    df: &[u32],
    dates: &[Option<NaiveDate>],
    params: &Params,
) -> Vec<(u32, u32)> {
    let n = vecs.len();
    let max_df = (n / 10).clamp(50, MAX_POSTINGS) as u32;
    let indexed = |t: u32| (2..=max_df).contains(&df[t as usize]);
    let mut postings: HashMap<u32, Vec<(u32, f32)>> = HashMap::new();
    for (i, v) in vecs.iter().enumerate() {
        for &(t, w) in v {
            if indexed(t) {
                postings.entry(t).or_default().push((i as u32, w));
            }
        }
    }
    let mut scores: HashMap<u32, f32> = HashMap::new();
    let mut pairs = Vec::new();
    for (i, v) in vecs.iter().enumerate() {
        scores.clear();
        for &(t, w) in v {
            if let Some(list) = postings.get(&t) {
                // Postings are in document order: only the later documents are scored here.
                let from = list.partition_point(|&(j, _)| j as usize <= i);
                for &(j, wj) in &list[from..] {
                    *scores.entry(j).or_default() += w * wj;
                }
            }
        }
        for (&j, &partial) in &scores {
            let j_date = dates[j as usize];
            if !spans_close(
                (dates[i], dates[i]),
                (j_date, j_date),
                params.max_days_apart,
            ) {
                continue;
            }
            if partial >= params.threshold {
                pairs.push((i as u32, j));
            }
        }
    }
    pairs
}

/// Longest postings list used to find candidate pairs, whatever the batch size (see
/// [`similar_pairs`]): this bounds the work per document, so the cost grows linearly with the
/// batch.
const MAX_POSTINGS: usize = 250;

/// A group of documents being built: the sum of its members' unit vectors (so the average
/// similarity of two groups is the dot product of their sums over the product of their sizes:
/// average linkage without visiting pairs of members).
#[derive(Debug, Default)]
struct Group {
    sum: Vec<(u32, f32)>,
    size: u32,
    /// Sum of the similarities of all pairs of members (from the squared norm of `sum`).
    internal: f64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    /// Groups linked to this one by at least one similar pair of documents (may hold stale ids).
    neighbours: Vec<u32>,
    /// Bumped on every merge, so queued scores of the old group are recognised as stale.
    version: u32,
    /// Groups found to be a distinct story (may hold stale ids): they never join this one.
    apart: Vec<u32>,
}

impl Group {
    /// A group of one document.
    fn single(sum: Vec<(u32, f32)>, date: Option<NaiveDate>) -> Self {
        Group {
            sum,
            size: 1,
            internal: 0.0,
            first: date,
            last: date,
            neighbours: Vec::new(),
            version: 0,
            apart: Vec::new(),
        }
    }

    /// The group's first and last dates.
    fn span(&self) -> DateSpan {
        (self.first, self.last)
    }

    /// Average similarity of the pairs of members.
    fn cohesion(&self) -> f64 {
        let n = self.size as f64;
        if n < 2.0 {
            1.0
        } else {
            self.internal / (n * (n - 1.0) / 2.0)
        }
    }
}

/// Average-linkage agglomeration, most similar pair of groups first, restricted to groups
/// linked by a similar pair of documents (exact: two groups whose average similarity reaches
/// the threshold always contain such a pair).
///
/// One rule on top of plain average linkage: two groups that are each already a story of
/// [`Params::min_story_for_cohesion`] reports or more join only when the link between them
/// is at least [`Params::cohesion_ratio`] of the cohesion of each. Two reports of different
/// events of one kind (two earthquakes, two arrests of footballers) share many words and reach
/// the threshold, but once each event has its own reports they hold together more tightly than
/// they hold to each other.
struct Agglomeration<'a> {
    params: &'a Params,
    groups: Vec<Group>,
    parent: Vec<u32>,
}

impl<'a> Agglomeration<'a> {
    fn new(vecs: Vec<Vec<(u32, f32)>>, dates: &[Option<NaiveDate>], params: &'a Params) -> Self {
        let groups = vecs
            .into_iter()
            .zip(dates)
            .map(|(v, &date)| Group::single(v, date))
            .collect();
        Self::from_groups(groups, params)
    }

    /// Agglomerate groups formed already (an online grouper's open stories beside new reports).
    fn from_groups(groups: Vec<Group>, params: &'a Params) -> Self {
        let n = groups.len();
        Agglomeration {
            params,
            groups,
            parent: (0..n as u32).collect(),
        }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut x = x as u32;
        while self.parent[x as usize] != x {
            let up = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = up;
            x = up;
        }
        x as usize
    }

    /// Join the groups of `a` and `b` whatever their similarity.
    fn force(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.merge(ra, rb);
        }
    }

    /// Merge two roots; the smaller index stays root, so the result does not depend on the
    /// order of merges of equal score.
    fn merge(&mut self, ra: usize, rb: usize) -> usize {
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        let g = std::mem::take(&mut self.groups[gone]);
        let cross = dot(&self.groups[keep].sum, &g.sum) as f64;
        let k = &mut self.groups[keep];
        k.internal += g.internal + cross;
        k.size += g.size;
        k.sum = add_sparse(&k.sum, &g.sum);
        k.first = min_date(k.first, g.first);
        k.last = max_date(k.last, g.last);
        k.neighbours.extend(g.neighbours);
        k.apart.extend(g.apart);
        k.version += 1;
        self.parent[gone] = keep as u32;
        keep
    }

    /// Average similarity of two groups, if they may join.
    fn score(&self, a: usize, b: usize) -> Option<f32> {
        let (ga, gb) = (&self.groups[a], &self.groups[b]);
        if !spans_close(ga.span(), gb.span(), self.params.max_days_apart) {
            return None;
        }
        let average = dot(&ga.sum, &gb.sum) / (ga.size as f32 * gb.size as f32);
        (average >= self.params.threshold).then_some(average)
    }

    /// Whether two groups that are each a story of their own stay apart.
    fn distinct_stories(&self, a: usize, b: usize, average: f32) -> bool {
        let (ga, gb) = (&self.groups[a], &self.groups[b]);
        let min = self.params.min_story_for_cohesion;
        ga.size >= min
            && gb.size >= min
            && (average as f64)
                < self.params.cohesion_ratio as f64 * ga.cohesion().min(gb.cohesion())
    }

    fn run(&mut self, edges: &[(u32, u32)]) {
        use std::collections::BinaryHeap;
        // Queue entries: (score, smaller root, larger root, their versions); the heap pops the
        // highest score, ties to the smallest indices.
        let mut heap: BinaryHeap<Candidate> = BinaryHeap::new();
        for &(a, b) in edges {
            let (ra, rb) = (self.find(a as usize), self.find(b as usize));
            if ra == rb {
                continue;
            }
            self.groups[ra].neighbours.push(rb as u32);
            self.groups[rb].neighbours.push(ra as u32);
        }
        let roots: Vec<usize> = (0..self.groups.len())
            .filter(|&i| self.parent[i] as usize == i)
            .collect();
        for &a in &roots {
            self.refresh_neighbours(a);
            let neighbours = self.groups[a].neighbours.clone();
            for b in neighbours {
                let b = b as usize;
                if a < b {
                    self.push(&mut heap, a, b);
                }
            }
        }
        while let Some(c) = heap.pop() {
            let (a, b) = (c.a as usize, c.b as usize);
            if self.parent[a] as usize != a
                || self.parent[b] as usize != b
                || self.groups[a].version != c.version_a
                || self.groups[b].version != c.version_b
            {
                continue;
            }
            if self.distinct_stories(a, b, c.score) {
                self.groups[a].apart.push(b as u32);
                self.groups[b].apart.push(a as u32);
                continue;
            }
            if self.kept_apart(a, b) {
                continue;
            }
            let keep = self.merge(a, b);
            self.refresh_neighbours(keep);
            let neighbours = self.groups[keep].neighbours.clone();
            for other in neighbours {
                self.push(&mut heap, keep, other as usize);
            }
        }
    }

    /// Whether `a` and `b` (roots) hold groups already found to be distinct stories.
    fn kept_apart(&mut self, a: usize, b: usize) -> bool {
        let (small, other) = if self.groups[a].apart.len() <= self.groups[b].apart.len() {
            (a, b)
        } else {
            (b, a)
        };
        let list = std::mem::take(&mut self.groups[small].apart);
        let found = list.iter().any(|&x| self.find(x as usize) == other);
        self.groups[small].apart = list;
        found
    }

    /// Replace stale neighbour ids by their roots, without duplicates or the group itself.
    fn refresh_neighbours(&mut self, a: usize) {
        let mut list = std::mem::take(&mut self.groups[a].neighbours);
        for x in &mut list {
            *x = self.find(*x as usize) as u32;
        }
        list.sort_unstable();
        list.dedup();
        list.retain(|&x| x as usize != a);
        self.groups[a].neighbours = list;
    }

    fn push(&self, heap: &mut std::collections::BinaryHeap<Candidate>, a: usize, b: usize) {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        if let Some(score) = self.score(a, b) {
            heap.push(Candidate {
                score,
                a: a as u32,
                b: b as u32,
                version_a: self.groups[a].version,
                version_b: self.groups[b].version,
            });
        }
    }
}

/// A possible merge in the queue.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: f32,
    a: u32,
    b: u32,
    version_a: u32,
    version_b: u32,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.score
            .total_cmp(&other.score)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

/// Dot product of two sparse vectors sorted by term id.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Sum of two sparse vectors sorted by term id.
fn add_sparse(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn min_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_date(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    a.max(b)
}

/// A date span: first and last date (both `None` when undated).
type DateSpan = (Option<NaiveDate>, Option<NaiveDate>);

/// Whether two date spans come within `max` days of each other (undated spans are close to
/// everything). A single date is the span `(d, d)`.
fn spans_close(a: DateSpan, b: DateSpan, max: i64) -> bool {
    match (a, b) {
        ((Some(af), Some(al)), (Some(bf), Some(bl))) => {
            (bf - al).num_days() <= max && (af - bl).num_days() <= max
        }
        _ => true,
    }
}

/// The heaviest terms shared by a group of documents, for labelling a story.
pub fn top_terms(docs: &[&Doc], k: usize) -> Vec<String> {
    let mut sum: HashMap<&str, (f32, usize)> = HashMap::new();
    for d in docs {
        for (t, w) in &d.terms {
            let e = sum.entry(t.as_str()).or_default();
            e.0 += w;
            e.1 += 1;
        }
    }
    let min_docs = if docs.len() > 1 { 2 } else { 1 };
    let mut terms: Vec<(&str, f32)> = sum
        .into_iter()
        .filter(|(_, (_, c))| *c >= min_docs)
        .map(|(t, (w, c))| (t, w * c as f32))
        .collect();
    terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    terms
        .into_iter()
        .take(k)
        .map(|(t, _)| t.to_string())
        .collect()
}

/// Cosine similarity of every pair (for diagnostics and tests; quadratic, so small inputs only).
pub fn pairwise(docs: &[Doc], params: &Params) -> Vec<Vec<f32>> {
    let (vecs, _) = vectors(docs, params.terms_per_doc);
    vecs.iter()
        .map(|a| vecs.iter().map(|b| dot(a, b)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_weigh_more_and_stop_words_are_skipped() {
        let d = Doc::new(
            "The talks in Geneva ended. Geneva was calm and the talks ended.",
            None,
            None,
        );
        let w: HashMap<_, _> = d.terms.iter().cloned().collect();
        // Once mid-sentence (a name: 3), once opening a sentence (1).
        assert_eq!(w["geneva"], 1.0 + NAME_WEIGHT);
        assert_eq!(w["talks"], 2.0);
        assert!(!w.contains_key("the"));
    }

    /// Six reports each of two quakes: same kind of event, mostly the same words (earthquake,
    /// rubble, rescuers, aftershocks), different places.
    pub(super) fn two_quakes() -> Vec<Doc> {
        let common = [
            "the earthquake collapsed buildings and rescuers searched the rubble for survivors",
            "aftershocks frightened families who slept outside in tents after the earthquake",
            "rescuers with dogs pulled survivors from collapsed buildings as aftershocks continued",
            "the death toll from the earthquake rose as rescuers reached villages cut off by landslides",
            "hospitals treated the injured in tents while aftershocks shook the damaged buildings",
            "survivors queued for water and blankets as rescuers searched collapsed homes",
        ];
        let mut docs = Vec::new();
        for (place, step) in [("Arequipa", 1), ("Van", 2)] {
            for i in 0..6 {
                let text = format!(
                    "In {place}, {}. Officials in {place} said {}.",
                    common[i],
                    common[(i + step) % 6]
                );
                docs.push(Doc::new(&text, None, None));
            }
        }
        docs
    }

    #[test]
    fn two_events_of_one_kind_stay_apart_once_each_is_a_story() {
        let docs = two_quakes();
        let stories = group(&docs, &Params::default());
        assert_eq!(stories, vec![(0..6).collect::<Vec<_>>(), (6..12).collect()]);
        // Plain average linkage (no cohesion rule) mixes them: the rule is what keeps them apart.
        let plain = Params {
            cohesion_ratio: 0.0,
            ..Params::default()
        };
        assert_eq!(group(&docs, &plain).len(), 1);
    }

    #[test]
    fn copies_join_whatever_their_similarity() {
        let docs = [
            Doc::new(
                "Parliament passed the budget after a long night.",
                None,
                None,
            ),
            Doc::new(
                "Storms closed schools across the northern coast.",
                None,
                None,
            ),
        ];
        assert_eq!(group(&docs, &Params::default()).len(), 2);
        assert_eq!(
            group_with_links(&docs, &Params::default(), &[(0, 1)]),
            vec![vec![0, 1]]
        );
    }

    #[test]
    fn far_apart_dates_do_not_join() {
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1);
        let text = "Earthquake of magnitude six struck Lima Peru killing dozens";
        let docs = [Doc::new(text, None, d(2020)), Doc::new(text, None, d(2021))];
        assert_eq!(group(&docs, &Params::default()).len(), 2);
    }
}
