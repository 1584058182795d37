# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### The IEP form's sections: section titles, field labels and every value of the IEP model.
### Ids are derived from the Rust names (crates/documents/src/iep_form.rs):
### iep-section-<section>, iep-label-<struct>-<field>, iep-<enum>-<value>.
### A test lists every id reachable from IepContent and fails when one is missing.

## Sections

iep-section-evaluation = Evaluation results and eligibility
iep-section-present-levels = Present levels of performance
iep-section-special-factors = Special factors
iep-section-postsecondary = Postsecondary goals and transition needs
iep-section-annual-goals = Annual goals
iep-section-progress-reporting = Reporting progress to parents
iep-section-programs-services = Programs and services
iep-section-twelve-month = 12-month services
iep-section-testing-accommodations = Testing accommodations
iep-section-transition-activities = Coordinated transition activities
iep-section-assessment-participation = State and district-wide assessments
iep-section-gen-ed-participation = Participation with students without disabilities
iep-section-placement = Language, transportation and placement

## EvaluationSection

iep-label-evaluation-section-classification = Disability classification
iep-label-evaluation-section-eligibility-notes = Eligibility discussion
iep-label-evaluation-section-evaluations = Evaluations
iep-label-evaluation-section-justification-form-signed = Justification form signed (initial ED or LD)

## Classification

iep-classification-autism = Autism
iep-classification-deaf-blindness = Deaf-blindness
iep-classification-deafness = Deafness
iep-classification-emotional-disturbance = Emotional disturbance
iep-classification-hearing-impairment = Hearing impairment
iep-classification-learning-disability = Learning disability
iep-classification-intellectual-disability = Intellectual disability
iep-classification-multiple-disabilities = Multiple disabilities
iep-classification-orthopedic-impairment = Orthopedic impairment
iep-classification-other-health-impairment = Other health impairment
iep-classification-speech-or-language-impairment = Speech or language impairment
iep-classification-traumatic-brain-injury = Traumatic brain injury
iep-classification-visual-impairment = Visual impairment (including blindness)

## Evaluation

iep-label-evaluation-date = Date
iep-label-evaluation-evaluator = Evaluator
iep-label-evaluation-kind = Kind of evaluation
iep-label-evaluation-summary = Summary of results

## EvaluationKind

iep-evaluation-kind-psychoeducational = Psychoeducational evaluation
iep-evaluation-kind-social-history = Social history
iep-evaluation-kind-classroom-observation = Classroom observation
iep-evaluation-kind-speech-language = Speech and language evaluation
iep-evaluation-kind-occupational-therapy = Occupational therapy evaluation
iep-evaluation-kind-physical-therapy = Physical therapy evaluation
iep-evaluation-kind-audiological = Audiological evaluation (audiogram)
iep-evaluation-kind-ophthalmological = Ophthalmological evaluation
iep-evaluation-kind-orthopedic = Orthopedic evaluation
iep-evaluation-kind-neurological = Neurological evaluation
iep-evaluation-kind-medical = Other medical evaluation
iep-evaluation-kind-adaptive-behavior-scale = Adaptive behavior scale
iep-evaluation-kind-functional-behavioral-assessment = Functional behavioral assessment (FBA)
iep-evaluation-kind-vocational = Vocational assessment
iep-evaluation-kind-assistive-technology = Assistive technology assessment
iep-evaluation-kind-bilingual = Bilingual evaluation
iep-evaluation-kind-psychiatric = Psychiatric evaluation
iep-evaluation-kind-independent = Independent evaluation provided by the parent

## PresentLevels

iep-label-present-levels-accessible-program-required = Accessible program required
iep-label-present-levels-areas = Strengths and needs by area
iep-label-present-levels-ell-language-impact = Effect of language (ELL)
iep-label-present-levels-needs = Needs list
iep-label-present-levels-parent-concerns = Parent concerns
iep-label-present-levels-testing-accommodation-considerations = Testing accommodation considerations

## AreaLevels

iep-label-area-levels-area = Area
iep-label-area-levels-needs = Needs
iep-label-area-levels-strengths = Strengths

## NeedArea

iep-need-area-reading = Reading
iep-need-area-writing = Writing
iep-need-area-math = Mathematics
iep-need-area-speech-language = Speech and language
iep-need-area-social-emotional = Social and emotional
iep-need-area-behavior = Behavior
iep-need-area-fine-motor = Fine motor
iep-need-area-gross-motor = Gross motor
iep-need-area-adaptive-daily-living = Adaptive and daily living
iep-need-area-transition = Transition

## Need

iep-label-need-area = Area
iep-label-need-description = Need

## SpecialFactors

iep-label-special-factors-assistive-technology = Assistive technology
iep-label-special-factors-behavior = Behavior
iep-label-special-factors-ell = English Language Learner
iep-label-special-factors-hearing = Deaf or hard of hearing
iep-label-special-factors-vision = Blindness or visual impairment

## AtFactor

iep-label-at-factor-applies = Needs assistive technology
iep-label-at-factor-needs-device = Needs an AT device
iep-label-at-factor-needs-service = Needs an AT service
iep-label-at-factor-training-for = Training needed for
iep-label-at-factor-used-outside-school = Device used at home or elsewhere

## TrainingRecipient

iep-training-recipient-student = Student
iep-training-recipient-parent = Parent
iep-training-recipient-teacher = Teacher
iep-training-recipient-provider = Service provider

## BehaviorFactor

iep-label-behavior-factor-applies = Behavior impedes learning
iep-label-behavior-factor-bip-on = BIP developed on
iep-label-behavior-factor-fba-on = FBA conducted on
iep-label-behavior-factor-notes = Notes

## EllFactor

iep-label-ell-factor-applies = Language needs apply
iep-label-ell-factor-evaluated-bilingually = Evaluated bilingually
iep-label-ell-factor-is-ell = English Language Learner
iep-label-ell-factor-language-needs = Language needs

## HearingFactor

iep-label-hearing-factor-applies = Deaf or hard of hearing
iep-label-hearing-factor-communication-needs = Communication needs
iep-label-hearing-factor-language-of-instruction = Language of instruction
iep-label-hearing-factor-mode-of-communication = Language and mode of communication

## VisionFactor

iep-label-vision-factor-applies = Blind or visually impaired
iep-label-vision-factor-braille-instruction = Braille instruction
iep-label-vision-factor-braille-not-appropriate-reason = Why Braille is not appropriate

## Postsecondary

iep-label-postsecondary-courses-of-study = Courses of study
iep-label-postsecondary-early-start = Starting early because
iep-label-postsecondary-goals = Postsecondary goals
iep-label-postsecondary-notes = Transition needs notes
iep-label-postsecondary-transition-needs = Other transition needs
iep-label-postsecondary-updated-on = Goals last updated on

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = The student has a clear goal
iep-early-transition-reason-needs-more-time = The student needs more time
iep-early-transition-reason-parent-request = The parent asked

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Area
iep-label-postsecondary-goal-based-on = Based on
iep-label-postsecondary-goal-goal = Goal
iep-label-postsecondary-goal-student-preferences = Student preferences and interests

## PostsecondaryArea

iep-postsecondary-area-education-training = Education and training
iep-postsecondary-area-employment = Employment
iep-postsecondary-area-independent-living = Independent living

## TransitionAssessment

iep-transition-assessment-vocational = Vocational assessment (student, parent, teacher)
iep-transition-assessment-postsecondary-education-skills = Assessment of postsecondary education skills
iep-transition-assessment-interview = Student or parent interview
iep-transition-assessment-strength-based = Strength-based assessment
iep-transition-assessment-teacher-observation = Teacher observation

## TransitionNeed

iep-transition-need-community-travel-help = Adult help to travel in the community
iep-transition-need-functional-academics = Functional reading and math instruction
iep-transition-need-self-advocacy = Self-advocacy skills
iep-transition-need-public-transportation = Independent use of public transportation
iep-transition-need-independent-living = Independent living skills
iep-transition-need-diploma-coursework = Coursework for a regular diploma
iep-transition-need-career-technical-courses = Career and technical education courses

## AnnualGoals

iep-label-annual-goals-goals = Annual goals

## AnnualGoal

iep-label-annual-goal-condition = Condition
iep-label-annual-goal-criterion = Criterion
iep-label-annual-goal-method = Method of measurement
iep-label-annual-goal-need-area = Area of need
iep-label-annual-goal-objective-kind = Objectives or benchmarks
iep-label-annual-goal-objectives = Steps
iep-label-annual-goal-schedule = Schedule of measurement
iep-label-annual-goal-skill = Skill

## GoalMethod

iep-goal-method-observation = Teacher or provider observation
iep-goal-method-work-samples = Work samples
iep-goal-method-curriculum-based-measurement = Curriculum-based measurement
iep-goal-method-teacher-tests = Teacher-made tests
iep-goal-method-data-collection = Data chart or tally
iep-goal-method-rubric = Rubric
iep-goal-method-checklist = Checklist
iep-goal-method-standardized-assessment = Standardized assessment
iep-goal-method-running-records = Running records

## ObjectiveKind

iep-objective-kind-none = None
iep-objective-kind-short-term-objectives = Short-term objectives
iep-objective-kind-benchmarks = Benchmarks

## Objective

iep-label-objective-by = By
iep-label-objective-text = Objective or benchmark

## GoalSchedule

iep-goal-schedule-daily = Daily
iep-goal-schedule-weekly = Weekly
iep-goal-schedule-biweekly = Every two weeks
iep-goal-schedule-monthly = Monthly
iep-goal-schedule-marking-period = Each marking period

## ProgressReporting

iep-label-progress-reporting-methods = How
iep-label-progress-reporting-times-per-year = Reports per year
iep-label-progress-reporting-with-report-cards = At report-card times

## ReportMethod

iep-report-method-written-report = Written progress report
iep-report-method-conference = Parent-teacher conference
iep-report-method-phone = Phone call
iep-report-method-email = Email

## ProgramsServices

iep-label-programs-services-assistive-technology = Assistive technology devices and services
iep-label-programs-services-paraprofessionals = IEP-assigned paraprofessionals
iep-label-programs-services-personnel-supports = Supports for school personnel
iep-label-programs-services-physical-education = Physical education
iep-label-programs-services-programs = Special education programs
iep-label-programs-services-related-services = Related services
iep-label-programs-services-supplementary-aids = Supplementary aids and program modifications

## AssistiveTech

iep-label-assistive-tech-assessment-on = AT assessment on
iep-label-assistive-tech-description = Description
iep-label-assistive-tech-kind = Device or service
iep-label-assistive-tech-level = Low or high tech
iep-label-assistive-tech-used-in = Used in

## AtKind

iep-at-kind-device = Device
iep-at-kind-service = Service

## TechLevel

iep-tech-level-low = Low-tech (e.g. pencil grip, slant board)
iep-tech-level-high = High-tech (e.g. tablet, speech-to-text)

## UseSetting

iep-use-setting-classroom = Classroom
iep-use-setting-home = Home
iep-use-setting-other = Other

## Paraprofessional

iep-label-paraprofessional-activities = Times and activities
iep-label-paraprofessional-bip-reviewed = BIP reviewed first
iep-label-paraprofessional-para-type = Type
iep-label-paraprofessional-progress-monitoring = Progress monitoring
iep-label-paraprofessional-purpose = Purpose and need
iep-label-paraprofessional-ratio = Ratio
iep-label-paraprofessional-responsibilities = Responsibilities
iep-label-paraprofessional-skilled-nursing-referral = Skilled nursing referral made
iep-label-paraprofessional-toileting = Toileting
iep-label-paraprofessional-unsafe-traveler-assessed-on = Assessed unsafe independent traveler on
iep-label-paraprofessional-urgent-care-condition = Urgent-care condition indicated

## ParaActivity

iep-para-activity-all-classes = All classes
iep-para-activity-academic-classes = Academic classes
iep-para-activity-related-services = Related services
iep-para-activity-lunch = Lunch
iep-para-activity-transitions = Transitions between classes
iep-para-activity-arrival-dismissal = Arrival and dismissal
iep-para-activity-field-trips = Field trips

## ParaType

iep-para-type-behavior-support = Behavior support (crisis management)
iep-para-type-health = Health
iep-para-type-toileting = Toileting
iep-para-type-orientation-mobility = Orientation and mobility

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Shared

## ToiletingMode

iep-toileting-mode-toilet-training = Toilet training
iep-toileting-mode-toileting-assistance = Toileting assistance

## PersonnelSupport

iep-label-personnel-support-description = Description
iep-label-personnel-support-kind = Support
iep-label-personnel-support-provided-by = Provided by
iep-label-personnel-support-recipient = For

## SupportKind

iep-support-kind-disability-information = Information on the disability
iep-support-kind-behavior-training = Training in positive behavioral interventions
iep-support-kind-sign-language = Sign language training
iep-support-kind-curriculum-modifications = Help with curriculum modifications
iep-support-kind-assistive-technology-training = Training on the student's assistive technology
iep-support-kind-behavioral-consultation = Behavioral consultation
iep-support-kind-para-training = Paraprofessional training (health, feeding, positioning…)
iep-support-kind-testing-accommodation-training = Training to give testing accommodations
iep-support-kind-other = Other

## StaffRole

iep-staff-role-teacher = Teachers
iep-staff-role-paraprofessional = Paraprofessional
iep-staff-role-provider = Related service providers
iep-staff-role-other-staff = Other school staff

## PeDetermination

iep-pe-determination-regular = Regular physical education
iep-pe-determination-regular-with-equipment = Regular physical education with special equipment
iep-pe-determination-adapted = Adapted physical education (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = D75 inclusive services
iep-label-program-recommendation-delivery = Push-in or pull-out
iep-label-program-recommendation-duration-minutes = Duration
iep-label-program-recommendation-frequency = Frequency
iep-label-program-recommendation-group = Individual or group
iep-label-program-recommendation-group-size = Group size
iep-label-program-recommendation-language = Language
iep-label-program-recommendation-location = Location
iep-label-program-recommendation-program = Program
iep-label-program-recommendation-projected-start = Projected start
iep-label-program-recommendation-ratio = Class ratio
iep-label-program-recommendation-setting = Class setting
iep-label-program-recommendation-subject = Subject

## Delivery

iep-delivery-push-in = Push-in (in the classroom)
iep-delivery-pull-out = Pull-out (outside the classroom)

## Period

iep-period-day = per day
iep-period-week = per week
iep-period-month = per month

## GroupKind

iep-group-kind-individual = Individual
iep-group-kind-group = Group

## ProgramKind

iep-program-kind-consultant-teacher = Consultant Teacher
iep-program-kind-setss = Special Education Teacher Support Services (SETSS)
iep-program-kind-ict = Integrated Co-Teaching (ICT)
iep-program-kind-special-class = Special class
iep-program-kind-travel-training = Travel training
iep-program-kind-adapted-physical-education = Adapted Physical Education (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Community school (District 1–32)
iep-class-setting-district-75 = Specialized school (District 75)
iep-class-setting-non-public-school = NYSED-approved non-public school

## Subject

iep-subject-ela = English Language Arts
iep-subject-math = Mathematics
iep-subject-science = Science
iep-subject-social-studies = Social studies
iep-subject-world-language = World language
iep-subject-career-technical = Career and technical education
iep-subject-physical-education = Physical education
iep-subject-all-subjects = All subjects

## RelatedService

iep-label-related-service-delivery = Push-in or pull-out
iep-label-related-service-duration-minutes = Duration
iep-label-related-service-frequency = Frequency
iep-label-related-service-group = Individual or group
iep-label-related-service-group-size = Group size
iep-label-related-service-initial = Initial recommendation
iep-label-related-service-language = Language
iep-label-related-service-location = Location
iep-label-related-service-other-service = Other service
iep-label-related-service-prescription-received-on = Prescription received on
iep-label-related-service-projected-start = Projected start
iep-label-related-service-separate-location = Separate location
iep-label-related-service-service = Service
iep-label-related-service-transition-service = Transition service

## ServiceLocation

iep-service-location-general-education-classroom = General education classroom
iep-service-location-special-education-classroom = Special education classroom
iep-service-location-separate-location = Separate location

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Speech-language therapy
iep-related-service-type-occupational-therapy = Occupational therapy (OT)
iep-related-service-type-physical-therapy = Physical therapy (PT)
iep-related-service-type-counseling = Counseling
iep-related-service-type-parent-counseling-and-training = Parent counseling and training
iep-related-service-type-assistive-technology-services = Assistive technology services
iep-related-service-type-audiological = Audiological services
iep-related-service-type-interpreting = Interpreting services (deaf and hard of hearing)
iep-related-service-type-orientation-mobility = Orientation and mobility
iep-related-service-type-school-nurse = School nurse services
iep-related-service-type-vision-education = Vision education services
iep-related-service-type-hearing-education = Hearing education services
iep-related-service-type-rehabilitation-counseling = Rehabilitation counseling
iep-related-service-type-social-work = School social work
iep-related-service-type-other = Other developmental, corrective or supportive service

## SupplementaryAid

iep-label-supplementary-aid-aid = Aid or modification
iep-label-supplementary-aid-applies-in = Where and when
iep-label-supplementary-aid-description = Description
iep-label-supplementary-aid-projected-start = Projected start

## AidKind

iep-aid-kind-note-taker = Note taker
iep-aid-kind-alternative-formats = Instructional materials in alternative formats
iep-aid-kind-extra-time-between-classes = Extra time between classes
iep-aid-kind-special-seating = Special seating
iep-aid-kind-highlighted-work = Highlighted or color-coded work
iep-aid-kind-study-guides = Study guide outlines
iep-aid-kind-study-carrel = Study carrel
iep-aid-kind-behavior-plan = Behavior intervention plan
iep-aid-kind-extra-time-for-assignments = Extra time for assignments
iep-aid-kind-assignment-adaptations = Assignment adaptations
iep-aid-kind-extended-pacing = Extended pacing of instruction
iep-aid-kind-adapted-presentation = Adapted presentation of content
iep-aid-kind-adapted-demonstration = Adapted ways to show learning
iep-aid-kind-other = Other

## TwelveMonth

iep-label-twelve-month-areas = Areas
iep-label-twelve-month-basis = Considered because
iep-label-twelve-month-details = Summer program and setting
iep-label-twelve-month-differs-from-school-year = Differs from the school-year services
iep-label-twelve-month-duration-minutes = Summer duration
iep-label-twelve-month-frequency = Summer frequency
iep-label-twelve-month-needed = 12-month services needed

## EsyBasis

iep-esy-basis-substantial-regression = Substantial regression (8 weeks or more to recoup)
iep-esy-basis-severe-multiple-disabilities = Severe multiple disabilities
iep-esy-basis-residential = Residential program
iep-esy-basis-home-hospital = Home or hospital instruction
iep-esy-basis-intensive-management-needs = Highly intensive management needs

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Testing accommodations
iep-label-testing-accommodations-none-recommended = No testing accommodations

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Break every
iep-label-testing-accommodation-break-minutes = Break length
iep-label-testing-accommodation-category = Accommodation
iep-label-testing-accommodation-condition = Only for
iep-label-testing-accommodation-extended-time = Extended time
iep-label-testing-accommodation-extra-direction-readings = Extra times directions are read
iep-label-testing-accommodation-group-size = Group size
iep-label-testing-accommodation-multiple-day-assurance-filed = Multiple-day assurance filed
iep-label-testing-accommodation-read-mode = Tests read by
iep-label-testing-accommodation-read-scope = Tests read scope
iep-label-testing-accommodation-setting = Setting
iep-label-testing-accommodation-specification = Specification

## AccommodationCategory

iep-accommodation-category-extended-time = Extended time
iep-accommodation-category-breaks = Breaks
iep-accommodation-category-separate-setting = Separate location or room
iep-accommodation-category-directions-repeated = Directions read or signed more times
iep-accommodation-category-tests-read = Tests read
iep-accommodation-category-multiple-day = Multiple-day administration
iep-accommodation-category-special-equipment = Special equipment or furniture
iep-accommodation-category-scribe = Use of a scribe
iep-accommodation-category-answers-in-booklet = Answers recorded in the test booklet
iep-accommodation-category-calculator = Calculator
iep-accommodation-category-word-processor = Word processor
iep-accommodation-category-other = Other

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Time and a half (1.5×)
iep-time-multiplier-double = Double time (2×)

## ReadMode

iep-read-mode-human-reader = Human reader
iep-read-mode-text-to-speech = Text-to-speech
iep-read-mode-audio-recording = Audio recording (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Excluding reading comprehension tests
iep-read-scope-including-reading-comprehension = Including reading comprehension tests

## TestSetting

iep-test-setting-individual = Individually
iep-test-setting-small-group = Small group

## TransitionActivities

iep-label-transition-activities-activities = Activities
iep-label-transition-activities-functional-vocational-assessment-needed = Functional vocational assessment needed

## TransitionActivity

iep-label-transition-activity-activity = Activity
iep-label-transition-activity-area = Area
iep-label-transition-activity-outside-agency = Outside agency
iep-label-transition-activity-parent-consent-to-invite = Parent consented to invite the agency
iep-label-transition-activity-responsible = Responsible (role or agency)
iep-label-transition-activity-starts-on = Starts on

## TransitionArea

iep-transition-area-instruction = Instruction
iep-transition-area-related-services = Related services
iep-transition-area-community-experiences = Community experiences
iep-transition-area-employment-adult-living = Employment and other post-school adult living objectives
iep-transition-area-daily-living-skills = Acquisition of daily living skills
iep-transition-area-functional-vocational-assessment = Functional vocational assessment

## AssessmentParticipation

iep-label-assessment-participation-mode = Assessment
iep-label-assessment-participation-severe-cognitive-disability = Severe cognitive disability
iep-label-assessment-participation-specialized-program = Highly specialized program
iep-label-assessment-participation-support-systems = Support systems needed
iep-label-assessment-participation-why-alternate = Why the alternate is appropriate
iep-label-assessment-participation-why-not-regular = Why not the regular assessment

## AssessmentMode

iep-assessment-mode-standard = State and district assessments (with any testing accommodations)
iep-assessment-mode-nysaa = New York State Alternate Assessment (NYSAA)
iep-assessment-mode-district-alternate = District alternate assessment (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Extent of non-participation
iep-label-gen-ed-participation-full-participation = Participates fully
iep-label-gen-ed-participation-physical-education = Physical education participation
iep-label-gen-ed-participation-removal-justification = Justification for removal

## Placement

iep-label-placement-deferral-consent-on = Parent's written consent to the deferral on
iep-label-placement-deferred = Placement deferred
iep-label-placement-health-treatment = Health treatment during the school day
iep-label-placement-language-determination = Language determination (ELL)
iep-label-placement-language-of-instruction = Language of instruction
iep-label-placement-lote-exempt = Exempt from the LOTE requirement
iep-label-placement-medical-condition = Medical condition affects school
iep-label-placement-other-options = Other options considered
iep-label-placement-projected-initiation = Projected start of the IEP
iep-label-placement-promotion-criteria = Promotion criteria
iep-label-placement-recommendation = Placement recommendation
iep-label-placement-special-transportation = Special transportation
iep-label-placement-transportation-accommodations = Transportation accommodations
iep-label-placement-transportation-reason = Transportation reason

## LanguageDetermination

iep-language-determination-enl-only = English as a New Language (ENL) only
iep-language-determination-bilingual = Bilingual instructional services required

## OtherOption

iep-label-other-option-option = Option
iep-label-other-option-rejected-because = Why rejected

## PromotionCriteria

iep-promotion-criteria-standard = Standard
iep-promotion-criteria-modified = Modified

## PlacementKind

iep-placement-kind-doe-non-specialized = NYC DOE school, non-specialized (District 1–32)
iep-placement-kind-doe-specialized = NYC DOE specialized school (District 75)
iep-placement-kind-nps-day = NYSED-approved non-public school – day
iep-placement-kind-nps-residential = NYSED-approved non-public school – residential
iep-placement-kind-nps-placed-by-acs = NYSED-approved non-public school – placed by ACS
iep-placement-kind-state4201-day = NYS-supported non-public school (4201) – day
iep-placement-kind-state4201-residential = NYS-supported non-public school (4201) – residential
iep-placement-kind-boces = Board of Cooperative Educational Services (BOCES)
iep-placement-kind-charter-school = Charter school
iep-placement-kind-home-hospital = Home or hospital instruction

## TransportAccommodation

iep-transport-accommodation-door-to-door = Door-to-door bus
iep-transport-accommodation-paraprofessional = Transportation paraprofessional
iep-transport-accommodation-nursing = Nurse on the bus
iep-transport-accommodation-limited-travel-time = Limited travel time
iep-transport-accommodation-smaller-route = Route with fewer students
iep-transport-accommodation-climate-control = Climate control
iep-transport-accommodation-lift = Lift
iep-transport-accommodation-wheelchair = Wheelchair accommodation
iep-transport-accommodation-safety-vest = Safety vest or car seat
iep-transport-accommodation-oxygen = Oxygen
iep-transport-accommodation-ambulance = Ambulance

## Values with a number or a yes/no answer

# $times: how many times (1 to 40).
iep-frequency-day = { $times ->
    [one] once a day
   *[other] { $times } times a day
}
# $times: how many times (1 to 40).
iep-frequency-week = { $times ->
    [one] once a week
   *[other] { $times } times a week
}
# $times: how many times (1 to 40).
iep-frequency-month = { $times ->
    [one] once a month
   *[other] { $times } times a month
}
# $count: a number of minutes.
iep-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
# $count: how many students in the group.
iep-group-of = { $count ->
    [one] group of { $count }
   *[other] group of { $count }
}
# $count: how many progress reports a year.
iep-times-per-year = { $count ->
    [one] once a year
   *[other] { $count } times a year
}
# $count: how many times (directions read again).
iep-times = { $count ->
    [one] once
   *[other] { $count } times
}
iep-yes = Yes
iep-no = No
iep-none-recorded = Nothing recorded in this section.
