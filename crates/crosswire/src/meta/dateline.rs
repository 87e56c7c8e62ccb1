//! Datelines: "WASHINGTON:", "NEW DELHI (Reuters) -", "New Delhi, May 10 –",
//! "SAN JUAN, Puerto Rico (AP) —", "London (Reuters) -".

use std::sync::OnceLock;

use regex::Regex;

use super::dates::{self, DateExpr};
use crate::resources;

/// A dateline found at the start of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDateline {
    /// The place as written.
    pub place: String,
    /// What the dateline's date says, if it has one.
    pub date: Option<DateExpr>,
    /// Byte length of the whole dateline, punctuation and trailing space included.
    pub len: usize,
}

fn patterns() -> &'static [Regex; 3] {
    static RE: OnceLock<[Regex; 3]> = OnceLock::new();
    RE.get_or_init(|| {
        let months = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
        let date = format!(r"(?P<date>{months}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)");
        let dash = r"(?:--|[:\u{2014}\u{2013}-])";
        [
            // ALL-CAPS place, optional region, optional date, optional (Agency), then : or a dash.
            Regex::new(&format!(
                r"^(?P<place>[A-Z][A-Z.'\u{{2019}}-]+(?:\s[A-Z][A-Z.'\u{{2019}}-]+){{0,3}})(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){{0,2}})?(?:,\s*{date})?\s*(?:\([^)]{{1,40}}\))?\s*{dash}\s*"
            ))
            .unwrap(),
            // Title-case place, a date, then a dash or colon: "New Delhi, May 10 –".
            Regex::new(&format!(
                r"^(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){{0,3}}),\s+{date}\s*(?:\([^)]{{1,40}}\))?\s*{dash}\s*"
            ))
            .unwrap(),
            // Title-case place and an agency: "London (Reuters) -".
            Regex::new(&format!(
                r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,3}})\s*\([A-Z][A-Za-z .&]{{1,30}}\)\s*{dash}\s*"
            ))
            .unwrap(),
        ]
    })
}

/// The dateline at the start of `text`, if there is one.
pub fn find(text: &str) -> Option<FoundDateline> {
    let head = &text[..crate::model::floor_char_boundary(text, 200)];
    for re in patterns() {
        let Some(c) = re.captures(head) else { continue };
        let place = c["place"].trim().to_string();
        if place.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        if resources::get()
            .dateline_exclusions
            .contains(&place.to_uppercase())
        {
            continue;
        }
        let whole = c.get(0).unwrap();
        // A dateline is followed by the first sentence of the report.
        if !head[whole.end()..]
            .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\u{201c}')
        {
            continue;
        }
        let date = c.name("date").and_then(|m| {
            dates::find(m.as_str())
                .into_iter()
                .next()
                .map(|f| f.expr)
                .filter(|e| matches!(e, DateExpr::Absolute(_) | DateExpr::MonthDay { .. }))
        });
        return Some(FoundDateline {
            place,
            date,
            len: whole.end(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Option<String> {
        find(text).map(|d| d.place)
    }

    #[test]
    fn common_shapes() {
        assert_eq!(
            place("WASHINGTON: Officials said").as_deref(),
            Some("WASHINGTON")
        );
        assert_eq!(
            place("NEW DELHI (Reuters) - The court said").as_deref(),
            Some("NEW DELHI")
        );
        assert_eq!(
            place("SAN JUAN, Puerto Rico (AP) \u{2014} The storm").as_deref(),
            Some("SAN JUAN")
        );
        assert_eq!(
            place("London (Reuters) - Britain's").as_deref(),
            Some("London")
        );
        let d = find("New Delhi, May 10 \u{2013} As tensions rose").unwrap();
        assert_eq!(d.place, "New Delhi");
        assert_eq!(d.date, Some(DateExpr::MonthDay { month: 5, day: 10 }));
        assert_eq!(&"New Delhi, May 10 \u{2013} As"[d.len..], "As");
    }

    #[test]
    fn not_datelines() {
        assert_eq!(place("UPDATE: The vote was delayed"), None);
        assert_eq!(place("The minister said: we will act."), None);
        assert_eq!(place("Officials in Paris - and elsewhere - agreed"), None);
    }
}
