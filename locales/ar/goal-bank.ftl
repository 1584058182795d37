# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = سيقرأ الكلمات متعددة المقاطع بفك ترميزها باستخدام أنواع المقاطع
goal-read-decode-multisyllabic-condition = عند إعطائه قائمة من 20 كلمة غير مألوفة متعددة المقاطع بمستوى الصف الدراسي
goal-read-decode-multisyllabic-criterion = بدقة 80% في 4 من 5 محاولات
goal-read-decode-multisyllabic-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-read-decode-multisyllabic-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-read-fluency-wcpm-skill = سيقرأ بصوت عال نصا بمستوى الصف الدراسي بمعدل 110 كلمات صحيحة في الدقيقة
goal-read-fluency-wcpm-condition = عند إعطائه نصا بمستوى الصف الدراسي لم يتدرب عليه من قبل
goal-read-fluency-wcpm-criterion = في 3 اختبارات قياس أسبوعية قصيرة متتالية

goal-read-main-idea-skill = سيذكر الفكرة الرئيسية وتفصيلين داعمين لها
goal-read-main-idea-condition = عند إعطائه نصا معلوماتيا بمستوى الصف الدراسي ومنظما بيانيا
goal-read-main-idea-criterion = بدقة 80% في 4 من 5 محاولات
goal-read-main-idea-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-read-main-idea-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-read-inference-skill = سيتوصل إلى استنتاج ويستشهد بدليل واحد من النص يدعمه
goal-read-inference-condition = بعد قراءة نص أدبي بمستوى الصف الدراسي
goal-read-inference-criterion = بدقة 75% في 4 من 5 محاولات
goal-read-inference-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 55% في 4 من 5 محاولات
goal-read-inference-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 65% في 4 من 5 محاولات

goal-read-sight-words-skill = سيقرأ الكلمات الأكثر شيوعا قراءة تلقائية (خلال 3 ثوان لكل كلمة)
goal-read-sight-words-condition = عند إعطائه قائمة من 50 كلمة من الكلمات الأكثر شيوعا بمستوى الصف الدراسي
goal-read-sight-words-criterion = بالقراءة الصحيحة لـ 45 من 50 كلمة في 3 اختبارات قياس قصيرة متتالية

goal-read-phonemic-blend-skill = سيدمج أصوات الكلمات المنطوقة المكونة من 3 إلى 4 أصوات ويقسم هذه الكلمات إلى أصواتها
goal-read-phonemic-blend-condition = عند تقديم الكلمات له شفهيا
goal-read-phonemic-blend-criterion = بدقة 90% في 3 جلسات متتالية
goal-read-phonemic-blend-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 70% في 3 جلسات متتالية
goal-read-phonemic-blend-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 80% في 3 جلسات متتالية

goal-read-summarize-skill = سيكتب ملخصا لنص بمستوى الصف الدراسي يتضمن الأحداث الرئيسية بترتيبها
goal-read-summarize-condition = بعد قراءة نص بمستوى الصف الدراسي بشكل مستقل
goal-read-summarize-criterion = بالحصول على درجة 3 من 4 في سلم تقدير الملخص في 4 من 5 محاولات

goal-read-vocabulary-context-skill = سيحدد معنى الكلمات غير المعروفة باستخدام قرائن السياق
goal-read-vocabulary-context-condition = عند إعطائه نصا بمستوى الصف الدراسي فيه 5 كلمات غير مألوفة تحتها خط
goal-read-vocabulary-context-criterion = بدقة 80% في 4 من 5 محاولات
goal-read-vocabulary-context-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-read-vocabulary-context-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-read-text-structure-skill = سيحدد بنية النص (التسلسل، المقارنة وبيان أوجه الاختلاف، السبب والنتيجة، المشكلة والحل)
goal-read-text-structure-condition = عند إعطائه نصوصا معلوماتية قصيرة
goal-read-text-structure-criterion = بدقة 80% في 4 من 5 محاولات
goal-read-text-structure-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-read-text-structure-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-read-answer-wh-skill = سيجيب عن أسئلة من وماذا وأين ومتى ولماذا حول نص
goal-read-answer-wh-condition = بعد الاستماع إلى نص أو قراءته بمستواه التدريسي
goal-read-answer-wh-criterion = بدقة 80% في 4 من 5 محاولات
goal-read-answer-wh-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-read-answer-wh-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-read-retell-skill = سيعيد سرد قصة متضمنا الشخصيات والزمان والمكان والمشكلة والحل
goal-read-retell-condition = بعد قراءة قصة بمستواه التدريسي
goal-read-retell-criterion = بذكر 4 من 4 عناصر للقصة في 4 من 5 مرات إعادة سرد

goal-read-comprehension-monitor-skill = سيستخدم استراتيجية لاستعادة الفهم (إعادة القراءة، مواصلة القراءة إلى ما بعده، طرح سؤال) عندما يتعذر عليه فهم المعنى
goal-read-comprehension-monitor-condition = أثناء قراءة نص بمستوى الصف الدراسي
goal-read-comprehension-monitor-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-read-compare-texts-skill = سيقارن بين نصين حول الموضوع نفسه مبينا أوجه الشبه والاختلاف باستخدام مخطط فن
goal-read-compare-texts-condition = عند إعطائه نصين بمستوى الصف الدراسي حول الموضوع نفسه
goal-read-compare-texts-criterion = بذكر 3 أوجه تشابه و3 أوجه اختلاف في 4 من 5 محاولات

goal-read-reading-level-skill = سيقرأ نصا بمستواه التدريسي بدقة 95% في قراءة الكلمات ويجيب عن أسئلة الفهم
goal-read-reading-level-condition = عند إعطائه نصوصا مصنفة حسب المستوى
goal-read-reading-level-criterion = بالتقدم بمقدار 2 من مستويات القراءة وفقا لقياس سجلات القراءة

goal-read-functional-signs-skill = سيقرأ اللافتات والملصقات الوظيفية المستخدمة في المجتمع
goal-read-functional-signs-condition = عند إعطائه 20 صورة للافتات عامة وملصقات منتجات
goal-read-functional-signs-criterion = بالقراءة الصحيحة لـ 18 من 20 في 3 جلسات متتالية

goal-read-author-purpose-skill = سيحدد غرض الكاتب ووجهة نظره
goal-read-author-purpose-condition = عند إعطائه نصا معلوماتيا أو إقناعيا بمستوى الصف الدراسي
goal-read-author-purpose-criterion = بدقة 80% في 4 من 5 محاولات
goal-read-author-purpose-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-read-author-purpose-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

## writing

goal-writ-paragraph-skill = سيكتب فقرة تتضمن جملة رئيسية وثلاثة تفاصيل داعمة وجملة ختامية
goal-writ-paragraph-condition = عند إعطائه موضوعا للكتابة ونموذجا لتخطيط الفقرة
goal-writ-paragraph-criterion = بالحصول على درجة 3 من 4 في سلم تقدير الفقرة في 4 من 5 نماذج كتابية

goal-writ-argument-essay-skill = سيكتب مقالا حجاجيا يتضمن رأيا يدافع عنه وسببين مدعومين بالأدلة وخاتمة
goal-writ-argument-essay-condition = عند إعطائه موضوعا للكتابة وقائمة تحقق للتخطيط
goal-writ-argument-essay-criterion = بالحصول على درجة 3 من 4 في سلم التقدير في 3 مقالات متتالية

goal-writ-capitalization-punctuation-skill = سيستخدم الأحرف الكبيرة وعلامات الترقيم في نهاية الجملة استخداما صحيحا
goal-writ-capitalization-punctuation-condition = عند كتابة خمس جمل أو أكثر بشكل مستقل
goal-writ-capitalization-punctuation-criterion = بدقة 90% في 4 من 5 نماذج كتابية
goal-writ-capitalization-punctuation-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 70% في 4 من 5 نماذج كتابية
goal-writ-capitalization-punctuation-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 80% في 4 من 5 نماذج كتابية

goal-writ-spelling-patterns-skill = سيكتب بتهجئة صحيحة الكلمات التي تتبع أنماط التهجئة التي تم تدريسها
goal-writ-spelling-patterns-condition = عند إملاء قائمة عليه من 20 كلمة تتبع الأنماط التي تم تدريسها
goal-writ-spelling-patterns-criterion = بالحصول على 85% في 3 اختبارات أسبوعية متتالية
goal-writ-spelling-patterns-benchmark-1 = بحلول تقرير التقدم الأول: بالحصول على 65% في 3 اختبارات أسبوعية متتالية
goal-writ-spelling-patterns-benchmark-2 = بحلول تقرير التقدم الثاني: بالحصول على 75% في 3 اختبارات أسبوعية متتالية

goal-writ-sentence-complete-skill = سيكتب جملا كاملة تحتوي على فاعل (مسند إليه) وخبر (مسند)
goal-writ-sentence-complete-condition = عند إعطائه صورة أو موضوعا للكتابة
goal-writ-sentence-complete-criterion = بدقة 80% في 4 من 5 محاولات
goal-writ-sentence-complete-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-writ-sentence-complete-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-writ-narrative-skill = سيكتب نصا سرديا له بداية ووسط ونهاية مستخدما كلمات الربط
goal-writ-narrative-condition = عند إعطائه موضوعا لسرد تجربة شخصية وخريطة للقصة
goal-writ-narrative-criterion = بالحصول على درجة 3 من 4 في سلم تقدير السرد في 3 من 4 نماذج كتابية

goal-writ-edit-checklist-skill = سيراجع مسودة ويصحح التهجئة والأحرف الكبيرة وعلامات الترقيم باستخدام قائمة تحقق
goal-writ-edit-checklist-condition = عند إعطائه مسودة أولى مما كتبه بنفسه
goal-writ-edit-checklist-criterion = بتصحيح 4 من 5 أخطاء في 4 من 5 مسودات

goal-writ-transitions-skill = سيستخدم ثلاث كلمات ربط مختلفة على الأقل للربط بين الأفكار
goal-writ-transitions-condition = عند كتابة إجابة من عدة فقرات
goal-writ-transitions-criterion = في 4 من 5 نماذج كتابية

goal-writ-research-notes-skill = سيدون ملاحظات من مصدرين ويذكر كل مصدر منهما
goal-writ-research-notes-condition = عند إعطائه سؤالا بحثيا ومصدرين بمستوى الصف الدراسي
goal-writ-research-notes-criterion = بتدوين 5 حقائق ذات صلة مع مصادرها في 4 من 5 محاولات

goal-writ-typing-skill = سيكتب على لوحة المفاتيح بسرعة 20 كلمة في الدقيقة بدقة 90%
goal-writ-typing-condition = باستخدام لوحة مفاتيح وبرنامج لتعلم الكتابة على لوحة المفاتيح
goal-writ-typing-criterion = في 3 اختبارات موقوتة متتالية

goal-writ-dictation-tool-skill = سيستخدم برنامج تحويل الكلام إلى نص لكتابة مسودة فقرة ثم مراجعتها
goal-writ-dictation-tool-condition = عند إعطائه مهمة كتابية وبرنامج تحويل الكلام إلى نص
goal-writ-dictation-tool-criterion = بكتابة فقرة من 5 جمل في 4 من 5 محاولات

goal-writ-functional-forms-skill = سيملأ نموذج معلومات شخصية (الاسم، العنوان، الهاتف، تاريخ الميلاد، جهة الاتصال في حالات الطوارئ)
goal-writ-functional-forms-condition = عند إعطائه نموذج طلب عمل أو طلب التحاق بمدرسة
goal-writ-functional-forms-criterion = بملء 5 من 5 خانات بشكل صحيح في 3 محاولات متتالية

goal-writ-constructed-response-skill = سيجيب عن سؤال مبني على نص باستخدام استراتيجية RACE (إعادة صياغة السؤال، الإجابة، الاستشهاد بالنص، الشرح)
goal-writ-constructed-response-condition = عند إعطائه نصا وسؤالا بمستوى الصف الدراسي
goal-writ-constructed-response-criterion = بتضمين 4 من 4 أجزاء في 4 من 5 إجابات

goal-writ-handwriting-legible-skill = سيكتب بخط مقروء على ورق مسطر بحجم أحرف صحيح ومسافات صحيحة
goal-writ-handwriting-legible-condition = عند نسخ نص من 3 جمل
goal-writ-handwriting-legible-criterion = بدقة 80% في 4 من 5 محاولات
goal-writ-handwriting-legible-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-writ-handwriting-legible-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-writ-expand-sentences-skill = سيوسع الجمل البسيطة بإضافة تفاصيل تجيب عن: من، ماذا، متى، أين، لماذا
goal-writ-expand-sentences-condition = عند إعطائه جملة بسيطة
goal-writ-expand-sentences-criterion = بإضافة تفصيلين (2) في 4 من 5 محاولات

goal-writ-informational-essay-skill = سيكتب مقالا معلوماتيا يتضمن مقدمة وفقرتين للعرض تتضمنان حقائق وخاتمة
goal-writ-informational-essay-condition = عند إعطائه موضوعا ومصادر ومنظما بيانيا
goal-writ-informational-essay-criterion = بالحصول على درجة 3 من 4 في سلم التقدير في 3 من 4 مقالات

## math

goal-math-addition-regroup-skill = سيجمع أعدادا من رقمين ومن ثلاثة أرقام مع إعادة التجميع (الحمل)
goal-math-addition-regroup-condition = عند إعطائه 10 مسائل جمع
goal-math-addition-regroup-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-addition-regroup-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-addition-regroup-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-subtraction-regroup-skill = سيطرح أعدادا من رقمين ومن ثلاثة أرقام مع إعادة التجميع (الاستلاف)
goal-math-subtraction-regroup-condition = عند إعطائه 10 مسائل طرح
goal-math-subtraction-regroup-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-subtraction-regroup-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-subtraction-regroup-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-multiplication-facts-skill = سيتذكر حقائق الضرب (جدول الضرب) من 0 إلى 10
goal-math-multiplication-facts-condition = عند إعطائه اختبار قياس قصيرا موقوتا مدته دقيقتان (2) يتضمن 50 عملية ضرب
goal-math-multiplication-facts-criterion = بالإجابة الصحيحة عن 40 من 50 في 3 اختبارات قياس قصيرة متتالية

goal-math-word-problems-skill = سيحل المسائل الكلامية ذات الخطوة الواحدة والخطوتين بتحديد العملية الحسابية وإظهار خطوات الحل
goal-math-word-problems-condition = عند إعطائه 5 مسائل كلامية بمستوى الصف الدراسي تقرأ له بصوت عال عند الحاجة
goal-math-word-problems-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-word-problems-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-word-problems-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-fractions-compare-skill = سيقارن بين كسور مختلفة المقامات باستخدام النماذج أو المقامات المشتركة
goal-math-fractions-compare-condition = عند إعطائه 10 أزواج من الكسور
goal-math-fractions-compare-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-fractions-compare-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-fractions-compare-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-linear-equations-skill = سيحل معادلات خطية متعددة الخطوات بمتغير واحد
goal-math-linear-equations-condition = عند إعطائه 10 معادلات وقائمة تحقق بالخطوات
goal-math-linear-equations-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-linear-equations-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-linear-equations-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-money-count-skill = سيعد مجموعة مختلطة من العملات المعدنية والورقية حتى 20.00 دولار
goal-math-money-count-condition = عند إعطائه مجموعة من العملات المعدنية والورقية
goal-math-money-count-criterion = بدقة 90% في 3 جلسات متتالية
goal-math-money-count-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 70% في 3 جلسات متتالية
goal-math-money-count-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 80% في 3 جلسات متتالية

goal-math-make-change-skill = سيحسب المبلغ المتبقي (الباقي) المستحق من عملية شراء قيمتها حتى 20.00 دولار
goal-math-make-change-condition = عند إعطائه بطاقة سعر ومبلغا مدفوعا
goal-math-make-change-criterion = في 8 من 10 محاولات على مدى 3 جلسات

goal-math-time-tell-skill = سيقرأ الوقت لأقرب خمس دقائق على ساعة بعقارب
goal-math-time-tell-condition = عند إعطائه 10 صور لواجهات ساعة
goal-math-time-tell-criterion = بدقة 90% في 3 جلسات متتالية
goal-math-time-tell-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 70% في 3 جلسات متتالية
goal-math-time-tell-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 80% في 3 جلسات متتالية

goal-math-place-value-skill = سيحدد القيمة المكانية لكل رقم في الأعداد حتى 1,000
goal-math-place-value-condition = عند إعطائه 10 أعداد من ثلاثة أرقام
goal-math-place-value-criterion = بدقة 85% في 4 من 5 محاولات
goal-math-place-value-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 65% في 4 من 5 محاولات
goal-math-place-value-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 75% في 4 من 5 محاولات

goal-math-measurement-skill = سيقيس الأشياء لأقرب ربع بوصة ولأقرب سنتيمتر
goal-math-measurement-condition = عند إعطائه مسطرة و10 أشياء
goal-math-measurement-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-measurement-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-measurement-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-graphs-skill = سيقرأ الرسوم البيانية بالأعمدة والرسوم البيانية الخطية ويفسرها للإجابة عن الأسئلة
goal-math-graphs-condition = عند إعطائه رسما بيانيا و5 أسئلة
goal-math-graphs-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-graphs-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-graphs-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-ratios-skill = سيحل مسائل النسب والمعدلات باستخدام الجداول أو المخططات الشريطية
goal-math-ratios-condition = عند إعطائه 5 مسائل نسب من الحياة الواقعية
goal-math-ratios-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-ratios-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-ratios-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-calculator-use-skill = سيستخدم الآلة الحاسبة لحل مسائل متعددة الخطوات ويتحقق مما إذا كانت الإجابة منطقية
goal-math-calculator-use-condition = عند إعطائه 10 مسائل وآلة حاسبة
goal-math-calculator-use-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-calculator-use-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-calculator-use-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-math-budget-skill = سيعد ميزانية أسبوعية تتضمن الدخل والمصروفات ويحسب الرصيد
goal-math-budget-condition = عند إعطائه قسيمة راتب وقائمة بالمصروفات
goal-math-budget-criterion = بما لا يزيد على خطأ واحد (1) في 3 من 4 محاولات

goal-math-number-line-skill = سيحدد مواقع الأعداد الصحيحة والأعداد العشرية على خط الأعداد ويرتبها
goal-math-number-line-condition = عند إعطائه 10 أعداد وخط أعداد
goal-math-number-line-criterion = بدقة 80% في 4 من 5 محاولات
goal-math-number-line-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-math-number-line-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

## speech_language

goal-spl-articulation-r-skill = سينطق الصوت /r/ نطقا صحيحا في الكلمات والجمل
goal-spl-articulation-r-condition = أثناء أنشطة كلامية منظمة
goal-spl-articulation-r-criterion = بدقة 80% في 3 جلسات متتالية
goal-spl-articulation-r-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 3 جلسات متتالية
goal-spl-articulation-r-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 3 جلسات متتالية

goal-spl-articulation-s-skill = سينطق الصوتين /s/ و/z/ نطقا صحيحا أثناء المحادثة
goal-spl-articulation-s-condition = أثناء محادثة مدتها 5 دقائق مع مقدم الخدمة
goal-spl-articulation-s-criterion = بدقة 80% في 3 جلسات متتالية
goal-spl-articulation-s-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 3 جلسات متتالية
goal-spl-articulation-s-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 3 جلسات متتالية

goal-spl-following-directions-skill = سيتبع تعليمات من خطوتين تتضمن مفاهيم أساسية (قبل، بعد، أولا، أخيرا)
goal-spl-following-directions-condition = عند إعطائه تعليمات شفهية دون إشارات بصرية
goal-spl-following-directions-criterion = بدقة 80% في 4 من 5 محاولات
goal-spl-following-directions-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-spl-following-directions-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-spl-vocabulary-categories-skill = سيسمي 5 أشياء على الأقل من فئة واحدة ويشرح العلاقة بينها
goal-spl-vocabulary-categories-condition = عند إعطائه اسم فئة
goal-spl-vocabulary-categories-criterion = في 4 من 5 محاولات

goal-spl-wh-questions-skill = سيجيب عن أسئلة الاستفهام (من، ماذا، أين، متى، لماذا) حول قصة قصيرة
goal-spl-wh-questions-condition = بعد الاستماع إلى قصة قصيرة تقرأ بصوت عال
goal-spl-wh-questions-criterion = بدقة 80% في 4 من 5 محاولات
goal-spl-wh-questions-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-spl-wh-questions-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-spl-sentence-length-skill = سيستخدم جملا كاملة من 6 كلمات أو أكثر بقواعد لغوية صحيحة
goal-spl-sentence-length-condition = عند وصف صورة أو حدث
goal-spl-sentence-length-criterion = بدقة 80% في 4 من 5 محاولات
goal-spl-sentence-length-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-spl-sentence-length-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-spl-narrative-retell-skill = سيعيد سرد حدث شخصي بالترتيب مستخدما كلمات تدل على الزمن (أولا، بعد ذلك، ثم، أخيرا)
goal-spl-narrative-retell-condition = عند سؤاله عن حدث وقع مؤخرا
goal-spl-narrative-retell-criterion = بذكر 4 أحداث بالترتيب في 4 من 5 محاولات

goal-spl-conversation-turns-skill = سيحافظ على موضوع المحادثة على مدى 4 أدوار في الحديث
goal-spl-conversation-turns-condition = أثناء محادثة مع أحد زملائه
goal-spl-conversation-turns-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-spl-fluency-strategy-skill = سيستخدم استراتيجية للطلاقة (البدء السهل في النطق، التحدث ببطء) ليتكلم بطلاقة
goal-spl-fluency-strategy-condition = أثناء محادثة منظمة
goal-spl-fluency-strategy-criterion = بنسبة 90% من المقاطع المنطوقة بطلاقة على مدى 3 جلسات متتالية
goal-spl-fluency-strategy-benchmark-1 = بحلول تقرير التقدم الأول: بنسبة 70% من المقاطع المنطوقة بطلاقة على مدى 3 جلسات متتالية
goal-spl-fluency-strategy-benchmark-2 = بحلول تقرير التقدم الثاني: بنسبة 80% من المقاطع المنطوقة بطلاقة على مدى 3 جلسات متتالية

goal-spl-aac-requests-skill = سيستخدم جهاز تواصل معززا لتقديم الطلبات والتعليقات
goal-spl-aac-requests-condition = أثناء الأنشطة الروتينية في الفصل
goal-spl-aac-requests-criterion = 10 مرات خلال فترة مدتها 30 دقيقة في 3 أيام متتالية

goal-spl-figurative-language-skill = سيشرح معنى التعابير الاصطلاحية والتعبيرات المجازية
goal-spl-figurative-language-condition = عند إعطائه 10 تعابير اصطلاحية في سياق جمل
goal-spl-figurative-language-criterion = بدقة 80% في 4 من 5 محاولات
goal-spl-figurative-language-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-spl-figurative-language-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-spl-clarification-skill = سيطلب التوضيح عندما لا يفهم تعليمات أو رسالة
goal-spl-clarification-condition = أثناء التدريس في الفصل
goal-spl-clarification-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-spl-describe-attributes-skill = سيصف شيئا باستخدام 3 صفات (الحجم، اللون، الوظيفة، الأجزاء)
goal-spl-describe-attributes-condition = عند إعطائه صورة أو شيئا حقيقيا
goal-spl-describe-attributes-criterion = في 4 من 5 محاولات

goal-spl-pronouns-skill = سيستخدم ضمائر الفاعل وضمائر المفعول به استخداما صحيحا في الجمل
goal-spl-pronouns-condition = أثناء أنشطة لغوية منظمة
goal-spl-pronouns-criterion = بدقة 80% في 4 من 5 محاولات
goal-spl-pronouns-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-spl-pronouns-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-spl-voice-volume-skill = سيستخدم مستوى صوت مناسبا للمكان
goal-spl-voice-volume-condition = أثناء الأنشطة الروتينية في الفصل والممرات
goal-spl-voice-volume-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-spl-self-advocacy-speech-skill = سيشرح لشخص بالغ جديد احتياجاته في التواصل وأشكال الدعم التي تساعده
goal-spl-self-advocacy-speech-condition = في تمثيل للأدوار أو في اجتماع حقيقي
goal-spl-self-advocacy-speech-criterion = بذكر احتياجين (2) وشكلين (2) من أشكال الدعم في 3 من 4 محاولات

## social_emotional

goal-soc-identify-feelings-skill = سيحدد مشاعره ويقيم شدتها باستخدام مقياس للمشاعر
goal-soc-identify-feelings-condition = عندما يكون منزعجا خلال اليوم الدراسي
goal-soc-identify-feelings-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-soc-coping-strategy-skill = سيستخدم استراتيجية للتكيف (التنفس العميق، بطاقة الاستراحة، العد) ليهدأ
goal-soc-coping-strategy-condition = عندما يشعر بالإحباط أو القلق
goal-soc-coping-strategy-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-soc-peer-initiation-skill = سيبادر بالتفاعل مع أحد زملائه
goal-soc-peer-initiation-condition = خلال الأوقات غير المنظمة (الغداء، الاستراحة)
goal-soc-peer-initiation-criterion = 3 مرات في اليوم في 4 من 5 أيام

goal-soc-perspective-taking-skill = سيذكر ما قد يشعر به شخص آخر في موقف معين وسبب ذلك
goal-soc-perspective-taking-condition = عند إعطائه مواقف اجتماعية
goal-soc-perspective-taking-criterion = بدقة 80% في 4 من 5 محاولات
goal-soc-perspective-taking-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-soc-perspective-taking-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-soc-conflict-resolution-skill = سيستخدم خطة من 4 خطوات لحل المشكلات لحل خلاف مع أحد زملائه
goal-soc-conflict-resolution-condition = أثناء الخلافات مع الزملاء
goal-soc-conflict-resolution-criterion = في 3 من 4 فرص تمت ملاحظتها

goal-soc-accept-feedback-skill = سيتقبل الملاحظات التصحيحية من الشخص البالغ دون جدال
goal-soc-accept-feedback-condition = عند تلقي ملاحظات تصحيحية
goal-soc-accept-feedback-criterion = في 80% من الفرص على مدى 4 أسابيع متتالية
goal-soc-accept-feedback-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفرص على مدى 4 أسابيع متتالية
goal-soc-accept-feedback-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفرص على مدى 4 أسابيع متتالية

goal-soc-group-work-skill = سيشارك في نشاط ضمن مجموعة صغيرة بطرح أفكاره وانتظار دوره
goal-soc-group-work-condition = أثناء أنشطة التعلم التعاوني
goal-soc-group-work-criterion = في 4 من 5 جلسات تمت ملاحظتها

goal-soc-self-advocacy-skill = سيطلب المساعدة أو التسهيلات من المعلم بعبارة مناسبة
goal-soc-self-advocacy-condition = عند مواجهة مهمة صعبة
goal-soc-self-advocacy-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-soc-positive-self-talk-skill = سيستبدل بالعبارة السلبية التي يقولها عن نفسه عبارة إيجابية
goal-soc-positive-self-talk-condition = عندما يطلب منه المرشد ذلك أثناء الجلسة
goal-soc-positive-self-talk-criterion = في 4 من 5 محاولات

goal-soc-friendship-skills-skill = سيذكر 3 صفات للصديق الجيد ويصف موقفا أظهر فيه إحداها
goal-soc-friendship-skills-condition = أثناء جلسات الإرشاد
goal-soc-friendship-skills-criterion = في 3 من 4 جلسات

goal-soc-anxiety-plan-skill = سيتبع خطة مكتوبة للتعامل مع القلق قبل الاختبارات والعروض التقديمية
goal-soc-anxiety-plan-condition = قبل اختبار أو عرض تقديمي
goal-soc-anxiety-plan-criterion = في 4 من 5 فرص

goal-soc-social-cues-skill = سيتعرف على الإشارات غير اللفظية (تعابير الوجه، نبرة الصوت، لغة الجسد) في مقاطع فيديو
goal-soc-social-cues-condition = عند إعطائه مقاطع فيديو قصيرة
goal-soc-social-cues-criterion = بدقة 80% في 4 من 5 محاولات
goal-soc-social-cues-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-soc-social-cues-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-soc-joining-games-skill = سيطلب الانضمام إلى لعبة أو نشاط بعبارة مناسبة
goal-soc-joining-games-condition = أثناء الاستراحة أو وقت الفراغ
goal-soc-joining-games-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-soc-goal-setting-skill = سيضع هدفا شخصيا كل أسبوع ويقيم ما إذا كان قد حققه
goal-soc-goal-setting-condition = أثناء لقاءات المتابعة الأسبوعية مع المرشد
goal-soc-goal-setting-criterion = في 8 من 10 أسابيع متتالية

goal-soc-attendance-skill = سيحضر إلى المدرسة في الموعد المحدد
goal-soc-attendance-condition = خلال كل فترة تقييم
goal-soc-attendance-criterion = في 90% من الأيام الدراسية
goal-soc-attendance-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الأيام الدراسية
goal-soc-attendance-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الأيام الدراسية

goal-soc-responsibility-skill = سيتحمل مسؤولية تصرفاته بوصف ما حدث وما يجب فعله بعد ذلك
goal-soc-responsibility-condition = بعد وقوع حادثة
goal-soc-responsibility-criterion = في 3 من 4 فرص

## behavior

goal-beh-on-task-skill = سيظل مركزا على المهمة أثناء العمل المستقل
goal-beh-on-task-condition = أثناء فترات العمل المستقل التي مدتها 20 دقيقة
goal-beh-on-task-criterion = في 80% من الفترات الزمنية على مدى 4 أسابيع متتالية
goal-beh-on-task-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفترات الزمنية على مدى 4 أسابيع متتالية
goal-beh-on-task-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفترات الزمنية على مدى 4 أسابيع متتالية

goal-beh-follow-directions-skill = سيتبع تعليمات المعلم خلال 30 ثانية من الطلب الأول
goal-beh-follow-directions-condition = أثناء التدريس في الفصل
goal-beh-follow-directions-criterion = في 80% من الفرص على مدى 4 أسابيع متتالية
goal-beh-follow-directions-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفرص على مدى 4 أسابيع متتالية
goal-beh-follow-directions-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفرص على مدى 4 أسابيع متتالية

goal-beh-break-card-skill = سيستخدم بطاقة الاستراحة لطلب استراحة بدلا من مغادرة المكان
goal-beh-break-card-condition = عندما يشعر بالإحباط
goal-beh-break-card-criterion = في 90% من الفرص على مدى 4 أسابيع متتالية
goal-beh-break-card-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الفرص على مدى 4 أسابيع متتالية
goal-beh-break-card-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الفرص على مدى 4 أسابيع متتالية

goal-beh-hands-to-self-skill = سيبقي يديه وقدميه بعيدة عن الآخرين
goal-beh-hands-to-self-condition = أثناء التنقل بين الأنشطة وفي الأوقات غير المنظمة
goal-beh-hands-to-self-criterion = في 90% من الفترات الزمنية على مدى 4 أسابيع متتالية
goal-beh-hands-to-self-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الفترات الزمنية على مدى 4 أسابيع متتالية
goal-beh-hands-to-self-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الفترات الزمنية على مدى 4 أسابيع متتالية

goal-beh-raise-hand-skill = سيرفع يده وينتظر حتى يؤذن له قبل أن يتكلم
goal-beh-raise-hand-condition = أثناء التدريس لجميع طلاب الفصل
goal-beh-raise-hand-criterion = في 80% من الفرص على مدى 4 أسابيع متتالية
goal-beh-raise-hand-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفرص على مدى 4 أسابيع متتالية
goal-beh-raise-hand-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفرص على مدى 4 أسابيع متتالية

goal-beh-transitions-skill = سينتقل بين الأنشطة خلال دقيقتين (2)
goal-beh-transitions-condition = عند إعطائه تنبيها قبل دقيقتين (2) وجدولا مرئيا
goal-beh-transitions-criterion = في 8 من 10 تنقلات يوميا في 4 من 5 أيام

goal-beh-work-completion-skill = سينجز الواجبات الصفية ويسلمها
goal-beh-work-completion-condition = عند إعطائه قائمة تحقق بالأعمال المطلوبة
goal-beh-work-completion-criterion = في 80% من الواجبات خلال فترة تقييم
goal-beh-work-completion-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الواجبات خلال فترة تقييم
goal-beh-work-completion-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الواجبات خلال فترة تقييم

goal-beh-respectful-language-skill = سيستخدم لغة محترمة مع زملائه ومع البالغين
goal-beh-respectful-language-condition = طوال اليوم الدراسي
goal-beh-respectful-language-criterion = بما لا يزيد على حادثة واحدة (1) في الأسبوع لمدة 4 أسابيع متتالية

goal-beh-self-monitoring-skill = سيقيم سلوكه بنفسه على ورقة النقاط ويتطابق تقييمه مع تقييم المعلم
goal-beh-self-monitoring-condition = في نهاية كل حصة دراسية
goal-beh-self-monitoring-criterion = في 80% من الحصص على مدى 4 أسابيع متتالية
goal-beh-self-monitoring-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الحصص على مدى 4 أسابيع متتالية
goal-beh-self-monitoring-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الحصص على مدى 4 أسابيع متتالية

goal-beh-wait-turn-skill = سينتظر دوره دون مقاطعة
goal-beh-wait-turn-condition = أثناء أنشطة المجموعات الصغيرة
goal-beh-wait-turn-criterion = في 4 من 5 فرص تمت ملاحظتها

goal-beh-seat-remain-skill = سيبقى في المكان المخصص له
goal-beh-seat-remain-condition = أثناء الحصص التعليمية التي مدتها 30 دقيقة
goal-beh-seat-remain-criterion = في 90% من الفترات الزمنية على مدى 4 أسابيع متتالية
goal-beh-seat-remain-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الفترات الزمنية على مدى 4 أسابيع متتالية
goal-beh-seat-remain-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الفترات الزمنية على مدى 4 أسابيع متتالية

goal-beh-materials-ready-skill = سيحضر الأدوات المطلوبة (الكتاب، الدفتر، قلم الرصاص) إلى الحصة
goal-beh-materials-ready-condition = في بداية كل حصة
goal-beh-materials-ready-criterion = في 85% من الحصص على مدى 4 أسابيع متتالية
goal-beh-materials-ready-benchmark-1 = بحلول تقرير التقدم الأول: في 65% من الحصص على مدى 4 أسابيع متتالية
goal-beh-materials-ready-benchmark-2 = بحلول تقرير التقدم الثاني: في 75% من الحصص على مدى 4 أسابيع متتالية

goal-beh-aggression-replace-skill = سيستخدم سلوكا بديلا (الابتعاد، طلب المساعدة من شخص بالغ) بدلا من العدوان الجسدي
goal-beh-aggression-replace-condition = أثناء الخلافات مع زملائه
goal-beh-aggression-replace-criterion = دون أي حادثة عدوان جسدي (0 حوادث) لمدة 6 أسابيع متتالية

goal-beh-task-initiation-skill = سيبدأ المهمة المكلف بها خلال دقيقتين (2)
goal-beh-task-initiation-condition = بعد إعطاء التعليمات
goal-beh-task-initiation-criterion = في 80% من الفرص على مدى 4 أسابيع متتالية
goal-beh-task-initiation-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفرص على مدى 4 أسابيع متتالية
goal-beh-task-initiation-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفرص على مدى 4 أسابيع متتالية

goal-beh-cell-phone-skill = سيحتفظ بهاتفه الشخصي بعيدا وخارج الاستخدام أثناء الحصة
goal-beh-cell-phone-condition = أثناء الحصص التعليمية
goal-beh-cell-phone-criterion = في 90% من الحصص على مدى 4 أسابيع متتالية
goal-beh-cell-phone-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الحصص على مدى 4 أسابيع متتالية
goal-beh-cell-phone-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الحصص على مدى 4 أسابيع متتالية

goal-beh-calm-down-return-skill = سيعود إلى النشاط خلال 5 دقائق بعد الاستراحة
goal-beh-calm-down-return-condition = بعد استراحة طلبها أو عرضت عليه
goal-beh-calm-down-return-criterion = في 80% من الاستراحات على مدى 4 أسابيع متتالية
goal-beh-calm-down-return-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الاستراحات على مدى 4 أسابيع متتالية
goal-beh-calm-down-return-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الاستراحات على مدى 4 أسابيع متتالية

## fine_motor

goal-fm-pencil-grasp-skill = سيمسك القلم بقبضة ثلاثية الأصابع وظيفية عند الكتابة
goal-fm-pencil-grasp-condition = أثناء مهام الكتابة، مع استخدام ممسك القلم عند الحاجة
goal-fm-pencil-grasp-criterion = بدقة 80% في مهام الكتابة التي تتم ملاحظتها على مدى 3 جلسات متتالية
goal-fm-pencil-grasp-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في مهام الكتابة التي تتم ملاحظتها على مدى 3 جلسات متتالية
goal-fm-pencil-grasp-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في مهام الكتابة التي تتم ملاحظتها على مدى 3 جلسات متتالية

goal-fm-scissors-skill = سيقص على طول خط منحن دون أن يبتعد عنه أكثر من 1/4 بوصة
goal-fm-scissors-condition = عند إعطائه مقصا وورقة عمل
goal-fm-scissors-criterion = في 4 من 5 محاولات

goal-fm-letter-formation-skill = سيكتب الأحرف الكبيرة والصغيرة بشكل صحيح من الذاكرة
goal-fm-letter-formation-condition = عند كتابة حروف الأبجدية
goal-fm-letter-formation-criterion = بدقة 90% في 3 جلسات متتالية
goal-fm-letter-formation-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 70% في 3 جلسات متتالية
goal-fm-letter-formation-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 80% في 3 جلسات متتالية

goal-fm-buttons-zippers-skill = سيغلق الأزرار والسحابات في ملابسه
goal-fm-buttons-zippers-condition = أثناء روتين ارتداء الملابس
goal-fm-buttons-zippers-criterion = بشكل مستقل في 4 من 5 محاولات

goal-fm-copy-board-skill = سينسخ 3 جمل من السبورة بخط مقروء
goal-fm-copy-board-condition = خلال 5 دقائق
goal-fm-copy-board-criterion = في 4 من 5 محاولات

goal-fm-keyboard-home-row-skill = سيكتب على لوحة المفاتيح باستخدام مفاتيح الصف الأساسي بكلتا يديه
goal-fm-keyboard-home-row-condition = باستخدام لوحة مفاتيح وبرنامج لتعلم الكتابة على لوحة المفاتيح
goal-fm-keyboard-home-row-criterion = بسرعة 15 كلمة في الدقيقة في 3 جلسات متتالية

goal-fm-in-hand-manipulation-skill = سيلتقط أشياء صغيرة (عملات معدنية، أوتاد) ويضعها في مكانها بيد واحدة
goal-fm-in-hand-manipulation-condition = عند إعطائه 10 أشياء صغيرة
goal-fm-in-hand-manipulation-criterion = بوضع 10 من 10 في أقل من 60 ثانية في 4 من 5 محاولات

goal-fm-spacing-skill = سيترك مسافة بعرض إصبع بين الكلمات ويكتب على السطر
goal-fm-spacing-condition = عند كتابة 3 جمل أو أكثر
goal-fm-spacing-criterion = بدقة 80% في 4 من 5 نماذج كتابية
goal-fm-spacing-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 نماذج كتابية
goal-fm-spacing-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 نماذج كتابية

goal-fm-open-containers-skill = سيفتح علب الغداء والعبوات
goal-fm-open-containers-condition = أثناء الغداء
goal-fm-open-containers-criterion = بشكل مستقل في 4 من 5 فرص

goal-fm-tablet-navigation-skill = سيستخدم شاشة اللمس في الجهاز اللوحي لفتح تطبيق واستخدامه وإغلاقه
goal-fm-tablet-navigation-condition = عند إعطائه تعليمات شفهية
goal-fm-tablet-navigation-criterion = بشكل مستقل في 4 من 5 محاولات

goal-fm-shoelaces-skill = سيربط رباط حذائه
goal-fm-shoelaces-condition = أثناء روتين ارتداء الملابس
goal-fm-shoelaces-criterion = بشكل مستقل في 4 من 5 محاولات

goal-fm-bilateral-skill = سيثبت الورقة بإحدى يديه أثناء الكتابة أو القص باليد الأخرى
goal-fm-bilateral-condition = أثناء المهام على الطاولة
goal-fm-bilateral-criterion = بدقة 80% في المهام التي تتم ملاحظتها على مدى 3 جلسات
goal-fm-bilateral-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في المهام التي تتم ملاحظتها على مدى 3 جلسات
goal-fm-bilateral-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في المهام التي تتم ملاحظتها على مدى 3 جلسات

goal-fm-ruler-line-skill = سيرسم خطا مستقيما بين نقطتين باستخدام المسطرة
goal-fm-ruler-line-condition = عند إعطائه مسطرة و10 أزواج من النقاط
goal-fm-ruler-line-criterion = 8 من 10 خطوط بهامش لا يتجاوز 1/8 بوصة في 3 جلسات متتالية

goal-fm-sizing-letters-skill = سيكتب الأحرف بحجم صحيح داخل سطور الكتابة
goal-fm-sizing-letters-condition = عند نسخ جملة
goal-fm-sizing-letters-criterion = بدقة 80% في 4 من 5 محاولات
goal-fm-sizing-letters-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في 4 من 5 محاولات
goal-fm-sizing-letters-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في 4 من 5 محاولات

goal-fm-utensils-skill = سيستخدم الشوكة والملعقة لتناول الطعام دون أن يسكبه
goal-fm-utensils-condition = أثناء الغداء
goal-fm-utensils-criterion = في 4 من 5 وجبات تمت ملاحظتها

goal-fm-organize-binder-skill = سيضع الأوراق في الأقسام الصحيحة من الملف باستخدام الحلقات والفواصل
goal-fm-organize-binder-condition = في نهاية كل حصة
goal-fm-organize-binder-criterion = في 80% من الفرص على مدى 4 أسابيع
goal-fm-organize-binder-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفرص على مدى 4 أسابيع
goal-fm-organize-binder-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفرص على مدى 4 أسابيع

## gross_motor

goal-gm-stairs-skill = سيصعد الدرج وينزله بالتناوب بين قدميه ممسكا بالدرابزين
goal-gm-stairs-condition = أثناء التنقل داخل المدرسة
goal-gm-stairs-criterion = بأمان في 4 من 5 محاولات

goal-gm-balance-beam-skill = سيمشي بوضع الكعب أمام أصابع القدم الأخرى على خط طوله 10 أقدام دون أن يخرج عنه
goal-gm-balance-beam-condition = في صالة الألعاب الرياضية أو غرفة العلاج
goal-gm-balance-beam-criterion = في 4 من 5 محاولات

goal-gm-ball-catch-skill = سيلتقط كرة ملعب ترمى إليه من مسافة 10 أقدام
goal-gm-ball-catch-condition = أثناء حصة التربية البدنية أو جلسة العلاج
goal-gm-ball-catch-criterion = 8 من 10 مرات التقاط في 3 جلسات متتالية

goal-gm-hop-skill = سيحجل على قدم واحدة 10 مرات دون أن يفقد توازنه
goal-gm-hop-condition = في صالة الألعاب الرياضية أو غرفة العلاج
goal-gm-hop-criterion = على كل قدم في 4 من 5 محاولات

goal-gm-navigate-school-skill = سيتنقل في الممرات المزدحمة بأمان باستخدام جهاز التنقل الخاص به
goal-gm-navigate-school-condition = أثناء تغيير الحصص
goal-gm-navigate-school-criterion = دون اصطدام أو توقف لطلب المساعدة في 4 من 5 محاولات

goal-gm-endurance-walk-skill = سيمشي مسافة 500 قدم دون استراحة
goal-gm-endurance-walk-condition = أثناء الرحلات المدرسية أو جلسات العلاج
goal-gm-endurance-walk-criterion = في 4 من 5 محاولات

goal-gm-jump-skill = سيقفز إلى الأمام مسافة 24 بوصة منطلقا بالقدمين معا وهابطا عليهما معا
goal-gm-jump-condition = في صالة الألعاب الرياضية أو غرفة العلاج
goal-gm-jump-criterion = في 4 من 5 محاولات

goal-gm-wheelchair-transfer-skill = سينتقل من الكرسي المتحرك إلى كرسي الفصل مع وجود شخص قريب مستعد للمساعدة
goal-gm-wheelchair-transfer-condition = أثناء الأنشطة الروتينية في الفصل
goal-gm-wheelchair-transfer-criterion = بأمان في 4 من 5 محاولات

goal-gm-kick-ball-skill = سيركل كرة متدحرجة نحو هدف على بعد 15 قدما
goal-gm-kick-ball-condition = أثناء حصة التربية البدنية
goal-gm-kick-ball-criterion = بإصابة الهدف 6 من 10 مرات في 3 جلسات

goal-gm-playground-equipment-skill = سيتسلق السلم ويستخدم الزحليقة في ألعاب الملعب
goal-gm-playground-equipment-condition = أثناء الاستراحة
goal-gm-playground-equipment-criterion = بشكل مستقل وبأمان في 4 من 5 فرص

goal-gm-posture-skill = سيحافظ على وضعية جلوس مستقيمة إلى المكتب
goal-gm-posture-condition = أثناء درس مدته 20 دقيقة
goal-gm-posture-criterion = بدقة 80% في الفترات الزمنية التي تتم ملاحظتها على مدى 3 جلسات
goal-gm-posture-benchmark-1 = بحلول تقرير التقدم الأول: بدقة 60% في الفترات الزمنية التي تتم ملاحظتها على مدى 3 جلسات
goal-gm-posture-benchmark-2 = بحلول تقرير التقدم الثاني: بدقة 70% في الفترات الزمنية التي تتم ملاحظتها على مدى 3 جلسات

goal-gm-curb-negotiation-skill = سيصعد على حافة الرصيف وينزل عنها بأمان
goal-gm-curb-negotiation-condition = أثناء الجولات في المجتمع
goal-gm-curb-negotiation-criterion = في 4 من 5 محاولات

goal-gm-skip-skill = سيتقدم بالوثب المتناوب (خطوة ثم قفزة على كل قدم بالتناوب) مسافة 30 قدما بحركة سلسة
goal-gm-skip-condition = في صالة الألعاب الرياضية
goal-gm-skip-criterion = في 4 من 5 محاولات

goal-gm-fitness-circuit-skill = سيكمل دائرة تمارين لياقة من 5 محطات
goal-gm-fitness-circuit-condition = أثناء حصة التربية البدنية المعدلة
goal-gm-fitness-circuit-criterion = خلال 10 دقائق في 3 جلسات متتالية

goal-gm-bus-steps-skill = سيصعد درجات الحافلة المدرسية وينزلها ممسكا بالدرابزين
goal-gm-bus-steps-condition = عند الوصول والانصراف
goal-gm-bus-steps-criterion = بأمان في 4 من 5 فرص

goal-gm-throw-overhand-skill = سيرمي كرة من فوق الكتف إلى زميل على بعد 15 قدما
goal-gm-throw-overhand-condition = أثناء حصة التربية البدنية
goal-gm-throw-overhand-criterion = بوصول الكرة إلى الزميل 8 من 10 مرات في 3 جلسات

## adaptive_daily_living

goal-adl-handwashing-skill = سيغسل يديه ويجففهما باتباع تسلسل مصور من 6 خطوات
goal-adl-handwashing-condition = قبل الغداء وبعد استخدام الحمام
goal-adl-handwashing-criterion = بإكمال 6 من 6 خطوات بشكل مستقل في 4 من 5 فرص

goal-adl-arrival-routine-skill = سيكمل روتين الوصول (إخراج أغراضه من الحقيبة، تعليق المعطف، تسليم الملف، بدء العمل الصباحي)
goal-adl-arrival-routine-condition = عند وصوله إلى الفصل
goal-adl-arrival-routine-criterion = بما لا يزيد على تذكير واحد (1) في 4 من 5 أيام

goal-adl-visual-schedule-skill = سيتبع جدولا مرئيا للانتقال بين الأنشطة
goal-adl-visual-schedule-condition = طوال اليوم الدراسي
goal-adl-visual-schedule-criterion = في 80% من التنقلات على مدى 4 أسابيع متتالية
goal-adl-visual-schedule-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من التنقلات على مدى 4 أسابيع متتالية
goal-adl-visual-schedule-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من التنقلات على مدى 4 أسابيع متتالية

goal-adl-personal-info-skill = سيذكر أو يبين اسمه الكامل وعنوانه ورقم هاتف أحد والديه
goal-adl-personal-info-condition = عندما يسأله شخص بالغ يعرفه
goal-adl-personal-info-criterion = بشكل صحيح في 4 من 5 محاولات

goal-adl-lunch-routine-skill = سيأخذ وجبة الغداء، ويدفع ثمنها أو يدخل رقم هويته، وينظف الطاولة
goal-adl-lunch-routine-condition = في مقصف المدرسة
goal-adl-lunch-routine-criterion = بشكل مستقل في 4 من 5 فرص

goal-adl-dressing-skill = سيرتدي سترته ويخلعها
goal-adl-dressing-condition = عند الوصول والانصراف
goal-adl-dressing-criterion = بشكل مستقل في 4 من 5 فرص

goal-adl-toileting-request-skill = سيعبر عن حاجته إلى استخدام الحمام
goal-adl-toileting-request-condition = طوال اليوم الدراسي
goal-adl-toileting-request-criterion = في 90% من الفرص على مدى 4 أسابيع متتالية
goal-adl-toileting-request-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الفرص على مدى 4 أسابيع متتالية
goal-adl-toileting-request-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الفرص على مدى 4 أسابيع متتالية

goal-adl-safety-signs-skill = سيتعرف على لافتات السلامة (مخرج، قف، خطر، امش) ويستجيب لها بشكل صحيح
goal-adl-safety-signs-condition = أثناء التعليم القائم على المجتمع
goal-adl-safety-signs-criterion = في 9 من 10 محاولات

goal-adl-simple-meal-skill = سيحضر وجبة خفيفة بسيطة باتباع وصفة مصورة
goal-adl-simple-meal-condition = في مطبخ مهارات الحياة
goal-adl-simple-meal-criterion = بإكمال 8 من 10 خطوات بشكل مستقل في 3 من 4 جلسات

goal-adl-hygiene-skill = سيكمل روتين العناية الشخصية (تمشيط الشعر، التحقق من المظهر، استخدام مزيل العرق)
goal-adl-hygiene-condition = باتباع قائمة تحقق
goal-adl-hygiene-criterion = بشكل مستقل في 4 من 5 فرص

goal-adl-calendar-use-skill = سيستخدم تقويما أو مفكرة لتسجيل الواجبات والمواعيد
goal-adl-calendar-use-condition = في نهاية كل حصة
goal-adl-calendar-use-criterion = في 80% من الفرص على مدى 4 أسابيع
goal-adl-calendar-use-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الفرص على مدى 4 أسابيع
goal-adl-calendar-use-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الفرص على مدى 4 أسابيع

goal-adl-shopping-list-skill = سيجد 5 أغراض من قائمة تسوق مصورة في متجر
goal-adl-shopping-list-condition = أثناء التعليم القائم على المجتمع
goal-adl-shopping-list-criterion = خلال 15 دقيقة في 3 من 4 زيارات

goal-adl-emergency-help-skill = سيذكر أو يوضح عمليا ما يجب فعله في حالة الطوارئ (الاتصال بالرقم 911، البحث عن شخص يساعده)
goal-adl-emergency-help-condition = عند إعطائه مواقف لتمثيل الأدوار
goal-adl-emergency-help-criterion = في 4 من 5 مواقف

goal-adl-clean-up-skill = سينظف مكان عمله ويعيد الأدوات إلى أماكنها
goal-adl-clean-up-condition = في نهاية النشاط
goal-adl-clean-up-criterion = بتذكير واحد (1) أو أقل في 4 من 5 فرص

goal-adl-medication-routine-skill = سيخبر الممرضة بموعد دوائه واسمه
goal-adl-medication-routine-condition = في الموعد المحدد لتناول الدواء
goal-adl-medication-routine-criterion = في 4 من 5 فرص

goal-adl-laundry-skill = سيفرز الغسيل ويغسله ويطويه باتباع خطوات تحليل المهمة
goal-adl-laundry-condition = في غرفة مهارات الحياة
goal-adl-laundry-criterion = بإكمال 9 من 10 خطوات في 3 من 4 جلسات

## transition

goal-tran-career-interest-skill = سيكمل استبيان الاهتمامات المهنية ويذكر 3 مهن تتوافق مع اهتماماته
goal-tran-career-interest-condition = مع مرشد الانتقال
goal-tran-career-interest-criterion = بذكر 3 مهن مناسبة مع سبب واحد (1) لكل منها بحلول نهاية فترة التقييم الأولى

goal-tran-job-application-skill = سيملأ طلب توظيف يتضمن المعلومات الشخصية وسجل العمل والمراجع
goal-tran-job-application-condition = عند إعطائه طلبا ورقيا أو إلكترونيا
goal-tran-job-application-criterion = بملء جميع الخانات المطلوبة بشكل صحيح في 3 من 4 محاولات

goal-tran-interview-practice-skill = سيجيب عن 5 أسئلة شائعة في مقابلات العمل بإجابات كاملة وذات صلة
goal-tran-interview-practice-condition = أثناء مقابلة عمل تجريبية
goal-tran-interview-practice-criterion = في 3 من 4 مقابلات تجريبية

goal-tran-resume-skill = سيعد سيرة ذاتية تتضمن التعليم والمهارات والخبرة في العمل أو التطوع
goal-tran-resume-condition = باستخدام نموذج للسيرة الذاتية
goal-tran-resume-criterion = بالحصول على درجة 3 من 4 في سلم تقدير السيرة الذاتية بحلول فترة التقييم الثانية

goal-tran-travel-public-skill = سيتنقل بالحافلة أو المترو بين المدرسة وموقع في المجتمع
goal-tran-travel-public-condition = مع تقليل دعم الشخص البالغ تدريجيا
goal-tran-travel-public-criterion = بشكل مستقل وبأمان في 4 من 5 رحلات

goal-tran-college-research-skill = سيبحث عن 3 برامج تعليمية لما بعد المرحلة الثانوية ويقارن بينها من حيث شروط القبول والتكلفة وخدمات الدعم
goal-tran-college-research-condition = باستخدام المواقع الإلكترونية للكليات وجدول مقارنة
goal-tran-college-research-criterion = بإكمال الجدول لـ 3 من 3 برامج

goal-tran-work-task-skill = سيكمل مهمة عمل مكلفا بها باتباع قائمة تحقق
goal-tran-work-task-condition = في موقع للتعلم القائم على العمل
goal-tran-work-task-criterion = في 90% من الخطوات على مدى 4 نوبات عمل متتالية
goal-tran-work-task-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من الخطوات على مدى 4 نوبات عمل متتالية
goal-tran-work-task-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من الخطوات على مدى 4 نوبات عمل متتالية

goal-tran-time-clock-skill = سيصل في الموعد ويسجل حضوره في نوبة التعلم القائم على العمل
goal-tran-time-clock-condition = في موقع للتعلم القائم على العمل
goal-tran-time-clock-criterion = في 90% من نوبات العمل خلال فترة تقييم
goal-tran-time-clock-benchmark-1 = بحلول تقرير التقدم الأول: في 70% من نوبات العمل خلال فترة تقييم
goal-tran-time-clock-benchmark-2 = بحلول تقرير التقدم الثاني: في 80% من نوبات العمل خلال فترة تقييم

goal-tran-self-advocacy-iep-skill = سيشرح إعاقته ونقاط قوته واحتياجاته والتسهيلات المقدمة له في اجتماع IEP
goal-tran-self-advocacy-iep-condition = بالاستعانة بنص معد مسبقا أو بشرائح عرض
goal-tran-self-advocacy-iep-criterion = بذكر 3 نقاط قوة واحتياجين (2) وتسهيلين (2)

goal-tran-money-management-skill = سيستخدم بطاقة الخصم المباشر أو النقود لإجراء عملية شراء ويتحقق من الإيصال
goal-tran-money-management-condition = أثناء التعليم القائم على المجتمع
goal-tran-money-management-criterion = بشكل صحيح في 4 من 5 زيارات

goal-tran-workplace-social-skill = سيلقي التحية على زملائه في العمل ويطلب المساعدة من المشرف عند الحاجة
goal-tran-workplace-social-condition = في موقع للتعلم القائم على العمل
goal-tran-workplace-social-criterion = في 4 من 5 نوبات عمل تمت ملاحظتها

goal-tran-credits-tracking-skill = سيتابع الوحدات الدراسية المعتمدة التي حصل عليها وامتحانات ريجنتس اللازمة للحصول على الدبلوم
goal-tran-credits-tracking-condition = باستخدام أداة متابعة التخرج مع المرشد
goal-tran-credits-tracking-criterion = بدقة 100% في كل مراجعة من مراجعات فترات التقييم الـ 3

goal-tran-agency-contact-skill = سيتصل بجهة تقدم خدمات للبالغين لتحديد موعد مقابلة أولية
goal-tran-agency-contact-condition = باستخدام نص مكتوب للمكالمة الهاتفية
goal-tran-agency-contact-criterion = بذكر الاسم والغرض والأوقات المتاحة في 3 من 4 تمثيلات أدوار ومكالمة حقيقية واحدة (1)

goal-tran-housing-skills-skill = سيقارن بين 3 إعلانات لشقق من حيث الإيجار والموقع والمواصلات
goal-tran-housing-skills-condition = عند إعطائه إعلانات لشقق وجدول مقارنة
goal-tran-housing-skills-criterion = بإكمال المقارنة بدقة 90% في 3 من 4 محاولات

goal-tran-schedule-appointments-skill = سيستخدم التقويم في الهاتف لضبط تذكيرات بالحصص والعمل والمواعيد
goal-tran-schedule-appointments-condition = على مدى أسبوع دراسي
goal-tran-schedule-appointments-criterion = في 80% من الأحداث المجدولة على مدى 4 أسابيع
goal-tran-schedule-appointments-benchmark-1 = بحلول تقرير التقدم الأول: في 60% من الأحداث المجدولة على مدى 4 أسابيع
goal-tran-schedule-appointments-benchmark-2 = بحلول تقرير التقدم الثاني: في 70% من الأحداث المجدولة على مدى 4 أسابيع

goal-tran-safety-work-skill = سيتبع قواعد السلامة في مكان العمل (معدات الحماية، التنظيف، الإبلاغ عن المخاطر)
goal-tran-safety-work-condition = في موقع للتعلم القائم على العمل
goal-tran-safety-work-criterion = باتباع 5 من 5 قواعد في 4 من 5 نوبات عمل تمت ملاحظتها
