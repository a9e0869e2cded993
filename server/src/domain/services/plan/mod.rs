//! What an action costs and writes, priced by the `shared` rules: `tariff::quote_change`,
//! `tariff::connect_quote`, `tv::personal_tv_price`, `tv::multiroom_fee` and
//! `blocking::VoluntaryBlock`. The same plan is shown by the preview and written on confirm.

mod block;
mod tariff;
mod tv;

use shared::api::services::{
    ActivationAction, ActivationChannel, ConnectedKind, QuoteDetail, QuoteLine, ServiceAction,
};
use shared::ledger::{EntryKind, Explanation};
use shared::tariff::BillingPeriod;
use shared::{ApiError, ErrorCode, Money};

pub use block::block_names;
pub use tv::{current_base, priced_base};

use super::actor;
use crate::domain::money::today;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::{AccountRecord, NewEntry};
use crate::store::services::{NewActivation, NewSubscription, ServiceChange, SubRef};

/// The price of an action and what confirming it writes.
pub struct Plan {
    pub detail: QuoteDetail,
    pub lines: Vec<QuoteLine>,
    pub charge_now: Money,
    pub per_period: Money,
    pub change: ServiceChange,
}

pub(super) fn field(code: ErrorCode, name: &str) -> HttpError {
    HttpError(ApiError::new(code).with_field(name))
}

pub(super) fn money(r: Result<Money, shared::MoneyError>) -> Result<Money, HttpError> {
    r.map_err(|e| HttpError(e.into()))
}

/// A debit (or credit) entry of `magnitude`, signed by its kind.
pub(super) fn entry(
    account: i64,
    kind: EntryKind,
    magnitude: Money,
    at: i64,
    explanation: Explanation,
) -> Result<NewEntry, HttpError> {
    let signed = kind.entry(magnitude).map_err(|e| HttpError(e.into()))?;
    NewEntry::new(account, kind, signed, at, explanation, None).map_err(|e| HttpError(e.into()))
}

/// The explanation of a monthly fee charged for the rest of today's period.
pub(super) fn prorated(service: &str, fee: Money, state: &AppState) -> Explanation {
    let day = today(state);
    let period = BillingPeriod::containing(day);
    Explanation::ProratedFee {
        service: service.to_owned(),
        fee,
        days: period.days_left(day).unwrap_or(period.days),
        period_days: period.days,
    }
}

pub(super) struct Builder {
    pub(super) change: ServiceChange,
    lines: Vec<QuoteLine>,
    actor: String,
}

impl Builder {
    pub(super) fn log(
        &mut self,
        action: ActivationAction,
        kind: ConnectedKind,
        item: &str,
        name: &str,
    ) {
        self.change.log.push(NewActivation {
            account_id: self.change.account_id,
            at: self.change.at,
            action,
            kind,
            item_id: item.to_owned(),
            name: name.to_owned(),
            channel: ActivationChannel::Web,
            actor: self.actor.clone(),
        });
    }

    pub(super) fn open(
        &mut self,
        kind: ConnectedKind,
        item: &str,
        name: &str,
        monthly_fee: Money,
    ) -> usize {
        self.change.open.push(NewSubscription {
            kind,
            item_id: item.to_owned(),
            name: name.to_owned(),
            monthly_fee,
            variant: None,
            started_at: self.change.at,
        });
        self.log(ActivationAction::Connected, kind, item, name);
        self.change.open.len() - 1
    }

    pub(super) fn line(&mut self, item: &str, name: &str, amount: Money) {
        self.lines.push(QuoteLine {
            item: item.to_owned(),
            name: name.to_owned(),
            amount,
        });
    }

    /// Charges `amount` (if any) for the item opened at `index`.
    pub(super) fn charge(
        &mut self,
        index: usize,
        kind: EntryKind,
        amount: Money,
        explanation: Explanation,
    ) -> Result<(), HttpError> {
        if amount.is_positive() {
            let e = entry(
                self.change.account_id,
                kind,
                amount,
                self.change.at,
                explanation,
            )?;
            self.change.entries.push((e, SubRef::Opened(index)));
        }
        Ok(())
    }

    pub(super) fn done(self, detail: QuoteDetail, charge_now: Money, per_period: Money) -> Plan {
        let mut change = self.change;
        change.charge = charge_now;
        Plan {
            detail,
            lines: self.lines,
            charge_now,
            per_period,
            change,
        }
    }
}

pub async fn plan(
    state: &AppState,
    customer: CustomerId,
    account: &AccountRecord,
    action: &ServiceAction,
) -> Result<Plan, HttpError> {
    let active = state.store.subscriptions(account.id, true).await?;
    let b = Builder {
        change: ServiceChange {
            customer_id: customer,
            account_id: account.id,
            at: state.clock.unix(),
            charge: Money::ZERO,
            expect_tariff: None,
            period_fee: None,
            set_tariff: None,
            close_kind: None,
            close_fallback: None,
            refuse_if_active: None,
            limit: None,
            open: Vec::new(),
            entries: Vec::new(),
            log: Vec::new(),
        },
        lines: Vec::new(),
        actor: actor(state, customer).await?,
    };
    match action {
        ServiceAction::ChangeTariff { tariff_id } => {
            tariff::tariff(state, account, b, tariff_id).await
        }
        ServiceAction::ConnectOption { option_id } => {
            tariff::option(state, account, &active, b, option_id).await
        }
        ServiceAction::TvBase { package_id } => {
            tv::tv_base(state, account, &active, b, package_id).await
        }
        ServiceAction::TvAddon { package_id } => {
            tv::tv_addon(state, account, &active, b, package_id).await
        }
        ServiceAction::PersonalTv { channels } => {
            tv::personal_tv(state, account, &active, b, channels).await
        }
        ServiceAction::AddMultiroomSet => tv::multiroom(state, account, &active, b).await,
        ServiceAction::Block { kind, .. } => block::block(state, account, &active, b, *kind),
    }
}
