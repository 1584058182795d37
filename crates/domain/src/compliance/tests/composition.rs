//! Required members per meeting type and proposed change: L1181–1187, L1227, L1497, L1521,
//! L1529, L1535, L1565, L1597–1607, L1655, L1671, L1685, L1701.

use super::*;

fn without(m: &mut Meeting, role: Role) {
    m.participants.retain(|p| !p.has(role));
}

#[test]
fn district_representative_every_meeting() {
    // L1181–1187, L1421.
    let s = student();
    let mut m = annual_review(&s);
    assert!(!fires(&m, &s, "district-representative-required"));
    without(&mut m, Role::DistrictRepresentative);
    assert!(fires(&m, &s, "district-representative-required"));
}

#[test]
fn psychologist_at_initial_and_reevaluations() {
    // L1535: initial, requested and three-year reevaluation meetings.
    let s = student();
    for t in [
        MeetingType::Initial,
        MeetingType::RequestedReevaluation,
        MeetingType::ThreeYearReevaluation,
    ] {
        let mut m = annual_review(&s);
        m.meeting_type = t;
        assert!(fires(&m, &s, "school-psychologist-required"), "{t:?}");
        m.participants
            .push(person("S. Psych", &[Role::SchoolPsychologist]));
        assert!(!fires(&m, &s, "school-psychologist-required"), "{t:?}");
    }
}

#[test]
fn reconvened_meeting_keeps_the_original_rules() {
    // L1495, L1739: a reconvened initial meeting still needs the psychologist.
    let s = student();
    let mut m = annual_review(&s);
    m.meeting_type = MeetingType::Reconvene;
    m.reconvenes = Some(MeetingType::Initial);
    assert!(fires(&m, &s, "school-psychologist-required"));
}

#[test]
fn special_education_teacher_required() {
    // L1497, L1529.
    let s = student();
    let mut m = annual_review(&s);
    without(&mut m, Role::SpecialEducationTeacher);
    m.participants[0].interprets_instructional_implications = true;
    assert!(fires(&m, &s, "special-education-teacher-required"));
}

#[test]
fn related_service_provider_fills_the_place_for_related_services_only() {
    // L1497, L1597–1603; fn8 L1227: an initial meeting considering related services only.
    let s = student();
    let mut m = annual_review(&s);
    m.context.current_program = Some(Program::RelatedServicesOnly);
    without(&mut m, Role::SpecialEducationTeacher);
    m.participants[0].interprets_instructional_implications = true;
    assert!(fires(&m, &s, "special-education-teacher-required"));
    m.participants
        .push(person("R. Speech", &[Role::RelatedServiceProvider]));
    assert!(!fires(&m, &s, "special-education-teacher-required"));
}

#[test]
fn general_education_teacher_when_student_is_or_may_be_in_gen_ed() {
    // L1565: required for ICT; not for a special class unless gen ed is considered.
    let s = student();
    let mut m = annual_review(&s);
    without(&mut m, Role::GeneralEducationTeacher);
    assert!(fires(&m, &s, "general-education-teacher-required"));
    m.context.current_program = Some(Program::SpecialClass);
    assert!(!fires(&m, &s, "general-education-teacher-required"));
    m.context.may_be_in_general_education = true;
    assert!(fires(&m, &s, "general-education-teacher-required"));
}

#[test]
fn instructional_implications_every_meeting() {
    // L1521.
    let s = student();
    let mut m = annual_review(&s);
    m.participants[1].interprets_instructional_implications = false;
    assert!(fires(&m, &s, "instructional-implications-required"));
}

#[test]
fn bilingual_professional_initial_ell_or_bilingual_services() {
    // L1655.
    let s = student();
    let mut m = annual_review(&s);
    m.context.english_language_learner = true;
    assert!(
        !fires(&m, &s, "bilingual-professional-required"),
        "a later meeting without bilingual services"
    );
    m.meeting_type = MeetingType::Initial;
    assert!(fires(&m, &s, "bilingual-professional-required"));
    m.meeting_type = MeetingType::AnnualReview;
    m.proposed_changes
        .push(ProposedChange::StartBilingualProgramOrService);
    assert!(fires(&m, &s, "bilingual-professional-required"));
    m.participants
        .push(person("B. Bilingual", &[Role::BilingualProfessional]));
    assert!(!fires(&m, &s, "bilingual-professional-required"));
}

#[test]
fn hearing_and_vision_teachers() {
    // L1701.
    let s = student();
    let mut m = annual_review(&s);
    m.context.hearing_loss_consideration = true;
    assert!(fires(&m, &s, "hearing-vision-teacher-required"));
    m.participants
        .push(person("H. TOD", &[Role::TeacherOfDeafAndHearingImpaired]));
    assert!(!fires(&m, &s, "hearing-vision-teacher-required"));
}

fn request(kind: MemberRequestKind, on: NaiveDate) -> MemberRequest {
    MemberRequest {
        kind,
        requested_by: Requester::Parent,
        received_in_writing_on: on,
    }
}

#[test]
fn parent_member_on_timely_request() {
    // L1671: in writing at least 72 hours before (catalog `parent-member-request`: Mar 7 for Mar 10).
    let s = student();
    let mut m = annual_review(&s);
    m.meeting_type = MeetingType::ThreeYearReevaluation;
    m.participants
        .push(person("S. Psych", &[Role::SchoolPsychologist]));
    m.member_requests
        .push(request(MemberRequestKind::ParentMember, d(2026, 3, 7)));
    assert!(fires(&m, &s, "parent-member-required"));
    m.participants
        .push(person("M. Parent", &[Role::ParentMember]));
    assert!(!fires(&m, &s, "parent-member-required"));
}

#[test]
fn late_parent_member_request_is_a_warning_only() {
    // L1671.
    let s = student();
    let mut m = annual_review(&s);
    m.member_requests
        .push(request(MemberRequestKind::ParentMember, d(2026, 3, 8)));
    let f = findings(&m, &s);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule_id, "parent-member-required-request-late");
    assert_eq!(f[0].severity, Severity::Warning);
}

#[test]
fn physician_at_review_only_for_footnote_nine_changes() {
    // L1685, fn9/fn10 L1227: at a review the meeting proceeds without the physician unless a new
    // special class or home instruction, or a change to a special class, is considered.
    let s = student();
    let mut m = annual_review(&s);
    m.member_requests
        .push(request(MemberRequestKind::Physician, d(2026, 3, 1)));
    assert!(!fires(&m, &s, "physician-required"));
    m.proposed_changes.push(ProposedChange::Program {
        to: Program::HomeInstruction,
        ratio: None,
        available_at_current_site: false,
        twelve_to_fifteen_moving_to_high_school: false,
    });
    assert!(fires(&m, &s, "physician-required"));
}

#[test]
fn declassification_needs_a_reevaluation() {
    // fn6 L1227.
    let s = student();
    let mut m = annual_review(&s);
    m.proposed_changes.push(ProposedChange::Declassification);
    assert!(fires(&m, &s, "declassification-needs-reevaluation"));
    m.meeting_type = MeetingType::ThreeYearReevaluation;
    assert!(!fires(&m, &s, "declassification-needs-reevaluation"));
}

#[test]
fn related_service_provider_suggested_when_a_service_changes() {
    // L1607, fn52.
    let s = student();
    let mut m = annual_review(&s);
    m.proposed_changes.push(ProposedChange::AddRelatedService);
    let f = findings(&m, &s);
    assert_eq!(
        f.iter()
            .map(|f| (f.rule_id.as_str(), f.severity))
            .collect::<Vec<_>>(),
        [("related-service-provider-suggested", Severity::Warning)]
    );
    m.participants
        .push(person("O. OT", &[Role::RelatedServiceProvider]));
    assert!(findings(&m, &s).is_empty());
}

#[test]
fn video_presence_follows_the_setting() {
    // M-2: video counts as phone by default.
    let s = student();
    let mut m = annual_review(&s);
    m.participants[0].presence = Presence::Video;
    assert!(findings(&m, &s).is_empty());
    let strict = MeetingSettings {
        video_counts_as_present: false,
        ..Default::default()
    };
    assert!(findings_with(&m, &s, &strict)
        .iter()
        .any(|f| f.rule_id == "district-representative-required"));
}
