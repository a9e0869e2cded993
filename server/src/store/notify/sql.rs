//! The contacts and notifications SQL, once for both databases.

/// `impl NotifyStore` for a store with a `pool` field of the backend's pool type.
macro_rules! notify_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::notify::NotifyStore for $store {
            async fn contact_phone(
                &self,
                customer: i64,
            ) -> Result<Option<String>, $crate::store::StoreError> {
                let row: Option<(Option<String>,)> =
                    sqlx::query_as("SELECT contact_phone FROM web_accounts WHERE customer_id = $1")
                        .bind(customer)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.and_then(|r| r.0))
            }

            async fn set_contact_email(
                &self,
                customer: i64,
                email: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query("UPDATE web_accounts SET email = $2 WHERE customer_id = $1")
                    .bind(customer)
                    .bind(email)
                    .execute(&self.writer)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_contact_phone(
                &self,
                customer: i64,
                phone: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE web_accounts SET contact_phone = $2 WHERE customer_id = $1",
                )
                .bind(customer)
                .bind(phone)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn notification_prefs(
                &self,
                customer: i64,
            ) -> Result<Vec<(String, String, bool)>, $crate::store::StoreError> {
                let rows: Vec<(String, String, i64)> = sqlx::query_as(
                    "SELECT event, channel, enabled FROM notification_prefs \
                     WHERE customer_id = $1",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(|(e, c, on)| (e, c, on != 0)).collect())
            }

            async fn set_notification_pref(
                &self,
                customer: i64,
                event: &str,
                channel: &str,
                enabled: bool,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "INSERT INTO notification_prefs (customer_id, event, channel, enabled) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (customer_id, event, channel) \
                     DO UPDATE SET enabled = $4",
                )
                .bind(customer)
                .bind(event)
                .bind(channel)
                .bind(i64::from(enabled))
                .execute(&self.writer)
                .await?;
                Ok(())
            }

            async fn insert_notification(
                &self,
                customer: i64,
                event: &str,
                title: &str,
                body: &str,
                now: i64,
            ) -> Result<i64, $crate::store::StoreError> {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO notifications (customer_id, event, title, body, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(customer)
                .bind(event)
                .bind(title)
                .bind(body)
                .bind(now)
                .fetch_one(&self.writer)
                .await?;
                Ok(id)
            }

            async fn notifications(
                &self,
                customer: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::notify::NotificationRow>, $crate::store::StoreError>
            {
                let rows: Vec<(i64, String, String, String, i64, Option<i64>)> = sqlx::query_as(
                    "SELECT id, event, title, body, created_at, read_at FROM notifications \
                         WHERE customer_id = $1 ORDER BY id DESC LIMIT $2",
                )
                .bind(customer)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::notify::NotificationRow {
                        id: r.0,
                        event: r.1,
                        title: r.2,
                        body: r.3,
                        created_at: r.4,
                        read: r.5.is_some(),
                    })
                    .collect())
            }

            async fn unread_notifications(
                &self,
                customer: i64,
            ) -> Result<i64, $crate::store::StoreError> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM notifications WHERE customer_id = $1 \
                     AND read_at IS NULL",
                )
                .bind(customer)
                .fetch_one(&self.pool)
                .await?;
                Ok(n)
            }

            async fn mark_notification_read(
                &self,
                customer: i64,
                id: i64,
                now: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE notifications SET read_at = COALESCE(read_at, $3) \
                     WHERE id = $1 AND customer_id = $2",
                )
                .bind(id)
                .bind(customer)
                .bind(now)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn mark_all_notifications_read(
                &self,
                customer: i64,
                now: i64,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE notifications SET read_at = $2 \
                     WHERE customer_id = $1 AND read_at IS NULL",
                )
                .bind(customer)
                .bind(now)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected())
            }
        }
    };
}
