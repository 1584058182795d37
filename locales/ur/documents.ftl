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
