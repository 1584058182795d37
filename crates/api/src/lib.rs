//! IEP Desk's one application surface. The Tauri shell, the `iepdesk` CLI and the tests all call
//! these commands and queries; none of them talks to the store or the domain directly.
//!
//! Each command: resolve the author (the local profile), let the domain validate and produce
//! changes, and have the store write state and change log in one transaction.

mod amend;
pub mod case;
pub mod compliance;
pub mod deadlines;
pub mod documents;
mod dto;
mod error;
mod goal_bank;
mod import;
mod notices;
mod print;

pub use compliance::{NewCaseEvent, StudentCompliance, TriggerChoice};
pub use dto::{IepView, SavedEdit, StudentDetail};
pub use error::{ApiError, ApiErrorKind};
pub use goal_bank::GoalBankEntry;
pub use notices::{EditNoticeField, NewNotice, NoticeSummary, NoticeView, SavedNoticeEdit};
pub use print::{
    DocumentPreview, ParentDocument, ParentDocumentRequest, PrintableDocument, SavedDocument,
};
pub use iepdesk_domain as domain;
pub use iepdesk_store::{CaseEventRecord, ChangeRecord, IepSummary, StudentSummary};

use chrono::{Local, NaiveDate, Utc};
use iepdesk_domain::{
    wizard, CreateStudent, EditField, Iep, IepId, IepStatus, Language, Languages, NewUserProfile,
    StartIepDraft, Student, StudentId, UserProfile,
};
use iepdesk_store::{case_events, ieps, profile, students, Author, Store, StoreError};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

/// The application, bound to one local database.
pub struct App {
    store: Mutex<Store>,
}

impl App {
    /// Opens the database at `path`, creating and migrating it as needed.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, ApiError> {
        Ok(Self {
            store: Mutex::new(Store::open(path)?),
        })
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock cannot leave a half-written transaction behind (SQLite
        // rolls it back), so a poisoned lock is safe to take over.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn author(store: &Store) -> Result<Author, ApiError> {
        let profile = store.active_profile()?.ok_or_else(ApiError::no_profile)?;
        Ok(Author {
            user: profile.id,
            device: store.device_id(),
        })
    }

    // ---- profile -------------------------------------------------------------------------

    /// The profile of whoever uses this device, or `None` before first-run setup.
    pub fn get_profile(&self) -> Result<Option<UserProfile>, ApiError> {
        Ok(self.store().active_profile()?)
    }

    /// First-run setup: creates the local profile that authors every change from now on.
    pub fn create_profile(&self, input: NewUserProfile) -> Result<UserProfile, ApiError> {
        let profile = input.validate()?;
        let mut store = self.store();
        let author = Author {
            user: profile.id,
            device: store.device_id(),
        };
        store.write(author, |tx| {
            Ok::<_, StoreError>(((), profile::insert_profile(tx, &profile)?))
        })?;
        Ok(profile)
    }

    // ---- reference data ------------------------------------------------------------------

    pub fn languages(&self) -> Vec<Language> {
        Languages::get().all().to_vec()
    }

    // ---- students ------------------------------------------------------------------------

    pub fn list_students(&self, query: &str) -> Result<Vec<StudentSummary>, ApiError> {
        Ok(self.store().search_students(query)?)
    }

    pub fn create_student(&self, input: CreateStudent) -> Result<Student, ApiError> {
        self.create_student_on(input, Local::now().date_naive())
    }

    /// `create_student` with an explicit "today", for tests and imports.
    pub fn create_student_on(
        &self,
        input: CreateStudent,
        today: NaiveDate,
    ) -> Result<Student, ApiError> {
        let student = input.validate(today)?;
        let mut store = self.store();
        let author = Self::author(&store)?;
        store.write(author, |tx| {
            Ok::<_, StoreError>(((), students::insert(tx, &student)?))
        })?;
        Ok(student)
    }

    pub fn get_student(&self, id: StudentId) -> Result<StudentDetail, ApiError> {
        let store = self.store();
        Ok(StudentDetail {
            student: store.student(id)?,
            ieps: store.ieps_of(id)?,
        })
    }

    // ---- IEPs ----------------------------------------------------------------------------

    pub fn start_iep_draft(&self, input: StartIepDraft) -> Result<Iep, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        Ok(store.write(author, |tx| {
            students::get(tx, input.student_id)?;
            let version = ieps::next_version(tx, input.student_id)?;
            let (iep, changes) = input.start(version);
            let logged = ieps::insert(tx, &iep, changes)?;
            Ok::<_, StoreError>((iep, logged))
        })?)
    }

    pub fn get_iep(&self, id: IepId) -> Result<IepView, ApiError> {
        self.get_iep_on(id, Local::now().date_naive())
    }

    /// `get_iep` with its findings computed on an explicit "today", for tests.
    pub fn get_iep_on(&self, id: IepId, today: NaiveDate) -> Result<IepView, ApiError> {
        let store = self.store();
        let stored = store.iep(id)?;
        let student = store.student(stored.iep.student_id)?;
        let findings = compliance::iep_findings(&stored.iep.content, &student, today);
        Ok(IepView {
            steps: wizard::steps_given(&stored.iep, &student, today, &findings),
            iep: stored.iep,
            student,
            findings,
        })
    }

    /// Autosave's command: sets one field of a draft IEP. Saving the value it already has is a
    /// no-op that still confirms the save.
    pub fn edit_iep_field(&self, input: EditField) -> Result<SavedEdit, ApiError> {
        self.edit_iep_field_on(input, Local::now().date_naive())
    }

    /// `edit_iep_field` with its findings computed on an explicit "today", for tests.
    pub fn edit_iep_field_on(
        &self,
        input: EditField,
        today: NaiveDate,
    ) -> Result<SavedEdit, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        let (iep, revision, changed) = store.write(author, |tx| {
            let mut stored = ieps::get(tx, input.iep_id)?;
            let changes = stored.iep.edit(&input.path, input.value)?;
            if changes.is_empty() {
                return Ok::<_, StoreError>(((stored.iep, stored.revision, false), vec![]));
            }
            let (revision, logged) = ieps::update(tx, &stored.iep, stored.revision, changes)?;
            Ok(((stored.iep, revision, true), logged))
        })?;
        // The findings come with the receipt, so the screen refreshes them with no extra call.
        let student = store.student(iep.student_id)?;
        let findings = compliance::iep_findings(&iep.content, &student, today);
        Ok(SavedEdit {
            iep_id: iep.id,
            path: input.path,
            revision,
            saved_at: Utc::now().to_rfc3339(),
            changed,
            steps: wizard::steps_given(&iep, &student, today, &findings),
            findings,
        })
    }

    /// Finalizes a draft IEP; from then on it never changes. Refused while any finding blocks
    /// (`amend.rs`, `finalize_iep_on`).
    pub fn finalize_iep(&self, id: IepId) -> Result<Iep, ApiError> {
        self.finalize_iep_on(id, Local::now().date_naive())
    }

    // ---- the student's case --------------------------------------------------------------

    /// Records a dated event of a student's case (a referral received, consent for evaluation…),
    /// from which the catalog's deadlines count.
    pub fn record_case_event(&self, input: NewCaseEvent) -> Result<CaseEventRecord, ApiError> {
        let event = input.validate()?;
        let mut store = self.store();
        let author = Self::author(&store)?;
        store.write(author, |tx| {
            Ok::<_, StoreError>(((), case_events::insert(tx, &event)?))
        })?;
        Ok(event)
    }

    /// Removes an event recorded by mistake; the change log keeps what it was.
    pub fn remove_case_event(&self, id: uuid::Uuid) -> Result<CaseEventRecord, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        Ok(store.write(author, |tx| case_events::remove(tx, id))?)
    }

    /// The events a user may record, with their labels.
    pub fn case_triggers(&self) -> Vec<TriggerChoice> {
        compliance::trigger_choices()
    }

    /// The student's deadlines and findings today (local date).
    pub fn student_compliance(&self, student_id: StudentId) -> Result<StudentCompliance, ApiError> {
        self.student_compliance_on(student_id, Local::now().date_naive())
    }

    /// `student_compliance` on an explicit "today". The case is the stored student, their events
    /// and the content of their current IEP (the draft if there is one, else the newest).
    pub fn student_compliance_on(
        &self,
        student_id: StudentId,
        today: NaiveDate,
    ) -> Result<StudentCompliance, ApiError> {
        let store = self.store();
        let student = store.student(student_id)?;
        let events = store.case_events_of(student_id)?;
        let ieps = store.ieps_of(student_id)?;
        let current = ieps
            .iter()
            .find(|i| matches!(i.status, IepStatus::Draft))
            .or(ieps.first());
        let content = match current {
            Some(summary) => Some(store.iep(summary.id)?.iep.content),
            None => None,
        };
        Ok(compliance::student_compliance(
            student, events, content, today,
        ))
    }

    /// Every recorded change to an IEP or student, oldest first.
    pub fn history(&self, entity_id: uuid::Uuid) -> Result<Vec<ChangeRecord>, ApiError> {
        Ok(self.store().history(entity_id)?)
    }

    /// `PRAGMA integrity_check` of the database.
    pub fn integrity_check(&self) -> Result<String, ApiError> {
        Ok(self.store().integrity_check()?)
    }
}
