//! Text out of raw markup without building a tree: for the page-date scan, which reads slices of
//! pages, and for the last-resort visible text of a page the extractor cannot read.

/// Markup removed (scripts, styles and comments with their content), the common entities
/// decoded. Every tag becomes a space so that words either side stay apart; with `line_breaks`,
/// a block tag (paragraph, division, heading, list item, line break) becomes a new line.
///
/// A scan by hand: two regex replacements over every slice of a page were a tenth of extraction
/// time.
pub(crate) fn strip_tags(html: &str, line_breaks: bool) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag = &rest[lt..];
        out.push(if line_breaks && is_block_tag(tag) {
            '\n'
        } else {
            ' '
        });
        // A comment cut off by the slice ends, like a tag, at the next `>`.
        let skip_to = if let Some(end) = tag.starts_with("<!--").then(|| tag.find("-->")).flatten()
        {
            Some(end + 3)
        } else if let Some(name) = ["script", "style", "noscript"]
            .into_iter()
            .find(|name| starts_with_tag(&tag[1..], name))
        {
            // The element with its content, up to its end tag (or the end if never closed).
            find_end_tag(tag, name).or(Some(tag.len()))
        } else {
            tag.find('>').map(|i| i + 1)
        };
        match skip_to {
            Some(n) => rest = &tag[n..],
            None => {
                // A `<` that opens no tag is text.
                out.pop();
                out.push('<');
                rest = &tag[1..];
            }
        }
    }
    out.push_str(rest);
    if out.contains('&') {
        // `&amp;` last, so that an escaped entity ("&amp;lt;") stays as written.
        for (entity, text) in [
            ("&nbsp;", " "),
            ("&#160;", " "),
            ("&quot;", "\""),
            ("&#39;", "'"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&amp;", "&"),
        ] {
            if out.contains(entity) {
                out = out.replace(entity, text);
            }
        }
    }
    out
}

/// Whether `tag` (from its `<`) opens or closes an element that starts a new line of text.
fn is_block_tag(tag: &str) -> bool {
    let name = tag[1..].strip_prefix('/').unwrap_or(&tag[1..]);
    ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"]
        .iter()
        .any(|block| starts_with_tag(name, block))
}

/// Whether `s` starts with the tag name `name` (ASCII case-insensitive) followed by the end of
/// the name.
fn starts_with_tag(s: &str, name: &str) -> bool {
    s.len() >= name.len()
        && s.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        && s.as_bytes()
            .get(name.len())
            .is_none_or(|&b| !b.is_ascii_alphanumeric())
}

/// The byte just past `</name …>` in `s`, ASCII case-insensitive.
fn find_end_tag(s: &str, name: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&bytes[from..], b"</") {
        let at = from + i;
        if starts_with_tag(&s[at + 2..], name) {
            return s[at..].find('>').map(|j| at + j + 1);
        }
        from = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_stripped_to_text() {
        let page = "a<b class=x>b</b><SCRIPT>var d='<p>2030-01-01';</Script>c<!-- 1.1.2001 -->d<style>p{}</style>";
        assert_eq!(
            strip_tags(page, false)
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["a", "b", "c", "d"]
        );
        // A `<` opening no tag is text; an unclosed comment ends like a tag; an unclosed script
        // hides the rest.
        assert_eq!(
            strip_tags("1 < 2&nbsp;ok", false)
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["1", "<", "2", "ok"]
        );
        assert_eq!(
            strip_tags("x<!-- y> z", false)
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["x", "z"]
        );
        assert_eq!(strip_tags("x<script>y", false).trim(), "x");
        assert_eq!(strip_tags("<scripted>y</scripted>", false).trim(), "y");
    }

    #[test]
    fn visible_text_with_line_breaks() {
        let t = strip_tags(
            "<p>One &amp; two</p><script>var x = '<p>';</script><div>Three</div>",
            true,
        );
        assert_eq!(
            t.split_whitespace().collect::<Vec<_>>(),
            ["One", "&", "two", "Three"]
        );
        // Block tags start lines; inline tags only keep words apart.
        let lines: Vec<String> = strip_tags("<p>One</p><div>Two <b>bold</b></div><BR>Three", true)
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["One", "Two bold", "Three"]);
    }
}
