//! Checked arithmetic. There is deliberately no `impl Add`: every sum says what overflow means.

use super::{Money, MoneyError};

/// `n / d` rounded half away from zero; `None` when `d` is zero or the result overflows.
pub(crate) fn div_round_half_away(n: i128, d: i128) -> Option<i128> {
    if d == 0 {
        return None;
    }
    let (q, r) = (n / d, n % d);
    // |2r| >= |d| means the remainder is at least half the divisor.
    let round_away = r.checked_abs()?.checked_mul(2)? >= d.checked_abs()?;
    if !round_away {
        Some(q)
    } else if (n < 0) == (d < 0) {
        q.checked_add(1)
    } else {
        q.checked_sub(1)
    }
}

impl Money {
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.0
            .checked_add(other.0)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.0
            .checked_sub(other.0)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }

    /// The amount times a count (units of usage, days, TV sets, ...).
    pub fn checked_mul(self, n: i64) -> Result<Money, MoneyError> {
        self.0.checked_mul(n).map(Money).ok_or(MoneyError::Overflow)
    }

    pub fn checked_neg(self) -> Result<Money, MoneyError> {
        self.0.checked_neg().map(Money).ok_or(MoneyError::Overflow)
    }

    /// `self × num / den`, rounded half away from zero (see [`Money::prorate`]). Computed in
    /// 128 bits, so only a result outside `i64` overflows.
    pub fn mul_div_round(self, num: i64, den: i64) -> Result<Money, MoneyError> {
        let n = i128::from(self.0) * i128::from(num);
        let q = div_round_half_away(n, i128::from(den)).ok_or(MoneyError::Overflow)?;
        i64::try_from(q)
            .map(Money)
            .map_err(|_| MoneyError::Overflow)
    }

    /// The sum of all amounts, or `Overflow` if any partial sum leaves `i64`.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Money>) -> Result<Money, MoneyError> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, Money::checked_add)
    }

    /// `max(self, 0)`: the part of a balance that is not debt.
    pub fn non_negative(self) -> Money {
        Money(self.0.max(0))
    }

    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(div_round_half_away(5, 2), Some(3));
        assert_eq!(div_round_half_away(-5, 2), Some(-3));
        assert_eq!(div_round_half_away(7, 3), Some(2));
        assert_eq!(div_round_half_away(8, 3), Some(3));
        assert_eq!(div_round_half_away(5, -2), Some(-3));
        assert_eq!(div_round_half_away(1, 0), None);
    }

    #[test]
    fn overflow_is_an_error() {
        assert_eq!(
            Money::from_kopecks(i64::MAX).checked_add(Money::from_kopecks(1)),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::from_kopecks(i64::MIN).checked_neg(),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::from_kopecks(i64::MAX).checked_mul(2),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::from_kopecks(i64::MAX).mul_div_round(3, 2),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::from_kopecks(i64::MAX).mul_div_round(2, 2),
            Ok(Money::from_kopecks(i64::MAX))
        );
        assert_eq!(
            Money::from_kopecks(1).mul_div_round(1, 0),
            Err(MoneyError::Overflow)
        );
        let sum = Money::checked_sum([
            Money::from_kopecks(i64::MAX),
            Money::from_kopecks(1),
            Money::from_kopecks(-1),
        ]);
        assert_eq!(sum, Err(MoneyError::Overflow));
    }

    proptest! {
        #[test]
        fn checked_arithmetic_never_panics_and_agrees_with_i128(a in any::<i64>(), b in any::<i64>(), c in any::<i64>()) {
            let (ma, mb) = (Money::from_kopecks(a), Money::from_kopecks(b));
            let wide = |r: i128| i64::try_from(r).ok().map(Money::from_kopecks);
            prop_assert_eq!(ma.checked_add(mb).ok(), wide(i128::from(a) + i128::from(b)));
            prop_assert_eq!(ma.checked_sub(mb).ok(), wide(i128::from(a) - i128::from(b)));
            prop_assert_eq!(ma.checked_mul(b).ok(), wide(i128::from(a) * i128::from(b)));
            prop_assert_eq!(ma.checked_neg().ok(), wide(-i128::from(a)));
            let _ = ma.mul_div_round(b, c);
            let _ = Money::checked_sum([ma, mb, Money::from_kopecks(c)]);
        }

        #[test]
        fn mul_div_round_is_within_half_a_kopeck(a in -1_000_000_000_i64..1_000_000_000, num in 0_i64..10_000, den in 1_i64..10_000) {
            let r = Money::from_kopecks(a).mul_div_round(num, den).unwrap().kopecks();
            let exact = i128::from(a) * i128::from(num);
            let err2 = (i128::from(r) * i128::from(den) - exact).abs() * 2;
            prop_assert!(err2 <= i128::from(den));
        }
    }
}
