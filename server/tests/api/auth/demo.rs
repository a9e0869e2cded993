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

/// A mobile number is one mobile account's: a second account with it is refused whole (the
/// customer with it is not written either), and sign-in by phone finds exactly one customer.
async fn a_mobile_number_belongs_to_one_account(backend: Backend) {
    use server::store::identity::{NewCustomer, NewServiceAccount};
    let (url, _guard) = fresh_database(backend).await;
    let store = server::store::connect(&url, 2).await.expect("connect");
    server::demo::seed(store.as_ref(), &Hasher::new(1024, 1), 0)
        .await
        .expect("seed");
    let taken = server::demo::CUSTOMERS
        .iter()
        .flat_map(|c| c.accounts.iter())
        .find(|a| a.kind == "mobile")
        .and_then(|a| a.phone)
        .expect("a demo mobile number");
    let owner = store
        .find_customer(Lookup::Phone(taken))
        .await
        .expect("lookup")
        .expect("owner");
    let customer = NewCustomer {
        external_ref: "dup-phone",
        legal_status: "individual",
        full_name: Some("Петров Пётр Петрович"),
        company_name: None,
        birth_date: Some("1990-01-01"),
        passport_series: None,
        passport_number: None,
        inn: None,
        kpp: None,
        ogrn: None,
        ogrnip: None,
        email: None,
    };
    let second = NewServiceAccount {
        account_number: "999000111",
        contract_number: "DUP-000001",
        kind: "mobile",
        region_code: "moscow",
        phone: Some(taken),
        iccid: None,
        address: None,
        smart_card: None,
        chip_id: None,
    };
    assert!(
        store
            .insert_customer(&customer, std::slice::from_ref(&second))
            .await
            .is_err(),
        "a second mobile account with {taken} must be refused"
    );
    assert_eq!(
        store
            .find_customer(Lookup::Account("999000111"))
            .await
            .expect("lookup"),
        None,
        "nothing of the refused customer is kept"
    );
    assert_eq!(
        store
            .find_customer(Lookup::Phone(taken))
            .await
            .expect("lookup"),
        Some(owner)
    );
    // The same customer with a number of its own is welcome.
    let own = NewServiceAccount {
        phone: Some("+79990001122"),
        ..second
    };
    assert!(
        store
            .insert_customer(&customer, &[own])
            .await
            .expect("insert")
    );
}

#[tokio::test]
async fn a_mobile_number_belongs_to_one_account_sqlite() {
    a_mobile_number_belongs_to_one_account(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_mobile_number_belongs_to_one_account_postgres() {
    a_mobile_number_belongs_to_one_account(Backend::Postgres).await;
}
