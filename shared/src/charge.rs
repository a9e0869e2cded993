//! Whether the balance covers a charge made now (tariff change, option, TV, equipment).
//! A change that costs nothing or returns money is always affordable; one that costs money
//! needs the balance to cover it in full: nothing is taken into debt by a self-service change.

use crate::money::MoneyError;
use crate::{ApiError, ErrorCode, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChargeError {
    #[error("the balance does not cover the charge")]
    InsufficientBalance,
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl From<ChargeError> for ApiError {
    fn from(err: ChargeError) -> Self {
        match err {
            ChargeError::InsufficientBalance => ApiError::new(ErrorCode::InsufficientBalance),
            ChargeError::Money(m) => m.into(),
        }
    }
}

/// The balance after taking `charge` (negative `charge` is money returned), or why not.
pub fn balance_after(balance: Money, charge: Money) -> Result<Money, ChargeError> {
    let after = balance.checked_sub(charge)?;
    if charge.is_positive() && after.is_negative() {
        return Err(ChargeError::InsufficientBalance);
    }
    Ok(after)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn k(v: i64) -> Money {
        Money::from_kopecks(v)
    }

    #[test]
    fn covers_or_refuses() {
        assert_eq!(balance_after(k(10_000), k(4_000)), Ok(k(6_000)));
        assert_eq!(balance_after(k(4_000), k(4_000)), Ok(Money::ZERO));
        assert_eq!(
            balance_after(k(3_999), k(4_000)),
            Err(ChargeError::InsufficientBalance)
        );
        // A refund or a free change works even in debt.
        assert_eq!(balance_after(k(-500), k(-200)), Ok(k(-300)));
        assert_eq!(balance_after(k(-500), Money::ZERO), Ok(k(-500)));
        assert_eq!(
            balance_after(k(i64::MIN), k(1)),
            Err(ChargeError::Money(MoneyError::Overflow))
        );
        assert_eq!(
            ApiError::from(ChargeError::InsufficientBalance).code,
            ErrorCode::InsufficientBalance
        );
    }

    proptest! {
        #[test]
        fn a_paid_change_never_leaves_debt(balance in -1_000_000_i64..1_000_000, charge in -1_000_000_i64..1_000_000) {
            match balance_after(k(balance), k(charge)) {
                Ok(after) => {
                    prop_assert_eq!(after.kopecks(), balance - charge);
                    prop_assert!(charge <= 0 || after.kopecks() >= 0);
                }
                Err(e) => {
                    prop_assert_eq!(e, ChargeError::InsufficientBalance);
                    prop_assert!(charge > 0 && balance < charge);
                }
            }
        }
    }
}
