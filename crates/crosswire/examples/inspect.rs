//! Print what the extractors find in each report under the given paths, for looking at errors:
//! `cargo run -p crosswire --example inspect -- sentences|entities|quotes PATH...`.
fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_default();
    let paths = args.map(Into::into).collect();
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
                eprintln!("unknown view {other:?}: use sentences, entities or quotes");
                std::process::exit(2);
            }
        }
    }
}
