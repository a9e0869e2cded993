//! `/recovery`: forgotten password or login (auth issue).

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Recovery() -> impl IntoView {
    view! { <ComingSoon title=Key::RecoveryTitle lead=Key::RecoveryLead /> }
}
