//! The seed story's intelligence scored against the hand annotation: entities with aliases,
//! quotes with speakers and outlets, figures with agreement, timeline, and a brief whose every
//! span verifies against its article.

mod common;

use std::collections::{BTreeSet, HashMap};

use common::{analyze, root};
use serde_json::Value;

struct Seeds {
    gold: Value,
    analysis: Value,
    /// Gold file name → article id.
    id_of: HashMap<String, String>,
    /// Article id → text.
    text_of: HashMap<String, String>,
}

fn seeds() -> Seeds {
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/seeds.gold.json")).unwrap(),
    )
    .unwrap();
    let (code, analysis, stderr) = analyze(&[&root().join("examples/seeds")]);
    assert_eq!(code, 0, "{stderr}");
    let mut id_of = HashMap::new();
    let mut text_of = HashMap::new();
    for a in analysis["articles"].as_array().unwrap() {
        let file = a["path"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_string();
        id_of.insert(file, a["id"].as_str().unwrap().to_string());
        text_of.insert(
            a["id"].as_str().unwrap().to_string(),
            a["text"].as_str().unwrap().to_string(),
        );
    }
    Seeds {
        gold,
        analysis,
        id_of,
        text_of,
    }
}

fn story(s: &Seeds) -> &Value {
    let stories = s.analysis["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1);
    &stories[0]
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The strings of a JSON array; an absent (empty, so not serialised) array gives none.
fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn entities_with_aliases_merged() {
    let s = seeds();
    let entities = story(&s)["entities"].as_array().unwrap();
    let forms = |e: &Value| -> Vec<String> {
        let mut f = strs(&e["aliases"]);
        f.push(e["name"].as_str().unwrap().to_string());
        f.extend(
            e["variants"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|v| v["text"].as_str().unwrap().to_string()),
        );
        f
    };
    let gold = s.gold["entities"].as_array().unwrap();
    let mut found = 0;
    let mut missing = Vec::new();
    for g in gold {
        let name = g["name"].as_str().unwrap();
        let kind = g["type"].as_str().unwrap();
        let galiases = strs(&g["aliases"]);
        let hits: Vec<&Value> = entities
            .iter()
            .filter(|e| e["type"] == kind)
            .filter(|e| {
                let f = forms(e);
                galiases
                    .iter()
                    .any(|a| f.iter().any(|x| x.eq_ignore_ascii_case(a)))
                    || f.iter().any(|x| x.eq_ignore_ascii_case(name))
            })
            .collect();
        if hits.is_empty() {
            missing.push(name.to_string());
            continue;
        }
        found += 1;
        if kind == "person" {
            assert_eq!(hits.len(), 1, "{name} is split over {hits:?}");
            let f = forms(hits[0]);
            for a in &galiases {
                // Title forms ("General Asim Munir") are the name with a title before it.
                let merged = f
                    .iter()
                    .any(|x| x == a || (x.contains(' ') && a.ends_with(&format!(" {x}"))));
                assert!(merged, "{name}: alias {a} not merged (has {f:?})");
            }
        }
    }
    eprintln!(
        "entities found: {found} of {}; missing {missing:?}",
        gold.len()
    );
    assert!(
        found >= 21,
        "only {found} of {} gold entities found; missing {missing:?}",
        gold.len()
    );
    // Variants marked as such.
    let kashmir = entities
        .iter()
        .find(|e| e["name"] == "Kashmir")
        .expect("Kashmir");
    let variants: Vec<&str> = kashmir["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["text"].as_str().unwrap())
        .collect();
    assert!(
        variants.contains(&"Kasmhir") && variants.contains(&"cashmere"),
        "{variants:?}"
    );
    // Descriptions that point at a person are that person's mentions.
    let sharif = entities
        .iter()
        .find(|e| e["name"] == "Shehbaz Sharif")
        .unwrap();
    assert!(
        strs(&sharif["descriptions"]).contains(&"the Pakistani Prime Minister".to_string()),
        "{sharif}"
    );
    // "the Saudi Foreign Minister" is nobody of the story.
    assert!(!entities
        .iter()
        .any(|e| strs(&e["descriptions"]).iter().any(|d| d.contains("Saudi"))));
    let rubio = entities
        .iter()
        .find(|e| e["name"] == "Marco Rubio")
        .unwrap();
    assert!(
        strs(&rubio["descriptions"])
            .iter()
            .any(|d| d.eq_ignore_ascii_case("the secretary of state")),
        "{rubio}"
    );
    // Nothing that stands only in boilerplate.
    for n in strs(&s.gold["not_in_story"]["names"]) {
        assert!(
            !entities.iter().any(|e| forms(e).iter().any(|f| f == &n)),
            "{n} stands only in boilerplate"
        );
    }
}

#[test]
fn quotes_with_speakers_and_outlets() {
    let s = seeds();
    let quotes = story(&s)["quotes"].as_array().unwrap();
    let gold = s.gold["quotes"].as_array().unwrap();
    let mut found = 0;
    let mut speakers_right = 0;
    let mut misses = Vec::new();
    for g in gold {
        let occs = g["occurrences"].as_array().unwrap();
        // Which predicted quote holds each gold occurrence: of those with an occurrence in the
        // same article covering half its words, the one covering most (the first on a tie), so
        // that a long reported sentence sharing a few words does not take it.
        let holders: Vec<Option<usize>> = occs
            .iter()
            .map(|o| {
                let article = &s.id_of[o["article"].as_str().unwrap()];
                let gw = words(o["text"].as_str().unwrap());
                let shared = |q: &Value| {
                    q["occurrences"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|p| p["article"] == article.as_str())
                        .map(|p| gw.intersection(&words(p["text"].as_str().unwrap())).count())
                        .max()
                        .unwrap_or(0)
                };
                let best = quotes.iter().map(shared).max().unwrap_or(0);
                (best > 0 && best * 2 >= gw.len())
                    .then(|| quotes.iter().position(|q| shared(q) == best))
                    .flatten()
            })
            .collect();
        let Some(first) = holders.iter().flatten().next() else {
            misses.push(g["id"].as_str().unwrap().to_string());
            continue;
        };
        found += 1;
        let q = &quotes[*first];
        let speaker = q["speaker"].as_str().unwrap_or("").to_lowercase();
        let right = strs(&g["speaker_any"]).iter().any(|a| {
            let a = a.to_lowercase();
            !speaker.is_empty() && (speaker.contains(&a) || a.contains(&speaker))
        });
        if right {
            speakers_right += 1;
        } else {
            eprintln!(
                "speaker of {}: {speaker:?}, gold {:?}",
                g["id"], g["speaker_any"]
            );
        }
        // A quote several outlets carry is one quote.
        let articles: BTreeSet<&str> = occs
            .iter()
            .map(|o| o["article"].as_str().unwrap())
            .collect();
        if articles.len() > 1 {
            assert!(
                holders.iter().all(|h| *h == Some(*first)),
                "{} is split: {holders:?}",
                g["id"]
            );
            assert_eq!(q["corroborated"], true);
        }
        if g["single_source"] == true {
            assert_eq!(q["corroborated"], false, "{}", g["id"]);
        }
    }
    eprintln!(
        "quotes found {found} of {}, speakers right {speakers_right}; missed {misses:?}",
        gold.len()
    );
    assert!(
        found >= 12,
        "found {found} of {} quotes; missed {misses:?}",
        gold.len()
    );
    assert!(
        speakers_right as f64 >= 0.85 * found as f64,
        "speakers right for {speakers_right} of {found}"
    );
}

#[test]
fn figures_agree_disagree_or_stand_alone() {
    let s = seeds();
    let claims = story(&s)["claims"].as_array().unwrap();
    let claim_with = |file: &str, text: &str| -> &Value {
        let article = &s.id_of[file];
        claims
            .iter()
            .find(|c| {
                c["values"].as_array().unwrap().iter().any(|v| {
                    v["article"] == article.as_str() && text.contains(v["text"].as_str().unwrap())
                })
            })
            .unwrap_or_else(|| panic!("no claim for {text:?} in {file}"))
    };
    let toll_004 = claim_with("004_664e613bfae1bd6e.txt", "gunmen killed 26 tourists");
    let toll_003 = claim_with(
        "003_b9882e595d678b98.txt",
        "militants killing 25 Hindu tourists and a guide",
    );
    assert_eq!(toll_004, toll_003, "26 vs 25 tourists is one quantity");
    assert_eq!(toll_004["status"], "disputed");
    let composed = toll_003["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["value"] == 25.0)
        .unwrap();
    assert_eq!(
        composed["total"], 26.0,
        "25 tourists and a guide = 26 people"
    );
    let locations = claim_with("000_1cbcbe7be8865816.txt", "more than 26 locations");
    assert_ne!(
        locations, toll_004,
        "the same number of another thing is another claim"
    );
    assert_eq!(locations["values"][0]["bound"], "more than");
    for (file, text) in [
        ("000_1cbcbe7be8865816.txt", "more than 26 locations"),
        (
            "003_b9882e595d678b98.txt",
            "struck nine sites in Pakistan, killing 31 people",
        ),
        (
            "004_664e613bfae1bd6e.txt",
            "India struck three of its air bases",
        ),
    ] {
        assert_eq!(claim_with(file, text)["status"], "single_source", "{text}");
    }
    // A position that changed is a change with its dates, not a contradiction.
    let change = claims
        .iter()
        .find(|c| c["status"] == "changed")
        .expect("a changed position");
    let values = change["values"].as_array().unwrap();
    assert_eq!(values[0]["affirmed"], false);
    assert_eq!(values[0]["date"], "2025-05-08");
    assert_eq!(values[1]["affirmed"], true);
    assert_eq!(values[1]["date"], "2025-05-10");
    assert_eq!(
        values[0]["article"],
        s.id_of["001_3d99511ff6c84048.txt"].as_str()
    );
}

#[test]
fn timeline_events_with_their_dates() {
    let s = seeds();
    let timeline = story(&s)["timeline"].as_array().unwrap();
    let gold = s.gold["timeline"].as_array().unwrap();
    let mut found = 0;
    for g in gold {
        let date = g["date"].as_str().unwrap();
        let garticles: BTreeSet<&str> = g["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| s.id_of[a.as_str().unwrap()].as_str())
            .collect();
        let gw = words(g["event"].as_str().unwrap());
        let hit = timeline.iter().any(|t| {
            t["date"] == date
                && t["sources"].as_array().unwrap().iter().any(|src| {
                    let article = src["article"].as_str().unwrap();
                    let text = &s.text_of[article][src["start"].as_u64().unwrap() as usize
                        ..src["end"].as_u64().unwrap() as usize];
                    garticles.contains(article)
                        && words(text)
                            .intersection(&gw)
                            .filter(|w| w.len() > 3)
                            .count()
                            >= 2
                })
        });
        if hit {
            found += 1;
        } else {
            eprintln!("timeline miss: {date} {}", g["event"]);
        }
    }
    eprintln!("timeline events found {found} of {}", gold.len());
    assert!(found >= 6, "{found} of {} timeline events", gold.len());
}

#[test]
fn every_span_verifies_and_every_brief_sentence_is_cited() {
    let s = seeds();
    let st = story(&s);
    let check = |span: &Value, expected: Option<&str>| {
        let article = span["article"].as_str().unwrap();
        let text = &s.text_of[article];
        let (a, b) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        let slice = text
            .get(a..b)
            .unwrap_or_else(|| panic!("span {a}..{b} off {article}"));
        if let Some(e) = expected {
            assert_eq!(slice, e);
        }
        slice.to_string()
    };
    for e in st["entities"].as_array().unwrap() {
        let forms: Vec<String> = strs(&e["aliases"])
            .into_iter()
            .chain(
                e["variants"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|v| v["text"].as_str().unwrap().to_string()),
            )
            .chain(
                e["descriptions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|v| v.as_str().unwrap().to_string()),
            )
            .collect();
        for m in e["mentions"].as_array().unwrap() {
            let got = check(m, None);
            assert!(
                forms.contains(&got),
                "mention {got:?} of {} is not one of its forms",
                e["name"]
            );
        }
    }
    for q in st["quotes"].as_array().unwrap() {
        for o in q["occurrences"].as_array().unwrap() {
            check(o, o["text"].as_str());
        }
    }
    for c in st["claims"].as_array().unwrap() {
        for v in c["values"].as_array().unwrap() {
            check(v, v["text"].as_str());
        }
    }
    for t in st["timeline"].as_array().unwrap() {
        let first = check(&t["sources"][0], None);
        assert_eq!(first, t["text"].as_str().unwrap());
    }
    let brief = st["brief"].as_array().unwrap();
    assert!(!brief.is_empty());
    for b in brief {
        let sources = b["sources"].as_array().unwrap();
        assert!(!sources.is_empty(), "uncited brief sentence {b}");
        assert_eq!(
            check(&sources[0], None),
            b["text"].as_str().unwrap(),
            "a brief sentence is its first source verbatim"
        );
        for src in sources {
            check(src, None);
        }
    }
    let coverage = st["coverage"].as_array().unwrap();
    assert_eq!(coverage.len(), 5);
    assert_eq!(coverage.iter().filter(|c| c["first"] == true).count(), 1);
    assert_eq!(
        coverage[0]["article"],
        s.id_of["001_3d99511ff6c84048.txt"].as_str(),
        "the 8 May report came first"
    );
}

#[test]
fn a_reprint_is_not_a_second_source() {
    let dir = common::tempdir("reprint");
    for entry in std::fs::read_dir(root().join("examples/seeds")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    // A syndicated copy of 002 with its own furniture.
    let original =
        std::fs::read_to_string(root().join("examples/seeds/002_56bf569e7975ecb5.txt")).unwrap();
    std::fs::write(
        dir.join("zz_reprint.txt"),
        format!("Source: reprints.test\n{original}\nRead more\n"),
    )
    .unwrap();
    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 0, "{stderr}");
    let id_of = |suffix: &str| {
        common::article(&a, suffix)["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let reprint = common::article(&a, "zz_reprint.txt");
    assert_eq!(reprint["duplicate_of"], id_of("002_56bf569e7975ecb5.txt"));
    let stories = a["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "the copy joins its original's story");
    let quotes = stories[0]["quotes"].as_array().unwrap();
    let concerned = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("We are concerned"))
        .unwrap();
    assert_eq!(
        concerned["occurrences"].as_array().unwrap().len(),
        2,
        "both renderings are kept"
    );
    assert_eq!(
        concerned["corroborated"], false,
        "a reprint does not corroborate"
    );
    let coverage = stories[0]["coverage"].as_array().unwrap();
    assert!(coverage
        .iter()
        .any(|c| c["copy_of"] == id_of("002_56bf569e7975ecb5.txt")));
}
