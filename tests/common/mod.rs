//! Access to the shared data sets beside the checkout (../shared). A
//! user's clone has none: tests over them skip loudly, and fail under CI.

use std::path::PathBuf;

pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join(rel);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{} is missing, and CI=true requires the shared data sets",
            path.display()
        );
    }
    eprintln!(
        "\n!!! SKIPPED: {} is absent; tests over this data set did not run !!!\n",
        path.display()
    );
    None
}
