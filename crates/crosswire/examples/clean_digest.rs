//! A digest of what `clean_html` makes of every page in some folders: one line per page (the
//! hash of its `Cleaned`, debug-printed) and a total on stderr. Two builds that print the same
//! lines extract the same texts and metadata; this is how a speed patch to the vendored
//! extractor is shown to change nothing (`vendor/rs-trafilatura/PATCHES.md`).
//!
//! ```text
//! cargo run --release -p crosswire --example clean_digest -- DIR... > before.txt
//! ```
//!
//! Pages are `.html`/`.htm` files, gzip allowed (`.html.gz`); read as UTF-8 with bad bytes
//! replaced.

use std::hash::{Hash, Hasher};
use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut all = std::collections::hash_map::DefaultHasher::new();
    let mut pages = 0;
    for dir in std::env::args().skip(1) {
        let mut paths: Vec<_> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        for path in paths {
            let name = path.to_string_lossy().to_string();
            if !name.contains(".htm") {
                continue;
            }
            let mut bytes = std::fs::read(&path)?;
            if name.ends_with(".gz") {
                let mut plain = Vec::new();
                flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut plain)?;
                bytes = plain;
            }
            let html = String::from_utf8_lossy(&bytes);
            let cleaned = format!("{:?}", crosswire::clean::clean_html(&html, None));
            cleaned.hash(&mut all);
            let mut one = std::collections::hash_map::DefaultHasher::new();
            cleaned.hash(&mut one);
            println!("{:016x} {name}", one.finish());
            pages += 1;
        }
    }
    eprintln!("{pages} pages, digest {:016x}", all.finish());
    Ok(())
}
