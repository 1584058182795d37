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
rsesp-title = Programet dhe shërbimet e rekomanduara të arsimit special
rsesp-notice = Kjo faqe e projektit të programit IEP rendit programet dhe shërbimet që rekomandon ekipi i IEP. Programi IEP nuk është ende përfundimtar: do të përfundohet dhe do t'ju jepet brenda 10 ditëve pune.
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

## Të përbashkëta për njoftimet dhe formularët

notice-date = Data e këtij njoftimi: { $date }
translation-legal-notice-document = Ky është një përkthim. Versioni ligjor i këtij dokumenti është versioni në anglisht.
section-student = Nxënësi
section-questions = Pyetje
section-english-parts-document = Pjesët e këtij dokumenti në anglisht
english-parts-intro-document =
    { $count ->
        [one] Shkolla e shkroi { $count } pjesë të këtij dokumenti në anglisht. Ajo nuk është përkthyer në këtë kopje:
       *[other] Shkolla i shkroi { $count } pjesë të këtij dokumenti në anglisht. Ato nuk janë përkthyer në këtë kopje:
    }
time = { $hour }:{ $minute }

## Njoftim paraprak me shkrim (PWN)

pwn-title-referral_initial = Njoftim paraprak me shkrim: Njoftim për referim për vlerësim fillestar
pwn-title-refusal_of_initial_evaluation = Njoftim paraprak me shkrim: Refuzim i një kërkese për vlerësim fillestar
pwn-title-recommendation_initial = Njoftim paraprak me shkrim: Rekomandim pas mbledhjes fillestare të IEP
pwn-title-recommendation = Njoftim paraprak me shkrim: Rekomandim
pwn-title-ineligibility = Njoftim paraprak me shkrim: I papërshtatshëm për arsim special
pwn-title-reevaluation_with_assessments = Njoftim paraprak me shkrim: Rivlerësim me vlerësime të reja
pwn-title-reevaluation = Njoftim paraprak me shkrim: Rivlerësim
pwn-title-amendment = Njoftim paraprak me shkrim: Ndryshim i IEP
pwn-title-refusal = Njoftim paraprak me shkrim: Refuzim i një kërkese të prindit
pwn-intro-referral_initial = Fëmija juaj është referuar për një vlerësim fillestar, për të parë nëse ka një aftësi të kufizuar dhe ka nevojë për shërbime të arsimit special. Ky njoftim shpjegon çfarë propozon shkolla dhe pse.
pwn-intro-refusal_of_initial_evaluation = Shkolla mori një kërkesë për ta referuar fëmijën tuaj për vlerësim fillestar dhe vendosi të mos e bëjë referimin. Ky njoftim shpjegon pse.
pwn-intro-recommendation_initial = Ekipi i IEP u mblodh pas vlerësimit fillestar të fëmijës suaj dhe bëri një rekomandim. Ky njoftim shpjegon çfarë rekomandon ekipi dhe pse.
pwn-intro-recommendation = Ekipi i IEP u mblodh për fëmijën tuaj dhe bëri një rekomandim. Ky njoftim shpjegon çfarë rekomandon ekipi dhe pse.
pwn-intro-ineligibility = Ekipi i IEP arriti në përfundimin se fëmija juaj nuk ka të drejtë për shërbime të arsimit special. Ky njoftim shpjegon pse.
pwn-intro-reevaluation_with_assessments = Shkolla propozon ta rivlerësojë fëmijën tuaj me vlerësime të reja. Ky njoftim shpjegon çfarë propozohet dhe pse.
pwn-intro-reevaluation = Shkolla propozon ta rivlerësojë fëmijën tuaj me informacionin që ka tashmë. Ky njoftim shpjegon çfarë propozohet dhe pse.
pwn-intro-amendment = Shkolla propozon të ndryshojë IEP-në e fëmijës suaj. Ky njoftim shpjegon ndryshimin dhe arsyen.
pwn-intro-refusal = Shkolla vendosi të mos bëjë diçka që ju kërkuat. Ky njoftim shpjegon çfarë u refuzua dhe pse.
pwn-element-action-propose = 1. Çfarë propozon të bëjë shkolla
pwn-element-action-refuse = 1. Çfarë refuzon të bëjë shkolla
pwn-element-reasons = 2. Pse
pwn-element-evaluations = 3. Vlerësimet, testet, dosjet dhe raportet e përdorura
pwn-element-options = 4. Mundësi të tjera të shqyrtuara dhe pse u refuzuan
pwn-element-other-factors = 5. Faktorë të tjerë të rëndësishëm
pwn-element-safeguards = 6. Garancitë tuaja procedurale
pwn-element-assistance = 7. Ku mund të merrni ndihmë
pwn-option = Mundësia { $number }:
pwn-option-rejected-because = Pse u refuzua:
pwn-no-other-options = Ekipi nuk shqyrtoi mundësi të tjera.
pwn-safeguards-statement = Si prind i një nxënësi që ka ose mund të ketë aftësi të kufizuar, ju keni të drejta sipas garancive procedurale të ligjit federal dhe të ligjit të Shtetit të Nju Jorkut.
pwn-psn-enclosed = Një kopje e Njoftimit për garancitë procedurale, që i shpjegon këto të drejta, është bashkëngjitur me këtë njoftim.
pwn-psn-how-to-obtain = Mund të merrni falas një kopje të Njoftimit për garancitë procedurale, që i shpjegon këto të drejta:
pwn-psn-website = Njoftimi për garancitë procedurale gjendet edhe në faqen e internetit të DOE, te "Statement of Family's Rights" (Deklarata e të drejtave të familjes).
pwn-assistance-intro = Mund të kontaktoni këto burime për ndihmë për të kuptuar arsimin special dhe të drejtat tuaja:
pwn-section-more = Më shumë për këtë njoftim
pwn-consent-enclosed = Ky veprim kërkon pëlqimin tuaj me shkrim. Formulari "{ $form }" është bashkëngjitur me këtë njoftim. Asgjë nuk do të bëhet derisa ta nënshkruani.
pwn-referral-next = Shkolla do t'ju kontaktojë për të caktuar datën e një takimi për historinë sociale, ku do t'ju kërkohet pëlqimi për vlerësimin.
pwn-program-visit = Keni të drejtë të vizitoni një program si ai që rekomandohet për fëmijën tuaj. Për të organizuar një vizitë, kontaktoni:
pwn-program-visit-label = Kontakti për të organizuar vizitën e një programi
pwn-refusal-right-to-refer = Keni të drejtë ta referoni vetë fëmijën tuaj për vlerësim fillestar, me shkrim, te drejtori i shkollës ose te Komiteti për Arsimin Special.
pwn-refusal-copy-of-request = Një kopje e kërkesës për referim është bashkëngjitur.
pwn-refusal-meeting-offered = Ju ofrohet një takim me drejtorin për të diskutuar kërkesën dhe ndihmën që ka në shkollë për fëmijën tuaj.
pwn-ineligibility-enclosed = Nivelet aktuale të performancës dhe nevojat individuale të fëmijës suaj janë bashkëngjitur me këtë njoftim.
pwn-contact = Keni të drejtë të merrni pjesë në çdo vendim për arsimimin e fëmijës suaj. Nëse keni pyetje për këtë njoftim, kontaktoni { $contact }.

## Njoftim për mbledhjen e IEP

meeting-notice-title = Njoftim për mbledhjen e IEP
meeting-notice-intro = Jeni të ftuar në një mbledhje të ekipit të IEP të fëmijës suaj. Ju jeni anëtar i ekipit dhe pjesëmarrja juaj është e rëndësishme.
section-meeting-details = Të dhënat e mbledhjes
field-meeting-type = Lloji i mbledhjes
field-meeting-date = Data
field-meeting-time = Ora
field-meeting-place = Vendi
field-meeting-interpreter = Përkthyesi
meeting-interpreter-value = Në mbledhje do të jetë një përkthyes për gjuhën: { $language }.
meeting-sign-language-value = Në mbledhje do të jetë një përkthyes i gjuhës së shenjave.
meeting-type-initial = Mbledhja fillestare e IEP (pas vlerësimit fillestar)
meeting-type-annual_review = Rishikimi vjetor
meeting-type-requested_review = Rishikim i kërkuar
meeting-type-requested_reevaluation = Rivlerësim i kërkuar
meeting-type-three_year_reevaluation = Rivlerësimi trevjeçar
meeting-type-reconvene = Vazhdim i një mbledhjeje
meeting-type-reconvene-of = Vazhdim i një mbledhjeje ({ $type })
section-meeting-participants = Kush është i ftuar
participants-intro = Këta persona janë të ftuar në mbledhje, në rolet e treguara:
column-role = Roli
column-name = Emri
role-parent = Prindi
role-student = Nxënësi
role-district_representative = Përfaqësuesi i distriktit
role-case_manager = Menaxheri i rastit
role-school_psychologist = Psikologu i shkollës
role-special_education_teacher = Mësuesi i arsimit special
role-general_education_teacher = Mësuesi i arsimit të përgjithshëm
role-related_service_provider = Ofruesi i shërbimeve të lidhura
role-school_social_worker = Punonjësi social i shkollës
role-parent_member = Prind anëtar shtesë
role-physician = Mjeku i shkollës
role-bilingual_professional = Profesionist dygjuhësh
role-transition_agency_representative = Përfaqësues i një agjencie tranzicioni
role-teacher_of_deaf_and_hearing_impaired = Mësues për nxënës të shurdhër ose me dëgjim të dobët
role-teacher_of_blind_and_partially_sighted = Mësues për nxënës të verbër ose me shikim të dobët
role-audiologist = Audiologu
role-school_nurse = Infermieri i shkollës
role-assessment_professional = Vlerësuesi
role-supervisory_personnel = Mbikëqyrësi
role-other_school_personnel = Personel tjetër i shkollës
role-special_expertise = Person që e njeh nxënësin ose ka njohuri të veçanta për të
section-meeting-rights = Të drejtat tuaja për këtë mbledhje
right-bring-people = Mund të sillni persona që e njohin fëmijën tuaj ose kanë njohuri të veçanta për të, si një të afërm, një mik ose një avokat mbrojtës. Nëse sillni një avokat, ju lutemi njoftoni shkollën para mbledhjes.
right-parent-member = Mund të kërkoni që të marrë pjesë një prind anëtar shtesë: prindi i një nxënësi me aftësi të kufizuar në qytetin e Nju Jorkut ose në një distrikt fqinj. Kërkojeni me shkrim të paktën 72 orë para mbledhjes.
right-physician = Mund të kërkoni që të marrë pjesë mjeku i shkollës, për të shpjeguar informacionin mjekësor të fëmijës suaj dhe lidhjen e tij me arsimimin. Kërkojeni me shkrim të paktën 72 orë para mbledhjes.
right-interpreter = Mund të keni një përkthyes, përfshirë përkthyes të gjuhës së shenjave, pa asnjë kosto. Njoftoni shkollën nëse ju nevojitet.
right-reschedule = Nëse data ose ora nuk ju përshtatet, mund të kërkoni një datë dhe orë tjetër. Nëse nuk mund të vini, mund të merrni pjesë me telefon.
right-record = Mund ta regjistroni me zë mbledhjen nëse ia kërkoni me shkrim drejtorit ose kryetarit të paktën një ditë pune përpara. Atëherë edhe shkolla do ta regjistrojë mbledhjen.
right-documents = Para mbledhjes do të merrni vlerësimet dhe raportet që do të shqyrtojë ekipi.
meeting-contact = Për të konfirmuar pjesëmarrjen, për të kërkuar ndonjë nga sa më sipër ose nëse keni pyetje, kontaktoni { $contact }.

## Formularët e pëlqimit

consent-title-initial_evaluation = Pëlqim për vlerësimin fillestar
consent-title-initial_provision_of_services = Pëlqim për fillimin e shërbimeve të arsimit special
consent-title-additional_assessments = Pëlqim për vlerësime shtesë (rivlerësim)
consent-intro-initial_evaluation = Shkolla kërkon pëlqimin tuaj për ta vlerësuar fëmijën tuaj, për të parë nëse ka një aftësi të kufizuar dhe ka nevojë për shërbime të arsimit special. Pëlqimi për vlerësimin nuk është pëlqim për shërbimet e arsimit special.
consent-intro-initial_provision_of_services = Ekipi i IEP rekomandon shërbime të arsimit special për fëmijën tuaj. Shkolla kërkon pëlqimin tuaj për t'i filluar ato. Asnjë shërbim i arsimit special nuk mund të fillojë pa pëlqimin tuaj me shkrim.
consent-intro-additional_assessments = Si pjesë e rivlerësimit të fëmijës suaj, shkolla kërkon pëlqimin tuaj për vlerësimet e reja të renditura më poshtë.
section-consent-activities = Çfarë propozon shkolla
consent-activities-itemized = Për secilën pikë, shënoni nëse jepni pëlqimin. Mund të jepni pëlqimin për disa pika dhe jo për të tjera.
consent-activities-whole = Shkolla propozon:
column-proposed = Propozimi
consent-choice-yes = Jap pëlqimin
consent-choice-no = Nuk jap pëlqimin
section-consent-records = Dosjet që do të ndahen
consent-records-default = Dosjet shkollore të fëmijës suaj do t'u jepen vetëm vlerësuesve dhe ofruesve të shërbimeve që kryejnë atë që propozohet.
section-consent-rights = Të drejtat tuaja
consent-right-decline = Mund të refuzoni të jepni pëlqimin.
consent-right-revoke = Mund ta tërhiqni pëlqimin tuaj në çdo kohë, me shkrim.
consent-right-not-retroactive = Tërheqja e pëlqimit nuk ka fuqi prapavepruese: nuk anulon atë që u bë pasi dhatë pëlqimin dhe para se ta tërhiqnit.
section-consent-decision = Vendimi juaj
consent-whole-yes = Jap pëlqimin për sa propozohet më sipër.
consent-whole-no = Nuk jap pëlqimin.
consent-sign-intro = Me nënshkrimin tim konfirmoj se më është shpjeguar ajo që propozohet, se e kuptoj dhe se vendimi im është shënuar më sipër.
signature-parent = Nënshkrimi i prindit
signature-name = Emri i prindit
signature-relationship = Lidhja me nxënësin
signature-date = Data
consent-return = Ju lutemi ia ktheni këtë formular { $contact }. Nëse keni pyetje, kontaktoni të njëjtin person.
