//! Русский каталог (язык по умолчанию).

use super::Key;
#[cfg(any(area_services, part_insights, part_money, part_billing))]
use shared::Lang;

pub fn text(key: Key) -> &'static str {
    match key {
        Key::AppName => "Мой МТС",
        Key::SkipToContent => "Перейти к содержимому",
        Key::LanguageLabel => "Язык",
        Key::ThemeLabel => "Тема",
        Key::ThemeLight => "Светлая",
        Key::ThemeDark => "Тёмная",
        Key::ThemeSystem => "Авто",
        Key::Menu => "Меню",
        Key::NavLabel => "Разделы личного кабинета",
        Key::FooterNote => "Мой МТС — личный кабинет абонента",
        Key::ServerStatus => "Состояние сервера",
        Key::ServerVersion => "Сервер",
        Key::DatabaseReachable => "база данных доступна",
        Key::DatabaseUnreachable => "база данных недоступна",
        Key::ServerUnreachable => "Сервер не отвечает",
        Key::Loading => "Загрузка…",
        Key::Retry => "Повторить",
        Key::Dismiss => "Закрыть",
        Key::Debt => "Долг",
        Key::Remaining => "Осталось",
        Key::LowRemaining => "Заканчивается",
        Key::Of => "из",
        Key::Required => "обязательное поле",
        Key::ComingSoonTitle => "Раздел скоро откроется",
        Key::ComingSoonBody => "Мы готовим этот раздел. Загляните позже.",
        Key::HomeTitle => "Добро пожаловать в Мой МТС",
        Key::HomeLead => {
            "Баланс, платежи, тарифы, услуги и бонусы — всё в одном месте, без звонков и визитов в офис."
        }
        Key::HomeSignIn => "Войти",
        Key::HomeRegister => "Зарегистрироваться",
        Key::HomeBalanceCheck => "Проверить баланс без входа",
        Key::HomeTariffs => "Тарифы",
        Key::HomeOffices => "Офисы продаж",
        Key::SignInTitle => "Вход",
        Key::SignInLead => "Войдите по логину и паролю, по номеру телефона или номеру договора.",
        Key::RegisterTitle => "Регистрация",
        Key::RegisterLead => "Подключите личный кабинет к своему договору.",
        Key::HelpTitle => "Ничего не помогает",
        Key::HelpLead => {
            "Если не получается ни войти, ни восстановить доступ, приходите в офис МТС — там помогут."
        }
        Key::HelpBring => "Что взять с собой",
        Key::HelpPassport => "Паспорт владельца договора.",
        Key::HelpAttorney => {
            "Если договор оформлен на другого человека — нотариально заверенную доверенность от него."
        }
        Key::HelpApplication => "Заявление — заполните его ниже и распечатайте.",
        Key::HelpFormTitle => "Заявление о восстановлении доступа",
        Key::HelpContactPhone => "Телефон для связи (необязательно)",
        Key::HelpReason => "Что случилось",
        Key::HelpOnBehalf => "Договор оформлен на другого человека, я его представитель",
        Key::HelpDownload => "Скачать заявление (PDF)",
        Key::HelpLink => "Ничего не помогает?",
        Key::RegService => "Тип услуги",
        Key::RegLegalStatus => "Кто заключил договор",
        Key::RegIndividual => "Физическое лицо",
        Key::RegLegalEntity => "Юридическое лицо",
        Key::RegSoleProprietor => "Индивидуальный предприниматель",
        Key::RegFullName => "ФИО",
        Key::RegBirthDate => "Дата рождения",
        Key::RegDateHint => "ДД.ММ.ГГГГ",
        Key::RegPassportSeries => "Серия паспорта",
        Key::RegPassportNumber => "Номер паспорта",
        Key::RegPassportIssuedOn => "Дата выдачи паспорта",
        Key::RegPassportIssuedBy => "Кем выдан",
        Key::RegDivisionCode => "Код подразделения",
        Key::RegDivisionHint => "Например, 770-001",
        Key::RegCompanyName => "Название организации",
        Key::RegInn => "ИНН",
        Key::RegKpp => "КПП",
        Key::RegOgrn => "ОГРН",
        Key::RegOgrnip => "ОГРНИП",
        Key::RegContract => "Номер договора",
        Key::RegContractHint => "Указан в договоре, например 77-1000002",
        Key::RegEmail => "Электронная почта",
        Key::RegEmailHint => "Пришлём на неё логин и пароль",
        Key::RegSubmit => "Зарегистрироваться",
        Key::RegSolving => "Проверяем, что вы не робот…",
        Key::RegSending => "Сверяем данные с договором…",
        Key::RegDone => "Готово! Логин и пароль отправлены на {email}.",
        Key::RegGoSignIn => "Войти",
        Key::RegRecover => "Восстановить доступ",
        Key::RecoveryTitle => "Восстановление доступа",
        Key::RecoveryLead => "Восстановите пароль или логин от личного кабинета.",
        Key::BalanceCheckTitle => "Проверка баланса",
        Key::BalanceCheckLead => "Узнайте баланс по номеру договора без входа в личный кабинет.",
        #[cfg(area_public)]
        Key::BalanceContract => "Номер договора",
        #[cfg(area_public)]
        Key::BalanceContractHint => "Например, 77-1000001",
        #[cfg(area_public)]
        Key::BalanceSubmit => "Узнать баланс",
        #[cfg(area_public)]
        Key::BalanceResult => "Баланс по договору {n}",
        Key::TariffsTitle => "Тарифы",
        Key::TariffsLead => "Каталог тарифов мобильной связи, интернета и ТВ.",
        Key::OfficesTitle => "Офисы",
        Key::OfficesLead => "Адреса и часы работы офисов продаж и обслуживания.",
        Key::DashboardTitle => "Обзор",
        Key::DashboardLead => "Баланс, тариф и остатки пакетов по вашим лицевым счетам.",
        #[cfg(part_money)]
        Key::PaySucceeded => "Платёж на {amount} зачислен.",
        #[cfg(part_money)]
        Key::PayReceipt => "Электронный чек (PDF)",
        #[cfg(part_money)]
        Key::PayNotCompleted => "Платёж не прошёл, деньги не списаны.",
        #[cfg(part_money)]
        Key::PayTitle => "Пополнить баланс",
        #[cfg(part_money)]
        Key::PayAmount => "Сумма, ₽",
        #[cfg(part_money)]
        Key::PayAmountHint => "От 10 до 15 000 ₽",
        #[cfg(part_money)]
        Key::PayCardNumber => "Номер карты",
        #[cfg(part_money)]
        Key::PayExpiry => "Срок действия",
        #[cfg(part_money)]
        Key::PayExpiryHint => "ММ/ГГ",
        #[cfg(part_money)]
        Key::PayCvc => "CVC",
        #[cfg(part_money)]
        Key::PaySaveCard => "Запомнить карту (хранятся только последние 4 цифры)",
        #[cfg(part_money)]
        Key::PaySubmit => "Оплатить",
        #[cfg(part_money)]
        Key::PayWith => "Чем оплатить",
        #[cfg(part_money)]
        Key::PayNewCard => "Новой картой",
        #[cfg(part_money)]
        Key::HistoryKind => "Операции",
        #[cfg(part_money)]
        Key::HistoryFrom => "С",
        #[cfg(part_money)]
        Key::HistoryTo => "По",
        #[cfg(part_money)]
        Key::HistoryCsv => "Скачать CSV",
        #[cfg(part_money)]
        Key::HistoryEmpty => "Операций пока нет",
        #[cfg(part_money)]
        Key::HistoryMore => "Показать ещё",
        #[cfg(part_money)]
        Key::HistoryWhy => "Почему:",
        #[cfg(part_money)]
        Key::BalanceTitle => "Баланс",
        #[cfg(part_money)]
        Key::AccountNumberLabel => "Лицевой счёт",
        #[cfg(part_money)]
        Key::DebtExplained => {
            "На счёте долг. Пополните баланс, чтобы услуги не были приостановлены."
        }
        #[cfg(part_money)]
        Key::TopUp => "Пополнить",
        #[cfg(part_money)]
        Key::TariffLabel => "Тариф",
        #[cfg(part_money)]
        Key::NoTariff => "Тариф не подключён",
        #[cfg(part_money)]
        Key::NextCharge => "Следующее списание",
        #[cfg(part_money)]
        Key::PackageTitle => "Остаток пакета",
        #[cfg(part_money)]
        Key::MeterMinutes => "Минуты",
        #[cfg(part_money)]
        Key::MeterSms => "SMS",
        #[cfg(part_money)]
        Key::MeterData => "Интернет",
        #[cfg(part_money)]
        Key::PackageUntil => "Пакет действует до",
        #[cfg(part_money)]
        Key::PackageNone => "Тариф без пакета: услуги оплачиваются по факту.",
        #[cfg(part_money)]
        Key::HistoryLink => "История операций",
        Key::AccountLabel => "Счёт",
        Key::PaymentsTitle => "Баланс и платежи",
        #[cfg(part_money)]
        Key::PaymentsLead => "Пополнение счёта, автоплатёж, обещанный платёж и история платежей.",
        Key::InternetTitle => "Интернет",
        Key::InternetLead => "Домашний интернет: скорость, тариф и подключение.",
        Key::TvTitle => "Цифровое ТВ",
        Key::TvLead => "Пакеты каналов, «Персональное ТВ» и мультирум.",
        Key::MobileTitle => "Мобильная связь",
        Key::MobileLead => "Номера, SIM-карты, блокировка и переадресация.",
        Key::BonusesTitle => "Бонусы",
        Key::BonusesLead => "Баллы программы лояльности: начисления, обмен и перевод.",
        Key::ServicesTitle => "Услуги",
        Key::ServicesLead => "Подключённые и доступные услуги.",
        Key::ExpensesTitle => "Расходы",
        Key::ExpensesLead => "Детализация расходов по звонкам, SMS и интернету.",
        Key::SupportTitle => "Поддержка",
        Key::SupportLead => "Обращения, ответы на частые вопросы и уведомления.",
        Key::ProfileTitle => "Профиль",
        Key::ProfileLead => "Личные данные, пароль, вход через соцсети и активные сеансы.",
        Key::GalleryTitle => "Галерея компонентов",
        Key::GalleryLead => {
            "Каждый компонент интерфейса во всех состояниях, в светлой и тёмной теме."
        }
        Key::GalleryBack => "Все компоненты",
        Key::NotFoundTitle => "Страница не найдена",
        Key::NotFoundLead => "Такой страницы нет. Проверьте адрес или вернитесь на главную.",
        Key::GoHome => "На главную",
        Key::RegionLabel => "Регион",
        Key::ServiceLabel => "Тип услуги",
        Key::ServiceAll => "Все",
        Key::ServiceMobile => "Мобильная связь",
        Key::ServiceHome => "Домашний интернет и ТВ",
        Key::ServiceSatellite => "Спутниковое ТВ",
        Key::PerMonth => "в месяц",
        Key::Minutes => "мин",
        Key::Sms => "SMS",
        Key::Gigabytes => "ГБ",
        Key::Speed => "Скорость, Мбит/с",
        Key::TvPackageIncluded => "Пакет ТВ",
        Key::PackageIncluded => "Входит в пакет",
        Key::PricesBeyond => "Сверх пакета",
        Key::PerMinute => "Минута",
        Key::PerSms => "SMS",
        Key::PerMb => "Мегабайт",
        Key::MonthlyFee => "Абонентская плата",
        Key::TariffDetails => "Подробнее",
        Key::CompareToggle => "Сравнить",
        Key::CompareGo => "Сравнить выбранные",
        Key::CompareHint => "Выберите 2 или 3 тарифа для сравнения.",
        Key::CompareTitle => "Сравнение тарифов",
        Key::BackToTariffs => "← Все тарифы",
        Key::SwitchToTariff => "Перейти на этот тариф",
        Key::TariffsEmpty => "В этом регионе нет тарифов такого типа",
        Key::TvChannelsLink => "Каналы ТВ и «Персональное ТВ»",
        Key::TvChannelsTitle => "Каналы и «Персональное ТВ»",
        Key::TvChannelsLead => {
            "Выберите базовый пакет и добавьте отдельные каналы — цена пересчитывается сразу."
        }
        Key::BasePackage => "Базовый пакет",
        Key::ChannelsCount => "каналов",
        Key::SearchChannels => "Поиск канала",
        Key::GenreLabel => "Жанр",
        Key::GenreAll => "Все жанры",
        Key::GenreNews => "Новости",
        Key::GenreSport => "Спорт",
        Key::GenreKids => "Детские",
        Key::GenreFilms => "Кино",
        Key::GenreSeries => "Сериалы",
        Key::GenreMusic => "Музыка",
        Key::GenreEducation => "Познавательные",
        Key::GenreEntertainment => "Развлекательные",
        Key::GenreRegional => "Региональные",
        Key::InBasePackage => "в пакете",
        Key::ChannelsFee => "Выбранные каналы",
        Key::PersonalTotal => "Итого в месяц",
        Key::NothingFound => "Ничего не найдено",
        Key::NothingFoundBody => "Измените запрос или фильтр.",
        Key::OfficesSearch => "Адрес или услуга",
        Key::OfficeHours => "Часы работы",
        Key::OfficeServices => "Услуги",
        // Identity: sign-in, session, password, sessions (auth issue).
        Key::AuthMethods => "Способ входа",
        Key::AuthTabPassword => "По паролю",
        Key::AuthTabSms => "Код из SMS",
        Key::AuthTabSim => "SIM-карта",
        Key::AuthLogin => "Логин, телефон, номер договора или лицевого счёта",
        Key::AuthLoginHint => "Например: ivanov, +7 916 123-45-67 или 77-1000001",
        Key::AuthPassword => "Пароль",
        Key::AuthPhone => "Номер мобильного телефона",
        Key::AuthPhoneHint => "Например: +7 916 123-45-67",
        Key::AuthSmsPasswordHint => "Придёт по SMS на номер SIM-карты приёмника",
        Key::AuthCode => "Код из SMS",
        Key::AuthCodeHint => "6 цифр",
        Key::AuthIccid => "Номер SIM-карты приёмника",
        Key::AuthIccidHint => "19–20 цифр, напечатаны на SIM-карте",
        Key::AuthSmsPassword => "Пароль из SMS",
        Key::AuthSubmit => "Войти",
        Key::AuthSendCode => "Получить код",
        Key::AuthResendCode => "Отправить код ещё раз",
        Key::AuthResendIn => "Новый код можно запросить через {n} с",
        Key::AuthCodeSent => "Код отправлен на {phone}. Он действует 5 минут.",
        Key::AuthSendSmsPassword => "Получить пароль по SMS",
        Key::AuthSmsPasswordSent => {
            "Пароль отправлен по SMS. Он действует 48 часов; после входа задайте свой."
        }
        Key::AuthTryAgainIn => "Слишком много попыток. Попробуйте снова через {n} мин.",
        Key::AuthForgot => "Забыли пароль или логин?",
        Key::AuthNoAccount => "Ещё нет личного кабинета? Зарегистрируйтесь",
        Key::AuthSignOut => "Выйти",
        Key::AuthSignedInAs => "Вы вошли как",
        Key::PasswordTitle => "Смените временный пароль",
        Key::PasswordLead => {
            "Вы вошли по временному паролю. Задайте свой пароль, чтобы продолжить."
        }
        Key::PasswordCurrent => "Текущий пароль",
        Key::PasswordNew => "Новый пароль",
        Key::PasswordNewHint => {
            "Не короче 10 символов, буквы вместе с цифрами или знаками, не совпадает с логином."
        }
        Key::PasswordSubmit => "Сменить пароль",
        Key::PasswordChanged => "Пароль изменён. Другие сеансы завершены.",
        Key::SessionsTitle => "Активные сеансы",
        Key::SessionsCurrent => "Это устройство",
        Key::SessionsLastSeen => "Последняя активность",
        Key::SessionsEnd => "Завершить",
        Key::SessionsEndOthers => "Завершить все другие сеансы",
        Key::SessionsEnded => "Завершено сеансов: {n}",
        Key::SessionsNone => "Других сеансов нет.",
        Key::ProfileChangePassword => "Смена пароля",
        Key::OidcSignInWith => "Войти через {name}",
        Key::OidcOr => "или",
        Key::OidcTitle => "Вход через внешние сервисы",
        Key::OidcLead => "Привяжите аккаунт {name}, чтобы входить в личный кабинет без пароля.",
        Key::OidcLink => "Привязать {name}",
        Key::OidcUnlink => "Отвязать",
        Key::OidcNone => "Нет привязанных аккаунтов.",
        Key::OidcLinked => "Аккаунт привязан: теперь можно входить через него.",
        Key::OidcUnlinked => "Аккаунт отвязан.",
        Key::OidcLinkedOn => "привязан",
        Key::OidcOff => "Вход через внешние сервисы не настроен.",
        Key::RecoveryChannel => "Куда прислать код",
        Key::RecoveryBySms => "SMS на телефон из договора",
        Key::RecoveryByEmail => "Письмо на e-mail",
        Key::RecoveryCodeSent => "Если такой кабинет есть, код отправлен. Он действует 5 минут.",
        Key::RecoverySubmit => "Сохранить пароль и войти",
        Key::SatelliteTitle => "Забыли логин спутникового ТВ?",
        Key::SatelliteChip => "ID чипа приёмника",
        Key::SatelliteChipHint => "10 цифр, в меню приёмника",
        Key::SatelliteCard => "Номер смарт-карты",
        Key::SatelliteCardHint => "12 цифр, напечатаны на карте",
        Key::SatelliteFind => "Узнать номер лицевого счёта",
        Key::SatelliteFound => "Номер вашего лицевого счёта: {n}. Войдите с ним как с логином.",
        Key::ChartAsTable => "Показать таблицей",
        Key::ChartTotal => "Всего",
        #[cfg(area_services)]
        Key::Svc(key) => key.text(Lang::Ru),
        #[cfg(part_insights)]
        Key::Acc(key) => key.text(Lang::Ru),
        #[cfg(any(part_money, part_billing))]
        Key::Due(key) => key.text(Lang::Ru),
        #[cfg(part_billing)]
        Key::Bil(key) => key.text(Lang::Ru),
    }
}
