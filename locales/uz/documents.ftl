### IEP Desk: ota-onalar uchun hujjatlar, oʻzbek tili (lotin yozuvi). Rasmiy uslub (Siz).
### locales/en/documents.ftl dagi xabarlarning aynan oʻzi; izohlar oʻsha faylda.
### Oʻ va gʻ harflarida U+02BB (ʻ), tutuq belgisida U+02BC (ʼ) ishlatiladi.

## Sanalar

date = { $year }-yil { $day }-{ $month }
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avgust
month-9 = sentabr
month-10 = oktabr
month-11 = noyabr
month-12 = dekabr

## Sahifa elementlari

page-of = { $total } sahifadan { $page }-sahifa
page-header = Oʻquvchi: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = Nusxa tayyorlangan sana: { $date }
translation-legal-notice = Bu IEPning tarjimasi. Ushbu hujjatning yuridik kuchga ega versiyasi ingliz tilidagi IEP hisoblanadi.
draft-notice = Loyiha: ushbu IEP yakuniy emas va hali oʻzgarishi mumkin.
written-in-english = IEP jamoasi tomonidan ingliz tilida yozilgan
not-yet-written = Hali yozilmagan.

## Shakllar

form-nysed-iep-2023-11 = Nyu-York shtatining IEP shakli (NYSED), 2023-yil noyabrda qayta koʻrib chiqilgan

## Qiymatlar

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Bogʻcha (Kindergarten)
grade-n = { $grade }-sinf
grade-ug = Sinfga ajratilmagan
iep-version-value = Versiya { $version }
iep-status-draft = Loyiha
iep-status-finalized = Yakuniy
iep-status-amended = Oʻzgartirilgan (yangiroq IEP bilan almashtirilgan)
iep-amends-earlier = Ushbu IEP avvalgi IEPga oʻzgartirish kiritadi.

## Til nomlari

language-en = Ingliz tili
language-sq = Alban tili
language-ar = Arab tili
language-bn = Bengal (bangla) tili
language-zh-Hans = Xitoy tili (soddalashtirilgan)
language-zh-Hant = Xitoy tili (anʼanaviy)
language-fr = Fransuz tili
language-ht = Gaiti kreol tili
language-ko = Koreys tili
language-ru = Rus tili
language-es = Ispan tili
language-uk = Ukrain tili
language-ur = Urdu tili
language-uz = Oʻzbek tili
language-pl = Polyak tili
language-yi = Idish tili
language-ja = Yapon tili
language-ne = Nepal tili
language-pa = Panjob tili
language-tl = Tagalog tili
language-fuf = Pulaar (fula) tili
language-wo = Volof tili
language-asl = Amerika imo-ishora tili

## IEP

iep-title = Individuallashtirilgan taʼlim dasturi (IEP)
section-identifying = Identifikatsiya maʼlumotlari
field-student-name = Oʻquvchining ismi va familiyasi
field-date-of-birth = Tugʻilgan sana
field-osis = Oʻquvchining identifikatsiya raqami (OSIS)
field-school = Maktab (DBN)
field-grade = Sinf
field-home-language = Uyda soʻzlashiladigan til
field-parent-language = Ota-onaning afzal koʻrgan tili
field-iep-version = IEP versiyasi
field-iep-status = IEP holati
field-finalized-on = Yakunlangan sana
field-amendment = Oʻzgartirish
field-produced-on = Ushbu nusxa sanasi

section-present-levels = Hozirgi oʻzlashtirish darajasi va individual ehtiyojlar
plop-evaluation_results = Baholash natijalari
plop-academic_achievement = Akademik yutuqlar, funksional koʻrsatkichlar va oʻqish xususiyatlari
plop-social_development = Ijtimoiy rivojlanish
plop-physical_development = Jismoniy rivojlanish
plop-management_needs = Tashkiliy yordamga boʻlgan ehtiyojlar
plop-effect_on_general_education = Oʻquvchi ehtiyojlarining umumiy taʼlim dasturida ishtirok etish va rivojlanishga taʼsiri
plop-special_factor_needs = Oʻquvchining maxsus omillar bilan bogʻliq ehtiyojlari

## Ingliz tilidagi qismlar

section-english-parts = Ushbu IEPning ingliz tilidagi qismlari
english-parts-intro =
    { $count ->
        [one] IEP jamoasi ushbu IEPning { $count } ta qismini ingliz tilida yozgan. Bu nusxada u tarjima qilinmagan:
       *[other] IEP jamoasi ushbu IEPning { $count } ta qismini ingliz tilida yozgan. Bu nusxada ular tarjima qilinmagan:
    }
english-parts-request = Siz ushbu qismlarni oʻz tilingizga bepul tarjima qilib berishni soʻrash huquqiga egasiz. Soʻrov uchun { $contact } bilan yoki farzandingiz maktabidagi til xizmatlari koordinatori bilan bogʻlaning.
contact-phone = Telefon: { $phone }
contact-email = Elektron pochta: { $email }
