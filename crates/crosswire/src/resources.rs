//! Generic language resources (month names, header keys, photo credits, …) read from the data files
//! under `crates/crosswire/data/`, embedded at compile time and parsed once.
//!
//! Nothing here is specific to any story: these are the lists a newsroom style guide would hold.

use foldhash::{HashMap, HashSet};
use std::sync::OnceLock;

/// All resources, parsed.
pub struct Resources {
    /// Photo credits as written ("Getty Images", "AFP"), longest first.
    pub photo_credits: Vec<String>,
    /// Lower-cased navigation labels.
    pub navigation_labels: HashSet<String>,
    /// Lower-cased promotion cue words and phrases.
    pub promo_cues: Vec<String>,
    /// All of `promo_cues` in one automaton (every occurrence reported, overlaps too).
    pub promo_matcher: aho_corasick::AhoCorasick,
    /// Phrases of paywall and log-in notices, lower case (`data/paywall_notices.txt`).
    pub paywall_notices: Vec<String>,
    /// First words of a label introducing more of the site's content ("Weitere Videos"), lower
    /// case (`data/more_words.txt`).
    pub more_words: HashSet<String>,
    /// Labels that open a press release's contact block, lower case
    /// (`data/contact_labels.txt`).
    pub contact_labels: HashSet<String>,
    /// Phrases of a site's small print (copyright and reprint notices, advertising
    /// disclosures), lower case (`data/small_print.txt`).
    pub small_print: Vec<String>,
    /// All of `small_print` in one automaton.
    pub small_print_matcher: aho_corasick::AhoCorasick,
    /// All of `paywall_notices` in one automaton: one pass over a paragraph instead of a
    /// search per phrase.
    pub paywall_matcher: aho_corasick::AhoCorasick,
    /// Lower-cased labels that open a link to another article ("read more", "lea también").
    pub related_link_labels: HashSet<String>,
    /// The navigation and related-link labels of two words or more, as written in lower case
    /// and with a capital first letter (the rest of ASCII matched in any case), with the tag
    /// labels: one pass finds a label run into a paragraph ("… Beitrag teilen").
    pub run_in_labels: aho_corasick::AhoCorasick,
    /// Lower-cased labels that open a photo caption or credit ("photo", "foto").
    pub caption_labels: HashSet<String>,
    /// Lower-cased labels that open a line of tags ("tags", "schlagworte"), longest first.
    pub tag_labels: Vec<String>,
    /// Lower-cased phrases of a report's closing credit line ("reporting by").
    pub credit_line_cues: Vec<String>,
    /// Lower-cased header key → field name.
    pub header_keys: HashMap<String, String>,
    /// Lower-cased month name or abbreviation → month number.
    pub months: HashMap<String, u32>,
    /// Month names of other languages (for dates in page markup).
    pub months_intl: HashMap<String, u32>,
    /// Words printed just before a publication date (`data/publication_labels.txt`).
    pub publication_labels: Vec<String>,
    /// Country-code domain → the country's clock (`data/tld_utc_offsets.tsv`).
    pub tld_utc_offsets: HashMap<String, ZoneRule>,
    /// Lower-cased weekday name or abbreviation → ISO weekday number (Monday = 1).
    pub weekdays: HashMap<String, u32>,
    /// Lower-cased English stop words.
    pub stopwords: HashSet<String>,
    /// Upper-cased labels that look like datelines but are not ("UPDATE:", "WATCH:").
    pub dateline_exclusions: HashSet<String>,
    /// Country and region names, other names and capitals (as written) → the canonical name
    /// (the country's; a region's own, from `regions.tsv`).
    pub places: HashMap<String, String>,
    /// Capitals (as written) → their country.
    pub capitals: HashMap<String, String>,
    /// Demonyms and adjectives ("Indian", "British") → the country.
    pub demonyms: HashMap<String, String>,
    /// Lower-cased titles and roles, longest first.
    pub titles: Vec<String>,
    /// The same titles, for look-ups.
    pub title_set: HashSet<String>,
    /// Words that make a name an organisation.
    pub org_words: HashSet<String>,
    /// Lower-cased speech verbs.
    pub speech_verbs: HashSet<String>,
    /// Lower-cased nouns for statements that speak for their issuer.
    pub document_nouns: HashSet<String>,
    /// Things that carry words without being their issuer ("the ad", "the sign").
    pub medium_nouns: HashSet<String>,
    /// Occasions on which something is said ("in a speech", "in the debate").
    pub occasion_nouns: HashSet<String>,
    /// Nouns for works with a title ("his book", "the movie"): a title-cased quotation after
    /// one names the work.
    pub work_title_nouns: HashSet<String>,
    /// Lower-cased nouns that count people.
    pub person_nouns: HashSet<String>,
    /// Roles only a person holds ("supporter", "strategist"), for descriptions set off after a
    /// name.
    pub person_roles: HashSet<String>,
    /// Head nouns of unnamed speakers ("experts", "the court").
    pub speaker_nouns: HashSet<String>,
    /// Words opening a sentence before its subject ("However, …", "Soon, …").
    pub sentence_adverbs: HashSet<String>,
    /// Pronouns naming nobody in particular ("Nobody", "Neither").
    pub indefinite_pronouns: HashSet<String>,
    /// Things that report findings ("poll", "study").
    pub evidence_nouns: HashSet<String>,
    /// Verbs by which they report them ("shows", "found").
    pub evidence_verbs: HashSet<String>,
    /// Speech verbs whose bare form is mostly a noun ("state", "call").
    pub speech_verbs_also_nouns: HashSet<String>,
    /// Their "-s" forms that are mostly plural nouns before "that" ("states").
    pub speech_verbs_mostly_plural_nouns: HashSet<String>,
    /// Nouns of saying that take a "that" clause after a possessive ("his warning that").
    pub claim_nouns: HashSet<String>,
    /// Speech verbs that take no content ("spoke", "talking").
    pub speech_verbs_without_content: HashSet<String>,
    /// Past forms that do not end in "-ed" ("said", "told"), lower case.
    pub irregular_pasts: HashSet<String>,
    /// Speech verbs that are cues only before "that" ("maintained that …", not "maintained a
    /// lead").
    pub cue_verbs_before_that: HashSet<String>,
    /// Verb forms that are cues only before the particle "out" ("points out").
    pub phrasal_cue_verbs: HashSet<String>,
    /// Verb phrases whose object is what a position is taken on ("weighed in on", "took aim
    /// at"): by their first word, the words after it.
    pub topic_phrases: HashMap<String, Vec<Vec<String>>>,
    /// Verbs that attribute a position or belief ("wants", "endorsed").
    pub stance_verbs: HashSet<String>,
    /// Verbs of intention that attribute a position before "to" and a verb ("wants to").
    pub intention_verbs: HashSet<String>,
    /// Verbs of seeing something as something ("sees the vote as a test").
    pub view_verbs: HashSet<String>,
    /// Verbs of praise or blame whose reason follows "for" or "over" ("knocked Stone over …").
    pub reason_verbs: HashSet<String>,
    /// Quantifiers that stand alone for a group of people ("many say", "some believe").
    pub quantifier_pronouns: HashSet<String>,
    /// Stance verbs whose position is their object alone ("endorsed Stone").
    pub object_stance_verbs: HashSet<String>,
    /// Verbs of saying that close a sentence after their content (", Ruiz said.").
    pub closing_cue_verbs: HashSet<String>,
    /// Participles that attribute in the passive with no agent named ("Ruiz was booed").
    pub agentless_passive_verbs: HashSet<String>,
    /// Participles that attribute in the passive, their source after "by" ("was first
    /// reported by the Tribune").
    pub passive_cue_verbs: HashSet<String>,
    /// Verbs whose object is a feeling or a view, then what it is about ("expressed dismay
    /// at …"), lower case.
    pub expression_verbs: HashSet<String>,
    /// Adjectives of a held view after "be" ("is confident that …"), lower case.
    pub attitude_adjectives: HashSet<String>,
    /// Verbs that characterise in quoted words ("dubbed it “…”"): cues only beside a quotation.
    pub characterization_verbs: HashSet<String>,
    /// Verbs by which a poll reports a share's view ("six in 10 say", "56 percent support").
    pub poll_verbs: HashSet<String>,
    /// Short forms of given names and their full forms ("bill" → "william"), both ways.
    pub nicknames: HashSet<(String, String)>,
    /// Lower-cased common given names → the sex they are mostly given to (`m`, `f` or `u`).
    pub given_names: HashMap<String, char>,
    /// Lower-cased event verb forms → stem.
    pub event_verbs: HashMap<String, String>,
    /// Lower-cased number words → value.
    pub number_words: HashMap<String, u32>,
}

/// Non-comment, non-empty lines of a data file.
/// A country's clock: its standard UTC offset and the summer-time rule it follows, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZoneRule {
    /// Standard offset from UTC, in minutes.
    pub standard: i32,
    /// When the clock goes an hour forward.
    pub summer_time: Option<SummerTime>,
}

/// Summer-time rules, to the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummerTime {
    /// Last Sunday of March to the last Sunday of October.
    Europe,
    /// Second Sunday of March to the first Sunday of November.
    NorthAmerica,
}

impl ZoneRule {
    /// `"60"` or `"60<TAB>eu"` (`na` for North America).
    fn parse(value: &str) -> Option<ZoneRule> {
        let mut fields = value.split('\t').map(str::trim);
        let standard = fields.next()?.parse().ok()?;
        let summer_time = match fields.next() {
            Some("eu") => Some(SummerTime::Europe),
            Some("na") => Some(SummerTime::NorthAmerica),
            _ => None,
        };
        Some(ZoneRule {
            standard,
            summer_time,
        })
    }

    /// The offset from UTC in minutes on `day`.
    pub fn offset_on(&self, day: chrono::NaiveDate) -> i32 {
        use chrono::{Datelike, Weekday};
        let sunday = |month: u32, nth: u8| {
            chrono::NaiveDate::from_weekday_of_month_opt(day.year(), month, Weekday::Sun, nth)
        };
        // The last Sunday: the fifth if there is one, else the fourth.
        let last_sunday = |month: u32| sunday(month, 5).or_else(|| sunday(month, 4));
        let window = match self.summer_time {
            Some(SummerTime::Europe) => last_sunday(3).zip(last_sunday(10)),
            Some(SummerTime::NorthAmerica) => sunday(3, 2).zip(sunday(11, 1)),
            None => None,
        };
        match window {
            Some((start, end)) if day >= start && day < end => self.standard + 60,
            _ => self.standard,
        }
    }
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn table(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(data).filter_map(|l| l.split_once('\t'))
}

fn number_table(data: &'static str) -> HashMap<String, u32> {
    table(data)
        .filter_map(|(k, v)| Some((k.to_lowercase(), v.trim().parse().ok()?)))
        .collect()
}

fn lower_set(data: &'static str) -> HashSet<String> {
    lines(data).map(str::to_lowercase).collect()
}

/// The process-wide resources, parsed on first use.
pub fn get() -> &'static Resources {
    static RESOURCES: OnceLock<Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| {
        let mut photo_credits: Vec<String> = lines(include_str!("../data/photo_credits.txt"))
            .map(str::to_string)
            .collect();
        photo_credits.sort_by_key(|c| std::cmp::Reverse(c.len()));
        let (mut places, mut capitals, mut demonyms) =
            (HashMap::default(), HashMap::default(), HashMap::default());
        for line in lines(include_str!("../data/countries.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = cols[0].trim().to_string();
            let list = |i: usize| {
                cols.get(i)
                    .into_iter()
                    .flat_map(|c| c.split(','))
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            places.insert(name.clone(), name.clone());
            for alias in list(1) {
                places.insert(alias.to_string(), name.clone());
            }
            for d in list(2) {
                demonyms.insert(d.to_string(), name.clone());
            }
            for c in list(3) {
                capitals.insert(c.to_string(), name.clone());
            }
        }
        // Regions are places of their own (their canonical name is the region, not the country);
        // a country of the same name keeps its entry ("Georgia").
        for line in lines(include_str!("../data/regions.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let name = cols[0].trim().to_string();
            let others = cols.get(1).into_iter().flat_map(|c| c.split(','));
            for alias in std::iter::once(name.as_str()).chain(others) {
                let alias = alias.trim();
                if alias.is_empty() {
                    continue;
                }
                places
                    .entry(alias.to_string())
                    .or_insert_with(|| name.clone());
                // Tokens drop an abbreviation's stop unless it is dotted ("Wis." → "Wis",
                // "N.J." stays).
                let bare = alias.trim_end_matches('.');
                if bare.len() < alias.len() && !bare.contains('.') {
                    places
                        .entry(bare.to_string())
                        .or_insert_with(|| name.clone());
                }
            }
        }
        let mut titles: Vec<String> = lines(include_str!("../data/titles.txt"))
            .map(str::to_lowercase)
            .collect();
        titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        titles.dedup();
        let paywall_notices: Vec<String> = lines(include_str!("../data/paywall_notices.txt"))
            .map(str::to_lowercase)
            .collect();
        let paywall_matcher =
            phrase_automaton(&paywall_notices).expect("paywall phrases build an automaton");
        let small_print: Vec<String> = lines(include_str!("../data/small_print.txt"))
            .map(str::to_lowercase)
            .collect();
        let small_print_matcher =
            phrase_automaton(&small_print).expect("small-print phrases build an automaton");
        let promo_cues: Vec<String> = lines(include_str!("../data/promo_cues.txt"))
            .map(str::to_lowercase)
            .collect();
        let run_in_labels = {
            let navigation = lines(include_str!("../data/navigation_labels.txt"))
                .chain(lines(include_str!("../data/related_link_labels.txt")))
                .filter(|l| l.split_whitespace().count() >= 2);
            let tags = lines(include_str!("../data/tag_labels.txt"));
            let mut patterns: Vec<String> = navigation
                .chain(tags)
                .map(str::to_lowercase)
                .flat_map(|l| {
                    let mut chars = l.chars();
                    let capital: String = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                    [l, capital]
                })
                .collect();
            patterns.sort();
            patterns.dedup();
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&patterns)
                .expect("labels build an automaton")
        };
        Resources {
            run_in_labels,
            photo_credits,
            navigation_labels: lines(include_str!("../data/navigation_labels.txt"))
                .map(str::to_lowercase)
                .collect(),
            promo_matcher: phrase_automaton(&promo_cues)
                .expect("promotion cues build an automaton"),
            promo_cues,
            paywall_notices,
            paywall_matcher,
            small_print,
            small_print_matcher,
            contact_labels: lower_set(include_str!("../data/contact_labels.txt")),
            more_words: lower_set(include_str!("../data/more_words.txt")),
            related_link_labels: lines(include_str!("../data/related_link_labels.txt"))
                .map(str::to_lowercase)
                .collect(),
            caption_labels: lines(include_str!("../data/caption_labels.txt"))
                .map(str::to_lowercase)
                .collect(),
            credit_line_cues: lines(include_str!("../data/credit_line_cues.txt"))
                .map(str::to_lowercase)
                .collect(),
            tag_labels: {
                let mut labels: Vec<String> = lines(include_str!("../data/tag_labels.txt"))
                    .map(str::to_lowercase)
                    .collect();
                labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
                labels
            },
            header_keys: table(include_str!("../data/header_keys.txt"))
                .map(|(k, v)| (k.to_lowercase(), v.trim().to_string()))
                .collect(),
            months: number_table(include_str!("../data/months.tsv")),
            months_intl: number_table(include_str!("../data/months_intl.tsv")),
            publication_labels: lines(include_str!("../data/publication_labels.txt"))
                .map(str::to_lowercase)
                .collect(),
            tld_utc_offsets: table(include_str!("../data/tld_utc_offsets.tsv"))
                .filter_map(|(k, v)| Some((k.to_lowercase(), ZoneRule::parse(v)?)))
                .collect(),
            weekdays: number_table(include_str!("../data/weekdays.tsv")),
            stopwords: lines(include_str!("../data/stopwords_en.txt"))
                .map(str::to_lowercase)
                .collect(),
            dateline_exclusions: lines(include_str!("../data/dateline_exclusions.txt"))
                .map(str::to_uppercase)
                .collect(),
            places,
            capitals,
            demonyms,
            title_set: titles.iter().cloned().collect(),
            titles,
            org_words: lines(include_str!("../data/org_words.txt"))
                .map(String::from)
                .collect(),
            speech_verbs: lower_set(include_str!("../data/speech_verbs.txt")),
            document_nouns: lower_set(include_str!("../data/document_nouns.txt")),
            medium_nouns: lower_set(include_str!("../data/medium_nouns.txt")),
            occasion_nouns: lower_set(include_str!("../data/occasion_nouns.txt")),
            work_title_nouns: lower_set(include_str!("../data/work_title_nouns.txt")),
            person_nouns: lower_set(include_str!("../data/person_nouns.txt")),
            person_roles: lower_set(include_str!("../data/person_roles.txt")),
            speaker_nouns: lower_set(include_str!("../data/speaker_nouns.txt")),
            sentence_adverbs: lower_set(include_str!("../data/sentence_adverbs.txt")),
            indefinite_pronouns: lower_set(include_str!("../data/indefinite_pronouns.txt")),
            evidence_nouns: lower_set(include_str!("../data/evidence_nouns.txt")),
            evidence_verbs: lower_set(include_str!("../data/evidence_verbs.txt")),
            speech_verbs_also_nouns: lower_set(include_str!("../data/speech_verbs_also_nouns.txt")),
            speech_verbs_mostly_plural_nouns: lower_set(include_str!(
                "../data/speech_verbs_mostly_plural_nouns.txt"
            )),
            claim_nouns: lower_set(include_str!("../data/claim_nouns.txt")),
            stance_verbs: lower_set(include_str!("../data/stance_verbs.txt")),
            intention_verbs: lower_set(include_str!("../data/intention_verbs.txt")),
            view_verbs: lower_set(include_str!("../data/view_verbs.txt")),
            reason_verbs: lower_set(include_str!("../data/reason_verbs.txt")),
            quantifier_pronouns: lower_set(include_str!("../data/quantifier_pronouns.txt")),
            object_stance_verbs: lower_set(include_str!("../data/object_stance_verbs.txt")),
            passive_cue_verbs: lower_set(include_str!("../data/passive_cue_verbs.txt")),
            agentless_passive_verbs: lower_set(include_str!("../data/agentless_passive_verbs.txt")),
            closing_cue_verbs: lower_set(include_str!("../data/closing_cue_verbs.txt")),
            expression_verbs: lower_set(include_str!("../data/expression_verbs.txt")),
            attitude_adjectives: lower_set(include_str!("../data/attitude_adjectives.txt")),
            characterization_verbs: lower_set(include_str!("../data/characterization_verbs.txt")),
            poll_verbs: lower_set(include_str!("../data/poll_verbs.txt")),
            nicknames: table(include_str!("../data/nicknames.tsv"))
                .flat_map(|(k, v)| {
                    let (k, v) = (k.to_lowercase(), v.trim().to_lowercase());
                    [(k.clone(), v.clone()), (v, k)]
                })
                .collect(),
            cue_verbs_before_that: lower_set(include_str!("../data/cue_verbs_before_that.txt")),
            phrasal_cue_verbs: lower_set(include_str!("../data/phrasal_cue_verbs.txt")),
            topic_phrases: include_str!("../data/topic_phrases.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .fold(HashMap::default(), |mut by_first, line| {
                    let mut words = line.split_whitespace().map(str::to_lowercase);
                    if let Some(first) = words.next() {
                        by_first
                            .entry(first)
                            .or_insert_with(Vec::new)
                            .push(words.collect());
                    }
                    by_first
                }),
            irregular_pasts: lower_set(include_str!("../data/irregular_pasts.txt")),
            speech_verbs_without_content: lower_set(include_str!(
                "../data/speech_verbs_without_content.txt"
            )),
            given_names: table(include_str!("../data/given_names.tsv"))
                .map(|(k, v)| (k.to_lowercase(), v.trim().chars().next().unwrap_or('u')))
                .collect(),
            event_verbs: table(include_str!("../data/event_verbs.tsv"))
                .map(|(k, v)| (k.to_lowercase(), v.trim().to_string()))
                .collect(),
            number_words: number_table(include_str!("../data/number_words.tsv")),
        }
    })
}

/// An automaton over fixed phrases, searched in every paragraph or tag of every page: built once
/// as a DFA, which costs memory (small for these lists) but scans a text in about half the
/// instructions of the default (a contiguous NFA).
pub(crate) fn phrase_automaton<I, P>(
    patterns: I,
) -> Result<aho_corasick::AhoCorasick, aho_corasick::BuildError>
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        let r = get();
        assert_eq!(r.months["sept"], 9);
        assert_eq!(r.weekdays["thursday"], 4);
        assert_eq!(r.header_keys["location"], "location");
        assert!(r.navigation_labels.contains("latest news"));
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let de = r.tld_utc_offsets["de"];
        assert_eq!(de.offset_on(day("2024-03-30")), 60);
        assert_eq!(de.offset_on(day("2024-03-31")), 120, "last Sunday of March");
        assert_eq!(de.offset_on(day("2024-10-26")), 120);
        assert_eq!(
            de.offset_on(day("2024-10-27")),
            60,
            "last Sunday of October"
        );
        let ca = r.tld_utc_offsets["ca"];
        assert_eq!(
            ca.offset_on(day("2020-03-08")),
            -240,
            "second Sunday of March"
        );
        assert_eq!(
            ca.offset_on(day("2020-11-01")),
            -300,
            "first Sunday of November"
        );
        assert_eq!(r.tld_utc_offsets["jp"].offset_on(day("2020-07-01")), 540);
        assert!(r.stopwords.contains("the"));
        assert_eq!(r.places["U.S."], "United States");
        assert_eq!(r.places["Wis"], "Wisconsin");
        assert_eq!(r.places["N.J."], "New Jersey");
        assert_eq!(r.places["Georgia"], "Georgia");
        assert_eq!(r.capitals["New Delhi"], "India");
        assert_eq!(r.demonyms["Pakistani"], "Pakistan");
        assert!(
            r.titles.iter().position(|t| t == "deputy prime minister")
                < r.titles.iter().position(|t| t == "minister")
        );
        assert_eq!(r.event_verbs["killing"], "kill");
        assert_eq!(r.number_words["nine"], 9);
        assert!(r.photo_credits.iter().any(|c| c == "Getty Images"));
        // Longest first, so "afp via getty images" is tried before "getty images".
        assert!(r.photo_credits.windows(2).all(|w| w[0].len() >= w[1].len()));
    }
}
