//! Text field: label, hint, error (`aria-invalid` + `aria-describedby`), required marker.
//! The value lives in the caller's signal, so nothing typed is lost when an error appears.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use super::unique_id;
use crate::i18n::{Key, use_i18n};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    #[default]
    Text,
    Password,
    Tel,
    Email,
}

impl InputKind {
    fn as_str(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Password => "password",
            InputKind::Tel => "tel",
            InputKind::Email => "email",
        }
    }
}

#[component]
pub fn TextField(
    #[prop(into)] label: TextProp,
    /// The typed text; owned by the caller so it survives errors and re-renders.
    value: RwSignal<String>,
    #[prop(optional)] kind: InputKind,
    #[prop(optional, into)] hint: Option<TextProp>,
    /// A localised error message; `None` when the value is fine.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional, into)] name: Option<String>,
    #[prop(optional, into)] autocomplete: Option<String>,
    /// The on-screen keyboard to offer (`numeric` for codes and card numbers).
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("field");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some);
    view! {
        <div class="field" class:field--invalid=invalid>
            <label class="field__label" for=id.clone()>
                {move || label.get()}
                {required
                    .then(|| {
                        view! {
                            <span
                                class="field__required"
                                aria-hidden="true"
                                title=i18n.tr(Key::Required)
                            >
                                " *"
                            </span>
                        }
                    })}
            </label>
            {hint
                .map(|hint| {
                    view! {
                        <p class="field__hint" id=hint_id.clone()>
                            {move || hint.get()}
                        </p>
                    }
                })}
            <input
                class="field__input"
                id=id.clone()
                type=kind.as_str()
                name=name
                autocomplete=autocomplete
                inputmode=inputmode
                required=required
                disabled=move || disabled.get()
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field__error" id=error_id.clone()>
                                <span class="field__error-icon" aria-hidden="true">"!"</span>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
