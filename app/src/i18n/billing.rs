//! Texts of the promised payment and auto-payment, Russian and English side by side: the
//! countdown the overview shows too (`Due`) and the pages' own texts (`Bil`).

use shared::Lang;

use super::Key;

fn pick(lang: Lang, [ru, en]: [&'static str; 2]) -> &'static str {
    match lang {
        Lang::Ru => ru,
        Lang::En => en,
    }
}

/// `n` days, in words.
pub fn days(lang: Lang, n: u32) -> String {
    lang.count(n, ["день", "дня", "дней"], ["day", "days"])
}

/// `n` hours, in words.
pub fn hours(lang: Lang, n: u32) -> String {
    lang.count(n, ["час", "часа", "часов"], ["hour", "hours"])
}

/// The promised-payment countdown and the links to the billing pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    PromisedTitle,
    AutopayTitle,
    Countdown,
    Expired,
    Details,
}

impl From<Due> for Key {
    fn from(key: Due) -> Key {
        Key::Due(key)
    }
}

impl Due {
    pub fn text(self, lang: Lang) -> &'static str {
        pick(
            lang,
            match self {
                Due::PromisedTitle => ["Обещанный платёж", "Promised payment"],
                Due::AutopayTitle => ["Автоплатёж", "Auto-payment"],
                Due::Countdown => [
                    "Обещанный платёж: вернуть {amount}, осталось {left}, до {date}.",
                    "Promised payment: {amount} to repay, {left} left, until {date}.",
                ],
                Due::Expired => [
                    "Обещанный платёж не возвращён в срок ({date}): связь ограничена, пока не будет внесено {amount}.",
                    "The promised payment was not repaid by {date}: service is restricted until {amount} is paid.",
                ],
                Due::Details => [
                    "Подробнее об обещанном платеже",
                    "About the promised payment",
                ],
            },
        )
    }
}

/// Texts only the billing pages show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bil {
    PromisedLead,
    OpenTitle,
    Amount,
    Fee,
    Outstanding,
    Expires,
    Status,
    StatusActive,
    StatusSoon,
    StatusExpired,
    RestrictedSince,
    RepayNow,
    TakeTitle,
    NotBlocked,
    NotUnpaid,
    NotTooNew,
    NotSpend,
    Range,
    CapHow,
    Term,
    FeeTable,
    FeeFrom,
    AmountField,
    AmountHint,
    Preview,
    Continue,
    ConfirmTitle,
    Confirm,
    Change,
    Taken,
    AutopayLead,
    RulesTitle,
    RulesEmpty,
    RuleBelow,
    RuleDay,
    RuleCaps,
    RulePaid,
    RuleCard,
    StateActive,
    StatePaused,
    Pause,
    Resume,
    Delete,
    DeleteAsk,
    DeleteYes,
    Cancel,
    Deleted,
    Attempts,
    AttemptsEmpty,
    OutcomeSucceeded,
    OutcomeDeclined,
    OutcomeFunds,
    OutcomeConfirm,
    OutcomeOverCap,
    OutcomeCard,
    NewTitle,
    NoCard,
    NoCardBody,
    SaveCard,
    Full,
    Trigger,
    TriggerBelow,
    TriggerDay,
    Threshold,
    Day,
    DayHint,
    TopUpBy,
    DailyCap,
    MonthlyCap,
    CapHint,
    Card,
    Create,
    Created,
}

impl From<Bil> for Key {
    fn from(key: Bil) -> Key {
        Key::Bil(key)
    }
}

impl Bil {
    pub fn text(self, lang: Lang) -> &'static str {
        pick(
            lang,
            match self {
                Bil::PromisedLead => [
                    "Деньги приходят на счёт сразу. Вернуть их с комиссией нужно до конца срока: следующее пополнение погасит долг само.",
                    "The money is on the account at once. Repay it with the fee before the term ends: your next top-up repays it by itself.",
                ],
                Bil::OpenTitle => ["Взятый обещанный платёж", "Your promised payment"],
                Bil::Amount => ["Сумма", "Amount"],
                Bil::Fee => ["Комиссия", "Fee"],
                Bil::Outstanding => ["Осталось вернуть", "Still to repay"],
                Bil::Expires => ["Вернуть до", "Repay by"],
                Bil::Status => ["Состояние", "Status"],
                Bil::StatusActive => ["Действует", "Active"],
                Bil::StatusSoon => ["Срок скоро закончится", "The term ends soon"],
                Bil::StatusExpired => ["Срок истёк", "The term is over"],
                Bil::RestrictedSince => [
                    "Связь ограничена с {date}, пока долг не будет погашен.",
                    "Service is restricted since {date} until the debt is repaid.",
                ],
                Bil::RepayNow => ["Пополнить счёт", "Top up the account"],
                Bil::TakeTitle => ["Взять обещанный платёж", "Take a promised payment"],
                Bil::NotBlocked => [
                    "Сейчас недоступно: номер заблокирован. Обещанный платёж можно взять после разблокировки.",
                    "Not available now: the number is blocked. You can take a promised payment once it is unblocked.",
                ],
                Bil::NotUnpaid => [
                    "Сейчас недоступно: сначала нужно вернуть взятый обещанный платёж.",
                    "Not available now: repay the promised payment you took first.",
                ],
                Bil::NotTooNew => [
                    "Сейчас недоступно: счёт подключён меньше 60 дней назад. Обещанный платёж станет доступен {date}.",
                    "Not available now: the account is less than 60 days old. The promised payment becomes available on {date}.",
                ],
                Bil::NotSpend => [
                    "Сейчас недоступно: расходы за три последних месяца в среднем меньше 50 ₽ в месяц.",
                    "Not available now: the average spend of the last three months is under 50 ₽ a month.",
                ],
                Bil::Range => [
                    "Можно взять от {min} до {cap}.",
                    "You can take from {min} to {cap}.",
                ],
                Bil::CapHow => [
                    "Как посчитан предел: средние расходы за три последних полных месяца, округлённые вниз до рубля, но не больше 15 000 ₽.",
                    "How the limit is computed: the average spend of the last three full months, rounded down to the rouble, at most 15,000 ₽.",
                ],
                Bil::Term => ["Срок: {n}.", "Term: {n}."],
                Bil::FeeTable => ["Комиссия зависит от суммы", "The fee depends on the amount"],
                Bil::FeeFrom => ["от {from}: {fee}", "from {from}: {fee}"],
                Bil::AmountField => ["Сумма, ₽", "Amount, ₽"],
                Bil::AmountHint => ["Например, 300", "For example 300"],
                Bil::Preview => [
                    "Комиссия {fee}. Вернуть {debt} до {date}.",
                    "Fee {fee}. Repay {debt} by {date}.",
                ],
                Bil::Continue => ["Продолжить", "Continue"],
                Bil::ConfirmTitle => ["Проверьте и подтвердите", "Check and confirm"],
                Bil::Confirm => ["Взять обещанный платёж", "Take the promised payment"],
                Bil::Change => ["Изменить сумму", "Change the amount"],
                Bil::Taken => [
                    "Обещанный платёж на {amount} зачислен.",
                    "The promised payment of {amount} is on the account.",
                ],
                Bil::AutopayLead => [
                    "Пополняет счёт с сохранённой карты, когда баланс опускается ниже порога, или в выбранный день месяца. Больше дневного и месячного лимита не спишется.",
                    "Tops the account up from a saved card when the balance falls below a threshold, or on a chosen day of the month. Never more than the daily and monthly limits.",
                ],
                Bil::RulesTitle => ["Автоплатежи счёта", "Auto-payments of the account"],
                Bil::RulesEmpty => [
                    "Для этого счёта автоплатежей ещё нет.",
                    "This account has no auto-payments yet.",
                ],
                Bil::RuleBelow => [
                    "Пополнить на {amount}, когда баланс ниже {threshold}",
                    "Top up {amount} when the balance is below {threshold}",
                ],
                Bil::RuleDay => [
                    "Пополнить на {amount} {day}-го числа каждого месяца",
                    "Top up {amount} on day {day} of every month",
                ],
                Bil::RuleCaps => [
                    "Не больше {daily} в день и {monthly} в месяц.",
                    "At most {daily} a day and {monthly} a month.",
                ],
                Bil::RulePaid => [
                    "Оплачено сегодня {today}, в этом месяце {month}.",
                    "Paid today {today}, this month {month}.",
                ],
                Bil::RuleCard => ["Карта •••• {last4}", "Card •••• {last4}"],
                Bil::StateActive => ["Включён", "On"],
                Bil::StatePaused => ["Приостановлен", "Paused"],
                Bil::Pause => ["Приостановить", "Pause"],
                Bil::Resume => ["Возобновить", "Resume"],
                Bil::Delete => ["Удалить", "Delete"],
                Bil::DeleteAsk => [
                    "Удалить этот автоплатёж? История попыток останется в истории платежей.",
                    "Delete this auto-payment? Its attempts stay in the payment history.",
                ],
                Bil::DeleteYes => ["Да, удалить", "Yes, delete"],
                Bil::Cancel => ["Отмена", "Cancel"],
                Bil::Deleted => ["Автоплатёж удалён.", "The auto-payment is deleted."],
                Bil::Attempts => ["Попытки списания", "Payment attempts"],
                Bil::AttemptsEmpty => ["Попыток ещё не было.", "No attempts yet."],
                Bil::OutcomeSucceeded => ["Оплачено", "Paid"],
                Bil::OutcomeDeclined => ["Банк отклонил", "Declined by the bank"],
                Bil::OutcomeFunds => [
                    "Недостаточно средств на карте",
                    "Insufficient funds on the card",
                ],
                Bil::OutcomeConfirm => [
                    "Банк требует подтверждение 3-D Secure",
                    "The bank wants 3-D Secure confirmation",
                ],
                Bil::OutcomeOverCap => {
                    ["Пропущено: лимит исчерпан", "Skipped: the limit is used up"]
                }
                Bil::OutcomeCard => ["Карта недоступна", "The card is not available"],
                Bil::NewTitle => ["Новый автоплатёж", "New auto-payment"],
                Bil::NoCard => ["Нет сохранённой карты", "No saved card"],
                Bil::NoCardBody => [
                    "Автоплатёж списывает деньги с сохранённой карты. Пополните счёт картой и отметьте «Запомнить карту».",
                    "An auto-payment is paid from a saved card. Top up by card and tick “Remember the card”.",
                ],
                Bil::SaveCard => ["Пополнить и сохранить карту", "Top up and save a card"],
                Bil::Full => [
                    "У счёта уже три автоплатежа — больше нельзя. Удалите один, чтобы добавить новый.",
                    "The account already has three auto-payments, the most allowed. Delete one to add another.",
                ],
                Bil::Trigger => ["Когда пополнять", "When to top up"],
                Bil::TriggerBelow => [
                    "Когда баланс ниже порога",
                    "When the balance falls below a threshold",
                ],
                Bil::TriggerDay => [
                    "Раз в месяц, в выбранный день",
                    "Once a month, on a chosen day",
                ],
                Bil::Threshold => ["Порог баланса, ₽", "Balance threshold, ₽"],
                Bil::Day => ["День месяца", "Day of the month"],
                Bil::DayHint => [
                    "От 1 до 31; в коротком месяце — его последний день",
                    "1 to 31; in a shorter month, its last day",
                ],
                Bil::TopUpBy => ["Пополнять на, ₽", "Top up by, ₽"],
                Bil::DailyCap => ["Не больше в день, ₽", "At most a day, ₽"],
                Bil::MonthlyCap => ["Не больше в месяц, ₽", "At most a month, ₽"],
                Bil::CapHint => [
                    "Не меньше суммы пополнения",
                    "No less than the top-up amount",
                ],
                Bil::Card => ["С карты", "From the card"],
                Bil::Create => ["Включить автоплатёж", "Turn the auto-payment on"],
                Bil::Created => ["Автоплатёж включён.", "The auto-payment is on."],
            },
        )
    }
}
