//! Random identifiers (execution and request ids, `Postman-Token`, `{{$guid}}`…): UUID v4 from
//! the thread's generator (`rand::rng()`, a CSPRNG seeded once from the OS), not a `getrandom`
//! system call per id — a run makes three ids per request.

use rand::Rng;

/// A random (version 4) UUID.
pub(crate) fn uuid_v4() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(rand::rng().random()).into_uuid()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_version_4_and_differ() {
        let (a, b) = (super::uuid_v4(), super::uuid_v4());
        assert_eq!(a.get_version_num(), 4);
        assert_eq!(a.get_variant(), uuid::Variant::RFC4122);
        assert_ne!(a, b);
    }
}
