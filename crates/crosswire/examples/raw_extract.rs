//! Print rs-trafilatura's own extraction of each HTML file as JSON lines (for comparing with
//! crosswire's cleaned text).
fn main() {
    for path in std::env::args().skip(1) {
        let records: Vec<_> = crosswire::ingest::Inputs::new(vec![path.into()], Default::default())
            .filter_map(Result::ok)
            .collect();
        for r in records {
            let text = rs_trafilatura::extract(&r.body)
                .map(|x| x.content_text)
                .unwrap_or_default();
            println!("{}", serde_json::json!({"path": r.path, "text": text}));
        }
    }
}
