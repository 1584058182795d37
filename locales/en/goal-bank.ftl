# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = will decode multisyllabic words using syllable types
goal-read-decode-multisyllabic-condition = Given a list of 20 unfamiliar multisyllabic words at grade level
goal-read-decode-multisyllabic-criterion = with 80% accuracy in 4 of 5 trials
goal-read-decode-multisyllabic-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-read-decode-multisyllabic-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-read-fluency-wcpm-skill = will read aloud a grade-level passage at 110 words correct per minute
goal-read-fluency-wcpm-condition = Given an unpracticed grade-level passage
goal-read-fluency-wcpm-criterion = on 3 consecutive weekly probes

goal-read-main-idea-skill = will state the main idea and two supporting details
goal-read-main-idea-condition = Given a grade-level informational text and a graphic organizer
goal-read-main-idea-criterion = with 80% accuracy in 4 of 5 trials
goal-read-main-idea-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-read-main-idea-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-read-inference-skill = will make an inference and cite one piece of text evidence that supports it
goal-read-inference-condition = After reading a grade-level literary passage
goal-read-inference-criterion = with 75% accuracy in 4 of 5 trials
goal-read-inference-benchmark-1 = By the first progress report: with 55% accuracy in 4 of 5 trials
goal-read-inference-benchmark-2 = By the second progress report: with 65% accuracy in 4 of 5 trials

goal-read-sight-words-skill = will read high-frequency words automatically (within 3 seconds each)
goal-read-sight-words-condition = Given a list of 50 grade-level high-frequency words
goal-read-sight-words-criterion = reading 45 of 50 words correctly on 3 consecutive probes

goal-read-phonemic-blend-skill = will blend and segment spoken words of 3 to 4 phonemes
goal-read-phonemic-blend-condition = Given orally presented words
goal-read-phonemic-blend-criterion = with 90% accuracy in 3 consecutive sessions
goal-read-phonemic-blend-benchmark-1 = By the first progress report: with 70% accuracy in 3 consecutive sessions
goal-read-phonemic-blend-benchmark-2 = By the second progress report: with 80% accuracy in 3 consecutive sessions

goal-read-summarize-skill = will write a summary of a grade-level text that includes the main events in sequence
goal-read-summarize-condition = After reading a grade-level passage independently
goal-read-summarize-criterion = scoring 3 of 4 on a summary rubric in 4 of 5 trials

goal-read-vocabulary-context-skill = will determine the meaning of unknown words using context clues
goal-read-vocabulary-context-condition = Given a grade-level passage with 5 underlined unfamiliar words
goal-read-vocabulary-context-criterion = with 80% accuracy in 4 of 5 trials
goal-read-vocabulary-context-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-read-vocabulary-context-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-read-text-structure-skill = will identify the text structure (sequence, compare and contrast, cause and effect, problem and solution)
goal-read-text-structure-condition = Given short informational passages
goal-read-text-structure-criterion = with 80% accuracy in 4 of 5 trials
goal-read-text-structure-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-read-text-structure-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-read-answer-wh-skill = will answer who, what, where, when and why questions about a passage
goal-read-answer-wh-condition = After listening to or reading a passage at the instructional level
goal-read-answer-wh-criterion = with 80% accuracy in 4 of 5 trials
goal-read-answer-wh-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-read-answer-wh-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-read-retell-skill = will retell a story including characters, setting, problem and solution
goal-read-retell-condition = After reading a story at the instructional level
goal-read-retell-criterion = including 4 of 4 story elements in 4 of 5 retellings

goal-read-comprehension-monitor-skill = will use a fix-up strategy (reread, read ahead, ask a question) when meaning breaks down
goal-read-comprehension-monitor-condition = While reading a grade-level text
goal-read-comprehension-monitor-criterion = in 4 of 5 observed opportunities

goal-read-compare-texts-skill = will compare and contrast two texts on the same topic using a Venn diagram
goal-read-compare-texts-condition = Given two grade-level texts on the same topic
goal-read-compare-texts-criterion = listing 3 similarities and 3 differences in 4 of 5 trials

goal-read-reading-level-skill = will read instructional-level text with 95% word accuracy and answer comprehension questions
goal-read-reading-level-condition = Given leveled texts
goal-read-reading-level-criterion = advancing 2 reading levels as measured by running records

goal-read-functional-signs-skill = will read functional community signs and labels
goal-read-functional-signs-condition = Given 20 photographs of community signs and product labels
goal-read-functional-signs-criterion = reading 18 of 20 correctly on 3 consecutive sessions

goal-read-author-purpose-skill = will identify the author's purpose and point of view
goal-read-author-purpose-condition = Given a grade-level informational or persuasive text
goal-read-author-purpose-criterion = with 80% accuracy in 4 of 5 trials
goal-read-author-purpose-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-read-author-purpose-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

## writing

goal-writ-paragraph-skill = will write a paragraph with a topic sentence, three supporting details and a concluding sentence
goal-writ-paragraph-condition = Given a prompt and a paragraph planner
goal-writ-paragraph-criterion = scoring 3 of 4 on a paragraph rubric in 4 of 5 samples

goal-writ-argument-essay-skill = will write an argument essay with a claim, two reasons with evidence and a conclusion
goal-writ-argument-essay-condition = Given a prompt and a planning checklist
goal-writ-argument-essay-criterion = scoring 3 of 4 on a rubric on 3 consecutive essays

goal-writ-capitalization-punctuation-skill = will use correct capitalization and end punctuation
goal-writ-capitalization-punctuation-condition = When writing five or more sentences independently
goal-writ-capitalization-punctuation-criterion = with 90% accuracy in 4 of 5 writing samples
goal-writ-capitalization-punctuation-benchmark-1 = By the first progress report: with 70% accuracy in 4 of 5 writing samples
goal-writ-capitalization-punctuation-benchmark-2 = By the second progress report: with 80% accuracy in 4 of 5 writing samples

goal-writ-spelling-patterns-skill = will spell words with taught spelling patterns correctly
goal-writ-spelling-patterns-condition = Given a dictated list of 20 words with taught patterns
goal-writ-spelling-patterns-criterion = scoring 85% on 3 consecutive weekly tests
goal-writ-spelling-patterns-benchmark-1 = By the first progress report: scoring 65% on 3 consecutive weekly tests
goal-writ-spelling-patterns-benchmark-2 = By the second progress report: scoring 75% on 3 consecutive weekly tests

goal-writ-sentence-complete-skill = will write complete sentences with a subject and a predicate
goal-writ-sentence-complete-condition = Given a picture or topic prompt
goal-writ-sentence-complete-criterion = with 80% accuracy in 4 of 5 trials
goal-writ-sentence-complete-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-writ-sentence-complete-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-writ-narrative-skill = will write a narrative with a beginning, middle and end using transition words
goal-writ-narrative-condition = Given a personal-narrative prompt and a story map
goal-writ-narrative-criterion = scoring 3 of 4 on a narrative rubric in 3 of 4 samples

goal-writ-edit-checklist-skill = will edit a draft for spelling, capitalization and punctuation using a checklist
goal-writ-edit-checklist-condition = Given a first draft of his or her own writing
goal-writ-edit-checklist-criterion = correcting 4 of 5 errors in 4 of 5 drafts

goal-writ-transitions-skill = will use at least three different transition words to connect ideas
goal-writ-transitions-condition = When writing a multi-paragraph response
goal-writ-transitions-criterion = in 4 of 5 writing samples

goal-writ-research-notes-skill = will take notes from two sources and cite each source
goal-writ-research-notes-condition = Given a research question and two grade-level sources
goal-writ-research-notes-criterion = recording 5 relevant facts with sources in 4 of 5 trials

goal-writ-typing-skill = will type at 20 words per minute with 90% accuracy
goal-writ-typing-condition = Using a keyboard and a typing program
goal-writ-typing-criterion = on 3 consecutive timed tests

goal-writ-dictation-tool-skill = will use speech-to-text software to draft and then revise a paragraph
goal-writ-dictation-tool-condition = Given a writing assignment and speech-to-text software
goal-writ-dictation-tool-criterion = producing a 5-sentence paragraph in 4 of 5 trials

goal-writ-functional-forms-skill = will complete a personal information form (name, address, phone, date of birth, emergency contact)
goal-writ-functional-forms-condition = Given a job or school application form
goal-writ-functional-forms-criterion = completing 5 of 5 fields correctly in 3 consecutive trials

goal-writ-constructed-response-skill = will answer a text-based question using the RACE strategy (restate, answer, cite, explain)
goal-writ-constructed-response-condition = Given a grade-level passage and question
goal-writ-constructed-response-criterion = including 4 of 4 parts in 4 of 5 responses

goal-writ-handwriting-legible-skill = will write legibly on lined paper with correct letter size and spacing
goal-writ-handwriting-legible-condition = When copying a 3-sentence passage
goal-writ-handwriting-legible-criterion = with 80% accuracy in 4 of 5 trials
goal-writ-handwriting-legible-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-writ-handwriting-legible-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-writ-expand-sentences-skill = will expand simple sentences by adding who, what, when, where and why details
goal-writ-expand-sentences-condition = Given a simple sentence
goal-writ-expand-sentences-criterion = adding 2 details in 4 of 5 trials

goal-writ-informational-essay-skill = will write an informational essay with an introduction, two body paragraphs with facts and a conclusion
goal-writ-informational-essay-condition = Given a topic, sources and a graphic organizer
goal-writ-informational-essay-criterion = scoring 3 of 4 on a rubric in 3 of 4 essays

## math

goal-math-addition-regroup-skill = will add two- and three-digit numbers with regrouping
goal-math-addition-regroup-condition = Given 10 addition problems
goal-math-addition-regroup-criterion = with 80% accuracy in 4 of 5 trials
goal-math-addition-regroup-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-addition-regroup-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-subtraction-regroup-skill = will subtract two- and three-digit numbers with regrouping
goal-math-subtraction-regroup-condition = Given 10 subtraction problems
goal-math-subtraction-regroup-criterion = with 80% accuracy in 4 of 5 trials
goal-math-subtraction-regroup-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-subtraction-regroup-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-multiplication-facts-skill = will recall multiplication facts 0 to 10
goal-math-multiplication-facts-condition = Given a 2-minute timed probe of 50 facts
goal-math-multiplication-facts-criterion = answering 40 of 50 correctly on 3 consecutive probes

goal-math-word-problems-skill = will solve one- and two-step word problems by identifying the operation and showing the work
goal-math-word-problems-condition = Given 5 grade-level word problems read aloud as needed
goal-math-word-problems-criterion = with 80% accuracy in 4 of 5 trials
goal-math-word-problems-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-word-problems-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-fractions-compare-skill = will compare fractions with unlike denominators using models or common denominators
goal-math-fractions-compare-condition = Given 10 pairs of fractions
goal-math-fractions-compare-criterion = with 80% accuracy in 4 of 5 trials
goal-math-fractions-compare-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-fractions-compare-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-linear-equations-skill = will solve multi-step linear equations with one variable
goal-math-linear-equations-condition = Given 10 equations and a step checklist
goal-math-linear-equations-criterion = with 80% accuracy in 4 of 5 trials
goal-math-linear-equations-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-linear-equations-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-money-count-skill = will count mixed coins and bills up to $20.00
goal-math-money-count-condition = Given a set of coins and bills
goal-math-money-count-criterion = with 90% accuracy in 3 consecutive sessions
goal-math-money-count-benchmark-1 = By the first progress report: with 70% accuracy in 3 consecutive sessions
goal-math-money-count-benchmark-2 = By the second progress report: with 80% accuracy in 3 consecutive sessions

goal-math-make-change-skill = will calculate the change due from a purchase up to $20.00
goal-math-make-change-condition = Given a price tag and an amount paid
goal-math-make-change-criterion = in 8 of 10 trials over 3 sessions

goal-math-time-tell-skill = will tell time to the nearest five minutes on an analog clock
goal-math-time-tell-condition = Given 10 clock faces
goal-math-time-tell-criterion = with 90% accuracy in 3 consecutive sessions
goal-math-time-tell-benchmark-1 = By the first progress report: with 70% accuracy in 3 consecutive sessions
goal-math-time-tell-benchmark-2 = By the second progress report: with 80% accuracy in 3 consecutive sessions

goal-math-place-value-skill = will identify the value of each digit in numbers up to 1,000
goal-math-place-value-condition = Given 10 three-digit numbers
goal-math-place-value-criterion = with 85% accuracy in 4 of 5 trials
goal-math-place-value-benchmark-1 = By the first progress report: with 65% accuracy in 4 of 5 trials
goal-math-place-value-benchmark-2 = By the second progress report: with 75% accuracy in 4 of 5 trials

goal-math-measurement-skill = will measure objects to the nearest quarter inch and centimeter
goal-math-measurement-condition = Given a ruler and 10 objects
goal-math-measurement-criterion = with 80% accuracy in 4 of 5 trials
goal-math-measurement-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-measurement-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-graphs-skill = will read and interpret bar graphs and line graphs to answer questions
goal-math-graphs-condition = Given a graph and 5 questions
goal-math-graphs-criterion = with 80% accuracy in 4 of 5 trials
goal-math-graphs-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-graphs-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-ratios-skill = will solve ratio and rate problems using tables or tape diagrams
goal-math-ratios-condition = Given 5 real-world ratio problems
goal-math-ratios-criterion = with 80% accuracy in 4 of 5 trials
goal-math-ratios-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-ratios-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-calculator-use-skill = will use a calculator to solve multi-step problems and check whether the answer is reasonable
goal-math-calculator-use-condition = Given 10 problems and a calculator
goal-math-calculator-use-criterion = with 80% accuracy in 4 of 5 trials
goal-math-calculator-use-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-calculator-use-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-math-budget-skill = will create a weekly budget listing income and expenses and calculate the balance
goal-math-budget-condition = Given a paycheck stub and a list of expenses
goal-math-budget-criterion = with no more than 1 error in 3 of 4 trials

goal-math-number-line-skill = will locate and order integers and decimals on a number line
goal-math-number-line-condition = Given 10 numbers and a number line
goal-math-number-line-criterion = with 80% accuracy in 4 of 5 trials
goal-math-number-line-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-math-number-line-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

## speech_language

goal-spl-articulation-r-skill = will produce the /r/ sound correctly in words and sentences
goal-spl-articulation-r-condition = During structured speech activities
goal-spl-articulation-r-criterion = with 80% accuracy in 3 consecutive sessions
goal-spl-articulation-r-benchmark-1 = By the first progress report: with 60% accuracy in 3 consecutive sessions
goal-spl-articulation-r-benchmark-2 = By the second progress report: with 70% accuracy in 3 consecutive sessions

goal-spl-articulation-s-skill = will produce the /s/ and /z/ sounds correctly in conversation
goal-spl-articulation-s-condition = During a 5-minute conversation with the provider
goal-spl-articulation-s-criterion = with 80% accuracy in 3 consecutive sessions
goal-spl-articulation-s-benchmark-1 = By the first progress report: with 60% accuracy in 3 consecutive sessions
goal-spl-articulation-s-benchmark-2 = By the second progress report: with 70% accuracy in 3 consecutive sessions

goal-spl-following-directions-skill = will follow two-step directions that include basic concepts (before, after, first, last)
goal-spl-following-directions-condition = Given oral directions without visual cues
goal-spl-following-directions-criterion = with 80% accuracy in 4 of 5 trials
goal-spl-following-directions-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-spl-following-directions-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-spl-vocabulary-categories-skill = will name at least 5 items in a category and explain how they are related
goal-spl-vocabulary-categories-condition = Given a category label
goal-spl-vocabulary-categories-criterion = in 4 of 5 trials

goal-spl-wh-questions-skill = will answer wh- questions about a short story
goal-spl-wh-questions-condition = After hearing a short story read aloud
goal-spl-wh-questions-criterion = with 80% accuracy in 4 of 5 trials
goal-spl-wh-questions-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-spl-wh-questions-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-spl-sentence-length-skill = will use complete sentences of 6 or more words with correct grammar
goal-spl-sentence-length-condition = When describing a picture or event
goal-spl-sentence-length-criterion = with 80% accuracy in 4 of 5 trials
goal-spl-sentence-length-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-spl-sentence-length-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-spl-narrative-retell-skill = will retell a personal event in sequence using time words (first, next, then, last)
goal-spl-narrative-retell-condition = When asked about a recent event
goal-spl-narrative-retell-criterion = including 4 events in order in 4 of 5 trials

goal-spl-conversation-turns-skill = will maintain a topic for 4 conversational turns
goal-spl-conversation-turns-condition = During a conversation with a peer
goal-spl-conversation-turns-criterion = in 4 of 5 observed opportunities

goal-spl-fluency-strategy-skill = will use a fluency strategy (easy onset, slow rate) to speak fluently
goal-spl-fluency-strategy-condition = During structured conversation
goal-spl-fluency-strategy-criterion = with 90% accuracy in fluent syllables over 3 consecutive sessions
goal-spl-fluency-strategy-benchmark-1 = By the first progress report: with 70% accuracy in fluent syllables over 3 consecutive sessions
goal-spl-fluency-strategy-benchmark-2 = By the second progress report: with 80% accuracy in fluent syllables over 3 consecutive sessions

goal-spl-aac-requests-skill = will use an augmentative communication device to make requests and comments
goal-spl-aac-requests-condition = During classroom routines
goal-spl-aac-requests-criterion = 10 times in a 30-minute period on 3 consecutive days

goal-spl-figurative-language-skill = will explain the meaning of idioms and figurative expressions
goal-spl-figurative-language-condition = Given 10 idioms in sentence context
goal-spl-figurative-language-criterion = with 80% accuracy in 4 of 5 trials
goal-spl-figurative-language-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-spl-figurative-language-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-spl-clarification-skill = will ask for clarification when a direction or message is not understood
goal-spl-clarification-condition = During class instruction
goal-spl-clarification-criterion = in 4 of 5 observed opportunities

goal-spl-describe-attributes-skill = will describe an object using 3 attributes (size, color, function, parts)
goal-spl-describe-attributes-condition = Given a picture or real object
goal-spl-describe-attributes-criterion = in 4 of 5 trials

goal-spl-pronouns-skill = will use subject and object pronouns correctly in sentences
goal-spl-pronouns-condition = During structured language activities
goal-spl-pronouns-criterion = with 80% accuracy in 4 of 5 trials
goal-spl-pronouns-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-spl-pronouns-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-spl-voice-volume-skill = will use an appropriate voice volume for the setting
goal-spl-voice-volume-condition = During classroom and hallway routines
goal-spl-voice-volume-criterion = in 4 of 5 observed opportunities

goal-spl-self-advocacy-speech-skill = will explain his or her communication needs and supports to a new adult
goal-spl-self-advocacy-speech-condition = In a role-play or a real meeting
goal-spl-self-advocacy-speech-criterion = naming 2 needs and 2 supports in 3 of 4 trials

## social_emotional

goal-soc-identify-feelings-skill = will identify his or her feelings and rate their intensity using a feelings scale
goal-soc-identify-feelings-condition = When upset during the school day
goal-soc-identify-feelings-criterion = in 4 of 5 observed opportunities

goal-soc-coping-strategy-skill = will use a coping strategy (deep breathing, break card, counting) to calm down
goal-soc-coping-strategy-condition = When frustrated or anxious
goal-soc-coping-strategy-criterion = in 4 of 5 observed opportunities

goal-soc-peer-initiation-skill = will initiate an interaction with a peer
goal-soc-peer-initiation-condition = During unstructured times (lunch, recess)
goal-soc-peer-initiation-criterion = 3 times per day on 4 of 5 days

goal-soc-perspective-taking-skill = will state how another person might feel in a given situation and why
goal-soc-perspective-taking-condition = Given social scenarios
goal-soc-perspective-taking-criterion = with 80% accuracy in 4 of 5 trials
goal-soc-perspective-taking-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-soc-perspective-taking-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-soc-conflict-resolution-skill = will use a 4-step problem-solving plan to resolve a conflict with a peer
goal-soc-conflict-resolution-condition = During peer conflicts
goal-soc-conflict-resolution-criterion = in 3 of 4 observed opportunities

goal-soc-accept-feedback-skill = will accept corrective feedback from an adult without arguing
goal-soc-accept-feedback-condition = When given corrective feedback
goal-soc-accept-feedback-criterion = in 80% of opportunities over 4 consecutive weeks
goal-soc-accept-feedback-benchmark-1 = By the first progress report: in 60% of opportunities over 4 consecutive weeks
goal-soc-accept-feedback-benchmark-2 = By the second progress report: in 70% of opportunities over 4 consecutive weeks

goal-soc-group-work-skill = will take part in a small-group activity by sharing ideas and taking turns
goal-soc-group-work-condition = During cooperative learning activities
goal-soc-group-work-criterion = in 4 of 5 observed sessions

goal-soc-self-advocacy-skill = will request help or accommodations from a teacher using an appropriate statement
goal-soc-self-advocacy-condition = When facing a difficult task
goal-soc-self-advocacy-criterion = in 4 of 5 observed opportunities

goal-soc-positive-self-talk-skill = will replace a negative self-statement with a positive one
goal-soc-positive-self-talk-condition = When prompted by a counselor during a session
goal-soc-positive-self-talk-criterion = in 4 of 5 trials

goal-soc-friendship-skills-skill = will name 3 qualities of a good friend and describe a time he or she showed one
goal-soc-friendship-skills-condition = During counseling sessions
goal-soc-friendship-skills-criterion = in 3 of 4 sessions

goal-soc-anxiety-plan-skill = will follow a written anxiety plan before tests and presentations
goal-soc-anxiety-plan-condition = Before a test or presentation
goal-soc-anxiety-plan-criterion = in 4 of 5 opportunities

goal-soc-social-cues-skill = will identify nonverbal cues (facial expression, tone, body language) in video clips
goal-soc-social-cues-condition = Given short video clips
goal-soc-social-cues-criterion = with 80% accuracy in 4 of 5 trials
goal-soc-social-cues-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-soc-social-cues-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-soc-joining-games-skill = will ask to join a game or activity using an appropriate phrase
goal-soc-joining-games-condition = During recess or free time
goal-soc-joining-games-criterion = in 4 of 5 observed opportunities

goal-soc-goal-setting-skill = will set a weekly personal goal and evaluate whether it was met
goal-soc-goal-setting-condition = During weekly counseling check-ins
goal-soc-goal-setting-criterion = for 8 of 10 consecutive weeks

goal-soc-attendance-skill = will attend school on time
goal-soc-attendance-condition = Over each marking period
goal-soc-attendance-criterion = in 90% of school days
goal-soc-attendance-benchmark-1 = By the first progress report: in 70% of school days
goal-soc-attendance-benchmark-2 = By the second progress report: in 80% of school days

goal-soc-responsibility-skill = will accept responsibility for his or her actions by describing what happened and what to do next
goal-soc-responsibility-condition = After an incident
goal-soc-responsibility-criterion = in 3 of 4 opportunities

## behavior

goal-beh-on-task-skill = will remain on task during independent work
goal-beh-on-task-condition = During 20-minute independent work periods
goal-beh-on-task-criterion = in 80% of intervals over 4 consecutive weeks
goal-beh-on-task-benchmark-1 = By the first progress report: in 60% of intervals over 4 consecutive weeks
goal-beh-on-task-benchmark-2 = By the second progress report: in 70% of intervals over 4 consecutive weeks

goal-beh-follow-directions-skill = will follow teacher directions within 30 seconds of the first request
goal-beh-follow-directions-condition = During class instruction
goal-beh-follow-directions-criterion = in 80% of opportunities over 4 consecutive weeks
goal-beh-follow-directions-benchmark-1 = By the first progress report: in 60% of opportunities over 4 consecutive weeks
goal-beh-follow-directions-benchmark-2 = By the second progress report: in 70% of opportunities over 4 consecutive weeks

goal-beh-break-card-skill = will use a break card to request a break instead of leaving the area
goal-beh-break-card-condition = When frustrated
goal-beh-break-card-criterion = in 90% of opportunities over 4 consecutive weeks
goal-beh-break-card-benchmark-1 = By the first progress report: in 70% of opportunities over 4 consecutive weeks
goal-beh-break-card-benchmark-2 = By the second progress report: in 80% of opportunities over 4 consecutive weeks

goal-beh-hands-to-self-skill = will keep hands and feet to self
goal-beh-hands-to-self-condition = During transitions and unstructured times
goal-beh-hands-to-self-criterion = in 90% of intervals over 4 consecutive weeks
goal-beh-hands-to-self-benchmark-1 = By the first progress report: in 70% of intervals over 4 consecutive weeks
goal-beh-hands-to-self-benchmark-2 = By the second progress report: in 80% of intervals over 4 consecutive weeks

goal-beh-raise-hand-skill = will raise his or her hand and wait to be called on before speaking
goal-beh-raise-hand-condition = During whole-class instruction
goal-beh-raise-hand-criterion = in 80% of opportunities over 4 consecutive weeks
goal-beh-raise-hand-benchmark-1 = By the first progress report: in 60% of opportunities over 4 consecutive weeks
goal-beh-raise-hand-benchmark-2 = By the second progress report: in 70% of opportunities over 4 consecutive weeks

goal-beh-transitions-skill = will move between activities within 2 minutes
goal-beh-transitions-condition = Given a 2-minute warning and a visual schedule
goal-beh-transitions-criterion = in 8 of 10 transitions per day on 4 of 5 days

goal-beh-work-completion-skill = will complete and hand in class assignments
goal-beh-work-completion-condition = Given a checklist of assigned work
goal-beh-work-completion-criterion = in 80% of assignments over a marking period
goal-beh-work-completion-benchmark-1 = By the first progress report: in 60% of assignments over a marking period
goal-beh-work-completion-benchmark-2 = By the second progress report: in 70% of assignments over a marking period

goal-beh-respectful-language-skill = will use respectful language with peers and adults
goal-beh-respectful-language-condition = Throughout the school day
goal-beh-respectful-language-criterion = with no more than 1 incident per week for 4 consecutive weeks

goal-beh-self-monitoring-skill = will rate his or her own behavior on a point sheet and match the teacher's rating
goal-beh-self-monitoring-condition = At the end of each class period
goal-beh-self-monitoring-criterion = in 80% of periods over 4 consecutive weeks
goal-beh-self-monitoring-benchmark-1 = By the first progress report: in 60% of periods over 4 consecutive weeks
goal-beh-self-monitoring-benchmark-2 = By the second progress report: in 70% of periods over 4 consecutive weeks

goal-beh-wait-turn-skill = will wait for a turn without interrupting
goal-beh-wait-turn-condition = During small-group activities
goal-beh-wait-turn-criterion = in 4 of 5 observed opportunities

goal-beh-seat-remain-skill = will remain in the assigned area
goal-beh-seat-remain-condition = During 30-minute instructional periods
goal-beh-seat-remain-criterion = in 90% of intervals over 4 consecutive weeks
goal-beh-seat-remain-benchmark-1 = By the first progress report: in 70% of intervals over 4 consecutive weeks
goal-beh-seat-remain-benchmark-2 = By the second progress report: in 80% of intervals over 4 consecutive weeks

goal-beh-materials-ready-skill = will bring required materials (book, notebook, pencil) to class
goal-beh-materials-ready-condition = At the start of each class
goal-beh-materials-ready-criterion = in 85% of class periods over 4 consecutive weeks
goal-beh-materials-ready-benchmark-1 = By the first progress report: in 65% of class periods over 4 consecutive weeks
goal-beh-materials-ready-benchmark-2 = By the second progress report: in 75% of class periods over 4 consecutive weeks

goal-beh-aggression-replace-skill = will use a replacement behavior (walk away, ask an adult) instead of physical aggression
goal-beh-aggression-replace-condition = During conflicts with peers
goal-beh-aggression-replace-criterion = with 0 incidents of physical aggression for 6 consecutive weeks

goal-beh-task-initiation-skill = will begin an assigned task within 2 minutes
goal-beh-task-initiation-condition = After directions are given
goal-beh-task-initiation-criterion = in 80% of opportunities over 4 consecutive weeks
goal-beh-task-initiation-benchmark-1 = By the first progress report: in 60% of opportunities over 4 consecutive weeks
goal-beh-task-initiation-benchmark-2 = By the second progress report: in 70% of opportunities over 4 consecutive weeks

goal-beh-cell-phone-skill = will keep a personal phone put away during class
goal-beh-cell-phone-condition = During instructional periods
goal-beh-cell-phone-criterion = in 90% of periods over 4 consecutive weeks
goal-beh-cell-phone-benchmark-1 = By the first progress report: in 70% of periods over 4 consecutive weeks
goal-beh-cell-phone-benchmark-2 = By the second progress report: in 80% of periods over 4 consecutive weeks

goal-beh-calm-down-return-skill = will return to the activity within 5 minutes after a break
goal-beh-calm-down-return-condition = After a requested or offered break
goal-beh-calm-down-return-criterion = in 80% of breaks over 4 consecutive weeks
goal-beh-calm-down-return-benchmark-1 = By the first progress report: in 60% of breaks over 4 consecutive weeks
goal-beh-calm-down-return-benchmark-2 = By the second progress report: in 70% of breaks over 4 consecutive weeks

## fine_motor

goal-fm-pencil-grasp-skill = will use a functional tripod grasp when writing
goal-fm-pencil-grasp-condition = During writing tasks, with a pencil grip if needed
goal-fm-pencil-grasp-criterion = with 80% accuracy on observed writing tasks over 3 consecutive sessions
goal-fm-pencil-grasp-benchmark-1 = By the first progress report: with 60% accuracy on observed writing tasks over 3 consecutive sessions
goal-fm-pencil-grasp-benchmark-2 = By the second progress report: with 70% accuracy on observed writing tasks over 3 consecutive sessions

goal-fm-scissors-skill = will cut along a curved line staying within 1/4 inch
goal-fm-scissors-condition = Given scissors and a worksheet
goal-fm-scissors-criterion = in 4 of 5 trials

goal-fm-letter-formation-skill = will form upper- and lower-case letters correctly from memory
goal-fm-letter-formation-condition = When writing the alphabet
goal-fm-letter-formation-criterion = with 90% accuracy in 3 consecutive sessions
goal-fm-letter-formation-benchmark-1 = By the first progress report: with 70% accuracy in 3 consecutive sessions
goal-fm-letter-formation-benchmark-2 = By the second progress report: with 80% accuracy in 3 consecutive sessions

goal-fm-buttons-zippers-skill = will fasten buttons and zippers on his or her own clothing
goal-fm-buttons-zippers-condition = During dressing routines
goal-fm-buttons-zippers-criterion = independently in 4 of 5 trials

goal-fm-copy-board-skill = will copy 3 sentences from the board legibly
goal-fm-copy-board-condition = Within 5 minutes
goal-fm-copy-board-criterion = in 4 of 5 trials

goal-fm-keyboard-home-row-skill = will type using the home-row keys with both hands
goal-fm-keyboard-home-row-condition = Using a keyboard and a typing program
goal-fm-keyboard-home-row-criterion = at 15 words per minute in 3 consecutive sessions

goal-fm-in-hand-manipulation-skill = will pick up and position small objects (coins, pegs) using one hand
goal-fm-in-hand-manipulation-condition = Given 10 small objects
goal-fm-in-hand-manipulation-criterion = placing 10 of 10 in under 60 seconds in 4 of 5 trials

goal-fm-spacing-skill = will leave finger spaces between words and write on the line
goal-fm-spacing-condition = When writing 3 or more sentences
goal-fm-spacing-criterion = with 80% accuracy in 4 of 5 samples
goal-fm-spacing-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 samples
goal-fm-spacing-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 samples

goal-fm-open-containers-skill = will open lunch containers and packages
goal-fm-open-containers-condition = At lunch
goal-fm-open-containers-criterion = independently in 4 of 5 opportunities

goal-fm-tablet-navigation-skill = will use a tablet touch screen to open, use and close an app
goal-fm-tablet-navigation-condition = Given a verbal direction
goal-fm-tablet-navigation-criterion = independently in 4 of 5 trials

goal-fm-shoelaces-skill = will tie shoelaces
goal-fm-shoelaces-condition = During dressing routines
goal-fm-shoelaces-criterion = independently in 4 of 5 trials

goal-fm-bilateral-skill = will stabilize paper with one hand while writing or cutting with the other
goal-fm-bilateral-condition = During table-top tasks
goal-fm-bilateral-criterion = with 80% accuracy on observed tasks over 3 sessions
goal-fm-bilateral-benchmark-1 = By the first progress report: with 60% accuracy on observed tasks over 3 sessions
goal-fm-bilateral-benchmark-2 = By the second progress report: with 70% accuracy on observed tasks over 3 sessions

goal-fm-ruler-line-skill = will draw a straight line between two points using a ruler
goal-fm-ruler-line-condition = Given a ruler and 10 pairs of points
goal-fm-ruler-line-criterion = 8 of 10 lines within 1/8 inch in 3 consecutive sessions

goal-fm-sizing-letters-skill = will size letters correctly within writing lines
goal-fm-sizing-letters-condition = When copying a sentence
goal-fm-sizing-letters-criterion = with 80% accuracy in 4 of 5 trials
goal-fm-sizing-letters-benchmark-1 = By the first progress report: with 60% accuracy in 4 of 5 trials
goal-fm-sizing-letters-benchmark-2 = By the second progress report: with 70% accuracy in 4 of 5 trials

goal-fm-utensils-skill = will use a fork and spoon to eat without spilling
goal-fm-utensils-condition = At lunch
goal-fm-utensils-criterion = in 4 of 5 observed meals

goal-fm-organize-binder-skill = will put papers in the correct binder sections using rings and tabs
goal-fm-organize-binder-condition = At the end of each class
goal-fm-organize-binder-criterion = in 80% of opportunities over 4 weeks
goal-fm-organize-binder-benchmark-1 = By the first progress report: in 60% of opportunities over 4 weeks
goal-fm-organize-binder-benchmark-2 = By the second progress report: in 70% of opportunities over 4 weeks

## gross_motor

goal-gm-stairs-skill = will walk up and down a flight of stairs using alternating feet and the handrail
goal-gm-stairs-condition = During school transitions
goal-gm-stairs-criterion = safely in 4 of 5 trials

goal-gm-balance-beam-skill = will walk heel-to-toe along a 10-foot line without stepping off
goal-gm-balance-beam-condition = In the gym or therapy room
goal-gm-balance-beam-criterion = in 4 of 5 trials

goal-gm-ball-catch-skill = will catch a playground ball thrown from 10 feet
goal-gm-ball-catch-condition = During physical education or therapy
goal-gm-ball-catch-criterion = 8 of 10 catches in 3 consecutive sessions

goal-gm-hop-skill = will hop on one foot 10 times without losing balance
goal-gm-hop-condition = In the gym or therapy room
goal-gm-hop-criterion = on each foot in 4 of 5 trials

goal-gm-navigate-school-skill = will move through crowded hallways safely with his or her mobility device
goal-gm-navigate-school-condition = During class changes
goal-gm-navigate-school-criterion = without contact or stops for help in 4 of 5 trials

goal-gm-endurance-walk-skill = will walk 500 feet without a rest
goal-gm-endurance-walk-condition = During school outings or therapy
goal-gm-endurance-walk-criterion = in 4 of 5 trials

goal-gm-jump-skill = will jump forward 24 inches with a two-foot takeoff and landing
goal-gm-jump-condition = In the gym or therapy room
goal-gm-jump-criterion = in 4 of 5 trials

goal-gm-wheelchair-transfer-skill = will transfer from wheelchair to classroom chair with standby assistance
goal-gm-wheelchair-transfer-condition = During class routines
goal-gm-wheelchair-transfer-criterion = safely in 4 of 5 trials

goal-gm-kick-ball-skill = will kick a rolling ball toward a target 15 feet away
goal-gm-kick-ball-condition = During physical education
goal-gm-kick-ball-criterion = hitting the target 6 of 10 times in 3 sessions

goal-gm-playground-equipment-skill = will climb the ladder and use the slide on playground equipment
goal-gm-playground-equipment-condition = During recess
goal-gm-playground-equipment-criterion = independently and safely in 4 of 5 opportunities

goal-gm-posture-skill = will maintain upright seated posture at a desk
goal-gm-posture-condition = During a 20-minute lesson
goal-gm-posture-criterion = with 80% accuracy on observed intervals over 3 sessions
goal-gm-posture-benchmark-1 = By the first progress report: with 60% accuracy on observed intervals over 3 sessions
goal-gm-posture-benchmark-2 = By the second progress report: with 70% accuracy on observed intervals over 3 sessions

goal-gm-curb-negotiation-skill = will step up and down curbs safely
goal-gm-curb-negotiation-condition = During community outings
goal-gm-curb-negotiation-criterion = in 4 of 5 trials

goal-gm-skip-skill = will skip 30 feet with a smooth alternating pattern
goal-gm-skip-condition = In the gym
goal-gm-skip-criterion = in 4 of 5 trials

goal-gm-fitness-circuit-skill = will complete a 5-station fitness circuit
goal-gm-fitness-circuit-condition = During adapted physical education
goal-gm-fitness-circuit-criterion = within 10 minutes in 3 consecutive sessions

goal-gm-bus-steps-skill = will climb on and off the school bus steps holding the rail
goal-gm-bus-steps-condition = At arrival and dismissal
goal-gm-bus-steps-criterion = safely in 4 of 5 opportunities

goal-gm-throw-overhand-skill = will throw a ball overhand to a partner 15 feet away
goal-gm-throw-overhand-condition = During physical education
goal-gm-throw-overhand-criterion = reaching the partner 8 of 10 times in 3 sessions

## adaptive_daily_living

goal-adl-handwashing-skill = will wash and dry hands following a 6-step picture sequence
goal-adl-handwashing-condition = Before lunch and after toileting
goal-adl-handwashing-criterion = completing 6 of 6 steps independently in 4 of 5 opportunities

goal-adl-arrival-routine-skill = will complete the arrival routine (unpack, hang coat, hand in folder, start morning work)
goal-adl-arrival-routine-condition = Upon arrival in class
goal-adl-arrival-routine-criterion = with no more than 1 prompt on 4 of 5 days

goal-adl-visual-schedule-skill = will follow a visual schedule to move between activities
goal-adl-visual-schedule-condition = Throughout the school day
goal-adl-visual-schedule-criterion = in 80% of transitions over 4 consecutive weeks
goal-adl-visual-schedule-benchmark-1 = By the first progress report: in 60% of transitions over 4 consecutive weeks
goal-adl-visual-schedule-benchmark-2 = By the second progress report: in 70% of transitions over 4 consecutive weeks

goal-adl-personal-info-skill = will state or show his or her full name, address and a parent's phone number
goal-adl-personal-info-condition = When asked by a familiar adult
goal-adl-personal-info-criterion = correctly in 4 of 5 trials

goal-adl-lunch-routine-skill = will get lunch, pay or enter an ID number, and clean up the table
goal-adl-lunch-routine-condition = In the cafeteria
goal-adl-lunch-routine-criterion = independently in 4 of 5 opportunities

goal-adl-dressing-skill = will put on and take off a jacket
goal-adl-dressing-condition = At arrival and dismissal
goal-adl-dressing-criterion = independently in 4 of 5 opportunities

goal-adl-toileting-request-skill = will communicate the need to use the bathroom
goal-adl-toileting-request-condition = Throughout the school day
goal-adl-toileting-request-criterion = in 90% of opportunities over 4 consecutive weeks
goal-adl-toileting-request-benchmark-1 = By the first progress report: in 70% of opportunities over 4 consecutive weeks
goal-adl-toileting-request-benchmark-2 = By the second progress report: in 80% of opportunities over 4 consecutive weeks

goal-adl-safety-signs-skill = will identify and respond correctly to safety signs (exit, stop, danger, walk)
goal-adl-safety-signs-condition = During community-based instruction
goal-adl-safety-signs-criterion = in 9 of 10 trials

goal-adl-simple-meal-skill = will prepare a simple snack following a picture recipe
goal-adl-simple-meal-condition = In the life-skills kitchen
goal-adl-simple-meal-criterion = completing 8 of 10 steps independently in 3 of 4 sessions

goal-adl-hygiene-skill = will complete a grooming routine (brush hair, check appearance, use deodorant)
goal-adl-hygiene-condition = Following a checklist
goal-adl-hygiene-criterion = independently in 4 of 5 opportunities

goal-adl-calendar-use-skill = will use a calendar or planner to record assignments and appointments
goal-adl-calendar-use-condition = At the end of each class
goal-adl-calendar-use-criterion = in 80% of opportunities over 4 weeks
goal-adl-calendar-use-benchmark-1 = By the first progress report: in 60% of opportunities over 4 weeks
goal-adl-calendar-use-benchmark-2 = By the second progress report: in 70% of opportunities over 4 weeks

goal-adl-shopping-list-skill = will find 5 items from a picture shopping list in a store
goal-adl-shopping-list-condition = During community-based instruction
goal-adl-shopping-list-criterion = within 15 minutes in 3 of 4 trips

goal-adl-emergency-help-skill = will state or demonstrate what to do in an emergency (call 911, find a helper)
goal-adl-emergency-help-condition = Given role-play scenarios
goal-adl-emergency-help-criterion = in 4 of 5 scenarios

goal-adl-clean-up-skill = will clean up his or her work area and put materials away
goal-adl-clean-up-condition = At the end of an activity
goal-adl-clean-up-criterion = with 1 or fewer prompts in 4 of 5 opportunities

goal-adl-medication-routine-skill = will tell the nurse the time and name of his or her medication
goal-adl-medication-routine-condition = At the scheduled medication time
goal-adl-medication-routine-criterion = in 4 of 5 opportunities

goal-adl-laundry-skill = will sort, wash and fold a load of laundry following a task analysis
goal-adl-laundry-condition = In the life-skills room
goal-adl-laundry-criterion = completing 9 of 10 steps in 3 of 4 sessions

## transition

goal-tran-career-interest-skill = will complete a career interest inventory and name 3 careers that match his or her interests
goal-tran-career-interest-condition = With a transition counselor
goal-tran-career-interest-criterion = naming 3 matching careers with 1 reason each by the end of the first marking period

goal-tran-job-application-skill = will complete a job application with personal information, work history and references
goal-tran-job-application-condition = Given a paper or online application
goal-tran-job-application-criterion = completing all required fields correctly in 3 of 4 trials

goal-tran-interview-practice-skill = will answer 5 common interview questions with complete, relevant answers
goal-tran-interview-practice-condition = During a mock interview
goal-tran-interview-practice-criterion = in 3 of 4 mock interviews

goal-tran-resume-skill = will create a resume listing education, skills and work or volunteer experience
goal-tran-resume-condition = Using a resume template
goal-tran-resume-criterion = scoring 3 of 4 on a resume rubric by the second marking period

goal-tran-travel-public-skill = will travel by bus or subway between school and a community site
goal-tran-travel-public-condition = With fading adult support
goal-tran-travel-public-criterion = independently and safely in 4 of 5 trips

goal-tran-college-research-skill = will research 3 postsecondary programs and compare admission requirements, cost and supports
goal-tran-college-research-condition = Using college websites and a comparison chart
goal-tran-college-research-criterion = completing the chart for 3 of 3 programs

goal-tran-work-task-skill = will complete an assigned work task following a checklist
goal-tran-work-task-condition = At a work-based learning site
goal-tran-work-task-criterion = in 90% of steps over 4 consecutive shifts
goal-tran-work-task-benchmark-1 = By the first progress report: in 70% of steps over 4 consecutive shifts
goal-tran-work-task-benchmark-2 = By the second progress report: in 80% of steps over 4 consecutive shifts

goal-tran-time-clock-skill = will arrive on time and clock in for a work-based learning shift
goal-tran-time-clock-condition = At a work-based learning site
goal-tran-time-clock-criterion = in 90% of shifts over a marking period
goal-tran-time-clock-benchmark-1 = By the first progress report: in 70% of shifts over a marking period
goal-tran-time-clock-benchmark-2 = By the second progress report: in 80% of shifts over a marking period

goal-tran-self-advocacy-iep-skill = will explain his or her disability, strengths, needs and accommodations at the IEP meeting
goal-tran-self-advocacy-iep-condition = With a prepared script or slides
goal-tran-self-advocacy-iep-criterion = naming 3 strengths, 2 needs and 2 accommodations

goal-tran-money-management-skill = will use a debit card or cash to make a purchase and check the receipt
goal-tran-money-management-condition = During community-based instruction
goal-tran-money-management-criterion = correctly in 4 of 5 trips

goal-tran-workplace-social-skill = will greet coworkers and ask a supervisor for help when needed
goal-tran-workplace-social-condition = At a work-based learning site
goal-tran-workplace-social-criterion = in 4 of 5 observed shifts

goal-tran-credits-tracking-skill = will track his or her credits and Regents exams toward a diploma
goal-tran-credits-tracking-condition = Using a graduation tracker with the counselor
goal-tran-credits-tracking-criterion = with 100% accuracy at each of 3 marking-period reviews

goal-tran-agency-contact-skill = will call an adult service agency to schedule an intake appointment
goal-tran-agency-contact-condition = Using a phone script
goal-tran-agency-contact-criterion = stating name, purpose and availability in 3 of 4 role-plays and 1 real call

goal-tran-housing-skills-skill = will compare 3 apartment listings by rent, location and transportation
goal-tran-housing-skills-condition = Given listings and a comparison chart
goal-tran-housing-skills-criterion = completing the comparison with 90% accuracy in 3 of 4 trials

goal-tran-schedule-appointments-skill = will use a phone calendar to set reminders for classes, work and appointments
goal-tran-schedule-appointments-condition = Over a school week
goal-tran-schedule-appointments-criterion = in 80% of scheduled events over 4 weeks
goal-tran-schedule-appointments-benchmark-1 = By the first progress report: in 60% of scheduled events over 4 weeks
goal-tran-schedule-appointments-benchmark-2 = By the second progress report: in 70% of scheduled events over 4 weeks

goal-tran-safety-work-skill = will follow workplace safety rules (protective equipment, clean-up, reporting hazards)
goal-tran-safety-work-condition = At a work-based learning site
goal-tran-safety-work-criterion = following 5 of 5 rules in 4 of 5 observed shifts
