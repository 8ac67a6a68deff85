# journal: ja

## Journal page: follow-ups due

journal-follow-ups-due = 期限のあるフォローアップ
journal-follow-ups-empty = 確認が必要な項目はありません。フォローアップ日や期限付きの約束はここに表示されます。
journal-open = 開く
journal-open-item = { $item } を開く
journal-kept = 完了
journal-mark-kept = 完了にする: { $item }
journal-resolved = 解決済み
journal-mark-resolved = 解決済みにする: { $item }

## Journal page: the file, export and import

journal-saved-in = 保存場所
journal-saved-note = 変更のたびに保存され、直近 10 バージョンが残ります（下の「以前のバージョン」）。
journal-not-saved = 保存されていません: { $error }
journal-export = エクスポート
journal-export-markdown = Markdown でエクスポート
journal-export-csv = CSV でエクスポート
journal-export-calendar = カレンダーをエクスポート (.ics)
journal-export-calendar-hover = フォローアップ、約束、異議申し立ての期限、年会費の返金期限をカレンダーアプリ用に書き出します
journal-import-heading = 別のコンピューターから取り込む
journal-import-file = 取り込むファイル
journal-choose-file = ファイルを選択...
journal-choose-file-hover = 取り込んで統合する記録ファイルを選びます
journal-import-merge = 取り込んで統合
journal-import-merge-hover = もう一方の記録の内容を追加します。同じ項目は新しい方が残ります

## Journal page: earlier versions

journal-earlier-versions = 以前のバージョン
journal-show-earlier-versions = 以前のバージョンを表示
journal-no-earlier-versions = まだありません。保存するたびに 1 つずつ残ります（直近 10 件）。
journal-backup = { $when }（{ $kb } KB）
journal-restore = 復元
journal-restore-version = { $when } のバージョンを復元
journal-restore-hover = 現在の記録は、先にバックアップとして保存されます
journal-hide-earlier-versions = 以前のバージョンを隠す

## Journal page: the call log

journal-call-log = 通話記録
journal-new-entry = 新しい記録
journal-new-entry-hover = 電話、チャット、郵便でのやり取りを記録します
journal-search = 記録を検索
journal-search-hint = 担当者、参照番号、キーワード…
journal-status = 状況
journal-status-any = すべて
journal-undo = 元に戻す
journal-log-unreadable = 記録ファイルを読み込めなかったため、通話は表示されていません（ファイルはそのまま残っています）。上のお知らせをご覧いただくか、「以前のバージョン」から保存済みのバージョンを復元してください。
journal-log-empty = まだ通話の記録はありません。電話番号をコピーするか電話をかけたあと、ステータスバーの「この電話を記録」を押すか、「新しい記録」を使ってください。
journal-log-no-match = 検索や状況に一致する記録はありません。
journal-delete = 削除
journal-delete-entry-named = 記録 { $title } を削除
journal-edit = 編集
journal-edit-entry-named = 記録 { $title } を編集
journal-row-rep = 担当者 { $rep }
journal-row-follow-up = フォローアップ { $date }
journal-row-promises = 約束 { $count } 件（未完了 { $open } 件）
journal-row-ref = 参照番号

## The call-log editor

journal-editor-new = 新しい通話記録
journal-editor-edit = 通話記録を編集
journal-editor-never-card = カード番号の全桁やセキュリティコードは入力しないでください。それらしいものは保存前に伏せ字になります。
journal-when-hint = YYYY-MM-DD HH:MM
journal-date-hint = YYYY-MM-DD
journal-call-timed = 計測した通話 { $start } ～ { $end }: { $times }
journal-contact = 連絡先
journal-contact-none = なし
journal-channel = 方法
journal-channel-phone = 電話
journal-about = ご用件
journal-about-not-set = 未設定
journal-rep = 担当者の名前または ID
journal-rep-hint = 話した相手
journal-reference = 参照番号
journal-reference-hint = 受付番号や参照番号
journal-summary = 概要
journal-summary-hint = 話した内容と合意したこと
journal-promises = 約束
journal-add-promise = 約束を追加
journal-promise = 約束 { $n }
journal-promise-hint = 先方が「こうなります」と言ったこと
journal-promise-kept = 約束 { $n } 完了
journal-remove-promise = 約束 { $n } を削除
journal-save-entry = 記録を保存
journal-unsaved-changes = 未保存の変更があります
journal-fix-to-save = 保存するには修正してください: { $fields }
journal-list-separator = 、
journal-cancel = キャンセル
journal-delete-entry = 記録を削除
journal-open-dispute = この通話から異議申し立てを作成
journal-open-dispute-hover = この通話にひも付いた異議申し立てを作成します

## Field labels and the problems shown beside fields (shared with the command line)

journal-field-when = 日時
journal-field-follow-up = フォローアップ日
journal-promise-due = 約束 { $n } の期限
journal-warning-rep = 担当者
journal-when-invalid = 「{ $text }」は日時として読めません。YYYY-MM-DD HH:MM の形で入力してください（例: 2026-11-18 14:30）
journal-field-message = { $field }: { $message }
journal-field-echo = 「{ $text }」
journal-field-empty = 入力されていません。{ $what }
journal-field-not-country = { $value } は国コードではありません。US、GB、DE のように 2 文字で入力してください
journal-field-not-currency = { $value } は通貨コードではありません。USD、EUR、GBP のように 3 文字で入力してください
journal-amount-not-amount = { $value } は金額として読めません。212.40 や 212,40 のように入力してください
journal-amount-negative = { $value } はマイナスになっています。請求された金額をマイナス記号なしで入力してください
journal-amount-malformed = { $value } は金額として読めません。1234.56、1,234.56、1.234,56 のように入力してください
journal-amount-zero = { $value } はゼロです。請求された金額を入力してください
journal-amount-too-large = { $value } はカードのご利用金額としては大きすぎます。桁数をご確認ください
journal-amount-ambiguous = { $value } は { $amount } とも、小数点以下 3 桁の数とも読めます。{ $amount } のことであればそのように入力するか、小数点以下を 2 桁にしてください（例: 1.23 または 1,23）
journal-field-not-year = { $value } は 1950 年から { $year } 年までの年ではありません。2015 のように入力してください
journal-field-not-date = { $value } は日付として読めません。YYYY年M月D日 または YYYY-MM-DD の形で入力してください（例: { $today }）
journal-field-date-before-2000 = { $date } は 2000 年より前です。年をご確認ください
journal-field-date-future = { $date } は未来の日付です。今日（{ $today }）より後の日付にはできません
journal-field-date-too-far = { $date } は 5 年以上先です。年をご確認ください

## What the journal says after an action (the message under the search)

journal-read-only = 記録は読み取り専用のため、何も保存されません（上部のメッセージをご覧ください）。
journal-merged = 別のウィンドウまたはファイルの変更を統合しました: 追加 { $added } 件、更新 { $updated } 件、削除 { $removed } 件。
journal-backups-not-listed = 以前のバージョンを一覧にできませんでした: { $error }
journal-restored-version = { $name } として保存されたバージョンを復元しました: 通話 { $calls } 件、異議申し立て { $cases } 件、カード { $cards } 件。復元前の記録は最新のバックアップとして残っているため、同じ方法で元に戻せます。
journal-not-restored = 復元できませんでした: { $error }
journal-saved = 保存しました。
journal-saved-masked = 保存しました。カード番号またはセキュリティコード { $count } 件を伏せ字にしました。
journal-entry-deleted = 記録を削除しました。
journal-restored = 元に戻しました。
journal-note-deleted = メモを削除しました。
journal-note-pinned = メモを固定しました。
journal-note-pinned-masked = メモを固定しました。カード番号またはコード { $count } 件を伏せ字にしました。
journal-export-failed = エクスポートできませんでした: { $error }
journal-imported = { $path } を取り込みました: 追加 { $added } 件、更新 { $updated } 件、削除 { $removed } 件。
journal-import-missing = 取り込めませんでした: { $path } は存在しません
journal-import-failed = 取り込めませんでした: { $error }
journal-import-problems = ファイルに問題が { $count } 件あります（最初の問題: { $first }）。`amex-desk check-journal FILE` で一覧を確認できます。
journal-letter-sent = 送付した書面:{" "}
journal-other-window-closed = もう一方のウィンドウが閉じられました。このウィンドウで編集できます。

## File dialogs: titles, file types, and what their answers lead to

journal-choose-journal-title = 取り込む記録ファイルを選択
journal-choose-evidence-title = { $item } のファイルを選択
journal-choose-directory-title = 電話帳ファイルを選択
journal-choose-update-title = 電話帳の更新を選択 (.amexdir)
journal-filter-journal = 記録 (RON)
journal-filter-directory = 電話帳 (RON)
journal-filter-update = 電話帳の更新
journal-export-not-saved = 保存されていません。
journal-saved-to-exports = ここではファイルダイアログを表示できなかったため、エクスポート用フォルダーに保存しました: { $path }
journal-no-open-dialog = ここではファイルダイアログを表示できません。代わりに欄にファイルのパスを入力してください。
journal-evidence-not-attached = { $file } は添付されませんでした。ファイルを選ぶ前に異議申し立てが閉じられました。
journal-directory-inspected = 確認用に { $path } を表示しています。署名はありません。追加・変更された { $count } 件の番号には「未確認」の印が付いており、「確認」では引き続き使用中の電話帳が使われます。
journal-directory-rejected = { $path } は使用できないため、表示中の電話帳は変わりません: { $reason }
journal-saved-on-close = 保存ダイアログが開いたままウィンドウが閉じられようとしたため、ダイアログを閉じてファイルをエクスポート用フォルダーに保存しました: { $path }。終了するには、もう一度ウィンドウを閉じてください。
journal-not-saved-on-close = 保存ダイアログが開いたままウィンドウが閉じられようとしましたが、ファイルをエクスポート用フォルダーに保存できませんでした（{ $error }）。ほかに失われたものはありません。もう一度エクスポートするか、終了するにはもう一度ウィンドウを閉じてください。

## Forms kept from the last close, and entries waiting to open

journal-kept-entry = 通話記録
journal-kept-case = 異議申し立て
journal-kept-case-named = 異議申し立て（{ $merchant }）
journal-kept-card = 解約の相談のカード
journal-kept-card-named = 解約の相談のカード（{ $name }）
journal-kept-outcome = 解約の相談の結果
journal-kept-timer = 通話中のタイマー
journal-kept-waiting = 開くのを待っている通話記録 { $count } 件
journal-list-and = { $rest }と{ $last }
journal-kept-from-last-time = 前回から引き継いだ未保存の内容: { $what }。準備ができたら保存するか閉じてください。
journal-entry-waits = 編集中の記録に未保存の変更があります。保存するかキャンセルすると、次の記録が開きます。
journal-more-waiting = ほかに { $count } 件の記録が開くのを待っています。この記録を保存するかキャンセルしてください。
journal-already-timing = すでに通話を計測中です。先に「通話終了」を押してください。

## Call log records: statuses, the call timer, follow-ups due, your calls to a line

journal-status-open = 未解決
journal-status-waiting-on-amex = アメックスの対応待ち
journal-status-resolved = 解決済み
journal-status-escalated = エスカレーション済み
journal-call-times = { $total }（保留 { $hold }、通話 { $talk }）
journal-call-times-backwards = 通話時間の終了（{ $end }）が開始（{ $start }）より前になっています
journal-call-times-too-long = 通話時間: 保留と通話の合計 { $split } が通話全体の { $total } を超えています
journal-phase-on-hold = 保留中
journal-phase-talking = 通話中
journal-unsafe-removed = 制御文字や文字方向を変える文字を取り除きました。
journal-due-call = 通話
journal-due-follow-up = フォローアップ: { $about }
journal-due-follow-up-ref = フォローアップ: { $about }（参照番号 { $reference }）
journal-due-promised = 約束: { $promise }
journal-line-stats = この番号への通話: { $calls } 件
journal-line-stats-hold = この番号への通話: { $calls } 件、保留時間の中央値 { $hold }
journal-seconds = { $secs } 秒
journal-minutes = { $mins } 分
journal-due-no-merchant = （加盟店未入力）
journal-due-dispute = 異議申し立て { $merchant }: { $deadline }

## Desktop reminders (notifications)

journal-reminder-title-follow-up = Amex Desk: フォローアップの期限
journal-reminder-title-promise = Amex Desk: 約束の期限
journal-reminder-title-dispute = Amex Desk: 異議申し立ての期限
journal-reminder-title-items = Amex Desk: 期限の項目 { $count } 件
journal-reminder-more = ほか { $count } 件: Amex Desk の「期限のあるフォローアップ」をご覧ください
journal-reminder-your-call = お客様の通話
journal-reminder-something = （内容未入力）
journal-reminder-ref = 参照番号 { $reference }
journal-reminder-follow-up = { $about } についてアメックスにフォローアップしてください: { $when }
journal-reminder-promise-today = { $about } についてアメックスに確認してください: 「{ $promised }」は今日が期限です
journal-reminder-promise = { $about } についてアメックスに確認してください: 「{ $promised }」、{ $when }
journal-reminder-dispute = { $item }: { $when }
journal-reminder-due-today = 今日が期限です
journal-reminder-was-due-yesterday = 昨日が期限でした
journal-reminder-was-due-days-ago = { $days } 日前が期限でした
journal-reminder-due-in-days = 期限まであと { $days } 日です
journal-reminder-deadline-today = 今日が期限です
journal-reminder-deadline-was-yesterday = 期限は昨日でした
journal-reminder-deadline-was-days-ago = 期限は { $days } 日前でした
journal-reminder-deadline-in-days = 期限まであと { $days } 日です
journal-reminders-unreadable = 今日表示した通知の記録を読み込めませんでした。ファイルはそのまま残してあります: { $error }
journal-reminders-failed = デスクトップ通知を表示できなかったため、このセッションではこれ以上通知しません: { $error }
journal-reminders-not-recorded = 今日表示した通知を記録できませんでした: { $error }

## What came in from elsewhere (another window, the command line)

journal-elsewhere-added = ほかの場所で記録が { $count } 件追加されました
journal-elsewhere-updated = ほかの場所で記録が { $count } 件更新されました
journal-elsewhere-removed = ほかの場所で記録が { $count } 件削除されました
journal-elsewhere-also-updated = 更新 { $count } 件
journal-elsewhere-also-removed = 削除 { $count } 件
journal-elsewhere-entries = { $parts }。
journal-elsewhere-other = ほかの場所でメモ・異議申し立て・カードが { $count } 件変更されました。
journal-two-sentences = { $first }{ $second }

## Problems found in the journal when it loaded

journal-integrity-heading = 記録の読み込み時に問題が { $count } 件見つかりました（削除や変更は行っていません）:
journal-integrity-more = …ほか { $count } 件。`amex-desk check-journal` ですべて確認できます。
journal-integrity-shared-calls = { $count } 件の通話が同じ ID を使っています。残るのは 1 件だけです
journal-integrity-shared-notes = { $count } 件のメモが同じ ID を使っています。残るのは 1 件だけです
journal-integrity-shared-cases = { $count } 件の異議申し立てが同じ ID を使っています。残るのは 1 件だけです
journal-integrity-shared-cards = { $count } 枚の解約の相談のカードが同じ ID を使っています。残るのは 1 枚だけです
journal-integrity-deleted = 削除済みです
journal-integrity-not-in-journal = 記録にありません
journal-integrity-call-links-case = 通話が異議申し立て { $target } を参照していますが、{ $why }
journal-integrity-call-links-card = 通話が解約の相談のカード { $target } を参照していますが、{ $why }
journal-integrity-case-lists-call = 異議申し立てが通話 { $call } を含んでいますが、{ $why }
journal-integrity-card-lists-call = 解約の相談のカードが通話 { $call } を含んでいますが、{ $why }
