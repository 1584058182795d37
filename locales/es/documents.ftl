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
