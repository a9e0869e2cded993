//! TariffCardView and RegionSelect states, from fixtures (no server calls).

use leptos::prelude::*;
use shared::Money;
use shared::api::catalogue::TariffCard;
use shared::api::regions::Region;
use shared::service::ServiceKind;
use shared::tariff::{Package, Prices, Tariff};

use super::super::frame::{BothLangs, GalleryState};
use crate::components::TariffCardView;
use crate::components::region_picker::RegionSelect;

fn mobile() -> TariffCard {
    TariffCard {
        tariff: Tariff {
            id: "mobile-smart-moscow".into(),
            name: "Смарт".into(),
            region: "moscow".into(),
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
        },
        service: ServiceKind::Mobile,
        speed_mbps: None,
        tv_package: None,
    }
}

fn home() -> TariffCard {
    let mut card = mobile();
    card.tariff.id = "home-combo-moscow".into();
    card.tariff.name = "Интернет + ТВ с очень длинным названием тарифа".into();
    card.tariff.package = Package::default();
    card.tariff.prices = Prices::default();
    card.service = ServiceKind::Home;
    card.speed_mbps = Some(300);
    card.tv_package = Some("start".into());
    card
}

pub fn tariff_card() -> AnyView {
    view! {
        <GalleryState name="default" caption="Mobile tariff, no comparison">
            <TariffCardView card=mobile() />
        </GalleryState>
        <GalleryState name="compare" caption="Picked for comparison / not picked / limit reached">
            <div class="gallery-stack">
                <TariffCardView card=mobile() compared=Signal::from(true) />
                <TariffCardView card=home() compared=Signal::from(false) />
                <TariffCardView
                    card=home()
                    compared=Signal::from(false)
                    compare_full=Signal::from(true)
                />
            </div>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <TariffCardView card=home() />
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn regions() -> Vec<Region> {
    vec![
        Region {
            code: "moscow".into(),
            name_ru: "Москва и Московская область".into(),
            name_en: "Moscow and Moscow Oblast".into(),
            timezone: "Europe/Moscow".into(),
        },
        Region {
            code: "kazan".into(),
            name_ru: "Республика Татарстан".into(),
            name_en: "Republic of Tatarstan".into(),
            timezone: "Europe/Moscow".into(),
        },
    ]
}

pub fn region_picker() -> AnyView {
    view! {
        <GalleryState name="default" caption="Regions loaded, Kazan chosen">
            <RegionSelect value=RwSignal::new("kazan".to_owned()) regions=regions() />
        </GalleryState>
        <GalleryState name="loading" caption="While the regions load: disabled">
            <RegionSelect value=RwSignal::new("moscow".to_owned()) regions=Vec::new() />
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <RegionSelect value=RwSignal::new("moscow".to_owned()) regions=regions() />
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}
