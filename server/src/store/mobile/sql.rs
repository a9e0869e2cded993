//! The mobile-controls SQL, once for both databases (`$N` placeholders, BIGINT times).

/// `impl MobileStore` for a store with a `pool` field of the backend's pool type.
macro_rules! mobile_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::mobile::MobileStore for $store {
            async fn mobile_numbers(
                &self,
                customer: i64,
            ) -> Result<Vec<String>, $crate::store::StoreError> {
                let rows: Vec<(String,)> = sqlx::query_as(
                    "SELECT phone FROM service_accounts WHERE customer_id = $1 \
                     AND kind = 'mobile' AND phone IS NOT NULL ORDER BY id",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(|r| r.0).collect())
            }

            async fn mobile_owner(
                &self,
                phone: &str,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                let row: Option<(i64,)> = sqlx::query_as(
                    "SELECT customer_id FROM service_accounts WHERE phone = $1 \
                     AND kind = 'mobile' ORDER BY id LIMIT 1",
                )
                .bind(phone)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| r.0))
            }

            async fn managed_numbers(
                &self,
                customer: i64,
            ) -> Result<Vec<(String, i64)>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT phone, added_at FROM managed_numbers WHERE customer_id = $1 \
                     ORDER BY added_at DESC, phone",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn add_managed_number(
                &self,
                customer: i64,
                phone: &str,
                now: i64,
                rule: $crate::store::LimitRule,
            ) -> Result<$crate::store::Insert, $crate::store::StoreError> {
                let mut tx = begin_for_customer!(self.writer, customer);
                let (exists, total): (i64, i64) = sqlx::query_as(
                    "SELECT COALESCE(SUM(CASE WHEN phone = $2 THEN 1 ELSE 0 END), 0), COUNT(*) \
                     FROM managed_numbers WHERE customer_id = $1",
                )
                .bind(customer)
                .bind(phone)
                .fetch_one(&mut *tx)
                .await?;
                if exists > 0 {
                    return Ok($crate::store::Insert::Duplicate);
                }
                if let Err(code) = rule($crate::store::core::count(total)) {
                    return Ok($crate::store::Insert::Refused(code));
                }
                sqlx::query(
                    "INSERT INTO managed_numbers (customer_id, phone, added_at) \
                     VALUES ($1, $2, $3)",
                )
                .bind(customer)
                .bind(phone)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok($crate::store::Insert::Added(0))
            }

            async fn remove_managed_number(
                &self,
                customer: i64,
                phone: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "DELETE FROM managed_numbers WHERE customer_id = $1 AND phone = $2",
                )
                .bind(customer)
                .bind(phone)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn revoke_managers(
                &self,
                owner: i64,
                phone: &str,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query(
                    "DELETE FROM managed_numbers WHERE phone = $2 AND EXISTS (SELECT 1 \
                     FROM service_accounts s WHERE s.phone = $2 AND s.kind = 'mobile' \
                     AND s.customer_id = $1)",
                )
                .bind(owner)
                .bind(phone)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected())
            }

            async fn managers_of(
                &self,
                customer: i64,
            ) -> Result<Vec<$crate::store::mobile::ManagerRow>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT m.phone, COALESCE(c.company_name, c.full_name, ''), m.added_at \
                     FROM managed_numbers m \
                     JOIN service_accounts s ON s.phone = m.phone AND s.kind = 'mobile' \
                     JOIN customers c ON c.id = m.customer_id \
                     WHERE s.customer_id = $1 ORDER BY m.added_at DESC, m.phone",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn insert_sms(
                &self,
                m: &$crate::store::mobile::NewSms<'_>,
            ) -> Result<i64, $crate::store::StoreError> {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO sms_messages (customer_id, own_number, folder, peer, body, \
                     parts, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(m.customer)
                .bind(m.own_number)
                .bind(m.folder)
                .bind(m.peer)
                .bind(m.body)
                .bind(m.parts)
                .bind(m.now)
                .fetch_one(&self.writer)
                .await?;
                Ok(id)
            }

            async fn sms(
                &self,
                customer: i64,
                folder: &str,
            ) -> Result<Vec<$crate::store::mobile::SmsRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String, String, i64, i64)> = sqlx::query_as(
                    "SELECT id, own_number, folder, peer, body, parts, created_at \
                     FROM sms_messages WHERE customer_id = $1 AND folder = $2 \
                     ORDER BY created_at DESC, id DESC LIMIT 200",
                )
                .bind(customer)
                .bind(folder)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::mobile::SmsRow {
                        id: r.0,
                        own_number: r.1,
                        folder: r.2,
                        peer: r.3,
                        body: r.4,
                        parts: r.5,
                        created_at: r.6,
                    })
                    .collect())
            }

            async fn sms_sent_since(
                &self,
                customer: i64,
                since: i64,
            ) -> Result<i64, $crate::store::StoreError> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM sms_messages WHERE customer_id = $1 \
                     AND folder = 'sent' AND created_at >= $2",
                )
                .bind(customer)
                .bind(since)
                .fetch_one(&self.pool)
                .await?;
                Ok(n)
            }

            async fn insert_sent_sms(
                &self,
                m: &$crate::store::mobile::NewSms<'_>,
                since: i64,
                rule: $crate::store::LimitRule,
            ) -> Result<$crate::store::Insert, $crate::store::StoreError> {
                let mut tx = begin_for_customer!(self.writer, m.customer);
                let (sent,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM sms_messages WHERE customer_id = $1 \
                     AND folder = 'sent' AND created_at >= $2",
                )
                .bind(m.customer)
                .bind(since)
                .fetch_one(&mut *tx)
                .await?;
                if let Err(code) = rule($crate::store::core::count(sent)) {
                    return Ok($crate::store::Insert::Refused(code));
                }
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO sms_messages (customer_id, own_number, folder, peer, body, \
                     parts, created_at) VALUES ($1, $2, 'sent', $3, $4, $5, $6) RETURNING id",
                )
                .bind(m.customer)
                .bind(m.own_number)
                .bind(m.peer)
                .bind(m.body)
                .bind(m.parts)
                .bind(m.now)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok($crate::store::Insert::Added(id))
            }

            async fn delete_sms(
                &self,
                customer: i64,
                id: i64,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query("DELETE FROM sms_messages WHERE id = $1 AND customer_id = $2")
                    .bind(id)
                    .bind(customer)
                    .execute(&self.writer)
                    .await?;
                Ok(())
            }

            async fn blacklist(
                &self,
                customer: i64,
            ) -> Result<Vec<(String, i64)>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT number, added_at FROM call_blacklist WHERE customer_id = $1 \
                     ORDER BY added_at DESC, number",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn add_to_blacklist(
                &self,
                customer: i64,
                number: &str,
                now: i64,
                rule: $crate::store::LimitRule,
            ) -> Result<$crate::store::Insert, $crate::store::StoreError> {
                let mut tx = begin_for_customer!(self.writer, customer);
                let (exists, total): (i64, i64) = sqlx::query_as(
                    "SELECT COALESCE(SUM(CASE WHEN number = $2 THEN 1 ELSE 0 END), 0), \
                     COUNT(*) FROM call_blacklist WHERE customer_id = $1",
                )
                .bind(customer)
                .bind(number)
                .fetch_one(&mut *tx)
                .await?;
                if exists > 0 {
                    return Ok($crate::store::Insert::Duplicate);
                }
                if let Err(code) = rule($crate::store::core::count(total)) {
                    return Ok($crate::store::Insert::Refused(code));
                }
                sqlx::query(
                    "INSERT INTO call_blacklist (customer_id, number, added_at) \
                     VALUES ($1, $2, $3)",
                )
                .bind(customer)
                .bind(number)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok($crate::store::Insert::Added(0))
            }

            async fn is_blacklisted(
                &self,
                customer: i64,
                number: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                // COUNT(*) is BIGINT on both databases (a bare `1` is INT4 on PostgreSQL).
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM call_blacklist WHERE customer_id = $1 AND number = $2",
                )
                .bind(customer)
                .bind(number)
                .fetch_one(&self.pool)
                .await?;
                Ok(n > 0)
            }

            async fn remove_from_blacklist(
                &self,
                customer: i64,
                number: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "DELETE FROM call_blacklist WHERE customer_id = $1 AND number = $2",
                )
                .bind(customer)
                .bind(number)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn insert_blocked_call(
                &self,
                customer: i64,
                own_number: &str,
                caller: &str,
                at: i64,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "INSERT INTO blocked_calls (customer_id, own_number, caller, called_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(customer)
                .bind(own_number)
                .bind(caller)
                .bind(at)
                .execute(&self.writer)
                .await?;
                Ok(())
            }

            async fn blocked_calls(
                &self,
                customer: i64,
            ) -> Result<Vec<$crate::store::mobile::BlockedCallRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
                    "SELECT id, own_number, caller, called_at FROM blocked_calls \
                     WHERE customer_id = $1 ORDER BY called_at DESC, id DESC LIMIT 200",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::mobile::BlockedCallRow {
                        id: r.0,
                        own_number: r.1,
                        caller: r.2,
                        called_at: r.3,
                    })
                    .collect())
            }
        }
    };
}
