# prep: ja

## The call prep page (window)
prep-what-about = ご用件
prep-prepare-purpose = 準備: { $purpose }
prep-no-notes = この件の準備メモはまだありません。カード裏面に記載の電話番号までご連絡ください。
prep-title = 電話の準備: { $purpose }
prep-urgent-badge = 至急
prep-card-from = 発行国
prep-your-card = カード
prep-best-channel-is = おすすめの連絡方法: { $channel }
prep-start-call = 通話開始
prep-start-call-hover = 電話番号をコピーし、現在の日時で通話記録を作成します
prep-call-back-of-card = カード裏面に記載の電話番号までご連絡ください。
prep-when-in-doubt = ご不明な場合は、カード裏面に記載の電話番号までご連絡ください。
prep-have-ready = 手元に用意するもの
prep-phone-menu = 自動音声で聞かれること
prep-what-to-say = 伝えること
prep-print-a4 = 準備シートを印刷（A4 PDF）
prep-print-letter = 準備シートを印刷（レター PDF）
prep-escalation-in = 解決しない場合: { $country }での次の手順
prep-no-ladder = この国の次の手順はまだ登録されていません。責任者に代わってもらうよう依頼し、その後、お住まいの国のアメリカン・エキスプレスのサイトに記載された苦情の受付先に書面でご連絡ください。
prep-not-amex-body = { $name }（アメリカン・エキスプレスではありません）
prep-body-phone = 電話 { $phone }
prep-body-post = 郵送先: { $postal }
prep-source = 出典: { $source }
prep-time-limits-in = { $market }の期限
prep-rule-after = { $label }: { $anchor }から{ $span }
prep-coverage-title = 国・地域ごとに Amex Desk が用意している情報
prep-coverage-intro = 電話番号のあとに続くもの: 各国・地域の苦情の最終的な申し出先、そこでの異議申し立て案件に適用される日付付きの期限、個人カード向けの独自の番号、案件で作成できる書面。各項目には出典のページがあります。「二次情報のみ」は、第三者による説明でしか見つからなかった規則を示します。
prep-coverage-col-market = 国・地域
prep-coverage-col-body = 苦情の最終的な申し出先
prep-coverage-col-rules = 日付付きの期限
prep-coverage-col-personal = 個人カード向けの番号
prep-coverage-col-letters = 書面
prep-coverage-none = なし
prep-dispute-dates = 「異議申し立て」ページの案件では、これらの期限をご自身の日付から計算します。
prep-no-line-known = 電話番号が見つかりません。カード裏面に記載の電話番号までご連絡ください。

## Labels and their values (the page, the printed sheet, the command line)
prep-label-value = { $label }: { $value }
prep-label-colon = { $label }:

## Why the line named is not a plain answer
prep-caveat-other-product = { $market }の{ $card ->
        [business] ビジネス・カード
        [corporate] コーポレート・カード
       *[personal] 個人カード
    }向けの電話番号は見つかっていません。この番号は{ $products }向けです。カード裏面に記載の電話番号までご連絡ください。
prep-caveat-products-and = { $first }と{ $next }
prep-caveat-only-for = この番号は{ $tiers }のカード専用です。他のカードの場合は、そのカードの裏面に記載の電話番号までご連絡ください。
prep-caveat-cannot-dial = 現在地からつながる{ $market }の電話番号は見つかっていません。{ $why }

## What every call needs, and how every call ends
prep-ready-card = お手元のカード。自動音声でカード番号とカード表面の4桁のセキュリティコード（CID）を求められることがあります。入力するのは、カード裏面またはこのアプリに記載の番号にご自身でかけた電話の中だけにしてください。CIDをウェブサイトのリンク、SMS、メールに入力しないでください。このアプリにも入力しないでください。
prep-ready-notes = 担当者の名前、約束された内容、受付番号を書き留める紙、またはこのアプリの記録。
prep-ready-dates = お問い合わせ内容の日付と金額、および以前の受付番号。
prep-last-step = 電話を切る前に受付番号を尋ね、担当者の名前と約束された内容と一緒に書き留めてください。

## The printed prep sheet (and the command line's `prep`)
prep-sources = 出典: { $names }。
prep-general-tips = どの国でも共通の一般的なアドバイスです。出典: { $names }。{ $country }独自の苦情の手続きと期限は「解決しない場合」にあります。
prep-urgent-now = 至急: 今すぐ対応してください。
prep-doc-title = Amex Desk 電話の準備: { $purpose }
prep-doc-footer = Amex Desk（非公式、アメリカン・エキスプレスとは無関係）- { $date } 印刷 - 法的助言ではありません
prep-how-to-reach = 連絡方法
prep-best-channel = おすすめの連絡方法
prep-card = カード
prep-first-choice-unreliable = { $line }（{ $number }）は{ $from }から確実にはつながりません。代わりにこの番号をお使いください。
prep-line-to-call = かける電話番号
prep-line-dialled = { $number } - { $line }（{ $from }からかける場合。ステータス: { $status }）
prep-back-of-card = カード裏面に記載の電話番号
prep-notes = メモ
prep-rep-name = 担当者の名前またはID
prep-reference-number = 受付番号
prep-what-promised = 約束された内容
prep-follow-up-on = フォローアップ日
prep-not-resolved-in = 解決しない場合（{ $country }）
prep-step-contact = 連絡先: { $number }。

## Every printed page
prep-print-note = メモ: { $note }
prep-print-page = { $footer } - { $number }/{ $total } ページ

## The letter that refers a complaint to the external body (ombudsman, regulator)
prep-referral-final-response = アメリカン・エキスプレスは{ $date }に最終回答を送付しましたが、私の苦情は解決しませんでした。
prep-referral-no-final-response = アメリカン・エキスプレスからは最終回答が届いていません。
prep-referral-your-name = 氏名
prep-referral-your-address = 住所
prep-referral-date = 日付: { $date }
prep-referral-to = 宛先: { $body }（{ $reach }）
prep-referral-title = アメリカン・エキスプレスに関する苦情の申し出（{ $body }宛て）
prep-referral-account = カード
prep-referral-charge = 対象の請求
prep-referral-charge-value = { $merchant }の{ $amount }
prep-referral-complained = アメリカン・エキスプレスに苦情を申し出た日
prep-referral-complaint-date-missing = {"["}苦情を申し出た日付]
prep-referral-final-response-label = 最終回答
prep-referral-none-received = 受領していません
prep-referral-request = 上記の請求について、アメリカン・エキスプレスに苦情を申し出ました。{ $answered }つきましては、私の苦情についてご検討くださいますようお願いいたします。
prep-referral-say-what-happened = {"["}何が起きたか、アメリカン・エキスプレスに何を求め、どのような回答があったかを数文で書いてください。]
prep-referral-enclosed = 同封書類: 私の苦情、アメリカン・エキスプレスからの回答、請求が記載されたご利用代金明細書、その他の証拠書類。
prep-referral-signature = 署名
prep-referral-time-limits = 期限
prep-referral-disclaimer = Amex Desk は非公式のアプリで、アメリカン・エキスプレスともこの機関とも関係ありません。法的助言ではありません。最新の規則はこの機関のページでご確認ください。
prep-referral-doc-title = { $body }への申し出
prep-referral-footer = Amex Desk（非公式）- { $date } 印刷 - 法的助言ではありません
