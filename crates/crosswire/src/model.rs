//! Shared vocabulary of the pipeline: the types every stage speaks.
//!
//! Data flows one way — raw bytes → [`Record`](crate::ingest::Record) → [`Article`] → [`Story`] —
//! and every type here is plain data (serde + JSON Schema), so the same values come out of the CLI,
//! the store and, later, the Python wheel.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into one article's clean `text` (UTF-8 byte offsets).
///
/// Every extracted item carries one, so that any claim in the output can be checked mechanically
/// against its source: `&article.text[span.start..span.end]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    /// Id of the article whose `text` the offsets point into.
    pub article: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// How precisely a [`DateValue`] is known.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A calendar day.
    Day,
    /// A week: `date` is its Monday.
    Week,
    /// A month: `date` is its first day.
    Month,
    /// A year: `date` is its first day.
    Year,
}

/// A calendar date together with how precisely it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DateValue {
    /// The date (for month or year precision, the first day of the period).
    pub date: NaiveDate,
    /// How precise `date` is.
    pub precision: Precision,
}

impl DateValue {
    /// A date known to the day.
    pub fn day(date: NaiveDate) -> Self {
        DateValue {
            date,
            precision: Precision::Day,
        }
    }
}

/// Where a piece of metadata was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// A loose header line of a plain-text report ("date 2025-05-08", "Source: …").
    Header,
    /// A field of the input record (a JSONL `published`, `source`, `title`).
    Record,
    /// The dateline opening the body ("New Delhi, May 10 –").
    Dateline,
    /// The article's URL (`/2025/05/08/`, its host name).
    Url,
    /// HTML metadata (JSON-LD, OpenGraph, `<meta>`, `<time>`, `<title>`).
    HtmlMeta,
    /// The body text itself (an explicit date such as "Saturday (May 10)", a headline line).
    Text,
    /// The article's story: other reports of the same event (used for a missing year or date).
    Story,
}

/// The format an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Plain text, optionally with loose header lines.
    Text,
    /// An HTML page.
    Html,
    /// One JSON object per line.
    Jsonl,
}

/// Why a piece of input text was left out of an article's clean `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemovalKind {
    /// A metadata header line, parsed into fields.
    MetadataHeader,
    /// The headline, moved to `title`.
    Title,
    /// A photo caption ending with an agency or photographer credit.
    PhotoCaption,
    /// A navigation label of the page ("Latest News").
    Navigation,
    /// The headline of another article inserted as a link.
    RelatedHeadline,
    /// A list of tags or keywords (kept in `keywords`).
    TagList,
    /// A teaser of another article cut off with an ellipsis.
    Teaser,
    /// A newsletter, subscription or app promotion.
    Promotion,
    /// A block of short lines around or inside an HTML page's main content: related links,
    /// section lists, bylines and time stamps of other articles, comment-form labels.
    LinkBlock,
    /// A paragraph missing from the article text the page itself declares (JSON-LD
    /// `articleBody`): a caption, teaser or widget the extractor took in.
    OutsideDeclaredBody,
}

/// What kind of page an HTML input is. Only [`PageKind::Article`] pages are stories; the others
/// (a section front, a product page) are read but say so, so that no one mistakes them for
/// reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// A news report, blog post, feature or opinion piece.
    Article,
    /// An index of other content: a home page, section front, search result or feed page.
    Listing,
    /// A grid of products or categories.
    Collection,
    /// A single product.
    Product,
    /// A discussion thread or Q&A page.
    Forum,
    /// Reference documentation.
    Documentation,
    /// A service or marketing page.
    Service,
}

/// The verdict on whether an HTML page is an article, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageVerdict {
    /// What the page is.
    pub kind: PageKind,
    /// `kind == Article`: the page is a story (anything else is not a report).
    pub is_article: bool,
    /// The evidence, in words.
    pub reason: String,
}

/// One piece of input text left out of the clean `text`, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Removal {
    /// The text removed, as it stood in the input.
    pub text: String,
    /// Machine-readable category.
    pub kind: RemovalKind,
    /// Human-readable reason naming the evidence.
    pub reason: String,
    /// 1-based line of the decoded input where the removed text starts (plain text only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// A spot in the clean text that is safe to repair for matching; the text itself keeps the original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Repair {
    /// Byte offset of the first byte in `text`.
    pub start: usize,
    /// Byte offset one past the last byte in `text`.
    pub end: usize,
    /// The original wording at `[start, end)`.
    pub original: String,
    /// What matching stages read instead.
    pub repaired: String,
    /// Why (e.g. `broken_hyphen`).
    pub kind: String,
}

/// The dateline that opens a report ("WASHINGTON:", "New Delhi, May 10 –").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Dateline {
    /// The place as written ("WASHINGTON", "New Delhi").
    pub place: String,
    /// The date the dateline gives, when it gives one; month-and-day datelines get their year from
    /// the reference date or the story.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The whole dateline as written, including its punctuation.
    pub text: String,
    /// Byte offset of the dateline in `text`.
    pub start: usize,
    /// Byte offset one past the dateline in `text`.
    pub end: usize,
}

/// A date expression found in an article's text, resolved against its reference date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DateMention {
    /// The expression as written ("on Thursday", "last month", "May 10", "2025-05-08").
    pub text: String,
    /// Byte offset in `text`.
    pub start: usize,
    /// Byte offset one past the end in `text`.
    pub end: usize,
    /// True when the expression needs a reference date ("Thursday", "last month", "May 10").
    pub relative: bool,
    /// The calendar date it denotes, when it could be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<DateValue>,
}

/// One report, cleaned and with its metadata: the unit every later stage reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Article {
    /// Stable id: the same input bytes give the same id.
    pub id: String,
    /// The record's own id where the input carries one (a JSONL `id`).
    pub input_id: Option<String>,
    /// The file the article came from (`-` for standard input).
    pub path: String,
    /// 1-based line of `path` for line-oriented inputs (JSONL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The format it was read as.
    pub format: InputFormat,
    /// The article's URL, when the input gives one.
    pub url: Option<String>,
    /// The outlet (a name or a domain such as `channelnewsasia.com`).
    pub source: Option<String>,
    /// Where `source` came from.
    pub source_from: Option<Provenance>,
    /// The headline.
    pub title: Option<String>,
    /// Where `title` came from.
    pub title_from: Option<Provenance>,
    /// The dateline opening the body, if any.
    pub dateline: Option<Dateline>,
    /// Publication date (`YYYY-MM-DD`).
    pub published: Option<NaiveDate>,
    /// Where `published` came from.
    pub published_from: Option<Provenance>,
    /// The date that relative expressions ("on Thursday", "last month") are read against: the
    /// publication date, else a date the text gives, else the story's date.
    pub reference_date: Option<NaiveDate>,
    /// Where `reference_date` came from.
    pub reference_date_from: Option<Provenance>,
    /// ISO 639-3 code of the body's language (`eng`, `deu`, …), when it can be told.
    pub language: Option<String>,
    /// Authors, when the input names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Keywords and tags (from tag lists, headers or page metadata).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// The clean body: paragraphs separated by one blank line. Original wording is kept.
    pub text: String,
    /// What was left out of `text`, each with its reason.
    pub removed: Vec<Removal>,
    /// Spots of `text` repaired for matching (broken hyphenation, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repairs: Vec<Repair>,
    /// Date expressions in `text`, resolved against `reference_date`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<DateMention>,
    /// The earlier report this one copies (a reprint or syndicated copy): not a second source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// Estimated Jaccard similarity to `duplicate_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_similarity: Option<f64>,
    /// For an HTML page: whether it is an article at all (an index or product page is not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageVerdict>,
    /// Input fields not otherwise understood (unknown JSONL fields), kept as they were.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A group of reports of one real-world event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Story {
    /// Stable id derived from the member articles.
    pub id: String,
    /// Ids of the member articles, earliest first.
    pub articles: Vec<String>,
    /// A representative headline (the title of the member with the most shared terms), if any.
    pub title: Option<String>,
    /// The story's date: the latest publication date among its members.
    pub date: Option<NaiveDate>,
    /// Terms that tie the story together, most weighty first.
    pub terms: Vec<String>,
    /// Who and what the reports name: people, organisations, places, aliases merged.
    pub entities: Vec<Entity>,
    /// What was said, each quote once with every outlet that carried it.
    pub quotes: Vec<Quote>,
    /// Figures and positions across outlets: agreed, disputed, single-source or changed.
    pub claims: Vec<Claim>,
    /// Dated events, earliest first.
    pub timeline: Vec<TimelineEntry>,
    /// The account: sentences taken from the reports, each with its sources.
    pub brief: Vec<BriefSentence>,
    /// Who carried the story, earliest first.
    pub coverage: Vec<Coverage>,
}

/// What kind of thing an entity is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation (government body, company, group).
    Organization,
    /// A place (country, city, region).
    Place,
}

/// A form of an entity's name that is not spelled as the entity: a misspelling or a sound-alike
/// (often a machine translation), matched with a confidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Variant {
    /// The form as written.
    pub text: String,
    /// `misspelling` (one edit away) or `sound_alike` (same phonetic key).
    pub kind: String,
    /// How sure the match is (0–1).
    pub confidence: f32,
}

/// A person, organisation or place of the story, with every name it goes by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// Id within the story (`e1`, `e2`, …).
    pub id: String,
    /// The fullest name.
    pub name: String,
    /// Person, organisation or place.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Role or title as the reports give it ("India's External Affairs Minister").
    pub role: Option<String>,
    /// Every written form (surnames, initials, titles with the name).
    pub aliases: Vec<String>,
    /// Misspelled or garbled forms matched to this entity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// Descriptions that point at this person in the story ("the secretary of state", "the
    /// Indian commander"), resolved through the person's role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub descriptions: Vec<String>,
    /// Articles that mention it.
    pub articles: Vec<String>,
    /// Every mention.
    pub mentions: Vec<Span>,
}

/// One rendering of a quote in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuoteOccurrence {
    /// The article.
    pub article: String,
    /// The quoted words as this article gives them.
    pub text: String,
    /// Byte offset in the article's text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
    /// The speaker as this article names them, if it does.
    pub speaker_text: Option<String>,
    /// The speaker this rendering's own attribution resolves to (an entity's name), which can
    /// differ from the quote's `speaker` when outlets disagree or one of them is wrong.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The cue ("said", "according to"), if any.
    pub cue: Option<String>,
    /// How this rendering matches the quote's main text: `exact`, `variant` (spelling),
    /// `fragment` or `fuzzy` (paraphrase or machine translation).
    pub matched: String,
    /// How sure the match is (0–1).
    pub confidence: f32,
}

/// Words attributed to a speaker, once, with every outlet that carried them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quote {
    /// Id within the story (`q1`, …).
    pub id: String,
    /// The fullest rendering.
    pub text: String,
    /// `direct` (in quotation marks) or `reported` ("said that …").
    pub kind: String,
    /// Who spoke: an entity's name, or the phrase the report uses ("officials").
    pub speaker: Option<String>,
    /// The speaker's entity id, when resolved.
    pub speaker_entity: Option<String>,
    /// Whom the words are about, when a readout reports one person's words through another.
    pub about: Option<String>,
    /// The cue of the main rendering.
    pub cue: Option<String>,
    /// Carried by more than one article.
    pub corroborated: bool,
    /// Every rendering.
    pub occurrences: Vec<QuoteOccurrence>,
}

/// Agreement of the outlets on one figure or position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// Several outlets give the same value.
    Agreed,
    /// Outlets give different values for the same quantity.
    Disputed,
    /// Only one outlet gives it.
    SingleSource,
    /// A position that changed over time (each value dated).
    Changed,
}

/// One outlet's value for a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClaimValue {
    /// The article.
    pub article: String,
    /// The words that give the value.
    pub text: String,
    /// The number, for figures.
    pub value: Option<f64>,
    /// What is counted ("tourists", "sites").
    pub unit: Option<String>,
    /// "more than", "at least", "about", … when the figure is a bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<String>,
    /// A composed total ("25 tourists and a guide" = 26 people), when the words give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// For positions: whether the words affirm (`true`) or deny (`false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affirmed: Option<bool>,
    /// The article's reference date.
    pub date: Option<NaiveDate>,
    /// Byte offset in the article's text.
    pub start: usize,
    /// One past the end.
    pub end: usize,
}

/// A figure or position as the outlets give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Claim {
    /// Id within the story (`c1`, …).
    pub id: String,
    /// What the claim is about ("kill · tourists", "offer").
    pub about: String,
    /// Agreed, disputed, single-source or changed.
    pub status: ClaimStatus,
    /// Each outlet's value.
    pub values: Vec<ClaimValue>,
}

/// A dated event of the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimelineEntry {
    /// When.
    pub date: NaiveDate,
    /// How precisely.
    pub precision: Precision,
    /// The sentence that reports it (from the first source).
    pub text: String,
    /// Every sentence that reports it.
    pub sources: Vec<Span>,
}

/// A sentence of the brief with the source spans it was taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BriefSentence {
    /// The sentence, verbatim from its first source.
    pub text: String,
    /// Where it stands: the first span is the sentence itself; others are outlets saying the same.
    pub sources: Vec<Span>,
}

/// One outlet's report of the story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Coverage {
    /// The article.
    pub article: String,
    /// The outlet, when known.
    pub source: Option<String>,
    /// Publication date, when known.
    pub published: Option<NaiveDate>,
    /// The earliest report of the story.
    pub first: bool,
    /// The report it copies, when it is a reprint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
    /// Quotes it carries.
    pub quotes: usize,
    /// Figures it gives.
    pub figures: usize,
}

/// A problem with one input; the rest of the batch goes on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct InputError {
    /// The file (`-` for standard input).
    pub path: String,
    /// 1-based line, for line-oriented inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}: line {}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The result of `crosswire analyze`: the contract every later tool reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Analysis {
    /// Version of this output format.
    pub format_version: u32,
    /// Every article read, in input order.
    pub articles: Vec<Article>,
    /// Every article belongs to exactly one story.
    pub stories: Vec<Story>,
    /// Inputs that could not be read (also printed on standard error).
    pub errors: Vec<InputError>,
}

impl Quote {
    /// Where each rendering of the quote stands, as spans (for citations).
    pub fn spans(&self) -> Vec<Span> {
        self.occurrences
            .iter()
            .map(|o| Span {
                article: o.article.clone(),
                start: o.start,
                end: o.end,
            })
            .collect()
    }
}

impl ClaimStatus {
    /// How a reader is told the status ("single source", "changed over time").
    pub fn label(self) -> &'static str {
        match self {
            ClaimStatus::Agreed => "agreed",
            ClaimStatus::Disputed => "disputed",
            ClaimStatus::SingleSource => "single source",
            ClaimStatus::Changed => "changed over time",
        }
    }

    /// A one-word name, for style classes.
    pub fn short(self) -> &'static str {
        match self {
            ClaimStatus::Agreed => "agreed",
            ClaimStatus::Disputed => "disputed",
            ClaimStatus::SingleSource => "single",
            ClaimStatus::Changed => "changed",
        }
    }
}

impl ClaimValue {
    /// Where this value stands, as a span (for citations).
    pub fn span(&self) -> Span {
        Span {
            article: self.article.clone(),
            start: self.start,
            end: self.end,
        }
    }
}

/// Current value of [`Analysis::format_version`].
pub const FORMAT_VERSION: u32 = 1;

/// The largest index `<= n` that falls on a character boundary of `s`.
pub fn floor_char_boundary(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    let mut n = n;
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}
