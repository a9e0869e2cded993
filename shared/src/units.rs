//! Amounts of data as people read them: megabytes counted by the network, shown as
//! gigabytes with one decimal (rounded up, so "0,0 ГБ" only when nothing was used).

use crate::Lang;

/// `1536` MB → `"1,5 ГБ"` (ru) or `"1.5 GB"` (en).
pub fn gigabytes(mb: u64, lang: Lang) -> String {
    let tenths = mb.saturating_mul(10).div_ceil(1024);
    match lang {
        Lang::Ru => format!("{},{} ГБ", tenths / 10, tenths % 10),
        Lang::En => format!("{}.{} GB", tenths / 10, tenths % 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_read_as_gigabytes_rounded_up() {
        assert_eq!(gigabytes(0, Lang::En), "0.0 GB");
        assert_eq!(gigabytes(1, Lang::En), "0.1 GB");
        assert_eq!(gigabytes(1024, Lang::En), "1.0 GB");
        assert_eq!(gigabytes(1536, Lang::Ru), "1,5 ГБ");
        assert_eq!(gigabytes(15 * 1024, Lang::Ru), "15,0 ГБ");
        assert!(gigabytes(u64::MAX, Lang::En).ends_with(" GB"));
    }
}
