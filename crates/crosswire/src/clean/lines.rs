//! The verdict on one paragraph: a caption or photo credit, a byline, a tag list, a teaser,
//! a headline shouted in capitals, small print, a paywall notice, a time stamp.

use super::{ends_like_sentence, starts_upper, word_count};
use crate::model::RemovalKind;
use crate::resources;

/// Most words of a paragraph of the site's small print (a copyright notice, an advertising
/// disclosure of three sentences).
pub(super) const MAX_SMALL_PRINT_WORDS: usize = 60;

/// A teaser cut off with dots ("Minister resigns after..").
pub(super) fn is_cut_off(text: &str) -> bool {
    let t = text.trim_end();
    word_count(t) <= 15 && (t.ends_with("..") || t.ends_with('…'))
}

/// A line that is only a date or time, perhaps with a label ("11/20/2019 01:14 PM",
/// "Posted: 2018-09-28 17:32", "3 hours ago").
pub(super) fn is_time_stamp(text: &str) -> bool {
    let r = resources::get();
    let (mut dated, mut number, mut month, mut other) = (false, false, false, 0);
    for token in text.split(|c: char| c.is_whitespace() || "[](),|".contains(c)) {
        let token = token.trim_matches(|c: char| c.is_ascii_punctuation() && c != ':');
        let token = token.trim_end_matches(':');
        if token.is_empty() {
            continue;
        }
        let lower = token.to_lowercase();
        let digits = token.chars().filter(char::is_ascii_digit).count();
        let separators = token.chars().filter(|c| "/-.:".contains(*c)).count();
        if digits > 0 && digits + separators == token.chars().count() {
            // 11/20/2019, 2018-09-28, 17:32, 07.11.2023 are dates or times; a bare 40 is not.
            if separators > 0 && digits >= 3 {
                dated = true;
            } else {
                number = true;
            }
        } else if r.months.contains_key(lower.trim_end_matches('.'))
            || r.months_intl.contains_key(lower.trim_end_matches('.'))
        {
            month = true;
        } else if r.weekdays.contains_key(lower.as_str())
            || matches!(
                lower.as_str(),
                "am" | "pm"
                    | "a.m"
                    | "p.m"
                    | "ago"
                    | "hours"
                    | "hour"
                    | "minutes"
                    | "mins"
                    | "gmt"
                    | "utc"
                    | "first"
                    | "last"
                    | "published"
                    | "posted"
                    | "updated"
                    | "modified"
                    | "on"
                    | "at"
                    // The small words dates are written with elsewhere ("22 de janeiro de
                    // 2018 às 0:13", "le 3 mai", "am 4. Mai").
                    | "de"
                    | "del"
                    | "às"
                    | "à"
                    | "le"
                    | "um"
                    | "the"
                    | "of"
            )
        {
            continue;
        } else {
            other += 1;
            // A second word of another kind settles it: prose is not read to its end.
            if other > 1 {
                return false;
            }
        }
    }
    (dated || (month && number)) && other <= 1
}

/// A line too short to be prose: a link, label, byline, time stamp, a teaser cut off with dots,
/// or another article's headline (up to 16 words without sentence punctuation). A short sentence
/// is prose unless it is only a word or two.
pub(super) fn is_short_line(text: &str) -> bool {
    let words = word_count(text);
    if words > 16 {
        return false;
    }
    let t = text.trim_end();
    let cut = t.ends_with("..") || t.ends_with('…');
    let sentence = !cut
        && t.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']', '»'])
            .ends_with(['.', '!', '?']);
    !sentence || words <= 2
}

/// [`verdict_of`] for a paragraph alone, counting its words itself (for tests).
#[cfg(test)]
pub(super) fn local_verdict(
    text: &str,
    edge: bool,
    plain_text: bool,
) -> Option<(RemovalKind, String)> {
    verdict_of(
        text,
        word_count(text),
        &std::cell::OnceCell::new(),
        edge,
        plain_text,
    )
}

/// Verdicts that need only the paragraph itself. `words`: its word count; `lower`: its
/// lower-cased text, made when first needed and shared with the caller's other tests.
pub(super) fn verdict_of(
    text: &str,
    words: usize,
    lower: &std::cell::OnceCell<String>,
    edge: bool,
    plain_text: bool,
) -> Option<(RemovalKind, String)> {
    let r = resources::get();
    if let Some(label) = related_link_label(text) {
        return Some((
            RemovalKind::RelatedHeadline,
            format!("link to another article (\u{201c}{label}: …\u{201d})"),
        ));
    }
    if let Some(tag) = link_media_tag(text) {
        return Some((
            RemovalKind::RelatedHeadline,
            format!("a link to another article, marked \u{201c}[{tag}]\u{201d}"),
        ));
    }
    if !plain_text && !edge && is_shouted_headline(text) {
        return Some((
            RemovalKind::RelatedHeadline,
            "a line in capitals between paragraphs: a link to another article".to_string(),
        ));
    }
    if words <= 80 && look_alike_words(text) >= MIN_LOOK_ALIKE_WORDS {
        return Some((
            RemovalKind::Promotion,
            "an insert spelt with look-alike letters of another script (\u{201c}Yоur\u{201d} with a Cyrillic \u{201c}о\u{201d}), written to slip past filters".to_string(),
        ));
    }
    if let Some(credit) = caption_credit(text) {
        return Some((
            RemovalKind::PhotoCaption,
            format!("photo caption ending with the credit \u{201c}{credit}\u{201d}"),
        ));
    }
    // Labels, promotions and paywall notices are short; long paragraphs skip the lower-casing.
    let lower = (words <= 40).then(|| lower.get_or_init(|| text.to_lowercase()).as_str());
    if let Some(lower) = lower.filter(|_| words <= 20) {
        let label =
            lower.trim_end_matches(|c: char| ":»›>|-–—!?.…".contains(c) || c.is_whitespace());
        if r.navigation_labels.contains(label) || is_gallery_counter(label) {
            return Some((
                RemovalKind::Navigation,
                "navigation label of the page".to_string(),
            ));
        }
        // At an HTML page's edge a short sentence with a cue is an insert too ("Let our news
        // meet your inbox."); inside a report it may be news about a newsletter.
        if (plain_text || edge) && (!ends_like_sentence(text) || words <= 8 || !plain_text) {
            if let Some(cue) = first_listed_phrase(lower, &r.promo_matcher, &r.promo_cues) {
                return Some((
                    RemovalKind::Promotion,
                    format!("short promotional insert (\u{201c}{cue}\u{201d}), not a sentence of the report"),
                ));
            }
        }
    }
    // A paywall's notice may stand anywhere (where the free part ends) and is a sentence.
    if let Some(lower) = lower {
        if let Some(phrase) = paywall_phrase(lower) {
            return Some((
                RemovalKind::Promotion,
                format!("a paywall, log-in or sign-up notice (\u{201c}{phrase}\u{201d})"),
            ));
        }
    }
    if !plain_text && !edge {
        return None;
    }
    let trimmed = text.trim_end();
    if (plain_text || words <= 25) && (trimmed.ends_with('…') || trimmed.ends_with("...")) {
        return Some((
            RemovalKind::Teaser,
            "line cut off with an ellipsis: a teaser of another article".to_string(),
        ));
    }
    if words <= 40 && is_credit_line(text) {
        return Some((
            RemovalKind::Navigation,
            "the report's staff credits (reporting, writing, editing)".to_string(),
        ));
    }
    if tagged_items(text).is_some() {
        return Some((
            RemovalKind::TagList,
            "the page's line of tags (kept as keywords)".to_string(),
        ));
    }
    if is_tag_list(text) {
        return Some((
            RemovalKind::TagList,
            "comma-separated list of short capitalised phrases: tags (kept as keywords)"
                .to_string(),
        ));
    }
    None
}

/// Words of look-alike letters that make a paragraph an insert written to slip past filters.
pub(super) const MIN_LOOK_ALIKE_WORDS: usize = 3;

/// Words that mix Latin letters with Cyrillic or Greek ones ("Yоur", "соntеnt" with Cyrillic
/// "о", "е"): no language spells a word so; advertisers do, so that filters miss their text.
pub(super) fn look_alike_words(text: &str) -> usize {
    if text.is_ascii() {
        return 0;
    }
    text.split_whitespace()
        .filter(|w| {
            let latin = w.chars().any(|c| c.is_ascii_alphabetic());
            let other = w
                .chars()
                .any(|c| matches!(c, '\u{0370}'..='\u{03ff}' | '\u{0400}'..='\u{04ff}'));
            latin && other
        })
        .count()
}

/// The label of a line that links to another article: a label from
/// `data/related_link_labels.txt`, a colon (or `|`, `»`), then a headline ("Read more: …").
pub(super) fn related_link_label(text: &str) -> Option<&str> {
    // Some pages set the link off in brackets: "( Read also: … )".
    let t = text
        .trim_start()
        .trim_start_matches(['(', '['])
        .trim_start();
    let head = &t[..crate::model::floor_char_boundary(t, 48)];
    let at = head.find([':', '|', '»'])?;
    let label = t[..at].trim();
    let rest = t[at..].trim_start_matches([':', '|', '»']).trim();
    if rest.is_empty() || word_count(rest) > 30 {
        return None;
    }
    resources::get()
        .related_link_labels
        .contains(&label.to_lowercase())
        .then_some(label)
}

/// A line of five or more words written in capitals ("SEAN SPICER ELIMINATED FROM THE SHOW"):
/// news pages set links to other articles this way between paragraphs.
pub(super) fn is_shouted_headline(text: &str) -> bool {
    // Word count and ending first: most paragraphs are too long or are sentences.
    if !(5..=30).contains(&word_count(text)) || ends_like_sentence(text) {
        return false;
    }
    let (mut upper, mut lower) = (0, 0);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 15 && lower * 10 <= upper
}

/// The items of a labelled line of tags ("Tags: Budget, Parliament" → "Budget, Parliament"): a
/// label from `data/tag_labels.txt`, then up to 15 words that are not a sentence.
pub(super) fn tagged_items(text: &str) -> Option<&str> {
    let t = text.trim();
    if word_count(t) > 16 || t.ends_with(['.', '!', '?']) {
        return None;
    }
    let lower = t.to_lowercase();
    let label = resources::get().tag_labels.iter().find(|l| {
        lower.starts_with(l.as_str())
            && lower[l.len()..].starts_with(|c: char| c == ':' || c.is_whitespace())
    })?;
    // Lower-casing keeps these labels' byte lengths (ASCII and two-byte umlauts alike).
    let rest = t.get(label.len()..)?.trim_start_matches(':').trim();
    (!rest.is_empty()).then_some(rest)
}

/// The tag a link to another article ends with: one word in brackets, in capitals or naming a
/// medium ("… marmot [INSIGHT]", "… power station [Video]").
pub(super) fn link_media_tag(text: &str) -> Option<&str> {
    let t = text.trim_end().trim_end_matches(['|', ' ']);
    let inner = t.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    let tag = inner[open + 1..].trim();
    let before = inner[..open].trim();
    if tag.is_empty() || tag.contains(' ') || word_count(before) < 3 || word_count(before) > 20 {
        return None;
    }
    let media = [
        "video", "videos", "photos", "gallery", "pics", "audio", "podcast", "watch",
    ];
    let shouted = tag.chars().all(|c| c.is_uppercase()) && tag.chars().count() >= 4;
    (shouted || media.contains(&tag.to_lowercase().as_str())).then_some(tag)
}

/// A closing credit line: "Reporting by …; Editing by …", "Jane Roe contributed to this report."
pub(super) fn is_credit_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_start_matches(['(', '[', ' ']);
    resources::get().credit_line_cues.iter().any(|cue| {
        lower.starts_with(cue.as_str())
            || (cue.starts_with("contributed") && contains_phrase(lower, cue))
    })
}

/// "By Jane Roe", "Von Max Muster", "Par Jean Dupont": a byline of at most six words.
pub(super) fn is_byline(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    ["by ", "von ", "par ", "por ", "di ", "door "]
        .iter()
        .any(|b| lower.starts_with(b))
        && word_count(text) <= 6
}

/// A slideshow's counter ("Image 1 of 5", "Foto 3 von 12", "2/7").
pub(super) fn is_gallery_counter(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match words[..] {
        [n] => n
            .split_once('/')
            .is_some_and(|(a, b)| number(a) && number(b)),
        [_, a, of, b] => {
            number(a) && number(b) && ["of", "von", "de", "di", "sur", "z"].contains(&of)
        }
        _ => false,
    }
}

/// A site's short copyright line ("© 2019 Example Media", "Copyright Example 2019 - ISSN …",
/// "All rights reserved.").
pub(super) fn is_copyright_notice(text: &str) -> bool {
    if word_count(text) > 20 {
        return false;
    }
    let lower = text.to_lowercase();
    let t = lower.trim_start();
    t.starts_with('©')
        || t.starts_with("(c) ")
        || t.starts_with("copyright ")
        || lower.contains("all rights reserved")
}

/// Whether `s` is a photo credit. Short credits written in capitals ("AP", "EPA", "PTI") must
/// match exactly, so that "(ePA)" in running text is not a credit; longer ones match whatever
/// their case ("GETTY IMAGES").
pub(super) fn is_credit(s: &str) -> bool {
    let s = s.trim();
    resources::get()
        .photo_credits
        .iter()
        .any(|c| credit_matches(s, c))
}

pub(super) fn credit_matches(s: &str, credit: &str) -> bool {
    if credit.len() <= 4 {
        s == credit
    } else {
        s.eq_ignore_ascii_case(credit)
    }
}

/// Whether `s` ends with a credit standing as a word of its own (cheap pre-test).
pub(super) fn ends_with_credit(s: &str) -> bool {
    let b = s.as_bytes();
    resources::get().photo_credits.iter().any(|c| {
        b.len() >= c.len()
            && s.is_char_boundary(b.len() - c.len())
            && credit_matches(&s[b.len() - c.len()..], c)
            && (b.len() == c.len() || !b[b.len() - c.len() - 1].is_ascii_alphanumeric())
    })
}

/// The credit that ends a photo caption ("… on 6 May 2025. Getty Images"), if `text` is one.
pub(super) fn caption_credit(text: &str) -> Option<String> {
    if text.len() > 400 {
        return None;
    }
    let t = text.trim().trim_end_matches(['.', ')', ']']).trim_end();
    // "… (credit: NASA/Jane Roe)", "… (Foto: dpa)": a labelled credit in closing brackets.
    if let Some(open) = text.trim_end().strip_suffix(')').and_then(|t| t.rfind('(')) {
        let inside = &text.trim_end()[open + 1..text.trim_end().len() - 1];
        if let Some((label, credit)) = inside.split_once(':') {
            let labelled = resources::get()
                .caption_labels
                .contains(&label.trim().to_lowercase());
            if labelled && (1..=8).contains(&word_count(credit)) {
                return Some(inside.trim().to_string());
            }
        }
    }
    // Cheap test first: a caption ends with a credit, names a photographer after a slash, or
    // opens with "Photo:".
    let opens_with_label = t.as_bytes()[..t.len().min(16)].contains(&b':');
    if !ends_with_credit(t) && !opens_with_label && !t.contains('/') {
        return None;
    }
    // ASCII lower-casing keeps byte offsets equal between `t` and `lower`.
    let lower = t.to_ascii_lowercase();
    if opens_with_label && word_count(t) <= 12 {
        let r = resources::get();
        if let Some((label, _)) = lower.split_once(':') {
            if r.caption_labels.contains(label.trim()) {
                return Some(t.to_string());
            }
        }
    }
    // "REUTERS/Jane Doe", "AP Photo/John Roe": an agency, a slash, a photographer's name.
    if let Some(slash) = t.rfind('/') {
        // "© Reuters / David Mercado" spaces the slash.
        let before = t[..slash]
            .trim_end()
            .rsplit([' ', '(', '.'])
            .next()
            .unwrap_or("");
        let after = t[slash + 1..].trim();
        let name_like = (1..=4).contains(&word_count(after))
            && after
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        if name_like && (is_credit(before) || ends_with_credit(&t[..slash])) {
            let start = t[..slash].rfind(['.', '(', '|']).map_or(0, |i| i + 1);
            return Some(t[start..].trim().to_string());
        }
    }
    // A sentence, then a credit after the last full stop, bar, dash or copyright sign.
    let cut = [
        ". ",
        " | ",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        "(",
        "\u{a9}",
    ]
    .iter()
    .filter_map(|sep| t.rfind(sep).map(|i| i + sep.len()))
    .max()?;
    let tail = t[cut..].trim();
    let tail = tail
        .strip_prefix("Photo:")
        .or_else(|| tail.strip_prefix("Photo by"))
        .unwrap_or(tail)
        .trim();
    if tail.is_empty() {
        return None;
    }
    // After a copyright sign, a credit may name the rights holder before the agency ("©
    // Augusta National/Getty Images").
    let after_copyright = t[..cut].ends_with('\u{a9}');
    let credited = is_credit(tail)
        || tail
            .split([',', '/', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .all(is_credit)
        || (after_copyright
            && word_count(tail) <= 8
            && tail.rsplit('/').next().is_some_and(|s| is_credit(s.trim())));
    credited.then(|| t[cut..].trim().to_string())
}

/// A line of short capitalised items separated by commas (or bars, bullets, semicolons).
pub(super) fn is_tag_list(text: &str) -> bool {
    let t = text.trim();
    if t.ends_with(['.', '!', '?']) {
        return false;
    }
    let items: Vec<&str> = list_items(t).collect();
    if items.len() < 3 {
        return false;
    }
    let words: Vec<usize> = items.iter().map(|i| word_count(i)).collect();
    let capitalised = items
        .iter()
        .filter(|i| starts_upper(i) || i.starts_with(|c: char| c.is_ascii_digit() || c == '#'))
        .count();
    // Tags are capitalised, or many ("stock car brasil, stock car cascavel, …").
    let many = items.len() >= 6;
    words.iter().all(|&w| w <= if many { 6 } else { 5 })
        && (words.iter().sum::<usize>() as f64 / items.len() as f64) <= 3.5
        && (capitalised * 4 >= items.len() * 3 || many)
}

pub(super) fn list_items(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', '|', ';', '•', '·'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The paywall phrase (`data/paywall_notices.txt`) a lower-cased paragraph holds as whole words.
pub(super) fn paywall_phrase(lower: &str) -> Option<&'static str> {
    let r = resources::get();
    phrase_in(lower, &r.paywall_matcher, &r.paywall_notices)
}

/// The phrase of the site's small print (copyright, reprint or advertising notice,
/// `data/small_print.txt`) in a lower-cased paragraph, on word boundaries.
pub(super) fn small_print_phrase(lower: &str) -> Option<&'static str> {
    let r = resources::get();
    phrase_in(lower, &r.small_print_matcher, &r.small_print)
}

/// The first of `phrases` (the patterns of `matcher`) that occurs in `lower` on word boundaries.
pub(super) fn phrase_in<'a>(
    lower: &str,
    matcher: &aho_corasick::AhoCorasick,
    phrases: &'a [String],
) -> Option<&'a str> {
    matcher
        .find_overlapping_iter(lower)
        .find(|m| on_word_boundaries(lower, m))
        .map(|m| phrases[m.pattern().as_usize()].as_str())
}

/// Whether match `m` in `lower` stands on word boundaries (no letter or digit just before or
/// after it).
pub(super) fn on_word_boundaries(lower: &str, m: &aho_corasick::Match) -> bool {
    let before = lower[..m.start()].chars().next_back();
    let after = lower[m.end()..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The first of `phrases` in list order (the patterns of `matcher`, built with every
/// occurrence reported) that occurs in `lower` on word boundaries: the list's order ranks them,
/// as a search per phrase in that order would, in one pass over the text.
pub(super) fn first_listed_phrase<'a>(
    lower: &str,
    matcher: &aho_corasick::AhoCorasick,
    phrases: &'a [String],
) -> Option<&'a str> {
    matcher
        .find_overlapping_iter(lower)
        .filter(|m| on_word_boundaries(lower, m))
        .map(|m| m.pattern().as_usize())
        .min()
        .map(|i| phrases[i].as_str())
}

/// Whether `phrase` occurs in `lower` on word boundaries.
pub(super) fn contains_phrase(lower: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let start = from + i;
        let end = start + phrase.len();
        let before_ok = !lower[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !lower[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return true;
        }
        from = start + phrase.len().max(1);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}
