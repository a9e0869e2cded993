//! The money SQL, once for both databases. `SUM` is cast to BIGINT (PostgreSQL sums BIGINT
//! as NUMERIC); upserts use `ON CONFLICT ... DO UPDATE` with `excluded`, the same on both.

macro_rules! money_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::money::MoneyStore for $store {
            async fn accounts_of(
                &self,
                customer: i64,
            ) -> Result<Vec<$crate::store::money::AccountRecord>, $crate::store::StoreError> {
                let sql = format!(
                    "{} WHERE a.customer_id = $1 ORDER BY a.id",
                    $crate::store::money::ACCOUNT_SELECT
                );
                let rows: Vec<$crate::store::money::AccountRow> =
                    sqlx::query_as(&sql).bind(customer).fetch_all(&self.pool).await?;
                Ok(rows.into_iter().map($crate::store::money::account_from_row).collect())
            }

            async fn account_by_number(
                &self,
                number: &str,
            ) -> Result<Option<$crate::store::money::AccountRecord>, $crate::store::StoreError>
            {
                let sql = format!(
                    "{} WHERE a.account_number = $1",
                    $crate::store::money::ACCOUNT_SELECT
                );
                let row: Option<$crate::store::money::AccountRow> =
                    sqlx::query_as(&sql).bind(number).fetch_optional(&self.pool).await?;
                Ok(row.map($crate::store::money::account_from_row))
            }

            async fn account_by_contract(
                &self,
                contract: &str,
            ) -> Result<Option<$crate::store::money::AccountRecord>, $crate::store::StoreError>
            {
                let sql = format!(
                    "{} WHERE a.contract_number = $1",
                    $crate::store::money::ACCOUNT_SELECT
                );
                let row: Option<$crate::store::money::AccountRow> =
                    sqlx::query_as(&sql).bind(contract).fetch_optional(&self.pool).await?;
                Ok(row.map($crate::store::money::account_from_row))
            }

            async fn assign_tariff(
                &self,
                account: i64,
                tariff_id: &str,
                since: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO account_tariffs (service_account_id, tariff_id, since) \
                     VALUES ($1, $2, $3) ON CONFLICT (service_account_id) DO NOTHING",
                )
                .bind(account)
                .bind(tariff_id)
                .bind(since)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn write_money(
                &self,
                idem: Option<$crate::store::money::IdempotentWrite<'_>>,
                w: &$crate::store::money::MoneyWrite,
            ) -> Result<$crate::store::money::Claim, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                if let Some(k) = idem
                    && let Some(stored) = claim_key!(tx, &k)
                {
                    tx.rollback().await?;
                    return Ok($crate::store::money::Claim::Replay(stored));
                }
                match write_money_tx!(tx, w) {
                    $crate::store::money::TxOutcome::Written => {}
                    $crate::store::money::TxOutcome::Duplicate => {
                        tx.rollback().await?;
                        return Ok($crate::store::money::Claim::Duplicate);
                    }
                    $crate::store::money::TxOutcome::BonusRefused(why) => {
                        tx.rollback().await?;
                        return Ok($crate::store::money::Claim::BonusRefused(why));
                    }
                    $crate::store::money::TxOutcome::PackageChanged => {
                        tx.rollback().await?;
                        return Ok($crate::store::money::Claim::PackageChanged);
                    }
                }
                tx.commit().await?;
                Ok($crate::store::money::Claim::Fresh)
            }

            async fn payment(
                &self,
                id: &str,
            ) -> Result<Option<$crate::store::money::PaymentRecord>, $crate::store::StoreError>
            {
                let sql = format!(
                    "SELECT {} FROM payments WHERE id = $1",
                    $crate::store::money::PAYMENT_COLUMNS
                );
                let row: Option<$crate::store::money::PaymentRow> =
                    sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?;
                Ok(row.map($crate::store::money::payment_from_row))
            }

            async fn confirm_payment(
                &self,
                id: &str,
                entry: &$crate::store::money::NewEntry,
                now: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                let done = sqlx::query(
                    "UPDATE payments SET status = 'succeeded', completed_at = $2 \
                     WHERE id = $1 AND status = 'requires_confirmation'",
                )
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done != 1 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                append_entry!(tx, entry);
                repay_promised!(tx, entry);
                accrue_bonus!(tx, entry);
                tx.commit().await?;
                Ok(true)
            }

            async fn promised_open(
                &self,
                account: i64,
            ) -> Result<Option<$crate::store::money::PromisedRecord>, $crate::store::StoreError>
            {
                let row: Option<(i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
                    "SELECT id, amount, fee, outstanding, taken_at, expires_at \
                     FROM promised_payments WHERE service_account_id = $1 AND outstanding > 0",
                )
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| $crate::store::money::PromisedRecord {
                    id: r.0,
                    amount: shared::Money::from_kopecks(r.1),
                    fee: shared::Money::from_kopecks(r.2),
                    outstanding: shared::Money::from_kopecks(r.3),
                    taken_at: r.4,
                    expires_at: r.5,
                }))
            }

            async fn take_promised(
                &self,
                idem: Option<$crate::store::money::IdempotentWrite<'_>>,
                p: &$crate::store::money::PromisedRecord,
                credit: &$crate::store::money::NewEntry,
            ) -> Result<$crate::store::money::Claim, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                if let Some(k) = idem
                    && let Some(stored) = claim_key!(tx, &k)
                {
                    tx.rollback().await?;
                    return Ok($crate::store::money::Claim::Replay(stored));
                }
                let taken = sqlx::query(
                    "INSERT INTO promised_payments (service_account_id, amount, fee, \
                     outstanding, taken_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (service_account_id) WHERE outstanding > 0 DO NOTHING",
                )
                .bind(credit.account_id)
                .bind(p.amount.kopecks())
                .bind(p.fee.kopecks())
                .bind(p.outstanding.kopecks())
                .bind(p.taken_at)
                .bind(p.expires_at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if taken != 1 {
                    tx.rollback().await?;
                    return Ok($crate::store::money::Claim::Duplicate);
                }
                append_entry!(tx, credit);
                tx.commit().await?;
                Ok($crate::store::money::Claim::Fresh)
            }

            async fn spend(
                &self,
                account: i64,
                ranges: [(i64, i64); 3],
            ) -> Result<[shared::Money; 3], $crate::store::StoreError> {
                let sql = format!(
                    "SELECT CAST(SUM(-amount) AS BIGINT) FROM ledger_entries \
                     WHERE service_account_id = $1 AND created_at >= $2 AND created_at < $3 \
                     AND kind IN ({})",
                    shared::ledger::EntryKind::spend_sql_list()
                );
                let mut out = [shared::Money::ZERO; 3];
                for (slot, (from, to)) in out.iter_mut().zip(ranges) {
                    let (sum,): (Option<i64>,) = sqlx::query_as(&sql)
                    .bind(account)
                    .bind(from)
                    .bind(to)
                    .fetch_one(&self.pool)
                    .await?;
                    *slot = shared::Money::from_kopecks(sum.unwrap_or_default());
                }
                Ok(out)
            }

            async fn effect_written(&self, key: &str) -> Result<bool, $crate::store::StoreError> {
                let found: Option<(String,)> =
                    sqlx::query_as("SELECT effect_key FROM effect_keys WHERE effect_key = $1")
                        .bind(key)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(found.is_some())
            }

            async fn reserve_confirmation(
                &self,
                id: &str,
                max: i64,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                let row: Option<(i64,)> = sqlx::query_as(
                    "UPDATE payments SET attempts = attempts + 1 \
                     WHERE id = $1 AND status = 'requires_confirmation' AND attempts < $2 \
                     RETURNING attempts",
                )
                .bind(id)
                .bind(max)
                .fetch_optional(&self.writer)
                .await?;
                Ok(row.map(|r| r.0))
            }

            async fn fail_confirmation(
                &self,
                id: &str,
                max: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE payments SET status = 'failed' \
                     WHERE id = $1 AND status = 'requires_confirmation' AND attempts >= $2",
                )
                .bind(id)
                .bind(max)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn saved_cards(
                &self,
                customer: i64,
            ) -> Result<Vec<$crate::store::money::SavedCardRecord>, $crate::store::StoreError>
            {
                let rows: Vec<(String, i64, String, i64, i64, i64)> = sqlx::query_as(
                    "SELECT id, customer_id, last4, expiry_year, expiry_month, created_at \
                     FROM saved_cards WHERE customer_id = $1 ORDER BY created_at, id",
                )
                .bind(customer)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::money::SavedCardRecord {
                        id: r.0,
                        customer_id: r.1,
                        last4: r.2,
                        expiry_year: i32::try_from(r.3).unwrap_or_default(),
                        expiry_month: u32::try_from(r.4).unwrap_or_default(),
                        created_at: r.5,
                    })
                    .collect())
            }

            async fn delete_saved_card(
                &self,
                customer: i64,
                id: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query("DELETE FROM saved_cards WHERE customer_id = $1 AND id = $2")
                    .bind(customer)
                    .bind(id)
                    .execute(&self.writer)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn package_used(
                &self,
                account: i64,
                from: i64,
                to: i64,
            ) -> Result<shared::tariff::Package, $crate::store::StoreError> {
                Ok(package_used_in!(&self.pool, account, from, to))
            }

            async fn history(
                &self,
                account: i64,
                f: &$crate::store::money::HistoryFilter,
            ) -> Result<Vec<$crate::store::money::EntryRecord>, $crate::store::StoreError> {
                let (lower, (upper_at, upper_id)) = f.bounds();
                let rows: Vec<$crate::store::money::EntryRow> =
                    sqlx::query_as($crate::store::money::HISTORY_SQL)
                        .bind(account)
                        .bind(lower)
                        .bind(upper_at)
                        .bind(upper_id)
                        .bind(f.kind.map(|k| k.as_str()))
                        .bind(f.limit)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map($crate::store::money::entry_from_row).collect())
            }

            async fn ledger_totals(
                &self,
            ) -> Result<$crate::store::money::LedgerTotals, $crate::store::StoreError> {
                let rows: Vec<(i64, Option<i64>, Option<i64>, i64)> = sqlx::query_as(
                    "SELECT a.id, b.balance, \
                     (SELECT CAST(SUM(e.amount) AS BIGINT) FROM ledger_entries e \
                      WHERE e.service_account_id = a.id), \
                     (SELECT COUNT(*) FROM ledger_entries e WHERE e.service_account_id = a.id) \
                     FROM service_accounts a \
                     LEFT JOIN account_balances b ON b.service_account_id = a.id ORDER BY a.id",
                )
                .fetch_all(&self.pool)
                .await?;
                let mut totals = $crate::store::money::LedgerTotals::default();
                for (id, cached, sum, count) in rows {
                    totals.accounts += 1;
                    totals.entries += $crate::store::money::u64_of(count);
                    let cached = shared::Money::from_kopecks(cached.unwrap_or_default());
                    let sum = shared::Money::from_kopecks(sum.unwrap_or_default());
                    if cached != sum {
                        totals.mismatches.push((id, cached, sum));
                    }
                }
                Ok(totals)
            }
        }
    };
}
