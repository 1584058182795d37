//! When the school psychologist must attend (L1237–1297, L1535). At initial and reevaluation
//! meetings always; at annual and requested reviews only for the program changes of the chart
//! (L1241–1275) and the other listed triggers (L1277–1297), or when the parent asks.

use super::MeetingSettings;
use crate::meeting::{Meeting, MeetingType, Program, ProposedChange, RatioChange};

/// Why the psychologist is required, with the SOPM lines, or `None`.
pub fn psychologist_reason(
    m: &Meeting,
    settings: &MeetingSettings,
) -> Option<(String, &'static str)> {
    let t = m.effective_type();
    if t == MeetingType::Initial || t.is_reevaluation() {
        return Some((format!("this is {} meeting", article(t)), "L1535"));
    }
    let current = m
        .context
        .current_program
        .unwrap_or(Program::GeneralEducationOnly);
    for change in &m.proposed_changes {
        if let Some(reason) = change_reason(current, change, settings) {
            return Some(reason);
        }
    }
    None
}

fn article(t: MeetingType) -> &'static str {
    match t {
        MeetingType::Initial => "an initial",
        MeetingType::RequestedReevaluation => "a requested reevaluation",
        MeetingType::ThreeYearReevaluation => "a three-year reevaluation",
        _ => "a review",
    }
}

fn change_reason(
    current: Program,
    change: &ProposedChange,
    s: &MeetingSettings,
) -> Option<(String, &'static str)> {
    use ProposedChange as C;
    let reason = |text: &str, sopm| Some((text.to_string(), sopm));
    match change {
        C::ParentRequestsPsychologist => reason("the parent asked for the psychologist", "L1535"),
        C::NewPsychologicalAssessment => {
            reason("a new psychological assessment will be considered", "L1535")
        }
        C::StartParaprofessional => reason("paraprofessional support may be started", "L1279"),
        C::ChangeAlternateAssessment => reason("the NYSAA test category may change", "L1283"),
        C::StartSpecialTransportation => {
            reason("specialized transportation may be started", "L1287")
        }
        C::StartOrChangeCounseling => reason("counseling may be started or changed", "L1291"),
        C::ChangeLanguageOfInstructionOrService => reason(
            "the language of instruction, speech therapy or counseling may change",
            "L1295",
        ),
        C::FirstEsyInNonSpecializedSchool => reason(
            "12-month services may be recommended for the first time",
            "L1297",
        ),
        C::Program {
            to,
            ratio,
            available_at_current_site,
            twelve_to_fifteen_moving_to_high_school,
        } => {
            let needed = program_change_needs_psychologist(
                current,
                *to,
                ratio.unwrap_or(RatioChange::Same),
                *available_at_current_site,
                *twelve_to_fifteen_moving_to_high_school,
            )
            .unwrap_or(s.psychologist_for_untabulated_programs);
            if needed {
                Some((
                    format!("a change from {current:?} to {to:?} will be considered"),
                    "L1241–1275",
                ))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The chart at L1241–1275. `None` where the chart has no row (current NPS, home instruction,
/// residential): the caller applies the setting (M-1). The general pattern: a more restrictive
/// setting, or one that needs a new school, needs the psychologist.
pub fn program_change_needs_psychologist(
    current: Program,
    to: Program,
    ratio: RatioChange,
    at_current_site: bool,
    twelve_to_fifteen: bool,
) -> Option<bool> {
    use Program::*;
    let restrictive = matches!(to, SpecialClassD75 | Nps | HomeInstruction | Residential);
    Some(match current {
        GeneralEducationOnly | RelatedServicesOnly => {
            !matches!(to, GeneralEducationOnly | RelatedServicesOnly)
        }
        Setss => !matches!(to, GeneralEducationOnly | RelatedServicesOnly | Setss),
        Ict => !matches!(to, GeneralEducationOnly | RelatedServicesOnly | Setss | Ict),
        SpecialClass => match to {
            SpecialClass if twelve_to_fifteen => false,
            SpecialClass => ratio == RatioChange::MoreIntensive || !at_current_site,
            _ => restrictive,
        },
        SpecialClassD75 => match to {
            SpecialClassD75 => ratio == RatioChange::MoreIntensive || !at_current_site,
            _ => matches!(to, Nps | HomeInstruction | Residential),
        },
        Nps | HomeInstruction | Residential => return None,
    })
}
