//! Russian internal passport: series, number, issue date and issuing division code.

use std::fmt;

use chrono::{Months, NaiveDate};

use super::input::{fixed_digits, parse_date};
use super::{Masked, masked_debug, string_id};
use crate::{ErrorCode, FieldError};

/// Passport series: 4 digits (`45 08` is read as `4508`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "4508"))]
pub struct PassportSeries(String);

impl PassportSeries {
    pub const FIELD: &'static str = "passport_series";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        fixed_digits(input, 4, Self::FIELD, ErrorCode::InvalidPassportSeries).map(Self)
    }
}

/// Passport number: 6 digits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "123456"))]
pub struct PassportNumber(String);

impl PassportNumber {
    pub const FIELD: &'static str = "passport_number";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        fixed_digits(input, 6, Self::FIELD, ErrorCode::InvalidPassportNumber).map(Self)
    }
}

/// Code of the issuing division: `NNN-NNN` (six digits typed without the dash are accepted).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "770-001"))]
pub struct DivisionCode(String);

impl DivisionCode {
    pub const FIELD: &'static str = "division_code";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let d = fixed_digits(input, 6, Self::FIELD, ErrorCode::InvalidDivisionCode)?;
        Ok(Self(format!("{}-{}", &d[..3], &d[3..])))
    }
}

/// Stars for every character but the last `keep` ones and the dashes.
fn mask_keeping_last(s: &str, keep: usize) -> String {
    let n = s.chars().count();
    s.chars()
        .enumerate()
        .map(|(i, c)| if i + keep >= n || c == '-' { c } else { '*' })
        .collect()
}

string_id!(PassportSeries, |s| mask_keeping_last(s, 0));
string_id!(PassportNumber, |s| mask_keeping_last(s, 2));
string_id!(DivisionCode, |s| mask_keeping_last(s, 0));

/// The passport issue date, checked against the holder's date of birth and today: not in the
/// future, and the holder was at least 14 on that day (a passport is first issued at 14).
///
/// It needs context to be valid, so it has no `Deserialize`: DTOs carry the date as a string
/// and the handler calls [`PassportIssueDate::parse`] with the birth date and today.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "2015-03-07"))]
#[serde(transparent)]
pub struct PassportIssueDate(NaiveDate);

/// The youngest age at which a passport is issued.
pub const PASSPORT_MIN_AGE_YEARS: u32 = 14;

impl PassportIssueDate {
    pub const FIELD: &'static str = "passport_issued_on";

    /// Reads `DD.MM.YYYY` or `YYYY-MM-DD` and checks it.
    pub fn parse(input: &str, birth_date: NaiveDate, today: NaiveDate) -> Result<Self, FieldError> {
        Self::new(parse_date(input, Self::FIELD)?, birth_date, today)
    }

    pub fn new(
        date: NaiveDate,
        birth_date: NaiveDate,
        today: NaiveDate,
    ) -> Result<Self, FieldError> {
        if date > today {
            return Err(FieldError::new(Self::FIELD, ErrorCode::DateInFuture));
        }
        let fourteenth = birth_date.checked_add_months(Months::new(12 * PASSPORT_MIN_AGE_YEARS));
        match fourteenth {
            Some(d) if date >= d => Ok(Self(date)),
            _ => Err(FieldError::new(
                Self::FIELD,
                ErrorCode::PassportIssuedUnder14,
            )),
        }
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }
}

impl fmt::Display for PassportIssueDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Masked for PassportIssueDate {
    /// The year only.
    fn masked(&self) -> String {
        self.0.format("%Y-**-**").to_string()
    }
}

masked_debug!(PassportIssueDate);

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn series_number_and_division() {
        assert_eq!(PassportSeries::parse("45 08").unwrap().as_str(), "4508");
        assert_eq!(PassportNumber::parse("123456").unwrap().masked(), "****56");
        assert_eq!(DivisionCode::parse("770001").unwrap().as_str(), "770-001");
        assert_eq!(
            DivisionCode::parse("770-001").unwrap().to_string(),
            "770-001"
        );
        assert_eq!(
            PassportSeries::parse("450").unwrap_err().code,
            ErrorCode::InvalidPassportSeries
        );
        assert_eq!(
            PassportNumber::parse("12345a").unwrap_err().code,
            ErrorCode::InvalidPassportNumber
        );
        assert_eq!(DivisionCode::parse("77-0001").unwrap().as_str(), "770-001");
        assert_eq!(
            DivisionCode::parse("770-01").unwrap_err().code,
            ErrorCode::InvalidDivisionCode
        );
        assert_eq!(
            format!("{:?}", PassportSeries::parse("4508").unwrap()),
            "PassportSeries(****)"
        );
    }

    #[test]
    fn issue_date_rules() {
        let birth = date(2000, 2, 29);
        let today = date(2026, 11, 25);
        assert_eq!(
            PassportIssueDate::parse("28.02.2014", birth, today)
                .unwrap()
                .date(),
            date(2014, 2, 28)
        );
        assert_eq!(
            PassportIssueDate::parse("27.02.2014", birth, today)
                .unwrap_err()
                .code,
            ErrorCode::PassportIssuedUnder14
        );
        assert_eq!(
            PassportIssueDate::parse("2026-11-25", birth, today)
                .unwrap()
                .to_string(),
            "2026-11-25"
        );
        assert_eq!(
            PassportIssueDate::parse("26.11.2026", birth, today)
                .unwrap_err()
                .code,
            ErrorCode::DateInFuture
        );
        assert_eq!(
            PassportIssueDate::parse("31.11.2020", birth, today)
                .unwrap_err()
                .code,
            ErrorCode::InvalidDate
        );
        assert_eq!(
            PassportIssueDate::parse("", birth, today)
                .unwrap_err()
                .field,
            "passport_issued_on"
        );
        let d = PassportIssueDate::new(date(2020, 5, 1), birth, today).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2020-05-01\"");
        assert_eq!(d.masked(), "2020-**-**");
    }
}
