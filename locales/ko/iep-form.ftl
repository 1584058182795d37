# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### IEP form labels and values; ids and order as in locales/en/iep-form.ftl.

## Sections

iep-section-evaluation = 평가 결과 및 자격
iep-section-present-levels = 현재 수행 수준
iep-section-special-factors = 특수 요인
iep-section-postsecondary = 고등학교 졸업 후 목표 및 전환 요구
iep-section-annual-goals = 연간 목표
iep-section-progress-reporting = 학부모에게 진전 상황 보고
iep-section-programs-services = 프로그램 및 서비스
iep-section-twelve-month = 12개월 서비스
iep-section-testing-accommodations = 시험 편의 제공
iep-section-transition-activities = 연계 전환 활동
iep-section-assessment-participation = 주 및 학군 전체 평가
iep-section-gen-ed-participation = 장애가 없는 학생들과의 참여
iep-section-placement = 언어, 교통편 및 배치

## EvaluationSection

iep-label-evaluation-section-classification = 장애 분류
iep-label-evaluation-section-eligibility-notes = 자격 논의
iep-label-evaluation-section-evaluations = 평가
iep-label-evaluation-section-justification-form-signed = 정당화 양식 서명(최초 ED 또는 LD)

## Classification

iep-classification-autism = 자폐증
iep-classification-deaf-blindness = 농맹
iep-classification-deafness = 농
iep-classification-emotional-disturbance = 정서 장애
iep-classification-hearing-impairment = 청각 장애
iep-classification-learning-disability = 학습 장애
iep-classification-intellectual-disability = 지적 장애
iep-classification-multiple-disabilities = 중복 장애
iep-classification-orthopedic-impairment = 지체 장애
iep-classification-other-health-impairment = 기타 건강 장애
iep-classification-speech-or-language-impairment = 말 또는 언어 장애
iep-classification-traumatic-brain-injury = 외상성 뇌손상
iep-classification-visual-impairment = 시각 장애(실명 포함)

## Evaluation

iep-label-evaluation-date = 날짜
iep-label-evaluation-evaluator = 평가자
iep-label-evaluation-kind = 평가 종류
iep-label-evaluation-summary = 결과 요약

## EvaluationKind

iep-evaluation-kind-psychoeducational = 심리교육 평가
iep-evaluation-kind-social-history = 사회력
iep-evaluation-kind-classroom-observation = 교실 관찰
iep-evaluation-kind-speech-language = 말 및 언어 평가
iep-evaluation-kind-occupational-therapy = 작업 치료 평가
iep-evaluation-kind-physical-therapy = 물리 치료 평가
iep-evaluation-kind-audiological = 청각 평가(청력도)
iep-evaluation-kind-ophthalmological = 안과 평가
iep-evaluation-kind-orthopedic = 정형외과 평가
iep-evaluation-kind-neurological = 신경과 평가
iep-evaluation-kind-medical = 기타 의학적 평가
iep-evaluation-kind-adaptive-behavior-scale = 적응 행동 척도
iep-evaluation-kind-functional-behavioral-assessment = 기능적 행동 평가(FBA)
iep-evaluation-kind-vocational = 직업 평가
iep-evaluation-kind-assistive-technology = 보조 기술 평가
iep-evaluation-kind-bilingual = 이중언어 평가
iep-evaluation-kind-psychiatric = 정신과 평가
iep-evaluation-kind-independent = 학부모가 제출한 독립 평가

## PresentLevels

iep-label-present-levels-accessible-program-required = 접근 가능한 프로그램 필요
iep-label-present-levels-areas = 영역별 강점 및 요구
iep-label-present-levels-ell-language-impact = 언어의 영향(ELL)
iep-label-present-levels-needs = 요구 목록
iep-label-present-levels-parent-concerns = 학부모의 우려 사항
iep-label-present-levels-testing-accommodation-considerations = 시험 편의 제공 관련 고려 사항

## AreaLevels

iep-label-area-levels-area = 영역
iep-label-area-levels-needs = 요구
iep-label-area-levels-strengths = 강점

## NeedArea

iep-need-area-reading = 읽기
iep-need-area-writing = 쓰기
iep-need-area-math = 수학
iep-need-area-speech-language = 말 및 언어
iep-need-area-social-emotional = 사회성 및 정서
iep-need-area-behavior = 행동
iep-need-area-fine-motor = 소근육 운동
iep-need-area-gross-motor = 대근육 운동
iep-need-area-adaptive-daily-living = 적응 및 일상생활
iep-need-area-transition = 전환

## Need

iep-label-need-area = 영역
iep-label-need-description = 요구

## SpecialFactors

iep-label-special-factors-assistive-technology = 보조 기술
iep-label-special-factors-behavior = 행동
iep-label-special-factors-ell = 영어 학습자
iep-label-special-factors-hearing = 농 또는 난청
iep-label-special-factors-vision = 실명 또는 시각 장애

## AtFactor

iep-label-at-factor-applies = 보조 기술 필요
iep-label-at-factor-needs-device = 보조 기술(AT) 기기 필요
iep-label-at-factor-needs-service = 보조 기술(AT) 서비스 필요
iep-label-at-factor-training-for = 교육이 필요한 대상
iep-label-at-factor-used-outside-school = 가정 또는 기타 장소에서 기기 사용

## TrainingRecipient

iep-training-recipient-student = 학생
iep-training-recipient-parent = 학부모
iep-training-recipient-teacher = 교사
iep-training-recipient-provider = 서비스 제공자

## BehaviorFactor

iep-label-behavior-factor-applies = 행동이 학습을 방해함
iep-label-behavior-factor-bip-on = BIP 작성일
iep-label-behavior-factor-fba-on = FBA 실시일
iep-label-behavior-factor-notes = 메모

## EllFactor

iep-label-ell-factor-applies = 언어 요구 해당
iep-label-ell-factor-evaluated-bilingually = 이중언어로 평가됨
iep-label-ell-factor-is-ell = 영어 학습자
iep-label-ell-factor-language-needs = 언어 요구

## HearingFactor

iep-label-hearing-factor-applies = 농 또는 난청
iep-label-hearing-factor-communication-needs = 의사소통 요구
iep-label-hearing-factor-language-of-instruction = 수업 언어
iep-label-hearing-factor-mode-of-communication = 언어 및 의사소통 방식

## VisionFactor

iep-label-vision-factor-applies = 실명 또는 시각 장애
iep-label-vision-factor-braille-instruction = 점자 교육
iep-label-vision-factor-braille-not-appropriate-reason = 점자가 적절하지 않은 이유

## Postsecondary

iep-label-postsecondary-courses-of-study = 학업 과정
iep-label-postsecondary-early-start = 일찍 시작하는 이유
iep-label-postsecondary-goals = 고등학교 졸업 후 목표
iep-label-postsecondary-notes = 전환 요구 관련 메모
iep-label-postsecondary-transition-needs = 기타 전환 요구
iep-label-postsecondary-updated-on = 목표 최종 갱신일

## EarlyTransitionReason

iep-early-transition-reason-clear-goal = 학생에게 명확한 목표가 있음
iep-early-transition-reason-needs-more-time = 학생에게 더 많은 시간이 필요함
iep-early-transition-reason-parent-request = 학부모가 요청함

## PostsecondaryGoal

iep-label-postsecondary-goal-area = 영역
iep-label-postsecondary-goal-based-on = 근거
iep-label-postsecondary-goal-goal = 목표
iep-label-postsecondary-goal-student-preferences = 학생의 선호 및 관심사

## PostsecondaryArea

iep-postsecondary-area-education-training = 교육 및 훈련
iep-postsecondary-area-employment = 취업
iep-postsecondary-area-independent-living = 독립생활

## TransitionAssessment

iep-transition-assessment-vocational = 직업 평가(학생, 학부모, 교사)
iep-transition-assessment-postsecondary-education-skills = 고등학교 졸업 후 교육 관련 기술 평가
iep-transition-assessment-interview = 학생 또는 학부모 면담
iep-transition-assessment-strength-based = 강점 기반 평가
iep-transition-assessment-teacher-observation = 교사 관찰

## TransitionNeed

iep-transition-need-community-travel-help = 지역사회 이동 시 성인의 도움
iep-transition-need-functional-academics = 기능적 읽기 및 수학 교육
iep-transition-need-self-advocacy = 자기 옹호 기술
iep-transition-need-public-transportation = 대중교통 독립 이용
iep-transition-need-independent-living = 독립생활 기술
iep-transition-need-diploma-coursework = 일반 졸업장을 위한 교과 과정
iep-transition-need-career-technical-courses = 진로 및 기술 교육 과목

## AnnualGoals

iep-label-annual-goals-goals = 연간 목표

## AnnualGoal

iep-label-annual-goal-condition = 조건
iep-label-annual-goal-criterion = 기준
iep-label-annual-goal-method = 측정 방법
iep-label-annual-goal-need-area = 요구 영역
iep-label-annual-goal-objective-kind = 단기 목표 또는 기준점
iep-label-annual-goal-objectives = 단계
iep-label-annual-goal-schedule = 측정 일정
iep-label-annual-goal-skill = 기술

## GoalMethod

iep-goal-method-observation = 교사 또는 제공자 관찰
iep-goal-method-work-samples = 작업 샘플
iep-goal-method-curriculum-based-measurement = 교육과정 기반 측정
iep-goal-method-teacher-tests = 교사 제작 시험
iep-goal-method-data-collection = 데이터 차트 또는 집계표
iep-goal-method-rubric = 채점 기준표(루브릭)
iep-goal-method-checklist = 체크리스트
iep-goal-method-standardized-assessment = 표준화 평가
iep-goal-method-running-records = 러닝 레코드(읽기 기록)

## ObjectiveKind

iep-objective-kind-none = 없음
iep-objective-kind-short-term-objectives = 단기 목표
iep-objective-kind-benchmarks = 기준점

## Objective

iep-label-objective-by = 기한
iep-label-objective-text = 단기 목표 또는 기준점

## GoalSchedule

iep-goal-schedule-daily = 매일
iep-goal-schedule-weekly = 매주
iep-goal-schedule-biweekly = 2주마다
iep-goal-schedule-monthly = 매월
iep-goal-schedule-marking-period = 매 성적 평가 기간

## ProgressReporting

iep-label-progress-reporting-methods = 방법
iep-label-progress-reporting-times-per-year = 연간 보고 횟수
iep-label-progress-reporting-with-report-cards = 성적표 배부 시

## ReportMethod

iep-report-method-written-report = 서면 진전 보고서
iep-report-method-conference = 학부모-교사 면담
iep-report-method-phone = 전화
iep-report-method-email = 이메일

## ProgramsServices

iep-label-programs-services-assistive-technology = 보조 기술 기기 및 서비스
iep-label-programs-services-paraprofessionals = IEP로 배정된 보조교사
iep-label-programs-services-personnel-supports = 학교 직원을 위한 지원
iep-label-programs-services-physical-education = 체육
iep-label-programs-services-programs = 특수교육 프로그램
iep-label-programs-services-related-services = 관련 서비스
iep-label-programs-services-supplementary-aids = 보충 지원 및 프로그램 수정

## AssistiveTech

iep-label-assistive-tech-assessment-on = 보조 기술(AT) 평가일
iep-label-assistive-tech-description = 설명
iep-label-assistive-tech-kind = 기기 또는 서비스
iep-label-assistive-tech-level = 저기술 또는 고기술
iep-label-assistive-tech-used-in = 사용 장소

## AtKind

iep-at-kind-device = 기기
iep-at-kind-service = 서비스

## TechLevel

iep-tech-level-low = 저기술(예: 연필 그립, 경사 보드)
iep-tech-level-high = 고기술(예: 태블릿, 음성 텍스트 변환)

## UseSetting

iep-use-setting-classroom = 교실
iep-use-setting-home = 가정
iep-use-setting-other = 기타

## Paraprofessional

iep-label-paraprofessional-activities = 시간 및 활동
iep-label-paraprofessional-bip-reviewed = BIP 우선 검토
iep-label-paraprofessional-para-type = 유형
iep-label-paraprofessional-progress-monitoring = 진전 모니터링
iep-label-paraprofessional-purpose = 목적 및 필요성
iep-label-paraprofessional-ratio = 비율
iep-label-paraprofessional-responsibilities = 담당 업무
iep-label-paraprofessional-skilled-nursing-referral = 전문 간호 의뢰 완료
iep-label-paraprofessional-toileting = 화장실 사용
iep-label-paraprofessional-unsafe-traveler-assessed-on = 독립 이동이 안전하지 않다고 평가된 날짜
iep-label-paraprofessional-urgent-care-condition = 응급 치료가 필요한 질환 표시됨

## ParaActivity

iep-para-activity-all-classes = 모든 수업
iep-para-activity-academic-classes = 학과 수업
iep-para-activity-related-services = 관련 서비스
iep-para-activity-lunch = 점심시간
iep-para-activity-transitions = 수업 간 이동
iep-para-activity-arrival-dismissal = 등교 및 하교
iep-para-activity-field-trips = 현장 학습

## ParaType

iep-para-type-behavior-support = 행동 지원(위기 관리)
iep-para-type-health = 건강
iep-para-type-toileting = 화장실 사용
iep-para-type-orientation-mobility = 방향 정위 및 이동

## ParaRatio

iep-para-ratio-one-to-one = 1:1
iep-para-ratio-shared = 공동 배정

## ToiletingMode

iep-toileting-mode-toilet-training = 배변 훈련
iep-toileting-mode-toileting-assistance = 화장실 사용 지원

## PersonnelSupport

iep-label-personnel-support-description = 설명
iep-label-personnel-support-kind = 지원
iep-label-personnel-support-provided-by = 제공자
iep-label-personnel-support-recipient = 대상

## SupportKind

iep-support-kind-disability-information = 장애에 관한 정보
iep-support-kind-behavior-training = 긍정적 행동 중재 교육
iep-support-kind-sign-language = 수어 교육
iep-support-kind-curriculum-modifications = 교육과정 수정 지원
iep-support-kind-assistive-technology-training = 학생의 보조 기술에 관한 교육
iep-support-kind-behavioral-consultation = 행동 자문
iep-support-kind-para-training = 보조교사 교육(건강, 식사, 자세 잡기 등)
iep-support-kind-testing-accommodation-training = 시험 편의 제공 방법 교육
iep-support-kind-other = 기타

## StaffRole

iep-staff-role-teacher = 교사
iep-staff-role-paraprofessional = 보조교사
iep-staff-role-provider = 관련 서비스 제공자
iep-staff-role-other-staff = 기타 학교 직원

## PeDetermination

iep-pe-determination-regular = 일반 체육
iep-pe-determination-regular-with-equipment = 특수 장비를 사용하는 일반 체육
iep-pe-determination-adapted = 적응 체육(APE)

## ProgramRecommendation

iep-label-program-recommendation-d75-inclusive-services = D75 통합 서비스
iep-label-program-recommendation-delivery = 교실 내 또는 교실 밖
iep-label-program-recommendation-duration-minutes = 시간
iep-label-program-recommendation-frequency = 빈도
iep-label-program-recommendation-group = 개별 또는 그룹
iep-label-program-recommendation-group-size = 그룹 규모
iep-label-program-recommendation-language = 언어
iep-label-program-recommendation-location = 장소
iep-label-program-recommendation-program = 프로그램
iep-label-program-recommendation-projected-start = 예정 시작일
iep-label-program-recommendation-ratio = 학급 비율
iep-label-program-recommendation-setting = 학교 유형
iep-label-program-recommendation-subject = 과목

## Delivery

iep-delivery-push-in = 교실 내 제공(푸시인)
iep-delivery-pull-out = 교실 밖 제공(풀아웃)

## Period

iep-period-day = 일 단위
iep-period-week = 주 단위
iep-period-month = 월 단위

## GroupKind

iep-group-kind-individual = 개별
iep-group-kind-group = 그룹

## ProgramKind

iep-program-kind-consultant-teacher = 자문 교사
iep-program-kind-setss = 특수교육 교사 지원 서비스(SETSS)
iep-program-kind-ict = 통합 협력 교수(ICT)
iep-program-kind-special-class = 특수 학급
iep-program-kind-travel-training = 이동 훈련
iep-program-kind-adapted-physical-education = 적응 체육(APE)

## ClassRatio

iep-class-ratio-ratio-12-1 = 12:1
iep-class-ratio-ratio-15-1 = 15:1
iep-class-ratio-ratio-12-1-1 = 12:1+1
iep-class-ratio-ratio-8-1-1-horizon = 8:1+1(Horizon)
iep-class-ratio-ratio-12-1-3-1 = 12:1+(3:1)
iep-class-ratio-ratio-8-1-1 = 8:1+1
iep-class-ratio-ratio-6-1-1 = 6:1+1

## ClassSetting

iep-class-setting-district-1-to-32 = 지역 학교(1–32학군)
iep-class-setting-district-75 = 특수 학교(75학군)
iep-class-setting-non-public-school = NYSED 승인 비공립 학교

## Subject

iep-subject-ela = 영어(ELA)
iep-subject-math = 수학
iep-subject-science = 과학
iep-subject-social-studies = 사회
iep-subject-world-language = 외국어
iep-subject-career-technical = 진로 및 기술 교육
iep-subject-physical-education = 체육
iep-subject-all-subjects = 모든 과목

## RelatedService

iep-label-related-service-delivery = 교실 내 또는 교실 밖
iep-label-related-service-duration-minutes = 시간
iep-label-related-service-frequency = 빈도
iep-label-related-service-group = 개별 또는 그룹
iep-label-related-service-group-size = 그룹 규모
iep-label-related-service-initial = 최초 권고
iep-label-related-service-language = 언어
iep-label-related-service-location = 장소
iep-label-related-service-other-service = 기타 서비스
iep-label-related-service-prescription-received-on = 처방전 접수일
iep-label-related-service-projected-start = 예정 시작일
iep-label-related-service-separate-location = 별도 장소
iep-label-related-service-service = 서비스
iep-label-related-service-transition-service = 전환 서비스

## ServiceLocation

iep-service-location-general-education-classroom = 일반교육 교실
iep-service-location-special-education-classroom = 특수교육 교실
iep-service-location-separate-location = 별도 장소

## RelatedServiceType

iep-related-service-type-speech-language-therapy = 언어 치료
iep-related-service-type-occupational-therapy = 작업 치료(OT)
iep-related-service-type-physical-therapy = 물리 치료(PT)
iep-related-service-type-counseling = 상담
iep-related-service-type-parent-counseling-and-training = 학부모 상담 및 교육
iep-related-service-type-assistive-technology-services = 보조 기술 서비스
iep-related-service-type-audiological = 청각 서비스
iep-related-service-type-interpreting = 통역 서비스(농 및 난청)
iep-related-service-type-orientation-mobility = 방향 정위 및 이동
iep-related-service-type-school-nurse = 학교 간호 서비스
iep-related-service-type-vision-education = 시각 교육 서비스
iep-related-service-type-hearing-education = 청각 교육 서비스
iep-related-service-type-rehabilitation-counseling = 재활 상담
iep-related-service-type-social-work = 학교 사회복지
iep-related-service-type-other = 기타 발달, 교정 또는 지원 서비스

## SupplementaryAid

iep-label-supplementary-aid-aid = 지원 또는 수정
iep-label-supplementary-aid-applies-in = 장소 및 시기
iep-label-supplementary-aid-description = 설명
iep-label-supplementary-aid-projected-start = 예정 시작일

## AidKind

iep-aid-kind-note-taker = 필기 도우미
iep-aid-kind-alternative-formats = 대체 형식의 교재
iep-aid-kind-extra-time-between-classes = 수업 간 이동 시간 추가
iep-aid-kind-special-seating = 특별 좌석 배치
iep-aid-kind-highlighted-work = 강조 표시 또는 색상 구분된 과제
iep-aid-kind-study-guides = 학습 가이드 개요
iep-aid-kind-study-carrel = 개인 학습 공간(캐럴)
iep-aid-kind-behavior-plan = 행동 중재 계획
iep-aid-kind-extra-time-for-assignments = 과제 시간 추가
iep-aid-kind-assignment-adaptations = 과제 조정
iep-aid-kind-extended-pacing = 수업 진도 조절
iep-aid-kind-adapted-presentation = 내용 제시 방식 조정
iep-aid-kind-adapted-demonstration = 학습 결과를 보여 주는 방식 조정
iep-aid-kind-other = 기타

## TwelveMonth

iep-label-twelve-month-areas = 영역
iep-label-twelve-month-basis = 고려 이유
iep-label-twelve-month-details = 여름 프로그램 및 환경
iep-label-twelve-month-differs-from-school-year = 학기 중 서비스와 다름
iep-label-twelve-month-duration-minutes = 여름 시간
iep-label-twelve-month-frequency = 여름 빈도
iep-label-twelve-month-needed = 12개월 서비스 필요

## EsyBasis

iep-esy-basis-substantial-regression = 상당한 퇴행(회복에 8주 이상 소요)
iep-esy-basis-severe-multiple-disabilities = 심한 중복 장애
iep-esy-basis-residential = 기숙 프로그램
iep-esy-basis-home-hospital = 가정 또는 병원 교육
iep-esy-basis-intensive-management-needs = 매우 집중적인 관리 요구

## TestingAccommodations

iep-label-testing-accommodations-accommodations = 시험 편의 제공
iep-label-testing-accommodations-none-recommended = 시험 편의 제공 없음

## TestingAccommodation

iep-label-testing-accommodation-break-every-minutes = 휴식 간격
iep-label-testing-accommodation-break-minutes = 휴식 시간
iep-label-testing-accommodation-category = 편의 제공
iep-label-testing-accommodation-condition = 적용 대상
iep-label-testing-accommodation-extended-time = 시간 연장
iep-label-testing-accommodation-extra-direction-readings = 지시 사항을 추가로 읽어 주는 횟수
iep-label-testing-accommodation-group-size = 그룹 규모
iep-label-testing-accommodation-multiple-day-assurance-filed = 여러 날 시행 확인서 제출됨
iep-label-testing-accommodation-read-mode = 시험 문제 읽어 주는 방법
iep-label-testing-accommodation-read-scope = 시험 문제 읽어 주는 범위
iep-label-testing-accommodation-setting = 시험 환경
iep-label-testing-accommodation-specification = 세부 사항

## AccommodationCategory

iep-accommodation-category-extended-time = 시간 연장
iep-accommodation-category-breaks = 휴식
iep-accommodation-category-separate-setting = 별도 장소 또는 교실
iep-accommodation-category-directions-repeated = 지시 사항을 여러 번 읽어 주거나 수어로 전달
iep-accommodation-category-tests-read = 시험 문제 읽어 주기
iep-accommodation-category-multiple-day = 여러 날에 걸친 시행
iep-accommodation-category-special-equipment = 특수 장비 또는 가구
iep-accommodation-category-scribe = 대필자 이용
iep-accommodation-category-answers-in-booklet = 시험지에 답 기록
iep-accommodation-category-calculator = 계산기
iep-accommodation-category-word-processor = 워드 프로세서
iep-accommodation-category-other = 기타

## TimeMultiplier

iep-time-multiplier-time-and-a-half = 1.5배 시간(1.5×)
iep-time-multiplier-double = 2배 시간(2×)

## ReadMode

iep-read-mode-human-reader = 사람이 읽어 줌
iep-read-mode-text-to-speech = 텍스트 음성 변환
iep-read-mode-audio-recording = 오디오 녹음(mp3)

## ReadScope

iep-read-scope-excluding-reading-comprehension = 읽기 이해 시험 제외
iep-read-scope-including-reading-comprehension = 읽기 이해 시험 포함

## TestSetting

iep-test-setting-individual = 개별
iep-test-setting-small-group = 소그룹

## TransitionActivities

iep-label-transition-activities-activities = 활동
iep-label-transition-activities-functional-vocational-assessment-needed = 기능적 직업 평가 필요

## TransitionActivity

iep-label-transition-activity-activity = 활동
iep-label-transition-activity-area = 영역
iep-label-transition-activity-outside-agency = 외부 기관
iep-label-transition-activity-parent-consent-to-invite = 학부모가 기관 초대에 동의함
iep-label-transition-activity-responsible = 담당(역할 또는 기관)
iep-label-transition-activity-starts-on = 시작일

## TransitionArea

iep-transition-area-instruction = 교육
iep-transition-area-related-services = 관련 서비스
iep-transition-area-community-experiences = 지역사회 경험
iep-transition-area-employment-adult-living = 취업 및 기타 졸업 후 성인 생활 목표
iep-transition-area-daily-living-skills = 일상생활 기술 습득
iep-transition-area-functional-vocational-assessment = 기능적 직업 평가

## AssessmentParticipation

iep-label-assessment-participation-mode = 평가
iep-label-assessment-participation-severe-cognitive-disability = 심한 인지 장애
iep-label-assessment-participation-specialized-program = 고도로 전문화된 프로그램
iep-label-assessment-participation-support-systems = 필요한 지원 체계
iep-label-assessment-participation-why-alternate = 대체 평가가 적절한 이유
iep-label-assessment-participation-why-not-regular = 일반 평가가 적절하지 않은 이유

## AssessmentMode

iep-assessment-mode-standard = 주 및 학군 평가(해당하는 시험 편의 제공 포함)
iep-assessment-mode-nysaa = 뉴욕주 대체 평가(NYSAA)
iep-assessment-mode-district-alternate = 학군 대체 평가(SANDI/FAST)

## GenEdParticipation

iep-label-gen-ed-participation-extent-not-participating = 불참 범위
iep-label-gen-ed-participation-full-participation = 완전히 참여함
iep-label-gen-ed-participation-physical-education = 체육 참여
iep-label-gen-ed-participation-removal-justification = 분리 사유

## Placement

iep-label-placement-deferral-consent-on = 유예에 대한 학부모 서면 동의일
iep-label-placement-deferred = 배치 유예됨
iep-label-placement-health-treatment = 수업 시간 중 건강 관련 치료
iep-label-placement-language-determination = 언어 결정(ELL)
iep-label-placement-language-of-instruction = 수업 언어
iep-label-placement-lote-exempt = 외국어(LOTE) 이수 요건 면제
iep-label-placement-medical-condition = 건강 상태가 학교생활에 영향을 줌
iep-label-placement-other-options = 검토한 다른 방안
iep-label-placement-projected-initiation = IEP 예정 시작일
iep-label-placement-promotion-criteria = 진급 기준
iep-label-placement-recommendation = 배치 권고
iep-label-placement-special-transportation = 특별 교통편
iep-label-placement-transportation-accommodations = 교통편 편의 제공
iep-label-placement-transportation-reason = 교통편 사유

## LanguageDetermination

iep-language-determination-enl-only = 새 언어로서의 영어(ENL)만
iep-language-determination-bilingual = 이중언어 교육 서비스 필요

## OtherOption

iep-label-other-option-option = 방안
iep-label-other-option-rejected-because = 거부 이유

## PromotionCriteria

iep-promotion-criteria-standard = 표준 기준
iep-promotion-criteria-modified = 수정된 기준

## PlacementKind

iep-placement-kind-doe-non-specialized = 뉴욕시 교육청(NYC DOE) 학교, 비특수(1–32학군)
iep-placement-kind-doe-specialized = 뉴욕시 교육청(NYC DOE) 특수 학교(75학군)
iep-placement-kind-nps-day = NYSED 승인 비공립 학교 – 주간
iep-placement-kind-nps-residential = NYSED 승인 비공립 학교 – 기숙
iep-placement-kind-nps-placed-by-acs = NYSED 승인 비공립 학교 – ACS 배치
iep-placement-kind-state4201-day = 뉴욕주 지원 비공립 학교(4201) – 주간
iep-placement-kind-state4201-residential = 뉴욕주 지원 비공립 학교(4201) – 기숙
iep-placement-kind-boces = 협력 교육 서비스 위원회(BOCES)
iep-placement-kind-charter-school = 차터 스쿨
iep-placement-kind-home-hospital = 가정 또는 병원 교육

## TransportAccommodation

iep-transport-accommodation-door-to-door = 문 앞까지 운행하는 버스
iep-transport-accommodation-paraprofessional = 교통편 보조원
iep-transport-accommodation-nursing = 버스 탑승 간호사
iep-transport-accommodation-limited-travel-time = 이동 시간 제한
iep-transport-accommodation-smaller-route = 학생 수가 적은 노선
iep-transport-accommodation-climate-control = 냉난방 조절
iep-transport-accommodation-lift = 리프트
iep-transport-accommodation-wheelchair = 휠체어 편의 제공
iep-transport-accommodation-safety-vest = 안전 조끼 또는 카시트
iep-transport-accommodation-oxygen = 산소
iep-transport-accommodation-ambulance = 구급차

## 숫자 또는 예/아니요로 답하는 값

# $times: 횟수(1~40).
iep-frequency-day = 하루 { $times }회
# $times: 횟수(1~40).
iep-frequency-week = 주 { $times }회
# $times: 횟수(1~40).
iep-frequency-month = 월 { $times }회
# $count: 분 단위 시간.
iep-minutes = { $count }분
# $count: 그룹의 학생 수.
iep-group-of = { $count }명 그룹
# $count: 연간 진전 보고 횟수.
iep-times-per-year = 연 { $count }회
# $count: 횟수(지시 사항을 다시 읽어 주는 횟수).
iep-times = { $count }회
iep-yes = 예
iep-no = 아니요
iep-none-recorded = 이 부분에 기록된 내용이 없습니다.
