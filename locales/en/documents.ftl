# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP Desk parent documents: English, the reference locale.
### Every locale in locales/ has exactly these messages (checked by cargo test in crates/documents).
### Register: formal, plain language, addressed to a parent.
### Digits stay Western (0-9) in every locale; dates are built from `date` and `month-N`.

## Dates

# $day, $year: numbers as digits; $month: one of the month-N messages below.
date = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Page furniture

# $page, $total: page numbers.
page-of = Page { $page } of { $total }
# Running header. $student: the student's name; $osis: the 9-digit student ID.
page-header = Student: { $student } · OSIS: { $osis }
# PDF title shown by PDF readers. $document: the document's title; $student: the student's name.
document-title = { $document }: { $student }
# $date: a date built with `date`.
produced-on = Copy produced on { $date }
translation-legal-notice = This is a translation of the IEP. The English IEP is the legal version of this document.
draft-notice = Draft: this IEP is not final and may still change.
# The page of a draft IEP handed to the parent when the IEP is not finalized at the meeting (SOPM L1491).
rsesp-title = Recommended Special Education Programs and Services
rsesp-notice = This page of the draft IEP lists the programs and services the IEP team recommends. The IEP is not final yet: it will be finalized and given to you within 10 business days.
# Above each text the IEP team wrote, on translated copies.
written-in-english = Written in English by the IEP team
not-yet-written = Not written yet.

## Forms: one message per form version, with the version's id.

form-nysed-iep-2023-11 = New York State IEP form (NYSED), revised November 2023

## Values

# $first, $last: the student's first and last name.
person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Kindergarten
# $grade: 1 to 12.
grade-n = Grade { $grade }
grade-ug = Ungraded
# $version: 1 for a student's first IEP.
iep-version-value = Version { $version }
iep-status-draft = Draft
iep-status-finalized = Final
iep-status-amended = Amended (replaced by a newer IEP)
iep-amends-earlier = This IEP amends an earlier IEP.

## Language names (codes of assets/data/languages.toml)

language-en = English
language-sq = Albanian
language-ar = Arabic
language-bn = Bangla (Bengali)
language-zh-Hans = Chinese (Simplified)
language-zh-Hant = Chinese (Traditional)
language-fr = French
language-ht = Haitian Creole
language-ko = Korean
language-ru = Russian
language-es = Spanish
language-uk = Ukrainian
language-ur = Urdu
language-uz = Uzbek
language-pl = Polish
language-yi = Yiddish
language-ja = Japanese
language-ne = Nepali
language-pa = Punjabi
language-tl = Tagalog
language-fuf = Pulaar (Fulani)
language-wo = Wolof
language-asl = American Sign Language

## The IEP

iep-title = Individualized Education Program (IEP)
section-identifying = Identifying information
field-student-name = Student name
field-date-of-birth = Date of birth
field-osis = Student ID (OSIS)
field-school = School (DBN)
field-grade = Grade
field-home-language = Home language
field-parent-language = Parent's preferred language
field-iep-version = IEP version
field-iep-status = IEP status
field-finalized-on = Date finalized
field-amendment = Amendment
field-produced-on = Date of this copy

# The seven components of the present levels (titles of the State form, SOPM L1993–L2017).
section-present-levels = Present Levels of Performance and Individual Needs
plop-evaluation_results = Evaluation Results
plop-academic_achievement = Academic Achievement, Functional Performance and Learning Characteristics
plop-social_development = Social Development
plop-physical_development = Physical Development
plop-management_needs = Management Needs
plop-effect_on_general_education = Effect of Student Needs on Involvement and Progress in the General Education Curriculum
plop-special_factor_needs = Student Needs Relating to Special Factors

## Parts in English (translated copies only)

section-english-parts = Parts of this IEP in English
# $count: how many parts are listed below (1 or more).
english-parts-intro =
    { $count ->
        [one] The IEP team wrote { $count } part of this IEP in English. It is not translated in this copy:
       *[other] The IEP team wrote { $count } parts of this IEP in English. They are not translated in this copy:
    }
# $contact: the name of the contact person.
english-parts-request = You have the right to ask for a translation of these parts into your language, at no cost to you. To ask for it, contact { $contact } or the language access coordinator of your child's school.
# $phone: a telephone number.
contact-phone = Telephone: { $phone }
# $email: an email address.
contact-email = Email: { $email }

## Shared by the notices and forms

# $date: a date built with `date`.
notice-date = Date of this notice: { $date }
translation-legal-notice-document = This is a translation. The English version of this document is the legal version.
section-student = Student
section-questions = Questions
section-english-parts-document = Parts of this document in English
# $count: how many parts are listed below (1 or more).
english-parts-intro-document =
    { $count ->
        [one] The school wrote { $count } part of this document in English. It is not translated in this copy:
       *[other] The school wrote { $count } parts of this document in English. They are not translated in this copy:
    }
# A time of day. $hour: 00 to 23; $hour12: 1 to 12; $minute: 00 to 59; $period: am or pm.
# Locales that write 24-hour times use $hour and $minute only.
time =
    { $period ->
        [am] { $hour12 }:{ $minute } AM
       *[pm] { $hour12 }:{ $minute } PM
    }

## Prior Written Notice (SOPM L171–197): one title and opening per situation.

pwn-title-referral_initial = Prior Written Notice: Notice of Referral for an Initial Evaluation
pwn-title-refusal_of_initial_evaluation = Prior Written Notice: Refusal of a Request for an Initial Evaluation
pwn-title-recommendation_initial = Prior Written Notice: Recommendation after the Initial IEP Meeting
pwn-title-recommendation = Prior Written Notice: Recommendation
pwn-title-ineligibility = Prior Written Notice: Not Eligible for Special Education
pwn-title-reevaluation_with_assessments = Prior Written Notice: Reevaluation with New Assessments
pwn-title-reevaluation = Prior Written Notice: Reevaluation
pwn-title-amendment = Prior Written Notice: Amendment to the IEP
pwn-title-refusal = Prior Written Notice: Refusal of a Parent's Request
pwn-intro-referral_initial = Your child has been referred for an initial evaluation, to find out whether your child has a disability and needs special education services. This notice explains what the school proposes and why.
pwn-intro-refusal_of_initial_evaluation = The school received a request to refer your child for an initial evaluation and has decided not to make the referral. This notice explains why.
pwn-intro-recommendation_initial = The IEP team met after your child's initial evaluation and made a recommendation. This notice explains what the team recommends and why.
pwn-intro-recommendation = The IEP team met about your child and made a recommendation. This notice explains what the team recommends and why.
pwn-intro-ineligibility = The IEP team found that your child is not eligible for special education services. This notice explains why.
pwn-intro-reevaluation_with_assessments = The school proposes to reevaluate your child with new assessments. This notice explains what is proposed and why.
pwn-intro-reevaluation = The school proposes to reevaluate your child using the information it already has. This notice explains what is proposed and why.
pwn-intro-amendment = The school proposes to change your child's IEP. This notice explains the change and why.
pwn-intro-refusal = The school has decided not to do something you asked for. This notice explains what was refused and why.
# The seven required elements, in the order of SOPM L173–197.
pwn-element-action-propose = 1. What the school proposes to do
pwn-element-action-refuse = 1. What the school refuses to do
pwn-element-reasons = 2. Why
pwn-element-evaluations = 3. Evaluations, assessments, records and reports used
pwn-element-options = 4. Other options considered and why they were rejected
pwn-element-other-factors = 5. Other relevant factors
pwn-element-safeguards = 6. Your procedural safeguards
pwn-element-assistance = 7. Where you can get help
# $number: 1, 2, 3…
pwn-option = Option { $number }:
pwn-option-rejected-because = Why it was rejected:
pwn-no-other-options = The team did not consider other options.
pwn-safeguards-statement = As the parent of a student who has or may have a disability, you have rights under the procedural safeguards of federal and New York State law.
pwn-psn-enclosed = A copy of the Procedural Safeguards Notice, which explains these rights, is enclosed with this notice.
pwn-psn-how-to-obtain = You can get a free copy of the Procedural Safeguards Notice, which explains these rights:
pwn-psn-website = The Procedural Safeguards Notice is also on the DOE website, under "Statement of Family's Rights".
pwn-assistance-intro = You can contact these sources for help in understanding special education and your rights:
pwn-section-more = More about this notice
# $form: the title of a consent form.
pwn-consent-enclosed = This action needs your written consent. The form "{ $form }" is enclosed with this notice. Nothing will be done until you sign it.
pwn-referral-next = The school will contact you to set a date for a social history meeting, where you will be asked for your consent to the evaluation.
pwn-program-visit = You have the right to visit a program like the one recommended for your child. To arrange a visit, contact:
pwn-program-visit-label = Contact to arrange a program visit
pwn-refusal-right-to-refer = You have the right to refer your child for an initial evaluation yourself, in writing, to the school principal or the Committee on Special Education.
pwn-refusal-copy-of-request = A copy of the request for referral is enclosed.
pwn-refusal-meeting-offered = You are offered a meeting with the principal to discuss the request and the help available for your child at school.
pwn-ineligibility-enclosed = Your child's present levels of performance and individual needs are enclosed with this notice.
# $contact: the name of the contact person.
pwn-contact = You have the right to take part in every decision about your child's education. If you have questions about this notice, contact { $contact }.

## Notice of IEP Meeting (SOPM L1325)

meeting-notice-title = Notice of IEP Meeting
meeting-notice-intro = You are invited to a meeting of your child's IEP team. You are a member of the team, and your participation is important.
section-meeting-details = Meeting details
field-meeting-type = Type of meeting
field-meeting-date = Date
field-meeting-time = Time
field-meeting-place = Place
field-meeting-interpreter = Interpreter
# $language: the name of a language.
meeting-interpreter-value = An interpreter for { $language } will be at the meeting.
meeting-sign-language-value = A sign-language interpreter will be at the meeting.
meeting-type-initial = Initial IEP meeting (after the initial evaluation)
meeting-type-annual_review = Annual review
meeting-type-requested_review = Requested review
meeting-type-requested_reevaluation = Requested reevaluation
meeting-type-three_year_reevaluation = Three-year reevaluation
meeting-type-reconvene = Continued meeting
# $type: the type of the meeting being continued.
meeting-type-reconvene-of = Continued meeting ({ $type })
section-meeting-participants = Who is invited
participants-intro = These people are invited to the meeting, in the roles shown:
column-role = Role
column-name = Name
role-parent = Parent
role-student = Student
role-district_representative = District representative
role-case_manager = Case manager
role-school_psychologist = School psychologist
role-special_education_teacher = Special education teacher
role-general_education_teacher = General education teacher
role-related_service_provider = Related service provider
role-school_social_worker = School social worker
role-parent_member = Additional parent member
role-physician = School physician
role-bilingual_professional = Bilingual professional
role-transition_agency_representative = Transition agency representative
role-teacher_of_deaf_and_hearing_impaired = Teacher of the deaf and hard of hearing
role-teacher_of_blind_and_partially_sighted = Teacher of the blind and partially sighted
role-audiologist = Audiologist
role-school_nurse = School nurse
role-assessment_professional = Evaluator
role-supervisory_personnel = Supervisor
role-other_school_personnel = Other school staff
role-special_expertise = Person with knowledge or special expertise about the student
section-meeting-rights = Your rights for this meeting
right-bring-people = You may bring people who know your child or have special expertise about your child, such as a relative, a friend or an advocate. If you bring an attorney, please tell the school before the meeting.
right-parent-member = You may ask for an additional parent member to take part: the parent of a student with a disability in New York City or a neighboring district. Ask in writing at least 72 hours before the meeting.
right-physician = You may ask for a school physician to take part, to explain your child's medical information and how it relates to your child's education. Ask in writing at least 72 hours before the meeting.
right-interpreter = You may have an interpreter, including a sign-language interpreter, at no cost to you. Tell the school if you need one.
right-reschedule = If the date or time does not suit you, you may ask for another date and time. If you cannot come, you may take part by telephone.
right-record = You may make an audio recording of the meeting if you ask the principal or chairperson in writing at least one business day before. The school will then also record the meeting.
right-documents = You will receive the assessments and reports the team will discuss before the meeting.
# $contact: the name of the contact person.
meeting-contact = To confirm that you will come, to ask for any of the above, or if you have questions, contact { $contact }.

## Consent forms (SOPM L207, L209, L3037)

consent-title-initial_evaluation = Consent for Initial Evaluation
consent-title-initial_provision_of_services = Consent for Initial Provision of Special Education Services
consent-title-additional_assessments = Consent for Additional Assessments (Reevaluation)
consent-intro-initial_evaluation = The school asks for your consent to evaluate your child, to find out whether your child has a disability and needs special education services. Consent to the evaluation is not consent to special education services.
consent-intro-initial_provision_of_services = The IEP team recommends special education services for your child. The school asks for your consent to begin them. No special education services can begin without your written consent.
consent-intro-additional_assessments = As part of your child's reevaluation, the school asks for your consent to the new assessments listed below.
section-consent-activities = What the school proposes
consent-activities-itemized = For each item, mark whether you consent. You may consent to some items and not to others.
consent-activities-whole = The school proposes:
column-proposed = Proposed
consent-choice-yes = I consent
consent-choice-no = I do not consent
section-consent-records = Records that will be shared
consent-records-default = Your child's school records will be shared only with the evaluators and service providers who carry out what is proposed.
section-consent-rights = Your rights
consent-right-decline = You may refuse to give consent.
consent-right-revoke = You may revoke (take back) your consent at any time, in writing.
consent-right-not-retroactive = Revoking consent is not retroactive: it does not undo what was done after you gave consent and before you revoked it.
section-consent-decision = Your decision
consent-whole-yes = I consent to what is proposed above.
consent-whole-no = I do not consent.
consent-sign-intro = By signing, I confirm that I have been told what is proposed and understand it, and that my decision is marked above.
signature-parent = Signature of parent
signature-name = Name of parent
signature-relationship = Relationship to the student
signature-date = Date
# $contact: the name of the contact person.
consent-return = Please return this form to { $contact }. If you have questions, contact them.
