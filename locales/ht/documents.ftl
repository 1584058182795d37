### IEP Desk: dokiman pou paran, kreyòl ayisyen. Rejis fòmèl.
### Menm mesaj ak locales/en/documents.ftl; nòt sou jan pou itilize yo la.

## Dat

date = { $day } { $month } { $year }
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm

## Eleman paj

page-of = Paj { $page } sou { $total }
page-header = Elèv: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = Kopi sa a fèt { $date }
translation-legal-notice = Sa a se yon tradiksyon IEP a. IEP an anglè a se vèsyon legal dokiman sa a.
draft-notice = Bouyon: IEP sa a poko final, li ka toujou chanje.
rsesp-title = Pwogram ak sèvis edikasyon espesyal yo rekòmande
rsesp-notice = Paj sa a nan bouyon IEP a montre pwogram ak sèvis ekip IEP a rekòmande. IEP a poko fini: y ap fini li epi ba ou li nan 10 jou travay.
written-in-english = Ekip IEP a ekri pati sa a an anglè
not-yet-written = Poko ekri.

## Fòm

form-nysed-iep-2023-11 = Fòm IEP Eta New York (NYSED), revize nan mwa novanm 2023

## Valè

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Kindègadenn
grade-n =
    { $grade ->
        [1] Premye ane
       *[other] { $grade }yèm ane
    }
grade-ug = San nivo klas
iep-version-value = Vèsyon { $version }
iep-status-draft = Bouyon
iep-status-finalized = Final
iep-status-amended = Amande (yon IEP ki pi resan ranplase li)
iep-amends-earlier = IEP sa a amande yon IEP anvan li.

## Non lang yo

language-en = Angle
language-sq = Albanyen
language-ar = Arab
language-bn = Bangla (Bengali)
language-zh-Hans = Chinwa (senplifye)
language-zh-Hant = Chinwa (tradisyonèl)
language-fr = Franse
language-ht = Kreyòl ayisyen
language-ko = Koreyen
language-ru = Ris
language-es = Panyòl
language-uk = Ikrenyen
language-ur = Oudou
language-uz = Ouzbek
language-pl = Polonè
language-yi = Yidich
language-ja = Japonè
language-ne = Nepali
language-pa = Pendjabi
language-tl = Tagalòg
language-fuf = Pulaar (Fulani)
language-wo = Wolòf
language-asl = Lang siy ameriken

## IEP a

iep-title = Pwogram Edikasyon Endividyalize (IEP)
section-identifying = Enfòmasyon idantifikasyon
field-student-name = Non elèv la
field-date-of-birth = Dat nesans
field-osis = Nimewo idantifikasyon elèv la (OSIS)
field-school = Lekòl (DBN)
field-grade = Klas
field-home-language = Lang yo pale lakay
field-parent-language = Lang paran an prefere
field-iep-version = Vèsyon IEP a
field-iep-status = Estati IEP a
field-finalized-on = Dat yo finalize li
field-amendment = Amannman
field-produced-on = Dat kopi sa a

section-present-levels = Nivo pèfòmans aktyèl ak bezwen endividyèl
plop-evaluation_results = Rezilta evalyasyon yo
plop-academic_achievement = Reyisit akademik, pèfòmans fonksyonèl ak karakteristik aprantisaj
plop-social_development = Devlopman sosyal
plop-physical_development = Devlopman fizik
plop-management_needs = Bezwen jesyon
plop-effect_on_general_education = Efè bezwen elèv la sou patisipasyon li ak pwogrè li nan kourikoulòm edikasyon jeneral la
plop-special_factor_needs = Bezwen elèv la ki gen rapò ak faktè espesyal yo

## Pati an anglè

section-english-parts = Pati nan IEP sa a ki an anglè
english-parts-intro =
    { $count ->
        [one] Ekip IEP a ekri { $count } pati nan IEP sa a an anglè. Yo pa tradui li nan kopi sa a:
       *[other] Ekip IEP a ekri { $count } pati nan IEP sa a an anglè. Yo pa tradui yo nan kopi sa a:
    }
english-parts-request = Ou gen dwa mande pou yo tradui pati sa yo nan lang ou, san sa pa koute w anyen. Pou w fè demann nan, kontakte { $contact } oswa kowòdonatè aksè lang lekòl pitit ou a.
contact-phone = Telefòn: { $phone }
contact-email = Imèl: { $email }

## Pou avi ak fòmilè yo

notice-date = Dat avi sa a: { $date }
translation-legal-notice-document = Sa a se yon tradiksyon. Vèsyon anglè dokiman sa a se vèsyon legal la.
section-student = Elèv
section-questions = Kesyon
section-english-parts-document = Pati nan dokiman sa a ki an anglè
english-parts-intro-document =
    { $count ->
        [one] Lekòl la ekri { $count } pati nan dokiman sa a an anglè. Li pa tradui nan kopi sa a:
       *[other] Lekòl la ekri { $count } pati nan dokiman sa a an anglè. Yo pa tradui nan kopi sa a:
    }
time = { $hour }:{ $minute }

## Avi alavans alekri (PWN)

pwn-title-referral_initial = Avi alavans alekri: Avi referans pou yon premye evalyasyon
pwn-title-refusal_of_initial_evaluation = Avi alavans alekri: Refi yon demann pou yon premye evalyasyon
pwn-title-recommendation_initial = Avi alavans alekri: Rekòmandasyon apre premye reyinyon IEP a
pwn-title-recommendation = Avi alavans alekri: Rekòmandasyon
pwn-title-ineligibility = Avi alavans alekri: Pa kalifye pou edikasyon espesyal
pwn-title-reevaluation_with_assessments = Avi alavans alekri: Reyevalyasyon ak nouvo evalyasyon
pwn-title-reevaluation = Avi alavans alekri: Reyevalyasyon
pwn-title-amendment = Avi alavans alekri: Chanjman nan IEP a
pwn-title-refusal = Avi alavans alekri: Refi yon demann paran an
pwn-intro-referral_initial = Yo refere pitit ou a pou yon premye evalyasyon, pou konnen si li gen yon andikap epi si li bezwen sèvis edikasyon espesyal. Avi sa a eksplike sa lekòl la pwopoze ak poukisa.
pwn-intro-refusal_of_initial_evaluation = Lekòl la resevwa yon demann pou refere pitit ou a pou yon premye evalyasyon, epi li deside pa fè referans lan. Avi sa a eksplike poukisa.
pwn-intro-recommendation_initial = Ekip IEP a te reyini apre premye evalyasyon pitit ou a epi li fè yon rekòmandasyon. Avi sa a eksplike sa ekip la rekòmande ak poukisa.
pwn-intro-recommendation = Ekip IEP a te reyini sou pitit ou a epi li fè yon rekòmandasyon. Avi sa a eksplike sa ekip la rekòmande ak poukisa.
pwn-intro-ineligibility = Ekip IEP a jwenn pitit ou a pa kalifye pou sèvis edikasyon espesyal. Avi sa a eksplike poukisa.
pwn-intro-reevaluation_with_assessments = Lekòl la pwopoze pou yo reyevalye pitit ou a ak nouvo evalyasyon. Avi sa a eksplike sa yo pwopoze ak poukisa.
pwn-intro-reevaluation = Lekòl la pwopoze pou yo reyevalye pitit ou a ak enfòmasyon li deja genyen. Avi sa a eksplike sa yo pwopoze ak poukisa.
pwn-intro-amendment = Lekòl la pwopoze pou chanje IEP pitit ou a. Avi sa a eksplike chanjman an ak poukisa.
pwn-intro-refusal = Lekòl la deside pa fè yon bagay ou te mande. Avi sa a eksplike sa yo refize ak poukisa.
pwn-element-action-propose = 1. Sa lekòl la pwopoze pou l fè
pwn-element-action-refuse = 1. Sa lekòl la refize fè
pwn-element-reasons = 2. Poukisa
pwn-element-evaluations = 3. Evalyasyon, tès, dosye ak rapò yo itilize
pwn-element-options = 4. Lòt opsyon yo te konsidere ak poukisa yo rejte yo
pwn-element-other-factors = 5. Lòt faktè enpòtan
pwn-element-safeguards = 6. Garanti pwosedi ou yo
pwn-element-assistance = 7. Kote ou ka jwenn èd
pwn-option = Opsyon { $number }:
pwn-option-rejected-because = Poukisa yo rejte l:
pwn-no-other-options = Ekip la pa t konsidere lòt opsyon.
pwn-safeguards-statement = Kòm paran yon elèv ki gen oswa ki ka gen yon andikap, ou gen dwa dapre garanti pwosedi lalwa federal ak lalwa Eta New York.
pwn-psn-enclosed = Yon kopi Avi sou Garanti Pwosedi yo, ki eksplike dwa sa yo, mache ak avi sa a.
pwn-psn-how-to-obtain = Ou ka jwenn yon kopi Avi sou Garanti Pwosedi yo gratis, li eksplike dwa sa yo:
pwn-psn-website = Avi sou Garanti Pwosedi yo disponib tou sou sit entènèt DOE a, nan "Statement of Family's Rights" (Deklarasyon Dwa Fanmi yo).
pwn-assistance-intro = Ou ka kontakte sous sa yo pou jwenn èd pou konprann edikasyon espesyal ak dwa ou yo:
pwn-section-more = Plis enfòmasyon sou avi sa a
pwn-consent-enclosed = Aksyon sa a bezwen konsantman ou alekri. Fòmilè "{ $form }" a mache ak avi sa a. Yo p ap fè anyen toutotan ou pa siyen l.
pwn-referral-next = Lekòl la ap kontakte w pou fikse dat yon reyinyon sou istwa sosyal, kote yo pral mande w konsantman ou pou evalyasyon an.
pwn-program-visit = Ou gen dwa vizite yon pwogram ki sanble ak sa yo rekòmande pou pitit ou a. Pou òganize yon vizit, kontakte:
pwn-program-visit-label = Kontak pou òganize vizit yon pwogram
pwn-refusal-right-to-refer = Ou gen dwa refere pitit ou a ou menm pou yon premye evalyasyon, alekri, bay direktè lekòl la oswa Komite Edikasyon Espesyal la.
pwn-refusal-copy-of-request = Yon kopi demann referans lan mache avè l.
pwn-refusal-meeting-offered = Yo ofri w yon reyinyon ak direktè a pou pale sou demann lan ak èd ki disponib pou pitit ou a lekòl la.
pwn-ineligibility-enclosed = Nivo pèfòmans aktyèl ak bezwen endividyèl pitit ou a mache ak avi sa a.
pwn-contact = Ou gen dwa patisipe nan tout desizyon sou edikasyon pitit ou a. Si ou gen kesyon sou avi sa a, kontakte { $contact }.

## Avi Reyinyon IEP

meeting-notice-title = Avi Reyinyon IEP
meeting-notice-intro = Yo envite w nan yon reyinyon ekip IEP pitit ou a. Ou se yon manm ekip la, epi patisipasyon ou enpòtan.
section-meeting-details = Detay reyinyon an
field-meeting-type = Kalite reyinyon
field-meeting-date = Dat
field-meeting-time = Lè
field-meeting-place = Kote
field-meeting-interpreter = Entèprèt
meeting-interpreter-value = Ap gen yon entèprèt pou lang { $language } nan reyinyon an.
meeting-sign-language-value = Ap gen yon entèprèt lang siy nan reyinyon an.
meeting-type-initial = Premye reyinyon IEP (apre premye evalyasyon an)
meeting-type-annual_review = Revizyon anyèl
meeting-type-requested_review = Revizyon yo mande
meeting-type-requested_reevaluation = Reyevalyasyon yo mande
meeting-type-three_year_reevaluation = Reyevalyasyon chak twazan
meeting-type-reconvene = Kontinyasyon yon reyinyon
meeting-type-reconvene-of = Kontinyasyon yon reyinyon ({ $type })
section-meeting-participants = Ki moun ki envite
participants-intro = Moun sa yo envite nan reyinyon an, nan wòl yo endike a:
column-role = Wòl
column-name = Non
role-parent = Paran
role-student = Elèv
role-district_representative = Reprezantan distri a
role-case_manager = Jesyonè dosye a
role-school_psychologist = Sikològ lekòl la
role-special_education_teacher = Pwofesè edikasyon espesyal
role-general_education_teacher = Pwofesè edikasyon jeneral
role-related_service_provider = Founisè sèvis ki gen rapò
role-school_social_worker = Travayè sosyal lekòl la
role-parent_member = Lòt paran manm
role-physician = Doktè lekòl la
role-bilingual_professional = Pwofesyonèl bileng
role-transition_agency_representative = Reprezantan yon ajans tranzisyon
role-teacher_of_deaf_and_hearing_impaired = Pwofesè pou elèv ki soud oswa ki pa tande byen
role-teacher_of_blind_and_partially_sighted = Pwofesè pou elèv ki avèg oswa ki pa wè byen
role-audiologist = Odyològ
role-school_nurse = Enfimyè lekòl la
role-assessment_professional = Evalyatè
role-supervisory_personnel = Sipèvizè
role-other_school_personnel = Lòt anplwaye lekòl la
role-special_expertise = Moun ki konnen elèv la oswa ki gen konesans espesyal sou li
section-meeting-rights = Dwa ou pou reyinyon sa a
right-bring-people = Ou ka mennen moun ki konnen pitit ou a oswa ki gen konesans espesyal sou li, tankou yon fanmi, yon zanmi oswa yon defansè. Si w ap mennen yon avoka, tanpri avèti lekòl la anvan reyinyon an.
right-parent-member = Ou ka mande pou yon lòt paran manm patisipe: paran yon elèv ki gen andikap nan Vil New York oswa nan yon distri vwazen. Mande l alekri omwen 72 èdtan anvan reyinyon an.
right-physician = Ou ka mande pou doktè lekòl la patisipe, pou eksplike enfòmasyon medikal pitit ou a ak rapò yo genyen ak edikasyon li. Mande l alekri omwen 72 èdtan anvan reyinyon an.
right-interpreter = Ou ka gen yon entèprèt, tankou yon entèprèt lang siy, san sa pa koute w anyen. Di lekòl la si ou bezwen youn.
right-reschedule = Si dat la oswa lè a pa bon pou ou, ou ka mande yon lòt dat ak yon lòt lè. Si ou pa ka vini, ou ka patisipe pa telefòn.
right-record = Ou ka anrejistre reyinyon an an odyo si ou mande direktè a oswa prezidan an alekri omwen yon jou travay anvan. Lè sa a, lekòl la ap anrejistre reyinyon an tou.
right-documents = Ou pral resevwa evalyasyon ak rapò ekip la pral egzamine yo anvan reyinyon an.
meeting-contact = Pou konfime ou ap vini, pou mande nenpòt nan bagay ki anwo yo, oswa si ou gen kesyon, kontakte { $contact }.

## Fòmilè konsantman

consent-title-initial_evaluation = Konsantman pou premye evalyasyon an
consent-title-initial_provision_of_services = Konsantman pou kòmanse sèvis edikasyon espesyal
consent-title-additional_assessments = Konsantman pou lòt evalyasyon (reyevalyasyon)
consent-intro-initial_evaluation = Lekòl la mande konsantman ou pou evalye pitit ou a, pou konnen si li gen yon andikap epi si li bezwen sèvis edikasyon espesyal. Konsantman pou evalyasyon an se pa konsantman pou sèvis edikasyon espesyal.
consent-intro-initial_provision_of_services = Ekip IEP a rekòmande sèvis edikasyon espesyal pou pitit ou a. Lekòl la mande konsantman ou pou kòmanse yo. Okenn sèvis edikasyon espesyal pa ka kòmanse san konsantman ou alekri.
consent-intro-additional_assessments = Kòm yon pati nan reyevalyasyon pitit ou a, lekòl la mande konsantman ou pou nouvo evalyasyon ki nan lis anba a.
section-consent-activities = Sa lekòl la pwopoze
consent-activities-itemized = Pou chak pwen, make si ou bay konsantman ou. Ou ka dakò pou kèk pwen epi pa dakò pou lòt.
consent-activities-whole = Lekòl la pwopoze:
column-proposed = Pwopozisyon
consent-choice-yes = Mwen dakò
consent-choice-no = Mwen pa dakò
section-consent-records = Dosye yo pral pataje
consent-records-default = Yo pral pataje dosye lekòl pitit ou a sèlman ak evalyatè ak founisè sèvis ki pral fè sa yo pwopoze a.
section-consent-rights = Dwa ou yo
consent-right-decline = Ou ka refize bay konsantman ou.
consent-right-revoke = Ou ka retire konsantman ou nenpòt ki lè, alekri.
consent-right-not-retroactive = Retire konsantman an pa retwoaktif: li pa anile sa yo te fè apre ou te bay konsantman ou epi anvan ou te retire l.
section-consent-decision = Desizyon ou
consent-whole-yes = Mwen dakò ak sa yo pwopoze anwo a.
consent-whole-no = Mwen pa dakò.
consent-sign-intro = Lè m siyen, mwen konfime yo eksplike m sa yo pwopoze a, mwen konprann li, epi desizyon mwen make anwo a.
signature-parent = Siyati paran an
signature-name = Non paran an
signature-relationship = Relasyon ak elèv la
signature-date = Dat
consent-return = Tanpri retounen fòmilè sa a bay { $contact }. Si ou gen kesyon, kontakte menm moun nan.
