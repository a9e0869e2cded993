//! A failed load: the error's message in the user's language and an optional retry.

use leptos::prelude::*;
use shared::ApiError;

use super::{Button, ButtonVariant};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn ErrorState(
    #[prop(into)] error: Signal<ApiError>,
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="error-state" role="alert">
            <span class="error-state__icon" aria-hidden="true">"!"</span>
            <p class="error-state__message">
                {move || error.with(|error| error.code.message(i18n.lang()))}
            </p>
            <p class="error-state__code">{move || error.with(|error| error.code.as_str())}</p>
            {on_retry
                .map(|retry| {
                    view! {
                        <Button
                            variant=ButtonVariant::Secondary
                            on_click=Callback::new(move |_| retry.run(()))
                        >
                            {i18n.tr(Key::Retry)}
                        </Button>
                    }
                })}
        </div>
    }
}
