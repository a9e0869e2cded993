//! Top-ups: by card, by saved card and from the payment gateway. Each is claimed under its
//! idempotency key in the same transaction that records the payment and its ledger entry,
//! so a retry (even a concurrent one) replays the first answer and never pays twice.

use axum::http::StatusCode;
use shared::api::payments::{
    CardPaymentRequest, GatewayPaymentRequest, PaymentStatus, PaymentView, SavedCardPaymentRequest,
};
use shared::card::{CardExpiry, CardNumber, Cvc, check_top_up};
use shared::ids::AccountNumber;
use shared::ledger::{EntryKind, Explanation, PaymentMethod};
use shared::{ApiError, ErrorCode, FieldError, Money};

use super::acquirer::{self, Decision};
use super::{owned_account, today};
use crate::clock::from_unix;
use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::{
    AccountRecord, Claim, IdempotentWrite, MoneyWrite, NewEntry, NewPayment, NewSavedCard,
    PaymentRecord,
};

/// An answer to a top-up, as first given or replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: StatusCode,
    /// JSON: a `PaymentView` or an `ApiError`.
    pub body: String,
    pub replayed: bool,
}

/// The checked `Idempotency-Key` header value.
pub fn idempotency_key(raw: Option<&str>) -> Result<String, HttpError> {
    let key = raw.map(str::trim).unwrap_or_default();
    let printable = key.bytes().all(|b| (0x21..0x7f).contains(&b));
    if key.is_empty() || key.len() > shared::api::payments::IDEMPOTENCY_KEY_MAX_LEN || !printable {
        return Err(HttpError::new(ErrorCode::IdempotencyKeyRequired));
    }
    Ok(key.to_owned())
}

pub fn view(p: &PaymentRecord, account_number: &str) -> PaymentView {
    let status = PaymentStatus::from_name(&p.status).unwrap_or(PaymentStatus::Failed);
    PaymentView {
        id: p.id.clone(),
        account_id: p.account_id,
        account_number: account_number.to_owned(),
        amount: p.amount,
        method: PaymentMethod::from_name(&p.method).unwrap_or(PaymentMethod::Card),
        status,
        card_last4: p.card_last4.clone(),
        created_at: from_unix(p.created_at),
        challenge_url: (status == PaymentStatus::RequiresConfirmation)
            .then(|| format!("/api/payments/3ds/{}", p.id)),
        receipt_url: (status == PaymentStatus::Succeeded)
            .then(|| format!("/api/payments/{}/receipt.pdf", p.id)),
        saved_card_id: p.saved_card_id.clone(),
    }
}

/// The ledger entry of a succeeded payment.
pub fn payment_entry(p: &PaymentRecord, at: i64) -> Result<NewEntry, HttpError> {
    let method = PaymentMethod::from_name(&p.method).unwrap_or(PaymentMethod::Card);
    let explanation = Explanation::Payment {
        method,
        card_last4: p.card_last4.clone(),
    };
    NewEntry::new(
        p.account_id,
        EntryKind::Payment,
        p.amount,
        at,
        explanation,
        Some(p.id.clone()),
    )
    .map_err(|e| HttpError(e.into()))
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn refusal(code: ErrorCode) -> (StatusCode, String) {
    let err = ApiError::new(code);
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::PAYMENT_REQUIRED);
    (status, json(&err))
}

/// A card payment the acquirer has decided on, ready to be claimed and written.
struct Attempt {
    account: AccountRecord,
    customer: CustomerId,
    amount: Money,
    method: PaymentMethod,
    last4: String,
    saved_card: Option<NewSavedCard>,
    saved_card_id: Option<String>,
}

/// Writes the attempt under `key` (or replays what the key already answered).
async fn settle(
    state: &AppState,
    attempt: Attempt,
    key: &str,
    request_hash: &str,
) -> Result<Answer, HttpError> {
    let now = state.clock.unix();
    let decision = acquirer::authorize(&attempt.last4);
    let status = match decision {
        Decision::Approved => PaymentStatus::Succeeded,
        Decision::Challenge => PaymentStatus::RequiresConfirmation,
        Decision::Declined | Decision::InsufficientFunds => PaymentStatus::Declined,
    };
    let keep_card = status != PaymentStatus::Declined;
    let saved_card = attempt.saved_card.filter(|_| keep_card);
    let payment = NewPayment {
        id: secrets::nonce(),
        customer_id: attempt.customer,
        account_id: attempt.account.id,
        amount: attempt.amount,
        method: attempt.method.as_str().to_owned(),
        status: status.as_str().to_owned(),
        card_last4: Some(attempt.last4),
        saved_card_id: saved_card
            .as_ref()
            .map(|c| c.id.clone())
            .or(attempt.saved_card_id),
        external_id: None,
        created_at: now,
        completed_at: (status == PaymentStatus::Succeeded).then_some(now),
    };
    let (code, body) = match decision {
        Decision::Approved => (
            StatusCode::CREATED,
            json(&view(&payment, &attempt.account.account_number)),
        ),
        Decision::Challenge => (
            StatusCode::ACCEPTED,
            json(&view(&payment, &attempt.account.account_number)),
        ),
        Decision::Declined => refusal(ErrorCode::CardDeclined),
        Decision::InsufficientFunds => refusal(ErrorCode::InsufficientFunds),
    };
    let mut write = MoneyWrite::default();
    if status == PaymentStatus::Succeeded {
        write.entries.push(payment_entry(&payment, now)?);
    }
    write.payments.push(payment);
    write.saved_cards.extend(saved_card);
    let scope = format!("customer:{}", attempt.customer);
    claim(state, &scope, key, request_hash, code, body, &write).await
}

pub(crate) async fn claim(
    state: &AppState,
    scope: &str,
    key: &str,
    request_hash: &str,
    status: StatusCode,
    body: String,
    write: &MoneyWrite,
) -> Result<Answer, HttpError> {
    let idem = IdempotentWrite {
        scope,
        key,
        request_hash,
        status: status.as_u16(),
        response: &body,
        now: state.clock.unix(),
    };
    match state.store.write_money(Some(idem), write).await? {
        Claim::Fresh => Ok(Answer {
            status,
            body,
            replayed: false,
        }),
        Claim::Replay(stored) if secrets::same(&stored.request_hash, request_hash) => Ok(Answer {
            status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
            body: stored.response,
            replayed: true,
        }),
        Claim::Replay(_) => Err(HttpError::new(ErrorCode::IdempotencyKeyReused)),
        Claim::Duplicate => Err(HttpError::new(ErrorCode::BonusFeeAlreadyPaid)),
        Claim::BonusRefused(why) => Err(HttpError(why.into())),
        Claim::PackageChanged => Err(HttpError::new(ErrorCode::QuoteStale)),
    }
}

/// `POST /api/payments/card`.
pub async fn by_card(
    state: &AppState,
    customer: CustomerId,
    key: &str,
    req: &CardPaymentRequest,
) -> Result<Answer, HttpError> {
    let amount = check_top_up(req.amount)?;
    let card = CardNumber::parse(&req.card_number)?;
    let expiry = CardExpiry::parse(&req.expiry, today(state))?;
    Cvc::parse(&req.cvc)?;
    let account = owned_account(state, customer, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    // The card is identified by its last 4 digits and expiry: no hash of the number is kept.
    let request_hash = secrets::sha256_hex(&format!(
        "card|{}|{}|{}|{}|{}",
        account.id,
        amount.kopecks(),
        card.last4(),
        expiry,
        req.save_card
    ));
    let saved_card = req.save_card.then(|| NewSavedCard {
        id: secrets::nonce(),
        customer_id: customer,
        last4: card.last4().to_owned(),
        expiry_year: expiry.year,
        expiry_month: expiry.month,
        created_at: state.clock.unix(),
    });
    let attempt = Attempt {
        account,
        customer,
        amount,
        method: PaymentMethod::Card,
        last4: card.last4().to_owned(),
        saved_card,
        saved_card_id: None,
    };
    settle(state, attempt, key, &request_hash).await
}

/// `POST /api/payments/saved-card`.
pub async fn by_saved_card(
    state: &AppState,
    customer: CustomerId,
    key: &str,
    req: &SavedCardPaymentRequest,
) -> Result<Answer, HttpError> {
    let amount = check_top_up(req.amount)?;
    let card = state
        .store
        .saved_cards(customer)
        .await?
        .into_iter()
        .find(|c| c.id == req.card_id)
        .ok_or_else(|| HttpError(ApiError::new(ErrorCode::NotFound).with_field("card_id")))?;
    let expiry = CardExpiry {
        year: card.expiry_year,
        month: card.expiry_month,
    };
    if expiry.has_expired(today(state)) {
        return Err(FieldError::new("card_id", ErrorCode::CardExpired).into());
    }
    let account = owned_account(state, customer, req.account_id)
        .await
        .map_err(|e| HttpError(e.0.with_field("account_id")))?;
    let request_hash = secrets::sha256_hex(&format!(
        "saved|{}|{}|{}",
        account.id,
        amount.kopecks(),
        card.id
    ));
    let attempt = Attempt {
        account,
        customer,
        amount,
        method: PaymentMethod::SavedCard,
        last4: card.last4,
        saved_card: None,
        saved_card_id: Some(card.id),
    };
    settle(state, attempt, key, &request_hash).await
}

/// `POST /api/gateway/payments` (the signature is checked by the caller).
pub async fn from_gateway(
    state: &AppState,
    req: &GatewayPaymentRequest,
) -> Result<Answer, HttpError> {
    let key = idempotency_key(Some(req.payment_id.as_str()))
        .map_err(|_| HttpError(ApiError::new(ErrorCode::Required).with_field("payment_id")))?;
    shared::card::check_gateway_amount(req.amount)?;
    let method = PaymentMethod::from_name(req.method.trim())
        .filter(|m| m.is_gateway())
        .ok_or_else(|| HttpError(ApiError::new(ErrorCode::Validation).with_field("method")))?;
    let number = AccountNumber::parse(&req.account_number)?;
    let account = state
        .store
        .account_by_number(&number.to_string())
        .await?
        .ok_or_else(|| {
            HttpError(ApiError::new(ErrorCode::NotFound).with_field("account_number"))
        })?;
    let request_hash = secrets::sha256_hex(&format!(
        "gateway|{}|{}|{}",
        account.id,
        req.amount.kopecks(),
        method.as_str()
    ));
    let now = state.clock.unix();
    let payment = NewPayment {
        id: secrets::nonce(),
        customer_id: account.customer_id,
        account_id: account.id,
        amount: req.amount,
        method: method.as_str().to_owned(),
        status: PaymentStatus::Succeeded.as_str().to_owned(),
        card_last4: None,
        saved_card_id: None,
        external_id: Some(key.clone()),
        created_at: now,
        completed_at: Some(now),
    };
    let body = json(&view(&payment, &account.account_number));
    let write = MoneyWrite {
        entries: vec![payment_entry(&payment, now)?],
        payments: vec![payment],
        ..MoneyWrite::default()
    };
    claim(
        state,
        "gateway",
        &key,
        &request_hash,
        StatusCode::CREATED,
        body,
        &write,
    )
    .await
}

/// A payment of this customer (404 for anyone else's).
pub async fn owned_payment(
    state: &AppState,
    customer: CustomerId,
    id: &str,
) -> Result<(PaymentRecord, AccountRecord), HttpError> {
    let payment = state
        .store
        .payment(id)
        .await?
        .filter(|p| p.customer_id == customer)
        .ok_or_else(|| HttpError::new(ErrorCode::NotFound))?;
    let account = owned_account(state, customer, payment.account_id).await?;
    Ok((payment, account))
}
