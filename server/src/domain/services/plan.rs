//! What an action costs and writes, priced by the `shared` rules: `tariff::quote_change`,
//! `tariff::connect_quote`, `tv::personal_tv_price`, `tv::multiroom_fee` and
//! `blocking::VoluntaryBlock`. The same plan is shown by the preview and written on confirm.

use shared::api::catalogue::{PERSONAL_TV_MAX_PICKED, PackageKind, TvPackage};
use shared::api::services::{
    ActivationAction, ActivationChannel, BlockRequestKind, ConnectedKind, QuoteDetail, QuoteLine,
    ServiceAction,
};
use shared::blocking::{BLOCK_DAILY_FEE, BlockKind, FREE_BLOCK_DAYS, VoluntaryBlock};
use shared::ledger::{EntryKind, Explanation};
use shared::service::ServiceKind;
use shared::tariff::{BillingPeriod, OptionPrice, ServiceOption, connect_quote, quote_change};
use shared::tv::{
    MULTIROOM_EQUIPMENT_FEE, MULTIROOM_MAX_EXTRA_SETS, multiroom_fee, personal_tv_price,
};
use shared::{ApiError, ErrorCode, Money};

use super::actor;
use crate::domain::money::{service_of, today};
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::identity::CustomerId;
use crate::store::money::{AccountRecord, NewEntry};
use crate::store::services::{
    NewActivation, NewSubscription, ServiceChange, SubRef, SubscriptionRecord,
};

/// The price of an action and what confirming it writes.
pub struct Plan {
    pub detail: QuoteDetail,
    pub lines: Vec<QuoteLine>,
    pub charge_now: Money,
    pub per_period: Money,
    pub change: ServiceChange,
}

fn field(code: ErrorCode, name: &str) -> HttpError {
    HttpError(ApiError::new(code).with_field(name))
}

fn money(r: Result<Money, shared::MoneyError>) -> Result<Money, HttpError> {
    r.map_err(|e| HttpError(e.into()))
}

/// A debit (or credit) entry of `magnitude`, signed by its kind.
fn entry(
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
fn prorated(service: &str, fee: Money, state: &AppState) -> Explanation {
    let day = today(state);
    let period = BillingPeriod::containing(day);
    Explanation::ProratedFee {
        service: service.to_owned(),
        fee,
        days: period.days_left(day).unwrap_or(period.days),
        period_days: period.days,
    }
}

struct Builder {
    change: ServiceChange,
    lines: Vec<QuoteLine>,
    actor: String,
}

impl Builder {
    fn log(&mut self, action: ActivationAction, kind: ConnectedKind, item: &str, name: &str) {
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

    fn open(&mut self, kind: ConnectedKind, item: &str, name: &str, monthly_fee: Money) -> usize {
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

    fn line(&mut self, item: &str, name: &str, amount: Money) {
        self.lines.push(QuoteLine {
            item: item.to_owned(),
            name: name.to_owned(),
            amount,
        });
    }

    /// Charges `amount` (if any) for the item opened at `index`.
    fn charge(
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

    fn done(self, detail: QuoteDetail, charge_now: Money, per_period: Money) -> Plan {
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
        ServiceAction::ChangeTariff { tariff_id } => tariff(state, account, b, tariff_id).await,
        ServiceAction::ConnectOption { option_id } => {
            option(state, account, &active, b, option_id).await
        }
        ServiceAction::TvBase { package_id } => {
            tv_base(state, account, &active, b, package_id).await
        }
        ServiceAction::PersonalTv { channels } => {
            personal_tv(state, account, &active, b, channels).await
        }
        ServiceAction::AddMultiroomSet => multiroom(state, account, &active, b).await,
        ServiceAction::Block { kind, .. } => block(state, account, &active, b, *kind),
    }
}

async fn tariff(
    state: &AppState,
    account: &AccountRecord,
    mut b: Builder,
    tariff_id: &str,
) -> Result<Plan, HttpError> {
    let current = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?,
        None => None,
    };
    let old = current.ok_or_else(|| HttpError::new(ErrorCode::ServiceNotAvailable))?;
    let new = state
        .store
        .tariff(tariff_id.trim())
        .await?
        .filter(|c| {
            c.tariff.region == account.region_code && c.service == service_of(&account.kind)
        })
        .ok_or_else(|| field(ErrorCode::UnknownTariff, "tariff_id"))?;
    let (old, new) = (old.tariff, new.tariff);
    let q = quote_change(&old, &new, today(state)).map_err(ApiError::from)?;
    let at = b.change.at;
    b.change.expect_tariff = Some(old.id.clone());
    b.change.set_tariff = Some(new.id.clone());
    b.change.close_kind = Some(ConnectedKind::Tariff);
    b.change.close_fallback = Some(NewSubscription {
        kind: ConnectedKind::Tariff,
        item_id: old.id.clone(),
        name: old.name.clone(),
        monthly_fee: old.monthly_fee,
        variant: None,
        started_at: account.tariff_since.unwrap_or(at),
    });
    b.log(
        ActivationAction::Disconnected,
        ConnectedKind::Tariff,
        &old.id,
        &old.name,
    );
    let opened = b.open(ConnectedKind::Tariff, &new.id, &new.name, new.monthly_fee);
    let days = q.days_left;
    let period_days = q.period.days;
    let explain = |t: &shared::tariff::Tariff| Explanation::ProratedFee {
        service: t.name.clone(),
        fee: t.monthly_fee,
        days,
        period_days,
    };
    if q.refund.is_positive() {
        b.line(&old.id, &old.name, money(q.refund.checked_neg())?);
        let e = entry(account.id, EntryKind::Refund, q.refund, at, explain(&old))?;
        b.change.entries.push((e, SubRef::Closed));
    }
    b.line(&new.id, &new.name, q.charge);
    b.charge(opened, EntryKind::SubscriptionFee, q.charge, explain(&new))?;
    let per_period = money(new.monthly_fee.checked_sub(old.monthly_fee))?;
    let total = q.total;
    Ok(b.done(QuoteDetail::TariffChange { quote: q }, total, per_period))
}

async fn option(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    option_id: &str,
) -> Result<Plan, HttpError> {
    let o = state
        .store
        .options(service_of(&account.kind))
        .await?
        .into_iter()
        .find(|o| o.id == option_id.trim())
        .ok_or_else(|| field(ErrorCode::UnknownOption, "option_id"))?;
    if active
        .iter()
        .any(|s| s.kind == ConnectedKind::Option && s.item_id == o.id)
    {
        return Err(field(ErrorCode::AlreadyConnected, "option_id"));
    }
    let q = connect_quote(o.price, today(state)).map_err(|e| HttpError(e.into()))?;
    let (monthly, explanation) = match o.price {
        OptionPrice::Monthly(fee) => (fee, prorated(&o.name, fee, state)),
        OptionPrice::Daily(_) => (
            Money::ZERO,
            Explanation::ServiceFee {
                service: o.name.clone(),
            },
        ),
        OptionPrice::OneOff(_) | OptionPrice::Free => (
            Money::ZERO,
            Explanation::ServiceFee {
                service: o.name.clone(),
            },
        ),
    };
    let opened = b.open(ConnectedKind::Option, &o.id, &o.name, monthly);
    b.line(&o.id, &o.name, q.now);
    b.charge(opened, EntryKind::ServiceFee, q.now, explanation)?;
    let detail = QuoteDetail::Option {
        option: ServiceOption {
            id: o.id,
            name: o.name,
            price: o.price,
        },
        quote: q,
    };
    Ok(b.done(detail, q.now, q.per_period))
}

/// The account's base TV package: the one chosen, else the tariff's; and the tariff's.
pub async fn current_base(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
) -> Result<(TvPackage, Option<TvPackage>), HttpError> {
    if !matches!(
        service_of(&account.kind),
        ServiceKind::Home | ServiceKind::Satellite
    ) {
        return Err(HttpError::new(ErrorCode::ServiceNotAvailable));
    }
    let packages = state.store.tv_packages().await?;
    let by_id = |id: &str| packages.iter().find(|p| p.package.id == id).cloned();
    let tariff = match &account.tariff_id {
        Some(id) => state.store.tariff(id).await?,
        None => None,
    };
    let from_tariff = tariff.and_then(|t| t.tv_package).and_then(|id| by_id(&id));
    let chosen = active
        .iter()
        .find(|s| s.kind == ConnectedKind::TvBase)
        .and_then(|s| by_id(&s.item_id));
    let base = chosen
        .or_else(|| from_tariff.clone())
        .ok_or_else(|| HttpError::new(ErrorCode::ServiceNotAvailable))?;
    Ok((base, from_tariff))
}

async fn tv_base(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    package_id: &str,
) -> Result<Plan, HttpError> {
    let (current, included) = current_base(state, account, active).await?;
    let target = state
        .store
        .tv_packages()
        .await?
        .into_iter()
        .find(|p| p.package.id == package_id.trim() && p.kind == PackageKind::Base)
        .ok_or_else(|| field(ErrorCode::UnknownTvPackage, "package_id"))?;
    if target.package.id == current.package.id {
        return Err(field(ErrorCode::AlreadyConnected, "package_id"));
    }
    // The tariff already pays for its own package: a bigger one costs the difference.
    let included_fee = included.map_or(Money::ZERO, |p| p.package.monthly_fee);
    let monthly = money(target.package.monthly_fee.checked_sub(included_fee))?.max(Money::ZERO);
    let q = connect_quote(OptionPrice::Monthly(monthly), today(state))
        .map_err(|e| HttpError(e.into()))?;
    let previous = active.iter().find(|s| s.kind == ConnectedKind::TvBase);
    let previous_fee = previous.map_or(Money::ZERO, |s| s.monthly_fee);
    if let Some(p) = previous {
        b.log(
            ActivationAction::Disconnected,
            ConnectedKind::TvBase,
            &p.item_id,
            &p.name,
        );
    }
    b.change.close_kind = Some(ConnectedKind::TvBase);
    let (id, name) = (target.package.id.clone(), target.package.name.clone());
    let opened = b.open(ConnectedKind::TvBase, &id, &name, monthly);
    b.line(&id, &name, q.now);
    b.charge(
        opened,
        EntryKind::ServiceFee,
        q.now,
        prorated(&name, monthly, state),
    )?;
    let per_period = money(monthly.checked_sub(previous_fee))?;
    let detail = QuoteDetail::TvBase {
        package_id: id,
        name,
        quote: q,
    };
    Ok(b.done(detail, q.now, per_period))
}

async fn personal_tv(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    channels: &[shared::tv::ChannelId],
) -> Result<Plan, HttpError> {
    if channels.is_empty() {
        return Err(field(ErrorCode::Required, "channels"));
    }
    if channels.len() > PERSONAL_TV_MAX_PICKED {
        return Err(field(ErrorCode::TooLong, "channels"));
    }
    let (base, _) = current_base(state, account, active).await?;
    let catalogue = state.store.tv_channels().await?;
    let find = |id: shared::tv::ChannelId| {
        catalogue
            .iter()
            .find(|c| c.channel.id == id)
            .map(|c| c.channel.clone())
    };
    let connected: Vec<shared::tv::ChannelId> = active
        .iter()
        .filter(|s| s.kind == ConnectedKind::TvChannel)
        .filter_map(|s| s.item_id.parse().ok().map(shared::tv::ChannelId))
        .collect();
    let mut all = Vec::new();
    for id in connected.iter().chain(channels) {
        all.push(find(*id).ok_or_else(|| field(ErrorCode::UnknownTvChannel, "channels"))?);
    }
    if channels.iter().any(|c| connected.contains(c)) {
        return Err(field(ErrorCode::AlreadyConnected, "channels"));
    }
    let price = personal_tv_price(&base.package, &all).map_err(ApiError::from)?;
    let new_paid: Vec<_> = price
        .paid
        .iter()
        .filter(|p| channels.contains(&p.id))
        .copied()
        .collect();
    if new_paid.is_empty() {
        // Every channel picked is already in the base package.
        return Err(field(ErrorCode::AlreadyConnected, "channels"));
    }
    let mut now_total = Money::ZERO;
    let mut monthly_total = Money::ZERO;
    for paid in &new_paid {
        let name = all
            .iter()
            .find(|c| c.id == paid.id)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let item = paid.id.0.to_string();
        let q = connect_quote(OptionPrice::Monthly(paid.price), today(state))
            .map_err(|e| HttpError(e.into()))?;
        let opened = b.open(ConnectedKind::TvChannel, &item, &name, paid.price);
        b.line(&item, &name, q.now);
        b.charge(
            opened,
            EntryKind::ServiceFee,
            q.now,
            prorated(&name, paid.price, state),
        )?;
        now_total = money(now_total.checked_add(q.now))?;
        monthly_total = money(monthly_total.checked_add(paid.price))?;
    }
    Ok(b.done(QuoteDetail::PersonalTv { price }, now_total, monthly_total))
}

async fn multiroom(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
) -> Result<Plan, HttpError> {
    current_base(state, account, active).await?;
    let sets: Vec<&SubscriptionRecord> = active
        .iter()
        .filter(|s| s.kind == ConnectedKind::Multiroom)
        .collect();
    let n = u32::try_from(sets.len()).unwrap_or(u32::MAX);
    let after =
        multiroom_fee(n.saturating_add(1), MULTIROOM_EQUIPMENT_FEE).map_err(ApiError::from)?;
    let before = multiroom_fee(n, MULTIROOM_EQUIPMENT_FEE).map_err(ApiError::from)?;
    let fee = money(after.checked_sub(before))?;
    let slot = (1..=MULTIROOM_MAX_EXTRA_SETS)
        .map(|k| format!("set-{k}"))
        .find(|item| !sets.iter().any(|s| s.item_id == *item))
        .ok_or_else(|| field(ErrorCode::MultiroomLimit, "extra_sets"))?;
    let name = format!(
        "Мультирум: ТВ-приставка {}",
        slot.trim_start_matches("set-")
    );
    let q =
        connect_quote(OptionPrice::Monthly(fee), today(state)).map_err(|e| HttpError(e.into()))?;
    b.change.limit = Some((
        ConnectedKind::Multiroom,
        MULTIROOM_MAX_EXTRA_SETS as usize,
        ErrorCode::MultiroomLimit,
    ));
    let opened = b.open(ConnectedKind::Multiroom, &slot, &name, fee);
    b.line(&slot, &name, q.now);
    b.charge(
        opened,
        EntryKind::ServiceFee,
        q.now,
        prorated(&name, fee, state),
    )?;
    let detail = QuoteDetail::Multiroom {
        extra_sets: n + 1,
        equipment_fee: MULTIROOM_EQUIPMENT_FEE,
        monthly_total: after,
    };
    Ok(b.done(detail, q.now, fee))
}

/// The name and stored variant of a block.
pub fn block_names(kind: BlockRequestKind) -> (&'static str, &'static str) {
    match kind {
        BlockRequestKind::Temporary => ("Добровольная блокировка", "temporary"),
        BlockRequestKind::Permanent => ("Бессрочная блокировка", "permanent"),
        BlockRequestKind::LostPhone => ("Блокировка: телефон утерян", "lost_phone"),
    }
}

fn block(
    state: &AppState,
    account: &AccountRecord,
    active: &[SubscriptionRecord],
    mut b: Builder,
    kind: BlockRequestKind,
) -> Result<Plan, HttpError> {
    if service_of(&account.kind) != ServiceKind::Mobile {
        return Err(HttpError::new(ErrorCode::ServiceNotAvailable));
    }
    if active.iter().any(|s| s.kind == ConnectedKind::Block) {
        return Err(HttpError::new(ErrorCode::AlreadyBlocked));
    }
    let rule_kind = match kind {
        BlockRequestKind::Permanent => BlockKind::Permanent,
        BlockRequestKind::Temporary | BlockRequestKind::LostPhone => BlockKind::Temporary,
    };
    // The second confirmation is checked on confirm; the preview shows the terms.
    let started_on = today(state);
    let rule = VoluntaryBlock::start(rule_kind, started_on, true).map_err(ApiError::from)?;
    let (name, variant) = block_names(kind);
    b.change.refuse_if_active = Some((ConnectedKind::Block, ErrorCode::AlreadyBlocked));
    let opened = b.open(ConnectedKind::Block, "voluntary", name, Money::ZERO);
    if let Some(s) = b.change.open.get_mut(opened) {
        s.variant = Some(variant.to_owned());
    }
    let detail = QuoteDetail::Block {
        kind: rule_kind,
        lost_phone: kind == BlockRequestKind::LostPhone,
        started_on,
        free_days: u32::try_from(FREE_BLOCK_DAYS).unwrap_or(14),
        fee_starts_on: rule.first_paid_day(),
        daily_fee: BLOCK_DAILY_FEE,
    };
    Ok(b.done(detail, Money::ZERO, Money::ZERO))
}
