//! A notice the app keeps: a Prior Written Notice or a consent form, drafted field by field like
//! an IEP and frozen once issued to the parent (a correction is a new notice: the SOPM says
//! nothing on correcting a sent notice, so the legal-record rule decides; decision 16).
//!
//! The content is the domain's own [`PriorWrittenNotice`] (its seven elements and their checks)
//! or a [`ConsentRequest`]; edits address a field of that content by dotted path, and each
//! changed leaf is one change-log row under `content.<path>`.

use super::{check_pwn, ConsentKind, PriorWrittenNotice, PwnSituation};
use crate::calendar::CalendarSet;
use crate::change::{diff, Change, EntityKind};
use crate::compliance::Finding;
use crate::error::{DomainError, FieldError};
use crate::ids::{IepId, NoticeId, StudentId};
use crate::rules::RuleSettings;
use crate::student::Student;
use chrono::{DateTime, NaiveDate, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The consent form sent to the parent: what the DOE asks consent for (L207, L209). The parent's
/// answer, when it comes back signed, is a [`super::Consent`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct ConsentRequest {
    #[schemars(extend("x-hidden" = true))]
    pub kind: ConsentKind,
    #[schemars(title = "Date sent")]
    pub sent_on: NaiveDate,
    /// The proposed activities, one per line of the form, so the parent can consent to some and
    /// not others (L209).
    #[schemars(title = "Proposed activities (assessments or services)")]
    pub activities: Vec<String>,
    /// Which records will be shared and with whom (L207); a general statement is printed when
    /// empty.
    #[schemars(
        title = "Records that will be shared, and with whom",
        extend("x-narrative" = true)
    )]
    pub records_shared: Option<String>,
}

/// What a notice is, with its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "content", rename_all = "snake_case")]
pub enum NoticeContent {
    Pwn(PriorWrittenNotice),
    Consent(ConsentRequest),
}

impl NoticeContent {
    pub fn kind_name(&self) -> &'static str {
        match self {
            NoticeContent::Pwn(_) => "pwn",
            NoticeContent::Consent(_) => "consent",
        }
    }

    pub fn sent_on(&self) -> NaiveDate {
        match self {
            NoticeContent::Pwn(n) => n.sent_on,
            NoticeContent::Consent(c) => c.sent_on,
        }
    }

    /// The content as a JSON tree (the inner record, without the kind tag).
    fn tree(&self) -> serde_json::Value {
        match self {
            NoticeContent::Pwn(n) => serde_json::to_value(n),
            NoticeContent::Consent(c) => serde_json::to_value(c),
        }
        .expect("content serializes")
    }

    /// The same kind of content read back from `tree`.
    fn with_tree(&self, tree: serde_json::Value) -> Result<Self, serde_json::Error> {
        fn read<T: DeserializeOwned>(t: serde_json::Value) -> Result<T, serde_json::Error> {
            serde_json::from_value(t)
        }
        Ok(match self {
            NoticeContent::Pwn(_) => NoticeContent::Pwn(read(tree)?),
            NoticeContent::Consent(_) => NoticeContent::Consent(read(tree)?),
        })
    }
}

/// Where a notice is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoticeStatus {
    Draft,
    /// Sent (or handed) to the parent: never changes again. `content_hash` is the SHA-256 of the
    /// content as issued.
    Issued {
        at: DateTime<Utc>,
        content_hash: String,
    },
}

impl NoticeStatus {
    pub fn name(&self) -> &'static str {
        match self {
            NoticeStatus::Draft => "draft",
            NoticeStatus::Issued { .. } => "issued",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Notice {
    pub id: NoticeId,
    pub student_id: StudentId,
    /// The IEP the notice was drafted from (a recommendation, an ineligibility…), if any.
    pub iep_id: Option<IepId>,
    pub status: NoticeStatus,
    #[serde(flatten)]
    #[ts(flatten)]
    pub content: NoticeContent,
}

/// Which notice to start: a PWN for a situation, or a consent form of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoticeTemplate {
    Pwn { situation: PwnSituation },
    Consent { consent: ConsentKind },
}

impl Notice {
    /// A new draft holding `content` (prefilled by the caller), with the changes that create it.
    pub fn start(
        student_id: StudentId,
        iep_id: Option<IepId>,
        content: NoticeContent,
    ) -> (Notice, Vec<Change>) {
        let notice = Notice {
            id: NoticeId::new(),
            student_id,
            iep_id,
            status: NoticeStatus::Draft,
            content,
        };
        let id = notice.id.0;
        let mut changes = vec![
            Change::new(
                EntityKind::Notice,
                id,
                "student_id",
                serde_json::Value::Null,
                serde_json::json!(student_id),
            ),
            Change::new(
                EntityKind::Notice,
                id,
                "kind",
                serde_json::Value::Null,
                serde_json::json!(notice.content.kind_name()),
            ),
            Change::new(
                EntityKind::Notice,
                id,
                "status",
                serde_json::Value::Null,
                serde_json::json!("draft"),
            ),
        ];
        if let Some(iep) = iep_id {
            changes.push(Change::new(
                EntityKind::Notice,
                id,
                "iep_id",
                serde_json::Value::Null,
                serde_json::json!(iep),
            ));
        }
        changes.extend(diff(
            EntityKind::Notice,
            id,
            "content",
            &serde_json::Value::Null,
            &notice.content.tree(),
        ));
        (notice, changes)
    }

    /// Sets one field of a draft notice (`reasons`, `options_considered.0.why_rejected`) and
    /// returns the changes (none when the value is the same). On any error nothing changes.
    pub fn edit(
        &mut self,
        path: &str,
        value: serde_json::Value,
    ) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, NoticeStatus::Draft) {
            return Err(DomainError::NoticeIssued);
        }
        let old_tree = self.content.tree();
        let new_tree = crate::iep::with_leaf(&old_tree, path, value)?;
        // The template decides the required parts; another template is another notice.
        if matches!(path, "situation" | "action" | "kind")
            && old_tree.get(path) != new_tree.get(path)
        {
            return Err(DomainError::field(
                path,
                "The kind of notice is chosen when it is started; start a new notice for another situation.",
            ));
        }
        let content = self.content.with_tree(new_tree).map_err(|e| {
            DomainError::field(path, format!("this field does not take that value ({e})"))
        })?;
        let new_tree = content.tree();
        let mut errors = Vec::new();
        crate::iep::validate::long_texts(&new_tree, String::new(), &mut errors);
        if let NoticeContent::Pwn(n) = &content {
            if n.no_other_options && !n.options_considered.is_empty() {
                errors.push(FieldError::new(path, "The notice lists other options: it cannot also say none was considered. Remove the options first."));
            }
        }
        if !errors.is_empty() {
            return Err(DomainError::Invalid(errors));
        }
        let changes = diff(
            EntityKind::Notice,
            self.id.0,
            "content",
            &old_tree,
            &new_tree,
        );
        self.content = content;
        Ok(changes)
    }

    /// Issues a draft: it goes to the parent as it is and never changes again. Refused while a
    /// finding blocks, each listed with its field.
    pub fn issue(
        &mut self,
        at: DateTime<Utc>,
        findings: &[Finding],
    ) -> Result<Vec<Change>, DomainError> {
        if !matches!(self.status, NoticeStatus::Draft) {
            return Err(DomainError::NoticeIssued);
        }
        crate::compliance::refuse_if_blocked(findings)?;
        let status = NoticeStatus::Issued {
            at,
            content_hash: self.content_hash(),
        };
        let change = Change::status(EntityKind::Notice, self.id.0, &self.status, &status);
        self.status = status;
        Ok(vec![change])
    }

    /// SHA-256 (hex) of the content's canonical JSON.
    pub fn content_hash(&self) -> String {
        crate::change::content_hash(&self.content)
    }
}

/// What the notice lacks or breaks, by field of its content. A PWN gets the domain's element
/// checks (L173–197 and its situation's rules); a consent form needs its proposed activities
/// (L207, L209).
pub fn notice_findings(
    content: &NoticeContent,
    student: &Student,
    last_psn_given: Option<NaiveDate>,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<Finding> {
    match content {
        NoticeContent::Pwn(n) => check_pwn(n, student, last_psn_given, calendars, settings),
        NoticeContent::Consent(c) => {
            let mut f = Vec::new();
            if c.activities.iter().all(|a| a.trim().is_empty()) {
                f.push(Finding::error("consent-activities-missing", "L207, L209",
                    "List each proposed activity (assessment or service), so the parent can consent to each one or not.").at("activities"));
            } else if c.activities.iter().any(|a| a.trim().is_empty()) {
                f.push(
                    Finding::error(
                        "consent-activity-blank",
                        "L209",
                        "An activity line is empty: describe it or remove it.",
                    )
                    .at("activities"),
                );
            }
            f
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notices::PwnAction;
    use serde_json::json;

    fn pwn() -> PriorWrittenNotice {
        PriorWrittenNotice {
            situation: PwnSituation::Recommendation,
            action: PwnAction::Propose,
            sent_on: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            language: crate::LanguageCode::parse("es").unwrap(),
            cover_notice: false,
            action_description: String::new(),
            reasons: String::new(),
            evaluations_relied_on: vec![],
            options_considered: vec![],
            no_other_options: false,
            other_factors: String::new(),
            safeguards_statement: true,
            psn_enclosed: true,
            psn_how_to_obtain: None,
            sources_of_assistance: vec![],
            psn_occasions: vec![],
            consent_request: None,
            program_visit_contact: None,
            refusal_package: None,
        }
    }

    fn draft() -> Notice {
        Notice::start(StudentId::new(), None, NoticeContent::Pwn(pwn())).0
    }

    #[test]
    fn starting_logs_every_prefilled_leaf() {
        let (n, changes) = Notice::start(StudentId::new(), None, NoticeContent::Pwn(pwn()));
        let paths: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
        assert!(
            paths.contains(&"kind") && paths.contains(&"content.situation"),
            "{paths:?}"
        );
        assert!(changes
            .iter()
            .all(|c| c.entity == EntityKind::Notice && c.entity_id == n.id.0));
    }

    #[test]
    fn an_edit_records_old_and_new_value_under_content() {
        let mut n = draft();
        let changes = n.edit("reasons", json!("The evaluation shows…")).unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].path, "content.reasons");
        assert_eq!(changes[0].old, json!(""));
        assert!(n
            .edit("reasons", json!("The evaluation shows…"))
            .unwrap()
            .is_empty());
        let changes = n
            .edit(
                "options_considered",
                json!([{"option": "SETSS", "why_rejected": ""}]),
            )
            .unwrap();
        assert_eq!(changes.len(), 1, "{changes:?}");
        let changes = n
            .edit("options_considered.0.option", json!("SETSS 5 periods"))
            .unwrap();
        // A list is one leaf of the log: old and new are the whole list.
        assert_eq!(changes[0].path, "content.options_considered");
        assert_eq!(changes[0].old[0]["option"], json!("SETSS"));
    }

    #[test]
    fn bad_edits_change_nothing() {
        let mut n = draft();
        let before = n.clone();
        assert!(matches!(
            n.edit("no_such_field", json!(1)),
            Err(DomainError::UnknownField(_))
        ));
        assert!(n.edit("sent_on", json!("not a date")).is_err());
        assert!(n.edit("situation", json!("ineligibility")).is_err());
        assert!(n
            .edit(
                "reasons",
                json!("x".repeat(crate::iep::MAX_NARRATIVE_CHARS + 1))
            )
            .is_err());
        n.edit(
            "options_considered",
            json!([{"option": "SETSS", "why_rejected": "needs more"}]),
        )
        .unwrap();
        let listed = n.clone();
        assert!(n.edit("no_other_options", json!(true)).is_err());
        assert_eq!(n, listed);
        assert_ne!(n, before);
    }

    #[test]
    fn issuing_is_refused_while_a_finding_blocks_then_freezes() {
        let mut n = draft();
        let blocking =
            Finding::error("pwn-reasons-missing", "L173–197", "no reasons").at("reasons");
        let err = n.issue(Utc::now(), &[blocking]).unwrap_err();
        assert!(matches!(err, DomainError::Invalid(ref f) if f[0].field == "reasons"));
        assert_eq!(n.status, NoticeStatus::Draft);
        let changes = n.issue(Utc::now(), &[]).unwrap();
        assert_eq!(changes[0].path, "status");
        assert!(matches!(
            n.edit("reasons", json!("late")),
            Err(DomainError::NoticeIssued)
        ));
        assert!(matches!(
            n.issue(Utc::now(), &[]),
            Err(DomainError::NoticeIssued)
        ));
    }

    #[test]
    fn a_consent_form_needs_its_activities() {
        let c = ConsentRequest {
            kind: ConsentKind::InitialEvaluation,
            sent_on: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            activities: vec![],
            records_shared: None,
        };
        let student = crate::meeting::fixtures::student();
        let f = notice_findings(
            &NoticeContent::Consent(c.clone()),
            &student,
            None,
            CalendarSet::standard(),
            &RuleSettings::default(),
        );
        assert_eq!(f[0].field.as_deref(), Some("activities"));
        let mut ok = c;
        ok.activities = vec!["Psychoeducational evaluation".into()];
        assert!(notice_findings(
            &NoticeContent::Consent(ok),
            &student,
            None,
            CalendarSet::standard(),
            &RuleSettings::default()
        )
        .is_empty());
    }
}
