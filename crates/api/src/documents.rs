//! Parent documents from a case (CASE.json today, the app's records later): which record each
//! document is made from, and a clear error naming the case field when the case lacks it.
//! Rendering itself is `iepdesk_documents`, through its process-wide engine.

use crate::{ApiError, ApiErrorKind};
use chrono::NaiveDate;
use iepdesk_domain::case::Case;
use iepdesk_domain::meeting::{Meeting, Role};
use iepdesk_domain::notices::{ConsentKind, PwnSituation};
use iepdesk_domain::{FieldError, StartIepDraft};

pub use iepdesk_documents::{
    supported_locales, Conformance, ContactPerson, DocumentData, DocumentError, DocumentKind,
    RenderedDocument,
};

/// Which document to produce. A notice or consent form without its situation or kind is the one
/// the case has, when it has exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentRequest {
    Iep,
    Pwn(Option<PwnSituation>),
    MeetingNotice,
    Consent(Option<ConsentKind>),
}

/// Renders `doc` from `case` in `locale`, produced on `today`. `contact` is the person the parent
/// contacts; without one, the meeting's case manager (or district representative) is named.
pub fn render_case(
    case: &Case,
    doc: DocumentRequest,
    locale: &str,
    contact: Option<ContactPerson>,
    today: NaiveDate,
) -> Result<RenderedDocument, ApiError> {
    let engine = iepdesk_documents::DocumentEngine::shared().map_err(internal)?;
    let (data, at) = document_data(case, doc, contact, today)?;
    engine
        .render(locale, &data)
        .map_err(|e| document_error(e, &at))
}

/// The document's data from the case, and the case path its record sits at (to name fields).
pub fn document_data(
    case: &Case,
    doc: DocumentRequest,
    contact: Option<ContactPerson>,
    today: NaiveDate,
) -> Result<(DocumentData, String), ApiError> {
    let contact = match contact {
        Some(c) if !c.name.trim().is_empty() => c,
        _ => default_contact(case.iep.meeting.as_ref())?,
    };
    let student = case.student.clone();
    Ok(match doc {
        DocumentRequest::Iep => {
            let (mut iep, _) = StartIepDraft {
                student_id: student.id,
            }
            .start(1);
            iep.content = case.iep.clone();
            let data = iepdesk_documents::IepDocumentData {
                student,
                iep,
                contact,
                produced_on: today,
                utc_offset_minutes: 0,
                part: iepdesk_documents::IepPart::Whole,
            };
            (data.into(), "iep".into())
        }
        DocumentRequest::Pwn(situation) => {
            let (i, notice) = pick(
                &case.notices,
                |n| situation.is_none_or(|s| n.situation == s),
                "notices",
                || match situation {
                    Some(s) => format!(
                        "the case has no Prior Written Notice for the situation `{}`",
                        snake(&s)
                    ),
                    None => "the case has no Prior Written Notice".into(),
                },
                || {
                    let found: Vec<String> =
                        case.notices.iter().map(|n| snake(&n.situation)).collect();
                    format!(
                        "the case has {} notices ({}): choose one with --situation",
                        found.len(),
                        found.join(", ")
                    )
                },
            )?;
            let data = iepdesk_documents::PwnDocumentData {
                student,
                notice: notice.clone(),
                contact,
                last_psn_given: case.last_psn_before(notice.sent_on),
                produced_on: today,
            };
            (data.into(), format!("notices[{i}]"))
        }
        DocumentRequest::MeetingNotice => {
            let meeting = case.iep.meeting.clone().ok_or_else(|| {
                invalid("iep.meeting", "the case has no IEP meeting: a Notice of IEP Meeting needs its date, time, place and team")
            })?;
            let data = iepdesk_documents::MeetingNoticeData {
                student,
                meeting,
                contact,
                produced_on: today,
            };
            (data.into(), "iep".into())
        }
        DocumentRequest::Consent(kind) => {
            // The proposed activities are the items of the case's consent record of that kind.
            let (i, consent) = pick(
                &case.consents,
                |c| kind.is_none_or(|k| c.kind == k),
                "consents",
                || {
                    match kind {
                    Some(k) => format!("the case has no consent of kind `{}` listing the proposed activities (items)", snake(&k)),
                    None => "the case has no consent listing the proposed activities (items)".into(),
                }
                },
                || "the case has several consents: choose one with --kind".into(),
            )?;
            let data = iepdesk_documents::ConsentDocumentData {
                student,
                kind: consent.kind,
                activities: consent.items.iter().map(|i| i.activity.clone()).collect(),
                records_shared: None,
                contact,
                produced_on: today,
                settings: Default::default(),
            };
            (data.into(), format!("consents[{i}]"))
        }
    })
}

/// The one record matching `want`, or an error naming `field`.
fn pick<'a, T>(
    items: &'a [T],
    want: impl Fn(&T) -> bool,
    field: &str,
    none: impl FnOnce() -> String,
    many: impl FnOnce() -> String,
) -> Result<(usize, &'a T), ApiError> {
    let found: Vec<(usize, &T)> = items.iter().enumerate().filter(|(_, t)| want(t)).collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(invalid(field, &none())),
        _ => Err(invalid(field, &many())),
    }
}

/// The meeting's case manager, else its district representative: the people a parent deals with.
pub(crate) fn default_contact(meeting: Option<&Meeting>) -> Result<ContactPerson, ApiError> {
    meeting
        .and_then(|m| {
            [Role::CaseManager, Role::DistrictRepresentative]
                .into_iter()
                .find_map(|r| m.participants.iter().find(|p| p.has(r)))
        })
        .map(|p| ContactPerson {
            name: p.name.trim().to_string(),
            phone: None,
            email: None,
        })
        .ok_or_else(|| {
            invalid(
                "contact",
                "name the person the parent should contact (the case's meeting has no case manager or district representative to name)",
            )
        })
}

pub(crate) fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub(crate) fn invalid(field: &str, message: &str) -> ApiError {
    ApiError {
        kind: ApiErrorKind::Invalid,
        message: format!("{field}: {message}"),
        fields: vec![FieldError::new(field, message)],
    }
}

pub(crate) fn internal(e: DocumentError) -> ApiError {
    ApiError::new(ApiErrorKind::Internal, e.to_string())
}

/// A document error as the user sees it: a field of the document's data becomes the case field.
fn document_error(e: DocumentError, at: &str) -> ApiError {
    match e {
        DocumentError::UnknownLocale { .. } => invalid("locale", &e.to_string()),
        DocumentError::MissingContact => invalid("contact", &e.to_string()),
        DocumentError::Incomplete { field, message } => {
            let field = match field.split_once('.') {
                // `notice.reasons` → `notices[0].reasons`; `meeting.place` → `iep.meeting.place`.
                Some(("notice", rest)) => format!("{at}.{rest}"),
                Some(("meeting", _)) => format!("{at}.{field}"),
                _ if field == "activities" => format!("{at}.items"),
                _ => field,
            };
            invalid(&field, &message)
        }
        other => internal(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Case {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/cases/valid-annual-review.json"
        ))
        .unwrap();
        Case::from_json(&text).unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 12).unwrap()
    }

    #[test]
    fn a_case_renders_its_notice_and_meeting_notice() {
        let c = case();
        let pwn = render_case(&c, DocumentRequest::Pwn(None), "es", None, today()).unwrap();
        assert_eq!(pwn.locale, "es");
        assert!(pwn.pages >= 1 && pwn.pdf.starts_with(b"%PDF-"));
        let notice = render_case(&c, DocumentRequest::MeetingNotice, "ar", None, today()).unwrap();
        assert_eq!(notice.conformance, Conformance::PdfA2aUa1);
    }

    #[test]
    fn what_the_case_lacks_is_named() {
        let mut c = case();
        let err = render_case(&c, DocumentRequest::Consent(None), "en", None, today()).unwrap_err();
        assert_eq!(err.fields[0].field, "consents");
        let err = render_case(
            &c,
            DocumentRequest::Pwn(Some(PwnSituation::Ineligibility)),
            "en",
            None,
            today(),
        )
        .unwrap_err();
        assert!(err.message.contains("ineligibility"), "{}", err.message);
        c.notices[0].reasons = String::new();
        let err = render_case(&c, DocumentRequest::Pwn(None), "en", None, today()).unwrap_err();
        assert_eq!(err.fields[0].field, "notices[0].reasons");
        c.iep.meeting = None;
        let err = render_case(&c, DocumentRequest::MeetingNotice, "en", None, today()).unwrap_err();
        assert_eq!(err.fields[0].field, "contact");
        let contact = ContactPerson {
            name: "Dana Wrenfield".into(),
            phone: None,
            email: None,
        };
        let err = render_case(
            &c,
            DocumentRequest::MeetingNotice,
            "en",
            Some(contact),
            today(),
        )
        .unwrap_err();
        assert_eq!(err.fields[0].field, "iep.meeting");
    }

    #[test]
    fn an_unknown_locale_names_the_supported_ones() {
        let err = render_case(&case(), DocumentRequest::Iep, "tlh", None, today()).unwrap_err();
        assert_eq!(err.fields[0].field, "locale");
        assert!(err.message.contains("zh-Hant"), "{}", err.message);
    }
}
