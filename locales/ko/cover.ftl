### 표지 안내문(SOPM L153): 영문 문서와 함께 보냅니다. locales/en/cover.ftl과 같은 메시지.

cover-title = 중요: 자녀 교육에 관한 문서
cover-important = 이 안내문에 첨부된 문서는 자녀의 교육에 관한 것입니다. 중요한 문서이므로 번역해야 합니다.
cover-why-english = 문서가 아직 { $language }(으)로 번역되지 않아 영어로 작성되었습니다.
cover-student = 이 문서는 { $student } 학생에 관한 것입니다.
cover-contact = 문의 사항이 있거나 이 문서의 번역에 도움이 필요하시면 { $contact }에게 연락하십시오.
cover-phone = 전화: { $phone }
cover-email = 이메일: { $email }
