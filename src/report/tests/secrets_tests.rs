use super::super::secrets::{SecretMask, MASK};
use super::config;

fn mask() -> SecretMask {
    SecretMask::new(&config(&["cli"], &[]))
}

#[test]
fn learns_secret_named_json_fields_and_masks_longest_first() {
    let mut mask = mask();
    mask.learn_body_for_test(br#"{"access_token": "abc-4567h", "token_type": "bearer", "nested": [{"client_secret": "abc-4567h-ij"}]}"#);
    assert_eq!(
        mask.apply("x abc-4567h-ij y abc-4567h z bearer"),
        format!("x {MASK} y {MASK} z bearer")
    );
    mask.learn("a-1c");
    assert_eq!(mask.apply("a-1c"), "a-1c", "short values are not masked");
    // under a secret-named object or list, and names longer than what is compared at once
    mask.learn_body_for_test(
        br#"{"token": {"inner": [{"api_key": "k9x-77-deep"}]}, "this_is_a_rather_long_field_name_for_a_refresh_token": "k9x-77-long", "id": "k9x-77-open"}"#,
    );
    assert_eq!(
        mask.apply("k9x-77-deep k9x-77-long k9x-77-open"),
        format!("{MASK} {MASK} k9x-77-open")
    );
}

#[test]
fn bodies_are_learned_from_whatever_spells_a_secret_name() {
    // names split by separators, in any case, escaped, percent-encoded or `+` for a space; and a
    // body with no such name is left alone
    let bodies: [&[u8]; 5] = [
        br#"{"Api_Key": "k9x-77-one"}"#,
        br#"{"ses-sion": "k9x-77-two"}"#,
        br#"{"\u0074oken": "k9x-77-three"}"#,
        b"%70assword=k9x-77-four",
        b"pass+word=k9x-77-five",
    ];
    let mut mask = mask();
    for body in bodies {
        mask.learn_body_for_test(body);
    }
    mask.learn_body_for_test(br#"{"user": "k9x-77-six"}"#);
    for n in ["one", "two", "three", "four", "five"] {
        assert_eq!(mask.apply(&format!("k9x-77-{n}")), MASK, "{n}");
    }
    assert_eq!(mask.apply("k9x-77-six"), "k9x-77-six");
}

#[test]
fn escapes_that_spell_no_letter_hide_no_name() {
    // an echo service's body: the request's JSON as an escaped string, a secret-named key beside it
    let mut mask = mask();
    mask.learn_body_for_test(br#"{"data": "{\"n\": 1}", "api_key": "k9x-77-one"}"#);
    mask.learn_body_for_test(br#"{"path": "a\/b\\c", "session": "k9x-77-two"}"#);
    assert_eq!(
        mask.apply("k9x-77-one k9x-77-two"),
        format!("{MASK} {MASK}")
    );
    // and a body whose keys spell no name is not read at all, escapes or not
    assert!(!mask.reads_body_for_test(br#"{"data": "{\"n\": 1}", "url": "a\/b"}"#));
    assert!(!mask.reads_body_for_test(b"a=b&c=d\\e"));
    assert!(mask.reads_body_for_test(br#"{"\u0070assword": 1}"#));
    assert!(mask.reads_body_for_test(b"a=%41"));
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
    mask.learn_header_for_test("Authorization", "sk_live_key_123");
    assert_eq!(mask.apply("k sk_live_key_123"), format!("k {MASK}"));
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
fn secrets_are_masked_as_whole_occurrences_only() {
    let mut mask = mask();
    mask.learn("coll-42");
    assert_eq!(
        mask.apply("top inherits coll-42a and xcoll-42 and coll-42_b"),
        "top inherits coll-42a and xcoll-42 and coll-42_b"
    );
    assert_eq!(
        mask.apply("/basic/coll-42?x=coll-42&y=%20coll-42\\ncoll-42"),
        format!("/basic/{MASK}?x={MASK}&y=%20{MASK}\\n{MASK}")
    );
}

#[test]
fn template_text_is_never_masked() {
    let mut mask = mask();
    mask.learn("password-1");
    assert_eq!(
        mask.apply("{{password-1}} {{ password-1 }} {{a}}password-1{{b}}"),
        format!("{{{{password-1}}}} {{{{ password-1 }}}} {{{{a}}}}{MASK}{{{{b}}}}")
    );
    mask.learn("{{token}}");
    mask.learn("Bearer {{token}}");
    assert_eq!(mask.apply("Bearer {{token}}"), "Bearer {{token}}");
}

#[test]
fn short_common_and_placeholder_values_are_not_secrets() {
    let mut mask = mask();
    for value in [
        "Token",
        "Token ",
        "password",
        "postman",
        "123456",
        "null",
        "YOUR_TOKEN_HERE",
        "Your access token",
        "baseToken_example",
        "<api-key>",
        "xxxxxxxx",
        "invalidToken",
        "wrong-password",
        "sample-token-12345",
        "{secretKey}",
        "00000000-0000-0000-0000-000000000000",
        "__ENV__",
        "MUST-BE-SET",
        "Bearer invalidToken",
        "Bearer undefined",
    ] {
        mask.learn(value);
    }
    // Newman's sample credentials, postman:password.
    mask.learn_header_for_test("Authorization", "Basic cG9zdG1hbjpwYXNzd29yZA==");
    let text = "Login and Remember Token: password postman 123456 null YOUR_TOKEN_HERE \
                Your access token baseToken_example <api-key> xxxxxxxx invalidToken \
                wrong-password sample-token-12345 {secretKey} __ENV__ MUST-BE-SET \
                Bearer invalidToken, Bearer undefined \
                00000000-0000-0000-0000-000000000000 Basic cG9zdG1hbjpwYXNzd29yZA==";
    assert_eq!(mask.apply(text), text);
    mask.learn("hunter2hunter2");
    mask.learn("0123456789");
    assert_eq!(
        mask.apply("pw hunter2hunter2 0123456789"),
        format!("pw {MASK} {MASK}")
    );
}

#[test]
fn authorization_schemes_and_signatures_are_not_secrets() {
    let mut mask = mask();
    mask.learn_header_for_test("Authorization", "Token ");
    mask.learn_header_for_test("Authorization", "Token {{token}}");
    mask.learn_header_for_test(
        "Authorization",
        r#"OAuth oauth_consumer_key="ck-12345",oauth_signature="c2lnbmF0dXJl""#,
    );
    let text = r#"Login and Remember Token, OAuth oauth_consumer_key="ck-12345""#;
    assert_eq!(mask.apply(text), text);
}

#[test]
fn auth_blocks_in_json_show_no_credentials() {
    let mask = mask();
    let mut value = serde_json::json!({"auth": {"type": "basic", "basic": [
        {"key": "username", "value": "postman"},
        {"key": "password", "value": "password"},
        {"key": "showPassword", "value": false},
    ]}, "bearer": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}});
    let original_bearer = value["bearer"].clone();
    mask.apply_json(&mut value);
    assert_eq!(value["auth"]["basic"][0]["value"], MASK);
    assert_eq!(value["auth"]["basic"][1]["value"], MASK);
    assert_eq!(value["auth"]["basic"][2]["value"], false);
    assert_eq!(
        value["bearer"], original_bearer,
        "a template is not a secret"
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

#[test]
fn an_echoed_postman_token_is_not_a_secret_but_a_token_beside_it_is() {
    let mut mask = mask();
    mask.learn_body_for_test(
        br#"{"headers": {"Postman-Token": "0b6c1a3e-9f7d-4c56-8a21-3d5e7f9a1b2c"}}"#,
    );
    mask.learn_body_for_test(
        br#"{"headers": {"postman-token": "k9x-77-uuid"}, "token": "k9x-77-tok"}"#,
    );
    assert_eq!(
        mask.apply("0b6c1a3e-9f7d-4c56-8a21-3d5e7f9a1b2c k9x-77-uuid k9x-77-tok"),
        format!("0b6c1a3e-9f7d-4c56-8a21-3d5e7f9a1b2c k9x-77-uuid {MASK}")
    );
}

#[test]
fn changes_json_says_whether_masking_changes_a_value() {
    let mut mask = mask();
    let values = [
        serde_json::json!({"name": "item", "request": {"url": "https://x.test/a", "header": []}}),
        serde_json::json!({"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "k9x-77-abc"}]}}),
        serde_json::json!({"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}}),
        serde_json::json!({"auth": {"type": "basic", "basic": [7, {"key": "username", "value": "ann"}]}}),
        serde_json::json!(["k9x-77-learned", 1, null]),
        serde_json::json!({"k9x-77-learned": 1}),
        serde_json::json!({"stream": {"type": "Buffer", "data": [107, 57, 120]}}),
        serde_json::json!({"stream": {"type": "Buffer", "data": b"k9x-77-learned".to_vec()}}),
    ];
    let check = |mask: &SecretMask, expected: [bool; 8]| {
        for (value, expected) in values.iter().zip(expected) {
            let mut masked = value.clone();
            mask.apply_json(&mut masked);
            assert_eq!(masked != *value, expected, "{value}");
            assert_eq!(mask.changes_json(value), expected, "{value}");
        }
    };
    // nothing learned yet: only auth blocks are masked
    check(
        &mask,
        [false, true, false, true, false, false, false, false],
    );
    mask.learn("k9x-77-learned");
    check(&mask, [false, true, false, true, true, true, false, true]);
}
