//! `/offices`: sales and service offices.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Offices() -> impl IntoView {
    view! { <ComingSoon title=Key::OfficesTitle lead=Key::OfficesLead /> }
}
