//! A second opinion on an HTML page's main content: the element holding the most prose.
//!
//! The extractor sometimes settles on the wrong container — a "related posts" rail, a cookie
//! banner, a form — and returns a few dozen words from a page whose article has thousands. This
//! module finds, the way readability does, the element whose paragraphs carry the most text
//! (each paragraph's text credited to its parent in full and its grandparent in half) and reads
//! its blocks in order. It is deliberately simple: it is consulted only when the extractor's
//! result looks wrong, and wins only when it has twice the prose or more.
//!
//! Written here rather than taken from a readability crate: the one in the tree (`dom_smoothie`)
//! scored F1 0.865 on Scrapinghub, and this needs only the densest container, on the parse the
//! HTML crate already gives.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};

/// Elements whose text is never the article's.
const NEVER: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "script",
    "style",
    "noscript",
    "template",
    "button",
    "select",
    "svg",
    "figcaption",
];

/// Words of a class or id (split at spaces, hyphens and underscores) that mark page furniture.
const FURNITURE: &[&str] = &[
    "comment",
    "comments",
    "sidebar",
    "related",
    "recommended",
    "share",
    "sharing",
    "social",
    "footer",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "promo",
    "newsletter",
    "subscribe",
    "cookie",
    "cookies",
    "banner",
    "popup",
    "modal",
    "breadcrumb",
    "breadcrumbs",
    "widget",
    "advert",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "teaser",
    "teasers",
    "trending",
    "popular",
    "complementary",
];

/// Class and id words of boxes laid over the page (cookie consent, pop-ups): nothing under
/// them is the article, whatever the container.
const OVERLAY: &[&str] = &[
    "cookie", "cookies", "consent", "popup", "modal", "gdpr", "dsgvo",
];

/// Block elements read as paragraphs of the chosen container.
const BLOCKS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "dd",
    "dt",
];

/// Shortest paragraph (characters) that counts as prose when choosing the container.
const MIN_PARAGRAPH: usize = 40;

/// The prose of the element holding the most of it, paragraphs separated by newlines; `None`
/// when the page has no paragraph of prose at all.
///
/// Prose inside `<noscript>` is read only when there is none outside it: a page built by
/// scripts may carry its whole article there as the fallback, while on most pages a noscript
/// holds only a "turn on JavaScript" notice or a tracking pixel.
pub fn densest_prose(doc: &Document) -> Option<String> {
    densest(doc, false).or_else(|| densest(doc, true))
}

fn densest(doc: &Document, in_noscript: bool) -> Option<String> {
    let never = |n: &NodeRef| never(n, in_noscript);
    let is_furniture = |n: &NodeRef| is_furniture(n, in_noscript);
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    // Each element tested by name in place: a selector query matched every element against
    // `p` through the selector engine.
    let paragraphs = doc.root().descendants_it().filter(|n| n.has_name("p"));
    for p in paragraphs {
        if p.ancestors_it(None).any(|a| never(&a)) {
            continue;
        }
        let text = p.text();
        let len = text.trim().chars().count();
        if len < MIN_PARAGRAPH {
            continue;
        }
        // A consent box or pop-up holds pages of legal prose that is never the article. (The
        // other furniture words are tested on the scored containers only: as words of any
        // ancestor's class they rule out whole pages, F1 down on trafilatura-eval and WCXB.)
        if p.ancestors_it(None)
            .take_while(|a| !matches!(a.node_name().as_deref(), Some("body" | "html")))
            .any(|a| is_overlay(&a))
        {
            continue;
        }
        let linked: usize = p
            .descendants_it()
            .filter(|n| n.node_name().as_deref() == Some("a"))
            .map(|a| a.text().trim().chars().count())
            .sum();
        let own = len.saturating_sub(linked) as f64;
        // Credit the parent in full and the grandparent in half, unless marked furniture.
        let parent = p.parent();
        let grand = parent.as_ref().and_then(NodeRef::parent);
        for (node, share) in [(parent, 1.0), (grand, 0.5)] {
            if let Some(node) = node.filter(|n| !is_furniture(n)) {
                *scores.entry(node.id).or_default() += own * share;
            }
        }
    }
    // Ties go to the earlier node: the map's order must not decide.
    let (&best, _) = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))?;
    let mut out = String::new();
    for unit in continued(NodeRef::new(best, &doc.tree), in_noscript) {
        read_blocks(&unit, &mut out, in_noscript);
    }
    (!out.is_empty()).then_some(out)
}

/// The chosen container and the rest of the article cut off from it: pages split a story into
/// several containers of the same kind with advertisements between (`<div class="article-text">`
/// three times). Climbs while the container is its parent's only element, then takes the
/// elements of the page with the same tag and class (none inside another), in document order.
fn continued<'a>(best: NodeRef<'a>, in_noscript: bool) -> Vec<NodeRef<'a>> {
    let never = |n: &NodeRef| never(n, in_noscript);
    let is_furniture = |n: &NodeRef| is_furniture(n, in_noscript);
    let mut unit = best;
    while let Some(parent) = unit.parent() {
        let wrapper = parent.is_element()
            && !matches!(parent.node_name().as_deref(), Some("body" | "html"))
            && !is_furniture(&parent)
            && parent.element_children().len() == 1;
        if !wrapper {
            break;
        }
        unit = parent;
    }
    let class = unit
        .attr("class")
        .map(|c| c.to_string())
        .unwrap_or_default();
    if class.trim().is_empty() {
        return vec![unit];
    }
    let name = unit.node_name();
    let same = |s: &NodeRef<'_>| {
        s.id == unit.id || (s.node_name() == name && s.attr("class").is_some_and(|c| *c == *class))
    };
    // Anywhere on the page, not only beside it: sites wrap each part in its own row with a rail
    // beside it (`<div class="row"><section class="article-section">…</section><aside>`).
    unit.tree
        .root()
        .descendants_it()
        .filter(|s| s.is_element() && same(s))
        .filter(|s| !s.ancestors_it(None).any(|a| never(&a) || same(&a)))
        .collect()
}

/// Append the text of the block elements under `root` (outside furniture, each block once) to
/// `out`, one line each.
fn read_blocks(root: &NodeRef, out: &mut String, in_noscript: bool) {
    let is_furniture = |n: &NodeRef| is_furniture(n, in_noscript);
    let mut taken: HashSet<NodeId> = HashSet::new();
    for node in root.descendants_it() {
        let Some(name) = node.node_name() else {
            continue;
        };
        if !BLOCKS.contains(&name.as_ref()) {
            continue;
        }
        // Inside a block already read, or in furniture between root and here: skip.
        let mut skip = false;
        for a in node.ancestors_it(None) {
            if a.id == root.id {
                break;
            }
            if taken.contains(&a.id) || is_furniture(&a) {
                skip = true;
                break;
            }
        }
        if skip || is_furniture(&node) {
            continue;
        }
        taken.insert(node.id);
        let text = node.text();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push_str(&text);
            out.push('\n');
        }
    }
}

/// An element whose text is never the article's (a `<noscript>` is read when `in_noscript`).
fn never(node: &NodeRef, in_noscript: bool) -> bool {
    node.node_name().is_some_and(|name| {
        NEVER.contains(&name.as_ref()) && !(in_noscript && name.as_ref() == "noscript")
    })
}

/// An element whose class or id names an overlay ([`OVERLAY`]).
fn is_overlay(node: &NodeRef) -> bool {
    marked_as(node, &["class", "id"], OVERLAY)
}

/// An element never read, or one whose class, id or role names furniture.
fn is_furniture(node: &NodeRef, in_noscript: bool) -> bool {
    never(node, in_noscript) || marked_as(node, &["class", "id", "role"], FURNITURE)
}

/// Whether one of the words (split at whitespace, `-` and `_`, ASCII case ignored) of the
/// element's `attributes` is in `words`.
fn marked_as(node: &NodeRef, attributes: &[&str], words: &[&str]) -> bool {
    attributes
        .iter()
        .filter_map(|name| node.attr(name))
        .any(|marks| {
            marks
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_noscript_only_when_the_page_has_no_prose_outside_it() {
        let para = "A paragraph of the article that is long enough to count as prose here.";
        let html = format!(
            r#"<html><body><h1>Title</h1><noscript><div id="text"><p>{para} One.</p>
            <p>{para} Two.</p></div></noscript></body></html>"#
        );
        let text = densest_prose(&Document::from(html.as_str())).unwrap();
        assert!(text.contains("One.") && text.contains("Two."), "{text}");
        let html = format!(
            r#"<html><body><div><p>{para} Story.</p></div>
            <noscript><p>Please turn on JavaScript to see every part of this site properly.</p>
            </noscript></body></html>"#
        );
        let text = densest_prose(&Document::from(html.as_str())).unwrap();
        assert!(
            text.contains("Story.") && !text.contains("JavaScript"),
            "{text}"
        );
    }

    #[test]
    fn reads_on_into_containers_the_story_was_cut_into() {
        let para = "A paragraph of the article that is long enough to count as prose here.";
        let html = format!(
            r#"<html><body><main>
            <div class="text"><div class="grid"><p>{para} One.</p></div></div>
            <div class="ad"><p>{para} Advert.</p></div>
            <div class="text"><div class="grid"><p>{para} Two.</p><p>{para} Three.</p></div></div>
            <div class="other"><p>{para} Other.</p></div>
            </main></body></html>"#
        );
        let text = densest_prose(&Document::from(html)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].ends_with("One.") && lines[2].ends_with("Three."),
            "{text}"
        );
    }

    #[test]
    fn reads_on_into_parts_wrapped_apart_with_rails_beside_them() {
        let para = "A paragraph of the article that is long enough to count as prose here.";
        let part = |n: &str| {
            format!(
                r#"<div class="row"><section class="article-section"><p>{para} {n} a.</p><p>{para} {n} b.</p></section>
                <aside class="rail"><p>{para} Rail.</p></aside></div>"#
            )
        };
        let html = format!(
            r#"<html><body>{}{}<div class="teasers"><section class="teaser"><p>{para} Teaser.</p></section></div>{}</body></html>"#,
            part("One"),
            part("Two"),
            part("Three")
        );
        let text = densest_prose(&Document::from(html)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        assert!(
            lines[0].ends_with("One a.") && lines[5].ends_with("Three b."),
            "{text}"
        );
    }

    #[test]
    fn a_consent_box_is_never_the_prose() {
        let para = "A paragraph of the article that is long enough to count as prose here.";
        let legal = "Purpose: error analysis and statistics; processing: connection data and browser data stored on your device.";
        let boxed = format!("<p>{legal}</p>").repeat(8);
        let html = format!(
            r#"<html><body><div id="main"><p>{para} One.</p><p>{para} Two.</p></div>
            <div class="sp-dsgvo"><div class="privacy-settings"><div class="text">{boxed}</div></div></div>
            </body></html>"#
        );
        let text = densest_prose(&Document::from(html)).unwrap();
        assert!(text.ends_with("Two.\n"), "{text}");
    }

    #[test]
    fn picks_the_container_with_the_prose() {
        let para = "A paragraph of the article that is long enough to count as prose here.";
        let html = format!(
            r#"<html><body>
            <div class="related-posts"><p>{para} Related one.</p><p>{para} Related two.</p></div>
            <div id="main"><h2>Heading</h2><p>{para} One.</p><p>{para} Two.</p><p>{para} Three.</p>
            <div class="share"><p>{para} Share this.</p></div></div>
            <footer><p>{para} Footer.</p></footer></body></html>"#
        );
        let text = densest_prose(&Document::from(html)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[0], "Heading");
        assert!(lines[3].ends_with("Three."));
        assert!(!text.contains("Related") && !text.contains("Share") && !text.contains("Footer"));
        assert_eq!(densest_prose(&Document::from("<p>short</p>")), None);
    }
}
