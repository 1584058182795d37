//! Compliance checks: a record against the rules of the manual, as a list of findings.
//!
//! - [`finding`]: [`Finding`] and [`Severity`].
//! - [`settings`]: [`MeetingSettings`], readings of ambiguous passages (docs/decisions-meeting.md).
//! - [`lead`]: deadlines from the rule catalog (no day count is derived here).
//! - [`lead_times`]: notice, documents, progress reports, D75 contact before the meeting.
//! - [`composition`]: required members per meeting type and proposed change.
//! - [`psychologist`]: the school-psychologist chart.
//! - [`presence`]: teachers present at every moment.
//! - [`excusal`]: validity of excusals.
//! - [`parent`]: notice, outreach, interpreter, the student's invitation.
//! - [`content`]: the IEP content rules (goals, services, accommodations, transition, placement).
//! - [`iep`]: everything for one IEP draft, with findings keyed by `EditField` paths.
//!
//! Notices and consent are checked in `crate::notices`.

pub mod case;
pub mod composition;
pub mod content;
pub mod excusal;
pub mod finding;
pub mod iep;
pub mod lead;
pub mod lead_times;
pub mod parent;
pub mod presence;
pub mod psychologist;
pub mod settings;

pub use finding::{refuse_if_blocked, Finding, Severity};
pub use iep::check_iep;
pub use settings::MeetingSettings;

use crate::calendar::CalendarSet;
use crate::meeting::Meeting;
use crate::rules::RuleSettings;
use crate::student::Student;
use chrono::NaiveDate;

/// What every check reads besides the record.
pub struct Ctx<'a> {
    pub today: NaiveDate,
    pub calendars: &'a CalendarSet,
    pub rules: &'a RuleSettings,
    pub meeting: &'a MeetingSettings,
}

/// Every finding for a meeting, with the default meeting settings.
pub fn check_meeting(
    m: &Meeting,
    student: &Student,
    today: NaiveDate,
    calendars: &CalendarSet,
    rules: &RuleSettings,
) -> Vec<Finding> {
    check_meeting_with(
        m,
        student,
        &Ctx {
            today,
            calendars,
            rules,
            meeting: &MeetingSettings::default(),
        },
    )
}

/// Every finding for a meeting. Errors block finalizing the IEP; warnings do not.
pub fn check_meeting_with(m: &Meeting, student: &Student, cx: &Ctx) -> Vec<Finding> {
    let mut out = composition::check_composition(m, cx);
    out.extend(presence::check_presence(m, cx));
    out.extend(excusal::check_excusals(m, cx));
    out.extend(parent::check_notice(m, cx));
    out.extend(lead_times::check_lead_times(m, cx));
    out.extend(parent::check_outreach(m, cx));
    out.extend(parent::check_interpreter(m, student, cx));
    out.extend(parent::check_student_invitation(m, student, cx));
    out
}

#[cfg(test)]
mod tests;
