//! Word count and reading time. CJK scripts do not separate words with spaces, so
//! their characters are counted one by one, as newsrooms in those languages do.

/// Words in `text`: runs of letters or digits, plus each CJK character.
pub fn word_count(text: &str) -> u32 {
    let mut words = Words::default();
    words.feed(text);
    words.count
}

/// A running word count over text that arrives in pieces: the renderer feeds it the
/// text nodes of a document in order, and a word split over two nodes (`don` `’` `t`
/// after smart punctuation, `foo**bar**`) is still one word.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Words {
    pub count: u32,
    in_word: bool,
}

impl Words {
    pub fn feed(&mut self, text: &str) {
        // This runs over every character of every page; as a plain `chars()` loop it was
        // a sixth of the render time. So eight ASCII bytes at a time are classified with
        // word-parallel arithmetic (SWAR), and only stretches holding an apostrophe or a
        // non-ASCII character take the character-by-character path. Locals, not fields,
        // so the loop keeps them in registers.
        let bytes = text.as_bytes();
        let (mut count, mut in_word) = (self.count, self.in_word);
        let mut i = 0;
        while i < bytes.len() {
            // Up to eight bytes; a short tail is padded with NULs, which are separators
            // and so start no word.
            let chunk = &bytes[i..bytes.len().min(i + 8)];
            let x = match <[u8; 8]>::try_from(chunk) {
                Ok(eight) => u64::from_le_bytes(eight),
                Err(_) => chunk
                    .iter()
                    .rev()
                    .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
            };
            if x & HIGH_BITS == 0 && !has_byte(x, b'\'') {
                let words = alphanumeric_bytes(x);
                // Byte k starts a word if it is alphanumeric and byte k-1 was not;
                // little-endian, so byte k-1's flag moves up by eight bits.
                let before = (words << 8) | if in_word { 0x80 } else { 0 };
                count += high_bits_set(words & !before);
                // Whether the last real byte is part of a word.
                in_word = words >> (8 * chunk.len() - 1) & 1 != 0;
                i += chunk.len();
                continue;
            }
            let b = bytes[i];
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    count += u32::from(!in_word);
                    in_word = true;
                } else if b != b'\'' {
                    in_word = false;
                }
                i += 1;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            if is_cjk(c) {
                count += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                count += u32::from(!in_word);
                in_word = true;
            } else if c != '\'' && c != '’' {
                // An apostrophe keeps "don't" one word.
                in_word = false;
            }
            i += c.len_utf8();
        }
        self.count = count;
        self.in_word = in_word;
    }

    /// Ends the current word: between blocks, at line breaks, around code.
    pub fn boundary(&mut self) {
        self.in_word = false;
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `x` is `byte`.
fn has_byte(x: u64, byte: u8) -> bool {
    let v = x ^ (ONES * u64::from(byte));
    v.wrapping_sub(ONES) & !v & HIGH_BITS != 0
}

/// How many bytes of `x` have their high bit set (and no other bit): the multiply sums
/// the bytes into the top one. `count_ones` would do, but without the POPCNT
/// instruction (not in the baseline x86-64 target) it is a dozen instructions.
fn high_bits_set(x: u64) -> u32 {
    ((x >> 7).wrapping_mul(ONES) >> 56) as u32
}

/// The high bit of each byte of `x` (all ASCII) set where that byte is in `lo..=hi`.
/// Every sum stays below 0x100, so no carry crosses into the next byte.
fn bytes_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = x + ONES * u64::from(0x80 - lo);
    let above_hi = x + ONES * u64::from(0x7f - hi);
    at_least_lo & !above_hi & HIGH_BITS
}

/// The high bit of each byte of `x` (all ASCII) set where that byte is a letter or digit.
fn alphanumeric_bytes(x: u64) -> u64 {
    // `| 0x20` folds upper case onto lower case, and moves no other byte into a..z.
    bytes_in_range(x, b'0', b'9') | bytes_in_range(x | (ONES * 0x20), b'a', b'z')
}

/// Whether a link's visible text is just its address, as with `<https://…>`,
/// `www.example.org` or `someone@example.org`. Such text is not words; `url` is the
/// target as parsed, before any normalisation.
pub(crate) fn is_bare_address(text: &str, url: &str) -> bool {
    text == url
        || url.strip_prefix("mailto:") == Some(text)
        || url.strip_prefix("http://") == Some(text)
        || url.strip_prefix("https://") == Some(text)
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

    /// The plain definition the fast `feed` must agree with.
    fn reference_count(text: &str) -> u32 {
        let mut count = 0;
        let mut in_word = false;
        for c in text.chars() {
            if is_cjk(c) {
                count += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                count += u32::from(!in_word);
                in_word = true;
            } else if c != '\'' && c != '’' {
                in_word = false;
            }
        }
        count
    }

    #[test]
    fn the_fast_path_counts_like_the_definition() {
        let samples = [
            "",
            "a",
            "abcdefgh",
            "abcdefg h",
            "abcdefgh ijklmnop qrstuvwx",
            "01234567@[`{/:AZaz",
            "don't stop, won't stop -- it's 2026's best café",
            "@@@@@@@@a@@@@@@@b",
            "東京は晴れ and then some ASCII words to fill eight-byte chunks",
            "x\u{0}y\u{7f}z\u{80}é",
        ];
        for text in samples {
            assert_eq!(word_count(text), reference_count(text), "{text:?}");
        }
        // Every 8-byte window alignment and byte value boundary, deterministically.
        let alphabet = b"aZ09 '-@[`{/:~\t";
        let mut seed = 1u32;
        for len in 0..64 {
            for _ in 0..50 {
                let text: String = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        alphabet[(seed >> 16) as usize % alphabet.len()] as char
                    })
                    .collect();
                assert_eq!(word_count(&text), reference_count(&text), "{text:?}");
            }
        }
        // Words split over pieces are still one word.
        let mut words = Words::default();
        words.feed("hello wor");
        words.feed("ld again");
        assert_eq!(words.count, 3);
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_minutes(0), 0);
        assert_eq!(reading_minutes(1), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
    }
}
