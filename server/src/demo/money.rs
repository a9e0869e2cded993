//! Demo money: each demo account is put on a tariff of its region's catalogue and gets six
//! months of believable history (monthly fees, payments by several channels, calls, SMS and
//! data rated package-first by `shared`). Ivanov's home account is left in debt.

use chrono::{DateTime, Months, NaiveDate, Utc};
use shared::Money;
use shared::api::payments::PaymentStatus;
use shared::ledger::{EntryKind, Explanation, PaymentMethod};
use shared::tariff::{BillingPeriod, Tariff, UsageRecord, rate};

use super::CUSTOMERS;
use crate::domain::secrets;
use crate::store::identity::Lookup;
use crate::store::money::{MoneyWrite, NewEntry, NewPayment, NewUsage};
use crate::store::{Store, StoreError};

/// The account left in debt (Ivanov's home internet & TV).
pub const DEBT_ACCOUNT: &str = "100000000024";
const MONTHS: u32 = 6;

fn tariff_slug(kind: &str, i: usize) -> &'static str {
    match kind {
        "mobile" => ["mobile-smart", "mobile-mini", "mobile-smart-plus"][i % 3],
        "home" => ["home-combo", "home-100", "home-max"][i % 3],
        "satellite_interactive" => "sat-optimum",
        _ => "sat-start",
    }
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> i64 {
    date.and_hms_opt(hour, minute, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or_default()
}

/// A pseudo-random but repeatable number in `0..n` for these inputs.
fn vary(seed: u64, n: u64) -> u64 {
    let x = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (x >> 33) % n.max(1)
}

/// The history of one account up to `now`.
fn history(
    account: i64,
    customer: i64,
    number: &str,
    mobile: bool,
    tariff: &Tariff,
    i: usize,
    now: i64,
) -> Result<MoneyWrite, StoreError> {
    let today = DateTime::<Utc>::from_timestamp(now, 0)
        .unwrap_or_default()
        .date_naive();
    let current = BillingPeriod::containing(today).start;
    let mut w = MoneyWrite::default();
    let methods = [
        PaymentMethod::Card,
        PaymentMethod::Terminal,
        PaymentMethod::BankTransfer,
        PaymentMethod::EWallet,
    ];
    let fee = tariff.monthly_fee;
    // Pays the fee rounded up to 100 ₽, plus a little now and then.
    let roubles = fee.kopecks().div_euclid(10_000) + 1;
    for m in (0..MONTHS).rev() {
        let Some(start) = current.checked_sub_months(Months::new(m)) else {
            continue;
        };
        let period = BillingPeriod::containing(start);
        let seed = (i as u64) * 100 + u64::from(m);
        let in_debt = number == DEBT_ACCOUNT && m < 2;
        let paid_at = at(start, 1, 10 + (i as u32 % 40));
        if !in_debt && paid_at < now {
            let method = methods[vary(seed, 4) as usize];
            let amount = Money::from_kopecks((roubles + 1 + vary(seed, 3) as i64) * 10_000);
            let id = secrets::nonce();
            let last4 = (method == PaymentMethod::Card).then(|| "1111".to_owned());
            w.entries.push(entry(
                account,
                EntryKind::Payment,
                amount,
                paid_at,
                Explanation::Payment {
                    method,
                    card_last4: last4.clone(),
                },
                Some(id.clone()),
            )?);
            w.payments.push(NewPayment {
                id,
                customer_id: customer,
                account_id: account,
                amount,
                method: method.as_str().to_owned(),
                status: PaymentStatus::Succeeded.as_str().to_owned(),
                card_last4: last4,
                saved_card_id: None,
                external_id: method.is_gateway().then(|| format!("demo-{seed}")),
                created_at: paid_at,
                completed_at: Some(paid_at),
            });
        }
        let fee_at = at(start, 3, 0);
        if fee_at < now && fee.is_positive() {
            w.entries.push(entry(
                account,
                EntryKind::SubscriptionFee,
                Money::from_kopecks(-fee.kopecks()),
                fee_at,
                Explanation::MonthlyFee {
                    tariff: tariff.name.clone(),
                    fee,
                    period_start: period.start,
                },
                None,
            )?);
            // The runner's key for this fee: it never charges the period again.
            w.effect_keys
                .push(crate::jobs::fees::key(account, period.start));
        }
        if !mobile {
            continue;
        }
        let mut left = tariff.package;
        for (k, day) in [5_u64, 11, 17, 23].into_iter().enumerate() {
            let date = start + chrono::Days::new(day + vary(seed + day, 4));
            let s = seed * 10 + k as u64;
            let records = [
                UsageRecord::call((40 + vary(s, 45)) * 60 + vary(s + 1, 60)),
                UsageRecord::sms(5 + vary(s + 2, 10)),
                UsageRecord::data_kb((600 + vary(s + 3, 900)) * 1024 + vary(s + 4, 1024)),
            ];
            for (r, record) in records.into_iter().enumerate() {
                let when = at(date, 9 + 4 * r as u32, 15 + k as u32);
                if when >= now {
                    continue;
                }
                let rated = rate(record, left, &tariff.prices)?;
                left = rated.remaining;
                w.usage.push(NewUsage {
                    account_id: account,
                    kind: record.kind,
                    quantity: record.quantity,
                    from_package: rated.from_package,
                    billed: rated.billed,
                    created_at: when,
                });
                if rated.charge.is_positive() {
                    w.entries.push(entry(
                        account,
                        EntryKind::UsageCharge,
                        Money::from_kopecks(-rated.charge.kopecks()),
                        when,
                        Explanation::Usage {
                            kind: record.kind,
                            quantity: record.quantity,
                            from_package: rated.from_package,
                            billed: rated.billed,
                            price: tariff.prices.get(record.kind),
                        },
                        None,
                    )?);
                }
            }
        }
    }
    w.entries.sort_by_key(NewEntry::created_at);
    w.effect_at = now;
    Ok(w)
}

fn entry(
    account: i64,
    kind: EntryKind,
    amount: Money,
    at: i64,
    explanation: Explanation,
    payment: Option<String>,
) -> Result<NewEntry, StoreError> {
    NewEntry::new(account, kind, amount, at, explanation, payment)
        .map_err(|e| StoreError::Seed(e.to_string()))
}

impl From<shared::MoneyError> for StoreError {
    fn from(e: shared::MoneyError) -> Self {
        StoreError::Seed(e.to_string())
    }
}

/// Tariffs and history for every demo account that has no tariff yet.
pub async fn seed(store: &dyn Store, now: i64) -> Result<u64, StoreError> {
    let mut seeded = 0;
    for (i, demo) in CUSTOMERS.iter().enumerate() {
        let Some(first) = demo.accounts.first() else {
            continue;
        };
        let Some(customer) = store
            .find_customer(Lookup::Account(first.account_number))
            .await?
        else {
            continue;
        };
        for account in store.accounts_of(customer).await? {
            let slug = tariff_slug(&account.kind, i + account.id as usize);
            let tariff_id = format!("{slug}-{}", account.region_code);
            let Some(card) = store.tariff(&tariff_id).await? else {
                continue;
            };
            let since = now - i64::from(MONTHS) * 31 * 86_400;
            if !store.assign_tariff(account.id, &tariff_id, since).await? {
                continue;
            }
            let write = history(
                account.id,
                customer,
                &account.account_number,
                account.kind == "mobile",
                &card.tariff,
                i + account.id as usize,
                now,
            )?;
            store.write_money(None, &write).await?;
            seeded += 1;
        }
    }
    Ok(seeded)
}
