//! The demo operator: reference data a fresh development database is filled with.
//! Customers and contracts are in [`customers`]; tariffs, channels and offices in
//! [`catalogue`] and [`tv`]; tariffs of accounts and their money history in [`money`].

pub mod bulk;
pub mod catalogue;
pub mod money;
pub mod services;
pub mod tv;

mod customers;
mod mobile;

pub use customers::{CUSTOMERS, DEMO_PASSWORD, DemoCustomer, DemoIdentity, IDENTITIES};

use crate::domain::password::Hasher;
use crate::store::identity::{Lookup, WebAccount};
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
pub async fn seed(store: &dyn Store, hasher: &Hasher, now: i64) -> Result<(), StoreError> {
    let regions = store.insert_regions(REGIONS).await?;
    let mut customers = 0;
    for demo in CUSTOMERS {
        if store.insert_customer(&demo.customer, demo.accounts).await? {
            customers += 1;
        }
        let Some(login) = demo.login else { continue };
        let Some(first) = demo.accounts.first() else {
            continue;
        };
        let Some(id) = store
            .find_customer(Lookup::Account(first.account_number))
            .await?
        else {
            continue;
        };
        if store.web_account(id).await?.is_none() {
            let hash = hasher.hash(DEMO_PASSWORD).await.unwrap_or_default();
            let account = WebAccount {
                customer_id: id,
                login: login.to_owned(),
                email: demo.customer.email.map(str::to_owned),
                password_hash: Some(hash),
                temporary_hash: None,
                temporary_issued_at: None,
            };
            store.create_web_account(&account, now).await?;
        }
        mobile::seed(store, login, now).await?;
    }
    let catalogue = store.insert_catalogue(&catalogue::catalogue()).await?;
    let ledgers = money::seed(store, now).await?;
    let services = services::seed(store, now).await?;
    tracing::info!(
        regions,
        customers,
        catalogue,
        ledgers,
        services,
        "demo data loaded"
    );
    Ok(())
}
