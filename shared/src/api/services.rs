//! Tariffs and services of a signed-in account (PRODUCT 4, 7): every paid change is previewed
//! first (`POST /api/services/preview` → [`ServiceQuote`] with a `quote_token`) and then
//! confirmed with that token (`POST /api/services/confirm`, with an `Idempotency-Key`).
//! Everything connected is listed, with what it has cost, by `GET /api/my-services`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Money;
use crate::api::catalogue::TariffCard;
use crate::blocking::BlockKind;
use crate::service::ServiceKind;
use crate::tariff::{OptionQuote, ServiceOption, TariffChangeQuote};
use crate::tv::{ChannelId, PersonalTvPrice};

/// What the subscriber asks for a voluntary block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BlockRequestKind {
    /// 14 days free, then a daily fee.
    Temporary,
    /// Closes the number; needs `confirm_permanent: true` on confirmation.
    Permanent,
    /// A lost or stolen phone: blocked at once (a temporary block), no preview needed.
    LostPhone,
}

/// A change of the account's tariff or services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServiceAction {
    /// Switch tariff now; the fees are pro-rated over the rest of the month.
    ChangeTariff { tariff_id: String },
    /// Connect an option of the account's catalogue (`GET /api/options`).
    ConnectOption { option_id: String },
    /// Choose the base TV package (replaces a base package chosen earlier).
    TvBase { package_id: String },
    /// Add a themed TV package (sport, kids, ...) on top of the base package.
    TvAddon { package_id: String },
    /// Personal TV: add single channels on top of the base package.
    PersonalTv { channels: Vec<ChannelId> },
    /// Multiroom: one more TV set (at most 3) for the equipment fee.
    AddMultiroomSet,
    /// Voluntary block of a mobile number.
    Block {
        kind: BlockRequestKind,
        /// The second, explicit confirmation a permanent block needs (on confirm).
        #[serde(default)]
        confirm_permanent: bool,
    },
}

/// `POST /api/services/preview`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreviewRequest {
    pub account_id: i64,
    pub action: ServiceAction,
}

/// `POST /api/services/confirm`: the previewed action with the preview's `quote_token`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfirmRequest {
    pub account_id: i64,
    pub action: ServiceAction,
    /// From the preview; may be empty only for a lost-phone block.
    #[serde(default)]
    pub quote_token: String,
}

/// The rule's own breakdown behind a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum QuoteDetail {
    TariffChange {
        quote: TariffChangeQuote,
    },
    Option {
        option: ServiceOption,
        quote: OptionQuote,
    },
    TvBase {
        package_id: String,
        name: String,
        quote: OptionQuote,
    },
    TvAddon {
        package_id: String,
        name: String,
        quote: OptionQuote,
    },
    /// The monthly Personal TV price after the change (base + every picked channel).
    PersonalTv {
        price: PersonalTvPrice,
    },
    Multiroom {
        /// Extra sets after the change.
        extra_sets: u32,
        equipment_fee: Money,
        /// The monthly Multiroom charge after the change.
        monthly_total: Money,
    },
    Block {
        kind: BlockKind,
        lost_phone: bool,
        started_on: NaiveDate,
        free_days: u32,
        /// The first day that costs the daily fee (none for a permanent block).
        fee_starts_on: Option<NaiveDate>,
        daily_fee: Money,
    },
}

/// One line of a price breakdown: positive is charged, negative returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteLine {
    pub item: String,
    pub name: String,
    pub amount: Money,
}

/// What a change costs, shown before it is confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceQuote {
    pub account_id: i64,
    pub action: ServiceAction,
    pub detail: QuoteDetail,
    pub lines: Vec<QuoteLine>,
    /// Taken from the balance at confirmation (negative: returned to it).
    pub charge_now: Money,
    /// How the monthly charges change from the next period on.
    pub per_period: Money,
    pub balance: Money,
    pub balance_after: Money,
    /// False when the balance does not cover `charge_now` (confirming would be refused).
    pub affordable: bool,
    pub effective_on: NaiveDate,
    /// Send back on confirmation; it no longer matches once the price or the account changes.
    pub quote_token: String,
}

/// `201` of `POST /api/services/confirm`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceChangeDone {
    pub quote: ServiceQuote,
    pub done_at: DateTime<Utc>,
}

/// An option of the catalogue for the account, with today's price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OptionCard {
    pub option: ServiceOption,
    pub service: ServiceKind,
    /// What it does, e.g. "+5 ГБ до конца месяца".
    pub effect: String,
    pub connected: bool,
    /// What connecting costs today and per period after.
    pub quote: OptionQuote,
}

/// What kind of thing is connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConnectedKind {
    Tariff,
    Option,
    TvBase,
    TvAddon,
    TvChannel,
    Multiroom,
    Block,
}

impl ConnectedKind {
    pub const ALL: [ConnectedKind; 7] = [
        ConnectedKind::Tariff,
        ConnectedKind::Option,
        ConnectedKind::TvBase,
        ConnectedKind::TvAddon,
        ConnectedKind::TvChannel,
        ConnectedKind::Multiroom,
        ConnectedKind::Block,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConnectedKind::Tariff => "tariff",
            ConnectedKind::Option => "option",
            ConnectedKind::TvBase => "tv_base",
            ConnectedKind::TvAddon => "tv_addon",
            ConnectedKind::TvChannel => "tv_channel",
            ConnectedKind::Multiroom => "multiroom",
            ConnectedKind::Block => "block",
        }
    }

    pub fn from_name(name: &str) -> Option<ConnectedKind> {
        ConnectedKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A paid thing connected to the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConnectedService {
    /// Cancel with `POST /api/my-services/{id}/cancel` (0: the tariff, changed not cancelled).
    pub id: i64,
    pub kind: ConnectedKind,
    pub item_id: String,
    pub name: String,
    pub since: DateTime<Utc>,
    /// Its regular monthly fee (zero for one-off, daily and free items).
    pub monthly_fee: Money,
    /// The sum of its ledger entries so far, as a positive cost.
    pub cost_so_far: Money,
    pub cancellable: bool,
}

/// `GET /api/my-services`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyServices {
    pub account_id: i64,
    pub items: Vec<ConnectedService>,
    /// Sum of the monthly fees listed.
    pub monthly_total: Money,
}

/// `200` of `POST /api/my-services/{id}/cancel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelDone {
    pub id: i64,
    pub ended_at: DateTime<Utc>,
}

/// Where a change was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivationChannel {
    Web,
    Sms,
    Operator,
}

impl ActivationChannel {
    pub fn as_str(self) -> &'static str {
        match self {
            ActivationChannel::Web => "web",
            ActivationChannel::Sms => "sms",
            ActivationChannel::Operator => "operator",
        }
    }

    pub fn from_name(name: &str) -> Option<ActivationChannel> {
        [
            ActivationChannel::Web,
            ActivationChannel::Sms,
            ActivationChannel::Operator,
        ]
        .into_iter()
        .find(|c| c.as_str() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivationAction {
    Connected,
    Disconnected,
}

/// One line of the activation log: who did what, when, through which channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivationEntry {
    pub at: DateTime<Utc>,
    pub action: ActivationAction,
    pub kind: ConnectedKind,
    pub item_id: String,
    pub name: String,
    pub channel: ActivationChannel,
    /// Who: the web login, or `operator`.
    pub actor: String,
}

/// `GET /api/blocking`: the number's voluntary block, if any, and the terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockingView {
    pub account_id: i64,
    pub block: Option<BlockState>,
    pub free_days: u32,
    pub daily_fee: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockState {
    /// The connected item: unblock with `POST /api/blocking/unblock`.
    pub id: i64,
    pub kind: BlockKind,
    pub lost_phone: bool,
    pub started_on: NaiveDate,
    pub fee_starts_on: Option<NaiveDate>,
    pub fees_so_far: Money,
}

/// `POST /api/blocking/unblock`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnblockRequest {
    pub account_id: i64,
}

/// `GET /api/internet`: the home connection of an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InternetView {
    pub account_id: i64,
    pub address: String,
    pub speed_mbps: u32,
    pub ip: String,
    pub static_ip: bool,
    pub equipment: Vec<String>,
    pub tariff: Option<TariffCard>,
    /// Traffic this billing period, megabytes.
    pub traffic_used_mb: u64,
    pub period_start: NaiveDate,
    /// Options connected to the account.
    pub options: Vec<ConnectedService>,
}

/// `GET /api/tv/mine`: the account's TV line-up and its monthly price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyTv {
    pub account_id: i64,
    pub base_package: String,
    /// True when the base package comes with the tariff (not chosen separately).
    pub base_from_tariff: bool,
    /// Themed packages added on top of the base.
    pub addons: Vec<String>,
    pub channels: Vec<ChannelId>,
    /// Base package plus picked channels; channels of the base or an add-on are free.
    pub price: PersonalTvPrice,
    pub multiroom_sets: u32,
    pub multiroom_fee: Money,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_tagged_by_type() {
        let a: ServiceAction =
            serde_json::from_str(r#"{"type":"change_tariff","tariff_id":"mobile-smart-moscow"}"#)
                .unwrap();
        assert_eq!(
            a,
            ServiceAction::ChangeTariff {
                tariff_id: "mobile-smart-moscow".into()
            }
        );
        let b: ServiceAction =
            serde_json::from_str(r#"{"type":"block","kind":"permanent"}"#).unwrap();
        assert_eq!(
            b,
            ServiceAction::Block {
                kind: BlockRequestKind::Permanent,
                confirm_permanent: false
            }
        );
        let json = serde_json::to_string(&ServiceAction::AddMultiroomSet).unwrap();
        assert_eq!(json, r#"{"type":"add_multiroom_set"}"#);
        for k in ConnectedKind::ALL {
            assert_eq!(ConnectedKind::from_name(k.as_str()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
        assert_eq!(
            ActivationChannel::from_name("sms"),
            Some(ActivationChannel::Sms)
        );
    }
}
