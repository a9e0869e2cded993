//! The job runner: enqueueing is idempotent, each job runs exactly once across concurrent
//! claim loops and across two server instances on one database, and a job whose effect
//! already happened writes nothing. Monthly fees are the work.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use serde_json::{Value, json};

use super::{accounts, all_entries, assert_ledger_consistent, json_of, signed_in};
use crate::helpers::{TestApp, spawn_instance};
use crate::{both_backends, both_backends_at_once};

/// `POST /api/dev/jobs/run` at `now` on the server at `address`.
pub async fn run_jobs(client: &reqwest::Client, address: &str, now: DateTime<Utc>) -> Value {
    let res = client
        .post(format!("{address}/api/dev/jobs/run"))
        .json(&json!({"now": now}))
        .send()
        .await
        .expect("POST jobs/run");
    assert_eq!(res.status(), 200);
    json_of(res).await
}

/// Runs jobs on `app` at `now`.
pub async fn run_at(app: &TestApp, now: DateTime<Utc>) -> Value {
    run_jobs(&app.client, &app.address, now).await
}

pub async fn jobs(app: &TestApp) -> Vec<Value> {
    let res = app.get("/api/dev/jobs").await;
    assert_eq!(res.status(), 200);
    json_of(res).await.as_array().expect("jobs").clone()
}

/// 01:00 UTC on the first day of the month after this one.
fn next_month() -> DateTime<Utc> {
    let today = Utc::now().date_naive();
    let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).expect("first");
    let next = first
        .checked_add_months(Months::new(1))
        .expect("next month");
    next.and_hms_opt(1, 0, 0).expect("time").and_utc()
}

fn count(reports: &[Value], field: &str) -> u64 {
    reports
        .iter()
        .map(|r| r[field].as_u64().expect(field))
        .sum()
}

async fn fees_of(b: &crate::helpers::Browser, account: i64, period: &str) -> usize {
    all_entries(b, account)
        .await
        .iter()
        .filter(|e| e["kind"] == "subscription_fee" && e["explanation"]["period_start"] == period)
        .count()
}

async fn each_job_runs_exactly_once_on_two_instances_and_concurrent_loops(app: TestApp) {
    let second = spawn_instance(&app).await;
    let now = next_month();
    // Two claim loops on each instance, all at once.
    let client = &app.client;
    let (a1, a2, b1, b2) = tokio::join!(
        run_jobs(client, &app.address, now),
        run_jobs(client, &app.address, now),
        run_jobs(client, &second, now),
        run_jobs(client, &second, now),
    );
    let reports = [a1, a2, b1, b2];
    let all = jobs(&app).await;
    let fees: Vec<&Value> = all.iter().filter(|j| j["kind"] == "monthly_fee").collect();
    assert!(
        fees.len() >= 4,
        "a fee job per account on a tariff: {all:?}"
    );
    assert_eq!(
        count(&reports, "enqueued"),
        fees.len() as u64,
        "{reports:?}"
    );
    assert_eq!(count(&reports, "claimed"), fees.len() as u64, "{reports:?}");
    assert_eq!(count(&reports, "done"), fees.len() as u64, "{reports:?}");
    assert_eq!(count(&reports, "failed"), 0);
    for job in &fees {
        assert_eq!(job["status"], "done", "{job}");
        let runs = job["runs"].as_array().expect("runs");
        assert_eq!(runs.len(), 1, "one attempt: {job}");
        assert_eq!(runs[0]["outcome"], "done");
    }
    // One fee per account for the new period, and the ledger still adds up.
    let period = now.date_naive().to_string();
    let b = signed_in(&app, "ivanov").await;
    for (account, _) in accounts(&b).await {
        assert_eq!(fees_of(&b, account, &period).await, 1, "account {account}");
    }
    assert_ledger_consistent(&app).await;

    // Again, on either instance: nothing new to enqueue or run.
    let again = run_jobs(client, &second, now).await;
    assert_eq!(
        (again["enqueued"].as_u64(), again["claimed"].as_u64()),
        (Some(0), Some(0))
    );
}

async fn a_job_whose_effect_happened_already_writes_nothing(app: TestApp) {
    // The demo seed charged this month's fees under the same keys the runner uses.
    let b = signed_in(&app, "ivanov").await;
    let before: Vec<(i64, i64)> = accounts(&b).await;
    let report = run_at(&app, Utc::now()).await;
    assert!(report["claimed"].as_u64() >= Some(4), "{report}");
    assert_eq!(report["done"], 0, "{report}");
    assert_eq!(report["skipped"], report["claimed"]);
    assert_eq!(accounts(&b).await, before, "no balance moved");
    let all = jobs(&app).await;
    for job in all.iter().filter(|j| j["kind"] == "monthly_fee") {
        assert_eq!(job["status"], "done");
        assert_eq!(job["runs"][0]["outcome"], "skipped", "{job}");
    }
    assert_ledger_consistent(&app).await;
}

async fn the_dev_runner_is_not_there_outside_dev_mode(app: TestApp) {
    let prod = crate::helpers::spawn_app_with(app.backend, |s| s.dev = false).await;
    let res = prod.post_json("/api/dev/jobs/run", &json!({})).await;
    assert_eq!(res.status(), 404);
    assert_eq!(prod.get("/api/dev/jobs").await.status(), 404);
    // Malformed time: 400, not 500.
    let res = app
        .post_json("/api/dev/jobs/run", &json!({"now": "yesterday"}))
        .await;
    assert_eq!(res.status(), 400);
}

async fn the_scheduler_runs_jobs_on_its_own(app: TestApp) {
    let ticking = crate::helpers::spawn_app_with(app.backend, |s| s.jobs_interval_secs = 1).await;
    let mut fees = Vec::new();
    for _ in 0..100 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        fees = jobs(&ticking)
            .await
            .into_iter()
            .filter(|j| j["kind"] == "monthly_fee" && j["status"] == "done")
            .collect();
        if fees.len() >= 4 {
            break;
        }
    }
    assert!(
        fees.len() >= 4,
        "the scheduler enqueued and ran this month's fees: {fees:?}"
    );
    assert!(
        fees.iter().all(|j| j["runs"][0]["outcome"] == "skipped"),
        "charged by the seed already"
    );
}

/// Fee entries of the period starting `period` on the database at `url`: `(entries,
/// accounts charged)`.
async fn fee_entries(url: &str, period: &str) -> (i64, i64) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.expect("connect");
    sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT service_account_id) FROM ledger_entries \
         WHERE kind = 'subscription_fee' AND explanation LIKE $1",
    )
    .bind(format!("%\"period_start\":\"{period}\"%"))
    .fetch_one(&pool)
    .await
    .expect("count")
}

async fn a_month_start_of_thousands_is_charged_once_each(app: TestApp) {
    use secrecy::ExposeSecret;
    let url = app.database_url.expose_secret().to_owned();
    let bulk = server::demo::bulk::seed_accounts(&url, 2_500, |_| {})
        .await
        .expect("bulk accounts");
    assert_eq!(bulk.added, 2_500);
    let second = spawn_instance(&app).await;
    let now = next_month();
    // Both instances at the month start at once: one enqueues each account's job, the
    // batches are shared, every job runs once.
    let (a, b) = tokio::join!(
        run_jobs(&app.client, &app.address, now),
        run_jobs(&app.client, &second, now),
    );
    let reports = [a, b];
    let enqueued = count(&reports, "enqueued");
    assert!(
        enqueued >= 2_504,
        "the demo accounts and the bulk: {reports:?}"
    );
    assert_eq!(count(&reports, "claimed"), enqueued, "{reports:?}");
    assert_eq!(count(&reports, "failed"), 0, "{reports:?}");
    assert_eq!(
        count(&reports, "done") + count(&reports, "skipped"),
        enqueued
    );
    let period = now.date_naive().to_string();
    let (entries, charged) = fee_entries(&url, &period).await;
    assert_eq!(entries, charged, "nobody charged twice");
    assert!(charged >= 2_500, "every bulk account charged: {charged}");
    let check = assert_ledger_consistent(&app).await;
    assert!(check["accounts"].as_u64() >= Some(2_500), "{check}");
    // Again, later the same day: nothing to enqueue, nothing to run.
    let again = run_jobs(&app.client, &second, now + chrono::Duration::hours(1)).await;
    assert_eq!(
        (again["enqueued"].as_u64(), again["claimed"].as_u64()),
        (Some(0), Some(0)),
        "{again}"
    );
    assert_eq!(fee_entries(&url, &period).await, (entries, charged));
}

both_backends_at_once!(a_month_start_of_thousands_is_charged_once_each);

both_backends!(
    the_scheduler_runs_jobs_on_its_own,
    each_job_runs_exactly_once_on_two_instances_and_concurrent_loops,
    a_job_whose_effect_happened_already_writes_nothing,
    the_dev_runner_is_not_there_outside_dev_mode,
);
