# cli: ja

## Files written
cli-wrote = 保存しました: { $path }
cli-cannot-write = { $path } に書き込めません: { $error }
cli-cannot-write-json = JSON を書き込めません: { $error }

## find
cli-find-no-match = 該当する電話番号はありません。カード裏面に記載の電話番号までご連絡ください。お持ちのカードには、その番号が常に正しい連絡先です。
cli-find-general-line = { $country }の総合窓口: { $number }（{ $line }、{ $status }）
cli-could-not-copy = コピーできませんでした: { $error }
cli-copied = コピーしました: { $number }（{ $line }）
cli-advice-cards = { $country }のカード: { $number }  （{ $line }）
cli-not-verified = 未確認: 誰も署名していない電話帳ファイルにしかない番号です。この番号は信用せず、カード裏面に記載の電話番号までご連絡ください。
cli-col-status = ステータス
cli-col-number = 電話番号
cli-col-country = 国
cli-col-label = 名称
cli-use-instead = 代わりに { $number } におかけください。
cli-lines-shown = { $count }件の電話番号を、{ $from }からかける形で表示しています。ご不明な場合は、カード裏面に記載の電話番号までご連絡ください。

## verify
cli-verdict-amex = アメックス
cli-verdict-not-amex = アメックスではありません
cli-verdict-unknown = 不明
cli-verdict-invalid = 無効
cli-verdict-line = { $verdict }: { $finding }
cli-verify-contact = { $number } [{ $status }] { $line } — 出典: { $sources }

## directory
cli-lines-in-markets = { $markets }か国・地域の電話番号 { $lines }件:
cli-signed-update = 署名済みの更新 { $serial }（{ $compiled } 作成、鍵 { $key }: { $note }）。更新 { $current }（{ $current_compiled } 作成）を置き換えます。
cli-update-not-applied = 適用していません。何も変更されていません。適用するには --yes を付けて再度実行してください。
cli-update-applied = 適用しました。更新 { $serial } を使用中です。`amex-desk directory rollback` で元に戻せます。
cli-apply-prompt = 適用しますか？ [y/N]
cli-cannot-read-answer = 回答を読み取れません: { $error }
cli-rolled-back-previous = 元に戻しました。最後の更新の前に適用した更新を再び使用しています。
cli-rolled-back-built-in = 元に戻しました。このアプリに組み込まれた電話帳を再び使用しています。
cli-nothing-to-undo = 元に戻すものはありません。更新は適用されておらず、組み込みの電話帳を使用しています。
cli-report-exists = { $path } は既に存在します。別の名前を選んでください（報告でファイルを上書きすることはありません）

## coverage --after: what each market has after the number
cli-after-col-market = 国・地域
cli-after-col-body = 外部機関（最後の手順）
cli-after-col-rules = 期限の規則
cli-after-col-letter = 書面
cli-after-col-personal = 個人
cli-after-none-recorded = 登録なし
cli-after-no-body = 外部機関のない手順
cli-after-none-known = 不明
cli-after-rules-secondary = { $rules }（うち二次情報のみ { $secondary }）
cli-after-letter-billing-error = 請求誤りの通知（Regulation Z）
cli-after-letter-complaint = 苦情
cli-after-letter-unauthorised = 不正な支払い
cli-after-letter-section-75 = 第75条の請求
cli-after-letter-referral = 外部機関への申し出
cli-after-personal-legend = 個人: その国・地域独自の個人カード向け番号（O 公式、C 複数の出典、s 出典は1件、. なし）。
cli-after-summary = { $markets }か国・地域: 外部機関までの手順あり { $with_body }、日付付きの期限の規則あり { $with_rules }。

## Arguments checked (the flag's name comes first, as typed)
cli-date-empty = { $flag }: 入力されていません。日付は YYYY-MM-DD の形で入力してください（例: { $today }）
cli-not-a-country = { $flag } { $code }: この電話帳と libphonenumber が知る国コードではありません（GB のように 2 文字で入力してください）
cli-amount-empty = --amount: 入力されていません。212.40 のように入力してください
cli-no-such-contact = --contact { $id }: その連絡先はありません。ID は `amex-desk find --json` で確認できます
cli-no-such-card = --card { $nickname }: そのカードはありません。`amex-desk retention card --nickname { $nickname }` で追加してください
cli-unknown-dispute-type = --type { $kind }: 不明な種類です。種類は `amex-desk dispute types` で確認できます
cli-no-such-case = --case { $id }: その異議申し立てはありません。ID は `amex-desk dispute list` で確認できます
cli-several-cases = --case { $id }: 複数の異議申し立てに該当します。ID をもっと長く入力してください

## What was cleaned from the text before it was saved
cli-last5-kept = --last5: 末尾 5 桁だけを残しました
cli-removed-unsafe = テキストから制御文字または双方向上書き文字を削除しました（端末のエスケープシーケンスは保存しません）
cli-removed-unsafe-count = { $flag }: 制御文字または双方向上書き文字を { $count } 文字削除しました（端末のエスケープシーケンスは保存しません）
cli-masked-card-number = { $flag }: カード番号を伏せ字にしました（「{ $saved }」として保存）。記録にカード番号やセキュリティコードは書かないでください
cli-masked-security-code = { $flag }: セキュリティコードを伏せ字にしました（「{ $saved }」として保存）。記録にカード番号やセキュリティコードは書かないでください
cli-masked-in-text = テキスト中のカード番号またはセキュリティコード { $count } 件を伏せ字にしました

## log
cli-no-calls = 記録された通話はまだありません。
cli-nothing-due = 期限の来ているものはありません。
cli-log-ref = 参照番号
cli-logged = 通話 { $id } を { $path } に記録しました
cli-file-missing = { $path } は存在しません
cli-imported = { $path } を取り込みました: 追加 { $added } 件、更新 { $updated } 件、削除 { $removed } 件。
cli-cannot-list = { $path } を一覧にできません: { $error }
cli-no-backups = バックアップはまだありません。記録を保存するたびに 1 つずつ残ります（直近 10 件）。
cli-backup-bytes = { $count } バイト
cli-restored = { $backup } を { $path } に復元しました: 通話 { $calls } 件、異議申し立て { $cases } 件、カード { $cards } 件。復元前の記録は 2 番目に新しいバックアップです（`amex-desk log backups`）。

## dispute
cli-dispute-type-items = { $name }（{ $count } 項目）
cli-no-dispute-cases = 異議申し立ての案件はありません。
cli-deadline-days = { $label } { $due }（{ $count } 日）
cli-no-external-body = { $country } のアカウントについては、外部機関がまだ登録されていません。アメリカン・エキスプレスの最終回答の中で、どの機関に申し出られるかをご確認ください（外部機関のある国・地域は `amex-desk coverage --after` で確認できます）

## export
cli-wrote-events = { $count } 件の予定を { $path } に書き出しました

## retention
cli-saved = 保存しました: { $name }
cli-call-of = { $date } の通話: { $summary }
cli-sources = 出典: { $sources }

## The directory file
cli-directory-errors = 電話帳にエラーがあります:
cli-directory-file-rejected = { $path } は使用できないため、使用中の電話帳を表示しています: { $problem }

## check-journal and check-data
cli-no-such-file = { $path }: ファイルがありません
cli-journal-ok = { $path }: 問題ありません: 通話 { $calls } 件、メモ { $notes } 件、異議申し立て { $cases } 件、解約の相談のカード { $cards } 枚
cli-problems-found = 問題が { $count } 件見つかりました:
cli-file-problems-found = { $path }: 問題が見つかりました:
cli-data-ok = { $path }: 問題ありません: { $summary }
cli-guidance-summary = 機関 { $bodies } 件（うちページの引用あり { $with_pages } 件）、手順 { $ladders } 件
cli-disputes-summary = 異議申し立ての種類 { $types } 件、期限の規則 { $rules } 件。いずれもページを引用しています（うち二次情報のみ { $secondary } 件）
cli-directory-ok = { $path }: 問題ありません: 連絡先 { $contacts } 件、出典 { $sources } 件、国・地域 { $countries } 件（{ $by_status }）
cli-printed-mismatch = { $path }: 印刷された番号 { $count } 件が連絡先と一致しません:
cli-product-mismatch = { $path }: ページの記載より狭い対象で表示されている番号が { $count } 件あります:

## Copying (find --copy)
cli-no-own-executable = このプログラムの実行ファイルが見つかりません: { $error }
cli-cannot-start-helper = クリップボード補助プログラムを起動できません: { $error }
cli-cannot-pass-text = クリップボード補助プログラムにテキストを渡せません: { $error }
cli-helper-no-answer = クリップボード補助プログラムが応答せずに終了しました
cli-no-clipboard = 使用できるクリップボードがありません: { $error }
cli-cannot-set-clipboard = クリップボードに設定できません: { $error }
cli-letter-not-offered = この案件には { $letter } の書面はありません。アカウントの国・地域（{ $country }）について、この書面の根拠となる規則が登録されていません。この案件で作成できる書面: { $letters }。
