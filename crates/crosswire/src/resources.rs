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
    /// Lower-cased header key → field name.
    pub header_keys: HashMap<String, String>,
    /// Lower-cased month name or abbreviation → month number.
    pub months: HashMap<String, u32>,
    /// Lower-cased weekday name or abbreviation → ISO weekday number (Monday = 1).
    pub weekdays: HashMap<String, u32>,
    /// Lower-cased English stop words.
    pub stopwords: HashSet<String>,
    /// Upper-cased labels that look like datelines but are not ("UPDATE:", "WATCH:").
    pub dateline_exclusions: HashSet<String>,
}

/// Non-comment, non-empty lines of a data file.
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

/// The process-wide resources, parsed on first use.
pub fn get() -> &'static Resources {
    static RESOURCES: OnceLock<Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| {
        let mut photo_credits: Vec<String> = lines(include_str!("../data/photo_credits.txt"))
            .map(str::to_string)
            .collect();
        photo_credits.sort_by_key(|c| std::cmp::Reverse(c.len()));
        Resources {
            photo_credits,
            navigation_labels: lines(include_str!("../data/navigation_labels.txt"))
                .map(str::to_lowercase)
                .collect(),
            promo_cues: lines(include_str!("../data/promo_cues.txt"))
                .map(str::to_lowercase)
                .collect(),
            header_keys: table(include_str!("../data/header_keys.txt"))
                .map(|(k, v)| (k.to_lowercase(), v.trim().to_string()))
                .collect(),
            months: number_table(include_str!("../data/months.tsv")),
            weekdays: number_table(include_str!("../data/weekdays.tsv")),
            stopwords: lines(include_str!("../data/stopwords_en.txt"))
                .map(str::to_lowercase)
                .collect(),
            dateline_exclusions: lines(include_str!("../data/dateline_exclusions.txt"))
                .map(str::to_uppercase)
                .collect(),
        }
    })
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
        assert!(r.stopwords.contains("the"));
        assert!(r.photo_credits.iter().any(|c| c == "Getty Images"));
        // Longest first, so "afp via getty images" is tried before "getty images".
        assert!(r.photo_credits.windows(2).all(|w| w[0].len() >= w[1].len()));
    }
}
