//! `/balance-check`: public balance check without signing in.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn BalanceCheck() -> impl IntoView {
    view! { <ComingSoon title=Key::BalanceCheckTitle lead=Key::BalanceCheckLead /> }
}
