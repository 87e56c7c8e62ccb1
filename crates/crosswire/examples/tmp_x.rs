use crosswire::ingest::decode;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).unwrap();
    let html = decode::decode(&bytes, decode::html_declared_charset(&bytes))
        .unwrap()
        .text;
    let url = args.get(2).map(|s| s.as_str());
    let c = crosswire::clean::clean_html(&html, url);
    println!("{}", c.text);
    for r in &c.removed {
        eprintln!("REMOVED {:?}", r);
    }
    if let Some(h) = &c.html {
        eprintln!("PAGE_TYPE {:?} VERDICT {:?}", h.page_type, h.verdict);
    }
}
