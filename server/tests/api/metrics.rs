use crate::both_backends;
use crate::helpers::{Backend, METRICS_TOKEN, TestApp, error_code, spawn_app_with};

async fn scrape(app: &TestApp, token: Option<&str>) -> reqwest::Response {
    let mut req = app.client.get(app.url("/metrics"));
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    req.send().await.expect("GET /metrics")
}

async fn metrics_count_requests_by_route_template(app: TestApp) {
    for _ in 0..3 {
        assert_eq!(app.get("/api/health").await.status(), 200);
    }
    app.get("/api/nope/123").await;
    app.get("/api/nope/456").await;
    let res = scrape(&app, Some(METRICS_TOKEN)).await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.expect("text");
    assert!(
        text.contains(
            r#"mymts_http_requests_total{method="GET",route="/api/health",status="200"} 3"#
        ),
        "{text}"
    );
    // Unknown paths share one series: no label per raw path.
    assert!(
        text.contains(r#"route="/api/{*rest}",status="404"} 2"#),
        "{text}"
    );
    assert!(!text.contains("/api/nope"), "{text}");
    assert!(text.contains(
        r#"mymts_http_request_duration_seconds_count{method="GET",route="/api/health"} 3"#
    ));
}

/// Metrics are for the operator's scraper: only with the configured token, and not at all
/// without one.
async fn metrics_need_the_configured_token(app: TestApp) {
    for token in [None, Some("wrong-token"), Some("")] {
        let res = scrape(&app, token).await;
        assert_eq!(res.status(), 401, "{token:?}");
        assert_eq!(error_code(res).await, "unauthorized");
    }
    let unset = spawn_app_with(Backend::Sqlite, |s| {
        s.metrics_token = secrecy::SecretString::from("");
    })
    .await;
    let res = scrape(&unset, Some(METRICS_TOKEN)).await;
    assert_eq!(res.status(), 404);
    assert_eq!(error_code(res).await, "not_found");
}

both_backends!(
    metrics_count_requests_by_route_template,
    metrics_need_the_configured_token,
);
