# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = будет читать (декодировать) многосложные слова, опираясь на типы слогов
goal-read-decode-multisyllabic-condition = Получив список из 20 незнакомых многосложных слов уровня класса
goal-read-decode-multisyllabic-criterion = с точностью 80% в 4 из 5 попыток
goal-read-decode-multisyllabic-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-read-decode-multisyllabic-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-read-fluency-wcpm-skill = будет читать вслух текст уровня класса со скоростью 110 правильно прочитанных слов в минуту
goal-read-fluency-wcpm-condition = Получив текст уровня класса, который не отрабатывался заранее
goal-read-fluency-wcpm-criterion = на 3 еженедельных проверках подряд

goal-read-main-idea-skill = будет называть основную мысль и две подтверждающие ее детали
goal-read-main-idea-condition = Получив информационный текст уровня класса и графическую схему
goal-read-main-idea-criterion = с точностью 80% в 4 из 5 попыток
goal-read-main-idea-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-read-main-idea-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-read-inference-skill = будет делать вывод и приводить одно подтверждающее его доказательство из текста
goal-read-inference-condition = Прочитав художественный текст уровня класса
goal-read-inference-criterion = с точностью 75% в 4 из 5 попыток
goal-read-inference-benchmark-1 = К первому отчету об успехах: с точностью 55% в 4 из 5 попыток
goal-read-inference-benchmark-2 = Ко второму отчету об успехах: с точностью 65% в 4 из 5 попыток

goal-read-sight-words-skill = будет читать часто встречающиеся слова автоматически (не более 3 секунд на каждое слово)
goal-read-sight-words-condition = Получив список из 50 часто встречающихся слов уровня класса
goal-read-sight-words-criterion = правильно читая 45 из 50 слов на 3 проверках подряд

goal-read-phonemic-blend-skill = будет устно соединять звуки в слова и разбивать на звуки слова, состоящие из 3–4 звуков (фонем)
goal-read-phonemic-blend-condition = Когда слова предъявляются устно
goal-read-phonemic-blend-criterion = с точностью 90% на 3 занятиях подряд
goal-read-phonemic-blend-benchmark-1 = К первому отчету об успехах: с точностью 70% на 3 занятиях подряд
goal-read-phonemic-blend-benchmark-2 = Ко второму отчету об успехах: с точностью 80% на 3 занятиях подряд

goal-read-summarize-skill = будет письменно излагать краткое содержание текста уровня класса, называя основные события по порядку
goal-read-summarize-condition = Самостоятельно прочитав текст уровня класса
goal-read-summarize-criterion = получая 3 балла из 4 по шкале оценивания краткого изложения в 4 из 5 попыток

goal-read-vocabulary-context-skill = будет определять значение незнакомых слов по контексту
goal-read-vocabulary-context-condition = Получив текст уровня класса с 5 подчеркнутыми незнакомыми словами
goal-read-vocabulary-context-criterion = с точностью 80% в 4 из 5 попыток
goal-read-vocabulary-context-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-read-vocabulary-context-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-read-text-structure-skill = будет определять структуру текста (последовательность, сравнение и противопоставление, причина и следствие, проблема и решение)
goal-read-text-structure-condition = Получив короткие информационные тексты
goal-read-text-structure-criterion = с точностью 80% в 4 из 5 попыток
goal-read-text-structure-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-read-text-structure-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-read-answer-wh-skill = будет отвечать на вопросы «кто?», «что?», «где?», «когда?» и «почему?» по тексту
goal-read-answer-wh-condition = Прослушав или прочитав текст, соответствующий учебному уровню учащегося
goal-read-answer-wh-criterion = с точностью 80% в 4 из 5 попыток
goal-read-answer-wh-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-read-answer-wh-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-read-retell-skill = будет пересказывать рассказ, называя персонажей, место и время действия, проблему и ее решение
goal-read-retell-condition = Прочитав рассказ, соответствующий учебному уровню учащегося
goal-read-retell-criterion = называя 4 из 4 элементов рассказа в 4 из 5 пересказов

goal-read-comprehension-monitor-skill = будет применять прием восстановления понимания (перечитать, прочитать дальше, задать вопрос), когда смысл прочитанного становится непонятен
goal-read-comprehension-monitor-condition = При чтении текста уровня класса
goal-read-comprehension-monitor-criterion = в 4 из 5 наблюдаемых случаев

goal-read-compare-texts-skill = будет сравнивать два текста на одну тему, выделяя сходства и различия с помощью диаграммы Венна
goal-read-compare-texts-condition = Получив два текста уровня класса на одну тему
goal-read-compare-texts-criterion = называя 3 сходства и 3 различия в 4 из 5 попыток

goal-read-reading-level-skill = будет читать тексты своего учебного уровня с точностью чтения слов 95% и отвечать на вопросы на понимание прочитанного
goal-read-reading-level-condition = Получив тексты, распределенные по уровням сложности
goal-read-reading-level-criterion = поднявшись на 2 уровня чтения по данным записей чтения (running records)

goal-read-functional-signs-skill = будет читать знаки и надписи в общественных местах и этикетки, нужные в повседневной жизни
goal-read-functional-signs-condition = Получив 20 фотографий знаков в общественных местах и этикеток товаров
goal-read-functional-signs-criterion = правильно читая 18 из 20 на 3 занятиях подряд

goal-read-author-purpose-skill = будет определять цель автора и его точку зрения
goal-read-author-purpose-condition = Получив информационный или убеждающий текст уровня класса
goal-read-author-purpose-criterion = с точностью 80% в 4 из 5 попыток
goal-read-author-purpose-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-read-author-purpose-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

## writing

goal-writ-paragraph-skill = будет писать абзац с тематическим предложением, тремя подтверждающими деталями и заключительным предложением
goal-writ-paragraph-condition = Получив задание и шаблон для планирования абзаца
goal-writ-paragraph-criterion = получая 3 балла из 4 по шкале оценивания абзаца в 4 из 5 образцов письменных работ

goal-writ-argument-essay-skill = будет писать аргументированное сочинение с тезисом, двумя доводами, подкрепленными доказательствами, и выводом
goal-writ-argument-essay-condition = Получив задание и контрольный список для планирования
goal-writ-argument-essay-criterion = получая 3 балла из 4 по шкале оценивания в 3 сочинениях подряд

goal-writ-capitalization-punctuation-skill = будет правильно использовать заглавные буквы и знаки препинания в конце предложения
goal-writ-capitalization-punctuation-condition = При самостоятельном написании пяти или более предложений
goal-writ-capitalization-punctuation-criterion = с точностью 90% в 4 из 5 образцов письменных работ
goal-writ-capitalization-punctuation-benchmark-1 = К первому отчету об успехах: с точностью 70% в 4 из 5 образцов письменных работ
goal-writ-capitalization-punctuation-benchmark-2 = Ко второму отчету об успехах: с точностью 80% в 4 из 5 образцов письменных работ

goal-writ-spelling-patterns-skill = будет правильно писать слова с изученными орфографическими моделями
goal-writ-spelling-patterns-condition = Во время диктанта из 20 слов с изученными орфографическими моделями
goal-writ-spelling-patterns-criterion = с результатом 85% в 3 еженедельных проверках подряд
goal-writ-spelling-patterns-benchmark-1 = К первому отчету об успехах: с результатом 65% в 3 еженедельных проверках подряд
goal-writ-spelling-patterns-benchmark-2 = Ко второму отчету об успехах: с результатом 75% в 3 еженедельных проверках подряд

goal-writ-sentence-complete-skill = будет писать полные предложения с подлежащим и сказуемым
goal-writ-sentence-complete-condition = Получив картинку или тему
goal-writ-sentence-complete-criterion = с точностью 80% в 4 из 5 попыток
goal-writ-sentence-complete-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-writ-sentence-complete-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-writ-narrative-skill = будет писать повествование с началом, серединой и концом, используя слова-связки
goal-writ-narrative-condition = Получив задание написать рассказ о личном опыте и схему рассказа
goal-writ-narrative-criterion = получая 3 балла из 4 по шкале оценивания повествования в 3 из 4 образцов письменных работ

goal-writ-edit-checklist-skill = будет проверять черновик на орфографию, заглавные буквы и пунктуацию по контрольному списку и исправлять ошибки
goal-writ-edit-checklist-condition = Получив первый черновик собственной письменной работы
goal-writ-edit-checklist-criterion = исправляя 4 из 5 ошибок в 4 из 5 черновиков

goal-writ-transitions-skill = будет использовать не менее трех разных слов-связок, чтобы соединять мысли
goal-writ-transitions-condition = При написании ответа из нескольких абзацев
goal-writ-transitions-criterion = в 4 из 5 образцов письменных работ

goal-writ-research-notes-skill = будет делать записи по двум источникам и указывать каждый источник
goal-writ-research-notes-condition = Получив исследовательский вопрос и два источника уровня класса
goal-writ-research-notes-criterion = записывая 5 относящихся к теме фактов с указанием источников в 4 из 5 попыток

goal-writ-typing-skill = будет печатать на клавиатуре со скоростью 20 слов в минуту с точностью 90%
goal-writ-typing-condition = Используя клавиатуру и программу для обучения печати
goal-writ-typing-criterion = на 3 проверках на время подряд

goal-writ-dictation-tool-skill = будет использовать программу преобразования речи в текст, чтобы написать черновик абзаца, а затем исправить его
goal-writ-dictation-tool-condition = Получив письменное задание и программу преобразования речи в текст
goal-writ-dictation-tool-criterion = составляя абзац из 5 предложений в 4 из 5 попыток

goal-writ-functional-forms-skill = будет заполнять анкету с личными данными (имя, адрес, телефон, дата рождения, контакт на случай экстренной ситуации)
goal-writ-functional-forms-condition = Получив бланк заявления о приеме на работу или в школу
goal-writ-functional-forms-criterion = правильно заполняя 5 из 5 полей в 3 попытках подряд

goal-writ-constructed-response-skill = будет отвечать на вопрос по тексту, используя стратегию RACE (перефразировать вопрос, ответить, привести доказательство из текста, объяснить)
goal-writ-constructed-response-condition = Получив текст уровня класса и вопрос к нему
goal-writ-constructed-response-criterion = включая 4 из 4 частей в 4 из 5 ответов

goal-writ-handwriting-legible-skill = будет писать разборчиво на линованной бумаге, соблюдая правильный размер букв и промежутки между ними
goal-writ-handwriting-legible-condition = При списывании текста из 3 предложений
goal-writ-handwriting-legible-criterion = с точностью 80% в 4 из 5 попыток
goal-writ-handwriting-legible-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-writ-handwriting-legible-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-writ-expand-sentences-skill = будет распространять простые предложения, добавляя детали: кто, что, когда, где и почему
goal-writ-expand-sentences-condition = Получив простое предложение
goal-writ-expand-sentences-criterion = добавляя 2 детали в 4 из 5 попыток

goal-writ-informational-essay-skill = будет писать информационное сочинение со вступлением, двумя основными абзацами с фактами и заключением
goal-writ-informational-essay-condition = Получив тему, источники и графическую схему
goal-writ-informational-essay-criterion = получая 3 балла из 4 по шкале оценивания в 3 из 4 сочинений

## math

goal-math-addition-regroup-skill = будет складывать двузначные и трехзначные числа с переходом через разряд
goal-math-addition-regroup-condition = Получив 10 примеров на сложение
goal-math-addition-regroup-criterion = с точностью 80% в 4 из 5 попыток
goal-math-addition-regroup-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-addition-regroup-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-subtraction-regroup-skill = будет вычитать двузначные и трехзначные числа с переходом через разряд
goal-math-subtraction-regroup-condition = Получив 10 примеров на вычитание
goal-math-subtraction-regroup-criterion = с точностью 80% в 4 из 5 попыток
goal-math-subtraction-regroup-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-subtraction-regroup-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-multiplication-facts-skill = будет по памяти называть результаты таблицы умножения от 0 до 10
goal-math-multiplication-facts-condition = Во время 2-минутной проверки на время из 50 примеров
goal-math-multiplication-facts-criterion = правильно отвечая на 40 из 50 примеров на 3 проверках подряд

goal-math-word-problems-skill = будет решать текстовые задачи в одно и два действия, определяя нужное действие и записывая решение
goal-math-word-problems-condition = Получив 5 текстовых задач уровня класса, которые при необходимости зачитываются вслух
goal-math-word-problems-criterion = с точностью 80% в 4 из 5 попыток
goal-math-word-problems-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-word-problems-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-fractions-compare-skill = будет сравнивать дроби с разными знаменателями с помощью моделей или приведения к общему знаменателю
goal-math-fractions-compare-condition = Получив 10 пар дробей
goal-math-fractions-compare-criterion = с точностью 80% в 4 из 5 попыток
goal-math-fractions-compare-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-fractions-compare-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-linear-equations-skill = будет решать линейные уравнения с одной переменной в несколько действий
goal-math-linear-equations-condition = Получив 10 уравнений и контрольный список шагов решения
goal-math-linear-equations-criterion = с точностью 80% в 4 из 5 попыток
goal-math-linear-equations-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-linear-equations-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-money-count-skill = будет считать набор из разных монет и купюр на сумму до 20,00 долларов
goal-math-money-count-condition = Получив набор монет и купюр
goal-math-money-count-criterion = с точностью 90% на 3 занятиях подряд
goal-math-money-count-benchmark-1 = К первому отчету об успехах: с точностью 70% на 3 занятиях подряд
goal-math-money-count-benchmark-2 = Ко второму отчету об успехах: с точностью 80% на 3 занятиях подряд

goal-math-make-change-skill = будет рассчитывать сдачу с покупки на сумму до 20,00 долларов
goal-math-make-change-condition = Получив ценник и уплаченную сумму
goal-math-make-change-criterion = в 8 из 10 попыток на протяжении 3 занятий

goal-math-time-tell-skill = будет определять время по часам со стрелками с точностью до пяти минут
goal-math-time-tell-condition = Получив 10 изображений циферблата
goal-math-time-tell-criterion = с точностью 90% на 3 занятиях подряд
goal-math-time-tell-benchmark-1 = К первому отчету об успехах: с точностью 70% на 3 занятиях подряд
goal-math-time-tell-benchmark-2 = Ко второму отчету об успехах: с точностью 80% на 3 занятиях подряд

goal-math-place-value-skill = будет определять значение каждой цифры в числах до 1 000
goal-math-place-value-condition = Получив 10 трехзначных чисел
goal-math-place-value-criterion = с точностью 85% в 4 из 5 попыток
goal-math-place-value-benchmark-1 = К первому отчету об успехах: с точностью 65% в 4 из 5 попыток
goal-math-place-value-benchmark-2 = Ко второму отчету об успехах: с точностью 75% в 4 из 5 попыток

goal-math-measurement-skill = будет измерять предметы с точностью до четверти дюйма и до сантиметра
goal-math-measurement-condition = Получив линейку и 10 предметов
goal-math-measurement-criterion = с точностью 80% в 4 из 5 попыток
goal-math-measurement-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-measurement-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-graphs-skill = будет читать и интерпретировать столбчатые и линейные диаграммы, чтобы отвечать на вопросы
goal-math-graphs-condition = Получив диаграмму и 5 вопросов
goal-math-graphs-criterion = с точностью 80% в 4 из 5 попыток
goal-math-graphs-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-graphs-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-ratios-skill = будет решать задачи на отношения и на величины в расчете на единицу (например, цена за штуку), используя таблицы или ленточные диаграммы
goal-math-ratios-condition = Получив 5 задач на отношения из реальной жизни
goal-math-ratios-criterion = с точностью 80% в 4 из 5 попыток
goal-math-ratios-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-ratios-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-calculator-use-skill = будет использовать калькулятор для решения задач в несколько действий и проверять, правдоподобен ли ответ
goal-math-calculator-use-condition = Получив 10 задач и калькулятор
goal-math-calculator-use-criterion = с точностью 80% в 4 из 5 попыток
goal-math-calculator-use-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-calculator-use-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-math-budget-skill = будет составлять бюджет на неделю с перечнем доходов и расходов и рассчитывать остаток
goal-math-budget-condition = Получив расчетный листок к зарплате и список расходов
goal-math-budget-criterion = допуская не более 1 ошибки в 3 из 4 попыток

goal-math-number-line-skill = будет находить на числовой прямой целые числа и десятичные дроби и располагать их по порядку
goal-math-number-line-condition = Получив 10 чисел и числовую прямую
goal-math-number-line-criterion = с точностью 80% в 4 из 5 попыток
goal-math-number-line-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-math-number-line-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

## speech_language

goal-spl-articulation-r-skill = будет правильно произносить звук /r/ в словах и предложениях
goal-spl-articulation-r-condition = Во время структурированных речевых занятий
goal-spl-articulation-r-criterion = с точностью 80% на 3 занятиях подряд
goal-spl-articulation-r-benchmark-1 = К первому отчету об успехах: с точностью 60% на 3 занятиях подряд
goal-spl-articulation-r-benchmark-2 = Ко второму отчету об успехах: с точностью 70% на 3 занятиях подряд

goal-spl-articulation-s-skill = будет правильно произносить звуки /s/ и /z/ в разговоре
goal-spl-articulation-s-condition = Во время 5-минутного разговора со специалистом
goal-spl-articulation-s-criterion = с точностью 80% на 3 занятиях подряд
goal-spl-articulation-s-benchmark-1 = К первому отчету об успехах: с точностью 60% на 3 занятиях подряд
goal-spl-articulation-s-benchmark-2 = Ко второму отчету об успехах: с точностью 70% на 3 занятиях подряд

goal-spl-following-directions-skill = будет выполнять инструкции из двух шагов, включающие базовые понятия (до, после, первый, последний)
goal-spl-following-directions-condition = Получив устные инструкции без зрительных подсказок
goal-spl-following-directions-criterion = с точностью 80% в 4 из 5 попыток
goal-spl-following-directions-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-spl-following-directions-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-spl-vocabulary-categories-skill = будет называть не менее 5 предметов из одной категории и объяснять, как они связаны между собой
goal-spl-vocabulary-categories-condition = Получив название категории
goal-spl-vocabulary-categories-criterion = в 4 из 5 попыток

goal-spl-wh-questions-skill = будет отвечать на вопросы с вопросительными словами (кто, что, где, когда, почему) по короткому рассказу
goal-spl-wh-questions-condition = Прослушав короткий рассказ, прочитанный вслух
goal-spl-wh-questions-criterion = с точностью 80% в 4 из 5 попыток
goal-spl-wh-questions-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-spl-wh-questions-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-spl-sentence-length-skill = будет строить полные грамматически правильные предложения из 6 или более слов
goal-spl-sentence-length-condition = Описывая картинку или событие
goal-spl-sentence-length-criterion = с точностью 80% в 4 из 5 попыток
goal-spl-sentence-length-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-spl-sentence-length-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-spl-narrative-retell-skill = будет по порядку рассказывать о событии из своей жизни, используя слова, обозначающие время (сначала, потом, затем, в конце)
goal-spl-narrative-retell-condition = Отвечая на вопрос о недавнем событии
goal-spl-narrative-retell-criterion = называя 4 события по порядку в 4 из 5 попыток

goal-spl-conversation-turns-skill = будет поддерживать тему разговора на протяжении 4 обменов репликами
goal-spl-conversation-turns-condition = Во время разговора со сверстником
goal-spl-conversation-turns-criterion = в 4 из 5 наблюдаемых случаев

goal-spl-fluency-strategy-skill = будет использовать прием плавной речи (мягкое начало голоса, медленный темп), чтобы говорить без запинок
goal-spl-fluency-strategy-condition = Во время структурированной беседы
goal-spl-fluency-strategy-criterion = произнося плавно 90% слогов на 3 занятиях подряд
goal-spl-fluency-strategy-benchmark-1 = К первому отчету об успехах: произнося плавно 70% слогов на 3 занятиях подряд
goal-spl-fluency-strategy-benchmark-2 = Ко второму отчету об успехах: произнося плавно 80% слогов на 3 занятиях подряд

goal-spl-aac-requests-skill = будет использовать устройство альтернативной и дополнительной коммуникации, чтобы высказывать просьбы и комментарии
goal-spl-aac-requests-condition = Во время повседневных занятий в классе
goal-spl-aac-requests-criterion = 10 раз за 30 минут в течение 3 дней подряд

goal-spl-figurative-language-skill = будет объяснять значение идиом и образных выражений
goal-spl-figurative-language-condition = Получив 10 идиом в контексте предложений
goal-spl-figurative-language-criterion = с точностью 80% в 4 из 5 попыток
goal-spl-figurative-language-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-spl-figurative-language-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-spl-clarification-skill = будет просить разъяснения, если инструкция или сообщение непонятны
goal-spl-clarification-condition = Во время урока
goal-spl-clarification-criterion = в 4 из 5 наблюдаемых случаев

goal-spl-describe-attributes-skill = будет описывать предмет, называя 3 признака (размер, цвет, назначение, части)
goal-spl-describe-attributes-condition = Получив картинку или реальный предмет
goal-spl-describe-attributes-criterion = в 4 из 5 попыток

goal-spl-pronouns-skill = будет правильно употреблять в предложениях местоимения в роли подлежащего и дополнения (например, he и him)
goal-spl-pronouns-condition = Во время структурированных языковых занятий
goal-spl-pronouns-criterion = с точностью 80% в 4 из 5 попыток
goal-spl-pronouns-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-spl-pronouns-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-spl-voice-volume-skill = будет говорить с громкостью, соответствующей обстановке
goal-spl-voice-volume-condition = Во время повседневных занятий в классе и в коридоре
goal-spl-voice-volume-criterion = в 4 из 5 наблюдаемых случаев

goal-spl-self-advocacy-speech-skill = будет объяснять незнакомому взрослому свои потребности в общении и то, какая поддержка помогает в общении
goal-spl-self-advocacy-speech-condition = В ролевой игре или на реальной встрече
goal-spl-self-advocacy-speech-criterion = называя 2 потребности и 2 вида поддержки в 3 из 4 попыток

## social_emotional

goal-soc-identify-feelings-skill = будет называть свои чувства и оценивать их силу по шкале чувств
goal-soc-identify-feelings-condition = В моменты огорчения в течение учебного дня
goal-soc-identify-feelings-criterion = в 4 из 5 наблюдаемых случаев

goal-soc-coping-strategy-skill = будет использовать способ успокоиться (глубокое дыхание, карточка «перерыв», счет)
goal-soc-coping-strategy-condition = Испытывая раздражение или тревогу
goal-soc-coping-strategy-criterion = в 4 из 5 наблюдаемых случаев

goal-soc-peer-initiation-skill = будет по собственной инициативе начинать общение со сверстником
goal-soc-peer-initiation-condition = В неструктурированное время (обед, большая перемена)
goal-soc-peer-initiation-criterion = 3 раза в день в 4 из 5 дней

goal-soc-perspective-taking-skill = будет объяснять, что может чувствовать другой человек в определенной ситуации и почему
goal-soc-perspective-taking-condition = Получив описания социальных ситуаций
goal-soc-perspective-taking-criterion = с точностью 80% в 4 из 5 попыток
goal-soc-perspective-taking-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-soc-perspective-taking-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-soc-conflict-resolution-skill = будет использовать план решения проблем из 4 шагов, чтобы разрешить конфликт со сверстником
goal-soc-conflict-resolution-condition = Во время конфликтов со сверстниками
goal-soc-conflict-resolution-criterion = в 3 из 4 наблюдаемых случаев

goal-soc-accept-feedback-skill = будет принимать замечания взрослого, не споря
goal-soc-accept-feedback-condition = Получив замечание с указанием, что нужно исправить
goal-soc-accept-feedback-criterion = в 80% случаев в течение 4 недель подряд
goal-soc-accept-feedback-benchmark-1 = К первому отчету об успехах: в 60% случаев в течение 4 недель подряд
goal-soc-accept-feedback-benchmark-2 = Ко второму отчету об успехах: в 70% случаев в течение 4 недель подряд

goal-soc-group-work-skill = будет участвовать в работе в малой группе, делясь идеями и соблюдая очередность
goal-soc-group-work-condition = Во время совместной учебной деятельности
goal-soc-group-work-criterion = на 4 из 5 наблюдаемых занятий

goal-soc-self-advocacy-skill = будет просить учителя о помощи или об особых условиях, используя уместную формулировку
goal-soc-self-advocacy-condition = Столкнувшись с трудным заданием
goal-soc-self-advocacy-criterion = в 4 из 5 наблюдаемых случаев

goal-soc-positive-self-talk-skill = будет заменять негативное высказывание о себе позитивным
goal-soc-positive-self-talk-condition = По подсказке консультанта во время занятия
goal-soc-positive-self-talk-criterion = в 4 из 5 попыток

goal-soc-friendship-skills-skill = будет называть 3 качества хорошего друга и описывать случай из своей жизни, когда удалось проявить одно из них
goal-soc-friendship-skills-condition = Во время занятий с консультантом
goal-soc-friendship-skills-criterion = на 3 из 4 занятий

goal-soc-anxiety-plan-skill = будет выполнять письменный план преодоления тревоги перед контрольными работами и выступлениями
goal-soc-anxiety-plan-condition = Перед контрольной работой или выступлением
goal-soc-anxiety-plan-criterion = в 4 из 5 случаев

goal-soc-social-cues-skill = будет распознавать в видеофрагментах невербальные сигналы (выражение лица, тон голоса, язык тела)
goal-soc-social-cues-condition = Получив короткие видеофрагменты
goal-soc-social-cues-criterion = с точностью 80% в 4 из 5 попыток
goal-soc-social-cues-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-soc-social-cues-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-soc-joining-games-skill = будет просить разрешения присоединиться к игре или занятию, используя уместную фразу
goal-soc-joining-games-condition = Во время большой перемены или свободного времени
goal-soc-joining-games-criterion = в 4 из 5 наблюдаемых случаев

goal-soc-goal-setting-skill = будет ставить перед собой личную цель на неделю и оценивать, достигнута ли она
goal-soc-goal-setting-condition = Во время еженедельных встреч с консультантом
goal-soc-goal-setting-criterion = в течение 8 из 10 недель подряд

goal-soc-attendance-skill = будет приходить в школу вовремя
goal-soc-attendance-condition = В течение каждой учебной четверти
goal-soc-attendance-criterion = в 90% учебных дней
goal-soc-attendance-benchmark-1 = К первому отчету об успехах: в 70% учебных дней
goal-soc-attendance-benchmark-2 = Ко второму отчету об успехах: в 80% учебных дней

goal-soc-responsibility-skill = будет брать на себя ответственность за свои поступки, рассказывая, что произошло и что нужно сделать дальше
goal-soc-responsibility-condition = После инцидента
goal-soc-responsibility-criterion = в 3 из 4 случаев

## behavior

goal-beh-on-task-skill = будет сосредоточенно выполнять задание во время самостоятельной работы
goal-beh-on-task-condition = Во время 20-минутной самостоятельной работы
goal-beh-on-task-criterion = в 80% интервалов наблюдения в течение 4 недель подряд
goal-beh-on-task-benchmark-1 = К первому отчету об успехах: в 60% интервалов наблюдения в течение 4 недель подряд
goal-beh-on-task-benchmark-2 = Ко второму отчету об успехах: в 70% интервалов наблюдения в течение 4 недель подряд

goal-beh-follow-directions-skill = будет выполнять указания учителя в течение 30 секунд после первой просьбы
goal-beh-follow-directions-condition = Во время урока
goal-beh-follow-directions-criterion = в 80% случаев в течение 4 недель подряд
goal-beh-follow-directions-benchmark-1 = К первому отчету об успехах: в 60% случаев в течение 4 недель подряд
goal-beh-follow-directions-benchmark-2 = Ко второму отчету об успехах: в 70% случаев в течение 4 недель подряд

goal-beh-break-card-skill = будет использовать карточку «перерыв», чтобы попросить перерыв, вместо того чтобы уходить с места
goal-beh-break-card-condition = Испытывая раздражение
goal-beh-break-card-criterion = в 90% случаев в течение 4 недель подряд
goal-beh-break-card-benchmark-1 = К первому отчету об успехах: в 70% случаев в течение 4 недель подряд
goal-beh-break-card-benchmark-2 = Ко второму отчету об успехах: в 80% случаев в течение 4 недель подряд

goal-beh-hands-to-self-skill = будет держать руки и ноги при себе
goal-beh-hands-to-self-condition = Во время переходов и в неструктурированное время
goal-beh-hands-to-self-criterion = в 90% интервалов наблюдения в течение 4 недель подряд
goal-beh-hands-to-self-benchmark-1 = К первому отчету об успехах: в 70% интервалов наблюдения в течение 4 недель подряд
goal-beh-hands-to-self-benchmark-2 = Ко второму отчету об успехах: в 80% интервалов наблюдения в течение 4 недель подряд

goal-beh-raise-hand-skill = будет поднимать руку и ждать разрешения учителя, прежде чем говорить
goal-beh-raise-hand-condition = Во время занятий со всем классом
goal-beh-raise-hand-criterion = в 80% случаев в течение 4 недель подряд
goal-beh-raise-hand-benchmark-1 = К первому отчету об успехах: в 60% случаев в течение 4 недель подряд
goal-beh-raise-hand-benchmark-2 = Ко второму отчету об успехах: в 70% случаев в течение 4 недель подряд

goal-beh-transitions-skill = будет переходить от одного занятия к другому в течение 2 минут
goal-beh-transitions-condition = Получив предупреждение за 2 минуты и визуальное расписание
goal-beh-transitions-criterion = в 8 из 10 переходов в день в течение 4 из 5 дней

goal-beh-work-completion-skill = будет выполнять и сдавать классные задания
goal-beh-work-completion-condition = Получив контрольный список заданных работ
goal-beh-work-completion-criterion = в 80% заданий в течение учебной четверти
goal-beh-work-completion-benchmark-1 = К первому отчету об успехах: в 60% заданий в течение учебной четверти
goal-beh-work-completion-benchmark-2 = Ко второму отчету об успехах: в 70% заданий в течение учебной четверти

goal-beh-respectful-language-skill = будет говорить уважительно со сверстниками и взрослыми
goal-beh-respectful-language-condition = В течение всего учебного дня
goal-beh-respectful-language-criterion = допуская не более 1 инцидента в неделю в течение 4 недель подряд

goal-beh-self-monitoring-skill = будет оценивать свое поведение в листе баллов так, чтобы эта оценка совпадала с оценкой учителя
goal-beh-self-monitoring-condition = В конце каждого урока
goal-beh-self-monitoring-criterion = на 80% уроков в течение 4 недель подряд
goal-beh-self-monitoring-benchmark-1 = К первому отчету об успехах: на 60% уроков в течение 4 недель подряд
goal-beh-self-monitoring-benchmark-2 = Ко второму отчету об успехах: на 70% уроков в течение 4 недель подряд

goal-beh-wait-turn-skill = будет ждать своей очереди, не перебивая других
goal-beh-wait-turn-condition = Во время занятий в малых группах
goal-beh-wait-turn-criterion = в 4 из 5 наблюдаемых случаев

goal-beh-seat-remain-skill = будет оставаться на отведенном месте
goal-beh-seat-remain-condition = Во время 30-минутных уроков
goal-beh-seat-remain-criterion = в 90% интервалов наблюдения в течение 4 недель подряд
goal-beh-seat-remain-benchmark-1 = К первому отчету об успехах: в 70% интервалов наблюдения в течение 4 недель подряд
goal-beh-seat-remain-benchmark-2 = Ко второму отчету об успехах: в 80% интервалов наблюдения в течение 4 недель подряд

goal-beh-materials-ready-skill = будет приносить на урок необходимые принадлежности (учебник, тетрадь, карандаш)
goal-beh-materials-ready-condition = В начале каждого урока
goal-beh-materials-ready-criterion = на 85% уроков в течение 4 недель подряд
goal-beh-materials-ready-benchmark-1 = К первому отчету об успехах: на 65% уроков в течение 4 недель подряд
goal-beh-materials-ready-benchmark-2 = Ко второму отчету об успехах: на 75% уроков в течение 4 недель подряд

goal-beh-aggression-replace-skill = будет использовать заменяющее поведение (отойти, обратиться к взрослому) вместо физической агрессии
goal-beh-aggression-replace-condition = Во время конфликтов со сверстниками
goal-beh-aggression-replace-criterion = без единого случая физической агрессии (0 случаев) в течение 6 недель подряд

goal-beh-task-initiation-skill = будет приступать к выполнению заданной работы в течение 2 минут
goal-beh-task-initiation-condition = После того как даны инструкции
goal-beh-task-initiation-criterion = в 80% случаев в течение 4 недель подряд
goal-beh-task-initiation-benchmark-1 = К первому отчету об успехах: в 60% случаев в течение 4 недель подряд
goal-beh-task-initiation-benchmark-2 = Ко второму отчету об успехах: в 70% случаев в течение 4 недель подряд

goal-beh-cell-phone-skill = не будет доставать личный телефон во время урока
goal-beh-cell-phone-condition = Во время уроков
goal-beh-cell-phone-criterion = на 90% уроков в течение 4 недель подряд
goal-beh-cell-phone-benchmark-1 = К первому отчету об успехах: на 70% уроков в течение 4 недель подряд
goal-beh-cell-phone-benchmark-2 = Ко второму отчету об успехах: на 80% уроков в течение 4 недель подряд

goal-beh-calm-down-return-skill = будет возвращаться к занятию в течение 5 минут после перерыва
goal-beh-calm-down-return-condition = После перерыва, взятого по своей просьбе или по предложению взрослого
goal-beh-calm-down-return-criterion = в 80% перерывов в течение 4 недель подряд
goal-beh-calm-down-return-benchmark-1 = К первому отчету об успехах: в 60% перерывов в течение 4 недель подряд
goal-beh-calm-down-return-benchmark-2 = Ко второму отчету об успехах: в 70% перерывов в течение 4 недель подряд

## fine_motor

goal-fm-pencil-grasp-skill = будет использовать функциональный трехпальцевый захват при письме
goal-fm-pencil-grasp-condition = При выполнении письменных заданий, при необходимости с насадкой на карандаш
goal-fm-pencil-grasp-criterion = с точностью 80% в наблюдаемых письменных заданиях на протяжении 3 занятий подряд
goal-fm-pencil-grasp-benchmark-1 = К первому отчету об успехах: с точностью 60% в наблюдаемых письменных заданиях на протяжении 3 занятий подряд
goal-fm-pencil-grasp-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в наблюдаемых письменных заданиях на протяжении 3 занятий подряд

goal-fm-scissors-skill = будет вырезать по кривой линии, отклоняясь от нее не более чем на 1/4 дюйма
goal-fm-scissors-condition = Получив ножницы и рабочий лист
goal-fm-scissors-criterion = в 4 из 5 попыток

goal-fm-letter-formation-skill = будет правильно писать по памяти заглавные и строчные буквы
goal-fm-letter-formation-condition = При написании алфавита
goal-fm-letter-formation-criterion = с точностью 90% на 3 занятиях подряд
goal-fm-letter-formation-benchmark-1 = К первому отчету об успехах: с точностью 70% на 3 занятиях подряд
goal-fm-letter-formation-benchmark-2 = Ко второму отчету об успехах: с точностью 80% на 3 занятиях подряд

goal-fm-buttons-zippers-skill = будет застегивать пуговицы и молнии на своей одежде
goal-fm-buttons-zippers-condition = Во время переодевания
goal-fm-buttons-zippers-criterion = самостоятельно в 4 из 5 попыток

goal-fm-copy-board-skill = будет разборчиво списывать с доски 3 предложения
goal-fm-copy-board-condition = В течение 5 минут
goal-fm-copy-board-criterion = в 4 из 5 попыток

goal-fm-keyboard-home-row-skill = будет печатать обеими руками, используя клавиши основного ряда
goal-fm-keyboard-home-row-condition = Используя клавиатуру и программу для обучения печати
goal-fm-keyboard-home-row-criterion = со скоростью 15 слов в минуту на 3 занятиях подряд

goal-fm-in-hand-manipulation-skill = будет брать и располагать мелкие предметы (монеты, штырьки) одной рукой
goal-fm-in-hand-manipulation-condition = Получив 10 мелких предметов
goal-fm-in-hand-manipulation-criterion = размещая 10 из 10 предметов менее чем за 60 секунд в 4 из 5 попыток

goal-fm-spacing-skill = будет оставлять между словами промежутки шириной в палец и писать по строке
goal-fm-spacing-condition = При написании 3 или более предложений
goal-fm-spacing-criterion = с точностью 80% в 4 из 5 образцов письменных работ
goal-fm-spacing-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 образцов письменных работ
goal-fm-spacing-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 образцов письменных работ

goal-fm-open-containers-skill = будет открывать контейнеры и упаковки с едой
goal-fm-open-containers-condition = Во время обеда
goal-fm-open-containers-criterion = самостоятельно в 4 из 5 случаев

goal-fm-tablet-navigation-skill = будет с помощью сенсорного экрана планшета открывать приложение, пользоваться им и закрывать его
goal-fm-tablet-navigation-condition = Получив устное указание
goal-fm-tablet-navigation-criterion = самостоятельно в 4 из 5 попыток

goal-fm-shoelaces-skill = будет завязывать шнурки
goal-fm-shoelaces-condition = Во время переодевания
goal-fm-shoelaces-criterion = самостоятельно в 4 из 5 попыток

goal-fm-bilateral-skill = будет придерживать лист бумаги одной рукой, а другой писать или резать
goal-fm-bilateral-condition = При выполнении заданий за столом
goal-fm-bilateral-criterion = с точностью 80% в наблюдаемых заданиях на протяжении 3 занятий
goal-fm-bilateral-benchmark-1 = К первому отчету об успехах: с точностью 60% в наблюдаемых заданиях на протяжении 3 занятий
goal-fm-bilateral-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в наблюдаемых заданиях на протяжении 3 занятий

goal-fm-ruler-line-skill = будет проводить прямую линию между двумя точками с помощью линейки
goal-fm-ruler-line-condition = Получив линейку и 10 пар точек
goal-fm-ruler-line-criterion = 8 из 10 линий с отклонением не более 1/8 дюйма на 3 занятиях подряд

goal-fm-sizing-letters-skill = будет писать буквы правильного размера в пределах строки
goal-fm-sizing-letters-condition = При списывании предложения
goal-fm-sizing-letters-criterion = с точностью 80% в 4 из 5 попыток
goal-fm-sizing-letters-benchmark-1 = К первому отчету об успехах: с точностью 60% в 4 из 5 попыток
goal-fm-sizing-letters-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в 4 из 5 попыток

goal-fm-utensils-skill = будет есть вилкой и ложкой, не проливая и не роняя еду
goal-fm-utensils-condition = Во время обеда
goal-fm-utensils-criterion = в 4 из 5 наблюдаемых приемов пищи

goal-fm-organize-binder-skill = будет раскладывать бумаги по нужным разделам папки, используя кольца и разделители
goal-fm-organize-binder-condition = В конце каждого урока
goal-fm-organize-binder-criterion = в 80% случаев в течение 4 недель
goal-fm-organize-binder-benchmark-1 = К первому отчету об успехах: в 60% случаев в течение 4 недель
goal-fm-organize-binder-benchmark-2 = Ко второму отчету об успехах: в 70% случаев в течение 4 недель

## gross_motor

goal-gm-stairs-skill = будет подниматься и спускаться по лестничному пролету, ставя ноги на ступени поочередно и держась за перила
goal-gm-stairs-condition = Во время перемещений по школе
goal-gm-stairs-criterion = безопасно в 4 из 5 попыток

goal-gm-balance-beam-skill = будет идти по линии длиной 10 футов, ставя ногу пяткой к носку и не сходя с линии
goal-gm-balance-beam-condition = В спортзале или кабинете терапии
goal-gm-balance-beam-criterion = в 4 из 5 попыток

goal-gm-ball-catch-skill = будет ловить мяч, брошенный с расстояния 10 футов
goal-gm-ball-catch-condition = Во время физкультуры или занятий терапией
goal-gm-ball-catch-criterion = 8 из 10 пойманных мячей на 3 занятиях подряд

goal-gm-hop-skill = будет прыгать на одной ноге 10 раз, не теряя равновесия
goal-gm-hop-condition = В спортзале или кабинете терапии
goal-gm-hop-criterion = на каждой ноге в 4 из 5 попыток

goal-gm-navigate-school-skill = будет безопасно передвигаться по многолюдным коридорам со своим вспомогательным средством передвижения
goal-gm-navigate-school-condition = Во время смены уроков
goal-gm-navigate-school-criterion = без столкновений и без остановок, чтобы попросить помощи, в 4 из 5 попыток

goal-gm-endurance-walk-skill = будет проходить 500 футов без отдыха
goal-gm-endurance-walk-condition = Во время школьных выходов за пределы школы или занятий терапией
goal-gm-endurance-walk-criterion = в 4 из 5 попыток

goal-gm-jump-skill = будет прыгать вперед на 24 дюйма, отталкиваясь двумя ногами и приземляясь на обе ноги
goal-gm-jump-condition = В спортзале или кабинете терапии
goal-gm-jump-criterion = в 4 из 5 попыток

goal-gm-wheelchair-transfer-skill = будет пересаживаться из инвалидной коляски на стул в классе под наблюдением взрослого, готового помочь
goal-gm-wheelchair-transfer-condition = Во время повседневных занятий в классе
goal-gm-wheelchair-transfer-criterion = безопасно в 4 из 5 попыток

goal-gm-kick-ball-skill = будет ударом ноги направлять катящийся мяч в цель на расстоянии 15 футов
goal-gm-kick-ball-condition = Во время физкультуры
goal-gm-kick-ball-criterion = попадая в цель 6 раз из 10 на протяжении 3 занятий

goal-gm-playground-equipment-skill = будет подниматься по лесенке и скатываться с горки на игровой площадке
goal-gm-playground-equipment-condition = Во время большой перемены
goal-gm-playground-equipment-criterion = самостоятельно и безопасно в 4 из 5 случаев

goal-gm-posture-skill = будет сохранять прямую осанку, сидя за партой
goal-gm-posture-condition = Во время 20-минутного урока
goal-gm-posture-criterion = с точностью 80% в наблюдаемых интервалах на протяжении 3 занятий
goal-gm-posture-benchmark-1 = К первому отчету об успехах: с точностью 60% в наблюдаемых интервалах на протяжении 3 занятий
goal-gm-posture-benchmark-2 = Ко второму отчету об успехах: с точностью 70% в наблюдаемых интервалах на протяжении 3 занятий

goal-gm-curb-negotiation-skill = будет безопасно подниматься на бордюр и спускаться с него
goal-gm-curb-negotiation-condition = Во время выходов в город
goal-gm-curb-negotiation-criterion = в 4 из 5 попыток

goal-gm-skip-skill = будет передвигаться вприпрыжку на 30 футов, плавно и поочередно меняя ноги
goal-gm-skip-condition = В спортзале
goal-gm-skip-criterion = в 4 из 5 попыток

goal-gm-fitness-circuit-skill = будет выполнять круговую тренировку из 5 станций
goal-gm-fitness-circuit-condition = Во время адаптивной физкультуры
goal-gm-fitness-circuit-criterion = не более чем за 10 минут на 3 занятиях подряд

goal-gm-bus-steps-skill = будет подниматься по ступенькам школьного автобуса и спускаться по ним, держась за поручень
goal-gm-bus-steps-condition = При приходе в школу и уходе из школы
goal-gm-bus-steps-criterion = безопасно в 4 из 5 случаев

goal-gm-throw-overhand-skill = будет бросать мяч рукой сверху партнеру, стоящему на расстоянии 15 футов
goal-gm-throw-overhand-condition = Во время физкультуры
goal-gm-throw-overhand-criterion = добрасывая мяч до партнера 8 раз из 10 на протяжении 3 занятий

## adaptive_daily_living

goal-adl-handwashing-skill = будет мыть и вытирать руки, следуя последовательности из 6 шагов в картинках
goal-adl-handwashing-condition = Перед обедом и после посещения туалета
goal-adl-handwashing-criterion = самостоятельно выполняя 6 из 6 шагов в 4 из 5 случаев

goal-adl-arrival-routine-skill = будет выполнять привычный порядок действий по приходе (разобрать вещи, повесить куртку, сдать папку, начать утреннее задание)
goal-adl-arrival-routine-condition = По приходе в класс
goal-adl-arrival-routine-criterion = не более чем с 1 подсказкой в 4 из 5 дней

goal-adl-visual-schedule-skill = будет следовать визуальному расписанию при переходе от одного занятия к другому
goal-adl-visual-schedule-condition = В течение всего учебного дня
goal-adl-visual-schedule-criterion = в 80% переходов в течение 4 недель подряд
goal-adl-visual-schedule-benchmark-1 = К первому отчету об успехах: в 60% переходов в течение 4 недель подряд
goal-adl-visual-schedule-benchmark-2 = Ко второму отчету об успехах: в 70% переходов в течение 4 недель подряд

goal-adl-personal-info-skill = будет называть или показывать свои имя и фамилию, адрес и номер телефона одного из родителей
goal-adl-personal-info-condition = Когда об этом спрашивает знакомый взрослый
goal-adl-personal-info-criterion = правильно в 4 из 5 попыток

goal-adl-lunch-routine-skill = будет брать обед, оплачивать его или вводить свой идентификационный номер и убирать за собой со стола
goal-adl-lunch-routine-condition = В столовой
goal-adl-lunch-routine-criterion = самостоятельно в 4 из 5 случаев

goal-adl-dressing-skill = будет надевать и снимать куртку
goal-adl-dressing-condition = При приходе в школу и уходе из школы
goal-adl-dressing-criterion = самостоятельно в 4 из 5 случаев

goal-adl-toileting-request-skill = будет сообщать о необходимости сходить в туалет
goal-adl-toileting-request-condition = В течение всего учебного дня
goal-adl-toileting-request-criterion = в 90% случаев в течение 4 недель подряд
goal-adl-toileting-request-benchmark-1 = К первому отчету об успехах: в 70% случаев в течение 4 недель подряд
goal-adl-toileting-request-benchmark-2 = Ко второму отчету об успехах: в 80% случаев в течение 4 недель подряд

goal-adl-safety-signs-skill = будет узнавать знаки безопасности («Выход», «Стоп», «Опасно», «Идите») и правильно на них реагировать
goal-adl-safety-signs-condition = Во время обучения в общественных местах
goal-adl-safety-signs-criterion = в 9 из 10 попыток

goal-adl-simple-meal-skill = будет готовить простую закуску по рецепту в картинках
goal-adl-simple-meal-condition = На кухне для обучения жизненным навыкам
goal-adl-simple-meal-criterion = самостоятельно выполняя 8 из 10 шагов на 3 из 4 занятий

goal-adl-hygiene-skill = будет выполнять процедуры ухода за собой (причесаться, проверить внешний вид, воспользоваться дезодорантом)
goal-adl-hygiene-condition = Следуя контрольному списку
goal-adl-hygiene-criterion = самостоятельно в 4 из 5 случаев

goal-adl-calendar-use-skill = будет записывать задания и встречи в календарь или ежедневник
goal-adl-calendar-use-condition = В конце каждого урока
goal-adl-calendar-use-criterion = в 80% случаев в течение 4 недель
goal-adl-calendar-use-benchmark-1 = К первому отчету об успехах: в 60% случаев в течение 4 недель
goal-adl-calendar-use-benchmark-2 = Ко второму отчету об успехах: в 70% случаев в течение 4 недель

goal-adl-shopping-list-skill = будет находить в магазине 5 товаров по списку покупок в картинках
goal-adl-shopping-list-condition = Во время обучения в общественных местах
goal-adl-shopping-list-criterion = не более чем за 15 минут в 3 из 4 походов в магазин

goal-adl-emergency-help-skill = будет рассказывать или показывать, что делать в экстренной ситуации (позвонить по номеру 911, найти того, кто поможет)
goal-adl-emergency-help-condition = В ролевых играх по заданным ситуациям
goal-adl-emergency-help-criterion = в 4 из 5 ситуаций

goal-adl-clean-up-skill = будет убирать свое рабочее место и складывать материалы на место
goal-adl-clean-up-condition = В конце занятия
goal-adl-clean-up-criterion = не более чем с 1 подсказкой в 4 из 5 случаев

goal-adl-medication-routine-skill = будет сообщать медсестре время приема и название своего лекарства
goal-adl-medication-routine-condition = В назначенное время приема лекарства
goal-adl-medication-routine-criterion = в 4 из 5 случаев

goal-adl-laundry-skill = будет сортировать, стирать и складывать одну загрузку белья, следуя пошаговому плану (анализу задачи)
goal-adl-laundry-condition = В кабинете для обучения жизненным навыкам
goal-adl-laundry-criterion = выполняя 9 из 10 шагов на 3 из 4 занятий

## transition

goal-tran-career-interest-skill = будет заполнять опросник профессиональных интересов и называть 3 профессии, соответствующие своим интересам
goal-tran-career-interest-condition = Вместе с консультантом по переходу во взрослую жизнь
goal-tran-career-interest-criterion = называя 3 подходящие профессии и по 1 причине для каждой к концу первой учебной четверти

goal-tran-job-application-skill = будет заполнять заявление о приеме на работу, указывая личные данные, опыт работы и лиц, которые могут дать рекомендацию
goal-tran-job-application-condition = Получив бумажную или онлайн-форму заявления
goal-tran-job-application-criterion = правильно заполняя все обязательные поля в 3 из 4 попыток

goal-tran-interview-practice-skill = будет давать полные ответы по существу на 5 распространенных вопросов на собеседовании
goal-tran-interview-practice-condition = Во время пробного собеседования
goal-tran-interview-practice-criterion = на 3 из 4 пробных собеседований

goal-tran-resume-skill = будет составлять резюме с указанием образования, навыков и опыта работы или волонтерской деятельности
goal-tran-resume-condition = Используя шаблон резюме
goal-tran-resume-criterion = получая 3 балла из 4 по шкале оценивания резюме к концу второй учебной четверти

goal-tran-travel-public-skill = будет ездить на автобусе или метро между школой и местом в городе
goal-tran-travel-public-condition = При постепенном сокращении помощи взрослого
goal-tran-travel-public-criterion = самостоятельно и безопасно в 4 из 5 поездок

goal-tran-college-research-skill = будет изучать 3 программы образования после школы и сравнивать требования к поступлению, стоимость и поддержку
goal-tran-college-research-condition = Используя сайты колледжей и сравнительную таблицу
goal-tran-college-research-criterion = заполняя таблицу для 3 из 3 программ

goal-tran-work-task-skill = будет выполнять порученное рабочее задание, следуя контрольному списку
goal-tran-work-task-condition = На месте производственной практики
goal-tran-work-task-criterion = выполняя 90% шагов в течение 4 смен подряд
goal-tran-work-task-benchmark-1 = К первому отчету об успехах: выполняя 70% шагов в течение 4 смен подряд
goal-tran-work-task-benchmark-2 = Ко второму отчету об успехах: выполняя 80% шагов в течение 4 смен подряд

goal-tran-time-clock-skill = будет приходить вовремя и отмечать время прихода на смену производственной практики
goal-tran-time-clock-condition = На месте производственной практики
goal-tran-time-clock-criterion = в 90% смен в течение учебной четверти
goal-tran-time-clock-benchmark-1 = К первому отчету об успехах: в 70% смен в течение учебной четверти
goal-tran-time-clock-benchmark-2 = Ко второму отчету об успехах: в 80% смен в течение учебной четверти

goal-tran-self-advocacy-iep-skill = будет рассказывать на заседании по IEP о своей инвалидности, своих сильных сторонах, потребностях и особых условиях
goal-tran-self-advocacy-iep-condition = Используя заранее подготовленный текст или слайды
goal-tran-self-advocacy-iep-criterion = называя 3 сильные стороны, 2 потребности и 2 особых условия

goal-tran-money-management-skill = будет расплачиваться за покупку дебетовой картой или наличными и проверять чек
goal-tran-money-management-condition = Во время обучения в общественных местах
goal-tran-money-management-criterion = правильно в 4 из 5 походов за покупками

goal-tran-workplace-social-skill = будет здороваться с коллегами и при необходимости просить руководителя о помощи
goal-tran-workplace-social-condition = На месте производственной практики
goal-tran-workplace-social-criterion = в 4 из 5 наблюдаемых смен

goal-tran-credits-tracking-skill = будет отслеживать свои зачетные единицы (кредиты) и экзамены Regents, необходимые для получения диплома
goal-tran-credits-tracking-condition = Используя вместе с консультантом таблицу выполнения требований для окончания школы
goal-tran-credits-tracking-criterion = с точностью 100% на каждой из 3 проверок в конце учебной четверти

goal-tran-agency-contact-skill = будет звонить в организацию, предоставляющую услуги взрослым, чтобы записаться на первичный прием
goal-tran-agency-contact-condition = Используя заранее подготовленный текст телефонного разговора
goal-tran-agency-contact-criterion = называя свое имя, цель звонка и удобное время в 3 из 4 ролевых игр и при 1 реальном звонке

goal-tran-housing-skills-skill = будет сравнивать 3 объявления о сдаче квартир по арендной плате, расположению и транспорту
goal-tran-housing-skills-condition = Получив объявления и сравнительную таблицу
goal-tran-housing-skills-criterion = выполняя сравнение с точностью 90% в 3 из 4 попыток

goal-tran-schedule-appointments-skill = будет ставить в календаре телефона напоминания об уроках, работе и встречах
goal-tran-schedule-appointments-condition = В течение учебной недели
goal-tran-schedule-appointments-criterion = для 80% запланированных событий в течение 4 недель
goal-tran-schedule-appointments-benchmark-1 = К первому отчету об успехах: для 60% запланированных событий в течение 4 недель
goal-tran-schedule-appointments-benchmark-2 = Ко второму отчету об успехах: для 70% запланированных событий в течение 4 недель

goal-tran-safety-work-skill = будет соблюдать правила техники безопасности на рабочем месте (средства защиты, уборка, сообщение об опасностях)
goal-tran-safety-work-condition = На месте производственной практики
goal-tran-safety-work-criterion = соблюдая 5 из 5 правил в 4 из 5 наблюдаемых смен
