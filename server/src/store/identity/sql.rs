//! The identity SQL, once for both databases: `$N` placeholders, BIGINT times and flags,
//! `ON CONFLICT` and `RETURNING` mean the same on SQLite and PostgreSQL.

/// `(id, legal_status, full_name, company_name, birth_date, passport_series,
/// passport_number, inn, kpp, ogrn, ogrnip, email)`
pub(super) type CustomerRow = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

pub(super) const CUSTOMER_COLUMNS: &str = "id, legal_status, full_name, company_name, birth_date, \
     passport_series, passport_number, inn, kpp, ogrn, ogrnip, email";

pub(super) fn customer_from_row(r: CustomerRow) -> super::CustomerRecord {
    super::CustomerRecord {
        id: r.0,
        legal_status: r.1,
        full_name: r.2,
        company_name: r.3,
        birth_date: r.4,
        passport_series: r.5,
        passport_number: r.6,
        inn: r.7,
        kpp: r.8,
        ogrn: r.9,
        ogrnip: r.10,
        email: r.11,
    }
}

pub(super) type SessionRow = (i64, i64, String, String, String, i64, i64, i64);

pub(super) const SESSION_COLUMNS: &str =
    "id, customer_id, csrf_hash, user_agent, ip, created_at, last_seen_at, must_change_password";

pub(super) fn session_from_row(r: SessionRow) -> super::SessionRecord {
    super::SessionRecord {
        id: r.0,
        customer_id: r.1,
        csrf_hash: r.2,
        user_agent: r.3,
        ip: r.4,
        created_at: r.5,
        last_seen_at: r.6,
        must_change_password: r.7 != 0,
    }
}

/// `impl IdentityStore` for a store with a `pool` field of the backend's pool type.
macro_rules! identity_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::identity::IdentityStore for $store {
            async fn insert_customer(
                &self,
                c: &$crate::store::identity::NewCustomer<'_>,
                accounts: &[$crate::store::identity::NewServiceAccount<'_>],
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
                let id: Option<(i64,)> = sqlx::query_as(
                    "INSERT INTO customers (external_ref, legal_status, full_name, company_name, \
                     birth_date, passport_series, passport_number, inn, kpp, ogrn, ogrnip, email) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                     ON CONFLICT (external_ref) DO NOTHING RETURNING id",
                )
                .bind(c.external_ref)
                .bind(c.legal_status)
                .bind(c.full_name)
                .bind(c.company_name)
                .bind(c.birth_date)
                .bind(c.passport_series)
                .bind(c.passport_number)
                .bind(c.inn)
                .bind(c.kpp)
                .bind(c.ogrn)
                .bind(c.ogrnip)
                .bind(c.email)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((id,)) = id else {
                    return Ok(false);
                };
                for a in accounts {
                    sqlx::query(
                        "INSERT INTO service_accounts (customer_id, account_number, \
                         contract_number, kind, region_code, phone, iccid, address, smart_card, \
                         chip_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    )
                    .bind(id)
                    .bind(a.account_number)
                    .bind(a.contract_number)
                    .bind(a.kind)
                    .bind(a.region_code)
                    .bind(a.phone)
                    .bind(a.iccid)
                    .bind(a.address)
                    .bind(a.smart_card)
                    .bind(a.chip_id)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn customer(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::identity::CustomerRecord>, $crate::store::StoreError>
            {
                let sql = format!(
                    "SELECT {} FROM customers WHERE id = $1",
                    $crate::store::identity::sql::CUSTOMER_COLUMNS
                );
                let row: Option<$crate::store::identity::sql::CustomerRow> =
                    sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?;
                Ok(row.map($crate::store::identity::sql::customer_from_row))
            }

            async fn contract_holder(
                &self,
                contract_number: &str,
            ) -> Result<Option<(i64, String)>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT customer_id, kind FROM service_accounts WHERE contract_number = $1",
                )
                .bind(contract_number)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn find_customer(
                &self,
                lookup: $crate::store::identity::Lookup<'_>,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                use $crate::store::identity::Lookup;
                let (sql, value) = match lookup {
                    Lookup::Login(v) => ("SELECT customer_id FROM web_accounts WHERE login = $1", v),
                    Lookup::Phone(v) => (
                        "SELECT customer_id FROM service_accounts WHERE phone = $1 \
                         AND kind = 'mobile' ORDER BY id LIMIT 1",
                        v,
                    ),
                    Lookup::Contract(v) => (
                        "SELECT customer_id FROM service_accounts WHERE contract_number = $1",
                        v,
                    ),
                    Lookup::Account(v) => (
                        "SELECT customer_id FROM service_accounts WHERE account_number = $1",
                        v,
                    ),
                    Lookup::Iccid(v) => (
                        "SELECT customer_id FROM service_accounts WHERE iccid = $1 \
                         AND kind = 'satellite_interactive'",
                        v,
                    ),
                };
                let row: Option<(i64,)> = sqlx::query_as(sql)
                    .bind(value)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map(|r| r.0))
            }

            async fn customer_phone(
                &self,
                id: i64,
            ) -> Result<Option<String>, $crate::store::StoreError> {
                let row: Option<(String,)> = sqlx::query_as(
                    "SELECT phone FROM service_accounts WHERE customer_id = $1 \
                     AND phone IS NOT NULL ORDER BY CASE kind WHEN 'mobile' THEN 0 ELSE 1 END, id \
                     LIMIT 1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| r.0))
            }

            async fn sim_phone(
                &self,
                iccid: &str,
            ) -> Result<Option<String>, $crate::store::StoreError> {
                let row: Option<(Option<String>,)> = sqlx::query_as(
                    "SELECT phone FROM service_accounts WHERE iccid = $1 \
                     AND kind = 'satellite_interactive'",
                )
                .bind(iccid)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.and_then(|r| r.0))
            }

            async fn satellite_account(
                &self,
                chip_id: &str,
                smart_card: &str,
            ) -> Result<Option<String>, $crate::store::StoreError> {
                let row: Option<(String,)> = sqlx::query_as(
                    "SELECT account_number FROM service_accounts WHERE chip_id = $1 \
                     AND smart_card = $2 AND kind IN ('satellite', 'satellite_interactive')",
                )
                .bind(chip_id)
                .bind(smart_card)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| r.0))
            }

            async fn web_account(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::identity::WebAccount>, $crate::store::StoreError>
            {
                type Row = (i64, String, Option<String>, Option<String>, Option<String>, Option<i64>);
                let row: Option<Row> =
                    sqlx::query_as(
                        "SELECT customer_id, login, email, password_hash, temporary_hash, \
                         temporary_issued_at FROM web_accounts WHERE customer_id = $1",
                    )
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map(|r| $crate::store::identity::WebAccount {
                    customer_id: r.0,
                    login: r.1,
                    email: r.2,
                    password_hash: r.3,
                    temporary_hash: r.4,
                    temporary_issued_at: r.5,
                }))
            }

            async fn create_web_account(
                &self,
                a: &$crate::store::identity::WebAccount,
                now: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO web_accounts (customer_id, login, email, password_hash, \
                     temporary_hash, temporary_issued_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                )
                .bind(a.customer_id)
                .bind(&a.login)
                .bind(&a.email)
                .bind(&a.password_hash)
                .bind(&a.temporary_hash)
                .bind(a.temporary_issued_at)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_password(&self, id: i64, hash: &str) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE web_accounts SET password_hash = $2, temporary_hash = NULL, \
                     temporary_issued_at = NULL WHERE customer_id = $1",
                )
                .bind(id)
                .bind(hash)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn set_temporary_password(
                &self,
                id: i64,
                hash: &str,
                issued_at: i64,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE web_accounts SET temporary_hash = $2, temporary_issued_at = $3 \
                     WHERE customer_id = $1",
                )
                .bind(id)
                .bind(hash)
                .bind(issued_at)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

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
                .fetch_one(&self.pool)
                .await?;
                Ok(id)
            }

            async fn session_by_token(
                &self,
                token_hash: &str,
            ) -> Result<Option<$crate::store::identity::SessionRecord>, $crate::store::StoreError>
            {
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
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn clear_must_change(&self, id: i64) -> Result<(), $crate::store::StoreError> {
                sqlx::query("UPDATE sessions SET must_change_password = 0 WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
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
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn delete_sessions_except(
                &self,
                customer: i64,
                keep: Option<i64>,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query(
                    "DELETE FROM sessions WHERE customer_id = $1 AND id <> $2",
                )
                .bind(customer)
                .bind(keep.unwrap_or(-1))
                .execute(&self.pool)
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
                .execute(&self.pool)
                .await?
                .rows_affected();
                let (known,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM known_devices WHERE customer_id = $1")
                        .bind(customer)
                        .fetch_one(&self.pool)
                        .await?;
                Ok((inserted == 1, known))
            }

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
                .execute(&self.pool)
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

            async fn count_code_attempt(
                &self,
                purpose: &str,
                subject: &str,
            ) -> Result<i64, $crate::store::StoreError> {
                let row: Option<(i64,)> = sqlx::query_as(
                    "UPDATE one_time_codes SET attempts = attempts + 1 \
                     WHERE purpose = $1 AND subject = $2 RETURNING attempts",
                )
                .bind(purpose)
                .bind(subject)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map_or(0, |r| r.0))
            }

            async fn delete_code(
                &self,
                purpose: &str,
                subject: &str,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query("DELETE FROM one_time_codes WHERE purpose = $1 AND subject = $2")
                    .bind(purpose)
                    .bind(subject)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn throttle(
                &self,
                key: &str,
            ) -> Result<Option<$crate::store::identity::ThrottleRecord>, $crate::store::StoreError>
            {
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
                .fetch_one(&self.pool)
                .await?;
                Ok(failures)
            }

            async fn lock_until(&self, key: &str, until: i64) -> Result<(), $crate::store::StoreError> {
                sqlx::query("UPDATE auth_throttle SET locked_until = $2 WHERE key = $1")
                    .bind(key)
                    .bind(until)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn clear_throttle(&self, key: &str) -> Result<(), $crate::store::StoreError> {
                sqlx::query("DELETE FROM auth_throttle WHERE key = $1")
                    .bind(key)
                    .execute(&self.pool)
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
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn prune(
                &self,
                c: &$crate::store::identity::Cutoffs,
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
                let mut deleted = sqlx::query(
                    "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
                )
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
                .execute(&self.pool)
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
        }
    };
}
