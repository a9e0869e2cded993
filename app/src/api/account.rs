//! Endpoints of the money pages: the overview, top-ups, history, auto-payment and the
//! promised payment.

use gloo_net::http::Request;
use serde::Deserialize;
use shared::api::autopay::{AutopayOutcome, AutopayState};
use shared::api::bonus::{FeePaid, PointsTransferred, RewardBought, RewardItem};
use shared::api::dashboard::{AccountSummary, TariffSummary};
use shared::api::payments::{
    CardPaymentRequest, IDEMPOTENCY_KEY_HEADER, PaymentStatus, SavedCardPaymentRequest,
};
use shared::api::promised::TakePromised;
use shared::autopay::AutopayTrigger;
use shared::bonus::Points;
use shared::card::CardExpiry;
use shared::ledger::EntryKind;
use shared::promised::{PromisedOffer, PromisedStatus};
use shared::tariff::Package;
use shared::{ApiError, ErrorCode, Lang, Money};

use super::{Failure, exchange, get_json, get_json_prefetched, parse, with_csrf};

// The money DTOs of `shared::api` as the app reads them: dates stay the ISO text the server
// sent (formatted by `crate::dates`), so chrono's parser and formatter stay out of the wasm.

/// `shared::api::dashboard::Dashboard`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dashboard {
    pub accounts: Vec<AccountSummary>,
    pub selected: AccountOverview,
}

/// `shared::api::dashboard::AccountOverview`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AccountOverview {
    pub account: AccountSummary,
    pub in_debt: bool,
    pub tariff: Option<TariffSummary>,
    pub package: Option<PackageUsage>,
    pub next_charge: Option<NextCharge>,
    #[serde(default)]
    pub promised: Option<OpenPromised>,
}

/// `shared::api::promised::OpenPromised`: an unpaid promised payment.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct OpenPromised {
    pub amount: Money,
    pub fee: Money,
    pub outstanding: Money,
    pub expires_at: String,
    pub status: PromisedStatus,
}

/// `shared::promised::Ineligible` read as a plain struct (`reason`: `blocked`,
/// `unpaid_promised`, `account_too_new` with `eligible_from`, `spend_too_low`): a tagged
/// enum's buffering deserialiser would weigh more in the wasm than the page itself.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Ineligible {
    pub reason: String,
    #[serde(default)]
    pub eligible_from: Option<String>,
}

/// `shared::api::promised::PromisedView`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PromisedView {
    pub offer: Option<PromisedOffer>,
    pub ineligible: Option<Ineligible>,
    pub open: Option<OpenPromised>,
}

/// `shared::api::promised::RestrictionView`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Restriction {
    pub restricted: bool,
    #[serde(default)]
    pub since: Option<String>,
}

/// `shared::autopay::AutopayTrigger` read as a plain struct (`trigger`: `balance_below`
/// with `threshold`, or `day_of_month` with `day`), for the same reason as [`Ineligible`].
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct TriggerView {
    #[serde(default)]
    pub threshold: Option<Money>,
    #[serde(default)]
    pub day: Option<u32>,
}

/// `shared::api::autopay::AutopayView`, its flattened settings as plain fields.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AutopayView {
    pub id: i64,
    pub account_id: i64,
    pub card_id: String,
    pub trigger: TriggerView,
    pub amount: Money,
    pub daily_cap: Money,
    pub monthly_cap: Money,
    pub state: AutopayState,
    pub paid_today: Money,
    pub paid_this_month: Money,
}

/// `shared::api::autopay::AutopayRequest` as sent: the settings flattened by hand.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NewAutopay {
    pub account_id: i64,
    pub card_id: String,
    pub trigger: AutopayTrigger,
    pub amount: Money,
    pub daily_cap: Money,
    pub monthly_cap: Money,
}

/// `shared::api::autopay::AutopayAttemptView`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AutopayAttempt {
    pub id: i64,
    pub amount: Money,
    pub outcome: AutopayOutcome,
    pub created_at: String,
}

/// `shared::api::dashboard::PackageUsage`; `period_end` is the first day after the period.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PackageUsage {
    pub period_end: String,
    pub included: Package,
    pub used: Package,
}

/// `shared::api::dashboard::NextCharge`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NextCharge {
    pub date: String,
    pub amount: Money,
}

/// `shared::api::payments::PaymentView`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PaymentView {
    pub id: String,
    pub amount: Money,
    pub status: PaymentStatus,
    #[serde(default)]
    pub challenge_url: Option<String>,
    #[serde(default)]
    pub receipt_url: Option<String>,
}

/// `shared::api::payments::SavedCard`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedCard {
    pub id: String,
    pub last4: String,
    pub expiry: CardExpiry,
}

/// `shared::api::history::LedgerEntryView`; `text` is the reason in the language asked for.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LedgerEntryView {
    pub id: i64,
    pub kind: EntryKind,
    pub amount: Money,
    pub created_at: String,
    #[serde(default)]
    pub payment_id: Option<String>,
    pub text: String,
}

/// `shared::api::history::HistoryPage`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct HistoryPage {
    pub entries: Vec<LedgerEntryView>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// `GET /api/dashboard?account=`: the overview of one account (the first when `None`).
pub async fn dashboard(account: Option<i64>) -> Result<Dashboard, ApiError> {
    match account {
        Some(id) => get_json_prefetched(&format!("/api/dashboard?account={id}")).await,
        None => get_json_prefetched("/api/dashboard").await,
    }
}

/// `GET /api/payments/{id}`: one payment (after 3-D Secure).
pub async fn payment(id: String) -> Result<PaymentView, ApiError> {
    get_json(&format!("/api/payments/{}", super::encode(&id))).await
}

/// `GET /api/cards`: the saved cards (token, last 4 digits, expiry).
pub async fn saved_cards() -> Result<Vec<SavedCard>, ApiError> {
    get_json("/api/cards").await
}

/// `POST /api/payments/card` with the attempt's idempotency key.
pub async fn pay_card(body: &CardPaymentRequest, key: &str) -> Result<PaymentView, Failure> {
    pay("/api/payments/card", serde_json::to_string(body), key).await
}

/// `POST /api/payments/saved-card` with the attempt's idempotency key.
pub async fn pay_saved_card(
    body: &SavedCardPaymentRequest,
    key: &str,
) -> Result<PaymentView, Failure> {
    pay("/api/payments/saved-card", serde_json::to_string(body), key).await
}

async fn pay(
    path: &str,
    body: Result<String, serde_json::Error>,
    key: &str,
) -> Result<PaymentView, Failure> {
    let body = body.map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let request = with_csrf(Request::post(path)).header(IDEMPOTENCY_KEY_HEADER, key);
    let text = exchange(request, Some(body)).await?;
    parse(&text)
}

/// `GET /api/history`: a page of the account's ledger, newest first.
pub async fn history(
    account: i64,
    filter: &HistoryFilter,
    cursor: Option<&str>,
    lang: Lang,
) -> Result<HistoryPage, ApiError> {
    let mut path = format!("/api/history?{}", filter.query(account, lang));
    if let Some(cursor) = cursor {
        path.push_str(&format!("&cursor={}", super::encode(cursor)));
    }
    get_json(&path).await
}

/// What the history shows: one kind of entry and a period of days (`YYYY-MM-DD`, inclusive);
/// empty means all. The page and its CSV export ask with the same query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HistoryFilter {
    pub kind: String,
    pub from: String,
    pub to: String,
}

impl HistoryFilter {
    pub fn query(&self, account: i64, lang: Lang) -> String {
        let mut query = format!("account={account}&lang={}", lang.code());
        for (name, value) in [("kind", &self.kind), ("from", &self.from), ("to", &self.to)] {
            if !value.is_empty() {
                query.push_str(&format!("&{name}={}", super::encode(value)));
            }
        }
        query
    }
}

/// `shared::expense::ExpenseStatus`, as far as the expenses page shows it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExpenseStatus {
    pub limit: Money,
    pub percent: u32,
    pub forecast_over_limit: bool,
}

/// `shared::api::expenses::ExpenseView`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExpenseView {
    pub month: String,
    pub spent: Money,
    pub forecast: Money,
    pub status: Option<ExpenseStatus>,
}

/// `GET /api/expenses?account=`: this month's spending, the limit and the forecast.
pub async fn expenses(account: i64) -> Result<ExpenseView, ApiError> {
    get_json(&format!("/api/expenses?account={account}")).await
}

/// `PUT /api/expenses/limit`: set (or change) the monthly limit.
pub async fn set_expense_limit(account_id: i64, limit: Money) -> Result<(), Failure> {
    let body = shared::api::expenses::SetExpenseLimit { account_id, limit };
    let body = serde_json::to_string(&body).map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    exchange(with_csrf(Request::put("/api/expenses/limit")), Some(body))
        .await
        .map(drop)
}

/// `DELETE /api/expenses/limit?account=`: no limit any more.
pub async fn clear_expense_limit(account: i64) -> Result<(), Failure> {
    let path = format!("/api/expenses/limit?account={account}");
    exchange(with_csrf(Request::delete(&path)), None)
        .await
        .map(drop)
}

/// `GET /api/expenses/by-category?account=&months=`: oldest month first.
pub async fn spending_by_month(
    account: i64,
    months: u32,
) -> Result<Vec<shared::api::expenses::MonthSpend>, ApiError> {
    get_json(&format!(
        "/api/expenses/by-category?account={account}&months={months}"
    ))
    .await
}

/// `GET /api/promised?account=`: the offer or why there is none, and the unpaid one.
pub async fn promised(account: i64) -> Result<PromisedView, ApiError> {
    get_json(&format!("/api/promised?account={account}")).await
}

/// `POST /api/promised` with the attempt's idempotency key: take a promised payment.
pub async fn take_promised(
    account_id: i64,
    amount: Money,
    key: &str,
) -> Result<PromisedView, Failure> {
    let body = serde_json::to_string(&TakePromised { account_id, amount });
    let body = body.map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let request = with_csrf(Request::post("/api/promised")).header(IDEMPOTENCY_KEY_HEADER, key);
    parse(&exchange(request, Some(body)).await?)
}

/// `GET /api/restriction?account=`: whether service is restricted for an unpaid promised
/// payment.
pub async fn restriction(account: i64) -> Result<Restriction, ApiError> {
    get_json(&format!("/api/restriction?account={account}")).await
}

/// `GET /api/autopay`: every auto-payment rule of the customer.
pub async fn autopay_rules() -> Result<Vec<AutopayView>, ApiError> {
    get_json("/api/autopay").await
}

/// `POST /api/autopay`: a new rule.
pub async fn create_autopay(body: &NewAutopay) -> Result<AutopayView, Failure> {
    let body = serde_json::to_string(body).map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    parse(&exchange(with_csrf(Request::post("/api/autopay")), Some(body)).await?)
}

/// `POST /api/autopay/{id}/pause` or `/resume`.
pub async fn set_autopay_paused(id: i64, paused: bool) -> Result<AutopayView, Failure> {
    let verb = if paused { "pause" } else { "resume" };
    let request = with_csrf(Request::post(&format!("/api/autopay/{id}/{verb}")));
    parse(&exchange(request, None).await?)
}

/// `DELETE /api/autopay/{id}`.
pub async fn delete_autopay(id: i64) -> Result<(), Failure> {
    let request = with_csrf(Request::delete(&format!("/api/autopay/{id}")));
    exchange(request, None).await.map(drop)
}

/// `GET /api/autopay/{id}/attempts`: newest first.
pub async fn autopay_attempts(id: i64) -> Result<Vec<AutopayAttempt>, ApiError> {
    get_json(&format!("/api/autopay/{id}/attempts")).await
}

/// `shared::api::bonus::BonusEntry`; `at` stays the ISO text the server sent.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BonusEntry {
    pub id: i64,
    pub kind: shared::api::bonus::BonusEntryKind,
    pub points: i64,
    pub at: String,
    pub detail: String,
}

/// `shared::api::bonus::BonusView`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BonusView {
    pub balance: Points,
    pub history: Vec<BonusEntry>,
    pub numbers: Vec<String>,
    pub sent_today: Points,
    pub transfer_daily_limit: Points,
    pub transfer_min: Points,
}

/// `GET /api/bonus`: the points, their history and what a transfer is checked against.
pub async fn bonus() -> Result<BonusView, ApiError> {
    get_json("/api/bonus").await
}

/// `GET /api/bonus/rewards`: the rewards catalogue.
pub async fn rewards() -> Result<Vec<RewardItem>, ApiError> {
    get_json("/api/bonus/rewards").await
}

/// `POST /api/bonus/fee`: this month's fee of the account paid with points.
pub async fn pay_fee_with_points(account_id: i64, key: &str) -> Result<FeePaid, Failure> {
    let body = serde_json::to_string(&shared::api::bonus::RedeemFee { account_id });
    parse(&post_keyed("/api/bonus/fee", body, key).await?)
}

/// `POST /api/bonus/rewards`: buy a reward with points.
pub async fn buy_reward(reward_id: String, key: &str) -> Result<RewardBought, Failure> {
    let body = serde_json::to_string(&shared::api::bonus::RedeemReward { reward_id });
    parse(&post_keyed("/api/bonus/rewards", body, key).await?)
}

/// `POST /api/bonus/transfer`: points to another number.
pub async fn transfer_points(
    to: String,
    points: u64,
    key: &str,
) -> Result<PointsTransferred, Failure> {
    let body = serde_json::to_string(&shared::api::bonus::TransferPoints { to, points });
    parse(&post_keyed("/api/bonus/transfer", body, key).await?)
}

/// A POST with the CSRF header and the attempt's idempotency key; the 2xx body.
async fn post_keyed(
    path: &str,
    body: Result<String, serde_json::Error>,
    key: &str,
) -> Result<String, Failure> {
    let body = body.map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let request = with_csrf(Request::post(path)).header(IDEMPOTENCY_KEY_HEADER, key);
    exchange(request, Some(body)).await
}
