//! The public catalogue: regional tariffs (list, detail, comparison), TV channels and
//! packages with the Personal TV price, and the offices directory. No sign-in needed.

use serde::{Deserialize, Serialize};

use crate::service::ServiceKind;
use crate::tariff::Tariff;
use crate::tv::{Channel, ChannelId, ChannelPackage};
use crate::{ApiError, ErrorCode};

/// A tariff of a region's catalogue with what its service type adds to the package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TariffCard {
    pub tariff: Tariff,
    pub service: ServiceKind,
    /// Home internet speed, Mbit/s (home tariffs only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speed_mbps: Option<u32>,
    /// The base TV package included (home and satellite tariffs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tv_package: Option<String>,
}

/// Fewest and most tariffs a comparison shows side by side.
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 3;

/// `ids=a,b,c` of `GET /api/tariffs/compare`: 2–3 distinct ids, order kept, repeats dropped.
pub fn parse_compare_ids(raw: &str) -> Result<Vec<String>, ApiError> {
    let mut ids: Vec<String> = Vec::new();
    for id in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    if (COMPARE_MIN..=COMPARE_MAX).contains(&ids.len()) {
        Ok(ids)
    } else {
        Err(ApiError::new(ErrorCode::CompareCount).with_field("ids"))
    }
}

/// Compared tariffs must all come from one region's catalogue.
pub fn check_same_region(cards: &[TariffCard]) -> Result<(), ApiError> {
    match cards.split_first() {
        Some((first, rest)) if rest.iter().any(|c| c.tariff.region != first.tariff.region) => {
            Err(ApiError::new(ErrorCode::CompareMixedRegions).with_field("ids"))
        }
        _ => Ok(()),
    }
}

/// Channel genres of the TV catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Genre {
    News,
    Sport,
    Kids,
    Films,
    Series,
    Music,
    Education,
    Entertainment,
    Regional,
}

impl Genre {
    pub const ALL: [Genre; 9] = [
        Genre::News,
        Genre::Sport,
        Genre::Kids,
        Genre::Films,
        Genre::Series,
        Genre::Music,
        Genre::Education,
        Genre::Entertainment,
        Genre::Regional,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Genre::News => "news",
            Genre::Sport => "sport",
            Genre::Kids => "kids",
            Genre::Films => "films",
            Genre::Series => "series",
            Genre::Music => "music",
            Genre::Education => "education",
            Genre::Entertainment => "entertainment",
            Genre::Regional => "regional",
        }
    }

    /// The genre with this stable name (`"sport"`), if there is one.
    pub fn from_name(name: &str) -> Option<Genre> {
        Genre::ALL.into_iter().find(|g| g.as_str() == name)
    }
}

/// A channel of the catalogue with its genre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TvChannel {
    pub channel: Channel,
    pub genre: Genre,
}

/// Whether a package is a base package (Personal TV starts from one) or a themed add-on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PackageKind {
    Base,
    Addon,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TvPackage {
    pub package: ChannelPackage,
    pub kind: PackageKind,
}

/// `POST /api/tv/personal-price`: a base package and the channels picked on top of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PersonalTvRequest {
    /// Id of a base package, e.g. `start`.
    pub base: String,
    pub channels: Vec<ChannelId>,
}

/// Most channels one Personal TV request may pick (more than the catalogue has).
pub const PERSONAL_TV_MAX_PICKED: usize = 500;

/// Case-insensitive "contains" used by the channel and office searches.
pub fn matches_query(haystack: &str, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty() || haystack.to_lowercase().contains(&query)
}

/// A service an office offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfficeService {
    SimCards,
    Payments,
    Contracts,
    Equipment,
    Repair,
    BusinessDesk,
}

impl OfficeService {
    pub const ALL: [OfficeService; 6] = [
        OfficeService::SimCards,
        OfficeService::Payments,
        OfficeService::Contracts,
        OfficeService::Equipment,
        OfficeService::Repair,
        OfficeService::BusinessDesk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OfficeService::SimCards => "sim_cards",
            OfficeService::Payments => "payments",
            OfficeService::Contracts => "contracts",
            OfficeService::Equipment => "equipment",
            OfficeService::Repair => "repair",
            OfficeService::BusinessDesk => "business_desk",
        }
    }

    pub fn from_name(name: &str) -> Option<OfficeService> {
        OfficeService::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The name shown to people, used by the office search too.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Ru};
        match (self, lang) {
            (OfficeService::SimCards, Ru) => "SIM-карты и номера",
            (OfficeService::SimCards, En) => "SIM cards and numbers",
            (OfficeService::Payments, Ru) => "Оплата услуг",
            (OfficeService::Payments, En) => "Payments",
            (OfficeService::Contracts, Ru) => "Договоры и переоформление",
            (OfficeService::Contracts, En) => "Contracts and transfers",
            (OfficeService::Equipment, Ru) => "Оборудование: роутеры и ТВ-приставки",
            (OfficeService::Equipment, En) => "Equipment: routers and TV boxes",
            (OfficeService::Repair, Ru) => "Ремонт и диагностика",
            (OfficeService::Repair, En) => "Repair and diagnostics",
            (OfficeService::BusinessDesk, Ru) => "Обслуживание бизнеса",
            (OfficeService::BusinessDesk, En) => "Business desk",
        }
    }
}

/// An office of the operator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Office {
    pub id: i64,
    pub region: String,
    pub name: String,
    pub address: String,
    /// Opening hours as shown on the door, e.g. `Пн–Пт 9:00–21:00`.
    pub hours: String,
    pub services: Vec<OfficeService>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

impl Office {
    /// Does the office's name, address or a service (in either language) contain `query`?
    pub fn matches(&self, query: &str) -> bool {
        matches_query(&self.name, query)
            || matches_query(&self.address, query)
            || self.services.iter().any(|s| {
                matches_query(s.label(crate::Lang::Ru), query)
                    || matches_query(s.label(crate::Lang::En), query)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_takes_two_or_three_distinct_ids() {
        assert_eq!(parse_compare_ids("a,b").unwrap(), vec!["a", "b"]);
        assert_eq!(
            parse_compare_ids(" a , b ,a,c").unwrap(),
            vec!["a", "b", "c"]
        );
        for bad in ["", "a", "a,a", "a,b,c,d", ",,"] {
            let err = parse_compare_ids(bad).unwrap_err();
            assert_eq!(err.code, ErrorCode::CompareCount, "{bad}");
        }
    }

    #[test]
    fn names_round_trip_and_search_ignores_case() {
        for g in Genre::ALL {
            assert_eq!(Genre::from_name(g.as_str()), Some(g));
        }
        for s in OfficeService::ALL {
            assert_eq!(OfficeService::from_name(s.as_str()), Some(s));
        }
        assert!(matches_query("Спорт Арена HD", "арена"));
        assert!(matches_query("anything", "  "));
        assert!(!matches_query("Кино", "спорт"));
    }
}
