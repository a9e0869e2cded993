//! Pro-rating a monthly fee by days: see [`Money::prorate`].

use super::arith::div_round_half_away;
use super::{Money, MoneyError};

impl Money {
    /// The share of this (monthly) amount for the first `days` of a `period_days`-day period.
    ///
    /// **Rounding rule: half away from zero** ("arithmetic" rounding, as printed on Russian
    /// receipts): the fee for `d` of `n` days is `round(fee × d / n)`, where exact halves of a
    /// kopeck round away from zero.
    ///
    /// Ranges are computed **cumulatively**: the fee for days `[a, b)` is the rounded amount for the
    /// first `b` days minus the rounded amount for the first `a` days. So consecutive ranges (the
    /// days before and after a tariff change, or one charge per day) always add up to exactly the
    /// monthly fee: rounding never creates or loses a kopeck over a whole period. Each single range
    /// is within one kopeck of the exact share.
    pub fn prorate(self, days: u32, period_days: u32) -> Result<Money, MoneyError> {
        if period_days == 0 || days > period_days {
            return Err(MoneyError::BadPeriod);
        }
        let n = i128::from(self.kopecks()) * i128::from(days);
        let q = div_round_half_away(n, i128::from(period_days)).ok_or(MoneyError::Overflow)?;
        // |q| <= |self| because days <= period_days, so this always fits.
        i64::try_from(q)
            .map(Money::from_kopecks)
            .map_err(|_| MoneyError::Overflow)
    }

    /// The share for days `[from_day, to_day)` (0-based) of the period.
    pub fn prorate_range(
        self,
        from_day: u32,
        to_day: u32,
        period_days: u32,
    ) -> Result<Money, MoneyError> {
        if from_day > to_day {
            return Err(MoneyError::BadPeriod);
        }
        self.prorate(to_day, period_days)?
            .checked_sub(self.prorate(from_day, period_days)?)
    }

    /// One amount per day of the period; they sum to exactly `self`. A period of no days has
    /// no split (`BadPeriod`), as it has no share (found by `fuzz_rules`).
    pub fn daily_split(self, period_days: u32) -> Result<Vec<Money>, MoneyError> {
        if period_days == 0 {
            return Err(MoneyError::BadPeriod);
        }
        (0..period_days)
            .map(|d| self.prorate_range(d, d + 1, period_days))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn rub(k: i64) -> Money {
        Money::from_kopecks(k)
    }

    #[test]
    fn examples() {
        // 500 ₽ over a 30-day month: 16,666… ₽ a day.
        assert_eq!(rub(50_000).prorate(1, 30), Ok(rub(1667)));
        assert_eq!(rub(50_000).prorate(15, 30), Ok(rub(25_000)));
        assert_eq!(rub(50_000).prorate(30, 30), Ok(rub(50_000)));
        assert_eq!(rub(50_000).prorate(0, 30), Ok(rub(0)));
        // Exact half a kopeck rounds away from zero.
        assert_eq!(rub(1).prorate(1, 2), Ok(rub(1)));
        assert_eq!(rub(-1).prorate(1, 2), Ok(rub(-1)));
        assert_eq!(rub(3).prorate(1, 2), Ok(rub(2)));
        assert_eq!(rub(100).prorate(31, 30), Err(MoneyError::BadPeriod));
        assert_eq!(rub(100).prorate(0, 0), Err(MoneyError::BadPeriod));
        assert_eq!(rub(100).prorate_range(5, 4, 30), Err(MoneyError::BadPeriod));
        assert_eq!(
            rub(i64::MAX).prorate(29, 30).map(|m| m.kopecks() > 0),
            Ok(true)
        );
        assert_eq!(rub(i64::MIN).prorate(30, 30), Ok(rub(i64::MIN)));
    }

    proptest! {
        #[test]
        fn split_at_any_day_sums_back_to_the_fee(fee in any::<i64>(), n in 1_u32..=31, k in 0_u32..=31) {
            let k = k.min(n);
            let fee = rub(fee);
            let before = fee.prorate_range(0, k, n).unwrap();
            let after = fee.prorate_range(k, n, n).unwrap();
            prop_assert_eq!(i128::from(before.kopecks()) + i128::from(after.kopecks()), i128::from(fee.kopecks()));
        }

        #[test]
        fn daily_split_sums_exactly_and_each_day_is_within_a_kopeck(fee in -10_000_000_i64..10_000_000, n in 1_u32..=31) {
            let days = rub(fee).daily_split(n).unwrap();
            prop_assert_eq!(Money::checked_sum(days.iter().copied()), Ok(rub(fee)));
            for d in days {
                let err = (i128::from(d.kopecks()) * i128::from(n) - i128::from(fee)).abs();
                prop_assert!(err <= i128::from(n), "day {} of {} over {}", d.kopecks(), fee, n);
            }
        }

        #[test]
        fn a_share_is_within_half_a_kopeck_of_exact(fee in any::<i64>(), n in 1_u32..=366, k in 0_u32..=366) {
            let k = k.min(n);
            let share = rub(fee).prorate(k, n).unwrap();
            let err2 = (i128::from(share.kopecks()) * i128::from(n) - i128::from(fee) * i128::from(k)).abs() * 2;
            prop_assert!(err2 <= i128::from(n));
        }
    }
}
