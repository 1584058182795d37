# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = 음절 유형을 활용하여 여러 음절로 된 단어를 해독할 것입니다
goal-read-decode-multisyllabic-condition = 학년 수준의 익숙하지 않은 다음절 단어 20개 목록이 주어졌을 때
goal-read-decode-multisyllabic-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-read-decode-multisyllabic-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-read-decode-multisyllabic-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-read-fluency-wcpm-skill = 학년 수준의 지문을 분당 110단어를 정확하게 읽는 속도로 소리 내어 읽을 것입니다
goal-read-fluency-wcpm-condition = 연습하지 않은 학년 수준의 지문이 주어졌을 때
goal-read-fluency-wcpm-criterion = 3회 연속 주간 검사에서

goal-read-main-idea-skill = 중심 내용과 이를 뒷받침하는 세부 내용 두 가지를 말할 것입니다
goal-read-main-idea-condition = 학년 수준의 정보 전달 글과 그래픽 조직자가 주어졌을 때
goal-read-main-idea-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-read-main-idea-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-read-main-idea-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-read-inference-skill = 추론을 하고 그 추론을 뒷받침하는 글의 근거를 하나 인용할 것입니다
goal-read-inference-condition = 학년 수준의 문학 지문을 읽은 후
goal-read-inference-criterion = 5회 시도 중 4회에서 75% 정확도로
goal-read-inference-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 55% 정확도로
goal-read-inference-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 65% 정확도로

goal-read-sight-words-skill = 고빈도 단어를 자동적으로 읽을 것입니다(단어당 3초 이내)
goal-read-sight-words-condition = 학년 수준의 고빈도 단어 50개 목록이 주어졌을 때
goal-read-sight-words-criterion = 3회 연속 검사에서 단어 50개 중 45개를 정확하게 읽음

goal-read-phonemic-blend-skill = 음소 3~4개로 이루어진 단어를 듣고 음소를 합성하고 분절할 것입니다
goal-read-phonemic-blend-condition = 단어를 말로 들려주었을 때
goal-read-phonemic-blend-criterion = 연속 3회기에서 90% 정확도로
goal-read-phonemic-blend-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기에서 70% 정확도로
goal-read-phonemic-blend-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기에서 80% 정확도로

goal-read-summarize-skill = 학년 수준의 글을 읽고 주요 사건을 순서대로 포함한 요약문을 쓸 것입니다
goal-read-summarize-condition = 학년 수준의 지문을 혼자 읽은 후
goal-read-summarize-criterion = 5회 시도 중 4회에서 요약 채점 기준표로 4점 만점에 3점을 받음

goal-read-vocabulary-context-skill = 문맥 단서를 활용하여 모르는 단어의 뜻을 알아낼 것입니다
goal-read-vocabulary-context-condition = 밑줄 친 낯선 단어 5개가 있는 학년 수준의 지문이 주어졌을 때
goal-read-vocabulary-context-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-read-vocabulary-context-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-read-vocabulary-context-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-read-text-structure-skill = 글의 구조(순서, 비교와 대조, 원인과 결과, 문제와 해결)를 파악할 것입니다
goal-read-text-structure-condition = 짧은 정보 전달 지문이 주어졌을 때
goal-read-text-structure-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-read-text-structure-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-read-text-structure-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-read-answer-wh-skill = 지문에 관한 누가, 무엇을, 어디서, 언제, 왜 질문에 답할 것입니다
goal-read-answer-wh-condition = 교수 수준의 지문을 듣거나 읽은 후
goal-read-answer-wh-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-read-answer-wh-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-read-answer-wh-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-read-retell-skill = 등장인물, 배경, 문제, 해결을 포함하여 이야기를 다시 말할 것입니다
goal-read-retell-condition = 교수 수준의 이야기를 읽은 후
goal-read-retell-criterion = 다시 말하기 5회 중 4회에서 이야기 요소 4개 중 4개를 모두 포함함

goal-read-comprehension-monitor-skill = 내용이 이해되지 않을 때 보완 전략(다시 읽기, 계속 읽어 나가기, 질문하기)을 사용할 것입니다
goal-read-comprehension-monitor-condition = 학년 수준의 글을 읽는 동안
goal-read-comprehension-monitor-criterion = 관찰된 기회 5회 중 4회에서

goal-read-compare-texts-skill = 벤 다이어그램을 사용하여 같은 주제에 관한 두 글을 비교하고 대조할 것입니다
goal-read-compare-texts-condition = 같은 주제에 관한 학년 수준의 글 두 편이 주어졌을 때
goal-read-compare-texts-criterion = 5회 시도 중 4회에서 공통점 3가지와 차이점 3가지를 나열함

goal-read-reading-level-skill = 교수 수준의 글을 95%의 단어 정확도로 읽고 이해 질문에 답할 것입니다
goal-read-reading-level-condition = 수준별 읽기 자료가 주어졌을 때
goal-read-reading-level-criterion = 러닝 레코드(읽기 기록)로 측정하여 읽기 수준이 2단계 향상됨

goal-read-functional-signs-skill = 생활에 필요한 지역사회 표지판과 라벨을 읽을 것입니다
goal-read-functional-signs-condition = 지역사회 표지판과 제품 라벨 사진 20장이 주어졌을 때
goal-read-functional-signs-criterion = 연속 3회기에서 20개 중 18개를 정확하게 읽음

goal-read-author-purpose-skill = 글쓴이의 목적과 관점을 파악할 것입니다
goal-read-author-purpose-condition = 학년 수준의 정보 전달 글 또는 설득하는 글이 주어졌을 때
goal-read-author-purpose-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-read-author-purpose-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-read-author-purpose-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

## writing

goal-writ-paragraph-skill = 주제문, 뒷받침 세부 내용 세 가지, 결론 문장을 갖춘 문단을 쓸 것입니다
goal-writ-paragraph-condition = 쓰기 주제와 문단 계획표가 주어졌을 때
goal-writ-paragraph-criterion = 글쓰기 샘플 5개 중 4개에서 문단 채점 기준표로 4점 만점에 3점을 받음

goal-writ-argument-essay-skill = 주장, 근거를 갖춘 이유 두 가지, 결론으로 이루어진 논증문을 쓸 것입니다
goal-writ-argument-essay-condition = 쓰기 주제와 계획 체크리스트가 주어졌을 때
goal-writ-argument-essay-criterion = 3회 연속 에세이에서 채점 기준표로 4점 만점에 3점을 받음

goal-writ-capitalization-punctuation-skill = 대문자와 문장 끝 문장 부호를 올바르게 사용할 것입니다
goal-writ-capitalization-punctuation-condition = 다섯 문장 이상을 혼자서 쓸 때
goal-writ-capitalization-punctuation-criterion = 글쓰기 샘플 5개 중 4개에서 90% 정확도로
goal-writ-capitalization-punctuation-benchmark-1 = 첫 번째 진전 보고서까지: 글쓰기 샘플 5개 중 4개에서 70% 정확도로
goal-writ-capitalization-punctuation-benchmark-2 = 두 번째 진전 보고서까지: 글쓰기 샘플 5개 중 4개에서 80% 정확도로

goal-writ-spelling-patterns-skill = 배운 철자 패턴이 들어간 단어의 철자를 정확하게 쓸 것입니다
goal-writ-spelling-patterns-condition = 배운 패턴이 들어간 단어 20개를 받아쓰기로 불러 주었을 때
goal-writ-spelling-patterns-criterion = 3회 연속 주간 시험에서 85% 정확도로
goal-writ-spelling-patterns-benchmark-1 = 첫 번째 진전 보고서까지: 3회 연속 주간 시험에서 65% 정확도로
goal-writ-spelling-patterns-benchmark-2 = 두 번째 진전 보고서까지: 3회 연속 주간 시험에서 75% 정확도로

goal-writ-sentence-complete-skill = 주어와 서술어를 갖춘 완전한 문장을 쓸 것입니다
goal-writ-sentence-complete-condition = 그림 또는 주제 제시문이 주어졌을 때
goal-writ-sentence-complete-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-writ-sentence-complete-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-writ-sentence-complete-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-writ-narrative-skill = 연결어를 사용하여 처음, 중간, 끝이 있는 이야기 글을 쓸 것입니다
goal-writ-narrative-condition = 개인 경험 이야기 쓰기 주제와 이야기 지도가 주어졌을 때
goal-writ-narrative-criterion = 글쓰기 샘플 4개 중 3개에서 이야기 글 채점 기준표로 4점 만점에 3점을 받음

goal-writ-edit-checklist-skill = 체크리스트를 사용하여 초안의 철자, 대문자, 문장 부호를 고칠 것입니다
goal-writ-edit-checklist-condition = 자신이 쓴 글의 초안이 주어졌을 때
goal-writ-edit-checklist-criterion = 초안 5개 중 4개에서 오류 5개 중 4개를 고침

goal-writ-transitions-skill = 생각을 연결하기 위해 서로 다른 연결어를 최소 세 개 사용할 것입니다
goal-writ-transitions-condition = 여러 문단으로 된 답을 쓸 때
goal-writ-transitions-criterion = 글쓰기 샘플 5개 중 4개에서

goal-writ-research-notes-skill = 두 자료에서 메모를 하고 각 자료의 출처를 밝힐 것입니다
goal-writ-research-notes-condition = 탐구 질문과 학년 수준의 자료 두 개가 주어졌을 때
goal-writ-research-notes-criterion = 5회 시도 중 4회에서 관련 사실 5개를 출처와 함께 기록함

goal-writ-typing-skill = 분당 20단어의 속도로 90% 정확도로 타자를 칠 것입니다
goal-writ-typing-condition = 키보드와 타자 연습 프로그램을 사용하여
goal-writ-typing-criterion = 3회 연속 시간 제한 시험에서

goal-writ-dictation-tool-skill = 음성 텍스트 변환 소프트웨어를 사용하여 문단의 초안을 쓰고 수정할 것입니다
goal-writ-dictation-tool-condition = 쓰기 과제와 음성 텍스트 변환 소프트웨어가 주어졌을 때
goal-writ-dictation-tool-criterion = 5회 시도 중 4회에서 5문장으로 된 문단을 완성함

goal-writ-functional-forms-skill = 개인 정보 양식(이름, 주소, 전화번호, 생년월일, 비상 연락처)을 작성할 것입니다
goal-writ-functional-forms-condition = 구직 지원서 또는 학교 지원서 양식이 주어졌을 때
goal-writ-functional-forms-criterion = 연속 3회 시도에서 항목 5개 중 5개를 모두 정확하게 작성함

goal-writ-constructed-response-skill = RACE 전략(질문 바꿔 말하기, 답하기, 근거 인용하기, 설명하기)을 사용하여 글에 근거한 질문에 답할 것입니다
goal-writ-constructed-response-condition = 학년 수준의 지문과 질문이 주어졌을 때
goal-writ-constructed-response-criterion = 답변 5개 중 4개에서 구성 요소 4개 중 4개를 모두 포함함

goal-writ-handwriting-legible-skill = 줄이 있는 종이에 글자 크기와 간격을 올바르게 맞추어 알아보기 쉽게 쓸 것입니다
goal-writ-handwriting-legible-condition = 3문장으로 된 글을 베껴 쓸 때
goal-writ-handwriting-legible-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-writ-handwriting-legible-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-writ-handwriting-legible-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-writ-expand-sentences-skill = 누가, 무엇을, 언제, 어디서, 왜에 관한 세부 내용을 더하여 단순한 문장을 확장할 것입니다
goal-writ-expand-sentences-condition = 단순한 문장이 주어졌을 때
goal-writ-expand-sentences-criterion = 5회 시도 중 4회에서 세부 내용 2개를 추가함

goal-writ-informational-essay-skill = 서론, 사실을 담은 본론 문단 두 개, 결론을 갖춘 정보 전달 글을 쓸 것입니다
goal-writ-informational-essay-condition = 주제, 자료, 그래픽 조직자가 주어졌을 때
goal-writ-informational-essay-criterion = 에세이 4편 중 3편에서 채점 기준표로 4점 만점에 3점을 받음

## math

goal-math-addition-regroup-skill = 받아올림이 있는 두 자리 수와 세 자리 수의 덧셈을 할 것입니다
goal-math-addition-regroup-condition = 덧셈 문제 10개가 주어졌을 때
goal-math-addition-regroup-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-addition-regroup-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-addition-regroup-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-subtraction-regroup-skill = 받아내림이 있는 두 자리 수와 세 자리 수의 뺄셈을 할 것입니다
goal-math-subtraction-regroup-condition = 뺄셈 문제 10개가 주어졌을 때
goal-math-subtraction-regroup-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-subtraction-regroup-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-subtraction-regroup-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-multiplication-facts-skill = 0부터 10까지의 곱셈 구구를 바로 떠올려 답할 것입니다
goal-math-multiplication-facts-condition = 기본 셈 50문제로 된 2분 시간 제한 검사가 주어졌을 때
goal-math-multiplication-facts-criterion = 3회 연속 검사에서 50문제 중 40문제를 맞힘

goal-math-word-problems-skill = 필요한 연산을 찾아내고 풀이 과정을 보여 주며 한 단계 및 두 단계 문장제를 풀 것입니다
goal-math-word-problems-condition = 필요에 따라 소리 내어 읽어 주는 학년 수준의 문장제 5개가 주어졌을 때
goal-math-word-problems-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-word-problems-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-word-problems-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-fractions-compare-skill = 모형이나 공통분모를 사용하여 분모가 다른 분수의 크기를 비교할 것입니다
goal-math-fractions-compare-condition = 분수 10쌍이 주어졌을 때
goal-math-fractions-compare-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-fractions-compare-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-fractions-compare-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-linear-equations-skill = 미지수가 하나인 여러 단계의 일차방정식을 풀 것입니다
goal-math-linear-equations-condition = 방정식 10개와 풀이 단계 체크리스트가 주어졌을 때
goal-math-linear-equations-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-linear-equations-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-linear-equations-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-money-count-skill = 여러 가지 동전과 지폐를 섞어 20.00달러까지 셀 것입니다
goal-math-money-count-condition = 동전과 지폐 한 세트가 주어졌을 때
goal-math-money-count-criterion = 연속 3회기에서 90% 정확도로
goal-math-money-count-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기에서 70% 정확도로
goal-math-money-count-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기에서 80% 정확도로

goal-math-make-change-skill = 20.00달러 이하의 구매에서 받아야 할 거스름돈을 계산할 것입니다
goal-math-make-change-condition = 가격표와 지불한 금액이 주어졌을 때
goal-math-make-change-criterion = 3회기에 걸쳐 10회 시도 중 8회에서

goal-math-time-tell-skill = 아날로그시계를 보고 오 분 단위로 시각을 읽을 것입니다
goal-math-time-tell-condition = 시계 그림 10개가 주어졌을 때
goal-math-time-tell-criterion = 연속 3회기에서 90% 정확도로
goal-math-time-tell-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기에서 70% 정확도로
goal-math-time-tell-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기에서 80% 정확도로

goal-math-place-value-skill = 1,000까지의 수에서 각 자리 숫자가 나타내는 값을 파악할 것입니다
goal-math-place-value-condition = 세 자리 수 10개가 주어졌을 때
goal-math-place-value-criterion = 5회 시도 중 4회에서 85% 정확도로
goal-math-place-value-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 65% 정확도로
goal-math-place-value-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 75% 정확도로

goal-math-measurement-skill = 물체의 길이를 사분의 일 인치 단위와 센티미터 단위까지 잴 것입니다
goal-math-measurement-condition = 자와 물체 10개가 주어졌을 때
goal-math-measurement-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-measurement-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-measurement-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-graphs-skill = 막대그래프와 꺾은선그래프를 읽고 해석하여 질문에 답할 것입니다
goal-math-graphs-condition = 그래프 하나와 질문 5개가 주어졌을 때
goal-math-graphs-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-graphs-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-graphs-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-ratios-skill = 표나 테이프 다이어그램을 사용하여 비와 비율 문제를 풀 것입니다
goal-math-ratios-condition = 실생활 비율 문제 5개가 주어졌을 때
goal-math-ratios-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-ratios-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-ratios-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-calculator-use-skill = 계산기를 사용하여 여러 단계 문제를 풀고 답이 합리적인지 확인할 것입니다
goal-math-calculator-use-condition = 문제 10개와 계산기가 주어졌을 때
goal-math-calculator-use-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-calculator-use-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-calculator-use-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-math-budget-skill = 수입과 지출을 나열한 주간 예산을 세우고 잔액을 계산할 것입니다
goal-math-budget-condition = 급여 명세서와 지출 목록이 주어졌을 때
goal-math-budget-criterion = 4회 시도 중 3회에서 오류 1개 이하로

goal-math-number-line-skill = 수직선 위에 정수와 소수의 위치를 찾고 크기 순서대로 배열할 것입니다
goal-math-number-line-condition = 수 10개와 수직선이 주어졌을 때
goal-math-number-line-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-math-number-line-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-math-number-line-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

## speech_language

goal-spl-articulation-r-skill = 단어와 문장에서 /r/ 소리를 정확하게 낼 것입니다
goal-spl-articulation-r-condition = 구조화된 말하기 활동 중에
goal-spl-articulation-r-criterion = 연속 3회기에서 80% 정확도로
goal-spl-articulation-r-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기에서 60% 정확도로
goal-spl-articulation-r-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기에서 70% 정확도로

goal-spl-articulation-s-skill = 대화에서 /s/와 /z/ 소리를 정확하게 낼 것입니다
goal-spl-articulation-s-condition = 서비스 제공자와 5분간 대화하는 동안
goal-spl-articulation-s-criterion = 연속 3회기에서 80% 정확도로
goal-spl-articulation-s-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기에서 60% 정확도로
goal-spl-articulation-s-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기에서 70% 정확도로

goal-spl-following-directions-skill = 기본 개념(전에, 후에, 처음, 마지막)이 포함된 두 단계 지시를 따를 것입니다
goal-spl-following-directions-condition = 시각적 단서 없이 말로 지시했을 때
goal-spl-following-directions-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-spl-following-directions-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-spl-following-directions-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-spl-vocabulary-categories-skill = 한 범주에 속하는 항목을 최소 5개 말하고 서로 어떻게 관련되는지 설명할 것입니다
goal-spl-vocabulary-categories-condition = 범주 이름이 주어졌을 때
goal-spl-vocabulary-categories-criterion = 5회 시도 중 4회에서

goal-spl-wh-questions-skill = 짧은 이야기에 관한 의문사 질문(누가, 무엇을, 어디서, 언제, 왜)에 답할 것입니다
goal-spl-wh-questions-condition = 짧은 이야기를 읽어 주는 것을 들은 후
goal-spl-wh-questions-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-spl-wh-questions-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-spl-wh-questions-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-spl-sentence-length-skill = 6단어 이상으로 된 완전한 문장을 문법에 맞게 사용할 것입니다
goal-spl-sentence-length-condition = 그림이나 사건을 설명할 때
goal-spl-sentence-length-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-spl-sentence-length-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-spl-sentence-length-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-spl-narrative-retell-skill = 시간 표현(먼저, 다음에, 그다음, 마지막으로)을 사용하여 자신이 겪은 일을 순서대로 다시 말할 것입니다
goal-spl-narrative-retell-condition = 최근에 있었던 일에 대해 질문을 받았을 때
goal-spl-narrative-retell-criterion = 5회 시도 중 4회에서 사건 4개를 순서대로 포함함

goal-spl-conversation-turns-skill = 대화를 4회 주고받는 동안 한 주제를 유지할 것입니다
goal-spl-conversation-turns-condition = 또래와 대화하는 동안
goal-spl-conversation-turns-criterion = 관찰된 기회 5회 중 4회에서

goal-spl-fluency-strategy-skill = 유창성 전략(부드러운 발성 시작, 느린 말 속도)을 사용하여 유창하게 말할 것입니다
goal-spl-fluency-strategy-condition = 구조화된 대화 중에
goal-spl-fluency-strategy-criterion = 연속 3회기 동안 음절의 90%를 유창하게
goal-spl-fluency-strategy-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기 동안 음절의 70%를 유창하게
goal-spl-fluency-strategy-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기 동안 음절의 80%를 유창하게

goal-spl-aac-requests-skill = 보완대체의사소통(AAC) 기기를 사용하여 요청하고 의견을 말할 것입니다
goal-spl-aac-requests-condition = 교실 일과 중에
goal-spl-aac-requests-criterion = 3일 연속, 30분 동안 10회

goal-spl-figurative-language-skill = 관용어와 비유적 표현의 의미를 설명할 것입니다
goal-spl-figurative-language-condition = 문장 맥락 속의 관용어 10개가 주어졌을 때
goal-spl-figurative-language-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-spl-figurative-language-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-spl-figurative-language-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-spl-clarification-skill = 지시나 메시지를 이해하지 못했을 때 다시 설명해 달라고 요청할 것입니다
goal-spl-clarification-condition = 수업 중에
goal-spl-clarification-criterion = 관찰된 기회 5회 중 4회에서

goal-spl-describe-attributes-skill = 3가지 속성(크기, 색깔, 기능, 부분)을 사용하여 물건을 설명할 것입니다
goal-spl-describe-attributes-condition = 그림이나 실물이 주어졌을 때
goal-spl-describe-attributes-criterion = 5회 시도 중 4회에서

goal-spl-pronouns-skill = 문장에서 주격 대명사와 목적격 대명사를 올바르게 사용할 것입니다
goal-spl-pronouns-condition = 구조화된 언어 활동 중에
goal-spl-pronouns-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-spl-pronouns-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-spl-pronouns-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-spl-voice-volume-skill = 상황에 맞는 적절한 목소리 크기를 사용할 것입니다
goal-spl-voice-volume-condition = 교실 및 복도 일과 중에
goal-spl-voice-volume-criterion = 관찰된 기회 5회 중 4회에서

goal-spl-self-advocacy-speech-skill = 처음 만나는 성인에게 자신의 의사소통 요구와 필요한 지원을 설명할 것입니다
goal-spl-self-advocacy-speech-condition = 역할극이나 실제 회의에서
goal-spl-self-advocacy-speech-criterion = 4회 시도 중 3회에서 요구 2가지와 지원 2가지를 말함

## social_emotional

goal-soc-identify-feelings-skill = 감정 척도를 사용하여 자신의 감정을 파악하고 그 강도를 평가할 것입니다
goal-soc-identify-feelings-condition = 학교 일과 중 속상할 때
goal-soc-identify-feelings-criterion = 관찰된 기회 5회 중 4회에서

goal-soc-coping-strategy-skill = 대처 전략(심호흡, 휴식 카드, 숫자 세기)을 사용하여 마음을 진정시킬 것입니다
goal-soc-coping-strategy-condition = 좌절하거나 불안할 때
goal-soc-coping-strategy-criterion = 관찰된 기회 5회 중 4회에서

goal-soc-peer-initiation-skill = 또래와의 상호작용을 먼저 시작할 것입니다
goal-soc-peer-initiation-condition = 비구조화된 시간(점심시간, 쉬는 시간) 중에
goal-soc-peer-initiation-criterion = 5일 중 4일, 하루 3회

goal-soc-perspective-taking-skill = 주어진 상황에서 다른 사람이 어떻게 느낄지와 그 이유를 말할 것입니다
goal-soc-perspective-taking-condition = 사회적 상황 시나리오가 주어졌을 때
goal-soc-perspective-taking-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-soc-perspective-taking-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-soc-perspective-taking-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-soc-conflict-resolution-skill = 4단계 문제 해결 계획을 사용하여 또래와의 갈등을 해결할 것입니다
goal-soc-conflict-resolution-condition = 또래와 갈등이 있을 때
goal-soc-conflict-resolution-criterion = 관찰된 기회 4회 중 3회에서

goal-soc-accept-feedback-skill = 성인의 교정적 피드백을 말다툼 없이 받아들일 것입니다
goal-soc-accept-feedback-condition = 교정적 피드백을 받았을 때
goal-soc-accept-feedback-criterion = 4주 연속 기회의 80%에서
goal-soc-accept-feedback-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 기회의 60%에서
goal-soc-accept-feedback-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 기회의 70%에서

goal-soc-group-work-skill = 생각을 나누고 차례를 지키며 소그룹 활동에 참여할 것입니다
goal-soc-group-work-condition = 협동 학습 활동 중에
goal-soc-group-work-criterion = 관찰된 회기 5회 중 4회에서

goal-soc-self-advocacy-skill = 적절한 표현을 사용하여 교사에게 도움이나 편의 제공을 요청할 것입니다
goal-soc-self-advocacy-condition = 어려운 과제에 직면했을 때
goal-soc-self-advocacy-criterion = 관찰된 기회 5회 중 4회에서

goal-soc-positive-self-talk-skill = 자신에 대한 부정적인 말을 긍정적인 말로 바꿀 것입니다
goal-soc-positive-self-talk-condition = 상담 회기 중 상담교사의 촉구가 있을 때
goal-soc-positive-self-talk-criterion = 5회 시도 중 4회에서

goal-soc-friendship-skills-skill = 좋은 친구의 특성 3가지를 말하고 자신이 그중 하나를 보여 준 경험을 설명할 것입니다
goal-soc-friendship-skills-condition = 상담 회기 중에
goal-soc-friendship-skills-criterion = 회기 4회 중 3회에서

goal-soc-anxiety-plan-skill = 시험과 발표 전에 서면으로 된 불안 대처 계획을 따를 것입니다
goal-soc-anxiety-plan-condition = 시험이나 발표 전에
goal-soc-anxiety-plan-criterion = 기회 5회 중 4회에서

goal-soc-social-cues-skill = 동영상 클립에서 비언어적 단서(얼굴 표정, 어조, 몸짓 언어)를 파악할 것입니다
goal-soc-social-cues-condition = 짧은 동영상 클립이 주어졌을 때
goal-soc-social-cues-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-soc-social-cues-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-soc-social-cues-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-soc-joining-games-skill = 적절한 표현을 사용하여 게임이나 활동에 함께해도 되는지 요청할 것입니다
goal-soc-joining-games-condition = 쉬는 시간이나 자유 시간에
goal-soc-joining-games-criterion = 관찰된 기회 5회 중 4회에서

goal-soc-goal-setting-skill = 매주 개인 목표를 세우고 달성 여부를 평가할 것입니다
goal-soc-goal-setting-condition = 주간 상담 점검 시간에
goal-soc-goal-setting-criterion = 연속 10주 중 8주 동안

goal-soc-attendance-skill = 제시간에 등교할 것입니다
goal-soc-attendance-condition = 각 성적 평가 기간 동안
goal-soc-attendance-criterion = 등교일의 90%에서
goal-soc-attendance-benchmark-1 = 첫 번째 진전 보고서까지: 등교일의 70%에서
goal-soc-attendance-benchmark-2 = 두 번째 진전 보고서까지: 등교일의 80%에서

goal-soc-responsibility-skill = 무슨 일이 있었는지와 다음에 무엇을 할지 설명함으로써 자신의 행동에 책임을 질 것입니다
goal-soc-responsibility-condition = 사건이 있은 후
goal-soc-responsibility-criterion = 기회 4회 중 3회에서

## behavior

goal-beh-on-task-skill = 개별 과제 시간에 과제에 집중할 것입니다
goal-beh-on-task-condition = 20분간의 개별 과제 시간 동안
goal-beh-on-task-criterion = 4주 연속 관찰 구간의 80%에서
goal-beh-on-task-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 관찰 구간의 60%에서
goal-beh-on-task-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 관찰 구간의 70%에서

goal-beh-follow-directions-skill = 첫 번째 요청 후 30초 이내에 교사의 지시를 따를 것입니다
goal-beh-follow-directions-condition = 수업 중에
goal-beh-follow-directions-criterion = 4주 연속 기회의 80%에서
goal-beh-follow-directions-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 기회의 60%에서
goal-beh-follow-directions-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 기회의 70%에서

goal-beh-break-card-skill = 자리를 벗어나는 대신 휴식 카드를 사용하여 휴식을 요청할 것입니다
goal-beh-break-card-condition = 좌절할 때
goal-beh-break-card-criterion = 4주 연속 기회의 90%에서
goal-beh-break-card-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 기회의 70%에서
goal-beh-break-card-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 기회의 80%에서

goal-beh-hands-to-self-skill = 손과 발을 다른 사람에게 대지 않을 것입니다
goal-beh-hands-to-self-condition = 활동 전환 시간과 비구조화된 시간 중에
goal-beh-hands-to-self-criterion = 4주 연속 관찰 구간의 90%에서
goal-beh-hands-to-self-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 관찰 구간의 70%에서
goal-beh-hands-to-self-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 관찰 구간의 80%에서

goal-beh-raise-hand-skill = 말하기 전에 손을 들고 지명될 때까지 기다릴 것입니다
goal-beh-raise-hand-condition = 학급 전체 수업 중에
goal-beh-raise-hand-criterion = 4주 연속 기회의 80%에서
goal-beh-raise-hand-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 기회의 60%에서
goal-beh-raise-hand-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 기회의 70%에서

goal-beh-transitions-skill = 2분 이내에 다음 활동으로 이동할 것입니다
goal-beh-transitions-condition = 2분 전 예고와 시각적 일과표가 주어졌을 때
goal-beh-transitions-criterion = 5일 중 4일, 하루 활동 전환 10회 중 8회에서

goal-beh-work-completion-skill = 수업 과제를 완료하여 제출할 것입니다
goal-beh-work-completion-condition = 배정된 과제의 체크리스트가 주어졌을 때
goal-beh-work-completion-criterion = 한 성적 평가 기간 동안 과제의 80%에서
goal-beh-work-completion-benchmark-1 = 첫 번째 진전 보고서까지: 한 성적 평가 기간 동안 과제의 60%에서
goal-beh-work-completion-benchmark-2 = 두 번째 진전 보고서까지: 한 성적 평가 기간 동안 과제의 70%에서

goal-beh-respectful-language-skill = 또래와 성인에게 존중하는 언어를 사용할 것입니다
goal-beh-respectful-language-condition = 학교 일과 내내
goal-beh-respectful-language-criterion = 4주 연속 주당 사건 1건 이하로

goal-beh-self-monitoring-skill = 포인트 시트에 자신의 행동을 평가하고 그 평가가 교사의 평가와 일치할 것입니다
goal-beh-self-monitoring-condition = 매 수업 시간이 끝날 때
goal-beh-self-monitoring-criterion = 4주 연속 수업 시간의 80%에서
goal-beh-self-monitoring-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 수업 시간의 60%에서
goal-beh-self-monitoring-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 수업 시간의 70%에서

goal-beh-wait-turn-skill = 끼어들지 않고 자기 차례를 기다릴 것입니다
goal-beh-wait-turn-condition = 소그룹 활동 중에
goal-beh-wait-turn-criterion = 관찰된 기회 5회 중 4회에서

goal-beh-seat-remain-skill = 지정된 구역에 머물 것입니다
goal-beh-seat-remain-condition = 30분간의 수업 시간 동안
goal-beh-seat-remain-criterion = 4주 연속 관찰 구간의 90%에서
goal-beh-seat-remain-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 관찰 구간의 70%에서
goal-beh-seat-remain-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 관찰 구간의 80%에서

goal-beh-materials-ready-skill = 필요한 준비물(책, 공책, 연필)을 수업에 가져올 것입니다
goal-beh-materials-ready-condition = 매 수업이 시작될 때
goal-beh-materials-ready-criterion = 4주 연속 수업 시간의 85%에서
goal-beh-materials-ready-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 수업 시간의 65%에서
goal-beh-materials-ready-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 수업 시간의 75%에서

goal-beh-aggression-replace-skill = 신체적 공격 대신 대체 행동(자리 피하기, 성인에게 도움 요청하기)을 사용할 것입니다
goal-beh-aggression-replace-condition = 또래와 갈등이 있을 때
goal-beh-aggression-replace-criterion = 6주 연속 신체적 공격 사건 0건으로

goal-beh-task-initiation-skill = 배정된 과제를 2분 이내에 시작할 것입니다
goal-beh-task-initiation-condition = 지시를 받은 후
goal-beh-task-initiation-criterion = 4주 연속 기회의 80%에서
goal-beh-task-initiation-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 기회의 60%에서
goal-beh-task-initiation-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 기회의 70%에서

goal-beh-cell-phone-skill = 수업 중에 개인 휴대폰을 넣어 둘 것입니다
goal-beh-cell-phone-condition = 수업 시간 중에
goal-beh-cell-phone-criterion = 4주 연속 수업 시간의 90%에서
goal-beh-cell-phone-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 수업 시간의 70%에서
goal-beh-cell-phone-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 수업 시간의 80%에서

goal-beh-calm-down-return-skill = 휴식 후 5분 이내에 활동으로 돌아올 것입니다
goal-beh-calm-down-return-condition = 스스로 요청했거나 제안받은 휴식 후
goal-beh-calm-down-return-criterion = 4주 연속 휴식의 80%에서
goal-beh-calm-down-return-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 휴식의 60%에서
goal-beh-calm-down-return-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 휴식의 70%에서

## fine_motor

goal-fm-pencil-grasp-skill = 글씨를 쓸 때 기능적인 세 손가락 쥐기를 사용할 것입니다
goal-fm-pencil-grasp-condition = 쓰기 과제 중에, 필요하면 연필 그립을 사용하여
goal-fm-pencil-grasp-criterion = 연속 3회기 동안 관찰된 쓰기 과제에서 80% 정확도로
goal-fm-pencil-grasp-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기 동안 관찰된 쓰기 과제에서 60% 정확도로
goal-fm-pencil-grasp-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기 동안 관찰된 쓰기 과제에서 70% 정확도로

goal-fm-scissors-skill = 곡선을 따라 1/4인치 이내로 벗어나지 않게 자를 것입니다
goal-fm-scissors-condition = 가위와 활동지가 주어졌을 때
goal-fm-scissors-criterion = 5회 시도 중 4회에서

goal-fm-letter-formation-skill = 대문자와 소문자를 기억하여 올바르게 쓸 것입니다
goal-fm-letter-formation-condition = 알파벳을 쓸 때
goal-fm-letter-formation-criterion = 연속 3회기에서 90% 정확도로
goal-fm-letter-formation-benchmark-1 = 첫 번째 진전 보고서까지: 연속 3회기에서 70% 정확도로
goal-fm-letter-formation-benchmark-2 = 두 번째 진전 보고서까지: 연속 3회기에서 80% 정확도로

goal-fm-buttons-zippers-skill = 자신의 옷에 달린 단추와 지퍼를 잠글 것입니다
goal-fm-buttons-zippers-condition = 옷 입기 일과 중에
goal-fm-buttons-zippers-criterion = 5회 시도 중 4회에서 독립적으로

goal-fm-copy-board-skill = 칠판에 있는 3문장을 알아보기 쉽게 베껴 쓸 것입니다
goal-fm-copy-board-condition = 5분 이내에
goal-fm-copy-board-criterion = 5회 시도 중 4회에서

goal-fm-keyboard-home-row-skill = 양손으로 기본 자리 줄의 키를 사용하여 타자를 칠 것입니다
goal-fm-keyboard-home-row-condition = 키보드와 타자 연습 프로그램을 사용하여
goal-fm-keyboard-home-row-criterion = 연속 3회기에서 분당 15단어의 속도로

goal-fm-in-hand-manipulation-skill = 한 손을 사용하여 작은 물건(동전, 페그)을 집어 제자리에 놓을 것입니다
goal-fm-in-hand-manipulation-condition = 작은 물건 10개가 주어졌을 때
goal-fm-in-hand-manipulation-criterion = 5회 시도 중 4회에서 10개 중 10개를 60초 이내에 놓음

goal-fm-spacing-skill = 단어 사이에 손가락 하나만큼 띄우고 줄 위에 글씨를 쓸 것입니다
goal-fm-spacing-condition = 3문장 이상을 쓸 때
goal-fm-spacing-criterion = 샘플 5개 중 4개에서 80% 정확도로
goal-fm-spacing-benchmark-1 = 첫 번째 진전 보고서까지: 샘플 5개 중 4개에서 60% 정확도로
goal-fm-spacing-benchmark-2 = 두 번째 진전 보고서까지: 샘플 5개 중 4개에서 70% 정확도로

goal-fm-open-containers-skill = 점심 용기와 포장을 열 것입니다
goal-fm-open-containers-condition = 점심시간에
goal-fm-open-containers-criterion = 기회 5회 중 4회에서 독립적으로

goal-fm-tablet-navigation-skill = 태블릿 터치스크린을 사용하여 앱을 열고, 사용하고, 닫을 것입니다
goal-fm-tablet-navigation-condition = 말로 지시했을 때
goal-fm-tablet-navigation-criterion = 5회 시도 중 4회에서 독립적으로

goal-fm-shoelaces-skill = 신발 끈을 묶을 것입니다
goal-fm-shoelaces-condition = 옷 입기 일과 중에
goal-fm-shoelaces-criterion = 5회 시도 중 4회에서 독립적으로

goal-fm-bilateral-skill = 한 손으로 종이를 고정하고 다른 손으로 글씨를 쓰거나 자를 것입니다
goal-fm-bilateral-condition = 책상 위 활동 중에
goal-fm-bilateral-criterion = 3회기 동안 관찰된 과제에서 80% 정확도로
goal-fm-bilateral-benchmark-1 = 첫 번째 진전 보고서까지: 3회기 동안 관찰된 과제에서 60% 정확도로
goal-fm-bilateral-benchmark-2 = 두 번째 진전 보고서까지: 3회기 동안 관찰된 과제에서 70% 정확도로

goal-fm-ruler-line-skill = 자를 사용하여 두 점 사이에 직선을 그을 것입니다
goal-fm-ruler-line-condition = 자와 점 10쌍이 주어졌을 때
goal-fm-ruler-line-criterion = 연속 3회기에서 선 10개 중 8개가 1/8인치 오차 이내

goal-fm-sizing-letters-skill = 쓰기 줄 안에 글자 크기를 올바르게 맞출 것입니다
goal-fm-sizing-letters-condition = 문장을 베껴 쓸 때
goal-fm-sizing-letters-criterion = 5회 시도 중 4회에서 80% 정확도로
goal-fm-sizing-letters-benchmark-1 = 첫 번째 진전 보고서까지: 5회 시도 중 4회에서 60% 정확도로
goal-fm-sizing-letters-benchmark-2 = 두 번째 진전 보고서까지: 5회 시도 중 4회에서 70% 정확도로

goal-fm-utensils-skill = 포크와 숟가락을 사용하여 흘리지 않고 먹을 것입니다
goal-fm-utensils-condition = 점심시간에
goal-fm-utensils-criterion = 관찰된 식사 5회 중 4회에서

goal-fm-organize-binder-skill = 링과 인덱스 탭을 사용하여 종이를 바인더의 올바른 칸에 넣을 것입니다
goal-fm-organize-binder-condition = 매 수업이 끝날 때
goal-fm-organize-binder-criterion = 4주 동안 기회의 80%에서
goal-fm-organize-binder-benchmark-1 = 첫 번째 진전 보고서까지: 4주 동안 기회의 60%에서
goal-fm-organize-binder-benchmark-2 = 두 번째 진전 보고서까지: 4주 동안 기회의 70%에서

## gross_motor

goal-gm-stairs-skill = 발을 번갈아 디디고 난간을 잡으며 한 층의 계단을 오르내릴 것입니다
goal-gm-stairs-condition = 학교 내 이동 시간에
goal-gm-stairs-criterion = 5회 시도 중 4회에서 안전하게

goal-gm-balance-beam-skill = 10피트 길이의 선을 따라 선을 벗어나지 않고 발뒤꿈치와 발끝을 붙여 걸을 것입니다
goal-gm-balance-beam-condition = 체육관이나 치료실에서
goal-gm-balance-beam-criterion = 5회 시도 중 4회에서

goal-gm-ball-catch-skill = 10피트 거리에서 던진 놀이용 공을 받을 것입니다
goal-gm-ball-catch-condition = 체육 수업이나 치료 중에
goal-gm-ball-catch-criterion = 연속 3회기에서 10회 중 8회 공을 받음

goal-gm-hop-skill = 균형을 잃지 않고 한 발로 10회 뛸 것입니다
goal-gm-hop-condition = 체육관이나 치료실에서
goal-gm-hop-criterion = 5회 시도 중 4회에서 양쪽 발 모두

goal-gm-navigate-school-skill = 자신의 이동 보조 기구를 사용하여 붐비는 복도를 안전하게 지나갈 것입니다
goal-gm-navigate-school-condition = 교실 이동 시간에
goal-gm-navigate-school-criterion = 5회 시도 중 4회에서 부딪히거나 도움을 받으려고 멈추지 않고

goal-gm-endurance-walk-skill = 쉬지 않고 500피트를 걸을 것입니다
goal-gm-endurance-walk-condition = 학교 외부 활동이나 치료 중에
goal-gm-endurance-walk-criterion = 5회 시도 중 4회에서

goal-gm-jump-skill = 두 발로 도약하고 두 발로 착지하여 앞으로 24인치를 뛸 것입니다
goal-gm-jump-condition = 체육관이나 치료실에서
goal-gm-jump-criterion = 5회 시도 중 4회에서

goal-gm-wheelchair-transfer-skill = 옆에서 대기하는 보조를 받으며 휠체어에서 교실 의자로 옮겨 앉을 것입니다
goal-gm-wheelchair-transfer-condition = 수업 일과 중에
goal-gm-wheelchair-transfer-criterion = 5회 시도 중 4회에서 안전하게

goal-gm-kick-ball-skill = 15피트 떨어진 목표물을 향해 굴러오는 공을 찰 것입니다
goal-gm-kick-ball-condition = 체육 수업 중에
goal-gm-kick-ball-criterion = 3회기에 걸쳐 10회 중 6회 목표물을 맞힘

goal-gm-playground-equipment-skill = 놀이터 시설의 사다리를 오르고 미끄럼틀을 탈 것입니다
goal-gm-playground-equipment-condition = 쉬는 시간에
goal-gm-playground-equipment-criterion = 기회 5회 중 4회에서 독립적이고 안전하게

goal-gm-posture-skill = 책상에서 바른 자세로 앉아 있을 것입니다
goal-gm-posture-condition = 20분 수업 동안
goal-gm-posture-criterion = 3회기 동안 관찰된 구간에서 80% 정확도로
goal-gm-posture-benchmark-1 = 첫 번째 진전 보고서까지: 3회기 동안 관찰된 구간에서 60% 정확도로
goal-gm-posture-benchmark-2 = 두 번째 진전 보고서까지: 3회기 동안 관찰된 구간에서 70% 정확도로

goal-gm-curb-negotiation-skill = 연석을 안전하게 오르내릴 것입니다
goal-gm-curb-negotiation-condition = 지역사회 외출 중에
goal-gm-curb-negotiation-criterion = 5회 시도 중 4회에서

goal-gm-skip-skill = 양발을 번갈아 부드럽게 깡충 뛰며(스킵) 30피트를 이동할 것입니다
goal-gm-skip-condition = 체육관에서
goal-gm-skip-criterion = 5회 시도 중 4회에서

goal-gm-fitness-circuit-skill = 5개 스테이션으로 된 체력 순환 운동을 완료할 것입니다
goal-gm-fitness-circuit-condition = 적응 체육 시간에
goal-gm-fitness-circuit-criterion = 연속 3회기에서 10분 이내에

goal-gm-bus-steps-skill = 난간을 잡고 스쿨버스 계단을 오르내릴 것입니다
goal-gm-bus-steps-condition = 등교 및 하교 시
goal-gm-bus-steps-criterion = 기회 5회 중 4회에서 안전하게

goal-gm-throw-overhand-skill = 15피트 떨어진 짝에게 팔을 어깨 위로 올려 공을 던질 것입니다
goal-gm-throw-overhand-condition = 체육 수업 중에
goal-gm-throw-overhand-criterion = 3회기에 걸쳐 10회 중 8회 짝에게 공이 닿음

## adaptive_daily_living

goal-adl-handwashing-skill = 6단계 그림 순서를 따라 손을 씻고 말릴 것입니다
goal-adl-handwashing-condition = 점심 전과 화장실 사용 후
goal-adl-handwashing-criterion = 기회 5회 중 4회에서 6단계 중 6단계를 독립적으로 완료함

goal-adl-arrival-routine-skill = 등교 일과(가방 정리, 외투 걸기, 폴더 제출, 아침 과제 시작)를 완료할 것입니다
goal-adl-arrival-routine-condition = 교실에 도착했을 때
goal-adl-arrival-routine-criterion = 5일 중 4일 동안 촉구 1회 이하로

goal-adl-visual-schedule-skill = 시각적 일과표를 따라 다음 활동으로 이동할 것입니다
goal-adl-visual-schedule-condition = 학교 일과 내내
goal-adl-visual-schedule-criterion = 4주 연속 활동 전환의 80%에서
goal-adl-visual-schedule-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 활동 전환의 60%에서
goal-adl-visual-schedule-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 활동 전환의 70%에서

goal-adl-personal-info-skill = 자신의 성명, 주소, 학부모의 전화번호를 말하거나 보여 줄 것입니다
goal-adl-personal-info-condition = 익숙한 성인이 물어볼 때
goal-adl-personal-info-criterion = 5회 시도 중 4회에서 정확하게

goal-adl-lunch-routine-skill = 점심을 받고, 돈을 내거나 ID 번호를 입력하고, 식탁을 치울 것입니다
goal-adl-lunch-routine-condition = 학교 식당에서
goal-adl-lunch-routine-criterion = 기회 5회 중 4회에서 독립적으로

goal-adl-dressing-skill = 재킷을 입고 벗을 것입니다
goal-adl-dressing-condition = 등교 및 하교 시
goal-adl-dressing-criterion = 기회 5회 중 4회에서 독립적으로

goal-adl-toileting-request-skill = 화장실에 가야 한다는 것을 표현할 것입니다
goal-adl-toileting-request-condition = 학교 일과 내내
goal-adl-toileting-request-criterion = 4주 연속 기회의 90%에서
goal-adl-toileting-request-benchmark-1 = 첫 번째 진전 보고서까지: 4주 연속 기회의 70%에서
goal-adl-toileting-request-benchmark-2 = 두 번째 진전 보고서까지: 4주 연속 기회의 80%에서

goal-adl-safety-signs-skill = 안전 표지판(출구, 정지, 위험, 보행)을 알아보고 올바르게 반응할 것입니다
goal-adl-safety-signs-condition = 지역사회 기반 교육 중에
goal-adl-safety-signs-criterion = 10회 시도 중 9회에서

goal-adl-simple-meal-skill = 그림 레시피를 따라 간단한 간식을 준비할 것입니다
goal-adl-simple-meal-condition = 생활 기술 실습 주방에서
goal-adl-simple-meal-criterion = 회기 4회 중 3회에서 10단계 중 8단계를 독립적으로 완료함

goal-adl-hygiene-skill = 몸단장 일과(머리 빗기, 용모 확인, 데오도란트 사용)를 완료할 것입니다
goal-adl-hygiene-condition = 체크리스트를 따라
goal-adl-hygiene-criterion = 기회 5회 중 4회에서 독립적으로

goal-adl-calendar-use-skill = 달력이나 플래너를 사용하여 과제와 약속을 기록할 것입니다
goal-adl-calendar-use-condition = 매 수업이 끝날 때
goal-adl-calendar-use-criterion = 4주 동안 기회의 80%에서
goal-adl-calendar-use-benchmark-1 = 첫 번째 진전 보고서까지: 4주 동안 기회의 60%에서
goal-adl-calendar-use-benchmark-2 = 두 번째 진전 보고서까지: 4주 동안 기회의 70%에서

goal-adl-shopping-list-skill = 그림 쇼핑 목록에 있는 물건 5개를 가게에서 찾을 것입니다
goal-adl-shopping-list-condition = 지역사회 기반 교육 중에
goal-adl-shopping-list-criterion = 외출 4회 중 3회에서 15분 이내에

goal-adl-emergency-help-skill = 응급 상황에서 해야 할 일(911에 전화하기, 도와줄 사람 찾기)을 말하거나 시연할 것입니다
goal-adl-emergency-help-condition = 역할극 상황이 주어졌을 때
goal-adl-emergency-help-criterion = 상황 5개 중 4개에서

goal-adl-clean-up-skill = 자신의 작업 공간을 정리하고 자료를 제자리에 둘 것입니다
goal-adl-clean-up-condition = 활동이 끝날 때
goal-adl-clean-up-criterion = 기회 5회 중 4회에서 촉구 1회 이하로

goal-adl-medication-routine-skill = 간호사에게 자신이 복용하는 약의 시간과 이름을 말할 것입니다
goal-adl-medication-routine-condition = 예정된 투약 시간에
goal-adl-medication-routine-criterion = 기회 5회 중 4회에서

goal-adl-laundry-skill = 과제 분석에 따라 세탁물 한 번 분량을 분류하고, 세탁하고, 갤 것입니다
goal-adl-laundry-condition = 생활 기술 실습실에서
goal-adl-laundry-criterion = 회기 4회 중 3회에서 10단계 중 9단계를 완료함

## transition

goal-tran-career-interest-skill = 진로 흥미 검사를 완료하고 자신의 흥미에 맞는 직업 3개를 말할 것입니다
goal-tran-career-interest-condition = 전환 상담교사와 함께
goal-tran-career-interest-criterion = 첫 번째 성적 평가 기간이 끝날 때까지 맞는 직업 3개와 각각의 이유 1가지를 말함

goal-tran-job-application-skill = 개인 정보, 경력, 추천인을 포함하여 구직 지원서를 작성할 것입니다
goal-tran-job-application-condition = 종이 또는 온라인 지원서가 주어졌을 때
goal-tran-job-application-criterion = 4회 시도 중 3회에서 모든 필수 항목을 정확하게 작성함

goal-tran-interview-practice-skill = 흔히 묻는 면접 질문 5개에 완전하고 질문에 맞는 답변을 할 것입니다
goal-tran-interview-practice-condition = 모의 면접 중에
goal-tran-interview-practice-criterion = 모의 면접 4회 중 3회에서

goal-tran-resume-skill = 학력, 기술, 직장 또는 자원봉사 경험을 나열한 이력서를 작성할 것입니다
goal-tran-resume-condition = 이력서 양식을 사용하여
goal-tran-resume-criterion = 두 번째 성적 평가 기간까지 이력서 채점 기준표로 4점 만점에 3점을 받음

goal-tran-travel-public-skill = 버스나 지하철을 이용하여 학교와 지역사회 장소 사이를 이동할 것입니다
goal-tran-travel-public-condition = 성인의 지원을 점차 줄여 가며
goal-tran-travel-public-criterion = 이동 5회 중 4회에서 독립적이고 안전하게

goal-tran-college-research-skill = 고등학교 졸업 후 교육 프로그램 3곳을 조사하여 입학 요건, 비용, 지원 서비스를 비교할 것입니다
goal-tran-college-research-condition = 대학 웹사이트와 비교표를 사용하여
goal-tran-college-research-criterion = 프로그램 3곳 중 3곳 모두에 대해 비교표를 완성함

goal-tran-work-task-skill = 체크리스트를 따라 배정된 업무를 완료할 것입니다
goal-tran-work-task-condition = 직장 기반 학습 현장에서
goal-tran-work-task-criterion = 4회 연속 근무에서 단계의 90%를 수행함
goal-tran-work-task-benchmark-1 = 첫 번째 진전 보고서까지: 4회 연속 근무에서 단계의 70%를 수행함
goal-tran-work-task-benchmark-2 = 두 번째 진전 보고서까지: 4회 연속 근무에서 단계의 80%를 수행함

goal-tran-time-clock-skill = 직장 기반 학습 근무에 제시간에 도착하여 출근 기록을 할 것입니다
goal-tran-time-clock-condition = 직장 기반 학습 현장에서
goal-tran-time-clock-criterion = 한 성적 평가 기간 동안 근무의 90%에서
goal-tran-time-clock-benchmark-1 = 첫 번째 진전 보고서까지: 한 성적 평가 기간 동안 근무의 70%에서
goal-tran-time-clock-benchmark-2 = 두 번째 진전 보고서까지: 한 성적 평가 기간 동안 근무의 80%에서

goal-tran-self-advocacy-iep-skill = IEP 회의에서 자신의 장애, 강점, 요구, 편의 제공을 설명할 것입니다
goal-tran-self-advocacy-iep-condition = 준비된 원고나 슬라이드를 사용하여
goal-tran-self-advocacy-iep-criterion = 강점 3가지, 요구 2가지, 편의 제공 2가지를 말함

goal-tran-money-management-skill = 직불카드나 현금으로 물건을 사고 영수증을 확인할 것입니다
goal-tran-money-management-condition = 지역사회 기반 교육 중에
goal-tran-money-management-criterion = 외출 5회 중 4회에서 정확하게

goal-tran-workplace-social-skill = 동료에게 인사하고 필요할 때 상사에게 도움을 요청할 것입니다
goal-tran-workplace-social-condition = 직장 기반 학습 현장에서
goal-tran-workplace-social-criterion = 관찰된 근무 5회 중 4회에서

goal-tran-credits-tracking-skill = 졸업장 취득을 위해 자신의 학점과 리젠트(Regents) 시험 현황을 관리할 것입니다
goal-tran-credits-tracking-condition = 상담교사와 함께 졸업 요건 추적표를 사용하여
goal-tran-credits-tracking-criterion = 성적 평가 기간 검토 3회 모두에서 100% 정확도로

goal-tran-agency-contact-skill = 성인 서비스 기관에 전화하여 초기 상담 예약을 잡을 것입니다
goal-tran-agency-contact-condition = 전화 대본을 사용하여
goal-tran-agency-contact-criterion = 역할극 4회 중 3회와 실제 통화 1회에서 이름, 용건, 가능한 시간을 말함

goal-tran-housing-skills-skill = 아파트 매물 3개를 임대료, 위치, 교통편을 기준으로 비교할 것입니다
goal-tran-housing-skills-condition = 매물 정보와 비교표가 주어졌을 때
goal-tran-housing-skills-criterion = 4회 시도 중 3회에서 90% 정확도로 비교를 완성함

goal-tran-schedule-appointments-skill = 휴대폰 캘린더를 사용하여 수업, 일, 약속에 대한 알림을 설정할 것입니다
goal-tran-schedule-appointments-condition = 수업이 있는 한 주 동안
goal-tran-schedule-appointments-criterion = 4주 동안 예정된 일정의 80%에서
goal-tran-schedule-appointments-benchmark-1 = 첫 번째 진전 보고서까지: 4주 동안 예정된 일정의 60%에서
goal-tran-schedule-appointments-benchmark-2 = 두 번째 진전 보고서까지: 4주 동안 예정된 일정의 70%에서

goal-tran-safety-work-skill = 직장 안전 규칙(보호 장비, 정리 정돈, 위험 요소 보고)을 따를 것입니다
goal-tran-safety-work-condition = 직장 기반 학습 현장에서
goal-tran-safety-work-criterion = 관찰된 근무 5회 중 4회에서 규칙 5개 중 5개를 지킴
