# numbers: ja

## The filter panel

numbers-filters = 絞り込み
numbers-filter-region = 地域
numbers-filter-country = 国
numbers-filter-card = カード
numbers-filter-problem = ご用件
numbers-filter-channel = 連絡方法
numbers-filter-any = すべて
numbers-include-outdated = 古い番号も表示
numbers-include-outdated-hover = 使われなくなった番号も、はっきり区別して表示します
numbers-clear-filters = 絞り込みをすべて解除
numbers-when-in-doubt = 迷ったら、カード裏面に記載の電話番号にお電話ください。
numbers-never-listed = 他社などの番号と判明しているものは、ここには表示しません。ステータスのラベルにポインターを合わせると、番号の出典を確認できます。
numbers-directory-age = { $age } { $count ->
   *[other] 全{ $count }件。
}
numbers-update-directory = 電話帳を更新...
numbers-update-directory-hover = Amex Desk プロジェクトの署名付き電話帳更新ファイル（.amexdir）を開きます。適用する前に変更内容を確認できます
numbers-previous-directory = 以前の電話帳に戻す
numbers-load-directory = 電話帳ファイルを読み込む...
numbers-load-directory-hover = 別の電話帳ファイルを表示します（--directory と同じ方法で確認します）。署名がないため、追加・変更された内容は「未確認」と表示され、確認機能では使われません

## The list and its rows

numbers-line-count = { $count ->
   *[other] { $count }件
}
numbers-shown-as-dialled-from = { $country }からかける場合の表示
numbers-your-note = あなたのメモ：{ $note }
numbers-result = 検索結果 { $position }：{ $label }
numbers-click-to-copy = クリックでコピー
numbers-copy = コピー
numbers-call = 発信
numbers-copy-number = { $number } をコピー
numbers-call-number = { $number } に発信
numbers-call-hover = 電話アプリで発信します（tel: リンク）
numbers-copy-hover = クリップボードにコピーします
numbers-use-instead = { $warning }代わりに { $number } をご利用ください。
numbers-copied = { $number } をコピーしました
numbers-calling = 電話アプリで { $number } に発信しています
numbers-cannot-dial = この連絡先には発信できません

## Nothing matches; a market with no official line

numbers-no-line-matches = 検索条件と絞り込みに一致する番号はありません。
numbers-call-the-back-of-your-card = カード裏面に記載の電話番号にお電話ください。お持ちのカードにとって、常に正しい番号です。
numbers-general-line = { $country }の総合窓口：{ $number }
numbers-copy-general-line = { $country }の総合窓口をコピー
numbers-no-general-line = この電話帳には、{ $country }の総合窓口がありません。
numbers-country-cards = { $country }発行のカード：
numbers-advice-step-back-of-card = カード裏面に記載の電話番号にお電話ください。お持ちのカードにとって常に正しい番号で、海外からもつながります。
numbers-advice-step-card-from-abroad = カードが別の国で発行されていますか？ その国の海外用番号はどこからでもつながります。カードの発行国を選ぶか、下の番号をご利用ください。
numbers-advice-step-lost-card = カードの紛失・盗難の場合は、まずアメリカン・エキスプレスのアプリでカードを一時停止してから、お電話ください。
numbers-advice-tier-cards-only = { $tier }のカード
numbers-advice-no-page-other-sources = { $country }向けの番号を載せたアメリカン・エキスプレスのページは、手元にありません。下の番号はほかの出典によるものです。
numbers-advice-no-page = { $country }向けの番号を載せたアメリカン・エキスプレスのページは、手元にありません。
numbers-advice-served-by = { $country }のカードは{ $other }にあるアメリカン・エキスプレスの支店が担当しているため、下の{ $other }の番号をご利用いただけます（{ $page }：「{ $quote }」）。
numbers-advice-no-longer-issued = アメリカン・エキスプレスは{ $country }でのカード発行を終了しています（{ $page }：「{ $quote }」）。お持ちのカードは別の国で発行されたものです。カード裏面に記載の電話番号か、その国の海外用番号にお電話ください。
numbers-advice-no-longer-issued-reported = アメリカン・エキスプレスのページではなく報道によると、アメリカン・エキスプレスは{ $country }でのカード発行を終了しました（{ $page }：「{ $quote }」）。現在そこでカードを発行している会社を示すページは見つかりませんでした。お持ちのカードは別の場所で発行されたものです。カード裏面に記載の電話番号か、カードを発行した国の海外用番号にお電話ください。
numbers-advice-no-personal-line = { $country }の個人カード向けの一般的な番号を載せたアメリカン・エキスプレスのページは、手元にありません。下の公式番号はほかのご用件向けです。
numbers-advice-official-lines-for = { $country }の個人カード向けの番号を載せたアメリカン・エキスプレスのページは、手元にありません。下の公式番号は{ $products }専用です。
numbers-advice-and-list = { $rest }、{ $last }

## The details panel

numbers-hide-details = 詳細を隠す
numbers-show-details = 詳細を表示
numbers-details-width = 詳細パネルの幅（ドラッグで変更）
numbers-as-written = 表記：{ $value } · E.164：{ $e164 }
numbers-instead = 代わりの番号：{ $number }（{ $label }）
numbers-other-sources-say = ほかの出典が示す番号
numbers-other-sources-say-colon = ほかの出典が示す番号：
numbers-sources = 出典：
numbers-notes = 注意事項
numbers-hours = 受付時間
numbers-hours-stated-on = 受付時間の出典：{ $page }
numbers-for-cards-from = 対象カードの発行国：{ $countries }
numbers-every-card = すべてのカード
numbers-cards = 対象カード：{ $tiers }
numbers-for = ご用件：{ $purposes }
numbers-languages = 対応言語：{ $languages }
numbers-evidence = 根拠
numbers-open-page = ページを開く
numbers-hours-on-that-page = そのページの受付時間：{ $hours }
numbers-before-you-call = お電話の前に
numbers-before-select-a-line = 番号を選ぶと、その出典と確からしさを確認できます。
numbers-before-card-in-hand = カードをお手元にご用意ください。自動音声でカード番号を聞かれます。セキュリティコード（CID）は、公式アプリや公式サイト以外には絶対に入力しないでください。
numbers-before-reference-number = 電話を切る前に受付番号を聞き、対応した担当者の名前を控えてください。
numbers-before-never-a-pin = アメックスが暗証番号、認証コード、ワンタイムパスワードを電話で尋ねることはありません。不審に思ったら電話を切り、カード裏面に記載の電話番号にお電話ください。
numbers-before-search-ads = 詐欺グループは検索広告で偽のカスタマーサービス番号を載せています。公式の番号をご利用ください。
numbers-before-sources = 出典：アメリカン・エキスプレスのセキュリティ関連ページ、米国連邦取引委員会（FTC）のなりすまし電話に関する注意喚起、米国のカスタマーサービスに関するガイド（第三者の記事）。
numbers-start-call = 通話を開始
numbers-start-call-hover = 番号をコピーし、通話時間（保留と会話）をステータスバーで計測します
numbers-start-call-busy = 通話を計測中です。先にステータスバーの「通話終了」を押してください

## Status badges and the evidence behind them

numbers-badge-official = 公式
numbers-badge-corroborated = 複数の出典
numbers-badge-single-source = 出典は1件
numbers-badge-conflicting = 出典が矛盾
numbers-badge-superseded = 新番号あり
numbers-badge-outdated = 使用停止
numbers-badge-misattributed = 他社の番号
numbers-badge-implausible = 架空の番号
numbers-badge-not-verified = 未確認
numbers-not-verified-why = 署名のない電話帳ファイルにしか載っていません。この番号は信頼しないでください。カード裏面に記載の電話番号にお電話ください。
numbers-status-official = 公式
numbers-status-corroborated = 複数の出典
numbers-status-single-source = 出典は1件
numbers-status-conflicting = 出典が矛盾
numbers-status-superseded = 新番号あり
numbers-status-outdated = 使用停止
numbers-status-misattributed = 他社の番号
numbers-status-implausible = 架空の番号
numbers-status-explain-official = アメリカン・エキスプレスのページに掲載されています（ページが古い場合もあります）。
numbers-status-explain-corroborated = 独立した2つ以上の出典が一致しています。公式ページでは確認できていません。
numbers-status-explain-single-source = 出典は1件だけです。カードに記載の番号でご確認ください。
numbers-status-explain-conflicting = この番号について出典の内容が食い違っています。公式の番号をご利用ください。
numbers-status-explain-superseded = より新しいアメリカン・エキスプレスのページに別の番号が載っています。そちらをご利用ください。
numbers-status-explain-outdated = 使われなくなった番号形式です。つながりません。
numbers-status-explain-misattributed = ほかの会社などの番号です。アメリカン・エキスプレスの番号ではありません。
numbers-status-explain-implausible = 架空の番号と思われます。アメリカン・エキスプレスの番号ではありません。
numbers-source-prints-as = { $page }：「{ $printed }」を「{ $label }」として掲載
numbers-source-prints = { $page }：「{ $printed }」を掲載
numbers-source-says = { $page }：{ $label }
numbers-rival-newer-page = より新しいAmexのページ
numbers-rival-older-page = より古いAmexのページ
numbers-rival-amex-page = Amexのページ{ $of_year }
numbers-source-page = { $place }、ページ{ $of_year }
numbers-page-of-year = （{ $year }年）
numbers-page-of-unknown-year = （年不明）
numbers-why-official = アメリカン・エキスプレスのページ{ $of_year }に掲載されています。
numbers-why-official-partner = この国・地域でアメリカン・エキスプレスのカードを発行する許可を受けた会社のページ{ $of_year }に掲載されています。
numbers-why-corroborated = { $count ->
   *[other] 独立した{ $count }件の出典に載っています。アメリカン・エキスプレスのページでは確認できていません。
}
numbers-why-single-source = 出典は1件だけです。アメリカン・エキスプレスのページでは確認できていません。
numbers-why-superseded = より新しいアメリカン・エキスプレスのページ{ $of_year }には、代わりに { $rival } が載っています（この番号のページ{ $this_year }）。
numbers-why-same-age = アメリカン・エキスプレスのページ同士の内容が食い違い、どちらが新しいかわかりません（どちらもページ{ $of_year }）。別のページには { $rival } が載っています。
numbers-why-more-pages = どちらも新しくはありません（ページ{ $of_year }）が、{ $rival } を載せたアメリカン・エキスプレスのページ（{ $theirs }件）のほうが、この番号のページ（{ $mine }件）より多くあります。
numbers-why-amex-gives = アメリカン・エキスプレスのページ{ $of_year }には、代わりに { $rival } が載っています。
numbers-why-others-give = 同じご用件について、ほかの出典には { $rival } が載っています。
numbers-why-belongs-to = { $owner }の番号です
numbers-trust-built-in = このアプリに組み込み済み
numbers-trust-signed = 署名付きの更新（鍵 { $key }）
numbers-trust-unverified = 署名のないファイル：未確認

## Notes pinned to a line

numbers-your-notes = あなたのメモ
numbers-remove-note = 削除
numbers-remove-note-named = メモ「{ $note }」を削除
numbers-new-note = 新しいメモ
numbers-new-note-hint = 例：0を2回押すと担当者につながる
numbers-pin-note = メモを固定
numbers-log-call = この番号への通話を記録
numbers-undo = 元に戻す

## Report a problem with a number

numbers-report-problem = この番号の問題を報告
numbers-report-problem-hover = プロジェクトの管理者向けに、コピーまたは保存できる短い報告を作成します。記録のデータは含まれません
numbers-report-right-number = 正しい番号
numbers-report-page = 番号を見たページ
numbers-report-what-happened = 起きたこと（任意）
numbers-report-masked = カード番号は伏せ字になります。報告は管理者に送ってください。ここから送信されることはありません。
numbers-report-copy = 報告をコピー
numbers-report-save = 報告を保存...
numbers-report-close = 報告を閉じる
numbers-problem-wrong-number = 番号が間違っている
numbers-problem-does-not-connect = つながらない
numbers-problem-wrong-hours = 受付時間が間違っている
numbers-problem-not-amex = アメリカン・エキスプレスの番号ではない
numbers-problem-other = その他

## Keyboard hints in the status bar

numbers-keys-numbers = 上/下：選択 · Enter：コピー · Esc：検索をクリア · Ctrl+F または /：検索
numbers-keys-journal = Tab：次の項目へ · Ctrl+Z：削除を取り消し · Ctrl+F：番号を検索
numbers-keys-forms = Tab：次の項目へ · Ctrl+F：番号を検索

## Shared controls

numbers-type-to-filter = 入力して絞り込み
numbers-filter-named = { $label }を絞り込み
numbers-pick = 選択
numbers-pick-named = { $field }を選択
numbers-date-hint = YYYY-MM-DD
numbers-open-saved-file = 保存したファイルを開く
numbers-show-in-folder = フォルダーで表示

## What a line is for, which cards, how it is reached

numbers-purpose-general = 一般的なお問い合わせ
numbers-purpose-lost-card = カードの紛失・盗難
numbers-purpose-fraud = 不正利用
numbers-purpose-disputes = 覚えのない請求
numbers-purpose-travel-emergency = 旅行中の緊急時
numbers-purpose-applications = カードのお申し込み
numbers-purpose-rewards = ポイント
numbers-purpose-retention = 解約の相談・年会費
numbers-purpose-complaints = 苦情
numbers-purpose-payments = お支払い
numbers-purpose-technical = マイアカウントとアプリ
numbers-purpose-close-account = カードの解約
numbers-purpose-gift-cards = ギフトカード・プリペイドカード
numbers-purpose-accessibility = TTY・リレーサービス
numbers-purpose-merchant-services = 加盟店サービス（事業者向け）
numbers-tier-blue = ブルー
numbers-tier-green = グリーン
numbers-tier-gold = ゴールド
numbers-tier-platinum = プラチナ
numbers-tier-centurion = センチュリオン
numbers-tier-business = ビジネス
numbers-tier-corporate = コーポレート
numbers-kind-toll-free = 通話料無料
numbers-kind-local = 通常料金
numbers-kind-collect = コレクトコール
numbers-kind-international = 海外から
numbers-kind-tty = TTY
numbers-kind-fax = FAX
numbers-kind-postal = 郵送
numbers-kind-email = メール
numbers-kind-chat = チャット
numbers-kind-app = アプリ
numbers-kind-secure-message = セキュアメッセージ
numbers-kind-social = SNS
numbers-kind-web = ウェブ
numbers-channel-phone = 電話
numbers-channel-chat = チャット
numbers-channel-app = アプリ
numbers-channel-email = メール
numbers-channel-postal = 郵送
numbers-channel-social = SNS
numbers-channel-web = ウェブ
numbers-channel-fax = FAX
numbers-region-north-america = 北米
numbers-region-europe = ヨーロッパ
numbers-region-asia-pacific = アジア太平洋
numbers-region-latin-america = 中南米
numbers-region-middle-east-africa = 中東・アフリカ
numbers-card-kind-personal = 個人カード
numbers-card-kind-business = ビジネス・カード
numbers-card-kind-corporate = コーポレート・カード
numbers-product-corporate = コーポレート・カード
numbers-product-business = ビジネス・カード
numbers-product-currency-card = インターナショナル・カレンシー・カード
numbers-product-gift-card = ギフトカード・プリペイドカード
numbers-product-merchant = 加盟店
numbers-product-ppi = 支払保障保険（PPI）に関する苦情
numbers-product-discontinued = 発行が終了したカード

## Hours

numbers-hours-every-day = 24時間・毎日
numbers-hours-not-known = 受付時間不明
numbers-hours-daily = 毎日
numbers-day-mon = 月
numbers-day-tue = 火
numbers-day-wed = 水
numbers-day-thu = 木
numbers-day-fri = 金
numbers-day-sat = 土
numbers-day-sun = 日
numbers-hours-open-always = 24時間受付
numbers-hours-open-until = 受付中 · { $time }まで
numbers-hours-closed-until = 受付時間外 · { $time }から
numbers-hours-zone-time = { $city }時間 { $time }
numbers-hours-zone-and-your-time = { $city }時間 { $time }（お住まいの地域では { $yours }）
numbers-hours-local-zone = 現地

## How a number is dialled from where you are

numbers-warning-retired-format = 使われなくなった番号形式です。つながりません。
numbers-warning-not-valid = 有効な電話番号ではありません（libphonenumber）。
numbers-warning-collect = 現地のオペレーターに、この番号へのコレクトコールを依頼してください。
numbers-warning-toll-free-abroad = { $home }国内でのみ通話料無料です。{ $here }からはつながらないことがあり、無料にもなりません。
numbers-warning-not-from-abroad = { $home }の国外からはかけられません。

## Verify: is this really American Express?

numbers-verify-safe = 電話を切るか返信はせず、カード裏面に記載の電話番号にお電話ください。
numbers-verify-nothing = 確認する内容がありません。
numbers-verify-extension = （内線 { $extension }：自動音声または応対した人に伝えてください。）
numbers-verify-known-account = { $account }：{ $label }（{ $status }）。
numbers-verify-known-account-advice = アメリカン・エキスプレスの本物のアカウントです。カード情報を公開の場に書き込まないでください。ダイレクトメッセージを送るよう案内されます。
numbers-verify-unknown-account = { $account } は、この電話帳が把握しているアメリカン・エキスプレスのアカウントではありません（サポート用アカウントは @AskAmex です）。
numbers-verify-unreadable-address = 読み取れるウェブアドレスやメールアドレスではありません。
numbers-verify-amex-domain = { $host } はアメリカン・エキスプレスのドメインです。
numbers-verify-amex-domain-advice = 本物のアメリカン・エキスプレスのドメインです。それでも、連絡してきた相手に暗証番号やワンタイムパスワードを教えないでください。アメックスがそれらを尋ねることはありません。
numbers-verify-partner-domain = { $host } は、{ $markets }でアメリカン・エキスプレスのカードを発行する許可を受けた会社、{ $issuer } のドメインです。
numbers-verify-partner-domain-advice = その会社がそこで発行したカードについては、このサイトが正しいサイトです。それでも、メッセージ内のリンクはたどらずにアドレスを自分で入力し、連絡してきた相手に暗証番号やワンタイムパスワードを教えないでください。
numbers-verify-look-alike = { $host } はアメリカン・エキスプレスではありません。よく似せた偽物です。アメックスは americanexpress.com、aexp.com と各地域のサイトを使っています。
numbers-verify-look-alike-punycode = { $host } はアメリカン・エキスプレスではありません。よく似せた偽物です（見慣れた名前に見せかけるため、Punycodeで書かれた国際化ドメイン名です）。アメックスは americanexpress.com、aexp.com と各地域のサイトを使っています。
numbers-verify-other-domain = { $host } はアメリカン・エキスプレスのドメインではありません（アメックスは americanexpress.com、aexp.com と各地域のサイトを使っています）。
numbers-verify-other-domain-advice = クリックも返信もしないでください。ログインするときは americanexpress.com を自分で入力するか、カード裏面に記載の電話番号にお電話ください。
numbers-verify-retired-format = { $number } は使われなくなった番号形式です：{ $notes }
numbers-verify-or = { $first } または { $second }
numbers-verify-also-read-as = この書き方では、{ $numbers } と読むこともできます。
numbers-verify-not-a-number = 「{ $input }」は有効な電話番号ではありません（{ $from }からかける場合と、国番号付きの場合で読み取りました）。
numbers-verify-read-as-written-in = { $country }での書き方として読み取りました
numbers-verify-read-with-exit-code = 「{ $prefix }」を国際電話の識別番号として読み取りました
numbers-verify-read-without-plus = 「+」のない国番号として読み取りました
numbers-verify-how-read = { $how }。{ $from }からは { $number } におかけください。
numbers-verify-reach-toll-free = その国の通話料無料または料金分担の番号です。海外からはつながらないことがあり、無料にもなりません。
numbers-verify-reach-not-from-abroad = その国の国外からはかけられません。
numbers-verify-unsigned-only = { $number } は署名のない電話帳ファイルにしか載っていません（未確認）。アメリカン・エキスプレスの既知の番号ではありません。
numbers-verify-known-line = { $number } はアメリカン・エキスプレスの既知の番号です：{ $label }（{ $country }、{ $status }）。
numbers-verify-known-line-advice = この番号にかけても大丈夫です。誰かにこの番号へ電話するよう言われた場合でも、いったん切ってカード裏面に記載の電話番号にかけることができます。
numbers-verify-listed-unconfirmed-advice = 掲載はありますが、公式ページでは確認できていません。カード裏面に記載の電話番号をご利用ください。
numbers-verify-belongs-to = { $number } はアメリカン・エキスプレスの番号ではありません。{ $owner }の番号です。
numbers-verify-not-amex-because = { $number } はアメリカン・エキスプレスの番号ではありません：{ $why }
numbers-verify-unknown-number = { $number } はアメリカン・エキスプレスの既知の番号ではありません。
numbers-verify-korean-toll-free = 韓国の国際通話料無料番号です。韓国国内の電話からしかつながりません。
numbers-verify-cannot-dial-from = { $from }からはかけられません。{ $advice }
numbers-worldwide = 全世界
numbers-age-today = 今日
numbers-age-days = { $days }日前
numbers-age-months = { $months }か月前
numbers-age-line = 電話番号の確認日: { $date }。更新 { $serial }、{ $trust }。
numbers-age-line-when = 電話番号の確認日: { $date }（{ $when }）。更新 { $serial }、{ $trust }。
numbers-stale-notice = これらの電話番号は{ $date }（{ $months }か月前）に確認したものです。その後、アメリカン・エキスプレスが番号を変更している可能性があります。カード裏面に記載の電話番号は常に正しい番号です。このアプリを更新すると、より新しい番号が入ります。
numbers-old-page = この番号を載せている日付入りのアメリカン・エキスプレスのページは、最新でも{ $year }年のもの（{ $years }年以上前）です。つながらない場合は、カード裏面に記載の電話番号におかけください。
