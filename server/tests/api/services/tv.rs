use serde_json::{Value, json};

use super::{buy, confirm, own_accounts, preview, quote, top_up};
use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};
use crate::money::{assert_ledger_consistent, json_of, signed_in};

/// A demo customer's home account whose tariff includes TV, with money on it.
async fn tv_account(app: &TestApp) -> (Browser, i64) {
    for login in ["ivanov", "uralsvyaz"] {
        let b = signed_in(app, login).await;
        let (_, home) = own_accounts(&b).await;
        if b.get(&format!("/api/tv/mine?account={home}"))
            .await
            .status()
            == 200
        {
            top_up(&b, home, 500_000).await;
            return (b, home);
        }
    }
    panic!("no demo home account with TV");
}

async fn my_tv(b: &Browser, account: i64) -> Value {
    let res = b.get(&format!("/api/tv/mine?account={account}")).await;
    assert_eq!(res.status(), 200);
    json_of(res).await
}

async fn personal_tv_channels_are_priced_by_the_shared_rule(app: TestApp) {
    let (b, home) = tv_account(&app).await;
    let tv = my_tv(&b, home).await;
    assert_eq!(tv["base_from_tariff"], true);
    let base = tv["base_package"].as_str().expect("base").to_owned();
    let channels = json_of(app.get("/api/tv/channels").await).await;
    let channels = channels.as_array().expect("channels");
    assert!(channels.len() >= 190, "190+ channels: {}", channels.len());
    let packages = json_of(app.get("/api/tv/packages").await).await;
    let in_base: Vec<Value> = packages
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["package"]["id"] == base.as_str())
        .map(|p| p["package"]["channels"].as_array().expect("ids").clone())
        .expect("base package");
    let outside: Vec<&Value> = channels
        .iter()
        .map(|c| &c["channel"])
        .filter(|c| !in_base.contains(&c["id"]))
        .take(2)
        .collect();
    let inside = in_base[0].clone();
    let picked = json!([outside[0]["id"], outside[1]["id"], inside]);
    let action = json!({"type": "personal_tv", "channels": picked});
    let q = quote(&b, home, action.clone()).await;
    assert_eq!(q["detail"]["rule"], "personal_tv");
    let price = &q["detail"]["price"];
    assert_eq!(
        price["included"],
        json!([inside]),
        "a channel of the package is free"
    );
    let monthly: i64 = outside
        .iter()
        .map(|c| c["price"].as_i64().expect("price"))
        .sum();
    assert_eq!(price["channels_fee"].as_i64(), Some(monthly));
    assert_eq!(q["per_period"].as_i64(), Some(monthly));
    assert_eq!(q["lines"].as_array().expect("lines").len(), 2);
    // The public calculator agrees.
    let public = json_of(
        app.post_json(
            "/api/tv/personal-price",
            &json!({"base": base, "channels": picked}),
        )
        .await,
    )
    .await;
    assert_eq!(public["total"], price["total"]);
    buy(&b, home, action.clone()).await;
    let tv = my_tv(&b, home).await;
    assert_eq!(tv["channels"].as_array().expect("ids").len(), 2);
    assert_eq!(tv["price"]["total"], price["total"]);
    let res = preview(&b, home, action).await;
    assert_eq!(error_code(res).await, "already_connected");
    let res = preview(
        &b,
        home,
        json!({"type": "personal_tv", "channels": [999_999]}),
    )
    .await;
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("unknown_tv_channel"), Some("channels"))
    );
    let res = preview(&b, home, json!({"type": "personal_tv", "channels": []})).await;
    assert_eq!(error_code(res).await, "required");

    // A bigger base package costs the difference to the tariff's own.
    let bigger = json!({"type": "tv_base", "package_id": "maximum"});
    let q = quote(&b, home, bigger.clone()).await;
    assert!(q["charge_now"].as_i64() > Some(0), "{q}");
    buy(&b, home, bigger).await;
    assert_eq!(my_tv(&b, home).await["base_package"], "maximum");
    let res = preview(
        &b,
        home,
        json!({"type": "tv_base", "package_id": "sport-extra"}),
    )
    .await;
    assert_eq!(error_code(res).await, "unknown_tv_package");

    // A themed add-on: its channels are then free for Personal TV.
    let addon = json!({"type": "tv_addon", "package_id": "sport-extra"});
    let q = quote(&b, home, addon.clone()).await;
    assert_eq!(q["detail"]["rule"], "tv_addon");
    assert_eq!(q["per_period"], 29_900);
    buy(&b, home, addon.clone()).await;
    assert_eq!(my_tv(&b, home).await["addons"], json!(["sport-extra"]));
    assert_eq!(
        error_code(preview(&b, home, addon).await).await,
        "already_connected"
    );
    let sport: Vec<Value> = packages
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["package"]["id"] == "sport-extra")
        .map(|p| p["package"]["channels"].as_array().expect("ids").clone())
        .expect("sport-extra");
    let res = preview(
        &b,
        home,
        json!({"type": "personal_tv", "channels": [sport[0]]}),
    )
    .await;
    assert_eq!(
        error_code(res).await,
        "already_connected",
        "paid by the add-on"
    );
    let res = preview(
        &b,
        home,
        json!({"type": "tv_addon", "package_id": "maximum"}),
    )
    .await;
    assert_eq!(error_code(res).await, "unknown_tv_package");

    // No TV on a mobile number.
    let (mobile, _) = own_accounts(&b).await;
    let res = preview(&b, mobile, json!({"type": "add_multiroom_set"})).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "service_not_available")
    );
    assert_ledger_consistent(&app).await;
}

async fn multiroom_takes_at_most_three_extra_sets(app: TestApp) {
    let (b, home) = tv_account(&app).await;
    let action = json!({"type": "add_multiroom_set"});
    let first = quote(&b, home, action.clone()).await;
    assert_eq!(first["detail"]["extra_sets"], 1);
    assert_eq!(first["detail"]["equipment_fee"], 9_900);
    assert_eq!(first["per_period"], 9_900);
    buy(&b, home, action.clone()).await;
    buy(&b, home, action.clone()).await;
    let third = quote(&b, home, action.clone()).await;
    assert_eq!(third["detail"]["monthly_total"], 29_700);
    let token = third["quote_token"].as_str().expect("token").to_owned();
    let res = confirm(&b, "k-set-3", home, &action, &token).await;
    assert_eq!(res.status(), 201);
    // The same preview confirmed again under another key: the limit is reached.
    let res = confirm(&b, "k-set-4", home, &action, &token).await;
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("multiroom_limit"), Some("extra_sets"))
    );
    let res = preview(&b, home, action.clone()).await;
    assert_eq!(error_code(res).await, "multiroom_limit");
    let tv = my_tv(&b, home).await;
    assert_eq!(
        (tv["multiroom_sets"].as_u64(), tv["multiroom_fee"].as_i64()),
        (Some(3), Some(29_700))
    );
    // Removing one frees a place.
    let services = super::my_services(&b, home).await;
    let set = services["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["kind"] == "multiroom")
        .cloned()
        .expect("a set");
    let res = b
        .post(
            &format!("/api/my-services/{}/cancel", set["id"]),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(my_tv(&b, home).await["multiroom_sets"], 2);
    buy(&b, home, action).await;
    assert_ledger_consistent(&app).await;
}

both_backends!(
    personal_tv_channels_are_priced_by_the_shared_rule,
    multiroom_takes_at_most_three_extra_sets,
);
