### 封面通知（SOPM L153）：随英文文件一起发送。消息与 locales/en/cover.ftl 相同。

cover-title = 重要：有关您孩子教育的文件
cover-important = 本通知所附文件与您孩子的教育有关。这是一份重要文件，应当翻译。
cover-why-english = 由于文件尚未翻译成{ $language }，因此以英文撰写。
cover-student = 本文件涉及{ $student }。
cover-contact = 如有任何疑问，或需要帮助翻译本文件，请联系{ $contact }。
cover-phone = 电话：{ $phone }
cover-email = 电子邮件：{ $email }
