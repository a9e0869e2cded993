//! The electronic receipt of a payment: a one-page PDF with the DejaVu Sans font embedded as
//! a subset (only the glyphs the receipt uses), with a `ToUnicode` map so its text can be
//! searched and copied.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use shared::Lang;
use shared::ledger::PaymentMethod;

use crate::clock::from_unix;
use crate::store::money::{AccountRecord, PaymentRecord};

/// DejaVu Sans 2.37 (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`).
const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const FONT_NAME: &[u8] = b"MYMTSR+DejaVuSans";

#[derive(Debug, thiserror::Error)]
pub enum ReceiptError {
    #[error("font: {0}")]
    Font(String),
}

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
pub fn render(payment: &PaymentRecord, account: &AccountRecord) -> Result<Vec<u8>, ReceiptError> {
    let title = "Электронный чек об оплате услуг связи";
    let subtitle = "My MTS · e-receipt";
    let rows = lines(payment, account);
    let face = ttf_parser::Face::parse(FONT, 0).map_err(|e| ReceiptError::Font(e.to_string()))?;
    let upem = f32::from(face.units_per_em());

    // Map every character used to a glyph of the subset (new glyph id = CID).
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut glyphs: BTreeMap<u16, (char, f32)> = BTreeMap::new();
    let mut encode = |text: &str| -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let gid = face.glyph_index(c).map_or(0, |g| g.0);
            let cid = remapper.remap(gid);
            let advance = face
                .glyph_hor_advance(ttf_parser::GlyphId(gid))
                .map_or(0.0, f32::from);
            glyphs.entry(cid).or_insert((c, advance * 1000.0 / upem));
            out.extend_from_slice(&cid.to_be_bytes());
        }
        out
    };
    let mut content = Content::new();
    let font = Name(b"F1");
    let text_at = |content: &mut Content, size: f32, x: f32, y: f32, bytes: &[u8]| {
        content.begin_text();
        content.set_font(font, size);
        content.next_line(x, y);
        content.show(Str(bytes));
        content.end_text();
    };
    text_at(&mut content, 16.0, 56.0, 770.0, &encode(title));
    text_at(&mut content, 10.0, 56.0, 750.0, &encode(subtitle));
    let mut y = 710.0;
    for (label, value) in &rows {
        text_at(&mut content, 11.0, 56.0, y, &encode(label));
        text_at(&mut content, 11.0, 230.0, y, &encode(value));
        y -= 22.0;
    }
    let footer = "Чек сформирован автоматически и действителен без подписи и печати.";
    text_at(&mut content, 8.0, 56.0, y - 20.0, &encode(footer));
    let subset =
        subsetter::subset(FONT, 0, &remapper).map_err(|e| ReceiptError::Font(format!("{e:?}")))?;

    let catalog = Ref::new(1);
    let pages = Ref::new(2);
    let page = Ref::new(3);
    let contents = Ref::new(4);
    let type0 = Ref::new(5);
    let cid = Ref::new(6);
    let descriptor = Ref::new(7);
    let font_file = Ref::new(8);
    let to_unicode = Ref::new(9);
    let info = Ref::new(10);

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages).kids([page]).count(1);
    let mut p = pdf.page(page);
    p.media_box(Rect::new(0.0, 0.0, 595.0, 842.0))
        .parent(pages)
        .contents(contents);
    p.resources().fonts().pair(font, type0);
    p.finish();
    let content = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
    pdf.stream(contents, &content).filter(Filter::FlateDecode);

    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(type0)
        .base_font(Name(FONT_NAME))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(to_unicode);
    let mut c = pdf.cid_font(cid);
    c.subtype(CidFontType::Type2)
        .base_font(Name(FONT_NAME))
        .system_info(system)
        .font_descriptor(descriptor)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    {
        let mut w = c.widths();
        for (cid, (_, width)) in &glyphs {
            w.consecutive(*cid, [*width]);
        }
    }
    c.finish();
    let bbox = face.global_bounding_box();
    let scale = |v: i16| f32::from(v) * 1000.0 / upem;
    pdf.font_descriptor(descriptor)
        .name(Name(FONT_NAME))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            scale(bbox.x_min),
            scale(bbox.y_min),
            scale(bbox.x_max),
            scale(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(scale(face.ascender()))
        .descent(scale(face.descender()))
        .cap_height(scale(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(80.0)
        .font_file2(font_file);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&subset, 6);
    pdf.stream(font_file, &packed).filter(Filter::FlateDecode);
    let mut cmap = pdf_writer::types::UnicodeCmap::new(Name(b"Custom"), system);
    for (cid, (ch, _)) in &glyphs {
        cmap.pair(*cid, *ch);
    }
    pdf.cmap(to_unicode, &cmap.finish());
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("My MTS"));
    Ok(pdf.finish())
}
