//! Any unknown address (and unknown gallery components).

use leptos::prelude::*;

use crate::components::{EmptyState, PageTitle};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page" data-testid="not-found">
            <PageTitle text=i18n.tr(Key::NotFoundTitle) />
            <EmptyState title=i18n.tr(Key::NotFoundLead)>
                <a class="btn btn--primary btn--md" href="/">
                    {i18n.tr(Key::GoHome)}
                </a>
            </EmptyState>
        </div>
    }
}
