//! `/register` (PRODUCT 1.2): service type → legal status → identity data → contract number →
//! e-mail → an anti-bot proof of work, solved here in short chunks between frames (the page
//! stays responsive and a progress bar moves). On a match the login and a password are
//! e-mailed. Every field is checked as typed by the same `shared` parser the server runs.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::auth::Registration;
use shared::customer::{IdentityForm, LegalStatus};
use shared::ids::{ContractNumber, Email};
use shared::service::ServiceKind;
use shared::{ErrorCode, FieldError};

use super::auth::{FailureAlert, all_valid, check};
use crate::api::{self, Failure, PowChallenge};
use crate::components::button::ButtonType;
use crate::components::{
    Alert, AlertKind, Button, Choice, ChoiceGroup, ChoiceKind, PageTitle, TextField,
};
use crate::i18n::{Key, use_i18n};

/// Candidates tried between two frames: a few milliseconds of hashing.
const CHUNK: u64 = 4_096;

fn contract(s: &str) -> Result<(), FieldError> {
    ContractNumber::parse(s).map(drop)
}
fn email(s: &str) -> Result<(), FieldError> {
    Email::parse(s).map(drop)
}

/// One identity field: its form key, label, hint and signal.
#[derive(Clone, Copy)]
struct Field {
    name: &'static str,
    label: Key,
    hint: Option<Key>,
    value: RwSignal<String>,
}

/// The identity fields as typed, for every legal status (only the chosen status's are sent).
#[derive(Clone, Copy)]
struct IdentityFields {
    status: RwSignal<LegalStatus>,
    full_name: Field,
    birth_date: Field,
    passport_series: Field,
    passport_number: Field,
    passport_issued_on: Field,
    passport_issued_by: Field,
    division_code: Field,
    company_name: Field,
    inn: Field,
    kpp: Field,
    ogrn: Field,
    ogrnip: Field,
}

impl IdentityFields {
    fn new() -> Self {
        let field = |name, label, hint| Field {
            name,
            label,
            hint,
            value: RwSignal::new(String::new()),
        };
        IdentityFields {
            status: RwSignal::new(LegalStatus::Individual),
            full_name: field("full_name", Key::RegFullName, None),
            birth_date: field("birth_date", Key::RegBirthDate, Some(Key::RegDateHint)),
            passport_series: field("passport_series", Key::RegPassportSeries, None),
            passport_number: field("passport_number", Key::RegPassportNumber, None),
            passport_issued_on: field(
                "passport_issued_on",
                Key::RegPassportIssuedOn,
                Some(Key::RegDateHint),
            ),
            passport_issued_by: field("passport_issued_by", Key::RegPassportIssuedBy, None),
            division_code: field(
                "division_code",
                Key::RegDivisionCode,
                Some(Key::RegDivisionHint),
            ),
            company_name: field("company_name", Key::RegCompanyName, None),
            inn: field("inn", Key::RegInn, None),
            kpp: field("kpp", Key::RegKpp, None),
            ogrn: field("ogrn", Key::RegOgrn, None),
            ogrnip: field("ogrnip", Key::RegOgrnip, None),
        }
    }

    /// The fields the chosen legal status asks for, in form order.
    fn shown(&self, status: LegalStatus) -> Vec<Field> {
        match status {
            LegalStatus::Individual => vec![
                self.full_name,
                self.birth_date,
                self.passport_series,
                self.passport_number,
                self.passport_issued_on,
                self.passport_issued_by,
                self.division_code,
            ],
            LegalStatus::LegalEntity => vec![self.company_name, self.inn, self.kpp, self.ogrn],
            LegalStatus::SoleProprietor => vec![self.full_name, self.inn, self.ogrnip],
        }
    }

    fn form(&self) -> IdentityForm {
        let v = |f: Field| f.value.get();
        IdentityForm {
            legal_status: self.status.get(),
            full_name: v(self.full_name),
            birth_date: v(self.birth_date),
            passport_series: v(self.passport_series),
            passport_number: v(self.passport_number),
            passport_issued_on: v(self.passport_issued_on),
            passport_issued_by: v(self.passport_issued_by),
            division_code: v(self.division_code),
            company_name: v(self.company_name),
            inn: v(self.inn),
            kpp: v(self.kpp),
            ogrn: v(self.ogrn),
            ogrnip: v(self.ogrnip),
        }
    }
}

/// Where the submission is.
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Editing,
    /// Solving the proof of work: the share of the expected work done so far (0–100).
    Solving(u8),
    Sending,
    Done(String),
}

#[component]
pub fn Register() -> impl IntoView {
    let i18n = use_i18n();
    let service = RwSignal::new(ServiceKind::Home);
    let identity = IdentityFields::new();
    let contract_value = RwSignal::new(String::new());
    let email_value = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let stage = RwSignal::new(Stage::Editing);
    let failure = RwSignal::new(None::<Failure>);
    // Every identity error at once, from the shared parser (cross-field rules included).
    let identity_errors = Memo::new(move |_| {
        identity
            .form()
            .parse(crate::dates::today())
            .err()
            .map(|errors| errors.0)
            .unwrap_or_default()
    });
    let field_error = move |field: Field| {
        Signal::derive(move || {
            let code = if field.value.with(|v| v.trim().is_empty()) {
                submitted.get().then_some(ErrorCode::Required)
            } else {
                identity_errors.with(|errors| {
                    errors
                        .iter()
                        .find(|e| e.field == field.name)
                        .map(|e| e.code)
                })
            }?;
            Some(code.message(i18n.lang()).to_owned())
        })
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let identity_ok = identity_errors.with_untracked(Vec::is_empty);
        let rest_ok = all_valid(&[(contract_value, contract), (email_value, email)]);
        if stage.get_untracked() != Stage::Editing || !identity_ok || !rest_ok {
            focus_first_invalid();
            return;
        }
        failure.set(None);
        stage.set(Stage::Solving(0));
        let form = identity.form();
        spawn_local(async move {
            match api::challenge().await {
                Ok(challenge) => solve(challenge, 0, stage, move |challenge, solution| {
                    let body = Registration {
                        service: service.get_untracked(),
                        identity: form,
                        contract_number: contract_value.get_untracked(),
                        email: email_value.get_untracked(),
                        challenge,
                        solution,
                    };
                    stage.set(Stage::Sending);
                    spawn_local(async move {
                        match api::register(&body).await {
                            Ok(done) => stage.set(Stage::Done(done.email_masked)),
                            Err(f) => {
                                failure.set(Some(f));
                                stage.set(Stage::Editing);
                            }
                        }
                    });
                }),
                Err(f) => {
                    failure.set(Some(f));
                    stage.set(Stage::Editing);
                }
            }
        });
    };

    let busy = Signal::derive(move || !matches!(stage.get(), Stage::Editing | Stage::Done(_)));
    let choice =
        move |group: &'static str, label: Key, checked: Signal<bool>, pick: Callback<()>| {
            view! {
                <Choice
                    label=i18n.tr(label)
                    checked=checked
                    on_change=Callback::new(move |_| pick.run(()))
                    kind=ChoiceKind::Radio
                    name=group
                />
            }
        };
    let service_choice = move |kind: ServiceKind, label: Key| {
        choice(
            "service",
            label,
            Signal::derive(move || service.get() == kind),
            Callback::new(move |()| service.set(kind)),
        )
    };
    let status_choice = move |status: LegalStatus, label: Key| {
        choice(
            "legal-status",
            label,
            Signal::derive(move || identity.status.get() == status),
            Callback::new(move |()| identity.status.set(status)),
        )
    };

    view! {
        <div class="page page--narrow">
            <PageTitle text=i18n.tr(Key::RegisterTitle) />
            <p class="page-lead">{i18n.tr(Key::RegisterLead)}</p>
            {move || match stage.get() {
                Stage::Done(masked) => {
                    let text = i18n.t(Key::RegDone).replace("{email}", &masked);
                    view! {
                        <div data-testid="register-done" class="form">
                            <Alert kind=AlertKind::Success>{text}</Alert>
                            <a class="btn btn--primary btn--md" href="/signin">
                                {i18n.tr(Key::RegGoSignIn)}
                            </a>
                        </div>
                    }
                        .into_any()
                }
                _ => ().into_any(),
            }}
            <form
                class="form"
                novalidate
                on:submit=on_submit
                data-testid="register-form"
                hidden=move || matches!(stage.get(), Stage::Done(_))
            >
                <FailureAlert failure=failure />
                <AlreadyRegisteredHint failure=failure />
                <ChoiceGroup legend=i18n.tr(Key::RegService)>
                    {service_choice(ServiceKind::Home, Key::ServiceHome)}
                    {service_choice(ServiceKind::Satellite, Key::ServiceSatellite)}
                    {service_choice(ServiceKind::Mobile, Key::ServiceMobile)}
                </ChoiceGroup>
                <ChoiceGroup legend=i18n.tr(Key::RegLegalStatus)>
                    {status_choice(LegalStatus::Individual, Key::RegIndividual)}
                    {status_choice(LegalStatus::LegalEntity, Key::RegLegalEntity)}
                    {status_choice(LegalStatus::SoleProprietor, Key::RegSoleProprietor)}
                </ChoiceGroup>
                {move || {
                    identity
                        .shown(identity.status.get())
                        .into_iter()
                        .map(|field| match field.hint {
                            Some(hint) => view! {
                                <TextField
                                    label=i18n.tr(field.label)
                                    hint=i18n.tr(hint)
                                    value=field.value
                                    required=true
                                    name=field.name
                                    error=field_error(field)
                                />
                            }
                            .into_any(),
                            None => view! {
                                <TextField
                                    label=i18n.tr(field.label)
                                    value=field.value
                                    required=true
                                    name=field.name
                                    error=field_error(field)
                                />
                            }
                            .into_any(),
                        })
                        .collect_view()
                }}
                <TextField
                    label=i18n.tr(Key::RegContract)
                    hint=i18n.tr(Key::RegContractHint)
                    value=contract_value
                    required=true
                    name="contract_number"
                    error=check(contract_value, submitted, contract)
                />
                <TextField
                    label=i18n.tr(Key::RegEmail)
                    hint=i18n.tr(Key::RegEmailHint)
                    value=email_value
                    required=true
                    name="email"
                    autocomplete="email"
                    error=check(email_value, submitted, email)
                />
                <ProofOfWork stage=stage />
                <Button kind=ButtonType::Submit loading=busy>
                    {i18n.tr(Key::RegSubmit)}
                </Button>
            </form>
        </div>
    }
}

/// The proof-of-work progress: a labelled progress bar while solving, announced politely.
#[component]
fn ProofOfWork(stage: RwSignal<Stage>) -> impl IntoView {
    let i18n = use_i18n();
    move || match stage.get() {
        Stage::Solving(percent) => view! {
            <div class="pow" role="status" data-testid="register-pow">
                <label class="pow__label" for="register-pow">
                    {i18n.tr(Key::RegSolving)}
                </label>
                <progress id="register-pow" max="100" value=percent.to_string()></progress>
            </div>
        }
        .into_any(),
        Stage::Sending => view! {
            <p class="form__note" role="status">{i18n.tr(Key::RegSending)}</p>
        }
        .into_any(),
        _ => ().into_any(),
    }
}

/// "Already registered" comes with the way back in: recovery.
#[component]
fn AlreadyRegisteredHint(failure: RwSignal<Option<Failure>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        failure
            .with(|f| f.as_ref().map(Failure::code) == Some(ErrorCode::AlreadyRegistered))
            .then(|| {
                view! {
                    <a href="/recovery" data-testid="register-recover">
                        {i18n.tr(Key::RegRecover)}
                    </a>
                }
            })
    }
}

/// Searches the next chunk of candidates, then yields to the browser for a frame; calls
/// `done` with the challenge and its solution.
fn solve(
    challenge: PowChallenge,
    start: u64,
    stage: RwSignal<Stage>,
    done: impl FnOnce(String, String) + 'static,
) {
    if let Some(found) =
        shared::pow::search(&challenge.challenge, challenge.difficulty, start, CHUNK)
    {
        done(challenge.challenge, found.to_string());
        return;
    }
    let next = start + CHUNK;
    // An estimate: the expected work; never shows 100 % before the answer.
    let expected = shared::pow::expected_work(challenge.difficulty).max(1);
    let percent = (next.saturating_mul(100) / expected).min(99) as u8;
    stage.set(Stage::Solving(percent));
    request_animation_frame(move || solve(challenge, next, stage, done));
}

fn focus_first_invalid() {
    request_animation_frame(|| {
        let first = document()
            .query_selector("[data-testid=register-form] [aria-invalid=true]")
            .ok()
            .flatten();
        if let Some(element) =
            first.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}
