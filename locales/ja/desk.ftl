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
site-none = サイトが接続されていません。README を参照してください。
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

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline はデータベースを開けません
db-trouble-body =
    { $reason }

    何も変更していません。まだ読める記事はすべて Markdown ファイルのフォルダーに書き出せます。
db-trouble-export = 読めるものを書き出す…
db-trouble-quit = 終了
db-rescue-done = { $written } 個のファイルを { $dir } に書き出しました。読めなかったもの: { $failed }
