//! Options (add-ons: extra GB, roaming, antivirus, static IP, ...): how they are priced and
//! what connecting one costs today, shown before confirmation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::BillingPeriod;
use crate::Money;
use crate::money::MoneyError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", content = "amount", rename_all = "snake_case")]
pub enum OptionPrice {
    /// Charged per billing period, pro-rated for the rest of the current one.
    Monthly(Money),
    /// Charged every day the option is on, today included.
    Daily(Money),
    /// Charged once on connection (e.g. an extra data pack).
    OneOff(Money),
    Free,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceOption {
    pub id: String,
    pub name: String,
    pub price: OptionPrice,
}

/// What connecting costs now, and what it costs from the next period on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OptionQuote {
    /// Charged at connection.
    pub now: Money,
    /// Charged per full billing period afterwards (a daily price times the days of the next
    /// period; zero for one-off and free options).
    pub per_period: Money,
}

/// The price of connecting `price` on `today`. Monthly fees are pro-rated for the days left,
/// today included (see [`Money::prorate_range`]).
pub fn connect_quote(price: OptionPrice, today: NaiveDate) -> Result<OptionQuote, MoneyError> {
    let period = BillingPeriod::containing(today);
    let used = period.day_index(today).ok_or(MoneyError::BadPeriod)?;
    let next = BillingPeriod::containing(period.end());
    Ok(match price {
        OptionPrice::Monthly(fee) => OptionQuote {
            now: fee.prorate_range(used, period.days, period.days)?,
            per_period: fee,
        },
        OptionPrice::Daily(fee) => OptionQuote {
            now: fee,
            per_period: fee.checked_mul(i64::from(next.days))?,
        },
        OptionPrice::OneOff(fee) => OptionQuote {
            now: fee,
            per_period: Money::ZERO,
        },
        OptionPrice::Free => OptionQuote {
            now: Money::ZERO,
            per_period: Money::ZERO,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn quotes() {
        let rub = |r: i64| Money::from_kopecks(r * 100);
        // 150 ₽ a month from 21 November: 10 of 30 days = 50 ₽ now.
        assert_eq!(
            connect_quote(OptionPrice::Monthly(rub(150)), d(11, 21)),
            Ok(OptionQuote {
                now: rub(50),
                per_period: rub(150)
            })
        );
        // 5 ₽ a day, quoted in November: December has 31 days.
        assert_eq!(
            connect_quote(OptionPrice::Daily(rub(5)), d(11, 21)),
            Ok(OptionQuote {
                now: rub(5),
                per_period: rub(155)
            })
        );
        assert_eq!(
            connect_quote(OptionPrice::OneOff(rub(200)), d(11, 21)).map(|q| q.now),
            Ok(rub(200))
        );
        assert_eq!(
            connect_quote(OptionPrice::Free, d(11, 21)).map(|q| q.now),
            Ok(Money::ZERO)
        );
        let json = serde_json::to_string(&OptionPrice::Monthly(rub(150))).unwrap();
        assert_eq!(json, r#"{"kind":"monthly","amount":15000}"#);
    }
}
