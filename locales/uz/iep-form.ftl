# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Baholash natijalari va maxsus taʼlimga huquq
iep-section-present-levels = Hozirgi oʻzlashtirish darajasi
iep-section-special-factors = Maxsus omillar
iep-section-postsecondary = Maktabdan keyingi maqsadlar va kattalar hayotiga oʻtish ehtiyojlari
iep-section-annual-goals = Yillik maqsadlar
iep-section-progress-reporting = Ota-onaga yutuqlar haqida hisobot berish
iep-section-programs-services = Dasturlar va xizmatlar
iep-section-twelve-month = 12 oylik xizmatlar
iep-section-testing-accommodations = Test topshirishdagi moslashtirishlar
iep-section-transition-activities = Kattalar hayotiga oʻtish boʻyicha muvofiqlashtirilgan tadbirlar
iep-section-assessment-participation = Shtat va tuman miqyosidagi testlar
iep-section-gen-ed-participation = Nogironligi boʻlmagan oʻquvchilar bilan birga ishtirok etish
iep-section-placement = Til, transport va oʻqish joyi

## EvaluationSection

iep-label-evaluation-section-classification = Nogironlik toifasi
iep-label-evaluation-section-eligibility-notes = Maxsus taʼlimga huquqni muhokama qilish
iep-label-evaluation-section-evaluations = Baholashlar
iep-label-evaluation-section-justification-form-signed = Asoslash shakli imzolangan (dastlabki ED yoki LD)

## Classification

iep-classification-autism = Autizm
iep-classification-deaf-blindness = Kar-koʻrlik
iep-classification-deafness = Karlik
iep-classification-emotional-disturbance = Emotsional buzilish
iep-classification-hearing-impairment = Eshitish qobiliyatining buzilishi
iep-classification-learning-disability = Oʻrganishdagi nuqson
iep-classification-intellectual-disability = Intellektual nogironlik
iep-classification-multiple-disabilities = Bir nechta nogironlik
iep-classification-orthopedic-impairment = Ortopedik nuqson
iep-classification-other-health-impairment = Sogʻliqning boshqa buzilishi
iep-classification-speech-or-language-impairment = Nutq yoki til buzilishi
iep-classification-traumatic-brain-injury = Bosh miyaning travmatik shikastlanishi
iep-classification-visual-impairment = Koʻrish qobiliyatining buzilishi (shu jumladan koʻrlik)

## Evaluation

iep-label-evaluation-date = Sana
iep-label-evaluation-evaluator = Baholovchi
iep-label-evaluation-kind = Baholash turi
iep-label-evaluation-summary = Natijalar xulosasi

## EvaluationKind

iep-evaluation-kind-psychoeducational = Psixologik-pedagogik baholash
iep-evaluation-kind-social-history = Ijtimoiy tarix
iep-evaluation-kind-classroom-observation = Sinfda kuzatuv
iep-evaluation-kind-speech-language = Nutq va tilni baholash
iep-evaluation-kind-occupational-therapy = Mehnat terapiyasi (ergoterapiya) boʻyicha baholash
iep-evaluation-kind-physical-therapy = Fizioterapiya boʻyicha baholash
iep-evaluation-kind-audiological = Audiologik tekshiruv (audiogramma)
iep-evaluation-kind-ophthalmological = Oftalmologik tekshiruv
iep-evaluation-kind-orthopedic = Ortopedik tekshiruv
iep-evaluation-kind-neurological = Nevrologik tekshiruv
iep-evaluation-kind-medical = Boshqa tibbiy tekshiruv
iep-evaluation-kind-adaptive-behavior-scale = Moslashuvchan xulq-atvor shkalasi
iep-evaluation-kind-functional-behavioral-assessment = Xulq-atvorni funksional baholash (FBA)
iep-evaluation-kind-vocational = Kasbiy baholash
iep-evaluation-kind-assistive-technology = Yordamchi texnologiyalarga ehtiyojni baholash
iep-evaluation-kind-bilingual = Ikki tilli baholash
iep-evaluation-kind-psychiatric = Psixiatrik tekshiruv
iep-evaluation-kind-independent = Ota-ona taqdim etgan mustaqil baholash

## PresentLevels

iep-label-present-levels-accessible-program-required = Imkoniyati cheklanganlar uchun qulay dastur kerak
iep-label-present-levels-areas = Sohalar boʻyicha kuchli tomonlar va ehtiyojlar
iep-label-present-levels-ell-language-impact = Tilning taʼsiri (ELL)
iep-label-present-levels-needs = Ehtiyojlar roʻyxati
iep-label-present-levels-parent-concerns = Ota-onaning xavotirlari
iep-label-present-levels-testing-accommodation-considerations = Test topshirishdagi moslashtirishlar boʻyicha mulohazalar

## AreaLevels

iep-label-area-levels-area = Soha
iep-label-area-levels-needs = Ehtiyojlar
iep-label-area-levels-strengths = Kuchli tomonlar

## NeedArea

iep-need-area-reading = Oʻqish
iep-need-area-writing = Yozish
iep-need-area-math = Matematika
iep-need-area-speech-language = Nutq va til
iep-need-area-social-emotional = Ijtimoiy va emotsional soha
iep-need-area-behavior = Xulq-atvor
iep-need-area-fine-motor = Mayda motorika
iep-need-area-gross-motor = Yirik motorika
iep-need-area-adaptive-daily-living = Moslashuv va kundalik hayot koʻnikmalari
iep-need-area-transition = Kattalar hayotiga oʻtish

## Need

iep-label-need-area = Soha
iep-label-need-description = Ehtiyoj

## SpecialFactors

iep-label-special-factors-assistive-technology = Yordamchi texnologiyalar
iep-label-special-factors-behavior = Xulq-atvor
iep-label-special-factors-ell = Ingliz tilini oʻrganuvchi oʻquvchi
iep-label-special-factors-hearing = Kar yoki zaif eshituvchi
iep-label-special-factors-vision = Koʻrlik yoki koʻrish qobiliyatining buzilishi

## AtFactor

iep-label-at-factor-applies = Yordamchi texnologiyalarga muhtoj
iep-label-at-factor-needs-device = Yordamchi texnologiya (AT) qurilmasiga muhtoj
iep-label-at-factor-needs-service = Yordamchi texnologiya (AT) xizmatiga muhtoj
iep-label-at-factor-training-for = Kimni oʻqitish kerak
iep-label-at-factor-used-outside-school = Qurilma uyda yoki boshqa joyda ishlatiladi

## TrainingRecipient

iep-training-recipient-student = Oʻquvchi
iep-training-recipient-parent = Ota-ona
iep-training-recipient-teacher = Oʻqituvchi
iep-training-recipient-provider = Xizmat koʻrsatuvchi mutaxassis

## BehaviorFactor

iep-label-behavior-factor-applies = Xulq-atvor oʻqishga xalaqit beradi
iep-label-behavior-factor-bip-on = Xulq-atvorni tuzatish rejasi (BIP) ishlab chiqilgan sana
iep-label-behavior-factor-fba-on = Xulq-atvorni funksional baholash (FBA) oʻtkazilgan sana
iep-label-behavior-factor-notes = Izohlar

## EllFactor

iep-label-ell-factor-applies = Til ehtiyojlari mavjud
iep-label-ell-factor-evaluated-bilingually = Ikki tilda baholangan
iep-label-ell-factor-is-ell = Ingliz tilini oʻrganuvchi oʻquvchi
iep-label-ell-factor-language-needs = Til ehtiyojlari

## HearingFactor

iep-label-hearing-factor-applies = Kar yoki zaif eshituvchi
iep-label-hearing-factor-communication-needs = Muloqot ehtiyojlari
iep-label-hearing-factor-language-of-instruction = Oʻqitish tili
iep-label-hearing-factor-mode-of-communication = Muloqot tili va usuli

## VisionFactor

iep-label-vision-factor-applies = Koʻzi ojiz yoki zaif koʻruvchi
iep-label-vision-factor-braille-instruction = Brayl alifbosini oʻrgatish
iep-label-vision-factor-braille-not-appropriate-reason = Brayl alifbosi nima uchun mos emas

## Postsecondary

iep-label-postsecondary-courses-of-study = Oʻquv kurslari
iep-label-postsecondary-early-start = Erta boshlanganining sababi
iep-label-postsecondary-goals = Maktabdan keyingi maqsadlar
iep-label-postsecondary-notes = Kattalar hayotiga oʻtish ehtiyojlari boʻyicha izohlar
iep-label-postsecondary-transition-needs = Kattalar hayotiga oʻtishdagi boshqa ehtiyojlar
iep-label-postsecondary-updated-on = Maqsadlar oxirgi marta yangilangan sana

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = Oʻquvchining aniq maqsadi bor
iep-early-transition-reason-needs-more-time = Oʻquvchiga koʻproq vaqt kerak
iep-early-transition-reason-parent-request = Ota-ona soʻragan

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Soha
iep-label-postsecondary-goal-based-on = Nimaga asoslangan
iep-label-postsecondary-goal-goal = Maqsad
iep-label-postsecondary-goal-student-preferences = Oʻquvchining xohish va qiziqishlari

## PostsecondaryArea

iep-postsecondary-area-education-training = Taʼlim va kasbiy tayyorgarlik
iep-postsecondary-area-employment = Ish bilan bandlik
iep-postsecondary-area-independent-living = Mustaqil hayot

## TransitionAssessment

iep-transition-assessment-vocational = Kasbiy baholash (oʻquvchi, ota-ona, oʻqituvchi)
iep-transition-assessment-postsecondary-education-skills = Maktabdan keyingi taʼlim uchun koʻnikmalarni baholash
iep-transition-assessment-interview = Oʻquvchi yoki ota-ona bilan suhbat
iep-transition-assessment-strength-based = Kuchli tomonlarga asoslangan baholash
iep-transition-assessment-teacher-observation = Oʻqituvchi kuzatuvi

## TransitionNeed

iep-transition-need-community-travel-help = Jamoat joylarida harakatlanishda kattalar yordami
iep-transition-need-functional-academics = Funksional oʻqish va matematika darslari
iep-transition-need-self-advocacy = Oʻz manfaatlarini himoya qilish koʻnikmalari
iep-transition-need-public-transportation = Jamoat transportidan mustaqil foydalanish
iep-transition-need-independent-living = Mustaqil hayot koʻnikmalari
iep-transition-need-diploma-coursework = Oddiy diplom uchun oʻquv kurslari
iep-transition-need-career-technical-courses = Kasb-hunar va texnik taʼlim kurslari

## AnnualGoals

iep-label-annual-goals-goals = Yillik maqsadlar

## AnnualGoal

iep-label-annual-goal-condition = Shart
iep-label-annual-goal-criterion = Mezon
iep-label-annual-goal-method = Oʻlchash usuli
iep-label-annual-goal-need-area = Ehtiyoj sohasi
iep-label-annual-goal-objective-kind = Qisqa muddatli maqsadlar yoki oraliq bosqichlar
iep-label-annual-goal-objectives = Qadamlar
iep-label-annual-goal-schedule = Oʻlchash jadvali
iep-label-annual-goal-skill = Koʻnikma

## GoalMethod

iep-goal-method-observation = Oʻqituvchi yoki mutaxassis kuzatuvi
iep-goal-method-work-samples = Ish namunalari
iep-goal-method-curriculum-based-measurement = Oʻquv dasturiga asoslangan oʻlchov
iep-goal-method-teacher-tests = Oʻqituvchi tuzgan testlar
iep-goal-method-data-collection = Maʼlumotlar jadvali yoki hisob
iep-goal-method-rubric = Baholash mezonlari (rubrika)
iep-goal-method-checklist = Nazorat roʻyxati
iep-goal-method-standardized-assessment = Standartlashtirilgan baholash
iep-goal-method-running-records = Oʻqishni kuzatish yozuvlari (running records)

## ObjectiveKind

iep-objective-kind-none = Yoʻq
iep-objective-kind-short-term-objectives = Qisqa muddatli maqsadlar
iep-objective-kind-benchmarks = Oraliq bosqichlar

## Objective

iep-label-objective-by = Muddat
iep-label-objective-text = Qisqa muddatli maqsad yoki oraliq bosqich

## GoalSchedule

iep-goal-schedule-daily = Har kuni
iep-goal-schedule-weekly = Har hafta
iep-goal-schedule-biweekly = Ikki haftada bir marta
iep-goal-schedule-monthly = Har oy
iep-goal-schedule-marking-period = Har bir baholash davrida

## ProgressReporting

iep-label-progress-reporting-methods = Qanday
iep-label-progress-reporting-times-per-year = Yiliga hisobotlar soni
iep-label-progress-reporting-with-report-cards = Tabellar berilganda

## ReportMethod

iep-report-method-written-report = Yutuqlar haqida yozma hisobot
iep-report-method-conference = Ota-ona va oʻqituvchi uchrashuvi
iep-report-method-phone = Telefon qoʻngʻirogʻi
iep-report-method-email = Elektron pochta

## ProgramsServices

iep-label-programs-services-assistive-technology = Yordamchi texnologiya qurilmalari va xizmatlari
iep-label-programs-services-paraprofessionals = IEP boʻyicha tayinlangan yordamchi xodimlar (paraprofessionallar)
iep-label-programs-services-personnel-supports = Maktab xodimlari uchun yordam
iep-label-programs-services-physical-education = Jismoniy tarbiya
iep-label-programs-services-programs = Maxsus taʼlim dasturlari
iep-label-programs-services-related-services = Qoʻshimcha xizmatlar
iep-label-programs-services-supplementary-aids = Qoʻshimcha yordam vositalari va dasturga kiritilgan oʻzgartirishlar

## AssistiveTech

iep-label-assistive-tech-assessment-on = Yordamchi texnologiyalarni baholash sanasi
iep-label-assistive-tech-description = Tavsif
iep-label-assistive-tech-kind = Qurilma yoki xizmat
iep-label-assistive-tech-level = Oddiy yoki yuqori texnologiya
iep-label-assistive-tech-used-in = Qayerda ishlatiladi

## AtKind

iep-at-kind-device = Qurilma
iep-at-kind-service = Xizmat

## TechLevel

iep-tech-level-low = Oddiy texnologiya (masalan, qalam ushlagich, qiya taxta)
iep-tech-level-high = Yuqori texnologiya (masalan, planshet, nutqni matnga aylantirish)

## UseSetting

iep-use-setting-classroom = Sinfxona
iep-use-setting-home = Uy
iep-use-setting-other = Boshqa

## Paraprofessional

iep-label-paraprofessional-activities = Vaqtlar va mashgʻulotlar
iep-label-paraprofessional-bip-reviewed = Avval BIP koʻrib chiqilgan
iep-label-paraprofessional-para-type = Turi
iep-label-paraprofessional-progress-monitoring = Yutuqlarni kuzatish
iep-label-paraprofessional-purpose = Maqsad va ehtiyoj
iep-label-paraprofessional-ratio = Nisbat
iep-label-paraprofessional-responsibilities = Vazifalar
iep-label-paraprofessional-skilled-nursing-referral = Malakali hamshiralik yordamiga yoʻllanma berilgan
iep-label-paraprofessional-toileting = Hojatxonadan foydalanish
iep-label-paraprofessional-unsafe-traveler-assessed-on = Mustaqil harakatlanishi xavfli deb baholangan sana
iep-label-paraprofessional-urgent-care-condition = Shoshilinch yordam talab qiluvchi holat koʻrsatilgan

## ParaActivity

iep-para-activity-all-classes = Barcha darslar
iep-para-activity-academic-classes = Akademik darslar
iep-para-activity-related-services = Qoʻshimcha xizmatlar
iep-para-activity-lunch = Tushlik
iep-para-activity-transitions = Darslar orasidagi oʻtishlar
iep-para-activity-arrival-dismissal = Maktabga kelish va maktabdan ketish
iep-para-activity-field-trips = Ekskursiyalar

## ParaType

iep-para-type-behavior-support = Xulq-atvorni qoʻllab-quvvatlash (inqirozli vaziyatlarni boshqarish)
iep-para-type-health = Sogʻliq
iep-para-type-toileting = Hojatxonadan foydalanish
iep-para-type-orientation-mobility = Yoʻnalishni aniqlash va harakatlanish

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Umumiy (bir nechta oʻquvchi uchun)

## ToiletingMode

iep-toileting-mode-toilet-training = Hojatxonadan foydalanishga oʻrgatish
iep-toileting-mode-toileting-assistance = Hojatxonada yordam

## PersonnelSupport

iep-label-personnel-support-description = Tavsif
iep-label-personnel-support-kind = Yordam
iep-label-personnel-support-provided-by = Kim tomonidan beriladi
iep-label-personnel-support-recipient = Kim uchun

## SupportKind

iep-support-kind-disability-information = Nogironlik haqida maʼlumot
iep-support-kind-behavior-training = Ijobiy xulq-atvorni shakllantirish usullari boʻyicha oʻqitish
iep-support-kind-sign-language = Imo-ishora tilini oʻrgatish
iep-support-kind-curriculum-modifications = Oʻquv dasturini moslashtirishda yordam
iep-support-kind-assistive-technology-training = Oʻquvchining yordamchi texnologiyalari boʻyicha oʻqitish
iep-support-kind-behavioral-consultation = Xulq-atvor boʻyicha maslahat
iep-support-kind-para-training = Yordamchi xodimlarni oʻqitish (sogʻliq, ovqatlantirish, tana holati…)
iep-support-kind-testing-accommodation-training = Test topshirishdagi moslashtirishlarni taʼminlash boʻyicha oʻqitish
iep-support-kind-other = Boshqa

## StaffRole

iep-staff-role-teacher = Oʻqituvchilar
iep-staff-role-paraprofessional = Yordamchi xodim (paraprofessional)
iep-staff-role-provider = Qoʻshimcha xizmatlar mutaxassislari
iep-staff-role-other-staff = Boshqa maktab xodimlari

## PeDetermination

iep-pe-determination-regular = Oddiy jismoniy tarbiya
iep-pe-determination-regular-with-equipment = Maxsus jihozlar bilan oddiy jismoniy tarbiya
iep-pe-determination-adapted = Moslashtirilgan jismoniy tarbiya (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = 75-tuman (D75) inklyuziv xizmatlari
iep-label-program-recommendation-delivery = Sinf ichida yoki sinfdan tashqarida
iep-label-program-recommendation-duration-minutes = Davomiyligi
iep-label-program-recommendation-frequency = Chastotasi
iep-label-program-recommendation-group = Yakka tartibda yoki guruhda
iep-label-program-recommendation-group-size = Guruh hajmi
iep-label-program-recommendation-language = Til
iep-label-program-recommendation-location = Joy
iep-label-program-recommendation-program = Dastur
iep-label-program-recommendation-projected-start = Rejalashtirilgan boshlanish sanasi
iep-label-program-recommendation-ratio = Sinfdagi nisbat
iep-label-program-recommendation-setting = Sinf turi
iep-label-program-recommendation-subject = Fan

## Delivery

iep-delivery-push-in = Sinf ichida (push-in)
iep-delivery-pull-out = Sinfdan tashqarida (pull-out)

## Period

iep-period-day = kuniga
iep-period-week = haftasiga
iep-period-month = oyiga

## GroupKind

iep-group-kind-individual = Yakka tartibda
iep-group-kind-group = Guruhda

## ProgramKind

iep-program-kind-consultant-teacher = Maslahatchi oʻqituvchi
iep-program-kind-setss = Maxsus taʼlim oʻqituvchisining yordam xizmatlari (SETSS)
iep-program-kind-ict = Integratsiyalashgan birgalikda oʻqitish (ICT)
iep-program-kind-special-class = Maxsus sinf
iep-program-kind-travel-training = Mustaqil yoʻl yurishga oʻrgatish
iep-program-kind-adapted-physical-education = Moslashtirilgan jismoniy tarbiya (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Hudud maktabi (1–32-tumanlar)
iep-class-setting-district-75 = Ixtisoslashtirilgan maktab (75-tuman)
iep-class-setting-non-public-school = NYSED tomonidan tasdiqlangan nodavlat maktab

## Subject

iep-subject-ela = Ingliz tili va adabiyoti (ELA)
iep-subject-math = Matematika
iep-subject-science = Tabiiy fanlar
iep-subject-social-studies = Ijtimoiy fanlar
iep-subject-world-language = Chet tili
iep-subject-career-technical = Kasb-hunar va texnik taʼlim
iep-subject-physical-education = Jismoniy tarbiya
iep-subject-all-subjects = Barcha fanlar

## RelatedService

iep-label-related-service-delivery = Sinf ichida yoki sinfdan tashqarida
iep-label-related-service-duration-minutes = Davomiyligi
iep-label-related-service-frequency = Chastotasi
iep-label-related-service-group = Yakka tartibda yoki guruhda
iep-label-related-service-group-size = Guruh hajmi
iep-label-related-service-initial = Dastlabki tavsiya
iep-label-related-service-language = Til
iep-label-related-service-location = Joy
iep-label-related-service-other-service = Boshqa xizmat
iep-label-related-service-prescription-received-on = Shifokor koʻrsatmasi olingan sana
iep-label-related-service-projected-start = Rejalashtirilgan boshlanish sanasi
iep-label-related-service-separate-location = Alohida joy
iep-label-related-service-service = Xizmat
iep-label-related-service-transition-service = Kattalar hayotiga oʻtish xizmati

## ServiceLocation

iep-service-location-general-education-classroom = Umumiy taʼlim sinfxonasi
iep-service-location-special-education-classroom = Maxsus taʼlim sinfxonasi
iep-service-location-separate-location = Alohida joy

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Logopediya (nutq va til terapiyasi)
iep-related-service-type-occupational-therapy = Mehnat terapiyasi (OT)
iep-related-service-type-physical-therapy = Fizioterapiya (PT)
iep-related-service-type-counseling = Psixologik maslahat
iep-related-service-type-parent-counseling-and-training = Ota-onalarga maslahat va oʻqitish
iep-related-service-type-assistive-technology-services = Yordamchi texnologiya xizmatlari
iep-related-service-type-audiological = Audiologik xizmatlar
iep-related-service-type-interpreting = Tarjima xizmatlari (kar va zaif eshituvchilar uchun)
iep-related-service-type-orientation-mobility = Yoʻnalishni aniqlash va harakatlanish
iep-related-service-type-school-nurse = Maktab hamshirasi xizmatlari
iep-related-service-type-vision-education = Koʻrishi zaif oʻquvchilar uchun taʼlim xizmatlari
iep-related-service-type-hearing-education = Eshitishi zaif oʻquvchilar uchun taʼlim xizmatlari
iep-related-service-type-rehabilitation-counseling = Reabilitatsiya boʻyicha maslahat
iep-related-service-type-social-work = Maktab ijtimoiy ishi
iep-related-service-type-other = Boshqa rivojlantiruvchi, tuzatuvchi yoki qoʻllab-quvvatlovchi xizmat

## SupplementaryAid

iep-label-supplementary-aid-aid = Yordam vositasi yoki oʻzgartirish
iep-label-supplementary-aid-applies-in = Qayerda va qachon
iep-label-supplementary-aid-description = Tavsif
iep-label-supplementary-aid-projected-start = Rejalashtirilgan boshlanish sanasi

## AidKind

iep-aid-kind-note-taker = Konspekt yozib beruvchi shaxs
iep-aid-kind-alternative-formats = Muqobil formatdagi oʻquv materiallari
iep-aid-kind-extra-time-between-classes = Darslar orasida qoʻshimcha vaqt
iep-aid-kind-special-seating = Maxsus oʻrindiq
iep-aid-kind-highlighted-work = Ajratib koʻrsatilgan yoki rang bilan belgilangan topshiriqlar
iep-aid-kind-study-guides = Oʻquv qoʻllanmalari va rejalar
iep-aid-kind-study-carrel = Alohida oʻquv kabinasi
iep-aid-kind-behavior-plan = Xulq-atvorni tuzatish rejasi
iep-aid-kind-extra-time-for-assignments = Topshiriqlar uchun qoʻshimcha vaqt
iep-aid-kind-assignment-adaptations = Topshiriqlarni moslashtirish
iep-aid-kind-extended-pacing = Sekinlashtirilgan oʻqitish surʼati
iep-aid-kind-adapted-presentation = Mavzuni moslashtirilgan tarzda bayon qilish
iep-aid-kind-adapted-demonstration = Bilimni koʻrsatishning moslashtirilgan usullari
iep-aid-kind-other = Boshqa

## TwelveMonth

iep-label-twelve-month-areas = Sohalar
iep-label-twelve-month-basis = Koʻrib chiqilganining sababi
iep-label-twelve-month-details = Yozgi dastur va sharoit
iep-label-twelve-month-differs-from-school-year = Oʻquv yilidagi xizmatlardan farq qiladi
iep-label-twelve-month-duration-minutes = Yozgi davomiylik
iep-label-twelve-month-frequency = Yozgi chastota
iep-label-twelve-month-needed = 12 oylik xizmatlar kerak

## EsyBasis

iep-esy-basis-substantial-regression = Sezilarli regressiya (tiklanishi uchun 8 hafta yoki undan koʻp vaqt kerak)
iep-esy-basis-severe-multiple-disabilities = Ogʻir bir nechta nogironlik
iep-esy-basis-residential = Yotoqxonali dastur
iep-esy-basis-home-hospital = Uyda yoki kasalxonada oʻqitish
iep-esy-basis-intensive-management-needs = Juda jadal tashkiliy yordamga ehtiyoj

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Test topshirishdagi moslashtirishlar
iep-label-testing-accommodations-none-recommended = Test topshirishda moslashtirishlar yoʻq

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Tanaffus oraligʻi
iep-label-testing-accommodation-break-minutes = Tanaffus davomiyligi
iep-label-testing-accommodation-category = Moslashtirish
iep-label-testing-accommodation-condition = Faqat quyidagilar uchun
iep-label-testing-accommodation-extended-time = Uzaytirilgan vaqt
iep-label-testing-accommodation-extra-direction-readings = Koʻrsatmalar qoʻshimcha necha marta oʻqiladi
iep-label-testing-accommodation-group-size = Guruh hajmi
iep-label-testing-accommodation-multiple-day-assurance-filed = Bir necha kunda oʻtkazish kafolati topshirilgan
iep-label-testing-accommodation-read-mode = Testlarni kim oʻqiydi
iep-label-testing-accommodation-read-scope = Testlarni oʻqish doirasi
iep-label-testing-accommodation-setting = Sharoit
iep-label-testing-accommodation-specification = Aniqlashtirish

## AccommodationCategory

iep-accommodation-category-extended-time = Uzaytirilgan vaqt
iep-accommodation-category-breaks = Tanaffuslar
iep-accommodation-category-separate-setting = Alohida joy yoki xona
iep-accommodation-category-directions-repeated = Koʻrsatmalarni qoʻshimcha oʻqish yoki imo-ishora bilan yetkazish
iep-accommodation-category-tests-read = Testlarni ovoz chiqarib oʻqish
iep-accommodation-category-multiple-day = Bir necha kunda oʻtkazish
iep-accommodation-category-special-equipment = Maxsus jihozlar yoki mebel
iep-accommodation-category-scribe = Kotib (yozib beruvchi) yordami
iep-accommodation-category-answers-in-booklet = Javoblar test kitobchasiga yoziladi
iep-accommodation-category-calculator = Kalkulyator
iep-accommodation-category-word-processor = Matn muharriri (kompyuter)
iep-accommodation-category-other = Boshqa

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Bir yarim baravar vaqt (1,5×)
iep-time-multiplier-double = Ikki baravar vaqt (2×)

## ReadMode

iep-read-mode-human-reader = Oʻqib beruvchi shaxs
iep-read-mode-text-to-speech = Matnni nutqqa aylantirish dasturi
iep-read-mode-audio-recording = Audioyozuv (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Oʻqib tushunish testlaridan tashqari
iep-read-scope-including-reading-comprehension = Oʻqib tushunish testlari ham

## TestSetting

iep-test-setting-individual = Yakka tartibda
iep-test-setting-small-group = Kichik guruh

## TransitionActivities

iep-label-transition-activities-activities = Tadbirlar
iep-label-transition-activities-functional-vocational-assessment-needed = Funksional kasbiy baholash kerak

## TransitionActivity

iep-label-transition-activity-activity = Tadbir
iep-label-transition-activity-area = Soha
iep-label-transition-activity-outside-agency = Tashqi tashkilot
iep-label-transition-activity-parent-consent-to-invite = Ota-ona tashkilotni taklif qilishga rozilik bergan
iep-label-transition-activity-responsible = Masʼul (vazifa yoki tashkilot)
iep-label-transition-activity-starts-on = Boshlanish sanasi

## TransitionArea

iep-transition-area-instruction = Oʻqitish
iep-transition-area-related-services = Qoʻshimcha xizmatlar
iep-transition-area-community-experiences = Jamiyatdagi tajriba
iep-transition-area-employment-adult-living = Ish bilan bandlik va maktabdan keyingi kattalar hayotining boshqa maqsadlari
iep-transition-area-daily-living-skills = Kundalik hayot koʻnikmalarini egallash
iep-transition-area-functional-vocational-assessment = Funksional kasbiy baholash

## AssessmentParticipation

iep-label-assessment-participation-mode = Test
iep-label-assessment-participation-severe-cognitive-disability = Ogʻir kognitiv nogironlik
iep-label-assessment-participation-specialized-program = Yuqori darajada ixtisoslashgan dastur
iep-label-assessment-participation-support-systems = Qoʻllab-quvvatlash tizimlari kerak
iep-label-assessment-participation-why-alternate = Muqobil test nima uchun mos
iep-label-assessment-participation-why-not-regular = Nima uchun oddiy test emas

## AssessmentMode

iep-assessment-mode-standard = Shtat va tuman testlari (belgilangan moslashtirishlar bilan)
iep-assessment-mode-nysaa = Nyu-York shtatining muqobil testi (NYSAA)
iep-assessment-mode-district-alternate = Tumanning muqobil testi (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Ishtirok etmaslik darajasi
iep-label-gen-ed-participation-full-participation = Toʻliq ishtirok etadi
iep-label-gen-ed-participation-physical-education = Jismoniy tarbiyada ishtirok etish
iep-label-gen-ed-participation-removal-justification = Umumiy taʼlim sinfidan tashqarida oʻqitish asosi

## Placement

iep-label-placement-deferral-consent-on = Ota-onaning kechiktirishga yozma roziligi sanasi
iep-label-placement-deferred = Oʻqish joyini belgilash kechiktirilgan
iep-label-placement-health-treatment = Maktab kunida davolanish
iep-label-placement-language-determination = Oʻqitish tilini aniqlash (ELL)
iep-label-placement-language-of-instruction = Oʻqitish tili
iep-label-placement-lote-exempt = Chet tili (LOTE) talabidan ozod
iep-label-placement-medical-condition = Tibbiy holat maktabdagi oʻqishga taʼsir qiladi
iep-label-placement-other-options = Koʻrib chiqilgan boshqa variantlar
iep-label-placement-projected-initiation = IEPning rejalashtirilgan boshlanish sanasi
iep-label-placement-promotion-criteria = Keyingi sinfga oʻtkazish mezonlari
iep-label-placement-recommendation = Oʻqish joyi boʻyicha tavsiya
iep-label-placement-special-transportation = Maxsus transport
iep-label-placement-transportation-accommodations = Transportdagi moslashtirishlar
iep-label-placement-transportation-reason = Transport kerakligining sababi

## LanguageDetermination

iep-language-determination-enl-only = Faqat yangi til sifatida ingliz tili (ENL)
iep-language-determination-bilingual = Ikki tilli oʻqitish xizmatlari kerak

## OtherOption

iep-label-other-option-option = Variant
iep-label-other-option-rejected-because = Nima uchun rad etilgan

## PromotionCriteria

iep-promotion-criteria-standard = Standart
iep-promotion-criteria-modified = Oʻzgartirilgan

## PlacementKind

iep-placement-kind-doe-non-specialized = NYC DOE maktabi, ixtisoslashmagan (1–32-tumanlar)
iep-placement-kind-doe-specialized = NYC DOE ixtisoslashtirilgan maktabi (75-tuman)
iep-placement-kind-nps-day = NYSED tomonidan tasdiqlangan nodavlat maktab – kunduzgi
iep-placement-kind-nps-residential = NYSED tomonidan tasdiqlangan nodavlat maktab – yotoqxonali
iep-placement-kind-nps-placed-by-acs = NYSED tomonidan tasdiqlangan nodavlat maktab – ACS tomonidan joylashtirilgan
iep-placement-kind-state4201-day = Nyu-York shtati qoʻllab-quvvatlaydigan nodavlat maktab (4201) – kunduzgi
iep-placement-kind-state4201-residential = Nyu-York shtati qoʻllab-quvvatlaydigan nodavlat maktab (4201) – yotoqxonali
iep-placement-kind-boces = Kooperativ taʼlim xizmatlari kengashi (BOCES)
iep-placement-kind-charter-school = Charter maktab
iep-placement-kind-home-hospital = Uyda yoki kasalxonada oʻqitish

## TransportAccommodation

iep-transport-accommodation-door-to-door = Eshikdan eshikkacha avtobus
iep-transport-accommodation-paraprofessional = Transportda yordamchi xodim
iep-transport-accommodation-nursing = Avtobusda hamshira
iep-transport-accommodation-limited-travel-time = Yoʻlda cheklangan vaqt
iep-transport-accommodation-smaller-route = Oʻquvchilar kamroq boʻlgan yoʻnalish
iep-transport-accommodation-climate-control = Haroratni boshqarish (konditsioner)
iep-transport-accommodation-lift = Koʻtargich
iep-transport-accommodation-wheelchair = Nogironlar aravachasi uchun moslashtirish
iep-transport-accommodation-safety-vest = Xavfsizlik kamzuli yoki avtokreslo
iep-transport-accommodation-oxygen = Kislorod
iep-transport-accommodation-ambulance = Tez yordam mashinasi

## Son yoki ha/yoʻq javobi bilan beriladigan qiymatlar

# $times: necha marta (1 dan 40 gacha).
iep-frequency-day = { $times ->
    [one] kuniga bir marta
   *[other] kuniga { $times } marta
}
# $times: necha marta (1 dan 40 gacha).
iep-frequency-week = { $times ->
    [one] haftasiga bir marta
   *[other] haftasiga { $times } marta
}
# $times: necha marta (1 dan 40 gacha).
iep-frequency-month = { $times ->
    [one] oyiga bir marta
   *[other] oyiga { $times } marta
}
# $count: daqiqalar soni.
iep-minutes = { $count ->
    [one] { $count } daqiqa
   *[other] { $count } daqiqa
}
# $count: guruhdagi oʻquvchilar soni.
iep-group-of = { $count ->
    [one] { $count } kishilik guruh
   *[other] { $count } kishilik guruh
}
# $count: yiliga nechta yutuqlar hisoboti.
iep-times-per-year = { $count ->
    [one] yiliga bir marta
   *[other] yiliga { $count } marta
}
# $count: necha marta (koʻrsatmalar qayta oʻqiladi).
iep-times = { $count ->
    [one] bir marta
   *[other] { $count } marta
}
iep-yes = Ha
iep-no = Yoʻq
iep-none-recorded = Ushbu boʻlimda hech narsa qayd etilmagan.
