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
