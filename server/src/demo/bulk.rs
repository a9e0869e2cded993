//! Accounts in bulk, for the scale benchmark (`tools/scale/run.sh`) and the tests of the fee
//! run at size: customers with one mobile account each (a number of its own) on the
//! catalogue's dearest mobile tariff, next to the demo data, added in set-based statements of
//! [`CHUNK`] rows on either database (sqlx's `Any` driver: the same SQL on both).

use sqlx::{Any, AnyPool, Executor};

/// Rows per statement (and transaction).
pub const CHUNK: i64 = 100_000;

/// What [`seed_accounts`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkSeed {
    /// Bulk accounts now in the database (those of earlier calls included).
    pub accounts: i64,
    /// Added by this call.
    pub added: i64,
    pub tariff: String,
}

async fn pool(url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    sqlx::pool::PoolOptions::<Any>::new()
        .max_connections(1)
        .connect(url)
        .await
}

/// Brings the bulk accounts of the database at `url` (migrated and demo-seeded by the
/// server) up to `accounts`; `progress` hears the count after each chunk.
pub async fn seed_accounts(
    url: &str,
    accounts: i64,
    mut progress: impl FnMut(i64),
) -> Result<BulkSeed, sqlx::Error> {
    let pool = pool(url).await?;
    let (tariff,): (String,) = sqlx::query_as(
        "SELECT id FROM tariffs WHERE service = 'mobile' AND monthly_fee > 0 \
         ORDER BY monthly_fee DESC, id LIMIT 1",
    )
    .fetch_one(&pool)
    .await?;
    let (have,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM customers WHERE external_ref LIKE 'bulk-%'")
            .fetch_one(&pool)
            .await?;
    let mut from = have;
    while from < accounts {
        let to = (from + CHUNK).min(accounts);
        let mut tx = pool.begin().await?;
        // Customers n = from+1 ..= to, then an account for each customer without one, then
        // the tariff of each account without one.
        let customers = sqlx::query(
            "WITH RECURSIVE g(n) AS (SELECT CAST($1 AS BIGINT) + 1 UNION ALL \
             SELECT n + 1 FROM g WHERE n < CAST($2 AS BIGINT)) \
             INSERT INTO customers (external_ref, legal_status, full_name) \
             SELECT 'bulk-' || n, 'individual', 'Абонент ' || n FROM g",
        )
        .bind(from)
        .bind(to);
        let accounts_of = sqlx::query(
            "INSERT INTO service_accounts (customer_id, account_number, contract_number, kind, \
             region_code, phone) SELECT c.id, 'BK' || c.id, 'BKC' || c.id, 'mobile', 'moscow', \
             '+7' || (9990000000 + c.id) FROM customers c \
             WHERE c.id > (SELECT COALESCE(MAX(customer_id), 0) FROM service_accounts) \
             AND c.external_ref LIKE 'bulk-%'",
        );
        let tariffs_of = sqlx::query(
            "INSERT INTO account_tariffs (service_account_id, tariff_id, since) \
             SELECT a.id, $1, 0 FROM service_accounts a \
             WHERE a.id > (SELECT COALESCE(MAX(service_account_id), 0) FROM account_tariffs) \
             AND a.account_number LIKE 'BK%'",
        )
        .bind(tariff.clone());
        for q in [customers, accounts_of, tariffs_of] {
            tx.execute(q).await?;
        }
        tx.commit().await?;
        from = to;
        progress(to);
    }
    // Fresh statistics, as a database that grew over years would have.
    pool.execute("ANALYZE").await?;
    Ok(BulkSeed {
        accounts: from.max(accounts),
        added: from.max(have) - have,
        tariff,
    })
}
