//! Word counting for the translated share of a document.
//!
//! A word is a run of letters, digits and combining marks between spaces or punctuation. Chinese is
//! written without spaces, so a run of Han characters counts as half a word per character (Chinese
//! words average close to two characters); Japanese kana likewise. Korean separates words with
//! spaces and counts like Latin text. The figure is an estimate for the user interface ("about 80%
//! of this document is in your language"), not a linguistic measure.

/// Words in `text` (fractional for Han text).
pub fn count_words(text: &str) -> f64 {
    let mut words = 0.0;
    let mut in_word = false;
    for c in text.chars() {
        if is_han_or_kana(c) {
            words += 0.5;
            in_word = false;
        } else if c.is_alphanumeric() || is_mark(c) {
            if !in_word {
                words += 1.0;
                in_word = true;
            }
        } else if in_word && is_word_joiner(c) {
            // "Parent's", "l'école", "Oʻzbek": one word.
        } else {
            in_word = false;
        }
    }
    words
}

fn is_han_or_kana(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x3134F) // Extensions B–G
}

/// Combining marks of Brahmic and Arabic scripts (vowel signs, virama, harakat), and the
/// zero-width (non-)joiner, which sit inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F      // combining diacritics
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED // Arabic marks
        | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x09E2..=0x09E3          // Bengali signs
        | 0x200C | 0x200D)
}

fn is_word_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BB}' | '\u{02BC}' | '-')
}

#[cfg(test)]
mod tests {
    use super::count_words;

    #[test]
    fn counts_words_in_spaced_scripts() {
        assert_eq!(count_words("Page 1 of 3"), 4.0);
        assert_eq!(count_words("Parent's preferred language: Oʻzbekcha"), 4.0);
        assert_eq!(count_words("শিক্ষার্থীর নাম"), 2.0);
        assert_eq!(count_words("اسم الطالب"), 2.0);
        assert_eq!(count_words("학생 이름"), 2.0);
        assert_eq!(count_words("Имя учащегося, дата рождения."), 4.0);
    }

    #[test]
    fn han_counts_half_a_word_per_character() {
        assert_eq!(count_words("学生姓名"), 2.0);
        assert_eq!(count_words("第 1 页"), 2.0);
    }

    #[test]
    fn isolation_marks_and_punctuation_are_not_words() {
        assert_eq!(count_words("\u{2068}—\u{2069} · : ,"), 0.0);
    }
}
