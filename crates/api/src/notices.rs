//! Notices the app keeps for the parent: a Prior Written Notice for a situation, or a consent
//! form. Started prefilled by the domain (`NoticeTemplate::draft`) from the IEP and the case,
//! edited by Autosave field by field with live findings, then issued: from then on it never
//! changes and can be printed for the parent (`print.rs`).

use crate::{ApiError, App};
use chrono::{Local, NaiveDate, Utc};
use iepdesk_domain::calendar::CalendarSet;
use iepdesk_domain::compliance::Finding;
use iepdesk_domain::notices::{
    notice_findings, ConsentKind, Notice, NoticeContent, NoticeStatus, NoticeTemplate, PwnSituation,
};
use iepdesk_domain::rules::{RuleSettings, Trigger};
use iepdesk_domain::{IepId, NoticeId, Student, StudentId};
use iepdesk_store::{ieps, notices, students, CaseEventRecord};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Start a notice for a student, optionally from one of their IEPs.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct NewNotice {
    pub student_id: StudentId,
    pub iep_id: Option<IepId>,
    pub template: NoticeTemplate,
}

/// Set one field of a draft notice; `path` is dotted, relative to the notice's content.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct EditNoticeField {
    pub notice_id: NoticeId,
    pub path: String,
    #[ts(type = "unknown")]
    pub value: serde_json::Value,
}

/// The notice screen: the notice, whose it is, and what it still lacks.
#[derive(Debug, Clone, Serialize, TS)]
pub struct NoticeView {
    pub notice: Notice,
    pub student: Student,
    pub title: String,
    /// Each finding's `field` is an `EditNoticeField` path.
    pub findings: Vec<Finding>,
}

/// Autosave's receipt for a notice field.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedNoticeEdit {
    pub notice_id: NoticeId,
    pub path: String,
    pub revision: i64,
    pub saved_at: String,
    pub changed: bool,
    pub findings: Vec<Finding>,
}

/// A row of a student's notice list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NoticeSummary {
    pub id: NoticeId,
    pub title: String,
    pub status: NoticeStatus,
    pub sent_on: NaiveDate,
    pub iep_id: Option<IepId>,
}

/// What the team sees in lists and headings (English, like the rest of the app's screens).
pub(crate) fn notice_title(content: &NoticeContent) -> String {
    match content {
        NoticeContent::Pwn(n) => format!("Prior Written Notice: {}", situation_name(n.situation)),
        NoticeContent::Consent(c) => format!("Consent form: {}", consent_name(c.kind)),
    }
}

fn situation_name(s: PwnSituation) -> &'static str {
    match s {
        PwnSituation::ReferralInitial => "Notice of Referral (initial)",
        PwnSituation::RefusalOfInitialEvaluation => "Refusal of a request for initial evaluation",
        PwnSituation::RecommendationInitial => "Recommendation (first IEP)",
        PwnSituation::Recommendation => "Recommendation",
        PwnSituation::Ineligibility => "Ineligibility",
        PwnSituation::ReevaluationWithAssessments => "Reevaluation with new assessments",
        PwnSituation::Reevaluation => "Reevaluation on existing data",
        PwnSituation::Amendment => "Amendment",
        PwnSituation::Refusal => "Refusal of a parent's request",
    }
}

fn consent_name(k: ConsentKind) -> &'static str {
    match k {
        ConsentKind::InitialEvaluation => "initial evaluation",
        ConsentKind::InitialProvisionOfServices => "initial provision of services",
        ConsentKind::AdditionalAssessments => "additional assessments",
    }
}

/// When the parent was last given the Procedural Safeguards Notice before `on`, from the case.
pub(crate) fn last_psn_before(events: &[CaseEventRecord], on: NaiveDate) -> Option<NaiveDate> {
    iepdesk_domain::notices::last_psn_before(events.iter().map(|e| (e.trigger, e.date)), on)
}

fn findings(
    content: &NoticeContent,
    student: &Student,
    events: &[CaseEventRecord],
) -> Vec<Finding> {
    notice_findings(
        content,
        student,
        last_psn_before(events, content.sent_on()),
        CalendarSet::standard(),
        &RuleSettings::default(),
    )
}

impl App {
    /// Starts a draft notice, prefilled. With an IEP, the IEP must be this student's.
    pub fn start_notice(&self, input: NewNotice) -> Result<NoticeView, ApiError> {
        self.start_notice_on(input, Local::now().date_naive())
    }

    /// `start_notice` on an explicit "today", for tests.
    pub fn start_notice_on(
        &self,
        input: NewNotice,
        today: NaiveDate,
    ) -> Result<NoticeView, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        let events = store.case_events_of(input.student_id)?;
        let (notice, student) = store.write(author, |tx| {
            let student = students::get(tx, input.student_id)?;
            let iep = match input.iep_id {
                Some(id) => {
                    let iep = ieps::get(tx, id)?.iep;
                    if iep.student_id != student.id {
                        return Err(crate::documents::invalid(
                            "iep_id",
                            "that IEP is another student's",
                        ));
                    }
                    Some(iep)
                }
                None => None,
            };
            let content = input.template.draft(
                &student,
                iep.as_ref(),
                last_psn_before(&events, today),
                today,
                CalendarSet::standard(),
                &RuleSettings::default(),
            );
            let (notice, changes) = Notice::start(student.id, input.iep_id, content);
            let logged = notices::insert(tx, &notice, changes)?;
            Ok::<_, ApiError>(((notice, student), logged))
        })?;
        Ok(NoticeView {
            title: notice_title(&notice.content),
            findings: findings(&notice.content, &student, &events),
            notice,
            student,
        })
    }

    pub fn get_notice(&self, id: NoticeId) -> Result<NoticeView, ApiError> {
        let store = self.store();
        let notice = store.notice(id)?.notice;
        let student = store.student(notice.student_id)?;
        let events = store.case_events_of(student.id)?;
        Ok(NoticeView {
            title: notice_title(&notice.content),
            findings: findings(&notice.content, &student, &events),
            notice,
            student,
        })
    }

    /// The student's notices, newest first.
    pub fn notices_of(&self, student_id: StudentId) -> Result<Vec<NoticeSummary>, ApiError> {
        let store = self.store();
        store.student(student_id)?;
        Ok(store
            .notices_of(student_id)?
            .into_iter()
            .map(|s| NoticeSummary {
                id: s.notice.id,
                title: notice_title(&s.notice.content),
                sent_on: s.notice.content.sent_on(),
                status: s.notice.status,
                iep_id: s.notice.iep_id,
            })
            .collect())
    }

    /// Autosave's command for a notice: sets one field of a draft.
    pub fn edit_notice_field(&self, input: EditNoticeField) -> Result<SavedNoticeEdit, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        let (notice, revision, changed) = store.write(author, |tx| {
            let mut stored = notices::get(tx, input.notice_id)?;
            let changes = stored.notice.edit(&input.path, input.value)?;
            if changes.is_empty() {
                return Ok::<_, ApiError>(((stored.notice, stored.revision, false), vec![]));
            }
            let (revision, logged) = notices::update(tx, &stored.notice, stored.revision, changes)?;
            Ok(((stored.notice, revision, true), logged))
        })?;
        let student = store.student(notice.student_id)?;
        let events = store.case_events_of(student.id)?;
        Ok(SavedNoticeEdit {
            notice_id: notice.id,
            path: input.path,
            revision,
            saved_at: Utc::now().to_rfc3339(),
            changed,
            findings: findings(&notice.content, &student, &events),
        })
    }

    /// Issues a draft notice to the parent: refused while a finding blocks; never changes after.
    /// A PWN that encloses the Procedural Safeguards Notice also records, in the same
    /// transaction, that the PSN was given on the notice's date: the annual PSN deadline and the
    /// next notice's PSN rule count from it (L149).
    pub fn issue_notice(&self, id: NoticeId) -> Result<Notice, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        Ok(store.write(author, |tx| {
            let mut stored = notices::get(tx, id)?;
            let student = students::get(tx, stored.notice.student_id)?;
            let events = iepdesk_store::case_events::list_for_student(tx, student.id)?;
            let found = findings(&stored.notice.content, &student, &events);
            let changes = stored.notice.issue(Utc::now(), &found)?;
            let (_, mut logged) = notices::update(tx, &stored.notice, stored.revision, changes)?;
            if let NoticeContent::Pwn(n) = &stored.notice.content {
                if n.psn_enclosed {
                    let given = CaseEventRecord {
                        id: uuid::Uuid::now_v7(),
                        student_id: student.id,
                        trigger: Trigger::ProceduralSafeguardsNoticeGiven,
                        date: n.sent_on,
                        note: Some(format!(
                            "Enclosed with the {}",
                            notice_title(&stored.notice.content)
                        )),
                    };
                    logged.extend(iepdesk_store::case_events::insert(tx, &given)?);
                }
            }
            Ok::<_, ApiError>((stored.notice, logged))
        })?)
    }
}
