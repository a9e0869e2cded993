//! Interface texts in Russian (default) and English. Every [`Key`] has a text in every
//! language: the catalogues are exhaustive `match`es, so a missing text does not compile.

#[cfg(part_insights)]
mod account;
#[cfg(any(part_money, part_billing))]
mod billing;
mod en;
mod ru;
#[cfg(area_services)]
mod services;

#[cfg(part_insights)]
pub use account::Acc;
#[cfg(part_billing)]
pub use billing::Bil;
#[cfg(any(part_money, part_billing))]
pub use billing::{Due, days, hours};
#[cfg(area_services)]
pub use services::Svc;

use leptos::prelude::*;
use shared::Lang;

use crate::storage;

/// `localStorage` key of the chosen language (also read by `public/boot.js`).
const STORAGE_KEY: &str = "mymts.lang";

/// Every text the interface shows, except error messages (those come from
/// [`shared::ErrorCode::message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[expect(
    dead_code,
    reason = "one catalogue for every area's build; each build shows only its own texts"
)]
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
    ComingSoonTitle,
    ComingSoonBody,
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
    #[cfg(area_public)]
    BalanceContract,
    #[cfg(area_public)]
    BalanceContractHint,
    #[cfg(area_public)]
    BalanceSubmit,
    #[cfg(area_public)]
    BalanceResult,
    TariffsTitle,
    TariffsLead,
    OfficesTitle,
    OfficesLead,
    DashboardTitle,
    DashboardLead,
    #[cfg(part_money)]
    PaySucceeded,
    #[cfg(part_money)]
    PayReceipt,
    #[cfg(part_money)]
    PayNotCompleted,
    #[cfg(part_money)]
    PayTitle,
    #[cfg(part_money)]
    PayAmount,
    #[cfg(part_money)]
    PayAmountHint,
    #[cfg(part_money)]
    PayCardNumber,
    #[cfg(part_money)]
    PayExpiry,
    #[cfg(part_money)]
    PayExpiryHint,
    #[cfg(part_money)]
    PayCvc,
    #[cfg(part_money)]
    PaySaveCard,
    #[cfg(part_money)]
    PaySubmit,
    #[cfg(part_money)]
    PayWith,
    #[cfg(part_money)]
    PayNewCard,
    #[cfg(part_money)]
    HistoryKind,
    #[cfg(part_money)]
    HistoryFrom,
    #[cfg(part_money)]
    HistoryTo,
    #[cfg(part_money)]
    HistoryCsv,
    #[cfg(part_money)]
    HistoryEmpty,
    #[cfg(part_money)]
    HistoryMore,
    #[cfg(part_money)]
    HistoryWhy,
    #[cfg(part_money)]
    BalanceTitle,
    #[cfg(part_money)]
    AccountNumberLabel,
    #[cfg(part_money)]
    DebtExplained,
    #[cfg(part_money)]
    TopUp,
    #[cfg(part_money)]
    TariffLabel,
    #[cfg(part_money)]
    NoTariff,
    #[cfg(part_money)]
    NextCharge,
    #[cfg(part_money)]
    PackageTitle,
    #[cfg(part_money)]
    MeterMinutes,
    #[cfg(part_money)]
    MeterSms,
    #[cfg(part_money)]
    MeterData,
    #[cfg(part_money)]
    PackageUntil,
    #[cfg(part_money)]
    PackageNone,
    #[cfg(part_money)]
    HistoryLink,
    AccountLabel,
    PaymentsTitle,
    #[cfg(part_money)]
    PaymentsLead,
    InternetTitle,
    InternetLead,
    TvTitle,
    TvLead,
    MobileTitle,
    MobileLead,
    BonusesTitle,
    BonusesLead,
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
    /// The texts only the service pages show, in their own catalogue so the other areas'
    /// builds do not carry them.
    #[cfg(area_services)]
    Svc(Svc),
    /// The texts only the money pages show (see `Svc`).
    #[cfg(part_insights)]
    Acc(Acc),
    /// The promised-payment countdown and the billing links (money and billing builds).
    #[cfg(any(part_money, part_billing))]
    Due(Due),
    /// The texts only the billing pages show.
    #[cfg(part_billing)]
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
    #[cfg_attr(
        not(part_money),
        expect(dead_code, reason = "only the history reads it")
    )]
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
