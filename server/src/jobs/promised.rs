//! Promised payments (PRODUCT 6): a reminder before expiry, once per promised payment, and
//! the restriction of service when one expires unpaid (lifted in the transaction of the
//! payment that repays it). When each is due is `shared::promised::PromisedPayment::status`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use shared::Lang;
use shared::notify::NotificationEvent;
use shared::promised::{NOTIFY_BEFORE_HOURS, PromisedPayment, PromisedStatus};

use super::queue::JobError;
use super::{Notice, Work, job};
use crate::clock::from_unix;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::jobs::{ClaimedJob, NewJob, NewRestriction};
use crate::store::money::PromisedRecord;

pub const REMIND: &str = "promised_reminder";
pub const RESTRICT: &str = "promised_restrict";
/// The reason of a restriction for an unpaid promised payment.
pub const REASON: &str = "promised_unpaid";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Payload {
    promised_id: i64,
    account_id: i64,
    customer_id: i64,
}

fn rules(p: &PromisedRecord) -> PromisedPayment {
    PromisedPayment {
        amount: p.amount,
        fee: p.fee,
        taken_at: from_unix(p.taken_at).naive_utc(),
        expires_at: from_unix(p.expires_at).naive_utc(),
    }
}

pub fn remind_key(promised: i64) -> String {
    format!("promised-remind:{promised}")
}

pub fn restrict_key(promised: i64) -> String {
    format!("promised-restrict:{promised}")
}

/// A reminder for each promised payment expiring soon, a restriction for each expired.
pub async fn due(state: &AppState, now: DateTime<Utc>) -> Result<Vec<NewJob>, StoreError> {
    let mut jobs = Vec::new();
    for row in state.store.open_promised_all().await? {
        let p = &row.promised;
        let payload = Payload {
            promised_id: p.id,
            account_id: row.account_id,
            customer_id: row.customer_id,
        };
        match rules(p).status(now.naive_utc()) {
            PromisedStatus::Active => {}
            PromisedStatus::ExpiringSoon => jobs.push(job(
                REMIND,
                remind_key(p.id),
                &payload,
                p.expires_at - NOTIFY_BEFORE_HOURS * 3600,
            )),
            PromisedStatus::Expired => {
                jobs.push(job(RESTRICT, restrict_key(p.id), &payload, p.expires_at));
            }
        }
    }
    Ok(jobs)
}

/// The promised payment, if it is still unpaid.
async fn still_open(state: &AppState, p: &Payload) -> Result<Option<PromisedRecord>, StoreError> {
    Ok(state
        .store
        .promised_open(p.account_id)
        .await?
        .filter(|o| o.id == p.promised_id))
}

pub async fn remind(
    state: &AppState,
    job: &ClaimedJob,
    now: DateTime<Utc>,
) -> Result<Work, JobError> {
    let p: Payload = serde_json::from_str(&job.payload)?;
    let Some(open) = still_open(state, &p).await? else {
        return Ok(Work::default());
    };
    let expires = from_unix(open.expires_at).format("%d.%m.%Y %H:%M UTC");
    let body = format!(
        "Обещанный платёж истекает {expires}. Осталось погасить {}: пополните счёт, чтобы услуги не были ограничены.",
        open.outstanding.format(Lang::Ru)
    );
    Ok(Work::notice_once(
        remind_key(open.id),
        now.timestamp(),
        Notice {
            customer: p.customer_id,
            event: NotificationEvent::PromisedPaymentExpiring,
            title: "обещанный платёж истекает".to_owned(),
            body,
        },
    ))
}

pub async fn restrict(
    state: &AppState,
    job: &ClaimedJob,
    now: DateTime<Utc>,
) -> Result<Work, JobError> {
    let p: Payload = serde_json::from_str(&job.payload)?;
    let Some(open) = still_open(state, &p).await? else {
        return Ok(Work::default());
    };
    if rules(&open).status(now.naive_utc()) != PromisedStatus::Expired {
        return Ok(Work::default());
    }
    let body = format!(
        "Обещанный платёж не погашен в срок: услуги ограничены. Пополните счёт на {}, и ограничение снимется.",
        open.outstanding.format(Lang::Ru)
    );
    let mut work = Work::notice_once(
        restrict_key(open.id),
        now.timestamp(),
        Notice {
            customer: p.customer_id,
            // Routed like the reminder: the same promised payment, now expired.
            event: NotificationEvent::PromisedPaymentExpiring,
            title: "услуги ограничены".to_owned(),
            body,
        },
    );
    work.effect.restrict = Some(NewRestriction {
        account_id: p.account_id,
        reason: REASON.to_owned(),
        unpaid_promised: open.id,
    });
    Ok(work)
}
