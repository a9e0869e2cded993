//! `/services`: connected and available services.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Services() -> impl IntoView {
    view! { <ComingSoon title=Key::ServicesTitle lead=Key::ServicesLead /> }
}
