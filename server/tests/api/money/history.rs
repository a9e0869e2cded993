use serde_json::Value;

use super::{CARD_OK, accounts, all_entries, card_body, json_of, pay, signed_in};
use crate::both_backends;
use crate::helpers::{TestApp, error_code};

fn ids(entries: &[Value]) -> Vec<i64> {
    entries
        .iter()
        .map(|e| e["id"].as_i64().expect("id"))
        .collect()
}

async fn page(b: &crate::helpers::Browser, query: &str) -> Value {
    let res = b.get(&format!("/api/history?{query}")).await;
    assert_eq!(res.status(), 200, "{query}");
    json_of(res).await
}

async fn pages_are_stable_when_entries_arrive(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, balance) = accounts(&b).await[0];
    let all = all_entries(&b, account).await;
    assert!(all.len() > 12, "six months of history: {}", all.len());
    let sum: i64 = all
        .iter()
        .map(|e| e["amount"].as_i64().expect("amount"))
        .sum();
    assert_eq!(sum, balance, "the balance is the sum of the entries");
    let keys: Vec<(String, i64)> = all
        .iter()
        .map(|e| {
            (
                e["created_at"].as_str().expect("at").to_owned(),
                e["id"].as_i64().expect("id"),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(keys, sorted, "newest first");

    let first = page(&b, &format!("account={account}&limit=5")).await;
    assert_eq!(
        ids(first["entries"].as_array().expect("entries")),
        ids(&all[..5])
    );
    let cursor = first["next_cursor"].as_str().expect("more").to_owned();
    // A payment arrives between two pages.
    assert_eq!(
        pay(&b, &card_body(account, 10_000, CARD_OK)).await.status(),
        201
    );
    let second = page(&b, &format!("account={account}&limit=5&cursor={cursor}")).await;
    assert_eq!(
        ids(second["entries"].as_array().expect("entries")),
        ids(&all[5..10]),
        "no entry repeated or skipped"
    );
    // The new entry is on top of a fresh first page.
    let fresh = page(&b, &format!("account={account}&limit=1")).await;
    assert_eq!(fresh["entries"][0]["kind"], "payment");
    assert_eq!(fresh["entries"][0]["amount"], 10_000);
    // The last page says so.
    let everything = page(&b, &format!("account={account}&limit=100")).await;
    if everything["entries"].as_array().map(Vec::len) < Some(100) {
        assert!(everything.get("next_cursor").is_none());
    }
}

async fn filters_narrow_the_history(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let all = all_entries(&b, account).await;
    let payments = page(&b, &format!("account={account}&kind=payment&limit=100")).await;
    let payments = payments["entries"].as_array().expect("entries").clone();
    assert!(!payments.is_empty());
    assert!(payments.iter().all(|e| e["kind"] == "payment"));
    let expected = all.iter().filter(|e| e["kind"] == "payment").count();
    assert_eq!(payments.len(), expected);
    // One day: the day of the newest payment.
    let day = &payments[0]["created_at"].as_str().expect("at")[..10];
    let that_day = page(
        &b,
        &format!("account={account}&from={day}&to={day}&limit=100"),
    )
    .await;
    let that_day = that_day["entries"].as_array().expect("entries").clone();
    assert!(!that_day.is_empty());
    assert!(
        that_day
            .iter()
            .all(|e| e["created_at"].as_str().is_some_and(|t| t.starts_with(day)))
    );
    assert_eq!(
        that_day.len(),
        all.iter()
            .filter(|e| e["created_at"].as_str().is_some_and(|t| t.starts_with(day)))
            .count()
    );
    for (query, field) in [
        ("kind=bogus", "kind"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("cursor=garbage", "cursor"),
        ("from=2026-13-01", "from"),
    ] {
        let res = b
            .get(&format!("/api/history?account={account}&{query}"))
            .await;
        assert_eq!(res.status(), 422, "{query}");
        assert_eq!(json_of(res).await["field"], field, "{query}");
    }
    let res = b
        .get(&format!(
            "/api/history?account={account}&from=2026-02-01&to=2026-01-01"
        ))
        .await;
    assert_eq!(error_code(res).await, "invalid_period");
}

async fn every_entry_says_why_in_both_languages(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let ru = page(
        &b,
        &format!("account={account}&kind=usage_charge&limit=100"),
    )
    .await;
    let usage = ru["entries"].as_array().expect("entries").clone();
    assert!(
        !usage.is_empty(),
        "the demo mobile account went beyond its package"
    );
    for e in &usage {
        let x = &e["explanation"];
        assert_eq!(x["rule"], "usage");
        let billed = x["billed"].as_i64().expect("billed");
        let price = x["price"].as_i64().expect("price");
        assert_eq!(e["amount"].as_i64(), Some(-billed * price), "{e}");
        assert!(
            e["text"].as_str().expect("text").contains("сверх пакета ×"),
            "{e}"
        );
    }
    let en = page(
        &b,
        &format!("account={account}&kind=usage_charge&limit=100&lang=en"),
    )
    .await;
    assert!(
        en["entries"][0]["text"]
            .as_str()
            .expect("text")
            .contains("beyond the package ×")
    );
    let fees = page(
        &b,
        &format!("account={account}&kind=subscription_fee&limit=1"),
    )
    .await;
    assert!(
        fees["entries"][0]["text"]
            .as_str()
            .expect("text")
            .starts_with("Абонентская плата")
    );
}

async fn the_history_exports_as_csv(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let all = all_entries(&b, account).await;
    let res = b.get(&format!("/api/history.csv?account={account}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert_eq!(
        disposition,
        "attachment; filename=\"history-100000000016.csv\""
    );
    let csv = res.text().await.expect("text");
    let csv = csv.strip_prefix('\u{feff}').expect("BOM");
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("Дата и время (UTC),Вид,"));
    assert_eq!(lines.len(), all.len() + 1, "a header and one row per entry");
    // Descriptions with commas are quoted, so every row has five fields.
    let quoted = lines.iter().filter(|l| l.contains(",\"")).count();
    assert!(quoted > 0, "some descriptions hold commas");
    let payments = b
        .get(&format!(
            "/api/history.csv?account={account}&kind=payment&lang=en"
        ))
        .await;
    let text = payments.text().await.expect("text");
    assert!(text.contains("Date and time (UTC),Kind,"));
    assert!(
        text.lines()
            .skip(1)
            .filter(|l| !l.is_empty())
            .all(|l| l.contains(",Payment,"))
    );
}

async fn another_customers_history_is_not_found(app: TestApp) {
    let ivanov = signed_in(&app, "ivanov").await;
    let ural = signed_in(&app, "uralsvyaz").await;
    let (theirs, _) = accounts(&ural).await[0];
    for path in [
        format!("/api/history?account={theirs}"),
        format!("/api/history.csv?account={theirs}"),
    ] {
        let res = ivanov.get(&path).await;
        assert_eq!(res.status(), 404, "{path}");
    }
    assert_eq!(app.browser().get("/api/history").await.status(), 401);
    assert_eq!(app.browser().get("/api/history.csv").await.status(), 401);
}

both_backends!(
    pages_are_stable_when_entries_arrive,
    filters_narrow_the_history,
    every_entry_says_why_in_both_languages,
    the_history_exports_as_csv,
    another_customers_history_is_not_found,
);
