//! Parts shared by several sections: how often and how long a service is given, where, in which
//! language, and the areas of need goals and present levels are written for. Numbers with units,
//! never free text (issue 4: "Frequency and duration as numbers with units").

use crate::language::LanguageCode;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The period a frequency counts in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    #[schemars(title = "per day")]
    Day,
    #[schemars(title = "per week")]
    Week,
    #[schemars(title = "per month")]
    Month,
}

/// How often: a number of sessions in each period. Both empty until the team decides.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Frequency {
    /// Number of sessions in each period.
    #[schemars(title = "Times", range(min = 1, max = 40))]
    pub times: Option<u8>,
    /// The period the sessions are counted in.
    #[schemars(title = "Per")]
    pub per: Option<Period>,
}

impl Frequency {
    pub fn is_set(&self) -> bool {
        self.times.is_some() && self.per.is_some()
    }
}

/// Individual or group delivery.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    #[schemars(title = "Individual")]
    Individual,
    #[schemars(title = "Group")]
    Group,
}

/// Where a related service is given (L2207).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ServiceLocation {
    #[schemars(title = "General education classroom")]
    GeneralEducationClassroom,
    #[schemars(title = "Special education classroom")]
    SpecialEducationClassroom,
    /// A room outside the classroom, which must be named.
    #[schemars(title = "Separate location")]
    SeparateLocation,
}

/// Push-in (in the class) or pull-out (out of it) (L2197).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    #[schemars(title = "Push-in (in the classroom)")]
    PushIn,
    #[schemars(title = "Pull-out (outside the classroom)")]
    PullOut,
}

/// An area of need: what present-levels needs, annual goals and the goal bank are written for.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    TS,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum NeedArea {
    #[schemars(title = "Reading")]
    Reading,
    #[schemars(title = "Writing")]
    Writing,
    #[schemars(title = "Mathematics")]
    Math,
    #[schemars(title = "Speech and language")]
    SpeechLanguage,
    #[schemars(title = "Social and emotional")]
    SocialEmotional,
    #[schemars(title = "Behavior")]
    Behavior,
    #[schemars(title = "Fine motor")]
    FineMotor,
    #[schemars(title = "Gross motor")]
    GrossMotor,
    #[schemars(title = "Adaptive and daily living")]
    AdaptiveDailyLiving,
    #[schemars(title = "Transition")]
    Transition,
}

impl NeedArea {
    pub const ALL: [NeedArea; 10] = [
        NeedArea::Reading,
        NeedArea::Writing,
        NeedArea::Math,
        NeedArea::SpeechLanguage,
        NeedArea::SocialEmotional,
        NeedArea::Behavior,
        NeedArea::FineMotor,
        NeedArea::GrossMotor,
        NeedArea::AdaptiveDailyLiving,
        NeedArea::Transition,
    ];
}

/// Whether a language code is one of the table's (serde does not check it: the code is a plain
/// string on the way in).
pub(crate) fn known_language(code: &Option<LanguageCode>) -> bool {
    code.as_ref()
        .is_none_or(|c| LanguageCode::parse(c.as_str()).is_some())
}

/// Whether `text` says how much or how well with a number: a digit, a percentage, or a number
/// word ("four out of five trials"). Goal criteria must (L2115).
pub fn is_measurable(text: &str) -> bool {
    const WORDS: [&str; 13] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "percent",
        "twice", "half",
    ];
    let lower = text.to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit())
        || lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measurable_needs_a_number() {
        assert!(is_measurable("80% accuracy over 5 consecutive trials"));
        assert!(is_measurable("in four out of five trials"));
        assert!(!is_measurable("with good accuracy"));
        assert!(!is_measurable("all of the time"));
    }
}
