//! Long JSON arrays built on demand. `pm.response.json()` of a large body usually reads a few
//! fields: an array of at least [`MIN_LAZY`] objects or arrays becomes the glue's `lazyArray`
//! proxy over a [`LazyElements`], which keeps the body text and where each element lies in it,
//! and builds element `i` (with the same rule for arrays inside it) the first time it is read.
//! Every other value is built as `JSON.parse` builds it.

use super::{build, Builder, Elements, JsValue, Owned};
use rquickjs::class::Trace;
use rquickjs::{qjs, Class, Ctx, Function, JsLifetime, Value};
use serde::de::{DeserializeSeed, Error as _, SeqAccess};
use serde_json::value::RawValue;
use std::rc::Rc;

/// Arrays shorter than this are built at once.
const MIN_LAZY: usize = 16;

pub(super) struct Lazy<'js> {
    pub ctx: Ctx<'js>,
    /// The whole text every slice being parsed lies in.
    pub text: Rc<str>,
    /// `lazyArray(elements, length)`, the glue's proxy maker.
    pub make: Function<'js>,
}

/// An array met while parsing with a [`Lazy`]: lazy when long and nested, else built now.
pub(super) fn array<'de, A: SeqAccess<'de>>(
    builder: &mut Builder<'_>,
    mut seq: A,
) -> Result<Owned, A::Error> {
    let mut raws: Vec<&'de RawValue> = Vec::new();
    while let Some(raw) = seq.next_element::<&'de RawValue>()? {
        raws.push(raw);
    }
    let nested = raws
        .first()
        .is_some_and(|r| matches!(r.get().as_bytes().first(), Some(b'{' | b'[')));
    if raws.len() >= MIN_LAZY && nested {
        if let Some(lazy) = &builder.lazy {
            if let Some(spans) = spans(&lazy.text, &raws) {
                let elements = LazyElements {
                    text: lazy.text.clone(),
                    spans,
                    depth: builder.depth,
                };
                let instance =
                    Class::instance(lazy.ctx.clone(), elements).map_err(A::Error::custom)?;
                let proxy: Value = lazy
                    .make
                    .call((instance, raws.len() as u32))
                    .map_err(A::Error::custom)?;
                // SAFETY: duplicating a live value gives an owned reference for `Owned`.
                let raw = unsafe { qjs::JS_DupValue(builder.ctx, proxy.as_raw()) };
                return builder.owned(raw).map_err(A::Error::custom);
            }
        }
    }
    let mut elements = Elements(Vec::with_capacity(raws.len()), builder.ctx);
    for raw in raws {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        let value = JsValue(&mut *builder)
            .deserialize(&mut de)
            .map_err(A::Error::custom)?;
        elements.0.push(value.into_raw());
    }
    builder.array(elements).map_err(A::Error::custom)
}

/// Where each element lies in `text`, as (start, length).
fn spans(text: &str, raws: &[&RawValue]) -> Option<Vec<(u32, u32)>> {
    let base = text.as_ptr() as usize;
    raws.iter()
        .map(|raw| {
            let slice = raw.get();
            let start = (slice.as_ptr() as usize).checked_sub(base)?;
            if start.checked_add(slice.len())? > text.len() {
                return None;
            }
            Some((u32::try_from(start).ok()?, u32::try_from(slice.len()).ok()?))
        })
        .collect()
}

/// The elements of one long array: the text they are in and where each lies.
#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "LazyJsonElements")]
pub struct LazyElements {
    #[qjs(skip_trace)]
    text: Rc<str>,
    #[qjs(skip_trace)]
    spans: Vec<(u32, u32)>,
    /// How deep the array lies: its elements are built from there.
    #[qjs(skip_trace)]
    depth: usize,
}

impl LazyElements {
    fn slice(&self, index: u32) -> Option<&str> {
        let (start, len) = *self.spans.get(index as usize)?;
        let start = start as usize;
        self.text.get(start..start + len as usize)
    }
}

#[rquickjs::methods]
impl LazyElements {
    /// Element `index` as `JSON.parse` gives it; undefined when only `JSON.parse` can build it
    /// (see [`super::parse`]), the caller then parses [`LazyElements::source`].
    pub fn at<'js>(
        &self,
        ctx: Ctx<'js>,
        index: u32,
        make: Function<'js>,
    ) -> rquickjs::Result<Value<'js>> {
        let lazy = Lazy {
            ctx: ctx.clone(),
            text: self.text.clone(),
            make,
        };
        let built = self
            .slice(index)
            .and_then(|text| build(&ctx, text, Some(lazy), self.depth));
        Ok(built.unwrap_or_else(|| Value::new_undefined(ctx)))
    }

    /// The text of element `index`.
    pub fn source(&self, index: u32) -> String {
        self.slice(index).unwrap_or("null").to_string()
    }
}
