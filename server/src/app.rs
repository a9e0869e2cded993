//! Router assembly: API routes (documented), meta routes, the SPA, and the middleware stack.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::routing::any;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use secrecy::ExposeSecret;

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::delivery::{Mailer, Outbox, SmtpMailer};
use crate::domain::password::Hasher;
use crate::http::error::{api_not_found, method_not_allowed};
use crate::http::limits::{self, Limits};
use crate::http::metrics::{Metrics, track};
use crate::http::spa::{self, Spa};
use crate::routes;
use crate::state::AppState;
use crate::store::Store;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "My MTS API",
        description = "The subscriber's personal account. Every error is an ApiError with a \
                       stable `code`; amounts are integer kopecks."
    ),
    components(schemas(shared::ApiError, shared::ErrorCode))
)]
struct ApiDoc;

/// Every documented route. A route added anywhere else is caught by the API tests.
fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(routes::health::health))
        .routes(routes!(routes::regions::list))
        .routes(routes!(routes::catalogue::tariffs::list))
        .routes(routes!(routes::catalogue::tariffs::compare))
        .routes(routes!(routes::catalogue::tariffs::detail))
        .routes(routes!(routes::catalogue::tv::channels))
        .routes(routes!(routes::catalogue::tv::packages))
        .routes(routes!(routes::catalogue::tv::personal_price))
        .routes(routes!(routes::catalogue::offices::list))
        .routes(with_body_limit(
            routes!(routes::client_errors::report),
            routes::client_errors::REPORT_BODY_LIMIT,
        ))
        .routes(routes!(routes::meta::openapi))
        .routes(routes!(routes::meta::docs))
        .routes(routes!(routes::meta::metrics))
        .routes(routes!(routes::auth::session::current))
        .routes(routes!(routes::auth::session::logout))
        .routes(routes!(routes::auth::session::list))
        .routes(routes!(routes::auth::session::end))
        .routes(routes!(routes::auth::session::end_others))
        .routes(routes!(routes::auth::sign_in::password))
        .routes(routes!(routes::auth::sign_in::sim))
        .routes(routes!(routes::auth::sign_in::change))
        .routes(routes!(routes::auth::sms::request_code))
        .routes(routes!(routes::auth::sms::sign_in_with_code))
        .routes(routes!(routes::auth::sms::request_password))
        .routes(routes!(routes::auth::register::challenge))
        .routes(routes!(routes::auth::register::register))
        .routes(routes!(routes::auth::recovery::request_code))
        .routes(routes!(routes::auth::recovery::set_password))
        .routes(routes!(routes::auth::recovery::satellite_login))
        .routes(routes!(routes::help::application))
        .routes(routes!(routes::auth::oidc::provider))
        .routes(routes!(routes::auth::oidc::start))
        .routes(routes!(routes::auth::oidc::link_start))
        .routes(routes!(routes::auth::oidc::callback))
        .routes(routes!(
            routes::auth::oidc::links,
            routes::auth::oidc::unlink
        ))
        .routes(routes!(routes::dev::outbox))
        .routes(routes!(routes::dev::ledger_check))
        .routes(routes!(routes::dev::run_jobs))
        .routes(routes!(routes::dev::jobs))
        .routes(routes!(routes::money::dashboard::show))
        .routes(routes!(routes::money::payments::card))
        .routes(routes!(routes::money::payments::saved_card))
        .routes(routes!(routes::money::payments::get))
        .routes(routes!(routes::money::payments::receipt))
        .routes(routes!(
            routes::money::three_ds::show,
            routes::money::three_ds::confirm
        ))
        .routes(routes!(routes::money::cards::list))
        .routes(routes!(routes::money::cards::delete))
        .routes(routes!(routes::money::gateway::post))
        .routes(routes!(routes::money::usage::post))
        .routes(routes!(
            routes::money::promised::show,
            routes::money::promised::take
        ))
        .routes(routes!(
            routes::money::autopay::list,
            routes::money::autopay::create
        ))
        .routes(routes!(
            routes::money::autopay::update,
            routes::money::autopay::delete
        ))
        .routes(routes!(routes::money::autopay::pause))
        .routes(routes!(routes::money::autopay::resume))
        .routes(routes!(routes::money::autopay::attempts))
        .routes(routes!(routes::money::expenses::show))
        .routes(routes!(
            routes::money::expenses::set_limit,
            routes::money::expenses::remove_limit
        ))
        .routes(routes!(routes::money::expenses::by_category))
        .routes(routes!(routes::money::expenses::services))
        .routes(routes!(routes::money::expenses::restriction))
        .routes(routes!(routes::money::bonus::show))
        .routes(routes!(
            routes::money::bonus::rewards,
            routes::money::bonus::buy
        ))
        .routes(routes!(routes::money::bonus::pay_fee))
        .routes(routes!(routes::money::bonus::transfer))
        .routes(routes!(routes::money::public_balance::check))
        .routes(routes!(routes::money::history::page))
        .routes(routes!(routes::money::history::csv))
        .routes(routes!(routes::dev::answer))
        .routes(routes!(
            routes::mobile::numbers::list,
            routes::mobile::numbers::add
        ))
        .routes(routes!(routes::mobile::numbers::confirm))
        .routes(routes!(routes::mobile::numbers::remove))
        .routes(routes!(routes::mobile::numbers::managers))
        .routes(routes!(routes::mobile::numbers::revoke))
        .routes(routes!(
            routes::mobile::sms::list,
            routes::mobile::sms::send
        ))
        .routes(routes!(
            routes::mobile::blacklist::list,
            routes::mobile::blacklist::add
        ))
        .routes(routes!(routes::mobile::blacklist::remove))
        .routes(routes!(routes::mobile::blacklist::blocked_calls))
        .routes(routes!(
            routes::support::threads::create,
            routes::support::threads::list
        ))
        .routes(routes!(routes::support::threads::get))
        .routes(routes!(routes::support::threads::reply))
        .routes(routes!(routes::support::threads::close))
        .routes(with_body_limit(
            routes!(routes::support::attachments::upload),
            routes::support::attachments::UPLOAD_BODY_LIMIT,
        ))
        .routes(routes!(routes::support::attachments::download))
        .routes(routes!(routes::profile::contacts::get))
        .routes(routes!(routes::profile::contacts::request_email))
        .routes(routes!(routes::profile::contacts::confirm_email))
        .routes(routes!(routes::profile::contacts::request_phone))
        .routes(routes!(routes::profile::contacts::confirm_phone))
        .routes(routes!(routes::profile::notifications::list))
        .routes(routes!(routes::profile::notifications::unread))
        .routes(routes!(routes::profile::notifications::mark_read))
        .routes(routes!(routes::profile::notifications::mark_all_read))
        .routes(routes!(
            routes::profile::notifications::get_preferences,
            routes::profile::notifications::put_preferences
        ))
        .routes(routes!(routes::services::changes::preview))
        .routes(routes!(routes::services::changes::confirm))
        .routes(routes!(routes::services::changes::cancel))
        .routes(routes!(routes::services::changes::unblock))
        .routes(routes!(routes::services::views::options))
        .routes(routes!(routes::services::views::my_services))
        .routes(routes!(routes::services::views::activation_log))
        .routes(routes!(routes::services::views::blocking))
        .routes(routes!(routes::services::views::my_tv))
        .routes(routes!(routes::services::views::internet))
}

/// A documented route with its own body limit (uploads are larger than JSON requests).
fn with_body_limit(
    route: utoipa_axum::router::UtoipaMethodRouter<AppState>,
    limit: usize,
) -> utoipa_axum::router::UtoipaMethodRouter<AppState> {
    let (schemas, paths, method_router) = route;
    (
        schemas,
        paths,
        method_router.layer(DefaultBodyLimit::max(limit)),
    )
}

/// The OpenAPI document of this build (also used by tests and `--openapi`).
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = api_routes().into_openapi();
    document_json_refusals(&mut doc);
    doc
}

/// What every operation with a JSON body may answer before its handler runs (the `ApiJson`
/// extractor and the body limit): 400 `malformed_json`, 413 `payload_too_large` and 415
/// `unsupported_media_type`. Added here once rather than on each `#[utoipa::path]`; an
/// operation that documents one of them itself keeps its own description.
fn document_json_refusals(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let refusals = [
        (
            "400",
            "malformed_json: the body is not the JSON this operation takes",
        ),
        ("413", "payload_too_large: the body is over the size limit"),
        (
            "415",
            "unsupported_media_type: the body is not application/json",
        ),
    ];
    for item in doc.paths.paths.values_mut() {
        for op in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            let json_body = op
                .request_body
                .as_ref()
                .is_some_and(|b| b.content.contains_key("application/json"));
            if !json_body {
                continue;
            }
            for (status, description) in refusals {
                op.responses
                    .responses
                    .entry(status.to_owned())
                    .or_insert_with(|| {
                        ResponseBuilder::new()
                            .description(description)
                            .content(
                                "application/json",
                                ContentBuilder::new()
                                    .schema(Some(Ref::from_schema_name("ApiError")))
                                    .build(),
                            )
                            .build()
                            .into()
                    });
            }
        }
    }
}

pub fn build(store: Arc<dyn Store>, settings: Arc<Settings>) -> Router {
    build_with_clock(store, settings, Arc::new(SystemClock))
}

/// [`build`] with a chosen clock (tests move time forward).
pub fn build_with_clock(
    store: Arc<dyn Store>,
    settings: Arc<Settings>,
    clock: Arc<dyn Clock>,
) -> Router {
    router(state(store, settings, clock))
}

/// What every handler (and the job runner) can reach.
pub fn state(store: Arc<dyn Store>, settings: Arc<Settings>, clock: Arc<dyn Clock>) -> AppState {
    let doc = openapi();
    let outbox = Arc::new(Outbox::new(store.clone(), clock.clone()));
    let secret_key = match settings.secret_key.expose_secret() {
        "" => crate::domain::secrets::token().into_bytes(),
        key => key.as_bytes().to_vec(),
    };
    let doc_value = serde_json::to_value(&doc).unwrap_or_default();
    AppState {
        store,
        metrics: Arc::new(Metrics::new()),
        openapi_json: Arc::new(doc_value.to_string()),
        docs_html: Arc::new(crate::docs_page::render(&doc_value)),
        spa: Spa::new(settings.dist_dir.clone()),
        settings: settings.clone(),
        clock,
        mailer: mailer(&settings, outbox.clone()),
        sms: outbox,
        hasher: Arc::new(Hasher::new(
            settings.argon2_memory_kib,
            settings.argon2_iterations,
        )),
        secret_key: Arc::new(secret_key),
        oidc: crate::domain::oidc::OidcClient::from_settings(&settings).map(Arc::new),
    }
}

/// The router over `state`: the API, meta routes, the SPA and the middleware stack.
pub fn router(state: AppState) -> Router {
    let (router, _) = api_routes().split_for_parts();
    let settings = state.settings.clone();
    let request_id = HeaderName::from_static("x-request-id");
    // HSTS only when the site is served over https (a browser ignores it over http, and a
    // local http run must not pin anything).
    let hsts = settings
        .secure_cookies()
        .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));

    router
        .route("/api", any(api_not_found))
        .route("/api/", any(api_not_found))
        .route("/api/{*rest}", any(api_not_found))
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(spa::serve)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(Limits {
                body_bytes: settings.body_limit_bytes,
                timeout: Duration::from_secs(settings.request_timeout_secs.max(1)),
            }),
            limits::enforce,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.metrics.clone(),
            track,
        ))
        .layer(DefaultBodyLimit::max(settings.body_limit_bytes))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(request_id.clone(), MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(|req: &Request<_>| {
                            let id = req
                                .headers()
                                .get("x-request-id")
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or_default();
                            // The path only: query strings may carry secrets.
                            tracing::info_span!(
                                "request",
                                method = %req.method(),
                                path = %req.uri().path(),
                                request_id = %id,
                            )
                        })
                        .on_request(())
                        .on_response(
                            DefaultOnResponse::new()
                                .level(Level::INFO)
                                .latency_unit(tower_http::LatencyUnit::Micros),
                        ),
                )
                .layer(PropagateRequestIdLayer::new(request_id))
                .layer(CatchPanicLayer::custom(panic_response))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::REFERRER_POLICY,
                    HeaderValue::from_static("strict-origin-when-cross-origin"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::X_FRAME_OPTIONS,
                    HeaderValue::from_static("DENY"),
                ))
                // App pages carry their full policy (`http::spa`); everything else runs no
                // script and refuses to be framed.
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(crate::http::csp::NOT_AN_APP_PAGE),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::STRICT_TRANSPORT_SECURITY,
                    hsts,
                ))
                .layer(CompressionLayer::new()),
        )
        .with_state(state)
}

/// SMTP when `smtp_url` is set (checked at start), else the dev outbox.
fn mailer(settings: &Settings, outbox: Arc<Outbox>) -> Arc<dyn Mailer> {
    let url = settings.smtp_url.expose_secret();
    if url.is_empty() {
        return outbox;
    }
    match SmtpMailer::new(url, &settings.smtp_from) {
        Ok(smtp) => Arc::new(smtp),
        Err(err) => {
            tracing::error!(error = %err, "SMTP unusable; e-mail goes to the outbox");
            outbox
        }
    }
}

/// A panic in a handler becomes a JSON 500 (and is logged), never a dropped connection.
fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    use axum::response::IntoResponse;
    tracing::error!("handler panicked");
    crate::http::HttpError::new(shared::ErrorCode::Internal).into_response()
}

/// How long in-flight requests get after a shutdown signal.
pub fn grace(settings: &Settings) -> Duration {
    Duration::from_secs(settings.shutdown_grace_secs)
}
