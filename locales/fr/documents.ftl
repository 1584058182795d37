### IEP Desk : documents destinés aux parents, français. Registre soutenu (vouvoiement).
### Mêmes messages que locales/en/documents.ftl ; les notes d'usage s'y trouvent.
### Espace insécable (U+00A0) avant « : ».

## Dates

date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Éléments de page

page-of = Page { $page } sur { $total }
page-header = Élève : { $student } · OSIS : { $osis }
document-title = { $document } : { $student }
produced-on = Copie établie le { $date }
translation-legal-notice = Ceci est une traduction de l'IEP. Seul l'IEP en anglais constitue la version juridiquement valable de ce document.
draft-notice = Projet : cet IEP n'est pas définitif et peut encore être modifié.
written-in-english = Rédigé en anglais par l'équipe de l'IEP
not-yet-written = Pas encore rédigé.

## Formulaires

form-nysed-iep-2023-11 = Formulaire IEP de l'État de New York (NYSED), révisé en novembre 2023

## Valeurs

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Kindergarten (maternelle)
grade-n =
    { $grade ->
        [1] 1re année
       *[other] { $grade }e année
    }
grade-ug = Sans niveau scolaire attribué
iep-version-value = Version { $version }
iep-status-draft = Projet
iep-status-finalized = Définitif
iep-status-amended = Modifié (remplacé par un IEP plus récent)
iep-amends-earlier = Cet IEP modifie un IEP antérieur.

## Noms de langues

language-en = Anglais
language-sq = Albanais
language-ar = Arabe
language-bn = Bengali (bangla)
language-zh-Hans = Chinois (simplifié)
language-zh-Hant = Chinois (traditionnel)
language-fr = Français
language-ht = Créole haïtien
language-ko = Coréen
language-ru = Russe
language-es = Espagnol
language-uk = Ukrainien
language-ur = Ourdou
language-uz = Ouzbek
language-pl = Polonais
language-yi = Yiddish
language-ja = Japonais
language-ne = Népalais
language-pa = Pendjabi
language-tl = Tagalog
language-fuf = Pulaar (peul)
language-wo = Wolof
language-asl = Langue des signes américaine

## L'IEP

iep-title = Programme d'éducation individualisé (IEP)
section-identifying = Renseignements d'identification
field-student-name = Nom de l'élève
field-date-of-birth = Date de naissance
field-osis = Numéro d'identification de l'élève (OSIS)
field-school = École (DBN)
field-grade = Niveau scolaire
field-home-language = Langue parlée à la maison
field-parent-language = Langue préférée du parent
field-iep-version = Version de l'IEP
field-iep-status = Statut de l'IEP
field-finalized-on = Date de finalisation
field-amendment = Modification
field-produced-on = Date de cette copie

section-present-levels = Niveaux actuels de performance et besoins individuels
plop-evaluation_results = Résultats des évaluations
plop-academic_achievement = Résultats scolaires, fonctionnement et caractéristiques d'apprentissage
plop-social_development = Développement social
plop-physical_development = Développement physique
plop-management_needs = Besoins d'encadrement
plop-effect_on_general_education = Effet des besoins de l'élève sur sa participation et ses progrès dans le programme d'enseignement général
plop-special_factor_needs = Besoins de l'élève liés à des facteurs particuliers

## Parties en anglais

section-english-parts = Parties de cet IEP en anglais
english-parts-intro =
    { $count ->
        [one] L'équipe de l'IEP a rédigé { $count } partie de cet IEP en anglais. Elle n'est pas traduite dans cette copie :
        [many] L'équipe de l'IEP a rédigé { $count } parties de cet IEP en anglais. Elles ne sont pas traduites dans cette copie :
       *[other] L'équipe de l'IEP a rédigé { $count } parties de cet IEP en anglais. Elles ne sont pas traduites dans cette copie :
    }
english-parts-request = Vous avez le droit de demander gratuitement la traduction de ces parties dans votre langue. Pour en faire la demande, veuillez contacter { $contact } ou le coordinateur de l'accès linguistique de l'école de votre enfant.
contact-phone = Téléphone : { $phone }
contact-email = Courriel : { $email }
