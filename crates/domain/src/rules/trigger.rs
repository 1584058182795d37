//! The domain events a deadline counts from.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a rule's date is counted from. The date the caller passes to [`super::Rule::due`] is the
/// date of this event (for age rules, the date of birth).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    // Referral and consent (SOPM L365–L643)
    /// Date of initial referral: the day a parent's referral is received, or for a DOE referral
    /// the day the Notice of Referral and PSN are sent (fn17, L621).
    ReferralReceived,
    RequestForReferralReceived,
    NoticeOfSocialHistoryMeetingSent,
    SocialHistoryMeeting,
    FinalNoticeOfWithdrawalSent,
    /// It is found that no one meets the definition of parent (L303).
    NoParentDetermined,
    GolDesignationStart,
    ProceduralSafeguardsNoticeGiven,
    // Evaluation (L155, L619–L1168)
    ConsentForEvaluation,
    ReevaluationReferral,
    ContractAssignmentReceived,
    ContractAssignmentAccepted,
    IndependentAssessmentRequestReceived,
    AssessmentReportAndInvoiceReceived,
    AssessmentCompleted,
    VocationalAssessment,
    // IEP meetings, reviews, reevaluations
    IepMeeting,
    IepMeetingAfterComprehensiveEvaluation,
    LastReevaluation,
    ReevaluationRequestReceived,
    ConsentForAdditionalAssessmentsSent,
    AmendmentWaiverSigned,
    FirstDayOfSchool,
    // Services and placement
    ConsentForServicesIssued,
    ServicesConsentOutreachDocumented,
    ConsentForServices,
    NoticeOfTerminationSent,
    NursingReferralReceivedByOsh,
    IncompleteNursingFormsReceivedByOsh,
    ProjectedServiceStart,
    PlacementDeferredToSeptember,
    ProjectedInitiationDate,
    DeferToCentralPacketReceived,
    P2Received,
    StudentJoinedClass,
    InitialIdentification,
    // Transfers
    TransferLearned,
    FamilyAppearedForEnrollment,
    SchoolEnrollment,
    SchoolAdmissionAfterRelease,
    // Discipline
    TeacherRemovalImposed,
    PrincipalSuspensionConference,
    RescheduledPrincipalSuspensionConference,
    SuperintendentSuspensionHearing,
    MdrMeeting,
    Suspension,
    SuspensionSiteArrival,
    AlcPlacementStart,
    IhoAlcOrderStart,
    ConsentForExpeditedEvaluation,
    // Due process
    DueProcessComplaintFiled,
    DueProcessComplaintReceived,
    ExpeditedHearing,
    ResolutionAgreementSigned,
    MediationRequest,
    // Age
    DateOfBirth,
}

impl Trigger {
    /// The event as it reads after "5 school days after ...".
    pub fn phrase(self) -> &'static str {
        use Trigger::*;
        match self {
            ReferralReceived => "the referral",
            RequestForReferralReceived => "receipt of the request for referral",
            NoticeOfSocialHistoryMeetingSent => "the Notice of Social History Meeting is sent",
            SocialHistoryMeeting => "the social history meeting",
            FinalNoticeOfWithdrawalSent => "the Final Notice of Withdrawal is sent",
            NoParentDetermined => "it is found that no one meets the definition of parent",
            GolDesignationStart => "the designation starts",
            ProceduralSafeguardsNoticeGiven => "the Procedural Safeguards Notice was last given",
            ConsentForEvaluation => "consent for the initial evaluation",
            ReevaluationReferral => "the reevaluation referral",
            ContractAssignmentReceived => "the agency receives the assignment",
            ContractAssignmentAccepted => "the agency accepts the assignment",
            IndependentAssessmentRequestReceived => "receipt of the independent assessment request",
            AssessmentReportAndInvoiceReceived => "receipt of the report and invoice",
            AssessmentCompleted => "the assessment",
            VocationalAssessment => "the last vocational assessment",
            IepMeeting => "the IEP meeting",
            IepMeetingAfterComprehensiveEvaluation => {
                "the IEP meeting that followed the most recent comprehensive evaluation"
            }
            LastReevaluation => "the last reevaluation",
            ReevaluationRequestReceived => "receipt of the reevaluation request",
            ConsentForAdditionalAssessmentsSent => "the Consent for Additional Assessments is sent",
            AmendmentWaiverSigned => "the signed amendment waiver is filed",
            FirstDayOfSchool => "the first day of school",
            ConsentForServicesIssued => "the Consent for Initial Provision of Services is issued",
            ServicesConsentOutreachDocumented => "documented outreach for consent to services",
            ConsentForServices => "consent for services",
            NoticeOfTerminationSent => "the Notice of Termination is sent",
            NursingReferralReceivedByOsh => "OSH receives the nursing referral",
            IncompleteNursingFormsReceivedByOsh => "OSH receives the incomplete forms",
            ProjectedServiceStart => "the projected service start date",
            PlacementDeferredToSeptember => "placement is deferred to September",
            ProjectedInitiationDate => "the projected initiation date",
            DeferToCentralPacketReceived => "receipt of the complete packet",
            P2Received => "receipt of the P-2",
            StudentJoinedClass => "the student joins the class",
            InitialIdentification => "initial identification",
            TransferLearned => "the school learns of the transfer",
            FamilyAppearedForEnrollment => "the family appears to enroll",
            SchoolEnrollment => "enrollment at the school",
            SchoolAdmissionAfterRelease => "admission to the school after release",
            TeacherRemovalImposed => "the teacher removal is imposed",
            PrincipalSuspensionConference => "the scheduled suspension conference",
            RescheduledPrincipalSuspensionConference => "the rescheduled suspension conference",
            SuperintendentSuspensionHearing => "the suspension hearing",
            MdrMeeting => "the MDR meeting",
            Suspension => "the suspension",
            SuspensionSiteArrival => "arrival at the suspension site",
            AlcPlacementStart => "the ALC placement starts",
            IhoAlcOrderStart => "the ordered ALC placement starts",
            ConsentForExpeditedEvaluation => "consent for the expedited evaluation",
            DueProcessComplaintFiled => "the due process complaint is filed",
            DueProcessComplaintReceived => "receipt of the due process complaint",
            ExpeditedHearing => "the expedited hearing",
            ResolutionAgreementSigned => "the resolution agreement is signed",
            MediationRequest => "the mediation request",
            DateOfBirth => "birth",
        }
    }
}
