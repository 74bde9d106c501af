//! The widget's own JSON reader agrees with serde_json: on every document serde_json writes, and
//! on broken text, where both must refuse the same inputs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use career_widget::core::BUNDLED_JSON;
use career_widget::core::json::{Json, parse};
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's tree in our shape: numbers as f64, objects with the last of duplicate keys.
fn from_serde(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.as_f64().unwrap()),
        Value::String(s) => Json::String(s.clone()),
        Value::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
        Value::Object(map) => Json::Object(map.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect()),
    }
}

/// Ours with duplicate keys resolved the way serde_json's map does (last wins, sorted), so the
/// two trees can be compared.
fn normalised(v: &Json) -> Json {
    match v {
        Json::Array(items) => Json::Array(items.iter().map(normalised).collect()),
        Json::Object(members) => {
            let map: BTreeMap<&String, Json> = members.iter().map(|(k, v)| (k, normalised(v))).collect();
            Json::Object(map.into_iter().map(|(k, v)| (k.clone(), v)).collect())
        }
        other => other.clone(),
    }
}

/// Equal trees, numbers within 1e-14 relative: the widget's number reader is exact only for
/// numbers of up to 15 significant digits (see core::float::parse), and serde_json's writer
/// prints up to 17.
fn close(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Number(x), Json::Number(y)) => {
            x == y || ((x - y) / y).abs() < 1e-14 || (x.abs() < 1e-280 && y.abs() < 1e-280)
        }
        (Json::Array(xs), Json::Array(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| close(x, y)),
        (Json::Object(xs), Json::Object(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|((kx, x), (ky, y))| kx == ky && close(x, y))
        }
        _ => a == b,
    }
}

fn both(text: &str) -> (Option<Json>, Option<Json>) {
    let ours = parse(text).ok().map(|v| normalised(&v));
    let theirs = serde_json::from_str::<Value>(text).ok().map(|v| from_serde(&v));
    (ours, theirs)
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn reads_the_bundled_dataset_as_serde_json_does() {
    let (ours, theirs) = both(BUNDLED_JSON);
    assert!(ours.is_some());
    assert_eq!(ours, theirs);
}

#[test]
fn refuses_what_json_does_not_allow() {
    for text in [
        "",
        " ",
        "nul",
        "tru",
        "[1,]",
        "{\"a\":1,}",
        "{a:1}",
        "'x'",
        "01",
        "1.",
        ".5",
        "+1",
        "1e",
        "-",
        "NaN",
        "Infinity",
        "[1 2]",
        "\"\t\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "1e400",
        "[] []",
        "\"abc",
    ] {
        assert!(parse(text).is_err(), "{text:?} was accepted");
        assert!(serde_json::from_str::<Value>(text).is_err(), "serde_json accepts {text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn reads_whatever_serde_json_writes(v in any_json(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.unwrap();
        let ours = normalised(&parse(&text).expect("serde_json's output is JSON"));
        prop_assert!(close(&ours, &from_serde(&v)), "{:?} vs {:?}", ours, v);
    }

    #[test]
    fn refuses_and_accepts_broken_text_as_serde_json_does(
        v in any_json(),
        at in any::<prop::sample::Index>(),
        edit in prop_oneof![Just(None), prop::sample::select(&b"[]{}:,\"\\ 0-.eEtfn"[..]).prop_map(Some)],
    ) {
        let mut bytes = serde_json::to_string(&v).unwrap().into_bytes();
        let i = at.index(bytes.len() + 1);
        match edit {
            None if i < bytes.len() => { bytes.remove(i); }
            None => {}
            Some(b) => bytes.insert(i, b),
        }
        // A removed byte can split a character; serde_json and we both take text, so skip those.
        if let Ok(text) = String::from_utf8(bytes) {
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours.is_some(), theirs.is_some(), "on {:?}", text);
            if let (Some(a), Some(b)) = (&ours, &theirs) {
                prop_assert!(close(a, b), "on {:?}: {:?} vs {:?}", text, a, b);
            }
        }
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,64}") {
        let _ = parse(&text);
    }
}
