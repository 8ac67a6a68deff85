# disputes: ja

## The disputes page: the list of cases and the blank checklists

disputes-your-cases = 案件一覧
disputes-no-cases = 異議申し立ての案件はまだありません。
disputes-no-merchant =（加盟店未入力）
disputes-open-case = 案件「{ $merchant }」を開く
disputes-start-case = 案件を作成
disputes-start-case-hint = 異議申し立ての種類を選んでください。「PDF」で空欄のチェックリストを印刷します。
disputes-new-case = 新しい案件：{ $kind }
disputes-pdf = PDF
disputes-print-checklist = チェックリストを印刷：{ $kind }
disputes-disputing-heading = 請求に異議を申し立てる
disputes-advice-footer = 左側で案件を作成するか、既存の案件を開いてください。Amex Desk は非公式のアプリで、法的助言ではありません。

## The case form

disputes-new-dispute = 新しい異議申し立て
disputes-dispute-heading = 異議申し立て：{ $merchant }
disputes-case-warning = Amex Desk は非公式のアプリで、法的助言ではありません。カード番号をすべて入力しないでください。入力するのは末尾5桁までです。
disputes-field-merchant = 加盟店
disputes-merchant-hint = 請求元
disputes-merchant-needed = どこからの請求ですか？
disputes-field-amount = 金額
disputes-amount-hint = 212.40 または 212,40
disputes-amount-i-mean = { $amount } です
disputes-field-currency = 通貨
disputes-type = 種類
disputes-field-account = 口座の国
disputes-status = 状況
disputes-field-transaction-date = ご利用日
disputes-field-statement-date = 明細書の締め日
disputes-field-filed-on = 申し立て日
disputes-field-final-response-on = 最終回答日
disputes-filed-by = 申し立て方法
disputes-not-filed-yet = 未申し立て
disputes-card-nickname = カードの呼び名
disputes-card-nickname-hint = 例：Gold
disputes-card-last5 = カード番号の末尾5桁
disputes-merchant-contacted = 先に加盟店に連絡した
disputes-within-100-miles = 居住州内または100マイル以内で購入した
disputes-what-happened = 経緯
disputes-evidence-progress = 証拠書類：{ $total } 件中 { $done } 件そろっています
disputes-item-why-example = { $why } 例：{ $example }
disputes-note-for = { $item } のメモ
disputes-your-note = メモ
disputes-file-for = { $item } のファイル
disputes-file-hint = パソコン上のファイルの場所
disputes-attach-file = ファイルを添付…
disputes-attach-file-hover = { $item } のファイルを選択
disputes-file-missing = ファイルが見つかりません
disputes-deadlines = 期限
disputes-pending-deadline = { $label }：日付を計算するには{ $needs }を入力してください。
disputes-claims-heading = 15 USC 1666i（商品またはサービスに関する請求）
disputes-condition-met = 満たしている
disputes-condition-not-met = 満たしていない
disputes-not-known-yet = まだ不明

## The bar under the case form

disputes-save-case = 案件を保存
disputes-unsaved-changes = 未保存の変更があります
disputes-saved = 保存済み
disputes-fix-fields = 保存するには { $count } 件の項目を修正してください：{ $fields }
disputes-close-case = 案件を閉じる
disputes-print-packet-a4 = 資料一式を印刷（PDF）
disputes-print-packet-letter = 資料一式を印刷（レターサイズ PDF）
disputes-print-letter = { $letter }を印刷（PDF）
disputes-print-referral = { $body } 宛ての書面を印刷（PDF）
disputes-referral-hover = 案件を { $body } に持ち込む：{ $timeline }
disputes-copy-markdown = Markdown でコピー
disputes-delete-case = 案件を削除
disputes-not-saved = 保存されていません：{ $error }
disputes-deleted-case = 案件を削除しました。
disputes-deleted-named = { $merchant } を削除しました。
disputes-undo-delete = 削除を取り消す

## Messages after a command

disputes-case-restored = 案件を元に戻しました。
disputes-case-deleted = 案件を削除しました。元に戻す（Ctrl+Z）で復元できます。
disputes-case-saved = 案件を保存しました。{ $removed }
disputes-case-saved-masked = 案件を保存しました。カード番号またはコード { $count } 件を伏せ字にしました。{ $removed }
disputes-copied-markdown = 資料一式を Markdown でコピーしました。

## Deadlines

disputes-standing-policy = カード発行会社が公表している方針
disputes-standing-law = 法律
disputes-standing-regulator = 監督当局の規則
disputes-standing-ombudsman = 紛争解決機関の規則
disputes-standing-secondary = 法律（二次情報源による）
disputes-span-days = { $count } 日
disputes-span-business-days = { $count } 営業日
disputes-span-months = { $count } か月
disputes-span-months-and-days = { $months } と { $days }
# What a deadline counts from: "{ $anchor }から 60 日".
disputes-anchor-statement = 明細書の締め日
disputes-anchor-filed = 申し立て日
disputes-anchor-charge = ご利用日
disputes-anchor-final-response = 最終回答
disputes-none-known = { $market } の期限の規則は登録されていません。確認できたページには期限の記載がありません。できるだけ早く書面で苦情を申し立て、控えと日付を保管してください。American Express に書面での最終回答を求め、苦情をどの中立的な機関に、いつまでに持ち込めるかを確認してください。
disputes-needs-statement-date = 明細書の締め日
disputes-needs-filed-date = 申し立て日
disputes-needs-charge-date = ご利用日
disputes-needs-final-response-date = 最終回答の日付
disputes-condition-over-50 = 請求額が { $amount } を超えている
disputes-condition-within-100-miles = 居住州内、または住所から100マイル以内で購入した
disputes-condition-merchant-first = 先に加盟店と誠実に解決を試みた

## Where a rule comes from

disputes-source-issuer = カード発行会社
disputes-source-regulator = 監督当局
disputes-source-ombudsman = 紛争解決機関
disputes-source-legislation = 法令
disputes-source-secondary = 二次情報源
disputes-citation-page-of = { $year } 年のページ
disputes-citation-page-undated = 年の記載のないページ
disputes-citation-translation = （英訳：「{ $text }」）
disputes-citation-secondary = この規則は二次情報源でしか確認できていません。公式の条文とは照合していません。
disputes-citation = 「{ $quote }」{ $translation } - { $publisher }（{ $kind }）、{ $url }、{ $page }、{ $read } 閲覧。{ $secondary }

## The printed checklist and packet

disputes-not-advice = Amex Desk は非公式のアプリで、American Express とは関係ありません。法的助言ではありません。最新の規則とカード会員規約をご確認ください。
disputes-doc-footer = Amex Desk（非公式）- { $date } 印刷 - 法的助言ではありません
disputes-checklist-title = 異議申し立てチェックリスト：{ $kind }
disputes-evidence-to-gather = そろえる証拠書類
disputes-before-you-file = 申し立ての前に
disputes-dates = 日付
disputes-write-in-statement-date = 明細書の締め日（請求が最初に記載された明細書）
disputes-write-in-merchant-contacted = 加盟店に連絡した日
disputes-write-in-filed = American Express に申し立てた日
disputes-write-in-reference = 受付番号
disputes-unknown-type = 不明な異議申し立ての種類：{ $kind }
disputes-packet-evidence = 証拠書類（{ $total } 件中 { $done } 件そろっています）
disputes-packet-file = ファイル：{ $file }
disputes-packet-title = 異議申し立て：{ $merchant } - { $amount }
disputes-packet-card = カード
disputes-packet-account-country = 口座の国
disputes-packet-not-given = 未入力
disputes-packet-statement-date = 明細書の締め日
disputes-packet-filed = カード発行会社への申し立て日
disputes-packet-final-response = 最終回答
disputes-packet-merchant-contacted = 先に加盟店に連絡済み
disputes-yes = はい
disputes-no = いいえ
disputes-packet-needs = { $needs }が必要
disputes-source = 出典：{ $citation }
disputes-packet-doc-title = 異議申し立て資料一式：{ $merchant }
disputes-calls-heading = 電話と連絡の記録
disputes-no-calls = 関連付けられた電話はまだありません。
disputes-call-no-reference = 受付番号なし
disputes-call-reference = 受付番号 { $reference }
disputes-call-rep = 、担当者 { $rep }
disputes-call-timed = 、通話 { $times }

## The letters to American Express (the US billing-error notice, the complaint elsewhere)

disputes-letter-name-billing-error = 請求誤り通知書
disputes-letter-name-complaint = 苦情申立書
disputes-letter-name-unauthorised = 不正な支払いの通知書
disputes-letter-name-section-75 = 消費者信用法第75条に基づく申立書
disputes-letter-stated-business-days =（貴社の苦情受付ページ（{ $url }）に記載の { $days } 営業日以内、{ $due } まで）
disputes-letter-stated-days =（貴社の苦情受付ページ（{ $url }）に記載の { $days } 日以内、{ $due } まで）
disputes-letter-no-charge-date = [ご利用日]
disputes-letter-your-name = 氏名
disputes-letter-your-address = 住所
disputes-letter-address-line-2 = 住所（2行目）
disputes-letter-date = 日付：{ $date }
disputes-letter-account = カード
disputes-letter-charge = 請求
disputes-letter-charge-text = { $date } の { $merchant } でのご利用 { $amount }
disputes-letter-merchant-contacted = 本書の送付前に加盟店に連絡しましたが、解決に至りませんでした。
disputes-letter-merchant-not-contacted = [加盟店にいつ連絡し、どのような回答があったかを記入してください。]
disputes-letter-enclosed = 裏付け資料の写しを同封します。
disputes-letter-signature = 署名
disputes-complaint-to = 宛先：American Express 苦情受付窓口（ご利用代金明細書、またはお住まいの国の American Express 苦情受付ページに記載の住所をご使用ください。）
disputes-complaint-title = 請求に関する苦情
disputes-complaint-opening = 上記の請求（{ $kind }）について、正式に苦情を申し立てます。
disputes-complaint-describe = [何があったのか、なぜ請求が誤っているのかを1〜2文で記入してください。]
disputes-complaint-request = 調査のうえ、当該請求額と関連する手数料・利息を返金し、最終回答を書面でお送りください{ $stated }。解決できない場合は、その回答の中で、どの中立的な機関にいつまでに苦情を持ち込めるかをお知らせください。
disputes-complaint-closing = 以上
disputes-complaint-small-print = できるだけ早く送付し、控えと送付の記録を保管してください。お住まいの国の法律によっては、期限や相談できる中立的な機関が定められている場合があります。この書面は特定の法律に基づくものではありません。{ disputes-not-advice }
disputes-unauthorised-title = 不正な支払いの通知
disputes-unauthorised-opening = 上記の支払いは、私が行ったものでも承認したものでもなく、他人に私のカードの使用を許可したこともありません。遅滞なく貴社にお知らせします。
disputes-unauthorised-noticed = 支払いに気付いた日
disputes-unauthorised-describe = [支払いに気付いた経緯と、カードが今も手元にあるかどうかを記入してください。]
disputes-unauthorised-relies-on = { $source } に基づいて申し立てます。不正な支払いは、遅滞なく、かつ請求日から { $span } 以内{ $due }に届け出た場合、是正されるべきものとされています。
disputes-letter-relies-due = （この支払いについては { $due } まで）
disputes-letter-relies-on-note = 以下を根拠とします：{ $note }
disputes-unauthorised-request = 当該支払いの金額を返金し、支払いがなかった場合の状態にアカウントを戻したうえで、その旨を書面でご確認ください。まだお済みでない場合は、カードの利用を停止し、新しいカードをお送りください。
disputes-unauthorised-small-print = 書面は時間がかかるため、電話またはアプリでも支払いを届け出てください。控えと送付の記録を保管してください。規則の出典となるページは上に引用しています。{ disputes-not-advice }
disputes-section75-title = Consumer Credit Act 1974（消費者信用法）第75条に基づく請求
disputes-section75-opening = 上記の購入代金をクレジットカードで支払いましたが、販売者が契約に違反したか、販売した商品・サービスについて不実の表示をしました（{ $kind }）。
disputes-section75-describe = [購入したもの、販売者が約束した内容、何が問題だったかを記入してください。]
disputes-section75-request = 貴社はカード発行会社として、販売者と同等の責任を負います。{ $amount } と関連する利息・手数料を返金し、最終回答を書面でお送りください{ $stated }。
disputes-section75-small-print = 第75条の対象は、クレジットカード（チャージカードは除く）での購入で、現金価格が £100 を超え £30,000 以下の商品です。American Express が請求を拒否した場合は、Financial Ombudsman Service に申し立てることができます。{ disputes-not-advice }
disputes-billing-to = 宛先：American Express 請求に関するお問い合わせ窓口（ご利用代金明細書に記載の、請求誤りの連絡先住所をご使用ください。）
disputes-billing-title = 請求誤りの通知
disputes-billing-statement = ご利用代金明細書
disputes-billing-statement-closing = { $date } 締め
disputes-billing-no-statement-date = [明細書の締め日]
disputes-billing-opening = 上記の請求は請求誤りであると考えますので、異議を申し立てます：{ $kind }。
disputes-billing-describe = [なぜ請求が誤っているのかを1〜2文で記入してください。]
disputes-billing-request = 誤りを訂正し、関連する利息・手数料を返金のうえ、説明をお送りください。調査期間中は、異議を申し立てた金額を支払う必要がないものと理解しております。
disputes-billing-closing = 以上
disputes-billing-small-print = 米国の Regulation Z（12 CFR 1026.13）により、この通知は、誤りが記載された最初の明細書の送付から60日以内にカード発行会社に届く必要があります。明細書に記載の請求に関するお問い合わせ先住所に送付し、控えを保管し、配達記録の利用をご検討ください。{ disputes-not-advice }

## Dispute case status

disputes-status-preparing = 準備中
disputes-status-contacted-merchant = 加盟店に連絡済み
disputes-status-filed-with-amex = Amex に申し立て済み
disputes-status-acknowledged = 受付済み
disputes-status-resolved-in-my-favour = 解決（認められた）
disputes-status-resolved-against = 解決（認められなかった）
disputes-status-escalated = 外部機関へ
disputes-card-not-given = カード未入力
disputes-card-ending = 末尾 { $last } のカード
disputes-card-named-ending = { $name }（末尾 { $last }）

## Retention cards: yearly spend and offers

disputes-spend-not-given = 未入力
disputes-spend-under-5k = 年間 5,000 未満
disputes-spend-5k-to-15k = 年間 5,000〜15,000
disputes-spend-15k-to-50k = 年間 15,000〜50,000
disputes-spend-over-50k = 年間 50,000 超
disputes-offer-points = ポイント
disputes-offer-statement-credit = 請求額からの差し引き
disputes-offer-different-card = 別のカード
disputes-offer-other = その他
disputes-offer-none = 提案なし
disputes-offer-after = （条件：{ $requirement }）
disputes-offer-by = （期限：{ $date }）
disputes-offer-accepted = （受諾）
