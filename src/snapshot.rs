//! The page as plain data: what the content script (or the HTML parser) hands
//! the core. Nodes are in document pre-order, so a parent always comes first.

use serde::{Deserialize, Serialize};

/// JSON-LD scripts copied into a snapshot, and the characters kept of each
/// (extension/content/snapshot.js uses the same limits).
pub const MAX_LD_SCRIPTS: usize = 8;
pub const MAX_LD_CHARS: usize = 65_536;
/// The `<meta>` keys copied into a snapshot (`property` or `name`), and the
/// characters kept of each value (extension/content/snapshot.js: the same).
pub const META_KEYS: &[&str] = &[
    "og:type",
    "article:published_time",
    "article:modified_time",
    "article:author",
    "author",
    "og:url",
];
pub const MAX_META_CHARS: usize = 300;

/// Bit set in `SnapNode::flags` for form fields and contenteditable regions.
pub const FLAG_EDITABLE: u32 = 1;
/// Bit set in `SnapNode::flags` for elements the page itself does not render.
pub const FLAG_HIDDEN: u32 = 2;

/// The only attributes the engine reads. Snapshots carry no others: the page's other
/// attribute values are not ours to copy, and they were half of every message's bytes.
/// extension/content/snapshot.js keeps the same list (tests/snapshot_parity.rs checks).
pub const ENGINE_ATTRS: &[&str] = &["class", "id", "role", "itemprop", "hidden"];

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Snapshot {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    /// What the page says it is, for the page gate (`clutter::structured`):
    /// its `<meta>` values for `META_KEYS` (the first of each key, in that
    /// order) and the raw text of its JSON-LD scripts (at most
    /// `MAX_LD_SCRIPTS`, each cut to `MAX_LD_CHARS`). The engine parses
    /// them; the walkers only copy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meta: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ld_json: Vec<String>,
    /// The reader's settings for this page (all on when absent).
    #[serde(default)]
    pub prefs: crate::preferences::Preferences,
    pub nodes: Vec<SnapNode>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SnapNode {
    /// Index of the parent node, -1 for the root.
    pub p: i64,
    /// Lower-case tag name, or "#text" for a text node.
    pub tag: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attrs: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub flags: u32,
}

fn is_zero(v: &u32) -> bool {
    *v == 0
}

impl SnapNode {
    pub fn is_text(&self) -> bool {
        self.tag == "#text"
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a snapshot cannot be analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    Empty,
    BadParent { node: usize, parent: i64 },
    TextWithoutText { node: usize },
    TooLarge { nodes: usize },
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::Empty => write!(f, "snapshot has no nodes"),
            SnapshotError::BadParent { node, parent } => write!(
                f,
                "node {node} has parent {parent}; parents must come before their children"
            ),
            SnapshotError::TextWithoutText { node } => {
                write!(f, "text node {node} has no text")
            }
            SnapshotError::TooLarge { nodes } => {
                write!(
                    f,
                    "snapshot has {nodes} nodes, more than the {MAX_NODES} supported"
                )
            }
        }
    }
}

impl std::error::Error for SnapshotError {}

/// Pages beyond this many nodes are refused rather than analysed slowly.
pub const MAX_NODES: usize = 2_000_000;

/// Checks the structural promises the rest of the core relies on.
pub fn validate(s: &Snapshot) -> Result<(), SnapshotError> {
    if s.nodes.is_empty() {
        return Err(SnapshotError::Empty);
    }
    if s.nodes.len() > MAX_NODES {
        return Err(SnapshotError::TooLarge {
            nodes: s.nodes.len(),
        });
    }
    for (i, n) in s.nodes.iter().enumerate() {
        let ok = if i == 0 {
            n.p == -1
        } else {
            n.p >= 0 && (n.p as usize) < i
        };
        if !ok {
            return Err(SnapshotError::BadParent {
                node: i,
                parent: n.p,
            });
        }
        if n.p >= 0 && s.nodes[n.p as usize].is_text() {
            return Err(SnapshotError::BadParent {
                node: i,
                parent: n.p,
            });
        }
        if n.is_text() && n.text.is_none() {
            return Err(SnapshotError::TextWithoutText { node: i });
        }
    }
    Ok(())
}
