# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = 評估結果和資格
iep-section-present-levels = 目前的表現水平
iep-section-special-factors = 特殊因素
iep-section-postsecondary = 中學後目標和過渡需求
iep-section-annual-goals = 年度目標
iep-section-progress-reporting = 向家長報告進展
iep-section-programs-services = 課程和服務
iep-section-twelve-month = 12個月服務
iep-section-testing-accommodations = 考試便利措施
iep-section-transition-activities = 協調的過渡活動
iep-section-assessment-participation = 州和學區統一考試
iep-section-gen-ed-participation = 與非殘障學生一起參與
iep-section-placement = 語言、交通和安置

## EvaluationSection

iep-label-evaluation-section-classification = 殘障類別
iep-label-evaluation-section-eligibility-notes = 資格討論
iep-label-evaluation-section-evaluations = 評估
iep-label-evaluation-section-justification-form-signed = 已簽署理由說明表（首次ED或LD）

## Classification

iep-classification-autism = 自閉症
iep-classification-deaf-blindness = 聾盲
iep-classification-deafness = 耳聾
iep-classification-emotional-disturbance = 情緒障礙
iep-classification-hearing-impairment = 聽力障礙
iep-classification-learning-disability = 學習障礙
iep-classification-intellectual-disability = 智力障礙
iep-classification-multiple-disabilities = 多重殘障
iep-classification-orthopedic-impairment = 肢體障礙
iep-classification-other-health-impairment = 其他健康障礙
iep-classification-speech-or-language-impairment = 言語或語言障礙
iep-classification-traumatic-brain-injury = 創傷性腦損傷
iep-classification-visual-impairment = 視力障礙（包括失明）

## Evaluation

iep-label-evaluation-date = 日期
iep-label-evaluation-evaluator = 評估人員
iep-label-evaluation-kind = 評估類型
iep-label-evaluation-summary = 結果摘要

## EvaluationKind

iep-evaluation-kind-psychoeducational = 心理教育評估
iep-evaluation-kind-social-history = 社會史
iep-evaluation-kind-classroom-observation = 課堂觀察
iep-evaluation-kind-speech-language = 言語和語言評估
iep-evaluation-kind-occupational-therapy = 職能治療評估
iep-evaluation-kind-physical-therapy = 物理治療評估
iep-evaluation-kind-audiological = 聽力評估（聽力圖）
iep-evaluation-kind-ophthalmological = 眼科評估
iep-evaluation-kind-orthopedic = 骨科評估
iep-evaluation-kind-neurological = 神經科評估
iep-evaluation-kind-medical = 其他醫學評估
iep-evaluation-kind-adaptive-behavior-scale = 適應行為量表
iep-evaluation-kind-functional-behavioral-assessment = 功能性行為評估（FBA）
iep-evaluation-kind-vocational = 職業評估
iep-evaluation-kind-assistive-technology = 輔助技術評估
iep-evaluation-kind-bilingual = 雙語評估
iep-evaluation-kind-psychiatric = 精神科評估
iep-evaluation-kind-independent = 家長提供的獨立評估

## PresentLevels

iep-label-present-levels-accessible-program-required = 需要無障礙課程
iep-label-present-levels-areas = 各領域的優勢和需求
iep-label-present-levels-ell-language-impact = 語言的影響（ELL）
iep-label-present-levels-needs = 需求清單
iep-label-present-levels-parent-concerns = 家長關注的問題
iep-label-present-levels-testing-accommodation-considerations = 關於考試便利措施的考慮

## AreaLevels

iep-label-area-levels-area = 領域
iep-label-area-levels-needs = 需求
iep-label-area-levels-strengths = 優勢

## NeedArea

iep-need-area-reading = 閱讀
iep-need-area-writing = 寫作
iep-need-area-math = 數學
iep-need-area-speech-language = 言語和語言
iep-need-area-social-emotional = 社交和情緒
iep-need-area-behavior = 行為
iep-need-area-fine-motor = 精細動作
iep-need-area-gross-motor = 粗大動作
iep-need-area-adaptive-daily-living = 適應和日常生活
iep-need-area-transition = 過渡

## Need

iep-label-need-area = 領域
iep-label-need-description = 需求

## SpecialFactors

iep-label-special-factors-assistive-technology = 輔助技術
iep-label-special-factors-behavior = 行為
iep-label-special-factors-ell = 英語學習者
iep-label-special-factors-hearing = 耳聾或聽力困難
iep-label-special-factors-vision = 失明或視力障礙

## AtFactor

iep-label-at-factor-applies = 需要輔助技術
iep-label-at-factor-needs-device = 需要輔助技術設備
iep-label-at-factor-needs-service = 需要輔助技術服務
iep-label-at-factor-training-for = 需要培訓的對象
iep-label-at-factor-used-outside-school = 設備在家或其他地方使用

## TrainingRecipient

iep-training-recipient-student = 學生
iep-training-recipient-parent = 家長
iep-training-recipient-teacher = 教師
iep-training-recipient-provider = 服務提供者

## BehaviorFactor

iep-label-behavior-factor-applies = 行為妨礙學習
iep-label-behavior-factor-bip-on = 行為干預計劃（BIP）制定日期
iep-label-behavior-factor-fba-on = 功能性行為評估（FBA）進行日期
iep-label-behavior-factor-notes = 備註

## EllFactor

iep-label-ell-factor-applies = 有語言需求
iep-label-ell-factor-evaluated-bilingually = 已進行雙語評估
iep-label-ell-factor-is-ell = 英語學習者
iep-label-ell-factor-language-needs = 語言需求

## HearingFactor

iep-label-hearing-factor-applies = 耳聾或聽力困難
iep-label-hearing-factor-communication-needs = 溝通需求
iep-label-hearing-factor-language-of-instruction = 教學語言
iep-label-hearing-factor-mode-of-communication = 語言和溝通方式

## VisionFactor

iep-label-vision-factor-applies = 失明或視力障礙
iep-label-vision-factor-braille-instruction = 點字教學
iep-label-vision-factor-braille-not-appropriate-reason = 點字不適合的原因

## Postsecondary

iep-label-postsecondary-courses-of-study = 學習課程
iep-label-postsecondary-early-start = 提前開始的原因
iep-label-postsecondary-goals = 中學後目標
iep-label-postsecondary-notes = 過渡需求備註
iep-label-postsecondary-transition-needs = 其他過渡需求
iep-label-postsecondary-updated-on = 目標更新日期

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = 學生有明確的目標
iep-early-transition-reason-needs-more-time = 學生需要更多時間
iep-early-transition-reason-parent-request = 家長提出要求

## PostsecondaryGoal

iep-label-postsecondary-goal-area = 領域
iep-label-postsecondary-goal-based-on = 依據
iep-label-postsecondary-goal-goal = 目標
iep-label-postsecondary-goal-student-preferences = 學生的喜好和興趣

## PostsecondaryArea

iep-postsecondary-area-education-training = 教育和培訓
iep-postsecondary-area-employment = 就業
iep-postsecondary-area-independent-living = 獨立生活

## TransitionAssessment

iep-transition-assessment-vocational = 職業評估（學生、家長、教師）
iep-transition-assessment-postsecondary-education-skills = 中學後教育技能評估
iep-transition-assessment-interview = 學生或家長訪談
iep-transition-assessment-strength-based = 基於優勢的評估
iep-transition-assessment-teacher-observation = 教師觀察

## TransitionNeed

iep-transition-need-community-travel-help = 需要成人幫助在社區出行
iep-transition-need-functional-academics = 功能性閱讀和數學教學
iep-transition-need-self-advocacy = 自我倡導技能
iep-transition-need-public-transportation = 獨立使用公共交通
iep-transition-need-independent-living = 獨立生活技能
iep-transition-need-diploma-coursework = 普通文憑課程
iep-transition-need-career-technical-courses = 職業和技術教育課程

## AnnualGoals

iep-label-annual-goals-goals = 年度目標

## AnnualGoal

iep-label-annual-goal-condition = 條件
iep-label-annual-goal-criterion = 標準
iep-label-annual-goal-method = 衡量方法
iep-label-annual-goal-need-area = 需求領域
iep-label-annual-goal-objective-kind = 短期目標或基準
iep-label-annual-goal-objectives = 步驟
iep-label-annual-goal-schedule = 衡量時間表
iep-label-annual-goal-skill = 技能

## GoalMethod

iep-goal-method-observation = 教師或服務提供者觀察
iep-goal-method-work-samples = 作業樣本
iep-goal-method-curriculum-based-measurement = 基於課程的衡量
iep-goal-method-teacher-tests = 教師自編測驗
iep-goal-method-data-collection = 數據圖表或記錄
iep-goal-method-rubric = 評分準則
iep-goal-method-checklist = 檢查清單
iep-goal-method-standardized-assessment = 標準化評估
iep-goal-method-running-records = 閱讀記錄

## ObjectiveKind

iep-objective-kind-none = 無
iep-objective-kind-short-term-objectives = 短期目標
iep-objective-kind-benchmarks = 基準

## Objective

iep-label-objective-by = 截止日期
iep-label-objective-text = 短期目標或基準

## GoalSchedule

iep-goal-schedule-daily = 每天
iep-goal-schedule-weekly = 每週
iep-goal-schedule-biweekly = 每兩週
iep-goal-schedule-monthly = 每月
iep-goal-schedule-marking-period = 每個評分期

## ProgressReporting

iep-label-progress-reporting-methods = 方式
iep-label-progress-reporting-times-per-year = 每年報告次數
iep-label-progress-reporting-with-report-cards = 與成績單同時

## ReportMethod

iep-report-method-written-report = 書面進展報告
iep-report-method-conference = 家長教師會議
iep-report-method-phone = 電話
iep-report-method-email = 電子郵件

## ProgramsServices

iep-label-programs-services-assistive-technology = 輔助技術設備和服務
iep-label-programs-services-paraprofessionals = IEP指派的助教
iep-label-programs-services-personnel-supports = 為學校人員提供的支援
iep-label-programs-services-physical-education = 體育
iep-label-programs-services-programs = 特殊教育課程
iep-label-programs-services-related-services = 相關服務
iep-label-programs-services-supplementary-aids = 輔助支援和課程調整

## AssistiveTech

iep-label-assistive-tech-assessment-on = 輔助技術評估日期
iep-label-assistive-tech-description = 說明
iep-label-assistive-tech-kind = 設備或服務
iep-label-assistive-tech-level = 低科技或高科技
iep-label-assistive-tech-used-in = 使用場所

## AtKind

iep-at-kind-device = 設備
iep-at-kind-service = 服務

## TechLevel

iep-tech-level-low = 低科技（例如握筆器、斜面板）
iep-tech-level-high = 高科技（例如平板電腦、語音轉文字）

## UseSetting

iep-use-setting-classroom = 教室
iep-use-setting-home = 家中
iep-use-setting-other = 其他

## Paraprofessional

iep-label-paraprofessional-activities = 時間和活動
iep-label-paraprofessional-bip-reviewed = 已先審查行為干預計劃
iep-label-paraprofessional-para-type = 類型
iep-label-paraprofessional-progress-monitoring = 進展監測
iep-label-paraprofessional-purpose = 目的和需求
iep-label-paraprofessional-ratio = 比例
iep-label-paraprofessional-responsibilities = 職責
iep-label-paraprofessional-skilled-nursing-referral = 已轉介專業護理
iep-label-paraprofessional-toileting = 如廁
iep-label-paraprofessional-unsafe-traveler-assessed-on = 被評估為不安全的獨立出行者的日期
iep-label-paraprofessional-urgent-care-condition = 已註明需緊急護理的病症

## ParaActivity

iep-para-activity-all-classes = 所有課程
iep-para-activity-academic-classes = 學術課程
iep-para-activity-related-services = 相關服務
iep-para-activity-lunch = 午餐
iep-para-activity-transitions = 課間轉換
iep-para-activity-arrival-dismissal = 到校和放學
iep-para-activity-field-trips = 校外教學

## ParaType

iep-para-type-behavior-support = 行為支援（危機處理）
iep-para-type-health = 健康
iep-para-type-toileting = 如廁
iep-para-type-orientation-mobility = 定向和行動

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = 共用

## ToiletingMode

iep-toileting-mode-toilet-training = 如廁訓練
iep-toileting-mode-toileting-assistance = 如廁協助

## PersonnelSupport

iep-label-personnel-support-description = 說明
iep-label-personnel-support-kind = 支援
iep-label-personnel-support-provided-by = 提供者
iep-label-personnel-support-recipient = 對象

## SupportKind

iep-support-kind-disability-information = 關於殘障的資訊
iep-support-kind-behavior-training = 正向行為干預培訓
iep-support-kind-sign-language = 手語培訓
iep-support-kind-curriculum-modifications = 課程調整方面的協助
iep-support-kind-assistive-technology-training = 學生輔助技術的培訓
iep-support-kind-behavioral-consultation = 行為諮詢
iep-support-kind-para-training = 助教培訓（健康、餵食、體位擺放等）
iep-support-kind-testing-accommodation-training = 提供考試便利措施的培訓
iep-support-kind-other = 其他

## StaffRole

iep-staff-role-teacher = 教師
iep-staff-role-paraprofessional = 助教
iep-staff-role-provider = 相關服務提供者
iep-staff-role-other-staff = 其他學校人員

## PeDetermination

iep-pe-determination-regular = 普通體育
iep-pe-determination-regular-with-equipment = 使用特殊器材的普通體育
iep-pe-determination-adapted = 適應性體育（APE）

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = 第75學區融合服務
iep-label-program-recommendation-delivery = 課堂內或課堂外
iep-label-program-recommendation-duration-minutes = 時長
iep-label-program-recommendation-frequency = 頻率
iep-label-program-recommendation-group = 個別或小組
iep-label-program-recommendation-group-size = 小組人數
iep-label-program-recommendation-language = 語言
iep-label-program-recommendation-location = 地點
iep-label-program-recommendation-program = 課程
iep-label-program-recommendation-projected-start = 預計開始日期
iep-label-program-recommendation-ratio = 班級師生比例
iep-label-program-recommendation-setting = 班級環境
iep-label-program-recommendation-subject = 科目

## Delivery

iep-delivery-push-in = 課堂內（push-in）
iep-delivery-pull-out = 課堂外（pull-out）

## Period

iep-period-day = 每天
iep-period-week = 每週
iep-period-month = 每月

## GroupKind

iep-group-kind-individual = 個別
iep-group-kind-group = 小組

## ProgramKind

iep-program-kind-consultant-teacher = 顧問教師
iep-program-kind-setss = 特殊教育教師支援服務（SETSS）
iep-program-kind-ict = 融合協同教學（ICT）
iep-program-kind-special-class = 特殊班
iep-program-kind-travel-training = 出行訓練
iep-program-kind-adapted-physical-education = 適應性體育（APE）

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1（Horizon）
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = 社區學校（第1–32學區）
iep-class-setting-district-75 = 專門學校（第75學區）
iep-class-setting-non-public-school = 紐約州教育廳批准的非公立學校

## Subject

iep-subject-ela = 英語語言藝術
iep-subject-math = 數學
iep-subject-science = 科學
iep-subject-social-studies = 社會研究
iep-subject-world-language = 外語
iep-subject-career-technical = 職業和技術教育
iep-subject-physical-education = 體育
iep-subject-all-subjects = 所有科目

## RelatedService

iep-label-related-service-delivery = 課堂內或課堂外
iep-label-related-service-duration-minutes = 時長
iep-label-related-service-frequency = 頻率
iep-label-related-service-group = 個別或小組
iep-label-related-service-group-size = 小組人數
iep-label-related-service-initial = 首次建議
iep-label-related-service-language = 語言
iep-label-related-service-location = 地點
iep-label-related-service-other-service = 其他服務
iep-label-related-service-prescription-received-on = 收到處方日期
iep-label-related-service-projected-start = 預計開始日期
iep-label-related-service-separate-location = 單獨地點
iep-label-related-service-service = 服務
iep-label-related-service-transition-service = 過渡服務

## ServiceLocation

iep-service-location-general-education-classroom = 普通教育教室
iep-service-location-special-education-classroom = 特殊教育教室
iep-service-location-separate-location = 單獨地點

## RelatedServiceType

iep-related-service-type-speech-language-therapy = 言語語言治療
iep-related-service-type-occupational-therapy = 職能治療（OT）
iep-related-service-type-physical-therapy = 物理治療（PT）
iep-related-service-type-counseling = 心理輔導
iep-related-service-type-parent-counseling-and-training = 家長輔導和培訓
iep-related-service-type-assistive-technology-services = 輔助技術服務
iep-related-service-type-audiological = 聽力服務
iep-related-service-type-interpreting = 口譯服務（耳聾和聽力困難）
iep-related-service-type-orientation-mobility = 定向和行動
iep-related-service-type-school-nurse = 學校護士服務
iep-related-service-type-vision-education = 視覺教育服務
iep-related-service-type-hearing-education = 聽覺教育服務
iep-related-service-type-rehabilitation-counseling = 康復輔導
iep-related-service-type-social-work = 學校社會工作
iep-related-service-type-other = 其他發展性、矯正性或支援性服務

## SupplementaryAid

iep-label-supplementary-aid-aid = 輔助支援或調整
iep-label-supplementary-aid-applies-in = 地點和時間
iep-label-supplementary-aid-description = 說明
iep-label-supplementary-aid-projected-start = 預計開始日期

## AidKind

iep-aid-kind-note-taker = 筆記員
iep-aid-kind-alternative-formats = 替代格式的教學材料
iep-aid-kind-extra-time-between-classes = 課間額外時間
iep-aid-kind-special-seating = 特殊座位
iep-aid-kind-highlighted-work = 標亮或顏色編碼的作業
iep-aid-kind-study-guides = 學習指南提綱
iep-aid-kind-study-carrel = 學習隔間
iep-aid-kind-behavior-plan = 行為干預計劃
iep-aid-kind-extra-time-for-assignments = 作業額外時間
iep-aid-kind-assignment-adaptations = 作業調整
iep-aid-kind-extended-pacing = 放慢教學進度
iep-aid-kind-adapted-presentation = 調整內容的呈現方式
iep-aid-kind-adapted-demonstration = 調整展示所學的方式
iep-aid-kind-other = 其他

## TwelveMonth

iep-label-twelve-month-areas = 領域
iep-label-twelve-month-basis = 考慮的原因
iep-label-twelve-month-details = 暑期課程和環境
iep-label-twelve-month-differs-from-school-year = 與學年服務不同
iep-label-twelve-month-duration-minutes = 暑期時長
iep-label-twelve-month-frequency = 暑期頻率
iep-label-twelve-month-needed = 需要12個月服務

## EsyBasis

iep-esy-basis-substantial-regression = 明顯退步（需要8週或以上才能恢復）
iep-esy-basis-severe-multiple-disabilities = 嚴重多重殘障
iep-esy-basis-residential = 寄宿課程
iep-esy-basis-home-hospital = 在家或醫院教學
iep-esy-basis-intensive-management-needs = 非常密集的管理需求

## TestingAccommodations

iep-label-testing-accommodations-accommodations = 考試便利措施
iep-label-testing-accommodations-none-recommended = 無考試便利措施

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = 休息間隔
iep-label-testing-accommodation-break-minutes = 休息時長
iep-label-testing-accommodation-category = 便利措施
iep-label-testing-accommodation-condition = 僅適用於
iep-label-testing-accommodation-extended-time = 延長時間
iep-label-testing-accommodation-extra-direction-readings = 額外朗讀指示的次數
iep-label-testing-accommodation-group-size = 小組人數
iep-label-testing-accommodation-multiple-day-assurance-filed = 已提交多日考試保證書
iep-label-testing-accommodation-read-mode = 考題朗讀方式
iep-label-testing-accommodation-read-scope = 考題朗讀範圍
iep-label-testing-accommodation-setting = 環境
iep-label-testing-accommodation-specification = 具體說明

## AccommodationCategory

iep-accommodation-category-extended-time = 延長時間
iep-accommodation-category-breaks = 休息
iep-accommodation-category-separate-setting = 單獨地點或房間
iep-accommodation-category-directions-repeated = 多次朗讀或用手語表達指示
iep-accommodation-category-tests-read = 朗讀考題
iep-accommodation-category-multiple-day = 分多天進行考試
iep-accommodation-category-special-equipment = 特殊設備或傢俱
iep-accommodation-category-scribe = 使用代筆人
iep-accommodation-category-answers-in-booklet = 在試題冊上作答
iep-accommodation-category-calculator = 計算機
iep-accommodation-category-word-processor = 文字處理器
iep-accommodation-category-other = 其他

## TimeMultiplier

iep-time-multiplier-time-and-a-half = 1.5倍時間（1.5×）
iep-time-multiplier-double = 雙倍時間（2×）

## ReadMode

iep-read-mode-human-reader = 真人朗讀
iep-read-mode-text-to-speech = 文字轉語音
iep-read-mode-audio-recording = 錄音（mp3）

## ReadScope

iep-read-scope-excluding-reading-comprehension = 不包括閱讀理解考試
iep-read-scope-including-reading-comprehension = 包括閱讀理解考試

## TestSetting

iep-test-setting-individual = 單獨進行
iep-test-setting-small-group = 小組

## TransitionActivities

iep-label-transition-activities-activities = 活動
iep-label-transition-activities-functional-vocational-assessment-needed = 需要功能性職業評估

## TransitionActivity

iep-label-transition-activity-activity = 活動
iep-label-transition-activity-area = 領域
iep-label-transition-activity-outside-agency = 外部機構
iep-label-transition-activity-parent-consent-to-invite = 家長同意邀請該機構
iep-label-transition-activity-responsible = 負責人（職務或機構）
iep-label-transition-activity-starts-on = 開始日期

## TransitionArea

iep-transition-area-instruction = 教學
iep-transition-area-related-services = 相關服務
iep-transition-area-community-experiences = 社區體驗
iep-transition-area-employment-adult-living = 就業及其他離校後的成人生活目標
iep-transition-area-daily-living-skills = 獲得日常生活技能
iep-transition-area-functional-vocational-assessment = 功能性職業評估

## AssessmentParticipation

iep-label-assessment-participation-mode = 考試
iep-label-assessment-participation-severe-cognitive-disability = 嚴重認知障礙
iep-label-assessment-participation-specialized-program = 高度專門化課程
iep-label-assessment-participation-support-systems = 需要支援系統
iep-label-assessment-participation-why-alternate = 為何適合替代考試
iep-label-assessment-participation-why-not-regular = 為何不參加常規考試

## AssessmentMode

iep-assessment-mode-standard = 州和學區考試（附帶任何考試便利措施）
iep-assessment-mode-nysaa = 紐約州替代考試（NYSAA）
iep-assessment-mode-district-alternate = 學區替代考試（SANDI/FAST）

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = 不參與的程度
iep-label-gen-ed-participation-full-participation = 完全參與
iep-label-gen-ed-participation-physical-education = 體育參與情況
iep-label-gen-ed-participation-removal-justification = 離開普通教育的理由

## Placement

iep-label-placement-deferral-consent-on = 家長書面同意延期的日期
iep-label-placement-deferred = 安置延期
iep-label-placement-health-treatment = 在校期間的健康治療
iep-label-placement-language-determination = 語言認定（ELL）
iep-label-placement-language-of-instruction = 教學語言
iep-label-placement-lote-exempt = 免除外語（LOTE）要求
iep-label-placement-medical-condition = 病症影響上學
iep-label-placement-other-options = 考慮過的其他選項
iep-label-placement-projected-initiation = IEP預計開始日期
iep-label-placement-promotion-criteria = 升級標準
iep-label-placement-recommendation = 安置建議
iep-label-placement-special-transportation = 特殊交通
iep-label-placement-transportation-accommodations = 交通便利措施
iep-label-placement-transportation-reason = 需要特殊交通的原因

## LanguageDetermination

iep-language-determination-enl-only = 僅英語作為新語言（ENL）
iep-language-determination-bilingual = 需要雙語教學服務

## OtherOption

iep-label-other-option-option = 選項
iep-label-other-option-rejected-because = 拒絕的原因

## PromotionCriteria

iep-promotion-criteria-standard = 標準
iep-promotion-criteria-modified = 調整後的

## PlacementKind

iep-placement-kind-doe-non-specialized = 紐約市教育局學校，非專門學校（第1–32學區）
iep-placement-kind-doe-specialized = 紐約市教育局專門學校（第75學區）
iep-placement-kind-nps-day = 紐約州教育廳批准的非公立學校 – 走讀
iep-placement-kind-nps-residential = 紐約州教育廳批准的非公立學校 – 寄宿
iep-placement-kind-nps-placed-by-acs = 紐約州教育廳批准的非公立學校 – 由ACS安置
iep-placement-kind-state4201-day = 紐約州資助的非公立學校（4201） – 走讀
iep-placement-kind-state4201-residential = 紐約州資助的非公立學校（4201） – 寄宿
iep-placement-kind-boces = 合作教育服務委員會（BOCES）
iep-placement-kind-charter-school = 特許學校
iep-placement-kind-home-hospital = 在家或醫院教學

## TransportAccommodation

iep-transport-accommodation-door-to-door = 門到門校車
iep-transport-accommodation-paraprofessional = 交通助理員
iep-transport-accommodation-nursing = 校車上配備護士
iep-transport-accommodation-limited-travel-time = 限制乘車時間
iep-transport-accommodation-smaller-route = 學生較少的路線
iep-transport-accommodation-climate-control = 溫度控制
iep-transport-accommodation-lift = 升降機
iep-transport-accommodation-wheelchair = 輪椅設施
iep-transport-accommodation-safety-vest = 安全背心或汽車座椅
iep-transport-accommodation-oxygen = 氧氣
iep-transport-accommodation-ambulance = 救護車

## Values with a number or a yes/no answer

iep-frequency-day = 每天 { $times } 次
iep-frequency-week = 每週 { $times } 次
iep-frequency-month = 每月 { $times } 次
iep-minutes = { $count } 分鐘
iep-group-of = { $count } 人小組
iep-times-per-year = 每年 { $count } 次
iep-times = { $count } 次
iep-yes = 是
iep-no = 否
iep-none-recorded = 本部分沒有記錄任何內容。
