//! Texts only the money pages show (`/expenses`, `/bonuses`), Russian and English side by
//! side. Only the money build compiles this catalogue.

use shared::Lang;

use super::Key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acc {
    ThisMonth,
    Spent,
    Forecast,
    ForecastOver,
    LimitTitle,
    LimitLead,
    LimitField,
    LimitHint,
    LimitSave,
    LimitSaved,
    LimitRemove,
    LimitRemoved,
    LimitNone,
    LimitUsed,
    ChartTitle,
    ChartEmpty,
}

impl From<Acc> for Key {
    fn from(key: Acc) -> Key {
        Key::Acc(key)
    }
}

impl Acc {
    pub fn text(self, lang: Lang) -> &'static str {
        let [ru, en] = match self {
            Acc::ThisMonth => ["В этом месяце", "This month"],
            Acc::Spent => ["Потрачено", "Spent"],
            Acc::Forecast => ["Прогноз на конец месяца", "Forecast for the month end"],
            Acc::ForecastOver => [
                "При таких расходах лимит будет превышен к концу месяца.",
                "At this rate the limit will be exceeded by the end of the month.",
            ],
            Acc::LimitTitle => ["Лимит расходов", "Spending limit"],
            Acc::LimitLead => [
                "Мы предупредим по SMS и почте, когда расходы дойдут до 50, 80 и 100 % лимита. Связь при этом не отключится.",
                "We warn you by SMS and e-mail when spending reaches 50, 80 and 100 % of the limit. Nothing is switched off.",
            ],
            Acc::LimitField => ["Лимит в месяц, ₽", "Monthly limit, ₽"],
            Acc::LimitHint => ["Например, 800 или 1 250,50", "For example 800 or 1250.50"],
            Acc::LimitSave => ["Сохранить лимит", "Save the limit"],
            Acc::LimitSaved => ["Лимит сохранён.", "The limit is saved."],
            Acc::LimitRemove => ["Убрать лимит", "Remove the limit"],
            Acc::LimitRemoved => ["Лимит убран.", "The limit is removed."],
            Acc::LimitNone => ["Лимит не задан.", "No limit is set."],
            Acc::LimitUsed => ["Израсходовано {n} % лимита", "{n} % of the limit spent"],
            Acc::ChartTitle => ["Расходы по месяцам", "Spending by month"],
            Acc::ChartEmpty => [
                "Расходов за эти месяцы нет.",
                "Nothing was spent in these months.",
            ],
        };
        match lang {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}
