//! Who may sign as the parent (L223–257, L331, L463) and the appointment of a surrogate
//! (L259–337). The birth or adoptive parent decides unless they lack legal authority; anyone else
//! needs a reason the manual accepts (M-14).

use super::ConsentKind;
use crate::calendar::CalendarSet;
use crate::compliance::{lead, Finding};
use crate::rules::RuleSettings;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The definitions of "parent" (L223–245, E7), plus those who never are (L257, E9) so a wrong
/// signature can be recorded and refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParentType {
    BirthOrAdoptive,
    Guardian,
    /// E.g. a grandparent, step-parent or relative the child lives with, or a person legally
    /// responsible for the child's welfare.
    ActingInPlaceOfParent,
    /// Under the Education Law: step-parent, legally appointed guardian or custodian.
    PersonInParentalRelation,
    /// Designated in writing under General Obligations Law Title 15-A (L239).
    GolDesignee,
    FosterParent,
    Surrogate,
    /// The student, aged 18 or older.
    AdultStudent,
    /// The State, an ACS caseworker or a foster-agency caseworker: never a parent (L257).
    StateOrCaseworker,
}

/// The birth or adoptive parent's authority (L247–255, E8), and whether they can be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BirthParentStatus {
    Intact,
    TerminatedOrSurrendered,
    /// Educational decision rights limited, or a judge appointed someone else.
    RightsLimited,
    Deceased,
    /// Rights intact but the parent cannot be identified or found (L261–281, L331).
    WhereaboutsUnknown,
}

/// Custody of divorced parents (L257).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Custody {
    Custodial,
    JointCustodial,
    NoncustodialWithPartialAuthority,
    Noncustodial,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct GolDesignation {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub in_writing: bool,
    pub notarized: bool,
    pub signed_by_designee: bool,
    pub signed_by_parent: bool,
}

/// The person signing as parent and the facts that decide whether they may.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct Signer {
    pub name: String,
    pub parent_type: ParentType,
    /// A judicial order or decree names this person (L257): always the parent.
    pub named_by_court_order: bool,
    pub birth_parent_status: BirthParentStatus,
    /// For a birth parent of divorced parents.
    pub custody: Option<Custody>,
    pub gol_designation: Option<GolDesignation>,
}

/// Problems with `s` signing consent of `kind` on `on`.
pub fn check_signer(
    s: &Signer,
    kind: ConsentKind,
    on: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<Finding> {
    use BirthParentStatus as B;
    use ParentType as P;
    let at = "signer";
    let no_authority = |why: &str| {
        vec![Finding::error(
            "signer-no-authority",
            "L245–257",
            format!("{} may not sign as parent: {why}.", s.name),
        )
        .at(format!("{at}.parent_type"))]
    };
    if s.parent_type == P::StateOrCaseworker {
        return vec![Finding::error("signer-never-parent", "L257",
            format!("{} is the State or a caseworker (ACS or foster agency), who can never sign consent as parent.", s.name)).at(format!("{at}.parent_type"))];
    }
    if s.parent_type == P::AdultStudent {
        let _ = kind; // L331/L463 name services; NY keeps decisions with the parent at 18 for every consent (M-14).
        return vec![Finding::error("adult-student-cannot-consent", "L331, L463",
            "A student aged 18 or older may request a referral and see records but cannot sign consent; a parent or surrogate must.").at(format!("{at}.parent_type"))];
    }
    if s.named_by_court_order {
        return Vec::new();
    }
    let birth_cannot_act = matches!(
        s.birth_parent_status,
        B::TerminatedOrSurrendered | B::RightsLimited | B::Deceased
    );
    match s.parent_type {
        P::BirthOrAdoptive if birth_cannot_act => no_authority("the birth or adoptive parent's rights are terminated or limited, or the parent is deceased"),
        P::BirthOrAdoptive => match s.custody {
            Some(Custody::Noncustodial) => no_authority("a noncustodial parent without granted authority does not make educational decisions"),
            Some(Custody::NoncustodialWithPartialAuthority) => vec![Finding::warning("signer-custody-unclear", "L257",
                "A noncustodial parent with partial authority: confirm the authority covers this decision, or ask the Office of Legal Services (718-935-4400).").at(format!("{at}.custody"))],
            _ => Vec::new(),
        },
        P::Surrogate => Vec::new(), // checked on the appointment (`check_surrogate`)
        P::GolDesignee => check_gol(s, on, calendars, settings),
        // L331: a relative or custodian acting as parent may sign when the parent cannot be found.
        P::ActingInPlaceOfParent | P::PersonInParentalRelation if birth_cannot_act || s.birth_parent_status == B::WhereaboutsUnknown => Vec::new(),
        // A guardian is appointed for the child's welfare (L229); a foster parent acts as parent when
        // the birth parent cannot (L245, L319); otherwise the birth parent decides.
        _ if birth_cannot_act => Vec::new(),
        P::FosterParent if s.birth_parent_status == B::WhereaboutsUnknown => vec![Finding::error("surrogate-needed", "L295",
            "The student is in foster care and the parent, whose rights are intact, cannot be found: a surrogate must be appointed (the foster parent may be).").at(format!("{at}.parent_type"))],
        _ => no_authority("the birth or adoptive parent still has authority; another person may sign only when that parent's rights are terminated or limited, the parent is deceased, or a court order names them"),
    }
}

/// A General Obligations Law 15-A designation (L239): written, at most six months (catalog
/// `gol-designation-expiry`), notarized and signed by both when over 30 days, in force on `on`.
fn check_gol(
    s: &Signer,
    on: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<Finding> {
    let at = "signer.gol_designation";
    let Some(g) = &s.gol_designation else {
        return vec![Finding::error(
            "gol-designation-invalid",
            "L239",
            "Record the written designation that makes this person the parent's designee.",
        )
        .at(at)];
    };
    let mut problems = Vec::new();
    if !g.in_writing {
        problems.push("it is not in writing".to_string());
    }
    match lead::due("gol-designation-expiry", g.starts_on, calendars, settings) {
        Ok(max_end) if g.ends_on > max_end => {
            problems.push(format!("it runs past {max_end}, more than six months"))
        }
        Err(w) => return vec![w],
        _ => {}
    }
    if (g.ends_on - g.starts_on).num_days() > 30
        && !(g.notarized && g.signed_by_designee && g.signed_by_parent)
    {
        problems.push("it lasts more than 30 days and is not notarized and signed by both the parent and the designee".into());
    }
    if on < g.starts_on || on > g.ends_on {
        problems.push(format!("it is not in force on {on}"));
    }
    if problems.is_empty() {
        Vec::new()
    } else {
        vec![Finding::error(
            "gol-designation-invalid",
            "L239",
            format!(
                "The designation of {} is not valid: {}.",
                s.name,
                problems.join("; ")
            ),
        )
        .at(at)]
    }
}

/// Where a surrogate comes from (L305–317, E12) or, temporarily, who may serve (L283, E13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SurrogateSource {
    SchoolList,
    FosterParent,
    JudgeAppointed,
    IdentifiedWithCaseworker,
    /// Emergency, transitional shelter, independent living or street outreach staff: a temporary
    /// surrogate for an unaccompanied homeless youth only.
    ShelterOrOutreachStaff,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema)]
pub struct SurrogateAppointment {
    pub surrogate_name: String,
    pub source: SurrogateSource,
    /// The day it was found that no one meets the definition of parent (the clock's start, L303).
    pub need_determined_on: NaiveDate,
    pub appointed_on: Option<NaiveDate>,
    pub temporary: bool,
    pub unaccompanied_homeless_youth: bool,
    /// An officer, employee or agent of the DOE, SED or an agency involved in the student's
    /// education or care, or a foster-care caseworker (L283, L289).
    pub agency_employee_or_caseworker: bool,
    pub conflicting_interest: bool,
    pub knowledge_and_skills: bool,
}

pub fn check_surrogate(
    a: &SurrogateAppointment,
    today: NaiveDate,
    calendars: &CalendarSet,
    settings: &RuleSettings,
) -> Vec<Finding> {
    let mut f = Vec::new();
    match lead::due(
        "surrogate-appointment",
        a.need_determined_on,
        calendars,
        settings,
    ) {
        Err(w) => f.push(w),
        Ok(due) => {
            let late = a.appointed_on.map_or(today > due, |on| on > due);
            if late {
                f.push(Finding::error("surrogate-late", "L303", format!(
                    "The surrogate must be appointed by {due}, 10 business days after it was found that no one meets the definition of parent.")).at("appointed_on"));
            }
        }
    }
    let mut why = Vec::new();
    if a.agency_employee_or_caseworker {
        why.push("is an officer, employee or agent of the DOE, SED or an agency involved in the student's education or care, or a foster caseworker");
    }
    if a.conflicting_interest {
        why.push("has an interest that conflicts with the student's");
    }
    if !a.knowledge_and_skills {
        why.push("lacks the knowledge and skills to represent the student");
    }
    // Shelter and outreach staff are allowed as temporary surrogates though they work for an
    // agency caring for the youth (L283).
    if a.source == SurrogateSource::ShelterOrOutreachStaff && a.temporary {
        why.retain(|w| !w.starts_with("is an officer"));
    }
    if !why.is_empty() {
        f.push(
            Finding::error(
                "surrogate-disqualified",
                "L283–289",
                format!(
                    "{} may not serve as surrogate: {}.",
                    a.surrogate_name,
                    why.join("; ")
                ),
            )
            .at("surrogate_name"),
        );
    }
    let temp_ok =
        a.unaccompanied_homeless_youth && a.source == SurrogateSource::ShelterOrOutreachStaff;
    if a.temporary != temp_ok
        && (a.temporary || a.source == SurrogateSource::ShelterOrOutreachStaff)
    {
        f.push(Finding::error("surrogate-temporary-not-allowed", "L283",
            "A temporary surrogate is allowed only for an unaccompanied homeless youth, and only from shelter, independent living or street outreach staff, until a qualified surrogate is found.").at("temporary"));
    }
    f
}
