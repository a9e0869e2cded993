use serde_json::{Value, json};

use super::{dashboard, json_of, signed_in};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

async fn dashboard_shows_balance_tariff_package_and_next_charge(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let d = dashboard(&b, None).await;
    let accounts = d["accounts"].as_array().expect("accounts");
    assert_eq!(accounts.len(), 2, "{d}");
    let selected = &d["selected"];
    assert_eq!(
        selected["account"], accounts[0],
        "the first account by default"
    );
    assert_eq!(selected["account"]["service"], "mobile");
    assert_eq!(selected["account"]["label"], "+79161234567");
    let tariff = &selected["tariff"];
    assert!(
        tariff["name"].as_str().is_some_and(|n| !n.is_empty()),
        "{d}"
    );
    assert!(tariff["monthly_fee"].as_i64().expect("fee") > 0);
    let package = &selected["package"];
    for kind in ["minutes", "sms", "data_mb"] {
        let included = package["included"][kind].as_u64().expect("included");
        let used = package["used"][kind].as_u64().expect("used");
        let left = package["remaining"][kind].as_u64().expect("left");
        assert!(included > 0, "{kind}");
        assert_eq!(left, included.saturating_sub(used), "{kind}");
    }
    let next = &selected["next_charge"];
    assert_eq!(next["amount"], tariff["monthly_fee"]);
    assert_eq!(next["date"], package["period_end"]);
    assert!(
        next["date"].as_str().expect("date").ends_with("-01"),
        "the next fee is charged on the 1st"
    );
    let balance = selected["account"]["balance"].as_i64().expect("balance");
    assert_eq!(selected["in_debt"], balance < 0);
}

async fn a_debt_is_shown_plainly(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let d = dashboard(&b, None).await;
    let home = d["accounts"][1]["id"].as_i64().expect("id");
    let d = dashboard(&b, Some(home)).await;
    let selected = &d["selected"];
    assert_eq!(selected["account"]["service"], "home");
    assert_eq!(selected["in_debt"], true, "{d}");
    assert!(selected["account"]["balance"].as_i64().expect("balance") < 0);
    assert_eq!(
        selected["package"],
        Value::Null,
        "home internet has no package"
    );
    assert!(selected["next_charge"]["amount"].as_i64().expect("fee") > 0);
}

async fn another_customers_account_is_not_found(app: TestApp) {
    let ivanov = signed_in(&app, "ivanov").await;
    let ural = signed_in(&app, "uralsvyaz").await;
    let theirs = dashboard(&ural, None).await["selected"]["account"]["id"]
        .as_i64()
        .expect("id");
    let res = ivanov
        .get(&format!("/api/dashboard?account={theirs}"))
        .await;
    assert_eq!(res.status(), 404);
    let foreign = json_of(res).await;
    let res = ivanov.get("/api/dashboard?account=999999").await;
    assert_eq!(res.status(), 404);
    assert_eq!(json_of(res).await, foreign, "no difference leaks existence");
    let res = ivanov.get("/api/dashboard?account=abc").await;
    assert!(res.status().is_client_error());
}

async fn the_dashboard_counts_down_an_open_promised_payment(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let d = dashboard(&b, None).await;
    let mobile = d["selected"]["account"]["id"].as_i64().expect("id");
    let home = d["accounts"][1]["id"].as_i64().expect("id");
    assert_eq!(d["selected"]["promised"], Value::Null, "none taken yet");

    let take = json!({"account_id": mobile, "amount": 10_000});
    let res = b.post("/api/promised", &take).await;
    assert_eq!(res.status(), 201);
    let taken = json_of(res).await["open"].clone();
    let promised = dashboard(&b, Some(mobile)).await["selected"]["promised"].clone();
    assert_eq!(
        promised, taken,
        "the same open promised payment as /api/promised"
    );
    assert_eq!(promised["outstanding"], 11_000);
    assert_eq!(promised["status"], "active");
    assert_eq!(
        dashboard(&b, Some(home)).await["selected"]["promised"],
        Value::Null,
        "only the account that took it"
    );

    // Two and a half days later less than a day is left; after the term it has expired. (The
    // session of this morning has ended by then: sign in again.)
    app.clock.advance(chrono::Duration::hours(60));
    let b = signed_in(&app, "ivanov").await;
    let promised = dashboard(&b, Some(mobile)).await["selected"]["promised"].clone();
    assert_eq!(promised["status"], "expiring_soon");
    app.clock.advance(chrono::Duration::hours(13));
    let b = signed_in(&app, "ivanov").await;
    let promised = dashboard(&b, Some(mobile)).await["selected"]["promised"].clone();
    assert_eq!(promised["status"], "expired");
    assert_eq!(promised["expires_at"], taken["expires_at"]);
}

async fn the_dashboard_needs_a_session(app: TestApp) {
    let res = app.browser().get("/api/dashboard").await;
    assert_eq!(res.status(), 401);
    assert_eq!(error_code(res).await, "unauthorized");
}

both_backends!(
    dashboard_shows_balance_tariff_package_and_next_charge,
    a_debt_is_shown_plainly,
    another_customers_account_is_not_found,
    the_dashboard_counts_down_an_open_promised_payment,
    the_dashboard_needs_a_session,
);
