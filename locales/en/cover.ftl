# IEP Desk (see the workspace README). Reference locale: every other locale has these messages.

### Cover notice (SOPM L153): sent in front of an English document to a parent whose language is
### not one of the covered languages. It belongs in the parent's language: a translation of this
### one file, locales/<code>/cover.ftl, may be added for any language of assets/data/languages.toml
### (it must have exactly these messages); without one, the English text below is used.

cover-title = Important: a document about your child's education
cover-important = The document attached to this notice is about your child's education. It is an important document and it should be translated.
# $language: the name of the parent's language.
cover-why-english = It is written in English because documents are not yet translated into { $language }.
# $student: the student's name.
cover-student = The document concerns { $student }.
# $contact: the name of the contact person.
cover-contact = If you have any questions, or need help to have this document translated, please contact { $contact }.
# $phone: a telephone number.
cover-phone = Telephone: { $phone }
# $email: an email address.
cover-email = Email: { $email }
