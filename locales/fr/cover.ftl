### Avis de couverture (SOPM L153) : accompagne un document en anglais. Mêmes messages que locales/en/cover.ftl.

cover-title = Important : un document sur l'éducation de votre enfant
cover-important = Le document joint à cet avis concerne l'éducation de votre enfant. C'est un document important qui doit être traduit.
cover-why-english = Il est rédigé en anglais car les documents ne sont pas encore traduits dans cette langue : { $language }.
cover-student = Le document concerne { $student }.
cover-contact = Pour toute question, ou si vous avez besoin d'aide pour faire traduire ce document, veuillez contacter { $contact }.
cover-phone = Téléphone : { $phone }
cover-email = Courriel : { $email }
