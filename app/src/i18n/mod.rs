//! Interface texts in Russian (default) and English. Every [`Key`] has a text in every
//! language: the catalogues are exhaustive `match`es, so a missing text does not compile.

mod account;
mod billing;
mod en;
mod ru;
mod services;

pub use account::Acc;
pub use billing::Bil;
pub use billing::{Due, days, hours};
pub use services::Svc;

use leptos::prelude::*;
use shared::Lang;

use crate::storage;

/// `localStorage` key of the chosen language (also read by `public/boot.js`).
const STORAGE_KEY: &str = "mymts.lang";

/// Every text the interface shows, except error messages (those come from
/// [`shared::ErrorCode::message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    AppName,
    SkipToContent,
    LanguageLabel,
    ThemeLabel,
    ThemeLight,
    ThemeDark,
    ThemeSystem,
    Menu,
    NavLabel,
    FooterNote,
    ServerStatus,
    ServerVersion,
    DatabaseReachable,
    DatabaseUnreachable,
    ServerUnreachable,
    Loading,
    Retry,
    Dismiss,
    Debt,
    Remaining,
    LowRemaining,
    Of,
    Required,
    HomeTitle,
    HomeLead,
    HomeSignIn,
    HomeRegister,
    HomeBalanceCheck,
    HomeTariffs,
    HomeOffices,
    SignInTitle,
    SignInLead,
    RegisterTitle,
    RegisterLead,
    HelpTitle,
    HelpLead,
    HelpBring,
    HelpPassport,
    HelpAttorney,
    HelpApplication,
    HelpFormTitle,
    HelpContactPhone,
    HelpReason,
    HelpOnBehalf,
    HelpDownload,
    HelpLink,
    RegService,
    RegLegalStatus,
    RegIndividual,
    RegLegalEntity,
    RegSoleProprietor,
    RegFullName,
    RegBirthDate,
    RegDateHint,
    RegPassportSeries,
    RegPassportNumber,
    RegPassportIssuedOn,
    RegPassportIssuedBy,
    RegDivisionCode,
    RegDivisionHint,
    RegCompanyName,
    RegInn,
    RegKpp,
    RegOgrn,
    RegOgrnip,
    RegContract,
    RegContractHint,
    RegEmail,
    RegEmailHint,
    RegSubmit,
    RegSolving,
    RegSending,
    RegDone,
    RegGoSignIn,
    RegRecover,
    RecoveryTitle,
    RecoveryLead,
    BalanceCheckTitle,
    BalanceCheckLead,
    BalanceContract,
    BalanceContractHint,
    BalanceSubmit,
    BalanceResult,
    TariffsTitle,
    TariffsLead,
    OfficesTitle,
    OfficesLead,
    DashboardTitle,
    PaySucceeded,
    PayReceipt,
    PayNotCompleted,
    PayTitle,
    PayAmount,
    PayAmountHint,
    PayCardNumber,
    PayExpiry,
    PayExpiryHint,
    PayCvc,
    PaySaveCard,
    PaySubmit,
    PayWith,
    PayNewCard,
    HistoryKind,
    HistoryFrom,
    HistoryTo,
    HistoryCsv,
    HistoryEmpty,
    HistoryMore,
    HistoryWhy,
    BalanceTitle,
    AccountNumberLabel,
    DebtExplained,
    TopUp,
    TariffLabel,
    NoTariff,
    NextCharge,
    PackageTitle,
    MeterMinutes,
    MeterSms,
    MeterData,
    PackageUntil,
    PackageNone,
    HistoryLink,
    AccountLabel,
    PaymentsTitle,
    PaymentsLead,
    InternetTitle,
    InternetLead,
    TvTitle,
    TvLead,
    MobileTitle,
    MobileLead,
    BonusesTitle,
    ServicesTitle,
    ServicesLead,
    ExpensesTitle,
    ExpensesLead,
    SupportTitle,
    SupportLead,
    ProfileTitle,
    ProfileLead,
    GalleryTitle,
    GalleryLead,
    GalleryBack,
    NotFoundTitle,
    NotFoundLead,
    GoHome,
    RegionLabel,
    ServiceLabel,
    ServiceAll,
    ServiceMobile,
    ServiceHome,
    ServiceSatellite,
    PerMonth,
    Minutes,
    Sms,
    Gigabytes,
    Speed,
    TvPackageIncluded,
    PackageIncluded,
    PricesBeyond,
    PerMinute,
    PerSms,
    PerMb,
    MonthlyFee,
    TariffDetails,
    CompareToggle,
    CompareGo,
    CompareHint,
    CompareTitle,
    BackToTariffs,
    SwitchToTariff,
    TariffsEmpty,
    TvChannelsLink,
    TvChannelsTitle,
    TvChannelsLead,
    BasePackage,
    ChannelsCount,
    SearchChannels,
    GenreLabel,
    GenreAll,
    GenreNews,
    GenreSport,
    GenreKids,
    GenreFilms,
    GenreSeries,
    GenreMusic,
    GenreEducation,
    GenreEntertainment,
    GenreRegional,
    InBasePackage,
    ChannelsFee,
    PersonalTotal,
    NothingFound,
    NothingFoundBody,
    OfficesSearch,
    OfficeHours,
    OfficeServices,
    // Identity: sign-in, session, password, sessions (auth issue).
    AuthMethods,
    AuthTabPassword,
    AuthTabSms,
    AuthTabSim,
    AuthLogin,
    AuthLoginHint,
    AuthPassword,
    AuthPhone,
    AuthPhoneHint,
    AuthSmsPasswordHint,
    AuthCode,
    AuthCodeHint,
    AuthIccid,
    AuthIccidHint,
    AuthSmsPassword,
    AuthSubmit,
    AuthSendCode,
    AuthResendCode,
    AuthResendIn,
    AuthCodeSent,
    AuthSendSmsPassword,
    AuthSmsPasswordSent,
    AuthTryAgainIn,
    AuthForgot,
    AuthNoAccount,
    AuthSignOut,
    AuthSignedInAs,
    PasswordTitle,
    PasswordLead,
    PasswordCurrent,
    PasswordNew,
    PasswordNewHint,
    PasswordSubmit,
    PasswordChanged,
    SessionsTitle,
    SessionsCurrent,
    SessionsLastSeen,
    SessionsEnd,
    SessionsEndOthers,
    SessionsEnded,
    SessionsNone,
    ProfileChangePassword,
    OidcSignInWith,
    OidcOr,
    OidcTitle,
    OidcLead,
    OidcLink,
    OidcUnlink,
    OidcNone,
    OidcLinked,
    OidcUnlinked,
    OidcLinkedOn,
    OidcOff,
    RecoveryChannel,
    RecoveryBySms,
    RecoveryByEmail,
    RecoveryCodeSent,
    RecoverySubmit,
    SatelliteTitle,
    SatelliteChip,
    SatelliteChipHint,
    SatelliteCard,
    SatelliteCardHint,
    SatelliteFind,
    SatelliteFound,
    ChartAsTable,
    ChartTotal,
    /// The texts only the service pages show, in a catalogue of their own.
    Svc(Svc),
    /// The texts only the money pages show (see `Svc`).
    Acc(Acc),
    /// The promised-payment countdown and the billing links.
    Due(Due),
    /// The texts only the billing pages show.
    Bil(Bil),
}

impl Key {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ru => ru::text(self),
            Lang::En => en::text(self),
        }
    }
}

/// The language context: read it with [`use_i18n`].
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// A context pinned to one language (the gallery shows ru and en side by side).
    pub fn fixed(lang: Lang) -> Self {
        I18n {
            lang: RwSignal::new(lang),
        }
    }

    /// The current language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// The current language, without subscribing to changes.
    pub fn lang_untracked(self) -> Lang {
        self.lang.get_untracked()
    }

    /// The text of `key` in the current language (tracked).
    pub fn t(self, key: impl Into<Key>) -> &'static str {
        key.into().text(self.lang.get())
    }

    /// A reactive text for views and attributes: `{i18n.tr(Key::Menu)}`.
    pub fn tr(
        self,
        key: impl Into<Key>,
    ) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let key = key.into();
        move || self.t(key)
    }

    /// Switches the language, remembers it and updates `<html lang>`.
    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
        storage::set(STORAGE_KEY, lang.code());
    }
}

/// Reads the stored language (Russian by default) and provides the context.
pub fn provide_i18n() -> I18n {
    let initial = storage::get(STORAGE_KEY)
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let i18n = I18n {
        lang: RwSignal::new(initial),
    };
    Effect::new(move |_| {
        let code = i18n.lang.get().code();
        if let Some(html) = document().document_element() {
            // Failing to set an attribute only loses the hint; nothing to recover.
            let _ = html.set_attribute("lang", code);
        }
    });
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::fixed(Lang::default()))
}
