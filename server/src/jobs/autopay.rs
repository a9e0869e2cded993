//! Auto-payment runs: the scheduler asks `shared::autopay` whether each active rule fires
//! now; a firing rule becomes a job keyed by (rule, trigger). The job charges the rule's saved
//! card through the sandbox acquirer and records the attempt, the payment and its ledger entry
//! in the transaction that finishes the job, under the effect key `autopay:<rule>:<trigger>`
//! and guarded by the rule's version (so caps hold even when two triggers race).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use shared::Lang;
use shared::api::autopay::AutopayOutcome;
use shared::api::payments::PaymentStatus;
use shared::autopay::{
    AutopayDecision, AutopayHistory, AutopayRule, AutopayTrigger, autopay_decide,
};
use shared::card::CardExpiry;
use shared::ledger::PaymentMethod;
use shared::notify::NotificationEvent;
use shared::tariff::BillingPeriod;

use super::queue::JobError;
use super::{Notice, Work, job};
use crate::clock::from_unix;
use crate::domain::money::acquirer::{self, Decision};
use crate::domain::money::midnight;
use crate::domain::money::payments::payment_entry;
use crate::domain::secrets;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::controls::AutopayRuleRow;
use crate::store::jobs::{ClaimedJob, NewAutopayAttempt, NewJob};
use crate::store::money::{AccountRecord, HistoryFilter, NewPayment};

pub const KIND: &str = "autopay";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Payload {
    rule_id: i64,
    trigger: String,
}

/// The once-only key of a rule's attempt for one trigger.
pub fn key(rule: i64, trigger: &str) -> String {
    format!("autopay:{rule}:{trigger}")
}

/// The rule's account, its decision now and the trigger it would run under.
async fn evaluate(
    state: &AppState,
    rule: &AutopayRuleRow,
    now: DateTime<Utc>,
) -> Result<Option<(AccountRecord, AutopayDecision, String)>, StoreError> {
    let Ok(checked) = AutopayRule::new(rule.settings) else {
        return Ok(None);
    };
    let Some(account) = state
        .store
        .accounts_of(rule.customer_id)
        .await?
        .into_iter()
        .find(|a| a.id == rule.account_id)
    else {
        return Ok(None);
    };
    let today = now.date_naive();
    let paid = state
        .store
        .autopay_paid(
            rule.id,
            midnight(today),
            midnight(BillingPeriod::containing(today).start),
        )
        .await?;
    let history = AutopayHistory {
        paid_today: paid.since_day,
        paid_this_month: paid.since_month,
        last_scheduled_run: paid.last_day_run.map(|t| from_unix(t).date_naive()),
    };
    let decision = autopay_decide(&checked, account.balance, today, &history);
    let trigger = match rule.settings.trigger {
        AutopayTrigger::DayOfMonth { .. } => format!("day:{today}"),
        // The state of the ledger: the same balance never triggers twice; a new entry may.
        AutopayTrigger::BalanceBelow { .. } => {
            let newest = state
                .store
                .history(
                    account.id,
                    &HistoryFilter {
                        limit: 1,
                        ..HistoryFilter::default()
                    },
                )
                .await?;
            format!("below:{}", newest.first().map_or(0, |e| e.id))
        }
    };
    Ok(Some((account, decision, trigger)))
}

/// A job for every active rule that fires now (or would, but for a cap).
pub async fn due(state: &AppState, now: DateTime<Utc>) -> Result<Vec<NewJob>, StoreError> {
    let mut jobs = Vec::new();
    for rule in state.store.active_autopay_rules().await? {
        let Some((_, decision, trigger)) = evaluate(state, &rule, now).await? else {
            continue;
        };
        if decision != AutopayDecision::NotTriggered {
            let payload = Payload {
                rule_id: rule.id,
                trigger: trigger.clone(),
            };
            jobs.push(job(KIND, key(rule.id, &trigger), &payload, now.timestamp()));
        }
    }
    Ok(jobs)
}

pub async fn run(state: &AppState, job: &ClaimedJob, now: DateTime<Utc>) -> Result<Work, JobError> {
    let p: Payload = serde_json::from_str(&job.payload)?;
    let Some(rule) = state.store.autopay_rule(p.rule_id).await? else {
        return Ok(Work::default());
    };
    if rule.paused {
        return Ok(Work::default());
    }
    let Some((account, decision, _)) = evaluate(state, &rule, now).await? else {
        return Ok(Work::default());
    };
    let at = now.timestamp();
    let amount = rule.settings.amount;
    let outcome = match decision {
        AutopayDecision::NotTriggered => return Ok(Work::default()),
        AutopayDecision::OverCap => AutopayOutcome::OverCap,
        AutopayDecision::Charge(_) => {
            let card = state
                .store
                .saved_cards(rule.customer_id)
                .await?
                .into_iter()
                .find(|c| c.id == rule.card_id)
                .filter(|c| {
                    let expiry = CardExpiry {
                        year: c.expiry_year,
                        month: c.expiry_month,
                    };
                    !expiry.has_expired(now.date_naive())
                });
            match card.map(|c| (acquirer::authorize(&c.last4), c)) {
                None => AutopayOutcome::CardUnavailable,
                Some((Decision::Approved, _)) => AutopayOutcome::Succeeded,
                Some((Decision::Declined, _)) => AutopayOutcome::Declined,
                Some((Decision::InsufficientFunds, _)) => AutopayOutcome::InsufficientFunds,
                Some((Decision::Challenge, _)) => AutopayOutcome::ConfirmationRequired,
            }
        }
    };
    let mut work = Work::default();
    let effect = &mut work.effect;
    effect.money.effect_keys.push(key(rule.id, &p.trigger));
    effect.money.effect_at = at;
    effect.autopay_guard = Some((rule.id, rule.version));
    let charged = !matches!(
        outcome,
        AutopayOutcome::OverCap | AutopayOutcome::CardUnavailable
    );
    let payment_id = charged.then(secrets::nonce);
    if let Some(id) = &payment_id {
        let status = match outcome {
            AutopayOutcome::Succeeded => PaymentStatus::Succeeded,
            AutopayOutcome::ConfirmationRequired => PaymentStatus::Failed,
            _ => PaymentStatus::Declined,
        };
        let last4 = state
            .store
            .saved_cards(rule.customer_id)
            .await?
            .into_iter()
            .find(|c| c.id == rule.card_id)
            .map(|c| c.last4);
        let payment = NewPayment {
            id: id.clone(),
            customer_id: rule.customer_id,
            account_id: account.id,
            amount,
            method: PaymentMethod::SavedCard.as_str().to_owned(),
            status: status.as_str().to_owned(),
            card_last4: last4,
            saved_card_id: Some(rule.card_id.clone()),
            external_id: Some(key(rule.id, &p.trigger)),
            created_at: at,
            completed_at: (status == PaymentStatus::Succeeded).then_some(at),
        };
        if status == PaymentStatus::Succeeded {
            let entry = payment_entry(&payment, at).map_err(|e| JobError::Rule(e.0.message))?;
            effect.money.entries.push(entry);
        }
        effect.money.payments.push(payment);
    }
    effect.autopay_attempt = Some(NewAutopayAttempt {
        rule_id: rule.id,
        trigger_key: p.trigger.clone(),
        amount: amount.kopecks(),
        outcome: outcome.as_str().to_owned(),
        payment_id,
        created_at: at,
    });
    let sum = amount.format(Lang::Ru);
    let (event, title, body) = match outcome {
        AutopayOutcome::Succeeded => (
            NotificationEvent::PaymentReceived,
            "автоплатёж выполнен",
            format!(
                "Автоплатёж: на счёт {} зачислено {sum}.",
                account.account_number
            ),
        ),
        AutopayOutcome::OverCap => (
            NotificationEvent::BalanceLow,
            "автоплатёж пропущен",
            format!(
                "Автоплатёж на {sum} для счёта {} пропущен: достигнут дневной или месячный лимит.",
                account.account_number
            ),
        ),
        AutopayOutcome::CardUnavailable => (
            NotificationEvent::BalanceLow,
            "автоплатёж не выполнен",
            format!(
                "Автоплатёж на {sum} для счёта {} не выполнен: карта удалена или её срок истёк.",
                account.account_number
            ),
        ),
        _ => (
            NotificationEvent::BalanceLow,
            "автоплатёж не выполнен",
            format!(
                "Автоплатёж на {sum} для счёта {} не выполнен: банк отклонил платёж.",
                account.account_number
            ),
        ),
    };
    work.notices.push(Notice {
        customer: rule.customer_id,
        event,
        title: title.to_owned(),
        body,
    });
    Ok(work)
}
