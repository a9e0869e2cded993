//! The job queue itself, against each database directly: concurrent claim loops take each
//! job once, a lease that runs out lets another runner take the job over, and the runner
//! that lost it cannot finish it too.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use server::store::Store;
use server::store::jobs::{Finish, JobEffect, NewJob};

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
