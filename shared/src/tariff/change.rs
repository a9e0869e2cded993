//! The price of changing tariff mid-period, shown as a breakdown before confirmation.
//!
//! The change takes effect at once: today is already a day of the new tariff. When the old
//! fee was charged for the whole period at its start, the unused part (today to the end) is
//! refunded; when it was not charged yet (the period's fee run has not reached the account),
//! nothing is refunded and the old fee is charged for the days used instead, and the change
//! takes the period's fee in its place. Either way the new fee for the days left is charged,
//! all pro-rated by [`Money::prorate_range`] (half away from zero, cumulative), and the total
//! is the same. The new package is pro-rated the same way, rounded down.

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
    /// Returned: the old fee for the days left (when it was charged).
    pub refund: Money,
    /// Charged: the old fee for the days used (when the period's fee was not charged yet).
    #[serde(default)]
    pub used: Money,
    /// Charged: the new fee for the days left.
    pub charge: Money,
    /// `charge + used − refund`: positive is taken from the balance, negative is returned.
    pub total: Money,
    /// The new tariff's package for the days left.
    pub package: Package,
}

/// Whether the old tariff's fee for the current period was charged when the change is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodFee {
    Charged,
    NotYetCharged,
}

pub fn quote_change(
    old: &Tariff,
    new: &Tariff,
    today: NaiveDate,
    fee: PeriodFee,
) -> Result<TariffChangeQuote, TariffError> {
    if old.id == new.id {
        return Err(TariffError::Unchanged);
    }
    let period = BillingPeriod::containing(today);
    let used = period.day_index(today).ok_or(MoneyError::BadPeriod)?;
    let days_left = period.days - used;
    let unused = old
        .monthly_fee
        .prorate_range(used, period.days, period.days)?;
    let (refund, kept) = match fee {
        PeriodFee::Charged => (unused, Money::ZERO),
        PeriodFee::NotYetCharged => (Money::ZERO, old.monthly_fee.checked_sub(unused)?),
    };
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
        used: kept,
        charge,
        total: charge.checked_add(kept)?.checked_sub(refund)?,
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
        let q = quote_change(
            &smart(),
            &super_tariff(),
            d(2026, 11, 15),
            PeriodFee::Charged,
        )
        .unwrap();
        assert_eq!(q.days_left, 16);
        assert_eq!(q.refund.kopecks(), 29_333);
        assert_eq!(q.charge.kopecks(), 48_000);
        assert_eq!(q.total.kopecks(), 18_667);
        assert_eq!(q.package.minutes, 533);
        let down = quote_change(
            &super_tariff(),
            &smart(),
            d(2026, 11, 15),
            PeriodFee::Charged,
        )
        .unwrap();
        assert_eq!(down.total.kopecks(), -18_667);
    }

    #[test]
    fn first_and_last_day() {
        let first = quote_change(
            &smart(),
            &super_tariff(),
            d(2026, 11, 1),
            PeriodFee::Charged,
        )
        .unwrap();
        assert_eq!(
            (first.refund.kopecks(), first.charge.kopecks()),
            (55_000, 90_000)
        );
        let last = quote_change(
            &smart(),
            &super_tariff(),
            d(2026, 11, 30),
            PeriodFee::Charged,
        )
        .unwrap();
        assert_eq!(last.days_left, 1);
        assert_eq!(last.refund.kopecks(), 1833);
        assert_eq!(
            quote_change(&smart(), &smart(), d(2026, 11, 1), PeriodFee::Charged),
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
            let q = quote_change(&a, &b, today, PeriodFee::Charged).unwrap();
            prop_assert!(q.refund.kopecks() >= 0 && q.refund.kopecks() <= old);
            prop_assert!(q.charge.kopecks() >= 0 && q.charge.kopecks() <= new);
            prop_assert_eq!(q.total.kopecks(), q.charge.kopecks() - q.refund.kopecks());
            // What the old tariff kept plus the refund is exactly its fee.
            let kept = a.monthly_fee.prorate(q.period.days - q.days_left, q.period.days).unwrap();
            prop_assert_eq!(kept.kopecks() + q.refund.kopecks(), old);
            // Not charged yet: the days used are charged instead, and the total is the same.
            let u = quote_change(&a, &b, today, PeriodFee::NotYetCharged).unwrap();
            prop_assert_eq!(u.refund, Money::ZERO);
            prop_assert_eq!(u.used.kopecks(), kept.kopecks());
            prop_assert_eq!(u.charge, q.charge);
            prop_assert_eq!(u.total.kopecks() - old, q.total.kopecks());
        }
    }

    #[test]
    fn a_fee_not_charged_yet_is_not_refunded() {
        // 15 of 30 days used: Smart 550 × 15/30 = 275,00; Super for the other 15: 450,00.
        let q = quote_change(
            &smart(),
            &super_tariff(),
            d(2026, 11, 16),
            PeriodFee::NotYetCharged,
        )
        .unwrap();
        assert_eq!(q.refund, Money::ZERO);
        assert_eq!(q.used.kopecks(), 27_500);
        assert_eq!(q.charge.kopecks(), 45_000);
        assert_eq!(q.total.kopecks(), 72_500);
    }
}
