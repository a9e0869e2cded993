//! Random tokens, codes and generated passwords; hashes and constant-time comparison.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::Rng;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// 256 random bits, base64url: session ids and CSRF tokens.
pub fn token() -> String {
    let mut bytes = [0_u8; 32];
    OsRng.fill(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// 128 random bits, hex: challenge nonces.
pub fn nonce() -> String {
    let mut bytes = [0_u8; 16];
    OsRng.fill(&mut bytes);
    hex(&bytes)
}

/// A 6-digit one-time code.
pub fn code() -> String {
    digits(6)
}

/// `n` random decimal digits.
pub fn digits(n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + OsRng.gen_range(0..10_u8)))
        .collect()
}

/// A generated password that passes the `shared` policy: 12 characters from letters and
/// digits without look-alikes, always with a lower-case letter, an upper-case one and a digit.
pub fn password() -> String {
    const LOWER: &[u8] = b"abcdefghijkmnpqrstuvwxyz";
    const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    const DIGIT: &[u8] = b"23456789";
    let pick = |set: &[u8]| char::from(set[OsRng.gen_range(0..set.len())]);
    let mut out: Vec<char> = vec![pick(LOWER), pick(UPPER), pick(DIGIT)];
    let all = [LOWER, UPPER, DIGIT].concat();
    while out.len() < 12 {
        out.push(pick(&all));
    }
    // Shuffle so the classes are not always first.
    for i in (1..out.len()).rev() {
        out.swap(i, OsRng.gen_range(0..=i));
    }
    out.into_iter().collect()
}

/// SHA-256, hex: what the store keeps of tokens and codes.
pub fn sha256_hex(value: &str) -> String {
    hex(&Sha256::digest(value.as_bytes()))
}

/// Constant-time equality of two strings (length may leak, content does not).
pub fn same(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_secrets_have_their_shapes() {
        assert_eq!(token().len(), 43);
        assert_ne!(token(), token());
        assert!(code().chars().all(|c| c.is_ascii_digit()) && code().len() == 6);
        for _ in 0..200 {
            let p = password();
            assert!(shared::ids::NewPassword::parse(&p).is_ok(), "{p}");
        }
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
        assert_eq!(sha256_hex("").len(), 64);
    }
}
