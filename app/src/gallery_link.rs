//! The subscriber build has no gallery: `/gallery` is a separate Trunk build (feature
//! `gallery`) served from `dist/gallery/`. A client-side navigation here offers a full load.

use leptos::prelude::*;

use crate::components::PageTitle;
use crate::i18n::{Key, use_i18n};

#[component]
pub fn GalleryIndex() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::GalleryTitle) />
            // rel=external: the router must not handle it; the server serves the gallery build.
            <p class="page-lead">
                <a href="/gallery" rel="external">{i18n.tr(Key::GalleryLead)}</a>
            </p>
        </div>
    }
}

#[component]
pub fn GalleryComponent() -> impl IntoView {
    view! { <GalleryIndex /> }
}
