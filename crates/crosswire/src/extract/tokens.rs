//! Word tokens with byte spans, as the extractors need them: "U.S." and "S." keep their stops,
//! a possessive "'s" is split off and remembered, and punctuation between words is recorded so
//! that a name never runs across a comma.

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written (without a possessive ending).
    pub text: &'a str,
    /// Byte offset in the text.
    pub start: usize,
    /// One past the end (without a possessive ending).
    pub end: usize,
    /// The word carried a possessive "'s" / "’s".
    pub possessive: bool,
    /// Only spaces separate this word from the previous one (no comma, quote, bracket, stop),
    /// or the stop of a title or another abbreviation before a capitalised word ("Sen. Ana").
    pub joined: bool,
    /// A full stop and one space, nothing else, separate this word from the previous one
    /// ("Sen. Ana"): a title's or an initial's stop, or a sentence's end.
    pub after_stop: bool,
}

impl Token<'_> {
    /// Starts with an upper-case letter or is an acronym with digits ("G7").
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// All letters upper case ("NATO", "US", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        self.text.chars().any(char::is_alphabetic)
            && self
                .text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    }

    /// The word lower-cased.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '.' | '-' | '&')
}

/// The content words of a text, lower-cased with a plural "s" dropped, stop words left out: what
/// two sentences must share to say the same thing.
pub fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    let stop = &crate::resources::get().stopwords;
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .filter(|w| !stop.contains(w))
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

/// Share of the smaller set's words that the other set has too.
pub fn overlap(
    a: &std::collections::BTreeSet<String>,
    b: &std::collections::BTreeSet<String>,
) -> f64 {
    a.intersection(b).count() as f64 / (a.len().min(b.len()).max(1) as f64)
}

/// `b` follows an abbreviated title `a` across its stop ("Sen. Ana", "Ms. Ruiz"): the two
/// belong to one name. The tokens already join a listed abbreviation to the word after it;
/// inside a name this also takes any short capitalised word before a stop ("Ky. Gov.").
pub fn after_title_stop(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    a.is_capitalised()
        && a.text.len() <= 4
        && b.is_capitalised()
        && text
            .get(a.end..b.start)
            .is_some_and(|gap| gap.trim() == ".")
}

/// [`after_title_stop`] from the tokens alone: `b` stands right after `a` and its stop (". "),
/// both capitalised, `a` short enough for a title or an initial ("Sen. Ana", "St. Louis").
pub fn title_stop_between(a: &Token<'_>, b: &Token<'_>) -> bool {
    a.is_capitalised()
        && a.text.len() <= 4
        && b.is_capitalised()
        && b.after_stop
        && b.start == a.end + 2
}

/// Whether the byte at `at` is a comma between two digits: a thousands separator.
fn is_thousands_separator(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // (Bytes, not slices: `at` may fall inside a character when it is no comma.)
    bytes.get(at) == Some(&b',')
        && at > 0
        && bytes[at - 1].is_ascii_digit()
        && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
}

/// Split `text` into word tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    tokenize_range(text, 0, text.len())
}

/// The word tokens of `text[from..to]` with offsets into `text`, as [`tokenize`] of the whole
/// text would give them (a word cut by `from` is not returned).
pub fn tokenize_range(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let to = crate::model::floor_char_boundary(text, to);
    let from = crate::model::floor_char_boundary(text, from.min(to));
    // Begin at the start of the word `from` falls in, so that no half word comes out.
    let word_start = |at: usize| {
        text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word_char(*c))
            .last()
            .map_or(at, |(i, _)| i)
    };
    let mut begin = word_start(from);
    // (Across a thousands separator: "30,000".)
    while begin > 0 && is_thousands_separator(text, begin - 1) {
        begin = word_start(begin - 1);
    }
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = begin;
    let chars = text[begin..to]
        .char_indices()
        .map(|(i, c)| (begin + i, c))
        .chain(std::iter::once((to, ' ')));
    for (i, c) in chars {
        // ("30,000" is one number.)
        let digit_comma = c == ',' && start.is_some() && is_thousands_separator(text, i);
        if i < to && (is_word_char(c) || digit_comma) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push_token(text, s, i, &mut out, &mut last_end);
        }
    }
    // The first token is joined to a word before the range when only spaces stand between
    // them and that word ends like a word ("U.S. envoy"), not with punctuation ("Ruiz, met").
    if let Some(first) = out.first_mut() {
        let before = text[..first.start].trim_end_matches(char::is_whitespace);
        let gap_is_space = before.len() < first.start;
        let word_end = before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || (before.ends_with('.') && {
                let w: String = before
                    .chars()
                    .rev()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                    && w.len() <= 6
            });
        let possessive = before.ends_with("'s") || before.ends_with("\u{2019}s");
        first.joined = begin > 0 && gap_is_space && word_end && !possessive;
    }
    out
}

fn push_token<'a>(
    text: &'a str,
    s: usize,
    e: usize,
    out: &mut Vec<Token<'a>>,
    last_end: &mut usize,
) {
    let raw = &text[s..e];
    // Leading punctuation that joined the word ("'quoted", "-dash").
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let mut word = &raw[lead..];
    let start = s + lead;
    let mut possessive = false;
    // After a pronoun "'s" is "is" or "has" ("He's said", "who's running"): the word ends before
    // it, but it joins the word to the next instead of ending a run as a possessive does.
    let mut contraction_end = None;
    for suffix in ["'s", "\u{2019}s"] {
        if word.len() > suffix.len() && word.ends_with(suffix) {
            let stem = &word[..word.len() - suffix.len()];
            if CONTRACTING_PRONOUNS.contains(&stem.to_lowercase().as_str()) {
                contraction_end = Some(start + word.len());
            } else {
                possessive = true;
            }
            word = stem;
            break;
        }
    }
    // A trailing stop belongs to the word only for initials and dotted acronyms ("S.", "U.S.").
    if word.ends_with('.') {
        let inner = word.trim_end_matches('.');
        let dotted = !inner.is_empty()
            && inner.split('.').all(|p| p.chars().count() == 1)
            && inner.chars().next().is_some_and(char::is_uppercase);
        if !dotted {
            word = inner;
        }
    }
    let word = word.trim_end_matches(['\'', '\u{2019}', '-']);
    if word.is_empty() || !word.chars().any(char::is_alphanumeric) {
        return;
    }
    // Joined: nothing but spaces since the previous word (a stop, comma or quote breaks it).
    let gap = &text[*last_end..start];
    let after_stop = !out.is_empty() && gap == ". ";
    // A title's stop joins it to the name after it ("Mr. Lee", "Sen. Ana Ruiz"), as a space
    // would: it ends no phrase.
    let title_stop = after_stop
        && word.starts_with(char::is_uppercase)
        && out.last().is_some_and(|p| {
            p.is_capitalised() && super::sentences::abbreviations().contains(p.text)
        });
    let joined = !out.is_empty() && (gap.chars().all(char::is_whitespace) || title_stop);
    out.push(Token {
        text: word,
        start,
        end: start + word.len(),
        possessive,
        joined,
        after_stop,
    });
    *last_end = contraction_end.unwrap_or(start + word.len());
}

/// Pronouns whose "'s" is a contraction of "is" or "has", never a possessive.
const CONTRACTING_PRONOUNS: &[&str] = &[
    "he",
    "she",
    "it",
    "who",
    "that",
    "there",
    "what",
    "here",
    "where",
    "someone",
    "nobody",
    "everyone",
    "everybody",
    "somebody",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_match_the_whole() {
        let text = "He said, \u{201c}Ana Ruiz met 30,000 officials.\u{201d} Then U.S. envoys left Kenya's capital.";
        let whole = tokenize(text);
        for from in 0..text.len() {
            if !text.is_char_boundary(from) {
                continue;
            }
            let part = tokenize_range(text, from, text.len());
            let expected: Vec<&Token<'_>> = whole.iter().filter(|t| t.start >= from).collect();
            let got: Vec<&Token<'_>> = part.iter().filter(|t| t.start >= from).collect();
            assert_eq!(got, expected, "from {from}");
        }
    }

    #[test]
    fn a_number_with_thousands_separators_is_one_word() {
        let t = tokenize("Over 30,000 immigrants came, 12 said.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["Over", "30,000", "immigrants", "came", "12", "said"]
        );
        assert!(t[2].joined, "30,000 immigrants: one run");
    }

    #[test]
    fn a_pronoun_s_is_a_contraction_not_a_possessive() {
        let t = tokenize("He's said that Ruiz's plan, who's running it, works.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["He", "said", "that", "Ruiz", "plan", "who", "running", "it", "works"]
        );
        assert!(!t[0].possessive && t[1].joined, "He's said: one run");
        assert!(t[3].possessive && !t[4].joined, "Ruiz's plan: a possessive");
        assert!(t[6].joined, "who's running: one run");
    }

    #[test]
    fn words_possessives_and_joins() {
        let t = tokenize("Kenya's U.S. envoy, A. Odhiambo, met them.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["Kenya", "U.S.", "envoy", "A.", "Odhiambo", "met", "them"]
        );
        assert!(t[0].possessive);
        assert!(
            !t[1].joined && t[2].joined,
            "a possessive ends a run; U.S. envoy are joined"
        );
        assert!(!t[3].joined, "a comma separates envoy and S.");
        assert!(!t[5].joined, "a comma separates Odhiambo and met");
        assert_eq!(
            &"Kenya's U.S. envoy, A. Odhiambo, met them."[t[4].start..t[4].end],
            "Odhiambo"
        );
    }

    #[test]
    fn a_titles_stop_joins_it_to_the_name_but_a_sentences_does_not() {
        let t = tokenize("They saw Sen. Ana Ruiz. Lee left.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["They", "saw", "Sen", "Ana", "Ruiz", "Lee", "left"]);
        assert!(t[3].joined && t[3].after_stop, "Sen. Ana");
        assert!(!t[5].joined && t[5].after_stop, "Ruiz. Lee");
    }
}
