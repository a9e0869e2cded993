use super::{CARD_OK, accounts, card_body, json_of, pay, signed_in};
use crate::both_backends;
use crate::helpers::TestApp;

/// The text `pdftotext` (poppler-utils, installed by tools/install.sh) reads from a PDF.
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("receipt.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(out.status.success(), "pdftotext failed on the receipt");
    Some(String::from_utf8(out.stdout).expect("utf8"))
}

#[expect(clippy::print_stderr, reason = "the receipt size goes to the test log")]
async fn a_receipt_is_a_pdf_with_cyrillic_text(app: TestApp) {
    let b = signed_in(&app, "ivanov").await;
    let (account, _) = accounts(&b).await[0];
    let p = json_of(pay(&b, &card_body(account, 123_456, CARD_OK)).await).await;
    let id = p["id"].as_str().expect("id");
    let res = b.get(&format!("/api/payments/{id}/receipt.pdf")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        disposition.contains(&format!("receipt-{id}.pdf")),
        "{disposition}"
    );
    let pdf = res.bytes().await.expect("body").to_vec();
    eprintln!("receipt size: {} bytes", pdf.len());
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        pdf.len() < 100_000,
        "the font is a subset: {} bytes",
        pdf.len()
    );
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/FontFile2"), "the font is embedded");
    assert!(raw.contains("/ToUnicode"), "the text maps back to Unicode");
    assert!(raw.contains("DejaVuSans"));
    // The ToUnicode map holds Cyrillic letters (Э of «Электронный») and the rouble sign.
    let upper = raw.to_uppercase();
    assert!(upper.contains("<042D>"), "Cyrillic in the ToUnicode map");
    assert!(upper.contains("<20BD>"), "the rouble sign");
    if let Some(text) = pdf_text(&pdf) {
        let text = text.replace('\u{a0}', " ");
        for needle in [
            "Электронный чек",
            "1 234,56 ₽",
            "100000000016",
            id,
            "банковская карта •••• 1111",
        ] {
            assert!(text.contains(needle), "{needle} not in:\n{text}");
        }
    }
}

both_backends!(a_receipt_is_a_pdf_with_cyrillic_text);
