//! Print the sentences of each report under the given paths, one per line.
fn main() {
    let paths = std::env::args().skip(1).map(Into::into).collect();
    for r in crosswire::ingest::Inputs::new(paths, Default::default()).filter_map(Result::ok) {
        let Ok(p) = crosswire::pipeline::process_record(&r) else {
            continue;
        };
        println!("== {}", r.path);
        for s in crosswire::extract::sentences::split(&p.article.text) {
            println!("  | {}", &p.article.text[s.start..s.end]);
        }
    }
}
