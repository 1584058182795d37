# Goal bank (assets/data/goal-bank.toml): the parts of each bank goal, by its stable id, so that a
# goal the team picked and did not change prints in the parent's language. The English file is
# generated from the bank: `UPDATE_LOCALES=1 cargo test -p iepdesk-documents --test goal_bank`
# rewrites it. A skill is written after "the student" ("will ..."), as a verb phrase; keep
# every number of the English text.

## reading

goal-read-decode-multisyllabic-skill = 將運用音節類型知識拼讀多音節單字
goal-read-decode-multisyllabic-condition = 提供20個年級水準的陌生多音節單字清單時
goal-read-decode-multisyllabic-criterion = 5次嘗試中有4次準確率達到80%
goal-read-decode-multisyllabic-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-read-decode-multisyllabic-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-read-fluency-wcpm-skill = 將以每分鐘正確讀出110個單字的速度朗讀一篇年級水準的文章
goal-read-fluency-wcpm-condition = 提供一篇未練習過的年級水準文章時
goal-read-fluency-wcpm-criterion = 在連續3次每週測驗中做到

goal-read-main-idea-skill = 將說出文章主旨和兩個支持性細節
goal-read-main-idea-condition = 提供一篇年級水準的說明文和一份圖形組織圖時
goal-read-main-idea-criterion = 5次嘗試中有4次準確率達到80%
goal-read-main-idea-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-read-main-idea-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-read-inference-skill = 將作出一個推論，並引用一條支持該推論的文本證據
goal-read-inference-condition = 閱讀一篇年級水準的文學類文章後
goal-read-inference-criterion = 5次嘗試中有4次準確率達到75%
goal-read-inference-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到55%
goal-read-inference-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到65%

goal-read-sight-words-skill = 將自動認讀高頻詞（每個詞在3秒內讀出）
goal-read-sight-words-condition = 提供50個年級水準的高頻詞清單時
goal-read-sight-words-criterion = 在連續3次測驗中正確讀出50個詞中的45個

goal-read-phonemic-blend-skill = 將對由3到4個音素組成的口語單字進行音素合成和切分
goal-read-phonemic-blend-condition = 口頭呈現單字時
goal-read-phonemic-blend-criterion = 連續3次課中準確率達到90%
goal-read-phonemic-blend-benchmark-1 = 到第一次進展報告時：連續3次課中準確率達到70%
goal-read-phonemic-blend-benchmark-2 = 到第二次進展報告時：連續3次課中準確率達到80%

goal-read-summarize-skill = 將為一篇年級水準的文本撰寫摘要，並按順序寫出主要事件
goal-read-summarize-condition = 獨立閱讀一篇年級水準的文章後
goal-read-summarize-criterion = 5次嘗試中有4次在摘要評分準則上獲得3分（滿分4分）

goal-read-vocabulary-context-skill = 將利用上下文線索確定生詞的意思
goal-read-vocabulary-context-condition = 提供一篇年級水準、含5個加底線生詞的文章時
goal-read-vocabulary-context-criterion = 5次嘗試中有4次準確率達到80%
goal-read-vocabulary-context-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-read-vocabulary-context-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-read-text-structure-skill = 將識別文本結構（順序、比較與對比、因果、問題與解決方法）
goal-read-text-structure-condition = 提供簡短的說明文時
goal-read-text-structure-criterion = 5次嘗試中有4次準確率達到80%
goal-read-text-structure-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-read-text-structure-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-read-answer-wh-skill = 將回答關於一篇文章的誰、什麼、哪裡、何時和為什麼等問題
goal-read-answer-wh-condition = 聽或閱讀一篇教學水準的文章後
goal-read-answer-wh-criterion = 5次嘗試中有4次準確率達到80%
goal-read-answer-wh-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-read-answer-wh-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-read-retell-skill = 將複述一個故事，內容包括人物、背景、問題和解決方法
goal-read-retell-condition = 閱讀一個教學水準的故事後
goal-read-retell-criterion = 5次複述中有4次包含全部故事要素（4個中的4個）

goal-read-comprehension-monitor-skill = 將在理解出現困難時使用補救策略（重讀、繼續往下讀、提出問題）
goal-read-comprehension-monitor-condition = 閱讀年級水準的文本時
goal-read-comprehension-monitor-criterion = 在觀察的5次機會中有4次做到

goal-read-compare-texts-skill = 將使用文氏圖比較和對比同一主題的兩篇文本
goal-read-compare-texts-condition = 提供同一主題的兩篇年級水準文本時
goal-read-compare-texts-criterion = 5次嘗試中有4次列出3個相同點和3個不同點

goal-read-reading-level-skill = 將以95%的單字準確率閱讀教學水準的文本，並回答閱讀理解問題
goal-read-reading-level-condition = 提供分級讀物時
goal-read-reading-level-criterion = 以閱讀記錄衡量，閱讀水準提高2個級別

goal-read-functional-signs-skill = 將認讀社區中的功能性標誌和標籤
goal-read-functional-signs-condition = 提供20張社區標誌和產品標籤的照片時
goal-read-functional-signs-criterion = 在連續3次課中正確讀出20個中的18個

goal-read-author-purpose-skill = 將識別作者的寫作目的和觀點
goal-read-author-purpose-condition = 提供一篇年級水準的說明文或說服性文章時
goal-read-author-purpose-criterion = 5次嘗試中有4次準確率達到80%
goal-read-author-purpose-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-read-author-purpose-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

## writing

goal-writ-paragraph-skill = 將寫出一個段落，包括主題句、三個支持性細節和結論句
goal-writ-paragraph-condition = 提供寫作題目和段落規劃表時
goal-writ-paragraph-criterion = 5份寫作樣本中有4份在段落評分準則上獲得3分（滿分4分）

goal-writ-argument-essay-skill = 將寫一篇議論文，包括一個論點、兩個有證據支持的理由和結論
goal-writ-argument-essay-condition = 提供寫作題目和規劃檢查清單時
goal-writ-argument-essay-criterion = 連續3篇文章在評分準則上獲得3分（滿分4分）

goal-writ-capitalization-punctuation-skill = 將正確使用大寫字母和句末標點
goal-writ-capitalization-punctuation-condition = 獨立寫五個或更多句子時
goal-writ-capitalization-punctuation-criterion = 5份寫作樣本中有4份準確率達到90%
goal-writ-capitalization-punctuation-benchmark-1 = 到第一次進展報告時：5份寫作樣本中有4份準確率達到70%
goal-writ-capitalization-punctuation-benchmark-2 = 到第二次進展報告時：5份寫作樣本中有4份準確率達到80%

goal-writ-spelling-patterns-skill = 將正確拼寫含有已學拼寫規律的單字
goal-writ-spelling-patterns-condition = 聽寫20個含有已學拼寫規律的單字時
goal-writ-spelling-patterns-criterion = 連續3次每週測驗中準確率達到85%
goal-writ-spelling-patterns-benchmark-1 = 到第一次進展報告時：連續3次每週測驗中準確率達到65%
goal-writ-spelling-patterns-benchmark-2 = 到第二次進展報告時：連續3次每週測驗中準確率達到75%

goal-writ-sentence-complete-skill = 將寫出包含主詞和述語的完整句子
goal-writ-sentence-complete-condition = 提供圖片或主題提示時
goal-writ-sentence-complete-criterion = 5次嘗試中有4次準確率達到80%
goal-writ-sentence-complete-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-writ-sentence-complete-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-writ-narrative-skill = 將運用過渡詞寫出有開頭、中間和結尾的記敘文
goal-writ-narrative-condition = 提供個人記敘文寫作題目和故事地圖時
goal-writ-narrative-criterion = 4份寫作樣本中有3份在記敘文評分準則上獲得3分（滿分4分）

goal-writ-edit-checklist-skill = 將使用檢查清單，就拼寫、大寫和標點修改草稿
goal-writ-edit-checklist-condition = 提供一份自己寫作的初稿時
goal-writ-edit-checklist-criterion = 5份草稿中有4份改正5個錯誤中的4個

goal-writ-transitions-skill = 將使用至少三個不同的過渡詞連接各個觀點
goal-writ-transitions-condition = 寫多段落回答時
goal-writ-transitions-criterion = 5份寫作樣本中有4份做到

goal-writ-research-notes-skill = 將從兩個資料來源做筆記，並註明每個來源
goal-writ-research-notes-condition = 提供一個研究問題和兩份年級水準的資料來源時
goal-writ-research-notes-criterion = 5次嘗試中有4次記錄5條相關事實並註明來源

goal-writ-typing-skill = 將以每分鐘20個單字的速度打字，準確率達到90%
goal-writ-typing-condition = 使用鍵盤和打字練習軟體時
goal-writ-typing-criterion = 在連續3次計時測驗中做到

goal-writ-dictation-tool-skill = 將使用語音轉文字軟體起草並修改一個段落
goal-writ-dictation-tool-condition = 提供寫作作業和語音轉文字軟體時
goal-writ-dictation-tool-criterion = 5次嘗試中有4次寫出一個由5個句子組成的段落

goal-writ-functional-forms-skill = 將填寫個人資料表（姓名、地址、電話、出生日期、緊急聯絡人）
goal-writ-functional-forms-condition = 提供工作或學校申請表時
goal-writ-functional-forms-criterion = 連續3次嘗試中正確填寫全部欄目（5個中的5個）

goal-writ-constructed-response-skill = 將使用RACE策略（複述問題、回答、引用證據、解釋）回答基於文本的問題
goal-writ-constructed-response-condition = 提供一篇年級水準的文章和問題時
goal-writ-constructed-response-criterion = 5次回答中有4次包含全部部分（4個中的4個）

goal-writ-handwriting-legible-skill = 將在橫線紙上清晰書寫，字母大小和間距正確
goal-writ-handwriting-legible-condition = 抄寫一段由3個句子組成的文字時
goal-writ-handwriting-legible-criterion = 5次嘗試中有4次準確率達到80%
goal-writ-handwriting-legible-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-writ-handwriting-legible-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-writ-expand-sentences-skill = 將透過添加誰、什麼、何時、哪裡和為什麼等細節來擴展簡單句
goal-writ-expand-sentences-condition = 提供一個簡單句時
goal-writ-expand-sentences-criterion = 5次嘗試中有4次添加2個細節

goal-writ-informational-essay-skill = 將寫一篇說明文，包括引言、兩個含事實的正文段落和結論
goal-writ-informational-essay-condition = 提供主題、資料來源和圖形組織圖時
goal-writ-informational-essay-criterion = 4篇文章中有3篇在評分準則上獲得3分（滿分4分）

## math

goal-math-addition-regroup-skill = 將進行需要進位的兩位數和三位數加法
goal-math-addition-regroup-condition = 提供10道加法題時
goal-math-addition-regroup-criterion = 5次嘗試中有4次準確率達到80%
goal-math-addition-regroup-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-addition-regroup-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-subtraction-regroup-skill = 將進行需要退位的兩位數和三位數減法
goal-math-subtraction-regroup-condition = 提供10道減法題時
goal-math-subtraction-regroup-criterion = 5次嘗試中有4次準確率達到80%
goal-math-subtraction-regroup-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-subtraction-regroup-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-multiplication-facts-skill = 將熟記0到10的乘法基本運算
goal-math-multiplication-facts-condition = 進行含50道基本算式的2分鐘計時測驗時
goal-math-multiplication-facts-criterion = 在連續3次測驗中正確回答50道中的40道

goal-math-word-problems-skill = 將透過確定運算方法並寫出解題過程，解答一步和兩步應用題
goal-math-word-problems-condition = 提供5道年級水準的應用題，並按需要朗讀題目時
goal-math-word-problems-criterion = 5次嘗試中有4次準確率達到80%
goal-math-word-problems-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-word-problems-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-fractions-compare-skill = 將使用模型或公分母比較分母不同的分數
goal-math-fractions-compare-condition = 提供10組分數時
goal-math-fractions-compare-criterion = 5次嘗試中有4次準確率達到80%
goal-math-fractions-compare-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-fractions-compare-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-linear-equations-skill = 將解多步驟的一元一次方程式
goal-math-linear-equations-condition = 提供10個方程式和一份解題步驟檢查清單時
goal-math-linear-equations-criterion = 5次嘗試中有4次準確率達到80%
goal-math-linear-equations-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-linear-equations-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-money-count-skill = 將清點混合的硬幣和紙幣，金額最多20.00美元
goal-math-money-count-condition = 提供一組硬幣和紙幣時
goal-math-money-count-criterion = 連續3次課中準確率達到90%
goal-math-money-count-benchmark-1 = 到第一次進展報告時：連續3次課中準確率達到70%
goal-math-money-count-benchmark-2 = 到第二次進展報告時：連續3次課中準確率達到80%

goal-math-make-change-skill = 將計算不超過20.00美元的購物應找回的零錢
goal-math-make-change-condition = 提供價格標籤和所付金額時
goal-math-make-change-criterion = 在3次課中，10次嘗試中有8次做到

goal-math-time-tell-skill = 將在指針式時鐘上讀出時間，精確到五分鐘
goal-math-time-tell-condition = 提供10個鐘面時
goal-math-time-tell-criterion = 連續3次課中準確率達到90%
goal-math-time-tell-benchmark-1 = 到第一次進展報告時：連續3次課中準確率達到70%
goal-math-time-tell-benchmark-2 = 到第二次進展報告時：連續3次課中準確率達到80%

goal-math-place-value-skill = 將識別1,000以內的數中每一位數字所代表的值
goal-math-place-value-condition = 提供10個三位數時
goal-math-place-value-criterion = 5次嘗試中有4次準確率達到85%
goal-math-place-value-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到65%
goal-math-place-value-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到75%

goal-math-measurement-skill = 將測量物體長度，精確到四分之一英寸和公分
goal-math-measurement-condition = 提供一把尺子和10個物體時
goal-math-measurement-criterion = 5次嘗試中有4次準確率達到80%
goal-math-measurement-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-measurement-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-graphs-skill = 將讀懂並解釋長條圖和折線圖，以回答問題
goal-math-graphs-condition = 提供一張圖表和5個問題時
goal-math-graphs-criterion = 5次嘗試中有4次準確率達到80%
goal-math-graphs-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-graphs-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-ratios-skill = 將使用表格或紙帶圖解答比和比率問題
goal-math-ratios-condition = 提供5道與現實生活相關的比例問題時
goal-math-ratios-criterion = 5次嘗試中有4次準確率達到80%
goal-math-ratios-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-ratios-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-calculator-use-skill = 將使用計算機解答多步驟問題，並檢查答案是否合理
goal-math-calculator-use-condition = 提供10道題和一個計算機時
goal-math-calculator-use-criterion = 5次嘗試中有4次準確率達到80%
goal-math-calculator-use-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-calculator-use-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-math-budget-skill = 將制定列出收入和支出的每週預算，並計算餘額
goal-math-budget-condition = 提供一張薪資單存根和一份支出清單時
goal-math-budget-criterion = 4次嘗試中有3次錯誤不超過1個

goal-math-number-line-skill = 將在數軸上找出整數和小數的位置並排序
goal-math-number-line-condition = 提供10個數和一條數軸時
goal-math-number-line-criterion = 5次嘗試中有4次準確率達到80%
goal-math-number-line-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-math-number-line-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

## speech_language

goal-spl-articulation-r-skill = 將在單字和句子中正確發出/r/音
goal-spl-articulation-r-condition = 在結構化的言語活動中
goal-spl-articulation-r-criterion = 連續3次課中準確率達到80%
goal-spl-articulation-r-benchmark-1 = 到第一次進展報告時：連續3次課中準確率達到60%
goal-spl-articulation-r-benchmark-2 = 到第二次進展報告時：連續3次課中準確率達到70%

goal-spl-articulation-s-skill = 將在對話中正確發出/s/和/z/音
goal-spl-articulation-s-condition = 與服務提供者進行5分鐘對話時
goal-spl-articulation-s-criterion = 連續3次課中準確率達到80%
goal-spl-articulation-s-benchmark-1 = 到第一次進展報告時：連續3次課中準確率達到60%
goal-spl-articulation-s-benchmark-2 = 到第二次進展報告時：連續3次課中準確率達到70%

goal-spl-following-directions-skill = 將遵從包含基本概念（之前、之後、第一個、最後一個）的兩步指示
goal-spl-following-directions-condition = 給出沒有視覺提示的口頭指示時
goal-spl-following-directions-criterion = 5次嘗試中有4次準確率達到80%
goal-spl-following-directions-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-spl-following-directions-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-spl-vocabulary-categories-skill = 將說出同一類別中至少5樣事物，並解釋它們之間的關係
goal-spl-vocabulary-categories-condition = 給出一個類別名稱時
goal-spl-vocabulary-categories-criterion = 5次嘗試中有4次做到

goal-spl-wh-questions-skill = 將回答關於一個短篇故事的疑問詞問題（誰、什麼、哪裡、何時、為什麼）
goal-spl-wh-questions-condition = 聽別人朗讀一個短篇故事後
goal-spl-wh-questions-criterion = 5次嘗試中有4次準確率達到80%
goal-spl-wh-questions-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-spl-wh-questions-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-spl-sentence-length-skill = 將使用由6個或更多詞語組成且語法正確的完整句子
goal-spl-sentence-length-condition = 描述一幅圖片或一件事情時
goal-spl-sentence-length-criterion = 5次嘗試中有4次準確率達到80%
goal-spl-sentence-length-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-spl-sentence-length-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-spl-narrative-retell-skill = 將使用時間詞（首先、接著、然後、最後）按順序複述親身經歷的事情
goal-spl-narrative-retell-condition = 被問及最近發生的事情時
goal-spl-narrative-retell-criterion = 5次嘗試中有4次按順序說出4件事

goal-spl-conversation-turns-skill = 將在4個對話輪次中保持同一話題
goal-spl-conversation-turns-condition = 與同伴對話時
goal-spl-conversation-turns-criterion = 在觀察的5次機會中有4次做到

goal-spl-fluency-strategy-skill = 將使用流暢性策略（輕柔起音、放慢語速）流暢地說話
goal-spl-fluency-strategy-condition = 在結構化對話中
goal-spl-fluency-strategy-criterion = 連續3次課中流暢音節的比例達到90%
goal-spl-fluency-strategy-benchmark-1 = 到第一次進展報告時：連續3次課中流暢音節的比例達到70%
goal-spl-fluency-strategy-benchmark-2 = 到第二次進展報告時：連續3次課中流暢音節的比例達到80%

goal-spl-aac-requests-skill = 將使用擴大性溝通（AAC）設備提出請求和發表意見
goal-spl-aac-requests-condition = 在課堂常規活動中
goal-spl-aac-requests-criterion = 連續3天，每天在一個30分鐘時段內做到10次

goal-spl-figurative-language-skill = 將解釋慣用語和比喻性表達的意思
goal-spl-figurative-language-condition = 提供10個放在句子語境中的慣用語時
goal-spl-figurative-language-criterion = 5次嘗試中有4次準確率達到80%
goal-spl-figurative-language-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-spl-figurative-language-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-spl-clarification-skill = 將在聽不懂指示或訊息時請對方說明
goal-spl-clarification-condition = 在課堂教學中
goal-spl-clarification-criterion = 在觀察的5次機會中有4次做到

goal-spl-describe-attributes-skill = 將使用3個屬性（大小、顏色、功能、組成部分）描述一個物品
goal-spl-describe-attributes-condition = 提供一張圖片或一個實物時
goal-spl-describe-attributes-criterion = 5次嘗試中有4次做到

goal-spl-pronouns-skill = 將在句子中正確使用主格和賓格代名詞
goal-spl-pronouns-condition = 在結構化的語言活動中
goal-spl-pronouns-criterion = 5次嘗試中有4次準確率達到80%
goal-spl-pronouns-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-spl-pronouns-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-spl-voice-volume-skill = 將根據場合使用適當的音量
goal-spl-voice-volume-condition = 在教室和走廊的常規活動中
goal-spl-voice-volume-criterion = 在觀察的5次機會中有4次做到

goal-spl-self-advocacy-speech-skill = 將向新認識的成人說明自己的溝通需求和所需支援
goal-spl-self-advocacy-speech-condition = 在角色扮演或真實會議中
goal-spl-self-advocacy-speech-criterion = 4次嘗試中有3次說出2項需求和2項支援

## social_emotional

goal-soc-identify-feelings-skill = 將識別自己的情緒，並使用情緒量表評定情緒的強度
goal-soc-identify-feelings-condition = 在上學期間感到不安時
goal-soc-identify-feelings-criterion = 在觀察的5次機會中有4次做到

goal-soc-coping-strategy-skill = 將使用應對策略（深呼吸、休息卡、數數）讓自己平靜下來
goal-soc-coping-strategy-condition = 感到受挫或焦慮時
goal-soc-coping-strategy-criterion = 在觀察的5次機會中有4次做到

goal-soc-peer-initiation-skill = 將主動與同伴互動
goal-soc-peer-initiation-condition = 在非結構化時間（午餐、課間休息）
goal-soc-peer-initiation-criterion = 5天中有4天，每天做到3次

goal-soc-perspective-taking-skill = 將說出在特定情境中另一個人可能有什麼感受以及原因
goal-soc-perspective-taking-condition = 提供社交情境時
goal-soc-perspective-taking-criterion = 5次嘗試中有4次準確率達到80%
goal-soc-perspective-taking-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-soc-perspective-taking-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-soc-conflict-resolution-skill = 將使用4步驟解決問題計劃化解與同伴的衝突
goal-soc-conflict-resolution-condition = 與同伴發生衝突時
goal-soc-conflict-resolution-criterion = 在觀察的4次機會中有3次做到

goal-soc-accept-feedback-skill = 將接受成人的糾正性回饋而不爭辯
goal-soc-accept-feedback-condition = 得到糾正性回饋時
goal-soc-accept-feedback-criterion = 連續4週內，在80%的機會中做到
goal-soc-accept-feedback-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的機會中做到
goal-soc-accept-feedback-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的機會中做到

goal-soc-group-work-skill = 將透過分享想法和輪流發言參與小組活動
goal-soc-group-work-condition = 在合作學習活動中
goal-soc-group-work-criterion = 在觀察的5次課中有4次做到

goal-soc-self-advocacy-skill = 將用恰當的表達方式向老師請求幫助或便利措施
goal-soc-self-advocacy-condition = 面對困難任務時
goal-soc-self-advocacy-criterion = 在觀察的5次機會中有4次做到

goal-soc-positive-self-talk-skill = 將以正向的自我陳述取代負面的自我陳述
goal-soc-positive-self-talk-condition = 在輔導課中由輔導員提示時
goal-soc-positive-self-talk-criterion = 5次嘗試中有4次做到

goal-soc-friendship-skills-skill = 將說出好朋友的3個品質，並描述自己表現出其中一種品質的一次經歷
goal-soc-friendship-skills-condition = 在心理輔導課中
goal-soc-friendship-skills-criterion = 4次課中有3次做到

goal-soc-anxiety-plan-skill = 將在考試和演講前遵循書面的焦慮應對計劃
goal-soc-anxiety-plan-condition = 在考試或演講之前
goal-soc-anxiety-plan-criterion = 5次機會中有4次做到

goal-soc-social-cues-skill = 將在影片片段中識別非語言提示（面部表情、語氣、肢體語言）
goal-soc-social-cues-condition = 提供簡短的影片片段時
goal-soc-social-cues-criterion = 5次嘗試中有4次準確率達到80%
goal-soc-social-cues-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-soc-social-cues-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-soc-joining-games-skill = 將用恰當的話語請求加入遊戲或活動
goal-soc-joining-games-condition = 在課間休息或自由活動時間
goal-soc-joining-games-criterion = 在觀察的5次機會中有4次做到

goal-soc-goal-setting-skill = 將設定每週個人目標，並評估目標是否達成
goal-soc-goal-setting-condition = 在每週的心理輔導面談中
goal-soc-goal-setting-criterion = 連續10週中有8週做到

goal-soc-attendance-skill = 將按時上學
goal-soc-attendance-condition = 在每個評分期內
goal-soc-attendance-criterion = 在90%的上學日做到
goal-soc-attendance-benchmark-1 = 到第一次進展報告時：在70%的上學日做到
goal-soc-attendance-benchmark-2 = 到第二次進展報告時：在80%的上學日做到

goal-soc-responsibility-skill = 將透過描述發生了什麼以及接下來該怎麼做，為自己的行為承擔責任
goal-soc-responsibility-condition = 發生事件後
goal-soc-responsibility-criterion = 4次機會中有3次做到

## behavior

goal-beh-on-task-skill = 將在獨立作業時保持專注於任務
goal-beh-on-task-condition = 在20分鐘的獨立作業時段中
goal-beh-on-task-criterion = 連續4週內，在80%的觀察時段中做到
goal-beh-on-task-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的觀察時段中做到
goal-beh-on-task-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的觀察時段中做到

goal-beh-follow-directions-skill = 將在老師第一次提出要求後30秒內遵從指示
goal-beh-follow-directions-condition = 在課堂教學中
goal-beh-follow-directions-criterion = 連續4週內，在80%的機會中做到
goal-beh-follow-directions-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的機會中做到
goal-beh-follow-directions-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的機會中做到

goal-beh-break-card-skill = 將使用休息卡請求休息，而不是離開所在區域
goal-beh-break-card-condition = 感到受挫時
goal-beh-break-card-criterion = 連續4週內，在90%的機會中做到
goal-beh-break-card-benchmark-1 = 到第一次進展報告時：連續4週內，在70%的機會中做到
goal-beh-break-card-benchmark-2 = 到第二次進展報告時：連續4週內，在80%的機會中做到

goal-beh-hands-to-self-skill = 將管好自己的手腳，不碰觸他人
goal-beh-hands-to-self-condition = 在活動轉換和非結構化時間
goal-beh-hands-to-self-criterion = 連續4週內，在90%的觀察時段中做到
goal-beh-hands-to-self-benchmark-1 = 到第一次進展報告時：連續4週內，在70%的觀察時段中做到
goal-beh-hands-to-self-benchmark-2 = 到第二次進展報告時：連續4週內，在80%的觀察時段中做到

goal-beh-raise-hand-skill = 將在發言前舉手並等待老師點名
goal-beh-raise-hand-condition = 在全班教學中
goal-beh-raise-hand-criterion = 連續4週內，在80%的機會中做到
goal-beh-raise-hand-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的機會中做到
goal-beh-raise-hand-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的機會中做到

goal-beh-transitions-skill = 將在2分鐘內從一項活動轉到另一項活動
goal-beh-transitions-condition = 提供2分鐘預告和視覺日程表時
goal-beh-transitions-criterion = 5天中有4天，每天10次活動轉換中有8次做到

goal-beh-work-completion-skill = 將完成並繳交課堂作業
goal-beh-work-completion-condition = 提供一份指派作業的檢查清單時
goal-beh-work-completion-criterion = 在一個評分期內，在80%的作業中做到
goal-beh-work-completion-benchmark-1 = 到第一次進展報告時：在一個評分期內，在60%的作業中做到
goal-beh-work-completion-benchmark-2 = 到第二次進展報告時：在一個評分期內，在70%的作業中做到

goal-beh-respectful-language-skill = 將對同伴和成人使用尊重他人的語言
goal-beh-respectful-language-condition = 在整個上學日
goal-beh-respectful-language-criterion = 連續4週內，每週發生的事件不超過1次

goal-beh-self-monitoring-skill = 將在積分表上為自己的行為評分，並與老師的評分一致
goal-beh-self-monitoring-condition = 在每節課結束時
goal-beh-self-monitoring-criterion = 連續4週內，在80%的課節中做到
goal-beh-self-monitoring-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的課節中做到
goal-beh-self-monitoring-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的課節中做到

goal-beh-wait-turn-skill = 將等待輪到自己，而不打斷別人
goal-beh-wait-turn-condition = 在小組活動中
goal-beh-wait-turn-criterion = 在觀察的5次機會中有4次做到

goal-beh-seat-remain-skill = 將留在指定區域內
goal-beh-seat-remain-condition = 在30分鐘的教學時段中
goal-beh-seat-remain-criterion = 連續4週內，在90%的觀察時段中做到
goal-beh-seat-remain-benchmark-1 = 到第一次進展報告時：連續4週內，在70%的觀察時段中做到
goal-beh-seat-remain-benchmark-2 = 到第二次進展報告時：連續4週內，在80%的觀察時段中做到

goal-beh-materials-ready-skill = 將帶齊上課所需的用品（課本、筆記本、鉛筆）
goal-beh-materials-ready-condition = 在每節課開始時
goal-beh-materials-ready-criterion = 連續4週內，在85%的課節中做到
goal-beh-materials-ready-benchmark-1 = 到第一次進展報告時：連續4週內，在65%的課節中做到
goal-beh-materials-ready-benchmark-2 = 到第二次進展報告時：連續4週內，在75%的課節中做到

goal-beh-aggression-replace-skill = 將使用替代行為（走開、尋求成人幫助）代替身體攻擊
goal-beh-aggression-replace-condition = 與同伴發生衝突時
goal-beh-aggression-replace-criterion = 連續6週內，身體攻擊事件為0次

goal-beh-task-initiation-skill = 將在2分鐘內開始指定的任務
goal-beh-task-initiation-condition = 給出指示後
goal-beh-task-initiation-criterion = 連續4週內，在80%的機會中做到
goal-beh-task-initiation-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的機會中做到
goal-beh-task-initiation-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的機會中做到

goal-beh-cell-phone-skill = 將在上課期間把個人手機收好
goal-beh-cell-phone-condition = 在教學時段中
goal-beh-cell-phone-criterion = 連續4週內，在90%的課節中做到
goal-beh-cell-phone-benchmark-1 = 到第一次進展報告時：連續4週內，在70%的課節中做到
goal-beh-cell-phone-benchmark-2 = 到第二次進展報告時：連續4週內，在80%的課節中做到

goal-beh-calm-down-return-skill = 將在休息後5分鐘內回到活動中
goal-beh-calm-down-return-condition = 在自己要求的或老師提供的休息之後
goal-beh-calm-down-return-criterion = 連續4週內，在80%的休息後做到
goal-beh-calm-down-return-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的休息後做到
goal-beh-calm-down-return-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的休息後做到

## fine_motor

goal-fm-pencil-grasp-skill = 將在書寫時使用功能性的三指握筆姿勢
goal-fm-pencil-grasp-condition = 在書寫任務中，如有需要可使用握筆器
goal-fm-pencil-grasp-criterion = 在連續3次課所觀察的書寫任務中，準確率達到80%
goal-fm-pencil-grasp-benchmark-1 = 到第一次進展報告時：在連續3次課所觀察的書寫任務中，準確率達到60%
goal-fm-pencil-grasp-benchmark-2 = 到第二次進展報告時：在連續3次課所觀察的書寫任務中，準確率達到70%

goal-fm-scissors-skill = 將沿曲線剪裁，誤差不超過1/4英寸
goal-fm-scissors-condition = 提供剪刀和學習單時
goal-fm-scissors-criterion = 5次嘗試中有4次做到

goal-fm-letter-formation-skill = 將憑記憶正確書寫大寫和小寫字母
goal-fm-letter-formation-condition = 書寫字母表時
goal-fm-letter-formation-criterion = 連續3次課中準確率達到90%
goal-fm-letter-formation-benchmark-1 = 到第一次進展報告時：連續3次課中準確率達到70%
goal-fm-letter-formation-benchmark-2 = 到第二次進展報告時：連續3次課中準確率達到80%

goal-fm-buttons-zippers-skill = 將扣好自己衣服上的鈕扣並拉好拉鍊
goal-fm-buttons-zippers-condition = 在穿衣常規活動中
goal-fm-buttons-zippers-criterion = 5次嘗試中有4次獨立做到

goal-fm-copy-board-skill = 將從黑板上清晰地抄寫3個句子
goal-fm-copy-board-condition = 在5分鐘內
goal-fm-copy-board-criterion = 5次嘗試中有4次做到

goal-fm-keyboard-home-row-skill = 將用雙手使用鍵盤基準行按鍵打字
goal-fm-keyboard-home-row-condition = 使用鍵盤和打字練習軟體時
goal-fm-keyboard-home-row-criterion = 連續3次課中達到每分鐘15個單字

goal-fm-in-hand-manipulation-skill = 將用一隻手拿起小物件（硬幣、插釘）並放到指定位置
goal-fm-in-hand-manipulation-condition = 提供10個小物件時
goal-fm-in-hand-manipulation-criterion = 5次嘗試中有4次在60秒內放好全部物件（10個中的10個）

goal-fm-spacing-skill = 將在單字之間留出一指寬的空格，並把字寫在線上
goal-fm-spacing-condition = 寫3個或更多句子時
goal-fm-spacing-criterion = 5份樣本中有4份準確率達到80%
goal-fm-spacing-benchmark-1 = 到第一次進展報告時：5份樣本中有4份準確率達到60%
goal-fm-spacing-benchmark-2 = 到第二次進展報告時：5份樣本中有4份準確率達到70%

goal-fm-open-containers-skill = 將打開午餐盒和食品包裝
goal-fm-open-containers-condition = 午餐時
goal-fm-open-containers-criterion = 5次機會中有4次獨立做到

goal-fm-tablet-navigation-skill = 將使用平板電腦的觸控螢幕打開、使用和關閉應用程式
goal-fm-tablet-navigation-condition = 給出口頭指示時
goal-fm-tablet-navigation-criterion = 5次嘗試中有4次獨立做到

goal-fm-shoelaces-skill = 將繫鞋帶
goal-fm-shoelaces-condition = 在穿衣常規活動中
goal-fm-shoelaces-criterion = 5次嘗試中有4次獨立做到

goal-fm-bilateral-skill = 將用一隻手固定紙張，同時用另一隻手書寫或剪裁
goal-fm-bilateral-condition = 在桌面任務中
goal-fm-bilateral-criterion = 在3次課所觀察的任務中，準確率達到80%
goal-fm-bilateral-benchmark-1 = 到第一次進展報告時：在3次課所觀察的任務中，準確率達到60%
goal-fm-bilateral-benchmark-2 = 到第二次進展報告時：在3次課所觀察的任務中，準確率達到70%

goal-fm-ruler-line-skill = 將使用尺子在兩點之間畫一條直線
goal-fm-ruler-line-condition = 提供一把尺子和10組點時
goal-fm-ruler-line-criterion = 連續3次課中，10條線中有8條誤差在1/8英寸以內

goal-fm-sizing-letters-skill = 將在書寫線內正確控制字母大小
goal-fm-sizing-letters-condition = 抄寫句子時
goal-fm-sizing-letters-criterion = 5次嘗試中有4次準確率達到80%
goal-fm-sizing-letters-benchmark-1 = 到第一次進展報告時：5次嘗試中有4次準確率達到60%
goal-fm-sizing-letters-benchmark-2 = 到第二次進展報告時：5次嘗試中有4次準確率達到70%

goal-fm-utensils-skill = 將使用叉子和湯匙進食而不灑落食物
goal-fm-utensils-condition = 午餐時
goal-fm-utensils-criterion = 在觀察的5次用餐中有4次做到

goal-fm-organize-binder-skill = 將使用活頁圈和分隔標籤把紙張放進活頁夾的正確分區
goal-fm-organize-binder-condition = 每節課結束時
goal-fm-organize-binder-criterion = 4週內，在80%的機會中做到
goal-fm-organize-binder-benchmark-1 = 到第一次進展報告時：4週內，在60%的機會中做到
goal-fm-organize-binder-benchmark-2 = 到第二次進展報告時：4週內，在70%的機會中做到

## gross_motor

goal-gm-stairs-skill = 將雙腳交替並扶著扶手上下一段樓梯
goal-gm-stairs-condition = 在校內轉換場地時
goal-gm-stairs-criterion = 5次嘗試中有4次安全做到

goal-gm-balance-beam-skill = 將沿一條10英尺長的直線以腳跟貼腳尖的方式行走，不偏離直線
goal-gm-balance-beam-condition = 在體育館或治療室
goal-gm-balance-beam-criterion = 5次嘗試中有4次做到

goal-gm-ball-catch-skill = 將接住從10英尺外拋來的遊戲用球
goal-gm-ball-catch-condition = 在體育課或治療期間
goal-gm-ball-catch-criterion = 連續3次課中，10次接球有8次接住

goal-gm-hop-skill = 將單腳跳10次而不失去平衡
goal-gm-hop-condition = 在體育館或治療室
goal-gm-hop-criterion = 5次嘗試中有4次左右腳均能做到

goal-gm-navigate-school-skill = 將藉助自己的行動輔助器具安全地穿過擁擠的走廊
goal-gm-navigate-school-condition = 在換課時
goal-gm-navigate-school-criterion = 5次嘗試中有4次沒有碰撞、也沒有停下來求助

goal-gm-endurance-walk-skill = 將不休息地行走500英尺
goal-gm-endurance-walk-condition = 在學校外出活動或治療期間
goal-gm-endurance-walk-criterion = 5次嘗試中有4次做到

goal-gm-jump-skill = 將雙腳起跳並雙腳落地，向前跳24英寸
goal-gm-jump-condition = 在體育館或治療室
goal-gm-jump-criterion = 5次嘗試中有4次做到

goal-gm-wheelchair-transfer-skill = 將在他人從旁待命協助下，從輪椅轉移到教室椅子上
goal-gm-wheelchair-transfer-condition = 在課堂常規活動中
goal-gm-wheelchair-transfer-criterion = 5次嘗試中有4次安全做到

goal-gm-kick-ball-skill = 將把滾動的球踢向15英尺外的目標
goal-gm-kick-ball-condition = 在體育課上
goal-gm-kick-ball-criterion = 在3次課中，10次有6次踢中目標

goal-gm-playground-equipment-skill = 將爬上游樂設施的梯子並使用溜滑梯
goal-gm-playground-equipment-condition = 在課間休息時
goal-gm-playground-equipment-criterion = 5次機會中有4次獨立且安全地做到

goal-gm-posture-skill = 將在課桌前保持端正的坐姿
goal-gm-posture-condition = 在20分鐘的課堂中
goal-gm-posture-criterion = 在3次課所觀察的時段中，準確率達到80%
goal-gm-posture-benchmark-1 = 到第一次進展報告時：在3次課所觀察的時段中，準確率達到60%
goal-gm-posture-benchmark-2 = 到第二次進展報告時：在3次課所觀察的時段中，準確率達到70%

goal-gm-curb-negotiation-skill = 將安全地跨上和跨下人行道路緣
goal-gm-curb-negotiation-condition = 在社區外出活動中
goal-gm-curb-negotiation-criterion = 5次嘗試中有4次做到

goal-gm-skip-skill = 將以流暢的左右交替動作跳步前進30英尺
goal-gm-skip-condition = 在體育館
goal-gm-skip-criterion = 5次嘗試中有4次做到

goal-gm-fitness-circuit-skill = 將完成5站循環體能訓練
goal-gm-fitness-circuit-condition = 在適應性體育課中
goal-gm-fitness-circuit-criterion = 連續3次課中在10分鐘內完成

goal-gm-bus-steps-skill = 將扶著扶手上下校車台階
goal-gm-bus-steps-condition = 到校和放學時
goal-gm-bus-steps-criterion = 5次機會中有4次安全做到

goal-gm-throw-overhand-skill = 將以肩上投擲的方式把球扔給15英尺外的同伴
goal-gm-throw-overhand-condition = 在體育課上
goal-gm-throw-overhand-criterion = 在3次課中，10次有8次扔到同伴處

## adaptive_daily_living

goal-adl-handwashing-skill = 將按照6步圖片流程洗手並擦乾
goal-adl-handwashing-condition = 午餐前和如廁後
goal-adl-handwashing-criterion = 5次機會中有4次獨立完成全部步驟（6個中的6個）

goal-adl-arrival-routine-skill = 將完成到校常規（取出物品、掛好外套、交資料夾、開始晨間作業）
goal-adl-arrival-routine-condition = 到達教室時
goal-adl-arrival-routine-criterion = 5天中有4天提示不超過1次

goal-adl-visual-schedule-skill = 將按照視覺日程表從一項活動轉到另一項活動
goal-adl-visual-schedule-condition = 在整個上學日
goal-adl-visual-schedule-criterion = 連續4週內，在80%的活動轉換中做到
goal-adl-visual-schedule-benchmark-1 = 到第一次進展報告時：連續4週內，在60%的活動轉換中做到
goal-adl-visual-schedule-benchmark-2 = 到第二次進展報告時：連續4週內，在70%的活動轉換中做到

goal-adl-personal-info-skill = 將說出或出示自己的全名、地址和家長的電話號碼
goal-adl-personal-info-condition = 熟悉的成人詢問時
goal-adl-personal-info-criterion = 5次嘗試中有4次正確做到

goal-adl-lunch-routine-skill = 將領取午餐、付款或輸入個人編號，並清理桌面
goal-adl-lunch-routine-condition = 在學校餐廳
goal-adl-lunch-routine-criterion = 5次機會中有4次獨立做到

goal-adl-dressing-skill = 將穿上和脫下外套
goal-adl-dressing-condition = 到校和放學時
goal-adl-dressing-criterion = 5次機會中有4次獨立做到

goal-adl-toileting-request-skill = 將表達需要上廁所
goal-adl-toileting-request-condition = 在整個上學日
goal-adl-toileting-request-criterion = 連續4週內，在90%的機會中做到
goal-adl-toileting-request-benchmark-1 = 到第一次進展報告時：連續4週內，在70%的機會中做到
goal-adl-toileting-request-benchmark-2 = 到第二次進展報告時：連續4週內，在80%的機會中做到

goal-adl-safety-signs-skill = 將識別安全標誌（出口、停止、危險、行走）並作出正確反應
goal-adl-safety-signs-condition = 在社區教學中
goal-adl-safety-signs-criterion = 10次嘗試中有9次做到

goal-adl-simple-meal-skill = 將按照圖片食譜準備簡單的點心
goal-adl-simple-meal-condition = 在生活技能廚房
goal-adl-simple-meal-criterion = 4次課中有3次獨立完成10個步驟中的8個

goal-adl-hygiene-skill = 將完成個人儀容整理（梳頭、檢查儀表、使用體香劑）
goal-adl-hygiene-condition = 按照檢查清單
goal-adl-hygiene-criterion = 5次機會中有4次獨立做到

goal-adl-calendar-use-skill = 將使用日曆或記事本記錄作業和約會
goal-adl-calendar-use-condition = 每節課結束時
goal-adl-calendar-use-criterion = 4週內，在80%的機會中做到
goal-adl-calendar-use-benchmark-1 = 到第一次進展報告時：4週內，在60%的機會中做到
goal-adl-calendar-use-benchmark-2 = 到第二次進展報告時：4週內，在70%的機會中做到

goal-adl-shopping-list-skill = 將在商店裡找到圖片購物清單上的5樣物品
goal-adl-shopping-list-condition = 在社區教學中
goal-adl-shopping-list-criterion = 4次外出中有3次在15分鐘內完成

goal-adl-emergency-help-skill = 將說出或演示緊急情況下該怎麼做（撥打911、尋找可以幫忙的人）
goal-adl-emergency-help-condition = 提供角色扮演情境時
goal-adl-emergency-help-criterion = 5個情境中有4個做到

goal-adl-clean-up-skill = 將清理自己的工作區域並把材料收好
goal-adl-clean-up-condition = 活動結束時
goal-adl-clean-up-criterion = 5次機會中有4次提示不超過1次

goal-adl-medication-routine-skill = 將告訴護理師自己服藥的時間和藥物名稱
goal-adl-medication-routine-condition = 在預定服藥時間
goal-adl-medication-routine-criterion = 5次機會中有4次做到

goal-adl-laundry-skill = 將按照任務分析步驟，把一批衣物分類、洗滌並摺疊
goal-adl-laundry-condition = 在生活技能教室
goal-adl-laundry-criterion = 4次課中有3次完成10個步驟中的9個

## transition

goal-tran-career-interest-skill = 將完成職業興趣量表，並說出3個符合自己興趣的職業
goal-tran-career-interest-condition = 在過渡輔導員的協助下
goal-tran-career-interest-criterion = 在第一個評分期結束前，說出3個相符的職業，並各說出1個理由

goal-tran-job-application-skill = 將填寫工作申請表，包括個人資料、工作經歷和推薦人
goal-tran-job-application-condition = 提供紙質或線上申請表時
goal-tran-job-application-criterion = 4次嘗試中有3次正確填寫所有必填欄目

goal-tran-interview-practice-skill = 將對5個常見面試問題作出完整、切題的回答
goal-tran-interview-practice-condition = 在模擬面試中
goal-tran-interview-practice-criterion = 4次模擬面試中有3次做到

goal-tran-resume-skill = 將製作一份履歷，列出教育背景、技能以及工作或志願服務經歷
goal-tran-resume-condition = 使用履歷範本
goal-tran-resume-criterion = 在第二個評分期之前，在履歷評分準則上獲得3分（滿分4分）

goal-tran-travel-public-skill = 將乘坐公車或地鐵往返學校和社區地點
goal-tran-travel-public-condition = 在成人逐步減少支援的情況下
goal-tran-travel-public-criterion = 5次出行中有4次獨立且安全地做到

goal-tran-college-research-skill = 將研究3個中學後教育課程，並比較入學要求、費用和支援服務
goal-tran-college-research-condition = 使用大學網站和比較表
goal-tran-college-research-criterion = 完成全部課程的比較表（3個中的3個）

goal-tran-work-task-skill = 將按照檢查清單完成分配的工作任務
goal-tran-work-task-condition = 在工作實習場所
goal-tran-work-task-criterion = 連續4個班次中，在90%的步驟中做到
goal-tran-work-task-benchmark-1 = 到第一次進展報告時：連續4個班次中，在70%的步驟中做到
goal-tran-work-task-benchmark-2 = 到第二次進展報告時：連續4個班次中，在80%的步驟中做到

goal-tran-time-clock-skill = 將準時到達工作實習場所並打卡上班
goal-tran-time-clock-condition = 在工作實習場所
goal-tran-time-clock-criterion = 在一個評分期內，在90%的班次中做到
goal-tran-time-clock-benchmark-1 = 到第一次進展報告時：在一個評分期內，在70%的班次中做到
goal-tran-time-clock-benchmark-2 = 到第二次進展報告時：在一個評分期內，在80%的班次中做到

goal-tran-self-advocacy-iep-skill = 將在IEP會議上說明自己的殘障、優勢、需求和便利措施
goal-tran-self-advocacy-iep-condition = 藉助準備好的講稿或簡報投影片
goal-tran-self-advocacy-iep-criterion = 說出3項優勢、2項需求和2項便利措施

goal-tran-money-management-skill = 將使用簽帳金融卡或現金購物，並核對收據
goal-tran-money-management-condition = 在社區教學中
goal-tran-money-management-criterion = 5次出行中有4次正確做到

goal-tran-workplace-social-skill = 將向同事打招呼，並在需要時向主管尋求幫助
goal-tran-workplace-social-condition = 在工作實習場所
goal-tran-workplace-social-criterion = 在觀察的5個班次中有4個做到

goal-tran-credits-tracking-skill = 將追蹤自己為取得文憑所需的學分和Regents考試
goal-tran-credits-tracking-condition = 與輔導員一起使用畢業進度追蹤表
goal-tran-credits-tracking-criterion = 在3次評分期審查中每次準確率都達到100%

goal-tran-agency-contact-skill = 將打電話給成人服務機構，預約初次接案面談
goal-tran-agency-contact-condition = 使用電話講稿
goal-tran-agency-contact-criterion = 在4次角色扮演中有3次以及1次真實通話中，說出姓名、目的和方便的時間

goal-tran-housing-skills-skill = 將根據租金、地點和交通比較3則公寓出租資訊
goal-tran-housing-skills-condition = 提供出租資訊和比較表時
goal-tran-housing-skills-criterion = 4次嘗試中有3次完成比較，準確率達到90%

goal-tran-schedule-appointments-skill = 將使用手機日曆為課程、工作和約會設定提醒
goal-tran-schedule-appointments-condition = 在一個上課週內
goal-tran-schedule-appointments-criterion = 4週內，在80%的已安排事項中做到
goal-tran-schedule-appointments-benchmark-1 = 到第一次進展報告時：4週內，在60%的已安排事項中做到
goal-tran-schedule-appointments-benchmark-2 = 到第二次進展報告時：4週內，在70%的已安排事項中做到

goal-tran-safety-work-skill = 將遵守工作場所安全規則（防護裝備、清理、報告危險情況）
goal-tran-safety-work-condition = 在工作實習場所
goal-tran-safety-work-criterion = 在觀察的5個班次中有4個遵守全部規則（5條中的5條）
