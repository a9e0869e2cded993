//! Texts only the insights pages show (`/expenses`, `/bonuses`), Russian and English side by
//! side.

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
    PointsTitle,
    PointsRule,
    PointsUnit,
    HistoryTitle,
    HistoryEmpty,
    KindAccrual,
    KindFee,
    KindReward,
    KindTransferOut,
    KindTransferIn,
    FeeTitle,
    FeeMonthly,
    FeePoints,
    FeeCovered,
    FeeStillDue,
    FeeNoTariff,
    FeeNoPoints,
    FeePay,
    FeeDone,
    RewardsTitle,
    RewardName,
    RewardPrice,
    RewardBuy,
    RewardAsk,
    RewardDone,
    TransferTitle,
    TransferLead,
    TransferTo,
    TransferToHint,
    TransferPoints,
    TransferLeft,
    TransferWhole,
    TransferNext,
    TransferCheck,
    TransferReceiver,
    TransferAmount,
    TransferBalanceAfter,
    TransferLimitAfter,
    TransferConfirm,
    TransferDone,
    Confirm,
    Edit,
    Cancel,
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
            Acc::PointsTitle => ["Ваши баллы", "Your points"],
            Acc::PointsRule => [
                "1 балл за каждые полные 10 ₽ платежей. Баллами можно оплатить абонентскую плату (1 балл = 0,50 ₽), обменять их на награды или подарить другому абоненту МТС.",
                "1 point for every full 10 ₽ paid. Points pay the monthly fee (1 point = 0.50 ₽), buy rewards, or go to another MTS subscriber as a gift.",
            ],
            Acc::PointsUnit => ["баллов", "points"],
            Acc::HistoryTitle => ["История баллов", "Points history"],
            Acc::HistoryEmpty => [
                "Баллов пока не было: они начисляются за платежи.",
                "No points yet: they are earned with payments.",
            ],
            Acc::KindAccrual => ["Начислено за платёж", "Earned with a payment"],
            Acc::KindFee => ["Оплата абонентской платы", "Monthly fee paid"],
            Acc::KindReward => ["Обмен на награду", "Reward bought"],
            Acc::KindTransferOut => ["Перевод на номер", "Transferred to"],
            Acc::KindTransferIn => ["Перевод с номера", "Received from"],
            Acc::FeeTitle => [
                "Абонентская плата баллами",
                "Pay the monthly fee with points",
            ],
            Acc::FeeMonthly => ["Абонентская плата", "Monthly fee"],
            Acc::FeePoints => ["Спишем баллов", "Points to spend"],
            Acc::FeeCovered => ["Баллы покроют", "Points cover"],
            Acc::FeeStillDue => ["Останется оплатить", "Still to pay"],
            Acc::FeeNoTariff => [
                "У этого счёта нет абонентской платы.",
                "This account has no monthly fee.",
            ],
            Acc::FeeNoPoints => [
                "Баллов пока не хватает даже на часть платы.",
                "Not enough points for any part of the fee yet.",
            ],
            Acc::FeePay => ["Оплатить баллами", "Pay with points"],
            Acc::FeeDone => [
                "Абонентская плата этого месяца оплачена баллами.",
                "This month's fee is paid with points.",
            ],
            Acc::RewardsTitle => ["Награды за баллы", "Rewards for points"],
            Acc::RewardName => ["Награда", "Reward"],
            Acc::RewardPrice => ["Цена, баллов", "Price, points"],
            Acc::RewardBuy => ["Обменять", "Get it"],
            Acc::RewardAsk => [
                "Обменять {n} баллов на «{name}»? Останется {left}.",
                "Spend {n} points on “{name}”? {left} will be left.",
            ],
            Acc::RewardDone => ["Готово: «{name}» подключено.", "Done: “{name}” is yours."],
            Acc::TransferTitle => ["Перевести баллы", "Transfer points"],
            Acc::TransferLead => [
                "Подарите баллы абоненту МТС по номеру мобильного: от {min} баллов, не больше {limit} в день.",
                "Give points to an MTS subscriber by their mobile number: at least {min}, at most {limit} a day.",
            ],
            Acc::TransferTo => ["Номер получателя", "Recipient's number"],
            Acc::TransferToHint => ["Например, +7 950 123-45-67", "For example +7 950 123-45-67"],
            Acc::TransferPoints => ["Сколько баллов", "How many points"],
            Acc::TransferLeft => [
                "Сегодня можно перевести ещё {n}.",
                "{n} more can be transferred today.",
            ],
            Acc::TransferWhole => [
                "Введите целое число баллов.",
                "Enter a whole number of points.",
            ],
            Acc::TransferNext => ["Продолжить", "Continue"],
            Acc::TransferCheck => ["Проверьте перевод", "Check the transfer"],
            Acc::TransferReceiver => ["Получатель", "Recipient"],
            Acc::TransferAmount => ["Баллов", "Points"],
            Acc::TransferBalanceAfter => ["Останется у вас", "You will have left"],
            Acc::TransferLimitAfter => [
                "Можно будет перевести сегодня ещё",
                "Still transferable today",
            ],
            Acc::TransferConfirm => ["Перевести", "Transfer"],
            Acc::TransferDone => [
                "Переведено {n} баллов на номер {to}.",
                "{n} points transferred to {to}.",
            ],
            Acc::Confirm => ["Подтвердить", "Confirm"],
            Acc::Edit => ["Изменить", "Change"],
            Acc::Cancel => ["Отмена", "Cancel"],
        };
        match lang {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}
