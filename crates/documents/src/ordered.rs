//! A JSON value that keeps the order of object keys as serialized.
//!
//! The IEP sections are printed field by field in the order of their Rust structs, which is the
//! order of the State form. `serde_json::Value` sorts keys (the workspace does not enable
//! `preserve_order`, and turning it on would change every crate's JSON through feature
//! unification), so the walker reads the serialized text into this type instead.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ordered {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<Ordered>),
    Object(Vec<(String, Ordered)>),
}

impl Ordered {
    /// Serializes `value` and reads it back with its keys in declaration order.
    pub(crate) fn of<T: serde::Serialize>(value: &T) -> Ordered {
        let text = serde_json::to_string(value).expect("IEP content serializes");
        serde_json::from_str(&text).expect("serialized JSON reads back")
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Ordered> {
        match self {
            Ordered::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Nothing to print: null, an empty or blank string, an empty list.
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Ordered::Null => true,
            Ordered::Str(s) => s.trim().is_empty(),
            Ordered::Array(a) => a.is_empty(),
            _ => false,
        }
    }

    /// Equality with a schema constant (the values of an `x-when` condition).
    pub(crate) fn matches(&self, v: &serde_json::Value) -> bool {
        match (self, v) {
            (Ordered::Null, serde_json::Value::Null) => true,
            (Ordered::Bool(a), serde_json::Value::Bool(b)) => a == b,
            (Ordered::Str(a), serde_json::Value::String(b)) => a == b,
            (Ordered::Int(a), serde_json::Value::Number(b)) => b.as_i64() == Some(*a),
            _ => false,
        }
    }
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(OrderedVisitor)
    }
}

struct OrderedVisitor;

impl<'de> Visitor<'de> for OrderedVisitor {
    type Value = Ordered;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Null)
    }
    fn visit_none<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
        Ok(Ordered::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
        Ok(Ordered::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
        Ok(Ordered::Int(v as i64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
        Ok(Ordered::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
        Ok(Ordered::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Ordered, E> {
        Ok(Ordered::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element()? {
            out.push(v);
        }
        Ok(Ordered::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
        let mut out = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Ordered>()? {
            out.push((k, v));
        }
        Ok(Ordered::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::Ordered;

    #[test]
    fn keys_keep_their_serialized_order() {
        let o: Ordered = serde_json::from_str(r#"{"z":1,"a":[true,null],"m":"x"}"#).unwrap();
        let Ordered::Object(fields) = o else {
            panic!("an object")
        };
        let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["z", "a", "m"]);
    }
}
