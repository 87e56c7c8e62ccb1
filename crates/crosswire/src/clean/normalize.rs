//! Repairs for matching: the clean text keeps its original wording (that is what a reader is
//! shown and what spans point into); matching stages read a normalised copy whose every byte
//! maps back to a byte of the original.

use std::sync::OnceLock;

use regex::Regex;

use crate::model::Repair;

/// "de -escalation", "long -range": a hyphenated word broken by a stray space. (No `\b`: the
/// leftmost match of a greedy letter run starts at the start of the word anyway.)
fn broken_hyphen() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(\p{L}+) -(\p{Ll}\p{L}*)").unwrap())
}

/// Spots of `text` that are safe to repair for matching.
pub fn find_repairs(text: &str) -> Vec<Repair> {
    broken_hyphen()
        .captures_iter(text)
        .map(|c| {
            let m = c.get(0).unwrap();
            Repair {
                start: m.start(),
                end: m.end(),
                original: m.as_str().to_string(),
                repaired: format!("{}-{}", &c[1], &c[2]),
                kind: "broken_hyphen".to_string(),
            }
        })
        .collect()
}

/// A normalised copy of a text with a map back to the original's byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text: ASCII quotes and dashes, one space for any run of spaces, repairs
    /// applied.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original where the character it came
    /// from starts; one extra entry maps `text.len()` to the original's end.
    pub origin: Vec<usize>,
    /// For each byte of `text`, the byte offset one past that original character.
    pub origin_end: Vec<usize>,
}

impl Normalized {
    /// The original byte range of the normalised range `[start, end)`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin[start];
        let e = if end == 0 {
            s
        } else {
            self.origin_end[end - 1]
        };
        (s, e.max(s))
    }
}

/// Map a character to its matching form, if it differs.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => {
            "\""
        }
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{2026}' => "...",
        '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => " ",
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' => "",
        _ => return None,
    })
}

/// Normalise `text` for matching, applying `repairs` (which must be sorted and not overlap).
pub fn for_matching(text: &str, repairs: &[Repair]) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut origin_end = Vec::with_capacity(text.len());
    let mut push = |s: &str, at: (usize, usize), out: &mut String, origin: &mut Vec<usize>| {
        out.push_str(s);
        origin.extend(std::iter::repeat_n(at.0, s.len()));
        origin_end.extend(std::iter::repeat_n(at.1, s.len()));
    };
    let mut repairs = repairs.iter().peekable();
    let mut iter = text.char_indices().peekable();
    let mut last_space = false;
    while let Some((i, c)) = iter.next() {
        if let Some(r) = repairs.peek() {
            if r.start == i {
                // Emit the repaired form. Its bytes map onto the original through the longest
                // common prefix and suffix, so that "de-escalation" maps back onto all of
                // "de -escalation".
                let (orig, rep) = (r.original.as_bytes(), r.repaired.as_bytes());
                let prefix = orig.iter().zip(rep).take_while(|(a, b)| a == b).count();
                for (k, ch) in r.repaired.char_indices() {
                    let len = ch.len_utf8();
                    let at = if k < prefix {
                        r.start + k
                    } else {
                        r.end.saturating_sub(rep.len() - k).max(r.start)
                    };
                    let at_end = (at + len).min(r.end);
                    push(&r.repaired[k..k + len], (at, at_end), &mut out, &mut origin);
                }
                while iter.peek().is_some_and(|(j, _)| *j < r.end) {
                    iter.next();
                }
                repairs.next();
                last_space = false;
                continue;
            }
        }
        let span = (i, i + c.len_utf8());
        let mapped = fold(c);
        let is_space = c.is_whitespace() || mapped == Some(" ");
        if is_space {
            if !last_space {
                push(" ", span, &mut out, &mut origin);
            }
            last_space = true;
            continue;
        }
        last_space = false;
        match mapped {
            Some(s) => push(s, span, &mut out, &mut origin),
            None => {
                let mut buf = [0u8; 4];
                push(c.encode_utf8(&mut buf), span, &mut out, &mut origin);
            }
        }
    }
    origin.push(text.len());
    Normalized {
        text: out,
        origin,
        origin_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_hyphens_are_found_not_dashes() {
        let r = find_repairs("We call for immediate de -escalation, long -range arms - and more.");
        let fixed: Vec<_> = r.iter().map(|r| r.repaired.as_str()).collect();
        assert_eq!(fixed, ["de-escalation", "long-range"]);
        assert_eq!(r[0].original, "de -escalation");
    }

    #[test]
    fn normalised_text_maps_back() {
        let text = "He said \u{201c}de -escalation\u{201d} \u{2013} now\u{2026}";
        let repairs = find_repairs(text);
        let n = for_matching(text, &repairs);
        assert_eq!(n.text, "He said \"de-escalation\" - now...");
        let start = n.text.find("de-escalation").unwrap();
        let (s, e) = n.original_range(start, start + "de-escalation".len());
        assert_eq!(&text[s..e], "de -escalation");
        let q = n.text.find('"').unwrap();
        let (s, e) = n.original_range(q, n.text.len());
        assert_eq!(
            &text[s..e],
            "\u{201c}de -escalation\u{201d} \u{2013} now\u{2026}"
        );
    }
}
