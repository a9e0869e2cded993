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
        Key::HomeTitle => "Welcome to My MTS",
        Key::HomeLead => {
            "Balance, payments, tariffs, services and bonuses in one place, without calls or office visits."
        }
        Key::HomeSignIn => "Sign in",
        Key::HomeRegister => "Register",
        Key::HomeBalanceCheck => "Check a balance without signing in",
        Key::HomeTariffs => "Tariffs",
        Key::HomeOffices => "Sales offices",
        Key::SignInTitle => "Sign in",
        Key::SignInLead => "Sign in with your login and password, phone number or contract number.",
        Key::RegisterTitle => "Register",
        Key::RegisterLead => "Link your personal account to your contract.",
        Key::HelpTitle => "Nothing works",
        Key::HelpLead => {
            "If you can neither sign in nor recover access, come to an MTS office and we will help."
        }
        Key::HelpBring => "What to bring",
        Key::HelpPassport => "The contract holder's passport.",
        Key::HelpAttorney => {
            "If the contract is in someone else's name, a notarised power of attorney from them."
        }
        Key::HelpApplication => "The application: fill it in below and print it.",
        Key::HelpFormTitle => "Application for restoring access",
        Key::HelpContactPhone => "Phone to call you back (optional)",
        Key::HelpReason => "What happened",
        Key::HelpOnBehalf => "The contract is in someone else's name; I represent them",
        Key::HelpDownload => "Download the application (PDF)",
        Key::HelpLink => "Nothing works?",
        Key::RegService => "Service type",
        Key::RegLegalStatus => "Contract holder",
        Key::RegIndividual => "Individual",
        Key::RegLegalEntity => "Legal entity",
        Key::RegSoleProprietor => "Sole proprietor",
        Key::RegFullName => "Full name",
        Key::RegBirthDate => "Date of birth",
        Key::RegDateHint => "DD.MM.YYYY",
        Key::RegPassportSeries => "Passport series",
        Key::RegPassportNumber => "Passport number",
        Key::RegPassportIssuedOn => "Passport issue date",
        Key::RegPassportIssuedBy => "Issued by",
        Key::RegDivisionCode => "Division code",
        Key::RegDivisionHint => "For example, 770-001",
        Key::RegCompanyName => "Company name",
        Key::RegInn => "INN (taxpayer number)",
        Key::RegKpp => "KPP",
        Key::RegOgrn => "OGRN",
        Key::RegOgrnip => "OGRNIP",
        Key::RegContract => "Contract number",
        Key::RegContractHint => "Printed on your contract, e.g. 77-1000002",
        Key::RegEmail => "E-mail",
        Key::RegEmailHint => "We will send your login and password there",
        Key::RegSubmit => "Register",
        Key::RegSolving => "Checking that you are not a robot…",
        Key::RegSending => "Checking your data against the contract…",
        Key::RegDone => "Done! Your login and password were sent to {email}.",
        Key::RegGoSignIn => "Sign in",
        Key::RegRecover => "Recover access",
        Key::RecoveryTitle => "Recover access",
        Key::RecoveryLead => "Recover the password or login of your personal account.",
        Key::BalanceCheckTitle => "Balance check",
        Key::BalanceCheckLead => "See the balance by contract number without signing in.",
        #[cfg(area_public)]
        Key::BalanceContract => "Contract number",
        #[cfg(area_public)]
        Key::BalanceContractHint => "For example 77-1000001",
        #[cfg(area_public)]
        Key::BalanceSubmit => "Check the balance",
        #[cfg(area_public)]
        Key::BalanceResult => "Balance of contract {n}",
        Key::TariffsTitle => "Tariffs",
        Key::TariffsLead => "The catalogue of mobile, internet and TV tariffs.",
        Key::OfficesTitle => "Offices",
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
        Key::InternetLead => "Home internet: speed, tariff and connection.",
        Key::TvTitle => "Digital TV",
        Key::TvLead => "Channel packages, Personal TV and Multiroom.",
        Key::MobileTitle => "Mobile",
        Key::MobileLead => "Numbers, SIM cards, blocking and call forwarding.",
        Key::BonusesTitle => "Bonuses",
        Key::BonusesLead => "Loyalty points: accrual, redemption and transfers.",
        Key::ServicesTitle => "Services",
        Key::ServicesLead => "Connected and available services.",
        Key::ExpensesTitle => "Expenses",
        Key::ExpensesLead => "Itemised expenses for calls, SMS and internet.",
        Key::SupportTitle => "Support",
        Key::SupportLead => "Requests, answers to common questions and notifications.",
        Key::ProfileTitle => "Profile",
        Key::ProfileLead => "Personal data, password, social sign-in and active sessions.",
        Key::GalleryTitle => "Component gallery",
        Key::GalleryLead => {
            "Every interface component in every state, in the light and dark themes."
        }
        Key::GalleryBack => "All components",
        Key::NotFoundTitle => "Page not found",
        Key::NotFoundLead => "There is no such page. Check the address or go to the home page.",
        Key::GoHome => "Go to the home page",
        Key::RegionLabel => "Region",
        Key::ServiceLabel => "Service type",
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
        Key::PackageIncluded => "Included",
        Key::PricesBeyond => "Beyond the package",
        Key::PerMinute => "Per minute",
        Key::PerSms => "Per SMS",
        Key::PerMb => "Per MB",
        Key::MonthlyFee => "Monthly fee",
        Key::TariffDetails => "Details",
        Key::CompareToggle => "Compare",
        Key::CompareGo => "Compare selected",
        Key::CompareHint => "Pick 2 or 3 tariffs to compare.",
        Key::CompareTitle => "Tariff comparison",
        Key::BackToTariffs => "← All tariffs",
        Key::SwitchToTariff => "Switch to this tariff",
        Key::TariffsEmpty => "No tariffs of this type in this region",
        Key::TvChannelsLink => "TV channels and Personal TV",
        Key::TvChannelsTitle => "Channels and Personal TV",
        Key::TvChannelsLead => {
            "Choose a base package and add single channels: the price updates at once."
        }
        Key::BasePackage => "Base package",
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
        Key::InBasePackage => "in package",
        Key::ChannelsFee => "Picked channels",
        Key::PersonalTotal => "Total per month",
        Key::NothingFound => "Nothing found",
        Key::NothingFoundBody => "Change the search or the filter.",
        Key::OfficesSearch => "Address or service",
        Key::OfficeHours => "Opening hours",
        Key::OfficeServices => "Services",
        // Identity: sign-in, session, password, sessions (auth issue).
        Key::AuthMethods => "Sign-in method",
        Key::AuthTabPassword => "Password",
        Key::AuthTabSms => "SMS code",
        Key::AuthTabSim => "SIM card",
        Key::AuthLogin => "Login, phone, contract or account number",
        Key::AuthLoginHint => "For example: ivanov, +7 916 123-45-67 or 77-1000001",
        Key::AuthPassword => "Password",
        Key::AuthPhone => "Mobile number",
        Key::AuthPhoneHint => "For example: +7 916 123-45-67",
        Key::AuthSmsPasswordHint => "Sent by SMS to the receiver's SIM card",
        Key::AuthCode => "Code from the SMS",
        Key::AuthCodeHint => "6 digits",
        Key::AuthIccid => "Receiver SIM card number",
        Key::AuthIccidHint => "19–20 digits printed on the SIM card",
        Key::AuthSmsPassword => "Password from the SMS",
        Key::AuthSubmit => "Sign in",
        Key::AuthSendCode => "Get a code",
        Key::AuthResendCode => "Send the code again",
        Key::AuthResendIn => "A new code can be requested in {n} s",
        Key::AuthCodeSent => "The code was sent to {phone}. It works for 5 minutes.",
        Key::AuthSendSmsPassword => "Get a password by SMS",
        Key::AuthSmsPasswordSent => {
            "The password was sent by SMS. It works for 48 hours; after signing in you will set your own."
        }
        Key::AuthTryAgainIn => "Too many attempts. Try again in {n} min.",
        Key::AuthForgot => "Forgot your password or login?",
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
        Key::SessionsTitle => "Active sessions",
        Key::SessionsCurrent => "This device",
        Key::SessionsLastSeen => "Last seen",
        Key::SessionsEnd => "End",
        Key::SessionsEndOthers => "End all other sessions",
        Key::SessionsEnded => "Sessions ended: {n}",
        Key::SessionsNone => "No other sessions.",
        Key::ProfileChangePassword => "Change password",
        Key::OidcSignInWith => "Sign in with {name}",
        Key::OidcOr => "or",
        Key::OidcTitle => "Linked sign-in",
        Key::OidcLead => "Link your {name} account to sign in without a password.",
        Key::OidcLink => "Link {name}",
        Key::OidcUnlink => "Unlink",
        Key::OidcNone => "No linked accounts.",
        Key::OidcLinked => "The account is linked: you can now sign in with it.",
        Key::OidcUnlinked => "The account is unlinked.",
        Key::OidcLinkedOn => "linked",
        Key::OidcOff => "Sign-in with external services is not set up.",
        Key::RecoveryChannel => "Where to send the code",
        Key::RecoveryBySms => "SMS to the phone in the contract",
        Key::RecoveryByEmail => "E-mail",
        Key::RecoveryCodeSent => {
            "If such an account exists, the code was sent. It works for 5 minutes."
        }
        Key::RecoverySubmit => "Save the password and sign in",
        Key::SatelliteTitle => "Forgot your satellite TV login?",
        Key::SatelliteChip => "Receiver chip ID",
        Key::SatelliteChipHint => "10 digits, in the receiver menu",
        Key::SatelliteCard => "Smart card number",
        Key::SatelliteCardHint => "12 digits printed on the card",
        Key::SatelliteFind => "Find the account number",
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
