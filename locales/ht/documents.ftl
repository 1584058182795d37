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
