//! Identity SQL for sign-in with an OpenID Connect provider: requests in flight and linked
//! provider accounts. Methods of `impl IdentityStore`, chained by
//! [`identity_store_impl!`](super::sql).

macro_rules! oidc_methods {
    ($store:ty; $($rest:tt)*) => {
        code_methods! { $store;
        async fn put_oidc_state(
            &self,
            state_hash: &str,
            r: &$crate::store::identity::OidcStateRecord,
        ) -> Result<(), $crate::store::StoreError> {
            sqlx::query(
                "INSERT INTO oidc_states (state_hash, nonce, pkce_verifier, customer_id, \
                 created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(state_hash)
            .bind(&r.nonce)
            .bind(&r.pkce_verifier)
            .bind(r.customer_id)
            .bind(r.created_at)
            .execute(&self.writer)
            .await?;
            Ok(())
        }

        async fn take_oidc_state(
            &self,
            state_hash: &str,
        ) -> Result<Option<$crate::store::identity::OidcStateRecord>, $crate::store::StoreError> {
            let row: Option<(String, String, Option<i64>, i64)> = sqlx::query_as(
                "DELETE FROM oidc_states WHERE state_hash = $1 \
                 RETURNING nonce, pkce_verifier, customer_id, created_at",
            )
            .bind(state_hash)
            .fetch_optional(&self.writer)
            .await?;
            Ok(row.map(|r| $crate::store::identity::OidcStateRecord {
                nonce: r.0,
                pkce_verifier: r.1,
                customer_id: r.2,
                created_at: r.3,
            }))
        }

        async fn oidc_customer(
            &self,
            issuer: &str,
            subject: &str,
        ) -> Result<Option<i64>, $crate::store::StoreError> {
            let row: Option<(i64,)> = sqlx::query_as(
                "SELECT customer_id FROM oidc_links WHERE issuer = $1 AND subject = $2",
            )
            .bind(issuer)
            .bind(subject)
            .fetch_optional(&self.pool)
            .await?;
            Ok(row.map(|r| r.0))
        }

        async fn link_oidc(
            &self,
            customer: i64,
            issuer: &str,
            subject: &str,
            now: i64,
        ) -> Result<i64, $crate::store::StoreError> {
            sqlx::query(
                "INSERT INTO oidc_links (customer_id, issuer, subject, created_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(customer)
            .bind(issuer)
            .bind(subject)
            .bind(now)
            .execute(&self.writer)
            .await?;
            let (owner,): (i64,) = sqlx::query_as(
                "SELECT customer_id FROM oidc_links WHERE issuer = $1 AND subject = $2",
            )
            .bind(issuer)
            .bind(subject)
            .fetch_one(&self.pool)
            .await?;
            Ok(owner)
        }

        async fn oidc_links_of(
            &self,
            customer: i64,
        ) -> Result<Vec<$crate::store::identity::OidcLinkRecord>, $crate::store::StoreError> {
            let rows: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT issuer, subject, created_at FROM oidc_links WHERE customer_id = $1 \
                 ORDER BY created_at, issuer, subject",
            )
            .bind(customer)
            .fetch_all(&self.pool)
            .await?;
            Ok(rows
                .into_iter()
                .map(|r| $crate::store::identity::OidcLinkRecord {
                    issuer: r.0,
                    subject: r.1,
                    created_at: r.2,
                })
                .collect())
        }

        async fn unlink_oidc(
            &self,
            customer: i64,
            issuer: &str,
            subject: &str,
        ) -> Result<bool, $crate::store::StoreError> {
            let done = sqlx::query(
                "DELETE FROM oidc_links WHERE customer_id = $1 AND issuer = $2 AND subject = $3",
            )
            .bind(customer)
            .bind(issuer)
            .bind(subject)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected() == 1)
        }
 $($rest)* }
    };
}
