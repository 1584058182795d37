### IEP Desk: документы для родителей, русский язык. Официальный стиль, обращение на «Вы».
### Те же сообщения, что в locales/en/documents.ftl; пояснения к ним — там.
### Имена подставляются без склонения: фразы построены так, чтобы имя стояло в именительном падеже.

## Даты

date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Элементы страницы

page-of = Страница { $page } из { $total }
page-header = Учащийся: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = Копия подготовлена { $date }
translation-legal-notice = Это перевод IEP. Юридическую силу имеет версия IEP на английском языке.
draft-notice = Проект: эта IEP не является окончательной и еще может быть изменена.
written-in-english = Написано командой IEP на английском языке
not-yet-written = Еще не заполнено.

## Формы

form-nysed-iep-2023-11 = Форма IEP штата Нью-Йорк (NYSED), редакция ноября 2023 г.

## Значения

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Подготовительный класс (Kindergarten)
grade-n = { $grade } класс
grade-ug = Без присвоенного класса
iep-version-value = Версия { $version }
iep-status-draft = Проект
iep-status-finalized = Окончательная
iep-status-amended = Изменена (заменена более новой IEP)
iep-amends-earlier = Эта IEP вносит изменения в предыдущую IEP.

## Названия языков

language-en = Английский
language-sq = Албанский
language-ar = Арабский
language-bn = Бенгальский (бангла)
language-zh-Hans = Китайский (упрощенное письмо)
language-zh-Hant = Китайский (традиционное письмо)
language-fr = Французский
language-ht = Гаитянский креольский
language-ko = Корейский
language-ru = Русский
language-es = Испанский
language-uk = Украинский
language-ur = Урду
language-uz = Узбекский
language-pl = Польский
language-yi = Идиш
language-ja = Японский
language-ne = Непальский
language-pa = Панджаби
language-tl = Тагальский
language-fuf = Пулар (фула)
language-wo = Волоф
language-asl = Американский жестовый язык

## IEP

iep-title = Индивидуализированная программа обучения (IEP)
section-identifying = Идентификационные сведения
field-student-name = Имя и фамилия учащегося
field-date-of-birth = Дата рождения
field-osis = Идентификационный номер учащегося (OSIS)
field-school = Школа (DBN)
field-grade = Класс
field-home-language = Язык, на котором говорят дома
field-parent-language = Предпочтительный язык родителя
field-iep-version = Версия IEP
field-iep-status = Статус IEP
field-finalized-on = Дата утверждения
field-amendment = Изменение
field-produced-on = Дата этой копии

section-present-levels = Текущий уровень успеваемости и индивидуальные потребности
plop-evaluation_results = Результаты оценки
plop-academic_achievement = Академическая успеваемость, функциональные навыки и особенности обучения
plop-social_development = Социальное развитие
plop-physical_development = Физическое развитие
plop-management_needs = Потребности в организационной поддержке
plop-effect_on_general_education = Влияние потребностей учащегося на участие и успехи в программе общего образования
plop-special_factor_needs = Потребности учащегося, связанные с особыми факторами

## Разделы на английском языке

section-english-parts = Разделы этой IEP на английском языке
english-parts-intro =
    { $count ->
        [one] Команда IEP написала { $count } раздел этой IEP на английском языке. В этой копии он не переведен:
        [few] Команда IEP написала { $count } раздела этой IEP на английском языке. В этой копии они не переведены:
        [many] Команда IEP написала { $count } разделов этой IEP на английском языке. В этой копии они не переведены:
       *[other] Команда IEP написала { $count } раздела этой IEP на английском языке. В этой копии они не переведены:
    }
english-parts-request = Вы имеете право бесплатно запросить перевод этих разделов на Ваш язык. Для этого обратитесь к контактному лицу ({ $contact }) или к координатору по языковому доступу в школе Вашего ребенка.
contact-phone = Телефон: { $phone }
contact-email = Эл. почта: { $email }
