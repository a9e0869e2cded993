//! Brute force on every secret, in one table: each endpoint that takes a secret, how many
//! wrong tries it allows, and what it answers then — even to the right secret. The table is
//! checked against the OpenAPI document: an operation whose body carries a password, a code,
//! a proof-of-work solution or a chip/smart-card pair must have a row.
//!
//! The public balance check counts every check of an address (a contract number is the
//! secret it guesses), right or wrong.

use serde_json::{Value, json};

use super::{body_has, operations};
use crate::auth::{DEMO_PASSWORD, IVANOV_PHONE, code_in};
use crate::both_backends;
use crate::helpers::{Backend, TestApp, error_code, spawn_app};
use crate::mobile::PETROVA_PHONE;
use crate::money::{CARD_3DS, card_body, json_of, pay, signed_in};

/// The secrets and their limits. `tries` wrong answers are allowed; then even the right
/// secret gets `locked` (and `code`, when the answer is JSON).
#[derive(Debug, Clone, Copy)]
enum Secret {
    Password,
    SimPassword,
    CurrentPassword,
    SmsCode,
    RecoveryCode,
    EmailCode,
    PhoneCode,
    NumberCode,
    ThreeDsCode,
    SatellitePair,
    RegistrationIdentity,
    ProofOfWorkReplay,
    ContractNumber,
}

struct Row {
    secret: Secret,
    operation: &'static str,
    tries: usize,
    locked: u16,
    code: Option<&'static str>,
}

const TABLE: &[Row] = &[
    Row {
        secret: Secret::SimPassword,
        operation: "POST /api/auth/sign-in/sim",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::Password,
        operation: "POST /api/auth/sign-in",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::CurrentPassword,
        operation: "POST /api/auth/password",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::SmsCode,
        operation: "POST /api/auth/sms/sign-in",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::RecoveryCode,
        operation: "POST /api/auth/recovery/password",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::EmailCode,
        operation: "POST /api/profile/contacts/email/confirm",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::PhoneCode,
        operation: "POST /api/profile/contacts/phone/confirm",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::NumberCode,
        operation: "POST /api/numbers/confirm",
        tries: 5,
        locked: 429,
        code: Some("rate_limited"),
    },
    // The bank page: the third wrong code fails the payment (HTML answer).
    Row {
        secret: Secret::ThreeDsCode,
        operation: "POST /api/payments/3ds/{id}",
        tries: 3,
        locked: 402,
        code: None,
    },
    Row {
        secret: Secret::SatellitePair,
        operation: "POST /api/auth/recovery/satellite-login",
        tries: 10,
        locked: 429,
        code: Some("rate_limited"),
    },
    Row {
        secret: Secret::RegistrationIdentity,
        operation: "POST /api/auth/register",
        tries: 10,
        locked: 429,
        code: Some("rate_limited"),
    },
    // A solved challenge is good for one registration attempt.
    Row {
        secret: Secret::ProofOfWorkReplay,
        operation: "POST /api/auth/register",
        tries: 1,
        locked: 409,
        code: Some("challenge_reused"),
    },
    // Guessing contract numbers for their balances: 20 checks an hour from one address.
    Row {
        secret: Secret::ContractNumber,
        operation: "POST /api/public/balance",
        tries: 20,
        locked: 429,
        code: Some("rate_limited"),
    },
];

/// Body properties that carry a guessable secret.
const SECRET_FIELDS: &[&str] = &[
    "password",
    "current_password",
    "code",
    "solution",
    "chip_id",
    "smart_card",
];

/// Operations with such a field that are not guessing targets, and why.
const NOT_GUESSABLE: &[(&str, &str)] = &[];

fn wrong_code(right: &str) -> &'static str {
    if right == "000000" {
        "111111"
    } else {
        "000000"
    }
}

async fn solved(app: &TestApp) -> (String, String) {
    let c = json_of(
        app.browser()
            .post_bare("/api/auth/challenge", &json!({}))
            .await,
    )
    .await;
    let challenge = c["challenge"].as_str().expect("challenge").to_owned();
    let solution = server::domain::challenge::solve(&challenge, 8);
    (challenge, solution)
}

fn registration(challenge: &str, solution: &str, contract: &str) -> Value {
    json!({
        "service": "home",
        "identity": {"legal_status": "sole_proprietor", "full_name": "Кузнецов Алексей Петрович",
                     "inn": "165500012389", "ogrnip": "319169000123450"},
        "contract_number": contract,
        "email": "ip@example.ru",
        "challenge": challenge,
        "solution": solution,
    })
}

/// Runs `tries` wrong attempts, then the right one; returns the last answer.
async fn guess(app: &TestApp, row: &Row) -> reqwest::Response {
    let b = app.browser();
    match row.secret {
        Secret::Password => {
            for _ in 0..row.tries {
                let res = b
                    .post_bare(
                        "/api/auth/sign-in",
                        &json!({"login": "ivanov", "password": "Wrong-passw0rd"}),
                    )
                    .await;
                assert_eq!(res.status(), 401);
            }
            b.post_bare(
                "/api/auth/sign-in",
                &json!({"login": "ivanov", "password": DEMO_PASSWORD}),
            )
            .await
        }
        Secret::SimPassword => {
            let body =
                |password: &str| json!({"iccid": "8970100000000000039", "password": password});
            for _ in 0..row.tries {
                let res = b
                    .post_bare("/api/auth/sign-in/sim", &body("Wrong-passw0rd"))
                    .await;
                assert_eq!(res.status(), 401);
            }
            // Sidorov has no password yet (it comes by SMS): locked whatever is sent now.
            b.post_bare("/api/auth/sign-in/sim", &body(DEMO_PASSWORD))
                .await
        }
        Secret::CurrentPassword => {
            b.sign_in("ivanov", DEMO_PASSWORD).await;
            let change = |current: &str| json!({"current_password": current, "new_password": "Brand-new-Passw0rd-1"});
            for _ in 0..row.tries {
                let res = b
                    .post("/api/auth/password", &change("Wrong-passw0rd"))
                    .await;
                assert_eq!(error_code(res).await, "current_password_wrong");
            }
            b.post("/api/auth/password", &change(DEMO_PASSWORD)).await
        }
        Secret::SmsCode => {
            b.post_bare("/api/auth/sms/code", &json!({"phone": IVANOV_PHONE}))
                .await;
            let code = code_in(&app.last_message(IVANOV_PHONE).await);
            for _ in 0..row.tries {
                let res = b
                    .post_bare(
                        "/api/auth/sms/sign-in",
                        &json!({"phone": IVANOV_PHONE, "code": wrong_code(&code)}),
                    )
                    .await;
                assert_eq!(error_code(res).await, "one_time_code_wrong");
            }
            b.post_bare(
                "/api/auth/sms/sign-in",
                &json!({"phone": IVANOV_PHONE, "code": code}),
            )
            .await
        }
        Secret::RecoveryCode => {
            let res = b
                .post_bare(
                    "/api/auth/recovery/code",
                    &json!({"login": "ivanov", "channel": "sms"}),
                )
                .await;
            assert!(res.status().is_success());
            let code = code_in(&app.last_message(IVANOV_PHONE).await);
            let finish = |code: &str| json!({"login": "ivanov", "code": code, "new_password": "Brand-new-Passw0rd-1"});
            for _ in 0..row.tries {
                let res = b
                    .post_bare("/api/auth/recovery/password", &finish(wrong_code(&code)))
                    .await;
                assert_eq!(error_code(res).await, "one_time_code_wrong");
            }
            b.post_bare("/api/auth/recovery/password", &finish(&code))
                .await
        }
        Secret::EmailCode | Secret::PhoneCode | Secret::NumberCode => {
            b.sign_in("ivanov", DEMO_PASSWORD).await;
            let (ask, confirm, field, to) = match row.secret {
                Secret::EmailCode => (
                    "/api/profile/contacts/email",
                    "/api/profile/contacts/email/confirm",
                    "email",
                    "brute@example.ru",
                ),
                Secret::PhoneCode => (
                    "/api/profile/contacts/phone",
                    "/api/profile/contacts/phone/confirm",
                    "phone",
                    PETROVA_PHONE,
                ),
                _ => (
                    "/api/numbers",
                    "/api/numbers/confirm",
                    "phone",
                    PETROVA_PHONE,
                ),
            };
            let res = b.post(ask, &json!({field: to})).await;
            assert!(res.status().is_success(), "{ask}: {}", res.status());
            let code = code_in(&app.last_message(to).await);
            for _ in 0..row.tries {
                let res = b
                    .post(confirm, &json!({field: to, "code": wrong_code(&code)}))
                    .await;
                assert_eq!(error_code(res).await, "one_time_code_wrong", "{confirm}");
            }
            b.post(confirm, &json!({field: to, "code": code})).await
        }
        Secret::ThreeDsCode => {
            let payer = signed_in(app, "ivanov").await;
            let account = json_of(payer.get("/api/dashboard").await).await["accounts"][0]["id"]
                .as_i64()
                .expect("account");
            let res = pay(&payer, &card_body(account, 10_000, CARD_3DS)).await;
            assert_eq!(res.status(), 202);
            let id = json_of(res).await["id"].as_str().expect("id").to_owned();
            let url = app.url(&format!("/api/payments/3ds/{id}"));
            for attempt in 1..=row.tries {
                let res = app
                    .client
                    .post(&url)
                    .form(&[("code", "000000")])
                    .send()
                    .await
                    .expect("3ds");
                let expected = if attempt < row.tries { 422 } else { 402 };
                assert_eq!(res.status(), expected, "attempt {attempt}");
            }
            app.client
                .post(&url)
                .form(&[("code", "123456")])
                .send()
                .await
                .expect("3ds")
        }
        Secret::SatellitePair => {
            for _ in 0..row.tries {
                let res = b
                    .post_bare(
                        "/api/auth/recovery/satellite-login",
                        &json!({"chip_id": "9999999999", "smart_card": "500600700800"}),
                    )
                    .await;
                assert_eq!(error_code(res).await, "identity_mismatch");
            }
            b.post_bare(
                "/api/auth/recovery/satellite-login",
                &json!({"chip_id": "1234567890", "smart_card": "100200300400"}),
            )
            .await
        }
        Secret::RegistrationIdentity => {
            for _ in 0..row.tries {
                let (c, s) = solved(app).await;
                // A contract of nobody: a mismatch.
                let res = b
                    .post_bare("/api/auth/register", &registration(&c, &s, "16-9999999"))
                    .await;
                assert_eq!(error_code(res).await, "identity_mismatch");
            }
            let (c, s) = solved(app).await;
            b.post_bare("/api/auth/register", &registration(&c, &s, "16-5000001"))
                .await
        }
        Secret::ContractNumber => {
            for _ in 0..row.tries {
                let res = b
                    .post_bare(
                        "/api/public/balance",
                        &json!({ "contract_number": "16-9999999" }),
                    )
                    .await;
                assert_eq!(error_code(res).await, "contract_not_found");
            }
            b.post_bare(
                "/api/public/balance",
                &json!({ "contract_number": "77-1000001" }),
            )
            .await
        }
        Secret::ProofOfWorkReplay => {
            let (c, s) = solved(app).await;
            let res = b
                .post_bare("/api/auth/register", &registration(&c, &s, "16-9999999"))
                .await;
            assert_eq!(error_code(res).await, "identity_mismatch");
            b.post_bare("/api/auth/register", &registration(&c, &s, "16-5000001"))
                .await
        }
    }
}

#[expect(clippy::print_stderr, reason = "the table goes to the test log")]
async fn every_secret_is_locked_after_its_tries(backend: Backend) {
    for row in TABLE {
        let app = spawn_app(backend).await;
        let res = guess(&app, row).await;
        let what = format!("{:?} ({})", row.secret, row.operation);
        assert_eq!(
            res.status(),
            row.locked,
            "{what}: the right secret after {} wrong",
            row.tries
        );
        if let Some(code) = row.code {
            assert_eq!(error_code(res).await, code, "{what}");
        }
        eprintln!(
            "brute force: {what}: locked after {} wrong tries",
            row.tries
        );
    }
}

/// Every operation of the document that takes a secret has a row (or a reason).
async fn every_secret_endpoint_is_in_the_table(app: TestApp) {
    let (doc, ops) = operations(&app).await;
    let mut found = Vec::new();
    for op in &ops {
        let key = op.key();
        if SECRET_FIELDS.iter().any(|f| body_has(&doc, op, f)) || op.path.contains("balance") {
            assert!(
                TABLE.iter().any(|r| r.operation == key)
                    || NOT_GUESSABLE.iter().any(|(k, _)| *k == key),
                "{key} takes a secret: add it to the brute-force table with its limit"
            );
            found.push(key);
        }
    }
    assert!(found.len() >= 10, "{found:?}");
    for row in TABLE {
        assert!(
            found.iter().any(|k| k == row.operation),
            "{} is not in the document",
            row.operation
        );
    }
}

#[tokio::test]
async fn every_secret_is_locked_after_its_tries_sqlite() {
    every_secret_is_locked_after_its_tries(Backend::Sqlite).await;
}

#[tokio::test]
async fn every_secret_is_locked_after_its_tries_postgres() {
    every_secret_is_locked_after_its_tries(Backend::Postgres).await;
}

both_backends!(every_secret_endpoint_is_in_the_table);
