//! `JSON.parse` of response bodies done in Rust: serde_json reads the text and the JavaScript
//! values are built with QuickJS's own calls, each distinct key turned into an atom once. On
//! API-shaped bodies this is several times faster than QuickJS's parser. It gives the value
//! `JSON.parse` gives; for text serde_json refuses (bad JSON, lone surrogates, numbers out of
//! range, nesting deeper than 128) it answers `None` and the caller uses `JSON.parse`, which
//! also produces the exact error message.

mod lazy;

use rquickjs::{qjs, Ctx, Function, Value};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use std::collections::HashMap;
use std::fmt;

/// The value of `text` as JSON, built in `ctx`, or `None` when serde_json refuses the text.
pub fn parse<'js>(ctx: &Ctx<'js>, text: &str) -> Option<Value<'js>> {
    build(ctx, text, None, 0)
}

/// As [`parse`], but long arrays of objects or arrays come back as `make(elements, length)`:
/// a view that builds each element the first time it is read ([`LazyElements`]).
pub fn parse_lazy<'js>(
    ctx: &Ctx<'js>,
    text: std::rc::Rc<str>,
    make: Function<'js>,
) -> Option<Value<'js>> {
    let whole = text.clone();
    let lazy = lazy::Lazy {
        ctx: ctx.clone(),
        text,
        make,
    };
    build(ctx, &whole, Some(lazy), 0)
}

/// Arrays and objects nested deeper than this are left to `JSON.parse` (serde_json's own limit;
/// the lazy path parses elements with fresh deserializers, so the builder counts itself).
const MAX_DEPTH: usize = 128;

/// `text` built in `ctx`; `depth` is how deep inside a larger document the text lies.
fn build<'js>(
    ctx: &Ctx<'js>,
    text: &str,
    lazy: Option<lazy::Lazy<'js>>,
    depth: usize,
) -> Option<Value<'js>> {
    let mut builder = Builder {
        ctx: ctx.as_raw().as_ptr(),
        atoms: HashMap::default(),
        lazy,
        depth,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let result = JsValue(&mut builder).deserialize(&mut de);
    let result = result.and_then(|v| de.end().map(|_| v));
    builder.release_atoms();
    match result {
        // SAFETY: `raw` is an owned value of this context; ownership moves to the `Value`.
        Ok(raw) => Some(unsafe { Value::from_raw(ctx.clone(), raw.into_raw()) }),
        Err(_) => {
            // A failed allocation leaves an exception pending; JSON.parse will meet it again.
            // SAFETY: taking the pending exception (or undefined) returns an owned value we free.
            unsafe { qjs::JS_FreeValue(builder.ctx, qjs::JS_GetException(builder.ctx)) };
            None
        }
    }
}

/// FNV-1a: keys are short and come from the response, where SipHash's protection buys nothing
/// for a map that lives for one parse.
#[derive(Default, Clone, Copy)]
struct KeyHash;

struct Fnv(u64);

impl std::hash::BuildHasher for KeyHash {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

struct Builder<'js> {
    ctx: *mut qjs::JSContext,
    atoms: HashMap<String, qjs::JSAtom, KeyHash>,
    lazy: Option<lazy::Lazy<'js>>,
    /// Arrays and objects open around the value being built.
    depth: usize,
}

impl Builder<'_> {
    /// One level deeper; an error past [`MAX_DEPTH`].
    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        Ok(())
    }

    fn atom(&mut self, key: &str) -> Result<qjs::JSAtom, String> {
        if let Some(&atom) = self.atoms.get(key) {
            return Ok(atom);
        }
        // Through a string value: JS_NewAtomLen mistakes UTF-8 keys for Latin-1 ones.
        let string = self.string(key)?;
        // SAFETY: `string` is a live value of this context.
        let atom = unsafe { qjs::JS_ValueToAtom(self.ctx, string.0) };
        drop(string);
        if atom == 0 {
            return Err("out of memory".into());
        }
        self.atoms.insert(key.to_string(), atom);
        Ok(atom)
    }

    fn string(&self, text: &str) -> Result<Owned, String> {
        // SAFETY: the pointer and length describe valid UTF-8 that QuickJS copies.
        let raw = unsafe { qjs::JS_NewStringLen(self.ctx, text.as_ptr().cast(), text.len() as _) };
        self.owned(raw)
    }

    fn owned(&self, raw: qjs::JSValue) -> Result<Owned, String> {
        let value = Owned(raw, self.ctx);
        // SAFETY: inspecting the tag of a value.
        if unsafe { qjs::JS_IsException(raw) } {
            return Err("out of memory".into());
        }
        Ok(value)
    }

    /// An array of `elements`, copied into its storage in one step.
    fn array(&self, mut elements: Elements) -> Result<Owned, String> {
        let count = i32::try_from(elements.0.len()).map_err(|e| e.to_string())?;
        let values = std::mem::take(&mut elements.0);
        // SAFETY: the values are owned; JS_NewArrayFrom takes them over (and frees them if it
        // fails).
        let array = unsafe { qjs::JS_NewArrayFrom(self.ctx, count, values.as_ptr()) };
        self.owned(array)
    }

    fn release_atoms(&mut self) {
        for (_, atom) in self.atoms.drain() {
            // SAFETY: each atom was created once by `JS_ValueToAtom` and is freed once.
            unsafe { qjs::JS_FreeAtom(self.ctx, atom) };
        }
    }
}

/// A JavaScript value this code owns; freed unless handed on with `into_raw`.
struct Owned(qjs::JSValue, *mut qjs::JSContext);

impl Owned {
    fn into_raw(self) -> qjs::JSValue {
        let raw = self.0;
        std::mem::forget(self);
        raw
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        // SAFETY: the value is owned and freed exactly once.
        unsafe { qjs::JS_FreeValue(self.1, self.0) };
    }
}

/// Array elements built so far; freed if the array is never made.
struct Elements(Vec<qjs::JSValue>, *mut qjs::JSContext);

impl Drop for Elements {
    fn drop(&mut self) {
        for value in self.0.drain(..) {
            // SAFETY: each element is owned here and freed once.
            unsafe { qjs::JS_FreeValue(self.1, value) };
        }
    }
}

struct JsValue<'b, 'js>(&'b mut Builder<'js>);

impl<'de> DeserializeSeed<'de> for JsValue<'_, '_> {
    type Value = Owned;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Owned, D::Error> {
        d.deserialize_any(self)
    }
}

fn number(ctx: *mut qjs::JSContext, n: f64) -> Owned {
    if n.fract() == 0.0 && n.abs() <= f64::from(i32::MAX) && !(n == 0.0 && n.is_sign_negative()) {
        return Owned(qjs::JS_MKVAL(qjs::JS_TAG_INT, n as i32), ctx);
    }
    Owned(qjs::JS_NewFloat64(n), ctx)
}

impl<'de> Visitor<'de> for JsValue<'_, '_> {
    type Value = Owned;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Owned, E> {
        Ok(Owned(qjs::JS_NULL, self.0.ctx))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Owned, E> {
        Ok(Owned(
            qjs::JS_MKVAL(qjs::JS_TAG_BOOL, i32::from(v)),
            self.0.ctx,
        ))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Owned, E> {
        Ok(number(self.0.ctx, v as f64))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Owned, E> {
        Ok(number(self.0.ctx, v as f64))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Owned, E> {
        Ok(number(self.0.ctx, v))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Owned, E> {
        self.0.string(v).map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Owned, A::Error> {
        let builder = self.0;
        builder.enter().map_err(A::Error::custom)?;
        let array = if builder.lazy.is_some() {
            lazy::array(builder, seq)?
        } else {
            let mut elements = Elements(Vec::new(), builder.ctx);
            while let Some(element) = seq.next_element_seed(JsValue(&mut *builder))? {
                elements.0.push(element.into_raw());
            }
            builder.array(elements).map_err(A::Error::custom)?
        };
        builder.depth -= 1;
        Ok(array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Owned, A::Error> {
        let builder = self.0;
        builder.enter().map_err(A::Error::custom)?;
        // SAFETY: creating an object in a live context.
        let object = builder
            .owned(unsafe { qjs::JS_NewObject(builder.ctx) })
            .map_err(A::Error::custom)?;
        while let Some(atom) = map.next_key_seed(Key(&mut *builder))? {
            let value = map.next_value_seed(JsValue(&mut *builder))?;
            // SAFETY: `object` is live, `atom` is held by the builder's cache; the value's
            // ownership passes to QuickJS. Defining (not setting) keeps `__proto__` an own key.
            let status = unsafe {
                qjs::JS_DefinePropertyValue(
                    builder.ctx,
                    object.0,
                    atom,
                    value.into_raw(),
                    qjs::JS_PROP_C_W_E as _,
                )
            };
            if status < 0 {
                return Err(A::Error::custom("out of memory"));
            }
        }
        builder.depth -= 1;
        Ok(object)
    }
}

struct Key<'b, 'js>(&'b mut Builder<'js>);

impl<'de> DeserializeSeed<'de> for Key<'_, '_> {
    type Value = qjs::JSAtom;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<qjs::JSAtom, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_, '_> {
    type Value = qjs::JSAtom;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<qjs::JSAtom, E> {
        self.0.atom(v).map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use rquickjs::{Context, Function, Runtime};

    /// Each text parsed both ways gives the same value: same JSON text, same key order, same -0.
    #[test]
    fn parses_as_json_parse_does() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let check: Function = ctx
                .eval(
                    "(function (a, text) { var b = JSON.parse(text);
                       function same(x, y) {
                         if (typeof x !== typeof y) return false;
                         if (typeof x === 'number') return Object.is(x, y);
                         if (x === null || typeof x !== 'object') return x === y;
                         if (Array.isArray(x) !== Array.isArray(y)) return false;
                         if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
                         var kx = Object.getOwnPropertyNames(x), ky = Object.getOwnPropertyNames(y);
                         if (kx.join('\\u0000') !== ky.join('\\u0000')) return false;
                         return kx.every(function (k) { return same(x[k], y[k]); });
                       }
                       return same(a, b); })",
                )
                .expect("checker");
            let texts = [
                r#"{"a":1,"b":[1,2,{"c":null}],"d":"x","e":true,"f":false}"#,
                r#"{"2":"two","1":"one","b":0,"a":-0,"__proto__":{"x":1}}"#,
                r#"{"k":1,"k":2,"j":3}"#,
                r#"[-0, 0.1, 1e21, 1.7976931348623157e308, 5e-324, 9007199254740993, 123456789012345678901234567890, 2147483648, -2147483649, 1.5e3]"#,
                r#"{"é":"ü","日本":"語","esc":"\u00e9\n\t\"\\\/","emoji":"\ud83d\ude00"}"#,
                r#"  [ { } , [ ] , "" ]  "#,
            ];
            for text in texts {
                let fast = super::parse(&ctx, text).expect(text);
                let same: bool = check.call((fast, text)).expect("compare");
                assert!(same, "{text}");
            }
            for refused in ["{\"a\":1,}", "[1] x", "\"\\ud800\"", "1e400", "\u{feff}{}", ""] {
                assert!(super::parse(&ctx, refused).is_none(), "{refused}");
            }
        });
    }

    #[test]
    #[ignore = "benchmark"]
    fn parse_speed() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        let items: Vec<String> = (0..110)
            .map(|i| format!(r#"{{"id":{i},"name":"item {i}","active":true,"price":{}.25,"tags":["a","b"],"owner":{{"id":{},"email":"u{i}@example.com"}}}}"#, i, i * 7))
            .collect();
        let text = format!(r#"{{"page":1,"data":[{}]}}"#, items.join(","));
        context.with(|ctx| {
            let parse: Function = ctx
                .eval("(function (t) { return JSON.parse(t); })")
                .expect("f");
            let started = std::time::Instant::now();
            for _ in 0..1000 {
                let _: rquickjs::Value = parse.call((text.as_str(),)).expect("parse");
            }
            let quick = started.elapsed();
            let started = std::time::Instant::now();
            for _ in 0..1000 {
                super::parse(&ctx, &text).expect("parse");
            }
            println!(
                "{} bytes: JSON.parse {:?}, serde {:?} per parse",
                text.len(),
                quick / 1000,
                started.elapsed() / 1000
            );
        });
    }
}

#[cfg(test)]
mod lazy_tests {
    use rquickjs::{Context, Function, Runtime};

    /// Deep nesting is left to `JSON.parse` on the lazy path too (each element's fresh
    /// deserializer would otherwise recurse without a limit); 100 levels still parse here.
    #[test]
    fn deep_nesting_is_refused_not_recursed() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let make: Function = ctx
                .eval("(function (elements, length) { return length; })")
                .expect("make");
            let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
            assert!(super::parse_lazy(&ctx, deep.into(), make.clone()).is_none());
            let ok = format!("{}1{}", "[".repeat(100), "]".repeat(100));
            assert!(super::parse_lazy(&ctx, ok.into(), make).is_some());
        });
    }

    /// Long arrays of objects or arrays go to `make`, nested ones too; short ones and arrays of
    /// scalars are built at once.
    #[test]
    fn long_nested_arrays_are_handed_to_make() {
        let runtime = Runtime::new().expect("runtime");
        let context = Context::full(&runtime).expect("context");
        context.with(|ctx| {
            let make: Function = ctx
                .eval(
                    "globalThis.made = []; (function make(elements, length) {
                       made.push(length); return { lazy: length, first: elements.at(0, make) }; })",
                )
                .expect("make");
            let objects: Vec<String> = (0..20).map(|i| format!(r#"{{"i":{i}}}"#)).collect();
            let rows: Vec<String> = (0..16).map(|i| format!("[{i}]")).collect();
            let scalars: Vec<String> = (0..30).map(|i| i.to_string()).collect();
            let text = format!(
                r#"{{"objects":[{}],"short":[{{"a":1}}],"scalars":[{}],"nested":[{{"rows":[{}]}}]}}"#,
                objects.join(","),
                scalars.join(","),
                rows.join(",")
            );
            let value = super::parse_lazy(&ctx, text.into(), make);
            let value = value.unwrap_or_else(|| panic!("{:?}", ctx.catch()));
            ctx.globals().set("value", value).expect("set");
            let seen: String = ctx
                .eval("JSON.stringify([made, value.objects, value.short.length, value.scalars.length, value.nested[0].rows.lazy])")
                .expect("read");
            assert_eq!(seen, r#"[[20,16],{"lazy":20,"first":{"i":0}},1,30,16]"#);
        });
    }
}
