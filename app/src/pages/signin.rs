//! `/signin`: sign-in by every method of PRODUCT.md §1.3 (auth issue).

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn SignIn() -> impl IntoView {
    view! { <ComingSoon title=Key::SignInTitle lead=Key::SignInLead /> }
}
