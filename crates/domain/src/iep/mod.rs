//! The IEP: a versioned document whose content is edited field by field while it is a draft and
//! never again once finalized (a later change is an amendment: a new IEP linked to this one).
//!
//! The content has one section per wizard step, in the State form's order, each in its own
//! module; [`validate`] refuses structurally impossible values at edit time, and the compliance
//! rules (`crate::compliance::content`) say what is missing as findings.

pub mod amend;
pub mod common;
pub mod evaluation;
pub mod goal_bank;
pub mod goals;
pub mod participation;
pub mod placement;
pub mod postsecondary;
pub mod present_levels;
pub mod programs;
pub mod special_factors;
pub mod testing;
pub mod transition;
pub mod twelve_month;
pub mod validate;

pub use amend::{AmendIep, Amendment, AmendmentAuthority};
pub use common::{Delivery, Frequency, GroupKind, NeedArea, Period, ServiceLocation};
pub use evaluation::{Classification, Evaluation, EvaluationKind, EvaluationSection};
pub use goal_bank::{goal_bank, BankGoal};
pub use goals::{
    AnnualGoal, AnnualGoals, GoalMethod, GoalSchedule, Objective, ObjectiveKind, ProgressReporting,
    ReportMethod,
};
pub use participation::{AssessmentMode, AssessmentParticipation, GenEdParticipation};
pub use placement::{Placement, PlacementKind};
pub use postsecondary::{Postsecondary, PostsecondaryArea, PostsecondaryGoal};
pub use present_levels::{AreaLevels, Need, PresentLevels};
pub use programs::ProgramsServices;
pub use special_factors::SpecialFactors;
pub use testing::{TestingAccommodation, TestingAccommodations};
pub use transition::{TransitionActivities, TransitionActivity};
pub use twelve_month::TwelveMonth;
pub use validate::validate_content;

use crate::change::{diff, Change, EntityKind};
use crate::compliance::Finding;
use crate::error::{DomainError, FieldError};
use crate::ids::{IepId, StudentId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where an IEP is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum IepStatus {
    Draft,
    /// Immutable from here on. `content_hash` is the SHA-256 of the content as finalized.
    Finalized {
        at: DateTime<Utc>,
        content_hash: String,
    },
    /// Superseded by an amendment, which is a newer IEP.
    Amended {
        by: IepId,
    },
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

/// Everything the team writes in an IEP. Each section defaults to empty, so content stored by an
/// older version still loads when sections are added.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct IepContent {
    /// The IEP meeting and its team: the wizard's first step. `None` until the meeting is set up.
    #[schemars(title = "IEP meeting")]
    pub meeting: Option<crate::meeting::Meeting>,
    /// Evaluation results and eligibility (L1561–L1990).
    #[schemars(title = "Evaluation results and eligibility")]
    pub evaluation: EvaluationSection,
    /// Present levels of performance and individual needs (L1993–L2035).
    #[schemars(title = "Present levels of performance")]
    pub present_levels: PresentLevels,
    /// Special factors (L2033–L2057).
    #[schemars(title = "Special factors")]
    pub special_factors: SpecialFactors,
    /// Measurable postsecondary goals and transition needs (L2061–L2107).
    #[schemars(title = "Postsecondary goals and transition needs")]
    pub postsecondary: Postsecondary,
    /// Measurable annual goals (L2109–L2139).
    #[schemars(title = "Annual goals")]
    pub annual_goals: AnnualGoals,
    /// Reporting progress to parents (L2143).
    #[schemars(title = "Reporting progress to parents")]
    pub progress_reporting: ProgressReporting,
    /// Recommended programs and services (L2147–L2405).
    #[schemars(title = "Programs and services")]
    pub programs_services: ProgramsServices,
    /// 12-month services (L2639–L2645).
    #[schemars(title = "12-month services")]
    pub twelve_month: TwelveMonth,
    /// Testing accommodations (L2419–L2487).
    #[schemars(title = "Testing accommodations")]
    pub testing_accommodations: TestingAccommodations,
    /// Coordinated set of transition activities (L2489–L2509).
    #[schemars(title = "Coordinated transition activities")]
    pub transition_activities: TransitionActivities,
    /// Participation in State and district-wide assessments (L2517–L2527).
    #[schemars(title = "State and district-wide assessments")]
    pub assessment_participation: AssessmentParticipation,
    /// Participation with students without disabilities (L2531–L2533).
    #[schemars(title = "Participation with students without disabilities")]
    pub gen_ed_participation: GenEdParticipation,
    /// Language, LOTE exemption, promotion criteria, transportation and placement (L2535–L2631).
    #[schemars(title = "Language, transportation and placement")]
    pub placement: Placement,
    /// Set on an amendment: what it amends and why (L3019–L3025). `None` on an original IEP.
    #[schemars(title = "Amendment")]
    pub amendment: Option<Amendment>,
}

impl IepContent {
    /// Whether the IEP records anything beyond the meeting and the present-levels narrative: a
    /// CASE.json written for the meeting and deadline checks (all files before the content rules)
    /// records no more, and is checked for the meeting alone (decision I-9).
    pub fn has_sections(&self) -> bool {
        let bare = IepContent {
            meeting: self.meeting.clone(),
            present_levels: self.present_levels.clone(),
            ..IepContent::default()
        };
        *self != bare
    }
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
            Change::new(
                EntityKind::Iep,
                iep.id.0,
                "student_id",
                serde_json::Value::Null,
                serde_json::json!(iep.student_id),
            ),
            Change::new(
                EntityKind::Iep,
                iep.id.0,
                "status",
                serde_json::Value::Null,
                serde_json::json!("draft"),
            ),
        ];
        (iep, changes)
    }
}

impl Iep {
    /// Applies an edit to a draft and returns the changes it made (none if the value is the same).
    /// On any error the IEP is left exactly as it was.
    pub fn edit(
        &mut self,
        path: &str,
        value: serde_json::Value,
    ) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, IepStatus::Draft) {
            return Err(DomainError::NotEditable(self.status.name()));
        }
        let old_tree = serde_json::to_value(&self.content).expect("content serializes");
        let new_tree = with_leaf(&old_tree, path, value)?;
        let mut content: IepContent = serde_json::from_value(new_tree).map_err(|e| {
            DomainError::field(path, format!("this field does not take that value ({e})"))
        })?;
        validate::assign_ids(&mut content);
        validate_content(&content)?;
        if let Some(meeting) = &content.meeting {
            let errors: Vec<FieldError> = meeting
                .structural_errors()
                .into_iter()
                .map(|e| FieldError::new(format!("meeting.{}", e.field), e.message))
                .collect();
            if !errors.is_empty() {
                return Err(DomainError::Invalid(errors));
            }
        }
        // Ids given to new list items are changes too, so the diff is taken after assigning them.
        let new_tree = serde_json::to_value(&content).expect("content serializes");
        let changes = diff(EntityKind::Iep, self.id.0, "content", &old_tree, &new_tree);
        self.content = content;
        Ok(changes)
    }

    /// Reads one field by its dotted path.
    pub fn field(&self, path: &str) -> Result<serde_json::Value, DomainError> {
        let tree = serde_json::to_value(&self.content).expect("content serializes");
        tree.pointer(&to_pointer(path)?)
            .cloned()
            .ok_or_else(|| DomainError::UnknownField(path.to_string()))
    }

    /// Finalizes a draft: from now on the content never changes. `findings` are this IEP's
    /// compliance findings as the caller computed them (`compliance::check_iep`, with today's date
    /// and the calendars); any that blocks refuses the finalize, each listed with its field.
    pub fn finalize(
        &mut self,
        at: DateTime<Utc>,
        findings: &[Finding],
    ) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, IepStatus::Draft) {
            return Err(DomainError::NotEditable(self.status.name()));
        }
        crate::compliance::refuse_if_blocked(findings)?;
        let status = IepStatus::Finalized {
            at,
            content_hash: self.content_hash(),
        };
        Ok(vec![self.set_status(status)])
    }

    /// Moves to `status` and returns the logged change (old and new status).
    pub(crate) fn set_status(&mut self, status: IepStatus) -> Change {
        let change = Change::status(EntityKind::Iep, self.id.0, &self.status, &status);
        self.status = status;
        change
    }

    /// SHA-256 (hex) of the content's canonical JSON (struct fields in declaration order).
    pub fn content_hash(&self) -> String {
        crate::change::content_hash(&self.content)
    }
}

/// `tree` with the leaf at dotted `path` set to `value`: the path must exist, and a record is never
/// replaced whole (each field is its own change). Null is the exception: it clears an optional
/// record (`meeting.interpreter`); a record that is not optional refuses it when the caller reads
/// the tree back into its type.
pub(crate) fn with_leaf(
    tree: &serde_json::Value,
    path: &str,
    value: serde_json::Value,
) -> Result<serde_json::Value, DomainError> {
    let pointer = to_pointer(path)?;
    let old_leaf = tree
        .pointer(&pointer)
        .ok_or_else(|| DomainError::UnknownField(path.to_string()))?;
    if old_leaf.is_object() && !value.is_null() {
        return Err(DomainError::UnknownField(path.to_string()));
    }
    let mut new_tree = tree.clone();
    *new_tree.pointer_mut(&pointer).expect("checked above") = value;
    Ok(new_tree)
}

fn to_pointer(path: &str) -> Result<String, DomainError> {
    let ok = !path.is_empty()
        && path.split('.').all(|seg| {
            !seg.is_empty()
                && seg
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        });
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
        StartIepDraft {
            student_id: StudentId::new(),
        }
        .start(1)
        .0
    }

    #[test]
    fn editing_a_field_records_old_and_new_value() {
        let mut iep = draft();
        let changes = iep
            .edit(
                "present_levels.social_development",
                json!("Works well in pairs."),
            )
            .unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].path, "content.present_levels.social_development");
        assert_eq!(changes[0].old, json!(""));
        assert_eq!(changes[0].new, json!("Works well in pairs."));
        assert_eq!(
            iep.content.present_levels.social_development,
            "Works well in pairs."
        );
    }

    #[test]
    fn same_value_is_no_change() {
        let mut iep = draft();
        iep.edit("present_levels.management_needs", json!("x"))
            .unwrap();
        assert!(iep
            .edit("present_levels.management_needs", json!("x"))
            .unwrap()
            .is_empty());
    }

    #[test]
    fn unknown_path_wrong_type_and_sections_are_refused_without_change() {
        let mut iep = draft();
        let before = iep.clone();
        assert_eq!(
            iep.edit("present_levels.nope", json!("x")),
            Err(DomainError::UnknownField("present_levels.nope".into()))
        );
        assert_eq!(
            iep.edit("present_levels", json!("x")),
            Err(DomainError::UnknownField("present_levels".into()))
        );
        assert_eq!(
            iep.edit("../status", json!("x")),
            Err(DomainError::UnknownField("../status".into()))
        );
        assert!(matches!(
            iep.edit("present_levels.social_development", json!(42)),
            Err(DomainError::Invalid(_))
        ));
        assert_eq!(iep, before);
    }

    #[test]
    fn overlong_narrative_is_refused() {
        let mut iep = draft();
        let long = "a".repeat(MAX_NARRATIVE_CHARS + 1);
        let err = iep
            .edit("present_levels.social_development", json!(long))
            .unwrap_err();
        assert!(err.to_string().contains("at most 20000"), "{err}");
        assert!(iep.content.present_levels.social_development.is_empty());
    }

    #[test]
    fn finalizing_is_refused_while_a_finding_blocks_then_freezes() {
        let mut iep = draft();
        let blocking = vec![
            Finding::error("plop-component-missing", "L1993", "Write it.")
                .at("present_levels.social_development"),
            Finding::warning("some-warning", "L1", "Look."),
        ];
        let err = iep.finalize(Utc::now(), &blocking).unwrap_err();
        match &err {
            DomainError::Invalid(e) => {
                assert_eq!(e.len(), 1, "warnings do not block");
                assert_eq!(e[0].field, "present_levels.social_development");
                assert!(
                    e[0].message.contains("plop-component-missing")
                        && e[0].message.contains("L1993")
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(iep.status, IepStatus::Draft);
        let hash = iep.content_hash();
        iep.finalize(Utc::now(), &blocking[1..]).unwrap();
        assert!(
            matches!(&iep.status, IepStatus::Finalized { content_hash, .. } if *content_hash == hash)
        );
        assert_eq!(
            iep.edit("present_levels.social_development", json!("later")),
            Err(DomainError::NotEditable("finalized"))
        );
        assert!(iep.finalize(Utc::now(), &[]).is_err());
    }

    #[test]
    fn every_section_path_exists_in_a_new_draft() {
        let iep = draft();
        for step in crate::wizard::SECTION_IDS {
            assert!(iep.field(step).is_ok(), "{step}");
        }
        assert_eq!(
            iep.field("programs_services.related_services").unwrap(),
            json!([])
        );
        assert_eq!(iep.field("placement.recommendation").unwrap(), json!(null));
    }

    #[test]
    fn a_list_item_is_added_by_setting_the_array_with_a_blank_item() {
        let mut iep = draft();
        iep.edit("present_levels.needs", json!([{}])).unwrap();
        let id = iep.content.present_levels.needs[0].id.clone();
        assert!(!id.is_empty(), "a new need gets an id");
        iep.edit("annual_goals.goals", json!([{}])).unwrap();
        iep.edit("annual_goals.goals.0.need_ids", json!([id]))
            .unwrap();
        iep.edit("annual_goals.goals.0.criterion", json!("80% over 5 trials"))
            .unwrap();
        assert_eq!(
            iep.content.annual_goals.goals[0].criterion,
            "80% over 5 trials"
        );
        for list in [
            "evaluation.evaluations",
            "postsecondary.goals",
            "programs_services.programs",
            "programs_services.related_services",
            "programs_services.supplementary_aids",
            "programs_services.paraprofessionals",
            "programs_services.assistive_technology",
            "programs_services.personnel_supports",
            "testing_accommodations.accommodations",
            "transition_activities.activities",
            "placement.other_options",
            "present_levels.areas",
        ] {
            iep.edit(list, json!([{}]))
                .unwrap_or_else(|e| panic!("{list}: {e}"));
        }
    }

    #[test]
    fn old_content_without_the_new_sections_still_loads() {
        let old =
            json!({"meeting": null, "present_levels": {"social_development": "Kind to peers."}});
        let content: IepContent = serde_json::from_value(old).unwrap();
        assert_eq!(content.present_levels.social_development, "Kind to peers.");
        assert_eq!(content.annual_goals, AnnualGoals::default());
    }

    #[test]
    fn an_optional_record_can_be_cleared_but_a_required_one_cannot() {
        let mut iep = draft();
        iep.edit("meeting", meeting_json()).unwrap();
        iep.edit(
            "meeting.interpreter",
            json!({"language": "es", "name": "Ana Example", "sign_language": false}),
        )
        .unwrap();
        assert!(iep.content.meeting.as_ref().unwrap().interpreter.is_some());
        let changes = iep.edit("meeting.interpreter", json!(null)).unwrap();
        assert_eq!(changes.len(), 1);
        assert!(iep.content.meeting.as_ref().unwrap().interpreter.is_none());
        let before = iep.clone();
        assert!(matches!(
            iep.edit("special_factors.behavior", json!(null)),
            Err(DomainError::Invalid(_))
        ));
        assert_eq!(iep, before);
    }

    #[test]
    fn structural_meeting_errors_are_refused_at_their_dotted_path() {
        let mut iep = draft();
        iep.edit("meeting", meeting_json()).unwrap();
        // A blank participant is being filled in, not wrong: accepted.
        let blank = crate::meeting::fixtures::person("", &[]);
        iep.edit("meeting.participants", json!([blank])).unwrap();
        let before = iep.clone();
        let err = iep
            .edit("meeting.ends_at", json!("2026-03-10T08:00:00"))
            .unwrap_err();
        match err {
            DomainError::Invalid(fields) => {
                assert_eq!(fields[0].field, "meeting.ends_at");
            }
            other => panic!("{other:?}"),
        }
        let err = iep
            .edit(
                "meeting.participants.0.left_at",
                json!("2026-03-10T07:00:00"),
            )
            .unwrap_err();
        assert!(
            matches!(&err, DomainError::Invalid(f) if f[0].field == "meeting.participants.0.left_at"),
            "{err:?}"
        );
        assert_eq!(iep, before);
    }

    fn meeting_json() -> serde_json::Value {
        use crate::meeting::fixtures::{annual_review, student};
        let mut m = serde_json::to_value(annual_review(&student())).unwrap();
        m["starts_at"] = json!("2026-03-10T09:00:00");
        m["ends_at"] = json!(null);
        m["participants"] = json!([]);
        m["excusals"] = json!([]);
        m["outreach"] = json!([]);
        m["interpreter"] = json!(null);
        m
    }

    #[test]
    fn content_hash_changes_with_content() {
        let mut iep = draft();
        let h1 = iep.content_hash();
        iep.edit(
            "present_levels.physical_development",
            json!("Uses a walker."),
        )
        .unwrap();
        assert_ne!(h1, iep.content_hash());
        assert_eq!(h1.len(), 64);
    }
}

/// TypeScript declarations (ts-rs) of every type inside the IEP sections, for
/// ui/src/lib/bindings.ts: the bindings test adds them after its own list, so a new section type
/// is declared without editing that list.
pub fn ts_decls(cfg: &ts_rs::Config) -> Vec<String> {
    macro_rules! decls {
        ($($t:ty),* $(,)?) => { vec![$(format!("export {}", <$t as TS>::decl(cfg))),*] };
    }
    use self::{
        evaluation as ev, goals as g, participation as pa, placement as pl, postsecondary as ps,
        programs as pr, special_factors as sf, testing as te, transition as tr, twelve_month as tw,
    };
    decls![
        common::Period,
        common::Frequency,
        common::GroupKind,
        common::ServiceLocation,
        common::Delivery,
        common::NeedArea,
        ev::EvaluationKind,
        ev::Classification,
        ev::Evaluation,
        ev::EvaluationSection,
        present_levels::Need,
        present_levels::AreaLevels,
        sf::BehaviorFactor,
        sf::EllFactor,
        sf::VisionFactor,
        sf::HearingFactor,
        sf::TrainingRecipient,
        sf::AtFactor,
        sf::SpecialFactors,
        ps::PostsecondaryArea,
        ps::TransitionAssessment,
        ps::PostsecondaryGoal,
        ps::TransitionNeed,
        ps::EarlyTransitionReason,
        ps::Postsecondary,
        g::GoalMethod,
        g::GoalSchedule,
        g::ObjectiveKind,
        g::Objective,
        g::AnnualGoal,
        g::AnnualGoals,
        g::ReportMethod,
        g::ProgressReporting,
        pr::ProgramKind,
        pr::ClassSetting,
        pr::ClassRatio,
        pr::Subject,
        pr::ProgramRecommendation,
        pr::RelatedServiceType,
        pr::RelatedService,
        pr::AidKind,
        pr::SupplementaryAid,
        pr::ParaType,
        pr::ParaRatio,
        pr::ParaActivity,
        pr::ToiletingMode,
        pr::Paraprofessional,
        pr::AtKind,
        pr::TechLevel,
        pr::UseSetting,
        pr::AssistiveTech,
        pr::StaffRole,
        pr::SupportKind,
        pr::PersonnelSupport,
        pr::PeDetermination,
        pr::ProgramsServices,
        tw::EsyBasis,
        tw::TwelveMonth,
        te::AccommodationCategory,
        te::TimeMultiplier,
        te::TestSetting,
        te::ReadScope,
        te::ReadMode,
        te::TestingAccommodation,
        te::TestingAccommodations,
        tr::TransitionArea,
        tr::TransitionActivity,
        tr::TransitionActivities,
        pa::AssessmentMode,
        pa::AssessmentParticipation,
        pa::GenEdParticipation,
        pl::PlacementKind,
        pl::LanguageDetermination,
        pl::PromotionCriteria,
        pl::TransportAccommodation,
        pl::OtherOption,
        pl::Placement,
        amend::AmendmentAuthority,
        amend::Amendment,
        amend::AmendIep,
        goal_bank::BankGoal,
    ]
}
