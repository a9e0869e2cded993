//! The support SQL, once for both databases (`$N` placeholders, BIGINT times, bytes bound as
//! `&[u8]`, which is BLOB on SQLite and BYTEA on PostgreSQL).

/// `impl SupportStore` for a store with a `pool` field of the backend's pool type.
macro_rules! support_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::support::SupportStore for $store {
            async fn create_thread(
                &self,
                customer: i64,
                subject: &str,
                text: &str,
                now: i64,
                rule: $crate::store::LimitRule,
            ) -> Result<Result<i64, shared::ErrorCode>, $crate::store::StoreError> {
                let mut tx = begin_for_customer!(self.writer, customer);
                let (open,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM support_threads \
                     WHERE customer_id = $1 AND status <> 'closed'",
                )
                .bind(customer)
                .fetch_one(&mut *tx)
                .await?;
                if let Err(code) = rule($crate::store::core::count(open)) {
                    return Ok(Err(code));
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO support_threads (customer_id, subject, status, created_at, \
                     updated_at) VALUES ($1, $2, 'open', $3, $3) RETURNING id",
                )
                .bind(customer)
                .bind(subject)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO support_messages (thread_id, author, body, created_at) \
                     VALUES ($1, 'customer', $2, $3)",
                )
                .bind(id)
                .bind(text)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(Ok(id))
            }

            async fn threads(
                &self,
                customer: i64,
            ) -> Result<Vec<$crate::store::support::ThreadRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, i64, String, String, i64, i64)> = sqlx::query_as(
                    "SELECT id, customer_id, subject, status, created_at, updated_at \
                     FROM support_threads WHERE customer_id = $1 \
                     ORDER BY updated_at DESC, id DESC",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(thread_from_row).collect())
            }

            async fn thread(
                &self,
                customer: Option<i64>,
                id: i64,
            ) -> Result<Option<$crate::store::support::ThreadRow>, $crate::store::StoreError>
            {
                let row: Option<(i64, i64, String, String, i64, i64)> = sqlx::query_as(
                    "SELECT id, customer_id, subject, status, created_at, updated_at \
                     FROM support_threads WHERE id = $1 AND ($2 < 0 OR customer_id = $2)",
                )
                .bind(id)
                .bind(customer.unwrap_or(-1))
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(thread_from_row))
            }

            async fn thread_messages(
                &self,
                thread: i64,
            ) -> Result<Vec<$crate::store::support::MessageRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
                    "SELECT id, author, body, created_at FROM support_messages \
                     WHERE thread_id = $1 ORDER BY id",
                )
                .bind(thread)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::support::MessageRow {
                        id: r.0,
                        author: r.1,
                        body: r.2,
                        created_at: r.3,
                    })
                    .collect())
            }

            async fn add_message(
                &self,
                thread: i64,
                author: &str,
                text: &str,
                status: &str,
                now: i64,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                sqlx::query(
                    "INSERT INTO support_messages (thread_id, author, body, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(thread)
                .bind(author)
                .bind(text)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "UPDATE support_threads SET status = $2, updated_at = $3 WHERE id = $1",
                )
                .bind(thread)
                .bind(status)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_thread_status(
                &self,
                thread: i64,
                status: &str,
                now: i64,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE support_threads SET status = $2, updated_at = $3 WHERE id = $1",
                )
                .bind(thread)
                .bind(status)
                .bind(now)
                .execute(&self.writer)
                .await?;
                Ok(())
            }

            async fn attachments(
                &self,
                thread: i64,
            ) -> Result<Vec<$crate::store::support::AttachmentRow>, $crate::store::StoreError>
            {
                let rows: Vec<(String, String, String, i64, i64)> = sqlx::query_as(
                    "SELECT id, file_name, kind, size, created_at FROM support_attachments \
                     WHERE thread_id = $1 ORDER BY created_at, id",
                )
                .bind(thread)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(attachment_from_row).collect())
            }

            async fn insert_attachment(
                &self,
                a: &$crate::store::support::NewAttachment<'_>,
                rule: $crate::store::support::AttachmentRule,
            ) -> Result<$crate::store::Insert, $crate::store::StoreError> {
                let mut tx = begin_for_customer!(self.writer, a.customer);
                let (on_thread, files, bytes): (i64, i64, i64) = sqlx::query_as(
                    "SELECT CAST(COALESCE(SUM(CASE WHEN thread_id = $2 THEN 1 ELSE 0 END), 0) \
                     AS BIGINT), COUNT(*), CAST(COALESCE(SUM(size), 0) AS BIGINT) \
                     FROM support_attachments WHERE customer_id = $1",
                )
                .bind(a.customer)
                .bind(a.thread_id)
                .fetch_one(&mut *tx)
                .await?;
                let usage = shared::support::AttachmentUsage {
                    on_thread: $crate::store::core::count(on_thread),
                    files: $crate::store::core::count(files),
                    bytes: u64::try_from(bytes).unwrap_or_default(),
                };
                let size = u64::try_from(a.content.len()).unwrap_or(u64::MAX);
                if let Err(code) = rule(usage, size) {
                    return Ok($crate::store::Insert::Refused(code));
                }
                sqlx::query(
                    "INSERT INTO support_attachments (id, thread_id, customer_id, file_name, \
                     kind, size, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(a.id)
                .bind(a.thread_id)
                .bind(a.customer)
                .bind(a.file_name)
                .bind(a.kind)
                .bind(i64::try_from(a.content.len()).unwrap_or(i64::MAX))
                .bind(a.content)
                .bind(a.now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok($crate::store::Insert::Added(0))
            }

            async fn attachment(
                &self,
                customer: i64,
                id: &str,
            ) -> Result<
                Option<($crate::store::support::AttachmentRow, Vec<u8>)>,
                $crate::store::StoreError,
            > {
                let row: Option<(String, String, String, i64, i64, Vec<u8>)> = sqlx::query_as(
                    "SELECT id, file_name, kind, size, created_at, content \
                     FROM support_attachments WHERE id = $1 AND customer_id = $2",
                )
                .bind(id)
                .bind(customer)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(id, name, kind, size, at, content)| {
                    (attachment_from_row((id, name, kind, size, at)), content)
                }))
            }
        }

        fn thread_from_row(
            r: (i64, i64, String, String, i64, i64),
        ) -> $crate::store::support::ThreadRow {
            $crate::store::support::ThreadRow {
                id: r.0,
                customer_id: r.1,
                subject: r.2,
                status: r.3,
                created_at: r.4,
                updated_at: r.5,
            }
        }

        fn attachment_from_row(
            r: (String, String, String, i64, i64),
        ) -> $crate::store::support::AttachmentRow {
            $crate::store::support::AttachmentRow {
                id: r.0,
                file_name: r.1,
                kind: r.2,
                size: r.3,
                created_at: r.4,
            }
        }
    };
}
