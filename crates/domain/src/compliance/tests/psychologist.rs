//! The school psychologist at annual and requested reviews: L1237–1297, L1535.

use super::*;
use crate::compliance::psychologist::program_change_needs_psychologist as needs;
use Program::*;
use RatioChange::*;

fn program(to: Program, ratio: Option<RatioChange>, here: bool, hs: bool) -> ProposedChange {
    ProposedChange::Program {
        to,
        ratio,
        available_at_current_site: here,
        twelve_to_fifteen_moving_to_high_school: hs,
    }
}

#[test]
fn chart_rows() {
    // L1241–1275, row by row.
    assert_eq!(
        needs(RelatedServicesOnly, Setss, Same, true, false),
        Some(true)
    );
    assert_eq!(
        needs(Setss, RelatedServicesOnly, Same, true, false),
        Some(false)
    );
    assert_eq!(needs(Setss, Ict, Same, true, false), Some(true));
    assert_eq!(needs(Ict, Setss, Same, true, false), Some(false));
    assert_eq!(needs(Ict, SpecialClass, Same, true, false), Some(true));
    assert_eq!(needs(SpecialClass, Ict, Same, true, false), Some(false));
    assert_eq!(
        needs(SpecialClass, SpecialClass, LessIntensive, true, false),
        Some(false)
    );
    assert_eq!(
        needs(SpecialClass, SpecialClass, LessIntensive, false, false),
        Some(true)
    );
    assert_eq!(
        needs(SpecialClass, SpecialClass, LessIntensive, false, true),
        Some(false),
        "12:1 to 15:1 for high school"
    );
    assert_eq!(
        needs(SpecialClass, SpecialClassD75, Same, false, false),
        Some(true)
    );
    assert_eq!(
        needs(SpecialClassD75, SpecialClassD75, LessIntensive, true, false),
        Some(false)
    );
    assert_eq!(
        needs(
            SpecialClassD75,
            SpecialClassD75,
            LessIntensive,
            false,
            false
        ),
        Some(true)
    );
    assert_eq!(
        needs(SpecialClassD75, SpecialClassD75, MoreIntensive, true, false),
        Some(true)
    );
    assert_eq!(needs(SpecialClassD75, Ict, Same, false, false), Some(false));
    assert_eq!(needs(SpecialClassD75, Nps, Same, false, false), Some(true));
    assert_eq!(
        needs(Nps, Ict, Same, false, false),
        None,
        "not in the chart: M-1"
    );
}

#[test]
fn program_change_at_a_review_fires_and_stays_silent() {
    // L1343 example: an ICT student whose parent wants a self-contained setting.
    let s = student();
    let mut m = annual_review(&s);
    m.proposed_changes.push(program(Setss, None, true, false));
    assert!(
        !fires(&m, &s, "school-psychologist-required"),
        "ICT to SETSS is less restrictive"
    );
    m.proposed_changes
        .push(program(SpecialClass, Some(Same), true, false));
    let f = findings(&m, &s);
    let psych = f
        .iter()
        .find(|f| f.rule_id == "school-psychologist-required")
        .expect("fires");
    assert_eq!(psych.sopm, "L1241–1275");
}

#[test]
fn untabulated_current_program_follows_the_setting() {
    // M-1: NPS is not in the chart; default required.
    let s = student();
    let mut m = annual_review(&s);
    m.context.current_program = Some(Nps);
    m.proposed_changes
        .push(program(SpecialClassD75, Some(Same), false, false));
    assert!(fires(&m, &s, "school-psychologist-required"));
    let lenient = MeetingSettings {
        psychologist_for_untabulated_programs: false,
        ..Default::default()
    };
    assert!(!findings_with(&m, &s, &lenient)
        .iter()
        .any(|f| f.rule_id == "school-psychologist-required"));
}

#[test]
fn other_triggers() {
    // L1277–1297 and L1535 (parent request, new psychological assessment).
    let s = student();
    for (c, line) in [
        (ProposedChange::ParentRequestsPsychologist, "L1535"),
        (ProposedChange::NewPsychologicalAssessment, "L1535"),
        (ProposedChange::StartParaprofessional, "L1279"),
        (ProposedChange::ChangeAlternateAssessment, "L1283"),
        (ProposedChange::StartSpecialTransportation, "L1287"),
        (ProposedChange::StartOrChangeCounseling, "L1291"),
        (
            ProposedChange::ChangeLanguageOfInstructionOrService,
            "L1295",
        ),
        (ProposedChange::FirstEsyInNonSpecializedSchool, "L1297"),
    ] {
        let mut m = annual_review(&s);
        m.proposed_changes.push(c.clone());
        let f = findings(&m, &s);
        let psych = f
            .iter()
            .find(|f| f.rule_id == "school-psychologist-required");
        assert_eq!(psych.map(|f| f.sopm.as_str()), Some(line), "{c:?}");
        m.participants
            .push(person("S. Psych", &[Role::SchoolPsychologist]));
        assert!(!fires(&m, &s, "school-psychologist-required"), "{c:?}");
    }
    let mut m = annual_review(&s);
    m.proposed_changes
        .push(ProposedChange::ChangeRelatedService);
    assert!(
        !fires(&m, &s, "school-psychologist-required"),
        "other related services do not trigger it (L1291)"
    );
}
