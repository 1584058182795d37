//! Finalizing with the compliance findings, and amending a finalized IEP.
//!
//! Finalize computes the IEP's findings (`compliance::check_iep`: the meeting and team, then the
//! content rules) on "today" with the shipped calendars and default settings, and refuses while
//! any blocks. Finalizing an amendment also marks the IEP it amends `amended`, in the same
//! transaction: the old IEP stays in effect until then (decision I-2, docs/decisions-iep.md).

use crate::{ApiError, App};
use chrono::{NaiveDate, Utc};
use iepdesk_domain::calendar::CalendarSet;
use iepdesk_domain::compliance::{check_iep, Ctx, MeetingSettings};
use iepdesk_domain::rules::RuleSettings;
use iepdesk_domain::{AmendIep, Iep, IepId};
use iepdesk_store::{ieps, students, StoreError};

impl App {
    /// [`App::finalize_iep`] on an explicit "today" (the day the findings are computed for).
    pub fn finalize_iep_on(&self, id: IepId, today: NaiveDate) -> Result<Iep, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        Ok(store.write(author, |tx| {
            let mut stored = ieps::get(tx, id)?;
            let student = students::get(tx, stored.iep.student_id)?;
            let rules = RuleSettings::default();
            let meeting = MeetingSettings::default();
            let cx = Ctx {
                today,
                calendars: CalendarSet::standard(),
                rules: &rules,
                meeting: &meeting,
            };
            let findings = check_iep(&stored.iep.content, &student, &cx);
            let changes = stored.iep.finalize(Utc::now(), &findings)?;
            let (_, mut logged) = ieps::update(tx, &stored.iep, stored.revision, changes)?;
            if let Some(old_id) = stored.iep.amends {
                let mut old = ieps::get(tx, old_id)?;
                let changes = old.iep.mark_amended(stored.iep.id)?;
                logged.extend(
                    ieps::mark_amended(tx, old_id, stored.iep.id, old.revision, changes)?.1,
                );
            }
            Ok::<_, StoreError>((stored.iep, logged))
        })?)
    }

    /// Starts an amendment of a finalized IEP: a new draft version linked to it, with its content
    /// and the reason. Refused for an IEP that is not the finalized one in effect, without a
    /// reason, or by waiver where the manual requires a meeting (L3019–L3025).
    pub fn amend_iep(&self, input: AmendIep) -> Result<Iep, ApiError> {
        let mut store = self.store();
        let author = Self::author(&store)?;
        Ok(store.write(author, |tx| {
            let old = ieps::get(tx, input.iep_id)?;
            let version = ieps::next_version(tx, old.iep.student_id)?;
            let (iep, changes) = old.iep.amend(&input, version)?;
            let logged = ieps::insert(tx, &iep, changes)?;
            Ok::<_, StoreError>((iep, logged))
        })?)
    }
}
