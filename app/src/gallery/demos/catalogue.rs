//! TariffCardView, RegionSelect, PriceSummary, ChannelPick and ChannelFilters states, from fixtures (no
//! server calls).

use leptos::prelude::*;
use shared::Money;
use shared::api::catalogue::{Genre, TariffCard};
use shared::api::regions::Region;
use shared::service::ServiceKind;
use shared::tariff::{Package, Prices, Tariff};

use super::super::frame::{BothLangs, GalleryState};
use crate::components::region_picker::RegionSelect;
use crate::components::{ChannelFilters, ChannelPick, PriceLine, PriceSummary, TariffCardView};
use crate::i18n::Key;

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

fn lines() -> Vec<PriceLine> {
    vec![
        PriceLine {
            label: "Базовый пакет «Старт»".into(),
            amount: Money::from_kopecks(29_900),
        },
        PriceLine {
            label: "Отдельные каналы: 2".into(),
            amount: Money::from_kopecks(14_800),
        },
    ]
}

pub fn price_summary() -> AnyView {
    view! {
        <GalleryState name="default" caption="Lines, the total and how it was computed">
            <PriceSummary
                lines=lines()
                total_label="Итого в месяц"
                total=Money::from_kopecks(44_700)
                rule="Базовый пакет плюс месячная цена каждого отдельного канала."
            />
        </GalleryState>
        <GalleryState name="empty" caption="Nothing picked: only the base">
            <PriceSummary
                lines={ lines()[..1].to_vec() }
                total_label="Итого в месяц"
                total=Money::from_kopecks(29_900)
            />
        </GalleryState>
        <GalleryState name="extra" caption="With a line under the total">
            <PriceSummary lines=lines() total_label="Total per month" total=Money::from_kopecks(44_700)>
                <p class="row__meta">"Your monthly charge grows by 148,00 ₽"</p>
            </PriceSummary>
        </GalleryState>
    }
    .into_any()
}

pub fn channel_pick() -> AnyView {
    let picked = RwSignal::new(false);
    view! {
        <GalleryState name="default" caption="Can be picked: unchecked, checked (click to toggle)">
            <ul class="channel-list">
                <ChannelPick
                    name="Футбол 1 HD"
                    genre=Genre::Sport
                    price=Money::from_kopecks(9_900)
                    checked=picked
                    on_toggle=Callback::new(move |()| picked.update(|p| *p = !*p))
                />
                <ChannelPick
                    name="Кино Премьера с очень длинным названием канала"
                    genre=Genre::Films
                    price=Money::from_kopecks(14_900)
                    checked=Signal::from(true)
                />
            </ul>
        </GalleryState>
        <GalleryState name="locked" caption="In a package or already connected: cannot be picked">
            <ul class="channel-list">
                <ChannelPick
                    name="Новости 24"
                    genre=Genre::News
                    price=Money::from_kopecks(4_900)
                    checked=Signal::from(false)
                    badge=Some(Key::InBasePackage)
                />
                <ChannelPick
                    name="Мульт"
                    genre=Genre::Kids
                    price=Money::from_kopecks(4_900)
                    checked=Signal::from(true)
                    badge=Some(Key::InBasePackage)
                />
            </ul>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <ul class="channel-list">
                    <ChannelPick
                        name="Discovery"
                        genre=Genre::Education
                        price=Money::from_kopecks(7_900)
                        checked=Signal::from(false)
                    />
                </ul>
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

/// The filters own no state: each state gets its own pair of values.
fn filters(query: &str, genre: Option<Genre>) -> impl IntoView {
    let query = RwSignal::new(query.to_owned());
    let genre = RwSignal::new(genre.map(|g| g.as_str().to_owned()).unwrap_or_default());
    view! { <ChannelFilters query=query genre=genre /> }
}

pub fn channel_filters() -> AnyView {
    view! {
        <GalleryState name="default" caption="Empty: every channel of every genre">
            {filters("", None)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {filters("", None)}
        </GalleryState>
        <GalleryState name="filtered" caption="A search and a genre picked">
            {filters("спорт", Some(Genre::Sport))}
        </GalleryState>
        <GalleryState name="long-text" caption="A long search">
            {filters("Кино Премьера с очень длинным названием канала", Some(Genre::Entertainment))}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{filters("", Some(Genre::Kids))}</BothLangs>
        </GalleryState>
    }
    .into_any()
}
