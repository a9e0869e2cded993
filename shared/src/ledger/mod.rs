//! The balance ledger (PRODUCT 3): every change of a balance is an append-only entry of one
//! kind, and a balance is the sum of its entries. Each kind moves money one way only, so a
//! sign error is caught before it is written.

mod explain;

use serde::{Deserialize, Serialize};

pub use explain::{Explanation, PaymentMethod, unit};

use crate::money::MoneyError;
use crate::{ApiError, ErrorCode, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// Money paid in (card, gateway, auto-payment).
    Payment,
    /// Money returned to the balance (e.g. the unused part of a fee on tariff change).
    Refund,
    /// Monthly tariff fee.
    SubscriptionFee,
    /// Calls, SMS and data beyond the package.
    UsageCharge,
    /// Options, block fees, promised-payment fees, equipment.
    ServiceFee,
    PromisedCredit,
    PromisedRepayment,
    /// Bonus points paying (part of) a fee.
    BonusRedemption,
    /// A manual correction by the operator, either way.
    Adjustment,
}

/// Which way an entry moves the balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Credit,
    Debit,
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("{kind:?} entries must be {expected:?}, got {amount:?}")]
    WrongSign {
        kind: EntryKind,
        expected: Direction,
        amount: Money,
    },
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl From<LedgerError> for ApiError {
    /// A wrong sign is a bug in the caller, never the user's input.
    fn from(err: LedgerError) -> Self {
        match err {
            LedgerError::WrongSign { .. } => ApiError::new(ErrorCode::Internal),
            LedgerError::Money(m) => m.into(),
        }
    }
}

impl EntryKind {
    /// The stable name (as in JSON and in the database).
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Payment => "payment",
            EntryKind::Refund => "refund",
            EntryKind::SubscriptionFee => "subscription_fee",
            EntryKind::UsageCharge => "usage_charge",
            EntryKind::ServiceFee => "service_fee",
            EntryKind::PromisedCredit => "promised_credit",
            EntryKind::PromisedRepayment => "promised_repayment",
            EntryKind::BonusRedemption => "bonus_redemption",
            EntryKind::Adjustment => "adjustment",
        }
    }

    /// The kinds that count as spending in the expense views and limits: what was charged for
    /// service, net of refunds (payments, promised credit and its repayment, bonus
    /// redemptions and corrections are not spending).
    pub const SPEND: [EntryKind; 4] = [
        EntryKind::SubscriptionFee,
        EntryKind::UsageCharge,
        EntryKind::ServiceFee,
        EntryKind::Refund,
    ];

    /// Whether entries of this kind count as spending ([`EntryKind::SPEND`]).
    pub fn is_spend(self) -> bool {
        EntryKind::SPEND.contains(&self)
    }

    /// [`EntryKind::SPEND`] as an SQL list of their stable names: `'subscription_fee', ...`.
    pub fn spend_sql_list() -> String {
        EntryKind::SPEND
            .map(|k| format!("'{}'", k.as_str()))
            .join(", ")
    }

    /// The kind with this stable name.
    pub fn from_name(name: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// What the kind is called in a statement.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Ru};
        match (self, lang) {
            (EntryKind::Payment, Ru) => "Платёж",
            (EntryKind::Payment, En) => "Payment",
            (EntryKind::Refund, Ru) => "Возврат",
            (EntryKind::Refund, En) => "Refund",
            (EntryKind::SubscriptionFee, Ru) => "Абонентская плата",
            (EntryKind::SubscriptionFee, En) => "Subscription fee",
            (EntryKind::UsageCharge, Ru) => "Связь сверх пакета",
            (EntryKind::UsageCharge, En) => "Usage beyond the package",
            (EntryKind::ServiceFee, Ru) => "Плата за услугу",
            (EntryKind::ServiceFee, En) => "Service fee",
            (EntryKind::PromisedCredit, Ru) => "Обещанный платёж",
            (EntryKind::PromisedCredit, En) => "Promised payment",
            (EntryKind::PromisedRepayment, Ru) => "Погашение обещанного платежа",
            (EntryKind::PromisedRepayment, En) => "Promised payment repaid",
            (EntryKind::BonusRedemption, Ru) => "Оплата бонусами",
            (EntryKind::BonusRedemption, En) => "Paid with bonus points",
            (EntryKind::Adjustment, Ru) => "Корректировка",
            (EntryKind::Adjustment, En) => "Adjustment",
        }
    }

    pub const ALL: [EntryKind; 9] = [
        EntryKind::Payment,
        EntryKind::Refund,
        EntryKind::SubscriptionFee,
        EntryKind::UsageCharge,
        EntryKind::ServiceFee,
        EntryKind::PromisedCredit,
        EntryKind::PromisedRepayment,
        EntryKind::BonusRedemption,
        EntryKind::Adjustment,
    ];

    pub fn direction(self) -> Direction {
        match self {
            EntryKind::Payment
            | EntryKind::Refund
            | EntryKind::PromisedCredit
            | EntryKind::BonusRedemption => Direction::Credit,
            EntryKind::SubscriptionFee
            | EntryKind::UsageCharge
            | EntryKind::ServiceFee
            | EntryKind::PromisedRepayment => Direction::Debit,
            EntryKind::Adjustment => Direction::Either,
        }
    }

    /// `amount` if it is non-zero and has this kind's sign (credits positive, debits negative).
    pub fn check(self, amount: Money) -> Result<Money, LedgerError> {
        let ok = match self.direction() {
            Direction::Credit => amount.is_positive(),
            Direction::Debit => amount.is_negative(),
            Direction::Either => amount != Money::ZERO,
        };
        if ok {
            Ok(amount)
        } else {
            Err(LedgerError::WrongSign {
                kind: self,
                expected: self.direction(),
                amount,
            })
        }
    }

    /// The signed entry for a charge or credit given as a positive amount.
    pub fn entry(self, magnitude: Money) -> Result<Money, LedgerError> {
        let signed = match self.direction() {
            Direction::Debit => magnitude.checked_neg()?,
            Direction::Credit | Direction::Either => magnitude,
        };
        self.check(signed)
    }
}

/// A balance: the sum of its entries.
pub fn balance(entries: impl IntoIterator<Item = Money>) -> Result<Money, MoneyError> {
    Money::checked_sum(entries)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn rub(r: i64) -> Money {
        Money::from_kopecks(r * 100)
    }

    #[test]
    fn signs_by_kind() {
        assert_eq!(EntryKind::Payment.check(rub(500)), Ok(rub(500)));
        assert!(EntryKind::Payment.check(rub(-500)).is_err());
        assert!(EntryKind::Payment.check(Money::ZERO).is_err());
        assert_eq!(EntryKind::SubscriptionFee.entry(rub(550)), Ok(rub(-550)));
        assert_eq!(EntryKind::Adjustment.check(rub(-3)), Ok(rub(-3)));
        assert!(EntryKind::Adjustment.check(Money::ZERO).is_err());
        assert_eq!(
            EntryKind::UsageCharge.entry(Money::from_kopecks(i64::MIN)),
            Err(LedgerError::Money(MoneyError::Overflow))
        );
        let err = EntryKind::Refund.check(rub(-1)).unwrap_err();
        assert_eq!(ApiError::from(err).code, ErrorCode::Internal);
        let json = serde_json::to_string(&EntryKind::PromisedRepayment).unwrap();
        assert_eq!(json, "\"promised_repayment\"");
        for kind in EntryKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(EntryKind::from_name(kind.as_str()), Some(kind));
            assert_ne!(kind.label(crate::Lang::Ru), kind.label(crate::Lang::En));
        }
        assert_eq!(EntryKind::from_name("bogus"), None);
    }

    #[test]
    fn balance_is_the_sum() {
        let entries = [rub(1_000), rub(-550), rub(-12), rub(300), rub(-300)];
        assert_eq!(balance(entries), Ok(rub(438)));
        assert_eq!(balance([]), Ok(Money::ZERO));
    }

    proptest! {
        #[test]
        fn entries_built_from_magnitudes_have_the_kind_sign(k in 1_i64..i64::MAX, i in 0_usize..9) {
            let kind = EntryKind::ALL[i];
            let e = kind.entry(Money::from_kopecks(k)).unwrap();
            match kind.direction() {
                Direction::Debit => prop_assert!(e.is_negative()),
                _ => prop_assert!(e.is_positive()),
            }
        }
    }
}
