use serde_json::json;

use super::{accounts, assert_ledger_consistent, balance, gateway, json_of, signed_in};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

/// Ivanov's mobile personal account number (demo data).
const IVANOV_MOBILE: &str = "100000000016";

async fn a_signed_gateway_payment_is_credited_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let body = json!({
        "payment_id": "bank-2026-000123",
        "account_number": IVANOV_MOBILE,
        "amount": 123_456,
        "method": "bank_transfer",
    });
    let res = gateway(&app, &body, None).await;
    assert_eq!(res.status(), 201);
    let p = json_of(res).await;
    assert_eq!(p["status"], "succeeded");
    assert_eq!(p["method"], "bank_transfer");
    assert_eq!(p["account_id"], account);
    assert_eq!(balance(&b, account).await, before + 123_456);
    // The gateway retries: the same payment id replays the answer.
    let res = gateway(&app, &body, None).await;
    assert_eq!(res.status(), 201);
    assert_eq!(json_of(res).await, p);
    assert_eq!(balance(&b, account).await, before + 123_456);
    // The same payment id with another amount is a conflict.
    let mut other = body.clone();
    other["amount"] = json!(1);
    let res = gateway(&app, &other, None).await;
    assert_eq!(res.status(), 422);
    assert_eq!(error_code(res).await, "idempotency_key_reused");
    // The customer sees it with its receipt.
    let id = p["id"].as_str().expect("id");
    let res = b.get(&format!("/api/payments/{id}/receipt.pdf")).await;
    assert_eq!(res.status(), 200);
    assert_ledger_consistent(&app).await;
}

async fn a_bad_signature_is_refused(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, before) = accounts(&b).await[0];
    let body = json!({
        "payment_id": "term-1",
        "account_number": IVANOV_MOBILE,
        "amount": 10_000,
        "method": "terminal",
    });
    let forged = super::sign(b"{\"other\":1}");
    for sig in [Some(forged.as_str()), Some(""), Some("not-hex"), Some("00")] {
        let res = gateway(&app, &body, sig).await;
        assert_eq!(res.status(), 401, "{sig:?}");
        assert_eq!(error_code(res).await, "gateway_signature_invalid");
    }
    // Changing one byte of a signed body breaks the signature.
    let raw = serde_json::to_vec(&body).expect("json");
    let sig = super::sign(&raw);
    let tampered = String::from_utf8(raw)
        .expect("utf8")
        .replace("10000", "90000");
    let res = app
        .client
        .post(app.url("/api/gateway/payments"))
        .header("content-type", "application/json")
        .header("x-gateway-signature", sig)
        .body(tampered)
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 401);
    assert_eq!(balance(&b, account).await, before);
}

async fn gateway_fields_are_checked(app: TestApp) {
    let base = json!({
        "payment_id": "p-1",
        "account_number": IVANOV_MOBILE,
        "amount": 10_000,
        "method": "post",
    });
    let cases = [
        ("account_number", json!("100000000008"), 404, "not_found"),
        (
            "account_number",
            json!("100000000017"),
            422,
            "checksum_mismatch",
        ),
        ("amount", json!(0), 422, "amount_not_positive"),
        ("amount", json!(100_000_001), 422, "amount_above_maximum"),
        ("method", json!("card"), 422, "validation"),
        ("payment_id", json!(""), 422, "required"),
    ];
    for (field, value, status, code) in cases {
        let mut body = base.clone();
        body[field] = value;
        let res = gateway(&app, &body, None).await;
        assert_eq!(res.status(), status, "{field}");
        let err = json_of(res).await;
        assert_eq!(err["code"], code, "{field}");
        assert_eq!(err["field"], field);
    }
    let raw = b"not json";
    let res = app
        .client
        .post(app.url("/api/gateway/payments"))
        .header("x-gateway-signature", super::sign(raw))
        .body(&raw[..])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status(), 400);
    assert_eq!(error_code(res).await, "malformed_json");
}

both_backends!(
    a_signed_gateway_payment_is_credited_once,
    a_bad_signature_is_refused,
    gateway_fields_are_checked,
);
