//! The ledger as a statement: filters, keyset pages (a cursor is the opaque `(created_at,
//! id)` of the last entry shown, so entries added meanwhile never shift a page) and CSV.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use shared::api::history::{HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT, LedgerEntryView};
use shared::ids::parse_date;
use shared::ledger::EntryKind;
use shared::{ApiError, ErrorCode, FieldError, Lang};

use super::midnight;
use crate::clock::from_unix;
use crate::http::HttpError;
use crate::store::money::{EntryRecord, HistoryFilter};

/// Query parameters as sent.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    /// Service account id (default: the customer's first account).
    pub account: Option<i64>,
    /// First day, `YYYY-MM-DD` (UTC), inclusive.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), inclusive.
    pub to: Option<String>,
    /// One entry kind, e.g. `payment` or `usage_charge`.
    pub kind: Option<String>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Page size, 1–100 (default 20). Ignored by the CSV export.
    pub limit: Option<u32>,
    /// `ru` (default) or `en`: the language of `text`.
    pub lang: Option<String>,
}

pub fn encode_cursor(created_at: i64, id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{created_at}:{id}"))
}

pub fn decode_cursor(cursor: &str) -> Option<(i64, i64)> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor.trim()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (at, id) = text.split_once(':')?;
    Some((at.parse().ok()?, id.parse().ok()?))
}

fn invalid(field: &str) -> HttpError {
    HttpError(ApiError::new(ErrorCode::Validation).with_field(field))
}

fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The store filter of a query (`limit` + 1 rows are asked for, to know if there is more).
pub fn filter(q: &HistoryQuery, paged: bool) -> Result<HistoryFilter, HttpError> {
    let from = non_empty(&q.from)
        .map(|s| parse_date(s, "from"))
        .transpose()
        .map_err(HttpError::from)?;
    let to = non_empty(&q.to)
        .map(|s| parse_date(s, "to"))
        .transpose()
        .map_err(HttpError::from)?;
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(FieldError::new("to", ErrorCode::InvalidPeriod).into());
    }
    let kind = non_empty(&q.kind)
        .map(|k| EntryKind::from_name(k).ok_or_else(|| invalid("kind")))
        .transpose()?;
    let before = match (paged, non_empty(&q.cursor)) {
        (true, Some(c)) => Some(decode_cursor(c).ok_or_else(|| invalid("cursor"))?),
        _ => None,
    };
    let limit = if paged {
        let l = q.limit.unwrap_or(HISTORY_DEFAULT_LIMIT);
        if !(1..=HISTORY_MAX_LIMIT).contains(&l) {
            return Err(invalid("limit"));
        }
        i64::from(l) + 1
    } else {
        CSV_MAX_ROWS
    };
    Ok(HistoryFilter {
        from: from.map(midnight),
        to: to.and_then(|t| t.succ_opt()).map(midnight),
        kind,
        before,
        limit,
    })
}

/// The most rows one CSV export holds.
pub const CSV_MAX_ROWS: i64 = 10_000;

pub fn lang(q: &HistoryQuery) -> Lang {
    non_empty(&q.lang)
        .and_then(Lang::from_tag)
        .unwrap_or_default()
}

pub fn view(e: EntryRecord, lang: Lang) -> LedgerEntryView {
    LedgerEntryView {
        text: e.explanation.text(e.amount, lang),
        id: e.id,
        account_id: e.account_id,
        kind: e.kind,
        amount: e.amount,
        created_at: from_unix(e.created_at),
        payment_id: e.payment_id,
        explanation: e.explanation,
    }
}

/// One CSV field: quoted when it holds a separator, quote or line break (RFC 4180).
pub fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// The statement as CSV: a UTF-8 BOM (spreadsheets then read Cyrillic right), a header row,
/// one row per entry. Amounts are plain decimals of roubles (`-550.00`).
pub fn csv(entries: &[LedgerEntryView], lang: Lang) -> String {
    let header = match lang {
        Lang::Ru => [
            "Дата и время (UTC)",
            "Вид",
            "Сумма, ₽",
            "Описание",
            "Платёж",
        ],
        Lang::En => [
            "Date and time (UTC)",
            "Kind",
            "Amount, RUB",
            "Description",
            "Payment",
        ],
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&header.map(csv_field).join(","));
    out.push_str("\r\n");
    for e in entries {
        let k = e.amount.kopecks();
        let sign = if k < 0 { "-" } else { "" };
        let amount = format!(
            "{sign}{}.{:02}",
            k.unsigned_abs() / 100,
            k.unsigned_abs() % 100
        );
        let row = [
            e.created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
            e.kind.label(lang).to_owned(),
            amount,
            e.text.replace('\u{a0}', " "),
            e.payment_id.clone().unwrap_or_default(),
        ];
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        let c = encode_cursor(1_700_000_000, 42);
        assert_eq!(decode_cursor(&c), Some((1_700_000_000, 42)));
        assert_eq!(decode_cursor("!!"), None);
        assert_eq!(decode_cursor(&URL_SAFE_NO_PAD.encode("1:x")), None);
    }

    #[test]
    fn csv_fields_are_escaped() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn filters_are_checked() {
        let q = |f: fn(&mut HistoryQuery)| {
            let mut q = HistoryQuery::default();
            f(&mut q);
            filter(&q, true)
        };
        assert_eq!(q(|_| {}).expect("default").limit, 21);
        assert!(q(|q| q.kind = Some("bogus".into())).is_err());
        assert!(q(|q| q.limit = Some(0)).is_err());
        assert!(q(|q| q.limit = Some(101)).is_err());
        assert!(q(|q| q.cursor = Some("nope".into())).is_err());
        assert!(
            q(|q| {
                q.from = Some("2026-02-01".into());
                q.to = Some("2026-01-01".into());
            })
            .is_err()
        );
        let f = q(|q| {
            q.from = Some("2026-01-01".into());
            q.to = Some("2026-01-31".into());
            q.kind = Some("payment".into());
        })
        .expect("ok");
        assert_eq!(f.to.zip(f.from).map(|(t, f)| t - f), Some(31 * 86_400));
        assert_eq!(f.kind, Some(EntryKind::Payment));
    }
}
