//! The accruals called directly on the store: `accrue_blocking_fees` (one fee per account and
//! day after the free days) and `charge_monthly_fees` (one fee per item and month), however
//! often they run.

use chrono::{DateTime, Days, Utc};
use server::domain::password::Hasher;
use server::domain::services::{accrue_blocking_fees, charge_monthly_fees};
use server::store::Store;
use server::store::identity::Lookup;
use server::store::money::HistoryFilter;
use server::store::services::{Applied, NewActivation, NewSubscription, ServiceChange};
use shared::Money;
use shared::api::services::{ActivationAction, ActivationChannel, ConnectedKind};
use shared::tariff::periods_after;

use crate::helpers::{Backend, fresh_database};

async fn block_since(store: &dyn Store, customer: i64, account: i64, at: i64, variant: &str) {
    let mut change = block_change(customer, account, at);
    change.open[0].variant = Some(variant.into());
    assert_eq!(
        store.apply_change(None, &change).await.expect("block"),
        Applied::Done
    );
}

fn block_change(customer: i64, account: i64, at: i64) -> ServiceChange {
    ServiceChange {
        customer_id: customer,
        account_id: account,
        at,
        charge: Money::ZERO,
        expect_tariff: None,
        period_fee: None,
        set_tariff: None,
        close_kind: None,
        close_fallback: None,
        refuse_if_active: None,
        limit: None,
        open: vec![NewSubscription {
            kind: ConnectedKind::Block,
            item_id: "voluntary".into(),
            name: "Добровольная блокировка".into(),
            monthly_fee: Money::ZERO,
            variant: Some("temporary".into()),
            started_at: at,
        }],
        entries: Vec::new(),
        log: vec![NewActivation {
            account_id: account,
            at,
            action: ActivationAction::Connected,
            kind: ConnectedKind::Block,
            item_id: "voluntary".into(),
            name: "Добровольная блокировка".into(),
            channel: ActivationChannel::Web,
            actor: "test".into(),
        }],
    }
}

async fn fees(store: &dyn Store, account: i64) -> Vec<i64> {
    let filter = HistoryFilter {
        kind: Some(shared::ledger::EntryKind::ServiceFee),
        limit: 1000,
        ..HistoryFilter::default()
    };
    store
        .history(account, &filter)
        .await
        .expect("history")
        .into_iter()
        .filter(|e| matches!(e.explanation, shared::ledger::Explanation::BlockDay { .. }))
        .map(|e| e.amount.kopecks())
        .collect()
}

async fn daily_block_fees_accrue_once_per_day(backend: Backend) {
    let (url, _guard) = fresh_database(backend).await;
    let store = server::store::connect(&url, 2).await.expect("connect");
    let now: DateTime<Utc> = Utc::now();
    server::demo::seed(store.as_ref(), &Hasher::new(1024, 1), now.timestamp())
        .await
        .expect("seed");
    let customer = store
        .find_customer(Lookup::Login("ivanov"))
        .await
        .expect("lookup")
        .expect("demo");
    let accounts = store.accounts_of(customer).await.expect("accounts");
    let mobile = accounts
        .iter()
        .find(|a| a.kind == "mobile")
        .expect("mobile");
    // Blocked 20 days ago: days 15 to 21 (today) cost the fee, 7 days.
    let started = now - chrono::Duration::days(20);
    block_since(
        store.as_ref(),
        customer,
        mobile.id,
        started.timestamp(),
        "temporary",
    )
    .await;
    let balance = |id: i64| {
        let store = store.clone();
        async move {
            store
                .accounts_of(customer)
                .await
                .expect("accounts")
                .into_iter()
                .find(|a| a.id == id)
                .expect("account")
                .balance
        }
    };
    let before = balance(mobile.id).await;
    assert_eq!(
        accrue_blocking_fees(store.as_ref(), now)
            .await
            .expect("accrue"),
        7
    );
    assert_eq!(fees(store.as_ref(), mobile.id).await, vec![-100; 7]);
    // Charged through today: the next run has nothing of this block to walk; tomorrow it
    // resumes from today, not from the first day.
    let since = now.timestamp() - 40 * 86_400;
    let today = now.date_naive().to_string();
    let due = store.accruing_blocks(since, &today).await.expect("due");
    assert!(due.iter().all(|b| b.account_id != mobile.id), "{due:?}");
    let tomorrow = now.date_naive().succ_opt().expect("date").to_string();
    let due = store.accruing_blocks(since, &tomorrow).await.expect("due");
    let block = due
        .iter()
        .find(|b| b.account_id == mobile.id)
        .expect("due tomorrow");
    assert_eq!(block.charged_through.as_deref(), Some(today.as_str()));
    // Again, and twice at once: nothing more.
    assert_eq!(
        accrue_blocking_fees(store.as_ref(), now)
            .await
            .expect("accrue"),
        0
    );
    let (a, b) = tokio::join!(
        accrue_blocking_fees(store.as_ref(), now),
        accrue_blocking_fees(store.as_ref(), now)
    );
    assert_eq!(a.expect("a") + b.expect("b"), 0);
    let after = balance(mobile.id).await;
    assert_eq!(after.kopecks(), before.kopecks() - 700);
    // Tomorrow adds one day; a run that was missed catches up.
    let later = now.checked_add_days(Days::new(3)).expect("date");
    assert_eq!(
        accrue_blocking_fees(store.as_ref(), later)
            .await
            .expect("accrue"),
        3
    );
    assert_eq!(fees(store.as_ref(), mobile.id).await.len(), 10);
    let totals = store.ledger_totals().await.expect("totals");
    assert!(totals.mismatches.is_empty(), "{:?}", totals.mismatches);
    // A permanent block costs nothing; a block inside its free days neither.
    let ural = store
        .find_customer(Lookup::Login("uralsvyaz"))
        .await
        .expect("lookup")
        .expect("demo");
    let theirs = store.accounts_of(ural).await.expect("accounts");
    let theirs = theirs.iter().find(|a| a.kind == "mobile").expect("mobile");
    block_since(
        store.as_ref(),
        ural,
        theirs.id,
        (now - chrono::Duration::days(30)).timestamp(),
        "permanent",
    )
    .await;
    assert_eq!(
        accrue_blocking_fees(store.as_ref(), later)
            .await
            .expect("accrue"),
        0
    );
    assert!(fees(store.as_ref(), theirs.id).await.is_empty());
}

async fn monthly_fees_are_charged_once_per_period(backend: Backend) {
    let (url, _guard) = fresh_database(backend).await;
    let store = server::store::connect(&url, 2).await.expect("connect");
    let now: DateTime<Utc> = Utc::now();
    server::demo::seed(store.as_ref(), &Hasher::new(1024, 1), now.timestamp())
        .await
        .expect("seed");
    // The demo seed has charged everything due already.
    assert_eq!(
        charge_monthly_fees(store.as_ref(), now)
            .await
            .expect("charge"),
        0
    );
    let customer = store
        .find_customer(Lookup::Login("ivanov"))
        .await
        .expect("lookup")
        .expect("demo");
    let accounts = store.accounts_of(customer).await.expect("accounts");
    let mobile = accounts
        .iter()
        .find(|a| a.kind == "mobile")
        .expect("mobile");
    let started = now - chrono::Duration::days(70);
    let mut change = block_change(customer, mobile.id, started.timestamp());
    change.open[0].kind = ConnectedKind::Option;
    change.open[0].item_id = "messengers".into();
    change.open[0].name = "Безлимитные мессенджеры".into();
    change.open[0].monthly_fee = Money::from_kopecks(9_900);
    change.open[0].variant = None;
    assert_eq!(
        store.apply_change(None, &change).await.expect("open"),
        Applied::Done
    );
    let due = periods_after(started.date_naive(), now.date_naive()).len() as u64;
    assert!(due >= 2, "70 days span at least two new months");
    assert_eq!(
        charge_monthly_fees(store.as_ref(), now)
            .await
            .expect("charge"),
        due
    );
    let (a, b) = tokio::join!(
        charge_monthly_fees(store.as_ref(), now),
        charge_monthly_fees(store.as_ref(), now)
    );
    assert_eq!(a.expect("a") + b.expect("b"), 0, "once per period");
    let item = store
        .subscriptions(mobile.id, true)
        .await
        .expect("items")
        .into_iter()
        .find(|s| s.item_id == "messengers")
        .expect("connected");
    assert_eq!(
        item.cost.kopecks(),
        9_900 * i64::try_from(due).expect("due")
    );
    // Ended: the periods after are not charged.
    let log = NewActivation {
        account_id: mobile.id,
        at: now.timestamp(),
        action: ActivationAction::Disconnected,
        kind: ConnectedKind::Option,
        item_id: "messengers".into(),
        name: "Безлимитные мессенджеры".into(),
        channel: ActivationChannel::Web,
        actor: "test".into(),
    };
    assert!(
        store
            .end_subscription(mobile.id, item.id, now.timestamp(), &log)
            .await
            .expect("end")
    );
    // Two months on, the items still connected (the demo's) are charged; the ended one not.
    let later = now.checked_add_days(Days::new(62)).expect("date");
    assert!(
        charge_monthly_fees(store.as_ref(), later)
            .await
            .expect("charge")
            > 0
    );
    let ended = store
        .subscriptions(mobile.id, false)
        .await
        .expect("items")
        .into_iter()
        .find(|s| s.id == item.id)
        .expect("ended item");
    assert_eq!(ended.cost, item.cost);
    let totals = store.ledger_totals().await.expect("totals");
    assert!(totals.mismatches.is_empty(), "{:?}", totals.mismatches);
}

#[tokio::test]
async fn monthly_fees_are_charged_once_per_period_sqlite() {
    monthly_fees_are_charged_once_per_period(Backend::Sqlite).await;
}

#[tokio::test]
async fn monthly_fees_are_charged_once_per_period_postgres() {
    monthly_fees_are_charged_once_per_period(Backend::Postgres).await;
}

#[tokio::test]
async fn daily_block_fees_accrue_once_per_day_sqlite() {
    daily_block_fees_accrue_once_per_day(Backend::Sqlite).await;
}

#[tokio::test]
async fn daily_block_fees_accrue_once_per_day_postgres() {
    daily_block_fees_accrue_once_per_day(Backend::Postgres).await;
}
