//! One tariff of the catalogue: name, monthly fee, what the package includes, a link to its
//! details and (optionally) a "compare" checkbox.

use leptos::prelude::*;
use shared::api::catalogue::TariffCard;
use shared::service::ServiceKind;

use super::{MoneyAmount, MoneySize};
use crate::i18n::{Key, use_i18n};

/// The package of a tariff as short lines ("500 min", "15 GB", "300 Mbit/s", ...).
pub fn package_lines(card: &TariffCard, i18n: crate::i18n::I18n) -> Vec<String> {
    let p = card.tariff.package;
    let mut lines = Vec::new();
    if p.minutes > 0 {
        lines.push(format!("{} {}", p.minutes, i18n.t(Key::Minutes)));
    }
    if p.sms > 0 {
        lines.push(format!("{} {}", p.sms, i18n.t(Key::Sms)));
    }
    if p.data_mb > 0 {
        lines.push(format!("{} {}", p.data_mb / 1024, i18n.t(Key::Gigabytes)));
    }
    if let Some(speed) = card.speed_mbps {
        lines.push(format!("{}: {speed}", i18n.t(Key::Speed)));
    }
    if let Some(tv) = &card.tv_package {
        lines.push(format!("{}: {tv}", i18n.t(Key::TvPackageIncluded)));
    }
    lines
}

pub fn service_key(kind: ServiceKind) -> Key {
    match kind {
        ServiceKind::Mobile => Key::ServiceMobile,
        ServiceKind::Home => Key::ServiceHome,
        ServiceKind::Satellite => Key::ServiceSatellite,
    }
}

#[component]
pub fn TariffCardView(
    card: TariffCard,
    /// Whether the tariff is picked for comparison; no checkbox when `None`.
    #[prop(optional, into)]
    compared: Option<Signal<bool>>,
    /// A fourth tariff cannot be picked: the checkbox is disabled unless already checked.
    #[prop(optional, into)]
    compare_full: Signal<bool>,
    #[prop(optional, into)] on_compare: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fee = card.tariff.monthly_fee;
    let href = format!("/tariffs/{}", card.tariff.id);
    let title_id = crate::components::unique_id("tariff");
    let lines = {
        let card = card.clone();
        move || {
            package_lines(&card, i18n)
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view()
        }
    };
    let checkbox = compared.map(|checked| {
        view! {
            <label class="tariff-card__compare">
                <input
                    type="checkbox"
                    data-testid="compare-toggle"
                    prop:checked=move || checked.get()
                    disabled=move || compare_full.get() && !checked.get()
                    on:change=move |_| {
                        if let Some(cb) = on_compare {
                            cb.run(());
                        }
                    }
                />
                {i18n.tr(Key::CompareToggle)}
            </label>
        }
    });
    let labelled_by = title_id.clone();
    view! {
        <article class="card tariff-card" aria-labelledby=labelled_by data-testid="tariff-card">
            <p class="tariff-card__kind">{i18n.tr(service_key(card.service))}</p>
            <h2 class="card__title" id=title_id>{card.tariff.name.clone()}</h2>
            <p class="tariff-card__fee">
                <MoneyAmount amount=fee size=MoneySize::Large />
                " "
                <span class="tariff-card__per">{i18n.tr(Key::PerMonth)}</span>
            </p>
            <ul class="tariff-card__package">{lines}</ul>
            <div class="tariff-card__actions">
                <a class="btn btn--secondary btn--sm" href=href>
                    {i18n.tr(Key::TariffDetails)}
                    <span class="visually-hidden">": " {card.tariff.name.clone()}</span>
                </a>
                {checkbox}
            </div>
        </article>
    }
}
