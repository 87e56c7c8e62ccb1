//! Property tests: arbitrary bytes and strings never panic any parser, and every span the
//! pipeline produces slices its article's text.

use crosswire::clean::{self, normalize};
use crosswire::ingest::{decode, Record, RecordFields};
use crosswire::meta::{dateline, dates};
use crosswire::model::InputFormat;
use crosswire::pipeline::process_record;
use proptest::prelude::*;

/// Strings that look like news text: words, punctuation, quotes, dates, newlines, some Unicode.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("WASHINGTON: ".to_string()),
        Just("New Delhi, May 10 \u{2013} ".to_string()),
        Just("on Thursday".to_string()),
        Just("last month".to_string()),
        Just("Date: 2025-05-08\n".to_string()),
        Just("Latest News\n".to_string()),
        Just("\u{2026} ".to_string()),
        Just("\u{201c}quoted,\u{201d} she said. ".to_string()),
        Just("de -escalation ".to_string()),
        Just("Getty Images\n".to_string()),
        Just(", ".to_string()),
        Just("\n\n".to_string()),
        "[A-Za-z]{1,12} ",
        "\\PC{0,8}",
        "[0-9]{1,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn record(body: String, html: bool) -> Record {
    Record {
        path: "prop".into(),
        line: None,
        format: if html {
            InputFormat::Html
        } else {
            InputFormat::Text
        },
        input_bytes: body.len(),
        body,
        body_is_html: html,
        fields: RecordFields::default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = decode::decode(&bytes, None);
        let _ = decode::html_declared_charset(&bytes);
    }

    #[test]
    fn text_stages_never_panic_and_spans_hold(text in newsish()) {
        let c = clean::clean_text(&text);
        let _ = dateline::find(&text);
        let mut last_end = 0;
        for s in crosswire::extract::sentences::split(&text) {
            prop_assert!(s.start >= last_end && s.start < s.end);
            prop_assert!(text.get(s.start..s.end).is_some());
            last_end = s.end;
        }
        for f in dates::find(&text) {
            prop_assert!(text.get(f.start..f.end).is_some());
            let _ = dates::resolve(f.expr, chrono::NaiveDate::from_ymd_opt(2025, 5, 8));
        }
        let n = normalize::for_matching(&c.text, &c.repairs);
        prop_assert_eq!(n.origin.len(), n.text.len() + 1);
        for (i, _) in n.text.char_indices() {
            let (s, e) = n.original_range(i, n.text.len());
            prop_assert!(c.text.get(s..e).is_some(), "range {}..{} of {:?}", s, e, c.text);
        }
        if let Ok(p) = process_record(&record(text, false)) {
            let a = &p.article;
            if let Some(d) = &a.dateline {
                prop_assert_eq!(a.text.get(d.start..d.end), Some(d.text.as_str()));
            }
            for r in &a.repairs {
                prop_assert_eq!(a.text.get(r.start..r.end), Some(r.original.as_str()));
            }
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,400}") {
        let _ = process_record(&record(text.clone(), false));
        let _ = dates::parse_date_value(&text);
        let _ = dates::date_from_url(&text);
    }

    #[test]
    fn html_never_panics(body in "(<[a-z]{1,6}( [a-z]{1,5}=\"[^\"]{0,10}\")?>|</[a-z]{1,6}>|[^<]{0,30}){0,40}") {
        let _ = process_record(&record(body, true));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn extractors_never_panic_and_their_spans_hold(text in newsish()) {
        for q in crosswire::extract::quotes::find(&text) {
            prop_assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
        }
        for m in crosswire::extract::entities::find(&text) {
            prop_assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
        for f in crosswire::extract::figures::find(&text) {
            prop_assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        }
        let _ = crosswire::cluster::minhash::signature(&text);
    }

    #[test]
    fn a_story_of_arbitrary_reports_never_panics(a in newsish(), b in newsish()) {
        let mk = |id: &str, text: &str| crosswire::model::Article {
            id: id.into(), input_id: None, path: id.into(), line: None, format: InputFormat::Text,
            url: None, source: None, source_from: None, title: None, title_from: None, dateline: None,
            published: chrono::NaiveDate::from_ymd_opt(2025, 5, 8), published_from: None,
            reference_date: chrono::NaiveDate::from_ymd_opt(2025, 5, 8), reference_date_from: None,
            language: None, authors: vec![], keywords: vec![], text: text.into(), removed: vec![],
            repairs: vec![], dates: crosswire::meta::resolve_mentions(text, chrono::NaiveDate::from_ymd_opt(2025, 5, 8)),
            duplicate_of: None, duplicate_similarity: None, page: None, extra: Default::default(),
        };
        let (x, y) = (mk("x", &a), mk("y", &b));
        let parts = crosswire::reconcile::story(&[&x, &y]);
        for e in &parts.entities {
            for m in &e.mentions {
                let t = if m.article == "x" { &a } else { &b };
                prop_assert!(t.get(m.start..m.end).is_some());
            }
        }
        for q in &parts.quotes {
            for o in &q.occurrences {
                let t = if o.article == "x" { &a } else { &b };
                prop_assert_eq!(t.get(o.start..o.end), Some(o.text.as_str()));
            }
        }
    }

    #[test]
    fn warc_and_feed_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..600)) {
        let dir = std::env::temp_dir().join(format!("crosswire-prop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n".to_vec();
        warc.extend_from_slice(&body);
        std::fs::write(dir.join("x.warc"), &warc).unwrap();
        let mut feed = b"<?xml version=\"1.0\"?><rss><channel><item><description>".to_vec();
        feed.extend_from_slice(&body);
        std::fs::write(dir.join("y.xml"), &feed).unwrap();
        for r in crosswire::ingest::Inputs::new(vec![dir.clone()], Default::default()) {
            let _ = r.map(|r| process_record(&r));
        }
    }
}
