//! The demo operator's catalogue: tariffs of every service type per region, offices, and the
//! TV line-up from [`super::tv`]. Names are invented; counts and prices are realistic.

use shared::Money;
use shared::api::catalogue::{Office, OfficeService, TariffCard};
use shared::service::ServiceKind;
use shared::tariff::{Package, Prices, Tariff};

use crate::store::catalogue::NewCatalogue;

/// Region code, price level in percent of Moscow's, city, centre coordinates.
const REGION_PRICES: &[(&str, i64, &str, f64, f64)] = &[
    ("moscow", 100, "Москва", 55.7558, 37.6173),
    ("spb", 95, "Санкт-Петербург", 59.9343, 30.3351),
    ("novosibirsk", 85, "Новосибирск", 55.0084, 82.9357),
    ("yekaterinburg", 85, "Екатеринбург", 56.8389, 60.6057),
    ("kazan", 80, "Казань", 55.7961, 49.1064),
    ("vladivostok", 90, "Владивосток", 43.1155, 131.8855),
];

/// One tariff line: id stem, name, service, fee in roubles (Moscow), package, prices beyond
/// in kopecks, speed, TV package.
struct Line {
    slug: &'static str,
    name: &'static str,
    service: ServiceKind,
    fee_rub: i64,
    package: (u64, u64, u64),
    prices: (i64, i64, i64),
    speed_mbps: Option<u32>,
    tv_package: Option<&'static str>,
}

const GB: u64 = 1024;

const LINES: &[Line] = &[
    Line {
        slug: "mobile-mini",
        name: "Смарт Мини",
        service: ServiceKind::Mobile,
        fee_rub: 350,
        package: (200, 200, 5 * GB),
        prices: (250, 200, 60),
        speed_mbps: None,
        tv_package: None,
    },
    Line {
        slug: "mobile-smart",
        name: "Смарт",
        service: ServiceKind::Mobile,
        fee_rub: 550,
        package: (500, 500, 15 * GB),
        prices: (200, 150, 50),
        speed_mbps: None,
        tv_package: None,
    },
    Line {
        slug: "mobile-smart-plus",
        name: "Смарт Плюс",
        service: ServiceKind::Mobile,
        fee_rub: 900,
        package: (1000, 1000, 40 * GB),
        prices: (200, 150, 50),
        speed_mbps: None,
        tv_package: None,
    },
    Line {
        slug: "mobile-talk",
        name: "Безлимит Разговоров",
        service: ServiceKind::Mobile,
        fee_rub: 1200,
        package: (5000, 1000, 60 * GB),
        prices: (150, 100, 40),
        speed_mbps: None,
        tv_package: None,
    },
    Line {
        slug: "home-100",
        name: "Домашний 100",
        service: ServiceKind::Home,
        fee_rub: 500,
        package: (0, 0, 0),
        prices: (0, 0, 0),
        speed_mbps: Some(100),
        tv_package: None,
    },
    Line {
        slug: "home-combo",
        name: "Интернет + ТВ",
        service: ServiceKind::Home,
        fee_rub: 750,
        package: (0, 0, 0),
        prices: (0, 0, 0),
        speed_mbps: Some(300),
        tv_package: Some("start"),
    },
    Line {
        slug: "home-max",
        name: "Домашний Максимум",
        service: ServiceKind::Home,
        fee_rub: 1100,
        package: (0, 0, 0),
        prices: (0, 0, 0),
        speed_mbps: Some(1000),
        tv_package: Some("optimum"),
    },
    Line {
        slug: "sat-start",
        name: "Спутник Старт",
        service: ServiceKind::Satellite,
        fee_rub: 180,
        package: (0, 0, 0),
        prices: (0, 0, 0),
        speed_mbps: None,
        tv_package: Some("start"),
    },
    Line {
        slug: "sat-optimum",
        name: "Спутник Оптимум",
        service: ServiceKind::Satellite,
        fee_rub: 420,
        package: (0, 0, 0),
        prices: (0, 0, 0),
        speed_mbps: None,
        tv_package: Some("optimum"),
    },
];

/// Streets the demo offices stand on, with the services each offers.
const OFFICES: &[(&str, &str, &[OfficeService])] = &[
    (
        "ул. Ленина, 12",
        "Пн–Пт 9:00–21:00, Сб–Вс 10:00–19:00",
        &[
            OfficeService::SimCards,
            OfficeService::Payments,
            OfficeService::Contracts,
            OfficeService::Equipment,
        ],
    ),
    (
        "пр. Мира, 48",
        "Ежедневно 10:00–22:00",
        &[
            OfficeService::SimCards,
            OfficeService::Payments,
            OfficeService::Repair,
        ],
    ),
    (
        "ул. Садовая, 7, ТЦ «Галерея»",
        "Ежедневно 10:00–22:00",
        &[
            OfficeService::SimCards,
            OfficeService::Payments,
            OfficeService::Equipment,
        ],
    ),
    (
        "ул. Гагарина, 3, офис 101",
        "Пн–Пт 9:00–18:00",
        &[
            OfficeService::Contracts,
            OfficeService::BusinessDesk,
            OfficeService::Payments,
        ],
    ),
];

/// Rounds a regional price to whole roubles.
fn regional_fee(fee_rub: i64, percent: i64) -> Money {
    Money::from_kopecks(fee_rub * percent / 100 * 100)
}

pub fn tariffs() -> Vec<TariffCard> {
    let mut out = Vec::new();
    for &(region, percent, ..) in REGION_PRICES {
        for line in LINES {
            let (minutes, sms, data_mb) = line.package;
            let (per_minute, per_sms, per_mb) = line.prices;
            out.push(TariffCard {
                tariff: Tariff {
                    id: format!("{}-{region}", line.slug),
                    name: line.name.to_owned(),
                    region: region.to_owned(),
                    monthly_fee: regional_fee(line.fee_rub, percent),
                    package: Package {
                        minutes,
                        sms,
                        data_mb,
                    },
                    prices: Prices {
                        per_minute: Money::from_kopecks(per_minute),
                        per_sms: Money::from_kopecks(per_sms),
                        per_mb: Money::from_kopecks(per_mb),
                    },
                },
                service: line.service,
                speed_mbps: line.speed_mbps,
                tv_package: line.tv_package.map(str::to_owned),
            });
        }
    }
    out
}

pub fn offices() -> Vec<Office> {
    let mut out = Vec::new();
    for (r, &(region, _, city, lat, lon)) in REGION_PRICES.iter().enumerate() {
        for (k, &(street, hours, services)) in OFFICES.iter().enumerate() {
            let offset = (k as f64 - 1.5) * 0.012;
            out.push(Office {
                id: (r as i64 + 1) * 100 + k as i64 + 1,
                region: region.to_owned(),
                name: format!("Салон связи № {}", k + 1),
                address: format!("{city}, {street}"),
                hours: hours.to_owned(),
                services: services.to_vec(),
                latitude: Some(lat + offset),
                longitude: Some(lon - offset),
            });
        }
    }
    out
}

pub fn catalogue() -> NewCatalogue {
    let (channels, packages) = super::tv::line_up();
    NewCatalogue {
        tariffs: tariffs(),
        channels,
        packages,
        offices: offices(),
    }
}
