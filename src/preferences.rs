//! The reader's choices that change what the engine plans: which kinds of
//! highlight to make, whether to strip clutter, and which hidden blocks to
//! keep on this site. The extension sends them with each snapshot, so the
//! plan (marks, facts, counts) always agrees with the settings.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub figures: bool,
    pub officials: bool,
    /// Named people without an official role.
    pub people: bool,
    /// Hide clutter at all.
    pub clutter: bool,
    /// Keys (`Page::path`) of blocks the reader chose to keep on this site:
    /// such a block is never hidden, nor are others with the same key.
    pub keep: Vec<String>,
    /// "Clean this page anyway": the reader overrides the page gate for
    /// this tab, so a page judged not to be an article is cleaned too.
    pub anyway: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            figures: true,
            officials: true,
            people: true,
            clutter: true,
            keep: Vec::new(),
            anyway: false,
        }
    }
}

impl Preferences {
    /// The blocks still hidden once the reader's choices are applied.
    pub fn filter_hidden(&self, hide: Vec<usize>, key_of: impl Fn(usize) -> String) -> Vec<usize> {
        if !self.clutter {
            return Vec::new();
        }
        if self.keep.is_empty() {
            return hide;
        }
        hide.into_iter()
            .filter(|&h| !self.keep.contains(&key_of(h)))
            .collect()
    }

    /// Whether a person of this kind is highlighted.
    pub fn wants_person(&self, official: bool) -> bool {
        if official {
            self.officials
        } else {
            self.people
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Preferences;

    #[test]
    fn missing_fields_mean_everything_on() {
        let p: Preferences = serde_json::from_str(r#"{"people":false}"#).unwrap();
        assert!(p.figures && p.officials && p.clutter && !p.people);
        assert!(p.keep.is_empty());
    }

    #[test]
    fn kept_keys_and_clutter_off_unhide() {
        let key = |h: usize| format!("div.b{h}");
        let p = Preferences {
            keep: vec!["div.b2".into()],
            ..Preferences::default()
        };
        assert_eq!(p.filter_hidden(vec![1, 2, 3], key), vec![1, 3]);
        let off = Preferences {
            clutter: false,
            ..Preferences::default()
        };
        assert!(off.filter_hidden(vec![1, 2], key).is_empty());
    }
}
