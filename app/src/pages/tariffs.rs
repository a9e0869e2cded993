//! `/tariffs`: the public tariff catalogue of the chosen region, filtered by service type,
//! with up to three tariffs picked for comparison. The picks live in the URL
//! (`?compare=a,b`), so a comparison can be shared.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use shared::api::catalogue::{COMPARE_MAX, COMPARE_MIN};
use shared::service::ServiceKind;

use crate::api;
use crate::components::tariff_card::service_key;
use crate::components::{
    ApiErrorBoundary, EmptyState, PageTitle, RegionPicker, SelectField, Skeleton, SkeletonShape,
    TariffCardView, use_region,
};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn Tariffs() -> impl IntoView {
    let i18n = use_i18n();
    let region = use_region();
    let query = use_query_map();
    let navigate = use_navigate();
    let service = Memo::new(move |_| query.read().get("service").unwrap_or_default());
    let picked = Memo::new(move |_| {
        query
            .read()
            .get("compare")
            .map(|raw| {
                raw.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let go = {
        let navigate = navigate.clone();
        move |service: String, picked: Vec<String>| {
            let mut params = Vec::new();
            if !service.is_empty() {
                params.push(format!("service={service}"));
            }
            if !picked.is_empty() {
                params.push(format!("compare={}", picked.join(",")));
            }
            let url = if params.is_empty() {
                "/tariffs".to_owned()
            } else {
                format!("/tariffs?{}", params.join("&"))
            };
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let data = LocalResource::new(move || api::tariffs(region.get()));
    // Picks of another region cannot be compared: a region change clears them.
    let region_seen = StoredValue::new(region.get_untracked());
    {
        let go = go.clone();
        Effect::new(move |_| {
            let now = region.get();
            if region_seen.get_value() != now {
                region_seen.set_value(now);
                go(service.get_untracked(), Vec::new());
            }
        });
    }
    let toggle = {
        let go = go.clone();
        move |id: String| {
            let mut list = picked.get_untracked();
            if let Some(at) = list.iter().position(|p| *p == id) {
                list.remove(at);
            } else if list.len() < COMPARE_MAX {
                list.push(id);
            }
            go(service.get_untracked(), list);
        }
    };
    let on_service = {
        let go = go.clone();
        move |value: String| go(value, picked.get_untracked())
    };
    let compare_href = move || format!("/tariffs/compare?ids={}", picked.get().join(","));
    let can_compare = move || (COMPARE_MIN..=COMPARE_MAX).contains(&picked.get().len());

    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::TariffsTitle) />
            <p class="page-lead">{i18n.tr(Key::TariffsLead)}</p>
            <div class="filters">
                <RegionPicker value=region />
                <SelectField
                    label=i18n.tr(Key::ServiceLabel)
                    value=service
                    on_change=Callback::new(on_service)
                    inline=true
                    testid="service-filter"
                >
                    <option value="" selected=move || service.get().is_empty()>
                        {i18n.tr(Key::ServiceAll)}
                    </option>
                    {ServiceKind::ALL
                        .into_iter()
                        .map(|kind| {
                            let name = kind.as_str();
                            view! {
                                <option value=name selected=move || service.get() == name>
                                    {i18n.tr(service_key(kind))}
                                </option>
                            }
                        })
                        .collect_view()}
                </SelectField>
                <a class="filters__link" href="/tv/channels">{i18n.tr(Key::TvChannelsLink)}</a>
            </div>
            <div class="compare-bar" role="region" aria-label=i18n.tr(Key::CompareTitle)>
                <p aria-live="polite" data-testid="compare-count">
                    {i18n.tr(Key::CompareHint)} " " {move || picked.get().len()} " / "
                    {COMPARE_MAX}
                </p>
                <Show when=can_compare>
                    <a class="btn btn--primary btn--md" href=compare_href data-testid="compare-go">
                        {i18n.tr(Key::CompareGo)}
                    </a>
                </Show>
            </div>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || {
                        let toggle = toggle.clone();
                        let wanted = service.get();
                        Suspend::new(async move {
                            data.await
                                .map(|cards| {
                                    let cards: Vec<_> = cards
                                        .into_iter()
                                        .filter(|c| {
                                            wanted.is_empty() || c.service.as_str() == wanted
                                        })
                                        .collect();
                                    if cards.is_empty() {
                                        return view! {
                                            <EmptyState title=i18n.tr(Key::TariffsEmpty) />
                                        }
                                            .into_any();
                                    }
                                    let full = Signal::derive(move || {
                                        picked.get().len() >= COMPARE_MAX
                                    });
                                    view! {
                                        <ul class="tariff-grid">
                                            {cards
                                                .into_iter()
                                                .map(|card| {
                                                    let id = card.tariff.id.clone();
                                                    let checked = {
                                                        let id = id.clone();
                                                        Signal::derive(move || picked.get().contains(&id))
                                                    };
                                                    let toggle = toggle.clone();
                                                    let on = Callback::new(move |()| toggle(id.clone()));
                                                    view! {
                                                        <li>
                                                            <TariffCardView
                                                                card=card
                                                                compared=checked
                                                                compare_full=full
                                                                on_compare=on
                                                            />
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                })
                        })
                    }}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}
