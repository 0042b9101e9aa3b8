site-home = ホーム
latest-heading = 最新記事
no-articles = まだ何も公開されていません。
byline = 文: { $byline }
reading-time = 読了まで { $minutes } 分
language-chooser = 言語
subscribe-heading = 続きを読む
subscribe-body = この記事の続きは { $tier } 購読者限定です。
subscribe-button = 購読する
signin-link = ログイン
signin-heading = ログイン
signin-email = メールアドレス
signin-password = パスワード
signin-submit = ログイン
signin-failed = メールアドレスとパスワードが一致するアカウントがありません。
signout-button = ログアウト
signed-in-as = { $email } としてログイン中（{ $tier }）
not-found-heading = ページが見つかりません
not-found-body = このアドレスには何もありません。
footer-text = Dateline で公開。
sections-label = セクション
breadcrumbs-label = 現在地
subscribe-unavailable = オンラインでの購読受付はまだ始まっていません。すでに購読している方はログインしてください。
form-expired-heading = このフォームは有効期限が切れました
form-expired-body = セキュリティのため、フォームは一定時間しか使えません。前のページに戻り、再読み込みしてからもう一度お試しください。
gone-heading = 記事は取り下げられました
gone-body = この記事は現在公開されていません。
error-heading = 問題が発生しました
error-body = このページを表示できませんでした。しばらくしてからもう一度お試しください。
form-expired-back = フォームに戻る

## アカウント登録

signin-no-account = アカウントをお持ちでない方は
signup-link = 新規登録
signup-heading = アカウントを作成
signup-intro = アカウントは無料です。アドレス確認のためのメールをお送りします。
signup-password-rules = { $min } 文字以上で、メールアドレスと同じでないもの。
signup-submit = アカウントを作成
signup-have-account = すでにアカウントをお持ちの方は
signup-email-invalid = 有効なメールアドレスを入力してください。
signup-password-short = パスワードは { $min } 文字以上にしてください。
signup-password-long = パスワードが長すぎます。
signup-password-is-email = パスワードにメールアドレスは使えません。
signup-confirm-heading = アカウントの確認
signup-confirm-body = { $email } のアカウントを作成しますか？
signup-confirm-button = アカウントを作成する
signup-again = もう一度登録する
signup-exists-heading = すでにアカウントがあります
signup-exists-body = このアドレスにはすでにアカウントがあります。そのアカウントでログインしてください。
check-inbox-heading = メールをご確認ください
check-inbox-sent = { $email } 宛てにメールをお送りしました。
check-inbox-signup = { $hours } 時間以内にメール内のリンクを開いて、アカウントの作成を完了してください。届かない場合は迷惑メールフォルダもご確認ください。
check-inbox-newsletter = { $hours } 時間以内にメール内のリンクを開いて、購読を確定してください。届かない場合は迷惑メールフォルダもご確認ください。
mail-failed-heading = メールを送信できませんでした
mail-failed-body = こちら側で問題が発生しました。数分後にもう一度お試しください。
too-many-heading = 試行回数が多すぎます
too-many-signin-body = アカウント保護のため、ログインに何度も失敗すると一時的にログインできなくなります。
too-many-mail-body = この接続からのメール送信の依頼が多すぎます。
try-again-in = { $minutes } 分後にもう一度お試しください。
link-expired-heading = このリンクは無効です
link-expired-body = メール内のリンクには有効期限があり、一度しか使えないものもあります。もう一度お申し込みいただければ、新しいリンクをお送りします。

## アカウントページ

account-heading = アカウント
account-welcome = { $site } へようこそ。アカウントの準備ができました。
account-tier = 購読プラン
account-upgrade = 購読プランを見る
account-newsletter-on = ニュースレターを受け取っています。
account-newsletter-pending = 購読はメールでの確認待ちです。
account-newsletter-off = ニュースレターを受け取っていません。
account-newsletter-start = ニュースレターを購読する
account-newsletter-stop = ニュースレターを停止する
account-session = セッション

## ニュースレター

newsletter-heading = ニュースレター
newsletter-intro = { $site } の選りすぐりの記事をメールでお届けします。
newsletter-submit = 購読する
newsletter-privacy = まず確認のメールをお送りします。すべてのメールに購読解除のリンクが付いています。
newsletter-again = ニュースレターを購読する
newsletter-box-label = { $site } をメールで受け取る
newsletter-email-placeholder = you@example.jp
newsletter-box-button = 購読する
newsletter-confirm-heading = 購読の確認
newsletter-confirm-body = { $email } にニュースレターを送りますか？
newsletter-confirm-button = はい、購読します
newsletter-confirmed-heading = 購読が完了しました
newsletter-confirmed-body = { $site } のニュースレターを { $email } にお届けします。
unsubscribe-heading = 購読解除
unsubscribe-body = { $email } へのニュースレターの送信を停止しますか？
unsubscribe-button = 購読を解除する
unsubscribed-heading = 購読を解除しました
unsubscribed-body = 今後、{ $email } にニュースレターはお送りしません。

## メール（プレーンテキスト）

mail-signup-subject = { $site } のアカウントを確認してください
mail-signup-intro = このメールアドレスで { $site } のアカウント作成のお申し込みがありました。
mail-signup-action = アカウントを作成するには、{ $hours } 時間以内に次のリンクを開いてください：
mail-signup-ignore = お心当たりがない場合は、このメールを破棄してください。アカウントは作成されません。
mail-exists-subject = { $site } のアカウントについて
mail-exists-intro = このメールアドレスで { $site } のアカウントを作成しようとした方がいますが、このアドレスにはすでにアカウントがあります。
mail-exists-action = ログインするには、次のリンクを開いてください：
mail-exists-ignore = お心当たりがない場合は、このメールを破棄してください。アカウントは変更されていません。
mail-newsletter-subject = { $site } ニュースレターの購読確認
mail-newsletter-intro = このメールアドレスで { $site } のニュースレター購読のお申し込みがありました。
mail-newsletter-action = 購読を確定するには、{ $hours } 時間以内に次のリンクを開いてください：
mail-newsletter-ignore = お心当たりがない場合は、このメールを破棄してください。購読は登録されません。
mail-subscribed-subject = { $site } のニュースレターはすでに購読済みです
mail-subscribed-intro = このメールアドレスで { $site } のニュースレター購読のお申し込みがありました。
mail-subscribed-nothing = このアドレスはすでに購読済みのため、変更はありません。
mail-footer = { $site } のニュースレターの受信を停止するには、次のリンクを開いてください：

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = 最新記事
feed-link = Atom フィード
skip-to-content = 本文へ移動
page-number = { $page } ページ
subsections-label = サブセクション
pagination-label = ページ
newer-stories = 新しい記事
older-stories = 過去の記事
updated-on = 更新：
source-label = 出典：
tags-label = タグ
related-heading = あわせて読みたい

## パスワードの再設定
signin-forgot = パスワードをお忘れですか？
reset-heading = 新しいパスワードの設定
reset-intro = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
reset-submit = リンクを送信
reset-again = 新しいリンクを依頼する
reset-password-intro = { $email } の新しいパスワードを設定してください。ほかのすべての場所ではログアウトされます。
reset-new-password = 新しいパスワード
reset-password-submit = 新しいパスワードを保存
check-inbox-reset-sent = { $email } がアカウントのアドレスであれば、メールをお送りしました。
check-inbox-reset = { $hours } 時間以内にメール内のリンクを開いて、新しいパスワードを設定してください。届かない場合は迷惑メールフォルダをご確認ください。
account-password-changed = 新しいパスワードを保存しました。このアカウントのほかのセッションはすべてログアウトされました。
mail-reset-subject = { $site } の新しいパスワードを設定してください
mail-reset-intro = このメールアドレスで登録された { $site } のアカウントについて、新しいパスワードの設定が依頼されました（おそらくご本人からです）。
mail-reset-action = 設定するには、{ $hours } 時間以内に次のリンクを開いてください。リンクは一度だけ使えます：
mail-reset-ignore = お心当たりがない場合は、このメールを無視してください。パスワードは変わりません。
