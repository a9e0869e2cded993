//! The job queue itself, against each database directly: concurrent claim loops take each
//! job once, a lease that runs out lets another runner take the job over, and the runner
//! that lost it cannot finish it too.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use server::store::Store;
use server::store::jobs::{ClaimedJob, FeeBatch, FeeCharge, Finish, JobEffect, NewJob};
use server::store::money::NewEntry;
use shared::Money;
use shared::ledger::{EntryKind, Explanation};

use crate::helpers::{Backend, DbGuard, fresh_database};

async fn store(backend: Backend) -> (Arc<dyn Store>, DbGuard) {
    let (url, guard) = fresh_database(backend).await;
    let store = server::store::connect(&url, 8).await.expect("store");
    (store, guard)
}

fn jobs(n: usize, due_at: i64) -> Vec<NewJob> {
    (0..n)
        .map(|i| NewJob {
            kind: "test".to_owned(),
            dedupe_key: format!("test:{i}"),
            payload: "{}".to_owned(),
            due_at,
        })
        .collect()
}

fn effect(key: String) -> JobEffect {
    let mut e = JobEffect::default();
    e.money.effect_keys.push(key);
    e.money.effect_at = 1_000;
    e
}

#[expect(
    clippy::print_stderr,
    reason = "the measured throughput, for the record"
)]
async fn concurrent_claim_loops_take_each_job_once(backend: Backend) {
    let (store, _db) = store(backend).await;
    const N: usize = 300;
    assert_eq!(
        store
            .enqueue_jobs(&jobs(N, 1_000), 1_000)
            .await
            .expect("enqueue"),
        N as u64
    );
    assert_eq!(
        store
            .enqueue_jobs(&jobs(N, 1_000), 1_000)
            .await
            .expect("again"),
        0,
        "dedupe"
    );
    let started = Instant::now();
    let gate = Arc::new(tokio::sync::Barrier::new(6));
    let loops = (0..6)
        .map(|l| {
            let store = store.clone();
            let gate = gate.clone();
            tokio::spawn(async move {
                let runner = format!("loop-{l}");
                let mut mine = Vec::new();
                gate.wait().await;
                while let Some(job) = store.claim_job(&runner, 1_000, 300).await.expect("claim") {
                    let done = store
                        .finish_job(&job, 1_000, 1_000, "done", &effect(job.dedupe_key.clone()))
                        .await
                        .expect("finish");
                    assert_eq!(done, Finish::Done);
                    mine.push(job.id);
                    tokio::task::yield_now().await;
                }
                mine
            })
        })
        .collect::<Vec<_>>();
    let mut all = Vec::new();
    let mut busy_loops = 0;
    for l in loops {
        let mine = l.await.expect("loop");
        busy_loops += usize::from(!mine.is_empty());
        all.extend(mine);
    }
    let elapsed = started.elapsed();
    let unique: HashSet<i64> = all.iter().copied().collect();
    assert_eq!(all.len(), N, "every job claimed once");
    assert_eq!(unique.len(), N);
    assert!(busy_loops >= 2, "the loops shared the work");
    eprintln!(
        "{backend:?}: {N} jobs claimed and finished by 6 loops in {elapsed:?} ({:.0} jobs/s)",
        N as f64 / elapsed.as_secs_f64()
    );
    for job in store.jobs_overview(1_000).await.expect("overview") {
        assert_eq!(job.status, "done");
        assert_eq!(job.runs.len(), 1, "one attempt");
    }
}

async fn a_lease_that_ran_out_moves_the_job_and_the_old_runner_cannot_finish(backend: Backend) {
    let (store, _db) = store(backend).await;
    store
        .enqueue_jobs(&jobs(1, 1_000), 1_000)
        .await
        .expect("enqueue");
    // Runner A claims at 1 000 with a 300 s lease, then stalls (or its process dies).
    let a = store
        .claim_job("A", 1_000, 300)
        .await
        .expect("claim")
        .expect("job");
    assert!(
        store
            .claim_job("B", 1_299, 300)
            .await
            .expect("claim")
            .is_none(),
        "leased"
    );
    // After the lease, B takes over and finishes.
    let b = store
        .claim_job("B", 1_300, 300)
        .await
        .expect("claim")
        .expect("job");
    assert_eq!((b.id, b.attempts), (a.id, 2));
    let key = a.dedupe_key.clone();
    assert_eq!(
        store
            .finish_job(&b, 1_300, 1_301, "done", &effect(key.clone()))
            .await
            .expect("finish"),
        Finish::Done
    );
    // A wakes up: its claim is gone; nothing is written twice.
    assert_eq!(
        store
            .finish_job(&a, 1_000, 1_302, "done", &effect(key.clone()))
            .await
            .expect("finish"),
        Finish::Lost
    );
    assert!(
        store
            .claim_job("C", 9_999, 300)
            .await
            .expect("claim")
            .is_none(),
        "done for good"
    );
    let job = &store.jobs_overview(10).await.expect("overview")[0];
    let outcomes: Vec<&str> = job.runs.iter().map(|r| r.outcome.as_str()).collect();
    assert_eq!(outcomes, ["done", "lost"]);

    // A job whose effect key exists is a duplicate: nothing written, the claim still held.
    store
        .enqueue_jobs(
            &[NewJob {
                dedupe_key: "other".into(),
                ..jobs(1, 2_000).remove(0)
            }],
            2_000,
        )
        .await
        .expect("enqueue");
    let c = store
        .claim_job("C", 2_000, 300)
        .await
        .expect("claim")
        .expect("job");
    assert_eq!(
        store
            .finish_job(&c, 2_000, 2_000, "done", &effect(key))
            .await
            .expect("finish"),
        Finish::Duplicate
    );
    assert_eq!(
        store
            .finish_job(&c, 2_000, 2_000, "skipped", &JobEffect::default())
            .await
            .expect("finish"),
        Finish::Done
    );

    // A failing job is retried with its error recorded, then given up.
    store
        .enqueue_jobs(
            &[NewJob {
                dedupe_key: "failing".into(),
                ..jobs(1, 3_000).remove(0)
            }],
            3_000,
        )
        .await
        .expect("enqueue");
    let f = store
        .claim_job("D", 3_000, 300)
        .await
        .expect("claim")
        .expect("job");
    store
        .fail_job(&f, 3_000, 3_000, "boom", Some(3_060))
        .await
        .expect("fail");
    assert!(
        store
            .claim_job("D", 3_059, 300)
            .await
            .expect("claim")
            .is_none(),
        "backing off"
    );
    let f = store
        .claim_job("D", 3_060, 300)
        .await
        .expect("claim")
        .expect("retried");
    store
        .fail_job(&f, 3_060, 3_060, "boom again", None)
        .await
        .expect("fail");
    assert!(
        store
            .claim_job("D", 99_999, 300)
            .await
            .expect("claim")
            .is_none(),
        "given up"
    );
    let failing = store
        .jobs_overview(10)
        .await
        .expect("overview")
        .into_iter()
        .find(|j| j.dedupe_key == "failing")
        .expect("job");
    assert_eq!(
        (failing.status.as_str(), failing.last_error.as_deref()),
        ("failed", Some("boom again"))
    );
    assert_eq!(failing.runs.len(), 2);
}

/// The account a fee job carries.
fn account_of(job: &ClaimedJob) -> i64 {
    let payload: serde_json::Value = serde_json::from_str(&job.payload).expect("payload");
    payload["account_id"].as_i64().expect("account_id")
}

/// A charge of 1 rouble for each job, under `key_of(job)`.
fn charges(jobs: &[ClaimedJob], key_of: impl Fn(&ClaimedJob) -> String) -> Vec<FeeCharge> {
    jobs.iter()
        .map(|j| FeeCharge {
            job: j.clone(),
            effect_key: Some(key_of(j)),
            entry: Some(
                NewEntry::new(
                    account_of(j),
                    EntryKind::SubscriptionFee,
                    Money::from_kopecks(-100),
                    1_302,
                    Explanation::MonthlyFee {
                        tariff: "Test".into(),
                        fee: Money::from_kopecks(100),
                        period_start: "2031-01-01".parse().expect("date"),
                    },
                    None,
                )
                .expect("entry"),
            ),
        })
        .collect()
}

async fn a_fee_batch_writes_only_the_jobs_still_its_own(backend: Backend) {
    let (store, _db) = store(backend).await;
    let hasher = server::domain::password::Hasher::new(1024, 1);
    server::demo::seed(store.as_ref(), &hasher, 0)
        .await
        .expect("seed");
    let kind = server::jobs::fees::KIND;
    // One statement enqueues the period for every account on a tariff, once.
    let n = store
        .enqueue_period_fees(kind, "2031-01-01", 1_000, 1_000)
        .await
        .expect("enqueue");
    assert!(n >= 4, "the demo accounts on a tariff: {n}");
    assert_eq!(
        store
            .enqueue_period_fees(kind, "2031-01-01", 1_000, 1_000)
            .await
            .expect("again"),
        0,
        "the accounts are marked"
    );
    let batch = store
        .claim_jobs("A", kind, 1_000, 300, 1_000)
        .await
        .expect("claim");
    assert_eq!(batch.len() as u64, n);
    for job in &batch {
        let period = "2031-01-01".parse().expect("date");
        assert_eq!(
            job.dedupe_key,
            server::jobs::fees::key(account_of(job), period),
            "the statement's key is the rule's"
        );
    }
    assert!(
        store
            .claim_jobs("B", kind, 1_000, 300, 1_000)
            .await
            .expect("claim")
            .is_empty(),
        "all leased to A"
    );
    // A stalls; after its lease B takes one job over and charges it.
    let b = store
        .claim_job("B", 1_300, 300)
        .await
        .expect("claim")
        .expect("job");
    assert_eq!(b.id, batch[0].id);
    assert_eq!(
        store
            .finish_job(&b, 1_300, 1_301, "done", &effect(b.dedupe_key.clone()))
            .await
            .expect("finish"),
        Finish::Done
    );
    let before = store.ledger_totals().await.expect("totals").entries;
    // A wakes up: it writes the rest, never the job it lost.
    let written = store
        .finish_fee_batch(
            "A",
            1_000,
            1_302,
            &charges(&batch, |j| j.dedupe_key.clone()),
        )
        .await
        .expect("finish");
    assert_eq!(
        written,
        FeeBatch {
            done: n - 1,
            skipped: 0,
            lost: 1
        }
    );
    let totals = store.ledger_totals().await.expect("totals");
    assert_eq!(totals.entries, before + n - 1);
    assert!(totals.mismatches.is_empty(), "{:?}", totals.mismatches);
    // Finishing again finds nothing of A's: nothing is written twice.
    let again = store
        .finish_fee_batch(
            "A",
            1_000,
            1_303,
            &charges(&batch, |j| j.dedupe_key.clone()),
        )
        .await
        .expect("finish");
    assert_eq!(
        again,
        FeeBatch {
            done: 0,
            skipped: 0,
            lost: n
        }
    );
    assert_eq!(
        store.ledger_totals().await.expect("totals").entries,
        totals.entries
    );

    // The next period: a charge whose effect key exists already is skipped, with no entry.
    assert_eq!(
        store
            .enqueue_period_fees(kind, "2031-02-01", 2_000, 2_000)
            .await
            .expect("enqueue"),
        n
    );
    let next = store
        .claim_jobs("A", kind, 2_000, 300, 1_000)
        .await
        .expect("claim");
    let used = batch[1].dedupe_key.clone();
    let first = next[0].id;
    let written = store
        .finish_fee_batch(
            "A",
            2_000,
            2_001,
            &charges(&next, |j| {
                if j.id == first {
                    used.clone()
                } else {
                    j.dedupe_key.clone()
                }
            }),
        )
        .await
        .expect("finish");
    assert_eq!(
        written,
        FeeBatch {
            done: n - 1,
            skipped: 1,
            lost: 0
        }
    );
    let after = store.ledger_totals().await.expect("totals");
    assert_eq!(after.entries, totals.entries + n - 1);
    assert!(after.mismatches.is_empty(), "{:?}", after.mismatches);
    let outcomes: HashSet<(i64, String)> = store
        .jobs_overview(1_000)
        .await
        .expect("overview")
        .into_iter()
        .filter(|j| j.id == first || j.id == batch[0].id)
        .map(|j| {
            (
                j.id,
                j.runs
                    .iter()
                    .map(|r| r.outcome.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            )
        })
        .collect();
    assert!(
        outcomes.contains(&(first, "skipped".to_owned())),
        "{outcomes:?}"
    );
    assert!(
        outcomes.contains(&(batch[0].id, "done,lost,lost".to_owned())),
        "B's run, then A's two: {outcomes:?}"
    );
}

#[tokio::test]
async fn sqlite_a_fee_batch_writes_only_the_jobs_still_its_own() {
    a_fee_batch_writes_only_the_jobs_still_its_own(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_a_fee_batch_writes_only_the_jobs_still_its_own() {
    a_fee_batch_writes_only_the_jobs_still_its_own(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_concurrent_claim_loops_take_each_job_once() {
    concurrent_claim_loops_take_each_job_once(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_concurrent_claim_loops_take_each_job_once() {
    concurrent_claim_loops_take_each_job_once(Backend::Postgres).await;
}

#[tokio::test]
async fn sqlite_a_lease_that_ran_out_moves_the_job() {
    a_lease_that_ran_out_moves_the_job_and_the_old_runner_cannot_finish(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_a_lease_that_ran_out_moves_the_job() {
    a_lease_that_ran_out_moves_the_job_and_the_old_runner_cannot_finish(Backend::Postgres).await;
}
