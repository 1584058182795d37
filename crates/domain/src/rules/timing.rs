//! How a rule turns its trigger date into a due date, and how that reads in words.

use super::age::{age_out, birthday, school_year_start_year};
use super::settings::{RuleSettings, SpanSetting, YearBasis};
use super::trigger::Trigger;
use super::DeadlineError;
use crate::calendar::{CalendarSet, DayUnit};
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    After,
    Before,
}

/// A length of time as a rule states it; settings are looked up when the rule is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Amount {
    Days {
        count: u32,
        unit: DayUnit,
    },
    Months(u32),
    Years(u32),
    /// A count whose number or unit the manual leaves open.
    Setting(SpanSetting),
    /// "Once a year", read as a rolling year or a school year.
    Annual(AnnualSetting),
}

/// Which "once a year" setting an [`Amount::Annual`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnnualSetting {
    /// The PSN at least once a year (L149): a deadline, so the school-year reading is the end of
    /// the next school year.
    ProceduralSafeguards,
    /// Not more than one reevaluation a year (L2917, L2929): an earliest date, so the school-year
    /// reading is the start of the next school year.
    ReevaluationFrequency,
}

/// An [`Amount`] with the settings applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "per", rename_all = "snake_case")]
pub enum Period {
    Days {
        count: u32,
        unit: DayUnit,
    },
    Months {
        count: u32,
    },
    Years {
        count: u32,
    },
    /// July 1 of the school year after the trigger's.
    NextSchoolYearStart,
    /// June 30 that ends the school year after the trigger's.
    NextSchoolYearEnd,
}

impl Amount {
    pub fn resolve(self, settings: &RuleSettings) -> Period {
        match self {
            Amount::Days { count, unit } => Period::Days { count, unit },
            Amount::Months(count) => Period::Months { count },
            Amount::Years(count) => Period::Years { count },
            Amount::Setting(key) => {
                let span = settings.span(key);
                Period::Days { count: span.count, unit: span.unit }
            }
            Amount::Annual(which) => {
                let basis = match which {
                    AnnualSetting::ProceduralSafeguards => settings.procedural_safeguards_annual,
                    AnnualSetting::ReevaluationFrequency => settings.reevaluation_frequency,
                };
                match (basis, which) {
                    (YearBasis::Rolling, _) => Period::Years { count: 1 },
                    (YearBasis::SchoolYear, AnnualSetting::ProceduralSafeguards) => Period::NextSchoolYearEnd,
                    (YearBasis::SchoolYear, AnnualSetting::ReevaluationFrequency) => Period::NextSchoolYearStart,
                }
            }
        }
    }
}

impl Period {
    fn apply(self, date: NaiveDate, dir: Direction, cal: &CalendarSet) -> Result<NaiveDate, DeadlineError> {
        let months = |n: u32| match dir {
            Direction::After => date.checked_add_months(Months::new(n)),
            Direction::Before => date.checked_sub_months(Months::new(n)),
        };
        let next_school_year = school_year_start_year(date) + 1;
        let out = match self {
            Period::Days { count, unit } => {
                return Ok(match dir {
                    Direction::After => cal.add(date, count, unit)?,
                    Direction::Before => cal.sub(date, count, unit)?,
                })
            }
            Period::Months { count } => months(count),
            Period::Years { count } => count.checked_mul(12).and_then(months),
            Period::NextSchoolYearStart => NaiveDate::from_ymd_opt(next_school_year, 7, 1),
            Period::NextSchoolYearEnd => NaiveDate::from_ymd_opt(next_school_year + 1, 6, 30),
        };
        out.ok_or(DeadlineError::OutOfRange)
    }

    /// Whether the result can land on any day of the week (so a weekend adjustment may apply).
    pub fn is_calendar_like(self) -> bool {
        !matches!(self, Period::Days { unit: DayUnit::School | DayUnit::Business, .. })
    }

    fn words(self) -> String {
        let plural = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match self {
            Period::Days { count, unit } => format!("{count} {}", unit.noun(count)),
            Period::Months { count } => plural(count, "month", "months"),
            Period::Years { count } => plural(count, "year", "years"),
            Period::NextSchoolYearStart => "the start of the next school year".into(),
            Period::NextSchoolYearEnd => "the end of the next school year".into(),
        }
    }
}

/// One count in a chain: "2 school days after consent, then 13 calendar days".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub amount: Amount,
    pub direction: Direction,
}

/// A step with settings applied, as shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StepSummary {
    pub period: Period,
    pub direction: Direction,
}

/// A day of the year, without the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    pub const fn new(month: u32, day: u32) -> Self {
        Self { month, day }
    }

    fn of(date: NaiveDate) -> Self {
        Self { month: date.month(), day: date.day() }
    }

    /// The first date with this month and day on or after `date`.
    fn next_on_or_after(self, date: NaiveDate) -> Option<NaiveDate> {
        let this_year = NaiveDate::from_ymd_opt(date.year(), self.month, self.day)?;
        if this_year >= date {
            Some(this_year)
        } else {
            NaiveDate::from_ymd_opt(date.year() + 1, self.month, self.day)
        }
    }

    fn words(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        format!("{} {}", MONTHS[(self.month - 1) as usize], self.day)
    }
}

/// A row of a chart keyed by the trigger's day of the year (turning five, L3255–L3257).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChartRow {
    /// First day of the window.
    pub from: MonthDay,
    /// Last day of the window; before `from` when the window crosses New Year.
    pub to: MonthDay,
    pub outcome: ChartOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartOutcome {
    /// The next date with this month and day.
    By(MonthDay),
    Count(Step),
}

impl ChartRow {
    fn contains(&self, md: MonthDay) -> bool {
        if self.from <= self.to {
            self.from <= md && md <= self.to
        } else {
            md >= self.from || md <= self.to
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeYears {
    Fixed(u32),
    /// [`RuleSettings::transition_planning_age`].
    TransitionPlanning,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeAnchor {
    /// The birthday itself.
    Birthday,
    /// January 1 of the calendar year of the birthday ("will turn 12 by the end of the calendar
    /// year", L749, L2971).
    JanuaryFirst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeOutPoint {
    LastDayOfEligibility,
    LastSchoolYearDay,
}

/// How a rule finds its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Counts applied one after another from the trigger date.
    Steps(Vec<Step>),
    /// The next date with this month and day, on or after the trigger date.
    NextDate(MonthDay),
    /// A chart keyed by the trigger's day of the year.
    Chart(Vec<ChartRow>),
    /// A birthday (the trigger date is the date of birth).
    Age { years: AgeYears, anchor: AgeAnchor },
    /// The age-21 end of eligibility (the trigger date is the date of birth).
    AgeOut(AgeOutPoint),
}

impl Timing {
    pub(super) fn apply(
        &self,
        trigger: NaiveDate,
        cal: &CalendarSet,
        settings: &RuleSettings,
    ) -> Result<NaiveDate, DeadlineError> {
        match self {
            Timing::Steps(steps) => apply_steps(steps, trigger, cal, settings),
            Timing::NextDate(md) => md.next_on_or_after(trigger).ok_or(DeadlineError::OutOfRange),
            Timing::Chart(rows) => {
                let row = rows
                    .iter()
                    .find(|r| r.contains(MonthDay::of(trigger)))
                    .ok_or(DeadlineError::NotInChart { date: trigger })?;
                match &row.outcome {
                    ChartOutcome::By(md) => md.next_on_or_after(trigger).ok_or(DeadlineError::OutOfRange),
                    ChartOutcome::Count(step) => apply_steps(std::slice::from_ref(step), trigger, cal, settings),
                }
            }
            Timing::Age { years, anchor } => {
                let years = match years {
                    AgeYears::Fixed(n) => *n,
                    AgeYears::TransitionPlanning => u32::from(settings.transition_planning_age),
                };
                let day = birthday(trigger, years).ok_or(DeadlineError::OutOfRange)?;
                match anchor {
                    AgeAnchor::Birthday => Ok(day),
                    AgeAnchor::JanuaryFirst => {
                        NaiveDate::from_ymd_opt(day.year(), 1, 1).ok_or(DeadlineError::OutOfRange)
                    }
                }
            }
            Timing::AgeOut(point) => {
                let a = age_out(trigger, settings).ok_or(DeadlineError::OutOfRange)?;
                Ok(match point {
                    AgeOutPoint::LastDayOfEligibility => a.last_day_of_eligibility(),
                    AgeOutPoint::LastSchoolYearDay => a.last_school_year_day,
                })
            }
        }
    }

    /// Whether the date found for `trigger` can fall on any day of the week (a calendar count, a
    /// month or year, a date of the year), as opposed to a school or business day count.
    pub(super) fn lands_on_any_day(&self, trigger: NaiveDate, settings: &RuleSettings) -> bool {
        let step_is_calendar_like = |s: &Step| s.amount.resolve(settings).is_calendar_like();
        match self {
            Timing::Steps(steps) => steps.last().is_none_or(step_is_calendar_like),
            Timing::NextDate(_) | Timing::Age { .. } | Timing::AgeOut(_) => true,
            Timing::Chart(rows) => match rows.iter().find(|r| r.contains(MonthDay::of(trigger))) {
                Some(ChartRow { outcome: ChartOutcome::Count(step), .. }) => step_is_calendar_like(step),
                _ => true,
            },
        }
    }

    /// The last count applied, when the rule is a chain of counts.
    pub(super) fn final_period(&self, settings: &RuleSettings) -> Option<Period> {
        match self {
            Timing::Steps(steps) => steps.last().map(|s| s.amount.resolve(settings)),
            _ => None,
        }
    }

    pub(super) fn summary_steps(&self, settings: &RuleSettings) -> Vec<StepSummary> {
        match self {
            Timing::Steps(steps) => steps
                .iter()
                .map(|s| StepSummary { period: s.amount.resolve(settings), direction: s.direction })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// "5 school days after the referral".
    pub(super) fn describe(&self, trigger: Trigger, settings: &RuleSettings) -> String {
        match self {
            Timing::Steps(steps) => describe_steps(steps, trigger, settings),
            Timing::NextDate(md) => format!("{} next after {}", md.words(), trigger.phrase()),
            Timing::Chart(rows) => {
                let rows: Vec<String> = rows
                    .iter()
                    .map(|r| {
                        let outcome = match &r.outcome {
                            ChartOutcome::By(md) => format!("by {}", md.words()),
                            ChartOutcome::Count(step) => describe_steps(std::slice::from_ref(step), trigger, settings),
                        };
                        format!("{}–{}: {outcome}", r.from.words(), r.to.words())
                    })
                    .collect();
                format!("by the date for {} in this chart: {}", trigger.phrase(), rows.join("; "))
            }
            Timing::Age { years, anchor } => {
                let n = match years {
                    AgeYears::Fixed(n) => *n,
                    AgeYears::TransitionPlanning => u32::from(settings.transition_planning_age),
                };
                match anchor {
                    AgeAnchor::Birthday => format!("the student's {} birthday", ordinal(n)),
                    AgeAnchor::JanuaryFirst => format!("January 1 of the year the student turns {n}"),
                }
            }
            Timing::AgeOut(AgeOutPoint::LastDayOfEligibility) => "June 30 of the school year the student turns 21, \
                 or August 31 (ESY only) when the 21st birthday falls from July 1 to August 31"
                .into(),
            Timing::AgeOut(AgeOutPoint::LastSchoolYearDay) => {
                "June 30 ending the last school year in which the student is served before turning 21".into()
            }
        }
    }
}

fn apply_steps(
    steps: &[Step],
    trigger: NaiveDate,
    cal: &CalendarSet,
    settings: &RuleSettings,
) -> Result<NaiveDate, DeadlineError> {
    steps.iter().try_fold(trigger, |date, step| step.amount.resolve(settings).apply(date, step.direction, cal))
}

fn describe_steps(steps: &[Step], trigger: Trigger, settings: &RuleSettings) -> String {
    let mut out = String::new();
    for (i, step) in steps.iter().enumerate() {
        let period = step.amount.resolve(settings);
        let dir = match step.direction {
            Direction::After => "after",
            Direction::Before => "before",
        };
        if i == 0 {
            out = match period {
                Period::NextSchoolYearStart => format!("the start of the school year after {}", trigger.phrase()),
                Period::NextSchoolYearEnd => format!("the end of the school year after {}", trigger.phrase()),
                _ => format!("{} {dir} {}", period.words(), trigger.phrase()),
            };
        } else {
            let later = match step.direction {
                Direction::After => "later",
                Direction::Before => "earlier",
            };
            out.push_str(&format!(", then {} {later}", period.words()));
        }
    }
    out
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(14), "14th");
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(22), "22nd");
    }

    #[test]
    fn chart_rows_can_cross_new_year() {
        let row = ChartRow {
            from: MonthDay::new(9, 1),
            to: MonthDay::new(3, 1),
            outcome: ChartOutcome::By(MonthDay::new(6, 15)),
        };
        assert!(row.contains(MonthDay::new(12, 31)));
        assert!(row.contains(MonthDay::new(3, 1)));
        assert!(!row.contains(MonthDay::new(3, 2)));
        assert!(!row.contains(MonthDay::new(8, 31)));
    }
}
