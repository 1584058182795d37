# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Rezilta evalyasyon ak kalifikasyon
iep-section-present-levels = Nivo pèfòmans aktyèl
iep-section-special-factors = Faktè espesyal
iep-section-postsecondary = Objektif apre lekòl segondè ak bezwen tranzisyon
iep-section-annual-goals = Objektif anyèl
iep-section-progress-reporting = Rapò sou pwogrè pou paran yo
iep-section-programs-services = Pwogram ak sèvis
iep-section-twelve-month = Sèvis 12 mwa
iep-section-testing-accommodations = Akomodasyon pou egzamen
iep-section-transition-activities = Aktivite tranzisyon kowòdone
iep-section-assessment-participation = Evalyasyon Eta a ak distri a
iep-section-gen-ed-participation = Patisipasyon ak elèv ki pa gen andikap
iep-section-placement = Lang, transpò ak plasman

## EvaluationSection

iep-label-evaluation-section-classification = Klasifikasyon andikap la
iep-label-evaluation-section-eligibility-notes = Diskisyon sou kalifikasyon
iep-label-evaluation-section-evaluations = Evalyasyon yo
iep-label-evaluation-section-justification-form-signed = Fòm jistifikasyon siyen (premye klasifikasyon ED oswa LD)

## Classification

iep-classification-autism = Otis
iep-classification-deaf-blindness = Soud ak avèg
iep-classification-deafness = Soud
iep-classification-emotional-disturbance = Twoub emosyonèl
iep-classification-hearing-impairment = Pwoblèm pou tande
iep-classification-learning-disability = Andikap aprantisaj
iep-classification-intellectual-disability = Andikap entelektyèl
iep-classification-multiple-disabilities = Plizyè andikap
iep-classification-orthopedic-impairment = Andikap òtopedik
iep-classification-other-health-impairment = Lòt pwoblèm sante
iep-classification-speech-or-language-impairment = Pwoblèm lapawòl oswa langaj
iep-classification-traumatic-brain-injury = Blesi twomatik nan sèvo
iep-classification-visual-impairment = Pwoblèm vizyon (sa gen ladan l avèg)

## Evaluation

iep-label-evaluation-date = Dat
iep-label-evaluation-evaluator = Evalyatè
iep-label-evaluation-kind = Kalite evalyasyon
iep-label-evaluation-summary = Rezime rezilta yo

## EvaluationKind

iep-evaluation-kind-psychoeducational = Evalyasyon sikoedikatif
iep-evaluation-kind-social-history = Istwa sosyal
iep-evaluation-kind-classroom-observation = Obsèvasyon nan klas
iep-evaluation-kind-speech-language = Evalyasyon lapawòl ak langaj
iep-evaluation-kind-occupational-therapy = Evalyasyon terapi okipasyonèl
iep-evaluation-kind-physical-therapy = Evalyasyon terapi fizik
iep-evaluation-kind-audiological = Evalyasyon odyolojik (odyogram)
iep-evaluation-kind-ophthalmological = Evalyasyon oftalmolojik
iep-evaluation-kind-orthopedic = Evalyasyon òtopedik
iep-evaluation-kind-neurological = Evalyasyon newolojik
iep-evaluation-kind-medical = Lòt evalyasyon medikal
iep-evaluation-kind-adaptive-behavior-scale = Echèl konpòtman adaptatif
iep-evaluation-kind-functional-behavioral-assessment = Evalyasyon fonksyonèl konpòtman (FBA)
iep-evaluation-kind-vocational = Evalyasyon oryantasyon pwofesyonèl
iep-evaluation-kind-assistive-technology = Evalyasyon teknoloji asistans
iep-evaluation-kind-bilingual = Evalyasyon bileng
iep-evaluation-kind-psychiatric = Evalyasyon sikyatrik
iep-evaluation-kind-independent = Evalyasyon endepandan paran an bay

## PresentLevels

iep-label-present-levels-accessible-program-required = Bezwen yon pwogram aksesib
iep-label-present-levels-areas = Pwen fò ak bezwen pa domèn
iep-label-present-levels-ell-language-impact = Efè lang lan (ELL)
iep-label-present-levels-needs = Lis bezwen yo
iep-label-present-levels-parent-concerns = Enkyetid paran an
iep-label-present-levels-testing-accommodation-considerations = Konsiderasyon sou akomodasyon pou egzamen

## AreaLevels

iep-label-area-levels-area = Domèn
iep-label-area-levels-needs = Bezwen
iep-label-area-levels-strengths = Pwen fò

## NeedArea

iep-need-area-reading = Lekti
iep-need-area-writing = Ekriti
iep-need-area-math = Matematik
iep-need-area-speech-language = Lapawòl ak langaj
iep-need-area-social-emotional = Sosyal ak emosyonèl
iep-need-area-behavior = Konpòtman
iep-need-area-fine-motor = Motrisite fen
iep-need-area-gross-motor = Motrisite global
iep-need-area-adaptive-daily-living = Konpòtman adaptatif ak lavi chak jou
iep-need-area-transition = Tranzisyon

## Need

iep-label-need-area = Domèn
iep-label-need-description = Bezwen

## SpecialFactors

iep-label-special-factors-assistive-technology = Teknoloji asistans
iep-label-special-factors-behavior = Konpòtman
iep-label-special-factors-ell = Elèv k ap aprann angle
iep-label-special-factors-hearing = Soud oswa pa tande byen
iep-label-special-factors-vision = Avèg oswa pwoblèm vizyon

## AtFactor

iep-label-at-factor-applies = Bezwen teknoloji asistans
iep-label-at-factor-needs-device = Bezwen yon aparèy teknoloji asistans
iep-label-at-factor-needs-service = Bezwen yon sèvis teknoloji asistans
iep-label-at-factor-training-for = Fòmasyon ki nesesè pou
iep-label-at-factor-used-outside-school = Aparèy la itilize lakay oswa lòt kote

## TrainingRecipient

iep-training-recipient-student = Elèv
iep-training-recipient-parent = Paran
iep-training-recipient-teacher = Pwofesè
iep-training-recipient-provider = Founisè sèvis

## BehaviorFactor

iep-label-behavior-factor-applies = Konpòtman an anpeche l aprann
iep-label-behavior-factor-bip-on = Dat yo elabore Plan Entèvansyon Konpòtman (BIP) a
iep-label-behavior-factor-fba-on = Dat yo fè Evalyasyon Fonksyonèl Konpòtman (FBA) a
iep-label-behavior-factor-notes = Nòt

## EllFactor

iep-label-ell-factor-applies = Gen bezwen lang
iep-label-ell-factor-evaluated-bilingually = Yo evalye l an de lang
iep-label-ell-factor-is-ell = Elèv k ap aprann angle
iep-label-ell-factor-language-needs = Bezwen lang

## HearingFactor

iep-label-hearing-factor-applies = Soud oswa pa tande byen
iep-label-hearing-factor-communication-needs = Bezwen kominikasyon
iep-label-hearing-factor-language-of-instruction = Lang enstriksyon
iep-label-hearing-factor-mode-of-communication = Lang ak mòd kominikasyon

## VisionFactor

iep-label-vision-factor-applies = Avèg oswa pa wè byen
iep-label-vision-factor-braille-instruction = Enstriksyon an Bray
iep-label-vision-factor-braille-not-appropriate-reason = Poukisa Bray pa apwopriye

## Postsecondary

iep-label-postsecondary-courses-of-study = Pwogram etid
iep-label-postsecondary-early-start = Kòmanse bonè paske
iep-label-postsecondary-goals = Objektif apre lekòl segondè
iep-label-postsecondary-notes = Nòt sou bezwen tranzisyon
iep-label-postsecondary-transition-needs = Lòt bezwen tranzisyon
iep-label-postsecondary-updated-on = Dènye dat yo mete objektif yo ajou

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = Elèv la gen yon objektif klè
iep-early-transition-reason-needs-more-time = Elèv la bezwen plis tan
iep-early-transition-reason-parent-request = Paran an te mande l

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Domèn
iep-label-postsecondary-goal-based-on = Baze sou
iep-label-postsecondary-goal-goal = Objektif
iep-label-postsecondary-goal-student-preferences = Preferans ak enterè elèv la

## PostsecondaryArea

iep-postsecondary-area-education-training = Edikasyon ak fòmasyon
iep-postsecondary-area-employment = Travay
iep-postsecondary-area-independent-living = Lavi endepandan

## TransitionAssessment

iep-transition-assessment-vocational = Evalyasyon oryantasyon pwofesyonèl (elèv, paran, pwofesè)
iep-transition-assessment-postsecondary-education-skills = Evalyasyon konpetans pou edikasyon apre lekòl segondè
iep-transition-assessment-interview = Entèvyou ak elèv la oswa paran an
iep-transition-assessment-strength-based = Evalyasyon ki baze sou pwen fò
iep-transition-assessment-teacher-observation = Obsèvasyon pwofesè a

## TransitionNeed

iep-transition-need-community-travel-help = Èd yon granmoun pou deplase nan kominote a
iep-transition-need-functional-academics = Enstriksyon fonksyonèl nan lekti ak matematik
iep-transition-need-self-advocacy = Konpetans pou defann pwòp enterè li
iep-transition-need-public-transportation = Itilize transpò piblik poukont li
iep-transition-need-independent-living = Konpetans pou viv poukont li
iep-transition-need-diploma-coursework = Kou pou yon diplòm regilye
iep-transition-need-career-technical-courses = Kou edikasyon pwofesyonèl ak teknik

## AnnualGoals

iep-label-annual-goals-goals = Objektif anyèl

## AnnualGoal

iep-label-annual-goal-condition = Kondisyon
iep-label-annual-goal-criterion = Kritè
iep-label-annual-goal-method = Metòd pou mezire
iep-label-annual-goal-need-area = Domèn bezwen
iep-label-annual-goal-objective-kind = Objektif kout tèm oswa etap referans
iep-label-annual-goal-objectives = Etap
iep-label-annual-goal-schedule = Orè pou mezire
iep-label-annual-goal-skill = Konpetans

## GoalMethod

iep-goal-method-observation = Obsèvasyon pwofesè a oswa founisè a
iep-goal-method-work-samples = Echantiyon travay
iep-goal-method-curriculum-based-measurement = Mezi ki baze sou kourikoulòm nan
iep-goal-method-teacher-tests = Tès pwofesè a fè
iep-goal-method-data-collection = Tablo oswa kont done
iep-goal-method-rubric = Grij evalyasyon (ribrik)
iep-goal-method-checklist = Lis verifikasyon
iep-goal-method-standardized-assessment = Evalyasyon estanda
iep-goal-method-running-records = Dosye lekti (running records)

## ObjectiveKind

iep-objective-kind-none = Okenn
iep-objective-kind-short-term-objectives = Objektif kout tèm
iep-objective-kind-benchmarks = Etap referans

## Objective

iep-label-objective-by = Anvan
iep-label-objective-text = Objektif oswa etap referans

## GoalSchedule

iep-goal-schedule-daily = Chak jou
iep-goal-schedule-weekly = Chak semèn
iep-goal-schedule-biweekly = Chak de semèn
iep-goal-schedule-monthly = Chak mwa
iep-goal-schedule-marking-period = Chak peryòd nòt

## ProgressReporting

iep-label-progress-reporting-methods = Kijan
iep-label-progress-reporting-times-per-year = Rapò pa ane
iep-label-progress-reporting-with-report-cards = Lè yo bay kanè yo

## ReportMethod

iep-report-method-written-report = Rapò pwogrè alekri
iep-report-method-conference = Reyinyon paran ak pwofesè
iep-report-method-phone = Apèl telefòn
iep-report-method-email = Imèl

## ProgramsServices

iep-label-programs-services-assistive-technology = Aparèy ak sèvis teknoloji asistans
iep-label-programs-services-paraprofessionals = Paraprofesyonèl IEP a asiyen
iep-label-programs-services-personnel-supports = Sipò pou anplwaye lekòl la
iep-label-programs-services-physical-education = Edikasyon fizik
iep-label-programs-services-programs = Pwogram edikasyon espesyal
iep-label-programs-services-related-services = Sèvis ki gen rapò
iep-label-programs-services-supplementary-aids = Èd siplemantè ak modifikasyon pwogram

## AssistiveTech

iep-label-assistive-tech-assessment-on = Dat evalyasyon teknoloji asistans
iep-label-assistive-tech-description = Deskripsyon
iep-label-assistive-tech-kind = Aparèy oswa sèvis
iep-label-assistive-tech-level = Teknoloji senp oswa avanse
iep-label-assistive-tech-used-in = Kote yo itilize l

## AtKind

iep-at-kind-device = Aparèy
iep-at-kind-service = Sèvis

## TechLevel

iep-tech-level-low = Teknoloji senp (egzanp: gidwèt pou kreyon, tablo enkline)
iep-tech-level-high = Teknoloji avanse (egzanp: tablèt, lapawòl an tèks)

## UseSetting

iep-use-setting-classroom = Klas
iep-use-setting-home = Lakay
iep-use-setting-other = Lòt

## Paraprofessional

iep-label-paraprofessional-activities = Lè ak aktivite
iep-label-paraprofessional-bip-reviewed = Yo revize BIP la anvan
iep-label-paraprofessional-para-type = Kalite
iep-label-paraprofessional-progress-monitoring = Swivi pwogrè
iep-label-paraprofessional-purpose = Objektif ak bezwen
iep-label-paraprofessional-ratio = Pwopòsyon
iep-label-paraprofessional-responsibilities = Responsablite
iep-label-paraprofessional-skilled-nursing-referral = Yo fè yon referans pou swen enfimyè kalifye
iep-label-paraprofessional-toileting = Itilizasyon twalèt
iep-label-paraprofessional-unsafe-traveler-assessed-on = Dat yo evalye li pa ka vwayaje poukont li san danje
iep-label-paraprofessional-urgent-care-condition = Yo endike yon kondisyon ki mande swen ijan

## ParaActivity

iep-para-activity-all-classes = Tout klas yo
iep-para-activity-academic-classes = Klas akademik
iep-para-activity-related-services = Sèvis ki gen rapò
iep-para-activity-lunch = Manje midi
iep-para-activity-transitions = Chanjman ant klas yo
iep-para-activity-arrival-dismissal = Arive ak sòti lekòl
iep-para-activity-field-trips = Sòti edikatif

## ParaType

iep-para-type-behavior-support = Sipò pou konpòtman (jesyon kriz)
iep-para-type-health = Sante
iep-para-type-toileting = Itilizasyon twalèt
iep-para-type-orientation-mobility = Oryantasyon ak mobilite

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Pataje

## ToiletingMode

iep-toileting-mode-toilet-training = Aprann itilize twalèt
iep-toileting-mode-toileting-assistance = Èd pou itilize twalèt

## PersonnelSupport

iep-label-personnel-support-description = Deskripsyon
iep-label-personnel-support-kind = Sipò
iep-label-personnel-support-provided-by = Bay pa
iep-label-personnel-support-recipient = Pou

## SupportKind

iep-support-kind-disability-information = Enfòmasyon sou andikap la
iep-support-kind-behavior-training = Fòmasyon sou entèvansyon pozitif pou konpòtman
iep-support-kind-sign-language = Fòmasyon nan lang siy
iep-support-kind-curriculum-modifications = Èd pou modifye kourikoulòm nan
iep-support-kind-assistive-technology-training = Fòmasyon sou teknoloji asistans elèv la
iep-support-kind-behavioral-consultation = Konsiltasyon sou konpòtman
iep-support-kind-para-training = Fòmasyon pou paraprofesyonèl (sante, manje, pozisyon…)
iep-support-kind-testing-accommodation-training = Fòmasyon pou bay akomodasyon pou egzamen
iep-support-kind-other = Lòt

## StaffRole

iep-staff-role-teacher = Pwofesè yo
iep-staff-role-paraprofessional = Paraprofesyonèl
iep-staff-role-provider = Founisè sèvis ki gen rapò
iep-staff-role-other-staff = Lòt anplwaye lekòl la

## PeDetermination

iep-pe-determination-regular = Edikasyon fizik regilye
iep-pe-determination-regular-with-equipment = Edikasyon fizik regilye ak ekipman espesyal
iep-pe-determination-adapted = Edikasyon fizik adapte (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = Sèvis enklizif Distri 75 (D75)
iep-label-program-recommendation-delivery = Nan klas la oswa andeyò klas la
iep-label-program-recommendation-duration-minutes = Dire
iep-label-program-recommendation-frequency = Frekans
iep-label-program-recommendation-group = Endividyèl oswa an gwoup
iep-label-program-recommendation-group-size = Gwosè gwoup la
iep-label-program-recommendation-language = Lang
iep-label-program-recommendation-location = Kote
iep-label-program-recommendation-program = Pwogram
iep-label-program-recommendation-projected-start = Dat kòmansman prevwa
iep-label-program-recommendation-ratio = Pwopòsyon klas la
iep-label-program-recommendation-setting = Kalite klas
iep-label-program-recommendation-subject = Matyè

## Delivery

iep-delivery-push-in = Nan klas la (push-in)
iep-delivery-pull-out = Andeyò klas la (pull-out)

## Period

iep-period-day = pa jou
iep-period-week = pa semèn
iep-period-month = pa mwa

## GroupKind

iep-group-kind-individual = Endividyèl
iep-group-kind-group = An gwoup

## ProgramKind

iep-program-kind-consultant-teacher = Pwofesè konsiltan
iep-program-kind-setss = Sèvis Sipò Pwofesè Edikasyon Espesyal (SETSS)
iep-program-kind-ict = Ko-ansèyman entegre (ICT)
iep-program-kind-special-class = Klas espesyal
iep-program-kind-travel-training = Fòmasyon pou vwayaje
iep-program-kind-adapted-physical-education = Edikasyon fizik adapte (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Lekòl distri (Distri 1–32)
iep-class-setting-district-75 = Lekòl espesyalize (Distri 75)
iep-class-setting-non-public-school = Lekòl ki pa piblik NYSED apwouve

## Subject

iep-subject-ela = Atizay Lang Angle (ELA)
iep-subject-math = Matematik
iep-subject-science = Syans
iep-subject-social-studies = Syans sosyal
iep-subject-world-language = Lang etranje
iep-subject-career-technical = Edikasyon pwofesyonèl ak teknik
iep-subject-physical-education = Edikasyon fizik
iep-subject-all-subjects = Tout matyè yo

## RelatedService

iep-label-related-service-delivery = Nan klas la oswa andeyò klas la
iep-label-related-service-duration-minutes = Dire
iep-label-related-service-frequency = Frekans
iep-label-related-service-group = Endividyèl oswa an gwoup
iep-label-related-service-group-size = Gwosè gwoup la
iep-label-related-service-initial = Premye rekòmandasyon
iep-label-related-service-language = Lang
iep-label-related-service-location = Kote
iep-label-related-service-other-service = Lòt sèvis
iep-label-related-service-prescription-received-on = Dat yo resevwa preskripsyon an
iep-label-related-service-projected-start = Dat kòmansman prevwa
iep-label-related-service-separate-location = Kote separe
iep-label-related-service-service = Sèvis
iep-label-related-service-transition-service = Sèvis tranzisyon

## ServiceLocation

iep-service-location-general-education-classroom = Klas edikasyon jeneral
iep-service-location-special-education-classroom = Klas edikasyon espesyal
iep-service-location-separate-location = Kote separe

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Terapi lapawòl ak langaj
iep-related-service-type-occupational-therapy = Terapi okipasyonèl (OT)
iep-related-service-type-physical-therapy = Terapi fizik (PT)
iep-related-service-type-counseling = Sèvis konsèy
iep-related-service-type-parent-counseling-and-training = Konsèy ak fòmasyon pou paran
iep-related-service-type-assistive-technology-services = Sèvis teknoloji asistans
iep-related-service-type-audiological = Sèvis odyoloji
iep-related-service-type-interpreting = Sèvis entèpretasyon (pou moun ki soud oswa ki pa tande byen)
iep-related-service-type-orientation-mobility = Oryantasyon ak mobilite
iep-related-service-type-school-nurse = Sèvis enfimyè lekòl
iep-related-service-type-vision-education = Sèvis edikasyon pou vizyon
iep-related-service-type-hearing-education = Sèvis edikasyon pou tande
iep-related-service-type-rehabilitation-counseling = Konsèy pou reyadaptasyon
iep-related-service-type-social-work = Travay sosyal lekòl
iep-related-service-type-other = Lòt sèvis pou devlopman, koreksyon oswa sipò

## SupplementaryAid

iep-label-supplementary-aid-aid = Èd oswa modifikasyon
iep-label-supplementary-aid-applies-in = Ki kote ak kilè
iep-label-supplementary-aid-description = Deskripsyon
iep-label-supplementary-aid-projected-start = Dat kòmansman prevwa

## AidKind

iep-aid-kind-note-taker = Moun ki pran nòt
iep-aid-kind-alternative-formats = Materyèl enstriksyon nan lòt fòma
iep-aid-kind-extra-time-between-classes = Plis tan ant klas yo
iep-aid-kind-special-seating = Plas espesyal pou chita
iep-aid-kind-highlighted-work = Travay ki make ak koulè oswa ki souliye
iep-aid-kind-study-guides = Plan ak gid etid
iep-aid-kind-study-carrel = Ti espas etid izole
iep-aid-kind-behavior-plan = Plan entèvansyon konpòtman
iep-aid-kind-extra-time-for-assignments = Plis tan pou devwa yo
iep-aid-kind-assignment-adaptations = Adaptasyon devwa yo
iep-aid-kind-extended-pacing = Enstriksyon nan yon ritm pi dousman
iep-aid-kind-adapted-presentation = Prezantasyon kontni an adapte
iep-aid-kind-adapted-demonstration = Fason adapte pou montre sa li aprann
iep-aid-kind-other = Lòt

## TwelveMonth

iep-label-twelve-month-areas = Domèn
iep-label-twelve-month-basis = Yo konsidere l paske
iep-label-twelve-month-details = Pwogram ete ak kalite klas
iep-label-twelve-month-differs-from-school-year = Diferan de sèvis ane lekòl la
iep-label-twelve-month-duration-minutes = Dire pandan ete
iep-label-twelve-month-frequency = Frekans pandan ete
iep-label-twelve-month-needed = Bezwen sèvis 12 mwa

## EsyBasis

iep-esy-basis-substantial-regression = Gwo regresyon (8 semèn oswa plis pou rekipere)
iep-esy-basis-severe-multiple-disabilities = Plizyè andikap grav
iep-esy-basis-residential = Pwogram rezidansyèl
iep-esy-basis-home-hospital = Enstriksyon lakay oswa lopital
iep-esy-basis-intensive-management-needs = Bezwen jesyon ki trè entans

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Akomodasyon pou egzamen
iep-label-testing-accommodations-none-recommended = Pa gen akomodasyon pou egzamen

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Poz chak
iep-label-testing-accommodation-break-minutes = Dire poz la
iep-label-testing-accommodation-category = Akomodasyon
iep-label-testing-accommodation-condition = Sèlman pou
iep-label-testing-accommodation-extended-time = Tan siplemantè
iep-label-testing-accommodation-extra-direction-readings = Konbyen fwa anplis yo li enstriksyon yo
iep-label-testing-accommodation-group-size = Gwosè gwoup la
iep-label-testing-accommodation-multiple-day-assurance-filed = Garanti pou egzamen sou plizyè jou depoze
iep-label-testing-accommodation-read-mode = Moun ki li tès yo
iep-label-testing-accommodation-read-scope = Limit lekti tès yo
iep-label-testing-accommodation-setting = Anviwònman
iep-label-testing-accommodation-specification = Presizyon

## AccommodationCategory

iep-accommodation-category-extended-time = Tan siplemantè
iep-accommodation-category-breaks = Poz
iep-accommodation-category-separate-setting = Kote oswa sal separe
iep-accommodation-category-directions-repeated = Yo li enstriksyon yo oswa fè yo an lang siy plis fwa
iep-accommodation-category-tests-read = Lekti tès yo
iep-accommodation-category-multiple-day = Egzamen sou plizyè jou
iep-accommodation-category-special-equipment = Ekipman oswa mèb espesyal
iep-accommodation-category-scribe = Yon moun ki ekri pou elèv la
iep-accommodation-category-answers-in-booklet = Repons yo ekri nan kaye egzamen an
iep-accommodation-category-calculator = Kalkilatris
iep-accommodation-category-word-processor = Pwosesè tèks
iep-accommodation-category-other = Lòt

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Tan ak mwatye (1.5×)
iep-time-multiplier-double = Tan doub (2×)

## ReadMode

iep-read-mode-human-reader = Yon moun ki li
iep-read-mode-text-to-speech = Tèks an lapawòl
iep-read-mode-audio-recording = Anrejistreman odyo (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Eksepte tès konpreyansyon lekti
iep-read-scope-including-reading-comprehension = Enkli tès konpreyansyon lekti

## TestSetting

iep-test-setting-individual = Endividyèlman
iep-test-setting-small-group = Ti gwoup

## TransitionActivities

iep-label-transition-activities-activities = Aktivite
iep-label-transition-activities-functional-vocational-assessment-needed = Bezwen yon evalyasyon pwofesyonèl fonksyonèl

## TransitionActivity

iep-label-transition-activity-activity = Aktivite
iep-label-transition-activity-area = Domèn
iep-label-transition-activity-outside-agency = Ajans deyò
iep-label-transition-activity-parent-consent-to-invite = Paran an dakò pou yo envite ajans lan
iep-label-transition-activity-responsible = Responsab (wòl oswa ajans)
iep-label-transition-activity-starts-on = Dat li kòmanse

## TransitionArea

iep-transition-area-instruction = Enstriksyon
iep-transition-area-related-services = Sèvis ki gen rapò
iep-transition-area-community-experiences = Eksperyans nan kominote a
iep-transition-area-employment-adult-living = Travay ak lòt objektif lavi granmoun apre lekòl
iep-transition-area-daily-living-skills = Aprann konpetans pou lavi chak jou
iep-transition-area-functional-vocational-assessment = Evalyasyon pwofesyonèl fonksyonèl

## AssessmentParticipation

iep-label-assessment-participation-mode = Evalyasyon
iep-label-assessment-participation-severe-cognitive-disability = Andikap kognitif grav
iep-label-assessment-participation-specialized-program = Pwogram trè espesyalize
iep-label-assessment-participation-support-systems = Bezwen sistèm sipò
iep-label-assessment-participation-why-alternate = Poukisa evalyasyon altènatif la apwopriye
iep-label-assessment-participation-why-not-regular = Poukisa se pa evalyasyon regilye a

## AssessmentMode

iep-assessment-mode-standard = Evalyasyon Eta a ak distri a (ak akomodasyon pou egzamen si genyen)
iep-assessment-mode-nysaa = Evalyasyon Altènatif Eta New York (NYSAA)
iep-assessment-mode-district-alternate = Evalyasyon altènatif distri a (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Nivo non-patisipasyon
iep-label-gen-ed-participation-full-participation = Patisipe nèt
iep-label-gen-ed-participation-physical-education = Patisipasyon nan edikasyon fizik
iep-label-gen-ed-participation-removal-justification = Jistifikasyon pou retire l

## Placement

iep-label-placement-deferral-consent-on = Dat paran an bay konsantman alekri pou ranvwa a
iep-label-placement-deferred = Plasman ranvwaye
iep-label-placement-health-treatment = Tretman sante pandan jounen lekòl la
iep-label-placement-language-determination = Detèminasyon lang (ELL)
iep-label-placement-language-of-instruction = Lang enstriksyon
iep-label-placement-lote-exempt = Egzante de egzijans lang etranje (LOTE)
iep-label-placement-medical-condition = Yon kondisyon medikal afekte lekòl
iep-label-placement-other-options = Lòt opsyon yo te konsidere
iep-label-placement-projected-initiation = Dat kòmansman IEP a prevwa
iep-label-placement-promotion-criteria = Kritè pou pase klas
iep-label-placement-recommendation = Rekòmandasyon plasman
iep-label-placement-special-transportation = Transpò espesyal
iep-label-placement-transportation-accommodations = Akomodasyon pou transpò
iep-label-placement-transportation-reason = Rezon pou transpò a

## LanguageDetermination

iep-language-determination-enl-only = Angle kòm Nouvo Lang (ENL) sèlman
iep-language-determination-bilingual = Bezwen sèvis enstriksyon bileng

## OtherOption

iep-label-other-option-option = Opsyon
iep-label-other-option-rejected-because = Poukisa yo rejte l

## PromotionCriteria

iep-promotion-criteria-standard = Estanda
iep-promotion-criteria-modified = Modifye

## PlacementKind

iep-placement-kind-doe-non-specialized = Lekòl NYC DOE ki pa espesyalize (Distri 1–32)
iep-placement-kind-doe-specialized = Lekòl espesyalize NYC DOE (Distri 75)
iep-placement-kind-nps-day = Lekòl ki pa piblik NYSED apwouve – lajounen
iep-placement-kind-nps-residential = Lekòl ki pa piblik NYSED apwouve – rezidansyèl
iep-placement-kind-nps-placed-by-acs = Lekòl ki pa piblik NYSED apwouve – ACS plase elèv la
iep-placement-kind-state4201-day = Lekòl ki pa piblik Eta New York sipòte (4201) – lajounen
iep-placement-kind-state4201-residential = Lekòl ki pa piblik Eta New York sipòte (4201) – rezidansyèl
iep-placement-kind-boces = Konsèy Sèvis Edikatif Kooperatif (BOCES)
iep-placement-kind-charter-school = Lekòl charter
iep-placement-kind-home-hospital = Enstriksyon lakay oswa lopital

## TransportAccommodation

iep-transport-accommodation-door-to-door = Bis pòt an pòt
iep-transport-accommodation-paraprofessional = Paraprofesyonèl transpò
iep-transport-accommodation-nursing = Enfimyè nan bis la
iep-transport-accommodation-limited-travel-time = Tan vwayaj limite
iep-transport-accommodation-smaller-route = Wout ak mwens elèv
iep-transport-accommodation-climate-control = Kontwòl tanperati
iep-transport-accommodation-lift = Platfòm elevatè
iep-transport-accommodation-wheelchair = Aranjman pou chèz woulant
iep-transport-accommodation-safety-vest = Vès sekirite oswa chèz machin
iep-transport-accommodation-oxygen = Oksijèn
iep-transport-accommodation-ambulance = Anbilans

## Valè ki gen yon chif oswa yon repons wi/non

# $times: konbyen fwa (1 rive 40).
iep-frequency-day = { $times ->
    [one] yon fwa pa jou
   *[other] { $times } fwa pa jou
}
# $times: konbyen fwa (1 rive 40).
iep-frequency-week = { $times ->
    [one] yon fwa pa semèn
   *[other] { $times } fwa pa semèn
}
# $times: konbyen fwa (1 rive 40).
iep-frequency-month = { $times ->
    [one] yon fwa pa mwa
   *[other] { $times } fwa pa mwa
}
# $count: yon kantite minit.
iep-minutes = { $count ->
    [one] { $count } minit
   *[other] { $count } minit
}
# $count: konbyen elèv ki nan gwoup la.
iep-group-of = { $count ->
    [one] gwoup { $count } elèv
   *[other] gwoup { $count } elèv
}
# $count: konbyen rapò pwogrè pa ane.
iep-times-per-year = { $count ->
    [one] yon fwa pa ane
   *[other] { $count } fwa pa ane
}
# $count: konbyen fwa (yo li enstriksyon yo ankò).
iep-times = { $count ->
    [one] yon fwa
   *[other] { $count } fwa
}
iep-yes = Wi
iep-no = Non
iep-none-recorded = Pa gen anyen ki anrejistre nan seksyon sa a.
