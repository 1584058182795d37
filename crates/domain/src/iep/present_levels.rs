//! Present Levels of Performance and Individual Needs (PLOP, SOPM L1993–L2035): the seven
//! components, strengths and needs per area, the parent's concerns, the effect of language for an
//! ELL, and the structured needs list that annual goals must cover (L2035).

use super::common::NeedArea;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One need the present levels identify. Every need must be addressed by at least one annual
/// goal (L2035).
// Goals point at needs by `id` (the doc comment above is the form's help text).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Need {
    /// Generated when the need is added; goals link to it.
    #[schemars(title = "Need id", extend("x-hidden" = true))]
    pub id: String,
    /// The area of need.
    #[schemars(title = "Area")]
    pub area: Option<NeedArea>,
    /// The need in a sentence, e.g. "Decoding multisyllabic words".
    #[schemars(title = "Need")]
    pub description: String,
}

/// Strengths and needs in one area assessed (L2021).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct AreaLevels {
    #[schemars(title = "Area")]
    pub area: Option<NeedArea>,
    /// Strengths and abilities in this area.
    #[schemars(title = "Strengths", extend("x-narrative" = true))]
    pub strengths: String,
    /// Weaknesses and needs in this area.
    #[schemars(title = "Needs", extend("x-narrative" = true))]
    pub needs: String,
}

/// Present Levels of Performance and Individual Needs: the seven components of SOPM L1993–L2017
/// plus the structured parts goals and checks read.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct PresentLevels {
    /// Evaluation results with their dates, State/district assessment results, instructional
    /// implications (L1995).
    #[schemars(title = "Evaluation results", extend("x-narrative" = true))]
    pub evaluation_results: String,
    /// Academic achievement, functional performance and learning characteristics (L2015).
    #[schemars(title = "Academic achievement, functional performance and learning characteristics", extend("x-narrative" = true))]
    pub academic_achievement: String,
    /// Social development (L1999).
    #[schemars(title = "Social development", extend("x-narrative" = true))]
    pub social_development: String,
    /// Physical development, including the current physical-education program (L2003, L2189).
    #[schemars(title = "Physical development", extend("x-narrative" = true))]
    pub physical_development: String,
    /// Management needs: environmental modifications, human and material resources (L2007).
    #[schemars(title = "Management needs", extend("x-narrative" = true))]
    pub management_needs: String,
    /// Effect of student needs on involvement and progress in the general education
    /// curriculum (L2011).
    #[schemars(title = "Effect of needs on the general education curriculum", extend("x-narrative" = true))]
    pub effect_on_general_education: String,
    /// Student needs relating to special factors (L2017).
    #[schemars(title = "Needs relating to special factors", extend("x-narrative" = true))]
    pub special_factor_needs: String,
    /// Strengths and needs for each area assessed (L2021).
    #[schemars(title = "Strengths and needs by area")]
    pub areas: Vec<AreaLevels>,
    /// The parent's concerns about the child's education (L2025).
    #[schemars(title = "Parent concerns", extend("x-narrative" = true))]
    pub parent_concerns: String,
    /// For an English Language Learner or a student evaluated bilingually: how development in
    /// each language affects the student, and language-related needs (L2033).
    #[schemars(title = "Effect of language (ELL)", extend("x-narrative" = true))]
    pub ell_language_impact: String,
    /// The student needs an accessible school; describe the need under physical development
    /// (L2035).
    #[schemars(title = "Accessible program required")]
    pub accessible_program_required: bool,
    /// Why testing accommodations are needed, what was used before and whether it worked
    /// (L2425). Required when any testing accommodation is recommended.
    #[schemars(title = "Testing accommodation considerations", extend("x-narrative" = true))]
    pub testing_accommodation_considerations: String,
    /// The needs annual goals must address (L2035).
    #[schemars(title = "Needs list")]
    pub needs: Vec<Need>,
}

impl PresentLevels {
    /// The seven components in the order of the State form, with their field names.
    pub const COMPONENTS: [&'static str; 7] = [
        "evaluation_results",
        "academic_achievement",
        "social_development",
        "physical_development",
        "management_needs",
        "effect_on_general_education",
        "special_factor_needs",
    ];

    /// Each component's field name (as in [`Self::COMPONENTS`]) with its text.
    pub fn components(&self) -> [(&'static str, &str); 7] {
        let c = Self::COMPONENTS;
        [
            (c[0], &self.evaluation_results),
            (c[1], &self.academic_achievement),
            (c[2], &self.social_development),
            (c[3], &self.physical_development),
            (c[4], &self.management_needs),
            (c[5], &self.effect_on_general_education),
            (c[6], &self.special_factor_needs),
        ]
    }

    /// How many components have text.
    pub fn filled(&self) -> usize {
        self.components()
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .count()
    }
}
