use serde_json::json;

use super::{buy, confirm, item, my_services, own_accounts, preview, quote, top_up};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};
use crate::money::{assert_ledger_consistent, balance, json_of, signed_in};

async fn options_are_priced_connected_listed_and_cancelled(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, home) = own_accounts(&b).await;
    top_up(&b, mobile, 100_000).await;

    let res = b.get(&format!("/api/options?account={mobile}")).await;
    assert_eq!(res.status(), 200);
    let catalogue = json_of(res).await;
    let list = catalogue.as_array().expect("options");
    assert!(list.iter().all(|o| o["service"] == "mobile"), "{catalogue}");
    let find = |id: &str| {
        list.iter()
            .find(|o| o["option"]["id"] == id)
            .cloned()
            .expect(id)
    };
    assert_eq!(
        find("caller-id-plus")["connected"],
        true,
        "seeded, connected by SMS"
    );
    assert_eq!(find("messengers")["connected"], false);
    assert_eq!(
        find("extra-5gb")["option"]["price"],
        json!({"kind": "one_off", "amount": 20_000})
    );
    let home_list = json_of(b.get(&format!("/api/options?account={home}")).await).await;
    for id in ["static-ip", "antivirus", "email-box", "hosting"] {
        assert!(home_list.to_string().contains(id), "{id} for home internet");
    }

    let action = json!({"type": "connect_option", "option_id": "messengers"});
    let q = quote(&b, mobile, action.clone()).await;
    let now = q["charge_now"].as_i64().expect("now");
    assert_eq!(q["charge_now"], find("messengers")["quote"]["now"]);
    assert_eq!(q["per_period"].as_i64(), Some(9_900));
    assert!(now > 0 && now <= 9_900, "{q}");
    let before = balance(&b, mobile).await;
    let token = q["quote_token"].as_str().expect("token").to_owned();
    let key = uuid::Uuid::new_v4().to_string();
    // The same confirmation twice at once: one effect.
    let (r1, r2) = tokio::join!(
        confirm(&b, &key, mobile, &action, &token),
        confirm(&b, &key, mobile, &action, &token)
    );
    assert_eq!((r1.status().as_u16(), r2.status().as_u16()), (201, 201));
    assert_eq!(balance(&b, mobile).await, before - now, "charged once");
    let connected = item(&b, mobile, "option", "messengers")
        .await
        .expect("listed");
    assert_eq!(connected["cost_so_far"].as_i64(), Some(now));
    assert_eq!(connected["monthly_fee"].as_i64(), Some(9_900));
    assert_eq!(connected["cancellable"], true);

    // Stale: connected in the meantime.
    let res = confirm(
        &b,
        &uuid::Uuid::new_v4().to_string(),
        mobile,
        &action,
        &token,
    )
    .await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "already_connected")
    );
    let res = preview(&b, mobile, action.clone()).await;
    assert_eq!(error_code(res).await, "already_connected");
    let res = preview(
        &b,
        mobile,
        json!({"type": "connect_option", "option_id": "static-ip"}),
    )
    .await;
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("unknown_option"), Some("option_id"))
    );

    // Seeded items have a history and a cost.
    let seeded = item(&b, mobile, "option", "caller-id-plus")
        .await
        .expect("seeded");
    // Its cost is the sum of its entries: the pro-rated first month and the full ones after.
    let paid: i64 = crate::money::all_entries(&b, mobile)
        .await
        .iter()
        .filter(|e| {
            e["text"]
                .as_str()
                .is_some_and(|t| t.contains("Кто звонил+"))
        })
        .map(|e| -e["amount"].as_i64().expect("amount"))
        .sum();
    assert!(paid > 3_500, "more than one month of 35 ₽: {paid}");
    assert_eq!(seeded["cost_so_far"].as_i64(), Some(paid));
    let services = my_services(&b, mobile).await;
    let total: i64 = services["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["monthly_fee"].as_i64().expect("fee"))
        .sum();
    assert_eq!(services["monthly_total"].as_i64(), Some(total));

    // Cancel: gone from the list, logged; cancelling again answers the same.
    let id = connected["id"].as_i64().expect("id");
    let res = b
        .post(&format!("/api/my-services/{id}/cancel"), &json!({}))
        .await;
    assert_eq!(res.status(), 200);
    let ended = json_of(res).await;
    assert!(item(&b, mobile, "option", "messengers").await.is_none());
    let res = b
        .post(&format!("/api/my-services/{id}/cancel"), &json!({}))
        .await;
    assert_eq!(json_of(res).await, ended);
    let ural = signed_in(&app, "uralsvyaz").await;
    let res = ural
        .post(
            &format!("/api/my-services/{}/cancel", seeded["id"]),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 404, "someone else's item");
    let res = b.post("/api/my-services/999999/cancel", &json!({})).await;
    assert_eq!(res.status(), 404);
    let res = b.post("/api/my-services/abc/cancel", &json!({})).await;
    assert_eq!(res.status(), 404);

    let log = json_of(
        b.get(&format!("/api/activation-log?account={mobile}"))
            .await,
    )
    .await;
    let log = log.as_array().expect("log");
    assert_eq!(
        (log[0]["action"].as_str(), log[0]["item_id"].as_str()),
        (Some("disconnected"), Some("messengers"))
    );
    assert_eq!(
        (log[1]["action"].as_str(), log[1]["channel"].as_str()),
        (Some("connected"), Some("web"))
    );
    assert!(
        log.iter()
            .any(|l| l["channel"] == "sms" && l["item_id"] == "caller-id-plus")
    );
    assert!(
        log.iter()
            .any(|l| l["channel"] == "operator" && l["kind"] == "tariff")
    );

    // Connect again after cancelling: allowed, priced again.
    buy(&b, mobile, action).await;
    assert_ledger_consistent(&app).await;
}

async fn a_charge_the_balance_does_not_cover_is_refused(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (_, home) = own_accounts(&b).await;
    let action = json!({"type": "connect_option", "option_id": "hosting"});
    let q = quote(&b, home, action.clone()).await;
    assert!(
        q["balance"].as_i64() < Some(0),
        "the demo home account is in debt: {q}"
    );
    assert_eq!(q["affordable"], false);
    let before = balance(&b, home).await;
    let token = q["quote_token"].as_str().expect("token");
    let res = confirm(&b, "k-poor", home, &action, token).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "insufficient_balance")
    );
    assert_eq!(balance(&b, home).await, before);
    assert!(item(&b, home, "option", "hosting").await.is_none());
    // A free option needs no money.
    buy(
        &b,
        home,
        json!({"type": "connect_option", "option_id": "parental-control"}),
    )
    .await;
    // After a top-up the same key and token go through.
    top_up(&b, home, 500_000).await;
    let res = confirm(&b, "k-poor", home, &action, token).await;
    assert_eq!(res.status(), 201);
    // The same key for another request is refused.
    let other = json!({"type": "connect_option", "option_id": "email-box"});
    let res = confirm(&b, "k-poor", home, &other, token).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (422, "idempotency_key_reused")
    );
    let net = json_of(b.get(&format!("/api/internet?account={home}")).await).await;
    assert_eq!(net["static_ip"], false);
    buy(
        &b,
        home,
        json!({"type": "connect_option", "option_id": "static-ip"}),
    )
    .await;
    let net = json_of(b.get(&format!("/api/internet?account={home}")).await).await;
    assert_eq!(net["static_ip"], true);
    assert_ledger_consistent(&app).await;
}

async fn the_internet_connection_is_shown(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, home) = own_accounts(&b).await;
    let res = b.get(&format!("/api/internet?account={home}")).await;
    assert_eq!(res.status(), 200);
    let net = json_of(res).await;
    assert!(net["speed_mbps"].as_u64() > Some(0), "{net}");
    assert!(
        net["ip"]
            .as_str()
            .is_some_and(|ip| ip.split('.').count() == 4)
    );
    assert!(!net["equipment"].as_array().expect("equipment").is_empty());
    assert!(!net["address"].as_str().expect("address").is_empty());
    assert!(net["traffic_used_mb"].as_u64() > Some(0));
    assert!(
        net["tariff"]["tariff"]["id"]
            .as_str()
            .is_some_and(|t| t.starts_with("home-"))
    );
    assert!(
        net["options"].to_string().contains("antivirus"),
        "seeded by an operator"
    );
    let res = b.get(&format!("/api/internet?account={mobile}")).await;
    assert_eq!(
        (res.status().as_u16(), error_code(res).await.as_str()),
        (409, "service_not_available")
    );
    let ural = signed_in(&app, "uralsvyaz").await;
    assert_eq!(
        ural.get(&format!("/api/internet?account={home}"))
            .await
            .status(),
        404
    );
}

/// A preview from yesterday no longer holds: the pro-rated price and the date changed.
async fn a_preview_goes_stale_when_the_day_changes(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    top_up(&b, mobile, 100_000).await;
    let action = json!({"type": "connect_option", "option_id": "antivirus-mobile"});
    let q = quote(&b, mobile, action.clone()).await;
    let token = q["quote_token"].as_str().expect("token").to_owned();
    app.clock.advance(chrono::Duration::days(1));
    // The session idled out overnight: sign in again, the quote is the customer's.
    let b = signed_in(&app, "ivanov").await;
    let before = balance(&b, mobile).await;
    let res = confirm(&b, "k-yesterday", mobile, &action, &token).await;
    let body = json_of(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("quote_stale"), Some("quote_token"))
    );
    assert_eq!(balance(&b, mobile).await, before);
    // Previewed again, it goes through.
    buy(&b, mobile, action).await;
}

/// Two confirmations of the same option under different keys at once: one connects, the
/// other is refused by the guard inside the transaction.
async fn concurrent_connections_of_one_option_connect_it_once(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (mobile, _) = own_accounts(&b).await;
    top_up(&b, mobile, 100_000).await;
    let action = json!({"type": "connect_option", "option_id": "extra-5gb"});
    let q = quote(&b, mobile, action.clone()).await;
    let token = q["quote_token"].as_str().expect("token").to_owned();
    let before = balance(&b, mobile).await;
    let (r1, r2) = tokio::join!(
        confirm(&b, "k-twin-1", mobile, &action, &token),
        confirm(&b, "k-twin-2", mobile, &action, &token)
    );
    let mut statuses = [r1.status().as_u16(), r2.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409]);
    assert_eq!(
        balance(&b, mobile).await,
        before - 20_000,
        "one pack, paid once"
    );
    assert_ledger_consistent(&app).await;
}

both_backends!(
    a_preview_goes_stale_when_the_day_changes,
    concurrent_connections_of_one_option_connect_it_once,
    options_are_priced_connected_listed_and_cancelled,
    a_charge_the_balance_does_not_cover_is_refused,
    the_internet_connection_is_shown,
);
