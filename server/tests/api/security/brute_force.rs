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
use crate::helpers::{Backend, Browser, TestApp, error_code, join_all, spawn_app};
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

/// How a guess reaches its endpoint.
enum Via {
    /// JSON without a session (sign-in, codes sent to a phone, public checks).
    Bare(&'static str),
    /// JSON with the session and its CSRF header.
    Session(&'static str),
    /// The bank's HTML form (no session).
    Form(String),
}

/// A secret ready to be guessed: who sends, where, `wrong` bodies (one per try, prepared
/// beforehand so that they can be sent at once) and the right one.
struct Target {
    browser: Browser,
    via: Via,
    wrong: Vec<Value>,
    right: Value,
}

async fn send(t: &Target, body: &Value) -> reqwest::Response {
    match &t.via {
        Via::Bare(path) => t.browser.post_bare(path, body).await,
        Via::Session(path) => t.browser.post(path, body).await,
        Via::Form(url) => t
            .browser
            .client
            .post(url)
            .form(&[("code", body["code"].as_str().expect("code"))])
            .send()
            .await
            .expect("form"),
    }
}

/// Sets up `row`'s secret (signing in, asking for a code, starting a payment) with `tries`
/// wrong bodies.
async fn target(app: &TestApp, row: &Row, tries: usize) -> Target {
    let b = app.browser();
    let same = |v: Value| vec![v; tries];
    match row.secret {
        Secret::Password => Target {
            via: Via::Bare("/api/auth/sign-in"),
            wrong: same(json!({"login": "ivanov", "password": "Wrong-passw0rd"})),
            right: json!({"login": "ivanov", "password": DEMO_PASSWORD}),
            browser: b,
        },
        Secret::SimPassword => {
            let body =
                |password: &str| json!({"iccid": "8970100000000000039", "password": password});
            Target {
                via: Via::Bare("/api/auth/sign-in/sim"),
                wrong: same(body("Wrong-passw0rd")),
                // Sidorov has no password yet (it comes by SMS): locked whatever is sent now.
                right: body(DEMO_PASSWORD),
                browser: b,
            }
        }
        Secret::CurrentPassword => {
            b.sign_in("ivanov", DEMO_PASSWORD).await;
            let change = |current: &str| json!({"current_password": current, "new_password": "Brand-new-Passw0rd-1"});
            Target {
                via: Via::Session("/api/auth/password"),
                wrong: same(change("Wrong-passw0rd")),
                right: change(DEMO_PASSWORD),
                browser: b,
            }
        }
        Secret::SmsCode => {
            b.post_bare("/api/auth/sms/code", &json!({"phone": IVANOV_PHONE}))
                .await;
            let code = code_in(&app.last_message(IVANOV_PHONE).await);
            Target {
                via: Via::Bare("/api/auth/sms/sign-in"),
                wrong: same(json!({"phone": IVANOV_PHONE, "code": wrong_code(&code)})),
                right: json!({"phone": IVANOV_PHONE, "code": code}),
                browser: b,
            }
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
            Target {
                via: Via::Bare("/api/auth/recovery/password"),
                wrong: same(finish(wrong_code(&code))),
                right: finish(&code),
                browser: b,
            }
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
            Target {
                via: Via::Session(confirm),
                wrong: same(json!({field: to, "code": wrong_code(&code)})),
                right: json!({field: to, "code": code}),
                browser: b,
            }
        }
        Secret::ThreeDsCode => {
            let payer = signed_in(app, "ivanov").await;
            let account = json_of(payer.get("/api/dashboard").await).await["accounts"][0]["id"]
                .as_i64()
                .expect("account");
            let res = pay(&payer, &card_body(account, 10_000, CARD_3DS)).await;
            assert_eq!(res.status(), 202);
            let id = json_of(res).await["id"].as_str().expect("id").to_owned();
            Target {
                via: Via::Form(app.url(&format!("/api/payments/3ds/{id}"))),
                wrong: same(json!({"code": "000000"})),
                right: json!({"code": "123456"}),
                browser: b,
            }
        }
        Secret::SatellitePair => Target {
            via: Via::Bare("/api/auth/recovery/satellite-login"),
            wrong: same(json!({"chip_id": "9999999999", "smart_card": "500600700800"})),
            right: json!({"chip_id": "1234567890", "smart_card": "100200300400"}),
            browser: b,
        },
        Secret::RegistrationIdentity => {
            let mut wrong = Vec::with_capacity(tries);
            for _ in 0..tries {
                let (c, s) = solved(app).await;
                // A contract of nobody: a mismatch.
                wrong.push(registration(&c, &s, "16-9999999"));
            }
            let (c, s) = solved(app).await;
            Target {
                via: Via::Bare("/api/auth/register"),
                wrong,
                right: registration(&c, &s, "16-5000001"),
                browser: b,
            }
        }
        Secret::ContractNumber => Target {
            via: Via::Bare("/api/public/balance"),
            wrong: same(json!({ "contract_number": "16-9999999" })),
            right: json!({ "contract_number": "77-1000001" }),
            browser: b,
        },
        Secret::ProofOfWorkReplay => {
            let (c, s) = solved(app).await;
            Target {
                via: Via::Bare("/api/auth/register"),
                wrong: same(registration(&c, &s, "16-9999999")),
                right: registration(&c, &s, "16-5000001"),
                browser: b,
            }
        }
    }
}

/// The answer to a wrong secret that was compared (not refused as locked): its status and,
/// for JSON, its code.
fn judged(row: &Row) -> (u16, Option<&'static str>) {
    match row.secret {
        Secret::Password | Secret::SimPassword => (401, Some("sign_in_failed")),
        Secret::CurrentPassword => (422, Some("current_password_wrong")),
        Secret::SmsCode
        | Secret::RecoveryCode
        | Secret::EmailCode
        | Secret::PhoneCode
        | Secret::NumberCode => (422, Some("one_time_code_wrong")),
        // The bank's form again, with "wrong code" (the last try fails the payment: 402).
        Secret::ThreeDsCode => (422, None),
        Secret::SatellitePair | Secret::RegistrationIdentity | Secret::ProofOfWorkReplay => {
            (409, Some("identity_mismatch"))
        }
        Secret::ContractNumber => (404, Some("contract_not_found")),
    }
}

/// Runs `tries` wrong attempts one by one, then the right one; returns the last answer.
async fn guess(app: &TestApp, row: &Row) -> reqwest::Response {
    let t = target(app, row, row.tries).await;
    let (status, code) = judged(row);
    for (attempt, body) in t.wrong.iter().enumerate() {
        let res = send(&t, body).await;
        let last = attempt + 1 == row.tries;
        if matches!(row.secret, Secret::ThreeDsCode) && last {
            assert_eq!(res.status(), row.locked, "the last try fails the payment");
            continue;
        }
        assert_eq!(
            res.status(),
            status,
            "{:?}, try {}",
            row.secret,
            attempt + 1
        );
        if let Some(code) = code {
            assert_eq!(error_code(res).await, code, "{:?}", row.secret);
        }
    }
    send(&t, &t.right).await
}

/// Every answer of a burst: `(status, code)`.
async fn burst(t: &Target) -> Vec<(u16, String)> {
    let sends = t.wrong.iter().map(|body| async move {
        let res = send(t, body).await;
        let status = res.status().as_u16();
        let text = res.text().await.unwrap_or_default();
        let code = serde_json::from_str::<Value>(&text)
            .ok()
            .and_then(|v| v["code"].as_str().map(str::to_owned))
            .unwrap_or_default();
        (status, code)
    });
    join_all(sends.collect()).await
}

/// Wrong secrets sent at once, far more than allowed: at most `tries` are compared, every other
/// one is refused as locked, and then even the right secret is refused. Parallel guesses get no
/// extra tries.
#[expect(clippy::print_stderr, reason = "the figures go to the test log")]
async fn wrong_secrets_sent_at_once_are_judged_at_most_tries_times(backend: Backend) {
    const AT_ONCE: usize = 48;
    // A solved challenge is single use: its race is `auth::concurrency`'s.
    for row in TABLE
        .iter()
        .filter(|r| !matches!(r.secret, Secret::ProofOfWorkReplay))
    {
        let app = spawn_app(backend).await;
        let t = target(&app, row, AT_ONCE).await;
        let answers = burst(&t).await;
        let (status, code) = judged(row);
        let is_judged =
            |(s, c): &(u16, String)| *s == status && code.is_none_or(|code| code == c.as_str());
        let judged_count = answers.iter().filter(|a| is_judged(a)).count();
        let locked = |(s, c): &(u16, String)| match row.secret {
            // The payment failed (402), or its last try was being judged (429).
            Secret::ThreeDsCode => *s == 402 || *s == 429,
            _ => *s == row.locked && row.code.is_none_or(|code| code == c.as_str()),
        };
        let what = format!("{:?} ({})", row.secret, row.operation);
        assert!(
            answers.iter().all(|a| is_judged(a) || locked(a)),
            "{what}: {answers:?}"
        );
        let allowed = if matches!(row.secret, Secret::ThreeDsCode) {
            row.tries - 1
        } else {
            row.tries
        };
        assert!(
            judged_count <= allowed,
            "{what}: {judged_count} of {AT_ONCE} wrong secrets sent at once were compared, \
             {allowed} allowed: {answers:?}"
        );
        let res = send(&t, &t.right).await;
        assert_eq!(
            res.status(),
            row.locked,
            "{what}: the right secret after the burst"
        );
        eprintln!(
            "brute force at once: {what}: {AT_ONCE} sent, {judged_count} compared, {} refused",
            AT_ONCE - judged_count
        );
    }
}

/// Login, phone, contract and personal account number of one customer share one budget:
/// five wrong passwords by login lock the phone number too.
async fn one_customer_has_one_budget_whatever_the_identifier(app: TestApp) {
    let b = app.browser();
    for login in ["ivanov", IVANOV_PHONE, "ivanov", IVANOV_PHONE, "ivanov"] {
        let res = b
            .post_bare(
                "/api/auth/sign-in",
                &json!({"login": login, "password": "Wrong-passw0rd"}),
            )
            .await;
        assert_eq!(res.status(), 401, "{login}");
    }
    let res = b
        .post_bare(
            "/api/auth/sign-in",
            &json!({"login": IVANOV_PHONE, "password": DEMO_PASSWORD}),
        )
        .await;
    assert_eq!(res.status(), 429);
    assert_eq!(error_code(res).await, "rate_limited");
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn wrong_secrets_sent_at_once_are_judged_at_most_tries_times_sqlite() {
    wrong_secrets_sent_at_once_are_judged_at_most_tries_times(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn wrong_secrets_sent_at_once_are_judged_at_most_tries_times_postgres() {
    wrong_secrets_sent_at_once_are_judged_at_most_tries_times(Backend::Postgres).await;
}

both_backends!(
    every_secret_endpoint_is_in_the_table,
    one_customer_has_one_budget_whatever_the_identifier,
);
