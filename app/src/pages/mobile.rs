//! `/mobile`: mobile controls: numbers, SIMs, blocking.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Mobile() -> impl IntoView {
    view! { <ComingSoon title=Key::MobileTitle lead=Key::MobileLead /> }
}
