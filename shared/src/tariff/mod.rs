//! Tariffs: a monthly fee, a package included every billing period and prices beyond it.
//! [`rate`] charges usage against the package; [`quote_change`] prices a switch of tariff;
//! [`connect_quote`] prices an option.

mod change;
mod option;
mod period;
mod rating;

use serde::{Deserialize, Serialize};

pub use change::{PeriodFee, TariffChangeQuote, TariffError, quote_change};
pub use option::{OptionPrice, OptionQuote, ServiceOption, connect_quote};
pub use period::{BillingPeriod, periods_after};
pub use rating::{Rated, UsageRecord, rate, rate_all};

use crate::Money;

/// What a usage record measures, each in its billing unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UsageKind {
    /// Calls, in minutes (every started minute counts).
    Voice,
    /// Text messages, one each.
    Sms,
    /// Mobile data, in megabytes (every started megabyte of a session counts).
    Data,
}

impl UsageKind {
    pub const ALL: [UsageKind; 3] = [UsageKind::Voice, UsageKind::Sms, UsageKind::Data];
}

/// Quantities included in a tariff for one billing period, or what is left of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Package {
    pub minutes: u64,
    pub sms: u64,
    pub data_mb: u64,
}

impl Package {
    pub fn get(&self, kind: UsageKind) -> u64 {
        match kind {
            UsageKind::Voice => self.minutes,
            UsageKind::Sms => self.sms,
            UsageKind::Data => self.data_mb,
        }
    }

    /// A copy with one quantity replaced.
    pub fn with(mut self, kind: UsageKind, value: u64) -> Package {
        match kind {
            UsageKind::Voice => self.minutes = value,
            UsageKind::Sms => self.sms = value,
            UsageKind::Data => self.data_mb = value,
        }
        self
    }

    /// The part of the package for the last `days` of a `period_days`-day period, rounded
    /// down (a partial period never gives more than the full one would). `days` above the
    /// period count as the whole period.
    pub fn prorate(&self, days: u32, period_days: u32) -> Package {
        let part = |q: u64| {
            if period_days == 0 {
                return 0;
            }
            let share = u128::from(q) * u128::from(days.min(period_days)) / u128::from(period_days);
            u64::try_from(share).unwrap_or(q)
        };
        Package {
            minutes: part(self.minutes),
            sms: part(self.sms),
            data_mb: part(self.data_mb),
        }
    }
}

/// Prices per unit beyond the package. Never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Prices {
    pub per_minute: Money,
    pub per_sms: Money,
    pub per_mb: Money,
}

impl Prices {
    pub fn get(&self, kind: UsageKind) -> Money {
        match kind {
            UsageKind::Voice => self.per_minute,
            UsageKind::Sms => self.per_sms,
            UsageKind::Data => self.per_mb,
        }
    }
}

/// A tariff of a region's catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tariff {
    /// Stable identifier, e.g. `mobile-smart-77`.
    pub id: String,
    pub name: String,
    /// Region code (`77` for Moscow) whose catalogue lists the tariff.
    pub region: String,
    pub monthly_fee: Money,
    pub package: Package,
    pub prices: Prices,
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    /// «Smart» in Moscow: 550 ₽, 500 min, 500 SMS, 15 GB; 2 ₽/min, 1,50 ₽/SMS, 0,50 ₽/MB.
    pub fn smart() -> Tariff {
        Tariff {
            id: "mobile-smart-77".into(),
            name: "Smart".into(),
            region: "77".into(),
            monthly_fee: Money::from_kopecks(55_000),
            package: Package {
                minutes: 500,
                sms: 500,
                data_mb: 15 * 1024,
            },
            prices: Prices {
                per_minute: Money::from_kopecks(200),
                per_sms: Money::from_kopecks(150),
                per_mb: Money::from_kopecks(50),
            },
        }
    }

    /// «Super» in Moscow: 900 ₽, 1000 min, 1000 SMS, 40 GB; same prices beyond.
    pub fn super_tariff() -> Tariff {
        Tariff {
            id: "mobile-super-77".into(),
            name: "Super".into(),
            monthly_fee: Money::from_kopecks(90_000),
            package: Package {
                minutes: 1000,
                sms: 1000,
                data_mb: 40 * 1024,
            },
            ..smart()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_access_and_prorating() {
        let p = fixtures::smart().package;
        assert_eq!(p.get(UsageKind::Data), 15 * 1024);
        assert_eq!(p.with(UsageKind::Sms, 3).sms, 3);
        assert_eq!(
            p.prorate(15, 30),
            Package {
                minutes: 250,
                sms: 250,
                data_mb: 7680
            }
        );
        assert_eq!(p.prorate(1, 31).minutes, 16);
        assert_eq!(p.prorate(40, 30), p);
        assert_eq!(p.prorate(1, 0), Package::default());
        let huge = Package {
            minutes: u64::MAX,
            sms: 0,
            data_mb: 0,
        };
        assert_eq!(huge.prorate(30, 30).minutes, u64::MAX);
    }
}
