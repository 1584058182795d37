# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = মূল্যায়নের ফলাফল ও যোগ্যতা
iep-section-present-levels = বর্তমান কর্মদক্ষতার স্তর
iep-section-special-factors = বিশেষ বিষয়সমূহ
iep-section-postsecondary = মাধ্যমিক-পরবর্তী লক্ষ্য ও উত্তরণের প্রয়োজন
iep-section-annual-goals = বার্ষিক লক্ষ্য
iep-section-progress-reporting = অভিভাবকদের কাছে অগ্রগতির প্রতিবেদন
iep-section-programs-services = প্রোগ্রাম ও সেবা
iep-section-twelve-month = ১২ মাসের সেবা
iep-section-testing-accommodations = পরীক্ষার সুবিধা
iep-section-transition-activities = সমন্বিত উত্তরণ কার্যক্রম
iep-section-assessment-participation = অঙ্গরাজ্য ও ডিস্ট্রিক্টের পরীক্ষা
iep-section-gen-ed-participation = প্রতিবন্ধিতাহীন শিক্ষার্থীদের সাথে অংশগ্রহণ
iep-section-placement = ভাষা, যাতায়াত ও প্লেসমেন্ট

## EvaluationSection

iep-label-evaluation-section-classification = প্রতিবন্ধিতার শ্রেণিবিভাগ
iep-label-evaluation-section-eligibility-notes = যোগ্যতা নিয়ে আলোচনা
iep-label-evaluation-section-evaluations = মূল্যায়নসমূহ
iep-label-evaluation-section-justification-form-signed = যৌক্তিকতা ফর্মে স্বাক্ষর করা হয়েছে (প্রাথমিক ED বা LD)

## Classification

iep-classification-autism = অটিজম
iep-classification-deaf-blindness = বধিরতা ও অন্ধত্ব
iep-classification-deafness = বধিরতা
iep-classification-emotional-disturbance = আবেগজনিত সমস্যা
iep-classification-hearing-impairment = শ্রবণ প্রতিবন্ধিতা
iep-classification-learning-disability = শিখন প্রতিবন্ধিতা
iep-classification-intellectual-disability = বুদ্ধিবৃত্তিক প্রতিবন্ধিতা
iep-classification-multiple-disabilities = একাধিক প্রতিবন্ধিতা
iep-classification-orthopedic-impairment = অস্থি-সংক্রান্ত প্রতিবন্ধিতা
iep-classification-other-health-impairment = অন্যান্য স্বাস্থ্যগত প্রতিবন্ধিতা
iep-classification-speech-or-language-impairment = বাক বা ভাষাগত প্রতিবন্ধিতা
iep-classification-traumatic-brain-injury = মস্তিষ্কের আঘাতজনিত ক্ষতি
iep-classification-visual-impairment = দৃষ্টি প্রতিবন্ধিতা (অন্ধত্বসহ)

## Evaluation

iep-label-evaluation-date = তারিখ
iep-label-evaluation-evaluator = মূল্যায়নকারী
iep-label-evaluation-kind = মূল্যায়নের ধরন
iep-label-evaluation-summary = ফলাফলের সারসংক্ষেপ

## EvaluationKind

iep-evaluation-kind-psychoeducational = মনো-শিক্ষাগত মূল্যায়ন
iep-evaluation-kind-social-history = সামাজিক ইতিহাস
iep-evaluation-kind-classroom-observation = শ্রেণিকক্ষ পর্যবেক্ষণ
iep-evaluation-kind-speech-language = বাক ও ভাষা মূল্যায়ন
iep-evaluation-kind-occupational-therapy = অকুপেশনাল থেরাপি মূল্যায়ন
iep-evaluation-kind-physical-therapy = ফিজিক্যাল থেরাপি মূল্যায়ন
iep-evaluation-kind-audiological = শ্রবণ মূল্যায়ন (অডিওগ্রাম)
iep-evaluation-kind-ophthalmological = চক্ষু মূল্যায়ন
iep-evaluation-kind-orthopedic = অস্থি মূল্যায়ন
iep-evaluation-kind-neurological = স্নায়ু মূল্যায়ন
iep-evaluation-kind-medical = অন্যান্য চিকিৎসা মূল্যায়ন
iep-evaluation-kind-adaptive-behavior-scale = অভিযোজিত আচরণ স্কেল
iep-evaluation-kind-functional-behavioral-assessment = কার্যকরী আচরণ মূল্যায়ন (FBA)
iep-evaluation-kind-vocational = বৃত্তিমূলক মূল্যায়ন
iep-evaluation-kind-assistive-technology = সহায়ক প্রযুক্তি মূল্যায়ন
iep-evaluation-kind-bilingual = দ্বিভাষিক মূল্যায়ন
iep-evaluation-kind-psychiatric = মনোরোগ মূল্যায়ন
iep-evaluation-kind-independent = অভিভাবকের দেওয়া স্বাধীন মূল্যায়ন

## PresentLevels

iep-label-present-levels-accessible-program-required = প্রবেশযোগ্য প্রোগ্রাম প্রয়োজন
iep-label-present-levels-areas = ক্ষেত্র অনুযায়ী শক্তি ও প্রয়োজন
iep-label-present-levels-ell-language-impact = ভাষার প্রভাব (ELL)
iep-label-present-levels-needs = প্রয়োজনের তালিকা
iep-label-present-levels-parent-concerns = অভিভাবকের উদ্বেগ
iep-label-present-levels-testing-accommodation-considerations = পরীক্ষার সুবিধা বিষয়ে বিবেচনা

## AreaLevels

iep-label-area-levels-area = ক্ষেত্র
iep-label-area-levels-needs = প্রয়োজন
iep-label-area-levels-strengths = শক্তি

## NeedArea

iep-need-area-reading = পড়া
iep-need-area-writing = লেখা
iep-need-area-math = গণিত
iep-need-area-speech-language = বাক ও ভাষা
iep-need-area-social-emotional = সামাজিক ও আবেগীয়
iep-need-area-behavior = আচরণ
iep-need-area-fine-motor = সূক্ষ্ম পেশি সঞ্চালন
iep-need-area-gross-motor = বৃহৎ পেশি সঞ্চালন
iep-need-area-adaptive-daily-living = অভিযোজন ও দৈনন্দিন জীবনযাপন
iep-need-area-transition = উত্তরণ

## Need

iep-label-need-area = ক্ষেত্র
iep-label-need-description = প্রয়োজন

## SpecialFactors

iep-label-special-factors-assistive-technology = সহায়ক প্রযুক্তি
iep-label-special-factors-behavior = আচরণ
iep-label-special-factors-ell = ইংরেজি ভাষা শিক্ষার্থী
iep-label-special-factors-hearing = বধির বা কানে কম শোনে
iep-label-special-factors-vision = অন্ধত্ব বা দৃষ্টি প্রতিবন্ধিতা

## AtFactor

iep-label-at-factor-applies = সহায়ক প্রযুক্তি প্রয়োজন
iep-label-at-factor-needs-device = সহায়ক প্রযুক্তির যন্ত্র প্রয়োজন
iep-label-at-factor-needs-service = সহায়ক প্রযুক্তির সেবা প্রয়োজন
iep-label-at-factor-training-for = যাদের জন্য প্রশিক্ষণ প্রয়োজন
iep-label-at-factor-used-outside-school = যন্ত্রটি বাড়িতে বা অন্য কোথাও ব্যবহৃত হয়

## TrainingRecipient

iep-training-recipient-student = শিক্ষার্থী
iep-training-recipient-parent = অভিভাবক
iep-training-recipient-teacher = শিক্ষক
iep-training-recipient-provider = সেবা প্রদানকারী

## BehaviorFactor

iep-label-behavior-factor-applies = আচরণ শেখায় বাধা দেয়
iep-label-behavior-factor-bip-on = BIP তৈরির তারিখ
iep-label-behavior-factor-fba-on = FBA করার তারিখ
iep-label-behavior-factor-notes = মন্তব্য

## EllFactor

iep-label-ell-factor-applies = ভাষাগত প্রয়োজন আছে
iep-label-ell-factor-evaluated-bilingually = দ্বিভাষায় মূল্যায়ন করা হয়েছে
iep-label-ell-factor-is-ell = ইংরেজি ভাষা শিক্ষার্থী
iep-label-ell-factor-language-needs = ভাষাগত প্রয়োজন

## HearingFactor

iep-label-hearing-factor-applies = বধির বা কানে কম শোনে
iep-label-hearing-factor-communication-needs = যোগাযোগের প্রয়োজন
iep-label-hearing-factor-language-of-instruction = শিক্ষাদানের ভাষা
iep-label-hearing-factor-mode-of-communication = যোগাযোগের ভাষা ও পদ্ধতি

## VisionFactor

iep-label-vision-factor-applies = অন্ধ বা দৃষ্টি প্রতিবন্ধী
iep-label-vision-factor-braille-instruction = ব্রেইল শিক্ষা
iep-label-vision-factor-braille-not-appropriate-reason = ব্রেইল কেন উপযুক্ত নয়

## Postsecondary

iep-label-postsecondary-courses-of-study = পাঠ্যক্রম
iep-label-postsecondary-early-start = আগে শুরু করার কারণ
iep-label-postsecondary-goals = মাধ্যমিক-পরবর্তী লক্ষ্য
iep-label-postsecondary-notes = উত্তরণের প্রয়োজন বিষয়ে মন্তব্য
iep-label-postsecondary-transition-needs = উত্তরণের অন্যান্য প্রয়োজন
iep-label-postsecondary-updated-on = লক্ষ্য সর্বশেষ হালনাগাদের তারিখ

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = শিক্ষার্থীর একটি স্পষ্ট লক্ষ্য আছে
iep-early-transition-reason-needs-more-time = শিক্ষার্থীর আরও সময় প্রয়োজন
iep-early-transition-reason-parent-request = অভিভাবক অনুরোধ করেছেন

## PostsecondaryGoal

iep-label-postsecondary-goal-area = ক্ষেত্র
iep-label-postsecondary-goal-based-on = যার ভিত্তিতে
iep-label-postsecondary-goal-goal = লক্ষ্য
iep-label-postsecondary-goal-student-preferences = শিক্ষার্থীর পছন্দ ও আগ্রহ

## PostsecondaryArea

iep-postsecondary-area-education-training = শিক্ষা ও প্রশিক্ষণ
iep-postsecondary-area-employment = কর্মসংস্থান
iep-postsecondary-area-independent-living = স্বাধীন জীবনযাপন

## TransitionAssessment

iep-transition-assessment-vocational = বৃত্তিমূলক মূল্যায়ন (শিক্ষার্থী, অভিভাবক, শিক্ষক)
iep-transition-assessment-postsecondary-education-skills = মাধ্যমিক-পরবর্তী শিক্ষার দক্ষতার মূল্যায়ন
iep-transition-assessment-interview = শিক্ষার্থী বা অভিভাবকের সাক্ষাৎকার
iep-transition-assessment-strength-based = শক্তি-ভিত্তিক মূল্যায়ন
iep-transition-assessment-teacher-observation = শিক্ষকের পর্যবেক্ষণ

## TransitionNeed

iep-transition-need-community-travel-help = সমাজে চলাচলে প্রাপ্তবয়স্কের সাহায্য
iep-transition-need-functional-academics = কার্যকরী পড়া ও গণিত শিক্ষা
iep-transition-need-self-advocacy = আত্ম-সমর্থনের দক্ষতা
iep-transition-need-public-transportation = স্বাধীনভাবে গণপরিবহন ব্যবহার
iep-transition-need-independent-living = স্বাধীন জীবনযাপনের দক্ষতা
iep-transition-need-diploma-coursework = সাধারণ ডিপ্লোমার পাঠ্যক্রম
iep-transition-need-career-technical-courses = পেশাগত ও কারিগরি শিক্ষার কোর্স

## AnnualGoals

iep-label-annual-goals-goals = বার্ষিক লক্ষ্য

## AnnualGoal

iep-label-annual-goal-condition = শর্ত
iep-label-annual-goal-criterion = মানদণ্ড
iep-label-annual-goal-method = পরিমাপের পদ্ধতি
iep-label-annual-goal-need-area = প্রয়োজনের ক্ষেত্র
iep-label-annual-goal-objective-kind = স্বল্পমেয়াদি উদ্দেশ্য বা মাপকাঠি
iep-label-annual-goal-objectives = ধাপসমূহ
iep-label-annual-goal-schedule = পরিমাপের সময়সূচি
iep-label-annual-goal-skill = দক্ষতা

## GoalMethod

iep-goal-method-observation = শিক্ষক বা সেবা প্রদানকারীর পর্যবেক্ষণ
iep-goal-method-work-samples = কাজের নমুনা
iep-goal-method-curriculum-based-measurement = পাঠ্যক্রম-ভিত্তিক পরিমাপ
iep-goal-method-teacher-tests = শিক্ষকের তৈরি পরীক্ষা
iep-goal-method-data-collection = তথ্যের চার্ট বা হিসাব
iep-goal-method-rubric = রুব্রিক
iep-goal-method-checklist = চেকলিস্ট
iep-goal-method-standardized-assessment = প্রমিত মূল্যায়ন
iep-goal-method-running-records = পড়ার রেকর্ড

## ObjectiveKind

iep-objective-kind-none = নেই
iep-objective-kind-short-term-objectives = স্বল্পমেয়াদি উদ্দেশ্য
iep-objective-kind-benchmarks = মাপকাঠি

## Objective

iep-label-objective-by = যে তারিখের মধ্যে
iep-label-objective-text = উদ্দেশ্য বা মাপকাঠি

## GoalSchedule

iep-goal-schedule-daily = প্রতিদিন
iep-goal-schedule-weekly = প্রতি সপ্তাহে
iep-goal-schedule-biweekly = প্রতি দুই সপ্তাহে
iep-goal-schedule-monthly = প্রতি মাসে
iep-goal-schedule-marking-period = প্রতিটি মূল্যায়ন পর্বে

## ProgressReporting

iep-label-progress-reporting-methods = কীভাবে
iep-label-progress-reporting-times-per-year = বছরে প্রতিবেদনের সংখ্যা
iep-label-progress-reporting-with-report-cards = রিপোর্ট কার্ডের সময়ে

## ReportMethod

iep-report-method-written-report = লিখিত অগ্রগতি প্রতিবেদন
iep-report-method-conference = অভিভাবক-শিক্ষক সভা
iep-report-method-phone = ফোন কল
iep-report-method-email = ইমেইল

## ProgramsServices

iep-label-programs-services-assistive-technology = সহায়ক প্রযুক্তির যন্ত্র ও সেবা
iep-label-programs-services-paraprofessionals = IEP অনুযায়ী নিযুক্ত প্যারাপ্রফেশনাল
iep-label-programs-services-personnel-supports = স্কুলের কর্মীদের জন্য সহায়তা
iep-label-programs-services-physical-education = শারীরিক শিক্ষা
iep-label-programs-services-programs = বিশেষ শিক্ষা প্রোগ্রাম
iep-label-programs-services-related-services = সংশ্লিষ্ট সেবা
iep-label-programs-services-supplementary-aids = সম্পূরক সহায়তা ও প্রোগ্রামের পরিবর্তন

## AssistiveTech

iep-label-assistive-tech-assessment-on = সহায়ক প্রযুক্তি মূল্যায়নের তারিখ
iep-label-assistive-tech-description = বিবরণ
iep-label-assistive-tech-kind = যন্ত্র বা সেবা
iep-label-assistive-tech-level = সাধারণ বা উন্নত প্রযুক্তি
iep-label-assistive-tech-used-in = যেখানে ব্যবহৃত হয়

## AtKind

iep-at-kind-device = যন্ত্র
iep-at-kind-service = সেবা

## TechLevel

iep-tech-level-low = সাধারণ প্রযুক্তি (যেমন পেন্সিল গ্রিপ, ঢালু বোর্ড)
iep-tech-level-high = উন্নত প্রযুক্তি (যেমন ট্যাবলেট, কথা থেকে লেখা)

## UseSetting

iep-use-setting-classroom = শ্রেণিকক্ষ
iep-use-setting-home = বাড়ি
iep-use-setting-other = অন্যান্য

## Paraprofessional

iep-label-paraprofessional-activities = সময় ও কার্যক্রম
iep-label-paraprofessional-bip-reviewed = আগে BIP পর্যালোচনা করা হয়েছে
iep-label-paraprofessional-para-type = ধরন
iep-label-paraprofessional-progress-monitoring = অগ্রগতি পর্যবেক্ষণ
iep-label-paraprofessional-purpose = উদ্দেশ্য ও প্রয়োজন
iep-label-paraprofessional-ratio = অনুপাত
iep-label-paraprofessional-responsibilities = দায়িত্ব
iep-label-paraprofessional-skilled-nursing-referral = দক্ষ নার্সিংয়ের জন্য রেফারেল করা হয়েছে
iep-label-paraprofessional-toileting = টয়লেট ব্যবহার
iep-label-paraprofessional-unsafe-traveler-assessed-on = অনিরাপদ স্বাধীন যাত্রী হিসেবে মূল্যায়নের তারিখ
iep-label-paraprofessional-urgent-care-condition = জরুরি চিকিৎসার প্রয়োজনীয় অবস্থা উল্লেখ করা হয়েছে

## ParaActivity

iep-para-activity-all-classes = সকল ক্লাস
iep-para-activity-academic-classes = একাডেমিক ক্লাস
iep-para-activity-related-services = সংশ্লিষ্ট সেবা
iep-para-activity-lunch = দুপুরের খাবার
iep-para-activity-transitions = ক্লাস পরিবর্তনের সময়
iep-para-activity-arrival-dismissal = আগমন ও ছুটি
iep-para-activity-field-trips = শিক্ষা সফর

## ParaType

iep-para-type-behavior-support = আচরণগত সহায়তা (সংকট ব্যবস্থাপনা)
iep-para-type-health = স্বাস্থ্য
iep-para-type-toileting = টয়লেট ব্যবহার
iep-para-type-orientation-mobility = দিকনির্ণয় ও চলাচল

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = ভাগাভাগি করে

## ToiletingMode

iep-toileting-mode-toilet-training = টয়লেট প্রশিক্ষণ
iep-toileting-mode-toileting-assistance = টয়লেট ব্যবহারে সহায়তা

## PersonnelSupport

iep-label-personnel-support-description = বিবরণ
iep-label-personnel-support-kind = সহায়তা
iep-label-personnel-support-provided-by = যিনি প্রদান করবেন
iep-label-personnel-support-recipient = যার জন্য

## SupportKind

iep-support-kind-disability-information = প্রতিবন্ধিতা সম্পর্কে তথ্য
iep-support-kind-behavior-training = ইতিবাচক আচরণগত হস্তক্ষেপে প্রশিক্ষণ
iep-support-kind-sign-language = ইশারা ভাষার প্রশিক্ষণ
iep-support-kind-curriculum-modifications = পাঠ্যক্রম পরিবর্তনে সহায়তা
iep-support-kind-assistive-technology-training = শিক্ষার্থীর সহায়ক প্রযুক্তি বিষয়ে প্রশিক্ষণ
iep-support-kind-behavioral-consultation = আচরণগত পরামর্শ
iep-support-kind-para-training = প্যারাপ্রফেশনালদের প্রশিক্ষণ (স্বাস্থ্য, খাওয়ানো, অবস্থান…)
iep-support-kind-testing-accommodation-training = পরীক্ষার সুবিধা দেওয়ার প্রশিক্ষণ
iep-support-kind-other = অন্যান্য

## StaffRole

iep-staff-role-teacher = শিক্ষকগণ
iep-staff-role-paraprofessional = প্যারাপ্রফেশনাল
iep-staff-role-provider = সংশ্লিষ্ট সেবা প্রদানকারী
iep-staff-role-other-staff = স্কুলের অন্যান্য কর্মী

## PeDetermination

iep-pe-determination-regular = সাধারণ শারীরিক শিক্ষা
iep-pe-determination-regular-with-equipment = বিশেষ সরঞ্জামসহ সাধারণ শারীরিক শিক্ষা
iep-pe-determination-adapted = অভিযোজিত শারীরিক শিক্ষা (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = D75 অন্তর্ভুক্তিমূলক সেবা
iep-label-program-recommendation-delivery = শ্রেণিকক্ষের ভেতরে বা বাইরে
iep-label-program-recommendation-duration-minutes = সময়কাল
iep-label-program-recommendation-frequency = পুনরাবৃত্তি
iep-label-program-recommendation-group = একক বা দলগত
iep-label-program-recommendation-group-size = দলের আকার
iep-label-program-recommendation-language = ভাষা
iep-label-program-recommendation-location = স্থান
iep-label-program-recommendation-program = প্রোগ্রাম
iep-label-program-recommendation-projected-start = সম্ভাব্য শুরুর তারিখ
iep-label-program-recommendation-ratio = ক্লাসের অনুপাত
iep-label-program-recommendation-setting = ক্লাসের পরিবেশ
iep-label-program-recommendation-subject = বিষয়

## Delivery

iep-delivery-push-in = শ্রেণিকক্ষের ভেতরে (push-in)
iep-delivery-pull-out = শ্রেণিকক্ষের বাইরে (pull-out)

## Period

iep-period-day = প্রতিদিন
iep-period-week = প্রতি সপ্তাহে
iep-period-month = প্রতি মাসে

## GroupKind

iep-group-kind-individual = একক
iep-group-kind-group = দলগত

## ProgramKind

iep-program-kind-consultant-teacher = পরামর্শদাতা শিক্ষক
iep-program-kind-setss = বিশেষ শিক্ষা শিক্ষক সহায়তা সেবা (SETSS)
iep-program-kind-ict = সমন্বিত সহ-শিক্ষণ (ICT)
iep-program-kind-special-class = বিশেষ ক্লাস
iep-program-kind-travel-training = যাতায়াত প্রশিক্ষণ
iep-program-kind-adapted-physical-education = অভিযোজিত শারীরিক শিক্ষা (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = কমিউনিটি স্কুল (ডিস্ট্রিক্ট 1–32)
iep-class-setting-district-75 = বিশেষায়িত স্কুল (ডিস্ট্রিক্ট 75)
iep-class-setting-non-public-school = NYSED-অনুমোদিত বেসরকারি স্কুল

## Subject

iep-subject-ela = ইংরেজি ভাষা ও সাহিত্য
iep-subject-math = গণিত
iep-subject-science = বিজ্ঞান
iep-subject-social-studies = সমাজবিজ্ঞান
iep-subject-world-language = বিদেশি ভাষা
iep-subject-career-technical = পেশাগত ও কারিগরি শিক্ষা
iep-subject-physical-education = শারীরিক শিক্ষা
iep-subject-all-subjects = সকল বিষয়

## RelatedService

iep-label-related-service-delivery = শ্রেণিকক্ষের ভেতরে বা বাইরে
iep-label-related-service-duration-minutes = সময়কাল
iep-label-related-service-frequency = পুনরাবৃত্তি
iep-label-related-service-group = একক বা দলগত
iep-label-related-service-group-size = দলের আকার
iep-label-related-service-initial = প্রাথমিক সুপারিশ
iep-label-related-service-language = ভাষা
iep-label-related-service-location = স্থান
iep-label-related-service-other-service = অন্য সেবা
iep-label-related-service-prescription-received-on = প্রেসক্রিপশন পাওয়ার তারিখ
iep-label-related-service-projected-start = সম্ভাব্য শুরুর তারিখ
iep-label-related-service-separate-location = আলাদা স্থান
iep-label-related-service-service = সেবা
iep-label-related-service-transition-service = উত্তরণ সেবা

## ServiceLocation

iep-service-location-general-education-classroom = সাধারণ শিক্ষার শ্রেণিকক্ষ
iep-service-location-special-education-classroom = বিশেষ শিক্ষার শ্রেণিকক্ষ
iep-service-location-separate-location = আলাদা স্থান

## RelatedServiceType

iep-related-service-type-speech-language-therapy = বাক ও ভাষা থেরাপি
iep-related-service-type-occupational-therapy = অকুপেশনাল থেরাপি (OT)
iep-related-service-type-physical-therapy = ফিজিক্যাল থেরাপি (PT)
iep-related-service-type-counseling = কাউন্সেলিং
iep-related-service-type-parent-counseling-and-training = অভিভাবক কাউন্সেলিং ও প্রশিক্ষণ
iep-related-service-type-assistive-technology-services = সহায়ক প্রযুক্তি সেবা
iep-related-service-type-audiological = শ্রবণ সেবা
iep-related-service-type-interpreting = দোভাষী সেবা (বধির ও কানে কম শোনা)
iep-related-service-type-orientation-mobility = দিকনির্ণয় ও চলাচল
iep-related-service-type-school-nurse = স্কুল নার্স সেবা
iep-related-service-type-vision-education = দৃষ্টি শিক্ষা সেবা
iep-related-service-type-hearing-education = শ্রবণ শিক্ষা সেবা
iep-related-service-type-rehabilitation-counseling = পুনর্বাসন কাউন্সেলিং
iep-related-service-type-social-work = স্কুল সমাজকর্ম
iep-related-service-type-other = অন্যান্য বিকাশমূলক, সংশোধনমূলক বা সহায়ক সেবা

## SupplementaryAid

iep-label-supplementary-aid-aid = সহায়তা বা পরিবর্তন
iep-label-supplementary-aid-applies-in = কোথায় ও কখন
iep-label-supplementary-aid-description = বিবরণ
iep-label-supplementary-aid-projected-start = সম্ভাব্য শুরুর তারিখ

## AidKind

iep-aid-kind-note-taker = নোট লেখার সহায়ক
iep-aid-kind-alternative-formats = বিকল্প ফরম্যাটে শিক্ষা উপকরণ
iep-aid-kind-extra-time-between-classes = ক্লাসের মাঝে অতিরিক্ত সময়
iep-aid-kind-special-seating = বিশেষ আসন
iep-aid-kind-highlighted-work = চিহ্নিত বা রঙ-সংকেতযুক্ত কাজ
iep-aid-kind-study-guides = পড়ার নির্দেশিকার রূপরেখা
iep-aid-kind-study-carrel = পড়ার আলাদা জায়গা
iep-aid-kind-behavior-plan = আচরণগত হস্তক্ষেপ পরিকল্পনা
iep-aid-kind-extra-time-for-assignments = কাজের জন্য অতিরিক্ত সময়
iep-aid-kind-assignment-adaptations = কাজের অভিযোজন
iep-aid-kind-extended-pacing = শিক্ষাদানের ধীর গতি
iep-aid-kind-adapted-presentation = বিষয়বস্তুর অভিযোজিত উপস্থাপন
iep-aid-kind-adapted-demonstration = শেখা দেখানোর অভিযোজিত উপায়
iep-aid-kind-other = অন্যান্য

## TwelveMonth

iep-label-twelve-month-areas = ক্ষেত্রসমূহ
iep-label-twelve-month-basis = বিবেচনার কারণ
iep-label-twelve-month-details = গ্রীষ্মকালীন প্রোগ্রাম ও পরিবেশ
iep-label-twelve-month-differs-from-school-year = স্কুল-বছরের সেবা থেকে ভিন্ন
iep-label-twelve-month-duration-minutes = গ্রীষ্মকালীন সময়কাল
iep-label-twelve-month-frequency = গ্রীষ্মকালীন পুনরাবৃত্তি
iep-label-twelve-month-needed = ১২ মাসের সেবা প্রয়োজন

## EsyBasis

iep-esy-basis-substantial-regression = উল্লেখযোগ্য পশ্চাদগমন (পুনরুদ্ধারে ৮ সপ্তাহ বা তার বেশি)
iep-esy-basis-severe-multiple-disabilities = গুরুতর একাধিক প্রতিবন্ধিতা
iep-esy-basis-residential = আবাসিক প্রোগ্রাম
iep-esy-basis-home-hospital = বাড়িতে বা হাসপাতালে শিক্ষা
iep-esy-basis-intensive-management-needs = অত্যন্ত নিবিড় ব্যবস্থাপনার প্রয়োজন

## TestingAccommodations

iep-label-testing-accommodations-accommodations = পরীক্ষার সুবিধা
iep-label-testing-accommodations-none-recommended = পরীক্ষার কোনো সুবিধা নেই

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = বিরতি প্রতি
iep-label-testing-accommodation-break-minutes = বিরতির দৈর্ঘ্য
iep-label-testing-accommodation-category = সুবিধা
iep-label-testing-accommodation-condition = শুধু যেখানে প্রযোজ্য
iep-label-testing-accommodation-extended-time = অতিরিক্ত সময়
iep-label-testing-accommodation-extra-direction-readings = নির্দেশনা অতিরিক্ত কতবার পড়া হবে
iep-label-testing-accommodation-group-size = দলের আকার
iep-label-testing-accommodation-multiple-day-assurance-filed = একাধিক দিনের নিশ্চয়তাপত্র জমা দেওয়া হয়েছে
iep-label-testing-accommodation-read-mode = পরীক্ষা পড়ে শোনাবেন
iep-label-testing-accommodation-read-scope = পরীক্ষা পড়ে শোনানোর পরিসর
iep-label-testing-accommodation-setting = পরিবেশ
iep-label-testing-accommodation-specification = সুনির্দিষ্ট বিবরণ

## AccommodationCategory

iep-accommodation-category-extended-time = অতিরিক্ত সময়
iep-accommodation-category-breaks = বিরতি
iep-accommodation-category-separate-setting = আলাদা স্থান বা কক্ষ
iep-accommodation-category-directions-repeated = নির্দেশনা আরও বেশিবার পড়া বা ইশারায় বলা
iep-accommodation-category-tests-read = পরীক্ষা পড়ে শোনানো
iep-accommodation-category-multiple-day = একাধিক দিনে পরীক্ষা গ্রহণ
iep-accommodation-category-special-equipment = বিশেষ সরঞ্জাম বা আসবাব
iep-accommodation-category-scribe = লেখকের সহায়তা
iep-accommodation-category-answers-in-booklet = পরীক্ষার পুস্তিকায় উত্তর লেখা
iep-accommodation-category-calculator = ক্যালকুলেটর
iep-accommodation-category-word-processor = ওয়ার্ড প্রসেসর
iep-accommodation-category-other = অন্যান্য

## TimeMultiplier

iep-time-multiplier-time-and-a-half = দেড় গুণ সময় (1.5×)
iep-time-multiplier-double = দ্বিগুণ সময় (2×)

## ReadMode

iep-read-mode-human-reader = মানুষ পাঠক
iep-read-mode-text-to-speech = লেখা থেকে কথা
iep-read-mode-audio-recording = অডিও রেকর্ডিং (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = পঠন-বোধগম্যতার পরীক্ষা বাদে
iep-read-scope-including-reading-comprehension = পঠন-বোধগম্যতার পরীক্ষাসহ

## TestSetting

iep-test-setting-individual = এককভাবে
iep-test-setting-small-group = ছোট দল

## TransitionActivities

iep-label-transition-activities-activities = কার্যক্রম
iep-label-transition-activities-functional-vocational-assessment-needed = কার্যকরী বৃত্তিমূলক মূল্যায়ন প্রয়োজন

## TransitionActivity

iep-label-transition-activity-activity = কার্যক্রম
iep-label-transition-activity-area = ক্ষেত্র
iep-label-transition-activity-outside-agency = বাইরের সংস্থা
iep-label-transition-activity-parent-consent-to-invite = অভিভাবক সংস্থাটিকে আমন্ত্রণে সম্মতি দিয়েছেন
iep-label-transition-activity-responsible = দায়িত্বপ্রাপ্ত (ভূমিকা বা সংস্থা)
iep-label-transition-activity-starts-on = শুরুর তারিখ

## TransitionArea

iep-transition-area-instruction = শিক্ষাদান
iep-transition-area-related-services = সংশ্লিষ্ট সেবা
iep-transition-area-community-experiences = সমাজে অভিজ্ঞতা
iep-transition-area-employment-adult-living = কর্মসংস্থান ও স্কুল-পরবর্তী প্রাপ্তবয়স্ক জীবনের অন্যান্য লক্ষ্য
iep-transition-area-daily-living-skills = দৈনন্দিন জীবনযাপনের দক্ষতা অর্জন
iep-transition-area-functional-vocational-assessment = কার্যকরী বৃত্তিমূলক মূল্যায়ন

## AssessmentParticipation

iep-label-assessment-participation-mode = পরীক্ষা
iep-label-assessment-participation-severe-cognitive-disability = গুরুতর জ্ঞানীয় প্রতিবন্ধিতা
iep-label-assessment-participation-specialized-program = অত্যন্ত বিশেষায়িত প্রোগ্রাম
iep-label-assessment-participation-support-systems = সহায়তা ব্যবস্থা প্রয়োজন
iep-label-assessment-participation-why-alternate = বিকল্প পরীক্ষা কেন উপযুক্ত
iep-label-assessment-participation-why-not-regular = নিয়মিত পরীক্ষা কেন নয়

## AssessmentMode

iep-assessment-mode-standard = অঙ্গরাজ্য ও ডিস্ট্রিক্টের পরীক্ষা (প্রযোজ্য পরীক্ষার সুবিধাসহ)
iep-assessment-mode-nysaa = নিউ ইয়র্ক স্টেট বিকল্প পরীক্ষা (NYSAA)
iep-assessment-mode-district-alternate = ডিস্ট্রিক্টের বিকল্প পরীক্ষা (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = অংশগ্রহণ না করার মাত্রা
iep-label-gen-ed-participation-full-participation = সম্পূর্ণ অংশগ্রহণ করে
iep-label-gen-ed-participation-physical-education = শারীরিক শিক্ষায় অংশগ্রহণ
iep-label-gen-ed-participation-removal-justification = সরিয়ে নেওয়ার যৌক্তিকতা

## Placement

iep-label-placement-deferral-consent-on = স্থগিতকরণে অভিভাবকের লিখিত সম্মতির তারিখ
iep-label-placement-deferred = প্লেসমেন্ট স্থগিত
iep-label-placement-health-treatment = স্কুল চলাকালীন স্বাস্থ্য চিকিৎসা
iep-label-placement-language-determination = ভাষা নির্ধারণ (ELL)
iep-label-placement-language-of-instruction = শিক্ষাদানের ভাষা
iep-label-placement-lote-exempt = বিদেশি ভাষার (LOTE) শর্ত থেকে অব্যাহতি
iep-label-placement-medical-condition = চিকিৎসাগত অবস্থা স্কুলে প্রভাব ফেলে
iep-label-placement-other-options = বিবেচিত অন্যান্য বিকল্প
iep-label-placement-projected-initiation = IEP-এর সম্ভাব্য শুরুর তারিখ
iep-label-placement-promotion-criteria = উত্তীর্ণ হওয়ার মানদণ্ড
iep-label-placement-recommendation = প্লেসমেন্টের সুপারিশ
iep-label-placement-special-transportation = বিশেষ যাতায়াত
iep-label-placement-transportation-accommodations = যাতায়াতের সুবিধা
iep-label-placement-transportation-reason = যাতায়াতের কারণ

## LanguageDetermination

iep-language-determination-enl-only = শুধু নতুন ভাষা হিসেবে ইংরেজি (ENL)
iep-language-determination-bilingual = দ্বিভাষিক শিক্ষা সেবা প্রয়োজন

## OtherOption

iep-label-other-option-option = বিকল্প
iep-label-other-option-rejected-because = প্রত্যাখ্যানের কারণ

## PromotionCriteria

iep-promotion-criteria-standard = সাধারণ
iep-promotion-criteria-modified = পরিবর্তিত

## PlacementKind

iep-placement-kind-doe-non-specialized = NYC DOE স্কুল, অ-বিশেষায়িত (ডিস্ট্রিক্ট 1–32)
iep-placement-kind-doe-specialized = NYC DOE বিশেষায়িত স্কুল (ডিস্ট্রিক্ট 75)
iep-placement-kind-nps-day = NYSED-অনুমোদিত বেসরকারি স্কুল – দিবা
iep-placement-kind-nps-residential = NYSED-অনুমোদিত বেসরকারি স্কুল – আবাসিক
iep-placement-kind-nps-placed-by-acs = NYSED-অনুমোদিত বেসরকারি স্কুল – ACS কর্তৃক প্লেসমেন্ট
iep-placement-kind-state4201-day = অঙ্গরাজ্য-সমর্থিত বেসরকারি স্কুল (4201) – দিবা
iep-placement-kind-state4201-residential = অঙ্গরাজ্য-সমর্থিত বেসরকারি স্কুল (4201) – আবাসিক
iep-placement-kind-boces = সমবায় শিক্ষা সেবা বোর্ড (BOCES)
iep-placement-kind-charter-school = চার্টার স্কুল
iep-placement-kind-home-hospital = বাড়িতে বা হাসপাতালে শিক্ষা

## TransportAccommodation

iep-transport-accommodation-door-to-door = দরজা থেকে দরজা বাস
iep-transport-accommodation-paraprofessional = যাতায়াত প্যারাপ্রফেশনাল
iep-transport-accommodation-nursing = বাসে নার্স
iep-transport-accommodation-limited-travel-time = সীমিত যাতায়াত সময়
iep-transport-accommodation-smaller-route = কম শিক্ষার্থীসহ রুট
iep-transport-accommodation-climate-control = তাপমাত্রা নিয়ন্ত্রণ
iep-transport-accommodation-lift = লিফট
iep-transport-accommodation-wheelchair = হুইলচেয়ারের ব্যবস্থা
iep-transport-accommodation-safety-vest = নিরাপত্তা ভেস্ট বা গাড়ির আসন
iep-transport-accommodation-oxygen = অক্সিজেন
iep-transport-accommodation-ambulance = অ্যাম্বুলেন্স

## Values with a number or a yes/no answer

iep-frequency-day = { $times ->
    [one] দিনে { $times } বার
   *[other] দিনে { $times } বার
}
iep-frequency-week = { $times ->
    [one] সপ্তাহে { $times } বার
   *[other] সপ্তাহে { $times } বার
}
iep-frequency-month = { $times ->
    [one] মাসে { $times } বার
   *[other] মাসে { $times } বার
}
iep-minutes = { $count ->
    [one] { $count } মিনিট
   *[other] { $count } মিনিট
}
iep-group-of = { $count ->
    [one] { $count } জনের দল
   *[other] { $count } জনের দল
}
iep-times-per-year = { $count ->
    [one] বছরে { $count } বার
   *[other] বছরে { $count } বার
}
iep-times = { $count ->
    [one] { $count } বার
   *[other] { $count } বার
}
iep-yes = হ্যাঁ
iep-no = না
iep-none-recorded = এই অংশে কিছু লেখা হয়নি।
