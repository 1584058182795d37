### Ilova xabarnoma (SOPM L153) ingliz tilidagi hujjat uchun. locales/en/cover.ftl bilan bir xil xabarlar.

cover-title = Muhim: farzandingiz taʼlimi haqidagi hujjat
cover-important = Ushbu xabarnomaga ilova qilingan hujjat farzandingiz taʼlimi haqida. Bu muhim hujjat va u tarjima qilinishi kerak.
cover-why-english = U ingliz tilida yozilgan, chunki hujjatlar hali bu tilga tarjima qilinmaydi: { $language }.
cover-student = Hujjat { $student } haqida.
cover-contact = Savollaringiz boʻlsa yoki ushbu hujjatni tarjima qildirishda yordam kerak boʻlsa, { $contact } bilan bogʻlaning.
cover-phone = Telefon: { $phone }
cover-email = Elektron pochta: { $email }
