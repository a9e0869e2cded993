//! `/tv/personal`: the Personal TV builder of an account. The channel catalogue with a search
//! and a genre filter; channels are ticked on top of the account's packages, and the monthly
//! price is recomputed in the browser by `shared::tv::personal_tv_price` against
//! `shared::tv::priced_package` (the rule and the package the server prices the change
//! with), shown line by line and announced politely. "Preview" asks the server for the
//! change's price (`ServiceAction::PersonalTv`), "confirm" connects the channels; they are
//! then listed in "My services" and on the TV page.

use std::collections::BTreeSet;

use leptos::prelude::*;
use shared::Money;
use shared::api::catalogue::{TvChannel, TvPackage, matches_query};
use shared::api::services::ServiceAction;
use shared::service::ServiceKind;
use shared::tv::{Channel, ChannelId, ChannelPackage, PersonalTvPrice, personal_tv_price};

use crate::api::{self, MyTv};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Card, ChannelFilters, ChannelPick,
    EmptyState, MoneyAmount, MoneySize, PageTitle, PriceLine, PriceSummary, Skeleton,
    SkeletonShape,
};
use crate::i18n::{Key, Svc, use_i18n};
use crate::pages::account_picker::ForAccountOf;
use crate::pages::change::ChangePanel;

fn with_tv(kind: ServiceKind) -> bool {
    matches!(kind, ServiceKind::Home | ServiceKind::Satellite)
}

#[component]
pub fn TvPersonal() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <a href="/tv" class="back-link" rel="external">{i18n.tr(Key::TvTitle)}</a>
            <PageTitle text=i18n.tr(Svc::TvPersonal) />
            <p class="page-lead">{i18n.tr(Svc::PersonalLead)}</p>
            <ForAccountOf
                fits=with_tv
                body=|account| view! { <Builder account=account.id /> }.into_any()
                empty=|| {
                    let i18n = use_i18n();
                    view! { <EmptyState title=i18n.tr(Svc::TvNone) body=i18n.tr(Svc::TvNoneBody) /> }
                        .into_any()
                }
            />
        </div>
    }
}

/// What the builder needs: the account's line-up and the catalogue.
type Loaded = (MyTv, Vec<TvChannel>, Vec<TvPackage>);

#[component]
fn Builder(account: i64) -> impl IntoView {
    let i18n = use_i18n();
    let data = LocalResource::new(move || async move {
        Ok::<Loaded, shared::ApiError>((
            api::my_tv(account).await?,
            api::tv_channels().await?,
            api::tv_packages().await?,
        ))
    });
    let done = RwSignal::new(false);
    let on_done = Callback::new(move |()| {
        done.set(true);
        data.refetch();
    });
    view! {
        <div aria-live="polite" data-testid="personal-done">
            {move || {
                done.get()
                    .then(|| {
                        view! {
                            <Alert kind=AlertKind::Success>
                                {i18n.tr(Svc::PersonalDone)} " "
                                <a href=format!("/services?account={account}") rel="external">{i18n.tr(Key::ServicesTitle)}</a>
                                " · "
                                <a href=format!("/tv?account={account}") rel="external">{i18n.tr(Key::TvTitle)}</a>
                            </Alert>
                        }
                    })
            }}
        </div>
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(8) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                {move || Suspend::new(async move {
                    data.await
                        .map(|(mine, channels, packages)| {
                            view! {
                                <Picker
                                    account=account
                                    mine=mine
                                    channels=channels
                                    packages=packages
                                    on_done=on_done
                                    before=Callback::new(move |()| done.set(false))
                                />
                            }
                        })
                })}
            </ApiErrorBoundary>
        </Suspense>
    }
}

/// The account's base package with its add-ons' channels, as Personal TV prices against it,
/// and the base package's name.
fn priced(mine: &MyTv, packages: &[TvPackage]) -> Option<(ChannelPackage, String)> {
    let base = packages
        .iter()
        .find(|p| p.package.id == mine.base_package)?;
    let addons = packages
        .iter()
        .filter(|p| mine.addons.contains(&p.package.id))
        .map(|p| &p.package);
    Some((
        shared::tv::priced_package(&base.package, addons),
        base.package.name.clone(),
    ))
}

#[component]
fn Picker(
    account: i64,
    mine: MyTv,
    channels: Vec<TvChannel>,
    packages: Vec<TvPackage>,
    on_done: Callback<()>,
    /// Runs when the subscriber starts a new selection.
    before: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Some((package, base_name)) = priced(&mine, &packages) else {
        return view! { <EmptyState title=i18n.tr(Svc::TvNone) body=i18n.tr(Svc::TvNoneBody) /> }
            .into_any();
    };
    let connected: BTreeSet<ChannelId> = mine.channels.iter().copied().collect();
    let picked = RwSignal::new(BTreeSet::<ChannelId>::new());
    let open = RwSignal::new(false);
    let q = RwSignal::new(String::new());
    let genre = RwSignal::new(String::new());
    let channels = StoredValue::new(channels);
    let package = StoredValue::new(package);
    let connected = StoredValue::new(connected);
    // The rule over the connected channels plus `extra`.
    let price_with = move |extra: &BTreeSet<ChannelId>| -> Option<PersonalTvPrice> {
        let list: Vec<Channel> = channels.with_value(|all| {
            connected.with_value(|on| {
                all.iter()
                    .filter(|c| on.contains(&c.channel.id) || extra.contains(&c.channel.id))
                    .map(|c| c.channel.clone())
                    .collect()
            })
        });
        package.with_value(|p| personal_tv_price(p, &list).ok())
    };
    let now = price_with(&BTreeSet::new());
    let now_total = now.as_ref().map_or(Money::ZERO, |p| p.total);
    let price = Memo::new(move |_| picked.with(price_with));
    let lines = Signal::derive(move || {
        let Some(p) = price.get() else {
            return Vec::new();
        };
        vec![
            PriceLine {
                label: i18n.t(Svc::PersonalBase).replace("{name}", &base_name),
                amount: p.base_fee,
            },
            PriceLine {
                label: i18n
                    .t(Svc::PersonalPaid)
                    .replace("{n}", &p.paid.len().to_string()),
                amount: p.channels_fee,
            },
        ]
    });
    let total = Signal::derive(move || price.get().map_or(Money::ZERO, |p| p.total));
    let delta = Signal::derive(move || total.get().checked_sub(now_total).unwrap_or(Money::ZERO));
    let included = move || price.get().map(|p| p.included.len()).filter(|n| *n > 0);
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
    let toggle = move |id: ChannelId| {
        open.set(false);
        before.run(());
        picked.update(|set| {
            if !set.remove(&id) {
                set.insert(id);
            }
        });
    };
    let count = move || {
        i18n.t(Svc::PersonalPicked)
            .replace("{n}", &picked.with(BTreeSet::len).to_string())
    };
    view! {
        <div class="personal-tv">
            <Card title=i18n.tr(Svc::PersonalPriceTitle)>
                <div class="personal-tv__summary" data-testid="personal-summary">
                    <PriceSummary
                        lines=lines
                        total_label=i18n.tr(Key::PersonalTotal)
                        total=total
                        rule=i18n.tr(Svc::PersonalRule)
                    >
                        <p class="row__meta" data-testid="personal-delta">
                            {i18n.tr(Svc::PersonalDelta)} " "
                            <MoneyAmount amount=delta size=MoneySize::Small />
                        </p>
                        {move || {
                            included()
                                .map(|n| {
                                    view! {
                                        <p class="row__meta">
                                            {i18n.t(Svc::PersonalIncluded).replace("{n}", &n.to_string())}
                                        </p>
                                    }
                                })
                        }}
                    </PriceSummary>
                </div>
                <p class="row__title" data-testid="personal-picked">{count}</p>
                {move || {
                    if open.get() {
                        let channels: Vec<ChannelId> = picked.get_untracked().into_iter().collect();
                        view! {
                            <ChangePanel
                                account=account
                                action=ServiceAction::PersonalTv { channels }
                                title=i18n.t(Svc::PersonalAdd)
                                on_done=on_done
                                on_cancel=Callback::new(move |()| open.set(false))
                            />
                        }
                            .into_any()
                    } else if picked.with(BTreeSet::is_empty) {
                        view! {
                            <div data-testid="personal-empty">
                                <EmptyState title=i18n.tr(Svc::PersonalNone) body=i18n.tr(Svc::PersonalNoneBody) />
                            </div>
                        }
                            .into_any()
                    } else {
                        view! {
                            <Button on_click=Callback::new(move |_| open.set(true))>
                                {i18n.tr(Svc::PersonalPreview)}
                            </Button>
                        }
                            .into_any()
                    }
                }}
            </Card>
            <Card title=i18n.tr(Svc::PersonalChannels)>
                <ChannelFilters query=q genre=genre />
                <Show
                    when=move || !visible.with(Vec::is_empty)
                    fallback=move || {
                        view! {
                            <div data-testid="channels-none">
                                <EmptyState title=i18n.tr(Key::NothingFound) body=i18n.tr(Key::NothingFoundBody)>
                                    <Button
                                        variant=ButtonVariant::Secondary
                                        on_click=Callback::new(move |_| {
                                            q.set(String::new());
                                            genre.set(String::new());
                                        })
                                    >
                                        {i18n.tr(Svc::PersonalClear)}
                                    </Button>
                                </EmptyState>
                            </div>
                        }
                    }
                >
                    <ul class="channel-list" data-testid="channel-list">
                        <For
                            each=move || visible.get()
                            key=|c| c.channel.id
                            children=move |c| {
                                let id = c.channel.id;
                                let on = connected.with_value(|on| on.contains(&id));
                                let badge = if on {
                                    Some(Key::from(Svc::PersonalConnected))
                                } else if package.with_value(|p| p.channels.contains(&id)) {
                                    Some(Key::InBasePackage)
                                } else {
                                    None
                                };
                                let checked =
                                    Signal::derive(move || on || picked.with(|set| set.contains(&id)));
                                view! {
                                    <ChannelPick
                                        name=c.channel.name.clone()
                                        genre=c.genre
                                        price=c.channel.price
                                        checked=checked
                                        badge=badge
                                        on_toggle=Callback::new(move |()| toggle(id))
                                    />
                                }
                            }
                        />
                    </ul>
                </Show>
            </Card>
        </div>
    }
    .into_any()
}
