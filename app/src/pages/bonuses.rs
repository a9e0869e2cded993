//! `/bonuses`: loyalty points.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Bonuses() -> impl IntoView {
    view! { <ComingSoon title=Key::BonusesTitle lead=Key::BonusesLead /> }
}
