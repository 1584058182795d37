//! Programs and services: every row's parameters, parent counseling and training, OT/PT
//! prescriptions, paraprofessionals and their training, assistive technology, language of
//! services (L2147–L2405, L2647).

use super::{blank, err, warn, ContentCx};
use crate::compliance::Finding;
use crate::iep::common::{GroupKind, ServiceLocation};
use crate::iep::evaluation::Classification;
use crate::iep::placement::LanguageDetermination;
use crate::iep::programs::{
    AtKind, ParaType, PeDetermination, ProgramKind, RelatedServiceType as R, StaffRole,
    SupportKind, TechLevel,
};

pub fn check(cx: &ContentCx) -> Vec<Finding> {
    let c = cx.content;
    let ps = &c.programs_services;
    let mut out = Vec::new();
    if ps.programs.is_empty() && ps.related_services.is_empty() {
        out.push(err(
            "programs-services-missing",
            "L2147",
            "programs_services.programs",
            "Recommend the special-education programs and/or related services the goals require.",
        ));
    }
    let bilingual = c.special_factors.ell.applies == Some(true)
        && c.placement.language_determination == Some(LanguageDetermination::Bilingual);

    for (i, p) in ps.programs.iter().enumerate() {
        let at = format!("programs_services.programs.{i}");
        let Some(kind) = p.program else {
            out.push(err(
                "program-incomplete",
                "L2165",
                format!("{at}.program"),
                "Choose the program.",
            ));
            continue;
        };
        let mut missing = |field: &str, sopm: &str, what: &str| {
            out.push(err(
                "program-incomplete",
                sopm,
                format!("{at}.{field}"),
                format!("Every program row needs its {what}."),
            ))
        };
        if !p.frequency.is_set() {
            missing("frequency", "L2163", "frequency (times per period)");
        }
        if p.duration_minutes.is_none() {
            missing("duration_minutes", "L2163", "duration in minutes");
        }
        if blank(&p.location) {
            missing("location", "L2163", "location");
        }
        if p.projected_start.is_none() {
            missing("projected_start", "L2163", "projected start date");
        }
        if matches!(
            kind,
            ProgramKind::Setss | ProgramKind::Ict | ProgramKind::SpecialClass
        ) && p.subject.is_none()
        {
            missing("subject", "L2175", "subject (one row per subject)");
        }
        if kind == ProgramKind::Setss {
            match p.group {
                None => missing("group", "L2167", "choice of individual or group SETSS"),
                Some(GroupKind::Group) if p.group_size.is_none() => {
                    missing("group_size", "L2167", "group size (at most 8)")
                }
                _ => {}
            }
        }
        if kind == ProgramKind::SpecialClass {
            if p.setting.is_none() {
                missing(
                    "setting",
                    "L2175",
                    "class setting (District 1–32, District 75 or non-public school)",
                );
            }
            if p.ratio.is_none() {
                missing("ratio", "L2175", "class ratio");
            }
        }
        if kind == ProgramKind::AdaptedPhysicalEducation && p.group_size.is_none() {
            missing("group_size", "L2193", "class size");
        }
        if bilingual
            && matches!(
                kind,
                ProgramKind::Setss | ProgramKind::Ict | ProgramKind::SpecialClass
            )
            && p.language.is_none()
        {
            out.push(err(
                "service-language-missing",
                "L2647",
                format!("{at}.language"),
                "The student needs bilingual services: set the language of this program.",
            ));
        }
    }

    for (i, s) in ps.related_services.iter().enumerate() {
        let at = format!("programs_services.related_services.{i}");
        let Some(kind) = s.service else {
            out.push(err(
                "related-service-incomplete",
                "L2197",
                format!("{at}.service"),
                "Choose the related service.",
            ));
            continue;
        };
        let mut missing = |field: &str, sopm: &str, what: &str| {
            out.push(err(
                "related-service-incomplete",
                sopm,
                format!("{at}.{field}"),
                format!("Every related service needs its {what}."),
            ))
        };
        if kind == R::Other && blank(&s.other_service) {
            missing("other_service", "L2197", "name when it is \"other\"");
        }
        match s.group {
            None => missing("group", "L2223", "choice of individual or group"),
            Some(GroupKind::Group) if s.group_size.is_none() => {
                missing("group_size", "L2223", "group size")
            }
            _ => {}
        }
        if !s.frequency.is_set() {
            missing("frequency", "L2223", "frequency (times per period)");
        }
        if s.duration_minutes.is_none() {
            missing("duration_minutes", "L2223", "duration in minutes");
        }
        match s.location {
            None => missing("location", "L2207", "location"),
            Some(ServiceLocation::SeparateLocation) if blank(&s.separate_location) => {
                missing("separate_location", "L2207", "separate location, named")
            }
            _ => {}
        }
        if s.projected_start.is_none() {
            missing("projected_start", "L2223", "projected start date");
        }
        if kind != R::ParentCounselingAndTraining && s.goal_ids.is_empty() {
            out.push(warn(
                "related-service-goals-missing",
                "L2197",
                format!("{at}.goal_ids"),
                "A related service is recommended for the goals it serves: link them.",
            ));
        }
        for (j, id) in s.goal_ids.iter().enumerate() {
            if !c.annual_goals.goals.iter().any(|g| &g.id == id) {
                out.push(err(
                    "related-service-unknown-goal",
                    "L2197",
                    format!("{at}.goal_ids.{j}"),
                    "This service points at a goal that is no longer listed.",
                ));
            }
        }
        if s.initial
            && matches!(kind, R::OccupationalTherapy | R::PhysicalTherapy)
            && s.prescription_received_on.is_none()
        {
            out.push(warn("ot-pt-prescription-missing", "L2207", format!("{at}.prescription_received_on"), "Initial OT or PT needs a physician's prescription before the service can begin; the social worker can help the parent obtain one."));
        }
        if bilingual
            && matches!(kind, R::SpeechLanguageTherapy | R::Counseling)
            && s.language.is_none()
        {
            out.push(err(
                "service-language-missing",
                "L2647",
                format!("{at}.language"),
                "The student needs bilingual services: set the language of this service.",
            ));
        }
    }

    let has_pct = ps.has_service(R::ParentCounselingAndTraining);
    if c.evaluation.classification == Some(Classification::Autism) && !has_pct {
        out.push(err("parent-counseling-required-autism", "L1877", "programs_services.related_services", "The student is classified with autism: parent counseling and training must be recommended, whatever the program (the parent need not attend)."));
    }
    if let Some((i, _)) = ps.programs.iter().enumerate().find(|(_, p)| {
        p.program == Some(ProgramKind::SpecialClass)
            && p.ratio.is_some_and(|r| r.requires_parent_counseling())
    }) {
        if !has_pct {
            out.push(err("parent-counseling-required-class", "L2219", format!("programs_services.programs.{i}.ratio"), "An 8:1+1, 6:1+1 or 12:1+(3:1) special class requires parent counseling and training among the related services."));
        }
    }

    match ps.physical_education {
        None => out.push(err("pe-determination-missing", "L2179", "programs_services.physical_education", "Decide the student's physical education: regular, regular with special equipment, or adapted (APE).")),
        Some(PeDetermination::Adapted) if !ps.programs.iter().any(|p| p.program == Some(ProgramKind::AdaptedPhysicalEducation)) => {
            out.push(err("ape-program-missing", "L2193", "programs_services.programs", "APE is a special-education program: add it with class size, frequency, duration and location."))
        }
        _ => {}
    }

    for (i, p) in ps.paraprofessionals.iter().enumerate() {
        let at = format!("programs_services.paraprofessionals.{i}");
        let mut missing = |field: &str, what: &str| {
            out.push(err(
                "paraprofessional-incomplete",
                "L2285",
                format!("{at}.{field}"),
                format!("An IEP-assigned paraprofessional needs its {what}."),
            ))
        };
        if p.para_type.is_none() {
            missing("para_type", "type");
        }
        if p.ratio.is_none() {
            missing("ratio", "ratio (1:1 or shared)");
        }
        if blank(&p.purpose) {
            missing("purpose", "purpose and the need it meets");
        }
        if blank(&p.responsibilities) {
            missing("responsibilities", "responsibilities");
        }
        if p.activities.is_empty() {
            missing("activities", "times and activities");
        }
        if blank(&p.progress_monitoring) {
            missing("progress_monitoring", "process for monitoring progress");
        }
        match p.para_type {
            Some(ParaType::BehaviorSupport) => {
                let b = &c.special_factors.behavior;
                if b.fba_on.is_none() {
                    out.push(err("behavior-para-needs-fba", "L2299", format!("{at}.para_type"), "A behavior-support paraprofessional requires a Functional Behavioral Assessment first: record its date under special factors (behavior)."));
                }
                if b.bip_on.is_none() {
                    out.push(err("behavior-para-needs-bip", "L2299", format!("{at}.para_type"), "A behavior-support paraprofessional requires a Behavior Intervention Plan, tried first: record its date under special factors (behavior)."));
                }
            }
            Some(ParaType::Health) if p.urgent_care_condition && !p.skilled_nursing_referral => {
                out.push(err("health-para-needs-nursing-referral", "L2309", format!("{at}.skilled_nursing_referral"), "A condition that may need urgent care requires a non-1:1 skilled nursing referral in addition to the health paraprofessional."));
            }
            Some(ParaType::Toileting) if p.toileting.is_none() => {
                missing("toileting", "toileting mode (training or assistance)")
            }
            Some(ParaType::OrientationMobility)
                if p.unsafe_traveler_assessed_on.is_none()
                    || c.special_factors.vision.applies != Some(true) =>
            {
                out.push(err("om-para-needs-assessment", "L2333", format!("{at}.unsafe_traveler_assessed_on"), "An orientation-and-mobility paraprofessional is only for a blind or severely visually impaired student assessed as an unsafe independent traveler."));
            }
            _ => {}
        }
    }
    if !ps.paraprofessionals.is_empty()
        && !ps
            .personnel_supports
            .iter()
            .any(|s| s.recipient == Some(StaffRole::Paraprofessional))
    {
        out.push(err("paraprofessional-training-missing", "L2297", "programs_services.personnel_supports", "An IEP-assigned paraprofessional needs training: add it under supports for school personnel, for the paraprofessional, with who provides it."));
    }

    for (i, t) in ps.assistive_technology.iter().enumerate() {
        let at = format!("programs_services.assistive_technology.{i}");
        let mut missing = |field: &str, sopm: &str, what: &str| {
            out.push(err(
                "assistive-technology-incomplete",
                sopm,
                format!("{at}.{field}"),
                format!("Assistive technology needs its {what}."),
            ))
        };
        if t.kind.is_none() {
            missing("kind", "L2337", "kind (device or service)");
        }
        if blank(&t.description) {
            missing("description", "L2335", "description");
        }
        if t.used_in.is_empty() {
            missing("used_in", "L2335", "settings where it is used");
        }
        if t.kind == Some(AtKind::Device) && t.level.is_none() {
            missing("level", "L2345", "level (low or high tech)");
        }
        if t.level == Some(TechLevel::High) && t.assessment_on.is_none() {
            out.push(warn("high-tech-at-assessment-missing", "L2353", format!("{at}.assessment_on"), "High-tech AT is recommended after an AT assessment, reviewed at the meeting: record its date."));
        }
    }
    if ps
        .assistive_technology
        .iter()
        .any(|t| t.kind == Some(AtKind::Device))
        && !ps
            .personnel_supports
            .iter()
            .any(|s| s.kind == Some(SupportKind::AssistiveTechnologyTraining))
    {
        out.push(warn("at-training-missing", "L2349", "programs_services.personnel_supports", "Staff training on the student's AT device belongs under supports for school personnel."));
    }
    for (i, s) in ps.personnel_supports.iter().enumerate() {
        if s.kind.is_none() {
            out.push(err(
                "personnel-support-incomplete",
                "L2415",
                format!("programs_services.personnel_supports.{i}.kind"),
                "Choose the kind of support.",
            ));
        }
        if s.recipient.is_none() {
            out.push(err(
                "personnel-support-incomplete",
                "L2415",
                format!("programs_services.personnel_supports.{i}.recipient"),
                "Say which staff receive the support.",
            ));
        }
    }
    for (i, a) in ps.supplementary_aids.iter().enumerate() {
        if a.aid.is_none() {
            out.push(err(
                "supplementary-aid-incomplete",
                "L2227",
                format!("programs_services.supplementary_aids.{i}.aid"),
                "Choose the aid or modification.",
            ));
        }
    }
    out
}
