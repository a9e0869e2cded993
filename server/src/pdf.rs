//! One-page PDF documents with Cyrillic text: the payment receipt and the office
//! application. DejaVu Sans is embedded as a subset (only the glyphs used), with a
//! `ToUnicode` map so the text can be searched and copied.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

/// DejaVu Sans 2.37 (Bitstream Vera licence, see `assets/fonts/DejaVuSans-LICENSE.txt`).
const FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
const FONT_NAME: &[u8] = b"MYMTSR+DejaVuSans";

/// A4 in points, and the margins.
const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const LEFT: f32 = 56.0;
const VALUE_X: f32 = 230.0;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font: {0}")]
    Font(String),
}

/// What a page says: a title, a subtitle, labelled rows, free paragraphs (wrapped to the
/// page) and a small footer.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub title: String,
    pub subtitle: String,
    pub rows: Vec<(String, String)>,
    pub paragraphs: Vec<String>,
    pub footer: String,
}

/// Splits `text` into lines no wider than `max` points at `size`, by words.
fn wrap(text: &str, size: f32, max: f32, width_of: &dyn Fn(char) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut w = 0.0;
        for word in para.split(' ') {
            let ww: f32 = word.chars().map(width_of).sum::<f32>() * size / 1000.0;
            let space = width_of(' ') * size / 1000.0;
            if !line.is_empty() && w + space + ww > max {
                lines.push(std::mem::take(&mut line));
                w = 0.0;
            }
            if !line.is_empty() {
                line.push(' ');
                w += space;
            }
            line.push_str(word);
            w += ww;
        }
        lines.push(line);
    }
    lines
}

/// The document as PDF bytes.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let face = ttf_parser::Face::parse(FONT, 0).map_err(|e| PdfError::Font(e.to_string()))?;
    let upem = f32::from(face.units_per_em());
    let advance = |c: char| {
        face.glyph_index(c)
            .and_then(|g| face.glyph_hor_advance(g))
            .map_or(0.0, f32::from)
            * 1000.0
            / upem
    };

    // Map every character used to a glyph of the subset (new glyph id = CID).
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut glyphs: BTreeMap<u16, (char, f32)> = BTreeMap::new();
    let mut encode = |text: &str| -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let gid = face.glyph_index(c).map_or(0, |g| g.0);
            let cid = remapper.remap(gid);
            glyphs.entry(cid).or_insert((c, advance(c)));
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
    text_at(&mut content, 16.0, LEFT, 770.0, &encode(&doc.title));
    text_at(&mut content, 10.0, LEFT, 750.0, &encode(&doc.subtitle));
    let mut y = 710.0;
    for (label, value) in &doc.rows {
        text_at(&mut content, 11.0, LEFT, y, &encode(label));
        for line in wrap(value, 11.0, PAGE_W - VALUE_X - LEFT, &advance) {
            text_at(&mut content, 11.0, VALUE_X, y, &encode(&line));
            y -= 16.0;
        }
        y -= 6.0;
    }
    for para in &doc.paragraphs {
        y -= 6.0;
        for line in wrap(para, 11.0, PAGE_W - 2.0 * LEFT, &advance) {
            text_at(&mut content, 11.0, LEFT, y, &encode(&line));
            y -= 16.0;
        }
    }
    text_at(
        &mut content,
        8.0,
        LEFT,
        (y - 20.0).max(40.0),
        &encode(&doc.footer),
    );
    let subset =
        subsetter::subset(FONT, 0, &remapper).map_err(|e| PdfError::Font(format!("{e:?}")))?;
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
    p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
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
        .title(TextStr(&doc.title))
        .producer(TextStr("My MTS"));
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_within_the_width() {
        let width = |_: char| 500.0;
        let lines = wrap("один два три четыре пять", 10.0, 60.0, &width);
        assert!(lines.len() > 1);
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() * 5 <= 60 || !l.contains(' '))
        );
        assert_eq!(lines.join(" "), "один два три четыре пять");
    }

    #[test]
    fn renders_a_pdf_with_cyrillic() {
        let doc = Document {
            title: "Заявление".into(),
            subtitle: "My MTS".into(),
            rows: vec![("ФИО".into(), "Иванов Иван Иванович".into())],
            paragraphs: vec!["Прошу восстановить доступ.".into()],
            footer: "—".into(),
        };
        let bytes = render(&doc).expect("pdf");
        assert!(bytes.starts_with(b"%PDF"));
    }
}
