//! Money as integer kopecks. Never floats, never a silent wrap: arithmetic is checked and an
//! overflow is a [`MoneyError`].

mod arith;
mod parse;
mod prorate;

use serde::{Deserialize, Serialize};

use crate::{ApiError, ErrorCode, Lang};

/// Why a money computation has no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum MoneyError {
    /// The result does not fit in an `i64` of kopecks.
    #[error("amount out of range")]
    Overflow,
    /// Pro-rating over a period of zero days, or over more days than the period has.
    #[error("days outside the period")]
    BadPeriod,
}

impl From<MoneyError> for ErrorCode {
    fn from(err: MoneyError) -> Self {
        match err {
            MoneyError::Overflow => ErrorCode::AmountOutOfRange,
            MoneyError::BadPeriod => ErrorCode::InvalidPeriod,
        }
    }
}

impl From<MoneyError> for ApiError {
    fn from(err: MoneyError) -> Self {
        ApiError::new(err.into())
    }
}

/// An amount of roubles held as kopecks (1 ₽ = 100 kopecks). Negative means debt.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Money(i64);

/// Non-breaking space: keeps `1 234,56 ₽` on one line.
const NBSP: char = '\u{a0}';
/// The typographic minus sign (U+2212), read as "minus" by screen readers.
const MINUS: char = '\u{2212}';

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_kopecks(kopecks: i64) -> Self {
        Money(kopecks)
    }

    pub const fn kopecks(self) -> i64 {
        self.0
    }

    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// `1 234,56 ₽` (ru) or `₽1,234.56` (en); negatives get a leading minus sign.
    /// Separators are non-breaking spaces so an amount never wraps.
    pub fn format(self, lang: Lang) -> String {
        let abs = self.0.unsigned_abs();
        let (roubles, kopecks) = (abs / 100, abs % 100);
        let (group, decimal) = match lang {
            Lang::Ru => (NBSP, ','),
            Lang::En => (',', '.'),
        };
        let digits = roubles.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(ch);
        }
        let sign = if self.0 < 0 {
            MINUS.to_string()
        } else {
            String::new()
        };
        match lang {
            Lang::Ru => format!("{sign}{grouped}{decimal}{kopecks:02}{NBSP}₽"),
            Lang::En => format!("{sign}₽{grouped}{decimal}{kopecks:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: String) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn formats_in_both_languages() {
        let m = Money::from_kopecks(123_456);
        assert_eq!(plain(m.format(Lang::Ru)), "1 234,56 ₽");
        assert_eq!(m.format(Lang::En), "₽1,234.56");
        assert_eq!(plain(Money::from_kopecks(5).format(Lang::Ru)), "0,05 ₽");
        assert_eq!(
            plain(Money::from_kopecks(-10_000_000).format(Lang::Ru)),
            "−100 000,00 ₽"
        );
        assert_eq!(
            Money::from_kopecks(i64::MIN).format(Lang::En),
            "−₽92,233,720,368,547,758.08"
        );
    }
}
