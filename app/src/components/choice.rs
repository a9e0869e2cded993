//! A choice: a checkbox ("save the card", "I understand") or one radio button of a group
//! ("pay with", "send the code by"), its text beside it as the label, so the whole row is the
//! tap target (at least `--tap-min` high). [`ChoiceGroup`] is a set of them under a legend.
//! The checked state lives in the caller's signal; the control only reports changes.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChoiceKind {
    /// On or off by itself.
    #[default]
    Checkbox,
    /// One of a group sharing a `name`: picking it unpicks the others.
    Radio,
}

impl ChoiceKind {
    fn as_str(self) -> &'static str {
        match self {
            ChoiceKind::Checkbox => "checkbox",
            ChoiceKind::Radio => "radio",
        }
    }
}

#[component]
pub fn Choice(
    #[prop(into)] label: TextProp,
    /// Whether it is ticked (picked, for a radio button).
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state when the subscriber ticks or unticks it (a radio button
    /// reports `true` when it is picked; it never reports being unpicked).
    on_change: Callback<bool>,
    #[prop(optional)] kind: ChoiceKind,
    /// The form field's name; radio buttons of one group share it.
    #[prop(optional, into)]
    name: Option<String>,
    #[prop(optional)] value: Option<&'static str>,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="choice" class:choice--disabled=move || disabled.get() data-testid=testid>
            <input
                type=kind.as_str()
                name=name
                value=value
                disabled=move || disabled.get()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span class="choice__label">{move || label.get()}</span>
        </label>
    }
}

/// Choices that answer one question: a `<fieldset>` whose legend is the question, so a
/// screen reader names the group before each option.
#[component]
pub fn ChoiceGroup(
    #[prop(into)] legend: TextProp,
    #[prop(optional)] testid: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset class="choices" data-testid=testid>
            <legend>{move || legend.get()}</legend>
            {children()}
        </fieldset>
    }
}
