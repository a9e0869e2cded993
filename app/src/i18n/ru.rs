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
        #[cfg(area_public)]
        Key::HomeTitle => "Добро пожаловать в Мой МТС",
        #[cfg(area_public)]
        Key::HomeLead => {
            "Баланс, платежи, тарифы, услуги и бонусы — всё в одном месте, без звонков и визитов в офис."
        }
        Key::HomeSignIn => "Войти",
        #[cfg(area_public)]
        Key::HomeRegister => "Зарегистрироваться",
        #[cfg(area_public)]
        Key::HomeBalanceCheck => "Проверить баланс без входа",
        #[cfg(area_public)]
        Key::HomeTariffs => "Тарифы",
        #[cfg(area_public)]
        Key::HomeOffices => "Офисы продаж",
        #[cfg(area_auth)]
        Key::SignInTitle => "Вход",
        #[cfg(area_auth)]
        Key::SignInLead => "Войдите по логину и паролю, по номеру телефона или номеру договора.",
        #[cfg(area_auth)]
        Key::RegisterTitle => "Регистрация",
        #[cfg(area_auth)]
        Key::RegisterLead => "Подключите личный кабинет к своему договору.",
        #[cfg(area_auth)]
        Key::HelpTitle => "Ничего не помогает",
        #[cfg(area_auth)]
        Key::HelpLead => {
            "Если не получается ни войти, ни восстановить доступ, приходите в офис МТС — там помогут."
        }
        #[cfg(area_auth)]
        Key::HelpBring => "Что взять с собой",
        #[cfg(area_auth)]
        Key::HelpPassport => "Паспорт владельца договора.",
        #[cfg(area_auth)]
        Key::HelpAttorney => {
            "Если договор оформлен на другого человека — нотариально заверенную доверенность от него."
        }
        #[cfg(area_auth)]
        Key::HelpApplication => "Заявление — заполните его ниже и распечатайте.",
        #[cfg(area_auth)]
        Key::HelpFormTitle => "Заявление о восстановлении доступа",
        #[cfg(area_auth)]
        Key::HelpContactPhone => "Телефон для связи (необязательно)",
        #[cfg(area_auth)]
        Key::HelpReason => "Что случилось",
        #[cfg(area_auth)]
        Key::HelpOnBehalf => "Договор оформлен на другого человека, я его представитель",
        #[cfg(area_auth)]
        Key::HelpDownload => "Скачать заявление (PDF)",
        #[cfg(area_auth)]
        Key::HelpLink => "Ничего не помогает?",
        #[cfg(area_auth)]
        Key::RegService => "Тип услуги",
        #[cfg(area_auth)]
        Key::RegLegalStatus => "Кто заключил договор",
        #[cfg(area_auth)]
        Key::RegIndividual => "Физическое лицо",
        #[cfg(area_auth)]
        Key::RegLegalEntity => "Юридическое лицо",
        #[cfg(area_auth)]
        Key::RegSoleProprietor => "Индивидуальный предприниматель",
        #[cfg(area_auth)]
        Key::RegFullName => "ФИО",
        #[cfg(area_auth)]
        Key::RegBirthDate => "Дата рождения",
        #[cfg(area_auth)]
        Key::RegDateHint => "ДД.ММ.ГГГГ",
        #[cfg(area_auth)]
        Key::RegPassportSeries => "Серия паспорта",
        #[cfg(area_auth)]
        Key::RegPassportNumber => "Номер паспорта",
        #[cfg(area_auth)]
        Key::RegPassportIssuedOn => "Дата выдачи паспорта",
        #[cfg(area_auth)]
        Key::RegPassportIssuedBy => "Кем выдан",
        #[cfg(area_auth)]
        Key::RegDivisionCode => "Код подразделения",
        #[cfg(area_auth)]
        Key::RegDivisionHint => "Например, 770-001",
        #[cfg(area_auth)]
        Key::RegCompanyName => "Название организации",
        #[cfg(area_auth)]
        Key::RegInn => "ИНН",
        #[cfg(area_auth)]
        Key::RegKpp => "КПП",
        #[cfg(area_auth)]
        Key::RegOgrn => "ОГРН",
        #[cfg(area_auth)]
        Key::RegOgrnip => "ОГРНИП",
        #[cfg(area_auth)]
        Key::RegContract => "Номер договора",
        #[cfg(area_auth)]
        Key::RegContractHint => "Указан в договоре, например 77-1000002",
        #[cfg(area_auth)]
        Key::RegEmail => "Электронная почта",
        #[cfg(area_auth)]
        Key::RegEmailHint => "Пришлём на неё логин и пароль",
        #[cfg(area_auth)]
        Key::RegSubmit => "Зарегистрироваться",
        #[cfg(area_auth)]
        Key::RegSolving => "Проверяем, что вы не робот…",
        #[cfg(area_auth)]
        Key::RegSending => "Сверяем данные с договором…",
        #[cfg(area_auth)]
        Key::RegDone => "Готово! Логин и пароль отправлены на {email}.",
        #[cfg(area_auth)]
        Key::RegGoSignIn => "Войти",
        #[cfg(area_auth)]
        Key::RegRecover => "Восстановить доступ",
        #[cfg(area_auth)]
        Key::RecoveryTitle => "Восстановление доступа",
        #[cfg(area_auth)]
        Key::RecoveryLead => "Восстановите пароль или логин от личного кабинета.",
        #[cfg(area_public)]
        Key::BalanceCheckTitle => "Проверка баланса",
        #[cfg(area_public)]
        Key::BalanceCheckLead => "Узнайте баланс по номеру договора без входа в личный кабинет.",
        #[cfg(area_public)]
        Key::BalanceContract => "Номер договора",
        #[cfg(area_public)]
        Key::BalanceContractHint => "Например, 77-1000001",
        #[cfg(area_public)]
        Key::BalanceSubmit => "Узнать баланс",
        #[cfg(area_public)]
        Key::BalanceResult => "Баланс по договору {n}",
        #[cfg(area_public)]
        Key::TariffsTitle => "Тарифы",
        #[cfg(area_public)]
        Key::TariffsLead => "Каталог тарифов мобильной связи, интернета и ТВ.",
        #[cfg(any(area_auth, area_public))]
        Key::OfficesTitle => "Офисы",
        #[cfg(area_public)]
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
        #[cfg(part_catalog)]
        Key::InternetLead => "Домашний интернет: скорость, тариф и подключение.",
        Key::TvTitle => "Цифровое ТВ",
        #[cfg(part_catalog)]
        Key::TvLead => "Пакеты каналов, «Персональное ТВ» и мультирум.",
        Key::MobileTitle => "Мобильная связь",
        #[cfg(part_mobile)]
        Key::MobileLead => "Номера, SIM-карты, блокировка и переадресация.",
        Key::BonusesTitle => "Бонусы",
        Key::BonusesLead => "Баллы программы лояльности: начисления, обмен и перевод.",
        Key::ServicesTitle => "Услуги",
        #[cfg(part_catalog)]
        Key::ServicesLead => "Подключённые и доступные услуги.",
        Key::ExpensesTitle => "Расходы",
        Key::ExpensesLead => "Детализация расходов по звонкам, SMS и интернету.",
        Key::SupportTitle => "Поддержка",
        #[cfg(part_care)]
        Key::SupportLead => "Обращения, ответы на частые вопросы и уведомления.",
        Key::ProfileTitle => "Профиль",
        #[cfg(part_profile)]
        Key::ProfileLead => "Личные данные, пароль, вход через соцсети и активные сеансы.",
        #[cfg(area_gallery)]
        Key::GalleryTitle => "Галерея компонентов",
        #[cfg(area_gallery)]
        Key::GalleryLead => {
            "Каждый компонент интерфейса во всех состояниях, в светлой и тёмной теме."
        }
        #[cfg(area_gallery)]
        Key::GalleryBack => "Все компоненты",
        Key::NotFoundTitle => "Страница не найдена",
        Key::NotFoundLead => "Такой страницы нет. Проверьте адрес или вернитесь на главную.",
        Key::GoHome => "На главную",
        Key::RegionLabel => "Регион",
        #[cfg(area_public)]
        Key::ServiceLabel => "Тип услуги",
        #[cfg(any(area_public, part_money))]
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
        #[cfg(area_public)]
        Key::PackageIncluded => "Входит в пакет",
        #[cfg(area_public)]
        Key::PricesBeyond => "Сверх пакета",
        #[cfg(area_public)]
        Key::PerMinute => "Минута",
        #[cfg(area_public)]
        Key::PerSms => "SMS",
        #[cfg(area_public)]
        Key::PerMb => "Мегабайт",
        #[cfg(area_public)]
        Key::MonthlyFee => "Абонентская плата",
        Key::TariffDetails => "Подробнее",
        Key::CompareToggle => "Сравнить",
        #[cfg(area_public)]
        Key::CompareGo => "Сравнить выбранные",
        #[cfg(area_public)]
        Key::CompareHint => "Выберите 2 или 3 тарифа для сравнения.",
        #[cfg(area_public)]
        Key::CompareTitle => "Сравнение тарифов",
        #[cfg(area_public)]
        Key::BackToTariffs => "← Все тарифы",
        #[cfg(area_public)]
        Key::SwitchToTariff => "Перейти на этот тариф",
        #[cfg(area_public)]
        Key::TariffsEmpty => "В этом регионе нет тарифов такого типа",
        #[cfg(area_public)]
        Key::TvChannelsLink => "Каналы ТВ и «Персональное ТВ»",
        #[cfg(area_public)]
        Key::TvChannelsTitle => "Каналы и «Персональное ТВ»",
        #[cfg(area_public)]
        Key::TvChannelsLead => {
            "Выберите базовый пакет и добавьте отдельные каналы — цена пересчитывается сразу."
        }
        #[cfg(area_public)]
        Key::BasePackage => "Базовый пакет",
        #[cfg(area_public)]
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
        #[cfg(any(area_gallery, area_public, plans_tv))]
        Key::InBasePackage => "в пакете",
        #[cfg(area_public)]
        Key::ChannelsFee => "Выбранные каналы",
        #[cfg(any(area_public, plans_tv))]
        Key::PersonalTotal => "Итого в месяц",
        #[cfg(any(area_auth, area_public, plans_tv))]
        Key::NothingFound => "Ничего не найдено",
        #[cfg(any(area_public, plans_tv))]
        Key::NothingFoundBody => "Измените запрос или фильтр.",
        #[cfg(area_public)]
        Key::OfficesSearch => "Адрес или услуга",
        #[cfg(area_public)]
        Key::OfficeHours => "Часы работы",
        #[cfg(area_public)]
        Key::OfficeServices => "Услуги",
        // Identity: sign-in, session, password, sessions (auth issue).
        #[cfg(area_auth)]
        Key::AuthMethods => "Способ входа",
        #[cfg(area_auth)]
        Key::AuthTabPassword => "По паролю",
        #[cfg(area_auth)]
        Key::AuthTabSms => "Код из SMS",
        #[cfg(area_auth)]
        Key::AuthTabSim => "SIM-карта",
        #[cfg(area_auth)]
        Key::AuthLogin => "Логин, телефон, номер договора или лицевого счёта",
        #[cfg(area_auth)]
        Key::AuthLoginHint => "Например: ivanov, +7 916 123-45-67 или 77-1000001",
        #[cfg(area_auth)]
        Key::AuthPassword => "Пароль",
        #[cfg(area_auth)]
        Key::AuthPhone => "Номер мобильного телефона",
        #[cfg(area_auth)]
        Key::AuthPhoneHint => "Например: +7 916 123-45-67",
        #[cfg(area_auth)]
        Key::AuthSmsPasswordHint => "Придёт по SMS на номер SIM-карты приёмника",
        #[cfg(area_auth)]
        Key::AuthCode => "Код из SMS",
        #[cfg(area_auth)]
        Key::AuthCodeHint => "6 цифр",
        #[cfg(area_auth)]
        Key::AuthIccid => "Номер SIM-карты приёмника",
        #[cfg(area_auth)]
        Key::AuthIccidHint => "19–20 цифр, напечатаны на SIM-карте",
        #[cfg(area_auth)]
        Key::AuthSmsPassword => "Пароль из SMS",
        #[cfg(area_auth)]
        Key::AuthSubmit => "Войти",
        #[cfg(area_auth)]
        Key::AuthSendCode => "Получить код",
        #[cfg(area_auth)]
        Key::AuthResendCode => "Отправить код ещё раз",
        #[cfg(area_auth)]
        Key::AuthResendIn => "Новый код можно запросить через {n} с",
        #[cfg(area_auth)]
        Key::AuthCodeSent => "Код отправлен на {phone}. Он действует 5 минут.",
        #[cfg(area_auth)]
        Key::AuthSendSmsPassword => "Получить пароль по SMS",
        #[cfg(area_auth)]
        Key::AuthSmsPasswordSent => {
            "Пароль отправлен по SMS. Он действует 48 часов; после входа задайте свой."
        }
        Key::AuthTryAgainIn => "Слишком много попыток. Попробуйте снова через {n} мин.",
        #[cfg(area_auth)]
        Key::AuthForgot => "Забыли пароль или логин?",
        #[cfg(area_auth)]
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
        #[cfg(part_profile)]
        Key::SessionsTitle => "Активные сеансы",
        #[cfg(part_profile)]
        Key::SessionsCurrent => "Это устройство",
        #[cfg(part_profile)]
        Key::SessionsLastSeen => "Последняя активность",
        #[cfg(part_profile)]
        Key::SessionsEnd => "Завершить",
        #[cfg(part_profile)]
        Key::SessionsEndOthers => "Завершить все другие сеансы",
        #[cfg(part_profile)]
        Key::SessionsEnded => "Завершено сеансов: {n}",
        #[cfg(part_profile)]
        Key::SessionsNone => "Других сеансов нет.",
        #[cfg(part_profile)]
        Key::ProfileChangePassword => "Смена пароля",
        #[cfg(area_auth)]
        Key::OidcSignInWith => "Войти через {name}",
        #[cfg(area_auth)]
        Key::OidcOr => "или",
        #[cfg(part_profile)]
        Key::OidcTitle => "Вход через внешние сервисы",
        #[cfg(part_profile)]
        Key::OidcLead => "Привяжите аккаунт {name}, чтобы входить в личный кабинет без пароля.",
        #[cfg(part_profile)]
        Key::OidcLink => "Привязать {name}",
        #[cfg(part_profile)]
        Key::OidcUnlink => "Отвязать",
        #[cfg(part_profile)]
        Key::OidcNone => "Нет привязанных аккаунтов.",
        #[cfg(part_profile)]
        Key::OidcLinked => "Аккаунт привязан: теперь можно входить через него.",
        #[cfg(part_profile)]
        Key::OidcUnlinked => "Аккаунт отвязан.",
        #[cfg(part_profile)]
        Key::OidcLinkedOn => "привязан",
        #[cfg(part_profile)]
        Key::OidcOff => "Вход через внешние сервисы не настроен.",
        #[cfg(area_auth)]
        Key::RecoveryChannel => "Куда прислать код",
        #[cfg(area_auth)]
        Key::RecoveryBySms => "SMS на телефон из договора",
        #[cfg(area_auth)]
        Key::RecoveryByEmail => "Письмо на e-mail",
        #[cfg(area_auth)]
        Key::RecoveryCodeSent => "Если такой кабинет есть, код отправлен. Он действует 5 минут.",
        #[cfg(area_auth)]
        Key::RecoverySubmit => "Сохранить пароль и войти",
        #[cfg(area_auth)]
        Key::SatelliteTitle => "Забыли логин спутникового ТВ?",
        #[cfg(area_auth)]
        Key::SatelliteChip => "ID чипа приёмника",
        #[cfg(area_auth)]
        Key::SatelliteChipHint => "10 цифр, в меню приёмника",
        #[cfg(area_auth)]
        Key::SatelliteCard => "Номер смарт-карты",
        #[cfg(area_auth)]
        Key::SatelliteCardHint => "12 цифр, напечатаны на карте",
        #[cfg(area_auth)]
        Key::SatelliteFind => "Узнать номер лицевого счёта",
        #[cfg(area_auth)]
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
