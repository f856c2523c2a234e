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

/// Snapshot of a page as JSON (see README "Snapshot") -> plan to apply, as JSON.
/// JSON strings, not JS objects, cross the boundary: the browser's JSON and serde_json
/// each take one pass, where walking an object graph costs a JS call per field
/// (measured: the snapshot conversion dominated the analysis time in the extension).
#[wasm_bindgen]
pub fn analyze_snapshot_json(snapshot: &str) -> Result<String, JsError> {
    let snap: crate::Snapshot =
        serde_json::from_str(snapshot).map_err(|e| JsError::new(&format!("bad snapshot: {e}")))?;
    let plan =
        crate::analyze_snapshot(&snap).map_err(|e| JsError::new(&format!("bad snapshot: {e}")))?;
    serde_json::to_string(&plan)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
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
