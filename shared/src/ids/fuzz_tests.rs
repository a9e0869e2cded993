//! Every `parse` on arbitrary strings: it returns, never panics, and an error always names
//! the parser's field with a 422 code. A success re-parses to itself from its `Display`.
//! `FUZZ_CASES` sets the cases per property (default 512), as for `fuzz_rules`.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::FieldError;

fn check<T: std::fmt::Display + PartialEq + std::fmt::Debug>(
    input: &str,
    field: &str,
    parse: impl Fn(&str) -> Result<T, FieldError>,
) {
    match parse(input) {
        Ok(v) => assert_eq!(parse(&v.to_string()).ok(), Some(v)),
        Err(e) => {
            assert_eq!(e.field, field);
            assert_eq!(e.code.status(), 422, "{e}");
        }
    }
}

fn all_parsers(s: &str) {
    check(s, "phone", Phone::parse);
    check(s, "iccid", Iccid::parse);
    check(s, "inn", Inn::parse);
    check(s, "inn", Inn::parse_legal_entity);
    check(s, "inn", Inn::parse_individual);
    check(s, "kpp", Kpp::parse);
    check(s, "ogrn", Ogrn::parse);
    check(s, "ogrnip", Ogrnip::parse);
    check(s, "passport_series", PassportSeries::parse);
    check(s, "passport_number", PassportNumber::parse);
    check(s, "division_code", DivisionCode::parse);
    check(s, "contract_number", ContractNumber::parse);
    check(s, "account_number", AccountNumber::parse);
    check(s, "smart_card", SmartCardNumber::parse);
    check(s, "chip_id", ChipId::parse);
    check(s, "email", Email::parse);
    check(s, "login", Login::parse);
    check(s, "full_name", PersonName::parse);
    check(s, "company_name", CompanyName::parse);
    check(s, "passport_issued_by", IssuingAuthority::parse);
    check(s, "code", OneTimeCode::parse);
    check(s, "text", crate::sms::SmsText::parse);
    match crate::Money::parse(s) {
        Ok(m) => assert_eq!(crate::Money::parse(&m.format(crate::Lang::En)), Ok(m)),
        Err(e) => assert_eq!((e.field, e.code.status()), ("amount", 422)),
    }
    let _ = SignInId::parse(s).map_err(|e| assert_eq!(e.field, "login"));
    let _ = NewPassword::parse(s).map_err(|e| assert_eq!(e.field, "password"));
    let _ = NewPassword::parse_for_login(s, s);
    let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let _ = PassportIssueDate::parse(s, day, day)
        .map_err(|e| assert_eq!(e.field, "passport_issued_on"));
    let _ = parse_date(s, "date");
}

/// Inputs that break naive parsers: huge, RTL, emoji, combining marks, lookalike digits.
const NASTY: &[&str] = &[
    "",
    " ",
    "\u{a0}",
    "\u{200f}\u{202e}+7 912 345-67-89",
    "٩١٢٣٤٥٦٧٨٩",
    "９１２３４５６７８９",
    "🙂",
    "👨‍👩‍👧‍👦@example.ru",
    "+",
    "-",
    "@",
    "..",
    "7\u{301}",
    "\u{0}",
    "ivan@пример.рф",
    "1 234,56 ₽",
    "−₽1,234.56",
    "₽",
    ",",
    ".",
    "99999999999999999999999999",
    "-9223372036854775808",
    "92233720368547758.08",
    "שלום",
    "مرحبا",
];

#[test]
fn nasty_inputs_are_refused_or_accepted_without_panicking() {
    for s in NASTY {
        all_parsers(s);
    }
    for unit in ["9", "🙂", "ж", "\u{202e}", " "] {
        all_parsers(&unit.repeat(10 * 1024 / unit.len()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::fuzz_rules::fuzz_cases(512), ..ProptestConfig::default() })]

    #[test]
    fn any_string(s in any::<String>()) {
        all_parsers(&s);
    }

    #[test]
    fn long_strings(chars in prop::collection::vec(any::<char>(), 0..12_000)) {
        let s: String = chars.into_iter().collect();
        all_parsers(&s);
    }

    #[test]
    fn number_like_strings(s in "[+]?[0-9 ()\\-]{0,24}") {
        all_parsers(&s);
    }

    #[test]
    fn valid_phones_round_trip(d in "9[0-9]{9}", style in 0..3_u8) {
        let typed = match style {
            0 => format!("+7 {} {}-{}-{}", &d[..3], &d[3..6], &d[6..8], &d[8..]),
            1 => format!("8{d}"),
            _ => d.clone(),
        };
        let p = Phone::parse(&typed).unwrap();
        prop_assert_eq!(p.to_string(), format!("+7{d}"));
    }

    #[test]
    fn one_changed_digit_breaks_the_checksums(serial in 0_u64..99_999_999_999, pos in 0_usize..12, delta in 1_u32..10) {
        let acc = AccountNumber::from_serial(serial).unwrap();
        let mut digits: Vec<u32> = acc.as_str().bytes().map(|b| u32::from(b - b'0')).collect();
        digits[pos] = (digits[pos] + delta) % 10;
        let typo: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert!(AccountNumber::parse(&typo).is_err());
    }
}
