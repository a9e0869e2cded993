//! Billing periods: calendar months, as on the operator's invoices.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// One calendar month: from its first day for `days` days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BillingPeriod {
    pub start: NaiveDate,
    pub days: u32,
}

impl BillingPeriod {
    /// The month `date` falls in.
    pub fn containing(date: NaiveDate) -> BillingPeriod {
        let start = date.with_day(1).unwrap_or(date);
        let days = start
            .checked_add_months(Months::new(1))
            .and_then(|next| u32::try_from((next - start).num_days()).ok())
            .unwrap_or(31);
        BillingPeriod { start, days }
    }

    /// The first day after the period.
    pub fn end(&self) -> NaiveDate {
        self.start + chrono::Days::new(u64::from(self.days))
    }

    /// 0-based index of `date` in the period, if it is in it.
    pub fn day_index(&self, date: NaiveDate) -> Option<u32> {
        let i = (date - self.start).num_days();
        u32::try_from(i).ok().filter(|i| *i < self.days)
    }

    /// Days from `date` to the end of the period, `date` included.
    pub fn days_left(&self, date: NaiveDate) -> Option<u32> {
        self.day_index(date).map(|i| self.days - i)
    }
}

/// The billing periods after the one containing `connected_on` that have begun by `until`
/// (included), in order: the full monthly fees a connected item owes after its pro-rated
/// first period.
pub fn periods_after(connected_on: NaiveDate, until: NaiveDate) -> Vec<BillingPeriod> {
    let mut out = Vec::new();
    let mut next = BillingPeriod::containing(BillingPeriod::containing(connected_on).end());
    while next.start <= until {
        out.push(next);
        next = BillingPeriod::containing(next.end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_after_the_first() {
        let p = periods_after(d(2026, 9, 26), d(2026, 11, 25));
        let starts: Vec<_> = p.iter().map(|p| p.start).collect();
        assert_eq!(starts, vec![d(2026, 10, 1), d(2026, 11, 1)]);
        assert!(periods_after(d(2026, 11, 1), d(2026, 11, 30)).is_empty());
        assert_eq!(periods_after(d(2026, 11, 30), d(2026, 12, 1)).len(), 1);
        assert!(periods_after(d(2026, 11, 5), d(2026, 10, 1)).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn periods_after_are_consecutive_months(from in 0_u64..2000, len in 0_u64..800) {
            let start = d(2024, 1, 1) + chrono::Days::new(from);
            let until = start + chrono::Days::new(len);
            let p = periods_after(start, until);
            let mut expected = BillingPeriod::containing(start).end();
            for period in &p {
                proptest::prop_assert_eq!(period.start, expected);
                proptest::prop_assert!(period.start <= until && period.start > start);
                expected = period.end();
            }
            proptest::prop_assert!(expected > until);
        }
    }

    #[test]
    fn calendar_months() {
        let p = BillingPeriod::containing(d(2024, 2, 17));
        assert_eq!(
            (p.start, p.days, p.end()),
            (d(2024, 2, 1), 29, d(2024, 3, 1))
        );
        assert_eq!(BillingPeriod::containing(d(2026, 2, 28)).days, 28);
        assert_eq!(BillingPeriod::containing(d(2026, 12, 31)).days, 31);
        assert_eq!(p.day_index(d(2024, 2, 1)), Some(0));
        assert_eq!(p.days_left(d(2024, 2, 29)), Some(1));
        assert_eq!(p.day_index(d(2024, 3, 1)), None);
        assert_eq!(p.day_index(d(2024, 1, 31)), None);
    }
}
