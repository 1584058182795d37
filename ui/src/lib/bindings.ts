// Generated from the Rust types by ts-rs (crates/api/tests/bindings.rs). Do not edit by hand.

export type UserId = string;

export type StudentId = string;

export type IepId = string;

export type ChangeId = string;

export type Osis = string;

export type Dbn = string;

export type LanguageCode = string;

export type Role = "case_manager" | "social_worker" | "provider" | "supervisor";

export type UserProfile = { id: UserId, name: string, role: Role, };

export type NewUserProfile = { name: string, role: Role, };

export type FieldError = { field: string, message: string, };

export type Grade = "3K" | "PK" | "K" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "UG";

export type PersonName = { first: string, last: string, };

export type Student = { id: StudentId, name: PersonName, date_of_birth: string, osis: Osis, 
/**
 * The language spoken at home.
 */
home_language: LanguageCode, 
/**
 * The language the parent wants documents and meetings in.
 */
parent_language: LanguageCode, school_dbn: Dbn, grade: Grade, };

export type CreateStudent = { first_name: string, last_name: string, 
/**
 * `YYYY-MM-DD`.
 */
date_of_birth: string, osis: string, home_language: string, parent_language: string, school_dbn: string, grade: string, };

export type Language = { code: string, english_name: string, native_name: string, 
/**
 * Parent documents are translated into this language (NYC language-access policy).
 */
covered: boolean, 
/**
 * Folder under `locales/` holding the translation, for covered languages.
 */
locale: string | null, 
/**
 * Written right to left.
 */
rtl: boolean, };

export type IepStatus = { "kind": "draft" } | { "kind": "finalized", at: string, content_hash: string, } | { "kind": "amended", by: IepId, };

export type PresentLevels = { 
/**
 * Evaluation results with their dates, State/district assessment results, instructional
 * implications (L1995).
 */
evaluation_results: string, 
/**
 * Academic achievement, functional performance and learning characteristics (L2015).
 */
academic_achievement: string, 
/**
 * Social development (L1999).
 */
social_development: string, 
/**
 * Physical development (L2003).
 */
physical_development: string, 
/**
 * Management needs (L2007).
 */
management_needs: string, 
/**
 * Effect of student needs on involvement and progress in the general education
 * curriculum (L2011).
 */
effect_on_general_education: string, 
/**
 * Student needs relating to special factors (L2017).
 */
special_factor_needs: string, };

export type IepContent = { 
/**
 * The IEP meeting and its team: the wizard's first step. `None` until the meeting is set up.
 */
meeting: Meeting | null, present_levels: PresentLevels, };

export type Meeting = { id: string, student_id: StudentId, meeting_type: MeetingType, 
/**
 * For a reconvened meeting: the type of the meeting it continues.
 */
reconvenes: MeetingType | null, starts_at: string, 
/**
 * The actual end, once the meeting is over; continuous presence is checked against it.
 */
ends_at: string | null, place: string, notice_sent_on: string | null, interpreter: Interpreter | null, 
/**
 * The parent needs a sign-language interpreter (L1433).
 */
parent_needs_sign_language: boolean, context: StudentContext, proposed_changes: Array<ProposedChange>, participants: Array<Participant>, member_requests: Array<MemberRequest>, excusals: Array<ExcusalRequest>, 
/**
 * The parent has a telephone: decides how many calls outreach needs (L1349).
 */
parent_has_phone: boolean, outreach: Array<OutreachAttempt>, student_invitation: StudentInvitation | null, 
/**
 * When the assessments, reports and other documents were mailed to the parent (L1319, L1325).
 */
documents_sent_on: string | null, 
/**
 * When related service providers were asked for progress reports (fn47 L1475, L1623).
 */
progress_reports_requested_on: string | null, 
/**
 * When the D75 hearing or vision services office was contacted (L1701).
 */
d75_services_contacted_on: string | null, };

export type MeetingType = "initial" | "annual_review" | "requested_review" | "requested_reevaluation" | "three_year_reevaluation" | "reconvene";

export type StudentContext = { 
/**
 * The current recommendation; `None` before an initial recommendation.
 */
current_program: Program | null, 
/**
 * Currently in, or being considered for, general education beyond what the programs say
 * (e.g. a special-class student mainstreamed for some subjects) (L1555, L1565).
 */
may_be_in_general_education: boolean, english_language_learner: boolean, 
/**
 * Assessed bilingually although not an ELL (L1655).
 */
assessed_bilingually: boolean, 
/**
 * Currently recommended for a bilingual program or related service (L1655).
 */
bilingual_services: boolean, 
/**
 * Hearing loss may need extra consideration (L1701).
 */
hearing_loss_consideration: boolean, 
/**
 * Vision loss may need extra consideration (L1701).
 */
vision_loss_consideration: boolean, 
/**
 * In a non-specialized (District 1–32) school; decides the ESY trigger (L1297).
 */
non_specialized_school: boolean, 
/**
 * Receives related services: providers must be asked for progress reports (L1623).
 */
has_related_services: boolean, };

export type Interpreter = { name: string, language: LanguageCode, sign_language: boolean, };

export type Program = "general_education_only" | "related_services_only" | "setss" | "ict" | "special_class" | "special_class_d75" | "nps" | "home_instruction" | "residential";

export type RatioChange = "same" | "less_intensive" | "more_intensive";

export type ProposedChange = { "kind": "program", to: Program, 
/**
 * For a special class: how the ratio changes.
 */
ratio: RatioChange | null, 
/**
 * The recommended program (or ratio) exists at the student's current school or D75 site.
 */
available_at_current_site: boolean, 
/**
 * 12:1 or 12:1+1 to 15:1 for a student moving up to a high-school special class (L1249).
 */
twelve_to_fifteen_moving_to_high_school: boolean, } | { "kind": "parent_requests_psychologist" } | { "kind": "new_psychological_assessment" } | { "kind": "start_paraprofessional" } | { "kind": "change_alternate_assessment" } | { "kind": "start_special_transportation" } | { "kind": "start_or_change_counseling" } | { "kind": "change_language_of_instruction_or_service" } | { "kind": "first_esy_in_non_specialized_school" } | { "kind": "add_related_service" } | { "kind": "change_related_service" } | { "kind": "remove_related_service" } | { "kind": "start_bilingual_program_or_service" } | { "kind": "declassification" };

export type Participant = { name: string, roles: Array<MeetingRole>, presence: Presence, 
/**
 * When the participant joined; `None` = from the start.
 */
joined_at: string | null, 
/**
 * When the participant left; `None` = stayed to the end.
 */
left_at: string | null, 
/**
 * Able to interpret the instructional implications of assessment results (L1521).
 */
interprets_instructional_implications: boolean, };

export type MeetingRole = "parent" | "district_representative" | "school_psychologist" | "special_education_teacher" | "related_service_provider" | "general_education_teacher" | "school_social_worker" | "parent_member" | "physician" | "bilingual_professional" | "student" | "transition_agency_representative" | "teacher_of_deaf_and_hearing_impaired" | "teacher_of_blind_and_partially_sighted" | "audiologist" | "school_nurse" | "assessment_professional" | "supervisory_personnel" | "other_school_personnel" | "special_expertise" | "case_manager";

export type Presence = "in_person" | "phone" | "video";

export type MemberRequest = { kind: MemberRequestKind, requested_by: Requester, received_in_writing_on: string, };

export type MemberRequestKind = "parent_member" | "physician";

export type Requester = "parent" | "adult_student" | "team_member";

export type ExcusalRequest = { member_role: MeetingRole, member_name: string, initiated_by: ExcusalInitiator, 
/**
 * The member's area of curriculum or related service will be discussed or modified.
 */
area_discussed: boolean, 
/**
 * Whole meeting (`None`) or the parts of it the member is excused from (L1745).
 */
parts: string | null, 
/**
 * When the written request went to the parent.
 */
sent_to_parent_on: string | null, parent_agreement: ParentAgreement | null, 
/**
 * When the member's written input (summary) was submitted.
 */
written_input_on: string | null, 
/**
 * When that summary was given to the parent.
 */
summary_to_parent_on: string | null, 
/**
 * The emergency or unavoidable conflict behind a late excusal (logged, L1739).
 */
emergency_reason: string | null, 
/**
 * When the parent was told of the right to reschedule (needed inside 5 days, L1739).
 */
reschedule_right_notified_on: string | null, };

export type ExcusalInitiator = "district_representative" | "parent" | "other";

export type AgreementChannel = "signed_request" | "email";

export type ParentAgreement = { channel: AgreementChannel, on: string, };

export type OutreachAttempt = { channel: OutreachChannel, at: string, 
/**
 * The number called or the address used (L1353 asks for both to be logged).
 */
contact_used: string, outcome: OutreachOutcome, 
/**
 * What was said, if anything.
 */
notes: string, };

export type OutreachChannel = "phone" | "letter_by_mail" | "letter_home_with_student" | "email";

export type OutreachOutcome = "reached" | "voicemail_left" | "no_answer_no_voicemail" | "wrong_or_disconnected_number" | "sent" | "returned";

export type StudentInvitation = { sent_on: string, 
/**
 * For a student under 14: the parent was consulted about the student attending.
 */
parent_consulted: boolean, };

export type Iep = { id: IepId, student_id: StudentId, 
/**
 * 1 for the first IEP of a student; an amendment's version is one more than what it amends.
 */
version: number, status: IepStatus, 
/**
 * The IEP this one amends.
 */
amends: IepId | null, content: IepContent, };

export type IepSummary = { id: IepId, version: number, status: IepStatus, updated_at: string, };

export type StudentSummary = { id: StudentId, name: PersonName, osis: string, grade: Grade, school_dbn: string, date_of_birth: string, 
/**
 * The student's draft IEP, if one is being written.
 */
draft_iep_id: string | null, };

export type StudentDetail = { student: Student, ieps: Array<IepSummary>, };

export type StepStatus = "not_started" | "in_progress" | "complete" | "blocked" | "not_required";

export type WizardStep = { id: string, title: string, 
/**
 * Where the manual describes this section.
 */
sopm: string, 
/**
 * Whether this version of IEP Desk has the step's screen yet.
 */
available: boolean, status: StepStatus, };

export type IepView = { iep: Iep, student: Student, steps: Array<WizardStep>, 
/**
 * Every compliance finding for the content today, each `field` an `EditField` path.
 */
findings: Array<Finding>, };

export type EditField = { iep_id: IepId, path: string, value: unknown, };

export type SavedEdit = { iep_id: IepId, path: string, 
/**
 * The IEP's store revision after this save.
 */
revision: number, saved_at: string, 
/**
 * False when the value was already there (nothing logged).
 */
changed: boolean, steps: Array<WizardStep>, 
/**
 * The findings after this save, as in `IepView`.
 */
findings: Array<Finding>, };

export type ApiErrorKind = "invalid" | "not_found" | "not_editable" | "conflict" | "no_profile" | "storage" | "internal";

export type ApiError = { kind: ApiErrorKind, message: string, fields: Array<FieldError>, };

export type EntityKind = "student" | "iep" | "user_profile";

export type ChangeRecord = { seq: number, change_id: ChangeId, command_id: string, entity: EntityKind, entity_id: string, entity_revision: number, path: string, old: unknown, new: unknown, author_id: string, device_id: string, recorded_at: string, 
/**
 * When the server acknowledged it; `None` while it waits in the outbox.
 */
pushed_at: string | null, };

export type Finding = { 
/**
 * Stable kebab-case id; the UI and tests key on it, never on the message.
 */
rule_id: string, severity: Severity, 
/**
 * Plain English: which member or record is missing and why.
 */
message: string, 
/**
 * The SOPM line(s) the rule implements, e.g. "L1725" or "L1349–1353".
 */
sopm: string, 
/**
 * The field the finding concerns, as a path (`participants[2].left_at`), when there is one.
 */
field: string | null, };

export type Severity = "error" | "warning";

export type Trigger = "referral_received" | "request_for_referral_received" | "notice_of_social_history_meeting_sent" | "social_history_meeting" | "final_notice_of_withdrawal_sent" | "no_parent_determined" | "gol_designation_start" | "procedural_safeguards_notice_given" | "consent_for_evaluation" | "reevaluation_referral" | "contract_assignment_received" | "contract_assignment_accepted" | "independent_assessment_request_received" | "assessment_report_and_invoice_received" | "assessment_completed" | "vocational_assessment" | "iep_meeting" | "iep_meeting_after_comprehensive_evaluation" | "last_reevaluation" | "reevaluation_request_received" | "consent_for_additional_assessments_sent" | "amendment_waiver_signed" | "first_day_of_school" | "consent_for_services_issued" | "services_consent_outreach_documented" | "consent_for_services" | "notice_of_termination_sent" | "nursing_referral_received_by_osh" | "incomplete_nursing_forms_received_by_osh" | "projected_service_start" | "placement_deferred_to_september" | "projected_initiation_date" | "defer_to_central_packet_received" | "p2_received" | "student_joined_class" | "initial_identification" | "transfer_learned" | "family_appeared_for_enrollment" | "school_enrollment" | "school_admission_after_release" | "teacher_removal_imposed" | "principal_suspension_conference" | "rescheduled_principal_suspension_conference" | "superintendent_suspension_hearing" | "mdr_meeting" | "suspension" | "suspension_site_arrival" | "alc_placement_start" | "iho_alc_order_start" | "consent_for_expedited_evaluation" | "due_process_complaint_filed" | "due_process_complaint_received" | "expedited_hearing" | "resolution_agreement_signed" | "mediation_request" | "date_of_birth";

export type DayUnit = "calendar" | "school" | "business";

export type RuleKind = "deadline" | "earliest" | "target" | "takes_effect" | "expires" | "alert" | "starts_applying" | "eligibility_ends";

export type Deadline = { rule_id: string, title: string, kind: RuleKind, trigger: Trigger, trigger_date: string, due: string, 
/**
 * The unit of the last count, when the rule counts days.
 */
unit: DayUnit | null, 
/**
 * "5 school days after the referral".
 */
description: string, sopm_lines: Array<number>, };

export type DeadlineStatus = "met" | "met_late" | "overdue" | "due_soon" | "upcoming" | "unverified" | "conditional" | "passed";

export type CaseDeadline = { status: DeadlineStatus, 
/**
 * The date the case records it done, when it does.
 */
done_on: string | null, 
/**
 * Where that date comes from (`iep.meeting.notice_sent_on`, `events[3]`...), or why the rule
 * is conditional or not applicable.
 */
basis: string, 
/**
 * "due Tue 2026-03-10 · 5 school days after the referral".
 */
summary: string, rule_id: string, title: string, kind: RuleKind, trigger: Trigger, trigger_date: string, due: string, 
/**
 * The unit of the last count, when the rule counts days.
 */
unit: DayUnit | null, 
/**
 * "5 school days after the referral".
 */
description: string, sopm_lines: Array<number>, };

export type CaseEventRecord = { id: string, student_id: StudentId, trigger: Trigger, date: string, note: string | null, };

export type NewCaseEvent = { student_id: StudentId, 
/**
 * A `Trigger` in snake_case, e.g. `referral_received`.
 */
trigger: string, 
/**
 * YYYY-MM-DD.
 */
date: string, note: string | null, };

export type TriggerChoice = { trigger: Trigger, 
/**
 * "Referral received".
 */
label: string, 
/**
 * How deadlines name it: "5 school days after the referral".
 */
phrase: string, };

export type StudentCompliance = { today: string, 
/**
 * The recorded events, by date.
 */
events: Array<CaseEventRecord>, 
/**
 * By due date. Overdue and due-soon ones are what the panel leads with.
 */
deadlines: Array<CaseDeadline>, 
/**
 * Errors first. Fields are CASE.json paths (`iep.meeting.participants[0]`).
 */
findings: Array<Finding>, errors: number, warnings: number, };
