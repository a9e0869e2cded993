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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
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
