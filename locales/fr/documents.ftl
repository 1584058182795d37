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
rsesp-title = Programmes et services d'éducation spécialisée recommandés
rsesp-notice = Cette page du projet d'IEP indique les programmes et services recommandés par l'équipe de l'IEP. L'IEP n'est pas encore définitif : il sera finalisé et vous sera remis dans un délai de 10 jours ouvrables.
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

## Commun aux avis et formulaires

notice-date = Date du présent avis : { $date }
translation-legal-notice-document = Ceci est une traduction. La version anglaise de ce document est la version juridiquement valable.
section-student = Élève
section-questions = Questions
section-english-parts-document = Parties de ce document en anglais
english-parts-intro-document =
    { $count ->
        [one] L'école a rédigé { $count } partie de ce document en anglais. Elle n'est pas traduite dans cette copie :
        [many] L'école a rédigé { $count } parties de ce document en anglais. Elles ne sont pas traduites dans cette copie :
       *[other] L'école a rédigé { $count } parties de ce document en anglais. Elles ne sont pas traduites dans cette copie :
    }
time = { $hour } h { $minute }

## Avis écrit préalable (PWN)

pwn-title-referral_initial = Avis écrit préalable : avis d'orientation pour une évaluation initiale
pwn-title-refusal_of_initial_evaluation = Avis écrit préalable : refus d'une demande d'évaluation initiale
pwn-title-recommendation_initial = Avis écrit préalable : recommandation après la réunion IEP initiale
pwn-title-recommendation = Avis écrit préalable : recommandation
pwn-title-ineligibility = Avis écrit préalable : non admissible à l'éducation spécialisée
pwn-title-reevaluation_with_assessments = Avis écrit préalable : réévaluation avec de nouvelles évaluations
pwn-title-reevaluation = Avis écrit préalable : réévaluation
pwn-title-amendment = Avis écrit préalable : modification de l'IEP
pwn-title-refusal = Avis écrit préalable : refus d'une demande du parent
pwn-intro-referral_initial = Votre enfant a été orienté vers une évaluation initiale, afin de savoir s'il a un handicap et a besoin de services d'éducation spécialisée. Cet avis explique ce que l'école propose et pourquoi.
pwn-intro-refusal_of_initial_evaluation = L'école a reçu une demande d'orientation de votre enfant vers une évaluation initiale et a décidé de ne pas donner suite. Cet avis explique pourquoi.
pwn-intro-recommendation_initial = L'équipe IEP s'est réunie après l'évaluation initiale de votre enfant et a fait une recommandation. Cet avis explique ce que l'équipe recommande et pourquoi.
pwn-intro-recommendation = L'équipe IEP s'est réunie au sujet de votre enfant et a fait une recommandation. Cet avis explique ce que l'équipe recommande et pourquoi.
pwn-intro-ineligibility = L'équipe IEP a conclu que votre enfant n'est pas admissible aux services d'éducation spécialisée. Cet avis explique pourquoi.
pwn-intro-reevaluation_with_assessments = L'école propose de réévaluer votre enfant avec de nouvelles évaluations. Cet avis explique ce qui est proposé et pourquoi.
pwn-intro-reevaluation = L'école propose de réévaluer votre enfant à partir des informations dont elle dispose déjà. Cet avis explique ce qui est proposé et pourquoi.
pwn-intro-amendment = L'école propose de modifier l'IEP de votre enfant. Cet avis explique la modification et pourquoi.
pwn-intro-refusal = L'école a décidé de ne pas faire une chose que vous avez demandée. Cet avis explique ce qui a été refusé et pourquoi.
pwn-element-action-propose = 1. Ce que l'école propose de faire
pwn-element-action-refuse = 1. Ce que l'école refuse de faire
pwn-element-reasons = 2. Pourquoi
pwn-element-evaluations = 3. Évaluations, tests, dossiers et rapports utilisés
pwn-element-options = 4. Autres options envisagées et raisons de leur rejet
pwn-element-other-factors = 5. Autres facteurs pertinents
pwn-element-safeguards = 6. Vos garanties procédurales
pwn-element-assistance = 7. Où obtenir de l'aide
pwn-option = Option { $number } :
pwn-option-rejected-because = Raison du rejet :
pwn-no-other-options = L'équipe n'a pas envisagé d'autres options.
pwn-safeguards-statement = En tant que parent d'un élève qui a ou pourrait avoir un handicap, vous avez des droits au titre des garanties procédurales de la loi fédérale et de la loi de l'État de New York.
pwn-psn-enclosed = Une copie de l'Avis des garanties procédurales, qui explique ces droits, est jointe au présent avis.
pwn-psn-how-to-obtain = Vous pouvez obtenir gratuitement une copie de l'Avis des garanties procédurales, qui explique ces droits :
pwn-psn-website = L'Avis des garanties procédurales se trouve aussi sur le site web du DOE, sous « Statement of Family's Rights » (Déclaration des droits des familles).
pwn-assistance-intro = Vous pouvez contacter ces sources pour vous aider à comprendre l'éducation spécialisée et vos droits :
pwn-section-more = Informations complémentaires sur cet avis
pwn-consent-enclosed = Cette mesure nécessite votre consentement écrit. Le formulaire « { $form } » est joint au présent avis. Rien ne sera fait tant que vous ne l'aurez pas signé.
pwn-referral-next = L'école vous contactera pour fixer la date d'un entretien d'histoire sociale, au cours duquel votre consentement à l'évaluation vous sera demandé.
pwn-program-visit = Vous avez le droit de visiter un programme semblable à celui recommandé pour votre enfant. Pour organiser une visite, contactez :
pwn-program-visit-label = Contact pour organiser la visite d'un programme
pwn-refusal-right-to-refer = Vous avez le droit d'orienter vous-même votre enfant vers une évaluation initiale, par écrit, auprès du directeur de l'école ou du Comité d'éducation spécialisée.
pwn-refusal-copy-of-request = Une copie de la demande d'orientation est jointe.
pwn-refusal-meeting-offered = Une réunion avec le directeur vous est proposée pour discuter de la demande et de l'aide disponible pour votre enfant à l'école.
pwn-ineligibility-enclosed = Les niveaux actuels de performance et les besoins individuels de votre enfant sont joints au présent avis.
pwn-contact = Vous avez le droit de participer à toutes les décisions concernant l'éducation de votre enfant. Pour toute question sur cet avis, contactez { $contact }.

## Avis de réunion IEP

meeting-notice-title = Avis de réunion IEP
meeting-notice-intro = Vous êtes invité à une réunion de l'équipe IEP de votre enfant. Vous êtes membre de l'équipe et votre participation est importante.
section-meeting-details = Informations sur la réunion
field-meeting-type = Type de réunion
field-meeting-date = Date
field-meeting-time = Heure
field-meeting-place = Lieu
field-meeting-interpreter = Interprète
meeting-interpreter-value = Un interprète en { $language } sera présent à la réunion.
meeting-sign-language-value = Un interprète en langue des signes sera présent à la réunion.
meeting-type-initial = Réunion IEP initiale (après l'évaluation initiale)
meeting-type-annual_review = Révision annuelle
meeting-type-requested_review = Révision sur demande
meeting-type-requested_reevaluation = Réévaluation sur demande
meeting-type-three_year_reevaluation = Réévaluation triennale
meeting-type-reconvene = Suite d'une réunion
meeting-type-reconvene-of = Suite d'une réunion ({ $type })
section-meeting-participants = Personnes invitées
participants-intro = Ces personnes sont invitées à la réunion, dans les rôles indiqués :
column-role = Rôle
column-name = Nom
role-parent = Parent
role-student = Élève
role-district_representative = Représentant du district
role-case_manager = Gestionnaire du dossier
role-school_psychologist = Psychologue scolaire
role-special_education_teacher = Enseignant en éducation spécialisée
role-general_education_teacher = Enseignant de l'enseignement général
role-related_service_provider = Prestataire de services connexes
role-school_social_worker = Travailleur social scolaire
role-parent_member = Parent membre supplémentaire
role-physician = Médecin scolaire
role-bilingual_professional = Professionnel bilingue
role-transition_agency_representative = Représentant d'un organisme de transition
role-teacher_of_deaf_and_hearing_impaired = Enseignant pour élèves sourds ou malentendants
role-teacher_of_blind_and_partially_sighted = Enseignant pour élèves aveugles ou malvoyants
role-audiologist = Audiologiste
role-school_nurse = Infirmier scolaire
role-assessment_professional = Évaluateur
role-supervisory_personnel = Superviseur
role-other_school_personnel = Autre membre du personnel scolaire
role-special_expertise = Personne qui connaît l'élève ou a une expertise particulière à son sujet
section-meeting-rights = Vos droits pour cette réunion
right-bring-people = Vous pouvez venir avec des personnes qui connaissent votre enfant ou ont une expertise particulière à son sujet, par exemple un proche, un ami ou un défenseur. Si vous venez avec un avocat, veuillez en informer l'école avant la réunion.
right-parent-member = Vous pouvez demander la participation d'un parent membre supplémentaire : le parent d'un élève handicapé de la ville de New York ou d'un district voisin. Faites-en la demande par écrit au moins 72 heures avant la réunion.
right-physician = Vous pouvez demander la participation d'un médecin scolaire, pour expliquer les informations médicales de votre enfant et leur lien avec sa scolarité. Faites-en la demande par écrit au moins 72 heures avant la réunion.
right-interpreter = Vous pouvez avoir un interprète, y compris en langue des signes, sans frais. Prévenez l'école si vous en avez besoin.
right-reschedule = Si la date ou l'heure ne vous conviennent pas, vous pouvez demander une autre date et une autre heure. Si vous ne pouvez pas venir, vous pouvez participer par téléphone.
right-record = Vous pouvez faire un enregistrement audio de la réunion si vous le demandez par écrit au directeur ou au président au moins un jour ouvrable avant. L'école enregistrera alors aussi la réunion.
right-documents = Vous recevrez avant la réunion les évaluations et les rapports que l'équipe examinera.
meeting-contact = Pour confirmer votre présence, demander l'un des éléments ci-dessus ou pour toute question, contactez { $contact }.

## Formulaires de consentement

consent-title-initial_evaluation = Consentement à l'évaluation initiale
consent-title-initial_provision_of_services = Consentement à la mise en place initiale des services d'éducation spécialisée
consent-title-additional_assessments = Consentement à des évaluations supplémentaires (réévaluation)
consent-intro-initial_evaluation = L'école vous demande votre consentement pour évaluer votre enfant, afin de savoir s'il a un handicap et a besoin de services d'éducation spécialisée. Le consentement à l'évaluation n'est pas un consentement aux services d'éducation spécialisée.
consent-intro-initial_provision_of_services = L'équipe IEP recommande des services d'éducation spécialisée pour votre enfant. L'école vous demande votre consentement pour les commencer. Aucun service d'éducation spécialisée ne peut commencer sans votre consentement écrit.
consent-intro-additional_assessments = Dans le cadre de la réévaluation de votre enfant, l'école vous demande votre consentement aux nouvelles évaluations indiquées ci-dessous.
section-consent-activities = Ce que l'école propose
consent-activities-itemized = Pour chaque élément, indiquez si vous donnez votre consentement. Vous pouvez consentir à certains éléments et pas à d'autres.
consent-activities-whole = L'école propose :
column-proposed = Proposition
consent-choice-yes = Je consens
consent-choice-no = Je ne consens pas
section-consent-records = Dossiers qui seront communiqués
consent-records-default = Le dossier scolaire de votre enfant ne sera communiqué qu'aux évaluateurs et aux prestataires de services qui réaliseront ce qui est proposé.
section-consent-rights = Vos droits
consent-right-decline = Vous pouvez refuser de donner votre consentement.
consent-right-revoke = Vous pouvez révoquer (retirer) votre consentement à tout moment, par écrit.
consent-right-not-retroactive = La révocation du consentement n'est pas rétroactive : elle n'annule pas ce qui a été fait après votre consentement et avant sa révocation.
section-consent-decision = Votre décision
consent-whole-yes = Je consens à ce qui est proposé ci-dessus.
consent-whole-no = Je ne consens pas.
consent-sign-intro = Par ma signature, je confirme que ce qui est proposé m'a été expliqué, que je le comprends et que ma décision est indiquée ci-dessus.
signature-parent = Signature du parent
signature-name = Nom du parent
signature-relationship = Lien avec l'élève
signature-date = Date
consent-return = Veuillez retourner ce formulaire à { $contact }. Pour toute question, contactez cette personne.
