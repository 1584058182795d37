# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = décodera des mots polysyllabiques en s'appuyant sur les types de syllabes
goal-read-decode-multisyllabic-condition = À partir d'une liste de 20 mots polysyllabiques inconnus de son niveau scolaire
goal-read-decode-multisyllabic-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-read-decode-multisyllabic-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-read-decode-multisyllabic-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-read-fluency-wcpm-skill = lira à voix haute un texte de son niveau scolaire à raison de 110 mots corrects par minute
goal-read-fluency-wcpm-condition = À partir d'un texte de son niveau scolaire qui n'a pas été travaillé au préalable
goal-read-fluency-wcpm-criterion = lors de 3 évaluations rapides hebdomadaires consécutives

goal-read-main-idea-skill = énoncera l'idée principale et deux détails qui l'appuient
goal-read-main-idea-condition = À partir d'un texte informatif de son niveau scolaire et d'un organisateur graphique
goal-read-main-idea-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-read-main-idea-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-read-main-idea-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-read-inference-skill = fera une inférence et citera un élément du texte qui l'appuie
goal-read-inference-condition = Après la lecture d'un texte littéraire de son niveau scolaire
goal-read-inference-criterion = avec une précision de 75 % lors de 4 essais sur 5
goal-read-inference-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 55 % lors de 4 essais sur 5
goal-read-inference-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 65 % lors de 4 essais sur 5

goal-read-sight-words-skill = lira de façon automatique des mots fréquents (en 3 secondes au plus pour chacun)
goal-read-sight-words-condition = À partir d'une liste de 50 mots fréquents de son niveau scolaire
goal-read-sight-words-criterion = en lisant correctement 45 mots sur 50 lors de 3 évaluations rapides consécutives

goal-read-phonemic-blend-skill = fusionnera et segmentera les sons de mots entendus comportant 3 à 4 phonèmes
goal-read-phonemic-blend-condition = À partir de mots présentés oralement
goal-read-phonemic-blend-criterion = avec une précision de 90 % lors de 3 séances consécutives
goal-read-phonemic-blend-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 70 % lors de 3 séances consécutives
goal-read-phonemic-blend-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 80 % lors de 3 séances consécutives

goal-read-summarize-skill = rédigera le résumé d'un texte de son niveau scolaire en reprenant les principaux événements dans l'ordre
goal-read-summarize-condition = Après la lecture autonome d'un texte de son niveau scolaire
goal-read-summarize-criterion = en obtenant 3 sur 4 à une grille d'évaluation du résumé lors de 4 essais sur 5

goal-read-vocabulary-context-skill = déterminera le sens de mots inconnus à l'aide des indices du contexte
goal-read-vocabulary-context-condition = À partir d'un texte de son niveau scolaire comportant 5 mots inconnus soulignés
goal-read-vocabulary-context-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-read-vocabulary-context-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-read-vocabulary-context-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-read-text-structure-skill = identifiera la structure du texte (chronologie, comparaison et contraste, cause et effet, problème et solution)
goal-read-text-structure-condition = À partir de courts textes informatifs
goal-read-text-structure-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-read-text-structure-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-read-text-structure-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-read-answer-wh-skill = répondra à des questions commençant par qui, quoi, où, quand et pourquoi sur un texte
goal-read-answer-wh-condition = Après avoir écouté ou lu un texte de son niveau d'apprentissage
goal-read-answer-wh-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-read-answer-wh-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-read-answer-wh-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-read-retell-skill = racontera de nouveau une histoire en précisant les personnages, le cadre, le problème et la solution
goal-read-retell-condition = Après la lecture d'une histoire de son niveau d'apprentissage
goal-read-retell-criterion = en incluant 4 éléments de l'histoire sur 4 dans 4 récits sur 5

goal-read-comprehension-monitor-skill = utilisera une stratégie de réparation (relire, lire la suite, se poser une question) lorsque le sens lui échappe
goal-read-comprehension-monitor-condition = Pendant la lecture d'un texte de son niveau scolaire
goal-read-comprehension-monitor-criterion = lors de 4 occasions observées sur 5

goal-read-compare-texts-skill = comparera deux textes sur le même thème en relevant leurs ressemblances et leurs différences à l'aide d'un diagramme de Venn
goal-read-compare-texts-condition = À partir de deux textes de son niveau scolaire sur le même thème
goal-read-compare-texts-criterion = en relevant 3 ressemblances et 3 différences lors de 4 essais sur 5

goal-read-reading-level-skill = lira des textes de son niveau d'apprentissage avec une précision de 95 % des mots et répondra à des questions de compréhension
goal-read-reading-level-condition = À partir de textes classés par niveau
goal-read-reading-level-criterion = en progressant de 2 niveaux de lecture, mesurés par des relevés de lecture (running records)

goal-read-functional-signs-skill = lira des panneaux et des étiquettes de la vie courante
goal-read-functional-signs-condition = À partir de 20 photos de panneaux de la vie courante et d'étiquettes de produits
goal-read-functional-signs-criterion = en lisant correctement 18 sur 20 lors de 3 séances consécutives

goal-read-author-purpose-skill = identifiera l'intention et le point de vue de l'auteur
goal-read-author-purpose-condition = À partir d'un texte informatif ou argumentatif de son niveau scolaire
goal-read-author-purpose-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-read-author-purpose-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-read-author-purpose-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

## writing

goal-writ-paragraph-skill = rédigera un paragraphe comprenant une phrase d'introduction, trois détails à l'appui et une phrase de conclusion
goal-writ-paragraph-condition = À partir d'un sujet de rédaction et d'une fiche de planification du paragraphe
goal-writ-paragraph-criterion = en obtenant 3 sur 4 à une grille d'évaluation du paragraphe dans 4 échantillons sur 5

goal-writ-argument-essay-skill = rédigera un texte argumentatif comprenant une thèse, deux arguments appuyés par des preuves et une conclusion
goal-writ-argument-essay-condition = À partir d'un sujet de rédaction et d'une liste de vérification pour la planification
goal-writ-argument-essay-criterion = en obtenant 3 sur 4 à une grille d'évaluation dans 3 textes consécutifs

goal-writ-capitalization-punctuation-skill = utilisera correctement les majuscules et la ponctuation de fin de phrase
goal-writ-capitalization-punctuation-condition = Lors de la rédaction autonome de cinq phrases ou plus
goal-writ-capitalization-punctuation-criterion = avec une précision de 90 % dans 4 échantillons d'écriture sur 5
goal-writ-capitalization-punctuation-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 70 % dans 4 échantillons d'écriture sur 5
goal-writ-capitalization-punctuation-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 80 % dans 4 échantillons d'écriture sur 5

goal-writ-spelling-patterns-skill = orthographiera correctement des mots comportant les régularités orthographiques enseignées
goal-writ-spelling-patterns-condition = À partir d'une dictée de 20 mots comportant les régularités enseignées
goal-writ-spelling-patterns-criterion = en obtenant 85 % à 3 tests hebdomadaires consécutifs
goal-writ-spelling-patterns-benchmark-1 = D'ici le premier rapport de progrès : en obtenant 65 % à 3 tests hebdomadaires consécutifs
goal-writ-spelling-patterns-benchmark-2 = D'ici le deuxième rapport de progrès : en obtenant 75 % à 3 tests hebdomadaires consécutifs

goal-writ-sentence-complete-skill = écrira des phrases complètes comportant un sujet et un prédicat
goal-writ-sentence-complete-condition = À partir d'une image ou d'un sujet
goal-writ-sentence-complete-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-writ-sentence-complete-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-writ-sentence-complete-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-writ-narrative-skill = rédigera un récit comportant un début, un milieu et une fin, en utilisant des mots de liaison
goal-writ-narrative-condition = À partir d'un sujet de récit personnel et d'une carte du récit
goal-writ-narrative-criterion = en obtenant 3 sur 4 à une grille d'évaluation du récit dans 3 échantillons sur 4

goal-writ-edit-checklist-skill = corrigera l'orthographe, les majuscules et la ponctuation d'un brouillon à l'aide d'une liste de vérification
goal-writ-edit-checklist-condition = À partir d'un premier brouillon de son propre texte
goal-writ-edit-checklist-criterion = en corrigeant 4 erreurs sur 5 dans 4 brouillons sur 5

goal-writ-transitions-skill = utilisera au moins trois mots de liaison différents pour relier les idées
goal-writ-transitions-condition = Lors de la rédaction d'une réponse de plusieurs paragraphes
goal-writ-transitions-criterion = dans 4 échantillons d'écriture sur 5

goal-writ-research-notes-skill = prendra des notes à partir de deux sources et citera chaque source
goal-writ-research-notes-condition = À partir d'une question de recherche et de deux sources de son niveau scolaire
goal-writ-research-notes-criterion = en notant 5 faits pertinents avec leurs sources lors de 4 essais sur 5

goal-writ-typing-skill = tapera au clavier à 20 mots par minute avec une précision de 90 %
goal-writ-typing-condition = Avec un clavier et un logiciel d'apprentissage de la frappe
goal-writ-typing-criterion = lors de 3 tests chronométrés consécutifs

goal-writ-dictation-tool-skill = utilisera un logiciel de dictée vocale pour rédiger un paragraphe, puis le réviser
goal-writ-dictation-tool-condition = À partir d'un devoir d'écriture, avec un logiciel de dictée vocale
goal-writ-dictation-tool-criterion = en produisant un paragraphe de 5 phrases lors de 4 essais sur 5

goal-writ-functional-forms-skill = remplira un formulaire de renseignements personnels (nom, adresse, téléphone, date de naissance, personne à contacter en cas d'urgence)
goal-writ-functional-forms-condition = À partir d'un formulaire de demande d'emploi ou d'inscription scolaire
goal-writ-functional-forms-criterion = en remplissant correctement 5 champs sur 5 lors de 3 essais consécutifs

goal-writ-constructed-response-skill = répondra à une question portant sur un texte à l'aide de la stratégie RACE (reformuler la question, répondre, citer le texte, expliquer)
goal-writ-constructed-response-condition = À partir d'un texte et d'une question de son niveau scolaire
goal-writ-constructed-response-criterion = en incluant 4 parties sur 4 dans 4 réponses sur 5

goal-writ-handwriting-legible-skill = écrira lisiblement sur du papier ligné, avec une taille de lettres et des espacements corrects
goal-writ-handwriting-legible-condition = Lors de la copie d'un texte de 3 phrases
goal-writ-handwriting-legible-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-writ-handwriting-legible-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-writ-handwriting-legible-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-writ-expand-sentences-skill = enrichira des phrases simples en ajoutant des précisions (qui, quoi, quand, où et pourquoi)
goal-writ-expand-sentences-condition = À partir d'une phrase simple
goal-writ-expand-sentences-criterion = en ajoutant 2 précisions lors de 4 essais sur 5

goal-writ-informational-essay-skill = rédigera un texte informatif comprenant une introduction, deux paragraphes de développement contenant des faits et une conclusion
goal-writ-informational-essay-condition = À partir d'un sujet, de sources et d'un organisateur graphique
goal-writ-informational-essay-criterion = en obtenant 3 sur 4 à une grille d'évaluation dans 3 textes sur 4

## math

goal-math-addition-regroup-skill = additionnera des nombres à deux et trois chiffres avec retenue
goal-math-addition-regroup-condition = À partir de 10 problèmes d'addition
goal-math-addition-regroup-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-addition-regroup-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-addition-regroup-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-subtraction-regroup-skill = soustraira des nombres à deux et trois chiffres avec retenue
goal-math-subtraction-regroup-condition = À partir de 10 problèmes de soustraction
goal-math-subtraction-regroup-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-subtraction-regroup-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-subtraction-regroup-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-multiplication-facts-skill = connaîtra par cœur les tables de multiplication de 0 à 10
goal-math-multiplication-facts-condition = Lors d'une évaluation rapide chronométrée de 2 minutes portant sur 50 multiplications
goal-math-multiplication-facts-criterion = en répondant correctement à 40 sur 50 lors de 3 évaluations rapides consécutives

goal-math-word-problems-skill = résoudra des problèmes écrits à une ou deux étapes en identifiant l'opération et en montrant sa démarche
goal-math-word-problems-condition = À partir de 5 problèmes écrits de son niveau scolaire, lus à voix haute si nécessaire
goal-math-word-problems-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-word-problems-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-word-problems-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-fractions-compare-skill = comparera des fractions de dénominateurs différents à l'aide de modèles ou de dénominateurs communs
goal-math-fractions-compare-condition = À partir de 10 paires de fractions
goal-math-fractions-compare-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-fractions-compare-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-fractions-compare-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-linear-equations-skill = résoudra des équations linéaires à plusieurs étapes à une inconnue
goal-math-linear-equations-condition = À partir de 10 équations et d'une liste de vérification des étapes
goal-math-linear-equations-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-linear-equations-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-linear-equations-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-money-count-skill = comptera un mélange de pièces et de billets jusqu'à 20,00 $
goal-math-money-count-condition = À partir d'un ensemble de pièces et de billets
goal-math-money-count-criterion = avec une précision de 90 % lors de 3 séances consécutives
goal-math-money-count-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 70 % lors de 3 séances consécutives
goal-math-money-count-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 80 % lors de 3 séances consécutives

goal-math-make-change-skill = calculera la monnaie à rendre sur un achat allant jusqu'à 20,00 $
goal-math-make-change-condition = À partir d'une étiquette de prix et d'un montant payé
goal-math-make-change-criterion = lors de 8 essais sur 10 répartis sur 3 séances

goal-math-time-tell-skill = lira l'heure à cinq minutes près sur une horloge à aiguilles
goal-math-time-tell-condition = À partir de 10 cadrans d'horloge
goal-math-time-tell-criterion = avec une précision de 90 % lors de 3 séances consécutives
goal-math-time-tell-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 70 % lors de 3 séances consécutives
goal-math-time-tell-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 80 % lors de 3 séances consécutives

goal-math-place-value-skill = identifiera la valeur de chaque chiffre dans des nombres jusqu'à 1 000
goal-math-place-value-condition = À partir de 10 nombres à trois chiffres
goal-math-place-value-criterion = avec une précision de 85 % lors de 4 essais sur 5
goal-math-place-value-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 65 % lors de 4 essais sur 5
goal-math-place-value-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 75 % lors de 4 essais sur 5

goal-math-measurement-skill = mesurera des objets au quart de pouce et au centimètre près
goal-math-measurement-condition = Avec une règle et 10 objets
goal-math-measurement-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-measurement-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-measurement-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-graphs-skill = lira et interprétera des diagrammes en barres et des graphiques linéaires pour répondre à des questions
goal-math-graphs-condition = À partir d'un graphique et de 5 questions
goal-math-graphs-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-graphs-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-graphs-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-ratios-skill = résoudra des problèmes de ratios et de taux à l'aide de tableaux ou de diagrammes en bandes
goal-math-ratios-condition = À partir de 5 problèmes de ratios tirés de la vie réelle
goal-math-ratios-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-ratios-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-ratios-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-calculator-use-skill = utilisera une calculatrice pour résoudre des problèmes à plusieurs étapes et vérifiera si la réponse est vraisemblable
goal-math-calculator-use-condition = Avec 10 problèmes et une calculatrice
goal-math-calculator-use-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-calculator-use-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-calculator-use-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-math-budget-skill = établira un budget hebdomadaire indiquant les revenus et les dépenses et calculera le solde
goal-math-budget-condition = À partir d'un bulletin de paie et d'une liste de dépenses
goal-math-budget-criterion = avec 1 erreur au maximum lors de 3 essais sur 4

goal-math-number-line-skill = placera et ordonnera des nombres entiers relatifs et des nombres décimaux sur une droite numérique
goal-math-number-line-condition = À partir de 10 nombres et d'une droite numérique
goal-math-number-line-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-math-number-line-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-math-number-line-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

## speech_language

goal-spl-articulation-r-skill = produira correctement le son /r/ dans des mots et des phrases
goal-spl-articulation-r-condition = Pendant des activités structurées de parole
goal-spl-articulation-r-criterion = avec une précision de 80 % lors de 3 séances consécutives
goal-spl-articulation-r-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 3 séances consécutives
goal-spl-articulation-r-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 3 séances consécutives

goal-spl-articulation-s-skill = produira correctement les sons /s/ et /z/ en conversation
goal-spl-articulation-s-condition = Pendant une conversation de 5 minutes avec le prestataire
goal-spl-articulation-s-criterion = avec une précision de 80 % lors de 3 séances consécutives
goal-spl-articulation-s-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 3 séances consécutives
goal-spl-articulation-s-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 3 séances consécutives

goal-spl-following-directions-skill = suivra des consignes en deux étapes comprenant des notions de base (avant, après, premier, dernier)
goal-spl-following-directions-condition = À partir de consignes orales, sans indices visuels
goal-spl-following-directions-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-spl-following-directions-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-spl-following-directions-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-spl-vocabulary-categories-skill = nommera au moins 5 éléments d'une catégorie et expliquera ce qui les relie
goal-spl-vocabulary-categories-condition = À partir du nom d'une catégorie
goal-spl-vocabulary-categories-criterion = lors de 4 essais sur 5

goal-spl-wh-questions-skill = répondra à des questions commençant par qui, quoi, où, quand et pourquoi sur une courte histoire
goal-spl-wh-questions-condition = Après avoir écouté la lecture à voix haute d'une courte histoire
goal-spl-wh-questions-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-spl-wh-questions-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-spl-wh-questions-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-spl-sentence-length-skill = utilisera des phrases complètes de 6 mots ou plus, grammaticalement correctes
goal-spl-sentence-length-condition = Pour décrire une image ou un événement
goal-spl-sentence-length-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-spl-sentence-length-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-spl-sentence-length-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-spl-narrative-retell-skill = racontera dans l'ordre un événement personnel en utilisant des mots de temps (d'abord, ensuite, puis, enfin)
goal-spl-narrative-retell-condition = Lorsqu'on l'interroge sur un événement récent
goal-spl-narrative-retell-criterion = en mentionnant 4 événements dans l'ordre lors de 4 essais sur 5

goal-spl-conversation-turns-skill = maintiendra un sujet de conversation pendant 4 tours de parole
goal-spl-conversation-turns-condition = Pendant une conversation avec un camarade
goal-spl-conversation-turns-criterion = lors de 4 occasions observées sur 5

goal-spl-fluency-strategy-skill = utilisera une stratégie de fluidité (attaque douce, débit lent) pour parler de façon fluide
goal-spl-fluency-strategy-condition = Pendant une conversation structurée
goal-spl-fluency-strategy-criterion = avec 90 % de syllabes fluides pendant 3 séances consécutives
goal-spl-fluency-strategy-benchmark-1 = D'ici le premier rapport de progrès : avec 70 % de syllabes fluides pendant 3 séances consécutives
goal-spl-fluency-strategy-benchmark-2 = D'ici le deuxième rapport de progrès : avec 80 % de syllabes fluides pendant 3 séances consécutives

goal-spl-aac-requests-skill = utilisera un appareil de communication améliorée pour formuler des demandes et des commentaires
goal-spl-aac-requests-condition = Pendant les routines de la classe
goal-spl-aac-requests-criterion = 10 fois par période de 30 minutes pendant 3 jours consécutifs

goal-spl-figurative-language-skill = expliquera le sens d'expressions idiomatiques et d'expressions imagées
goal-spl-figurative-language-condition = À partir de 10 expressions idiomatiques présentées dans des phrases
goal-spl-figurative-language-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-spl-figurative-language-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-spl-figurative-language-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-spl-clarification-skill = demandera des précisions lorsqu'une consigne ou un message n'est pas compris
goal-spl-clarification-condition = Pendant l'enseignement en classe
goal-spl-clarification-criterion = lors de 4 occasions observées sur 5

goal-spl-describe-attributes-skill = décrira un objet à l'aide de 3 caractéristiques (taille, couleur, fonction, parties)
goal-spl-describe-attributes-condition = À partir d'une image ou d'un objet réel
goal-spl-describe-attributes-criterion = lors de 4 essais sur 5

goal-spl-pronouns-skill = utilisera correctement les pronoms sujets et compléments dans des phrases
goal-spl-pronouns-condition = Pendant des activités structurées de langage
goal-spl-pronouns-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-spl-pronouns-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-spl-pronouns-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-spl-voice-volume-skill = parlera à un volume de voix adapté au lieu
goal-spl-voice-volume-condition = Pendant les routines en classe et dans les couloirs
goal-spl-voice-volume-criterion = lors de 4 occasions observées sur 5

goal-spl-self-advocacy-speech-skill = expliquera à un nouvel intervenant adulte ses besoins en communication et les soutiens qui l'aident
goal-spl-self-advocacy-speech-condition = Lors d'un jeu de rôle ou d'une véritable réunion
goal-spl-self-advocacy-speech-criterion = en nommant 2 besoins et 2 soutiens lors de 3 essais sur 4

## social_emotional

goal-soc-identify-feelings-skill = identifiera ses émotions et en évaluera l'intensité à l'aide d'une échelle des émotions
goal-soc-identify-feelings-condition = Dans les moments de contrariété pendant la journée scolaire
goal-soc-identify-feelings-criterion = lors de 4 occasions observées sur 5

goal-soc-coping-strategy-skill = utilisera une stratégie d'apaisement (respiration profonde, carte de pause, compter) pour se calmer
goal-soc-coping-strategy-condition = En cas de frustration ou d'anxiété
goal-soc-coping-strategy-criterion = lors de 4 occasions observées sur 5

goal-soc-peer-initiation-skill = engagera une interaction avec un camarade
goal-soc-peer-initiation-condition = Pendant les moments non structurés (repas de midi, récréation)
goal-soc-peer-initiation-criterion = 3 fois par jour, 4 jours sur 5

goal-soc-perspective-taking-skill = dira ce qu'une autre personne pourrait ressentir dans une situation donnée et pourquoi
goal-soc-perspective-taking-condition = À partir de mises en situation sociales
goal-soc-perspective-taking-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-soc-perspective-taking-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-soc-perspective-taking-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-soc-conflict-resolution-skill = utilisera un plan de résolution de problèmes en 4 étapes pour régler un conflit avec un camarade
goal-soc-conflict-resolution-condition = Lors de conflits avec des camarades
goal-soc-conflict-resolution-criterion = lors de 3 occasions observées sur 4

goal-soc-accept-feedback-skill = acceptera les remarques correctives d'un adulte sans protester
goal-soc-accept-feedback-condition = Lorsqu'on lui fait une remarque corrective
goal-soc-accept-feedback-criterion = dans 80 % des occasions pendant 4 semaines consécutives
goal-soc-accept-feedback-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des occasions pendant 4 semaines consécutives
goal-soc-accept-feedback-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des occasions pendant 4 semaines consécutives

goal-soc-group-work-skill = participera à une activité en petit groupe en partageant ses idées et en respectant les tours de parole
goal-soc-group-work-condition = Pendant les activités d'apprentissage coopératif
goal-soc-group-work-criterion = lors de 4 séances observées sur 5

goal-soc-self-advocacy-skill = demandera de l'aide ou des aménagements à un enseignant en employant une formulation appropriée
goal-soc-self-advocacy-condition = Face à une tâche difficile
goal-soc-self-advocacy-criterion = lors de 4 occasions observées sur 5

goal-soc-positive-self-talk-skill = remplacera une pensée négative sur soi-même par une pensée positive
goal-soc-positive-self-talk-condition = Lorsque le conseiller l'y invite pendant une séance
goal-soc-positive-self-talk-criterion = lors de 4 essais sur 5

goal-soc-friendship-skills-skill = nommera 3 qualités d'un bon ami et décrira une situation où l'élève a fait preuve de l'une d'elles
goal-soc-friendship-skills-condition = Pendant les séances de counseling
goal-soc-friendship-skills-criterion = lors de 3 séances sur 4

goal-soc-anxiety-plan-skill = suivra un plan écrit de gestion de l'anxiété avant les examens et les exposés
goal-soc-anxiety-plan-condition = Avant un examen ou un exposé
goal-soc-anxiety-plan-criterion = lors de 4 occasions sur 5

goal-soc-social-cues-skill = identifiera les signaux non verbaux (expression du visage, ton, langage corporel) dans de courtes vidéos
goal-soc-social-cues-condition = À partir de courtes vidéos
goal-soc-social-cues-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-soc-social-cues-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-soc-social-cues-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-soc-joining-games-skill = demandera à participer à un jeu ou à une activité en employant une formulation appropriée
goal-soc-joining-games-condition = Pendant la récréation ou le temps libre
goal-soc-joining-games-criterion = lors de 4 occasions observées sur 5

goal-soc-goal-setting-skill = se fixera un objectif personnel chaque semaine et évaluera s'il a été atteint
goal-soc-goal-setting-condition = Lors des points hebdomadaires avec le conseiller
goal-soc-goal-setting-criterion = pendant 8 semaines consécutives sur 10

goal-soc-attendance-skill = arrivera à l'école à l'heure
goal-soc-attendance-condition = Au cours de chaque période de notation
goal-soc-attendance-criterion = dans 90 % des jours de classe
goal-soc-attendance-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des jours de classe
goal-soc-attendance-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des jours de classe

goal-soc-responsibility-skill = assumera la responsabilité de ses actes en décrivant ce qui s'est passé et ce qu'il faut faire ensuite
goal-soc-responsibility-condition = Après un incident
goal-soc-responsibility-criterion = lors de 3 occasions sur 4

## behavior

goal-beh-on-task-skill = maintiendra son attention sur la tâche pendant le travail autonome
goal-beh-on-task-condition = Pendant des périodes de travail autonome de 20 minutes
goal-beh-on-task-criterion = dans 80 % des intervalles pendant 4 semaines consécutives
goal-beh-on-task-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des intervalles pendant 4 semaines consécutives
goal-beh-on-task-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des intervalles pendant 4 semaines consécutives

goal-beh-follow-directions-skill = suivra les consignes de l'enseignant dans les 30 secondes qui suivent la première demande
goal-beh-follow-directions-condition = Pendant l'enseignement en classe
goal-beh-follow-directions-criterion = dans 80 % des occasions pendant 4 semaines consécutives
goal-beh-follow-directions-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des occasions pendant 4 semaines consécutives
goal-beh-follow-directions-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des occasions pendant 4 semaines consécutives

goal-beh-break-card-skill = utilisera une carte de pause pour demander une pause au lieu de quitter l'endroit
goal-beh-break-card-condition = En cas de frustration
goal-beh-break-card-criterion = dans 90 % des occasions pendant 4 semaines consécutives
goal-beh-break-card-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des occasions pendant 4 semaines consécutives
goal-beh-break-card-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des occasions pendant 4 semaines consécutives

goal-beh-hands-to-self-skill = ne touchera pas les autres avec ses mains ni avec ses pieds
goal-beh-hands-to-self-condition = Pendant les transitions et les moments non structurés
goal-beh-hands-to-self-criterion = dans 90 % des intervalles pendant 4 semaines consécutives
goal-beh-hands-to-self-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des intervalles pendant 4 semaines consécutives
goal-beh-hands-to-self-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des intervalles pendant 4 semaines consécutives

goal-beh-raise-hand-skill = lèvera la main et attendra qu'on lui donne la parole avant de parler
goal-beh-raise-hand-condition = Pendant l'enseignement en classe entière
goal-beh-raise-hand-criterion = dans 80 % des occasions pendant 4 semaines consécutives
goal-beh-raise-hand-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des occasions pendant 4 semaines consécutives
goal-beh-raise-hand-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des occasions pendant 4 semaines consécutives

goal-beh-transitions-skill = passera d'une activité à l'autre en 2 minutes au maximum
goal-beh-transitions-condition = Avec un avertissement 2 minutes à l'avance et un emploi du temps visuel
goal-beh-transitions-criterion = lors de 8 transitions sur 10 par jour, 4 jours sur 5

goal-beh-work-completion-skill = terminera et remettra les travaux de classe
goal-beh-work-completion-condition = À partir d'une liste de vérification des travaux demandés
goal-beh-work-completion-criterion = dans 80 % des travaux sur une période de notation
goal-beh-work-completion-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des travaux sur une période de notation
goal-beh-work-completion-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des travaux sur une période de notation

goal-beh-respectful-language-skill = utilisera un langage respectueux avec ses camarades et les adultes
goal-beh-respectful-language-condition = Tout au long de la journée scolaire
goal-beh-respectful-language-criterion = avec 1 incident au maximum par semaine pendant 4 semaines consécutives

goal-beh-self-monitoring-skill = évaluera son propre comportement sur une fiche de points, et son évaluation correspondra à celle de l'enseignant
goal-beh-self-monitoring-condition = À la fin de chaque période de cours
goal-beh-self-monitoring-criterion = dans 80 % des périodes pendant 4 semaines consécutives
goal-beh-self-monitoring-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des périodes pendant 4 semaines consécutives
goal-beh-self-monitoring-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des périodes pendant 4 semaines consécutives

goal-beh-wait-turn-skill = attendra son tour sans interrompre
goal-beh-wait-turn-condition = Pendant les activités en petit groupe
goal-beh-wait-turn-criterion = lors de 4 occasions observées sur 5

goal-beh-seat-remain-skill = restera dans l'espace qui lui est attribué
goal-beh-seat-remain-condition = Pendant des périodes d'enseignement de 30 minutes
goal-beh-seat-remain-criterion = dans 90 % des intervalles pendant 4 semaines consécutives
goal-beh-seat-remain-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des intervalles pendant 4 semaines consécutives
goal-beh-seat-remain-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des intervalles pendant 4 semaines consécutives

goal-beh-materials-ready-skill = apportera en classe le matériel demandé (livre, cahier, crayon)
goal-beh-materials-ready-condition = Au début de chaque cours
goal-beh-materials-ready-criterion = dans 85 % des périodes de cours pendant 4 semaines consécutives
goal-beh-materials-ready-benchmark-1 = D'ici le premier rapport de progrès : dans 65 % des périodes de cours pendant 4 semaines consécutives
goal-beh-materials-ready-benchmark-2 = D'ici le deuxième rapport de progrès : dans 75 % des périodes de cours pendant 4 semaines consécutives

goal-beh-aggression-replace-skill = adoptera un comportement de remplacement (s'éloigner, s'adresser à un adulte) au lieu de l'agression physique
goal-beh-aggression-replace-condition = Lors de conflits avec des camarades
goal-beh-aggression-replace-criterion = avec 0 incident d'agression physique pendant 6 semaines consécutives

goal-beh-task-initiation-skill = commencera une tâche demandée dans les 2 minutes
goal-beh-task-initiation-condition = Une fois les consignes données
goal-beh-task-initiation-criterion = dans 80 % des occasions pendant 4 semaines consécutives
goal-beh-task-initiation-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des occasions pendant 4 semaines consécutives
goal-beh-task-initiation-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des occasions pendant 4 semaines consécutives

goal-beh-cell-phone-skill = gardera son téléphone personnel rangé pendant les cours
goal-beh-cell-phone-condition = Pendant les périodes d'enseignement
goal-beh-cell-phone-criterion = dans 90 % des périodes pendant 4 semaines consécutives
goal-beh-cell-phone-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des périodes pendant 4 semaines consécutives
goal-beh-cell-phone-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des périodes pendant 4 semaines consécutives

goal-beh-calm-down-return-skill = reprendra l'activité dans les 5 minutes qui suivent une pause
goal-beh-calm-down-return-condition = Après une pause demandée ou proposée
goal-beh-calm-down-return-criterion = dans 80 % des pauses pendant 4 semaines consécutives
goal-beh-calm-down-return-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des pauses pendant 4 semaines consécutives
goal-beh-calm-down-return-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des pauses pendant 4 semaines consécutives

## fine_motor

goal-fm-pencil-grasp-skill = utilisera une prise tripode fonctionnelle pour écrire
goal-fm-pencil-grasp-condition = Pendant les tâches d'écriture, avec un guide-doigts pour crayon si nécessaire
goal-fm-pencil-grasp-criterion = avec une précision de 80 % dans les tâches d'écriture observées pendant 3 séances consécutives
goal-fm-pencil-grasp-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % dans les tâches d'écriture observées pendant 3 séances consécutives
goal-fm-pencil-grasp-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % dans les tâches d'écriture observées pendant 3 séances consécutives

goal-fm-scissors-skill = découpera le long d'une ligne courbe sans s'en écarter de plus de 1/4 de pouce
goal-fm-scissors-condition = Avec des ciseaux et une fiche d'exercices
goal-fm-scissors-criterion = lors de 4 essais sur 5

goal-fm-letter-formation-skill = formera correctement de mémoire les lettres majuscules et minuscules
goal-fm-letter-formation-condition = En écrivant l'alphabet
goal-fm-letter-formation-criterion = avec une précision de 90 % lors de 3 séances consécutives
goal-fm-letter-formation-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 70 % lors de 3 séances consécutives
goal-fm-letter-formation-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 80 % lors de 3 séances consécutives

goal-fm-buttons-zippers-skill = fermera les boutons et les fermetures éclair de ses propres vêtements
goal-fm-buttons-zippers-condition = Pendant les routines d'habillage
goal-fm-buttons-zippers-criterion = de façon autonome lors de 4 essais sur 5

goal-fm-copy-board-skill = copiera lisiblement 3 phrases écrites au tableau
goal-fm-copy-board-condition = En 5 minutes au maximum
goal-fm-copy-board-criterion = lors de 4 essais sur 5

goal-fm-keyboard-home-row-skill = tapera au clavier avec les deux mains en utilisant les touches de la rangée de repos
goal-fm-keyboard-home-row-condition = Avec un clavier et un logiciel d'apprentissage de la frappe
goal-fm-keyboard-home-row-criterion = à 15 mots par minute lors de 3 séances consécutives

goal-fm-in-hand-manipulation-skill = saisira et placera de petits objets (pièces de monnaie, chevilles) d'une seule main
goal-fm-in-hand-manipulation-condition = Avec 10 petits objets
goal-fm-in-hand-manipulation-criterion = en plaçant 10 objets sur 10 en moins de 60 secondes lors de 4 essais sur 5

goal-fm-spacing-skill = laissera un espace d'un doigt entre les mots et écrira sur la ligne
goal-fm-spacing-condition = Lors de la rédaction de 3 phrases ou plus
goal-fm-spacing-criterion = avec une précision de 80 % dans 4 échantillons sur 5
goal-fm-spacing-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % dans 4 échantillons sur 5
goal-fm-spacing-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % dans 4 échantillons sur 5

goal-fm-open-containers-skill = ouvrira les boîtes et les emballages de son repas
goal-fm-open-containers-condition = Au repas de midi
goal-fm-open-containers-criterion = de façon autonome lors de 4 occasions sur 5

goal-fm-tablet-navigation-skill = utilisera l'écran tactile d'une tablette pour ouvrir, utiliser et fermer une application
goal-fm-tablet-navigation-condition = À partir d'une consigne orale
goal-fm-tablet-navigation-criterion = de façon autonome lors de 4 essais sur 5

goal-fm-shoelaces-skill = nouera ses lacets
goal-fm-shoelaces-condition = Pendant les routines d'habillage
goal-fm-shoelaces-criterion = de façon autonome lors de 4 essais sur 5

goal-fm-bilateral-skill = maintiendra la feuille d'une main tout en écrivant ou en découpant de l'autre
goal-fm-bilateral-condition = Pendant les tâches sur table
goal-fm-bilateral-criterion = avec une précision de 80 % dans les tâches observées pendant 3 séances
goal-fm-bilateral-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % dans les tâches observées pendant 3 séances
goal-fm-bilateral-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % dans les tâches observées pendant 3 séances

goal-fm-ruler-line-skill = tracera une ligne droite entre deux points à l'aide d'une règle
goal-fm-ruler-line-condition = Avec une règle et 10 paires de points
goal-fm-ruler-line-criterion = 8 lignes sur 10 avec un écart de 1/8 de pouce au maximum lors de 3 séances consécutives

goal-fm-sizing-letters-skill = donnera aux lettres la bonne taille entre les lignes d'écriture
goal-fm-sizing-letters-condition = En copiant une phrase
goal-fm-sizing-letters-criterion = avec une précision de 80 % lors de 4 essais sur 5
goal-fm-sizing-letters-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % lors de 4 essais sur 5
goal-fm-sizing-letters-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % lors de 4 essais sur 5

goal-fm-utensils-skill = utilisera une fourchette et une cuillère pour manger sans renverser
goal-fm-utensils-condition = Au repas de midi
goal-fm-utensils-criterion = lors de 4 repas observés sur 5

goal-fm-organize-binder-skill = rangera les feuilles dans les bonnes sections du classeur à l'aide des anneaux et des intercalaires
goal-fm-organize-binder-condition = À la fin de chaque cours
goal-fm-organize-binder-criterion = dans 80 % des occasions pendant 4 semaines
goal-fm-organize-binder-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des occasions pendant 4 semaines
goal-fm-organize-binder-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des occasions pendant 4 semaines

## gross_motor

goal-gm-stairs-skill = montera et descendra un escalier en alternant les pieds et en tenant la rampe
goal-gm-stairs-condition = Pendant les déplacements dans l'école
goal-gm-stairs-criterion = en toute sécurité lors de 4 essais sur 5

goal-gm-balance-beam-skill = marchera en plaçant le talon contre la pointe de l'autre pied le long d'une ligne de 10 pieds sans en sortir
goal-gm-balance-beam-condition = Au gymnase ou dans la salle de thérapie
goal-gm-balance-beam-criterion = lors de 4 essais sur 5

goal-gm-ball-catch-skill = attrapera un ballon de cour de récréation lancé à 10 pieds de distance
goal-gm-ball-catch-condition = Pendant l'éducation physique ou la thérapie
goal-gm-ball-catch-criterion = en attrapant 8 ballons sur 10 lors de 3 séances consécutives

goal-gm-hop-skill = sautera à cloche-pied 10 fois sans perdre l'équilibre
goal-gm-hop-condition = Au gymnase ou dans la salle de thérapie
goal-gm-hop-criterion = sur chaque pied lors de 4 essais sur 5

goal-gm-navigate-school-skill = se déplacera en toute sécurité dans les couloirs bondés avec son aide à la mobilité
goal-gm-navigate-school-condition = Pendant les changements de cours
goal-gm-navigate-school-criterion = sans heurter personne ni s'arrêter pour demander de l'aide lors de 4 essais sur 5

goal-gm-endurance-walk-skill = marchera 500 pieds sans se reposer
goal-gm-endurance-walk-condition = Pendant les sorties scolaires ou la thérapie
goal-gm-endurance-walk-criterion = lors de 4 essais sur 5

goal-gm-jump-skill = sautera 24 pouces en avant, avec un appel et une réception sur les deux pieds
goal-gm-jump-condition = Au gymnase ou dans la salle de thérapie
goal-gm-jump-criterion = lors de 4 essais sur 5

goal-gm-wheelchair-transfer-skill = passera du fauteuil roulant à une chaise de la classe avec un adulte à proximité prêt à intervenir
goal-gm-wheelchair-transfer-condition = Pendant les routines de la classe
goal-gm-wheelchair-transfer-criterion = en toute sécurité lors de 4 essais sur 5

goal-gm-kick-ball-skill = frappera du pied un ballon qui roule en direction d'une cible située à 15 pieds
goal-gm-kick-ball-condition = Pendant l'éducation physique
goal-gm-kick-ball-criterion = en atteignant la cible 6 fois sur 10 lors de 3 séances

goal-gm-playground-equipment-skill = grimpera à l'échelle et utilisera le toboggan des jeux de la cour
goal-gm-playground-equipment-condition = Pendant la récréation
goal-gm-playground-equipment-criterion = de façon autonome et en toute sécurité lors de 4 occasions sur 5

goal-gm-posture-skill = gardera une posture droite en position assise à son pupitre
goal-gm-posture-condition = Pendant une leçon de 20 minutes
goal-gm-posture-criterion = avec une précision de 80 % dans les intervalles observés pendant 3 séances
goal-gm-posture-benchmark-1 = D'ici le premier rapport de progrès : avec une précision de 60 % dans les intervalles observés pendant 3 séances
goal-gm-posture-benchmark-2 = D'ici le deuxième rapport de progrès : avec une précision de 70 % dans les intervalles observés pendant 3 séances

goal-gm-curb-negotiation-skill = montera et descendra les bordures de trottoir en toute sécurité
goal-gm-curb-negotiation-condition = Pendant les sorties dans la communauté
goal-gm-curb-negotiation-criterion = lors de 4 essais sur 5

goal-gm-skip-skill = avancera de 30 pieds en sautillant de façon fluide, en alternant les pieds
goal-gm-skip-condition = Au gymnase
goal-gm-skip-criterion = lors de 4 essais sur 5

goal-gm-fitness-circuit-skill = effectuera un circuit d'exercices physiques de 5 ateliers
goal-gm-fitness-circuit-condition = Pendant l'éducation physique adaptée
goal-gm-fitness-circuit-criterion = en 10 minutes au maximum lors de 3 séances consécutives

goal-gm-bus-steps-skill = montera et descendra les marches du bus scolaire en tenant la rampe
goal-gm-bus-steps-condition = À l'arrivée et à la sortie de l'école
goal-gm-bus-steps-criterion = en toute sécurité lors de 4 occasions sur 5

goal-gm-throw-overhand-skill = lancera un ballon par-dessus l'épaule à un partenaire situé à 15 pieds
goal-gm-throw-overhand-condition = Pendant l'éducation physique
goal-gm-throw-overhand-criterion = en atteignant le partenaire 8 fois sur 10 lors de 3 séances

## adaptive_daily_living

goal-adl-handwashing-skill = se lavera et se séchera les mains en suivant une séquence illustrée de 6 étapes
goal-adl-handwashing-condition = Avant le repas de midi et après le passage aux toilettes
goal-adl-handwashing-criterion = en réalisant 6 étapes sur 6 de façon autonome lors de 4 occasions sur 5

goal-adl-arrival-routine-skill = accomplira la routine d'arrivée (vider son sac, suspendre son manteau, remettre sa pochette, commencer le travail du matin)
goal-adl-arrival-routine-condition = À l'arrivée en classe
goal-adl-arrival-routine-criterion = avec 1 rappel au maximum, 4 jours sur 5

goal-adl-visual-schedule-skill = suivra un emploi du temps visuel pour passer d'une activité à l'autre
goal-adl-visual-schedule-condition = Tout au long de la journée scolaire
goal-adl-visual-schedule-criterion = dans 80 % des transitions pendant 4 semaines consécutives
goal-adl-visual-schedule-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des transitions pendant 4 semaines consécutives
goal-adl-visual-schedule-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des transitions pendant 4 semaines consécutives

goal-adl-personal-info-skill = dira ou montrera son nom complet, son adresse et le numéro de téléphone d'un parent
goal-adl-personal-info-condition = À la demande d'un adulte familier
goal-adl-personal-info-criterion = correctement lors de 4 essais sur 5

goal-adl-lunch-routine-skill = prendra son repas, paiera ou saisira un numéro d'identification, puis nettoiera la table
goal-adl-lunch-routine-condition = À la cafétéria
goal-adl-lunch-routine-criterion = de façon autonome lors de 4 occasions sur 5

goal-adl-dressing-skill = mettra et enlèvera une veste
goal-adl-dressing-condition = À l'arrivée et à la sortie de l'école
goal-adl-dressing-criterion = de façon autonome lors de 4 occasions sur 5

goal-adl-toileting-request-skill = exprimera le besoin d'aller aux toilettes
goal-adl-toileting-request-condition = Tout au long de la journée scolaire
goal-adl-toileting-request-criterion = dans 90 % des occasions pendant 4 semaines consécutives
goal-adl-toileting-request-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des occasions pendant 4 semaines consécutives
goal-adl-toileting-request-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des occasions pendant 4 semaines consécutives

goal-adl-safety-signs-skill = reconnaîtra les panneaux de sécurité (sortie, stop, danger, traversez) et y réagira correctement
goal-adl-safety-signs-condition = Pendant l'enseignement dans la communauté
goal-adl-safety-signs-criterion = lors de 9 essais sur 10

goal-adl-simple-meal-skill = préparera une collation simple en suivant une recette illustrée
goal-adl-simple-meal-condition = Dans la cuisine d'apprentissage de la vie quotidienne
goal-adl-simple-meal-criterion = en réalisant 8 étapes sur 10 de façon autonome lors de 3 séances sur 4

goal-adl-hygiene-skill = accomplira une routine de soins personnels (se coiffer, vérifier son apparence, mettre du déodorant)
goal-adl-hygiene-condition = En suivant une liste de vérification
goal-adl-hygiene-criterion = de façon autonome lors de 4 occasions sur 5

goal-adl-calendar-use-skill = utilisera un calendrier ou un agenda pour noter ses devoirs et ses rendez-vous
goal-adl-calendar-use-condition = À la fin de chaque cours
goal-adl-calendar-use-criterion = dans 80 % des occasions pendant 4 semaines
goal-adl-calendar-use-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des occasions pendant 4 semaines
goal-adl-calendar-use-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des occasions pendant 4 semaines

goal-adl-shopping-list-skill = trouvera dans un magasin 5 articles d'une liste de courses illustrée
goal-adl-shopping-list-condition = Pendant l'enseignement dans la communauté
goal-adl-shopping-list-criterion = en 15 minutes au maximum lors de 3 sorties sur 4

goal-adl-emergency-help-skill = dira ou montrera ce qu'il faut faire en cas d'urgence (appeler le 911, trouver une personne qui peut aider)
goal-adl-emergency-help-condition = À partir de mises en situation (jeux de rôle)
goal-adl-emergency-help-criterion = dans 4 mises en situation sur 5

goal-adl-clean-up-skill = nettoiera son espace de travail et rangera le matériel
goal-adl-clean-up-condition = À la fin d'une activité
goal-adl-clean-up-criterion = avec 1 rappel au maximum lors de 4 occasions sur 5

goal-adl-medication-routine-skill = indiquera à l'infirmier ou à l'infirmière l'heure et le nom de son médicament
goal-adl-medication-routine-condition = À l'heure prévue pour la prise du médicament
goal-adl-medication-routine-criterion = lors de 4 occasions sur 5

goal-adl-laundry-skill = triera, lavera et pliera une lessive en suivant une analyse de tâche (liste des étapes)
goal-adl-laundry-condition = Dans la salle d'apprentissage de la vie quotidienne
goal-adl-laundry-criterion = en réalisant 9 étapes sur 10 lors de 3 séances sur 4

## transition

goal-tran-career-interest-skill = remplira un inventaire d'intérêts professionnels et nommera 3 métiers qui correspondent à ses intérêts
goal-tran-career-interest-condition = Avec un conseiller en transition
goal-tran-career-interest-criterion = en nommant 3 métiers correspondants, avec 1 raison pour chacun, d'ici la fin de la première période de notation

goal-tran-job-application-skill = remplira une demande d'emploi comprenant ses renseignements personnels, son expérience professionnelle et ses références
goal-tran-job-application-condition = À partir d'un formulaire papier ou en ligne
goal-tran-job-application-criterion = en remplissant correctement tous les champs obligatoires lors de 3 essais sur 4

goal-tran-interview-practice-skill = répondra à 5 questions d'entretien courantes par des réponses complètes et pertinentes
goal-tran-interview-practice-condition = Lors d'un entretien simulé
goal-tran-interview-practice-criterion = lors de 3 entretiens simulés sur 4

goal-tran-resume-skill = rédigera un CV présentant sa formation, ses compétences et son expérience professionnelle ou bénévole
goal-tran-resume-condition = À l'aide d'un modèle de CV
goal-tran-resume-criterion = en obtenant 3 sur 4 à une grille d'évaluation du CV d'ici la deuxième période de notation

goal-tran-travel-public-skill = se déplacera en bus ou en métro entre l'école et un lieu de la communauté
goal-tran-travel-public-condition = Avec un soutien d'un adulte progressivement réduit
goal-tran-travel-public-criterion = de façon autonome et en toute sécurité lors de 4 trajets sur 5

goal-tran-college-research-skill = fera des recherches sur 3 programmes d'études postsecondaires et comparera les conditions d'admission, le coût et les services de soutien
goal-tran-college-research-condition = À l'aide des sites web des établissements et d'un tableau comparatif
goal-tran-college-research-criterion = en remplissant le tableau pour 3 programmes sur 3

goal-tran-work-task-skill = accomplira une tâche de travail assignée en suivant une liste de vérification
goal-tran-work-task-condition = Sur un lieu de stage en milieu professionnel
goal-tran-work-task-criterion = dans 90 % des étapes pendant 4 périodes de travail consécutives
goal-tran-work-task-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des étapes pendant 4 périodes de travail consécutives
goal-tran-work-task-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des étapes pendant 4 périodes de travail consécutives

goal-tran-time-clock-skill = arrivera à l'heure et pointera au début de sa période de travail en stage
goal-tran-time-clock-condition = Sur un lieu de stage en milieu professionnel
goal-tran-time-clock-criterion = dans 90 % des périodes de travail sur une période de notation
goal-tran-time-clock-benchmark-1 = D'ici le premier rapport de progrès : dans 70 % des périodes de travail sur une période de notation
goal-tran-time-clock-benchmark-2 = D'ici le deuxième rapport de progrès : dans 80 % des périodes de travail sur une période de notation

goal-tran-self-advocacy-iep-skill = expliquera son handicap, ses points forts, ses besoins et ses aménagements lors de la réunion IEP
goal-tran-self-advocacy-iep-condition = À l'aide d'un texte ou de diapositives préparés à l'avance
goal-tran-self-advocacy-iep-criterion = en nommant 3 points forts, 2 besoins et 2 aménagements

goal-tran-money-management-skill = utilisera une carte de débit ou de l'argent liquide pour faire un achat et vérifiera le reçu
goal-tran-money-management-condition = Pendant l'enseignement dans la communauté
goal-tran-money-management-criterion = correctement lors de 4 sorties sur 5

goal-tran-workplace-social-skill = saluera ses collègues et demandera de l'aide à un superviseur au besoin
goal-tran-workplace-social-condition = Sur un lieu de stage en milieu professionnel
goal-tran-workplace-social-criterion = lors de 4 périodes de travail observées sur 5

goal-tran-credits-tracking-skill = suivra ses crédits et ses examens Regents en vue de l'obtention d'un diplôme
goal-tran-credits-tracking-condition = À l'aide d'une fiche de suivi vers l'obtention du diplôme, avec le conseiller
goal-tran-credits-tracking-criterion = avec une précision de 100 % à chacun des 3 bilans de fin de période de notation

goal-tran-agency-contact-skill = appellera un organisme de services pour adultes afin de prendre un rendez-vous d'accueil
goal-tran-agency-contact-condition = À l'aide d'un script téléphonique
goal-tran-agency-contact-criterion = en indiquant son nom, l'objet de l'appel et ses disponibilités lors de 3 jeux de rôle sur 4 et de 1 appel réel

goal-tran-housing-skills-skill = comparera 3 annonces d'appartements selon le loyer, l'emplacement et les transports
goal-tran-housing-skills-condition = À partir d'annonces et d'un tableau comparatif
goal-tran-housing-skills-criterion = en complétant la comparaison avec une précision de 90 % lors de 3 essais sur 4

goal-tran-schedule-appointments-skill = utilisera le calendrier de son téléphone pour programmer des rappels pour ses cours, son travail et ses rendez-vous
goal-tran-schedule-appointments-condition = Sur une semaine d'école
goal-tran-schedule-appointments-criterion = dans 80 % des événements programmés pendant 4 semaines
goal-tran-schedule-appointments-benchmark-1 = D'ici le premier rapport de progrès : dans 60 % des événements programmés pendant 4 semaines
goal-tran-schedule-appointments-benchmark-2 = D'ici le deuxième rapport de progrès : dans 70 % des événements programmés pendant 4 semaines

goal-tran-safety-work-skill = respectera les règles de sécurité au travail (équipement de protection, nettoyage, signalement des dangers)
goal-tran-safety-work-condition = Sur un lieu de stage en milieu professionnel
goal-tran-safety-work-criterion = en respectant 5 règles sur 5 lors de 4 périodes de travail observées sur 5
