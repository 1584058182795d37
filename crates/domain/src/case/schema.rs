//! The JSON Schema of CASE.json, generated from the Rust types (docs/case.schema.json).
//!
//! The derived schemas come from `#[derive(schemars::JsonSchema)]` on the domain types; the few
//! types that validate a string on the way in (OSIS, DBN, language code) describe that here.

use super::Case;
use crate::language::{LanguageCode, Languages};
use crate::student::{Dbn, Osis};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

impl JsonSchema for Osis {
    fn schema_name() -> Cow<'static, str> {
        "Osis".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "NYC student ID (OSIS): 9 digits; spaces and hyphens are ignored. Fixtures use the prefix 999.",
            "pattern": "^[0-9 -]+$",
            "examples": ["999000001"]
        })
    }
}

impl JsonSchema for Dbn {
    fn schema_name() -> Cow<'static, str> {
        "Dbn".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A school's DBN: 2-digit district, borough letter (M, X, K, Q, R), 3 digits.",
            "pattern": "^\\s*[0-9]{2}[MXKQRmxkqr][0-9]{3}\\s*$",
            "examples": ["02M475"]
        })
    }
}

impl JsonSchema for LanguageCode {
    fn schema_name() -> Cow<'static, str> {
        "LanguageCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = Languages::get()
            .all()
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        json_schema!({
            "type": "string",
            "description": "A language code from IEP Desk's language table (assets/data/languages.toml).",
            "enum": codes
        })
    }
}

/// The schema of [`Case`], as checked in at docs/case.schema.json.
pub fn case_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Case)).expect("a schema serializes")
}
