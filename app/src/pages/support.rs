//! `/support`: support requests and notifications.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Support() -> impl IntoView {
    view! { <ComingSoon title=Key::SupportTitle lead=Key::SupportLead /> }
}
