use serde_json::{Value, json};
use server::domain::challenge::{solve, zero_bits};
use sha2::Digest;

use super::word_after;
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn solved_challenge(app: &TestApp) -> (String, String) {
    let res = app
        .browser()
        .post_bare("/api/auth/challenge", &json!({}))
        .await;
    assert_eq!(res.status(), 200);
    let c: Value = res.json().await.expect("json");
    let challenge = c["challenge"].as_str().expect("challenge").to_owned();
    let difficulty = u8::try_from(c["difficulty"].as_u64().expect("difficulty")).expect("u8");
    assert_eq!(difficulty, 8);
    let solution = solve(&challenge, difficulty);
    (challenge, solution)
}

fn petrova() -> Value {
    json!({
        "legal_status": "individual",
        "full_name": "петрова  Анна Сергеевна",
        "birth_date": "01.07.1992",
        "passport_series": "40 12",
        "passport_number": "654321",
        "passport_issued_on": "15.07.2012",
        "passport_issued_by": "ТП УФМС России по г. Санкт-Петербургу",
        "division_code": "780-001",
    })
}

fn registration(
    service: &str,
    identity: Value,
    contract: &str,
    email: &str,
    pow: &(String, String),
) -> Value {
    json!({
        "service": service,
        "identity": identity,
        "contract_number": contract,
        "email": email,
        "challenge": pow.0,
        "solution": pow.1,
    })
}

async fn register(
    app: &TestApp,
    service: &str,
    identity: Value,
    contract: &str,
    email: &str,
) -> reqwest::Response {
    let pow = solved_challenge(app).await;
    app.browser()
        .post_bare(
            "/api/auth/register",
            &registration(service, identity, contract, email, &pow),
        )
        .await
}

async fn a_holder_registers_and_signs_in_with_the_emailed_password(app: TestApp) {
    let res = register(
        &app,
        "satellite",
        petrova(),
        "78-2000002",
        "anna@example.ru",
    )
    .await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.expect("json");
    assert_eq!(body["email_masked"], "a***@example.ru");
    let mail = app.last_message("anna@example.ru").await;
    let login = word_after(&mail, "Логин:");
    let password = word_after(&mail, "Пароль:");
    let info = app.browser().sign_in(&login, &password).await;
    assert_eq!(info["display_name"], "Петрова Анна Сергеевна");
    assert_eq!(info["login"], login.as_str());
    // The contract is linked now: registering again points to recovery.
    let res = register(&app, "mobile", petrova(), "78-2000001", "anna@example.ru").await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "already_registered");
}

async fn companies_and_sole_proprietors_register_too(app: TestApp) {
    let ip = json!({"legal_status": "sole_proprietor", "full_name": "Кузнецов Алексей Петрович", "inn": "165500012389", "ogrnip": "319169000123450"});
    let res = register(&app, "home", ip, "16-5000001", "ip@example.ru").await;
    assert_eq!(res.status(), 201);
    let company = json!({"legal_status": "legal_entity", "company_name": "Уралсвязь-Сервис", "inn": "6671000120", "kpp": "667101001", "ogrn": "1026600001230"});
    let res = register(&app, "home", company, "66-4000001", "it@uralsvyaz.example").await;
    assert_eq!(error_code(res).await, "already_registered");
}

async fn a_mismatch_never_says_which_field(app: TestApp) {
    let mut wrong_passport = petrova();
    wrong_passport["passport_number"] = json!("654322");
    let mut wrong_birth = petrova();
    wrong_birth["birth_date"] = json!("02.07.1992");
    let cases = [
        ("satellite", wrong_passport, "78-2000002"),
        ("satellite", wrong_birth, "78-2000002"),
        ("home", petrova(), "78-2000002"),
        ("satellite", petrova(), "78-9999999"),
        ("satellite", petrova(), "77-1000001"),
    ];
    let mut bodies = Vec::new();
    for (service, identity, contract) in cases {
        let res = register(&app, service, identity, contract, "anna@example.ru").await;
        assert_eq!(res.status(), 409, "{contract}");
        bodies.push(res.text().await.expect("body"));
    }
    assert!(
        bodies
            .iter()
            .all(|b| b == &bodies[0] && b.contains("identity_mismatch") && !b.contains("field"))
    );
    assert!(app.outbox("anna@example.ru").await.is_empty());
}

async fn bad_fields_are_422_with_their_field(app: TestApp) {
    let mut bad = petrova();
    bad["passport_number"] = json!("12");
    let res = register(&app, "satellite", bad, "78-2000002", "anna@example.ru").await;
    let err: Value = res.json().await.expect("json");
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("invalid_passport_number"), Some("passport_number"))
    );
    let res = register(&app, "satellite", petrova(), "78", "anna@example.ru").await;
    assert_eq!(error_code(res).await, "invalid_contract_number");
    let res = register(&app, "satellite", petrova(), "78-2000002", "anna").await;
    assert_eq!(error_code(res).await, "invalid_email");
    let company = json!({"legal_status": "legal_entity", "company_name": "X Ltd", "inn": "6671000121", "kpp": "667101001", "ogrn": "1026600001230"});
    let res = register(&app, "home", company, "66-4000001", "a@b.ru").await;
    assert_eq!(res.status(), 422);
}

async fn challenges_are_signed_single_use_expiring_and_must_be_solved(app: TestApp) {
    let b = app.browser();
    let pow = solved_challenge(&app).await;
    let body = registration(
        "satellite",
        petrova(),
        "78-2000002",
        "anna@example.ru",
        &pow,
    );
    assert_eq!(b.post_bare("/api/auth/register", &body).await.status(), 201);
    let res = b.post_bare("/api/auth/register", &body).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "challenge_reused");
    // Forged: a lower difficulty written into someone else's signature.
    let (challenge, _) = solved_challenge(&app).await;
    let mut parts: Vec<String> = challenge.split('.').map(str::to_owned).collect();
    parts[2] = "0".to_owned();
    let forged = parts.join(".");
    let body = registration(
        "satellite",
        petrova(),
        "78-2000002",
        "anna@example.ru",
        &(forged, "1".to_owned()),
    );
    assert_eq!(
        error_code(b.post_bare("/api/auth/register", &body).await).await,
        "challenge_invalid"
    );
    let body = registration(
        "satellite",
        petrova(),
        "78-2000002",
        "anna@example.ru",
        &("garbage".to_owned(), "1".to_owned()),
    );
    assert_eq!(
        error_code(b.post_bare("/api/auth/register", &body).await).await,
        "challenge_invalid"
    );
    // Unsolved: a solution that does not reach the difficulty.
    let (challenge, _) = solved_challenge(&app).await;
    let unsolved = (0_u64..)
        .map(|n| n.to_string())
        .find(|s| zero_bits(&sha2::Sha256::digest(format!("{challenge}:{s}").as_bytes())) < 8)
        .expect("some");
    let body = registration(
        "satellite",
        petrova(),
        "78-2000002",
        "anna@example.ru",
        &(challenge, unsolved),
    );
    assert_eq!(
        error_code(b.post_bare("/api/auth/register", &body).await).await,
        "challenge_unsolved"
    );
    // Expired: solved too late.
    let pow = solved_challenge(&app).await;
    app.clock.advance(chrono::Duration::minutes(11));
    let body = registration(
        "satellite",
        petrova(),
        "78-2000002",
        "anna@example.ru",
        &pow,
    );
    assert_eq!(
        error_code(b.post_bare("/api/auth/register", &body).await).await,
        "challenge_expired"
    );
}

both_backends!(
    a_holder_registers_and_signs_in_with_the_emailed_password,
    companies_and_sole_proprietors_register_too,
    a_mismatch_never_says_which_field,
    bad_fields_are_422_with_their_field,
    challenges_are_signed_single_use_expiring_and_must_be_solved,
);
