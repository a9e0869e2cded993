//! Log scrubbing across a whole customer flow: the password, an SMS code, a card number and
//! its CVC never reach the logs (`auth::logs` covers registration and recovery).

use serde_json::{Value, json};

use crate::auth::{DEMO_PASSWORD, IVANOV_PHONE, code_in};
use crate::helpers::{Backend, spawn_app};
use crate::log_capture::{Captured, capture};
use crate::money::{accounts, json_of, pay, post_keyed};

/// The captured log lines without the fields that are random or measured (request ids,
/// times, latencies), where a short run of digits such as a CVC could occur by chance.
fn lines(captured: &Captured) -> Vec<String> {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for key in [
                    "request_id",
                    "latency",
                    "timestamp",
                    "elapsed",
                    "elapsed_secs",
                ] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    captured
        .text()
        .lines()
        .map(|line| match serde_json::from_str::<Value>(line) {
            Ok(mut v) => {
                strip(&mut v);
                v.to_string()
            }
            Err(_) => line.to_owned(),
        })
        .collect()
}

/// Whether `needle` occurs in `hay` not as a part of a longer run of digits.
fn occurs_alone(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

async fn card_data_and_codes_never_reach_the_logs(backend: Backend) {
    let (captured, _guard) = capture();
    let app = spawn_app(backend).await;

    // The password (also a wrong one) and an SMS code.
    let b = app.browser();
    b.post_bare(
        "/api/auth/sign-in",
        &json!({"login": "ivanov", "password": "Wrong-Passw0rd-4417"}),
    )
    .await;
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    app.browser()
        .post_bare("/api/auth/sms/code", &json!({"phone": IVANOV_PHONE}))
        .await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let res = app
        .browser()
        .post_bare(
            "/api/auth/sms/sign-in",
            &json!({"phone": IVANOV_PHONE, "code": code}),
        )
        .await;
    assert_eq!(res.status(), 200);

    // Card top-ups: approved and saved, declined, malformed; then by the saved card.
    let (account, _) = accounts(&b).await[0];
    let card = |number: &str, cvc: &str, save: bool| {
        json!({
            "account_id": account, "amount": 10_000, "card_number": number,
            "expiry": "11/29", "cvc": cvc, "save_card": save,
        })
    };
    assert_eq!(
        pay(&b, &card("4111 1111 1111 1111", "731", true))
            .await
            .status(),
        201
    );
    assert_eq!(
        pay(&b, &card("4000000000000002", "846", false))
            .await
            .status(),
        402
    );
    let res = pay(&b, &card("4111 1111 1111 1112", "592", false)).await;
    assert_eq!(res.status(), 422);
    let cards = json_of(b.get("/api/cards").await).await;
    let card_id = cards[0]["id"].as_str().expect("saved card").to_owned();
    let res = post_keyed(
        &b,
        "/api/payments/saved-card",
        Some("log-scrub-1"),
        &json!({"account_id": account, "card_id": card_id, "amount": 10_000}),
    )
    .await;
    assert_eq!(res.status(), 201);

    let lines = lines(&captured);
    let all = lines.join("\n");
    assert!(all.contains("signed in"), "logs were captured");
    assert!(
        all.contains("/api/payments/card"),
        "the payment requests were logged"
    );
    for secret in [
        DEMO_PASSWORD,
        "Wrong-Passw0rd-4417",
        "4111 1111 1111 1111",
        "4111111111111111",
        "4000000000000002",
        "4111 1111 1111 1112",
        "4111111111111112",
        "11/29",
    ] {
        assert!(!all.contains(secret), "{secret} reached the logs");
    }
    for digits in [code.as_str(), "731", "846", "592"] {
        let hit = lines.iter().find(|l| occurs_alone(l, digits));
        assert!(hit.is_none(), "{digits} reached the logs: {hit:?}");
    }
}

/// One test for both databases: two tests with thread-local log subscribers running at once
/// can miss each other's events.
#[tokio::test]
async fn card_data_and_codes_never_reach_the_logs_sqlite_and_postgres() {
    card_data_and_codes_never_reach_the_logs(Backend::Sqlite).await;
    card_data_and_codes_never_reach_the_logs(Backend::Postgres).await;
}
