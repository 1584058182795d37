# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = do të deshifrojë fjalë shumërrokëshe duke përdorur llojet e rrokjeve
goal-read-decode-multisyllabic-condition = Kur i jepet një listë me 20 fjalë shumërrokëshe të panjohura, të nivelit të klasës
goal-read-decode-multisyllabic-criterion = me saktësi 80% në 4 nga 5 prova
goal-read-decode-multisyllabic-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-read-decode-multisyllabic-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-read-fluency-wcpm-skill = do të lexojë me zë një pjesë të nivelit të klasës me 110 fjalë të lexuara saktë në minutë
goal-read-fluency-wcpm-condition = Kur i jepet një pjesë e nivelit të klasës që nuk e ka praktikuar më parë
goal-read-fluency-wcpm-criterion = në 3 matje javore të njëpasnjëshme

goal-read-main-idea-skill = do të tregojë idenë kryesore dhe dy detaje mbështetëse
goal-read-main-idea-condition = Kur i jepet një tekst informues i nivelit të klasës dhe një organizues grafik
goal-read-main-idea-criterion = me saktësi 80% në 4 nga 5 prova
goal-read-main-idea-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-read-main-idea-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-read-inference-skill = do të nxjerrë një përfundim dhe do të citojë një pjesë nga teksti që e mbështet atë
goal-read-inference-condition = Pasi lexon një pjesë letrare të nivelit të klasës
goal-read-inference-criterion = me saktësi 75% në 4 nga 5 prova
goal-read-inference-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 55% në 4 nga 5 prova
goal-read-inference-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 65% në 4 nga 5 prova

goal-read-sight-words-skill = do të lexojë automatikisht fjalët e përdorura shpesh (brenda 3 sekondave për secilën)
goal-read-sight-words-condition = Kur i jepet një listë me 50 fjalë të përdorura shpesh, të nivelit të klasës
goal-read-sight-words-criterion = duke lexuar saktë 45 nga 50 fjalë në 3 matje të njëpasnjëshme

goal-read-phonemic-blend-skill = do të formojë fjalë duke bashkuar tingujt dhe do t'i ndajë në tinguj fjalët e folura me 3 deri në 4 fonema
goal-read-phonemic-blend-condition = Kur fjalët i paraqiten me gojë
goal-read-phonemic-blend-criterion = me saktësi 90% në 3 seanca të njëpasnjëshme
goal-read-phonemic-blend-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 70% në 3 seanca të njëpasnjëshme
goal-read-phonemic-blend-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 80% në 3 seanca të njëpasnjëshme

goal-read-summarize-skill = do të shkruajë një përmbledhje të një teksti të nivelit të klasës që përfshin ngjarjet kryesore sipas radhës
goal-read-summarize-condition = Pasi lexon në mënyrë të pavarur një pjesë të nivelit të klasës
goal-read-summarize-criterion = duke marrë 3 nga 4 pikë në rubrikën e vlerësimit të përmbledhjes në 4 nga 5 prova

goal-read-vocabulary-context-skill = do të përcaktojë kuptimin e fjalëve të panjohura duke përdorur të dhënat që jep konteksti
goal-read-vocabulary-context-condition = Kur i jepet një pjesë e nivelit të klasës me 5 fjalë të panjohura të nënvizuara
goal-read-vocabulary-context-criterion = me saktësi 80% në 4 nga 5 prova
goal-read-vocabulary-context-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-read-vocabulary-context-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-read-text-structure-skill = do të identifikojë strukturën e tekstit (renditje, krahasim dhe kontrast, shkak dhe pasojë, problem dhe zgjidhje)
goal-read-text-structure-condition = Kur i jepen pjesë të shkurtra informuese
goal-read-text-structure-criterion = me saktësi 80% në 4 nga 5 prova
goal-read-text-structure-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-read-text-structure-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-read-answer-wh-skill = do t'u përgjigjet pyetjeve kush, çfarë, ku, kur dhe pse për një pjesë leximi
goal-read-answer-wh-condition = Pasi dëgjon ose lexon një pjesë në nivelin mësimor të nxënësit
goal-read-answer-wh-criterion = me saktësi 80% në 4 nga 5 prova
goal-read-answer-wh-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-read-answer-wh-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-read-retell-skill = do të ritregojë një histori duke përfshirë personazhet, mjedisin, problemin dhe zgjidhjen
goal-read-retell-condition = Pasi lexon një histori në nivelin mësimor të nxënësit
goal-read-retell-criterion = duke përfshirë 4 nga 4 elementet e historisë në 4 nga 5 ritregime

goal-read-comprehension-monitor-skill = do të përdorë një strategji korrigjimi (të rilexojë, të lexojë më tej, të bëjë një pyetje) kur nuk e kupton më tekstin
goal-read-comprehension-monitor-condition = Gjatë leximit të një teksti të nivelit të klasës
goal-read-comprehension-monitor-criterion = në 4 nga 5 raste të vëzhguara

goal-read-compare-texts-skill = do të krahasojë dy tekste për të njëjtën temë, duke gjetur ngjashmëritë dhe dallimet me një diagram Venn
goal-read-compare-texts-condition = Kur i jepen dy tekste të nivelit të klasës për të njëjtën temë
goal-read-compare-texts-criterion = duke renditur 3 ngjashmëri dhe 3 dallime në 4 nga 5 prova

goal-read-reading-level-skill = do të lexojë tekste në nivelin e vet mësimor me saktësi 95% të fjalëve dhe do t'u përgjigjet pyetjeve për të kuptuarit e tekstit
goal-read-reading-level-condition = Kur i jepen tekste të renditura sipas niveleve
goal-read-reading-level-criterion = duke përparuar 2 nivele leximi, sipas regjistrimeve të leximit (running records)

goal-read-functional-signs-skill = do të lexojë tabela dhe etiketa që hasen në jetën e përditshme në komunitet
goal-read-functional-signs-condition = Kur i jepen 20 fotografi të tabelave në komunitet dhe të etiketave të produkteve
goal-read-functional-signs-criterion = duke lexuar saktë 18 nga 20 në 3 seanca të njëpasnjëshme

goal-read-author-purpose-skill = do të identifikojë qëllimin dhe këndvështrimin e autorit
goal-read-author-purpose-condition = Kur i jepet një tekst informues ose bindës i nivelit të klasës
goal-read-author-purpose-criterion = me saktësi 80% në 4 nga 5 prova
goal-read-author-purpose-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-read-author-purpose-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

## writing

goal-writ-paragraph-skill = do të shkruajë një paragraf me një fjali hyrëse për temën, tre detaje mbështetëse dhe një fjali përmbyllëse
goal-writ-paragraph-condition = Kur i jepet një temë shkrimi dhe një plan për paragrafin
goal-writ-paragraph-criterion = duke marrë 3 nga 4 pikë në rubrikën e vlerësimit të paragrafit në 4 nga 5 mostra shkrimi

goal-writ-argument-essay-skill = do të shkruajë një ese argumentuese me një pohim, dy arsye të mbështetura me fakte dhe një përfundim
goal-writ-argument-essay-condition = Kur i jepet një temë shkrimi dhe një listë kontrolli për planifikimin
goal-writ-argument-essay-criterion = duke marrë 3 nga 4 pikë në rubrikën e vlerësimit në 3 ese të njëpasnjëshme

goal-writ-capitalization-punctuation-skill = do të përdorë saktë shkronjat e mëdha dhe shenjat e pikësimit në fund të fjalisë
goal-writ-capitalization-punctuation-condition = Kur shkruan në mënyrë të pavarur pesë ose më shumë fjali
goal-writ-capitalization-punctuation-criterion = me saktësi 90% në 4 nga 5 mostra shkrimi
goal-writ-capitalization-punctuation-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 70% në 4 nga 5 mostra shkrimi
goal-writ-capitalization-punctuation-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 80% në 4 nga 5 mostra shkrimi

goal-writ-spelling-patterns-skill = do të shkruajë saktë fjalë me modelet drejtshkrimore të mësuara
goal-writ-spelling-patterns-condition = Kur i diktohet një listë me 20 fjalë me modelet e mësuara
goal-writ-spelling-patterns-criterion = me saktësi 85% në 3 teste javore të njëpasnjëshme
goal-writ-spelling-patterns-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 65% në 3 teste javore të njëpasnjëshme
goal-writ-spelling-patterns-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 75% në 3 teste javore të njëpasnjëshme

goal-writ-sentence-complete-skill = do të shkruajë fjali të plota me kryefjalë dhe kallëzues
goal-writ-sentence-complete-condition = Kur i jepet një figurë ose një temë
goal-writ-sentence-complete-criterion = me saktësi 80% në 4 nga 5 prova
goal-writ-sentence-complete-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-writ-sentence-complete-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-writ-narrative-skill = do të shkruajë një tregim me fillim, mes dhe fund, duke përdorur fjalë lidhëse
goal-writ-narrative-condition = Kur i jepet një temë për një tregim personal dhe një hartë e tregimit
goal-writ-narrative-criterion = duke marrë 3 nga 4 pikë në rubrikën e vlerësimit të tregimit në 3 nga 4 mostra shkrimi

goal-writ-edit-checklist-skill = do të korrigjojë drejtshkrimin, shkronjat e mëdha dhe pikësimin në një variant të shkrimit, duke përdorur një listë kontrolli
goal-writ-edit-checklist-condition = Kur i jepet varianti i parë i një teksti që e ka shkruar vetë
goal-writ-edit-checklist-criterion = duke korrigjuar 4 nga 5 gabime në 4 nga 5 variante

goal-writ-transitions-skill = do të përdorë të paktën tri fjalë lidhëse të ndryshme për të lidhur idetë
goal-writ-transitions-condition = Kur shkruan një përgjigje me disa paragrafë
goal-writ-transitions-criterion = në 4 nga 5 mostra shkrimi

goal-writ-research-notes-skill = do të mbajë shënime nga dy burime dhe do të citojë secilin burim
goal-writ-research-notes-condition = Kur i jepet një pyetje kërkimore dhe dy burime të nivelit të klasës
goal-writ-research-notes-criterion = duke shënuar 5 fakte të rëndësishme me burimet e tyre në 4 nga 5 prova

goal-writ-typing-skill = do të shkruajë në tastierë 20 fjalë në minutë me saktësi 90%
goal-writ-typing-condition = Duke përdorur një tastierë dhe një program për të mësuar shkrimin në tastierë
goal-writ-typing-criterion = në 3 teste të njëpasnjëshme me kohë të matur

goal-writ-dictation-tool-skill = do të përdorë një program që shndërron të folurit në tekst për të shkruar një paragraf dhe më pas për ta rishikuar atë
goal-writ-dictation-tool-condition = Kur i jepet një detyrë shkrimi dhe një program që shndërron të folurit në tekst
goal-writ-dictation-tool-criterion = duke hartuar një paragraf me 5 fjali në 4 nga 5 prova

goal-writ-functional-forms-skill = do të plotësojë një formular me të dhënat personale (emri, adresa, telefoni, data e lindjes, kontakti për raste urgjence)
goal-writ-functional-forms-condition = Kur i jepet një formular aplikimi për punë ose për shkollë
goal-writ-functional-forms-criterion = duke plotësuar saktë 5 nga 5 fushat në 3 prova të njëpasnjëshme

goal-writ-constructed-response-skill = do t'i përgjigjet një pyetjeje të bazuar në tekst duke përdorur strategjinë RACE (riformulo pyetjen, përgjigju, cito tekstin, shpjego)
goal-writ-constructed-response-condition = Kur i jepet një pjesë e nivelit të klasës dhe një pyetje
goal-writ-constructed-response-criterion = duke përfshirë 4 nga 4 pjesët në 4 nga 5 përgjigje

goal-writ-handwriting-legible-skill = do të shkruajë në mënyrë të lexueshme në letër me vija, me madhësi të saktë të shkronjave dhe hapësira të sakta
goal-writ-handwriting-legible-condition = Kur kopjon një pjesë me 3 fjali
goal-writ-handwriting-legible-criterion = me saktësi 80% në 4 nga 5 prova
goal-writ-handwriting-legible-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-writ-handwriting-legible-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-writ-expand-sentences-skill = do të zgjerojë fjali të thjeshta duke shtuar detaje për kush, çfarë, kur, ku dhe pse
goal-writ-expand-sentences-condition = Kur i jepet një fjali e thjeshtë
goal-writ-expand-sentences-criterion = duke shtuar 2 detaje në 4 nga 5 prova

goal-writ-informational-essay-skill = do të shkruajë një ese informuese me hyrje, dy paragrafë zhvillimi me fakte dhe një përfundim
goal-writ-informational-essay-condition = Kur i jepet një temë, burime dhe një organizues grafik
goal-writ-informational-essay-criterion = duke marrë 3 nga 4 pikë në rubrikën e vlerësimit në 3 nga 4 ese

## math

goal-math-addition-regroup-skill = do të mbledhë numra dyshifrorë dhe treshifrorë me kalim (rigrupim)
goal-math-addition-regroup-condition = Kur i jepen 10 ushtrime mbledhjeje
goal-math-addition-regroup-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-addition-regroup-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-addition-regroup-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-subtraction-regroup-skill = do të zbresë numra dyshifrorë dhe treshifrorë me huazim (rigrupim)
goal-math-subtraction-regroup-condition = Kur i jepen 10 ushtrime zbritjeje
goal-math-subtraction-regroup-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-subtraction-regroup-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-subtraction-regroup-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-multiplication-facts-skill = do të thotë përmendsh tabelën e shumëzimit nga 0 deri në 10
goal-math-multiplication-facts-condition = Kur i jepet një matje me kohë prej 2 minutash me 50 veprime shumëzimi
goal-math-multiplication-facts-criterion = duke u përgjigjur saktë në 40 nga 50 në 3 matje të njëpasnjëshme

goal-math-word-problems-skill = do të zgjidhë problema me tekst me një ose dy hapa, duke përcaktuar veprimin dhe duke treguar zgjidhjen
goal-math-word-problems-condition = Kur i jepen 5 problema me tekst të nivelit të klasës, të lexuara me zë sipas nevojës
goal-math-word-problems-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-word-problems-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-word-problems-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-fractions-compare-skill = do të krahasojë thyesa me emërues të ndryshëm duke përdorur modele ose emërues të përbashkët
goal-math-fractions-compare-condition = Kur i jepen 10 çifte thyesash
goal-math-fractions-compare-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-fractions-compare-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-fractions-compare-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-linear-equations-skill = do të zgjidhë ekuacione lineare me disa hapa me një ndryshore
goal-math-linear-equations-condition = Kur i jepen 10 ekuacione dhe një listë kontrolli e hapave
goal-math-linear-equations-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-linear-equations-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-linear-equations-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-money-count-skill = do të numërojë monedha dhe kartëmonedha të përziera deri në 20,00 dollarë
goal-math-money-count-condition = Kur i jepet një grup monedhash dhe kartëmonedhash
goal-math-money-count-criterion = me saktësi 90% në 3 seanca të njëpasnjëshme
goal-math-money-count-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 70% në 3 seanca të njëpasnjëshme
goal-math-money-count-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 80% në 3 seanca të njëpasnjëshme

goal-math-make-change-skill = do të llogarisë kusurin që duhet kthyer nga një blerje deri në 20,00 dollarë
goal-math-make-change-condition = Kur i jepet një etiketë çmimi dhe shuma e paguar
goal-math-make-change-criterion = në 8 nga 10 prova gjatë 3 seancave

goal-math-time-tell-skill = do të tregojë orën me saktësi deri në pesë minuta në një orë me akrepa
goal-math-time-tell-condition = Kur i jepen 10 figura orësh me akrepa
goal-math-time-tell-criterion = me saktësi 90% në 3 seanca të njëpasnjëshme
goal-math-time-tell-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 70% në 3 seanca të njëpasnjëshme
goal-math-time-tell-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 80% në 3 seanca të njëpasnjëshme

goal-math-place-value-skill = do të identifikojë vlerën e çdo shifre në numra deri në 1 000
goal-math-place-value-condition = Kur i jepen 10 numra treshifrorë
goal-math-place-value-criterion = me saktësi 85% në 4 nga 5 prova
goal-math-place-value-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 65% në 4 nga 5 prova
goal-math-place-value-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 75% në 4 nga 5 prova

goal-math-measurement-skill = do të masë objekte me saktësi deri në çerek inçi dhe deri në centimetër
goal-math-measurement-condition = Kur i jepet një vizore dhe 10 objekte
goal-math-measurement-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-measurement-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-measurement-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-graphs-skill = do të lexojë dhe do të interpretojë grafikë me shtylla dhe grafikë me vija për t'iu përgjigjur pyetjeve
goal-math-graphs-condition = Kur i jepet një grafik dhe 5 pyetje
goal-math-graphs-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-graphs-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-graphs-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-ratios-skill = do të zgjidhë problema me raporte dhe norma duke përdorur tabela ose diagrame me shirita
goal-math-ratios-condition = Kur i jepen 5 problema me raporte nga jeta e përditshme
goal-math-ratios-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-ratios-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-ratios-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-calculator-use-skill = do të përdorë makinën llogaritëse për të zgjidhur problema me disa hapa dhe për të kontrolluar nëse përgjigjja është e arsyeshme
goal-math-calculator-use-condition = Kur i jepen 10 problema dhe një makinë llogaritëse
goal-math-calculator-use-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-calculator-use-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-calculator-use-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-math-budget-skill = do të hartojë një buxhet javor me të ardhurat dhe shpenzimet dhe do të llogarisë bilancin
goal-math-budget-condition = Kur i jepet një fletëpagesë dhe një listë shpenzimesh
goal-math-budget-criterion = me jo më shumë se 1 gabim në 3 nga 4 prova

goal-math-number-line-skill = do të vendosë dhe do të renditë numra të plotë dhe numra dhjetorë në boshtin numerik
goal-math-number-line-condition = Kur i jepen 10 numra dhe një bosht numerik
goal-math-number-line-criterion = me saktësi 80% në 4 nga 5 prova
goal-math-number-line-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-math-number-line-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

## speech_language

goal-spl-articulation-r-skill = do ta shqiptojë saktë tingullin /r/ në fjalë dhe në fjali
goal-spl-articulation-r-condition = Gjatë aktiviteteve të strukturuara të të folurit
goal-spl-articulation-r-criterion = me saktësi 80% në 3 seanca të njëpasnjëshme
goal-spl-articulation-r-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 3 seanca të njëpasnjëshme
goal-spl-articulation-r-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 3 seanca të njëpasnjëshme

goal-spl-articulation-s-skill = do t'i shqiptojë saktë tingujt /s/ dhe /z/ në bisedë
goal-spl-articulation-s-condition = Gjatë një bisede prej 5 minutash me ofruesin e shërbimit
goal-spl-articulation-s-criterion = me saktësi 80% në 3 seanca të njëpasnjëshme
goal-spl-articulation-s-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 3 seanca të njëpasnjëshme
goal-spl-articulation-s-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 3 seanca të njëpasnjëshme

goal-spl-following-directions-skill = do të ndjekë udhëzime me dy hapa që përmbajnë koncepte bazë (para, pas, së pari, së fundi)
goal-spl-following-directions-condition = Kur i jepen udhëzime me gojë, pa ndihma pamore
goal-spl-following-directions-criterion = me saktësi 80% në 4 nga 5 prova
goal-spl-following-directions-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-spl-following-directions-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-spl-vocabulary-categories-skill = do të emërtojë të paktën 5 sende të një kategorie dhe do të shpjegojë si lidhen me njëri-tjetrin
goal-spl-vocabulary-categories-condition = Kur i jepet emri i një kategorie
goal-spl-vocabulary-categories-criterion = në 4 nga 5 prova

goal-spl-wh-questions-skill = do t'u përgjigjet pyetjeve kush, çfarë, ku, kur dhe pse për një histori të shkurtër
goal-spl-wh-questions-condition = Pasi dëgjon një histori të shkurtër të lexuar me zë
goal-spl-wh-questions-criterion = me saktësi 80% në 4 nga 5 prova
goal-spl-wh-questions-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-spl-wh-questions-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-spl-sentence-length-skill = do të përdorë fjali të plota me 6 ose më shumë fjalë, me gramatikë të saktë
goal-spl-sentence-length-condition = Kur përshkruan një figurë ose një ngjarje
goal-spl-sentence-length-criterion = me saktësi 80% në 4 nga 5 prova
goal-spl-sentence-length-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-spl-sentence-length-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-spl-narrative-retell-skill = do të tregojë sipas radhës një ngjarje personale, duke përdorur fjalë për kohën (së pari, pastaj, më pas, në fund)
goal-spl-narrative-retell-condition = Kur e pyesin për një ngjarje të kohëve të fundit
goal-spl-narrative-retell-criterion = duke përfshirë 4 ngjarje sipas radhës në 4 nga 5 prova

goal-spl-conversation-turns-skill = do ta mbajë temën e bisedës gjatë 4 radhëve të bisedës
goal-spl-conversation-turns-condition = Gjatë një bisede me një bashkëmoshatar
goal-spl-conversation-turns-criterion = në 4 nga 5 raste të vëzhguara

goal-spl-fluency-strategy-skill = do të përdorë një strategji për rrjedhshmërinë (fillim i butë, ritëm i ngadaltë) për të folur rrjedhshëm
goal-spl-fluency-strategy-condition = Gjatë një bisede të strukturuar
goal-spl-fluency-strategy-criterion = me 90% të rrokjeve të folura rrjedhshëm gjatë 3 seancave të njëpasnjëshme
goal-spl-fluency-strategy-benchmark-1 = Deri në raportin e parë të përparimit: me 70% të rrokjeve të folura rrjedhshëm gjatë 3 seancave të njëpasnjëshme
goal-spl-fluency-strategy-benchmark-2 = Deri në raportin e dytë të përparimit: me 80% të rrokjeve të folura rrjedhshëm gjatë 3 seancave të njëpasnjëshme

goal-spl-aac-requests-skill = do të përdorë një pajisje për komunikim shtues dhe alternativ për të bërë kërkesa dhe komente
goal-spl-aac-requests-condition = Gjatë rutinave në klasë
goal-spl-aac-requests-criterion = 10 herë brenda një periudhe prej 30 minutash, në 3 ditë të njëpasnjëshme

goal-spl-figurative-language-skill = do të shpjegojë kuptimin e idiomave dhe të shprehjeve me kuptim figurativ
goal-spl-figurative-language-condition = Kur i jepen 10 idioma brenda fjalive
goal-spl-figurative-language-criterion = me saktësi 80% në 4 nga 5 prova
goal-spl-figurative-language-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-spl-figurative-language-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-spl-clarification-skill = do të kërkojë sqarim kur nuk e kupton një udhëzim ose një mesazh
goal-spl-clarification-condition = Gjatë mësimit në klasë
goal-spl-clarification-criterion = në 4 nga 5 raste të vëzhguara

goal-spl-describe-attributes-skill = do të përshkruajë një send duke përdorur 3 veti (madhësia, ngjyra, funksioni, pjesët)
goal-spl-describe-attributes-condition = Kur i jepet një figurë ose një send i vërtetë
goal-spl-describe-attributes-criterion = në 4 nga 5 prova

goal-spl-pronouns-skill = do të përdorë saktë në fjali përemrat vetorë si kryefjalë dhe si kundrinë
goal-spl-pronouns-condition = Gjatë aktiviteteve të strukturuara gjuhësore
goal-spl-pronouns-criterion = me saktësi 80% në 4 nga 5 prova
goal-spl-pronouns-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-spl-pronouns-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-spl-voice-volume-skill = do të flasë me një zë me volum të përshtatshëm për mjedisin
goal-spl-voice-volume-condition = Gjatë rutinave në klasë dhe në korridor
goal-spl-voice-volume-criterion = në 4 nga 5 raste të vëzhguara

goal-spl-self-advocacy-speech-skill = do t'i shpjegojë një të rrituri që nuk e njeh nevojat e veta për komunikim dhe mbështetjet që i duhen
goal-spl-self-advocacy-speech-condition = Në një lojë me role ose në një takim të vërtetë
goal-spl-self-advocacy-speech-criterion = duke përmendur 2 nevoja dhe 2 mbështetje në 3 nga 4 prova

## social_emotional

goal-soc-identify-feelings-skill = do të identifikojë ndjenjat e veta dhe do të vlerësojë sa të forta janë ato duke përdorur një shkallë të ndjenjave
goal-soc-identify-feelings-condition = Kur mërzitet gjatë ditës së shkollës
goal-soc-identify-feelings-criterion = në 4 nga 5 raste të vëzhguara

goal-soc-coping-strategy-skill = do të përdorë një strategji përballimi (frymëmarrje e thellë, kartë pushimi, numërim) për t'u qetësuar
goal-soc-coping-strategy-condition = Kur ndjen frustrim ose ankth
goal-soc-coping-strategy-criterion = në 4 nga 5 raste të vëzhguara

goal-soc-peer-initiation-skill = do të nisë vetë një ndërveprim me një bashkëmoshatar
goal-soc-peer-initiation-condition = Gjatë kohës së pastrukturuar (dreka, pushimi)
goal-soc-peer-initiation-criterion = 3 herë në ditë, në 4 nga 5 ditë

goal-soc-perspective-taking-skill = do të thotë si mund të ndihet një person tjetër në një situatë të caktuar dhe pse
goal-soc-perspective-taking-condition = Kur i jepen situata sociale
goal-soc-perspective-taking-criterion = me saktësi 80% në 4 nga 5 prova
goal-soc-perspective-taking-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-soc-perspective-taking-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-soc-conflict-resolution-skill = do të përdorë një plan me 4 hapa për zgjidhjen e problemeve për të zgjidhur një konflikt me një bashkëmoshatar
goal-soc-conflict-resolution-condition = Gjatë konflikteve me bashkëmoshatarët
goal-soc-conflict-resolution-criterion = në 3 nga 4 raste të vëzhguara

goal-soc-accept-feedback-skill = do të pranojë vërejtjet korrigjuese të një të rrituri pa debatuar
goal-soc-accept-feedback-condition = Kur i bëhen vërejtje korrigjuese
goal-soc-accept-feedback-criterion = në 80% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-soc-accept-feedback-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-soc-accept-feedback-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të rasteve gjatë 4 javëve të njëpasnjëshme

goal-soc-group-work-skill = do të marrë pjesë në një aktivitet në grup të vogël duke ndarë idetë e veta dhe duke pritur radhën
goal-soc-group-work-condition = Gjatë aktiviteteve të të nxënit në bashkëpunim
goal-soc-group-work-criterion = në 4 nga 5 seanca të vëzhguara

goal-soc-self-advocacy-skill = do t'i kërkojë mësuesit ndihmë ose përshtatje duke përdorur një shprehje të përshtatshme
goal-soc-self-advocacy-condition = Kur përballet me një detyrë të vështirë
goal-soc-self-advocacy-criterion = në 4 nga 5 raste të vëzhguara

goal-soc-positive-self-talk-skill = do ta zëvendësojë një mendim negativ për veten me një mendim pozitiv
goal-soc-positive-self-talk-condition = Kur e nxit këshilltari gjatë një seance
goal-soc-positive-self-talk-criterion = në 4 nga 5 prova

goal-soc-friendship-skills-skill = do të përmendë 3 cilësi të një shoku të mirë dhe do të përshkruajë një rast kur vetë ka treguar një prej tyre
goal-soc-friendship-skills-condition = Gjatë seancave të këshillimit
goal-soc-friendship-skills-criterion = në 3 nga 4 seanca

goal-soc-anxiety-plan-skill = do të ndjekë një plan të shkruar për përballimin e ankthit para testeve dhe prezantimeve
goal-soc-anxiety-plan-condition = Para një testi ose prezantimi
goal-soc-anxiety-plan-criterion = në 4 nga 5 raste

goal-soc-social-cues-skill = do të identifikojë sinjalet joverbale (shprehja e fytyrës, toni i zërit, gjuha e trupit) në video të shkurtra
goal-soc-social-cues-condition = Kur i jepen video të shkurtra
goal-soc-social-cues-criterion = me saktësi 80% në 4 nga 5 prova
goal-soc-social-cues-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-soc-social-cues-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-soc-joining-games-skill = do të kërkojë të bashkohet në një lojë ose aktivitet duke përdorur një shprehje të përshtatshme
goal-soc-joining-games-condition = Gjatë pushimit ose kohës së lirë
goal-soc-joining-games-criterion = në 4 nga 5 raste të vëzhguara

goal-soc-goal-setting-skill = do të vendosë një qëllim personal javor dhe do të vlerësojë nëse e ka arritur
goal-soc-goal-setting-condition = Gjatë takimeve javore me këshilltarin
goal-soc-goal-setting-criterion = për 8 nga 10 javë të njëpasnjëshme

goal-soc-attendance-skill = do të vijë në shkollë në orar
goal-soc-attendance-condition = Gjatë çdo periudhe vlerësimi
goal-soc-attendance-criterion = në 90% të ditëve të shkollës
goal-soc-attendance-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të ditëve të shkollës
goal-soc-attendance-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të ditëve të shkollës

goal-soc-responsibility-skill = do të marrë përgjegjësi për veprimet e veta duke përshkruar çfarë ndodhi dhe çfarë duhet të bëjë më pas
goal-soc-responsibility-condition = Pas një incidenti
goal-soc-responsibility-criterion = në 3 nga 4 raste

## behavior

goal-beh-on-task-skill = do ta mbajë vëmendjen te detyra gjatë punës së pavarur
goal-beh-on-task-condition = Gjatë periudhave prej 20 minutash të punës së pavarur
goal-beh-on-task-criterion = në 80% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme
goal-beh-on-task-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme
goal-beh-on-task-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme

goal-beh-follow-directions-skill = do të ndjekë udhëzimet e mësuesit brenda 30 sekondave nga kërkesa e parë
goal-beh-follow-directions-condition = Gjatë mësimit në klasë
goal-beh-follow-directions-criterion = në 80% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-follow-directions-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-follow-directions-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të rasteve gjatë 4 javëve të njëpasnjëshme

goal-beh-break-card-skill = do të përdorë një kartë pushimi për të kërkuar pushim, në vend që të largohet nga vendi ku ndodhet
goal-beh-break-card-condition = Kur ndjen frustrim
goal-beh-break-card-criterion = në 90% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-break-card-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-break-card-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të rasteve gjatë 4 javëve të njëpasnjëshme

goal-beh-hands-to-self-skill = do t'i mbajë duart dhe këmbët larg të tjerëve
goal-beh-hands-to-self-condition = Gjatë kalimeve dhe kohës së pastrukturuar
goal-beh-hands-to-self-criterion = në 90% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme
goal-beh-hands-to-self-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme
goal-beh-hands-to-self-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme

goal-beh-raise-hand-skill = do të ngrejë dorën dhe do të presë t'i jepet fjala para se të flasë
goal-beh-raise-hand-condition = Gjatë mësimit me gjithë klasën
goal-beh-raise-hand-criterion = në 80% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-raise-hand-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-raise-hand-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të rasteve gjatë 4 javëve të njëpasnjëshme

goal-beh-transitions-skill = do të kalojë nga një aktivitet në tjetrin brenda 2 minutave
goal-beh-transitions-condition = Kur paralajmërohet 2 minuta përpara dhe ka një orar vizual
goal-beh-transitions-criterion = në 8 nga 10 kalime në ditë, në 4 nga 5 ditë

goal-beh-work-completion-skill = do t'i përfundojë dhe do t'i dorëzojë detyrat e klasës
goal-beh-work-completion-condition = Kur i jepet një listë kontrolli e detyrave të caktuara
goal-beh-work-completion-criterion = në 80% të detyrave gjatë një periudhe vlerësimi
goal-beh-work-completion-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të detyrave gjatë një periudhe vlerësimi
goal-beh-work-completion-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të detyrave gjatë një periudhe vlerësimi

goal-beh-respectful-language-skill = do të përdorë gjuhë të respektueshme me bashkëmoshatarët dhe me të rriturit
goal-beh-respectful-language-condition = Gjatë gjithë ditës së shkollës
goal-beh-respectful-language-criterion = me jo më shumë se 1 incident në javë, për 4 javë të njëpasnjëshme

goal-beh-self-monitoring-skill = do të vlerësojë vetë sjelljen e vet në një fletë pikësh dhe vlerësimi do të përputhet me atë të mësuesit
goal-beh-self-monitoring-condition = Në fund të çdo ore mësimi
goal-beh-self-monitoring-criterion = në 80% të orëve mësimore gjatë 4 javëve të njëpasnjëshme
goal-beh-self-monitoring-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të orëve mësimore gjatë 4 javëve të njëpasnjëshme
goal-beh-self-monitoring-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të orëve mësimore gjatë 4 javëve të njëpasnjëshme

goal-beh-wait-turn-skill = do të presë radhën pa i ndërprerë të tjerët
goal-beh-wait-turn-condition = Gjatë aktiviteteve në grupe të vogla
goal-beh-wait-turn-criterion = në 4 nga 5 raste të vëzhguara

goal-beh-seat-remain-skill = do të qëndrojë në vendin e caktuar
goal-beh-seat-remain-condition = Gjatë periudhave mësimore prej 30 minutash
goal-beh-seat-remain-criterion = në 90% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme
goal-beh-seat-remain-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme
goal-beh-seat-remain-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të intervaleve kohore gjatë 4 javëve të njëpasnjëshme

goal-beh-materials-ready-skill = do të sjellë në klasë materialet e nevojshme (libër, fletore, laps)
goal-beh-materials-ready-condition = Në fillim të çdo ore mësimi
goal-beh-materials-ready-criterion = në 85% të orëve mësimore gjatë 4 javëve të njëpasnjëshme
goal-beh-materials-ready-benchmark-1 = Deri në raportin e parë të përparimit: në 65% të orëve mësimore gjatë 4 javëve të njëpasnjëshme
goal-beh-materials-ready-benchmark-2 = Deri në raportin e dytë të përparimit: në 75% të orëve mësimore gjatë 4 javëve të njëpasnjëshme

goal-beh-aggression-replace-skill = do të përdorë një sjellje zëvendësuese (të largohet, t'i kërkojë ndihmë një të rrituri) në vend të agresionit fizik
goal-beh-aggression-replace-condition = Gjatë konflikteve me bashkëmoshatarët
goal-beh-aggression-replace-criterion = me 0 incidente agresioni fizik për 6 javë të njëpasnjëshme

goal-beh-task-initiation-skill = do ta fillojë një detyrë të caktuar brenda 2 minutave
goal-beh-task-initiation-condition = Pasi jepen udhëzimet
goal-beh-task-initiation-criterion = në 80% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-task-initiation-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-beh-task-initiation-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të rasteve gjatë 4 javëve të njëpasnjëshme

goal-beh-cell-phone-skill = do ta mbajë telefonin personal të futur mënjanë gjatë orës së mësimit
goal-beh-cell-phone-condition = Gjatë orëve mësimore
goal-beh-cell-phone-criterion = në 90% të orëve mësimore gjatë 4 javëve të njëpasnjëshme
goal-beh-cell-phone-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të orëve mësimore gjatë 4 javëve të njëpasnjëshme
goal-beh-cell-phone-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të orëve mësimore gjatë 4 javëve të njëpasnjëshme

goal-beh-calm-down-return-skill = do të rikthehet në aktivitet brenda 5 minutave pas një pushimi
goal-beh-calm-down-return-condition = Pas një pushimi të kërkuar ose të ofruar
goal-beh-calm-down-return-criterion = në 80% të pushimeve gjatë 4 javëve të njëpasnjëshme
goal-beh-calm-down-return-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të pushimeve gjatë 4 javëve të njëpasnjëshme
goal-beh-calm-down-return-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të pushimeve gjatë 4 javëve të njëpasnjëshme

## fine_motor

goal-fm-pencil-grasp-skill = do ta mbajë lapsin me një kapje funksionale me tre gishta kur shkruan
goal-fm-pencil-grasp-condition = Gjatë detyrave të shkrimit, me mbajtëse lapsi nëse nevojitet
goal-fm-pencil-grasp-criterion = me saktësi 80% në detyrat e shkrimit të vëzhguara gjatë 3 seancave të njëpasnjëshme
goal-fm-pencil-grasp-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në detyrat e shkrimit të vëzhguara gjatë 3 seancave të njëpasnjëshme
goal-fm-pencil-grasp-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në detyrat e shkrimit të vëzhguara gjatë 3 seancave të njëpasnjëshme

goal-fm-scissors-skill = do të presë përgjatë një vije të lakuar pa u larguar më shumë se 1/4 inçi prej saj
goal-fm-scissors-condition = Kur i jepen gërshërë dhe një fletë pune
goal-fm-scissors-criterion = në 4 nga 5 prova

goal-fm-letter-formation-skill = do t'i shkruajë saktë përmendsh shkronjat e mëdha dhe të vogla
goal-fm-letter-formation-condition = Kur shkruan alfabetin
goal-fm-letter-formation-criterion = me saktësi 90% në 3 seanca të njëpasnjëshme
goal-fm-letter-formation-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 70% në 3 seanca të njëpasnjëshme
goal-fm-letter-formation-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 80% në 3 seanca të njëpasnjëshme

goal-fm-buttons-zippers-skill = do të mbërthejë kopsat dhe zinxhirët e rrobave të veta
goal-fm-buttons-zippers-condition = Gjatë rutinave të veshjes
goal-fm-buttons-zippers-criterion = në mënyrë të pavarur në 4 nga 5 prova

goal-fm-copy-board-skill = do të kopjojë në mënyrë të lexueshme 3 fjali nga tabela
goal-fm-copy-board-condition = Brenda 5 minutave
goal-fm-copy-board-criterion = në 4 nga 5 prova

goal-fm-keyboard-home-row-skill = do të shkruajë në tastierë me të dyja duart duke përdorur tastet e rreshtit bazë
goal-fm-keyboard-home-row-condition = Duke përdorur një tastierë dhe një program për të mësuar shkrimin në tastierë
goal-fm-keyboard-home-row-criterion = me 15 fjalë në minutë, në 3 seanca të njëpasnjëshme

goal-fm-in-hand-manipulation-skill = do të kapë dhe do të vendosë objekte të vogla (monedha, kunja) me një dorë
goal-fm-in-hand-manipulation-condition = Kur i jepen 10 objekte të vogla
goal-fm-in-hand-manipulation-criterion = duke vendosur 10 nga 10 për më pak se 60 sekonda, në 4 nga 5 prova

goal-fm-spacing-skill = do të lërë hapësirë sa një gisht ndërmjet fjalëve dhe do të shkruajë mbi vijë
goal-fm-spacing-condition = Kur shkruan 3 ose më shumë fjali
goal-fm-spacing-criterion = me saktësi 80% në 4 nga 5 mostra shkrimi
goal-fm-spacing-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 mostra shkrimi
goal-fm-spacing-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 mostra shkrimi

goal-fm-open-containers-skill = do të hapë enët e drekës dhe paketimet
goal-fm-open-containers-condition = Gjatë drekës
goal-fm-open-containers-criterion = në mënyrë të pavarur në 4 nga 5 raste

goal-fm-tablet-navigation-skill = do të përdorë ekranin me prekje të tabletit për të hapur, për të përdorur dhe për të mbyllur një aplikacion
goal-fm-tablet-navigation-condition = Kur i jepet një udhëzim me gojë
goal-fm-tablet-navigation-criterion = në mënyrë të pavarur në 4 nga 5 prova

goal-fm-shoelaces-skill = do të lidhë lidhëset e këpucëve
goal-fm-shoelaces-condition = Gjatë rutinave të veshjes
goal-fm-shoelaces-criterion = në mënyrë të pavarur në 4 nga 5 prova

goal-fm-bilateral-skill = do ta mbajë fletën të palëvizur me një dorë ndërsa shkruan ose pret me dorën tjetër
goal-fm-bilateral-condition = Gjatë detyrave në tavolinë
goal-fm-bilateral-criterion = me saktësi 80% në detyrat e vëzhguara gjatë 3 seancave
goal-fm-bilateral-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në detyrat e vëzhguara gjatë 3 seancave
goal-fm-bilateral-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në detyrat e vëzhguara gjatë 3 seancave

goal-fm-ruler-line-skill = do të vizatojë një vijë të drejtë ndërmjet dy pikave duke përdorur vizoren
goal-fm-ruler-line-condition = Kur i jepet një vizore dhe 10 çifte pikash
goal-fm-ruler-line-criterion = 8 nga 10 vija me shmangie jo më shumë se 1/8 inçi, në 3 seanca të njëpasnjëshme

goal-fm-sizing-letters-skill = do t'i shkruajë shkronjat me madhësinë e duhur brenda vijave të shkrimit
goal-fm-sizing-letters-condition = Kur kopjon një fjali
goal-fm-sizing-letters-criterion = me saktësi 80% në 4 nga 5 prova
goal-fm-sizing-letters-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në 4 nga 5 prova
goal-fm-sizing-letters-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në 4 nga 5 prova

goal-fm-utensils-skill = do të përdorë pirunin dhe lugën për të ngrënë pa e derdhur ushqimin
goal-fm-utensils-condition = Gjatë drekës
goal-fm-utensils-criterion = në 4 nga 5 vakte të vëzhguara

goal-fm-organize-binder-skill = do t'i vendosë fletët në ndarjet e duhura të dosjes me unaza, duke përdorur unazat dhe ndarëset
goal-fm-organize-binder-condition = Në fund të çdo ore mësimi
goal-fm-organize-binder-criterion = në 80% të rasteve gjatë 4 javëve
goal-fm-organize-binder-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të rasteve gjatë 4 javëve
goal-fm-organize-binder-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të rasteve gjatë 4 javëve

## gross_motor

goal-gm-stairs-skill = do të ngjitet dhe do të zbresë një kat shkallësh duke i alternuar këmbët dhe duke u mbajtur te parmaku
goal-gm-stairs-condition = Gjatë lëvizjeve nëpër shkollë
goal-gm-stairs-criterion = në mënyrë të sigurt në 4 nga 5 prova

goal-gm-balance-beam-skill = do të ecë duke vendosur thembrën e njërës këmbë para gishtave të tjetrës, përgjatë një vije 10 këmbë të gjatë, pa dalë prej saj
goal-gm-balance-beam-condition = Në palestër ose në dhomën e terapisë
goal-gm-balance-beam-criterion = në 4 nga 5 prova

goal-gm-ball-catch-skill = do të kapë një top loje të hedhur nga një largësi prej 10 këmbësh
goal-gm-ball-catch-condition = Gjatë edukimit fizik ose terapisë
goal-gm-ball-catch-criterion = 8 kapje nga 10 në 3 seanca të njëpasnjëshme

goal-gm-hop-skill = do të kërcejë mbi një këmbë 10 herë pa humbur ekuilibrin
goal-gm-hop-condition = Në palestër ose në dhomën e terapisë
goal-gm-hop-criterion = me secilën këmbë, në 4 nga 5 prova

goal-gm-navigate-school-skill = do të lëvizë në mënyrë të sigurt nëpër korridore plot me njerëz me pajisjen e vet ndihmëse për lëvizje
goal-gm-navigate-school-condition = Gjatë ndërrimit të orëve
goal-gm-navigate-school-criterion = pa u përplasur dhe pa u ndalur për ndihmë, në 4 nga 5 prova

goal-gm-endurance-walk-skill = do të ecë 500 këmbë pa pushuar
goal-gm-endurance-walk-condition = Gjatë daljeve shkollore ose gjatë terapisë
goal-gm-endurance-walk-criterion = në 4 nga 5 prova

goal-gm-jump-skill = do të kërcejë përpara 24 inç, duke u shtyrë dhe duke rënë me të dyja këmbët
goal-gm-jump-condition = Në palestër ose në dhomën e terapisë
goal-gm-jump-criterion = në 4 nga 5 prova

goal-gm-wheelchair-transfer-skill = do të kalojë nga karrigia me rrota te karrigia e klasës, me një të rritur pranë, gati për ta ndihmuar
goal-gm-wheelchair-transfer-condition = Gjatë rutinave të klasës
goal-gm-wheelchair-transfer-criterion = në mënyrë të sigurt në 4 nga 5 prova

goal-gm-kick-ball-skill = do të godasë me këmbë një top që rrokulliset drejt një objektivi 15 këmbë larg
goal-gm-kick-ball-condition = Gjatë edukimit fizik
goal-gm-kick-ball-criterion = duke goditur objektivin 6 herë nga 10, në 3 seanca

goal-gm-playground-equipment-skill = do të ngjitet në shkallë dhe do të përdorë rrëshqitësen te pajisjet e këndit të lojërave
goal-gm-playground-equipment-condition = Gjatë pushimit
goal-gm-playground-equipment-criterion = në mënyrë të pavarur dhe të sigurt në 4 nga 5 raste

goal-gm-posture-skill = do të ruajë qëndrim të drejtë ulur në bankë
goal-gm-posture-condition = Gjatë një mësimi prej 20 minutash
goal-gm-posture-criterion = me saktësi 80% në intervalet kohore të vëzhguara gjatë 3 seancave
goal-gm-posture-benchmark-1 = Deri në raportin e parë të përparimit: me saktësi 60% në intervalet kohore të vëzhguara gjatë 3 seancave
goal-gm-posture-benchmark-2 = Deri në raportin e dytë të përparimit: me saktësi 70% në intervalet kohore të vëzhguara gjatë 3 seancave

goal-gm-curb-negotiation-skill = do të ngjitet dhe do të zbresë nga bordura e trotuarit në mënyrë të sigurt
goal-gm-curb-negotiation-condition = Gjatë daljeve në komunitet
goal-gm-curb-negotiation-criterion = në 4 nga 5 prova

goal-gm-skip-skill = do të bëjë kërcime të alternuara me hap (skipping) përgjatë 30 këmbëve, me një lëvizje të rrjedhshme
goal-gm-skip-condition = Në palestër
goal-gm-skip-criterion = në 4 nga 5 prova

goal-gm-fitness-circuit-skill = do të përfundojë një qark ushtrimesh fizike me 5 stacione
goal-gm-fitness-circuit-condition = Gjatë edukimit fizik të përshtatur
goal-gm-fitness-circuit-criterion = brenda 10 minutave, në 3 seanca të njëpasnjëshme

goal-gm-bus-steps-skill = do të hipë dhe do të zbresë shkallët e autobusit të shkollës duke u mbajtur te parmaku
goal-gm-bus-steps-condition = Në mbërritje dhe në largim
goal-gm-bus-steps-criterion = në mënyrë të sigurt në 4 nga 5 raste

goal-gm-throw-overhand-skill = do të hedhë një top me dorën mbi sup te një partner 15 këmbë larg
goal-gm-throw-overhand-condition = Gjatë edukimit fizik
goal-gm-throw-overhand-criterion = duke e arritur partnerin 8 herë nga 10, në 3 seanca

## adaptive_daily_living

goal-adl-handwashing-skill = do të lajë dhe do të thajë duart duke ndjekur një seri me 6 figura për hapat
goal-adl-handwashing-condition = Para drekës dhe pas përdorimit të tualetit
goal-adl-handwashing-criterion = duke kryer në mënyrë të pavarur 6 nga 6 hapat, në 4 nga 5 raste

goal-adl-arrival-routine-skill = do të kryejë rutinën e mbërritjes (të nxjerrë gjërat nga çanta, të varë pallton, të dorëzojë dosjen, të fillojë punën e mëngjesit)
goal-adl-arrival-routine-condition = Kur mbërrin në klasë
goal-adl-arrival-routine-criterion = me jo më shumë se 1 nxitje, në 4 nga 5 ditë

goal-adl-visual-schedule-skill = do të ndjekë një orar vizual për të kaluar nga një aktivitet në tjetrin
goal-adl-visual-schedule-condition = Gjatë gjithë ditës së shkollës
goal-adl-visual-schedule-criterion = në 80% të kalimeve gjatë 4 javëve të njëpasnjëshme
goal-adl-visual-schedule-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të kalimeve gjatë 4 javëve të njëpasnjëshme
goal-adl-visual-schedule-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të kalimeve gjatë 4 javëve të njëpasnjëshme

goal-adl-personal-info-skill = do të thotë ose do të tregojë emrin e vet të plotë, adresën dhe numrin e telefonit të një prindi
goal-adl-personal-info-condition = Kur e pyet një i rritur i njohur
goal-adl-personal-info-criterion = saktë në 4 nga 5 prova

goal-adl-lunch-routine-skill = do të marrë drekën, do të paguajë ose do të fusë numrin e identifikimit (ID) dhe do të pastrojë tavolinën
goal-adl-lunch-routine-condition = Në mensë
goal-adl-lunch-routine-criterion = në mënyrë të pavarur në 4 nga 5 raste

goal-adl-dressing-skill = do të veshë dhe do të heqë xhaketën
goal-adl-dressing-condition = Në mbërritje dhe në largim
goal-adl-dressing-criterion = në mënyrë të pavarur në 4 nga 5 raste

goal-adl-toileting-request-skill = do ta komunikojë nevojën për të shkuar në tualet
goal-adl-toileting-request-condition = Gjatë gjithë ditës së shkollës
goal-adl-toileting-request-criterion = në 90% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-adl-toileting-request-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të rasteve gjatë 4 javëve të njëpasnjëshme
goal-adl-toileting-request-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të rasteve gjatë 4 javëve të njëpasnjëshme

goal-adl-safety-signs-skill = do të njohë tabelat e sigurisë (dalja, ndalo, rrezik, ec) dhe do të veprojë saktë sipas tyre
goal-adl-safety-signs-condition = Gjatë mësimit në komunitet
goal-adl-safety-signs-criterion = në 9 nga 10 prova

goal-adl-simple-meal-skill = do të përgatisë një ushqim të lehtë duke ndjekur një recetë me figura
goal-adl-simple-meal-condition = Në kuzhinën ku mësohen aftësitë e jetës së përditshme
goal-adl-simple-meal-criterion = duke kryer në mënyrë të pavarur 8 nga 10 hapat, në 3 nga 4 seanca

goal-adl-hygiene-skill = do të kryejë një rutinë të kujdesit personal (të krehë flokët, të kontrollojë pamjen, të përdorë deodorant)
goal-adl-hygiene-condition = Duke ndjekur një listë kontrolli
goal-adl-hygiene-criterion = në mënyrë të pavarur në 4 nga 5 raste

goal-adl-calendar-use-skill = do të përdorë një kalendar ose një agjendë për të shënuar detyrat dhe takimet
goal-adl-calendar-use-condition = Në fund të çdo ore mësimi
goal-adl-calendar-use-criterion = në 80% të rasteve gjatë 4 javëve
goal-adl-calendar-use-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të rasteve gjatë 4 javëve
goal-adl-calendar-use-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të rasteve gjatë 4 javëve

goal-adl-shopping-list-skill = do të gjejë në një dyqan 5 artikuj nga një listë blerjesh me figura
goal-adl-shopping-list-condition = Gjatë mësimit në komunitet
goal-adl-shopping-list-criterion = brenda 15 minutave, në 3 nga 4 dalje

goal-adl-emergency-help-skill = do të thotë ose do të tregojë çfarë duhet bërë në një rast urgjence (të telefonojë 911, të gjejë dikë që mund ta ndihmojë)
goal-adl-emergency-help-condition = Kur i jepen situata për lojë me role
goal-adl-emergency-help-criterion = në 4 nga 5 situata

goal-adl-clean-up-skill = do të pastrojë vendin e vet të punës dhe do t'i vendosë materialet në vendin e tyre
goal-adl-clean-up-condition = Në fund të një aktiviteti
goal-adl-clean-up-criterion = me 1 nxitje ose më pak, në 4 nga 5 raste

goal-adl-medication-routine-skill = do t'i tregojë infermierit orën dhe emrin e ilaçit të vet
goal-adl-medication-routine-condition = Në orën e caktuar për marrjen e ilaçit
goal-adl-medication-routine-criterion = në 4 nga 5 raste

goal-adl-laundry-skill = do t'i ndajë, do t'i lajë dhe do t'i palosë rrobat e një larjeje, duke ndjekur hapat e një analize të detyrës
goal-adl-laundry-condition = Në dhomën ku mësohen aftësitë e jetës së përditshme
goal-adl-laundry-criterion = duke kryer 9 nga 10 hapat, në 3 nga 4 seanca

## transition

goal-tran-career-interest-skill = do të plotësojë një pyetësor për interesat profesionale dhe do të përmendë 3 profesione që përputhen me interesat e veta
goal-tran-career-interest-condition = Me një këshilltar tranzicioni
goal-tran-career-interest-criterion = duke përmendur 3 profesione që përputhen, me 1 arsye për secilin, deri në fund të periudhës së parë të vlerësimit

goal-tran-job-application-skill = do të plotësojë një formular aplikimi për punë me të dhënat personale, përvojën e punës dhe referencat
goal-tran-job-application-condition = Kur i jepet një formular aplikimi në letër ose në internet
goal-tran-job-application-criterion = duke plotësuar saktë të gjitha fushat e detyrueshme në 3 nga 4 prova

goal-tran-interview-practice-skill = do t'u përgjigjet 5 pyetjeve të zakonshme të intervistës me përgjigje të plota dhe në temë
goal-tran-interview-practice-condition = Gjatë një interviste pune të simuluar
goal-tran-interview-practice-criterion = në 3 nga 4 intervista të simuluara

goal-tran-resume-skill = do të hartojë një CV ku rendit arsimimin, aftësitë dhe përvojën e punës ose të punës vullnetare
goal-tran-resume-condition = Duke përdorur një model CV-je
goal-tran-resume-criterion = duke marrë 3 nga 4 pikë në rubrikën e vlerësimit të CV-së deri në periudhën e dytë të vlerësimit

goal-tran-travel-public-skill = do të udhëtojë me autobus ose me metro ndërmjet shkollës dhe një vendi në komunitet
goal-tran-travel-public-condition = Me mbështetje nga një i rritur, që pakësohet gradualisht
goal-tran-travel-public-criterion = në mënyrë të pavarur dhe të sigurt në 4 nga 5 udhëtime

goal-tran-college-research-skill = do të kërkojë informacion për 3 programe pas shkollës së mesme dhe do të krahasojë kërkesat e pranimit, koston dhe mbështetjet
goal-tran-college-research-condition = Duke përdorur faqet e internetit të kolegjeve dhe një tabelë krahasimi
goal-tran-college-research-criterion = duke plotësuar tabelën për 3 nga 3 programet

goal-tran-work-task-skill = do të kryejë një detyrë pune të caktuar duke ndjekur një listë kontrolli
goal-tran-work-task-condition = Në vendin e praktikës në punë
goal-tran-work-task-criterion = në 90% të hapave gjatë 4 turneve të njëpasnjëshme
goal-tran-work-task-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të hapave gjatë 4 turneve të njëpasnjëshme
goal-tran-work-task-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të hapave gjatë 4 turneve të njëpasnjëshme

goal-tran-time-clock-skill = do të mbërrijë në kohë dhe do të regjistrojë hyrjen në turnin e praktikës në punë
goal-tran-time-clock-condition = Në vendin e praktikës në punë
goal-tran-time-clock-criterion = në 90% të turneve gjatë një periudhe vlerësimi
goal-tran-time-clock-benchmark-1 = Deri në raportin e parë të përparimit: në 70% të turneve gjatë një periudhe vlerësimi
goal-tran-time-clock-benchmark-2 = Deri në raportin e dytë të përparimit: në 80% të turneve gjatë një periudhe vlerësimi

goal-tran-self-advocacy-iep-skill = do të shpjegojë në mbledhjen e IEP aftësinë e vet të kufizuar, pikat e forta, nevojat dhe përshtatjet
goal-tran-self-advocacy-iep-condition = Me një tekst ose sllajde të përgatitura paraprakisht
goal-tran-self-advocacy-iep-criterion = duke përmendur 3 pika të forta, 2 nevoja dhe 2 përshtatje

goal-tran-money-management-skill = do të përdorë një kartë debiti ose para në dorë për të bërë një blerje dhe do të kontrollojë faturën
goal-tran-money-management-condition = Gjatë mësimit në komunitet
goal-tran-money-management-criterion = saktë në 4 nga 5 dalje

goal-tran-workplace-social-skill = do t'i përshëndesë kolegët e punës dhe do t'i kërkojë ndihmë mbikëqyrësit kur i nevojitet
goal-tran-workplace-social-condition = Në vendin e praktikës në punë
goal-tran-workplace-social-criterion = në 4 nga 5 turne të vëzhguara

goal-tran-credits-tracking-skill = do të ndjekë kreditet e veta dhe provimet Regents për marrjen e diplomës
goal-tran-credits-tracking-condition = Duke përdorur një tabelë të ndjekjes së diplomimit bashkë me këshilltarin
goal-tran-credits-tracking-criterion = me saktësi 100% në secilin nga 3 rishikimet në fund të periudhave të vlerësimit

goal-tran-agency-contact-skill = do të telefonojë një agjenci shërbimesh për të rritur për të caktuar një takim pranimi
goal-tran-agency-contact-condition = Duke përdorur një tekst të përgatitur për telefonatën
goal-tran-agency-contact-criterion = duke thënë emrin, qëllimin e telefonatës dhe kur është në dispozicion, në 3 nga 4 lojëra me role dhe në 1 telefonatë të vërtetë

goal-tran-housing-skills-skill = do të krahasojë 3 njoftime për apartamente sipas qirasë, vendndodhjes dhe transportit
goal-tran-housing-skills-condition = Kur i jepen njoftimet dhe një tabelë krahasimi
goal-tran-housing-skills-criterion = duke e plotësuar krahasimin me saktësi 90% në 3 nga 4 prova

goal-tran-schedule-appointments-skill = do të përdorë kalendarin e telefonit për të vendosur kujtesa për mësimet, punën dhe takimet
goal-tran-schedule-appointments-condition = Gjatë një jave shkollore
goal-tran-schedule-appointments-criterion = në 80% të ngjarjeve të planifikuara gjatë 4 javëve
goal-tran-schedule-appointments-benchmark-1 = Deri në raportin e parë të përparimit: në 60% të ngjarjeve të planifikuara gjatë 4 javëve
goal-tran-schedule-appointments-benchmark-2 = Deri në raportin e dytë të përparimit: në 70% të ngjarjeve të planifikuara gjatë 4 javëve

goal-tran-safety-work-skill = do të ndjekë rregullat e sigurisë në punë (pajisjet mbrojtëse, pastrimi, njoftimi i rreziqeve)
goal-tran-safety-work-condition = Në vendin e praktikës në punë
goal-tran-safety-work-criterion = duke ndjekur 5 nga 5 rregullat në 4 nga 5 turne të vëzhguara
