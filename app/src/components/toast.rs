//! Short-lived notices in a polite live region. Each can be dismissed; most leave by
//! themselves after a few seconds.

use std::time::Duration;

use leptos::prelude::*;

use super::AlertKind;
use crate::i18n::{Key, use_i18n};

/// How long a toast stays when nobody dismisses it.
pub const AUTO_DISMISS: Duration = Duration::from_secs(6);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToastItem {
    pub id: u32,
    pub kind: AlertKind,
    pub message: String,
}

/// Adds a toast to `toasts` and removes it after `after` (if still there).
pub fn push_toast(
    toasts: RwSignal<Vec<ToastItem>>,
    kind: AlertKind,
    message: String,
    after: Option<Duration>,
) {
    let id = toasts.with_untracked(|list| list.iter().map(|toast| toast.id).max().unwrap_or(0) + 1);
    toasts.update(|list| list.push(ToastItem { id, kind, message }));
    if let Some(after) = after {
        set_timeout(move || dismiss(toasts, id), after);
    }
}

fn dismiss(toasts: RwSignal<Vec<ToastItem>>, id: u32) {
    // The region may be gone by the time a timer fires; then there is nothing to remove.
    toasts.try_update(|list| list.retain(|toast| toast.id != id));
}

/// The live region. `inline` keeps it in the flow (gallery) instead of fixed at the bottom.
#[component]
pub fn ToastRegion(
    toasts: RwSignal<Vec<ToastItem>>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="toast-region" class:toast-region--inline=inline aria-live="polite">
            <ul class="toast-list">
                <For
                    each=move || toasts.get()
                    key=|toast| toast.id
                    children=move |toast| {
                        let id = toast.id;
                        view! {
                            <li class=format!("toast {}", toast.kind.class())>
                                <span class="toast__icon" aria-hidden="true">{toast.kind.icon()}</span>
                                <p class="toast__message">{toast.message}</p>
                                <button
                                    type="button"
                                    class="toast__close"
                                    aria-label=i18n.tr(Key::Dismiss)
                                    on:click=move |_| dismiss(toasts, id)
                                >
                                    <span aria-hidden="true">"×"</span>
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
        </div>
    }
}
