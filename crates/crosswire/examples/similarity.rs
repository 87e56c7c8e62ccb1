//! Print the pairwise story similarity of the reports under the given paths.
fn main() {
    let paths = std::env::args().skip(1).map(Into::into).collect();
    let processed: Vec<_> = crosswire::ingest::Inputs::new(paths, Default::default())
        .filter_map(Result::ok)
        .filter_map(|r| crosswire::pipeline::process_record(&r).ok())
        .collect();
    let docs: Vec<_> = processed.iter().map(|p| p.doc.clone()).collect();
    let params = crosswire::cluster::Params::default();
    for (i, row) in crosswire::cluster::pairwise(&docs, &params)
        .iter()
        .enumerate()
    {
        let cells: Vec<String> = row.iter().map(|s| format!("{s:.2}")).collect();
        println!(
            "{:>40} {}",
            processed[i].article.path.rsplit('/').next().unwrap(),
            cells.join(" ")
        );
    }
}
