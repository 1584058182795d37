//! Readings of the team-composition rules where the manual is ambiguous. Each default is a
//! decision in docs/decisions-meeting.md (M-n); day counts are not here, they come from the rule
//! catalog and `RuleSettings`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct MeetingSettings {
    /// M-1: the psychologist table has no row for a student now in an NPS, home instruction or a
    /// residential program. Default: any program change for such a student requires the
    /// psychologist (the strictest reading).
    pub psychologist_for_untabulated_programs: bool,
    /// M-2: the manual names in-person and phone participation only. Default: video counts as
    /// participation, like a phone.
    pub video_counts_as_present: bool,
    /// M-3: "at least two attempts at telephone contact at different times of the school
    /// day/evening" (L1349). Default: two calls count as different times when they are at least
    /// this many minutes apart or on different days.
    pub outreach_phone_gap_minutes: u32,
    /// M-5: minutes a required teacher may be missing at a hand-over (joined late, left early)
    /// before presence counts as broken. Default 0: the manual says "at all times" (L1529).
    pub presence_tolerance_minutes: u32,
}

impl Default for MeetingSettings {
    fn default() -> Self {
        Self {
            psychologist_for_untabulated_programs: true,
            video_counts_as_present: true,
            outreach_phone_gap_minutes: 120,
            presence_tolerance_minutes: 0,
        }
    }
}
