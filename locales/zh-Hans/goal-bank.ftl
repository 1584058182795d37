# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = 将运用音节类型知识拼读多音节单词
goal-read-decode-multisyllabic-condition = 提供20个年级水平的陌生多音节单词列表时
goal-read-decode-multisyllabic-criterion = 5次尝试中有4次准确率达到80%
goal-read-decode-multisyllabic-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-read-decode-multisyllabic-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-read-fluency-wcpm-skill = 将以每分钟正确读出110个单词的速度朗读一篇年级水平的文章
goal-read-fluency-wcpm-condition = 提供一篇未练习过的年级水平文章时
goal-read-fluency-wcpm-criterion = 在连续3次每周测验中做到

goal-read-main-idea-skill = 将说出文章主旨和两个支持性细节
goal-read-main-idea-condition = 提供一篇年级水平的说明文和一份图形组织图时
goal-read-main-idea-criterion = 5次尝试中有4次准确率达到80%
goal-read-main-idea-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-read-main-idea-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-read-inference-skill = 将作出一个推论，并引用一条支持该推论的文本证据
goal-read-inference-condition = 阅读一篇年级水平的文学类文章后
goal-read-inference-criterion = 5次尝试中有4次准确率达到75%
goal-read-inference-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到55%
goal-read-inference-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到65%

goal-read-sight-words-skill = 将自动认读高频词（每个词在3秒内读出）
goal-read-sight-words-condition = 提供50个年级水平的高频词列表时
goal-read-sight-words-criterion = 在连续3次测验中正确读出50个词中的45个

goal-read-phonemic-blend-skill = 将对由3到4个音素组成的口语单词进行音素合成和切分
goal-read-phonemic-blend-condition = 口头呈现单词时
goal-read-phonemic-blend-criterion = 连续3次课中准确率达到90%
goal-read-phonemic-blend-benchmark-1 = 到第一次进展报告时：连续3次课中准确率达到70%
goal-read-phonemic-blend-benchmark-2 = 到第二次进展报告时：连续3次课中准确率达到80%

goal-read-summarize-skill = 将为一篇年级水平的文本撰写摘要，并按顺序写出主要事件
goal-read-summarize-condition = 独立阅读一篇年级水平的文章后
goal-read-summarize-criterion = 5次尝试中有4次在摘要评分准则上获得3分（满分4分）

goal-read-vocabulary-context-skill = 将利用上下文线索确定生词的意思
goal-read-vocabulary-context-condition = 提供一篇年级水平、含5个加下划线生词的文章时
goal-read-vocabulary-context-criterion = 5次尝试中有4次准确率达到80%
goal-read-vocabulary-context-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-read-vocabulary-context-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-read-text-structure-skill = 将识别文本结构（顺序、比较与对比、因果、问题与解决方法）
goal-read-text-structure-condition = 提供简短的说明文时
goal-read-text-structure-criterion = 5次尝试中有4次准确率达到80%
goal-read-text-structure-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-read-text-structure-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-read-answer-wh-skill = 将回答关于一篇文章的谁、什么、哪里、何时和为什么等问题
goal-read-answer-wh-condition = 听或阅读一篇教学水平的文章后
goal-read-answer-wh-criterion = 5次尝试中有4次准确率达到80%
goal-read-answer-wh-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-read-answer-wh-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-read-retell-skill = 将复述一个故事，内容包括人物、背景、问题和解决方法
goal-read-retell-condition = 阅读一个教学水平的故事后
goal-read-retell-criterion = 5次复述中有4次包含全部故事要素（4个中的4个）

goal-read-comprehension-monitor-skill = 将在理解出现困难时使用补救策略（重读、继续往下读、提出问题）
goal-read-comprehension-monitor-condition = 阅读年级水平的文本时
goal-read-comprehension-monitor-criterion = 在观察的5次机会中有4次做到

goal-read-compare-texts-skill = 将使用维恩图比较和对比同一主题的两篇文本
goal-read-compare-texts-condition = 提供同一主题的两篇年级水平文本时
goal-read-compare-texts-criterion = 5次尝试中有4次列出3个相同点和3个不同点

goal-read-reading-level-skill = 将以95%的单词准确率阅读教学水平的文本，并回答阅读理解问题
goal-read-reading-level-condition = 提供分级读物时
goal-read-reading-level-criterion = 以阅读记录衡量，阅读水平提高2个级别

goal-read-functional-signs-skill = 将认读社区中的功能性标志和标签
goal-read-functional-signs-condition = 提供20张社区标志和产品标签的照片时
goal-read-functional-signs-criterion = 在连续3次课中正确读出20个中的18个

goal-read-author-purpose-skill = 将识别作者的写作目的和观点
goal-read-author-purpose-condition = 提供一篇年级水平的说明文或说服性文章时
goal-read-author-purpose-criterion = 5次尝试中有4次准确率达到80%
goal-read-author-purpose-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-read-author-purpose-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

## writing

goal-writ-paragraph-skill = 将写出一个段落，包括主题句、三个支持性细节和结论句
goal-writ-paragraph-condition = 提供写作题目和段落规划表时
goal-writ-paragraph-criterion = 5份写作样本中有4份在段落评分准则上获得3分（满分4分）

goal-writ-argument-essay-skill = 将写一篇议论文，包括一个论点、两个有证据支持的理由和结论
goal-writ-argument-essay-condition = 提供写作题目和规划检查清单时
goal-writ-argument-essay-criterion = 连续3篇文章在评分准则上获得3分（满分4分）

goal-writ-capitalization-punctuation-skill = 将正确使用大写字母和句末标点
goal-writ-capitalization-punctuation-condition = 独立写五个或更多句子时
goal-writ-capitalization-punctuation-criterion = 5份写作样本中有4份准确率达到90%
goal-writ-capitalization-punctuation-benchmark-1 = 到第一次进展报告时：5份写作样本中有4份准确率达到70%
goal-writ-capitalization-punctuation-benchmark-2 = 到第二次进展报告时：5份写作样本中有4份准确率达到80%

goal-writ-spelling-patterns-skill = 将正确拼写含有已学拼写规律的单词
goal-writ-spelling-patterns-condition = 听写20个含有已学拼写规律的单词时
goal-writ-spelling-patterns-criterion = 连续3次每周测验中准确率达到85%
goal-writ-spelling-patterns-benchmark-1 = 到第一次进展报告时：连续3次每周测验中准确率达到65%
goal-writ-spelling-patterns-benchmark-2 = 到第二次进展报告时：连续3次每周测验中准确率达到75%

goal-writ-sentence-complete-skill = 将写出包含主语和谓语的完整句子
goal-writ-sentence-complete-condition = 提供图片或主题提示时
goal-writ-sentence-complete-criterion = 5次尝试中有4次准确率达到80%
goal-writ-sentence-complete-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-writ-sentence-complete-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-writ-narrative-skill = 将运用过渡词写出有开头、中间和结尾的记叙文
goal-writ-narrative-condition = 提供个人记叙文写作题目和故事地图时
goal-writ-narrative-criterion = 4份写作样本中有3份在记叙文评分准则上获得3分（满分4分）

goal-writ-edit-checklist-skill = 将使用检查清单，就拼写、大写和标点修改草稿
goal-writ-edit-checklist-condition = 提供一份自己写作的初稿时
goal-writ-edit-checklist-criterion = 5份草稿中有4份改正5个错误中的4个

goal-writ-transitions-skill = 将使用至少三个不同的过渡词连接各个观点
goal-writ-transitions-condition = 写多段落回答时
goal-writ-transitions-criterion = 5份写作样本中有4份做到

goal-writ-research-notes-skill = 将从两个资料来源做笔记，并注明每个来源
goal-writ-research-notes-condition = 提供一个研究问题和两份年级水平的资料来源时
goal-writ-research-notes-criterion = 5次尝试中有4次记录5条相关事实并注明来源

goal-writ-typing-skill = 将以每分钟20个单词的速度打字，准确率达到90%
goal-writ-typing-condition = 使用键盘和打字练习软件时
goal-writ-typing-criterion = 在连续3次计时测验中做到

goal-writ-dictation-tool-skill = 将使用语音转文字软件起草并修改一个段落
goal-writ-dictation-tool-condition = 提供写作作业和语音转文字软件时
goal-writ-dictation-tool-criterion = 5次尝试中有4次写出一个由5个句子组成的段落

goal-writ-functional-forms-skill = 将填写个人信息表（姓名、地址、电话、出生日期、紧急联系人）
goal-writ-functional-forms-condition = 提供工作或学校申请表时
goal-writ-functional-forms-criterion = 连续3次尝试中正确填写全部栏目（5个中的5个）

goal-writ-constructed-response-skill = 将使用RACE策略（复述问题、回答、引用证据、解释）回答基于文本的问题
goal-writ-constructed-response-condition = 提供一篇年级水平的文章和问题时
goal-writ-constructed-response-criterion = 5次回答中有4次包含全部部分（4个中的4个）

goal-writ-handwriting-legible-skill = 将在横线纸上清晰书写，字母大小和间距正确
goal-writ-handwriting-legible-condition = 抄写一段由3个句子组成的文字时
goal-writ-handwriting-legible-criterion = 5次尝试中有4次准确率达到80%
goal-writ-handwriting-legible-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-writ-handwriting-legible-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-writ-expand-sentences-skill = 将通过添加谁、什么、何时、哪里和为什么等细节来扩展简单句
goal-writ-expand-sentences-condition = 提供一个简单句时
goal-writ-expand-sentences-criterion = 5次尝试中有4次添加2个细节

goal-writ-informational-essay-skill = 将写一篇说明文，包括引言、两个含事实的正文段落和结论
goal-writ-informational-essay-condition = 提供主题、资料来源和图形组织图时
goal-writ-informational-essay-criterion = 4篇文章中有3篇在评分准则上获得3分（满分4分）

## math

goal-math-addition-regroup-skill = 将进行需要进位的两位数和三位数加法
goal-math-addition-regroup-condition = 提供10道加法题时
goal-math-addition-regroup-criterion = 5次尝试中有4次准确率达到80%
goal-math-addition-regroup-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-addition-regroup-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-subtraction-regroup-skill = 将进行需要退位的两位数和三位数减法
goal-math-subtraction-regroup-condition = 提供10道减法题时
goal-math-subtraction-regroup-criterion = 5次尝试中有4次准确率达到80%
goal-math-subtraction-regroup-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-subtraction-regroup-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-multiplication-facts-skill = 将熟记0到10的乘法口诀
goal-math-multiplication-facts-condition = 进行含50道基本算式的2分钟计时测验时
goal-math-multiplication-facts-criterion = 在连续3次测验中正确回答50道中的40道

goal-math-word-problems-skill = 将通过确定运算方法并写出解题过程，解答一步和两步应用题
goal-math-word-problems-condition = 提供5道年级水平的应用题，并按需要朗读题目时
goal-math-word-problems-criterion = 5次尝试中有4次准确率达到80%
goal-math-word-problems-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-word-problems-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-fractions-compare-skill = 将使用模型或公分母比较分母不同的分数
goal-math-fractions-compare-condition = 提供10组分数时
goal-math-fractions-compare-criterion = 5次尝试中有4次准确率达到80%
goal-math-fractions-compare-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-fractions-compare-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-linear-equations-skill = 将解多步骤的一元一次方程
goal-math-linear-equations-condition = 提供10个方程和一份解题步骤检查清单时
goal-math-linear-equations-criterion = 5次尝试中有4次准确率达到80%
goal-math-linear-equations-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-linear-equations-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-money-count-skill = 将清点混合的硬币和纸币，金额最多20.00美元
goal-math-money-count-condition = 提供一组硬币和纸币时
goal-math-money-count-criterion = 连续3次课中准确率达到90%
goal-math-money-count-benchmark-1 = 到第一次进展报告时：连续3次课中准确率达到70%
goal-math-money-count-benchmark-2 = 到第二次进展报告时：连续3次课中准确率达到80%

goal-math-make-change-skill = 将计算不超过20.00美元的购物应找回的零钱
goal-math-make-change-condition = 提供价格标签和所付金额时
goal-math-make-change-criterion = 在3次课中，10次尝试中有8次做到

goal-math-time-tell-skill = 将在指针式时钟上读出时间，精确到五分钟
goal-math-time-tell-condition = 提供10个钟面时
goal-math-time-tell-criterion = 连续3次课中准确率达到90%
goal-math-time-tell-benchmark-1 = 到第一次进展报告时：连续3次课中准确率达到70%
goal-math-time-tell-benchmark-2 = 到第二次进展报告时：连续3次课中准确率达到80%

goal-math-place-value-skill = 将识别1,000以内的数中每个数位上数字的值
goal-math-place-value-condition = 提供10个三位数时
goal-math-place-value-criterion = 5次尝试中有4次准确率达到85%
goal-math-place-value-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到65%
goal-math-place-value-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到75%

goal-math-measurement-skill = 将测量物体长度，精确到四分之一英寸和厘米
goal-math-measurement-condition = 提供一把尺子和10个物体时
goal-math-measurement-criterion = 5次尝试中有4次准确率达到80%
goal-math-measurement-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-measurement-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-graphs-skill = 将读懂并解释条形图和折线图，以回答问题
goal-math-graphs-condition = 提供一张图表和5个问题时
goal-math-graphs-criterion = 5次尝试中有4次准确率达到80%
goal-math-graphs-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-graphs-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-ratios-skill = 将使用表格或纸带图解答比和比率问题
goal-math-ratios-condition = 提供5道与现实生活相关的比例问题时
goal-math-ratios-criterion = 5次尝试中有4次准确率达到80%
goal-math-ratios-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-ratios-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-calculator-use-skill = 将使用计算器解答多步骤问题，并检查答案是否合理
goal-math-calculator-use-condition = 提供10道题和一个计算器时
goal-math-calculator-use-criterion = 5次尝试中有4次准确率达到80%
goal-math-calculator-use-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-calculator-use-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-math-budget-skill = 将制定列出收入和支出的每周预算，并计算余额
goal-math-budget-condition = 提供一张工资单存根和一份支出清单时
goal-math-budget-criterion = 4次尝试中有3次错误不超过1个

goal-math-number-line-skill = 将在数轴上找出整数和小数的位置并排序
goal-math-number-line-condition = 提供10个数和一条数轴时
goal-math-number-line-criterion = 5次尝试中有4次准确率达到80%
goal-math-number-line-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-math-number-line-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

## speech_language

goal-spl-articulation-r-skill = 将在单词和句子中正确发出/r/音
goal-spl-articulation-r-condition = 在结构化的言语活动中
goal-spl-articulation-r-criterion = 连续3次课中准确率达到80%
goal-spl-articulation-r-benchmark-1 = 到第一次进展报告时：连续3次课中准确率达到60%
goal-spl-articulation-r-benchmark-2 = 到第二次进展报告时：连续3次课中准确率达到70%

goal-spl-articulation-s-skill = 将在对话中正确发出/s/和/z/音
goal-spl-articulation-s-condition = 与服务提供者进行5分钟对话时
goal-spl-articulation-s-criterion = 连续3次课中准确率达到80%
goal-spl-articulation-s-benchmark-1 = 到第一次进展报告时：连续3次课中准确率达到60%
goal-spl-articulation-s-benchmark-2 = 到第二次进展报告时：连续3次课中准确率达到70%

goal-spl-following-directions-skill = 将遵从包含基本概念（之前、之后、第一个、最后一个）的两步指示
goal-spl-following-directions-condition = 给出没有视觉提示的口头指示时
goal-spl-following-directions-criterion = 5次尝试中有4次准确率达到80%
goal-spl-following-directions-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-spl-following-directions-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-spl-vocabulary-categories-skill = 将说出同一类别中至少5样事物，并解释它们之间的关系
goal-spl-vocabulary-categories-condition = 给出一个类别名称时
goal-spl-vocabulary-categories-criterion = 5次尝试中有4次做到

goal-spl-wh-questions-skill = 将回答关于一个短篇故事的疑问词问题（谁、什么、哪里、何时、为什么）
goal-spl-wh-questions-condition = 听别人朗读一个短篇故事后
goal-spl-wh-questions-criterion = 5次尝试中有4次准确率达到80%
goal-spl-wh-questions-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-spl-wh-questions-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-spl-sentence-length-skill = 将使用由6个或更多词语组成且语法正确的完整句子
goal-spl-sentence-length-condition = 描述一幅图片或一件事情时
goal-spl-sentence-length-criterion = 5次尝试中有4次准确率达到80%
goal-spl-sentence-length-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-spl-sentence-length-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-spl-narrative-retell-skill = 将使用时间词（首先、接着、然后、最后）按顺序复述亲身经历的事情
goal-spl-narrative-retell-condition = 被问及最近发生的事情时
goal-spl-narrative-retell-criterion = 5次尝试中有4次按顺序说出4件事

goal-spl-conversation-turns-skill = 将在4个对话轮次中保持同一话题
goal-spl-conversation-turns-condition = 与同伴对话时
goal-spl-conversation-turns-criterion = 在观察的5次机会中有4次做到

goal-spl-fluency-strategy-skill = 将使用流畅性策略（轻柔起音、放慢语速）流畅地说话
goal-spl-fluency-strategy-condition = 在结构化对话中
goal-spl-fluency-strategy-criterion = 连续3次课中流畅音节的比例达到90%
goal-spl-fluency-strategy-benchmark-1 = 到第一次进展报告时：连续3次课中流畅音节的比例达到70%
goal-spl-fluency-strategy-benchmark-2 = 到第二次进展报告时：连续3次课中流畅音节的比例达到80%

goal-spl-aac-requests-skill = 将使用扩大性沟通（AAC）设备提出请求和发表意见
goal-spl-aac-requests-condition = 在课堂常规活动中
goal-spl-aac-requests-criterion = 连续3天，每天在一个30分钟时段内做到10次

goal-spl-figurative-language-skill = 将解释习语和比喻性表达的意思
goal-spl-figurative-language-condition = 提供10个放在句子语境中的习语时
goal-spl-figurative-language-criterion = 5次尝试中有4次准确率达到80%
goal-spl-figurative-language-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-spl-figurative-language-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-spl-clarification-skill = 将在听不懂指示或信息时请对方说明
goal-spl-clarification-condition = 在课堂教学中
goal-spl-clarification-criterion = 在观察的5次机会中有4次做到

goal-spl-describe-attributes-skill = 将使用3个属性（大小、颜色、功能、组成部分）描述一个物品
goal-spl-describe-attributes-condition = 提供一张图片或一个实物时
goal-spl-describe-attributes-criterion = 5次尝试中有4次做到

goal-spl-pronouns-skill = 将在句子中正确使用主格和宾格代词
goal-spl-pronouns-condition = 在结构化的语言活动中
goal-spl-pronouns-criterion = 5次尝试中有4次准确率达到80%
goal-spl-pronouns-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-spl-pronouns-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-spl-voice-volume-skill = 将根据场合使用适当的音量
goal-spl-voice-volume-condition = 在教室和走廊的常规活动中
goal-spl-voice-volume-criterion = 在观察的5次机会中有4次做到

goal-spl-self-advocacy-speech-skill = 将向新认识的成人说明自己的沟通需求和所需支持
goal-spl-self-advocacy-speech-condition = 在角色扮演或真实会议中
goal-spl-self-advocacy-speech-criterion = 4次尝试中有3次说出2项需求和2项支持

## social_emotional

goal-soc-identify-feelings-skill = 将识别自己的情绪，并使用情绪量表评定情绪的强度
goal-soc-identify-feelings-condition = 在上学期间感到不安时
goal-soc-identify-feelings-criterion = 在观察的5次机会中有4次做到

goal-soc-coping-strategy-skill = 将使用应对策略（深呼吸、休息卡、数数）让自己平静下来
goal-soc-coping-strategy-condition = 感到受挫或焦虑时
goal-soc-coping-strategy-criterion = 在观察的5次机会中有4次做到

goal-soc-peer-initiation-skill = 将主动与同伴互动
goal-soc-peer-initiation-condition = 在非结构化时间（午餐、课间休息）
goal-soc-peer-initiation-criterion = 5天中有4天，每天做到3次

goal-soc-perspective-taking-skill = 将说出在特定情境中另一个人可能有什么感受以及原因
goal-soc-perspective-taking-condition = 提供社交情境时
goal-soc-perspective-taking-criterion = 5次尝试中有4次准确率达到80%
goal-soc-perspective-taking-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-soc-perspective-taking-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-soc-conflict-resolution-skill = 将使用4步骤解决问题计划化解与同伴的冲突
goal-soc-conflict-resolution-condition = 与同伴发生冲突时
goal-soc-conflict-resolution-criterion = 在观察的4次机会中有3次做到

goal-soc-accept-feedback-skill = 将接受成人的纠正性反馈而不争辩
goal-soc-accept-feedback-condition = 得到纠正性反馈时
goal-soc-accept-feedback-criterion = 连续4周内，在80%的机会中做到
goal-soc-accept-feedback-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的机会中做到
goal-soc-accept-feedback-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的机会中做到

goal-soc-group-work-skill = 将通过分享想法和轮流发言参与小组活动
goal-soc-group-work-condition = 在合作学习活动中
goal-soc-group-work-criterion = 在观察的5次课中有4次做到

goal-soc-self-advocacy-skill = 将用恰当的表达方式向老师请求帮助或便利措施
goal-soc-self-advocacy-condition = 面对困难任务时
goal-soc-self-advocacy-criterion = 在观察的5次机会中有4次做到

goal-soc-positive-self-talk-skill = 将以积极的自我陈述取代消极的自我陈述
goal-soc-positive-self-talk-condition = 在辅导课中由辅导员提示时
goal-soc-positive-self-talk-criterion = 5次尝试中有4次做到

goal-soc-friendship-skills-skill = 将说出好朋友的3个品质，并描述自己表现出其中一种品质的一次经历
goal-soc-friendship-skills-condition = 在心理辅导课中
goal-soc-friendship-skills-criterion = 4次课中有3次做到

goal-soc-anxiety-plan-skill = 将在考试和演讲前遵循书面的焦虑应对计划
goal-soc-anxiety-plan-condition = 在考试或演讲之前
goal-soc-anxiety-plan-criterion = 5次机会中有4次做到

goal-soc-social-cues-skill = 将在视频片段中识别非语言提示（面部表情、语气、肢体语言）
goal-soc-social-cues-condition = 提供简短的视频片段时
goal-soc-social-cues-criterion = 5次尝试中有4次准确率达到80%
goal-soc-social-cues-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-soc-social-cues-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-soc-joining-games-skill = 将用恰当的话语请求加入游戏或活动
goal-soc-joining-games-condition = 在课间休息或自由活动时间
goal-soc-joining-games-criterion = 在观察的5次机会中有4次做到

goal-soc-goal-setting-skill = 将设定每周个人目标，并评估目标是否达成
goal-soc-goal-setting-condition = 在每周的心理辅导面谈中
goal-soc-goal-setting-criterion = 连续10周中有8周做到

goal-soc-attendance-skill = 将按时上学
goal-soc-attendance-condition = 在每个评分期内
goal-soc-attendance-criterion = 在90%的上学日做到
goal-soc-attendance-benchmark-1 = 到第一次进展报告时：在70%的上学日做到
goal-soc-attendance-benchmark-2 = 到第二次进展报告时：在80%的上学日做到

goal-soc-responsibility-skill = 将通过描述发生了什么以及接下来该怎么做，为自己的行为承担责任
goal-soc-responsibility-condition = 发生事件后
goal-soc-responsibility-criterion = 4次机会中有3次做到

## behavior

goal-beh-on-task-skill = 将在独立作业时保持专注于任务
goal-beh-on-task-condition = 在20分钟的独立作业时段中
goal-beh-on-task-criterion = 连续4周内，在80%的观察时段中做到
goal-beh-on-task-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的观察时段中做到
goal-beh-on-task-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的观察时段中做到

goal-beh-follow-directions-skill = 将在老师第一次提出要求后30秒内遵从指示
goal-beh-follow-directions-condition = 在课堂教学中
goal-beh-follow-directions-criterion = 连续4周内，在80%的机会中做到
goal-beh-follow-directions-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的机会中做到
goal-beh-follow-directions-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的机会中做到

goal-beh-break-card-skill = 将使用休息卡请求休息，而不是离开所在区域
goal-beh-break-card-condition = 感到受挫时
goal-beh-break-card-criterion = 连续4周内，在90%的机会中做到
goal-beh-break-card-benchmark-1 = 到第一次进展报告时：连续4周内，在70%的机会中做到
goal-beh-break-card-benchmark-2 = 到第二次进展报告时：连续4周内，在80%的机会中做到

goal-beh-hands-to-self-skill = 将管好自己的手脚，不碰触他人
goal-beh-hands-to-self-condition = 在活动转换和非结构化时间
goal-beh-hands-to-self-criterion = 连续4周内，在90%的观察时段中做到
goal-beh-hands-to-self-benchmark-1 = 到第一次进展报告时：连续4周内，在70%的观察时段中做到
goal-beh-hands-to-self-benchmark-2 = 到第二次进展报告时：连续4周内，在80%的观察时段中做到

goal-beh-raise-hand-skill = 将在发言前举手并等待老师点名
goal-beh-raise-hand-condition = 在全班教学中
goal-beh-raise-hand-criterion = 连续4周内，在80%的机会中做到
goal-beh-raise-hand-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的机会中做到
goal-beh-raise-hand-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的机会中做到

goal-beh-transitions-skill = 将在2分钟内从一项活动转到另一项活动
goal-beh-transitions-condition = 提供2分钟预告和视觉日程表时
goal-beh-transitions-criterion = 5天中有4天，每天10次活动转换中有8次做到

goal-beh-work-completion-skill = 将完成并上交课堂作业
goal-beh-work-completion-condition = 提供一份已布置作业的检查清单时
goal-beh-work-completion-criterion = 在一个评分期内，在80%的作业中做到
goal-beh-work-completion-benchmark-1 = 到第一次进展报告时：在一个评分期内，在60%的作业中做到
goal-beh-work-completion-benchmark-2 = 到第二次进展报告时：在一个评分期内，在70%的作业中做到

goal-beh-respectful-language-skill = 将对同伴和成人使用尊重他人的语言
goal-beh-respectful-language-condition = 在整个上学日
goal-beh-respectful-language-criterion = 连续4周内，每周发生的事件不超过1次

goal-beh-self-monitoring-skill = 将在积分表上为自己的行为评分，并与老师的评分一致
goal-beh-self-monitoring-condition = 在每节课结束时
goal-beh-self-monitoring-criterion = 连续4周内，在80%的课节中做到
goal-beh-self-monitoring-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的课节中做到
goal-beh-self-monitoring-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的课节中做到

goal-beh-wait-turn-skill = 将等待轮到自己，而不打断别人
goal-beh-wait-turn-condition = 在小组活动中
goal-beh-wait-turn-criterion = 在观察的5次机会中有4次做到

goal-beh-seat-remain-skill = 将留在指定区域内
goal-beh-seat-remain-condition = 在30分钟的教学时段中
goal-beh-seat-remain-criterion = 连续4周内，在90%的观察时段中做到
goal-beh-seat-remain-benchmark-1 = 到第一次进展报告时：连续4周内，在70%的观察时段中做到
goal-beh-seat-remain-benchmark-2 = 到第二次进展报告时：连续4周内，在80%的观察时段中做到

goal-beh-materials-ready-skill = 将带齐上课所需的用品（课本、笔记本、铅笔）
goal-beh-materials-ready-condition = 在每节课开始时
goal-beh-materials-ready-criterion = 连续4周内，在85%的课节中做到
goal-beh-materials-ready-benchmark-1 = 到第一次进展报告时：连续4周内，在65%的课节中做到
goal-beh-materials-ready-benchmark-2 = 到第二次进展报告时：连续4周内，在75%的课节中做到

goal-beh-aggression-replace-skill = 将使用替代行为（走开、寻求成人帮助）代替身体攻击
goal-beh-aggression-replace-condition = 与同伴发生冲突时
goal-beh-aggression-replace-criterion = 连续6周内，身体攻击事件为0次

goal-beh-task-initiation-skill = 将在2分钟内开始指定的任务
goal-beh-task-initiation-condition = 给出指示后
goal-beh-task-initiation-criterion = 连续4周内，在80%的机会中做到
goal-beh-task-initiation-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的机会中做到
goal-beh-task-initiation-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的机会中做到

goal-beh-cell-phone-skill = 将在上课期间把个人手机收好
goal-beh-cell-phone-condition = 在教学时段中
goal-beh-cell-phone-criterion = 连续4周内，在90%的课节中做到
goal-beh-cell-phone-benchmark-1 = 到第一次进展报告时：连续4周内，在70%的课节中做到
goal-beh-cell-phone-benchmark-2 = 到第二次进展报告时：连续4周内，在80%的课节中做到

goal-beh-calm-down-return-skill = 将在休息后5分钟内回到活动中
goal-beh-calm-down-return-condition = 在自己要求的或老师提供的休息之后
goal-beh-calm-down-return-criterion = 连续4周内，在80%的休息后做到
goal-beh-calm-down-return-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的休息后做到
goal-beh-calm-down-return-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的休息后做到

## fine_motor

goal-fm-pencil-grasp-skill = 将在书写时使用功能性的三指握笔姿势
goal-fm-pencil-grasp-condition = 在书写任务中，如有需要可使用握笔器
goal-fm-pencil-grasp-criterion = 在连续3次课所观察的书写任务中，准确率达到80%
goal-fm-pencil-grasp-benchmark-1 = 到第一次进展报告时：在连续3次课所观察的书写任务中，准确率达到60%
goal-fm-pencil-grasp-benchmark-2 = 到第二次进展报告时：在连续3次课所观察的书写任务中，准确率达到70%

goal-fm-scissors-skill = 将沿曲线剪裁，误差不超过1/4英寸
goal-fm-scissors-condition = 提供剪刀和练习纸时
goal-fm-scissors-criterion = 5次尝试中有4次做到

goal-fm-letter-formation-skill = 将凭记忆正确书写大写和小写字母
goal-fm-letter-formation-condition = 书写字母表时
goal-fm-letter-formation-criterion = 连续3次课中准确率达到90%
goal-fm-letter-formation-benchmark-1 = 到第一次进展报告时：连续3次课中准确率达到70%
goal-fm-letter-formation-benchmark-2 = 到第二次进展报告时：连续3次课中准确率达到80%

goal-fm-buttons-zippers-skill = 将扣好自己衣服上的纽扣并拉好拉链
goal-fm-buttons-zippers-condition = 在穿衣常规活动中
goal-fm-buttons-zippers-criterion = 5次尝试中有4次独立做到

goal-fm-copy-board-skill = 将从黑板上清晰地抄写3个句子
goal-fm-copy-board-condition = 在5分钟内
goal-fm-copy-board-criterion = 5次尝试中有4次做到

goal-fm-keyboard-home-row-skill = 将用双手使用键盘基准行按键打字
goal-fm-keyboard-home-row-condition = 使用键盘和打字练习软件时
goal-fm-keyboard-home-row-criterion = 连续3次课中达到每分钟15个单词

goal-fm-in-hand-manipulation-skill = 将用一只手拿起小物件（硬币、插钉）并放到指定位置
goal-fm-in-hand-manipulation-condition = 提供10个小物件时
goal-fm-in-hand-manipulation-criterion = 5次尝试中有4次在60秒内放好全部物件（10个中的10个）

goal-fm-spacing-skill = 将在单词之间留出一指宽的空格，并把字写在线上
goal-fm-spacing-condition = 写3个或更多句子时
goal-fm-spacing-criterion = 5份样本中有4份准确率达到80%
goal-fm-spacing-benchmark-1 = 到第一次进展报告时：5份样本中有4份准确率达到60%
goal-fm-spacing-benchmark-2 = 到第二次进展报告时：5份样本中有4份准确率达到70%

goal-fm-open-containers-skill = 将打开午餐盒和食品包装
goal-fm-open-containers-condition = 午餐时
goal-fm-open-containers-criterion = 5次机会中有4次独立做到

goal-fm-tablet-navigation-skill = 将使用平板电脑的触摸屏打开、使用和关闭应用程序
goal-fm-tablet-navigation-condition = 给出口头指示时
goal-fm-tablet-navigation-criterion = 5次尝试中有4次独立做到

goal-fm-shoelaces-skill = 将系鞋带
goal-fm-shoelaces-condition = 在穿衣常规活动中
goal-fm-shoelaces-criterion = 5次尝试中有4次独立做到

goal-fm-bilateral-skill = 将用一只手固定纸张，同时用另一只手书写或剪裁
goal-fm-bilateral-condition = 在桌面任务中
goal-fm-bilateral-criterion = 在3次课所观察的任务中，准确率达到80%
goal-fm-bilateral-benchmark-1 = 到第一次进展报告时：在3次课所观察的任务中，准确率达到60%
goal-fm-bilateral-benchmark-2 = 到第二次进展报告时：在3次课所观察的任务中，准确率达到70%

goal-fm-ruler-line-skill = 将使用尺子在两点之间画一条直线
goal-fm-ruler-line-condition = 提供一把尺子和10组点时
goal-fm-ruler-line-criterion = 连续3次课中，10条线中有8条误差在1/8英寸以内

goal-fm-sizing-letters-skill = 将在书写线内正确控制字母大小
goal-fm-sizing-letters-condition = 抄写句子时
goal-fm-sizing-letters-criterion = 5次尝试中有4次准确率达到80%
goal-fm-sizing-letters-benchmark-1 = 到第一次进展报告时：5次尝试中有4次准确率达到60%
goal-fm-sizing-letters-benchmark-2 = 到第二次进展报告时：5次尝试中有4次准确率达到70%

goal-fm-utensils-skill = 将使用叉子和勺子进食而不洒落食物
goal-fm-utensils-condition = 午餐时
goal-fm-utensils-criterion = 在观察的5次用餐中有4次做到

goal-fm-organize-binder-skill = 将使用活页圈和分隔标签把纸张放进活页夹的正确分区
goal-fm-organize-binder-condition = 每节课结束时
goal-fm-organize-binder-criterion = 4周内，在80%的机会中做到
goal-fm-organize-binder-benchmark-1 = 到第一次进展报告时：4周内，在60%的机会中做到
goal-fm-organize-binder-benchmark-2 = 到第二次进展报告时：4周内，在70%的机会中做到

## gross_motor

goal-gm-stairs-skill = 将双脚交替并扶着扶手上下一段楼梯
goal-gm-stairs-condition = 在校内转换场地时
goal-gm-stairs-criterion = 5次尝试中有4次安全做到

goal-gm-balance-beam-skill = 将沿一条10英尺长的直线以脚跟贴脚尖的方式行走，不偏离直线
goal-gm-balance-beam-condition = 在体育馆或治疗室
goal-gm-balance-beam-criterion = 5次尝试中有4次做到

goal-gm-ball-catch-skill = 将接住从10英尺外抛来的游戏用球
goal-gm-ball-catch-condition = 在体育课或治疗期间
goal-gm-ball-catch-criterion = 连续3次课中，10次接球有8次接住

goal-gm-hop-skill = 将单脚跳10次而不失去平衡
goal-gm-hop-condition = 在体育馆或治疗室
goal-gm-hop-criterion = 5次尝试中有4次左右脚均能做到

goal-gm-navigate-school-skill = 将借助自己的行动辅助器具安全地穿过拥挤的走廊
goal-gm-navigate-school-condition = 在换课时
goal-gm-navigate-school-criterion = 5次尝试中有4次没有碰撞、也没有停下来求助

goal-gm-endurance-walk-skill = 将不休息地行走500英尺
goal-gm-endurance-walk-condition = 在学校外出活动或治疗期间
goal-gm-endurance-walk-criterion = 5次尝试中有4次做到

goal-gm-jump-skill = 将双脚起跳并双脚落地，向前跳24英寸
goal-gm-jump-condition = 在体育馆或治疗室
goal-gm-jump-criterion = 5次尝试中有4次做到

goal-gm-wheelchair-transfer-skill = 将在他人从旁待命协助下，从轮椅转移到教室椅子上
goal-gm-wheelchair-transfer-condition = 在课堂常规活动中
goal-gm-wheelchair-transfer-criterion = 5次尝试中有4次安全做到

goal-gm-kick-ball-skill = 将把滚动的球踢向15英尺外的目标
goal-gm-kick-ball-condition = 在体育课上
goal-gm-kick-ball-criterion = 在3次课中，10次有6次踢中目标

goal-gm-playground-equipment-skill = 将爬上游乐设施的梯子并使用滑梯
goal-gm-playground-equipment-condition = 在课间休息时
goal-gm-playground-equipment-criterion = 5次机会中有4次独立且安全地做到

goal-gm-posture-skill = 将在课桌前保持端正的坐姿
goal-gm-posture-condition = 在20分钟的课堂中
goal-gm-posture-criterion = 在3次课所观察的时段中，准确率达到80%
goal-gm-posture-benchmark-1 = 到第一次进展报告时：在3次课所观察的时段中，准确率达到60%
goal-gm-posture-benchmark-2 = 到第二次进展报告时：在3次课所观察的时段中，准确率达到70%

goal-gm-curb-negotiation-skill = 将安全地跨上和跨下人行道路缘
goal-gm-curb-negotiation-condition = 在社区外出活动中
goal-gm-curb-negotiation-criterion = 5次尝试中有4次做到

goal-gm-skip-skill = 将以流畅的左右交替动作跳步前进30英尺
goal-gm-skip-condition = 在体育馆
goal-gm-skip-criterion = 5次尝试中有4次做到

goal-gm-fitness-circuit-skill = 将完成5站循环体能训练
goal-gm-fitness-circuit-condition = 在适应性体育课中
goal-gm-fitness-circuit-criterion = 连续3次课中在10分钟内完成

goal-gm-bus-steps-skill = 将扶着扶手上下校车台阶
goal-gm-bus-steps-condition = 到校和放学时
goal-gm-bus-steps-criterion = 5次机会中有4次安全做到

goal-gm-throw-overhand-skill = 将以肩上投掷的方式把球扔给15英尺外的同伴
goal-gm-throw-overhand-condition = 在体育课上
goal-gm-throw-overhand-criterion = 在3次课中，10次有8次扔到同伴处

## adaptive_daily_living

goal-adl-handwashing-skill = 将按照6步图片流程洗手并擦干
goal-adl-handwashing-condition = 午餐前和如厕后
goal-adl-handwashing-criterion = 5次机会中有4次独立完成全部步骤（6个中的6个）

goal-adl-arrival-routine-skill = 将完成到校常规（取出物品、挂好外套、交文件夹、开始晨间作业）
goal-adl-arrival-routine-condition = 到达教室时
goal-adl-arrival-routine-criterion = 5天中有4天提示不超过1次

goal-adl-visual-schedule-skill = 将按照视觉日程表从一项活动转到另一项活动
goal-adl-visual-schedule-condition = 在整个上学日
goal-adl-visual-schedule-criterion = 连续4周内，在80%的活动转换中做到
goal-adl-visual-schedule-benchmark-1 = 到第一次进展报告时：连续4周内，在60%的活动转换中做到
goal-adl-visual-schedule-benchmark-2 = 到第二次进展报告时：连续4周内，在70%的活动转换中做到

goal-adl-personal-info-skill = 将说出或出示自己的全名、地址和家长的电话号码
goal-adl-personal-info-condition = 熟悉的成人询问时
goal-adl-personal-info-criterion = 5次尝试中有4次正确做到

goal-adl-lunch-routine-skill = 将领取午餐、付款或输入个人编号，并清理桌面
goal-adl-lunch-routine-condition = 在学校餐厅
goal-adl-lunch-routine-criterion = 5次机会中有4次独立做到

goal-adl-dressing-skill = 将穿上和脱下外套
goal-adl-dressing-condition = 到校和放学时
goal-adl-dressing-criterion = 5次机会中有4次独立做到

goal-adl-toileting-request-skill = 将表达需要上厕所
goal-adl-toileting-request-condition = 在整个上学日
goal-adl-toileting-request-criterion = 连续4周内，在90%的机会中做到
goal-adl-toileting-request-benchmark-1 = 到第一次进展报告时：连续4周内，在70%的机会中做到
goal-adl-toileting-request-benchmark-2 = 到第二次进展报告时：连续4周内，在80%的机会中做到

goal-adl-safety-signs-skill = 将识别安全标志（出口、停止、危险、行走）并作出正确反应
goal-adl-safety-signs-condition = 在社区教学中
goal-adl-safety-signs-criterion = 10次尝试中有9次做到

goal-adl-simple-meal-skill = 将按照图片食谱准备简单的点心
goal-adl-simple-meal-condition = 在生活技能厨房
goal-adl-simple-meal-criterion = 4次课中有3次独立完成10个步骤中的8个

goal-adl-hygiene-skill = 将完成个人仪容整理（梳头、检查仪表、使用除臭剂）
goal-adl-hygiene-condition = 按照检查清单
goal-adl-hygiene-criterion = 5次机会中有4次独立做到

goal-adl-calendar-use-skill = 将使用日历或记事本记录作业和约会
goal-adl-calendar-use-condition = 每节课结束时
goal-adl-calendar-use-criterion = 4周内，在80%的机会中做到
goal-adl-calendar-use-benchmark-1 = 到第一次进展报告时：4周内，在60%的机会中做到
goal-adl-calendar-use-benchmark-2 = 到第二次进展报告时：4周内，在70%的机会中做到

goal-adl-shopping-list-skill = 将在商店里找到图片购物清单上的5样物品
goal-adl-shopping-list-condition = 在社区教学中
goal-adl-shopping-list-criterion = 4次外出中有3次在15分钟内完成

goal-adl-emergency-help-skill = 将说出或演示紧急情况下该怎么做（拨打911、寻找可以帮忙的人）
goal-adl-emergency-help-condition = 提供角色扮演情境时
goal-adl-emergency-help-criterion = 5个情境中有4个做到

goal-adl-clean-up-skill = 将清理自己的工作区域并把材料收好
goal-adl-clean-up-condition = 活动结束时
goal-adl-clean-up-criterion = 5次机会中有4次提示不超过1次

goal-adl-medication-routine-skill = 将告诉护士自己服药的时间和药物名称
goal-adl-medication-routine-condition = 在预定服药时间
goal-adl-medication-routine-criterion = 5次机会中有4次做到

goal-adl-laundry-skill = 将按照任务分析步骤，把一批衣物分类、洗涤并折叠
goal-adl-laundry-condition = 在生活技能教室
goal-adl-laundry-criterion = 4次课中有3次完成10个步骤中的9个

## transition

goal-tran-career-interest-skill = 将完成职业兴趣量表，并说出3个符合自己兴趣的职业
goal-tran-career-interest-condition = 在过渡辅导员的协助下
goal-tran-career-interest-criterion = 在第一个评分期结束前，说出3个相符的职业，并各说出1个理由

goal-tran-job-application-skill = 将填写工作申请表，包括个人信息、工作经历和推荐人
goal-tran-job-application-condition = 提供纸质或网上申请表时
goal-tran-job-application-criterion = 4次尝试中有3次正确填写所有必填栏目

goal-tran-interview-practice-skill = 将对5个常见面试问题作出完整、切题的回答
goal-tran-interview-practice-condition = 在模拟面试中
goal-tran-interview-practice-criterion = 4次模拟面试中有3次做到

goal-tran-resume-skill = 将制作一份简历，列出教育背景、技能以及工作或志愿服务经历
goal-tran-resume-condition = 使用简历模板
goal-tran-resume-criterion = 在第二个评分期之前，在简历评分准则上获得3分（满分4分）

goal-tran-travel-public-skill = 将乘坐公交车或地铁往返学校和社区地点
goal-tran-travel-public-condition = 在成人逐步减少支持的情况下
goal-tran-travel-public-criterion = 5次出行中有4次独立且安全地做到

goal-tran-college-research-skill = 将研究3个中学后教育项目，并比较入学要求、费用和支持服务
goal-tran-college-research-condition = 使用大学网站和比较表
goal-tran-college-research-criterion = 完成全部项目的比较表（3个中的3个）

goal-tran-work-task-skill = 将按照检查清单完成分配的工作任务
goal-tran-work-task-condition = 在工作实习场所
goal-tran-work-task-criterion = 连续4个班次中，在90%的步骤中做到
goal-tran-work-task-benchmark-1 = 到第一次进展报告时：连续4个班次中，在70%的步骤中做到
goal-tran-work-task-benchmark-2 = 到第二次进展报告时：连续4个班次中，在80%的步骤中做到

goal-tran-time-clock-skill = 将准时到达工作实习场所并打卡上班
goal-tran-time-clock-condition = 在工作实习场所
goal-tran-time-clock-criterion = 在一个评分期内，在90%的班次中做到
goal-tran-time-clock-benchmark-1 = 到第一次进展报告时：在一个评分期内，在70%的班次中做到
goal-tran-time-clock-benchmark-2 = 到第二次进展报告时：在一个评分期内，在80%的班次中做到

goal-tran-self-advocacy-iep-skill = 将在IEP会议上说明自己的残障、优势、需求和便利措施
goal-tran-self-advocacy-iep-condition = 借助准备好的讲稿或幻灯片
goal-tran-self-advocacy-iep-criterion = 说出3项优势、2项需求和2项便利措施

goal-tran-money-management-skill = 将使用借记卡或现金购物，并核对收据
goal-tran-money-management-condition = 在社区教学中
goal-tran-money-management-criterion = 5次出行中有4次正确做到

goal-tran-workplace-social-skill = 将向同事打招呼，并在需要时向主管寻求帮助
goal-tran-workplace-social-condition = 在工作实习场所
goal-tran-workplace-social-criterion = 在观察的5个班次中有4个做到

goal-tran-credits-tracking-skill = 将追踪自己为取得文凭所需的学分和Regents考试
goal-tran-credits-tracking-condition = 与辅导员一起使用毕业进度追踪表
goal-tran-credits-tracking-criterion = 在3次评分期审查中每次准确率都达到100%

goal-tran-agency-contact-skill = 将打电话给成人服务机构，预约初次接案面谈
goal-tran-agency-contact-condition = 使用电话讲稿
goal-tran-agency-contact-criterion = 在4次角色扮演中有3次以及1次真实通话中，说出姓名、目的和方便的时间

goal-tran-housing-skills-skill = 将根据租金、地点和交通比较3则公寓出租信息
goal-tran-housing-skills-condition = 提供出租信息和比较表时
goal-tran-housing-skills-criterion = 4次尝试中有3次完成比较，准确率达到90%

goal-tran-schedule-appointments-skill = 将使用手机日历为课程、工作和约会设置提醒
goal-tran-schedule-appointments-condition = 在一个上课周内
goal-tran-schedule-appointments-criterion = 4周内，在80%的已安排事项中做到
goal-tran-schedule-appointments-benchmark-1 = 到第一次进展报告时：4周内，在60%的已安排事项中做到
goal-tran-schedule-appointments-benchmark-2 = 到第二次进展报告时：4周内，在70%的已安排事项中做到

goal-tran-safety-work-skill = 将遵守工作场所安全规则（防护装备、清理、报告危险情况）
goal-tran-safety-work-condition = 在工作实习场所
goal-tran-safety-work-criterion = 在观察的5个班次中有4个遵守全部规则（5条中的5条）
