//! Who a customer is (PRODUCT 1.1): legal status and the identity data that goes with it, as
//! typed into the registration form and checked field by field.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::ids::{
    CompanyName, DivisionCode, Inn, IssuingAuthority, Kpp, Ogrn, Ogrnip, PassportIssueDate,
    PassportNumber, PassportSeries, PersonName, parse_date,
};
use crate::{ApiError, ErrorCode, FieldError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LegalStatus {
    #[default]
    Individual,
    LegalEntity,
    SoleProprietor,
}

/// The youngest a contract holder may be.
pub const HOLDER_MIN_AGE_YEARS: u32 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Passport {
    pub series: PassportSeries,
    pub number: PassportNumber,
    pub issued_on: PassportIssueDate,
    pub issued_by: IssuingAuthority,
    pub division_code: DivisionCode,
}

/// Identity data, valid for its legal status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "legal_status", rename_all = "snake_case")]
pub enum CustomerIdentity {
    Individual {
        full_name: PersonName,
        birth_date: NaiveDate,
        passport: Passport,
    },
    LegalEntity {
        company_name: CompanyName,
        inn: Inn,
        kpp: Kpp,
        ogrn: Ogrn,
    },
    SoleProprietor {
        full_name: PersonName,
        inn: Inn,
        ogrnip: Ogrnip,
    },
}

/// The registration form as typed: every field a string; only those of the chosen legal status
/// are read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct IdentityForm {
    pub legal_status: LegalStatus,
    pub full_name: String,
    pub birth_date: String,
    pub passport_series: String,
    pub passport_number: String,
    pub passport_issued_on: String,
    pub passport_issued_by: String,
    pub division_code: String,
    pub company_name: String,
    pub inn: String,
    pub kpp: String,
    pub ogrn: String,
    pub ogrnip: String,
}

/// Every field that failed, in form order (so a form can mark them all at once).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} invalid field(s)", .0.len())]
pub struct FieldErrors(pub Vec<FieldError>);

impl From<FieldErrors> for ApiError {
    /// The API reports the first field; the form has already shown the rest.
    fn from(errs: FieldErrors) -> Self {
        errs.0
            .first()
            .map_or(ApiError::new(ErrorCode::Validation), |e| (*e).into())
    }
}

/// Collects field errors while parsing.
struct Collector(Vec<FieldError>);

impl Collector {
    fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }
}

/// A date of birth: a real date, and the person is at least 14 today.
pub fn parse_birth_date(input: &str, today: NaiveDate) -> Result<NaiveDate, FieldError> {
    const FIELD: &str = "birth_date";
    let birth = parse_date(input, FIELD)?;
    if birth > today {
        return Err(FieldError::new(FIELD, ErrorCode::DateInFuture));
    }
    match birth.checked_add_months(Months::new(12 * HOLDER_MIN_AGE_YEARS)) {
        Some(d) if d <= today => Ok(birth),
        _ => Err(FieldError::new(FIELD, ErrorCode::TooYoung)),
    }
}

impl IdentityForm {
    /// Parses the fields of the chosen legal status; every bad field is reported.
    pub fn parse(&self, today: NaiveDate) -> Result<CustomerIdentity, FieldErrors> {
        let mut c = Collector(Vec::new());
        let identity = match self.legal_status {
            LegalStatus::Individual => {
                let full_name = c.take(PersonName::parse(&self.full_name));
                let birth_date = c.take(parse_birth_date(&self.birth_date, today));
                let series = c.take(PassportSeries::parse(&self.passport_series));
                let number = c.take(PassportNumber::parse(&self.passport_number));
                // The issue date can only be checked against a valid birth date.
                let issued_on = birth_date.and_then(|b| {
                    c.take(PassportIssueDate::parse(&self.passport_issued_on, b, today))
                });
                let issued_by = c.take(IssuingAuthority::parse(&self.passport_issued_by));
                let division_code = c.take(DivisionCode::parse(&self.division_code));
                match (
                    full_name,
                    birth_date,
                    series,
                    number,
                    issued_on,
                    issued_by,
                    division_code,
                ) {
                    (
                        Some(full_name),
                        Some(birth_date),
                        Some(series),
                        Some(number),
                        Some(issued_on),
                        Some(issued_by),
                        Some(division_code),
                    ) => Some(CustomerIdentity::Individual {
                        full_name,
                        birth_date,
                        passport: Passport {
                            series,
                            number,
                            issued_on,
                            issued_by,
                            division_code,
                        },
                    }),
                    _ => None,
                }
            }
            LegalStatus::LegalEntity => {
                let company_name = c.take(CompanyName::parse(&self.company_name));
                let inn = c.take(Inn::parse_legal_entity(&self.inn));
                let kpp = c.take(Kpp::parse(&self.kpp));
                let ogrn = c.take(Ogrn::parse(&self.ogrn));
                match (company_name, inn, kpp, ogrn) {
                    (Some(company_name), Some(inn), Some(kpp), Some(ogrn)) => {
                        Some(CustomerIdentity::LegalEntity {
                            company_name,
                            inn,
                            kpp,
                            ogrn,
                        })
                    }
                    _ => None,
                }
            }
            LegalStatus::SoleProprietor => {
                let full_name = c.take(PersonName::parse(&self.full_name));
                let inn = c.take(Inn::parse_individual(&self.inn));
                let ogrnip = c.take(Ogrnip::parse(&self.ogrnip));
                match (full_name, inn, ogrnip) {
                    (Some(full_name), Some(inn), Some(ogrnip)) => {
                        Some(CustomerIdentity::SoleProprietor {
                            full_name,
                            inn,
                            ogrnip,
                        })
                    }
                    _ => None,
                }
            }
        };
        identity.ok_or(FieldErrors(c.0))
    }
}

/// What is on file for a contract holder, as stored (text fields as kept, dates `YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IdentityOnFile<'a> {
    /// `individual`, `legal_entity` or `sole_proprietor`.
    pub legal_status: &'a str,
    pub full_name: Option<&'a str>,
    pub birth_date: Option<&'a str>,
    pub passport_series: Option<&'a str>,
    pub passport_number: Option<&'a str>,
    pub inn: Option<&'a str>,
    pub kpp: Option<&'a str>,
    pub ogrn: Option<&'a str>,
    pub ogrnip: Option<&'a str>,
}

fn same_text(stored: Option<&str>, typed: &str) -> bool {
    stored.is_some_and(|s| s.to_lowercase() == typed.to_lowercase())
}

impl CustomerIdentity {
    /// Registration's identity check: the legal status and every identifying field equal what
    /// is on file (case aside). The answer to a mismatch never says which field differed.
    pub fn matches(&self, on_file: &IdentityOnFile<'_>) -> bool {
        match self {
            CustomerIdentity::Individual {
                full_name,
                birth_date,
                passport,
            } => {
                on_file.legal_status == "individual"
                    && same_text(on_file.full_name, full_name.as_str())
                    && same_text(
                        on_file.birth_date,
                        &birth_date.format("%Y-%m-%d").to_string(),
                    )
                    && same_text(on_file.passport_series, passport.series.as_str())
                    && same_text(on_file.passport_number, passport.number.as_str())
            }
            CustomerIdentity::LegalEntity { inn, kpp, ogrn, .. } => {
                on_file.legal_status == "legal_entity"
                    && same_text(on_file.inn, inn.as_str())
                    && same_text(on_file.kpp, kpp.as_str())
                    && same_text(on_file.ogrn, ogrn.as_str())
            }
            CustomerIdentity::SoleProprietor {
                full_name,
                inn,
                ogrnip,
            } => {
                on_file.legal_status == "sole_proprietor"
                    && same_text(on_file.full_name, full_name.as_str())
                    && same_text(on_file.inn, inn.as_str())
                    && same_text(on_file.ogrnip, ogrnip.as_str())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn individual() -> IdentityForm {
        IdentityForm {
            legal_status: LegalStatus::Individual,
            full_name: "Иванов Иван Иванович".into(),
            birth_date: "15.04.1990".into(),
            passport_series: "45 08".into(),
            passport_number: "123456".into(),
            passport_issued_on: "20.05.2010".into(),
            passport_issued_by: "ОВД Тверского района г. Москвы".into(),
            division_code: "770-001".into(),
            ..IdentityForm::default()
        }
    }

    #[test]
    fn an_individual_with_a_passport() {
        let Ok(CustomerIdentity::Individual { passport, .. }) = individual().parse(today()) else {
            panic!("valid")
        };
        assert_eq!(passport.series.as_str(), "4508");
    }

    #[test]
    fn all_bad_fields_are_reported_in_form_order() {
        let form = IdentityForm {
            full_name: "И".into(),
            passport_number: "12".into(),
            division_code: "77".into(),
            ..individual()
        };
        let errs = form.parse(today()).unwrap_err().0;
        let fields: Vec<&str> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["full_name", "passport_number", "division_code"]);
        let young = IdentityForm {
            birth_date: "01.01.2020".into(),
            ..individual()
        };
        assert_eq!(
            young.parse(today()).unwrap_err().0,
            vec![FieldError::new("birth_date", ErrorCode::TooYoung)]
        );
        let early = IdentityForm {
            passport_issued_on: "01.01.2003".into(),
            ..individual()
        };
        assert_eq!(
            early.parse(today()).unwrap_err().0[0].code,
            ErrorCode::PassportIssuedUnder14
        );
        let api = ApiError::from(form.parse(today()).unwrap_err());
        assert_eq!(
            (api.field.as_deref(), api.status()),
            (Some("full_name"), 422)
        );
    }

    #[test]
    fn companies_and_sole_proprietors_need_the_right_inn() {
        let company = IdentityForm {
            legal_status: LegalStatus::LegalEntity,
            company_name: "ПАО «Сбербанк»".into(),
            inn: "7707083893".into(),
            kpp: "773601001".into(),
            ogrn: "1027700132195".into(),
            ..IdentityForm::default()
        };
        assert!(matches!(
            company.parse(today()),
            Ok(CustomerIdentity::LegalEntity { .. })
        ));
        let wrong = IdentityForm {
            inn: "500100732259".into(),
            ..company
        };
        assert_eq!(
            wrong.parse(today()).unwrap_err().0,
            vec![FieldError::new("inn", ErrorCode::InvalidInn)]
        );
        let ip = IdentityForm {
            legal_status: LegalStatus::SoleProprietor,
            full_name: "Петров Пётр".into(),
            inn: "500100732259".into(),
            ogrnip: "304500116000157".into(),
            ..IdentityForm::default()
        };
        let json = serde_json::to_value(ip.parse(today()).unwrap()).unwrap();
        assert_eq!(json["legal_status"], "sole_proprietor");
        assert_eq!(json["inn"], "500100732259");
    }

    proptest! {
        #[test]
        fn any_form_is_parsed_or_refused_with_errors(fields in prop::collection::vec(any::<String>(), 12), status in 0_u8..3) {
            let f = |i: usize| fields[i].clone();
            let form = IdentityForm {
                legal_status: [LegalStatus::Individual, LegalStatus::LegalEntity, LegalStatus::SoleProprietor][usize::from(status)],
                full_name: f(0), birth_date: f(1), passport_series: f(2), passport_number: f(3), passport_issued_on: f(4),
                passport_issued_by: f(5), division_code: f(6), company_name: f(7), inn: f(8), kpp: f(9), ogrn: f(10), ogrnip: f(11),
            };
            if let Err(errs) = form.parse(today()) {
                prop_assert!(!errs.0.is_empty());
            }
        }
    }
}
