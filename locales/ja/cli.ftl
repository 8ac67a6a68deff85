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
cli-after-none-recorded = 登録なし
cli-after-no-body = 外部機関のない手順
cli-after-none-known = 不明
cli-after-rules-secondary = { $rules }（うち二次情報のみ { $secondary }）
cli-after-letter-billing-error = 請求誤りの通知（Regulation Z）
cli-after-letter-complaint = 苦情の書面
cli-after-summary = { $markets }か国・地域: 外部機関までの手順あり { $with_body }、日付付きの期限の規則あり { $with_rules }。
