//! The embedded JavaScript precompiled to QuickJS bytecode by `build.rs`: the sandbox glue and
//! the library modules. Loading bytecode skips parsing, the bulk of what a module costs the
//! first time a script requires it.
//!
//! Bytecode is specific to the QuickJS version that wrote it. It is used only when the runtime's
//! QuickJS is the version `build.rs` ran and the source it was compiled from has the length of
//! the embedded source; when there is none or it fails to load, callers compile the source, as
//! they did before there was bytecode, and behave the same (the bytecode keeps the source's file
//! names, lines and text).

use rquickjs::{qjs, Ctx, Function, Value};
use std::ffi::CStr;

/// One file of bytecode: what `name` is (a glue file name or a module name), the length of the
/// source it was compiled from, and the bytes.
pub struct Compiled {
    pub name: &'static str,
    pub source_len: usize,
    pub bytes: &'static [u8],
}

// QUICKJS_VERSION, GLUE and LIBS.
include!(concat!(env!("OUT_DIR"), "/bytecode.rs"));

/// The install function of the glue file `file` (`postie/chai.js`), whose source is `source`.
pub fn glue<'js>(ctx: &Ctx<'js>, file: &str, source: &str) -> Option<Function<'js>> {
    let bytes = find(GLUE, file, source.len())?;
    load(ctx, bytes)?.into_function()
}

/// The function `new Function('module', 'exports', 'require', source)` makes for the built-in
/// module `name`, whose source is `source_len` bytes long.
pub fn library<'js>(ctx: &Ctx<'js>, name: &str, source_len: usize) -> Option<Function<'js>> {
    let bytes = find(LIBS, name, source_len)?;
    load(ctx, bytes)?.into_function()
}

fn find(table: &'static [Compiled], name: &str, source_len: usize) -> Option<&'static [u8]> {
    if !same_quickjs() {
        return None;
    }
    table
        .iter()
        .find(|c| c.name == name && c.source_len == source_len)
        .map(|c| c.bytes)
}

/// Whether the runtime's QuickJS is the one that wrote the bytecode.
fn same_quickjs() -> bool {
    // SAFETY: JS_GetVersion returns a pointer to a static NUL-terminated string.
    let version = unsafe { CStr::from_ptr(qjs::JS_GetVersion()) };
    !QUICKJS_VERSION.is_empty() && version.to_bytes() == QUICKJS_VERSION.as_bytes()
}

/// Reads the bytecode of a compiled script (embedded, or compiled ahead) and runs it, returning
/// its completion value (for the files build.rs writes and for scripts, a function). `None`,
/// with no exception left pending, when the bytes do not load or do not hold a script.
pub fn load<'js>(ctx: &Ctx<'js>, bytes: &[u8]) -> Option<Value<'js>> {
    let raw = ctx.as_raw().as_ptr();
    // SAFETY: `raw` is the live context `ctx` wraps. JS_ReadObject copies what it needs from
    // `bytes` and returns an owned value (or JS_EXCEPTION); that value is either freed here or
    // handed to JS_EvalFunction, which takes ownership of it. The bytes come from this build or
    // from this process's compile-ahead thread (JS_READ_OBJ_BYTECODE must only read trusted
    // input), and a value that is not function bytecode is never evaluated. The value
    // JS_EvalFunction returns is owned, so `Value` may free it.
    unsafe {
        let object = qjs::JS_ReadObject(
            raw,
            bytes.as_ptr(),
            bytes.len() as _,
            qjs::JS_READ_OBJ_BYTECODE as i32,
        );
        if qjs::JS_IsException(object) {
            let _ = ctx.catch();
            return None;
        }
        if qjs::JS_VALUE_GET_TAG(object) != qjs::JS_TAG_FUNCTION_BYTECODE {
            qjs::JS_FreeValue(raw, object);
            return None;
        }
        let value = qjs::JS_EvalFunction(raw, object);
        if qjs::JS_IsException(value) {
            let _ = ctx.catch();
            return None;
        }
        Some(Value::from_raw(ctx.clone(), value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rquickjs::{Context, Runtime};

    fn with_ctx(f: impl FnOnce(&Ctx<'_>)) {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| f(&ctx));
    }

    #[test]
    fn every_glue_file_and_module_has_bytecode_that_loads() {
        if option_env!("POSTIE_NO_BYTECODE").is_some_and(|v| !v.is_empty() && v != "0") {
            return;
        }
        assert!(same_quickjs(), "bytecode from QuickJS {QUICKJS_VERSION}");
        assert_eq!(GLUE.len(), super::super::engine::GLUE.len());
        with_ctx(|ctx| {
            for (file, source) in super::super::engine::GLUE.iter().copied() {
                assert!(glue(ctx, file, source).is_some(), "{file}");
            }
            for name in super::super::modules::BUILTINS.iter().map(|b| b.name) {
                let source = super::super::modules::module_source(name).expect("source");
                let f = library(ctx, name, source.len());
                assert!(f.is_some(), "{name}");
                let text: String = ctx
                    .eval::<Function, _>("(function (f) { return String(f); })")
                    .expect("toString")
                    .call((f,))
                    .expect("text");
                assert!(text.contains(source), "{name}: the function keeps its text");
            }
            assert!(!ctx.has_exception());
        });
    }

    /// The precompiled module function and the one `new Function` makes from the source have
    /// the same text, and errors thrown inside them the same stack (file `<input>`, lines).
    #[test]
    fn a_precompiled_module_is_what_new_function_makes_of_its_source() {
        if LIBS.is_empty() {
            return;
        }
        with_ctx(|ctx| {
            crate::script::modules::install_natives(ctx).expect("natives");
            let compare: Function = ctx
                .eval(
                    "(function (precompiled, source, probe) {\n\
                       var fromSource = new Function('module', 'exports', 'require', source);\n\
                       if (String(precompiled) !== String(fromSource)) return 'text differs';\n\
                       if (!probe) return 'same';\n\
                       function stack(f) {\n\
                         var module = { exports: {} };\n\
                         f.call(module.exports, module, module.exports, function () { return {}; });\n\
                         try { probe(module.exports); } catch (e) { return e.name + ': ' + e.message + '\\n' + e.stack.split('(eval_script')[0]; }\n\
                         return 'no error';\n\
                       }\n\
                       var a = stack(precompiled), b = stack(fromSource);\n\
                       return a === b && a.indexOf('(<input>:') !== -1 ? 'same' : a + '\\n----\\n' + b;\n\
                     })",
                )
                .expect("compare");
            let probe: Function = ctx
                .eval("(function (C) { C.enc.Hex.stringify(null); })")
                .expect("probe");
            for c in LIBS {
                let source = crate::script::modules::module_source(c.name).expect("source");
                let f = library(ctx, c.name, source.len()).expect("bytecode");
                let probe = (c.name == "crypto-js").then(|| probe.clone());
                let verdict: String = compare.call((f, source, probe)).expect("compared");
                assert_eq!(verdict, "same", "{}", c.name);
            }
        });
    }

    #[test]
    fn bytecode_that_does_not_load_is_none_and_leaves_no_exception() {
        with_ctx(|ctx| {
            assert!(load(ctx, b"").is_none());
            assert!(load(ctx, b"\x00\x01garbage").is_none());
            if let Some(first) = LIBS.first() {
                let mut bytes = first.bytes.to_vec();
                bytes[0] = bytes[0].wrapping_add(1); // another bytecode version
                assert!(load(ctx, &bytes).is_none());
                bytes.truncate(bytes.len() / 2);
                assert!(load(ctx, &bytes).is_none());
                assert!(library(ctx, first.name, first.source_len + 1).is_none());
            }
            assert!(library(ctx, "no-such-module", 0).is_none());
            assert!(!ctx.has_exception());
            assert_eq!(ctx.eval::<i32, _>("1 + 1").ok(), Some(2));
        });
    }
}
