//! The honest placeholder of a section that a later issue fills: its title, what it will
//! hold, and an empty state saying it opens soon.

use leptos::prelude::*;

use crate::components::{EmptyState, PageTitle};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn ComingSoon(title: Key, lead: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(title) />
            <p class="page-lead">{i18n.tr(lead)}</p>
            <EmptyState title=i18n.tr(Key::ComingSoonTitle) body=i18n.tr(Key::ComingSoonBody) />
        </div>
    }
}
