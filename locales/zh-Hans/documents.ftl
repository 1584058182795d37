### IEP Desk：家长文件，简体中文。正式用语（您）。
### 与 locales/en/documents.ftl 的消息完全相同；用法说明见该文件。
### 数字使用阿拉伯数字（0-9）。中文与拉丁字母之间不加空格，由排版自动留出间距。

## 日期

date = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 页面元素

page-of = 第{ $page }页，共{ $total }页
page-header = 学生：{ $student } · OSIS：{ $osis }
document-title = { $document }：{ $student }
produced-on = 本副本制作日期：{ $date }
translation-legal-notice = 本文件是IEP的译本。具有法律效力的版本是英文版IEP。
draft-notice = 草稿：本IEP尚未定稿，内容仍可能更改。
rsesp-title = 建议的特殊教育课程和服务
rsesp-notice = IEP草稿的这一页列出IEP团队建议的课程和服务。IEP尚未定稿：将在10个工作日内定稿并交给您。
written-in-english = 由IEP团队以英文撰写
not-yet-written = 尚未填写。

## 表格版本

form-nysed-iep-2023-11 = 纽约州IEP表格（NYSED），2023年11月修订版

## 值

person-name = { $first } { $last }
grade-3k = 3-K（三岁幼儿班）
grade-pk = Pre-K（学前班）
grade-k = 幼儿园（Kindergarten）
grade-n = { $grade }年级
grade-ug = 不分年级
iep-version-value = 第{ $version }版
iep-status-draft = 草稿
iep-status-finalized = 定稿
iep-status-amended = 已修订（已被较新的IEP取代）
iep-amends-earlier = 本IEP是对先前IEP的修订。

## 语言名称

language-en = 英语
language-sq = 阿尔巴尼亚语
language-ar = 阿拉伯语
language-bn = 孟加拉语
language-zh-Hans = 中文（简体）
language-zh-Hant = 中文（繁体）
language-fr = 法语
language-ht = 海地克里奥尔语
language-ko = 韩语
language-ru = 俄语
language-es = 西班牙语
language-uk = 乌克兰语
language-ur = 乌尔都语
language-uz = 乌兹别克语
language-pl = 波兰语
language-yi = 意第绪语
language-ja = 日语
language-ne = 尼泊尔语
language-pa = 旁遮普语
language-tl = 他加禄语
language-fuf = 普拉尔语（富拉语）
language-wo = 沃洛夫语
language-asl = 美国手语

## IEP

iep-title = 个别化教育计划（IEP）
section-identifying = 身份信息
field-student-name = 学生姓名
field-date-of-birth = 出生日期
field-osis = 学生编号（OSIS）
field-school = 学校（DBN）
field-grade = 年级
field-home-language = 家庭语言
field-parent-language = 家长首选语言
field-iep-version = IEP版本
field-iep-status = IEP状态
field-finalized-on = 定稿日期
field-amendment = 修订
field-produced-on = 本副本日期

section-present-levels = 目前的表现水平和个人需求
plop-evaluation_results = 评估结果
plop-academic_achievement = 学业成绩、功能表现和学习特点
plop-social_development = 社交发展
plop-physical_development = 身体发展
plop-management_needs = 管理需求
plop-effect_on_general_education = 学生需求对其参与普通教育课程及取得进步的影响
plop-special_factor_needs = 与特殊因素有关的学生需求

## 英文部分

section-english-parts = 本IEP中以英文撰写的部分
english-parts-intro = IEP团队用英文撰写了本IEP的{ $count }个部分，本副本未翻译这些部分：
english-parts-request = 您有权免费要求将这些部分翻译成您的语言。如需申请，请联系{ $contact }或您孩子所在学校的语言服务协调员。
contact-phone = 电话：{ $phone }
contact-email = 电子邮件：{ $email }

## 通知和表格通用

notice-date = 本通知日期：{ $date }
translation-legal-notice-document = 本文件为译本。具有法律效力的版本是本文件的英文版。
section-student = 学生
section-questions = 问题
section-english-parts-document = 本文件中的英文部分
english-parts-intro-document = 学校用英文撰写了本文件的 { $count } 个部分。本副本中未翻译这些部分：
time = { $hour }:{ $minute }

## 事先书面通知（PWN）

pwn-title-referral_initial = 事先书面通知：初次评估转介通知
pwn-title-refusal_of_initial_evaluation = 事先书面通知：拒绝初次评估请求
pwn-title-recommendation_initial = 事先书面通知：首次IEP会议后的建议
pwn-title-recommendation = 事先书面通知：建议
pwn-title-ineligibility = 事先书面通知：不符合特殊教育资格
pwn-title-reevaluation_with_assessments = 事先书面通知：包含新评估的重新评估
pwn-title-reevaluation = 事先书面通知：重新评估
pwn-title-amendment = 事先书面通知：IEP修订
pwn-title-refusal = 事先书面通知：拒绝家长的请求
pwn-intro-referral_initial = 您的孩子已被转介接受初次评估，以确定您的孩子是否有残障以及是否需要特殊教育服务。本通知说明学校的提议及其原因。
pwn-intro-refusal_of_initial_evaluation = 学校收到了为您的孩子转介初次评估的请求，并决定不进行转介。本通知说明原因。
pwn-intro-recommendation_initial = IEP团队在您孩子的初次评估之后召开会议并提出了建议。本通知说明团队的建议及其原因。
pwn-intro-recommendation = IEP团队就您的孩子召开会议并提出了建议。本通知说明团队的建议及其原因。
pwn-intro-ineligibility = IEP团队认定您的孩子不符合接受特殊教育服务的资格。本通知说明原因。
pwn-intro-reevaluation_with_assessments = 学校提议通过新的评估对您的孩子进行重新评估。本通知说明提议的内容及其原因。
pwn-intro-reevaluation = 学校提议根据现有资料对您的孩子进行重新评估。本通知说明提议的内容及其原因。
pwn-intro-amendment = 学校提议修改您孩子的IEP。本通知说明修改内容及其原因。
pwn-intro-refusal = 学校决定不采纳您提出的某项请求。本通知说明被拒绝的内容及其原因。
pwn-element-action-propose = 1. 学校提议采取的行动
pwn-element-action-refuse = 1. 学校拒绝采取的行动
pwn-element-reasons = 2. 原因
pwn-element-evaluations = 3. 所依据的评估、测验、记录和报告
pwn-element-options = 4. 考虑过的其他方案及其被否决的原因
pwn-element-other-factors = 5. 其他相关因素
pwn-element-safeguards = 6. 您的程序保障
pwn-element-assistance = 7. 可获得帮助的途径
pwn-option = 方案 { $number }：
pwn-option-rejected-because = 否决原因：
pwn-no-other-options = 团队未考虑其他方案。
pwn-safeguards-statement = 作为有残障或可能有残障的学生的家长，您享有联邦法律和纽约州法律中程序保障规定的权利。
pwn-psn-enclosed = 本通知附有一份说明这些权利的《程序保障通知》。
pwn-psn-how-to-obtain = 您可以免费索取一份说明这些权利的《程序保障通知》：
pwn-psn-website = 《程序保障通知》也可在教育局（DOE）网站的“Statement of Family's Rights”（家庭权利声明）栏目中找到。
pwn-assistance-intro = 如需帮助了解特殊教育和您的权利，您可以联系以下机构：
pwn-section-more = 关于本通知的更多信息
pwn-consent-enclosed = 此项行动需要您的书面同意。本通知附有“{ $form }”表格。在您签字之前，不会采取任何行动。
pwn-referral-next = 学校将与您联系，安排社会背景面谈的日期，届时将请您同意进行评估。
pwn-program-visit = 您有权参观与为您孩子建议的项目类似的项目。如需安排参观，请联系：
pwn-program-visit-label = 安排参观项目的联系人
pwn-refusal-right-to-refer = 您有权亲自以书面形式向学校校长或特殊教育委员会转介您的孩子接受初次评估。
pwn-refusal-copy-of-request = 随附转介请求的副本。
pwn-refusal-meeting-offered = 学校邀请您与校长会面，讨论该请求以及学校可为您的孩子提供的帮助。
pwn-ineligibility-enclosed = 本通知附有您孩子目前的表现水平和个人需求。
pwn-contact = 您有权参与有关您孩子教育的每一项决定。如对本通知有任何疑问，请联系{ $contact }。

## IEP会议通知

meeting-notice-title = IEP会议通知
meeting-notice-intro = 特此邀请您参加您孩子的IEP团队会议。您是团队的一员，您的参与非常重要。
section-meeting-details = 会议详情
field-meeting-type = 会议类型
field-meeting-date = 日期
field-meeting-time = 时间
field-meeting-place = 地点
field-meeting-interpreter = 口译员
meeting-interpreter-value = 会议将有{ $language }口译员在场。
meeting-sign-language-value = 会议将有手语翻译员在场。
meeting-type-initial = 首次IEP会议（初次评估之后）
meeting-type-annual_review = 年度审查
meeting-type-requested_review = 应要求进行的审查
meeting-type-requested_reevaluation = 应要求进行的重新评估
meeting-type-three_year_reevaluation = 三年期重新评估
meeting-type-reconvene = 续会
meeting-type-reconvene-of = 续会（{ $type }）
section-meeting-participants = 受邀人员
participants-intro = 以下人员以所列身份受邀参加会议：
column-role = 身份
column-name = 姓名
role-parent = 家长
role-student = 学生
role-district_representative = 学区代表
role-case_manager = 个案管理员
role-school_psychologist = 学校心理学家
role-special_education_teacher = 特殊教育教师
role-general_education_teacher = 普通教育教师
role-related_service_provider = 相关服务提供者
role-school_social_worker = 学校社工
role-parent_member = 额外的家长成员
role-physician = 学校医生
role-bilingual_professional = 双语专业人员
role-transition_agency_representative = 过渡服务机构代表
role-teacher_of_deaf_and_hearing_impaired = 聋生和听障学生教师
role-teacher_of_blind_and_partially_sighted = 盲生和视障学生教师
role-audiologist = 听力学家
role-school_nurse = 学校护士
role-assessment_professional = 评估人员
role-supervisory_personnel = 主管
role-other_school_personnel = 其他学校工作人员
role-special_expertise = 了解该学生或对其有专门知识的人士
section-meeting-rights = 您在本次会议中的权利
right-bring-people = 您可以带了解您孩子或对您孩子有专门知识的人参加，例如亲属、朋友或权益倡导者。如果您将带律师参加，请在会议前告知学校。
right-parent-member = 您可以要求一名额外的家长成员参加：住在纽约市或邻近学区的残障学生的家长。请至少在会议前72小时以书面形式提出。
right-physician = 您可以要求学校医生参加，以解释您孩子的医疗信息及其与孩子教育的关系。请至少在会议前72小时以书面形式提出。
right-interpreter = 您可以免费获得口译服务，包括手语翻译。如有需要，请告知学校。
right-reschedule = 如果日期或时间不合适，您可以要求改期。如果您无法到场，可以通过电话参加。
right-record = 如果您至少提前一个工作日以书面形式向校长或主席提出，您可以对会议进行录音。届时学校也将对会议进行录音。
right-documents = 会议前您将收到团队将要讨论的评估和报告。
meeting-contact = 如需确认出席、提出上述任何要求或有任何疑问，请联系{ $contact }。

## 同意书

consent-title-initial_evaluation = 初次评估同意书
consent-title-initial_provision_of_services = 开始提供特殊教育服务同意书
consent-title-additional_assessments = 额外评估同意书（重新评估）
consent-intro-initial_evaluation = 学校请求您同意对您的孩子进行评估，以确定您的孩子是否有残障以及是否需要特殊教育服务。同意评估并不等于同意接受特殊教育服务。
consent-intro-initial_provision_of_services = IEP团队建议为您的孩子提供特殊教育服务。学校请求您同意开始提供这些服务。未经您的书面同意，任何特殊教育服务都不能开始。
consent-intro-additional_assessments = 作为您孩子重新评估的一部分，学校请求您同意进行下列新的评估。
section-consent-activities = 学校的提议
consent-activities-itemized = 请逐项标明您是否同意。您可以同意其中某些项目而不同意其他项目。
consent-activities-whole = 学校提议：
column-proposed = 提议内容
consent-choice-yes = 我同意
consent-choice-no = 我不同意
section-consent-records = 将要共享的记录
consent-records-default = 您孩子的学校记录只会提供给执行所提议事项的评估人员和服务提供者。
section-consent-rights = 您的权利
consent-right-decline = 您可以拒绝给予同意。
consent-right-revoke = 您可以随时以书面形式撤销您的同意。
consent-right-not-retroactive = 撤销同意不具有追溯效力：它不会撤销在您给予同意之后、撤销之前已经进行的事项。
section-consent-decision = 您的决定
consent-whole-yes = 我同意上述提议。
consent-whole-no = 我不同意。
consent-sign-intro = 签字即表示我确认已获告知所提议的内容并理解，且我的决定已在上方标明。
signature-parent = 家长签名
signature-name = 家长姓名
signature-relationship = 与学生的关系
signature-date = 日期
consent-return = 请将本表格交回给{ $contact }。如有疑问，请联系此人。
