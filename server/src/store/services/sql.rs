//! The services SQL, once for both databases (`$N` placeholders work on both).

/// Appends an entry linked to a connected item (and with an optional unique key) and moves
/// the cached balance, inside `$tx`; evaluates to whether the entry was appended (false: the
/// key existed).
macro_rules! append_linked {
    ($tx:expr, $e:expr, $sub:expr, $key:expr) => {{
        let e: &$crate::store::money::NewEntry = $e;
        let key: Option<&str> = $key;
        let added = sqlx::query(
            "INSERT INTO ledger_entries (service_account_id, kind, amount, created_at, \
             explanation, subscription_id, dedup_key) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (dedup_key) DO NOTHING",
        )
        .bind(e.account_id())
        .bind(e.kind().as_str())
        .bind(e.amount().kopecks())
        .bind(e.created_at())
        .bind($crate::store::money::explanation_json(e.explanation()))
        .bind($sub)
        .bind(key)
        .execute(&mut *$tx)
        .await?
        .rows_affected();
        if added == 1 {
            sqlx::query(
                "INSERT INTO account_balances (service_account_id, balance, entries) \
                 VALUES ($1, $2, 1) ON CONFLICT (service_account_id) DO UPDATE SET \
                 balance = account_balances.balance + excluded.balance, \
                 entries = account_balances.entries + 1",
            )
            .bind(e.account_id())
            .bind(e.amount().kopecks())
            .execute(&mut *$tx)
            .await?;
        }
        added == 1
    }};
}

macro_rules! insert_sub {
    ($tx:expr, $account:expr, $s:expr, $ended:expr) => {{
        let s: &$crate::store::services::NewSubscription = $s;
        let ended: Option<i64> = $ended;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO subscriptions (service_account_id, kind, item_id, name, monthly_fee, \
             variant, started_at, ended_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind($account)
        .bind(s.kind.as_str())
        .bind(&s.item_id)
        .bind(&s.name)
        .bind(s.monthly_fee.kopecks())
        .bind(s.variant.as_deref())
        .bind(s.started_at)
        .bind(ended)
        .fetch_one(&mut *$tx)
        .await?;
        id
    }};
}

macro_rules! insert_log {
    ($tx:expr, $l:expr) => {{
        let l: &$crate::store::services::NewActivation = $l;
        sqlx::query(
            "INSERT INTO activation_log (service_account_id, at, action, kind, item_id, name, \
             channel, actor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(l.account_id)
        .bind(l.at)
        .bind($crate::store::services::action_name(l.action))
        .bind(l.kind.as_str())
        .bind(&l.item_id)
        .bind(&l.name)
        .bind(l.channel.as_str())
        .bind(&l.actor)
        .execute(&mut *$tx)
        .await?;
    }};
}

macro_rules! services_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::services::ServicesStore for $store {
            async fn insert_options(
                &self,
                options: &[$crate::store::services::OptionRecord],
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                let mut n = 0;
                for (position, o) in options.iter().enumerate() {
                    let (kind, amount) = $crate::store::services::price_parts(o.price);
                    n += sqlx::query(
                        "INSERT INTO service_options (id, service, name, effect, price_kind, \
                         price, position) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                         ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(&o.id)
                    .bind(o.service.as_str())
                    .bind(&o.name)
                    .bind(&o.effect)
                    .bind(kind)
                    .bind(amount)
                    .bind(i64::try_from(position).unwrap_or_default())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                tx.commit().await?;
                Ok(n)
            }

            async fn options(
                &self,
                service: shared::service::ServiceKind,
            ) -> Result<Vec<$crate::store::services::OptionRecord>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::services::OptionRow> = sqlx::query_as(
                    "SELECT id, service, name, effect, price_kind, price FROM service_options \
                     WHERE service = $1 ORDER BY position, id",
                )
                .bind(service.as_str())
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map($crate::store::services::option_from_row)
                    .collect())
            }

            async fn subscriptions(
                &self,
                account: i64,
                active_only: bool,
            ) -> Result<Vec<$crate::store::services::SubscriptionRecord>, $crate::store::StoreError>
            {
                let sql = format!(
                    "{} WHERE s.service_account_id = $1 AND ($2 = 0 OR s.ended_at IS NULL) \
                     ORDER BY s.started_at, s.id",
                    $crate::store::services::SUB_SELECT
                );
                let rows: Vec<$crate::store::services::SubRow> = sqlx::query_as(&sql)
                    .bind(account)
                    .bind(i64::from(active_only))
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .into_iter()
                    .map($crate::store::services::sub_from_row)
                    .collect())
            }

            async fn accruing_blocks(
                &self,
                ended_since: i64,
                through: &str,
            ) -> Result<Vec<$crate::store::services::AccruingItem>, $crate::store::StoreError> {
                let sql = format!(
                    "{} WHERE kind = 'block' AND COALESCE(variant, '') <> 'permanent' \
                     AND (ended_at IS NULL OR ended_at >= $1) \
                     AND (charged_through IS NULL OR charged_through < $2) ORDER BY id",
                    $crate::store::services::ACCRUING_SELECT
                );
                Ok(sqlx::query_as(&sql)
                    .bind(ended_since)
                    .bind(through)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn accruing_monthly(
                &self,
                ended_since: i64,
                started_before: i64,
                through: &str,
            ) -> Result<Vec<$crate::store::services::AccruingItem>, $crate::store::StoreError> {
                let sql = format!(
                    "{} WHERE kind NOT IN ('tariff', 'block') AND monthly_fee > 0 \
                     AND (ended_at IS NULL OR ended_at >= $1) AND started_at < $2 \
                     AND (charged_through IS NULL OR charged_through < $3) ORDER BY id",
                    $crate::store::services::ACCRUING_SELECT
                );
                Ok(sqlx::query_as(&sql)
                    .bind(ended_since)
                    .bind(started_before)
                    .bind(through)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn apply_change(
                &self,
                idem: Option<$crate::store::money::IdempotentWrite<'_>>,
                c: &$crate::store::services::ServiceChange,
            ) -> Result<$crate::store::services::Applied, $crate::store::StoreError> {
                use $crate::store::services::{Applied, SubRef};
                let mut tx = begin_for_customer!(self.writer, c.customer_id);
                if let Some(k) = idem {
                    let stored: Option<(String, i64, String)> = sqlx::query_as(
                        "SELECT request_hash, status, response FROM idempotency_keys \
                         WHERE scope = $1 AND idem_key = $2",
                    )
                    .bind(k.scope)
                    .bind(k.key)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if let Some((request_hash, status, response)) = stored {
                        tx.rollback().await?;
                        return Ok(Applied::Replay($crate::store::money::StoredResponse {
                            request_hash,
                            status: u16::try_from(status).unwrap_or(500),
                            response,
                        }));
                    }
                }
                let active: Vec<(i64, String, String)> = sqlx::query_as(
                    "SELECT id, kind, item_id FROM subscriptions \
                     WHERE service_account_id = $1 AND ended_at IS NULL",
                )
                .bind(c.account_id)
                .fetch_all(&mut *tx)
                .await?;
                if let Some((kind, code)) = c.refuse_if_active {
                    if active.iter().any(|(_, k, _)| k == kind.as_str()) {
                        tx.rollback().await?;
                        return Ok(Applied::Refused(code));
                    }
                }
                if let Some((kind, max, code)) = c.limit {
                    let now_active = active.iter().filter(|(_, k, _)| k == kind.as_str()).count();
                    let opened = c.open.iter().filter(|s| s.kind == kind).count();
                    if now_active + opened > max {
                        tx.rollback().await?;
                        return Ok(Applied::Refused(code));
                    }
                }
                let duplicate = c.open.iter().any(|s| {
                    active
                        .iter()
                        .any(|(_, k, item)| k == s.kind.as_str() && *item == s.item_id)
                });
                if duplicate {
                    tx.rollback().await?;
                    return Ok(Applied::Refused(shared::ErrorCode::AlreadyConnected));
                }
                if let Some(expected) = &c.expect_tariff {
                    let current: Option<(String,)> = sqlx::query_as(
                        "SELECT tariff_id FROM account_tariffs WHERE service_account_id = $1",
                    )
                    .bind(c.account_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if current.map(|r| r.0).as_ref() != Some(expected) {
                        tx.rollback().await?;
                        return Ok(Applied::Refused(shared::ErrorCode::QuoteStale));
                    }
                }
                if let Some(fee) = &c.period_fee {
                    // Charged: the key exists. Not yet: this change takes it in the same
                    // transaction as the fee run would, so exactly one of them bills the period.
                    let as_quoted = if fee.charged {
                        let found: Option<(String,)> = sqlx::query_as(
                            "SELECT effect_key FROM effect_keys WHERE effect_key = $1",
                        )
                        .bind(&fee.key)
                        .fetch_optional(&mut *tx)
                        .await?;
                        found.is_some()
                    } else {
                        sqlx::query(
                            "INSERT INTO effect_keys (effect_key, created_at) VALUES ($1, $2) \
                             ON CONFLICT (effect_key) DO NOTHING",
                        )
                        .bind(&fee.key)
                        .bind(c.at)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected()
                            == 1
                    };
                    if !as_quoted {
                        tx.rollback().await?;
                        return Ok(Applied::Refused(shared::ErrorCode::QuoteStale));
                    }
                }
                if c.charge.is_positive() {
                    let balance: Option<(i64,)> = sqlx::query_as(
                        "SELECT balance FROM account_balances WHERE service_account_id = $1",
                    )
                    .bind(c.account_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let balance =
                        shared::Money::from_kopecks(balance.map(|b| b.0).unwrap_or_default());
                    if let Err(e) = shared::charge::balance_after(balance, c.charge) {
                        tx.rollback().await?;
                        return Ok(Applied::Refused(shared::ApiError::from(e).code));
                    }
                }
                let now = c.at;
                let mut closed: Option<i64> = None;
                if let Some(kind) = c.close_kind {
                    let row: Option<(i64,)> = sqlx::query_as(
                        "UPDATE subscriptions SET ended_at = $3 WHERE service_account_id = $1 \
                         AND kind = $2 AND ended_at IS NULL RETURNING id",
                    )
                    .bind(c.account_id)
                    .bind(kind.as_str())
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                    closed = row.map(|r| r.0);
                    if closed.is_none() {
                        if let Some(fallback) = &c.close_fallback {
                            closed = Some(insert_sub!(tx, c.account_id, fallback, Some(now)));
                        }
                    }
                }
                if let Some(tariff) = &c.set_tariff {
                    sqlx::query(
                        "INSERT INTO account_tariffs (service_account_id, tariff_id, since) \
                         VALUES ($1, $2, $3) ON CONFLICT (service_account_id) DO UPDATE \
                         SET tariff_id = excluded.tariff_id",
                    )
                    .bind(c.account_id)
                    .bind(tariff)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                let mut opened = Vec::with_capacity(c.open.len());
                for s in &c.open {
                    opened.push(insert_sub!(tx, c.account_id, s, None));
                }
                for (e, link) in &c.entries {
                    let sub = match link {
                        SubRef::None => None,
                        SubRef::Opened(i) => opened.get(*i).copied(),
                        SubRef::Closed => closed,
                        SubRef::Existing(id) => Some(*id),
                    };
                    // Without a key an entry is always appended.
                    let _appended: bool = append_linked!(tx, e, sub, None);
                }
                for l in &c.log {
                    insert_log!(tx, l);
                }
                if let Some(k) = idem {
                    sqlx::query(
                        "INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, \
                         response, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(k.scope)
                    .bind(k.key)
                    .bind(k.request_hash)
                    .bind(i64::from(k.status))
                    .bind(k.response)
                    .bind(k.now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(Applied::Done)
            }

            async fn idempotent_response(
                &self,
                scope: &str,
                key: &str,
            ) -> Result<Option<$crate::store::money::StoredResponse>, $crate::store::StoreError>
            {
                let row: Option<(String, i64, String)> = sqlx::query_as(
                    "SELECT request_hash, status, response FROM idempotency_keys \
                     WHERE scope = $1 AND idem_key = $2",
                )
                .bind(scope)
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(request_hash, status, response)| {
                    $crate::store::money::StoredResponse {
                        request_hash,
                        status: u16::try_from(status).unwrap_or(500),
                        response,
                    }
                }))
            }

            async fn end_subscription(
                &self,
                account: i64,
                id: i64,
                at: i64,
                log: &$crate::store::services::NewActivation,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                let done = sqlx::query(
                    "UPDATE subscriptions SET ended_at = $3 WHERE id = $1 \
                     AND service_account_id = $2 AND ended_at IS NULL",
                )
                .bind(id)
                .bind(account)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done != 1 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                insert_log!(tx, log);
                tx.commit().await?;
                Ok(true)
            }

            async fn accrue_fee(
                &self,
                entry: &$crate::store::money::NewEntry,
                subscription: i64,
                dedup_key: &str,
                through: &str,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.writer.begin().await?;
                let added = append_linked!(tx, entry, Some(subscription), Some(dedup_key));
                sqlx::query(
                    "UPDATE subscriptions SET charged_through = $2 WHERE id = $1 \
                     AND (charged_through IS NULL OR charged_through < $2)",
                )
                .bind(subscription)
                .bind(through)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(added)
            }

            async fn activation_log(
                &self,
                account: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::services::ActivationRecord>, $crate::store::StoreError>
            {
                let rows: Vec<$crate::store::services::LogRow> = sqlx::query_as(
                    "SELECT service_account_id, at, action, kind, item_id, name, channel, actor \
                     FROM activation_log WHERE service_account_id = $1 \
                     ORDER BY at DESC, id DESC LIMIT $2",
                )
                .bind(account)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map($crate::store::services::log_from_row)
                    .collect())
            }

            async fn internet(
                &self,
                account: i64,
            ) -> Result<Option<$crate::store::services::InternetRecord>, $crate::store::StoreError>
            {
                let row: Option<(i64, String, String, String, i64)> = sqlx::query_as(
                    "SELECT service_account_id, address, ip, equipment, traffic_used_mb \
                     FROM internet_connections WHERE service_account_id = $1",
                )
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| $crate::store::services::InternetRecord {
                    account_id: r.0,
                    address: r.1,
                    ip: r.2,
                    equipment: r.3.lines().map(str::to_owned).collect(),
                    traffic_used_mb: u64::try_from(r.4).unwrap_or_default(),
                }))
            }

            async fn insert_internet(
                &self,
                r: &$crate::store::services::InternetRecord,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO internet_connections (service_account_id, address, ip, \
                     equipment, traffic_used_mb) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (service_account_id) DO NOTHING",
                )
                .bind(r.account_id)
                .bind(&r.address)
                .bind(&r.ip)
                .bind(r.equipment.join("\n"))
                .bind(i64::try_from(r.traffic_used_mb).unwrap_or(i64::MAX))
                .execute(&self.writer)
                .await?
                .rows_affected();
                Ok(done == 1)
            }
        }
    };
}
