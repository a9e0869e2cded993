//! Tariffs and services of a signed-in account (PRODUCT 4, 7): the preview → confirm of every
//! paid change, the option catalogue, "My services", the activation log, voluntary blocking,
//! the TV line-up and the internet connection. `shared::api::services` as the app reads it:
//! dates stay the server's ISO text, the rule's breakdown only as far as the screens show it.

use gloo_net::http::Request;
use serde::Deserialize;
use shared::api::dashboard::{AccountSummary, TariffSummary};
use shared::api::payments::IDEMPOTENCY_KEY_HEADER;
use shared::api::services::{
    ActivationAction, ActivationChannel, ConfirmRequest, ConnectedKind, PreviewRequest,
    ServiceAction, UnblockRequest,
};
use shared::blocking::BlockKind;
use shared::tariff::{OptionQuote, ServiceOption};
use shared::{ApiError, ErrorCode, Money};

use super::{Failure, exchange, get_json, parse, post_json, with_csrf};

/// The accounts of the customer and the selected one's tariff, from `GET /api/dashboard`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Accounts {
    pub accounts: Vec<AccountSummary>,
    pub selected: Selected,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Selected {
    pub account: AccountSummary,
    pub tariff: Option<TariffSummary>,
}

/// `GET /api/dashboard[?account=]`, read for the account list and the tariff.
pub async fn accounts(account: Option<i64>) -> Result<Accounts, ApiError> {
    match account {
        Some(id) => get_json(&format!("/api/dashboard?account={id}")).await,
        None => get_json("/api/dashboard").await,
    }
}

/// The fields of `QuoteDetail` the screens show (the rest of the rule's breakdown is in
/// `lines`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
pub struct DetailView {
    #[serde(default)]
    pub fee_starts_on: Option<String>,
    #[serde(default)]
    pub free_days: Option<u32>,
    #[serde(default)]
    pub daily_fee: Option<Money>,
    /// Personal TV: the monthly price after the change, by `shared::tv::personal_tv_price`.
    #[serde(default)]
    pub price: Option<TvPrice>,
}

/// `shared::api::services::QuoteLine`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct QuoteLine {
    pub name: String,
    pub amount: Money,
}

/// `shared::api::services::ServiceQuote`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Quote {
    #[serde(default)]
    pub detail: DetailView,
    pub lines: Vec<QuoteLine>,
    pub charge_now: Money,
    pub per_period: Money,
    pub balance: Money,
    pub balance_after: Money,
    pub affordable: bool,
    pub effective_on: String,
    pub quote_token: String,
}

/// `shared::api::services::ServiceChangeDone`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ChangeDone {
    pub quote: Quote,
}

/// `POST /api/services/preview`.
pub async fn preview(account_id: i64, action: &ServiceAction) -> Result<Quote, Failure> {
    let body = PreviewRequest {
        account_id,
        action: action.clone(),
    };
    post_json("/api/services/preview", &body).await
}

/// `POST /api/services/confirm` with the preview's token and the attempt's idempotency key.
pub async fn confirm(
    account_id: i64,
    action: &ServiceAction,
    quote_token: &str,
    key: &str,
) -> Result<ChangeDone, Failure> {
    let body = ConfirmRequest {
        account_id,
        action: action.clone(),
        quote_token: quote_token.to_owned(),
    };
    let body = serde_json::to_string(&body).map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let request =
        with_csrf(Request::post("/api/services/confirm")).header(IDEMPOTENCY_KEY_HEADER, key);
    let text = exchange(request, Some(body)).await?;
    parse(&text)
}

/// `shared::api::services::OptionCard`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OptionCard {
    pub option: ServiceOption,
    pub effect: String,
    pub connected: bool,
    pub quote: OptionQuote,
}

/// `GET /api/options?account=`.
pub async fn options(account: i64) -> Result<Vec<OptionCard>, ApiError> {
    get_json(&format!("/api/options?account={account}")).await
}

/// `shared::api::services::ConnectedService`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ConnectedService {
    pub id: i64,
    pub kind: ConnectedKind,
    pub name: String,
    pub since: String,
    pub monthly_fee: Money,
    pub cost_so_far: Money,
    pub cancellable: bool,
}

/// `shared::api::services::MyServices`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MyServices {
    pub items: Vec<ConnectedService>,
    pub monthly_total: Money,
}

/// `GET /api/my-services?account=`.
pub async fn my_services(account: i64) -> Result<MyServices, ApiError> {
    get_json(&format!("/api/my-services?account={account}")).await
}

/// `POST /api/my-services/{id}/cancel`.
pub async fn cancel(id: i64) -> Result<(), Failure> {
    let path = format!("/api/my-services/{id}/cancel");
    exchange(with_csrf(Request::post(&path)), None)
        .await
        .map(drop)
}

/// `shared::api::services::ActivationEntry`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ActivationEntry {
    pub at: String,
    pub action: ActivationAction,
    pub name: String,
    pub channel: ActivationChannel,
    pub actor: String,
}

/// `GET /api/activation-log?account=`.
pub async fn activation_log(account: i64) -> Result<Vec<ActivationEntry>, ApiError> {
    get_json(&format!("/api/activation-log?account={account}")).await
}

/// `shared::api::services::BlockState`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BlockState {
    pub kind: BlockKind,
    pub lost_phone: bool,
    pub started_on: String,
    pub fee_starts_on: Option<String>,
    pub fees_so_far: Money,
}

/// `shared::api::services::BlockingView`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BlockingView {
    pub block: Option<BlockState>,
    pub free_days: u32,
    pub daily_fee: Money,
}

/// `GET /api/blocking?account=`.
pub async fn blocking(account: i64) -> Result<BlockingView, ApiError> {
    get_json(&format!("/api/blocking?account={account}")).await
}

/// `POST /api/blocking/unblock`.
pub async fn unblock(account_id: i64) -> Result<BlockingView, Failure> {
    post_json("/api/blocking/unblock", &UnblockRequest { account_id }).await
}

/// `shared::api::services::InternetView`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct InternetView {
    pub address: String,
    pub speed_mbps: u32,
    pub ip: String,
    pub static_ip: bool,
    pub equipment: Vec<String>,
    pub traffic_used_mb: u64,
    pub period_start: String,
    pub options: Vec<ConnectedService>,
}

/// `GET /api/internet?account=`.
pub async fn internet(account: i64) -> Result<InternetView, ApiError> {
    get_json(&format!("/api/internet?account={account}")).await
}

/// `shared::tv::PersonalTvPrice`, as far as the TV page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TvPrice {
    pub base_fee: Money,
    pub channels_fee: Money,
    pub total: Money,
}

/// `shared::api::services::MyTv`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MyTv {
    pub base_package: String,
    pub base_from_tariff: bool,
    /// Ids of the themed packages connected on top of the base.
    pub addons: Vec<String>,
    pub channels: Vec<shared::tv::ChannelId>,
    pub price: TvPrice,
    pub multiroom_sets: u32,
    pub multiroom_fee: Money,
}

/// `GET /api/tv/mine?account=`.
pub async fn my_tv(account: i64) -> Result<MyTv, ApiError> {
    get_json(&format!("/api/tv/mine?account={account}")).await
}
