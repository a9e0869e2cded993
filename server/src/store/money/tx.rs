//! The building blocks of a money transaction, shared by the money store and the job queue:
//! claim an idempotency key, append an entry with its balance, repay a promised payment,
//! accrue bonus points, and the whole [`MoneyWrite`](super::MoneyWrite) under its effect keys.

/// Claims the idempotency key `$k` as the first write of `$tx`: SQLite takes the write lock
/// (concurrent writers wait), PostgreSQL waits on the unique key of an uncommitted twin.
/// Evaluates to `Some(the stored answer)` when the key was claimed before; the caller then
/// rolls back and replays it.
macro_rules! claim_key {
    ($tx:expr, $k:expr) => {{
        let k: &$crate::store::money::IdempotentWrite<'_> = $k;
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
        .execute(&mut *$tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            let (request_hash, status, response): (String, i64, String) = sqlx::query_as(
                "SELECT request_hash, status, response FROM idempotency_keys \
                 WHERE scope = $1 AND idem_key = $2",
            )
            .bind(k.scope)
            .bind(k.key)
            .fetch_one(&mut *$tx)
            .await?;
            Some($crate::store::money::StoredResponse {
                request_hash,
                status: u16::try_from(status).unwrap_or(500),
                response,
            })
        } else {
            None
        }
    }};
}

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

/// The package units an account took in `[from, to)`, summed from its usage records, on
/// `$ex` (the pool, or a transaction to see its own writes and those committed before).
macro_rules! package_used_in {
    ($ex:expr, $account:expr, $from:expr, $to:expr) => {{
        let rows: Vec<(String, Option<i64>)> = sqlx::query_as(
            "SELECT kind, CAST(SUM(from_package) AS BIGINT) FROM usage_records \
             WHERE service_account_id = $1 AND created_at >= $2 AND created_at < $3 \
             GROUP BY kind",
        )
        .bind($account)
        .bind($from)
        .bind($to)
        .fetch_all($ex)
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
        used
    }};
}

/// Writes effect keys, a bonus spend (with the receiver's credit of a transfer), saved cards,
/// payments, usage and entries (with balances, promised repayment and bonus accrual) inside
/// `$tx`; stops (the caller rolls back) when an effect key exists or the bonus rules refuse.
macro_rules! write_money_tx {
    ($tx:expr, $w:expr) => {{
        let w: &$crate::store::money::MoneyWrite = $w;
        let mut outcome = $crate::store::money::TxOutcome::Written;
        if let Some(g) = &w.package_guard {
            // The account's row is held to the commit: batches of one account are rated one
            // after another, each against what the one before it used.
            sqlx::query(
                "UPDATE service_accounts SET account_number = account_number WHERE id = $1",
            )
            .bind(g.account_id)
            .execute(&mut *$tx)
            .await?;
            if package_used_in!(&mut *$tx, g.account_id, g.from, g.to) != g.used {
                outcome = $crate::store::money::TxOutcome::PackageChanged;
            }
        }
        for k in w
            .effect_keys
            .iter()
            .filter(|_| outcome == $crate::store::money::TxOutcome::Written)
        {
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
            let checked = match &spend.transfer {
                None => have.checked_sub(spend.points).map(drop),
                Some(leg) => {
                    let (sent,): (Option<i64>,) = sqlx::query_as(
                        "SELECT CAST(SUM(points) AS BIGINT) FROM bonus_entries \
                         WHERE customer_id = $1 AND kind = 'transfer_out' AND created_at >= $2",
                    )
                    .bind(spend.customer_id)
                    .bind(leg.day_start)
                    .fetch_one(&mut *$tx)
                    .await?;
                    let sent = shared::bonus::Points::new($crate::store::money::u64_of(
                        -sent.unwrap_or_default(),
                    ));
                    shared::bonus::transfer(have, spend.points, sent, &leg.from, &leg.to).map(drop)
                }
            };
            match checked {
                Err(why) => outcome = $crate::store::money::TxOutcome::BonusRefused(why),
                Ok(()) => {
                    let points = $crate::store::money::i64_of(spend.points.value());
                    sqlx::query(
                        "INSERT INTO bonus_entries (customer_id, kind, points, created_at, detail) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(spend.customer_id)
                    .bind(spend.kind)
                    .bind(-points)
                    .bind(spend.at)
                    .bind(&spend.detail)
                    .execute(&mut *$tx)
                    .await?;
                    if let Some(leg) = &spend.transfer {
                        sqlx::query(
                            "INSERT INTO bonus_entries (customer_id, kind, points, created_at, \
                             detail) VALUES ($1, 'transfer_in', $2, $3, $4)",
                        )
                        .bind(leg.to_customer)
                        .bind(points)
                        .bind(spend.at)
                        .bind(leg.from.to_string())
                        .execute(&mut *$tx)
                        .await?;
                    }
                }
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
