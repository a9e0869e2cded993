//! What every backend implements the same way.

/// Starts a transaction that holds the customer's row until it ends: on PostgreSQL a row
/// lock, on SQLite the database write lock (the first statement writes). Limited inserts
/// count and insert inside it, so concurrent requests queue instead of passing a limit.
macro_rules! begin_for_customer {
    ($pool:expr, $customer:expr) => {{
        let mut tx = $pool.begin().await?;
        sqlx::query("UPDATE customers SET external_ref = external_ref WHERE id = $1")
            .bind($customer)
            .execute(&mut *tx)
            .await?;
        tx
    }};
}

/// Converts a row count for a [`LimitRule`](super::LimitRule).
pub(crate) fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// The [`Store`](super::Store) methods of both backends, written once: `$N` placeholders
/// work on SQLite and PostgreSQL alike.
macro_rules! core_store {
    ($store:ty, $backend:expr) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            fn backend(&self) -> $crate::store::Backend {
                $backend
            }

            async fn ping(&self) -> Result<(), $crate::store::StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn regions(
                &self,
            ) -> Result<Vec<shared::api::regions::Region>, $crate::store::StoreError> {
                let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                    "SELECT code, name_ru, name_en, timezone FROM regions ORDER BY code",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(
                        |(code, name_ru, name_en, timezone)| shared::api::regions::Region {
                            code,
                            name_ru,
                            name_en,
                            timezone,
                        },
                    )
                    .collect())
            }

            async fn insert_regions(
                &self,
                regions: &[$crate::store::NewRegion<'_>],
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                let mut inserted = 0;
                for r in regions {
                    inserted += sqlx::query(
                        "INSERT INTO regions (code, name_ru, name_en, timezone) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING",
                    )
                    .bind(r.code)
                    .bind(r.name_ru)
                    .bind(r.name_en)
                    .bind(r.timezone)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                tx.commit().await?;
                Ok(inserted)
            }
        }
    };
}
