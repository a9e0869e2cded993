//! The demo operator: reference data a fresh development database is filled with.
//! Later issues add customers and contracts here.

pub mod catalogue;
pub mod tv;

use crate::store::{NewRegion, Store, StoreError};

pub const REGIONS: &[NewRegion<'static>] = &[
    NewRegion {
        code: "moscow",
        name_ru: "Москва и Московская область",
        name_en: "Moscow and Moscow Oblast",
        timezone: "Europe/Moscow",
    },
    NewRegion {
        code: "spb",
        name_ru: "Санкт-Петербург и Ленинградская область",
        name_en: "Saint Petersburg and Leningrad Oblast",
        timezone: "Europe/Moscow",
    },
    NewRegion {
        code: "novosibirsk",
        name_ru: "Новосибирская область",
        name_en: "Novosibirsk Oblast",
        timezone: "Asia/Novosibirsk",
    },
    NewRegion {
        code: "yekaterinburg",
        name_ru: "Свердловская область",
        name_en: "Sverdlovsk Oblast",
        timezone: "Asia/Yekaterinburg",
    },
    NewRegion {
        code: "kazan",
        name_ru: "Республика Татарстан",
        name_en: "Republic of Tatarstan",
        timezone: "Europe/Moscow",
    },
    NewRegion {
        code: "vladivostok",
        name_ru: "Приморский край",
        name_en: "Primorsky Krai",
        timezone: "Asia/Vladivostok",
    },
];

/// Loads the demo data; running it again changes nothing.
pub async fn seed(store: &dyn Store) -> Result<(), StoreError> {
    let regions = store.insert_regions(REGIONS).await?;
    let catalogue = store.insert_catalogue(&catalogue::catalogue()).await?;
    tracing::info!(regions, catalogue, "demo data loaded");
    Ok(())
}
