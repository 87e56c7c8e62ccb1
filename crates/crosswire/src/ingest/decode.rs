//! Bytes → text: byte-order marks, UTF-16, declared HTML charsets, sniffing of legacy encodings,
//! and the refusal of binary files.
//!
//! `encoding_rs` does the decoding and `chardetng` the guessing; what is written here is only the
//! order of evidence (BOM, then a declaration, then valid UTF-8, then the guess), which no crate
//! decides for us.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, with `\r\n` and `\r` turned into `\n` and control characters other than `\n`
    /// and `\t` removed.
    pub text: String,
    /// Name of the encoding used (`UTF-8`, `windows-1252`, …).
    pub encoding: &'static str,
}

/// Known binary signatures, with a name for the error message.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (
        b"\x28\xb5\x2f\xfd",
        "a zstd stream (not supported; gzip is)",
    ),
    (b"BZh", "a bzip2 stream (not supported; gzip is)"),
    (b"\xfd7zXZ", "an xz stream (not supported; gzip is)"),
    (b"SQLite format 3", "an SQLite database"),
];

/// Whether `bytes` start with a byte-order mark, and which encoding it announces.
pub fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes)
}

/// UTF-16 without a byte-order mark: many NUL bytes, all on the same parity.
pub fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even_nul += (pair[0] == 0) as usize;
        odd_nul += (pair[1] == 0) as usize;
    }
    let half = sample.len() / 2;
    // ASCII-heavy UTF-16 has a NUL in nearly every code unit's high byte.
    if odd_nul * 10 > half * 6 && even_nul * 10 < half {
        Some(UTF_16LE)
    } else if even_nul * 10 > half * 6 && odd_nul * 10 < half {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Why `bytes` are not text, if they are not. Call after ruling out UTF-16.
pub fn binary_reason(bytes: &[u8]) -> Option<String> {
    for (magic, name) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(format!("binary file ({name}), not text"));
        }
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = memchr::memchr(0, sample) {
        return Some(format!("binary file (NUL byte at offset {pos}), not text"));
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if sample.len() >= 64 && controls * 100 > sample.len() * 5 {
        return Some(format!(
            "binary file ({controls} control bytes in the first {} bytes), not text",
            sample.len()
        ));
    }
    None
}

/// The charset an HTML page declares in its first 2 KiB (`<meta charset>` or `http-equiv`).
pub fn html_declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len() && (lower[i].is_ascii_alphanumeric() || b"-_:.".contains(&lower[i])) {
            i += 1;
        }
        if i > start {
            if let Some(enc) = Encoding::for_label(&lower[start..i]) {
                // A page cannot really be UTF-16 if we could read its declaration as ASCII.
                return Some(if enc == UTF_16LE || enc == UTF_16BE {
                    UTF_8
                } else {
                    enc
                });
            }
        }
        from = i.max(from + pos + 1);
    }
    None
}

/// Decode `bytes`, trusting in order: a byte-order mark, `declared`, valid UTF-8, a guess.
///
/// Fails only when the bytes contradict what they declare (a BOM or declaration of UTF-8 or
/// UTF-16 followed by invalid sequences) or are binary.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, String> {
    if let Some((enc, bom_len)) = bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!(
                "starts with a {} byte-order mark but is not valid {}",
                enc.name(),
                enc.name()
            ));
        }
        return Ok(finish(&text, enc));
    }
    if let Some(enc) = sniff_utf16(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(format!("looks like {} but is not valid", enc.name()));
        }
        return Ok(finish(&text, enc));
    }
    if let Some(reason) = binary_reason(bytes) {
        return Err(reason);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(finish(text, UTF_8));
    }
    if let Some(enc) = declared.filter(|&e| e != UTF_8) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(finish(&text, enc));
    }
    // UTF-8 with a few broken sequences (a character cut in two by a truncation, a stray byte
    // from a pasted snippet) is still UTF-8: decoding it as a legacy encoding would turn every
    // other non-ASCII character into mojibake ("siÄ™" for "się").
    if mostly_utf8(bytes) {
        return Ok(finish(&String::from_utf8_lossy(bytes), UTF_8));
    }
    // Not UTF-8 and nothing declared (or a false UTF-8 declaration): guess.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok(finish(&text, enc))
}

/// Fewest well-formed multi-byte UTF-8 characters per invalid sequence for bytes to be taken as
/// UTF-8 with some damage. Text in a legacy encoding has next to no well-formed multi-byte
/// sequences (an accented letter is one byte followed by ASCII), so the two are far apart.
const UTF8_CHARS_PER_ERROR: usize = 20;

/// Whether bytes that are not valid UTF-8 are UTF-8 all the same, with a few invalid sequences:
/// at least [`UTF8_CHARS_PER_ERROR`] well-formed multi-byte characters per invalid sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut errors) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte += valid.bytes().filter(|b| b & 0xc0 == 0xc0).count();
                break;
            }
            Err(e) => {
                let valid = &rest[..e.valid_up_to()];
                multibyte += valid.iter().filter(|b| *b & 0xc0 == 0xc0).count();
                errors += 1;
                match e.error_len() {
                    Some(len) => rest = &rest[e.valid_up_to() + len..],
                    None => break,
                }
            }
        }
    }
    errors > 0 && multibyte >= errors * UTF8_CHARS_PER_ERROR
}

/// Normalise line ends and drop control characters that no text stage wants.
fn finish(text: &str, enc: &'static Encoding) -> Decoded {
    let needs_work = text
        .bytes()
        .any(|b| b == b'\r' || (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f);
    let text = if needs_work {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() != Some(&'\n') {
                        out.push('\n');
                    }
                }
                '\n' | '\t' => out.push(c),
                c if c.is_control() && (c as u32) < 0xa0 => {}
                c => out.push(c),
            }
        }
        out
    } else {
        text.to_string()
    };
    Decoded {
        text,
        encoding: enc.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_broken_sequence_stays_utf8() {
        // A declared (or undeclared) UTF-8 page with one character cut in two.
        let mut bytes = "Kolejne organizacje sprzeciwiają się atakom na Fundację. "
            .repeat(10)
            .into_bytes();
        bytes.extend_from_slice(b"papieros\xc3...</span>");
        let d = decode(&bytes, Some(UTF_8)).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("sprzeciwiają się"));
        assert!(d.text.contains("papieros\u{fffd}..."));
        // Latin-1 text declared as UTF-8 is still guessed, not read as broken UTF-8.
        let latin1 = b"Caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu, na\xefve fa\xe7ade.";
        let d = decode(latin1, Some(UTF_8)).unwrap();
        assert_ne!(d.encoding, "UTF-8");
        assert!(d.text.contains("Café crème"));
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"caf\xc3\xa9", None).unwrap().text, "café");
        let d = decode(b"\xef\xbb\xbfcaf\xc3\xa9", None).unwrap();
        assert_eq!(d.text, "café");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_bom_and_sniffed() {
        let mut le = vec![0xff, 0xfe];
        for u in "Border talks".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le, None).unwrap().text, "Border talks");
        let be: Vec<u8> = "Plain words here"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let d = decode(&be, None).unwrap();
        assert_eq!(d.text, "Plain words here");
        assert_eq!(d.encoding, "UTF-16BE");
    }

    #[test]
    fn latin1_is_guessed() {
        let d = decode(
            b"Le ministre a d\xe9clar\xe9 que la r\xe9union \xe9tait termin\xe9e.",
            None,
        )
        .unwrap();
        assert!(d.text.contains("déclaré"), "{}", d.text);
    }

    #[test]
    fn windows_1252_quotes() {
        let d = decode(b"He said \x93enough\x94 and left \x96 quickly.", None).unwrap();
        assert_eq!(
            d.text,
            "He said \u{201c}enough\u{201d} and left \u{2013} quickly."
        );
    }

    #[test]
    fn declared_charset_wins_over_guess() {
        let html = b"<html><head><meta charset=\"iso-8859-2\"></head><body>\xb1</body></html>";
        let enc = html_declared_charset(html).unwrap();
        assert_eq!(enc.name(), "ISO-8859-2");
        assert!(decode(html, Some(enc)).unwrap().text.contains('ą'));
    }

    #[test]
    fn binary_and_lying_bom_are_refused() {
        assert!(decode(b"%PDF-1.7 ...", None).unwrap_err().contains("PDF"));
        assert!(decode(b"abc\0def\0\x01\x02", None)
            .unwrap_err()
            .contains("NUL"));
        assert!(decode(b"\xef\xbb\xbfok \xff\xfe bad", None)
            .unwrap_err()
            .contains("byte-order mark"));
    }

    #[test]
    fn line_ends_and_controls() {
        assert_eq!(decode(b"a\r\nb\rc\x07d", None).unwrap().text, "a\nb\ncd");
    }
}
