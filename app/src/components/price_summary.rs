//! A price worked out line by line: what each part costs, the total (announced politely to
//! screen readers when it changes) and, optionally, how it was computed.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use shared::Money;

use super::{MoneyAmount, MoneySize};

/// One line of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceLine {
    pub label: String,
    pub amount: Money,
}

#[component]
pub fn PriceSummary(
    /// The lines, recomputed by the caller whenever the inputs change.
    #[prop(into)]
    lines: Signal<Vec<PriceLine>>,
    #[prop(into)] total_label: TextProp,
    #[prop(into)] total: Signal<Money>,
    /// How the total was computed, in words.
    #[prop(optional, into)]
    rule: Option<TextProp>,
    /// Extra lines under the total (e.g. how the monthly charge changes).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="price-summary">
            <dl class="price-list" data-testid="price-lines">
                {move || {
                    lines
                        .get()
                        .into_iter()
                        .map(|l| {
                            view! {
                                <dt>{l.label}</dt>
                                <dd><MoneyAmount amount=l.amount size=MoneySize::Small /></dd>
                            }
                        })
                        .collect_view()
                }}
            </dl>
            <p class="price-summary__total" aria-live="polite" aria-atomic="true" data-testid="price-total">
                <span>{move || total_label.get()}</span> ": "
                <MoneyAmount amount=total size=MoneySize::Large />
            </p>
            {children.map(|c| c())}
            {rule.map(|rule| view! { <p class="form__note">{move || rule.get()}</p> })}
        </div>
    }
}
