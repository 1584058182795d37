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
