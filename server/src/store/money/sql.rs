//! The money SQL, once for both databases. `SUM` is cast to BIGINT (PostgreSQL sums BIGINT
//! as NUMERIC); upserts use `ON CONFLICT ... DO UPDATE` with `excluded`, the same on both.

/// Appends one entry and moves the account's cached balance by its amount, inside `$tx`.
macro_rules! append_entry {
    ($tx:expr, $e:expr) => {{
        let e: &$crate::store::money::NewEntry = $e;
        sqlx::query(
            "INSERT INTO ledger_entries (service_account_id, kind, amount, created_at, \
             explanation, payment_id) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(e.account_id)
        .bind(e.kind.as_str())
        .bind(e.amount.kopecks())
        .bind(e.created_at)
        .bind($crate::store::money::explanation_json(&e.explanation))
        .bind(e.payment_id.as_deref())
        .execute(&mut *$tx)
        .await?;
        sqlx::query(
            "INSERT INTO account_balances (service_account_id, balance, entries) \
             VALUES ($1, $2, 1) ON CONFLICT (service_account_id) DO UPDATE SET \
             balance = account_balances.balance + excluded.balance, \
             entries = account_balances.entries + 1",
        )
        .bind(e.account_id)
        .bind(e.amount.kopecks())
        .execute(&mut *$tx)
        .await?;
    }};
}

/// After a payment entry: repays the account's unpaid promised payment from it first
/// (`shared::promised::repay`), with a repayment entry, inside `$tx`. The update is guarded
/// by the outstanding amount read, and retried, so concurrent payments never repay twice.
macro_rules! repay_promised {
    ($tx:expr, $e:expr) => {{
        let e: &$crate::store::money::NewEntry = $e;
        if e.kind == shared::ledger::EntryKind::Payment {
            for _ in 0..5 {
                let open: Option<(i64, i64)> = sqlx::query_as(
                    "SELECT id, outstanding FROM promised_payments \
                     WHERE service_account_id = $1 AND outstanding > 0",
                )
                .bind(e.account_id)
                .fetch_optional(&mut *$tx)
                .await?;
                let Some((id, owed)) = open else { break };
                let split = shared::promised::repay(shared::Money::from_kopecks(owed), e.amount);
                if !split.to_promised.is_positive() {
                    break;
                }
                let done = sqlx::query(
                    "UPDATE promised_payments SET outstanding = $3 \
                     WHERE id = $1 AND outstanding = $2",
                )
                .bind(id)
                .bind(owed)
                .bind(split.outstanding.kopecks())
                .execute(&mut *$tx)
                .await?
                .rows_affected();
                if done == 1 {
                    if !split.outstanding.is_positive() {
                        // Repaid: a restriction for the unpaid promised payment ends.
                        sqlx::query(
                            "UPDATE account_restrictions SET lifted_at = $2 \
                             WHERE service_account_id = $1 AND reason = 'promised_unpaid' \
                             AND lifted_at IS NULL",
                        )
                        .bind(e.account_id)
                        .bind(e.created_at)
                        .execute(&mut *$tx)
                        .await?;
                    }
                    let repayment = $crate::store::money::NewEntry {
                        account_id: e.account_id,
                        kind: shared::ledger::EntryKind::PromisedRepayment,
                        amount: shared::Money::from_kopecks(-split.to_promised.kopecks()),
                        created_at: e.created_at,
                        explanation: shared::ledger::Explanation::PromisedRepayment {
                            outstanding: split.outstanding,
                        },
                        payment_id: e.payment_id.clone(),
                    };
                    append_entry!($tx, &repayment);
                    break;
                }
            }
        }
    }};
}

/// Writes effect keys, a bonus spend, saved cards, payments, usage and entries (with balances,
/// promised repayment and bonus accrual) inside `$tx`; stops (the caller rolls back) when an
/// effect key exists or there are not enough points.
macro_rules! write_money_tx {
    ($tx:expr, $w:expr) => {{
        let w: &$crate::store::money::MoneyWrite = $w;
        let mut outcome = $crate::store::money::TxOutcome::Written;
        for k in &w.effect_keys {
            let inserted = sqlx::query(
                "INSERT INTO effect_keys (effect_key, created_at) VALUES ($1, $2) \
                 ON CONFLICT (effect_key) DO NOTHING",
            )
            .bind(k)
            .bind(w.effect_at)
            .execute(&mut *$tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                outcome = $crate::store::money::TxOutcome::Duplicate;
                break;
            }
        }
        if let (Some(spend), $crate::store::money::TxOutcome::Written) = (&w.bonus_spend, outcome) {
            // The customer's row is held until the end: concurrent spends queue.
            sqlx::query("UPDATE customers SET external_ref = external_ref WHERE id = $1")
                .bind(spend.customer_id)
                .execute(&mut *$tx)
                .await?;
            let (have,): (Option<i64>,) = sqlx::query_as(
                "SELECT CAST(SUM(points) AS BIGINT) FROM bonus_entries WHERE customer_id = $1",
            )
            .bind(spend.customer_id)
            .fetch_one(&mut *$tx)
            .await?;
            let have =
                shared::bonus::Points::new($crate::store::money::u64_of(have.unwrap_or_default()));
            if have.checked_sub(spend.points).is_err() {
                outcome = $crate::store::money::TxOutcome::Insufficient;
            } else {
                sqlx::query(
                    "INSERT INTO bonus_entries (customer_id, kind, points, created_at, detail) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(spend.customer_id)
                .bind(spend.kind)
                .bind(-$crate::store::money::i64_of(spend.points.value()))
                .bind(spend.at)
                .bind(&spend.detail)
                .execute(&mut *$tx)
                .await?;
            }
        }
        if outcome == $crate::store::money::TxOutcome::Written {
            for c in &w.saved_cards {
                sqlx::query(
                    "INSERT INTO saved_cards (id, customer_id, last4, expiry_year, \
                     expiry_month, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&c.id)
                .bind(c.customer_id)
                .bind(&c.last4)
                .bind(i64::from(c.expiry_year))
                .bind(i64::from(c.expiry_month))
                .bind(c.created_at)
                .execute(&mut *$tx)
                .await?;
            }
            for p in &w.payments {
                sqlx::query(
                    "INSERT INTO payments (id, customer_id, service_account_id, amount, \
                     method, status, card_last4, saved_card_id, external_id, created_at, \
                     completed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(&p.id)
                .bind(p.customer_id)
                .bind(p.account_id)
                .bind(p.amount.kopecks())
                .bind(&p.method)
                .bind(&p.status)
                .bind(p.card_last4.as_deref())
                .bind(p.saved_card_id.as_deref())
                .bind(p.external_id.as_deref())
                .bind(p.created_at)
                .bind(p.completed_at)
                .execute(&mut *$tx)
                .await?;
            }
            for u in &w.usage {
                sqlx::query(
                    "INSERT INTO usage_records (service_account_id, kind, quantity, \
                     from_package, billed, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(u.account_id)
                .bind($crate::store::money::usage_kind_name(u.kind))
                .bind($crate::store::money::i64_of(u.quantity))
                .bind($crate::store::money::i64_of(u.from_package))
                .bind($crate::store::money::i64_of(u.billed))
                .bind(u.created_at)
                .execute(&mut *$tx)
                .await?;
            }
            for e in &w.entries {
                append_entry!($tx, e);
                repay_promised!($tx, e);
                accrue_bonus!($tx, e);
            }
        }
        outcome
    }};
}

/// After a payment entry: its bonus points (`shared::bonus::accrual`) for the account's
/// customer, once per payment, inside `$tx`.
macro_rules! accrue_bonus {
    ($tx:expr, $e:expr) => {{
        let e: &$crate::store::money::NewEntry = $e;
        let points = shared::bonus::accrual(e.amount).value();
        if let (shared::ledger::EntryKind::Payment, Some(payment), true) =
            (e.kind, e.payment_id.as_deref(), points > 0)
        {
            sqlx::query(
                "INSERT INTO bonus_entries (customer_id, kind, points, created_at, payment_id, \
                 detail) SELECT customer_id, 'accrual', $2, $3, $4, $5 FROM service_accounts \
                 WHERE id = $1 ON CONFLICT (payment_id) WHERE kind = 'accrual' DO NOTHING",
            )
            .bind(e.account_id)
            .bind($crate::store::money::i64_of(points))
            .bind(e.created_at)
            .bind(payment)
            .bind("payment")
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

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
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn write_money(
                &self,
                idem: Option<$crate::store::money::IdempotentWrite<'_>>,
                w: &$crate::store::money::MoneyWrite,
            ) -> Result<$crate::store::money::Claim, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
                if let Some(k) = idem {
                    // First statement a write: SQLite takes the write lock (concurrent
                    // writers wait), PostgreSQL waits on the unique key of an uncommitted twin.
                    let claimed = sqlx::query(
                        "INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, \
                         response, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
                         ON CONFLICT (scope, idem_key) DO NOTHING",
                    )
                    .bind(k.scope)
                    .bind(k.key)
                    .bind(k.request_hash)
                    .bind(i64::from(k.status))
                    .bind(k.response)
                    .bind(k.now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if claimed == 0 {
                        let (request_hash, status, response): (String, i64, String) =
                            sqlx::query_as(
                                "SELECT request_hash, status, response FROM idempotency_keys \
                                 WHERE scope = $1 AND idem_key = $2",
                            )
                            .bind(k.scope)
                            .bind(k.key)
                            .fetch_one(&mut *tx)
                            .await?;
                        tx.rollback().await?;
                        return Ok($crate::store::money::Claim::Replay(
                            $crate::store::money::StoredResponse {
                                request_hash,
                                status: u16::try_from(status).unwrap_or(500),
                                response,
                            },
                        ));
                    }
                }
                match write_money_tx!(tx, w) {
                    $crate::store::money::TxOutcome::Written => {}
                    $crate::store::money::TxOutcome::Duplicate => {
                        tx.rollback().await?;
                        return Ok($crate::store::money::Claim::Duplicate);
                    }
                    $crate::store::money::TxOutcome::Insufficient => {
                        tx.rollback().await?;
                        return Ok($crate::store::money::Claim::InsufficientBonus);
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
                let mut tx = self.pool.begin().await?;
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
                p: &$crate::store::money::PromisedRecord,
                credit: &$crate::store::money::NewEntry,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                    return Ok(false);
                }
                append_entry!(tx, credit);
                tx.commit().await?;
                Ok(true)
            }

            async fn spend(
                &self,
                account: i64,
                ranges: [(i64, i64); 3],
            ) -> Result<[shared::Money; 3], $crate::store::StoreError> {
                let mut out = [shared::Money::ZERO; 3];
                for (slot, (from, to)) in out.iter_mut().zip(ranges) {
                    let (sum,): (Option<i64>,) = sqlx::query_as(
                        "SELECT CAST(SUM(-amount) AS BIGINT) FROM ledger_entries \
                         WHERE service_account_id = $1 AND created_at >= $2 AND created_at < $3 \
                         AND kind IN ('subscription_fee', 'usage_charge', 'service_fee', 'refund')",
                    )
                    .bind(account)
                    .bind(from)
                    .bind(to)
                    .fetch_one(&self.pool)
                    .await?;
                    *slot = shared::Money::from_kopecks(sum.unwrap_or_default());
                }
                Ok(out)
            }

            async fn fail_confirmation(
                &self,
                id: &str,
                max: i64,
            ) -> Result<Option<String>, $crate::store::StoreError> {
                let row: Option<(String,)> = sqlx::query_as(
                    "UPDATE payments SET attempts = attempts + 1, status = CASE \
                     WHEN attempts + 1 >= $2 THEN 'failed' ELSE status END \
                     WHERE id = $1 AND status = 'requires_confirmation' RETURNING status",
                )
                .bind(id)
                .bind(max)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| r.0))
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
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn package_used(
                &self,
                account: i64,
                from: i64,
                to: i64,
            ) -> Result<shared::tariff::Package, $crate::store::StoreError> {
                let rows: Vec<(String, Option<i64>)> = sqlx::query_as(
                    "SELECT kind, CAST(SUM(from_package) AS BIGINT) FROM usage_records \
                     WHERE service_account_id = $1 AND created_at >= $2 AND created_at < $3 \
                     GROUP BY kind",
                )
                .bind(account)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?;
                let mut used = shared::tariff::Package::default();
                for (kind, sum) in rows {
                    let q = $crate::store::money::u64_of(sum.unwrap_or_default());
                    used = match kind.as_str() {
                        "voice" => used.with(shared::tariff::UsageKind::Voice, q),
                        "sms" => used.with(shared::tariff::UsageKind::Sms, q),
                        _ => used.with(shared::tariff::UsageKind::Data, q),
                    };
                }
                Ok(used)
            }

            async fn history(
                &self,
                account: i64,
                f: &$crate::store::money::HistoryFilter,
            ) -> Result<Vec<$crate::store::money::EntryRecord>, $crate::store::StoreError> {
                let (before_at, before_id) = match f.before {
                    Some((at, id)) => (Some(at), Some(id)),
                    None => (None, None),
                };
                let rows: Vec<$crate::store::money::EntryRow> = sqlx::query_as(
                    "SELECT id, service_account_id, kind, amount, created_at, explanation, \
                     payment_id FROM ledger_entries WHERE service_account_id = $1 \
                     AND ($2 IS NULL OR created_at >= $2) \
                     AND ($3 IS NULL OR created_at < $3) \
                     AND ($4 IS NULL OR kind = $4) \
                     AND ($5 IS NULL OR created_at < $5 OR (created_at = $5 AND id < $6)) \
                     ORDER BY created_at DESC, id DESC LIMIT $7",
                )
                .bind(account)
                .bind(f.from)
                .bind(f.to)
                .bind(f.kind.map(|k| k.as_str()))
                .bind(before_at)
                .bind(before_id)
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
