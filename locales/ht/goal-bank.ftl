# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = pral dekode mo ki gen plizyè silab lè li sèvi ak kalite silab yo
goal-read-decode-multisyllabic-condition = Lè yo ba li yon lis 20 mo ki gen plizyè silab li pa konnen, nan nivo klas li
goal-read-decode-multisyllabic-criterion = ak 80% presizyon nan 4 esè sou 5
goal-read-decode-multisyllabic-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-read-decode-multisyllabic-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-read-fluency-wcpm-skill = pral li yon pasaj nan nivo klas li awotvwa a yon vitès 110 mo kòrèk pa minit
goal-read-fluency-wcpm-condition = Lè yo ba li yon pasaj nan nivo klas li li poko pratike
goal-read-fluency-wcpm-criterion = nan 3 ti tès rapid chak semèn, youn apre lòt

goal-read-main-idea-skill = pral di ide prensipal la ak de detay ki sipòte l
goal-read-main-idea-condition = Lè yo ba li yon tèks enfòmatif nan nivo klas li ak yon òganizatè grafik
goal-read-main-idea-criterion = ak 80% presizyon nan 4 esè sou 5
goal-read-main-idea-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-read-main-idea-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-read-inference-skill = pral fè yon dediksyon epi site yon prèv nan tèks la ki sipòte l
goal-read-inference-condition = Apre li fin li yon pasaj literè nan nivo klas li
goal-read-inference-criterion = ak 75% presizyon nan 4 esè sou 5
goal-read-inference-benchmark-1 = Anvan premye rapò pwogrè a: ak 55% presizyon nan 4 esè sou 5
goal-read-inference-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 65% presizyon nan 4 esè sou 5

goal-read-sight-words-skill = pral li mo yo itilize souvan yo otomatikman (nan 3 segonn oswa mwens pou chak mo)
goal-read-sight-words-condition = Lè yo ba li yon lis 50 mo yo itilize souvan nan nivo klas li
goal-read-sight-words-criterion = ak 45 mo sou 50 li kòrèkteman nan 3 ti tès rapid youn apre lòt

goal-read-phonemic-blend-skill = pral mete ansanm epi separe son yo nan mo ki gen 3 a 4 fonèm yo di l oralman
goal-read-phonemic-blend-condition = Lè yo di l mo yo oralman
goal-read-phonemic-blend-criterion = ak 90% presizyon pandan 3 sesyon youn apre lòt
goal-read-phonemic-blend-benchmark-1 = Anvan premye rapò pwogrè a: ak 70% presizyon pandan 3 sesyon youn apre lòt
goal-read-phonemic-blend-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 80% presizyon pandan 3 sesyon youn apre lòt

goal-read-summarize-skill = pral ekri yon rezime yon tèks nan nivo klas li ki gen evènman prensipal yo nan lòd
goal-read-summarize-condition = Apre li fin li yon pasaj nan nivo klas li poukont li
goal-read-summarize-criterion = ak yon nòt 3 sou 4 sou yon grij evalyasyon rezime nan 4 esè sou 5

goal-read-vocabulary-context-skill = pral jwenn sans mo li pa konnen lè li sèvi ak endis nan kontèks la
goal-read-vocabulary-context-condition = Lè yo ba li yon pasaj nan nivo klas li ki gen 5 mo li pa konnen ki souliye
goal-read-vocabulary-context-criterion = ak 80% presizyon nan 4 esè sou 5
goal-read-vocabulary-context-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-read-vocabulary-context-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-read-text-structure-skill = pral idantifye estrikti tèks la (sekans, konparezon ak kontras, kòz ak efè, pwoblèm ak solisyon)
goal-read-text-structure-condition = Lè yo ba li pasaj enfòmatif ki kout
goal-read-text-structure-criterion = ak 80% presizyon nan 4 esè sou 5
goal-read-text-structure-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-read-text-structure-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-read-answer-wh-skill = pral reponn kesyon ki, kisa, ki kote, kilè ak poukisa sou yon pasaj
goal-read-answer-wh-condition = Apre li fin koute oswa li yon pasaj nan nivo enstriksyon li
goal-read-answer-wh-criterion = ak 80% presizyon nan 4 esè sou 5
goal-read-answer-wh-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-read-answer-wh-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-read-retell-skill = pral rakonte yon istwa ankò, ak pèsonaj yo, kote istwa a pase, pwoblèm nan ak solisyon an
goal-read-retell-condition = Apre li fin li yon istwa nan nivo enstriksyon li
goal-read-retell-criterion = ak 4 eleman istwa sou 4, nan 4 fwa sou 5 li rakonte istwa a

goal-read-comprehension-monitor-skill = pral sèvi ak yon estrateji pou korije konpreyansyon li (li ankò, li pi devan, poze yon kesyon) lè li pa konprann sa l ap li a
goal-read-comprehension-monitor-condition = Pandan l ap li yon tèks nan nivo klas li
goal-read-comprehension-monitor-criterion = nan 4 okazyon obsève sou 5

goal-read-compare-texts-skill = pral konpare de tèks sou menm sijè a, ak resanblans ak diferans yo, lè li sèvi ak yon dyagram Venn
goal-read-compare-texts-condition = Lè yo ba li de tèks nan nivo klas li sou menm sijè a
goal-read-compare-texts-criterion = li bay 3 resanblans ak 3 diferans nan 4 esè sou 5

goal-read-reading-level-skill = pral li tèks nan nivo enstriksyon li ak 95% presizyon nan mo yo epi reponn kesyon konpreyansyon
goal-read-reading-level-condition = Lè yo ba li tèks ki klase pa nivo
goal-read-reading-level-criterion = li monte 2 nivo lekti, jan dosye lekti (running records) yo montre sa

goal-read-functional-signs-skill = pral li panno ak etikèt li jwenn chak jou nan kominote a
goal-read-functional-signs-condition = Lè yo ba li 20 foto panno nan kominote a ak etikèt pwodwi
goal-read-functional-signs-criterion = ak 18 sou 20 li kòrèkteman pandan 3 sesyon youn apre lòt

goal-read-author-purpose-skill = pral idantifye entansyon otè a ak pwen de vi li
goal-read-author-purpose-condition = Lè yo ba li yon tèks enfòmatif oswa yon tèks pou konvenk nan nivo klas li
goal-read-author-purpose-criterion = ak 80% presizyon nan 4 esè sou 5
goal-read-author-purpose-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-read-author-purpose-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

## writing

goal-writ-paragraph-skill = pral ekri yon paragraf ki gen yon fraz prensipal, twa detay ki sipòte l ak yon fraz konklizyon
goal-writ-paragraph-condition = Lè yo ba li yon sijè pou ekri ak yon fèy pou planifye paragraf la
goal-writ-paragraph-criterion = ak yon nòt 3 sou 4 sou yon grij evalyasyon paragraf nan 4 echantiyon sou 5

goal-writ-argument-essay-skill = pral ekri yon redaksyon agiman ki gen yon pozisyon, de rezon ak prèv ak yon konklizyon
goal-writ-argument-essay-condition = Lè yo ba li yon sijè pou ekri ak yon lis verifikasyon pou planifye
goal-writ-argument-essay-criterion = ak yon nòt 3 sou 4 sou yon grij evalyasyon nan 3 redaksyon youn apre lòt

goal-writ-capitalization-punctuation-skill = pral sèvi kòrèkteman ak lèt majiskil ak ponktyasyon nan fen fraz
goal-writ-capitalization-punctuation-condition = Lè l ap ekri senk fraz oswa plis poukont li
goal-writ-capitalization-punctuation-criterion = ak 90% presizyon nan 4 echantiyon ekriti sou 5
goal-writ-capitalization-punctuation-benchmark-1 = Anvan premye rapò pwogrè a: ak 70% presizyon nan 4 echantiyon ekriti sou 5
goal-writ-capitalization-punctuation-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 80% presizyon nan 4 echantiyon ekriti sou 5

goal-writ-spelling-patterns-skill = pral ekri kòrèkteman mo ki gen modèl òtograf yo te anseye l
goal-writ-spelling-patterns-condition = Lè yo dikte l yon lis 20 mo ki gen modèl yo te anseye l
goal-writ-spelling-patterns-criterion = ak yon nòt 85% nan 3 tès chak semèn, youn apre lòt
goal-writ-spelling-patterns-benchmark-1 = Anvan premye rapò pwogrè a: ak yon nòt 65% nan 3 tès chak semèn, youn apre lòt
goal-writ-spelling-patterns-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak yon nòt 75% nan 3 tès chak semèn, youn apre lòt

goal-writ-sentence-complete-skill = pral ekri fraz konplè ki gen yon sijè ak yon predika
goal-writ-sentence-complete-condition = Lè yo ba li yon imaj oswa yon sijè
goal-writ-sentence-complete-criterion = ak 80% presizyon nan 4 esè sou 5
goal-writ-sentence-complete-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-writ-sentence-complete-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-writ-narrative-skill = pral ekri yon istwa ki gen yon kòmansman, yon mitan ak yon fen, ak mo tranzisyon
goal-writ-narrative-condition = Lè yo ba li yon sijè pou rakonte yon bagay li te viv ak yon kat istwa
goal-writ-narrative-criterion = ak yon nòt 3 sou 4 sou yon grij evalyasyon istwa nan 3 echantiyon sou 4

goal-writ-edit-checklist-skill = pral korije òtograf, lèt majiskil ak ponktyasyon nan yon bouyon lè li sèvi ak yon lis verifikasyon
goal-writ-edit-checklist-condition = Lè yo ba li yon premye bouyon li te ekri limenm
goal-writ-edit-checklist-criterion = li korije 4 erè sou 5 nan 4 bouyon sou 5

goal-writ-transitions-skill = pral sèvi ak omwen twa mo tranzisyon diferan pou konekte ide yo
goal-writ-transitions-condition = Lè l ap ekri yon repons ki gen plizyè paragraf
goal-writ-transitions-criterion = nan 4 echantiyon ekriti sou 5

goal-writ-research-notes-skill = pral pran nòt nan de sous epi site chak sous
goal-writ-research-notes-condition = Lè yo ba li yon kesyon rechèch ak de sous nan nivo klas li
goal-writ-research-notes-criterion = li note 5 fè enpòtan ak sous yo nan 4 esè sou 5

goal-writ-typing-skill = pral tape sou klavye a 20 mo pa minit ak 90% presizyon
goal-writ-typing-condition = Avèk yon klavye ak yon pwogram pou aprann tape
goal-writ-typing-criterion = nan 3 tès kwonometre youn apre lòt

goal-writ-dictation-tool-skill = pral sèvi ak yon lojisyèl lapawòl an tèks pou ekri yon paragraf epi revize l apre
goal-writ-dictation-tool-condition = Lè yo ba li yon devwa pou ekri ak yon lojisyèl lapawòl an tèks
goal-writ-dictation-tool-criterion = li ekri yon paragraf 5 fraz nan 4 esè sou 5

goal-writ-functional-forms-skill = pral ranpli yon fòm enfòmasyon pèsonèl (non, adrès, telefòn, dat nesans, moun pou kontakte nan ka ijans)
goal-writ-functional-forms-condition = Lè yo ba li yon fòm aplikasyon pou travay oswa pou lekòl
goal-writ-functional-forms-criterion = li ranpli 5 espas sou 5 kòrèkteman nan 3 esè youn apre lòt

goal-writ-constructed-response-skill = pral reponn yon kesyon sou yon tèks lè li sèvi ak estrateji RACE (repete kesyon an, reponn, site tèks la, eksplike)
goal-writ-constructed-response-condition = Lè yo ba li yon pasaj ak yon kesyon nan nivo klas li
goal-writ-constructed-response-criterion = li mete 4 pati sou 4 nan 4 repons sou 5

goal-writ-handwriting-legible-skill = pral ekri yon fason ki lizib sou papye ki gen liy, ak bon gwosè lèt ak bon espas
goal-writ-handwriting-legible-condition = Lè l ap kopye yon pasaj 3 fraz
goal-writ-handwriting-legible-criterion = ak 80% presizyon nan 4 esè sou 5
goal-writ-handwriting-legible-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-writ-handwriting-legible-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-writ-expand-sentences-skill = pral agrandi fraz senp lè li ajoute detay sou ki moun, kisa, kilè, ki kote ak poukisa
goal-writ-expand-sentences-condition = Lè yo ba li yon fraz senp
goal-writ-expand-sentences-criterion = li ajoute 2 detay nan 4 esè sou 5

goal-writ-informational-essay-skill = pral ekri yon redaksyon enfòmatif ki gen yon entwodiksyon, de paragraf devlopman ak fè ladan yo, ak yon konklizyon
goal-writ-informational-essay-condition = Lè yo ba li yon sijè, sous ak yon òganizatè grafik
goal-writ-informational-essay-criterion = ak yon nòt 3 sou 4 sou yon grij evalyasyon nan 3 redaksyon sou 4

## math

goal-math-addition-regroup-skill = pral adisyone nonb ki gen de ak twa chif ak retni
goal-math-addition-regroup-condition = Lè yo ba li 10 pwoblèm adisyon
goal-math-addition-regroup-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-addition-regroup-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-addition-regroup-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-subtraction-regroup-skill = pral soustrè nonb ki gen de ak twa chif ak retni
goal-math-subtraction-regroup-condition = Lè yo ba li 10 pwoblèm soustraksyon
goal-math-subtraction-regroup-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-subtraction-regroup-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-subtraction-regroup-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-multiplication-facts-skill = pral konnen tab miltiplikasyon yo pa kè, de 0 a 10
goal-math-multiplication-facts-condition = Lè yo ba li yon ti tès rapid kwonometre 2 minit ak 50 miltiplikasyon
goal-math-multiplication-facts-criterion = li reponn 40 sou 50 kòrèkteman nan 3 ti tès rapid youn apre lòt

goal-math-word-problems-skill = pral rezoud pwoblèm ekri ki gen youn oswa de etap, lè li idantifye operasyon an epi li montre travay li
goal-math-word-problems-condition = Lè yo ba li 5 pwoblèm ekri nan nivo klas li, yo li awotvwa si sa nesesè
goal-math-word-problems-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-word-problems-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-word-problems-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-fractions-compare-skill = pral konpare fraksyon ki gen denominatè diferan lè li sèvi ak modèl oswa denominatè komen
goal-math-fractions-compare-condition = Lè yo ba li 10 pè fraksyon
goal-math-fractions-compare-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-fractions-compare-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-fractions-compare-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-linear-equations-skill = pral rezoud ekwasyon lineyè ki gen plizyè etap ak yon sèl varyab
goal-math-linear-equations-condition = Lè yo ba li 10 ekwasyon ak yon lis verifikasyon etap yo
goal-math-linear-equations-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-linear-equations-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-linear-equations-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-money-count-skill = pral konte pyès monnen ak biye melanje jiska $20.00
goal-math-money-count-condition = Lè yo ba li yon seri pyès monnen ak biye
goal-math-money-count-criterion = ak 90% presizyon pandan 3 sesyon youn apre lòt
goal-math-money-count-benchmark-1 = Anvan premye rapò pwogrè a: ak 70% presizyon pandan 3 sesyon youn apre lòt
goal-math-money-count-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 80% presizyon pandan 3 sesyon youn apre lòt

goal-math-make-change-skill = pral kalkile monnen pou remèt sou yon acha jiska $20.00
goal-math-make-change-condition = Lè yo ba li yon etikèt pri ak yon kantite lajan yo peye
goal-math-make-change-criterion = nan 8 esè sou 10 pandan 3 sesyon

goal-math-time-tell-skill = pral li lè sou yon revèy ak egwi, a senk minit pre
goal-math-time-tell-condition = Lè yo ba li 10 kadran revèy
goal-math-time-tell-criterion = ak 90% presizyon pandan 3 sesyon youn apre lòt
goal-math-time-tell-benchmark-1 = Anvan premye rapò pwogrè a: ak 70% presizyon pandan 3 sesyon youn apre lòt
goal-math-time-tell-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 80% presizyon pandan 3 sesyon youn apre lòt

goal-math-place-value-skill = pral idantifye valè chak chif nan nonb jiska 1,000
goal-math-place-value-condition = Lè yo ba li 10 nonb ki gen twa chif
goal-math-place-value-criterion = ak 85% presizyon nan 4 esè sou 5
goal-math-place-value-benchmark-1 = Anvan premye rapò pwogrè a: ak 65% presizyon nan 4 esè sou 5
goal-math-place-value-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 75% presizyon nan 4 esè sou 5

goal-math-measurement-skill = pral mezire objè a yon ka pous pre ak a yon santimèt pre
goal-math-measurement-condition = Lè yo ba li yon règ ak 10 objè
goal-math-measurement-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-measurement-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-measurement-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-graphs-skill = pral li epi entèprete grafik an ba ak grafik an liy pou reponn kesyon
goal-math-graphs-condition = Lè yo ba li yon grafik ak 5 kesyon
goal-math-graphs-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-graphs-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-graphs-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-ratios-skill = pral rezoud pwoblèm rapò ak to lè li sèvi ak tablo oswa dyagram an bann
goal-math-ratios-condition = Lè yo ba li 5 pwoblèm rapò ki soti nan lavi chak jou
goal-math-ratios-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-ratios-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-ratios-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-calculator-use-skill = pral sèvi ak yon kalkilatris pou rezoud pwoblèm ki gen plizyè etap epi verifye si repons lan rezonab
goal-math-calculator-use-condition = Lè yo ba li 10 pwoblèm ak yon kalkilatris
goal-math-calculator-use-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-calculator-use-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-calculator-use-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-math-budget-skill = pral fè yon bidjè pou semèn nan ak revni ak depans yo, epi kalkile balans lan
goal-math-budget-condition = Lè yo ba li yon souch chèk salè ak yon lis depans
goal-math-budget-criterion = ak pa plis pase 1 erè nan 3 esè sou 4

goal-math-number-line-skill = pral plase epi mete nan lòd nonb antye ak nonb desimal sou yon liy nimerik
goal-math-number-line-condition = Lè yo ba li 10 nonb ak yon liy nimerik
goal-math-number-line-criterion = ak 80% presizyon nan 4 esè sou 5
goal-math-number-line-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-math-number-line-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

## speech_language

goal-spl-articulation-r-skill = pral pwononse son /r/ la kòrèkteman nan mo ak nan fraz
goal-spl-articulation-r-condition = Pandan aktivite lapawòl ki estriktire
goal-spl-articulation-r-criterion = ak 80% presizyon pandan 3 sesyon youn apre lòt
goal-spl-articulation-r-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon pandan 3 sesyon youn apre lòt
goal-spl-articulation-r-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon pandan 3 sesyon youn apre lòt

goal-spl-articulation-s-skill = pral pwononse son /s/ ak /z/ yo kòrèkteman nan konvèsasyon
goal-spl-articulation-s-condition = Pandan yon konvèsasyon 5 minit ak founisè sèvis la
goal-spl-articulation-s-criterion = ak 80% presizyon pandan 3 sesyon youn apre lòt
goal-spl-articulation-s-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon pandan 3 sesyon youn apre lòt
goal-spl-articulation-s-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon pandan 3 sesyon youn apre lòt

goal-spl-following-directions-skill = pral swiv enstriksyon de etap ki gen konsèp debaz ladan yo (anvan, apre, premye, dènye)
goal-spl-following-directions-condition = Lè yo ba li enstriksyon oral san siy vizyèl
goal-spl-following-directions-criterion = ak 80% presizyon nan 4 esè sou 5
goal-spl-following-directions-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-spl-following-directions-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-spl-vocabulary-categories-skill = pral nonmen omwen 5 bagay nan yon kategori epi eksplike ki rapò yo genyen ant yo
goal-spl-vocabulary-categories-condition = Lè yo ba li non yon kategori
goal-spl-vocabulary-categories-criterion = nan 4 esè sou 5

goal-spl-wh-questions-skill = pral reponn kesyon ki, kisa, ki kote, kilè ak poukisa sou yon ti istwa
goal-spl-wh-questions-condition = Apre li fin tande yon ti istwa yo li awotvwa
goal-spl-wh-questions-criterion = ak 80% presizyon nan 4 esè sou 5
goal-spl-wh-questions-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-spl-wh-questions-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-spl-sentence-length-skill = pral sèvi ak fraz konplè ki gen 6 mo oswa plis, ak bon gramè
goal-spl-sentence-length-condition = Lè l ap dekri yon imaj oswa yon evènman
goal-spl-sentence-length-criterion = ak 80% presizyon nan 4 esè sou 5
goal-spl-sentence-length-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-spl-sentence-length-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-spl-narrative-retell-skill = pral rakonte yon bagay li te viv nan lòd, ak mo pou tan (premye, apre sa, answit, finalman)
goal-spl-narrative-retell-condition = Lè yo poze l kesyon sou yon evènman ki fèk pase
goal-spl-narrative-retell-criterion = ak 4 evènman nan lòd nan 4 esè sou 5

goal-spl-conversation-turns-skill = pral rete sou menm sijè a pandan 4 tou nan yon konvèsasyon
goal-spl-conversation-turns-condition = Pandan yon konvèsasyon ak yon kamarad
goal-spl-conversation-turns-criterion = nan 4 okazyon obsève sou 5

goal-spl-fluency-strategy-skill = pral sèvi ak yon estrateji fliyidite (kòmanse mo yo dousman, pale pi dousman) pou l pale san bege
goal-spl-fluency-strategy-condition = Pandan yon konvèsasyon ki estriktire
goal-spl-fluency-strategy-criterion = ak 90% silab san bege pandan 3 sesyon youn apre lòt
goal-spl-fluency-strategy-benchmark-1 = Anvan premye rapò pwogrè a: ak 70% silab san bege pandan 3 sesyon youn apre lòt
goal-spl-fluency-strategy-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 80% silab san bege pandan 3 sesyon youn apre lòt

goal-spl-aac-requests-skill = pral sèvi ak yon aparèy pou ede l kominike pou l mande bagay epi fè kòmantè
goal-spl-aac-requests-condition = Pandan woutin klas la
goal-spl-aac-requests-criterion = 10 fwa nan yon peryòd 30 minit pandan 3 jou youn apre lòt

goal-spl-figurative-language-skill = pral eksplike sans ekspresyon idyomatik ak ekspresyon figire
goal-spl-figurative-language-condition = Lè yo ba li 10 ekspresyon idyomatik nan fraz
goal-spl-figurative-language-criterion = ak 80% presizyon nan 4 esè sou 5
goal-spl-figurative-language-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-spl-figurative-language-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-spl-clarification-skill = pral mande eksplikasyon lè li pa konprann yon enstriksyon oswa yon mesaj
goal-spl-clarification-condition = Pandan enstriksyon nan klas
goal-spl-clarification-criterion = nan 4 okazyon obsève sou 5

goal-spl-describe-attributes-skill = pral dekri yon objè ak 3 karakteristik (gwosè, koulè, sa li sèvi, pati li yo)
goal-spl-describe-attributes-condition = Lè yo ba li yon imaj oswa yon objè reyèl
goal-spl-describe-attributes-criterion = nan 4 esè sou 5

goal-spl-pronouns-skill = pral sèvi kòrèkteman ak pwonon sijè ak pwonon objè nan fraz
goal-spl-pronouns-condition = Pandan aktivite langaj ki estriktire
goal-spl-pronouns-criterion = ak 80% presizyon nan 4 esè sou 5
goal-spl-pronouns-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-spl-pronouns-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-spl-voice-volume-skill = pral pale ak yon volim vwa ki apwopriye pou kote li ye a
goal-spl-voice-volume-condition = Pandan woutin nan klas ak nan koridò
goal-spl-voice-volume-criterion = nan 4 okazyon obsève sou 5

goal-spl-self-advocacy-speech-skill = pral eksplike bezwen kominikasyon li ak sipò li resevwa bay yon granmoun ki pa konnen l
goal-spl-self-advocacy-speech-condition = Nan yon jwe wòl oswa nan yon vrè reyinyon
goal-spl-self-advocacy-speech-criterion = li nonmen 2 bezwen ak 2 sipò nan 3 esè sou 4

## social_emotional

goal-soc-identify-feelings-skill = pral idantifye santiman li epi evalye fòs yo sou yon echèl santiman
goal-soc-identify-feelings-condition = Lè li fache oswa boulvèse pandan jounen lekòl la
goal-soc-identify-feelings-criterion = nan 4 okazyon obsève sou 5

goal-soc-coping-strategy-skill = pral sèvi ak yon estrateji pou l kalme l (respire fon, kat poz, konte)
goal-soc-coping-strategy-condition = Lè li fristre oswa li gen enkyetid
goal-soc-coping-strategy-criterion = nan 4 okazyon obsève sou 5

goal-soc-peer-initiation-skill = pral kòmanse yon entèraksyon ak yon kamarad
goal-soc-peer-initiation-condition = Pandan moman ki pa estriktire (manje midi, rekreyasyon)
goal-soc-peer-initiation-criterion = 3 fwa pa jou, 4 jou sou 5

goal-soc-perspective-taking-skill = pral di kijan yon lòt moun ta ka santi l nan yon sitiyasyon yo ba li, epi poukisa
goal-soc-perspective-taking-condition = Lè yo ba li egzanp sitiyasyon sosyal
goal-soc-perspective-taking-criterion = ak 80% presizyon nan 4 esè sou 5
goal-soc-perspective-taking-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-soc-perspective-taking-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-soc-conflict-resolution-skill = pral sèvi ak yon plan 4 etap pou rezoud yon pwoblèm ak yon kamarad
goal-soc-conflict-resolution-condition = Pandan konfli ak kamarad
goal-soc-conflict-resolution-criterion = nan 3 okazyon obsève sou 4

goal-soc-accept-feedback-skill = pral aksepte koreksyon yon granmoun ba li san li pa diskite
goal-soc-accept-feedback-condition = Lè yo fè l yon koreksyon
goal-soc-accept-feedback-criterion = nan 80% okazyon yo pandan 4 semèn youn apre lòt
goal-soc-accept-feedback-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% okazyon yo pandan 4 semèn youn apre lòt
goal-soc-accept-feedback-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn youn apre lòt

goal-soc-group-work-skill = pral patisipe nan yon aktivite an ti gwoup, li pataje ide l epi li respekte tou chak moun
goal-soc-group-work-condition = Pandan aktivite aprantisaj kowoperatif
goal-soc-group-work-criterion = nan 4 sesyon obsève sou 5

goal-soc-self-advocacy-skill = pral mande yon pwofesè èd oswa akomodasyon ak yon fraz ki apwopriye
goal-soc-self-advocacy-condition = Lè li gen yon travay ki difisil devan l
goal-soc-self-advocacy-criterion = nan 4 okazyon obsève sou 5

goal-soc-positive-self-talk-skill = pral ranplase yon panse negatif sou tèt li ak yon panse pozitif
goal-soc-positive-self-talk-condition = Lè konseye a mande l sa pandan yon sesyon
goal-soc-positive-self-talk-criterion = nan 4 esè sou 5

goal-soc-friendship-skills-skill = pral nonmen 3 kalite yon bon zanmi genyen epi rakonte yon fwa li te montre youn nan kalite sa yo
goal-soc-friendship-skills-condition = Pandan sesyon konsèy yo
goal-soc-friendship-skills-criterion = nan 3 sesyon sou 4

goal-soc-anxiety-plan-skill = pral swiv yon plan alekri pou jere enkyetid anvan egzamen ak prezantasyon
goal-soc-anxiety-plan-condition = Anvan yon egzamen oswa yon prezantasyon
goal-soc-anxiety-plan-criterion = nan 4 okazyon sou 5

goal-soc-social-cues-skill = pral idantifye siy ki pa vèbal (ekspresyon figi, ton vwa, langaj kò) nan kout videyo
goal-soc-social-cues-condition = Lè yo montre l kout videyo
goal-soc-social-cues-criterion = ak 80% presizyon nan 4 esè sou 5
goal-soc-social-cues-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-soc-social-cues-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-soc-joining-games-skill = pral mande pou l antre nan yon jwèt oswa yon aktivite ak yon fraz ki apwopriye
goal-soc-joining-games-condition = Pandan rekreyasyon oswa tan lib
goal-soc-joining-games-criterion = nan 4 okazyon obsève sou 5

goal-soc-goal-setting-skill = pral fikse yon objektif pèsonèl chak semèn epi evalye si li reyalize l
goal-soc-goal-setting-condition = Pandan rankont swivi chak semèn ak konseye a
goal-soc-goal-setting-criterion = pandan 8 semèn sou 10 youn apre lòt

goal-soc-attendance-skill = pral rive lekòl alè
goal-soc-attendance-condition = Pandan chak peryòd nòt
goal-soc-attendance-criterion = nan 90% jou lekòl yo
goal-soc-attendance-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% jou lekòl yo
goal-soc-attendance-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% jou lekòl yo

goal-soc-responsibility-skill = pral asime responsablite aksyon li lè li dekri sa k te pase ak sa pou l fè apre
goal-soc-responsibility-condition = Apre yon ensidan
goal-soc-responsibility-criterion = nan 3 okazyon sou 4

## behavior

goal-beh-on-task-skill = pral rete konsantre sou travay li pandan travay endividyèl
goal-beh-on-task-condition = Pandan peryòd travay endividyèl 20 minit
goal-beh-on-task-criterion = nan 80% entèval yo pandan 4 semèn youn apre lòt
goal-beh-on-task-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% entèval yo pandan 4 semèn youn apre lòt
goal-beh-on-task-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% entèval yo pandan 4 semèn youn apre lòt

goal-beh-follow-directions-skill = pral swiv enstriksyon pwofesè a nan 30 segonn apre premye demann lan
goal-beh-follow-directions-condition = Pandan enstriksyon nan klas
goal-beh-follow-directions-criterion = nan 80% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-follow-directions-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-follow-directions-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn youn apre lòt

goal-beh-break-card-skill = pral sèvi ak yon kat poz pou mande yon poz olye li kite kote li ye a
goal-beh-break-card-condition = Lè li fristre
goal-beh-break-card-criterion = nan 90% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-break-card-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-break-card-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% okazyon yo pandan 4 semèn youn apre lòt

goal-beh-hands-to-self-skill = pral kenbe men l ak pye l pou tèt li, san li pa touche lòt moun
goal-beh-hands-to-self-condition = Pandan tranzisyon ak moman ki pa estriktire
goal-beh-hands-to-self-criterion = nan 90% entèval yo pandan 4 semèn youn apre lòt
goal-beh-hands-to-self-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% entèval yo pandan 4 semèn youn apre lòt
goal-beh-hands-to-self-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% entèval yo pandan 4 semèn youn apre lòt

goal-beh-raise-hand-skill = pral leve men l epi tann yo ba li lapawòl anvan li pale
goal-beh-raise-hand-condition = Pandan enstriksyon pou tout klas la
goal-beh-raise-hand-criterion = nan 80% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-raise-hand-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-raise-hand-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn youn apre lòt

goal-beh-transitions-skill = pral pase de yon aktivite a yon lòt nan 2 minit oswa mwens
goal-beh-transitions-condition = Lè yo avèti l 2 minit davans epi li gen yon orè vizyèl
goal-beh-transitions-criterion = nan 8 tranzisyon sou 10 pa jou, 4 jou sou 5

goal-beh-work-completion-skill = pral fini epi remèt travay klas yo
goal-beh-work-completion-condition = Lè yo ba li yon lis verifikasyon pou travay yo mande l fè
goal-beh-work-completion-criterion = nan 80% travay yo pandan yon peryòd nòt
goal-beh-work-completion-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% travay yo pandan yon peryòd nòt
goal-beh-work-completion-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% travay yo pandan yon peryòd nòt

goal-beh-respectful-language-skill = pral sèvi ak yon langaj ki gen respè ak kamarad li yo ak granmoun yo
goal-beh-respectful-language-condition = Pandan tout jounen lekòl la
goal-beh-respectful-language-criterion = ak pa plis pase 1 ensidan pa semèn pandan 4 semèn youn apre lòt

goal-beh-self-monitoring-skill = pral evalye pwòp konpòtman li sou yon fèy pwen, epi evalyasyon li ap koresponn ak evalyasyon pwofesè a
goal-beh-self-monitoring-condition = Nan fen chak peryòd klas
goal-beh-self-monitoring-criterion = nan 80% peryòd yo pandan 4 semèn youn apre lòt
goal-beh-self-monitoring-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% peryòd yo pandan 4 semèn youn apre lòt
goal-beh-self-monitoring-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% peryòd yo pandan 4 semèn youn apre lòt

goal-beh-wait-turn-skill = pral tann tou pa l san li pa koupe lapawòl
goal-beh-wait-turn-condition = Pandan aktivite an ti gwoup
goal-beh-wait-turn-criterion = nan 4 okazyon obsève sou 5

goal-beh-seat-remain-skill = pral rete nan espas yo ba li a
goal-beh-seat-remain-condition = Pandan peryòd enstriksyon 30 minit
goal-beh-seat-remain-criterion = nan 90% entèval yo pandan 4 semèn youn apre lòt
goal-beh-seat-remain-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% entèval yo pandan 4 semèn youn apre lòt
goal-beh-seat-remain-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% entèval yo pandan 4 semèn youn apre lòt

goal-beh-materials-ready-skill = pral pote materyèl li bezwen yo nan klas (liv, kaye, kreyon)
goal-beh-materials-ready-condition = Nan kòmansman chak klas
goal-beh-materials-ready-criterion = nan 85% peryòd klas yo pandan 4 semèn youn apre lòt
goal-beh-materials-ready-benchmark-1 = Anvan premye rapò pwogrè a: nan 65% peryòd klas yo pandan 4 semèn youn apre lòt
goal-beh-materials-ready-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 75% peryòd klas yo pandan 4 semèn youn apre lòt

goal-beh-aggression-replace-skill = pral sèvi ak yon konpòtman ranplasman (ale lwen, rele yon granmoun) olye li fè agresyon fizik
goal-beh-aggression-replace-condition = Pandan konfli ak kamarad
goal-beh-aggression-replace-criterion = ak 0 ensidan agresyon fizik pandan 6 semèn youn apre lòt

goal-beh-task-initiation-skill = pral kòmanse yon travay yo ba li nan 2 minit
goal-beh-task-initiation-condition = Apre yo fin bay enstriksyon yo
goal-beh-task-initiation-criterion = nan 80% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-task-initiation-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% okazyon yo pandan 4 semèn youn apre lòt
goal-beh-task-initiation-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn youn apre lòt

goal-beh-cell-phone-skill = pral kenbe telefòn pèsonèl li sere pandan klas
goal-beh-cell-phone-condition = Pandan peryòd enstriksyon yo
goal-beh-cell-phone-criterion = nan 90% peryòd yo pandan 4 semèn youn apre lòt
goal-beh-cell-phone-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% peryòd yo pandan 4 semèn youn apre lòt
goal-beh-cell-phone-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% peryòd yo pandan 4 semèn youn apre lòt

goal-beh-calm-down-return-skill = pral retounen nan aktivite a nan 5 minit apre yon poz
goal-beh-calm-down-return-condition = Apre yon poz li mande oswa yo ofri l
goal-beh-calm-down-return-criterion = nan 80% poz yo pandan 4 semèn youn apre lòt
goal-beh-calm-down-return-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% poz yo pandan 4 semèn youn apre lòt
goal-beh-calm-down-return-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% poz yo pandan 4 semèn youn apre lòt

## fine_motor

goal-fm-pencil-grasp-skill = pral kenbe kreyon an ak twa dwèt, nan yon fason ki fonksyonèl, lè l ap ekri
goal-fm-pencil-grasp-condition = Pandan travay ekriti, ak yon gidwèt pou kreyon si sa nesesè
goal-fm-pencil-grasp-criterion = ak 80% presizyon nan travay ekriti yo obsève pandan 3 sesyon youn apre lòt
goal-fm-pencil-grasp-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan travay ekriti yo obsève pandan 3 sesyon youn apre lòt
goal-fm-pencil-grasp-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan travay ekriti yo obsève pandan 3 sesyon youn apre lòt

goal-fm-scissors-skill = pral koupe sou yon liy koub san li pa ale pi lwen pase 1/4 pous de liy lan
goal-fm-scissors-condition = Lè yo ba li sizo ak yon fèy egzèsis
goal-fm-scissors-criterion = nan 4 esè sou 5

goal-fm-letter-formation-skill = pral fòme lèt majiskil ak lèt miniskil kòrèkteman san li pa gade modèl
goal-fm-letter-formation-condition = Lè l ap ekri alfabè a
goal-fm-letter-formation-criterion = ak 90% presizyon pandan 3 sesyon youn apre lòt
goal-fm-letter-formation-benchmark-1 = Anvan premye rapò pwogrè a: ak 70% presizyon pandan 3 sesyon youn apre lòt
goal-fm-letter-formation-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 80% presizyon pandan 3 sesyon youn apre lòt

goal-fm-buttons-zippers-skill = pral boutonnen bouton epi fèmen zip sou pwòp rad li
goal-fm-buttons-zippers-condition = Pandan woutin pou abiye
goal-fm-buttons-zippers-criterion = poukont li nan 4 esè sou 5

goal-fm-copy-board-skill = pral kopye 3 fraz ki sou tablo a yon fason ki lizib
goal-fm-copy-board-condition = Nan 5 minit oswa mwens
goal-fm-copy-board-criterion = nan 4 esè sou 5

goal-fm-keyboard-home-row-skill = pral tape ak de men l lè li sèvi ak ranje kle debaz yo sou klavye a
goal-fm-keyboard-home-row-condition = Avèk yon klavye ak yon pwogram pou aprann tape
goal-fm-keyboard-home-row-criterion = a 15 mo pa minit pandan 3 sesyon youn apre lòt

goal-fm-in-hand-manipulation-skill = pral ranmase epi plase ti objè (pyès monnen, ti pikèt) ak yon sèl men
goal-fm-in-hand-manipulation-condition = Lè yo ba li 10 ti objè
goal-fm-in-hand-manipulation-criterion = li plase 10 sou 10 nan mwens pase 60 segonn nan 4 esè sou 5

goal-fm-spacing-skill = pral kite espas yon dwèt ant mo yo epi ekri sou liy lan
goal-fm-spacing-condition = Lè l ap ekri 3 fraz oswa plis
goal-fm-spacing-criterion = ak 80% presizyon nan 4 echantiyon sou 5
goal-fm-spacing-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 echantiyon sou 5
goal-fm-spacing-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 echantiyon sou 5

goal-fm-open-containers-skill = pral louvri bwat ak pake manje midi li
goal-fm-open-containers-condition = Lè l ap manje midi
goal-fm-open-containers-criterion = poukont li nan 4 okazyon sou 5

goal-fm-tablet-navigation-skill = pral sèvi ak ekran touche yon tablèt pou louvri, itilize epi fèmen yon aplikasyon
goal-fm-tablet-navigation-condition = Lè yo ba li yon enstriksyon oral
goal-fm-tablet-navigation-criterion = poukont li nan 4 esè sou 5

goal-fm-shoelaces-skill = pral mare lasèt soulye li
goal-fm-shoelaces-condition = Pandan woutin pou abiye
goal-fm-shoelaces-criterion = poukont li nan 4 esè sou 5

goal-fm-bilateral-skill = pral kenbe papye a ak yon men pandan l ap ekri oswa koupe ak lòt men an
goal-fm-bilateral-condition = Pandan travay sou tab
goal-fm-bilateral-criterion = ak 80% presizyon nan travay yo obsève pandan 3 sesyon
goal-fm-bilateral-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan travay yo obsève pandan 3 sesyon
goal-fm-bilateral-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan travay yo obsève pandan 3 sesyon

goal-fm-ruler-line-skill = pral trase yon liy dwat ant de pwen ak yon règ
goal-fm-ruler-line-condition = Lè yo ba li yon règ ak 10 pè pwen
goal-fm-ruler-line-criterion = 8 liy sou 10 ki pa depase 1/8 pous, pandan 3 sesyon youn apre lòt

goal-fm-sizing-letters-skill = pral fè lèt yo bon gwosè ant liy ekriti yo
goal-fm-sizing-letters-condition = Lè l ap kopye yon fraz
goal-fm-sizing-letters-criterion = ak 80% presizyon nan 4 esè sou 5
goal-fm-sizing-letters-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan 4 esè sou 5
goal-fm-sizing-letters-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan 4 esè sou 5

goal-fm-utensils-skill = pral sèvi ak yon fouchèt ak yon kiyè pou l manje san li pa jete manje
goal-fm-utensils-condition = Lè l ap manje midi
goal-fm-utensils-criterion = nan 4 repa obsève sou 5

goal-fm-organize-binder-skill = pral mete papye yo nan bon seksyon klasè a lè li sèvi ak bag yo ak separatè yo
goal-fm-organize-binder-condition = Nan fen chak klas
goal-fm-organize-binder-criterion = nan 80% okazyon yo pandan 4 semèn
goal-fm-organize-binder-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% okazyon yo pandan 4 semèn
goal-fm-organize-binder-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn

## gross_motor

goal-gm-stairs-skill = pral monte epi desann yon eskalye, yon pye apre lòt, pandan l kenbe ranp lan
goal-gm-stairs-condition = Pandan deplasman nan lekòl la
goal-gm-stairs-criterion = san danje nan 4 esè sou 5

goal-gm-balance-beam-skill = pral mache talon kole ak pwent pye sou yon liy 10 pye san li pa soti sou liy lan
goal-gm-balance-beam-condition = Nan jimnazyòm nan oswa nan sal terapi a
goal-gm-balance-beam-criterion = nan 4 esè sou 5

goal-gm-ball-catch-skill = pral trape yon balon lakou rekreyasyon yo voye ba li a 10 pye distans
goal-gm-ball-catch-condition = Pandan edikasyon fizik oswa terapi
goal-gm-ball-catch-criterion = li trape 8 balon sou 10 pandan 3 sesyon youn apre lòt

goal-gm-hop-skill = pral sote sou yon sèl pye 10 fwa san li pa pèdi ekilib li
goal-gm-hop-condition = Nan jimnazyòm nan oswa nan sal terapi a
goal-gm-hop-criterion = sou chak pye nan 4 esè sou 5

goal-gm-navigate-school-skill = pral deplase san danje nan koridò ki gen anpil moun ak aparèy mobilite li
goal-gm-navigate-school-condition = Pandan chanjman klas
goal-gm-navigate-school-criterion = san li pa frape moun ni kanpe pou mande èd nan 4 esè sou 5

goal-gm-endurance-walk-skill = pral mache 500 pye san li pa repoze
goal-gm-endurance-walk-condition = Pandan sòti lekòl oswa terapi
goal-gm-endurance-walk-criterion = nan 4 esè sou 5

goal-gm-jump-skill = pral sote 24 pous devan, li pran elan ak de pye epi li ateri sou de pye
goal-gm-jump-condition = Nan jimnazyòm nan oswa nan sal terapi a
goal-gm-jump-criterion = nan 4 esè sou 5

goal-gm-wheelchair-transfer-skill = pral pase soti nan chèz woulant li pou l al nan chèz klas la, ak yon granmoun bò kote l ki pare pou ede l
goal-gm-wheelchair-transfer-condition = Pandan woutin klas la
goal-gm-wheelchair-transfer-criterion = san danje nan 4 esè sou 5

goal-gm-kick-ball-skill = pral choute yon balon k ap woule nan direksyon yon sib ki 15 pye lwen
goal-gm-kick-ball-condition = Pandan edikasyon fizik
goal-gm-kick-ball-criterion = li frape sib la 6 fwa sou 10 pandan 3 sesyon

goal-gm-playground-equipment-skill = pral monte nechèl la epi glise sou glisad la nan jwèt lakou rekreyasyon an
goal-gm-playground-equipment-condition = Pandan rekreyasyon
goal-gm-playground-equipment-criterion = poukont li epi san danje nan 4 okazyon sou 5

goal-gm-posture-skill = pral kenbe yon pozisyon dwat lè li chita devan biwo li
goal-gm-posture-condition = Pandan yon leson 20 minit
goal-gm-posture-criterion = ak 80% presizyon nan entèval yo obsève pandan 3 sesyon
goal-gm-posture-benchmark-1 = Anvan premye rapò pwogrè a: ak 60% presizyon nan entèval yo obsève pandan 3 sesyon
goal-gm-posture-benchmark-2 = Anvan dezyèm rapò pwogrè a: ak 70% presizyon nan entèval yo obsève pandan 3 sesyon

goal-gm-curb-negotiation-skill = pral monte epi desann bò twotwa san danje
goal-gm-curb-negotiation-condition = Pandan sòti nan kominote a
goal-gm-curb-negotiation-criterion = nan 4 esè sou 5

goal-gm-skip-skill = pral sote sou yon pye apre lòt sou 30 pye, ak yon mouvman ki koule byen
goal-gm-skip-condition = Nan jimnazyòm nan
goal-gm-skip-criterion = nan 4 esè sou 5

goal-gm-fitness-circuit-skill = pral fè yon sikui egzèsis fizik ki gen 5 estasyon
goal-gm-fitness-circuit-condition = Pandan edikasyon fizik adapte
goal-gm-fitness-circuit-criterion = nan 10 minit oswa mwens pandan 3 sesyon youn apre lòt

goal-gm-bus-steps-skill = pral monte epi desann mach bis lekòl la pandan l kenbe ranp lan
goal-gm-bus-steps-condition = Lè l ap rive ak lè l ap sòti lekòl
goal-gm-bus-steps-criterion = san danje nan 4 okazyon sou 5

goal-gm-throw-overhand-skill = pral voye yon balon pa anwo zepòl bay yon patnè ki 15 pye lwen
goal-gm-throw-overhand-condition = Pandan edikasyon fizik
goal-gm-throw-overhand-criterion = balon an rive jwenn patnè a 8 fwa sou 10 pandan 3 sesyon

## adaptive_daily_living

goal-adl-handwashing-skill = pral lave epi siye men l dapre yon sekans 6 etap ak imaj
goal-adl-handwashing-condition = Anvan manje midi ak apre li fin itilize twalèt
goal-adl-handwashing-criterion = li fè 6 etap sou 6 poukont li nan 4 okazyon sou 5

goal-adl-arrival-routine-skill = pral fè woutin lè li rive a (retire afè nan sak li, pandye manto li, remèt katab li, kòmanse travay maten an)
goal-adl-arrival-routine-condition = Lè li rive nan klas
goal-adl-arrival-routine-criterion = ak pa plis pase 1 rapèl, 4 jou sou 5

goal-adl-visual-schedule-skill = pral swiv yon orè vizyèl pou l pase de yon aktivite a yon lòt
goal-adl-visual-schedule-condition = Pandan tout jounen lekòl la
goal-adl-visual-schedule-criterion = nan 80% tranzisyon yo pandan 4 semèn youn apre lòt
goal-adl-visual-schedule-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% tranzisyon yo pandan 4 semèn youn apre lòt
goal-adl-visual-schedule-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% tranzisyon yo pandan 4 semèn youn apre lòt

goal-adl-personal-info-skill = pral di oswa montre non konplè li, adrès li ak nimewo telefòn youn nan paran li
goal-adl-personal-info-condition = Lè yon granmoun li konnen mande l
goal-adl-personal-info-criterion = kòrèkteman nan 4 esè sou 5

goal-adl-lunch-routine-skill = pral pran manje midi li, peye oswa antre yon nimewo idantifikasyon, epi netwaye tab la
goal-adl-lunch-routine-condition = Nan kafeterya a
goal-adl-lunch-routine-criterion = poukont li nan 4 okazyon sou 5

goal-adl-dressing-skill = pral mete epi retire yon jakèt
goal-adl-dressing-condition = Lè l ap rive ak lè l ap sòti lekòl
goal-adl-dressing-criterion = poukont li nan 4 okazyon sou 5

goal-adl-toileting-request-skill = pral fè konnen li bezwen ale nan twalèt
goal-adl-toileting-request-condition = Pandan tout jounen lekòl la
goal-adl-toileting-request-criterion = nan 90% okazyon yo pandan 4 semèn youn apre lòt
goal-adl-toileting-request-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn youn apre lòt
goal-adl-toileting-request-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% okazyon yo pandan 4 semèn youn apre lòt

goal-adl-safety-signs-skill = pral idantifye siy sekirite yo (sòti, kanpe, danje, mache) epi reyaji kòrèkteman
goal-adl-safety-signs-condition = Pandan enstriksyon nan kominote a
goal-adl-safety-signs-criterion = nan 9 esè sou 10

goal-adl-simple-meal-skill = pral prepare yon ti goute senp dapre yon resèt ak imaj
goal-adl-simple-meal-condition = Nan kizin pou aprann konpetans lavi chak jou a
goal-adl-simple-meal-criterion = li fè 8 etap sou 10 poukont li nan 3 sesyon sou 4

goal-adl-hygiene-skill = pral fè yon woutin pwòpte pèsonèl (penyen cheve l, tcheke aparans li, mete dezodoran)
goal-adl-hygiene-condition = Dapre yon lis verifikasyon
goal-adl-hygiene-criterion = poukont li nan 4 okazyon sou 5

goal-adl-calendar-use-skill = pral sèvi ak yon kalandriye oswa yon ajanda pou l note devwa ak randevou
goal-adl-calendar-use-condition = Nan fen chak klas
goal-adl-calendar-use-criterion = nan 80% okazyon yo pandan 4 semèn
goal-adl-calendar-use-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% okazyon yo pandan 4 semèn
goal-adl-calendar-use-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% okazyon yo pandan 4 semèn

goal-adl-shopping-list-skill = pral jwenn 5 atik nan yon magazen dapre yon lis acha ak imaj
goal-adl-shopping-list-condition = Pandan enstriksyon nan kominote a
goal-adl-shopping-list-criterion = nan 15 minit oswa mwens, nan 3 sòti sou 4

goal-adl-emergency-help-skill = pral di oswa montre sa pou l fè nan yon ijans (rele 911, chèche yon moun pou ede l)
goal-adl-emergency-help-condition = Lè yo ba li sitiyasyon pou jwe wòl
goal-adl-emergency-help-criterion = nan 4 sitiyasyon sou 5

goal-adl-clean-up-skill = pral netwaye espas travay li epi ranje materyèl yo
goal-adl-clean-up-condition = Nan fen yon aktivite
goal-adl-clean-up-criterion = ak 1 rapèl oswa mwens nan 4 okazyon sou 5

goal-adl-medication-routine-skill = pral di enfimyè a lè ak non medikaman li
goal-adl-medication-routine-condition = Lè lè a rive pou l pran medikaman li
goal-adl-medication-routine-criterion = nan 4 okazyon sou 5

goal-adl-laundry-skill = pral triye, lave epi pliye yon chaj rad dapre yon analiz tach (lis etap)
goal-adl-laundry-condition = Nan sal pou aprann konpetans lavi chak jou a
goal-adl-laundry-criterion = li fè 9 etap sou 10 nan 3 sesyon sou 4

## transition

goal-tran-career-interest-skill = pral ranpli yon envantè enterè pwofesyonèl epi nonmen 3 metye ki koresponn ak enterè li
goal-tran-career-interest-condition = Avèk yon konseye tranzisyon
goal-tran-career-interest-criterion = li nonmen 3 metye ki koresponn, ak 1 rezon pou chak, anvan fen premye peryòd nòt la

goal-tran-job-application-skill = pral ranpli yon aplikasyon pou travay ak enfòmasyon pèsonèl li, istwa travay li ak referans li
goal-tran-job-application-condition = Lè yo ba li yon aplikasyon sou papye oswa sou entènèt
goal-tran-job-application-criterion = li ranpli tout espas obligatwa yo kòrèkteman nan 3 esè sou 4

goal-tran-interview-practice-skill = pral reponn 5 kesyon yo poze souvan nan entèvyou ak repons ki konplè epi ki gen rapò ak kesyon an
goal-tran-interview-practice-condition = Pandan yon entèvyou pratik
goal-tran-interview-practice-criterion = nan 3 entèvyou pratik sou 4

goal-tran-resume-skill = pral prepare yon CV ak edikasyon li, konpetans li ak eksperyans li nan travay oswa nan volontarya
goal-tran-resume-condition = Avèk yon modèl CV
goal-tran-resume-criterion = ak yon nòt 3 sou 4 sou yon grij evalyasyon CV anvan dezyèm peryòd nòt la

goal-tran-travel-public-skill = pral vwayaje nan bis oswa nan tren anba tè ant lekòl la ak yon kote nan kominote a
goal-tran-travel-public-condition = Ak sipò yon granmoun k ap diminye piti piti
goal-tran-travel-public-criterion = poukont li epi san danje nan 4 vwayaj sou 5

goal-tran-college-research-skill = pral fè rechèch sou 3 pwogram apre lekòl segondè epi konpare kondisyon admisyon, pri ak sipò yo ofri
goal-tran-college-research-condition = Avèk sit entènèt inivèsite yo ak yon tablo konparezon
goal-tran-college-research-criterion = li ranpli tablo a pou 3 pwogram sou 3

goal-tran-work-task-skill = pral fè yon travay yo ba li nan travay la dapre yon lis verifikasyon
goal-tran-work-task-condition = Nan yon sit aprantisaj nan travay
goal-tran-work-task-criterion = nan 90% etap yo pandan 4 peryòd travay youn apre lòt
goal-tran-work-task-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% etap yo pandan 4 peryòd travay youn apre lòt
goal-tran-work-task-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% etap yo pandan 4 peryòd travay youn apre lòt

goal-tran-time-clock-skill = pral rive alè epi pwente lè li kòmanse yon peryòd travay nan aprantisaj nan travay
goal-tran-time-clock-condition = Nan yon sit aprantisaj nan travay
goal-tran-time-clock-criterion = nan 90% peryòd travay yo pandan yon peryòd nòt
goal-tran-time-clock-benchmark-1 = Anvan premye rapò pwogrè a: nan 70% peryòd travay yo pandan yon peryòd nòt
goal-tran-time-clock-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 80% peryòd travay yo pandan yon peryòd nòt

goal-tran-self-advocacy-iep-skill = pral eksplike andikap li, pwen fò li, bezwen li ak akomodasyon li nan reyinyon IEP a
goal-tran-self-advocacy-iep-condition = Avèk yon tèks oswa diapozitiv li prepare davans
goal-tran-self-advocacy-iep-criterion = li nonmen 3 pwen fò, 2 bezwen ak 2 akomodasyon

goal-tran-money-management-skill = pral sèvi ak yon kat debi oswa lajan kach pou l fè yon acha epi verifye resi a
goal-tran-money-management-condition = Pandan enstriksyon nan kominote a
goal-tran-money-management-criterion = kòrèkteman nan 4 sòti sou 5

goal-tran-workplace-social-skill = pral salye kòlèg travay li yo epi mande yon sipèvizè èd lè li bezwen
goal-tran-workplace-social-condition = Nan yon sit aprantisaj nan travay
goal-tran-workplace-social-criterion = nan 4 peryòd travay obsève sou 5

goal-tran-credits-tracking-skill = pral swiv kredi li yo ak egzamen Regents li yo pou l ka jwenn yon diplòm
goal-tran-credits-tracking-condition = Avèk yon fèy swivi gradyasyon, ansanm ak konseye a
goal-tran-credits-tracking-criterion = ak 100% presizyon nan chak nan 3 revizyon peryòd nòt yo

goal-tran-agency-contact-skill = pral rele yon ajans sèvis pou granmoun pou l pran yon randevou admisyon
goal-tran-agency-contact-condition = Avèk yon tèks pou li nan telefòn
goal-tran-agency-contact-criterion = li di non li, rezon li rele a ak ki lè li disponib nan 3 jwe wòl sou 4 ak nan 1 vrè apèl

goal-tran-housing-skills-skill = pral konpare 3 anons apatman dapre lwaye a, kote yo ye ak transpò
goal-tran-housing-skills-condition = Lè yo ba li anons ak yon tablo konparezon
goal-tran-housing-skills-criterion = li fè konparezon an ak 90% presizyon nan 3 esè sou 4

goal-tran-schedule-appointments-skill = pral sèvi ak kalandriye telefòn li pou l mete rapèl pou klas, travay ak randevou
goal-tran-schedule-appointments-condition = Pandan yon semèn lekòl
goal-tran-schedule-appointments-criterion = nan 80% aktivite ki pwograme yo pandan 4 semèn
goal-tran-schedule-appointments-benchmark-1 = Anvan premye rapò pwogrè a: nan 60% aktivite ki pwograme yo pandan 4 semèn
goal-tran-schedule-appointments-benchmark-2 = Anvan dezyèm rapò pwogrè a: nan 70% aktivite ki pwograme yo pandan 4 semèn

goal-tran-safety-work-skill = pral swiv règ sekirite nan travay (ekipman pwoteksyon, netwayaj, rapòte danje)
goal-tran-safety-work-condition = Nan yon sit aprantisaj nan travay
goal-tran-safety-work-criterion = li swiv 5 règ sou 5 nan 4 peryòd travay obsève sou 5
