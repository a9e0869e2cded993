//! An amount of money in the user's language. A debt gets a word, not only a colour.

use leptos::prelude::*;
use shared::Money;

use crate::i18n::{Key, use_i18n};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MoneySize {
    Small,
    #[default]
    Medium,
    Large,
}

impl MoneySize {
    fn class(self) -> &'static str {
        match self {
            MoneySize::Small => "money--sm",
            MoneySize::Medium => "money--md",
            MoneySize::Large => "money--lg",
        }
    }
}

#[component]
pub fn MoneyAmount(
    #[prop(into)] amount: Signal<Money>,
    #[prop(optional)] size: MoneySize,
) -> impl IntoView {
    let i18n = use_i18n();
    let debt = move || amount.get().is_negative();
    view! {
        <span class=format!("money {}", size.class()) class:money--debt=debt>
            <Show when=debt>
                <span class="money__label">{i18n.tr(Key::Debt)}</span>
                " "
            </Show>
            <span class="money__value">{move || amount.get().format(i18n.lang())}</span>
        </span>
    }
}
