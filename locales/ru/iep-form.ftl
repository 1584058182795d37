# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = Результаты оценки и право на услуги
iep-section-present-levels = Текущий уровень успеваемости
iep-section-special-factors = Особые факторы
iep-section-postsecondary = Цели после окончания школы и потребности, связанные с переходом во взрослую жизнь
iep-section-annual-goals = Годовые цели
iep-section-progress-reporting = Отчеты об успехах для родителей
iep-section-programs-services = Программы и услуги
iep-section-twelve-month = Услуги в течение 12 месяцев
iep-section-testing-accommodations = Особые условия при тестировании
iep-section-transition-activities = Согласованные мероприятия по переходу во взрослую жизнь
iep-section-assessment-participation = Оценивания на уровне штата и округа
iep-section-gen-ed-participation = Участие вместе с учащимися без инвалидности
iep-section-placement = Язык, транспорт и зачисление

## EvaluationSection

iep-label-evaluation-section-classification = Категория инвалидности
iep-label-evaluation-section-eligibility-notes = Обсуждение права на услуги
iep-label-evaluation-section-evaluations = Оценки
iep-label-evaluation-section-justification-form-signed = Подписана форма обоснования (первичная ED или LD)

## Classification

iep-classification-autism = Аутизм
iep-classification-deaf-blindness = Слепоглухота
iep-classification-deafness = Глухота
iep-classification-emotional-disturbance = Эмоциональное расстройство
iep-classification-hearing-impairment = Нарушение слуха
iep-classification-learning-disability = Нарушение способности к обучению
iep-classification-intellectual-disability = Интеллектуальная недостаточность
iep-classification-multiple-disabilities = Множественные нарушения
iep-classification-orthopedic-impairment = Нарушение опорно-двигательного аппарата
iep-classification-other-health-impairment = Другое нарушение здоровья
iep-classification-speech-or-language-impairment = Нарушение речи или языка
iep-classification-traumatic-brain-injury = Черепно-мозговая травма
iep-classification-visual-impairment = Нарушение зрения (включая слепоту)

## Evaluation

iep-label-evaluation-date = Дата
iep-label-evaluation-evaluator = Специалист по оценке
iep-label-evaluation-kind = Вид оценки
iep-label-evaluation-summary = Краткие результаты

## EvaluationKind

iep-evaluation-kind-psychoeducational = Психолого-педагогическая оценка
iep-evaluation-kind-social-history = Социальный анамнез
iep-evaluation-kind-classroom-observation = Наблюдение в классе
iep-evaluation-kind-speech-language = Оценка речи и языка
iep-evaluation-kind-occupational-therapy = Оценка трудотерапевта
iep-evaluation-kind-physical-therapy = Оценка физиотерапевта
iep-evaluation-kind-audiological = Аудиологическая оценка (аудиограмма)
iep-evaluation-kind-ophthalmological = Офтальмологическая оценка
iep-evaluation-kind-orthopedic = Ортопедическая оценка
iep-evaluation-kind-neurological = Неврологическая оценка
iep-evaluation-kind-medical = Другая медицинская оценка
iep-evaluation-kind-adaptive-behavior-scale = Шкала адаптивного поведения
iep-evaluation-kind-functional-behavioral-assessment = Функциональная оценка поведения (FBA)
iep-evaluation-kind-vocational = Профессиональная оценка
iep-evaluation-kind-assistive-technology = Оценка потребности во вспомогательных технологиях
iep-evaluation-kind-bilingual = Двуязычная оценка
iep-evaluation-kind-psychiatric = Психиатрическая оценка
iep-evaluation-kind-independent = Независимая оценка, представленная родителем

## PresentLevels

iep-label-present-levels-accessible-program-required = Требуется доступная программа
iep-label-present-levels-areas = Сильные стороны и потребности по областям
iep-label-present-levels-ell-language-impact = Влияние языка (ELL)
iep-label-present-levels-needs = Перечень потребностей
iep-label-present-levels-parent-concerns = Опасения родителя
iep-label-present-levels-testing-accommodation-considerations = Соображения об особых условиях при тестировании

## AreaLevels

iep-label-area-levels-area = Область
iep-label-area-levels-needs = Потребности
iep-label-area-levels-strengths = Сильные стороны

## NeedArea

iep-need-area-reading = Чтение
iep-need-area-writing = Письмо
iep-need-area-math = Математика
iep-need-area-speech-language = Речь и язык
iep-need-area-social-emotional = Социально-эмоциональная сфера
iep-need-area-behavior = Поведение
iep-need-area-fine-motor = Мелкая моторика
iep-need-area-gross-motor = Крупная моторика
iep-need-area-adaptive-daily-living = Адаптивные навыки и повседневная жизнь
iep-need-area-transition = Переход во взрослую жизнь

## Need

iep-label-need-area = Область
iep-label-need-description = Потребность

## SpecialFactors

iep-label-special-factors-assistive-technology = Вспомогательные технологии
iep-label-special-factors-behavior = Поведение
iep-label-special-factors-ell = Изучающий английский язык
iep-label-special-factors-hearing = Глухота или слабослышание
iep-label-special-factors-vision = Слепота или нарушение зрения

## AtFactor

iep-label-at-factor-applies = Нуждается во вспомогательных технологиях
iep-label-at-factor-needs-device = Нуждается во вспомогательном устройстве (AT)
iep-label-at-factor-needs-service = Нуждается во вспомогательной услуге (AT)
iep-label-at-factor-training-for = Обучение необходимо для
iep-label-at-factor-used-outside-school = Устройство используется дома или в другом месте

## TrainingRecipient

iep-training-recipient-student = Учащийся
iep-training-recipient-parent = Родитель
iep-training-recipient-teacher = Учитель
iep-training-recipient-provider = Поставщик услуг

## BehaviorFactor

iep-label-behavior-factor-applies = Поведение мешает обучению
iep-label-behavior-factor-bip-on = Дата разработки BIP
iep-label-behavior-factor-fba-on = Дата проведения FBA
iep-label-behavior-factor-notes = Примечания

## EllFactor

iep-label-ell-factor-applies = Есть языковые потребности
iep-label-ell-factor-evaluated-bilingually = Оценка проведена на двух языках
iep-label-ell-factor-is-ell = Изучающий английский язык
iep-label-ell-factor-language-needs = Языковые потребности

## HearingFactor

iep-label-hearing-factor-applies = Глухота или слабослышание
iep-label-hearing-factor-communication-needs = Потребности в общении
iep-label-hearing-factor-language-of-instruction = Язык обучения
iep-label-hearing-factor-mode-of-communication = Язык и способ общения

## VisionFactor

iep-label-vision-factor-applies = Слепота или нарушение зрения
iep-label-vision-factor-braille-instruction = Обучение шрифту Брайля
iep-label-vision-factor-braille-not-appropriate-reason = Почему шрифт Брайля не подходит

## Postsecondary

iep-label-postsecondary-courses-of-study = Учебные курсы
iep-label-postsecondary-early-start = Причина раннего начала
iep-label-postsecondary-goals = Цели после окончания школы
iep-label-postsecondary-notes = Примечания о потребностях, связанных с переходом
iep-label-postsecondary-transition-needs = Другие потребности, связанные с переходом
iep-label-postsecondary-updated-on = Дата последнего обновления целей

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = У учащегося есть четкая цель
iep-early-transition-reason-needs-more-time = Учащемуся нужно больше времени
iep-early-transition-reason-parent-request = Об этом попросил родитель

## PostsecondaryGoal

iep-label-postsecondary-goal-area = Область
iep-label-postsecondary-goal-based-on = На основании
iep-label-postsecondary-goal-goal = Цель
iep-label-postsecondary-goal-student-preferences = Предпочтения и интересы учащегося

## PostsecondaryArea

iep-postsecondary-area-education-training = Образование и профессиональная подготовка
iep-postsecondary-area-employment = Трудоустройство
iep-postsecondary-area-independent-living = Самостоятельная жизнь

## TransitionAssessment

iep-transition-assessment-vocational = Профессиональная оценка (учащийся, родитель, учитель)
iep-transition-assessment-postsecondary-education-skills = Оценка навыков для продолжения образования после школы
iep-transition-assessment-interview = Беседа с учащимся или родителем
iep-transition-assessment-strength-based = Оценка на основе сильных сторон
iep-transition-assessment-teacher-observation = Наблюдение учителя

## TransitionNeed

iep-transition-need-community-travel-help = Помощь взрослого при передвижении в общественных местах
iep-transition-need-functional-academics = Функциональное обучение чтению и математике
iep-transition-need-self-advocacy = Навыки самозащиты своих интересов
iep-transition-need-public-transportation = Самостоятельное пользование общественным транспортом
iep-transition-need-independent-living = Навыки самостоятельной жизни
iep-transition-need-diploma-coursework = Курсы для получения обычного диплома
iep-transition-need-career-technical-courses = Курсы профессионально-технического образования

## AnnualGoals

iep-label-annual-goals-goals = Годовые цели

## AnnualGoal

iep-label-annual-goal-condition = Условие
iep-label-annual-goal-criterion = Критерий
iep-label-annual-goal-method = Способ измерения
iep-label-annual-goal-need-area = Область потребностей
iep-label-annual-goal-objective-kind = Краткосрочные задачи или контрольные показатели
iep-label-annual-goal-objectives = Шаги
iep-label-annual-goal-schedule = График измерения
iep-label-annual-goal-skill = Навык

## GoalMethod

iep-goal-method-observation = Наблюдение учителя или специалиста
iep-goal-method-work-samples = Образцы работ
iep-goal-method-curriculum-based-measurement = Измерение на основе учебной программы
iep-goal-method-teacher-tests = Тесты, составленные учителем
iep-goal-method-data-collection = Таблица данных или подсчет
iep-goal-method-rubric = Шкала оценивания (рубрика)
iep-goal-method-checklist = Контрольный список
iep-goal-method-standardized-assessment = Стандартизированная оценка
iep-goal-method-running-records = Записи чтения (running records)

## ObjectiveKind

iep-objective-kind-none = Нет
iep-objective-kind-short-term-objectives = Краткосрочные задачи
iep-objective-kind-benchmarks = Контрольные показатели

## Objective

iep-label-objective-by = Срок
iep-label-objective-text = Краткосрочная задача или контрольный показатель

## GoalSchedule

iep-goal-schedule-daily = Ежедневно
iep-goal-schedule-weekly = Еженедельно
iep-goal-schedule-biweekly = Раз в две недели
iep-goal-schedule-monthly = Ежемесячно
iep-goal-schedule-marking-period = Каждую учебную четверть (период выставления оценок)

## ProgressReporting

iep-label-progress-reporting-methods = Способ
iep-label-progress-reporting-times-per-year = Отчетов в год
iep-label-progress-reporting-with-report-cards = Вместе с табелями успеваемости

## ReportMethod

iep-report-method-written-report = Письменный отчет об успехах
iep-report-method-conference = Встреча родителя с учителем
iep-report-method-phone = Телефонный звонок
iep-report-method-email = Электронная почта

## ProgramsServices

iep-label-programs-services-assistive-technology = Вспомогательные технологические устройства и услуги
iep-label-programs-services-paraprofessionals = Помощники учителя (парапрофессионалы), назначенные по IEP
iep-label-programs-services-personnel-supports = Поддержка для школьного персонала
iep-label-programs-services-physical-education = Физкультура
iep-label-programs-services-programs = Программы специального образования
iep-label-programs-services-related-services = Сопутствующие услуги
iep-label-programs-services-supplementary-aids = Дополнительные вспомогательные средства и изменения программы

## AssistiveTech

iep-label-assistive-tech-assessment-on = Дата оценки потребности во вспомогательных технологиях
iep-label-assistive-tech-description = Описание
iep-label-assistive-tech-kind = Устройство или услуга
iep-label-assistive-tech-level = Простые или высокие технологии
iep-label-assistive-tech-used-in = Где используется

## AtKind

iep-at-kind-device = Устройство
iep-at-kind-service = Услуга

## TechLevel

iep-tech-level-low = Простые технологии (например, насадка на карандаш, наклонная доска)
iep-tech-level-high = Высокие технологии (например, планшет, преобразование речи в текст)

## UseSetting

iep-use-setting-classroom = Класс
iep-use-setting-home = Дом
iep-use-setting-other = Другое

## Paraprofessional

iep-label-paraprofessional-activities = Время и виды деятельности
iep-label-paraprofessional-bip-reviewed = Сначала пересмотрен BIP
iep-label-paraprofessional-para-type = Вид
iep-label-paraprofessional-progress-monitoring = Отслеживание успехов
iep-label-paraprofessional-purpose = Цель и необходимость
iep-label-paraprofessional-ratio = Соотношение
iep-label-paraprofessional-responsibilities = Обязанности
iep-label-paraprofessional-skilled-nursing-referral = Направление на квалифицированный сестринский уход оформлено
iep-label-paraprofessional-toileting = Пользование туалетом
iep-label-paraprofessional-unsafe-traveler-assessed-on = Дата оценки, признавшей самостоятельное передвижение небезопасным
iep-label-paraprofessional-urgent-care-condition = Указано состояние, требующее неотложной помощи

## ParaActivity

iep-para-activity-all-classes = Все уроки
iep-para-activity-academic-classes = Общеобразовательные уроки
iep-para-activity-related-services = Сопутствующие услуги
iep-para-activity-lunch = Обед
iep-para-activity-transitions = Переходы между уроками
iep-para-activity-arrival-dismissal = Приход в школу и уход из школы
iep-para-activity-field-trips = Экскурсии

## ParaType

iep-para-type-behavior-support = Поддержка поведения (управление кризисными ситуациями)
iep-para-type-health = Здоровье
iep-para-type-toileting = Пользование туалетом
iep-para-type-orientation-mobility = Ориентирование и мобильность

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = Общий (на нескольких учащихся)

## ToiletingMode

iep-toileting-mode-toilet-training = Приучение к туалету
iep-toileting-mode-toileting-assistance = Помощь в пользовании туалетом

## PersonnelSupport

iep-label-personnel-support-description = Описание
iep-label-personnel-support-kind = Поддержка
iep-label-personnel-support-provided-by = Кто предоставляет
iep-label-personnel-support-recipient = Для кого

## SupportKind

iep-support-kind-disability-information = Информация об инвалидности
iep-support-kind-behavior-training = Обучение методам позитивного поведенческого вмешательства
iep-support-kind-sign-language = Обучение жестовому языку
iep-support-kind-curriculum-modifications = Помощь в изменении учебной программы
iep-support-kind-assistive-technology-training = Обучение работе со вспомогательными технологиями учащегося
iep-support-kind-behavioral-consultation = Консультация по вопросам поведения
iep-support-kind-para-training = Обучение помощников учителя (здоровье, кормление, позиционирование…)
iep-support-kind-testing-accommodation-training = Обучение предоставлению особых условий при тестировании
iep-support-kind-other = Другое

## StaffRole

iep-staff-role-teacher = Учителя
iep-staff-role-paraprofessional = Помощник учителя (парапрофессионал)
iep-staff-role-provider = Специалисты по сопутствующим услугам
iep-staff-role-other-staff = Другие сотрудники школы

## PeDetermination

iep-pe-determination-regular = Обычная физкультура
iep-pe-determination-regular-with-equipment = Обычная физкультура со специальным оборудованием
iep-pe-determination-adapted = Адаптивная физкультура (APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = Инклюзивные услуги D75
iep-label-program-recommendation-delivery = В классе или вне класса
iep-label-program-recommendation-duration-minutes = Продолжительность
iep-label-program-recommendation-frequency = Частота
iep-label-program-recommendation-group = Индивидуально или в группе
iep-label-program-recommendation-group-size = Размер группы
iep-label-program-recommendation-language = Язык
iep-label-program-recommendation-location = Место
iep-label-program-recommendation-program = Программа
iep-label-program-recommendation-projected-start = Планируемое начало
iep-label-program-recommendation-ratio = Соотношение в классе
iep-label-program-recommendation-setting = Тип школы
iep-label-program-recommendation-subject = Предмет

## Delivery

iep-delivery-push-in = В классе (push-in)
iep-delivery-pull-out = Вне класса (pull-out)

## Period

iep-period-day = в день
iep-period-week = в неделю
iep-period-month = в месяц

## GroupKind

iep-group-kind-individual = Индивидуально
iep-group-kind-group = В группе

## ProgramKind

iep-program-kind-consultant-teacher = Учитель-консультант
iep-program-kind-setss = Услуги поддержки учителя специального образования (SETSS)
iep-program-kind-ict = Интегрированное совместное преподавание (ICT)
iep-program-kind-special-class = Специальный класс
iep-program-kind-travel-training = Обучение самостоятельным поездкам
iep-program-kind-adapted-physical-education = Адаптивная физкультура (APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1 (Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = Общеобразовательная школа (округа 1–32)
iep-class-setting-district-75 = Специализированная школа (округ 75)
iep-class-setting-non-public-school = Негосударственная школа, одобренная NYSED

## Subject

iep-subject-ela = Английский язык и литература (ELA)
iep-subject-math = Математика
iep-subject-science = Естественные науки
iep-subject-social-studies = Обществознание
iep-subject-world-language = Иностранный язык
iep-subject-career-technical = Профессионально-техническое образование
iep-subject-physical-education = Физкультура
iep-subject-all-subjects = Все предметы

## RelatedService

iep-label-related-service-delivery = В классе или вне класса
iep-label-related-service-duration-minutes = Продолжительность
iep-label-related-service-frequency = Частота
iep-label-related-service-group = Индивидуально или в группе
iep-label-related-service-group-size = Размер группы
iep-label-related-service-initial = Первоначальная рекомендация
iep-label-related-service-language = Язык
iep-label-related-service-location = Место
iep-label-related-service-other-service = Другая услуга
iep-label-related-service-prescription-received-on = Дата получения предписания врача
iep-label-related-service-projected-start = Планируемое начало
iep-label-related-service-separate-location = Отдельное помещение
iep-label-related-service-service = Услуга
iep-label-related-service-transition-service = Услуга по переходу во взрослую жизнь

## ServiceLocation

iep-service-location-general-education-classroom = Класс общего образования
iep-service-location-special-education-classroom = Класс специального образования
iep-service-location-separate-location = Отдельное помещение

## RelatedServiceType

iep-related-service-type-speech-language-therapy = Логопедическая терапия
iep-related-service-type-occupational-therapy = Трудотерапия (OT)
iep-related-service-type-physical-therapy = Физиотерапия (PT)
iep-related-service-type-counseling = Консультирование
iep-related-service-type-parent-counseling-and-training = Консультирование и обучение родителей
iep-related-service-type-assistive-technology-services = Услуги вспомогательных технологий
iep-related-service-type-audiological = Аудиологические услуги
iep-related-service-type-interpreting = Услуги перевода (для глухих и слабослышащих)
iep-related-service-type-orientation-mobility = Ориентирование и мобильность
iep-related-service-type-school-nurse = Услуги школьной медсестры
iep-related-service-type-vision-education = Услуги по обучению слабовидящих
iep-related-service-type-hearing-education = Услуги по обучению слабослышащих
iep-related-service-type-rehabilitation-counseling = Реабилитационное консультирование
iep-related-service-type-social-work = Школьная социальная работа
iep-related-service-type-other = Другая развивающая, коррекционная или поддерживающая услуга

## SupplementaryAid

iep-label-supplementary-aid-aid = Вспомогательное средство или изменение
iep-label-supplementary-aid-applies-in = Где и когда
iep-label-supplementary-aid-description = Описание
iep-label-supplementary-aid-projected-start = Планируемое начало

## AidKind

iep-aid-kind-note-taker = Помощник для ведения записей
iep-aid-kind-alternative-formats = Учебные материалы в альтернативных форматах
iep-aid-kind-extra-time-between-classes = Дополнительное время на переход между уроками
iep-aid-kind-special-seating = Особое место для сидения
iep-aid-kind-highlighted-work = Работы с выделением или цветовой кодировкой
iep-aid-kind-study-guides = Планы-конспекты для учебы
iep-aid-kind-study-carrel = Отдельная кабинка для занятий
iep-aid-kind-behavior-plan = План вмешательства в поведение
iep-aid-kind-extra-time-for-assignments = Дополнительное время на задания
iep-aid-kind-assignment-adaptations = Адаптация заданий
iep-aid-kind-extended-pacing = Более медленный темп обучения
iep-aid-kind-adapted-presentation = Адаптированная подача материала
iep-aid-kind-adapted-demonstration = Адаптированные способы показать усвоенное
iep-aid-kind-other = Другое

## TwelveMonth

iep-label-twelve-month-areas = Области
iep-label-twelve-month-basis = Рассмотрено, потому что
iep-label-twelve-month-details = Летняя программа и условия
iep-label-twelve-month-differs-from-school-year = Отличается от услуг в учебном году
iep-label-twelve-month-duration-minutes = Продолжительность летом
iep-label-twelve-month-frequency = Частота летом
iep-label-twelve-month-needed = Нужны услуги в течение 12 месяцев

## EsyBasis

iep-esy-basis-substantial-regression = Значительный регресс (на восстановление требуется 8 недель или больше)
iep-esy-basis-severe-multiple-disabilities = Тяжелые множественные нарушения
iep-esy-basis-residential = Программа с проживанием
iep-esy-basis-home-hospital = Обучение на дому или в больнице
iep-esy-basis-intensive-management-needs = Очень высокие потребности в организационной поддержке

## TestingAccommodations

iep-label-testing-accommodations-accommodations = Особые условия при тестировании
iep-label-testing-accommodations-none-recommended = Без особых условий при тестировании

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = Перерыв каждые
iep-label-testing-accommodation-break-minutes = Продолжительность перерыва
iep-label-testing-accommodation-category = Особое условие
iep-label-testing-accommodation-condition = Только для
iep-label-testing-accommodation-extended-time = Дополнительное время
iep-label-testing-accommodation-extra-direction-readings = Сколько раз дополнительно зачитываются инструкции
iep-label-testing-accommodation-group-size = Размер группы
iep-label-testing-accommodation-multiple-day-assurance-filed = Подано подтверждение для тестирования в течение нескольких дней
iep-label-testing-accommodation-read-mode = Кто или что зачитывает тесты
iep-label-testing-accommodation-read-scope = Объем зачитывания тестов
iep-label-testing-accommodation-setting = Условия проведения
iep-label-testing-accommodation-specification = Уточнение

## AccommodationCategory

iep-accommodation-category-extended-time = Дополнительное время
iep-accommodation-category-breaks = Перерывы
iep-accommodation-category-separate-setting = Отдельное место или помещение
iep-accommodation-category-directions-repeated = Инструкции зачитываются или передаются жестами дополнительно
iep-accommodation-category-tests-read = Зачитывание тестов
iep-accommodation-category-multiple-day = Проведение в течение нескольких дней
iep-accommodation-category-special-equipment = Специальное оборудование или мебель
iep-accommodation-category-scribe = Писец (записывает ответы за учащегося)
iep-accommodation-category-answers-in-booklet = Ответы записываются в буклет теста
iep-accommodation-category-calculator = Калькулятор
iep-accommodation-category-word-processor = Текстовый редактор
iep-accommodation-category-other = Другое

## TimeMultiplier

iep-time-multiplier-time-and-a-half = Полуторное время (1,5×)
iep-time-multiplier-double = Двойное время (2×)

## ReadMode

iep-read-mode-human-reader = Чтец
iep-read-mode-text-to-speech = Синтез речи (озвучивание текста)
iep-read-mode-audio-recording = Аудиозапись (mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = Кроме тестов на понимание прочитанного
iep-read-scope-including-reading-comprehension = Включая тесты на понимание прочитанного

## TestSetting

iep-test-setting-individual = Индивидуально
iep-test-setting-small-group = Малая группа

## TransitionActivities

iep-label-transition-activities-activities = Мероприятия
iep-label-transition-activities-functional-vocational-assessment-needed = Нужна функциональная профессиональная оценка

## TransitionActivity

iep-label-transition-activity-activity = Мероприятие
iep-label-transition-activity-area = Область
iep-label-transition-activity-outside-agency = Сторонняя организация
iep-label-transition-activity-parent-consent-to-invite = Родитель согласился пригласить организацию
iep-label-transition-activity-responsible = Ответственный (роль или организация)
iep-label-transition-activity-starts-on = Дата начала

## TransitionArea

iep-transition-area-instruction = Обучение
iep-transition-area-related-services = Сопутствующие услуги
iep-transition-area-community-experiences = Опыт жизни в обществе
iep-transition-area-employment-adult-living = Трудоустройство и другие цели взрослой жизни после школы
iep-transition-area-daily-living-skills = Приобретение навыков повседневной жизни
iep-transition-area-functional-vocational-assessment = Функциональная профессиональная оценка

## AssessmentParticipation

iep-label-assessment-participation-mode = Оценивание
iep-label-assessment-participation-severe-cognitive-disability = Тяжелое когнитивное нарушение
iep-label-assessment-participation-specialized-program = Узкоспециализированная программа
iep-label-assessment-participation-support-systems = Нужные системы поддержки
iep-label-assessment-participation-why-alternate = Почему подходит альтернативное оценивание
iep-label-assessment-participation-why-not-regular = Почему не подходит обычное оценивание

## AssessmentMode

iep-assessment-mode-standard = Оценивания штата и округа (с особыми условиями при тестировании, если они предусмотрены)
iep-assessment-mode-nysaa = Альтернативное оценивание штата Нью-Йорк (NYSAA)
iep-assessment-mode-district-alternate = Альтернативное оценивание округа (SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = Степень неучастия
iep-label-gen-ed-participation-full-participation = Участвует полностью
iep-label-gen-ed-participation-physical-education = Участие в физкультуре
iep-label-gen-ed-participation-removal-justification = Обоснование исключения из общего класса

## Placement

iep-label-placement-deferral-consent-on = Дата письменного согласия родителя на отсрочку
iep-label-placement-deferred = Зачисление отложено
iep-label-placement-health-treatment = Медицинские процедуры во время учебного дня
iep-label-placement-language-determination = Определение языка обучения (ELL)
iep-label-placement-language-of-instruction = Язык обучения
iep-label-placement-lote-exempt = Освобожден от требования об иностранном языке (LOTE)
iep-label-placement-medical-condition = Состояние здоровья влияет на учебу
iep-label-placement-other-options = Другие рассмотренные варианты
iep-label-placement-projected-initiation = Планируемое начало действия IEP
iep-label-placement-promotion-criteria = Критерии перевода в следующий класс
iep-label-placement-recommendation = Рекомендация о зачислении
iep-label-placement-special-transportation = Специальный транспорт
iep-label-placement-transportation-accommodations = Особые условия перевозки
iep-label-placement-transportation-reason = Причина предоставления транспорта

## LanguageDetermination

iep-language-determination-enl-only = Только английский как новый язык (ENL)
iep-language-determination-bilingual = Требуется двуязычное обучение

## OtherOption

iep-label-other-option-option = Вариант
iep-label-other-option-rejected-because = Почему отклонен

## PromotionCriteria

iep-promotion-criteria-standard = Стандартные
iep-promotion-criteria-modified = Измененные

## PlacementKind

iep-placement-kind-doe-non-specialized = Школа DOE Нью-Йорка, неспециализированная (округа 1–32)
iep-placement-kind-doe-specialized = Специализированная школа DOE Нью-Йорка (округ 75)
iep-placement-kind-nps-day = Негосударственная школа, одобренная NYSED, – дневная
iep-placement-kind-nps-residential = Негосударственная школа, одобренная NYSED, – с проживанием
iep-placement-kind-nps-placed-by-acs = Негосударственная школа, одобренная NYSED, – направление ACS
iep-placement-kind-state4201-day = Негосударственная школа при поддержке штата Нью-Йорк (4201) – дневная
iep-placement-kind-state4201-residential = Негосударственная школа при поддержке штата Нью-Йорк (4201) – с проживанием
iep-placement-kind-boces = Совет по совместным образовательным услугам (BOCES)
iep-placement-kind-charter-school = Чартерная школа
iep-placement-kind-home-hospital = Обучение на дому или в больнице

## TransportAccommodation

iep-transport-accommodation-door-to-door = Автобус от двери до двери
iep-transport-accommodation-paraprofessional = Помощник в транспорте (парапрофессионал)
iep-transport-accommodation-nursing = Медсестра в автобусе
iep-transport-accommodation-limited-travel-time = Ограниченное время в пути
iep-transport-accommodation-smaller-route = Маршрут с меньшим числом учащихся
iep-transport-accommodation-climate-control = Климат-контроль
iep-transport-accommodation-lift = Подъемник
iep-transport-accommodation-wheelchair = Условия для инвалидной коляски
iep-transport-accommodation-safety-vest = Защитный жилет или автокресло
iep-transport-accommodation-oxygen = Кислород
iep-transport-accommodation-ambulance = Скорая помощь

## Значения с числом или ответом «да/нет»

# $times: сколько раз (от 1 до 40).
iep-frequency-day = { $times ->
    [one] { $times } раз в день
    [few] { $times } раза в день
    [many] { $times } раз в день
   *[other] { $times } раза в день
}
# $times: сколько раз (от 1 до 40).
iep-frequency-week = { $times ->
    [one] { $times } раз в неделю
    [few] { $times } раза в неделю
    [many] { $times } раз в неделю
   *[other] { $times } раза в неделю
}
# $times: сколько раз (от 1 до 40).
iep-frequency-month = { $times ->
    [one] { $times } раз в месяц
    [few] { $times } раза в месяц
    [many] { $times } раз в месяц
   *[other] { $times } раза в месяц
}
# $count: число минут.
iep-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
# $count: сколько учащихся в группе.
iep-group-of = { $count ->
    [one] группа из { $count } учащегося
    [few] группа из { $count } учащихся
    [many] группа из { $count } учащихся
   *[other] группа из { $count } учащихся
}
# $count: сколько отчетов об успехах в год.
iep-times-per-year = { $count ->
    [one] { $count } раз в год
    [few] { $count } раза в год
    [many] { $count } раз в год
   *[other] { $count } раза в год
}
# $count: сколько раз (инструкции зачитываются повторно).
iep-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
}
iep-yes = Да
iep-no = Нет
iep-none-recorded = В этом разделе ничего не записано.
