# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = decodificará palabras polisílabas usando los tipos de sílabas
goal-read-decode-multisyllabic-condition = Con una lista de 20 palabras polisílabas desconocidas del nivel de su grado
goal-read-decode-multisyllabic-criterion = con un 80% de precisión en 4 de 5 intentos
goal-read-decode-multisyllabic-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-read-decode-multisyllabic-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-read-fluency-wcpm-skill = leerá en voz alta un pasaje del nivel de su grado a 110 palabras correctas por minuto
goal-read-fluency-wcpm-condition = Con un pasaje del nivel de su grado que no haya practicado
goal-read-fluency-wcpm-criterion = en 3 pruebas breves semanales consecutivas

goal-read-main-idea-skill = indicará la idea principal y dos detalles que la apoyan
goal-read-main-idea-condition = Con un texto informativo del nivel de su grado y un organizador gráfico
goal-read-main-idea-criterion = con un 80% de precisión en 4 de 5 intentos
goal-read-main-idea-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-read-main-idea-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-read-inference-skill = hará una inferencia y citará un dato del texto que la respalde
goal-read-inference-condition = Después de leer un pasaje literario del nivel de su grado
goal-read-inference-criterion = con un 75% de precisión en 4 de 5 intentos
goal-read-inference-benchmark-1 = Para el primer informe de progreso: con un 55% de precisión en 4 de 5 intentos
goal-read-inference-benchmark-2 = Para el segundo informe de progreso: con un 65% de precisión en 4 de 5 intentos

goal-read-sight-words-skill = leerá palabras de uso frecuente de forma automática (en 3 segundos o menos cada una)
goal-read-sight-words-condition = Con una lista de 50 palabras de uso frecuente del nivel de su grado
goal-read-sight-words-criterion = leyendo correctamente 45 de 50 palabras en 3 pruebas breves consecutivas

goal-read-phonemic-blend-skill = combinará y segmentará los sonidos de palabras habladas de 3 a 4 fonemas
goal-read-phonemic-blend-condition = Con palabras presentadas oralmente
goal-read-phonemic-blend-criterion = con un 90% de precisión en 3 sesiones consecutivas
goal-read-phonemic-blend-benchmark-1 = Para el primer informe de progreso: con un 70% de precisión en 3 sesiones consecutivas
goal-read-phonemic-blend-benchmark-2 = Para el segundo informe de progreso: con un 80% de precisión en 3 sesiones consecutivas

goal-read-summarize-skill = escribirá un resumen de un texto del nivel de su grado que incluya los sucesos principales en orden
goal-read-summarize-condition = Después de leer un pasaje del nivel de su grado de forma independiente
goal-read-summarize-criterion = obteniendo 3 de 4 en una rúbrica de resumen en 4 de 5 intentos

goal-read-vocabulary-context-skill = determinará el significado de palabras desconocidas usando pistas del contexto
goal-read-vocabulary-context-condition = Con un pasaje del nivel de su grado que tenga 5 palabras desconocidas subrayadas
goal-read-vocabulary-context-criterion = con un 80% de precisión en 4 de 5 intentos
goal-read-vocabulary-context-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-read-vocabulary-context-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-read-text-structure-skill = identificará la estructura del texto (secuencia, comparación y contraste, causa y efecto, problema y solución)
goal-read-text-structure-condition = Con pasajes informativos cortos
goal-read-text-structure-criterion = con un 80% de precisión en 4 de 5 intentos
goal-read-text-structure-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-read-text-structure-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-read-answer-wh-skill = responderá preguntas de quién, qué, dónde, cuándo y por qué sobre un pasaje
goal-read-answer-wh-condition = Después de escuchar o leer un pasaje de su nivel de instrucción
goal-read-answer-wh-criterion = con un 80% de precisión en 4 de 5 intentos
goal-read-answer-wh-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-read-answer-wh-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-read-retell-skill = volverá a contar un cuento incluyendo los personajes, el escenario, el problema y la solución
goal-read-retell-condition = Después de leer un cuento de su nivel de instrucción
goal-read-retell-criterion = incluyendo 4 de 4 elementos del cuento en 4 de 5 relatos

goal-read-comprehension-monitor-skill = usará una estrategia de corrección (volver a leer, seguir leyendo, hacerse una pregunta) cuando no entienda lo que lee
goal-read-comprehension-monitor-condition = Mientras lee un texto del nivel de su grado
goal-read-comprehension-monitor-criterion = en 4 de 5 oportunidades observadas

goal-read-compare-texts-skill = comparará y contrastará dos textos sobre el mismo tema usando un diagrama de Venn
goal-read-compare-texts-condition = Con dos textos del nivel de su grado sobre el mismo tema
goal-read-compare-texts-criterion = enumerando 3 semejanzas y 3 diferencias en 4 de 5 intentos

goal-read-reading-level-skill = leerá textos de su nivel de instrucción con un 95% de precisión en las palabras y responderá preguntas de comprensión
goal-read-reading-level-condition = Con textos clasificados por niveles
goal-read-reading-level-criterion = avanzando 2 niveles de lectura según los registros de lectura

goal-read-functional-signs-skill = leerá letreros y etiquetas de uso cotidiano en la comunidad
goal-read-functional-signs-condition = Con 20 fotografías de letreros de la comunidad y etiquetas de productos
goal-read-functional-signs-criterion = leyendo correctamente 18 de 20 en 3 sesiones consecutivas

goal-read-author-purpose-skill = identificará el propósito y el punto de vista del autor
goal-read-author-purpose-condition = Con un texto informativo o persuasivo del nivel de su grado
goal-read-author-purpose-criterion = con un 80% de precisión en 4 de 5 intentos
goal-read-author-purpose-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-read-author-purpose-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

## writing

goal-writ-paragraph-skill = escribirá un párrafo con una oración temática, tres detalles de apoyo y una oración de conclusión
goal-writ-paragraph-condition = Con un tema de escritura y un organizador para planificar el párrafo
goal-writ-paragraph-criterion = obteniendo 3 de 4 en una rúbrica de párrafos en 4 de 5 muestras

goal-writ-argument-essay-skill = escribirá un ensayo argumentativo con una afirmación, dos razones con evidencia y una conclusión
goal-writ-argument-essay-condition = Con un tema de escritura y una lista de verificación para planificar
goal-writ-argument-essay-criterion = obteniendo 3 de 4 en una rúbrica en 3 ensayos consecutivos

goal-writ-capitalization-punctuation-skill = usará correctamente las mayúsculas y la puntuación al final de la oración
goal-writ-capitalization-punctuation-condition = Al escribir cinco o más oraciones de forma independiente
goal-writ-capitalization-punctuation-criterion = con un 90% de precisión en 4 de 5 muestras de escritura
goal-writ-capitalization-punctuation-benchmark-1 = Para el primer informe de progreso: con un 70% de precisión en 4 de 5 muestras de escritura
goal-writ-capitalization-punctuation-benchmark-2 = Para el segundo informe de progreso: con un 80% de precisión en 4 de 5 muestras de escritura

goal-writ-spelling-patterns-skill = escribirá correctamente palabras con los patrones ortográficos enseñados
goal-writ-spelling-patterns-condition = Con una lista dictada de 20 palabras con los patrones enseñados
goal-writ-spelling-patterns-criterion = obteniendo un 85% en 3 pruebas semanales consecutivas
goal-writ-spelling-patterns-benchmark-1 = Para el primer informe de progreso: obteniendo un 65% en 3 pruebas semanales consecutivas
goal-writ-spelling-patterns-benchmark-2 = Para el segundo informe de progreso: obteniendo un 75% en 3 pruebas semanales consecutivas

goal-writ-sentence-complete-skill = escribirá oraciones completas con sujeto y predicado
goal-writ-sentence-complete-condition = Con una imagen o un tema como punto de partida
goal-writ-sentence-complete-criterion = con un 80% de precisión en 4 de 5 intentos
goal-writ-sentence-complete-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-writ-sentence-complete-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-writ-narrative-skill = escribirá una narración con principio, desarrollo y final usando palabras de transición
goal-writ-narrative-condition = Con un tema para una narración personal y un mapa del cuento
goal-writ-narrative-criterion = obteniendo 3 de 4 en una rúbrica de narración en 3 de 4 muestras

goal-writ-edit-checklist-skill = corregirá la ortografía, las mayúsculas y la puntuación de un borrador usando una lista de verificación
goal-writ-edit-checklist-condition = Con un primer borrador escrito por el propio estudiante
goal-writ-edit-checklist-criterion = corrigiendo 4 de 5 errores en 4 de 5 borradores

goal-writ-transitions-skill = usará al menos tres palabras de transición diferentes para conectar ideas
goal-writ-transitions-condition = Al escribir una respuesta de varios párrafos
goal-writ-transitions-criterion = en 4 de 5 muestras de escritura

goal-writ-research-notes-skill = tomará apuntes de dos fuentes y citará cada fuente
goal-writ-research-notes-condition = Con una pregunta de investigación y dos fuentes del nivel de su grado
goal-writ-research-notes-criterion = anotando 5 datos pertinentes con sus fuentes en 4 de 5 intentos

goal-writ-typing-skill = escribirá en el teclado a 20 palabras por minuto con un 90% de precisión
goal-writ-typing-condition = Usando un teclado y un programa de mecanografía
goal-writ-typing-criterion = en 3 pruebas cronometradas consecutivas

goal-writ-dictation-tool-skill = usará un programa de voz a texto para redactar un párrafo y luego revisarlo
goal-writ-dictation-tool-condition = Con una tarea de escritura y un programa de voz a texto
goal-writ-dictation-tool-criterion = produciendo un párrafo de 5 oraciones en 4 de 5 intentos

goal-writ-functional-forms-skill = completará un formulario de datos personales (nombre, dirección, teléfono, fecha de nacimiento, contacto de emergencia)
goal-writ-functional-forms-condition = Con una solicitud de empleo o un formulario de la escuela
goal-writ-functional-forms-criterion = completando correctamente 5 de 5 campos en 3 intentos consecutivos

goal-writ-constructed-response-skill = responderá una pregunta basada en un texto usando la estrategia RACE (reformular la pregunta, responder, citar el texto, explicar)
goal-writ-constructed-response-condition = Con un pasaje y una pregunta del nivel de su grado
goal-writ-constructed-response-criterion = incluyendo 4 de 4 partes en 4 de 5 respuestas

goal-writ-handwriting-legible-skill = escribirá de forma legible en papel rayado, con el tamaño y el espaciado correctos de las letras
goal-writ-handwriting-legible-condition = Al copiar un pasaje de 3 oraciones
goal-writ-handwriting-legible-criterion = con un 80% de precisión en 4 de 5 intentos
goal-writ-handwriting-legible-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-writ-handwriting-legible-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-writ-expand-sentences-skill = ampliará oraciones simples agregando detalles de quién, qué, cuándo, dónde y por qué
goal-writ-expand-sentences-condition = Con una oración simple
goal-writ-expand-sentences-criterion = agregando 2 detalles en 4 de 5 intentos

goal-writ-informational-essay-skill = escribirá un ensayo informativo con una introducción, dos párrafos de desarrollo con datos y una conclusión
goal-writ-informational-essay-condition = Con un tema, fuentes y un organizador gráfico
goal-writ-informational-essay-criterion = obteniendo 3 de 4 en una rúbrica en 3 de 4 ensayos

## math

goal-math-addition-regroup-skill = sumará números de dos y tres dígitos con reagrupación
goal-math-addition-regroup-condition = Con 10 problemas de suma
goal-math-addition-regroup-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-addition-regroup-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-addition-regroup-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-subtraction-regroup-skill = restará números de dos y tres dígitos con reagrupación
goal-math-subtraction-regroup-condition = Con 10 problemas de resta
goal-math-subtraction-regroup-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-subtraction-regroup-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-subtraction-regroup-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-multiplication-facts-skill = recordará las tablas de multiplicar del 0 al 10
goal-math-multiplication-facts-condition = Con una prueba breve cronometrada de 2 minutos de 50 multiplicaciones
goal-math-multiplication-facts-criterion = respondiendo correctamente 40 de 50 en 3 pruebas breves consecutivas

goal-math-word-problems-skill = resolverá problemas verbales de uno y dos pasos identificando la operación y mostrando el procedimiento
goal-math-word-problems-condition = Con 5 problemas verbales del nivel de su grado, leídos en voz alta cuando sea necesario
goal-math-word-problems-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-word-problems-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-word-problems-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-fractions-compare-skill = comparará fracciones de distinto denominador usando modelos o denominadores comunes
goal-math-fractions-compare-condition = Con 10 pares de fracciones
goal-math-fractions-compare-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-fractions-compare-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-fractions-compare-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-linear-equations-skill = resolverá ecuaciones lineales de varios pasos con una variable
goal-math-linear-equations-condition = Con 10 ecuaciones y una lista de verificación de los pasos
goal-math-linear-equations-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-linear-equations-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-linear-equations-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-money-count-skill = contará combinaciones de monedas y billetes hasta $20.00
goal-math-money-count-condition = Con un conjunto de monedas y billetes
goal-math-money-count-criterion = con un 90% de precisión en 3 sesiones consecutivas
goal-math-money-count-benchmark-1 = Para el primer informe de progreso: con un 70% de precisión en 3 sesiones consecutivas
goal-math-money-count-benchmark-2 = Para el segundo informe de progreso: con un 80% de precisión en 3 sesiones consecutivas

goal-math-make-change-skill = calculará el cambio que corresponde en una compra de hasta $20.00
goal-math-make-change-condition = Con una etiqueta de precio y una cantidad pagada
goal-math-make-change-criterion = en 8 de 10 intentos a lo largo de 3 sesiones

goal-math-time-tell-skill = dirá la hora en un reloj analógico, redondeando a los cinco minutos más cercanos
goal-math-time-tell-condition = Con 10 esferas de reloj
goal-math-time-tell-criterion = con un 90% de precisión en 3 sesiones consecutivas
goal-math-time-tell-benchmark-1 = Para el primer informe de progreso: con un 70% de precisión en 3 sesiones consecutivas
goal-math-time-tell-benchmark-2 = Para el segundo informe de progreso: con un 80% de precisión en 3 sesiones consecutivas

goal-math-place-value-skill = identificará el valor de cada dígito en números hasta 1,000
goal-math-place-value-condition = Con 10 números de tres dígitos
goal-math-place-value-criterion = con un 85% de precisión en 4 de 5 intentos
goal-math-place-value-benchmark-1 = Para el primer informe de progreso: con un 65% de precisión en 4 de 5 intentos
goal-math-place-value-benchmark-2 = Para el segundo informe de progreso: con un 75% de precisión en 4 de 5 intentos

goal-math-measurement-skill = medirá objetos redondeando al cuarto de pulgada y al centímetro más cercanos
goal-math-measurement-condition = Con una regla y 10 objetos
goal-math-measurement-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-measurement-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-measurement-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-graphs-skill = leerá e interpretará gráficas de barras y gráficas lineales para responder preguntas
goal-math-graphs-condition = Con una gráfica y 5 preguntas
goal-math-graphs-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-graphs-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-graphs-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-ratios-skill = resolverá problemas de razones y tasas usando tablas o diagramas de cinta
goal-math-ratios-condition = Con 5 problemas de razones de la vida real
goal-math-ratios-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-ratios-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-ratios-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-calculator-use-skill = usará una calculadora para resolver problemas de varios pasos y comprobará si la respuesta es razonable
goal-math-calculator-use-condition = Con 10 problemas y una calculadora
goal-math-calculator-use-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-calculator-use-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-calculator-use-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-math-budget-skill = preparará un presupuesto semanal con los ingresos y los gastos y calculará el saldo
goal-math-budget-condition = Con un talón de pago y una lista de gastos
goal-math-budget-criterion = con 1 error como máximo en 3 de 4 intentos

goal-math-number-line-skill = ubicará y ordenará números enteros y decimales en una recta numérica
goal-math-number-line-condition = Con 10 números y una recta numérica
goal-math-number-line-criterion = con un 80% de precisión en 4 de 5 intentos
goal-math-number-line-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-math-number-line-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

## speech_language

goal-spl-articulation-r-skill = producirá correctamente el sonido /r/ en palabras y oraciones
goal-spl-articulation-r-condition = Durante actividades estructuradas de habla
goal-spl-articulation-r-criterion = con un 80% de precisión en 3 sesiones consecutivas
goal-spl-articulation-r-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 3 sesiones consecutivas
goal-spl-articulation-r-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 3 sesiones consecutivas

goal-spl-articulation-s-skill = producirá correctamente los sonidos /s/ y /z/ en la conversación
goal-spl-articulation-s-condition = Durante una conversación de 5 minutos con el proveedor
goal-spl-articulation-s-criterion = con un 80% de precisión en 3 sesiones consecutivas
goal-spl-articulation-s-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 3 sesiones consecutivas
goal-spl-articulation-s-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 3 sesiones consecutivas

goal-spl-following-directions-skill = seguirá instrucciones de dos pasos que incluyan conceptos básicos (antes, después, primero, último)
goal-spl-following-directions-condition = Con instrucciones orales sin apoyos visuales
goal-spl-following-directions-criterion = con un 80% de precisión en 4 de 5 intentos
goal-spl-following-directions-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-spl-following-directions-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-spl-vocabulary-categories-skill = nombrará al menos 5 elementos de una categoría y explicará qué relación tienen entre sí
goal-spl-vocabulary-categories-condition = Con el nombre de una categoría
goal-spl-vocabulary-categories-criterion = en 4 de 5 intentos

goal-spl-wh-questions-skill = responderá preguntas de quién, qué, dónde, cuándo y por qué sobre un cuento corto
goal-spl-wh-questions-condition = Después de escuchar un cuento corto leído en voz alta
goal-spl-wh-questions-criterion = con un 80% de precisión en 4 de 5 intentos
goal-spl-wh-questions-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-spl-wh-questions-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-spl-sentence-length-skill = usará oraciones completas de 6 o más palabras con la gramática correcta
goal-spl-sentence-length-condition = Al describir una imagen o un suceso
goal-spl-sentence-length-criterion = con un 80% de precisión en 4 de 5 intentos
goal-spl-sentence-length-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-spl-sentence-length-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-spl-narrative-retell-skill = contará en orden un suceso personal usando palabras de tiempo (primero, luego, después, por último)
goal-spl-narrative-retell-condition = Cuando se le pregunte sobre un suceso reciente
goal-spl-narrative-retell-criterion = incluyendo 4 sucesos en orden en 4 de 5 intentos

goal-spl-conversation-turns-skill = mantendrá un tema durante 4 turnos de conversación
goal-spl-conversation-turns-condition = Durante una conversación con un compañero
goal-spl-conversation-turns-criterion = en 4 de 5 oportunidades observadas

goal-spl-fluency-strategy-skill = usará una estrategia de fluidez (inicio suave, velocidad lenta) para hablar con fluidez
goal-spl-fluency-strategy-condition = Durante una conversación estructurada
goal-spl-fluency-strategy-criterion = con un 90% de sílabas fluidas durante 3 sesiones consecutivas
goal-spl-fluency-strategy-benchmark-1 = Para el primer informe de progreso: con un 70% de sílabas fluidas durante 3 sesiones consecutivas
goal-spl-fluency-strategy-benchmark-2 = Para el segundo informe de progreso: con un 80% de sílabas fluidas durante 3 sesiones consecutivas

goal-spl-aac-requests-skill = usará un dispositivo de comunicación aumentativa para hacer pedidos y comentarios
goal-spl-aac-requests-condition = Durante las rutinas del aula
goal-spl-aac-requests-criterion = 10 veces en un período de 30 minutos durante 3 días consecutivos

goal-spl-figurative-language-skill = explicará el significado de modismos y expresiones figuradas
goal-spl-figurative-language-condition = Con 10 modismos dentro de oraciones
goal-spl-figurative-language-criterion = con un 80% de precisión en 4 de 5 intentos
goal-spl-figurative-language-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-spl-figurative-language-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-spl-clarification-skill = pedirá una aclaración cuando no entienda una instrucción o un mensaje
goal-spl-clarification-condition = Durante la instrucción en clase
goal-spl-clarification-criterion = en 4 de 5 oportunidades observadas

goal-spl-describe-attributes-skill = describirá un objeto usando 3 atributos (tamaño, color, función, partes)
goal-spl-describe-attributes-condition = Con una imagen o un objeto real
goal-spl-describe-attributes-criterion = en 4 de 5 intentos

goal-spl-pronouns-skill = usará correctamente los pronombres de sujeto y de objeto en oraciones
goal-spl-pronouns-condition = Durante actividades estructuradas de lenguaje
goal-spl-pronouns-criterion = con un 80% de precisión en 4 de 5 intentos
goal-spl-pronouns-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-spl-pronouns-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-spl-voice-volume-skill = usará un volumen de voz adecuado al lugar
goal-spl-voice-volume-condition = Durante las rutinas del aula y de los pasillos
goal-spl-voice-volume-criterion = en 4 de 5 oportunidades observadas

goal-spl-self-advocacy-speech-skill = explicará a un adulto nuevo sus necesidades de comunicación y los apoyos que recibe
goal-spl-self-advocacy-speech-condition = En un juego de roles o en una reunión real
goal-spl-self-advocacy-speech-criterion = nombrando 2 necesidades y 2 apoyos en 3 de 4 intentos

## social_emotional

goal-soc-identify-feelings-skill = identificará sus sentimientos y calificará su intensidad usando una escala de sentimientos
goal-soc-identify-feelings-condition = En momentos de malestar durante la jornada escolar
goal-soc-identify-feelings-criterion = en 4 de 5 oportunidades observadas

goal-soc-coping-strategy-skill = usará una estrategia para calmarse (respiración profunda, tarjeta de descanso, contar)
goal-soc-coping-strategy-condition = Cuando sienta frustración o ansiedad
goal-soc-coping-strategy-criterion = en 4 de 5 oportunidades observadas

goal-soc-peer-initiation-skill = iniciará una interacción con un compañero
goal-soc-peer-initiation-condition = Durante los momentos no estructurados (almuerzo, recreo)
goal-soc-peer-initiation-criterion = 3 veces por día en 4 de 5 días

goal-soc-perspective-taking-skill = dirá cómo podría sentirse otra persona en una situación determinada y por qué
goal-soc-perspective-taking-condition = Con situaciones sociales de ejemplo
goal-soc-perspective-taking-criterion = con un 80% de precisión en 4 de 5 intentos
goal-soc-perspective-taking-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-soc-perspective-taking-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-soc-conflict-resolution-skill = usará un plan de resolución de problemas de 4 pasos para resolver un conflicto con un compañero
goal-soc-conflict-resolution-condition = Durante conflictos con compañeros
goal-soc-conflict-resolution-criterion = en 3 de 4 oportunidades observadas

goal-soc-accept-feedback-skill = aceptará las correcciones de un adulto sin discutir
goal-soc-accept-feedback-condition = Cuando se le haga una corrección
goal-soc-accept-feedback-criterion = en el 80% de las oportunidades durante 4 semanas consecutivas
goal-soc-accept-feedback-benchmark-1 = Para el primer informe de progreso: en el 60% de las oportunidades durante 4 semanas consecutivas
goal-soc-accept-feedback-benchmark-2 = Para el segundo informe de progreso: en el 70% de las oportunidades durante 4 semanas consecutivas

goal-soc-group-work-skill = participará en una actividad en grupo pequeño aportando ideas y respetando los turnos
goal-soc-group-work-condition = Durante actividades de aprendizaje cooperativo
goal-soc-group-work-criterion = en 4 de 5 sesiones observadas

goal-soc-self-advocacy-skill = pedirá ayuda o adaptaciones a un maestro con una expresión adecuada
goal-soc-self-advocacy-condition = Ante una tarea difícil
goal-soc-self-advocacy-criterion = en 4 de 5 oportunidades observadas

goal-soc-positive-self-talk-skill = cambiará un comentario negativo sobre su persona por uno positivo
goal-soc-positive-self-talk-condition = Cuando el consejero se lo indique durante una sesión
goal-soc-positive-self-talk-criterion = en 4 de 5 intentos

goal-soc-friendship-skills-skill = nombrará 3 cualidades de un buen amigo y describirá una ocasión en que demostró una de ellas
goal-soc-friendship-skills-condition = Durante las sesiones de consejería
goal-soc-friendship-skills-criterion = en 3 de 4 sesiones

goal-soc-anxiety-plan-skill = seguirá un plan escrito para manejar la ansiedad antes de exámenes y presentaciones
goal-soc-anxiety-plan-condition = Antes de un examen o una presentación
goal-soc-anxiety-plan-criterion = en 4 de 5 oportunidades

goal-soc-social-cues-skill = identificará señales no verbales (expresión facial, tono, lenguaje corporal) en videos cortos
goal-soc-social-cues-condition = Con videos cortos
goal-soc-social-cues-criterion = con un 80% de precisión en 4 de 5 intentos
goal-soc-social-cues-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-soc-social-cues-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-soc-joining-games-skill = pedirá unirse a un juego o una actividad con una frase adecuada
goal-soc-joining-games-condition = Durante el recreo o el tiempo libre
goal-soc-joining-games-criterion = en 4 de 5 oportunidades observadas

goal-soc-goal-setting-skill = se fijará una meta personal cada semana y evaluará si la cumplió
goal-soc-goal-setting-condition = Durante las reuniones semanales de seguimiento con el consejero
goal-soc-goal-setting-criterion = durante 8 de 10 semanas consecutivas

goal-soc-attendance-skill = llegará a la escuela a tiempo
goal-soc-attendance-condition = En cada período de calificaciones
goal-soc-attendance-criterion = en el 90% de los días escolares
goal-soc-attendance-benchmark-1 = Para el primer informe de progreso: en el 70% de los días escolares
goal-soc-attendance-benchmark-2 = Para el segundo informe de progreso: en el 80% de los días escolares

goal-soc-responsibility-skill = asumirá la responsabilidad de sus actos describiendo lo que pasó y lo que debe hacer a continuación
goal-soc-responsibility-condition = Después de un incidente
goal-soc-responsibility-criterion = en 3 de 4 oportunidades

## behavior

goal-beh-on-task-skill = mantendrá la atención en la tarea durante el trabajo independiente
goal-beh-on-task-condition = Durante períodos de trabajo independiente de 20 minutos
goal-beh-on-task-criterion = en el 80% de los intervalos durante 4 semanas consecutivas
goal-beh-on-task-benchmark-1 = Para el primer informe de progreso: en el 60% de los intervalos durante 4 semanas consecutivas
goal-beh-on-task-benchmark-2 = Para el segundo informe de progreso: en el 70% de los intervalos durante 4 semanas consecutivas

goal-beh-follow-directions-skill = seguirá las instrucciones del maestro en un plazo de 30 segundos desde la primera indicación
goal-beh-follow-directions-condition = Durante la instrucción en clase
goal-beh-follow-directions-criterion = en el 80% de las oportunidades durante 4 semanas consecutivas
goal-beh-follow-directions-benchmark-1 = Para el primer informe de progreso: en el 60% de las oportunidades durante 4 semanas consecutivas
goal-beh-follow-directions-benchmark-2 = Para el segundo informe de progreso: en el 70% de las oportunidades durante 4 semanas consecutivas

goal-beh-break-card-skill = usará una tarjeta de descanso para pedir un descanso en lugar de abandonar el lugar
goal-beh-break-card-condition = Cuando sienta frustración
goal-beh-break-card-criterion = en el 90% de las oportunidades durante 4 semanas consecutivas
goal-beh-break-card-benchmark-1 = Para el primer informe de progreso: en el 70% de las oportunidades durante 4 semanas consecutivas
goal-beh-break-card-benchmark-2 = Para el segundo informe de progreso: en el 80% de las oportunidades durante 4 semanas consecutivas

goal-beh-hands-to-self-skill = mantendrá las manos y los pies quietos, sin tocar a los demás
goal-beh-hands-to-self-condition = Durante las transiciones y los momentos no estructurados
goal-beh-hands-to-self-criterion = en el 90% de los intervalos durante 4 semanas consecutivas
goal-beh-hands-to-self-benchmark-1 = Para el primer informe de progreso: en el 70% de los intervalos durante 4 semanas consecutivas
goal-beh-hands-to-self-benchmark-2 = Para el segundo informe de progreso: en el 80% de los intervalos durante 4 semanas consecutivas

goal-beh-raise-hand-skill = levantará la mano y esperará a que le den la palabra antes de hablar
goal-beh-raise-hand-condition = Durante la instrucción a toda la clase
goal-beh-raise-hand-criterion = en el 80% de las oportunidades durante 4 semanas consecutivas
goal-beh-raise-hand-benchmark-1 = Para el primer informe de progreso: en el 60% de las oportunidades durante 4 semanas consecutivas
goal-beh-raise-hand-benchmark-2 = Para el segundo informe de progreso: en el 70% de las oportunidades durante 4 semanas consecutivas

goal-beh-transitions-skill = pasará de una actividad a otra en un máximo de 2 minutos
goal-beh-transitions-condition = Con un aviso 2 minutos antes y un horario visual
goal-beh-transitions-criterion = en 8 de 10 transiciones por día en 4 de 5 días

goal-beh-work-completion-skill = completará y entregará las tareas de clase
goal-beh-work-completion-condition = Con una lista de verificación del trabajo asignado
goal-beh-work-completion-criterion = en el 80% de las tareas durante un período de calificaciones
goal-beh-work-completion-benchmark-1 = Para el primer informe de progreso: en el 60% de las tareas durante un período de calificaciones
goal-beh-work-completion-benchmark-2 = Para el segundo informe de progreso: en el 70% de las tareas durante un período de calificaciones

goal-beh-respectful-language-skill = usará un lenguaje respetuoso con los compañeros y los adultos
goal-beh-respectful-language-condition = Durante toda la jornada escolar
goal-beh-respectful-language-criterion = con 1 incidente por semana como máximo durante 4 semanas consecutivas

goal-beh-self-monitoring-skill = calificará su propia conducta en una hoja de puntos y su calificación coincidirá con la del maestro
goal-beh-self-monitoring-condition = Al final de cada período de clase
goal-beh-self-monitoring-criterion = en el 80% de los períodos durante 4 semanas consecutivas
goal-beh-self-monitoring-benchmark-1 = Para el primer informe de progreso: en el 60% de los períodos durante 4 semanas consecutivas
goal-beh-self-monitoring-benchmark-2 = Para el segundo informe de progreso: en el 70% de los períodos durante 4 semanas consecutivas

goal-beh-wait-turn-skill = esperará su turno sin interrumpir
goal-beh-wait-turn-condition = Durante actividades en grupos pequeños
goal-beh-wait-turn-criterion = en 4 de 5 oportunidades observadas

goal-beh-seat-remain-skill = permanecerá en el área asignada
goal-beh-seat-remain-condition = Durante períodos de instrucción de 30 minutos
goal-beh-seat-remain-criterion = en el 90% de los intervalos durante 4 semanas consecutivas
goal-beh-seat-remain-benchmark-1 = Para el primer informe de progreso: en el 70% de los intervalos durante 4 semanas consecutivas
goal-beh-seat-remain-benchmark-2 = Para el segundo informe de progreso: en el 80% de los intervalos durante 4 semanas consecutivas

goal-beh-materials-ready-skill = traerá a clase los materiales necesarios (libro, cuaderno, lápiz)
goal-beh-materials-ready-condition = Al comienzo de cada clase
goal-beh-materials-ready-criterion = en el 85% de los períodos de clase durante 4 semanas consecutivas
goal-beh-materials-ready-benchmark-1 = Para el primer informe de progreso: en el 65% de los períodos de clase durante 4 semanas consecutivas
goal-beh-materials-ready-benchmark-2 = Para el segundo informe de progreso: en el 75% de los períodos de clase durante 4 semanas consecutivas

goal-beh-aggression-replace-skill = usará una conducta alternativa (alejarse, acudir a un adulto) en lugar de la agresión física
goal-beh-aggression-replace-condition = Durante conflictos con compañeros
goal-beh-aggression-replace-criterion = con 0 incidentes de agresión física durante 6 semanas consecutivas

goal-beh-task-initiation-skill = comenzará una tarea asignada en un máximo de 2 minutos
goal-beh-task-initiation-condition = Después de recibir las instrucciones
goal-beh-task-initiation-criterion = en el 80% de las oportunidades durante 4 semanas consecutivas
goal-beh-task-initiation-benchmark-1 = Para el primer informe de progreso: en el 60% de las oportunidades durante 4 semanas consecutivas
goal-beh-task-initiation-benchmark-2 = Para el segundo informe de progreso: en el 70% de las oportunidades durante 4 semanas consecutivas

goal-beh-cell-phone-skill = mantendrá guardado su teléfono personal durante la clase
goal-beh-cell-phone-condition = Durante los períodos de instrucción
goal-beh-cell-phone-criterion = en el 90% de los períodos durante 4 semanas consecutivas
goal-beh-cell-phone-benchmark-1 = Para el primer informe de progreso: en el 70% de los períodos durante 4 semanas consecutivas
goal-beh-cell-phone-benchmark-2 = Para el segundo informe de progreso: en el 80% de los períodos durante 4 semanas consecutivas

goal-beh-calm-down-return-skill = volverá a la actividad en un máximo de 5 minutos después de un descanso
goal-beh-calm-down-return-condition = Después de un descanso pedido u ofrecido
goal-beh-calm-down-return-criterion = en el 80% de los descansos durante 4 semanas consecutivas
goal-beh-calm-down-return-benchmark-1 = Para el primer informe de progreso: en el 60% de los descansos durante 4 semanas consecutivas
goal-beh-calm-down-return-benchmark-2 = Para el segundo informe de progreso: en el 70% de los descansos durante 4 semanas consecutivas

## fine_motor

goal-fm-pencil-grasp-skill = usará un agarre funcional en trípode al escribir
goal-fm-pencil-grasp-condition = Durante las tareas de escritura, con un agarrador de lápiz si es necesario
goal-fm-pencil-grasp-criterion = con un 80% de precisión en las tareas de escritura observadas durante 3 sesiones consecutivas
goal-fm-pencil-grasp-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en las tareas de escritura observadas durante 3 sesiones consecutivas
goal-fm-pencil-grasp-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en las tareas de escritura observadas durante 3 sesiones consecutivas

goal-fm-scissors-skill = recortará siguiendo una línea curva sin apartarse más de 1/4 de pulgada
goal-fm-scissors-condition = Con tijeras y una hoja de trabajo
goal-fm-scissors-criterion = en 4 de 5 intentos

goal-fm-letter-formation-skill = formará correctamente de memoria las letras mayúsculas y minúsculas
goal-fm-letter-formation-condition = Al escribir el abecedario
goal-fm-letter-formation-criterion = con un 90% de precisión en 3 sesiones consecutivas
goal-fm-letter-formation-benchmark-1 = Para el primer informe de progreso: con un 70% de precisión en 3 sesiones consecutivas
goal-fm-letter-formation-benchmark-2 = Para el segundo informe de progreso: con un 80% de precisión en 3 sesiones consecutivas

goal-fm-buttons-zippers-skill = abrochará los botones y cerrará los cierres de su propia ropa
goal-fm-buttons-zippers-condition = Durante las rutinas de vestirse
goal-fm-buttons-zippers-criterion = de forma independiente en 4 de 5 intentos

goal-fm-copy-board-skill = copiará de forma legible 3 oraciones de la pizarra
goal-fm-copy-board-condition = En un máximo de 5 minutos
goal-fm-copy-board-criterion = en 4 de 5 intentos

goal-fm-keyboard-home-row-skill = escribirá en el teclado con ambas manos usando las teclas de la fila guía
goal-fm-keyboard-home-row-condition = Usando un teclado y un programa de mecanografía
goal-fm-keyboard-home-row-criterion = a 15 palabras por minuto en 3 sesiones consecutivas

goal-fm-in-hand-manipulation-skill = tomará y acomodará objetos pequeños (monedas, clavijas) con una sola mano
goal-fm-in-hand-manipulation-condition = Con 10 objetos pequeños
goal-fm-in-hand-manipulation-criterion = colocando 10 de 10 en menos de 60 segundos en 4 de 5 intentos

goal-fm-spacing-skill = dejará el espacio de un dedo entre las palabras y escribirá sobre la línea
goal-fm-spacing-condition = Al escribir 3 o más oraciones
goal-fm-spacing-criterion = con un 80% de precisión en 4 de 5 muestras
goal-fm-spacing-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 muestras
goal-fm-spacing-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 muestras

goal-fm-open-containers-skill = abrirá los recipientes y los paquetes del almuerzo
goal-fm-open-containers-condition = En el almuerzo
goal-fm-open-containers-criterion = de forma independiente en 4 de 5 oportunidades

goal-fm-tablet-navigation-skill = usará la pantalla táctil de una tableta para abrir, usar y cerrar una aplicación
goal-fm-tablet-navigation-condition = Con una instrucción verbal
goal-fm-tablet-navigation-criterion = de forma independiente en 4 de 5 intentos

goal-fm-shoelaces-skill = se atará los cordones de los zapatos
goal-fm-shoelaces-condition = Durante las rutinas de vestirse
goal-fm-shoelaces-criterion = de forma independiente en 4 de 5 intentos

goal-fm-bilateral-skill = sujetará el papel con una mano mientras escribe o recorta con la otra
goal-fm-bilateral-condition = Durante tareas de mesa
goal-fm-bilateral-criterion = con un 80% de precisión en las tareas observadas durante 3 sesiones
goal-fm-bilateral-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en las tareas observadas durante 3 sesiones
goal-fm-bilateral-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en las tareas observadas durante 3 sesiones

goal-fm-ruler-line-skill = trazará una línea recta entre dos puntos con una regla
goal-fm-ruler-line-condition = Con una regla y 10 pares de puntos
goal-fm-ruler-line-criterion = 8 de 10 líneas con un margen de 1/8 de pulgada en 3 sesiones consecutivas

goal-fm-sizing-letters-skill = escribirá las letras del tamaño correcto dentro de las líneas de escritura
goal-fm-sizing-letters-condition = Al copiar una oración
goal-fm-sizing-letters-criterion = con un 80% de precisión en 4 de 5 intentos
goal-fm-sizing-letters-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en 4 de 5 intentos
goal-fm-sizing-letters-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en 4 de 5 intentos

goal-fm-utensils-skill = usará un tenedor y una cuchara para comer sin derramar
goal-fm-utensils-condition = En el almuerzo
goal-fm-utensils-criterion = en 4 de 5 comidas observadas

goal-fm-organize-binder-skill = colocará los papeles en las secciones correctas de la carpeta usando las argollas y los separadores
goal-fm-organize-binder-condition = Al final de cada clase
goal-fm-organize-binder-criterion = en el 80% de las oportunidades durante 4 semanas
goal-fm-organize-binder-benchmark-1 = Para el primer informe de progreso: en el 60% de las oportunidades durante 4 semanas
goal-fm-organize-binder-benchmark-2 = Para el segundo informe de progreso: en el 70% de las oportunidades durante 4 semanas

## gross_motor

goal-gm-stairs-skill = subirá y bajará un tramo de escaleras alternando los pies y usando el pasamanos
goal-gm-stairs-condition = Durante los desplazamientos dentro de la escuela
goal-gm-stairs-criterion = de forma segura en 4 de 5 intentos

goal-gm-balance-beam-skill = caminará colocando el talón delante de la punta del otro pie a lo largo de una línea de 10 pies sin salirse
goal-gm-balance-beam-condition = En el gimnasio o en la sala de terapia
goal-gm-balance-beam-criterion = en 4 de 5 intentos

goal-gm-ball-catch-skill = atrapará una pelota de patio lanzada desde 10 pies de distancia
goal-gm-ball-catch-condition = Durante la educación física o la terapia
goal-gm-ball-catch-criterion = atrapando 8 de 10 pelotas en 3 sesiones consecutivas

goal-gm-hop-skill = saltará en un pie 10 veces sin perder el equilibrio
goal-gm-hop-condition = En el gimnasio o en la sala de terapia
goal-gm-hop-criterion = con cada pie en 4 de 5 intentos

goal-gm-navigate-school-skill = se desplazará de forma segura por pasillos llenos de gente con su dispositivo de movilidad
goal-gm-navigate-school-condition = Durante los cambios de clase
goal-gm-navigate-school-criterion = sin chocar ni detenerse para pedir ayuda en 4 de 5 intentos

goal-gm-endurance-walk-skill = caminará 500 pies sin descansar
goal-gm-endurance-walk-condition = Durante las salidas escolares o la terapia
goal-gm-endurance-walk-criterion = en 4 de 5 intentos

goal-gm-jump-skill = saltará 24 pulgadas hacia adelante, impulsándose y cayendo con los dos pies
goal-gm-jump-condition = En el gimnasio o en la sala de terapia
goal-gm-jump-criterion = en 4 de 5 intentos

goal-gm-wheelchair-transfer-skill = se pasará de la silla de ruedas a la silla del aula con un adulto cerca, listo para ayudar
goal-gm-wheelchair-transfer-condition = Durante las rutinas de la clase
goal-gm-wheelchair-transfer-criterion = de forma segura en 4 de 5 intentos

goal-gm-kick-ball-skill = pateará una pelota en movimiento hacia un blanco situado a 15 pies de distancia
goal-gm-kick-ball-condition = Durante la educación física
goal-gm-kick-ball-criterion = dando en el blanco 6 de 10 veces en 3 sesiones

goal-gm-playground-equipment-skill = subirá la escalera y usará el tobogán de los juegos del patio
goal-gm-playground-equipment-condition = Durante el recreo
goal-gm-playground-equipment-criterion = de forma independiente y segura en 4 de 5 oportunidades

goal-gm-posture-skill = mantendrá una postura erguida en su asiento frente al pupitre
goal-gm-posture-condition = Durante una lección de 20 minutos
goal-gm-posture-criterion = con un 80% de precisión en los intervalos observados durante 3 sesiones
goal-gm-posture-benchmark-1 = Para el primer informe de progreso: con un 60% de precisión en los intervalos observados durante 3 sesiones
goal-gm-posture-benchmark-2 = Para el segundo informe de progreso: con un 70% de precisión en los intervalos observados durante 3 sesiones

goal-gm-curb-negotiation-skill = subirá y bajará el borde de la acera de forma segura
goal-gm-curb-negotiation-condition = Durante las salidas a la comunidad
goal-gm-curb-negotiation-criterion = en 4 de 5 intentos

goal-gm-skip-skill = avanzará 30 pies dando saltitos alternados con un ritmo fluido
goal-gm-skip-condition = En el gimnasio
goal-gm-skip-criterion = en 4 de 5 intentos

goal-gm-fitness-circuit-skill = completará un circuito de ejercicios de 5 estaciones
goal-gm-fitness-circuit-condition = Durante la educación física adaptada
goal-gm-fitness-circuit-criterion = en 10 minutos o menos en 3 sesiones consecutivas

goal-gm-bus-steps-skill = subirá y bajará los escalones del autobús escolar sujetándose del pasamanos
goal-gm-bus-steps-condition = A la llegada y a la salida
goal-gm-bus-steps-criterion = de forma segura en 4 de 5 oportunidades

goal-gm-throw-overhand-skill = lanzará una pelota por encima del hombro a un compañero situado a 15 pies de distancia
goal-gm-throw-overhand-condition = Durante la educación física
goal-gm-throw-overhand-criterion = haciendo llegar la pelota al compañero 8 de 10 veces en 3 sesiones

## adaptive_daily_living

goal-adl-handwashing-skill = se lavará y secará las manos siguiendo una secuencia de 6 pasos con imágenes
goal-adl-handwashing-condition = Antes del almuerzo y después de ir al baño
goal-adl-handwashing-criterion = completando 6 de 6 pasos de forma independiente en 4 de 5 oportunidades

goal-adl-arrival-routine-skill = completará la rutina de llegada (sacar sus cosas, colgar el abrigo, entregar la carpeta, comenzar el trabajo de la mañana)
goal-adl-arrival-routine-condition = Al llegar a clase
goal-adl-arrival-routine-criterion = con 1 indicación como máximo en 4 de 5 días

goal-adl-visual-schedule-skill = seguirá un horario visual para pasar de una actividad a otra
goal-adl-visual-schedule-condition = Durante toda la jornada escolar
goal-adl-visual-schedule-criterion = en el 80% de las transiciones durante 4 semanas consecutivas
goal-adl-visual-schedule-benchmark-1 = Para el primer informe de progreso: en el 60% de las transiciones durante 4 semanas consecutivas
goal-adl-visual-schedule-benchmark-2 = Para el segundo informe de progreso: en el 70% de las transiciones durante 4 semanas consecutivas

goal-adl-personal-info-skill = dirá o mostrará su nombre completo, su dirección y el número de teléfono de su padre o su madre
goal-adl-personal-info-condition = Cuando se lo pida un adulto conocido
goal-adl-personal-info-criterion = correctamente en 4 de 5 intentos

goal-adl-lunch-routine-skill = recogerá su almuerzo, pagará o ingresará un número de identificación y limpiará la mesa
goal-adl-lunch-routine-condition = En la cafetería
goal-adl-lunch-routine-criterion = de forma independiente en 4 de 5 oportunidades

goal-adl-dressing-skill = se pondrá y se quitará una chaqueta
goal-adl-dressing-condition = A la llegada y a la salida
goal-adl-dressing-criterion = de forma independiente en 4 de 5 oportunidades

goal-adl-toileting-request-skill = comunicará que necesita ir al baño
goal-adl-toileting-request-condition = Durante toda la jornada escolar
goal-adl-toileting-request-criterion = en el 90% de las oportunidades durante 4 semanas consecutivas
goal-adl-toileting-request-benchmark-1 = Para el primer informe de progreso: en el 70% de las oportunidades durante 4 semanas consecutivas
goal-adl-toileting-request-benchmark-2 = Para el segundo informe de progreso: en el 80% de las oportunidades durante 4 semanas consecutivas

goal-adl-safety-signs-skill = identificará las señales de seguridad (salida, pare, peligro, camine) y responderá correctamente a ellas
goal-adl-safety-signs-condition = Durante la instrucción basada en la comunidad
goal-adl-safety-signs-criterion = en 9 de 10 intentos

goal-adl-simple-meal-skill = preparará un refrigerio sencillo siguiendo una receta con imágenes
goal-adl-simple-meal-condition = En la cocina de destrezas para la vida diaria
goal-adl-simple-meal-criterion = completando 8 de 10 pasos de forma independiente en 3 de 4 sesiones

goal-adl-hygiene-skill = completará una rutina de aseo personal (peinarse, revisar su apariencia, usar desodorante)
goal-adl-hygiene-condition = Siguiendo una lista de verificación
goal-adl-hygiene-criterion = de forma independiente en 4 de 5 oportunidades

goal-adl-calendar-use-skill = usará un calendario o una agenda para anotar tareas y citas
goal-adl-calendar-use-condition = Al final de cada clase
goal-adl-calendar-use-criterion = en el 80% de las oportunidades durante 4 semanas
goal-adl-calendar-use-benchmark-1 = Para el primer informe de progreso: en el 60% de las oportunidades durante 4 semanas
goal-adl-calendar-use-benchmark-2 = Para el segundo informe de progreso: en el 70% de las oportunidades durante 4 semanas

goal-adl-shopping-list-skill = encontrará en una tienda 5 artículos de una lista de compras con imágenes
goal-adl-shopping-list-condition = Durante la instrucción basada en la comunidad
goal-adl-shopping-list-criterion = en 15 minutos o menos en 3 de 4 salidas

goal-adl-emergency-help-skill = dirá o demostrará qué hacer en una emergencia (llamar al 911, buscar a alguien que pueda ayudar)
goal-adl-emergency-help-condition = Con situaciones representadas en juegos de roles
goal-adl-emergency-help-criterion = en 4 de 5 situaciones

goal-adl-clean-up-skill = limpiará su área de trabajo y guardará los materiales
goal-adl-clean-up-condition = Al terminar una actividad
goal-adl-clean-up-criterion = con 1 indicación o menos en 4 de 5 oportunidades

goal-adl-medication-routine-skill = le dirá a la enfermera la hora y el nombre de su medicamento
goal-adl-medication-routine-condition = A la hora programada para tomar el medicamento
goal-adl-medication-routine-criterion = en 4 de 5 oportunidades

goal-adl-laundry-skill = separará, lavará y doblará una carga de ropa siguiendo un análisis de tareas (lista de pasos)
goal-adl-laundry-condition = En el salón de destrezas para la vida diaria
goal-adl-laundry-criterion = completando 9 de 10 pasos en 3 de 4 sesiones

## transition

goal-tran-career-interest-skill = completará un inventario de intereses profesionales y nombrará 3 profesiones que correspondan a sus intereses
goal-tran-career-interest-condition = Con un consejero de transición
goal-tran-career-interest-criterion = nombrando 3 profesiones afines, con 1 razón para cada una, antes del final del primer período de calificaciones

goal-tran-job-application-skill = completará una solicitud de empleo con sus datos personales, su historial laboral y sus referencias
goal-tran-job-application-condition = Con una solicitud en papel o en línea
goal-tran-job-application-criterion = completando correctamente todos los campos obligatorios en 3 de 4 intentos

goal-tran-interview-practice-skill = responderá 5 preguntas frecuentes de entrevista con respuestas completas y pertinentes
goal-tran-interview-practice-condition = Durante una entrevista simulada
goal-tran-interview-practice-criterion = en 3 de 4 entrevistas simuladas

goal-tran-resume-skill = preparará un currículum con su educación, sus destrezas y su experiencia laboral o de voluntariado
goal-tran-resume-condition = Usando una plantilla de currículum
goal-tran-resume-criterion = obteniendo 3 de 4 en una rúbrica de currículum para el segundo período de calificaciones

goal-tran-travel-public-skill = viajará en autobús o en metro entre la escuela y un lugar de la comunidad
goal-tran-travel-public-condition = Con apoyo de un adulto que se irá retirando poco a poco
goal-tran-travel-public-criterion = de forma independiente y segura en 4 de 5 trayectos

goal-tran-college-research-skill = investigará 3 programas postsecundarios y comparará los requisitos de admisión, el costo y los apoyos
goal-tran-college-research-condition = Usando los sitios web de las universidades y una tabla comparativa
goal-tran-college-research-criterion = completando la tabla para 3 de 3 programas

goal-tran-work-task-skill = completará una tarea de trabajo asignada siguiendo una lista de verificación
goal-tran-work-task-condition = En un lugar de aprendizaje basado en el trabajo
goal-tran-work-task-criterion = en el 90% de los pasos durante 4 turnos consecutivos
goal-tran-work-task-benchmark-1 = Para el primer informe de progreso: en el 70% de los pasos durante 4 turnos consecutivos
goal-tran-work-task-benchmark-2 = Para el segundo informe de progreso: en el 80% de los pasos durante 4 turnos consecutivos

goal-tran-time-clock-skill = llegará a tiempo y marcará su entrada en un turno de aprendizaje basado en el trabajo
goal-tran-time-clock-condition = En un lugar de aprendizaje basado en el trabajo
goal-tran-time-clock-criterion = en el 90% de los turnos durante un período de calificaciones
goal-tran-time-clock-benchmark-1 = Para el primer informe de progreso: en el 70% de los turnos durante un período de calificaciones
goal-tran-time-clock-benchmark-2 = Para el segundo informe de progreso: en el 80% de los turnos durante un período de calificaciones

goal-tran-self-advocacy-iep-skill = explicará su discapacidad, sus fortalezas, sus necesidades y sus adaptaciones en la reunión del IEP
goal-tran-self-advocacy-iep-condition = Con un guion o unas diapositivas preparados de antemano
goal-tran-self-advocacy-iep-criterion = nombrando 3 fortalezas, 2 necesidades y 2 adaptaciones

goal-tran-money-management-skill = usará una tarjeta de débito o dinero en efectivo para hacer una compra y revisará el recibo
goal-tran-money-management-condition = Durante la instrucción basada en la comunidad
goal-tran-money-management-criterion = correctamente en 4 de 5 salidas

goal-tran-workplace-social-skill = saludará a sus compañeros de trabajo y pedirá ayuda a un supervisor cuando la necesite
goal-tran-workplace-social-condition = En un lugar de aprendizaje basado en el trabajo
goal-tran-workplace-social-criterion = en 4 de 5 turnos observados

goal-tran-credits-tracking-skill = llevará el control de sus créditos y de sus exámenes Regents para obtener un diploma
goal-tran-credits-tracking-condition = Usando con el consejero una hoja de seguimiento para la graduación
goal-tran-credits-tracking-criterion = con un 100% de precisión en cada una de las 3 revisiones de los períodos de calificaciones

goal-tran-agency-contact-skill = llamará a una agencia de servicios para adultos para programar una cita de admisión
goal-tran-agency-contact-condition = Usando un guion telefónico
goal-tran-agency-contact-criterion = indicando su nombre, el motivo de la llamada y su disponibilidad en 3 de 4 juegos de roles y en 1 llamada real

goal-tran-housing-skills-skill = comparará 3 anuncios de apartamentos según el alquiler, la ubicación y el transporte
goal-tran-housing-skills-condition = Con anuncios y una tabla comparativa
goal-tran-housing-skills-criterion = completando la comparación con un 90% de precisión en 3 de 4 intentos

goal-tran-schedule-appointments-skill = usará el calendario del teléfono para programar recordatorios de clases, trabajo y citas
goal-tran-schedule-appointments-condition = Durante una semana escolar
goal-tran-schedule-appointments-criterion = en el 80% de los eventos programados durante 4 semanas
goal-tran-schedule-appointments-benchmark-1 = Para el primer informe de progreso: en el 60% de los eventos programados durante 4 semanas
goal-tran-schedule-appointments-benchmark-2 = Para el segundo informe de progreso: en el 70% de los eventos programados durante 4 semanas

goal-tran-safety-work-skill = seguirá las normas de seguridad en el trabajo (equipo de protección, limpieza, aviso de peligros)
goal-tran-safety-work-condition = En un lugar de aprendizaje basado en el trabajo
goal-tran-safety-work-criterion = cumpliendo 5 de 5 normas en 4 de 5 turnos observados
