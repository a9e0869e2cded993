//! The sandbox card acquirer: a real code path with the outcomes of a real one, decided by
//! well-known test card numbers (the same for a saved card, whose token the acquirer keeps
//! with the card's last four digits).
//!
//! | card | last 4 | outcome |
//! |---|---|---|
//! | 4111 1111 1111 1111 | 1111 | approved |
//! | 4000 0000 0000 0002 | 0002 | declined by the bank |
//! | 4000 0000 0000 9995 | 9995 | insufficient funds |
//! | 4000 0000 0000 3220 | 3220 | 3-D Secure code required ([`CHALLENGE_CODE`]) |
//! | any other valid number | | approved |

/// The code the sandbox bank's 3-D Secure page accepts.
pub const CHALLENGE_CODE: &str = "123456";
/// Wrong codes after which a 3-D Secure confirmation fails.
pub const CHALLENGE_MAX_ATTEMPTS: i64 = 3;

pub const CARD_APPROVED: &str = "4111111111111111";
pub const CARD_DECLINED: &str = "4000000000000002";
pub const CARD_INSUFFICIENT_FUNDS: &str = "4000000000009995";
pub const CARD_3DS: &str = "4000000000003220";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approved,
    Declined,
    InsufficientFunds,
    /// The bank wants the holder to confirm on its 3-D Secure page.
    Challenge,
}

/// The acquirer's answer for a card ending in `last4`.
pub fn authorize(last4: &str) -> Decision {
    match last4 {
        "0002" => Decision::Declined,
        "9995" => Decision::InsufficientFunds,
        "3220" => Decision::Challenge,
        _ => Decision::Approved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_cards_are_valid_numbers_with_their_outcomes() {
        for (card, outcome) in [
            (CARD_APPROVED, Decision::Approved),
            (CARD_DECLINED, Decision::Declined),
            (CARD_INSUFFICIENT_FUNDS, Decision::InsufficientFunds),
            (CARD_3DS, Decision::Challenge),
        ] {
            let parsed = shared::card::CardNumber::parse(card).expect("valid test card");
            assert_eq!(authorize(parsed.last4()), outcome, "{card}");
        }
    }
}
