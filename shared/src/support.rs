//! Questions to the operator (PRODUCT 8): what a thread's subject and messages may hold, and
//! which attachments are accepted. The type of a file is decided by its first bytes (magic
//! numbers), never by its name or the browser's `Content-Type`.

use crate::{ErrorCode, FieldError};

pub const SUBJECT_MAX_CHARS: usize = 120;
pub const TEXT_MAX_CHARS: usize = 4000;
/// The largest attachment accepted: 2 MiB.
pub const ATTACHMENT_MAX_BYTES: usize = 2 * 1024 * 1024;
/// Attachments one thread may collect.
pub const MAX_ATTACHMENTS_PER_THREAD: usize = 10;
/// Questions one customer may have open (not closed) at once.
pub const MAX_OPEN_THREADS: usize = 20;
/// Files one customer may keep attached over all their questions.
pub const MAX_CUSTOMER_ATTACHMENTS: usize = 100;
/// Bytes one customer may keep attached over all their questions: 50 MiB.
pub const MAX_CUSTOMER_ATTACHMENT_BYTES: u64 = 50 * 1024 * 1024;
/// Longest file name kept for display.
const NAME_MAX_CHARS: usize = 100;

fn text(
    input: &str,
    field: &'static str,
    max: usize,
    multiline: bool,
) -> Result<String, FieldError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(FieldError::new(field, ErrorCode::Required));
    }
    if s.chars().nth(max).is_some() {
        return Err(FieldError::new(field, ErrorCode::TooLong));
    }
    let allowed = |c: char| !c.is_control() || (multiline && matches!(c, '\n' | '\r' | '\t'));
    if !s.chars().all(allowed) {
        return Err(FieldError::new(field, ErrorCode::InvalidText));
    }
    Ok(s.to_owned())
}

/// A thread's subject: one line, 1–120 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportSubject(String);

impl SupportSubject {
    pub const FIELD: &'static str = "subject";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        text(input, Self::FIELD, SUBJECT_MAX_CHARS, false).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A message in a thread: 1–4000 characters, line breaks allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportText(String);

impl SupportText {
    pub const FIELD: &'static str = "text";

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        text(input, Self::FIELD, TEXT_MAX_CHARS, true).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The file types support accepts: pictures of screens and scanned documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKind {
    Png,
    Jpeg,
    Gif,
    Pdf,
}

impl AttachmentKind {
    pub const ALL: [AttachmentKind; 4] = [Self::Png, Self::Jpeg, Self::Gif, Self::Pdf];

    /// What the first bytes say the file is, if it is one of the accepted types.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        const MAGIC: [(&[u8], AttachmentKind); 5] = [
            (b"\x89PNG\r\n\x1a\n", AttachmentKind::Png),
            (b"\xff\xd8\xff", AttachmentKind::Jpeg),
            (b"GIF87a", AttachmentKind::Gif),
            (b"GIF89a", AttachmentKind::Gif),
            (b"%PDF-", AttachmentKind::Pdf),
        ];
        MAGIC
            .iter()
            .find(|(magic, _)| bytes.starts_with(magic))
            .map(|(_, kind)| *kind)
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Pdf => "application/pdf",
        }
    }

    pub fn from_mime(mime: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.mime() == mime)
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Pdf => "pdf",
        }
    }
}

/// Checks an uploaded file: not empty, at most [`ATTACHMENT_MAX_BYTES`], an accepted type by
/// its content. `413 attachment_too_large`, `415 attachment_type_not_allowed`.
pub fn check_attachment(bytes: &[u8]) -> Result<AttachmentKind, FieldError> {
    const FIELD: &str = "file";
    if bytes.is_empty() {
        return Err(FieldError::new(FIELD, ErrorCode::Required));
    }
    if bytes.len() > ATTACHMENT_MAX_BYTES {
        return Err(FieldError::new(FIELD, ErrorCode::AttachmentTooLarge));
    }
    AttachmentKind::sniff(bytes).ok_or(FieldError::new(FIELD, ErrorCode::AttachmentTypeNotAllowed))
}

/// What the browser can tell before uploading: the file's size and the type it declares.
/// The same codes as [`check_attachment`], which still decides on the content.
pub fn check_attachment_meta(size: u64, mime: &str) -> Result<AttachmentKind, FieldError> {
    const FIELD: &str = "file";
    if size == 0 {
        return Err(FieldError::new(FIELD, ErrorCode::Required));
    }
    if size > ATTACHMENT_MAX_BYTES as u64 {
        return Err(FieldError::new(FIELD, ErrorCode::AttachmentTooLarge));
    }
    AttachmentKind::from_mime(mime)
        .ok_or(FieldError::new(FIELD, ErrorCode::AttachmentTypeNotAllowed))
}

/// One more attachment on a thread that has `count`.
pub fn may_attach(count: usize) -> Result<(), ErrorCode> {
    if count >= MAX_ATTACHMENTS_PER_THREAD {
        Err(ErrorCode::AttachmentLimit)
    } else {
        Ok(())
    }
}

/// One more question for a customer who has `open` open ones.
pub fn may_open_thread(open: usize) -> Result<(), ErrorCode> {
    if open >= MAX_OPEN_THREADS {
        Err(ErrorCode::SupportThreadLimit)
    } else {
        Ok(())
    }
}

/// What a customer's attachments take, read under their row lock before one more is stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttachmentUsage {
    /// Files on the thread the new one goes to.
    pub on_thread: usize,
    /// Files over all the customer's threads.
    pub files: usize,
    /// Their bytes.
    pub bytes: u64,
}

/// One more file of `size` bytes: the thread's cap first, then the customer's count and bytes.
pub fn may_store(usage: AttachmentUsage, size: u64) -> Result<(), ErrorCode> {
    may_attach(usage.on_thread)?;
    if usage.files >= MAX_CUSTOMER_ATTACHMENTS
        || usage.bytes.saturating_add(size) > MAX_CUSTOMER_ATTACHMENT_BYTES
    {
        return Err(ErrorCode::AttachmentStorageLimit);
    }
    Ok(())
}

/// The name shown in the thread: the last path component as sent, without control
/// characters, at most 100 characters; `attachment.<ext>` when nothing is left.
pub fn display_name(sent: &str, kind: AttachmentKind) -> String {
    let base = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let name: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(NAME_MAX_CHARS)
        .collect();
    let name = name.trim();
    if name.is_empty() || name.chars().all(|c| c == '.') {
        format!("attachment.{}", kind.extension())
    } else {
        name.to_owned()
    }
}

/// A safe name for `Content-Disposition`: ASCII letters, digits, `-` and `_` of the stem,
/// then the extension of the real type (never the one the sender claimed).
pub fn download_name(sent: &str, kind: AttachmentKind) -> String {
    let shown = display_name(sent, kind);
    let stem = shown.rsplit_once('.').map_or(shown.as_str(), |(s, _)| s);
    let safe: String = stem
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(60)
        .collect();
    let safe = if safe.is_empty() { "attachment" } else { &safe };
    format!("{safe}.{}", kind.extension())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_browser_checks_size_and_declared_type_with_the_server_codes() {
        let code = |size, mime| check_attachment_meta(size, mime).map_err(|e| e.code);
        assert_eq!(code(10, "image/png"), Ok(AttachmentKind::Png));
        assert_eq!(
            code(ATTACHMENT_MAX_BYTES as u64, "application/pdf"),
            Ok(AttachmentKind::Pdf)
        );
        assert_eq!(code(0, "image/png"), Err(ErrorCode::Required));
        assert_eq!(
            code(ATTACHMENT_MAX_BYTES as u64 + 1, "image/png"),
            Err(ErrorCode::AttachmentTooLarge)
        );
        assert_eq!(
            code(10, "text/html"),
            Err(ErrorCode::AttachmentTypeNotAllowed)
        );
        assert_eq!(code(10, ""), Err(ErrorCode::AttachmentTypeNotAllowed));
    }

    #[test]
    fn subjects_and_texts() {
        assert_eq!(
            SupportSubject::parse("  Не работает интернет ")
                .unwrap()
                .as_str(),
            "Не работает интернет"
        );
        assert_eq!(
            SupportSubject::parse(" ").unwrap_err().code,
            ErrorCode::Required
        );
        assert_eq!(
            SupportSubject::parse(&"я".repeat(121)).unwrap_err().code,
            ErrorCode::TooLong
        );
        assert_eq!(
            SupportSubject::parse("a\nb").unwrap_err().code,
            ErrorCode::InvalidText
        );
        assert!(SupportText::parse("Строка 1\nСтрока 2").is_ok());
        assert_eq!(
            SupportText::parse("bell\u{7}").unwrap_err().code,
            ErrorCode::InvalidText
        );
        assert_eq!(
            SupportText::parse(&"x".repeat(4001)).unwrap_err(),
            FieldError::new("text", ErrorCode::TooLong)
        );
    }

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(
            check_attachment(b"\x89PNG\r\n\x1a\n...."),
            Ok(AttachmentKind::Png)
        );
        assert_eq!(check_attachment(b"%PDF-1.7\n"), Ok(AttachmentKind::Pdf));
        assert_eq!(
            check_attachment(b"\xff\xd8\xff\xe0"),
            Ok(AttachmentKind::Jpeg)
        );
        assert_eq!(check_attachment(b"GIF89a.."), Ok(AttachmentKind::Gif));
        assert_eq!(
            check_attachment(b"MZ\x90\x00 an exe named photo.png")
                .unwrap_err()
                .code,
            ErrorCode::AttachmentTypeNotAllowed
        );
        assert_eq!(
            check_attachment(b"<svg onload=alert(1)>").unwrap_err().code,
            ErrorCode::AttachmentTypeNotAllowed
        );
        assert_eq!(check_attachment(b"").unwrap_err().code, ErrorCode::Required);
        let mut big = b"%PDF-".to_vec();
        big.resize(ATTACHMENT_MAX_BYTES + 1, b' ');
        assert_eq!(
            check_attachment(&big).unwrap_err().code,
            ErrorCode::AttachmentTooLarge
        );
        big.truncate(ATTACHMENT_MAX_BYTES);
        assert!(check_attachment(&big).is_ok());
        assert_eq!(may_attach(9), Ok(()));
        assert_eq!(may_attach(10), Err(ErrorCode::AttachmentLimit));
    }

    #[test]
    fn open_questions_are_capped_per_customer() {
        assert_eq!(may_open_thread(MAX_OPEN_THREADS - 1), Ok(()));
        assert_eq!(
            may_open_thread(MAX_OPEN_THREADS),
            Err(ErrorCode::SupportThreadLimit)
        );
    }

    #[test]
    fn attachments_are_capped_per_thread_then_per_customer_by_count_and_bytes() {
        let room = AttachmentUsage {
            on_thread: 0,
            files: MAX_CUSTOMER_ATTACHMENTS - 1,
            bytes: MAX_CUSTOMER_ATTACHMENT_BYTES - 10,
        };
        assert_eq!(may_store(room, 10), Ok(()));
        assert_eq!(may_store(room, 11), Err(ErrorCode::AttachmentStorageLimit));
        let full = AttachmentUsage {
            files: MAX_CUSTOMER_ATTACHMENTS,
            bytes: 0,
            ..room
        };
        assert_eq!(may_store(full, 1), Err(ErrorCode::AttachmentStorageLimit));
        let thread_full = AttachmentUsage {
            on_thread: MAX_ATTACHMENTS_PER_THREAD,
            ..AttachmentUsage::default()
        };
        assert_eq!(may_store(thread_full, 1), Err(ErrorCode::AttachmentLimit));
        for k in AttachmentKind::ALL {
            assert_eq!(AttachmentKind::from_mime(k.mime()), Some(k));
        }
    }

    #[test]
    fn names_are_made_safe() {
        let png = AttachmentKind::Png;
        assert_eq!(display_name("C:\\Users\\me\\скрин.png", png), "скрин.png");
        assert_eq!(display_name("../../etc/passwd", png), "passwd");
        assert_eq!(display_name("..", png), "attachment.png");
        assert_eq!(download_name("скрин экрана.png", png), "attachment.png");
        assert_eq!(
            download_name("bill 2026.exe", AttachmentKind::Pdf),
            "bill2026.pdf"
        );
        assert_eq!(
            download_name("a\"; filename=evil.html", png),
            "afilenameevil.png"
        );
    }

    proptest! {
        #[test]
        fn download_names_are_always_header_safe(name in any::<String>()) {
            for kind in AttachmentKind::ALL {
                let n = download_name(&name, kind);
                prop_assert!(n.ends_with(kind.extension()));
                prop_assert!(n.len() <= 70);
                prop_assert!(n.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')));
                let shown = display_name(&name, kind);
                prop_assert!(!shown.is_empty() && !shown.contains(['/', '\\']));
                prop_assert!(shown.chars().all(|c| !c.is_control()));
            }
        }

        #[test]
        fn sniffing_looks_only_at_the_start(tail in proptest::collection::vec(any::<u8>(), 0..64)) {
            let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
            png.extend(&tail);
            prop_assert_eq!(AttachmentKind::sniff(&png), Some(AttachmentKind::Png));
            let mut html = b"<html>".to_vec();
            html.extend(&tail);
            prop_assert_eq!(AttachmentKind::sniff(&html), None);
        }
    }
}
