### IEP Desk: documentos para padres, español (Estados Unidos). Registro formal (usted).
### Mismos mensajes que locales/en/documents.ftl; las notas de uso están allí.

## Fechas

date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Elementos de página

page-of = Página { $page } de { $total }
page-header = Estudiante: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = Copia generada el { $date }
translation-legal-notice = Esta es una traducción del IEP. El IEP en inglés es la versión legal de este documento.
draft-notice = Borrador: este IEP no es definitivo y todavía puede cambiar.
rsesp-title = Programas y servicios de educación especial recomendados
rsesp-notice = Esta página del borrador del IEP indica los programas y servicios que recomienda el equipo del IEP. El IEP todavía no es definitivo: se finalizará y se le entregará en un plazo de 10 días hábiles.
written-in-english = Redactado en inglés por el equipo del IEP
not-yet-written = Todavía no se ha redactado.

## Formularios

form-nysed-iep-2023-11 = Formulario de IEP del Estado de Nueva York (NYSED), revisado en noviembre de 2023

## Valores

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Kínder
grade-n = { $grade }.º grado
grade-ug = Sin grado asignado
iep-version-value = Versión { $version }
iep-status-draft = Borrador
iep-status-finalized = Definitivo
iep-status-amended = Enmendado (sustituido por un IEP más reciente)
iep-amends-earlier = Este IEP enmienda un IEP anterior.

## Nombres de idiomas

language-en = Inglés
language-sq = Albanés
language-ar = Árabe
language-bn = Bangla (bengalí)
language-zh-Hans = Chino (simplificado)
language-zh-Hant = Chino (tradicional)
language-fr = Francés
language-ht = Criollo haitiano
language-ko = Coreano
language-ru = Ruso
language-es = Español
language-uk = Ucraniano
language-ur = Urdu
language-uz = Uzbeko
language-pl = Polaco
language-yi = Ídish
language-ja = Japonés
language-ne = Nepalí
language-pa = Panyabí
language-tl = Tagalo
language-fuf = Pulaar (fula)
language-wo = Wólof
language-asl = Lengua de señas americana

## El IEP

iep-title = Programa de Educación Individualizado (IEP)
section-identifying = Información de identificación
field-student-name = Nombre del estudiante
field-date-of-birth = Fecha de nacimiento
field-osis = Número de identificación del estudiante (OSIS)
field-school = Escuela (DBN)
field-grade = Grado
field-home-language = Idioma del hogar
field-parent-language = Idioma preferido del padre o la madre
field-iep-version = Versión del IEP
field-iep-status = Estado del IEP
field-finalized-on = Fecha de finalización
field-amendment = Enmienda
field-produced-on = Fecha de esta copia

section-present-levels = Niveles actuales de rendimiento y necesidades individuales
plop-evaluation_results = Resultados de las evaluaciones
plop-academic_achievement = Rendimiento académico, desempeño funcional y características de aprendizaje
plop-social_development = Desarrollo social
plop-physical_development = Desarrollo físico
plop-management_needs = Necesidades de manejo
plop-effect_on_general_education = Efecto de las necesidades del estudiante en su participación y progreso en el currículo de educación general
plop-special_factor_needs = Necesidades del estudiante relacionadas con factores especiales

## Partes en inglés

section-english-parts = Partes de este IEP en inglés
english-parts-intro =
    { $count ->
        [one] El equipo del IEP redactó { $count } parte de este IEP en inglés. No está traducida en esta copia:
        [many] El equipo del IEP redactó { $count } partes de este IEP en inglés. No están traducidas en esta copia:
       *[other] El equipo del IEP redactó { $count } partes de este IEP en inglés. No están traducidas en esta copia:
    }
english-parts-request = Usted tiene derecho a solicitar, sin costo alguno, la traducción de estas partes a su idioma. Para solicitarla, comuníquese con { $contact } o con el coordinador de acceso lingüístico de la escuela de su hijo.
contact-phone = Teléfono: { $phone }
contact-email = Correo electrónico: { $email }

## Comunes a los avisos y formularios

notice-date = Fecha de este aviso: { $date }
translation-legal-notice-document = Esta es una traducción. La versión en inglés de este documento es la versión legal.
section-student = Estudiante
section-questions = Preguntas
section-english-parts-document = Partes de este documento en inglés
english-parts-intro-document =
    { $count ->
        [one] La escuela escribió { $count } parte de este documento en inglés. No está traducida en esta copia:
        [many] La escuela escribió { $count } partes de este documento en inglés. No están traducidas en esta copia:
       *[other] La escuela escribió { $count } partes de este documento en inglés. No están traducidas en esta copia:
    }
time = { $hour }:{ $minute }

## Aviso previo por escrito (PWN)

pwn-title-referral_initial = Aviso previo por escrito: Aviso de remisión para una evaluación inicial
pwn-title-refusal_of_initial_evaluation = Aviso previo por escrito: Denegación de una solicitud de evaluación inicial
pwn-title-recommendation_initial = Aviso previo por escrito: Recomendación tras la reunión inicial del IEP
pwn-title-recommendation = Aviso previo por escrito: Recomendación
pwn-title-ineligibility = Aviso previo por escrito: No elegible para educación especial
pwn-title-reevaluation_with_assessments = Aviso previo por escrito: Reevaluación con nuevas evaluaciones
pwn-title-reevaluation = Aviso previo por escrito: Reevaluación
pwn-title-amendment = Aviso previo por escrito: Enmienda al IEP
pwn-title-refusal = Aviso previo por escrito: Denegación de una solicitud de los padres
pwn-intro-referral_initial = Su hijo ha sido remitido para una evaluación inicial, a fin de determinar si tiene una discapacidad y necesita servicios de educación especial. Este aviso explica lo que la escuela propone y por qué.
pwn-intro-refusal_of_initial_evaluation = La escuela recibió una solicitud para remitir a su hijo a una evaluación inicial y decidió no hacer la remisión. Este aviso explica por qué.
pwn-intro-recommendation_initial = El equipo del IEP se reunió después de la evaluación inicial de su hijo e hizo una recomendación. Este aviso explica lo que recomienda el equipo y por qué.
pwn-intro-recommendation = El equipo del IEP se reunió para hablar de su hijo e hizo una recomendación. Este aviso explica lo que recomienda el equipo y por qué.
pwn-intro-ineligibility = El equipo del IEP determinó que su hijo no es elegible para servicios de educación especial. Este aviso explica por qué.
pwn-intro-reevaluation_with_assessments = La escuela propone reevaluar a su hijo con nuevas evaluaciones. Este aviso explica lo que se propone y por qué.
pwn-intro-reevaluation = La escuela propone reevaluar a su hijo con la información que ya tiene. Este aviso explica lo que se propone y por qué.
pwn-intro-amendment = La escuela propone cambiar el IEP de su hijo. Este aviso explica el cambio y por qué.
pwn-intro-refusal = La escuela decidió no hacer algo que usted pidió. Este aviso explica lo que se denegó y por qué.
pwn-element-action-propose = 1. Lo que la escuela propone hacer
pwn-element-action-refuse = 1. Lo que la escuela se niega a hacer
pwn-element-reasons = 2. Por qué
pwn-element-evaluations = 3. Evaluaciones, pruebas, expedientes e informes utilizados
pwn-element-options = 4. Otras opciones consideradas y por qué se rechazaron
pwn-element-other-factors = 5. Otros factores pertinentes
pwn-element-safeguards = 6. Sus garantías procesales
pwn-element-assistance = 7. Dónde puede obtener ayuda
pwn-option = Opción { $number }:
pwn-option-rejected-because = Por qué se rechazó:
pwn-no-other-options = El equipo no consideró otras opciones.
pwn-safeguards-statement = Como padre o madre de un estudiante que tiene o puede tener una discapacidad, usted tiene derechos conforme a las garantías procesales de la ley federal y del Estado de Nueva York.
pwn-psn-enclosed = Con este aviso se adjunta una copia del Aviso de garantías procesales, que explica estos derechos.
pwn-psn-how-to-obtain = Puede obtener gratuitamente una copia del Aviso de garantías procesales, que explica estos derechos:
pwn-psn-website = El Aviso de garantías procesales también está en el sitio web del DOE, en "Statement of Family's Rights" (Declaración de derechos de la familia).
pwn-assistance-intro = Puede comunicarse con estas fuentes para recibir ayuda para entender la educación especial y sus derechos:
pwn-section-more = Más información sobre este aviso
pwn-consent-enclosed = Esta acción requiere su consentimiento por escrito. Con este aviso se adjunta el formulario "{ $form }". No se hará nada hasta que usted lo firme.
pwn-referral-next = La escuela se comunicará con usted para fijar la fecha de una reunión de historia social, en la que se le pedirá su consentimiento para la evaluación.
pwn-program-visit = Usted tiene derecho a visitar un programa como el que se recomienda para su hijo. Para organizar una visita, comuníquese con:
pwn-program-visit-label = Contacto para organizar la visita a un programa
pwn-refusal-right-to-refer = Usted tiene derecho a remitir usted mismo a su hijo para una evaluación inicial, por escrito, al director de la escuela o al Comité de Educación Especial.
pwn-refusal-copy-of-request = Se adjunta una copia de la solicitud de remisión.
pwn-refusal-meeting-offered = Se le ofrece una reunión con el director para hablar de la solicitud y de la ayuda disponible para su hijo en la escuela.
pwn-ineligibility-enclosed = Con este aviso se adjuntan los niveles actuales de desempeño y las necesidades individuales de su hijo.
pwn-contact = Usted tiene derecho a participar en todas las decisiones sobre la educación de su hijo. Si tiene preguntas sobre este aviso, comuníquese con { $contact }.

## Aviso de reunión del IEP

meeting-notice-title = Aviso de reunión del IEP
meeting-notice-intro = Queda invitado a una reunión del equipo del IEP de su hijo. Usted es miembro del equipo y su participación es importante.
section-meeting-details = Datos de la reunión
field-meeting-type = Tipo de reunión
field-meeting-date = Fecha
field-meeting-time = Hora
field-meeting-place = Lugar
field-meeting-interpreter = Intérprete
meeting-interpreter-value = Habrá un intérprete de { $language } en la reunión.
meeting-sign-language-value = Habrá un intérprete de lengua de señas en la reunión.
meeting-type-initial = Reunión inicial del IEP (después de la evaluación inicial)
meeting-type-annual_review = Revisión anual
meeting-type-requested_review = Revisión solicitada
meeting-type-requested_reevaluation = Reevaluación solicitada
meeting-type-three_year_reevaluation = Reevaluación trienal
meeting-type-reconvene = Continuación de una reunión
meeting-type-reconvene-of = Continuación de una reunión ({ $type })
section-meeting-participants = Quiénes están invitados
participants-intro = Estas personas están invitadas a la reunión, en las funciones indicadas:
column-role = Función
column-name = Nombre
role-parent = Padre o madre
role-student = Estudiante
role-district_representative = Representante del distrito
role-case_manager = Administrador del caso
role-school_psychologist = Psicólogo escolar
role-special_education_teacher = Maestro de educación especial
role-general_education_teacher = Maestro de educación general
role-related_service_provider = Proveedor de servicios relacionados
role-school_social_worker = Trabajador social escolar
role-parent_member = Miembro padre adicional
role-physician = Médico escolar
role-bilingual_professional = Profesional bilingüe
role-transition_agency_representative = Representante de una agencia de transición
role-teacher_of_deaf_and_hearing_impaired = Maestro de estudiantes sordos o con pérdida auditiva
role-teacher_of_blind_and_partially_sighted = Maestro de estudiantes ciegos o con baja visión
role-audiologist = Audiólogo
role-school_nurse = Enfermero escolar
role-assessment_professional = Evaluador
role-supervisory_personnel = Supervisor
role-other_school_personnel = Otro personal escolar
role-special_expertise = Persona que conoce al estudiante o tiene conocimientos especiales sobre él
section-meeting-rights = Sus derechos para esta reunión
right-bring-people = Puede traer a personas que conozcan a su hijo o tengan conocimientos especiales sobre él, como un familiar, un amigo o un defensor. Si trae a un abogado, avise a la escuela antes de la reunión.
right-parent-member = Puede pedir que participe un miembro padre adicional: el padre o la madre de un estudiante con discapacidad de la Ciudad de Nueva York o de un distrito vecino. Pídalo por escrito al menos 72 horas antes de la reunión.
right-physician = Puede pedir que participe un médico escolar, para explicar la información médica de su hijo y su relación con la educación de su hijo. Pídalo por escrito al menos 72 horas antes de la reunión.
right-interpreter = Puede tener un intérprete, incluido un intérprete de lengua de señas, sin costo alguno. Avise a la escuela si lo necesita.
right-reschedule = Si la fecha o la hora no le convienen, puede pedir otra fecha y hora. Si no puede venir, puede participar por teléfono.
right-record = Puede grabar el audio de la reunión si lo pide por escrito al director o al presidente del comité al menos un día hábil antes. En ese caso, la escuela también grabará la reunión.
right-documents = Antes de la reunión recibirá las evaluaciones y los informes que el equipo va a considerar.
meeting-contact = Para confirmar su asistencia, pedir cualquiera de lo anterior o si tiene preguntas, comuníquese con { $contact }.

## Formularios de consentimiento

consent-title-initial_evaluation = Consentimiento para la evaluación inicial
consent-title-initial_provision_of_services = Consentimiento para la prestación inicial de servicios de educación especial
consent-title-additional_assessments = Consentimiento para evaluaciones adicionales (reevaluación)
consent-intro-initial_evaluation = La escuela le pide su consentimiento para evaluar a su hijo, a fin de determinar si tiene una discapacidad y necesita servicios de educación especial. El consentimiento para la evaluación no es consentimiento para servicios de educación especial.
consent-intro-initial_provision_of_services = El equipo del IEP recomienda servicios de educación especial para su hijo. La escuela le pide su consentimiento para comenzarlos. Ningún servicio de educación especial puede comenzar sin su consentimiento por escrito.
consent-intro-additional_assessments = Como parte de la reevaluación de su hijo, la escuela le pide su consentimiento para las nuevas evaluaciones que se indican a continuación.
section-consent-activities = Lo que propone la escuela
consent-activities-itemized = Para cada punto, marque si da su consentimiento. Puede dar su consentimiento para algunos puntos y no para otros.
consent-activities-whole = La escuela propone:
column-proposed = Propuesta
consent-choice-yes = Doy mi consentimiento
consent-choice-no = No doy mi consentimiento
section-consent-records = Expedientes que se compartirán
consent-records-default = Los expedientes escolares de su hijo solo se compartirán con los evaluadores y proveedores de servicios que lleven a cabo lo propuesto.
section-consent-rights = Sus derechos
consent-right-decline = Puede negarse a dar su consentimiento.
consent-right-revoke = Puede revocar (retirar) su consentimiento en cualquier momento, por escrito.
consent-right-not-retroactive = La revocación del consentimiento no es retroactiva: no anula lo que se hizo después de que usted dio su consentimiento y antes de revocarlo.
section-consent-decision = Su decisión
consent-whole-yes = Doy mi consentimiento para lo propuesto arriba.
consent-whole-no = No doy mi consentimiento.
consent-sign-intro = Con mi firma confirmo que se me explicó lo que se propone, que lo entiendo y que mi decisión está marcada arriba.
signature-parent = Firma del padre o la madre
signature-name = Nombre del padre o la madre
signature-relationship = Relación con el estudiante
signature-date = Fecha
consent-return = Devuelva este formulario a { $contact }. Si tiene preguntas, comuníquese con esa persona.
