//! SMS from the site: recipient and text checked as typed with `shared` (the counter shows
//! the encoding and parts the server will count), and the three folders as tabs.

use leptos::prelude::*;
use shared::FieldError;
use shared::api::mobile::SendSms;
use shared::ids::Phone;
use shared::mobile::SmsFolder;
use shared::sms::{MAX_SMS_PARTS, SmsEncoding, SmsText, sms_length};

use super::pretty;
use crate::api::{self, SmsMessage};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, ApiErrorBoundary, Button, Card, EmptyState, InputKind, Skeleton,
    SkeletonShape, Tabs, TextField,
};
use crate::dates::local_time;
use crate::i18n::{Svc, use_i18n};
use crate::pages::auth::{FailureAlert, all_valid, check};
use crate::pages::pending::Pending;

fn recipient(s: &str) -> Result<(), FieldError> {
    Phone::parse(s).map(drop)
}

fn sms_text(s: &str) -> Result<(), FieldError> {
    SmsText::parse(s).map(drop)
}

#[component]
pub fn SmsSection() -> impl IntoView {
    let i18n = use_i18n();
    let to = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let pending = Pending::new();
    let left_today = RwSignal::new(None::<u32>);
    let folder = RwSignal::new(0usize);
    let messages = LocalResource::new(move || api::sms(SmsFolder::ALL[folder.get()]));
    let counter = move || {
        let length = text.with(|t| sms_length(t));
        let encoding = match length.encoding {
            SmsEncoding::Gsm7 => i18n.t(Svc::SmsLatin),
            SmsEncoding::Ucs2 => i18n.t(Svc::SmsUnicode),
        };
        i18n.t(Svc::SmsCounter)
            .replace("{parts}", &length.parts.to_string())
            .replace("{max}", &MAX_SMS_PARTS.to_string())
            .replace("{left}", &length.left_in_part.to_string())
            .replace("{encoding}", encoding)
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        left_today.set(None);
        if !all_valid(&[(to, recipient), (text, sms_text)]) {
            return;
        }
        let body = SendSms {
            to: to.get_untracked(),
            text: text.get_untracked(),
        };
        pending.run(async move { api::send_sms(&body).await }, move |sent| {
            // The recipient stays for the next message; the text is sent, so it goes.
            text.set(String::new());
            submitted.set(false);
            left_today.set(Some(sent.left_today));
            if SmsFolder::ALL[folder.get_untracked()] == SmsFolder::Sent {
                messages.refetch();
            }
        });
    };
    let folders = vec![
        i18n.tr(Svc::SmsInbox).into(),
        i18n.tr(Svc::SmsSent).into(),
        i18n.tr(Svc::SmsBlocked).into(),
    ];
    let list = move |_: usize| {
        view! {
            <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Lines(3) /> }>
                <ApiErrorBoundary on_retry=Callback::new(move |()| messages.refetch())>
                    {move || Suspend::new(async move {
                        messages.await.map(|list| messages_view(list, folder.get_untracked()))
                    })}
                </ApiErrorBoundary>
            </Suspense>
        }
        .into_any()
    };
    view! {
        <Card title=i18n.tr(Svc::SmsTitle)>
            <form class="form" novalidate on:submit=on_submit data-testid="sms-form">
                <FailureAlert failure=pending.failure />
                {move || {
                    left_today
                        .get()
                        .map(|n| {
                            let text = i18n.t(Svc::SmsDone).replace("{n}", &n.to_string());
                            view! {
                                <div data-testid="sms-sent">
                                    <Alert kind=AlertKind::Success>{text}</Alert>
                                </div>
                            }
                        })
                }}
                <TextField
                    label=i18n.tr(Svc::SmsTo)
                    hint=i18n.tr(Svc::SmsToHint)
                    value=to
                    kind=InputKind::Tel
                    required=true
                    name="to"
                    autocomplete="tel"
                    error=check(to, submitted, recipient)
                />
                <TextField
                    label=i18n.tr(Svc::SmsText)
                    hint=counter
                    value=text
                    kind=InputKind::Multiline
                    required=true
                    name="text"
                    error=check(text, submitted, sms_text)
                />
                <Button kind=ButtonType::Submit loading=pending.busy>
                    {i18n.tr(Svc::SmsSend)}
                </Button>
            </form>
            <h3 class="section-title">{i18n.tr(Svc::SmsFolders)}</h3>
            <Tabs
                label=i18n.tr(Svc::SmsFolders)
                tabs=folders
                selected=folder
                test_ids=vec!["sms-tab-inbox", "sms-tab-sent", "sms-tab-blocked"]
                panel=list
            />
        </Card>
    }
}

fn messages_view(list: Vec<SmsMessage>, folder: usize) -> AnyView {
    let i18n = use_i18n();
    if list.is_empty() {
        let title = match SmsFolder::ALL[folder] {
            SmsFolder::Inbox => Svc::SmsInboxEmpty,
            SmsFolder::Sent => Svc::SmsSentEmpty,
            SmsFolder::Blocked => Svc::SmsBlockedEmpty,
        };
        return view! { <EmptyState title=i18n.tr(title) /> }.into_any();
    }
    let (peer_label, parts_label) = (
        if SmsFolder::ALL[folder] == SmsFolder::Sent {
            Svc::SmsToLabel
        } else {
            Svc::SmsFrom
        },
        Svc::SmsParts,
    );
    view! {
        <ul class="rows" data-testid="sms-list">
            {list
                .into_iter()
                .map(|m| {
                    let parts = i18n.t(parts_label).replace("{n}", &m.parts.to_string());
                    view! {
                        <li class="row" data-testid="sms">
                            <p class="row__title">
                                <span class="visually-hidden">{i18n.tr(peer_label)} " "</span>
                                {pretty(&m.peer)}
                            </p>
                            <p class="row__body">{m.text}</p>
                            <p class="row__meta">
                                {local_time(&m.at)} " · " {parts} " · " {i18n.tr(Svc::SmsOn)} " "
                                {pretty(&m.own_number)}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
