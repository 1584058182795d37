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
rsesp-title = 建議的特殊教育課程和服務
rsesp-notice = IEP草稿的這一頁列出IEP團隊建議的課程和服務。IEP尚未定稿：將在10個工作日內定稿並交給您。
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

## 通知和表格通用

notice-date = 本通知日期：{ $date }
translation-legal-notice-document = 本文件為譯本。具有法律效力的版本是本文件的英文版。
section-student = 學生
section-questions = 問題
section-english-parts-document = 本文件中的英文部分
english-parts-intro-document = 學校以英文撰寫了本文件的 { $count } 個部分。本副本中未翻譯這些部分：
time = { $hour }:{ $minute }

## 事先書面通知（PWN）

pwn-title-referral_initial = 事先書面通知：初次評估轉介通知
pwn-title-refusal_of_initial_evaluation = 事先書面通知：拒絕初次評估請求
pwn-title-recommendation_initial = 事先書面通知：首次IEP會議後的建議
pwn-title-recommendation = 事先書面通知：建議
pwn-title-ineligibility = 事先書面通知：不符合特殊教育資格
pwn-title-reevaluation_with_assessments = 事先書面通知：包含新評估的重新評估
pwn-title-reevaluation = 事先書面通知：重新評估
pwn-title-amendment = 事先書面通知：IEP修訂
pwn-title-refusal = 事先書面通知：拒絕家長的請求
pwn-intro-referral_initial = 您的孩子已被轉介接受初次評估，以確定您的孩子是否有殘障以及是否需要特殊教育服務。本通知說明學校的提議及其原因。
pwn-intro-refusal_of_initial_evaluation = 學校收到了為您的孩子轉介初次評估的請求，並決定不進行轉介。本通知說明原因。
pwn-intro-recommendation_initial = IEP團隊在您孩子的初次評估之後召開會議並提出了建議。本通知說明團隊的建議及其原因。
pwn-intro-recommendation = IEP團隊就您的孩子召開會議並提出了建議。本通知說明團隊的建議及其原因。
pwn-intro-ineligibility = IEP團隊認定您的孩子不符合接受特殊教育服務的資格。本通知說明原因。
pwn-intro-reevaluation_with_assessments = 學校提議透過新的評估對您的孩子進行重新評估。本通知說明提議的內容及其原因。
pwn-intro-reevaluation = 學校提議根據現有資料對您的孩子進行重新評估。本通知說明提議的內容及其原因。
pwn-intro-amendment = 學校提議修改您孩子的IEP。本通知說明修改內容及其原因。
pwn-intro-refusal = 學校決定不採納您提出的某項請求。本通知說明被拒絕的內容及其原因。
pwn-element-action-propose = 1. 學校提議採取的行動
pwn-element-action-refuse = 1. 學校拒絕採取的行動
pwn-element-reasons = 2. 原因
pwn-element-evaluations = 3. 所依據的評估、測驗、紀錄和報告
pwn-element-options = 4. 考慮過的其他方案及其被否決的原因
pwn-element-other-factors = 5. 其他相關因素
pwn-element-safeguards = 6. 您的程序保障
pwn-element-assistance = 7. 可獲得協助的管道
pwn-option = 方案 { $number }：
pwn-option-rejected-because = 否決原因：
pwn-no-other-options = 團隊未考慮其他方案。
pwn-safeguards-statement = 作為有殘障或可能有殘障的學生的家長，您享有聯邦法律和紐約州法律中程序保障規定的權利。
pwn-psn-enclosed = 本通知附有一份說明這些權利的《程序保障通知》。
pwn-psn-how-to-obtain = 您可以免費索取一份說明這些權利的《程序保障通知》：
pwn-psn-website = 《程序保障通知》也可在教育局（DOE）網站的"Statement of Family's Rights"（家庭權利聲明）欄目中找到。
pwn-assistance-intro = 如需協助了解特殊教育和您的權利，您可以聯絡以下機構：
pwn-section-more = 關於本通知的更多資訊
pwn-consent-enclosed = 此項行動需要您的書面同意。本通知附有「{ $form }」表格。在您簽名之前，不會採取任何行動。
pwn-referral-next = 學校將與您聯絡，安排社會背景面談的日期，屆時將請您同意進行評估。
pwn-program-visit = 您有權參觀與為您孩子建議的課程類似的課程。如需安排參觀，請聯絡：
pwn-program-visit-label = 安排參觀課程的聯絡人
pwn-refusal-right-to-refer = 您有權親自以書面形式向學校校長或特殊教育委員會轉介您的孩子接受初次評估。
pwn-refusal-copy-of-request = 隨附轉介請求的副本。
pwn-refusal-meeting-offered = 學校邀請您與校長會面，討論該請求以及學校可為您的孩子提供的協助。
pwn-ineligibility-enclosed = 本通知附有您孩子目前的表現水準和個人需求。
pwn-contact = 您有權參與有關您孩子教育的每一項決定。如對本通知有任何疑問，請聯絡{ $contact }。

## IEP會議通知

meeting-notice-title = IEP會議通知
meeting-notice-intro = 特此邀請您參加您孩子的IEP團隊會議。您是團隊的一員，您的參與非常重要。
section-meeting-details = 會議詳情
field-meeting-type = 會議類型
field-meeting-date = 日期
field-meeting-time = 時間
field-meeting-place = 地點
field-meeting-interpreter = 口譯員
meeting-interpreter-value = 會議將有{ $language }口譯員在場。
meeting-sign-language-value = 會議將有手語翻譯員在場。
meeting-type-initial = 首次IEP會議（初次評估之後）
meeting-type-annual_review = 年度審查
meeting-type-requested_review = 應要求進行的審查
meeting-type-requested_reevaluation = 應要求進行的重新評估
meeting-type-three_year_reevaluation = 三年期重新評估
meeting-type-reconvene = 續會
meeting-type-reconvene-of = 續會（{ $type }）
section-meeting-participants = 受邀人員
participants-intro = 以下人員以所列身分受邀參加會議：
column-role = 身分
column-name = 姓名
role-parent = 家長
role-student = 學生
role-district_representative = 學區代表
role-case_manager = 個案管理員
role-school_psychologist = 學校心理師
role-special_education_teacher = 特殊教育教師
role-general_education_teacher = 普通教育教師
role-related_service_provider = 相關服務提供者
role-school_social_worker = 學校社工
role-parent_member = 額外的家長成員
role-physician = 學校醫師
role-bilingual_professional = 雙語專業人員
role-transition_agency_representative = 轉銜服務機構代表
role-teacher_of_deaf_and_hearing_impaired = 聾生和聽障學生教師
role-teacher_of_blind_and_partially_sighted = 盲生和視障學生教師
role-audiologist = 聽力師
role-school_nurse = 學校護理師
role-assessment_professional = 評估人員
role-supervisory_personnel = 主管
role-other_school_personnel = 其他學校職員
role-special_expertise = 了解該學生或對其有專門知識的人士
section-meeting-rights = 您在本次會議中的權利
right-bring-people = 您可以帶了解您孩子或對您孩子有專門知識的人參加，例如親屬、朋友或權益倡導者。如果您將帶律師參加，請在會議前告知學校。
right-parent-member = 您可以要求一名額外的家長成員參加：住在紐約市或鄰近學區的殘障學生的家長。請至少在會議前72小時以書面形式提出。
right-physician = 您可以要求學校醫師參加，以解釋您孩子的醫療資訊及其與孩子教育的關係。請至少在會議前72小時以書面形式提出。
right-interpreter = 您可以免費獲得口譯服務，包括手語翻譯。如有需要，請告知學校。
right-reschedule = 如果日期或時間不合適，您可以要求改期。如果您無法到場，可以透過電話參加。
right-record = 如果您至少提前一個工作日以書面形式向校長或主席提出，您可以對會議進行錄音。屆時學校也將對會議進行錄音。
right-documents = 會議前您將收到團隊將要討論的評估和報告。
meeting-contact = 如需確認出席、提出上述任何要求或有任何疑問，請聯絡{ $contact }。

## 同意書

consent-title-initial_evaluation = 初次評估同意書
consent-title-initial_provision_of_services = 開始提供特殊教育服務同意書
consent-title-additional_assessments = 額外評估同意書（重新評估）
consent-intro-initial_evaluation = 學校請求您同意對您的孩子進行評估，以確定您的孩子是否有殘障以及是否需要特殊教育服務。同意評估並不等於同意接受特殊教育服務。
consent-intro-initial_provision_of_services = IEP團隊建議為您的孩子提供特殊教育服務。學校請求您同意開始提供這些服務。未經您的書面同意，任何特殊教育服務都不能開始。
consent-intro-additional_assessments = 作為您孩子重新評估的一部分，學校請求您同意進行下列新的評估。
section-consent-activities = 學校的提議
consent-activities-itemized = 請逐項標明您是否同意。您可以同意其中某些項目而不同意其他項目。
consent-activities-whole = 學校提議：
column-proposed = 提議內容
consent-choice-yes = 我同意
consent-choice-no = 我不同意
section-consent-records = 將要共享的紀錄
consent-records-default = 您孩子的學校紀錄只會提供給執行所提議事項的評估人員和服務提供者。
section-consent-rights = 您的權利
consent-right-decline = 您可以拒絕給予同意。
consent-right-revoke = 您可以隨時以書面形式撤銷您的同意。
consent-right-not-retroactive = 撤銷同意不具有追溯效力：它不會撤銷在您給予同意之後、撤銷之前已經進行的事項。
section-consent-decision = 您的決定
consent-whole-yes = 我同意上述提議。
consent-whole-no = 我不同意。
consent-sign-intro = 簽名即表示我確認已獲告知所提議的內容並理解，且我的決定已在上方標明。
signature-parent = 家長簽名
signature-name = 家長姓名
signature-relationship = 與學生的關係
signature-date = 日期
consent-return = 請將本表格交回給{ $contact }。如有疑問，請聯絡此人。
