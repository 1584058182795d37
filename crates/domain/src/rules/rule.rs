//! A named timeline rule and the deadline it yields.

use super::settings::{NonBusinessDueDate, RuleSettings};
use super::timing::{Amount, Period, StepSummary, Timing};
use super::trigger::Trigger;
use super::DeadlineError;
use crate::calendar::{CalendarSet, DayUnit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the computed date means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Must happen on or before the date.
    Deadline,
    /// Must not happen before the date.
    Earliest,
    /// A goal the manual asks for without making it a rule.
    Target,
    /// Something takes effect on the date (a withdrawal of consent, a case closing).
    TakesEffect,
    /// Something stops being valid after the date (a designation, a recent assessment).
    Expires,
    /// Someone must be warned on the date.
    Alert,
    /// A requirement that applies from the date (an age).
    StartsApplying,
    /// The last day of eligibility.
    EligibilityEnds,
}

/// Groups rules the way the manual's chapters do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleFamily {
    ReferralAndConsent,
    ParentsAndSurrogates,
    Evaluation,
    IepMeeting,
    ReviewsAndReevaluations,
    ServicesAndPlacement,
    Transfers,
    Discipline,
    DueProcess,
    AgeAndExit,
}

/// One timeline of the manual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Stable kebab-case id, e.g. `initial-evaluation`. Stored with computed deadlines.
    pub id: String,
    pub title: String,
    pub family: RuleFamily,
    pub kind: RuleKind,
    pub trigger: Trigger,
    pub timing: Timing,
    /// Lines of the SOPM text dump (shared/seeds/003_…) the rule implements.
    pub sopm_lines: Vec<u32>,
    /// Why the rule reads the manual the way it does, when that is not obvious.
    pub note: String,
}

/// A rule applied to a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Deadline {
    pub rule_id: String,
    pub title: String,
    pub kind: RuleKind,
    pub trigger: Trigger,
    pub trigger_date: NaiveDate,
    pub due: NaiveDate,
    /// The unit of the last count, when the rule counts days.
    pub unit: Option<DayUnit>,
    /// "5 school days after the referral".
    pub description: String,
    pub sopm_lines: Vec<u32>,
}

/// A rule as the UI lists it, with the settings in force applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleSummary {
    pub id: String,
    pub title: String,
    pub family: RuleFamily,
    pub kind: RuleKind,
    pub trigger: Trigger,
    pub description: String,
    /// The counts, in order; empty for date-of-year, chart and age rules.
    pub steps: Vec<StepSummary>,
    pub sopm_lines: Vec<u32>,
    pub note: String,
    /// The `RuleSettings` fields that change this rule.
    pub settings: Vec<String>,
}

impl Rule {
    /// The date this rule gives for an event on `trigger_date` (for age rules: the date of birth).
    pub fn due(
        &self,
        trigger_date: NaiveDate,
        calendars: &CalendarSet,
        settings: &RuleSettings,
    ) -> Result<NaiveDate, DeadlineError> {
        let due = self.timing.apply(trigger_date, calendars, settings)?;
        self.adjust_for_closed_day(trigger_date, due, calendars, settings)
    }

    /// The rule applied to `trigger_date`, with everything the UI shows.
    pub fn deadline(
        &self,
        trigger_date: NaiveDate,
        calendars: &CalendarSet,
        settings: &RuleSettings,
    ) -> Result<Deadline, DeadlineError> {
        Ok(Deadline {
            rule_id: self.id.clone(),
            title: self.title.clone(),
            kind: self.kind,
            trigger: self.trigger,
            trigger_date,
            due: self.due(trigger_date, calendars, settings)?,
            unit: match self.timing.final_period(settings) {
                Some(Period::Days { unit, .. }) => Some(unit),
                _ => None,
            },
            description: self.describe(settings),
            sopm_lines: self.sopm_lines.clone(),
        })
    }

    /// "5 school days after the referral", with `settings` applied.
    pub fn describe(&self, settings: &RuleSettings) -> String {
        self.timing.describe(self.trigger, settings)
    }

    pub fn summary(&self, settings: &RuleSettings) -> RuleSummary {
        RuleSummary {
            id: self.id.clone(),
            title: self.title.clone(),
            family: self.family,
            kind: self.kind,
            trigger: self.trigger,
            description: self.describe(settings),
            steps: self.timing.summary_steps(settings),
            sopm_lines: self.sopm_lines.clone(),
            note: self.note.clone(),
            settings: self.setting_names(),
        }
    }

    /// The `RuleSettings` fields this rule reads.
    pub fn setting_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        let field = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
        match &self.timing {
            Timing::Steps(steps) => {
                for s in steps {
                    match s.amount {
                        Amount::Setting(key) => names.push(field(serde_json::to_value(key).unwrap_or_default())),
                        Amount::Annual(super::timing::AnnualSetting::ProceduralSafeguards) => {
                            names.push("procedural_safeguards_annual".into())
                        }
                        Amount::Annual(super::timing::AnnualSetting::ReevaluationFrequency) => {
                            names.push("reevaluation_frequency".into())
                        }
                        _ => {}
                    }
                }
            }
            Timing::Chart(rows) => {
                for r in rows {
                    if let super::timing::ChartOutcome::Count(s) = &r.outcome {
                        if let Amount::Setting(key) = s.amount {
                            names.push(field(serde_json::to_value(key).unwrap_or_default()));
                        }
                    }
                }
            }
            Timing::Age { years: super::timing::AgeYears::TransitionPlanning, .. } => {
                names.push("transition_planning_age".into())
            }
            Timing::AgeOut(_) => names.push("september_first_birthday".into()),
            _ => {}
        }
        let may_land_on_any_day = match &self.timing {
            Timing::Steps(steps) => steps.last().is_some_and(|s| match s.amount {
                Amount::Days { unit, .. } => unit == DayUnit::Calendar,
                _ => true,
            }),
            _ => true,
        };
        if self.adjustable() && may_land_on_any_day {
            names.push("non_business_due_date".into());
        }
        names
    }

    /// Only deadlines and targets move (D-4); a date something takes effect on does not, and age
    /// milestones are facts about the student.
    fn adjustable(&self) -> bool {
        matches!(self.kind, RuleKind::Deadline | RuleKind::Target)
            && !matches!(self.timing, Timing::Age { .. } | Timing::AgeOut(_))
    }

    /// D-4: a calendar-day deadline on a weekend or holiday stays put unless a setting moves it.
    fn adjust_for_closed_day(
        &self,
        trigger_date: NaiveDate,
        due: NaiveDate,
        calendars: &CalendarSet,
        settings: &RuleSettings,
    ) -> Result<NaiveDate, DeadlineError> {
        let lands_on_any_day = self.timing.lands_on_any_day(trigger_date, settings);
        if !self.adjustable() || !lands_on_any_day || calendars.is_business_day(due) {
            return Ok(due);
        }
        Ok(match settings.non_business_due_date {
            NonBusinessDueDate::Keep => due,
            NonBusinessDueDate::PreviousBusinessDay => calendars.on_or_before(due, DayUnit::Business)?,
            NonBusinessDueDate::NextBusinessDay => calendars.on_or_after(due, DayUnit::Business)?,
        })
    }
}
