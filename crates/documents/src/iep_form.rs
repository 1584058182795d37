//! The sections of the State IEP form after the identifying information, printed field by field.
//!
//! Every section is walked in the order of its Rust struct (the order of the form), guided by the
//! domain's JSON Schema of the IEP (`iepdesk_domain::case::case_schema`): it says which struct or
//! enum each field holds, which fields are dates, which are hidden or internal references, and
//! when a field applies (`x-when`). So a field or enum variant added to the domain is printed
//! without code here, and its label is a Fluent message whose id is derived from the Rust names:
//!
//! * a field's label: `iep-label-<struct>-<field>` (`iep-label-related-service-frequency`);
//! * an enum value: `iep-<enum>-<value>` (`iep-program-kind-ict`); languages use the existing
//!   `language-<code>`;
//! * a section's title: `iep-section-<field of IepContent>`.
//!
//! A unit test lists every id reachable from `IepContent` and fails when English lacks one; the
//! locale tests then require it in every locale. Numbers with a unit (frequency, minutes, group
//! size) are Fluent messages with plurals. Text the team typed is printed as typed, marked,
//! counted and listed among the parts in English.

use crate::frame::{paragraphs, FieldRow, Frame, Item, Section};
use crate::l10n::Arg;
use crate::ordered::Ordered;
use crate::DocumentError;
use iepdesk_domain::iep::goal_bank::{self, BankGoal};
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// The sections of `IepContent` printed after the identifying information: the wizard's
/// sections, which follow the order of the State form (shared/domain/README.md), without
/// `meeting`, the meeting record, which is not a section of the form. (`amendment` is shown in
/// the identifying information.)
pub(crate) fn sections() -> impl Iterator<Item = &'static str> {
    iepdesk_domain::wizard::SECTION_IDS
        .into_iter()
        .filter(|s| *s != "meeting")
}

fn defs() -> &'static Map<String, Value> {
    static DEFS: OnceLock<Map<String, Value>> = OnceLock::new();
    DEFS.get_or_init(|| {
        let schema = iepdesk_domain::case::schema::case_schema();
        schema
            .get("$defs")
            .and_then(Value::as_object)
            .cloned()
            .expect("the case schema has $defs")
    })
}

/// The struct or enum a field's schema refers to (through `Option`, `Vec` or `allOf`).
fn referenced(prop: &Value) -> Option<&str> {
    match prop {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                return r.rsplit('/').next();
            }
            m.values().find_map(referenced)
        }
        Value::Array(a) => a.iter().find_map(referenced),
        _ => None,
    }
}

fn is_date(prop: &Value) -> bool {
    match prop {
        Value::Object(m) => {
            m.get("format").and_then(Value::as_str) == Some("date") || m.values().any(is_date)
        }
        Value::Array(a) => a.iter().any(is_date),
        _ => false,
    }
}

/// The values of a plain string enum, if `name` is one.
pub(crate) fn enum_values(name: &str) -> Option<Vec<String>> {
    let def = defs().get(name)?;
    if let Some(Value::Array(values)) = def.get("enum") {
        return values
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect();
    }
    let one_of = def.get("oneOf")?.as_array()?;
    one_of
        .iter()
        .map(|v| v.get("const").and_then(Value::as_str).map(str::to_string))
        .collect()
}

fn properties(name: &str) -> Option<&'static Map<String, Value>> {
    defs().get(name)?.get("properties")?.as_object()
}

/// `ProgramKind` → `program-kind`, `ratio_12_1` → `ratio-12-1`.
pub(crate) fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == '_' {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn label_id(def: &str, field: &str) -> String {
    format!("iep-label-{}-{}", kebab(def), kebab(field))
}

pub(crate) fn value_id(def: &str, value: &str) -> String {
    if def == "LanguageCode" {
        format!("language-{value}")
    } else {
        format!("iep-{}-{}", kebab(def), kebab(value))
    }
}

/// The message of one part of a bank goal: `goal-<bank id>-<part>`, the part being `skill`,
/// `condition`, `criterion` or `benchmark-<n>` (locales/*/goal-bank.ftl).
pub(crate) fn goal_message_id(bank_id: &str, part: &str) -> String {
    format!("goal-{bank_id}-{part}")
}

pub(crate) fn section_id(field: &str) -> String {
    format!("iep-section-{}", kebab(field))
}

/// A field shown to the parent: not an internal id or cross-reference.
fn shown(prop: &Value) -> bool {
    prop.get("x-hidden").and_then(Value::as_bool) != Some(true) && prop.get("x-ref").is_none()
}

/// Every Fluent id the walker can ask for, starting from `IepContent`'s printed sections: each
/// section title, field label and enum value reachable. Used by the test that keeps the Fluent
/// files complete.
#[cfg(test)]
pub(crate) fn reachable_ids() -> Vec<String> {
    let mut ids = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let content = properties("IepContent").expect("IepContent is in the schema");
    for section in sections() {
        ids.push(section_id(section));
        if let Some(def) = referenced(&content[section]) {
            collect(def, &mut ids, &mut seen);
        }
    }
    ids
}

#[cfg(test)]
fn collect(def: &str, ids: &mut Vec<String>, seen: &mut std::collections::BTreeSet<String>) {
    if !seen.insert(def.to_string()) {
        return;
    }
    if let Some(values) = enum_values(def) {
        ids.extend(values.iter().map(|v| value_id(def, v)));
        return;
    }
    let Some(props) = properties(def) else { return };
    for (field, prop) in props {
        // Present levels' seven narratives are printed under their `plop-*` titles (iep.rs).
        if !shown(prop)
            || (def == "PresentLevels"
                && iepdesk_domain::iep::PresentLevels::COMPONENTS.contains(&field.as_str()))
        {
            continue;
        }
        // Frequency is printed as one phrase ("3 times a week"), not as its two fields.
        if def != "Frequency" {
            ids.push(label_id(def, field));
        }
        if let Some(inner) = referenced(prop) {
            collect(inner, ids, seen);
        }
    }
}

/// Builds the items of one section of the form (`section` a field of `IepContent`), skipping
/// the fields in `skip` (present levels' seven narratives, printed by `iep.rs`).
pub(crate) fn section_items(
    f: &mut Frame,
    section: &str,
    value: &Ordered,
    skip: &[&str],
) -> Result<Vec<Item>, DocumentError> {
    let def = referenced(&properties("IepContent").expect("IepContent")[section])
        .expect("every section is a struct");
    let title = f.t.t(&section_id(section))?;
    let mut w = Walker {
        f,
        section_title: title,
        typed: false,
        bank: None,
    };
    let (rows, mut blocks) = w.structure(def, value, section, 0, skip)?;
    let mut items = Vec::new();
    if !rows.is_empty() {
        items.push(Item::Fields { title: None, rows });
    }
    items.append(&mut blocks);
    if w.typed {
        if let Some(marker) = w.f.marker() {
            items.insert(0, Item::Marker { text: marker });
        }
    }
    Ok(items)
}

/// One whole section of the form, with its title; "None recorded" when the team filled nothing.
pub(crate) fn section(
    f: &mut Frame,
    section: &str,
    value: &Ordered,
) -> Result<Section, DocumentError> {
    let mut body = section_items(f, section, value, &[])?;
    if body.is_empty() {
        body.push(f.par("iep-none-recorded")?);
    }
    Ok(Section::Block {
        title: f.t.t(&section_id(section))?,
        body,
    })
}

struct Walker<'a, 'c> {
    f: &'a mut Frame<'c>,
    section_title: String,
    /// The section holds text typed by the team (so it carries the marker).
    typed: bool,
    /// The goal-bank entry of the annual goal being walked, if it started from one.
    bank: Option<&'static BankGoal>,
}

impl Walker<'_, '_> {
    /// The rows of a struct, and the blocks of its lists of structs and nested structs (at the
    /// top of a section; deeper down they are flattened into rows).
    fn structure(
        &mut self,
        def: &str,
        value: &Ordered,
        path: &str,
        depth: usize,
        skip: &[&str],
    ) -> Result<(Vec<FieldRow>, Vec<Item>), DocumentError> {
        let mut rows = Vec::new();
        let mut blocks = Vec::new();
        let (Some(props), Ordered::Object(fields)) = (properties(def), value) else {
            return Ok((rows, blocks));
        };
        if def == "AnnualGoal" {
            self.bank = match value.get("bank_id") {
                Some(Ordered::Str(id)) => goal_bank::find(id),
                _ => None,
            };
        }
        for (field, v) in fields {
            let Some(prop) = props.get(field) else {
                continue;
            };
            if !shown(prop) || skip.contains(&field.as_str()) || v.is_empty() {
                continue;
            }
            if let Some(Value::Object(when)) = prop.get("x-when") {
                let applies = when.iter().all(|(k, allowed)| {
                    let sibling = value.get(k).unwrap_or(&Ordered::Null);
                    allowed
                        .as_array()
                        .is_some_and(|a| a.iter().any(|x| sibling.matches(x)))
                });
                if !applies {
                    continue;
                }
            }
            let label = self.f.t.t(&label_id(def, field))?;
            let fpath = format!("{path}.{field}");
            let inner = referenced(prop);
            match v {
                Ordered::Array(list) if list.iter().all(|x| matches!(x, Ordered::Object(_))) => {
                    let def_of_item = inner.unwrap_or_default();
                    if depth == 0 {
                        blocks.push(Item::Heading {
                            text: label.clone(),
                        });
                    }
                    for (i, it) in list.iter().enumerate() {
                        let ipath = format!("{fpath}.{i}");
                        let (r, b) = self.structure(def_of_item, it, &ipath, depth + 1, &[])?;
                        if depth == 0 {
                            let head = self.item_head(def_of_item, it, i + 1)?;
                            blocks.push(Item::Fields {
                                title: Some(head),
                                rows: r,
                            });
                            blocks.extend(b);
                        } else {
                            rows.extend(r.into_iter().map(|row| FieldRow {
                                label: format!("{label} {}: {}", i + 1, row.label),
                                ..row
                            }));
                        }
                    }
                }
                Ordered::Object(_) if inner == Some("Frequency") => {
                    if let Some(text) = self.frequency(v)? {
                        rows.push(FieldRow::text(label, text));
                    }
                }
                Ordered::Object(_) => {
                    let (r, b) =
                        self.structure(inner.unwrap_or_default(), v, &fpath, depth + 1, &[])?;
                    if depth == 0 {
                        if !r.is_empty() {
                            blocks.push(Item::Fields {
                                title: Some(label),
                                rows: r,
                            });
                        }
                    } else {
                        rows.extend(r.into_iter().map(|row| FieldRow {
                            label: format!("{label}: {}", row.label),
                            ..row
                        }));
                    }
                    blocks.extend(b);
                }
                _ => {
                    if let Some(row) = self.scalar(def, prop, inner, field, &fpath, &label, v)? {
                        rows.push(row);
                    }
                }
            }
        }
        Ok((rows, blocks))
    }

    /// "2. Counseling services": the item's number and the value of its first enum field.
    fn item_head(&self, def: &str, item: &Ordered, n: usize) -> Result<String, DocumentError> {
        if let (Some(props), Ordered::Object(fields)) = (properties(def), item) {
            for (field, v) in fields {
                let Some(prop) = props.get(field) else {
                    continue;
                };
                if let (Some(inner), Ordered::Str(s)) = (referenced(prop), v) {
                    if enum_values(inner).is_some() {
                        return Ok(format!("{n}. {}", self.f.t.t(&value_id(inner, s))?));
                    }
                }
            }
        }
        Ok(format!("{n}."))
    }

    fn frequency(&self, v: &Ordered) -> Result<Option<String>, DocumentError> {
        match (v.get("times"), v.get("per")) {
            (Some(Ordered::Int(times)), Some(Ordered::Str(per))) => Ok(Some(self.f.t.t_args(
                &format!("iep-frequency-{}", kebab(per)),
                &[("times", Arg::Num(*times))],
            )?)),
            _ => Ok(None),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn scalar(
        &mut self,
        def: &str,
        prop: &Value,
        inner: Option<&str>,
        field: &str,
        path: &str,
        label: &str,
        v: &Ordered,
    ) -> Result<Option<FieldRow>, DocumentError> {
        let t = &self.f.t;
        let text = match v {
            Ordered::Bool(b) => t.t(if *b { "iep-yes" } else { "iep-no" })?,
            Ordered::Int(n) => self.number(field, *n)?,
            Ordered::Float(x) => x.to_string(),
            Ordered::Str(s) if is_date(prop) => {
                match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    Ok(d) => t.date(d)?,
                    Err(_) => s.clone(),
                }
            }
            Ordered::Str(s) => match inner.filter(|d| enum_values(d).is_some()) {
                Some(def) => t.t(&value_id(def, s))?,
                None => match self.bank_message(def, field, s) {
                    Some(id) => t.t(&id)?,
                    None => return Ok(Some(self.typed(path, label, s))),
                },
            },
            Ordered::Array(list) => {
                let enum_def = inner.filter(|d| enum_values(d).is_some());
                let mut lines = Vec::new();
                for x in list {
                    if let Ordered::Str(s) = x {
                        match enum_def {
                            Some(def) => lines.push(t.t(&value_id(def, s))?),
                            None => {
                                if !s.trim().is_empty() {
                                    lines.push(s.trim().to_string());
                                }
                            }
                        }
                    }
                }
                if enum_def.is_none() {
                    return Ok(Some(self.typed(path, label, &lines.join("\n"))));
                }
                return Ok(Some(FieldRow {
                    label: label.to_string(),
                    lines: vec![lines],
                    typed: false,
                }));
            }
            Ordered::Null | Ordered::Object(_) => return Ok(None),
        };
        Ok(Some(FieldRow::text(label.to_string(), text)))
    }

    /// The goal-bank message for a part of a bank goal the team left as the bank wrote it
    /// (`goal-read-fluency-wcpm-skill`); a part they changed is theirs, printed as typed.
    fn bank_message(&self, def: &str, field: &str, text: &str) -> Option<String> {
        let bank = self.bank?;
        let same = |english: &str| english.trim() == text.trim();
        let part = match (def, field) {
            ("AnnualGoal", "skill") if same(&bank.skill) => "skill".to_string(),
            ("AnnualGoal", "condition") if same(&bank.condition) => "condition".to_string(),
            ("AnnualGoal", "criterion") if same(&bank.criterion) => "criterion".to_string(),
            ("Objective", "text") => {
                let n = bank.benchmarks.iter().position(|b| same(b))?;
                format!("benchmark-{}", n + 1)
            }
            _ => return None,
        };
        Some(goal_message_id(&bank.id, &part))
    }

    /// A number with its unit, through a plural message where it has one.
    fn number(&self, field: &str, n: i64) -> Result<String, DocumentError> {
        let id = if field.ends_with("minutes") {
            "iep-minutes"
        } else if field == "group_size" {
            "iep-group-of"
        } else if field == "times_per_year" {
            "iep-times-per-year"
        } else if field == "extra_direction_readings" {
            "iep-times"
        } else {
            return Ok(n.to_string());
        };
        self.f.t.t_args(id, &[("count", Arg::Num(n))])
    }

    /// Text the team typed: as typed, listed among the parts in English under the section's
    /// and the field's names.
    fn typed(&mut self, path: &str, label: &str, text: &str) -> FieldRow {
        let listed = format!("{}: {label}", self.section_title);
        if self.f.note_typed(path, &listed, text) {
            self.typed = true;
        }
        FieldRow {
            label: label.to_string(),
            lines: paragraphs(text),
            typed: self.f.translated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Catalog, DOCUMENTS};

    #[test]
    fn ids_are_derived_from_rust_names() {
        assert_eq!(kebab("ProgramKind"), "program-kind");
        assert_eq!(
            value_id("ClassRatio", "ratio_12_1"),
            "iep-class-ratio-ratio-12-1"
        );
        assert_eq!(
            label_id("RelatedService", "duration_minutes"),
            "iep-label-related-service-duration-minutes"
        );
        assert_eq!(value_id("LanguageCode", "zh-Hant"), "language-zh-Hant");
    }

    /// A new enum variant, field or section of the IEP without an English label fails here; the
    /// locale tests then require it in every locale.
    #[test]
    fn every_label_and_value_reachable_from_iep_content_has_a_message() {
        let ids = reachable_ids();
        // The walk must reach deep values, or the test would pass on nothing.
        for deep in [
            "iep-program-kind-ict",
            "iep-class-ratio-ratio-12-1-1",
            "iep-related-service-type-counseling",
            "iep-period-week",
            "iep-accommodation-category-extended-time",
            "iep-placement-kind-doe-non-specialized",
            "iep-transition-area-community-experiences",
            "iep-assessment-mode-nysaa",
            "iep-label-objective-text",
            "language-es",
        ] {
            assert!(ids.iter().any(|i| i == deep), "{deep} not reached");
        }
        assert!(ids.len() > 350, "only {} ids reached", ids.len());
        let catalog = Catalog::load().unwrap();
        let en = catalog.text("en", DOCUMENTS).unwrap();
        let missing: Vec<&String> = ids.iter().filter(|id| !en.has(id)).collect();
        assert!(
            missing.is_empty(),
            "English lacks {} messages: {missing:#?}",
            missing.len()
        );
        for extra in [
            "iep-frequency-day",
            "iep-frequency-week",
            "iep-frequency-month",
            "iep-minutes",
            "iep-group-of",
            "iep-times-per-year",
            "iep-times",
            "iep-yes",
            "iep-no",
            "iep-none-recorded",
        ] {
            assert!(en.has(extra), "English lacks {extra}");
        }
    }
}
