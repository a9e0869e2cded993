//! `/help`: when nothing works (PRODUCT 1.4). What to bring to an office, the offices of the
//! region, and the application form printed as a PDF by the server, prefilled with what was
//! typed here. The form posts natively (the browser downloads the file); it is checked
//! first with the same `shared` rules the server uses.

use leptos::prelude::*;
use shared::help::ApplicationForm;

use crate::api;
use crate::components::button::ButtonType;
use crate::components::{
    ApiErrorBoundary, Button, Card, Choice, EmptyState, InputKind, PageTitle, RegionPicker,
    Skeleton, SkeletonShape, TextField, use_region,
};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn Help() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page--narrow">
            <PageTitle text=i18n.tr(Key::HelpTitle) />
            <p class="page-lead">{i18n.tr(Key::HelpLead)}</p>
            <Card title=i18n.tr(Key::HelpBring)>
                <ul class="help-list" data-testid="help-bring">
                    <li>{i18n.tr(Key::HelpPassport)}</li>
                    <li>{i18n.tr(Key::HelpAttorney)}</li>
                    <li>{i18n.tr(Key::HelpApplication)}</li>
                </ul>
            </Card>
            <Card title=i18n.tr(Key::HelpFormTitle)>
                <ApplicationFormView />
            </Card>
            <Card title=i18n.tr(Key::OfficesTitle)>
                <RegionOffices />
            </Card>
        </div>
    }
}

#[component]
fn ApplicationFormView() -> impl IntoView {
    let i18n = use_i18n();
    let full_name = RwSignal::new(String::new());
    let identifier = RwSignal::new(String::new());
    let contact_phone = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let on_behalf = RwSignal::new(false);
    let submitted = RwSignal::new(false);
    let form = move || ApplicationForm {
        full_name: full_name.get(),
        identifier: identifier.get(),
        contact_phone: contact_phone.get(),
        reason: reason.get(),
        on_behalf: on_behalf.get().then(|| "on".to_owned()),
    };
    let errors = Memo::new(move |_| form().parse().err().map(|e| e.0).unwrap_or_default());
    let error_of = move |field: &'static str, value: RwSignal<String>, optional: bool| {
        Signal::derive(move || {
            if value.with(|v| v.trim().is_empty()) && (optional || !submitted.get()) {
                return None;
            }
            errors.with(|list| {
                list.iter()
                    .find(|e| e.field == field)
                    .map(|e| e.code.message(i18n.lang()).to_owned())
            })
        })
    };
    view! {
        <form
            class="form"
            method="post"
            action="/api/help/application.pdf"
            novalidate
            data-testid="help-form"
            on:submit=move |ev| {
                submitted.set(true);
                // Checked here first; a valid form goes to the server as it is.
                if !errors.with_untracked(Vec::is_empty) {
                    ev.prevent_default();
                }
            }
        >
            <TextField
                label=i18n.tr(Key::RegFullName)
                value=full_name
                required=true
                name="full_name"
                autocomplete="name"
                error=error_of("full_name", full_name, false)
            />
            <TextField
                label=i18n.tr(Key::AuthLogin)
                hint=i18n.tr(Key::AuthLoginHint)
                value=identifier
                required=true
                name="identifier"
                error=error_of("identifier", identifier, false)
            />
            <TextField
                label=i18n.tr(Key::HelpContactPhone)
                value=contact_phone
                name="contact_phone"
                autocomplete="tel"
                inputmode="tel"
                error=error_of("contact_phone", contact_phone, true)
            />
            <TextField
                label=i18n.tr(Key::HelpReason)
                value=reason
                kind=InputKind::Multiline
                required=true
                name="reason"
                error=error_of("reason", reason, false)
            />
            <Choice
                label=i18n.tr(Key::HelpOnBehalf)
                checked=on_behalf
                on_change=Callback::new(move |on| on_behalf.set(on))
                name="on_behalf"
            />
            <Button kind=ButtonType::Submit>{i18n.tr(Key::HelpDownload)}</Button>
        </form>
    }
}

#[component]
fn RegionOffices() -> impl IntoView {
    let i18n = use_i18n();
    let region = use_region();
    let data = LocalResource::new(move || api::offices(region.get(), String::new()));
    view! {
        <RegionPicker value=region />
        <Transition fallback=|| view! { <Skeleton shape=SkeletonShape::Block /> }>
            <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
                {move || Suspend::new(async move {
                    data.await
                        .map(|offices| {
                            if offices.is_empty() {
                                return view! { <EmptyState title=i18n.tr(Key::NothingFound) /> }
                                    .into_any();
                            }
                            view! {
                                <ul class="help-offices" data-testid="help-offices">
                                    {offices
                                        .into_iter()
                                        .map(|o| view! {
                                            <li>
                                                <strong>{o.name}</strong>
                                                <br />
                                                {o.address}
                                                <br />
                                                <span class="form__note">{o.hours}</span>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        })
                })}
            </ApiErrorBoundary>
        </Transition>
    }
}
