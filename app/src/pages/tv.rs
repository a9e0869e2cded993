//! `/tv`: digital TV: packages, Personal TV, Multiroom.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;
use crate::i18n::Key;

#[component]
pub fn Tv() -> impl IntoView {
    view! { <ComingSoon title=Key::TvTitle lead=Key::TvLead /> }
}
