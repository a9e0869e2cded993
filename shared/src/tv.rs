//! Digital TV: channel packages, Personal TV (a base package plus individually picked
//! channels, priced live) and Multiroom (extra TV sets on one package).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::money::MoneyError;
use crate::{ApiError, ErrorCode, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct ChannelId(pub u32);

/// A channel with its monthly price when picked on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Channel {
    pub id: ChannelId,
    pub name: String,
    pub price: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelPackage {
    pub id: String,
    pub name: String,
    pub monthly_fee: Money,
    pub channels: BTreeSet<ChannelId>,
}

/// Multiroom: at most this many TV sets besides the main one.
pub const MULTIROOM_MAX_EXTRA_SETS: u32 = 3;
/// Monthly equipment fee per extra set (receiver rental), 99 ₽.
pub const MULTIROOM_EQUIPMENT_FEE: Money = Money::from_kopecks(9_900);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TvError {
    #[error("more than {MULTIROOM_MAX_EXTRA_SETS} extra sets")]
    TooManySets,
    /// Catalogue data error: a channel or fee below zero.
    #[error("negative price in the catalogue")]
    NegativePrice,
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl From<TvError> for ApiError {
    fn from(err: TvError) -> Self {
        match err {
            TvError::TooManySets => {
                ApiError::new(ErrorCode::MultiroomLimit).with_field("extra_sets")
            }
            TvError::NegativePrice => ApiError::new(ErrorCode::Internal),
            TvError::Money(m) => m.into(),
        }
    }
}

/// A picked channel that is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaidChannel {
    pub id: ChannelId,
    pub price: Money,
}

/// The Personal TV price, line by line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonalTvPrice {
    pub base_fee: Money,
    /// Picked channels that are paid for, with their prices.
    pub paid: Vec<PaidChannel>,
    /// Picked channels already in the base package: free.
    pub included: Vec<ChannelId>,
    pub channels_fee: Money,
    pub total: Money,
}

/// Base package plus picked channels. A channel picked twice counts once; a channel already
/// in the package costs nothing.
pub fn personal_tv_price(
    base: &ChannelPackage,
    picked: &[Channel],
) -> Result<PersonalTvPrice, TvError> {
    if base.monthly_fee.is_negative() {
        return Err(TvError::NegativePrice);
    }
    let unique: BTreeMap<ChannelId, Money> = picked.iter().map(|c| (c.id, c.price)).collect();
    let mut paid = Vec::new();
    let mut included = Vec::new();
    for (id, price) in unique {
        if price.is_negative() {
            return Err(TvError::NegativePrice);
        }
        if base.channels.contains(&id) {
            included.push(id);
        } else {
            paid.push(PaidChannel { id, price });
        }
    }
    let channels_fee = Money::checked_sum(paid.iter().map(|c| c.price))?;
    let total = base.monthly_fee.checked_add(channels_fee)?;
    Ok(PersonalTvPrice {
        base_fee: base.monthly_fee,
        paid,
        included,
        channels_fee,
        total,
    })
}

/// The package Personal TV prices picked channels against: the base package with the
/// channels of the themed add-ons connected on top (the add-on pays for them, so picking one
/// of them costs nothing more).
pub fn priced_package<'a>(
    base: &ChannelPackage,
    addons: impl IntoIterator<Item = &'a ChannelPackage>,
) -> ChannelPackage {
    let mut priced = base.clone();
    for addon in addons {
        priced.channels.extend(addon.channels.iter().copied());
    }
    priced
}

/// The monthly Multiroom charge for `extra_sets` TV sets.
pub fn multiroom_fee(extra_sets: u32, equipment_fee: Money) -> Result<Money, TvError> {
    if extra_sets > MULTIROOM_MAX_EXTRA_SETS {
        return Err(TvError::TooManySets);
    }
    if equipment_fee.is_negative() {
        return Err(TvError::NegativePrice);
    }
    Ok(equipment_fee.checked_mul(i64::from(extra_sets))?)
}

/// What adding one more extra set costs a month when `extra_sets` are connected.
pub fn multiroom_next_set_fee(extra_sets: u32, equipment_fee: Money) -> Result<Money, TvError> {
    let after = multiroom_fee(extra_sets.saturating_add(1), equipment_fee)?;
    let before = multiroom_fee(extra_sets, equipment_fee)?;
    Ok(after.checked_sub(before)?)
}

/// The monthly fee of choosing `target` as the base package when the tariff already includes
/// `included` (paid by the tariff fee): the difference, never below zero.
pub fn base_upgrade_fee(
    target: &ChannelPackage,
    included: Option<&ChannelPackage>,
) -> Result<Money, TvError> {
    let paid = included.map_or(Money::ZERO, |p| p.monthly_fee);
    if target.monthly_fee.is_negative() || paid.is_negative() {
        return Err(TvError::NegativePrice);
    }
    Ok(target.monthly_fee.checked_sub(paid)?.max(Money::ZERO))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn ch(id: u32, kopecks: i64) -> Channel {
        Channel {
            id: ChannelId(id),
            name: format!("Channel {id}"),
            price: Money::from_kopecks(kopecks),
        }
    }

    fn base() -> ChannelPackage {
        ChannelPackage {
            id: "basic".into(),
            name: "Базовый".into(),
            monthly_fee: Money::from_kopecks(29_900),
            channels: [1, 2, 3].into_iter().map(ChannelId).collect(),
        }
    }

    #[test]
    fn picked_channels_in_the_package_are_free_and_duplicates_count_once() {
        let p = personal_tv_price(
            &base(),
            &[ch(2, 5_000), ch(10, 9_900), ch(11, 4_900), ch(10, 9_900)],
        )
        .unwrap();
        assert_eq!(p.included, vec![ChannelId(2)]);
        assert_eq!(p.paid.len(), 2);
        assert_eq!(
            (p.channels_fee.kopecks(), p.total.kopecks()),
            (14_800, 44_700)
        );
        assert_eq!(
            personal_tv_price(&base(), &[]).unwrap().total,
            base().monthly_fee
        );
        assert_eq!(
            personal_tv_price(&base(), &[ch(10, -1)]),
            Err(TvError::NegativePrice)
        );
    }

    #[test]
    fn add_on_channels_are_free_on_top_of_the_base() {
        let sport = ChannelPackage {
            id: "sport".into(),
            name: "Спорт".into(),
            monthly_fee: Money::from_kopecks(19_900),
            channels: [10, 11].into_iter().map(ChannelId).collect(),
        };
        let priced = priced_package(&base(), [&sport]);
        assert_eq!(priced.monthly_fee, base().monthly_fee);
        assert_eq!(priced.channels.len(), 5);
        let p = personal_tv_price(&priced, &[ch(10, 9_900), ch(12, 4_900)]).unwrap();
        assert_eq!(p.included, vec![ChannelId(10)]);
        assert_eq!(p.channels_fee.kopecks(), 4_900);
        assert_eq!(priced_package(&base(), []), base());
    }

    #[test]
    fn multiroom_allows_three_extra_sets() {
        assert_eq!(multiroom_fee(0, MULTIROOM_EQUIPMENT_FEE), Ok(Money::ZERO));
        assert_eq!(
            multiroom_fee(3, MULTIROOM_EQUIPMENT_FEE),
            Ok(Money::from_kopecks(29_700))
        );
        assert_eq!(
            multiroom_fee(4, MULTIROOM_EQUIPMENT_FEE),
            Err(TvError::TooManySets)
        );
        let api = ApiError::from(TvError::TooManySets);
        assert_eq!(
            (api.code, api.field.as_deref()),
            (ErrorCode::MultiroomLimit, Some("extra_sets"))
        );
    }

    #[test]
    fn one_more_set_and_a_bigger_base() {
        assert_eq!(
            multiroom_next_set_fee(0, MULTIROOM_EQUIPMENT_FEE),
            Ok(MULTIROOM_EQUIPMENT_FEE)
        );
        assert_eq!(
            multiroom_next_set_fee(3, MULTIROOM_EQUIPMENT_FEE),
            Err(TvError::TooManySets)
        );
        let mut big = base();
        big.monthly_fee = Money::from_kopecks(69_900);
        assert_eq!(
            base_upgrade_fee(&big, Some(&base())),
            Ok(Money::from_kopecks(40_000))
        );
        assert_eq!(base_upgrade_fee(&base(), Some(&big)), Ok(Money::ZERO));
        assert_eq!(base_upgrade_fee(&big, None), Ok(big.monthly_fee));
    }

    proptest! {
        #[test]
        fn sets_add_up_to_the_multiroom_fee(n in 0_u32..3, fee in 0_i64..1_000_000) {
            let fee = Money::from_kopecks(fee);
            let sum = Money::checked_sum((0..=n).map(|k| multiroom_next_set_fee(k, fee).unwrap())).unwrap();
            prop_assert_eq!(sum, multiroom_fee(n + 1, fee).unwrap());
        }

        #[test]
        fn an_upgrade_plus_the_included_fee_covers_the_target(target in 0_i64..1_000_000, included in 0_i64..1_000_000) {
            let mut t = base();
            t.monthly_fee = Money::from_kopecks(target);
            let mut i = base();
            i.monthly_fee = Money::from_kopecks(included);
            let fee = base_upgrade_fee(&t, Some(&i)).unwrap();
            prop_assert!(!fee.is_negative());
            prop_assert_eq!(fee.kopecks(), (target - included).max(0));
            prop_assert!(fee.kopecks() + included >= target);
        }

        #[test]
        fn price_is_monotone_in_channels_picked(
            prices in prop::collection::vec(0_i64..100_000, 1..40),
            in_package in prop::collection::vec(any::<bool>(), 40),
            pick_a in prop::collection::vec(any::<bool>(), 40),
            pick_extra in prop::collection::vec(any::<bool>(), 40),
        ) {
            let channels: Vec<Channel> = prices.iter().enumerate().map(|(i, p)| ch(u32::try_from(i).unwrap(), *p)).collect();
            let mut pkg = base();
            pkg.channels = channels.iter().filter(|c| in_package[c.id.0 as usize]).map(|c| c.id).collect();
            let a: Vec<Channel> = channels.iter().filter(|c| pick_a[c.id.0 as usize]).cloned().collect();
            let b: Vec<Channel> = channels.iter().filter(|c| pick_a[c.id.0 as usize] || pick_extra[c.id.0 as usize]).cloned().collect();
            let (pa, pb) = (personal_tv_price(&pkg, &a).unwrap(), personal_tv_price(&pkg, &b).unwrap());
            prop_assert!(pa.total <= pb.total);
            prop_assert!(pa.total >= pkg.monthly_fee);
            let extra_in_package = b.iter().all(|c| pkg.channels.contains(&c.id) || a.contains(c));
            if extra_in_package {
                prop_assert_eq!(pa.total, pb.total);
            }
        }
    }
}
