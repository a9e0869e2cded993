//! Identity SQL for sessions and known devices: methods of `impl IdentityStore`, chained by
//! [`identity_store_impl!`](super::sql).

macro_rules! session_methods {
    ($store:ty; $($rest:tt)*) => {
        oidc_methods! { $store;
        async fn insert_session(
            &self,
            s: &$crate::store::identity::NewSession<'_>,
        ) -> Result<i64, $crate::store::StoreError> {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO sessions (token_hash, csrf_hash, customer_id, user_agent, ip, \
                 created_at, last_seen_at, must_change_password) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id",
            )
            .bind(s.token_hash)
            .bind(s.csrf_hash)
            .bind(s.customer_id)
            .bind(s.user_agent)
            .bind(s.ip)
            .bind(s.now)
            .bind(i64::from(s.must_change_password))
            .fetch_one(&self.writer)
            .await?;
            Ok(id)
        }

        async fn session_by_token(
            &self,
            token_hash: &str,
        ) -> Result<Option<$crate::store::identity::SessionRecord>, $crate::store::StoreError> {
            let sql = format!(
                "SELECT {} FROM sessions WHERE token_hash = $1",
                $crate::store::identity::sql::SESSION_COLUMNS
            );
            let row: Option<$crate::store::identity::sql::SessionRow> = sqlx::query_as(&sql)
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?;
            Ok(row.map($crate::store::identity::sql::session_from_row))
        }

        async fn touch_session(&self, id: i64, now: i64) -> Result<(), $crate::store::StoreError> {
            sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now)
                .execute(&self.writer)
                .await?;
            Ok(())
        }

        async fn clear_must_change(&self, id: i64) -> Result<(), $crate::store::StoreError> {
            sqlx::query("UPDATE sessions SET must_change_password = 0 WHERE id = $1")
                .bind(id)
                .execute(&self.writer)
                .await?;
            Ok(())
        }

        async fn sessions_of(
            &self,
            id: i64,
        ) -> Result<Vec<$crate::store::identity::SessionRecord>, $crate::store::StoreError> {
            let sql = format!(
                "SELECT {} FROM sessions WHERE customer_id = $1 \
                 ORDER BY last_seen_at DESC, id DESC",
                $crate::store::identity::sql::SESSION_COLUMNS
            );
            let rows: Vec<$crate::store::identity::sql::SessionRow> =
                sqlx::query_as(&sql).bind(id).fetch_all(&self.pool).await?;
            Ok(rows
                .into_iter()
                .map($crate::store::identity::sql::session_from_row)
                .collect())
        }

        async fn delete_session(
            &self,
            customer: i64,
            id: i64,
        ) -> Result<bool, $crate::store::StoreError> {
            let done = sqlx::query("DELETE FROM sessions WHERE id = $1 AND customer_id = $2")
                .bind(id)
                .bind(customer)
                .execute(&self.writer)
                .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn delete_sessions_except(
            &self,
            customer: i64,
            keep: Option<i64>,
        ) -> Result<u64, $crate::store::StoreError> {
            let done = sqlx::query("DELETE FROM sessions WHERE customer_id = $1 AND id <> $2")
                .bind(customer)
                .bind(keep.unwrap_or(-1))
                .execute(&self.writer)
                .await?;
            Ok(done.rows_affected())
        }

        async fn remember_device(
            &self,
            customer: i64,
            device: &str,
            now: i64,
        ) -> Result<(bool, i64), $crate::store::StoreError> {
            let inserted = sqlx::query(
                "INSERT INTO known_devices (customer_id, device, first_seen_at) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(customer)
            .bind(device)
            .bind(now)
            .execute(&self.writer)
            .await?
            .rows_affected();
            let (known,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM known_devices WHERE customer_id = $1")
                    .bind(customer)
                    .fetch_one(&self.pool)
                    .await?;
            Ok((inserted == 1, known))
        }
 $($rest)* }
    };
}
