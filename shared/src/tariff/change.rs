//! The price of changing tariff mid-period, shown as a breakdown before confirmation.
//!
//! The change takes effect at once: today is already a day of the new tariff. The old fee was
//! paid for the whole period at its start, so the unused part (today to the end) is refunded
//! and the new fee for the same days is charged, both pro-rated by [`Money::prorate_range`]
//! (half away from zero, cumulative). The new package is pro-rated the same way, rounded down.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{BillingPeriod, Package, Tariff};
use crate::money::MoneyError;
use crate::{ApiError, ErrorCode, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TariffError {
    #[error("the new tariff is the current one")]
    Unchanged,
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl From<TariffError> for ApiError {
    fn from(err: TariffError) -> Self {
        match err {
            TariffError::Unchanged => ApiError::new(ErrorCode::TariffUnchanged),
            TariffError::Money(m) => m.into(),
        }
    }
}

/// What a tariff change costs, line by line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TariffChangeQuote {
    pub from_tariff: String,
    pub to_tariff: String,
    pub effective_on: NaiveDate,
    pub period: BillingPeriod,
    /// Days of the new tariff in this period, today included.
    pub days_left: u32,
    /// Returned: the old fee for the days left.
    pub refund: Money,
    /// Charged: the new fee for the days left.
    pub charge: Money,
    /// `charge − refund`: positive is taken from the balance, negative is returned to it.
    pub total: Money,
    /// The new tariff's package for the days left.
    pub package: Package,
}

pub fn quote_change(
    old: &Tariff,
    new: &Tariff,
    today: NaiveDate,
) -> Result<TariffChangeQuote, TariffError> {
    if old.id == new.id {
        return Err(TariffError::Unchanged);
    }
    let period = BillingPeriod::containing(today);
    let used = period.day_index(today).ok_or(MoneyError::BadPeriod)?;
    let days_left = period.days - used;
    let refund = old
        .monthly_fee
        .prorate_range(used, period.days, period.days)?;
    let charge = new
        .monthly_fee
        .prorate_range(used, period.days, period.days)?;
    Ok(TariffChangeQuote {
        from_tariff: old.id.clone(),
        to_tariff: new.id.clone(),
        effective_on: today,
        period,
        days_left,
        refund,
        charge,
        total: charge.checked_sub(refund)?,
        package: new.package.prorate(days_left, period.days),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::tariff::fixtures::{smart, super_tariff};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn upgrade_in_the_middle_of_november() {
        // 16 of 30 days left: refund 550 × 16/30 = 293,33; charge 900 × 16/30 = 480,00.
        let q = quote_change(&smart(), &super_tariff(), d(2026, 11, 15)).unwrap();
        assert_eq!(q.days_left, 16);
        assert_eq!(q.refund.kopecks(), 29_333);
        assert_eq!(q.charge.kopecks(), 48_000);
        assert_eq!(q.total.kopecks(), 18_667);
        assert_eq!(q.package.minutes, 533);
        let down = quote_change(&super_tariff(), &smart(), d(2026, 11, 15)).unwrap();
        assert_eq!(down.total.kopecks(), -18_667);
    }

    #[test]
    fn first_and_last_day() {
        let first = quote_change(&smart(), &super_tariff(), d(2026, 11, 1)).unwrap();
        assert_eq!(
            (first.refund.kopecks(), first.charge.kopecks()),
            (55_000, 90_000)
        );
        let last = quote_change(&smart(), &super_tariff(), d(2026, 11, 30)).unwrap();
        assert_eq!(last.days_left, 1);
        assert_eq!(last.refund.kopecks(), 1833);
        assert_eq!(
            quote_change(&smart(), &smart(), d(2026, 11, 1)),
            Err(TariffError::Unchanged)
        );
        assert_eq!(ApiError::from(TariffError::Unchanged).status(), 409);
    }

    proptest! {
        #[test]
        fn refund_and_charge_stay_within_the_fees(old in 0_i64..10_000_000, new in 0_i64..10_000_000, day in 0_i64..366) {
            let mut a = smart();
            let mut b = super_tariff();
            a.monthly_fee = Money::from_kopecks(old);
            b.monthly_fee = Money::from_kopecks(new);
            let today = d(2024, 1, 1) + chrono::Days::new(u64::try_from(day).unwrap());
            let q = quote_change(&a, &b, today).unwrap();
            prop_assert!(q.refund.kopecks() >= 0 && q.refund.kopecks() <= old);
            prop_assert!(q.charge.kopecks() >= 0 && q.charge.kopecks() <= new);
            prop_assert_eq!(q.total.kopecks(), q.charge.kopecks() - q.refund.kopecks());
            // What the old tariff kept plus the refund is exactly its fee.
            let kept = a.monthly_fee.prorate(q.period.days - q.days_left, q.period.days).unwrap();
            prop_assert_eq!(kept.kopecks() + q.refund.kopecks(), old);
        }
    }
}
