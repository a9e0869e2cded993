//! The money-controls SQL, once for both databases (`$N` placeholders work on both).

macro_rules! controls_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::controls::ControlsStore for $store {
            async fn insert_autopay_rule(
                &self,
                customer: i64,
                account: i64,
                card_id: &str,
                s: &shared::autopay::AutopaySettings,
                now: i64,
                limit: $crate::store::LimitRule,
            ) -> Result<$crate::store::Insert, $crate::store::StoreError> {
                let mut tx = begin_for_customer!(self.writer, customer);
                let (count,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM autopay_rules \
                     WHERE service_account_id = $1 AND deleted = FALSE",
                )
                .bind(account)
                .fetch_one(&mut *tx)
                .await?;
                if let Err(code) = limit($crate::store::core::count(count)) {
                    return Ok($crate::store::Insert::Refused(code));
                }
                let (kind, threshold, day) = $crate::store::controls::trigger_columns(s.trigger);
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO autopay_rules (customer_id, service_account_id, card_id, \
                     trigger_kind, threshold, day_of_month, amount, daily_cap, monthly_cap, \
                     created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(customer)
                .bind(account)
                .bind(card_id)
                .bind(kind)
                .bind(threshold)
                .bind(day)
                .bind(s.amount.kopecks())
                .bind(s.daily_cap.kopecks())
                .bind(s.monthly_cap.kopecks())
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok($crate::store::Insert::Added(id))
            }

            async fn update_autopay_rule(
                &self,
                customer: i64,
                id: i64,
                card_id: &str,
                s: &shared::autopay::AutopaySettings,
            ) -> Result<bool, $crate::store::StoreError> {
                let (kind, threshold, day) = $crate::store::controls::trigger_columns(s.trigger);
                let done = sqlx::query(
                    "UPDATE autopay_rules SET card_id = $3, trigger_kind = $4, threshold = $5, \
                     day_of_month = $6, amount = $7, daily_cap = $8, monthly_cap = $9, \
                     version = version + 1 \
                     WHERE id = $1 AND customer_id = $2 AND deleted = FALSE",
                )
                .bind(id)
                .bind(customer)
                .bind(card_id)
                .bind(kind)
                .bind(threshold)
                .bind(day)
                .bind(s.amount.kopecks())
                .bind(s.daily_cap.kopecks())
                .bind(s.monthly_cap.kopecks())
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_autopay_rule_state(
                &self,
                customer: i64,
                id: i64,
                paused: bool,
                deleted: bool,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE autopay_rules SET paused = $3, deleted = $4, version = version + 1 \
                     WHERE id = $1 AND customer_id = $2 AND deleted = FALSE",
                )
                .bind(id)
                .bind(customer)
                .bind(paused)
                .bind(deleted)
                .execute(&self.writer)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn autopay_rules_of(
                &self,
                customer: i64,
            ) -> Result<Vec<$crate::store::controls::AutopayRuleRow>, $crate::store::StoreError>
            {
                let sql = format!(
                    "SELECT {} FROM autopay_rules WHERE customer_id = $1 AND deleted = FALSE \
                     ORDER BY id",
                    $crate::store::controls::RULE_COLUMNS
                );
                let rows: Vec<$crate::store::controls::RuleRow> =
                    sqlx::query_as(&sql).bind(customer).fetch_all(&self.pool).await?;
                Ok(rows.into_iter().map($crate::store::controls::rule_from_row).collect())
            }

            async fn autopay_rule(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::controls::AutopayRuleRow>, $crate::store::StoreError>
            {
                let sql = format!(
                    "SELECT {} FROM autopay_rules WHERE id = $1 AND deleted = FALSE",
                    $crate::store::controls::RULE_COLUMNS
                );
                let row: Option<$crate::store::controls::RuleRow> =
                    sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?;
                Ok(row.map($crate::store::controls::rule_from_row))
            }

            async fn active_autopay_rules(
                &self,
            ) -> Result<Vec<$crate::store::controls::AutopayRuleRow>, $crate::store::StoreError>
            {
                let sql = format!(
                    "SELECT {} FROM autopay_rules WHERE deleted = FALSE AND paused = FALSE \
                     ORDER BY id",
                    $crate::store::controls::RULE_COLUMNS
                );
                let rows: Vec<$crate::store::controls::RuleRow> =
                    sqlx::query_as(&sql).fetch_all(&self.pool).await?;
                Ok(rows.into_iter().map($crate::store::controls::rule_from_row).collect())
            }

            async fn autopay_attempts(
                &self,
                rule: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::controls::AutopayAttemptRow>, $crate::store::StoreError>
            {
                let rows: Vec<(i64, i64, String, i64, String, Option<String>, i64)> =
                    sqlx::query_as(
                        "SELECT id, rule_id, trigger_key, amount, outcome, payment_id, created_at \
                         FROM autopay_attempts WHERE rule_id = $1 \
                         ORDER BY created_at DESC, id DESC LIMIT $2",
                    )
                    .bind(rule)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::controls::AutopayAttemptRow {
                        id: r.0,
                        rule_id: r.1,
                        trigger_key: r.2,
                        amount: shared::Money::from_kopecks(r.3),
                        outcome: r.4,
                        payment_id: r.5,
                        created_at: r.6,
                    })
                    .collect())
            }

            async fn autopay_paid(
                &self,
                rule: i64,
                day_start: i64,
                month_start: i64,
            ) -> Result<$crate::store::controls::AutopayPaid, $crate::store::StoreError> {
                let (day, month, last): (Option<i64>, Option<i64>, Option<i64>) = sqlx::query_as(
                    "SELECT \
                     CAST(SUM(CASE WHEN outcome = 'succeeded' AND created_at >= $2 \
                         THEN amount ELSE 0 END) AS BIGINT), \
                     CAST(SUM(CASE WHEN outcome = 'succeeded' AND created_at >= $3 \
                         THEN amount ELSE 0 END) AS BIGINT), \
                     MAX(CASE WHEN trigger_key LIKE 'day:%' THEN created_at END) \
                     FROM autopay_attempts WHERE rule_id = $1",
                )
                .bind(rule)
                .bind(day_start)
                .bind(month_start)
                .fetch_one(&self.pool)
                .await?;
                Ok($crate::store::controls::AutopayPaid {
                    since_day: shared::Money::from_kopecks(day.unwrap_or_default()),
                    since_month: shared::Money::from_kopecks(month.unwrap_or_default()),
                    last_day_run: last,
                })
            }

            async fn set_expense_limit(
                &self,
                account: i64,
                limit: Option<shared::Money>,
                now: i64,
            ) -> Result<(), $crate::store::StoreError> {
                match limit {
                    Some(l) => {
                        sqlx::query(
                            "INSERT INTO expense_limits (service_account_id, limit_amount, \
                             updated_at) VALUES ($1, $2, $3) \
                             ON CONFLICT (service_account_id) DO UPDATE SET \
                             limit_amount = excluded.limit_amount, updated_at = excluded.updated_at",
                        )
                        .bind(account)
                        .bind(l.kopecks())
                        .bind(now)
                        .execute(&self.writer)
                        .await?;
                    }
                    None => {
                        sqlx::query("DELETE FROM expense_limits WHERE service_account_id = $1")
                            .bind(account)
                            .execute(&self.writer)
                            .await?;
                    }
                }
                Ok(())
            }

            async fn expense_limit(
                &self,
                account: i64,
            ) -> Result<Option<shared::Money>, $crate::store::StoreError> {
                let row: Option<(i64,)> = sqlx::query_as(
                    "SELECT limit_amount FROM expense_limits WHERE service_account_id = $1",
                )
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|r| shared::Money::from_kopecks(r.0)))
            }

            async fn expense_limits(
                &self,
            ) -> Result<Vec<(i64, i64, shared::Money)>, $crate::store::StoreError> {
                let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
                    "SELECT l.service_account_id, a.customer_id, l.limit_amount \
                     FROM expense_limits l \
                     JOIN service_accounts a ON a.id = l.service_account_id ORDER BY 1",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| (r.0, r.1, shared::Money::from_kopecks(r.2)))
                    .collect())
            }

            async fn spend_by_kind(
                &self,
                account: i64,
                from: i64,
                to: i64,
            ) -> Result<Vec<(String, shared::Money)>, $crate::store::StoreError> {
                let sql = format!(
                    "SELECT kind, CAST(SUM(-amount) AS BIGINT) FROM ledger_entries \
                     WHERE service_account_id = $1 AND created_at >= $2 AND created_at < $3 \
                     AND kind IN ({}) GROUP BY kind ORDER BY kind",
                    shared::ledger::EntryKind::spend_sql_list()
                );
                let rows: Vec<(String, Option<i64>)> = sqlx::query_as(&sql)
                .bind(account)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(k, s)| (k, shared::Money::from_kopecks(s.unwrap_or_default())))
                    .collect())
            }

            async fn usage_totals(
                &self,
                account: i64,
                from: i64,
                to: i64,
            ) -> Result<Vec<$crate::store::controls::UsageTotal>, $crate::store::StoreError> {
                let rows: Vec<(String, Option<i64>, Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT kind, CAST(SUM(quantity) AS BIGINT), \
                     CAST(SUM(from_package) AS BIGINT), CAST(SUM(billed) AS BIGINT) \
                     FROM usage_records \
                     WHERE service_account_id = $1 AND created_at >= $2 AND created_at < $3 \
                     GROUP BY kind ORDER BY kind",
                )
                .bind(account)
                .bind(from)
                .bind(to)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::controls::UsageTotal {
                        kind: r.0,
                        quantity: r.1.unwrap_or_default(),
                        from_package: r.2.unwrap_or_default(),
                        billed: r.3.unwrap_or_default(),
                    })
                    .collect())
            }

            async fn bonus_balance(&self, customer: i64) -> Result<i64, $crate::store::StoreError> {
                let (sum,): (Option<i64>,) = sqlx::query_as(
                    "SELECT CAST(SUM(points) AS BIGINT) FROM bonus_entries WHERE customer_id = $1",
                )
                .bind(customer)
                .fetch_one(&self.pool)
                .await?;
                Ok(sum.unwrap_or_default())
            }

            async fn bonus_sent_since(
                &self,
                customer: i64,
                since: i64,
            ) -> Result<i64, $crate::store::StoreError> {
                let (sum,): (Option<i64>,) = sqlx::query_as(
                    "SELECT CAST(SUM(points) AS BIGINT) FROM bonus_entries \
                     WHERE customer_id = $1 AND kind = 'transfer_out' AND created_at >= $2",
                )
                .bind(customer)
                .bind(since)
                .fetch_one(&self.pool)
                .await?;
                Ok(-sum.unwrap_or_default())
            }

            async fn bonus_history(
                &self,
                customer: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::controls::BonusRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, i64, i64, Option<String>, String)> = sqlx::query_as(
                    "SELECT id, kind, points, created_at, payment_id, detail FROM bonus_entries \
                     WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
                )
                .bind(customer)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::controls::BonusRow {
                        id: r.0,
                        kind: r.1,
                        points: r.2,
                        created_at: r.3,
                        payment_id: r.4,
                        detail: r.5,
                    })
                    .collect())
            }

            async fn restriction(
                &self,
                account: i64,
            ) -> Result<Option<(String, i64)>, $crate::store::StoreError> {
                let row: Option<(String, i64)> = sqlx::query_as(
                    "SELECT reason, since FROM account_restrictions \
                     WHERE service_account_id = $1 AND lifted_at IS NULL ORDER BY since LIMIT 1",
                )
                .bind(account)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row)
            }

            async fn open_promised_all(
                &self,
            ) -> Result<Vec<$crate::store::controls::OpenPromisedRow>, $crate::store::StoreError>
            {
                let rows: Vec<(i64, i64, i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
                    "SELECT p.service_account_id, a.customer_id, p.id, p.amount, p.fee, \
                     p.outstanding, p.taken_at, p.expires_at FROM promised_payments p \
                     JOIN service_accounts a ON a.id = p.service_account_id \
                     WHERE p.outstanding > 0 ORDER BY p.id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| $crate::store::controls::OpenPromisedRow {
                        account_id: r.0,
                        customer_id: r.1,
                        promised: $crate::store::money::PromisedRecord {
                            id: r.2,
                            amount: shared::Money::from_kopecks(r.3),
                            fee: shared::Money::from_kopecks(r.4),
                            outstanding: shared::Money::from_kopecks(r.5),
                            taken_at: r.6,
                            expires_at: r.7,
                        },
                    })
                    .collect())
            }
        }
    };
}
