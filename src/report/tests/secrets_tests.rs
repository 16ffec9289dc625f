use super::super::secrets::{SecretMask, MASK};
use super::config;

fn mask() -> SecretMask {
    SecretMask::new(&config(&["cli"], &[]))
}

#[test]
fn learns_secret_named_json_fields_and_masks_longest_first() {
    let mut mask = mask();
    mask.learn_body_for_test(br#"{"access_token": "abcdefgh", "token_type": "bearer", "nested": [{"client_secret": "abcdefghij"}]}"#);
    assert_eq!(
        mask.apply("x abcdefghij y abcdefgh z bearer"),
        format!("x {MASK} y {MASK} z bearer")
    );
    mask.learn("abc");
    assert_eq!(mask.apply("abc"), "abc", "short values are not masked");
}

#[test]
fn a_null_credential_is_not_a_secret() {
    let mut mask = mask();
    mask.learn_header_for_test("Authorization", "Bearer null");
    mask.learn("null");
    assert_eq!(mask.apply("/orders/null?id=null"), "/orders/null?id=null");
}

#[test]
fn secret_names() {
    let mask = mask();
    for name in [
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "adminPassword",
        "passwd",
        "client_secret",
        "x-api-key",
        "apikey",
        "api_key",
        "Authorization",
        "pipe_token",
        "session",
        "SESSION_ID",
    ] {
        assert!(mask.is_secret_name(name), "{name}");
    }
    for name in ["token_type", "expires_in", "username", "scope"] {
        assert!(!mask.is_secret_name(name), "{name}");
    }
    let extra = SecretMask::new(&config(&["cli"], &[("secret-names", "pin,otp_code")]));
    assert!(extra.is_secret_name("user_pin") && extra.is_secret_name("otpCode"));
}

#[test]
fn basic_and_bearer_credentials_from_authorization_headers() {
    let mut mask = mask();
    mask.learn_header_for_test("Authorization", "Basic dXNlcjpodW50ZXIyMg==");
    assert_eq!(mask.apply("pw hunter22"), format!("pw {MASK}"));
    mask.learn_header_for_test("Authorization", "Bearer tok-123456");
    assert_eq!(mask.apply("t=tok-123456"), format!("t={MASK}"));
}

#[test]
fn reveal_secrets_turns_masking_off() {
    let mut cfg = config(&["cli"], &[]);
    cfg.reveal_secrets = true;
    let mut mask = SecretMask::new(&cfg);
    mask.learn("supersecret");
    assert_eq!(mask.apply("supersecret"), "supersecret");
}

#[test]
fn json_values_and_buffers_are_masked() {
    let mut mask = mask();
    mask.learn("s3cr3t-value");
    let mut value = serde_json::json!({"a": "x s3cr3t-value", "stream": {"type": "Buffer", "data": b"s3cr3t-value!".to_vec()}});
    mask.apply_json(&mut value);
    assert_eq!(value["a"], format!("x {MASK}"));
    let bytes: Vec<u8> = value["stream"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect();
    assert_eq!(String::from_utf8(bytes).unwrap(), format!("{MASK}!"));
}

#[test]
fn short_secrets_are_masked_as_whole_words_only() {
    let mut mask = mask();
    mask.learn("coll");
    assert_eq!(
        mask.apply("top inherits collection"),
        "top inherits collection"
    );
    assert_eq!(
        mask.apply("/basic/coll?x=coll&y=2"),
        format!("/basic/{MASK}?x={MASK}&y=2")
    );
}

#[test]
fn truncated_secrets_in_assertion_messages_are_masked() {
    let mut mask = mask();
    mask.learn("sk_live_0123456789abcdefghijklmnopqrstuvwxyz");
    assert_eq!(
        mask.apply("expected 'sk_live_0123456789abc…' to have a length of 3"),
        format!("expected '{MASK}…' to have a length of 3")
    );
    assert_eq!(mask.apply("plain sk_l… stays"), "plain sk_l… stays");
}
