//! `/tv/channels`: the public channel catalogue and the Personal TV calculator. The total is
//! computed in the browser by `shared::tv::personal_tv_price`, the rule the server uses.

use std::collections::BTreeSet;

use leptos::prelude::*;
use shared::api::catalogue::{PackageKind, TvChannel, TvPackage, matches_query};
use shared::tv::{ChannelId, personal_tv_price};

use crate::api;
use crate::components::channel_pick::genre_key;
use crate::components::{
    ApiErrorBoundary, ChannelFilters, EmptyState, MoneyAmount, MoneySize, PageTitle, SelectField,
    Skeleton, SkeletonShape,
};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn TvChannels() -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(|| async {
        Ok::<_, shared::ApiError>((api::tv_channels().await?, api::tv_packages().await?))
    });
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::TvChannelsTitle) />
            <p class="page-lead">{i18n.tr(Key::TvChannelsLead)}</p>
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(8) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                    {move || Suspend::new(async move {
                        data.await
                            .map(|(channels, packages)| {
                                view! { <PersonalTv channels=channels packages=packages /> }
                            })
                    })}
                </ApiErrorBoundary>
            </Suspense>
        </div>
    }
}

#[component]
fn PersonalTv(channels: Vec<TvChannel>, packages: Vec<TvPackage>) -> impl IntoView {
    let i18n = use_i18n();
    let bases: Vec<TvPackage> = packages
        .into_iter()
        .filter(|p| p.kind == PackageKind::Base)
        .collect();
    let base_id = RwSignal::new(
        bases
            .first()
            .map(|p| p.package.id.clone())
            .unwrap_or_default(),
    );
    let picked = RwSignal::new(BTreeSet::<ChannelId>::new());
    let q = RwSignal::new(String::new());
    let genre = RwSignal::new(String::new());
    let channels = StoredValue::new(channels);
    let bases = StoredValue::new(bases);
    let base = Memo::new(move |_| {
        bases.with_value(|b| b.iter().find(|p| p.package.id == base_id.get()).cloned())
    });
    let price = Memo::new(move |_| {
        let base = base.get()?;
        let chosen = picked.get();
        let list: Vec<_> = channels.with_value(|all| {
            all.iter()
                .filter(|c| chosen.contains(&c.channel.id))
                .map(|c| c.channel.clone())
                .collect()
        });
        personal_tv_price(&base.package, &list).ok()
    });
    let visible = Memo::new(move |_| {
        let (q, g) = (q.get(), genre.get());
        channels.with_value(|all| {
            all.iter()
                .filter(|c| g.is_empty() || c.genre.as_str() == g)
                .filter(|c| matches_query(&c.channel.name, &q))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let total = Signal::derive(move || price.get().map(|p| p.total).unwrap_or_default());
    let channels_fee =
        Signal::derive(move || price.get().map(|p| p.channels_fee).unwrap_or_default());
    let base_fee = Signal::derive(move || price.get().map(|p| p.base_fee).unwrap_or_default());
    view! {
        <div class="personal-tv">
            <section class="card personal-tv__summary" aria-labelledby="ptv-total">
                <SelectField
                    label=i18n.tr(Key::BasePackage)
                    value=base_id
                    on_change=Callback::new(move |id| base_id.set(id))
                    testid="base-package"
                >
                    {bases
                        .get_value()
                        .into_iter()
                        .map(|p| {
                            let id = p.package.id.clone();
                            let n = p.package.channels.len();
                            let fee = p.package.monthly_fee;
                            view! {
                                <option value=id.clone() selected=move || base_id.get() == id>
                                    {move || format!("{} — {} {}, {}", p.package.name, n, i18n.t(Key::ChannelsCount), fee.format(i18n.lang()))}
                                </option>
                            }
                        })
                        .collect_view()}
                </SelectField>
                <dl class="price-list">
                    <dt>{i18n.tr(Key::BasePackage)}</dt>
                    <dd><MoneyAmount amount=base_fee size=MoneySize::Small /></dd>
                    <dt>{i18n.tr(Key::ChannelsFee)} " (" {move || picked.get().len()} ")"</dt>
                    <dd><MoneyAmount amount=channels_fee size=MoneySize::Small /></dd>
                </dl>
                <p class="personal-tv__total" aria-live="polite" data-testid="personal-total">
                    <span id="ptv-total">{i18n.tr(Key::PersonalTotal)}</span> ": "
                    <MoneyAmount amount=total size=MoneySize::Large />
                </p>
            </section>
            <ChannelFilters query=q genre=genre />
            <Show
                when=move || !visible.get().is_empty()
                fallback=move || {
                    view! {
                        <EmptyState
                            title=i18n.tr(Key::NothingFound)
                            body=i18n.tr(Key::NothingFoundBody)
                        />
                    }
                }
            >
                <ul class="channel-list" data-testid="channel-list">
                    <For
                        each=move || visible.get()
                        key=|c| c.channel.id
                        children=move |c| {
                            let id = c.channel.id;
                            let in_base = move || base.get().is_some_and(|b| b.package.channels.contains(&id));
                            view! {
                                <li class="channel-row">
                                    <label>
                                        <input
                                            type="checkbox"
                                            data-testid="channel-pick"
                                            prop:checked=move || picked.get().contains(&id)
                                            on:change=move |_| {
                                                picked.update(|set| {
                                                    if !set.remove(&id) {
                                                        set.insert(id);
                                                    }
                                                })
                                            }
                                        />
                                        <span class="channel-row__name">{c.channel.name.clone()}</span>
                                        <span class="channel-row__genre">{i18n.tr(genre_key(c.genre))}</span>
                                        <Show
                                            when=in_base
                                            fallback=move || view! { <MoneyAmount amount=c.channel.price size=MoneySize::Small /> }
                                        >
                                            <span class="badge">{i18n.tr(Key::InBasePackage)}</span>
                                        </Show>
                                    </label>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </div>
    }
}
