### Avi kouvèti (SOPM L153) pou yon dokiman an anglè. Menm mesaj ak locales/en/cover.ftl.

cover-title = Enpòtan: yon dokiman sou edikasyon pitit ou a
cover-important = Dokiman ki mache ak avi sa a se sou edikasyon pitit ou a. Se yon dokiman enpòtan e yo ta dwe tradui l.
cover-why-english = Li ekri an anglè paske yo poko tradui dokiman yo nan lang sa a: { $language }.
cover-student = Dokiman an konsène { $student }.
cover-contact = Si ou gen kesyon, oswa si ou bezwen èd pou fè tradui dokiman sa a, tanpri kontakte { $contact }.
cover-phone = Telefòn: { $phone }
cover-email = Imèl: { $email }
