### IEP Desk：家長文件，繁體中文。正式用語（您）。
### 與 locales/en/documents.ftl 的訊息完全相同；用法說明見該檔案。
### 數字使用阿拉伯數字（0-9）。中文與拉丁字母之間不加空格，由排版自動留出間距。

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

## 頁面元素

page-of = 第{ $page }頁，共{ $total }頁
page-header = 學生：{ $student } · OSIS：{ $osis }
document-title = { $document }：{ $student }
produced-on = 本副本製作日期：{ $date }
translation-legal-notice = 本文件是IEP的譯本。具有法律效力的版本是英文版IEP。
draft-notice = 草稿：本IEP尚未定稿，內容仍可能更改。
written-in-english = 由IEP團隊以英文撰寫
not-yet-written = 尚未填寫。

## 表格版本

form-nysed-iep-2023-11 = 紐約州IEP表格（NYSED），2023年11月修訂版

## 值

person-name = { $first } { $last }
grade-3k = 3-K（三歲幼兒班）
grade-pk = Pre-K（學前班）
grade-k = 幼稚園（Kindergarten）
grade-n = { $grade }年級
grade-ug = 不分年級
iep-version-value = 第{ $version }版
iep-status-draft = 草稿
iep-status-finalized = 定稿
iep-status-amended = 已修訂（已被較新的IEP取代）
iep-amends-earlier = 本IEP是對先前IEP的修訂。

## 語言名稱

language-en = 英語
language-sq = 阿爾巴尼亞語
language-ar = 阿拉伯語
language-bn = 孟加拉語
language-zh-Hans = 中文（簡體）
language-zh-Hant = 中文（繁體）
language-fr = 法語
language-ht = 海地克里奧爾語
language-ko = 韓語
language-ru = 俄語
language-es = 西班牙語
language-uk = 烏克蘭語
language-ur = 烏爾都語
language-uz = 烏茲別克語
language-pl = 波蘭語
language-yi = 意第緒語
language-ja = 日語
language-ne = 尼泊爾語
language-pa = 旁遮普語
language-tl = 他加祿語
language-fuf = 普拉爾語（富拉語）
language-wo = 沃洛夫語
language-asl = 美國手語

## IEP

iep-title = 個別化教育計劃（IEP）
section-identifying = 身分資料
field-student-name = 學生姓名
field-date-of-birth = 出生日期
field-osis = 學生編號（OSIS）
field-school = 學校（DBN）
field-grade = 年級
field-home-language = 家庭語言
field-parent-language = 家長首選語言
field-iep-version = IEP版本
field-iep-status = IEP狀態
field-finalized-on = 定稿日期
field-amendment = 修訂
field-produced-on = 本副本日期

section-present-levels = 目前的表現水準和個人需求
plop-evaluation_results = 評估結果
plop-academic_achievement = 學業成績、功能表現和學習特點
plop-social_development = 社交發展
plop-physical_development = 身體發展
plop-management_needs = 管理需求
plop-effect_on_general_education = 學生需求對其參與普通教育課程及取得進步的影響
plop-special_factor_needs = 與特殊因素有關的學生需求

## 英文部分

section-english-parts = 本IEP中以英文撰寫的部分
english-parts-intro = IEP團隊用英文撰寫了本IEP的{ $count }個部分，本副本未翻譯這些部分：
english-parts-request = 您有權免費要求將這些部分翻譯成您的語言。如需申請，請聯絡{ $contact }或您孩子所在學校的語言服務協調員。
contact-phone = 電話：{ $phone }
contact-email = 電子郵件：{ $email }
