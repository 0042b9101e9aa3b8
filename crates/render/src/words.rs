//! Word count and reading time. CJK scripts do not separate words with spaces, so
//! their characters are counted one by one, as newsrooms in those languages do.

/// Words in `text`: runs of letters or digits, plus each CJK character.
pub fn word_count(text: &str) -> u32 {
    let mut count = 0u32;
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            count += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                count += 1;
            }
            in_word = true;
        } else if c != '\'' && c != '’' {
            // An apostrophe keeps "don't" one word.
            in_word = false;
        }
    }
    count
}

/// Minutes to read `words` at 230 words a minute, at least one for any text.
pub fn reading_minutes(words: u32) -> u32 {
    if words == 0 { 0 } else { words.div_ceil(230) }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3400..=0x4DBF   // CJK Extension A
        | 0x4E00..=0x9FFF   // CJK Unified Ideographs
        | 0xAC00..=0xD7AF   // Hangul syllables
        | 0xF900..=0xFAFF   // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F // Extensions B and beyond
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_latin_accented_and_arabic_words() {
        assert_eq!(word_count("Don't stop — café au lait, 2026!"), 6);
        assert_eq!(word_count("السلام عليكم"), 2);
    }

    #[test]
    fn counts_cjk_by_character() {
        assert_eq!(word_count("東京は晴れ"), 5);
        assert_eq!(word_count("Tokyo 東京"), 3);
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_minutes(0), 0);
        assert_eq!(reading_minutes(1), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
    }
}
