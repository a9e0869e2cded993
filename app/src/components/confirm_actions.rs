//! The last step of a change: "confirm" (the primary action, busy while it runs, disabled while
//! something must be ticked first) and a quiet way back ("cancel", "edit"), side by side.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use super::{Button, ButtonVariant};

#[component]
pub fn ConfirmActions(
    #[prop(into)] confirm_label: TextProp,
    on_confirm: Callback<()>,
    #[prop(into)] back_label: TextProp,
    on_back: Callback<()>,
    /// The confirmation is on its way: the button shows it and ignores presses.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// Something must be done first (a box ticked, money added).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// The confirmation destroys something (a rule deleted): the button says so in red.
    #[prop(optional)]
    danger: bool,
) -> impl IntoView {
    let variant = if danger {
        ButtonVariant::Danger
    } else {
        ButtonVariant::Primary
    };
    view! {
        <div class="form__row">
            <Button
                variant=variant
                loading=busy
                disabled=disabled
                on_click=Callback::new(move |_| on_confirm.run(()))
            >
                {move || confirm_label.get()}
            </Button>
            <Button variant=ButtonVariant::Ghost on_click=Callback::new(move |_| on_back.run(()))>
                {move || back_label.get()}
            </Button>
        </div>
    }
}
