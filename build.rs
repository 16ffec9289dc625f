//! Compiles the JavaScript embedded in postie to QuickJS bytecode, so a runtime loads it instead
//! of parsing the source (issue #5: 1–3 ms to load a library instead of 9–14 ms).
//!
//! Two kinds of files, compiled exactly as the source path evaluates them, so error messages,
//! stack traces and `Function.prototype.toString` stay the same:
//! - the sandbox glue, `src/script/js/NAME.js`: a strict global script named `postie/NAME.js`
//!   (see `GLUE` in `src/script/engine.rs`);
//! - each built-in module of `src/script/modules/manifest.rs` (its files concatenated): the text
//!   `new Function('module', 'exports', 'require', source)` compiles, under the file name QuickJS
//!   gives that (`<input>`).
//!
//! `OUT_DIR/module_sources.rs` embeds each module's files for the runtime (`SOURCES`), whether
//! or not there is bytecode. The bytecode goes to `OUT_DIR`; `OUT_DIR/bytecode.rs` lists it for `src/script/bytecode.rs`,
//! with the QuickJS version that wrote it and the length of each source. Bytecode is specific to
//! the QuickJS version, so the build dependency is the same `rquickjs` as the runtime's, and the
//! runtime falls back to the source when the versions or lengths differ or a load fails.
//! A file that does not compile gets no bytecode (a warning): the runtime reports the error from
//! the source, as before. `POSTIE_NO_BYTECODE=1` builds without any bytecode.

use rquickjs::{qjs, Context, Runtime};
use std::ffi::CStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const GLUE_DIR: &str = "src/script/js";
const LIBS_DIR: &str = "src/script/modules/js";
const MANIFEST: &str = "src/script/modules/manifest.rs";

/// The compiler the runtime also uses for scripts compiled ahead (`src/script/precompile.rs`).
#[path = "src/script/write_bytecode.rs"]
mod write_bytecode;
use write_bytecode::compile;

#[allow(dead_code)]
mod manifest {
    include!("src/script/modules/manifest.rs");
}

/// What `new Function('module', 'exports', 'require', body)` compiles in QuickJS-ng
/// (`js_function_constructor`), and the file name it gives it.
const FUNCTION_HEAD: &str = "(function anonymous(module,exports,require\n) {\n";
const FUNCTION_TAIL: &str = "\n})";
const FUNCTION_FILE: &str = "<input>";

fn main() {
    link_position_dependent();
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={GLUE_DIR}");
    println!("cargo:rerun-if-changed={LIBS_DIR}");
    println!("cargo:rerun-if-changed={MANIFEST}");
    println!("cargo:rerun-if-env-changed=POSTIE_NO_BYTECODE");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let enabled = std::env::var_os("POSTIE_NO_BYTECODE").is_none_or(|v| v.is_empty() || v == "0");
    write_module_sources(&out);
    let mut glue = Vec::new();
    let mut libs = Vec::new();
    let mut version = String::new();
    if enabled {
        let runtime = Runtime::new().expect("QuickJS runtime for the build");
        let context = Context::full(&runtime).expect("QuickJS context for the build");
        version = quickjs_version();
        context.with(|ctx| {
            for (file, source) in glue_files() {
                let name = format!("postie/{file}");
                match compile(&ctx, &source, &name, true) {
                    Ok(bytes) => glue.push((name, source.len(), bytes)),
                    Err(e) => println!("cargo:warning={GLUE_DIR}/{file}: no bytecode: {e}"),
                }
            }
            for (name, source) in library_modules() {
                let text = format!("{FUNCTION_HEAD}{source}{FUNCTION_TAIL}");
                match compile(&ctx, &text, FUNCTION_FILE, false) {
                    Ok(bytes) => libs.push((name, source.len(), bytes)),
                    Err(e) => println!("cargo:warning=module {name}: no bytecode: {e}"),
                }
            }
        });
    }
    let mut table = String::new();
    let _ = writeln!(table, "// Written by build.rs.");
    let _ = writeln!(table, "pub const QUICKJS_VERSION: &str = {version:?};");
    for (list, prefix, entries) in [("GLUE", "glue", &glue), ("LIBS", "lib", &libs)] {
        let _ = writeln!(table, "pub const {list}: &[Compiled] = &[");
        for (i, (name, len, bytes)) in entries.iter().enumerate() {
            let file = format!("{prefix}-{i}.qbc");
            write_if_changed(&out.join(&file), bytes);
            let _ = writeln!(
                table,
                "    Compiled {{ name: {name:?}, source_len: {len}, bytes: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\")) }},"
            );
        }
        let _ = writeln!(table, "];");
    }
    write_if_changed(&out.join("bytecode.rs"), table.as_bytes());
}

/// The glue files, by file name, sorted.
fn glue_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(GLUE_DIR)
        .expect("src/script/js")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".js"))
        .map(|name| {
            let source = read(&Path::new(GLUE_DIR).join(&name));
            (name, source)
        })
        .collect();
    files.sort();
    files
}

/// The modules of the manifest: (name, the texts of its files concatenated).
fn library_modules() -> Vec<(String, String)> {
    manifest::BUILTINS
        .iter()
        .map(|module| {
            let source: String = module
                .files
                .iter()
                .map(|file| read(&Path::new(LIBS_DIR).join(file)))
                .collect();
            (module.name.to_string(), source)
        })
        .collect()
}

/// `OUT_DIR/module_sources.rs`: `SOURCES`, each module's name and its files `include_str!`ed.
fn write_module_sources(out: &Path) {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut text = String::from("// Written by build.rs from src/script/modules/manifest.rs.\n");
    text.push_str("pub const SOURCES: &[(&str, &str)] = &[\n");
    for module in manifest::BUILTINS {
        let files: Vec<String> = module
            .files
            .iter()
            .map(|file| {
                let path = Path::new(&root).join(LIBS_DIR).join(file);
                assert!(
                    path.is_file(),
                    "{MANIFEST}: {} has no file {file}",
                    module.name
                );
                format!("include_str!({:?})", path.display().to_string())
            })
            .collect();
        let _ = writeln!(
            text,
            "    ({:?}, concat!({})),",
            module.name,
            files.join(", ")
        );
    }
    text.push_str("];\n");
    write_if_changed(&out.join("module_sources.rs"), text.as_bytes());
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write_if_changed(path: &Path, bytes: &[u8]) {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return;
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn quickjs_version() -> String {
    // SAFETY: JS_GetVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(qjs::JS_GetVersion()) }
        .to_string_lossy()
        .into_owned()
}

/// On Linux the `postie` executable is linked position-dependent: a position-independent one
/// carries 30,000 relocations (0.7 MB) that the loader reads and applies to 0.6 MB of pointer
/// tables at every start, 2.5 MiB more resident memory for a one-request run. Its libraries and
/// heap are still placed at random. `POSTIE_PIE=1` links it position-independent.
fn link_position_dependent() {
    println!("cargo:rerun-if-env-changed=POSTIE_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let pie = std::env::var("POSTIE_PIE").is_ok_and(|v| !v.is_empty() && v != "0");
    if linux && !pie {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
