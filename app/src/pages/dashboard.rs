//! `/dashboard`: the signed-in overview of every service account.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Dashboard() -> impl IntoView {
    view! { <ComingSoon title=Key::DashboardTitle lead=Key::DashboardLead /> }
}
