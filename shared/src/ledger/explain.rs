//! "Why was I charged?": every ledger entry carries the rule that made it and that rule's
//! inputs, as data. [`Explanation::text`] turns it into the sentence the statement shows, in
//! either language, with the arithmetic spelled out; the server (CSV, receipts) and the app
//! call the same function.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::tariff::UsageKind;
use crate::{Lang, Money};

/// How money came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    /// A bank card typed in the personal account.
    Card,
    /// A card saved earlier (a token at the acquirer).
    SavedCard,
    /// The payment gateway: a bank transfer.
    BankTransfer,
    /// The payment gateway: a payment terminal.
    Terminal,
    /// The payment gateway: a post office.
    Post,
    /// The payment gateway: an e-wallet.
    EWallet,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 6] = [
        PaymentMethod::Card,
        PaymentMethod::SavedCard,
        PaymentMethod::BankTransfer,
        PaymentMethod::Terminal,
        PaymentMethod::Post,
        PaymentMethod::EWallet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentMethod::Card => "card",
            PaymentMethod::SavedCard => "saved_card",
            PaymentMethod::BankTransfer => "bank_transfer",
            PaymentMethod::Terminal => "terminal",
            PaymentMethod::Post => "post",
            PaymentMethod::EWallet => "e_wallet",
        }
    }

    pub fn from_name(name: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// The channels the payment gateway posts.
    pub fn is_gateway(self) -> bool {
        !matches!(self, PaymentMethod::Card | PaymentMethod::SavedCard)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (PaymentMethod::Card, Lang::Ru) => "банковская карта",
            (PaymentMethod::Card, Lang::En) => "bank card",
            (PaymentMethod::SavedCard, Lang::Ru) => "сохранённая карта",
            (PaymentMethod::SavedCard, Lang::En) => "saved card",
            (PaymentMethod::BankTransfer, Lang::Ru) => "банковский перевод",
            (PaymentMethod::BankTransfer, Lang::En) => "bank transfer",
            (PaymentMethod::Terminal, Lang::Ru) => "платёжный терминал",
            (PaymentMethod::Terminal, Lang::En) => "payment terminal",
            (PaymentMethod::Post, Lang::Ru) => "почтовый перевод",
            (PaymentMethod::Post, Lang::En) => "post office",
            (PaymentMethod::EWallet, Lang::Ru) => "электронный кошелёк",
            (PaymentMethod::EWallet, Lang::En) => "e-wallet",
        }
    }
}

/// The rule behind a ledger entry and its inputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Explanation {
    /// A top-up.
    Payment {
        method: PaymentMethod,
        /// Last four digits of the card, for card payments.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        card_last4: Option<String>,
    },
    /// The tariff's monthly fee for the billing period starting `period_start`.
    MonthlyFee {
        tariff: String,
        fee: Money,
        period_start: NaiveDate,
    },
    /// Usage rated package-first: `billed` units beyond the package × `price`.
    Usage {
        kind: UsageKind,
        quantity: u64,
        from_package: u64,
        billed: u64,
        price: Money,
    },
    /// A named service's fee (options, blocking, equipment).
    ServiceFee { service: String },
    /// A monthly fee for part of a billing period: `fee` × `days` / `period_days` (a tariff
    /// change's refund of the old fee and charge of the new one, options, TV, equipment).
    ProratedFee {
        service: String,
        fee: Money,
        days: u32,
        period_days: u32,
    },
    /// One day of a temporary voluntary block after its free days.
    BlockDay { day: NaiveDate },
    /// A manual correction, with the operator's reason.
    Adjustment { reason: String },
    /// A promised payment taken: `fee` is added to what is repaid; due by `expires_at`.
    PromisedCredit {
        fee: Money,
        expires_at: chrono::NaiveDateTime,
    },
    /// Part of a payment repaying a promised payment; `outstanding` is still owed after it.
    PromisedRepayment { outstanding: Money },
    /// Bonus points paying the monthly fee of the period starting `period_start`.
    BonusFee {
        points: crate::bonus::Points,
        period_start: NaiveDate,
    },
}

const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The unit a quantity of this usage is counted in.
pub fn unit(kind: UsageKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (UsageKind::Voice, Lang::Ru) => "мин",
        (UsageKind::Voice, Lang::En) => "min",
        (UsageKind::Sms, _) => "SMS",
        (UsageKind::Data, Lang::Ru) => "МБ",
        (UsageKind::Data, Lang::En) => "MB",
    }
}

impl Explanation {
    /// The sentence a statement shows for an entry of `amount` made by this rule.
    pub fn text(&self, amount: Money, lang: Lang) -> String {
        let abs = Money::from_kopecks(amount.kopecks().saturating_abs());
        match self {
            Explanation::Payment { method, card_last4 } => {
                let card = card_last4
                    .as_deref()
                    .map(|l| format!(" •••• {l}"))
                    .unwrap_or_default();
                match lang {
                    Lang::Ru => format!("Пополнение: {}{card}", method.label(lang)),
                    Lang::En => format!("Top-up by {}{card}", method.label(lang)),
                }
            }
            Explanation::MonthlyFee {
                tariff,
                fee,
                period_start,
            } => {
                let m = period_start.month0() as usize % 12;
                let y = period_start.year();
                match lang {
                    Lang::Ru => format!(
                        "Абонентская плата по тарифу «{tariff}» за {} {y}: {}",
                        MONTHS_RU[m],
                        fee.format(lang)
                    ),
                    Lang::En => format!(
                        "Monthly fee of the “{tariff}” tariff for {} {y}: {}",
                        MONTHS_EN[m],
                        fee.format(lang)
                    ),
                }
            }
            Explanation::Usage {
                kind,
                quantity,
                from_package,
                billed,
                price,
            } => {
                let u = unit(*kind, lang);
                let arithmetic = match lang {
                    Lang::Ru => format!(
                        "{billed} {u} сверх пакета × {} = {}",
                        price.format(lang),
                        abs.format(lang)
                    ),
                    Lang::En => format!(
                        "{billed} {u} beyond the package × {} = {}",
                        price.format(lang),
                        abs.format(lang)
                    ),
                };
                if *from_package == 0 {
                    arithmetic
                } else {
                    match lang {
                        Lang::Ru => format!(
                            "{arithmetic} (всего {quantity} {u}, из них {from_package} {u} — из пакета)"
                        ),
                        Lang::En => format!(
                            "{arithmetic} ({quantity} {u} in all, {from_package} {u} from the package)"
                        ),
                    }
                }
            }
            Explanation::ServiceFee { service } => match lang {
                Lang::Ru => format!("Плата за услугу «{service}»: {}", abs.format(lang)),
                Lang::En => format!("Fee for “{service}”: {}", abs.format(lang)),
            },
            Explanation::ProratedFee {
                service,
                fee,
                days,
                period_days,
            } => match lang {
                Lang::Ru => format!(
                    "«{service}» за {days} из {period_days} дн.: {} × {days}/{period_days} = {}",
                    fee.format(lang),
                    abs.format(lang)
                ),
                Lang::En => format!(
                    "“{service}” for {days} of {period_days} days: {} × {days}/{period_days} = {}",
                    fee.format(lang),
                    abs.format(lang)
                ),
            },
            Explanation::BlockDay { day } => {
                let date = day.format("%d.%m.%Y");
                match lang {
                    Lang::Ru => format!(
                        "Добровольная блокировка за {date} (после 14 бесплатных дней): {}",
                        abs.format(lang)
                    ),
                    Lang::En => format!(
                        "Voluntary block on {date} (after the 14 free days): {}",
                        abs.format(lang)
                    ),
                }
            }
            Explanation::PromisedCredit { fee, expires_at } => {
                let due = expires_at.format("%d.%m.%Y %H:%M");
                match lang {
                    Lang::Ru => format!(
                        "Обещанный платёж {}; вернуть {} с комиссией {} до {due} (UTC)",
                        abs.format(lang),
                        abs.checked_add(*fee).unwrap_or(abs).format(lang),
                        fee.format(lang)
                    ),
                    Lang::En => format!(
                        "Promised payment of {}; repay {} including a {} fee by {due} (UTC)",
                        abs.format(lang),
                        abs.checked_add(*fee).unwrap_or(abs).format(lang),
                        fee.format(lang)
                    ),
                }
            }
            Explanation::BonusFee {
                points,
                period_start,
            } => {
                let m = period_start.month0() as usize % 12;
                let y = period_start.year();
                let rate = Money::from_kopecks(crate::bonus::FEE_KOPECKS_PER_POINT).format(lang);
                match lang {
                    Lang::Ru => format!(
                        "Абонентская плата за {} {y} оплачена баллами: {} × {rate} = {}",
                        MONTHS_RU[m],
                        points.value(),
                        abs.format(lang)
                    ),
                    Lang::En => format!(
                        "Monthly fee for {} {y} paid with points: {} × {rate} = {}",
                        MONTHS_EN[m],
                        points.value(),
                        abs.format(lang)
                    ),
                }
            }
            Explanation::PromisedRepayment { outstanding } => {
                match (lang, outstanding.is_positive()) {
                    (Lang::Ru, false) => {
                        format!("Погашение обещанного платежа: {}", abs.format(lang))
                    }
                    (Lang::En, false) => format!("Promised payment repaid: {}", abs.format(lang)),
                    (Lang::Ru, true) => format!(
                        "Погашение обещанного платежа: {}, осталось {}",
                        abs.format(lang),
                        outstanding.format(lang)
                    ),
                    (Lang::En, true) => format!(
                        "Promised payment repaid in part: {}, {} still owed",
                        abs.format(lang),
                        outstanding.format(lang)
                    ),
                }
            }
            Explanation::Adjustment { reason } => match lang {
                Lang::Ru => format!("Корректировка: {reason}"),
                Lang::En => format!("Adjustment: {reason}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: String) -> String {
        s.replace('\u{a0}', " ")
    }

    #[test]
    fn usage_shows_its_arithmetic() {
        let e = Explanation::Usage {
            kind: UsageKind::Voice,
            quantity: 20,
            from_package: 8,
            billed: 12,
            price: Money::from_kopecks(250),
        };
        let amount = Money::from_kopecks(-3_000);
        assert_eq!(
            plain(e.text(amount, Lang::Ru)),
            "12 мин сверх пакета × 2,50 ₽ = 30,00 ₽ (всего 20 мин, из них 8 мин — из пакета)"
        );
        assert_eq!(
            e.text(amount, Lang::En),
            "12 min beyond the package × ₽2.50 = ₽30.00 (20 min in all, 8 min from the package)"
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["rule"], "usage");
        assert_eq!(json["kind"], "voice");
        assert_eq!(serde_json::from_value::<Explanation>(json).unwrap(), e);
    }

    #[test]
    fn prorated_fee_shows_its_arithmetic() {
        let e = Explanation::ProratedFee {
            service: "Смарт".into(),
            fee: Money::from_kopecks(55_000),
            days: 16,
            period_days: 30,
        };
        assert_eq!(
            plain(e.text(Money::from_kopecks(29_333), Lang::Ru)),
            "«Смарт» за 16 из 30 дн.: 550,00 ₽ × 16/30 = 293,33 ₽"
        );
        assert_eq!(
            e.text(Money::from_kopecks(-29_333), Lang::En),
            "“Смарт” for 16 of 30 days: ₽550.00 × 16/30 = ₽293.33"
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["rule"], "prorated_fee");
    }

    #[test]
    fn a_fee_paid_with_points_shows_the_rate() {
        let e = Explanation::BonusFee {
            points: crate::bonus::Points::new(1_100),
            period_start: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        };
        let amount = Money::from_kopecks(55_000);
        assert_eq!(
            plain(e.text(amount, Lang::Ru)),
            "Абонентская плата за ноябрь 2026 оплачена баллами: 1100 × 0,50 ₽ = 550,00 ₽"
        );
        assert_eq!(
            e.text(amount, Lang::En),
            "Monthly fee for November 2026 paid with points: 1100 × ₽0.50 = ₽550.00"
        );
    }

    #[test]
    fn every_rule_reads_in_both_languages() {
        let fee = Explanation::MonthlyFee {
            tariff: "Смарт".into(),
            fee: Money::from_kopecks(55_000),
            period_start: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        };
        assert_eq!(
            plain(fee.text(Money::from_kopecks(-55_000), Lang::Ru)),
            "Абонентская плата по тарифу «Смарт» за октябрь 2026: 550,00 ₽"
        );
        assert_eq!(
            fee.text(Money::from_kopecks(-55_000), Lang::En),
            "Monthly fee of the “Смарт” tariff for October 2026: ₽550.00"
        );
        let pay = Explanation::Payment {
            method: PaymentMethod::Card,
            card_last4: Some("1111".into()),
        };
        assert_eq!(
            pay.text(Money::from_kopecks(50_000), Lang::Ru),
            "Пополнение: банковская карта •••• 1111"
        );
        let sms = Explanation::Usage {
            kind: UsageKind::Sms,
            quantity: 3,
            from_package: 0,
            billed: 3,
            price: Money::from_kopecks(150),
        };
        assert_eq!(
            sms.text(Money::from_kopecks(-450), Lang::En),
            "3 SMS beyond the package × ₽1.50 = ₽4.50"
        );
        for e in [
            fee,
            pay,
            sms,
            Explanation::ServiceFee {
                service: "GPS".into(),
            },
            Explanation::Adjustment { reason: "x".into() },
            Explanation::ProratedFee {
                service: "Смарт".into(),
                fee: Money::from_kopecks(55_000),
                days: 16,
                period_days: 30,
            },
            Explanation::BlockDay {
                day: NaiveDate::from_ymd_opt(2026, 11, 15).unwrap(),
            },
        ] {
            let ru = e.text(Money::from_kopecks(-100), Lang::Ru);
            let en = e.text(Money::from_kopecks(-100), Lang::En);
            assert!(!ru.is_empty() && ru != en);
        }
        for m in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::from_name(m.as_str()), Some(m));
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{}\"", m.as_str()));
        }
        assert!(PaymentMethod::Terminal.is_gateway() && !PaymentMethod::Card.is_gateway());
    }
}
