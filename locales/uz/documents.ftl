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
rsesp-title = Tavsiya etilgan maxsus taʼlim dasturlari va xizmatlari
rsesp-notice = IEP loyihasining ushbu sahifasida IEP jamoasi tavsiya etgan dasturlar va xizmatlar koʻrsatilgan. IEP hali yakuniy emas: u 10 ish kuni ichida yakunlanadi va sizga topshiriladi.
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

## Xabarnoma va shakllar uchun umumiy

notice-date = Ushbu xabarnoma sanasi: { $date }
translation-legal-notice-document = Bu tarjima. Ushbu hujjatning yuridik kuchga ega versiyasi ingliz tilidagi versiyasidir.
section-student = Oʻquvchi
section-questions = Savollar
section-english-parts-document = Ushbu hujjatning ingliz tilidagi qismlari
english-parts-intro-document =
    { $count ->
        [one] Maktab ushbu hujjatning { $count } qismini ingliz tilida yozgan. U ushbu nusxada tarjima qilinmagan:
       *[other] Maktab ushbu hujjatning { $count } qismini ingliz tilida yozgan. Ular ushbu nusxada tarjima qilinmagan:
    }
time = { $hour }:{ $minute }

## Oldindan yozma xabarnoma (PWN)

pwn-title-referral_initial = Oldindan yozma xabarnoma: dastlabki baholashga yoʻllanma
pwn-title-refusal_of_initial_evaluation = Oldindan yozma xabarnoma: dastlabki baholash haqidagi soʻrovni rad etish
pwn-title-recommendation_initial = Oldindan yozma xabarnoma: birinchi IEP yigʻilishidan keyingi tavsiya
pwn-title-recommendation = Oldindan yozma xabarnoma: tavsiya
pwn-title-ineligibility = Oldindan yozma xabarnoma: maxsus taʼlimga huquqi yoʻq
pwn-title-reevaluation_with_assessments = Oldindan yozma xabarnoma: yangi tekshiruvlar bilan qayta baholash
pwn-title-reevaluation = Oldindan yozma xabarnoma: qayta baholash
pwn-title-amendment = Oldindan yozma xabarnoma: IEPga oʻzgartirish
pwn-title-refusal = Oldindan yozma xabarnoma: ota-ona soʻrovini rad etish
pwn-intro-referral_initial = Farzandingizda nogironlik bor-yoʻqligini va unga maxsus taʼlim xizmatlari kerak-kerakmasligini aniqlash uchun u dastlabki baholashga yoʻllandi. Ushbu xabarnomada maktab nimani taklif qilayotgani va nima uchun ekani tushuntiriladi.
pwn-intro-refusal_of_initial_evaluation = Maktab farzandingizni dastlabki baholashga yoʻllash haqida soʻrov oldi va yoʻllanma bermaslikka qaror qildi. Ushbu xabarnomada buning sababi tushuntiriladi.
pwn-intro-recommendation_initial = IEP jamoasi farzandingizning dastlabki baholashidan keyin yigʻilib, tavsiya berdi. Ushbu xabarnomada jamoa nimani tavsiya qilayotgani va nima uchun ekani tushuntiriladi.
pwn-intro-recommendation = IEP jamoasi farzandingiz masalasida yigʻilib, tavsiya berdi. Ushbu xabarnomada jamoa nimani tavsiya qilayotgani va nima uchun ekani tushuntiriladi.
pwn-intro-ineligibility = IEP jamoasi farzandingizning maxsus taʼlim xizmatlariga huquqi yoʻq degan xulosaga keldi. Ushbu xabarnomada buning sababi tushuntiriladi.
pwn-intro-reevaluation_with_assessments = Maktab farzandingizni yangi tekshiruvlar bilan qayta baholashni taklif qiladi. Ushbu xabarnomada nima taklif qilinayotgani va nima uchun ekani tushuntiriladi.
pwn-intro-reevaluation = Maktab farzandingizni mavjud maʼlumotlar asosida qayta baholashni taklif qiladi. Ushbu xabarnomada nima taklif qilinayotgani va nima uchun ekani tushuntiriladi.
pwn-intro-amendment = Maktab farzandingizning IEPsini oʻzgartirishni taklif qiladi. Ushbu xabarnomada oʻzgartirish va uning sababi tushuntiriladi.
pwn-intro-refusal = Maktab siz soʻragan narsani bajarmaslikka qaror qildi. Ushbu xabarnomada nima rad etilgani va nima uchun ekani tushuntiriladi.
pwn-element-action-propose = 1. Maktab nima qilishni taklif qiladi
pwn-element-action-refuse = 1. Maktab nima qilishdan bosh tortadi
pwn-element-reasons = 2. Nima uchun
pwn-element-evaluations = 3. Foydalanilgan baholashlar, tekshiruvlar, hujjatlar va hisobotlar
pwn-element-options = 4. Koʻrib chiqilgan boshqa variantlar va ular nima uchun rad etilgani
pwn-element-other-factors = 5. Boshqa muhim omillar
pwn-element-safeguards = 6. Sizning protsessual kafolatlaringiz
pwn-element-assistance = 7. Qayerdan yordam olish mumkin
pwn-option = { $number }-variant:
pwn-option-rejected-because = Nima uchun rad etilgan:
pwn-no-other-options = Jamoa boshqa variantlarni koʻrib chiqmadi.
pwn-safeguards-statement = Nogironligi bor yoki boʻlishi mumkin boʻlgan oʻquvchining ota-onasi sifatida siz federal qonun va Nyu-York shtati qonunining protsessual kafolatlari boʻyicha huquqlarga egasiz.
pwn-psn-enclosed = Ushbu xabarnomaga bu huquqlarni tushuntiruvchi Protsessual kafolatlar haqidagi xabarnomaning nusxasi ilova qilingan.
pwn-psn-how-to-obtain = Bu huquqlarni tushuntiruvchi Protsessual kafolatlar haqidagi xabarnomaning nusxasini bepul olishingiz mumkin:
pwn-psn-website = Protsessual kafolatlar haqidagi xabarnoma DOE veb-saytida ham bor: "Statement of Family's Rights" (Oila huquqlari toʻgʻrisidagi bayonot) boʻlimida.
pwn-assistance-intro = Maxsus taʼlim va huquqlaringizni tushunishda yordam olish uchun quyidagilarga murojaat qilishingiz mumkin:
pwn-section-more = Ushbu xabarnoma haqida qoʻshimcha maʼlumot
pwn-consent-enclosed = Bu harakat uchun sizning yozma roziligingiz kerak. Ushbu xabarnomaga "{ $form }" shakli ilova qilingan. Siz uni imzolamaguningizcha hech narsa qilinmaydi.
pwn-referral-next = Maktab siz bilan bogʻlanib, ijtimoiy tarix boʻyicha uchrashuv sanasini belgilaydi; unda sizdan baholashga rozilik soʻraladi.
pwn-program-visit = Siz farzandingizga tavsiya etilgan dasturga oʻxshash dasturga tashrif buyurish huquqiga egasiz. Tashrifni tashkil qilish uchun murojaat qiling:
pwn-program-visit-label = Dasturga tashrifni tashkil qilish uchun aloqa
pwn-refusal-right-to-refer = Siz farzandingizni dastlabki baholashga oʻzingiz, maktab direktoriga yoki Maxsus taʼlim qoʻmitasiga yozma ravishda murojaat qilib yoʻllash huquqiga egasiz.
pwn-refusal-copy-of-request = Yoʻllanma haqidagi soʻrovning nusxasi ilova qilingan.
pwn-refusal-meeting-offered = Sizga soʻrov va maktabda farzandingiz uchun mavjud yordamni muhokama qilish uchun direktor bilan uchrashuv taklif qilinadi.
pwn-ineligibility-enclosed = Ushbu xabarnomaga farzandingizning hozirgi natijalar darajasi va individual ehtiyojlari ilova qilingan.
pwn-contact = Siz farzandingiz taʼlimiga oid har bir qarorda ishtirok etish huquqiga egasiz. Ushbu xabarnoma boʻyicha savollaringiz boʻlsa, { $contact } bilan bogʻlaning.

## IEP yigʻilishi haqida xabarnoma

meeting-notice-title = IEP yigʻilishi haqida xabarnoma
meeting-notice-intro = Siz farzandingizning IEP jamoasi yigʻilishiga taklif qilinasiz. Siz jamoa aʼzosisiz va ishtirokingiz muhim.
section-meeting-details = Yigʻilish haqida maʼlumot
field-meeting-type = Yigʻilish turi
field-meeting-date = Sana
field-meeting-time = Vaqt
field-meeting-place = Joy
field-meeting-interpreter = Tarjimon
meeting-interpreter-value = Yigʻilishda tarjimon boʻladi (til: { $language }).
meeting-sign-language-value = Yigʻilishda imo-ishora tili tarjimoni boʻladi.
meeting-type-initial = Birinchi IEP yigʻilishi (dastlabki baholashdan keyin)
meeting-type-annual_review = Yillik koʻrib chiqish
meeting-type-requested_review = Soʻrov boʻyicha koʻrib chiqish
meeting-type-requested_reevaluation = Soʻrov boʻyicha qayta baholash
meeting-type-three_year_reevaluation = Uch yillik qayta baholash
meeting-type-reconvene = Yigʻilishning davomi
meeting-type-reconvene-of = Yigʻilishning davomi ({ $type })
section-meeting-participants = Kimlar taklif qilingan
participants-intro = Yigʻilishga quyidagi shaxslar koʻrsatilgan vazifalarda taklif qilingan:
column-role = Vazifa
column-name = Ism
role-parent = Ota-ona
role-student = Oʻquvchi
role-district_representative = Tuman vakili
role-case_manager = Ish boʻyicha masʼul
role-school_psychologist = Maktab psixologi
role-special_education_teacher = Maxsus taʼlim oʻqituvchisi
role-general_education_teacher = Umumiy taʼlim oʻqituvchisi
role-related_service_provider = Qoʻshimcha xizmatlar mutaxassisi
role-school_social_worker = Maktab ijtimoiy xodimi
role-parent_member = Qoʻshimcha ota-ona aʼzo
role-physician = Maktab shifokori
role-bilingual_professional = Ikki tilli mutaxassis
role-transition_agency_representative = Kattalar hayotiga oʻtish agentligi vakili
role-teacher_of_deaf_and_hearing_impaired = Kar va zaif eshituvchilar oʻqituvchisi
role-teacher_of_blind_and_partially_sighted = Koʻzi ojiz va zaif koʻruvchilar oʻqituvchisi
role-audiologist = Audiolog
role-school_nurse = Maktab hamshirasi
role-assessment_professional = Baholovchi mutaxassis
role-supervisory_personnel = Rahbar
role-other_school_personnel = Boshqa maktab xodimi
role-special_expertise = Oʻquvchini biladigan yoki u haqida maxsus bilimga ega shaxs
section-meeting-rights = Ushbu yigʻilish boʻyicha huquqlaringiz
right-bring-people = Farzandingizni biladigan yoki u haqida maxsus bilimga ega boʻlgan odamlarni, masalan, qarindosh, doʻst yoki himoyachini olib kelishingiz mumkin. Agar advokat bilan kelsangiz, iltimos, yigʻilishdan oldin maktabga xabar bering.
right-parent-member = Qoʻshimcha ota-ona aʼzo ishtirok etishini soʻrashingiz mumkin: Nyu-York shahri yoki qoʻshni tumandagi nogiron oʻquvchining ota-onasi. Yigʻilishdan kamida 72 soat oldin yozma ravishda soʻrang.
right-physician = Farzandingizning tibbiy maʼlumotlarini va ularning taʼlimi bilan bogʻliqligini tushuntirish uchun maktab shifokori ishtirok etishini soʻrashingiz mumkin. Yigʻilishdan kamida 72 soat oldin yozma ravishda soʻrang.
right-interpreter = Sizga bepul tarjimon, jumladan imo-ishora tili tarjimoni berilishi mumkin. Kerak boʻlsa, maktabga xabar bering.
right-reschedule = Agar sana yoki vaqt sizga toʻgʻri kelmasa, boshqa sana va vaqtni soʻrashingiz mumkin. Kela olmasangiz, telefon orqali ishtirok etishingiz mumkin.
right-record = Agar direktor yoki raisdan kamida bir ish kuni oldin yozma ravishda soʻrasangiz, yigʻilishni audioga yozib olishingiz mumkin. Bunda maktab ham yigʻilishni yozib oladi.
right-documents = Yigʻilishdan oldin jamoa muhokama qiladigan baholashlar va hisobotlarni olasiz.
meeting-contact = Kelishingizni tasdiqlash, yuqoridagilardan birini soʻrash yoki savollaringiz boʻlsa, { $contact } bilan bogʻlaning.

## Rozilik shakllari

consent-title-initial_evaluation = Dastlabki baholashga rozilik
consent-title-initial_provision_of_services = Maxsus taʼlim xizmatlarini boshlashga rozilik
consent-title-additional_assessments = Qoʻshimcha tekshiruvlarga rozilik (qayta baholash)
consent-intro-initial_evaluation = Maktab farzandingizda nogironlik bor-yoʻqligini va unga maxsus taʼlim xizmatlari kerak-kerakmasligini aniqlash uchun uni baholashga roziligingizni soʻraydi. Baholashga rozilik maxsus taʼlim xizmatlariga rozilik emas.
consent-intro-initial_provision_of_services = IEP jamoasi farzandingiz uchun maxsus taʼlim xizmatlarini tavsiya qiladi. Maktab ularni boshlash uchun roziligingizni soʻraydi. Sizning yozma roziligingizsiz hech qanday maxsus taʼlim xizmati boshlanmaydi.
consent-intro-additional_assessments = Farzandingizni qayta baholash doirasida maktab quyida sanab oʻtilgan yangi tekshiruvlarga roziligingizni soʻraydi.
section-consent-activities = Maktab nimani taklif qiladi
consent-activities-itemized = Har bir band boʻyicha rozi yoki rozi emasligingizni belgilang. Baʼzi bandlarga rozi boʻlib, boshqalariga rozi boʻlmasligingiz mumkin.
consent-activities-whole = Maktab taklif qiladi:
column-proposed = Taklif
consent-choice-yes = Roziman
consent-choice-no = Rozi emasman
section-consent-records = Beriladigan hujjatlar
consent-records-default = Farzandingizning maktab hujjatlari faqat taklif qilingan ishni bajaradigan baholovchilar va xizmat koʻrsatuvchilarga beriladi.
section-consent-rights = Huquqlaringiz
consent-right-decline = Rozilik berishdan bosh tortishingiz mumkin.
consent-right-revoke = Roziligingizni istalgan vaqtda yozma ravishda qaytarib olishingiz mumkin.
consent-right-not-retroactive = Rozilikni qaytarib olish orqaga qaytish kuchiga ega emas: u rozilik bergan vaqtingizdan uni qaytarib olguningizcha qilingan ishlarni bekor qilmaydi.
section-consent-decision = Qaroringiz
consent-whole-yes = Yuqorida taklif qilingan narsaga roziman.
consent-whole-no = Rozi emasman.
consent-sign-intro = Imzo qoʻyib, taklif qilingan narsa menga tushuntirilganini, uni tushunganimni va qarorim yuqorida belgilanganini tasdiqlayman.
signature-parent = Ota-onaning imzosi
signature-name = Ota-onaning ismi
signature-relationship = Oʻquvchiga qarindoshligi
signature-date = Sana
consent-return = Iltimos, ushbu shaklni { $contact } ga qaytaring. Savollaringiz boʻlsa, shu shaxs bilan bogʻlaning.
