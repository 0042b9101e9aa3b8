app-title = Dateline
articles-heading = 記事
article-new = 新しい記事
article-untitled = 無題
articles-empty = まだ記事がありません。「新しい記事」から始めましょう。
state-draft = 下書き
state-in-review = レビュー中
state-ready = 準備完了
state-scheduled = 予約済み
state-published = 公開済み
state-unpublished = 公開停止
articles-load-failed = 記事を読み込めません: { $reason }
article-open-failed = 記事を開けません: { $reason }
article-create-failed = 記事を作成できません: { $reason }
editor-title-label = 見出し
editor-title-placeholder = 見出しを入力
editor-body-label = 本文（Markdown）
editor-section-label = セクション
editor-tier-label = 公開範囲
editor-empty = 記事を選ぶか、新しく作成してください。
preview-heading = プレビュー
preview-paywall-band = ここから先は購読者限定
preview-words = { $count } 文字
preview-reading = 読了まで { $minutes } 分
preview-failed = プレビューを表示できません: { $reason }
save-state-saving = 保存中…
save-state-saved = 保存しました
save-state-failed = 保存できません: { $reason }
publish-button = 公開
publish-sending = 公開中…
publish-done = 公開しました: { $url }
publish-failed = 公開できません: { $reason }
site-connected = サイト: { $name }
site-offline = サイトに接続できません。前回の接続時の公開範囲を使っています。
site-none = サイトが接続されていません。「設定」で追加してください。
keyring-unavailable = OS のキーリングがないため公開できません。API トークンを他の場所に保存することはありません。
language-label = 言語

## The article list: search, filters, import

search-label = 記事を検索
search-placeholder = 見出しと本文を検索
search-loading = 読み込み中…
search-failed = 検索できません: { $reason }
search-empty = この検索に一致する記事はありません。
search-count = { $count } 件
search-more = さらに表示（{ $total } 件中 { $shown } 件）
hit-locale-title = { $language } のテキストで見つかりました
filters-toggle = 絞り込み
filters-toggle-count = 絞り込み（{ $count }）
filter-any = すべて
filter-state = 状態
filter-section = セクション
filter-locale = 言語
filter-tag = タグ
filter-author = 署名
filter-author-placeholder = すべての書き手
filter-reset = 絞り込みを解除
sort-label = 並べ替え
sort-relevance = 関連度順
sort-updated = 更新日時順
sort-title = 見出し順
import-button = Markdown を読み込む…
import-running = 読み込み中…
import-files = Markdown ファイル…
import-folder = Markdown ファイルのフォルダー…
import-dialog-files-title = Markdown ファイルを読み込む
import-dialog-folder-title = Markdown ファイルのフォルダーを読み込む
import-filter-name = Markdown
import-failed = 読み込めません: { $reason }
import-report-title = 読み込み
import-report-imported = { $count } 件の記事を読み込みました。
import-report-more = ほか { $count } 件
import-report-failed = 読み込めなかったファイル（{ $count } 件）:
drop-hint = Markdown ファイルやフォルダーをドロップすると読み込みます。画像を本文にドロップすると挿入します。

## The editor

editor-region = エディター
toolbar-label = 書式
tooltip-with-shortcut = { $action }（{ $shortcut }）
format-heading = 小見出し
format-bold = 太字
format-italic = 斜体
format-link = リンク
format-quote = 引用
format-list = 箇条書き
format-image = 画像
format-article-link = 記事へのリンク
format-paywall = 購読者限定の区切り
image-dialog-title = 画像を挿入
image-filter-name = 画像
image-failed = 画像を追加できません: { $reason }
image-no-article = 画像を追加するには記事を開いてください。
focus-mode = 集中モード
focus-mode-leave = 集中モードを終了（Esc）
focus-mode-hint = Esc で集中モードを終了
more-actions = その他の操作
export-button = 書き出す…
export-dialog-title = 記事をフォルダーに書き出す
export-done = { $count } 個のファイルを { $dir } に書き出しました
export-failed = 書き出せません: { $reason }
delete-button = 削除…
delete-confirm = 「{ $title }」を削除しますか？ 直後なら元に戻せます。
delete-confirm-yes = 削除
delete-done = 「{ $title }」を削除しました。
delete-failed = 削除できません: { $reason }
undelete-failed = 記事を元に戻せません: { $reason }
undo = 元に戻す
cancel = キャンセル
dismiss = 閉じる
workflow-to-review = レビューに回す
workflow-to-draft = 下書きに戻す
workflow-failed = 状態を変更できません: { $reason }
snapshot-done = 版を保存しました。
snapshot-failed = 版を保存できません: { $reason }

## Details of an article

metadata-heading = 詳細
metadata-empty = リード文、署名、タグ、スラッグ、出典リンク
metadata-standfirst = リード文
metadata-standfirst-placeholder = 見出しの下に出る要約
metadata-byline = 署名
metadata-byline-placeholder = 書いた人
metadata-tags = タグ
metadata-tags-placeholder = タグを入力して Enter
metadata-tags-count = タグ { $count } 個
metadata-tag-remove = タグ「{ $tag }」を外す
metadata-source = 出典リンク
metadata-source-placeholder = https://…（転載記事）
metadata-source-invalid = Web アドレスではありません。http:// または https:// で始めてください。
metadata-slug = スラッグ
metadata-slug-from-title = 見出しから
metadata-slug-follows = 変更するまで見出しに合わせて変わります。
metadata-slug-own = 手動で設定済み。
metadata-slug-locked = 公開済み: スラッグを変えると記事のアドレスが変わります。

## History

revisions-button = 履歴
revisions-heading = 履歴
revisions-close = 履歴を閉じる
revisions-loading = 履歴を読み込み中…
revisions-empty = まだ版がありません。
revisions-failed = 履歴を読み込めません: { $reason }
revisions-hint = 版を選ぶと最新版と比較します。もう一つチェックするとその二つを比較します。
revision-compare = この版と比較
revision-kind-autosave = 自動保存
revision-kind-named = 保存した版
revision-kind-workflow = 状態の変更
revision-kind-restore = 復元
revision-restored-from = { $when } の版から
revision-kind-import = 読み込み
revision-kind-merge = 統合
revision-you = あなた
revision-this-desk = このデスク
revision-other-desk = デスク { $desk }
revision-someone = だれか
revisions-diff-heading = { $from } から { $to } まで
revisions-diff-same = この二つの版に違いはありません。
revisions-diff-skip = … 変更のない { $count } 語 …
revisions-diff-failed = 比較できません: { $reason }
restore-revision = この版を復元
restore-failed = 復元できません: { $reason }
restore-done = 版を復元しました。復元前のテキストも履歴に残っています。
snapshot-button = 版を保存
snapshot-label-placeholder = この版の名前（任意）

## Trouble with the desk's database

trouble-disk-full = ディスクがいっぱいです。テキストはここに残り、空きができしだい保存されます。
trouble-read-only = デスクのデータベースは読み取り専用のため、保存できません。記事を書き出して保管してください。
trouble-locked = 別のプログラムがデスクのデータベースを使用中です。まもなく再試行します。
trouble-damaged = デスクのデータベースが破損しています。読める内容を書き出し、修復のためにファイルを保管してください。
trouble-retry = 今すぐ再試行
trouble-export = この記事を書き出す…

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = 見つかりません（{ $detail }）
desk-error-invalid = デスクが受け付けませんでした（{ $detail }）
desk-error-storage = デスクのデータベースでエラーが起きました（{ $detail }）
desk-error-keyring = OS のキーリングがロックされているか、ないか、拒否しました（{ $detail }）
desk-error-no-site = サイトがまだ設定されていません。設定で追加してください
desk-error-unauthorized = サイトが API トークンを拒否しました。設定で新しいトークンを入力してください（{ $detail }）
desk-error-forbidden = あなたの役割ではこの操作はできません（{ $detail }）
desk-error-site-rejected = サイトが要求を拒否しました（{ $detail }）
desk-error-network = サイトに接続できません（{ $detail }）
desk-error-conflict = 記事の現在の状態と食い違います（{ $detail }）
desk-error-disk-full = ディスクがいっぱいです。何も失われていません。空きができしだい本文を保存します
desk-error-read-only = デスクのデータベースに書き込めません（ファイルかそのフォルダーが読み取り専用です）
desk-error-locked = 別のプログラムがデスクのデータベースを使用中です。何も失われていません。少ししてからもう一度お試しください
desk-error-damaged = デスクのデータベースが破損しています。まず読み取れるものを書き出してください（{ $detail }）

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline はデータベースを開けません
db-trouble-body =
    { $reason }

    何も変更していません。まだ読める記事はすべて Markdown ファイルのフォルダーに書き出せます。
db-trouble-export = 読めるものを書き出す…
db-trouble-quit = 終了
db-rescue-done = { $written } 個のファイルを { $dir } に書き出しました。読めなかったもの: { $failed }

## ワークスペース

views-label = ワークスペース
view-write = 執筆
view-translate = 翻訳
view-publish = 公開
view-settings = 設定

## 設定：サイト

sites-heading = サイト
sites-lead = このデスクが公開するサイトです。各サイトの API トークンは OS のキーリングにだけ保存され、ほかの場所には保存されません。最初のサイトが既定になります。
sites-empty = サイトはまだありません。アドレスと、サイト運営者から受け取った API トークンで追加してください。
sites-load-failed = サイトを一覧できませんでした：{ $reason }
site-add-heading = サイトを追加
site-url-label = サイトのアドレス
site-token-label = API トークン
site-token-hint = トークンはサイトで確認したあと OS のキーリングに保存されます。再表示はされません。
site-add = サイトを追加
site-adding = 確認中…
site-default = 既定
site-test = 接続をテスト
site-testing = テスト中…
site-test-ok = 接続しました。下の情報はサイトから取得したばかりのものです。
site-remove = 削除
site-remove-confirm = { $name } とそのトークンをこのデスクから削除しますか？ 記事は残り、サイト自体は変更されません。
site-remove-yes = サイトを削除
site-remove-pending = このサイト宛ての操作が送信トレイに残っています。先に送信するかキャンセルしてください。
site-remove-failed = サイトを削除できませんでした。
site-role = トークンの権限
site-locales = 言語
site-sections = セクション
site-tiers = アクセス階層
site-time-zone = タイムゾーン
site-time-zone-unknown = サイトが指定していません（日時は UTC）
site-last-seen = 最終接続
site-never-seen = なし
site-not-described = このサイトからはまだ応答がありません。接続をテストしてください。
site-problem-invalid = このアドレスまたはトークンは使用できません。
site-problem-unauthorized = サイトがこのトークンを受け付けません。
site-problem-forbidden = このトークンにはサイトでその操作を行う権限がありません。
site-problem-network = サイトに接続できませんでした。
site-problem-keyring = OS のキーリングが使えないため、トークンを保存できません。
site-problem-rejected = サイトが要求を拒否しました。
site-problem-not-found = このサイトはデスクに登録されていません。
site-problem-no-site = サイトが設定されていません。
site-problem-other = 問題が発生しました。
role-writer = 記者（公開不可）
role-translator = 翻訳者（公開不可）
role-editor = 編集者

## 公開：キュー

queue-heading = 公開キュー
queue-site = サイト
queue-locale = 言語
queue-any = すべて
queue-empty = この状態の記事はありません。
queue-draft-note = 下書きはまだ執筆中です。執筆者は「執筆」の「レビューに回す」でレビューに回します。編集者はここから下書きを直接公開することもでき、同じチェックが行われます。
queue-select = 「{ $title }」を選択
queue-select-all = すべて選択
bulk-publish =
    { $count ->
        [0] 選択した記事を公開
       *[other] { $count } 件の記事を公開
    }
bulk-heading = 一括公開
bulk-progress = { $total } 件中 { $done } 件送信済み · 待機中 { $pending } 件 · 要確認 { $stopped } 件
bulk-skipped = { $count } 件の記事を除外しました
bulk-failed = 一括公開に失敗しました：{ $reason }
publish-no-site = 公開先のサイトがまだありません。
publish-go-settings = 設定でサイトを追加
publish-choose = キューから記事を選んでください。

## 公開：記事ごと

publish-plan-failed = 公開の準備ができませんでした：{ $reason }
publish-to = 公開先：{ $site }
publication-live = 公開中（バージョン { $version }、{ $when } から）
unsent-changes = 未反映の変更があります
unsent-changes-hint = 公開後に記事が変更されました。「公開」の「更新」で変更を送信します
publish-locales = 公開する言語
text-source = 原文
text-outdated = 古い
text-status-in-progress = 作業中
text-status-needs-review = 要レビュー
text-status-done = 完了
publish-confirm-outdated = 一部の翻訳が原文より古いことを確認したうえで、そのまま公開します。
publish-when = 公開日時
publish-now = 今すぐ
publish-later = 日時を指定
schedule-date = 日付
schedule-time = 時刻
schedule-zone = タイムゾーン
schedule-zone-site = サイトの時刻（{ $zone }）
schedule-zone-editor = 自分の時刻（{ $zone }）
schedule-site-clock = 読者（{ $zone }）
schedule-editor-clock = あなた（{ $zone }）
schedule-past = その時刻は過ぎています。記事はすぐに公開されます。
publish-checks = チェック
publish-checks-clear = 問題はありません。
check-error = エラー
check-warning = 警告
publish-blocked = 先にチェックのエラーを直してください。
publish-blocked-outdated = 先に古い翻訳についての確認にチェックを入れてください。
publish-schedule = 予約
publish-update = 更新
publish-unpublish = 公開を取り消す
unpublish-confirm = この記事をサイトから取り下げますか？ 読者は見られなくなります。あとで再公開できます。
publish-store-first = 記事を先に保存できなかったため、何も送信していません。
publish-last-op = 最後の操作
op-action-publish = 公開
op-action-unpublish = 公開取り消し
op-next-attempt = { $attempts } 回目の試行に失敗しました。次回の試行：{ $when }
op-retry = 今すぐ送信
op-cancel = キャンセル
op-resolve = 比較して選ぶ…
op-scheduled-for = 公開予定：{ $when }
op-retrying = 再試行中（{ $attempts } 回）：{ $reason }
op-state-queued = 待機中
op-state-sending = 送信中
op-state-done = 完了
op-state-failed = 失敗
op-state-conflict = 競合
op-state-cancelled = キャンセル済み
url-copy = コピー
url-copied = コピーしました

## 読者としてプレビュー

reader-heading = 読者としてプレビュー
reader-locale = プレビューの言語
reader-kinds = 読者の種類
reader-anonymous = 匿名
reader-sees-all = { $reader } は記事全体を受け取ります。
reader-sees-part = { $reader } は上の部分だけを受け取ります。印の付いた部分はサイトが送りません。
reader-hidden-label = この読者には送信されません
reader-failed = 読者プレビューを表示できません：{ $reason }

## 送信トレイ

outbox-heading = 送信トレイ
outbox-badge-title = 送信待ち { $pending } 件、対応が必要 { $attention } 件
outbox-empty = 送信トレイは空です。
outbox-failed = 送信トレイを読み込めませんでした：{ $reason }
conflict-heading = 競合
conflict-explain = サイトには「{ $title }」の、このデスクが最後に確認したものより新しいバージョン（バージョン { $version }）があります。誰かが変更しました。何も上書きされていません。両方を比べて選んでください。
conflict-keep-mine = 自分の版を残す
conflict-keep-mine-explain = このデスクの版をサイトに送り、サイトの版を置き換えます。相手の変更はサイトから失われます。
conflict-take-theirs = サイトの版を採用
conflict-take-theirs-explain = このデスクの本文をサイトの版で置き換え、何も送信しません。未送信の変更は版の履歴に残ります。
conflict-theirs-gone = サイトにはもうこの記事がないため、採用できる版がありません。
conflict-theirs-unpublished = サイトはこの記事を取り下げています。このデスクの版を残すと再び公開され、サイトの版を取り込むとここでも非公開として記録されます。
conflict-keep-mine-blocked = このままでは送信できません：{ $reasons }
conflict-only-differences = 違いのみ表示
conflict-mine = このデスク
conflict-theirs = サイト（バージョン { $version }）
conflict-same = 2 つの版は同じです。
conflict-field-tier = アクセス
conflict-field-section = セクション
conflict-field-publish-at = 公開日時
conflict-field-title = 見出し
conflict-field-standfirst = リード
conflict-field-slug = スラッグ
conflict-field-body = 本文

## 通知

toast-published = 「{ $title }」を公開しました。
toast-unpublished = 「{ $title }」をサイトから取り下げました。
toast-op-failed = 「{ $title }」を送信できませんでした：{ $reason }
toast-op-conflict = 「{ $title }」：サイトに新しい版があります。何も上書きされていません。
toast-open-outbox = 送信トレイを開く
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = 一括公開が完了しました。{ $total } 件中 { $done } 件がサイトに掲載されています。
notify-batch-stopped = 一括公開が完了しました。{ $total } 件中 { $stopped } 件は送信トレイで確認が必要です。

## エディターでの翻訳

texts-label = 記事のテキスト
texts-failed = 記事のテキストを一覧できませんでした：{ $reason }
text-open-failed = テキストを開けませんでした：{ $reason }
translation-add = 翻訳を追加
translation-add-choose = 言語…
translation-add-failed = 翻訳を開始できませんでした：{ $reason }
translation-status = 状態
translation-status-failed = 状態を変更できませんでした：{ $reason }
translation-outdated-note = 完了にしたあとで原文が変更されました。
source-changes-show = 原文の変更点
source-change-same = 変更なし
source-change-changed = 変更
source-change-added = 追加
source-change-removed = 削除
source-change-title = 見出し
source-change-standfirst = リード
translation-mark-current = 最新として確認

## 公開前のチェック（デスクのコード別。デスク自身の説明を詳細として表示）

check-site-unknown = このサイトからはまだ応答がありません
check-role = このトークンでは公開できません
check-tier-unknown = サイトにこのアクセス階層がありません
check-section-missing = セクションが選ばれていません
check-section-unknown = サイトにこのセクションがありません
check-no-locale = 言語が選ばれていません
check-schedule-past = 予約日時を過ぎています
check-no-text = この言語のテキストがありません
check-locale-unknown = サイトはこの言語で公開していません
check-no-headline = 見出しがありません
check-not-done = 翻訳が完了になっていません
check-outdated = 翻訳が古くなっています
check-cut-missing = このテキストに有料部分の区切りがありません
check-cut-misplaced = 有料部分の区切りが原文と同じ段落の後にありません
check-slug-taken = このアドレスはすでに使われています
check-image-missing = このデスクに画像がありません
check-standfirst-missing = 原文にはリード文がありますが、このテキストにはありません
check-link-target-unpublished = まだサイトにない記事へのリンクがあります
check-conflict = 別のデスクの版と衝突しています。先に競合を解決してください

## The Translate workspace: interface strings

translate-articles = 記事
translate-strings = インターフェースの文言
strings-list-heading = インターフェースの文言
strings-source = 文言の場所
strings-source-sites = サイト
strings-source-folders = 以前に開いたフォルダー
strings-open-folder = 文言フォルダーを開く…
strings-folder-dialog-title = locales/ と同じ構成で、中に en-US フォルダーがあるフォルダー
strings-file = ファイル
strings-locale = 言語
strings-new-locale = 新しい言語のコード（例: it）
strings-add-locale = 追加
strings-locale-invalid = 「{ $locale }」は言語コードではありません（it、pt-BR、zh-Hant など）。
strings-filter = 表示
strings-filter-all = すべてのメッセージ（{ $count }）
strings-filter-todo = 要対応（{ $count }）
strings-search = ID と文言を検索
strings-status-missing = 未翻訳
strings-status-translated = 翻訳済み
strings-status-warning = 警告
strings-status-error = エラー
strings-status-obsolete = 廃止
strings-at-line = { $line } 行 { $column } 列:
strings-loading = 文言を開いています…
strings-empty = サイトを選ぶか文言フォルダーを開き、言語を選んでください。
strings-none-match = 一致するメッセージはありません。
strings-pick = 左のメッセージを選んで翻訳してください。
strings-draft = 未保存の下書き
strings-mode = 編集方法
strings-mode-form = 入力欄
strings-mode-raw = Fluent ソース
strings-raw-not-valid = Fluent ソースを入力欄として表示できません: { $reason }
strings-revert = 元に戻す
strings-save = 保存
strings-save-hint = Ctrl+S で保存、Ctrl+Enter で保存して次のメッセージを開く
strings-send = サイトに送信
strings-saved = 保存しました。
strings-sent = 送信しました。読者にはすでに表示されています。
strings-writer-note = このサイトのトークンは記者のものです。文言は読めますが、送信には翻訳者か編集者の権限が必要です。
strings-conflict-heading = その間にほかの人がこの文言を変更しました。相手の変更もあなたの変更も上書きされていません。
strings-reopen = 相手の変更を含めて開き直す
strings-note = 翻訳者へのメモ
strings-reference = 参照 · { $language }
strings-obsolete-note = 参照にはこのメッセージがもうありません。翻訳は残りますが、どこにも表示されません。
strings-value = 値
strings-plural-on = 複数形のカテゴリーごとに 1 つ（{ $selector } で選択）
strings-select-on = { $selector } で選択
strings-default = 既定
strings-plural-example = 例: { $number }
strings-preview = サンプル値でのプレビュー

## What the string checks found, by check code.

string-check-syntax = 正しい Fluent ではありません: { $detail }
string-check-missing-default-variant = セレクターに既定のバリアントがありません（* を付けてください）
string-check-multiple-default-variants = セレクターに既定のバリアント（*）が複数あります
string-check-duplicate-id = { $what } が 2 回定義されています。最初の定義だけが使われます
string-check-duplicate-attribute = { $what } が 2 回指定されています
string-check-duplicate-variant = { $what } にバリアント { $key } が 2 つあります
string-check-missing-message = { $what } はまだ翻訳されていません
string-check-obsolete-message = 参照に { $what } はもうありません。どこにも表示されません
string-check-missing-term = 用語 { $what } はまだ翻訳されていません
string-check-obsolete-term = 参照に用語 { $what } はありません
string-check-missing-value = { $what } に値がありませんが、参照にはあります
string-check-obsolete-value = { $what } に値がありますが、参照には属性しかありません
string-check-missing-attribute = 属性 { $what } がありません
string-check-obsolete-attribute = 参照に属性 { $what } はありません
string-check-missing-variable = { $what } に、参照が表示する { $variable } がありません
string-check-unknown-variable = { $what } が使う { $variable } は、プログラムが値を渡しません
string-check-missing-plural = { $what } に、この言語に必要な複数形のバリアント { $categories } がありません
string-check-unused-plural = { $what } のバリアント { $key } は、この言語にない複数形のカテゴリーです
string-check-variant-lost-variable = { $what } の { $key } に、参照の同じバリアントが表示する { $variable } がありません
string-check-empty-value = { $what } が空です
string-check-unknown-reference = { $what } が参照する { $reference } は定義されていません
string-check-missing-reference = { $what } は、参照のように { $reference } を参照していません
string-check-obsolete-reference = { $what } は { $reference } を参照していますが、参照はしていません
string-check-missing-file = { $locale } に { $file } がありません
string-check-obsolete-file = { $locale } に { $file } がありません。このファイルを読むものはありません

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = { "{" } が閉じられていません。「{ $near }」の後に { "}" } を加えてください
string-syntax-unclosed-choice = 「{ $near }」のバリアントが閉じられていません。最後のバリアントの後に { "}" } だけの行を加えてください
string-syntax-stray-brace = 「{ $near }」の { "}" } は何も閉じていません。削除するか、対応する { "{" } を加えてください
string-syntax-bad-variable = 変数は $ の直後に名前を続けて書き、名前は英字で始めます（例: { "{ $minutes }" }）。「{ $near }」を確認してください
string-syntax-unclosed-string = 引用符の文字列「{ $near }」が閉じられていません。行末までに " を加えてください
string-syntax-line-start = ここでは文の行を [、* または . で始められません:「{ $near }」。前の行につなげるか、その文字を { "{ \"[\" }" } と書いてください
string-syntax-entry-start = 「{ $near }」はどのメッセージにも属していません。メッセージは行頭から ID と = で始まり、続く行は字下げします
string-syntax-missing-equals = メッセージは ID（英数字、- と _ からなる 1 語）と = で始まります。「{ $near }」を確認してください
string-syntax-bad-placeable = { "{ }" } の中には変数（例: { "{ $name }" }）、メッセージ、用語、引用符の文字列を書きます。「{ $near }」を確認してください
string-syntax-no-text = { $near } の = の後に文言がありません
string-syntax-variant-line = -> の後、バリアントは 1 行に 1 つずつ書きます。「{ $near }」の前で改行してください
string-syntax-bad-variant-key = バリアントのキーは [ と ] の間の 1 語か数字です（例: [one]、[other]）。「{ $near }」を確認してください
string-syntax-bad-escape = 引用符の文字列では、\ の後に書けるのは "、\、または \u00A0 のような文字コードだけです。「{ $near }」を確認してください
string-syntax-bad-selector = セレクター（-> の前）にできるのは変数、数値、または NUMBER($count) のような関数だけです。「{ $near }」を確認してください
string-syntax-function-call = 「{ $near }」の関数を確認してください。名前は大文字、続けて ( ) の中に引数を書き、名前のない引数を先に、名前付きの引数は 1 回ずつ、値は数値か引用符の文字列にします
string-syntax-other = 「{ $near }」付近が正しい Fluent ではありません

## The bin

bin-open = ごみ箱
bin-heading = ごみ箱
bin-empty = ごみ箱は空です。
bin-explain = 削除した記事は 30 日間ここに残り、その後デスクが消去します。サイトに掲載中のもの、送信トレイで待機中のもの、翻訳があるものは、あなたが決めるまで残ります。
bin-deleted-on = { $when } に削除
bin-purge-on = { $when } に自動で消去
bin-kept-published = 保持中：サイトにまだ掲載されています（先に掲載を取り下げてください）
bin-kept-pending = 保持中：送信トレイで処理を待っています
bin-kept-translated = 保持中：翻訳があります
bin-restore = 元に戻す
bin-delete-forever = 完全に削除
bin-confirm = 「{ $title }」を版ごと完全に削除しますか？元に戻せません。
bin-confirm-translated = 「{ $title }」を版と { $count ->
       *[other] { $count } 件の翻訳
    }ごと完全に削除しますか？元に戻せません。

## Settings: developer

developer-heading = 開発者向け
developer-pseudo-locales = 言語メニューに疑似ロケールを表示する
developer-pseudo-locales-hint = 英語から作ったアクセント付き（en-XA）と右から左に反転した（ar-XB）文字列です。普通の英語のまま残る文字列はローカライズされておらず、ここで崩れるレイアウトは実際の言語でも崩れます。

## 翻訳ワークスペース

tr-dashboard-heading = 翻訳
tr-filter-missing = 未着手
tr-filter-outdated = 要更新
tr-filter-locale = 言語
tr-filter-all-locales = すべての言語
tr-empty = 条件に合う記事はありません。
tr-overview-failed = 翻訳の一覧を取得できませんでした: { $reason }
tr-state-missing = 未着手
tr-state-outdated = 要更新
tr-source-deleted = 原文は削除済み
tr-source-deleted-note = この翻訳の原文は削除されました。翻訳はそのまま残っています。
tr-restore-source = 記事を元に戻す
tr-choose = 左の一覧で記事の言語を選ぶと翻訳できます。
tr-load-failed = 翻訳を開けませんでした: { $reason }
tr-source-heading = 原文 · { $language }
tr-target-heading = 翻訳 · { $language }
tr-headline = 見出し
tr-standfirst = リード
tr-block-label = 翻訳の第 { $n } 段落
tr-before = 変更前:
tr-cut-fixed = 区切りは原文と同じ位置に固定されます。ここから先はどの言語でも購読者向けです。
tr-cut-removed = 原文のこの位置には区切りがなくなったため、この翻訳にもありません。
tr-standfirst-missing = 原文にはリード文があります。リード文も翻訳してください。翻訳しないと、この言語の読者にはリード文が表示されません。
tr-change-changed = 翻訳の完了後に変更されました
tr-change-added = 原文に追加されました
tr-change-removed = 原文から削除されました
tr-preview-show = プレビュー
tr-suggestions-heading = 翻訳メモリ
tr-suggestions-hint = 翻訳の段落にカーソルを置くと、その原文の過去の翻訳が表示されます。
tr-suggestions-none = 似た段落の過去の翻訳はありません。
tr-suggestion-score = { $score }%
tr-suggestion-use = この翻訳を使う (一致率 { $score }%)

## Links between articles, and what the page will not have

article-link-title = 記事へのリンク
article-link-search = 見出しと本文を検索
article-link-none = 該当する記事はありません
article-link-hint = サイトは読者ごとの言語でその記事にリンクし、アドレスが変わってもリンクを保ちます。
article-link-cancel = キャンセル
dropped-heading = 公開ページに載らないもの
dropped-link = { $line } 行目：リンク先
dropped-image = { $line } 行目：画像
dropped-why-scheme = リンク先はウェブページ (https://…)、メールアドレス (mailto:…)、このサイトのページ (/…) のいずれかです。この種のアドレスは残りません
dropped-why-image-scheme = 残るのは http か https のアドレスの画像だけです
dropped-why-no-scheme = // で始まるアドレスは別のサイトを指しますが方法を示していません。https:// と書いてください
dropped-why-article-id = 記事の ID ではありません。「記事へのリンク」で挿入してください
dropped-why-relative-image = 画像には完全なアドレス（https://…）か、デスクへの挿入が必要です
dropped-why-image-reference = このデスク画像の参照は壊れています。画像をもう一度挿入してください
dropped-why-malformed = アドレスではありません（空白や制御文字が含まれていませんか）

## The header's newsroom sync
sync-progress = 同期中 { $done } / { $total }
sync-starting = 編集部に接続しています…
sync-offline =
    { $waiting ->
        [0] オフライン
       *[other] オフライン · { $waiting } 件の変更が待機中
    }
sync-conflicts =
    { $count ->
       *[other] 解決が必要な競合 { $count } 件
    }
sync-refused =
    { $count ->
       *[other] 拒否された変更 { $count } 件
    }
sync-problem = 同期に失敗しました
sync-waiting =
    { $count ->
       *[other] { $count } 件の変更が待機中
    }
sync-synced = 同期済み
sync-now = 今すぐ同期
sync-last = 最終同期: { $when }

## 別のデスクの版との競合
merge-banner =
    { $count ->
       *[other] { $who } さんが別のデスクで、あなたと同じ箇所を { $count } か所変更しました。解決するまでこの原稿は公開できません。
    }
merge-resolve = 解決…
merge-heading = 競合を解決（{ $language }）
merge-intro = 以下の各箇所は、ここと別のデスクの両方で変更されました。残す内容を選んでください。それ以外はすでに統合されています。
merge-side = { $who } · { $desk } · { $when }
merge-yours = あなたの版
merge-theirs = { $who } さんの版
merge-theirs-short = 相手の版
merge-base = 両方の変更の前
merge-no-base = 両方のデスクで別々に書き始めたもの
merge-empty = （空）
merge-removed = （削除）
merge-clash-label = 箇所 { $n }
merge-choose = 残す版
merge-keep-mine = 自分の版を残す
merge-take-theirs = 相手の版を使う
merge-keep-both = 両方残す
merge-edit = 編集
merge-result = 原稿はこうなります
merge-all-mine = すべて自分の版
merge-all-theirs = すべて相手の版
merge-field-title = 見出し
merge-field-standfirst = リード
merge-field-body = 本文
merge-same =
    { $count ->
       *[other] 両方で同じ段落 { $count } 件
    }
merge-left =
    { $count ->
        [0] すべての箇所を解決しました
       *[other] 未解決の箇所 { $count } 件
    }
merge-cancel = キャンセル
merge-save = 解決を保存
merge-failed = 解決を保存できませんでした: { $reason }
