//! Each input format, end to end through the binary.

mod common;

use std::io::Write;

use common::{analyze, article, check_spans, run, tempdir};
use serde_json::Value;

#[test]
fn plain_text_with_loose_headers() {
    let dir = tempdir("text");
    std::fs::write(
        dir.join("report.txt"),
        "Title: Council Votes to Close Mine\nSource: Valley Times\nDate: March 3, 2024\n\nHELENA, Mont. (AP) \u{2014} The county council voted on Friday to close the mine.\n\nMiners said they would appeal next week.\n",
    )
    .unwrap();
    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 0, "{stderr}");
    let x = article(&a, "report.txt");
    assert_eq!(x["format"], "text");
    assert_eq!(x["title"], "Council Votes to Close Mine");
    assert_eq!(x["title_from"], "header");
    assert_eq!(x["source"], "Valley Times");
    assert_eq!(x["published"], "2024-03-03");
    assert_eq!(x["dateline"]["place"], "HELENA");
    assert_eq!(x["removed"].as_array().unwrap().len(), 3);
    assert!(x["text"]
        .as_str()
        .unwrap()
        .starts_with("HELENA, Mont. (AP)"));
    // "on Friday" read against Sunday 2024-03-03.
    let friday = x["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "on Friday")
        .unwrap();
    assert_eq!(friday["resolved"]["date"], "2024-03-01");
    check_spans(&a);
}

#[test]
fn jsonl_records_keep_their_ids_and_unknown_fields() {
    let dir = tempdir("jsonl");
    std::fs::write(
        dir.join("feed.jsonl"),
        concat!(
            r#"{"id": "x-1", "title": "Port strike ends", "text": "ROTTERDAM: Dock workers ended their strike on Tuesday after a pay deal.", "url": "https://www.portnews.test/2024/06/04/strike", "lang_hint": "en", "score": 3}"#,
            "\n",
            r#"{"id": 2, "body": "Dock workers in Rotterdam returned to work after a pay deal ended the strike.", "source": "Harbour Daily", "published": "2024-06-05T08:00:00+02:00"}"#,
            "\n"
        ),
    )
    .unwrap();
    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 0, "{stderr}");
    let arts = a["articles"].as_array().unwrap();
    assert_eq!(arts[0]["input_id"], "x-1");
    assert_eq!(arts[0]["line"], 1);
    assert_eq!(arts[0]["format"], "jsonl");
    assert_eq!(arts[0]["title"], "Port strike ends");
    assert_eq!(arts[0]["source"], "portnews.test");
    assert_eq!(arts[0]["source_from"], "url");
    assert_eq!(arts[0]["published"], "2024-06-04");
    assert_eq!(arts[0]["published_from"], "url");
    assert_eq!(arts[0]["extra"]["lang_hint"], "en");
    assert_eq!(arts[0]["extra"]["score"], 3);
    assert_eq!(arts[1]["input_id"], "2");
    assert_eq!(arts[1]["line"], 2);
    assert_eq!(arts[1]["source"], "Harbour Daily");
    assert_eq!(arts[1]["published"], "2024-06-05");
    assert_eq!(arts[1]["published_from"], "record");
}

#[test]
fn html_page_main_content_and_metadata() {
    let dir = tempdir("html");
    let body = "<p>The city council approved a new tram line on Wednesday after two years of debate, clearing the way for construction to start in the spring.</p>\
<p>\u{201c}This is the biggest investment in transport in a generation,\u{201d} the mayor said after the vote, which passed by 31 votes to 12.</p>\
<p>Opponents said the line would disrupt businesses along the route and promised to keep campaigning against it.</p>";
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council approves tram line | City Post</title>\
<meta property=\"og:site_name\" content=\"City Post\"><meta property=\"og:title\" content=\"Council approves tram line\">\
<meta property=\"article:published_time\" content=\"2024-09-18T09:30:00Z\"><link rel=\"canonical\" href=\"https://citypost.test/news/tram\"></head>\
<body><header><nav><a href=\"/\">Home</a><a href=\"/news\">News</a><a href=\"/sport\">Sport</a></nav></header>\
<main><article><h1>Council approves tram line</h1>{body}</article></main>\
<aside><h3>Most read</h3><ul><li><a href=\"/a\">Celebrity chef opens restaurant</a></li></ul></aside>\
<footer>\u{a9} 2024 City Post. All rights reserved.</footer></body></html>"
    );
    std::fs::write(dir.join("page.html"), html).unwrap();
    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 0, "{stderr}");
    let x = article(&a, "page.html");
    assert_eq!(x["format"], "html");
    let text = x["text"].as_str().unwrap();
    assert!(text.starts_with("The city council approved"), "{text}");
    assert_eq!(text.split("\n\n").count(), 3, "{text}");
    assert!(!text.contains("Celebrity chef") && !text.contains("All rights reserved"));
    assert_eq!(x["published"], "2024-09-18");
    assert_eq!(x["published_from"], "html_meta");
    assert_eq!(x["source"], "City Post");
    assert!(x["title"]
        .as_str()
        .unwrap()
        .contains("Council approves tram line"));
}

#[test]
fn legacy_encodings_and_utf16_are_decoded() {
    let dir = tempdir("enc");
    std::fs::write(
        dir.join("latin1.txt"),
        b"PARIS: Le ministre a d\xe9clar\xe9 lundi que la r\xe9forme \xe9tait termin\xe9e.\n",
    )
    .unwrap();
    let mut utf16 = vec![0xff, 0xfe];
    for u in "BERLIN: Die Regierung hat am Montag neue Regeln beschlossen.\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(dir.join("utf16.txt"), utf16).unwrap();
    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 0, "{stderr}");
    assert!(article(&a, "latin1.txt")["text"]
        .as_str()
        .unwrap()
        .contains("déclaré"));
    assert_eq!(article(&a, "latin1.txt")["language"], "fra");
    assert!(article(&a, "utf16.txt")["text"]
        .as_str()
        .unwrap()
        .starts_with("BERLIN: Die Regierung"));
    assert_eq!(article(&a, "utf16.txt")["language"], "deu");
}

#[test]
fn gzip_is_detected_by_content_and_stdin_is_read() {
    let dir = tempdir("gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(
        b"{\"id\": \"z\", \"text\": \"Compressed record about a bridge opening on Monday.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("data.bin"), enc.finish().unwrap()).unwrap();
    let (code, a, _) = analyze(&[&dir]);
    assert_eq!(code, 0);
    assert_eq!(a["articles"][0]["input_id"], "z");

    let out = run(
        &["analyze", "-"],
        Some(b"OSLO: Snow closed the airport on Tuesday.\n"),
    );
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["path"], "-");
    assert_eq!(v["articles"][0]["dateline"]["place"], "OSLO");
}

#[test]
fn markdown_brief_of_the_seeds() {
    let out = run(&["brief", "examples/seeds"], None);
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    for heading in [
        "## Summary",
        "## Who's who",
        "## Quotes",
        "## Figures and positions",
        "## Timeline",
        "## Coverage",
        "## Sources",
    ] {
        assert!(md.contains(heading), "{heading} missing:\n{md}");
    }
    assert!(md.contains("**disputed**"));
    assert!(md.contains("uncorroborated"));
    // Every summary line ends with its citations.
    let summary = md
        .split("## Summary")
        .nth(1)
        .unwrap()
        .split("## ")
        .next()
        .unwrap();
    for line in summary.lines().filter(|l| l.starts_with("- ")) {
        assert!(line.trim_end().ends_with(']'), "uncited: {line}");
    }
    let analysis_md =
        String::from_utf8(run(&["analyze", "--format", "markdown", "examples/seeds"], None).stdout)
            .unwrap();
    assert!(
        analysis_md.starts_with("# crosswire: 1 story from 5 reports"),
        "{analysis_md}"
    );
    assert!(analysis_md.contains("Removed:"));
}

#[test]
fn brief_html_and_json_escape_and_cite() {
    let dir = tempdir("hostile");
    std::fs::write(
        dir.join("a.txt"),
        "PARIS: The mayor said <script>alert(1)</script> was found on the city website on Monday. \"We will fix the website before the weekend,\" Mayor Anne Roy said.\n",
    )
    .unwrap();
    let out = run(&["brief", "--format", "html", dir.to_str().unwrap()], None);
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("Anne Roy"));
    let out = run(&["brief", "--format", "json", dir.to_str().unwrap()], None);
    let stories: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(stories[0]["brief"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| !b["sources"].as_array().unwrap().is_empty()));
}

#[test]
fn schema_in_docs_is_current() {
    let out = run(&["schema"], None);
    assert!(out.status.success());
    let generated: Value = serde_json::from_slice(&out.stdout).unwrap();
    let documented: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("docs/analyze.schema.json"))
            .expect("docs/analyze.schema.json exists"),
    )
    .unwrap();
    assert_eq!(
        generated, documented,
        "run `crosswire schema > docs/analyze.schema.json` and review the diff"
    );
}

/// Every key of the output is declared in the schema (the schema documents what is printed).
#[test]
fn output_keys_are_in_the_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("docs/analyze.schema.json")).unwrap(),
    )
    .unwrap();
    let (_, a, _) = analyze(&[&common::root().join("examples/seeds")]);
    let props = |def: &str| -> Vec<String> {
        let node = if def.is_empty() {
            &schema
        } else {
            &schema["$defs"][def]
        };
        node["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let check = |obj: &Value, def: &str| {
        let allowed = props(def);
        for k in obj.as_object().unwrap().keys() {
            assert!(
                allowed.contains(k),
                "{k} is printed but not in the schema's {def}"
            );
        }
    };
    check(&a, "");
    for x in a["articles"].as_array().unwrap() {
        check(x, "Article");
        for r in x["removed"].as_array().unwrap() {
            check(r, "Removal");
        }
    }
    for s in a["stories"].as_array().unwrap() {
        check(s, "Story");
    }
}

fn warc_record(kind: &str, uri: &str, block: &str) -> Vec<u8> {
    let rec = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-06-05T10:00:00Z\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    );
    // Common Crawl gzips every record on its own.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(rec.as_bytes()).unwrap();
    gz.finish().unwrap()
}

#[test]
fn warc_records_per_member_gzip_and_truncation() {
    let dir = tempdir("warc");
    let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Crawler-Content-Encoding: gzip\r\n\r\n<html><head><title>Bridge opens</title></head><body><article><p>The new bridge over the river opened to traffic on Wednesday morning after four years of construction, city officials said.</p><p>About 40,000 vehicles a day are expected to use it, the transport department said in a statement.</p></article></body></html>";
    let mut file = warc_record("warcinfo", "", "software: test");
    file.extend(warc_record(
        "response",
        "https://citypost.test/2024/06/05/bridge",
        page,
    ));
    file.extend(warc_record(
        "request",
        "https://citypost.test/2024/06/05/bridge",
        "GET / HTTP/1.1\r\n\r\n",
    ));
    file.extend(warc_record(
        "conversion",
        "https://citypost.test/other",
        "Plain text of another page about the council vote on Tuesday.",
    ));
    std::fs::write(dir.join("crawl.warc.gz"), &file).unwrap();
    let mut cut = file.clone();
    cut.extend(warc_record(
        "conversion",
        "https://citypost.test/third",
        "A third record that the damage cuts off.",
    ));
    cut.truncate(cut.len() - 20);
    std::fs::write(dir.join("cut.warc.gz"), &cut).unwrap();

    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 1, "{stderr}");
    let arts = a["articles"].as_array().unwrap();
    let from = |file: &str| {
        arts.iter()
            .filter(|x| x["path"].as_str().unwrap().ends_with(file))
            .count()
    };
    assert_eq!(from("crawl.warc.gz"), 2);
    assert_eq!(
        from("cut.warc.gz"),
        2,
        "the records before the damage are kept"
    );
    let page = arts
        .iter()
        .find(|x| x["url"] == "https://citypost.test/2024/06/05/bridge")
        .unwrap();
    assert_eq!(page["format"], "html");
    assert_eq!(page["published"], "2024-06-05");
    assert_eq!(page["source"], "citypost.test");
    assert_eq!(page["extra"]["warc_date"], "2024-06-05T10:00:00Z");
    assert_eq!(
        page["extra"]["http_headers"]["X-Crawler-Content-Encoding"],
        "gzip"
    );
    assert!(page["text"].as_str().unwrap().starts_with("The new bridge"));
    assert!(
        stderr.contains("cut.warc.gz: record 5: truncated"),
        "{stderr}"
    );
}

#[test]
fn common_crawl_fixtures_when_present() {
    let data = common::root().join("../shared/data/warc");
    if !data.is_dir() {
        eprintln!("skipped: {} not found", data.display());
        return;
    }
    let (_, a, stderr) = analyze(&[
        &data.join("ccnews-shaped.anserini-segment1.warc.gz"),
        &data.join("ccmain-2020-34.resiliparse-warcfile.warc.gz"),
        &data.join("ccmain.resiliparse-clipped.warc.gz"),
    ]);
    let arts = a["articles"].as_array().unwrap();
    assert!(
        arts.iter()
            .any(|x| x["url"]
                == "https://www.suncommunitynews.com/sports/eagles-claim-bowling-crown/")
    );
    assert!(
        arts.iter()
            .filter(|x| x["path"].as_str().unwrap().contains("resiliparse-warcfile"))
            .count()
            >= 10
    );
    assert!(
        stderr.contains("clipped.warc.gz: record 1: truncated"),
        "{stderr}"
    );
}

#[test]
fn rss_feed_items_are_reports() {
    let dir = tempdir("rss");
    std::fs::write(
        dir.join("feed.xml"),
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Daily</title>
<item><title>Port strike ends</title><link>https://harbour.test/strike</link><guid>s1</guid><pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate>
<description>ROTTERDAM: Dock workers ended their strike on Tuesday after a pay deal with the port operators.</description></item>
<item><title>Ferry delayed</title><link>https://harbour.test/ferry</link><guid>s2</guid><pubDate>Wed, 05 Jun 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The morning ferry to the islands was delayed by fog for three hours on Wednesday.&lt;/p&gt;</description></item>
</channel></rss>"#,
    )
    .unwrap();
    let (code, a, stderr) = analyze(&[&dir]);
    assert_eq!(code, 0, "{stderr}");
    let arts = a["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0]["title"], "Port strike ends");
    assert_eq!(arts[0]["source"], "Harbour Daily");
    assert_eq!(arts[0]["published"], "2024-06-04");
    assert_eq!(arts[0]["input_id"], "s1");
    assert_eq!(arts[1]["format"], "html");
    assert!(arts[1]["text"]
        .as_str()
        .unwrap()
        .starts_with("The morning ferry"));
}
