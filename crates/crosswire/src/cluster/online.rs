//! Online story grouping: reports arrive in arrival order, one at a time or in small batches;
//! each joins a story or opens one, and stories merge when new reports show they are one.
//!
//! The same similarity and rules as the batch grouping ([`super::group`]): TF-IDF vectors
//! (document frequencies counted over everything seen so far), average linkage through the sum
//! vectors of the stories, the same threshold, date window and cohesion rule. Each batch of new
//! reports is agglomerated, most similar pair first, together with the open stories it touches
//! (the batch algorithm, run over `open stories + new reports`), so a batch of one is greedy
//! online grouping and one batch of everything is the batch grouping. Larger batches decide
//! better (measured by `crosswire eval clustering --online --batch N`).
//!
//! Memory stays bounded on an endless stream: a story that has had no report for
//! [`Params::max_days_apart`] days (by the newest date seen) is closed and forgotten.

use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};

use super::{spans_close, Agglomeration, Doc, Group, Params, TermStats, MAX_POSTINGS};

/// Where one report went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The story (numbered from 0 in order of opening; a merged story keeps the smaller number).
    pub story: u32,
    /// Whether the report opened this story.
    pub opened: bool,
    /// Stories folded into `story` with this report (announced on the first report of the
    /// batch that joined `story`).
    pub merged: Vec<u32>,
}

/// The online grouper. Feed it reports in arrival order with [`Online::add`] or
/// [`Online::add_batch`].
#[derive(Debug)]
pub struct Online {
    params: Params,
    stats: TermStats,
    /// Open stories by number (`None` once merged away or closed).
    stories: Vec<Option<Box<Group>>>,
    /// Merged story → the story it went into.
    merged_into: Vec<u32>,
    /// Term id → (story, weight) for every member report carrying it (may name merged or
    /// closed stories): a story's sum is the sum of its members' entries.
    postings: HashMap<u32, Vec<(u32, f32)>>,
    newest: Option<NaiveDate>,
    open: usize,
    /// Postings entries now, and right after the last cleaning.
    entries: usize,
    entries_after_compaction: usize,
}

impl Online {
    /// A grouper with the given parameters.
    pub fn new(params: Params) -> Self {
        Online {
            params,
            stats: TermStats::default(),
            stories: Vec::new(),
            merged_into: Vec::new(),
            postings: HashMap::new(),
            newest: None,
            open: 0,
            entries: 0,
            entries_after_compaction: 0,
        }
    }

    /// Stories open now (neither merged nor closed).
    pub fn open_stories(&self) -> usize {
        self.open
    }

    /// Add one report (its grouping terms and date).
    pub fn add(&mut self, doc: &Doc) -> Assignment {
        self.add_batch(std::slice::from_ref(doc))
            .pop()
            .expect("one assignment per report")
    }

    /// Add reports that arrived together; one assignment each, in the same order.
    pub fn add_batch(&mut self, docs: &[Doc]) -> Vec<Assignment> {
        let keyed: Vec<Vec<(u64, f32)>> = docs.iter().map(Doc::keyed_terms).collect();
        for terms in &keyed {
            self.stats.add(terms.iter().map(|t| t.0));
        }
        let vecs: Vec<Vec<(u32, f32)>> = keyed
            .iter()
            .map(|t| self.stats.vector(t, self.params.terms_per_doc))
            .collect();
        drop(keyed);
        let latest = docs.iter().filter_map(|d| d.date).max();
        if latest > self.newest {
            self.newest = latest;
            self.close_stale();
        }

        // Links from each report to the open stories it reaches the threshold with: the dot
        // product with a story's sum, accumulated over postings that hold every member's term
        // weights, over the story's size (average linkage, exactly).
        let mut story_links: Vec<(u32, usize)> = Vec::new();
        let mut scores: HashMap<u32, f32> = HashMap::new();
        for (x, v) in vecs.iter().enumerate() {
            scores.clear();
            for &(t, w) in v {
                let Some(list) = self.postings.get(&t) else {
                    continue;
                };
                if list.len() > MAX_POSTINGS {
                    continue;
                }
                for &(s, ws) in list {
                    *scores.entry(self.root(s)).or_default() += w * ws;
                }
            }
            for (&s, &score) in &scores {
                let Some(story) = self.stories[s as usize].as_ref() else {
                    continue;
                };
                if score / story.size as f32 >= self.params.threshold
                    && spans_close(
                        story.span(),
                        (docs[x].date, docs[x].date),
                        self.params.max_days_apart,
                    )
                {
                    story_links.push((s, x));
                }
            }
        }
        // The stories touched sit first in the agglomeration, in story order, so a group
        // holding stories keeps the oldest story's number.
        let mut touched: Vec<u32> = story_links.iter().map(|l| l.0).collect();
        touched.sort_unstable();
        touched.dedup();
        let k = touched.len();
        let mut local_of: HashMap<u32, u32> = HashMap::with_capacity(k);
        for (x, &s) in touched.iter().enumerate() {
            local_of.insert(s, x as u32);
        }
        let mut groups: Vec<Group> = Vec::with_capacity(k + docs.len());
        for &s in &touched {
            let story = self.stories[s as usize].take().expect("open story");
            let mut g = *story;
            // Stories found distinct before stay distinct (when present here).
            g.apart = g
                .apart
                .iter()
                .filter_map(|&x| local_of.get(&self.root(x)).copied())
                .collect();
            g.neighbours.clear();
            g.version = 0;
            groups.push(g);
        }
        for (v, d) in vecs.iter().zip(docs) {
            groups.push(Group::single(v.clone(), d.date));
        }
        let mut edges: Vec<(u32, u32)> = story_links
            .iter()
            .map(|&(s, x)| (local_of[&s], (k + x) as u32))
            .collect();
        // Links between the new reports themselves (the batch grouping's candidate search).
        if docs.len() > 1 {
            let mut df: HashMap<u32, u32> = HashMap::new();
            for v in &vecs {
                for &(t, _) in v {
                    *df.entry(t).or_default() += 1;
                }
            }
            let mut ids: HashMap<u32, u32> = HashMap::new();
            let mut local_df: Vec<u32> = Vec::new();
            let local_vecs: Vec<Vec<(u32, f32)>> = vecs
                .iter()
                .map(|v| {
                    v.iter()
                        .map(|&(t, w)| {
                            let next = ids.len() as u32;
                            let id = *ids.entry(t).or_insert(next);
                            if id as usize == local_df.len() {
                                local_df.push(df[&t]);
                            }
                            (id, w)
                        })
                        .collect()
                })
                .collect();
            let dates: Vec<Option<NaiveDate>> = docs.iter().map(|d| d.date).collect();
            for (x, y) in super::similar_pairs(&local_vecs, &local_df, &dates, &self.params) {
                edges.push(((k + x as usize) as u32, (k + y as usize) as u32));
            }
        }
        let params = self.params;
        let mut agglomeration = Agglomeration::from_groups(groups, &params);
        agglomeration.run(&edges);

        // Back from local groups to stories.
        let roots: Vec<usize> = (0..k + docs.len()).map(|x| agglomeration.find(x)).collect();
        let mut story_of_root: HashMap<usize, u32> = HashMap::new();
        let mut merged_at_root: HashMap<usize, Vec<u32>> = HashMap::new();
        for (x, &s) in touched.iter().enumerate() {
            let r = roots[x];
            if r == x {
                story_of_root.insert(r, s);
            } else {
                merged_at_root.entry(r).or_default().push(s);
            }
        }
        let mut groups = std::mem::take(&mut agglomeration.groups);
        let mut out = Vec::with_capacity(docs.len());
        let mut announced: HashMap<usize, ()> = HashMap::new();
        for (x, v) in vecs.iter().enumerate() {
            let r = roots[k + x];
            let (story, opened) = match story_of_root.get(&r) {
                Some(&s) => (s, false),
                None => {
                    let s = self.stories.len() as u32;
                    self.stories.push(None);
                    self.merged_into.push(s);
                    self.open += 1;
                    story_of_root.insert(r, s);
                    (s, true)
                }
            };
            for &(t, w) in v {
                self.postings.entry(t).or_default().push((story, w));
            }
            self.entries += v.len();
            let merged = if announced.insert(r, ()).is_none() {
                merged_at_root.remove(&r).unwrap_or_default()
            } else {
                Vec::new()
            };
            for &m in &merged {
                self.merged_into[m as usize] = story;
                self.open -= 1;
            }
            out.push(Assignment {
                story,
                opened,
                merged,
            });
        }
        // Stories merged into a story no report of this batch joined cannot happen (a merge
        // needs a report's link), but keep the bookkeeping whole anyway.
        for (r, list) in merged_at_root {
            let story = story_of_root[&r];
            for m in list {
                self.merged_into[m as usize] = story;
                self.open -= 1;
            }
        }
        // Store the groups back under their story numbers, with `apart` in story numbers.
        let local_story: Vec<Option<u32>> = (0..groups.len())
            .map(|x| story_of_root.get(&roots[x]).copied())
            .collect();
        for (&r, &s) in &story_of_root {
            let mut g = std::mem::take(&mut groups[r]);
            g.apart = g
                .apart
                .iter()
                .filter_map(|&x| local_story.get(x as usize).copied().flatten())
                .filter(|&other| other != s)
                .collect();
            g.neighbours = Vec::new();
            self.stories[s as usize] = Some(Box::new(g));
        }
        // Clean the postings when they have doubled since the last cleaning: amortised, the
        // cost stays linear in the reports added.
        if self.entries > 2 * self.entries_after_compaction + (1 << 16) {
            self.compact();
        }
        out
    }

    fn root(&self, mut s: u32) -> u32 {
        while self.merged_into[s as usize] != s {
            s = self.merged_into[s as usize];
        }
        s
    }

    /// Close the stories whose last report is more than the window older than the newest date
    /// seen.
    fn close_stale(&mut self) {
        let Some(newest) = self.newest else { return };
        let window = self.params.max_days_apart;
        for slot in &mut self.stories {
            if let Some(s) = slot {
                if s.last.is_some_and(|l| (newest - l).num_days() > window) {
                    *slot = None;
                    self.open -= 1;
                }
            }
        }
    }

    /// Drop closed stories' entries from the postings, and name merged stories by the story
    /// they went into.
    fn compact(&mut self) {
        let stories = &self.stories;
        let merged_into = &self.merged_into;
        let root = |mut s: u32| {
            while merged_into[s as usize] != s {
                s = merged_into[s as usize];
            }
            s
        };
        let mut entries = 0;
        self.postings.retain(|_, list| {
            list.retain_mut(|e| {
                e.0 = root(e.0);
                stories[e.0 as usize].is_some()
            });
            entries += list.len();
            !list.is_empty()
        });
        self.entries = entries;
        self.entries_after_compaction = entries;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_join_open_and_merge() {
        let mut online = Online::new(Params::default());
        let quake = |extra: &str| {
            Doc::new(
                &format!(
                    "An earthquake struck Arequipa in Peru; rescuers searched the rubble. {extra}"
                ),
                None,
                None,
            )
        };
        let a = online.add(&quake("Schools closed."));
        assert!(a.opened);
        let b = online.add(&quake("Roads were blocked."));
        assert_eq!((b.story, b.opened), (a.story, false));
        let c = online.add(&Doc::new(
            "The central bank raised interest rates by a quarter point in Lima.",
            None,
            None,
        ));
        assert!(c.opened);
        assert_ne!(c.story, a.story);
        assert_eq!(online.open_stories(), 2);
    }

    #[test]
    fn one_batch_of_everything_is_the_batch_grouping() {
        let docs = super::super::tests::two_quakes();
        let mut online = Online::new(Params::default());
        let assigned = online.add_batch(&docs);
        let mut stories: Vec<Vec<usize>> = Vec::new();
        let mut index: HashMap<u32, usize> = HashMap::new();
        for (i, a) in assigned.iter().enumerate() {
            let slot = *index.entry(a.story).or_insert_with(|| {
                stories.push(Vec::new());
                stories.len() - 1
            });
            stories[slot].push(i);
        }
        assert_eq!(stories, super::super::group(&docs, &Params::default()));
        assert_eq!(online.open_stories(), 2);
        // One event's reports, then the other's: the second batch's reports hold together
        // first, then stay apart from the first story by the cohesion rule.
        let mut in_two = Online::new(Params::default());
        let first = in_two.add_batch(&docs[..6]);
        let second = in_two.add_batch(&docs[6..]);
        assert!(first.iter().all(|a| a.story == first[0].story));
        assert!(second.iter().all(|a| a.story == second[0].story));
        assert_ne!(first[0].story, second[0].story);
    }

    #[test]
    fn stories_close_after_the_window() {
        let params = Params::default();
        let mut online = Online::new(params);
        let day = |d: u32| NaiveDate::from_ymd_opt(2025, 1, d);
        let text = "Floods in Valencia: rescuers searched flooded streets for survivors.";
        let a = online.add(&Doc::new(text, None, day(1)));
        // The same words 30 days later still join; the story is closed once a report dated
        // more than the window after its last one arrives, and the same words open a new one.
        let b = online.add(&Doc::new(text, None, day(31)));
        assert_eq!(b.story, a.story);
        let far = NaiveDate::from_ymd_opt(2025, 3, 15);
        let c = online.add(&Doc::new(text, None, far));
        assert!(c.opened);
        assert_eq!(online.open_stories(), 1);
    }
}
