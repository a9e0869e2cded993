//! Dates as the app shows them, read by the browser's `Date`: chrono's parser and formatter
//! would cost more of the initial load than the pages that show dates.

use js_sys::Date;

/// `DD.MM.YYYY HH:MM` in the browser's time zone for an RFC 3339 instant.
pub fn local_time(rfc3339: &str) -> String {
    let t = Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if t.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    format!(
        "{:02}.{:02}.{} {:02}:{:02}",
        t.get_date(),
        t.get_month() + 1,
        t.get_full_year(),
        t.get_hours(),
        t.get_minutes()
    )
}

/// `DD.MM.YYYY` for an ISO date (`YYYY-MM-DD`), `days` later (may be negative).
pub fn day(iso: &str, days: i32) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_owned();
    };
    let ms = Date::utc(f64::from(y), f64::from(m) - 1.0);
    let t = Date::new(&wasm_bindgen::JsValue::from_f64(
        ms + (f64::from(d) - 1.0 + f64::from(days)) * 86_400_000.0,
    ));
    format!(
        "{:02}.{:02}.{}",
        t.get_utc_date(),
        t.get_utc_month() + 1,
        t.get_utc_full_year()
    )
}

/// Today in the browser's calendar (age, passport and card-expiry rules take it).
pub fn today() -> chrono::NaiveDate {
    let now = Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Milliseconds from now until an RFC 3339 instant (negative when it is past), by the
/// browser's clock; `None` for an unreadable instant.
pub fn ms_until(rfc3339: &str) -> Option<f64> {
    let t = Date::new(&wasm_bindgen::JsValue::from_str(rfc3339)).get_time();
    (!t.is_nan()).then(|| t - Date::now())
}

/// `DD.MM.YYYY HH:MM` in the browser's time zone, `days` from now.
pub fn local_time_in_days(days: u32) -> String {
    let t = Date::new(&wasm_bindgen::JsValue::from_f64(
        Date::now() + f64::from(days) * 86_400_000.0,
    ));
    local_time(&String::from(t.to_iso_string()))
}
