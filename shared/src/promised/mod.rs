//! Promised payment: a short credit that keeps service on at zero or negative balance.
//!
//! Eligible when the account is older than [`MIN_ACCOUNT_AGE_DAYS`], not blocked, and has no
//! unpaid promised payment. The amount is capped by the average monthly spend of the last
//! three full months. [`take`] applies the fee tier and expiry; [`repay`] splits the next
//! payment.

mod payment;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

pub use payment::{
    FEE_TIERS, FeeTier, NOTIFY_BEFORE_HOURS, PromisedPayment, PromisedStatus, Repayment,
    check_amount, fee_for, repay, take,
};

use crate::service::ServiceKind;
use crate::{ApiError, ErrorCode, Money};

/// An account must be older than this many days.
pub const MIN_ACCOUNT_AGE_DAYS: u64 = 60;
/// The smallest promised payment. When the cap is below it the offer is refused.
pub const MIN_AMOUNT: Money = Money::from_kopecks(5_000);
/// Whatever the spend, no promised payment exceeds this.
pub const MAX_AMOUNT: Money = Money::from_kopecks(1_500_000);

/// What the rules need to know about the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountStanding {
    pub service: ServiceKind,
    pub opened_on: NaiveDate,
    pub blocked: bool,
    pub unpaid_promised: bool,
    /// Charges of the last three full calendar months (refunds make a month smaller; a
    /// month with more refunds than charges counts as zero). A missing month is zero.
    pub last_three_months_spend: [Money; 3],
}

/// Why a promised payment is not offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Ineligible {
    #[error("account is blocked")]
    Blocked,
    #[error("an earlier promised payment is unpaid")]
    UnpaidPromised,
    #[error("account is too new")]
    AccountTooNew { eligible_from: NaiveDate },
    #[error("spend of the last three months is too low")]
    SpendTooLow,
}

impl Ineligible {
    pub fn code(self) -> ErrorCode {
        match self {
            Ineligible::Blocked => ErrorCode::PromisedAccountBlocked,
            Ineligible::UnpaidPromised => ErrorCode::PromisedUnpaid,
            Ineligible::AccountTooNew { .. } => ErrorCode::PromisedAccountTooNew,
            Ineligible::SpendTooLow => ErrorCode::PromisedNoSpendHistory,
        }
    }
}

impl From<Ineligible> for ApiError {
    fn from(reason: Ineligible) -> Self {
        ApiError::new(reason.code())
    }
}

/// What the subscriber may take now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PromisedOffer {
    pub min: Money,
    /// Whole roubles, never above the average monthly spend nor [`MAX_AMOUNT`].
    pub cap: Money,
    /// 3 days for mobile, 7 for home and satellite services.
    pub term_days: u32,
}

/// What is left of an open promised payment's term, as the dashboard counts it down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLeft {
    /// A day or more: whole days, rounded to the nearest (at least 1).
    Days(u32),
    /// Less than a day: whole hours, rounded up (at least 1).
    Hours(u32),
    /// The term is over.
    Over,
}

/// The countdown of a promised payment with `seconds` left until it expires.
pub fn time_left(seconds: i64) -> TimeLeft {
    const HOUR: i64 = 3_600;
    const DAY: i64 = 24 * HOUR;
    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX).max(1);
    if seconds <= 0 {
        TimeLeft::Over
    } else if seconds >= DAY {
        TimeLeft::Days(count(seconds.saturating_add(DAY / 2) / DAY))
    } else {
        TimeLeft::Hours(count((seconds + HOUR - 1) / HOUR))
    }
}

/// How long a promised payment lasts.
pub fn term_days(service: ServiceKind) -> u32 {
    match service {
        ServiceKind::Mobile => 3,
        ServiceKind::Home | ServiceKind::Satellite => 7,
    }
}

/// The average of the three months, rounded down to the kopeck; negative months count as 0.
pub fn average_monthly_spend(months: [Money; 3]) -> Money {
    let sum: i128 = months
        .iter()
        .map(|m| i128::from(m.non_negative().kopecks()))
        .sum();
    // The mean of three i64 values fits in i64.
    Money::from_kopecks(i64::try_from(sum / 3).unwrap_or(i64::MAX))
}

/// The offer, or the first reason there is none (blocked, unpaid, age, spend: in that order).
pub fn offer(standing: &AccountStanding, today: NaiveDate) -> Result<PromisedOffer, Ineligible> {
    if standing.blocked {
        return Err(Ineligible::Blocked);
    }
    if standing.unpaid_promised {
        return Err(Ineligible::UnpaidPromised);
    }
    let eligible_from = standing
        .opened_on
        .checked_add_days(Days::new(MIN_ACCOUNT_AGE_DAYS + 1));
    match eligible_from {
        Some(from) if today >= from => {}
        Some(from) => {
            return Err(Ineligible::AccountTooNew {
                eligible_from: from,
            });
        }
        None => {
            return Err(Ineligible::AccountTooNew {
                eligible_from: NaiveDate::MAX,
            });
        }
    }
    let average = average_monthly_spend(standing.last_three_months_spend).kopecks();
    let cap = Money::from_kopecks(average - average % 100).min(MAX_AMOUNT);
    if cap < MIN_AMOUNT {
        return Err(Ineligible::SpendTooLow);
    }
    Ok(PromisedOffer {
        min: MIN_AMOUNT,
        cap,
        term_days: term_days(standing.service),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn standing() -> AccountStanding {
        AccountStanding {
            service: ServiceKind::Mobile,
            opened_on: d(2026, 1, 10),
            blocked: false,
            unpaid_promised: false,
            last_three_months_spend: [
                Money::from_kopecks(60_000),
                Money::from_kopecks(45_050),
                Money::from_kopecks(50_000),
            ],
        }
    }

    #[test]
    fn eligible_account_gets_a_cap_of_the_average_in_whole_roubles() {
        let o = offer(&standing(), d(2026, 11, 25)).unwrap();
        // (600 + 450,50 + 500) / 3 = 516,83 -> 516 ₽.
        assert_eq!(
            o,
            PromisedOffer {
                min: MIN_AMOUNT,
                cap: Money::from_kopecks(51_600),
                term_days: 3
            }
        );
        let home = AccountStanding {
            service: ServiceKind::Home,
            ..standing()
        };
        assert_eq!(offer(&home, d(2026, 11, 25)).unwrap().term_days, 7);
        let rich = AccountStanding {
            last_three_months_spend: [Money::from_kopecks(10_000_000); 3],
            ..standing()
        };
        assert_eq!(offer(&rich, d(2026, 11, 25)).unwrap().cap, MAX_AMOUNT);
    }

    #[test]
    fn reasons_when_not_eligible() {
        let today = d(2026, 11, 25);
        let s = standing();
        assert_eq!(
            offer(&AccountStanding { blocked: true, ..s }, today),
            Err(Ineligible::Blocked)
        );
        assert_eq!(
            offer(
                &AccountStanding {
                    unpaid_promised: true,
                    ..s
                },
                today
            ),
            Err(Ineligible::UnpaidPromised)
        );
        // Opened 60 days ago: not yet; 61 days ago: yes.
        let young = AccountStanding {
            opened_on: d(2026, 9, 26),
            ..s
        };
        assert_eq!(
            offer(&young, today),
            Err(Ineligible::AccountTooNew {
                eligible_from: d(2026, 11, 26)
            })
        );
        assert!(
            offer(
                &AccountStanding {
                    opened_on: d(2026, 9, 25),
                    ..s
                },
                today
            )
            .is_ok()
        );
        let poor = AccountStanding {
            last_three_months_spend: [Money::from_kopecks(14_999), Money::ZERO, Money::ZERO],
            ..s
        };
        assert_eq!(offer(&poor, today), Err(Ineligible::SpendTooLow));
        assert_eq!(
            ApiError::from(Ineligible::SpendTooLow).code,
            ErrorCode::PromisedNoSpendHistory
        );
        let json = serde_json::to_string(&Ineligible::AccountTooNew {
            eligible_from: d(2026, 11, 26),
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"reason":"account_too_new","eligible_from":"2026-11-26"}"#
        );
    }

    #[test]
    fn countdown_in_days_then_hours() {
        assert_eq!(time_left(3 * 86_400), TimeLeft::Days(3));
        assert_eq!(time_left(3 * 86_400 - 5), TimeLeft::Days(3));
        assert_eq!(time_left(86_400 + 13 * 3_600), TimeLeft::Days(2));
        assert_eq!(time_left(86_400 + 3_600), TimeLeft::Days(1));
        assert_eq!(time_left(86_400), TimeLeft::Days(1));
        assert_eq!(time_left(86_399), TimeLeft::Hours(24));
        assert_eq!(time_left(3_601), TimeLeft::Hours(2));
        assert_eq!(time_left(1), TimeLeft::Hours(1));
        assert_eq!(time_left(0), TimeLeft::Over);
        assert_eq!(time_left(-5), TimeLeft::Over);
        assert_eq!(time_left(i64::MAX), TimeLeft::Days(u32::MAX));
    }

    proptest! {
        #[test]
        fn cap_never_exceeds_the_average(a in any::<i64>(), b in any::<i64>(), c in any::<i64>(), age in 0_u64..1000) {
            let months = [Money::from_kopecks(a), Money::from_kopecks(b), Money::from_kopecks(c)];
            let s = AccountStanding { last_three_months_spend: months, opened_on: d(2020, 1, 1), ..standing() };
            let today = d(2020, 1, 1) + Days::new(age);
            let exact_avg = (i128::from(a.max(0)) + i128::from(b.max(0)) + i128::from(c.max(0))) / 3;
            match offer(&s, today) {
                Ok(o) => {
                    prop_assert!(i128::from(o.cap.kopecks()) <= exact_avg);
                    prop_assert!(o.cap >= o.min && o.cap <= MAX_AMOUNT);
                    prop_assert_eq!(o.cap.kopecks() % 100, 0);
                    prop_assert!(age > MIN_ACCOUNT_AGE_DAYS);
                }
                Err(Ineligible::AccountTooNew { .. }) => prop_assert!(age <= MIN_ACCOUNT_AGE_DAYS),
                Err(other) => prop_assert_eq!(other, Ineligible::SpendTooLow),
            }
        }
    }
}
