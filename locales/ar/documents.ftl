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
