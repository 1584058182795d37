### IEP Desk: অভিভাবকদের জন্য নথি, বাংলা। আনুষ্ঠানিক রীতি (আপনি)।
### locales/en/documents.ftl-এর মতো একই বার্তা; ব্যবহারের নির্দেশনা সেখানে আছে।
### সংখ্যা পশ্চিমা অঙ্কে (0-9), ইংরেজি সংস্করণের মতো।

## তারিখ

date = { $day } { $month } { $year }
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

## পৃষ্ঠার উপাদান

page-of = পৃষ্ঠা { $page }, মোট { $total }
page-header = শিক্ষার্থী: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = এই কপিটি { $date } তারিখে তৈরি করা হয়েছে
translation-legal-notice = এটি IEP-এর একটি অনুবাদ। ইংরেজি IEP-ই এই নথির আইনি সংস্করণ।
draft-notice = খসড়া: এই IEP চূড়ান্ত নয় এবং এখনও পরিবর্তিত হতে পারে।
written-in-english = IEP টিম এই অংশটি ইংরেজিতে লিখেছে
not-yet-written = এখনও লেখা হয়নি।

## ফর্ম

form-nysed-iep-2023-11 = নিউ ইয়র্ক স্টেটের IEP ফর্ম (NYSED), নভেম্বর 2023-এ সংশোধিত

## মান

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = প্রি-কে (Pre-K)
grade-k = কিন্ডারগার্টেন
grade-n = শ্রেণি { $grade }
grade-ug = শ্রেণিবিহীন
iep-version-value = সংস্করণ { $version }
iep-status-draft = খসড়া
iep-status-finalized = চূড়ান্ত
iep-status-amended = সংশোধিত (একটি নতুন IEP দ্বারা প্রতিস্থাপিত)
iep-amends-earlier = এই IEP একটি পূর্ববর্তী IEP সংশোধন করে।

## ভাষার নাম

language-en = ইংরেজি
language-sq = আলবেনীয়
language-ar = আরবি
language-bn = বাংলা
language-zh-Hans = চীনা (সরলীকৃত)
language-zh-Hant = চীনা (প্রথাগত)
language-fr = ফরাসি
language-ht = হাইতিয়ান ক্রেওল
language-ko = কোরীয়
language-ru = রুশ
language-es = স্প্যানিশ
language-uk = ইউক্রেনীয়
language-ur = উর্দু
language-uz = উজবেক
language-pl = পোলিশ
language-yi = ইদ্দিশ
language-ja = জাপানি
language-ne = নেপালি
language-pa = পাঞ্জাবি
language-tl = তাগালগ
language-fuf = পুলার (ফুলানি)
language-wo = ওলোফ
language-asl = আমেরিকান সাংকেতিক ভাষা

## IEP

iep-title = স্বতন্ত্রীকৃত শিক্ষা কর্মসূচি (IEP)
section-identifying = পরিচয়মূলক তথ্য
field-student-name = শিক্ষার্থীর নাম
field-date-of-birth = জন্ম তারিখ
field-osis = শিক্ষার্থীর আইডি নম্বর (OSIS)
field-school = স্কুল (DBN)
field-grade = শ্রেণি
field-home-language = বাড়িতে ব্যবহৃত ভাষা
field-parent-language = অভিভাবকের পছন্দের ভাষা
field-iep-version = IEP সংস্করণ
field-iep-status = IEP-এর অবস্থা
field-finalized-on = চূড়ান্ত করার তারিখ
field-amendment = সংশোধনী
field-produced-on = এই কপির তারিখ

section-present-levels = কর্মদক্ষতার বর্তমান স্তর এবং ব্যক্তিগত চাহিদা
plop-evaluation_results = মূল্যায়নের ফলাফল
plop-academic_achievement = শিক্ষাগত অর্জন, কার্যকরী দক্ষতা এবং শেখার বৈশিষ্ট্য
plop-social_development = সামাজিক বিকাশ
plop-physical_development = শারীরিক বিকাশ
plop-management_needs = ব্যবস্থাপনাগত চাহিদা
plop-effect_on_general_education = সাধারণ শিক্ষা পাঠ্যক্রমে অংশগ্রহণ ও অগ্রগতির উপর শিক্ষার্থীর চাহিদার প্রভাব
plop-special_factor_needs = বিশেষ বিষয়সমূহের সাথে সম্পর্কিত শিক্ষার্থীর চাহিদা

## ইংরেজিতে লেখা অংশ

section-english-parts = এই IEP-এর যে অংশগুলো ইংরেজিতে
english-parts-intro =
    { $count ->
        [one] IEP টিম এই IEP-এর { $count }টি অংশ ইংরেজিতে লিখেছে। এই কপিতে সেটি অনুবাদ করা হয়নি:
       *[other] IEP টিম এই IEP-এর { $count }টি অংশ ইংরেজিতে লিখেছে। এই কপিতে সেগুলো অনুবাদ করা হয়নি:
    }
english-parts-request = আপনি বিনা খরচে এই অংশগুলো আপনার ভাষায় অনুবাদের অনুরোধ করার অধিকার রাখেন। অনুরোধ করতে { $contact }-এর সাথে অথবা আপনার সন্তানের স্কুলের ভাষা সহায়তা সমন্বয়কের (Language Access Coordinator) সাথে যোগাযোগ করুন।
contact-phone = টেলিফোন: { $phone }
contact-email = ইমেইল: { $email }
