### IEP Desk parent documents: English, the reference locale.
### Every locale in locales/ has exactly these messages (checked by cargo test in crates/documents).
### Register: formal, plain language, addressed to a parent.
### Digits stay Western (0-9) in every locale; dates are built from `date` and `month-N`.

## Dates

# $day, $year: numbers as digits; $month: one of the month-N messages below.
date = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Page furniture

# $page, $total: page numbers.
page-of = Page { $page } of { $total }
# Running header. $student: the student's name; $osis: the 9-digit student ID.
page-header = Student: { $student } · OSIS: { $osis }
# PDF title shown by PDF readers. $document: the document's title; $student: the student's name.
document-title = { $document }: { $student }
# $date: a date built with `date`.
produced-on = Copy produced on { $date }
translation-legal-notice = This is a translation of the IEP. The English IEP is the legal version of this document.
draft-notice = Draft: this IEP is not final and may still change.
# Above each text the IEP team wrote, on translated copies.
written-in-english = Written in English by the IEP team
not-yet-written = Not written yet.

## Forms: one message per form version, with the version's id.

form-nysed-iep-2023-11 = New York State IEP form (NYSED), revised November 2023

## Values

# $first, $last: the student's first and last name.
person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Kindergarten
# $grade: 1 to 12.
grade-n = Grade { $grade }
grade-ug = Ungraded
# $version: 1 for a student's first IEP.
iep-version-value = Version { $version }
iep-status-draft = Draft
iep-status-finalized = Final
iep-status-amended = Amended (replaced by a newer IEP)
iep-amends-earlier = This IEP amends an earlier IEP.

## Language names (codes of assets/data/languages.toml)

language-en = English
language-sq = Albanian
language-ar = Arabic
language-bn = Bangla (Bengali)
language-zh-Hans = Chinese (Simplified)
language-zh-Hant = Chinese (Traditional)
language-fr = French
language-ht = Haitian Creole
language-ko = Korean
language-ru = Russian
language-es = Spanish
language-uk = Ukrainian
language-ur = Urdu
language-uz = Uzbek
language-pl = Polish
language-yi = Yiddish
language-ja = Japanese
language-ne = Nepali
language-pa = Punjabi
language-tl = Tagalog
language-fuf = Pulaar (Fulani)
language-wo = Wolof
language-asl = American Sign Language

## The IEP

iep-title = Individualized Education Program (IEP)
section-identifying = Identifying information
field-student-name = Student name
field-date-of-birth = Date of birth
field-osis = Student ID (OSIS)
field-school = School (DBN)
field-grade = Grade
field-home-language = Home language
field-parent-language = Parent's preferred language
field-iep-version = IEP version
field-iep-status = IEP status
field-finalized-on = Date finalized
field-amendment = Amendment
field-produced-on = Date of this copy

# The seven components of the present levels (titles of the State form, SOPM L1993–L2017).
section-present-levels = Present Levels of Performance and Individual Needs
plop-evaluation_results = Evaluation Results
plop-academic_achievement = Academic Achievement, Functional Performance and Learning Characteristics
plop-social_development = Social Development
plop-physical_development = Physical Development
plop-management_needs = Management Needs
plop-effect_on_general_education = Effect of Student Needs on Involvement and Progress in the General Education Curriculum
plop-special_factor_needs = Student Needs Relating to Special Factors

## Parts in English (translated copies only)

section-english-parts = Parts of this IEP in English
# $count: how many parts are listed below (1 or more).
english-parts-intro =
    { $count ->
        [one] The IEP team wrote { $count } part of this IEP in English. It is not translated in this copy:
       *[other] The IEP team wrote { $count } parts of this IEP in English. They are not translated in this copy:
    }
# $contact: the name of the contact person.
english-parts-request = You have the right to ask for a translation of these parts into your language, at no cost to you. To ask for it, contact { $contact } or the language access coordinator of your child's school.
# $phone: a telephone number.
contact-phone = Telephone: { $phone }
# $email: an email address.
contact-email = Email: { $email }
