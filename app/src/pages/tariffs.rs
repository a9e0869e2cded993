//! `/tariffs`: the public tariff catalogue.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Tariffs() -> impl IntoView {
    view! { <ComingSoon title=Key::TariffsTitle lead=Key::TariffsLead /> }
}
