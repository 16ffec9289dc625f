//! Compiling JavaScript to QuickJS bytecode without running it. Shared by `build.rs` (the
//! embedded glue and libraries) and the runtime (scripts compiled ahead on another thread).

use rquickjs::{qjs, Ctx};
use std::ffi::CString;

/// Compiles `source` as a global script named `file` without running it (what `JS_Eval` does
/// with `JS_EVAL_FLAG_COMPILE_ONLY`), and returns the serialized function bytecode, with its
/// source text and debug information (file names, lines) kept.
pub fn compile(ctx: &Ctx<'_>, source: &str, file: &str, strict: bool) -> Result<Vec<u8>, String> {
    let input = CString::new(source).map_err(|e| e.to_string())?;
    let file = CString::new(file).map_err(|e| e.to_string())?;
    let mut flags = qjs::JS_EVAL_TYPE_GLOBAL | qjs::JS_EVAL_FLAG_COMPILE_ONLY;
    if strict {
        flags |= qjs::JS_EVAL_FLAG_STRICT;
    }
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: `raw` is the live context of `ctx`; `input` is NUL-terminated with `source.len()`
    // bytes before the NUL, as JS_Eval requires; the returned value is owned here and freed
    // below; the buffer JS_WriteObject returns is copied, then freed with the context's
    // allocator, which allocated it.
    unsafe {
        let function = qjs::JS_Eval(
            raw,
            input.as_ptr(),
            source.len() as _,
            file.as_ptr(),
            flags as i32,
        );
        if qjs::JS_IsException(function) {
            let error = ctx.catch();
            let message = error
                .as_exception()
                .map(|e| format!("{}", e))
                .unwrap_or_else(|| format!("{error:?}"));
            return Err(message);
        }
        let mut len = 0;
        let buf = qjs::JS_WriteObject(raw, &mut len, function, qjs::JS_WRITE_OBJ_BYTECODE as i32);
        qjs::JS_FreeValue(raw, function);
        if buf.is_null() {
            let _ = ctx.catch();
            return Err("JS_WriteObject failed".to_string());
        }
        let bytes = std::slice::from_raw_parts(buf, len as usize).to_vec();
        qjs::js_free(raw, buf.cast());
        Ok(bytes)
    }
}
