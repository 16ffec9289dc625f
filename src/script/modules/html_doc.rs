//! The parsed document `require('cheerio')` works on, as a JS class: `require('postie:native').htmlParse(text, xml)`
//! returns one. The JS side (js/cheerio/) gets plain node objects shaped like cheerio 0.22's (`nodes()`),
//! and asks the document, by node index, to select, match, serialise and read text; attribute changes go
//! through `setAttr` and tree changes through `insert`/`detach`/`clearChildren`/`adopt`/`createText`
//! (js/cheerio/manipulation.js then rewrites the node objects' links from `childIds`), so that selectors
//! and markup see them. The document is freed with its JS object.

use super::html::{self, Dom, Kind};
use super::html_select;
use rquickjs::class::Trace;
use rquickjs::{Array, Class, Ctx, Exception, JsLifetime, Object, Result, Value};

#[derive(Trace, JsLifetime)]
#[rquickjs::class(rename = "HtmlDocument")]
pub struct HtmlDoc {
    #[qjs(skip_trace)]
    dom: Dom,
}

/// `htmlParse(text, xml)`: the document of `text`, parsed as HTML or, with `xml`, as XML.
pub fn parse_js<'js>(
    ctx: Ctx<'js>,
    text: String,
    xml: Option<bool>,
) -> Result<Class<'js, HtmlDoc>> {
    Class::instance(
        ctx,
        HtmlDoc {
            dom: html::parse(&text, xml.unwrap_or(false)),
        },
    )
}

fn indexes(ids: &[f64]) -> Vec<usize> {
    ids.iter()
        .filter(|id| id.is_finite() && **id >= 0.0)
        .map(|id| *id as usize)
        .collect()
}

fn thrown<T>(ctx: &Ctx<'_>, result: std::result::Result<T, String>) -> Result<T> {
    result.map_err(|message| Exception::throw_message(ctx, &message))
}

#[rquickjs::methods]
impl HtmlDoc {
    /// Every node as a plain object (`type`, `name`, `attribs`, `children`, `data`, `next`, `prev`,
    /// `parent`), at its index; top-level nodes have a `null` parent, as in cheerio.
    /// Element nodes get `element_proto` as prototype, the others (but the root) `node_proto`.
    pub fn nodes<'js>(
        &self,
        ctx: Ctx<'js>,
        element_proto: Option<Object<'js>>,
        node_proto: Option<Object<'js>>,
    ) -> Result<Array<'js>> {
        let nodes = &self.dom.nodes;
        let objects: Vec<Object<'js>> = nodes
            .iter()
            .map(|_| Object::new(ctx.clone()))
            .collect::<Result<_>>()?;
        let null = Value::new_null(ctx.clone());
        let link = |id: Option<usize>| -> Value<'js> {
            id.and_then(|i| objects.get(i))
                .map_or(null.clone(), |o| o.clone().into_value())
        };
        for (id, node) in nodes.iter().enumerate() {
            let obj = &objects[id];
            let proto = match node.kind {
                Kind::Root => None,
                Kind::Tag | Kind::Script | Kind::Style => element_proto.as_ref(),
                _ => node_proto.as_ref(),
            };
            if proto.is_some() {
                obj.set_prototype(proto)?;
            }
            let siblings: &[usize] = node
                .parent
                .and_then(|p| nodes.get(p))
                .map_or(&[], |p| p.children.as_slice());
            let at = siblings.iter().position(|&s| s == id);
            let prev = at.and_then(|a| a.checked_sub(1)).map(|a| siblings[a]);
            let next = at.and_then(|a| siblings.get(a + 1).copied());
            let parent = node.parent.filter(|&p| p != 0);
            let children = || -> Result<Array<'js>> {
                let array = Array::new(ctx.clone())?;
                for (i, &c) in node.children.iter().enumerate() {
                    array.set(i, link(Some(c)))?;
                }
                Ok(array)
            };
            match node.kind {
                Kind::Text | Kind::Comment => {
                    obj.set("data", node.data.as_str())?;
                    obj.set("type", node.kind.as_str())?;
                }
                Kind::Directive => {
                    obj.set("name", node.name.as_str())?;
                    obj.set("data", node.data.as_str())?;
                    obj.set("type", node.kind.as_str())?;
                }
                Kind::Cdata => {
                    obj.set("type", node.kind.as_str())?;
                    obj.set("children", children()?)?;
                }
                Kind::Root | Kind::Tag | Kind::Script | Kind::Style => {
                    obj.set("type", node.kind.as_str())?;
                    obj.set("name", node.name.as_str())?;
                    let attribs = Object::new(ctx.clone())?;
                    for (k, v) in &node.attrs {
                        attribs.set(k.as_str(), v.as_str())?;
                    }
                    obj.set("attribs", attribs)?;
                    obj.set("children", children()?)?;
                }
            }
            obj.set("next", link(next))?;
            obj.set("prev", link(prev))?;
            obj.set("parent", link(parent))?;
        }
        let array = Array::new(ctx.clone())?;
        for (i, o) in objects.into_iter().enumerate() {
            array.set(i, o)?;
        }
        Ok(array)
    }

    /// Indexes of the elements below `roots` matching `selector`, in document order.
    pub fn select(&self, ctx: Ctx<'_>, selector: String, roots: Vec<f64>) -> Result<Vec<f64>> {
        let found = thrown(
            &ctx,
            html_select::select(&self.dom, &selector, &indexes(&roots)),
        )?;
        Ok(found.into_iter().map(|id| id as f64).collect())
    }

    /// Whether each of `ids` matches `selector`.
    pub fn matches(&self, ctx: Ctx<'_>, selector: String, ids: Vec<f64>) -> Result<Vec<bool>> {
        thrown(
            &ctx,
            html_select::matches(&self.dom, &selector, &indexes(&ids)),
        )
    }

    /// Markup of `ids` (with `inner`, of their children), as HTML or, with `xml`, as XML.
    pub fn html(&mut self, ids: Vec<f64>, inner: bool, xml: bool) -> String {
        let saved = self.dom.xml;
        self.dom.xml = xml;
        let mut out = String::new();
        for id in indexes(&ids) {
            if inner {
                self.dom.inner_html(id, &mut out);
            } else {
                self.dom.outer_html(id, &mut out);
            }
        }
        self.dom.xml = saved;
        out
    }

    /// The text of `ids`, concatenated.
    pub fn text(&self, ids: Vec<f64>) -> String {
        let mut out = String::new();
        for id in indexes(&ids) {
            self.dom.text(id, &mut out);
        }
        out
    }

    /// Sets an attribute, or removes it when `value` is `null`/`undefined`.
    #[qjs(rename = "setAttr")]
    pub fn set_attr(&mut self, id: f64, name: String, value: Option<String>) {
        if let Some(&id) = indexes(&[id]).first() {
            self.dom.set_attr(id, &name, value);
        }
    }

    /// The children of `id`, as indexes.
    #[qjs(rename = "childIds")]
    pub fn child_ids(&self, id: f64) -> Vec<f64> {
        indexes(&[id])
            .first()
            .and_then(|&id| self.dom.nodes.get(id))
            .map_or(Vec::new(), |n| {
                n.children.iter().map(|&c| c as f64).collect()
            })
    }

    /// The parent of `id`, or -1 for a node that has none.
    #[qjs(rename = "parentOf")]
    pub fn parent_of(&self, id: f64) -> f64 {
        indexes(&[id])
            .first()
            .and_then(|&id| self.dom.nodes.get(id))
            .and_then(|n| n.parent)
            .map_or(-1.0, |p| p as f64)
    }

    /// Takes `id` out of its parent.
    pub fn detach(&mut self, id: f64) {
        if let Some(&id) = indexes(&[id]).first() {
            self.dom.detach(id);
        }
    }

    /// Takes every child out of `id`.
    #[qjs(rename = "clearChildren")]
    pub fn clear_children(&mut self, id: f64) {
        if let Some(&id) = indexes(&[id]).first() {
            self.dom.clear_children(id);
        }
    }

    /// Moves `ids` under `parent`, before its child at `index` (see `Dom::insert`).
    pub fn insert(&mut self, ctx: Ctx<'_>, parent: f64, index: f64, ids: Vec<f64>) -> Result<()> {
        let Some(&parent) = indexes(&[parent]).first() else {
            return Err(Exception::throw_message(&ctx, "no such parent node"));
        };
        let index = if index.is_finite() && index > 0.0 {
            index as usize
        } else {
            0
        };
        thrown(&ctx, self.dom.insert(parent, index, &indexes(&ids)))
    }

    /// Copies the subtree of `id` in `other` (another document) into this one, detached; returns the new
    /// indexes in preorder.
    pub fn adopt<'js>(
        &mut self,
        ctx: Ctx<'js>,
        other: Class<'js, HtmlDoc>,
        id: f64,
    ) -> Result<Vec<f64>> {
        let Ok(other) = other.try_borrow() else {
            return Err(Exception::throw_message(
                &ctx,
                "cannot adopt from the same document",
            ));
        };
        let Some(&id) = indexes(&[id]).first() else {
            return Ok(Vec::new());
        };
        Ok(self
            .dom
            .copy_from(&other.dom, id)
            .into_iter()
            .map(|i| i as f64)
            .collect())
    }

    /// A new detached text node holding `data`; its index.
    #[qjs(rename = "createText")]
    pub fn create_text(&mut self, data: String) -> f64 {
        self.dom.create_text(data) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::Host;

    /// Changes the tree cannot make (a node below itself, the root as a child) throw; odd arguments
    /// never panic.
    #[test]
    fn odd_changes_throw_or_do_nothing() {
        let host = Host::new();
        host.run(
            "const C = require('cheerio'); \
             const M = () => C.load('<div id=\"m\"><ul><li>a</li><li>b</li></ul><p>x<b>y</b></p></div>');",
        );
        for (js, want) in [
            ("M()('ul').append(M()('#m')).length", "1"),
            (
                "(() => { const m = M(); m('ul').append(m('#m')); })()",
                "ERR cannot insert a node into itself",
            ),
            (
                "(() => { const m = M(); m('li').append(m.root()); })()",
                "ERR cannot insert the document root",
            ),
            (
                "(() => { const m = M(); m('li').first().wrap(m('li').last()); return m.html(); })()",
                "<div id=\"m\"><ul><li><li>a</li></li></ul><p>x<b>y</b></p></div>",
            ),
            (
                "(() => { const m = M(); m('b').text().length; m('p').contents().first().remove(); return m('p').html(); })()",
                "<b>y</b>",
            ),
        ] {
            assert_eq!(host.eval(js), want, "{js}");
        }
        for js in [
            "M()('li').append({}, 1, true, [null, undefined, [[]]], () => null)",
            "M()('li').after(Symbol('s'))",
            "M()('li').replaceWith(M()('li')).length",
            "M()('li').before(M().root().contents())",
            "M()('li').wrap(null).wrap(undefined).wrap({}).wrap('')",
            "M()('li').html({ cheerio: true, clone() { return { toArray() { return [1, null]; } }; } })",
            "M()('p').css(null, null).css({ a: null, b: '', c: () => 1 }).attr('style')",
            "M()('li').text({ toString() { throw new Error('t'); } })",
            "M()('li').insertAfter(null).insertBefore({}).appendTo(5).prependTo([])",
            "(() => { const m = M(); const o = C.load('<i>1</i>'); o('i').append(m('ul')); m('p').append(o('i')); return m.html() + o.html(); })()",
            "(() => { const m = M(); const r = m('ul').remove(); r.find('li').remove(); r.empty().html('<b>'); m('p').replaceWith(r); return m.html(); })()",
        ] {
            let _ = host.eval(js);
        }
    }
}
