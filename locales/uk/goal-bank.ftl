# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = буде читати (декодувати) багатоскладові слова, спираючись на типи складів
goal-read-decode-multisyllabic-condition = Отримавши список із 20 незнайомих багатоскладових слів рівня класу
goal-read-decode-multisyllabic-criterion = з точністю 80% у 4 з 5 спроб
goal-read-decode-multisyllabic-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-read-decode-multisyllabic-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-read-fluency-wcpm-skill = буде читати вголос текст рівня класу зі швидкістю 110 правильно прочитаних слів за хвилину
goal-read-fluency-wcpm-condition = Отримавши текст рівня класу, який не відпрацьовувався заздалегідь
goal-read-fluency-wcpm-criterion = під час 3 щотижневих перевірок поспіль

goal-read-main-idea-skill = буде називати головну думку та дві деталі, що її підтверджують
goal-read-main-idea-condition = Отримавши інформаційний текст рівня класу та графічну схему
goal-read-main-idea-criterion = з точністю 80% у 4 з 5 спроб
goal-read-main-idea-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-read-main-idea-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-read-inference-skill = буде робити висновок і наводити один доказ із тексту, який його підтверджує
goal-read-inference-condition = Прочитавши художній текст рівня класу
goal-read-inference-criterion = з точністю 75% у 4 з 5 спроб
goal-read-inference-benchmark-1 = До першого звіту про поступ: з точністю 55% у 4 з 5 спроб
goal-read-inference-benchmark-2 = До другого звіту про поступ: з точністю 65% у 4 з 5 спроб

goal-read-sight-words-skill = буде читати часто вживані слова автоматично (не довше ніж 3 секунди на кожне слово)
goal-read-sight-words-condition = Отримавши список із 50 часто вживаних слів рівня класу
goal-read-sight-words-criterion = правильно читаючи 45 з 50 слів під час 3 перевірок поспіль

goal-read-phonemic-blend-skill = буде усно поєднувати звуки в слова та розкладати на звуки слова, що складаються з 3–4 звуків (фонем)
goal-read-phonemic-blend-condition = Коли слова подають усно
goal-read-phonemic-blend-criterion = з точністю 90% на 3 заняттях поспіль
goal-read-phonemic-blend-benchmark-1 = До першого звіту про поступ: з точністю 70% на 3 заняттях поспіль
goal-read-phonemic-blend-benchmark-2 = До другого звіту про поступ: з точністю 80% на 3 заняттях поспіль

goal-read-summarize-skill = буде письмово викладати стислий зміст тексту рівня класу, називаючи основні події в правильній послідовності
goal-read-summarize-condition = Самостійно прочитавши текст рівня класу
goal-read-summarize-criterion = отримуючи 3 бали з 4 за критеріями оцінювання стислого викладу у 4 з 5 спроб

goal-read-vocabulary-context-skill = буде визначати значення незнайомих слів за контекстом
goal-read-vocabulary-context-condition = Отримавши текст рівня класу з 5 підкресленими незнайомими словами
goal-read-vocabulary-context-criterion = з точністю 80% у 4 з 5 спроб
goal-read-vocabulary-context-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-read-vocabulary-context-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-read-text-structure-skill = буде визначати структуру тексту (послідовність, порівняння та протиставлення, причина і наслідок, проблема і розв’язання)
goal-read-text-structure-condition = Отримавши короткі інформаційні тексти
goal-read-text-structure-criterion = з точністю 80% у 4 з 5 спроб
goal-read-text-structure-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-read-text-structure-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-read-answer-wh-skill = буде відповідати на запитання «хто?», «що?», «де?», «коли?» і «чому?» за текстом
goal-read-answer-wh-condition = Прослухавши або прочитавши текст, що відповідає навчальному рівню учня
goal-read-answer-wh-criterion = з точністю 80% у 4 з 5 спроб
goal-read-answer-wh-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-read-answer-wh-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-read-retell-skill = буде переказувати оповідання, називаючи персонажів, місце і час дії, проблему та її розв’язання
goal-read-retell-condition = Прочитавши оповідання, що відповідає навчальному рівню учня
goal-read-retell-criterion = називаючи 4 з 4 елементів оповідання у 4 з 5 переказів

goal-read-comprehension-monitor-skill = буде застосовувати прийом відновлення розуміння (перечитати, читати далі, поставити запитання), коли зміст прочитаного стає незрозумілим
goal-read-comprehension-monitor-condition = Під час читання тексту рівня класу
goal-read-comprehension-monitor-criterion = у 4 з 5 випадків під час спостереження

goal-read-compare-texts-skill = буде порівнювати два тексти на одну тему, визначаючи схожості та відмінності за допомогою діаграми Венна
goal-read-compare-texts-condition = Отримавши два тексти рівня класу на одну тему
goal-read-compare-texts-criterion = називаючи 3 схожості та 3 відмінності у 4 з 5 спроб

goal-read-reading-level-skill = буде читати тексти свого навчального рівня з точністю читання слів 95% і відповідати на запитання на розуміння прочитаного
goal-read-reading-level-condition = Отримавши тексти, розподілені за рівнями складності
goal-read-reading-level-criterion = піднявшись на 2 рівні читання за даними поточних записів читання (running records)

goal-read-functional-signs-skill = буде читати знаки й написи в громадських місцях та етикетки, потрібні в повсякденному житті
goal-read-functional-signs-condition = Отримавши 20 фотографій знаків у громадських місцях та етикеток товарів
goal-read-functional-signs-criterion = правильно читаючи 18 з 20 на 3 заняттях поспіль

goal-read-author-purpose-skill = буде визначати мету автора та його точку зору
goal-read-author-purpose-condition = Отримавши інформаційний або переконувальний текст рівня класу
goal-read-author-purpose-criterion = з точністю 80% у 4 з 5 спроб
goal-read-author-purpose-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-read-author-purpose-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

## writing

goal-writ-paragraph-skill = буде писати абзац із тематичним реченням, трьома деталями, що його підтверджують, і завершальним реченням
goal-writ-paragraph-condition = Отримавши завдання та шаблон для планування абзацу
goal-writ-paragraph-criterion = отримуючи 3 бали з 4 за критеріями оцінювання абзацу у 4 з 5 зразків письмових робіт

goal-writ-argument-essay-skill = буде писати аргументований твір із тезою, двома доводами, підкріпленими доказами, і висновком
goal-writ-argument-essay-condition = Отримавши завдання та контрольний перелік для планування
goal-writ-argument-essay-criterion = отримуючи 3 бали з 4 за критеріями оцінювання у 3 творах поспіль

goal-writ-capitalization-punctuation-skill = буде правильно вживати великі літери та розділові знаки в кінці речення
goal-writ-capitalization-punctuation-condition = Під час самостійного написання п’яти або більше речень
goal-writ-capitalization-punctuation-criterion = з точністю 90% у 4 з 5 зразків письмових робіт
goal-writ-capitalization-punctuation-benchmark-1 = До першого звіту про поступ: з точністю 70% у 4 з 5 зразків письмових робіт
goal-writ-capitalization-punctuation-benchmark-2 = До другого звіту про поступ: з точністю 80% у 4 з 5 зразків письмових робіт

goal-writ-spelling-patterns-skill = буде правильно писати слова з вивченими орфографічними моделями
goal-writ-spelling-patterns-condition = Під час диктанту з 20 слів із вивченими орфографічними моделями
goal-writ-spelling-patterns-criterion = з результатом 85% у 3 щотижневих перевірках поспіль
goal-writ-spelling-patterns-benchmark-1 = До першого звіту про поступ: з результатом 65% у 3 щотижневих перевірках поспіль
goal-writ-spelling-patterns-benchmark-2 = До другого звіту про поступ: з результатом 75% у 3 щотижневих перевірках поспіль

goal-writ-sentence-complete-skill = буде писати повні речення з підметом і присудком
goal-writ-sentence-complete-condition = Отримавши малюнок або тему
goal-writ-sentence-complete-criterion = з точністю 80% у 4 з 5 спроб
goal-writ-sentence-complete-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-writ-sentence-complete-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-writ-narrative-skill = буде писати розповідь із початком, серединою та кінцем, використовуючи слова-зв’язки
goal-writ-narrative-condition = Отримавши завдання написати розповідь про особистий досвід і схему розповіді
goal-writ-narrative-criterion = отримуючи 3 бали з 4 за критеріями оцінювання розповіді у 3 з 4 зразків письмових робіт

goal-writ-edit-checklist-skill = буде перевіряти чернетку на орфографію, великі літери та пунктуацію за контрольним переліком і виправляти помилки
goal-writ-edit-checklist-condition = Отримавши першу чернетку власної письмової роботи
goal-writ-edit-checklist-criterion = виправляючи 4 з 5 помилок у 4 з 5 чернеток

goal-writ-transitions-skill = буде використовувати щонайменше три різні слова-зв’язки, щоб поєднувати думки
goal-writ-transitions-condition = Під час написання відповіді з кількох абзаців
goal-writ-transitions-criterion = у 4 з 5 зразків письмових робіт

goal-writ-research-notes-skill = буде робити нотатки за двома джерелами та зазначати кожне джерело
goal-writ-research-notes-condition = Отримавши дослідницьке запитання та два джерела рівня класу
goal-writ-research-notes-criterion = записуючи 5 доречних фактів із зазначенням джерел у 4 з 5 спроб

goal-writ-typing-skill = буде друкувати на клавіатурі зі швидкістю 20 слів за хвилину з точністю 90%
goal-writ-typing-condition = Використовуючи клавіатуру та програму для навчання друку
goal-writ-typing-criterion = під час 3 перевірок на час поспіль

goal-writ-dictation-tool-skill = буде використовувати програму перетворення мовлення на текст, щоб написати чернетку абзацу, а потім виправити її
goal-writ-dictation-tool-condition = Отримавши письмове завдання та програму перетворення мовлення на текст
goal-writ-dictation-tool-criterion = складаючи абзац із 5 речень у 4 з 5 спроб

goal-writ-functional-forms-skill = буде заповнювати анкету з особистими даними (ім’я, адреса, телефон, дата народження, контакт на випадок надзвичайної ситуації)
goal-writ-functional-forms-condition = Отримавши бланк заяви про прийом на роботу або до школи
goal-writ-functional-forms-criterion = правильно заповнюючи 5 з 5 полів у 3 спробах поспіль

goal-writ-constructed-response-skill = буде відповідати на запитання за текстом, використовуючи стратегію RACE (переформулювати запитання, відповісти, навести доказ із тексту, пояснити)
goal-writ-constructed-response-condition = Отримавши текст рівня класу та запитання до нього
goal-writ-constructed-response-criterion = включаючи 4 з 4 частин у 4 з 5 відповідей

goal-writ-handwriting-legible-skill = буде писати розбірливо на папері в лінійку, дотримуючись правильного розміру літер і проміжків між ними
goal-writ-handwriting-legible-condition = Під час переписування тексту з 3 речень
goal-writ-handwriting-legible-criterion = з точністю 80% у 4 з 5 спроб
goal-writ-handwriting-legible-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-writ-handwriting-legible-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-writ-expand-sentences-skill = буде поширювати прості речення, додаючи деталі: хто, що, коли, де і чому
goal-writ-expand-sentences-condition = Отримавши просте речення
goal-writ-expand-sentences-criterion = додаючи 2 деталі у 4 з 5 спроб

goal-writ-informational-essay-skill = буде писати інформаційний твір зі вступом, двома основними абзацами з фактами та висновком
goal-writ-informational-essay-condition = Отримавши тему, джерела та графічну схему
goal-writ-informational-essay-criterion = отримуючи 3 бали з 4 за критеріями оцінювання у 3 з 4 творів

## math

goal-math-addition-regroup-skill = буде додавати двоцифрові та трицифрові числа з переходом через розряд
goal-math-addition-regroup-condition = Отримавши 10 прикладів на додавання
goal-math-addition-regroup-criterion = з точністю 80% у 4 з 5 спроб
goal-math-addition-regroup-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-addition-regroup-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-subtraction-regroup-skill = буде віднімати двоцифрові та трицифрові числа з переходом через розряд
goal-math-subtraction-regroup-condition = Отримавши 10 прикладів на віднімання
goal-math-subtraction-regroup-criterion = з точністю 80% у 4 з 5 спроб
goal-math-subtraction-regroup-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-subtraction-regroup-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-multiplication-facts-skill = буде з пам’яті називати результати таблиці множення від 0 до 10
goal-math-multiplication-facts-condition = Під час 2-хвилинної перевірки на час із 50 прикладів
goal-math-multiplication-facts-criterion = правильно відповідаючи на 40 з 50 прикладів під час 3 перевірок поспіль

goal-math-word-problems-skill = буде розв’язувати текстові задачі в одну та дві дії, визначаючи потрібну дію та записуючи розв’язання
goal-math-word-problems-condition = Отримавши 5 текстових задач рівня класу, які за потреби читають уголос
goal-math-word-problems-criterion = з точністю 80% у 4 з 5 спроб
goal-math-word-problems-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-word-problems-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-fractions-compare-skill = буде порівнювати дроби з різними знаменниками за допомогою моделей або зведення до спільного знаменника
goal-math-fractions-compare-condition = Отримавши 10 пар дробів
goal-math-fractions-compare-criterion = з точністю 80% у 4 з 5 спроб
goal-math-fractions-compare-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-fractions-compare-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-linear-equations-skill = буде розв’язувати лінійні рівняння з однією змінною в кілька дій
goal-math-linear-equations-condition = Отримавши 10 рівнянь і контрольний перелік кроків розв’язання
goal-math-linear-equations-criterion = з точністю 80% у 4 з 5 спроб
goal-math-linear-equations-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-linear-equations-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-money-count-skill = буде рахувати набір із різних монет і купюр на суму до 20,00 доларів
goal-math-money-count-condition = Отримавши набір монет і купюр
goal-math-money-count-criterion = з точністю 90% на 3 заняттях поспіль
goal-math-money-count-benchmark-1 = До першого звіту про поступ: з точністю 70% на 3 заняттях поспіль
goal-math-money-count-benchmark-2 = До другого звіту про поступ: з точністю 80% на 3 заняттях поспіль

goal-math-make-change-skill = буде розраховувати решту з покупки на суму до 20,00 доларів
goal-math-make-change-condition = Отримавши цінник і сплачену суму
goal-math-make-change-criterion = у 8 з 10 спроб протягом 3 занять

goal-math-time-tell-skill = буде визначати час за годинником зі стрілками з точністю до п’яти хвилин
goal-math-time-tell-condition = Отримавши 10 зображень циферблата
goal-math-time-tell-criterion = з точністю 90% на 3 заняттях поспіль
goal-math-time-tell-benchmark-1 = До першого звіту про поступ: з точністю 70% на 3 заняттях поспіль
goal-math-time-tell-benchmark-2 = До другого звіту про поступ: з точністю 80% на 3 заняттях поспіль

goal-math-place-value-skill = буде визначати значення кожної цифри в числах до 1 000
goal-math-place-value-condition = Отримавши 10 трицифрових чисел
goal-math-place-value-criterion = з точністю 85% у 4 з 5 спроб
goal-math-place-value-benchmark-1 = До першого звіту про поступ: з точністю 65% у 4 з 5 спроб
goal-math-place-value-benchmark-2 = До другого звіту про поступ: з точністю 75% у 4 з 5 спроб

goal-math-measurement-skill = буде вимірювати предмети з точністю до чверті дюйма та до сантиметра
goal-math-measurement-condition = Отримавши лінійку та 10 предметів
goal-math-measurement-criterion = з точністю 80% у 4 з 5 спроб
goal-math-measurement-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-measurement-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-graphs-skill = буде читати та тлумачити стовпчасті й лінійні діаграми, щоб відповідати на запитання
goal-math-graphs-condition = Отримавши діаграму та 5 запитань
goal-math-graphs-criterion = з точністю 80% у 4 з 5 спроб
goal-math-graphs-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-graphs-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-ratios-skill = буде розв’язувати задачі на відношення та на величини з розрахунку на одиницю (наприклад, ціна за штуку), використовуючи таблиці або стрічкові діаграми
goal-math-ratios-condition = Отримавши 5 задач на відношення з реального життя
goal-math-ratios-criterion = з точністю 80% у 4 з 5 спроб
goal-math-ratios-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-ratios-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-calculator-use-skill = буде використовувати калькулятор для розв’язання задач у кілька дій і перевіряти, чи правдоподібна відповідь
goal-math-calculator-use-condition = Отримавши 10 задач і калькулятор
goal-math-calculator-use-criterion = з точністю 80% у 4 з 5 спроб
goal-math-calculator-use-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-calculator-use-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-math-budget-skill = буде складати бюджет на тиждень із переліком доходів і витрат та обчислювати залишок
goal-math-budget-condition = Отримавши розрахунковий листок до зарплати та список витрат
goal-math-budget-criterion = допускаючи не більше ніж 1 помилку у 3 з 4 спроб

goal-math-number-line-skill = буде знаходити на числовій прямій цілі числа та десяткові дроби й розташовувати їх за порядком
goal-math-number-line-condition = Отримавши 10 чисел і числову пряму
goal-math-number-line-criterion = з точністю 80% у 4 з 5 спроб
goal-math-number-line-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-math-number-line-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

## speech_language

goal-spl-articulation-r-skill = буде правильно вимовляти звук /r/ у словах і реченнях
goal-spl-articulation-r-condition = Під час структурованих занять із розвитку мовлення
goal-spl-articulation-r-criterion = з точністю 80% на 3 заняттях поспіль
goal-spl-articulation-r-benchmark-1 = До першого звіту про поступ: з точністю 60% на 3 заняттях поспіль
goal-spl-articulation-r-benchmark-2 = До другого звіту про поступ: з точністю 70% на 3 заняттях поспіль

goal-spl-articulation-s-skill = буде правильно вимовляти звуки /s/ і /z/ у розмові
goal-spl-articulation-s-condition = Під час 5-хвилинної розмови з фахівцем
goal-spl-articulation-s-criterion = з точністю 80% на 3 заняттях поспіль
goal-spl-articulation-s-benchmark-1 = До першого звіту про поступ: з точністю 60% на 3 заняттях поспіль
goal-spl-articulation-s-benchmark-2 = До другого звіту про поступ: з точністю 70% на 3 заняттях поспіль

goal-spl-following-directions-skill = буде виконувати інструкції з двох кроків, що містять базові поняття (до, після, перший, останній)
goal-spl-following-directions-condition = Отримавши усні інструкції без зорових підказок
goal-spl-following-directions-criterion = з точністю 80% у 4 з 5 спроб
goal-spl-following-directions-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-spl-following-directions-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-spl-vocabulary-categories-skill = буде називати щонайменше 5 предметів з однієї категорії та пояснювати, як вони пов’язані між собою
goal-spl-vocabulary-categories-condition = Отримавши назву категорії
goal-spl-vocabulary-categories-criterion = у 4 з 5 спроб

goal-spl-wh-questions-skill = буде відповідати на запитання з питальними словами (хто, що, де, коли, чому) за коротким оповіданням
goal-spl-wh-questions-condition = Прослухавши коротке оповідання, прочитане вголос
goal-spl-wh-questions-criterion = з точністю 80% у 4 з 5 спроб
goal-spl-wh-questions-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-spl-wh-questions-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-spl-sentence-length-skill = буде будувати повні граматично правильні речення з 6 або більше слів
goal-spl-sentence-length-condition = Описуючи малюнок або подію
goal-spl-sentence-length-criterion = з точністю 80% у 4 з 5 спроб
goal-spl-sentence-length-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-spl-sentence-length-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-spl-narrative-retell-skill = буде послідовно розповідати про подію зі свого життя, використовуючи слова, що позначають час (спочатку, далі, потім, наприкінці)
goal-spl-narrative-retell-condition = Відповідаючи на запитання про недавню подію
goal-spl-narrative-retell-criterion = називаючи 4 події по порядку у 4 з 5 спроб

goal-spl-conversation-turns-skill = буде підтримувати тему розмови протягом 4 обмінів репліками
goal-spl-conversation-turns-condition = Під час розмови з однолітком
goal-spl-conversation-turns-criterion = у 4 з 5 випадків під час спостереження

goal-spl-fluency-strategy-skill = буде використовувати прийом плавного мовлення (м’який початок голосу, повільний темп), щоб говорити без запинок
goal-spl-fluency-strategy-condition = Під час структурованої бесіди
goal-spl-fluency-strategy-criterion = вимовляючи плавно 90% складів на 3 заняттях поспіль
goal-spl-fluency-strategy-benchmark-1 = До першого звіту про поступ: вимовляючи плавно 70% складів на 3 заняттях поспіль
goal-spl-fluency-strategy-benchmark-2 = До другого звіту про поступ: вимовляючи плавно 80% складів на 3 заняттях поспіль

goal-spl-aac-requests-skill = буде використовувати пристрій додаткової та альтернативної комунікації, щоб висловлювати прохання та коментарі
goal-spl-aac-requests-condition = Під час повсякденних занять у класі
goal-spl-aac-requests-criterion = 10 разів за 30 хвилин протягом 3 днів поспіль

goal-spl-figurative-language-skill = буде пояснювати значення ідіом і образних висловів
goal-spl-figurative-language-condition = Отримавши 10 ідіом у контексті речень
goal-spl-figurative-language-criterion = з точністю 80% у 4 з 5 спроб
goal-spl-figurative-language-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-spl-figurative-language-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-spl-clarification-skill = буде просити пояснення, якщо інструкція або повідомлення незрозумілі
goal-spl-clarification-condition = Під час уроку
goal-spl-clarification-criterion = у 4 з 5 випадків під час спостереження

goal-spl-describe-attributes-skill = буде описувати предмет, називаючи 3 ознаки (розмір, колір, призначення, частини)
goal-spl-describe-attributes-condition = Отримавши малюнок або реальний предмет
goal-spl-describe-attributes-criterion = у 4 з 5 спроб

goal-spl-pronouns-skill = буде правильно вживати в реченнях займенники в ролі підмета та додатка (наприклад, he і him)
goal-spl-pronouns-condition = Під час структурованих мовних занять
goal-spl-pronouns-criterion = з точністю 80% у 4 з 5 спроб
goal-spl-pronouns-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-spl-pronouns-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-spl-voice-volume-skill = буде говорити з гучністю, що відповідає обстановці
goal-spl-voice-volume-condition = Під час повсякденних занять у класі та в коридорі
goal-spl-voice-volume-criterion = у 4 з 5 випадків під час спостереження

goal-spl-self-advocacy-speech-skill = буде пояснювати незнайомому дорослому свої потреби в спілкуванні та те, яка підтримка допомагає в спілкуванні
goal-spl-self-advocacy-speech-condition = У рольовій грі або на справжній зустрічі
goal-spl-self-advocacy-speech-criterion = називаючи 2 потреби та 2 види підтримки у 3 з 4 спроб

## social_emotional

goal-soc-identify-feelings-skill = буде називати свої почуття та оцінювати їхню силу за шкалою почуттів
goal-soc-identify-feelings-condition = У моменти засмучення протягом навчального дня
goal-soc-identify-feelings-criterion = у 4 з 5 випадків під час спостереження

goal-soc-coping-strategy-skill = буде використовувати спосіб заспокоїтися (глибоке дихання, картка «перерва», лічба)
goal-soc-coping-strategy-condition = Відчуваючи роздратування або тривогу
goal-soc-coping-strategy-criterion = у 4 з 5 випадків під час спостереження

goal-soc-peer-initiation-skill = буде з власної ініціативи починати спілкування з однолітком
goal-soc-peer-initiation-condition = У неструктурований час (обід, велика перерва)
goal-soc-peer-initiation-criterion = 3 рази на день у 4 з 5 днів

goal-soc-perspective-taking-skill = буде пояснювати, що може відчувати інша людина в певній ситуації і чому
goal-soc-perspective-taking-condition = Отримавши описи соціальних ситуацій
goal-soc-perspective-taking-criterion = з точністю 80% у 4 з 5 спроб
goal-soc-perspective-taking-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-soc-perspective-taking-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-soc-conflict-resolution-skill = буде використовувати план розв’язання проблем із 4 кроків, щоб розв’язати конфлікт з однолітком
goal-soc-conflict-resolution-condition = Під час конфліктів з однолітками
goal-soc-conflict-resolution-criterion = у 3 з 4 випадків під час спостереження

goal-soc-accept-feedback-skill = буде приймати зауваження дорослого, не сперечаючись
goal-soc-accept-feedback-condition = Отримавши зауваження з вказівкою, що потрібно виправити
goal-soc-accept-feedback-criterion = у 80% випадків протягом 4 тижнів поспіль
goal-soc-accept-feedback-benchmark-1 = До першого звіту про поступ: у 60% випадків протягом 4 тижнів поспіль
goal-soc-accept-feedback-benchmark-2 = До другого звіту про поступ: у 70% випадків протягом 4 тижнів поспіль

goal-soc-group-work-skill = буде брати участь у роботі в малій групі, ділячись ідеями та дотримуючись черговості
goal-soc-group-work-condition = Під час спільної навчальної діяльності
goal-soc-group-work-criterion = на 4 з 5 занять під час спостереження

goal-soc-self-advocacy-skill = буде просити вчителя про допомогу або пристосування, використовуючи доречне формулювання
goal-soc-self-advocacy-condition = Зіткнувшись зі складним завданням
goal-soc-self-advocacy-criterion = у 4 з 5 випадків під час спостереження

goal-soc-positive-self-talk-skill = буде замінювати негативне висловлювання про себе позитивним
goal-soc-positive-self-talk-condition = За підказкою консультанта під час заняття
goal-soc-positive-self-talk-criterion = у 4 з 5 спроб

goal-soc-friendship-skills-skill = буде називати 3 якості доброго друга й описувати випадок зі свого життя, коли вдалося виявити одну з них
goal-soc-friendship-skills-condition = Під час занять із консультантом
goal-soc-friendship-skills-criterion = на 3 з 4 занять

goal-soc-anxiety-plan-skill = буде виконувати письмовий план подолання тривоги перед контрольними роботами та виступами
goal-soc-anxiety-plan-condition = Перед контрольною роботою або виступом
goal-soc-anxiety-plan-criterion = у 4 з 5 випадків

goal-soc-social-cues-skill = буде розпізнавати у відеофрагментах невербальні сигнали (вираз обличчя, тон голосу, мова тіла)
goal-soc-social-cues-condition = Отримавши короткі відеофрагменти
goal-soc-social-cues-criterion = з точністю 80% у 4 з 5 спроб
goal-soc-social-cues-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-soc-social-cues-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-soc-joining-games-skill = буде просити дозволу приєднатися до гри чи заняття, використовуючи доречну фразу
goal-soc-joining-games-condition = Під час великої перерви або вільного часу
goal-soc-joining-games-criterion = у 4 з 5 випадків під час спостереження

goal-soc-goal-setting-skill = буде ставити перед собою особисту мету на тиждень і оцінювати, чи досягнуто її
goal-soc-goal-setting-condition = Під час щотижневих зустрічей із консультантом
goal-soc-goal-setting-criterion = протягом 8 з 10 тижнів поспіль

goal-soc-attendance-skill = буде приходити до школи вчасно
goal-soc-attendance-condition = Протягом кожного оцінювального періоду
goal-soc-attendance-criterion = у 90% навчальних днів
goal-soc-attendance-benchmark-1 = До першого звіту про поступ: у 70% навчальних днів
goal-soc-attendance-benchmark-2 = До другого звіту про поступ: у 80% навчальних днів

goal-soc-responsibility-skill = буде брати на себе відповідальність за свої вчинки, розповідаючи, що сталося і що потрібно зробити далі
goal-soc-responsibility-condition = Після інциденту
goal-soc-responsibility-criterion = у 3 з 4 випадків

## behavior

goal-beh-on-task-skill = буде зосереджено виконувати завдання під час самостійної роботи
goal-beh-on-task-condition = Під час 20-хвилинної самостійної роботи
goal-beh-on-task-criterion = у 80% інтервалів спостереження протягом 4 тижнів поспіль
goal-beh-on-task-benchmark-1 = До першого звіту про поступ: у 60% інтервалів спостереження протягом 4 тижнів поспіль
goal-beh-on-task-benchmark-2 = До другого звіту про поступ: у 70% інтервалів спостереження протягом 4 тижнів поспіль

goal-beh-follow-directions-skill = буде виконувати вказівки вчителя протягом 30 секунд після першого прохання
goal-beh-follow-directions-condition = Під час уроку
goal-beh-follow-directions-criterion = у 80% випадків протягом 4 тижнів поспіль
goal-beh-follow-directions-benchmark-1 = До першого звіту про поступ: у 60% випадків протягом 4 тижнів поспіль
goal-beh-follow-directions-benchmark-2 = До другого звіту про поступ: у 70% випадків протягом 4 тижнів поспіль

goal-beh-break-card-skill = буде використовувати картку «перерва», щоб попросити перерву, замість того щоб іти з місця
goal-beh-break-card-condition = Відчуваючи роздратування
goal-beh-break-card-criterion = у 90% випадків протягом 4 тижнів поспіль
goal-beh-break-card-benchmark-1 = До першого звіту про поступ: у 70% випадків протягом 4 тижнів поспіль
goal-beh-break-card-benchmark-2 = До другого звіту про поступ: у 80% випадків протягом 4 тижнів поспіль

goal-beh-hands-to-self-skill = буде тримати руки й ноги при собі
goal-beh-hands-to-self-condition = Під час переходів і в неструктурований час
goal-beh-hands-to-self-criterion = у 90% інтервалів спостереження протягом 4 тижнів поспіль
goal-beh-hands-to-self-benchmark-1 = До першого звіту про поступ: у 70% інтервалів спостереження протягом 4 тижнів поспіль
goal-beh-hands-to-self-benchmark-2 = До другого звіту про поступ: у 80% інтервалів спостереження протягом 4 тижнів поспіль

goal-beh-raise-hand-skill = буде піднімати руку й чекати дозволу вчителя, перш ніж говорити
goal-beh-raise-hand-condition = Під час занять з усім класом
goal-beh-raise-hand-criterion = у 80% випадків протягом 4 тижнів поспіль
goal-beh-raise-hand-benchmark-1 = До першого звіту про поступ: у 60% випадків протягом 4 тижнів поспіль
goal-beh-raise-hand-benchmark-2 = До другого звіту про поступ: у 70% випадків протягом 4 тижнів поспіль

goal-beh-transitions-skill = буде переходити від одного заняття до іншого протягом 2 хвилин
goal-beh-transitions-condition = Отримавши попередження за 2 хвилини та візуальний розклад
goal-beh-transitions-criterion = у 8 з 10 переходів на день протягом 4 з 5 днів

goal-beh-work-completion-skill = буде виконувати та здавати класні завдання
goal-beh-work-completion-condition = Отримавши контрольний перелік заданих робіт
goal-beh-work-completion-criterion = у 80% завдань протягом оцінювального періоду
goal-beh-work-completion-benchmark-1 = До першого звіту про поступ: у 60% завдань протягом оцінювального періоду
goal-beh-work-completion-benchmark-2 = До другого звіту про поступ: у 70% завдань протягом оцінювального періоду

goal-beh-respectful-language-skill = буде говорити шанобливо з однолітками та дорослими
goal-beh-respectful-language-condition = Протягом усього навчального дня
goal-beh-respectful-language-criterion = допускаючи не більше ніж 1 інцидент на тиждень протягом 4 тижнів поспіль

goal-beh-self-monitoring-skill = буде оцінювати свою поведінку в листі балів так, щоб ця оцінка збігалася з оцінкою вчителя
goal-beh-self-monitoring-condition = Наприкінці кожного уроку
goal-beh-self-monitoring-criterion = на 80% уроків протягом 4 тижнів поспіль
goal-beh-self-monitoring-benchmark-1 = До першого звіту про поступ: на 60% уроків протягом 4 тижнів поспіль
goal-beh-self-monitoring-benchmark-2 = До другого звіту про поступ: на 70% уроків протягом 4 тижнів поспіль

goal-beh-wait-turn-skill = буде чекати своєї черги, не перебиваючи інших
goal-beh-wait-turn-condition = Під час занять у малих групах
goal-beh-wait-turn-criterion = у 4 з 5 випадків під час спостереження

goal-beh-seat-remain-skill = буде залишатися на відведеному місці
goal-beh-seat-remain-condition = Під час 30-хвилинних уроків
goal-beh-seat-remain-criterion = у 90% інтервалів спостереження протягом 4 тижнів поспіль
goal-beh-seat-remain-benchmark-1 = До першого звіту про поступ: у 70% інтервалів спостереження протягом 4 тижнів поспіль
goal-beh-seat-remain-benchmark-2 = До другого звіту про поступ: у 80% інтервалів спостереження протягом 4 тижнів поспіль

goal-beh-materials-ready-skill = буде приносити на урок потрібне приладдя (підручник, зошит, олівець)
goal-beh-materials-ready-condition = На початку кожного уроку
goal-beh-materials-ready-criterion = на 85% уроків протягом 4 тижнів поспіль
goal-beh-materials-ready-benchmark-1 = До першого звіту про поступ: на 65% уроків протягом 4 тижнів поспіль
goal-beh-materials-ready-benchmark-2 = До другого звіту про поступ: на 75% уроків протягом 4 тижнів поспіль

goal-beh-aggression-replace-skill = буде використовувати замісну поведінку (відійти, звернутися до дорослого) замість фізичної агресії
goal-beh-aggression-replace-condition = Під час конфліктів з однолітками
goal-beh-aggression-replace-criterion = без жодного випадку фізичної агресії (0 випадків) протягом 6 тижнів поспіль

goal-beh-task-initiation-skill = буде братися до виконання заданої роботи протягом 2 хвилин
goal-beh-task-initiation-condition = Після того як надано інструкції
goal-beh-task-initiation-criterion = у 80% випадків протягом 4 тижнів поспіль
goal-beh-task-initiation-benchmark-1 = До першого звіту про поступ: у 60% випадків протягом 4 тижнів поспіль
goal-beh-task-initiation-benchmark-2 = До другого звіту про поступ: у 70% випадків протягом 4 тижнів поспіль

goal-beh-cell-phone-skill = не буде діставати особистий телефон під час уроку
goal-beh-cell-phone-condition = Під час уроків
goal-beh-cell-phone-criterion = на 90% уроків протягом 4 тижнів поспіль
goal-beh-cell-phone-benchmark-1 = До першого звіту про поступ: на 70% уроків протягом 4 тижнів поспіль
goal-beh-cell-phone-benchmark-2 = До другого звіту про поступ: на 80% уроків протягом 4 тижнів поспіль

goal-beh-calm-down-return-skill = буде повертатися до заняття протягом 5 хвилин після перерви
goal-beh-calm-down-return-condition = Після перерви, взятої на власне прохання або за пропозицією дорослого
goal-beh-calm-down-return-criterion = у 80% перерв протягом 4 тижнів поспіль
goal-beh-calm-down-return-benchmark-1 = До першого звіту про поступ: у 60% перерв протягом 4 тижнів поспіль
goal-beh-calm-down-return-benchmark-2 = До другого звіту про поступ: у 70% перерв протягом 4 тижнів поспіль

## fine_motor

goal-fm-pencil-grasp-skill = буде використовувати функціональний трипальцевий захват під час письма
goal-fm-pencil-grasp-condition = Під час виконання письмових завдань, за потреби з тримачем для олівця
goal-fm-pencil-grasp-criterion = з точністю 80% у письмових завданнях під час спостереження протягом 3 занять поспіль
goal-fm-pencil-grasp-benchmark-1 = До першого звіту про поступ: з точністю 60% у письмових завданнях під час спостереження протягом 3 занять поспіль
goal-fm-pencil-grasp-benchmark-2 = До другого звіту про поступ: з точністю 70% у письмових завданнях під час спостереження протягом 3 занять поспіль

goal-fm-scissors-skill = буде вирізати по кривій лінії, відхиляючись від неї не більше ніж на 1/4 дюйма
goal-fm-scissors-condition = Отримавши ножиці та робочий аркуш
goal-fm-scissors-criterion = у 4 з 5 спроб

goal-fm-letter-formation-skill = буде правильно писати з пам’яті великі та малі літери
goal-fm-letter-formation-condition = Під час написання алфавіту
goal-fm-letter-formation-criterion = з точністю 90% на 3 заняттях поспіль
goal-fm-letter-formation-benchmark-1 = До першого звіту про поступ: з точністю 70% на 3 заняттях поспіль
goal-fm-letter-formation-benchmark-2 = До другого звіту про поступ: з точністю 80% на 3 заняттях поспіль

goal-fm-buttons-zippers-skill = буде застібати ґудзики та блискавки на своєму одязі
goal-fm-buttons-zippers-condition = Під час перевдягання
goal-fm-buttons-zippers-criterion = самостійно у 4 з 5 спроб

goal-fm-copy-board-skill = буде розбірливо переписувати з дошки 3 речення
goal-fm-copy-board-condition = Протягом 5 хвилин
goal-fm-copy-board-criterion = у 4 з 5 спроб

goal-fm-keyboard-home-row-skill = буде друкувати обома руками, використовуючи клавіші основного ряду
goal-fm-keyboard-home-row-condition = Використовуючи клавіатуру та програму для навчання друку
goal-fm-keyboard-home-row-criterion = зі швидкістю 15 слів за хвилину на 3 заняттях поспіль

goal-fm-in-hand-manipulation-skill = буде брати та розташовувати дрібні предмети (монети, кілочки) однією рукою
goal-fm-in-hand-manipulation-condition = Отримавши 10 дрібних предметів
goal-fm-in-hand-manipulation-criterion = розташовуючи 10 з 10 предметів менш ніж за 60 секунд у 4 з 5 спроб

goal-fm-spacing-skill = буде залишати між словами проміжки завширшки з палець і писати по рядку
goal-fm-spacing-condition = Під час написання 3 або більше речень
goal-fm-spacing-criterion = з точністю 80% у 4 з 5 зразків письмових робіт
goal-fm-spacing-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 зразків письмових робіт
goal-fm-spacing-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 зразків письмових робіт

goal-fm-open-containers-skill = буде відкривати контейнери та упаковки з їжею
goal-fm-open-containers-condition = Під час обіду
goal-fm-open-containers-criterion = самостійно у 4 з 5 випадків

goal-fm-tablet-navigation-skill = буде за допомогою сенсорного екрана планшета відкривати застосунок, користуватися ним і закривати його
goal-fm-tablet-navigation-condition = Отримавши усну вказівку
goal-fm-tablet-navigation-criterion = самостійно у 4 з 5 спроб

goal-fm-shoelaces-skill = буде зав’язувати шнурки
goal-fm-shoelaces-condition = Під час перевдягання
goal-fm-shoelaces-criterion = самостійно у 4 з 5 спроб

goal-fm-bilateral-skill = буде притримувати аркуш паперу однією рукою, а другою писати або вирізати
goal-fm-bilateral-condition = Під час виконання завдань за столом
goal-fm-bilateral-criterion = з точністю 80% у завданнях під час спостереження протягом 3 занять
goal-fm-bilateral-benchmark-1 = До першого звіту про поступ: з точністю 60% у завданнях під час спостереження протягом 3 занять
goal-fm-bilateral-benchmark-2 = До другого звіту про поступ: з точністю 70% у завданнях під час спостереження протягом 3 занять

goal-fm-ruler-line-skill = буде проводити пряму лінію між двома точками за допомогою лінійки
goal-fm-ruler-line-condition = Отримавши лінійку та 10 пар точок
goal-fm-ruler-line-criterion = 8 з 10 ліній із відхиленням не більше ніж 1/8 дюйма на 3 заняттях поспіль

goal-fm-sizing-letters-skill = буде писати літери правильного розміру в межах рядка
goal-fm-sizing-letters-condition = Під час переписування речення
goal-fm-sizing-letters-criterion = з точністю 80% у 4 з 5 спроб
goal-fm-sizing-letters-benchmark-1 = До першого звіту про поступ: з точністю 60% у 4 з 5 спроб
goal-fm-sizing-letters-benchmark-2 = До другого звіту про поступ: з точністю 70% у 4 з 5 спроб

goal-fm-utensils-skill = буде їсти виделкою та ложкою, не розливаючи й не розсипаючи їжу
goal-fm-utensils-condition = Під час обіду
goal-fm-utensils-criterion = у 4 з 5 прийомів їжі під час спостереження

goal-fm-organize-binder-skill = буде розкладати папери в потрібні розділи папки, використовуючи кільця та розділювачі
goal-fm-organize-binder-condition = Наприкінці кожного уроку
goal-fm-organize-binder-criterion = у 80% випадків протягом 4 тижнів
goal-fm-organize-binder-benchmark-1 = До першого звіту про поступ: у 60% випадків протягом 4 тижнів
goal-fm-organize-binder-benchmark-2 = До другого звіту про поступ: у 70% випадків протягом 4 тижнів

## gross_motor

goal-gm-stairs-skill = буде підніматися та спускатися сходовим прогоном, ставлячи ноги на сходинки почергово й тримаючись за поруччя
goal-gm-stairs-condition = Під час пересування школою
goal-gm-stairs-criterion = безпечно у 4 з 5 спроб

goal-gm-balance-beam-skill = буде йти по лінії завдовжки 10 футів, ставлячи ногу п’ятою до носка й не сходячи з лінії
goal-gm-balance-beam-condition = У спортзалі або кабінеті терапії
goal-gm-balance-beam-criterion = у 4 з 5 спроб

goal-gm-ball-catch-skill = буде ловити м’яч, кинутий з відстані 10 футів
goal-gm-ball-catch-condition = Під час фізичного виховання або занять терапією
goal-gm-ball-catch-criterion = 8 з 10 спійманих м’ячів на 3 заняттях поспіль

goal-gm-hop-skill = буде стрибати на одній нозі 10 разів, не втрачаючи рівноваги
goal-gm-hop-condition = У спортзалі або кабінеті терапії
goal-gm-hop-criterion = на кожній нозі у 4 з 5 спроб

goal-gm-navigate-school-skill = буде безпечно пересуватися людними коридорами зі своїм допоміжним засобом пересування
goal-gm-navigate-school-condition = Під час зміни уроків
goal-gm-navigate-school-criterion = без зіткнень і без зупинок, щоб попросити допомоги, у 4 з 5 спроб

goal-gm-endurance-walk-skill = буде проходити 500 футів без відпочинку
goal-gm-endurance-walk-condition = Під час шкільних виходів за межі школи або занять терапією
goal-gm-endurance-walk-criterion = у 4 з 5 спроб

goal-gm-jump-skill = буде стрибати вперед на 24 дюйми, відштовхуючись двома ногами та приземляючись на обидві ноги
goal-gm-jump-condition = У спортзалі або кабінеті терапії
goal-gm-jump-criterion = у 4 з 5 спроб

goal-gm-wheelchair-transfer-skill = буде пересідати з інвалідного візка на стілець у класі під наглядом дорослого, готового допомогти
goal-gm-wheelchair-transfer-condition = Під час повсякденних занять у класі
goal-gm-wheelchair-transfer-criterion = безпечно у 4 з 5 спроб

goal-gm-kick-ball-skill = буде ударом ноги спрямовувати м’яч, що котиться, у ціль на відстані 15 футів
goal-gm-kick-ball-condition = Під час фізичного виховання
goal-gm-kick-ball-criterion = влучаючи в ціль 6 разів з 10 протягом 3 занять

goal-gm-playground-equipment-skill = буде підніматися драбинкою та спускатися з гірки на ігровому майданчику
goal-gm-playground-equipment-condition = Під час великої перерви
goal-gm-playground-equipment-criterion = самостійно та безпечно у 4 з 5 випадків

goal-gm-posture-skill = буде зберігати рівну поставу, сидячи за партою
goal-gm-posture-condition = Під час 20-хвилинного уроку
goal-gm-posture-criterion = з точністю 80% в інтервалах спостереження протягом 3 занять
goal-gm-posture-benchmark-1 = До першого звіту про поступ: з точністю 60% в інтервалах спостереження протягом 3 занять
goal-gm-posture-benchmark-2 = До другого звіту про поступ: з точністю 70% в інтервалах спостереження протягом 3 занять

goal-gm-curb-negotiation-skill = буде безпечно підніматися на бордюр і спускатися з нього
goal-gm-curb-negotiation-condition = Під час виходів у місто
goal-gm-curb-negotiation-criterion = у 4 з 5 спроб

goal-gm-skip-skill = буде пересуватися підскоками на 30 футів, плавно й почергово змінюючи ноги
goal-gm-skip-condition = У спортзалі
goal-gm-skip-criterion = у 4 з 5 спроб

goal-gm-fitness-circuit-skill = буде виконувати кругове тренування з 5 станцій
goal-gm-fitness-circuit-condition = Під час адаптованого фізичного виховання
goal-gm-fitness-circuit-criterion = не більше ніж за 10 хвилин на 3 заняттях поспіль

goal-gm-bus-steps-skill = буде підніматися сходинками шкільного автобуса та спускатися ними, тримаючись за поруччя
goal-gm-bus-steps-condition = Під час прибуття до школи та виходу зі школи
goal-gm-bus-steps-criterion = безпечно у 4 з 5 випадків

goal-gm-throw-overhand-skill = буде кидати м’яч рукою згори партнерові, що стоїть на відстані 15 футів
goal-gm-throw-overhand-condition = Під час фізичного виховання
goal-gm-throw-overhand-criterion = докидаючи м’яч до партнера 8 разів з 10 протягом 3 занять

## adaptive_daily_living

goal-adl-handwashing-skill = буде мити та витирати руки, дотримуючись послідовності з 6 кроків у малюнках
goal-adl-handwashing-condition = Перед обідом і після відвідування туалету
goal-adl-handwashing-criterion = самостійно виконуючи 6 з 6 кроків у 4 з 5 випадків

goal-adl-arrival-routine-skill = буде виконувати звичний порядок дій після приходу (розкласти речі, повісити куртку, здати папку, почати ранкове завдання)
goal-adl-arrival-routine-condition = Після приходу до класу
goal-adl-arrival-routine-criterion = не більше ніж з 1 підказкою у 4 з 5 днів

goal-adl-visual-schedule-skill = буде дотримуватися візуального розкладу під час переходу від одного заняття до іншого
goal-adl-visual-schedule-condition = Протягом усього навчального дня
goal-adl-visual-schedule-criterion = у 80% переходів протягом 4 тижнів поспіль
goal-adl-visual-schedule-benchmark-1 = До першого звіту про поступ: у 60% переходів протягом 4 тижнів поспіль
goal-adl-visual-schedule-benchmark-2 = До другого звіту про поступ: у 70% переходів протягом 4 тижнів поспіль

goal-adl-personal-info-skill = буде називати або показувати своє ім’я та прізвище, адресу та номер телефону одного з батьків
goal-adl-personal-info-condition = Коли про це запитує знайомий дорослий
goal-adl-personal-info-criterion = правильно у 4 з 5 спроб

goal-adl-lunch-routine-skill = буде брати обід, оплачувати його або вводити свій ідентифікаційний номер і прибирати за собою стіл
goal-adl-lunch-routine-condition = У їдальні
goal-adl-lunch-routine-criterion = самостійно у 4 з 5 випадків

goal-adl-dressing-skill = буде вдягати та знімати куртку
goal-adl-dressing-condition = Під час прибуття до школи та виходу зі школи
goal-adl-dressing-criterion = самостійно у 4 з 5 випадків

goal-adl-toileting-request-skill = буде повідомляти про потребу сходити в туалет
goal-adl-toileting-request-condition = Протягом усього навчального дня
goal-adl-toileting-request-criterion = у 90% випадків протягом 4 тижнів поспіль
goal-adl-toileting-request-benchmark-1 = До першого звіту про поступ: у 70% випадків протягом 4 тижнів поспіль
goal-adl-toileting-request-benchmark-2 = До другого звіту про поступ: у 80% випадків протягом 4 тижнів поспіль

goal-adl-safety-signs-skill = буде впізнавати знаки безпеки («Вихід», «Стоп», «Небезпечно», «Йдіть») і правильно на них реагувати
goal-adl-safety-signs-condition = Під час навчання в громадських місцях
goal-adl-safety-signs-criterion = у 9 з 10 спроб

goal-adl-simple-meal-skill = буде готувати просту закуску за рецептом у малюнках
goal-adl-simple-meal-condition = На кухні для навчання життєвих навичок
goal-adl-simple-meal-criterion = самостійно виконуючи 8 з 10 кроків на 3 з 4 занять

goal-adl-hygiene-skill = буде виконувати процедури догляду за собою (причесатися, перевірити зовнішній вигляд, скористатися дезодорантом)
goal-adl-hygiene-condition = Дотримуючись контрольного переліку
goal-adl-hygiene-criterion = самостійно у 4 з 5 випадків

goal-adl-calendar-use-skill = буде записувати завдання та зустрічі в календар або щоденник-планувальник
goal-adl-calendar-use-condition = Наприкінці кожного уроку
goal-adl-calendar-use-criterion = у 80% випадків протягом 4 тижнів
goal-adl-calendar-use-benchmark-1 = До першого звіту про поступ: у 60% випадків протягом 4 тижнів
goal-adl-calendar-use-benchmark-2 = До другого звіту про поступ: у 70% випадків протягом 4 тижнів

goal-adl-shopping-list-skill = буде знаходити в магазині 5 товарів за списком покупок у малюнках
goal-adl-shopping-list-condition = Під час навчання в громадських місцях
goal-adl-shopping-list-criterion = не більше ніж за 15 хвилин у 3 з 4 походів до магазину

goal-adl-emergency-help-skill = буде розповідати або показувати, що робити в надзвичайній ситуації (зателефонувати за номером 911, знайти того, хто допоможе)
goal-adl-emergency-help-condition = У рольових іграх за заданими ситуаціями
goal-adl-emergency-help-criterion = у 4 з 5 ситуацій

goal-adl-clean-up-skill = буде прибирати своє робоче місце та складати матеріали на місце
goal-adl-clean-up-condition = Наприкінці заняття
goal-adl-clean-up-criterion = не більше ніж з 1 підказкою у 4 з 5 випадків

goal-adl-medication-routine-skill = буде повідомляти медсестрі час прийому та назву своїх ліків
goal-adl-medication-routine-condition = У призначений час прийому ліків
goal-adl-medication-routine-criterion = у 4 з 5 випадків

goal-adl-laundry-skill = буде сортувати, прати та складати одне завантаження білизни, дотримуючись покрокового плану (аналізу завдання)
goal-adl-laundry-condition = У кабінеті для навчання життєвих навичок
goal-adl-laundry-criterion = виконуючи 9 з 10 кроків на 3 з 4 занять

## transition

goal-tran-career-interest-skill = буде заповнювати опитувальник професійних інтересів і називати 3 професії, що відповідають власним інтересам
goal-tran-career-interest-condition = Разом із консультантом з переходу в доросле життя
goal-tran-career-interest-criterion = називаючи 3 відповідні професії та по 1 причині для кожної до кінця першого оцінювального періоду

goal-tran-job-application-skill = буде заповнювати заяву про прийом на роботу, зазначаючи особисті дані, досвід роботи та осіб, які можуть дати рекомендацію
goal-tran-job-application-condition = Отримавши паперову або онлайн-форму заяви
goal-tran-job-application-criterion = правильно заповнюючи всі обов’язкові поля у 3 з 4 спроб

goal-tran-interview-practice-skill = буде давати повні відповіді по суті на 5 поширених запитань на співбесіді
goal-tran-interview-practice-condition = Під час пробної співбесіди
goal-tran-interview-practice-criterion = на 3 з 4 пробних співбесід

goal-tran-resume-skill = буде складати резюме із зазначенням освіти, навичок і досвіду роботи або волонтерської діяльності
goal-tran-resume-condition = Використовуючи шаблон резюме
goal-tran-resume-criterion = отримуючи 3 бали з 4 за критеріями оцінювання резюме до кінця другого оцінювального періоду

goal-tran-travel-public-skill = буде їздити автобусом або метро між школою та місцем у місті
goal-tran-travel-public-condition = За поступового зменшення допомоги дорослого
goal-tran-travel-public-criterion = самостійно та безпечно у 4 з 5 поїздок

goal-tran-college-research-skill = буде вивчати 3 програми освіти після школи та порівнювати вимоги до вступу, вартість і підтримку
goal-tran-college-research-condition = Використовуючи вебсайти коледжів і порівняльну таблицю
goal-tran-college-research-criterion = заповнюючи таблицю для 3 з 3 програм

goal-tran-work-task-skill = буде виконувати доручене робоче завдання, дотримуючись контрольного переліку
goal-tran-work-task-condition = На місці виробничої практики
goal-tran-work-task-criterion = виконуючи 90% кроків протягом 4 змін поспіль
goal-tran-work-task-benchmark-1 = До першого звіту про поступ: виконуючи 70% кроків протягом 4 змін поспіль
goal-tran-work-task-benchmark-2 = До другого звіту про поступ: виконуючи 80% кроків протягом 4 змін поспіль

goal-tran-time-clock-skill = буде приходити вчасно та відмічати час приходу на зміну виробничої практики
goal-tran-time-clock-condition = На місці виробничої практики
goal-tran-time-clock-criterion = у 90% змін протягом оцінювального періоду
goal-tran-time-clock-benchmark-1 = До першого звіту про поступ: у 70% змін протягом оцінювального періоду
goal-tran-time-clock-benchmark-2 = До другого звіту про поступ: у 80% змін протягом оцінювального періоду

goal-tran-self-advocacy-iep-skill = буде розповідати на засіданні щодо IEP про свою інвалідність, свої сильні сторони, потреби та пристосування
goal-tran-self-advocacy-iep-condition = Використовуючи заздалегідь підготовлений текст або слайди
goal-tran-self-advocacy-iep-criterion = називаючи 3 сильні сторони, 2 потреби та 2 пристосування

goal-tran-money-management-skill = буде розраховуватися за покупку дебетовою карткою або готівкою та перевіряти чек
goal-tran-money-management-condition = Під час навчання в громадських місцях
goal-tran-money-management-criterion = правильно у 4 з 5 походів за покупками

goal-tran-workplace-social-skill = буде вітатися з колегами та за потреби просити керівника про допомогу
goal-tran-workplace-social-condition = На місці виробничої практики
goal-tran-workplace-social-criterion = у 4 з 5 змін під час спостереження

goal-tran-credits-tracking-skill = буде відстежувати свої кредити та іспити Regents, потрібні для отримання диплома
goal-tran-credits-tracking-condition = Використовуючи разом із консультантом таблицю виконання вимог для закінчення школи
goal-tran-credits-tracking-criterion = з точністю 100% під час кожної з 3 перевірок наприкінці оцінювального періоду

goal-tran-agency-contact-skill = буде телефонувати до організації, що надає послуги дорослим, щоб записатися на первинний прийом
goal-tran-agency-contact-condition = Використовуючи заздалегідь підготовлений текст телефонної розмови
goal-tran-agency-contact-criterion = називаючи своє ім’я, мету дзвінка та зручний час у 3 з 4 рольових ігор і під час 1 справжнього дзвінка

goal-tran-housing-skills-skill = буде порівнювати 3 оголошення про оренду квартир за орендною платою, розташуванням і транспортом
goal-tran-housing-skills-condition = Отримавши оголошення та порівняльну таблицю
goal-tran-housing-skills-criterion = виконуючи порівняння з точністю 90% у 3 з 4 спроб

goal-tran-schedule-appointments-skill = буде встановлювати в календарі телефону нагадування про уроки, роботу та зустрічі
goal-tran-schedule-appointments-condition = Протягом навчального тижня
goal-tran-schedule-appointments-criterion = для 80% запланованих подій протягом 4 тижнів
goal-tran-schedule-appointments-benchmark-1 = До першого звіту про поступ: для 60% запланованих подій протягом 4 тижнів
goal-tran-schedule-appointments-benchmark-2 = До другого звіту про поступ: для 70% запланованих подій протягом 4 тижнів

goal-tran-safety-work-skill = буде дотримуватися правил техніки безпеки на робочому місці (засоби захисту, прибирання, повідомлення про небезпеку)
goal-tran-safety-work-condition = На місці виробничої практики
goal-tran-safety-work-criterion = дотримуючись 5 з 5 правил у 4 з 5 змін під час спостереження
