//! Print what the extractors find in each report under the given paths, for looking at errors:
//! `cargo run -p crosswire --example inspect -- sentences|entities|quotes|speakers PATH...`.
//! `speakers` reads each file as plain text, as `crosswire eval quotes` does, and prints every
//! quote occurrence with the speaker written and the one resolved across the article.
fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_default();
    let paths: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    if what == "speakers" {
        use crosswire::reconcile::{entities, quotes};
        for path in &paths {
            let Ok(text) = std::fs::read_to_string(path) else {
                eprintln!("{}: not readable as UTF-8 text", path.display());
                continue;
            };
            let id = "a";
            let index = entities::reconcile(&[entities::ArticleText { id, text: &text }]);
            let article = quotes::ArticleQuotes {
                id,
                text: &text,
                origin: id,
            };
            println!("== {}", path.display());
            for q in quotes::reconcile(&[article], &index) {
                for o in &q.occurrences {
                    println!(
                        "  [{}] {:?} <- written {:?}, resolved {:?} (quote: {:?})",
                        q.kind, o.text, o.speaker_text, o.speaker, q.speaker
                    );
                }
            }
        }
        return;
    }
    for r in crosswire::ingest::Inputs::new(paths, Default::default()).filter_map(Result::ok) {
        let Ok(p) = crosswire::pipeline::process_record(&r) else {
            continue;
        };
        let text = &p.article.text;
        println!("== {}", r.path);
        match what.as_str() {
            "sentences" => {
                for s in crosswire::extract::sentences::split(text) {
                    println!("  | {}", &text[s.start..s.end]);
                }
            }
            "entities" => {
                for m in crosswire::extract::entities::find(text) {
                    println!(
                        "  {:<35} {:?} role={:?} canon={:?} cue={} speaks={}",
                        m.text, m.kind, m.role, m.canonical, m.place_cue, m.speaks
                    );
                }
            }
            "quotes" => {
                for q in crosswire::extract::quotes::find(text) {
                    println!(
                        "  [{:?}] {:?} <- {:?} cue={:?} about={:?}",
                        q.kind, q.text, q.speaker, q.cue, q.about
                    );
                }
            }
            other => {
                eprintln!("unknown view {other:?}: use sentences, entities, quotes or speakers");
                std::process::exit(2);
            }
        }
    }
}
