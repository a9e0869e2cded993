//! Seeds and checks the scale benchmark of `tools/scale/run.sh` (a benchmark, never a test).
//!
//! ```text
//! cargo run --release -p server --example scale -- seed URL ACCOUNTS
//! cargo run --release -p server --example scale -- check URL PERIOD_START
//! ```
//!
//! `seed` brings the bulk accounts (`server::demo::bulk`) of a database the server created up
//! to ACCOUNTS. `check` counts, for the period starting
//! PERIOD_START (YYYY-MM-DD), the accounts on a tariff, the fee keys and fee entries written,
//! and the accounts charged more than once. Output: human lines and one `RESULT key=value …`
//! line for scripts.

#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool prints its figures"
)]

use std::time::Instant;

use sqlx::{Any, AnyPool};

fn fail(msg: &str) -> ! {
    eprintln!("scale: {msg}");
    std::process::exit(2)
}

async fn connect(url: &str) -> AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::pool::PoolOptions::<Any>::new()
        .max_connections(1)
        .connect(url)
        .await
        .unwrap_or_else(|e| fail(&format!("connect {url}: {e}")))
}

async fn count(pool: &AnyPool, sql: &str, bind: Option<&str>) -> i64 {
    let mut q = sqlx::query_as(sql);
    if let Some(b) = bind {
        q = q.bind(b.to_owned());
    }
    let (n,): (i64,) = q
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| fail(&format!("{sql}: {e}")));
    n
}

async fn seed(url: &str, accounts: i64) {
    let started = Instant::now();
    let seeded = server::demo::bulk::seed_accounts(url, accounts, |n| {
        println!(
            "seeded {n} of {accounts} accounts ({:.1} s)",
            started.elapsed().as_secs_f64()
        );
    })
    .await
    .unwrap_or_else(|e| fail(&format!("seeding (start the server on it once first): {e}")));
    println!(
        "RESULT accounts={} new={} seed_s={:.1} tariff={}",
        seeded.accounts,
        seeded.added,
        started.elapsed().as_secs_f64(),
        seeded.tariff
    );
}

async fn check(url: &str, period: &str) {
    let pool = connect(url).await;
    let tariffed = count(&pool, "SELECT COUNT(*) FROM account_tariffs", None).await;
    let keys = count(
        &pool,
        "SELECT COUNT(*) FROM effect_keys WHERE effect_key LIKE $1",
        Some(&format!("fee:%:{period}")),
    )
    .await;
    let pattern = format!("%\"period_start\":\"{period}\"%");
    let entries = count(
        &pool,
        "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'subscription_fee' \
         AND explanation LIKE $1",
        Some(&pattern),
    )
    .await;
    let twice = count(
        &pool,
        "SELECT COUNT(*) FROM (SELECT service_account_id FROM ledger_entries \
         WHERE kind = 'subscription_fee' AND explanation LIKE $1 \
         GROUP BY service_account_id HAVING COUNT(*) > 1) t",
        Some(&pattern),
    )
    .await;
    println!(
        "period {period}: {tariffed} accounts on a tariff, {keys} fee keys, {entries} fee \
         entries, {twice} accounts charged twice"
    );
    println!("RESULT tariffed={tariffed} keys={keys} entries={entries} twice={twice}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["seed", url, n] => seed(url, n.parse().unwrap_or_else(|_| fail("ACCOUNTS"))).await,
        ["check", url, period] => check(url, period).await,
        _ => fail("usage: scale seed URL ACCOUNTS | scale check URL PERIOD_START"),
    }
}
