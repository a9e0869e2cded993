//! `/register`: linking a web account to a contract (auth issue).

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Register() -> impl IntoView {
    view! { <ComingSoon title=Key::RegisterTitle lead=Key::RegisterLead /> }
}
