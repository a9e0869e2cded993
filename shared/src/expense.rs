//! Expense control: a monthly spending limit, alerts at 50, 80 and 100 % of it, and a
//! forecast of the month's total from the spend so far.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::MoneyError;
use crate::tariff::BillingPeriod;
use crate::{ErrorCode, FieldError, Money};

/// A monthly spending limit, above zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "Money", into = "Money")]
pub struct ExpenseLimit(Money);

impl ExpenseLimit {
    pub const FIELD: &'static str = "limit";

    pub fn new(amount: Money) -> Result<Self, FieldError> {
        if amount.is_positive() {
            Ok(Self(amount))
        } else {
            Err(FieldError::new(Self::FIELD, ErrorCode::AmountNotPositive))
        }
    }

    /// Reads a typed amount (see [`Money::parse`]).
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        Self::new(Money::parse(input).map_err(|e| e.in_field(Self::FIELD))?)
    }

    pub fn amount(self) -> Money {
        self.0
    }
}

impl TryFrom<Money> for ExpenseLimit {
    type Error = FieldError;

    fn try_from(m: Money) -> Result<Self, FieldError> {
        Self::new(m)
    }
}

impl From<ExpenseLimit> for Money {
    fn from(l: ExpenseLimit) -> Money {
        l.0
    }
}

/// An alert threshold, as a share of the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExpenseAlert {
    Half,
    EightyPercent,
    LimitReached,
}

impl ExpenseAlert {
    pub const ALL: [ExpenseAlert; 3] = [
        ExpenseAlert::Half,
        ExpenseAlert::EightyPercent,
        ExpenseAlert::LimitReached,
    ];

    pub fn percent(self) -> u32 {
        match self {
            ExpenseAlert::Half => 50,
            ExpenseAlert::EightyPercent => 80,
            ExpenseAlert::LimitReached => 100,
        }
    }

    /// `spent ≥ percent % of limit`, computed exactly.
    fn reached_by(self, spent: Money, limit: ExpenseLimit) -> bool {
        i128::from(spent.kopecks()) * 100
            >= i128::from(limit.0.kopecks()) * i128::from(self.percent())
    }
}

/// The highest threshold `spent` has reached.
pub fn alert_level(spent: Money, limit: ExpenseLimit) -> Option<ExpenseAlert> {
    ExpenseAlert::ALL
        .into_iter()
        .rev()
        .find(|a| a.reached_by(spent, limit))
}

/// Thresholds crossed when spend goes from `before` to `after`: each is notified once.
pub fn crossed(before: Money, after: Money, limit: ExpenseLimit) -> Vec<ExpenseAlert> {
    ExpenseAlert::ALL
        .into_iter()
        .filter(|a| !a.reached_by(before, limit) && a.reached_by(after, limit))
        .collect()
}

/// The month's spend so far, extrapolated linearly to the end of the month (today counts as
/// an elapsed day); rounded half away from zero. Negative spend counts as zero.
pub fn forecast_month_end(spent_so_far: Money, today: NaiveDate) -> Result<Money, MoneyError> {
    let period = BillingPeriod::containing(today);
    let elapsed = period.day_index(today).ok_or(MoneyError::BadPeriod)? + 1;
    spent_so_far
        .non_negative()
        .mul_div_round(i64::from(period.days), i64::from(elapsed))
}

/// Everything the expense-control screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpenseStatus {
    pub spent: Money,
    pub limit: Money,
    /// Whole percent of the limit spent, rounded down; above 100 when over the limit.
    pub percent: u32,
    pub alert: Option<ExpenseAlert>,
    pub forecast: Money,
    pub forecast_over_limit: bool,
}

pub fn expense_status(
    spent: Money,
    limit: ExpenseLimit,
    today: NaiveDate,
) -> Result<ExpenseStatus, MoneyError> {
    let forecast = forecast_month_end(spent, today)?;
    let pct = i128::from(spent.non_negative().kopecks()) * 100 / i128::from(limit.0.kopecks());
    Ok(ExpenseStatus {
        spent,
        limit: limit.0,
        percent: u32::try_from(pct).unwrap_or(u32::MAX),
        alert: alert_level(spent, limit),
        forecast,
        forecast_over_limit: forecast > limit.0,
    })
}

#[cfg(test)]
mod tests {
    use chrono::Days;
    use proptest::prelude::*;

    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn rub(r: i64) -> Money {
        Money::from_kopecks(r * 100)
    }

    fn limit(r: i64) -> ExpenseLimit {
        ExpenseLimit::new(rub(r)).unwrap()
    }

    #[test]
    fn limit_must_be_positive() {
        assert_eq!(ExpenseLimit::parse("1 000").unwrap().amount(), rub(1_000));
        assert_eq!(
            ExpenseLimit::parse("0").unwrap_err(),
            FieldError::new("limit", ErrorCode::AmountNotPositive)
        );
        assert_eq!(
            ExpenseLimit::parse("x").unwrap_err(),
            FieldError::new("limit", ErrorCode::InvalidAmount)
        );
        assert!(serde_json::from_str::<ExpenseLimit>("-5").is_err());
        assert_eq!(
            serde_json::from_str::<ExpenseLimit>("100000").unwrap(),
            limit(1_000)
        );
    }

    #[test]
    fn thresholds() {
        let l = limit(1_000);
        assert_eq!(alert_level(rub(499), l), None);
        assert_eq!(alert_level(rub(500), l), Some(ExpenseAlert::Half));
        assert_eq!(alert_level(rub(800), l), Some(ExpenseAlert::EightyPercent));
        assert_eq!(alert_level(rub(1_200), l), Some(ExpenseAlert::LimitReached));
        assert_eq!(
            crossed(rub(400), rub(900), l),
            vec![ExpenseAlert::Half, ExpenseAlert::EightyPercent]
        );
        assert_eq!(crossed(rub(900), rub(950), l), vec![]);
    }

    #[test]
    fn forecast_and_status() {
        // 300 ₽ in the first 10 days of a 30-day month: 900 ₽ by its end.
        assert_eq!(forecast_month_end(rub(300), d(10)), Ok(rub(900)));
        assert_eq!(forecast_month_end(rub(300), d(30)), Ok(rub(300)));
        assert_eq!(forecast_month_end(rub(-5), d(3)), Ok(Money::ZERO));
        let s = expense_status(rub(600), limit(1_000), d(15)).unwrap();
        assert_eq!(
            (s.percent, s.alert, s.forecast, s.forecast_over_limit),
            (60, Some(ExpenseAlert::Half), rub(1_200), true)
        );
    }

    proptest! {
        #[test]
        fn forecast_is_at_least_the_spend_and_equals_it_on_the_last_day(k in 0_i64..1_000_000_000_000, day in 0_u64..365) {
            let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(day);
            let f = forecast_month_end(Money::from_kopecks(k), today).unwrap();
            prop_assert!(f.kopecks() >= k);
            let p = BillingPeriod::containing(today);
            if p.days_left(today) == Some(1) {
                prop_assert_eq!(f.kopecks(), k);
            }
        }

        #[test]
        fn crossing_in_steps_alerts_the_same_as_at_once(a in 0_i64..2_000_000, b in 0_i64..2_000_000, c in 0_i64..2_000_000, l in 1_i64..1_000_000) {
            let mut v = [a, b, c];
            v.sort_unstable();
            let lim = ExpenseLimit::new(Money::from_kopecks(l)).unwrap();
            let m = Money::from_kopecks;
            let mut steps = crossed(m(v[0]), m(v[1]), lim);
            steps.extend(crossed(m(v[1]), m(v[2]), lim));
            prop_assert_eq!(steps, crossed(m(v[0]), m(v[2]), lim));
        }
    }
}
