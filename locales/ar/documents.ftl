### IEP Desk: وثائق أولياء الأمور، اللغة العربية (الفصحى). أسلوب رسمي.
### الرسائل نفسها الموجودة في locales/en/documents.ftl؛ الملاحظات هناك.
### الأرقام بالأرقام الغربية (0-9) كما في النسخة الإنجليزية. بدون تشكيل (الحركات تفسد استخراج النص من PDF).

## التواريخ

date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## عناصر الصفحة

page-of = الصفحة { $page } من { $total }
page-header = الطالب: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = تاريخ إعداد هذه النسخة: { $date }
translation-legal-notice = هذه ترجمة لبرنامج التعليم الفردي (IEP). النسخة الإنجليزية من البرنامج هي النسخة القانونية المعتمدة لهذه الوثيقة.
draft-notice = مسودة: هذا البرنامج ليس نهائيا وقد يتغير.
rsesp-title = برامج وخدمات التعليم الخاص الموصى بها
rsesp-notice = تعرض هذه الصفحة من مسودة البرنامج (IEP) البرامج والخدمات التي يوصي بها فريق البرنامج. البرنامج ليس نهائيا بعد: سيتم اعتماده وتسليمه إليكم في غضون 10 أيام عمل.
written-in-english = كتبه فريق IEP باللغة الإنجليزية
not-yet-written = لم تتم كتابته بعد.

## النماذج

form-nysed-iep-2023-11 = نموذج IEP لولاية نيويورك (NYSED)، المعدل في نوفمبر 2023

## القيم

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K (ما قبل الروضة)
grade-k = الروضة (Kindergarten)
grade-n = الصف { $grade }
grade-ug = بدون صف دراسي محدد
iep-version-value = الإصدار { $version }
iep-status-draft = مسودة
iep-status-finalized = نهائي
iep-status-amended = معدل (حل محله برنامج أحدث)
iep-amends-earlier = يعدل هذا البرنامج برنامجا سابقا.

## أسماء اللغات

language-en = الإنجليزية
language-sq = الألبانية
language-ar = العربية
language-bn = البنغالية
language-zh-Hans = الصينية (المبسطة)
language-zh-Hant = الصينية (التقليدية)
language-fr = الفرنسية
language-ht = الكريولية الهايتية
language-ko = الكورية
language-ru = الروسية
language-es = الإسبانية
language-uk = الأوكرانية
language-ur = الأردية
language-uz = الأوزبكية
language-pl = البولندية
language-yi = اليديشية
language-ja = اليابانية
language-ne = النيبالية
language-pa = البنجابية
language-tl = التاغالوغية
language-fuf = البولارية (الفولانية)
language-wo = الولوفية
language-asl = لغة الإشارة الأمريكية

## البرنامج

iep-title = برنامج التعليم الفردي (IEP)
section-identifying = معلومات التعريف
field-student-name = اسم الطالب
field-date-of-birth = تاريخ الميلاد
field-osis = الرقم التعريفي للطالب (OSIS)
field-school = المدرسة (DBN)
field-grade = الصف
field-home-language = اللغة المستخدمة في المنزل
field-parent-language = اللغة المفضلة لولي الأمر
field-iep-version = إصدار البرنامج
field-iep-status = حالة البرنامج
field-finalized-on = تاريخ الاعتماد النهائي
field-amendment = تعديل
field-produced-on = تاريخ هذه النسخة

section-present-levels = المستويات الحالية للأداء والاحتياجات الفردية
plop-evaluation_results = نتائج التقييم
plop-academic_achievement = التحصيل الأكاديمي والأداء الوظيفي وخصائص التعلم
plop-social_development = النمو الاجتماعي
plop-physical_development = النمو البدني
plop-management_needs = احتياجات الإدارة والدعم
plop-effect_on_general_education = أثر احتياجات الطالب على مشاركته وتقدمه في منهج التعليم العام
plop-special_factor_needs = احتياجات الطالب المتعلقة بالعوامل الخاصة

## الأجزاء المكتوبة باللغة الإنجليزية

section-english-parts = أجزاء هذا البرنامج المكتوبة باللغة الإنجليزية
english-parts-intro =
    { $count ->
        [zero] لم يكتب فريق IEP أي جزء من هذا البرنامج باللغة الإنجليزية.
        [one] كتب فريق IEP جزءا واحدا من هذا البرنامج باللغة الإنجليزية، وهو غير مترجم في هذه النسخة:
        [two] كتب فريق IEP جزأين من هذا البرنامج باللغة الإنجليزية، وهما غير مترجمين في هذه النسخة:
        [few] كتب فريق IEP { $count } أجزاء من هذا البرنامج باللغة الإنجليزية، وهي غير مترجمة في هذه النسخة:
        [many] كتب فريق IEP { $count } جزءا من هذا البرنامج باللغة الإنجليزية، وهي غير مترجمة في هذه النسخة:
       *[other] كتب فريق IEP { $count } جزء من هذا البرنامج باللغة الإنجليزية، وهي غير مترجمة في هذه النسخة:
    }
english-parts-request = يحق لك أن تطلب ترجمة هذه الأجزاء إلى لغتك مجانا. لتقديم الطلب، يرجى التواصل مع { $contact } أو مع منسق الوصول اللغوي في مدرسة طفلك.
contact-phone = الهاتف: { $phone }
contact-email = البريد الإلكتروني: { $email }

## مشترك بين الإشعارات والنماذج

notice-date = تاريخ هذا الإشعار: { $date }
translation-legal-notice-document = هذه ترجمة. النسخة الإنجليزية من هذه الوثيقة هي النسخة القانونية المعتمدة.
section-student = الطالب
section-questions = الأسئلة
section-english-parts-document = أجزاء هذه الوثيقة المكتوبة باللغة الإنجليزية
english-parts-intro-document =
    { $count ->
        [zero] لم تكتب المدرسة أي جزء من هذه الوثيقة باللغة الإنجليزية.
        [one] كتبت المدرسة جزءا واحدا من هذه الوثيقة باللغة الإنجليزية، وهو غير مترجم في هذه النسخة:
        [two] كتبت المدرسة جزأين من هذه الوثيقة باللغة الإنجليزية، وهما غير مترجمين في هذه النسخة:
        [few] كتبت المدرسة { $count } أجزاء من هذه الوثيقة باللغة الإنجليزية، وهي غير مترجمة في هذه النسخة:
        [many] كتبت المدرسة { $count } جزءا من هذه الوثيقة باللغة الإنجليزية، وهي غير مترجمة في هذه النسخة:
       *[other] كتبت المدرسة { $count } جزء من هذه الوثيقة باللغة الإنجليزية، وهي غير مترجمة في هذه النسخة:
    }
time = { $hour }:{ $minute }

## الإشعار الكتابي المسبق (PWN)

pwn-title-referral_initial = إشعار كتابي مسبق: إشعار بالإحالة إلى تقييم أولي
pwn-title-refusal_of_initial_evaluation = إشعار كتابي مسبق: رفض طلب إجراء تقييم أولي
pwn-title-recommendation_initial = إشعار كتابي مسبق: توصية بعد اجتماع IEP الأول
pwn-title-recommendation = إشعار كتابي مسبق: توصية
pwn-title-ineligibility = إشعار كتابي مسبق: عدم الأهلية للتعليم الخاص
pwn-title-reevaluation_with_assessments = إشعار كتابي مسبق: إعادة تقييم مع تقييمات جديدة
pwn-title-reevaluation = إشعار كتابي مسبق: إعادة تقييم
pwn-title-amendment = إشعار كتابي مسبق: تعديل IEP
pwn-title-refusal = إشعار كتابي مسبق: رفض طلب من ولي الأمر
pwn-intro-referral_initial = أحيل طفلك إلى تقييم أولي لمعرفة ما إذا كانت لديه إعاقة ويحتاج إلى خدمات التعليم الخاص. يوضح هذا الإشعار ما تقترحه المدرسة وسبب ذلك.
pwn-intro-refusal_of_initial_evaluation = تلقت المدرسة طلبا لإحالة طفلك إلى تقييم أولي، وقررت عدم إجراء الإحالة. يوضح هذا الإشعار سبب ذلك.
pwn-intro-recommendation_initial = اجتمع فريق IEP بعد التقييم الأولي لطفلك وقدم توصية. يوضح هذا الإشعار ما يوصي به الفريق وسبب ذلك.
pwn-intro-recommendation = اجتمع فريق IEP بشأن طفلك وقدم توصية. يوضح هذا الإشعار ما يوصي به الفريق وسبب ذلك.
pwn-intro-ineligibility = قرر فريق IEP أن طفلك غير مؤهل لخدمات التعليم الخاص. يوضح هذا الإشعار سبب ذلك.
pwn-intro-reevaluation_with_assessments = تقترح المدرسة إعادة تقييم طفلك بتقييمات جديدة. يوضح هذا الإشعار ما هو مقترح وسبب ذلك.
pwn-intro-reevaluation = تقترح المدرسة إعادة تقييم طفلك بالمعلومات المتوفرة لديها. يوضح هذا الإشعار ما هو مقترح وسبب ذلك.
pwn-intro-amendment = تقترح المدرسة تغيير برنامج IEP الخاص بطفلك. يوضح هذا الإشعار التغيير وسببه.
pwn-intro-refusal = قررت المدرسة عدم القيام بأمر طلبته. يوضح هذا الإشعار ما تم رفضه وسبب ذلك.
pwn-element-action-propose = 1. ما تقترح المدرسة القيام به
pwn-element-action-refuse = 1. ما ترفض المدرسة القيام به
pwn-element-reasons = 2. السبب
pwn-element-evaluations = 3. التقييمات والاختبارات والسجلات والتقارير المستخدمة
pwn-element-options = 4. الخيارات الأخرى التي تم النظر فيها وأسباب رفضها
pwn-element-other-factors = 5. عوامل أخرى ذات صلة
pwn-element-safeguards = 6. ضماناتك الإجرائية
pwn-element-assistance = 7. أين يمكنك الحصول على المساعدة
pwn-option = الخيار { $number }:
pwn-option-rejected-because = سبب رفضه:
pwn-no-other-options = لم ينظر الفريق في خيارات أخرى.
pwn-safeguards-statement = بصفتك ولي أمر طالب لديه إعاقة أو قد تكون لديه إعاقة، لك حقوق بموجب الضمانات الإجرائية في القانون الفيدرالي وقانون ولاية نيويورك.
pwn-psn-enclosed = مرفق بهذا الإشعار نسخة من إشعار الضمانات الإجرائية الذي يشرح هذه الحقوق.
pwn-psn-how-to-obtain = يمكنك الحصول مجانا على نسخة من إشعار الضمانات الإجرائية الذي يشرح هذه الحقوق:
pwn-psn-website = إشعار الضمانات الإجرائية متاح أيضا على موقع إدارة التعليم (DOE) تحت عنوان "Statement of Family's Rights" (بيان حقوق الأسرة).
pwn-assistance-intro = يمكنك التواصل مع الجهات التالية للحصول على المساعدة في فهم التعليم الخاص وحقوقك:
pwn-section-more = معلومات إضافية عن هذا الإشعار
pwn-consent-enclosed = يتطلب هذا الإجراء موافقتك الكتابية. النموذج "{ $form }" مرفق بهذا الإشعار. لن يتم القيام بأي شيء قبل أن توقعه.
pwn-referral-next = ستتواصل معك المدرسة لتحديد موعد اجتماع التاريخ الاجتماعي، وسيطلب منك فيه الموافقة على التقييم.
pwn-program-visit = يحق لك زيارة برنامج مماثل للبرنامج الموصى به لطفلك. لترتيب زيارة، يرجى التواصل مع:
pwn-program-visit-label = جهة الاتصال لترتيب زيارة برنامج
pwn-refusal-right-to-refer = يحق لك أن تحيل طفلك بنفسك إلى تقييم أولي، كتابيا، إلى مدير المدرسة أو إلى لجنة التعليم الخاص.
pwn-refusal-copy-of-request = مرفق نسخة من طلب الإحالة.
pwn-refusal-meeting-offered = نعرض عليك اجتماعا مع مدير المدرسة لمناقشة الطلب والمساعدة المتاحة لطفلك في المدرسة.
pwn-ineligibility-enclosed = مرفق بهذا الإشعار المستويات الحالية لأداء طفلك واحتياجاته الفردية.
pwn-contact = يحق لك المشاركة في كل قرار يتعلق بتعليم طفلك. إذا كانت لديك أسئلة عن هذا الإشعار، يرجى التواصل مع { $contact }.

## إشعار اجتماع IEP

meeting-notice-title = إشعار اجتماع IEP
meeting-notice-intro = أنت مدعو إلى اجتماع فريق IEP الخاص بطفلك. أنت عضو في الفريق، ومشاركتك مهمة.
section-meeting-details = تفاصيل الاجتماع
field-meeting-type = نوع الاجتماع
field-meeting-date = التاريخ
field-meeting-time = الوقت
field-meeting-place = المكان
field-meeting-interpreter = المترجم الفوري
meeting-interpreter-value = سيحضر الاجتماع مترجم فوري للغة { $language }.
meeting-sign-language-value = سيحضر الاجتماع مترجم للغة الإشارة.
meeting-type-initial = اجتماع IEP الأول (بعد التقييم الأولي)
meeting-type-annual_review = المراجعة السنوية
meeting-type-requested_review = مراجعة بناء على طلب
meeting-type-requested_reevaluation = إعادة تقييم بناء على طلب
meeting-type-three_year_reevaluation = إعادة التقييم كل ثلاث سنوات
meeting-type-reconvene = استكمال اجتماع سابق
meeting-type-reconvene-of = استكمال اجتماع سابق ({ $type })
section-meeting-participants = المدعوون
participants-intro = الأشخاص التالون مدعوون إلى الاجتماع بالأدوار المبينة:
column-role = الدور
column-name = الاسم
role-parent = ولي الأمر
role-student = الطالب
role-district_representative = ممثل المنطقة التعليمية
role-case_manager = مدير الحالة
role-school_psychologist = الأخصائي النفسي المدرسي
role-special_education_teacher = معلم التعليم الخاص
role-general_education_teacher = معلم التعليم العام
role-related_service_provider = مقدم الخدمات ذات الصلة
role-school_social_worker = الأخصائي الاجتماعي المدرسي
role-parent_member = عضو إضافي من أولياء الأمور
role-physician = طبيب المدرسة
role-bilingual_professional = أخصائي ثنائي اللغة
role-transition_agency_representative = ممثل جهة خدمات الانتقال
role-teacher_of_deaf_and_hearing_impaired = معلم الطلاب الصم وضعاف السمع
role-teacher_of_blind_and_partially_sighted = معلم الطلاب المكفوفين وضعاف البصر
role-audiologist = أخصائي السمع
role-school_nurse = ممرض المدرسة
role-assessment_professional = أخصائي التقييم
role-supervisory_personnel = المشرف
role-other_school_personnel = موظف آخر في المدرسة
role-special_expertise = شخص يعرف الطالب أو لديه خبرة خاصة بشأنه
section-meeting-rights = حقوقك في هذا الاجتماع
right-bring-people = يمكنك أن تحضر معك أشخاصا يعرفون طفلك أو لديهم خبرة خاصة بشأنه، مثل قريب أو صديق أو مدافع عن الحقوق. إذا كنت ستحضر محاميا، يرجى إبلاغ المدرسة قبل الاجتماع.
right-parent-member = يمكنك أن تطلب مشاركة عضو إضافي من أولياء الأمور: ولي أمر طالب ذي إعاقة يقيم في مدينة نيويورك أو في منطقة مجاورة. قدم الطلب كتابيا قبل الاجتماع بـ 72 ساعة على الأقل.
right-physician = يمكنك أن تطلب مشاركة طبيب المدرسة لشرح المعلومات الطبية لطفلك وعلاقتها بتعليمه. قدم الطلب كتابيا قبل الاجتماع بـ 72 ساعة على الأقل.
right-interpreter = يمكنك الحصول على مترجم فوري، بما في ذلك مترجم للغة الإشارة، دون أي تكلفة. أبلغ المدرسة إذا كنت تحتاج إليه.
right-reschedule = إذا لم يناسبك التاريخ أو الوقت، يمكنك طلب تاريخ ووقت آخرين. إذا لم تتمكن من الحضور، يمكنك المشاركة عبر الهاتف.
right-record = يمكنك تسجيل الاجتماع صوتيا إذا طلبت ذلك كتابيا من مدير المدرسة أو رئيس اللجنة قبل يوم عمل واحد على الأقل. وفي هذه الحالة ستسجل المدرسة الاجتماع أيضا.
right-documents = ستتلقى قبل الاجتماع التقييمات والتقارير التي سيناقشها الفريق.
meeting-contact = لتأكيد حضورك، أو لطلب أي مما سبق، أو إذا كانت لديك أسئلة، يرجى التواصل مع { $contact }.

## نماذج الموافقة

consent-title-initial_evaluation = الموافقة على التقييم الأولي
consent-title-initial_provision_of_services = الموافقة على البدء في تقديم خدمات التعليم الخاص
consent-title-additional_assessments = الموافقة على تقييمات إضافية (إعادة التقييم)
consent-intro-initial_evaluation = تطلب المدرسة موافقتك على تقييم طفلك لمعرفة ما إذا كانت لديه إعاقة ويحتاج إلى خدمات التعليم الخاص. الموافقة على التقييم ليست موافقة على خدمات التعليم الخاص.
consent-intro-initial_provision_of_services = يوصي فريق IEP بخدمات التعليم الخاص لطفلك. تطلب المدرسة موافقتك على بدء هذه الخدمات. لا يمكن أن تبدأ أي خدمات للتعليم الخاص دون موافقتك الكتابية.
consent-intro-additional_assessments = في إطار إعادة تقييم طفلك، تطلب المدرسة موافقتك على التقييمات الجديدة المذكورة أدناه.
section-consent-activities = ما تقترحه المدرسة
consent-activities-itemized = لكل بند، حدد ما إذا كنت توافق. يمكنك الموافقة على بعض البنود دون غيرها.
consent-activities-whole = تقترح المدرسة:
column-proposed = المقترح
consent-choice-yes = أوافق
consent-choice-no = لا أوافق
section-consent-records = السجلات التي ستتم مشاركتها
consent-records-default = لن تتم مشاركة السجلات المدرسية لطفلك إلا مع المقيمين ومقدمي الخدمات الذين سينفذون ما هو مقترح.
section-consent-rights = حقوقك
consent-right-decline = يمكنك رفض إعطاء الموافقة.
consent-right-revoke = يمكنك سحب موافقتك في أي وقت، كتابيا.
consent-right-not-retroactive = سحب الموافقة ليس له أثر رجعي: فهو لا يلغي ما تم بعد إعطائك الموافقة وقبل سحبها.
section-consent-decision = قرارك
consent-whole-yes = أوافق على ما هو مقترح أعلاه.
consent-whole-no = لا أوافق.
consent-sign-intro = بتوقيعي أؤكد أنه تم شرح المقترح لي وأنني أفهمه، وأن قراري محدد أعلاه.
signature-parent = توقيع ولي الأمر
signature-name = اسم ولي الأمر
signature-relationship = صلة القرابة بالطالب
signature-date = التاريخ
consent-return = يرجى إعادة هذا النموذج إلى { $contact }. إذا كانت لديك أسئلة، يرجى التواصل مع الشخص نفسه.
