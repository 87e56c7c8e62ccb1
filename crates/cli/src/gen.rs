//! `crosswire bench gen`: a synthetic corpus with story structure, for measuring the pipeline at
//! scale. Stories have their own people, places and topic words; reports of a story vary their
//! sentences; some reports are near-duplicates (light edits) and some exact reprints. Every
//! record carries its gold `story` label. Deterministic for a given seed.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct GenArgs {
    /// Number of reports.
    #[arg(long, default_value_t = 100_000)]
    articles: usize,
    /// Mean reports per story.
    #[arg(long, default_value_t = 8)]
    per_story: usize,
    /// Output JSONL file (`-` for standard output).
    #[arg(long, default_value = "-")]
    out: PathBuf,
    /// Seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ten", "so", "vel", "da", "ri", "no", "bar", "el", "ta", "gor", "un",
    "si", "mar", "ve", "lin", "do",
];
const FILLER: &[&str] = &[
    "officials said the situation remained tense",
    "the government has not commented on the report",
    "residents described a day of uncertainty",
    "analysts expect further talks in the coming weeks",
    "the opposition criticised the decision",
    "police were deployed across the area",
    "the ministry said an investigation had been opened",
    "markets reacted cautiously to the news",
];
const VERBS: &[&str] = &["said", "told reporters", "added", "warned", "announced"];
const OUTLETS: &[&str] = &[
    "Daily Ledger",
    "The Courier",
    "Metro Wire",
    "Evening Post",
    "Global Desk",
    "Harbour News",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

struct Story {
    people: Vec<String>,
    place: String,
    topic: Vec<String>,
    day: u32,
}

/// A story's words, drawn the way news vocabulary is: given names and topical words from small
/// shared pools (400 and 8,000 words: many stories use them), surnames, places and the story's
/// own words from large ones (160,000 and 3.2 million: rare across a corpus, as real names are).
/// Without the rare part, every word of a million-report corpus would be carried by thousands
/// of reports, which no real corpus does.
fn story(rng: &mut Rng) -> Story {
    Story {
        people: (0..3)
            .map(|_| {
                format!(
                    "{} {}",
                    capitalise(&word(rng, 2)),
                    capitalise(&word(rng, 4))
                )
            })
            .collect(),
        place: capitalise(&word(rng, 4)),
        topic: (0..12)
            .map(|i| word(rng, if i % 2 == 0 { 3 } else { 5 }))
            .collect(),
        day: rng.below(300) as u32,
    }
}

fn report(rng: &mut Rng, s: &Story) -> (String, String) {
    let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
        + chrono::Days::new(u64::from(s.day) + rng.below(3) as u64);
    let who = rng.pick(&s.people).to_string();
    let title = format!(
        "{} {} in {}",
        capitalise(rng.pick(&s.topic)),
        rng.pick(&s.topic),
        s.place
    );
    let mut paras = vec![format!(
        "{}: {} {} the {} {} on Monday, {} said.",
        s.place.to_uppercase(),
        capitalise(rng.pick(&s.topic)),
        rng.pick(&s.topic),
        rng.pick(&s.topic),
        rng.pick(&s.topic),
        who
    )];
    for _ in 0..(6 + rng.below(8)) {
        let kind = rng.below(3);
        let p = match kind {
            0 => format!(
                "\u{201c}The {} and the {} will {} {},\u{201d} {} {}.",
                rng.pick(&s.topic),
                rng.pick(&s.topic),
                rng.pick(&s.topic),
                rng.pick(&s.topic),
                rng.pick(&s.people),
                VERBS[rng.below(VERBS.len())]
            ),
            1 => format!(
                "In {}, {} {} {} people, and {}.",
                s.place,
                rng.pick(&s.topic),
                rng.pick(&s.topic),
                10 + rng.below(90),
                FILLER[rng.below(FILLER.len())]
            ),
            _ => format!(
                "{} {} {}, {}.",
                capitalise(FILLER[rng.below(FILLER.len())]),
                rng.pick(&s.topic),
                rng.pick(&s.topic),
                rng.pick(&s.people)
            ),
        };
        paras.push(p);
    }
    (format!("{}\n\n{}", date, paras.join("\n\n")), title)
}

pub fn run(args: GenArgs) -> anyhow::Result<ExitCode> {
    let out: Box<dyn Write> = if args.out.as_os_str() == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(&args.out)?)
    };
    let (reports, stories) = write(out, args.articles, args.per_story, args.seed)?;
    eprintln!("wrote {reports} reports in {stories} stories");
    Ok(ExitCode::SUCCESS)
}

/// Write `articles` synthetic reports as JSONL, about `per_story` to a story; returns how many
/// reports and stories were written.
pub fn write(
    out: impl Write,
    articles: usize,
    per_story: usize,
    seed: u64,
) -> anyhow::Result<(usize, usize)> {
    let args = GenArgs {
        articles,
        per_story,
        out: PathBuf::new(),
        seed,
    };
    let mut rng = Rng(args.seed);
    let mut out = std::io::BufWriter::new(out);
    let mut n = 0usize;
    let mut story_no = 0usize;
    while n < args.articles {
        let s = story(&mut rng);
        let size = 1 + rng.below(args.per_story * 2);
        let mut written: Vec<(String, String, String)> = Vec::new();
        for _ in 0..size {
            if n == args.articles {
                break;
            }
            let roll = rng.below(100);
            let (body, title) = if roll < 5 && !written.is_empty() {
                // An exact reprint under another outlet.
                let w = &written[rng.below(written.len())];
                (w.0.clone(), w.1.clone())
            } else if roll < 15 && !written.is_empty() {
                // A near-duplicate: one sentence added.
                let w = &written[rng.below(written.len())];
                (
                    format!(
                        "{}\n\n{}.",
                        w.0,
                        capitalise(FILLER[rng.below(FILLER.len())])
                    ),
                    w.1.clone(),
                )
            } else {
                report(&mut rng, &s)
            };
            let (date, text) = body.split_once("\n\n").unwrap_or(("", &body));
            let record = serde_json::json!({
                "id": format!("g{n}"),
                "title": title,
                "source": OUTLETS[rng.below(OUTLETS.len())],
                "published": date,
                "text": text,
                "story": format!("s{story_no}"),
            });
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
            written.push((body.clone(), title, date.to_string()));
            n += 1;
        }
        story_no += 1;
    }
    out.flush()?;
    Ok((n, story_no))
}
