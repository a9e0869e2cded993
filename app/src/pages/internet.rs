//! `/internet`: home internet.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Internet() -> impl IntoView {
    view! { <ComingSoon title=Key::InternetTitle lead=Key::InternetLead /> }
}
