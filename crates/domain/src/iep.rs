//! The IEP: a versioned document whose content is edited field by field while it is a draft and
//! never again once finalized (a later change is an amendment: a new IEP linked to this one).

use crate::change::{diff, Change, EntityKind};
use crate::error::{DomainError, FieldError};
use crate::ids::{IepId, StudentId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// Where an IEP is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IepStatus {
    Draft,
    /// Immutable from here on. `content_hash` is the SHA-256 of the content as finalized.
    Finalized { at: DateTime<Utc>, content_hash: String },
    /// Superseded by an amendment, which is a newer IEP.
    Amended { by: IepId },
}

impl IepStatus {
    pub fn name(&self) -> &'static str {
        match self {
            IepStatus::Draft => "draft",
            IepStatus::Finalized { .. } => "finalized",
            IepStatus::Amended { .. } => "amended",
        }
    }
}

/// Present Levels of Performance and Individual Needs: the seven components of SOPM L1993–L2017.
/// Narrative fields; later sections add structure (needs list, special factors).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(default)]
pub struct PresentLevels {
    /// Evaluation results with their dates, State/district assessment results, instructional
    /// implications (L1995).
    pub evaluation_results: String,
    /// Academic achievement, functional performance and learning characteristics (L2015).
    pub academic_achievement: String,
    /// Social development (L1999).
    pub social_development: String,
    /// Physical development (L2003).
    pub physical_development: String,
    /// Management needs (L2007).
    pub management_needs: String,
    /// Effect of student needs on involvement and progress in the general education
    /// curriculum (L2011).
    pub effect_on_general_education: String,
    /// Student needs relating to special factors (L2017).
    pub special_factor_needs: String,
}

impl PresentLevels {
    /// The seven components in the order of the State form, with their field names.
    pub const COMPONENTS: [&'static str; 7] = [
        "evaluation_results",
        "academic_achievement",
        "social_development",
        "physical_development",
        "management_needs",
        "effect_on_general_education",
        "special_factor_needs",
    ];

    /// Each component's field name (as in [`Self::COMPONENTS`]) with its text.
    pub fn components(&self) -> [(&'static str, &str); 7] {
        let c = Self::COMPONENTS;
        [
            (c[0], &self.evaluation_results),
            (c[1], &self.academic_achievement),
            (c[2], &self.social_development),
            (c[3], &self.physical_development),
            (c[4], &self.management_needs),
            (c[5], &self.effect_on_general_education),
            (c[6], &self.special_factor_needs),
        ]
    }

    /// How many components have text.
    pub fn filled(&self) -> usize {
        self.components().iter().filter(|(_, text)| !text.trim().is_empty()).count()
    }
}

/// Everything the team writes in an IEP. Each section defaults to empty, so content stored by an
/// older version still loads when sections are added.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(default)]
pub struct IepContent {
    /// The IEP meeting and its team: the wizard's first step. `None` until the meeting is set up.
    pub meeting: Option<crate::meeting::Meeting>,
    pub present_levels: PresentLevels,
}

/// Longest narrative a field accepts. Far beyond any real present-levels text; it exists so that
/// a paste of a whole document into one box is caught instead of stored.
pub const MAX_NARRATIVE_CHARS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Iep {
    pub id: IepId,
    pub student_id: StudentId,
    /// 1 for the first IEP of a student; an amendment's version is one more than what it amends.
    pub version: u32,
    pub status: IepStatus,
    /// The IEP this one amends.
    pub amends: Option<IepId>,
    pub content: IepContent,
}

/// Start a new draft IEP for a student.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct StartIepDraft {
    pub student_id: StudentId,
}

/// Set one field of a draft IEP. `path` is dotted, e.g. `present_levels.social_development`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct EditField {
    pub iep_id: IepId,
    pub path: String,
    #[ts(type = "unknown")]
    pub value: serde_json::Value,
}

impl StartIepDraft {
    /// A new draft. `version` is the next version number for this student.
    pub fn start(&self, version: u32) -> (Iep, Vec<Change>) {
        let iep = Iep {
            id: IepId::new(),
            student_id: self.student_id,
            version,
            status: IepStatus::Draft,
            amends: None,
            content: IepContent::default(),
        };
        let changes = vec![
            Change::new(EntityKind::Iep, iep.id.0, "student_id", serde_json::Value::Null, serde_json::json!(iep.student_id)),
            Change::new(EntityKind::Iep, iep.id.0, "status", serde_json::Value::Null, serde_json::json!("draft")),
        ];
        (iep, changes)
    }
}

impl Iep {
    /// Applies an edit to a draft and returns the changes it made (none if the value is the same).
    /// On any error the IEP is left exactly as it was.
    pub fn edit(&mut self, path: &str, value: serde_json::Value) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, IepStatus::Draft) {
            return Err(DomainError::NotEditable(self.status.name()));
        }
        let old_tree = serde_json::to_value(&self.content).expect("content serializes");
        let pointer = to_pointer(path)?;
        let old_leaf = old_tree.pointer(&pointer).ok_or_else(|| DomainError::UnknownField(path.to_string()))?;
        if old_leaf.is_object() {
            // Whole sections are not replaced in one edit: each field is its own change.
            return Err(DomainError::UnknownField(path.to_string()));
        }
        let mut new_tree = old_tree.clone();
        *new_tree.pointer_mut(&pointer).expect("checked above") = value;
        let content: IepContent = serde_json::from_value(new_tree.clone()).map_err(|e| {
            DomainError::field(path, format!("this field does not take that value ({e})"))
        })?;
        validate_content(&content)?;
        let changes = diff(EntityKind::Iep, self.id.0, "content", &old_tree, &new_tree);
        self.content = content;
        Ok(changes)
    }

    /// Reads one field by its dotted path.
    pub fn field(&self, path: &str) -> Result<serde_json::Value, DomainError> {
        let tree = serde_json::to_value(&self.content).expect("content serializes");
        tree.pointer(&to_pointer(path)?).cloned().ok_or_else(|| DomainError::UnknownField(path.to_string()))
    }

    /// What stands in the way of finalizing, as field errors. Compliance rules join this list as
    /// they are written; for now every present-levels component is required (SOPM L1993).
    pub fn finalize_blockers(&self) -> Vec<FieldError> {
        self.content
            .present_levels
            .components()
            .iter()
            .filter(|(_, text)| text.trim().is_empty())
            .map(|(c, _)| FieldError::new(format!("present_levels.{c}"), "Every present-levels component is required (SOPM L1993)."))
            .collect()
    }

    /// Finalizes a draft: from now on the content never changes.
    pub fn finalize(&mut self, at: DateTime<Utc>) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, IepStatus::Draft) {
            return Err(DomainError::NotEditable(self.status.name()));
        }
        let blockers = self.finalize_blockers();
        if !blockers.is_empty() {
            return Err(DomainError::Invalid(blockers));
        }
        let status = IepStatus::Finalized { at, content_hash: self.content_hash() };
        let change = Change::new(
            EntityKind::Iep,
            self.id.0,
            "status",
            serde_json::to_value(&self.status).expect("serializes"),
            serde_json::to_value(&status).expect("serializes"),
        );
        self.status = status;
        Ok(vec![change])
    }

    /// SHA-256 (hex) of the content's canonical JSON (struct fields in declaration order).
    pub fn content_hash(&self) -> String {
        let bytes = serde_json::to_vec(&self.content).expect("serializes");
        Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn validate_content(content: &IepContent) -> Result<(), DomainError> {
    let errors: Vec<FieldError> = content
        .present_levels
        .components()
        .iter()
        .filter_map(|(c, text)| {
            let n = text.chars().count();
            (n > MAX_NARRATIVE_CHARS).then(|| {
                FieldError::new(
                    format!("present_levels.{c}"),
                    format!("This text is {n} characters; a field holds at most {MAX_NARRATIVE_CHARS}."),
                )
            })
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(DomainError::Invalid(errors))
    }
}

fn to_pointer(path: &str) -> Result<String, DomainError> {
    let ok = !path.is_empty()
        && path.split('.').all(|seg| !seg.is_empty() && seg.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
    if !ok {
        return Err(DomainError::UnknownField(path.to_string()));
    }
    Ok(format!("/{}", path.replace('.', "/")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn draft() -> Iep {
        StartIepDraft { student_id: StudentId::new() }.start(1).0
    }

    #[test]
    fn editing_a_field_records_old_and_new_value() {
        let mut iep = draft();
        let changes = iep.edit("present_levels.social_development", json!("Works well in pairs.")).unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].path, "content.present_levels.social_development");
        assert_eq!(changes[0].old, json!(""));
        assert_eq!(changes[0].new, json!("Works well in pairs."));
        assert_eq!(iep.content.present_levels.social_development, "Works well in pairs.");
    }

    #[test]
    fn same_value_is_no_change() {
        let mut iep = draft();
        iep.edit("present_levels.management_needs", json!("x")).unwrap();
        assert!(iep.edit("present_levels.management_needs", json!("x")).unwrap().is_empty());
    }

    #[test]
    fn unknown_path_wrong_type_and_sections_are_refused_without_change() {
        let mut iep = draft();
        let before = iep.clone();
        assert_eq!(iep.edit("present_levels.nope", json!("x")), Err(DomainError::UnknownField("present_levels.nope".into())));
        assert_eq!(iep.edit("present_levels", json!("x")), Err(DomainError::UnknownField("present_levels".into())));
        assert_eq!(iep.edit("../status", json!("x")), Err(DomainError::UnknownField("../status".into())));
        assert!(matches!(iep.edit("present_levels.social_development", json!(42)), Err(DomainError::Invalid(_))));
        assert_eq!(iep, before);
    }

    #[test]
    fn overlong_narrative_is_refused() {
        let mut iep = draft();
        let long = "a".repeat(MAX_NARRATIVE_CHARS + 1);
        let err = iep.edit("present_levels.social_development", json!(long)).unwrap_err();
        assert!(err.to_string().contains("at most 20000"), "{err}");
        assert!(iep.content.present_levels.social_development.is_empty());
    }

    #[test]
    fn finalizing_needs_all_seven_components_then_freezes() {
        let mut iep = draft();
        let err = iep.finalize(Utc::now()).unwrap_err();
        assert!(matches!(&err, DomainError::Invalid(e) if e.len() == 7));
        for c in PresentLevels::COMPONENTS {
            iep.edit(&format!("present_levels.{c}"), json!(format!("text for {c}"))).unwrap();
        }
        let hash = iep.content_hash();
        iep.finalize(Utc::now()).unwrap();
        assert!(matches!(&iep.status, IepStatus::Finalized { content_hash, .. } if *content_hash == hash));
        assert_eq!(iep.edit("present_levels.social_development", json!("later")), Err(DomainError::NotEditable("finalized")));
        assert!(iep.finalize(Utc::now()).is_err());
    }

    #[test]
    fn content_hash_changes_with_content() {
        let mut iep = draft();
        let h1 = iep.content_hash();
        iep.edit("present_levels.physical_development", json!("Uses a walker.")).unwrap();
        assert_ne!(h1, iep.content_hash());
        assert_eq!(h1.len(), 64);
    }
}
