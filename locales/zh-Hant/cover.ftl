### 封面通知（SOPM L153）：隨英文文件一起寄送。訊息與 locales/en/cover.ftl 相同。

cover-title = 重要：有關您孩子教育的文件
cover-important = 本通知所附文件與您孩子的教育有關。這是一份重要文件，應當翻譯。
cover-why-english = 由於文件尚未翻譯成{ $language }，因此以英文撰寫。
cover-student = 本文件涉及{ $student }。
cover-contact = 如有任何疑問，或需要協助翻譯本文件，請聯絡{ $contact }。
cover-phone = 電話：{ $phone }
cover-email = 電子郵件：{ $email }
