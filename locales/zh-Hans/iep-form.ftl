# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = 评估结果和资格
iep-section-present-levels = 目前的表现水平
iep-section-special-factors = 特殊因素
iep-section-postsecondary = 中学后目标和过渡需求
iep-section-annual-goals = 年度目标
iep-section-progress-reporting = 向家长报告进展
iep-section-programs-services = 课程和服务
iep-section-twelve-month = 12个月服务
iep-section-testing-accommodations = 考试便利措施
iep-section-transition-activities = 协调的过渡活动
iep-section-assessment-participation = 州和学区统一考试
iep-section-gen-ed-participation = 与非残障学生一起参与
iep-section-placement = 语言、交通和安置

## EvaluationSection

iep-label-evaluation-section-classification = 残障类别
iep-label-evaluation-section-eligibility-notes = 资格讨论
iep-label-evaluation-section-evaluations = 评估
iep-label-evaluation-section-justification-form-signed = 已签署理由说明表（首次ED或LD）

## Classification

iep-classification-autism = 自闭症
iep-classification-deaf-blindness = 聋盲
iep-classification-deafness = 耳聋
iep-classification-emotional-disturbance = 情绪障碍
iep-classification-hearing-impairment = 听力障碍
iep-classification-learning-disability = 学习障碍
iep-classification-intellectual-disability = 智力障碍
iep-classification-multiple-disabilities = 多重残障
iep-classification-orthopedic-impairment = 肢体障碍
iep-classification-other-health-impairment = 其他健康障碍
iep-classification-speech-or-language-impairment = 言语或语言障碍
iep-classification-traumatic-brain-injury = 创伤性脑损伤
iep-classification-visual-impairment = 视力障碍（包括失明）

## Evaluation

iep-label-evaluation-date = 日期
iep-label-evaluation-evaluator = 评估人员
iep-label-evaluation-kind = 评估类型
iep-label-evaluation-summary = 结果摘要

## EvaluationKind

iep-evaluation-kind-psychoeducational = 心理教育评估
iep-evaluation-kind-social-history = 社会史
iep-evaluation-kind-classroom-observation = 课堂观察
iep-evaluation-kind-speech-language = 言语和语言评估
iep-evaluation-kind-occupational-therapy = 职能治疗评估
iep-evaluation-kind-physical-therapy = 物理治疗评估
iep-evaluation-kind-audiological = 听力评估（听力图）
iep-evaluation-kind-ophthalmological = 眼科评估
iep-evaluation-kind-orthopedic = 骨科评估
iep-evaluation-kind-neurological = 神经科评估
iep-evaluation-kind-medical = 其他医学评估
iep-evaluation-kind-adaptive-behavior-scale = 适应行为量表
iep-evaluation-kind-functional-behavioral-assessment = 功能性行为评估（FBA）
iep-evaluation-kind-vocational = 职业评估
iep-evaluation-kind-assistive-technology = 辅助技术评估
iep-evaluation-kind-bilingual = 双语评估
iep-evaluation-kind-psychiatric = 精神科评估
iep-evaluation-kind-independent = 家长提供的独立评估

## PresentLevels

iep-label-present-levels-accessible-program-required = 需要无障碍课程
iep-label-present-levels-areas = 各领域的优势和需求
iep-label-present-levels-ell-language-impact = 语言的影响（ELL）
iep-label-present-levels-needs = 需求清单
iep-label-present-levels-parent-concerns = 家长关注的问题
iep-label-present-levels-testing-accommodation-considerations = 关于考试便利措施的考虑

## AreaLevels

iep-label-area-levels-area = 领域
iep-label-area-levels-needs = 需求
iep-label-area-levels-strengths = 优势

## NeedArea

iep-need-area-reading = 阅读
iep-need-area-writing = 写作
iep-need-area-math = 数学
iep-need-area-speech-language = 言语和语言
iep-need-area-social-emotional = 社交和情绪
iep-need-area-behavior = 行为
iep-need-area-fine-motor = 精细动作
iep-need-area-gross-motor = 粗大动作
iep-need-area-adaptive-daily-living = 适应和日常生活
iep-need-area-transition = 过渡

## Need

iep-label-need-area = 领域
iep-label-need-description = 需求

## SpecialFactors

iep-label-special-factors-assistive-technology = 辅助技术
iep-label-special-factors-behavior = 行为
iep-label-special-factors-ell = 英语学习者
iep-label-special-factors-hearing = 耳聋或听力困难
iep-label-special-factors-vision = 失明或视力障碍

## AtFactor

iep-label-at-factor-applies = 需要辅助技术
iep-label-at-factor-needs-device = 需要辅助技术设备
iep-label-at-factor-needs-service = 需要辅助技术服务
iep-label-at-factor-training-for = 需要培训的对象
iep-label-at-factor-used-outside-school = 设备在家或其他地方使用

## TrainingRecipient

iep-training-recipient-student = 学生
iep-training-recipient-parent = 家长
iep-training-recipient-teacher = 教师
iep-training-recipient-provider = 服务提供者

## BehaviorFactor

iep-label-behavior-factor-applies = 行为妨碍学习
iep-label-behavior-factor-bip-on = 行为干预计划（BIP）制定日期
iep-label-behavior-factor-fba-on = 功能性行为评估（FBA）进行日期
iep-label-behavior-factor-notes = 备注

## EllFactor

iep-label-ell-factor-applies = 有语言需求
iep-label-ell-factor-evaluated-bilingually = 已进行双语评估
iep-label-ell-factor-is-ell = 英语学习者
iep-label-ell-factor-language-needs = 语言需求

## HearingFactor

iep-label-hearing-factor-applies = 耳聋或听力困难
iep-label-hearing-factor-communication-needs = 沟通需求
iep-label-hearing-factor-language-of-instruction = 教学语言
iep-label-hearing-factor-mode-of-communication = 语言和沟通方式

## VisionFactor

iep-label-vision-factor-applies = 失明或视力障碍
iep-label-vision-factor-braille-instruction = 盲文教学
iep-label-vision-factor-braille-not-appropriate-reason = 盲文不适合的原因

## Postsecondary

iep-label-postsecondary-courses-of-study = 学习课程
iep-label-postsecondary-early-start = 提前开始的原因
iep-label-postsecondary-goals = 中学后目标
iep-label-postsecondary-notes = 过渡需求备注
iep-label-postsecondary-transition-needs = 其他过渡需求
iep-label-postsecondary-updated-on = 目标更新日期

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = 学生有明确的目标
iep-early-transition-reason-needs-more-time = 学生需要更多时间
iep-early-transition-reason-parent-request = 家长提出要求

## PostsecondaryGoal

iep-label-postsecondary-goal-area = 领域
iep-label-postsecondary-goal-based-on = 依据
iep-label-postsecondary-goal-goal = 目标
iep-label-postsecondary-goal-student-preferences = 学生的喜好和兴趣

## PostsecondaryArea

iep-postsecondary-area-education-training = 教育和培训
iep-postsecondary-area-employment = 就业
iep-postsecondary-area-independent-living = 独立生活

## TransitionAssessment

iep-transition-assessment-vocational = 职业评估（学生、家长、教师）
iep-transition-assessment-postsecondary-education-skills = 中学后教育技能评估
iep-transition-assessment-interview = 学生或家长访谈
iep-transition-assessment-strength-based = 基于优势的评估
iep-transition-assessment-teacher-observation = 教师观察

## TransitionNeed

iep-transition-need-community-travel-help = 需要成人帮助在社区出行
iep-transition-need-functional-academics = 功能性阅读和数学教学
iep-transition-need-self-advocacy = 自我倡导技能
iep-transition-need-public-transportation = 独立使用公共交通
iep-transition-need-independent-living = 独立生活技能
iep-transition-need-diploma-coursework = 普通文凭课程
iep-transition-need-career-technical-courses = 职业和技术教育课程

## AnnualGoals

iep-label-annual-goals-goals = 年度目标

## AnnualGoal

iep-label-annual-goal-condition = 条件
iep-label-annual-goal-criterion = 标准
iep-label-annual-goal-method = 衡量方法
iep-label-annual-goal-need-area = 需求领域
iep-label-annual-goal-objective-kind = 短期目标或基准
iep-label-annual-goal-objectives = 步骤
iep-label-annual-goal-schedule = 衡量时间表
iep-label-annual-goal-skill = 技能

## GoalMethod

iep-goal-method-observation = 教师或服务提供者观察
iep-goal-method-work-samples = 作业样本
iep-goal-method-curriculum-based-measurement = 基于课程的衡量
iep-goal-method-teacher-tests = 教师自编测验
iep-goal-method-data-collection = 数据图表或记录
iep-goal-method-rubric = 评分准则
iep-goal-method-checklist = 检查清单
iep-goal-method-standardized-assessment = 标准化评估
iep-goal-method-running-records = 阅读记录

## ObjectiveKind

iep-objective-kind-none = 无
iep-objective-kind-short-term-objectives = 短期目标
iep-objective-kind-benchmarks = 基准

## Objective

iep-label-objective-by = 截止日期
iep-label-objective-text = 短期目标或基准

## GoalSchedule

iep-goal-schedule-daily = 每天
iep-goal-schedule-weekly = 每周
iep-goal-schedule-biweekly = 每两周
iep-goal-schedule-monthly = 每月
iep-goal-schedule-marking-period = 每个评分期

## ProgressReporting

iep-label-progress-reporting-methods = 方式
iep-label-progress-reporting-times-per-year = 每年报告次数
iep-label-progress-reporting-with-report-cards = 与成绩单同时

## ReportMethod

iep-report-method-written-report = 书面进展报告
iep-report-method-conference = 家长教师会议
iep-report-method-phone = 电话
iep-report-method-email = 电子邮件

## ProgramsServices

iep-label-programs-services-assistive-technology = 辅助技术设备和服务
iep-label-programs-services-paraprofessionals = IEP指派的助教
iep-label-programs-services-personnel-supports = 为学校人员提供的支持
iep-label-programs-services-physical-education = 体育
iep-label-programs-services-programs = 特殊教育课程
iep-label-programs-services-related-services = 相关服务
iep-label-programs-services-supplementary-aids = 辅助支持和课程调整

## AssistiveTech

iep-label-assistive-tech-assessment-on = 辅助技术评估日期
iep-label-assistive-tech-description = 说明
iep-label-assistive-tech-kind = 设备或服务
iep-label-assistive-tech-level = 低科技或高科技
iep-label-assistive-tech-used-in = 使用场所

## AtKind

iep-at-kind-device = 设备
iep-at-kind-service = 服务

## TechLevel

iep-tech-level-low = 低科技（例如握笔器、斜面板）
iep-tech-level-high = 高科技（例如平板电脑、语音转文字）

## UseSetting

iep-use-setting-classroom = 教室
iep-use-setting-home = 家中
iep-use-setting-other = 其他

## Paraprofessional

iep-label-paraprofessional-activities = 时间和活动
iep-label-paraprofessional-bip-reviewed = 已先审查行为干预计划
iep-label-paraprofessional-para-type = 类型
iep-label-paraprofessional-progress-monitoring = 进展监测
iep-label-paraprofessional-purpose = 目的和需求
iep-label-paraprofessional-ratio = 比例
iep-label-paraprofessional-responsibilities = 职责
iep-label-paraprofessional-skilled-nursing-referral = 已转介专业护理
iep-label-paraprofessional-toileting = 如厕
iep-label-paraprofessional-unsafe-traveler-assessed-on = 被评估为不安全的独立出行者的日期
iep-label-paraprofessional-urgent-care-condition = 已注明需紧急护理的病症

## ParaActivity

iep-para-activity-all-classes = 所有课程
iep-para-activity-academic-classes = 学术课程
iep-para-activity-related-services = 相关服务
iep-para-activity-lunch = 午餐
iep-para-activity-transitions = 课间转换
iep-para-activity-arrival-dismissal = 到校和放学
iep-para-activity-field-trips = 校外教学

## ParaType

iep-para-type-behavior-support = 行为支持（危机处理）
iep-para-type-health = 健康
iep-para-type-toileting = 如厕
iep-para-type-orientation-mobility = 定向和行动

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = 共用

## ToiletingMode

iep-toileting-mode-toilet-training = 如厕训练
iep-toileting-mode-toileting-assistance = 如厕协助

## PersonnelSupport

iep-label-personnel-support-description = 说明
iep-label-personnel-support-kind = 支持
iep-label-personnel-support-provided-by = 提供者
iep-label-personnel-support-recipient = 对象

## SupportKind

iep-support-kind-disability-information = 关于残障的信息
iep-support-kind-behavior-training = 积极行为干预培训
iep-support-kind-sign-language = 手语培训
iep-support-kind-curriculum-modifications = 课程调整方面的协助
iep-support-kind-assistive-technology-training = 学生辅助技术的培训
iep-support-kind-behavioral-consultation = 行为咨询
iep-support-kind-para-training = 助教培训（健康、喂食、体位摆放等）
iep-support-kind-testing-accommodation-training = 提供考试便利措施的培训
iep-support-kind-other = 其他

## StaffRole

iep-staff-role-teacher = 教师
iep-staff-role-paraprofessional = 助教
iep-staff-role-provider = 相关服务提供者
iep-staff-role-other-staff = 其他学校人员

## PeDetermination

iep-pe-determination-regular = 普通体育
iep-pe-determination-regular-with-equipment = 使用特殊器材的普通体育
iep-pe-determination-adapted = 适应性体育（APE）

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = 第75学区融合服务
iep-label-program-recommendation-delivery = 课堂内或课堂外
iep-label-program-recommendation-duration-minutes = 时长
iep-label-program-recommendation-frequency = 频率
iep-label-program-recommendation-group = 个别或小组
iep-label-program-recommendation-group-size = 小组人数
iep-label-program-recommendation-language = 语言
iep-label-program-recommendation-location = 地点
iep-label-program-recommendation-program = 课程
iep-label-program-recommendation-projected-start = 预计开始日期
iep-label-program-recommendation-ratio = 班级师生比例
iep-label-program-recommendation-setting = 班级环境
iep-label-program-recommendation-subject = 科目

## Delivery

iep-delivery-push-in = 课堂内（push-in）
iep-delivery-pull-out = 课堂外（pull-out）

## Period

iep-period-day = 每天
iep-period-week = 每周
iep-period-month = 每月

## GroupKind

iep-group-kind-individual = 个别
iep-group-kind-group = 小组

## ProgramKind

iep-program-kind-consultant-teacher = 顾问教师
iep-program-kind-setss = 特殊教育教师支持服务（SETSS）
iep-program-kind-ict = 融合协同教学（ICT）
iep-program-kind-special-class = 特殊班
iep-program-kind-travel-training = 出行训练
iep-program-kind-adapted-physical-education = 适应性体育（APE）

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1（Horizon）
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = 社区学校（第1–32学区）
iep-class-setting-district-75 = 专门学校（第75学区）
iep-class-setting-non-public-school = 纽约州教育厅批准的非公立学校

## Subject

iep-subject-ela = 英语语言艺术
iep-subject-math = 数学
iep-subject-science = 科学
iep-subject-social-studies = 社会研究
iep-subject-world-language = 外语
iep-subject-career-technical = 职业和技术教育
iep-subject-physical-education = 体育
iep-subject-all-subjects = 所有科目

## RelatedService

iep-label-related-service-delivery = 课堂内或课堂外
iep-label-related-service-duration-minutes = 时长
iep-label-related-service-frequency = 频率
iep-label-related-service-group = 个别或小组
iep-label-related-service-group-size = 小组人数
iep-label-related-service-initial = 首次建议
iep-label-related-service-language = 语言
iep-label-related-service-location = 地点
iep-label-related-service-other-service = 其他服务
iep-label-related-service-prescription-received-on = 收到处方日期
iep-label-related-service-projected-start = 预计开始日期
iep-label-related-service-separate-location = 单独地点
iep-label-related-service-service = 服务
iep-label-related-service-transition-service = 过渡服务

## ServiceLocation

iep-service-location-general-education-classroom = 普通教育教室
iep-service-location-special-education-classroom = 特殊教育教室
iep-service-location-separate-location = 单独地点

## RelatedServiceType

iep-related-service-type-speech-language-therapy = 言语语言治疗
iep-related-service-type-occupational-therapy = 职能治疗（OT）
iep-related-service-type-physical-therapy = 物理治疗（PT）
iep-related-service-type-counseling = 心理辅导
iep-related-service-type-parent-counseling-and-training = 家长辅导和培训
iep-related-service-type-assistive-technology-services = 辅助技术服务
iep-related-service-type-audiological = 听力服务
iep-related-service-type-interpreting = 口译服务（耳聋和听力困难）
iep-related-service-type-orientation-mobility = 定向和行动
iep-related-service-type-school-nurse = 学校护士服务
iep-related-service-type-vision-education = 视觉教育服务
iep-related-service-type-hearing-education = 听觉教育服务
iep-related-service-type-rehabilitation-counseling = 康复辅导
iep-related-service-type-social-work = 学校社会工作
iep-related-service-type-other = 其他发展性、矫正性或支持性服务

## SupplementaryAid

iep-label-supplementary-aid-aid = 辅助支持或调整
iep-label-supplementary-aid-applies-in = 地点和时间
iep-label-supplementary-aid-description = 说明
iep-label-supplementary-aid-projected-start = 预计开始日期

## AidKind

iep-aid-kind-note-taker = 笔记员
iep-aid-kind-alternative-formats = 替代格式的教学材料
iep-aid-kind-extra-time-between-classes = 课间额外时间
iep-aid-kind-special-seating = 特殊座位
iep-aid-kind-highlighted-work = 标亮或颜色编码的作业
iep-aid-kind-study-guides = 学习指南提纲
iep-aid-kind-study-carrel = 学习隔间
iep-aid-kind-behavior-plan = 行为干预计划
iep-aid-kind-extra-time-for-assignments = 作业额外时间
iep-aid-kind-assignment-adaptations = 作业调整
iep-aid-kind-extended-pacing = 放慢教学进度
iep-aid-kind-adapted-presentation = 调整内容的呈现方式
iep-aid-kind-adapted-demonstration = 调整展示所学的方式
iep-aid-kind-other = 其他

## TwelveMonth

iep-label-twelve-month-areas = 领域
iep-label-twelve-month-basis = 考虑的原因
iep-label-twelve-month-details = 暑期课程和环境
iep-label-twelve-month-differs-from-school-year = 与学年服务不同
iep-label-twelve-month-duration-minutes = 暑期时长
iep-label-twelve-month-frequency = 暑期频率
iep-label-twelve-month-needed = 需要12个月服务

## EsyBasis

iep-esy-basis-substantial-regression = 明显退步（需要8周或以上才能恢复）
iep-esy-basis-severe-multiple-disabilities = 严重多重残障
iep-esy-basis-residential = 寄宿课程
iep-esy-basis-home-hospital = 在家或医院教学
iep-esy-basis-intensive-management-needs = 非常密集的管理需求

## TestingAccommodations

iep-label-testing-accommodations-accommodations = 考试便利措施
iep-label-testing-accommodations-none-recommended = 无考试便利措施

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = 休息间隔
iep-label-testing-accommodation-break-minutes = 休息时长
iep-label-testing-accommodation-category = 便利措施
iep-label-testing-accommodation-condition = 仅适用于
iep-label-testing-accommodation-extended-time = 延长时间
iep-label-testing-accommodation-extra-direction-readings = 额外朗读指示的次数
iep-label-testing-accommodation-group-size = 小组人数
iep-label-testing-accommodation-multiple-day-assurance-filed = 已提交多日考试保证书
iep-label-testing-accommodation-read-mode = 考题朗读方式
iep-label-testing-accommodation-read-scope = 考题朗读范围
iep-label-testing-accommodation-setting = 环境
iep-label-testing-accommodation-specification = 具体说明

## AccommodationCategory

iep-accommodation-category-extended-time = 延长时间
iep-accommodation-category-breaks = 休息
iep-accommodation-category-separate-setting = 单独地点或房间
iep-accommodation-category-directions-repeated = 多次朗读或用手语表达指示
iep-accommodation-category-tests-read = 朗读考题
iep-accommodation-category-multiple-day = 分多天进行考试
iep-accommodation-category-special-equipment = 特殊设备或家具
iep-accommodation-category-scribe = 使用代笔人
iep-accommodation-category-answers-in-booklet = 在试题册上作答
iep-accommodation-category-calculator = 计算器
iep-accommodation-category-word-processor = 文字处理器
iep-accommodation-category-other = 其他

## TimeMultiplier

iep-time-multiplier-time-and-a-half = 1.5倍时间（1.5×）
iep-time-multiplier-double = 双倍时间（2×）

## ReadMode

iep-read-mode-human-reader = 真人朗读
iep-read-mode-text-to-speech = 文字转语音
iep-read-mode-audio-recording = 录音（mp3）

## ReadScope

iep-read-scope-excluding-reading-comprehension = 不包括阅读理解考试
iep-read-scope-including-reading-comprehension = 包括阅读理解考试

## TestSetting

iep-test-setting-individual = 单独进行
iep-test-setting-small-group = 小组

## TransitionActivities

iep-label-transition-activities-activities = 活动
iep-label-transition-activities-functional-vocational-assessment-needed = 需要功能性职业评估

## TransitionActivity

iep-label-transition-activity-activity = 活动
iep-label-transition-activity-area = 领域
iep-label-transition-activity-outside-agency = 外部机构
iep-label-transition-activity-parent-consent-to-invite = 家长同意邀请该机构
iep-label-transition-activity-responsible = 负责人（职务或机构）
iep-label-transition-activity-starts-on = 开始日期

## TransitionArea

iep-transition-area-instruction = 教学
iep-transition-area-related-services = 相关服务
iep-transition-area-community-experiences = 社区体验
iep-transition-area-employment-adult-living = 就业及其他离校后的成人生活目标
iep-transition-area-daily-living-skills = 获得日常生活技能
iep-transition-area-functional-vocational-assessment = 功能性职业评估

## AssessmentParticipation

iep-label-assessment-participation-mode = 考试
iep-label-assessment-participation-severe-cognitive-disability = 严重认知障碍
iep-label-assessment-participation-specialized-program = 高度专门化课程
iep-label-assessment-participation-support-systems = 需要支持系统
iep-label-assessment-participation-why-alternate = 为何适合替代考试
iep-label-assessment-participation-why-not-regular = 为何不参加常规考试

## AssessmentMode

iep-assessment-mode-standard = 州和学区考试（附带任何考试便利措施）
iep-assessment-mode-nysaa = 纽约州替代考试（NYSAA）
iep-assessment-mode-district-alternate = 学区替代考试（SANDI/FAST）

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = 不参与的程度
iep-label-gen-ed-participation-full-participation = 完全参与
iep-label-gen-ed-participation-physical-education = 体育参与情况
iep-label-gen-ed-participation-removal-justification = 离开普通教育的理由

## Placement

iep-label-placement-deferral-consent-on = 家长书面同意延期的日期
iep-label-placement-deferred = 安置延期
iep-label-placement-health-treatment = 在校期间的健康治疗
iep-label-placement-language-determination = 语言认定（ELL）
iep-label-placement-language-of-instruction = 教学语言
iep-label-placement-lote-exempt = 免除外语（LOTE）要求
iep-label-placement-medical-condition = 病症影响上学
iep-label-placement-other-options = 考虑过的其他选项
iep-label-placement-projected-initiation = IEP预计开始日期
iep-label-placement-promotion-criteria = 升级标准
iep-label-placement-recommendation = 安置建议
iep-label-placement-special-transportation = 特殊交通
iep-label-placement-transportation-accommodations = 交通便利措施
iep-label-placement-transportation-reason = 需要特殊交通的原因

## LanguageDetermination

iep-language-determination-enl-only = 仅英语作为新语言（ENL）
iep-language-determination-bilingual = 需要双语教学服务

## OtherOption

iep-label-other-option-option = 选项
iep-label-other-option-rejected-because = 拒绝的原因

## PromotionCriteria

iep-promotion-criteria-standard = 标准
iep-promotion-criteria-modified = 调整后的

## PlacementKind

iep-placement-kind-doe-non-specialized = 纽约市教育局学校，非专门学校（第1–32学区）
iep-placement-kind-doe-specialized = 纽约市教育局专门学校（第75学区）
iep-placement-kind-nps-day = 纽约州教育厅批准的非公立学校 – 走读
iep-placement-kind-nps-residential = 纽约州教育厅批准的非公立学校 – 寄宿
iep-placement-kind-nps-placed-by-acs = 纽约州教育厅批准的非公立学校 – 由ACS安置
iep-placement-kind-state4201-day = 纽约州资助的非公立学校（4201） – 走读
iep-placement-kind-state4201-residential = 纽约州资助的非公立学校（4201） – 寄宿
iep-placement-kind-boces = 合作教育服务委员会（BOCES）
iep-placement-kind-charter-school = 特许学校
iep-placement-kind-home-hospital = 在家或医院教学

## TransportAccommodation

iep-transport-accommodation-door-to-door = 门到门校车
iep-transport-accommodation-paraprofessional = 交通助理员
iep-transport-accommodation-nursing = 校车上配备护士
iep-transport-accommodation-limited-travel-time = 限制乘车时间
iep-transport-accommodation-smaller-route = 学生较少的路线
iep-transport-accommodation-climate-control = 温度控制
iep-transport-accommodation-lift = 升降机
iep-transport-accommodation-wheelchair = 轮椅设施
iep-transport-accommodation-safety-vest = 安全背心或汽车座椅
iep-transport-accommodation-oxygen = 氧气
iep-transport-accommodation-ambulance = 救护车

## Values with a number or a yes/no answer

iep-frequency-day = 每天 { $times } 次
iep-frequency-week = 每周 { $times } 次
iep-frequency-month = 每月 { $times } 次
iep-minutes = { $count } 分钟
iep-group-of = { $count } 人小组
iep-times-per-year = 每年 { $count } 次
iep-times = { $count } 次
iep-yes = 是
iep-no = 否
iep-none-recorded = 本部分没有记录任何内容。
