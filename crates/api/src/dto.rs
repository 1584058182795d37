//! What the commands return, shaped for the screens that show it.

use iepdesk_domain::compliance::Finding;
use iepdesk_domain::{Iep, IepId, Student, WizardStep};
use iepdesk_store::IepSummary;
use serde::Serialize;
use ts_rs::TS;

/// The student page: identifying information and the student's IEPs, newest first.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StudentDetail {
    pub student: Student,
    pub ieps: Vec<IepSummary>,
}

/// The IEP screen: the IEP, whose it is, and the wizard's steps with their status.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IepView {
    pub iep: Iep,
    pub student: Student,
    pub steps: Vec<WizardStep>,
    /// Every compliance finding for the content today, each `field` an `EditField` path.
    pub findings: Vec<Finding>,
}

/// Autosave's receipt: the value is in the database (committed, synced to disk).
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedEdit {
    pub iep_id: IepId,
    pub path: String,
    /// The IEP's store revision after this save.
    pub revision: i64,
    pub saved_at: String,
    /// False when the value was already there (nothing logged).
    pub changed: bool,
    pub steps: Vec<WizardStep>,
    /// The findings after this save, as in `IepView`.
    pub findings: Vec<Finding>,
}
