//! A small tokenizer shared by the figure and person finders. Tokens carry
//! code-point offsets into the text. Words keep inner hyphens, apostrophes
//! and number punctuation ("second-largest", "O'Brien", "500,000", "2.5",
//! "U.S.", "p.m.").

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
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    }
    pub fn is_capitalized(&self) -> bool {
        let mut cs = self.text.chars();
        cs.next().is_some_and(|c| c.is_uppercase()) && cs.any(|c| c.is_lowercase())
    }
    pub fn is_all_caps(&self) -> bool {
        // Counted without collecting: the person finder asks for every token.
        let mut letters = 0;
        for c in self.text.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
        letters >= 2
    }
    pub fn starts_with_digit(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `chars` into tokens. Linear in the input.
pub fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = chars.len();
    let mut space_before = false;
    let mut line_start = true;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' {
                line_start = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            i += 1;
            while i < n {
                let c = chars[i];
                if c.is_alphanumeric() || is_combining(c) {
                    i += 1;
                    continue;
                }
                let next_alnum = i + 1 < n && chars[i + 1].is_alphanumeric();
                let prev = chars[i - 1];
                let joins = match c {
                    // 500,000 and 2.5 (digits on both sides)
                    ',' | '.' => {
                        prev.is_ascii_digit() && i + 1 < n && chars[i + 1].is_ascii_digit()
                    }
                    '-' | '‑' => next_alnum,
                    _ if is_apostrophe(c) => {
                        // O'Brien joins; a possessive 's stays separate.
                        next_alnum && prev.is_alphabetic() && !is_possessive(chars, i)
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
            if i - start == 1 && i < n && chars[i] == '.' && chars[start].is_alphabetic() {
                let mut j = i;
                while j + 1 < n && chars[j] == '.' && chars[j + 1].is_alphabetic() {
                    if j + 2 < n && chars[j + 2].is_alphanumeric() {
                        break;
                    }
                    j += 2;
                }
                if j > i && j < n && chars[j] == '.' {
                    i = j + 1;
                }
            }
        } else {
            i += 1;
        }
        out.push(Token {
            text: chars[start..i].iter().collect(),
            start,
            end: i,
            space_before,
            line_start,
        });
        space_before = false;
        line_start = false;
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x200D | 0xFE0F)
}

/// `’s` or `'s` at `i` followed by a non-letter: a possessive ending.
fn is_possessive(chars: &[char], i: usize) -> bool {
    i + 1 < chars.len()
        && (chars[i + 1] == 's' || chars[i + 1] == 'S')
        && (i + 2 >= chars.len() || !chars[i + 2].is_alphanumeric())
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
    fn splits_possessives_and_keeps_hyphenated_words() {
        assert_eq!(
            words("Zelenskyy’s second-largest Covid-19"),
            vec!["Zelenskyy", "’", "s", "second-largest", "Covid-19"]
        );
    }
}
