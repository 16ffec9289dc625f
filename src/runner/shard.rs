//! `--shard I/N`: which part of the work one CI job runs. The work is cut into weighted units
//! (top-level items of a collection, iterations, or collections) and the units are dealt to N
//! shards, heaviest first, each to the lightest shard so far: the same inputs give the same cut on
//! every machine. postie only; Newman has no sharding.

use super::plan::PlannedItem;
use crate::collection::model::{Collection, Item};
use serde_json::Value;
use std::collections::HashMap;

/// One shard of N (`index` counts from 0; `--shard` is written from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpec {
    pub index: usize,
    pub total: usize,
}

impl ShardSpec {
    /// `2/4` (the second of four).
    pub fn parse(text: &str) -> Result<ShardSpec, String> {
        let bad = || format!("--shard: `{text}` is not I/N with 1 <= I <= N (or `auto`)");
        let (i, n) = text.split_once('/').ok_or_else(bad)?;
        let (i, n): (usize, usize) = (
            i.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if i == 0 || i > n {
            return Err(bad());
        }
        Ok(ShardSpec {
            index: i - 1,
            total: n,
        })
    }

    /// `--shard auto`: the CI engine's own variables, looked up by `var`. `total` is
    /// `--shard-total`, needed where the engine does not say it (Kubernetes).
    pub fn from_env(
        var: impl Fn(&str) -> Option<String>,
        total: Option<usize>,
    ) -> Result<ShardSpec, String> {
        let number = |name: &str| -> Result<Option<usize>, String> {
            match var(name).filter(|v| !v.trim().is_empty()) {
                None => Ok(None),
                Some(v) => v
                    .trim()
                    .parse()
                    .map(Some)
                    .map_err(|_| format!("--shard auto: {name}={v:?} is not a number")),
            }
        };
        if let Some(spec) = var("POSTIE_SHARD").filter(|v| !v.trim().is_empty()) {
            return ShardSpec::parse(&spec).map_err(|e| format!("{e} (from POSTIE_SHARD)"));
        }
        // (index variable, total variable, the index of the first job)
        let engines = [
            ("CI_NODE_INDEX", "CI_NODE_TOTAL", 1),
            ("CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", 0),
            ("BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", 0),
            ("JOB_COMPLETION_INDEX", "POSTIE_SHARD_TOTAL", 0),
        ];
        for (index, count, base) in engines {
            if let Some(i) = number(index)? {
                if i < base {
                    return Err(format!("--shard auto: {index}={i} is below {base}"));
                }
                let names = format!("{index} and {count} (or --shard-total)");
                let Some(count) = number(count)?.or(total) else {
                    return Err(format!("--shard auto: {names} are not both set"));
                };
                // `i - base` counts from 0; saturating, so `usize::MAX` is refused, not a panic
                let spec = format!("{}/{count}", (i - base).saturating_add(1));
                return ShardSpec::parse(&spec).map_err(|e| format!("{e} (from {names})"));
            }
        }
        Err(
            "--shard auto: none of POSTIE_SHARD, CI_NODE_INDEX, CIRCLE_NODE_INDEX, \
             BUILDKITE_PARALLEL_JOB, JOB_COMPLETION_INDEX is set"
                .into(),
        )
    }
}

/// Deals `weights` to `total` shards: heaviest first (ties in the units' order), each to the
/// lightest shard so far (ties to the lowest index). Returns each unit's shard.
pub fn partition(weights: &[u64], total: usize) -> Vec<usize> {
    // with more shards than units, each unit has a shard of its own: the first ones
    let total = total.clamp(1, weights.len().max(1));
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|a, b| weights[*b].cmp(&weights[*a]).then(a.cmp(b)));
    let mut load = vec![0u64; total];
    let mut shard_of = vec![0; weights.len()];
    for unit in order {
        let lightest = (0..total).min_by_key(|s| (load[*s], *s)).unwrap_or(0);
        load[lightest] = load[lightest].saturating_add(weights[unit].max(1));
        shard_of[unit] = lightest;
    }
    shard_of
}

/// What a cut is made of (`--shard-by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShardBy {
    /// Whole top-level folders (a request at the collection's root is a unit of its own).
    #[default]
    Folder,
    Iteration,
    /// Whole collections (each collection of the run is one unit).
    Collection,
}

/// What this shard runs of a collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Per planned item (in run order): whether it runs.
    Items(Vec<bool>),
    /// Per iteration: whether it runs.
    Iterations(Vec<bool>),
}

/// Durations of a previous run, from its JSON report (`--shard-timings`): total response time
/// per item (by id, or by name for an item without one) and per iteration.
#[derive(Debug, Default)]
pub struct Timings {
    by_item: HashMap<String, u64>,
    by_iteration: HashMap<u64, u64>,
}

impl Timings {
    pub fn from_report(report: &Value) -> Result<Timings, String> {
        let executions = report
            .pointer("/run/executions")
            .and_then(Value::as_array)
            .ok_or("has no run.executions: is it a JSON report (-r json)?")?;
        let mut timings = Timings::default();
        for e in executions {
            let time = e
                .pointer("/response/responseTime")
                .and_then(Value::as_u64)
                .unwrap_or(0);
            let text = |at: &str| e.pointer(at).and_then(Value::as_str).unwrap_or_default();
            let key = item_key(text("/item/id"), text("/item/name"));
            *timings.by_item.entry(key).or_default() += time;
            if let Some(i) = e.pointer("/cursor/iteration").and_then(Value::as_u64) {
                *timings.by_iteration.entry(i).or_default() += time;
            }
        }
        Ok(timings)
    }
}

/// The units of `by` for a collection's `plan`, weighted by request count, or by `timings`
/// where they know the item (an item they do not know weighs their average).
pub fn select(
    collection: &Collection,
    plan: &[PlannedItem<'_>],
    iterations: usize,
    spec: ShardSpec,
    by: ShardBy,
    timings: Option<&Timings>,
) -> Selection {
    match by {
        ShardBy::Iteration => {
            let weights: Vec<u64> = (0..iterations as u64)
                .map(|i| match timings {
                    Some(t) => t.by_iteration.get(&i).copied().unwrap_or(1),
                    None => plan.len() as u64,
                })
                .collect();
            let shards = partition(&weights, spec.total);
            Selection::Iterations(shards.iter().map(|s| *s == spec.index).collect())
        }
        ShardBy::Collection => Selection::Items(vec![spec.index == 0; plan.len()]),
        ShardBy::Folder => {
            let unit_of: Vec<usize> = plan
                .iter()
                .map(|p| top_level_index(collection, p))
                .collect();
            let item_weight = item_weights(plan, timings);
            let mut weights = vec![0u64; collection.items.len()];
            for (unit, weight) in unit_of.iter().zip(&item_weight) {
                if let Some(w) = weights.get_mut(*unit) {
                    *w += weight;
                }
            }
            let shards = partition(&weights, spec.total);
            Selection::Items(
                unit_of
                    .iter()
                    .map(|u| shards.get(*u) == Some(&spec.index))
                    .collect(),
            )
        }
    }
}

fn item_weights(plan: &[PlannedItem<'_>], timings: Option<&Timings>) -> Vec<u64> {
    let Some(timings) = timings else {
        return vec![1; plan.len()];
    };
    let known: Vec<Option<u64>> = plan
        .iter()
        .map(|p| {
            let key = item_key(&p.item.id, &p.item.name);
            timings.by_item.get(&key).copied()
        })
        .collect();
    let found: Vec<u64> = known.iter().flatten().copied().collect();
    let average = match found.len() {
        0 => 1,
        n => found.iter().sum::<u64>() / n as u64,
    };
    known
        .into_iter()
        .map(|k| k.unwrap_or(average).max(1))
        .collect()
}

/// An item's id, or its name when it has none (a collection written by hand).
fn item_key(id: &str, name: &str) -> String {
    match id {
        "" => format!("name:{name}"),
        id => id.to_string(),
    }
}

/// Index in `collection.items` of the top-level item holding `planned`.
fn top_level_index(collection: &Collection, planned: &PlannedItem<'_>) -> usize {
    collection
        .items
        .iter()
        .position(|top| match (top, planned.folders.first()) {
            (Item::Folder(f), Some(outer)) => std::ptr::eq(&**f, *outer),
            (Item::Request(r), None) => std::ptr::eq(&**r, planned.item),
            _ => false,
        })
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn spec(index: usize, total: usize) -> ShardSpec {
        ShardSpec { index, total }
    }

    #[test]
    fn parses_one_based_index_over_total() {
        assert_eq!(ShardSpec::parse("1/4"), Ok(spec(0, 4)));
        assert_eq!(ShardSpec::parse(" 4 / 4 "), Ok(spec(3, 4)));
        for bad in ["0/4", "5/4", "1", "a/b", "1/0", ""] {
            assert!(ShardSpec::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_each_ci_engine() {
        let from = |pairs: &[(&str, &str)]| ShardSpec::from_env(env(pairs), None);
        assert_eq!(from(&[("POSTIE_SHARD", "2/4")]), Ok(spec(1, 4)));
        let gitlab = [("CI_NODE_INDEX", "1"), ("CI_NODE_TOTAL", "3")];
        assert_eq!(from(&gitlab), Ok(spec(0, 3)));
        let circle = [("CIRCLE_NODE_INDEX", "0"), ("CIRCLE_NODE_TOTAL", "2")];
        assert_eq!(from(&circle), Ok(spec(0, 2)));
        let buildkite = [
            ("BUILDKITE_PARALLEL_JOB", "4"),
            ("BUILDKITE_PARALLEL_JOB_COUNT", "5"),
        ];
        assert_eq!(from(&buildkite), Ok(spec(4, 5)));
        let k8s = [("JOB_COMPLETION_INDEX", "2")];
        assert!(from(&k8s).unwrap_err().contains("--shard-total"));
        assert_eq!(ShardSpec::from_env(env(&k8s), Some(3)), Ok(spec(2, 3)));
        let k8s_env = [("JOB_COMPLETION_INDEX", "2"), ("POSTIE_SHARD_TOTAL", "4")];
        assert_eq!(from(&k8s_env), Ok(spec(2, 4)));
    }

    #[test]
    fn engine_errors_name_the_variable() {
        let from = |pairs: &[(&str, &str)]| ShardSpec::from_env(env(pairs), None);
        assert!(from(&[]).unwrap_err().contains("none of"));
        assert!(from(&[("CI_NODE_INDEX", "0"), ("CI_NODE_TOTAL", "2")])
            .unwrap_err()
            .contains("CI_NODE_INDEX"));
        assert!(from(&[("CIRCLE_NODE_INDEX", "x")])
            .unwrap_err()
            .contains("CIRCLE_NODE_INDEX"));
        assert!(from(&[("CIRCLE_NODE_INDEX", "2"), ("CIRCLE_NODE_TOTAL", "2")]).is_err());
    }

    #[test]
    fn the_largest_index_is_refused_not_a_panic() {
        let max = usize::MAX.to_string();
        let circle = [
            ("CIRCLE_NODE_INDEX", max.as_str()),
            ("CIRCLE_NODE_TOTAL", "2"),
        ];
        assert!(ShardSpec::from_env(env(&circle), None).is_err());
    }

    #[test]
    fn partition_deals_heaviest_first_to_the_lightest() {
        assert_eq!(partition(&[5, 3, 3, 1], 2), vec![0, 1, 1, 0]);
        assert_eq!(partition(&[1, 1, 1, 1, 1], 2), vec![0, 1, 0, 1, 0]);
        assert_eq!(partition(&[2, 2], 4), vec![0, 1]);
        assert_eq!(partition(&[], 3), Vec::<usize>::new());
        assert_eq!(partition(&[1, 9], usize::MAX), vec![1, 0]);
    }

    #[test]
    fn every_unit_lands_in_exactly_one_shard_and_loads_stay_close() {
        let weights: Vec<u64> = (0..40).map(|i| (i * 7919 % 97) + 1).collect();
        for total in 1..6 {
            let shards = partition(&weights, total);
            let mut load = vec![0u64; total];
            for (u, s) in shards.iter().enumerate() {
                load[*s] += weights[u];
            }
            let (max, min) = (load.iter().max().unwrap(), load.iter().min().unwrap());
            assert!(max - min <= *weights.iter().max().unwrap(), "{load:?}");
            assert_eq!(partition(&weights, total), shards, "deterministic");
        }
    }

    #[test]
    fn timings_come_from_a_json_report() {
        let report = serde_json::json!({"run": {"executions": [
            {"item": {"id": "a"}, "cursor": {"iteration": 0}, "response": {"responseTime": 30}},
            {"item": {"id": "a"}, "cursor": {"iteration": 1}, "response": {"responseTime": 10}},
            {"item": {"id": "b"}, "cursor": {"iteration": 1}, "requestError": {}},
            {"item": {"id": "", "name": "c"}, "response": {"responseTime": 5}}
        ]}});
        let t = Timings::from_report(&report).unwrap();
        assert_eq!(t.by_item["a"], 40);
        assert_eq!(t.by_item["b"], 0);
        assert_eq!(t.by_item["name:c"], 5);
        assert_eq!(t.by_iteration[&1], 10);
        assert!(Timings::from_report(&serde_json::json!({})).is_err());
    }
}
