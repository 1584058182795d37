# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = boʻgʻin turlaridan foydalanib, koʻp boʻgʻinli soʻzlarni oʻqiydi
goal-read-decode-multisyllabic-condition = Sinf darajasidagi 20 ta notanish koʻp boʻgʻinli soʻzdan iborat roʻyxat berilganda
goal-read-decode-multisyllabic-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-read-decode-multisyllabic-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-read-decode-multisyllabic-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-read-fluency-wcpm-skill = sinf darajasidagi matnni daqiqasiga 110 ta toʻgʻri oʻqilgan soʻz tezligida ovoz chiqarib oʻqiydi
goal-read-fluency-wcpm-condition = Oldin mashq qilinmagan sinf darajasidagi matn berilganda
goal-read-fluency-wcpm-criterion = ketma-ket 3 ta haftalik qisqa tekshiruvda

goal-read-main-idea-skill = asosiy gʻoyani va uni tasdiqlovchi ikkita tafsilotni aytadi
goal-read-main-idea-condition = Sinf darajasidagi axborot matni va grafik sxema berilganda
goal-read-main-idea-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-read-main-idea-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-read-main-idea-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-read-inference-skill = xulosa chiqaradi va uni tasdiqlovchi bitta dalilni matndan keltiradi
goal-read-inference-condition = Sinf darajasidagi badiiy matnni oʻqigandan keyin
goal-read-inference-criterion = 5 ta urinishdan 4 tasida 75% aniqlik bilan
goal-read-inference-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 55% aniqlik bilan
goal-read-inference-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 65% aniqlik bilan

goal-read-sight-words-skill = koʻp ishlatiladigan soʻzlarni avtomatik ravishda (har birini 3 soniya ichida) oʻqiydi
goal-read-sight-words-condition = Sinf darajasidagi 50 ta koʻp ishlatiladigan soʻzdan iborat roʻyxat berilganda
goal-read-sight-words-criterion = ketma-ket 3 ta qisqa tekshiruvda 50 ta soʻzdan 45 tasini toʻgʻri oʻqib

goal-read-phonemic-blend-skill = 3 tadan 4 tagacha fonemadan iborat ogʻzaki soʻzlarni tovushlarga ajratadi va tovushlardan soʻz hosil qiladi
goal-read-phonemic-blend-condition = Soʻzlar ogʻzaki aytib berilganda
goal-read-phonemic-blend-criterion = ketma-ket 3 ta mashgʻulotda 90% aniqlik bilan
goal-read-phonemic-blend-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 70% aniqlik bilan
goal-read-phonemic-blend-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 80% aniqlik bilan

goal-read-summarize-skill = sinf darajasidagi matnning asosiy voqealarini ketma-ketlikda oʻz ichiga olgan qisqacha mazmunini yozadi
goal-read-summarize-condition = Sinf darajasidagi matnni mustaqil oʻqigandan keyin
goal-read-summarize-criterion = 5 ta urinishdan 4 tasida qisqacha mazmun rubrikasi boʻyicha 4 balldan 3 ball olib

goal-read-vocabulary-context-skill = kontekstdagi ishoralar yordamida notanish soʻzlarning maʼnosini aniqlaydi
goal-read-vocabulary-context-condition = Sinf darajasidagi, 5 ta notanish soʻzning tagiga chizilgan matn berilganda
goal-read-vocabulary-context-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-read-vocabulary-context-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-read-vocabulary-context-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-read-text-structure-skill = matn tuzilishini aniqlaydi (ketma-ketlik, oʻxshashlik va farq, sabab va oqibat, muammo va yechim)
goal-read-text-structure-condition = Qisqa axborot matnlari berilganda
goal-read-text-structure-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-read-text-structure-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-read-text-structure-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-read-answer-wh-skill = matn boʻyicha kim, nima, qayerda, qachon va nima uchun savollariga javob beradi
goal-read-answer-wh-condition = Oʻquvchining oʻqish darajasiga mos matnni tinglagandan yoki oʻqigandan keyin
goal-read-answer-wh-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-read-answer-wh-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-read-answer-wh-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-read-retell-skill = hikoyani qahramonlari, voqea joyi, muammo va uning yechimini qamrab olgan holda qayta hikoya qiladi
goal-read-retell-condition = Oʻquvchining oʻqish darajasiga mos hikoyani oʻqigandan keyin
goal-read-retell-criterion = 5 ta qayta hikoyalashdan 4 tasida hikoyaning 4 ta elementidan 4 tasini kiritib

goal-read-comprehension-monitor-skill = matn maʼnosi tushunarsiz boʻlib qolganda tuzatish strategiyasidan (qayta oʻqish, oldinga oʻqib koʻrish, savol berish) foydalanadi
goal-read-comprehension-monitor-condition = Sinf darajasidagi matnni oʻqish jarayonida
goal-read-comprehension-monitor-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-read-compare-texts-skill = bir mavzudagi ikki matnni Venn diagrammasi yordamida taqqoslab, oʻxshashlik va farqlarini koʻrsatadi
goal-read-compare-texts-condition = Bir mavzudagi sinf darajasidagi ikkita matn berilganda
goal-read-compare-texts-criterion = 5 ta urinishdan 4 tasida 3 ta oʻxshashlik va 3 ta farqni sanab

goal-read-reading-level-skill = oʻz oʻqish darajasiga mos matnni soʻzlarni 95% aniqlik bilan oʻqiydi va matnni tushunishga oid savollarga javob beradi
goal-read-reading-level-condition = Darajalarga ajratilgan matnlar berilganda
goal-read-reading-level-criterion = oʻqishni kuzatish yozuvlari (running records) boʻyicha 2 ta oʻqish darajasiga koʻtarilib

goal-read-functional-signs-skill = jamoat joylaridagi kundalik hayotda kerak boʻladigan belgilar va yorliqlarni oʻqiydi
goal-read-functional-signs-condition = Jamoat joylaridagi belgilar va mahsulot yorliqlarining 20 ta fotosurati berilganda
goal-read-functional-signs-criterion = ketma-ket 3 ta mashgʻulotda 20 tadan 18 tasini toʻgʻri oʻqib

goal-read-author-purpose-skill = muallifning maqsadi va nuqtai nazarini aniqlaydi
goal-read-author-purpose-condition = Sinf darajasidagi axborot yoki ishontiruvchi matn berilganda
goal-read-author-purpose-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-read-author-purpose-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-read-author-purpose-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

## writing

goal-writ-paragraph-skill = mavzu jumlasi, uni tasdiqlovchi uchta tafsilot va yakunlovchi jumladan iborat abzas yozadi
goal-writ-paragraph-condition = Yozma topshiriq mavzusi va abzas rejasi berilganda
goal-writ-paragraph-criterion = 5 ta yozma ish namunasidan 4 tasida abzas rubrikasi boʻyicha 4 balldan 3 ball olib

goal-writ-argument-essay-skill = daʼvo, dalillar bilan asoslangan ikkita sabab va xulosadan iborat fikrni asoslovchi insho yozadi
goal-writ-argument-essay-condition = Yozma topshiriq mavzusi va rejalashtirish uchun nazorat roʻyxati berilganda
goal-writ-argument-essay-criterion = ketma-ket 3 ta inshoda rubrika boʻyicha 4 balldan 3 ball olib

goal-writ-capitalization-punctuation-skill = bosh harflarni va gap oxiridagi tinish belgilarini toʻgʻri ishlatadi
goal-writ-capitalization-punctuation-condition = Mustaqil ravishda besh yoki undan ortiq gap yozganda
goal-writ-capitalization-punctuation-criterion = 5 ta yozma ish namunasidan 4 tasida 90% aniqlik bilan
goal-writ-capitalization-punctuation-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta yozma ish namunasidan 4 tasida 70% aniqlik bilan
goal-writ-capitalization-punctuation-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta yozma ish namunasidan 4 tasida 80% aniqlik bilan

goal-writ-spelling-patterns-skill = oʻrganilgan imlo qoliplariga oid soʻzlarni toʻgʻri yozadi
goal-writ-spelling-patterns-condition = Oʻrganilgan qoliplarga oid 20 ta soʻzdan iborat roʻyxat diktant qilib aytilganda
goal-writ-spelling-patterns-criterion = ketma-ket 3 ta haftalik testda 85% aniqlik bilan
goal-writ-spelling-patterns-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta haftalik testda 65% aniqlik bilan
goal-writ-spelling-patterns-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta haftalik testda 75% aniqlik bilan

goal-writ-sentence-complete-skill = egasi va kesimi boʻlgan toʻliq gaplar yozadi
goal-writ-sentence-complete-condition = Rasm yoki mavzu berilganda
goal-writ-sentence-complete-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-writ-sentence-complete-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-writ-sentence-complete-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-writ-narrative-skill = bogʻlovchi soʻzlardan foydalanib, boshi, oʻrtasi va oxiri boʻlgan hikoya yozadi
goal-writ-narrative-condition = Shaxsiy hayotdan hikoya yozish mavzusi va hikoya xaritasi berilganda
goal-writ-narrative-criterion = 4 ta yozma ish namunasidan 3 tasida hikoya rubrikasi boʻyicha 4 balldan 3 ball olib

goal-writ-edit-checklist-skill = nazorat roʻyxatidan foydalanib, qoralamadagi imlo, bosh harf va tinish belgilari xatolarini tuzatadi
goal-writ-edit-checklist-condition = Oʻzi yozgan matnning birinchi qoralamasi berilganda
goal-writ-edit-checklist-criterion = 5 ta qoralamadan 4 tasida 5 ta xatodan 4 tasini tuzatib

goal-writ-transitions-skill = fikrlarni bogʻlash uchun kamida uchta turli bogʻlovchi soʻzdan foydalanadi
goal-writ-transitions-condition = Bir necha abzasdan iborat javob yozganda
goal-writ-transitions-criterion = 5 ta yozma ish namunasidan 4 tasida

goal-writ-research-notes-skill = ikki manbadan qaydlar yozib oladi va har bir manbani koʻrsatadi
goal-writ-research-notes-condition = Tadqiqot savoli va sinf darajasidagi ikkita manba berilganda
goal-writ-research-notes-criterion = 5 ta urinishdan 4 tasida manbalari koʻrsatilgan 5 ta tegishli faktni yozib

goal-writ-typing-skill = klaviaturada daqiqasiga 20 ta soʻz tezligida 90% aniqlik bilan yozadi
goal-writ-typing-condition = Klaviatura va klaviaturada yozishni oʻrgatuvchi dasturdan foydalanib
goal-writ-typing-criterion = ketma-ket 3 ta vaqt oʻlchanadigan testda

goal-writ-dictation-tool-skill = abzasning qoralamasini yozish va keyin uni tahrirlash uchun nutqni matnga aylantiruvchi dasturdan foydalanadi
goal-writ-dictation-tool-condition = Yozma topshiriq va nutqni matnga aylantiruvchi dastur berilganda
goal-writ-dictation-tool-criterion = 5 ta urinishdan 4 tasida 5 ta gapdan iborat abzas tuzib

goal-writ-functional-forms-skill = shaxsiy maʼlumotlar shaklini toʻldiradi (ism, manzil, telefon, tugʻilgan sana, favqulodda holatda bogʻlaniladigan shaxs)
goal-writ-functional-forms-condition = Ishga yoki maktabga kirish uchun ariza shakli berilganda
goal-writ-functional-forms-criterion = ketma-ket 3 ta urinishda 5 ta boʻlimdan 5 tasini toʻgʻri toʻldirib

goal-writ-constructed-response-skill = RACE strategiyasidan (savolni qayta ifodalash, javob berish, matndan dalil keltirish, tushuntirish) foydalanib, matnga asoslangan savolga javob beradi
goal-writ-constructed-response-condition = Sinf darajasidagi matn va savol berilganda
goal-writ-constructed-response-criterion = 5 ta javobdan 4 tasida 4 ta qismdan 4 tasini kiritib

goal-writ-handwriting-legible-skill = chiziqli qogʻozga harflarning oʻlchami va oraligʻini toʻgʻri saqlab, tushunarli qilib yozadi
goal-writ-handwriting-legible-condition = 3 ta gapdan iborat matnni koʻchirib yozganda
goal-writ-handwriting-legible-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-writ-handwriting-legible-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-writ-handwriting-legible-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-writ-expand-sentences-skill = kim, nima, qachon, qayerda va nima uchun degan savollarga javob beruvchi tafsilotlar qoʻshib, sodda gaplarni kengaytiradi
goal-writ-expand-sentences-condition = Sodda gap berilganda
goal-writ-expand-sentences-criterion = 5 ta urinishdan 4 tasida 2 ta tafsilot qoʻshib

goal-writ-informational-essay-skill = kirish, faktlarga asoslangan ikkita asosiy abzas va xulosadan iborat axborot inshosi yozadi
goal-writ-informational-essay-condition = Mavzu, manbalar va grafik sxema berilganda
goal-writ-informational-essay-criterion = 4 ta inshodan 3 tasida rubrika boʻyicha 4 balldan 3 ball olib

## math

goal-math-addition-regroup-skill = ikki va uch xonali sonlarni xona oshirib qoʻshadi
goal-math-addition-regroup-condition = Qoʻshishga oid 10 ta misol berilganda
goal-math-addition-regroup-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-addition-regroup-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-addition-regroup-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-subtraction-regroup-skill = ikki va uch xonali sonlarni yuqori xonadan olib ayiradi
goal-math-subtraction-regroup-condition = Ayirishga oid 10 ta misol berilganda
goal-math-subtraction-regroup-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-subtraction-regroup-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-subtraction-regroup-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-multiplication-facts-skill = 0 dan 10 gacha boʻlgan koʻpaytirish jadvalini yoddan aytadi
goal-math-multiplication-facts-condition = 50 ta misoldan iborat 2 daqiqalik vaqtli qisqa tekshiruv berilganda
goal-math-multiplication-facts-criterion = ketma-ket 3 ta qisqa tekshiruvda 50 tadan 40 tasiga toʻgʻri javob berib

goal-math-word-problems-skill = amalni aniqlab va yechimni koʻrsatib, bir va ikki amalli matnli masalalarni yechadi
goal-math-word-problems-condition = Sinf darajasidagi, kerak boʻlsa ovoz chiqarib oʻqib beriladigan 5 ta matnli masala berilganda
goal-math-word-problems-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-word-problems-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-word-problems-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-fractions-compare-skill = maxrajlari har xil kasrlarni modellar yoki umumiy maxraj yordamida taqqoslaydi
goal-math-fractions-compare-condition = 10 juft kasr berilganda
goal-math-fractions-compare-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-fractions-compare-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-fractions-compare-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-linear-equations-skill = bir oʻzgaruvchili, bir necha bosqichda yechiladigan chiziqli tenglamalarni yechadi
goal-math-linear-equations-condition = 10 ta tenglama va bosqichlar boʻyicha nazorat roʻyxati berilganda
goal-math-linear-equations-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-linear-equations-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-linear-equations-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-money-count-skill = 20,00 dollargacha boʻlgan aralash tanga va qogʻoz pullarni sanaydi
goal-math-money-count-condition = Tanga va qogʻoz pullar toʻplami berilganda
goal-math-money-count-criterion = ketma-ket 3 ta mashgʻulotda 90% aniqlik bilan
goal-math-money-count-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 70% aniqlik bilan
goal-math-money-count-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 80% aniqlik bilan

goal-math-make-change-skill = 20,00 dollargacha boʻlgan xarid uchun qaytimni hisoblaydi
goal-math-make-change-condition = Narx yorligʻi va toʻlangan summa berilganda
goal-math-make-change-criterion = 3 ta mashgʻulot davomida 10 ta urinishdan 8 tasida

goal-math-time-tell-skill = millari bor (analog) soatda vaqtni besh daqiqagacha aniqlikda aytadi
goal-math-time-tell-condition = 10 ta soat siferblati berilganda
goal-math-time-tell-criterion = ketma-ket 3 ta mashgʻulotda 90% aniqlik bilan
goal-math-time-tell-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 70% aniqlik bilan
goal-math-time-tell-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 80% aniqlik bilan

goal-math-place-value-skill = 1 000 gacha boʻlgan sonlardagi har bir raqamning xona qiymatini aniqlaydi
goal-math-place-value-condition = 10 ta uch xonali son berilganda
goal-math-place-value-criterion = 5 ta urinishdan 4 tasida 85% aniqlik bilan
goal-math-place-value-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 65% aniqlik bilan
goal-math-place-value-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 75% aniqlik bilan

goal-math-measurement-skill = narsalarni chorak dyuym va santimetrgacha aniqlikda oʻlchaydi
goal-math-measurement-condition = Chizgʻich va 10 ta narsa berilganda
goal-math-measurement-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-measurement-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-measurement-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-graphs-skill = savollarga javob berish uchun ustunli va chiziqli diagrammalarni oʻqiydi va izohlaydi
goal-math-graphs-condition = Diagramma va 5 ta savol berilganda
goal-math-graphs-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-graphs-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-graphs-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-ratios-skill = jadvallar yoki tasmali diagrammalar yordamida nisbat va tezlikka oid masalalarni yechadi
goal-math-ratios-condition = Hayotiy vaziyatlarga oid 5 ta nisbat masalasi berilganda
goal-math-ratios-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-ratios-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-ratios-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-calculator-use-skill = bir necha amalli masalalarni yechish va javobning mantiqan toʻgʻriligini tekshirish uchun kalkulyatordan foydalanadi
goal-math-calculator-use-condition = 10 ta masala va kalkulyator berilganda
goal-math-calculator-use-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-calculator-use-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-calculator-use-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-math-budget-skill = daromad va xarajatlarni koʻrsatgan holda haftalik byudjet tuzadi va qoldiqni hisoblaydi
goal-math-budget-condition = Ish haqi varaqasi va xarajatlar roʻyxati berilganda
goal-math-budget-criterion = 4 ta urinishdan 3 tasida 1 tadan ortiq boʻlmagan xato bilan

goal-math-number-line-skill = butun sonlar va oʻnli kasrlarni son oʻqida belgilaydi va tartiblaydi
goal-math-number-line-condition = 10 ta son va son oʻqi berilganda
goal-math-number-line-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-math-number-line-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-math-number-line-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

## speech_language

goal-spl-articulation-r-skill = soʻz va gaplarda /r/ tovushini toʻgʻri talaffuz qiladi
goal-spl-articulation-r-condition = Tartibga solingan nutq mashgʻulotlari davomida
goal-spl-articulation-r-criterion = ketma-ket 3 ta mashgʻulotda 80% aniqlik bilan
goal-spl-articulation-r-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 60% aniqlik bilan
goal-spl-articulation-r-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 70% aniqlik bilan

goal-spl-articulation-s-skill = suhbatda /s/ va /z/ tovushlarini toʻgʻri talaffuz qiladi
goal-spl-articulation-s-condition = Mutaxassis bilan 5 daqiqalik suhbat davomida
goal-spl-articulation-s-criterion = ketma-ket 3 ta mashgʻulotda 80% aniqlik bilan
goal-spl-articulation-s-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 60% aniqlik bilan
goal-spl-articulation-s-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 70% aniqlik bilan

goal-spl-following-directions-skill = asosiy tushunchalarni (oldin, keyin, birinchi, oxirgi) oʻz ichiga olgan ikki bosqichli koʻrsatmalarni bajaradi
goal-spl-following-directions-condition = Koʻrgazmali ishoralarsiz ogʻzaki koʻrsatmalar berilganda
goal-spl-following-directions-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-spl-following-directions-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-spl-following-directions-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-spl-vocabulary-categories-skill = bir toifaga oid kamida 5 ta narsani nomlaydi va ular oʻzaro qanday bogʻliqligini tushuntiradi
goal-spl-vocabulary-categories-condition = Toifa nomi berilganda
goal-spl-vocabulary-categories-criterion = 5 ta urinishdan 4 tasida

goal-spl-wh-questions-skill = qisqa hikoya boʻyicha kim, nima, qayerda, qachon va nima uchun savollariga javob beradi
goal-spl-wh-questions-condition = Ovoz chiqarib oʻqib berilgan qisqa hikoyani tinglagandan keyin
goal-spl-wh-questions-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-spl-wh-questions-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-spl-wh-questions-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-spl-sentence-length-skill = grammatik jihatdan toʻgʻri, 6 va undan ortiq soʻzdan iborat toʻliq gaplarni ishlatadi
goal-spl-sentence-length-condition = Rasm yoki voqeani tasvirlaganda
goal-spl-sentence-length-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-spl-sentence-length-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-spl-sentence-length-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-spl-narrative-retell-skill = vaqtni bildiruvchi soʻzlar (avval, soʻng, keyin, oxirida) yordamida oʻz hayotidagi voqeani ketma-ket aytib beradi
goal-spl-narrative-retell-condition = Yaqinda boʻlgan voqea haqida soʻralganda
goal-spl-narrative-retell-criterion = 5 ta urinishdan 4 tasida 4 ta voqeani tartib bilan aytib

goal-spl-conversation-turns-skill = suhbatda 4 navbat davomida bitta mavzuni saqlab turadi
goal-spl-conversation-turns-condition = Tengdoshi bilan suhbat davomida
goal-spl-conversation-turns-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-spl-fluency-strategy-skill = ravon gapirish uchun nutq ravonligi strategiyasidan (yumshoq boshlash, sekin surʼat) foydalanadi
goal-spl-fluency-strategy-condition = Tartibga solingan suhbat davomida
goal-spl-fluency-strategy-criterion = ketma-ket 3 ta mashgʻulot davomida 90% boʻgʻinni ravon talaffuz qilib
goal-spl-fluency-strategy-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulot davomida 70% boʻgʻinni ravon talaffuz qilib
goal-spl-fluency-strategy-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulot davomida 80% boʻgʻinni ravon talaffuz qilib

goal-spl-aac-requests-skill = iltimos qilish va fikr bildirish uchun qoʻshimcha va muqobil muloqot qurilmasidan foydalanadi
goal-spl-aac-requests-condition = Sinfdagi kundalik tartib davomida
goal-spl-aac-requests-criterion = ketma-ket 3 kun davomida 30 daqiqa ichida 10 marta

goal-spl-figurative-language-skill = iboralar va koʻchma maʼnodagi ifodalarning maʼnosini tushuntiradi
goal-spl-figurative-language-condition = Gap ichida kelgan 10 ta ibora berilganda
goal-spl-figurative-language-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-spl-figurative-language-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-spl-figurative-language-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-spl-clarification-skill = koʻrsatma yoki xabar tushunarsiz boʻlganda aniqlashtirib berishni soʻraydi
goal-spl-clarification-condition = Sinfdagi dars davomida
goal-spl-clarification-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-spl-describe-attributes-skill = narsani 3 ta belgisi (oʻlchami, rangi, vazifasi, qismlari) yordamida tasvirlaydi
goal-spl-describe-attributes-condition = Rasm yoki haqiqiy narsa berilganda
goal-spl-describe-attributes-criterion = 5 ta urinishdan 4 tasida

goal-spl-pronouns-skill = gaplarda ega va toʻldiruvchi vazifasidagi kishilik olmoshlarini toʻgʻri ishlatadi
goal-spl-pronouns-condition = Tartibga solingan til mashgʻulotlari davomida
goal-spl-pronouns-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-spl-pronouns-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-spl-pronouns-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-spl-voice-volume-skill = vaziyatga mos ovoz balandligida gapiradi
goal-spl-voice-volume-condition = Sinfda va yoʻlakda kundalik tartib davomida
goal-spl-voice-volume-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-spl-self-advocacy-speech-skill = oʻzi tanimaydigan katta yoshli odamga oʻzining muloqot ehtiyojlari va unga kerak boʻladigan yordamni tushuntiradi
goal-spl-self-advocacy-speech-condition = Rolli oʻyinda yoki haqiqiy uchrashuvda
goal-spl-self-advocacy-speech-criterion = 4 ta urinishdan 3 tasida 2 ta ehtiyoj va 2 ta yordam turini aytib

## social_emotional

goal-soc-identify-feelings-skill = his-tuygʻularini aniqlaydi va tuygʻular shkalasi yordamida ularning kuchini baholaydi
goal-soc-identify-feelings-condition = Maktab kuni davomida xafa boʻlganda
goal-soc-identify-feelings-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-soc-coping-strategy-skill = tinchlanish uchun oʻzini bosish usulidan (chuqur nafas olish, tanaffus kartasi, sanash) foydalanadi
goal-soc-coping-strategy-condition = Asabiylashganda yoki xavotirga tushganda
goal-soc-coping-strategy-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-soc-peer-initiation-skill = tengdoshi bilan muloqotni oʻzi boshlaydi
goal-soc-peer-initiation-condition = Erkin vaqtlarda (tushlik, tanaffus)
goal-soc-peer-initiation-criterion = 5 kundan 4 kunida kuniga 3 marta

goal-soc-perspective-taking-skill = muayyan vaziyatda boshqa odam oʻzini qanday his qilishi mumkinligini va nima uchun shundayligini aytadi
goal-soc-perspective-taking-condition = Ijtimoiy vaziyatlar berilganda
goal-soc-perspective-taking-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-soc-perspective-taking-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-soc-perspective-taking-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-soc-conflict-resolution-skill = tengdoshi bilan nizoni hal qilish uchun muammoni yechishning 4 bosqichli rejasidan foydalanadi
goal-soc-conflict-resolution-condition = Tengdoshlar bilan nizolar paytida
goal-soc-conflict-resolution-criterion = kuzatilgan 4 ta holatdan 3 tasida

goal-soc-accept-feedback-skill = kattalarning tuzatuvchi izohlarini bahslashmasdan qabul qiladi
goal-soc-accept-feedback-condition = Tuzatuvchi izoh berilganda
goal-soc-accept-feedback-criterion = ketma-ket 4 hafta davomida 80% holatda
goal-soc-accept-feedback-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% holatda
goal-soc-accept-feedback-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% holatda

goal-soc-group-work-skill = fikrlari bilan boʻlishib va navbatga rioya qilib, kichik guruh mashgʻulotida ishtirok etadi
goal-soc-group-work-condition = Hamkorlikda oʻqish mashgʻulotlari davomida
goal-soc-group-work-criterion = kuzatilgan 5 ta mashgʻulotdan 4 tasida

goal-soc-self-advocacy-skill = oʻqituvchidan munosib ibora bilan yordam yoki moslashtirish soʻraydi
goal-soc-self-advocacy-condition = Qiyin topshiriqqa duch kelganda
goal-soc-self-advocacy-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-soc-positive-self-talk-skill = oʻzi haqidagi salbiy fikrni ijobiy fikr bilan almashtiradi
goal-soc-positive-self-talk-condition = Mashgʻulot davomida maslahatchi eslatganda
goal-soc-positive-self-talk-criterion = 5 ta urinishdan 4 tasida

goal-soc-friendship-skills-skill = yaxshi doʻstning 3 ta fazilatini aytadi va ulardan birini oʻzi namoyon qilgan holatni tasvirlaydi
goal-soc-friendship-skills-condition = Psixologik maslahat mashgʻulotlari davomida
goal-soc-friendship-skills-criterion = 4 ta mashgʻulotdan 3 tasida

goal-soc-anxiety-plan-skill = test va taqdimotlardan oldin xavotirni yengish boʻyicha yozma rejaga amal qiladi
goal-soc-anxiety-plan-condition = Test yoki taqdimotdan oldin
goal-soc-anxiety-plan-criterion = 5 ta holatdan 4 tasida

goal-soc-social-cues-skill = videolavhalarda noverbal ishoralarni (yuz ifodasi, ovoz ohangi, tana tili) aniqlaydi
goal-soc-social-cues-condition = Qisqa videolavhalar berilganda
goal-soc-social-cues-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-soc-social-cues-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-soc-social-cues-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-soc-joining-games-skill = munosib ibora bilan oʻyin yoki mashgʻulotga qoʻshilishni soʻraydi
goal-soc-joining-games-condition = Tanaffus yoki boʻsh vaqt davomida
goal-soc-joining-games-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-soc-goal-setting-skill = haftalik shaxsiy maqsad qoʻyadi va unga erishgan-erishmaganini baholaydi
goal-soc-goal-setting-condition = Maslahatchi bilan haftalik uchrashuvlar davomida
goal-soc-goal-setting-criterion = ketma-ket 10 haftadan 8 tasida

goal-soc-attendance-skill = maktabga oʻz vaqtida keladi
goal-soc-attendance-condition = Har bir baholash davri davomida
goal-soc-attendance-criterion = 90% maktab kunida
goal-soc-attendance-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 70% maktab kunida
goal-soc-attendance-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 80% maktab kunida

goal-soc-responsibility-skill = nima sodir boʻlganini va keyin nima qilish kerakligini aytib, oʻz xatti-harakatlari uchun masʼuliyatni oʻz zimmasiga oladi
goal-soc-responsibility-condition = Biror hodisadan keyin
goal-soc-responsibility-criterion = 4 ta holatdan 3 tasida

## behavior

goal-beh-on-task-skill = mustaqil ishlash vaqtida diqqatini topshiriqqa qaratib turadi
goal-beh-on-task-condition = 20 daqiqalik mustaqil ishlash vaqtlarida
goal-beh-on-task-criterion = ketma-ket 4 hafta davomida 80% vaqt oraligʻida
goal-beh-on-task-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% vaqt oraligʻida
goal-beh-on-task-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% vaqt oraligʻida

goal-beh-follow-directions-skill = oʻqituvchining koʻrsatmalarini birinchi aytilganidan keyin 30 soniya ichida bajaradi
goal-beh-follow-directions-condition = Sinfdagi dars davomida
goal-beh-follow-directions-criterion = ketma-ket 4 hafta davomida 80% holatda
goal-beh-follow-directions-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% holatda
goal-beh-follow-directions-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% holatda

goal-beh-break-card-skill = joyidan ketib qolish oʻrniga tanaffus soʻrash uchun tanaffus kartasidan foydalanadi
goal-beh-break-card-condition = Asabiylashganda
goal-beh-break-card-criterion = ketma-ket 4 hafta davomida 90% holatda
goal-beh-break-card-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 70% holatda
goal-beh-break-card-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 80% holatda

goal-beh-hands-to-self-skill = qoʻl va oyoqlarini boshqalarga tekkizmaydi
goal-beh-hands-to-self-condition = Oʻtishlar va erkin vaqtlar davomida
goal-beh-hands-to-self-criterion = ketma-ket 4 hafta davomida 90% vaqt oraligʻida
goal-beh-hands-to-self-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 70% vaqt oraligʻida
goal-beh-hands-to-self-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 80% vaqt oraligʻida

goal-beh-raise-hand-skill = gapirishdan oldin qoʻl koʻtaradi va soʻz berilishini kutadi
goal-beh-raise-hand-condition = Butun sinf bilan oʻtkaziladigan dars davomida
goal-beh-raise-hand-criterion = ketma-ket 4 hafta davomida 80% holatda
goal-beh-raise-hand-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% holatda
goal-beh-raise-hand-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% holatda

goal-beh-transitions-skill = 2 daqiqa ichida bir mashgʻulotdan boshqasiga oʻtadi
goal-beh-transitions-condition = 2 daqiqa oldin ogohlantirilganda va vizual kun tartibi berilganda
goal-beh-transitions-criterion = 5 kundan 4 kunida kuniga 10 ta oʻtishdan 8 tasida

goal-beh-work-completion-skill = sinf topshiriqlarini bajaradi va topshiradi
goal-beh-work-completion-condition = Berilgan topshiriqlarning nazorat roʻyxati berilganda
goal-beh-work-completion-criterion = baholash davri davomida 80% topshiriqda
goal-beh-work-completion-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: baholash davri davomida 60% topshiriqda
goal-beh-work-completion-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: baholash davri davomida 70% topshiriqda

goal-beh-respectful-language-skill = tengdoshlari va kattalar bilan hurmat bilan gaplashadi
goal-beh-respectful-language-condition = Maktab kuni davomida
goal-beh-respectful-language-criterion = ketma-ket 4 hafta davomida haftasiga 1 tadan ortiq qoidabuzarlik boʻlmagan holda

goal-beh-self-monitoring-skill = ball varaqasida oʻz xulq-atvorini baholaydi va uning bahosi oʻqituvchi bahosiga mos keladi
goal-beh-self-monitoring-condition = Har bir dars oxirida
goal-beh-self-monitoring-criterion = ketma-ket 4 hafta davomida 80% darsda
goal-beh-self-monitoring-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% darsda
goal-beh-self-monitoring-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% darsda

goal-beh-wait-turn-skill = boshqalarning gapini boʻlmasdan navbatini kutadi
goal-beh-wait-turn-condition = Kichik guruh mashgʻulotlari davomida
goal-beh-wait-turn-criterion = kuzatilgan 5 ta holatdan 4 tasida

goal-beh-seat-remain-skill = belgilangan joyda qoladi
goal-beh-seat-remain-condition = 30 daqiqalik dars vaqtlarida
goal-beh-seat-remain-criterion = ketma-ket 4 hafta davomida 90% vaqt oraligʻida
goal-beh-seat-remain-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 70% vaqt oraligʻida
goal-beh-seat-remain-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 80% vaqt oraligʻida

goal-beh-materials-ready-skill = darsga kerakli oʻquv qurollarini (kitob, daftar, qalam) olib keladi
goal-beh-materials-ready-condition = Har bir dars boshida
goal-beh-materials-ready-criterion = ketma-ket 4 hafta davomida 85% darsda
goal-beh-materials-ready-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 65% darsda
goal-beh-materials-ready-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 75% darsda

goal-beh-aggression-replace-skill = jismoniy tajovuz oʻrniga muqobil xatti-harakatdan (uzoqlashish, kattalardan yordam soʻrash) foydalanadi
goal-beh-aggression-replace-condition = Tengdoshlar bilan nizolar paytida
goal-beh-aggression-replace-criterion = ketma-ket 6 hafta davomida jismoniy tajovuz holatlari 0 ta boʻlib

goal-beh-task-initiation-skill = berilgan topshiriqni 2 daqiqa ichida boshlaydi
goal-beh-task-initiation-condition = Koʻrsatmalar berilgandan keyin
goal-beh-task-initiation-criterion = ketma-ket 4 hafta davomida 80% holatda
goal-beh-task-initiation-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% holatda
goal-beh-task-initiation-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% holatda

goal-beh-cell-phone-skill = dars paytida shaxsiy telefonini olmasdan, yigʻishtirilgan holda saqlaydi
goal-beh-cell-phone-condition = Dars vaqtlarida
goal-beh-cell-phone-criterion = ketma-ket 4 hafta davomida 90% darsda
goal-beh-cell-phone-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 70% darsda
goal-beh-cell-phone-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 80% darsda

goal-beh-calm-down-return-skill = tanaffusdan keyin 5 daqiqa ichida mashgʻulotga qaytadi
goal-beh-calm-down-return-condition = Soʻralgan yoki taklif qilingan tanaffusdan keyin
goal-beh-calm-down-return-criterion = ketma-ket 4 hafta davomida 80% tanaffusdan soʻng
goal-beh-calm-down-return-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% tanaffusdan soʻng
goal-beh-calm-down-return-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% tanaffusdan soʻng

## fine_motor

goal-fm-pencil-grasp-skill = yozayotganda qalamni uch barmoq bilan toʻgʻri ushlaydi
goal-fm-pencil-grasp-condition = Yozuv topshiriqlari davomida, kerak boʻlsa qalam ushlagich bilan
goal-fm-pencil-grasp-criterion = ketma-ket 3 ta mashgʻulot davomida kuzatilgan yozuv topshiriqlarida 80% aniqlik bilan
goal-fm-pencil-grasp-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulot davomida kuzatilgan yozuv topshiriqlarida 60% aniqlik bilan
goal-fm-pencil-grasp-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulot davomida kuzatilgan yozuv topshiriqlarida 70% aniqlik bilan

goal-fm-scissors-skill = egri chiziq boʻylab undan 1/4 dyuymdan ortiq chetga chiqmasdan qirqadi
goal-fm-scissors-condition = Qaychi va ish varagʻi berilganda
goal-fm-scissors-criterion = 5 ta urinishdan 4 tasida

goal-fm-letter-formation-skill = bosh va kichik harflarni yoddan toʻgʻri yozadi
goal-fm-letter-formation-condition = Alifboni yozganda
goal-fm-letter-formation-criterion = ketma-ket 3 ta mashgʻulotda 90% aniqlik bilan
goal-fm-letter-formation-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 70% aniqlik bilan
goal-fm-letter-formation-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 3 ta mashgʻulotda 80% aniqlik bilan

goal-fm-buttons-zippers-skill = oʻz kiyimidagi tugmalarni qadaydi va zamoklarni yopadi
goal-fm-buttons-zippers-condition = Kiyinish paytida
goal-fm-buttons-zippers-criterion = 5 ta urinishdan 4 tasida mustaqil ravishda

goal-fm-copy-board-skill = doskadagi 3 ta gapni tushunarli qilib koʻchirib yozadi
goal-fm-copy-board-condition = 5 daqiqa ichida
goal-fm-copy-board-criterion = 5 ta urinishdan 4 tasida

goal-fm-keyboard-home-row-skill = ikkala qoʻl bilan asosiy qatordagi tugmalardan foydalanib klaviaturada yozadi
goal-fm-keyboard-home-row-condition = Klaviatura va klaviaturada yozishni oʻrgatuvchi dasturdan foydalanib
goal-fm-keyboard-home-row-criterion = ketma-ket 3 ta mashgʻulotda daqiqasiga 15 ta soʻz tezligida

goal-fm-in-hand-manipulation-skill = mayda narsalarni (tanga, qoziqcha) bir qoʻl bilan olib, joyiga qoʻyadi
goal-fm-in-hand-manipulation-condition = 10 ta mayda narsa berilganda
goal-fm-in-hand-manipulation-criterion = 5 ta urinishdan 4 tasida 10 tadan 10 tasini 60 soniyadan kam vaqtda joyiga qoʻyib

goal-fm-spacing-skill = soʻzlar orasida barmoq kengligida joy qoldiradi va chiziq ustiga yozadi
goal-fm-spacing-condition = 3 va undan ortiq gap yozganda
goal-fm-spacing-criterion = 5 ta yozma ish namunasidan 4 tasida 80% aniqlik bilan
goal-fm-spacing-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta yozma ish namunasidan 4 tasida 60% aniqlik bilan
goal-fm-spacing-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta yozma ish namunasidan 4 tasida 70% aniqlik bilan

goal-fm-open-containers-skill = tushlik idishlari va qadoqlarni ochadi
goal-fm-open-containers-condition = Tushlik paytida
goal-fm-open-containers-criterion = 5 ta holatdan 4 tasida mustaqil ravishda

goal-fm-tablet-navigation-skill = ilovani ochish, ishlatish va yopish uchun planshetning sensorli ekranidan foydalanadi
goal-fm-tablet-navigation-condition = Ogʻzaki koʻrsatma berilganda
goal-fm-tablet-navigation-criterion = 5 ta urinishdan 4 tasida mustaqil ravishda

goal-fm-shoelaces-skill = poyabzal bogʻichlarini bogʻlaydi
goal-fm-shoelaces-condition = Kiyinish paytida
goal-fm-shoelaces-criterion = 5 ta urinishdan 4 tasida mustaqil ravishda

goal-fm-bilateral-skill = bir qoʻli bilan yozayotganda yoki qirqayotganda ikkinchi qoʻli bilan qogʻozni ushlab turadi
goal-fm-bilateral-condition = Stol ustida bajariladigan topshiriqlar davomida
goal-fm-bilateral-criterion = 3 ta mashgʻulot davomida kuzatilgan topshiriqlarda 80% aniqlik bilan
goal-fm-bilateral-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 3 ta mashgʻulot davomida kuzatilgan topshiriqlarda 60% aniqlik bilan
goal-fm-bilateral-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 3 ta mashgʻulot davomida kuzatilgan topshiriqlarda 70% aniqlik bilan

goal-fm-ruler-line-skill = chizgʻich yordamida ikki nuqta orasiga toʻgʻri chiziq chizadi
goal-fm-ruler-line-condition = Chizgʻich va 10 juft nuqta berilganda
goal-fm-ruler-line-criterion = ketma-ket 3 ta mashgʻulotda 10 ta chiziqdan 8 tasini 1/8 dyuymdan ortiq chetlanmasdan chizib

goal-fm-sizing-letters-skill = harflarni yozuv chiziqlari ichida toʻgʻri oʻlchamda yozadi
goal-fm-sizing-letters-condition = Gapni koʻchirib yozganda
goal-fm-sizing-letters-criterion = 5 ta urinishdan 4 tasida 80% aniqlik bilan
goal-fm-sizing-letters-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 5 ta urinishdan 4 tasida 60% aniqlik bilan
goal-fm-sizing-letters-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 5 ta urinishdan 4 tasida 70% aniqlik bilan

goal-fm-utensils-skill = ovqatni toʻkmasdan yeyish uchun sanchqi va qoshiqdan foydalanadi
goal-fm-utensils-condition = Tushlik paytida
goal-fm-utensils-criterion = kuzatilgan 5 ta ovqatlanishdan 4 tasida

goal-fm-organize-binder-skill = halqalar va ajratgichlardan foydalanib, qogʻozlarni halqali papkaning tegishli boʻlimlariga joylaydi
goal-fm-organize-binder-condition = Har bir dars oxirida
goal-fm-organize-binder-criterion = 4 hafta davomida 80% holatda
goal-fm-organize-binder-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 4 hafta davomida 60% holatda
goal-fm-organize-binder-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 4 hafta davomida 70% holatda

## gross_motor

goal-gm-stairs-skill = oyoqlarini navbatma-navbat qoʻyib va tutqichdan ushlab, bir qavat zinadan chiqadi va tushadi
goal-gm-stairs-condition = Maktab ichida bir joydan boshqasiga oʻtishda
goal-gm-stairs-criterion = 5 ta urinishdan 4 tasida xavfsiz tarzda

goal-gm-balance-beam-skill = 10 fut uzunlikdagi chiziq boʻylab tovonini boshqa oyogʻi barmoqlari uchiga tiragan holda, chiziqdan chiqmasdan yuradi
goal-gm-balance-beam-condition = Sport zalida yoki terapiya xonasida
goal-gm-balance-beam-criterion = 5 ta urinishdan 4 tasida

goal-gm-ball-catch-skill = 10 fut masofadan otilgan oʻyin toʻpini ilib oladi
goal-gm-ball-catch-condition = Jismoniy tarbiya yoki terapiya davomida
goal-gm-ball-catch-criterion = ketma-ket 3 ta mashgʻulotda 10 ta otishdan 8 tasini ilib olib

goal-gm-hop-skill = muvozanatni yoʻqotmasdan bir oyoqda 10 marta sakraydi
goal-gm-hop-condition = Sport zalida yoki terapiya xonasida
goal-gm-hop-criterion = 5 ta urinishdan 4 tasida har bir oyoqda

goal-gm-navigate-school-skill = oʻz harakatlanish vositasi bilan odam gavjum yoʻlaklardan xavfsiz oʻtadi
goal-gm-navigate-school-condition = Dars almashinuvi paytida
goal-gm-navigate-school-criterion = 5 ta urinishdan 4 tasida hech kimga urilmasdan va yordam uchun toʻxtamasdan

goal-gm-endurance-walk-skill = dam olmasdan 500 fut yuradi
goal-gm-endurance-walk-condition = Maktab sayohatlari yoki terapiya davomida
goal-gm-endurance-walk-criterion = 5 ta urinishdan 4 tasida

goal-gm-jump-skill = ikki oyoqda depsinib va ikki oyoqqa qoʻnib, oldinga 24 dyuym sakraydi
goal-gm-jump-condition = Sport zalida yoki terapiya xonasida
goal-gm-jump-criterion = 5 ta urinishdan 4 tasida

goal-gm-wheelchair-transfer-skill = yonida yordamga tayyor turgan katta yoshli kishi kuzatuvida nogironlik aravachasidan sinfdagi stulga oʻtadi
goal-gm-wheelchair-transfer-condition = Sinfdagi kundalik tartib davomida
goal-gm-wheelchair-transfer-criterion = 5 ta urinishdan 4 tasida xavfsiz tarzda

goal-gm-kick-ball-skill = dumalab kelayotgan toʻpni 15 fut uzoqlikdagi nishonga qarab tepadi
goal-gm-kick-ball-condition = Jismoniy tarbiya davomida
goal-gm-kick-ball-criterion = 3 ta mashgʻulotda 10 martadan 6 marta nishonga tekkizib

goal-gm-playground-equipment-skill = oʻyin maydonchasidagi narvonga chiqadi va tepalikdan sirpanib tushadi
goal-gm-playground-equipment-condition = Tanaffus paytida
goal-gm-playground-equipment-criterion = 5 ta holatdan 4 tasida mustaqil va xavfsiz tarzda

goal-gm-posture-skill = parta oldida qaddini tik tutib oʻtiradi
goal-gm-posture-condition = 20 daqiqalik dars davomida
goal-gm-posture-criterion = 3 ta mashgʻulot davomida kuzatilgan vaqt oraliqlarida 80% aniqlik bilan
goal-gm-posture-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 3 ta mashgʻulot davomida kuzatilgan vaqt oraliqlarida 60% aniqlik bilan
goal-gm-posture-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 3 ta mashgʻulot davomida kuzatilgan vaqt oraliqlarida 70% aniqlik bilan

goal-gm-curb-negotiation-skill = yoʻlak chetidagi bordyurga xavfsiz chiqadi va undan tushadi
goal-gm-curb-negotiation-condition = Jamoat joylariga chiqishlar davomida
goal-gm-curb-negotiation-criterion = 5 ta urinishdan 4 tasida

goal-gm-skip-skill = oyoqlarini navbatma-navbat almashtirib, 30 fut masofani ravon sakrab-sakrab bosib oʻtadi
goal-gm-skip-condition = Sport zalida
goal-gm-skip-criterion = 5 ta urinishdan 4 tasida

goal-gm-fitness-circuit-skill = 5 ta mashq nuqtasidan iborat aylanma jismoniy mashqlarni bajaradi
goal-gm-fitness-circuit-condition = Moslashtirilgan jismoniy tarbiya davomida
goal-gm-fitness-circuit-criterion = ketma-ket 3 ta mashgʻulotda 10 daqiqa ichida

goal-gm-bus-steps-skill = tutqichdan ushlab, maktab avtobusi zinalaridan chiqadi va tushadi
goal-gm-bus-steps-condition = Maktabga kelish va maktabdan ketishda
goal-gm-bus-steps-criterion = 5 ta holatdan 4 tasida xavfsiz tarzda

goal-gm-throw-overhand-skill = toʻpni yelka ustidan 15 fut uzoqlikdagi sherigiga otadi
goal-gm-throw-overhand-condition = Jismoniy tarbiya davomida
goal-gm-throw-overhand-criterion = 3 ta mashgʻulotda 10 martadan 8 marta sherigiga yetkazib

## adaptive_daily_living

goal-adl-handwashing-skill = 6 bosqichli rasmli ketma-ketlikka amal qilib, qoʻllarini yuvadi va quritadi
goal-adl-handwashing-condition = Tushlikdan oldin va hojatxonadan foydalangandan keyin
goal-adl-handwashing-criterion = 5 ta holatdan 4 tasida 6 ta bosqichdan 6 tasini mustaqil bajarib

goal-adl-arrival-routine-skill = maktabga kelgandagi tartibni bajaradi (sumkasidagi narsalarni chiqaradi, paltosini ilib qoʻyadi, papkasini topshiradi, ertalabki ishni boshlaydi)
goal-adl-arrival-routine-condition = Sinfga kelganda
goal-adl-arrival-routine-criterion = 5 kundan 4 kunida 1 tadan ortiq boʻlmagan eslatma bilan

goal-adl-visual-schedule-skill = mashgʻulotlar orasida oʻtish uchun vizual kun tartibiga amal qiladi
goal-adl-visual-schedule-condition = Maktab kuni davomida
goal-adl-visual-schedule-criterion = ketma-ket 4 hafta davomida 80% oʻtishda
goal-adl-visual-schedule-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 60% oʻtishda
goal-adl-visual-schedule-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 70% oʻtishda

goal-adl-personal-info-skill = toʻliq ismi, manzili va ota-onasidan birining telefon raqamini aytadi yoki koʻrsatadi
goal-adl-personal-info-condition = Tanish katta yoshli kishi soʻraganda
goal-adl-personal-info-criterion = 5 ta urinishdan 4 tasida toʻgʻri

goal-adl-lunch-routine-skill = tushlik oladi, pul toʻlaydi yoki ID raqamini kiritadi va stolni tozalaydi
goal-adl-lunch-routine-condition = Oshxonada
goal-adl-lunch-routine-criterion = 5 ta holatdan 4 tasida mustaqil ravishda

goal-adl-dressing-skill = kurtkasini kiyadi va yechadi
goal-adl-dressing-condition = Maktabga kelish va maktabdan ketishda
goal-adl-dressing-criterion = 5 ta holatdan 4 tasida mustaqil ravishda

goal-adl-toileting-request-skill = hojatxonaga borish zarurligini bildiradi
goal-adl-toileting-request-condition = Maktab kuni davomida
goal-adl-toileting-request-criterion = ketma-ket 4 hafta davomida 90% holatda
goal-adl-toileting-request-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 hafta davomida 70% holatda
goal-adl-toileting-request-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 hafta davomida 80% holatda

goal-adl-safety-signs-skill = xavfsizlik belgilarini (chiqish, toʻxta, xavfli, yuring) taniydi va ularga toʻgʻri amal qiladi
goal-adl-safety-signs-condition = Jamoat joylarida oʻqitish davomida
goal-adl-safety-signs-criterion = 10 ta urinishdan 9 tasida

goal-adl-simple-meal-skill = rasmli retseptga amal qilib oddiy yengil taom tayyorlaydi
goal-adl-simple-meal-condition = Hayotiy koʻnikmalar oshxonasida
goal-adl-simple-meal-criterion = 4 ta mashgʻulotdan 3 tasida 10 ta bosqichdan 8 tasini mustaqil bajarib

goal-adl-hygiene-skill = shaxsiy gigiyena tartibini bajaradi (sochini taraydi, tashqi koʻrinishini tekshiradi, dezodorantdan foydalanadi)
goal-adl-hygiene-condition = Nazorat roʻyxatiga amal qilib
goal-adl-hygiene-criterion = 5 ta holatdan 4 tasida mustaqil ravishda

goal-adl-calendar-use-skill = topshiriqlar va uchrashuvlarni yozib borish uchun kalendar yoki kundalik rejalashtirgichdan foydalanadi
goal-adl-calendar-use-condition = Har bir dars oxirida
goal-adl-calendar-use-criterion = 4 hafta davomida 80% holatda
goal-adl-calendar-use-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 4 hafta davomida 60% holatda
goal-adl-calendar-use-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 4 hafta davomida 70% holatda

goal-adl-shopping-list-skill = rasmli xarid roʻyxatidagi 5 ta mahsulotni doʻkondan topadi
goal-adl-shopping-list-condition = Jamoat joylarida oʻqitish davomida
goal-adl-shopping-list-criterion = 4 ta chiqishdan 3 tasida 15 daqiqa ichida

goal-adl-emergency-help-skill = favqulodda vaziyatda nima qilish kerakligini aytadi yoki koʻrsatadi (911 ga qoʻngʻiroq qilish, yordam beradigan odamni topish)
goal-adl-emergency-help-condition = Rolli oʻyin vaziyatlari berilganda
goal-adl-emergency-help-criterion = 5 ta vaziyatdan 4 tasida

goal-adl-clean-up-skill = oʻz ish joyini yigʻishtiradi va materiallarni joyiga qoʻyadi
goal-adl-clean-up-condition = Mashgʻulot oxirida
goal-adl-clean-up-criterion = 5 ta holatdan 4 tasida 1 ta yoki undan kam eslatma bilan

goal-adl-medication-routine-skill = hamshiraga oʻz dorisining nomini va qabul qilish vaqtini aytadi
goal-adl-medication-routine-condition = Dori qabul qilishning belgilangan vaqtida
goal-adl-medication-routine-criterion = 5 ta holatdan 4 tasida

goal-adl-laundry-skill = vazifa tahliliga (bosqichma-bosqich yoʻriqnoma) amal qilib, bir mashina kirni saralaydi, yuvadi va taxlaydi
goal-adl-laundry-condition = Hayotiy koʻnikmalar xonasida
goal-adl-laundry-criterion = 4 ta mashgʻulotdan 3 tasida 10 ta bosqichdan 9 tasini bajarib

## transition

goal-tran-career-interest-skill = kasbiy qiziqishlar soʻrovnomasini toʻldiradi va oʻz qiziqishlariga mos 3 ta kasbni aytadi
goal-tran-career-interest-condition = Kattalar hayotiga oʻtish boʻyicha maslahatchi bilan
goal-tran-career-interest-criterion = birinchi baholash davri oxirigacha 3 ta mos kasbni har biri uchun 1 ta sabab bilan aytib

goal-tran-job-application-skill = shaxsiy maʼlumotlar, ish tajribasi va tavsiyanomalarni koʻrsatib, ishga ariza toʻldiradi
goal-tran-job-application-condition = Qogʻoz yoki onlayn ariza berilganda
goal-tran-job-application-criterion = 4 ta urinishdan 3 tasida barcha majburiy boʻlimlarni toʻgʻri toʻldirib

goal-tran-interview-practice-skill = ish suhbatidagi 5 ta keng tarqalgan savolga toʻliq va savolga mos javob beradi
goal-tran-interview-practice-condition = Mashq tariqasidagi ish suhbati davomida
goal-tran-interview-practice-criterion = 4 ta mashq suhbatidan 3 tasida

goal-tran-resume-skill = maʼlumoti, koʻnikmalari va ish yoki koʻngillilik tajribasi koʻrsatilgan rezyume tuzadi
goal-tran-resume-condition = Rezyume shablonidan foydalanib
goal-tran-resume-criterion = ikkinchi baholash davrigacha rezyume rubrikasi boʻyicha 4 balldan 3 ball olib

goal-tran-travel-public-skill = maktab va jamoat joyi orasida avtobus yoki metroda qatnaydi
goal-tran-travel-public-condition = Kattalar yordami asta-sekin kamaytirilgan holda
goal-tran-travel-public-criterion = 5 ta safardan 4 tasida mustaqil va xavfsiz tarzda

goal-tran-college-research-skill = maktabdan keyingi 3 ta taʼlim dasturini oʻrganadi va ularning qabul talablari, narxi va yordam xizmatlarini taqqoslaydi
goal-tran-college-research-condition = Kollej veb-saytlari va taqqoslash jadvalidan foydalanib
goal-tran-college-research-criterion = 3 ta dasturning 3 tasi uchun jadvalni toʻldirib

goal-tran-work-task-skill = nazorat roʻyxatiga amal qilib, berilgan ish topshirigʻini bajaradi
goal-tran-work-task-condition = Ish joyidagi amaliyot maskanida
goal-tran-work-task-criterion = ketma-ket 4 ta ish smenasi davomida 90% bosqichda
goal-tran-work-task-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: ketma-ket 4 ta ish smenasi davomida 70% bosqichda
goal-tran-work-task-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: ketma-ket 4 ta ish smenasi davomida 80% bosqichda

goal-tran-time-clock-skill = ish joyidagi amaliyot smenasiga oʻz vaqtida keladi va kelganini qayd etadi
goal-tran-time-clock-condition = Ish joyidagi amaliyot maskanida
goal-tran-time-clock-criterion = baholash davri davomida 90% smenada
goal-tran-time-clock-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: baholash davri davomida 70% smenada
goal-tran-time-clock-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: baholash davri davomida 80% smenada

goal-tran-self-advocacy-iep-skill = IEP yigʻilishida oʻz nogironligi, kuchli tomonlari, ehtiyojlari va moslashtirishlarini tushuntiradi
goal-tran-self-advocacy-iep-condition = Oldindan tayyorlangan matn yoki slaydlar bilan
goal-tran-self-advocacy-iep-criterion = 3 ta kuchli tomon, 2 ta ehtiyoj va 2 ta moslashtirishni aytib

goal-tran-money-management-skill = xarid qilish uchun debet karta yoki naqd puldan foydalanadi va chekni tekshiradi
goal-tran-money-management-condition = Jamoat joylarida oʻqitish davomida
goal-tran-money-management-criterion = 5 ta chiqishdan 4 tasida toʻgʻri

goal-tran-workplace-social-skill = hamkasblari bilan salomlashadi va kerak boʻlganda rahbaridan yordam soʻraydi
goal-tran-workplace-social-condition = Ish joyidagi amaliyot maskanida
goal-tran-workplace-social-criterion = kuzatilgan 5 ta smenadan 4 tasida

goal-tran-credits-tracking-skill = diplom olish uchun oʻz kreditlari va Regents imtihonlarini kuzatib boradi
goal-tran-credits-tracking-condition = Maslahatchi bilan birga bitiruvni kuzatish jadvalidan foydalanib
goal-tran-credits-tracking-criterion = 3 ta baholash davri yakunidagi koʻrib chiqishlarning har birida 100% aniqlik bilan

goal-tran-agency-contact-skill = qabulga yozilish uchun kattalarga xizmat koʻrsatuvchi agentlikka qoʻngʻiroq qiladi
goal-tran-agency-contact-condition = Telefon suhbati uchun tayyorlangan matndan foydalanib
goal-tran-agency-contact-criterion = 4 ta rolli oʻyindan 3 tasida va 1 ta haqiqiy qoʻngʻiroqda ismini, maqsadini va qachon boʻsh ekanini aytib

goal-tran-housing-skills-skill = 3 ta kvartira eʼlonini ijara haqi, joylashuvi va transport boʻyicha taqqoslaydi
goal-tran-housing-skills-condition = Eʼlonlar va taqqoslash jadvali berilganda
goal-tran-housing-skills-criterion = 4 ta urinishdan 3 tasida taqqoslashni 90% aniqlik bilan bajarib

goal-tran-schedule-appointments-skill = darslar, ish va uchrashuvlar haqida eslatmalar oʻrnatish uchun telefon kalendaridan foydalanadi
goal-tran-schedule-appointments-condition = Bir oʻquv haftasi davomida
goal-tran-schedule-appointments-criterion = 4 hafta davomida 80% rejalashtirilgan tadbirda
goal-tran-schedule-appointments-benchmark-1 = Yutuqlar haqidagi birinchi hisobotgacha: 4 hafta davomida 60% rejalashtirilgan tadbirda
goal-tran-schedule-appointments-benchmark-2 = Yutuqlar haqidagi ikkinchi hisobotgacha: 4 hafta davomida 70% rejalashtirilgan tadbirda

goal-tran-safety-work-skill = ish joyidagi xavfsizlik qoidalariga (himoya vositalari, tozalash, xavf haqida xabar berish) amal qiladi
goal-tran-safety-work-condition = Ish joyidagi amaliyot maskanida
goal-tran-safety-work-criterion = kuzatilgan 5 ta smenadan 4 tasida 5 ta qoidadan 5 tasiga amal qilib
