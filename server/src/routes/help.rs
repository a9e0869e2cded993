//! "Nothing works": the office application as a printable PDF, prefilled with what the
//! subscriber typed (PRODUCT 1.4). Public: whoever cannot sign in needs it most. Nothing is
//! stored; the form is checked with `shared::help` and printed.

use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use shared::help::{Application, ApplicationForm};
use shared::ids::SignInId;
use shared::{ApiError, ErrorCode};

use crate::http::HttpError;
use crate::pdf::{Document, render};

/// The identifier as the subscriber will recognise it on paper.
fn identifier_text(id: &SignInId) -> String {
    match id {
        SignInId::Phone(p) => format!("телефон {p}"),
        SignInId::Contract(c) => format!("договор {c}"),
        SignInId::Account(a) => format!("лицевой счёт {a}"),
        SignInId::Login(l) => format!("логин {l}"),
    }
}

/// The application's text.
fn document(app: &Application) -> Document {
    let mut rows = vec![
        ("ФИО заявителя".to_owned(), app.full_name.to_string()),
        (
            "Логин, телефон или номер договора".to_owned(),
            identifier_text(&app.identifier),
        ),
    ];
    if let Some(phone) = &app.contact_phone {
        rows.push(("Телефон для связи".to_owned(), phone.to_string()));
    }
    rows.push(("Что случилось".to_owned(), app.reason.clone()));
    let mut paragraphs = vec![
        "Прошу восстановить доступ к личному кабинету «Мой МТС» по договору, указанному выше."
            .to_owned(),
        "Прилагаю: паспорт гражданина РФ (предъявляется в офисе).".to_owned(),
    ];
    if app.on_behalf {
        paragraphs.push(
            "Заявление подаёт представитель владельца договора: прилагаю нотариально заверенную \
             доверенность."
                .to_owned(),
        );
    }
    paragraphs.push("Дата: ____________    Подпись: ____________________".to_owned());
    Document {
        title: "Заявление о восстановлении доступа".to_owned(),
        subtitle: "ПАО «МТС» · My MTS · application for restoring access".to_owned(),
        rows,
        paragraphs,
        footer: "Принесите заявление и паспорт в любой офис МТС вашего региона.".to_owned(),
    }
}

/// Print the office application. The body is the HTML form (`application/x-www-form-
/// urlencoded`), so the browser downloads the file without any script.
#[utoipa::path(
    post, path = "/api/help/application.pdf", tag = "auth",
    request_body(content = ApplicationForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The application", content_type = "application/pdf"),
        (status = 422, description = "A field is missing or malformed", body = ApiError),
    )
)]
pub async fn application(
    form: Result<Form<ApplicationForm>, FormRejection>,
) -> Result<Response, HttpError> {
    let Form(form) = form.map_err(|_| HttpError::new(ErrorCode::Validation))?;
    let app = form.parse().map_err(ApiError::from)?;
    let bytes = render(&document(&app)).map_err(|e| {
        tracing::error!(error = %e, "application PDF failed");
        HttpError::new(ErrorCode::Internal)
    })?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"mymts-application.pdf\""),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
