//! The usage simulator: plausible call, SMS and data records for demo mobile accounts,
//! signed like the network signs them and posted to `POST /api/usage` (the same path real
//! usage takes). Used by the `simulate_usage` binary.

use hmac::{Hmac, Mac};
use rand::Rng;
use sha2::Sha256;
use shared::api::usage::UsageBatch;
use shared::tariff::UsageRecord;

/// The demo operator's mobile accounts.
pub const DEMO_MOBILE_ACCOUNTS: [&str; 3] = ["100000000016", "100000000032", "100000000073"];

/// A batch of a few records of a plausible hour of use: calls of up to 12 minutes, a few
/// SMS, up to 300 MB of data. `batch_id` is the idempotency key.
pub fn batch(account_number: &str, batch_id: String, rng: &mut impl Rng) -> UsageBatch {
    let mut records = Vec::new();
    for _ in 0..rng.gen_range(0..3) {
        records.push(UsageRecord::call(rng.gen_range(10..720)));
    }
    if rng.gen_bool(0.5) {
        records.push(UsageRecord::sms(rng.gen_range(1..4)));
    }
    records.push(UsageRecord::data_kb(rng.gen_range(1_024..300 * 1_024)));
    UsageBatch {
        batch_id,
        account_number: account_number.to_owned(),
        records,
    }
}

/// Hex HMAC-SHA256 of `body` under `secret`: the `X-Network-Signature` header.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_plausible_and_signed_verifiably() {
        let mut rng = rand::thread_rng();
        for i in 0..200 {
            let b = batch(DEMO_MOBILE_ACCOUNTS[i % 3], format!("sim-{i}"), &mut rng);
            assert!(!b.records.is_empty() && b.records.len() <= 4);
            let body = serde_json::to_vec(&b).expect("json");
            let sig = sign(b"secret", &body);
            assert!(crate::routes::money::gateway::signed(
                b"secret", &body, &sig
            ));
            assert!(!crate::routes::money::gateway::signed(
                b"other", &body, &sig
            ));
        }
    }
}
