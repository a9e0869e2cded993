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
    #[cfg(area_public)]
    HomeTitle,
    #[cfg(area_public)]
    HomeLead,
    HomeSignIn,
    #[cfg(area_public)]
    HomeRegister,
    #[cfg(area_public)]
    HomeBalanceCheck,
    #[cfg(area_public)]
    HomeTariffs,
    #[cfg(area_public)]
    HomeOffices,
    #[cfg(area_auth)]
    SignInTitle,
    #[cfg(area_auth)]
    SignInLead,
    #[cfg(area_auth)]
    RegisterTitle,
    #[cfg(area_auth)]
    RegisterLead,
    #[cfg(area_auth)]
    HelpTitle,
    #[cfg(area_auth)]
    HelpLead,
    #[cfg(area_auth)]
    HelpBring,
    #[cfg(area_auth)]
    HelpPassport,
    #[cfg(area_auth)]
    HelpAttorney,
    #[cfg(area_auth)]
    HelpApplication,
    #[cfg(area_auth)]
    HelpFormTitle,
    #[cfg(area_auth)]
    HelpContactPhone,
    #[cfg(area_auth)]
    HelpReason,
    #[cfg(area_auth)]
    HelpOnBehalf,
    #[cfg(area_auth)]
    HelpDownload,
    #[cfg(area_auth)]
    HelpLink,
    #[cfg(area_auth)]
    RegService,
    #[cfg(area_auth)]
    RegLegalStatus,
    #[cfg(area_auth)]
    RegIndividual,
    #[cfg(area_auth)]
    RegLegalEntity,
    #[cfg(area_auth)]
    RegSoleProprietor,
    #[cfg(area_auth)]
    RegFullName,
    #[cfg(area_auth)]
    RegBirthDate,
    #[cfg(area_auth)]
    RegDateHint,
    #[cfg(area_auth)]
    RegPassportSeries,
    #[cfg(area_auth)]
    RegPassportNumber,
    #[cfg(area_auth)]
    RegPassportIssuedOn,
    #[cfg(area_auth)]
    RegPassportIssuedBy,
    #[cfg(area_auth)]
    RegDivisionCode,
    #[cfg(area_auth)]
    RegDivisionHint,
    #[cfg(area_auth)]
    RegCompanyName,
    #[cfg(area_auth)]
    RegInn,
    #[cfg(area_auth)]
    RegKpp,
    #[cfg(area_auth)]
    RegOgrn,
    #[cfg(area_auth)]
    RegOgrnip,
    #[cfg(area_auth)]
    RegContract,
    #[cfg(area_auth)]
    RegContractHint,
    #[cfg(area_auth)]
    RegEmail,
    #[cfg(area_auth)]
    RegEmailHint,
    #[cfg(area_auth)]
    RegSubmit,
    #[cfg(area_auth)]
    RegSolving,
    #[cfg(area_auth)]
    RegSending,
    #[cfg(area_auth)]
    RegDone,
    #[cfg(area_auth)]
    RegGoSignIn,
    #[cfg(area_auth)]
    RegRecover,
    #[cfg(area_auth)]
    RecoveryTitle,
    #[cfg(area_auth)]
    RecoveryLead,
    #[cfg(area_public)]
    BalanceCheckTitle,
    #[cfg(area_public)]
    BalanceCheckLead,
    #[cfg(area_public)]
    BalanceContract,
    #[cfg(area_public)]
    BalanceContractHint,
    #[cfg(area_public)]
    BalanceSubmit,
    #[cfg(area_public)]
    BalanceResult,
    #[cfg(area_public)]
    TariffsTitle,
    #[cfg(area_public)]
    TariffsLead,
    #[cfg(any(area_auth, area_public))]
    OfficesTitle,
    #[cfg(area_public)]
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
    #[cfg(part_catalog)]
    InternetLead,
    TvTitle,
    #[cfg(part_catalog)]
    TvLead,
    MobileTitle,
    #[cfg(part_mobile)]
    MobileLead,
    BonusesTitle,
    BonusesLead,
    ServicesTitle,
    #[cfg(part_catalog)]
    ServicesLead,
    ExpensesTitle,
    ExpensesLead,
    SupportTitle,
    #[cfg(part_care)]
    SupportLead,
    ProfileTitle,
    #[cfg(part_profile)]
    ProfileLead,
    #[cfg(area_gallery)]
    GalleryTitle,
    #[cfg(area_gallery)]
    GalleryLead,
    #[cfg(area_gallery)]
    GalleryBack,
    NotFoundTitle,
    NotFoundLead,
    GoHome,
    RegionLabel,
    #[cfg(area_public)]
    ServiceLabel,
    #[cfg(any(area_public, part_money))]
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
    #[cfg(area_public)]
    PackageIncluded,
    #[cfg(area_public)]
    PricesBeyond,
    #[cfg(area_public)]
    PerMinute,
    #[cfg(area_public)]
    PerSms,
    #[cfg(area_public)]
    PerMb,
    #[cfg(area_public)]
    MonthlyFee,
    TariffDetails,
    CompareToggle,
    #[cfg(area_public)]
    CompareGo,
    #[cfg(area_public)]
    CompareHint,
    #[cfg(area_public)]
    CompareTitle,
    #[cfg(area_public)]
    BackToTariffs,
    #[cfg(area_public)]
    SwitchToTariff,
    #[cfg(area_public)]
    TariffsEmpty,
    #[cfg(area_public)]
    TvChannelsLink,
    #[cfg(area_public)]
    TvChannelsTitle,
    #[cfg(area_public)]
    TvChannelsLead,
    #[cfg(area_public)]
    BasePackage,
    #[cfg(area_public)]
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
    #[cfg(any(area_gallery, area_public, plans_tv))]
    InBasePackage,
    #[cfg(area_public)]
    ChannelsFee,
    #[cfg(any(area_public, plans_tv))]
    PersonalTotal,
    #[cfg(any(area_auth, area_public, plans_tv))]
    NothingFound,
    #[cfg(any(area_public, plans_tv))]
    NothingFoundBody,
    #[cfg(area_public)]
    OfficesSearch,
    #[cfg(area_public)]
    OfficeHours,
    #[cfg(area_public)]
    OfficeServices,
    // Identity: sign-in, session, password, sessions (auth issue).
    #[cfg(area_auth)]
    AuthMethods,
    #[cfg(area_auth)]
    AuthTabPassword,
    #[cfg(area_auth)]
    AuthTabSms,
    #[cfg(area_auth)]
    AuthTabSim,
    #[cfg(area_auth)]
    AuthLogin,
    #[cfg(area_auth)]
    AuthLoginHint,
    #[cfg(area_auth)]
    AuthPassword,
    #[cfg(area_auth)]
    AuthPhone,
    #[cfg(area_auth)]
    AuthPhoneHint,
    #[cfg(area_auth)]
    AuthSmsPasswordHint,
    #[cfg(area_auth)]
    AuthCode,
    #[cfg(area_auth)]
    AuthCodeHint,
    #[cfg(area_auth)]
    AuthIccid,
    #[cfg(area_auth)]
    AuthIccidHint,
    #[cfg(area_auth)]
    AuthSmsPassword,
    #[cfg(area_auth)]
    AuthSubmit,
    #[cfg(area_auth)]
    AuthSendCode,
    #[cfg(area_auth)]
    AuthResendCode,
    #[cfg(area_auth)]
    AuthResendIn,
    #[cfg(area_auth)]
    AuthCodeSent,
    #[cfg(area_auth)]
    AuthSendSmsPassword,
    #[cfg(area_auth)]
    AuthSmsPasswordSent,
    AuthTryAgainIn,
    #[cfg(area_auth)]
    AuthForgot,
    #[cfg(area_auth)]
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
    #[cfg(part_profile)]
    SessionsTitle,
    #[cfg(part_profile)]
    SessionsCurrent,
    #[cfg(part_profile)]
    SessionsLastSeen,
    #[cfg(part_profile)]
    SessionsEnd,
    #[cfg(part_profile)]
    SessionsEndOthers,
    #[cfg(part_profile)]
    SessionsEnded,
    #[cfg(part_profile)]
    SessionsNone,
    #[cfg(part_profile)]
    ProfileChangePassword,
    #[cfg(area_auth)]
    OidcSignInWith,
    #[cfg(area_auth)]
    OidcOr,
    #[cfg(part_profile)]
    OidcTitle,
    #[cfg(part_profile)]
    OidcLead,
    #[cfg(part_profile)]
    OidcLink,
    #[cfg(part_profile)]
    OidcUnlink,
    #[cfg(part_profile)]
    OidcNone,
    #[cfg(part_profile)]
    OidcLinked,
    #[cfg(part_profile)]
    OidcUnlinked,
    #[cfg(part_profile)]
    OidcLinkedOn,
    #[cfg(part_profile)]
    OidcOff,
    #[cfg(area_auth)]
    RecoveryChannel,
    #[cfg(area_auth)]
    RecoveryBySms,
    #[cfg(area_auth)]
    RecoveryByEmail,
    #[cfg(area_auth)]
    RecoveryCodeSent,
    #[cfg(area_auth)]
    RecoverySubmit,
    #[cfg(area_auth)]
    SatelliteTitle,
    #[cfg(area_auth)]
    SatelliteChip,
    #[cfg(area_auth)]
    SatelliteChipHint,
    #[cfg(area_auth)]
    SatelliteCard,
    #[cfg(area_auth)]
    SatelliteCardHint,
    #[cfg(area_auth)]
    SatelliteFind,
    #[cfg(area_auth)]
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
