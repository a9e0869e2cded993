use crate::both_backends;
use crate::helpers::TestApp;

async fn metrics_count_requests_by_route_template(app: TestApp) {
    for _ in 0..3 {
        assert_eq!(app.get("/api/health").await.status(), 200);
    }
    app.get("/api/nope/123").await;
    app.get("/api/nope/456").await;
    let res = app.get("/metrics").await;
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

both_backends!(metrics_count_requests_by_route_template);
