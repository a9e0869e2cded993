//! The sandbox bank's 3-D Secure page: plain server-rendered HTML (no scripts), as a bank's
//! page would be. It is reached by the unguessable payment id and needs the code, not the
//! customer's session: the real one lives on the bank's site.

use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use shared::Lang;
use shared::api::payments::PaymentStatus;

use crate::domain::money::acquirer::{CHALLENGE_CODE, CHALLENGE_MAX_ATTEMPTS};
use crate::domain::money::payments::payment_entry;
use crate::domain::secrets;
use crate::http::HttpError;
use crate::state::AppState;
use crate::store::money::PaymentRecord;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ChallengeForm {
    /// The confirmation code (in the sandbox: 123456).
    #[serde(default)]
    pub code: String,
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>body{{font-family:system-ui,sans-serif;max-width:28rem;\
         margin:2rem auto;padding:0 1rem;line-height:1.5}}label,input,button{{display:block;\
         font-size:1.1rem;margin:.5rem 0}}input{{padding:.5rem}}button{{padding:.5rem 1.5rem}}\
         .error{{color:#b00020}}</style></head><body><p>Тестовый банк · Sandbox bank</p>\
         <h1>{title}</h1>{body}</body></html>"
    );
    let mut res = (status, Html(html)).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn form(p: &PaymentRecord, error: Option<&str>) -> String {
    let amount = p.amount.format(Lang::Ru);
    let card = p.card_last4.as_deref().unwrap_or("····");
    let error = error
        .map(|e| format!("<p class=\"error\" role=\"alert\">{e}</p>"))
        .unwrap_or_default();
    format!(
        "<p>Оплата услуг МТС: <strong>{amount}</strong>, карта •••• {card}.</p>\
         <p>Введите код подтверждения из SMS банка (в тестовом банке — {CHALLENGE_CODE}).</p>\
         {error}<form method=\"post\" action=\"/api/payments/3ds/{id}\">\
         <label for=\"code\">Код подтверждения</label>\
         <input id=\"code\" name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" \
         maxlength=\"6\" required autofocus><button type=\"submit\">Подтвердить</button></form>",
        id = p.id
    )
}

fn done(p: &PaymentRecord) -> Response {
    let body = format!(
        "<p>Платёж на {} проведён. Деньги зачислены на счёт.</p>\
         <p><a href=\"/payments?paid={}\">Вернуться в личный кабинет</a></p>",
        p.amount.format(Lang::Ru),
        p.id
    );
    page(StatusCode::OK, "Платёж подтверждён", &body)
}

fn failed() -> Response {
    page(
        StatusCode::PAYMENT_REQUIRED,
        "Платёж не подтверждён",
        "<p>Деньги не списаны. Вернитесь в личный кабинет и попробуйте ещё раз.</p>\
         <p><a href=\"/payments\">Вернуться в личный кабинет</a></p>",
    )
}

/// A code arrived while the last try was being judged.
fn busy() -> Response {
    page(
        StatusCode::TOO_MANY_REQUESTS,
        "Слишком много попыток",
        "<p>Подождите результата предыдущей попытки и обновите страницу.</p>",
    )
}

fn not_found() -> Response {
    page(
        StatusCode::NOT_FOUND,
        "Платёж не найден",
        "<p><a href=\"/payments\">Вернуться в личный кабинет</a></p>",
    )
}

fn state_page(p: &PaymentRecord) -> Response {
    match PaymentStatus::from_name(&p.status) {
        Some(PaymentStatus::RequiresConfirmation) => {
            page(StatusCode::OK, "Подтверждение платежа", &form(p, None))
        }
        Some(PaymentStatus::Succeeded) => done(p),
        _ => failed(),
    }
}

/// The 3-D Secure page of a payment waiting for confirmation (HTML).
#[utoipa::path(
    get, path = "/api/payments/3ds/{id}", tag = "money",
    params(("id" = String, Path, description = "payment id")),
    responses(
        (status = 200, description = "The confirmation form (or the outcome)", content_type = "text/html", body = String),
        (status = 402, description = "The payment failed (too many wrong codes)", content_type = "text/html", body = String),
        (status = 404, description = "No such payment", content_type = "text/html", body = String),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, HttpError> {
    Ok(match state.store.payment(&id).await? {
        Some(p) => state_page(&p),
        None => not_found(),
    })
}

/// Confirm a payment with the code (HTML form post).
#[utoipa::path(
    post, path = "/api/payments/3ds/{id}", tag = "money",
    params(("id" = String, Path, description = "payment id")),
    request_body(content = ChallengeForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "Confirmed: the money is on the balance", content_type = "text/html", body = String),
        (status = 402, description = "Too many wrong codes: the payment failed", content_type = "text/html", body = String),
        (status = 404, description = "No such payment", content_type = "text/html", body = String),
        (status = 422, description = "Wrong code: the form again", content_type = "text/html", body = String),
        (status = 429, description = "A code arrived while the last try was being judged", content_type = "text/html", body = String),
    )
)]
pub async fn confirm(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form_data: Result<Form<ChallengeForm>, FormRejection>,
) -> Result<Response, HttpError> {
    let Some(p) = state.store.payment(&id).await? else {
        return Ok(not_found());
    };
    if p.status != PaymentStatus::RequiresConfirmation.as_str() {
        return Ok(state_page(&p));
    }
    let code = form_data.map(|Form(f)| f.code).unwrap_or_default();
    // The try is counted before the code is compared: codes sent at once get no extra tries.
    let Some(attempt) = state
        .store
        .reserve_confirmation(&p.id, CHALLENGE_MAX_ATTEMPTS)
        .await?
    else {
        return Ok(match state.store.payment(&id).await? {
            // Its last try is being judged right now.
            Some(p) if p.status == PaymentStatus::RequiresConfirmation.as_str() => busy(),
            Some(p) => state_page(&p),
            None => not_found(),
        });
    };
    if secrets::same(code.trim(), CHALLENGE_CODE) {
        let now = state.clock.unix();
        let entry = payment_entry(&p, now)?;
        if state.store.confirm_payment(&p.id, &entry, now).await? {
            tracing::info!(payment = %p.id, "3-D Secure confirmed");
        }
        return Ok(match state.store.payment(&id).await? {
            Some(p) => state_page(&p),
            None => not_found(),
        });
    }
    if attempt < CHALLENGE_MAX_ATTEMPTS {
        return Ok(page(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Подтверждение платежа",
            &form(&p, Some("Неверный код. Попробуйте ещё раз.")),
        ));
    }
    state
        .store
        .fail_confirmation(&p.id, CHALLENGE_MAX_ATTEMPTS)
        .await?;
    Ok(match state.store.payment(&id).await? {
        Some(p) => state_page(&p),
        None => not_found(),
    })
}
