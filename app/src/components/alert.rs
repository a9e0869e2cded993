//! An inline message: info and success are polite (`role=status`), warning and error
//! interrupt (`role=alert`). Each kind has its own icon, so colour is not the only signal.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AlertKind {
    #[default]
    Info,
    Success,
    Warning,
    Error,
}

impl AlertKind {
    pub const ALL: [AlertKind; 4] = [
        AlertKind::Info,
        AlertKind::Success,
        AlertKind::Warning,
        AlertKind::Error,
    ];

    pub fn class(self) -> &'static str {
        match self {
            AlertKind::Info => "alert--info",
            AlertKind::Success => "alert--success",
            AlertKind::Warning => "alert--warning",
            AlertKind::Error => "alert--error",
        }
    }

    pub fn role(self) -> &'static str {
        match self {
            AlertKind::Info | AlertKind::Success => "status",
            AlertKind::Warning | AlertKind::Error => "alert",
        }
    }

    pub fn icon(self) -> &'static str {
        match self {
            AlertKind::Info => "i",
            AlertKind::Success => "✓",
            AlertKind::Warning => "!",
            AlertKind::Error => "×",
        }
    }
}

#[component]
pub fn Alert(
    #[prop(optional)] kind: AlertKind,
    #[prop(optional, into)] title: Option<TextProp>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class=format!("alert {}", kind.class()) role=kind.role()>
            <span class="alert__icon" aria-hidden="true">{kind.icon()}</span>
            <div class="alert__content">
                {title.map(|title| view! { <p class="alert__title">{move || title.get()}</p> })}
                <div class="alert__body">{children()}</div>
            </div>
        </div>
    }
}
