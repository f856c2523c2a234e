//! A small tokenizer shared by the figure and person finders. Tokens carry
//! code-point offsets into the text. Words keep inner hyphens, apostrophes
//! and number punctuation ("second-largest", "O'Brien", "500,000", "2.5",
//! "U.S.", "p.m.").

use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// A line break ("\n") lies between this token and the previous one.
    pub line_start: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        shape::is_word(&self.text)
    }
    pub fn is_capitalized(&self) -> bool {
        shape::is_capitalized(&self.text)
    }
    pub fn is_all_caps(&self) -> bool {
        shape::is_all_caps(&self.text)
    }
    pub fn starts_with_digit(&self) -> bool {
        shape::starts_with_digit(&self.text)
    }
    pub fn lower(&self) -> String {
        if self.text.is_ascii() {
            return self.text.to_ascii_lowercase();
        }
        self.text.to_lowercase()
    }
}

/// Shape tests shared by owned and borrowed tokens.
mod shape {
    pub fn is_word(text: &str) -> bool {
        text.chars().next().is_some_and(|c| c.is_alphanumeric())
    }
    pub fn is_capitalized(text: &str) -> bool {
        let mut cs = text.chars();
        cs.next().is_some_and(|c| c.is_uppercase()) && cs.any(|c| c.is_lowercase())
    }
    /// Two or more letters, all upper case; counted without collecting,
    /// since the person finder asks for every token.
    pub fn is_all_caps(text: &str) -> bool {
        let mut letters = 0;
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
        letters >= 2
    }
    pub fn starts_with_digit(text: &str) -> bool {
        text.as_bytes().first().is_some_and(u8::is_ascii_digit)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `chars` into tokens. Linear in the input.
pub fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut out = Vec::new();
    scan(chars, false, |start, end, space_before, line_start| {
        let mut text = String::with_capacity(end - start);
        text.extend(&chars[start..end]);
        out.push(Token {
            text,
            start,
            end,
            space_before,
            line_start,
        });
    });
    out
}

/// A token that borrows its text: no allocation per token. Same fields
/// and offsets (code points) as [`Token`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub space_before: bool,
    pub line_start: bool,
}

impl<'a> Tok<'a> {
    pub fn is_word(&self) -> bool {
        shape::is_word(self.text)
    }
    pub fn is_capitalized(&self) -> bool {
        shape::is_capitalized(self.text)
    }
    pub fn is_all_caps(&self) -> bool {
        shape::is_all_caps(self.text)
    }
    pub fn starts_with_digit(&self) -> bool {
        shape::starts_with_digit(self.text)
    }
    /// Lower case, borrowed when the text has no capitals (most words).
    pub fn lower(&self) -> Cow<'a, str> {
        if self
            .text
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            Cow::Borrowed(self.text)
        } else {
            Cow::Owned(self.text.to_lowercase())
        }
    }
}

/// Splits `text` into borrowed tokens (offsets in code points). Linear in
/// the input.
pub fn tokenize_str(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    // ASCII text: bytes are code points, no decoding needed.
    if text.is_ascii() {
        scan_ascii(text, 0, false, &mut out);
        return out;
    }
    // Otherwise line by line (no token crosses a line break), so ASCII
    // lines keep the byte scan and only the others are decoded, into one
    // reused buffer.
    let mut chars: Vec<char> = Vec::new();
    let (mut byte0, mut cp0) = (0usize, 0usize);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let after_break = n > 0;
        if line.is_ascii() {
            scan_ascii(line, cp0, after_break, &mut out);
            cp0 += line.len();
        } else {
            chars.clear();
            chars.extend(line.chars());
            // Byte offset (in `line`) of code point `at`, advanced
            // monotonically.
            let (mut at, mut byte) = (0usize, 0usize);
            let cs = &chars[..];
            let mut to_byte = |k: usize| {
                while at < k {
                    byte += cs[at].len_utf8();
                    at += 1;
                }
                byte
            };
            scan(cs, after_break, |start, end, space_before, line_start| {
                let (b0, b1) = (byte0 + to_byte(start), byte0 + to_byte(end));
                out.push(Tok {
                    text: &text[b0..b1],
                    start: cp0 + start,
                    end: cp0 + end,
                    space_before,
                    line_start,
                });
            });
            cp0 += cs.len();
        }
        byte0 += line.len();
    }
    out
}

/// Tokens of an ASCII `part` of the text that starts at code point `cp0`.
fn scan_ascii<'a>(part: &'a str, cp0: usize, after_break: bool, out: &mut Vec<Tok<'a>>) {
    scan(
        part.as_bytes(),
        after_break,
        |start, end, space_before, line_start| {
            out.push(Tok {
                text: &part[start..end],
                start: cp0 + start,
                end: cp0 + end,
                space_before,
                line_start,
            });
        },
    );
}

/// Alphanumeric, answered without a table lookup for ASCII, the common
/// letter blocks (Latin, Cyrillic) and General Punctuation (curly quotes,
/// dashes), which non-English and typeset text is full of.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        block_letter(c).unwrap_or_else(|| c.is_alphanumeric())
    }
}

/// Alphabetic, with the same shortcuts as [`is_alnum`].
#[inline]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        block_letter(c).unwrap_or_else(|| c.is_alphabetic())
    }
}

/// Whether a non-ASCII character is a letter, for blocks where a range
/// says so: Latin-1 letters and Latin Extended-A/B, Cyrillic (letters, not
/// its few signs and combining marks), General Punctuation (none are).
#[inline]
fn block_letter(c: char) -> Option<bool> {
    match c as u32 {
        0xC0..=0xFF => Some(c != '×' && c != '÷'),
        0x100..=0x24F => Some(true),
        0x400..=0x481 | 0x48A..=0x52F => Some(true),
        0x2000..=0x206F => Some(false),
        _ => None,
    }
}

/// The tokenizer proper: calls `emit(start, end, space_before,
/// line_start)` for each token in order.
///
/// `after_break`: the text follows a line break (a part of a longer text).
fn scan<T: Copy + Into<char>>(
    text: &[T],
    after_break: bool,
    mut emit: impl FnMut(usize, usize, bool, bool),
) {
    let chars = |k: usize| -> char { text[k].into() };
    let mut i = 0;
    let n = text.len();
    let mut space_before = after_break;
    let mut line_start = true;
    while i < n {
        let c = chars(i);
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' {
                line_start = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        if is_alnum(c) {
            i += 1;
            while i < n {
                let c = chars(i);
                if is_alnum(c) || is_combining(c) {
                    i += 1;
                    continue;
                }
                let next_alnum = i + 1 < n && is_alnum(chars(i + 1));
                let prev = chars(i - 1);
                let joins = match c {
                    // 500,000 and 2.5 (digits on both sides)
                    ',' | '.' => {
                        prev.is_ascii_digit() && i + 1 < n && chars(i + 1).is_ascii_digit()
                    }
                    '-' | '‑' => next_alnum,
                    _ if is_apostrophe(c) => {
                        // O'Brien joins; a possessive 's stays separate.
                        next_alnum && is_alpha(prev) && !is_possessive(text, i)
                    }
                    _ => false,
                };
                if joins {
                    i += 1;
                } else {
                    break;
                }
            }
            // Initialisms with dots: U.S., p.m., U.N.
            if i - start == 1 && i < n && chars(i) == '.' && is_alpha(chars(start)) {
                let mut j = i;
                while j + 1 < n && chars(j) == '.' && is_alpha(chars(j + 1)) {
                    if j + 2 < n && is_alnum(chars(j + 2)) {
                        break;
                    }
                    j += 2;
                }
                if j > i && j < n && chars(j) == '.' {
                    i = j + 1;
                }
            }
        } else {
            i += 1;
        }
        emit(start, i, space_before, line_start);
        space_before = false;
        line_start = false;
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x200D | 0xFE0F)
}

/// `’s` or `'s` at `i` followed by a non-letter: a possessive ending.
fn is_possessive<T: Copy + Into<char>>(text: &[T], i: usize) -> bool {
    let c = |k: usize| -> char { text[k].into() };
    i + 1 < text.len()
        && (c(i + 1) == 's' || c(i + 1) == 'S')
        && (i + 2 >= text.len() || !is_alnum(c(i + 2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        tokenize(&chars).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_numbers_names_and_initialisms_whole() {
        assert_eq!(
            words("At least 500,000 refugees, 2.5 km, the U.S. and 1 p.m. O'Brien"),
            vec![
                "At", "least", "500,000", "refugees", ",", "2.5", "km", ",", "the", "U.S.", "and",
                "1", "p.m.", "O'Brien"
            ]
        );
    }

    #[test]
    fn all_caps_needs_two_letters_and_no_lower_case() {
        let t = |s: &str| tokenize(&s.chars().collect::<Vec<_>>())[0].is_all_caps();
        assert!(t("NATO") && t("U.S.") && t("MH-17"));
        assert!(!t("A") && !t("Nato") && !t("16"));
    }

    #[test]
    fn borrowed_tokens_match_owned_ones() {
        let s = "Zelenskyy’s 500,000 U.S. refugees — “2.5 km”\nO'Brien";
        let chars: Vec<char> = s.chars().collect();
        let owned = tokenize(&chars);
        let borrowed = tokenize_str(s);
        assert_eq!(owned.len(), borrowed.len());
        for (a, b) in owned.iter().zip(&borrowed) {
            assert_eq!((a.text.as_str(), a.start, a.end), (b.text, b.start, b.end));
            assert_eq!(
                (a.space_before, a.line_start),
                (b.space_before, b.line_start)
            );
            assert_eq!(a.lower(), b.lower());
        }
        let ascii = "At least 500,000 refugees, 2.5 km, the U.S. and 1 p.m. O'Brien's";
        let chars: Vec<char> = ascii.chars().collect();
        let texts: Vec<String> = tokenize(&chars).into_iter().map(|t| t.text).collect();
        let borrowed: Vec<&str> = tokenize_str(ascii).iter().map(|t| t.text).collect();
        assert_eq!(texts, borrowed);
    }

    #[test]
    fn line_by_line_scan_matches_the_whole_text_scan() {
        // ASCII and non-ASCII lines mixed, blank lines, lines that start
        // with spaces or end a token at the break, U.S. before a break.
        let s = "Ünited 5 km\nplain ascii U.S.\n\n  “quoted” 2.5\n€5 O’Brien’s\nend 3\n";
        let chars: Vec<char> = s.chars().collect();
        let owned = tokenize(&chars);
        let borrowed = tokenize_str(s);
        assert_eq!(owned.len(), borrowed.len());
        for (a, b) in owned.iter().zip(&borrowed) {
            assert_eq!(
                (
                    a.text.as_str(),
                    a.start,
                    a.end,
                    a.space_before,
                    a.line_start
                ),
                (b.text, b.start, b.end, b.space_before, b.line_start)
            );
        }
        // Curly quotes and dashes are not letters; the shortcuts agree
        // with the Unicode tables over their blocks.
        assert!(!is_alnum('’') && !is_alnum('—') && is_alnum('é') && is_alnum('٣'));
        for c in ('\u{80}'..='\u{52F}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn splits_possessives_and_keeps_hyphenated_words() {
        assert_eq!(
            words("Zelenskyy’s second-largest Covid-19"),
            vec!["Zelenskyy", "’", "s", "second-largest", "Covid-19"]
        );
    }
}
