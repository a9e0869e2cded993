//! Single use holds when the same code or challenge arrives several times at once.

use serde_json::{Value, json};

use super::{IVANOV_PHONE, code_in};
use crate::both_backends_at_once;
use crate::helpers::{TestApp, join_all};

async fn a_code_sent_five_times_at_once_signs_in_once(app: TestApp) {
    app.browser()
        .post_bare("/api/auth/sms/code", &json!({"phone": IVANOV_PHONE}))
        .await;
    let code = code_in(&app.last_message(IVANOV_PHONE).await);
    let browsers: Vec<_> = (0..5).map(|_| app.browser()).collect();
    let body = json!({"phone": IVANOV_PHONE, "code": code});
    let answers = futures_join(
        browsers
            .iter()
            .map(|b| b.post_bare("/api/auth/sms/sign-in", &body)),
    )
    .await;
    let ok = answers.iter().filter(|s| **s == 200).count();
    assert_eq!(ok, 1, "{answers:?}");
    assert!(
        answers.iter().all(|s| *s == 200 || *s == 422),
        "{answers:?}"
    );
}

async fn a_challenge_sent_five_times_at_once_registers_once(app: TestApp) {
    let c: Value = app
        .browser()
        .post_bare("/api/auth/challenge", &json!({}))
        .await
        .json()
        .await
        .expect("json");
    let challenge = c["challenge"].as_str().expect("challenge").to_owned();
    let solution = server::domain::challenge::solve(&challenge, 8);
    let body = json!({
        "service": "home",
        "identity": {"legal_status": "sole_proprietor", "full_name": "Кузнецов Алексей Петрович", "inn": "165500012389", "ogrnip": "319169000123450"},
        "contract_number": "16-5000001",
        "email": "ip@example.ru",
        "challenge": challenge,
        "solution": solution,
    });
    let browsers: Vec<_> = (0..5).map(|_| app.browser()).collect();
    let answers = futures_join(
        browsers
            .iter()
            .map(|b| b.post_bare("/api/auth/register", &body)),
    )
    .await;
    assert_eq!(
        answers.iter().filter(|s| **s == 201).count(),
        1,
        "{answers:?}"
    );
    assert_eq!(
        answers.iter().filter(|s| **s == 409).count(),
        4,
        "{answers:?}"
    );
    assert_eq!(app.outbox("ip@example.ru").await.len(), 1);
}

/// Runs the requests concurrently on this task and returns their statuses.
async fn futures_join<F>(requests: impl Iterator<Item = F>) -> Vec<u16>
where
    F: std::future::Future<Output = reqwest::Response>,
{
    let handles: Vec<_> = requests.collect();
    let mut statuses = Vec::new();
    for res in join_all(handles).await {
        statuses.push(res.status().as_u16());
    }
    statuses
}

both_backends_at_once!(
    a_code_sent_five_times_at_once_signs_in_once,
    a_challenge_sent_five_times_at_once_registers_once,
);
