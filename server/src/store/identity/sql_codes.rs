//! Identity SQL for one-time codes, throttling, challenges, housekeeping
//! and the outbox: methods of `impl IdentityStore`, chained by
//! [`identity_store_impl!`](super::sql).

macro_rules! code_methods {
    ($store:ty; $($rest:tt)*) => {
        #[async_trait::async_trait]
        impl $crate::store::identity::IdentityStore for $store {

        async fn put_code(
            &self,
            purpose: &str,
            subject: &str,
            customer: Option<i64>,
            code_hash: &str,
            now: i64,
        ) -> Result<(), $crate::store::StoreError> {
            sqlx::query(
                "INSERT INTO one_time_codes (purpose, subject, customer_id, code_hash, \
                 sent_at, attempts) VALUES ($1, $2, $3, $4, $5, 0) \
                 ON CONFLICT (purpose, subject) DO UPDATE SET customer_id = $3, \
                 code_hash = $4, sent_at = $5, attempts = 0",
            )
            .bind(purpose)
            .bind(subject)
            .bind(customer)
            .bind(code_hash)
            .bind(now)
            .execute(&self.writer)
            .await?;
            Ok(())
        }

        async fn code(
            &self,
            purpose: &str,
            subject: &str,
        ) -> Result<Option<$crate::store::identity::CodeRecord>, $crate::store::StoreError> {
            let row: Option<(Option<i64>, String, i64, i64)> = sqlx::query_as(
                "SELECT customer_id, code_hash, sent_at, attempts FROM one_time_codes \
                 WHERE purpose = $1 AND subject = $2",
            )
            .bind(purpose)
            .bind(subject)
            .fetch_optional(&self.pool)
            .await?;
            Ok(row.map(|r| $crate::store::identity::CodeRecord {
                customer_id: r.0,
                code_hash: r.1,
                sent_at: r.2,
                attempts: r.3,
            }))
        }

        async fn reserve_code_attempt(
            &self,
            purpose: &str,
            subject: &str,
            max_attempts: i64,
        ) -> Result<Option<$crate::store::identity::CodeRecord>, $crate::store::StoreError> {
            let row: Option<(Option<i64>, String, i64, i64)> = sqlx::query_as(
                "UPDATE one_time_codes SET attempts = attempts + 1 \
                 WHERE purpose = $1 AND subject = $2 AND attempts < $3 \
                 RETURNING customer_id, code_hash, sent_at, attempts",
            )
            .bind(purpose)
            .bind(subject)
            .bind(max_attempts)
            .fetch_optional(&self.writer)
            .await?;
            Ok(row.map(|r| $crate::store::identity::CodeRecord {
                customer_id: r.0,
                code_hash: r.1,
                sent_at: r.2,
                attempts: r.3,
            }))
        }

        async fn consume_code(
            &self,
            purpose: &str,
            subject: &str,
            code_hash: &str,
        ) -> Result<bool, $crate::store::StoreError> {
            let done = sqlx::query(
                "DELETE FROM one_time_codes WHERE purpose = $1 AND subject = $2 \
                 AND code_hash = $3",
            )
            .bind(purpose)
            .bind(subject)
            .bind(code_hash)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn throttle(
            &self,
            key: &str,
        ) -> Result<Option<$crate::store::identity::ThrottleRecord>, $crate::store::StoreError> {
            let row: Option<(i64, i64, i64)> = sqlx::query_as(
                "SELECT failures, locked_until, updated_at FROM auth_throttle WHERE key = $1",
            )
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
            Ok(row.map(|r| $crate::store::identity::ThrottleRecord {
                failures: r.0,
                locked_until: r.1,
                updated_at: r.2,
            }))
        }

        async fn count_failure(
            &self,
            key: &str,
            now: i64,
            window_start: i64,
        ) -> Result<i64, $crate::store::StoreError> {
            let (failures,): (i64,) = sqlx::query_as(
                "INSERT INTO auth_throttle (key, failures, locked_until, updated_at) \
                 VALUES ($1, 1, 0, $2) ON CONFLICT (key) DO UPDATE SET \
                 failures = CASE WHEN auth_throttle.updated_at < $3 THEN 1 \
                 ELSE auth_throttle.failures + 1 END, updated_at = $2 RETURNING failures",
            )
            .bind(key)
            .bind(now)
            .bind(window_start)
            .fetch_one(&self.writer)
            .await?;
            Ok(failures)
        }

        async fn reserve_attempt(
            &self,
            key: &str,
            now: i64,
            window_start: i64,
            free: i64,
            hold_until: i64,
        ) -> Result<Option<i64>, $crate::store::StoreError> {
            // One statement: the row lock of the upsert orders attempts sent at once, and the
            // attempt that reaches `free` locks the key for the others before it is judged.
            let row: Option<(i64,)> = sqlx::query_as(
                "INSERT INTO auth_throttle (key, failures, locked_until, updated_at) \
                 VALUES ($1, 1, CASE WHEN 1 >= $4 THEN $5 ELSE 0 END, $2) \
                 ON CONFLICT (key) DO UPDATE SET \
                 failures = CASE WHEN auth_throttle.updated_at < $3 THEN 1 \
                 ELSE auth_throttle.failures + 1 END, \
                 locked_until = CASE WHEN (CASE WHEN auth_throttle.updated_at < $3 THEN 1 \
                 ELSE auth_throttle.failures + 1 END) >= $4 THEN $5 \
                 ELSE auth_throttle.locked_until END, \
                 updated_at = $2 \
                 WHERE auth_throttle.locked_until <= $2 RETURNING failures",
            )
            .bind(key)
            .bind(now)
            .bind(window_start)
            .bind(free)
            .bind(hold_until)
            .fetch_optional(&self.writer)
            .await?;
            Ok(row.map(|r| r.0))
        }

        async fn release_attempt(
            &self,
            key: &str,
            hold_until: i64,
        ) -> Result<(), $crate::store::StoreError> {
            sqlx::query(
                "UPDATE auth_throttle SET \
                 failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END, \
                 locked_until = CASE WHEN locked_until = $2 THEN 0 ELSE locked_until END \
                 WHERE key = $1",
            )
            .bind(key)
            .bind(hold_until)
            .execute(&self.writer)
            .await?;
            Ok(())
        }

        async fn lock_until(&self, key: &str, until: i64) -> Result<(), $crate::store::StoreError> {
            sqlx::query("UPDATE auth_throttle SET locked_until = $2 WHERE key = $1")
                .bind(key)
                .bind(until)
                .execute(&self.writer)
                .await?;
            Ok(())
        }

        async fn clear_throttle(&self, key: &str) -> Result<(), $crate::store::StoreError> {
            sqlx::query("DELETE FROM auth_throttle WHERE key = $1")
                .bind(key)
                .execute(&self.writer)
                .await?;
            Ok(())
        }

        async fn use_challenge(
            &self,
            nonce: &str,
            expires_at: i64,
        ) -> Result<bool, $crate::store::StoreError> {
            let done = sqlx::query(
                "INSERT INTO used_challenges (nonce, expires_at) VALUES ($1, $2) \
                 ON CONFLICT (nonce) DO NOTHING",
            )
            .bind(nonce)
            .bind(expires_at)
            .execute(&self.writer)
            .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn prune(
            &self,
            c: &$crate::store::identity::Cutoffs,
        ) -> Result<u64, $crate::store::StoreError> {
            let mut tx = self.writer.begin().await?;
            let mut deleted =
                sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
                    .bind(c.idle_before)
                    .bind(c.started_before)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            deleted += sqlx::query("DELETE FROM one_time_codes WHERE sent_at < $1")
                .bind(c.codes_before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            deleted += sqlx::query("DELETE FROM used_challenges WHERE expires_at < $1")
                .bind(c.now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            deleted += sqlx::query(
                "DELETE FROM auth_throttle WHERE updated_at < $1 AND locked_until < $2",
            )
            .bind(c.throttle_before)
            .bind(c.now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            deleted += sqlx::query("DELETE FROM oidc_states WHERE created_at < $1")
                .bind(c.now - $crate::store::identity::OIDC_STATE_LIFETIME_SECS)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            tx.commit().await?;
            Ok(deleted)
        }

        async fn push_outbox(
            &self,
            channel: &str,
            recipient: &str,
            subject: &str,
            body: &str,
            now: i64,
        ) -> Result<(), $crate::store::StoreError> {
            sqlx::query(
                "INSERT INTO outbox (channel, recipient, subject, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(channel)
            .bind(recipient)
            .bind(subject)
            .bind(body)
            .bind(now)
            .execute(&self.writer)
            .await?;
            Ok(())
        }

        async fn outbox(
            &self,
            recipient: Option<&str>,
        ) -> Result<Vec<$crate::store::identity::OutboxRow>, $crate::store::StoreError> {
            let rows: Vec<(i64, String, String, String, String, i64)> = sqlx::query_as(
                "SELECT id, channel, recipient, subject, body, created_at FROM outbox \
                 WHERE $1 = '' OR recipient = $1 ORDER BY id DESC LIMIT 200",
            )
            .bind(recipient.unwrap_or(""))
            .fetch_all(&self.pool)
            .await?;
            Ok(rows
                .into_iter()
                .map(|r| $crate::store::identity::OutboxRow {
                    id: r.0,
                    channel: r.1,
                    recipient: r.2,
                    subject: r.3,
                    body: r.4,
                    created_at: r.5,
                })
                .collect())
        }

            $($rest)*
        }
    };
}
