//! The catalogue itself: one row per code (variant, stable name, HTTP status, ru, en). Add
//! codes here; never rename or remove one (clients depend on them). Field errors are 422,
//! business-rule refusals 409.

use serde::{Deserialize, Serialize};

use crate::Lang;

error_codes! {
    // ---- transport and access ----
    /// No such resource or API path.
    NotFound = "not_found", 404, "Не найдено.", "Not found.";
    /// The HTTP method is not allowed on this path.
    MethodNotAllowed = "method_not_allowed", 405,
        "Это действие здесь недоступно.", "This action is not available here.";
    /// The body is not valid JSON or does not have the expected shape.
    MalformedJson = "malformed_json", 400, "Запрос составлен неверно.", "The request is malformed.";
    /// The body is not `application/json`.
    UnsupportedMediaType = "unsupported_media_type", 415,
        "Неподдерживаемый формат запроса.", "Unsupported request format.";
    /// The body is larger than the server accepts.
    PayloadTooLarge = "payload_too_large", 413,
        "Слишком большой запрос.", "The request is too large.";
    /// A field failed validation; `field` names it.
    Validation = "validation", 422,
        "Проверьте введённые данные.", "Please check what you entered.";
    /// Sign-in is required.
    Unauthorized = "unauthorized", 401, "Войдите в личный кабинет.", "Please sign in.";
    /// Signed in, but not allowed.
    Forbidden = "forbidden", 403, "Недостаточно прав.", "You are not allowed to do this.";
    /// Too many attempts; try again later.
    RateLimited = "rate_limited", 429,
        "Слишком много попыток. Попробуйте позже.", "Too many attempts. Please try again later.";
    /// The server could not reach a dependency it needs.
    ServiceUnavailable = "service_unavailable", 503,
        "Сервис временно недоступен. Попробуйте позже.",
        "The service is temporarily unavailable. Please try again later.";
    /// An unexpected failure on the server; nothing was changed.
    Internal = "internal", 500,
        "Что-то пошло не так. Ничего не изменилось, попробуйте ещё раз.",
        "Something went wrong. Nothing was changed; please try again.";
    /// The network failed before the server answered (client side only).
    Network = "network", 503,
        "Нет связи с сервером. Проверьте подключение.",
        "Cannot reach the server. Check your connection.";

    // ---- field errors (always with `field`) ----
    /// The field is empty.
    Required = "required", 422, "Заполните поле.", "This field is required.";
    /// The input is longer than any valid value.
    TooLong = "too_long", 422, "Слишком длинное значение.", "This value is too long.";
    /// Digits have the right shape but the check digit does not match: likely a typo.
    ChecksumMismatch = "checksum_mismatch", 422,
        "Контрольное число не сходится — проверьте, нет ли опечатки.",
        "The check digit does not match. Please look for a typo.";
    /// Not a Russian phone number.
    InvalidPhone = "invalid_phone", 422,
        "Введите номер в формате +7 9XX XXX-XX-XX.", "Enter a number like +7 9XX XXX-XX-XX.";
    /// A Russian number, but not a mobile one (mobile numbers start with +7 9).
    PhoneNotMobile = "phone_not_mobile", 422,
        "Нужен мобильный номер: он начинается с +7 9.",
        "A mobile number is needed: it starts with +7 9.";
    /// Not a SIM ICCID (19–20 digits starting with 89).
    InvalidIccid = "invalid_iccid", 422,
        "Номер SIM-карты — 19 или 20 цифр, начинается с 89.",
        "The SIM card number has 19 or 20 digits and starts with 89.";
    /// Not an INN of the expected kind.
    InvalidInn = "invalid_inn", 422,
        "ИНН организации — 10 цифр, ИНН физлица или ИП — 12 цифр.",
        "An INN has 10 digits for a company, 12 for a person or sole proprietor.";
    /// Not a KPP.
    InvalidKpp = "invalid_kpp", 422,
        "КПП — 9 символов: 4 цифры, 2 цифры или латинские буквы, 3 цифры.",
        "A KPP has 9 characters: 4 digits, 2 digits or Latin letters, 3 digits.";
    /// Not an OGRN.
    InvalidOgrn = "invalid_ogrn", 422, "ОГРН — 13 цифр.", "An OGRN has 13 digits.";
    /// Not an OGRNIP.
    InvalidOgrnip = "invalid_ogrnip", 422, "ОГРНИП — 15 цифр.", "An OGRNIP has 15 digits.";
    /// Not a passport series.
    InvalidPassportSeries = "invalid_passport_series", 422,
        "Серия паспорта — 4 цифры.", "The passport series has 4 digits.";
    /// Not a passport number.
    InvalidPassportNumber = "invalid_passport_number", 422,
        "Номер паспорта — 6 цифр.", "The passport number has 6 digits.";
    /// Not a calendar date.
    InvalidDate = "invalid_date", 422,
        "Введите дату в формате ДД.ММ.ГГГГ.", "Enter a date as DD.MM.YYYY.";
    /// A date that has not happened yet.
    DateInFuture = "date_in_future", 422,
        "Дата не может быть в будущем.", "The date cannot be in the future.";
    /// A passport issued before the holder's 14th birthday.
    PassportIssuedUnder14 = "passport_issued_under_14", 422,
        "Паспорт выдаётся не раньше 14 лет — проверьте дату выдачи и дату рождения.",
        "A passport is issued at 14 or later. Check the issue date and date of birth.";
    /// Not a division code.
    InvalidDivisionCode = "invalid_division_code", 422,
        "Код подразделения — в формате 123-456.", "The division code looks like 123-456.";
    /// Not a contract number.
    InvalidContractNumber = "invalid_contract_number", 422,
        "Номер договора — в формате 77-1234567.", "The contract number looks like 77-1234567.";
    /// Not a personal account number.
    InvalidAccountNumber = "invalid_account_number", 422,
        "Номер лицевого счёта — 12 цифр.", "The personal account number has 12 digits.";
    /// Not a smart-card number.
    InvalidSmartCard = "invalid_smart_card", 422,
        "Номер смарт-карты — 12 цифр.", "The smart card number has 12 digits.";
    /// Not a receiver chip ID.
    InvalidChipId = "invalid_chip_id", 422,
        "Chip ID приёмника — 10 цифр.", "The receiver chip ID has 10 digits.";
    /// Not an e-mail address.
    InvalidEmail = "invalid_email", 422,
        "Введите адрес почты, например name@example.ru.",
        "Enter an e-mail address such as name@example.com.";
    /// Not a person's name.
    InvalidName = "invalid_name", 422,
        "Используйте буквы, пробелы, дефисы и апострофы.",
        "Use letters, spaces, hyphens and apostrophes.";
    /// Text with characters that cannot be printed (control characters).
    InvalidText = "invalid_text", 422,
        "Текст содержит недопустимые символы.", "The text contains characters that are not allowed.";
    /// A date of birth that makes the holder younger than 14.
    TooYoung = "too_young", 422,
        "Владельцу договора должно быть не меньше 14 лет.",
        "The contract holder must be at least 14 years old.";
    /// Not a login.
    InvalidLogin = "invalid_login", 422,
        "Логин — от 3 до 32 латинских букв, цифр, точек, дефисов и подчёркиваний, начинается с буквы.",
        "A login has 3 to 32 Latin letters, digits, dots, hyphens or underscores and starts with a letter.";
    /// A new password shorter than the policy allows.
    PasswordTooShort = "password_too_short", 422,
        "Пароль должен быть не короче 10 символов.", "The password must have at least 10 characters.";
    /// A new password made of one kind of character only.
    PasswordTooSimple = "password_too_simple", 422,
        "Сочетайте в пароле буквы, цифры или другие символы.",
        "Mix letters with digits or other symbols in the password.";
    /// A new password equal to the login.
    PasswordSameAsLogin = "password_same_as_login", 422,
        "Пароль не должен совпадать с логином.", "The password must differ from the login.";
    /// A new password from the list of common passwords.
    PasswordTooCommon = "password_too_common", 422,
        "Этот пароль слишком распространён — придумайте другой.",
        "This password is too common. Please choose another.";
    /// Not a one-time code.
    InvalidOneTimeCode = "invalid_one_time_code", 422,
        "Код из SMS — 6 цифр.", "The code has 6 digits.";
    /// Not an amount of money.
    InvalidAmount = "invalid_amount", 422,
        "Введите сумму, например 1 234,56.", "Enter an amount such as 1,234.56.";
    /// More than two digits after the decimal separator.
    AmountTooPrecise = "amount_too_precise", 422,
        "Не больше двух знаков после запятой.", "At most two digits after the decimal point.";
    /// An amount too large to handle.
    AmountOutOfRange = "amount_out_of_range", 422,
        "Слишком большая сумма.", "The amount is too large.";
    /// Zero or negative where a positive amount is needed.
    AmountNotPositive = "amount_not_positive", 422,
        "Сумма должна быть больше нуля.", "The amount must be greater than zero.";
    /// Below the minimum for this operation.
    AmountBelowMinimum = "amount_below_minimum", 422,
        "Сумма меньше минимальной.", "The amount is below the minimum.";
    /// Above the maximum for this operation.
    AmountAboveMaximum = "amount_above_maximum", 422,
        "Сумма больше допустимой.", "The amount is above the maximum.";
    /// The end of a period is before its start.
    InvalidPeriod = "invalid_period", 422,
        "Конец периода раньше начала.", "The end of the period is before its start.";

    // ---- business rules refused ----
    /// Promised payment: the account is 60 days old or younger.
    PromisedAccountTooNew = "promised_account_too_new", 409,
        "Обещанный платёж доступен, когда счёту больше 60 дней.",
        "A promised payment is available once the account is older than 60 days.";
    /// Promised payment: the account is blocked.
    PromisedAccountBlocked = "promised_account_blocked", 409,
        "Обещанный платёж недоступен: счёт заблокирован.",
        "A promised payment is not available while the account is blocked.";
    /// Promised payment: an earlier one is still unpaid.
    PromisedUnpaid = "promised_unpaid", 409,
        "Сначала погасите предыдущий обещанный платёж.",
        "Please repay the previous promised payment first.";
    /// Promised payment: the spend of the last 3 months is too low for the minimum amount.
    PromisedNoSpendHistory = "promised_no_spend_history", 409,
        "Расходов за последние 3 месяца недостаточно для обещанного платежа.",
        "The spend of the last 3 months is too low for a promised payment.";
    /// Not enough bonus points.
    InsufficientBonus = "insufficient_bonus", 409,
        "Недостаточно бонусных баллов.", "Not enough bonus points.";
    /// A bonus transfer above what is left of today's limit.
    BonusTransferDailyLimit = "bonus_transfer_daily_limit", 409,
        "Превышен дневной лимит перевода баллов.", "The daily limit for transferring points is reached.";
    /// A bonus transfer below the minimum.
    BonusTransferBelowMinimum = "bonus_transfer_below_minimum", 422,
        "Перевести можно не меньше 10 баллов.", "At least 10 points can be transferred.";
    /// A bonus transfer to the sender's own number.
    BonusTransferToSelf = "bonus_transfer_to_self", 422,
        "Нельзя перевести баллы на свой же номер.", "Points cannot be transferred to the same number.";
    /// Multiroom: more than 3 extra TV sets.
    MultiroomLimit = "multiroom_limit", 422,
        "Мультирум — не больше 3 дополнительных телевизоров.",
        "Multiroom allows at most 3 extra TV sets.";
    /// The new tariff is the current one.
    TariffUnchanged = "tariff_unchanged", 409,
        "Этот тариф уже подключён.", "This tariff is already active.";
    /// A one-time code past its lifetime.
    OneTimeCodeExpired = "one_time_code_expired", 422,
        "Срок действия кода истёк. Запросите новый.", "The code has expired. Please request a new one.";
    /// A one-time code that does not match.
    OneTimeCodeWrong = "one_time_code_wrong", 422,
        "Неверный код.", "The code is incorrect.";
    /// A temporary password used after its 48 hours.
    TemporaryPasswordExpired = "temporary_password_expired", 401,
        "Временный пароль больше не действует. Запросите новый.",
        "The temporary password no longer works. Please request a new one.";
    /// An SMS text longer than the allowed number of parts.
    SmsTooLong = "sms_too_long", 422,
        "Сообщение слишком длинное: не больше 6 частей SMS.",
        "The message is too long: at most 6 SMS parts.";
    /// A permanent block needs a second, explicit confirmation.
    BlockConfirmationRequired = "block_confirmation_required", 422,
        "Подтвердите бессрочную блокировку ещё раз.", "Please confirm the permanent block once more.";
    /// Tariff comparison takes two or three different tariffs.
    CompareCount = "compare_count", 422,
        "Для сравнения выберите два или три тарифа.", "Pick two or three tariffs to compare.";
    /// Tariffs of different regions cannot be compared.
    CompareMixedRegions = "compare_mixed_regions", 422,
        "Сравнивать можно тарифы только одного региона.",
        "Only tariffs of the same region can be compared.";
    /// A TV channel id that is not in the catalogue.
    UnknownTvChannel = "unknown_tv_channel", 422,
        "Такого канала нет в каталоге.", "This channel is not in the catalogue.";
    /// A base TV package that is not in the catalogue (or is an add-on).
    UnknownTvPackage = "unknown_tv_package", 422,
        "Выберите базовый пакет из каталога.", "Choose a base package from the catalogue.";

    // ---- identity and access (issue 6) ----
    /// Sign-in refused: the identifier or the password is wrong (never says which).
    SignInFailed = "sign_in_failed", 401,
        "Неверный логин или пароль.", "The login or password is incorrect.";
    /// The session ended (signed out, expired, or ended from another device).
    SessionExpired = "session_expired", 401,
        "Сеанс завершён. Войдите снова.", "Your session has ended. Please sign in again.";
    /// An unsafe request without the CSRF token of its session.
    CsrfInvalid = "csrf_invalid", 403,
        "Обновите страницу и повторите действие.", "Please reload the page and try again.";
    /// Signed in with a temporary password: it must be changed before anything else.
    PasswordChangeRequired = "password_change_required", 403,
        "Смените временный пароль, чтобы продолжить.", "Please change the temporary password to continue.";
    /// The current password given to change it is wrong.
    CurrentPasswordWrong = "current_password_wrong", 422,
        "Текущий пароль указан неверно.", "The current password is incorrect.";
    /// The anti-bot challenge is malformed or was not issued by this server.
    ChallengeInvalid = "challenge_invalid", 422,
        "Проверка не пройдена. Обновите страницу.", "The check failed. Please reload the page.";
    /// The anti-bot challenge is past its lifetime.
    ChallengeExpired = "challenge_expired", 422,
        "Время проверки истекло. Пройдите её снова.", "The check has expired. Please run it again.";
    /// The anti-bot challenge was already used.
    ChallengeReused = "challenge_reused", 409,
        "Эта проверка уже использована. Пройдите её снова.", "This check was already used. Please run it again.";
    /// The anti-bot challenge solution does not meet the difficulty.
    ChallengeUnsolved = "challenge_unsolved", 422,
        "Проверка не завершена. Попробуйте ещё раз.", "The check is not complete. Please try again.";
    /// Registration: the identity data and the contract do not match (no hint which field).
    IdentityMismatch = "identity_mismatch", 409,
        "Данные не совпадают с нашими записями.", "The data do not match our records.";
    /// Registration: the contract holder already has a web account; recover access instead.
    AlreadyRegistered = "already_registered", 409,
        "Этот договор уже привязан к личному кабинету. Восстановите доступ.",
        "This contract is already linked to an account. Please recover access instead.";

    // ---- money (issue 7) ----
    /// Not a bank card number (13–19 digits).
    InvalidCardNumber = "invalid_card_number", 422,
        "Номер карты — от 13 до 19 цифр.", "A card number has 13 to 19 digits.";
    /// Not a card expiry date.
    InvalidCardExpiry = "invalid_card_expiry", 422,
        "Срок действия — в формате ММ/ГГ.", "Enter the expiry date as MM/YY.";
    /// The card's expiry month has passed.
    CardExpired = "card_expired", 422,
        "Срок действия карты истёк.", "The card has expired.";
    /// Not a CVC/CVV code.
    InvalidCvc = "invalid_cvc", 422,
        "CVC/CVV — 3 цифры на обороте карты.", "The CVC/CVV is the 3 digits on the back of the card.";
    /// The card's bank refused the payment.
    CardDeclined = "card_declined", 402,
        "Банк отклонил платёж. Попробуйте другую карту или обратитесь в банк.",
        "The bank declined the payment. Try another card or contact your bank.";
    /// The card's bank refused: not enough money on the card.
    InsufficientFunds = "insufficient_funds", 402,
        "На карте недостаточно средств.", "There is not enough money on the card.";
    /// 3-D Secure confirmation failed (wrong code too many times); nothing was charged.
    ThreeDsFailed = "three_ds_failed", 402,
        "Платёж не подтверждён. Деньги не списаны, попробуйте ещё раз.",
        "The payment was not confirmed. Nothing was charged; please try again.";
    /// A top-up without a valid `Idempotency-Key` header.
    IdempotencyKeyRequired = "idempotency_key_required", 400,
        "Запрос без ключа идемпотентности. Обновите страницу и повторите платёж.",
        "The request lacks a valid Idempotency-Key header. Reload the page and pay again.";
    /// The `Idempotency-Key` was already used for a different request.
    IdempotencyKeyReused = "idempotency_key_reused", 422,
        "Этот ключ уже использован для другого платежа.",
        "This idempotency key was already used for a different payment.";
    /// The payment gateway's request signature is missing or wrong.
    GatewaySignatureInvalid = "gateway_signature_invalid", 401,
        "Подпись запроса платёжного шлюза неверна.", "The payment gateway signature is invalid.";
    /// The network's usage batch signature is missing or wrong.
    NetworkSignatureInvalid = "network_signature_invalid", 401,
        "Подпись пакета данных сети неверна.", "The network usage batch signature is invalid.";
    /// The payment has not completed, so it has no receipt.
    PaymentNotCompleted = "payment_not_completed", 409,
        "Платёж не завершён — чека по нему нет.", "The payment has not completed, so there is no receipt.";
    // ---- mobile controls, support, contacts (issue 8) ----
    /// Not a number calls can come from (blacklist).
    InvalidCallerNumber = "invalid_caller_number", 422,
        "Введите номер телефона, например +7 495 123-45-67.",
        "Enter a phone number such as +7 495 123-45-67.";
    /// The call blacklist already holds the maximum of numbers.
    BlacklistFull = "blacklist_full", 409,
        "Чёрный список заполнен: в нём не больше 100 номеров. Удалите ненужные.",
        "The blacklist is full: it holds at most 100 numbers. Remove some first.";
    /// The number is already in the call blacklist.
    BlacklistDuplicate = "blacklist_duplicate", 409,
        "Этот номер уже в чёрном списке.", "This number is already in the blacklist.";
    /// The web account already manages the maximum of extra numbers.
    ExtraNumbersFull = "extra_numbers_full", 409,
        "Можно добавить не больше 10 номеров.", "At most 10 numbers can be added.";
    /// The number is already managed by this web account.
    ExtraNumberAlreadyAdded = "extra_number_already_added", 409,
        "Этот номер уже добавлен.", "This number is already added.";
    /// The number is one of the customer's own service accounts.
    ExtraNumberIsOwn = "extra_number_is_own", 409,
        "Это ваш собственный номер, он уже в кабинете.",
        "This is your own number; it is already in your account.";
    /// SMS from the site: today's limit is used up.
    SmsDailyLimit = "sms_daily_limit", 429,
        "На сегодня лимит SMS с сайта исчерпан. Попробуйте завтра.",
        "Today's limit of SMS from the site is used up. Please try tomorrow.";
    /// The customer has no mobile number to send from or read messages of.
    NoMobileAccount = "no_mobile_account", 409,
        "Для этого нужен мобильный номер МТС в личном кабинете.",
        "This needs an MTS mobile number in your account.";
    /// An attachment larger than allowed.
    AttachmentTooLarge = "attachment_too_large", 413,
        "Файл слишком большой: не больше 2 МБ.", "The file is too large: at most 2 MB.";
    /// An attachment whose content is not an accepted type.
    AttachmentTypeNotAllowed = "attachment_type_not_allowed", 415,
        "Можно прикрепить только PNG, JPEG, GIF или PDF.",
        "Only PNG, JPEG, GIF or PDF files can be attached.";
    /// The thread already has the maximum of attachments.
    AttachmentLimit = "attachment_limit", 409,
        "К обращению можно прикрепить не больше 10 файлов.",
        "At most 10 files can be attached to a question.";
    /// The customer has the most open support threads allowed.
    SupportThreadLimit = "support_thread_limit", 409,
        "Открыто слишком много обращений: не больше 20. Закройте решённые, чтобы задать новый вопрос.",
        "Too many open questions: at most 20. Close the solved ones to ask a new question.";
    /// The customer's attachments, over all threads, are at their count or size cap.
    AttachmentStorageLimit = "attachment_storage_limit", 409,
        "Во всех обращениях вместе можно хранить не больше 100 файлов и 50 МБ.",
        "All your questions together can keep at most 100 files and 50 MB.";
    /// A closed support thread takes no more messages or files.
    SupportThreadClosed = "support_thread_closed", 409,
        "Обращение закрыто. Создайте новое.", "This question is closed. Please ask a new one.";
    /// The new contact equals the current one.
    ContactUnchanged = "contact_unchanged", 409,
        "Этот контакт уже указан в профиле.", "This contact is already in your profile.";
    // ---- sign-in with an OpenID Connect provider (issue 6 item 3) ----
    /// No OpenID Connect provider is configured on this server.
    OidcNotConfigured = "oidc_not_configured", 404,
        "Вход через внешний сервис не настроен.", "Sign-in with an external service is not set up.";
    /// The provider account is not linked to any customer: link it from the profile first.
    OidcNotLinked = "oidc_not_linked", 401,
        "Этот аккаунт не привязан к личному кабинету. Войдите другим способом и привяжите его в профиле.",
        "This account is not linked to My MTS. Sign in another way and link it in your profile.";
    /// The sign-in attempt is unknown, was already used, or came from another browser.
    OidcStateInvalid = "oidc_state_invalid", 400,
        "Попытка входа не распознана. Начните вход заново.",
        "This sign-in attempt was not recognised. Please start again.";
    /// The sign-in attempt took too long.
    OidcStateExpired = "oidc_state_expired", 400,
        "Время на вход истекло. Начните вход заново.",
        "The sign-in took too long. Please start again.";
    /// The person cancelled at the provider, or the provider refused.
    OidcDenied = "oidc_denied", 401,
        "Вход отменён во внешнем сервисе.", "Sign-in was cancelled at the external service.";
    /// The provider could not be reached or answered with an error.
    OidcProviderError = "oidc_provider_error", 502,
        "Внешний сервис входа недоступен. Попробуйте позже или войдите другим способом.",
        "The external sign-in service is unavailable. Try later or sign in another way.";
    /// The ID token failed verification (signature, issuer, audience, expiry or nonce).
    OidcTokenInvalid = "oidc_token_invalid", 401,
        "Внешний сервис прислал неверное подтверждение входа. Попробуйте ещё раз.",
        "The external service sent an invalid sign-in confirmation. Please try again.";
    /// The provider account is already linked to another customer.
    OidcAlreadyLinked = "oidc_already_linked", 409,
        "Этот аккаунт уже привязан к другому личному кабинету.",
        "This account is already linked to another My MTS account.";

    // ---- tariffs, options, TV and blocking: preview → confirm (issue 8, services) ----
    /// The preview is out of date: the price or the account changed since; preview again.
    QuoteStale = "quote_stale", 409,
        "Цена или условия изменились. Посмотрите новую стоимость и подтвердите ещё раз.",
        "The price or terms have changed. Please review the new price and confirm again.";
    /// The balance does not cover what the change costs now.
    InsufficientBalance = "insufficient_balance", 409,
        "На балансе недостаточно средств. Пополните счёт и повторите.",
        "The balance does not cover this. Please top up and try again.";
    /// The service (option, TV package, channel) is already connected.
    AlreadyConnected = "already_connected", 409,
        "Эта услуга уже подключена.", "This service is already connected.";
    /// The service does not exist for this kind of account (e.g. TV on a mobile number).
    ServiceNotAvailable = "service_not_available", 409,
        "Эта услуга недоступна для выбранного счёта.", "This service is not available for this account.";
    /// An option id that is not in the catalogue of the account's service type.
    UnknownOption = "unknown_option", 422,
        "Такой услуги нет в каталоге.", "This option is not in the catalogue.";
    /// A tariff that is not in the catalogue of the account's region and service type.
    UnknownTariff = "unknown_tariff", 422,
        "Этот тариф недоступен для выбранного счёта.", "This tariff is not available for this account.";
    /// The number is already blocked.
    AlreadyBlocked = "already_blocked", 409,
        "Номер уже заблокирован.", "The number is already blocked.";
    /// Unblock asked for a number that is not blocked.
    NotBlocked = "not_blocked", 409,
        "Номер не заблокирован.", "The number is not blocked.";
    /// A permanent block is lifted only in an office, with a passport.
    BlockPermanent = "block_permanent", 409,
        "Бессрочную блокировку можно снять только в офисе с паспортом.",
        "A permanent block can only be lifted at an office, with a passport.";
    /// This item cannot be cancelled on its own (the tariff is changed, not cancelled).
    NotCancellable = "not_cancellable", 409,
        "Эту услугу нельзя отключить — её можно только сменить.",
        "This cannot be cancelled, only changed.";

    // ---- scheduled work, auto-payment, expense control (issue 7) ----
    /// The account already has the most auto-payment rules allowed.
    AutopayRulesFull = "autopay_rules_full", 409,
        "Для счёта можно настроить не больше 3 автоплатежей.",
        "An account can have at most 3 auto-payments.";
    /// The monthly fee of this period was already paid with points.
    BonusFeeAlreadyPaid = "bonus_fee_already_paid", 409,
        "Абонентская плата за этот месяц уже оплачена баллами.",
        "This month's fee has already been paid with points.";
    /// Not an item of the rewards catalogue.
    UnknownReward = "unknown_reward", 422,
        "Такого предложения нет в каталоге.", "This reward is not in the catalogue.";
    /// A bonus transfer to a number that is not a mobile number of the operator's subscriber
    /// (nothing is said about who owns a number).
    BonusRecipientUnknown = "bonus_recipient_unknown", 404,
        "Номер не найден среди абонентов МТС.", "No MTS subscriber has this number.";
    /// Public balance check: no contract with this number (or it cannot be shown).
    ContractNotFound = "contract_not_found", 404,
        "Договор не найден.", "Contract not found.";

    /// The query string does not parse into what the operation takes (a number out of range,
    /// a missing or unknown value).
    MalformedQuery = "malformed_query", 400,
        "Параметры запроса указаны неверно.", "The query parameters are malformed.";
    /// A simulated time for a development job run further than five years from the server's
    /// clock (the run would accrue every day and period in between in one request).
    SimulatedTimeOutOfRange = "simulated_time_out_of_range", 422,
        "Время запуска — не дальше пяти лет от текущего.", "The run time must be within five years of now.";

    // ---- must stay last: serde(other) ----
    /// A code this client does not know yet (sent by a newer server).
    #[serde(other)]
    Unknown = "unknown", 500,
        "Неизвестная ошибка. Обновите страницу.", "Unknown error. Please reload the page.";
}
