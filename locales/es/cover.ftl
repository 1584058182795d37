### Aviso de portada (SOPM L153): acompaña a un documento en inglés. Mismos mensajes que locales/en/cover.ftl.

cover-title = Importante: un documento sobre la educación de su hijo
cover-important = El documento adjunto a este aviso trata sobre la educación de su hijo. Es un documento importante y debe traducirse.
cover-why-english = Está escrito en inglés porque los documentos aún no se traducen al { $language }.
cover-student = El documento se refiere a { $student }.
cover-contact = Si tiene preguntas o necesita ayuda para que se traduzca este documento, comuníquese con { $contact }.
cover-phone = Teléfono: { $phone }
cover-email = Correo electrónico: { $email }
