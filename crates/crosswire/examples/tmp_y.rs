fn main() {
    let html = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let options = rs_trafilatura::Options {
        page_type: Some(rs_trafilatura::page_type::PageType::Listing),
        ..Default::default()
    };
    println!(
        "{:?}",
        rs_trafilatura::extract_with_options(&html, &options).map(|r| r.content_text)
    );
}
