//! Identity SQL for customers, service accounts and web accounts: methods of `impl IdentityStore`, chained by
//! [`identity_store_impl!`](super::sql).

macro_rules! customer_methods {
    ($store:ty; $($rest:tt)*) => {
        session_methods! { $store;
        async fn insert_customer(
            &self,
            c: &$crate::store::identity::NewCustomer<'_>,
            accounts: &[$crate::store::identity::NewServiceAccount<'_>],
        ) -> Result<bool, $crate::store::StoreError> {
            let mut tx = self.writer.begin().await?;
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
            .execute(&self.writer)
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
            .execute(&self.writer)
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
            .execute(&self.writer)
            .await?;
            Ok(())
        }
 $($rest)* }
    };
}
