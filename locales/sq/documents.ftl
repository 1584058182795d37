### IEP Desk: dokumente për prindërit, shqip. Regjistër zyrtar (ju).
### Të njëjtat mesazhe si në locales/en/documents.ftl; shënimet e përdorimit janë atje.

## Datat

date = { $day } { $month } { $year }
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

## Elementet e faqes

page-of = Faqja { $page } nga { $total }
page-header = Nxënësi: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = Kopja u përgatit më { $date }
translation-legal-notice = Ky është një përkthim i programit IEP. Versioni ligjor i këtij dokumenti është versioni në anglisht i programit IEP.
draft-notice = Projekt: ky program IEP nuk është përfundimtar dhe mund të ndryshojë ende.
written-in-english = Shkruar në anglisht nga ekipi IEP
not-yet-written = Nuk është shkruar ende.

## Formularët

form-nysed-iep-2023-11 = Formulari IEP i Shtetit të Nju Jorkut (NYSED), i rishikuar në nëntor 2023

## Vlerat

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Kopshti (Kindergarten)
grade-n = Klasa { $grade }
grade-ug = Pa klasë të caktuar
iep-version-value = Versioni { $version }
iep-status-draft = Projekt
iep-status-finalized = Përfundimtar
iep-status-amended = I ndryshuar (zëvendësuar nga një program IEP më i ri)
iep-amends-earlier = Ky program IEP ndryshon një program IEP të mëparshëm.

## Emrat e gjuhëve

language-en = Anglisht
language-sq = Shqip
language-ar = Arabisht
language-bn = Bengalisht (bangla)
language-zh-Hans = Kinezisht (e thjeshtuar)
language-zh-Hant = Kinezisht (tradicionale)
language-fr = Frëngjisht
language-ht = Kreolishte haitiane
language-ko = Koreanisht
language-ru = Rusisht
language-es = Spanjisht
language-uk = Ukrainisht
language-ur = Urdu
language-uz = Uzbekisht
language-pl = Polonisht
language-yi = Jidish
language-ja = Japonisht
language-ne = Nepalisht
language-pa = Panxhabisht
language-tl = Tagalogisht
language-fuf = Pulaar (fula)
language-wo = Uolof
language-asl = Gjuha amerikane e shenjave

## IEP

iep-title = Programi i Arsimit të Individualizuar (IEP)
section-identifying = Të dhënat identifikuese
field-student-name = Emri i nxënësit
field-date-of-birth = Data e lindjes
field-osis = Numri i identifikimit të nxënësit (OSIS)
field-school = Shkolla (DBN)
field-grade = Klasa
field-home-language = Gjuha e shtëpisë
field-parent-language = Gjuha e preferuar e prindit
field-iep-version = Versioni i IEP
field-iep-status = Statusi i IEP
field-finalized-on = Data e miratimit përfundimtar
field-amendment = Ndryshim
field-produced-on = Data e kësaj kopjeje

section-present-levels = Nivelet aktuale të arritjeve dhe nevojat individuale
plop-evaluation_results = Rezultatet e vlerësimit
plop-academic_achievement = Arritjet akademike, funksionimi dhe karakteristikat e të nxënit
plop-social_development = Zhvillimi social
plop-physical_development = Zhvillimi fizik
plop-management_needs = Nevojat për menaxhim
plop-effect_on_general_education = Ndikimi i nevojave të nxënësit në përfshirjen dhe përparimin në kurrikulën e arsimit të përgjithshëm
plop-special_factor_needs = Nevojat e nxënësit që lidhen me faktorë të veçantë

## Pjesët në anglisht

section-english-parts = Pjesët e këtij programi IEP në anglisht
english-parts-intro =
    { $count ->
        [one] Ekipi IEP shkroi në anglisht { $count } pjesë të këtij programi. Ajo nuk është përkthyer në këtë kopje:
       *[other] Ekipi IEP shkroi në anglisht { $count } pjesë të këtij programi. Ato nuk janë përkthyer në këtë kopje:
    }
english-parts-request = Keni të drejtë të kërkoni falas përkthimin e këtyre pjesëve në gjuhën tuaj. Për ta kërkuar, kontaktoni { $contact } ose koordinatorin e aksesit gjuhësor në shkollën e fëmijës suaj.
contact-phone = Telefoni: { $phone }
contact-email = Posta elektronike: { $email }
