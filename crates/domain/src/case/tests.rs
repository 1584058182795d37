//! CASE.json reading and its checked-in schema.

use super::schema::case_schema;
use super::*;

const MINIMAL: &str = r#"{
  "format_version": 1,
  "student": {
    "id": "0190a000-0000-7000-8000-000000000001",
    "name": {"first": "Mara", "last": "Quillon"},
    "date_of_birth": "2016-05-01",
    "osis": "999000001",
    "home_language": "en",
    "parent_language": "en",
    "school_dbn": "02M475",
    "grade": "4"
  },
  "events": [{"trigger": "referral_received", "date": "2025-10-01"}]
}"#;

#[test]
fn a_minimal_case_reads_with_defaults() {
    let case = Case::from_json(MINIMAL).unwrap();
    assert_eq!(case.format_version, 1);
    assert_eq!(case.events[0].trigger, Trigger::ReferralReceived);
    assert!(case.iep.meeting.is_none() && case.notices.is_empty() && case.consents.is_empty());
    // The date of birth is an event too.
    assert!(case
        .all_events()
        .iter()
        .any(|e| e.trigger == Trigger::DateOfBirth));
}

#[test]
fn version_errors_come_before_field_errors() {
    assert_eq!(
        Case::from_json(r#"{"student": 3}"#).unwrap_err(),
        CaseError::MissingVersion
    );
    let e = Case::from_json(r#"{"format_version": 2}"#).unwrap_err();
    assert_eq!(e, CaseError::UnsupportedVersion { found: "2".into() });
    let e = Case::from_json(r#"{"format_version": "1"}"#).unwrap_err();
    assert!(matches!(e, CaseError::UnsupportedVersion { .. }), "{e:?}");
}

#[test]
fn field_errors_name_the_path() {
    let missing = MINIMAL.replace(r#""osis": "999000001","#, "");
    match Case::from_json(&missing).unwrap_err() {
        CaseError::Field { field, .. } => assert_eq!(field, "student.osis"),
        e => panic!("{e:?}"),
    }
    let wrong_type = MINIMAL.replace(r#""date": "2025-10-01""#, r#""date": 20251001"#);
    match Case::from_json(&wrong_type).unwrap_err() {
        CaseError::Field { field, .. } => assert_eq!(field, "events[0].date"),
        e => panic!("{e:?}"),
    }
    let bad_osis = MINIMAL.replace("999000001", "99900001");
    match Case::from_json(&bad_osis).unwrap_err() {
        CaseError::Field { field, message, .. } => {
            assert_eq!(field, "student.osis");
            assert!(message.contains("9 digits"), "{message}");
        }
        e => panic!("{e:?}"),
    }
    let unknown_trigger = MINIMAL.replace("referral_received", "referal_received");
    assert!(
        matches!(Case::from_json(&unknown_trigger).unwrap_err(), CaseError::Field { field, .. } if field == "events[0].trigger")
    );
    let typo = MINIMAL.replace(r#""events""#, r#""event""#);
    assert!(matches!(
        Case::from_json(&typo).unwrap_err(),
        CaseError::Field { .. }
    ));
}

#[test]
fn domain_validation_names_the_field() {
    let lang = MINIMAL.replace(
        r#""parent_language": "en""#,
        r#""parent_language": "xx-nope""#,
    );
    match Case::from_json(&lang).unwrap_err() {
        CaseError::Invalid(fields) => assert_eq!(fields[0].field, "student.parent_language"),
        e => panic!("{e:?}"),
    }
    let dob = MINIMAL.replace("referral_received", "date_of_birth");
    assert!(
        matches!(Case::from_json(&dob).unwrap_err(), CaseError::Invalid(f) if f[0].field == "events[0].trigger")
    );
}

#[test]
fn syntax_errors_give_the_position() {
    match Case::from_json("{\n  \"format_version\": 1,,\n}").unwrap_err() {
        CaseError::Syntax { line, .. } => assert_eq!(line, 2),
        e => panic!("{e:?}"),
    }
}

/// docs/case.schema.json is generated from the types; `UPDATE_SCHEMA=1 cargo test -p
/// iepdesk-domain case_schema_is_fresh` rewrites it.
#[test]
fn case_schema_is_fresh() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/case.schema.json");
    let want = serde_json::to_string_pretty(&case_schema()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "docs/case.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p iepdesk-domain case_schema_is_fresh`"
    );
}

#[test]
fn the_schema_requires_the_version_and_the_student() {
    let s = case_schema();
    let required: Vec<&str> = s["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["format_version", "student"]);
    assert!(s["$defs"]["Trigger"]
        .to_string()
        .contains("consent_for_evaluation"));
}

#[test]
fn the_full_high_school_iep_round_trips_losslessly() {
    let text = include_str!("../../../../tests/cases/high-school-full.json");
    let case = Case::from_json(text).unwrap();
    assert!(case.iep.has_sections());
    assert_eq!(case.iep.annual_goals.goals.len(), 4);
    let again = Case::from_json(&serde_json::to_string(&case).unwrap()).unwrap();
    assert_eq!(again, case);
    // Every value of the file is read (nothing dropped or changed): each one is in the
    // re-serialized case, at the same path.
    let file: serde_json::Value = serde_json::from_str(text).unwrap();
    let written = serde_json::to_value(&case).unwrap();
    let mut missing = Vec::new();
    contained(&file, &written, "", &mut missing);
    assert!(missing.is_empty(), "{missing:?}");
}

/// Paths where `part` has a value that `whole` does not.
fn contained(part: &serde_json::Value, whole: &serde_json::Value, at: &str, out: &mut Vec<String>) {
    match (part, whole) {
        (serde_json::Value::Object(p), serde_json::Value::Object(w)) => {
            for (k, v) in p {
                match w.get(k) {
                    Some(x) => contained(v, x, &format!("{at}.{k}"), out),
                    None => out.push(format!("{at}.{k}")),
                }
            }
        }
        (serde_json::Value::Array(p), serde_json::Value::Array(w)) if p.len() == w.len() => {
            for (i, (a, b)) in p.iter().zip(w).enumerate() {
                contained(a, b, &format!("{at}.{i}"), out);
            }
        }
        (a, b) if a == b => {}
        _ => out.push(at.to_string()),
    }
}

#[test]
fn vague_testing_accommodation_is_refused_on_reading_with_its_field() {
    let text = include_str!("../../../../tests/cases/refused/vague-testing-accommodation.json");
    let err = Case::from_json(text).unwrap_err();
    let fields = err.fields();
    assert!(
        fields.iter().any(|f| f.field == "iep.testing_accommodations.accommodations.4.specification" && f.message.contains("as appropriate")),
        "{fields:?}"
    );
}
