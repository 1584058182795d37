### IEP Desk: документи для батьків, українська мова. Офіційний стиль, звертання на «Ви».
### Ті самі повідомлення, що в locales/en/documents.ftl; пояснення до них — там.
### Імена підставляються без відмінювання: фрази побудовано так, щоб ім’я стояло в називному відмінку.

## Дати

date = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Елементи сторінки

page-of = Сторінка { $page } з { $total }
page-header = Учень: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = Копію підготовлено { $date }
translation-legal-notice = Це переклад IEP. Юридичну силу має версія IEP англійською мовою.
draft-notice = Проєкт: ця IEP не є остаточною і ще може бути змінена.
written-in-english = Написано командою IEP англійською мовою
not-yet-written = Ще не заповнено.

## Форми

form-nysed-iep-2023-11 = Форма IEP штату Нью-Йорк (NYSED), редакція листопада 2023 р.

## Значення

person-name = { $first } { $last }
grade-3k = 3-K
grade-pk = Pre-K
grade-k = Підготовчий клас (Kindergarten)
grade-n = { $grade } клас
grade-ug = Без присвоєного класу
iep-version-value = Версія { $version }
iep-status-draft = Проєкт
iep-status-finalized = Остаточна
iep-status-amended = Змінена (замінена новішою IEP)
iep-amends-earlier = Ця IEP вносить зміни до попередньої IEP.

## Назви мов

language-en = Англійська
language-sq = Албанська
language-ar = Арабська
language-bn = Бенгальська (бангла)
language-zh-Hans = Китайська (спрощене письмо)
language-zh-Hant = Китайська (традиційне письмо)
language-fr = Французька
language-ht = Гаїтянська креольська
language-ko = Корейська
language-ru = Російська
language-es = Іспанська
language-uk = Українська
language-ur = Урду
language-uz = Узбецька
language-pl = Польська
language-yi = Їдиш
language-ja = Японська
language-ne = Непальська
language-pa = Панджабі
language-tl = Тагальська
language-fuf = Пулар (фула)
language-wo = Волоф
language-asl = Американська мова жестів

## IEP

iep-title = Індивідуальна програма навчання (IEP)
section-identifying = Ідентифікаційні дані
field-student-name = Ім’я та прізвище учня
field-date-of-birth = Дата народження
field-osis = Ідентифікаційний номер учня (OSIS)
field-school = Школа (DBN)
field-grade = Клас
field-home-language = Мова, якою розмовляють удома
field-parent-language = Мова, якій надають перевагу батьки
field-iep-version = Версія IEP
field-iep-status = Статус IEP
field-finalized-on = Дата затвердження
field-amendment = Зміна
field-produced-on = Дата цієї копії

section-present-levels = Поточний рівень успішності та індивідуальні потреби
plop-evaluation_results = Результати оцінювання
plop-academic_achievement = Академічна успішність, функціональні навички та особливості навчання
plop-social_development = Соціальний розвиток
plop-physical_development = Фізичний розвиток
plop-management_needs = Потреби в організаційній підтримці
plop-effect_on_general_education = Вплив потреб учня на участь і поступ у програмі загальної освіти
plop-special_factor_needs = Потреби учня, пов’язані з особливими чинниками

## Розділи англійською мовою

section-english-parts = Розділи цієї IEP англійською мовою
english-parts-intro =
    { $count ->
        [one] Команда IEP написала { $count } розділ цієї IEP англійською мовою. У цій копії його не перекладено:
        [few] Команда IEP написала { $count } розділи цієї IEP англійською мовою. У цій копії їх не перекладено:
        [many] Команда IEP написала { $count } розділів цієї IEP англійською мовою. У цій копії їх не перекладено:
       *[other] Команда IEP написала { $count } розділу цієї IEP англійською мовою. У цій копії їх не перекладено:
    }
english-parts-request = Ви маєте право безкоштовно попросити переклад цих розділів Вашою мовою. Для цього зверніться до контактної особи ({ $contact }) або до координатора з мовного доступу у школі Вашої дитини.
contact-phone = Телефон: { $phone }
contact-email = Ел. пошта: { $email }
