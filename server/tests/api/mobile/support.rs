use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use super::{ivanov, json, uralsvyaz};
use crate::helpers::{Browser, TestApp, error_code, join_all, spawn_app_with};
use crate::{both_backends, both_backends_at_once};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR fake but magic-correct";
const MAX: usize = 2 * 1024 * 1024;

async fn ask(b: &Browser) -> Value {
    let res = b
        .post(
            "/api/support/threads",
            &json!({"subject": "Не работает интернет", "text": "Со вчерашнего вечера нет связи.\nРоутер перезагружал."}),
        )
        .await;
    assert_eq!(res.status(), 201);
    json(res).await
}

async fn upload(
    b: &Browser,
    thread: i64,
    name: &str,
    mime: &str,
    bytes: Vec<u8>,
    csrf: bool,
) -> reqwest::Response {
    let part = Part::bytes(bytes)
        .file_name(name.to_owned())
        .mime_str(mime)
        .expect("mime");
    let mut req = b
        .client
        .post(b.url(&format!("/api/support/threads/{thread}/attachments")))
        .multipart(Form::new().text("note", "hello").part("file", part));
    if csrf {
        req = req.header("x-csrf-token", b.csrf());
    }
    req.send().await.expect("upload")
}

async fn a_question_is_answered_replied_and_closed(app: TestApp) {
    let b = ivanov(&app).await;
    let thread = ask(&b).await;
    assert_eq!(thread["thread"]["status"], "open");
    assert_eq!(thread["messages"][0]["author"], "customer");
    let id = thread["thread"]["id"].as_i64().expect("id");
    let list = json(b.get("/api/support/threads").await).await;
    assert_eq!(list[0]["id"], id);
    let res = app
        .post_json(
            &format!("/api/dev/support/{id}/answer"),
            &json!({"text": "Проверили линию, авария устранена."}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let answered = json(res).await;
    assert_eq!(answered["thread"]["status"], "answered");
    assert_eq!(answered["messages"][1]["author"], "operator");
    let res = b
        .post(
            &format!("/api/support/threads/{id}/messages"),
            &json!({"text": "Спасибо, работает."}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let replied = json(res).await;
    assert_eq!(replied["thread"]["status"], "open");
    assert_eq!(replied["messages"].as_array().map(Vec::len), Some(3));
    let res = b
        .post(&format!("/api/support/threads/{id}/close"), &json!({}))
        .await;
    assert_eq!(json(res).await["thread"]["status"], "closed");
    let res = b
        .post(
            &format!("/api/support/threads/{id}/messages"),
            &json!({"text": "Ещё вопрос"}),
        )
        .await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "support_thread_closed");
    let res = upload(&b, id, "a.png", "image/png", PNG.to_vec(), true).await;
    assert_eq!(error_code(res).await, "support_thread_closed");
    let res = app
        .post_json(
            &format!("/api/dev/support/{id}/answer"),
            &json!({"text": "x"}),
        )
        .await;
    assert_eq!(error_code(res).await, "support_thread_closed");
    let detail = json(b.get(&format!("/api/support/threads/{id}")).await).await;
    assert_eq!(detail["messages"].as_array().map(Vec::len), Some(3));
}

async fn attachments_are_stored_and_downloaded_by_the_owner(app: TestApp) {
    let b = ivanov(&app).await;
    let id = ask(&b).await["thread"]["id"].as_i64().expect("id");
    let res = upload(
        &b,
        id,
        "C:\\Users\\ivan\\скрин экрана.png",
        "image/png",
        PNG.to_vec(),
        true,
    )
    .await;
    assert_eq!(res.status(), 201);
    let att = json(res).await;
    assert_eq!(
        (att["kind"].as_str(), att["name"].as_str()),
        (Some("png"), Some("скрин экрана.png"))
    );
    assert_eq!(att["size"], PNG.len());
    let att_id = att["id"].as_str().expect("id").to_owned();
    assert!(att_id.len() >= 40, "a random id: {att_id}");
    let detail = json(b.get(&format!("/api/support/threads/{id}")).await).await;
    assert_eq!(detail["attachments"][0]["id"], att_id.as_str());
    // A PDF with a misleading name and type gets the real type's extension.
    let res = upload(
        &b,
        id,
        "bill.exe",
        "application/x-msdownload",
        b"%PDF-1.7\n%...".to_vec(),
        true,
    )
    .await;
    assert_eq!(res.status(), 201);
    assert_eq!(json(res).await["kind"], "pdf");
    let res = b.get(&format!("/api/support/attachments/{att_id}")).await;
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert_eq!(h["content-type"], "image/png");
    assert_eq!(
        h["content-disposition"],
        "attachment; filename=\"attachment.png\""
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(res.bytes().await.expect("bytes").as_ref(), PNG);
    // Nobody else can fetch it, nor anyone signed out.
    let other = uralsvyaz(&app).await;
    assert_eq!(
        other
            .get(&format!("/api/support/attachments/{att_id}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/api/support/attachments/{att_id}"))
            .await
            .status(),
        401
    );
    assert_eq!(b.get("/api/support/attachments/nope").await.status(), 404);
}

async fn attachments_are_checked(app: TestApp) {
    let b = ivanov(&app).await;
    let id = ask(&b).await["thread"]["id"].as_i64().expect("id");
    let mut big = PNG.to_vec();
    big.resize(MAX + 1, 0);
    let res = upload(&b, id, "big.png", "image/png", big, true).await;
    assert_eq!(res.status(), 413);
    assert_eq!(error_code(res).await, "attachment_too_large");
    let mut just = PNG.to_vec();
    just.resize(MAX, 0);
    assert_eq!(
        upload(&b, id, "max.png", "image/png", just, true)
            .await
            .status(),
        201
    );
    let res = upload(
        &b,
        id,
        "photo.png",
        "image/png",
        b"MZ\x90\x00 an executable".to_vec(),
        true,
    )
    .await;
    assert_eq!(res.status(), 415);
    assert_eq!(error_code(res).await, "attachment_type_not_allowed");
    let res = upload(
        &b,
        id,
        "x.svg",
        "image/svg+xml",
        b"<svg onload=alert(1)/>".to_vec(),
        true,
    )
    .await;
    assert_eq!(res.status(), 415);
    let res = upload(&b, id, "empty.png", "image/png", Vec::new(), true).await;
    assert_eq!(res.status(), 422);
    let res = upload(&b, id, "a.png", "image/png", PNG.to_vec(), false).await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    let res = b
        .post(
            &format!("/api/support/threads/{id}/attachments"),
            &json!({"file": "x"}),
        )
        .await;
    assert_eq!(res.status(), 415);
    assert_eq!(error_code(res).await, "unsupported_media_type");
    let detail = json(b.get(&format!("/api/support/threads/{id}")).await).await;
    assert_eq!(detail["attachments"].as_array().map(Vec::len), Some(1));
    for _ in 1..10 {
        assert_eq!(
            upload(&b, id, "a.png", "image/png", PNG.to_vec(), true)
                .await
                .status(),
            201
        );
    }
    let res = upload(&b, id, "a.png", "image/png", PNG.to_vec(), true).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "attachment_limit");
}

async fn threads_of_others_do_not_exist(app: TestApp) {
    let iv = ivanov(&app).await;
    let id = ask(&iv).await["thread"]["id"].as_i64().expect("id");
    let ur = uralsvyaz(&app).await;
    assert_eq!(json(ur.get("/api/support/threads").await).await, json!([]));
    let base = format!("/api/support/threads/{id}");
    assert_eq!(ur.get(&base).await.status(), 404);
    let res = ur
        .post(&format!("{base}/messages"), &json!({"text": "hi"}))
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        ur.post(&format!("{base}/close"), &json!({})).await.status(),
        404
    );
    assert_eq!(
        upload(&ur, id, "a.png", "image/png", PNG.to_vec(), true)
            .await
            .status(),
        404
    );
    assert_eq!(iv.get("/api/support/threads/abc").await.status(), 404);
    assert_eq!(iv.get("/api/support/threads/999999").await.status(), 404);
    let detail = json(iv.get(&base).await).await;
    assert_eq!(detail["thread"]["status"], "open");
    assert_eq!(detail["messages"].as_array().map(Vec::len), Some(1));
}

async fn bad_questions_and_csrf_are_refused(app: TestApp) {
    let b = ivanov(&app).await;
    let res = b
        .post(
            "/api/support/threads",
            &json!({"subject": " ", "text": "x"}),
        )
        .await;
    let body = json(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("required"), Some("subject"))
    );
    let res = b
        .post(
            "/api/support/threads",
            &json!({"subject": "s", "text": "x".repeat(4001)}),
        )
        .await;
    let body = json(res).await;
    assert_eq!(
        (body["code"].as_str(), body["field"].as_str()),
        (Some("too_long"), Some("text"))
    );
    let res = b
        .post_bare(
            "/api/support/threads",
            &json!({"subject": "s", "text": "t"}),
        )
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(error_code(res).await, "csrf_invalid");
    assert_eq!(app.get("/api/support/threads").await.status(), 401);
    let res = app
        .post_json("/api/dev/support/999999/answer", &json!({"text": "x"}))
        .await;
    assert_eq!(res.status(), 404);
    assert_eq!(json(b.get("/api/support/threads").await).await, json!([]));
}

async fn operator_answers_only_in_dev_mode(backend: crate::helpers::Backend) {
    let app = spawn_app_with(backend, |s| s.dev = false).await;
    let res = app
        .post_json("/api/dev/support/1/answer", &json!({"text": "x"}))
        .await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn operator_answers_only_in_dev_mode_sqlite() {
    operator_answers_only_in_dev_mode(crate::helpers::Backend::Sqlite).await;
}

#[tokio::test]
async fn operator_answers_only_in_dev_mode_postgres() {
    operator_answers_only_in_dev_mode(crate::helpers::Backend::Postgres).await;
}

both_backends!(
    a_question_is_answered_replied_and_closed,
    attachments_are_stored_and_downloaded_by_the_owner,
    attachments_are_checked,
    threads_of_others_do_not_exist,
    bad_questions_and_csrf_are_refused,
);

/// Opens a question; the raw answer.
async fn try_ask(b: &Browser, n: usize) -> reqwest::Response {
    b.post(
        "/api/support/threads",
        &json!({"subject": format!("Вопрос {n}"), "text": "Текст вопроса."}),
    )
    .await
}

async fn statuses(responses: Vec<reqwest::Response>) -> (usize, Vec<String>) {
    let mut created = 0;
    let mut refused = Vec::new();
    for res in responses {
        if res.status() == 201 {
            created += 1;
        } else {
            assert_eq!(res.status(), 409);
            refused.push(error_code(res).await);
        }
    }
    (created, refused)
}

async fn open_questions_are_capped_even_when_asked_at_once(app: TestApp) {
    let b = ivanov(&app).await;
    let answers = join_all((0..30).map(|n| try_ask(&b, n)).collect()).await;
    let (created, refused) = statuses(answers).await;
    assert_eq!(created, 20, "at most 20 open questions: {refused:?}");
    assert_eq!(refused, vec!["support_thread_limit".to_owned(); 10]);
    let threads = json(b.get("/api/support/threads").await).await;
    assert_eq!(threads.as_array().map(Vec::len), Some(20));
    // Closing one makes room for one.
    let first = threads[0]["id"].as_i64().expect("id");
    let res = b
        .post(&format!("/api/support/threads/{first}/close"), &json!({}))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(try_ask(&b, 31).await.status(), 201);
    let res = try_ask(&b, 32).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "support_thread_limit");
    // Another customer has a budget of their own.
    assert_eq!(try_ask(&uralsvyaz(&app).await, 1).await.status(), 201);
}

async fn attachments_are_capped_per_customer_by_bytes_and_count(app: TestApp) {
    let b = ivanov(&app).await;
    let mut threads = Vec::new();
    for _ in 0..11 {
        threads.push(ask(&b).await["thread"]["id"].as_i64().expect("id"));
    }
    // 30 files of 2 MiB at once over three questions: 25 make the 50 MiB a customer keeps.
    let mut big = b"%PDF-".to_vec();
    big.resize(MAX, b' ');
    let uploads = (0..30)
        .map(|i| {
            upload(
                &b,
                threads[i % 3],
                "scan.pdf",
                "application/pdf",
                big.clone(),
                true,
            )
        })
        .collect();
    let (stored, refused) = statuses(join_all(uploads).await).await;
    assert_eq!(stored, 25, "50 MiB in all: {refused:?}");
    assert_eq!(refused, vec!["attachment_storage_limit".to_owned(); 5]);
    let res = upload(&b, threads[3], "a.png", "image/png", PNG.to_vec(), true).await;
    assert_eq!(res.status(), 409, "not one byte more");
    assert_eq!(error_code(res).await, "attachment_storage_limit");

    // Another customer: 100 small files over ten questions, then no more anywhere.
    let ur = uralsvyaz(&app).await;
    let mut theirs = Vec::new();
    for _ in 0..11 {
        theirs.push(ask(&ur).await["thread"]["id"].as_i64().expect("id"));
    }
    let uploads = (0..100)
        .map(|i| {
            upload(
                &ur,
                theirs[i / 10],
                "a.png",
                "image/png",
                PNG.to_vec(),
                true,
            )
        })
        .collect();
    let (stored, refused) = statuses(join_all(uploads).await).await;
    assert_eq!((stored, refused.len()), (100, 0), "{refused:?}");
    let res = upload(&ur, theirs[10], "a.png", "image/png", PNG.to_vec(), true).await;
    assert_eq!(res.status(), 409);
    assert_eq!(error_code(res).await, "attachment_storage_limit");
    // A full question still says so first.
    let res = upload(&ur, theirs[0], "a.png", "image/png", PNG.to_vec(), true).await;
    assert_eq!(error_code(res).await, "attachment_limit");
}

both_backends_at_once!(
    open_questions_are_capped_even_when_asked_at_once,
    attachments_are_capped_per_customer_by_bytes_and_count,
);
