//! Writing a `RunSummary` as Newman's JSON summary, without building one big JSON tree first
//! (response bodies stay bytes; failure parents are looked up in the collection at write time).

use super::summary::{Counter, Execution, RunFailure, RunSummary};
use super::summary_values::ResponseRecord;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{json, Value};

impl RunSummary {
    /// Writes `{collection, environment, globals, run}` with 2-space indentation.
    #[cfg(test)]
    pub fn write_json<W: std::io::Write>(&self, writer: W) -> serde_json::Result<()> {
        let formatter = super::json_format::ReportFormatter::at_depth(0);
        let mut serializer = serde_json::Serializer::with_formatter(writer, formatter);
        self.serialize(&mut serializer)
    }

    /// The summary as a JSON value (tests, small runs).
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// A whole number as an integer (`2`, not `2.0`), like JavaScript prints it.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

impl Serialize for RunSummary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        let empty = json!({});
        map.serialize_entry("collection", self.collection.as_ref().unwrap_or(&empty))?;
        if let Some(environment) = &self.environment {
            map.serialize_entry("environment", environment)?;
        }
        if let Some(globals) = &self.globals {
            map.serialize_entry("globals", globals)?;
        }
        map.serialize_entry("run", &RunView(self))?;
        map.end()
    }
}

struct RunView<'a>(&'a RunSummary);

impl Serialize for RunView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let summary = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("stats", &StatsView(summary))?;
        let t = &summary.timings;
        let timings = json!({
            "responseAverage": number(t.response.average),
            "responseMin": number(t.response.min),
            "responseMax": number(t.response.max),
            "responseSd": number(t.response.sd),
            "dnsAverage": number(t.dns.average),
            "dnsMin": number(t.dns.min),
            "dnsMax": number(t.dns.max),
            "dnsSd": number(t.dns.sd),
            "firstByteAverage": number(t.first_byte.average),
            "firstByteMin": number(t.first_byte.min),
            "firstByteMax": number(t.first_byte.max),
            "firstByteSd": number(t.first_byte.sd),
            "started": t.started,
            "completed": t.completed,
        });
        map.serialize_entry("timings", &timings)?;
        map.serialize_entry("executions", &summary.executions)?;
        map.serialize_entry(
            "transfers",
            &json!({ "responseTotal": summary.response_total }),
        )?;
        map.serialize_entry("failures", &RunFailuresView(summary))?;
        map.serialize_entry("error", &summary.error)?;
        map.end()
    }
}

struct StatsView<'a>(&'a RunSummary);

impl Serialize for StatsView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(9))?;
        for (key, counter) in self.0.stats.entries() {
            map.serialize_entry(key, &CounterView(counter))?;
        }
        map.end()
    }
}

struct CounterView(Counter);

impl Serialize for CounterView {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("total", &self.0.total)?;
        map.serialize_entry("pending", &self.0.pending)?;
        map.serialize_entry("failed", &self.0.failed)?;
        map.end()
    }
}

impl Serialize for Execution {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("cursor", &self.cursor)?;
        map.serialize_entry("item", &*self.item)?;
        if !self.prerequest_script.is_empty() {
            map.serialize_entry("prerequestScript", &self.prerequest_script)?;
        }
        if let Some(request) = &self.request {
            map.serialize_entry("request", request)?;
        }
        if let Some(response) = &self.response {
            map.serialize_entry("response", response)?;
        }
        map.serialize_entry("id", &self.id)?;
        if let Some(error) = &self.request_error {
            map.serialize_entry("requestError", error)?;
        }
        if !self.attempts.is_empty() {
            map.serialize_entry("attempts", &self.attempts)?;
        }
        if !self.console.is_empty() {
            map.serialize_entry("console", &self.console)?;
        }
        if let Some(assertions) = &self.assertions {
            map.serialize_entry("assertions", assertions)?;
        }
        if !self.test_script.is_empty() {
            map.serialize_entry("testScript", &self.test_script)?;
        }
        map.end()
    }
}

impl Serialize for ResponseRecord {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("header", &HeadersView(&self.headers))?;
        map.serialize_entry("stream", &BufferView(&self.body))?;
        map.serialize_entry("cookie", &self.cookies)?;
        map.serialize_entry("responseTime", &self.response_time)?;
        map.serialize_entry("responseSize", &self.response_size)?;
        map.end()
    }
}

struct HeadersView<'a>(&'a [(String, String)]);

impl Serialize for HeadersView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (key, value) in self.0 {
            seq.serialize_element(&json!({ "key": key, "value": value }))?;
        }
        seq.end()
    }
}

/// Node's `Buffer.toJSON()`: `{type: "Buffer", data: [bytes]}`.
struct BufferView<'a>(&'a [u8]);

impl Serialize for BufferView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("type", "Buffer")?;
        map.serialize_entry("data", &Bytes(self.0))?;
        map.end()
    }
}

/// A byte array, serialized as one (so a formatter can write it in one go).
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

struct RunFailuresView<'a>(&'a RunSummary);

impl Serialize for RunFailuresView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let summary = self.0;
        let mut seq = s.serialize_seq(Some(summary.failures.len()))?;
        for failure in &summary.failures {
            seq.serialize_element(&RunFailureView {
                failure,
                collection: summary.collection.as_ref(),
            })?;
        }
        seq.end()
    }
}

struct RunFailureView<'a> {
    failure: &'a RunFailure,
    collection: Option<&'a Value>,
}

impl Serialize for RunFailureView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.failure;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("error", &f.error)?;
        map.serialize_entry("at", &f.at)?;
        if let Some(source) = &f.source {
            map.serialize_entry("source", &**source)?;
        }
        let parent = f
            .parent
            .as_ref()
            .zip(self.collection)
            .and_then(|(parent, collection)| parent.resolve(collection));
        if let Some(parent) = parent {
            map.serialize_entry("parent", parent)?;
        }
        map.serialize_entry("cursor", &f.cursor)?;
        map.end()
    }
}
