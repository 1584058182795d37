//! Who may sign as parent (L239, L245–257, L295, L331, L463) and surrogates (L283–289, L303).

use super::*;

fn signs(s: &Signer) -> Vec<Finding> {
    check_signer(
        s,
        ConsentKind::InitialEvaluation,
        d(2026, 1, 15),
        cal(),
        &rs(),
    )
}

#[test]
fn birth_parent_signs_unless_rights_are_gone() {
    // L245–255.
    let mut s = birth_parent();
    assert!(signs(&s).is_empty());
    s.birth_parent_status = BirthParentStatus::TerminatedOrSurrendered;
    assert_eq!(ids(&signs(&s)), ["signer-no-authority"]);
}

#[test]
fn others_sign_only_when_the_birth_parent_cannot() {
    // L245: e.g. a foster parent or guardian when rights are terminated.
    let mut s = birth_parent();
    s.parent_type = ParentType::FosterParent;
    assert_eq!(ids(&signs(&s)), ["signer-no-authority"]);
    s.birth_parent_status = BirthParentStatus::TerminatedOrSurrendered;
    assert!(signs(&s).is_empty());
}

#[test]
fn court_order_decides() {
    // L257.
    let mut s = birth_parent();
    s.parent_type = ParentType::ActingInPlaceOfParent;
    assert_eq!(
        ids(&signs(&s)),
        ["signer-no-authority"],
        "living with the child is not authority"
    );
    s.named_by_court_order = true;
    assert!(signs(&s).is_empty());
}

#[test]
fn relative_acts_when_the_parent_cannot_be_found() {
    // L331.
    let mut s = birth_parent();
    s.parent_type = ParentType::PersonInParentalRelation;
    s.birth_parent_status = BirthParentStatus::WhereaboutsUnknown;
    assert!(signs(&s).is_empty());
}

#[test]
fn foster_care_parent_missing_needs_a_surrogate() {
    // L295.
    let mut s = birth_parent();
    s.parent_type = ParentType::FosterParent;
    s.birth_parent_status = BirthParentStatus::WhereaboutsUnknown;
    assert_eq!(ids(&signs(&s)), ["surrogate-needed"]);
}

#[test]
fn caseworkers_and_the_state_never_sign() {
    // L257.
    let mut s = birth_parent();
    s.parent_type = ParentType::StateOrCaseworker;
    s.named_by_court_order = true;
    assert_eq!(ids(&signs(&s)), ["signer-never-parent"]);
}

#[test]
fn adult_student_cannot_consent() {
    // L331, L463.
    let mut s = birth_parent();
    s.parent_type = ParentType::AdultStudent;
    assert_eq!(ids(&signs(&s)), ["adult-student-cannot-consent"]);
}

#[test]
fn noncustodial_parent() {
    // L257.
    let mut s = birth_parent();
    s.custody = Some(Custody::Noncustodial);
    assert_eq!(ids(&signs(&s)), ["signer-no-authority"]);
    s.custody = Some(Custody::NoncustodialWithPartialAuthority);
    assert_eq!(ids(&signs(&s)), ["signer-custody-unclear"]);
    s.custody = Some(Custody::JointCustodial);
    assert!(signs(&s).is_empty());
}

#[test]
fn gol_designation() {
    // L239: written, at most six months, notarized and signed by both when over 30 days.
    let mut s = birth_parent();
    s.parent_type = ParentType::GolDesignee;
    assert_eq!(ids(&signs(&s)), ["gol-designation-invalid"]);
    s.gol_designation = Some(GolDesignation {
        starts_on: d(2026, 1, 1),
        ends_on: d(2026, 1, 30),
        in_writing: true,
        notarized: false,
        signed_by_designee: false,
        signed_by_parent: false,
    });
    assert!(signs(&s).is_empty(), "30 days needs no notary");
    let g = s.gol_designation.as_mut().unwrap();
    g.ends_on = d(2026, 3, 1);
    let f = signs(&s);
    assert!(f[0].message.contains("notarized"), "{}", f[0].message);
    let g = s.gol_designation.as_mut().unwrap();
    (g.notarized, g.signed_by_designee, g.signed_by_parent) = (true, true, true);
    assert!(signs(&s).is_empty());
    s.gol_designation.as_mut().unwrap().ends_on = d(2026, 8, 1);
    assert!(signs(&s)[0].message.contains("six months"));
}

fn appointment() -> SurrogateAppointment {
    SurrogateAppointment {
        surrogate_name: "S. Rogate".into(),
        source: SurrogateSource::SchoolList,
        need_determined_on: d(2026, 1, 5),
        appointed_on: Some(d(2026, 1, 12)),
        temporary: false,
        unaccompanied_homeless_youth: false,
        agency_employee_or_caseworker: false,
        conflicting_interest: false,
        knowledge_and_skills: true,
    }
}

#[test]
fn surrogate_within_ten_business_days() {
    // L303 via catalog `surrogate-appointment`: Jan 5 + 10 business days (MLK Day Jan 19) = Jan 20.
    let mut a = appointment();
    assert!(check_surrogate(&a, d(2026, 2, 1), cal(), &rs()).is_empty());
    a.appointed_on = Some(d(2026, 1, 21));
    assert_eq!(
        ids(&check_surrogate(&a, d(2026, 2, 1), cal(), &rs())),
        ["surrogate-late"]
    );
    a.appointed_on = None;
    assert!(
        check_surrogate(&a, d(2026, 1, 20), cal(), &rs()).is_empty(),
        "not yet late"
    );
}

#[test]
fn surrogate_qualifications() {
    // L283–289.
    let mut a = appointment();
    a.agency_employee_or_caseworker = true;
    a.knowledge_and_skills = false;
    let f = check_surrogate(&a, d(2026, 2, 1), cal(), &rs());
    assert_eq!(ids(&f), ["surrogate-disqualified"]);
    assert!(f[0].message.contains("knowledge"), "{}", f[0].message);
}

#[test]
fn temporary_surrogate_only_for_unaccompanied_homeless_youth() {
    // L283.
    let mut a = appointment();
    a.temporary = true;
    assert_eq!(
        ids(&check_surrogate(&a, d(2026, 2, 1), cal(), &rs())),
        ["surrogate-temporary-not-allowed"]
    );
    a.source = SurrogateSource::ShelterOrOutreachStaff;
    a.unaccompanied_homeless_youth = true;
    a.agency_employee_or_caseworker = true;
    assert!(check_surrogate(&a, d(2026, 2, 1), cal(), &rs()).is_empty());
}
