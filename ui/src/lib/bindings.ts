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
 * Physical development, including the current physical-education program (L2003, L2189).
 */
physical_development: string, 
/**
 * Management needs: environmental modifications, human and material resources (L2007).
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
special_factor_needs: string, 
/**
 * Strengths and needs for each area assessed (L2021).
 */
areas: Array<AreaLevels>, 
/**
 * The parent's concerns about the child's education (L2025).
 */
parent_concerns: string, 
/**
 * For an English Language Learner or a student evaluated bilingually: how development in
 * each language affects the student, and language-related needs (L2033).
 */
ell_language_impact: string, 
/**
 * The student needs an accessible school; describe the need under physical development
 * (L2035).
 */
accessible_program_required: boolean, 
/**
 * Why testing accommodations are needed, what was used before and whether it worked
 * (L2425). Required when any testing accommodation is recommended.
 */
testing_accommodation_considerations: string, 
/**
 * The needs annual goals must address (L2035).
 */
needs: Array<Need>, };

export type IepContent = { 
/**
 * The IEP meeting and its team: the wizard's first step. `None` until the meeting is set up.
 */
meeting: Meeting | null, 
/**
 * Evaluation results and eligibility (L1561–L1990).
 */
evaluation: EvaluationSection, 
/**
 * Present levels of performance and individual needs (L1993–L2035).
 */
present_levels: PresentLevels, 
/**
 * Special factors (L2033–L2057).
 */
special_factors: SpecialFactors, 
/**
 * Measurable postsecondary goals and transition needs (L2061–L2107).
 */
postsecondary: Postsecondary, 
/**
 * Measurable annual goals (L2109–L2139).
 */
annual_goals: AnnualGoals, 
/**
 * Reporting progress to parents (L2143).
 */
progress_reporting: ProgressReporting, 
/**
 * Recommended programs and services (L2147–L2405).
 */
programs_services: ProgramsServices, 
/**
 * 12-month services (L2639–L2645).
 */
twelve_month: TwelveMonth, 
/**
 * Testing accommodations (L2419–L2487).
 */
testing_accommodations: TestingAccommodations, 
/**
 * Coordinated set of transition activities (L2489–L2509).
 */
transition_activities: TransitionActivities, 
/**
 * Participation in State and district-wide assessments (L2517–L2527).
 */
assessment_participation: AssessmentParticipation, 
/**
 * Participation with students without disabilities (L2531–L2533).
 */
gen_ed_participation: GenEdParticipation, 
/**
 * Language, LOTE exemption, promotion criteria, transportation and placement (L2535–L2631).
 */
placement: Placement, 
/**
 * Set on an amendment: what it amends and why (L3019–L3025). `None` on an original IEP.
 */
amendment: Amendment | null, };

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

export type EntityKind = "student" | "iep" | "user_profile" | "notice";

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

export type GoalBankEntry = { bank: BankGoal, 
/**
 * What picking it adds to `annual_goals.goals`; the team then edits it.
 */
goal: AnnualGoal, };

export type ParentDocument = { "kind": "iep", iep_id: IepId, } | { "kind": "meeting_notice", iep_id: IepId, } | { "kind": "recommendations", iep_id: IepId, } | { "kind": "notice", notice_id: NoticeId, };

export type PrintableDocument = { document: ParentDocument, 
/**
 * What the team sees in the list (English, like the rest of the app's screens).
 */
title: string, 
/**
 * The version of the IEP it belongs to, if any.
 */
iep_version: number | null, };

export type ParentDocumentRequest = { document: ParentDocument, language: string, };

export type DocumentPreview = { 
/**
 * The locale the document is written in (`en` for a language that is not covered).
 */
locale: string, 
/**
 * Each page as an SVG image.
 */
pages: Array<string>, 
/**
 * Words in the requested language / all words (names and numbers count in neither).
 */
translated_share: number, 
/**
 * The parts printed in English because the team typed them, as field paths.
 */
english_parts: Array<string>, 
/**
 * The document is in English with a cover notice, the language not being covered (L153).
 */
cover_notice: boolean, 
/**
 * The PDF standards the file meets, in words.
 */
conformance: string, 
/**
 * typst's warnings, e.g. a character no shipped font can show.
 */
warnings: Array<string>, 
/**
 * The name the PDF is saved under.
 */
file_name: string, };

export type SavedDocument = { 
/**
 * The full path of the file.
 */
path: string, bytes: number, pages: number, locale: string, };

export type NoticeId = string;

export type PwnSituation = "referral_initial" | "refusal_of_initial_evaluation" | "recommendation_initial" | "recommendation" | "ineligibility" | "reevaluation_with_assessments" | "reevaluation" | "amendment" | "refusal";

export type PwnAction = "propose" | "refuse";

export type PsnOccasion = "parent_request_for_evaluation" | "state_complaint_received" | "due_process_complaint_received" | "parent_asked_for_psn";

export type RejectedOption = { option: string, why_rejected: string, };

export type ConsentKind = "initial_evaluation" | "initial_provision_of_services" | "additional_assessments";

export type ConsentRequestRef = { kind: ConsentKind, sent_on: string, };

export type RefusalPackage = { 
/**
 * The parent was told of the right to make a referral.
 */
right_to_refer_told: boolean, 
/**
 * A copy of the request for referral went to the parent.
 */
copy_of_request: boolean, 
/**
 * The parent was offered a meeting to discuss the request.
 */
meeting_offered: boolean, };

export type PriorWrittenNotice = { 
/**
 * Chosen when the notice is started: it decides the template and the required parts.
 */
situation: PwnSituation, action: PwnAction, sent_on: string, 
/**
 * The language of the copy is chosen when it is printed.
 */
language: LanguageCode, 
/**
 * For a parent whose language is not covered: the cover notice in that language (L153).
 */
cover_notice: boolean, 
/**
 * Element 1 (L173–197): the action, in words the parent can follow, e.g. "Provide ICT for
 * English and math, and counseling once a week in a group of 3".
 */
action_description: string, 
/**
 * Element 2: why the DOE proposes or refuses it, from the evaluations and the meeting.
 */
reasons: string, 
/**
 * Element 3: one line each, with its date; prefilled from the IEP's evaluations.
 */
evaluations_relied_on: Array<string>, 
/**
 * Element 4: each other option and why it was rejected, specifically; prefilled from the
 * IEP's placement section.
 */
options_considered: Array<RejectedOption>, 
/**
 * Or the statement that no other option was considered (decision M-12).
 */
no_other_options: boolean, 
/**
 * Element 5: anything else relevant to the decision; "None" is a valid answer (M-12).
 */
other_factors: string, 
/**
 * Element 6: the printed notice always states it.
 */
safeguards_statement: boolean, 
/**
 * Required with a referral, a request for evaluation, a complaint, a parent's request, or
 * when none was given in the past year (L149, L203); prefilled from the case.
 */
psn_enclosed: boolean, psn_how_to_obtain: string | null, 
/**
 * Element 7: one line each, with a phone number or address, e.g. the Special Education
 * Hotline.
 */
sources_of_assistance: Array<string>, 
/**
 * Events that require the PSN at the same time as this notice.
 */
psn_occasions: Array<PsnOccasion>, 
/**
 * The consent request sent with the notice, if any.
 */
consent_request: ConsentRequestRef | null, 
/**
 * For a recommendation: whom the parent calls to visit a program like the one recommended,
 * with a current phone number (L1491).
 */
program_visit_contact: string | null, 
/**
 * Refusal of a request for initial evaluation: the rest of the package (L497, L515–519).
 */
refusal_package: RefusalPackage | null, };

export type ConsentRequest = { kind: ConsentKind, sent_on: string, 
/**
 * The proposed activities, one per line of the form, so the parent can consent to some and
 * not others (L209).
 */
activities: Array<string>, 
/**
 * Which records will be shared and with whom (L207); a general statement is printed when
 * empty.
 */
records_shared: string | null, };

export type NoticeContent = { "kind": "pwn", "content": PriorWrittenNotice } | { "kind": "consent", "content": ConsentRequest };

export type NoticeStatus = { "kind": "draft" } | { "kind": "issued", at: string, content_hash: string, };

export type Notice = { id: NoticeId, student_id: StudentId, 
/**
 * The IEP the notice was drafted from (a recommendation, an ineligibility…), if any.
 */
iep_id: IepId | null, status: NoticeStatus, } & ({ "kind": "pwn", "content": PriorWrittenNotice } | { "kind": "consent", "content": ConsentRequest });

export type NoticeTemplate = { "kind": "pwn", situation: PwnSituation, } | { "kind": "consent", consent: ConsentKind, };

export type NewNotice = { student_id: StudentId, iep_id: IepId | null, template: NoticeTemplate, };

export type EditNoticeField = { notice_id: NoticeId, path: string, value: unknown, };

export type NoticeView = { notice: Notice, student: Student, title: string, 
/**
 * Each finding's `field` is an `EditNoticeField` path.
 */
findings: Array<Finding>, };

export type SavedNoticeEdit = { notice_id: NoticeId, path: string, revision: number, saved_at: string, changed: boolean, findings: Array<Finding>, };

export type NoticeSummary = { id: NoticeId, title: string, status: NoticeStatus, sent_on: string, iep_id: IepId | null, };

export type Period = "day" | "week" | "month";

export type Frequency = { 
/**
 * Number of sessions in each period.
 */
times: number | null, 
/**
 * The period the sessions are counted in.
 */
per: Period | null, };

export type GroupKind = "individual" | "group";

export type ServiceLocation = "general_education_classroom" | "special_education_classroom" | "separate_location";

export type Delivery = "push_in" | "pull_out";

export type NeedArea = "reading" | "writing" | "math" | "speech_language" | "social_emotional" | "behavior" | "fine_motor" | "gross_motor" | "adaptive_daily_living" | "transition";

export type EvaluationKind = "psychoeducational" | "social_history" | "classroom_observation" | "speech_language" | "occupational_therapy" | "physical_therapy" | "audiological" | "ophthalmological" | "orthopedic" | "neurological" | "medical" | "adaptive_behavior_scale" | "functional_behavioral_assessment" | "vocational" | "assistive_technology" | "bilingual" | "psychiatric" | "independent";

export type Classification = "autism" | "deaf_blindness" | "deafness" | "emotional_disturbance" | "hearing_impairment" | "learning_disability" | "intellectual_disability" | "multiple_disabilities" | "orthopedic_impairment" | "other_health_impairment" | "speech_or_language_impairment" | "traumatic_brain_injury" | "visual_impairment";

export type Evaluation = { 
/**
 * What kind of evaluation it is.
 */
kind: EvaluationKind | null, 
/**
 * The date the evaluation was done; the IEP must show each evaluation with its date (L1995).
 */
date: string | null, 
/**
 * Who did it (role or agency), e.g. "School psychologist".
 */
evaluator: string, 
/**
 * The results and what they mean for instruction, e.g. IQ and academic levels (L1995).
 */
summary: string, };

export type EvaluationSection = { 
/**
 * Every evaluation the team considered, including ones the parent provided (L1995).
 */
evaluations: Array<Evaluation>, 
/**
 * The one classification that most affects educational performance (L1805).
 */
classification: Classification | null, 
/**
 * For an initial emotional-disturbance or learning-disability classification: the team
 * completed and signed the Justification Form (L1889, L1925).
 */
justification_form_signed: boolean, 
/**
 * How the evaluations support the classification and the need for special education.
 */
eligibility_notes: string, };

export type Need = { 
/**
 * Generated when the need is added; goals link to it.
 */
id: string, 
/**
 * The area of need.
 */
area: NeedArea | null, 
/**
 * The need in a sentence, e.g. "Decoding multisyllabic words".
 */
description: string, };

export type AreaLevels = { area: NeedArea | null, 
/**
 * Strengths and abilities in this area.
 */
strengths: string, 
/**
 * Weaknesses and needs in this area.
 */
needs: string, };

export type BehaviorFactor = { 
/**
 * Does the student's behavior impede learning (theirs or others')?
 */
applies: boolean | null, 
/**
 * Date of the Functional Behavioral Assessment, when one was conducted.
 */
fba_on: string | null, 
/**
 * Date of the Behavior Intervention Plan, when one was developed.
 */
bip_on: string | null, 
/**
 * Strategies, positive behavioral interventions and supports.
 */
notes: string, };

export type EllFactor = { 
/**
 * Is the student an ELL, or was the student evaluated bilingually?
 */
applies: boolean | null, is_ell: boolean, evaluated_bilingually: boolean, 
/**
 * The student's language needs as they relate to the IEP.
 */
language_needs: string, };

export type VisionFactor = { 
/**
 * Is the student blind or visually impaired?
 */
applies: boolean | null, 
/**
 * Braille instruction and use is provided unless the team decides it is not appropriate.
 */
braille_instruction: boolean | null, 
/**
 * Why Braille is not appropriate, when the team so decides (L2037).
 */
braille_not_appropriate_reason: string, };

export type HearingFactor = { 
/**
 * Is the student deaf or hard of hearing?
 */
applies: boolean | null, 
/**
 * The student's language and mode of communication, e.g. "American Sign Language".
 */
mode_of_communication: string, 
/**
 * Opportunities for direct communication with peers and staff, and other communication needs.
 */
communication_needs: string, 
/**
 * The language of instruction.
 */
language_of_instruction: string, };

export type TrainingRecipient = "student" | "parent" | "teacher" | "provider";

export type AtFactor = { 
/**
 * Does the student need assistive technology devices or services?
 */
applies: boolean | null, needs_device: boolean, needs_service: boolean, 
/**
 * The school-purchased device is needed at home or elsewhere.
 */
used_outside_school: boolean, training_for: Array<TrainingRecipient>, };

export type SpecialFactors = { behavior: BehaviorFactor, ell: EllFactor, vision: VisionFactor, hearing: HearingFactor, assistive_technology: AtFactor, };

export type PostsecondaryArea = "education_training" | "employment" | "independent_living";

export type TransitionAssessment = "vocational" | "postsecondary_education_skills" | "interview" | "strength_based" | "teacher_observation";

export type PostsecondaryGoal = { 
/**
 * Generated when the goal is added; annual goals link to it.
 */
id: string, area: PostsecondaryArea | null, 
/**
 * What the student will do after high school, e.g. "After graduation, Sam will attend a
 * 2-year college program in culinary arts."
 */
goal: string, 
/**
 * The transition assessments the goal is based on (L2061).
 */
based_on: Array<TransitionAssessment>, 
/**
 * How the goal reflects the student's preferences and interests (L2061).
 */
student_preferences: string, };

export type TransitionNeed = "community_travel_help" | "functional_academics" | "self_advocacy" | "public_transportation" | "independent_living" | "diploma_coursework" | "career_technical_courses";

export type EarlyTransitionReason = "clear_goal" | "needs_more_time" | "parent_request";

export type Postsecondary = { 
/**
 * Why transition planning starts before the transition age, when it does (L2073).
 */
early_start: EarlyTransitionReason | null, goals: Array<PostsecondaryGoal>, 
/**
 * When the postsecondary goals were last reviewed; at least once a year (L2061).
 */
updated_on: string | null, 
/**
 * Courses of study, e.g. "Regents coursework with a CTE sequence in culinary arts" (L2081).
 */
courses_of_study: string, transition_needs: Array<TransitionNeed>, 
/**
 * Anything else about the transition needs.
 */
notes: string, };

export type GoalMethod = "observation" | "work_samples" | "curriculum_based_measurement" | "teacher_tests" | "data_collection" | "rubric" | "checklist" | "standardized_assessment" | "running_records";

export type GoalSchedule = "daily" | "weekly" | "biweekly" | "monthly" | "marking_period";

export type ObjectiveKind = "none" | "short_term_objectives" | "benchmarks";

export type Objective = { 
/**
 * The step or milestone, measurable, e.g. "By January, read 80 words per minute".
 */
text: string, 
/**
 * When it should be reached (benchmarks usually line up with progress reports).
 */
by: string | null, };

export type AnnualGoal = { 
/**
 * Generated when the goal is added; services link to it.
 */
id: string, 
/**
 * The goal-bank entry this goal started from, if any (the documents translate by it).
 */
bank_id: string | null, 
/**
 * The area of need the goal addresses (L2113).
 */
need_area: NeedArea | null, 
/**
 * The needs from the present levels that this goal addresses.
 */
need_ids: Array<string>, 
/**
 * What the student will do, skill-based and achievable within a year (L2113), e.g. "will
 * read grade-level text aloud at 110 words per minute".
 */
skill: string, 
/**
 * Under what conditions, e.g. "Given a grade-level passage".
 */
condition: string, 
/**
 * How well and over what period, e.g. "85% accuracy over five consecutive trials" (L2115).
 */
criterion: string, 
/**
 * How progress is measured (L2119).
 */
method: GoalMethod | null, 
/**
 * When progress is measured (L2123).
 */
schedule: GoalSchedule | null, objective_kind: ObjectiveKind, 
/**
 * The short-term objectives or benchmarks, of the kind chosen above.
 */
objectives: Array<Objective>, 
/**
 * The postsecondary goal this goal supports (from age 14, L2113).
 */
postsecondary_goal_id: string | null, };

export type AnnualGoals = { goals: Array<AnnualGoal>, };

export type ReportMethod = "written_report" | "conference" | "phone" | "email";

export type ProgressReporting = { 
/**
 * How progress reports reach the parent.
 */
methods: Array<ReportMethod>, 
/**
 * Reports per school year; at least as often as report cards (L2143).
 */
times_per_year: number | null, 
/**
 * Reports go out at the same times as general-education report cards (L2143).
 */
with_report_cards: boolean, };

export type ProgramKind = "consultant_teacher" | "setss" | "ict" | "special_class" | "travel_training" | "adapted_physical_education";

export type ClassSetting = "district_1_to_32" | "district_75" | "non_public_school";

export type ClassRatio = "ratio_12_1" | "ratio_15_1" | "ratio_12_1_1" | "ratio_8_1_1_horizon" | "ratio_12_1_3_1" | "ratio_8_1_1" | "ratio_6_1_1";

export type Subject = "ela" | "math" | "science" | "social_studies" | "world_language" | "career_technical" | "physical_education" | "all_subjects";

export type ProgramRecommendation = { program: ProgramKind | null, 
/**
 * One row per subject (L2175).
 */
subject: Subject | null, 
/**
 * Special class only.
 */
setting: ClassSetting | null, 
/**
 * Special class only (L2175).
 */
ratio: ClassRatio | null, 
/**
 * SETSS only: individual or group (L2167).
 */
group: GroupKind | null, 
/**
 * SETSS group: at most 8 students (L2167). APE: class size.
 */
group_size: number | null, delivery: Delivery | null, frequency: Frequency, 
/**
 * Minutes per session (L2163).
 */
duration_minutes: number | null, 
/**
 * Where the program is delivered, e.g. "General education classroom" (L2163).
 */
location: string, 
/**
 * The language of the program, for an ELL (L2647).
 */
language: LanguageCode | null, 
/**
 * Projected date of initiation (L2163).
 */
projected_start: string | null, 
/**
 * A District 75 teacher serves the student in a District 1–32 school (L2181).
 */
d75_inclusive_services: boolean, };

export type RelatedServiceType = "speech_language_therapy" | "occupational_therapy" | "physical_therapy" | "counseling" | "parent_counseling_and_training" | "assistive_technology_services" | "audiological" | "interpreting" | "orientation_mobility" | "school_nurse" | "vision_education" | "hearing_education" | "rehabilitation_counseling" | "social_work" | "other";

export type RelatedService = { service: RelatedServiceType | null, 
/**
 * For "Other": what the service is.
 */
other_service: string, 
/**
 * First time the student receives this service (initial OT/PT needs a prescription, L2207).
 */
initial: boolean, group: GroupKind | null, 
/**
 * Students in the group (L2223).
 */
group_size: number | null, frequency: Frequency, duration_minutes: number | null, location: ServiceLocation | null, 
/**
 * The separate location, named (L2207).
 */
separate_location: string, delivery: Delivery | null, 
/**
 * Language of the service (L2647).
 */
language: LanguageCode | null, projected_start: string | null, 
/**
 * The annual goals the service addresses (L2197).
 */
goal_ids: Array<string>, 
/**
 * Initial OT or PT: the date the physician's prescription was received (L2207).
 */
prescription_received_on: string | null, 
/**
 * The service is also a transition service (L2493).
 */
transition_service: boolean, };

export type AidKind = "note_taker" | "alternative_formats" | "extra_time_between_classes" | "special_seating" | "highlighted_work" | "study_guides" | "study_carrel" | "behavior_plan" | "extra_time_for_assignments" | "assignment_adaptations" | "extended_pacing" | "adapted_presentation" | "adapted_demonstration" | "other";

export type SupplementaryAid = { aid: AidKind | null, 
/**
 * What exactly, e.g. "Graphic organizers for writing assignments".
 */
description: string, 
/**
 * Where and when it applies, e.g. "All academic classes".
 */
applies_in: string, projected_start: string | null, };

export type ParaType = "behavior_support" | "health" | "toileting" | "orientation_mobility";

export type ParaRatio = "one_to_one" | "shared";

export type ParaActivity = "all_classes" | "academic_classes" | "related_services" | "lunch" | "transitions" | "arrival_dismissal" | "field_trips";

export type ToiletingMode = "toilet_training" | "toileting_assistance";

export type Paraprofessional = { para_type: ParaType | null, ratio: ParaRatio | null, 
/**
 * The need (from present levels) and the purpose of the paraprofessional (L2285).
 */
purpose: string, 
/**
 * What the paraprofessional does (L2285).
 */
responsibilities: string, 
/**
 * When the paraprofessional is with the student (L2285).
 */
activities: Array<ParaActivity>, 
/**
 * How progress toward independence is monitored (L2285).
 */
progress_monitoring: string, 
/**
 * Behavior support: the existing BIP was reviewed and modified before a paraprofessional was
 * considered (L2299).
 */
bip_reviewed: boolean, 
/**
 * Health: something indicates a condition that may need urgent care (L2299).
 */
urgent_care_condition: boolean, 
/**
 * Health: a non-1:1 skilled nursing referral was made (L2309).
 */
skilled_nursing_referral: boolean, 
/**
 * Toileting: training or assistance (L2309).
 */
toileting: ToiletingMode | null, 
/**
 * Orientation and mobility: the student was assessed as an unsafe independent traveler (L2333).
 */
unsafe_traveler_assessed_on: string | null, };

export type AtKind = "device" | "service";

export type TechLevel = "low" | "high";

export type UseSetting = "classroom" | "home" | "other";

export type AssistiveTech = { kind: AtKind | null, level: TechLevel | null, 
/**
 * What it is, e.g. "Tablet with text-to-speech".
 */
description: string, used_in: Array<UseSetting>, 
/**
 * The AT assessment; high tech needs one, reviewed at the meeting (L2345, L2353).
 */
assessment_on: string | null, };

export type StaffRole = "teacher" | "paraprofessional" | "provider" | "other_staff";

export type SupportKind = "disability_information" | "behavior_training" | "sign_language" | "curriculum_modifications" | "assistive_technology_training" | "behavioral_consultation" | "para_training" | "testing_accommodation_training" | "other";

export type PersonnelSupport = { kind: SupportKind | null, recipient: StaffRole | null, 
/**
 * Who gives it, e.g. "School nurse", "Occupational therapist".
 */
provided_by: string, description: string, };

export type PeDetermination = "regular" | "regular_with_equipment" | "adapted";

export type ProgramsServices = { 
/**
 * Special-education programs, one row per program and subject (L2175).
 */
programs: Array<ProgramRecommendation>, related_services: Array<RelatedService>, physical_education: PeDetermination | null, supplementary_aids: Array<SupplementaryAid>, paraprofessionals: Array<Paraprofessional>, assistive_technology: Array<AssistiveTech>, 
/**
 * Supports for school personnel on behalf of the student, including para and AT training
 * (L2297, L2417).
 */
personnel_supports: Array<PersonnelSupport>, };

export type EsyBasis = "substantial_regression" | "severe_multiple_disabilities" | "residential" | "home_hospital" | "intensive_management_needs";

export type TwelveMonth = { 
/**
 * Does the student need 12-month services to prevent substantial regression (L2639)?
 */
needed: boolean | null, basis: Array<EsyBasis>, 
/**
 * The areas where regression is expected; services may cover only those (L2641).
 */
areas: Array<NeedArea>, 
/**
 * The July–August services differ from the school-year recommendation (L2645).
 */
differs_from_school_year: boolean, 
/**
 * When it differs: the frequency of the summer program or service (L2645).
 */
frequency: Frequency, duration_minutes: number | null, 
/**
 * When it differs: the program, services and setting for July–August (L2645).
 */
details: string, };

export type AccommodationCategory = "extended_time" | "breaks" | "separate_setting" | "directions_repeated" | "tests_read" | "multiple_day" | "special_equipment" | "scribe" | "answers_in_booklet" | "calculator" | "word_processor" | "other";

export type TimeMultiplier = "time_and_a_half" | "double";

export type TestSetting = "individual" | "small_group";

export type ReadScope = "excluding_reading_comprehension" | "including_reading_comprehension";

export type ReadMode = "human_reader" | "text_to_speech" | "audio_recording";

export type TestingAccommodation = { category: AccommodationCategory | null, 
/**
 * Extended time: how much (L2457).
 */
extended_time: TimeMultiplier | null, 
/**
 * Breaks: length of each break, in minutes (L2441).
 */
break_minutes: number | null, 
/**
 * Breaks: one break every this many minutes of testing (L2441).
 */
break_every_minutes: number | null, 
/**
 * Separate setting: alone or in a small group (L2459).
 */
setting: TestSetting | null, 
/**
 * Separate setting in a small group: the largest group (L2459).
 */
group_size: number | null, 
/**
 * Directions read or signed: how many times beyond the standard (L2445).
 */
extra_direction_readings: number | null, 
/**
 * Tests read: including or excluding reading comprehension (L2449).
 */
read_scope: ReadScope | null, 
/**
 * Tests read: how (L2459).
 */
read_mode: ReadMode | null, 
/**
 * Multiple-day administration: the State assurance form is filed (L2457).
 */
multiple_day_assurance_filed: boolean, 
/**
 * Equipment, scribe, calculator, other: exactly what, e.g. "study carrel" (L2469).
 */
specification: string, 
/**
 * Left blank when it applies to all tests; otherwise the condition, e.g. "for tests longer
 * than 40 minutes" (L2451). Never a particular test's name (L2471).
 */
condition: string, };

export type TestingAccommodations = { 
/**
 * The team considered testing accommodations and decided on none.
 */
none_recommended: boolean, accommodations: Array<TestingAccommodation>, };

export type TransitionArea = "instruction" | "related_services" | "community_experiences" | "employment_adult_living" | "daily_living_skills" | "functional_vocational_assessment";

export type TransitionActivity = { area: TransitionArea | null, 
/**
 * A specific activity, e.g. "Two semesters of CTE culinary arts" (L2507).
 */
activity: string, 
/**
 * A staff role or title, or a named outside agency; "student", "parent" or "family" alone
 * is not enough (L2507).
 */
responsible: string, 
/**
 * The responsible party is an outside agency.
 */
outside_agency: boolean, 
/**
 * An outside agency is invited only with the parent's consent (L2507).
 */
parent_consent_to_invite: boolean, 
/**
 * When it starts, if not on the IEP's start date (L2507).
 */
starts_on: string | null, };

export type TransitionActivities = { activities: Array<TransitionActivity>, 
/**
 * Whether a functional vocational assessment is needed; must be indicated (L2507).
 */
functional_vocational_assessment_needed: boolean | null, };

export type AssessmentMode = "standard" | "nysaa" | "district_alternate";

export type AssessmentParticipation = { mode: AssessmentMode | null, 
/**
 * Alternate: why the student cannot take the regular assessment (L2517).
 */
why_not_regular: string, 
/**
 * Alternate: why the chosen alternate assessment is appropriate (L2517).
 */
why_alternate: string, 
/**
 * NYSAA criterion 1: severe cognitive disability with significant deficits in communication
 * and language and in adaptive behavior (L2519).
 */
severe_cognitive_disability: boolean, 
/**
 * NYSAA criterion 2: a highly specialized program to transfer skills across settings (L2519).
 */
specialized_program: boolean, 
/**
 * NYSAA criterion 3: support systems (AT, personal care, health, behavioral) (L2519).
 */
support_systems: boolean, };

export type GenEdParticipation = { 
/**
 * The student takes part fully in general education: regular classes, extracurricular and
 * nonacademic activities.
 */
full_participation: boolean | null, 
/**
 * The extent the student does not participate with peers without disabilities (L2531).
 */
extent_not_participating: string, 
/**
 * Why the student is removed, for any removal, including pull-out services (L2531).
 */
removal_justification: string, 
/**
 * Extent of participation in physical education when not in regular PE (L2533).
 */
physical_education: string, };

export type PlacementKind = "doe_non_specialized" | "doe_specialized" | "nps_day" | "nps_residential" | "nps_placed_by_acs" | "state4201_day" | "state4201_residential" | "boces" | "charter_school" | "home_hospital";

export type LanguageDetermination = "enl_only" | "bilingual";

export type PromotionCriteria = "standard" | "modified";

export type TransportAccommodation = "door_to_door" | "paraprofessional" | "nursing" | "limited_travel_time" | "smaller_route" | "climate_control" | "lift" | "wheelchair" | "safety_vest" | "oxygen" | "ambulance";

export type OtherOption = { 
/**
 * The option, e.g. "General education with SETSS".
 */
option: string, 
/**
 * Why it was rejected, specifically: not merely "too restrictive" (L2631).
 */
rejected_because: string, };

export type Placement = { 
/**
 * For an ELL: ENL only or bilingual services (L2683).
 */
language_determination: LanguageDetermination | null, 
/**
 * The language of instruction (L2647).
 */
language_of_instruction: LanguageCode | null, 
/**
 * Whether the student is exempt from the language-other-than-English requirement; must be
 * indicated (L2535).
 */
lote_exempt: boolean | null, 
/**
 * DOE school, grades 3–8: standard or modified promotion criteria (L2629).
 */
promotion_criteria: PromotionCriteria | null, 
/**
 * Whether the student needs special transportation (L2785).
 */
special_transportation: boolean | null, transportation_accommodations: Array<TransportAccommodation>, 
/**
 * Why, from the student's needs (never age or lack of an escort, L2803).
 */
transportation_reason: string, 
/**
 * Whether a medical condition or physical limitation affects school (L2627).
 */
medical_condition: boolean | null, 
/**
 * Whether the student needs health treatment during the school day (L2627).
 */
health_treatment: boolean | null, 
/**
 * The placement recommendation: a setting type, not a school (L2547).
 */
recommendation: PlacementKind | null, 
/**
 * Other options considered, each with a specific reason for rejection (L2631).
 */
other_options: Array<OtherOption>, 
/**
 * Projected date of initiation of the IEP (L2623).
 */
projected_initiation: string | null, 
/**
 * The placement is deferred, for the student's best interest only (L2617).
 */
deferred: boolean, 
/**
 * A deferral needs the parent's written consent (L2617).
 */
deferral_consent_on: string | null, };

export type AmendmentAuthority = { "kind": "meeting" } | { "kind": "waiver", 
/**
 * The date the parent signed the "Waiver of IEP Meeting to Amend IEP".
 */
parent_signed_on: string | null, 
/**
 * A team member discussed the changes with the parent in language the parent
 * understands (L3023).
 */
discussed_with_parent: boolean, 
/**
 * The amendment changes the program recommendation (never without a meeting, L3019).
 */
changes_program: boolean, 
/**
 * The change would need the school psychologist at a meeting (L3019).
 */
needs_psychologist: boolean, };

export type Amendment = { 
/**
 * The version this amends.
 */
amends_version: number, 
/**
 * Why the IEP is amended, in words the parent will read.
 */
reason: string, authority: AmendmentAuthority, };

export type AmendIep = { iep_id: IepId, reason: string, authority: AmendmentAuthority, };

export type BankGoal = { 
/**
 * Stable: documents translate by it; never renumbered or reused.
 */
id: string, area: NeedArea, 
/**
 * What the student will do, after "the student" ("will ...").
 */
skill: string, condition: string, criterion: string, method: GoalMethod, schedule: GoalSchedule, 
/**
 * Suggested benchmarks, where natural.
 */
benchmarks: Array<string>, };
