### Njoftim mbulues (SOPM L153) për një dokument në anglisht. Të njëjtat mesazhe si locales/en/cover.ftl.

cover-title = E rëndësishme: një dokument për arsimimin e fëmijës suaj
cover-important = Dokumenti bashkëngjitur këtij njoftimi ka të bëjë me arsimimin e fëmijës suaj. Është një dokument i rëndësishëm dhe duhet përkthyer.
cover-why-english = Është shkruar në anglisht sepse dokumentet ende nuk përkthehen në këtë gjuhë: { $language }.
cover-student = Dokumenti ka të bëjë me { $student }.
cover-contact = Nëse keni pyetje ose ju duhet ndihmë për ta përkthyer këtë dokument, kontaktoni { $contact }.
cover-phone = Telefoni: { $phone }
cover-email = Email: { $email }
