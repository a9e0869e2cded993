//! Storage of the public catalogue: tariffs per region, TV channels and packages, offices.
//! Both backends run the same SQL (numbered `$n` parameters work on SQLite and PostgreSQL);
//! [`catalogue_store!`] writes the one implementation for each pool type.

mod postgres;
mod sqlite;

use async_trait::async_trait;
use shared::Money;
use shared::api::catalogue::{
    Genre, Office, OfficeService, PackageKind, TariffCard, TvChannel, TvPackage,
};
use shared::service::ServiceKind;
use shared::tariff::{Package, Prices, Tariff};
use shared::tv::{Channel, ChannelId, ChannelPackage};

use super::StoreError;

/// Everything the catalogue holds, as the demo operator (or an import) provides it.
#[derive(Debug, Default)]
pub struct NewCatalogue {
    pub tariffs: Vec<TariffCard>,
    pub channels: Vec<TvChannel>,
    pub packages: Vec<TvPackage>,
    pub offices: Vec<Office>,
}

#[async_trait]
pub trait CatalogueStore: Send + Sync {
    /// Inserts what is not there yet (by id); returns how many rows were new.
    async fn insert_catalogue(&self, catalogue: &NewCatalogue) -> Result<u64, StoreError>;
    async fn region_exists(&self, code: &str) -> Result<bool, StoreError>;
    /// A region's tariffs in catalogue order, optionally of one service type.
    async fn tariffs(
        &self,
        region: &str,
        service: Option<ServiceKind>,
    ) -> Result<Vec<TariffCard>, StoreError>;
    async fn tariff(&self, id: &str) -> Result<Option<TariffCard>, StoreError>;
    /// Every channel, ordered by id.
    async fn tv_channels(&self) -> Result<Vec<TvChannel>, StoreError>;
    /// Base packages first, then add-ons, each with its channel ids.
    async fn tv_packages(&self) -> Result<Vec<TvPackage>, StoreError>;
    /// A region's offices ordered by name.
    async fn offices(&self, region: &str) -> Result<Vec<Office>, StoreError>;
}

const TARIFF_COLUMNS: &str = "id, region_code, service, name, monthly_fee, minutes, sms, data_mb, \
     per_minute, per_sms, per_mb, speed_mbps, tv_package";

type TariffRow = (
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<String>,
);

fn count(v: i64) -> u64 {
    u64::try_from(v).unwrap_or_default()
}

fn tariff_from_row(row: TariffRow) -> TariffCard {
    let (
        id,
        region,
        service,
        name,
        fee,
        minutes,
        sms,
        data_mb,
        per_minute,
        per_sms,
        per_mb,
        speed,
        tv,
    ) = row;
    TariffCard {
        tariff: Tariff {
            id,
            name,
            region,
            monthly_fee: Money::from_kopecks(fee),
            package: Package {
                minutes: count(minutes),
                sms: count(sms),
                data_mb: count(data_mb),
            },
            prices: Prices {
                per_minute: Money::from_kopecks(per_minute),
                per_sms: Money::from_kopecks(per_sms),
                per_mb: Money::from_kopecks(per_mb),
            },
        },
        service: ServiceKind::from_name(&service).unwrap_or(ServiceKind::Mobile),
        speed_mbps: speed.and_then(|s| u32::try_from(s).ok()),
        tv_package: tv,
    }
}

fn i64_of(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn channel_from_row((id, name, genre, price): (i64, String, String, i64)) -> TvChannel {
    TvChannel {
        channel: Channel {
            id: ChannelId(u32::try_from(id).unwrap_or_default()),
            name,
            price: Money::from_kopecks(price),
        },
        genre: Genre::from_name(&genre).unwrap_or(Genre::Entertainment),
    }
}

fn kind_name(kind: PackageKind) -> &'static str {
    match kind {
        PackageKind::Base => "base",
        PackageKind::Addon => "addon",
    }
}

type OfficeRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<f64>,
    Option<f64>,
);

fn office_from_row(row: OfficeRow) -> Office {
    let (id, region, name, address, hours, services, latitude, longitude) = row;
    Office {
        id,
        region,
        name,
        address,
        hours,
        services: services
            .split(',')
            .filter_map(OfficeService::from_name)
            .collect(),
        latitude,
        longitude,
    }
}

fn packages_from_rows(
    rows: Vec<(String, String, String, i64)>,
    members: &[(String, i64)],
) -> Vec<TvPackage> {
    rows.into_iter()
        .map(|(id, name, kind, fee)| TvPackage {
            package: ChannelPackage {
                channels: members
                    .iter()
                    .filter(|(p, _)| *p == id)
                    .filter_map(|(_, c)| u32::try_from(*c).ok().map(ChannelId))
                    .collect(),
                id,
                name,
                monthly_fee: Money::from_kopecks(fee),
            },
            kind: if kind == "addon" {
                PackageKind::Addon
            } else {
                PackageKind::Base
            },
        })
        .collect()
}

/// Tariff cards already read, by id. A tariff row never changes once written (the catalogue
/// is inserted with `ON CONFLICT DO NOTHING` and nothing updates it; a new price is a new
/// tariff), so a card read once stays true and the dashboard, usage rating and fees skip
/// the query. Unknown ids are not kept: a tariff inserted later is still found.
#[derive(Default)]
pub struct TariffCache(std::sync::RwLock<std::collections::HashMap<String, TariffCard>>);

impl TariffCache {
    pub fn get(&self, id: &str) -> Option<TariffCard> {
        self.0
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(id)
            .cloned()
    }

    pub fn keep(&self, card: &TariffCard) {
        self.0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(card.tariff.id.clone(), card.clone());
    }
}

/// The one implementation of [`CatalogueStore`] for a store type with a `pool` field.
macro_rules! catalogue_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::catalogue::CatalogueStore for $store {
            async fn insert_catalogue(
                &self,
                c: &$crate::store::catalogue::NewCatalogue,
            ) -> Result<u64, $crate::store::StoreError> {
                use $crate::store::catalogue::{i64_of, kind_name};
                let mut tx = self.writer.begin().await?;
                let mut n = 0;
                for (position, t) in c.tariffs.iter().enumerate() {
                    n += sqlx::query(
                        "INSERT INTO tariffs (id, region_code, service, name, position, \
                         monthly_fee, minutes, sms, data_mb, per_minute, per_sms, per_mb, \
                         speed_mbps, tv_package) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, \
                         $10, $11, $12, $13, $14) ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(&t.tariff.id)
                    .bind(&t.tariff.region)
                    .bind(t.service.as_str())
                    .bind(&t.tariff.name)
                    .bind(i64_of(position as u64))
                    .bind(t.tariff.monthly_fee.kopecks())
                    .bind(i64_of(t.tariff.package.minutes))
                    .bind(i64_of(t.tariff.package.sms))
                    .bind(i64_of(t.tariff.package.data_mb))
                    .bind(t.tariff.prices.per_minute.kopecks())
                    .bind(t.tariff.prices.per_sms.kopecks())
                    .bind(t.tariff.prices.per_mb.kopecks())
                    .bind(t.speed_mbps.map(i64::from))
                    .bind(t.tv_package.as_deref())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                for ch in &c.channels {
                    n += sqlx::query(
                        "INSERT INTO tv_channels (id, name, genre, price) VALUES ($1, $2, $3, $4) \
                         ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(i64::from(ch.channel.id.0))
                    .bind(&ch.channel.name)
                    .bind(ch.genre.as_str())
                    .bind(ch.channel.price.kopecks())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                for (position, p) in c.packages.iter().enumerate() {
                    n += sqlx::query(
                        "INSERT INTO tv_packages (id, name, kind, position, monthly_fee) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(&p.package.id)
                    .bind(&p.package.name)
                    .bind(kind_name(p.kind))
                    .bind(i64_of(position as u64))
                    .bind(p.package.monthly_fee.kopecks())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    for ch in &p.package.channels {
                        sqlx::query(
                            "INSERT INTO tv_package_channels (package_id, channel_id) \
                             VALUES ($1, $2) ON CONFLICT DO NOTHING",
                        )
                        .bind(&p.package.id)
                        .bind(i64::from(ch.0))
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                for o in &c.offices {
                    let services: Vec<&str> = o.services.iter().map(|s| s.as_str()).collect();
                    n += sqlx::query(
                        "INSERT INTO offices (id, region_code, name, address, hours, services, \
                         latitude, longitude) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                         ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(o.id)
                    .bind(&o.region)
                    .bind(&o.name)
                    .bind(&o.address)
                    .bind(&o.hours)
                    .bind(services.join(","))
                    .bind(o.latitude)
                    .bind(o.longitude)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                tx.commit().await?;
                Ok(n)
            }

            async fn region_exists(&self, code: &str) -> Result<bool, $crate::store::StoreError> {
                let row: Option<(String,)> =
                    sqlx::query_as("SELECT code FROM regions WHERE code = $1")
                        .bind(code)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.is_some())
            }

            async fn tariffs(
                &self,
                region: &str,
                service: Option<shared::service::ServiceKind>,
            ) -> Result<Vec<shared::api::catalogue::TariffCard>, $crate::store::StoreError> {
                use $crate::store::catalogue::{TARIFF_COLUMNS, TariffRow, tariff_from_row};
                let sql = format!(
                    "SELECT {TARIFF_COLUMNS} FROM tariffs WHERE region_code = $1 \
                     AND ($2 IS NULL OR service = $2) ORDER BY position"
                );
                let rows: Vec<TariffRow> = sqlx::query_as(&sql)
                    .bind(region)
                    .bind(service.map(shared::service::ServiceKind::as_str))
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.into_iter().map(tariff_from_row).collect())
            }

            async fn tariff(
                &self,
                id: &str,
            ) -> Result<Option<shared::api::catalogue::TariffCard>, $crate::store::StoreError> {
                use $crate::store::catalogue::{TARIFF_COLUMNS, TariffRow, tariff_from_row};
                if let Some(card) = self.tariffs.get(id) {
                    return Ok(Some(card));
                }
                let sql = format!("SELECT {TARIFF_COLUMNS} FROM tariffs WHERE id = $1");
                let row: Option<TariffRow> = sqlx::query_as(&sql)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                let card = row.map(tariff_from_row);
                if let Some(card) = &card {
                    self.tariffs.keep(card);
                }
                Ok(card)
            }

            async fn tv_channels(
                &self,
            ) -> Result<Vec<shared::api::catalogue::TvChannel>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, i64)> =
                    sqlx::query_as("SELECT id, name, genre, price FROM tv_channels ORDER BY id")
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows
                    .into_iter()
                    .map($crate::store::catalogue::channel_from_row)
                    .collect())
            }

            async fn tv_packages(
                &self,
            ) -> Result<Vec<shared::api::catalogue::TvPackage>, $crate::store::StoreError> {
                let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
                    "SELECT id, name, kind, monthly_fee FROM tv_packages ORDER BY kind DESC, position",
                )
                .fetch_all(&self.pool)
                .await?;
                let members: Vec<(String, i64)> =
                    sqlx::query_as("SELECT package_id, channel_id FROM tv_package_channels")
                        .fetch_all(&self.pool)
                        .await?;
                Ok($crate::store::catalogue::packages_from_rows(rows, &members))
            }

            async fn offices(
                &self,
                region: &str,
            ) -> Result<Vec<shared::api::catalogue::Office>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::catalogue::OfficeRow> = sqlx::query_as(
                    "SELECT id, region_code, name, address, hours, services, latitude, longitude \
                     FROM offices WHERE region_code = $1 ORDER BY name",
                )
                .bind(region)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map($crate::store::catalogue::office_from_row)
                    .collect())
            }
        }
    };
}
use catalogue_store;
