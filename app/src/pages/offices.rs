//! `/offices`: the offices of the chosen region, searchable by address or service.

use leptos::prelude::*;
use shared::api::catalogue::Office;

use crate::api;
use crate::components::{
    ApiErrorBoundary, EmptyState, FilterField, PageTitle, RegionPicker, Skeleton, SkeletonShape,
    use_region,
};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn Offices() -> impl IntoView {
    let i18n = use_i18n();
    let region = use_region();
    let q = RwSignal::new(String::new());
    let data = LocalResource::new(move || api::offices(region.get(), q.get()));
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::OfficesTitle) />
            <p class="page-lead">{i18n.tr(Key::OfficesLead)}</p>
            <div class="filters">
                <RegionPicker value=region />
                <FilterField
                    label=i18n.tr(Key::OfficesSearch)
                    value=q
                    on_change=Callback::new(move |text| q.set(text))
                    testid="office-search"
                />
            </div>
            <Transition fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await
                            .map(|offices| {
                                if offices.is_empty() {
                                    view! {
                                        <EmptyState
                                            title=i18n.tr(Key::NothingFound)
                                            body=i18n.tr(Key::NothingFoundBody)
                                        />
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <ul class="office-list" data-testid="office-list">
                                            {offices.into_iter().map(|o| view! { <OfficeItem office=o /> }).collect_view()}
                                        </ul>
                                    }
                                        .into_any()
                                }
                            })
                    })}
                </ApiErrorBoundary>
            </Transition>
        </div>
    }
}

#[component]
fn OfficeItem(office: Office) -> impl IntoView {
    let i18n = use_i18n();
    let services = office.services.clone();
    view! {
        <li class="card office" data-testid="office">
            <h2 class="card__title">{office.name.clone()}</h2>
            <p class="office__address">{office.address.clone()}</p>
            <dl class="price-list">
                <dt>{i18n.tr(Key::OfficeHours)}</dt>
                <dd>{office.hours.clone()}</dd>
                <dt>{i18n.tr(Key::OfficeServices)}</dt>
                <dd>{move || services.iter().map(|s| s.label(i18n.lang())).collect::<Vec<_>>().join(", ")}</dd>
            </dl>
        </li>
    }
}
