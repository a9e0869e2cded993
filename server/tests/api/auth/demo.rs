use server::domain::password::Hasher;
use server::store::identity::Lookup;

use crate::helpers::{Backend, fresh_database};

/// Seeding twice changes nothing; every demo account is found by its numbers.
async fn demo_seed_is_idempotent(backend: Backend) {
    let (url, _guard) = fresh_database(backend).await;
    let store = server::store::connect(&url, 2).await.expect("connect");
    let hasher = Hasher::new(1024, 1);
    server::demo::seed(store.as_ref(), &hasher, 0)
        .await
        .expect("seed");
    let first = store.web_account(1).await.expect("read");
    server::demo::seed(store.as_ref(), &hasher, 0)
        .await
        .expect("seed again");
    assert_eq!(
        store.web_account(1).await.expect("read"),
        first,
        "the password is not re-hashed"
    );
    let mut customers = std::collections::HashSet::new();
    for demo in server::demo::CUSTOMERS {
        for account in demo.accounts {
            let id = store
                .find_customer(Lookup::Account(account.account_number))
                .await
                .expect("lookup")
                .expect("seeded");
            customers.insert(id);
            let by_contract = store
                .find_customer(Lookup::Contract(account.contract_number))
                .await
                .expect("lookup");
            assert_eq!(by_contract, Some(id));
        }
    }
    assert_eq!(customers.len(), server::demo::CUSTOMERS.len());
    assert!(server::demo::IDENTITIES.len() >= server::demo::CUSTOMERS.len());
}

#[tokio::test]
async fn demo_seed_is_idempotent_sqlite() {
    demo_seed_is_idempotent(Backend::Sqlite).await;
}

#[tokio::test]
async fn demo_seed_is_idempotent_postgres() {
    demo_seed_is_idempotent(Backend::Postgres).await;
}
