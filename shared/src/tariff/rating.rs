//! Rating usage: a record consumes what is left of the package first, and only the part
//! beyond it is charged at the tariff's price. A record that straddles the end of the package
//! is split into a package part and a charged part.

use serde::{Deserialize, Serialize};

use super::{Package, Prices, UsageKind};
use crate::Money;
use crate::money::MoneyError;

/// One record from the network, in billing units (minutes, messages, megabytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageRecord {
    pub kind: UsageKind,
    pub quantity: u64,
}

impl UsageRecord {
    /// A call lasting `seconds`: every started minute is billed.
    pub fn call(seconds: u64) -> Self {
        Self {
            kind: UsageKind::Voice,
            quantity: seconds.div_ceil(60),
        }
    }

    pub fn sms(count: u64) -> Self {
        Self {
            kind: UsageKind::Sms,
            quantity: count,
        }
    }

    /// A data session of `kilobytes`: every started megabyte (1024 KB) is billed.
    pub fn data_kb(kilobytes: u64) -> Self {
        Self {
            kind: UsageKind::Data,
            quantity: kilobytes.div_ceil(1024),
        }
    }
}

/// The outcome of rating one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rated {
    pub kind: UsageKind,
    /// Units taken from the package.
    pub from_package: u64,
    /// Units beyond the package, charged at the price.
    pub billed: u64,
    /// `billed × price`.
    pub charge: Money,
    /// What is left of the package afterwards.
    pub remaining: Package,
}

/// Rates `record` against what is left of the package.
pub fn rate(record: UsageRecord, remaining: Package, prices: &Prices) -> Result<Rated, MoneyError> {
    let left = remaining.get(record.kind);
    let from_package = record.quantity.min(left);
    let billed = record.quantity - from_package;
    let units = i64::try_from(billed).map_err(|_| MoneyError::Overflow)?;
    let charge = prices.get(record.kind).checked_mul(units)?;
    Ok(Rated {
        kind: record.kind,
        from_package,
        billed,
        charge,
        remaining: remaining.with(record.kind, left - from_package),
    })
}

/// Rates records in order; returns each result, the package left and the total charge.
pub fn rate_all(
    records: impl IntoIterator<Item = UsageRecord>,
    mut remaining: Package,
    prices: &Prices,
) -> Result<(Vec<Rated>, Package, Money), MoneyError> {
    let mut total = Money::ZERO;
    let mut out = Vec::new();
    for record in records {
        let rated = rate(record, remaining, prices)?;
        total = total.checked_add(rated.charge)?;
        remaining = rated.remaining;
        out.push(rated);
    }
    Ok((out, remaining, total))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::tariff::fixtures::smart;

    #[test]
    fn billing_units() {
        assert_eq!(UsageRecord::call(0).quantity, 0);
        assert_eq!(UsageRecord::call(1).quantity, 1);
        assert_eq!(UsageRecord::call(60).quantity, 1);
        assert_eq!(UsageRecord::call(61).quantity, 2);
        assert_eq!(UsageRecord::data_kb(1025).quantity, 2);
        assert_eq!(
            UsageRecord::sms(3),
            UsageRecord {
                kind: UsageKind::Sms,
                quantity: 3
            }
        );
    }

    #[test]
    fn a_call_straddling_the_package_end_is_split() {
        let t = smart();
        let left = t.package.with(UsageKind::Voice, 3);
        let r = rate(UsageRecord::call(5 * 60), left, &t.prices).unwrap();
        assert_eq!((r.from_package, r.billed, r.charge.kopecks()), (3, 2, 400));
        assert_eq!(r.remaining.minutes, 0);
        assert_eq!(r.remaining.sms, t.package.sms);
        let inside = rate(UsageRecord::sms(2), left, &t.prices).unwrap();
        assert_eq!((inside.charge, inside.remaining.sms), (Money::ZERO, 498));
    }

    #[test]
    fn rate_all_totals_and_overflow() {
        let t = smart();
        let recs = [
            UsageRecord::data_kb(14 * 1024 * 1024),
            UsageRecord::data_kb(2 * 1024 * 1024),
        ];
        let (rated, left, total) = rate_all(recs, t.package, &t.prices).unwrap();
        assert_eq!(rated[0].charge, Money::ZERO);
        assert_eq!((rated[1].from_package, rated[1].billed), (1024, 1024));
        assert_eq!((left.data_mb, total.kopecks()), (0, 1024 * 50));
        let huge = UsageRecord {
            kind: UsageKind::Data,
            quantity: u64::MAX,
        };
        assert_eq!(
            rate(huge, Package::default(), &t.prices),
            Err(MoneyError::Overflow)
        );
    }

    fn kinds() -> impl Strategy<Value = UsageKind> {
        prop_oneof![
            Just(UsageKind::Voice),
            Just(UsageKind::Sms),
            Just(UsageKind::Data)
        ]
    }

    proptest! {
        #[test]
        fn never_charges_while_the_package_has_room(kind in kinds(), left in any::<u64>(), q in any::<u64>(), price in 0_i64..10_000) {
            let prices = Prices { per_minute: Money::from_kopecks(price), per_sms: Money::from_kopecks(price), per_mb: Money::from_kopecks(price) };
            let remaining = Package::default().with(kind, left);
            if let Ok(r) = rate(UsageRecord { kind, quantity: q }, remaining, &prices) {
                prop_assert_eq!(r.from_package + r.billed, q);
                prop_assert_eq!(r.remaining.get(kind), left - r.from_package);
                prop_assert_eq!(r.charge.kopecks(), i64::try_from(r.billed).unwrap() * price);
                if q <= left {
                    prop_assert_eq!(r.charge, Money::ZERO);
                    prop_assert_eq!(r.billed, 0);
                } else {
                    prop_assert_eq!(r.remaining.get(kind), 0);
                }
            } else {
                prop_assert!(q > left);
            }
        }

        #[test]
        fn splitting_a_record_does_not_change_the_bill(kind in kinds(), left in 0_u64..10_000, a in 0_u64..10_000, b in 0_u64..10_000) {
            let t = smart();
            let start = t.package.with(kind, left);
            let whole = rate(UsageRecord { kind, quantity: a + b }, start, &t.prices).unwrap();
            let parts = [UsageRecord { kind, quantity: a }, UsageRecord { kind, quantity: b }];
            let (_, rest, total) = rate_all(parts, start, &t.prices).unwrap();
            prop_assert_eq!(whole.charge, total);
            prop_assert_eq!(whole.remaining, rest);
        }
    }
}
