# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = শব্দাংশের ধরন ব্যবহার করে বহু-শব্দাংশযুক্ত শব্দ ভেঙে (ডিকোড করে) পড়বে
goal-read-decode-multisyllabic-condition = শ্রেণি-স্তরের 20টি অপরিচিত বহু-শব্দাংশযুক্ত শব্দের একটি তালিকা দেওয়া হলে
goal-read-decode-multisyllabic-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-read-decode-multisyllabic-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-read-decode-multisyllabic-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-read-fluency-wcpm-skill = শ্রেণি-স্তরের একটি অনুচ্ছেদ প্রতি মিনিটে 110টি সঠিক শব্দের গতিতে জোরে পড়বে
goal-read-fluency-wcpm-condition = আগে অনুশীলন করা হয়নি এমন শ্রেণি-স্তরের একটি অনুচ্ছেদ দেওয়া হলে
goal-read-fluency-wcpm-criterion = পরপর 3টি সাপ্তাহিক সংক্ষিপ্ত যাচাই পরীক্ষায়

goal-read-main-idea-skill = মূল ভাব এবং তা সমর্থন করে এমন দুটি বিবরণ বলবে
goal-read-main-idea-condition = শ্রেণি-স্তরের একটি তথ্যমূলক লেখা এবং একটি গ্রাফিক অর্গানাইজার দেওয়া হলে
goal-read-main-idea-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-read-main-idea-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-read-main-idea-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-read-inference-skill = একটি অনুমান করবে এবং তার পক্ষে লেখা থেকে একটি প্রমাণ উল্লেখ করবে
goal-read-inference-condition = শ্রেণি-স্তরের একটি সাহিত্যধর্মী অনুচ্ছেদ পড়ার পর
goal-read-inference-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 75% নির্ভুলতার সাথে
goal-read-inference-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 55% নির্ভুলতার সাথে
goal-read-inference-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 65% নির্ভুলতার সাথে

goal-read-sight-words-skill = বহুল ব্যবহৃত শব্দগুলো না থেমে সঙ্গে সঙ্গে পড়বে (প্রতিটি শব্দ 3 সেকেন্ডের মধ্যে)
goal-read-sight-words-condition = শ্রেণি-স্তরের 50টি বহুল ব্যবহৃত শব্দের একটি তালিকা দেওয়া হলে
goal-read-sight-words-criterion = পরপর 3টি সংক্ষিপ্ত যাচাই পরীক্ষায় 50টির মধ্যে 45টি শব্দ সঠিকভাবে পড়ে

goal-read-phonemic-blend-skill = 3 থেকে 4টি ধ্বনির মৌখিক শব্দের ধ্বনিগুলো মিলিয়ে শব্দ তৈরি করবে এবং শব্দকে আলাদা আলাদা ধ্বনিতে ভাগ করবে
goal-read-phonemic-blend-condition = মৌখিকভাবে শব্দ বলে দেওয়া হলে
goal-read-phonemic-blend-criterion = পরপর 3টি সেশনে 90% নির্ভুলতার সাথে
goal-read-phonemic-blend-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 70% নির্ভুলতার সাথে
goal-read-phonemic-blend-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 80% নির্ভুলতার সাথে

goal-read-summarize-skill = শ্রেণি-স্তরের একটি লেখার সারসংক্ষেপ লিখবে যাতে প্রধান ঘটনাগুলো ক্রমানুসারে থাকবে
goal-read-summarize-condition = শ্রেণি-স্তরের একটি অনুচ্ছেদ স্বাধীনভাবে পড়ার পর
goal-read-summarize-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় সারসংক্ষেপের রুব্রিকে 4-এর মধ্যে 3 নম্বর পেয়ে

goal-read-vocabulary-context-skill = প্রসঙ্গের সূত্র ব্যবহার করে অজানা শব্দের অর্থ নির্ণয় করবে
goal-read-vocabulary-context-condition = 5টি অপরিচিত শব্দের নিচে দাগ দেওয়া শ্রেণি-স্তরের একটি অনুচ্ছেদ দেওয়া হলে
goal-read-vocabulary-context-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-read-vocabulary-context-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-read-vocabulary-context-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-read-text-structure-skill = লেখার কাঠামো শনাক্ত করবে (ক্রম, তুলনা ও বৈপরীত্য, কারণ ও ফলাফল, সমস্যা ও সমাধান)
goal-read-text-structure-condition = ছোট তথ্যমূলক অনুচ্ছেদ দেওয়া হলে
goal-read-text-structure-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-read-text-structure-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-read-text-structure-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-read-answer-wh-skill = একটি অনুচ্ছেদ সম্পর্কে কে, কী, কোথায়, কখন ও কেন প্রশ্নের উত্তর দেবে
goal-read-answer-wh-condition = শিক্ষাদান-স্তরের একটি অনুচ্ছেদ শোনার বা পড়ার পর
goal-read-answer-wh-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-read-answer-wh-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-read-answer-wh-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-read-retell-skill = চরিত্র, পটভূমি (স্থান ও সময়), সমস্যা ও সমাধানসহ একটি গল্প নিজের ভাষায় আবার বলবে
goal-read-retell-condition = শিক্ষাদান-স্তরের একটি গল্প পড়ার পর
goal-read-retell-criterion = 5 বার আবার বলার মধ্যে 4 বার গল্পের 4টির মধ্যে 4টি উপাদান অন্তর্ভুক্ত করে

goal-read-comprehension-monitor-skill = অর্থ বুঝতে সমস্যা হলে বোঝা ঠিক করার একটি কৌশল (আবার পড়া, সামনে পড়ে যাওয়া, প্রশ্ন করা) ব্যবহার করবে
goal-read-comprehension-monitor-condition = শ্রেণি-স্তরের একটি লেখা পড়ার সময়
goal-read-comprehension-monitor-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-read-compare-texts-skill = ভেন চিত্র ব্যবহার করে একই বিষয়ের দুটি লেখার মিল ও অমিল তুলনা করবে
goal-read-compare-texts-condition = একই বিষয়ে শ্রেণি-স্তরের দুটি লেখা দেওয়া হলে
goal-read-compare-texts-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 3টি মিল ও 3টি অমিল তালিকাভুক্ত করে

goal-read-reading-level-skill = শিক্ষাদান-স্তরের লেখা 95% শব্দ-নির্ভুলতার সাথে পড়বে এবং বোঝার প্রশ্নের উত্তর দেবে
goal-read-reading-level-condition = স্তর অনুযায়ী সাজানো লেখা দেওয়া হলে
goal-read-reading-level-criterion = পড়ার রেকর্ডের পরিমাপ অনুযায়ী পড়ার 2টি স্তর এগিয়ে

goal-read-functional-signs-skill = কমিউনিটিতে দৈনন্দিন কাজে লাগে এমন সাইন ও লেবেল পড়বে
goal-read-functional-signs-condition = কমিউনিটির সাইন ও পণ্যের লেবেলের 20টি ছবি দেওয়া হলে
goal-read-functional-signs-criterion = পরপর 3টি সেশনে 20টির মধ্যে 18টি সঠিকভাবে পড়ে

goal-read-author-purpose-skill = লেখকের উদ্দেশ্য ও দৃষ্টিভঙ্গি শনাক্ত করবে
goal-read-author-purpose-condition = শ্রেণি-স্তরের একটি তথ্যমূলক বা প্ররোচনামূলক লেখা দেওয়া হলে
goal-read-author-purpose-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-read-author-purpose-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-read-author-purpose-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

## writing

goal-writ-paragraph-skill = একটি মূল বাক্য, তিনটি সহায়ক বিবরণ ও একটি উপসংহার বাক্যসহ একটি অনুচ্ছেদ লিখবে
goal-writ-paragraph-condition = লেখার একটি বিষয় ও অনুচ্ছেদ পরিকল্পনার একটি ছক দেওয়া হলে
goal-writ-paragraph-criterion = 5টির মধ্যে 4টি লেখার নমুনায় অনুচ্ছেদের রুব্রিকে 4-এর মধ্যে 3 নম্বর পেয়ে

goal-writ-argument-essay-skill = একটি দাবি, প্রমাণসহ দুটি যুক্তি ও একটি উপসংহারসহ একটি যুক্তিনির্ভর রচনা লিখবে
goal-writ-argument-essay-condition = লেখার একটি বিষয় ও পরিকল্পনার একটি চেকলিস্ট দেওয়া হলে
goal-writ-argument-essay-criterion = পরপর 3টি রচনায় রুব্রিকে 4-এর মধ্যে 3 নম্বর পেয়ে

goal-writ-capitalization-punctuation-skill = বড় হাতের অক্ষর (ক্যাপিটাল) ও বাক্যের শেষের যতিচিহ্ন সঠিকভাবে ব্যবহার করবে
goal-writ-capitalization-punctuation-condition = স্বাধীনভাবে পাঁচটি বা তার বেশি বাক্য লেখার সময়
goal-writ-capitalization-punctuation-criterion = 5টির মধ্যে 4টি লেখার নমুনায় 90% নির্ভুলতার সাথে
goal-writ-capitalization-punctuation-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি লেখার নমুনায় 70% নির্ভুলতার সাথে
goal-writ-capitalization-punctuation-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি লেখার নমুনায় 80% নির্ভুলতার সাথে

goal-writ-spelling-patterns-skill = শেখানো বানানের প্যাটার্ন অনুযায়ী শব্দের বানান সঠিকভাবে লিখবে
goal-writ-spelling-patterns-condition = শেখানো প্যাটার্নের 20টি শব্দের একটি তালিকা শ্রুতলিখন হিসেবে দেওয়া হলে
goal-writ-spelling-patterns-criterion = পরপর 3টি সাপ্তাহিক পরীক্ষায় 85% নম্বর পেয়ে
goal-writ-spelling-patterns-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সাপ্তাহিক পরীক্ষায় 65% নম্বর পেয়ে
goal-writ-spelling-patterns-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সাপ্তাহিক পরীক্ষায় 75% নম্বর পেয়ে

goal-writ-sentence-complete-skill = উদ্দেশ্য ও বিধেয়সহ সম্পূর্ণ বাক্য লিখবে
goal-writ-sentence-complete-condition = একটি ছবি বা বিষয় দেওয়া হলে
goal-writ-sentence-complete-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-writ-sentence-complete-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-writ-sentence-complete-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-writ-narrative-skill = সংযোগকারী শব্দ ব্যবহার করে শুরু, মধ্য ও শেষসহ একটি বর্ণনামূলক লেখা লিখবে
goal-writ-narrative-condition = ব্যক্তিগত অভিজ্ঞতা বর্ণনার একটি বিষয় ও একটি গল্পের ছক দেওয়া হলে
goal-writ-narrative-criterion = 4টির মধ্যে 3টি লেখার নমুনায় বর্ণনামূলক লেখার রুব্রিকে 4-এর মধ্যে 3 নম্বর পেয়ে

goal-writ-edit-checklist-skill = একটি চেকলিস্ট ব্যবহার করে খসড়ার বানান, বড় হাতের অক্ষর ও যতিচিহ্ন সংশোধন করবে
goal-writ-edit-checklist-condition = নিজের লেখার প্রথম খসড়া দেওয়া হলে
goal-writ-edit-checklist-criterion = 5টির মধ্যে 4টি খসড়ায় 5টির মধ্যে 4টি ভুল সংশোধন করে

goal-writ-transitions-skill = ভাবনাগুলো যুক্ত করতে অন্তত তিনটি ভিন্ন সংযোগকারী শব্দ ব্যবহার করবে
goal-writ-transitions-condition = একাধিক অনুচ্ছেদের উত্তর লেখার সময়
goal-writ-transitions-criterion = 5টির মধ্যে 4টি লেখার নমুনায়

goal-writ-research-notes-skill = দুটি উৎস থেকে নোট নেবে এবং প্রতিটি উৎসের উল্লেখ করবে
goal-writ-research-notes-condition = একটি গবেষণা প্রশ্ন ও শ্রেণি-স্তরের দুটি উৎস দেওয়া হলে
goal-writ-research-notes-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় উৎসসহ 5টি প্রাসঙ্গিক তথ্য লিখে

goal-writ-typing-skill = 90% নির্ভুলতার সাথে প্রতি মিনিটে 20টি শব্দ টাইপ করবে
goal-writ-typing-condition = একটি কিবোর্ড ও একটি টাইপিং প্রোগ্রাম ব্যবহার করে
goal-writ-typing-criterion = পরপর 3টি সময়-নির্ধারিত পরীক্ষায়

goal-writ-dictation-tool-skill = কথা থেকে লেখা তৈরির সফটওয়্যার ব্যবহার করে একটি অনুচ্ছেদের খসড়া তৈরি করবে এবং পরে তা সংশোধন করবে
goal-writ-dictation-tool-condition = একটি লেখার কাজ ও কথা থেকে লেখা তৈরির সফটওয়্যার দেওয়া হলে
goal-writ-dictation-tool-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 5 বাক্যের একটি অনুচ্ছেদ তৈরি করে

goal-writ-functional-forms-skill = ব্যক্তিগত তথ্যের একটি ফর্ম পূরণ করবে (নাম, ঠিকানা, ফোন, জন্ম তারিখ, জরুরি যোগাযোগ)
goal-writ-functional-forms-condition = চাকরি বা স্কুলের একটি আবেদন ফর্ম দেওয়া হলে
goal-writ-functional-forms-criterion = পরপর 3টি প্রচেষ্টায় 5টির মধ্যে 5টি ঘর সঠিকভাবে পূরণ করে

goal-writ-constructed-response-skill = RACE কৌশল (প্রশ্নটি নিজের ভাষায় আবার বলা, উত্তর দেওয়া, লেখা থেকে প্রমাণ উল্লেখ করা, ব্যাখ্যা করা) ব্যবহার করে লেখাভিত্তিক একটি প্রশ্নের উত্তর দেবে
goal-writ-constructed-response-condition = শ্রেণি-স্তরের একটি অনুচ্ছেদ ও প্রশ্ন দেওয়া হলে
goal-writ-constructed-response-criterion = 5টির মধ্যে 4টি উত্তরে 4টির মধ্যে 4টি অংশ অন্তর্ভুক্ত করে

goal-writ-handwriting-legible-skill = দাগটানা কাগজে অক্ষরের সঠিক আকার ও ফাঁক রেখে স্পষ্ট ও পাঠযোগ্যভাবে লিখবে
goal-writ-handwriting-legible-condition = 3 বাক্যের একটি অনুচ্ছেদ নকল করার সময়
goal-writ-handwriting-legible-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-writ-handwriting-legible-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-writ-handwriting-legible-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-writ-expand-sentences-skill = কে, কী, কখন, কোথায় ও কেন সম্পর্কিত বিবরণ যোগ করে সরল বাক্যকে বড় করবে
goal-writ-expand-sentences-condition = একটি সরল বাক্য দেওয়া হলে
goal-writ-expand-sentences-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 2টি বিবরণ যোগ করে

goal-writ-informational-essay-skill = একটি ভূমিকা, তথ্যসহ দুটি মূল অনুচ্ছেদ ও একটি উপসংহারসহ একটি তথ্যমূলক রচনা লিখবে
goal-writ-informational-essay-condition = একটি বিষয়, উৎস ও একটি গ্রাফিক অর্গানাইজার দেওয়া হলে
goal-writ-informational-essay-criterion = 4টির মধ্যে 3টি রচনায় রুব্রিকে 4-এর মধ্যে 3 নম্বর পেয়ে

## math

goal-math-addition-regroup-skill = হাতে রেখে (রিগ্রুপিং করে) দুই ও তিন অঙ্কের সংখ্যা যোগ করবে
goal-math-addition-regroup-condition = যোগের 10টি অঙ্ক দেওয়া হলে
goal-math-addition-regroup-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-addition-regroup-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-addition-regroup-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-subtraction-regroup-skill = ধার নিয়ে (রিগ্রুপিং করে) দুই ও তিন অঙ্কের সংখ্যা বিয়োগ করবে
goal-math-subtraction-regroup-condition = বিয়োগের 10টি অঙ্ক দেওয়া হলে
goal-math-subtraction-regroup-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-subtraction-regroup-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-subtraction-regroup-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-multiplication-facts-skill = 0 থেকে 10 পর্যন্ত গুণের নামতা মুখস্থ থেকে বলবে
goal-math-multiplication-facts-condition = 50টি গুণের প্রশ্নসহ 2 মিনিটের সময়-নির্ধারিত একটি সংক্ষিপ্ত যাচাই পরীক্ষা দেওয়া হলে
goal-math-multiplication-facts-criterion = পরপর 3টি সংক্ষিপ্ত যাচাই পরীক্ষায় 50টির মধ্যে 40টির সঠিক উত্তর দিয়ে

goal-math-word-problems-skill = গাণিতিক প্রক্রিয়া শনাক্ত করে এবং সমাধানের ধাপ দেখিয়ে এক ও দুই ধাপের কথায় লেখা সমস্যার সমাধান করবে
goal-math-word-problems-condition = শ্রেণি-স্তরের 5টি কথায় লেখা সমস্যা দেওয়া হলে, প্রয়োজনে জোরে পড়ে শোনানো হবে
goal-math-word-problems-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-word-problems-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-word-problems-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-fractions-compare-skill = মডেল বা সাধারণ হর ব্যবহার করে ভিন্ন হরবিশিষ্ট ভগ্নাংশের তুলনা করবে
goal-math-fractions-compare-condition = 10 জোড়া ভগ্নাংশ দেওয়া হলে
goal-math-fractions-compare-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-fractions-compare-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-fractions-compare-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-linear-equations-skill = এক চলকবিশিষ্ট বহু-ধাপের রৈখিক সমীকরণ সমাধান করবে
goal-math-linear-equations-condition = 10টি সমীকরণ ও ধাপের একটি চেকলিস্ট দেওয়া হলে
goal-math-linear-equations-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-linear-equations-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-linear-equations-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-money-count-skill = 20.00 ডলার পর্যন্ত মিশ্র কয়েন ও নোট গুনবে
goal-math-money-count-condition = কিছু কয়েন ও নোট দেওয়া হলে
goal-math-money-count-criterion = পরপর 3টি সেশনে 90% নির্ভুলতার সাথে
goal-math-money-count-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 70% নির্ভুলতার সাথে
goal-math-money-count-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 80% নির্ভুলতার সাথে

goal-math-make-change-skill = 20.00 ডলার পর্যন্ত কেনাকাটায় কত অর্থ ফেরত পাওনা তা হিসাব করবে
goal-math-make-change-condition = একটি দামের ট্যাগ ও পরিশোধিত অর্থের পরিমাণ দেওয়া হলে
goal-math-make-change-criterion = 3টি সেশনে 10টির মধ্যে 8টি প্রচেষ্টায়

goal-math-time-tell-skill = কাঁটাওয়ালা ঘড়িতে নিকটতম পাঁচ মিনিট পর্যন্ত সময় বলবে
goal-math-time-tell-condition = 10টি ঘড়ির ডায়াল দেওয়া হলে
goal-math-time-tell-criterion = পরপর 3টি সেশনে 90% নির্ভুলতার সাথে
goal-math-time-tell-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 70% নির্ভুলতার সাথে
goal-math-time-tell-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 80% নির্ভুলতার সাথে

goal-math-place-value-skill = 1,000 পর্যন্ত সংখ্যায় প্রতিটি অঙ্কের স্থানীয় মান শনাক্ত করবে
goal-math-place-value-condition = তিন অঙ্কের 10টি সংখ্যা দেওয়া হলে
goal-math-place-value-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 85% নির্ভুলতার সাথে
goal-math-place-value-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 65% নির্ভুলতার সাথে
goal-math-place-value-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 75% নির্ভুলতার সাথে

goal-math-measurement-skill = বস্তু নিকটতম এক-চতুর্থাংশ ইঞ্চি ও নিকটতম সেন্টিমিটার পর্যন্ত মাপবে
goal-math-measurement-condition = একটি রুলার ও 10টি বস্তু দেওয়া হলে
goal-math-measurement-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-measurement-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-measurement-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-graphs-skill = প্রশ্নের উত্তর দিতে বার গ্রাফ ও রেখা গ্রাফ পড়বে ও ব্যাখ্যা করবে
goal-math-graphs-condition = একটি গ্রাফ ও 5টি প্রশ্ন দেওয়া হলে
goal-math-graphs-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-graphs-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-graphs-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-ratios-skill = টেবিল বা টেপ ডায়াগ্রাম ব্যবহার করে অনুপাত ও হারের সমস্যা সমাধান করবে
goal-math-ratios-condition = বাস্তব জীবনের অনুপাতের 5টি সমস্যা দেওয়া হলে
goal-math-ratios-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-ratios-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-ratios-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-calculator-use-skill = বহু-ধাপের সমস্যা সমাধানে ক্যালকুলেটর ব্যবহার করবে এবং উত্তরটি যুক্তিসঙ্গত কিনা যাচাই করবে
goal-math-calculator-use-condition = 10টি সমস্যা ও একটি ক্যালকুলেটর দেওয়া হলে
goal-math-calculator-use-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-calculator-use-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-calculator-use-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-math-budget-skill = আয় ও ব্যয়ের তালিকাসহ একটি সাপ্তাহিক বাজেট তৈরি করবে এবং অবশিষ্ট অর্থ হিসাব করবে
goal-math-budget-condition = বেতনের একটি স্লিপ ও খরচের একটি তালিকা দেওয়া হলে
goal-math-budget-criterion = 4টির মধ্যে 3টি প্রচেষ্টায় সর্বোচ্চ 1টি ভুলসহ

goal-math-number-line-skill = সংখ্যারেখায় পূর্ণসংখ্যা ও দশমিক সংখ্যার অবস্থান নির্ণয় করবে এবং সেগুলো ক্রমানুসারে সাজাবে
goal-math-number-line-condition = 10টি সংখ্যা ও একটি সংখ্যারেখা দেওয়া হলে
goal-math-number-line-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-math-number-line-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-math-number-line-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

## speech_language

goal-spl-articulation-r-skill = শব্দ ও বাক্যে /r/ ধ্বনি সঠিকভাবে উচ্চারণ করবে
goal-spl-articulation-r-condition = কাঠামোবদ্ধ বাক-কার্যক্রমের সময়
goal-spl-articulation-r-criterion = পরপর 3টি সেশনে 80% নির্ভুলতার সাথে
goal-spl-articulation-r-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 60% নির্ভুলতার সাথে
goal-spl-articulation-r-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 70% নির্ভুলতার সাথে

goal-spl-articulation-s-skill = কথোপকথনে /s/ ও /z/ ধ্বনি সঠিকভাবে উচ্চারণ করবে
goal-spl-articulation-s-condition = সেবা প্রদানকারীর সাথে 5 মিনিটের কথোপকথনের সময়
goal-spl-articulation-s-criterion = পরপর 3টি সেশনে 80% নির্ভুলতার সাথে
goal-spl-articulation-s-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 60% নির্ভুলতার সাথে
goal-spl-articulation-s-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 70% নির্ভুলতার সাথে

goal-spl-following-directions-skill = মৌলিক ধারণা (আগে, পরে, প্রথমে, শেষে) সম্বলিত দুই ধাপের নির্দেশনা অনুসরণ করবে
goal-spl-following-directions-condition = দৃশ্যমান ইঙ্গিত ছাড়া মৌখিক নির্দেশনা দেওয়া হলে
goal-spl-following-directions-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-spl-following-directions-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-spl-following-directions-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-spl-vocabulary-categories-skill = একটি বিভাগের অন্তত 5টি জিনিসের নাম বলবে এবং সেগুলো কীভাবে সম্পর্কিত তা ব্যাখ্যা করবে
goal-spl-vocabulary-categories-condition = একটি বিভাগের নাম দেওয়া হলে
goal-spl-vocabulary-categories-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-spl-wh-questions-skill = একটি ছোট গল্প সম্পর্কে প্রশ্নবোধক শব্দের (কে, কী, কোথায়, কখন, কেন) প্রশ্নের উত্তর দেবে
goal-spl-wh-questions-condition = জোরে পড়ে শোনানো একটি ছোট গল্প শোনার পর
goal-spl-wh-questions-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-spl-wh-questions-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-spl-wh-questions-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-spl-sentence-length-skill = সঠিক ব্যাকরণসহ 6 বা তার বেশি শব্দের সম্পূর্ণ বাক্য ব্যবহার করবে
goal-spl-sentence-length-condition = একটি ছবি বা ঘটনা বর্ণনা করার সময়
goal-spl-sentence-length-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-spl-sentence-length-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-spl-sentence-length-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-spl-narrative-retell-skill = সময়সূচক শব্দ (প্রথমে, তারপর, এরপর, শেষে) ব্যবহার করে নিজের জীবনের একটি ঘটনা ক্রমানুসারে বলবে
goal-spl-narrative-retell-condition = সাম্প্রতিক কোনো ঘটনা সম্পর্কে জিজ্ঞাসা করা হলে
goal-spl-narrative-retell-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 4টি ঘটনা ক্রমানুসারে অন্তর্ভুক্ত করে

goal-spl-conversation-turns-skill = কথোপকথনে 4 পালা পর্যন্ত একই বিষয়ে কথা চালিয়ে যাবে
goal-spl-conversation-turns-condition = একজন সহপাঠীর সাথে কথোপকথনের সময়
goal-spl-conversation-turns-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-spl-fluency-strategy-skill = সাবলীলভাবে কথা বলতে সাবলীলতার একটি কৌশল (সহজভাবে শুরু করা, ধীর গতি) ব্যবহার করবে
goal-spl-fluency-strategy-condition = কাঠামোবদ্ধ কথোপকথনের সময়
goal-spl-fluency-strategy-criterion = পরপর 3টি সেশন জুড়ে 90% শব্দাংশ সাবলীলভাবে উচ্চারণ করে
goal-spl-fluency-strategy-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশন জুড়ে 70% শব্দাংশ সাবলীলভাবে উচ্চারণ করে
goal-spl-fluency-strategy-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশন জুড়ে 80% শব্দাংশ সাবলীলভাবে উচ্চারণ করে

goal-spl-aac-requests-skill = অনুরোধ ও মন্তব্য করতে একটি সম্পূরক যোগাযোগ যন্ত্র ব্যবহার করবে
goal-spl-aac-requests-condition = শ্রেণিকক্ষের দৈনন্দিন রুটিনের সময়
goal-spl-aac-requests-criterion = পরপর 3 দিন 30 মিনিটের একটি সময়ের মধ্যে 10 বার

goal-spl-figurative-language-skill = বাগধারা ও রূপক অভিব্যক্তির অর্থ ব্যাখ্যা করবে
goal-spl-figurative-language-condition = বাক্যের প্রসঙ্গে 10টি বাগধারা দেওয়া হলে
goal-spl-figurative-language-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-spl-figurative-language-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-spl-figurative-language-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-spl-clarification-skill = কোনো নির্দেশনা বা বার্তা বুঝতে না পারলে ব্যাখ্যা চাইবে
goal-spl-clarification-condition = শ্রেণিকক্ষে শিক্ষাদানের সময়
goal-spl-clarification-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-spl-describe-attributes-skill = 3টি বৈশিষ্ট্য (আকার, রং, কাজ, অংশ) ব্যবহার করে একটি বস্তুর বর্ণনা দেবে
goal-spl-describe-attributes-condition = একটি ছবি বা আসল বস্তু দেওয়া হলে
goal-spl-describe-attributes-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-spl-pronouns-skill = বাক্যে কর্তা ও কর্ম হিসেবে সর্বনাম সঠিকভাবে ব্যবহার করবে
goal-spl-pronouns-condition = কাঠামোবদ্ধ ভাষা-কার্যক্রমের সময়
goal-spl-pronouns-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-spl-pronouns-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-spl-pronouns-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-spl-voice-volume-skill = পরিবেশ অনুযায়ী উপযুক্ত মাত্রায় গলার আওয়াজ ব্যবহার করবে
goal-spl-voice-volume-condition = শ্রেণিকক্ষ ও করিডোরের রুটিনের সময়
goal-spl-voice-volume-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-spl-self-advocacy-speech-skill = নতুন একজন প্রাপ্তবয়স্ককে নিজের যোগাযোগের প্রয়োজন ও সহায়তাগুলো ব্যাখ্যা করবে
goal-spl-self-advocacy-speech-condition = ভূমিকাভিনয়ে বা একটি আসল সভায়
goal-spl-self-advocacy-speech-criterion = 4টির মধ্যে 3টি প্রচেষ্টায় 2টি প্রয়োজন ও 2টি সহায়তার নাম বলে

## social_emotional

goal-soc-identify-feelings-skill = অনুভূতির স্কেল ব্যবহার করে নিজের অনুভূতি শনাক্ত করবে এবং তার তীব্রতা নির্ধারণ করবে
goal-soc-identify-feelings-condition = স্কুল চলাকালীন বিচলিত হলে
goal-soc-identify-feelings-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-soc-coping-strategy-skill = শান্ত হতে মানিয়ে নেওয়ার একটি কৌশল (গভীর শ্বাস নেওয়া, বিরতির কার্ড, গোনা) ব্যবহার করবে
goal-soc-coping-strategy-condition = হতাশ বা উদ্বিগ্ন বোধ করলে
goal-soc-coping-strategy-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-soc-peer-initiation-skill = নিজে থেকে একজন সহপাঠীর সাথে মেলামেশা শুরু করবে
goal-soc-peer-initiation-condition = অ-কাঠামোবদ্ধ সময়ে (দুপুরের খাবার, খেলার বিরতি)
goal-soc-peer-initiation-criterion = 5 দিনের মধ্যে 4 দিন দিনে 3 বার

goal-soc-perspective-taking-skill = নির্দিষ্ট কোনো পরিস্থিতিতে অন্য একজন কেমন অনুভব করতে পারে এবং কেন, তা বলবে
goal-soc-perspective-taking-condition = সামাজিক পরিস্থিতির উদাহরণ দেওয়া হলে
goal-soc-perspective-taking-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-soc-perspective-taking-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-soc-perspective-taking-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-soc-conflict-resolution-skill = সহপাঠীর সাথে বিরোধ মেটাতে সমস্যা সমাধানের 4 ধাপের একটি পরিকল্পনা ব্যবহার করবে
goal-soc-conflict-resolution-condition = সহপাঠীদের সাথে বিরোধের সময়
goal-soc-conflict-resolution-criterion = পর্যবেক্ষণ করা 4টি সুযোগের মধ্যে 3টিতে

goal-soc-accept-feedback-skill = তর্ক না করে একজন প্রাপ্তবয়স্কের সংশোধনমূলক মতামত গ্রহণ করবে
goal-soc-accept-feedback-condition = সংশোধনমূলক মতামত দেওয়া হলে
goal-soc-accept-feedback-criterion = পরপর 4 সপ্তাহ ধরে 80% সুযোগে
goal-soc-accept-feedback-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% সুযোগে
goal-soc-accept-feedback-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সুযোগে

goal-soc-group-work-skill = নিজের ভাবনা জানিয়ে ও পালা অনুযায়ী অপেক্ষা করে ছোট দলের কার্যক্রমে অংশ নেবে
goal-soc-group-work-condition = সহযোগিতামূলক শিক্ষা কার্যক্রমের সময়
goal-soc-group-work-criterion = পর্যবেক্ষণ করা 5টি সেশনের মধ্যে 4টিতে

goal-soc-self-advocacy-skill = উপযুক্ত একটি বাক্য ব্যবহার করে শিক্ষকের কাছে সাহায্য বা সুবিধা চাইবে
goal-soc-self-advocacy-condition = কঠিন কোনো কাজের সম্মুখীন হলে
goal-soc-self-advocacy-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-soc-positive-self-talk-skill = নিজের সম্পর্কে একটি নেতিবাচক কথার বদলে একটি ইতিবাচক কথা বলবে
goal-soc-positive-self-talk-condition = সেশনের সময় কাউন্সেলর মনে করিয়ে দিলে
goal-soc-positive-self-talk-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-soc-friendship-skills-skill = একজন ভালো বন্ধুর 3টি গুণের নাম বলবে এবং এমন একটি ঘটনা বর্ণনা করবে যখন সে নিজে এর একটি গুণ দেখিয়েছিল
goal-soc-friendship-skills-condition = কাউন্সেলিং সেশনের সময়
goal-soc-friendship-skills-criterion = 4টির মধ্যে 3টি সেশনে

goal-soc-anxiety-plan-skill = পরীক্ষা ও উপস্থাপনার আগে উদ্বেগ মোকাবিলার একটি লিখিত পরিকল্পনা অনুসরণ করবে
goal-soc-anxiety-plan-condition = একটি পরীক্ষা বা উপস্থাপনার আগে
goal-soc-anxiety-plan-criterion = 5টি সুযোগের মধ্যে 4টিতে

goal-soc-social-cues-skill = ভিডিও ক্লিপে অমৌখিক ইঙ্গিত (মুখের অভিব্যক্তি, কণ্ঠস্বরের সুর, শারীরিক ভাষা) শনাক্ত করবে
goal-soc-social-cues-condition = ছোট ভিডিও ক্লিপ দেওয়া হলে
goal-soc-social-cues-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-soc-social-cues-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-soc-social-cues-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-soc-joining-games-skill = উপযুক্ত একটি বাক্য ব্যবহার করে কোনো খেলা বা কার্যক্রমে যোগ দিতে চাইবে
goal-soc-joining-games-condition = খেলার বিরতি বা অবসর সময়ে
goal-soc-joining-games-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-soc-goal-setting-skill = প্রতি সপ্তাহে একটি ব্যক্তিগত লক্ষ্য ঠিক করবে এবং তা পূরণ হয়েছে কিনা মূল্যায়ন করবে
goal-soc-goal-setting-condition = কাউন্সেলরের সাথে সাপ্তাহিক খোঁজখবরের বৈঠকের সময়
goal-soc-goal-setting-criterion = পরপর 10 সপ্তাহের মধ্যে 8 সপ্তাহ

goal-soc-attendance-skill = সময়মতো স্কুলে উপস্থিত হবে
goal-soc-attendance-condition = প্রতিটি মূল্যায়ন পর্বে
goal-soc-attendance-criterion = স্কুলের 90% দিনে
goal-soc-attendance-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: স্কুলের 70% দিনে
goal-soc-attendance-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: স্কুলের 80% দিনে

goal-soc-responsibility-skill = কী ঘটেছে এবং এরপর কী করা উচিত তা বর্ণনা করে নিজের কাজের দায়িত্ব নেবে
goal-soc-responsibility-condition = কোনো ঘটনার পরে
goal-soc-responsibility-criterion = 4টি সুযোগের মধ্যে 3টিতে

## behavior

goal-beh-on-task-skill = স্বাধীনভাবে কাজ করার সময় কাজে মনোযোগ ধরে রাখবে
goal-beh-on-task-condition = 20 মিনিটের স্বাধীন কাজের সময়কালে
goal-beh-on-task-criterion = পরপর 4 সপ্তাহ ধরে 80% সময়-খণ্ডে
goal-beh-on-task-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% সময়-খণ্ডে
goal-beh-on-task-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সময়-খণ্ডে

goal-beh-follow-directions-skill = প্রথমবার বলার 30 সেকেন্ডের মধ্যে শিক্ষকের নির্দেশনা অনুসরণ করবে
goal-beh-follow-directions-condition = শ্রেণিকক্ষে শিক্ষাদানের সময়
goal-beh-follow-directions-criterion = পরপর 4 সপ্তাহ ধরে 80% সুযোগে
goal-beh-follow-directions-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% সুযোগে
goal-beh-follow-directions-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সুযোগে

goal-beh-break-card-skill = জায়গা ছেড়ে চলে যাওয়ার বদলে বিরতির কার্ড ব্যবহার করে বিরতি চাইবে
goal-beh-break-card-condition = হতাশ বোধ করলে
goal-beh-break-card-criterion = পরপর 4 সপ্তাহ ধরে 90% সুযোগে
goal-beh-break-card-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সুযোগে
goal-beh-break-card-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 80% সুযোগে

goal-beh-hands-to-self-skill = নিজের হাত ও পা নিজের কাছে রাখবে (অন্যদের গায়ে হাত-পা দেবে না)
goal-beh-hands-to-self-condition = কার্যক্রম পরিবর্তনের সময় ও অ-কাঠামোবদ্ধ সময়ে
goal-beh-hands-to-self-criterion = পরপর 4 সপ্তাহ ধরে 90% সময়-খণ্ডে
goal-beh-hands-to-self-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সময়-খণ্ডে
goal-beh-hands-to-self-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 80% সময়-খণ্ডে

goal-beh-raise-hand-skill = কথা বলার আগে হাত তুলবে এবং ডাকা পর্যন্ত অপেক্ষা করবে
goal-beh-raise-hand-condition = পুরো ক্লাসের শিক্ষাদানের সময়
goal-beh-raise-hand-criterion = পরপর 4 সপ্তাহ ধরে 80% সুযোগে
goal-beh-raise-hand-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% সুযোগে
goal-beh-raise-hand-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সুযোগে

goal-beh-transitions-skill = 2 মিনিটের মধ্যে এক কার্যক্রম থেকে অন্য কার্যক্রমে যাবে
goal-beh-transitions-condition = 2 মিনিট আগে সতর্কবার্তা ও একটি দৃশ্যমান সময়সূচি দেওয়া হলে
goal-beh-transitions-criterion = 5 দিনের মধ্যে 4 দিন প্রতিদিন 10টির মধ্যে 8টি পরিবর্তনে

goal-beh-work-completion-skill = ক্লাসের কাজ শেষ করবে এবং জমা দেবে
goal-beh-work-completion-condition = দেওয়া কাজের একটি চেকলিস্ট দেওয়া হলে
goal-beh-work-completion-criterion = একটি মূল্যায়ন পর্বে 80% কাজে
goal-beh-work-completion-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: একটি মূল্যায়ন পর্বে 60% কাজে
goal-beh-work-completion-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: একটি মূল্যায়ন পর্বে 70% কাজে

goal-beh-respectful-language-skill = সহপাঠী ও প্রাপ্তবয়স্কদের সাথে সম্মানজনক ভাষা ব্যবহার করবে
goal-beh-respectful-language-condition = পুরো স্কুল দিবস জুড়ে
goal-beh-respectful-language-criterion = পরপর 4 সপ্তাহ ধরে প্রতি সপ্তাহে সর্বোচ্চ 1টি ঘটনাসহ

goal-beh-self-monitoring-skill = পয়েন্ট শিটে নিজের আচরণের মূল্যায়ন করবে এবং তা শিক্ষকের মূল্যায়নের সাথে মিলবে
goal-beh-self-monitoring-condition = প্রতিটি ক্লাস পিরিয়ডের শেষে
goal-beh-self-monitoring-criterion = পরপর 4 সপ্তাহ ধরে 80% পিরিয়ডে
goal-beh-self-monitoring-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% পিরিয়ডে
goal-beh-self-monitoring-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% পিরিয়ডে

goal-beh-wait-turn-skill = অন্যকে বাধা না দিয়ে নিজের পালার জন্য অপেক্ষা করবে
goal-beh-wait-turn-condition = ছোট দলের কার্যক্রমের সময়
goal-beh-wait-turn-criterion = পর্যবেক্ষণ করা 5টি সুযোগের মধ্যে 4টিতে

goal-beh-seat-remain-skill = নির্ধারিত জায়গায় থাকবে
goal-beh-seat-remain-condition = 30 মিনিটের শিক্ষাদান পিরিয়ডের সময়
goal-beh-seat-remain-criterion = পরপর 4 সপ্তাহ ধরে 90% সময়-খণ্ডে
goal-beh-seat-remain-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সময়-খণ্ডে
goal-beh-seat-remain-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 80% সময়-খণ্ডে

goal-beh-materials-ready-skill = প্রয়োজনীয় উপকরণ (বই, খাতা, পেন্সিল) ক্লাসে নিয়ে আসবে
goal-beh-materials-ready-condition = প্রতিটি ক্লাসের শুরুতে
goal-beh-materials-ready-criterion = পরপর 4 সপ্তাহ ধরে 85% ক্লাস পিরিয়ডে
goal-beh-materials-ready-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 65% ক্লাস পিরিয়ডে
goal-beh-materials-ready-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 75% ক্লাস পিরিয়ডে

goal-beh-aggression-replace-skill = শারীরিক আগ্রাসনের বদলে বিকল্প আচরণ (সরে যাওয়া, একজন প্রাপ্তবয়স্কের সাহায্য চাওয়া) ব্যবহার করবে
goal-beh-aggression-replace-condition = সহপাঠীদের সাথে দ্বন্দ্বের সময়
goal-beh-aggression-replace-criterion = পরপর 6 সপ্তাহ শারীরিক আগ্রাসনের 0টি ঘটনাসহ

goal-beh-task-initiation-skill = দেওয়া কাজ 2 মিনিটের মধ্যে শুরু করবে
goal-beh-task-initiation-condition = নির্দেশনা দেওয়ার পরে
goal-beh-task-initiation-criterion = পরপর 4 সপ্তাহ ধরে 80% সুযোগে
goal-beh-task-initiation-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% সুযোগে
goal-beh-task-initiation-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সুযোগে

goal-beh-cell-phone-skill = ক্লাস চলাকালীন নিজের ফোন সরিয়ে রাখবে (ব্যবহার করবে না)
goal-beh-cell-phone-condition = শিক্ষাদান পিরিয়ডের সময়
goal-beh-cell-phone-criterion = পরপর 4 সপ্তাহ ধরে 90% পিরিয়ডে
goal-beh-cell-phone-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% পিরিয়ডে
goal-beh-cell-phone-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 80% পিরিয়ডে

goal-beh-calm-down-return-skill = বিরতির পর 5 মিনিটের মধ্যে কার্যক্রমে ফিরে আসবে
goal-beh-calm-down-return-condition = নিজে চাওয়া বা প্রস্তাবিত বিরতির পরে
goal-beh-calm-down-return-criterion = পরপর 4 সপ্তাহ ধরে 80% বিরতিতে
goal-beh-calm-down-return-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% বিরতিতে
goal-beh-calm-down-return-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% বিরতিতে

## fine_motor

goal-fm-pencil-grasp-skill = লেখার সময় তিন আঙুলের কার্যকর গ্রিপে (ট্রাইপড গ্রিপ) পেন্সিল ধরবে
goal-fm-pencil-grasp-condition = লেখার কাজের সময়, প্রয়োজনে পেন্সিল গ্রিপসহ
goal-fm-pencil-grasp-criterion = পরপর 3টি সেশন জুড়ে পর্যবেক্ষণ করা লেখার কাজে 80% নির্ভুলতার সাথে
goal-fm-pencil-grasp-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশন জুড়ে পর্যবেক্ষণ করা লেখার কাজে 60% নির্ভুলতার সাথে
goal-fm-pencil-grasp-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশন জুড়ে পর্যবেক্ষণ করা লেখার কাজে 70% নির্ভুলতার সাথে

goal-fm-scissors-skill = একটি বাঁকা রেখা বরাবর রেখা থেকে 1/4 ইঞ্চির মধ্যে থেকে কাটবে
goal-fm-scissors-condition = কাঁচি ও একটি ওয়ার্কশিট দেওয়া হলে
goal-fm-scissors-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-fm-letter-formation-skill = স্মৃতি থেকে বড় ও ছোট হাতের অক্ষর সঠিকভাবে লিখবে
goal-fm-letter-formation-condition = বর্ণমালা লেখার সময়
goal-fm-letter-formation-criterion = পরপর 3টি সেশনে 90% নির্ভুলতার সাথে
goal-fm-letter-formation-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 70% নির্ভুলতার সাথে
goal-fm-letter-formation-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 3টি সেশনে 80% নির্ভুলতার সাথে

goal-fm-buttons-zippers-skill = নিজের পোশাকের বোতাম ও চেইন লাগাবে
goal-fm-buttons-zippers-condition = পোশাক পরার রুটিনের সময়
goal-fm-buttons-zippers-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় স্বাধীনভাবে

goal-fm-copy-board-skill = বোর্ড থেকে 3টি বাক্য স্পষ্ট ও পাঠযোগ্যভাবে নকল করবে
goal-fm-copy-board-condition = 5 মিনিটের মধ্যে
goal-fm-copy-board-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-fm-keyboard-home-row-skill = দুই হাত দিয়ে হোম-রো (মাঝের সারির) কী ব্যবহার করে টাইপ করবে
goal-fm-keyboard-home-row-condition = একটি কিবোর্ড ও একটি টাইপিং প্রোগ্রাম ব্যবহার করে
goal-fm-keyboard-home-row-criterion = পরপর 3টি সেশনে প্রতি মিনিটে 15টি শব্দের গতিতে

goal-fm-in-hand-manipulation-skill = এক হাত দিয়ে ছোট বস্তু (কয়েন, পেগ) তুলবে ও সঠিক জায়গায় রাখবে
goal-fm-in-hand-manipulation-condition = 10টি ছোট বস্তু দেওয়া হলে
goal-fm-in-hand-manipulation-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 60 সেকেন্ডের কম সময়ে 10টির মধ্যে 10টি রেখে

goal-fm-spacing-skill = শব্দের মাঝে এক আঙুল পরিমাণ ফাঁক রাখবে এবং লাইনের ওপর লিখবে
goal-fm-spacing-condition = 3 বা তার বেশি বাক্য লেখার সময়
goal-fm-spacing-criterion = 5টির মধ্যে 4টি লেখার নমুনায় 80% নির্ভুলতার সাথে
goal-fm-spacing-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি লেখার নমুনায় 60% নির্ভুলতার সাথে
goal-fm-spacing-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি লেখার নমুনায় 70% নির্ভুলতার সাথে

goal-fm-open-containers-skill = দুপুরের খাবারের বাক্স ও প্যাকেট খুলবে
goal-fm-open-containers-condition = দুপুরের খাবারের সময়
goal-fm-open-containers-criterion = 5টি সুযোগের মধ্যে 4টিতে স্বাধীনভাবে

goal-fm-tablet-navigation-skill = ট্যাবলেটের টাচ স্ক্রিন ব্যবহার করে একটি অ্যাপ খুলবে, ব্যবহার করবে ও বন্ধ করবে
goal-fm-tablet-navigation-condition = মৌখিক নির্দেশনা দেওয়া হলে
goal-fm-tablet-navigation-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় স্বাধীনভাবে

goal-fm-shoelaces-skill = জুতার ফিতা বাঁধবে
goal-fm-shoelaces-condition = পোশাক পরার রুটিনের সময়
goal-fm-shoelaces-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় স্বাধীনভাবে

goal-fm-bilateral-skill = এক হাতে লেখা বা কাটার সময় অন্য হাত দিয়ে কাগজ স্থির করে ধরে রাখবে
goal-fm-bilateral-condition = টেবিলে বসে করা কাজের সময়
goal-fm-bilateral-criterion = 3টি সেশন জুড়ে পর্যবেক্ষণ করা কাজে 80% নির্ভুলতার সাথে
goal-fm-bilateral-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 3টি সেশন জুড়ে পর্যবেক্ষণ করা কাজে 60% নির্ভুলতার সাথে
goal-fm-bilateral-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 3টি সেশন জুড়ে পর্যবেক্ষণ করা কাজে 70% নির্ভুলতার সাথে

goal-fm-ruler-line-skill = রুলার ব্যবহার করে দুটি বিন্দুর মধ্যে একটি সরলরেখা আঁকবে
goal-fm-ruler-line-condition = একটি রুলার ও 10 জোড়া বিন্দু দেওয়া হলে
goal-fm-ruler-line-criterion = পরপর 3টি সেশনে 10টির মধ্যে 8টি রেখা 1/8 ইঞ্চির মধ্যে

goal-fm-sizing-letters-skill = লেখার লাইনের মধ্যে অক্ষরের আকার সঠিক রাখবে
goal-fm-sizing-letters-condition = একটি বাক্য নকল করার সময়
goal-fm-sizing-letters-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় 80% নির্ভুলতার সাথে
goal-fm-sizing-letters-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 60% নির্ভুলতার সাথে
goal-fm-sizing-letters-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 5টির মধ্যে 4টি প্রচেষ্টায় 70% নির্ভুলতার সাথে

goal-fm-utensils-skill = খাবার না ফেলে কাঁটাচামচ ও চামচ দিয়ে খাবে
goal-fm-utensils-condition = দুপুরের খাবারের সময়
goal-fm-utensils-criterion = পর্যবেক্ষণ করা 5 বেলার খাবারের মধ্যে 4 বেলায়

goal-fm-organize-binder-skill = রিং ও ট্যাব ব্যবহার করে কাগজগুলো বাইন্ডারের সঠিক অংশে রাখবে
goal-fm-organize-binder-condition = প্রতিটি ক্লাসের শেষে
goal-fm-organize-binder-criterion = 4 সপ্তাহ ধরে 80% সুযোগে
goal-fm-organize-binder-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 4 সপ্তাহ ধরে 60% সুযোগে
goal-fm-organize-binder-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 4 সপ্তাহ ধরে 70% সুযোগে

## gross_motor

goal-gm-stairs-skill = পালাক্রমে দুই পা ফেলে ও রেলিং ধরে সিঁড়ি দিয়ে উঠবে ও নামবে
goal-gm-stairs-condition = স্কুলে এক জায়গা থেকে অন্য জায়গায় যাওয়ার সময়
goal-gm-stairs-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় নিরাপদে

goal-gm-balance-beam-skill = 10 ফুট লম্বা একটি রেখার ওপর এক পায়ের গোড়ালি অন্য পায়ের আঙুলের সাথে লাগিয়ে, রেখা থেকে পা না সরিয়ে হাঁটবে
goal-gm-balance-beam-condition = জিমনেসিয়াম বা থেরাপি কক্ষে
goal-gm-balance-beam-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-gm-ball-catch-skill = 10 ফুট দূর থেকে ছোড়া একটি খেলার বল ধরবে
goal-gm-ball-catch-condition = শারীরিক শিক্ষা বা থেরাপির সময়
goal-gm-ball-catch-criterion = পরপর 3টি সেশনে 10 বারের মধ্যে 8 বার বল ধরে

goal-gm-hop-skill = ভারসাম্য না হারিয়ে এক পায়ে 10 বার লাফাবে
goal-gm-hop-condition = জিমনেসিয়াম বা থেরাপি কক্ষে
goal-gm-hop-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় প্রতিটি পায়ে

goal-gm-navigate-school-skill = নিজের চলাচল-সহায়ক যন্ত্র নিয়ে ভিড়ের করিডোর দিয়ে নিরাপদে চলাচল করবে
goal-gm-navigate-school-condition = ক্লাস পরিবর্তনের সময়
goal-gm-navigate-school-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় কারো সাথে ধাক্কা না লেগে বা সাহায্যের জন্য না থেমে

goal-gm-endurance-walk-skill = বিশ্রাম না নিয়ে 500 ফুট হাঁটবে
goal-gm-endurance-walk-condition = স্কুলের বাইরে শিক্ষা সফর বা থেরাপির সময়
goal-gm-endurance-walk-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-gm-jump-skill = দুই পায়ে একসাথে লাফ দিয়ে ও দুই পায়ে নেমে সামনের দিকে 24 ইঞ্চি লাফাবে
goal-gm-jump-condition = জিমনেসিয়াম বা থেরাপি কক্ষে
goal-gm-jump-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-gm-wheelchair-transfer-skill = কাছে প্রস্তুত থাকা একজন সাহায্যকারীর উপস্থিতিতে হুইলচেয়ার থেকে ক্লাসের চেয়ারে সরে বসবে
goal-gm-wheelchair-transfer-condition = ক্লাসের রুটিনের সময়
goal-gm-wheelchair-transfer-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় নিরাপদে

goal-gm-kick-ball-skill = গড়িয়ে আসা একটি বল 15 ফুট দূরের লক্ষ্যের দিকে লাথি দেবে
goal-gm-kick-ball-condition = শারীরিক শিক্ষার সময়
goal-gm-kick-ball-criterion = 3টি সেশনে 10 বারের মধ্যে 6 বার লক্ষ্যে লাগিয়ে

goal-gm-playground-equipment-skill = খেলার মাঠের সরঞ্জামে মই বেয়ে উঠবে ও স্লিপার ব্যবহার করবে
goal-gm-playground-equipment-condition = খেলার বিরতির সময়
goal-gm-playground-equipment-criterion = 5টি সুযোগের মধ্যে 4টিতে স্বাধীনভাবে ও নিরাপদে

goal-gm-posture-skill = ডেস্কে সোজা হয়ে বসার ভঙ্গি বজায় রাখবে
goal-gm-posture-condition = 20 মিনিটের একটি পাঠের সময়
goal-gm-posture-criterion = 3টি সেশন জুড়ে পর্যবেক্ষণ করা সময়-খণ্ডে 80% নির্ভুলতার সাথে
goal-gm-posture-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 3টি সেশন জুড়ে পর্যবেক্ষণ করা সময়-খণ্ডে 60% নির্ভুলতার সাথে
goal-gm-posture-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 3টি সেশন জুড়ে পর্যবেক্ষণ করা সময়-খণ্ডে 70% নির্ভুলতার সাথে

goal-gm-curb-negotiation-skill = নিরাপদে ফুটপাতের কিনারায় উঠবে ও নামবে
goal-gm-curb-negotiation-condition = কমিউনিটিতে বাইরে যাওয়ার সময়
goal-gm-curb-negotiation-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-gm-skip-skill = মসৃণ ও পালাক্রমিক ভঙ্গিতে লাফিয়ে লাফিয়ে (স্কিপ করে) 30 ফুট যাবে
goal-gm-skip-condition = জিমনেসিয়ামে
goal-gm-skip-criterion = 5টির মধ্যে 4টি প্রচেষ্টায়

goal-gm-fitness-circuit-skill = 5টি স্টেশনের একটি ফিটনেস সার্কিট সম্পূর্ণ করবে
goal-gm-fitness-circuit-condition = অভিযোজিত শারীরিক শিক্ষার সময়
goal-gm-fitness-circuit-criterion = পরপর 3টি সেশনে 10 মিনিটের মধ্যে

goal-gm-bus-steps-skill = রেলিং ধরে স্কুল বাসের সিঁড়ি দিয়ে উঠবে ও নামবে
goal-gm-bus-steps-condition = আগমন ও ছুটির সময়
goal-gm-bus-steps-criterion = 5টি সুযোগের মধ্যে 4টিতে নিরাপদে

goal-gm-throw-overhand-skill = 15 ফুট দূরের একজন সঙ্গীর দিকে কাঁধের ওপর দিয়ে বল ছুড়বে
goal-gm-throw-overhand-condition = শারীরিক শিক্ষার সময়
goal-gm-throw-overhand-criterion = 3টি সেশনে 10 বারের মধ্যে 8 বার সঙ্গীর কাছে বল পৌঁছে দিয়ে

## adaptive_daily_living

goal-adl-handwashing-skill = 6 ধাপের ছবির ক্রম অনুসরণ করে হাত ধোবে ও শুকাবে
goal-adl-handwashing-condition = দুপুরের খাবারের আগে ও টয়লেট ব্যবহারের পরে
goal-adl-handwashing-criterion = 5টি সুযোগের মধ্যে 4টিতে স্বাধীনভাবে 6টির মধ্যে 6টি ধাপ সম্পন্ন করে

goal-adl-arrival-routine-skill = আগমনের রুটিন সম্পন্ন করবে (ব্যাগ থেকে জিনিস বের করা, কোট ঝোলানো, ফোল্ডার জমা দেওয়া, সকালের কাজ শুরু করা)
goal-adl-arrival-routine-condition = ক্লাসে পৌঁছানোর পর
goal-adl-arrival-routine-criterion = 5 দিনের মধ্যে 4 দিন, সর্বোচ্চ 1 বার মনে করিয়ে দিয়ে

goal-adl-visual-schedule-skill = এক কার্যক্রম থেকে অন্য কার্যক্রমে যেতে একটি দৃশ্যমান সময়সূচি অনুসরণ করবে
goal-adl-visual-schedule-condition = পুরো স্কুল দিবস জুড়ে
goal-adl-visual-schedule-criterion = পরপর 4 সপ্তাহ ধরে 80% পরিবর্তনে
goal-adl-visual-schedule-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 60% পরিবর্তনে
goal-adl-visual-schedule-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% পরিবর্তনে

goal-adl-personal-info-skill = নিজের পুরো নাম, ঠিকানা ও একজন অভিভাবকের ফোন নম্বর বলবে বা দেখাবে
goal-adl-personal-info-condition = পরিচিত কোনো প্রাপ্তবয়স্ক জিজ্ঞাসা করলে
goal-adl-personal-info-criterion = 5টির মধ্যে 4টি প্রচেষ্টায় সঠিকভাবে

goal-adl-lunch-routine-skill = দুপুরের খাবার নেবে, দাম দেবে বা আইডি নম্বর দেবে, এবং টেবিল পরিষ্কার করবে
goal-adl-lunch-routine-condition = ক্যাফেটেরিয়ায়
goal-adl-lunch-routine-criterion = 5টি সুযোগের মধ্যে 4টিতে স্বাধীনভাবে

goal-adl-dressing-skill = জ্যাকেট পরবে ও খুলবে
goal-adl-dressing-condition = আগমন ও ছুটির সময়
goal-adl-dressing-criterion = 5টি সুযোগের মধ্যে 4টিতে স্বাধীনভাবে

goal-adl-toileting-request-skill = বাথরুম ব্যবহারের প্রয়োজন জানাবে
goal-adl-toileting-request-condition = পুরো স্কুল দিবস জুড়ে
goal-adl-toileting-request-criterion = পরপর 4 সপ্তাহ ধরে 90% সুযোগে
goal-adl-toileting-request-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 70% সুযোগে
goal-adl-toileting-request-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4 সপ্তাহ ধরে 80% সুযোগে

goal-adl-safety-signs-skill = নিরাপত্তা চিহ্ন (বাহির, থামুন, বিপদ, হাঁটুন) শনাক্ত করবে এবং সঠিকভাবে সাড়া দেবে
goal-adl-safety-signs-condition = কমিউনিটি-ভিত্তিক শিক্ষাদানের সময়
goal-adl-safety-signs-criterion = 10টির মধ্যে 9টি প্রচেষ্টায়

goal-adl-simple-meal-skill = ছবিসহ রেসিপি অনুসরণ করে একটি সহজ নাস্তা তৈরি করবে
goal-adl-simple-meal-condition = জীবন-দক্ষতা রান্নাঘরে
goal-adl-simple-meal-criterion = 4টির মধ্যে 3টি সেশনে স্বাধীনভাবে 10টির মধ্যে 8টি ধাপ সম্পন্ন করে

goal-adl-hygiene-skill = পরিচ্ছন্নতার রুটিন সম্পন্ন করবে (চুল আঁচড়ানো, চেহারা পরিপাটি আছে কিনা দেখা, ডিওডোরেন্ট ব্যবহার)
goal-adl-hygiene-condition = একটি চেকলিস্ট অনুসরণ করে
goal-adl-hygiene-criterion = 5টি সুযোগের মধ্যে 4টিতে স্বাধীনভাবে

goal-adl-calendar-use-skill = অ্যাসাইনমেন্ট ও অ্যাপয়েন্টমেন্ট লিখে রাখতে ক্যালেন্ডার বা প্ল্যানার ব্যবহার করবে
goal-adl-calendar-use-condition = প্রতিটি ক্লাসের শেষে
goal-adl-calendar-use-criterion = 4 সপ্তাহ ধরে 80% সুযোগে
goal-adl-calendar-use-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 4 সপ্তাহ ধরে 60% সুযোগে
goal-adl-calendar-use-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 4 সপ্তাহ ধরে 70% সুযোগে

goal-adl-shopping-list-skill = ছবিসহ কেনাকাটার তালিকা থেকে দোকানে 5টি জিনিস খুঁজে বের করবে
goal-adl-shopping-list-condition = কমিউনিটি-ভিত্তিক শিক্ষাদানের সময়
goal-adl-shopping-list-criterion = 4 বার দোকানে যাওয়ার মধ্যে 3 বার 15 মিনিটের মধ্যে

goal-adl-emergency-help-skill = জরুরি অবস্থায় কী করতে হবে তা বলবে বা করে দেখাবে (911-এ কল করা, সাহায্যকারী খুঁজে বের করা)
goal-adl-emergency-help-condition = ভূমিকাভিনয়ের পরিস্থিতি দেওয়া হলে
goal-adl-emergency-help-criterion = 5টি পরিস্থিতির মধ্যে 4টিতে

goal-adl-clean-up-skill = নিজের কাজের জায়গা পরিষ্কার করবে এবং উপকরণ যথাস্থানে রাখবে
goal-adl-clean-up-condition = একটি কার্যক্রমের শেষে
goal-adl-clean-up-criterion = 5টি সুযোগের মধ্যে 4টিতে সর্বোচ্চ 1 বার মনে করিয়ে দিয়ে

goal-adl-medication-routine-skill = নার্সকে নিজের ওষুধের সময় ও নাম বলবে
goal-adl-medication-routine-condition = ওষুধ খাওয়ার নির্ধারিত সময়ে
goal-adl-medication-routine-criterion = 5টি সুযোগের মধ্যে 4টিতে

goal-adl-laundry-skill = কাজের ধাপ-বিশ্লেষণ অনুসরণ করে এক দফা কাপড় বাছাই করবে, ধোবে ও ভাঁজ করবে
goal-adl-laundry-condition = জীবন-দক্ষতা কক্ষে
goal-adl-laundry-criterion = 4টির মধ্যে 3টি সেশনে 10টির মধ্যে 9টি ধাপ সম্পন্ন করে

## transition

goal-tran-career-interest-skill = পেশাগত আগ্রহের একটি প্রশ্নমালা পূরণ করবে এবং নিজের আগ্রহের সাথে মেলে এমন 3টি পেশার নাম বলবে
goal-tran-career-interest-condition = উত্তরণ কাউন্সেলরের সাথে
goal-tran-career-interest-criterion = প্রথম মূল্যায়ন পর্বের শেষে প্রতিটির জন্য 1টি কারণসহ মানানসই 3টি পেশার নাম বলে

goal-tran-job-application-skill = ব্যক্তিগত তথ্য, কাজের অভিজ্ঞতার বিবরণ ও রেফারেন্সসহ একটি চাকরির আবেদন পূরণ করবে
goal-tran-job-application-condition = কাগজের বা অনলাইন আবেদন দেওয়া হলে
goal-tran-job-application-criterion = 4টির মধ্যে 3টি প্রচেষ্টায় প্রয়োজনীয় সব ঘর সঠিকভাবে পূরণ করে

goal-tran-interview-practice-skill = সাক্ষাৎকারের 5টি সাধারণ প্রশ্নের সম্পূর্ণ ও প্রাসঙ্গিক উত্তর দেবে
goal-tran-interview-practice-condition = একটি অনুশীলনমূলক সাক্ষাৎকারের সময়
goal-tran-interview-practice-criterion = 4টির মধ্যে 3টি অনুশীলনমূলক সাক্ষাৎকারে

goal-tran-resume-skill = শিক্ষা, দক্ষতা এবং কাজ বা স্বেচ্ছাসেবার অভিজ্ঞতা উল্লেখ করে একটি জীবনবৃত্তান্ত (রেজিউমে) তৈরি করবে
goal-tran-resume-condition = জীবনবৃত্তান্তের একটি নমুনা ছক (টেমপ্লেট) ব্যবহার করে
goal-tran-resume-criterion = দ্বিতীয় মূল্যায়ন পর্বের মধ্যে জীবনবৃত্তান্তের রুব্রিকে 4-এর মধ্যে 3 নম্বর পেয়ে

goal-tran-travel-public-skill = স্কুল ও কমিউনিটির একটি স্থানের মধ্যে বাস বা সাবওয়েতে যাতায়াত করবে
goal-tran-travel-public-condition = প্রাপ্তবয়স্কের সহায়তা ধীরে ধীরে কমিয়ে
goal-tran-travel-public-criterion = 5টির মধ্যে 4টি যাত্রায় স্বাধীনভাবে ও নিরাপদে

goal-tran-college-research-skill = মাধ্যমিক-পরবর্তী 3টি শিক্ষা প্রোগ্রাম সম্পর্কে খোঁজ নেবে এবং ভর্তির শর্ত, খরচ ও সহায়তা তুলনা করবে
goal-tran-college-research-condition = কলেজের ওয়েবসাইট ও একটি তুলনামূলক চার্ট ব্যবহার করে
goal-tran-college-research-criterion = 3টির মধ্যে 3টি প্রোগ্রামের জন্য চার্ট সম্পূর্ণ করে

goal-tran-work-task-skill = একটি চেকলিস্ট অনুসরণ করে দেওয়া কাজ সম্পন্ন করবে
goal-tran-work-task-condition = কর্মভিত্তিক শিক্ষার একটি কর্মস্থলে
goal-tran-work-task-criterion = পরপর 4টি শিফট জুড়ে 90% ধাপে
goal-tran-work-task-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4টি শিফট জুড়ে 70% ধাপে
goal-tran-work-task-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: পরপর 4টি শিফট জুড়ে 80% ধাপে

goal-tran-time-clock-skill = কর্মভিত্তিক শিক্ষার শিফটে সময়মতো পৌঁছাবে এবং হাজিরা দেবে (ক্লক-ইন করবে)
goal-tran-time-clock-condition = কর্মভিত্তিক শিক্ষার একটি কর্মস্থলে
goal-tran-time-clock-criterion = একটি মূল্যায়ন পর্বে 90% শিফটে
goal-tran-time-clock-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: একটি মূল্যায়ন পর্বে 70% শিফটে
goal-tran-time-clock-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: একটি মূল্যায়ন পর্বে 80% শিফটে

goal-tran-self-advocacy-iep-skill = IEP সভায় নিজের প্রতিবন্ধিতা, শক্তি, প্রয়োজন ও সুবিধাগুলো ব্যাখ্যা করবে
goal-tran-self-advocacy-iep-condition = আগে থেকে প্রস্তুত করা লেখা বা স্লাইডের সাহায্যে
goal-tran-self-advocacy-iep-criterion = 3টি শক্তি, 2টি প্রয়োজন ও 2টি সুবিধার নাম বলে

goal-tran-money-management-skill = কেনাকাটার জন্য ডেবিট কার্ড বা নগদ অর্থ ব্যবহার করবে এবং রসিদ যাচাই করবে
goal-tran-money-management-condition = কমিউনিটি-ভিত্তিক শিক্ষাদানের সময়
goal-tran-money-management-criterion = 5 বার বাইরে যাওয়ার মধ্যে 4 বার সঠিকভাবে

goal-tran-workplace-social-skill = সহকর্মীদের শুভেচ্ছা জানাবে এবং প্রয়োজনে সুপারভাইজারের কাছে সাহায্য চাইবে
goal-tran-workplace-social-condition = কর্মভিত্তিক শিক্ষার একটি কর্মস্থলে
goal-tran-workplace-social-criterion = পর্যবেক্ষণ করা 5টি শিফটের মধ্যে 4টিতে

goal-tran-credits-tracking-skill = ডিপ্লোমার জন্য নিজের ক্রেডিট ও রিজেন্টস পরীক্ষার হিসাব রাখবে
goal-tran-credits-tracking-condition = কাউন্সেলরের সাথে গ্র্যাজুয়েশন ট্র্যাকার ব্যবহার করে
goal-tran-credits-tracking-criterion = 3টি মূল্যায়ন পর্বের পর্যালোচনার প্রতিটিতে 100% নির্ভুলতার সাথে

goal-tran-agency-contact-skill = প্রাপ্তবয়স্কদের সেবা প্রদানকারী একটি সংস্থায় ফোন করে প্রাথমিক সাক্ষাতের (ইনটেক) সময় নির্ধারণ করবে
goal-tran-agency-contact-condition = ফোনে কথা বলার একটি লিখিত নির্দেশিকা ব্যবহার করে
goal-tran-agency-contact-criterion = 4টির মধ্যে 3টি ভূমিকাভিনয়ে এবং 1টি আসল কলে নাম, উদ্দেশ্য ও কখন সময় আছে তা বলে

goal-tran-housing-skills-skill = ভাড়া, অবস্থান ও যাতায়াতের ভিত্তিতে 3টি অ্যাপার্টমেন্টের বিজ্ঞাপন তুলনা করবে
goal-tran-housing-skills-condition = বিজ্ঞাপন ও একটি তুলনামূলক চার্ট দেওয়া হলে
goal-tran-housing-skills-criterion = 4টির মধ্যে 3টি প্রচেষ্টায় 90% নির্ভুলতার সাথে তুলনা সম্পূর্ণ করে

goal-tran-schedule-appointments-skill = ক্লাস, কাজ ও অ্যাপয়েন্টমেন্টের রিমাইন্ডার সেট করতে ফোনের ক্যালেন্ডার ব্যবহার করবে
goal-tran-schedule-appointments-condition = একটি স্কুল সপ্তাহ জুড়ে
goal-tran-schedule-appointments-criterion = 4 সপ্তাহ ধরে 80% নির্ধারিত কর্মসূচিতে
goal-tran-schedule-appointments-benchmark-1 = প্রথম অগ্রগতি প্রতিবেদনের মধ্যে: 4 সপ্তাহ ধরে 60% নির্ধারিত কর্মসূচিতে
goal-tran-schedule-appointments-benchmark-2 = দ্বিতীয় অগ্রগতি প্রতিবেদনের মধ্যে: 4 সপ্তাহ ধরে 70% নির্ধারিত কর্মসূচিতে

goal-tran-safety-work-skill = কর্মস্থলের নিরাপত্তা নিয়ম (সুরক্ষা সরঞ্জাম, পরিষ্কার করা, বিপদের কথা জানানো) মেনে চলবে
goal-tran-safety-work-condition = কর্মভিত্তিক শিক্ষার একটি কর্মস্থলে
goal-tran-safety-work-criterion = পর্যবেক্ষণ করা 5টি শিফটের মধ্যে 4টিতে 5টির মধ্যে 5টি নিয়ম মেনে
