# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Rezultatet e vlerësimit dhe kualifikimi për shërbime
iep-section-present-levels = Nivelet aktuale të arritjeve
iep-section-special-factors = Faktorë të veçantë
iep-section-postsecondary = Qëllimet pas shkollës së mesme dhe nevojat për tranzicion
iep-section-annual-goals = Qëllimet vjetore
iep-section-progress-reporting = Raportimi i përparimit te prindërit
iep-section-programs-services = Programet dhe shërbimet
iep-section-twelve-month = Shërbime 12-mujore
iep-section-testing-accommodations = Përshtatjet për testimin
iep-section-transition-activities = Aktivitete të koordinuara të tranzicionit
iep-section-assessment-participation = Vlerësimet shtetërore dhe të distriktit
iep-section-gen-ed-participation = Pjesëmarrja me nxënës pa aftësi të kufizuara
iep-section-placement = Gjuha, transporti dhe vendosja

## EvaluationSection

iep-label-evaluation-section-classification = Klasifikimi i aftësisë së kufizuar
iep-label-evaluation-section-eligibility-notes = Diskutimi për kualifikimin
iep-label-evaluation-section-evaluations = Vlerësimet
iep-label-evaluation-section-justification-form-signed = Formulari i justifikimit i nënshkruar (klasifikim fillestar ED ose LD)

## Classification

iep-classification-autism = Autizëm
iep-classification-deaf-blindness = Shurdhëri dhe verbëri
iep-classification-deafness = Shurdhëri
iep-classification-emotional-disturbance = Çrregullim emocional
iep-classification-hearing-impairment = Dëmtim i dëgjimit
iep-classification-learning-disability = Aftësi e kufizuar në të nxënë
iep-classification-intellectual-disability = Aftësi e kufizuar intelektuale
iep-classification-multiple-disabilities = Aftësi të kufizuara të shumëfishta
iep-classification-orthopedic-impairment = Dëmtim ortopedik
iep-classification-other-health-impairment = Problem tjetër shëndetësor
iep-classification-speech-or-language-impairment = Dëmtim i të folurit ose i gjuhës
iep-classification-traumatic-brain-injury = Dëmtim traumatik i trurit
iep-classification-visual-impairment = Dëmtim i shikimit (përfshirë verbërinë)

## Evaluation

iep-label-evaluation-date = Data
iep-label-evaluation-evaluator = Vlerësuesi
iep-label-evaluation-kind = Lloji i vlerësimit
iep-label-evaluation-summary = Përmbledhja e rezultateve

## EvaluationKind

iep-evaluation-kind-psychoeducational = Vlerësim psikoedukativ
iep-evaluation-kind-social-history = Historia sociale
iep-evaluation-kind-classroom-observation = Vëzhgim në klasë
iep-evaluation-kind-speech-language = Vlerësim i të folurit dhe i gjuhës
iep-evaluation-kind-occupational-therapy = Vlerësim për terapi okupacionale
iep-evaluation-kind-physical-therapy = Vlerësim për fizioterapi
iep-evaluation-kind-audiological = Vlerësim audiologjik (audiogramë)
iep-evaluation-kind-ophthalmological = Vlerësim oftalmologjik
iep-evaluation-kind-orthopedic = Vlerësim ortopedik
iep-evaluation-kind-neurological = Vlerësim neurologjik
iep-evaluation-kind-medical = Vlerësim tjetër mjekësor
iep-evaluation-kind-adaptive-behavior-scale = Shkalla e sjelljes adaptive
iep-evaluation-kind-functional-behavioral-assessment = Vlerësim funksional i sjelljes (FBA)
iep-evaluation-kind-vocational = Vlerësim i orientimit profesional
iep-evaluation-kind-assistive-technology = Vlerësim për teknologjinë ndihmëse
iep-evaluation-kind-bilingual = Vlerësim dygjuhësh
iep-evaluation-kind-psychiatric = Vlerësim psikiatrik
iep-evaluation-kind-independent = Vlerësim i pavarur i paraqitur nga prindi

## PresentLevels

iep-label-present-levels-accessible-program-required = Kërkohet program i aksesueshëm
iep-label-present-levels-areas = Pikat e forta dhe nevojat sipas fushës
iep-label-present-levels-ell-language-impact = Ndikimi i gjuhës (ELL)
iep-label-present-levels-needs = Lista e nevojave
iep-label-present-levels-parent-concerns = Shqetësimet e prindit
iep-label-present-levels-testing-accommodation-considerations = Konsiderata për përshtatjet në testim

## AreaLevels

iep-label-area-levels-area = Fusha
iep-label-area-levels-needs = Nevojat
iep-label-area-levels-strengths = Pikat e forta

## NeedArea

iep-need-area-reading = Leximi
iep-need-area-writing = Shkrimi
iep-need-area-math = Matematika
iep-need-area-speech-language = Të folurit dhe gjuha
iep-need-area-social-emotional = Fusha sociale dhe emocionale
iep-need-area-behavior = Sjellja
iep-need-area-fine-motor = Motorika e imët
iep-need-area-gross-motor = Motorika e madhe
iep-need-area-adaptive-daily-living = Aftësitë adaptive dhe jeta e përditshme
iep-need-area-transition = Tranzicioni

## Need

iep-label-need-area = Fusha
iep-label-need-description = Nevoja

## SpecialFactors

iep-label-special-factors-assistive-technology = Teknologjia ndihmëse
iep-label-special-factors-behavior = Sjellja
iep-label-special-factors-ell = Nxënës që mëson anglisht
iep-label-special-factors-hearing = I shurdhër ose me dëgjim të dobët
iep-label-special-factors-vision = Verbëri ose dëmtim i shikimit

## AtFactor

iep-label-at-factor-applies = Ka nevojë për teknologji ndihmëse
iep-label-at-factor-needs-device = Ka nevojë për një pajisje të teknologjisë ndihmëse
iep-label-at-factor-needs-service = Ka nevojë për një shërbim të teknologjisë ndihmëse
iep-label-at-factor-training-for = Trajnim i nevojshëm për
iep-label-at-factor-used-outside-school = Pajisja përdoret në shtëpi ose gjetkë

## TrainingRecipient

iep-training-recipient-student = Nxënësi
iep-training-recipient-parent = Prindi
iep-training-recipient-teacher = Mësuesi
iep-training-recipient-provider = Ofruesi i shërbimit

## BehaviorFactor

iep-label-behavior-factor-applies = Sjellja pengon të nxënit
iep-label-behavior-factor-bip-on = Plani i ndërhyrjes për sjelljen (BIP) u hartua më
iep-label-behavior-factor-fba-on = Vlerësimi funksional i sjelljes (FBA) u krye më
iep-label-behavior-factor-notes = Shënime

## EllFactor

iep-label-ell-factor-applies = Ka nevoja gjuhësore
iep-label-ell-factor-evaluated-bilingually = U vlerësua në mënyrë dygjuhëshe
iep-label-ell-factor-is-ell = Nxënës që mëson anglisht
iep-label-ell-factor-language-needs = Nevojat gjuhësore

## HearingFactor

iep-label-hearing-factor-applies = I shurdhër ose me dëgjim të dobët
iep-label-hearing-factor-communication-needs = Nevojat për komunikim
iep-label-hearing-factor-language-of-instruction = Gjuha e mësimdhënies
iep-label-hearing-factor-mode-of-communication = Gjuha dhe mënyra e komunikimit

## VisionFactor

iep-label-vision-factor-applies = I verbër ose me shikim të dobët
iep-label-vision-factor-braille-instruction = Mësimi i alfabetit Braj
iep-label-vision-factor-braille-not-appropriate-reason = Pse alfabeti Braj nuk është i përshtatshëm

## Postsecondary

iep-label-postsecondary-courses-of-study = Programi i studimeve
iep-label-postsecondary-early-start = Fillon më herët sepse
iep-label-postsecondary-goals = Qëllimet pas shkollës së mesme
iep-label-postsecondary-notes = Shënime për nevojat e tranzicionit
iep-label-postsecondary-transition-needs = Nevoja të tjera për tranzicion
iep-label-postsecondary-updated-on = Qëllimet u përditësuan për herë të fundit më

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = Nxënësi ka një qëllim të qartë
iep-early-transition-reason-needs-more-time = Nxënësi ka nevojë për më shumë kohë
iep-early-transition-reason-parent-request = Prindi e kërkoi

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Fusha
iep-label-postsecondary-goal-based-on = Bazuar në
iep-label-postsecondary-goal-goal = Qëllimi
iep-label-postsecondary-goal-student-preferences = Preferencat dhe interesat e nxënësit

## PostsecondaryArea

iep-postsecondary-area-education-training = Arsimimi dhe trajnimi
iep-postsecondary-area-employment = Punësimi
iep-postsecondary-area-independent-living = Jetesa e pavarur

## TransitionAssessment

iep-transition-assessment-vocational = Vlerësim i orientimit profesional (nxënësi, prindi, mësuesi)
iep-transition-assessment-postsecondary-education-skills = Vlerësim i aftësive për arsimin pas shkollës së mesme
iep-transition-assessment-interview = Intervistë me nxënësin ose prindin
iep-transition-assessment-strength-based = Vlerësim i bazuar në pikat e forta
iep-transition-assessment-teacher-observation = Vëzhgim nga mësuesi

## TransitionNeed

iep-transition-need-community-travel-help = Ndihmë nga një i rritur për të lëvizur në komunitet
iep-transition-need-functional-academics = Mësim funksional i leximit dhe i matematikës
iep-transition-need-self-advocacy = Aftësi për të mbrojtur interesat e veta
iep-transition-need-public-transportation = Përdorim i pavarur i transportit publik
iep-transition-need-independent-living = Aftësi për jetesë të pavarur
iep-transition-need-diploma-coursework = Kurse për një diplomë të rregullt
iep-transition-need-career-technical-courses = Kurse të arsimit profesional dhe teknik

## AnnualGoals

iep-label-annual-goals-goals = Qëllimet vjetore

## AnnualGoal

iep-label-annual-goal-condition = Kushti
iep-label-annual-goal-criterion = Kriteri
iep-label-annual-goal-method = Metoda e matjes
iep-label-annual-goal-need-area = Fusha e nevojës
iep-label-annual-goal-objective-kind = Objektivat afatshkurtra ose pikat referuese
iep-label-annual-goal-objectives = Hapat
iep-label-annual-goal-schedule = Orari i matjes
iep-label-annual-goal-skill = Aftësia

## GoalMethod

iep-goal-method-observation = Vëzhgim nga mësuesi ose ofruesi
iep-goal-method-work-samples = Mostra pune
iep-goal-method-curriculum-based-measurement = Matje e bazuar në kurrikulë
iep-goal-method-teacher-tests = Teste të hartuara nga mësuesi
iep-goal-method-data-collection = Tabelë ose regjistër të dhënash
iep-goal-method-rubric = Rubrikë vlerësimi
iep-goal-method-checklist = Listë kontrolli
iep-goal-method-standardized-assessment = Vlerësim i standardizuar
iep-goal-method-running-records = Regjistrime të leximit (running records)

## ObjectiveKind

iep-objective-kind-none = Asnjë
iep-objective-kind-short-term-objectives = Objektiva afatshkurtra
iep-objective-kind-benchmarks = Pika referuese

## Objective

iep-label-objective-by = Deri më
iep-label-objective-text = Objektivi ose pika referuese

## GoalSchedule

iep-goal-schedule-daily = Çdo ditë
iep-goal-schedule-weekly = Çdo javë
iep-goal-schedule-biweekly = Çdo dy javë
iep-goal-schedule-monthly = Çdo muaj
iep-goal-schedule-marking-period = Në çdo periudhë vlerësimi

## ProgressReporting

iep-label-progress-reporting-methods = Si
iep-label-progress-reporting-times-per-year = Raporte në vit
iep-label-progress-reporting-with-report-cards = Në kohën e dëftesave

## ReportMethod

iep-report-method-written-report = Raport me shkrim për përparimin
iep-report-method-conference = Takim prind-mësues
iep-report-method-phone = Telefonatë
iep-report-method-email = Posta elektronike

## ProgramsServices

iep-label-programs-services-assistive-technology = Pajisje dhe shërbime të teknologjisë ndihmëse
iep-label-programs-services-paraprofessionals = Paraprofesionistë të caktuar nga IEP
iep-label-programs-services-personnel-supports = Mbështetje për personelin e shkollës
iep-label-programs-services-physical-education = Edukimi fizik
iep-label-programs-services-programs = Programet e arsimit special
iep-label-programs-services-related-services = Shërbimet e lidhura
iep-label-programs-services-supplementary-aids = Ndihma plotësuese dhe modifikime të programit

## AssistiveTech

iep-label-assistive-tech-assessment-on = Vlerësimi për teknologjinë ndihmëse më
iep-label-assistive-tech-description = Përshkrimi
iep-label-assistive-tech-kind = Pajisje ose shërbim
iep-label-assistive-tech-level = Teknologji e thjeshtë ose e avancuar
iep-label-assistive-tech-used-in = Përdoret në

## AtKind

iep-at-kind-device = Pajisje
iep-at-kind-service = Shërbim

## TechLevel

iep-tech-level-low = Teknologji e thjeshtë (p.sh. mbajtëse lapsi, tabelë e pjerrët)
iep-tech-level-high = Teknologji e avancuar (p.sh. tablet, shndërrim i të folurit në tekst)

## UseSetting

iep-use-setting-classroom = Klasa
iep-use-setting-home = Shtëpia
iep-use-setting-other = Tjetër

## Paraprofessional

iep-label-paraprofessional-activities = Oraret dhe aktivitetet
iep-label-paraprofessional-bip-reviewed = Plani i ndërhyrjes për sjelljen (BIP) u shqyrtua më parë
iep-label-paraprofessional-para-type = Lloji
iep-label-paraprofessional-progress-monitoring = Monitorimi i përparimit
iep-label-paraprofessional-purpose = Qëllimi dhe nevoja
iep-label-paraprofessional-ratio = Raporti
iep-label-paraprofessional-responsibilities = Përgjegjësitë
iep-label-paraprofessional-skilled-nursing-referral = U bë referim për kujdes infermieror të kualifikuar
iep-label-paraprofessional-toileting = Përdorimi i tualetit
iep-label-paraprofessional-unsafe-traveler-assessed-on = U vlerësua se nuk mund të udhëtojë vetëm në mënyrë të sigurt më
iep-label-paraprofessional-urgent-care-condition = U tregua një gjendje që kërkon kujdes urgjent

## ParaActivity

iep-para-activity-all-classes = Të gjitha orët e mësimit
iep-para-activity-academic-classes = Orët e lëndëve akademike
iep-para-activity-related-services = Shërbimet e lidhura
iep-para-activity-lunch = Dreka
iep-para-activity-transitions = Kalimi ndërmjet orëve
iep-para-activity-arrival-dismissal = Mbërritja dhe largimi
iep-para-activity-field-trips = Ekskursionet shkollore

## ParaType

iep-para-type-behavior-support = Mbështetje për sjelljen (menaxhim krizash)
iep-para-type-health = Shëndeti
iep-para-type-toileting = Përdorimi i tualetit
iep-para-type-orientation-mobility = Orientimi dhe lëvizshmëria

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = I përbashkët

## ToiletingMode

iep-toileting-mode-toilet-training = Mësimi i përdorimit të tualetit
iep-toileting-mode-toileting-assistance = Ndihmë për përdorimin e tualetit

## PersonnelSupport

iep-label-personnel-support-description = Përshkrimi
iep-label-personnel-support-kind = Mbështetja
iep-label-personnel-support-provided-by = Ofrohet nga
iep-label-personnel-support-recipient = Për

## SupportKind

iep-support-kind-disability-information = Informacion për aftësinë e kufizuar
iep-support-kind-behavior-training = Trajnim për ndërhyrje pozitive në sjellje
iep-support-kind-sign-language = Trajnim për gjuhën e shenjave
iep-support-kind-curriculum-modifications = Ndihmë me modifikimet e kurrikulës
iep-support-kind-assistive-technology-training = Trajnim për teknologjinë ndihmëse të nxënësit
iep-support-kind-behavioral-consultation = Konsultim për sjelljen
iep-support-kind-para-training = Trajnim i paraprofesionistëve (shëndeti, ushqyerja, pozicionimi…)
iep-support-kind-testing-accommodation-training = Trajnim për zbatimin e përshtatjeve në testim
iep-support-kind-other = Tjetër

## StaffRole

iep-staff-role-teacher = Mësuesit
iep-staff-role-paraprofessional = Paraprofesionisti
iep-staff-role-provider = Ofruesit e shërbimeve të lidhura
iep-staff-role-other-staff = Personel tjetër i shkollës

## PeDetermination

iep-pe-determination-regular = Edukim fizik i rregullt
iep-pe-determination-regular-with-equipment = Edukim fizik i rregullt me pajisje të veçanta
iep-pe-determination-adapted = Edukim fizik i përshtatur (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = Shërbime gjithëpërfshirëse të Distriktit 75 (D75)
iep-label-program-recommendation-delivery = Brenda ose jashtë klasës
iep-label-program-recommendation-duration-minutes = Kohëzgjatja
iep-label-program-recommendation-frequency = Shpeshtësia
iep-label-program-recommendation-group = Individual ose në grup
iep-label-program-recommendation-group-size = Madhësia e grupit
iep-label-program-recommendation-language = Gjuha
iep-label-program-recommendation-location = Vendi
iep-label-program-recommendation-program = Programi
iep-label-program-recommendation-projected-start = Fillimi i parashikuar
iep-label-program-recommendation-ratio = Raporti i klasës
iep-label-program-recommendation-setting = Lloji i klasës
iep-label-program-recommendation-subject = Lënda

## Delivery

iep-delivery-push-in = Brenda klasës (push-in)
iep-delivery-pull-out = Jashtë klasës (pull-out)

## Period

iep-period-day = në ditë
iep-period-week = në javë
iep-period-month = në muaj

## GroupKind

iep-group-kind-individual = Individual
iep-group-kind-group = Në grup

## ProgramKind

iep-program-kind-consultant-teacher = Mësues konsulent
iep-program-kind-setss = Shërbime mbështetëse nga mësuesi i arsimit special (SETSS)
iep-program-kind-ict = Mësimdhënie e integruar me dy mësues (ICT)
iep-program-kind-special-class = Klasë speciale
iep-program-kind-travel-training = Trajnim për udhëtim
iep-program-kind-adapted-physical-education = Edukim fizik i përshtatur (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Shkollë e distriktit (Distriktet 1–32)
iep-class-setting-district-75 = Shkollë e specializuar (Distrikti 75)
iep-class-setting-non-public-school = Shkollë jopublike e miratuar nga NYSED

## Subject

iep-subject-ela = Gjuha dhe letërsia angleze (ELA)
iep-subject-math = Matematika
iep-subject-science = Shkencat
iep-subject-social-studies = Studimet shoqërore
iep-subject-world-language = Gjuhë e huaj
iep-subject-career-technical = Arsimi profesional dhe teknik
iep-subject-physical-education = Edukimi fizik
iep-subject-all-subjects = Të gjitha lëndët

## RelatedService

iep-label-related-service-delivery = Brenda ose jashtë klasës
iep-label-related-service-duration-minutes = Kohëzgjatja
iep-label-related-service-frequency = Shpeshtësia
iep-label-related-service-group = Individual ose në grup
iep-label-related-service-group-size = Madhësia e grupit
iep-label-related-service-initial = Rekomandimi fillestar
iep-label-related-service-language = Gjuha
iep-label-related-service-location = Vendi
iep-label-related-service-other-service = Shërbim tjetër
iep-label-related-service-prescription-received-on = Receta mjekësore u mor më
iep-label-related-service-projected-start = Fillimi i parashikuar
iep-label-related-service-separate-location = Vend i veçantë
iep-label-related-service-service = Shërbimi
iep-label-related-service-transition-service = Shërbim tranzicioni

## ServiceLocation

iep-service-location-general-education-classroom = Klasë e arsimit të përgjithshëm
iep-service-location-special-education-classroom = Klasë e arsimit special
iep-service-location-separate-location = Vend i veçantë

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Terapi e të folurit dhe e gjuhës
iep-related-service-type-occupational-therapy = Terapi okupacionale (OT)
iep-related-service-type-physical-therapy = Fizioterapi (PT)
iep-related-service-type-counseling = Këshillim
iep-related-service-type-parent-counseling-and-training = Këshillim dhe trajnim për prindërit
iep-related-service-type-assistive-technology-services = Shërbime të teknologjisë ndihmëse
iep-related-service-type-audiological = Shërbime audiologjike
iep-related-service-type-interpreting = Shërbime përkthimi (për nxënës të shurdhër ose me dëgjim të dobët)
iep-related-service-type-orientation-mobility = Orientimi dhe lëvizshmëria
iep-related-service-type-school-nurse = Shërbime të infermierit të shkollës
iep-related-service-type-vision-education = Shërbime arsimore për shikimin
iep-related-service-type-hearing-education = Shërbime arsimore për dëgjimin
iep-related-service-type-rehabilitation-counseling = Këshillim për rehabilitim
iep-related-service-type-social-work = Punë sociale në shkollë
iep-related-service-type-other = Shërbim tjetër zhvillimor, korrigjues ose mbështetës

## SupplementaryAid

iep-label-supplementary-aid-aid = Ndihma ose modifikimi
iep-label-supplementary-aid-applies-in = Ku dhe kur
iep-label-supplementary-aid-description = Përshkrimi
iep-label-supplementary-aid-projected-start = Fillimi i parashikuar

## AidKind

iep-aid-kind-note-taker = Person që mban shënime
iep-aid-kind-alternative-formats = Materiale mësimore në formate alternative
iep-aid-kind-extra-time-between-classes = Kohë shtesë ndërmjet orëve
iep-aid-kind-special-seating = Vend i veçantë për t'u ulur
iep-aid-kind-highlighted-work = Punë e theksuar ose me kode ngjyrash
iep-aid-kind-study-guides = Skica dhe udhëzues studimi
iep-aid-kind-study-carrel = Kabinë studimi
iep-aid-kind-behavior-plan = Plani i ndërhyrjes për sjelljen
iep-aid-kind-extra-time-for-assignments = Kohë shtesë për detyrat
iep-aid-kind-assignment-adaptations = Përshtatje të detyrave
iep-aid-kind-extended-pacing = Ritëm më i ngadaltë i mësimdhënies
iep-aid-kind-adapted-presentation = Paraqitje e përshtatur e përmbajtjes
iep-aid-kind-adapted-demonstration = Mënyra të përshtatura për të treguar çfarë ka mësuar
iep-aid-kind-other = Tjetër

## TwelveMonth

iep-label-twelve-month-areas = Fushat
iep-label-twelve-month-basis = U shqyrtua sepse
iep-label-twelve-month-details = Programi dhe mjedisi gjatë verës
iep-label-twelve-month-differs-from-school-year = Ndryshon nga shërbimet e vitit shkollor
iep-label-twelve-month-duration-minutes = Kohëzgjatja gjatë verës
iep-label-twelve-month-frequency = Shpeshtësia gjatë verës
iep-label-twelve-month-needed = Nevojiten shërbime 12-mujore

## EsyBasis

iep-esy-basis-substantial-regression = Regres i konsiderueshëm (8 javë ose më shumë për ta rikuperuar)
iep-esy-basis-severe-multiple-disabilities = Aftësi të kufizuara të shumëfishta të rënda
iep-esy-basis-residential = Program rezidencial
iep-esy-basis-home-hospital = Mësim në shtëpi ose në spital
iep-esy-basis-intensive-management-needs = Nevoja shumë intensive për menaxhim

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Përshtatjet për testimin
iep-label-testing-accommodations-none-recommended = Asnjë përshtatje për testimin

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Pushim çdo
iep-label-testing-accommodation-break-minutes = Kohëzgjatja e pushimit
iep-label-testing-accommodation-category = Përshtatja
iep-label-testing-accommodation-condition = Vetëm për
iep-label-testing-accommodation-extended-time = Kohë e zgjatur
iep-label-testing-accommodation-extra-direction-readings = Herë shtesë që lexohen udhëzimet
iep-label-testing-accommodation-group-size = Madhësia e grupit
iep-label-testing-accommodation-multiple-day-assurance-filed = U dorëzua garancia për testim në disa ditë
iep-label-testing-accommodation-read-mode = Testet lexohen nga
iep-label-testing-accommodation-read-scope = Shtrirja e leximit të testeve
iep-label-testing-accommodation-setting = Mjedisi
iep-label-testing-accommodation-specification = Specifikimi

## AccommodationCategory

iep-accommodation-category-extended-time = Kohë e zgjatur
iep-accommodation-category-breaks = Pushime
iep-accommodation-category-separate-setting = Vend ose dhomë e veçantë
iep-accommodation-category-directions-repeated = Udhëzimet lexohen ose jepen me shenja më shumë herë
iep-accommodation-category-tests-read = Leximi i testeve
iep-accommodation-category-multiple-day = Testim në disa ditë
iep-accommodation-category-special-equipment = Pajisje ose mobilie të veçanta
iep-accommodation-category-scribe = Përdorimi i një shkruesi
iep-accommodation-category-answers-in-booklet = Përgjigjet shënohen në fletoren e testit
iep-accommodation-category-calculator = Makinë llogaritëse
iep-accommodation-category-word-processor = Përpunues teksti
iep-accommodation-category-other = Tjetër

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Një herë e gjysmë më shumë kohë (1,5×)
iep-time-multiplier-double = Kohë e dyfishtë (2×)

## ReadMode

iep-read-mode-human-reader = Lexues (person)
iep-read-mode-text-to-speech = Shndërrim i tekstit në të folur
iep-read-mode-audio-recording = Regjistrim audio (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Përveç testeve të të kuptuarit të leximit
iep-read-scope-including-reading-comprehension = Përfshirë testet e të kuptuarit të leximit

## TestSetting

iep-test-setting-individual = Individualisht
iep-test-setting-small-group = Grup i vogël

## TransitionActivities

iep-label-transition-activities-activities = Aktivitetet
iep-label-transition-activities-functional-vocational-assessment-needed = Nevojitet vlerësim funksional profesional

## TransitionActivity

iep-label-transition-activity-activity = Aktiviteti
iep-label-transition-activity-area = Fusha
iep-label-transition-activity-outside-agency = Agjenci e jashtme
iep-label-transition-activity-parent-consent-to-invite = Prindi dha pëlqimin për ftesën e agjencisë
iep-label-transition-activity-responsible = Përgjegjësi (roli ose agjencia)
iep-label-transition-activity-starts-on = Fillon më

## TransitionArea

iep-transition-area-instruction = Mësimdhënia
iep-transition-area-related-services = Shërbimet e lidhura
iep-transition-area-community-experiences = Përvoja në komunitet
iep-transition-area-employment-adult-living = Punësimi dhe objektiva të tjera të jetës së të rriturit pas shkollës
iep-transition-area-daily-living-skills = Përvetësimi i aftësive të jetës së përditshme
iep-transition-area-functional-vocational-assessment = Vlerësim funksional profesional

## AssessmentParticipation

iep-label-assessment-participation-mode = Vlerësimi
iep-label-assessment-participation-severe-cognitive-disability = Aftësi e kufizuar njohëse e rëndë
iep-label-assessment-participation-specialized-program = Program shumë i specializuar
iep-label-assessment-participation-support-systems = Nevojiten sisteme mbështetëse
iep-label-assessment-participation-why-alternate = Pse vlerësimi alternativ është i përshtatshëm
iep-label-assessment-participation-why-not-regular = Pse jo vlerësimi i rregullt

## AssessmentMode

iep-assessment-mode-standard = Vlerësimet shtetërore dhe të distriktit (me përshtatjet për testimin, nëse ka)
iep-assessment-mode-nysaa = Vlerësimi Alternativ i Shtetit të Nju Jorkut (NYSAA)
iep-assessment-mode-district-alternate = Vlerësimi alternativ i distriktit (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Masa e mospjesëmarrjes
iep-label-gen-ed-participation-full-participation = Merr pjesë plotësisht
iep-label-gen-ed-participation-physical-education = Pjesëmarrja në edukimin fizik
iep-label-gen-ed-participation-removal-justification = Justifikimi për largimin

## Placement

iep-label-placement-deferral-consent-on = Pëlqimi me shkrim i prindit për shtyrjen u dha më
iep-label-placement-deferred = Vendosja u shty
iep-label-placement-health-treatment = Trajtim shëndetësor gjatë ditës së shkollës
iep-label-placement-language-determination = Përcaktimi i gjuhës (ELL)
iep-label-placement-language-of-instruction = Gjuha e mësimdhënies
iep-label-placement-lote-exempt = I përjashtuar nga kërkesa për gjuhë të huaj (LOTE)
iep-label-placement-medical-condition = Gjendja shëndetësore ndikon në shkollim
iep-label-placement-other-options = Mundësi të tjera të shqyrtuara
iep-label-placement-projected-initiation = Fillimi i parashikuar i IEP
iep-label-placement-promotion-criteria = Kriteret për kalimin e klasës
iep-label-placement-recommendation = Rekomandimi për vendosjen
iep-label-placement-special-transportation = Transport special
iep-label-placement-transportation-accommodations = Përshtatje në transport
iep-label-placement-transportation-reason = Arsyeja e transportit

## LanguageDetermination

iep-language-determination-enl-only = Vetëm anglishtja si gjuhë e re (ENL)
iep-language-determination-bilingual = Nevojiten shërbime mësimore dygjuhëshe

## OtherOption

iep-label-other-option-option = Mundësia
iep-label-other-option-rejected-because = Pse u refuzua

## PromotionCriteria

iep-promotion-criteria-standard = Standarde
iep-promotion-criteria-modified = Të modifikuara

## PlacementKind

iep-placement-kind-doe-non-specialized = Shkollë e NYC DOE, jo e specializuar (Distriktet 1–32)
iep-placement-kind-doe-specialized = Shkollë e specializuar e NYC DOE (Distrikti 75)
iep-placement-kind-nps-day = Shkollë jopublike e miratuar nga NYSED – ditore
iep-placement-kind-nps-residential = Shkollë jopublike e miratuar nga NYSED – rezidenciale
iep-placement-kind-nps-placed-by-acs = Shkollë jopublike e miratuar nga NYSED – vendosur nga ACS
iep-placement-kind-state4201-day = Shkollë jopublike e mbështetur nga Shteti i Nju Jorkut (4201) – ditore
iep-placement-kind-state4201-residential = Shkollë jopublike e mbështetur nga Shteti i Nju Jorkut (4201) – rezidenciale
iep-placement-kind-boces = Bordi i Shërbimeve Arsimore Bashkëpunuese (BOCES)
iep-placement-kind-charter-school = Shkollë çarter
iep-placement-kind-home-hospital = Mësim në shtëpi ose në spital

## TransportAccommodation

iep-transport-accommodation-door-to-door = Autobus derë më derë
iep-transport-accommodation-paraprofessional = Paraprofesionist transporti
iep-transport-accommodation-nursing = Infermier në autobus
iep-transport-accommodation-limited-travel-time = Kohë e kufizuar udhëtimi
iep-transport-accommodation-smaller-route = Itinerar me më pak nxënës
iep-transport-accommodation-climate-control = Kontroll i temperaturës
iep-transport-accommodation-lift = Platformë ngritëse
iep-transport-accommodation-wheelchair = Përshtatje për karrige me rrota
iep-transport-accommodation-safety-vest = Jelek sigurie ose karrige për makinë
iep-transport-accommodation-oxygen = Oksigjen
iep-transport-accommodation-ambulance = Ambulancë

## Vlera me një numër ose me përgjigje po/jo

# $times: sa herë (nga 1 deri në 40).
iep-frequency-day = { $times ->
    [one] një herë në ditë
   *[other] { $times } herë në ditë
}
# $times: sa herë (nga 1 deri në 40).
iep-frequency-week = { $times ->
    [one] një herë në javë
   *[other] { $times } herë në javë
}
# $times: sa herë (nga 1 deri në 40).
iep-frequency-month = { $times ->
    [one] një herë në muaj
   *[other] { $times } herë në muaj
}
# $count: një numër minutash.
iep-minutes = { $count ->
    [one] { $count } minutë
   *[other] { $count } minuta
}
# $count: sa nxënës ka në grup.
iep-group-of = { $count ->
    [one] grup prej { $count }
   *[other] grup prej { $count }
}
# $count: sa raporte përparimi në vit.
iep-times-per-year = { $count ->
    [one] një herë në vit
   *[other] { $count } herë në vit
}
# $count: sa herë (udhëzimet lexohen përsëri).
iep-times = { $count ->
    [one] një herë
   *[other] { $count } herë
}
iep-yes = Po
iep-no = Jo
iep-none-recorded = Nuk është regjistruar asgjë në këtë seksion.
