//! A field-level change: the unit of the audit trail and of sync.

use crate::ids::ChangeId;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// What kind of record a change belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Student,
    Iep,
    UserProfile,
    Notice,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Student => "student",
            EntityKind::Iep => "iep",
            EntityKind::UserProfile => "user_profile",
            EntityKind::Notice => "notice",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "student" => Some(EntityKind::Student),
            "iep" => Some(EntityKind::Iep),
            "user_profile" => Some(EntityKind::UserProfile),
            "notice" => Some(EntityKind::Notice),
            _ => None,
        }
    }
}

/// One changed field of one entity: `old` is `null` when the entity was created by this change.
/// Who made it, when, and on which device are added by the store, which knows the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub id: ChangeId,
    pub entity: EntityKind,
    pub entity_id: Uuid,
    pub path: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

impl Change {
    pub fn new(
        entity: EntityKind,
        entity_id: Uuid,
        path: impl Into<String>,
        old: serde_json::Value,
        new: serde_json::Value,
    ) -> Self {
        Self { id: ChangeId::new(), entity, entity_id, path: path.into(), old, new }
    }

    /// A record moving from one status to another (an IEP finalized, a notice issued).
    pub fn status<S: Serialize>(entity: EntityKind, entity_id: Uuid, old: &S, new: &S) -> Self {
        let json = |s: &S| serde_json::to_value(s).expect("a status serializes");
        Self::new(entity, entity_id, "status", json(old), json(new))
    }
}

/// SHA-256 (hex) of a record's canonical JSON (struct fields in declaration order): the hash a
/// finalized IEP or an issued notice keeps of what it said.
pub fn content_hash<T: Serialize>(content: &T) -> String {
    use sha2::{Digest, Sha256};
    let bytes = serde_json::to_vec(content).expect("content serializes");
    Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// One `Change` per leaf that differs between two JSON trees, with dotted paths under `prefix`.
/// Creating an entity is diffing against `null`, which yields one change per set field.
pub fn diff(
    entity: EntityKind,
    entity_id: Uuid,
    prefix: &str,
    old: &serde_json::Value,
    new: &serde_json::Value,
) -> Vec<Change> {
    use serde_json::Value;
    let mut out = Vec::new();
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.extend(diff(
                    entity,
                    entity_id,
                    &path,
                    a.get(k).unwrap_or(&Value::Null),
                    b.get(k).unwrap_or(&Value::Null),
                ));
            }
        }
        (Value::Null, Value::Object(b)) => {
            for (k, v) in b {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                out.extend(diff(entity, entity_id, &path, &Value::Null, v));
            }
        }
        (a, b) if a != b => {
            // An empty value replacing nothing is not a change worth recording.
            if !(a.is_null() && is_empty(b)) {
                out.push(Change::new(entity, entity_id, prefix, a.clone(), b.clone()));
            }
        }
        _ => {}
    }
    out
}

fn is_empty(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::String(s) => s.is_empty(),
        serde_json::Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_reports_only_changed_leaves_with_dotted_paths() {
        let id = Uuid::now_v7();
        let old = json!({"a": {"b": "x", "c": "y"}, "d": 1});
        let new = json!({"a": {"b": "x", "c": "z"}, "d": 1});
        let changes = diff(EntityKind::Iep, id, "", &old, &new);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].path, "a.c");
        assert_eq!(changes[0].old, json!("y"));
        assert_eq!(changes[0].new, json!("z"));
    }

    #[test]
    fn creation_records_every_non_empty_field() {
        let id = Uuid::now_v7();
        let changes = diff(EntityKind::Student, id, "", &serde_json::Value::Null, &json!({"a": "1", "b": "", "c": {"d": 2}}));
        let paths: Vec<_> = changes.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths.len(), 2);
        assert!(paths.contains(&"a") && paths.contains(&"c.d"));
    }
}
