//! A row's action ("Remove", "End session", "Connect"): a small secondary button whose name
//! for a screen reader says which row it acts on ("Remove +7 916 123-45-67"), since the same
//! visible text stands on every row. The name is required, so no row action goes without it.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use super::{Button, ButtonSize, ButtonVariant};

#[component]
pub fn RowAction(
    /// The action and its row, as a screen reader announces it.
    #[prop(into)]
    label: TextProp,
    on_click: Callback<()>,
    /// Something is on its way for this list: the button ignores presses meanwhile.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    #[prop(optional)] testid: Option<&'static str>,
    /// The visible text.
    children: Children,
) -> impl IntoView {
    view! {
        <Button
            variant=ButtonVariant::Secondary
            size=ButtonSize::Small
            label=label
            disabled=disabled
            testid=testid
            on_click=Callback::new(move |_| on_click.run(()))
        >
            {children()}
        </Button>
    }
}
