//! Figures in one article: a count, what is counted and the event it counts ("gunmen killed 26
//! tourists", "struck nine sites", "more than 26 locations"), with bounds ("more than", "at
//! least", "dozens") and composed totals ("25 Hindu tourists and a guide" = 26 people).

use super::tokens::{tokenize, Token};
use crate::resources;

/// A figure as one article gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The number.
    pub value: f64,
    /// What is counted, singular and lower-case ("tourist", "site", "air base").
    pub unit: String,
    /// "more than", "at least", "about", "up to", "nearly", or none.
    pub bound: Option<String>,
    /// A composed total ("25 tourists and a guide" = 26), when the words give one.
    pub total: Option<f64>,
    /// The stem of the event verb near it ("kill", "strike"), when there is one.
    pub event: Option<String>,
    /// The words giving the figure.
    pub text: String,
    /// Byte offset in the text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
}

const BOUNDS: &[(&str, &[&str])] = &[
    ("more than", &["more", "than"]),
    ("over", &["over"]),
    ("at least", &["at", "least"]),
    ("about", &["about"]),
    ("around", &["around"]),
    ("nearly", &["nearly"]),
    ("almost", &["almost"]),
    ("up to", &["up", "to"]),
    ("fewer than", &["fewer", "than"]),
    ("less than", &["less", "than"]),
];

/// Durations and other units that are not counts of things in the news ("two decades").
const NOT_COUNTED: &[&str] = &[
    "decade", "decades", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "hour", "hours", "minute", "minutes", "second", "seconds", "time", "times", "percent", "per",
    "of",
];

fn number(t: &Token<'_>) -> Option<f64> {
    let r = resources::get();
    let text = t.text.replace(',', "");
    if let Ok(v) = text.parse::<f64>() {
        return Some(v);
    }
    r.number_words.get(&t.lower()).map(|&v| f64::from(v))
}

fn singular(w: &str) -> String {
    let w = w.to_lowercase();
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "xes", "ches", "shes"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            return format!("{stem}{}", &suffix[..suffix.len() - 2]);
        }
    }
    match w.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !w.ends_with("ss") => stem.to_string(),
        _ => w,
    }
}

/// Find the figures of `text`.
pub fn find(text: &str) -> Vec<Figure> {
    let r = resources::get();
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(value) = number(&toks[i]) else {
            i += 1;
            continue;
        };
        let digits = toks[i].text.chars().any(|c| c.is_ascii_digit());
        // "a"/"an"/"one"/"two" are counts too rarely worth reporting alone; years are dates.
        let is_year = digits
            && toks[i].text.len() == 4
            && (1800.0..2100.0).contains(&value)
            && !toks[i].text.contains(',');
        let small_word = !digits && value < 3.0;
        let after_month = i > 0 && r.months.contains_key(&toks[i - 1].lower());
        let before_month = toks
            .get(i + 1)
            .is_some_and(|t| r.months.contains_key(&t.lower()));
        if is_year || small_word || after_month || before_month {
            i += 1;
            continue;
        }
        // "110 billion euros": a multiplier word scales the number.
        let mut value = value;
        let mut j = i + 1;
        if let Some(m) = toks.get(j).and_then(|t| match t.lower().as_str() {
            "thousand" => Some(1e3),
            "million" => Some(1e6),
            "billion" => Some(1e9),
            "trillion" => Some(1e12),
            _ => None,
        }) {
            value *= m;
            j += 1;
        }
        // The counted noun: up to two modifiers, or "of its" before it ("three of its air bases").
        if toks.get(j).is_some_and(|t| t.text == "of")
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.text, "its" | "the" | "their" | "his" | "her"))
        {
            j += 2;
        }
        let noun_start = j;
        let mut noun_end = None;
        while j < toks.len() && j < noun_start + 3 && toks[j].joined {
            let w = toks[j].lower();
            if NOT_COUNTED.contains(&w.as_str())
                || r.stopwords.contains(&w) && !r.person_nouns.contains(&w)
            {
                break;
            }
            noun_end = Some(j);
            // A plural or a person noun ends the phrase ("air bases", "tourists").
            if w.ends_with('s') || r.person_nouns.contains(&w) {
                break;
            }
            j += 1;
        }
        let Some(ne) = noun_end else {
            i += 1;
            continue;
        };
        let head = &toks[ne];
        if !head.text.chars().all(char::is_alphabetic)
            || NOT_COUNTED.contains(&head.lower().as_str())
        {
            i += 1;
            continue;
        }
        // The unit: the head noun, with a lower-case modifier kept ("air base").
        let unit_words: Vec<String> = toks[noun_start..=ne]
            .iter()
            .filter(|t| !t.is_capitalised())
            .map(|t| t.lower())
            .collect();
        let unit = match unit_words.split_last() {
            Some((last, rest)) => {
                let mut u: Vec<String> = rest.to_vec();
                u.push(singular(last));
                u.join(" ")
            }
            None => singular(head.text),
        };
        // A bound before the number.
        let mut start_tok = i;
        let mut bound = None;
        for (name, words) in BOUNDS {
            let n = words.len();
            if i >= n
                && toks[i - n..i]
                    .iter()
                    .zip(words.iter())
                    .all(|(t, w)| t.lower() == *w)
            {
                bound = Some(name.to_string());
                start_tok = i - n;
                break;
            }
        }
        // A composed total: "25 Hindu tourists and a guide".
        let mut end_tok = ne;
        let mut total = None;
        if toks.get(ne + 1).is_some_and(|t| t.text == "and")
            && r.person_nouns.contains(&head.lower())
        {
            if let (Some(n2), Some(noun2)) = (toks.get(ne + 2).and_then(number), toks.get(ne + 3)) {
                if r.person_nouns.contains(&noun2.lower()) {
                    total = Some(value + n2);
                    end_tok = ne + 3;
                }
            }
        }
        // The event: an event verb within four words before the figure (or its bound).
        let event = (start_tok.saturating_sub(4)..start_tok)
            .rev()
            .find_map(|k| r.event_verbs.get(&toks[k].lower()).cloned());
        let (start, end) = (toks[start_tok].start, toks[end_tok].end);
        out.push(Figure {
            value,
            unit,
            bound,
            total,
            event,
            text: text[start..end].to_string(),
            start,
            end,
        });
        i = end_tok + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_bounds_and_totals() {
        let f = find("Gunmen killed 26 tourists in the valley. Militants killing 25 Hindu tourists and a guide. Troops struck nine sites and three of its air bases at more than 30 locations over two decades in 2024.");
        type Row<'a> = (f64, &'a str, Option<&'a str>, Option<f64>, Option<&'a str>);
        let got: Vec<Row<'_>> = f
            .iter()
            .map(|x| {
                (
                    x.value,
                    x.unit.as_str(),
                    x.bound.as_deref(),
                    x.total,
                    x.event.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (26.0, "tourist", None, None, Some("kill")),
                (25.0, "tourist", None, Some(26.0), Some("kill")),
                (9.0, "site", None, None, Some("strike")),
                (3.0, "air base", None, None, Some("strike")),
                (30.0, "location", Some("more than"), None, None),
            ]
        );
        assert_eq!(f[1].text, "25 Hindu tourists and a guide");
    }
}
