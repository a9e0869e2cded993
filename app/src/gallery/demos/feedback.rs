//! Alert, Toast, Skeleton, EmptyState and ErrorState states.

use leptos::prelude::*;
use shared::{ApiError, ErrorCode};

use super::super::frame::{BothLangs, GalleryState, fx};
use crate::components::toast::AUTO_DISMISS;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, ButtonVariant, EmptyState, ErrorState, Skeleton,
    SkeletonShape, ToastItem, ToastRegion, push_toast,
};

const LONG_RU: &str = "Платёж на 1 500 ₽ зачислен. Обещанный платёж на 300 ₽, подключённый 12 ноября, погашен автоматически, а остаток зачислен на основной баланс лицевого счёта.";

fn kind_text(kind: AlertKind) -> (&'static str, &'static str) {
    match kind {
        AlertKind::Info => ("Счёт за ноябрь сформирован.", "The November bill is ready."),
        AlertKind::Success => ("Платёж зачислен.", "The payment has arrived."),
        AlertKind::Warning => ("Баланс меньше 50 ₽.", "The balance is below ₽50."),
        AlertKind::Error => ("Платёж отклонён банком.", "The bank declined the payment."),
    }
}

pub fn alert() -> AnyView {
    view! {
        <GalleryState name="default" caption="Kinds: info, success, warning, error">
            <div class="gallery-stack">
                {AlertKind::ALL
                    .into_iter()
                    .map(|kind| {
                        let (ru, en) = kind_text(kind);
                        view! { <Alert kind=kind>{fx(ru, en)}</Alert> }
                    })
                    .collect_view()}
            </div>
        </GalleryState>
        <GalleryState name="with-title" caption="With a title">
            <Alert kind=AlertKind::Warning title=fx("Обещанный платёж", "Promised payment")>
                {fx("Погасите его до 30 ноября.", "Repay it by 30 November.")}
            </Alert>
        </GalleryState>
        <GalleryState name="long-text" caption="Long text">
            <Alert kind=AlertKind::Success>{LONG_RU}</Alert>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <Alert kind=AlertKind::Error>{fx(kind_text(AlertKind::Error).0, kind_text(AlertKind::Error).1)}</Alert>
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn toasts(items: &[(AlertKind, &str)]) -> RwSignal<Vec<ToastItem>> {
    RwSignal::new(
        items
            .iter()
            .zip(1..)
            .map(|(&(kind, message), id)| ToastItem {
                id,
                kind,
                message: message.to_owned(),
            })
            .collect(),
    )
}

pub fn toast() -> AnyView {
    view! {
        <GalleryState name="default" caption="Kinds (dismissible)">
            <ToastRegion
                inline=true
                toasts=toasts(
                    &[
                        (AlertKind::Info, "Счёт сформирован."),
                        (AlertKind::Success, "Платёж зачислен."),
                        (AlertKind::Warning, "Баланс меньше 50 ₽."),
                        (AlertKind::Error, "Платёж отклонён."),
                    ],
                )
            />
        </GalleryState>
        <GalleryState name="live" caption="Live: appears on press, leaves after 6 s">
            {
                let list = RwSignal::new(Vec::new());
                view! {
                    <Button
                        variant=ButtonVariant::Secondary
                        on_click=Callback::new(move |_| {
                            push_toast(
                                list,
                                AlertKind::Success,
                                "Настройки сохранены.".to_owned(),
                                Some(AUTO_DISMISS),
                            )
                        })
                    >
                        {fx("Показать уведомление", "Show a toast")}
                    </Button>
                    <ToastRegion inline=true toasts=list />
                }
            }
        </GalleryState>
        <GalleryState name="empty" caption="Empty region (nothing shown)">
            <ToastRegion inline=true toasts=RwSignal::new(Vec::new()) />
        </GalleryState>
        <GalleryState name="long-text" caption="Long text">
            <ToastRegion inline=true toasts=toasts(&[(AlertKind::Info, LONG_RU)]) />
        </GalleryState>
        <GalleryState name="languages" caption="English">
            <ToastRegion inline=true toasts=toasts(&[(AlertKind::Success, "Settings saved.")]) />
        </GalleryState>
    }
    .into_any()
}

pub fn skeleton() -> AnyView {
    view! {
        <GalleryState name="default" caption="Lines">
            <Skeleton />
        </GalleryState>
        <GalleryState name="block" caption="Block">
            <Skeleton shape=SkeletonShape::Block />
        </GalleryState>
        <GalleryState name="inline" caption="Inline, inside text">
            <p>"Баланс: " <Skeleton shape=SkeletonShape::Inline /></p>
        </GalleryState>
        <GalleryState name="long-text" caption="Many lines">
            <Skeleton shape=SkeletonShape::Lines(8) />
        </GalleryState>
    }
    .into_any()
}

pub fn empty_state() -> AnyView {
    view! {
        <GalleryState name="default" caption="Title and text">
            <EmptyState
                title=fx("Платежей пока нет", "No payments yet")
                body=fx("Здесь появятся ваши платежи.", "Your payments will appear here.")
            />
        </GalleryState>
        <GalleryState name="with-action" caption="With a next step">
            <EmptyState title=fx("Нет подключённых услуг", "No services connected")>
                <a class="btn btn--primary btn--md" href="/services">
                    {fx("Выбрать услугу", "Choose a service")}
                </a>
            </EmptyState>
        </GalleryState>
        <GalleryState name="long-text" caption="Long text">
            <EmptyState title=fx(LONG_RU, LONG_RU) body=fx(LONG_RU, LONG_RU) />
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <EmptyState
                    title=fx("Раздел скоро откроется", "This section opens soon")
                    body=fx("Загляните позже.", "Please check back later.")
                />
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn error(code: ErrorCode) -> Signal<ApiError> {
    Signal::from(ApiError::new(code))
}

pub fn error_state() -> AnyView {
    view! {
        <GalleryState name="default" caption="Network failure">
            <ErrorState error=error(ErrorCode::Network) />
        </GalleryState>
        <GalleryState name="retry" caption="With retry">
            <ErrorState error=error(ErrorCode::Internal) on_retry=Callback::new(|()| ()) />
        </GalleryState>
        <GalleryState name="boundary" caption="A failed load inside ApiErrorBoundary">
            <ApiErrorBoundary on_retry=Callback::new(|()| ())>
                {Err::<String, ApiError>(ApiError::new(ErrorCode::ServiceUnavailable))}
            </ApiErrorBoundary>
        </GalleryState>
        <GalleryState name="not-found" caption="Not found">
            <ErrorState error=error(ErrorCode::NotFound) />
        </GalleryState>
        <GalleryState name="long-text" caption="Longest message">
            <ErrorState error=error(ErrorCode::ServiceUnavailable) on_retry=Callback::new(|()| ()) />
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <ErrorState error=error(ErrorCode::RateLimited) on_retry=Callback::new(|()| ()) />
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}
