//! Voluntary blocking of a mobile number (PRODUCT 7): temporary (the first days free, then
//! a daily fee; the date the fee starts is shown before confirming), permanent (a second,
//! explicit confirmation), lost phone (at once); and unblocking.

use leptos::prelude::*;
use shared::api::services::{BlockRequestKind, ServiceAction};
use shared::blocking::BlockKind;
use shared::service::ServiceKind;

use crate::api::{self, BlockingView};
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, Card, MoneyAmount, MoneySize,
    Skeleton, SkeletonShape,
};
use crate::dates::day;
use crate::i18n::{Svc, use_i18n};
use crate::pages::account_picker::ForAccountOf;
use crate::pages::auth::FailureAlert;
use crate::pages::change::ChangePanel;
use crate::pages::pending::Pending;

fn mobile(kind: ServiceKind) -> bool {
    kind == ServiceKind::Mobile
}

#[component]
pub fn BlockingSection() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Card title=i18n.tr(Svc::BlockTitle)>
            <ForAccountOf
                fits=mobile
                body=|account| view! { <Blocking account=account.id label=account.label /> }.into_any()
                empty=|| {
                    let i18n = use_i18n();
                    view! { <p class="form__note">{i18n.tr(Svc::BlockNoMobile)}</p> }.into_any()
                }
            />
        </Card>
    }
}

#[component]
fn Blocking(account: i64, label: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = LocalResource::new(move || api::blocking(account));
    let asking = RwSignal::new(None::<BlockRequestKind>);
    let pending = Pending::new();
    let done = RwSignal::new(None::<Svc>);
    let lost_phone = move |_| {
        done.set(None);
        let action = ServiceAction::Block {
            kind: BlockRequestKind::LostPhone,
            confirm_permanent: false,
        };
        let key = api::new_idempotency_key();
        pending.run(
            async move { api::confirm(account, &action, "", &key).await },
            move |_| {
                done.set(Some(Svc::BlockLostDone));
                state.refetch();
            },
        );
    };
    let unblock = move |_| {
        done.set(None);
        pending.run(api::unblock(account), move |_| {
            done.set(Some(Svc::UnblockDone));
            state.refetch();
        });
    };
    let content = move |view_: BlockingView| match view_.block {
        Some(block) => {
            let what = match (block.kind, block.lost_phone) {
                (_, true) => Svc::BlockedLost,
                (BlockKind::Temporary, false) => Svc::BlockedTemporary,
                (BlockKind::Permanent, false) => Svc::BlockedPermanent,
            };
            let fee = block.fee_starts_on.clone().map(|first| {
                view! {
                    <p>{move || i18n.t(Svc::BlockFeeStarts).replace("{day}", &day(&first, 0))}</p>
                }
            });
            view! {
                <div data-testid="block-state">
                    <Alert kind=AlertKind::Warning>
                        {move || i18n.t(what).replace("{day}", &day(&block.started_on, 0))}
                    </Alert>
                    {fee}
                    <p class="row__meta">
                        {i18n.tr(Svc::BlockFeesSoFar)} " "
                        <MoneyAmount amount=block.fees_so_far size=MoneySize::Small />
                    </p>
                    {(block.kind == BlockKind::Temporary)
                        .then(|| {
                            view! {
                                <Button loading=pending.busy on_click=Callback::new(unblock)>
                                    {i18n.tr(Svc::Unblock)}
                                </Button>
                            }
                        })}
                </div>
            }
            .into_any()
        }
        None => {
            let terms = i18n
                .t(Svc::BlockTerms)
                .replace("{days}", &view_.free_days.to_string())
                .replace("{fee}", &view_.daily_fee.format(i18n.lang()));
            view! {
                <p>{terms}</p>
                <div class="form__row" data-testid="block-actions">
                    <Button
                        variant=ButtonVariant::Secondary
                        on_click=Callback::new(move |_| asking.set(Some(BlockRequestKind::Temporary)))
                    >
                        {i18n.tr(Svc::BlockTemporary)}
                    </Button>
                    <Button
                        variant=ButtonVariant::Danger
                        loading=pending.busy
                        on_click=Callback::new(lost_phone)
                    >
                        {i18n.tr(Svc::BlockLost)}
                    </Button>
                    <Button
                        variant=ButtonVariant::Ghost
                        on_click=Callback::new(move |_| asking.set(Some(BlockRequestKind::Permanent)))
                    >
                        {i18n.tr(Svc::BlockPermanent)}
                    </Button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <p class="row__meta">{label}</p>
        <FailureAlert failure=pending.failure />
        {move || {
            done.get()
                .map(|key| {
                    view! {
                        <div data-testid="block-done">
                            <Alert kind=AlertKind::Success>{i18n.tr(key)}</Alert>
                        </div>
                    }
                })
        }}
        {move || {
            asking
                .get()
                .map(|kind| {
                    let title = match kind {
                        BlockRequestKind::Permanent => i18n.t(Svc::BlockPermanent),
                        _ => i18n.t(Svc::BlockTemporary),
                    };
                    view! {
                        <ChangePanel
                            account=account
                            action=ServiceAction::Block { kind, confirm_permanent: false }
                            title=title
                            on_done=Callback::new(move |()| {
                                asking.set(None);
                                done.set(Some(Svc::BlockDone));
                                state.refetch();
                            })
                            on_cancel=Callback::new(move |()| asking.set(None))
                        />
                    }
                })
        }}
        <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(2) /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| state.refetch())>
                {move || Suspend::new(async move { state.await.map(content) })}
            </ApiErrorBoundary>
        </Suspense>
    }
}
