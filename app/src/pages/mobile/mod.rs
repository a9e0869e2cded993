//! `/mobile`: the mobile controls of PRODUCT 7: SMS from the site with the folders of
//! received, sent and blocked messages, the call blacklist with the calls it stopped, and
//! the other numbers this web account manages (and who manages the customer's own).

mod blacklist;
mod numbers;
mod sms;

use leptos::prelude::*;

use crate::components::PageTitle;
use crate::i18n::{Key, use_i18n};

#[component]
pub fn Mobile() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::MobileTitle) />
            <p class="page-lead">{i18n.tr(Key::MobileLead)}</p>
            <sms::SmsSection />
            <blacklist::BlacklistSection />
            <numbers::NumbersSection />
        </div>
    }
}

/// `+79161234567` as `+7 916 123-45-67`; anything else as it is.
fn pretty(e164: &str) -> String {
    shared::ids::Phone::parse(e164)
        .map(|p| p.pretty())
        .unwrap_or_else(|_| e164.to_owned())
}
