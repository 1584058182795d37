//! Which members the meeting needs (digest 03 §3.1, L1169–1727), and whether each was there or
//! validly excused. Requirements are listed first, then checked, so the UI can also show the list
//! of who to invite before the meeting.

use super::{excusal, lead, psychologist, Ctx, Finding};
use crate::meeting::{
    Meeting, MeetingType, MemberRequestKind, Presence, Program, ProposedChange, Role,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A member the meeting must have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Requirement {
    pub rule_id: String,
    /// Any of these roles fills the requirement.
    pub roles: Vec<Role>,
    /// Why this member is needed, for the message ("the student has related services only").
    pub why: String,
    pub sopm: String,
    /// Must be covered for the whole meeting (checked by `presence`).
    pub whole_meeting: bool,
}

fn req(
    rule_id: &str,
    roles: &[Role],
    why: impl Into<String>,
    sopm: &str,
    whole: bool,
) -> Requirement {
    Requirement {
        rule_id: rule_id.into(),
        roles: roles.to_vec(),
        why: why.into(),
        sopm: sopm.into(),
        whole_meeting: whole,
    }
}

/// Programs being considered: the current one and every proposed one.
fn programs(m: &Meeting) -> impl Iterator<Item = Program> + '_ {
    let proposed = m.proposed_changes.iter().filter_map(|c| match c {
        ProposedChange::Program { to, .. } => Some(*to),
        _ => None,
    });
    m.context.current_program.into_iter().chain(proposed)
}

/// Related services only, now, or (at an initial meeting) as the only program considered:
/// a related service provider fills the special-education teacher's place (L1227 fn8, L1497,
/// L1597–1603).
pub fn related_services_only(m: &Meeting) -> bool {
    let mut any = false;
    for p in programs(m) {
        any = true;
        if p != Program::RelatedServicesOnly {
            return false;
        }
    }
    any
}

/// Is or may be in general education (L1565): the current or a considered program is one, the
/// team says so, or there is no program yet (a student being referred is in general education).
pub fn may_be_in_general_education(m: &Meeting) -> bool {
    m.context.may_be_in_general_education
        || m.context.current_program.is_none()
        || programs(m).any(Program::in_general_education)
        || m.considers(&ProposedChange::Declassification)
}

/// fn9 L1227: at a review, a timely requested parent member or physician is needed only when a
/// new special class or home instruction, or a change to a current special class (other than
/// 12:1/12:1+1 to 15:1 for high school), will be considered.
fn footnote_nine_applies(m: &Meeting) -> bool {
    let current_special = m
        .context
        .current_program
        .is_some_and(Program::is_special_class);
    m.proposed_changes.iter().any(|c| match c {
        ProposedChange::Program {
            to,
            twelve_to_fifteen_moving_to_high_school,
            ..
        } => {
            (to.is_special_class() && !current_special)
                || *to == Program::HomeInstruction
                || (current_special && !twelve_to_fifteen_moving_to_high_school)
        }
        _ => false,
    })
}

/// Every member this meeting requires.
pub fn required_members(m: &Meeting, cx: &Ctx) -> (Vec<Requirement>, Vec<Finding>) {
    let mut out = Vec::new();
    let mut notes = Vec::new();
    let t = m.effective_type();
    out.push(req(
        "district-representative-required",
        &[Role::DistrictRepresentative],
        "every IEP meeting needs one, to chair it",
        "L1181–1187, L1421",
        false,
    ));
    if let Some((why, sopm)) = psychologist::psychologist_reason(m, cx.meeting) {
        out.push(req(
            "school-psychologist-required",
            &[Role::SchoolPsychologist],
            why,
            sopm,
            false,
        ));
    }
    if related_services_only(m) {
        out.push(req("special-education-teacher-required", &[Role::RelatedServiceProvider],
            "the student has (or is considered for) related services only, so a related service provider fills the special education teacher's place for the whole meeting", "L1497, L1597–1603", true));
    } else {
        out.push(req(
            "special-education-teacher-required",
            &[Role::SpecialEducationTeacher],
            "one of the student's special education teachers must be present at all times",
            "L1497, L1529",
            true,
        ));
    }
    if may_be_in_general_education(m) {
        out.push(req(
            "general-education-teacher-required",
            &[Role::GeneralEducationTeacher],
            "the student is or may be in general education (including ICT)",
            "L1565, L1571",
            true,
        ));
    }
    let ell = m.context.english_language_learner || m.context.assessed_bilingually;
    if t == MeetingType::Initial && ell {
        out.push(req("bilingual-professional-required", &[Role::BilingualProfessional],
            "this is an initial meeting for an English language learner or a student assessed bilingually", "L1655", false));
    } else if m.context.bilingual_services
        || m.considers(&ProposedChange::StartBilingualProgramOrService)
    {
        out.push(req(
            "bilingual-professional-required",
            &[Role::BilingualProfessional],
            "a bilingual program or service is recommended or will be considered",
            "L1655",
            false,
        ));
    }
    if m.context.hearing_loss_consideration {
        out.push(req(
            "hearing-vision-teacher-required",
            &[Role::TeacherOfDeafAndHearingImpaired],
            "the student's hearing loss may need extra consideration",
            "L1701",
            false,
        ));
    }
    if m.context.vision_loss_consideration {
        out.push(req(
            "hearing-vision-teacher-required",
            &[Role::TeacherOfBlindAndPartiallySighted],
            "the student's vision loss may need extra consideration",
            "L1701",
            false,
        ));
    }
    for (kind, id, role, rule, sopm) in [
        (
            MemberRequestKind::ParentMember,
            "parent-member-required",
            Role::ParentMember,
            "parent-member-request",
            "L1671, L1227",
        ),
        (
            MemberRequestKind::Physician,
            "physician-required",
            Role::Physician,
            "physician-request",
            "L1685, L1227",
        ),
    ] {
        let Some(r) = m
            .member_requests
            .iter()
            .filter(|r| r.kind == kind)
            .min_by_key(|r| r.received_in_writing_on)
        else {
            continue;
        };
        match lead::due(rule, m.date(), cx.calendars, cx.rules) {
            Err(f) => notes.push(f),
            Ok(due) if r.received_in_writing_on > due => notes.push(Finding::warning(&format!("{id}-request-late"), sopm,
                format!("The written request for a {} arrived on {}, after {due} ({}), so the member is not required.",
                    role_name(role), r.received_in_writing_on, lead::describe(rule, cx.rules))).at("member_requests")),
            Ok(_) if t.is_review() && !footnote_nine_applies(m) => {}
            Ok(_) => out.push(req(id, &[role], format!("a {} was requested in writing in time", role_name(role)), sopm, false)),
        }
    }
    (out, notes)
}

/// A participant counts as there when present in a way the settings accept (M-2).
pub fn attends(p: &crate::meeting::Participant, cx: &Ctx) -> bool {
    p.presence != Presence::Video || cx.meeting.video_counts_as_present
}

/// Missing members, each named with the reason it is required.
pub fn check_composition(m: &Meeting, cx: &Ctx) -> Vec<Finding> {
    let (required, mut findings) = required_members(m, cx);
    for r in &required {
        let present = m
            .participants
            .iter()
            .any(|p| attends(p, cx) && r.roles.iter().any(|role| p.has(*role)));
        let excused = r
            .roles
            .iter()
            .any(|role| excusal::validly_excused(m, *role, cx));
        if !present && !excused {
            let names: Vec<&str> = r.roles.iter().map(|x| role_name(*x)).collect();
            findings.push(
                Finding::error(
                    &r.rule_id,
                    &r.sopm,
                    format!(
                        "No {} took part and none was validly excused: required because {}.",
                        names.join(" or "),
                        r.why
                    ),
                )
                .at("participants"),
            );
        }
    }
    if !m
        .participants
        .iter()
        .any(|p| attends(p, cx) && p.interprets_instructional_implications)
    {
        findings.push(Finding::error("instructional-implications-required", "L1521",
            "No participant is marked as able to interpret the instructional implications of the assessments; one must be present at every IEP meeting.")
            .at("participants"));
    }
    if m.considers(&ProposedChange::Declassification) && !m.effective_type().is_reevaluation() {
        findings.push(Finding::error("declassification-needs-reevaluation", "L1227",
            "Declassification is being considered, but this is not a reevaluation meeting: a reevaluation must be started before the team may declassify.")
            .at("proposed_changes"));
    }
    let rs_change = [
        ProposedChange::AddRelatedService,
        ProposedChange::ChangeRelatedService,
        ProposedChange::RemoveRelatedService,
    ];
    if rs_change.iter().any(|c| m.considers(c))
        && !related_services_only(m)
        && !m
            .with_role(Role::RelatedServiceProvider)
            .any(|p| attends(p, cx))
    {
        findings.push(Finding::warning("related-service-provider-suggested", "L1607",
            "A related service will be started or changed, but no related service provider took part; the school must make every effort to have the provider there.")
            .at("participants"));
    }
    findings
}

pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Parent => "parent",
        Role::DistrictRepresentative => "district representative",
        Role::SchoolPsychologist => "school psychologist",
        Role::SpecialEducationTeacher => "special education teacher",
        Role::RelatedServiceProvider => "related service provider",
        Role::GeneralEducationTeacher => "general education teacher",
        Role::SchoolSocialWorker => "school social worker",
        Role::ParentMember => "parent member",
        Role::Physician => "physician",
        Role::BilingualProfessional => "licensed bilingual professional",
        Role::Student => "student",
        Role::TransitionAgencyRepresentative => "transition agency representative",
        Role::TeacherOfDeafAndHearingImpaired => "Teacher of the Deaf and Hearing Impaired",
        Role::TeacherOfBlindAndPartiallySighted => "Teacher of the Blind or Partially Sighted",
        Role::Audiologist => "audiologist",
        Role::SchoolNurse => "school nurse",
        Role::AssessmentProfessional => "assessment professional",
        Role::SupervisoryPersonnel => "supervisor",
        Role::OtherSchoolPersonnel => "school staff member",
        Role::SpecialExpertise => "person with special knowledge of the student",
        Role::CaseManager => "case manager",
    }
}
