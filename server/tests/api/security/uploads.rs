//! Upload handling beyond `mobile::support` (which covers 413 on oversize, 415 on a refused
//! type and the attachment limit): names that try to climb out of a directory or break the
//! download header, and contents that do not match the declared type.

use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{Browser, TestApp, error_code};
use crate::money::{json_of, signed_in};

pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR fake but magic-correct";

async fn thread(b: &Browser) -> i64 {
    let res = b
        .post(
            "/api/support/threads",
            &json!({"subject": "Файлы", "text": "Смотрите вложения."}),
        )
        .await;
    assert_eq!(res.status(), 201);
    json_of(res).await["thread"]["id"].as_i64().expect("id")
}

async fn upload(
    b: &Browser,
    thread: i64,
    name: &str,
    mime: &str,
    bytes: &[u8],
) -> reqwest::Response {
    let part = Part::bytes(bytes.to_vec())
        .file_name(name.to_owned())
        .mime_str(mime)
        .expect("mime");
    b.client
        .post(b.url(&format!("/api/support/threads/{thread}/attachments")))
        .header("x-csrf-token", b.csrf())
        .multipart(Form::new().part("file", part))
        .send()
        .await
        .expect("upload")
}

async fn hostile_file_names_are_reduced_to_a_base_name(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let id = thread(&b).await;
    for (sent, shown, download) in [
        ("../../../etc/passwd.png", "passwd.png", "passwd.png"),
        ("..\\..\\windows\\win.ini.png", "win.ini.png", "winini.png"),
        ("/var/lib/mymts/../../root/.ssh/id.png", "id.png", "id.png"),
        ("..", "attachment.png", "attachment.png"),
        ("....//....//x.png", "x.png", "x.png"),
        ("...png", "...png", "attachment.png"),
        ("<script>.png", "<script>.png", "script.png"),
    ] {
        let res = upload(&b, id, sent, "image/png", PNG).await;
        assert_eq!(res.status(), 201, "{sent:?}");
        let att: Value = json_of(res).await;
        let name = att["name"].as_str().expect("name");
        assert!(
            !name.contains('/') && !name.contains('\\'),
            "{sent:?} → {name:?}"
        );
        assert!(!name.chars().any(char::is_control), "{sent:?} → {name:?}");
        assert_eq!(name, shown, "{sent:?}");
        let res = b
            .get(&format!(
                "/api/support/attachments/{}",
                att["id"].as_str().expect("id")
            ))
            .await;
        assert_eq!(res.status(), 200);
        assert!(res.headers().get("set-cookie").is_none(), "{sent:?}");
        let disposition = res.headers()["content-disposition"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert_eq!(
            disposition,
            format!("attachment; filename=\"{download}\""),
            "{sent:?}"
        );
    }
}

async fn the_content_decides_the_type_not_the_declaration(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let id = thread(&b).await;
    // A PNG that says it is a PDF is stored and served as the PNG it is.
    let res = upload(&b, id, "scan.pdf", "application/pdf", PNG).await;
    assert_eq!(res.status(), 201);
    let att = json_of(res).await;
    assert_eq!(att["kind"], "png");
    let res = b
        .get(&format!(
            "/api/support/attachments/{}",
            att["id"].as_str().expect("id")
        ))
        .await;
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(
        res.headers()["content-disposition"],
        "attachment; filename=\"scan.png\""
    );
    // HTML, script and SVG that claim to be images are refused whatever their name.
    for (name, mime, bytes) in [
        (
            "photo.png",
            "image/png",
            &b"<html><script>alert(1)</script></html>"[..],
        ),
        (
            "photo.jpg",
            "image/jpeg",
            &b"<?xml version=\"1.0\"?><svg onload=\"alert(1)\"/>"[..],
        ),
        ("doc.pdf", "application/pdf", &b"#!/bin/sh\nrm -rf /\n"[..]),
        ("pic.gif", "image/gif", &b"PK\x03\x04 a zip archive"[..]),
    ] {
        let res = upload(&b, id, name, mime, bytes).await;
        assert_eq!(res.status(), 415, "{name}");
        assert_eq!(
            error_code(res).await,
            "attachment_type_not_allowed",
            "{name}"
        );
    }
    // A PNG declared as HTML is still only a PNG: stored, named and served as one.
    let res = upload(&b, id, "page.html", "text/html", PNG).await;
    assert_eq!(res.status(), 201);
    let att = json_of(res).await;
    assert_eq!(att["kind"], "png");
    let res = b
        .get(&format!(
            "/api/support/attachments/{}",
            att["id"].as_str().expect("id")
        ))
        .await;
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(
        res.headers()["content-disposition"],
        "attachment; filename=\"page.png\""
    );
    let detail = json_of(b.get(&format!("/api/support/threads/{id}")).await).await;
    assert_eq!(detail["attachments"].as_array().map(Vec::len), Some(2));
}

both_backends!(
    hostile_file_names_are_reduced_to_a_base_name,
    the_content_decides_the_type_not_the_declaration,
);
