# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = نتائج التقييم والأهلية
iep-section-present-levels = المستويات الحالية للأداء
iep-section-special-factors = العوامل الخاصة
iep-section-postsecondary = أهداف ما بعد المرحلة الثانوية واحتياجات الانتقال
iep-section-annual-goals = الأهداف السنوية
iep-section-progress-reporting = إبلاغ الوالدين بالتقدم
iep-section-programs-services = البرامج والخدمات
iep-section-twelve-month = خدمات على مدار 12 شهرا
iep-section-testing-accommodations = تسهيلات الاختبارات
iep-section-transition-activities = أنشطة الانتقال المنسقة
iep-section-assessment-participation = اختبارات الولاية والمنطقة التعليمية
iep-section-gen-ed-participation = المشاركة مع الطلاب من غير ذوي الإعاقة
iep-section-placement = اللغة والمواصلات والإلحاق

## EvaluationSection

iep-label-evaluation-section-classification = تصنيف الإعاقة
iep-label-evaluation-section-eligibility-notes = مناقشة الأهلية
iep-label-evaluation-section-evaluations = التقييمات
iep-label-evaluation-section-justification-form-signed = تم توقيع نموذج التبرير (ED أو LD أول مرة)

## Classification

iep-classification-autism = التوحد
iep-classification-deaf-blindness = الصمم والعمى معا
iep-classification-deafness = الصمم
iep-classification-emotional-disturbance = الاضطراب العاطفي
iep-classification-hearing-impairment = ضعف السمع
iep-classification-learning-disability = صعوبة التعلم
iep-classification-intellectual-disability = الإعاقة الذهنية
iep-classification-multiple-disabilities = الإعاقات المتعددة
iep-classification-orthopedic-impairment = الإعاقة الحركية العظمية
iep-classification-other-health-impairment = إعاقة صحية أخرى
iep-classification-speech-or-language-impairment = اضطراب الكلام أو اللغة
iep-classification-traumatic-brain-injury = إصابة الدماغ الرضية
iep-classification-visual-impairment = الإعاقة البصرية (بما في ذلك العمى)

## Evaluation

iep-label-evaluation-date = التاريخ
iep-label-evaluation-evaluator = المقيم
iep-label-evaluation-kind = نوع التقييم
iep-label-evaluation-summary = ملخص النتائج

## EvaluationKind

iep-evaluation-kind-psychoeducational = تقييم نفسي تربوي
iep-evaluation-kind-social-history = التاريخ الاجتماعي
iep-evaluation-kind-classroom-observation = ملاحظة داخل الفصل
iep-evaluation-kind-speech-language = تقييم الكلام واللغة
iep-evaluation-kind-occupational-therapy = تقييم العلاج الوظيفي
iep-evaluation-kind-physical-therapy = تقييم العلاج الطبيعي
iep-evaluation-kind-audiological = تقييم السمع (مخطط السمع)
iep-evaluation-kind-ophthalmological = تقييم طب العيون
iep-evaluation-kind-orthopedic = تقييم العظام
iep-evaluation-kind-neurological = تقييم عصبي
iep-evaluation-kind-medical = تقييم طبي آخر
iep-evaluation-kind-adaptive-behavior-scale = مقياس السلوك التكيفي
iep-evaluation-kind-functional-behavioral-assessment = تقييم السلوك الوظيفي (FBA)
iep-evaluation-kind-vocational = تقييم مهني
iep-evaluation-kind-assistive-technology = تقييم التكنولوجيا المساعدة
iep-evaluation-kind-bilingual = تقييم ثنائي اللغة
iep-evaluation-kind-psychiatric = تقييم نفسي (طب نفسي)
iep-evaluation-kind-independent = تقييم مستقل قدمه الوالدان

## PresentLevels

iep-label-present-levels-accessible-program-required = يلزم برنامج يسهل الوصول إليه
iep-label-present-levels-areas = نقاط القوة والاحتياجات حسب المجال
iep-label-present-levels-ell-language-impact = أثر اللغة (ELL)
iep-label-present-levels-needs = قائمة الاحتياجات
iep-label-present-levels-parent-concerns = مخاوف الوالدين
iep-label-present-levels-testing-accommodation-considerations = اعتبارات تسهيلات الاختبارات

## AreaLevels

iep-label-area-levels-area = المجال
iep-label-area-levels-needs = الاحتياجات
iep-label-area-levels-strengths = نقاط القوة

## NeedArea

iep-need-area-reading = القراءة
iep-need-area-writing = الكتابة
iep-need-area-math = الرياضيات
iep-need-area-speech-language = الكلام واللغة
iep-need-area-social-emotional = الجانب الاجتماعي والعاطفي
iep-need-area-behavior = السلوك
iep-need-area-fine-motor = المهارات الحركية الدقيقة
iep-need-area-gross-motor = المهارات الحركية الكبرى
iep-need-area-adaptive-daily-living = السلوك التكيفي والحياة اليومية
iep-need-area-transition = الانتقال

## Need

iep-label-need-area = المجال
iep-label-need-description = الاحتياج

## SpecialFactors

iep-label-special-factors-assistive-technology = التكنولوجيا المساعدة
iep-label-special-factors-behavior = السلوك
iep-label-special-factors-ell = متعلم اللغة الإنجليزية
iep-label-special-factors-hearing = أصم أو ضعيف السمع
iep-label-special-factors-vision = العمى أو الإعاقة البصرية

## AtFactor

iep-label-at-factor-applies = يحتاج إلى تكنولوجيا مساعدة
iep-label-at-factor-needs-device = يحتاج إلى جهاز تكنولوجيا مساعدة
iep-label-at-factor-needs-service = يحتاج إلى خدمة تكنولوجيا مساعدة
iep-label-at-factor-training-for = التدريب مطلوب لـ
iep-label-at-factor-used-outside-school = يستخدم الجهاز في المنزل أو في مكان آخر

## TrainingRecipient

iep-training-recipient-student = الطالب
iep-training-recipient-parent = الوالد
iep-training-recipient-teacher = المعلم
iep-training-recipient-provider = مقدم الخدمة

## BehaviorFactor

iep-label-behavior-factor-applies = السلوك يعيق التعلم
iep-label-behavior-factor-bip-on = تاريخ وضع خطة التدخل السلوكي (BIP)
iep-label-behavior-factor-fba-on = تاريخ إجراء تقييم السلوك الوظيفي (FBA)
iep-label-behavior-factor-notes = ملاحظات

## EllFactor

iep-label-ell-factor-applies = توجد احتياجات لغوية
iep-label-ell-factor-evaluated-bilingually = تم التقييم بلغتين
iep-label-ell-factor-is-ell = متعلم اللغة الإنجليزية
iep-label-ell-factor-language-needs = الاحتياجات اللغوية

## HearingFactor

iep-label-hearing-factor-applies = أصم أو ضعيف السمع
iep-label-hearing-factor-communication-needs = احتياجات التواصل
iep-label-hearing-factor-language-of-instruction = لغة التدريس
iep-label-hearing-factor-mode-of-communication = لغة التواصل وطريقته

## VisionFactor

iep-label-vision-factor-applies = كفيف أو ضعيف البصر
iep-label-vision-factor-braille-instruction = تعليم طريقة برايل
iep-label-vision-factor-braille-not-appropriate-reason = سبب عدم ملاءمة طريقة برايل

## Postsecondary

iep-label-postsecondary-courses-of-study = المقررات الدراسية
iep-label-postsecondary-early-start = البدء مبكرا لأن
iep-label-postsecondary-goals = أهداف ما بعد المرحلة الثانوية
iep-label-postsecondary-notes = ملاحظات حول احتياجات الانتقال
iep-label-postsecondary-transition-needs = احتياجات انتقال أخرى
iep-label-postsecondary-updated-on = تاريخ آخر تحديث للأهداف

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = لدى الطالب هدف واضح
iep-early-transition-reason-needs-more-time = يحتاج الطالب إلى وقت أطول
iep-early-transition-reason-parent-request = طلب الوالدان ذلك

## PostsecondaryGoal

iep-label-postsecondary-goal-area = المجال
iep-label-postsecondary-goal-based-on = بناء على
iep-label-postsecondary-goal-goal = الهدف
iep-label-postsecondary-goal-student-preferences = تفضيلات الطالب واهتماماته

## PostsecondaryArea

iep-postsecondary-area-education-training = التعليم والتدريب
iep-postsecondary-area-employment = العمل
iep-postsecondary-area-independent-living = الحياة المستقلة

## TransitionAssessment

iep-transition-assessment-vocational = تقييم مهني (الطالب والوالدان والمعلم)
iep-transition-assessment-postsecondary-education-skills = تقييم مهارات التعليم بعد المرحلة الثانوية
iep-transition-assessment-interview = مقابلة مع الطالب أو الوالدين
iep-transition-assessment-strength-based = تقييم قائم على نقاط القوة
iep-transition-assessment-teacher-observation = ملاحظة المعلم

## TransitionNeed

iep-transition-need-community-travel-help = مساعدة شخص بالغ للتنقل في المجتمع
iep-transition-need-functional-academics = تعليم وظيفي للقراءة والرياضيات
iep-transition-need-self-advocacy = مهارات الدفاع عن النفس
iep-transition-need-public-transportation = الاستخدام المستقل للمواصلات العامة
iep-transition-need-independent-living = مهارات الحياة المستقلة
iep-transition-need-diploma-coursework = مقررات للحصول على دبلوم عادي
iep-transition-need-career-technical-courses = مقررات التعليم المهني والتقني

## AnnualGoals

iep-label-annual-goals-goals = الأهداف السنوية

## AnnualGoal

iep-label-annual-goal-condition = الشرط
iep-label-annual-goal-criterion = المعيار
iep-label-annual-goal-method = طريقة القياس
iep-label-annual-goal-need-area = مجال الاحتياج
iep-label-annual-goal-objective-kind = الأهداف قصيرة المدى أو المعايير المرحلية
iep-label-annual-goal-objectives = الخطوات
iep-label-annual-goal-schedule = جدول القياس
iep-label-annual-goal-skill = المهارة

## GoalMethod

iep-goal-method-observation = ملاحظة المعلم أو مقدم الخدمة
iep-goal-method-work-samples = نماذج من العمل
iep-goal-method-curriculum-based-measurement = قياس قائم على المنهج
iep-goal-method-teacher-tests = اختبارات يعدها المعلم
iep-goal-method-data-collection = جدول بيانات أو سجل
iep-goal-method-rubric = سلم تقدير
iep-goal-method-checklist = قائمة تحقق
iep-goal-method-standardized-assessment = تقييم معياري
iep-goal-method-running-records = سجلات القراءة

## ObjectiveKind

iep-objective-kind-none = لا يوجد
iep-objective-kind-short-term-objectives = أهداف قصيرة المدى
iep-objective-kind-benchmarks = معايير مرحلية

## Objective

iep-label-objective-by = بحلول
iep-label-objective-text = هدف قصير المدى أو معيار مرحلي

## GoalSchedule

iep-goal-schedule-daily = يوميا
iep-goal-schedule-weekly = أسبوعيا
iep-goal-schedule-biweekly = كل أسبوعين
iep-goal-schedule-monthly = شهريا
iep-goal-schedule-marking-period = كل فترة تقييم

## ProgressReporting

iep-label-progress-reporting-methods = الطريقة
iep-label-progress-reporting-times-per-year = عدد التقارير في السنة
iep-label-progress-reporting-with-report-cards = في مواعيد بطاقات التقدير

## ReportMethod

iep-report-method-written-report = تقرير تقدم مكتوب
iep-report-method-conference = اجتماع بين الوالدين والمعلم
iep-report-method-phone = مكالمة هاتفية
iep-report-method-email = بريد إلكتروني

## ProgramsServices

iep-label-programs-services-assistive-technology = أجهزة وخدمات التكنولوجيا المساعدة
iep-label-programs-services-paraprofessionals = المساعدون التربويون المعينون بموجب IEP
iep-label-programs-services-personnel-supports = الدعم لموظفي المدرسة
iep-label-programs-services-physical-education = التربية البدنية
iep-label-programs-services-programs = برامج التعليم الخاص
iep-label-programs-services-related-services = الخدمات ذات الصلة
iep-label-programs-services-supplementary-aids = المساعدات التكميلية وتعديلات البرنامج

## AssistiveTech

iep-label-assistive-tech-assessment-on = تاريخ تقييم التكنولوجيا المساعدة
iep-label-assistive-tech-description = الوصف
iep-label-assistive-tech-kind = جهاز أو خدمة
iep-label-assistive-tech-level = تقنية بسيطة أو متقدمة
iep-label-assistive-tech-used-in = يستخدم في

## AtKind

iep-at-kind-device = جهاز
iep-at-kind-service = خدمة

## TechLevel

iep-tech-level-low = تقنية بسيطة (مثل ممسك القلم، لوح مائل)
iep-tech-level-high = تقنية متقدمة (مثل جهاز لوحي، تحويل الكلام إلى نص)

## UseSetting

iep-use-setting-classroom = الفصل
iep-use-setting-home = المنزل
iep-use-setting-other = غير ذلك

## Paraprofessional

iep-label-paraprofessional-activities = الأوقات والأنشطة
iep-label-paraprofessional-bip-reviewed = تمت مراجعة خطة التدخل السلوكي أولا
iep-label-paraprofessional-para-type = النوع
iep-label-paraprofessional-progress-monitoring = متابعة التقدم
iep-label-paraprofessional-purpose = الغرض والحاجة
iep-label-paraprofessional-ratio = النسبة
iep-label-paraprofessional-responsibilities = المسؤوليات
iep-label-paraprofessional-skilled-nursing-referral = تمت الإحالة إلى التمريض المتخصص
iep-label-paraprofessional-toileting = استخدام الحمام
iep-label-paraprofessional-unsafe-traveler-assessed-on = تاريخ تقييمه كمتنقل مستقل غير آمن
iep-label-paraprofessional-urgent-care-condition = تمت الإشارة إلى حالة تتطلب رعاية عاجلة

## ParaActivity

iep-para-activity-all-classes = جميع الحصص
iep-para-activity-academic-classes = الحصص الأكاديمية
iep-para-activity-related-services = الخدمات ذات الصلة
iep-para-activity-lunch = الغداء
iep-para-activity-transitions = التنقل بين الحصص
iep-para-activity-arrival-dismissal = الوصول والانصراف
iep-para-activity-field-trips = الرحلات المدرسية

## ParaType

iep-para-type-behavior-support = دعم سلوكي (إدارة الأزمات)
iep-para-type-health = الصحة
iep-para-type-toileting = استخدام الحمام
iep-para-type-orientation-mobility = التوجه والحركة

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = مشترك

## ToiletingMode

iep-toileting-mode-toilet-training = التدريب على استخدام الحمام
iep-toileting-mode-toileting-assistance = المساعدة في استخدام الحمام

## PersonnelSupport

iep-label-personnel-support-description = الوصف
iep-label-personnel-support-kind = الدعم
iep-label-personnel-support-provided-by = يقدمه
iep-label-personnel-support-recipient = لـ

## SupportKind

iep-support-kind-disability-information = معلومات عن الإعاقة
iep-support-kind-behavior-training = تدريب على التدخلات السلوكية الإيجابية
iep-support-kind-sign-language = تدريب على لغة الإشارة
iep-support-kind-curriculum-modifications = مساعدة في تعديل المنهج
iep-support-kind-assistive-technology-training = تدريب على التكنولوجيا المساعدة للطالب
iep-support-kind-behavioral-consultation = استشارة سلوكية
iep-support-kind-para-training = تدريب المساعدين التربويين (الصحة، التغذية، وضعية الجسم…)
iep-support-kind-testing-accommodation-training = تدريب على تقديم تسهيلات الاختبارات
iep-support-kind-other = غير ذلك

## StaffRole

iep-staff-role-teacher = المعلمون
iep-staff-role-paraprofessional = مساعد تربوي
iep-staff-role-provider = مقدمو الخدمات ذات الصلة
iep-staff-role-other-staff = موظفون آخرون في المدرسة

## PeDetermination

iep-pe-determination-regular = تربية بدنية عادية
iep-pe-determination-regular-with-equipment = تربية بدنية عادية مع معدات خاصة
iep-pe-determination-adapted = تربية بدنية معدلة (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = خدمات الدمج في المنطقة 75
iep-label-program-recommendation-delivery = داخل الفصل أو خارجه
iep-label-program-recommendation-duration-minutes = المدة
iep-label-program-recommendation-frequency = التكرار
iep-label-program-recommendation-group = فردي أو جماعي
iep-label-program-recommendation-group-size = حجم المجموعة
iep-label-program-recommendation-language = اللغة
iep-label-program-recommendation-location = المكان
iep-label-program-recommendation-program = البرنامج
iep-label-program-recommendation-projected-start = تاريخ البدء المتوقع
iep-label-program-recommendation-ratio = نسبة الفصل
iep-label-program-recommendation-setting = بيئة الفصل
iep-label-program-recommendation-subject = المادة

## Delivery

iep-delivery-push-in = داخل الفصل (push-in)
iep-delivery-pull-out = خارج الفصل (pull-out)

## Period

iep-period-day = في اليوم
iep-period-week = في الأسبوع
iep-period-month = في الشهر

## GroupKind

iep-group-kind-individual = فردي
iep-group-kind-group = جماعي

## ProgramKind

iep-program-kind-consultant-teacher = المعلم الاستشاري
iep-program-kind-setss = خدمات دعم معلم التعليم الخاص (SETSS)
iep-program-kind-ict = التدريس المشترك المتكامل (ICT)
iep-program-kind-special-class = فصل خاص
iep-program-kind-travel-training = التدريب على التنقل
iep-program-kind-adapted-physical-education = تربية بدنية معدلة (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = مدرسة مجتمعية (المناطق 1–32)
iep-class-setting-district-75 = مدرسة متخصصة (المنطقة 75)
iep-class-setting-non-public-school = مدرسة غير حكومية معتمدة من NYSED

## Subject

iep-subject-ela = فنون اللغة الإنجليزية
iep-subject-math = الرياضيات
iep-subject-science = العلوم
iep-subject-social-studies = الدراسات الاجتماعية
iep-subject-world-language = لغة أجنبية
iep-subject-career-technical = التعليم المهني والتقني
iep-subject-physical-education = التربية البدنية
iep-subject-all-subjects = جميع المواد

## RelatedService

iep-label-related-service-delivery = داخل الفصل أو خارجه
iep-label-related-service-duration-minutes = المدة
iep-label-related-service-frequency = التكرار
iep-label-related-service-group = فردي أو جماعي
iep-label-related-service-group-size = حجم المجموعة
iep-label-related-service-initial = توصية أولى
iep-label-related-service-language = اللغة
iep-label-related-service-location = المكان
iep-label-related-service-other-service = خدمة أخرى
iep-label-related-service-prescription-received-on = تاريخ استلام الوصفة الطبية
iep-label-related-service-projected-start = تاريخ البدء المتوقع
iep-label-related-service-separate-location = مكان منفصل
iep-label-related-service-service = الخدمة
iep-label-related-service-transition-service = خدمة انتقال

## ServiceLocation

iep-service-location-general-education-classroom = فصل التعليم العام
iep-service-location-special-education-classroom = فصل التعليم الخاص
iep-service-location-separate-location = مكان منفصل

## RelatedServiceType

iep-related-service-type-speech-language-therapy = علاج النطق واللغة
iep-related-service-type-occupational-therapy = العلاج الوظيفي (OT)
iep-related-service-type-physical-therapy = العلاج الطبيعي (PT)
iep-related-service-type-counseling = الإرشاد النفسي
iep-related-service-type-parent-counseling-and-training = إرشاد الوالدين وتدريبهم
iep-related-service-type-assistive-technology-services = خدمات التكنولوجيا المساعدة
iep-related-service-type-audiological = خدمات السمع
iep-related-service-type-interpreting = خدمات الترجمة الفورية (للصم وضعاف السمع)
iep-related-service-type-orientation-mobility = التوجه والحركة
iep-related-service-type-school-nurse = خدمات ممرضة المدرسة
iep-related-service-type-vision-education = خدمات التعليم البصري
iep-related-service-type-hearing-education = خدمات التعليم السمعي
iep-related-service-type-rehabilitation-counseling = الإرشاد التأهيلي
iep-related-service-type-social-work = الخدمة الاجتماعية المدرسية
iep-related-service-type-other = خدمة نمائية أو تصحيحية أو داعمة أخرى

## SupplementaryAid

iep-label-supplementary-aid-aid = المساعدة أو التعديل
iep-label-supplementary-aid-applies-in = أين ومتى
iep-label-supplementary-aid-description = الوصف
iep-label-supplementary-aid-projected-start = تاريخ البدء المتوقع

## AidKind

iep-aid-kind-note-taker = شخص يدون الملاحظات
iep-aid-kind-alternative-formats = مواد تعليمية بصيغ بديلة
iep-aid-kind-extra-time-between-classes = وقت إضافي بين الحصص
iep-aid-kind-special-seating = مقعد خاص
iep-aid-kind-highlighted-work = عمل مظلل أو مرمز بالألوان
iep-aid-kind-study-guides = ملخصات وأدلة للدراسة
iep-aid-kind-study-carrel = مقصورة دراسة
iep-aid-kind-behavior-plan = خطة التدخل السلوكي
iep-aid-kind-extra-time-for-assignments = وقت إضافي للواجبات
iep-aid-kind-assignment-adaptations = تعديل الواجبات
iep-aid-kind-extended-pacing = إبطاء وتيرة التدريس
iep-aid-kind-adapted-presentation = عرض المحتوى بطريقة معدلة
iep-aid-kind-adapted-demonstration = طرق معدلة لإظهار ما تعلمه
iep-aid-kind-other = غير ذلك

## TwelveMonth

iep-label-twelve-month-areas = المجالات
iep-label-twelve-month-basis = تم النظر فيها بسبب
iep-label-twelve-month-details = البرنامج الصيفي وبيئته
iep-label-twelve-month-differs-from-school-year = تختلف عن خدمات العام الدراسي
iep-label-twelve-month-duration-minutes = المدة في الصيف
iep-label-twelve-month-frequency = التكرار في الصيف
iep-label-twelve-month-needed = يحتاج إلى خدمات على مدار 12 شهرا

## EsyBasis

iep-esy-basis-substantial-regression = تراجع كبير (8 أسابيع أو أكثر لاستعادة المهارات)
iep-esy-basis-severe-multiple-disabilities = إعاقات متعددة شديدة
iep-esy-basis-residential = برنامج داخلي
iep-esy-basis-home-hospital = التعليم في المنزل أو المستشفى
iep-esy-basis-intensive-management-needs = احتياجات إدارية مكثفة جدا

## TestingAccommodations

iep-label-testing-accommodations-accommodations = تسهيلات الاختبارات
iep-label-testing-accommodations-none-recommended = لا توجد تسهيلات للاختبارات

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = استراحة كل
iep-label-testing-accommodation-break-minutes = مدة الاستراحة
iep-label-testing-accommodation-category = التسهيل
iep-label-testing-accommodation-condition = فقط في
iep-label-testing-accommodation-extended-time = وقت إضافي
iep-label-testing-accommodation-extra-direction-readings = عدد المرات الإضافية لقراءة التعليمات
iep-label-testing-accommodation-group-size = حجم المجموعة
iep-label-testing-accommodation-multiple-day-assurance-filed = تم تقديم ضمان الأيام المتعددة
iep-label-testing-accommodation-read-mode = قراءة الاختبارات بواسطة
iep-label-testing-accommodation-read-scope = نطاق قراءة الاختبارات
iep-label-testing-accommodation-setting = البيئة
iep-label-testing-accommodation-specification = التحديد

## AccommodationCategory

iep-accommodation-category-extended-time = وقت إضافي
iep-accommodation-category-breaks = استراحات
iep-accommodation-category-separate-setting = مكان أو غرفة منفصلة
iep-accommodation-category-directions-repeated = قراءة التعليمات أو ترجمتها بالإشارة مرات أكثر
iep-accommodation-category-tests-read = قراءة الاختبارات
iep-accommodation-category-multiple-day = إجراء الاختبار على عدة أيام
iep-accommodation-category-special-equipment = معدات أو أثاث خاص
iep-accommodation-category-scribe = الاستعانة بكاتب
iep-accommodation-category-answers-in-booklet = تسجيل الإجابات في كتيب الاختبار
iep-accommodation-category-calculator = آلة حاسبة
iep-accommodation-category-word-processor = معالج نصوص
iep-accommodation-category-other = غير ذلك

## TimeMultiplier

iep-time-multiplier-time-and-a-half = الوقت ونصفه (1.5×)
iep-time-multiplier-double = ضعف الوقت (2×)

## ReadMode

iep-read-mode-human-reader = قارئ بشري
iep-read-mode-text-to-speech = تحويل النص إلى كلام
iep-read-mode-audio-recording = تسجيل صوتي (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = باستثناء اختبارات فهم المقروء
iep-read-scope-including-reading-comprehension = بما في ذلك اختبارات فهم المقروء

## TestSetting

iep-test-setting-individual = بشكل فردي
iep-test-setting-small-group = مجموعة صغيرة

## TransitionActivities

iep-label-transition-activities-activities = الأنشطة
iep-label-transition-activities-functional-vocational-assessment-needed = يلزم تقييم مهني وظيفي

## TransitionActivity

iep-label-transition-activity-activity = النشاط
iep-label-transition-activity-area = المجال
iep-label-transition-activity-outside-agency = جهة خارجية
iep-label-transition-activity-parent-consent-to-invite = وافق الوالدان على دعوة الجهة
iep-label-transition-activity-responsible = المسؤول (الدور أو الجهة)
iep-label-transition-activity-starts-on = يبدأ في

## TransitionArea

iep-transition-area-instruction = التدريس
iep-transition-area-related-services = الخدمات ذات الصلة
iep-transition-area-community-experiences = خبرات في المجتمع
iep-transition-area-employment-adult-living = العمل وأهداف أخرى لحياة البالغين بعد المدرسة
iep-transition-area-daily-living-skills = اكتساب مهارات الحياة اليومية
iep-transition-area-functional-vocational-assessment = التقييم المهني الوظيفي

## AssessmentParticipation

iep-label-assessment-participation-mode = الاختبار
iep-label-assessment-participation-severe-cognitive-disability = إعاقة معرفية شديدة
iep-label-assessment-participation-specialized-program = برنامج متخصص للغاية
iep-label-assessment-participation-support-systems = يلزم نظام دعم
iep-label-assessment-participation-why-alternate = لماذا يعد الاختبار البديل مناسبا
iep-label-assessment-participation-why-not-regular = لماذا لا يشارك في الاختبار العادي

## AssessmentMode

iep-assessment-mode-standard = اختبارات الولاية والمنطقة التعليمية (مع أي تسهيلات للاختبارات)
iep-assessment-mode-nysaa = الاختبار البديل لولاية نيويورك (NYSAA)
iep-assessment-mode-district-alternate = اختبار بديل للمنطقة التعليمية (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = مدى عدم المشاركة
iep-label-gen-ed-participation-full-participation = يشارك مشاركة كاملة
iep-label-gen-ed-participation-physical-education = المشاركة في التربية البدنية
iep-label-gen-ed-participation-removal-justification = مبرر الإبعاد

## Placement

iep-label-placement-deferral-consent-on = تاريخ موافقة الوالدين الكتابية على التأجيل
iep-label-placement-deferred = تم تأجيل الإلحاق
iep-label-placement-health-treatment = علاج صحي أثناء اليوم الدراسي
iep-label-placement-language-determination = تحديد اللغة (ELL)
iep-label-placement-language-of-instruction = لغة التدريس
iep-label-placement-lote-exempt = معفى من شرط اللغة الأجنبية (LOTE)
iep-label-placement-medical-condition = حالة طبية تؤثر على الدراسة
iep-label-placement-other-options = خيارات أخرى تم النظر فيها
iep-label-placement-projected-initiation = تاريخ البدء المتوقع لبرنامج IEP
iep-label-placement-promotion-criteria = معايير الترفيع
iep-label-placement-recommendation = توصية الإلحاق
iep-label-placement-special-transportation = مواصلات خاصة
iep-label-placement-transportation-accommodations = تسهيلات المواصلات
iep-label-placement-transportation-reason = سبب المواصلات

## LanguageDetermination

iep-language-determination-enl-only = الإنجليزية كلغة جديدة (ENL) فقط
iep-language-determination-bilingual = يلزم تقديم خدمات تعليمية ثنائية اللغة

## OtherOption

iep-label-other-option-option = الخيار
iep-label-other-option-rejected-because = سبب الرفض

## PromotionCriteria

iep-promotion-criteria-standard = عادية
iep-promotion-criteria-modified = معدلة

## PlacementKind

iep-placement-kind-doe-non-specialized = مدرسة تابعة لإدارة التعليم بمدينة نيويورك، غير متخصصة (المناطق 1–32)
iep-placement-kind-doe-specialized = مدرسة متخصصة تابعة لإدارة التعليم بمدينة نيويورك (المنطقة 75)
iep-placement-kind-nps-day = مدرسة غير حكومية معتمدة من NYSED – نهارية
iep-placement-kind-nps-residential = مدرسة غير حكومية معتمدة من NYSED – داخلية
iep-placement-kind-nps-placed-by-acs = مدرسة غير حكومية معتمدة من NYSED – إلحاق من ACS
iep-placement-kind-state4201-day = مدرسة غير حكومية تدعمها الولاية (4201) – نهارية
iep-placement-kind-state4201-residential = مدرسة غير حكومية تدعمها الولاية (4201) – داخلية
iep-placement-kind-boces = مجلس الخدمات التعليمية التعاونية (BOCES)
iep-placement-kind-charter-school = مدرسة مستقلة (تشارتر)
iep-placement-kind-home-hospital = التعليم في المنزل أو المستشفى

## TransportAccommodation

iep-transport-accommodation-door-to-door = حافلة من الباب إلى الباب
iep-transport-accommodation-paraprofessional = مساعد في المواصلات
iep-transport-accommodation-nursing = ممرضة في الحافلة
iep-transport-accommodation-limited-travel-time = وقت سفر محدود
iep-transport-accommodation-smaller-route = مسار بعدد أقل من الطلاب
iep-transport-accommodation-climate-control = التحكم في درجة الحرارة
iep-transport-accommodation-lift = مصعد الحافلة
iep-transport-accommodation-wheelchair = تجهيز للكرسي المتحرك
iep-transport-accommodation-safety-vest = سترة أمان أو مقعد سيارة
iep-transport-accommodation-oxygen = أكسجين
iep-transport-accommodation-ambulance = سيارة إسعاف

## Values with a number or a yes/no answer

iep-frequency-day = { $times ->
    [zero] { $times } مرة في اليوم
    [one] مرة واحدة في اليوم
    [two] مرتان في اليوم
    [few] { $times } مرات في اليوم
    [many] { $times } مرة في اليوم
   *[other] { $times } مرة في اليوم
}
iep-frequency-week = { $times ->
    [zero] { $times } مرة في الأسبوع
    [one] مرة واحدة في الأسبوع
    [two] مرتان في الأسبوع
    [few] { $times } مرات في الأسبوع
    [many] { $times } مرة في الأسبوع
   *[other] { $times } مرة في الأسبوع
}
iep-frequency-month = { $times ->
    [zero] { $times } مرة في الشهر
    [one] مرة واحدة في الشهر
    [two] مرتان في الشهر
    [few] { $times } مرات في الشهر
    [many] { $times } مرة في الشهر
   *[other] { $times } مرة في الشهر
}
iep-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
iep-group-of = { $count ->
    [zero] مجموعة من { $count }
    [one] مجموعة من { $count }
    [two] مجموعة من { $count }
    [few] مجموعة من { $count }
    [many] مجموعة من { $count }
   *[other] مجموعة من { $count }
}
iep-times-per-year = { $count ->
    [zero] { $count } مرة في السنة
    [one] مرة واحدة في السنة
    [two] مرتان في السنة
    [few] { $count } مرات في السنة
    [many] { $count } مرة في السنة
   *[other] { $count } مرة في السنة
}
iep-times = { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
iep-yes = نعم
iep-no = لا
iep-none-recorded = لم يسجل شيء في هذا القسم.
