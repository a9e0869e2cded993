//! Button: variants, sizes, and a loading state that keeps focus but ignores presses.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::i18n::{Key, use_i18n};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonVariant {
    #[default]
    Primary,
    Secondary,
    Ghost,
    Danger,
}

impl ButtonVariant {
    pub const ALL: [ButtonVariant; 4] = [
        ButtonVariant::Primary,
        ButtonVariant::Secondary,
        ButtonVariant::Ghost,
        ButtonVariant::Danger,
    ];

    pub fn class(self) -> &'static str {
        match self {
            ButtonVariant::Primary => "btn--primary",
            ButtonVariant::Secondary => "btn--secondary",
            ButtonVariant::Ghost => "btn--ghost",
            ButtonVariant::Danger => "btn--danger",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonSize {
    Small,
    #[default]
    Medium,
    Large,
}

impl ButtonSize {
    pub fn class(self) -> &'static str {
        match self {
            ButtonSize::Small => "btn--sm",
            ButtonSize::Medium => "btn--md",
            ButtonSize::Large => "btn--lg",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonType {
    #[default]
    Button,
    Submit,
}

impl ButtonType {
    fn as_str(self) -> &'static str {
        match self {
            ButtonType::Button => "button",
            ButtonType::Submit => "submit",
        }
    }
}

#[component]
pub fn Button(
    #[prop(optional)] variant: ButtonVariant,
    #[prop(optional)] size: ButtonSize,
    #[prop(optional)] kind: ButtonType,
    /// While true the button shows a spinner, sets `aria-busy` and ignores presses.
    #[prop(optional, into)]
    loading: Signal<bool>,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional, into)] on_click: Option<Callback<MouseEvent>>,
    /// The name a screen reader announces instead of the visible text, when that text is
    /// ambiguous in a list: "Remove" on each row is "Remove +7 916 123-45-67".
    #[prop(optional, into)]
    label: Option<TextProp>,
    /// The button's `data-testid`, for the end-to-end specs (`None` for none).
    #[prop(default = None)]
    testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("btn {} {}", variant.class(), size.class());
    view! {
        <button
            type=kind.as_str()
            class=class
            class:btn--loading=move || loading.get()
            disabled=move || disabled.get()
            aria-label=label.map(|label| move || label.get())
            data-testid=testid
            aria-busy=move || loading.get().then_some("true")
            aria-disabled=move || loading.get().then_some("true")
            on:click=move |ev: MouseEvent| {
                if loading.get_untracked() {
                    ev.prevent_default();
                } else if let Some(on_click) = on_click {
                    on_click.run(ev);
                }
            }
        >
            <Show when=move || loading.get()>
                <span class="btn__spinner" aria-hidden="true"></span>
                <span class="visually-hidden">{i18n.tr(Key::Loading)}</span>
            </Show>
            <span class="btn__label">{children()}</span>
        </button>
    }
}
