//! ML-based page type classification.
//!
//! Feature extraction from HTML documents (requires DOM access) and delegation
//! to the web-page-classifier crate for model evaluation.

use dom_query::Selection;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

#[allow(clippy::expect_used)]
static PRODUCT_COUNT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d+\s*(results|items|products|pieces)").expect("valid regex")
});

use crate::dom::Document;
use crate::result::Metadata;

use super::PageType;

/// Number of numeric features extracted from the document.
pub const N_NUMERIC: usize = web_page_classifier::N_NUMERIC_FEATURES; // 81

/// Classify page type using the ML model.
///
/// Takes pre-extracted numeric features and title/description text.
/// Delegates to the web-page-classifier crate for model evaluation.
#[must_use]
pub fn classify_ml(numeric_features: &[f64; N_NUMERIC], title_meta: &str) -> (PageType, f64) {
    let (crate_type, confidence) = web_page_classifier::classify_ml(numeric_features, title_meta);

    // Map from crate's PageType to our internal PageType
    let page_type = match crate_type {
        web_page_classifier::PageType::Article => PageType::Article,
        web_page_classifier::PageType::Collection => PageType::Category,
        web_page_classifier::PageType::Documentation => PageType::Documentation,
        web_page_classifier::PageType::Forum => PageType::Forum,
        web_page_classifier::PageType::Listing => PageType::Listing,
        web_page_classifier::PageType::Product => PageType::Product,
        web_page_classifier::PageType::Service => PageType::Service,
    };

    (page_type, confidence)
}

/// Extract numeric features from the HTML document for ML classification.
///
/// Returns 81 features:
/// - f[0..14]: URL pattern signals
/// - f[14..63]: HTML structural signals (paragraphs, headings, JSON-LD, etc.)
/// - f[63..73]: Enhanced structural features (repeated siblings, prices, etc.)
/// - f[73..81]: DOM vocabulary features (commercial/content/tech/forum density)
#[must_use]
pub fn extract_ml_features(doc: &Document, metadata: &Metadata, url: &str) -> [f64; N_NUMERIC] {
    let mut f = [0.0f64; N_NUMERIC];
    let census = Census::of(doc);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };

    let url_lower = url.to_ascii_lowercase();
    let (domain, path) = super::extract_domain_path(&url_lower);

    // === f[0..14]: URL pattern features ===
    f[0] = if super::contains_any(domain, super::FORUM_DOMAINS) { 1.0 } else { 0.0 };
    f[1] = if super::contains_any(path, super::FORUM_PATHS) { 1.0 } else { 0.0 };
    f[2] = if super::contains_any(&url_lower, super::FORUM_URL_PATTERNS) { 1.0 } else { 0.0 };
    f[3] = if super::contains_any(domain, super::DOCS_DOMAINS) { 1.0 } else { 0.0 };
    f[4] = if super::contains_any(path, super::DOCS_PATHS) { 1.0 } else { 0.0 };
    f[5] = if super::contains_any(path, super::PRODUCT_PATHS) { 1.0 } else { 0.0 };
    f[6] = if super::contains_any(path, super::CATEGORY_PATHS) { 1.0 } else { 0.0 };
    f[7] = if super::contains_any(path, super::SERVICE_PATHS) { 1.0 } else { 0.0 };
    f[8] = if super::contains_any(&url_lower, super::SERVICE_SLUG_PATTERNS) { 1.0 } else { 0.0 };
    f[9] = if super::contains_any(path, super::ARTICLE_PATHS) { 1.0 } else { 0.0 };
    f[10] = if super::contains_any(&url_lower, super::BLOG_SLUG_PATTERNS) { 1.0 } else { 0.0 };
    let path_trimmed = path.trim_end_matches('/');
    f[11] = if super::LISTING_PATH_ENDINGS.iter().any(|p| path_trimmed.ends_with(p)) { 1.0 } else { 0.0 };
    f[12] = if super::contains_any(path, super::LISTING_PATH_CONTAINS) { 1.0 } else { 0.0 };
    f[13] = if domain.contains("shop.") || domain.contains("store.") { 1.0 } else { 0.0 };

    // === f[14..63]: HTML structural features ===

    // Paragraph stats
    let mut p_count = 0u32;
    let mut p_total_len = 0u32;
    for node in crate::dom::tags_in(&doc, "p").nodes() {
        let sel = Selection::from(*node);
        let text = sel.text();
        let trimmed = text.trim();
        if trimmed.len() > 20 {
            p_count += 1;
            p_total_len += trimmed.len() as u32;
        }
    }
    f[14] = p_count as f64;
    f[15] = if p_count > 0 { p_total_len as f64 / p_count as f64 } else { 0.0 };
    f[16] = census.headings as f64;
    let h2_count = census.h2;
    let body_text_full = crate::dom::select_body(&doc).text().to_string();
    let body_text_len = body_text_full.len();
    f[17] = if h2_count > 0 { body_text_len as f64 / h2_count as f64 } else { 0.0 };
    f[18] = flag(census.article > 0);
    f[19] = flag(census.time > 0);
    f[20] = flag(census.main > 0);
    f[21] = flag(census.aside > 0);
    f[22] = flag(census.author);

    // JSON-LD signals
    for node in &crate::dom::ld_json_scripts(doc) {
        let sel = Selection::from(*node);
        let text = sel.text();
        if text.contains(r#""Article""#) || text.contains(r#""NewsArticle""#) || text.contains(r#""BlogPosting""#) { f[23] = 1.0; }
        if text.contains(r#""Product""#) { f[24] = 1.0; }
        if text.contains(r#""FAQPage""#) { f[25] = 1.0; }
        if text.contains(r#""CollectionPage""#) || text.contains(r#""OfferCatalog""#) { f[26] = 1.0; }
        if text.contains(r#""ItemList""#) { f[27] = 1.0; }
        if text.contains(r#""LocalBusiness""#) { f[28] = 1.0; }
        if text.contains(r#""Service""#) { f[29] = 1.0; }
        if text.contains(r#""AggregateOffer""#) { f[30] = 1.0; }
    }

    let og_type = metadata.page_type.as_deref().unwrap_or("").to_ascii_lowercase();
    f[31] = if og_type.contains("product") { 1.0 } else { 0.0 };
    f[32] = if og_type == "article" { 1.0 } else { 0.0 };
    f[33] = if og_type == "website" { 1.0 } else { 0.0 };
    f[34] = flag(census.product_grid > 0);
    f[35] = flag(census.add_to_cart > 0);
    f[36] = census.product_card as f64;
    f[37] = flag(census.pagination);
    f[38] = census.code as f64;
    f[39] = flag(census.docs_nav > 0);

    let link_count = census.a;
    let p_text = crate::dom::tags_in(&doc, "p").text();
    let p_words = p_text.split_whitespace().count();
    f[40] = if p_words > 0 { link_count as f64 / p_words as f64 } else { 0.0 };
    f[41] = p_words as f64;
    f[42] = census.grid as f64;
    f[43] = census.svg as f64;

    let mut cta_count = 0u32;
    for node in crate::dom::tags_in(&doc, "button, a").nodes() {
        let sel = Selection::from(*node);
        let text = sel.text().to_ascii_lowercase();
        if text.contains("get started") || text.contains("free trial") || text.contains("contact us")
            || text.contains("sign up") || text.contains("try free") || text.contains("get pricing")
            || text.contains("book a") || text.contains("schedule")
        {
            cta_count += 1;
        }
    }
    f[44] = cta_count as f64;
    f[45] = flag(census.hero > 0);
    f[46] = flag(census.testimonial > 0);
    f[47] = flag(census.pricing > 0);
    f[48] = flag(census.feature > 0);
    f[49] = flag(census.breadcrumb > 0);
    f[50] = census.form as f64;
    f[51] = census.img as f64;
    f[52] = census.lists as f64;
    f[53] = census.table as f64;
    f[54] = census.nav as f64;
    f[55] = census.section as f64;
    f[56] = census.button as f64;
    f[57] = census.input as f64;
    f[58] = body_text_len as f64;

    let mut link_hrefs = HashSet::new();
    for node in census.linked.iter().map(|&id| dom_query::NodeRef::new(id, &doc.tree)) {
        let sel = Selection::from(node);
        if let Some(href) = sel.attr("href") {
            link_hrefs.insert(href.to_string());
        }
    }
    f[59] = link_hrefs.len() as f64;
    f[60] = census.comment as f64;
    f[61] = census.post as f64;
    f[62] = census.message as f64;

    // === f[63..73]: Enhanced structural features ===
    // Skip expensive features on very large documents (>500KB text)
    if body_text_len > 500_000 {
        return f;
    }

    // Repeated sibling structure (listing fingerprint)
    let mut max_repeated_class = 0u32;
    let mut parents_with_repeats = 0u32;
    for node in census.shallow.iter().map(|&id| dom_query::NodeRef::new(id, &doc.tree)) {
        let sel = Selection::from(node);
        let children = sel.children();
        if children.length() < 3 {
            continue;
        }
        let mut class_counts: HashMap<String, u32> = HashMap::new();
        for child_node in children.nodes() {
            let child = Selection::from(*child_node);
            if let Some(cls) = child.attr("class") {
                *class_counts.entry(cls.to_string()).or_insert(0) += 1;
            }
        }
        if let Some(&max_count) = class_counts.values().max() {
            if max_count >= 3 {
                parents_with_repeats += 1;
                max_repeated_class = max_repeated_class.max(max_count);
            }
        }
    }
    f[63] = max_repeated_class as f64;
    f[64] = parents_with_repeats as f64;

    // Price pattern count (reuse body_text_full from above)
    let body_text_str = &body_text_full;
    let price_count = body_text_str.matches('$').count()
        + body_text_str.matches('€').count()
        + body_text_str.matches('£').count();
    f[65] = price_count as f64;

    // Image-to-text ratio (reuse img count from f[51])
    let img_count = f[51] as usize;
    f[66] = if body_text_len > 0 { img_count as f64 / (body_text_len as f64 / 1000.0) } else { 0.0 };

    // Heading hierarchy breadth ratio
    let mut heading_level_counts = [0u32; 6];
    for node in crate::dom::tags_in(&doc, "h1, h2, h3, h4, h5, h6").nodes() {
        let sel = Selection::from(*node);
        if let Some(name) = sel.nodes().first().and_then(|n| n.node_name()) {
            if let Some(level) = name.chars().nth(1).and_then(|c| c.to_digit(10)) {
                if level >= 1 && level <= 6 {
                    heading_level_counts[(level - 1) as usize] += 1;
                }
            }
        }
    }
    let max_same_level = heading_level_counts.iter().max().copied().unwrap_or(0);
    let n_levels_used = heading_level_counts.iter().filter(|&&c| c > 0).count();
    f[67] = if n_levels_used > 0 { max_same_level as f64 / n_levels_used as f64 } else { 0.0 };

    // BreadcrumbList schema (check lowercased body text, computed once below)
    let body_lower = body_text_str.to_ascii_lowercase();
    f[68] = if body_lower.contains("breadcrumblist") { 1.0 } else { 0.0 };

    // Repeated link texts
    let mut link_text_counts: HashMap<String, u32> = HashMap::new();
    for node in crate::dom::tags_in(&doc, "a").nodes() {
        let sel = Selection::from(*node);
        let text = sel.text().trim().to_ascii_lowercase();
        if text.len() > 3 {
            *link_text_counts.entry(text).or_insert(0) += 1;
        }
    }
    let repeated_link_texts = link_text_counts.values().filter(|&&c| c >= 3).count();
    f[69] = repeated_link_texts as f64;

    // f[70]: Section link density variance
    // Track link count and text length per section/article/div boundary.
    // Listings have uniform link density; articles vary.
    {
        let mut section_ratios: Vec<f64> = Vec::new();
        let mut current_links = 0u32;
        let mut current_text_len = 0u32;

        // crosswire patch: each container's links and text from one walk of the page
        // (`SectionCensus`) instead of selecting and concatenating every container's subtree
        // again, nested containers over and over.
        let sections = SectionCensus::of(doc);
        for &(start, end, links) in &sections.containers {
            // Flush previous section
            if current_text_len > 50 {
                section_ratios.push(current_links as f64 / current_text_len as f64 * 1000.0);
            }
            current_links = links as u32;
            current_text_len = sections.text[start..end].trim().len() as u32;
        }
        if current_text_len > 50 {
            section_ratios.push(current_links as f64 / current_text_len as f64 * 1000.0);
        }

        if section_ratios.len() >= 3 {
            let mean = section_ratios.iter().sum::<f64>() / section_ratios.len() as f64;
            let var = section_ratios.iter().map(|&r| (r - mean).powi(2)).sum::<f64>()
                / section_ratios.len() as f64;
            f[70] = var;
        }
    }

    // Meta robots noindex
    f[71] = flag(census.robots_noindex);

    // URL path depth
    let path_segments = path.trim_matches('/').split('/').filter(|s| !s.is_empty()).count();
    f[72] = path_segments as f64;

    // === f[73..81]: DOM vocabulary features ===

    // f[73-74]: DOM subtree structure hashing (tag + semantic class keywords)
    // Different from f[63-64] which uses raw class strings.
    // This builds structural signatures: "div|item", "li|product", etc.
    {
        let mut dom_max_sig = 0u32;
        let mut dom_parents_with_repeats = 0u32;

        // Iterate shallow DOM (depth ≤ 4 approximated by 3-level selector)
        for node in census.shallow.iter().map(|&id| dom_query::NodeRef::new(id, &doc.tree)) {
            let sel = Selection::from(node);
            let children = sel.children();
            if children.length() < 3 {
                continue;
            }
            let mut sig_counts: HashMap<String, u32> = HashMap::new();
            for child_node in children.nodes() {
                let child = Selection::from(*child_node);
                let tag = child.nodes().first()
                    .and_then(|n| n.node_name())
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                if tag.is_empty() {
                    continue;
                }
                // Build structural signature: tag + semantic keyword from class
                let cls = child.attr("class").unwrap_or_default().to_ascii_lowercase();
                let keyword = ["item", "card", "product", "post", "entry", "result", "row", "cell"]
                    .iter()
                    .find(|&&kw| cls.contains(kw))
                    .unwrap_or(&"");
                let sig = if keyword.is_empty() {
                    tag.to_string()
                } else {
                    format!("{tag}|{keyword}")
                };
                *sig_counts.entry(sig).or_insert(0) += 1;
            }
            if let Some(&top) = sig_counts.values().max() {
                if top >= 3 {
                    dom_parents_with_repeats += 1;
                    dom_max_sig = dom_max_sig.max(top);
                }
            }
        }
        f[73] = dom_max_sig as f64;
        f[74] = dom_parents_with_repeats as f64;
    }

    // Reuse body_lower from breadcrumb check above
    let body_words: Vec<&str> = body_lower.split_whitespace().collect();
    let total_words = body_words.len();

    if total_words > 0 {
        let mut word_counts: HashMap<&str, u32> = HashMap::new();
        for &word in &body_words {
            *word_counts.entry(word).or_insert(0) += 1;
        }

        // f[75]: Commercial vocabulary density
        let commercial = ["price", "buy", "cart", "shop", "order", "shipping",
            "delivery", "stock", "sale", "discount", "offer", "deal",
            "checkout", "payment", "warranty", "returns", "refund"];
        let commercial_sum: u32 = commercial.iter().map(|w| word_counts.get(w).copied().unwrap_or(0)).sum();
        f[75] = commercial_sum as f64 / total_words as f64;

        // f[76]: Content vocabulary density
        let content = ["posted", "author", "published", "updated", "comments",
            "share", "tweet", "read", "article", "blog", "opinion",
            "editor", "journalist", "source", "according"];
        let content_sum: u32 = content.iter().map(|w| word_counts.get(w).copied().unwrap_or(0)).sum();
        f[76] = content_sum as f64 / total_words as f64;

        // f[77]: Tech vocabulary density
        let tech = ["api", "function", "parameter", "returns", "example",
            "syntax", "reference", "deprecated", "version", "module",
            "class", "method", "interface", "configuration", "install"];
        let tech_sum: u32 = tech.iter().map(|w| word_counts.get(w).copied().unwrap_or(0)).sum();
        f[77] = tech_sum as f64 / total_words as f64;

        // f[78]: Forum vocabulary density
        let forum = ["reply", "thread", "post", "member", "joined", "reputation",
            "moderator", "admin", "quote", "likes", "views", "topic",
            "answered", "solution", "vote", "upvote"];
        let forum_sum: u32 = forum.iter().map(|w| word_counts.get(w).copied().unwrap_or(0)).sum();
        f[78] = forum_sum as f64 / total_words as f64;
    }

    // f[79]: Max frequency of any single repeated link text
    // f[80]: Count of link texts appearing ≥3 times
    // These use link texts collected from <a> elements (same as f[69] collection
    // but f[79] is max() while f[69]/f[80] are count(≥3))
    let max_link_repeat = link_text_counts.values().max().copied().unwrap_or(0);
    f[79] = max_link_repeat as f64;
    f[80] = link_text_counts.values().filter(|&&c| c >= 3).count() as f64;

    // === f[81..89]: Collection-specific features ===

    // f[81]: og:type = product.group
    f[81] = flag(census.og_product_group);

    // f[82]: Has filter sidebar
    f[82] = flag(census.filter_control > 0);

    // f[83]: Has sort control
    f[83] = flag(census.sort_control > 0);

    // f[84]: Has product count text ("showing X results", "X items")
    f[84] = if PRODUCT_COUNT_RE.is_match(&body_lower) { 1.0 } else { 0.0 };

    // f[85]: Product cards with price (cards that have both product-class and price-class)
    let mut cards_with_price = 0u32;
    let total_cards = census.cards.len();
    for node in census.cards.iter().map(|&id| dom_query::NodeRef::new(id, &doc.tree)) {
        let sel = Selection::from(node);
        if sel.select("[class*='price'], [class*='cost'], [class*='amount']").length() > 0 {
            cards_with_price += 1;
        }
    }
    f[85] = cards_with_price as f64;

    // f[86]: Has CollectionPage schema
    f[86] = if body_lower.contains("collectionpage") || body_lower.contains("productcollection") { 1.0 } else { 0.0 };

    // f[87]: Total card count
    f[87] = total_cards as f64;

    // f[88]: Price-to-card ratio
    f[88] = if total_cards > 0 { cards_with_price as f64 / total_cards as f64 } else { 0.0 };

    f
}


/// crosswire patch: every `section`, `article` and `div` in document order (what the selector
/// `section, article, div` selects), each with the byte range of its text (`Selection::text`:
/// its text nodes' contents in document order) in the page's text gathered once, and the number
/// of `a` elements below it (what `select("a")` counts).
struct SectionCensus {
    text: String,
    containers: Vec<(usize, usize, usize)>,
}

impl SectionCensus {
    fn of(doc: &Document) -> Self {
        fn walk(
            node: dom_query::NodeRef<'_>,
            census: &mut SectionCensus,
            links: &mut usize,
        ) {
            let kind = node.query_or(0u8, |t| {
                if let dom_query::NodeData::Text { contents } = &t.data {
                    census.text.push_str(contents);
                }
                t.as_element().map_or(0, |e| match &*e.name.local {
                    "section" | "article" | "div" => 1,
                    "a" => 2,
                    _ => 0,
                })
            });
            let entry = (kind == 1).then(|| {
                census.containers.push((census.text.len(), 0, *links));
                census.containers.len() - 1
            });
            if kind == 2 {
                *links += 1;
            }
            for child in node.children_it(false) {
                walk(child, census, links);
            }
            if let Some(i) = entry {
                let (start, _, links_before) = census.containers[i];
                census.containers[i] = (start, census.text.len(), *links - links_before);
            }
        }
        let mut census = SectionCensus { text: String::new(), containers: Vec::new() };
        walk(doc.root(), &mut census, &mut 0);
        census
    }
}

/// crosswire patch: the element counts and class-fragment tests the features need, taken in one
/// walk of the page instead of one selector query each (about thirty whole-page walks). Each
/// field is exactly its selector's match count: type selectors by local name, `[class*=x]` as a
/// case-sensitive substring of the class attribute.
#[derive(Default)]
struct Census {
    headings: usize,
    h2: usize,
    article: usize,
    time: usize,
    main: usize,
    aside: usize,
    code: usize,
    a: usize,
    svg: usize,
    form: usize,
    img: usize,
    lists: usize,
    table: usize,
    nav: usize,
    section: usize,
    button: usize,
    input: usize,
    product_grid: usize,
    add_to_cart: usize,
    product_card: usize,
    docs_nav: usize,
    grid: usize,
    hero: usize,
    testimonial: usize,
    pricing: usize,
    feature: usize,
    breadcrumb: usize,
    comment: usize,
    post: usize,
    message: usize,
    filter_control: usize,
    sort_control: usize,
    /// `meta[name="author"], meta[property="article:author"], [class*="author"]` matches.
    author: bool,
    /// `link[rel='next'], [class*='pagination'], [class*='pager']` matches.
    pagination: bool,
    /// `meta[name="robots"][content*="noindex"]` matches.
    robots_noindex: bool,
    /// `meta[property="og:type"][content*="product.group"]` matches.
    og_product_group: bool,
    /// What `a[href]` selects, in document order.
    linked: Vec<dom_query::NodeId>,
    /// What `body > *, body > * > *, body > * > * > *` selects, in document order.
    shallow: Vec<dom_query::NodeId>,
    /// What `[class*='product-card'], [class*='product-tile'], [class*='product-item'],
    /// [class*='product-grid-item'], [class*='grid-item'], [class*='collection-item']` selects,
    /// in document order.
    cards: Vec<dom_query::NodeId>,
}

/// The class fragments of product cards.
const CARD_FRAGMENTS: [&str; 6] = ["product-card", "product-tile", "product-item", "product-grid-item", "grid-item", "collection-item"];

/// Whether `node` stands one to three elements below a `body` element.
fn within_three_of_body(node: &dom_query::NodeRef) -> bool {
    let element_named = |n: &dom_query::NodeRef, want: Option<&str>| {
        n.query_or(false, |t| {
            t.as_element()
                .is_some_and(|e| want.is_none_or(|w| &*e.name.local == w))
        })
    };
    let mut at = *node;
    for _ in 0..3 {
        let Some(parent) = at.parent() else {
            return false;
        };
        if element_named(&parent, Some("body")) {
            return true;
        }
        if !element_named(&parent, None) {
            return false;
        }
        at = parent;
    }
    false
}

impl Census {
    fn of(doc: &Document) -> Self {
        let mut c = Census::default();
        for node in doc.root().descendants_it() {
            if !node.is_element() {
                continue;
            }
            if let Some(name) = node.node_name() {
                let counter = match name.as_ref() {
                    "h1" | "h3" | "h4" | "h5" | "h6" => Some(&mut c.headings),
                    "h2" => {
                        c.h2 += 1;
                        Some(&mut c.headings)
                    }
                    "article" => Some(&mut c.article),
                    "time" => Some(&mut c.time),
                    "main" => Some(&mut c.main),
                    "aside" => Some(&mut c.aside),
                    "code" | "pre" => Some(&mut c.code),
                    "a" => Some(&mut c.a),
                    "svg" => Some(&mut c.svg),
                    "form" => Some(&mut c.form),
                    "img" => Some(&mut c.img),
                    "ul" | "ol" => Some(&mut c.lists),
                    "table" => Some(&mut c.table),
                    "nav" => Some(&mut c.nav),
                    "section" => Some(&mut c.section),
                    "button" => Some(&mut c.button),
                    "input" => Some(&mut c.input),
                    _ => None,
                };
                if let Some(counter) = counter {
                    *counter += 1;
                }
            }
            // crosswire patch: the attribute selections below, read in the same walk.
            node.query(|t| {
                let Some(e) = t.as_element() else { return };
                let html = &*e.name.ns == "http://www.w3.org/1999/xhtml";
                let class = crate::dom::plain_attr(e, "class");
                let class_has = |f: &str| class.is_some_and(|c| c.contains(f));
                match &*e.name.local {
                    "meta" => {
                        let name = crate::dom::plain_attr(e, "name");
                        let property = crate::dom::plain_attr(e, "property");
                        let content_has = |f: &str| crate::dom::plain_attr(e, "content").is_some_and(|c| c.contains(f));
                        if name == Some("author") || property == Some("article:author") {
                            c.author = true;
                        }
                        if name == Some("robots") && content_has("noindex") {
                            c.robots_noindex = true;
                        }
                        if property == Some("og:type") && content_has("product.group") {
                            c.og_product_group = true;
                        }
                    }
                    // `rel` is one of the attributes whose value CSS matches ignoring ASCII
                    // case on HTML elements.
                    "link" => {
                        if crate::dom::plain_attr(e, "rel").is_some_and(|r| if html { r.eq_ignore_ascii_case("next") } else { r == "next" }) {
                            c.pagination = true;
                        }
                    }
                    "a" => {
                        if crate::dom::plain_attr(e, "href").is_some() {
                            c.linked.push(node.id);
                        }
                    }
                    _ => {}
                }
                if class_has("author") {
                    c.author = true;
                }
                if class_has("pagination") || class_has("pager") {
                    c.pagination = true;
                }
                if CARD_FRAGMENTS.iter().any(|f| class_has(f)) {
                    c.cards.push(node.id);
                }
            });
            if within_three_of_body(&node) {
                c.shallow.push(node.id);
            }
            let Some(class) = node.attr("class") else {
                continue;
            };
            let class: &str = &class;
            let has = |frags: &[&str]| frags.iter().any(|f| class.contains(f));
            let mut count = |hit: bool, counter: &mut usize| {
                if hit {
                    *counter += 1;
                }
            };
            count(has(&["product-grid", "product-list", "product-card"]), &mut c.product_grid);
            count(has(&["add-to-cart", "addtocart", "buy-now"]), &mut c.add_to_cart);
            count(has(&["product-card", "product-tile", "product-item"]), &mut c.product_card);
            count(
                has(&["docs-sidebar", "doc-sidebar", "docs-nav", "table-of-contents"]),
                &mut c.docs_nav,
            );
            count(has(&["grid", "col-", "column", "card"]), &mut c.grid);
            count(has(&["hero"]), &mut c.hero);
            count(has(&["testimonial"]), &mut c.testimonial);
            count(has(&["pricing"]), &mut c.pricing);
            count(has(&["feature"]), &mut c.feature);
            count(has(&["breadcrumb"]), &mut c.breadcrumb);
            count(has(&["comment"]), &mut c.comment);
            count(has(&["post"]), &mut c.post);
            count(has(&["message"]), &mut c.message);
            count(
                has(&["filter"]) && has(&["sidebar", "panel", "bar", "menu"]),
                &mut c.filter_control,
            );
            count(
                has(&["sort"]) && has(&["select", "dropdown", "control", "option"]),
                &mut c.sort_control,
            );
        }
        c
    }
}
