//! Paying by bank card (PRODUCT 3): the card number (Luhn), expiry and CVC as typed, and the
//! limits of one top-up. The app's payment form and the server call the same parsers.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::ids::input::{digits, luhn_valid};
use crate::{ErrorCode, FieldError, Money};

/// The smallest top-up: 10 ₽.
pub const TOP_UP_MIN: Money = Money::from_kopecks(1_000);
/// The largest single top-up: 15 000 ₽.
pub const TOP_UP_MAX: Money = Money::from_kopecks(1_500_000);

/// The largest payment a payment gateway (terminal, bank, online banking) may post: 1 000 000 ₽.
pub const GATEWAY_MAX: Money = Money::from_kopecks(100_000_000);

/// `amount` if a gateway may post it: positive and at most [`GATEWAY_MAX`] (field `amount`).
pub fn check_gateway_amount(amount: Money) -> Result<Money, FieldError> {
    if !amount.is_positive() {
        Err(FieldError::new(Money::FIELD, ErrorCode::AmountNotPositive))
    } else if amount > GATEWAY_MAX {
        Err(FieldError::new(Money::FIELD, ErrorCode::AmountAboveMaximum))
    } else {
        Ok(amount)
    }
}

/// `amount` if it is a top-up the operator accepts (field `amount`).
pub fn check_top_up(amount: Money) -> Result<Money, FieldError> {
    let refuse = |code| Err(FieldError::new(Money::FIELD, code));
    if !amount.is_positive() {
        refuse(ErrorCode::AmountNotPositive)
    } else if amount < TOP_UP_MIN {
        refuse(ErrorCode::AmountBelowMinimum)
    } else if amount > TOP_UP_MAX {
        refuse(ErrorCode::AmountAboveMaximum)
    } else {
        Ok(amount)
    }
}

/// A bank card number: 13–19 digits (spaces and dashes ignored) with a valid Luhn check digit.
/// Its `Debug` shows the last four digits only.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CardNumber(String);

impl CardNumber {
    pub const FIELD: &'static str = "card_number";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = digits(input, Self::FIELD, ErrorCode::InvalidCardNumber)?;
        if !(13..=19).contains(&d.len()) {
            return Err(FieldError::new(Self::FIELD, ErrorCode::InvalidCardNumber));
        }
        if !luhn_valid(&d) {
            return Err(FieldError::new(Self::FIELD, ErrorCode::ChecksumMismatch));
        }
        Ok(Self(d))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The last four digits: all that is ever stored or shown.
    pub fn last4(&self) -> &str {
        &self.0[self.0.len() - 4..]
    }
}

impl std::fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardNumber(•••• {})", self.last4())
    }
}

/// A card's expiry month, typed `MM/YY`, `MM/YYYY` or `MMYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardExpiry {
    pub year: i32,
    pub month: u32,
}

impl CardExpiry {
    pub const FIELD: &'static str = "expiry";

    /// Parses the expiry; a card that expired before `today`'s month is `card_expired`.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Self, FieldError> {
        let invalid = FieldError::new(Self::FIELD, ErrorCode::InvalidCardExpiry);
        let s = crate::ids::input::trimmed(input, Self::FIELD)?;
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let (mm, yy) = match compact.split_once(['/', '.', '-']) {
            Some((m, y)) => (m.to_owned(), y.to_owned()),
            None if compact.len() == 4 && compact.bytes().all(|b| b.is_ascii_digit()) => {
                (compact[..2].to_owned(), compact[2..].to_owned())
            }
            None => return Err(invalid),
        };
        let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(&mm) || !all_digits(&yy) || mm.len() > 2 {
            return Err(invalid);
        }
        let month: u32 = mm.parse().map_err(|_| invalid)?;
        let year: i32 = match yy.len() {
            2 => 2000 + yy.parse::<i32>().map_err(|_| invalid)?,
            4 => yy.parse().map_err(|_| invalid)?,
            _ => return Err(invalid),
        };
        if !(1..=12).contains(&month) {
            return Err(invalid);
        }
        let expiry = CardExpiry { year, month };
        if expiry.has_expired(today) {
            return Err(FieldError::new(Self::FIELD, ErrorCode::CardExpired));
        }
        if year > today.year() + 20 {
            return Err(invalid);
        }
        Ok(expiry)
    }

    /// A card is valid to the last day of its expiry month.
    pub fn has_expired(self, today: NaiveDate) -> bool {
        (self.year, self.month) < (today.year(), today.month())
    }
}

impl std::fmt::Display for CardExpiry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}/{:02}", self.month, self.year.rem_euclid(100))
    }
}

/// The 3 or 4 digits on the back of the card. Never stored; `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct Cvc(String);

impl Cvc {
    pub const FIELD: &'static str = "cvc";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let s = crate::ids::input::trimmed(input, Self::FIELD)?;
        if (3..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(s.to_owned()))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::InvalidCvc))
        }
    }
}

impl std::fmt::Debug for Cvc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cvc(***)")
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// `body` completed with its Luhn check digit.
    fn with_check_digit(body: &str) -> String {
        (0..=9)
            .map(|c| format!("{body}{c}"))
            .find(|n| luhn_valid(n))
            .unwrap()
    }

    #[test]
    fn card_numbers() {
        let c = CardNumber::parse("4111 1111 1111 1111").unwrap();
        assert_eq!((c.digits(), c.last4()), ("4111111111111111", "1111"));
        assert_eq!(format!("{c:?}"), "CardNumber(•••• 1111)");
        assert!(CardNumber::parse("2200-0000-0000-0004").is_ok());
        let typo = CardNumber::parse("4111 1111 1111 1112").unwrap_err();
        assert_eq!(
            (typo.field, typo.code),
            ("card_number", ErrorCode::ChecksumMismatch)
        );
        assert_eq!(
            CardNumber::parse("4111").unwrap_err().code,
            ErrorCode::InvalidCardNumber
        );
        assert_eq!(
            CardNumber::parse("4111 1111 abcd 1111").unwrap_err().code,
            ErrorCode::InvalidCardNumber
        );
        assert_eq!(
            CardNumber::parse(" ").unwrap_err().code,
            ErrorCode::Required
        );
    }

    #[test]
    fn expiry_dates() {
        let today = d(2026, 11, 25);
        let e = CardExpiry::parse("12/28", today).unwrap();
        assert_eq!((e.year, e.month, e.to_string()), (2028, 12, "12/28".into()));
        assert_eq!(CardExpiry::parse("1128", today).unwrap().month, 11);
        assert_eq!(CardExpiry::parse("11 / 2026", today).unwrap().year, 2026);
        let old = CardExpiry::parse("10/26", today).unwrap_err();
        assert_eq!((old.field, old.code), ("expiry", ErrorCode::CardExpired));
        for bad in ["13/28", "00/28", "1/2/3", "ab/cd", "12/283", "12/99"] {
            assert_eq!(
                CardExpiry::parse(bad, today).unwrap_err().code,
                ErrorCode::InvalidCardExpiry,
                "{bad}"
            );
        }
    }

    #[test]
    fn cvc_and_limits() {
        assert!(Cvc::parse("123").is_ok() && Cvc::parse("1234").is_ok());
        assert_eq!(format!("{:?}", Cvc::parse("123").unwrap()), "Cvc(***)");
        assert_eq!(Cvc::parse("12").unwrap_err().code, ErrorCode::InvalidCvc);
        assert_eq!(Cvc::parse("12a").unwrap_err().code, ErrorCode::InvalidCvc);
        assert_eq!(check_top_up(TOP_UP_MIN), Ok(TOP_UP_MIN));
        assert_eq!(check_top_up(TOP_UP_MAX), Ok(TOP_UP_MAX));
        let code = |k| check_top_up(Money::from_kopecks(k)).unwrap_err().code;
        assert_eq!(code(999), ErrorCode::AmountBelowMinimum);
        assert_eq!(code(1_500_001), ErrorCode::AmountAboveMaximum);
        assert_eq!(code(0), ErrorCode::AmountNotPositive);
        assert_eq!(code(-100), ErrorCode::AmountNotPositive);
        assert_eq!(check_gateway_amount(GATEWAY_MAX), Ok(GATEWAY_MAX));
        let gateway = |k| {
            check_gateway_amount(Money::from_kopecks(k))
                .unwrap_err()
                .code
        };
        assert_eq!(gateway(100_000_001), ErrorCode::AmountAboveMaximum);
        assert_eq!(gateway(0), ErrorCode::AmountNotPositive);
    }

    proptest! {
        #[test]
        fn every_number_with_its_check_digit_parses(body in "[1-9][0-9]{11,17}") {
            let n = with_check_digit(&body);
            let c = CardNumber::parse(&n).unwrap();
            prop_assert_eq!(c.digits(), n.as_str());
            prop_assert_eq!(c.last4(), &n[n.len() - 4..]);
        }

        #[test]
        fn one_changed_digit_is_caught(body in "[1-9][0-9]{11,17}", pos in any::<prop::sample::Index>(), delta in 1_u8..10) {
            let n = with_check_digit(&body);
            let i = pos.index(n.len());
            let mut bytes = n.into_bytes();
            bytes[i] = b'0' + (bytes[i] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(
                CardNumber::parse(&changed).unwrap_err().code,
                ErrorCode::ChecksumMismatch
            );
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}", today in 0_i64..40_000) {
            let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(today as u64);
            let _ = CardNumber::parse(&s);
            let _ = CardExpiry::parse(&s, day);
            let _ = Cvc::parse(&s);
        }

        #[test]
        fn an_expiry_round_trips_through_display(month in 1_u32..=12, year in 2026_i32..2040) {
            let today = d(2026, 1, 1);
            let e = CardExpiry { year, month };
            prop_assert_eq!(CardExpiry::parse(&e.to_string(), today).unwrap(), e);
        }
    }
}
