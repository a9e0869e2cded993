//! `/balance-check` and `/balance?contract=…`: the public balance check (PRODUCT 3). No
//! sign-in: a contract number (checked as typed with `shared::ids::ContractNumber`) gives
//! the balance and nothing else. A link with `?contract=` fills the form and checks at once.
//! The server limits checks per address; a 429 says so in words.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::ErrorCode;
use shared::ids::ContractNumber;

use crate::api::{self, Failure};
use crate::components::button::ButtonType;
use crate::components::{Alert, AlertKind, Button, Card, MoneyAmount, PageTitle, TextField};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn BalanceCheck() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let contract = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<Failure>);
    let result = RwSignal::new(None::<(String, shared::Money)>);
    let error = Signal::derive(move || {
        let code = contract.with(|v| {
            if v.trim().is_empty() {
                submitted.get().then_some(ErrorCode::Required)
            } else {
                ContractNumber::parse(v).err().map(|e| e.code)
            }
        })?;
        Some(code.message(i18n.lang()).to_owned())
    });
    let run = move || {
        submitted.set(true);
        let Ok(number) = ContractNumber::parse(&contract.get_untracked()) else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        result.set(None);
        leptos::task::spawn_local(async move {
            let answer = api::public_balance(&number).await;
            busy.try_set(false);
            match answer {
                Ok(b) => {
                    result.try_set(Some((number.to_string(), b.balance)));
                }
                Err(f) => {
                    failure.try_set(Some(f));
                }
            }
        });
    };
    // A link `/balance?contract=…` fills the form and checks at once.
    if let Some(linked) = query.with_untracked(|q| q.get("contract")) {
        contract.set(linked);
        run();
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        run();
    };
    let failure_text = move || {
        failure.get().map(|f| {
            // 429 `rate_limited` says in words to try again later.
            let text = f.error.code.message(i18n.lang());
            view! {
                <div data-testid="balance-error">
                    <Alert kind=AlertKind::Error>{text}</Alert>
                </div>
            }
        })
    };
    view! {
        <div class="page">
            <PageTitle text=i18n.tr(Key::BalanceCheckTitle) />
            <p class="page-lead">{i18n.tr(Key::BalanceCheckLead)}</p>
            <Card>
                <form class="form" novalidate on:submit=submit data-testid="balance-form">
                    {failure_text}
                    <TextField
                        label=i18n.tr(Key::BalanceContract)
                        hint=i18n.tr(Key::BalanceContractHint)
                        value=contract
                        required=true
                        name="contract"
                        autocomplete="off"
                        error=error
                    />
                    <Button kind=ButtonType::Submit loading=busy>
                        {i18n.tr(Key::BalanceSubmit)}
                    </Button>
                </form>
                <div role="status" aria-live="polite" data-testid="balance-result">
                    {move || {
                        result
                            .get()
                            .map(|(number, balance)| {
                                view! {
                                    <p>
                                        {move || i18n.t(Key::BalanceResult).replace("{n}", &number)}
                                        ": "
                                        <MoneyAmount amount=balance />
                                    </p>
                                }
                            })
                    }}
                </div>
            </Card>
        </div>
    }
}
