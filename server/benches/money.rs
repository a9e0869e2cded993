//! Money benchmarks on SQLite (issue 7 "Performance", issue 10 item 6), with std timing:
//!
//! 1. top-up posting through the store: the same `MoneyWrite` a card top-up writes (payment,
//!    ledger entry, cached balance, bonus accrual) under its idempotency key, one writer and
//!    CONCURRENCY writers; payments/s and p50/p99, then the ledger invariant (zero drift);
//! 2. the history page query (keyset, 20 entries) on one account grown to each of HISTORY_SIZES
//!    ledger rows (generated in bulk with SQL): first page and pages at random depths.
//!
//! ```text
//! cargo bench -p server --bench money
//! BENCH_PAYMENTS=20000 BENCH_HISTORY_SIZES=10000,1000000,10000000 cargo bench -p server --bench money
//! ```
//! `BENCH_DIR` chooses where the database file goes (default: a temp dir; 10 M rows take
//! about 2 GB).

#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark prints its figures"
)]

use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::Rng;
use server::demo;
use server::domain::money::payments::payment_entry;
use server::domain::password::Hasher;
use server::domain::secrets;
use server::store::identity::Lookup;
use server::store::money::{HistoryFilter, IdempotentWrite, MoneyWrite, NewPayment};
use server::store::{SqliteStore, Store};
use shared::Money;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

fn env_or<T: FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or_default())
        .unwrap_or_default()
}

fn die(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("bench: {what}: {e}");
    std::process::exit(1)
}

/// One card top-up of `account`, as `payments::by_card` writes it.
async fn top_up(store: &dyn Store, customer: server::store::identity::CustomerId, account: i64) {
    let at = now();
    let payment = NewPayment {
        id: secrets::nonce(),
        customer_id: customer,
        account_id: account,
        amount: Money::from_kopecks(10_000),
        method: "card".to_owned(),
        status: "succeeded".to_owned(),
        card_last4: Some("1111".to_owned()),
        saved_card_id: None,
        external_id: None,
        created_at: at,
        completed_at: Some(at),
    };
    let entry = payment_entry(&payment, at).unwrap_or_else(|_| die("entry", "refused"));
    let response = format!("{{\"id\":\"{}\"}}", payment.id);
    let key = secrets::nonce();
    let write = MoneyWrite {
        entries: vec![entry],
        payments: vec![payment],
        ..MoneyWrite::default()
    };
    let scope = format!("customer:{customer}");
    let idem = IdempotentWrite {
        scope: &scope,
        key: &key,
        request_hash: "bench",
        status: 201,
        response: &response,
        now: at,
    };
    store
        .write_money(Some(idem), &write)
        .await
        .unwrap_or_else(|e| die("write_money", e));
}

async fn post_payments(
    store: Arc<dyn Store>,
    customer: server::store::identity::CustomerId,
    account: i64,
    total: usize,
    writers: usize,
) {
    let started = Instant::now();
    let per = total / writers;
    let tasks: Vec<_> = (0..writers)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut times = Vec::with_capacity(per);
                for _ in 0..per {
                    let t = Instant::now();
                    top_up(store.as_ref(), customer, account).await;
                    times.push(t.elapsed());
                }
                times
            })
        })
        .collect();
    let mut times = Vec::new();
    for t in tasks {
        times.extend(t.await.unwrap_or_else(|e| die("task", e)));
    }
    let wall = started.elapsed();
    times.sort_unstable();
    println!(
        "top-up posting, {writers:>2} writer(s): {} payments in {:.2} s = {:.0} payments/s; \
         p50 {:.2} ms, p99 {:.2} ms",
        times.len(),
        wall.as_secs_f64(),
        times.len() as f64 / wall.as_secs_f64(),
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 99.0)),
    );
}

/// Grows the ledger of `account` to `target` rows by copying one of its non-payment entries
/// (one row per 30 s further back in time), keeping the cached balance equal to the sum.
async fn grow(pool: &sqlx::SqlitePool, account: i64, target: i64, oldest: &mut i64) {
    let (have,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM ledger_entries WHERE service_account_id = $1")
            .bind(account)
            .fetch_one(pool)
            .await
            .unwrap_or_else(|e| die("count", e));
    let add = target - have;
    if add <= 0 {
        return;
    }
    let started = Instant::now();
    let mut tx = pool.begin().await.unwrap_or_else(|e| die("begin", e));
    let base = *oldest;
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2), \
         t AS (SELECT kind, amount, explanation FROM ledger_entries \
               WHERE service_account_id = $1 AND kind <> 'payment' AND payment_id IS NULL \
               ORDER BY id LIMIT 1) \
         INSERT INTO ledger_entries (service_account_id, kind, amount, created_at, explanation) \
         SELECT $1, t.kind, t.amount, $3 - n.i * 30, t.explanation FROM n, t",
    )
    .bind(account)
    .bind(add)
    .bind(base)
    .execute(&mut *tx)
    .await
    .unwrap_or_else(|e| die("bulk insert", e));
    sqlx::query(
        "INSERT INTO account_balances (service_account_id, balance, entries) \
         SELECT $1, SUM(amount), COUNT(*) FROM ledger_entries WHERE service_account_id = $1 \
         ON CONFLICT (service_account_id) DO UPDATE SET \
         balance = excluded.balance, entries = excluded.entries",
    )
    .bind(account)
    .execute(&mut *tx)
    .await
    .unwrap_or_else(|e| die("balance", e));
    tx.commit().await.unwrap_or_else(|e| die("commit", e));
    *oldest = base - add * 30;
    println!(
        "  generated {add} ledger rows in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

async fn history_pages(store: &dyn Store, account: i64, rows: i64, newest: i64, oldest: i64) {
    let queries: usize = env_or("BENCH_HISTORY_QUERIES", 2000);
    let mut rng = rand::thread_rng();
    for deep in [false, true] {
        let mut times = Vec::with_capacity(queries);
        for _ in 0..queries {
            let before = deep.then(|| (rng.gen_range(oldest..newest), i64::MAX));
            let filter = HistoryFilter {
                from: None,
                to: None,
                kind: None,
                before,
                limit: 21,
            };
            let t = Instant::now();
            let page = store
                .history(account, &filter)
                .await
                .unwrap_or_else(|e| die("history", e));
            times.push(t.elapsed());
            assert!(!page.is_empty(), "a history page is empty");
        }
        times.sort_unstable();
        println!(
            "history page (keyset, 20 rows), {rows:>9} ledger rows, {}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            if deep { "random depth" } else { "first page  " },
            ms(percentile(&times, 50.0)),
            ms(percentile(&times, 99.0)),
            ms(percentile(&times, 100.0)),
        );
    }
}

#[tokio::main]
async fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("money benchmarks: run them with `cargo bench -p server --bench money`");
        return;
    }
    let payments: usize = env_or("BENCH_PAYMENTS", 5000);
    let writers: usize = env_or("BENCH_CONCURRENCY", 16);
    let sizes: String = env_or("BENCH_HISTORY_SIZES", "10000,1000000".to_owned());
    let dir = match std::env::var("BENCH_DIR") {
        Ok(d) => tempfile::tempdir_in(d),
        Err(_) => tempfile::tempdir(),
    }
    .unwrap_or_else(|e| die("temp dir", e));
    let path = dir.path().join("bench.db");
    let url = format!("sqlite://{}", path.display());
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::connect(&url, 10)
            .await
            .unwrap_or_else(|e| die("connect", e)),
    );
    demo::seed(store.as_ref(), &Hasher::new(8, 1), now())
        .await
        .unwrap_or_else(|e| die("seed", e));
    let customer = store
        .find_customer(Lookup::Login("ivanov"))
        .await
        .unwrap_or_else(|e| die("customer", e))
        .unwrap_or_else(|| die("customer", "ivanov is not in the demo data"));
    let accounts = store
        .accounts_of(customer)
        .await
        .unwrap_or_else(|e| die("accounts", e));
    let account = accounts
        .first()
        .map(|a| a.id)
        .unwrap_or_else(|| die("accounts", "none"));
    println!(
        "SQLite at {} (nproc {}, load {})",
        path.display(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split(' ')
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );

    post_payments(store.clone(), customer, account, payments / 5, 1).await;
    post_payments(store.clone(), customer, account, payments, writers).await;
    let totals = store
        .ledger_totals()
        .await
        .unwrap_or_else(|e| die("ledger totals", e));
    println!(
        "ledger invariant: {} accounts, {} entries, {} mismatches (drift)",
        totals.accounts,
        totals.entries,
        totals.mismatches.len()
    );
    if !totals.mismatches.is_empty() {
        die("drift", format!("{:?}", totals.mismatches));
    }

    // History: another account of the same customer, grown size by size.
    let account = accounts.get(1).map_or(account, |a| a.id);
    let options = SqliteConnectOptions::from_str(&url)
        .unwrap_or_else(|e| die("url", e))
        .busy_timeout(Duration::from_secs(30));
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap_or_else(|e| die("pool", e));
    let (oldest,): (i64,) = sqlx::query_as(
        "SELECT COALESCE(MIN(created_at), $2) FROM ledger_entries WHERE service_account_id = $1",
    )
    .bind(account)
    .bind(now())
    .fetch_one(&pool)
    .await
    .unwrap_or_else(|e| die("oldest", e));
    let newest = now();
    let mut oldest = oldest;
    for size in sizes
        .split(',')
        .filter_map(|s| s.trim().parse::<i64>().ok())
    {
        grow(&pool, account, size, &mut oldest).await;
        history_pages(store.as_ref(), account, size, newest, oldest).await;
    }
    let totals = store
        .ledger_totals()
        .await
        .unwrap_or_else(|e| die("ledger totals", e));
    println!(
        "ledger invariant after generating rows: {} mismatches; database file {:.0} MB",
        totals.mismatches.len(),
        std::fs::metadata(&path).map_or(0.0, |m| m.len() as f64 / 1e6)
    );
}
