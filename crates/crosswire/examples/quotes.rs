//! Print the quotes found in each report under the given paths.
fn main() {
    let paths = std::env::args().skip(1).map(Into::into).collect();
    for r in crosswire::ingest::Inputs::new(paths, Default::default()).filter_map(Result::ok) {
        let Ok(p) = crosswire::pipeline::process_record(&r) else {
            continue;
        };
        println!("== {}", r.path);
        for q in crosswire::extract::quotes::find(&p.article.text) {
            println!(
                "  [{:?}] {:?} <- {:?} cue={:?} about={:?}{}",
                q.kind,
                q.text,
                q.speaker,
                q.cue,
                q.about,
                if q.floating { " (floating)" } else { "" }
            );
        }
    }
}
