//! Where the manual is ambiguous (a count with no unit, two numbers for one deadline), the rule
//! reads a setting. Each default is a decision in docs/decisions-deadlines.md (D-n); a district or
//! a later reading of the manual can override it without a code change.
//!
//! The default for a bare "days" is calendar days: SOPM L151 says so explicitly ("days" without
//! modification means calendar days), and for a deadline after an event it is also the strictest
//! reading (the earliest date).

use crate::calendar::DayUnit;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A count of days in a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DaySpan {
    pub count: u32,
    pub unit: DayUnit,
}

impl DaySpan {
    pub const fn new(count: u32, unit: DayUnit) -> Self {
        Self { count, unit }
    }
}

/// "Once a year": a rolling year from the last time, or once per school year (July–June).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum YearBasis {
    Rolling,
    SchoolYear,
}

/// How to read a 21st birthday on September 1 (fn56 L1791, fn160 L3865): "not attained the age of
/// 21 as of September 1" versus "turn 21 on or after September 1 ... through June 30".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SeptemberFirstBirthday {
    /// In the "on or after September 1" group: served through June 30.
    ServedThroughJune30,
    /// Has attained 21 as of September 1: ineligible from that day.
    IneligibleFromSeptember1,
}

/// What to do when a calendar-day deadline falls on a weekend or holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NonBusinessDueDate {
    /// The manual does not move deadlines: keep the date.
    Keep,
    /// Move a deadline to the business day before (stricter).
    PreviousBusinessDay,
    /// Move a deadline to the next business day (more lenient, as courts often do).
    NextBusinessDay,
}

/// The overridable readings of the manual. Every field has a documented default
/// ([`RuleSettings::default`]); deserializing a partial object keeps the defaults for the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct RuleSettings {
    /// L639: "25 days after the Notice of Social History Meeting was sent". D-5.
    pub non_consent_decision: DaySpan,
    /// L641, L643: close the case "after five days". D-5.
    pub withdrawal_case_closure: DaySpan,
    /// L973 "fifteen (15) days" vs fn31 L995 "15 school day" and "15 business days". D-6.
    pub contractor_report: DaySpan,
    /// fn108 L3057: no consent to services "within 45 days" after documented outreach. D-5.
    pub services_consent_case_closure: DaySpan,
    /// L3125: no contract provider "within an additional 13 days", then an RSA. D-5.
    pub rsa_search: DaySpan,
    /// L3275: the DOE decides on a P-2 within "15 days". D-5.
    pub p2_decision: DaySpan,
    /// L3097: NYSED notified "within 10 days" of a 13th ICT student joining. D-5.
    pub ict_thirteenth_student_notice: DaySpan,
    /// L3329: records requested "in no more than 5 days". D-5.
    pub transfer_records_request: DaySpan,
    /// L3345: placement "no later than five days" after the family appears. D-5.
    pub transfer_placement: DaySpan,
    /// L3519: rescheduled MDR "within five days" of the rescheduled conference. D-7.
    pub rescheduled_mdr: DaySpan,
    /// L2769, L2853 "10 business days" vs L2777 "10 school days" of notice to OSH. D-8.
    pub osh_meeting_notice: DaySpan,
    /// L3815 "14 calendar days" vs L3805 "15" for the expedited resolution period. D-9.
    pub expedited_resolution_period: DaySpan,
    /// L1671, L1685: "at least 72 hours" before the meeting, counted in whole days. D-10.
    pub seventy_two_hours: DaySpan,
    /// L1737: the excused member's summary "at least 5 days" before the meeting. D-5.
    pub excusal_summary_lead: DaySpan,
    /// L3655: IHO-ordered ALC placement "up to 45 days". D-5.
    pub iho_alc_order: DaySpan,
    /// L149: the PSN "at least one time a year". D-11.
    pub procedural_safeguards_annual: YearBasis,
    /// L2917 "not more frequently than once a year" vs L2929 "only one reevaluation ... in a
    /// school year". D-12.
    pub reevaluation_frequency: YearBasis,
    /// fn56 L1791, fn160 L3865. D-13.
    pub september_first_birthday: SeptemberFirstBirthday,
    /// L2061, L2489: transition planning from age 14 (IDEA says 16). D-14.
    pub transition_planning_age: u8,
    /// Calendar-day deadlines on weekends and holidays. D-4.
    pub non_business_due_date: NonBusinessDueDate,
}

impl Default for RuleSettings {
    fn default() -> Self {
        use DayUnit::{Business, Calendar};
        Self {
            non_consent_decision: DaySpan::new(25, Calendar),
            withdrawal_case_closure: DaySpan::new(5, Calendar),
            contractor_report: DaySpan::new(15, Calendar),
            services_consent_case_closure: DaySpan::new(45, Calendar),
            rsa_search: DaySpan::new(13, Calendar),
            p2_decision: DaySpan::new(15, Calendar),
            ict_thirteenth_student_notice: DaySpan::new(10, Calendar),
            transfer_records_request: DaySpan::new(5, Calendar),
            transfer_placement: DaySpan::new(5, Calendar),
            rescheduled_mdr: DaySpan::new(5, Calendar),
            osh_meeting_notice: DaySpan::new(10, Business),
            expedited_resolution_period: DaySpan::new(14, Calendar),
            seventy_two_hours: DaySpan::new(3, Calendar),
            excusal_summary_lead: DaySpan::new(5, Calendar),
            iho_alc_order: DaySpan::new(45, Calendar),
            procedural_safeguards_annual: YearBasis::Rolling,
            reevaluation_frequency: YearBasis::SchoolYear,
            september_first_birthday: SeptemberFirstBirthday::ServedThroughJune30,
            transition_planning_age: 14,
            non_business_due_date: NonBusinessDueDate::Keep,
        }
    }
}

/// Names a [`DaySpan`] field of [`RuleSettings`], so a rule can say "this count is a setting".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SpanSetting {
    NonConsentDecision,
    WithdrawalCaseClosure,
    ContractorReport,
    ServicesConsentCaseClosure,
    RsaSearch,
    P2Decision,
    IctThirteenthStudentNotice,
    TransferRecordsRequest,
    TransferPlacement,
    RescheduledMdr,
    OshMeetingNotice,
    ExpeditedResolutionPeriod,
    SeventyTwoHours,
    ExcusalSummaryLead,
    IhoAlcOrder,
}

impl RuleSettings {
    pub fn span(&self, key: SpanSetting) -> DaySpan {
        use SpanSetting::*;
        match key {
            NonConsentDecision => self.non_consent_decision,
            WithdrawalCaseClosure => self.withdrawal_case_closure,
            ContractorReport => self.contractor_report,
            ServicesConsentCaseClosure => self.services_consent_case_closure,
            RsaSearch => self.rsa_search,
            P2Decision => self.p2_decision,
            IctThirteenthStudentNotice => self.ict_thirteenth_student_notice,
            TransferRecordsRequest => self.transfer_records_request,
            TransferPlacement => self.transfer_placement,
            RescheduledMdr => self.rescheduled_mdr,
            OshMeetingNotice => self.osh_meeting_notice,
            ExpeditedResolutionPeriod => self.expedited_resolution_period,
            SeventyTwoHours => self.seventy_two_hours,
            ExcusalSummaryLead => self.excusal_summary_lead,
            IhoAlcOrder => self.iho_alc_order,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_override_keeps_the_other_defaults() {
        let s: RuleSettings =
            serde_json::from_str(r#"{"contractor_report": {"count": 15, "unit": "school"}}"#).unwrap();
        assert_eq!(s.contractor_report, DaySpan::new(15, DayUnit::School));
        assert_eq!(s.non_consent_decision, RuleSettings::default().non_consent_decision);
    }

    #[test]
    fn span_settings_name_the_fields_they_read() {
        // The snake_case name of each SpanSetting is the RuleSettings field it reads.
        let json = serde_json::to_value(RuleSettings::default()).unwrap();
        for key in [SpanSetting::NonConsentDecision, SpanSetting::IhoAlcOrder, SpanSetting::SeventyTwoHours] {
            let name = serde_json::to_value(key).unwrap();
            assert!(json.get(name.as_str().unwrap()).is_some(), "{name}");
        }
    }
}
