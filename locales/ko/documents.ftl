### IEP Desk: 학부모용 문서, 한국어. 공식 문서체(합쇼체).
### locales/en/documents.ftl과 같은 메시지이며, 사용 설명은 그 파일에 있습니다.
### 숫자는 아라비아 숫자(0-9)를 씁니다.

## 날짜

date = { $year }년 { $month } { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## 페이지 요소

page-of = { $total }쪽 중 { $page }쪽
page-header = 학생: { $student } · OSIS: { $osis }
document-title = { $document }: { $student }
produced-on = 사본 작성일: { $date }
translation-legal-notice = 이 문서는 IEP 번역본입니다. 법적 효력을 갖는 것은 영문 IEP입니다.
draft-notice = 초안: 이 IEP는 최종본이 아니며 변경될 수 있습니다.
rsesp-title = 권장 특수교육 프로그램 및 서비스
rsesp-notice = IEP 초안의 이 페이지에는 IEP 팀이 권장하는 프로그램과 서비스가 나와 있습니다. IEP는 아직 확정되지 않았으며, 10 영업일 이내에 확정되어 귀하에게 전달됩니다.
written-in-english = IEP 팀이 영어로 작성함
not-yet-written = 아직 작성되지 않았습니다.

## 양식

form-nysed-iep-2023-11 = 뉴욕주 IEP 양식(NYSED), 2023년 11월 개정판

## 값

person-name = { $first } { $last }
grade-3k = 3-K(3세 유아반)
grade-pk = Pre-K(프리케이)
grade-k = 킨더가튼(Kindergarten)
grade-n = { $grade }학년
grade-ug = 학년 미지정
iep-version-value = 버전 { $version }
iep-status-draft = 초안
iep-status-finalized = 최종
iep-status-amended = 수정됨(최신 IEP로 대체됨)
iep-amends-earlier = 이 IEP는 이전 IEP를 수정한 것입니다.

## 언어 이름

language-en = 영어
language-sq = 알바니아어
language-ar = 아랍어
language-bn = 벵골어(방글라어)
language-zh-Hans = 중국어(간체)
language-zh-Hant = 중국어(번체)
language-fr = 프랑스어
language-ht = 아이티 크리올어
language-ko = 한국어
language-ru = 러시아어
language-es = 스페인어
language-uk = 우크라이나어
language-ur = 우르두어
language-uz = 우즈베크어
language-pl = 폴란드어
language-yi = 이디시어
language-ja = 일본어
language-ne = 네팔어
language-pa = 펀자브어
language-tl = 타갈로그어
language-fuf = 풀라르어(풀라니어)
language-wo = 월로프어
language-asl = 미국 수어

## IEP

iep-title = 개별화 교육 프로그램(IEP)
section-identifying = 신원 정보
field-student-name = 학생 이름
field-date-of-birth = 생년월일
field-osis = 학생 ID 번호(OSIS)
field-school = 학교(DBN)
field-grade = 학년
field-home-language = 가정 언어
field-parent-language = 학부모 선호 언어
field-iep-version = IEP 버전
field-iep-status = IEP 상태
field-finalized-on = 확정일
field-amendment = 수정
field-produced-on = 사본 날짜

section-present-levels = 현재 수행 수준 및 개별 요구
plop-evaluation_results = 평가 결과
plop-academic_achievement = 학업 성취도, 기능적 수행 능력 및 학습 특성
plop-social_development = 사회성 발달
plop-physical_development = 신체 발달
plop-management_needs = 관리 요구 사항
plop-effect_on_general_education = 학생의 요구가 일반 교육과정 참여 및 진전에 미치는 영향
plop-special_factor_needs = 특수 요인과 관련된 학생의 요구

## 영어로 된 부분

section-english-parts = 이 IEP 중 영어로 작성된 부분
english-parts-intro = IEP 팀이 이 IEP의 { $count }개 부분을 영어로 작성했습니다. 이 사본에서는 해당 부분이 번역되지 않았습니다:
english-parts-request = 귀하는 이 부분을 귀하의 언어로 무료로 번역해 달라고 요청할 권리가 있습니다. 요청하시려면 { $contact } 또는 자녀 학교의 언어 지원 코디네이터에게 연락하십시오.
contact-phone = 전화: { $phone }
contact-email = 이메일: { $email }

## 통지서와 양식 공통

notice-date = 본 통지서 날짜: { $date }
translation-legal-notice-document = 이 문서는 번역본입니다. 법적 효력을 갖는 것은 이 문서의 영문본입니다.
section-student = 학생
section-questions = 문의
section-english-parts-document = 이 문서에서 영어로 된 부분
english-parts-intro-document = 학교는 이 문서의 { $count }개 부분을 영어로 작성했습니다. 이 사본에서는 해당 부분이 번역되어 있지 않습니다:
time = { $hour }:{ $minute }

## 사전 서면 통지(PWN)

pwn-title-referral_initial = 사전 서면 통지: 초기 평가 의뢰 통지
pwn-title-refusal_of_initial_evaluation = 사전 서면 통지: 초기 평가 요청 거부
pwn-title-recommendation_initial = 사전 서면 통지: 첫 IEP 회의 후 권고
pwn-title-recommendation = 사전 서면 통지: 권고
pwn-title-ineligibility = 사전 서면 통지: 특수교육 자격 없음
pwn-title-reevaluation_with_assessments = 사전 서면 통지: 새로운 평가를 포함한 재평가
pwn-title-reevaluation = 사전 서면 통지: 재평가
pwn-title-amendment = 사전 서면 통지: IEP 수정
pwn-title-refusal = 사전 서면 통지: 학부모 요청 거부
pwn-intro-referral_initial = 자녀에게 장애가 있는지, 특수교육 서비스가 필요한지 알아보기 위해 자녀가 초기 평가에 의뢰되었습니다. 이 통지서는 학교가 제안하는 내용과 그 이유를 설명합니다.
pwn-intro-refusal_of_initial_evaluation = 학교는 자녀를 초기 평가에 의뢰해 달라는 요청을 받았으며, 의뢰하지 않기로 결정했습니다. 이 통지서는 그 이유를 설명합니다.
pwn-intro-recommendation_initial = IEP 팀은 자녀의 초기 평가 후 회의를 열어 권고를 했습니다. 이 통지서는 팀이 권고하는 내용과 그 이유를 설명합니다.
pwn-intro-recommendation = IEP 팀은 자녀에 관해 회의를 열어 권고를 했습니다. 이 통지서는 팀이 권고하는 내용과 그 이유를 설명합니다.
pwn-intro-ineligibility = IEP 팀은 자녀가 특수교육 서비스를 받을 자격이 없다고 판단했습니다. 이 통지서는 그 이유를 설명합니다.
pwn-intro-reevaluation_with_assessments = 학교는 새로운 평가를 통해 자녀를 재평가할 것을 제안합니다. 이 통지서는 제안 내용과 그 이유를 설명합니다.
pwn-intro-reevaluation = 학교는 이미 있는 정보를 바탕으로 자녀를 재평가할 것을 제안합니다. 이 통지서는 제안 내용과 그 이유를 설명합니다.
pwn-intro-amendment = 학교는 자녀의 IEP를 변경할 것을 제안합니다. 이 통지서는 변경 내용과 그 이유를 설명합니다.
pwn-intro-refusal = 학교는 귀하가 요청한 사항을 하지 않기로 결정했습니다. 이 통지서는 거부된 내용과 그 이유를 설명합니다.
pwn-element-action-propose = 1. 학교가 제안하는 조치
pwn-element-action-refuse = 1. 학교가 거부하는 조치
pwn-element-reasons = 2. 이유
pwn-element-evaluations = 3. 근거로 한 평가, 검사, 기록 및 보고서
pwn-element-options = 4. 검토한 다른 방안과 거부 이유
pwn-element-other-factors = 5. 기타 관련 요인
pwn-element-safeguards = 6. 귀하의 절차적 보호
pwn-element-assistance = 7. 도움을 받을 수 있는 곳
pwn-option = 방안 { $number }:
pwn-option-rejected-because = 거부 이유:
pwn-no-other-options = 팀은 다른 방안을 검토하지 않았습니다.
pwn-safeguards-statement = 장애가 있거나 있을 수 있는 학생의 학부모로서 귀하는 연방법과 뉴욕주법의 절차적 보호에 따른 권리를 갖습니다.
pwn-psn-enclosed = 이 권리를 설명하는 절차적 보호 통지서 사본이 본 통지서에 동봉되어 있습니다.
pwn-psn-how-to-obtain = 이 권리를 설명하는 절차적 보호 통지서 사본을 무료로 받으실 수 있습니다:
pwn-psn-website = 절차적 보호 통지서는 교육청(DOE) 웹사이트의 "Statement of Family's Rights"(가족 권리 선언) 항목에서도 보실 수 있습니다.
pwn-assistance-intro = 특수교육과 귀하의 권리를 이해하는 데 도움이 필요하시면 다음 기관에 연락하실 수 있습니다:
pwn-section-more = 본 통지서에 관한 추가 정보
pwn-consent-enclosed = 이 조치에는 귀하의 서면 동의가 필요합니다. "{ $form }" 양식이 본 통지서에 동봉되어 있습니다. 귀하가 서명하기 전에는 아무것도 진행되지 않습니다.
pwn-referral-next = 학교는 사회력 면담 날짜를 정하기 위해 귀하에게 연락할 것이며, 면담에서 평가에 대한 귀하의 동의를 요청할 것입니다.
pwn-program-visit = 귀하는 자녀에게 권고된 프로그램과 비슷한 프로그램을 방문할 권리가 있습니다. 방문을 원하시면 다음으로 연락하십시오:
pwn-program-visit-label = 프로그램 방문 연락처
pwn-refusal-right-to-refer = 귀하는 학교 교장 또는 특수교육위원회에 서면으로 직접 자녀의 초기 평가를 의뢰할 권리가 있습니다.
pwn-refusal-copy-of-request = 의뢰 요청서 사본을 동봉합니다.
pwn-refusal-meeting-offered = 요청 내용과 학교에서 자녀가 받을 수 있는 도움에 대해 논의하기 위해 교장과의 면담을 제안합니다.
pwn-ineligibility-enclosed = 자녀의 현재 수행 수준과 개별 요구가 본 통지서에 동봉되어 있습니다.
pwn-contact = 귀하는 자녀 교육에 관한 모든 결정에 참여할 권리가 있습니다. 본 통지서에 관해 문의 사항이 있으시면 { $contact }에게 연락하십시오.

## IEP 회의 통지서

meeting-notice-title = IEP 회의 통지서
meeting-notice-intro = 귀하를 자녀의 IEP 팀 회의에 초대합니다. 귀하는 팀의 일원이며, 귀하의 참여는 중요합니다.
section-meeting-details = 회의 정보
field-meeting-type = 회의 유형
field-meeting-date = 날짜
field-meeting-time = 시간
field-meeting-place = 장소
field-meeting-interpreter = 통역사
meeting-interpreter-value = 회의에 { $language } 통역사가 참석합니다.
meeting-sign-language-value = 회의에 수어 통역사가 참석합니다.
meeting-type-initial = 첫 IEP 회의(초기 평가 후)
meeting-type-annual_review = 연례 검토
meeting-type-requested_review = 요청에 따른 검토
meeting-type-requested_reevaluation = 요청에 따른 재평가
meeting-type-three_year_reevaluation = 3년 주기 재평가
meeting-type-reconvene = 속개 회의
meeting-type-reconvene-of = 속개 회의({ $type })
section-meeting-participants = 초대된 사람
participants-intro = 다음 사람들이 표시된 역할로 회의에 초대되었습니다:
column-role = 역할
column-name = 이름
role-parent = 학부모
role-student = 학생
role-district_representative = 학군 대표
role-case_manager = 사례 관리자
role-school_psychologist = 학교 심리사
role-special_education_teacher = 특수교육 교사
role-general_education_teacher = 일반교육 교사
role-related_service_provider = 관련 서비스 제공자
role-school_social_worker = 학교 사회복지사
role-parent_member = 추가 학부모 위원
role-physician = 학교 의사
role-bilingual_professional = 이중언어 전문가
role-transition_agency_representative = 전환 서비스 기관 대표
role-teacher_of_deaf_and_hearing_impaired = 농·난청 학생 교사
role-teacher_of_blind_and_partially_sighted = 맹·저시력 학생 교사
role-audiologist = 청능사
role-school_nurse = 학교 간호사
role-assessment_professional = 평가자
role-supervisory_personnel = 감독자
role-other_school_personnel = 기타 학교 직원
role-special_expertise = 학생을 잘 알거나 학생에 관한 전문 지식이 있는 사람
section-meeting-rights = 이 회의에 관한 귀하의 권리
right-bring-people = 친척, 친구 또는 옹호인처럼 자녀를 잘 알거나 자녀에 관한 전문 지식이 있는 사람을 데려올 수 있습니다. 변호사를 데려오실 경우 회의 전에 학교에 알려 주십시오.
right-parent-member = 추가 학부모 위원의 참석을 요청할 수 있습니다. 추가 학부모 위원은 뉴욕시 또는 인근 학군에 사는 장애 학생의 학부모입니다. 회의 최소 72시간 전에 서면으로 요청하십시오.
right-physician = 자녀의 의료 정보와 그것이 자녀 교육과 어떤 관련이 있는지 설명하도록 학교 의사의 참석을 요청할 수 있습니다. 회의 최소 72시간 전에 서면으로 요청하십시오.
right-interpreter = 수어 통역을 포함한 통역 서비스를 무료로 받을 수 있습니다. 필요하시면 학교에 알려 주십시오.
right-reschedule = 날짜나 시간이 맞지 않으면 다른 날짜와 시간을 요청할 수 있습니다. 참석할 수 없는 경우 전화로 참여할 수 있습니다.
right-record = 최소 1영업일 전에 교장 또는 위원장에게 서면으로 요청하면 회의를 녹음할 수 있습니다. 이 경우 학교도 회의를 녹음합니다.
right-documents = 회의 전에 팀이 논의할 평가와 보고서를 받게 됩니다.
meeting-contact = 참석을 확인하거나, 위의 사항을 요청하거나, 문의 사항이 있으시면 { $contact }에게 연락하십시오.

## 동의서

consent-title-initial_evaluation = 초기 평가 동의서
consent-title-initial_provision_of_services = 특수교육 서비스 최초 제공 동의서
consent-title-additional_assessments = 추가 평가 동의서(재평가)
consent-intro-initial_evaluation = 학교는 자녀에게 장애가 있는지, 특수교육 서비스가 필요한지 알아보기 위해 자녀를 평가하는 데 대한 귀하의 동의를 요청합니다. 평가에 대한 동의는 특수교육 서비스에 대한 동의가 아닙니다.
consent-intro-initial_provision_of_services = IEP 팀은 자녀에게 특수교육 서비스를 권고합니다. 학교는 서비스를 시작하는 데 대한 귀하의 동의를 요청합니다. 귀하의 서면 동의 없이는 어떤 특수교육 서비스도 시작할 수 없습니다.
consent-intro-additional_assessments = 자녀 재평가의 일환으로, 학교는 아래에 나열된 새로운 평가에 대한 귀하의 동의를 요청합니다.
section-consent-activities = 학교의 제안
consent-activities-itemized = 항목마다 동의 여부를 표시하십시오. 일부 항목에만 동의하고 다른 항목에는 동의하지 않을 수 있습니다.
consent-activities-whole = 학교의 제안:
column-proposed = 제안 내용
consent-choice-yes = 동의함
consent-choice-no = 동의하지 않음
section-consent-records = 공유될 기록
consent-records-default = 자녀의 학교 기록은 제안된 내용을 수행하는 평가자와 서비스 제공자에게만 공유됩니다.
section-consent-rights = 귀하의 권리
consent-right-decline = 동의를 거부할 수 있습니다.
consent-right-revoke = 언제든지 서면으로 동의를 철회할 수 있습니다.
consent-right-not-retroactive = 동의 철회는 소급되지 않습니다. 즉, 동의한 후 철회하기 전에 이미 이루어진 일은 취소되지 않습니다.
section-consent-decision = 귀하의 결정
consent-whole-yes = 위의 제안에 동의합니다.
consent-whole-no = 동의하지 않습니다.
consent-sign-intro = 서명함으로써 본인은 제안 내용을 설명받고 이해했으며, 본인의 결정이 위에 표시되어 있음을 확인합니다.
signature-parent = 학부모 서명
signature-name = 학부모 이름
signature-relationship = 학생과의 관계
signature-date = 날짜
consent-return = 이 양식을 { $contact }에게 돌려주십시오. 문의 사항이 있으시면 같은 사람에게 연락하십시오.
