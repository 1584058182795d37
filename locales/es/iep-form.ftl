# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Resultados de la evaluación y elegibilidad
iep-section-present-levels = Niveles actuales de rendimiento
iep-section-special-factors = Factores especiales
iep-section-postsecondary = Metas postsecundarias y necesidades de transición
iep-section-annual-goals = Metas anuales
iep-section-progress-reporting = Informes de progreso para los padres
iep-section-programs-services = Programas y servicios
iep-section-twelve-month = Servicios de 12 meses
iep-section-testing-accommodations = Adaptaciones para exámenes
iep-section-transition-activities = Actividades de transición coordinadas
iep-section-assessment-participation = Evaluaciones estatales y del distrito
iep-section-gen-ed-participation = Participación con estudiantes sin discapacidades
iep-section-placement = Idioma, transporte y ubicación

## EvaluationSection

iep-label-evaluation-section-classification = Clasificación de discapacidad
iep-label-evaluation-section-eligibility-notes = Análisis de la elegibilidad
iep-label-evaluation-section-evaluations = Evaluaciones
iep-label-evaluation-section-justification-form-signed = Formulario de justificación firmado (ED o LD inicial)

## Classification

iep-classification-autism = Autismo
iep-classification-deaf-blindness = Sordoceguera
iep-classification-deafness = Sordera
iep-classification-emotional-disturbance = Trastorno emocional
iep-classification-hearing-impairment = Discapacidad auditiva
iep-classification-learning-disability = Discapacidad de aprendizaje
iep-classification-intellectual-disability = Discapacidad intelectual
iep-classification-multiple-disabilities = Discapacidades múltiples
iep-classification-orthopedic-impairment = Discapacidad ortopédica
iep-classification-other-health-impairment = Otro problema de salud
iep-classification-speech-or-language-impairment = Trastorno del habla o del lenguaje
iep-classification-traumatic-brain-injury = Lesión cerebral traumática
iep-classification-visual-impairment = Discapacidad visual (incluida la ceguera)

## Evaluation

iep-label-evaluation-date = Fecha
iep-label-evaluation-evaluator = Evaluador
iep-label-evaluation-kind = Tipo de evaluación
iep-label-evaluation-summary = Resumen de resultados

## EvaluationKind

iep-evaluation-kind-psychoeducational = Evaluación psicoeducativa
iep-evaluation-kind-social-history = Historia social
iep-evaluation-kind-classroom-observation = Observación en el aula
iep-evaluation-kind-speech-language = Evaluación del habla y el lenguaje
iep-evaluation-kind-occupational-therapy = Evaluación de terapia ocupacional
iep-evaluation-kind-physical-therapy = Evaluación de fisioterapia
iep-evaluation-kind-audiological = Evaluación audiológica (audiograma)
iep-evaluation-kind-ophthalmological = Evaluación oftalmológica
iep-evaluation-kind-orthopedic = Evaluación ortopédica
iep-evaluation-kind-neurological = Evaluación neurológica
iep-evaluation-kind-medical = Otra evaluación médica
iep-evaluation-kind-adaptive-behavior-scale = Escala de conducta adaptativa
iep-evaluation-kind-functional-behavioral-assessment = Evaluación funcional de la conducta (FBA)
iep-evaluation-kind-vocational = Evaluación vocacional
iep-evaluation-kind-assistive-technology = Evaluación de tecnología de asistencia
iep-evaluation-kind-bilingual = Evaluación bilingüe
iep-evaluation-kind-psychiatric = Evaluación psiquiátrica
iep-evaluation-kind-independent = Evaluación independiente presentada por los padres

## PresentLevels

iep-label-present-levels-accessible-program-required = Se requiere un programa accesible
iep-label-present-levels-areas = Fortalezas y necesidades por área
iep-label-present-levels-ell-language-impact = Efecto del idioma (ELL)
iep-label-present-levels-needs = Lista de necesidades
iep-label-present-levels-parent-concerns = Inquietudes de los padres
iep-label-present-levels-testing-accommodation-considerations = Consideraciones sobre adaptaciones para exámenes

## AreaLevels

iep-label-area-levels-area = Área
iep-label-area-levels-needs = Necesidades
iep-label-area-levels-strengths = Fortalezas

## NeedArea

iep-need-area-reading = Lectura
iep-need-area-writing = Escritura
iep-need-area-math = Matemáticas
iep-need-area-speech-language = Habla y lenguaje
iep-need-area-social-emotional = Social y emocional
iep-need-area-behavior = Conducta
iep-need-area-fine-motor = Motricidad fina
iep-need-area-gross-motor = Motricidad gruesa
iep-need-area-adaptive-daily-living = Conducta adaptativa y vida diaria
iep-need-area-transition = Transición

## Need

iep-label-need-area = Área
iep-label-need-description = Necesidad

## SpecialFactors

iep-label-special-factors-assistive-technology = Tecnología de asistencia
iep-label-special-factors-behavior = Conducta
iep-label-special-factors-ell = Estudiante que aprende inglés
iep-label-special-factors-hearing = Sordo o con dificultades auditivas
iep-label-special-factors-vision = Ceguera o discapacidad visual

## AtFactor

iep-label-at-factor-applies = Necesita tecnología de asistencia
iep-label-at-factor-needs-device = Necesita un dispositivo de TA
iep-label-at-factor-needs-service = Necesita un servicio de TA
iep-label-at-factor-training-for = Capacitación necesaria para
iep-label-at-factor-used-outside-school = Dispositivo usado en casa o en otro lugar

## TrainingRecipient

iep-training-recipient-student = Estudiante
iep-training-recipient-parent = Padre o madre
iep-training-recipient-teacher = Maestro
iep-training-recipient-provider = Proveedor de servicios

## BehaviorFactor

iep-label-behavior-factor-applies = La conducta impide el aprendizaje
iep-label-behavior-factor-bip-on = BIP elaborado el
iep-label-behavior-factor-fba-on = FBA realizada el
iep-label-behavior-factor-notes = Notas

## EllFactor

iep-label-ell-factor-applies = Hay necesidades de idioma
iep-label-ell-factor-evaluated-bilingually = Evaluado en forma bilingüe
iep-label-ell-factor-is-ell = Estudiante que aprende inglés
iep-label-ell-factor-language-needs = Necesidades de idioma

## HearingFactor

iep-label-hearing-factor-applies = Sordo o con dificultades auditivas
iep-label-hearing-factor-communication-needs = Necesidades de comunicación
iep-label-hearing-factor-language-of-instruction = Idioma de instrucción
iep-label-hearing-factor-mode-of-communication = Idioma y modo de comunicación

## VisionFactor

iep-label-vision-factor-applies = Ciego o con discapacidad visual
iep-label-vision-factor-braille-instruction = Instrucción en braille
iep-label-vision-factor-braille-not-appropriate-reason = Por qué el braille no es apropiado

## Postsecondary

iep-label-postsecondary-courses-of-study = Cursos de estudio
iep-label-postsecondary-early-start = Se empieza antes porque
iep-label-postsecondary-goals = Metas postsecundarias
iep-label-postsecondary-notes = Notas sobre las necesidades de transición
iep-label-postsecondary-transition-needs = Otras necesidades de transición
iep-label-postsecondary-updated-on = Metas actualizadas el

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = El estudiante tiene una meta clara
iep-early-transition-reason-needs-more-time = El estudiante necesita más tiempo
iep-early-transition-reason-parent-request = Los padres lo pidieron

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Área
iep-label-postsecondary-goal-based-on = Basada en
iep-label-postsecondary-goal-goal = Meta
iep-label-postsecondary-goal-student-preferences = Preferencias e intereses del estudiante

## PostsecondaryArea

iep-postsecondary-area-education-training = Educación y capacitación
iep-postsecondary-area-employment = Empleo
iep-postsecondary-area-independent-living = Vida independiente

## TransitionAssessment

iep-transition-assessment-vocational = Evaluación vocacional (estudiante, padres, maestro)
iep-transition-assessment-postsecondary-education-skills = Evaluación de las destrezas para la educación postsecundaria
iep-transition-assessment-interview = Entrevista con el estudiante o los padres
iep-transition-assessment-strength-based = Evaluación basada en las fortalezas
iep-transition-assessment-teacher-observation = Observación del maestro

## TransitionNeed

iep-transition-need-community-travel-help = Ayuda de un adulto para desplazarse en la comunidad
iep-transition-need-functional-academics = Instrucción funcional de lectura y matemáticas
iep-transition-need-self-advocacy = Destrezas de autodefensa
iep-transition-need-public-transportation = Uso independiente del transporte público
iep-transition-need-independent-living = Destrezas para la vida independiente
iep-transition-need-diploma-coursework = Cursos para un diploma regular
iep-transition-need-career-technical-courses = Cursos de educación profesional y técnica

## AnnualGoals

iep-label-annual-goals-goals = Metas anuales

## AnnualGoal

iep-label-annual-goal-condition = Condición
iep-label-annual-goal-criterion = Criterio
iep-label-annual-goal-method = Método de medición
iep-label-annual-goal-need-area = Área de necesidad
iep-label-annual-goal-objective-kind = Objetivos o puntos de referencia
iep-label-annual-goal-objectives = Pasos
iep-label-annual-goal-schedule = Frecuencia de medición
iep-label-annual-goal-skill = Destreza

## GoalMethod

iep-goal-method-observation = Observación del maestro o proveedor
iep-goal-method-work-samples = Muestras de trabajo
iep-goal-method-curriculum-based-measurement = Medición basada en el currículo
iep-goal-method-teacher-tests = Pruebas hechas por el maestro
iep-goal-method-data-collection = Tabla o registro de datos
iep-goal-method-rubric = Rúbrica
iep-goal-method-checklist = Lista de verificación
iep-goal-method-standardized-assessment = Evaluación estandarizada
iep-goal-method-running-records = Registros de lectura

## ObjectiveKind

iep-objective-kind-none = Ninguno
iep-objective-kind-short-term-objectives = Objetivos a corto plazo
iep-objective-kind-benchmarks = Puntos de referencia

## Objective

iep-label-objective-by = Para el
iep-label-objective-text = Objetivo o punto de referencia

## GoalSchedule

iep-goal-schedule-daily = Diariamente
iep-goal-schedule-weekly = Semanalmente
iep-goal-schedule-biweekly = Cada dos semanas
iep-goal-schedule-monthly = Mensualmente
iep-goal-schedule-marking-period = Cada período de calificaciones

## ProgressReporting

iep-label-progress-reporting-methods = Cómo
iep-label-progress-reporting-times-per-year = Informes por año
iep-label-progress-reporting-with-report-cards = Con las libretas de calificaciones

## ReportMethod

iep-report-method-written-report = Informe de progreso por escrito
iep-report-method-conference = Reunión de padres y maestros
iep-report-method-phone = Llamada telefónica
iep-report-method-email = Correo electrónico

## ProgramsServices

iep-label-programs-services-assistive-technology = Dispositivos y servicios de tecnología de asistencia
iep-label-programs-services-paraprofessionals = Auxiliares docentes asignados por el IEP
iep-label-programs-services-personnel-supports = Apoyos para el personal escolar
iep-label-programs-services-physical-education = Educación física
iep-label-programs-services-programs = Programas de educación especial
iep-label-programs-services-related-services = Servicios relacionados
iep-label-programs-services-supplementary-aids = Ayudas suplementarias y modificaciones del programa

## AssistiveTech

iep-label-assistive-tech-assessment-on = Evaluación de TA el
iep-label-assistive-tech-description = Descripción
iep-label-assistive-tech-kind = Dispositivo o servicio
iep-label-assistive-tech-level = Tecnología baja o alta
iep-label-assistive-tech-used-in = Se usa en

## AtKind

iep-at-kind-device = Dispositivo
iep-at-kind-service = Servicio

## TechLevel

iep-tech-level-low = Tecnología baja (p. ej., agarrador de lápiz, tabla inclinada)
iep-tech-level-high = Tecnología alta (p. ej., tableta, voz a texto)

## UseSetting

iep-use-setting-classroom = Aula
iep-use-setting-home = Casa
iep-use-setting-other = Otro

## Paraprofessional

iep-label-paraprofessional-activities = Horarios y actividades
iep-label-paraprofessional-bip-reviewed = BIP revisado primero
iep-label-paraprofessional-para-type = Tipo
iep-label-paraprofessional-progress-monitoring = Seguimiento del progreso
iep-label-paraprofessional-purpose = Propósito y necesidad
iep-label-paraprofessional-ratio = Proporción
iep-label-paraprofessional-responsibilities = Responsabilidades
iep-label-paraprofessional-skilled-nursing-referral = Remisión a enfermería especializada hecha
iep-label-paraprofessional-toileting = Uso del baño
iep-label-paraprofessional-unsafe-traveler-assessed-on = Evaluado como viajero independiente inseguro el
iep-label-paraprofessional-urgent-care-condition = Indicada condición de atención urgente

## ParaActivity

iep-para-activity-all-classes = Todas las clases
iep-para-activity-academic-classes = Clases académicas
iep-para-activity-related-services = Servicios relacionados
iep-para-activity-lunch = Almuerzo
iep-para-activity-transitions = Cambios entre clases
iep-para-activity-arrival-dismissal = Llegada y salida
iep-para-activity-field-trips = Excursiones

## ParaType

iep-para-type-behavior-support = Apoyo conductual (manejo de crisis)
iep-para-type-health = Salud
iep-para-type-toileting = Uso del baño
iep-para-type-orientation-mobility = Orientación y movilidad

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Compartido

## ToiletingMode

iep-toileting-mode-toilet-training = Entrenamiento para ir al baño
iep-toileting-mode-toileting-assistance = Asistencia para ir al baño

## PersonnelSupport

iep-label-personnel-support-description = Descripción
iep-label-personnel-support-kind = Apoyo
iep-label-personnel-support-provided-by = Proporcionado por
iep-label-personnel-support-recipient = Para

## SupportKind

iep-support-kind-disability-information = Información sobre la discapacidad
iep-support-kind-behavior-training = Capacitación en intervenciones conductuales positivas
iep-support-kind-sign-language = Capacitación en lenguaje de señas
iep-support-kind-curriculum-modifications = Ayuda con modificaciones del currículo
iep-support-kind-assistive-technology-training = Capacitación en la tecnología de asistencia del estudiante
iep-support-kind-behavioral-consultation = Consulta conductual
iep-support-kind-para-training = Capacitación de auxiliares docentes (salud, alimentación, posicionamiento…)
iep-support-kind-testing-accommodation-training = Capacitación para aplicar adaptaciones para exámenes
iep-support-kind-other = Otro

## StaffRole

iep-staff-role-teacher = Maestros
iep-staff-role-paraprofessional = Auxiliar docente
iep-staff-role-provider = Proveedores de servicios relacionados
iep-staff-role-other-staff = Otro personal escolar

## PeDetermination

iep-pe-determination-regular = Educación física regular
iep-pe-determination-regular-with-equipment = Educación física regular con equipo especial
iep-pe-determination-adapted = Educación física adaptada (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = Servicios inclusivos del D75
iep-label-program-recommendation-delivery = Dentro o fuera del aula
iep-label-program-recommendation-duration-minutes = Duración
iep-label-program-recommendation-frequency = Frecuencia
iep-label-program-recommendation-group = Individual o en grupo
iep-label-program-recommendation-group-size = Tamaño del grupo
iep-label-program-recommendation-language = Idioma
iep-label-program-recommendation-location = Lugar
iep-label-program-recommendation-program = Programa
iep-label-program-recommendation-projected-start = Inicio previsto
iep-label-program-recommendation-ratio = Proporción de la clase
iep-label-program-recommendation-setting = Entorno de la clase
iep-label-program-recommendation-subject = Materia

## Delivery

iep-delivery-push-in = Dentro del aula (push-in)
iep-delivery-pull-out = Fuera del aula (pull-out)

## Period

iep-period-day = por día
iep-period-week = por semana
iep-period-month = por mes

## GroupKind

iep-group-kind-individual = Individual
iep-group-kind-group = En grupo

## ProgramKind

iep-program-kind-consultant-teacher = Maestro consultor
iep-program-kind-setss = Servicios de apoyo del maestro de educación especial (SETSS)
iep-program-kind-ict = Enseñanza integrada en equipo (ICT)
iep-program-kind-special-class = Clase especial
iep-program-kind-travel-training = Capacitación para viajar
iep-program-kind-adapted-physical-education = Educación física adaptada (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Escuela comunitaria (Distritos 1–32)
iep-class-setting-district-75 = Escuela especializada (Distrito 75)
iep-class-setting-non-public-school = Escuela no pública aprobada por NYSED

## Subject

iep-subject-ela = Lengua y literatura en inglés (ELA)
iep-subject-math = Matemáticas
iep-subject-science = Ciencias
iep-subject-social-studies = Estudios sociales
iep-subject-world-language = Idioma extranjero
iep-subject-career-technical = Educación profesional y técnica
iep-subject-physical-education = Educación física
iep-subject-all-subjects = Todas las materias

## RelatedService

iep-label-related-service-delivery = Dentro o fuera del aula
iep-label-related-service-duration-minutes = Duración
iep-label-related-service-frequency = Frecuencia
iep-label-related-service-group = Individual o en grupo
iep-label-related-service-group-size = Tamaño del grupo
iep-label-related-service-initial = Recomendación inicial
iep-label-related-service-language = Idioma
iep-label-related-service-location = Lugar
iep-label-related-service-other-service = Otro servicio
iep-label-related-service-prescription-received-on = Receta médica recibida el
iep-label-related-service-projected-start = Inicio previsto
iep-label-related-service-separate-location = Lugar separado
iep-label-related-service-service = Servicio
iep-label-related-service-transition-service = Servicio de transición

## ServiceLocation

iep-service-location-general-education-classroom = Aula de educación general
iep-service-location-special-education-classroom = Aula de educación especial
iep-service-location-separate-location = Lugar separado

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Terapia del habla y el lenguaje
iep-related-service-type-occupational-therapy = Terapia ocupacional (OT)
iep-related-service-type-physical-therapy = Fisioterapia (PT)
iep-related-service-type-counseling = Consejería
iep-related-service-type-parent-counseling-and-training = Asesoramiento y capacitación para padres
iep-related-service-type-assistive-technology-services = Servicios de tecnología de asistencia
iep-related-service-type-audiological = Servicios audiológicos
iep-related-service-type-interpreting = Servicios de interpretación (sordos y con dificultades auditivas)
iep-related-service-type-orientation-mobility = Orientación y movilidad
iep-related-service-type-school-nurse = Servicios de enfermería escolar
iep-related-service-type-vision-education = Servicios de educación visual
iep-related-service-type-hearing-education = Servicios de educación auditiva
iep-related-service-type-rehabilitation-counseling = Consejería de rehabilitación
iep-related-service-type-social-work = Trabajo social escolar
iep-related-service-type-other = Otro servicio de desarrollo, correctivo o de apoyo

## SupplementaryAid

iep-label-supplementary-aid-aid = Ayuda o modificación
iep-label-supplementary-aid-applies-in = Dónde y cuándo
iep-label-supplementary-aid-description = Descripción
iep-label-supplementary-aid-projected-start = Inicio previsto

## AidKind

iep-aid-kind-note-taker = Persona que toma apuntes
iep-aid-kind-alternative-formats = Materiales de instrucción en formatos alternativos
iep-aid-kind-extra-time-between-classes = Tiempo adicional entre clases
iep-aid-kind-special-seating = Asiento especial
iep-aid-kind-highlighted-work = Trabajo resaltado o con códigos de color
iep-aid-kind-study-guides = Esquemas y guías de estudio
iep-aid-kind-study-carrel = Cubículo de estudio
iep-aid-kind-behavior-plan = Plan de intervención conductual
iep-aid-kind-extra-time-for-assignments = Tiempo adicional para las tareas
iep-aid-kind-assignment-adaptations = Adaptación de las tareas
iep-aid-kind-extended-pacing = Ritmo de instrucción más pausado
iep-aid-kind-adapted-presentation = Presentación adaptada del contenido
iep-aid-kind-adapted-demonstration = Formas adaptadas de demostrar lo aprendido
iep-aid-kind-other = Otro

## TwelveMonth

iep-label-twelve-month-areas = Áreas
iep-label-twelve-month-basis = Se consideró porque
iep-label-twelve-month-details = Programa y entorno de verano
iep-label-twelve-month-differs-from-school-year = Difiere de los servicios del año escolar
iep-label-twelve-month-duration-minutes = Duración en verano
iep-label-twelve-month-frequency = Frecuencia en verano
iep-label-twelve-month-needed = Se necesitan servicios de 12 meses

## EsyBasis

iep-esy-basis-substantial-regression = Regresión considerable (8 semanas o más para recuperarse)
iep-esy-basis-severe-multiple-disabilities = Discapacidades múltiples graves
iep-esy-basis-residential = Programa residencial
iep-esy-basis-home-hospital = Instrucción en casa o en el hospital
iep-esy-basis-intensive-management-needs = Necesidades de manejo muy intensivas

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Adaptaciones para exámenes
iep-label-testing-accommodations-none-recommended = Ninguna adaptación para exámenes

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Descanso cada
iep-label-testing-accommodation-break-minutes = Duración del descanso
iep-label-testing-accommodation-category = Adaptación
iep-label-testing-accommodation-condition = Solo para
iep-label-testing-accommodation-extended-time = Tiempo adicional
iep-label-testing-accommodation-extra-direction-readings = Veces adicionales que se leen las instrucciones
iep-label-testing-accommodation-group-size = Tamaño del grupo
iep-label-testing-accommodation-multiple-day-assurance-filed = Garantía de varios días presentada
iep-label-testing-accommodation-read-mode = Lectura de exámenes por
iep-label-testing-accommodation-read-scope = Alcance de la lectura de exámenes
iep-label-testing-accommodation-setting = Entorno
iep-label-testing-accommodation-specification = Especificación

## AccommodationCategory

iep-accommodation-category-extended-time = Tiempo adicional
iep-accommodation-category-breaks = Descansos
iep-accommodation-category-separate-setting = Lugar o salón separado
iep-accommodation-category-directions-repeated = Instrucciones leídas o en señas más veces
iep-accommodation-category-tests-read = Lectura de los exámenes
iep-accommodation-category-multiple-day = Administración en varios días
iep-accommodation-category-special-equipment = Equipo o mobiliario especial
iep-accommodation-category-scribe = Uso de un escriba
iep-accommodation-category-answers-in-booklet = Respuestas anotadas en el cuadernillo del examen
iep-accommodation-category-calculator = Calculadora
iep-accommodation-category-word-processor = Procesador de textos
iep-accommodation-category-other = Otra

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Tiempo y medio (1.5×)
iep-time-multiplier-double = Tiempo doble (2×)

## ReadMode

iep-read-mode-human-reader = Lector humano
iep-read-mode-text-to-speech = Texto a voz
iep-read-mode-audio-recording = Grabación de audio (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Excepto los exámenes de comprensión de lectura
iep-read-scope-including-reading-comprehension = Incluidos los exámenes de comprensión de lectura

## TestSetting

iep-test-setting-individual = Individualmente
iep-test-setting-small-group = Grupo pequeño

## TransitionActivities

iep-label-transition-activities-activities = Actividades
iep-label-transition-activities-functional-vocational-assessment-needed = Se necesita una evaluación vocacional funcional

## TransitionActivity

iep-label-transition-activity-activity = Actividad
iep-label-transition-activity-area = Área
iep-label-transition-activity-outside-agency = Agencia externa
iep-label-transition-activity-parent-consent-to-invite = Los padres consintieron en invitar a la agencia
iep-label-transition-activity-responsible = Responsable (función o agencia)
iep-label-transition-activity-starts-on = Comienza el

## TransitionArea

iep-transition-area-instruction = Instrucción
iep-transition-area-related-services = Servicios relacionados
iep-transition-area-community-experiences = Experiencias en la comunidad
iep-transition-area-employment-adult-living = Empleo y otros objetivos de la vida adulta después de la escuela
iep-transition-area-daily-living-skills = Adquisición de destrezas para la vida diaria
iep-transition-area-functional-vocational-assessment = Evaluación vocacional funcional

## AssessmentParticipation

iep-label-assessment-participation-mode = Evaluación
iep-label-assessment-participation-severe-cognitive-disability = Discapacidad cognitiva grave
iep-label-assessment-participation-specialized-program = Programa altamente especializado
iep-label-assessment-participation-support-systems = Se necesitan sistemas de apoyo
iep-label-assessment-participation-why-alternate = Por qué la evaluación alternativa es apropiada
iep-label-assessment-participation-why-not-regular = Por qué no la evaluación regular

## AssessmentMode

iep-assessment-mode-standard = Evaluaciones estatales y del distrito (con las adaptaciones para exámenes que correspondan)
iep-assessment-mode-nysaa = Evaluación Alternativa del Estado de Nueva York (NYSAA)
iep-assessment-mode-district-alternate = Evaluación alternativa del distrito (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Grado de no participación
iep-label-gen-ed-participation-full-participation = Participa plenamente
iep-label-gen-ed-participation-physical-education = Participación en educación física
iep-label-gen-ed-participation-removal-justification = Justificación del retiro

## Placement

iep-label-placement-deferral-consent-on = Consentimiento escrito de los padres al aplazamiento el
iep-label-placement-deferred = Ubicación aplazada
iep-label-placement-health-treatment = Tratamiento de salud durante la jornada escolar
iep-label-placement-language-determination = Determinación del idioma (ELL)
iep-label-placement-language-of-instruction = Idioma de instrucción
iep-label-placement-lote-exempt = Exento del requisito de idioma extranjero (LOTE)
iep-label-placement-medical-condition = Una condición médica afecta la escuela
iep-label-placement-other-options = Otras opciones consideradas
iep-label-placement-projected-initiation = Inicio previsto del IEP
iep-label-placement-promotion-criteria = Criterios de promoción
iep-label-placement-recommendation = Recomendación de ubicación
iep-label-placement-special-transportation = Transporte especial
iep-label-placement-transportation-accommodations = Adaptaciones de transporte
iep-label-placement-transportation-reason = Motivo del transporte

## LanguageDetermination

iep-language-determination-enl-only = Solo inglés como nuevo idioma (ENL)
iep-language-determination-bilingual = Se requieren servicios de instrucción bilingüe

## OtherOption

iep-label-other-option-option = Opción
iep-label-other-option-rejected-because = Por qué se rechazó

## PromotionCriteria

iep-promotion-criteria-standard = Estándar
iep-promotion-criteria-modified = Modificados

## PlacementKind

iep-placement-kind-doe-non-specialized = Escuela del DOE de NYC, no especializada (Distritos 1–32)
iep-placement-kind-doe-specialized = Escuela especializada del DOE de NYC (Distrito 75)
iep-placement-kind-nps-day = Escuela no pública aprobada por NYSED – diurna
iep-placement-kind-nps-residential = Escuela no pública aprobada por NYSED – residencial
iep-placement-kind-nps-placed-by-acs = Escuela no pública aprobada por NYSED – colocación de ACS
iep-placement-kind-state4201-day = Escuela no pública con apoyo del Estado (4201) – diurna
iep-placement-kind-state4201-residential = Escuela no pública con apoyo del Estado (4201) – residencial
iep-placement-kind-boces = Junta de Servicios Educativos Cooperativos (BOCES)
iep-placement-kind-charter-school = Escuela chárter
iep-placement-kind-home-hospital = Instrucción en casa o en el hospital

## TransportAccommodation

iep-transport-accommodation-door-to-door = Autobús de puerta a puerta
iep-transport-accommodation-paraprofessional = Auxiliar de transporte
iep-transport-accommodation-nursing = Enfermera en el autobús
iep-transport-accommodation-limited-travel-time = Tiempo de viaje limitado
iep-transport-accommodation-smaller-route = Ruta con menos estudiantes
iep-transport-accommodation-climate-control = Control de temperatura
iep-transport-accommodation-lift = Elevador
iep-transport-accommodation-wheelchair = Adaptación para silla de ruedas
iep-transport-accommodation-safety-vest = Chaleco de seguridad o asiento de auto
iep-transport-accommodation-oxygen = Oxígeno
iep-transport-accommodation-ambulance = Ambulancia

## Values with a number or a yes/no answer

iep-frequency-day = { $times ->
    [one] una vez al día
    [many] { $times } veces al día
   *[other] { $times } veces al día
}
iep-frequency-week = { $times ->
    [one] una vez a la semana
    [many] { $times } veces a la semana
   *[other] { $times } veces a la semana
}
iep-frequency-month = { $times ->
    [one] una vez al mes
    [many] { $times } veces al mes
   *[other] { $times } veces al mes
}
iep-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } minutos
   *[other] { $count } minutos
}
iep-group-of = { $count ->
    [one] grupo de { $count }
    [many] grupo de { $count }
   *[other] grupo de { $count }
}
iep-times-per-year = { $count ->
    [one] una vez al año
    [many] { $count } veces al año
   *[other] { $count } veces al año
}
iep-times = { $count ->
    [one] una vez
    [many] { $count } veces
   *[other] { $count } veces
}
iep-yes = Sí
iep-no = No
iep-none-recorded = No se registró nada en esta sección.
