//! The countdown of an unpaid promised payment: what is left to repay, how long is left
//! (`shared::promised::time_left` on the browser's clock) and until when. The dashboard
//! shows it with a link to `/promised`; the promised-payment page above its details.

use leptos::prelude::*;
use shared::promised::{PromisedStatus, TimeLeft, time_left};

use crate::api::OpenPromised;
use crate::components::{Alert, AlertKind};
use crate::dates;
use crate::i18n::{Due, days, hours, use_i18n};

#[component]
pub fn PromisedCountdown(
    open: OpenPromised,
    account: i64,
    /// The dashboard links to the promised-payment page.
    #[prop(optional)]
    link: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let date = dates::local_time(&open.expires_at);
    let left = dates::ms_until(&open.expires_at)
        .map_or(TimeLeft::Over, |ms| time_left((ms / 1000.0).ceil() as i64));
    let expired = open.status == PromisedStatus::Expired || left == TimeLeft::Over;
    let kind = if expired || open.status == PromisedStatus::ExpiringSoon {
        AlertKind::Warning
    } else {
        AlertKind::Info
    };
    let outstanding = open.outstanding;
    let text = move || {
        let lang = i18n.lang();
        let left = match left {
            TimeLeft::Days(n) => days(lang, n),
            TimeLeft::Hours(n) => hours(lang, n),
            TimeLeft::Over => String::new(),
        };
        i18n.t(if expired {
            Due::Expired
        } else {
            Due::Countdown
        })
        .replace("{amount}", &outstanding.format(lang))
        .replace("{left}", &left)
        .replace("{date}", &date)
    };
    view! {
        <div class="promised-due" data-testid="promised-countdown">
            <Alert kind=kind>{text}</Alert>
            {link
                .then(|| {
                    view! {
                        <a href=format!("/promised?account={account}") data-testid="promised-link">
                            {i18n.tr(Due::Details)}
                        </a>
                    }
                })}
        </div>
    }
}
