//! `/profile`: personal data, password, sessions.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Profile() -> impl IntoView {
    view! { <ComingSoon title=Key::ProfileTitle lead=Key::ProfileLead /> }
}
