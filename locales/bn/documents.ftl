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
rsesp-title = সুপারিশকৃত বিশেষ শিক্ষা কার্যক্রম ও পরিষেবা
rsesp-notice = IEP-এর খসড়ার এই পৃষ্ঠায় IEP দলের সুপারিশকৃত কার্যক্রম ও পরিষেবাগুলি দেওয়া আছে। IEP এখনও চূড়ান্ত হয়নি: এটি 10 কার্যদিবসের মধ্যে চূড়ান্ত করে আপনাকে দেওয়া হবে।
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

## নোটিশ ও ফর্মের জন্য সাধারণ

notice-date = এই নোটিশের তারিখ: { $date }
translation-legal-notice-document = এটি একটি অনুবাদ। এই নথির ইংরেজি সংস্করণটিই আইনি সংস্করণ।
section-student = শিক্ষার্থী
section-questions = প্রশ্ন
section-english-parts-document = এই নথির ইংরেজিতে লেখা অংশ
english-parts-intro-document =
    { $count ->
        [one] স্কুল এই নথির { $count }টি অংশ ইংরেজিতে লিখেছে। এই কপিতে সেটি অনুবাদ করা হয়নি:
       *[other] স্কুল এই নথির { $count }টি অংশ ইংরেজিতে লিখেছে। এই কপিতে সেগুলো অনুবাদ করা হয়নি:
    }
time = { $hour }:{ $minute }

## পূর্ব লিখিত নোটিশ (PWN)

pwn-title-referral_initial = পূর্ব লিখিত নোটিশ: প্রাথমিক মূল্যায়নের জন্য রেফারেলের নোটিশ
pwn-title-refusal_of_initial_evaluation = পূর্ব লিখিত নোটিশ: প্রাথমিক মূল্যায়নের অনুরোধ প্রত্যাখ্যান
pwn-title-recommendation_initial = পূর্ব লিখিত নোটিশ: প্রথম IEP সভার পরে সুপারিশ
pwn-title-recommendation = পূর্ব লিখিত নোটিশ: সুপারিশ
pwn-title-ineligibility = পূর্ব লিখিত নোটিশ: বিশেষ শিক্ষার জন্য যোগ্য নয়
pwn-title-reevaluation_with_assessments = পূর্ব লিখিত নোটিশ: নতুন মূল্যায়নসহ পুনর্মূল্যায়ন
pwn-title-reevaluation = পূর্ব লিখিত নোটিশ: পুনর্মূল্যায়ন
pwn-title-amendment = পূর্ব লিখিত নোটিশ: IEP সংশোধন
pwn-title-refusal = পূর্ব লিখিত নোটিশ: অভিভাবকের অনুরোধ প্রত্যাখ্যান
pwn-intro-referral_initial = আপনার সন্তানের কোনো প্রতিবন্ধিতা আছে কি না এবং তার বিশেষ শিক্ষা পরিষেবা প্রয়োজন কি না তা জানতে তাকে প্রাথমিক মূল্যায়নের জন্য রেফার করা হয়েছে। স্কুল কী প্রস্তাব করছে এবং কেন, এই নোটিশে তা ব্যাখ্যা করা হয়েছে।
pwn-intro-refusal_of_initial_evaluation = আপনার সন্তানকে প্রাথমিক মূল্যায়নের জন্য রেফার করার একটি অনুরোধ স্কুল পেয়েছে এবং রেফার না করার সিদ্ধান্ত নিয়েছে। এই নোটিশে এর কারণ ব্যাখ্যা করা হয়েছে।
pwn-intro-recommendation_initial = আপনার সন্তানের প্রাথমিক মূল্যায়নের পরে IEP টিম সভা করে একটি সুপারিশ করেছে। টিম কী সুপারিশ করছে এবং কেন, এই নোটিশে তা ব্যাখ্যা করা হয়েছে।
pwn-intro-recommendation = আপনার সন্তানের বিষয়ে IEP টিম সভা করে একটি সুপারিশ করেছে। টিম কী সুপারিশ করছে এবং কেন, এই নোটিশে তা ব্যাখ্যা করা হয়েছে।
pwn-intro-ineligibility = IEP টিম দেখেছে যে আপনার সন্তান বিশেষ শিক্ষা পরিষেবার জন্য যোগ্য নয়। এই নোটিশে এর কারণ ব্যাখ্যা করা হয়েছে।
pwn-intro-reevaluation_with_assessments = স্কুল নতুন মূল্যায়নসহ আপনার সন্তানের পুনর্মূল্যায়নের প্রস্তাব করছে। কী প্রস্তাব করা হচ্ছে এবং কেন, এই নোটিশে তা ব্যাখ্যা করা হয়েছে।
pwn-intro-reevaluation = স্কুলের কাছে আগে থেকে থাকা তথ্য দিয়ে আপনার সন্তানের পুনর্মূল্যায়নের প্রস্তাব করছে। কী প্রস্তাব করা হচ্ছে এবং কেন, এই নোটিশে তা ব্যাখ্যা করা হয়েছে।
pwn-intro-amendment = স্কুল আপনার সন্তানের IEP পরিবর্তনের প্রস্তাব করছে। এই নোটিশে পরিবর্তন ও তার কারণ ব্যাখ্যা করা হয়েছে।
pwn-intro-refusal = আপনি যা চেয়েছিলেন তার একটি বিষয় স্কুল না করার সিদ্ধান্ত নিয়েছে। কী প্রত্যাখ্যান করা হয়েছে এবং কেন, এই নোটিশে তা ব্যাখ্যা করা হয়েছে।
pwn-element-action-propose = 1. স্কুল যা করার প্রস্তাব করছে
pwn-element-action-refuse = 1. স্কুল যা করতে অস্বীকার করছে
pwn-element-reasons = 2. কারণ
pwn-element-evaluations = 3. ব্যবহৃত মূল্যায়ন, পরীক্ষা, রেকর্ড ও প্রতিবেদন
pwn-element-options = 4. বিবেচিত অন্যান্য বিকল্প এবং সেগুলো বাতিলের কারণ
pwn-element-other-factors = 5. অন্যান্য প্রাসঙ্গিক বিষয়
pwn-element-safeguards = 6. আপনার পদ্ধতিগত সুরক্ষা
pwn-element-assistance = 7. কোথায় সাহায্য পাবেন
pwn-option = বিকল্প { $number }:
pwn-option-rejected-because = বাতিলের কারণ:
pwn-no-other-options = টিম অন্য কোনো বিকল্প বিবেচনা করেনি।
pwn-safeguards-statement = প্রতিবন্ধিতা আছে বা থাকতে পারে এমন একজন শিক্ষার্থীর অভিভাবক হিসেবে, ফেডারেল আইন ও নিউ ইয়র্ক স্টেটের আইনের পদ্ধতিগত সুরক্ষার অধীনে আপনার অধিকার রয়েছে।
pwn-psn-enclosed = এই অধিকারগুলো ব্যাখ্যা করা পদ্ধতিগত সুরক্ষা নোটিশের একটি কপি এই নোটিশের সাথে সংযুক্ত।
pwn-psn-how-to-obtain = এই অধিকারগুলো ব্যাখ্যা করা পদ্ধতিগত সুরক্ষা নোটিশের একটি কপি আপনি বিনামূল্যে পেতে পারেন:
pwn-psn-website = পদ্ধতিগত সুরক্ষা নোটিশটি DOE-এর ওয়েবসাইটে "Statement of Family's Rights" (পরিবারের অধিকারের বিবৃতি) অংশেও পাওয়া যায়।
pwn-assistance-intro = বিশেষ শিক্ষা ও আপনার অধিকার বুঝতে সাহায্যের জন্য আপনি এই উৎসগুলোর সাথে যোগাযোগ করতে পারেন:
pwn-section-more = এই নোটিশ সম্পর্কে আরও তথ্য
pwn-consent-enclosed = এই পদক্ষেপের জন্য আপনার লিখিত সম্মতি প্রয়োজন। "{ $form }" ফর্মটি এই নোটিশের সাথে সংযুক্ত। আপনি স্বাক্ষর না করা পর্যন্ত কিছুই করা হবে না।
pwn-referral-next = সামাজিক ইতিহাস সভার তারিখ ঠিক করতে স্কুল আপনার সাথে যোগাযোগ করবে, সেখানে মূল্যায়নের জন্য আপনার সম্মতি চাওয়া হবে।
pwn-program-visit = আপনার সন্তানের জন্য সুপারিশ করা প্রোগ্রামের মতো একটি প্রোগ্রাম পরিদর্শনের অধিকার আপনার আছে। পরিদর্শনের ব্যবস্থা করতে যোগাযোগ করুন:
pwn-program-visit-label = প্রোগ্রাম পরিদর্শনের ব্যবস্থার জন্য যোগাযোগ
pwn-refusal-right-to-refer = আপনি নিজেই স্কুলের প্রিন্সিপাল বা বিশেষ শিক্ষা কমিটির কাছে লিখিতভাবে আপনার সন্তানকে প্রাথমিক মূল্যায়নের জন্য রেফার করার অধিকার রাখেন।
pwn-refusal-copy-of-request = রেফারেলের অনুরোধের একটি কপি সংযুক্ত।
pwn-refusal-meeting-offered = অনুরোধটি এবং স্কুলে আপনার সন্তানের জন্য উপলব্ধ সাহায্য নিয়ে আলোচনা করতে আপনাকে প্রিন্সিপালের সাথে একটি সভার প্রস্তাব দেওয়া হচ্ছে।
pwn-ineligibility-enclosed = আপনার সন্তানের বর্তমান কর্মদক্ষতার স্তর ও ব্যক্তিগত চাহিদা এই নোটিশের সাথে সংযুক্ত।
pwn-contact = আপনার সন্তানের শিক্ষা সংক্রান্ত প্রতিটি সিদ্ধান্তে অংশ নেওয়ার অধিকার আপনার আছে। এই নোটিশ সম্পর্কে প্রশ্ন থাকলে { $contact }-এর সাথে যোগাযোগ করুন।

## IEP সভার নোটিশ

meeting-notice-title = IEP সভার নোটিশ
meeting-notice-intro = আপনাকে আপনার সন্তানের IEP টিমের একটি সভায় আমন্ত্রণ জানানো হচ্ছে। আপনি টিমের একজন সদস্য, এবং আপনার অংশগ্রহণ গুরুত্বপূর্ণ।
section-meeting-details = সভার বিবরণ
field-meeting-type = সভার ধরন
field-meeting-date = তারিখ
field-meeting-time = সময়
field-meeting-place = স্থান
field-meeting-interpreter = দোভাষী
meeting-interpreter-value = সভায় { $language } ভাষার একজন দোভাষী থাকবেন।
meeting-sign-language-value = সভায় একজন ইশারা ভাষার দোভাষী থাকবেন।
meeting-type-initial = প্রথম IEP সভা (প্রাথমিক মূল্যায়নের পরে)
meeting-type-annual_review = বার্ষিক পর্যালোচনা
meeting-type-requested_review = অনুরোধকৃত পর্যালোচনা
meeting-type-requested_reevaluation = অনুরোধকৃত পুনর্মূল্যায়ন
meeting-type-three_year_reevaluation = তিন বছর অন্তর পুনর্মূল্যায়ন
meeting-type-reconvene = সভার ধারাবাহিকতা
meeting-type-reconvene-of = সভার ধারাবাহিকতা ({ $type })
section-meeting-participants = কারা আমন্ত্রিত
participants-intro = নিচের ব্যক্তিরা উল্লিখিত ভূমিকায় সভায় আমন্ত্রিত:
column-role = ভূমিকা
column-name = নাম
role-parent = অভিভাবক
role-student = শিক্ষার্থী
role-district_representative = ডিস্ট্রিক্ট প্রতিনিধি
role-case_manager = কেস ম্যানেজার
role-school_psychologist = স্কুল মনোবিদ
role-special_education_teacher = বিশেষ শিক্ষা শিক্ষক
role-general_education_teacher = সাধারণ শিক্ষা শিক্ষক
role-related_service_provider = সংশ্লিষ্ট পরিষেবা প্রদানকারী
role-school_social_worker = স্কুল সমাজকর্মী
role-parent_member = অতিরিক্ত অভিভাবক সদস্য
role-physician = স্কুলের চিকিৎসক
role-bilingual_professional = দ্বিভাষিক পেশাজীবী
role-transition_agency_representative = রূপান্তর পরিষেবা সংস্থার প্রতিনিধি
role-teacher_of_deaf_and_hearing_impaired = বধির ও শ্রবণ-প্রতিবন্ধী শিক্ষার্থীদের শিক্ষক
role-teacher_of_blind_and_partially_sighted = দৃষ্টিহীন ও স্বল্পদৃষ্টিসম্পন্ন শিক্ষার্থীদের শিক্ষক
role-audiologist = অডিওলজিস্ট
role-school_nurse = স্কুল নার্স
role-assessment_professional = মূল্যায়নকারী
role-supervisory_personnel = তত্ত্বাবধায়ক
role-other_school_personnel = স্কুলের অন্যান্য কর্মী
role-special_expertise = শিক্ষার্থীকে চেনেন বা তার বিষয়ে বিশেষ জ্ঞান রাখেন এমন ব্যক্তি
section-meeting-rights = এই সভার জন্য আপনার অধিকার
right-bring-people = আপনার সন্তানকে চেনেন বা তার বিষয়ে বিশেষ জ্ঞান রাখেন এমন কাউকে আপনি সাথে আনতে পারেন, যেমন আত্মীয়, বন্ধু বা অ্যাডভোকেট। যদি আপনি একজন অ্যাটর্নি আনেন, অনুগ্রহ করে সভার আগে স্কুলকে জানান।
right-parent-member = আপনি একজন অতিরিক্ত অভিভাবক সদস্যের অংশগ্রহণ চাইতে পারেন: নিউ ইয়র্ক সিটি বা পাশের কোনো ডিস্ট্রিক্টের প্রতিবন্ধী শিক্ষার্থীর অভিভাবক। সভার অন্তত 72 ঘণ্টা আগে লিখিতভাবে অনুরোধ করুন।
right-physician = আপনার সন্তানের চিকিৎসা-সংক্রান্ত তথ্য এবং তার শিক্ষার সাথে এর সম্পর্ক ব্যাখ্যা করতে আপনি স্কুলের চিকিৎসকের অংশগ্রহণ চাইতে পারেন। সভার অন্তত 72 ঘণ্টা আগে লিখিতভাবে অনুরোধ করুন।
right-interpreter = আপনি বিনা খরচে একজন দোভাষী পেতে পারেন, ইশারা ভাষার দোভাষীসহ। প্রয়োজন হলে স্কুলকে জানান।
right-reschedule = তারিখ বা সময় আপনার সুবিধাজনক না হলে আপনি অন্য তারিখ ও সময় চাইতে পারেন। আসতে না পারলে আপনি টেলিফোনে অংশ নিতে পারেন।
right-record = অন্তত এক কর্মদিবস আগে প্রিন্সিপাল বা চেয়ারপার্সনের কাছে লিখিতভাবে অনুরোধ করলে আপনি সভার অডিও রেকর্ড করতে পারেন। তখন স্কুলও সভাটি রেকর্ড করবে।
right-documents = সভার আগে টিম যে মূল্যায়ন ও প্রতিবেদন নিয়ে আলোচনা করবে সেগুলো আপনি পাবেন।
meeting-contact = আপনার উপস্থিতি নিশ্চিত করতে, উপরের যেকোনো কিছু চাইতে, অথবা প্রশ্ন থাকলে { $contact }-এর সাথে যোগাযোগ করুন।

## সম্মতি ফর্ম

consent-title-initial_evaluation = প্রাথমিক মূল্যায়নের জন্য সম্মতি
consent-title-initial_provision_of_services = বিশেষ শিক্ষা পরিষেবা শুরু করার জন্য সম্মতি
consent-title-additional_assessments = অতিরিক্ত মূল্যায়নের জন্য সম্মতি (পুনর্মূল্যায়ন)
consent-intro-initial_evaluation = আপনার সন্তানের কোনো প্রতিবন্ধিতা আছে কি না এবং তার বিশেষ শিক্ষা পরিষেবা প্রয়োজন কি না তা জানতে স্কুল তাকে মূল্যায়নের জন্য আপনার সম্মতি চাইছে। মূল্যায়নের সম্মতি বিশেষ শিক্ষা পরিষেবার সম্মতি নয়।
consent-intro-initial_provision_of_services = IEP টিম আপনার সন্তানের জন্য বিশেষ শিক্ষা পরিষেবার সুপারিশ করছে। স্কুল সেগুলো শুরু করার জন্য আপনার সম্মতি চাইছে। আপনার লিখিত সম্মতি ছাড়া কোনো বিশেষ শিক্ষা পরিষেবা শুরু হতে পারে না।
consent-intro-additional_assessments = আপনার সন্তানের পুনর্মূল্যায়নের অংশ হিসেবে স্কুল নিচে তালিকাভুক্ত নতুন মূল্যায়নগুলোর জন্য আপনার সম্মতি চাইছে।
section-consent-activities = স্কুল যা প্রস্তাব করছে
consent-activities-itemized = প্রতিটি বিষয়ের জন্য আপনি সম্মতি দিচ্ছেন কি না চিহ্নিত করুন। আপনি কিছু বিষয়ে সম্মতি দিতে পারেন এবং অন্যগুলোতে না দিতে পারেন।
consent-activities-whole = স্কুল প্রস্তাব করছে:
column-proposed = প্রস্তাব
consent-choice-yes = আমি সম্মতি দিচ্ছি
consent-choice-no = আমি সম্মতি দিচ্ছি না
section-consent-records = যে রেকর্ড শেয়ার করা হবে
consent-records-default = আপনার সন্তানের স্কুলের রেকর্ড কেবল সেই মূল্যায়নকারী ও পরিষেবা প্রদানকারীদের সাথে শেয়ার করা হবে যারা প্রস্তাবিত কাজ সম্পন্ন করবেন।
section-consent-rights = আপনার অধিকার
consent-right-decline = আপনি সম্মতি দিতে অস্বীকার করতে পারেন।
consent-right-revoke = আপনি যেকোনো সময় লিখিতভাবে আপনার সম্মতি প্রত্যাহার করতে পারেন।
consent-right-not-retroactive = সম্মতি প্রত্যাহার পূর্ববর্তী সময়ে কার্যকর হয় না: আপনার সম্মতি দেওয়ার পরে এবং প্রত্যাহারের আগে যা করা হয়েছে তা বাতিল হয় না।
section-consent-decision = আপনার সিদ্ধান্ত
consent-whole-yes = উপরে প্রস্তাবিত বিষয়ে আমি সম্মতি দিচ্ছি।
consent-whole-no = আমি সম্মতি দিচ্ছি না।
consent-sign-intro = স্বাক্ষর করে আমি নিশ্চিত করছি যে প্রস্তাবিত বিষয়টি আমাকে ব্যাখ্যা করা হয়েছে, আমি তা বুঝেছি এবং আমার সিদ্ধান্ত উপরে চিহ্নিত আছে।
signature-parent = অভিভাবকের স্বাক্ষর
signature-name = অভিভাবকের নাম
signature-relationship = শিক্ষার্থীর সাথে সম্পর্ক
signature-date = তারিখ
consent-return = অনুগ্রহ করে এই ফর্মটি { $contact }-এর কাছে ফেরত দিন। প্রশ্ন থাকলে একই ব্যক্তির সাথে যোগাযোগ করুন।
