//! `/payments`: balance, top-ups, auto-payment, promised payment.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Payments() -> impl IntoView {
    view! { <ComingSoon title=Key::PaymentsTitle lead=Key::PaymentsLead /> }
}
