//! The electronic receipt of a payment: a one-page PDF (see [`crate::pdf`]).

use shared::Lang;
use shared::ledger::PaymentMethod;

use crate::clock::from_unix;
use crate::store::money::{AccountRecord, PaymentRecord};

use crate::pdf::PdfError;

/// The lines of the receipt: (label, value) pairs under a title.
pub fn lines(payment: &PaymentRecord, account: &AccountRecord) -> Vec<(String, String)> {
    let lang = Lang::Ru;
    let method = PaymentMethod::from_name(&payment.method).unwrap_or(PaymentMethod::Card);
    let mut how = method.label(lang).to_owned();
    if let Some(last4) = &payment.card_last4 {
        how.push_str(&format!(" •••• {last4}"));
    }
    let at = from_unix(payment.completed_at.unwrap_or(payment.created_at));
    let plain = |s: String| s.replace('\u{a0}', " ");
    let mut out = vec![
        (
            "Получатель".to_owned(),
            "ПАО «МТС», ИНН 7740000076".to_owned(),
        ),
        ("Платёж №".to_owned(), payment.id.clone()),
        (
            "Дата и время".to_owned(),
            format!("{} (UTC)", at.format("%d.%m.%Y %H:%M:%S")),
        ),
        ("Лицевой счёт".to_owned(), account.account_number.clone()),
        ("Договор".to_owned(), account.contract_number.clone()),
        ("Способ оплаты".to_owned(), how),
        ("Сумма".to_owned(), plain(payment.amount.format(lang))),
    ];
    if let Some(ext) = &payment.external_id {
        out.push(("Номер платежа в шлюзе".to_owned(), ext.clone()));
    }
    out.push(("Статус".to_owned(), "проведён".to_owned()));
    out
}

/// The receipt as PDF bytes.
pub fn render(payment: &PaymentRecord, account: &AccountRecord) -> Result<Vec<u8>, PdfError> {
    crate::pdf::render(&crate::pdf::Document {
        title: "Электронный чек об оплате услуг связи".to_owned(),
        subtitle: "My MTS · e-receipt".to_owned(),
        rows: lines(payment, account),
        paragraphs: Vec::new(),
        footer: "Чек сформирован автоматически и действителен без подписи и печати.".to_owned(),
    })
}
