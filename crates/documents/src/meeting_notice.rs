//! The Notice of IEP Meeting (SOPM L1325): the meeting's type, date, time and place, who is
//! invited in which role, the parent's rights for the meeting, and whom to contact.
//!
//! The rights printed are those the manual ties to the meeting: to bring people who know the
//! child (L1723; an attorney announced in advance, fn41 L1367), to ask for an additional parent
//! member (L1671) and a physician (L1685) in writing 72 hours ahead, to an interpreter (L1433),
//! to another date or to take part by phone (L1339), to record the meeting (L1355), and to get
//! the assessments and reports before the meeting (L1325).

use crate::frame::{counted_language_name, Built, Frame, Head, Item, Section};
use crate::l10n::{Arg, Catalog};
use crate::{DocumentError, MeetingNoticeData};
use iepdesk_domain::language::Language;
use iepdesk_domain::meeting::{MeetingType, Role};

/// The rights, in the order printed.
const RIGHTS: [&str; 7] = [
    "right-bring-people",
    "right-parent-member",
    "right-physician",
    "right-interpreter",
    "right-reschedule",
    "right-record",
    "right-documents",
];

pub(crate) fn meeting_type_id(t: MeetingType) -> &'static str {
    match t {
        MeetingType::Initial => "initial",
        MeetingType::AnnualReview => "annual_review",
        MeetingType::RequestedReview => "requested_review",
        MeetingType::RequestedReevaluation => "requested_reevaluation",
        MeetingType::ThreeYearReevaluation => "three_year_reevaluation",
        MeetingType::Reconvene => "reconvene",
    }
}

/// Roles in the order of the team table (digest 03 §2.2), each with its message id.
pub(crate) const ROLES: [(Role, &str); 21] = [
    (Role::Parent, "parent"),
    (Role::Student, "student"),
    (Role::DistrictRepresentative, "district_representative"),
    (Role::CaseManager, "case_manager"),
    (Role::SchoolPsychologist, "school_psychologist"),
    (Role::SpecialEducationTeacher, "special_education_teacher"),
    (Role::GeneralEducationTeacher, "general_education_teacher"),
    (Role::RelatedServiceProvider, "related_service_provider"),
    (Role::SchoolSocialWorker, "school_social_worker"),
    (Role::ParentMember, "parent_member"),
    (Role::Physician, "physician"),
    (Role::BilingualProfessional, "bilingual_professional"),
    (
        Role::TransitionAgencyRepresentative,
        "transition_agency_representative",
    ),
    (
        Role::TeacherOfDeafAndHearingImpaired,
        "teacher_of_deaf_and_hearing_impaired",
    ),
    (
        Role::TeacherOfBlindAndPartiallySighted,
        "teacher_of_blind_and_partially_sighted",
    ),
    (Role::Audiologist, "audiologist"),
    (Role::SchoolNurse, "school_nurse"),
    (Role::AssessmentProfessional, "assessment_professional"),
    (Role::SupervisoryPersonnel, "supervisory_personnel"),
    (Role::OtherSchoolPersonnel, "other_school_personnel"),
    (Role::SpecialExpertise, "special_expertise"),
];

pub(crate) fn build(
    catalog: &Catalog,
    language: &Language,
    data: &MeetingNoticeData,
) -> Result<Built, DocumentError> {
    let m = &data.meeting;
    if m.participants.is_empty() {
        return Err(DocumentError::Incomplete {
            field: "meeting.participants".into(),
            message:
                "the notice names who is invited, by role: add the team members to the meeting"
                    .into(),
        });
    }
    if m.place.trim().is_empty() {
        return Err(DocumentError::Incomplete {
            field: "meeting.place".into(),
            message: "the notice says where the meeting is held".into(),
        });
    }
    let f = Frame::open(catalog, language, &data.student, &data.contact)?;
    let t = &f.t;

    let mut kind = t.t(&format!("meeting-type-{}", meeting_type_id(m.meeting_type)))?;
    if let (MeetingType::Reconvene, Some(of)) = (m.meeting_type, m.reconvenes) {
        let original = t.format_uncounted(&format!("meeting-type-{}", meeting_type_id(of)), &[])?;
        kind = t.t_args(
            "meeting-type-reconvene-of",
            &[("type", Arg::Str(&original))],
        )?;
    }
    let mut rows = vec![
        [t.t("field-student-name")?, f.student_name(&data.student)?],
        [t.t("field-meeting-type")?, kind],
        [t.t("field-meeting-date")?, t.date(m.date())?],
        [t.t("field-meeting-time")?, f.time(m.starts_at)?],
        // The place is an address or a room, the same in every language.
        [t.t("field-meeting-place")?, m.place.trim().to_string()],
    ];
    if let Some(i) = &m.interpreter {
        let language = counted_language_name(t, i.language.language());
        rows.push([
            t.t("field-meeting-interpreter")?,
            t.t_args(
                "meeting-interpreter-value",
                &[("language", Arg::Str(&language))],
            )?,
        ]);
    }
    if m.parent_needs_sign_language {
        rows.push([
            t.t("field-meeting-interpreter")?,
            t.t("meeting-sign-language-value")?,
        ]);
    }
    let mut sections = vec![Section::Facts {
        title: t.t("section-meeting-details")?,
        rows,
    }];

    // Who is invited, by role: one row per role a participant holds, in the team table's order.
    let mut table = Vec::new();
    for (role, id) in ROLES {
        for p in m.participants.iter().filter(|p| p.has(role)) {
            table.push(vec![t.t(&format!("role-{id}"))?, p.name.trim().to_string()]);
        }
    }
    sections.push(Section::Block {
        title: t.t("section-meeting-participants")?,
        body: vec![
            f.par("participants-intro")?,
            Item::Table {
                header: vec![t.t("column-role")?, t.t("column-name")?],
                rows: table,
            },
        ],
    });

    let mut rights = Vec::new();
    for id in RIGHTS {
        rights.push(t.t(id)?);
    }
    sections.push(Section::Block {
        title: t.t("section-meeting-rights")?,
        body: vec![Item::List { items: rights }],
    });
    sections.push(Section::Block {
        title: t.t("section-questions")?,
        body: f.contact_items("meeting-contact", &data.contact)?,
    });
    if let Some(s) = f.english_parts_section(&data.contact, false)? {
        sections.push(s);
    }

    let sent = m.notice_sent_on.unwrap_or(data.produced_on);
    let head = Head {
        title: f.t.t("meeting-notice-title")?,
        form: None,
        keyword: "Notice of IEP Meeting",
        produced_on: data.produced_on,
        subtitle: vec![f
            .t
            .t_args("notice-date", &[("date", Arg::Str(&f.t.date(sent)?))])?],
        notices: f.legal_notice()?,
        intro: vec![f.t.t("meeting-notice-intro")?],
    };
    f.finish(&data.student, head, sections)
}
