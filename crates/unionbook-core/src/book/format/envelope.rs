//! A passphrase-protected export: the ordinary file's bytes, encrypted, in a small JSON
//! envelope that says what it is and how to open it (docs/FORMAT.md, "Protected files"). The
//! key derivation and the cipher are the browser's (src/browser/crypto.rs); this file only
//! writes the envelope, and reads one as warily as any import: a hostile file must not make
//! the phone derive keys for minutes or allocate without bound.

use serde_json::Value;

use super::MAX_FILE_BYTES;
use super::scan::{Limits, scan_within};

/// The `format` a protected file names.
pub const PROTECTED_FORMAT: &str = "unionbook-protected";
pub const ENVELOPE_VERSION: u64 = 1;
pub const KDF_NAME: &str = "PBKDF2-SHA256";
pub const CIPHER_NAME: &str = "AES-256-GCM";
/// OWASP's figure for PBKDF2-SHA256 (2023); the browser derives it in about a tenth of a second.
pub const ITERATIONS: u32 = 600_000;
/// Fewer would make guessing a passphrase cheap: such a file was not made by Unionbook.
pub const MIN_ITERATIONS: u64 = 100_000;
/// A newer app may raise the count, but not so far that a hostile file keeps a phone busy for
/// minutes (ten million take a phone several seconds).
pub const MAX_ITERATIONS: u64 = 10_000_000;
pub const SALT_BYTES: usize = 16;
/// A newer app may lengthen the salt; a longer one than this is not a salt.
pub const MAX_SALT_BYTES: usize = 64;
pub const IV_BYTES: usize = 12;
/// The GCM tag the browser appends to the ciphertext.
pub const TAG_BYTES: usize = 16;
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// The base64 of the largest ordinary file, with room for the envelope's other fields.
pub const MAX_PROTECTED_BYTES: usize = (MAX_FILE_BYTES + TAG_BYTES).div_ceil(3) * 4 + 4096;

/// What a protected file holds, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: [u8; IV_BYTES],
    /// The encrypted export with its tag at the end.
    pub ciphertext: Vec<u8>,
}

/// Why a protected file cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unopened {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// It stops in the middle: a download or a copy that did not finish.
    Truncated,
    /// A field is missing, of the wrong length, or not base64.
    Damaged,
    NewerVersion {
        version: u64,
    },
    /// An iteration count no Unionbook writes: too cheap to guess, or too slow to open.
    Iterations {
        count: u64,
    },
    /// The cipher's check failed: the passphrase is not the one it was made with, or the file
    /// was changed after it was. GCM cannot tell these apart.
    NotOpened,
}

/// Written by hand, `format` first so that `open` recognises it from its start: every value is
/// a constant, a number or base64, none of which JSON escapes. (Written and read through
/// serde derives instead, the Data page's chunk was 3.0 KB gzip larger; `open` reads through
/// the `Value` the ordinary reader already pays for.)
pub fn write(sealed: &Sealed) -> String {
    let (salt, iv, ciphertext) = (encode(&sealed.salt), encode(&sealed.iv), encode(&sealed.ciphertext));
    format!(
        r#"{{"format":"{PROTECTED_FORMAT}","version":{ENVELOPE_VERSION},"kdf":{{"name":"{KDF_NAME}","iterations":{},"salt":"{salt}"}},"cipher":{{"name":"{CIPHER_NAME}","iv":"{iv}"}},"ciphertext":"{ciphertext}"}}"#,
        sealed.iterations
    )
}

/// The most a sound envelope holds: the top object, `kdf` and `cipher`, with room for a few
/// more a newer app may add; its one long string is the ciphertext.
const ENVELOPE: Limits =
    Limits { string_bytes: MAX_PROTECTED_BYTES, objects: 8, values: 64, bytes_per_object: 1, objects_free: 8 };

/// `None` for a file that is not protected (it goes the ordinary way); else the envelope, or
/// why it cannot be opened. A protected file names its `format` first, so it is recognised from
/// its first bytes and an ordinary export (whose `format` is `unionbook`, also first) is never
/// parsed twice, whatever its union or officer is called. What follows is read within the
/// bounds of an envelope — a few small objects and one long string — so that no file pretending
/// to be one costs more memory than its size.
pub fn open(bytes: &[u8]) -> Option<Result<Sealed, Unopened>> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    if !names_protected_format_first(bytes) {
        return None;
    }
    if bytes.len() > MAX_PROTECTED_BYTES {
        return Some(Err(Unopened::TooLarge { bytes: bytes.len(), limit: MAX_PROTECTED_BYTES }));
    }
    if scan_within(bytes, ENVELOPE).is_err() {
        return Some(Err(Unopened::Damaged));
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(e) if e.is_eof() => return Some(Err(Unopened::Truncated)),
        Err(_) => return Some(Err(Unopened::Damaged)),
    };
    Some(check(&value))
}

/// Whether the text starts `{"format":"unionbook-protected"`, with JSON's spaces allowed.
fn names_protected_format_first(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    for token in ["{", "\"format\"", ":", &format!("\"{PROTECTED_FORMAT}\"")] {
        rest = rest.trim_ascii_start();
        match rest.strip_prefix(token.as_bytes()) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    true
}

fn check(value: &Value) -> Result<Sealed, Unopened> {
    match value.get("version").and_then(Value::as_u64) {
        Some(ENVELOPE_VERSION) => {}
        Some(version) if version > ENVELOPE_VERSION => return Err(Unopened::NewerVersion { version }),
        _ => return Err(Unopened::Damaged),
    }
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    let (kdf, cipher) = (&value["kdf"], &value["cipher"]);
    if text(kdf, "name").as_deref() != Some(KDF_NAME) || text(cipher, "name").as_deref() != Some(CIPHER_NAME) {
        return Err(Unopened::Damaged);
    }
    let iterations = kdf.get("iterations").and_then(Value::as_u64).ok_or(Unopened::Damaged)?;
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        return Err(Unopened::Iterations { count: iterations });
    }
    let salt = text(kdf, "salt").and_then(|s| decode(&s)).filter(|s| (SALT_BYTES..=MAX_SALT_BYTES).contains(&s.len()));
    let iv = text(cipher, "iv").and_then(|iv| decode(&iv)).and_then(|iv| <[u8; IV_BYTES]>::try_from(iv).ok());
    let ciphertext = value.get("ciphertext").and_then(Value::as_str).and_then(decode).filter(|c| c.len() > TAG_BYTES);
    match (salt, iv, ciphertext) {
        (Some(salt), Some(iv), Some(ciphertext)) => Ok(Sealed { iterations: iterations as u32, salt, iv, ciphertext }),
        _ => Err(Unopened::Damaged),
    }
}

/// The name a protected export is saved under: the ordinary one, marked, so that nobody mails
/// it thinking it can be read, or keeps the plain one thinking it is protected.
pub fn protected_name(name: &str) -> String {
    format!("{}-protected.json", name.strip_suffix(".json").unwrap_or(name))
}

/// What is wrong with a passphrase typed twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    Empty,
    TooShort,
    Differ,
}

/// The problem of the passphrase field and of its repeat: counted in characters, as typed
/// (no trimming: the same keys must open the file).
pub fn check_passphrase(passphrase: &str, repeat: &str) -> (Option<PassphraseProblem>, Option<PassphraseProblem>) {
    let first = match passphrase.chars().count() {
        0 => Some(PassphraseProblem::Empty),
        n if n < MIN_PASSPHRASE_CHARS => Some(PassphraseProblem::TooShort),
        _ => None,
    };
    let second = match repeat {
        "" => Some(PassphraseProblem::Empty),
        r if r != passphrase => Some(PassphraseProblem::Differ),
        _ => None,
    };
    (first, second)
}

// Base64 by hand rather than the `base64` crate: these lines are all the envelope needs. Built
// alone into a release wasm (opt-level z, LTO, before wasm-opt) beside the same calls through
// `base64` 0.22, they cost 6.8 KB (3.0 KB gzip) over an empty module, the crate 20.9 KB
// (7.8 KB gzip).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64, padded.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Standard base64, padded and canonical (the unused bits zero): anything else is `None`, so
/// that one file has one reading.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let quads = bytes.len() / 4;
    let mut out = Vec::with_capacity(quads * 3);
    for (q, quad) in bytes.chunks(4).enumerate() {
        let pad = if q + 1 == quads { quad.iter().rev().take_while(|c| **c == b'=').count() } else { 0 };
        if pad > 2 {
            return None;
        }
        let mut n = 0u32;
        for c in &quad[..4 - pad] {
            n = n << 6 | sextet(*c)?;
        }
        n <<= 6 * pad;
        if n & ((1u32 << (8 * pad)) - 1) != 0 {
            return None;
        }
        out.extend_from_slice(&n.to_be_bytes()[1..4 - pad]);
    }
    Some(out)
}

#[cfg(test)]
#[path = "envelope_tests.rs"]
mod tests;
