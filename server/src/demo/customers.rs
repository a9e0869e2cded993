//! Demo customers of all three legal statuses with mobile, home internet & TV, linear and
//! interactive satellite TV contracts in five regions. Every identifier passes the `shared`
//! parsers (a test checks it). Some already have a web account; the others are there to
//! register.

use crate::store::identity::{NewCustomer, NewServiceAccount};

/// The password of the demo web accounts that exist from the start.
pub const DEMO_PASSWORD: &str = "Demo-Passw0rd";

pub struct DemoCustomer {
    pub customer: NewCustomer<'static>,
    pub accounts: &'static [NewServiceAccount<'static>],
    /// A web account created by the seed, with [`DEMO_PASSWORD`].
    pub login: Option<&'static str>,
}

/// One line of the README's "demo identities" table.
pub struct DemoIdentity {
    pub who: &'static str,
    pub try_it: &'static str,
}

const NO_CUSTOMER: NewCustomer<'static> = NewCustomer {
    external_ref: "",
    legal_status: "individual",
    full_name: None,
    company_name: None,
    birth_date: None,
    passport_series: None,
    passport_number: None,
    inn: None,
    kpp: None,
    ogrn: None,
    ogrnip: None,
    email: None,
};

const NO_ACCOUNT: NewServiceAccount<'static> = NewServiceAccount {
    account_number: "",
    contract_number: "",
    kind: "mobile",
    region_code: "moscow",
    phone: None,
    iccid: None,
    address: None,
    smart_card: None,
    chip_id: None,
};

pub const CUSTOMERS: &[DemoCustomer] = &[
    DemoCustomer {
        customer: NewCustomer {
            external_ref: "demo-ivanov",
            full_name: Some("Иванов Иван Иванович"),
            birth_date: Some("1985-03-14"),
            passport_series: Some("4510"),
            passport_number: Some("123456"),
            email: Some("ivanov@example.ru"),
            ..NO_CUSTOMER
        },
        accounts: &[
            NewServiceAccount {
                account_number: "100000000016",
                contract_number: "77-1000001",
                phone: Some("+79161234567"),
                iccid: Some("8970100000000000013"),
                ..NO_ACCOUNT
            },
            NewServiceAccount {
                account_number: "100000000024",
                contract_number: "77-1000002",
                kind: "home",
                address: Some("Москва, ул. Тверская, д. 7, кв. 12"),
                ..NO_ACCOUNT
            },
        ],
        login: Some("ivanov"),
    },
    DemoCustomer {
        customer: NewCustomer {
            external_ref: "demo-petrova",
            full_name: Some("Петрова Анна Сергеевна"),
            birth_date: Some("1992-07-01"),
            passport_series: Some("4012"),
            passport_number: Some("654321"),
            email: Some("petrova@example.ru"),
            ..NO_CUSTOMER
        },
        accounts: &[
            NewServiceAccount {
                account_number: "100000000032",
                contract_number: "78-2000001",
                region_code: "spb",
                phone: Some("+79219876543"),
                iccid: Some("8970100000000000021"),
                ..NO_ACCOUNT
            },
            NewServiceAccount {
                account_number: "100000000040",
                contract_number: "78-2000002",
                kind: "satellite",
                region_code: "spb",
                smart_card: Some("100200300400"),
                chip_id: Some("1234567890"),
                ..NO_ACCOUNT
            },
        ],
        login: None,
    },
    DemoCustomer {
        customer: NewCustomer {
            external_ref: "demo-sidorov",
            full_name: Some("Сидоров Пётр Алексеевич"),
            birth_date: Some("1978-11-23"),
            passport_series: Some("5004"),
            passport_number: Some("112233"),
            ..NO_CUSTOMER
        },
        accounts: &[NewServiceAccount {
            account_number: "100000000057",
            contract_number: "54-3000001",
            kind: "satellite_interactive",
            region_code: "novosibirsk",
            phone: Some("+79131112233"),
            iccid: Some("8970100000000000039"),
            smart_card: Some("500600700800"),
            chip_id: Some("2345678901"),
            ..NO_ACCOUNT
        }],
        login: None,
    },
    DemoCustomer {
        customer: NewCustomer {
            external_ref: "demo-uralsvyaz",
            legal_status: "legal_entity",
            company_name: Some("ООО «Уралсвязь-Сервис»"),
            inn: Some("6671000120"),
            kpp: Some("667101001"),
            ogrn: Some("1026600001230"),
            email: Some("office@uralsvyaz.example"),
            ..NO_CUSTOMER
        },
        accounts: &[
            NewServiceAccount {
                account_number: "100000000065",
                contract_number: "66-4000001",
                kind: "home",
                region_code: "yekaterinburg",
                address: Some("Екатеринбург, ул. Малышева, д. 51, офис 300"),
                ..NO_ACCOUNT
            },
            NewServiceAccount {
                account_number: "100000000073",
                contract_number: "66-4000002",
                region_code: "yekaterinburg",
                phone: Some("+79501234567"),
                iccid: Some("8970100000000000047"),
                ..NO_ACCOUNT
            },
        ],
        login: Some("uralsvyaz"),
    },
    DemoCustomer {
        customer: NewCustomer {
            external_ref: "demo-kuznetsov",
            legal_status: "sole_proprietor",
            full_name: Some("Кузнецов Алексей Петрович"),
            inn: Some("165500012389"),
            ogrnip: Some("319169000123450"),
            email: Some("kuznetsov@example.ru"),
            ..NO_CUSTOMER
        },
        accounts: &[
            NewServiceAccount {
                account_number: "100000000081",
                contract_number: "16-5000001",
                kind: "home",
                region_code: "kazan",
                address: Some("Казань, ул. Баумана, д. 20"),
                ..NO_ACCOUNT
            },
            NewServiceAccount {
                account_number: "100000000099",
                contract_number: "16-5000002",
                kind: "satellite",
                region_code: "kazan",
                smart_card: Some("700800900100"),
                chip_id: Some("3456789012"),
                ..NO_ACCOUNT
            },
        ],
        login: None,
    },
];

pub const IDENTITIES: &[DemoIdentity] = &[
    DemoIdentity {
        who: "Иванов Иван Иванович (individual, Moscow): mobile +7 916 123-45-67, home internet & TV 77-1000002",
        try_it: "sign in as ivanov, +79161234567, 77-1000001 or 100000000016 with Demo-Passw0rd; or SMS code to +79161234567",
    },
    DemoIdentity {
        who: "Петрова Анна Сергеевна (individual, St Petersburg): mobile +7 921 987-65-43, linear satellite TV 78-2000002 (chip 1234567890, card 100200300400)",
        try_it: "register: individual, born 01.07.1992, passport 4012 654321 (any valid issue date and division code), contract 78-2000002 (satellite) or 78-2000001 (mobile)",
    },
    DemoIdentity {
        who: "Сидоров Пётр Алексеевич (individual, Novosibirsk): interactive satellite TV 54-3000001, SIM 8970100000000000039 (chip 2345678901, card 500600700800)",
        try_it: "SMS password to SIM 8970100000000000039, then sign in with the SIM number and it; or register with passport 5004 112233, born 23.11.1978",
    },
    DemoIdentity {
        who: "ООО «Уралсвязь-Сервис» (legal entity, Yekaterinburg): home internet & TV 66-4000001, mobile +7 950 123-45-67",
        try_it: "sign in as uralsvyaz or 66-4000001 with Demo-Passw0rd (INN 6671000120, KPP 667101001, OGRN 1026600001230)",
    },
    DemoIdentity {
        who: "Кузнецов Алексей Петрович (sole proprietor, Kazan): home internet & TV 16-5000001, linear satellite TV 16-5000002 (chip 3456789012, card 700800900100)",
        try_it: "register: sole proprietor, INN 165500012389, OGRNIP 319169000123450, contract 16-5000001 (home)",
    },
];

#[cfg(test)]
mod tests {
    use shared::ids::*;

    use super::*;

    #[test]
    fn every_demo_identifier_is_valid_under_the_shared_parsers() {
        for demo in CUSTOMERS {
            let c = &demo.customer;
            if let Some(n) = c.full_name {
                PersonName::parse(n).expect("name");
            }
            if let Some(n) = c.company_name {
                CompanyName::parse(n).expect("company");
            }
            if let Some(s) = c.passport_series {
                PassportSeries::parse(s).expect("series");
            }
            if let Some(s) = c.passport_number {
                PassportNumber::parse(s).expect("number");
            }
            match c.legal_status {
                "legal_entity" => {
                    Inn::parse_legal_entity(c.inn.expect("inn")).expect("inn");
                    Kpp::parse(c.kpp.expect("kpp")).expect("kpp");
                    Ogrn::parse(c.ogrn.expect("ogrn")).expect("ogrn");
                }
                "sole_proprietor" => {
                    Inn::parse_individual(c.inn.expect("inn")).expect("inn");
                    Ogrnip::parse(c.ogrnip.expect("ogrnip")).expect("ogrnip");
                }
                _ => assert!(c.birth_date.is_some() && c.passport_number.is_some()),
            }
            if let Some(e) = c.email {
                Email::parse(e).expect("email");
            }
            if let Some(l) = demo.login {
                assert_eq!(Login::parse(l).expect("login").as_str(), l);
            }
            for a in demo.accounts {
                assert_eq!(
                    AccountNumber::parse(a.account_number)
                        .expect("account")
                        .as_str(),
                    a.account_number
                );
                assert_eq!(
                    ContractNumber::parse(a.contract_number)
                        .expect("contract")
                        .to_string(),
                    a.contract_number
                );
                if let Some(p) = a.phone {
                    assert_eq!(Phone::parse(p).expect("phone").to_string(), p);
                }
                if let Some(i) = a.iccid {
                    Iccid::parse(i).expect("iccid");
                }
                if let Some(s) = a.smart_card {
                    SmartCardNumber::parse(s).expect("card");
                }
                if let Some(s) = a.chip_id {
                    ChipId::parse(s).expect("chip");
                }
            }
        }
        NewPassword::parse(DEMO_PASSWORD).expect("demo password passes the policy");
    }

    #[test]
    fn all_statuses_services_and_three_regions_are_covered() {
        let statuses: std::collections::HashSet<_> =
            CUSTOMERS.iter().map(|c| c.customer.legal_status).collect();
        assert_eq!(statuses.len(), 3);
        let accounts = || CUSTOMERS.iter().flat_map(|c| c.accounts.iter());
        let kinds: std::collections::HashSet<_> = accounts().map(|a| a.kind).collect();
        assert_eq!(kinds.len(), 4);
        let regions: std::collections::HashSet<_> = accounts().map(|a| a.region_code).collect();
        assert!(regions.len() >= 3);
    }
}
