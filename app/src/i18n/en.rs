//! English catalogue.

use super::Key;
#[cfg(any(area_services, part_insights, part_money, part_billing))]
use shared::Lang;

pub fn text(key: Key) -> &'static str {
    match key {
        Key::AppName => "My MTS",
        Key::SkipToContent => "Skip to content",
        Key::LanguageLabel => "Language",
        Key::ThemeLabel => "Theme",
        Key::ThemeLight => "Light",
        Key::ThemeDark => "Dark",
        Key::ThemeSystem => "Auto",
        Key::Menu => "Menu",
        Key::NavLabel => "Account sections",
        Key::FooterNote => "My MTS — the subscriber's personal account",
        Key::ServerStatus => "Server status",
        Key::ServerVersion => "Server",
        Key::DatabaseReachable => "database reachable",
        Key::DatabaseUnreachable => "database unreachable",
        Key::ServerUnreachable => "The server is not answering",
        Key::Loading => "Loading…",
        Key::Retry => "Try again",
        Key::Dismiss => "Dismiss",
        Key::Debt => "Debt",
        Key::Remaining => "Left",
        Key::LowRemaining => "Running low",
        Key::Of => "of",
        Key::Required => "required",
        Key::ComingSoonTitle => "This section opens soon",
        Key::ComingSoonBody => "We are preparing this section. Please check back later.",
        #[cfg(area_public)]
        Key::HomeTitle => "Welcome to My MTS",
        #[cfg(area_public)]
        Key::HomeLead => {
            "Balance, payments, tariffs, services and bonuses in one place, without calls or office visits."
        }
        Key::HomeSignIn => "Sign in",
        #[cfg(area_public)]
        Key::HomeRegister => "Register",
        #[cfg(area_public)]
        Key::HomeBalanceCheck => "Check a balance without signing in",
        #[cfg(area_public)]
        Key::HomeTariffs => "Tariffs",
        #[cfg(area_public)]
        Key::HomeOffices => "Sales offices",
        #[cfg(area_auth)]
        Key::SignInTitle => "Sign in",
        #[cfg(area_auth)]
        Key::SignInLead => "Sign in with your login and password, phone number or contract number.",
        #[cfg(area_auth)]
        Key::RegisterTitle => "Register",
        #[cfg(area_auth)]
        Key::RegisterLead => "Link your personal account to your contract.",
        #[cfg(area_auth)]
        Key::HelpTitle => "Nothing works",
        #[cfg(area_auth)]
        Key::HelpLead => {
            "If you can neither sign in nor recover access, come to an MTS office and we will help."
        }
        #[cfg(area_auth)]
        Key::HelpBring => "What to bring",
        #[cfg(area_auth)]
        Key::HelpPassport => "The contract holder's passport.",
        #[cfg(area_auth)]
        Key::HelpAttorney => {
            "If the contract is in someone else's name, a notarised power of attorney from them."
        }
        #[cfg(area_auth)]
        Key::HelpApplication => "The application: fill it in below and print it.",
        #[cfg(area_auth)]
        Key::HelpFormTitle => "Application for restoring access",
        #[cfg(area_auth)]
        Key::HelpContactPhone => "Phone to call you back (optional)",
        #[cfg(area_auth)]
        Key::HelpReason => "What happened",
        #[cfg(area_auth)]
        Key::HelpOnBehalf => "The contract is in someone else's name; I represent them",
        #[cfg(area_auth)]
        Key::HelpDownload => "Download the application (PDF)",
        #[cfg(area_auth)]
        Key::HelpLink => "Nothing works?",
        #[cfg(area_auth)]
        Key::RegService => "Service type",
        #[cfg(area_auth)]
        Key::RegLegalStatus => "Contract holder",
        #[cfg(area_auth)]
        Key::RegIndividual => "Individual",
        #[cfg(area_auth)]
        Key::RegLegalEntity => "Legal entity",
        #[cfg(area_auth)]
        Key::RegSoleProprietor => "Sole proprietor",
        #[cfg(area_auth)]
        Key::RegFullName => "Full name",
        #[cfg(area_auth)]
        Key::RegBirthDate => "Date of birth",
        #[cfg(area_auth)]
        Key::RegDateHint => "DD.MM.YYYY",
        #[cfg(area_auth)]
        Key::RegPassportSeries => "Passport series",
        #[cfg(area_auth)]
        Key::RegPassportNumber => "Passport number",
        #[cfg(area_auth)]
        Key::RegPassportIssuedOn => "Passport issue date",
        #[cfg(area_auth)]
        Key::RegPassportIssuedBy => "Issued by",
        #[cfg(area_auth)]
        Key::RegDivisionCode => "Division code",
        #[cfg(area_auth)]
        Key::RegDivisionHint => "For example, 770-001",
        #[cfg(area_auth)]
        Key::RegCompanyName => "Company name",
        #[cfg(area_auth)]
        Key::RegInn => "INN (taxpayer number)",
        #[cfg(area_auth)]
        Key::RegKpp => "KPP",
        #[cfg(area_auth)]
        Key::RegOgrn => "OGRN",
        #[cfg(area_auth)]
        Key::RegOgrnip => "OGRNIP",
        #[cfg(area_auth)]
        Key::RegContract => "Contract number",
        #[cfg(area_auth)]
        Key::RegContractHint => "Printed on your contract, e.g. 77-1000002",
        #[cfg(area_auth)]
        Key::RegEmail => "E-mail",
        #[cfg(area_auth)]
        Key::RegEmailHint => "We will send your login and password there",
        #[cfg(area_auth)]
        Key::RegSubmit => "Register",
        #[cfg(area_auth)]
        Key::RegSolving => "Checking that you are not a robot…",
        #[cfg(area_auth)]
        Key::RegSending => "Checking your data against the contract…",
        #[cfg(area_auth)]
        Key::RegDone => "Done! Your login and password were sent to {email}.",
        #[cfg(area_auth)]
        Key::RegGoSignIn => "Sign in",
        #[cfg(area_auth)]
        Key::RegRecover => "Recover access",
        #[cfg(area_auth)]
        Key::RecoveryTitle => "Recover access",
        #[cfg(area_auth)]
        Key::RecoveryLead => "Recover the password or login of your personal account.",
        #[cfg(area_public)]
        Key::BalanceCheckTitle => "Balance check",
        #[cfg(area_public)]
        Key::BalanceCheckLead => "See the balance by contract number without signing in.",
        #[cfg(area_public)]
        Key::BalanceContract => "Contract number",
        #[cfg(area_public)]
        Key::BalanceContractHint => "For example 77-1000001",
        #[cfg(area_public)]
        Key::BalanceSubmit => "Check the balance",
        #[cfg(area_public)]
        Key::BalanceResult => "Balance of contract {n}",
        #[cfg(area_public)]
        Key::TariffsTitle => "Tariffs",
        #[cfg(area_public)]
        Key::TariffsLead => "The catalogue of mobile, internet and TV tariffs.",
        #[cfg(any(area_auth, area_public))]
        Key::OfficesTitle => "Offices",
        #[cfg(area_public)]
        Key::OfficesLead => "Addresses and opening hours of sales and service offices.",
        Key::DashboardTitle => "Overview",
        Key::DashboardLead => "Balance, tariff and package remainders of your service accounts.",
        #[cfg(part_money)]
        Key::PaySucceeded => "{amount} paid in.",
        #[cfg(part_money)]
        Key::PayReceipt => "E-receipt (PDF)",
        #[cfg(part_money)]
        Key::PayNotCompleted => "The payment did not go through; nothing was charged.",
        #[cfg(part_money)]
        Key::PayTitle => "Top up",
        #[cfg(part_money)]
        Key::PayAmount => "Amount, ₽",
        #[cfg(part_money)]
        Key::PayAmountHint => "From 10 to 15,000 ₽",
        #[cfg(part_money)]
        Key::PayCardNumber => "Card number",
        #[cfg(part_money)]
        Key::PayExpiry => "Expiry",
        #[cfg(part_money)]
        Key::PayExpiryHint => "MM/YY",
        #[cfg(part_money)]
        Key::PayCvc => "CVC",
        #[cfg(part_money)]
        Key::PaySaveCard => "Remember the card (only its last 4 digits are kept)",
        #[cfg(part_money)]
        Key::PaySubmit => "Pay",
        #[cfg(part_money)]
        Key::PayWith => "Pay with",
        #[cfg(part_money)]
        Key::PayNewCard => "A new card",
        #[cfg(part_money)]
        Key::HistoryKind => "Entries",
        #[cfg(part_money)]
        Key::HistoryFrom => "From",
        #[cfg(part_money)]
        Key::HistoryTo => "To",
        #[cfg(part_money)]
        Key::HistoryCsv => "Download CSV",
        #[cfg(part_money)]
        Key::HistoryEmpty => "No entries yet",
        #[cfg(part_money)]
        Key::HistoryMore => "Show more",
        #[cfg(part_money)]
        Key::HistoryWhy => "Why:",
        #[cfg(part_money)]
        Key::BalanceTitle => "Balance",
        #[cfg(part_money)]
        Key::AccountNumberLabel => "Personal account",
        #[cfg(part_money)]
        Key::DebtExplained => {
            "The account is in debt. Top it up so that services are not suspended."
        }
        #[cfg(part_money)]
        Key::TopUp => "Top up",
        #[cfg(part_money)]
        Key::TariffLabel => "Tariff",
        #[cfg(part_money)]
        Key::NoTariff => "No tariff",
        #[cfg(part_money)]
        Key::NextCharge => "Next charge",
        #[cfg(part_money)]
        Key::PackageTitle => "Package left",
        #[cfg(part_money)]
        Key::MeterMinutes => "Minutes",
        #[cfg(part_money)]
        Key::MeterSms => "SMS",
        #[cfg(part_money)]
        Key::MeterData => "Data",
        #[cfg(part_money)]
        Key::PackageUntil => "The package runs until",
        #[cfg(part_money)]
        Key::PackageNone => "This tariff has no package: services are paid as used.",
        #[cfg(part_money)]
        Key::HistoryLink => "Transaction history",
        Key::AccountLabel => "Account",
        Key::PaymentsTitle => "Balance & payments",
        #[cfg(part_money)]
        Key::PaymentsLead => "Top-ups, auto-payment, promised payment and payment history.",
        Key::InternetTitle => "Internet",
        #[cfg(part_catalog)]
        Key::InternetLead => "Home internet: speed, tariff and connection.",
        Key::TvTitle => "Digital TV",
        #[cfg(part_catalog)]
        Key::TvLead => "Channel packages, Personal TV and Multiroom.",
        Key::MobileTitle => "Mobile",
        #[cfg(part_mobile)]
        Key::MobileLead => "Numbers, SIM cards, blocking and call forwarding.",
        Key::BonusesTitle => "Bonuses",
        Key::BonusesLead => "Loyalty points: accrual, redemption and transfers.",
        Key::ServicesTitle => "Services",
        #[cfg(part_catalog)]
        Key::ServicesLead => "Connected and available services.",
        Key::ExpensesTitle => "Expenses",
        Key::ExpensesLead => "Itemised expenses for calls, SMS and internet.",
        Key::SupportTitle => "Support",
        #[cfg(part_care)]
        Key::SupportLead => "Requests, answers to common questions and notifications.",
        Key::ProfileTitle => "Profile",
        #[cfg(part_profile)]
        Key::ProfileLead => "Personal data, password, social sign-in and active sessions.",
        #[cfg(area_gallery)]
        Key::GalleryTitle => "Component gallery",
        #[cfg(area_gallery)]
        Key::GalleryLead => {
            "Every interface component in every state, in the light and dark themes."
        }
        #[cfg(area_gallery)]
        Key::GalleryBack => "All components",
        Key::NotFoundTitle => "Page not found",
        Key::NotFoundLead => "There is no such page. Check the address or go to the home page.",
        Key::GoHome => "Go to the home page",
        Key::RegionLabel => "Region",
        #[cfg(area_public)]
        Key::ServiceLabel => "Service type",
        #[cfg(any(area_public, part_money))]
        Key::ServiceAll => "All",
        Key::ServiceMobile => "Mobile",
        Key::ServiceHome => "Home internet & TV",
        Key::ServiceSatellite => "Satellite TV",
        Key::PerMonth => "per month",
        Key::Minutes => "min",
        Key::Sms => "SMS",
        Key::Gigabytes => "GB",
        Key::Speed => "Speed, Mbit/s",
        Key::TvPackageIncluded => "TV package",
        #[cfg(area_public)]
        Key::PackageIncluded => "Included",
        #[cfg(area_public)]
        Key::PricesBeyond => "Beyond the package",
        #[cfg(area_public)]
        Key::PerMinute => "Per minute",
        #[cfg(area_public)]
        Key::PerSms => "Per SMS",
        #[cfg(area_public)]
        Key::PerMb => "Per MB",
        #[cfg(area_public)]
        Key::MonthlyFee => "Monthly fee",
        Key::TariffDetails => "Details",
        Key::CompareToggle => "Compare",
        #[cfg(area_public)]
        Key::CompareGo => "Compare selected",
        #[cfg(area_public)]
        Key::CompareHint => "Pick 2 or 3 tariffs to compare.",
        #[cfg(area_public)]
        Key::CompareTitle => "Tariff comparison",
        #[cfg(area_public)]
        Key::BackToTariffs => "← All tariffs",
        #[cfg(area_public)]
        Key::SwitchToTariff => "Switch to this tariff",
        #[cfg(area_public)]
        Key::TariffsEmpty => "No tariffs of this type in this region",
        #[cfg(area_public)]
        Key::TvChannelsLink => "TV channels and Personal TV",
        #[cfg(area_public)]
        Key::TvChannelsTitle => "Channels and Personal TV",
        #[cfg(area_public)]
        Key::TvChannelsLead => {
            "Choose a base package and add single channels: the price updates at once."
        }
        #[cfg(area_public)]
        Key::BasePackage => "Base package",
        #[cfg(area_public)]
        Key::ChannelsCount => "channels",
        Key::SearchChannels => "Find a channel",
        Key::GenreLabel => "Genre",
        Key::GenreAll => "All genres",
        Key::GenreNews => "News",
        Key::GenreSport => "Sport",
        Key::GenreKids => "Kids",
        Key::GenreFilms => "Films",
        Key::GenreSeries => "Series",
        Key::GenreMusic => "Music",
        Key::GenreEducation => "Education",
        Key::GenreEntertainment => "Entertainment",
        Key::GenreRegional => "Regional",
        #[cfg(any(area_gallery, area_public, plans_tv))]
        Key::InBasePackage => "in package",
        #[cfg(area_public)]
        Key::ChannelsFee => "Picked channels",
        #[cfg(any(area_public, plans_tv))]
        Key::PersonalTotal => "Total per month",
        #[cfg(any(area_auth, area_public, plans_tv))]
        Key::NothingFound => "Nothing found",
        #[cfg(any(area_public, plans_tv))]
        Key::NothingFoundBody => "Change the search or the filter.",
        #[cfg(area_public)]
        Key::OfficesSearch => "Address or service",
        #[cfg(area_public)]
        Key::OfficeHours => "Opening hours",
        #[cfg(area_public)]
        Key::OfficeServices => "Services",
        // Identity: sign-in, session, password, sessions (auth issue).
        #[cfg(area_auth)]
        Key::AuthMethods => "Sign-in method",
        #[cfg(area_auth)]
        Key::AuthTabPassword => "Password",
        #[cfg(area_auth)]
        Key::AuthTabSms => "SMS code",
        #[cfg(area_auth)]
        Key::AuthTabSim => "SIM card",
        #[cfg(area_auth)]
        Key::AuthLogin => "Login, phone, contract or account number",
        #[cfg(area_auth)]
        Key::AuthLoginHint => "For example: ivanov, +7 916 123-45-67 or 77-1000001",
        #[cfg(area_auth)]
        Key::AuthPassword => "Password",
        #[cfg(area_auth)]
        Key::AuthPhone => "Mobile number",
        #[cfg(area_auth)]
        Key::AuthPhoneHint => "For example: +7 916 123-45-67",
        #[cfg(area_auth)]
        Key::AuthSmsPasswordHint => "Sent by SMS to the receiver's SIM card",
        #[cfg(area_auth)]
        Key::AuthCode => "Code from the SMS",
        #[cfg(area_auth)]
        Key::AuthCodeHint => "6 digits",
        #[cfg(area_auth)]
        Key::AuthIccid => "Receiver SIM card number",
        #[cfg(area_auth)]
        Key::AuthIccidHint => "19–20 digits printed on the SIM card",
        #[cfg(area_auth)]
        Key::AuthSmsPassword => "Password from the SMS",
        #[cfg(area_auth)]
        Key::AuthSubmit => "Sign in",
        #[cfg(area_auth)]
        Key::AuthSendCode => "Get a code",
        #[cfg(area_auth)]
        Key::AuthResendCode => "Send the code again",
        #[cfg(area_auth)]
        Key::AuthResendIn => "A new code can be requested in {n} s",
        #[cfg(area_auth)]
        Key::AuthCodeSent => "The code was sent to {phone}. It works for 5 minutes.",
        #[cfg(area_auth)]
        Key::AuthSendSmsPassword => "Get a password by SMS",
        #[cfg(area_auth)]
        Key::AuthSmsPasswordSent => {
            "The password was sent by SMS. It works for 48 hours; after signing in you will set your own."
        }
        Key::AuthTryAgainIn => "Too many attempts. Try again in {n} min.",
        #[cfg(area_auth)]
        Key::AuthForgot => "Forgot your password or login?",
        #[cfg(area_auth)]
        Key::AuthNoAccount => "No account yet? Register",
        Key::AuthSignOut => "Sign out",
        Key::AuthSignedInAs => "Signed in as",
        Key::PasswordTitle => "Change the temporary password",
        Key::PasswordLead => {
            "You signed in with a temporary password. Set your own password to continue."
        }
        Key::PasswordCurrent => "Current password",
        Key::PasswordNew => "New password",
        Key::PasswordNewHint => {
            "At least 10 characters, letters with digits or symbols, not the login."
        }
        Key::PasswordSubmit => "Change password",
        Key::PasswordChanged => "The password was changed. Other sessions were ended.",
        #[cfg(part_profile)]
        Key::SessionsTitle => "Active sessions",
        #[cfg(part_profile)]
        Key::SessionsCurrent => "This device",
        #[cfg(part_profile)]
        Key::SessionsLastSeen => "Last seen",
        #[cfg(part_profile)]
        Key::SessionsEnd => "End",
        #[cfg(part_profile)]
        Key::SessionsEndOthers => "End all other sessions",
        #[cfg(part_profile)]
        Key::SessionsEnded => "Sessions ended: {n}",
        #[cfg(part_profile)]
        Key::SessionsNone => "No other sessions.",
        #[cfg(part_profile)]
        Key::ProfileChangePassword => "Change password",
        #[cfg(area_auth)]
        Key::OidcSignInWith => "Sign in with {name}",
        #[cfg(area_auth)]
        Key::OidcOr => "or",
        #[cfg(part_profile)]
        Key::OidcTitle => "Linked sign-in",
        #[cfg(part_profile)]
        Key::OidcLead => "Link your {name} account to sign in without a password.",
        #[cfg(part_profile)]
        Key::OidcLink => "Link {name}",
        #[cfg(part_profile)]
        Key::OidcUnlink => "Unlink",
        #[cfg(part_profile)]
        Key::OidcNone => "No linked accounts.",
        #[cfg(part_profile)]
        Key::OidcLinked => "The account is linked: you can now sign in with it.",
        #[cfg(part_profile)]
        Key::OidcUnlinked => "The account is unlinked.",
        #[cfg(part_profile)]
        Key::OidcLinkedOn => "linked",
        #[cfg(part_profile)]
        Key::OidcOff => "Sign-in with external services is not set up.",
        #[cfg(area_auth)]
        Key::RecoveryChannel => "Where to send the code",
        #[cfg(area_auth)]
        Key::RecoveryBySms => "SMS to the phone in the contract",
        #[cfg(area_auth)]
        Key::RecoveryByEmail => "E-mail",
        #[cfg(area_auth)]
        Key::RecoveryCodeSent => {
            "If such an account exists, the code was sent. It works for 5 minutes."
        }
        #[cfg(area_auth)]
        Key::RecoverySubmit => "Save the password and sign in",
        #[cfg(area_auth)]
        Key::SatelliteTitle => "Forgot your satellite TV login?",
        #[cfg(area_auth)]
        Key::SatelliteChip => "Receiver chip ID",
        #[cfg(area_auth)]
        Key::SatelliteChipHint => "10 digits, in the receiver menu",
        #[cfg(area_auth)]
        Key::SatelliteCard => "Smart card number",
        #[cfg(area_auth)]
        Key::SatelliteCardHint => "12 digits printed on the card",
        #[cfg(area_auth)]
        Key::SatelliteFind => "Find the account number",
        #[cfg(area_auth)]
        Key::SatelliteFound => "Your personal account number: {n}. Use it as the login.",
        Key::ChartAsTable => "Show as a table",
        Key::ChartTotal => "Total",
        #[cfg(area_services)]
        Key::Svc(key) => key.text(Lang::En),
        #[cfg(part_insights)]
        Key::Acc(key) => key.text(Lang::En),
        #[cfg(any(part_money, part_billing))]
        Key::Due(key) => key.text(Lang::En),
        #[cfg(part_billing)]
        Key::Bil(key) => key.text(Lang::En),
    }
}
