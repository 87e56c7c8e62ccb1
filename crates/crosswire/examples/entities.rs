//! Print the names found in each report under the given paths.
fn main() {
    let paths = std::env::args().skip(1).map(Into::into).collect();
    for r in crosswire::ingest::Inputs::new(paths, Default::default()).filter_map(Result::ok) {
        let Ok(p) = crosswire::pipeline::process_record(&r) else {
            continue;
        };
        println!("== {}", r.path);
        for m in crosswire::extract::entities::find(&p.article.text) {
            println!(
                "  {:<35} {:?} role={:?} canon={:?} cue={} speaks={}",
                m.text, m.kind, m.role, m.canonical, m.place_cue, m.speaks
            );
        }
    }
}
