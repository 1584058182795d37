//! Readings of the content chapter where the manual leaves a number open. Each default is a
//! decision in docs/decisions-iep.md (I-n). The transition age is `RuleSettings`'
//! `transition_planning_age` (D-14), shared with the deadline rules.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ContentSettings {
    /// I-3: progress reports must be at least as frequent as report cards (L2143), whose number
    /// the manual does not give. Default 3 a year (NYC DOE report cards, three marking periods).
    pub report_cards_per_year: u8,
    /// I-8: "about 3–4 goals per area of need" (L2113). More than this many in one area is a
    /// warning.
    pub max_goals_per_area: usize,
}

impl Default for ContentSettings {
    fn default() -> Self {
        Self {
            report_cards_per_year: 3,
            max_goals_per_area: 4,
        }
    }
}
