# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = ہجوں کی اقسام کو استعمال کرتے ہوئے کئی ہجوں والے الفاظ کو آوازیں جوڑ کر پڑھے گا
goal-read-decode-multisyllabic-condition = جماعت کی سطح کے 20 نامانوس کئی ہجوں والے الفاظ کی فہرست دیے جانے پر
goal-read-decode-multisyllabic-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-read-decode-multisyllabic-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-read-decode-multisyllabic-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-read-fluency-wcpm-skill = جماعت کی سطح کی عبارت بلند آواز سے 110 درست الفاظ فی منٹ کی رفتار سے پڑھے گا
goal-read-fluency-wcpm-condition = جماعت کی سطح کی ایسی عبارت دیے جانے پر جس کی پہلے مشق نہ کی گئی ہو
goal-read-fluency-wcpm-criterion = مسلسل 3 ہفتہ وار مختصر ٹیسٹوں میں

goal-read-main-idea-skill = مرکزی خیال اور اس کی تائید کرنے والی دو تفصیلات بیان کرے گا
goal-read-main-idea-condition = جماعت کی سطح کا معلوماتی متن اور گرافک آرگنائزر دیے جانے پر
goal-read-main-idea-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-read-main-idea-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-read-main-idea-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-read-inference-skill = ایک نتیجہ اخذ کرے گا اور اس کی تائید میں متن سے ایک ثبوت پیش کرے گا
goal-read-inference-condition = جماعت کی سطح کی ادبی عبارت پڑھنے کے بعد
goal-read-inference-criterion = 5 میں سے 4 کوششوں میں 75% درستگی کے ساتھ
goal-read-inference-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 55% درستگی کے ساتھ
goal-read-inference-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 65% درستگی کے ساتھ

goal-read-sight-words-skill = کثرت سے استعمال ہونے والے الفاظ فوراً پڑھے گا (ہر لفظ 3 سیکنڈ کے اندر)
goal-read-sight-words-condition = جماعت کی سطح کے کثرت سے استعمال ہونے والے 50 الفاظ کی فہرست دیے جانے پر
goal-read-sight-words-criterion = مسلسل 3 مختصر ٹیسٹوں میں 50 میں سے 45 الفاظ درست پڑھ کر

goal-read-phonemic-blend-skill = 3 سے 4 آوازوں والے بولے گئے الفاظ کی آوازیں ملا کر لفظ بنائے گا اور لفظ کو اس کی آوازوں میں تقسیم کرے گا
goal-read-phonemic-blend-condition = زبانی طور پر الفاظ سنائے جانے پر
goal-read-phonemic-blend-criterion = مسلسل 3 سیشنز میں 90% درستگی کے ساتھ
goal-read-phonemic-blend-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 70% درستگی کے ساتھ
goal-read-phonemic-blend-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 80% درستگی کے ساتھ

goal-read-summarize-skill = جماعت کی سطح کے متن کا خلاصہ لکھے گا جس میں اہم واقعات ترتیب وار شامل ہوں
goal-read-summarize-condition = جماعت کی سطح کی عبارت خود پڑھنے کے بعد
goal-read-summarize-criterion = 5 میں سے 4 کوششوں میں خلاصے کے روبرک پر 4 میں سے 3 نمبر حاصل کر کے

goal-read-vocabulary-context-skill = سیاق و سباق کے اشاروں کی مدد سے نامعلوم الفاظ کا مطلب معلوم کرے گا
goal-read-vocabulary-context-condition = جماعت کی سطح کی ایسی عبارت دیے جانے پر جس میں 5 نامانوس الفاظ کے نیچے لکیر لگی ہو
goal-read-vocabulary-context-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-read-vocabulary-context-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-read-vocabulary-context-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-read-text-structure-skill = متن کی ساخت کی نشاندہی کرے گا (ترتیب، موازنہ اور فرق، سبب اور نتیجہ، مسئلہ اور حل)
goal-read-text-structure-condition = مختصر معلوماتی عبارتیں دیے جانے پر
goal-read-text-structure-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-read-text-structure-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-read-text-structure-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-read-answer-wh-skill = کسی عبارت کے بارے میں کون، کیا، کہاں، کب اور کیوں والے سوالات کے جواب دے گا
goal-read-answer-wh-condition = تدریسی سطح کی عبارت سننے یا پڑھنے کے بعد
goal-read-answer-wh-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-read-answer-wh-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-read-answer-wh-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-read-retell-skill = کہانی کو کرداروں، ماحول (جگہ اور وقت)، مسئلے اور حل سمیت دوبارہ سنائے گا
goal-read-retell-condition = تدریسی سطح کی کہانی پڑھنے کے بعد
goal-read-retell-criterion = 5 میں سے 4 بار دوبارہ سنانے میں کہانی کے 4 میں سے 4 عناصر شامل کر کے

goal-read-comprehension-monitor-skill = جب مطلب سمجھ میں نہ آئے تو سمجھ بحال کرنے کی کوئی حکمت عملی استعمال کرے گا (دوبارہ پڑھنا، آگے پڑھنا، سوال پوچھنا)
goal-read-comprehension-monitor-condition = جماعت کی سطح کا متن پڑھتے ہوئے
goal-read-comprehension-monitor-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-read-compare-texts-skill = وین ڈایاگرام کی مدد سے ایک ہی موضوع پر دو متون کی مماثلتیں اور فرق بیان کرے گا
goal-read-compare-texts-condition = ایک ہی موضوع پر جماعت کی سطح کے دو متون دیے جانے پر
goal-read-compare-texts-criterion = 5 میں سے 4 کوششوں میں 3 مماثلتیں اور 3 فرق درج کر کے

goal-read-reading-level-skill = تدریسی سطح کا متن 95% الفاظ کی درستگی کے ساتھ پڑھے گا اور فہم کے سوالات کے جواب دے گا
goal-read-reading-level-condition = سطح کے لحاظ سے درجہ بند متون دیے جانے پر
goal-read-reading-level-criterion = پڑھائی کے ریکارڈ کے مطابق پڑھائی کی 2 سطحیں آگے بڑھ کر

goal-read-functional-signs-skill = کمیونٹی میں روزمرہ استعمال کے سائن بورڈ اور لیبل پڑھے گا
goal-read-functional-signs-condition = کمیونٹی کے سائن بورڈز اور مصنوعات کے لیبلز کی 20 تصاویر دیے جانے پر
goal-read-functional-signs-criterion = مسلسل 3 سیشنز میں 20 میں سے 18 درست پڑھ کر

goal-read-author-purpose-skill = مصنف کے مقصد اور نقطہ نظر کی نشاندہی کرے گا
goal-read-author-purpose-condition = جماعت کی سطح کا معلوماتی یا قائل کرنے والا متن دیے جانے پر
goal-read-author-purpose-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-read-author-purpose-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-read-author-purpose-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

## writing

goal-writ-paragraph-skill = ایک پیراگراف لکھے گا جس میں موضوعی جملہ، تین معاون تفصیلات اور اختتامی جملہ ہو
goal-writ-paragraph-condition = تحریری موضوع اور پیراگراف کی منصوبہ بندی کا خاکہ دیے جانے پر
goal-writ-paragraph-criterion = 5 میں سے 4 تحریری نمونوں میں پیراگراف کے روبرک پر 4 میں سے 3 نمبر حاصل کر کے

goal-writ-argument-essay-skill = ایک دلیلی مضمون لکھے گا جس میں ایک دعویٰ، ثبوت کے ساتھ دو وجوہات اور اختتامیہ ہو
goal-writ-argument-essay-condition = تحریری موضوع اور منصوبہ بندی کی چیک لسٹ دیے جانے پر
goal-writ-argument-essay-criterion = مسلسل 3 مضامین میں روبرک پر 4 میں سے 3 نمبر حاصل کر کے

goal-writ-capitalization-punctuation-skill = بڑے حروف (کیپیٹل) اور جملے کے آخر کی علامات اوقاف درست استعمال کرے گا
goal-writ-capitalization-punctuation-condition = خود سے پانچ یا زیادہ جملے لکھتے وقت
goal-writ-capitalization-punctuation-criterion = 5 میں سے 4 تحریری نمونوں میں 90% درستگی کے ساتھ
goal-writ-capitalization-punctuation-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 تحریری نمونوں میں 70% درستگی کے ساتھ
goal-writ-capitalization-punctuation-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 تحریری نمونوں میں 80% درستگی کے ساتھ

goal-writ-spelling-patterns-skill = پڑھائے گئے ہجوں کے نمونوں والے الفاظ کے ہجے درست لکھے گا
goal-writ-spelling-patterns-condition = پڑھائے گئے نمونوں والے 20 الفاظ کی فہرست لکھوائے جانے پر
goal-writ-spelling-patterns-criterion = مسلسل 3 ہفتہ وار ٹیسٹوں میں 85% نمبر حاصل کر کے
goal-writ-spelling-patterns-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 ہفتہ وار ٹیسٹوں میں 65% نمبر حاصل کر کے
goal-writ-spelling-patterns-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 ہفتہ وار ٹیسٹوں میں 75% نمبر حاصل کر کے

goal-writ-sentence-complete-skill = فاعل (مسند الیہ) اور خبر (مسند) والے مکمل جملے لکھے گا
goal-writ-sentence-complete-condition = تصویر یا موضوع دیے جانے پر
goal-writ-sentence-complete-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-writ-sentence-complete-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-writ-sentence-complete-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-writ-narrative-skill = ربط کے الفاظ استعمال کرتے ہوئے آغاز، درمیان اور اختتام والی بیانیہ تحریر لکھے گا
goal-writ-narrative-condition = ذاتی تجربے کے بیان کا موضوع اور کہانی کا نقشہ دیے جانے پر
goal-writ-narrative-criterion = 4 میں سے 3 تحریری نمونوں میں بیانیہ روبرک پر 4 میں سے 3 نمبر حاصل کر کے

goal-writ-edit-checklist-skill = چیک لسٹ کی مدد سے مسودے میں ہجے، بڑے حروف اور علامات اوقاف کی درستی کرے گا
goal-writ-edit-checklist-condition = اپنی تحریر کا پہلا مسودہ دیے جانے پر
goal-writ-edit-checklist-criterion = 5 میں سے 4 مسودوں میں 5 میں سے 4 غلطیاں درست کر کے

goal-writ-transitions-skill = خیالات کو جوڑنے کے لیے کم از کم تین مختلف ربط کے الفاظ استعمال کرے گا
goal-writ-transitions-condition = کئی پیراگراف پر مشتمل جواب لکھتے وقت
goal-writ-transitions-criterion = 5 میں سے 4 تحریری نمونوں میں

goal-writ-research-notes-skill = دو ذرائع سے نوٹس لے گا اور ہر ذریعے کا حوالہ دے گا
goal-writ-research-notes-condition = تحقیقی سوال اور جماعت کی سطح کے دو ذرائع دیے جانے پر
goal-writ-research-notes-criterion = 5 میں سے 4 کوششوں میں ذرائع کے ساتھ 5 متعلقہ حقائق درج کر کے

goal-writ-typing-skill = 90% درستگی کے ساتھ 20 الفاظ فی منٹ کی رفتار سے ٹائپ کرے گا
goal-writ-typing-condition = کی بورڈ اور ٹائپنگ پروگرام استعمال کرتے ہوئے
goal-writ-typing-criterion = مقررہ وقت والے مسلسل 3 ٹیسٹوں میں

goal-writ-dictation-tool-skill = آواز سے متن بنانے والا سافٹ ویئر استعمال کر کے پیراگراف کا مسودہ لکھے گا اور پھر اس پر نظرثانی کرے گا
goal-writ-dictation-tool-condition = تحریری کام اور آواز سے متن بنانے والا سافٹ ویئر دیے جانے پر
goal-writ-dictation-tool-criterion = 5 میں سے 4 کوششوں میں 5 جملوں کا پیراگراف تیار کر کے

goal-writ-functional-forms-skill = ذاتی معلومات کا فارم پُر کرے گا (نام، پتہ، فون، تاریخ پیدائش، ہنگامی رابطہ)
goal-writ-functional-forms-condition = ملازمت یا اسکول کا درخواست فارم دیے جانے پر
goal-writ-functional-forms-criterion = مسلسل 3 کوششوں میں 5 میں سے 5 خانے درست پُر کر کے

goal-writ-constructed-response-skill = RACE حکمت عملی (سوال دہرانا، جواب دینا، متن سے حوالہ دینا، وضاحت کرنا) استعمال کرتے ہوئے متن پر مبنی سوال کا جواب دے گا
goal-writ-constructed-response-condition = جماعت کی سطح کی عبارت اور سوال دیے جانے پر
goal-writ-constructed-response-criterion = 5 میں سے 4 جوابات میں 4 میں سے 4 حصے شامل کر کے

goal-writ-handwriting-legible-skill = لکیر دار کاغذ پر حروف کے درست سائز اور فاصلے کے ساتھ صاف اور پڑھنے کے قابل لکھے گا
goal-writ-handwriting-legible-condition = 3 جملوں کی عبارت نقل کرتے وقت
goal-writ-handwriting-legible-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-writ-handwriting-legible-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-writ-handwriting-legible-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-writ-expand-sentences-skill = کون، کیا، کب، کہاں اور کیوں کی تفصیلات شامل کر کے سادہ جملوں کو بڑھائے گا
goal-writ-expand-sentences-condition = ایک سادہ جملہ دیے جانے پر
goal-writ-expand-sentences-criterion = 5 میں سے 4 کوششوں میں 2 تفصیلات شامل کر کے

goal-writ-informational-essay-skill = معلوماتی مضمون لکھے گا جس میں تعارف، حقائق پر مبنی دو مرکزی پیراگراف اور اختتامیہ ہو
goal-writ-informational-essay-condition = موضوع، ذرائع اور گرافک آرگنائزر دیے جانے پر
goal-writ-informational-essay-criterion = 4 میں سے 3 مضامین میں روبرک پر 4 میں سے 3 نمبر حاصل کر کے

## math

goal-math-addition-regroup-skill = دو اور تین ہندسوں والے اعداد کو حاصل (ری گروپنگ) کے ساتھ جمع کرے گا
goal-math-addition-regroup-condition = جمع کے 10 سوالات دیے جانے پر
goal-math-addition-regroup-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-addition-regroup-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-addition-regroup-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-subtraction-regroup-skill = دو اور تین ہندسوں والے اعداد کو ادھار (ری گروپنگ) کے ساتھ تفریق کرے گا
goal-math-subtraction-regroup-condition = تفریق کے 10 سوالات دیے جانے پر
goal-math-subtraction-regroup-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-subtraction-regroup-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-subtraction-regroup-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-multiplication-facts-skill = 0 سے 10 تک ضرب کے پہاڑے یادداشت سے بتائے گا
goal-math-multiplication-facts-condition = 50 سوالات پر مشتمل 2 منٹ کا مقررہ وقت والا مختصر ٹیسٹ دیے جانے پر
goal-math-multiplication-facts-criterion = مسلسل 3 مختصر ٹیسٹوں میں 50 میں سے 40 کے درست جواب دے کر

goal-math-word-problems-skill = عمل کی شناخت کر کے اور حل کے مراحل دکھا کر ایک اور دو مراحل والے عبارتی سوالات حل کرے گا
goal-math-word-problems-condition = جماعت کی سطح کے 5 عبارتی سوالات دیے جانے پر، جو ضرورت کے مطابق بلند آواز سے پڑھ کر سنائے جائیں
goal-math-word-problems-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-word-problems-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-word-problems-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-fractions-compare-skill = ماڈلز یا مشترک نسب نما کی مدد سے مختلف نسب نما والی کسروں کا موازنہ کرے گا
goal-math-fractions-compare-condition = کسروں کے 10 جوڑے دیے جانے پر
goal-math-fractions-compare-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-fractions-compare-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-fractions-compare-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-linear-equations-skill = ایک متغیر والی کئی مراحل کی خطی مساواتیں حل کرے گا
goal-math-linear-equations-condition = 10 مساواتیں اور مراحل کی چیک لسٹ دیے جانے پر
goal-math-linear-equations-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-linear-equations-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-linear-equations-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-money-count-skill = 20.00 ڈالر تک کے ملے جلے سکے اور نوٹ گنے گا
goal-math-money-count-condition = سکوں اور نوٹوں کا ایک مجموعہ دیے جانے پر
goal-math-money-count-criterion = مسلسل 3 سیشنز میں 90% درستگی کے ساتھ
goal-math-money-count-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 70% درستگی کے ساتھ
goal-math-money-count-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 80% درستگی کے ساتھ

goal-math-make-change-skill = 20.00 ڈالر تک کی خریداری پر واپس ملنے والی بقایا رقم کا حساب لگائے گا
goal-math-make-change-condition = قیمت کا ٹیگ اور ادا کی گئی رقم دیے جانے پر
goal-math-make-change-criterion = 3 سیشنز کے دوران 10 میں سے 8 کوششوں میں

goal-math-time-tell-skill = سوئیوں والی گھڑی پر قریب ترین پانچ منٹ تک وقت بتائے گا
goal-math-time-tell-condition = گھڑی کے 10 ڈائل دیے جانے پر
goal-math-time-tell-criterion = مسلسل 3 سیشنز میں 90% درستگی کے ساتھ
goal-math-time-tell-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 70% درستگی کے ساتھ
goal-math-time-tell-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 80% درستگی کے ساتھ

goal-math-place-value-skill = 1,000 تک کے اعداد میں ہر ہندسے کی مقامی قیمت کی نشاندہی کرے گا
goal-math-place-value-condition = تین ہندسوں والے 10 اعداد دیے جانے پر
goal-math-place-value-criterion = 5 میں سے 4 کوششوں میں 85% درستگی کے ساتھ
goal-math-place-value-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 65% درستگی کے ساتھ
goal-math-place-value-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 75% درستگی کے ساتھ

goal-math-measurement-skill = اشیاء کی پیمائش قریب ترین چوتھائی انچ اور قریب ترین سینٹی میٹر تک کرے گا
goal-math-measurement-condition = ایک پیمانہ (رولر) اور 10 اشیاء دیے جانے پر
goal-math-measurement-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-measurement-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-measurement-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-graphs-skill = سوالات کے جواب دینے کے لیے بار گراف اور لائن گراف پڑھے گا اور ان کی تشریح کرے گا
goal-math-graphs-condition = ایک گراف اور 5 سوالات دیے جانے پر
goal-math-graphs-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-graphs-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-graphs-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-ratios-skill = جدولوں یا ٹیپ ڈایاگرام کی مدد سے تناسب اور شرح کے سوالات حل کرے گا
goal-math-ratios-condition = حقیقی زندگی سے متعلق تناسب کے 5 سوالات دیے جانے پر
goal-math-ratios-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-ratios-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-ratios-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-calculator-use-skill = کیلکولیٹر استعمال کر کے کئی مراحل والے سوالات حل کرے گا اور جانچے گا کہ جواب معقول ہے یا نہیں
goal-math-calculator-use-condition = 10 سوالات اور ایک کیلکولیٹر دیے جانے پر
goal-math-calculator-use-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-calculator-use-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-calculator-use-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-math-budget-skill = آمدنی اور اخراجات کی فہرست کے ساتھ ہفتہ وار بجٹ بنائے گا اور بقایا رقم کا حساب لگائے گا
goal-math-budget-condition = تنخواہ کی رسید اور اخراجات کی فہرست دیے جانے پر
goal-math-budget-criterion = 4 میں سے 3 کوششوں میں زیادہ سے زیادہ 1 غلطی کے ساتھ

goal-math-number-line-skill = عدد کی لکیر پر صحیح اعداد اور اعشاری اعداد کا مقام معلوم کرے گا اور انہیں ترتیب دے گا
goal-math-number-line-condition = 10 اعداد اور عدد کی لکیر دیے جانے پر
goal-math-number-line-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-math-number-line-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-math-number-line-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

## speech_language

goal-spl-articulation-r-skill = الفاظ اور جملوں میں /r/ کی آواز درست ادا کرے گا
goal-spl-articulation-r-condition = منظم گفتاری سرگرمیوں کے دوران
goal-spl-articulation-r-criterion = مسلسل 3 سیشنز میں 80% درستگی کے ساتھ
goal-spl-articulation-r-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 60% درستگی کے ساتھ
goal-spl-articulation-r-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 70% درستگی کے ساتھ

goal-spl-articulation-s-skill = گفتگو میں /s/ اور /z/ کی آوازیں درست ادا کرے گا
goal-spl-articulation-s-condition = خدمت فراہم کرنے والے کے ساتھ 5 منٹ کی گفتگو کے دوران
goal-spl-articulation-s-criterion = مسلسل 3 سیشنز میں 80% درستگی کے ساتھ
goal-spl-articulation-s-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 60% درستگی کے ساتھ
goal-spl-articulation-s-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 70% درستگی کے ساتھ

goal-spl-following-directions-skill = دو مراحل والی ایسی ہدایات پر عمل کرے گا جن میں بنیادی تصورات (پہلے، بعد میں، سب سے پہلے، سب سے آخر میں) شامل ہوں
goal-spl-following-directions-condition = بصری اشاروں کے بغیر زبانی ہدایات دیے جانے پر
goal-spl-following-directions-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-spl-following-directions-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-spl-following-directions-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-spl-vocabulary-categories-skill = کسی زمرے کی کم از کم 5 چیزوں کے نام بتائے گا اور وضاحت کرے گا کہ ان کا آپس میں کیا تعلق ہے
goal-spl-vocabulary-categories-condition = کسی زمرے کا نام دیے جانے پر
goal-spl-vocabulary-categories-criterion = 5 میں سے 4 کوششوں میں

goal-spl-wh-questions-skill = ایک مختصر کہانی کے بارے میں سوالیہ الفاظ (کون، کیا، کہاں، کب، کیوں) والے سوالات کے جواب دے گا
goal-spl-wh-questions-condition = بلند آواز سے پڑھی گئی مختصر کہانی سننے کے بعد
goal-spl-wh-questions-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-spl-wh-questions-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-spl-wh-questions-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-spl-sentence-length-skill = درست قواعد کے ساتھ 6 یا زیادہ الفاظ کے مکمل جملے استعمال کرے گا
goal-spl-sentence-length-condition = کسی تصویر یا واقعے کو بیان کرتے وقت
goal-spl-sentence-length-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-spl-sentence-length-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-spl-sentence-length-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-spl-narrative-retell-skill = وقت ظاہر کرنے والے الفاظ (پہلے، اس کے بعد، پھر، آخر میں) استعمال کرتے ہوئے کوئی ذاتی واقعہ ترتیب سے سنائے گا
goal-spl-narrative-retell-condition = کسی حالیہ واقعے کے بارے میں پوچھے جانے پر
goal-spl-narrative-retell-criterion = 5 میں سے 4 کوششوں میں 4 واقعات ترتیب سے شامل کر کے

goal-spl-conversation-turns-skill = گفتگو کی 4 باریوں تک ایک ہی موضوع پر قائم رہے گا
goal-spl-conversation-turns-condition = کسی ہم جماعت کے ساتھ گفتگو کے دوران
goal-spl-conversation-turns-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-spl-fluency-strategy-skill = روانی سے بولنے کے لیے روانی کی کوئی حکمت عملی (آسان آغاز، آہستہ رفتار) استعمال کرے گا
goal-spl-fluency-strategy-condition = منظم گفتگو کے دوران
goal-spl-fluency-strategy-criterion = مسلسل 3 سیشنز کے دوران 90% ہجے روانی سے ادا کر کے
goal-spl-fluency-strategy-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز کے دوران 70% ہجے روانی سے ادا کر کے
goal-spl-fluency-strategy-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز کے دوران 80% ہجے روانی سے ادا کر کے

goal-spl-aac-requests-skill = درخواست کرنے اور اپنی بات کہنے کے لیے رابطے کا معاون آلہ استعمال کرے گا
goal-spl-aac-requests-condition = کلاس روم کے معمولات کے دوران
goal-spl-aac-requests-criterion = مسلسل 3 دنوں تک 30 منٹ کے دورانیے میں 10 بار

goal-spl-figurative-language-skill = محاوروں اور مجازی تاثرات کا مطلب واضح کرے گا
goal-spl-figurative-language-condition = جملوں کے سیاق و سباق میں 10 محاورے دیے جانے پر
goal-spl-figurative-language-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-spl-figurative-language-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-spl-figurative-language-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-spl-clarification-skill = جب کوئی ہدایت یا پیغام سمجھ میں نہ آئے تو وضاحت طلب کرے گا
goal-spl-clarification-condition = کلاس میں تدریس کے دوران
goal-spl-clarification-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-spl-describe-attributes-skill = کسی چیز کو 3 خصوصیات (سائز، رنگ، کام، حصے) کے ذریعے بیان کرے گا
goal-spl-describe-attributes-condition = کوئی تصویر یا حقیقی چیز دیے جانے پر
goal-spl-describe-attributes-criterion = 5 میں سے 4 کوششوں میں

goal-spl-pronouns-skill = جملوں میں فاعلی اور مفعولی ضمائر درست استعمال کرے گا
goal-spl-pronouns-condition = منظم لسانی سرگرمیوں کے دوران
goal-spl-pronouns-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-spl-pronouns-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-spl-pronouns-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-spl-voice-volume-skill = ماحول کے مطابق آواز کی مناسب بلندی استعمال کرے گا
goal-spl-voice-volume-condition = کلاس روم اور راہداری کے معمولات کے دوران
goal-spl-voice-volume-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-spl-self-advocacy-speech-skill = کسی نئے بالغ کو اپنی رابطے کی ضروریات اور درکار معاونت کی وضاحت کرے گا
goal-spl-self-advocacy-speech-condition = کردار ادا کرنے کی مشق یا حقیقی میٹنگ میں
goal-spl-self-advocacy-speech-criterion = 4 میں سے 3 کوششوں میں 2 ضروریات اور 2 معاونتوں کے نام بتا کر

## social_emotional

goal-soc-identify-feelings-skill = جذبات کے پیمانے کی مدد سے اپنے جذبات کی نشاندہی کرے گا اور ان کی شدت کا درجہ بتائے گا
goal-soc-identify-feelings-condition = اسکول کے دن کے دوران پریشان ہونے پر
goal-soc-identify-feelings-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-soc-coping-strategy-skill = پرسکون ہونے کے لیے کوئی حکمت عملی (گہری سانس لینا، وقفے کا کارڈ، گنتی) استعمال کرے گا
goal-soc-coping-strategy-condition = جھنجھلاہٹ یا بے چینی محسوس کرنے پر
goal-soc-coping-strategy-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-soc-peer-initiation-skill = کسی ہم جماعت کے ساتھ میل جول میں پہل کرے گا
goal-soc-peer-initiation-condition = غیر منظم اوقات (دوپہر کا کھانا، تفریح کا وقفہ) کے دوران
goal-soc-peer-initiation-criterion = 5 میں سے 4 دنوں میں روزانہ 3 بار

goal-soc-perspective-taking-skill = بتائے گا کہ کسی دی گئی صورت حال میں دوسرا شخص کیا محسوس کر سکتا ہے اور کیوں
goal-soc-perspective-taking-condition = سماجی صورت حال کی مثالیں دیے جانے پر
goal-soc-perspective-taking-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-soc-perspective-taking-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-soc-perspective-taking-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-soc-conflict-resolution-skill = کسی ہم جماعت کے ساتھ تنازعہ حل کرنے کے لیے مسئلہ حل کرنے کا 4 مراحل والا منصوبہ استعمال کرے گا
goal-soc-conflict-resolution-condition = ہم جماعتوں کے ساتھ تنازعات کے دوران
goal-soc-conflict-resolution-criterion = مشاہدہ کیے گئے 4 میں سے 3 مواقع پر

goal-soc-accept-feedback-skill = کسی بالغ کی اصلاحی رائے بحث کیے بغیر قبول کرے گا
goal-soc-accept-feedback-condition = اصلاحی رائے دیے جانے پر
goal-soc-accept-feedback-criterion = مسلسل 4 ہفتوں کے دوران 80% مواقع پر
goal-soc-accept-feedback-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% مواقع پر
goal-soc-accept-feedback-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% مواقع پر

goal-soc-group-work-skill = اپنے خیالات بتا کر اور باری کا انتظار کر کے چھوٹے گروپ کی سرگرمی میں حصہ لے گا
goal-soc-group-work-condition = باہمی تعاون سے سیکھنے کی سرگرمیوں کے دوران
goal-soc-group-work-criterion = مشاہدہ کیے گئے 5 میں سے 4 سیشنز میں

goal-soc-self-advocacy-skill = مناسب جملہ استعمال کرتے ہوئے استاد سے مدد یا سہولیات کی درخواست کرے گا
goal-soc-self-advocacy-condition = کسی مشکل کام کا سامنا ہونے پر
goal-soc-self-advocacy-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-soc-positive-self-talk-skill = اپنے بارے میں منفی بات کی جگہ مثبت بات کہے گا
goal-soc-positive-self-talk-condition = سیشن کے دوران کاؤنسلر کے یاد دلانے پر
goal-soc-positive-self-talk-criterion = 5 میں سے 4 کوششوں میں

goal-soc-friendship-skills-skill = اچھے دوست کی 3 خوبیاں بتائے گا اور کوئی ایسا موقع بیان کرے گا جب اس نے ان میں سے کوئی خوبی دکھائی
goal-soc-friendship-skills-condition = کاؤنسلنگ سیشنز کے دوران
goal-soc-friendship-skills-criterion = 4 میں سے 3 سیشنز میں

goal-soc-anxiety-plan-skill = ٹیسٹ اور پریزنٹیشن سے پہلے بے چینی سے نمٹنے کے تحریری منصوبے پر عمل کرے گا
goal-soc-anxiety-plan-condition = ٹیسٹ یا پریزنٹیشن سے پہلے
goal-soc-anxiety-plan-criterion = 5 میں سے 4 مواقع پر

goal-soc-social-cues-skill = ویڈیو کلپس میں غیر زبانی اشاروں (چہرے کے تاثرات، لہجہ، جسمانی حرکات و سکنات) کی نشاندہی کرے گا
goal-soc-social-cues-condition = مختصر ویڈیو کلپس دیے جانے پر
goal-soc-social-cues-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-soc-social-cues-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-soc-social-cues-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-soc-joining-games-skill = مناسب جملہ استعمال کرتے ہوئے کسی کھیل یا سرگرمی میں شامل ہونے کی اجازت مانگے گا
goal-soc-joining-games-condition = تفریح کے وقفے یا فارغ وقت کے دوران
goal-soc-joining-games-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-soc-goal-setting-skill = ہر ہفتے ایک ذاتی ہدف مقرر کرے گا اور جائزہ لے گا کہ آیا وہ پورا ہوا
goal-soc-goal-setting-condition = کاؤنسلر کے ساتھ ہفتہ وار ملاقاتوں کے دوران
goal-soc-goal-setting-criterion = مسلسل 10 ہفتوں میں سے 8 ہفتوں تک

goal-soc-attendance-skill = وقت پر اسکول آئے گا
goal-soc-attendance-condition = ہر تعلیمی مدت کے دوران
goal-soc-attendance-criterion = اسکول کے 90% دنوں میں
goal-soc-attendance-benchmark-1 = پہلی پیش رفت رپورٹ تک: اسکول کے 70% دنوں میں
goal-soc-attendance-benchmark-2 = دوسری پیش رفت رپورٹ تک: اسکول کے 80% دنوں میں

goal-soc-responsibility-skill = جو ہوا اسے بیان کر کے اور آگے کیا کرنا ہے بتا کر اپنے اعمال کی ذمہ داری قبول کرے گا
goal-soc-responsibility-condition = کسی واقعے کے بعد
goal-soc-responsibility-criterion = 4 میں سے 3 مواقع پر

## behavior

goal-beh-on-task-skill = انفرادی کام کے دوران اپنے کام پر توجہ رکھے گا
goal-beh-on-task-condition = 20 منٹ کے انفرادی کام کے اوقات کے دوران
goal-beh-on-task-criterion = مسلسل 4 ہفتوں کے دوران 80% وقتی حصوں میں
goal-beh-on-task-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% وقتی حصوں میں
goal-beh-on-task-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% وقتی حصوں میں

goal-beh-follow-directions-skill = پہلی بار کہنے کے 30 سیکنڈ کے اندر استاد کی ہدایات پر عمل کرے گا
goal-beh-follow-directions-condition = کلاس میں تدریس کے دوران
goal-beh-follow-directions-criterion = مسلسل 4 ہفتوں کے دوران 80% مواقع پر
goal-beh-follow-directions-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% مواقع پر
goal-beh-follow-directions-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% مواقع پر

goal-beh-break-card-skill = جگہ چھوڑ کر جانے کے بجائے وقفہ مانگنے کے لیے وقفے کا کارڈ استعمال کرے گا
goal-beh-break-card-condition = جھنجھلاہٹ محسوس کرنے پر
goal-beh-break-card-criterion = مسلسل 4 ہفتوں کے دوران 90% مواقع پر
goal-beh-break-card-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% مواقع پر
goal-beh-break-card-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 80% مواقع پر

goal-beh-hands-to-self-skill = اپنے ہاتھ اور پاؤں اپنے تک رکھے گا (دوسروں کو نہیں چھوئے گا)
goal-beh-hands-to-self-condition = سرگرمیوں کی تبدیلی اور غیر منظم اوقات کے دوران
goal-beh-hands-to-self-criterion = مسلسل 4 ہفتوں کے دوران 90% وقتی حصوں میں
goal-beh-hands-to-self-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% وقتی حصوں میں
goal-beh-hands-to-self-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 80% وقتی حصوں میں

goal-beh-raise-hand-skill = بولنے سے پہلے ہاتھ اٹھائے گا اور اپنی باری آنے کا انتظار کرے گا
goal-beh-raise-hand-condition = پوری کلاس کی تدریس کے دوران
goal-beh-raise-hand-criterion = مسلسل 4 ہفتوں کے دوران 80% مواقع پر
goal-beh-raise-hand-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% مواقع پر
goal-beh-raise-hand-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% مواقع پر

goal-beh-transitions-skill = 2 منٹ کے اندر ایک سرگرمی سے دوسری سرگرمی میں منتقل ہو جائے گا
goal-beh-transitions-condition = 2 منٹ پہلے خبردار کیے جانے اور بصری شیڈول دیے جانے پر
goal-beh-transitions-criterion = 5 میں سے 4 دنوں میں روزانہ 10 میں سے 8 منتقلیوں میں

goal-beh-work-completion-skill = کلاس کے کام مکمل کرے گا اور جمع کرائے گا
goal-beh-work-completion-condition = دیے گئے کاموں کی چیک لسٹ دیے جانے پر
goal-beh-work-completion-criterion = ایک تعلیمی مدت کے دوران 80% کاموں میں
goal-beh-work-completion-benchmark-1 = پہلی پیش رفت رپورٹ تک: ایک تعلیمی مدت کے دوران 60% کاموں میں
goal-beh-work-completion-benchmark-2 = دوسری پیش رفت رپورٹ تک: ایک تعلیمی مدت کے دوران 70% کاموں میں

goal-beh-respectful-language-skill = ہم جماعتوں اور بالغ افراد کے ساتھ باادب زبان استعمال کرے گا
goal-beh-respectful-language-condition = اسکول کے پورے دن کے دوران
goal-beh-respectful-language-criterion = مسلسل 4 ہفتوں تک ہر ہفتے زیادہ سے زیادہ 1 واقعے کے ساتھ

goal-beh-self-monitoring-skill = پوائنٹ شیٹ پر اپنے رویے کی خود درجہ بندی کرے گا اور اس کی درجہ بندی استاد کی درجہ بندی سے مطابقت رکھے گی
goal-beh-self-monitoring-condition = ہر پیریڈ کے اختتام پر
goal-beh-self-monitoring-criterion = مسلسل 4 ہفتوں کے دوران 80% پیریڈز میں
goal-beh-self-monitoring-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% پیریڈز میں
goal-beh-self-monitoring-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% پیریڈز میں

goal-beh-wait-turn-skill = دوسروں کی بات کاٹے بغیر اپنی باری کا انتظار کرے گا
goal-beh-wait-turn-condition = چھوٹے گروپ کی سرگرمیوں کے دوران
goal-beh-wait-turn-criterion = مشاہدہ کیے گئے 5 میں سے 4 مواقع پر

goal-beh-seat-remain-skill = اپنی مقررہ جگہ پر رہے گا
goal-beh-seat-remain-condition = 30 منٹ کے تدریسی پیریڈز کے دوران
goal-beh-seat-remain-criterion = مسلسل 4 ہفتوں کے دوران 90% وقتی حصوں میں
goal-beh-seat-remain-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% وقتی حصوں میں
goal-beh-seat-remain-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 80% وقتی حصوں میں

goal-beh-materials-ready-skill = کلاس میں ضروری سامان (کتاب، کاپی، پنسل) لائے گا
goal-beh-materials-ready-condition = ہر کلاس کے آغاز پر
goal-beh-materials-ready-criterion = مسلسل 4 ہفتوں کے دوران 85% کلاس پیریڈز میں
goal-beh-materials-ready-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 65% کلاس پیریڈز میں
goal-beh-materials-ready-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 75% کلاس پیریڈز میں

goal-beh-aggression-replace-skill = جسمانی جارحیت کے بجائے متبادل رویہ (وہاں سے ہٹ جانا، کسی بالغ سے مدد مانگنا) اختیار کرے گا
goal-beh-aggression-replace-condition = ہم جماعتوں کے ساتھ جھگڑوں کے دوران
goal-beh-aggression-replace-criterion = مسلسل 6 ہفتوں تک جسمانی جارحیت کے 0 واقعات کے ساتھ

goal-beh-task-initiation-skill = دیا گیا کام 2 منٹ کے اندر شروع کرے گا
goal-beh-task-initiation-condition = ہدایات دیے جانے کے بعد
goal-beh-task-initiation-criterion = مسلسل 4 ہفتوں کے دوران 80% مواقع پر
goal-beh-task-initiation-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% مواقع پر
goal-beh-task-initiation-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% مواقع پر

goal-beh-cell-phone-skill = کلاس کے دوران اپنا ذاتی فون الگ رکھے گا اور استعمال نہیں کرے گا
goal-beh-cell-phone-condition = تدریسی پیریڈز کے دوران
goal-beh-cell-phone-criterion = مسلسل 4 ہفتوں کے دوران 90% پیریڈز میں
goal-beh-cell-phone-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% پیریڈز میں
goal-beh-cell-phone-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 80% پیریڈز میں

goal-beh-calm-down-return-skill = وقفے کے بعد 5 منٹ کے اندر سرگرمی میں واپس آ جائے گا
goal-beh-calm-down-return-condition = خود مانگے گئے یا پیش کیے گئے وقفے کے بعد
goal-beh-calm-down-return-criterion = مسلسل 4 ہفتوں کے دوران 80% وقفوں کے بعد
goal-beh-calm-down-return-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% وقفوں کے بعد
goal-beh-calm-down-return-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% وقفوں کے بعد

## fine_motor

goal-fm-pencil-grasp-skill = لکھتے وقت پنسل کو تین انگلیوں کی درست اور کارآمد گرفت سے پکڑے گا
goal-fm-pencil-grasp-condition = لکھنے کے کاموں کے دوران، ضرورت ہو تو پنسل گرپ کے ساتھ
goal-fm-pencil-grasp-criterion = مسلسل 3 سیشنز کے دوران مشاہدہ کیے گئے لکھنے کے کاموں میں 80% درستگی کے ساتھ
goal-fm-pencil-grasp-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز کے دوران مشاہدہ کیے گئے لکھنے کے کاموں میں 60% درستگی کے ساتھ
goal-fm-pencil-grasp-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز کے دوران مشاہدہ کیے گئے لکھنے کے کاموں میں 70% درستگی کے ساتھ

goal-fm-scissors-skill = خمدار لکیر کے ساتھ ساتھ 1/4 انچ کے اندر رہتے ہوئے کاٹے گا
goal-fm-scissors-condition = قینچی اور ورک شیٹ دیے جانے پر
goal-fm-scissors-criterion = 5 میں سے 4 کوششوں میں

goal-fm-letter-formation-skill = بڑے اور چھوٹے حروف یادداشت سے درست شکل میں لکھے گا
goal-fm-letter-formation-condition = حروف تہجی لکھتے وقت
goal-fm-letter-formation-criterion = مسلسل 3 سیشنز میں 90% درستگی کے ساتھ
goal-fm-letter-formation-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 70% درستگی کے ساتھ
goal-fm-letter-formation-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 3 سیشنز میں 80% درستگی کے ساتھ

goal-fm-buttons-zippers-skill = اپنے کپڑوں کے بٹن اور زپ بند کرے گا
goal-fm-buttons-zippers-condition = کپڑے پہننے کے معمولات کے دوران
goal-fm-buttons-zippers-criterion = 5 میں سے 4 کوششوں میں بغیر مدد کے

goal-fm-copy-board-skill = بورڈ سے 3 جملے صاف اور پڑھنے کے قابل نقل کرے گا
goal-fm-copy-board-condition = 5 منٹ کے اندر
goal-fm-copy-board-criterion = 5 میں سے 4 کوششوں میں

goal-fm-keyboard-home-row-skill = دونوں ہاتھوں سے ہوم رو (درمیانی قطار) کی کلیدیں استعمال کرتے ہوئے ٹائپ کرے گا
goal-fm-keyboard-home-row-condition = کی بورڈ اور ٹائپنگ پروگرام استعمال کرتے ہوئے
goal-fm-keyboard-home-row-criterion = مسلسل 3 سیشنز میں 15 الفاظ فی منٹ کی رفتار سے

goal-fm-in-hand-manipulation-skill = ایک ہاتھ سے چھوٹی اشیاء (سکے، کھونٹیاں) اٹھائے گا اور انہیں جگہ پر رکھے گا
goal-fm-in-hand-manipulation-condition = 10 چھوٹی اشیاء دیے جانے پر
goal-fm-in-hand-manipulation-criterion = 5 میں سے 4 کوششوں میں 60 سیکنڈ سے کم وقت میں 10 میں سے 10 رکھ کر

goal-fm-spacing-skill = الفاظ کے درمیان ایک انگلی کے برابر فاصلہ چھوڑے گا اور لکیر پر لکھے گا
goal-fm-spacing-condition = 3 یا زیادہ جملے لکھتے وقت
goal-fm-spacing-criterion = 5 میں سے 4 تحریری نمونوں میں 80% درستگی کے ساتھ
goal-fm-spacing-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 تحریری نمونوں میں 60% درستگی کے ساتھ
goal-fm-spacing-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 تحریری نمونوں میں 70% درستگی کے ساتھ

goal-fm-open-containers-skill = دوپہر کے کھانے کے ڈبے اور پیکٹ کھولے گا
goal-fm-open-containers-condition = دوپہر کے کھانے کے وقت
goal-fm-open-containers-criterion = 5 میں سے 4 مواقع پر بغیر مدد کے

goal-fm-tablet-navigation-skill = ٹیبلٹ کی ٹچ اسکرین استعمال کرتے ہوئے کوئی ایپ کھولے گا، استعمال کرے گا اور بند کرے گا
goal-fm-tablet-navigation-condition = زبانی ہدایت دیے جانے پر
goal-fm-tablet-navigation-criterion = 5 میں سے 4 کوششوں میں بغیر مدد کے

goal-fm-shoelaces-skill = جوتوں کے تسمے باندھے گا
goal-fm-shoelaces-condition = کپڑے پہننے کے معمولات کے دوران
goal-fm-shoelaces-criterion = 5 میں سے 4 کوششوں میں بغیر مدد کے

goal-fm-bilateral-skill = ایک ہاتھ سے لکھتے یا کاٹتے وقت دوسرے ہاتھ سے کاغذ کو تھامے رکھے گا
goal-fm-bilateral-condition = میز پر کیے جانے والے کاموں کے دوران
goal-fm-bilateral-criterion = 3 سیشنز کے دوران مشاہدہ کیے گئے کاموں میں 80% درستگی کے ساتھ
goal-fm-bilateral-benchmark-1 = پہلی پیش رفت رپورٹ تک: 3 سیشنز کے دوران مشاہدہ کیے گئے کاموں میں 60% درستگی کے ساتھ
goal-fm-bilateral-benchmark-2 = دوسری پیش رفت رپورٹ تک: 3 سیشنز کے دوران مشاہدہ کیے گئے کاموں میں 70% درستگی کے ساتھ

goal-fm-ruler-line-skill = پیمانے (رولر) کی مدد سے دو نقطوں کے درمیان سیدھی لکیر کھینچے گا
goal-fm-ruler-line-condition = ایک پیمانہ (رولر) اور نقطوں کے 10 جوڑے دیے جانے پر
goal-fm-ruler-line-criterion = مسلسل 3 سیشنز میں 10 میں سے 8 لکیریں 1/8 انچ کی حد کے اندر

goal-fm-sizing-letters-skill = لکھنے کی لکیروں کے اندر حروف کا درست سائز رکھے گا
goal-fm-sizing-letters-condition = ایک جملہ نقل کرتے وقت
goal-fm-sizing-letters-criterion = 5 میں سے 4 کوششوں میں 80% درستگی کے ساتھ
goal-fm-sizing-letters-benchmark-1 = پہلی پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 60% درستگی کے ساتھ
goal-fm-sizing-letters-benchmark-2 = دوسری پیش رفت رپورٹ تک: 5 میں سے 4 کوششوں میں 70% درستگی کے ساتھ

goal-fm-utensils-skill = کھانا گرائے بغیر کھانے کے لیے کانٹا اور چمچ استعمال کرے گا
goal-fm-utensils-condition = دوپہر کے کھانے کے وقت
goal-fm-utensils-criterion = مشاہدہ کیے گئے 5 میں سے 4 کھانوں میں

goal-fm-organize-binder-skill = رنگز اور ٹیبز کی مدد سے کاغذات کو بائنڈر کے درست حصوں میں رکھے گا
goal-fm-organize-binder-condition = ہر کلاس کے اختتام پر
goal-fm-organize-binder-criterion = 4 ہفتوں کے دوران 80% مواقع پر
goal-fm-organize-binder-benchmark-1 = پہلی پیش رفت رپورٹ تک: 4 ہفتوں کے دوران 60% مواقع پر
goal-fm-organize-binder-benchmark-2 = دوسری پیش رفت رپورٹ تک: 4 ہفتوں کے دوران 70% مواقع پر

## gross_motor

goal-gm-stairs-skill = باری باری دونوں پاؤں استعمال کرتے ہوئے اور ریلنگ پکڑ کر سیڑھیاں چڑھے گا اور اترے گا
goal-gm-stairs-condition = اسکول میں ایک جگہ سے دوسری جگہ جاتے وقت
goal-gm-stairs-criterion = 5 میں سے 4 کوششوں میں محفوظ طریقے سے

goal-gm-balance-beam-skill = 10 فٹ لمبی لکیر پر ایڑی کو دوسرے پاؤں کے پنجے سے ملا کر، لکیر سے باہر قدم رکھے بغیر چلے گا
goal-gm-balance-beam-condition = جمنازیم یا تھراپی روم میں
goal-gm-balance-beam-criterion = 5 میں سے 4 کوششوں میں

goal-gm-ball-catch-skill = 10 فٹ کے فاصلے سے پھینکی گئی کھیل کی گیند پکڑے گا
goal-gm-ball-catch-condition = جسمانی تعلیم یا تھراپی کے دوران
goal-gm-ball-catch-criterion = مسلسل 3 سیشنز میں 10 میں سے 8 بار گیند پکڑ کر

goal-gm-hop-skill = توازن کھوئے بغیر ایک پاؤں پر 10 بار پھدکے گا
goal-gm-hop-condition = جمنازیم یا تھراپی روم میں
goal-gm-hop-criterion = 5 میں سے 4 کوششوں میں ہر پاؤں پر

goal-gm-navigate-school-skill = اپنے نقل و حرکت کے آلے کے ساتھ بھیڑ والی راہداریوں سے محفوظ طریقے سے گزرے گا
goal-gm-navigate-school-condition = کلاسیں بدلنے کے دوران
goal-gm-navigate-school-criterion = 5 میں سے 4 کوششوں میں کسی سے ٹکرائے بغیر یا مدد کے لیے رکے بغیر

goal-gm-endurance-walk-skill = آرام کیے بغیر 500 فٹ چلے گا
goal-gm-endurance-walk-condition = اسکول کے تعلیمی دوروں یا تھراپی کے دوران
goal-gm-endurance-walk-criterion = 5 میں سے 4 کوششوں میں

goal-gm-jump-skill = دونوں پاؤں سے اچھل کر اور دونوں پاؤں پر اتر کر 24 انچ آگے چھلانگ لگائے گا
goal-gm-jump-condition = جمنازیم یا تھراپی روم میں
goal-gm-jump-criterion = 5 میں سے 4 کوششوں میں

goal-gm-wheelchair-transfer-skill = قریب موجود مددگار کی نگرانی میں وہیل چیئر سے کلاس کی کرسی پر منتقل ہوگا
goal-gm-wheelchair-transfer-condition = کلاس کے معمولات کے دوران
goal-gm-wheelchair-transfer-criterion = 5 میں سے 4 کوششوں میں محفوظ طریقے سے

goal-gm-kick-ball-skill = لڑھکتی ہوئی گیند کو 15 فٹ دور ہدف کی طرف کک لگائے گا
goal-gm-kick-ball-condition = جسمانی تعلیم کے دوران
goal-gm-kick-ball-criterion = 3 سیشنز میں 10 میں سے 6 بار ہدف کو نشانہ بنا کر

goal-gm-playground-equipment-skill = کھیل کے میدان کے جھولوں پر سیڑھی چڑھے گا اور پھسلن استعمال کرے گا
goal-gm-playground-equipment-condition = تفریح کے وقفے کے دوران
goal-gm-playground-equipment-criterion = 5 میں سے 4 مواقع پر بغیر مدد کے اور محفوظ طریقے سے

goal-gm-posture-skill = ڈیسک پر سیدھا بیٹھنے کی حالت برقرار رکھے گا
goal-gm-posture-condition = 20 منٹ کے سبق کے دوران
goal-gm-posture-criterion = 3 سیشنز کے دوران مشاہدہ کیے گئے وقتی حصوں میں 80% درستگی کے ساتھ
goal-gm-posture-benchmark-1 = پہلی پیش رفت رپورٹ تک: 3 سیشنز کے دوران مشاہدہ کیے گئے وقتی حصوں میں 60% درستگی کے ساتھ
goal-gm-posture-benchmark-2 = دوسری پیش رفت رپورٹ تک: 3 سیشنز کے دوران مشاہدہ کیے گئے وقتی حصوں میں 70% درستگی کے ساتھ

goal-gm-curb-negotiation-skill = فٹ پاتھ کے کنارے پر محفوظ طریقے سے چڑھے گا اور اترے گا
goal-gm-curb-negotiation-condition = کمیونٹی میں باہر جانے کے دوران
goal-gm-curb-negotiation-criterion = 5 میں سے 4 کوششوں میں

goal-gm-skip-skill = ہموار اور باری باری والے انداز میں اچھلتے ہوئے 30 فٹ تک چلے گا
goal-gm-skip-condition = جمنازیم میں
goal-gm-skip-criterion = 5 میں سے 4 کوششوں میں

goal-gm-fitness-circuit-skill = 5 اسٹیشنوں پر مشتمل فٹنس سرکٹ مکمل کرے گا
goal-gm-fitness-circuit-condition = موافق جسمانی تعلیم کے دوران
goal-gm-fitness-circuit-criterion = مسلسل 3 سیشنز میں 10 منٹ کے اندر

goal-gm-bus-steps-skill = ریلنگ پکڑ کر اسکول بس کی سیڑھیوں پر چڑھے گا اور اترے گا
goal-gm-bus-steps-condition = آمد اور چھٹی کے وقت
goal-gm-bus-steps-criterion = 5 میں سے 4 مواقع پر محفوظ طریقے سے

goal-gm-throw-overhand-skill = 15 فٹ دور کھڑے ساتھی کی طرف کندھے کے اوپر سے گیند پھینکے گا
goal-gm-throw-overhand-condition = جسمانی تعلیم کے دوران
goal-gm-throw-overhand-criterion = 3 سیشنز میں 10 میں سے 8 بار گیند ساتھی تک پہنچا کر

## adaptive_daily_living

goal-adl-handwashing-skill = 6 مراحل کی تصویری ترتیب پر عمل کرتے ہوئے ہاتھ دھوئے گا اور خشک کرے گا
goal-adl-handwashing-condition = دوپہر کے کھانے سے پہلے اور بیت الخلا کے استعمال کے بعد
goal-adl-handwashing-criterion = 5 میں سے 4 مواقع پر بغیر مدد کے 6 میں سے 6 مراحل مکمل کر کے

goal-adl-arrival-routine-skill = آمد کا معمول مکمل کرے گا (بیگ سے سامان نکالنا، کوٹ لٹکانا، فولڈر جمع کرانا، صبح کا کام شروع کرنا)
goal-adl-arrival-routine-condition = کلاس میں پہنچنے پر
goal-adl-arrival-routine-criterion = 5 میں سے 4 دنوں میں زیادہ سے زیادہ 1 یاد دہانی کے ساتھ

goal-adl-visual-schedule-skill = ایک سرگرمی سے دوسری میں جانے کے لیے بصری شیڈول پر عمل کرے گا
goal-adl-visual-schedule-condition = اسکول کے پورے دن کے دوران
goal-adl-visual-schedule-criterion = مسلسل 4 ہفتوں کے دوران 80% منتقلیوں میں
goal-adl-visual-schedule-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 60% منتقلیوں میں
goal-adl-visual-schedule-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% منتقلیوں میں

goal-adl-personal-info-skill = اپنا پورا نام، پتہ اور والدین میں سے کسی ایک کا فون نمبر بتائے گا یا دکھائے گا
goal-adl-personal-info-condition = کسی جانے پہچانے بالغ کے پوچھنے پر
goal-adl-personal-info-criterion = 5 میں سے 4 کوششوں میں درست طریقے سے

goal-adl-lunch-routine-skill = دوپہر کا کھانا لے گا، ادائیگی کرے گا یا شناختی نمبر درج کرے گا، اور میز صاف کرے گا
goal-adl-lunch-routine-condition = کیفے ٹیریا میں
goal-adl-lunch-routine-criterion = 5 میں سے 4 مواقع پر بغیر مدد کے

goal-adl-dressing-skill = جیکٹ پہنے گا اور اتارے گا
goal-adl-dressing-condition = آمد اور چھٹی کے وقت
goal-adl-dressing-criterion = 5 میں سے 4 مواقع پر بغیر مدد کے

goal-adl-toileting-request-skill = بیت الخلا استعمال کرنے کی ضرورت بتائے گا
goal-adl-toileting-request-condition = اسکول کے پورے دن کے دوران
goal-adl-toileting-request-criterion = مسلسل 4 ہفتوں کے دوران 90% مواقع پر
goal-adl-toileting-request-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 70% مواقع پر
goal-adl-toileting-request-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 ہفتوں کے دوران 80% مواقع پر

goal-adl-safety-signs-skill = حفاظتی نشانات (باہر نکلنے کا راستہ، رکیں، خطرہ، چلیں) کی نشاندہی کرے گا اور ان پر درست ردعمل دے گا
goal-adl-safety-signs-condition = کمیونٹی میں تدریس کے دوران
goal-adl-safety-signs-criterion = 10 میں سے 9 کوششوں میں

goal-adl-simple-meal-skill = تصویری ترکیب پر عمل کرتے ہوئے ہلکا پھلکا ناشتہ تیار کرے گا
goal-adl-simple-meal-condition = روزمرہ زندگی کی مہارتوں کے باورچی خانے میں
goal-adl-simple-meal-criterion = 4 میں سے 3 سیشنز میں بغیر مدد کے 10 میں سے 8 مراحل مکمل کر کے

goal-adl-hygiene-skill = صفائی ستھرائی کا معمول مکمل کرے گا (بالوں میں کنگھی کرنا، اپنا حلیہ دیکھنا، ڈیوڈورنٹ لگانا)
goal-adl-hygiene-condition = چیک لسٹ پر عمل کرتے ہوئے
goal-adl-hygiene-criterion = 5 میں سے 4 مواقع پر بغیر مدد کے

goal-adl-calendar-use-skill = اسکول کے کام اور ملاقاتیں درج کرنے کے لیے کیلنڈر یا پلانر استعمال کرے گا
goal-adl-calendar-use-condition = ہر کلاس کے اختتام پر
goal-adl-calendar-use-criterion = 4 ہفتوں کے دوران 80% مواقع پر
goal-adl-calendar-use-benchmark-1 = پہلی پیش رفت رپورٹ تک: 4 ہفتوں کے دوران 60% مواقع پر
goal-adl-calendar-use-benchmark-2 = دوسری پیش رفت رپورٹ تک: 4 ہفتوں کے دوران 70% مواقع پر

goal-adl-shopping-list-skill = تصویری خریداری فہرست کی مدد سے کسی دکان میں 5 اشیاء تلاش کرے گا
goal-adl-shopping-list-condition = کمیونٹی میں تدریس کے دوران
goal-adl-shopping-list-criterion = 4 میں سے 3 دوروں میں 15 منٹ کے اندر

goal-adl-emergency-help-skill = بتائے گا یا کر کے دکھائے گا کہ ہنگامی صورت حال میں کیا کرنا ہے (911 پر کال کرنا، مدد کرنے والا تلاش کرنا)
goal-adl-emergency-help-condition = کردار ادا کرنے کی فرضی صورت حال دیے جانے پر
goal-adl-emergency-help-criterion = 5 میں سے 4 فرضی صورت حال میں

goal-adl-clean-up-skill = اپنے کام کی جگہ صاف کرے گا اور سامان واپس رکھے گا
goal-adl-clean-up-condition = کسی سرگرمی کے اختتام پر
goal-adl-clean-up-criterion = 5 میں سے 4 مواقع پر 1 یا اس سے کم یاد دہانی کے ساتھ

goal-adl-medication-routine-skill = نرس کو اپنی دوا کا وقت اور نام بتائے گا
goal-adl-medication-routine-condition = دوا کے مقررہ وقت پر
goal-adl-medication-routine-criterion = 5 میں سے 4 مواقع پر

goal-adl-laundry-skill = کام کے مراحل کے تجزیے پر عمل کرتے ہوئے کپڑوں کی ایک کھیپ کو چھانٹے گا، دھوئے گا اور تہہ کرے گا
goal-adl-laundry-condition = روزمرہ زندگی کی مہارتوں کے کمرے میں
goal-adl-laundry-criterion = 4 میں سے 3 سیشنز میں 10 میں سے 9 مراحل مکمل کر کے

## transition

goal-tran-career-interest-skill = پیشہ ورانہ دلچسپیوں کا سوالنامہ مکمل کرے گا اور اپنی دلچسپیوں سے مطابقت رکھنے والے 3 پیشوں کے نام بتائے گا
goal-tran-career-interest-condition = منتقلی کے کاؤنسلر کے ساتھ
goal-tran-career-interest-criterion = پہلی تعلیمی مدت کے اختتام تک مطابقت رکھنے والے 3 پیشوں کے نام، ہر ایک کی 1 وجہ کے ساتھ، بتا کر

goal-tran-job-application-skill = ذاتی معلومات، ملازمت کے سابقہ تجربے اور حوالہ جات کے ساتھ ملازمت کی درخواست پُر کرے گا
goal-tran-job-application-condition = کاغذی یا آن لائن درخواست دیے جانے پر
goal-tran-job-application-criterion = 4 میں سے 3 کوششوں میں تمام ضروری خانے درست پُر کر کے

goal-tran-interview-practice-skill = انٹرویو کے 5 عام سوالات کے مکمل اور متعلقہ جواب دے گا
goal-tran-interview-practice-condition = فرضی انٹرویو کے دوران
goal-tran-interview-practice-criterion = 4 میں سے 3 فرضی انٹرویوز میں

goal-tran-resume-skill = تعلیم، مہارتوں اور کام یا رضاکارانہ تجربے پر مشتمل ریزیومے تیار کرے گا
goal-tran-resume-condition = ریزیومے کا نمونہ (ٹیمپلیٹ) استعمال کرتے ہوئے
goal-tran-resume-criterion = دوسری تعلیمی مدت تک ریزیومے کے روبرک پر 4 میں سے 3 نمبر حاصل کر کے

goal-tran-travel-public-skill = اسکول اور کمیونٹی کی کسی جگہ کے درمیان بس یا سب وے سے سفر کرے گا
goal-tran-travel-public-condition = بالغ کی مدد میں بتدریج کمی کے ساتھ
goal-tran-travel-public-criterion = 5 میں سے 4 سفروں میں بغیر مدد کے اور محفوظ طریقے سے

goal-tran-college-research-skill = ثانوی کے بعد کے 3 تعلیمی پروگراموں پر تحقیق کرے گا اور داخلے کی شرائط، اخراجات اور معاونت کا موازنہ کرے گا
goal-tran-college-research-condition = کالجوں کی ویب سائٹس اور موازنے کا چارٹ استعمال کرتے ہوئے
goal-tran-college-research-criterion = 3 میں سے 3 پروگراموں کے لیے چارٹ مکمل کر کے

goal-tran-work-task-skill = چیک لسٹ پر عمل کرتے ہوئے سونپا گیا کام مکمل کرے گا
goal-tran-work-task-condition = کام پر مبنی تعلیم کی جگہ پر
goal-tran-work-task-criterion = مسلسل 4 شفٹوں کے دوران 90% مراحل میں
goal-tran-work-task-benchmark-1 = پہلی پیش رفت رپورٹ تک: مسلسل 4 شفٹوں کے دوران 70% مراحل میں
goal-tran-work-task-benchmark-2 = دوسری پیش رفت رپورٹ تک: مسلسل 4 شفٹوں کے دوران 80% مراحل میں

goal-tran-time-clock-skill = کام پر مبنی تعلیم کی شفٹ کے لیے وقت پر پہنچے گا اور اپنی حاضری درج کرے گا
goal-tran-time-clock-condition = کام پر مبنی تعلیم کی جگہ پر
goal-tran-time-clock-criterion = ایک تعلیمی مدت کے دوران 90% شفٹوں میں
goal-tran-time-clock-benchmark-1 = پہلی پیش رفت رپورٹ تک: ایک تعلیمی مدت کے دوران 70% شفٹوں میں
goal-tran-time-clock-benchmark-2 = دوسری پیش رفت رپورٹ تک: ایک تعلیمی مدت کے دوران 80% شفٹوں میں

goal-tran-self-advocacy-iep-skill = IEP میٹنگ میں اپنی معذوری، خوبیوں، ضروریات اور سہولیات کی وضاحت کرے گا
goal-tran-self-advocacy-iep-condition = پہلے سے تیار تحریر یا سلائیڈز کی مدد سے
goal-tran-self-advocacy-iep-criterion = 3 خوبیاں، 2 ضروریات اور 2 سہولیات بتا کر

goal-tran-money-management-skill = خریداری کے لیے ڈیبٹ کارڈ یا نقد رقم استعمال کرے گا اور رسید چیک کرے گا
goal-tran-money-management-condition = کمیونٹی میں تدریس کے دوران
goal-tran-money-management-criterion = 5 میں سے 4 دوروں میں درست طریقے سے

goal-tran-workplace-social-skill = ساتھی کارکنوں کو سلام کرے گا اور ضرورت پڑنے پر نگران (سپروائزر) سے مدد مانگے گا
goal-tran-workplace-social-condition = کام پر مبنی تعلیم کی جگہ پر
goal-tran-workplace-social-criterion = مشاہدہ کی گئی 5 میں سے 4 شفٹوں میں

goal-tran-credits-tracking-skill = ڈپلوما کے لیے اپنے کریڈٹس اور ریجنٹس امتحانات کا ریکارڈ رکھے گا
goal-tran-credits-tracking-condition = کاؤنسلر کے ساتھ گریجویشن کی پیش رفت کا ریکارڈ (ٹریکر) استعمال کرتے ہوئے
goal-tran-credits-tracking-criterion = تعلیمی مدت کے 3 جائزوں میں سے ہر ایک میں 100% درستگی کے ساتھ

goal-tran-agency-contact-skill = بالغوں کو خدمات فراہم کرنے والے ادارے کو فون کر کے ابتدائی ملاقات (انٹیک) کا وقت طے کرے گا
goal-tran-agency-contact-condition = فون پر بات کرنے کے لیے لکھی ہوئی رہنما تحریر استعمال کرتے ہوئے
goal-tran-agency-contact-criterion = 4 میں سے 3 فرضی مشقوں اور 1 حقیقی کال میں نام، مقصد اور دستیابی بتا کر

goal-tran-housing-skills-skill = کرایہ، مقام اور آمد و رفت کی بنیاد پر 3 اپارٹمنٹس کے اشتہارات کا موازنہ کرے گا
goal-tran-housing-skills-condition = اشتہارات اور موازنے کا چارٹ دیے جانے پر
goal-tran-housing-skills-criterion = 4 میں سے 3 کوششوں میں 90% درستگی کے ساتھ موازنہ مکمل کر کے

goal-tran-schedule-appointments-skill = کلاسوں، کام اور ملاقاتوں کی یاد دہانیاں لگانے کے لیے فون کا کیلنڈر استعمال کرے گا
goal-tran-schedule-appointments-condition = اسکول کے ایک ہفتے کے دوران
goal-tran-schedule-appointments-criterion = 4 ہفتوں کے دوران 80% طے شدہ مصروفیات میں
goal-tran-schedule-appointments-benchmark-1 = پہلی پیش رفت رپورٹ تک: 4 ہفتوں کے دوران 60% طے شدہ مصروفیات میں
goal-tran-schedule-appointments-benchmark-2 = دوسری پیش رفت رپورٹ تک: 4 ہفتوں کے دوران 70% طے شدہ مصروفیات میں

goal-tran-safety-work-skill = کام کی جگہ پر حفاظتی اصولوں (حفاظتی سامان، صفائی، خطرات کی اطلاع دینا) پر عمل کرے گا
goal-tran-safety-work-condition = کام پر مبنی تعلیم کی جگہ پر
goal-tran-safety-work-criterion = مشاہدہ کی گئی 5 میں سے 4 شفٹوں میں 5 میں سے 5 اصولوں پر عمل کر کے
