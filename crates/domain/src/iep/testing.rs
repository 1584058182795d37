//! Testing accommodations (SOPM L2419–L2487): a category plus the specific parameters each needs
//! (L2441–L2469). Vague wording ("as appropriate", "when necessary", a named test) is refused as
//! an edit (L2425, L2471).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AccommodationCategory {
    #[schemars(title = "Extended time")]
    ExtendedTime,
    #[schemars(title = "Breaks")]
    Breaks,
    #[schemars(title = "Separate location or room")]
    SeparateSetting,
    #[schemars(title = "Directions read or signed more times")]
    DirectionsRepeated,
    #[schemars(title = "Tests read")]
    TestsRead,
    #[schemars(title = "Multiple-day administration")]
    MultipleDay,
    #[schemars(title = "Special equipment or furniture")]
    SpecialEquipment,
    #[schemars(title = "Use of a scribe")]
    Scribe,
    #[schemars(title = "Answers recorded in the test booklet")]
    AnswersInBooklet,
    #[schemars(title = "Calculator")]
    Calculator,
    #[schemars(title = "Word processor")]
    WordProcessor,
    #[schemars(title = "Other")]
    Other,
}

/// Extended time as a multiple of standard time (L2457).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TimeMultiplier {
    #[schemars(title = "Time and a half (1.5×)")]
    TimeAndAHalf,
    #[schemars(title = "Double time (2×)")]
    Double,
}

/// Tested alone or in a small group (L2459).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TestSetting {
    #[schemars(title = "Individually")]
    Individual,
    #[schemars(title = "Small group")]
    SmallGroup,
}

/// Tests read including or excluding reading comprehension (L2449).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReadScope {
    #[schemars(title = "Excluding reading comprehension tests")]
    ExcludingReadingComprehension,
    #[schemars(title = "Including reading comprehension tests")]
    IncludingReadingComprehension,
}

/// How tests are read, matching instruction (L2459).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReadMode {
    #[schemars(title = "Human reader")]
    HumanReader,
    #[schemars(title = "Text-to-speech")]
    TextToSpeech,
    #[schemars(title = "Audio recording (mp3)")]
    AudioRecording,
}

/// One testing accommodation. Which parameters are required depends on the category; the checks
/// say which are missing.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct TestingAccommodation {
    #[schemars(title = "Accommodation")]
    pub category: Option<AccommodationCategory>,
    /// Extended time: how much (L2457).
    #[schemars(title = "Extended time")]
    #[schemars(extend("x-when" = {"category": ["extended_time"]}))]
    pub extended_time: Option<TimeMultiplier>,
    /// Breaks: length of each break, in minutes (L2441).
    #[schemars(title = "Break length (minutes)", range(min = 1, max = 60))]
    #[schemars(extend("x-when" = {"category": ["breaks"]}))]
    pub break_minutes: Option<u8>,
    /// Breaks: one break every this many minutes of testing (L2441).
    #[schemars(title = "Break every (minutes)", range(min = 5, max = 240))]
    #[schemars(extend("x-when" = {"category": ["breaks"]}))]
    pub break_every_minutes: Option<u8>,
    /// Separate setting: alone or in a small group (L2459).
    #[schemars(title = "Setting")]
    #[schemars(extend("x-when" = {"category": ["separate_setting"]}))]
    pub setting: Option<TestSetting>,
    /// Separate setting in a small group: the largest group (L2459).
    #[schemars(title = "Group size", range(min = 2, max = 15))]
    #[schemars(extend("x-when" = {"category": ["separate_setting"]}))]
    pub group_size: Option<u8>,
    /// Directions read or signed: how many times beyond the standard (L2445).
    #[schemars(title = "Extra times directions are read", range(min = 1, max = 5))]
    #[schemars(extend("x-when" = {"category": ["directions_repeated"]}))]
    pub extra_direction_readings: Option<u8>,
    /// Tests read: including or excluding reading comprehension (L2449).
    #[schemars(title = "Tests read scope")]
    #[schemars(extend("x-when" = {"category": ["tests_read"]}))]
    pub read_scope: Option<ReadScope>,
    /// Tests read: how (L2459).
    #[schemars(title = "Tests read by")]
    #[schemars(extend("x-when" = {"category": ["tests_read"]}))]
    pub read_mode: Option<ReadMode>,
    /// Multiple-day administration: the State assurance form is filed (L2457).
    #[schemars(title = "Multiple-day assurance filed")]
    #[schemars(extend("x-when" = {"category": ["multiple_day"]}))]
    pub multiple_day_assurance_filed: bool,
    /// Equipment, scribe, calculator, other: exactly what, e.g. "study carrel" (L2469).
    #[schemars(title = "Specification")]
    pub specification: String,
    /// Left blank when it applies to all tests; otherwise the condition, e.g. "for tests longer
    /// than 40 minutes" (L2451). Never a particular test's name (L2471).
    #[schemars(title = "Only for")]
    pub condition: String,
}

/// Section 9: testing accommodations.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct TestingAccommodations {
    /// The team considered testing accommodations and decided on none.
    #[schemars(title = "No testing accommodations")]
    pub none_recommended: bool,
    #[schemars(title = "Testing accommodations")]
    pub accommodations: Vec<TestingAccommodation>,
}

/// Phrases the manual refuses in a testing accommodation (L2425, L2471): they leave the
/// accommodation to someone's later judgment or name a particular test.
pub const VAGUE_PHRASES: [&str; 10] = [
    "as appropriate",
    "when necessary",
    "as necessary",
    "as needed",
    "if needed",
    "when needed",
    "in any manner",
    "any manner",
    "regents",
    "questions read",
];

/// The first vague phrase in `text`, if any.
pub fn vague_phrase(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    VAGUE_PHRASES.into_iter().find(|p| lower.contains(p))
}
