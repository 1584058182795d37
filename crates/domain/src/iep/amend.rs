//! Amendments: a finalized IEP never changes; a later change is a new draft version that copies
//! its content and links to it (`amends`). The old IEP stays the IEP in effect until the
//! amendment is finalized, and only then becomes `Amended { by }` (decision I-2).
//!
//! An amendment is made at an IEP meeting, or without one when the parent agrees in writing on
//! the "PWN: Waiver of IEP Meeting to Amend IEP" (SOPM L3019–L3025). A waiver is refused for a
//! change to the program recommendation or one that needs the school psychologist at a meeting
//! (L3019, fn104).

use super::{Iep, IepContent, IepStatus};
use crate::change::{Change, EntityKind};
use crate::error::{DomainError, FieldError};
use crate::ids::IepId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the amendment is authorized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AmendmentAuthority {
    /// At an IEP meeting: the amendment's meeting is recorded in its `meeting` step, and the
    /// meeting checks apply to it as to any IEP.
    #[schemars(title = "At an IEP meeting")]
    Meeting,
    /// Without a meeting, on the parent's signed waiver (L3023).
    #[schemars(title = "Without a meeting (parent's written waiver)")]
    Waiver {
        /// The date the parent signed the "Waiver of IEP Meeting to Amend IEP".
        #[schemars(title = "Parent signed the waiver on")]
        parent_signed_on: Option<NaiveDate>,
        /// A team member discussed the changes with the parent in language the parent
        /// understands (L3023).
        #[schemars(title = "Changes discussed with the parent")]
        discussed_with_parent: bool,
        /// The amendment changes the program recommendation (never without a meeting, L3019).
        #[schemars(title = "Changes the program recommendation")]
        changes_program: bool,
        /// The change would need the school psychologist at a meeting (L3019).
        #[schemars(title = "Needs the school psychologist")]
        needs_psychologist: bool,
    },
}

/// What an amendment records about itself, in its content (so it is hashed with the IEP when
/// finalized and travels in CASE.json).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Amendment {
    /// The version this amends.
    #[schemars(title = "Amends version", extend("x-hidden" = true))]
    pub amends_version: u32,
    /// Why the IEP is amended, in words the parent will read.
    #[schemars(title = "Reason for the amendment", extend("x-narrative" = true))]
    pub reason: String,
    #[schemars(title = "Authorized by")]
    pub authority: AmendmentAuthority,
}

/// Amend a finalized IEP.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AmendIep {
    pub iep_id: IepId,
    pub reason: String,
    pub authority: AmendmentAuthority,
}

impl AmendIep {
    /// The reasons this amendment may not be made, by field.
    pub fn errors(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.reason.trim().is_empty() {
            out.push(FieldError::new(
                "reason",
                "Say why the IEP is amended; the reason is part of the record.",
            ));
        }
        if let AmendmentAuthority::Waiver {
            parent_signed_on,
            discussed_with_parent,
            changes_program,
            needs_psychologist,
        } = &self.authority
        {
            if *changes_program {
                out.push(FieldError::new("authority.changes_program", "A change to the program recommendation needs an IEP meeting; it cannot be made by waiver (SOPM L3019)."));
            }
            if *needs_psychologist {
                out.push(FieldError::new("authority.needs_psychologist", "A change that needs the school psychologist at a meeting cannot be made by waiver (SOPM L3019)."));
            }
            if parent_signed_on.is_none() {
                out.push(FieldError::new("authority.parent_signed_on", "Without a meeting, the parent must agree in writing: record the date the parent signed the Waiver of IEP Meeting to Amend IEP (SOPM L3023). If the parent did not sign, hold a meeting (L3025)."));
            }
            if !discussed_with_parent {
                out.push(FieldError::new("authority.discussed_with_parent", "A team member must discuss every change with the parent before the waiver (SOPM L3023)."));
            }
        }
        out
    }
}

impl Iep {
    /// A new draft amending this finalized IEP: version `version`, linked by `amends`, with this
    /// IEP's content. At a meeting the draft starts without a meeting record (the amendment meeting
    /// is recorded anew); by waiver the meeting of record is kept.
    pub fn amend(&self, input: &AmendIep, version: u32) -> Result<(Iep, Vec<Change>), DomainError> {
        if !matches!(self.status, IepStatus::Finalized { .. }) {
            return Err(DomainError::NotAmendable(self.status.name()));
        }
        let errors = input.errors();
        if !errors.is_empty() {
            return Err(DomainError::Invalid(errors));
        }
        let mut content: IepContent = self.content.clone();
        if input.authority == AmendmentAuthority::Meeting {
            content.meeting = None;
        }
        content.amendment = Some(Amendment {
            amends_version: self.version,
            reason: input.reason.trim().to_string(),
            authority: input.authority.clone(),
        });
        let iep = Iep {
            id: IepId::new(),
            student_id: self.student_id,
            version,
            status: IepStatus::Draft,
            amends: Some(self.id),
            content,
        };
        fn json<T: Serialize>(v: &T) -> serde_json::Value {
            serde_json::to_value(v).expect("serializes")
        }
        let changes = vec![
            Change::new(
                EntityKind::Iep,
                iep.id.0,
                "student_id",
                serde_json::Value::Null,
                json(&iep.student_id),
            ),
            Change::new(
                EntityKind::Iep,
                iep.id.0,
                "status",
                serde_json::Value::Null,
                serde_json::json!("draft"),
            ),
            Change::new(
                EntityKind::Iep,
                iep.id.0,
                "amends",
                serde_json::Value::Null,
                json(&self.id),
            ),
            Change::new(
                EntityKind::Iep,
                iep.id.0,
                "content",
                serde_json::Value::Null,
                json(&iep.content),
            ),
        ];
        Ok((iep, changes))
    }

    /// Marks this finalized IEP superseded by its finalized amendment `by`.
    pub fn mark_amended(&mut self, by: IepId) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, IepStatus::Finalized { .. }) {
            return Err(DomainError::NotAmendable(self.status.name()));
        }
        Ok(vec![self.set_status(IepStatus::Amended { by })])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StartIepDraft, StudentId};
    use chrono::Utc;

    fn finalized() -> Iep {
        let mut iep = StartIepDraft {
            student_id: StudentId::new(),
        }
        .start(1)
        .0;
        iep.edit(
            "present_levels.social_development",
            serde_json::json!("Kind to peers."),
        )
        .unwrap();
        iep.finalize(Utc::now(), &[]).unwrap();
        iep
    }

    fn waiver(signed: bool, program: bool) -> AmendmentAuthority {
        AmendmentAuthority::Waiver {
            parent_signed_on: signed.then(|| NaiveDate::from_ymd_opt(2026, 1, 12).unwrap()),
            discussed_with_parent: true,
            changes_program: program,
            needs_psychologist: false,
        }
    }

    #[test]
    fn amendment_copies_content_links_and_records_the_reason() {
        let old = finalized();
        let input = AmendIep {
            iep_id: old.id,
            reason: "Add counseling once a week.".into(),
            authority: waiver(true, false),
        };
        let (new, changes) = old.amend(&input, 2).unwrap();
        assert_eq!(new.amends, Some(old.id));
        assert_eq!(new.version, 2);
        assert_eq!(new.status, IepStatus::Draft);
        assert_eq!(new.content.present_levels, old.content.present_levels);
        assert_eq!(
            new.content.amendment.as_ref().unwrap().reason,
            "Add counseling once a week."
        );
        assert!(changes.iter().any(|c| c.path == "amends"));
    }

    #[test]
    fn at_a_meeting_the_amendment_records_its_own_meeting() {
        let old = finalized();
        let (new, _) = old
            .amend(
                &AmendIep {
                    iep_id: old.id,
                    reason: "New program.".into(),
                    authority: AmendmentAuthority::Meeting,
                },
                2,
            )
            .unwrap();
        assert!(new.content.meeting.is_none());
    }

    #[test]
    fn waiver_refused_for_a_program_change_or_without_the_parents_signature() {
        let old = finalized();
        let err = old
            .amend(
                &AmendIep {
                    iep_id: old.id,
                    reason: "ICT instead of SETSS".into(),
                    authority: waiver(true, true),
                },
                2,
            )
            .unwrap_err();
        assert!(
            matches!(&err, DomainError::Invalid(e) if e[0].field == "authority.changes_program" && e[0].message.contains("L3019")),
            "{err}"
        );
        let err = old
            .amend(
                &AmendIep {
                    iep_id: old.id,
                    reason: "x".into(),
                    authority: waiver(false, false),
                },
                2,
            )
            .unwrap_err();
        assert!(
            matches!(&err, DomainError::Invalid(e) if e[0].field == "authority.parent_signed_on"),
            "{err}"
        );
    }

    #[test]
    fn only_a_finalized_iep_is_amended_and_marked() {
        let draft = StartIepDraft {
            student_id: StudentId::new(),
        }
        .start(1)
        .0;
        let input = AmendIep {
            iep_id: draft.id,
            reason: "x".into(),
            authority: AmendmentAuthority::Meeting,
        };
        assert_eq!(
            draft.amend(&input, 2).unwrap_err(),
            DomainError::NotAmendable("draft")
        );
        let mut old = finalized();
        let by = IepId::new();
        old.mark_amended(by).unwrap();
        assert_eq!(old.status, IepStatus::Amended { by });
        assert_eq!(
            old.amend(&input, 3).unwrap_err(),
            DomainError::NotAmendable("amended")
        );
    }
}
