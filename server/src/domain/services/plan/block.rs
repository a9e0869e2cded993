//! A voluntary block of a mobile number.

use shared::api::services::{BlockRequestKind, ConnectedKind, QuoteDetail};
use shared::blocking::{BLOCK_DAILY_FEE, BlockKind, FREE_BLOCK_DAYS, VoluntaryBlock};
use shared::service::ServiceKind;
use shared::{ApiError, ErrorCode, Money};

use super::{Builder, Plan};
use crate::domain::money::{service_of, today};
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::AccountRecord;
use crate::store::services::SubscriptionRecord;

/// The name and stored variant of a block.
pub fn block_names(kind: BlockRequestKind) -> (&'static str, &'static str) {
    match kind {
        BlockRequestKind::Temporary => ("Добровольная блокировка", "temporary"),
        BlockRequestKind::Permanent => ("Бессрочная блокировка", "permanent"),
        BlockRequestKind::LostPhone => ("Блокировка: телефон утерян", "lost_phone"),
    }
}

pub(super) fn block(
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
