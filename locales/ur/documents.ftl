### IEP Desk: والدین کے لیے دستاویزات، اردو۔ رسمی انداز (آپ)۔
### وہی پیغامات جو locales/en/documents.ftl میں ہیں؛ وضاحتیں وہاں ہیں۔
### ہندسے مغربی (0-9) ہیں، جیسے انگریزی نسخے میں۔ متن نسخ میں چھپتا ہے (docs/decisions-documents.md)۔

## تاریخیں

date = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## صفحے کے عناصر

page-of = صفحہ { $page } از { $total }
page-header = طالب علم: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = یہ نقل { $date } کو تیار کی گئی
translation-legal-notice = یہ IEP کا ترجمہ ہے۔ اس دستاویز کا قانونی نسخہ انگریزی IEP ہے۔
draft-notice = مسودہ: یہ IEP حتمی نہیں ہے اور اس میں ابھی تبدیلی ہو سکتی ہے۔
rsesp-title = تجویز کردہ خصوصی تعلیم کے پروگرام اور خدمات
rsesp-notice = IEP کے مسودے کے اس صفحے پر IEP ٹیم کے تجویز کردہ پروگرام اور خدمات درج ہیں۔ IEP ابھی حتمی نہیں ہے: اسے 10 کاروباری دنوں کے اندر حتمی شکل دے کر آپ کو دیا جائے گا۔
written-in-english = IEP ٹیم نے یہ حصہ انگریزی میں لکھا ہے
not-yet-written = ابھی نہیں لکھا گیا۔

## فارم

form-nysed-iep-2023-11 = ریاست نیویارک کا IEP فارم (NYSED)، نومبر 2023 میں نظرثانی شدہ

## قدریں

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K (پری کنڈرگارٹن)
grade-k = کنڈرگارٹن
grade-n = جماعت { $grade }
grade-ug = بغیر جماعت کے
iep-version-value = ورژن { $version }
iep-status-draft = مسودہ
iep-status-finalized = حتمی
iep-status-amended = ترمیم شدہ (اس کی جگہ نیا IEP آ چکا ہے)
iep-amends-earlier = یہ IEP ایک سابقہ IEP میں ترمیم کرتا ہے۔

## زبانوں کے نام

language-en = انگریزی
language-sq = البانوی
language-ar = عربی
language-bn = بنگلہ (بنگالی)
language-zh-Hans = چینی (آسان)
language-zh-Hant = چینی (روایتی)
language-fr = فرانسیسی
language-ht = ہیٹی کریول
language-ko = کوریائی
language-ru = روسی
language-es = ہسپانوی
language-uk = یوکرینی
language-ur = اردو
language-uz = ازبک
language-pl = پولش
language-yi = یدش
language-ja = جاپانی
language-ne = نیپالی
language-pa = پنجابی
language-tl = ٹیگالوگ
language-fuf = پولار (فولانی)
language-wo = وولوف
language-asl = امریکی اشاروں کی زبان

## IEP

iep-title = انفرادی تعلیمی پروگرام (IEP)
section-identifying = شناختی معلومات
field-student-name = طالب علم کا نام
field-date-of-birth = تاریخ پیدائش
field-osis = طالب علم کا شناختی نمبر (OSIS)
field-school = اسکول (DBN)
field-grade = جماعت
field-home-language = گھر کی زبان
field-parent-language = والدین کی ترجیحی زبان
field-iep-version = IEP کا ورژن
field-iep-status = IEP کی حیثیت
field-finalized-on = حتمی شکل دینے کی تاریخ
field-amendment = ترمیم
field-produced-on = اس نقل کی تاریخ

section-present-levels = کارکردگی کی موجودہ سطحیں اور انفرادی ضروریات
plop-evaluation_results = جانچ کے نتائج
plop-academic_achievement = تعلیمی کامیابی، عملی کارکردگی اور سیکھنے کی خصوصیات
plop-social_development = سماجی نشوونما
plop-physical_development = جسمانی نشوونما
plop-management_needs = انتظامی ضروریات
plop-effect_on_general_education = عام تعلیمی نصاب میں شمولیت اور پیش رفت پر طالب علم کی ضروریات کا اثر
plop-special_factor_needs = خاص عوامل سے متعلق طالب علم کی ضروریات

## انگریزی میں حصے

section-english-parts = اس IEP کے وہ حصے جو انگریزی میں ہیں
english-parts-intro =
    { $count ->
        [one] IEP ٹیم نے اس IEP کا { $count } حصہ انگریزی میں لکھا ہے۔ اس نقل میں اس کا ترجمہ نہیں کیا گیا:
       *[other] IEP ٹیم نے اس IEP کے { $count } حصے انگریزی میں لکھے ہیں۔ اس نقل میں ان کا ترجمہ نہیں کیا گیا:
    }
english-parts-request = آپ کو حق حاصل ہے کہ ان حصوں کا اپنی زبان میں ترجمہ بلا معاوضہ طلب کریں۔ درخواست کے لیے { $contact } سے یا اپنے بچے کے اسکول کے لینگویج ایکسیس کوآرڈینیٹر سے رابطہ کریں۔
contact-phone = فون: { $phone }
contact-email = ای میل: { $email }

## نوٹسوں اور فارموں کے لیے مشترک

notice-date = اس نوٹس کی تاریخ: { $date }
translation-legal-notice-document = یہ ترجمہ ہے۔ اس دستاویز کا قانونی نسخہ انگریزی نسخہ ہے۔
section-student = طالب علم
section-questions = سوالات
section-english-parts-document = اس دستاویز کے انگریزی حصے
english-parts-intro-document =
    { $count ->
        [one] اسکول نے اس دستاویز کا { $count } حصہ انگریزی میں لکھا ہے۔ اس نقل میں اس کا ترجمہ نہیں کیا گیا:
       *[other] اسکول نے اس دستاویز کے { $count } حصے انگریزی میں لکھے ہیں۔ اس نقل میں ان کا ترجمہ نہیں کیا گیا:
    }
time = { $hour }:{ $minute }

## پیشگی تحریری نوٹس (PWN)

pwn-title-referral_initial = پیشگی تحریری نوٹس: ابتدائی جائزے کے لیے ریفرل کا نوٹس
pwn-title-refusal_of_initial_evaluation = پیشگی تحریری نوٹس: ابتدائی جائزے کی درخواست کا انکار
pwn-title-recommendation_initial = پیشگی تحریری نوٹس: پہلی IEP میٹنگ کے بعد سفارش
pwn-title-recommendation = پیشگی تحریری نوٹس: سفارش
pwn-title-ineligibility = پیشگی تحریری نوٹس: خصوصی تعلیم کا اہل نہیں
pwn-title-reevaluation_with_assessments = پیشگی تحریری نوٹس: نئے جائزوں کے ساتھ دوبارہ جائزہ
pwn-title-reevaluation = پیشگی تحریری نوٹس: دوبارہ جائزہ
pwn-title-amendment = پیشگی تحریری نوٹس: IEP میں ترمیم
pwn-title-refusal = پیشگی تحریری نوٹس: والدین کی درخواست کا انکار
pwn-intro-referral_initial = آپ کے بچے کو ابتدائی جائزے کے لیے ریفر کیا گیا ہے تاکہ معلوم ہو سکے کہ کیا آپ کے بچے کو کوئی معذوری ہے اور کیا اسے خصوصی تعلیم کی خدمات کی ضرورت ہے۔ یہ نوٹس بتاتا ہے کہ اسکول کیا تجویز کرتا ہے اور کیوں۔
pwn-intro-refusal_of_initial_evaluation = اسکول کو آپ کے بچے کو ابتدائی جائزے کے لیے ریفر کرنے کی درخواست موصول ہوئی اور اس نے ریفرل نہ کرنے کا فیصلہ کیا۔ یہ نوٹس اس کی وجہ بتاتا ہے۔
pwn-intro-recommendation_initial = IEP ٹیم نے آپ کے بچے کے ابتدائی جائزے کے بعد میٹنگ کی اور ایک سفارش کی۔ یہ نوٹس بتاتا ہے کہ ٹیم کیا سفارش کرتی ہے اور کیوں۔
pwn-intro-recommendation = IEP ٹیم نے آپ کے بچے کے بارے میں میٹنگ کی اور ایک سفارش کی۔ یہ نوٹس بتاتا ہے کہ ٹیم کیا سفارش کرتی ہے اور کیوں۔
pwn-intro-ineligibility = IEP ٹیم نے فیصلہ کیا کہ آپ کا بچہ خصوصی تعلیم کی خدمات کا اہل نہیں ہے۔ یہ نوٹس اس کی وجہ بتاتا ہے۔
pwn-intro-reevaluation_with_assessments = اسکول تجویز کرتا ہے کہ نئے جائزوں کے ساتھ آپ کے بچے کا دوبارہ جائزہ لیا جائے۔ یہ نوٹس بتاتا ہے کہ کیا تجویز کیا گیا ہے اور کیوں۔
pwn-intro-reevaluation = اسکول تجویز کرتا ہے کہ پہلے سے موجود معلومات کی بنیاد پر آپ کے بچے کا دوبارہ جائزہ لیا جائے۔ یہ نوٹس بتاتا ہے کہ کیا تجویز کیا گیا ہے اور کیوں۔
pwn-intro-amendment = اسکول آپ کے بچے کے IEP میں تبدیلی تجویز کرتا ہے۔ یہ نوٹس تبدیلی اور اس کی وجہ بتاتا ہے۔
pwn-intro-refusal = اسکول نے آپ کی درخواست کردہ ایک بات پر عمل نہ کرنے کا فیصلہ کیا ہے۔ یہ نوٹس بتاتا ہے کہ کس بات سے انکار کیا گیا اور کیوں۔
pwn-element-action-propose = 1. اسکول کیا کرنے کی تجویز دیتا ہے
pwn-element-action-refuse = 1. اسکول کیا کرنے سے انکار کرتا ہے
pwn-element-reasons = 2. وجہ
pwn-element-evaluations = 3. استعمال کیے گئے جائزے، ٹیسٹ، ریکارڈ اور رپورٹیں
pwn-element-options = 4. زیر غور دوسرے متبادل اور انہیں مسترد کرنے کی وجوہات
pwn-element-other-factors = 5. دوسرے متعلقہ عوامل
pwn-element-safeguards = 6. آپ کے طریقہ کار کے تحفظات
pwn-element-assistance = 7. آپ کہاں سے مدد حاصل کر سکتے ہیں
pwn-option = متبادل { $number }:
pwn-option-rejected-because = مسترد کرنے کی وجہ:
pwn-no-other-options = ٹیم نے کسی دوسرے متبادل پر غور نہیں کیا۔
pwn-safeguards-statement = ایک ایسے طالب علم کے والدین کی حیثیت سے جسے معذوری ہے یا ہو سکتی ہے، آپ کو وفاقی قانون اور ریاست نیویارک کے قانون کے طریقہ کار کے تحفظات کے تحت حقوق حاصل ہیں۔
pwn-psn-enclosed = ان حقوق کی وضاحت کرنے والے طریقہ کار کے تحفظات کے نوٹس کی ایک نقل اس نوٹس کے ساتھ منسلک ہے۔
pwn-psn-how-to-obtain = آپ ان حقوق کی وضاحت کرنے والے طریقہ کار کے تحفظات کے نوٹس کی نقل مفت حاصل کر سکتے ہیں:
pwn-psn-website = طریقہ کار کے تحفظات کا نوٹس DOE کی ویب سائٹ پر "Statement of Family's Rights" (خاندان کے حقوق کا بیان) کے تحت بھی دستیاب ہے۔
pwn-assistance-intro = خصوصی تعلیم اور اپنے حقوق کو سمجھنے میں مدد کے لیے آپ ان ذرائع سے رابطہ کر سکتے ہیں:
pwn-section-more = اس نوٹس کے بارے میں مزید معلومات
pwn-consent-enclosed = اس اقدام کے لیے آپ کی تحریری رضامندی ضروری ہے۔ فارم "{ $form }" اس نوٹس کے ساتھ منسلک ہے۔ آپ کے دستخط کرنے تک کچھ نہیں کیا جائے گا۔
pwn-referral-next = اسکول سماجی تاریخ کی میٹنگ کی تاریخ طے کرنے کے لیے آپ سے رابطہ کرے گا، جس میں آپ سے جائزے کے لیے رضامندی مانگی جائے گی۔
pwn-program-visit = آپ کو حق ہے کہ آپ اپنے بچے کے لیے تجویز کردہ پروگرام جیسے کسی پروگرام کا دورہ کریں۔ دورے کا انتظام کرنے کے لیے رابطہ کریں:
pwn-program-visit-label = پروگرام کے دورے کے انتظام کے لیے رابطہ
pwn-refusal-right-to-refer = آپ کو حق ہے کہ آپ خود اپنے بچے کو ابتدائی جائزے کے لیے تحریری طور پر اسکول کے پرنسپل یا خصوصی تعلیم کی کمیٹی کو ریفر کریں۔
pwn-refusal-copy-of-request = ریفرل کی درخواست کی نقل منسلک ہے۔
pwn-refusal-meeting-offered = آپ کو پرنسپل کے ساتھ میٹنگ کی پیشکش کی جاتی ہے تاکہ درخواست اور اسکول میں آپ کے بچے کے لیے دستیاب مدد پر بات ہو سکے۔
pwn-ineligibility-enclosed = آپ کے بچے کی کارکردگی کی موجودہ سطحیں اور انفرادی ضروریات اس نوٹس کے ساتھ منسلک ہیں۔
pwn-contact = آپ کو اپنے بچے کی تعلیم سے متعلق ہر فیصلے میں حصہ لینے کا حق ہے۔ اگر اس نوٹس کے بارے میں آپ کے سوالات ہیں تو { $contact } سے رابطہ کریں۔

## IEP میٹنگ کا نوٹس

meeting-notice-title = IEP میٹنگ کا نوٹس
meeting-notice-intro = آپ کو اپنے بچے کی IEP ٹیم کی میٹنگ میں مدعو کیا جاتا ہے۔ آپ ٹیم کے رکن ہیں اور آپ کی شرکت اہم ہے۔
section-meeting-details = میٹنگ کی تفصیلات
field-meeting-type = میٹنگ کی قسم
field-meeting-date = تاریخ
field-meeting-time = وقت
field-meeting-place = جگہ
field-meeting-interpreter = ترجمان
meeting-interpreter-value = میٹنگ میں { $language } کا ترجمان موجود ہوگا۔
meeting-sign-language-value = میٹنگ میں اشاروں کی زبان کا ترجمان موجود ہوگا۔
meeting-type-initial = پہلی IEP میٹنگ (ابتدائی جائزے کے بعد)
meeting-type-annual_review = سالانہ جائزہ
meeting-type-requested_review = درخواست پر جائزہ
meeting-type-requested_reevaluation = درخواست پر دوبارہ جائزہ
meeting-type-three_year_reevaluation = سہ سالہ دوبارہ جائزہ
meeting-type-reconvene = میٹنگ کا تسلسل
meeting-type-reconvene-of = میٹنگ کا تسلسل ({ $type })
section-meeting-participants = کون مدعو ہے
participants-intro = یہ افراد دکھائے گئے کرداروں میں میٹنگ میں مدعو ہیں:
column-role = کردار
column-name = نام
role-parent = والدین
role-student = طالب علم
role-district_representative = ڈسٹرکٹ کا نمائندہ
role-case_manager = کیس منیجر
role-school_psychologist = اسکول کے ماہر نفسیات
role-special_education_teacher = خصوصی تعلیم کے استاد
role-general_education_teacher = عام تعلیم کے استاد
role-related_service_provider = متعلقہ خدمات فراہم کرنے والے
role-school_social_worker = اسکول کے سماجی کارکن
role-parent_member = اضافی والدین رکن
role-physician = اسکول کے ڈاکٹر
role-bilingual_professional = دو لسانی ماہر
role-transition_agency_representative = منتقلی کی خدمات کے ادارے کا نمائندہ
role-teacher_of_deaf_and_hearing_impaired = بہرے اور کم سننے والے طلبہ کے استاد
role-teacher_of_blind_and_partially_sighted = نابینا اور کم بینائی والے طلبہ کے استاد
role-audiologist = ماہر سماعت
role-school_nurse = اسکول کی نرس
role-assessment_professional = جائزہ لینے والے ماہر
role-supervisory_personnel = نگران
role-other_school_personnel = اسکول کا دوسرا عملہ
role-special_expertise = طالب علم کو جاننے والا یا اس کے بارے میں خاص مہارت رکھنے والا شخص
section-meeting-rights = اس میٹنگ کے لیے آپ کے حقوق
right-bring-people = آپ ایسے لوگوں کو ساتھ لا سکتے ہیں جو آپ کے بچے کو جانتے ہوں یا اس کے بارے میں خاص مہارت رکھتے ہوں، جیسے کوئی رشتہ دار، دوست یا وکیل حقوق۔ اگر آپ کسی اٹارنی کو ساتھ لائیں تو براہ کرم میٹنگ سے پہلے اسکول کو بتائیں۔
right-parent-member = آپ درخواست کر سکتے ہیں کہ ایک اضافی والدین رکن شریک ہو: نیویارک شہر یا کسی قریبی ڈسٹرکٹ میں معذوری والے طالب علم کے والدین۔ میٹنگ سے کم از کم 72 گھنٹے پہلے تحریری درخواست دیں۔
right-physician = آپ درخواست کر سکتے ہیں کہ اسکول کے ڈاکٹر شریک ہوں، تاکہ آپ کے بچے کی طبی معلومات اور ان کا تعلیم سے تعلق واضح کریں۔ میٹنگ سے کم از کم 72 گھنٹے پہلے تحریری درخواست دیں۔
right-interpreter = آپ کو بلا معاوضہ ترجمان مل سکتا ہے، بشمول اشاروں کی زبان کا ترجمان۔ اگر ضرورت ہو تو اسکول کو بتائیں۔
right-reschedule = اگر تاریخ یا وقت آپ کے لیے مناسب نہیں تو آپ دوسری تاریخ اور وقت کی درخواست کر سکتے ہیں۔ اگر آپ نہیں آ سکتے تو فون کے ذریعے شریک ہو سکتے ہیں۔
right-record = اگر آپ کم از کم ایک کاروباری دن پہلے پرنسپل یا چیئرپرسن سے تحریری درخواست کریں تو آپ میٹنگ کی آڈیو ریکارڈنگ کر سکتے ہیں۔ اس صورت میں اسکول بھی میٹنگ ریکارڈ کرے گا۔
right-documents = میٹنگ سے پہلے آپ کو وہ جائزے اور رپورٹیں ملیں گی جن پر ٹیم بات کرے گی۔
meeting-contact = اپنی آمد کی تصدیق، اوپر دی گئی کسی بات کی درخواست یا سوالات کے لیے { $contact } سے رابطہ کریں۔

## رضامندی کے فارم

consent-title-initial_evaluation = ابتدائی جائزے کے لیے رضامندی
consent-title-initial_provision_of_services = خصوصی تعلیم کی خدمات شروع کرنے کے لیے رضامندی
consent-title-additional_assessments = اضافی جائزوں کے لیے رضامندی (دوبارہ جائزہ)
consent-intro-initial_evaluation = اسکول آپ کے بچے کا جائزہ لینے کے لیے آپ کی رضامندی مانگتا ہے، تاکہ معلوم ہو سکے کہ کیا آپ کے بچے کو کوئی معذوری ہے اور کیا اسے خصوصی تعلیم کی خدمات کی ضرورت ہے۔ جائزے کی رضامندی خصوصی تعلیم کی خدمات کی رضامندی نہیں ہے۔
consent-intro-initial_provision_of_services = IEP ٹیم آپ کے بچے کے لیے خصوصی تعلیم کی خدمات کی سفارش کرتی ہے۔ اسکول انہیں شروع کرنے کے لیے آپ کی رضامندی مانگتا ہے۔ آپ کی تحریری رضامندی کے بغیر خصوصی تعلیم کی کوئی خدمت شروع نہیں ہو سکتی۔
consent-intro-additional_assessments = آپ کے بچے کے دوبارہ جائزے کے حصے کے طور پر، اسکول نیچے درج نئے جائزوں کے لیے آپ کی رضامندی مانگتا ہے۔
section-consent-activities = اسکول کیا تجویز کرتا ہے
consent-activities-itemized = ہر نکتے کے لیے نشان لگائیں کہ آیا آپ رضامند ہیں۔ آپ کچھ نکات پر رضامند ہو سکتے ہیں اور کچھ پر نہیں۔
consent-activities-whole = اسکول تجویز کرتا ہے:
column-proposed = تجویز
consent-choice-yes = میں رضامند ہوں
consent-choice-no = میں رضامند نہیں ہوں
section-consent-records = ریکارڈ جو شیئر کیے جائیں گے
consent-records-default = آپ کے بچے کا اسکول ریکارڈ صرف ان جائزہ کاروں اور خدمات فراہم کرنے والوں کے ساتھ شیئر کیا جائے گا جو تجویز کردہ کام انجام دیں گے۔
section-consent-rights = آپ کے حقوق
consent-right-decline = آپ رضامندی دینے سے انکار کر سکتے ہیں۔
consent-right-revoke = آپ کسی بھی وقت تحریری طور پر اپنی رضامندی واپس لے سکتے ہیں۔
consent-right-not-retroactive = رضامندی واپس لینا ماضی پر لاگو نہیں ہوتا: یہ اس کام کو منسوخ نہیں کرتا جو آپ کی رضامندی کے بعد اور واپس لینے سے پہلے کیا گیا۔
section-consent-decision = آپ کا فیصلہ
consent-whole-yes = میں اوپر دی گئی تجویز پر رضامند ہوں۔
consent-whole-no = میں رضامند نہیں ہوں۔
consent-sign-intro = دستخط کر کے میں تصدیق کرتا/کرتی ہوں کہ مجھے تجویز سمجھائی گئی ہے، میں اسے سمجھتا/سمجھتی ہوں، اور میرا فیصلہ اوپر درج ہے۔
signature-parent = والدین کے دستخط
signature-name = والدین کا نام
signature-relationship = طالب علم سے رشتہ
signature-date = تاریخ
consent-return = براہ کرم یہ فارم { $contact } کو واپس کریں۔ سوالات کے لیے اسی شخص سے رابطہ کریں۔
