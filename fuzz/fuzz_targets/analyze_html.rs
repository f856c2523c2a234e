//! Any bytes as an HTML page: the core must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(html) = std::str::from_utf8(data) {
        let _ = factlight::analyze_html(html);
    }
});
