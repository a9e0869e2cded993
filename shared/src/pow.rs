//! The registration proof of work (PRODUCT 1.2): find a decimal `solution` such that
//! SHA-256 of `"{challenge}:{solution}"` starts with `difficulty` zero bits. The server
//! checks one hash; the browser searches in bounded chunks so the page never freezes and a
//! progress indicator can move between them.

use sha2::{Digest, Sha256};

/// Leading zero bits of a digest.
pub fn zero_bits(digest: &[u8]) -> u32 {
    let mut bits = 0;
    for byte in digest {
        if *byte == 0 {
            bits += 8;
        } else {
            return bits + byte.leading_zeros();
        }
    }
    bits
}

/// Whether `solution` solves `challenge` at `difficulty`.
pub fn is_solution(challenge: &str, solution: &str, difficulty: u8) -> bool {
    zero_bits(&Sha256::digest(
        format!("{challenge}:{solution}").as_bytes(),
    )) >= u32::from(difficulty)
}

/// Tries the candidates `start..start + count`; the first that solves the challenge.
pub fn search(challenge: &str, difficulty: u8, start: u64, count: u64) -> Option<u64> {
    let mut hasher = Sha256::new();
    hasher.update(challenge.as_bytes());
    hasher.update(b":");
    let mut digits = itoa_buf();
    (start..start.saturating_add(count)).find(|n| {
        let mut h = hasher.clone();
        h.update(format_u64(*n, &mut digits));
        zero_bits(&h.finalize()) >= u32::from(difficulty)
    })
}

/// The expected number of hashes for a difficulty (for a progress estimate).
pub fn expected_work(difficulty: u8) -> u64 {
    1_u64 << difficulty.min(63)
}

/// Solves the challenge outright (tests and tools; the browser uses [`search`] in chunks).
pub fn solve(challenge: &str, difficulty: u8) -> String {
    let mut start = 0;
    loop {
        if let Some(found) = search(challenge, difficulty, start, 1 << 16) {
            return found.to_string();
        }
        start += 1 << 16;
    }
}

fn itoa_buf() -> [u8; 20] {
    [0; 20]
}

/// The decimal digits of `n`, written into `buf`.
fn format_u64(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[i..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_leading_zero_bits() {
        assert_eq!(zero_bits(&[0, 0, 0x80]), 16);
        assert_eq!(zero_bits(&[0, 0x0f]), 12);
        assert_eq!(zero_bits(&[0xff]), 0);
        assert_eq!(zero_bits(&[0, 0]), 16);
    }

    #[test]
    fn a_solution_found_is_accepted_and_is_the_first() {
        let solution = solve("abc.123.8.sig", 8);
        assert!(is_solution("abc.123.8.sig", &solution, 8));
        let n: u64 = solution.parse().expect("decimal");
        assert_eq!(search("abc.123.8.sig", 8, 0, n), None);
    }

    #[test]
    fn difficulty_zero_is_solved_at_once() {
        assert_eq!(search("x", 0, 0, 1), Some(0));
        assert_eq!(expected_work(18), 262_144);
    }

    proptest! {
        #[test]
        fn digits_match_to_string(n in any::<u64>()) {
            let mut buf = itoa_buf();
            let expected = n.to_string();
            prop_assert_eq!(format_u64(n, &mut buf), expected.as_bytes());
        }

        #[test]
        fn search_agrees_with_is_solution(challenge in "[a-z0-9.]{1,24}", start in 0u64..1000) {
            match search(&challenge, 6, start, 2000) {
                Some(n) => prop_assert!(is_solution(&challenge, &n.to_string(), 6)),
                None => prop_assert!((start..start + 2000).all(|n| !is_solution(&challenge, &n.to_string(), 6))),
            }
        }
    }
}
