//! A filter above a list: a search by name or a date, its label above it, compact enough to
//! sit beside other filters (`.filters`, stacked on a phone). Nothing here is ever wrong, so
//! unlike [`super::TextField`] it has no hint, error or required marker: the list below it
//! answers instead. The value lives with the caller, like [`super::SelectField`]'s.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use super::unique_id;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FilterKind {
    /// Text matched as it is typed (`type="search"`: the keyboard shows "search", Escape
    /// clears it).
    #[default]
    Search,
    /// A day (`type="date"`, the browser's own picker), reported once it is complete.
    Date,
}

impl FilterKind {
    fn as_str(self) -> &'static str {
        match self {
            FilterKind::Search => "search",
            FilterKind::Date => "date",
        }
    }
}

#[component]
pub fn FilterField(
    #[prop(into)] label: TextProp,
    /// The value shown; `YYYY-MM-DD` or empty for a date.
    #[prop(into)]
    value: Signal<String>,
    /// Called with each new value: every keystroke for a search, each picked day for a date.
    on_change: Callback<String>,
    #[prop(optional)] kind: FilterKind,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let id = unique_id("filter");
    let report = move |ev: leptos::ev::Event| on_change.run(event_target_value(&ev));
    view! {
        <div class="field field--inline">
            <label class="field__label" for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                type=kind.as_str()
                class="field__input"
                data-testid=testid
                prop:value=move || value.get()
                on:input=move |ev| {
                    if kind == FilterKind::Search {
                        report(ev);
                    }
                }
                on:change=move |ev| {
                    if kind == FilterKind::Date {
                        report(ev);
                    }
                }
            />
        </div>
    }
}
