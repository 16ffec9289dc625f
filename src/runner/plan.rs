//! The run order: the collection's request items flattened depth-first, each with the folders
//! above it, narrowed by `--folder`.

use crate::collection::model::{Collection, Folder, Item, RequestItem, Script};
use crate::script::ScriptKind;

/// One request item in run order, with its folder chain (outermost first).
#[derive(Debug)]
pub struct PlannedItem<'c> {
    pub item: &'c RequestItem,
    pub folders: Vec<&'c Folder>,
    pub folder_names: Vec<String>,
}

impl PlannedItem<'_> {
    /// Script sources for `listen` ("prerequest" or "test"): collection, then folders, then the item.
    pub fn scripts<'s>(&'s self, collection: &'s Collection, listen: &str) -> Vec<&'s Script> {
        let folders = self.folders.iter().map(|f| &f.events);
        std::iter::once(&collection.events)
            .chain(folders)
            .chain(std::iter::once(&self.item.events))
            .flatten()
            // Every enabled event with a script counts as run, even an empty one (Newman).
            .filter(|e| e.listen == listen && !e.disabled)
            .filter_map(|e| e.script.as_ref())
            .collect()
    }

    pub fn path(&self) -> String {
        let mut parts = self.folder_names.clone();
        parts.push(self.item.name.clone());
        parts.join(" / ")
    }
}

/// Every distinct script with code in it that `items` run, in the order a run first needs it.
pub fn distinct_sources(collection: &Collection, items: &[PlannedItem<'_>]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut sources = Vec::new();
    for item in items {
        for kind in [ScriptKind::Prerequest, ScriptKind::Test] {
            for script in item.scripts(collection, kind.event_name()) {
                let source = script.source();
                if !source.trim().is_empty() && seen.insert(source.clone()) {
                    sources.push(source);
                }
            }
        }
    }
    sources
}

/// Flattens the collection. `selectors` are `--folder` values: a folder or request name, or a
/// path such as `Folder -> Request` or `Folder/Request`. Unknown selectors are an error that
/// names the closest matches.
pub fn plan<'c>(
    collection: &'c Collection,
    selectors: &[String],
) -> Result<Vec<PlannedItem<'c>>, String> {
    let mut all = Vec::new();
    flatten(&collection.items, &mut Vec::new(), &mut all);
    if selectors.is_empty() {
        return Ok(all.into_iter().map(|(p, _)| p).collect());
    }
    let mut selected = vec![false; all.len()];
    for selector in selectors {
        let wanted = split_path(selector);
        let mut found = false;
        for (i, (_, path)) in all.iter().enumerate() {
            if matches_selector(path, &wanted) {
                selected[i] = true;
                found = true;
            }
        }
        if !found {
            return Err(unknown_selector_message("--folder", selector, &all));
        }
    }
    Ok(all
        .into_iter()
        .zip(selected)
        .filter(|(_, keep)| *keep)
        .map(|((p, _), _)| p)
        .collect())
}

/// [`plan`], then without the items `excluded` (`--exclude-folder`) selects, matched as
/// `--folder` matches; an excluded name that matches nothing is an error.
pub fn plan_excluding<'c>(
    collection: &'c Collection,
    selectors: &[String],
    excluded: &[String],
) -> Result<Vec<PlannedItem<'c>>, String> {
    let items = plan(collection, selectors)?;
    if excluded.is_empty() {
        return Ok(items);
    }
    let mut all = Vec::new();
    flatten(&collection.items, &mut Vec::new(), &mut all);
    let mut dropped: Vec<&RequestItem> = Vec::new();
    for selector in excluded {
        let wanted = split_path(selector);
        let before = dropped.len();
        dropped.extend(
            all.iter()
                .filter(|(_, path)| matches_selector(path, &wanted))
                .map(|(p, _)| p.item),
        );
        if dropped.len() == before {
            return Err(unknown_selector_message("--exclude-folder", selector, &all));
        }
    }
    Ok(items
        .into_iter()
        .filter(|p| !dropped.iter().any(|d| std::ptr::eq(*d, p.item)))
        .collect())
}

/// The `selectors` that name some folder or request of `collection`.
pub fn known_selectors(collection: &Collection, selectors: &[String]) -> Vec<String> {
    let mut all = Vec::new();
    flatten(&collection.items, &mut Vec::new(), &mut all);
    selectors
        .iter()
        .filter(|selector| {
            let wanted = split_path(selector);
            all.iter().any(|(_, path)| matches_selector(path, &wanted))
        })
        .cloned()
        .collect()
}

type Flat<'c> = (PlannedItem<'c>, Vec<String>);

fn flatten<'c>(items: &'c [Item], folders: &mut Vec<&'c Folder>, out: &mut Vec<Flat<'c>>) {
    for item in items {
        match item {
            Item::Folder(f) => {
                folders.push(f);
                flatten(&f.items, folders, out);
                folders.pop();
            }
            Item::Request(r) => {
                let folder_names: Vec<String> = folders.iter().map(|f| f.name.clone()).collect();
                let mut path = folder_names.clone();
                path.push(r.name.clone());
                out.push((
                    PlannedItem {
                        item: r,
                        folders: folders.clone(),
                        folder_names,
                    },
                    path,
                ));
            }
        }
    }
}

fn split_path(selector: &str) -> Vec<String> {
    let parts: Vec<&str> = if selector.contains("->") {
        selector.split("->").collect()
    } else if selector.contains('/') {
        selector.split('/').collect()
    } else {
        vec![selector]
    };
    parts.iter().map(|p| p.trim().to_string()).collect()
}

/// A single name matches any folder on the path or the request itself (an item named like a
/// folder, or a folder name containing `/`, is also matched by its whole text); a longer path
/// matches consecutive segments ending at a folder or at the request.
fn matches_selector(path: &[String], wanted: &[String]) -> bool {
    if wanted.len() == 1 || path.iter().any(|p| p.contains('/') || p.contains("->")) {
        let whole = wanted.join("/");
        if path
            .iter()
            .any(|p| *p == whole || p.trim() == wanted[0] && wanted.len() == 1)
        {
            return true;
        }
    }
    if wanted.len() > path.len() {
        return false;
    }
    (0..=path.len() - wanted.len()).any(|start| path[start..start + wanted.len()] == *wanted)
}

fn unknown_selector_message(flag: &str, selector: &str, all: &[Flat<'_>]) -> String {
    let mut names: Vec<String> = Vec::new();
    for (_, path) in all {
        for i in 0..path.len() {
            let joined = path[..=i].join(" -> ");
            if !names.contains(&joined) {
                names.push(joined);
            }
        }
    }
    let needle = selector.to_lowercase();
    let mut scored: Vec<(usize, &String)> = names
        .iter()
        .map(|n| {
            let last = n.rsplit(" -> ").next().unwrap_or(n).to_lowercase();
            (
                distance(&needle, &last).min(distance(&needle, &n.to_lowercase())),
                n,
            )
        })
        .collect();
    scored.sort();
    let close: Vec<String> = scored
        .iter()
        .take(3)
        .filter(|(d, _)| *d <= needle.len().max(3))
        .map(|(_, n)| format!("\"{n}\""))
        .collect();
    if close.is_empty() {
        format!("{flag} \"{selector}\": no folder or request has that name")
    } else {
        format!(
            "{flag} \"{selector}\": no folder or request has that name; did you mean {}?",
            close.join(", ")
        )
    }
}

/// Levenshtein distance, for suggestions.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collection() -> Collection {
        serde_json::from_value(serde_json::json!({
            "info": {"name": "c"},
            "item": [
                {"name": "Authentication", "item": [
                    {"name": "Request token", "request": "http://x/token"},
                    {"name": "Request pipe token", "request": "http://x/pipe"}
                ]},
                {"name": "Shares", "item": [
                    {"name": "List", "request": "http://x/list"},
                    {"name": "Nested", "item": [{"name": "Request token", "request": "http://x/n"}]}
                ]},
                {"name": "Top", "request": "http://x/top"}
            ]
        }))
        .unwrap()
    }

    fn names(selectors: &[&str]) -> Result<Vec<String>, String> {
        let c = collection();
        let s: Vec<String> = selectors.iter().map(|s| s.to_string()).collect();
        plan(&c, &s).map(|items| items.iter().map(|i| i.path()).collect())
    }

    #[test]
    fn selection_table() {
        let cases: &[(&[&str], &[&str])] = &[
            (
                &[],
                &[
                    "Authentication / Request token",
                    "Authentication / Request pipe token",
                    "Shares / List",
                    "Shares / Nested / Request token",
                    "Top",
                ],
            ),
            (
                &["Authentication"],
                &[
                    "Authentication / Request token",
                    "Authentication / Request pipe token",
                ],
            ),
            (
                &["Authentication -> Request token"],
                &["Authentication / Request token"],
            ),
            (
                &["Authentication/Request token"],
                &["Authentication / Request token"],
            ),
            (
                &["Request token"],
                &[
                    "Authentication / Request token",
                    "Shares / Nested / Request token",
                ],
            ),
            (
                &["Top", "Nested"],
                &["Shares / Nested / Request token", "Top"],
            ),
        ];
        for (selectors, expected) in cases {
            assert_eq!(
                names(selectors).unwrap(),
                *expected,
                "selectors {selectors:?}"
            );
        }
    }

    #[test]
    fn excluded_names_are_left_out() {
        let c = collection();
        let excluded = |names: &[&str]| {
            let e: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            plan_excluding(&c, &[], &e)
                .map(|items| items.iter().map(|i| i.path()).collect::<Vec<_>>())
        };
        assert_eq!(
            excluded(&["Authentication", "Nested"]).unwrap(),
            ["Shares / List", "Top"]
        );
        assert_eq!(
            excluded(&["Shares -> Nested -> Request token"])
                .unwrap()
                .len(),
            4
        );
        let err = excluded(&["Sharez"]).unwrap_err();
        assert!(err.starts_with("--exclude-folder \"Sharez\""), "{err}");
    }

    #[test]
    fn unknown_name_suggests_close_matches() {
        let err = names(&["Authentcation"]).unwrap_err();
        assert!(err.contains("did you mean \"Authentication\""), "{err}");
    }
}
