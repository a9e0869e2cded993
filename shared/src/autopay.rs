//! Auto-payment (PRODUCT 3): top up by a chosen amount when the balance falls below a
//! threshold, or on a day of the month, within daily and monthly caps. The chosen amount is
//! never changed: if it does not fit under a cap, that run is skipped.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::tariff::BillingPeriod;
use crate::{ErrorCode, FieldError, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "trigger", rename_all = "snake_case")]
pub enum AutopayTrigger {
    /// When the balance is below `threshold`.
    BalanceBelow { threshold: Money },
    /// On `day` of every month (1–31; in shorter months, on their last day).
    DayOfMonth { day: u32 },
}

/// The most auto-payment rules one account may have.
pub const MAX_RULES_PER_ACCOUNT: usize = 3;

/// Whether an account with `existing` rules may get one more.
pub fn may_add_rule(existing: usize) -> Result<(), ErrorCode> {
    if existing < MAX_RULES_PER_ACCOUNT {
        Ok(())
    } else {
        Err(ErrorCode::AutopayRulesFull)
    }
}

/// The settings as sent by the form; [`AutopayRule::new`] checks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AutopaySettings {
    pub trigger: AutopayTrigger,
    pub amount: Money,
    pub daily_cap: Money,
    pub monthly_cap: Money,
}

/// Checked auto-payment settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "AutopaySettings", into = "AutopaySettings")]
pub struct AutopayRule(AutopaySettings);

impl AutopayRule {
    /// The amount is positive; each cap is at least the amount; the day is 1–31.
    pub fn new(s: AutopaySettings) -> Result<Self, FieldError> {
        let refuse = |field, code| Err(FieldError::new(field, code));
        if !s.amount.is_positive() {
            return refuse("amount", ErrorCode::AmountNotPositive);
        }
        if s.daily_cap < s.amount {
            return refuse("daily_cap", ErrorCode::AmountBelowMinimum);
        }
        if s.monthly_cap < s.daily_cap {
            return refuse("monthly_cap", ErrorCode::AmountBelowMinimum);
        }
        match s.trigger {
            AutopayTrigger::DayOfMonth { day } if !(1..=31).contains(&day) => {
                refuse("day", ErrorCode::InvalidDate)
            }
            AutopayTrigger::BalanceBelow { threshold } if threshold.is_negative() => {
                refuse("threshold", ErrorCode::AmountNotPositive)
            }
            _ => Ok(Self(s)),
        }
    }

    pub fn settings(&self) -> AutopaySettings {
        self.0
    }
}

impl TryFrom<AutopaySettings> for AutopayRule {
    type Error = FieldError;

    fn try_from(s: AutopaySettings) -> Result<Self, FieldError> {
        Self::new(s)
    }
}

impl From<AutopayRule> for AutopaySettings {
    fn from(r: AutopayRule) -> Self {
        r.0
    }
}

/// What has happened so far, as the server's store knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AutopayHistory {
    pub paid_today: Money,
    pub paid_this_month: Money,
    /// The day the day-of-month trigger last ran.
    pub last_scheduled_run: Option<NaiveDate>,
}

/// What an auto-payment rule says now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "decision", content = "amount", rename_all = "snake_case")]
pub enum AutopayDecision {
    /// The trigger does not fire.
    NotTriggered,
    /// The trigger fires, but the amount does not fit under the daily or monthly cap: this
    /// run is skipped.
    OverCap,
    /// Charge this amount now.
    Charge(Money),
}

/// The decision for `rule` now; [`autopay_due`] is its `Charge` amount.
pub fn autopay_decide(
    rule: &AutopayRule,
    balance: Money,
    today: NaiveDate,
    history: &AutopayHistory,
) -> AutopayDecision {
    let s = rule.0;
    let triggered = match s.trigger {
        AutopayTrigger::BalanceBelow { threshold } => balance < threshold,
        AutopayTrigger::DayOfMonth { day } => {
            let last_day = BillingPeriod::containing(today).days;
            today.day() == day.min(last_day) && history.last_scheduled_run != Some(today)
        }
    };
    let fits = |paid: Money, cap: Money| paid.checked_add(s.amount).is_ok_and(|after| after <= cap);
    if !triggered {
        AutopayDecision::NotTriggered
    } else if fits(history.paid_today, s.daily_cap) && fits(history.paid_this_month, s.monthly_cap)
    {
        AutopayDecision::Charge(s.amount)
    } else {
        AutopayDecision::OverCap
    }
}

/// The amount to charge now, if any.
pub fn autopay_due(
    rule: &AutopayRule,
    balance: Money,
    today: NaiveDate,
    history: &AutopayHistory,
) -> Option<Money> {
    match autopay_decide(rule, balance, today, history) {
        AutopayDecision::Charge(amount) => Some(amount),
        AutopayDecision::NotTriggered | AutopayDecision::OverCap => None,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Days;
    use proptest::prelude::*;

    use super::*;

    fn rub(r: i64) -> Money {
        Money::from_kopecks(r * 100)
    }

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn rule(trigger: AutopayTrigger) -> AutopayRule {
        AutopayRule::new(AutopaySettings {
            trigger,
            amount: rub(300),
            daily_cap: rub(600),
            monthly_cap: rub(1_500),
        })
        .unwrap()
    }

    #[test]
    fn settings_are_checked() {
        let ok = AutopaySettings {
            trigger: AutopayTrigger::DayOfMonth { day: 31 },
            amount: rub(300),
            daily_cap: rub(300),
            monthly_cap: rub(300),
        };
        assert!(AutopayRule::new(ok).is_ok());
        let bad = |s: AutopaySettings| AutopayRule::new(s).unwrap_err();
        assert_eq!(
            bad(AutopaySettings {
                amount: Money::ZERO,
                ..ok
            })
            .field,
            "amount"
        );
        assert_eq!(
            bad(AutopaySettings {
                daily_cap: rub(299),
                ..ok
            })
            .field,
            "daily_cap"
        );
        assert_eq!(
            bad(AutopaySettings {
                monthly_cap: rub(299),
                ..ok
            })
            .field,
            "monthly_cap"
        );
        assert_eq!(
            bad(AutopaySettings {
                trigger: AutopayTrigger::DayOfMonth { day: 0 },
                ..ok
            })
            .field,
            "day"
        );
        let json = r#"{"trigger":{"trigger":"day_of_month","day":32},"amount":100,"daily_cap":100,"monthly_cap":100}"#;
        assert!(serde_json::from_str::<AutopayRule>(json).is_err());
    }

    #[test]
    fn at_most_three_rules() {
        assert_eq!(may_add_rule(2), Ok(()));
        assert_eq!(may_add_rule(3), Err(ErrorCode::AutopayRulesFull));
    }

    #[test]
    fn triggers_and_caps() {
        let low = rule(AutopayTrigger::BalanceBelow {
            threshold: rub(100),
        });
        let none = AutopayHistory::default();
        assert_eq!(autopay_due(&low, rub(99), d(11, 25), &none), Some(rub(300)));
        assert_eq!(autopay_due(&low, rub(100), d(11, 25), &none), None);
        let spent = AutopayHistory {
            paid_today: rub(600),
            ..none
        };
        assert_eq!(autopay_due(&low, rub(0), d(11, 25), &spent), None);
        let month = AutopayHistory {
            paid_this_month: rub(1_300),
            ..none
        };
        assert_eq!(autopay_due(&low, rub(0), d(11, 25), &month), None);
        // Day 31 runs on 30 November and 28 February.
        let monthly = rule(AutopayTrigger::DayOfMonth { day: 31 });
        assert_eq!(
            autopay_due(&monthly, rub(5_000), d(11, 30), &none),
            Some(rub(300))
        );
        assert_eq!(
            autopay_due(&monthly, rub(5_000), d(2, 28), &none),
            Some(rub(300))
        );
        assert_eq!(autopay_due(&monthly, rub(5_000), d(11, 29), &none), None);
        let ran = AutopayHistory {
            last_scheduled_run: Some(d(11, 30)),
            ..none
        };
        assert_eq!(autopay_due(&monthly, rub(5_000), d(11, 30), &ran), None);
    }

    proptest! {
        #[test]
        fn over_cap_only_when_triggered_and_a_cap_would_be_passed(balance in -100_000_i64..100_000, today_paid in 0_i64..1_000, month_paid in 0_i64..2_000) {
            let r = rule(AutopayTrigger::BalanceBelow { threshold: rub(100) });
            let h = AutopayHistory {
                paid_today: rub(today_paid),
                paid_this_month: rub(month_paid),
                last_scheduled_run: None,
            };
            let decision = autopay_decide(&r, Money::from_kopecks(balance), d(3, 3), &h);
            let triggered = balance < 10_000;
            let fits = today_paid + 300 <= 600 && month_paid + 300 <= 1_500;
            let expected = match (triggered, fits) {
                (false, _) => AutopayDecision::NotTriggered,
                (true, true) => AutopayDecision::Charge(rub(300)),
                (true, false) => AutopayDecision::OverCap,
            };
            prop_assert_eq!(decision, expected);
        }

        #[test]
        fn caps_are_never_exceeded(balances in prop::collection::vec(-50_000_i64..50_000, 1..200), runs_per_day in 1_usize..5) {
            let r = rule(AutopayTrigger::BalanceBelow { threshold: rub(100) });
            let mut h = AutopayHistory::default();
            let mut day = d(1, 1);
            for (i, b) in balances.iter().enumerate() {
                if i % runs_per_day == 0 {
                    let next = day + Days::new(1);
                    h.paid_today = Money::ZERO;
                    if next.month() != day.month() {
                        h.paid_this_month = Money::ZERO;
                    }
                    day = next;
                }
                if let Some(a) = autopay_due(&r, Money::from_kopecks(*b), day, &h) {
                    h.paid_today = h.paid_today.checked_add(a).unwrap();
                    h.paid_this_month = h.paid_this_month.checked_add(a).unwrap();
                }
                prop_assert!(h.paid_today <= r.settings().daily_cap);
                prop_assert!(h.paid_this_month <= r.settings().monthly_cap);
            }
        }
    }
}
