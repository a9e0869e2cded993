//! The identity SQL, once for both databases: `$N` placeholders, BIGINT times and flags,
//! `ON CONFLICT` and `RETURNING` mean the same on SQLite and PostgreSQL.

/// `(id, legal_status, full_name, company_name, birth_date, passport_series,
/// passport_number, inn, kpp, ogrn, ogrnip, email)`
pub(super) type CustomerRow = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

pub(super) const CUSTOMER_COLUMNS: &str = "id, legal_status, full_name, company_name, birth_date, \
     passport_series, passport_number, inn, kpp, ogrn, ogrnip, email";

pub(super) fn customer_from_row(r: CustomerRow) -> super::CustomerRecord {
    super::CustomerRecord {
        id: r.0,
        legal_status: r.1,
        full_name: r.2,
        company_name: r.3,
        birth_date: r.4,
        passport_series: r.5,
        passport_number: r.6,
        inn: r.7,
        kpp: r.8,
        ogrn: r.9,
        ogrnip: r.10,
        email: r.11,
    }
}

pub(super) type SessionRow = (i64, i64, String, String, String, i64, i64, i64);

pub(super) const SESSION_COLUMNS: &str =
    "id, customer_id, csrf_hash, user_agent, ip, created_at, last_seen_at, must_change_password";

pub(super) fn session_from_row(r: SessionRow) -> super::SessionRecord {
    super::SessionRecord {
        id: r.0,
        customer_id: r.1,
        csrf_hash: r.2,
        user_agent: r.3,
        ip: r.4,
        created_at: r.5,
        last_seen_at: r.6,
        must_change_password: r.7 != 0,
    }
}

/// `impl IdentityStore` for a store with a `pool` field of the backend's pool type. The
/// methods live in `sql_customers.rs`, `sql_sessions.rs` and `sql_codes.rs`; each macro adds
/// its methods and passes them on, the last one wraps them all in the `#[async_trait]` impl
/// (the attribute must see the methods, not macro calls).
macro_rules! identity_store_impl {
    ($store:ty) => {
        customer_methods! { $store; }
    };
}
