//! The registration proof-of-work: an HMAC-signed challenge `nonce.expires.difficulty.sig`;
//! the browser finds a decimal `solution` such that SHA-256(`challenge:solution`) starts with
//! `difficulty` zero bits. Verified once: the nonce is recorded as used.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use shared::ErrorCode;

use crate::store::{Store, StoreError};

type HmacSha256 = Hmac<Sha256>;

/// How long a challenge may be solved and sent.
pub const CHALLENGE_TTL_SECS: i64 = 10 * 60;

pub struct Issued {
    pub challenge: String,
    pub expires_at: i64,
}

fn mac(key: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length.
    <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!())
}

pub fn issue(key: &[u8], difficulty: u8, now: i64) -> Issued {
    let expires_at = now + CHALLENGE_TTL_SECS;
    let body = format!("{}.{expires_at}.{difficulty}", super::secrets::nonce());
    let mut m = mac(key);
    m.update(body.as_bytes());
    let sig = URL_SAFE_NO_PAD.encode(m.finalize().into_bytes());
    Issued {
        challenge: format!("{body}.{sig}"),
        expires_at,
    }
}

pub use shared::pow::{solve, zero_bits};

#[derive(Debug, thiserror::Error)]
pub enum ChallengeError {
    #[error("challenge refused: {0}")]
    Refused(ErrorCode),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks signature, expiry and work, then marks the challenge used (once only).
pub async fn verify(
    store: &dyn Store,
    key: &[u8],
    challenge: &str,
    solution: &str,
    now: i64,
) -> Result<(), ChallengeError> {
    let refuse = |code| Err(ChallengeError::Refused(code));
    let parts: Vec<&str> = challenge.split('.').collect();
    let [nonce, expires, difficulty, sig] = parts[..] else {
        return refuse(ErrorCode::ChallengeInvalid);
    };
    let Ok(sig) = URL_SAFE_NO_PAD.decode(sig) else {
        return refuse(ErrorCode::ChallengeInvalid);
    };
    let mut m = mac(key);
    m.update(format!("{nonce}.{expires}.{difficulty}").as_bytes());
    if m.verify_slice(&sig).is_err() {
        return refuse(ErrorCode::ChallengeInvalid);
    }
    let (Ok(expires), Ok(difficulty)) = (expires.parse::<i64>(), difficulty.parse::<u8>()) else {
        return refuse(ErrorCode::ChallengeInvalid);
    };
    if now >= expires {
        return refuse(ErrorCode::ChallengeExpired);
    }
    let solution_ok = !solution.is_empty()
        && solution.len() <= 20
        && solution.bytes().all(|b| b.is_ascii_digit())
        && shared::pow::is_solution(challenge, solution, difficulty);
    if !solution_ok {
        return refuse(ErrorCode::ChallengeUnsolved);
    }
    if !store.use_challenge(nonce, expires).await? {
        return refuse(ErrorCode::ChallengeReused);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_challenges_are_solvable() {
        let issued = issue(b"k", 6, 1000);
        let s = solve(&issued.challenge, 6);
        assert!(shared::pow::is_solution(&issued.challenge, &s, 6));
    }
}
