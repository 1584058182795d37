//! Evaluation results and eligibility (SOPM L1561–L1990): the evaluations the team considered,
//! with their dates and summaries, and the one classification that most affects the student's
//! educational performance (L1805), with the evidence it needs (L1855–L1967).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The kinds of evaluation the classification evidence rules name (03 digest §2.6, R-40).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationKind {
    #[schemars(title = "Psychoeducational evaluation")]
    Psychoeducational,
    #[schemars(title = "Social history")]
    SocialHistory,
    #[schemars(title = "Classroom observation")]
    ClassroomObservation,
    #[schemars(title = "Speech and language evaluation")]
    SpeechLanguage,
    #[schemars(title = "Occupational therapy evaluation")]
    OccupationalTherapy,
    #[schemars(title = "Physical therapy evaluation")]
    PhysicalTherapy,
    #[schemars(title = "Audiological evaluation (audiogram)")]
    Audiological,
    #[schemars(title = "Ophthalmological evaluation")]
    Ophthalmological,
    #[schemars(title = "Orthopedic evaluation")]
    Orthopedic,
    #[schemars(title = "Neurological evaluation")]
    Neurological,
    #[schemars(title = "Other medical evaluation")]
    Medical,
    #[schemars(title = "Adaptive behavior scale")]
    AdaptiveBehaviorScale,
    #[schemars(title = "Functional behavioral assessment (FBA)")]
    FunctionalBehavioralAssessment,
    #[schemars(title = "Vocational assessment")]
    Vocational,
    #[schemars(title = "Assistive technology assessment")]
    AssistiveTechnology,
    #[schemars(title = "Bilingual evaluation")]
    Bilingual,
    #[schemars(title = "Psychiatric evaluation")]
    Psychiatric,
    #[schemars(title = "Independent evaluation provided by the parent")]
    Independent,
}

/// The 13 disability classifications (L1805–L1967).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    #[schemars(title = "Autism")]
    Autism,
    #[schemars(title = "Deaf-blindness")]
    DeafBlindness,
    #[schemars(title = "Deafness")]
    Deafness,
    #[schemars(title = "Emotional disturbance")]
    EmotionalDisturbance,
    #[schemars(title = "Hearing impairment")]
    HearingImpairment,
    #[schemars(title = "Learning disability")]
    LearningDisability,
    #[schemars(title = "Intellectual disability")]
    IntellectualDisability,
    #[schemars(title = "Multiple disabilities")]
    MultipleDisabilities,
    #[schemars(title = "Orthopedic impairment")]
    OrthopedicImpairment,
    #[schemars(title = "Other health impairment")]
    OtherHealthImpairment,
    #[schemars(title = "Speech or language impairment")]
    SpeechOrLanguageImpairment,
    #[schemars(title = "Traumatic brain injury")]
    TraumaticBrainInjury,
    #[schemars(title = "Visual impairment (including blindness)")]
    VisualImpairment,
}

impl Classification {
    /// The evaluations a classification rests on, as alternatives for each requirement: the
    /// classification needs at least one kind out of every inner list (03 digest R-40).
    pub fn required_evidence(self) -> &'static [&'static [EvaluationKind]] {
        use EvaluationKind as E;
        match self {
            Self::Deafness | Self::HearingImpairment => &[&[E::Audiological]],
            Self::DeafBlindness => &[&[E::Audiological], &[E::Ophthalmological]],
            Self::OrthopedicImpairment => &[&[E::Orthopedic]],
            Self::VisualImpairment => &[&[E::Ophthalmological]],
            Self::TraumaticBrainInjury => &[&[E::Neurological]],
            Self::SpeechOrLanguageImpairment => &[&[E::SpeechLanguage]],
            Self::IntellectualDisability => &[&[E::AdaptiveBehaviorScale]],
            Self::MultipleDisabilities => &[&[
                E::Medical,
                E::Orthopedic,
                E::Neurological,
                E::AdaptiveBehaviorScale,
            ]],
            Self::LearningDisability => &[&[E::ClassroomObservation]],
            Self::Autism | Self::EmotionalDisturbance | Self::OtherHealthImpairment => &[],
        }
    }

    /// The SOPM lines of the classification's evidence requirement.
    pub fn evidence_sopm(self) -> &'static str {
        match self {
            Self::Deafness => "L1855",
            Self::HearingImpairment => "L1899",
            Self::DeafBlindness => "L1873",
            Self::OrthopedicImpairment => "L1935",
            Self::VisualImpairment => "L1961",
            Self::TraumaticBrainInjury => "L1959",
            Self::SpeechOrLanguageImpairment => "L1957",
            Self::IntellectualDisability => "L1927",
            Self::MultipleDisabilities => "L1933",
            Self::LearningDisability => "L1891",
            Self::Autism | Self::EmotionalDisturbance | Self::OtherHealthImpairment => "L1805",
        }
    }
}

/// One evaluation the team considered.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Evaluation {
    /// What kind of evaluation it is.
    #[schemars(title = "Kind of evaluation")]
    pub kind: Option<EvaluationKind>,
    /// The date the evaluation was done; the IEP must show each evaluation with its date (L1995).
    #[schemars(title = "Date")]
    pub date: Option<NaiveDate>,
    /// Who did it (role or agency), e.g. "School psychologist".
    #[schemars(title = "Evaluator")]
    pub evaluator: String,
    /// The results and what they mean for instruction, e.g. IQ and academic levels (L1995).
    #[schemars(title = "Summary of results", extend("x-narrative" = true))]
    pub summary: String,
}

/// Section 1: evaluation results and eligibility.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct EvaluationSection {
    /// Every evaluation the team considered, including ones the parent provided (L1995).
    #[schemars(title = "Evaluations")]
    pub evaluations: Vec<Evaluation>,
    /// The one classification that most affects educational performance (L1805).
    #[schemars(title = "Disability classification")]
    pub classification: Option<Classification>,
    /// For an initial emotional-disturbance or learning-disability classification: the team
    /// completed and signed the Justification Form (L1889, L1925).
    #[schemars(title = "Justification form signed (initial ED or LD)")]
    pub justification_form_signed: bool,
    /// How the evaluations support the classification and the need for special education.
    #[schemars(title = "Eligibility discussion", extend("x-narrative" = true))]
    pub eligibility_notes: String,
}
