# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Результати оцінювання та право на спеціальну освіту
iep-section-present-levels = Поточний рівень успішності
iep-section-special-factors = Особливі чинники
iep-section-postsecondary = Цілі після закінчення школи та потреби щодо переходу в доросле життя
iep-section-annual-goals = Річні цілі
iep-section-progress-reporting = Звітування батькам про поступ
iep-section-programs-services = Програми та послуги
iep-section-twelve-month = Цілорічні послуги (12 місяців)
iep-section-testing-accommodations = Пристосування під час тестування
iep-section-transition-activities = Узгоджені заходи щодо переходу в доросле життя
iep-section-assessment-participation = Тестування на рівні штату та округу
iep-section-gen-ed-participation = Участь у навчанні разом з учнями без інвалідності
iep-section-placement = Мова, транспорт і місце навчання

## EvaluationSection

iep-label-evaluation-section-classification = Категорія інвалідності
iep-label-evaluation-section-eligibility-notes = Обговорення права на спеціальну освіту
iep-label-evaluation-section-evaluations = Оцінювання
iep-label-evaluation-section-justification-form-signed = Підписано форму обґрунтування (первинне ED або LD)

## Classification

iep-classification-autism = Аутизм
iep-classification-deaf-blindness = Сліпоглухота
iep-classification-deafness = Глухота
iep-classification-emotional-disturbance = Емоційний розлад
iep-classification-hearing-impairment = Порушення слуху
iep-classification-learning-disability = Порушення здатності до навчання
iep-classification-intellectual-disability = Порушення інтелектуального розвитку
iep-classification-multiple-disabilities = Множинні порушення
iep-classification-orthopedic-impairment = Ортопедичні порушення
iep-classification-other-health-impairment = Інші порушення здоров’я
iep-classification-speech-or-language-impairment = Порушення мовлення або мови
iep-classification-traumatic-brain-injury = Черепно-мозкова травма
iep-classification-visual-impairment = Порушення зору (зокрема сліпота)

## Evaluation

iep-label-evaluation-date = Дата
iep-label-evaluation-evaluator = Хто проводив оцінювання
iep-label-evaluation-kind = Вид оцінювання
iep-label-evaluation-summary = Стислий виклад результатів

## EvaluationKind

iep-evaluation-kind-psychoeducational = Психолого-педагогічне оцінювання
iep-evaluation-kind-social-history = Соціальний анамнез
iep-evaluation-kind-classroom-observation = Спостереження в класі
iep-evaluation-kind-speech-language = Оцінювання мовлення та мови
iep-evaluation-kind-occupational-therapy = Оцінювання з ерготерапії
iep-evaluation-kind-physical-therapy = Оцінювання з фізичної терапії
iep-evaluation-kind-audiological = Аудіологічне обстеження (аудіограма)
iep-evaluation-kind-ophthalmological = Офтальмологічне обстеження
iep-evaluation-kind-orthopedic = Ортопедичне обстеження
iep-evaluation-kind-neurological = Неврологічне обстеження
iep-evaluation-kind-medical = Інше медичне обстеження
iep-evaluation-kind-adaptive-behavior-scale = Шкала адаптивної поведінки
iep-evaluation-kind-functional-behavioral-assessment = Функціональне оцінювання поведінки (FBA)
iep-evaluation-kind-vocational = Оцінювання професійних схильностей
iep-evaluation-kind-assistive-technology = Оцінювання потреби в допоміжних технологіях
iep-evaluation-kind-bilingual = Двомовне оцінювання
iep-evaluation-kind-psychiatric = Психіатричне обстеження
iep-evaluation-kind-independent = Незалежне оцінювання, надане батьками

## PresentLevels

iep-label-present-levels-accessible-program-required = Потрібна доступна програма
iep-label-present-levels-areas = Сильні сторони та потреби за сферами
iep-label-present-levels-ell-language-impact = Вплив мови (ELL)
iep-label-present-levels-needs = Перелік потреб
iep-label-present-levels-parent-concerns = Занепокоєння батьків
iep-label-present-levels-testing-accommodation-considerations = Міркування щодо пристосувань під час тестування

## AreaLevels

iep-label-area-levels-area = Сфера
iep-label-area-levels-needs = Потреби
iep-label-area-levels-strengths = Сильні сторони

## NeedArea

iep-need-area-reading = Читання
iep-need-area-writing = Письмо
iep-need-area-math = Математика
iep-need-area-speech-language = Мовлення та мова
iep-need-area-social-emotional = Соціально-емоційна сфера
iep-need-area-behavior = Поведінка
iep-need-area-fine-motor = Дрібна моторика
iep-need-area-gross-motor = Велика моторика
iep-need-area-adaptive-daily-living = Адаптивні навички та повсякденне життя
iep-need-area-transition = Перехід у доросле життя

## Need

iep-label-need-area = Сфера
iep-label-need-description = Потреба

## SpecialFactors

iep-label-special-factors-assistive-technology = Допоміжні технології
iep-label-special-factors-behavior = Поведінка
iep-label-special-factors-ell = Учень, який вивчає англійську мову
iep-label-special-factors-hearing = Глухота або порушення слуху
iep-label-special-factors-vision = Сліпота або порушення зору

## AtFactor

iep-label-at-factor-applies = Потребує допоміжних технологій
iep-label-at-factor-needs-device = Потребує допоміжного пристрою (AT)
iep-label-at-factor-needs-service = Потребує послуги з допоміжних технологій (AT)
iep-label-at-factor-training-for = Кого потрібно навчити
iep-label-at-factor-used-outside-school = Пристрій використовується вдома або в іншому місці

## TrainingRecipient

iep-training-recipient-student = Учень
iep-training-recipient-parent = Один із батьків
iep-training-recipient-teacher = Вчитель
iep-training-recipient-provider = Фахівець, який надає послуги

## BehaviorFactor

iep-label-behavior-factor-applies = Поведінка заважає навчанню
iep-label-behavior-factor-bip-on = Дата розроблення плану корекції поведінки (BIP)
iep-label-behavior-factor-fba-on = Дата функціонального оцінювання поведінки (FBA)
iep-label-behavior-factor-notes = Примітки

## EllFactor

iep-label-ell-factor-applies = Є мовні потреби
iep-label-ell-factor-evaluated-bilingually = Оцінювання проведено двома мовами
iep-label-ell-factor-is-ell = Учень, який вивчає англійську мову
iep-label-ell-factor-language-needs = Мовні потреби

## HearingFactor

iep-label-hearing-factor-applies = Глухий або слабкочуючий
iep-label-hearing-factor-communication-needs = Потреби в спілкуванні
iep-label-hearing-factor-language-of-instruction = Мова навчання
iep-label-hearing-factor-mode-of-communication = Мова і спосіб спілкування

## VisionFactor

iep-label-vision-factor-applies = Незрячий або слабкозорий
iep-label-vision-factor-braille-instruction = Навчання шрифту Брайля
iep-label-vision-factor-braille-not-appropriate-reason = Чому шрифт Брайля не підходить

## Postsecondary

iep-label-postsecondary-courses-of-study = Навчальні курси
iep-label-postsecondary-early-start = Розпочато раніше, тому що
iep-label-postsecondary-goals = Цілі після закінчення школи
iep-label-postsecondary-notes = Примітки щодо потреб переходу в доросле життя
iep-label-postsecondary-transition-needs = Інші потреби щодо переходу в доросле життя
iep-label-postsecondary-updated-on = Дата останнього оновлення цілей

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = Учень має чітку мету
iep-early-transition-reason-needs-more-time = Учневі потрібно більше часу
iep-early-transition-reason-parent-request = Батьки попросили про це

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Сфера
iep-label-postsecondary-goal-based-on = На основі
iep-label-postsecondary-goal-goal = Ціль
iep-label-postsecondary-goal-student-preferences = Уподобання та інтереси учня

## PostsecondaryArea

iep-postsecondary-area-education-training = Освіта та професійне навчання
iep-postsecondary-area-employment = Працевлаштування
iep-postsecondary-area-independent-living = Самостійне життя

## TransitionAssessment

iep-transition-assessment-vocational = Оцінювання професійних схильностей (учень, батьки, вчитель)
iep-transition-assessment-postsecondary-education-skills = Оцінювання навичок для навчання після школи
iep-transition-assessment-interview = Співбесіда з учнем або батьками
iep-transition-assessment-strength-based = Оцінювання на основі сильних сторін
iep-transition-assessment-teacher-observation = Спостереження вчителя

## TransitionNeed

iep-transition-need-community-travel-help = Допомога дорослого під час пересування містом
iep-transition-need-functional-academics = Функціональне навчання читання та математики
iep-transition-need-self-advocacy = Навички відстоювання власних інтересів
iep-transition-need-public-transportation = Самостійне користування громадським транспортом
iep-transition-need-independent-living = Навички самостійного життя
iep-transition-need-diploma-coursework = Предмети для отримання звичайного диплома
iep-transition-need-career-technical-courses = Курси професійно-технічної освіти

## AnnualGoals

iep-label-annual-goals-goals = Річні цілі

## AnnualGoal

iep-label-annual-goal-condition = Умова
iep-label-annual-goal-criterion = Критерій
iep-label-annual-goal-method = Метод вимірювання
iep-label-annual-goal-need-area = Сфера потреб
iep-label-annual-goal-objective-kind = Короткострокові цілі або проміжні етапи
iep-label-annual-goal-objectives = Кроки
iep-label-annual-goal-schedule = Графік вимірювання
iep-label-annual-goal-skill = Навичка

## GoalMethod

iep-goal-method-observation = Спостереження вчителя або фахівця
iep-goal-method-work-samples = Зразки робіт
iep-goal-method-curriculum-based-measurement = Вимірювання на основі навчальної програми
iep-goal-method-teacher-tests = Тести, складені вчителем
iep-goal-method-data-collection = Таблиця даних або підрахунок
iep-goal-method-rubric = Критерії оцінювання (рубрика)
iep-goal-method-checklist = Контрольний перелік
iep-goal-method-standardized-assessment = Стандартизоване оцінювання
iep-goal-method-running-records = Поточні записи читання (running records)

## ObjectiveKind

iep-objective-kind-none = Немає
iep-objective-kind-short-term-objectives = Короткострокові цілі
iep-objective-kind-benchmarks = Проміжні етапи

## Objective

iep-label-objective-by = Термін
iep-label-objective-text = Короткострокова ціль або проміжний етап

## GoalSchedule

iep-goal-schedule-daily = Щодня
iep-goal-schedule-weekly = Щотижня
iep-goal-schedule-biweekly = Раз на два тижні
iep-goal-schedule-monthly = Щомісяця
iep-goal-schedule-marking-period = Кожного оцінювального періоду

## ProgressReporting

iep-label-progress-reporting-methods = Спосіб
iep-label-progress-reporting-times-per-year = Кількість звітів на рік
iep-label-progress-reporting-with-report-cards = Одночасно з табелями успішності

## ReportMethod

iep-report-method-written-report = Письмовий звіт про поступ
iep-report-method-conference = Зустріч батьків і вчителя
iep-report-method-phone = Телефонний дзвінок
iep-report-method-email = Електронна пошта

## ProgramsServices

iep-label-programs-services-assistive-technology = Допоміжні технологічні пристрої та послуги
iep-label-programs-services-paraprofessionals = Помічники вчителя (парапрофесіонали), призначені за IEP
iep-label-programs-services-personnel-supports = Підтримка для працівників школи
iep-label-programs-services-physical-education = Фізичне виховання
iep-label-programs-services-programs = Програми спеціальної освіти
iep-label-programs-services-related-services = Супутні послуги
iep-label-programs-services-supplementary-aids = Додаткові засоби допомоги та зміни в програмі

## AssistiveTech

iep-label-assistive-tech-assessment-on = Дата оцінювання потреби в допоміжних технологіях
iep-label-assistive-tech-description = Опис
iep-label-assistive-tech-kind = Пристрій або послуга
iep-label-assistive-tech-level = Прості чи високотехнологічні засоби
iep-label-assistive-tech-used-in = Де використовується

## AtKind

iep-at-kind-device = Пристрій
iep-at-kind-service = Послуга

## TechLevel

iep-tech-level-low = Прості засоби (наприклад, тримач для олівця, похила дошка)
iep-tech-level-high = Високотехнологічні засоби (наприклад, планшет, перетворення мовлення на текст)

## UseSetting

iep-use-setting-classroom = У класі
iep-use-setting-home = Вдома
iep-use-setting-other = Інше

## Paraprofessional

iep-label-paraprofessional-activities = Час і види діяльності
iep-label-paraprofessional-bip-reviewed = Спершу переглянуто план корекції поведінки (BIP)
iep-label-paraprofessional-para-type = Вид
iep-label-paraprofessional-progress-monitoring = Відстеження поступу
iep-label-paraprofessional-purpose = Мета і потреба
iep-label-paraprofessional-ratio = Співвідношення
iep-label-paraprofessional-responsibilities = Обов’язки
iep-label-paraprofessional-skilled-nursing-referral = Зроблено направлення на кваліфікований сестринський догляд
iep-label-paraprofessional-toileting = Допомога в туалеті
iep-label-paraprofessional-unsafe-traveler-assessed-on = Дата оцінювання: не може безпечно пересуватися самостійно
iep-label-paraprofessional-urgent-care-condition = Зазначено стан, що потребує невідкладної допомоги

## ParaActivity

iep-para-activity-all-classes = Усі уроки
iep-para-activity-academic-classes = Уроки з академічних предметів
iep-para-activity-related-services = Супутні послуги
iep-para-activity-lunch = Обід
iep-para-activity-transitions = Переходи між уроками
iep-para-activity-arrival-dismissal = Прибуття до школи та вихід зі школи
iep-para-activity-field-trips = Екскурсії

## ParaType

iep-para-type-behavior-support = Підтримка поведінки (подолання кризових ситуацій)
iep-para-type-health = Здоров’я
iep-para-type-toileting = Допомога в туалеті
iep-para-type-orientation-mobility = Орієнтування та мобільність

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Спільний (на кількох учнів)

## ToiletingMode

iep-toileting-mode-toilet-training = Привчання до туалету
iep-toileting-mode-toileting-assistance = Допомога в туалеті

## PersonnelSupport

iep-label-personnel-support-description = Опис
iep-label-personnel-support-kind = Підтримка
iep-label-personnel-support-provided-by = Хто надає
iep-label-personnel-support-recipient = Для кого

## SupportKind

iep-support-kind-disability-information = Інформація про інвалідність
iep-support-kind-behavior-training = Навчання методів позитивного впливу на поведінку
iep-support-kind-sign-language = Навчання жестової мови
iep-support-kind-curriculum-modifications = Допомога з адаптацією навчальної програми
iep-support-kind-assistive-technology-training = Навчання роботи з допоміжними технологіями учня
iep-support-kind-behavioral-consultation = Консультація щодо поведінки
iep-support-kind-para-training = Навчання помічників вчителя (здоров’я, годування, положення тіла…)
iep-support-kind-testing-accommodation-training = Навчання щодо забезпечення пристосувань під час тестування
iep-support-kind-other = Інше

## StaffRole

iep-staff-role-teacher = Вчителі
iep-staff-role-paraprofessional = Помічник вчителя (парапрофесіонал)
iep-staff-role-provider = Фахівці із супутніх послуг
iep-staff-role-other-staff = Інші працівники школи

## PeDetermination

iep-pe-determination-regular = Звичайне фізичне виховання
iep-pe-determination-regular-with-equipment = Звичайне фізичне виховання зі спеціальним обладнанням
iep-pe-determination-adapted = Адаптоване фізичне виховання (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = Інклюзивні послуги округу 75 (D75)
iep-label-program-recommendation-delivery = У класі чи поза класом
iep-label-program-recommendation-duration-minutes = Тривалість
iep-label-program-recommendation-frequency = Частота
iep-label-program-recommendation-group = Індивідуально чи в групі
iep-label-program-recommendation-group-size = Розмір групи
iep-label-program-recommendation-language = Мова
iep-label-program-recommendation-location = Місце
iep-label-program-recommendation-program = Програма
iep-label-program-recommendation-projected-start = Запланований початок
iep-label-program-recommendation-ratio = Співвідношення в класі
iep-label-program-recommendation-setting = Тип класу
iep-label-program-recommendation-subject = Предмет

## Delivery

iep-delivery-push-in = У класі (push-in)
iep-delivery-pull-out = Поза класом (pull-out)

## Period

iep-period-day = на день
iep-period-week = на тиждень
iep-period-month = на місяць

## GroupKind

iep-group-kind-individual = Індивідуально
iep-group-kind-group = У групі

## ProgramKind

iep-program-kind-consultant-teacher = Вчитель-консультант
iep-program-kind-setss = Послуги з підтримки вчителя спеціальної освіти (SETSS)
iep-program-kind-ict = Інтегроване спільне викладання (ICT)
iep-program-kind-special-class = Спеціальний клас
iep-program-kind-travel-training = Навчання самостійних поїздок
iep-program-kind-adapted-physical-education = Адаптоване фізичне виховання (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Школа місцевого округу (округи 1–32)
iep-class-setting-district-75 = Спеціалізована школа (округ 75)
iep-class-setting-non-public-school = Недержавна школа, схвалена NYSED

## Subject

iep-subject-ela = Англійська мова та література (ELA)
iep-subject-math = Математика
iep-subject-science = Природничі науки
iep-subject-social-studies = Суспільствознавство
iep-subject-world-language = Іноземна мова
iep-subject-career-technical = Професійно-технічна освіта
iep-subject-physical-education = Фізичне виховання
iep-subject-all-subjects = Усі предмети

## RelatedService

iep-label-related-service-delivery = У класі чи поза класом
iep-label-related-service-duration-minutes = Тривалість
iep-label-related-service-frequency = Частота
iep-label-related-service-group = Індивідуально чи в групі
iep-label-related-service-group-size = Розмір групи
iep-label-related-service-initial = Первинна рекомендація
iep-label-related-service-language = Мова
iep-label-related-service-location = Місце
iep-label-related-service-other-service = Інша послуга
iep-label-related-service-prescription-received-on = Дата отримання призначення лікаря
iep-label-related-service-projected-start = Запланований початок
iep-label-related-service-separate-location = Окреме приміщення
iep-label-related-service-service = Послуга
iep-label-related-service-transition-service = Послуга з переходу в доросле життя

## ServiceLocation

iep-service-location-general-education-classroom = Клас загальної освіти
iep-service-location-special-education-classroom = Клас спеціальної освіти
iep-service-location-separate-location = Окреме приміщення

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Логопедична терапія (терапія мовлення та мови)
iep-related-service-type-occupational-therapy = Ерготерапія (OT)
iep-related-service-type-physical-therapy = Фізична терапія (PT)
iep-related-service-type-counseling = Консультування
iep-related-service-type-parent-counseling-and-training = Консультування та навчання батьків
iep-related-service-type-assistive-technology-services = Послуги з допоміжних технологій
iep-related-service-type-audiological = Аудіологічні послуги
iep-related-service-type-interpreting = Послуги перекладу (для глухих і слабкочуючих)
iep-related-service-type-orientation-mobility = Орієнтування та мобільність
iep-related-service-type-school-nurse = Послуги шкільної медсестри
iep-related-service-type-vision-education = Послуги з навчання учнів із порушеннями зору
iep-related-service-type-hearing-education = Послуги з навчання учнів із порушеннями слуху
iep-related-service-type-rehabilitation-counseling = Реабілітаційне консультування
iep-related-service-type-social-work = Шкільна соціальна робота
iep-related-service-type-other = Інша послуга з розвитку, корекції або підтримки

## SupplementaryAid

iep-label-supplementary-aid-aid = Засіб допомоги або зміна
iep-label-supplementary-aid-applies-in = Де і коли
iep-label-supplementary-aid-description = Опис
iep-label-supplementary-aid-projected-start = Запланований початок

## AidKind

iep-aid-kind-note-taker = Особа, яка веде конспект
iep-aid-kind-alternative-formats = Навчальні матеріали в альтернативних форматах
iep-aid-kind-extra-time-between-classes = Додатковий час між уроками
iep-aid-kind-special-seating = Особливе місце для сидіння
iep-aid-kind-highlighted-work = Виділені або позначені кольором завдання
iep-aid-kind-study-guides = Плани та посібники для навчання
iep-aid-kind-study-carrel = Індивідуальне робоче місце (кабінка)
iep-aid-kind-behavior-plan = План корекції поведінки
iep-aid-kind-extra-time-for-assignments = Додатковий час на виконання завдань
iep-aid-kind-assignment-adaptations = Адаптація завдань
iep-aid-kind-extended-pacing = Повільніший темп навчання
iep-aid-kind-adapted-presentation = Адаптований виклад матеріалу
iep-aid-kind-adapted-demonstration = Адаптовані способи показати знання
iep-aid-kind-other = Інше

## TwelveMonth

iep-label-twelve-month-areas = Сфери
iep-label-twelve-month-basis = Розглянуто, тому що
iep-label-twelve-month-details = Літня програма та умови
iep-label-twelve-month-differs-from-school-year = Відрізняються від послуг у навчальному році
iep-label-twelve-month-duration-minutes = Тривалість улітку
iep-label-twelve-month-frequency = Частота влітку
iep-label-twelve-month-needed = Потрібні цілорічні послуги (12 місяців)

## EsyBasis

iep-esy-basis-substantial-regression = Значний регрес (8 тижнів або більше на відновлення)
iep-esy-basis-severe-multiple-disabilities = Тяжкі множинні порушення
iep-esy-basis-residential = Програма з проживанням
iep-esy-basis-home-hospital = Навчання вдома або в лікарні
iep-esy-basis-intensive-management-needs = Дуже інтенсивні потреби в організаційній підтримці

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Пристосування під час тестування
iep-label-testing-accommodations-none-recommended = Без пристосувань під час тестування

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Перерва кожні
iep-label-testing-accommodation-break-minutes = Тривалість перерви
iep-label-testing-accommodation-category = Пристосування
iep-label-testing-accommodation-condition = Лише для
iep-label-testing-accommodation-extended-time = Подовжений час
iep-label-testing-accommodation-extra-direction-readings = Скільки разів додатково читають інструкції
iep-label-testing-accommodation-group-size = Розмір групи
iep-label-testing-accommodation-multiple-day-assurance-filed = Подано гарантію щодо проведення тесту протягом кількох днів
iep-label-testing-accommodation-read-mode = Хто читає тести
iep-label-testing-accommodation-read-scope = Обсяг читання тестів
iep-label-testing-accommodation-setting = Умови
iep-label-testing-accommodation-specification = Уточнення

## AccommodationCategory

iep-accommodation-category-extended-time = Подовжений час
iep-accommodation-category-breaks = Перерви
iep-accommodation-category-separate-setting = Окреме місце або приміщення
iep-accommodation-category-directions-repeated = Інструкції читають або перекладають жестовою мовою більше разів
iep-accommodation-category-tests-read = Тести читають уголос
iep-accommodation-category-multiple-day = Проведення тесту протягом кількох днів
iep-accommodation-category-special-equipment = Спеціальне обладнання або меблі
iep-accommodation-category-scribe = Допомога писаря
iep-accommodation-category-answers-in-booklet = Відповіді записуються в буклет тесту
iep-accommodation-category-calculator = Калькулятор
iep-accommodation-category-word-processor = Текстовий редактор (комп’ютер)
iep-accommodation-category-other = Інше

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Півтора часу (1,5×)
iep-time-multiplier-double = Подвійний час (2×)

## ReadMode

iep-read-mode-human-reader = Читець (людина)
iep-read-mode-text-to-speech = Синтез мовлення (перетворення тексту на мовлення)
iep-read-mode-audio-recording = Аудіозапис (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Крім тестів на розуміння прочитаного
iep-read-scope-including-reading-comprehension = Включно з тестами на розуміння прочитаного

## TestSetting

iep-test-setting-individual = Індивідуально
iep-test-setting-small-group = Мала група

## TransitionActivities

iep-label-transition-activities-activities = Заходи
iep-label-transition-activities-functional-vocational-assessment-needed = Потрібне функціональне оцінювання професійних навичок

## TransitionActivity

iep-label-transition-activity-activity = Захід
iep-label-transition-activity-area = Сфера
iep-label-transition-activity-outside-agency = Стороння організація
iep-label-transition-activity-parent-consent-to-invite = Батьки погодилися запросити організацію
iep-label-transition-activity-responsible = Відповідальний (роль або організація)
iep-label-transition-activity-starts-on = Дата початку

## TransitionArea

iep-transition-area-instruction = Навчання
iep-transition-area-related-services = Супутні послуги
iep-transition-area-community-experiences = Досвід у громаді
iep-transition-area-employment-adult-living = Працевлаштування та інші цілі дорослого життя після школи
iep-transition-area-daily-living-skills = Набуття навичок повсякденного життя
iep-transition-area-functional-vocational-assessment = Функціональне оцінювання професійних навичок

## AssessmentParticipation

iep-label-assessment-participation-mode = Тестування
iep-label-assessment-participation-severe-cognitive-disability = Тяжкі когнітивні порушення
iep-label-assessment-participation-specialized-program = Вузькоспеціалізована програма
iep-label-assessment-participation-support-systems = Потрібні системи підтримки
iep-label-assessment-participation-why-alternate = Чому альтернативне тестування доречне
iep-label-assessment-participation-why-not-regular = Чому не звичайне тестування

## AssessmentMode

iep-assessment-mode-standard = Тестування штату та округу (з пристосуваннями під час тестування, якщо вони передбачені)
iep-assessment-mode-nysaa = Альтернативне тестування штату Нью-Йорк (NYSAA)
iep-assessment-mode-district-alternate = Альтернативне тестування округу (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Міра неучасті
iep-label-gen-ed-participation-full-participation = Бере повноцінну участь
iep-label-gen-ed-participation-physical-education = Участь у фізичному вихованні
iep-label-gen-ed-participation-removal-justification = Обґрунтування навчання поза класами загальної освіти

## Placement

iep-label-placement-deferral-consent-on = Дата письмової згоди батьків на відкладення
iep-label-placement-deferred = Визначення місця навчання відкладено
iep-label-placement-health-treatment = Лікування протягом навчального дня
iep-label-placement-language-determination = Визначення мови навчання (ELL)
iep-label-placement-language-of-instruction = Мова навчання
iep-label-placement-lote-exempt = Звільнення від вимоги вивчати іноземну мову (LOTE)
iep-label-placement-medical-condition = Стан здоров’я впливає на навчання
iep-label-placement-other-options = Інші розглянуті варіанти
iep-label-placement-projected-initiation = Запланований початок дії IEP
iep-label-placement-promotion-criteria = Критерії переведення до наступного класу
iep-label-placement-recommendation = Рекомендація щодо місця навчання
iep-label-placement-special-transportation = Спеціальний транспорт
iep-label-placement-transportation-accommodations = Пристосування під час перевезення
iep-label-placement-transportation-reason = Причина потреби в транспорті

## LanguageDetermination

iep-language-determination-enl-only = Лише англійська як нова мова (ENL)
iep-language-determination-bilingual = Потрібні послуги двомовного навчання

## OtherOption

iep-label-other-option-option = Варіант
iep-label-other-option-rejected-because = Чому відхилено

## PromotionCriteria

iep-promotion-criteria-standard = Стандартні
iep-promotion-criteria-modified = Змінені

## PlacementKind

iep-placement-kind-doe-non-specialized = Школа NYC DOE, неспеціалізована (округи 1–32)
iep-placement-kind-doe-specialized = Спеціалізована школа NYC DOE (округ 75)
iep-placement-kind-nps-day = Недержавна школа, схвалена NYSED, – денна
iep-placement-kind-nps-residential = Недержавна школа, схвалена NYSED, – з проживанням
iep-placement-kind-nps-placed-by-acs = Недержавна школа, схвалена NYSED, – направлення від ACS
iep-placement-kind-state4201-day = Недержавна школа за підтримки штату Нью-Йорк (4201) – денна
iep-placement-kind-state4201-residential = Недержавна школа за підтримки штату Нью-Йорк (4201) – з проживанням
iep-placement-kind-boces = Рада об’єднаних освітніх послуг (BOCES)
iep-placement-kind-charter-school = Чартерна школа
iep-placement-kind-home-hospital = Навчання вдома або в лікарні

## TransportAccommodation

iep-transport-accommodation-door-to-door = Автобус «від дверей до дверей»
iep-transport-accommodation-paraprofessional = Помічник у транспорті
iep-transport-accommodation-nursing = Медсестра в автобусі
iep-transport-accommodation-limited-travel-time = Обмежений час у дорозі
iep-transport-accommodation-smaller-route = Маршрут із меншою кількістю учнів
iep-transport-accommodation-climate-control = Клімат-контроль
iep-transport-accommodation-lift = Підйомник
iep-transport-accommodation-wheelchair = Місце для інвалідного візка
iep-transport-accommodation-safety-vest = Захисний жилет або автокрісло
iep-transport-accommodation-oxygen = Кисень
iep-transport-accommodation-ambulance = Карета швидкої допомоги

## Значення з числом або відповіддю «так»/«ні»

# $times: скільки разів (від 1 до 40).
iep-frequency-day = { $times ->
    [one] { $times } раз на день
    [few] { $times } рази на день
    [many] { $times } разів на день
   *[other] { $times } раза на день
}
# $times: скільки разів (від 1 до 40).
iep-frequency-week = { $times ->
    [one] { $times } раз на тиждень
    [few] { $times } рази на тиждень
    [many] { $times } разів на тиждень
   *[other] { $times } раза на тиждень
}
# $times: скільки разів (від 1 до 40).
iep-frequency-month = { $times ->
    [one] { $times } раз на місяць
    [few] { $times } рази на місяць
    [many] { $times } разів на місяць
   *[other] { $times } раза на місяць
}
# $count: кількість хвилин.
iep-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
    [many] { $count } хвилин
   *[other] { $count } хвилини
}
# $count: кількість учнів у групі.
iep-group-of = { $count ->
    [one] група з { $count } учня
    [few] група з { $count } учнів
    [many] група з { $count } учнів
   *[other] група з { $count } учнів
}
# $count: кількість звітів про поступ на рік.
iep-times-per-year = { $count ->
    [one] { $count } раз на рік
    [few] { $count } рази на рік
    [many] { $count } разів на рік
   *[other] { $count } раза на рік
}
# $count: скільки разів (інструкції читають повторно).
iep-times = { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } раза
}
iep-yes = Так
iep-no = Ні
iep-none-recorded = У цьому розділі нічого не записано.
