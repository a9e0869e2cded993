//! Texts only the signed-in service pages show, Russian and English side by side. Each text
//! is compiled into the builds that show it (`part_catalog`, `part_mobile`, `part_care`,
//! `part_plans`, ...).

use shared::Lang;

use super::Key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Svc {
    #[cfg(part_mobile)]
    Remove,
    #[cfg(part_mobile)]
    AddedOn,
    #[cfg(part_mobile)]
    SmsTitle,
    #[cfg(part_mobile)]
    SmsTo,
    #[cfg(part_mobile)]
    SmsToHint,
    #[cfg(part_mobile)]
    SmsText,
    #[cfg(part_mobile)]
    SmsCounter,
    #[cfg(part_mobile)]
    SmsLatin,
    #[cfg(part_mobile)]
    SmsUnicode,
    #[cfg(part_mobile)]
    SmsSend,
    #[cfg(part_mobile)]
    SmsDone,
    #[cfg(part_mobile)]
    SmsFolders,
    #[cfg(part_mobile)]
    SmsInbox,
    #[cfg(part_mobile)]
    SmsSent,
    #[cfg(part_mobile)]
    SmsBlocked,
    #[cfg(part_mobile)]
    SmsInboxEmpty,
    #[cfg(part_mobile)]
    SmsSentEmpty,
    #[cfg(part_mobile)]
    SmsBlockedEmpty,
    #[cfg(part_mobile)]
    SmsFrom,
    #[cfg(part_mobile)]
    SmsToLabel,
    #[cfg(part_mobile)]
    SmsParts,
    #[cfg(part_mobile)]
    SmsOn,
    #[cfg(part_mobile)]
    BlacklistTitle,
    #[cfg(part_mobile)]
    BlacklistNumber,
    #[cfg(part_mobile)]
    BlacklistNumberHint,
    #[cfg(part_mobile)]
    BlacklistAdd,
    #[cfg(part_mobile)]
    BlacklistRemove,
    #[cfg(part_mobile)]
    BlacklistCount,
    #[cfg(part_mobile)]
    BlacklistEmpty,
    #[cfg(part_mobile)]
    BlacklistEmptyBody,
    #[cfg(part_mobile)]
    BlockedCalls,
    #[cfg(part_mobile)]
    BlockedCallsEmpty,
    #[cfg(part_mobile)]
    NumbersTitle,
    #[cfg(part_mobile)]
    NumbersLead,
    #[cfg(part_mobile)]
    NumbersEmpty,
    #[cfg(part_mobile)]
    NumbersEmptyBody,
    #[cfg(part_mobile)]
    NumbersAdd,
    #[cfg(part_mobile)]
    NumbersAdded,
    #[cfg(part_mobile)]
    NumbersPhone,
    #[cfg(part_mobile)]
    NumbersCode,
    #[cfg(part_mobile)]
    NumbersCodeSent,
    #[cfg(any(part_mobile, part_profile))]
    NumbersSendCode,
    #[cfg(part_mobile)]
    NumbersConfirm,
    #[cfg(part_mobile)]
    NumbersOther,
    #[cfg(part_mobile)]
    ManagersTitle,
    #[cfg(part_mobile)]
    ManagersEmpty,
    #[cfg(part_mobile)]
    ManagersWho,
    #[cfg(part_mobile)]
    ManagersRevoke,
    #[cfg(part_care)]
    SupportAsk,
    #[cfg(part_care)]
    SupportSubject,
    #[cfg(part_care)]
    SupportText,
    #[cfg(part_care)]
    SupportSend,
    #[cfg(part_care)]
    ThreadsTitle,
    #[cfg(part_care)]
    ThreadsEmpty,
    #[cfg(part_care)]
    ThreadsEmptyBody,
    #[cfg(part_care)]
    ThreadOpen,
    #[cfg(part_care)]
    ThreadAnswered,
    #[cfg(part_care)]
    ThreadClosed,
    #[cfg(part_care)]
    ThreadClosedNote,
    #[cfg(part_care)]
    ThreadClose,
    #[cfg(part_care)]
    UpdatedOn,
    #[cfg(part_care)]
    CreatedOn,
    #[cfg(part_care)]
    FromYou,
    #[cfg(part_care)]
    FromOperator,
    #[cfg(part_care)]
    Attachments,
    #[cfg(part_care)]
    ReplyTitle,
    #[cfg(part_care)]
    ReplySend,
    #[cfg(part_care)]
    BackToThreads,
    #[cfg(part_care)]
    AttachLabel,
    #[cfg(part_care)]
    AttachHint,
    #[cfg(part_care)]
    NotificationsTitle,
    #[cfg(part_care)]
    NotificationsEmpty,
    #[cfg(part_care)]
    NotificationsUnread,
    #[cfg(part_care)]
    NotificationsReadAll,
    #[cfg(part_care)]
    NotificationRead,
    #[cfg(part_care)]
    NotificationNew,
    #[cfg(any(part_catalog, part_mobile, part_profile, part_plans))]
    Cancel,
    #[cfg(part_profile)]
    ContactsTitle,
    #[cfg(part_profile)]
    ContactEmail,
    #[cfg(part_profile)]
    ContactPhone,
    #[cfg(part_profile)]
    ContactNone,
    #[cfg(part_profile)]
    ContactChange,
    #[cfg(part_profile)]
    ContactChangeEmail,
    #[cfg(part_profile)]
    ContactChangePhone,
    #[cfg(part_profile)]
    ContactNewEmail,
    #[cfg(part_profile)]
    ContactNewPhone,
    #[cfg(part_profile)]
    ContactCode,
    #[cfg(part_profile)]
    ContactCodeSent,
    #[cfg(part_profile)]
    ContactConfirm,
    #[cfg(part_profile)]
    ContactChanged,
    #[cfg(part_profile)]
    PrefsTitle,
    #[cfg(part_profile)]
    PrefsLead,
    #[cfg(part_profile)]
    PrefsEvent,
    #[cfg(part_profile)]
    PrefsEmail,
    #[cfg(part_profile)]
    PrefsSaved,
    #[cfg(part_profile)]
    EventPaymentReceived,
    #[cfg(part_profile)]
    EventBalanceLow,
    #[cfg(part_profile)]
    EventPromisedExpiring,
    #[cfg(part_profile)]
    EventTariffChanged,
    #[cfg(part_profile)]
    EventOptionConnected,
    #[cfg(part_profile)]
    EventNewDevice,
    #[cfg(any(part_catalog, plans_tariff))]
    NoAccounts,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteBreakdown,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteNow,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteMonthly,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteBalanceAfter,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteFrom,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteNotAffordable,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteTopUp,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteConfirm,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    QuoteRecalculate,
    #[cfg(part_catalog)]
    MyServicesTitle,
    #[cfg(part_catalog)]
    MyServicesEmpty,
    #[cfg(part_catalog)]
    Since,
    #[cfg(part_catalog)]
    Monthly,
    #[cfg(part_catalog)]
    CostSoFar,
    #[cfg(part_catalog)]
    MonthlyTotal,
    #[cfg(part_catalog)]
    CancelService,
    #[cfg(part_catalog)]
    OptionsTitle,
    #[cfg(part_catalog)]
    OptionsEmpty,
    #[cfg(part_catalog)]
    Connect,
    #[cfg(part_catalog)]
    Connected,
    #[cfg(part_catalog)]
    LogTitle,
    #[cfg(part_catalog)]
    LogEmpty,
    #[cfg(part_catalog)]
    LogConnected,
    #[cfg(part_catalog)]
    LogDisconnected,
    #[cfg(part_catalog)]
    ChannelWeb,
    #[cfg(part_catalog)]
    ChannelSms,
    #[cfg(part_catalog)]
    ChannelOperator,
    #[cfg(part_mobile)]
    BlockTitle,
    #[cfg(part_mobile)]
    BlockNoMobile,
    #[cfg(part_mobile)]
    BlockTerms,
    #[cfg(part_mobile)]
    BlockTemporary,
    #[cfg(part_mobile)]
    BlockPermanent,
    #[cfg(part_mobile)]
    BlockLost,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    BlockFeeStarts,
    #[cfg(any(part_catalog, part_mobile, part_plans))]
    BlockPermanentUnderstood,
    #[cfg(part_mobile)]
    BlockDone,
    #[cfg(part_mobile)]
    BlockLostDone,
    #[cfg(part_mobile)]
    BlockedTemporary,
    #[cfg(part_mobile)]
    BlockedPermanent,
    #[cfg(part_mobile)]
    BlockedLost,
    #[cfg(part_mobile)]
    BlockFeesSoFar,
    #[cfg(part_mobile)]
    Unblock,
    #[cfg(part_mobile)]
    UnblockDone,
    #[cfg(part_catalog)]
    InternetNone,
    #[cfg(part_catalog)]
    InternetNoneBody,
    #[cfg(part_catalog)]
    ConnectionTitle,
    #[cfg(part_catalog)]
    Address,
    #[cfg(part_catalog)]
    SpeedLabel,
    #[cfg(part_catalog)]
    Speed,
    #[cfg(part_catalog)]
    IpAddress,
    #[cfg(part_catalog)]
    StaticIp,
    #[cfg(part_catalog)]
    Equipment,
    #[cfg(part_catalog)]
    Traffic,
    #[cfg(part_catalog)]
    TrafficSince,
    #[cfg(part_catalog)]
    InternetOptions,
    #[cfg(part_catalog)]
    InternetNoOptions,
    #[cfg(part_catalog)]
    MoreOptions,
    #[cfg(any(part_catalog, plans_tv))]
    TvNone,
    #[cfg(any(part_catalog, plans_tv))]
    TvNoneBody,
    #[cfg(part_catalog)]
    TvLineUp,
    #[cfg(part_catalog)]
    TvBase,
    #[cfg(part_catalog)]
    TvFromTariff,
    #[cfg(any(part_catalog, plans_tv))]
    TvPersonal,
    #[cfg(part_catalog)]
    TvChannelsPicked,
    #[cfg(part_catalog)]
    TvBaseFee,
    #[cfg(part_catalog)]
    TvChannelsFee,
    #[cfg(part_catalog)]
    TvCatalogue,
    #[cfg(part_catalog)]
    MultiroomTitle,
    #[cfg(part_catalog)]
    MultiroomSets,
    #[cfg(part_catalog)]
    MultiroomFee,
    #[cfg(part_catalog)]
    MultiroomAdd,
    #[cfg(part_catalog)]
    MultiroomFull,
    #[cfg(part_catalog)]
    MultiroomRemoveHint,
    #[cfg(plans_tv)]
    TvNewMonthly,
    #[cfg(part_catalog)]
    MultiroomFullWhy,
    #[cfg(part_catalog)]
    TariffChangeLink,
    #[cfg(plans_tariff)]
    TariffChangeTitle,
    #[cfg(plans_tariff)]
    TariffChangeLead,
    #[cfg(plans_tariff)]
    TariffCurrent,
    #[cfg(plans_tariff)]
    TariffOthers,
    #[cfg(plans_tariff)]
    TariffOthersEmpty,
    #[cfg(plans_tariff)]
    TariffOthersEmptyBody,
    #[cfg(plans_tariff)]
    TariffNone,
    #[cfg(plans_tariff)]
    TariffPreview,
    #[cfg(plans_tariff)]
    TariffSwitchTo,
    #[cfg(plans_tariff)]
    TariffChanged,
    #[cfg(plans_tariff)]
    TariffNotOffered,
    #[cfg(part_catalog)]
    PersonalLink,
    #[cfg(plans_tv)]
    PersonalLead,
    #[cfg(plans_tv)]
    PersonalBase,
    #[cfg(plans_tv)]
    PersonalPaid,
    #[cfg(plans_tv)]
    PersonalIncluded,
    #[cfg(plans_tv)]
    PersonalRule,
    #[cfg(plans_tv)]
    PersonalDelta,
    #[cfg(plans_tv)]
    PersonalPicked,
    #[cfg(plans_tv)]
    PersonalNone,
    #[cfg(plans_tv)]
    PersonalNoneBody,
    #[cfg(plans_tv)]
    PersonalPreview,
    #[cfg(plans_tv)]
    PersonalAdd,
    #[cfg(plans_tv)]
    PersonalDone,
    #[cfg(plans_tv)]
    PersonalConnected,
    #[cfg(plans_tv)]
    PersonalClear,
    #[cfg(plans_tv)]
    PersonalChannels,
    #[cfg(plans_tv)]
    PersonalPriceTitle,
}

impl From<Svc> for Key {
    fn from(key: Svc) -> Key {
        Key::Svc(key)
    }
}

impl Svc {
    pub fn text(self, lang: Lang) -> &'static str {
        let [ru, en] = match self {
            #[cfg(part_mobile)]
            Svc::Remove => ["Удалить", "Remove"],
            #[cfg(part_mobile)]
            Svc::AddedOn => ["Добавлен", "Added"],
            #[cfg(part_mobile)]
            Svc::SmsTitle => ["SMS с сайта", "SMS from the site"],
            #[cfg(part_mobile)]
            Svc::SmsTo => ["Номер получателя", "Recipient's number"],
            #[cfg(part_mobile)]
            Svc::SmsToHint => [
                "Мобильный номер России, например +7 916 123-45-67",
                "A Russian mobile number, e.g. +7 916 123-45-67",
            ],
            #[cfg(part_mobile)]
            Svc::SmsText => ["Текст сообщения", "Message"],
            #[cfg(part_mobile)]
            Svc::SmsCounter => [
                "{parts} из {max} SMS, в последней осталось {left} знаков ({encoding})",
                "{parts} of {max} SMS, {left} characters left in the last one ({encoding})",
            ],
            #[cfg(part_mobile)]
            Svc::SmsLatin => ["латиница, 160 знаков в SMS", "GSM alphabet, 160 per SMS"],
            #[cfg(part_mobile)]
            Svc::SmsUnicode => [
                "кириллица или эмодзи, 70 знаков в SMS",
                "Cyrillic or emoji, 70 per SMS",
            ],
            #[cfg(part_mobile)]
            Svc::SmsSend => ["Отправить", "Send"],
            #[cfg(part_mobile)]
            Svc::SmsDone => [
                "Сообщение отправлено. Сегодня можно отправить ещё {n}.",
                "Message sent. {n} more can be sent today.",
            ],
            #[cfg(part_mobile)]
            Svc::SmsFolders => ["Сообщения", "Messages"],
            #[cfg(part_mobile)]
            Svc::SmsInbox => ["Входящие", "Received"],
            #[cfg(part_mobile)]
            Svc::SmsSent => ["Отправленные", "Sent"],
            #[cfg(part_mobile)]
            Svc::SmsBlocked => ["Заблокированные", "Blocked"],
            #[cfg(part_mobile)]
            Svc::SmsInboxEmpty => ["Входящих сообщений нет", "No messages received"],
            #[cfg(part_mobile)]
            Svc::SmsSentEmpty => [
                "Вы ещё не отправляли SMS с сайта",
                "You have not sent an SMS from the site yet",
            ],
            #[cfg(part_mobile)]
            Svc::SmsBlockedEmpty => ["Заблокированных сообщений нет", "No blocked messages"],
            #[cfg(part_mobile)]
            Svc::SmsFrom => ["От", "From"],
            #[cfg(part_mobile)]
            Svc::SmsToLabel => ["Кому", "To"],
            #[cfg(part_mobile)]
            Svc::SmsParts => ["SMS: {n}", "SMS parts: {n}"],
            #[cfg(part_mobile)]
            Svc::SmsOn => ["номер", "number"],
            #[cfg(part_mobile)]
            Svc::BlacklistTitle => ["Чёрный список", "Call blacklist"],
            #[cfg(part_mobile)]
            Svc::BlacklistNumber => [
                "Номер, с которого не принимать звонки",
                "Number to stop calls from",
            ],
            #[cfg(part_mobile)]
            Svc::BlacklistNumberHint => [
                "Российский номер или короткий номер",
                "A Russian or a short number",
            ],
            #[cfg(part_mobile)]
            Svc::BlacklistAdd => ["Добавить в чёрный список", "Add to the blacklist"],
            #[cfg(part_mobile)]
            Svc::BlacklistRemove => ["Удалить из чёрного списка", "Remove from the blacklist"],
            #[cfg(part_mobile)]
            Svc::BlacklistCount => [
                "В списке {n} из {max} номеров",
                "{n} of {max} numbers in the list",
            ],
            #[cfg(part_mobile)]
            Svc::BlacklistEmpty => ["Чёрный список пуст", "The blacklist is empty"],
            #[cfg(part_mobile)]
            Svc::BlacklistEmptyBody => [
                "Звонки и SMS с добавленных номеров до вас не дойдут.",
                "Calls and SMS from numbers you add will not reach you.",
            ],
            #[cfg(part_mobile)]
            Svc::BlockedCalls => ["Заблокированные звонки", "Blocked calls"],
            #[cfg(part_mobile)]
            Svc::BlockedCallsEmpty => {
                ["Заблокированных звонков не было.", "No calls were blocked."]
            }
            #[cfg(part_mobile)]
            Svc::NumbersTitle => ["Другие номера", "Other numbers"],
            #[cfg(part_mobile)]
            Svc::NumbersLead => [
                "Управляйте номерами близких из одного кабинета. Владелец номера получит SMS с кодом и должен сообщить его вам.",
                "Manage your family's numbers from one account. The number's owner gets an SMS code and tells it to you.",
            ],
            #[cfg(part_mobile)]
            Svc::NumbersEmpty => ["Других номеров нет", "No other numbers"],
            #[cfg(part_mobile)]
            Svc::NumbersEmptyBody => [
                "Добавьте номер, чтобы видеть его баланс и услуги.",
                "Add a number to see its balance and services.",
            ],
            #[cfg(part_mobile)]
            Svc::NumbersAdd => ["Добавить номер", "Add a number"],
            #[cfg(part_mobile)]
            Svc::NumbersAdded => ["Номер добавлен.", "The number is added."],
            #[cfg(part_mobile)]
            Svc::NumbersPhone => ["Мобильный номер МТС", "MTS mobile number"],
            #[cfg(part_mobile)]
            Svc::NumbersCode => ["Код из SMS владельца", "Code from the owner's SMS"],
            #[cfg(part_mobile)]
            Svc::NumbersCodeSent => [
                "Если это номер абонента МТС, на него отправлен код. Он действует {n} мин.",
                "If this is an MTS subscriber's number, a code was sent to it. It works for {n} min.",
            ],
            #[cfg(any(part_mobile, part_profile))]
            Svc::NumbersSendCode => ["Отправить код", "Send a code"],
            #[cfg(part_mobile)]
            Svc::NumbersConfirm => ["Добавить", "Add"],
            #[cfg(part_mobile)]
            Svc::NumbersOther => ["Другой номер", "Another number"],
            #[cfg(part_mobile)]
            Svc::ManagersTitle => ["Кто управляет вашими номерами", "Who manages your numbers"],
            #[cfg(part_mobile)]
            Svc::ManagersEmpty => [
                "Вашими номерами никто, кроме вас, не управляет.",
                "Nobody but you manages your numbers.",
            ],
            #[cfg(part_mobile)]
            Svc::ManagersWho => [
                "Управляет {name} с {since}",
                "Managed by {name} since {since}",
            ],
            #[cfg(part_mobile)]
            Svc::ManagersRevoke => ["Запретить управление", "Revoke access"],
            #[cfg(part_care)]
            Svc::SupportAsk => ["Задать вопрос", "Ask a question"],
            #[cfg(part_care)]
            Svc::SupportSubject => ["Тема", "Subject"],
            #[cfg(part_care)]
            Svc::SupportText => ["Сообщение", "Message"],
            #[cfg(part_care)]
            Svc::SupportSend => ["Отправить вопрос", "Send the question"],
            #[cfg(part_care)]
            Svc::ThreadsTitle => ["Ваши обращения", "Your questions"],
            #[cfg(part_care)]
            Svc::ThreadsEmpty => ["Обращений пока нет", "No questions yet"],
            #[cfg(part_care)]
            Svc::ThreadsEmptyBody => [
                "Ответ оператора придёт сюда и в уведомления.",
                "The operator's answer arrives here and in your notifications.",
            ],
            #[cfg(part_care)]
            Svc::ThreadOpen => ["Ждёт ответа", "Awaiting an answer"],
            #[cfg(part_care)]
            Svc::ThreadAnswered => ["Есть ответ", "Answered"],
            #[cfg(part_care)]
            Svc::ThreadClosed => ["Закрыто", "Closed"],
            #[cfg(part_care)]
            Svc::ThreadClosedNote => [
                "Обращение закрыто. Если вопрос остался, задайте новый.",
                "The question is closed. If something is still unclear, ask a new one.",
            ],
            #[cfg(part_care)]
            Svc::ThreadClose => ["Закрыть обращение", "Close the question"],
            #[cfg(part_care)]
            Svc::UpdatedOn => ["обновлено", "updated"],
            #[cfg(part_care)]
            Svc::CreatedOn => ["создано", "created"],
            #[cfg(part_care)]
            Svc::FromYou => ["Вы", "You"],
            #[cfg(part_care)]
            Svc::FromOperator => ["Официальный ответ МТС", "Official answer from MTS"],
            #[cfg(part_care)]
            Svc::Attachments => ["Вложения", "Attachments"],
            #[cfg(part_care)]
            Svc::ReplyTitle => ["Ответить", "Reply"],
            #[cfg(part_care)]
            Svc::ReplySend => ["Отправить", "Send"],
            #[cfg(part_care)]
            Svc::BackToThreads => ["← Все обращения", "← All questions"],
            #[cfg(part_care)]
            Svc::AttachLabel => ["Файл (необязательно)", "File (optional)"],
            #[cfg(part_care)]
            Svc::AttachHint => [
                "PNG, JPEG, GIF или PDF до {mb} МБ",
                "PNG, JPEG, GIF or PDF up to {mb} MB",
            ],
            #[cfg(part_care)]
            Svc::NotificationsTitle => ["Уведомления", "Notifications"],
            #[cfg(part_care)]
            Svc::NotificationsEmpty => ["Уведомлений пока нет", "No notifications yet"],
            #[cfg(part_care)]
            Svc::NotificationsUnread => ["Непрочитанных: {n}", "Unread: {n}"],
            #[cfg(part_care)]
            Svc::NotificationsReadAll => ["Прочитать все", "Mark all as read"],
            #[cfg(part_care)]
            Svc::NotificationRead => ["Отметить прочитанным", "Mark as read"],
            #[cfg(part_care)]
            Svc::NotificationNew => ["Новое", "New"],
            #[cfg(any(part_catalog, part_mobile, part_profile, part_plans))]
            Svc::Cancel => ["Отмена", "Cancel"],
            #[cfg(part_profile)]
            Svc::ContactsTitle => ["Контакты для уведомлений", "Contacts for notifications"],
            #[cfg(part_profile)]
            Svc::ContactEmail => ["Электронная почта", "E-mail"],
            #[cfg(part_profile)]
            Svc::ContactPhone => ["Телефон для SMS", "Phone for SMS"],
            #[cfg(part_profile)]
            Svc::ContactNone => ["не указан", "not set"],
            #[cfg(part_profile)]
            Svc::ContactChange => ["Изменить", "Change"],
            #[cfg(part_profile)]
            Svc::ContactChangeEmail => ["Изменить адрес почты", "Change the e-mail address"],
            #[cfg(part_profile)]
            Svc::ContactChangePhone => ["Изменить телефон для SMS", "Change the phone for SMS"],
            #[cfg(part_profile)]
            Svc::ContactNewEmail => ["Новый адрес почты", "New e-mail address"],
            #[cfg(part_profile)]
            Svc::ContactNewPhone => ["Новый номер телефона", "New phone number"],
            #[cfg(part_profile)]
            Svc::ContactCode => ["Код подтверждения", "Confirmation code"],
            #[cfg(part_profile)]
            Svc::ContactCodeSent => [
                "Код отправлен на новый адрес. Он действует {n} мин.",
                "A code was sent to the new address. It works for {n} min.",
            ],
            #[cfg(part_profile)]
            Svc::ContactConfirm => ["Подтвердить", "Confirm"],
            #[cfg(part_profile)]
            Svc::ContactChanged => ["Контакт изменён.", "The contact is changed."],
            #[cfg(part_profile)]
            Svc::PrefsTitle => ["Уведомления по SMS и почте", "SMS and e-mail notifications"],
            #[cfg(part_profile)]
            Svc::PrefsLead => [
                "Все уведомления приходят в центр уведомлений в разделе «Поддержка». Выберите, о чём сообщать ещё и по SMS или почте.",
                "Every notification reaches the centre on the Support page. Choose what also comes by SMS or e-mail.",
            ],
            #[cfg(part_profile)]
            Svc::PrefsEvent => ["Событие", "Event"],
            #[cfg(part_profile)]
            Svc::PrefsEmail => ["Почта", "E-mail"],
            #[cfg(part_profile)]
            Svc::PrefsSaved => ["Сохранено.", "Saved."],
            #[cfg(part_profile)]
            Svc::EventPaymentReceived => ["Платёж зачислен", "Payment received"],
            #[cfg(part_profile)]
            Svc::EventBalanceLow => ["Баланс заканчивается", "Balance running low"],
            #[cfg(part_profile)]
            Svc::EventPromisedExpiring => [
                "Срок обещанного платежа истекает",
                "Promised payment expiring",
            ],
            #[cfg(part_profile)]
            Svc::EventTariffChanged => ["Тариф изменён", "Tariff changed"],
            #[cfg(part_profile)]
            Svc::EventOptionConnected => ["Услуга подключена", "Service connected"],
            #[cfg(part_profile)]
            Svc::EventNewDevice => ["Вход с нового устройства", "Sign-in from a new device"],
            #[cfg(any(part_catalog, plans_tariff))]
            Svc::NoAccounts => ["Нет лицевых счетов", "No accounts"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteBreakdown => ["Расчёт стоимости", "Price breakdown"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteNow => ["Спишем сейчас", "Charged now"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteMonthly => ["В месяц далее", "Monthly after"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteBalanceAfter => ["Баланс после", "Balance after"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteFrom => ["Действует с", "Takes effect on"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteNotAffordable => [
                "На балансе не хватает денег для этого изменения.",
                "The balance does not cover this change.",
            ],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteTopUp => ["Пополнить баланс", "Top up the balance"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteConfirm => ["Подтвердить", "Confirm"],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::QuoteRecalculate => ["Пересчитать", "Recalculate"],
            #[cfg(part_catalog)]
            Svc::MyServicesTitle => ["Мои услуги", "My services"],
            #[cfg(part_catalog)]
            Svc::MyServicesEmpty => ["Платных услуг не подключено", "No paid services connected"],
            #[cfg(part_catalog)]
            Svc::Since => ["с", "since"],
            #[cfg(part_catalog)]
            Svc::Monthly => ["в месяц", "monthly"],
            #[cfg(part_catalog)]
            Svc::CostSoFar => ["списано всего", "charged so far"],
            #[cfg(part_catalog)]
            Svc::MonthlyTotal => ["Итого в месяц:", "Total per month:"],
            #[cfg(part_catalog)]
            Svc::CancelService => ["Отключить", "Cancel"],
            #[cfg(part_catalog)]
            Svc::OptionsTitle => ["Можно подключить", "Available to connect"],
            #[cfg(part_catalog)]
            Svc::OptionsEmpty => [
                "Для этого счёта дополнительных услуг нет",
                "No add-ons for this account",
            ],
            #[cfg(part_catalog)]
            Svc::Connect => ["Подключить", "Connect"],
            #[cfg(part_catalog)]
            Svc::Connected => ["Подключено", "Connected"],
            #[cfg(part_catalog)]
            Svc::LogTitle => ["Журнал подключений", "Activation log"],
            #[cfg(part_catalog)]
            Svc::LogEmpty => [
                "Подключений и отключений ещё не было.",
                "Nothing has been connected or cancelled yet.",
            ],
            #[cfg(part_catalog)]
            Svc::LogConnected => ["Подключено", "Connected"],
            #[cfg(part_catalog)]
            Svc::LogDisconnected => ["Отключено", "Cancelled"],
            #[cfg(part_catalog)]
            Svc::ChannelWeb => ["сайт", "web"],
            #[cfg(part_catalog)]
            Svc::ChannelSms => ["SMS", "SMS"],
            #[cfg(part_catalog)]
            Svc::ChannelOperator => ["оператор", "operator"],
            #[cfg(part_mobile)]
            Svc::BlockTitle => ["Добровольная блокировка", "Voluntary block"],
            #[cfg(part_mobile)]
            Svc::BlockNoMobile => [
                "Блокировка доступна для мобильных номеров.",
                "Blocking is available for mobile numbers.",
            ],
            #[cfg(part_mobile)]
            Svc::BlockTerms => [
                "Первые {days} дней блокировки бесплатны, затем {fee} в день.",
                "The first {days} days of a block are free, then {fee} a day.",
            ],
            #[cfg(part_mobile)]
            Svc::BlockTemporary => ["Заблокировать на время", "Block for a while"],
            #[cfg(part_mobile)]
            Svc::BlockPermanent => ["Заблокировать навсегда", "Block permanently"],
            #[cfg(part_mobile)]
            Svc::BlockLost => [
                "Телефон утерян — заблокировать сейчас",
                "Phone lost — block now",
            ],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::BlockFeeStarts => [
                "Плата за блокировку начнётся {day}.",
                "The block fee starts on {day}.",
            ],
            #[cfg(any(part_catalog, part_mobile, part_plans))]
            Svc::BlockPermanentUnderstood => [
                "Я понимаю, что номер будет закрыт и вернуть его нельзя",
                "I understand the number will be closed for good",
            ],
            #[cfg(part_mobile)]
            Svc::BlockDone => ["Номер заблокирован.", "The number is blocked."],
            #[cfg(part_mobile)]
            Svc::BlockLostDone => [
                "Номер заблокирован. Восстановить SIM-карту можно в офисе МТС.",
                "The number is blocked. A new SIM card is issued at any MTS office.",
            ],
            #[cfg(part_mobile)]
            Svc::BlockedTemporary => [
                "Номер заблокирован с {day}.",
                "The number is blocked since {day}.",
            ],
            #[cfg(part_mobile)]
            Svc::BlockedPermanent => ["Номер закрыт с {day}.", "The number is closed since {day}."],
            #[cfg(part_mobile)]
            Svc::BlockedLost => [
                "Номер заблокирован {day}: телефон утерян.",
                "The number was blocked on {day}: phone lost.",
            ],
            #[cfg(part_mobile)]
            Svc::BlockFeesSoFar => ["Списано за блокировку:", "Block fees so far:"],
            #[cfg(part_mobile)]
            Svc::Unblock => ["Разблокировать", "Unblock"],
            #[cfg(part_mobile)]
            Svc::UnblockDone => ["Номер разблокирован.", "The number is unblocked."],
            #[cfg(part_catalog)]
            Svc::InternetNone => ["Домашнего интернета нет", "No home internet"],
            #[cfg(part_catalog)]
            Svc::InternetNoneBody => [
                "Домашний интернет и ТВ подключаются по договору в офисе или на сайте МТС.",
                "Home internet & TV is connected under a contract at an office or on the MTS site.",
            ],
            #[cfg(part_catalog)]
            Svc::ConnectionTitle => ["Подключение", "Connection"],
            #[cfg(part_catalog)]
            Svc::Address => ["Адрес", "Address"],
            #[cfg(part_catalog)]
            Svc::SpeedLabel => ["Скорость", "Speed"],
            #[cfg(part_catalog)]
            Svc::Speed => ["до {n} Мбит/с", "up to {n} Mbit/s"],
            #[cfg(part_catalog)]
            Svc::IpAddress => ["IP-адрес", "IP address"],
            #[cfg(part_catalog)]
            Svc::StaticIp => ["статический", "static"],
            #[cfg(part_catalog)]
            Svc::Equipment => ["Оборудование", "Equipment"],
            #[cfg(part_catalog)]
            Svc::Traffic => ["Трафик", "Traffic"],
            #[cfg(part_catalog)]
            Svc::TrafficSince => ["{amount} с {day}", "{amount} since {day}"],
            #[cfg(part_catalog)]
            Svc::InternetOptions => ["Подключённые услуги", "Connected add-ons"],
            #[cfg(part_catalog)]
            Svc::InternetNoOptions => [
                "Дополнительных услуг не подключено.",
                "No add-ons connected.",
            ],
            #[cfg(part_catalog)]
            Svc::MoreOptions => [
                "Все услуги и подключение новых",
                "All services, and connecting new ones",
            ],
            #[cfg(any(part_catalog, plans_tv))]
            Svc::TvNone => ["Телевидения нет", "No TV"],
            #[cfg(any(part_catalog, plans_tv))]
            Svc::TvNoneBody => [
                "Цифровое ТВ входит в домашние и спутниковые тарифы.",
                "Digital TV comes with home and satellite tariffs.",
            ],
            #[cfg(part_catalog)]
            Svc::TvLineUp => ["Ваше телевидение", "Your TV"],
            #[cfg(part_catalog)]
            Svc::TvBase => ["Базовый пакет", "Base package"],
            #[cfg(part_catalog)]
            Svc::TvFromTariff => ["входит в тариф", "included in the tariff"],
            #[cfg(any(part_catalog, plans_tv))]
            Svc::TvPersonal => ["Персональное ТВ", "Personal TV"],
            #[cfg(part_catalog)]
            Svc::TvChannelsPicked => ["Выбрано каналов: {n}", "Channels picked: {n}"],
            #[cfg(part_catalog)]
            Svc::TvBaseFee => ["Базовый пакет в месяц", "Base package per month"],
            #[cfg(part_catalog)]
            Svc::TvChannelsFee => ["Отдельные каналы в месяц", "Single channels per month"],
            #[cfg(part_catalog)]
            Svc::TvCatalogue => ["Каталог каналов", "Channel catalogue"],
            #[cfg(part_catalog)]
            Svc::MultiroomTitle => ["Мультирум", "Multiroom"],
            #[cfg(part_catalog)]
            Svc::MultiroomSets => [
                "Дополнительных телевизоров: {n} из {max}",
                "Extra TV sets: {n} of {max}",
            ],
            #[cfg(part_catalog)]
            Svc::MultiroomFee => ["Плата за оборудование каждого:", "Equipment fee for each:"],
            #[cfg(part_catalog)]
            Svc::MultiroomAdd => ["Добавить телевизор", "Add a TV set"],
            #[cfg(part_catalog)]
            Svc::MultiroomFull => [
                "Подключено наибольшее число телевизоров.",
                "The most TV sets are connected.",
            ],
            #[cfg(part_catalog)]
            Svc::MultiroomRemoveHint => [
                "Отключить телевизор можно в «Моих услугах»",
                "Remove a set in My services",
            ],
            #[cfg(plans_tv)]
            Svc::TvNewMonthly => [
                "Телевидение в месяц после изменения",
                "TV per month after the change",
            ],
            #[cfg(part_catalog)]
            Svc::MultiroomFullWhy => [
                "Чтобы подключить ещё один телевизор, сначала отключите один из подключённых в «Моих услугах».",
                "To connect another TV, first remove one of the connected sets in My services.",
            ],
            #[cfg(part_catalog)]
            Svc::TariffChangeLink => ["Сменить тариф", "Change tariff"],
            #[cfg(plans_tariff)]
            Svc::TariffChangeTitle => ["Смена тарифа", "Change of tariff"],
            #[cfg(plans_tariff)]
            Svc::TariffChangeLead => [
                "Новый тариф действует сразу: абонентская плата пересчитывается за оставшиеся дни месяца, до подтверждения вы видите точную сумму.",
                "A new tariff applies at once: the monthly fee is recalculated for the days left in the month, and you see the exact amount before you confirm.",
            ],
            #[cfg(plans_tariff)]
            Svc::TariffCurrent => ["Ваш тариф", "Your tariff"],
            #[cfg(plans_tariff)]
            Svc::TariffOthers => ["Можно перейти", "You can switch to"],
            #[cfg(plans_tariff)]
            Svc::TariffOthersEmpty => [
                "Других тарифов для этого счёта нет",
                "No other tariffs for this account",
            ],
            #[cfg(plans_tariff)]
            Svc::TariffOthersEmptyBody => [
                "В вашем регионе для этой услуги доступен только текущий тариф.",
                "Only the current tariff is offered for this service in your region.",
            ],
            #[cfg(plans_tariff)]
            Svc::TariffNone => ["У счёта нет тарифа", "This account has no tariff"],
            #[cfg(plans_tariff)]
            Svc::TariffPreview => ["Рассчитать переход", "Preview the switch"],
            #[cfg(plans_tariff)]
            Svc::TariffSwitchTo => ["Переход на тариф «{name}»", "Switch to “{name}”"],
            #[cfg(plans_tariff)]
            Svc::TariffChanged => [
                "Тариф изменён на «{name}». Он уже действует.",
                "The tariff is now “{name}”. It applies already.",
            ],
            #[cfg(plans_tariff)]
            Svc::TariffNotOffered => [
                "Тариф из ссылки недоступен для этого счёта: он для другого региона или другой услуги.",
                "The tariff from the link is not offered for this account: it is for another region or service.",
            ],
            #[cfg(part_catalog)]
            Svc::PersonalLink => ["Собрать Персональное ТВ", "Build Personal TV"],
            #[cfg(plans_tv)]
            Svc::PersonalLead => [
                "Отметьте каналы, которые хотите добавить к своему пакету. Цена пересчитывается сразу, до подтверждения ничего не списывается.",
                "Tick the channels you want on top of your package. The price is recalculated at once; nothing is charged before you confirm.",
            ],
            #[cfg(plans_tv)]
            Svc::PersonalBase => ["Базовый пакет «{name}»", "Base package “{name}”"],
            #[cfg(plans_tv)]
            Svc::PersonalPaid => ["Отдельные каналы: {n}", "Single channels: {n}"],
            #[cfg(plans_tv)]
            Svc::PersonalIncluded => [
                "Отмеченных каналов из ваших пакетов: {n}, они бесплатны.",
                "Picked channels already in your packages: {n}, they cost nothing.",
            ],
            #[cfg(plans_tv)]
            Svc::PersonalRule => [
                "Как считается: базовый пакет плюс месячная цена каждого отдельного канала; каналы ваших пакетов ничего не стоят.",
                "How it is counted: the base package plus the monthly price of each single channel; channels of your packages cost nothing.",
            ],
            #[cfg(plans_tv)]
            Svc::PersonalDelta => [
                "Ежемесячная плата вырастет на",
                "Your monthly charge grows by",
            ],
            #[cfg(plans_tv)]
            Svc::PersonalPicked => ["Выбрано новых каналов: {n}", "New channels picked: {n}"],
            #[cfg(plans_tv)]
            Svc::PersonalNone => ["Новые каналы не выбраны", "No new channels picked"],
            #[cfg(plans_tv)]
            Svc::PersonalNoneBody => [
                "Отметьте каналы в списке ниже — цена пересчитается сразу.",
                "Tick channels in the list below; the price updates at once.",
            ],
            #[cfg(plans_tv)]
            Svc::PersonalPreview => ["Рассчитать подключение", "Preview the price"],
            #[cfg(plans_tv)]
            Svc::PersonalAdd => ["Подключить выбранные каналы", "Connect the picked channels"],
            #[cfg(plans_tv)]
            Svc::PersonalDone => [
                "Каналы подключены. Они есть в «Моих услугах», там же их можно отключить.",
                "The channels are connected. They are listed in My services, where they can be cancelled too.",
            ],
            #[cfg(plans_tv)]
            Svc::PersonalConnected => ["подключён", "connected"],
            #[cfg(plans_tv)]
            Svc::PersonalClear => ["Сбросить поиск и жанр", "Clear the search and genre"],
            #[cfg(plans_tv)]
            Svc::PersonalChannels => ["Каналы", "Channels"],
            #[cfg(plans_tv)]
            Svc::PersonalPriceTitle => ["Цена в месяц", "Monthly price"],
        };
        match lang {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}
