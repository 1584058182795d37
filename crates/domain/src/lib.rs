//! IEP Desk's domain: the types of a special-education case, their validation, and the commands
//! that change them. Pure Rust with no I/O, so every rule can be tested in isolation and shared by
//! the desktop app, the CLI and the server.
//!
//! A command (`CreateStudent`, `StartIepDraft`, `EditField`) is validated here and produces the new
//! state plus one [`Change`] per changed field. The store writes both in one transaction; the
//! change list is the audit trail and the sync outbox.

pub mod calendar;
pub mod case;
pub mod change;
pub mod compliance;
pub mod error;
pub mod ids;
pub mod iep;
pub mod language;
pub mod meeting;
pub mod notices;
pub mod profile;
pub mod rules;
pub mod student;
pub mod wizard;

pub use change::{Change, EntityKind};
pub use error::{DomainError, FieldError};
pub use ids::{ChangeId, DeviceId, IepId, NoticeId, StudentId, UserId};
pub use iep::{AmendIep, AmendmentAuthority, EditField, Iep, IepContent, IepStatus, PresentLevels, StartIepDraft};
pub use language::{Language, LanguageCode, Languages};
pub use profile::{NewUserProfile, Role, UserProfile};
pub use student::{CreateStudent, Dbn, Grade, Osis, PersonName, Student};
pub use wizard::{StepStatus, WizardStep};
