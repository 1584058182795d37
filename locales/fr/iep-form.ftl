# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Résultats des évaluations et admissibilité
iep-section-present-levels = Niveaux actuels de performance
iep-section-special-factors = Facteurs particuliers
iep-section-postsecondary = Objectifs postsecondaires et besoins de transition
iep-section-annual-goals = Objectifs annuels
iep-section-progress-reporting = Communication des progrès aux parents
iep-section-programs-services = Programmes et services
iep-section-twelve-month = Services sur 12 mois
iep-section-testing-accommodations = Aménagements pour les examens
iep-section-transition-activities = Activités de transition coordonnées
iep-section-assessment-participation = Évaluations de l'État et du district
iep-section-gen-ed-participation = Participation avec des élèves non handicapés
iep-section-placement = Langue, transport et placement

## EvaluationSection

iep-label-evaluation-section-classification = Classification du handicap
iep-label-evaluation-section-eligibility-notes = Discussion de l'admissibilité
iep-label-evaluation-section-evaluations = Évaluations
iep-label-evaluation-section-justification-form-signed = Formulaire de justification signé (classification initiale ED ou LD)

## Classification

iep-classification-autism = Autisme
iep-classification-deaf-blindness = Surdicécité
iep-classification-deafness = Surdité
iep-classification-emotional-disturbance = Trouble émotionnel
iep-classification-hearing-impairment = Déficience auditive
iep-classification-learning-disability = Trouble d'apprentissage
iep-classification-intellectual-disability = Déficience intellectuelle
iep-classification-multiple-disabilities = Handicaps multiples
iep-classification-orthopedic-impairment = Déficience orthopédique
iep-classification-other-health-impairment = Autre problème de santé
iep-classification-speech-or-language-impairment = Trouble de la parole ou du langage
iep-classification-traumatic-brain-injury = Lésion cérébrale traumatique
iep-classification-visual-impairment = Déficience visuelle (y compris la cécité)

## Evaluation

iep-label-evaluation-date = Date
iep-label-evaluation-evaluator = Évaluateur
iep-label-evaluation-kind = Type d'évaluation
iep-label-evaluation-summary = Résumé des résultats

## EvaluationKind

iep-evaluation-kind-psychoeducational = Évaluation psychopédagogique
iep-evaluation-kind-social-history = Histoire sociale
iep-evaluation-kind-classroom-observation = Observation en classe
iep-evaluation-kind-speech-language = Évaluation de la parole et du langage
iep-evaluation-kind-occupational-therapy = Évaluation en ergothérapie
iep-evaluation-kind-physical-therapy = Évaluation en physiothérapie
iep-evaluation-kind-audiological = Évaluation audiologique (audiogramme)
iep-evaluation-kind-ophthalmological = Évaluation ophtalmologique
iep-evaluation-kind-orthopedic = Évaluation orthopédique
iep-evaluation-kind-neurological = Évaluation neurologique
iep-evaluation-kind-medical = Autre évaluation médicale
iep-evaluation-kind-adaptive-behavior-scale = Échelle de comportement adaptatif
iep-evaluation-kind-functional-behavioral-assessment = Évaluation fonctionnelle du comportement (FBA)
iep-evaluation-kind-vocational = Évaluation d'orientation professionnelle
iep-evaluation-kind-assistive-technology = Évaluation en technologie d'assistance
iep-evaluation-kind-bilingual = Évaluation bilingue
iep-evaluation-kind-psychiatric = Évaluation psychiatrique
iep-evaluation-kind-independent = Évaluation indépendante fournie par le parent

## PresentLevels

iep-label-present-levels-accessible-program-required = Programme accessible requis
iep-label-present-levels-areas = Points forts et besoins par domaine
iep-label-present-levels-ell-language-impact = Effet de la langue (ELL)
iep-label-present-levels-needs = Liste des besoins
iep-label-present-levels-parent-concerns = Préoccupations du parent
iep-label-present-levels-testing-accommodation-considerations = Éléments à prendre en compte pour les aménagements aux examens

## AreaLevels

iep-label-area-levels-area = Domaine
iep-label-area-levels-needs = Besoins
iep-label-area-levels-strengths = Points forts

## NeedArea

iep-need-area-reading = Lecture
iep-need-area-writing = Écriture
iep-need-area-math = Mathématiques
iep-need-area-speech-language = Parole et langage
iep-need-area-social-emotional = Social et émotionnel
iep-need-area-behavior = Comportement
iep-need-area-fine-motor = Motricité fine
iep-need-area-gross-motor = Motricité globale
iep-need-area-adaptive-daily-living = Comportement adaptatif et vie quotidienne
iep-need-area-transition = Transition

## Need

iep-label-need-area = Domaine
iep-label-need-description = Besoin

## SpecialFactors

iep-label-special-factors-assistive-technology = Technologie d'assistance
iep-label-special-factors-behavior = Comportement
iep-label-special-factors-ell = Élève apprenant l'anglais
iep-label-special-factors-hearing = Sourd ou malentendant
iep-label-special-factors-vision = Cécité ou déficience visuelle

## AtFactor

iep-label-at-factor-applies = A besoin de technologie d'assistance
iep-label-at-factor-needs-device = A besoin d'un appareil de technologie d'assistance
iep-label-at-factor-needs-service = A besoin d'un service de technologie d'assistance
iep-label-at-factor-training-for = Formation nécessaire pour
iep-label-at-factor-used-outside-school = Appareil utilisé à la maison ou ailleurs

## TrainingRecipient

iep-training-recipient-student = Élève
iep-training-recipient-parent = Parent
iep-training-recipient-teacher = Enseignant
iep-training-recipient-provider = Prestataire de services

## BehaviorFactor

iep-label-behavior-factor-applies = Le comportement entrave l'apprentissage
iep-label-behavior-factor-bip-on = Plan d'intervention comportementale (BIP) élaboré le
iep-label-behavior-factor-fba-on = Évaluation fonctionnelle du comportement (FBA) réalisée le
iep-label-behavior-factor-notes = Remarques

## EllFactor

iep-label-ell-factor-applies = Des besoins linguistiques sont à prendre en compte
iep-label-ell-factor-evaluated-bilingually = Évalué de façon bilingue
iep-label-ell-factor-is-ell = Élève apprenant l'anglais
iep-label-ell-factor-language-needs = Besoins linguistiques

## HearingFactor

iep-label-hearing-factor-applies = Sourd ou malentendant
iep-label-hearing-factor-communication-needs = Besoins en communication
iep-label-hearing-factor-language-of-instruction = Langue d'enseignement
iep-label-hearing-factor-mode-of-communication = Langue et mode de communication

## VisionFactor

iep-label-vision-factor-applies = Aveugle ou malvoyant
iep-label-vision-factor-braille-instruction = Enseignement du braille
iep-label-vision-factor-braille-not-appropriate-reason = Pourquoi le braille n'est pas approprié

## Postsecondary

iep-label-postsecondary-courses-of-study = Parcours d'études
iep-label-postsecondary-early-start = Début anticipé, parce que
iep-label-postsecondary-goals = Objectifs postsecondaires
iep-label-postsecondary-notes = Remarques sur les besoins de transition
iep-label-postsecondary-transition-needs = Autres besoins de transition
iep-label-postsecondary-updated-on = Objectifs mis à jour pour la dernière fois le

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = L'élève a un objectif clair
iep-early-transition-reason-needs-more-time = L'élève a besoin de plus de temps
iep-early-transition-reason-parent-request = Le parent l'a demandé

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Domaine
iep-label-postsecondary-goal-based-on = Fondé sur
iep-label-postsecondary-goal-goal = Objectif
iep-label-postsecondary-goal-student-preferences = Préférences et centres d'intérêt de l'élève

## PostsecondaryArea

iep-postsecondary-area-education-training = Études et formation
iep-postsecondary-area-employment = Emploi
iep-postsecondary-area-independent-living = Vie autonome

## TransitionAssessment

iep-transition-assessment-vocational = Évaluation d'orientation professionnelle (élève, parent, enseignant)
iep-transition-assessment-postsecondary-education-skills = Évaluation des compétences pour les études postsecondaires
iep-transition-assessment-interview = Entretien avec l'élève ou le parent
iep-transition-assessment-strength-based = Évaluation fondée sur les points forts
iep-transition-assessment-teacher-observation = Observation de l'enseignant

## TransitionNeed

iep-transition-need-community-travel-help = Aide d'un adulte pour se déplacer dans la communauté
iep-transition-need-functional-academics = Enseignement fonctionnel de la lecture et des mathématiques
iep-transition-need-self-advocacy = Capacité à défendre ses propres intérêts
iep-transition-need-public-transportation = Utilisation autonome des transports en commun
iep-transition-need-independent-living = Compétences pour la vie autonome
iep-transition-need-diploma-coursework = Cours menant à un diplôme ordinaire
iep-transition-need-career-technical-courses = Cours d'enseignement professionnel et technique

## AnnualGoals

iep-label-annual-goals-goals = Objectifs annuels

## AnnualGoal

iep-label-annual-goal-condition = Condition
iep-label-annual-goal-criterion = Critère
iep-label-annual-goal-method = Méthode de mesure
iep-label-annual-goal-need-area = Domaine de besoin
iep-label-annual-goal-objective-kind = Objectifs à court terme ou repères
iep-label-annual-goal-objectives = Étapes
iep-label-annual-goal-schedule = Calendrier de mesure
iep-label-annual-goal-skill = Compétence

## GoalMethod

iep-goal-method-observation = Observation par l'enseignant ou le prestataire
iep-goal-method-work-samples = Échantillons de travaux
iep-goal-method-curriculum-based-measurement = Mesure fondée sur le programme scolaire
iep-goal-method-teacher-tests = Tests conçus par l'enseignant
iep-goal-method-data-collection = Tableau ou relevé de données
iep-goal-method-rubric = Grille d'évaluation
iep-goal-method-checklist = Liste de vérification
iep-goal-method-standardized-assessment = Évaluation standardisée
iep-goal-method-running-records = Relevés de lecture (running records)

## ObjectiveKind

iep-objective-kind-none = Aucun
iep-objective-kind-short-term-objectives = Objectifs à court terme
iep-objective-kind-benchmarks = Repères

## Objective

iep-label-objective-by = D'ici le
iep-label-objective-text = Objectif ou repère

## GoalSchedule

iep-goal-schedule-daily = Chaque jour
iep-goal-schedule-weekly = Chaque semaine
iep-goal-schedule-biweekly = Toutes les deux semaines
iep-goal-schedule-monthly = Chaque mois
iep-goal-schedule-marking-period = À chaque période de notation

## ProgressReporting

iep-label-progress-reporting-methods = Comment
iep-label-progress-reporting-times-per-year = Rapports par an
iep-label-progress-reporting-with-report-cards = Au moment des bulletins scolaires

## ReportMethod

iep-report-method-written-report = Rapport de progrès écrit
iep-report-method-conference = Rencontre parent-enseignant
iep-report-method-phone = Appel téléphonique
iep-report-method-email = Courriel

## ProgramsServices

iep-label-programs-services-assistive-technology = Appareils et services de technologie d'assistance
iep-label-programs-services-paraprofessionals = Paraprofessionnels affectés par l'IEP
iep-label-programs-services-personnel-supports = Soutiens pour le personnel scolaire
iep-label-programs-services-physical-education = Éducation physique
iep-label-programs-services-programs = Programmes d'éducation spécialisée
iep-label-programs-services-related-services = Services connexes
iep-label-programs-services-supplementary-aids = Aides supplémentaires et modifications du programme

## AssistiveTech

iep-label-assistive-tech-assessment-on = Évaluation en technologie d'assistance le
iep-label-assistive-tech-description = Description
iep-label-assistive-tech-kind = Appareil ou service
iep-label-assistive-tech-level = Technologie simple ou avancée
iep-label-assistive-tech-used-in = Utilisé à ou en

## AtKind

iep-at-kind-device = Appareil
iep-at-kind-service = Service

## TechLevel

iep-tech-level-low = Technologie simple (p. ex. guide-doigts pour crayon, plan incliné)
iep-tech-level-high = Technologie avancée (p. ex. tablette, dictée vocale)

## UseSetting

iep-use-setting-classroom = Salle de classe
iep-use-setting-home = Maison
iep-use-setting-other = Autre

## Paraprofessional

iep-label-paraprofessional-activities = Horaires et activités
iep-label-paraprofessional-bip-reviewed = Plan d'intervention comportementale (BIP) examiné au préalable
iep-label-paraprofessional-para-type = Type
iep-label-paraprofessional-progress-monitoring = Suivi des progrès
iep-label-paraprofessional-purpose = Objet et besoin
iep-label-paraprofessional-ratio = Ratio
iep-label-paraprofessional-responsibilities = Responsabilités
iep-label-paraprofessional-skilled-nursing-referral = Orientation vers des soins infirmiers qualifiés effectuée
iep-label-paraprofessional-toileting = Passage aux toilettes
iep-label-paraprofessional-unsafe-traveler-assessed-on = Jugé incapable de se déplacer seul en sécurité le
iep-label-paraprofessional-urgent-care-condition = Problème de santé nécessitant des soins urgents signalé

## ParaActivity

iep-para-activity-all-classes = Tous les cours
iep-para-activity-academic-classes = Cours des matières scolaires
iep-para-activity-related-services = Services connexes
iep-para-activity-lunch = Repas de midi
iep-para-activity-transitions = Déplacements entre les cours
iep-para-activity-arrival-dismissal = Arrivée et sortie de l'école
iep-para-activity-field-trips = Sorties scolaires

## ParaType

iep-para-type-behavior-support = Soutien comportemental (gestion de crise)
iep-para-type-health = Santé
iep-para-type-toileting = Passage aux toilettes
iep-para-type-orientation-mobility = Orientation et mobilité

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Partagé

## ToiletingMode

iep-toileting-mode-toilet-training = Apprentissage de la propreté
iep-toileting-mode-toileting-assistance = Aide pour aller aux toilettes

## PersonnelSupport

iep-label-personnel-support-description = Description
iep-label-personnel-support-kind = Soutien
iep-label-personnel-support-provided-by = Fourni par
iep-label-personnel-support-recipient = Pour

## SupportKind

iep-support-kind-disability-information = Informations sur le handicap
iep-support-kind-behavior-training = Formation aux interventions comportementales positives
iep-support-kind-sign-language = Formation à la langue des signes
iep-support-kind-curriculum-modifications = Aide pour modifier le programme scolaire
iep-support-kind-assistive-technology-training = Formation sur la technologie d'assistance de l'élève
iep-support-kind-behavioral-consultation = Consultation en comportement
iep-support-kind-para-training = Formation des paraprofessionnels (santé, alimentation, positionnement…)
iep-support-kind-testing-accommodation-training = Formation pour appliquer les aménagements aux examens
iep-support-kind-other = Autre

## StaffRole

iep-staff-role-teacher = Enseignants
iep-staff-role-paraprofessional = Paraprofessionnel
iep-staff-role-provider = Prestataires de services connexes
iep-staff-role-other-staff = Autre personnel scolaire

## PeDetermination

iep-pe-determination-regular = Éducation physique ordinaire
iep-pe-determination-regular-with-equipment = Éducation physique ordinaire avec équipement spécial
iep-pe-determination-adapted = Éducation physique adaptée (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = Services inclusifs du District 75 (D75)
iep-label-program-recommendation-delivery = En classe ou hors de la classe
iep-label-program-recommendation-duration-minutes = Durée
iep-label-program-recommendation-frequency = Fréquence
iep-label-program-recommendation-group = Individuel ou en groupe
iep-label-program-recommendation-group-size = Taille du groupe
iep-label-program-recommendation-language = Langue
iep-label-program-recommendation-location = Lieu
iep-label-program-recommendation-program = Programme
iep-label-program-recommendation-projected-start = Début prévu
iep-label-program-recommendation-ratio = Ratio de la classe
iep-label-program-recommendation-setting = Type de classe
iep-label-program-recommendation-subject = Matière

## Delivery

iep-delivery-push-in = En classe (push-in)
iep-delivery-pull-out = Hors de la classe (pull-out)

## Period

iep-period-day = par jour
iep-period-week = par semaine
iep-period-month = par mois

## GroupKind

iep-group-kind-individual = Individuel
iep-group-kind-group = En groupe

## ProgramKind

iep-program-kind-consultant-teacher = Enseignant consultant
iep-program-kind-setss = Services de soutien par un enseignant d'éducation spécialisée (SETSS)
iep-program-kind-ict = Co-enseignement intégré (ICT)
iep-program-kind-special-class = Classe spéciale
iep-program-kind-travel-training = Apprentissage des déplacements
iep-program-kind-adapted-physical-education = Éducation physique adaptée (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = École de district (districts 1 à 32)
iep-class-setting-district-75 = École spécialisée (District 75)
iep-class-setting-non-public-school = École non publique agréée par le NYSED

## Subject

iep-subject-ela = Anglais (English Language Arts, ELA)
iep-subject-math = Mathématiques
iep-subject-science = Sciences
iep-subject-social-studies = Sciences sociales
iep-subject-world-language = Langue étrangère
iep-subject-career-technical = Enseignement professionnel et technique
iep-subject-physical-education = Éducation physique
iep-subject-all-subjects = Toutes les matières

## RelatedService

iep-label-related-service-delivery = En classe ou hors de la classe
iep-label-related-service-duration-minutes = Durée
iep-label-related-service-frequency = Fréquence
iep-label-related-service-group = Individuel ou en groupe
iep-label-related-service-group-size = Taille du groupe
iep-label-related-service-initial = Recommandation initiale
iep-label-related-service-language = Langue
iep-label-related-service-location = Lieu
iep-label-related-service-other-service = Autre service
iep-label-related-service-prescription-received-on = Prescription reçue le
iep-label-related-service-projected-start = Début prévu
iep-label-related-service-separate-location = Lieu séparé
iep-label-related-service-service = Service
iep-label-related-service-transition-service = Service de transition

## ServiceLocation

iep-service-location-general-education-classroom = Classe d'enseignement général
iep-service-location-special-education-classroom = Classe d'éducation spécialisée
iep-service-location-separate-location = Lieu séparé

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Orthophonie
iep-related-service-type-occupational-therapy = Ergothérapie (OT)
iep-related-service-type-physical-therapy = Physiothérapie (PT)
iep-related-service-type-counseling = Counseling (accompagnement psychologique)
iep-related-service-type-parent-counseling-and-training = Conseil et formation des parents
iep-related-service-type-assistive-technology-services = Services de technologie d'assistance
iep-related-service-type-audiological = Services d'audiologie
iep-related-service-type-interpreting = Services d'interprétation (élèves sourds ou malentendants)
iep-related-service-type-orientation-mobility = Orientation et mobilité
iep-related-service-type-school-nurse = Services d'infirmerie scolaire
iep-related-service-type-vision-education = Services éducatifs pour la vision
iep-related-service-type-hearing-education = Services éducatifs pour l'audition
iep-related-service-type-rehabilitation-counseling = Conseil en réadaptation
iep-related-service-type-social-work = Travail social scolaire
iep-related-service-type-other = Autre service de développement, de correction ou de soutien

## SupplementaryAid

iep-label-supplementary-aid-aid = Aide ou modification
iep-label-supplementary-aid-applies-in = Où et quand
iep-label-supplementary-aid-description = Description
iep-label-supplementary-aid-projected-start = Début prévu

## AidKind

iep-aid-kind-note-taker = Preneur de notes
iep-aid-kind-alternative-formats = Matériel pédagogique sous d'autres formats
iep-aid-kind-extra-time-between-classes = Temps supplémentaire entre les cours
iep-aid-kind-special-seating = Place assise particulière
iep-aid-kind-highlighted-work = Travail surligné ou codé par couleur
iep-aid-kind-study-guides = Plans et guides d'étude
iep-aid-kind-study-carrel = Poste de travail isolé
iep-aid-kind-behavior-plan = Plan d'intervention comportementale
iep-aid-kind-extra-time-for-assignments = Temps supplémentaire pour les devoirs
iep-aid-kind-assignment-adaptations = Adaptation des devoirs
iep-aid-kind-extended-pacing = Rythme d'enseignement ralenti
iep-aid-kind-adapted-presentation = Présentation adaptée du contenu
iep-aid-kind-adapted-demonstration = Façons adaptées de montrer ses acquis
iep-aid-kind-other = Autre

## TwelveMonth

iep-label-twelve-month-areas = Domaines
iep-label-twelve-month-basis = Envisagés parce que
iep-label-twelve-month-details = Programme et cadre d'été
iep-label-twelve-month-differs-from-school-year = Diffère des services de l'année scolaire
iep-label-twelve-month-duration-minutes = Durée en été
iep-label-twelve-month-frequency = Fréquence en été
iep-label-twelve-month-needed = Services sur 12 mois nécessaires

## EsyBasis

iep-esy-basis-substantial-regression = Régression importante (8 semaines ou plus pour rattraper le retard)
iep-esy-basis-severe-multiple-disabilities = Handicaps multiples graves
iep-esy-basis-residential = Programme en internat
iep-esy-basis-home-hospital = Enseignement à domicile ou à l'hôpital
iep-esy-basis-intensive-management-needs = Besoins d'encadrement très intensifs

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Aménagements pour les examens
iep-label-testing-accommodations-none-recommended = Aucun aménagement pour les examens

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Pause toutes les
iep-label-testing-accommodation-break-minutes = Durée de la pause
iep-label-testing-accommodation-category = Aménagement
iep-label-testing-accommodation-condition = Uniquement pour
iep-label-testing-accommodation-extended-time = Temps supplémentaire
iep-label-testing-accommodation-extra-direction-readings = Nombre de lectures supplémentaires des consignes
iep-label-testing-accommodation-group-size = Taille du groupe
iep-label-testing-accommodation-multiple-day-assurance-filed = Attestation de passation sur plusieurs jours déposée
iep-label-testing-accommodation-read-mode = Tests lus par
iep-label-testing-accommodation-read-scope = Étendue de la lecture des tests
iep-label-testing-accommodation-setting = Cadre
iep-label-testing-accommodation-specification = Précision

## AccommodationCategory

iep-accommodation-category-extended-time = Temps supplémentaire
iep-accommodation-category-breaks = Pauses
iep-accommodation-category-separate-setting = Lieu ou salle à part
iep-accommodation-category-directions-repeated = Consignes lues ou signées plusieurs fois
iep-accommodation-category-tests-read = Lecture des tests à voix haute
iep-accommodation-category-multiple-day = Passation sur plusieurs jours
iep-accommodation-category-special-equipment = Équipement ou mobilier spécial
iep-accommodation-category-scribe = Recours à un scripteur
iep-accommodation-category-answers-in-booklet = Réponses notées dans le livret d'examen
iep-accommodation-category-calculator = Calculatrice
iep-accommodation-category-word-processor = Traitement de texte
iep-accommodation-category-other = Autre

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Temps et demi (1,5×)
iep-time-multiplier-double = Temps double (2×)

## ReadMode

iep-read-mode-human-reader = Lecteur (une personne)
iep-read-mode-text-to-speech = Synthèse vocale
iep-read-mode-audio-recording = Enregistrement audio (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Sauf les tests de compréhension de lecture
iep-read-scope-including-reading-comprehension = Y compris les tests de compréhension de lecture

## TestSetting

iep-test-setting-individual = Individuellement
iep-test-setting-small-group = En petit groupe

## TransitionActivities

iep-label-transition-activities-activities = Activités
iep-label-transition-activities-functional-vocational-assessment-needed = Évaluation professionnelle fonctionnelle nécessaire

## TransitionActivity

iep-label-transition-activity-activity = Activité
iep-label-transition-activity-area = Domaine
iep-label-transition-activity-outside-agency = Organisme extérieur
iep-label-transition-activity-parent-consent-to-invite = Le parent a consenti à l'invitation de l'organisme
iep-label-transition-activity-responsible = Responsable (rôle ou organisme)
iep-label-transition-activity-starts-on = Début le

## TransitionArea

iep-transition-area-instruction = Enseignement
iep-transition-area-related-services = Services connexes
iep-transition-area-community-experiences = Expériences dans la communauté
iep-transition-area-employment-adult-living = Emploi et autres objectifs de vie adulte après l'école
iep-transition-area-daily-living-skills = Acquisition de compétences pour la vie quotidienne
iep-transition-area-functional-vocational-assessment = Évaluation professionnelle fonctionnelle

## AssessmentParticipation

iep-label-assessment-participation-mode = Évaluation
iep-label-assessment-participation-severe-cognitive-disability = Déficience cognitive grave
iep-label-assessment-participation-specialized-program = Programme hautement spécialisé
iep-label-assessment-participation-support-systems = Systèmes de soutien nécessaires
iep-label-assessment-participation-why-alternate = Pourquoi l'évaluation alternative est appropriée
iep-label-assessment-participation-why-not-regular = Pourquoi pas l'évaluation ordinaire

## AssessmentMode

iep-assessment-mode-standard = Évaluations de l'État et du district (avec les éventuels aménagements pour les examens)
iep-assessment-mode-nysaa = Évaluation alternative de l'État de New York (NYSAA)
iep-assessment-mode-district-alternate = Évaluation alternative du district (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Étendue de la non-participation
iep-label-gen-ed-participation-full-participation = Participe pleinement
iep-label-gen-ed-participation-physical-education = Participation à l'éducation physique
iep-label-gen-ed-participation-removal-justification = Justification du retrait

## Placement

iep-label-placement-deferral-consent-on = Consentement écrit du parent au report donné le
iep-label-placement-deferred = Placement reporté
iep-label-placement-health-treatment = Traitement médical pendant la journée scolaire
iep-label-placement-language-determination = Détermination de la langue (ELL)
iep-label-placement-language-of-instruction = Langue d'enseignement
iep-label-placement-lote-exempt = Dispensé de l'exigence de langue étrangère (LOTE)
iep-label-placement-medical-condition = Un problème médical affecte la scolarité
iep-label-placement-other-options = Autres options envisagées
iep-label-placement-projected-initiation = Début prévu de l'IEP
iep-label-placement-promotion-criteria = Critères de passage en classe supérieure
iep-label-placement-recommendation = Recommandation de placement
iep-label-placement-special-transportation = Transport spécial
iep-label-placement-transportation-accommodations = Aménagements pour le transport
iep-label-placement-transportation-reason = Motif du transport

## LanguageDetermination

iep-language-determination-enl-only = Anglais nouvelle langue (ENL) uniquement
iep-language-determination-bilingual = Services d'enseignement bilingue requis

## OtherOption

iep-label-other-option-option = Option
iep-label-other-option-rejected-because = Raison du rejet

## PromotionCriteria

iep-promotion-criteria-standard = Standard
iep-promotion-criteria-modified = Modifiés

## PlacementKind

iep-placement-kind-doe-non-specialized = École du DOE de NYC, non spécialisée (districts 1 à 32)
iep-placement-kind-doe-specialized = École spécialisée du DOE de NYC (District 75)
iep-placement-kind-nps-day = École non publique agréée par le NYSED – externat
iep-placement-kind-nps-residential = École non publique agréée par le NYSED – internat
iep-placement-kind-nps-placed-by-acs = École non publique agréée par le NYSED – placement par l'ACS
iep-placement-kind-state4201-day = École non publique financée par l'État de New York (4201) – externat
iep-placement-kind-state4201-residential = École non publique financée par l'État de New York (4201) – internat
iep-placement-kind-boces = Conseil des services éducatifs coopératifs (BOCES)
iep-placement-kind-charter-school = École à charte (charter school)
iep-placement-kind-home-hospital = Enseignement à domicile ou à l'hôpital

## TransportAccommodation

iep-transport-accommodation-door-to-door = Bus de porte à porte
iep-transport-accommodation-paraprofessional = Paraprofessionnel de transport
iep-transport-accommodation-nursing = Infirmier dans le bus
iep-transport-accommodation-limited-travel-time = Temps de trajet limité
iep-transport-accommodation-smaller-route = Trajet avec moins d'élèves
iep-transport-accommodation-climate-control = Contrôle de la température
iep-transport-accommodation-lift = Élévateur
iep-transport-accommodation-wheelchair = Aménagement pour fauteuil roulant
iep-transport-accommodation-safety-vest = Gilet de sécurité ou siège auto
iep-transport-accommodation-oxygen = Oxygène
iep-transport-accommodation-ambulance = Ambulance

## Valeurs comportant un nombre ou une réponse oui/non

# $times : combien de fois (de 1 à 40).
iep-frequency-day = { $times ->
    [one] une fois par jour
    [many] { $times } fois par jour
   *[other] { $times } fois par jour
}
# $times : combien de fois (de 1 à 40).
iep-frequency-week = { $times ->
    [one] une fois par semaine
    [many] { $times } fois par semaine
   *[other] { $times } fois par semaine
}
# $times : combien de fois (de 1 à 40).
iep-frequency-month = { $times ->
    [one] une fois par mois
    [many] { $times } fois par mois
   *[other] { $times } fois par mois
}
# $count : un nombre de minutes.
iep-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } minutes
   *[other] { $count } minutes
}
# $count : nombre d'élèves dans le groupe.
iep-group-of = { $count ->
    [one] groupe de { $count }
    [many] groupe de { $count }
   *[other] groupe de { $count }
}
# $count : nombre de rapports de progrès par an.
iep-times-per-year = { $count ->
    [one] une fois par an
    [many] { $count } fois par an
   *[other] { $count } fois par an
}
# $count : combien de fois (consignes relues).
iep-times = { $count ->
    [one] une fois
    [many] { $count } fois
   *[other] { $count } fois
}
iep-yes = Oui
iep-no = Non
iep-none-recorded = Rien n'a été consigné dans cette section.
