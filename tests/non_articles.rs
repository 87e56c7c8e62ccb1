//! A page that is not an article (a section front, a listing, a product page) is still reported,
//! with the verdict that says why, but it belongs to no story: not in `analyze` (streamed or held
//! in memory) and not in `stream`.

mod common;

use serde_json::Value;

/// A section front: a list of teasers that all speak of the seed story's words, so that only the
/// verdict keeps it out of that story.
fn section_front() -> String {
    let teasers: String = (0..12)
        .map(|i| {
            format!(
                "<li><a href=\"/world/story-{i}\">Kashmir attack: India and Pakistan trade fire, update {i}</a><p>Tourists killed in Pahalgam, teaser {i}.</p></li>"
            )
        })
        .collect();
    format!("<html><head><title>World news</title></head><body><ul>{teasers}</ul></body></html>")
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn a_listing_page_is_reported_but_in_no_story() {
    let dir = common::tempdir("non-articles");
    let page = dir.join("world.html");
    std::fs::write(&page, section_front()).unwrap();
    let page = page.to_str().unwrap();
    for args in [
        vec!["analyze", "examples/seeds", page],
        vec!["analyze", "--pretty", "examples/seeds", page],
    ] {
        let doc = json(&common::run(&args, None));
        let articles = doc["articles"].as_array().unwrap();
        assert_eq!(articles.len(), 6, "{args:?}");
        let listing = articles
            .iter()
            .find(|a| a["page"]["is_article"] == Value::Bool(false))
            .expect("the section front is reported, judged not an article");
        assert!(!listing["page"]["reason"].as_str().unwrap().is_empty());
        let id = listing["id"].as_str().unwrap();
        let stories = doc["stories"].as_array().unwrap();
        assert!(
            stories
                .iter()
                .all(|s| s["articles"].as_array().unwrap().iter().all(|a| a != id)),
            "{args:?}: the section front is in a story"
        );
        // The five seed reports still make their one story.
        assert_eq!(stories.len(), 1, "{args:?}");
        assert_eq!(stories[0]["articles"].as_array().unwrap().len(), 5);
    }

    let out = common::run(&["stream", "--batch", "8", "examples/seeds", page], None);
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    let (outside, inside): (Vec<&Value>, Vec<&Value>) =
        lines.iter().partition(|l| l["story"].is_null());
    assert_eq!(outside.len(), 1);
    assert!(outside[0]["not_an_article"].is_string());
    assert_eq!(outside[0]["opened"], Value::Bool(false));
    assert!(inside.iter().all(|l| l["story"] == inside[0]["story"]));
}
