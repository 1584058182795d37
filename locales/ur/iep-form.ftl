# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = جانچ کے نتائج اور اہلیت
iep-section-present-levels = کارکردگی کی موجودہ سطحیں
iep-section-special-factors = خصوصی عوامل
iep-section-postsecondary = ثانوی کے بعد کے اہداف اور منتقلی کی ضروریات
iep-section-annual-goals = سالانہ اہداف
iep-section-progress-reporting = والدین کو پیش رفت کی رپورٹ
iep-section-programs-services = پروگرام اور خدمات
iep-section-twelve-month = 12 ماہ کی خدمات
iep-section-testing-accommodations = امتحانات میں سہولیات
iep-section-transition-activities = مربوط منتقلی کی سرگرمیاں
iep-section-assessment-participation = ریاستی اور ضلعی امتحانات
iep-section-gen-ed-participation = معذوری کے بغیر طلبہ کے ساتھ شرکت
iep-section-placement = زبان، آمد و رفت اور داخلہ

## EvaluationSection

iep-label-evaluation-section-classification = معذوری کی درجہ بندی
iep-label-evaluation-section-eligibility-notes = اہلیت پر گفتگو
iep-label-evaluation-section-evaluations = جانچیں
iep-label-evaluation-section-justification-form-signed = جواز کے فارم پر دستخط ہو گئے (ابتدائی ED یا LD)

## Classification

iep-classification-autism = آٹزم
iep-classification-deaf-blindness = بہرا پن اور نابینا پن
iep-classification-deafness = بہرا پن
iep-classification-emotional-disturbance = جذباتی عارضہ
iep-classification-hearing-impairment = سماعت کی کمزوری
iep-classification-learning-disability = سیکھنے کی معذوری
iep-classification-intellectual-disability = ذہنی معذوری
iep-classification-multiple-disabilities = متعدد معذوریاں
iep-classification-orthopedic-impairment = ہڈیوں سے متعلق معذوری
iep-classification-other-health-impairment = صحت کی دیگر معذوری
iep-classification-speech-or-language-impairment = بولنے یا زبان کی معذوری
iep-classification-traumatic-brain-injury = دماغی چوٹ
iep-classification-visual-impairment = بصارت کی کمزوری (بشمول نابینا پن)

## Evaluation

iep-label-evaluation-date = تاریخ
iep-label-evaluation-evaluator = جانچ کرنے والا
iep-label-evaluation-kind = جانچ کی قسم
iep-label-evaluation-summary = نتائج کا خلاصہ

## EvaluationKind

iep-evaluation-kind-psychoeducational = نفسیاتی و تعلیمی جانچ
iep-evaluation-kind-social-history = سماجی تاریخ
iep-evaluation-kind-classroom-observation = کلاس روم میں مشاہدہ
iep-evaluation-kind-speech-language = بولنے اور زبان کی جانچ
iep-evaluation-kind-occupational-therapy = آکیوپیشنل تھراپی کی جانچ
iep-evaluation-kind-physical-therapy = فزیکل تھراپی کی جانچ
iep-evaluation-kind-audiological = سماعت کی جانچ (آڈیوگرام)
iep-evaluation-kind-ophthalmological = آنکھوں کی جانچ
iep-evaluation-kind-orthopedic = ہڈیوں کی جانچ
iep-evaluation-kind-neurological = اعصابی جانچ
iep-evaluation-kind-medical = دیگر طبی جانچ
iep-evaluation-kind-adaptive-behavior-scale = مطابقتی رویے کا پیمانہ
iep-evaluation-kind-functional-behavioral-assessment = رویے کی فعلی جانچ (FBA)
iep-evaluation-kind-vocational = پیشہ ورانہ جانچ
iep-evaluation-kind-assistive-technology = معاون ٹیکنالوجی کی جانچ
iep-evaluation-kind-bilingual = دو لسانی جانچ
iep-evaluation-kind-psychiatric = نفسیاتی امراض کی جانچ
iep-evaluation-kind-independent = والدین کی فراہم کردہ آزاد جانچ

## PresentLevels

iep-label-present-levels-accessible-program-required = قابل رسائی پروگرام درکار ہے
iep-label-present-levels-areas = شعبہ وار خوبیاں اور ضروریات
iep-label-present-levels-ell-language-impact = زبان کا اثر (ELL)
iep-label-present-levels-needs = ضروریات کی فہرست
iep-label-present-levels-parent-concerns = والدین کے خدشات
iep-label-present-levels-testing-accommodation-considerations = امتحانی سہولیات کے بارے میں غور

## AreaLevels

iep-label-area-levels-area = شعبہ
iep-label-area-levels-needs = ضروریات
iep-label-area-levels-strengths = خوبیاں

## NeedArea

iep-need-area-reading = پڑھنا
iep-need-area-writing = لکھنا
iep-need-area-math = ریاضی
iep-need-area-speech-language = بولنا اور زبان
iep-need-area-social-emotional = سماجی اور جذباتی
iep-need-area-behavior = رویہ
iep-need-area-fine-motor = باریک حرکی مہارتیں
iep-need-area-gross-motor = بڑی حرکی مہارتیں
iep-need-area-adaptive-daily-living = مطابقت اور روزمرہ زندگی
iep-need-area-transition = منتقلی

## Need

iep-label-need-area = شعبہ
iep-label-need-description = ضرورت

## SpecialFactors

iep-label-special-factors-assistive-technology = معاون ٹیکنالوجی
iep-label-special-factors-behavior = رویہ
iep-label-special-factors-ell = انگریزی سیکھنے والا طالب علم
iep-label-special-factors-hearing = بہرا یا کم سننے والا
iep-label-special-factors-vision = نابینا پن یا بصارت کی کمزوری

## AtFactor

iep-label-at-factor-applies = معاون ٹیکنالوجی کی ضرورت ہے
iep-label-at-factor-needs-device = معاون ٹیکنالوجی کے آلے کی ضرورت ہے
iep-label-at-factor-needs-service = معاون ٹیکنالوجی کی خدمت کی ضرورت ہے
iep-label-at-factor-training-for = تربیت درکار ہے برائے
iep-label-at-factor-used-outside-school = آلہ گھر پر یا کہیں اور استعمال ہوتا ہے

## TrainingRecipient

iep-training-recipient-student = طالب علم
iep-training-recipient-parent = والدین
iep-training-recipient-teacher = استاد
iep-training-recipient-provider = خدمت فراہم کرنے والا

## BehaviorFactor

iep-label-behavior-factor-applies = رویہ سیکھنے میں رکاوٹ ہے
iep-label-behavior-factor-bip-on = BIP بنانے کی تاریخ
iep-label-behavior-factor-fba-on = FBA کرنے کی تاریخ
iep-label-behavior-factor-notes = نوٹس

## EllFactor

iep-label-ell-factor-applies = زبان کی ضروریات ہیں
iep-label-ell-factor-evaluated-bilingually = دو زبانوں میں جانچ کی گئی
iep-label-ell-factor-is-ell = انگریزی سیکھنے والا طالب علم
iep-label-ell-factor-language-needs = زبان کی ضروریات

## HearingFactor

iep-label-hearing-factor-applies = بہرا یا کم سننے والا
iep-label-hearing-factor-communication-needs = رابطے کی ضروریات
iep-label-hearing-factor-language-of-instruction = تدریس کی زبان
iep-label-hearing-factor-mode-of-communication = رابطے کی زبان اور طریقہ

## VisionFactor

iep-label-vision-factor-applies = نابینا یا کمزور بصارت والا
iep-label-vision-factor-braille-instruction = بریل کی تعلیم
iep-label-vision-factor-braille-not-appropriate-reason = بریل کیوں مناسب نہیں

## Postsecondary

iep-label-postsecondary-courses-of-study = نصاب کے کورس
iep-label-postsecondary-early-start = جلد شروع کرنے کی وجہ
iep-label-postsecondary-goals = ثانوی کے بعد کے اہداف
iep-label-postsecondary-notes = منتقلی کی ضروریات پر نوٹس
iep-label-postsecondary-transition-needs = منتقلی کی دیگر ضروریات
iep-label-postsecondary-updated-on = اہداف کی آخری تازہ کاری کی تاریخ

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = طالب علم کا ہدف واضح ہے
iep-early-transition-reason-needs-more-time = طالب علم کو مزید وقت درکار ہے
iep-early-transition-reason-parent-request = والدین نے درخواست کی

## PostsecondaryGoal

iep-label-postsecondary-goal-area = شعبہ
iep-label-postsecondary-goal-based-on = اس کی بنیاد پر
iep-label-postsecondary-goal-goal = ہدف
iep-label-postsecondary-goal-student-preferences = طالب علم کی پسند اور دلچسپیاں

## PostsecondaryArea

iep-postsecondary-area-education-training = تعلیم اور تربیت
iep-postsecondary-area-employment = ملازمت
iep-postsecondary-area-independent-living = خود مختار زندگی

## TransitionAssessment

iep-transition-assessment-vocational = پیشہ ورانہ جانچ (طالب علم، والدین، استاد)
iep-transition-assessment-postsecondary-education-skills = ثانوی کے بعد کی تعلیم کی مہارتوں کی جانچ
iep-transition-assessment-interview = طالب علم یا والدین سے انٹرویو
iep-transition-assessment-strength-based = خوبیوں پر مبنی جانچ
iep-transition-assessment-teacher-observation = استاد کا مشاہدہ

## TransitionNeed

iep-transition-need-community-travel-help = کمیونٹی میں سفر کے لیے کسی بالغ کی مدد
iep-transition-need-functional-academics = عملی پڑھائی اور ریاضی کی تعلیم
iep-transition-need-self-advocacy = اپنے حق کے لیے بولنے کی مہارتیں
iep-transition-need-public-transportation = پبلک ٹرانسپورٹ کا خود مختار استعمال
iep-transition-need-independent-living = خود مختار زندگی کی مہارتیں
iep-transition-need-diploma-coursework = باقاعدہ ڈپلوما کے کورس
iep-transition-need-career-technical-courses = پیشہ ورانہ اور تکنیکی تعلیم کے کورس

## AnnualGoals

iep-label-annual-goals-goals = سالانہ اہداف

## AnnualGoal

iep-label-annual-goal-condition = شرط
iep-label-annual-goal-criterion = معیار
iep-label-annual-goal-method = پیمائش کا طریقہ
iep-label-annual-goal-need-area = ضرورت کا شعبہ
iep-label-annual-goal-objective-kind = مختصر مدتی مقاصد یا سنگ میل
iep-label-annual-goal-objectives = مراحل
iep-label-annual-goal-schedule = پیمائش کا شیڈول
iep-label-annual-goal-skill = مہارت

## GoalMethod

iep-goal-method-observation = استاد یا خدمت فراہم کرنے والے کا مشاہدہ
iep-goal-method-work-samples = کام کے نمونے
iep-goal-method-curriculum-based-measurement = نصاب پر مبنی پیمائش
iep-goal-method-teacher-tests = استاد کے بنائے ہوئے ٹیسٹ
iep-goal-method-data-collection = ڈیٹا چارٹ یا گنتی
iep-goal-method-rubric = روبرک
iep-goal-method-checklist = چیک لسٹ
iep-goal-method-standardized-assessment = معیاری جانچ
iep-goal-method-running-records = پڑھائی کے ریکارڈ

## ObjectiveKind

iep-objective-kind-none = کوئی نہیں
iep-objective-kind-short-term-objectives = مختصر مدتی مقاصد
iep-objective-kind-benchmarks = سنگ میل

## Objective

iep-label-objective-by = تک
iep-label-objective-text = مقصد یا سنگ میل

## GoalSchedule

iep-goal-schedule-daily = روزانہ
iep-goal-schedule-weekly = ہفتہ وار
iep-goal-schedule-biweekly = ہر دو ہفتے بعد
iep-goal-schedule-monthly = ماہانہ
iep-goal-schedule-marking-period = ہر تعلیمی مدت میں

## ProgressReporting

iep-label-progress-reporting-methods = کیسے
iep-label-progress-reporting-times-per-year = سالانہ رپورٹوں کی تعداد
iep-label-progress-reporting-with-report-cards = رپورٹ کارڈ کے اوقات میں

## ReportMethod

iep-report-method-written-report = تحریری پیش رفت رپورٹ
iep-report-method-conference = والدین اور استاد کی ملاقات
iep-report-method-phone = فون کال
iep-report-method-email = ای میل

## ProgramsServices

iep-label-programs-services-assistive-technology = معاون ٹیکنالوجی کے آلات اور خدمات
iep-label-programs-services-paraprofessionals = IEP کے تحت مقرر پیراپروفیشنل
iep-label-programs-services-personnel-supports = اسکول کے عملے کے لیے معاونت
iep-label-programs-services-physical-education = جسمانی تعلیم
iep-label-programs-services-programs = خصوصی تعلیم کے پروگرام
iep-label-programs-services-related-services = متعلقہ خدمات
iep-label-programs-services-supplementary-aids = اضافی معاونت اور پروگرام میں تبدیلیاں

## AssistiveTech

iep-label-assistive-tech-assessment-on = معاون ٹیکنالوجی کی جانچ کی تاریخ
iep-label-assistive-tech-description = تفصیل
iep-label-assistive-tech-kind = آلہ یا خدمت
iep-label-assistive-tech-level = سادہ یا جدید ٹیکنالوجی
iep-label-assistive-tech-used-in = جہاں استعمال ہوتا ہے

## AtKind

iep-at-kind-device = آلہ
iep-at-kind-service = خدمت

## TechLevel

iep-tech-level-low = سادہ ٹیکنالوجی (مثلاً پنسل گرپ، ڈھلوان تختہ)
iep-tech-level-high = جدید ٹیکنالوجی (مثلاً ٹیبلٹ، آواز سے متن)

## UseSetting

iep-use-setting-classroom = کلاس روم
iep-use-setting-home = گھر
iep-use-setting-other = دیگر

## Paraprofessional

iep-label-paraprofessional-activities = اوقات اور سرگرمیاں
iep-label-paraprofessional-bip-reviewed = پہلے BIP کا جائزہ لیا گیا
iep-label-paraprofessional-para-type = قسم
iep-label-paraprofessional-progress-monitoring = پیش رفت کی نگرانی
iep-label-paraprofessional-purpose = مقصد اور ضرورت
iep-label-paraprofessional-ratio = تناسب
iep-label-paraprofessional-responsibilities = ذمہ داریاں
iep-label-paraprofessional-skilled-nursing-referral = ماہر نرسنگ کے لیے ریفرل کیا گیا
iep-label-paraprofessional-toileting = بیت الخلا کا استعمال
iep-label-paraprofessional-unsafe-traveler-assessed-on = غیر محفوظ خود مختار مسافر کے طور پر جانچ کی تاریخ
iep-label-paraprofessional-urgent-care-condition = فوری طبی نگہداشت والی حالت کی نشاندہی

## ParaActivity

iep-para-activity-all-classes = تمام کلاسیں
iep-para-activity-academic-classes = تعلیمی کلاسیں
iep-para-activity-related-services = متعلقہ خدمات
iep-para-activity-lunch = دوپہر کا کھانا
iep-para-activity-transitions = کلاسوں کے درمیان منتقلی
iep-para-activity-arrival-dismissal = آمد اور چھٹی
iep-para-activity-field-trips = تعلیمی دورے

## ParaType

iep-para-type-behavior-support = رویے میں معاونت (بحران کا انتظام)
iep-para-type-health = صحت
iep-para-type-toileting = بیت الخلا کا استعمال
iep-para-type-orientation-mobility = سمت شناسی اور نقل و حرکت

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = مشترکہ

## ToiletingMode

iep-toileting-mode-toilet-training = بیت الخلا کی تربیت
iep-toileting-mode-toileting-assistance = بیت الخلا کے استعمال میں مدد

## PersonnelSupport

iep-label-personnel-support-description = تفصیل
iep-label-personnel-support-kind = معاونت
iep-label-personnel-support-provided-by = فراہم کرنے والا
iep-label-personnel-support-recipient = برائے

## SupportKind

iep-support-kind-disability-information = معذوری کے بارے میں معلومات
iep-support-kind-behavior-training = مثبت رویہ جاتی مداخلت کی تربیت
iep-support-kind-sign-language = اشاروں کی زبان کی تربیت
iep-support-kind-curriculum-modifications = نصاب میں تبدیلیوں میں مدد
iep-support-kind-assistive-technology-training = طالب علم کی معاون ٹیکنالوجی کی تربیت
iep-support-kind-behavioral-consultation = رویے سے متعلق مشاورت
iep-support-kind-para-training = پیراپروفیشنل کی تربیت (صحت، کھانا کھلانا، جسم کی پوزیشن…)
iep-support-kind-testing-accommodation-training = امتحانی سہولیات دینے کی تربیت
iep-support-kind-other = دیگر

## StaffRole

iep-staff-role-teacher = اساتذہ
iep-staff-role-paraprofessional = پیراپروفیشنل
iep-staff-role-provider = متعلقہ خدمات فراہم کرنے والے
iep-staff-role-other-staff = اسکول کا دیگر عملہ

## PeDetermination

iep-pe-determination-regular = عام جسمانی تعلیم
iep-pe-determination-regular-with-equipment = خصوصی سامان کے ساتھ عام جسمانی تعلیم
iep-pe-determination-adapted = موافق جسمانی تعلیم (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = D75 کی شمولیتی خدمات
iep-label-program-recommendation-delivery = کلاس کے اندر یا باہر
iep-label-program-recommendation-duration-minutes = دورانیہ
iep-label-program-recommendation-frequency = تعداد
iep-label-program-recommendation-group = انفرادی یا گروپ
iep-label-program-recommendation-group-size = گروپ کا سائز
iep-label-program-recommendation-language = زبان
iep-label-program-recommendation-location = مقام
iep-label-program-recommendation-program = پروگرام
iep-label-program-recommendation-projected-start = متوقع آغاز
iep-label-program-recommendation-ratio = کلاس کا تناسب
iep-label-program-recommendation-setting = کلاس کا ماحول
iep-label-program-recommendation-subject = مضمون

## Delivery

iep-delivery-push-in = کلاس کے اندر (push-in)
iep-delivery-pull-out = کلاس کے باہر (pull-out)

## Period

iep-period-day = روزانہ
iep-period-week = فی ہفتہ
iep-period-month = فی مہینہ

## GroupKind

iep-group-kind-individual = انفرادی
iep-group-kind-group = گروپ

## ProgramKind

iep-program-kind-consultant-teacher = مشاورتی استاد
iep-program-kind-setss = خصوصی تعلیم کے استاد کی معاون خدمات (SETSS)
iep-program-kind-ict = مربوط مشترکہ تدریس (ICT)
iep-program-kind-special-class = خصوصی کلاس
iep-program-kind-travel-training = سفر کی تربیت
iep-program-kind-adapted-physical-education = موافق جسمانی تعلیم (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = کمیونٹی اسکول (ڈسٹرکٹ 1–32)
iep-class-setting-district-75 = خصوصی اسکول (ڈسٹرکٹ 75)
iep-class-setting-non-public-school = NYSED سے منظور شدہ غیر سرکاری اسکول

## Subject

iep-subject-ela = انگریزی زبان و ادب
iep-subject-math = ریاضی
iep-subject-science = سائنس
iep-subject-social-studies = سماجی علوم
iep-subject-world-language = غیر ملکی زبان
iep-subject-career-technical = پیشہ ورانہ اور تکنیکی تعلیم
iep-subject-physical-education = جسمانی تعلیم
iep-subject-all-subjects = تمام مضامین

## RelatedService

iep-label-related-service-delivery = کلاس کے اندر یا باہر
iep-label-related-service-duration-minutes = دورانیہ
iep-label-related-service-frequency = تعداد
iep-label-related-service-group = انفرادی یا گروپ
iep-label-related-service-group-size = گروپ کا سائز
iep-label-related-service-initial = ابتدائی سفارش
iep-label-related-service-language = زبان
iep-label-related-service-location = مقام
iep-label-related-service-other-service = دیگر خدمت
iep-label-related-service-prescription-received-on = نسخہ موصول ہونے کی تاریخ
iep-label-related-service-projected-start = متوقع آغاز
iep-label-related-service-separate-location = علیحدہ مقام
iep-label-related-service-service = خدمت
iep-label-related-service-transition-service = منتقلی کی خدمت

## ServiceLocation

iep-service-location-general-education-classroom = عام تعلیم کا کلاس روم
iep-service-location-special-education-classroom = خصوصی تعلیم کا کلاس روم
iep-service-location-separate-location = علیحدہ مقام

## RelatedServiceType

iep-related-service-type-speech-language-therapy = بولنے اور زبان کی تھراپی
iep-related-service-type-occupational-therapy = آکیوپیشنل تھراپی (OT)
iep-related-service-type-physical-therapy = فزیکل تھراپی (PT)
iep-related-service-type-counseling = کاؤنسلنگ
iep-related-service-type-parent-counseling-and-training = والدین کی کاؤنسلنگ اور تربیت
iep-related-service-type-assistive-technology-services = معاون ٹیکنالوجی کی خدمات
iep-related-service-type-audiological = سماعت کی خدمات
iep-related-service-type-interpreting = ترجمانی کی خدمات (بہرے اور کم سننے والے)
iep-related-service-type-orientation-mobility = سمت شناسی اور نقل و حرکت
iep-related-service-type-school-nurse = اسکول نرس کی خدمات
iep-related-service-type-vision-education = بصارت کی تعلیم کی خدمات
iep-related-service-type-hearing-education = سماعت کی تعلیم کی خدمات
iep-related-service-type-rehabilitation-counseling = بحالی کی کاؤنسلنگ
iep-related-service-type-social-work = اسکول سوشل ورک
iep-related-service-type-other = دیگر نشوونما، اصلاحی یا معاون خدمت

## SupplementaryAid

iep-label-supplementary-aid-aid = معاونت یا تبدیلی
iep-label-supplementary-aid-applies-in = کہاں اور کب
iep-label-supplementary-aid-description = تفصیل
iep-label-supplementary-aid-projected-start = متوقع آغاز

## AidKind

iep-aid-kind-note-taker = نوٹس لکھنے والا
iep-aid-kind-alternative-formats = متبادل شکلوں میں تدریسی مواد
iep-aid-kind-extra-time-between-classes = کلاسوں کے درمیان اضافی وقت
iep-aid-kind-special-seating = خصوصی نشست
iep-aid-kind-highlighted-work = نمایاں یا رنگوں سے نشان زد کام
iep-aid-kind-study-guides = مطالعے کے خاکے
iep-aid-kind-study-carrel = مطالعے کا علیحدہ کیبن
iep-aid-kind-behavior-plan = رویہ جاتی مداخلت کا منصوبہ
iep-aid-kind-extra-time-for-assignments = اسائنمنٹس کے لیے اضافی وقت
iep-aid-kind-assignment-adaptations = اسائنمنٹس میں تبدیلیاں
iep-aid-kind-extended-pacing = تدریس کی سست رفتار
iep-aid-kind-adapted-presentation = مواد کی موافق پیشکش
iep-aid-kind-adapted-demonstration = سیکھا ہوا دکھانے کے موافق طریقے
iep-aid-kind-other = دیگر

## TwelveMonth

iep-label-twelve-month-areas = شعبے
iep-label-twelve-month-basis = غور کی وجہ
iep-label-twelve-month-details = گرمیوں کا پروگرام اور ماحول
iep-label-twelve-month-differs-from-school-year = تعلیمی سال کی خدمات سے مختلف
iep-label-twelve-month-duration-minutes = گرمیوں میں دورانیہ
iep-label-twelve-month-frequency = گرمیوں میں تعداد
iep-label-twelve-month-needed = 12 ماہ کی خدمات درکار ہیں

## EsyBasis

iep-esy-basis-substantial-regression = نمایاں پسپائی (بحالی میں 8 ہفتے یا زیادہ)
iep-esy-basis-severe-multiple-disabilities = شدید متعدد معذوریاں
iep-esy-basis-residential = رہائشی پروگرام
iep-esy-basis-home-hospital = گھر یا اسپتال میں تعلیم
iep-esy-basis-intensive-management-needs = انتظام کی بہت شدید ضروریات

## TestingAccommodations

iep-label-testing-accommodations-accommodations = امتحانات میں سہولیات
iep-label-testing-accommodations-none-recommended = امتحان کی کوئی سہولت نہیں

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = وقفہ ہر
iep-label-testing-accommodation-break-minutes = وقفے کا دورانیہ
iep-label-testing-accommodation-category = سہولت
iep-label-testing-accommodation-condition = صرف برائے
iep-label-testing-accommodation-extended-time = اضافی وقت
iep-label-testing-accommodation-extra-direction-readings = ہدایات مزید کتنی بار پڑھی جائیں
iep-label-testing-accommodation-group-size = گروپ کا سائز
iep-label-testing-accommodation-multiple-day-assurance-filed = کئی دن کی یقین دہانی جمع کرائی گئی
iep-label-testing-accommodation-read-mode = امتحان پڑھ کر سنانے والا
iep-label-testing-accommodation-read-scope = امتحان پڑھ کر سنانے کا دائرہ
iep-label-testing-accommodation-setting = ماحول
iep-label-testing-accommodation-specification = وضاحت

## AccommodationCategory

iep-accommodation-category-extended-time = اضافی وقت
iep-accommodation-category-breaks = وقفے
iep-accommodation-category-separate-setting = علیحدہ جگہ یا کمرہ
iep-accommodation-category-directions-repeated = ہدایات زیادہ بار پڑھنا یا اشاروں میں بتانا
iep-accommodation-category-tests-read = امتحان پڑھ کر سنانا
iep-accommodation-category-multiple-day = کئی دنوں میں امتحان
iep-accommodation-category-special-equipment = خصوصی سامان یا فرنیچر
iep-accommodation-category-scribe = لکھنے والے کی مدد
iep-accommodation-category-answers-in-booklet = جوابات امتحانی کتابچے میں لکھنا
iep-accommodation-category-calculator = کیلکولیٹر
iep-accommodation-category-word-processor = ورڈ پروسیسر
iep-accommodation-category-other = دیگر

## TimeMultiplier

iep-time-multiplier-time-and-a-half = ڈیڑھ گنا وقت (1.5×)
iep-time-multiplier-double = دگنا وقت (2×)

## ReadMode

iep-read-mode-human-reader = انسانی قاری
iep-read-mode-text-to-speech = متن سے آواز
iep-read-mode-audio-recording = آڈیو ریکارڈنگ (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = پڑھ کر سمجھنے کے امتحانات کے علاوہ
iep-read-scope-including-reading-comprehension = پڑھ کر سمجھنے کے امتحانات سمیت

## TestSetting

iep-test-setting-individual = انفرادی طور پر
iep-test-setting-small-group = چھوٹا گروپ

## TransitionActivities

iep-label-transition-activities-activities = سرگرمیاں
iep-label-transition-activities-functional-vocational-assessment-needed = فعلی پیشہ ورانہ جانچ درکار ہے

## TransitionActivity

iep-label-transition-activity-activity = سرگرمی
iep-label-transition-activity-area = شعبہ
iep-label-transition-activity-outside-agency = بیرونی ادارہ
iep-label-transition-activity-parent-consent-to-invite = والدین نے ادارے کو مدعو کرنے کی رضامندی دی
iep-label-transition-activity-responsible = ذمہ دار (کردار یا ادارہ)
iep-label-transition-activity-starts-on = آغاز کی تاریخ

## TransitionArea

iep-transition-area-instruction = تدریس
iep-transition-area-related-services = متعلقہ خدمات
iep-transition-area-community-experiences = کمیونٹی کے تجربات
iep-transition-area-employment-adult-living = ملازمت اور اسکول کے بعد بالغ زندگی کے دیگر مقاصد
iep-transition-area-daily-living-skills = روزمرہ زندگی کی مہارتیں حاصل کرنا
iep-transition-area-functional-vocational-assessment = فعلی پیشہ ورانہ جانچ

## AssessmentParticipation

iep-label-assessment-participation-mode = امتحان
iep-label-assessment-participation-severe-cognitive-disability = شدید ذہنی معذوری
iep-label-assessment-participation-specialized-program = انتہائی خصوصی پروگرام
iep-label-assessment-participation-support-systems = معاونتی نظام درکار ہے
iep-label-assessment-participation-why-alternate = متبادل امتحان کیوں مناسب ہے
iep-label-assessment-participation-why-not-regular = عام امتحان کیوں نہیں

## AssessmentMode

iep-assessment-mode-standard = ریاستی اور ضلعی امتحانات (کسی بھی امتحانی سہولت کے ساتھ)
iep-assessment-mode-nysaa = نیویارک اسٹیٹ کا متبادل امتحان (NYSAA)
iep-assessment-mode-district-alternate = ضلعی متبادل امتحان (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = عدم شرکت کی حد
iep-label-gen-ed-participation-full-participation = مکمل شرکت کرتا ہے
iep-label-gen-ed-participation-physical-education = جسمانی تعلیم میں شرکت
iep-label-gen-ed-participation-removal-justification = علیحدہ کرنے کا جواز

## Placement

iep-label-placement-deferral-consent-on = التوا پر والدین کی تحریری رضامندی کی تاریخ
iep-label-placement-deferred = داخلہ ملتوی
iep-label-placement-health-treatment = اسکول کے دن میں صحت کا علاج
iep-label-placement-language-determination = زبان کا تعین (ELL)
iep-label-placement-language-of-instruction = تدریس کی زبان
iep-label-placement-lote-exempt = غیر ملکی زبان (LOTE) کی شرط سے مستثنیٰ
iep-label-placement-medical-condition = طبی حالت اسکول پر اثر انداز ہوتی ہے
iep-label-placement-other-options = زیر غور دیگر اختیارات
iep-label-placement-projected-initiation = IEP کا متوقع آغاز
iep-label-placement-promotion-criteria = ترقی کے معیار
iep-label-placement-recommendation = داخلے کی سفارش
iep-label-placement-special-transportation = خصوصی آمد و رفت
iep-label-placement-transportation-accommodations = آمد و رفت کی سہولیات
iep-label-placement-transportation-reason = آمد و رفت کی وجہ

## LanguageDetermination

iep-language-determination-enl-only = صرف انگریزی بطور نئی زبان (ENL)
iep-language-determination-bilingual = دو لسانی تدریسی خدمات درکار ہیں

## OtherOption

iep-label-other-option-option = اختیار
iep-label-other-option-rejected-because = مسترد کرنے کی وجہ

## PromotionCriteria

iep-promotion-criteria-standard = معیاری
iep-promotion-criteria-modified = ترمیم شدہ

## PlacementKind

iep-placement-kind-doe-non-specialized = NYC DOE اسکول، غیر خصوصی (ڈسٹرکٹ 1–32)
iep-placement-kind-doe-specialized = NYC DOE خصوصی اسکول (ڈسٹرکٹ 75)
iep-placement-kind-nps-day = NYSED سے منظور شدہ غیر سرکاری اسکول – دن کا
iep-placement-kind-nps-residential = NYSED سے منظور شدہ غیر سرکاری اسکول – رہائشی
iep-placement-kind-nps-placed-by-acs = NYSED سے منظور شدہ غیر سرکاری اسکول – ACS کی جانب سے داخلہ
iep-placement-kind-state4201-day = ریاست کی معاونت والا غیر سرکاری اسکول (4201) – دن کا
iep-placement-kind-state4201-residential = ریاست کی معاونت والا غیر سرکاری اسکول (4201) – رہائشی
iep-placement-kind-boces = تعاونی تعلیمی خدمات کا بورڈ (BOCES)
iep-placement-kind-charter-school = چارٹر اسکول
iep-placement-kind-home-hospital = گھر یا اسپتال میں تعلیم

## TransportAccommodation

iep-transport-accommodation-door-to-door = دروازے سے دروازے تک بس
iep-transport-accommodation-paraprofessional = آمد و رفت کا پیراپروفیشنل
iep-transport-accommodation-nursing = بس میں نرس
iep-transport-accommodation-limited-travel-time = محدود سفری وقت
iep-transport-accommodation-smaller-route = کم طلبہ والا روٹ
iep-transport-accommodation-climate-control = درجہ حرارت کا کنٹرول
iep-transport-accommodation-lift = لفٹ
iep-transport-accommodation-wheelchair = وہیل چیئر کی سہولت
iep-transport-accommodation-safety-vest = حفاظتی جیکٹ یا کار سیٹ
iep-transport-accommodation-oxygen = آکسیجن
iep-transport-accommodation-ambulance = ایمبولینس

## Values with a number or a yes/no answer

iep-frequency-day = { $times ->
    [one] روزانہ ایک بار
   *[other] روزانہ { $times } بار
}
iep-frequency-week = { $times ->
    [one] ہفتے میں ایک بار
   *[other] ہفتے میں { $times } بار
}
iep-frequency-month = { $times ->
    [one] مہینے میں ایک بار
   *[other] مہینے میں { $times } بار
}
iep-minutes = { $count ->
    [one] { $count } منٹ
   *[other] { $count } منٹ
}
iep-group-of = { $count ->
    [one] { $count } افراد کا گروپ
   *[other] { $count } افراد کا گروپ
}
iep-times-per-year = { $count ->
    [one] سال میں ایک بار
   *[other] سال میں { $count } بار
}
iep-times = { $count ->
    [one] ایک بار
   *[other] { $count } بار
}
iep-yes = ہاں
iep-no = نہیں
iep-none-recorded = اس حصے میں کچھ درج نہیں کیا گیا۔
