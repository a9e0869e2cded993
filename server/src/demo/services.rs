//! Demo services: the options catalogue of every service type, home internet connections,
//! each account's tariff as a connected item, and a few options connected earlier by SMS or
//! by an operator (with their fees), so "My services" and the activation log have a history.

use shared::Money;
use shared::api::services::{ActivationAction, ActivationChannel, ConnectedKind};
use shared::ledger::{EntryKind, Explanation};
use shared::service::ServiceKind;
use shared::tariff::{BillingPeriod, OptionPrice, connect_quote};

use super::CUSTOMERS;
use crate::clock::from_unix;
use crate::domain::services::charge_monthly_fees;
use crate::store::identity::Lookup;
use crate::store::money::{AccountRecord, NewEntry};
use crate::store::services::{
    InternetRecord, NewActivation, NewSubscription, OptionRecord, ServiceChange, SubRef,
};
use crate::store::{Store, StoreError};

/// Service, id, name, effect, price.
const OPTIONS: &[(ServiceKind, &str, &str, &str, OptionPrice)] = &[
    (
        ServiceKind::Mobile,
        "extra-5gb",
        "Дополнительные 5 ГБ",
        "+5 ГБ интернета до конца расчётного периода",
        OptionPrice::OneOff(Money::from_kopecks(20_000)),
    ),
    (
        ServiceKind::Mobile,
        "roaming-europe",
        "Роуминг: Европа",
        "Звонки, SMS и 500 МБ в день в странах Европы",
        OptionPrice::Daily(Money::from_kopecks(35_000)),
    ),
    (
        ServiceKind::Mobile,
        "messengers",
        "Безлимитные мессенджеры",
        "Трафик мессенджеров не расходует пакет",
        OptionPrice::Monthly(Money::from_kopecks(9_900)),
    ),
    (
        ServiceKind::Mobile,
        "caller-id-plus",
        "Кто звонил+",
        "SMS о пропущенных вызовах, пока телефон был недоступен",
        OptionPrice::Monthly(Money::from_kopecks(3_500)),
    ),
    (
        ServiceKind::Mobile,
        "antivirus-mobile",
        "Антивирус для смартфона",
        "Защита от вирусов и опасных сайтов на 1 смартфоне",
        OptionPrice::Monthly(Money::from_kopecks(9_900)),
    ),
    (
        ServiceKind::Home,
        "static-ip",
        "Статический IP-адрес",
        "Постоянный внешний IP-адрес для удалённого доступа и серверов",
        OptionPrice::Monthly(Money::from_kopecks(15_000)),
    ),
    (
        ServiceKind::Home,
        "antivirus",
        "Антивирус на 3 устройства",
        "Защита компьютеров и смартфонов семьи",
        OptionPrice::Monthly(Money::from_kopecks(9_900)),
    ),
    (
        ServiceKind::Home,
        "email-box",
        "Почтовый ящик 10 ГБ",
        "Ящик в домене mts-home.ru с защитой от спама",
        OptionPrice::Monthly(Money::from_kopecks(4_900)),
    ),
    (
        ServiceKind::Home,
        "hosting",
        "Хостинг сайта",
        "10 ГБ для сайта, PHP, база данных и SSL-сертификат",
        OptionPrice::Monthly(Money::from_kopecks(29_900)),
    ),
    (
        ServiceKind::Home,
        "turbo",
        "Турбо-кнопка",
        "Скорость до 500 Мбит/с на 24 часа",
        OptionPrice::OneOff(Money::from_kopecks(5_000)),
    ),
    (
        ServiceKind::Home,
        "parental-control",
        "Родительский контроль",
        "Фильтр сайтов для детских устройств",
        OptionPrice::Free,
    ),
    (
        ServiceKind::Satellite,
        "cinema-on-demand",
        "Кинозал по запросу",
        "Фильмы напрокат на 48 часов, один фильм в месяц включён",
        OptionPrice::Monthly(Money::from_kopecks(19_900)),
    ),
    (
        ServiceKind::Satellite,
        "tv-archive",
        "Архив передач",
        "Просмотр передач за последние 7 дней",
        OptionPrice::Monthly(Money::from_kopecks(9_900)),
    ),
];

pub fn options() -> Vec<OptionRecord> {
    OPTIONS
        .iter()
        .map(|(service, id, name, effect, price)| OptionRecord {
            id: (*id).to_owned(),
            service: *service,
            name: (*name).to_owned(),
            effect: (*effect).to_owned(),
            price: *price,
        })
        .collect()
}

fn internet(a: &AccountRecord, combo: bool) -> InternetRecord {
    let n = a.id.unsigned_abs();
    let mut equipment = vec![
        "Оптический терминал Huawei HG8245H (в собственности)".to_owned(),
        "Wi-Fi роутер MTS WG-430 (аренда, 0 ₽)".to_owned(),
    ];
    if combo {
        equipment.push("ТВ-приставка MTS IPTV-300 (аренда)".to_owned());
    }
    InternetRecord {
        account_id: a.id,
        address: a
            .address
            .clone()
            .unwrap_or_else(|| format!("по договору {}", a.contract_number)),
        ip: format!(
            "100.{}.{}.{}",
            64 + n % 50,
            (n * 37) % 250 + 1,
            (n * 91) % 250 + 2
        ),
        equipment,
        traffic_used_mb: 18_000 + (n * 7_919) % 60_000,
    }
}

/// An option connected `months` ago through `channel`, with its pro-rated first month
/// (the months after are charged by [`charge_monthly_fees`] when the seed ends).
fn earlier_option(
    a: &AccountRecord,
    customer: i64,
    id: &str,
    months: i64,
    channel: ActivationChannel,
    now: i64,
) -> Result<Option<ServiceChange>, StoreError> {
    let Some((_, _, name, _, OptionPrice::Monthly(fee))) =
        OPTIONS.iter().find(|o| o.1 == id).copied()
    else {
        return Ok(None);
    };
    let started = now - months * 30 * 86_400;
    let day = from_unix(started).date_naive();
    let first = connect_quote(OptionPrice::Monthly(fee), day)?;
    let period = BillingPeriod::containing(day);
    let mut entries = Vec::new();
    if first.now.is_positive() {
        let explanation = Explanation::ProratedFee {
            service: name.to_owned(),
            fee,
            days: period.days_left(day).unwrap_or(period.days),
            period_days: period.days,
        };
        let amount = EntryKind::ServiceFee.entry(first.now)?;
        let e = NewEntry::new(
            a.id,
            EntryKind::ServiceFee,
            amount,
            started,
            explanation,
            None,
        )?;
        entries.push((e, SubRef::Opened(0)));
    }
    let actor = match channel {
        ActivationChannel::Operator => "operator",
        ActivationChannel::Sms | ActivationChannel::Web => "subscriber",
    };
    Ok(Some(ServiceChange {
        open: vec![NewSubscription {
            kind: ConnectedKind::Option,
            item_id: id.to_owned(),
            name: name.to_owned(),
            monthly_fee: fee,
            variant: None,
            started_at: started,
        }],
        entries,
        log: vec![NewActivation {
            account_id: a.id,
            at: started,
            action: ActivationAction::Connected,
            kind: ConnectedKind::Option,
            item_id: id.to_owned(),
            name: name.to_owned(),
            channel,
            actor: actor.to_owned(),
        }],
        ..bare(a, customer, started)
    }))
}

fn bare(a: &AccountRecord, customer: i64, at: i64) -> ServiceChange {
    ServiceChange {
        customer_id: customer,
        account_id: a.id,
        at,
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
    }
}

/// Loads the demo services; accounts that already have items are left alone.
pub async fn seed(store: &dyn Store, now: i64) -> Result<u64, StoreError> {
    let mut seeded = store.insert_options(&options()).await?;
    for demo in CUSTOMERS {
        let Some(first) = demo.accounts.first() else {
            continue;
        };
        let Some(customer) = store
            .find_customer(Lookup::Account(first.account_number))
            .await?
        else {
            continue;
        };
        for a in store.accounts_of(customer).await? {
            if !store.subscriptions(a.id, false).await?.is_empty() {
                continue;
            }
            let tariff = match &a.tariff_id {
                Some(id) => store.tariff(id).await?,
                None => None,
            };
            if a.kind == "home" {
                let combo = tariff.as_ref().is_some_and(|t| t.tv_package.is_some());
                store.insert_internet(&internet(&a, combo)).await?;
            }
            if let Some(t) = tariff {
                let since = a.tariff_since.unwrap_or(now);
                let mut c = bare(&a, customer, since);
                c.open.push(NewSubscription {
                    kind: ConnectedKind::Tariff,
                    item_id: t.tariff.id.clone(),
                    name: t.tariff.name.clone(),
                    monthly_fee: t.tariff.monthly_fee,
                    variant: None,
                    started_at: since,
                });
                c.log.push(NewActivation {
                    account_id: a.id,
                    at: since,
                    action: ActivationAction::Connected,
                    kind: ConnectedKind::Tariff,
                    item_id: t.tariff.id,
                    name: t.tariff.name,
                    channel: ActivationChannel::Operator,
                    actor: "operator".to_owned(),
                });
                store.apply_change(None, &c).await?;
                seeded += 1;
            }
            let earlier = match a.kind.as_str() {
                "mobile" => earlier_option(
                    &a,
                    customer,
                    "caller-id-plus",
                    2,
                    ActivationChannel::Sms,
                    now,
                )?,
                "home" => earlier_option(
                    &a,
                    customer,
                    "antivirus",
                    3,
                    ActivationChannel::Operator,
                    now,
                )?,
                _ => None,
            };
            if let Some(c) = earlier {
                store.apply_change(None, &c).await?;
                seeded += 1;
            }
        }
    }
    charge_monthly_fees(store, from_unix(now)).await?;
    Ok(seeded)
}
