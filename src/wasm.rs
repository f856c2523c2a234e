//! The JavaScript binding: the only module that knows about wasm-bindgen.
//! It converts values in and out, and turns failures into JS errors. A
//! panic cannot be caught in wasm, so the hook leaves its message where the
//! JS wrapper looks after the trap (`globalThis.__factlightPanic`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("Factlight engine panicked: {info}");
        let _ = js_sys::Reflect::set(
            &js_sys::global(),
            &JsValue::from_str("__factlightPanic"),
            &JsValue::from_str(&msg),
        );
        web_sys::console::debug_1(&JsValue::from_str(&msg));
    }));
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// Snapshot of a page (see README "Snapshot") -> plan to apply.
#[wasm_bindgen]
pub fn analyze_snapshot(snapshot: JsValue) -> Result<JsValue, JsError> {
    let snap: crate::Snapshot = serde_wasm_bindgen::from_value(snapshot)
        .map_err(|e| JsError::new(&format!("bad snapshot: {e}")))?;
    let plan =
        crate::analyze_snapshot(&snap).map_err(|e| JsError::new(&format!("bad snapshot: {e}")))?;
    to_js(&plan)
}

/// Plain text -> report.
#[wasm_bindgen]
pub fn analyze_text(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::analyze_text(text))
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
