# retention: ja

## The card list and the prep summary (window)
retention-your-cards = お持ちのカード
retention-new-card = 新しいカード
retention-no-card-yet = カードを追加すると、会員歴、最近の継続特典、年会費の返金期限が表示されます。
retention-before-the-call = 電話の前に
retention-prep-line = { $label }：{ $value }
retention-refund-days-left = 年会費の返金を受けて解約できる期限まで、あと{ $days }日です
retention-refund-window-passed = 返金期限を過ぎています

## The card form
retention-nickname = ニックネーム
retention-nickname-hint = 例：ゴールド
retention-nickname-needed = カードに名前を付けてください（例：ゴールド）
retention-account-country = カード発行国
retention-not-set = 未設定
retention-tier = カードの種類
retention-member-since = 入会年
retention-member-since-hint = 西暦（例：2015）
retention-annual-fee = 年会費
retention-annual-fee-hint = 例：13200
retention-fee-posted = 年会費の請求日
retention-fee-statement-closes = 年会費の明細の締め日
retention-spend = 年間利用額
retention-last-5-digits = カード番号下5桁
retention-optional = 任意
retention-not-saved = 保存されていません：{ $reason }
retention-fix-to-save = 保存するには修正してください：{ $fields }
retention-save-card = カードを保存
retention-card-saved = カードを保存しました。
retention-save-card-first = 先にカードを保存してください。

## The script card (window)
retention-script-title = 解約相談の電話スクリプト
retention-step-of = ステップ { $step }/{ $steps }：{ $title }
retention-say-instead = または：{ $words }
retention-previous-step = 前のステップ
retention-next-step = 次のステップ
retention-next-step-keys = N キーまたは → キー：次のステップ
retention-do = すること
retention-dont = しないこと
retention-record-outcome = 結果を記録
retention-record-outcome-hover = 通話の後に：提示された特典、受けた特典、受付番号を記録します
retention-print-script-card = スクリプトを印刷（PDF）

## The outcome form
retention-what-happened = 通話の結果
retention-offer-kind = 特典{ $number }の種類
retention-offer = 特典{ $number }
retention-offer-hint = 例：30,000ポイント
retention-offer-spend = 特典{ $number }の利用条件
retention-offer-spend-hint = 例：3か月で30万円利用
retention-offer-deadline = 特典{ $number }の期限
retention-date-hint = YYYY-MM-DD
retention-offer-accepted = 特典{ $number }を受けた
retention-remove-offer = 特典{ $number }を削除
retention-add-offer = 特典を追加
retention-rep = 担当者名またはID
retention-rep-hint = 対応した担当者
retention-reference = 受付番号
retention-reference-hint = 通話で伝えられた番号
retention-save-outcome = 結果を保存
retention-cancel-outcome = 記録を中止
retention-outcome-recorded = 結果を記録しました。カードの履歴と通話記録に追加されています。
retention-call-summary = { $card }の解約相談の電話：{ $outcome }
retention-spend-promise = { $offer }の利用条件を達成する：{ $spend }

## The history
retention-history = 履歴：{ $card }
retention-no-calls-yet = 解約相談の電話の記録はまだありません。
retention-history-call = { $date }：{ $outcome }
retention-history-call-with-reference = { $date }：{ $outcome }（受付番号 { $reference }）

## The refund note (no refund rule known for the card's country)
retention-no-refund-rule = { $country } で発行されたカードについては、年会費の返金ルールが記録されていません。30日以内の返金は米国のルールです。解約した場合に年会費が返金されるかを電話で確認し、回答を書き留めてください。
retention-no-refund-rule-country-unset = このカード（発行国が未設定）については、年会費の返金ルールが記録されていません。30日以内の返金は米国のルールです。解約した場合に年会費が返金されるかを電話で確認し、回答を書き留めてください。

## The prep summary (window, command line and printed card)
retention-prep-card = カード
retention-prep-card-ending = { $card }（末尾 { $last }）
retention-prep-member-for = 会員歴
retention-prep-member-years = { $years }年（{ $since }年から）
retention-prep-not-given = 未入力
retention-prep-annual-fee = 年会費
retention-prep-fee-posted = { $fee }（{ $date } 請求）
retention-prep-yearly-spend = 年間利用額
retention-prep-offer-12-months = 過去12か月に継続特典を受けた
retention-prep-offer-24-months = …過去24か月
retention-prep-yes = はい
retention-prep-no = いいえ
retention-prep-refund-window = 年会費の返金期限
retention-prep-refund-close-by = { $date }までに解約すれば返金されます（あと{ $days }日）
retention-prep-refund-ended = { $date }に終了
retention-prep-refund-needs-closing-date = 年会費が記載された明細書の締め日を入力してください

## The printed script card
retention-doc-title = 解約相談の電話：スクリプト
retention-doc-your-card = 対象のカード
retention-doc-earlier-call = { $date }の通話：{ $outcome }
retention-doc-have-ready = 手元に用意するもの
retention-doc-do-dont = すること／しないこと
retention-doc-do = すること：{ $item }
retention-doc-what-happened = 結果
retention-doc-offers = 提示された特典
retention-doc-accepted = 受けた特典
retention-doc-spend-and-deadline = 利用条件と期限
retention-doc-rep = 担当者
retention-doc-reference-number = 受付番号
retention-doc-footer = Amex Desk（非公式）- { $date } 印刷 - 出典：米国のカスタマーサービス・ガイド（第三者の記事）、年会費の返金ルール：Doctor of Credit が引用した米国 Amex の Cardmember Agreement（二次情報）
