//! `/expenses`: itemised expenses.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Expenses() -> impl IntoView {
    view! { <ComingSoon title=Key::ExpensesTitle lead=Key::ExpensesLead /> }
}
