//! `/tariffs/:id`: one tariff with its package and the prices beyond it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use shared::api::catalogue::TariffCard;

use crate::api;
use crate::components::tariff_card::{package_lines, service_key};
use crate::components::{
    ApiErrorBoundary, MoneyAmount, MoneySize, PageTitle, Skeleton, SkeletonShape,
};
use crate::i18n::{Key, use_i18n};
use crate::session::{SessionState, use_session};

#[component]
pub fn TariffDetail() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let data = LocalResource::new(move || api::tariff(id.get()));
    // The tariff's name once loaded; the section's name while loading or on an error.
    let title = move || {
        data.get()
            .and_then(|r| r.ok())
            .map_or_else(|| i18n.t(Key::TariffsTitle).to_owned(), |c| c.tariff.name)
    };
    view! {
        <div class="page">
            <a href="/tariffs" class="back-link">{i18n.tr(Key::BackToTariffs)}</a>
            <PageTitle text=title />
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(6) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await.map(|card| view! { <Detail card=card /> })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

#[component]
fn Detail(card: TariffCard) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = card.tariff.id.clone();
    let prices = card.tariff.prices;
    let lines = {
        let card = card.clone();
        move || {
            package_lines(&card, i18n)
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view()
        }
    };
    let has_beyond = prices.per_minute.is_positive()
        || prices.per_sms.is_positive()
        || prices.per_mb.is_positive();
    view! {
        <p class="page-lead">{i18n.tr(service_key(card.service))}</p>
        <div class="card tariff-detail" data-testid="tariff-detail">
            <p>
                <span class="tariff-detail__label">{i18n.tr(Key::MonthlyFee)} ": "</span>
                <MoneyAmount amount=card.tariff.monthly_fee size=MoneySize::Large />
            </p>
            <h2 class="card__title">{i18n.tr(Key::PackageIncluded)}</h2>
            <ul class="tariff-card__package">{lines}</ul>
            // A signed-in subscriber switches from here: the services build previews it.
            <Show when=move || matches!(session.state(), SessionState::SignedIn(_))>
                <p>
                    <a
                        class="btn btn--primary btn--md"
                        href=format!("/services/tariff?to={}", crate::api::encode(&id))
                        rel="external"
                        data-testid="switch-to-tariff"
                    >
                        {i18n.tr(Key::SwitchToTariff)}
                    </a>
                </p>
            </Show>
            <Show when=move || has_beyond>
                <h2 class="card__title">{i18n.tr(Key::PricesBeyond)}</h2>
                <dl class="price-list">
                    <dt>{i18n.tr(Key::PerMinute)}</dt>
                    <dd><MoneyAmount amount=prices.per_minute size=MoneySize::Small /></dd>
                    <dt>{i18n.tr(Key::PerSms)}</dt>
                    <dd><MoneyAmount amount=prices.per_sms size=MoneySize::Small /></dd>
                    <dt>{i18n.tr(Key::PerMb)}</dt>
                    <dd><MoneyAmount amount=prices.per_mb size=MoneySize::Small /></dd>
                </dl>
            </Show>
        </div>
    }
}
